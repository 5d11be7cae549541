//! Run records: one JSON file per finished deal, written atomically (a temporary file in the same
//! folder, then a rename), so a crash never leaves half a record. Records keep the actions as
//! commands (`meet xiao_wang`), so they stay readable and survive a reordering of the scenario.

pub mod report;
pub mod xapi;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use crate::sim::{Deal, Part, Verdict};

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedAction {
    pub day: u32,
    pub command: String,
    /// When the trainee took it (RFC 3339), if known.
    #[serde(default)]
    pub at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedPart {
    pub part: String,
    pub points: f32,
    pub max: f32,
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
    /// `won`, `lost`, `no_decision` or `disqualified`.
    pub outcome: String,
    /// The vendor id that won, if any.
    pub winner: Option<String>,
    pub parts: Vec<RecordedPart>,
    pub total: f32,
    pub max: f32,
    pub started_at: String,
    pub finished_at: String,
}

pub fn timestamp(t: SystemTime) -> String {
    humantime::format_rfc3339_millis(t).to_string()
}

pub fn hash_hex(scenario: &Scenario) -> String {
    format!("{:016x}", scenario.content_hash())
}

fn verdict_words(deal: &Deal, v: Verdict) -> (String, Option<String>) {
    let vendor = |i: usize| deal.scenario().data().vendors.get(i).map(|v| v.id.clone());
    match v {
        Verdict::Won => ("won".into(), vendor(deal.scenario().compiled().us)),
        Verdict::Lost { winner } => ("lost".into(), vendor(winner)),
        Verdict::NoDecision { kept } => ("no_decision".into(), kept.and_then(vendor)),
        Verdict::Disqualified { winner } => ("disqualified".into(), winner.and_then(vendor)),
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
                    part: p.part.id().to_string(),
                    points: p.points,
                    max: p.max,
                })
                .collect(),
            total: o.score.total,
            max: o.score.max,
            started_at: timestamp(started),
            finished_at: timestamp(finished),
        })
    }

    pub fn won(&self) -> bool {
        self.outcome == "won"
    }

    pub fn part(&self, part: Part) -> Option<&RecordedPart> {
        self.parts.iter().find(|p| p.part == part.id())
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

/// Writes a record into `dir` atomically and returns its path. Never replaces an existing file.
pub fn write(dir: &Path, record: &RunRecord) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create the results folder {}: {e}", dir.display()))?;
    let json =
        serde_json::to_vec_pretty(record).map_err(|e| format!("cannot encode the record: {e}"))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".record-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| format!("cannot write in the results folder {}: {e}", dir.display()))?;
    tmp.write_all(&json)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| format!("cannot write the record in {}: {e}", dir.display()))?;
    let name = record.file_name();
    let mut path = dir.join(&name);
    let mut n = 1;
    while path.exists() {
        path = dir.join(format!("{}-{n}.json", name.trim_end_matches(".json")));
        n += 1;
    }
    // persist_noclobber: a name taken meanwhile is an error, never an overwrite.
    tmp.persist_noclobber(&path)
        .map_err(|e| format!("cannot save the record as {}: {}", path.display(), e.error))?;
    Ok(path)
}

/// Reads one record. The error says what is wrong with the file.
pub fn read(path: &Path) -> Result<RunRecord, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    let record: RunRecord =
        serde_json::from_slice(&bytes).map_err(|e| format!("not a valid record: {e}"))?;
    if record.format != FORMAT {
        return Err(format!("record format {} is not {FORMAT}", record.format));
    }
    Ok(record)
}

/// Every `.json` file in `dir`, sorted, read: the good records and the bad files with why.
pub fn read_dir(dir: &Path) -> Result<(Vec<(PathBuf, RunRecord)>, Vec<(PathBuf, String)>), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for f in files {
        match read(&f) {
            Ok(r) => good.push((f, r)),
            Err(e) => bad.push((f, e)),
        }
    }
    Ok((good, bad))
}

/// What a replay found.
#[derive(Debug, Clone, PartialEq)]
pub enum Replay {
    /// Same outcome and score.
    Same,
    /// The scenario file's text changed since the record; `same_outcome` says whether the replay
    /// still ended the same way.
    ScenarioChanged {
        recorded: String,
        now: String,
        same_outcome: bool,
        detail: String,
    },
    /// Same scenario, different result: the engine changed.
    Different { detail: String },
}

/// Re-plays a record on a scenario, headless.
pub fn replay(record: &RunRecord, scenario: &Scenario) -> Replay {
    let mut deal = Deal::new(scenario, record.seed);
    let mut problem = None;
    for (i, a) in record.actions.iter().enumerate() {
        if deal.is_finished() {
            break;
        }
        match deal.scenario().parse_action(&a.command) {
            Ok(action) => {
                if let Err(why) = deal.apply(action) {
                    problem = Some(format!(
                        "action {} (`{}`) is no longer allowed: {}",
                        i + 1,
                        a.command,
                        deal.scenario().explain(&why)
                    ));
                    break;
                }
            }
            Err(e) => {
                problem = Some(format!(
                    "action {} (`{}`) no longer fits the scenario: {e}",
                    i + 1,
                    a.command
                ));
                break;
            }
        }
    }
    let now = hash_hex(scenario);
    let result = deal
        .outcome()
        .map(|o| (verdict_words(&deal, o.verdict).0, o.score.total));
    let same = problem.is_none()
        && result
            .as_ref()
            .is_some_and(|(v, t)| *v == record.outcome && (t - record.total).abs() < 1e-3);
    let detail = match (&problem, &result) {
        (Some(p), _) => p.clone(),
        (None, Some((v, t))) => format!(
            "recorded {} with {:.1} points; replayed {v} with {t:.1}",
            record.outcome, record.total
        ),
        (None, None) => "the recorded actions do not finish the deal".into(),
    };
    if now != record.scenario_hash {
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
