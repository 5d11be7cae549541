//! Languages through the command line, as a trainer and a trainee use them: a case translated by
//! a strings table, the table's round trip, a stale translation, a case written in Chinese, and
//! the terminal deal in both languages.

mod common;

use std::path::Path;

use common::{ka, root};

/// A folder with the keyboard case (and, if asked, its Chinese table).
fn keyboard_in(dir: &Path, with_table: bool) {
    std::fs::copy(
        root().join("scenarios/keyboard.ron"),
        dir.join("keyboard.ron"),
    )
    .expect("ron");
    if with_table {
        std::fs::copy(
            root().join("scenarios/keyboard.zh-CN.csv"),
            dir.join("keyboard.zh-CN.csv"),
        )
        .expect("csv");
    }
}

fn script(dir: &Path, line: &str) -> String {
    let moves: String = common::line(line)
        .into_iter()
        .map(|m| m.trim_start_matches('?').trim().to_string())
        .filter(|m| !m.starts_with("@day"))
        .collect::<Vec<_>>()
        .join("\n");
    let path = dir.join("moves.txt");
    std::fs::write(&path, moves).expect("script");
    path.to_string_lossy().into_owned()
}

#[test]
fn strings_export_fill_in_import_round_trips_byte_for_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    keyboard_in(dir.path(), false);
    let (code, out, err) = ka(
        dir.path(),
        &["strings", "export", "keyboard.ron", "--lang", "zh-CN"],
    );
    assert_eq!(code, 0, "{out}{err}");
    let exported = std::fs::read_to_string(dir.path().join("keyboard.zh-CN.csv")).expect("table");
    assert!(exported.starts_with("\u{feff}id,source,translation,status,hash\n"));
    // The translator fills in every row (here: from the bundled table, cell for cell).
    let bundled = std::fs::read(root().join("scenarios/keyboard.zh-CN.csv")).expect("bundled");
    let filled = dir.path().join("filled.zh-CN.csv");
    std::fs::write(&filled, &bundled).expect("filled");
    let (code, out, err) = ka(
        dir.path(),
        &["strings", "import", "keyboard.ron", "filled.zh-CN.csv"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("122 translated, 0 stale"), "{out}");
    let kept = std::fs::read(dir.path().join("keyboard.zh-CN.csv")).expect("kept");
    assert_eq!(kept, bundled, "import keeps the filled table byte for byte");
    let (code, _, err) = ka(
        dir.path(),
        &[
            "strings",
            "export",
            "keyboard.ron",
            "--lang",
            "zh-CN",
            "--out",
            "again.csv",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let again = std::fs::read(dir.path().join("again.csv")).expect("again");
    assert_eq!(again, bundled, "export gives the same bytes back");
}

#[test]
fn an_edited_source_line_makes_check_warn_that_its_translation_is_stale() {
    let dir = tempfile::tempdir().expect("tempdir");
    keyboard_in(dir.path(), true);
    let (code, out, err) = ka(dir.path(), &["check", "keyboard.ron"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 warning(s)"), "{out}{err}");
    let ron = dir.path().join("keyboard.ron");
    let text = std::fs::read_to_string(&ron).expect("ron");
    std::fs::write(
        &ron,
        text.replace("\"Director Zhou\"", "\"Director Zhou Wei\""),
    )
    .expect("w");
    let (code, out, err) = ka(dir.path(), &["check", "keyboard.ron"]);
    assert_eq!(code, 0, "a stale translation is a warning: {out}{err}");
    assert!(err.contains("[stale-translation]"), "{err}");
    assert!(err.contains("stakeholders.director.name"), "{err}");
    assert!(
        err.contains("keyboard.zh-CN.csv:"),
        "names the table and line: {err}"
    );
    // The game and `play` show the new source rather than the old translation.
    let moves = script(dir.path(), "keyboard-groundwork.txt");
    let (_, out, err) = ka(
        dir.path(),
        &[
            "--lang",
            "zh-CN",
            "play",
            "keyboard.ron",
            "--script",
            &moves,
            "--no-record",
        ],
    );
    assert!(out.contains("Director Zhou Wei"), "{out}{err}");
    assert!(!out.contains("周主任 —"), "{out}");
    assert!(
        out.contains("小王"),
        "the other translations still hold: {out}"
    );
}

#[test]
fn a_case_written_in_chinese_plays_like_its_translated_twin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let moves = script(dir.path(), "keyboard-groundwork.txt");
    let zh = root().join("tests/fixtures/keyboard-zh.ron");
    let (code, out, err) = ka(
        dir.path(),
        &["--lang", "zh-CN", "check", &zh.to_string_lossy()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0 个警告"), "{out}{err}");
    let play = |file: &Path| {
        let (code, out, err) = ka(
            dir.path(),
            &[
                "--lang",
                "zh-CN",
                "play",
                &file.to_string_lossy(),
                "--seed",
                "3",
                "--script",
                &moves,
                "--no-record",
            ],
        );
        assert_eq!(code, 0, "{err}");
        out
    };
    let written = play(&zh);
    let translated = play(&root().join("scenarios/keyboard.ron"));
    assert_eq!(written, translated, "the same deal in the same words");
    assert!(written.contains("== 复盘："), "{written}");
    // The same numbers teach the same lesson: the lesson table is the same.
    let lessons = |file: &Path| {
        let (_, out, err) = ka(
            dir.path(),
            &[
                "balance",
                &file.to_string_lossy(),
                "--runs",
                "30",
                "--format",
                "json",
            ],
        );
        let doc: serde_json::Value = serde_json::from_str(&out).expect(&err);
        let s = &doc["scenarios"][0];
        (s["lessons"].clone(), s["oracle"].clone(), s["gate"].clone())
    };
    assert_eq!(
        lessons(&zh),
        lessons(&root().join("scenarios/keyboard.ron"))
    );
}

/// The terminal deal, word for word, in both languages: a snapshot for each bundled case.
#[test]
fn the_terminal_deal_in_english_and_chinese() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (case, line) in [
        ("keyboard", "keyboard-groundwork.txt"),
        ("island", "island-proposal.txt"),
        ("key-player", "key-player-ethical.txt"),
        ("tutorial", "tutorial-gm.txt"),
    ] {
        let moves = script(dir.path(), line);
        let file = root().join(format!("scenarios/{case}.ron"));
        for lang in ["en", "zh-CN"] {
            let (code, out, err) = ka(
                dir.path(),
                &[
                    "--lang",
                    lang,
                    "play",
                    &file.to_string_lossy(),
                    "--seed",
                    "1",
                    "--script",
                    &moves,
                    "--no-record",
                ],
            );
            assert_eq!(code, 0, "{err}");
            insta::assert_snapshot!(format!("play-{case}-{lang}"), out);
        }
    }
}
