//! Reading statements back: the walk through an LRS's pages (bounded, and stopped when the
//! `more` links go round), and the runs a trainer's report is made of.

use std::collections::{BTreeMap, HashSet};
use std::hash::BuildHasher;
use std::path::PathBuf;
use std::time::Instant;

use serde_json::Value;

use super::error::Limit;
use super::{Client, LrsError};
use crate::i18n::Lang;
use crate::record::{RunRecord, xapi};
use crate::tr;

/// Filters for reading statements back (the ones xAPI offers that the report uses).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub verb: Option<String>,
    pub activity: Option<String>,
    /// RFC 3339; statements stored after it (Ralph's fs backend compares the statement's
    /// timestamp).
    pub since: Option<String>,
}

/// How far a walk through the pages has got, for a progress line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub pages: usize,
    pub statements: usize,
}

/// A statement's id as a number to remember it by: the UUID, or a keyed hash of an id that is
/// not one (so no server can make two ids look the same).
fn id_key(s: &Value, hasher: &std::hash::RandomState) -> Option<u128> {
    let id = s.get("id")?.as_str()?;
    Some(match uuid::Uuid::parse_str(id) {
        Ok(u) => u.as_u128(),
        Err(_) => u128::from(hasher.hash_one(id)) | (1 << 127),
    })
}

impl Client {
    /// Every statement matching `query`, page by page (following `more` on this origin), handed
    /// to `each` once each. Bounded by [`super::Limits`]; a `more` link that comes again, or a
    /// page with nothing new on it, is an error ([`LrsError::Loop`]).
    pub fn for_each_statement(
        &self,
        query: &Query,
        mut each: impl FnMut(Value),
    ) -> Result<usize, LrsError> {
        let deadline = Instant::now() + self.limits().max_walk;
        self.walk(query, deadline, &mut |_| {}, &mut each)
    }

    /// How many statements match `query` (reads them all; for tests and checks).
    pub fn count(&self, query: &Query) -> Result<usize, LrsError> {
        self.for_each_statement(query, |_| {})
    }

    fn first_page(&self, query: &Query) -> String {
        let mut params = Vec::new();
        if let Some(v) = &query.verb {
            params.push(format!("verb={}", xapi::iri_segment(v)));
        }
        if let Some(a) = &query.activity {
            params.push(format!("activity={}", xapi::iri_segment(a)));
        }
        if let Some(s) = &query.since {
            params.push(format!("since={}", xapi::iri_segment(s)));
        }
        let url = self.statements_url();
        if params.is_empty() {
            url
        } else {
            format!("{url}?{}", params.join("&"))
        }
    }

    pub(super) fn walk(
        &self,
        query: &Query,
        deadline: Instant,
        progress: &mut dyn FnMut(Progress),
        each: &mut dyn FnMut(Value),
    ) -> Result<usize, LrsError> {
        let limits = self.limits().clone();
        let hasher = std::hash::RandomState::new();
        let mut visited = HashSet::new();
        let mut seen = HashSet::new();
        let mut done = Progress::default();
        let too_much = |limit, done: Progress| LrsError::TooMuch {
            url: self.url().to_string(),
            limit,
            pages: done.pages,
            statements: done.statements,
        };
        let minutes = Limit::Minutes(limits.max_walk.as_secs().div_ceil(60));
        let mut next = Some(self.first_page(query));
        while let Some(url) = next.take() {
            if !visited.insert(url.clone()) {
                return Err(LrsError::Loop {
                    url: self.url().to_string(),
                    repeated: true,
                    pages: done.pages,
                    statements: done.statements,
                });
            }
            if done.pages >= limits.max_pages {
                return Err(too_much(Limit::Pages(limits.max_pages), done));
            }
            if Instant::now() >= deadline {
                return Err(too_much(minutes, done));
            }
            let (statements, more) = match self.get_page(&url, Some(deadline)) {
                Err(LrsError::Timeout { .. }) if Instant::now() >= deadline => {
                    return Err(too_much(minutes, done));
                }
                page => page?,
            };
            done.pages += 1;
            let empty = statements.is_empty();
            let mut new = 0;
            for s in statements {
                if let Some(key) = id_key(&s, &hasher)
                    && !seen.insert(key)
                {
                    continue;
                }
                new += 1;
                done.statements += 1;
                if done.statements > limits.max_statements {
                    return Err(too_much(Limit::Statements(limits.max_statements), done));
                }
                each(s);
            }
            progress(done);
            // A page with nothing on it ends the walk, whatever `more` says.
            if empty {
                break;
            }
            if new == 0 {
                return Err(LrsError::Loop {
                    url: self.url().to_string(),
                    repeated: false,
                    pages: done.pages,
                    statements: done.statements,
                });
            }
            next = more;
        }
        Ok(done.statements)
    }
}

/// A run read from an LRS: its `completed` statement's id and registration, the record file it
/// names, and the run (decisions counted, not listed).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub id: String,
    pub registration: Option<String>,
    pub file: PathBuf,
    pub record: RunRecord,
}

