//! `balance` says why (issue 24): whose votes each skipper lost, a gate that passes for the
//! wrong reason flagged, and `--explain`'s votes taken apart into pieces that add up.

mod common;
use common::*;

use serde_json::Value;

fn balance_json(dir: &std::path::Path, file: &str, runs: &str) -> Value {
    let path = root().join(file);
    let path = path.to_str().expect("utf-8 path");
    let (code, out, err) = ka(
        dir,
        &[
            "balance",
            "--format",
            "json",
            "--explain",
            "--runs",
            runs,
            path,
        ],
    );
    assert!(code == 0 || code == 1, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("balance prints JSON");
    doc["scenarios"][0].clone()
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("a number: {v}"))
}

/// Every vote `--explain` shows, at the end of every typical deal, win and loss, is its pieces
/// added up, and the vote is the offer with the most utility.
#[test]
fn explain_takes_every_vote_apart_into_pieces_that_add_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = balance_json(dir.path(), "scenarios/keyboard.ron", "12");
    let policies = doc["explain"].as_array().expect("an explain section");
    let mut votes = 0;
    for p in policies {
        for which in ["win", "loss", "typical"] {
            let deal = &p[which];
            if deal.is_null() {
                continue;
            }
            assert_eq!(deal["replayed"], true, "{p}");
            for v in deal["votes"].as_array().expect("votes") {
                let utility = v["utility"].as_object().expect("utility by vendor");
                let mut best: Option<(&str, f64)> = None;
                for (vendor, u) in utility {
                    if u.is_null() {
                        continue;
                    }
                    let sum: f64 = v["pieces"]
                        .as_array()
                        .expect("pieces")
                        .iter()
                        .map(|x| f(&x["by_vendor"][vendor]))
                        .sum();
                    assert!((sum - f(u)).abs() < 1e-3, "{vendor}: {sum} vs {u} in {v}");
                    if best.is_none_or(|b| f(u) > b.1) {
                        best = Some((vendor, f(u)));
                    }
                    votes += 1;
                }
                if let Some((vendor, u)) = best {
                    let choice = v["choice"].as_str().expect("a choice");
                    assert!(
                        (f(&utility[choice]) - u).abs() < 1e-6,
                        "{} votes {choice}, not the best ({vendor})",
                        v["person"]
                    );
                }
            }
        }
    }
    assert!(votes > 100, "only {votes} utilities checked");
}

/// The trainer's view in words: each department's voter, the pieces of the vote, the moves
/// that changed it most, and a skipper's typical losing line.
#[test]
fn explain_shows_each_department_s_vote_and_the_skipper_s_losing_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = root().join("scenarios/keyboard.ron");
    let (code, out, err) = ka(
        dir.path(),
        &[
            "balance",
            "--explain",
            "--runs",
            "12",
            path.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let why = out
        .split("why (the bots' deals")
        .nth(1)
        .expect("an explain section");
    let student = why
        .split("  skip step 1:")
        .next()
        .expect("the student's part");
    for voter in [
        "Director Zhou",
        "Engineer Chen",
        "Xiao Li",
        "Xiao Huang",
        "Xiao Wang",
    ] {
        assert!(
            student.contains(&format!("{voter} (vote ")),
            "{voter}: {student}"
        );
    }
    assert!(student.contains("= starting relationship "), "{student}");
    assert!(student.contains("relationship since "), "{student}");
    assert!(student.contains("(weight "), "a concern's piece: {student}");
    assert!(why.contains("sway from "), "{why}");
    assert!(student.contains("moved most by: day "), "{student}");
    let skip3 = why.split("  skip step 3:").nth(1).expect("skip step 3");
    assert!(skip3.contains("a typical loss (seed "), "{skip3}");
    // Without --explain, only the short why: whose votes or which gate each skipper lost.
    assert!(
        out.contains("skip step 4 lost the votes of Director Zhou"),
        "{out}"
    );
    assert!(
        out.contains("skip step 3: its bid was dropped at the gate of \"Information collection\""),
        "{out}"
    );
}

/// A gate that passes through a person the skipped step is not about is flagged; the bundled
/// keyboard case, whose step-3 skipper loses through its coach, is not.
#[test]
fn a_gate_that_passes_for_the_wrong_reason_is_flagged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let flagged = |doc: &Value| -> Vec<String> {
        doc["lost_through"]
            .as_array()
            .expect("lost_through")
            .iter()
            .filter(|l| l["wrong_reason"] == true)
            .map(|l| l["policy"].to_string())
            .collect()
    };
    let bad = balance_json(dir.path(), "tests/fixtures/wrong-reason.ron", "20");
    assert_eq!(flagged(&bad), [r#"{"policy":"skip","step":3}"#], "{bad}");
    let l = &bad["lost_through"]
        .as_array()
        .expect("lost_through")
        .iter()
        .find(|l| l["policy"]["step"] == 3)
        .expect("skip step 3")
        .clone();
    assert!(
        !l["about"]
            .as_array()
            .expect("about")
            .contains(&"xiao_wang".into()),
        "{l}"
    );
    assert!(
        bad["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|w| w
                .as_str()
                .is_some_and(|w| w.contains("wrong reason") && w.contains("through Xiao Wang"))),
        "{bad}"
    );
    let good = balance_json(dir.path(), "scenarios/keyboard.ron", "20");
    assert!(flagged(&good).is_empty(), "{good}");
}
