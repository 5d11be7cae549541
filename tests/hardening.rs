//! Untrusted files and shared folders (issue 10): one test per defect, each named after it.
//! Every test works in temporary folders; hostile inputs are made here, not shipped.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{ka, root};
use key_account::record::{self, RunOutcome, RunRecord};

fn utf8(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// The binary in the project folder. Callers pass `--results` or `--no-record`; the home folder
/// is one nothing can be written in, so a forgotten flag fails instead of writing there.
fn bin() -> Command {
    common::command(&root(), Path::new("/proc/key-account-tests-write-nothing"))
}

/// Waits for a child at most `limit`; kills it and fails the test if it hangs.
fn finish(mut child: Child, limit: Duration, what: &str) -> (i32, String, String) {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut out = String::new();
            let mut err = String::new();
            if let Some(mut o) = child.stdout.take() {
                let _ = o.read_to_string(&mut out);
            }
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            return (status.code().unwrap_or(-1), out, err);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {}", path.display());
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

fn record_of(file: &str, seed: u64, line: &str, player: &str) -> RunRecord {
    let sc = common::load(file);
    let (deal, _) = common::play_line(&sc, seed, line);
    let now = std::time::SystemTime::now();
    RunRecord::of(&deal, &format!("scenarios/{file}"), player, now, now, &[]).expect("finished")
}

/// Row 1. Twenty-four `play` processes finish at the same moment (each waits for its one line
/// of standard input, which is sent to all at once), same player, seed and scenario, so the same
/// file name, several rounds: every record is saved and replays.
#[test]
fn concurrent_plays_into_one_folder_lose_no_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("R");
    let (procs, rounds) = (24, 4);
    for round in 1..=rounds {
        let mut children: Vec<Child> = (0..procs)
            .map(|_| {
                bin()
                    .args([
                        "play",
                        "scenarios/tutorial.ron",
                        "--player",
                        "same",
                        "--seed",
                        "1",
                        "--results",
                        utf8(&results),
                    ])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        // All are running and waiting for input: release them together.
        std::thread::sleep(Duration::from_millis(300));
        let mut inputs: Vec<_> = children
            .iter_mut()
            .map(|c| c.stdin.take().expect("stdin"))
            .collect();
        for i in &mut inputs {
            let _ = i.write_all(b"await\n");
        }
        drop(inputs);
        for c in children {
            let (code, _, err) = finish(c, Duration::from_secs(60), "play");
            assert_eq!(code, 0, "round {round}: {err}");
        }
        let files = json_files(&results);
        assert_eq!(
            files.len(),
            procs * round,
            "round {round}: every record saved"
        );
    }
    let sc = common::load("tutorial.ron");
    for f in json_files(&results) {
        let rec = record::read(&f).expect("a whole record");
        assert_eq!(record::replay(&rec, &sc), record::Replay::Same, "{f:?}");
    }
    let stray: Vec<_> = std::fs::read_dir(&results)
        .expect("dir")
        .map(|e| e.expect("e").file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "no temporary files left: {stray:?}");
}

/// Row 2. A named pipe, a link to `/dev/zero` and an oversized file, all named `*.json`, in a
/// results folder: `report` and `export-xapi` name each and go on, never block or fill memory.
#[test]
fn fifos_and_dev_zero_links_in_a_results_folder_are_skipped_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let r = dir.path().join("R");
    record::write(
        &r,
        &record_of("island.ron", 3, "island-proposal.txt", "alice"),
    )
    .expect("w");
    mkfifo(&r.join("pipe.json"));
    std::os::unix::fs::symlink("/dev/zero", r.join("zero.json")).expect("symlink");
    let big = std::fs::File::create(r.join("huge.json")).expect("create");
    big.set_len(record::MAX_RECORD_BYTES + 1)
        .expect("sparse file");
    let out = dir.path().join("x.json");
    for args in [
        vec!["report", utf8(&r)],
        vec!["export-xapi", utf8(&r), "--out", utf8(&out)],
    ] {
        let child = bin()
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let (code, stdout, stderr) = finish(child, Duration::from_secs(30), args[0]);
        let all = format!("{stdout}{stderr}");
        assert_eq!(code, 0, "{all}");
        assert!(
            all.contains("pipe.json") && all.contains("named pipe"),
            "{all}"
        );
        assert!(
            all.contains("zero.json") && all.contains("a device"),
            "{all}"
        );
        assert!(
            all.contains("huge.json") && all.contains("larger than 16 MiB"),
            "{all}"
        );
    }
}

/// Row 3. `play /dev/zero` is refused at once; an endless script or standard input without a
/// line break is an error after one line's worth of bytes.
#[test]
fn play_on_dev_zero_and_endless_lines_is_refused_not_read() {
    let child = bin()
        .args(["play", "/dev/zero", "--no-record"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let (code, _, err) = finish(child, Duration::from_secs(10), "play /dev/zero");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("/dev/zero") && err.contains("a device, not a regular file"),
        "{err}"
    );

    let child = bin()
        .args(["play", "scenarios/tutorial.ron", "--no-record"])
        .args(["--script", "/dev/zero"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let (code, _, err) = finish(child, Duration::from_secs(10), "--script /dev/zero");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("/dev/zero: line 1 is longer than"), "{err}");

    let child = bin()
        .args(["play", "scenarios/tutorial.ron", "--no-record"])
        .stdin(std::fs::File::open("/dev/zero").expect("/dev/zero"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let (code, _, err) = finish(child, Duration::from_secs(10), "stdin /dev/zero");
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("standard input: line 1 is longer than"),
        "{err}"
    );
}

/// Row 4. A player name and a scenario title with terminal escapes (retitle, clear screen):
/// `play`, `replay`, `report`, `check` and error messages show them escaped.
#[test]
fn control_characters_in_names_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let evil = "\u{1b}]0;PWNED\u{7}\u{1b}[2J";
    let text = std::fs::read_to_string(root().join("scenarios/tutorial.ron")).expect("read");
    let title_line = text
        .lines()
        .find(|l| l.trim_start().starts_with("title:"))
        .expect("a title");
    let scen = dir.path().join("tutorial.ron");
    std::fs::write(
        &scen,
        text.replacen(title_line, &format!("    title: \"Evil{evil}\","), 1),
    )
    .expect("w");
    // The same file with an error on the title's line, so `check` quotes that line.
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        text.replacen(
            title_line,
            &format!("    title: \"Evil{evil}\", titel: 1,"),
            1,
        ),
    )
    .expect("w");
    let results = dir.path().join("R");
    let mut runs = vec![ka(
        dir.path(),
        &[
            "play",
            "tutorial.ron",
            "--player",
            evil,
            "--results",
            utf8(&results),
        ],
    )];
    let rec = json_files(&results).pop().expect("a record");
    runs.push(ka(dir.path(), &["replay", utf8(&rec), "--scenarios", "."]));
    runs.push(ka(dir.path(), &["report", utf8(&results)]));
    runs.push(ka(dir.path(), &["check", "tutorial.ron", "broken.ron"]));
    let evil_name = dir.path().join(format!("x{evil}.ron"));
    runs.push(ka(dir.path(), &["check", utf8(&evil_name)]));
    runs.push(ka(dir.path(), &["play", utf8(&evil_name)]));
    for (i, (_, out, err)) in runs.iter().enumerate() {
        assert!(
            !out.contains('\u{1b}') && !err.contains('\u{1b}') && !out.contains('\u{7}'),
            "run {i} sent a raw escape: {out:?} {err:?}"
        );
    }
    let (_, out, _) = &runs[2];
    assert!(out.contains("\\u{1b}]0;PWNED"), "shown escaped: {out}");
    let (_, _, err) = &runs[3];
    assert!(
        err.contains("Evil\\u{1b}]0;PWNED"),
        "the quoted line too: {err}"
    );
}

/// Row 5. Player names that a spreadsheet would run as formulas are neutralised in the CSV.
#[test]
fn csv_formula_injection_is_neutralised() {
    let dir = tempfile::tempdir().expect("tempdir");
    let names = [
        "=cmd|' /C calc'!A0",
        "+1+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
    ];
    for n in names {
        record::write(
            dir.path(),
            &record_of("keyboard.ron", 2, "keyboard-groundwork.txt", n),
        )
        .expect("w");
    }
    let csv = dir.path().join("out.csv");
    let (code, out, err) = ka(
        dir.path(),
        &["report", utf8(dir.path()), "--csv", utf8(&csv)],
    );
    assert_eq!(code, 0, "{out}{err}");
    let mut reader = csv::Reader::from_path(&csv).expect("csv");
    let players: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[1].to_string())
        .collect();
    assert_eq!(players.len(), names.len());
    for p in &players {
        assert!(p.starts_with('\''), "a formula cell stays text: {p:?}");
        assert!(names.contains(&&p[1..]), "and keeps the name: {p:?}");
    }
}

/// Row 6. Editing any recorded result (a part's points or maximum, the maximum, the total, the
/// winner, the outcome, an action's day) makes `replay` report the difference, exit 1.
#[test]
fn replay_verifies_every_recorded_result_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rec = record_of("island.ron", 3, "island-proposal.txt", "alice");
    let edits: Vec<(&str, Box<dyn Fn(&mut RunRecord)>)> = vec![
        (
            "purchasing_process points",
            Box::new(|r| r.parts[1].points += 5.0),
        ),
        ("ethics max", Box::new(|r| r.parts[6].max = 99.0)),
        ("max: recorded", Box::new(|r| r.max = 1.0)),
        ("total: recorded", Box::new(|r| r.total += 1.0)),
        (
            "winner: recorded",
            Box::new(|r| r.winner = Some("yuhuan".into())),
        ),
        (
            "outcome: recorded",
            Box::new(|r| r.outcome = RunOutcome::Lost),
        ),
        ("recorded on day", Box::new(|r| r.actions[0].day += 1)),
        (
            "parts: recorded",
            Box::new(|r| {
                r.parts.pop();
            }),
        ),
    ];
    let path = record::write(dir.path(), &rec).expect("w");
    let (code, out, _) = ka(&root(), &["replay", utf8(&path)]);
    assert_eq!(code, 0, "the untouched record replays: {out}");
    for (field, edit) in edits {
        let mut bad = rec.clone();
        edit(&mut bad);
        let path = record::write(dir.path(), &bad).expect("w");
        let (code, out, err) = ka(&root(), &["replay", utf8(&path)]);
        assert_eq!(code, 1, "{field}: {out}{err}");
        assert!(out.contains(field), "{field}: {out}");
    }
}

/// Row 9. Records get the usual permissions for new files: 0666 less the umask.
#[test]
fn records_respect_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    for (umask, want) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let results = dir.path().join(umask);
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask} && exec \"$0\" play scenarios/tutorial.ron --results \"$1\" < \
                 /dev/null > /dev/null"
            ))
            .arg(env!("CARGO_BIN_EXE_key-account"))
            .arg(&results)
            .current_dir(root())
            .status()
            .expect("sh");
        assert!(status.success());
        let f = json_files(&results).pop().expect("a record");
        let mode = std::fs::metadata(&f).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, want, "umask {umask}");
    }
}

