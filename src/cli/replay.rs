//! `replay`: a run record re-played headless, to confirm the same outcome.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use key_account::escape;
use key_account::record::{self, Replay, RunRecord};
use key_account::scenario::{self, Scenario};

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
    let Some((file, sc)) = find_scenario(&rec, &args.scenarios) else {
        fail!(
            Exit::Usage,
            "no valid scenario with id \"{}\" at {} or in {}",
            escape::clip(&escape::line(&rec.scenario_id), 80),
            escape::clip(&escape::line(&rec.scenario_file), 200),
            args.scenarios.display()
        );
    };
    match record::replay(&rec, &sc) {
        Replay::Same => {
            say!(
                "Same outcome: {} with {:.1} points ({} by {}, seed {}, {})",
                rec.outcome,
                rec.total,
                escape::line(&rec.scenario_id),
                escape::line(&rec.player),
                rec.seed,
                file.display()
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
                "The scenario changed since this record was made: {} has hash {now}, the record \
                 has {}.",
                file.display(),
                escape::clip(&escape::line(&recorded), 40)
            );
            say!(
                "{} {detail}.",
                if same_outcome {
                    "The replay still ends the same way:"
                } else {
                    "The replay ends differently:"
                }
            );
            Ok(Exit::Problems)
        }
        Replay::Different { detail } => {
            say!("Different result on the same scenario: {detail}.");
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
        .position(|(_, s)| record::hash_hex(s) == rec.scenario_hash)
        .unwrap_or(0);
    (!found.is_empty()).then(|| found.swap_remove(best))
}
