//! Snapshots of what a trainer sees for broken scenario files, so a worse message fails a test.

mod common;

use key_account::scenario;

fn check(name: &str) -> scenario::LoadReport {
    let path = common::root()
        .join("tests/broken")
        .join(format!("{name}.ron"));
    let bytes = std::fs::read(&path).expect("fixture");
    // A stable name in snapshots, whatever the checkout path.
    scenario::load_bytes(&format!("tests/broken/{name}.ron"), &bytes)
}

macro_rules! broken {
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

broken!(syntax_missing_comma, "syntax-missing-comma", "syntax");
broken!(syntax_unclosed, "syntax-unclosed", "syntax");
broken!(unknown_field, "unknown-field", "unknown-field");
broken!(unknown_role, "unknown-role", "unknown-variant");
broken!(missing_field, "missing-field", "missing-field");
broken!(wrong_type, "wrong-type", "wrong-type");
broken!(dangling_id, "dangling-id", "dangling-id");
broken!(duplicate_id, "duplicate-id", "duplicate-id");
broken!(stage_order, "stage-order", "stage-order");
broken!(
    unreachable_stakeholder,
    "unreachable-stakeholder",
    "unreachable-stakeholder"
);
broken!(unrevealed_fact, "unrevealed-fact", "unrevealed-fact");
broken!(impossible_tactic, "impossible-tactic", "impossible-tactic");
broken!(no_decision_maker, "no-decision-maker", "no-decision-maker");
broken!(out_of_range, "out-of-range", "out-of-range");
broken!(not_utf8, "not-utf8", "not-utf8");

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
