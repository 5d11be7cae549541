//! The command line's verdicts for a trainer: `balance` fails on an expectation that cannot
//! hold, and `report --html` shows a hostile player name as text. (`replay` of an edited record
//! is tests/hardening.rs's row 6.) Every test works in a temporary folder with a temporary home.

mod common;

use common::{ka, root};

fn utf8(p: &std::path::Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

#[test]
fn balance_prints_fail_and_exits_1_when_an_expectation_cannot_hold() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(root().join("tests/fixtures/minimal.ron")).expect("read");
    // No deal scores 999 points: the random bot's average cannot reach it.
    let impossible = "    expectations: [\n        (about: \"An impossible score\", \
                      policy: Random, expect: ScoreAtLeast(999)),\n    ],\n    decision:";
    let edited = text.replacen("    decision:", impossible, 1);
    assert_ne!(
        edited, text,
        "the fixture has a decision to put the expectation before"
    );
    let scen = dir.path().join("impossible.ron");
    std::fs::write(&scen, edited).expect("write");
    let (code, out, err) = ka(dir.path(), &["check", utf8(&scen)]);
    assert_eq!(code, 0, "the scenario itself is valid: {out}{err}");

    let (code, out, err) = ka(dir.path(), &["balance", utf8(&scen), "--runs", "4"]);
    assert_eq!(code, 1, "{out}{err}");
    let fail = out
        .lines()
        .find(|l| l.starts_with("  FAIL An impossible score"))
        .unwrap_or_else(|| panic!("a FAIL line for the expectation: {out}"));
    assert!(fail.ends_with("(at least 999)"), "{fail}");
    assert!(
        out.contains("Some lessons or expectations failed."),
        "{out}"
    );

    // The same scenario without the expectation passes: the failure is the expectation's.
    let (code, out, err) = ka(
        dir.path(),
        &[
            "balance",
            utf8(&root().join("tests/fixtures/minimal.ron")),
            "--runs",
            "4",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("FAIL"), "{out}");
}

#[test]
fn report_html_shows_a_script_tag_in_a_player_name_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    let evil = "<script>alert(1)</script>";
    let tutorial = root().join("scenarios/tutorial.ron");
    let (code, out, err) = ka(
        dir.path(),
        &[
            "play",
            utf8(&tutorial),
            "--player",
            evil,
            "--results",
            utf8(&results),
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let html = dir.path().join("report.html");
    let (code, out, err) = ka(
        dir.path(),
        &["report", utf8(&results), "--html", utf8(&html)],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("HTML written to"), "{out}");
    let page = std::fs::read_to_string(&html).expect("the page");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the name is shown, escaped: {page}"
    );
    assert!(
        !page.contains("<script"),
        "no script tag reaches the page: {page}"
    );
}
