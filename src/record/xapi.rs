//! xAPI 1.0.3 statements for run records, for an LMS or a Learning Record Store: each run is
//! attempted, completed, and passed (won) or failed, with a scaled score, plus one statement per
//! decision the trainee took, up to [`MAX_DECISION_STATEMENTS`].
//!
//! Statements are valid or refused: ids become IRIs by percent-encoding, timestamps must be RFC
//! 3339 (written back in one canonical form), a record needs a player name and a score between 0
//! and its maximum. A record that fails is refused with a message that names the field.
//!
//! Everything is bounded: texts are clipped, a record gives at most
//! `MAX_DECISION_STATEMENTS + 3` statements whatever its length, and the `completed` statement
//! says how many decisions there were and how many were sent one by one. It also carries the
//! run's summary ([`RUN_EXTENSION`]), so a trainer's report can be rebuilt from an LRS
//! ([`record_of`]).
//!
//! A folder is exported one record at a time ([`for_each_record`], [`export_file`]): memory stays
//! flat however many records there are.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Lang;
use crate::tr;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{RecordError, RecordedPart, RunOutcome, RunRecord};

mod read;
pub use read::{ReadRun, record_of, run_of};

const VERB: &str = "http://adlnet.gov/expapi/verbs/";
/// Identifies the learner's account; `.invalid` is reserved, so it can never point anywhere real.
pub const HOME: &str = "https://key-account.invalid";
/// The platform named in every statement's context.
pub const PLATFORM: &str = "Key Account";
/// The `completed` statement's result extension holding the run's summary ([`RunSummary`]).
pub const RUN_EXTENSION: &str = "urn:key-account:run";
/// Decisions sent as one `interacted` statement each; the rest are counted in the summary.
pub const MAX_DECISION_STATEMENTS: usize = 200;
/// Longest text (name, title, command) put in a statement, in characters.
pub const MAX_TEXT: usize = 256;
/// Most score parts carried in a summary (a run has seven).
const MAX_PARTS: usize = 32;
/// Most decisions a summary read back from an LRS may claim (the report counts them): far more
/// than a deal takes (tens of commands; a bot stops at 2,000), and a record of this many would
/// be near its 16 MiB limit.
pub const MAX_DECISIONS_READ: usize = 100_000;

/// The verb ids this module uses.
pub fn verb_id(name: &str) -> String {
    format!("{VERB}{name}")
}

fn id(namespace_text: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, namespace_text.as_bytes()).to_string()
}

/// A verb, displayed in English and, for a run played in another language, in that one too.
fn verb(name: &str, lang: Lang) -> Value {
    let mut display = serde_json::Map::new();
    display.insert("en-US".into(), Value::from(name));
    if lang != Lang::En {
        let words = match name {
            "attempted" => tr!(lang, "xapi-attempted"),
            "interacted" => tr!(lang, "xapi-interacted"),
            "completed" => tr!(lang, "xapi-completed"),
            "passed" => tr!(lang, "xapi-passed"),
            _ => tr!(lang, "xapi-failed"),
        };
        display.insert(lang.tag().into(), Value::from(words));
    }
    json!({ "id": verb_id(name), "display": display })
}

