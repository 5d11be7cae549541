//! Drives the `key-account` binary as a trainer would.

mod common;

fn ka(args: &[&str]) -> (i32, String, String) {
    common::ka(&common::root(), args)
}

#[test]
fn check_passes_on_the_bundled_scenarios() {
    let (code, out, err) = ka(&["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("4 file(s) checked: 0 error(s), 0 warning(s)"),
        "{out}"
    );
}

#[test]
fn check_fails_on_a_broken_file_and_names_the_place() {
    let (code, out, err) = ka(&["check", "tests/broken/dangling-id.ron"]);
    assert_eq!(code, 1);
    assert!(err.contains("tests/broken/dangling-id.ron:23:74"), "{err}");
    assert!(err.contains("did you mean \"finance\"?"));
    assert!(out.contains("FAILED"));
}

#[test]
fn check_reports_json_for_editors() {
    let (code, out, _) = ka(&["check", "--format", "json", "tests/broken"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let diags = v["diagnostics"].as_array().expect("list");
    assert!(v["errors"].as_u64().expect("count") >= 15);
    for d in diags {
        assert!(d["line"].as_u64().expect("line") >= 1);
        assert!(d["column"].as_u64().expect("column") >= 1);
        let file = d["file"].as_str().expect("file");
        // A scenario, or a strings table beside one.
        assert!(file.ends_with(".ron") || file.ends_with(".csv"), "{file}");
        assert!(d["severity"] == "error" || d["severity"] == "warning");
    }
}

#[test]
fn unusable_arguments_exit_2() {
    assert_eq!(ka(&["check", "no/such/dir"]).0, 2);
    assert_eq!(ka(&["check", "--format", "xml"]).0, 2);
    assert_eq!(ka(&["frobnicate"]).0, 2);
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().to_str().expect("utf8 path");
    assert_eq!(ka(&["check", empty]).0, 2);
}

#[test]
fn play_runs_a_script_to_a_debrief() {
    let (code, out, err) = ka(&[
        "play",
        "scenarios/island.ron",
        "--seed",
        "3",
        "--script",
        "tests/lines/island-proposal.txt",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("== Debrief: WON"), "{out}");
    assert!(out.contains("4. Active information"));
}

#[test]
fn play_refuses_a_broken_scenario_with_its_diagnostic() {
    let (code, _, err) = ka(&["play", "tests/broken/unknown-field.ron"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean `influence`?"), "{err}");
}

#[test]
fn tests_write_run_records_only_in_a_temporary_home() {
    // `play` without --results saves to the platform's data folder: under the test's own
    // temporary home, never the real one.
    let home = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = common::ka_home(
        &common::root(),
        home.path(),
        &[
            "play",
            "scenarios/island.ron",
            "--seed",
            "3",
            "--script",
            "tests/lines/island-proposal.txt",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let results = home.path().join(".local/share/key-account/results");
    assert!(out.contains(&results.display().to_string()), "{out}");
    assert_eq!(std::fs::read_dir(&results).expect("results").count(), 1);
}

#[test]
fn play_reviews_the_notebook_the_map_and_the_people_and_names_the_role_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = dir.path().join("moves.txt");
    std::fs::write(
        &script,
        "ask xiao_ma who_decides\nneeds xiao_ma\nnotes\nmap\npeople\nsteps\nrivals\nhelp\ndecide\n",
    )
    .expect("write");
    let (code, out, err) = ka(&[
        "play",
        "scenarios/tutorial.ron",
        "--seed",
        "3",
        "--script",
        script.to_str().expect("utf-8"),
        "--no-record",
    ]);
    assert_eq!(code, 0, "{err}");
    // The role found is named.
    assert!(
        out.contains("You now know Director Tang's role in the purchase: decision maker"),
        "{out}"
    );
    assert!(out.contains("Notebook:") && out.contains("You learned who signs off"));
    assert!(
        out.contains("found out: decision maker and user buyer"),
        "{out}"
    );
    assert!(out.contains("relationship +20") && out.contains("cares about"));
    assert!(out.contains("1. Purchasing process") && out.contains("[x] 4."));
    assert!(out.contains("QuickPrint") && out.contains("No rival move heard of yet."));
    // Locked tactics are listed with their spoiler-free hints.
    assert!(
        out.contains("Not yet:") && out.contains("meet Engineer Fang first"),
        "{out}"
    );
}

#[test]
fn play_refuses_marks_typed_after_the_decision_aloud() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = dir.path().join("late.txt");
    std::fs::write(&script, "decide\nrole gm_liu decision_maker\n").expect("write");
    let (code, out, err) = ka(&[
        "play",
        "scenarios/tutorial.ron",
        "--script",
        script.to_str().expect("utf-8"),
        "--no-record",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Not now: the buyer has decided and the deal is over"),
        "{out}"
    );
    assert!(out.contains("role gm_liu decision_maker"));
}
