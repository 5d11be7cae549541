//! Trainer tools: `new`, bots and `balance`, run records and `replay`, `report`, `export-xapi`.

mod common;

use common::ka;
use std::process::Command;

use key_account::bot::{self, Constraints, balance};
use key_account::record::{self, RunRecord};
use key_account::scenario::Policy;
use key_account::sim::Deal;

fn settings(runs: usize, seed: u64) -> balance::Settings {
    balance::Settings {
        runs,
        seed,
        ..balance::Settings::default()
    }
}

#[test]
fn new_writes_a_starter_that_checks_and_balances() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = ka(dir.path(), &["new", "hospital-deal"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = ka(dir.path(), &["check", "hospital-deal.ron"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 error(s), 0 warning(s)"), "{out}");
    let (code, out, err) = ka(
        dir.path(),
        &["balance", "hospital-deal.ron", "--runs", "60"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("PASS") && !out.contains("FAIL"), "{out}");
    // It never overwrites a trainer's file.
    let (code, _, err) = ka(dir.path(), &["new", "hospital-deal"]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"));
}

#[test]
fn every_bundled_scenario_passes_its_expectations() {
    for sc in common::bundled() {
        assert!(
            !sc.compiled().expectations.is_empty(),
            "{} declares its lessons",
            sc.data().id
        );
        let r = balance::balance(&sc, &settings(200, 1), &|| {});
        for e in &r.expectations {
            assert!(e.passed, "{}: {} — {}", sc.data().id, e.about, e.measured);
        }
        assert!(
            r.lessons.gate.pass,
            "{}: {:?}",
            sc.data().id,
            r.lessons.gate.failures
        );
        let oracle = r
            .policies
            .iter()
            .find(|p| p.policy == Policy::Oracle)
            .expect("the oracle ran");
        assert!(
            oracle.win_rate() >= 0.9,
            "{}: the oracle wins",
            sc.data().id
        );
    }
}

#[test]
fn balance_is_the_same_for_any_number_of_jobs() {
    let sc = common::load("keyboard.ron");
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        pool.install(|| balance::balance(&sc, &settings(30, 9), &|| {}))
    };
    assert_eq!(run(1), run(2));
    assert_eq!(run(2), run(3));
}

#[test]
fn bots_are_deterministic_per_seed() {
    let sc = common::load("island.ron");
    for policy in [
        Policy::Random,
        Policy::Greedy,
        Policy::Student,
        Policy::SkipStep(3),
        Policy::Oracle,
    ] {
        let a = bot::play(&sc, policy, 5, &Constraints::default());
        let b = bot::play(&sc, policy, 5, &Constraints::default());
        assert_eq!(a.log(), b.log(), "{policy:?}");
        assert_eq!(a.outcome(), b.outcome());
        assert!(a.is_finished());
    }
    // Different seeds give different random games.
    let x = bot::play(&sc, Policy::Random, 1, &Constraints::default());
    let y = bot::play(&sc, Policy::Random, 2, &Constraints::default());
    assert_ne!(x.log(), y.log());
}

#[test]
fn balance_reports_coverage_and_warns_about_easy_deals() {
    // The minimal fixture: a random bot wins it easily, and the report says so.
    let r = key_account::scenario::load_path(&common::root().join("tests/fixtures/minimal.ron"));
    let sc = r.scenario.expect("valid");
    let report = balance::balance(&sc, &settings(50, 1), &|| {});
    assert!(report.coverage.people_never_met.is_empty());
    let random = report
        .policies
        .iter()
        .find(|p| p.policy == Policy::Random)
        .expect("random");
    assert!(random.win_rate() > 0.5, "the fixture is meant to be easy");
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.to_string().contains("too easy")),
        "{:?}",
        report.warnings
    );
    // And a case random play seldom wins gets no such warning.
    let hard = balance::balance(&common::load("keyboard.ron"), &settings(50, 1), &|| {});
    assert!(
        !hard
            .warnings
            .iter()
            .any(|w| w.to_string().contains("too easy")),
        "{:?}",
        hard.warnings
    );
}

fn record_of(file: &str, seed: u64, line: &str, player: &str) -> RunRecord {
    let sc = common::load(file);
    let (deal, _) = common::play_line(&sc, seed, line);
    let now = std::time::SystemTime::now();
    RunRecord::of(&deal, &format!("scenarios/{file}"), player, now, now, &[]).expect("finished")
}

#[test]
fn records_are_written_atomically_and_replay_to_the_same_outcome() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rec = record_of("island.ron", 3, "island-proposal.txt", "alice");
    let path = record::write(dir.path(), &rec).expect("written");
    // No temporary file is left behind, and the record reads back the same.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert_eq!(record::read(&path).expect("reads"), rec);
    // A second record with the same name never replaces the first.
    let second = record::write(dir.path(), &rec).expect("written");
    assert_ne!(second, path);
    assert_eq!(record::read(&path).expect("still there"), rec);

    let root = common::root();
    let (code, out, err) = ka(&root, &["replay", path.to_str().expect("utf8")]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Same outcome: won"), "{out}");
}

#[test]
fn replay_after_editing_the_scenario_reports_the_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let scen = dir.path().join("island.ron");
    let text = std::fs::read_to_string(common::root().join("scenarios/island.ron")).expect("read");
    std::fs::write(&scen, &text).expect("copy");
    let sc = key_account::scenario::load_path(&scen)
        .scenario
        .expect("valid");
    let (deal, _) = {
        let mut d = Deal::new(&sc, 3);
        let cmds = common::line("island-proposal.txt");
        let refs: Vec<&str> = cmds.iter().map(String::as_str).collect();
        let ev = common::run(&mut d, &refs);
        (d, ev)
    };
    let now = std::time::SystemTime::now();
    let rec =
        RunRecord::of(&deal, scen.to_str().expect("utf8"), "bob", now, now, &[]).expect("finished");
    let path = record::write(&dir.path().join("results"), &rec).expect("written");
    // The trainer makes Han care less about technical service.
    std::fs::write(
        &scen,
        text.replace(
            r#""technical_service": (6, 8)"#,
            r#""technical_service": (1, 2)"#,
        ),
    )
    .expect("edit");
    let (code, out, _) = ka(dir.path(), &["replay", path.to_str().expect("utf8")]);
    assert_eq!(code, 1);
    assert!(
        out.contains("The scenario changed since this record was made"),
        "{out}"
    );
    assert!(out.contains("ends differently"), "{out}");
}

#[test]
fn report_lists_a_corrupt_record_and_reports_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    record::write(
        dir.path(),
        &record_of("keyboard.ron", 2, "keyboard-groundwork.txt", "bob"),
    )
    .expect("w");
    record::write(
        dir.path(),
        &record_of("island.ron", 3, "island-price-cut.txt", "alice"),
    )
    .expect("w");
    let bad = dir.path().join("half-written.json");
    std::fs::write(&bad, "{\"format\": 1, \"scenario_id\": \"key").expect("w");
    let before = std::fs::read(&bad).expect("r");
    let d = dir.path().to_str().expect("utf8");
    let csv = dir.path().join("out.csv");
    let html = dir.path().join("out.html");
    let (code, out, err) = ka(
        dir.path(),
        &[
            "report",
            d,
            "--csv",
            csv.to_str().expect("p"),
            "--html",
            html.to_str().expect("p"),
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("2 record(s), 1 skipped"), "{out}");
    assert!(
        out.contains("half-written.json"),
        "the bad file is named: {out}"
    );
    assert!(out.contains("bob / keyboard") && out.contains("alice / island"));
    assert!(out.contains("least mastered first"));
    assert_eq!(
        std::fs::read(&bad).expect("r"),
        before,
        "corrupt records are never changed"
    );
    let csv = std::fs::read_to_string(csv).expect("csv");
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("file,player,scenario,seed,outcome,total,max,points_outcome"));
    let html = std::fs::read_to_string(html).expect("html");
    assert!(
        html.contains("<svg") && html.contains("half-written.json") && !html.contains("<script")
    );
}