/// Row 10. `new` writes only inside `--dir`: a path as a name is refused; any other name gives
/// a file that passes `check`.
#[test]
fn new_stays_in_its_folder_and_the_starter_always_checks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inside = dir.path().join("a/b");
    std::fs::create_dir_all(&inside).expect("mkdir");
    let outside = dir.path().join("escaped");
    for name in [
        "../../../../escaped/x",
        "../x",
        utf8(&outside.join("abs")),
        "sub/name",
        "back\\slash",
        ".hidden",
    ] {
        let (code, _, err) = ka(&inside, &["new", name, "--dir", "."]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains("--dir"), "{err}");
    }
    assert!(!outside.exists());
    assert_eq!(
        std::fs::read_dir(dir.path().join("a")).expect("a").count(),
        1
    );
    for name in [
        "my \"deal\"",
        "quote\"end",
        "tab\there",
        "张三的医院",
        "hospital deal",
        "ok-name_2",
    ] {
        let (code, out, err) = ka(&inside, &["new", name, "--dir", "."]);
        assert_eq!(code, 0, "{name}: {out}{err}");
    }
    let files = std::fs::read_dir(&inside).expect("dir").count();
    assert_eq!(files, 6, "every file is inside --dir");
    let (code, out, err) = ka(&inside, &["check", "."]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("6 file(s) checked: 0 error(s), 0 warning(s)"),
        "{out}"
    );
}