/// Why a statement is not counted in the report.
#[derive(Debug)]
pub enum Skip {
    /// Not a run summary that passes the checks a record file gets.
    Invalid(xapi::XapiError),
    /// Its record file is claimed by other statements too (another registration): none of them
    /// is counted, since which is the trainee's cannot be told.
    Conflict { file: String, others: Vec<String> },
}

impl Skip {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Skip::Invalid(e) => e.to_string(),
            Skip::Conflict { file, others } => tr!(
                lang,
                "lrs-skip-conflict",
                file = crate::escape::clip(file, 80).into_owned(),
                others = others.join(", ")
            ),
        }
    }
}

/// What a report reads from an LRS: the runs, sorted by record file name (as a folder's report
/// reads them), and the statements skipped (by id) with why.
#[derive(Debug, Default)]
pub struct Found {
    pub runs: Vec<Run>,
    pub skipped: Vec<(String, Skip)>,
}

/// The runs and the skipped statements as a report takes them, in a language.
pub type Records = (Vec<(PathBuf, RunRecord)>, Vec<(PathBuf, String)>);

impl Found {
    pub fn into_records(self, lang: Lang) -> Records {
        let runs = self.runs.into_iter().map(|r| (r.file, r.record)).collect();
        let skipped = self
            .skipped
            .into_iter()
            .map(|(id, why)| {
                let source = tr!(
                    lang,
                    "lrs-statement",
                    id = crate::escape::clip(&id, 80).into_owned()
                );
                (PathBuf::from(source), why.message(lang))
            })
            .collect();
        (runs, skipped)
    }
}

/// Reads the runs of an LRS, optionally one scenario's and those stored since a time.
pub fn read_records(
    client: &Client,
    scenario: Option<&str>,
    since: Option<&str>,
) -> Result<Found, LrsError> {
    read_records_with(client, scenario, since, &mut |_| {})
}

/// [`read_records`], telling `progress` how far it got after each page.
///
/// Asks the LRS to filter by verb and activity, as xAPI offers. Ralph 5.1's fs backend answers
/// such a query with nothing (it compares the filter, parsed as an IRI object, with the stored
/// text), so when the filtered query finds nothing the statements are read unfiltered and
/// filtered here. Either way every statement is checked here too, as a record file is; only
/// Key Account's statements count. One bound ([`super::Limits::max_walk`]) covers both walks.
pub fn read_records_with(
    client: &Client,
    scenario: Option<&str>,
    since: Option<&str>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Found, LrsError> {
    let verb = xapi::verb_id("completed");
    let activity = scenario.map(xapi::scenario_iri);
    let mut runs = Vec::new();
    let mut skipped = Vec::new();
    let mut take = |s: Value| {
        let ours = s.pointer("/context/platform").and_then(Value::as_str) == Some(xapi::PLATFORM)
            && s.pointer("/verb/id").and_then(Value::as_str) == Some(verb.as_str())
            && activity
                .as_deref()
                .is_none_or(|a| s.pointer("/object/id").and_then(Value::as_str) == Some(a));
        if !ours {
            return;
        }
        let id = s
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        match xapi::run_of(&s) {
            Ok(read) => runs.push(Run {
                id,
                registration: read.registration,
                file: read.file,
                record: read.record,
            }),
            Err(why) => skipped.push((id, Skip::Invalid(why))),
        }
    };
    let deadline = Instant::now() + client.limits().max_walk;
    let filtered = Query {
        verb: Some(verb.clone()),
        activity: activity.clone(),
        since: since.map(str::to_string),
    };
    if client.walk(&filtered, deadline, progress, &mut take)? == 0 {
        let unfiltered = Query {
            since: since.map(str::to_string),
            ..Query::default()
        };
        client.walk(&unfiltered, deadline, progress, &mut take)?;
    }
    let (runs, conflicts) = without_conflicts(runs);
    skipped.extend(conflicts);
    Ok(Found { runs, skipped })
}

/// The runs whose record file no other statement claims, sorted by file name; and for each run
/// whose file is claimed more than once, the conflict.
fn without_conflicts(runs: Vec<Run>) -> (Vec<Run>, Vec<(String, Skip)>) {
    let mut by_file: BTreeMap<PathBuf, Vec<Run>> = BTreeMap::new();
    for r in runs {
        by_file.entry(r.file.clone()).or_default().push(r);
    }
    let mut good = Vec::new();
    let mut conflicts = Vec::new();
    for (file, mut claims) in by_file {
        if claims.len() == 1 {
            good.extend(claims);
            continue;
        }
        claims.sort_by(|a, b| a.id.cmp(&b.id));
        let ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
        for c in claims {
            let others = ids.iter().filter(|i| **i != c.id).cloned().collect();
            let file = file.display().to_string();
            conflicts.push((c.id, Skip::Conflict { file, others }));
        }
    }
    (good, conflicts)
}
