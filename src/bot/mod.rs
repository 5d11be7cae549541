//! Bots: policies that play the engine, for `balance` reports, the lesson gate and counterfactual
//! debriefs. Each bot has its own seeded generator (the deal keeps its own), so a bot run is fully
//! determined by its seed.
//!
//! Honest bots stand for trainees: they implement `Trainee` and are given a `PlayerView`, never
//! the `Deal`. What they cannot see they imagine with `PlayerView::sample_world`, and they look
//! ahead only on those imagined worlds, whose dice are their own.
//!
//! - `Random` clicks among the allowed actions until the decision.
//! - `Greedy` takes the move that looks best for the decision in sampled worlds.
//! - `Student` follows the five steps; `Student::skipping(step)` is the same trainee with one
//!   step's habit removed.
//! - `Oracle` (in `oracle`) is not a trainee: it searches the real deal, seeing the hidden truth
//!   and the dice. It is an upper bound only.

pub mod balance;
pub mod counterfactual;
mod greedy;
mod lessons;
mod marks;
mod oracle;
mod student;

pub use counterfactual::{Counterfactual, counterfactuals};
pub use greedy::Greedy;
pub use lessons::{Gate, LessonRow, Lessons, wilson};
pub use student::Student;

use rand::SeedableRng;
use rand::rand_core::Rng as _;
use rand_chacha::ChaCha8Rng;

use crate::scenario::compiled::CompiledActionRef;
use crate::scenario::{Policy, Scenario};
use crate::sim::{Action, Deal, PlayerView};

/// What a bot must not do, and what it does as soon as it may.
#[derive(Debug, Clone, Default)]
pub struct Constraints {
    pub avoid: Vec<Action>,
    pub require: Vec<Action>,
}

pub fn action_of(r: CompiledActionRef) -> Action {
    match r {
        CompiledActionRef::Meet(p) => Action::Meet(p),
        CompiledActionRef::Ask(p, q) => Action::Ask(p, q),
        CompiledActionRef::AskConcerns(p) => Action::AskConcerns(p),
        CompiledActionRef::Tactic(t) => Action::Tactic(t),
    }
}

/// One decision of an honest bot: what it sees and what it may do.
pub struct Turn<'a> {
    pub view: PlayerView<'a>,
    /// The deal actions allowed now that the bot is not told to avoid (no power-map edits, no
    /// final wait: those are always allowed).
    pub options: &'a [Action],
}

/// A policy that stands for a trainee: it decides from the trainee's view only.
pub trait Trainee {
    /// The next action. Never called on a finished deal; an action that turns out not to be
    /// allowed ends the bot's play (the buyer then decides).
    fn act(&mut self, turn: &Turn, rng: &mut ChaCha8Rng) -> Action;
}

/// Samples of the future a look-ahead averages over, unless told otherwise. With 6, the ranking
/// of a bot's candidate moves is the same as with 24 in most decisions on the bundled cases (see
/// `docs/lessons.md`); fewer makes it noisy, more makes `balance` slow.
pub const SAMPLES: usize = 6;

/// Beam width of the oracle: lines of play kept at each depth.
pub const BEAM: usize = 6;

/// Moves a search weighs at one decision: more than the bundled cases ever allow at once (37),
/// so there it changes nothing. A deal of hundreds of people allows hundreds of moves, and
/// weighing every one (in every sampled world, or on every line of the oracle's beam) made each
/// decision cost the deal's size squared.
pub const SHORTLIST: usize = 48;

/// The moves to weigh: all of them, or `SHORTLIST` of them drawn at random, in their order.
pub fn shortlist(options: &[Action], rng: &mut ChaCha8Rng) -> Vec<Action> {
    if options.len() <= SHORTLIST {
        return options.to_vec();
    }
    let mut picked: Vec<usize> = (0..options.len()).collect();
    for k in 0..SHORTLIST {
        let j = k + (rng.next_u64() % (picked.len() - k) as u64) as usize;
        picked.swap(k, j);
    }
    picked.truncate(SHORTLIST);
    picked.sort_unstable();
    picked.into_iter().map(|i| options[i]).collect()
}

/// Actions one bot run may take before it is made to wait for the decision (power-map edits are
/// free, so a bot that kept editing would never end).
const MAX_ACTIONS: usize = 2_000;

fn bot_rng(seed: u64, policy: Policy) -> ChaCha8Rng {
    let salt: u64 = match policy {
        Policy::Random => 0x5241_4e44,
        Policy::Greedy => 0x4752_4545,
        Policy::Student => 0x5354_5544,
        Policy::SkipStep(n) => 0x534b_4900 + u64::from(n),
        Policy::Partial(p) => 0x5041_5200 + p as u64,
        Policy::Oracle => 0x4558_5045,
    };
    ChaCha8Rng::seed_from_u64(seed ^ (salt << 32))
}

