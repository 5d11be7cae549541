//! The scenario's own `expectations`, measured on the runs played under their constraints.

use super::{ExpectationResult, RunSummary};
use crate::bot::Constraints;
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::scenario::model::Expectation;
use crate::scenario::{Bound, Part, Scenario};
use crate::sim::Deal;

impl ExpectationResult {
    /// The expectation as `balance` names it: "A trainee who … wins [student, 200 runs]". The
    /// bot is named by its id (as `expectations` write it), in every language.
    pub fn label(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "balance-expectation",
            about = self.about.as_str(),
            policy = self.policy.to_string(),
            runs = self.runs
        )
    }
}

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
                about: e.about.clone(),
                policy: e.policy,
                runs: runs.len(),
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
        about: e.about.clone(),
        policy: e.policy,
        runs: runs.len(),
        passed: false,
        measured: msg!(
            "balance-not-measured",
            actions = names.join(", "),
            unhonoured = unhonoured,
            runs = runs.len()
        ),
        example: runs.iter().find(|r| !r.honoured).cloned(),
    }
}

/// Whether the runs keep the bound, and what was measured, in words.
fn measure(bound: Bound, runs: &[RunSummary]) -> (bool, Msg) {
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
    let pct = |v: f32| format!("{:.0}", v * 100.0);
    match bound {
        Bound::WinRateAtMost(x) => (
            win <= x,
            msg!("balance-win-rate-at-most", got = pct(win), bound = pct(x)),
        ),
        Bound::WinRateAtLeast(x) => (
            win >= x,
            msg!("balance-win-rate-at-least", got = pct(win), bound = pct(x)),
        ),
        Bound::MarginKeptAtMost(x) => (
            margin <= x,
            msg!(
                "balance-best-margin-at-most",
                got = pct(margin),
                bound = pct(x)
            ),
        ),
        Bound::MarginAtLeast(x) => (
            wins > 0 && avg_margin >= x,
            if wins == 0 {
                msg!("balance-no-margin", bound = pct(x))
            } else {
                msg!(
                    "balance-margin-at-least",
                    got = pct(avg_margin),
                    bound = pct(x)
                )
            },
        ),
        Bound::ScoreAtLeast(x) => (
            avg >= x,
            msg!(
                "balance-score-at-least",
                got = format!("{avg:.1}"),
                bound = x.to_string()
            ),
        ),
        Bound::ScoreAtMost(x) => (
            avg <= x,
            msg!(
                "balance-score-at-most",
                got = format!("{avg:.1}"),
                bound = x.to_string()
            ),
        ),
        Bound::PartAtLeast(p, x) => {
            let got = part(p);
            (
                got >= x,
                msg!(
                    "balance-part-at-least",
                    part = Msg::new(part_id(p)),
                    got = format!("{got:.1}"),
                    bound = x.to_string()
                ),
            )
        }
        Bound::PartAtMost(p, x) => {
            let got = part(p);
            (
                got <= x,
                msg!(
                    "balance-part-at-most",
                    part = Msg::new(part_id(p)),
                    got = format!("{got:.1}"),
                    bound = x.to_string()
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

/// The catalogue id of a part's name (`Part::label`), to name it inside a message.
fn part_id(p: Part) -> &'static str {
    match p {
        Part::Outcome => "part-outcome",
        Part::PurchasingProcess => "part-purchasing-process",
        Part::Organization => "part-organization",
        Part::Stances => "part-stances",
        Part::Information => "part-information",
        Part::KeyPlayers => "part-key-players",
        Part::Ethics => "part-ethics",
    }
}
