//! xAPI statements: valid 1.0.3 or a clear refusal (issue 10, row 8), bounded per record and
//! streamed (row 7), and the run summary a report is rebuilt from.

mod common;

use common::ka;
use key_account::record::xapi;
use key_account::record::{self, RecordedAction, RunRecord};

fn a_record() -> RunRecord {
    let sc = common::load("keyboard.ron");
    let (deal, _) = common::play_line(&sc, 2, "keyboard-groundwork.txt");
    let now = std::time::SystemTime::now();
    RunRecord::of(&deal, "scenarios/keyboard.ron", "bob", now, now, &[]).expect("finished")
}

/// An IRI as RFC 3987 wants it, as far as these statements go: a scheme, then no spaces,
/// control characters or characters that need escaping.
fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    scheme
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !rest
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
}

fn iris(statement: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for p in [
        "/object/id",
        "/verb/id",
        "/actor/account/homePage",
        "/context/contextActivities/parent/0/id",
    ] {
        if let Some(v) = statement.pointer(p).and_then(|v| v.as_str()) {
            out.push(v.to_string());
        }
    }
    out
}

#[test]
fn xapi_ids_with_spaces_become_valid_iris() {
    let mut r = a_record();
    r.scenario_id = "hospital deal".into();
    r.actions[0].command = "meet ad min".into();
    let all = xapi::statements(&r, "x.json").expect("valid");
    for s in &all {
        for iri in iris(s) {
            assert!(is_iri(&iri), "not an IRI: {iri}");
        }
    }
    assert_eq!(
        all[0]["object"]["id"],
        "urn:key-account:scenario:hospital%20deal"
    );
    assert_eq!(
        all[1]["object"]["id"],
        "urn:key-account:scenario:hospital%20deal:action:meet%20ad%20min"
    );
    // The words stay readable where they are words.
    assert_eq!(all[1]["result"]["response"], "meet ad min");
}

#[test]
fn xapi_refuses_a_record_with_a_bad_timestamp_and_names_the_field() {
    let mut r = a_record();
    r.started_at = "yesterday".into();
    let e = xapi::statements(&r, "x.json")
        .expect_err("refused")
        .to_string();
    assert!(e.contains("started_at") && e.contains("yesterday"), "{e}");
    let mut r = a_record();
    r.actions[3].at = Some("soon".into());
    let e = xapi::statements(&r, "x.json")
        .expect_err("refused")
        .to_string();
    assert!(e.contains("actions[3].at"), "{e}");
    // Timestamps in another RFC 3339 spelling are written in one canonical form.
    let mut r = a_record();
    r.started_at = "2026-01-31 09:30:00".into();
    let all = xapi::statements(&r, "x.json").expect("accepted");
    assert_eq!(all[0]["timestamp"], "2026-01-31T09:30:00.000Z");

    // The export names the file and goes on with the others.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bad = a_record();
    bad.finished_at = "yesterday".into();
    std::fs::write(
        dir.path().join("bad.json"),
        serde_json::to_vec(&bad).expect("json"),
    )
    .expect("w");
    record::write(dir.path(), &a_record()).expect("w");
    let out = dir.path().join("out.json");
    let (code, stdout, err) = ka(
        dir.path(),
        &["export-xapi", ".", "--out", out.to_str().expect("p")],
    );
    assert_eq!(code, 0, "{stdout}{err}");
    assert!(
        err.contains("bad.json") && err.contains("finished_at \"yesterday\""),
        "{err}"
    );
    assert!(stdout.contains("from 1 record(s)"), "{stdout}");
}

#[test]
fn xapi_refuses_an_empty_player_name_and_play_refuses_it_too() {
    let mut r = a_record();
    r.player = "   ".into();
    let e = xapi::statements(&r, "x.json")
        .expect_err("refused")
        .to_string();
    assert!(e.contains("no player name"), "{e}");

    let dir = tempfile::tempdir().expect("tempdir");
    let scenario = common::root().join("scenarios/keyboard.ron");
    let (code, out, err) = ka(
        dir.path(),
        &[
            "play",
            scenario.to_str().expect("p"),
            "--player",
            "",
            "--results",
            "r",
            "--script",
            "/dev/null",
        ],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("player name is empty"), "{err}");
    assert!(!dir.path().join("r").exists(), "no record written");
}

