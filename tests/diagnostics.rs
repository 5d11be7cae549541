//! Snapshots of what a trainer sees for broken scenario files, so a worse message fails a test.

mod common;

use key_account::i18n::Lang;
use key_account::scenario;
use strum::IntoEnumIterator;

fn check(name: &str) -> scenario::LoadReport {
    check_in(name, Lang::En)
}

fn check_in(name: &str, lang: Lang) -> scenario::LoadReport {
    // By its path relative to the package root (where cargo runs tests), so the names in
    // snapshots are stable and the strings tables beside it are read too.
    scenario::load_path_in(
        std::path::Path::new(&format!("tests/broken/{name}.ron")),
        lang,
    )
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
                r.all_diagnostics()
                    .any(|d| d.code == $code && !d.is_error()),
                "{}",
                r.render(false)
            );
            for d in r.all_diagnostics() {
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
broken!(empty_any_of, "empty-any-of", "empty-list");
broken!(
    effect_relationship_form,
    "effect-relationship-form",
    "syntax"
);
broken!(unescaped_quote, "unescaped-quote", "syntax");
warned!(no_glyph, "no-glyph");
warned!(confusable_text, "confusable-text");
warned!(free_repeatable, "free-repeatable");
warned!(unexplained_gate, "unexplained-gate");
warned!(stale_translation, "stale-translation");
warned!(unknown_text_id, "stale-translation", "unknown-text-id");

/// A broken strings table: the scenario loads and plays in its own words; the table is an error
/// `check` reports (exit 1), and no translation from it is used.
#[test]
fn strings_table() {
    let r = check("strings-table");
    let sc = r.scenario.as_ref().expect("the scenario itself is fine");
    assert!(sc.translations().is_empty());
    assert!(
        r.all_diagnostics()
            .any(|d| d.code == "strings-table" && d.is_error() && d.line == 2),
        "{}",
        r.render(false)
    );
    assert_eq!(r.errors(), 1);
    insta::assert_snapshot!("strings-table", r.render(false));
}

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
    folder_in(name, Lang::En)
}

fn folder_in(name: &str, lang: Lang) -> scenario::LoadReport {
    scenario::load_path_in(std::path::Path::new(&format!("tests/broken/{name}")), lang)
}

/// Every broken file (and folder), by name without `.ron`, with its report.
fn every_broken_file() -> Vec<(String, scenario::LoadReport)> {
    every_broken_file_in(Lang::En)
}

fn every_broken_file_in(lang: Lang) -> Vec<(String, scenario::LoadReport)> {
    let dir = common::root().join("tests/broken");
    let mut out: Vec<(String, scenario::LoadReport)> = std::fs::read_dir(&dir)
        .expect("tests/broken")
        .map(|e| e.expect("entry").path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            if p.is_dir() {
                return Some((name.to_string(), folder_in(name, lang)));
            }
            let name = name.strip_suffix(".ron")?;
            Some((name.to_string(), check_in(name, lang)))
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
        .flat_map(|(_, r)| r.all_diagnostics().map(|d| d.code))
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

/// What a trainer in China sees for a handful of broken files: the messages, labels and helps
/// in Chinese, the ids, field names and RON as written.
#[test]
fn broken_files_in_chinese() {
    for name in [
        "syntax-missing-comma",
        "unknown-field",
        "missing-field",
        "wrong-type",
        "not-utf8",
        "bad-id",
        "dangling-id",
        "many-problems",
        "stage-order",
        "unreachable-stakeholder",
        "impossible-tactic",
        "says-nobody",
    ] {
        let r = check_in(name, Lang::ZhCn);
        insta::assert_snapshot!(format!("zh-CN-{name}"), r.render(false));
    }
    let r = folder_in("unreadable", Lang::ZhCn);
    insta::assert_snapshot!("zh-CN-unreadable", r.render(false));
}

/// Text that is only code: backticked or quoted parts, numbers and punctuation, no words.
fn only_code(text: &str, file: &str) -> bool {
    let mut rest = text.replace(file, "");
    for quote in ['`', '"'] {
        let mut kept = String::new();
        for (k, part) in rest.split(quote).enumerate() {
            if k % 2 == 0 {
                kept.push_str(part);
            }
        }
        rest = kept;
    }
    !rest.chars().any(char::is_alphabetic)
}

/// The English words a Chinese diagnostic may keep besides code: names of formats and units,
/// and the words of the RON parser and the file system, which are not the catalogue's.
fn allowed_in_chinese(word: &str) -> bool {
    matches!(
        word,
        "RON"
            | "UTF"
            | "id"
            | "FIFO"
            | "MiB"
            | "true"
            | "false"
            | "DecisionMaker"
            | "docs"
            | "scenario"
            | "format"
            | "md"
    )
}

/// Every broken file has its diagnostics in Chinese: the same problems at the same places, and
/// no message, label or help left as in English unless it is only code, nor any English word
/// outside code.
#[test]
fn every_broken_file_speaks_chinese() {
    let english = every_broken_file_in(Lang::En);
    let chinese = every_broken_file_in(Lang::ZhCn);
    assert_eq!(english.len(), chinese.len());
    let mut leaks = Vec::new();
    for ((name, en), (_, zh)) in english.iter().zip(&chinese) {
        assert_eq!(en.diagnostics.len(), zh.diagnostics.len(), "{name}");
        assert_eq!(en.scenario.is_some(), zh.scenario.is_some(), "{name}");
        for (e, z) in en.diagnostics.iter().zip(&zh.diagnostics) {
            assert_eq!(
                (e.code, e.severity, e.line, e.column, &e.span),
                (z.code, z.severity, z.line, z.column, &z.span),
                "{name}"
            );
            assert_eq!(e.help.is_some(), z.help.is_some(), "{name}: {}", e.message);
            let pairs = [
                ("message", e.message.as_str(), z.message.as_str()),
                ("label", &e.label, &z.label),
                (
                    "help",
                    e.help.as_deref().unwrap_or(""),
                    z.help.as_deref().unwrap_or(""),
                ),
            ];
            for (part, en_text, zh_text) in pairs {
                if en_text == zh_text && !only_code(en_text, &e.file) {
                    leaks.push(format!("{name} {part}: untranslated: {en_text}"));
                }
                let mut rest = zh_text.replace(&z.file, "");
                for quote in ['`', '"'] {
                    let mut kept = String::new();
                    for (k, piece) in rest.split(quote).enumerate() {
                        if k % 2 == 0 {
                            kept.push_str(piece);
                        }
                    }
                    rest = kept;
                }
                for word in rest
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty() && !allowed_in_chinese(w))
                {
                    leaks.push(format!(
                        "{name} {part}: English word {word:?} in: {zh_text}"
                    ));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

/// Each code's one-line fix is in Chinese too.
#[test]
fn every_fix_is_translated() {
    for c in scenario::Code::iter() {
        let (en, zh) = (c.fix(), c.fix_in(Lang::ZhCn));
        assert_ne!(en, zh, "{c}");
        assert!(
            zh.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{c}: {zh}"
        );
    }
}
