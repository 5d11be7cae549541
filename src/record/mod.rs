//! Run records: one JSON file per finished deal, written atomically (a temporary file in the same
//! folder, then a rename), so a crash never leaves half a record. Records keep the actions as
//! commands (`meet xiao_wang`), so they stay readable and survive a reordering of the scenario.

mod file;
pub mod report;
pub mod xapi;

pub use file::{RecordError, Records, check, from_bytes, read, read_dir, record_files, write};

use std::fmt;
use std::path::PathBuf;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::sim::{Deal, Part, Verdict};

/// The record format this version writes. Format 1 records (written before `outcome` and `part`
/// were typed) have the same JSON and read as they are.
pub const FORMAT: u32 = 1;

/// A run record is a few KiB; a file larger than this is not one (and is not read into memory).
/// The one bound for both sides: `play` ends a deal before its record would outgrow it
/// ([`ACTIONS_ROOM`]), and `replay`, `report` and `export-xapi` read every record up to it.
pub const MAX_RECORD_BYTES: u64 = 16 << 20;

/// What a record's actions may take of [`MAX_RECORD_BYTES`]; the rest (a MiB) is room for the
/// score, the names and the times, which are a few KiB.
pub const ACTIONS_ROOM: u64 = MAX_RECORD_BYTES - (1 << 20);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedAction {
    pub day: u32,
    pub command: String,
    /// When the trainee took it (RFC 3339), if known.
    #[serde(default)]
    pub at: Option<String>,
}

impl RecordedAction {
    /// The bytes this action takes in a record file as [`write`] lays it out (pretty JSON,
    /// nested two deep, and the comma after it).
    pub fn encoded_len(&self) -> u64 {
        let lines = 5;
        serde_json::to_vec_pretty(self).map_or(u64::MAX, |v| v.len() as u64 + lines * 4 + 2)
    }
}

/// How the deal ended, as records write it (`"won"`, `"no_decision"`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunOutcome {
    Won,
    Lost,
    NoDecision,
    Disqualified,
}

impl fmt::Display for RunOutcome {
    /// The same word as in the record: serde's name is the only table.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.serialize(f)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedPart {
    /// Written as the part's stable id (`"purchasing_process"`).
    #[serde(with = "part_id")]
    pub part: Part,
    pub points: f32,
    pub max: f32,
}

/// A score part as its stable id (`Part::id`), the one name records and exports use.
mod part_id {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use crate::sim::Part;