#[test]
fn xapi_refuses_a_score_outside_its_range() {
    let mut r = a_record();
    r.total = r.max * 2.0;
    assert!(xapi::statements(&r, "x.json").is_err());
    let mut r = a_record();
    r.max = 0.0;
    assert!(xapi::statements(&r, "x.json").is_err());
}

#[test]
fn xapi_statements_per_record_are_bounded_and_the_summary_says_so() {
    // A record with 400,000 edits (the issue's 43 MB record).
    let mut r = a_record();
    let edit = RecordedAction {
        day: 3,
        command: "stance xiao_wang supporter".into(),
        at: None,
    };
    r.actions = vec![edit; 400_000];
    let all = xapi::statements(&r, "huge.json").expect("valid");
    assert_eq!(all.len(), xapi::MAX_DECISION_STATEMENTS + 3);
    let bytes: usize = all.iter().map(|s| s.to_string().len()).sum();
    assert!(bytes < 1_000_000, "{bytes} bytes");
    let completed = all
        .iter()
        .find(|s| {
            s["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with("completed"))
        })
        .expect("completed");
    let run = &completed["result"]["extensions"][xapi::RUN_EXTENSION];
    assert_eq!(run["decisions"], 400_000);
    assert_eq!(run["decisions_sent"], xapi::MAX_DECISION_STATEMENTS);
    // Long texts are clipped.
    let mut r = a_record();
    r.player = "p".repeat(100_000);
    r.actions[0].command = "c".repeat(100_000);
    let all = xapi::statements(&r, "x.json").expect("valid");
    assert!(all[1].to_string().len() < 4_000);
}

#[test]
fn a_run_is_rebuilt_from_its_completed_statement() {
    let r = a_record();
    let all = xapi::statements(&r, "2026-x.json").expect("valid");
    let completed = all
        .iter()
        .find(|s| {
            s["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with("completed"))
        })
        .expect("completed");
    // Through text and back, as from an LRS.
    let back: serde_json::Value = serde_json::from_str(&completed.to_string()).expect("json");
    let (file, rebuilt) = xapi::record_of(&back).expect("rebuilt");
    assert_eq!(file, std::path::PathBuf::from("2026-x.json"));
    assert_eq!(rebuilt.parts, r.parts);
    assert_eq!(rebuilt.total, r.total);
    assert_eq!(rebuilt.outcome, r.outcome);
    assert_eq!(rebuilt.actions.len(), r.actions.len());
    assert_eq!(rebuilt.player, r.player);
    assert_eq!(rebuilt.seed, r.seed);
    // A summary that claims an absurd number of decisions is refused, not allocated.
    let mut forged = back.clone();
    forged["result"]["extensions"][xapi::RUN_EXTENSION]["decisions"] =
        serde_json::json!(u64::MAX / 2);
    assert!(xapi::record_of(&forged).is_err());
}

#[test]
fn the_export_file_is_one_array_of_every_records_statements() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut expected = Vec::new();
    for seed in 1..=5 {
        let mut r = a_record();
        r.seed = seed;
        let p = record::write(dir.path(), &r).expect("w");
        expected.extend(xapi::statements(&r, &xapi::key_of(&p)).expect("valid"));
    }
    let out = dir.path().join("out").join("all.json");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
    let done = xapi::export_file(dir.path(), &out, |_, _| {}).expect("exported");
    assert_eq!(done.records, 5);
    let v: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("r")).expect("array");
    assert_eq!(v.len(), expected.len());
    for (a, b) in v.iter().zip(&expected) {
        assert_eq!(a, b);
    }
    // No temporary file left beside it.
    let left: Vec<_> = std::fs::read_dir(out.parent().expect("p"))
        .expect("ls")
        .filter_map(|e| e.ok())
        .collect();
    assert_eq!(left.len(), 1);
}
