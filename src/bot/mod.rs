//! Bots: play policies on the engine, for balance reports and play-testing. Each bot has its own
//! seeded generator (the deal keeps its own), so a bot run is fully determined by its seed.
//!
//! - `Random` clicks uniformly among the allowed deal actions until the decision.
//! - `Greedy` takes the action that raises the score it would get if the buyer decided now.
//! - `Expert` searches ahead: a beam search over whole lines of play on the deterministic engine.

pub mod balance;

use rand::SeedableRng;
use rand::rand_core::Rng as _;
use rand_chacha::ChaCha8Rng;

use crate::scenario::compiled::ActRef;
use crate::scenario::{Policy, Scenario};
use crate::sim::{Action, Deal};

/// What a bot must not do, and what it does as soon as it may.
#[derive(Debug, Clone, Default)]
pub struct Constraints {
    pub avoid: Vec<Action>,
    pub require: Vec<Action>,
}

pub fn action_of(r: ActRef) -> Action {
    match r {
        ActRef::Meet(p) => Action::Meet(p),
        ActRef::Ask(p, q) => Action::Ask(p, q),
        ActRef::AskConcerns(p) => Action::AskConcerns(p),
        ActRef::Tactic(t) => Action::Tactic(t),
    }
}

/// Beam width of the expert: lines of play kept at each depth.
pub const BEAM: usize = 6;

fn bot_rng(seed: u64, policy: Policy) -> ChaCha8Rng {
    let salt = match policy {
        Policy::Random => 0x5241_4e44,
        Policy::Greedy => 0x4752_4545,
        Policy::Expert => 0x4558_5045,
    };
    ChaCha8Rng::seed_from_u64(seed ^ (salt << 32))
}

/// The allowed deal actions a bot may choose from now (never a power-map edit or the final wait).
fn choices(deal: &Deal, c: &Constraints) -> Vec<Action> {
    deal.legal_actions()
        .into_iter()
        .filter(|a| !matches!(a, Action::AwaitDecision) && !c.avoid.contains(a))
        .collect()
}

/// The first required action that is allowed now, if any.
fn required(deal: &Deal, c: &Constraints) -> Option<Action> {
    if c.require.is_empty() {
        return None;
    }
    c.require
        .iter()
        .copied()
        .find(|a| !deal.log().iter().any(|l| l.action == *a) && deal.check(a).is_ok())
}

/// The score the trainee would get if the buyer decided now (the final score once decided).
pub fn value(deal: &Deal) -> f32 {
    if let Some(o) = deal.outcome() {
        return o.score.total;
    }
    let mut d = deal.clone();
    d.set_quiet(true);
    let _ = d.apply(Action::AwaitDecision);
    d.outcome().map_or(0.0, |o| o.score.total)
}

/// Plays a whole deal with `policy` and returns it, decided.
/// Plays quietly (no debrief words); re-play the actions on a fresh deal to read the debrief.
pub fn play(scenario: &Scenario, policy: Policy, seed: u64, c: &Constraints) -> Deal {
    match policy {
        Policy::Random => play_random(scenario, seed, c),
        Policy::Greedy => play_greedy(scenario, seed, c),
        Policy::Expert => play_expert(scenario, seed, c),
    }
}

fn finish(mut deal: Deal) -> Deal {
    if !deal.is_finished() {
        let _ = deal.apply(Action::AwaitDecision);
    }
    deal
}

fn play_random(scenario: &Scenario, seed: u64, c: &Constraints) -> Deal {
    let mut rng = bot_rng(seed, Policy::Random);
    let mut deal = Deal::new(scenario, seed);
    deal.set_quiet(true);
    let mut events = Vec::with_capacity(32);
    let mut options = Vec::with_capacity(64);
    while !deal.is_finished() {
        let action = match required(&deal, c) {
            Some(a) => a,
            None => {
                deal.legal_actions_into(&mut options);
                options.retain(|a| !matches!(a, Action::AwaitDecision) && !c.avoid.contains(a));
                if options.is_empty() {
                    break;
                }
                options[(rng.next_u64() % options.len() as u64) as usize]
            }
        };
        events.clear();
        if deal.apply_into(action, &mut events).is_err() {
            break;
        }
    }
    finish(deal)
}

fn play_greedy(scenario: &Scenario, seed: u64, c: &Constraints) -> Deal {
    let mut rng = bot_rng(seed, Policy::Greedy);
    let mut deal = Deal::new(scenario, seed);
    deal.set_quiet(true);
    while !deal.is_finished() {
        if let Some(a) = required(&deal, c) {
            let _ = deal.apply(a);
            continue;
        }
        let now = value(&deal);
        let mut options = choices(&deal, c);
        // Shuffle so ties go to a random action, reproducibly.
        for i in (1..options.len()).rev() {
            options.swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
        }
        let mut best: Option<(f32, Deal)> = None;
        for a in options {
            let mut d = deal.clone();
            if d.apply(a).is_err() {
                continue;
            }
            let v = value(&d);
            if best.as_ref().is_none_or(|(bv, _)| v > *bv) {
                best = Some((v, d));
            }
        }
        match best {
            Some((v, d)) if v >= now => deal = d,
            _ => break,
        }
    }
    finish(deal)
}

fn play_expert(scenario: &Scenario, seed: u64, c: &Constraints) -> Deal {
    let mut start = Deal::new(scenario, seed);
    start.set_quiet(true);
    let mut best = finish(start.clone());
    let mut best_v = value(&best);
    let mut beam = vec![start];
    while !beam.is_empty() {
        let mut next: Vec<(f32, Deal)> = Vec::new();
        for deal in &beam {
            let forced = required(deal, c);
            let options = match forced {
                Some(a) => vec![a],
                None => choices(deal, c),
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
    best
}
