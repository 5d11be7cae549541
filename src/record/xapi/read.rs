//! Runs read back from an LRS: rebuilt from their `completed` statement's summary, checked as a
//! record file is, their decisions counted.

use std::path::PathBuf;

use serde::Deserialize;
use serde_json::Value;

use super::{MAX_DECISIONS_READ, RUN_EXTENSION, RunSummary, XapiError};
use crate::record::{FORMAT, RecordedAction, RunRecord};

/// A run rebuilt from its `completed` statement: the record file it names, its registration,
/// and the run, its decisions counted ([`RunRecord::decisions`]), not listed.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadRun {
    pub file: PathBuf,
    pub registration: Option<String>,
    pub record: RunRecord,
}

/// Rebuilds a run from its `completed` statement (read back from an LRS): the summary the report
/// needs, checked as a record file is ([`crate::record::check`]). Such a run can be reported, not
/// replayed: it counts its decisions (at most [`MAX_DECISIONS_READ`]) and lists none, so a
/// statement costs its own size in memory whatever it claims.
pub fn run_of(statement: &Value) -> Result<ReadRun, XapiError> {
    let summary = statement
        .pointer("/result/extensions")
        .and_then(|e| e.get(RUN_EXTENSION))
        .ok_or(XapiError::NoSummary)?;
    let s = RunSummary::deserialize(summary).map_err(XapiError::Summary)?;
    if s.decisions > MAX_DECISIONS_READ {
        return Err(XapiError::Decisions(s.decisions));
    }
    let record = RunRecord {
        format: FORMAT,
        scenario_id: s.scenario_id,
        scenario_title: s.scenario_title,
        scenario_file: s.scenario_file,
        scenario_hash: s.scenario_hash,
        seed: s.seed,
        player: s.player,
        actions: Vec::new(),
        outcome: s.outcome,
        winner: s.winner,
        parts: s.parts,
        total: s.total,
        max: s.max,
        started_at: s.started_at,
        finished_at: s.finished_at,
        language: s.language,
        decisions: Some(s.decisions),
    };
    crate::record::check(&record).map_err(XapiError::Check)?;
    let registration = statement
        .pointer("/context/registration")
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok(ReadRun {
        file: PathBuf::from(&s.file),
        registration,
        record,
    })
}

/// [`run_of`] with one placeholder action per decision, for a caller that counts `actions`. The
/// report does not use it: [`run_of`] counts instead.
pub fn record_of(statement: &Value) -> Result<(PathBuf, RunRecord), XapiError> {
    let ReadRun {
        file, mut record, ..
    } = run_of(statement)?;
    let n = record.decisions.take().unwrap_or(0);
    record.actions = vec![
        RecordedAction {
            day: 0,
            command: String::new(),
            at: None,
        };
        n
    ];
    Ok((file, record))
}