    pub fn serialize<S: Serializer>(part: &Part, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(part.id())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Part, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Part::ALL.into_iter().find(|p| p.id() == id).ok_or_else(|| {
            let ids: Vec<&str> = Part::ALL.iter().map(|p| p.id()).collect();
            D::Error::custom(format!(
                "unknown score part `{}`, expected one of {}",
                crate::escape::clip(&crate::escape::line(&id), 40),
                ids.join(", ")
            ))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunRecord {
    pub format: u32,
    pub scenario_id: String,
    pub scenario_title: String,
    /// Where the scenario was loaded from, as given.
    pub scenario_file: String,
    /// The scenario text's hash (hex), to tell whether it changed since.
    pub scenario_hash: String,
    pub seed: u64,
    pub player: String,
    pub actions: Vec<RecordedAction>,
    pub outcome: RunOutcome,
    /// The vendor id that won, if any.
    pub winner: Option<String>,
    pub parts: Vec<RecordedPart>,
    pub total: f32,
    pub max: f32,
    pub started_at: String,
    pub finished_at: String,
    /// The language the run was played in (records written before languages read as English).
    #[serde(default)]
    pub language: Lang,
    /// How many decisions a run read back from an LRS had: such a run counts them and lists
    /// none (`actions` is empty). Never in a record file.
    #[serde(skip)]
    pub decisions: Option<usize>,
}

pub fn timestamp(t: SystemTime) -> String {
    humantime::format_rfc3339_millis(t).to_string()
}

pub fn hash_hex(scenario: &Scenario) -> String {
    format!("{:016x}", scenario.content_hash())
}

/// Whether a record's `scenario_hash` is this scenario's: its hash now, or the exact text's
/// hash that records kept before trailing whitespace was left out of it.
pub fn same_scenario(scenario: &Scenario, recorded: &str) -> bool {
    hash_hex(scenario) == recorded || format!("{:016x}", scenario.exact_hash()) == recorded
}

fn verdict_words(deal: &Deal, v: Verdict) -> (RunOutcome, Option<String>) {
    let vendor = |i: usize| deal.scenario().data().vendors.get(i).map(|v| v.id.clone());
    match v {
        Verdict::Won => (RunOutcome::Won, vendor(deal.scenario().compiled().us)),
        Verdict::Lost { winner } => (RunOutcome::Lost, vendor(winner)),
        Verdict::NoDecision { kept } => (RunOutcome::NoDecision, kept.and_then(vendor)),
        Verdict::Disqualified { winner } => (RunOutcome::Disqualified, winner.and_then(vendor)),
    }
}

impl RunRecord {
    /// The record of a finished deal. `times` holds when each action was taken, if known.
    pub fn of(
        deal: &Deal,
        scenario_file: &str,
        player: &str,
        started: SystemTime,
        finished: SystemTime,
        times: &[SystemTime],
    ) -> Option<RunRecord> {
        let o = deal.outcome()?;
        let f = deal.scenario().data();
        let (outcome, winner) = verdict_words(deal, o.verdict);
        Some(RunRecord {
            format: FORMAT,
            scenario_id: f.id.clone(),
            scenario_title: f.title.clone(),
            scenario_file: scenario_file.to_string(),
            scenario_hash: hash_hex(deal.scenario()),
            seed: deal.seed(),
            player: player.to_string(),
            actions: deal
                .log()
                .iter()
                .enumerate()
                .map(|(i, l)| RecordedAction {
                    day: l.day,
                    command: deal.scenario().command(&l.action),
                    at: times.get(i).map(|t| timestamp(*t)),
                })
                .collect(),
            outcome,
            winner,
            parts: o
                .score
                .parts
                .iter()
                .map(|p| RecordedPart {
                    part: p.part,
                    points: p.points,
                    max: p.max,
                })
                .collect(),
            total: o.score.total,
            max: o.score.max,
            started_at: timestamp(started),
            finished_at: timestamp(finished),
            language: deal.scenario().lang(),
            decisions: None,
        })
    }

    /// How many decisions the trainee took: the actions listed, or those counted.
    pub fn decision_count(&self) -> usize {
        self.decisions.unwrap_or(self.actions.len())
    }

    pub fn won(&self) -> bool {
        self.outcome == RunOutcome::Won
    }

    pub fn part(&self, part: Part) -> Option<&RecordedPart> {
        self.parts.iter().find(|p| p.part == part)
    }

    /// A file name that sorts by time and says whose run it was.
    pub fn file_name(&self) -> String {
        let clean = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '_'
                    }
                })
                .take(40)
                .collect()
        };
        let stamp: String = self
            .finished_at
            .chars()
            .filter(|c| c.is_ascii_digit())
            .collect();
        format!(
            "{stamp}-{}-{}-{}.json",
            clean(&self.scenario_id),
            clean(&self.player),
            self.seed
        )
    }
}

/// The platform's data folder for records (e.g. `~/.local/share/key-account/results`).
pub fn default_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("key-account").join("results"))
}

/// The trainee's name when none is given: the login name, else "trainee".
pub fn default_player() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "trainee".into())
}

/// What a replay found.
#[derive(Debug, Clone, PartialEq)]
pub enum Replay {
    /// Same actions, outcome, winner and score, part by part.
    Same,
    /// The scenario file's text changed since the record; `same_outcome` says whether the replay
    /// still ended the same way, with every recorded result.
    ScenarioChanged {
        recorded: String,
        now: String,
        same_outcome: bool,
        detail: String,
    },
    /// Same scenario, different result: the engine changed, or the record was edited.
    Different { detail: String },
}

/// The first differences between a record and its replay, in words (at most this many).
const MAX_DIFFERENCES: usize = 5;