fn many_errors(n: usize) -> String {
    let src = std::fs::read_to_string(root().join("tests/fixtures/minimal.ron")).expect("r");
    let extra: String = (0..n)
        .map(|i| {
            format!(
                "        (id: \"x{i}\", name: \"X\", title: \"T\", department: \
                          \"nowhere\", influence: 1, concerns: {{\"price\": 1}}),\n"
            )
        })
        .collect();
    src.replacen(
        "    ],\n    stages:",
        &format!("{extra}    ],\n    stages:"),
        1,
    )
}

/// Row 11. Twenty thousand errors in one file render (human output) in well under the 133 s the
/// quadratic renderer took in a release build; `scripts/hardening-bench.sh` has the figures.
#[test]
fn twenty_thousand_errors_render_in_linear_time() {
    let text = many_errors(20_000);
    let r = key_account::scenario::load_str("many.ron", &text);
    assert_eq!(r.errors(), 20_000);
    let t = Instant::now();
    let out = r.render(false);
    let took = t.elapsed();
    assert_eq!(out.matches("[dangling-id] Error").count(), 20_000);
    assert!(
        out.contains("many.ron:20023:"),
        "the last is numbered right"
    );
    assert!(took < Duration::from_secs(30), "{took:?}");
}

/// Row 12. An id must be one word; `check` says so and suggests the fix.
#[test]
fn ids_with_spaces_fail_check_with_a_fix() {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = std::fs::read_to_string(root().join("tests/fixtures/minimal.ron")).expect("r");
    std::fs::write(
        dir.path().join("space.ron"),
        src.replace("\"admin\"", "\"ad min\""),
    )
    .expect("w");
    std::fs::write(
        dir.path().join("scenario-id.ron"),
        src.replace("id: \"minimal\"", "id: \"hospital deal\""),
    )
    .expect("w");
    let (code, out, err) = ka(dir.path(), &["check", "space.ron", "scenario-id.ron"]);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("[bad-id]"), "{err}");
    assert!(
        err.contains("the stakeholder id \"ad min\" is not one word"),
        "{err}"
    );
    assert!(err.contains("write \"ad_min\""), "{err}");
    assert!(
        err.contains("the scenario id \"hospital deal\" is not one word"),
        "{err}"
    );
}

