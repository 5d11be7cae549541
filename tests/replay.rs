//! A record's scenario hash (issue 22): what changes nothing (spaces at the ends of lines, blank
//! lines at the end) keeps a record's scenario the same; records that kept the exact text's hash
//! still find theirs; a changed word is a changed scenario.

mod common;

use std::time::SystemTime;

use key_account::bot::{self, Constraints};
use key_account::record::{self, Replay, RunRecord};
use key_account::scenario::{self, Policy, Scenario};

fn load(text: &str) -> Scenario {
    scenario::load_str("keyboard.ron", text)
        .scenario
        .expect("valid")
}

fn a_run(sc: &Scenario) -> RunRecord {
    let deal = bot::play(sc, Policy::Student, 4, &Constraints::default());
    let t = SystemTime::UNIX_EPOCH;
    RunRecord::of(&deal, "keyboard.ron", "erin", t, t, &[]).expect("decided")
}

#[test]
fn trailing_whitespace_does_not_change_a_scenario() {
    let text = std::fs::read_to_string(common::root().join("scenarios/keyboard.ron")).expect("r");
    let sc = load(&text);
    let rec = a_run(&sc);
    let spaced: String = text
        .lines()
        .map(|l| format!("{l}  \t\n"))
        .collect::<String>()
        + "\n\n";
    let spaced = load(&spaced);
    assert_eq!(spaced.content_hash(), sc.content_hash());
    assert_ne!(spaced.exact_hash(), sc.exact_hash());
    assert_eq!(record::replay(&rec, &spaced), Replay::Same);
    // A record that kept the exact text's hash (as records did before) finds its scenario.
    let mut earlier = rec.clone();
    earlier.scenario_hash = format!("{:016x}", sc.exact_hash());
    assert_eq!(record::replay(&earlier, &sc), Replay::Same);
    // A changed word is a change.
    let edited = load(&text.replacen("IBM", "I.B.M.", 1));
    assert!(
        matches!(
            record::replay(&rec, &edited),
            Replay::ScenarioChanged { .. }
        ),
        "a changed word changes the scenario"
    );
}
