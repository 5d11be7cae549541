//! Snapshots of what a trainer sees for broken scenario files, so a worse message fails a test.

mod common;

use key_account::scenario;
use strum::IntoEnumIterator;

fn check(name: &str) -> scenario::LoadReport {
    let path = common::root()
        .join("tests/broken")
        .join(format!("{name}.ron"));
    let bytes = std::fs::read(&path).expect("fixture");
    // A stable name in snapshots, whatever the checkout path.
    scenario::load_bytes(&format!("tests/broken/{name}.ron"), &bytes)
}

macro_rules! broken {
    ($test:ident, $file:literal) => {
        broken!($test, $file, $file);
    };
    ($test:ident, $file:literal, $code:literal) => {
        #[test]
        fn $test() {
            let r = check($file);
            assert!(r.scenario.is_none());
            assert!(
                r.diagnostics
                    .iter()
                    .any(|d| d.code == $code && d.is_error()),
                "{}",
                r.render(false)
            );
            for d in &r.diagnostics {
                assert!(d.line > 0 && d.column > 0);
                assert!(
                    d.help.is_some(),
                    "every error says how to fix it: {}",
                    d.message
                );
            }
            insta::assert_snapshot!($file, r.render(false));
        }
    };
}

/// A file with warnings only: it loads, and shows the warning with its fix.
macro_rules! warned {
    ($test:ident, $file:literal) => {
        warned!($test, $file, $file);
    };
    ($test:ident, $file:literal, $code:literal) => {
        #[test]
        fn $test() {
            let r = check($file);
            assert!(r.scenario.is_some(), "{}", r.render(false));
            assert!(
                r.diagnostics
                    .iter()
                    .any(|d| d.code == $code && !d.is_error()),
                "{}",
                r.render(false)
            );
            for d in &r.diagnostics {
                assert!(d.line > 0 && d.column > 0);
            }
            insta::assert_snapshot!($file, r.render(false));
        }
    };
}

broken!(syntax_missing_comma, "syntax-missing-comma", "syntax");
broken!(syntax_unclosed, "syntax-unclosed", "syntax");
broken!(unknown_field, "unknown-field");
broken!(unknown_role, "unknown-role", "unknown-variant");
broken!(missing_field, "missing-field");
broken!(duplicate_field, "duplicate-field");
broken!(duplicate_key, "duplicate-key");
broken!(wrong_type, "wrong-type");
broken!(empty_id, "empty-id");
broken!(bad_id, "bad-id");
broken!(dangling_id, "dangling-id");
broken!(duplicate_id, "duplicate-id");
broken!(out_of_range, "out-of-range");
broken!(bad_range, "bad-range");
broken!(zero_scoring, "zero-scoring");
broken!(empty_list, "empty-list");
broken!(stage_order, "stage-order");
broken!(follow_up_before_decision, "follow-up-before-decision");
broken!(stage_after_follow_up, "stage-after-follow-up");
broken!(stage_after_decision, "stage-after-decision");
broken!(too_many_stages, "too-many-stages");
broken!(no_deal_stage, "no-deal-stage");
warned!(calendar_gap, "calendar-gap");
broken!(no_time, "no-time");
broken!(no_seller, "no-seller");
broken!(two_sellers, "two-sellers");
warned!(no_rival, "no-rival");
broken!(courts_by_us, "courts-by-us");
broken!(computed_concern, "computed-concern");
warned!(missing_score, "missing-score");
warned!(no_concerns, "no-concerns");
broken!(rival_is_us, "rival-is-us");
broken!(self_introduction, "self-introduction");
broken!(self_influence, "self-influence");
warned!(influence_over_one, "influence-over-one");
warned!(two_answers, "two-answers");
warned!(concern_not_held, "concern-not-held");
warned!(unused_question, "unused-question");
warned!(risk_without_consequence, "risk-without-consequence");
warned!(retry_and_repeatable, "retry-and-repeatable");
warned!(no_effect, "no-effect");
warned!(no_budget_concern, "no-budget-concern");
broken!(move_by_us, "move-by-us");
warned!(move_after_decision, "move-after-decision");
broken!(budget_by_rival, "budget-by-rival");
broken!(zero_weights, "zero-weights");
broken!(no_voters, "no-voters");
broken!(no_decision_maker, "no-decision-maker");
broken!(require_avoided, "require-avoided");
broken!(duplicate_step, "duplicate-step");
broken!(gate_without_people, "gate-without-people");
broken!(gate_after_decision, "gate-after-decision");
warned!(empty_department, "empty-department");
broken!(unreachable_stakeholder, "unreachable-stakeholder");
broken!(unrevealed_fact, "unrevealed-fact");
broken!(impossible_tactic, "impossible-tactic");
broken!(not_utf8, "not-utf8");