/// Row 13. A UTF-8 byte-order mark (Windows Notepad) on a scenario, a record and a script.
#[test]
fn a_utf8_bom_is_accepted_on_scenarios_records_and_scripts() {
    let dir = tempfile::tempdir().expect("tempdir");
    for f in key_account::scenario::scenario_files(&root().join("scenarios")).expect("dir") {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(std::fs::read(&f).expect("r"));
        let r = key_account::scenario::load_bytes("bom.ron", &bytes);
        assert_eq!(r.diagnostics.len(), 0, "{}", r.render(false));
        let path = dir.path().join(f.file_name().expect("name"));
        std::fs::write(&path, &bytes).expect("w");
        assert_eq!(ka(dir.path(), &["check", utf8(&path)]).0, 0);
    }
    let rec = record_of("island.ron", 3, "island-proposal.txt", "alice");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json::to_vec(&rec).expect("json"));
    let path = dir.path().join("bom-record.json");
    std::fs::write(&path, &bytes).expect("w");
    assert_eq!(record::read(&path).expect("reads"), rec);
    let mut script = b"\xEF\xBB\xBF".to_vec();
    script.extend(std::fs::read(root().join("tests/lines/island-proposal.txt")).expect("r"));
    let sp = dir.path().join("bom-script.txt");
    std::fs::write(&sp, &script).expect("w");
    let (code, out, err) = ka(
        &root(),
        &[
            "play",
            "scenarios/island.ron",
            "--seed",
            "3",
            "--script",
            utf8(&sp),
            "--no-record",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("== Debrief: WON") && !out.contains("  ? "),
        "{out}"
    );
}

