//! `replay`: a run record re-played headless, to confirm the same outcome.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use key_account::escape;
use key_account::record::{self, Replay, RunRecord};
use key_account::scenario::{self, Scenario};
use key_account::tr;

use super::{Exit, OrExit, Outcome};

#[derive(clap::Args)]
pub struct Args {
    record: PathBuf,
    /// Where to look for the scenario when the recorded path is gone.
    #[arg(long, default_value = "scenarios")]
    scenarios: PathBuf,
}

pub fn run(args: Args) -> Outcome {
    let path = &args.record;
    let rec = record::read(path)
        .with_context(|| path.display().to_string())
        .or_exit(Exit::Usage)?;
    let lang = super::lang();
    let Some((file, sc)) = find_scenario(&rec, &args.scenarios) else {
        fail!(
            Exit::Usage,
            "{}",
            tr!(
                lang,
                "replay-no-scenario",
                id = escape::clip(&escape::line(&rec.scenario_id), 80).into_owned(),
                file = escape::clip(&escape::line(&rec.scenario_file), 200).into_owned(),
                folder = args.scenarios.display().to_string()
            )
        );
    };
    match record::replay(&rec, &sc) {
        Replay::Same => {
            say!(
                "{}",
                tr!(
                    lang,
                    "replay-same",
                    outcome = rec.outcome.to_string(),
                    points = format!("{:.1}", rec.total),
                    scenario = escape::line(&rec.scenario_id).into_owned(),
                    player = escape::line(&rec.player).into_owned(),
                    seed = rec.seed.to_string(),
                    file = file.display().to_string()
                )
            );
            Ok(Exit::Ok)
        }
        Replay::ScenarioChanged {
            recorded,
            now,
            same_outcome,
            detail,
        } => {
            say!(
                "{}",
                tr!(
                    lang,
                    "replay-scenario-changed",
                    file = file.display().to_string(),
                    now = now,
                    recorded = escape::clip(&escape::line(&recorded), 40).into_owned()
                )
            );
            say!(
                "{}",
                if same_outcome {
                    tr!(lang, "replay-still-same", detail = detail)
                } else {
                    tr!(lang, "replay-ends-differently", detail = detail)
                }
            );
            Ok(Exit::Problems)
        }
        Replay::Different { detail } => {
            say!("{}", tr!(lang, "replay-different", detail = detail));
            Ok(Exit::Problems)
        }
    }
}

/// The recorded file and every scenario in `scenarios` with the record's id; the one whose text
/// has the record's hash wins (a draft copy that sorts first must not), else the recorded file,
/// else the first with the id.
fn find_scenario(rec: &RunRecord, scenarios: &Path) -> Option<(PathBuf, Scenario)> {
    let mut candidates = vec![PathBuf::from(&rec.scenario_file)];
    candidates.extend(scenario::scenario_files(scenarios).unwrap_or_default());
    let mut seen = std::collections::HashSet::new();
    let mut found: Vec<(PathBuf, Scenario)> = Vec::new();
    for p in candidates {
        let key = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
        if !p.is_file() || !seen.insert(key) {
            continue;
        }
        if let Some(s) = scenario::load_path(&p)
            .scenario
            .filter(|s| s.data().id == rec.scenario_id)
        {
            found.push((p, s));
        }
    }
    let best = found
        .iter()
        .position(|(_, s)| record::same_scenario(s, &rec.scenario_hash))
        .unwrap_or(0);
    (!found.is_empty()).then(|| found.swap_remove(best))
}
