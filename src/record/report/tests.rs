//! The report's own tests: escaping, alignment, languages.

use super::*;
use crate::record::{RecordedPart, RunOutcome};

fn record(player: &str, title: &str) -> RunRecord {
    RunRecord {
        format: 1,
        scenario_id: "deal".into(),
        scenario_title: title.into(),
        scenario_file: "deal.ron".into(),
        scenario_hash: "0".into(),
        seed: 1,
        player: player.into(),
        actions: vec![],
        outcome: RunOutcome::Won,
        winner: Some("us".into()),
        parts: vec![RecordedPart {
            part: Part::Outcome,
            points: 40.0,
            max: 40.0,
        }],
        total: 40.0,
        max: 100.0,
        started_at: "2024-01-01T00:00:00Z".into(),
        finished_at: "2024-01-01T00:00:00Z".into(),
        language: Lang::En,
        decisions: None,
    }
}

#[test]
fn html_escapes_every_value_from_a_record() {
    let r = Report::new(
        vec![(
            "a.json".into(),
            record("<script>alert(1)</script>", "A & B \"deal\""),
        )],
        vec![("<b>.json".into(), "not <valid>".into())],
    );
    let html = r.html(Lang::En);
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("A &amp; B &quot;deal&quot;") || html.contains("A &amp; B \"deal\""));
    assert!(html.contains("skipped &lt;b&gt;.json: not &lt;valid&gt;"));
    // Every rect is closed, so the labels after it are not swallowed.
    assert_eq!(
        html.matches("<rect").count(),
        html.matches("</rect>").count()
    );
}

#[test]
fn text_columns_line_up_with_wide_characters() {
    let r = Report::new(
        vec![
            ("a.json".into(), record("张三", "键盘")),
            ("b.json".into(), record("bob", "keyboard")),
        ],
        vec![],
    );
    let text = r.text(Lang::En);
    // The column after the name ("runs" = 1) starts at the same display column in both rows.
    let col = |needle: &str| {
        let line = text.lines().find(|l| l.contains(needle)).expect(needle);
        let before = &line[..line.find(" 1 ").expect("runs")];
        before
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum::<usize>()
    };
    assert_eq!(col("张三 / deal"), col("bob / deal"), "{text}");
}

#[test]
fn a_cohort_in_two_languages_shows_side_by_side() {
    let mut zh = record("张三", "B公司的键盘会议");
    zh.language = Lang::ZhCn;
    zh.outcome = RunOutcome::Lost;
    let r = Report::new(
        vec![
            ("a.json".into(), record("bob", "keyboard")),
            ("b.json".into(), zh),
        ],
        vec![],
    );
    let text = r.text(Lang::En);
    let row = |name: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("no {name} row in {text}"))
            .to_string()
    };
    assert!(row("English (en)").contains("100%"), "{text}");
    assert!(row("简体中文 (zh-CN)").contains("0%"), "{text}");
    assert!(
        r.html(Lang::ZhCn).contains("按语言"),
        "the page speaks the trainer's language"
    );
    let csv = r.csv().expect("csv");
    assert!(csv.lines().any(|l| l.ends_with(",zh-CN")), "{csv}");
}

#[test]
fn text_escapes_terminal_controls() {
    let r = Report::new(
        vec![("a.json".into(), record("\u{1b}]0;x\u{7}", "\u{1b}[2J"))],
        vec![("\u{1b}[31m.json".into(), "bad".into())],
    );
    assert!(!r.text(Lang::En).contains('\u{1b}'), "{}", r.text(Lang::En));
}