/// Row 14. A one-line garbage file of several megabytes: the quoted line is clipped around the
/// column, not printed whole. (The 50 MB figures are in `docs/performance.md`.)
#[test]
fn a_huge_one_line_file_is_quoted_clipped_around_the_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = String::from("(id: \"x\", title: \"");
    text.push_str(&"garbage ".repeat(1_000_000));
    text.push_str("\", titel: 1)");
    let path = dir.path().join("huge.ron");
    std::fs::write(&path, &text).expect("w");
    let (code, out, err) = ka(dir.path(), &["check", "huge.ron"]);
    assert_eq!(code, 1, "{out}");
    assert!(err.len() < 4_000, "{} bytes of diagnostics", err.len());
    let col = text.find("titel").expect("titel") + 1;
    assert!(err.contains(&format!("huge.ron:1:{col}")), "{err}");
    assert!(
        err.contains("…") && err.contains("garbage") && err.contains("titel: 1)"),
        "{err}"
    );
}

/// Row 15. A script that is a folder, random bytes, or a line with a bad byte: an error, and no
/// record of a deal nobody played.
#[test]
fn a_broken_script_is_an_error_and_saves_no_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("R");
    let bad_byte = dir.path().join("bad.txt");
    std::fs::write(&bad_byte, b"meet xiao_huang\nwa\xffit 2\n").expect("w");
    for (script, want) in [
        (utf8(dir.path()), "it is a folder"),
        ("/dev/urandom", "/dev/urandom: line"),
        (utf8(&bad_byte), "line 2, column 3: not UTF-8"),
    ] {
        let child = bin()
            .args(["play", "scenarios/tutorial.ron", "--script", script])
            .args(["--results", utf8(&results)])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let (code, out, err) = finish(child, Duration::from_secs(20), script);
        assert_eq!(code, 2, "{script}: {err}");
        assert!(err.contains(want), "{script}: {err}");
        assert!(!out.contains("Debrief"), "the deal is not decided: {out}");
        assert!(!results.exists(), "no record for {script}");
    }
}

/// Row 16. `play ... | head -1`: a closed pipe ends `play` quietly; `check > /dev/full`: an
/// error, exit 1, no panic.
#[test]
fn a_closed_pipe_exits_quietly_and_a_full_disk_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Enough output to fill the pipe, so the write after it closes fails.
    let script = dir.path().join("help.txt");
    std::fs::write(&script, "help\n".repeat(3000)).expect("w");
    let mut child = bin()
        .args(["play", "scenarios/island.ron", "--no-record", "--script"])
        .arg(&script)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("some output");
    drop(child.stdout.take());
    let (code, _, err) = finish(child, Duration::from_secs(30), "play | head");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(code, 0, "{err}");

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = bin()
        .args(["check", "scenarios/island.ron"])
        .stdout(full)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cannot write to standard output") && !err.contains("panicked"),
        "{err}"
    );
}

/// Row 17. Numbers and maps that cannot mean what they say get diagnostics.
#[test]
fn impossible_prices_duplicate_keys_and_zero_scoring_get_diagnostics() {
    let src = std::fs::read_to_string(root().join("tests/fixtures/minimal.ron")).expect("r");
    let with_variation = |patch: &str| {
        src.replacen(
            "    decision: (day: 6),",
            &format!(
                "    variations: [(id: \"v\", pick_one: [(id: \"a\", patches: \
                 [{patch}])])],\n    decision: (day: 6),"
            ),
            1,
        )
    };
    let cases = [
        (
            with_variation("Price(\"us\", inf)"),
            "out-of-range",
            "must be a number above 0",
        ),
        (
            with_variation("Price(\"us\", 10.0)"),
            "out-of-range",
            "below the floor 80",
        ),
        (
            src.replace(
                "concerns: {\"price\": 8}",
                "concerns: {\"price\": 8, \"price\": 1}",
            ),
            "duplicate-key",
            "the key \"price\" appears twice",
        ),
        (
            src.replace(
                "    decision: (day: 6),",
                "    decision: (day: 6),\n    scoring: (outcome: 0, purchasing_process: 0, \
                 organization: 0, stances: 0, information: 0, key_players: 0, ethics: 0),",
            ),
            "zero-scoring",
            "worth 0 points",
        ),
    ];
    for (text, code, words) in cases {
        let r = key_account::scenario::load_str("case.ron", &text);
        assert!(r.scenario.is_none(), "{code}: accepted");
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{code}: {}", r.render(false)));
        assert!(d.message.contains(words), "{}", d.message);
        assert!(d.line > 1, "{code} is positioned: {}", r.render(false));
    }
}

