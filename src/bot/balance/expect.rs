//! The scenario's own `expectations`, measured on the runs played under their constraints.

use super::{ExpectationResult, RunSummary};
use crate::bot::Constraints;
use crate::scenario::model::Expectation;
use crate::scenario::{Bound, Part, Scenario};
use crate::sim::Deal;

/// Each expectation with its runs and constraints, in the file's order.
pub(super) fn expectations(
    scenario: &Scenario,
    seed: u64,
    by_expectation: &[Vec<RunSummary>],
    constraints: &[Constraints],
) -> Vec<ExpectationResult> {
    scenario
        .data()
        .expectations
        .iter()
        .zip(by_expectation)
        .zip(constraints)
        .map(|((e, runs), cons)| {
            let unhonoured = runs.iter().filter(|r| !r.honoured).count();
            if unhonoured > 0 {
                return not_measured(scenario, seed, e, runs, cons, unhonoured);
            }
            let (passed, measured) = measure(e.expect, runs);
            let example = if passed {
                None
            } else {
                example(e.expect, runs).cloned()
            };
            ExpectationResult {
                about: format!("{} [{}, {} runs]", e.about, e.policy, runs.len()),
                passed,
                measured,
                example,
            }
        })
        .collect()
}

/// A failure: the bot could not take every required action, so the runs do not measure it.
fn not_measured(
    scenario: &Scenario,
    seed: u64,
    e: &Expectation,
    runs: &[RunSummary],
    cons: &Constraints,
    unhonoured: usize,
) -> ExpectationResult {
    let deal = Deal::new(scenario, seed);
    let names: Vec<String> = cons
        .require
        .iter()
        .map(|a| deal.scenario().command(a))
        .collect();
    ExpectationResult {
        about: format!("{} [{}, {} runs]", e.about, e.policy, runs.len()),
        passed: false,
        measured: format!(
            "the bot could not take every required action ({}) in {unhonoured} of {} runs: it \
             was never allowed there, so the result would not measure it; make it reachable or \
             drop it from `require`",
            names.join(", "),
            runs.len()
        ),
        example: runs.iter().find(|r| !r.honoured).cloned(),
    }
}

/// Whether the runs keep the bound, and what was measured, in words.
fn measure(bound: Bound, runs: &[RunSummary]) -> (bool, String) {
    let n = runs.len().max(1) as f32;
    let wins = runs.iter().filter(|r| r.won).count();
    let win = wins as f32 / n;
    let avg = runs.iter().map(|r| r.total).sum::<f32>() / n;
    let margin = runs
        .iter()
        .filter(|r| r.won)
        .map(|r| r.margin_kept)
        .fold(0.0f32, f32::max);
    let avg_margin = runs
        .iter()
        .filter(|r| r.won)
        .map(|r| r.margin_kept)
        .sum::<f32>()
        / wins.max(1) as f32;
    let part = |p: Part| {
        let k = Part::ALL.iter().position(|x| *x == p).unwrap_or(0);
        runs.iter()
            .map(|r| r.parts.get(k).copied().unwrap_or(0.0))
            .sum::<f32>()
            / n
    };
    match bound {
        Bound::WinRateAtMost(x) => (
            win <= x,
            format!("win rate {:.0}% (at most {:.0}%)", win * 100.0, x * 100.0),
        ),
        Bound::WinRateAtLeast(x) => (
            win >= x,
            format!("win rate {:.0}% (at least {:.0}%)", win * 100.0, x * 100.0),
        ),
        Bound::MarginKeptAtMost(x) => (
            margin <= x,
            format!(
                "best margin kept in a win {:.0}% (at most {:.0}%)",
                margin * 100.0,
                x * 100.0
            ),
        ),
        Bound::MarginAtLeast(x) => (
            wins > 0 && avg_margin >= x,
            if wins == 0 {
                format!(
                    "no deal won, so no margin kept (at least {:.0}%)",
                    x * 100.0
                )
            } else {
                format!(
                    "average margin kept in a win {:.0}% (at least {:.0}%)",
                    avg_margin * 100.0,
                    x * 100.0
                )
            },
        ),
        Bound::ScoreAtLeast(x) => (avg >= x, format!("average score {avg:.1} (at least {x})")),
        Bound::ScoreAtMost(x) => (avg <= x, format!("average score {avg:.1} (at most {x})")),
        Bound::PartAtLeast(p, x) => {
            let got = part(p);
            (
                got >= x,
                format!(
                    "average {} {got:.1} (at least {x})",
                    p.label(crate::i18n::Lang::En)
                ),
            )
        }
        Bound::PartAtMost(p, x) => {
            let got = part(p);
            (
                got <= x,
                format!(
                    "average {} {got:.1} (at most {x})",
                    p.label(crate::i18n::Lang::En)
                ),
            )
        }
    }
}

/// A run that shows a failed bound: a win where wins should be rare, a loss where they should
/// not happen, the best or worst margin or score.
fn example(bound: Bound, runs: &[RunSummary]) -> Option<&RunSummary> {
    match bound {
        Bound::WinRateAtMost(_) => runs.iter().find(|r| r.won),
        Bound::WinRateAtLeast(_) => runs.iter().find(|r| !r.won),
        Bound::MarginKeptAtMost(_) => runs
            .iter()
            .filter(|r| r.won)
            .max_by(|a, b| a.margin_kept.total_cmp(&b.margin_kept)),
        Bound::MarginAtLeast(_) => runs
            .iter()
            .filter(|r| r.won)
            .min_by(|a, b| a.margin_kept.total_cmp(&b.margin_kept))
            .or_else(|| runs.first()),
        Bound::ScoreAtLeast(_) | Bound::PartAtLeast(..) => {
            runs.iter().min_by(|a, b| a.total.total_cmp(&b.total))
        }
        Bound::ScoreAtMost(_) | Bound::PartAtMost(..) => {
            runs.iter().max_by(|a, b| a.total.total_cmp(&b.total))
        }
    }
}