/// A folder where a file should be (`tests/broken/unreadable/`) is refused unread. Loaded by a
/// path relative to the package root, where cargo runs tests, so the snapshot is stable.
#[test]
fn unreadable() {
    let r = folder("unreadable");
    assert!(r.scenario.is_none());
    assert!(r.diagnostics.iter().any(|d| d.code == "unreadable"));
    insta::assert_snapshot!("unreadable", r.render(false));
}

fn folder(name: &str) -> scenario::LoadReport {
    scenario::load_path(std::path::Path::new(&format!("tests/broken/{name}")))
}

/// Every broken file (and folder), by name without `.ron`, with its report.
fn every_broken_file() -> Vec<(String, scenario::LoadReport)> {
    let dir = common::root().join("tests/broken");
    let mut out: Vec<(String, scenario::LoadReport)> = std::fs::read_dir(&dir)
        .expect("tests/broken")
        .map(|e| e.expect("entry").path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            if p.is_dir() {
                return Some((name.to_string(), folder(name)));
            }
            let name = name.strip_suffix(".ron")?;
            Some((name.to_string(), check(name)))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A new code needs a broken file that shows it (and a snapshot of that file), or this fails.
#[test]
fn every_code_has_a_broken_file_with_a_snapshot() {
    let files = every_broken_file();
    let shown: std::collections::HashSet<scenario::Code> = files
        .iter()
        .flat_map(|(_, r)| r.diagnostics.iter().map(|d| d.code))
        .collect();
    let missing: Vec<&str> = scenario::Code::iter()
        .filter(|c| !shown.contains(c))
        .map(scenario::Code::as_str)
        .collect();
    assert!(
        missing.is_empty(),
        "no file in tests/broken/ shows these codes: {missing:?}"
    );
    for (name, _) in &files {
        let snap = common::root().join(format!("tests/snapshots/diagnostics__{name}.snap"));
        assert!(
            snap.is_file(),
            "tests/broken/{name}.ron has no snapshot test"
        );
    }
}

/// The table of codes in the scenario format guide is this enum's, row for row.
#[test]
fn the_format_guide_lists_every_code_with_its_fix() {
    let guide = std::fs::read_to_string(common::root().join("docs/scenario-format.md"))
        .expect("docs/scenario-format.md");
    let section = guide
        .split("\n## Diagnostic codes\n")
        .nth(1)
        .expect("a section \"## Diagnostic codes\"");
    let section = section.split("\n## ").next().unwrap_or(section);
    let rows: Vec<&str> = section.lines().filter(|l| l.starts_with("| `")).collect();
    let want: Vec<String> = scenario::Code::iter()
        .map(|c| format!("| `{}` | {} |", c.as_str(), c.fix()))
        .collect();
    assert!(
        rows == want,
        "the table in docs/scenario-format.md differs from scenario::Code; it should read:\n\n\
         | code | how to fix it |\n|---|---|\n{}",
        want.join("\n")
    );
}

#[test]
fn all_problems_in_a_file_are_reported() {
    let r = check("many-problems");
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    for want in ["dangling-id", "duplicate-id", "out-of-range"] {
        assert!(codes.contains(&want), "{codes:?}");
    }
    insta::assert_snapshot!("many-problems", r.render(false));
}

#[test]
fn words_nobody_can_say_are_warned_about() {
    let r = check("says-nobody");
    assert!(r.scenario.is_some(), "warnings only: {}", r.render(false));
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(
        codes,
        ["says-blank", "says-nobody", "says-nobody"],
        "{codes:?}"
    );
    for d in &r.diagnostics {
        assert!(!d.is_error() && d.help.is_some() && d.line > 0);
    }
    insta::assert_snapshot!("says-nobody", r.render(false));
}

#[test]
fn the_minimal_fixture_is_valid() {
    let path = common::root().join("tests/fixtures/minimal.ron");
    let r = scenario::load_path(&path);
    assert!(r.scenario.is_some(), "{}", r.render(false));
}

#[test]
fn typos_get_a_suggestion() {
    let r = check("unknown-field");
    let d = &r.diagnostics[0];
    assert_eq!(
        (
            d.line,
            d.help
                .as_deref()
                .map(|h| h.contains("did you mean `influence`"))
        ),
        (20, Some(true))
    );
    let r = check("dangling-id");
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.help.as_deref() == Some("did you mean \"finance\"?"))
    );
}
