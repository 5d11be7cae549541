//! `Oracle`: a beam search over whole lines of play on the real deal. It sees what no trainee
//! can (the seed's picks, the true roles and stances, and the dice, because it clones the deal
//! with its generator), so it is an upper bound: "winnable with perfect knowledge and luck".
//! It marks the power map with the truth before the decision. Its search keeps a few lines at
//! a time; it also plays the five-step student's line on the real deal and keeps the better, so
//! the student never beats the bound.

use super::{BEAM, Constraints, required, shortlist, value};
use crate::scenario::{Policy, Role, Scenario};
use crate::sim::{Action, Deal};

/// The most actions a line the oracle weighs may take (the bundled cases need under 40).
const MAX_LINE: usize = 256;

/// The allowed deal actions the oracle may choose from now (never a power-map edit or the final
/// wait).
fn choices(deal: &Deal, c: &Constraints) -> Vec<Action> {
    deal.legal_actions()
        .into_iter()
        .filter(|a| !matches!(a, Action::AwaitDecision) && !c.avoid.contains(a))
        .collect()
}

fn finish(mut deal: Deal) -> Deal {
    if !deal.is_finished() {
        let _ = deal.apply(Action::AwaitDecision);
    }
    deal
}

pub fn play(scenario: &Scenario, seed: u64, c: &Constraints, samples: usize) -> Deal {
    // Draws the moves each line weighs when a large deal allows more than `SHORTLIST`.
    let mut rng = super::bot_rng(seed, Policy::Oracle);
    let mut start = Deal::new(scenario, seed);
    start.set_quiet(true);
    let mut best = finish(start.clone());
    let mut best_v = value(&best);
    let mut beam = vec![start.clone()];
    // A bound on the length of a line: a repeatable tactic that takes no time would otherwise
    // let the search go on without end (the calendar never moves).
    let mut depth = 0;
    while !beam.is_empty() && depth < MAX_LINE {
        depth += 1;
        let mut next: Vec<(f32, Deal)> = Vec::new();
        for deal in &beam {
            let forced = required(deal, c);
            let options = match forced {
                Some(a) => vec![a],
                None => shortlist(&choices(deal, c), &mut rng),
            };
            for a in options {
                let mut d = deal.clone();
                if d.apply(a).is_err() {
                    continue;
                }
                let v = value(&d);
                if d.is_finished() {
                    if v > best_v {
                        best_v = v;
                        best = d;
                    }
                } else {
                    next.push((v, d));
                }
            }
            // Deciding now is always a line of play too.
            let v = value(deal);
            if v > best_v && forced.is_none() {
                best_v = v;
                best = finish(deal.clone());
            }
        }
        // Keep the most promising lines; the sort is stable, so ties keep their order.
        next.sort_by(|a, b| b.0.total_cmp(&a.0));
        next.truncate(BEAM);
        beam = next.into_iter().map(|(_, d)| d).collect();
    }
    // The beam judges a line by how the buyer leans that day, so a line that pays only later (a
    // stage's people met early) can fall out of it. The five-step line is one it may always
    // play on the real deal: with it, the oracle is never beaten by the student it bounds.
    let student = super::play_sampling(scenario, Policy::Student, seed, c, samples);
    if value(&student) > best_v {
        best = student;
    }
    with_true_marks(start, &best)
}

/// Re-plays the best line with the power map marked true just before the buyer decides.
fn with_true_marks(start: Deal, best: &Deal) -> Deal {
    let line: Vec<Action> = best.log().iter().map(|l| l.action).collect();
    let mut deal = start;
    let last = line.len().saturating_sub(1);
    for (k, &a) in line.iter().enumerate() {
        if k == last {
            mark_truth(&mut deal);
        }
        if deal.apply(a).is_err() {
            break;
        }
    }
    finish(deal)
}

fn mark_truth(deal: &mut Deal) {
    let roles: Vec<_> = {
        let mut probe = deal.clone();
        let _ = probe.apply(Action::AwaitDecision);
        probe
            .outcome()
            .map(|o| o.roles.to_vec())
            .unwrap_or_default()
    };
    let stances = deal.stances();
    for (i, (&held, &stance)) in roles.iter().zip(&stances).enumerate() {
        if deal.person(i).is_none_or(|p| !p.visible) {
            continue;
        }
        for r in Role::ALL {
            let _ = deal.apply(Action::MarkRole(i, r, held.contains(r)));
        }
        let _ = deal.apply(Action::MarkStance(i, Some(stance)));
    }
}