/// Row 18. A draft copy with the same id that sorts first: `replay` uses the file with the
/// record's hash.
#[test]
fn replay_picks_the_scenario_with_the_records_hash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(root().join("scenarios/island.ron")).expect("read");
    std::fs::write(
        dir.path().join("a-draft.ron"),
        text.replace(
            r#""technical_service": (6, 8)"#,
            r#""technical_service": (1, 2)"#,
        ),
    )
    .expect("w");
    std::fs::write(dir.path().join("island.ron"), &text).expect("w");
    let mut rec = record_of("island.ron", 3, "island-proposal.txt", "alice");
    rec.scenario_file = "gone/island.ron".into();
    let path = record::write(&dir.path().join("R"), &rec).expect("w");
    let (code, out, err) = ka(
        dir.path(),
        &["replay", utf8(&path), "--scenarios", utf8(dir.path())],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Same outcome") && out.contains("island.ron"),
        "{out}"
    );
    assert!(!out.contains("a-draft"), "{out}");
}

/// Row 19. `check` on a named pipe or a device, `play` that cannot save its record, and
/// `balance --runs` out of bounds: a message that says what is wrong, a non-zero exit.
#[test]
fn wrong_inputs_get_the_right_message_and_a_nonzero_exit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("x.ron");
    mkfifo(&fifo);
    for (path, what) in [(utf8(&fifo), "named pipe"), ("/dev/zero", "a device")] {
        let child = bin()
            .args(["check", path])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let (code, _, err) = finish(child, Duration::from_secs(10), path);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains(what) && !err.contains("Not a directory"),
            "{err}"
        );
    }
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").expect("w");
    let (code, out, err) = ka(
        &root(),
        &[
            "play",
            "scenarios/tutorial.ron",
            "--results",
            utf8(&blocker),
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("error: the run record was not saved"), "{err}");
    for runs in ["0", "18446744073709551615", "100001"] {
        let (code, _, err) = ka(
            &root(),
            &["balance", "scenarios/tutorial.ron", "--runs", runs],
        );
        assert_eq!(code, 2, "--runs {runs}: {err}");
        assert!(
            err.contains("--runs") && err.contains("1..=100000"),
            "{err}"
        );
    }
}

/// Issue 11: records written before `outcome` and `part` were typed (format 1) still read, and
/// write back to the same JSON (with the language they were played in: English).
#[test]
fn a_format_1_record_reads_and_round_trips() {
    let path = root().join("tests/fixtures/format-1-record.json");
    let rec = record::read(&path).expect("a format-1 record reads");
    assert_eq!(rec.outcome, RunOutcome::Won);
    assert_eq!(rec.parts.len(), 7);
    let before: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("r")).expect("json");
    let mut after: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(&rec).expect("json")).expect("json");
    // Written back it says which language it was played in: English, as every run was before
    // languages came; the rest is the same JSON.
    let language = after.as_object_mut().and_then(|o| o.remove("language"));
    assert_eq!(language, Some(serde_json::Value::from("en")));
    assert_eq!(before, after);
    // An unknown outcome or part is an error that names it, not a silent string.
    let text = std::fs::read_to_string(&path).expect("r");
    for (from, to, name) in [
        ("\"outcome\": \"won\"", "\"outcome\": \"wonn\"", "wonn"),
        ("\"part\": \"ethics\"", "\"part\": \"ethicz\"", "ethicz"),
    ] {
        let bad = text.replacen(from, to, 1);
        let err = record::from_bytes(bad.as_bytes())
            .expect_err("rejected")
            .to_string();
        assert!(err.contains(name), "{err}");
    }
}