/// A language map for a text written in the run's language: `{"zh-CN": "键盘"}`; English runs
/// keep `en-US`, as before languages.
fn in_language(lang: Lang, text: &str) -> Value {
    let key = if lang == Lang::En {
        "en-US"
    } else {
        lang.tag()
    };
    json!({ key: text })
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so any text is one valid IRI
/// segment (`hospital deal` → `hospital%20deal`).
pub fn iri_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The activity id of a scenario.
pub fn scenario_iri(scenario_id: &str) -> String {
    format!(
        "urn:key-account:scenario:{}",
        iri_segment(&clip(scenario_id))
    )
}

/// At most [`MAX_TEXT`] characters.
fn clip(s: &str) -> String {
    if s.chars().count() <= MAX_TEXT {
        s.to_string()
    } else {
        s.chars().take(MAX_TEXT - 1).chain(['…']).collect()
    }
}

/// Why a record cannot become statements, or a statement a record. Each displays as one line
/// that names the field; none has a `source()` (the cause is in the line).
#[derive(Debug, thiserror::Error)]
pub enum XapiError {
    #[error("the record has no player name (xAPI needs an account name)")]
    NoPlayer,
    #[error("the record has no scenario id")]
    NoScenario,
    #[error("the score's maximum {0} is not positive")]
    Max(f32),
    #[error("the score {total} is outside 0 to {max} (edited?)")]
    Score { total: f32, max: f32 },
    /// `value` is clipped to [`MAX_TEXT`] characters.
    #[error("{field} {value:?} is not an RFC 3339 time (like 2026-01-31T09:30:00Z)")]
    Time { field: String, value: String },
    #[error("cannot encode the run summary: {0}")]
    Encode(serde_json::Error),
    #[error("a completed statement without Key Account's run summary")]
    NoSummary,
    #[error("a run summary that does not read: {0}")]
    Summary(serde_json::Error),
    #[error("a run summary claiming {0} decisions (more than {max})", max = MAX_DECISIONS_READ)]
    Decisions(usize),
    /// A summary that fails the checks a record file gets.
    #[error("{0}")]
    Check(RecordError),
}

/// Why a folder could not be exported to a file.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The results folder cannot be listed.
    #[error(transparent)]
    Folder(#[from] RecordError),
    #[error("cannot write in {}: {why}", .folder.display())]
    Temporary {
        folder: PathBuf,
        why: std::io::Error,
    },
    #[error("cannot write {}: {why}", .out.display())]
    Write { out: PathBuf, why: std::io::Error },
}

/// An RFC 3339 time in one canonical form (UTC, milliseconds), or why not.
fn canonical_time(field: &str, s: &str) -> Result<String, XapiError> {
    let t = humantime::parse_rfc3339_weak(s.trim()).map_err(|_| XapiError::Time {
        field: field.to_string(),
        value: clip(s),
    })?;
    Ok(super::timestamp(t))
}

/// A run's summary, carried by its `completed` statement: enough to rebuild the trainer's report
/// from an LRS. Actions are counted, not listed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    /// The record's file name: with the statement ids, what makes the run unique.
    pub file: String,
    pub scenario_id: String,
    pub scenario_title: String,
    pub scenario_file: String,
    pub scenario_hash: String,
    pub seed: u64,
    pub player: String,
    pub outcome: RunOutcome,
    pub winner: Option<String>,
    pub parts: Vec<RecordedPart>,
    pub total: f32,
    pub max: f32,
    pub started_at: String,
    pub finished_at: String,
    /// Decisions in the run, and how many of them have a statement of their own.
    pub decisions: usize,
    pub decisions_sent: usize,
    /// The language the run was played in (summaries sent before languages read as English).
    #[serde(default)]
    pub language: crate::i18n::Lang,
}

impl RunSummary {
    /// The summary of `r`, its texts clipped; `times` are the canonical start and finish.
    fn of(r: &RunRecord, key: &str, player: &str, times: (&str, &str), sent: usize) -> Self {
        RunSummary {
            file: clip(key),
            scenario_id: clip(&r.scenario_id),
            scenario_title: clip(&r.scenario_title),
            scenario_file: clip(&r.scenario_file),
            scenario_hash: clip(&r.scenario_hash),
            seed: r.seed,
            player: player.to_string(),
            outcome: r.outcome,
            winner: r.winner.as_deref().map(clip),
            parts: r
                .parts
                .iter()
                .take(MAX_PARTS)
                .map(|p| RecordedPart {
                    part: p.part,
                    points: p.points,
                    max: p.max,
                })
                .collect(),
            total: r.total,
            max: r.max,
            started_at: times.0.to_string(),
            finished_at: times.1.to_string(),
            decisions: r.actions.len(),
            decisions_sent: sent,
            language: r.language,
        }
    }
}

/// Checks a record for what xAPI needs; returns the canonical start and finish times.
fn check(r: &RunRecord) -> Result<(String, String), XapiError> {
    if r.player.trim().is_empty() {
        return Err(XapiError::NoPlayer);
    }
    if r.scenario_id.trim().is_empty() {
        return Err(XapiError::NoScenario);
    }
    if r.max.is_nan() || r.max <= 0.0 {
        return Err(XapiError::Max(r.max));
    }
    if r.total.is_nan() || r.total < 0.0 || r.total > r.max + 1e-3 {
        return Err(XapiError::Score {
            total: r.total,
            max: r.max,
        });
    }
    let started = canonical_time("started_at", &r.started_at)?;
    let finished = canonical_time("finished_at", &r.finished_at)?;
    Ok((started, finished))
}