/// Every recorded result field that the replay does not reproduce.
fn differences(recorded: &RunRecord, replayed: &RunRecord) -> Vec<String> {
    let mut out = Vec::new();
    let close = |a: f32, b: f32| (a - b).abs() < 1e-3;
    let show = |s: &str| crate::escape::clip(&crate::escape::line(s), 60).into_owned();
    if recorded.scenario_id != replayed.scenario_id {
        out.push(format!(
            "scenario id: recorded \"{}\", replayed \"{}\"",
            show(&recorded.scenario_id),
            show(&replayed.scenario_id)
        ));
    }
    if recorded.outcome != replayed.outcome {
        out.push(format!(
            "outcome: recorded {}, replayed {}",
            recorded.outcome, replayed.outcome
        ));
    }
    if recorded.winner != replayed.winner {
        let w = |w: &Option<String>| w.as_deref().map_or("nobody".to_string(), show);
        out.push(format!(
            "winner: recorded {}, replayed {}",
            w(&recorded.winner),
            w(&replayed.winner)
        ));
    }
    if !close(recorded.total, replayed.total) {
        out.push(format!(
            "total: recorded {:.1}, replayed {:.1}",
            recorded.total, replayed.total
        ));
    }
    if !close(recorded.max, replayed.max) {
        out.push(format!(
            "max: recorded {:.1}, replayed {:.1}",
            recorded.max, replayed.max
        ));
    }
    for p in Part::ALL {
        match (recorded.part(p), replayed.part(p)) {
            (Some(a), Some(b)) => {
                if !close(a.points, b.points) {
                    out.push(format!(
                        "{} points: recorded {:.1}, replayed {:.1}",
                        p.id(),
                        a.points,
                        b.points
                    ));
                }
                if !close(a.max, b.max) {
                    out.push(format!(
                        "{} max: recorded {:.1}, replayed {:.1}",
                        p.id(),
                        a.max,
                        b.max
                    ));
                }
            }
            (None, Some(_)) => out.push(format!("{}: missing from the record", p.id())),
            (Some(_), None) => out.push(format!("{}: not in the replay", p.id())),
            (None, None) => {}
        }
    }
    if recorded.parts.len() != replayed.parts.len() {
        out.push(format!(
            "parts: recorded {}, replayed {}",
            recorded.parts.len(),
            replayed.parts.len()
        ));
    }
    for (i, (a, b)) in recorded.actions.iter().zip(&replayed.actions).enumerate() {
        if a.day != b.day {
            out.push(format!(
                "action {} (`{}`): recorded on day {}, replayed on day {}",
                i + 1,
                show(&a.command),
                a.day,
                b.day
            ));
        }
    }
    if recorded.actions.len() > replayed.actions.len() {
        out.push(format!(
            "the record has {} action(s) after the deal was decided",
            recorded.actions.len() - replayed.actions.len()
        ));
    }
    out
}

/// Re-plays a record on a scenario, headless, and compares every recorded result field: the
/// actions and their days, the outcome, the winner, the total, the maximum and each part.
pub fn replay(record: &RunRecord, scenario: &Scenario) -> Replay {
    let mut deal = Deal::new(scenario, record.seed);
    let mut problem = None;
    for (i, a) in record.actions.iter().enumerate() {
        if deal.is_finished() {
            break;
        }
        let command = crate::escape::clip(&crate::escape::line(&a.command), 60).into_owned();
        match deal.scenario().parse_action(&a.command) {
            Ok(action) => {
                if let Err(why) = deal.apply(action) {
                    problem = Some(format!(
                        "action {} (`{command}`) is no longer allowed: {}",
                        i + 1,
                        deal.scenario().explain(&why)
                    ));
                    break;
                }
            }
            Err(e) => {
                problem = Some(format!(
                    "action {} (`{command}`) no longer fits the scenario: {}",
                    i + 1,
                    crate::escape::line(&e.to_string())
                ));
                break;
            }
        }
    }
    let now = hash_hex(scenario);
    let epoch = SystemTime::UNIX_EPOCH;
    let replayed = RunRecord::of(
        &deal,
        &record.scenario_file,
        &record.player,
        epoch,
        epoch,
        &[],
    );
    let (same, detail) = match (&problem, &replayed) {
        (Some(p), _) => (false, p.clone()),
        (None, None) => (
            false,
            "the recorded actions do not finish the deal".to_string(),
        ),
        (None, Some(replayed)) => {
            let diffs = differences(record, replayed);
            if diffs.is_empty() {
                (
                    true,
                    format!(
                        "recorded {} with {:.1} points; replayed the same",
                        record.outcome, record.total
                    ),
                )
            } else {
                let more = diffs.len().saturating_sub(MAX_DIFFERENCES);
                let mut text = diffs
                    .into_iter()
                    .take(MAX_DIFFERENCES)
                    .collect::<Vec<_>>()
                    .join("; ");
                if more > 0 {
                    text.push_str(&format!("; and {more} more"));
                }
                (false, text)
            }
        }
    };
    if !same_scenario(scenario, &record.scenario_hash) {
        Replay::ScenarioChanged {
            recorded: record.scenario_hash.clone(),
            now,
            same_outcome: same,
            detail,
        }
    } else if same {
        Replay::Same
    } else {
        Replay::Different { detail }
    }
}