/// The first required action not yet taken that is allowed now, if any.
fn required(deal: &Deal, c: &Constraints) -> Option<Action> {
    c.require
        .iter()
        .copied()
        .find(|a| !deal.log().iter().any(|l| l.action == *a) && deal.check(a).is_ok())
}

/// Whether every required action was taken.
pub fn honoured(deal: &Deal, c: &Constraints) -> bool {
    c.require
        .iter()
        .all(|a| deal.log().iter().any(|l| l.action == *a))
}

/// The score the trainee would get if the buyer decided now (the final score once decided).
/// Reads the real deal: only the oracle and tests may use it on one.
pub fn value(deal: &Deal) -> f32 {
    if let Some(o) = deal.outcome() {
        return o.score.total;
    }
    let mut d = deal.clone();
    d.set_quiet(true);
    d.set_planning(true);
    let _ = d.apply(Action::AwaitDecision);
    d.outcome().map_or(0.0, |o| o.score.total)
}

/// The policy a `Policy` names, as a trainee that samples `samples` worlds per look-ahead (None
/// for the oracle, which is no trainee).
pub fn trainee(policy: Policy, samples: usize) -> Option<Box<dyn Trainee>> {
    match policy {
        Policy::Random => Some(Box::new(RandomClicks)),
        Policy::Greedy => Some(Box::new(Greedy::new(samples))),
        Policy::Student => Some(Box::new(Student::new().with_samples(samples))),
        Policy::SkipStep(n) => Some(Box::new(Student::skipping(n).with_samples(samples))),
        Policy::Partial(p) => Some(Box::new(Student::partly(p).with_samples(samples))),
        Policy::Oracle => None,
    }
}

/// Plays a whole deal with `policy` and returns it, decided.
/// Plays quietly (no debrief words); re-play the actions on a fresh deal to read the debrief.
pub fn play(scenario: &Scenario, policy: Policy, seed: u64, c: &Constraints) -> Deal {
    play_sampling(scenario, policy, seed, c, SAMPLES)
}

/// As `play`, with the number of worlds the bot samples per look-ahead.
pub fn play_sampling(
    scenario: &Scenario,
    policy: Policy,
    seed: u64,
    c: &Constraints,
    samples: usize,
) -> Deal {
    match trainee(policy, samples) {
        Some(mut t) => {
            let mut deal = Deal::new(scenario, seed);
            deal.set_quiet(true);
            let mut rng = bot_rng(seed, policy);
            play_on(&mut deal, t.as_mut(), &mut rng, c);
            deal
        }
        None => oracle::play(scenario, seed, c, samples),
    }
}

/// Plays `deal` on to the decision with a trainee policy (also from the middle of a deal: the
/// counterfactual search continues a trainee's deal this way).
pub fn play_on(deal: &mut Deal, policy: &mut dyn Trainee, rng: &mut ChaCha8Rng, c: &Constraints) {
    let mut options = Vec::with_capacity(64);
    let mut events = Vec::with_capacity(32);
    let mut taken = 0;
    while !deal.is_finished() {
        let action = match required(deal, c) {
            Some(a) => a,
            None if taken >= MAX_ACTIONS => Action::AwaitDecision,
            None => {
                deal.legal_actions_into(&mut options);
                options.retain(|a| !matches!(a, Action::AwaitDecision) && !c.avoid.contains(a));
                let turn = Turn {
                    view: deal.view(),
                    options: &options,
                };
                policy.act(&turn, rng)
            }
        };
        taken += 1;
        events.clear();
        if deal.apply_into(action, &mut events).is_err() {
            break;
        }
    }
    if !deal.is_finished() {
        events.clear();
        let _ = deal.apply_into(Action::AwaitDecision, &mut events);
    }
}

/// `Random`: any allowed action, uniformly; the decision once nothing is left.
struct RandomClicks;

impl Trainee for RandomClicks {
    fn act(&mut self, turn: &Turn, rng: &mut ChaCha8Rng) -> Action {
        if turn.options.is_empty() {
            return Action::AwaitDecision;
        }
        turn.options[(rng.next_u64() % turn.options.len() as u64) as usize]
    }
}

/// How a sampled world ends if the trainee now waits for the decision (planning: the stages'
/// end rules left out, see `Deal::set_planning`): the final score, plus 20 points times how
/// firmly the voters lean to us (`Deal::support`), so a move that helps before it flips a vote
/// still counts.
pub fn outlook(world: &Deal) -> f32 {
    outlook_of(world.clone())
}

/// `outlook` of a world the caller has no more use for (saves a copy of the deal).
fn outlook_of(mut w: Deal) -> f32 {
    w.set_quiet(true);
    w.set_planning(true);
    let mut events = Vec::new();
    if !w.is_finished() {
        let _ = w.apply_into(Action::AwaitDecision, &mut events);
    }
    match w.outcome() {
        Some(o) => o.score.total + 20.0 * o.support,
        None => 20.0 * w.support(),
    }
}