/// The statements for one record, or why the record cannot be sent. `key` makes statement ids
/// unique and stable: the record's file name.
pub fn statements(r: &RunRecord, key: &str) -> Result<Vec<Value>, XapiError> {
    let (started, finished) = check(r)?;
    let player = clip(r.player.trim());
    let actor = json!({
        "objectType": "Agent",
        "name": player,
        "account": { "homePage": HOME, "name": player },
    });
    let scenario_iri = scenario_iri(&r.scenario_id);
    let object = json!({
        "objectType": "Activity",
        "id": scenario_iri,
        "definition": {
            "name": in_language(r.language, &clip(&r.scenario_title)),
            "type": "http://adlnet.gov/expapi/activities/simulation",
        },
    });
    let base = format!("{HOME}/run/{key}");
    let registration = id(&base);
    let context = json!({
        "registration": registration,
        "platform": PLATFORM,
        "language": r.language.tag(),
        "extensions": {
            "urn:key-account:seed": r.seed,
            "urn:key-account:scenario-hash": clip(&r.scenario_hash),
        },
    });
    let total = r.total.clamp(0.0, r.max);
    // Four decimals: enough for any LRS, and the same digits whichever way the record was read.
    let scaled = ((f64::from(total) / f64::from(r.max)).clamp(0.0, 1.0) * 1e4).round() / 1e4;
    let score = json!({ "scaled": scaled, "raw": total, "min": 0.0, "max": r.max });
    let sent = r.actions.len().min(MAX_DECISION_STATEMENTS);
    let mut out = Vec::with_capacity(sent + 3);
    out.push(json!({
        "id": id(&format!("{base}/attempted")),
        "actor": actor,
        "verb": verb("attempted", r.language),
        "object": object,
        "context": context,
        "timestamp": started,
        "version": "1.0.3",
    }));
    for (i, a) in r.actions.iter().take(sent).enumerate() {
        let at = match &a.at {
            Some(t) => canonical_time(&format!("actions[{i}].at"), t)?,
            None => started.clone(),
        };
        let command = clip(&a.command);
        out.push(json!({
            "id": id(&format!("{base}/action/{i}")),
            "actor": actor,
            "verb": verb("interacted", r.language),
            "object": {
                "objectType": "Activity",
                "id": format!("{scenario_iri}:action:{}", iri_segment(&command)),
                "definition": {
                    "name": { "en-US": command },
                    "type": "http://adlnet.gov/expapi/activities/interaction",
                },
            },
            "result": { "response": command, "extensions": { "urn:key-account:day": a.day } },
            "context": {
                "registration": registration,
                "platform": PLATFORM,
                "language": r.language.tag(),
                "contextActivities": {
                    "parent": [{ "objectType": "Activity", "id": scenario_iri }],
                },
            },
            "timestamp": at,
            "version": "1.0.3",
        }));
    }
    let summary = RunSummary::of(r, key, &player, (&started, &finished), sent);
    let summary = serde_json::to_value(&summary).map_err(XapiError::Encode)?;
    out.push(json!({
        "id": id(&format!("{base}/completed")),
        "actor": actor,
        "verb": verb("completed", r.language),
        "object": object,
        "result": {
            "completion": true,
            "score": score,
            "extensions": { RUN_EXTENSION: summary },
        },
        "context": context,
        "timestamp": finished,
        "version": "1.0.3",
    }));
    let passed = r.won();
    out.push(json!({
        "id": id(&format!("{base}/{}", if passed { "passed" } else { "failed" })),
        "actor": actor,
        "verb": verb(if passed { "passed" } else { "failed" }, r.language),
        "object": object,
        "result": { "success": passed, "completion": true, "score": score },
        "context": context,
        "timestamp": finished,
        "version": "1.0.3",
    }));
    Ok(out)
}

/// The key of a record: its file name.
pub fn key_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What an export did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exported {
    pub records: usize,
    pub statements: usize,
    /// Files that were not records, or records that xAPI refuses, with why.
    pub skipped: Vec<(PathBuf, String)>,
}

/// Reads the records of `dir` one at a time and hands each one's statements to `each`; files
/// that cannot be read or sent are skipped, named, and reported through `skip` as they come.
/// Only one record is in memory at a time. `Err` when the folder cannot be listed.
pub fn for_each_record<E>(
    dir: &Path,
    mut skip: impl FnMut(&Path, &str),
    mut each: impl FnMut(Vec<Value>) -> Result<(), E>,
) -> Result<Result<Exported, E>, RecordError> {
    let mut done = Exported::default();
    for f in super::record_files(dir)? {
        let statements = match super::read(&f) {
            Ok(r) => statements(&r, &key_of(&f)).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        match statements {
            Ok(s) => {
                done.records += 1;
                done.statements += s.len();
                if let Err(e) = each(s) {
                    return Ok(Err(e));
                }
            }
            Err(why) => {
                skip(&f, &why);
                done.skipped.push((f, why));
            }
        }
    }
    Ok(Ok(done))
}

/// Writes the statements of every record in `dir` to `out` as one JSON array, one statement per
/// line, streamed: the file is written to a temporary file beside `out` and renamed when
/// complete.
pub fn export_file(
    dir: &Path,
    out: &Path,
    skip: impl FnMut(&Path, &str),
) -> Result<Exported, ExportError> {
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".xapi-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|why| ExportError::Temporary { folder, why })?;
    let mut w = std::io::BufWriter::new(tmp);
    let io = |why: std::io::Error| ExportError::Write {
        out: out.to_path_buf(),
        why,
    };
    w.write_all(b"[").map_err(io)?;
    let mut first = true;
    let done = for_each_record(dir, skip, |statements| -> Result<(), ExportError> {
        for s in statements {
            w.write_all(if first { b"\n" } else { b",\n" })
                .map_err(io)?;
            first = false;
            // Writing into a buffer of text fails only as its file does.
            serde_json::to_writer(&mut w, &s).map_err(|e| io(e.into()))?;
        }
        Ok(())
    })??;
    w.write_all(b"\n]\n").map_err(io)?;
    let tmp = w.into_inner().map_err(|e| io(e.into_error()))?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(out).map_err(|e| io(e.error))?;
    Ok(done)
}
