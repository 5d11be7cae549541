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