#[test]
fn xapi_statements_carry_every_required_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    record::write(
        dir.path(),
        &record_of("keyboard.ron", 2, "keyboard-groundwork.txt", "bob"),
    )
    .expect("w");
    std::fs::write(dir.path().join("broken.json"), "not json").expect("w");
    let out = dir.path().join("xapi.json");
    let (code, stdout, err) = ka(
        dir.path(),
        &[
            "export-xapi",
            dir.path().to_str().expect("p"),
            "--out",
            out.to_str().expect("p"),
        ],
    );
    assert_eq!(code, 0, "{stdout}{err}");
    assert!(err.contains("broken.json"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out).expect("r")).expect("json");
    let all = v.as_array().expect("array");
    let verbs: Vec<&str> = all
        .iter()
        .map(|s| s["verb"]["id"].as_str().expect("verb id"))
        .collect();
    for want in ["attempted", "completed", "passed", "interacted"] {
        assert!(verbs.iter().any(|v| v.ends_with(want)), "{want}: {verbs:?}");
    }
    let mut ids = std::collections::HashSet::new();
    for s in all {
        assert!(
            ids.insert(s["id"].as_str().expect("id").to_string()),
            "statement ids are unique"
        );
        assert!(uuid::Uuid::parse_str(s["id"].as_str().expect("id")).is_ok());
        assert_eq!(s["actor"]["objectType"], "Agent");
        assert!(
            s["actor"]["account"]["homePage"]
                .as_str()
                .expect("home")
                .starts_with("https://")
        );
        assert!(s["actor"]["account"]["name"].is_string());
        assert!(
            s["verb"]["id"]
                .as_str()
                .expect("verb")
                .starts_with("http://adlnet.gov/expapi/verbs/")
        );
        assert!(s["verb"]["display"]["en-US"].is_string());
        let object = s["object"]["id"].as_str().expect("object id");
        assert!(
            object.starts_with("urn:key-account:scenario:"),
            "an IRI: {object}"
        );
        let ts = s["timestamp"].as_str().expect("timestamp");
        assert!(humantime::parse_rfc3339(ts).is_ok(), "RFC 3339: {ts}");
        if let Some(score) = s["result"].get("score") {
            let scaled = score["scaled"].as_f64().expect("scaled");
            assert!((-1.0..=1.0).contains(&scaled));
            let (raw, min, max) = (
                score["raw"].as_f64().expect("raw"),
                score["min"].as_f64().expect("min"),
                score["max"].as_f64().expect("max"),
            );
            assert!(min <= raw && raw <= max);
        }
    }
}

