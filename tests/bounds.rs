//! Every loop bounded (issue 22): a scenario or a flag cannot make a command run without end or
//! take the machine.

mod common;

use std::time::{Duration, Instant};

use common::ka;

/// The keyboard case with a "send an email" tactic: no time, repeatable.
fn email_case(dir: &std::path::Path) -> std::path::PathBuf {
    let src = std::fs::read_to_string(common::root().join("scenarios/keyboard.ron")).expect("read");
    let at = src.find("    tactics: [").expect("tactics") + "    tactics: [".len();
    let text = format!(
        "{}\n        (id: \"email\", name: \"Send an email\", days: 0, repeatable: true, effects: \
         [Relationship(Person(\"xiao_wang\"), 1)]),{}",
        &src[..at],
        &src[at..]
    )
    .replace("id: \"keyboard\"", "id: \"email_case\"");
    let path = dir.join("email.ron");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn a_repeatable_tactic_that_costs_no_time_does_not_make_balance_run_without_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = email_case(dir.path());
    let home = tempfile::tempdir().expect("home");
    let mut child = common::command(dir.path(), home.path())
        .args(["balance", &file.to_string_lossy(), "--runs", "2"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("runs");
    // Before the bound, the oracle's search went on for ever (still running after 600 s).
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("balance still running after {:?}", start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut out = String::new();
    use std::io::Read as _;
    let _ = child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out);
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
    assert!(out.contains("oracle"), "{out}");
}

#[test]
fn balance_jobs_has_an_upper_bound() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = ka(
        dir.path(),
        &[
            "balance",
            &common::root().join("scenarios").to_string_lossy(),
            "--jobs",
            "100000",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("1..=256") || err.contains("256"), "{err}");
}

/// Item 12: `play` writes only records that `replay` reads. A deal of tens of thousands of free
/// moves (a repeatable tactic that costs no time, with a long id) once gave a record over the
/// 16 MiB that `replay`, `report` and `export-xapi` read: the run was saved and then refused.
/// Now the buyer decides when the record is full, and the record replays.
#[test]
fn play_never_writes_a_record_that_replay_refuses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = email_case(dir.path());
    let long = "e".repeat(400);
    let text = std::fs::read_to_string(&file)
        .expect("read")
        .replace("id: \"email\"", &format!("id: \"{long}\""));
    std::fs::write(&file, text).expect("write");
    // 60,000 emails: about 30 MB of actions, were they all recorded.
    let script = dir.path().join("emails.txt");
    let line = format!("tactic {long}\n");
    std::fs::write(&script, line.repeat(60_000)).expect("write script");
    let results = dir.path().join("results");
    let (code, out, err) = ka(
        dir.path(),
        &[
            "play",
            &file.to_string_lossy(),
            "--seed",
            "1",
            "--script",
            &script.to_string_lossy(),
            "--results",
            &results.to_string_lossy(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("as many moves as a run record holds"), "{err}");
    let saved: Vec<_> = std::fs::read_dir(&results)
        .expect("results")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let size = std::fs::metadata(&saved[0]).expect("meta").len();
    assert!(
        size <= key_account::record::MAX_RECORD_BYTES,
        "{size} bytes"
    );
    assert!(size > key_account::record::ACTIONS_ROOM / 2, "{size} bytes");
    let (code, _, err) = ka(
        dir.path(),
        &[
            "replay",
            &saved[0].to_string_lossy(),
            "--scenarios",
            &dir.path().to_string_lossy(),
        ],
    );
    assert_eq!(code, 0, "{err}");
}