#[test]
fn an_unwritable_results_folder_gives_a_clear_error_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("results");
    let rec = record_of("keyboard.ron", 2, "keyboard-groundwork.txt", "bob");
    let kept = record::write(&good, &rec).expect("written");
    let before = std::fs::read(&kept).expect("r");
    // A file where the folder should be, and a device that is no folder.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").expect("w");
    for bad in [blocker.clone(), std::path::PathBuf::from("/dev/full")] {
        let err = record::write(&bad, &rec)
            .expect_err("cannot write there")
            .to_string();
        assert!(
            err.contains(&bad.display().to_string()),
            "names the place: {err}"
        );
    }
    // `play` still finishes and shows the debrief, then fails with an error: it cannot save.
    let (code, out, err) = ka(
        &common::root(),
        &[
            "play",
            "scenarios/island.ron",
            "--script",
            "tests/lines/island-proposal.txt",
            "--results",
            blocker.to_str().expect("p"),
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("== Debrief: WON") && err.contains("error: the run record was not saved"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&kept).expect("r"),
        before,
        "existing records are untouched"
    );
    assert_eq!(
        std::fs::read_dir(&good).expect("dir").count(),
        1,
        "and no stray files appear"
    );
}

/// A full disk: a tiny tmpfs, filled. Needs root (as CI has); without it the test says so.
#[test]
fn a_full_disk_fails_the_write_cleanly_and_keeps_existing_records() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("full");
    std::fs::create_dir(&mnt).expect("mkdir");
    let mounted = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=16k",
            "tmpfs",
            mnt.to_str().expect("p"),
        ])
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("SKIPPED the full-disk part: cannot mount a tmpfs here (needs root)");
        return;
    }
    let rec = record_of("keyboard.ron", 2, "keyboard-groundwork.txt", "bob");
    let first = record::write(&mnt, &rec);
    // Fill what is left, then try again.
    let filler = mnt.join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 64 * 1024]);
    let second = record::write(&mnt, &rec);
    let listing: Vec<String> = std::fs::read_dir(&mnt)
        .expect("dir")
        .map(|e| e.expect("e").file_name().to_string_lossy().into_owned())
        .collect();
    let kept = first.as_ref().ok().map(std::fs::read);
    let _ = Command::new("umount").arg(&mnt).status();
    let err = second.expect_err("the disk is full").to_string();
    assert!(err.contains("cannot"), "{err}");
    assert!(
        listing.iter().all(|n| !n.starts_with(".record-")),
        "no half-written temporary file: {listing:?}"
    );
    if let (Ok(path), Some(Ok(bytes))) = (&first, kept) {
        assert!(listing.contains(&path.file_name().expect("n").to_string_lossy().into_owned()));
        assert_eq!(
            serde_json::from_slice::<RunRecord>(&bytes).expect("intact"),
            rec
        );
    }
}

#[test]
fn truncated_or_garbled_records_are_named_and_never_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rec = record_of("keyboard.ron", 2, "keyboard-groundwork.txt", "bob");
    let path = record::write(dir.path(), &rec).expect("written");
    let full = std::fs::read(&path).expect("r");
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &full[..full.len() / 2]).expect("w");
    let garbled = dir.path().join("garbled.json");
    let mut g = full.clone();
    for b in g.iter_mut().step_by(7) {
        *b = b'#';
    }
    std::fs::write(&garbled, &g).expect("w");
    for bad in [&cut, &garbled] {
        let (code, _, err) = ka(dir.path(), &["replay", bad.to_str().expect("p")]);
        assert_eq!(code, 2);
        assert!(
            err.contains("not a valid record") && err.contains(&bad.display().to_string()),
            "{err}"
        );
    }
    let (code, out, _) = ka(dir.path(), &["report", dir.path().to_str().expect("p")]);
    assert_eq!(code, 0);
    assert!(
        out.contains("1 record(s), 2 skipped")
            && out.contains("cut.json")
            && out.contains("garbled.json"),
        "{out}"
    );
    assert_eq!(std::fs::read(&cut).expect("r"), &full[..full.len() / 2]);
    assert_eq!(std::fs::read(&garbled).expect("r"), g);
}
