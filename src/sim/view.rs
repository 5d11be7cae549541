//! `PlayerView`: what a trainee sees of a deal, and nothing more. Honest bots are given a view,
//! never the `Deal`, so the type system keeps them from reading the seed's hidden picks, the true
//! roles, stances and concern weights, or the dice to come.
//!
//! What the view hides can be imagined: `sample_world` draws a whole deal that agrees with
//! everything the trainee has seen, from what the scenario file declares possible (variations,
//! weight ranges, the odds of chance). The trainee reads the same file, so that is fair.
//!
//! ```
//! // A policy reads what the trainee sees…
//! fn days_left(view: &key_account::sim::PlayerView) -> u32 {
//!     view.days_left()
//! }
//! ```
//!
//! ```compile_fail
//! // …and cannot reach the deal behind its view.
//! fn peek(view: &key_account::sim::PlayerView) -> u64 {
//!     view.deal.seed()
//! }
//! ```

use std::sync::Arc;

use rand::rand_core::Rng;

use super::deal::{Belief, Deal, Logged, PersonView, Roll, SeenRolls};
use super::{Action, Illegal, Stance};
use crate::scenario::Scenario;
use crate::scenario::compiled::Ix;

/// How many candidate worlds `sample_world` draws before settling for the closest one.
const ATTEMPTS: usize = 12;

/// The trainee's view of a deal. See the module documentation.
#[derive(Clone, Copy)]
pub struct PlayerView<'a> {
    deal: &'a Deal,
}

impl<'a> PlayerView<'a> {
    pub(super) fn new(deal: &'a Deal) -> Self {
        PlayerView { deal }
    }

    /// The scenario file: what may be true (its variations and ranges), not what the seed chose.
    pub fn scenario(&self) -> &'a Scenario {
        self.deal.scenario()
    }
    pub fn day(&self) -> u32 {
        self.deal.day()
    }
    pub fn decision_day(&self) -> u32 {
        self.deal.decision_day()
    }
    pub fn days_left(&self) -> u32 {
        self.deal.days_left()
    }
    pub fn budget_left(&self) -> u32 {
        self.deal.budget_left()
    }
    pub fn stage(&self) -> usize {
        self.deal.stage()
    }
    pub fn is_finished(&self) -> bool {
        self.deal.is_finished()
    }
    /// Every action taken so far, with the day and how the tactics' chances fell.
    pub fn log(&self) -> &'a [Logged] {
        self.deal.log()
    }
    /// What the trainee knows of a person (fog of war applied).
    pub fn person(&self, i: Ix) -> Option<PersonView> {
        self.deal.person(i)
    }
    /// How often the trainee has met a person (None for no such person): `person(i).met`
    /// without building the whole view, for bots that ask it of everyone.
    pub fn met(&self, i: Ix) -> Option<u32> {
        self.deal.people.get(i).map(|p| p.meetings)
    }
    /// The people the trainee knows of.
    pub fn people(&self) -> impl Iterator<Item = (Ix, PersonView)> + 'a {
        let deal = self.deal;
        let stances = std::cell::OnceCell::new();
        (0..deal.scenario().compiled().people.len()).filter_map(move |i| {
            deal.person_with(i, || {
                let all: &Vec<Stance> = stances.get_or_init(|| deal.stances());
                all.get(i).copied().unwrap_or(Stance::Neutral)
            })
            .filter(|p| p.visible)
            .map(|p| (i, p))
        })
    }
    pub fn fact_known(&self, fact: Ix) -> bool {
        self.deal.fact_known(fact)
    }
    /// Facts in the notebook, in the order they were found.
    pub fn known_facts(&self) -> Vec<Ix> {
        self.deal.known_facts()
    }
    /// The log step at which a fact was found (None: known from the start, or not known).
    pub fn found_at(&self, fact: Ix) -> Option<usize> {
        self.deal
            .facts
            .get(fact)
            .copied()
            .flatten()
            .and_then(|f| f.1)
    }
    pub fn tactic_used(&self, tactic: Ix) -> bool {
        self.deal.tactic_used(tactic)
    }
    /// The trainee's power map.
    pub fn belief(&self, person: Ix) -> Belief {
        self.deal.belief(person)
    }
    /// A price as the trainee knows it (see `Deal::known_price`).
    pub fn price(&self, vendor: Ix) -> f64 {
        self.deal.known_price(vendor)
    }
    /// Rival moves the trainee noticed, as (move index, day).
    pub fn noticed_moves(&self) -> Vec<(Ix, u32)> {
        self.deal.noticed_moves()
    }
    /// Whether an action may be taken now, and if not, why. Legality depends only on what the
    /// trainee can see (met people, facts, relationships, the calendar, the budget).
    pub fn check(&self, action: &Action) -> Result<(), Illegal> {
        self.deal.check(action)
    }
    /// The deal actions allowed now, into a caller's buffer.
    pub fn legal_actions_into(&self, out: &mut Vec<Action>) {
        self.deal.legal_actions_into(out)
    }
    /// Whether the trainee engaged a person during a stage (their own history).
    pub fn engaged_in(&self, person: Ix, stage: Ix) -> bool {
        self.deal.engaged_in(person, stage)
    }
    /// Hours of today already spent on questions.
    pub fn hours_used(&self) -> u32 {
        self.deal.hours_used()
    }
    /// The calendar stage a day falls in.
    pub fn stage_on(&self, day: u32) -> usize {
        self.deal.stage_on(day)
    }

    /// A whole deal that agrees with everything this view shows, drawn from what the scenario
    /// declares possible: the variations and weight ranges are drawn afresh, the trainee's log is
    /// re-played with the chances the trainee saw (tactic results, noticed rival moves) and fresh
    /// dice for the rest, and candidates that contradict what was seen (revealed roles, the
    /// relationships, revealed stances, the facts found) are rejected. Learned concern weights are
    /// set to what the trainee learned. The world's future dice are its own.
    pub fn sample_world(&self, rng: &mut impl Rng) -> Deal {
        let real = self.deal;
        let seen = Arc::new(seen_rolls(real));
        // The true stances the trainee has read, worked out once for every attempt.
        let real_stances = real
            .people
            .iter()
            .any(|p| p.stance_known)
            .then(|| real.stances());
        let mut best: Option<(u32, Deal)> = None;
        for _ in 0..ATTEMPTS {
            let mut world = real.with_seed(rng.next_u64());
            world.quiet = true;
            world.seen = Some(seen.clone());
            let mut skipped = 0;
            let mut events = Vec::new();
            for l in real.log() {
                events.clear();
                if world.apply_into(l.action, &mut events).is_err() {
                    skipped += 1;
                }
            }
            world.seen = None;
            world.quiet = real.quiet;
            let misses = 100 * skipped + agree(&mut world, real, real_stances.as_deref());
            if misses == 0 {
                return world;
            }
            if best.as_ref().is_none_or(|b| misses < b.0) {
                best = Some((misses, world));
            }
        }
        match best {
            Some((_, world)) => world,
            // ATTEMPTS is never zero; a sampled world is always found.
            None => real.with_seed(rng.next_u64()),
        }
    }
}

/// The chances the trainee saw fall: every tactic's success and whether compliance caught it,
/// and whether each rival move they notice happened.
fn seen_rolls(real: &Deal) -> SeenRolls {
    let c = real.scenario().compiled();
    let mut rolls = Vec::new();
    for (step, l) in real.log().iter().enumerate() {
        if let Action::Tactic(_) = l.action {
            rolls.push((Roll::Success(step), l.succeeded));
            rolls.push((Roll::Caught(step), l.caught));
        }
    }
    for &(index, _, happened) in &real.moves {
        if c.competitor_moves
            .iter()
            .any(|m| m.index == index && m.noticed)
        {
            rolls.push((Roll::Move(index), happened));
        }
    }
    SeenRolls { rolls }
}

/// Makes a sampled world agree with what the trainee learned of concerns, and counts what it
/// contradicts (zero when the world could be the real one, as far as the trainee can tell).
/// `real_stances`: the real deal's stances, if the trainee has read any.
fn agree(world: &mut Deal, real: &Deal, real_stances: Option<&[Stance]>) -> u32 {
    let us = real.scenario().compiled().us;
    let mut misses = (0..real.people.len())
        .filter(|&i| world.relationship_of(i, us) != real.relationship_of(i, us))
        .count() as u32;
    // The views the world remembers (from its start): its minds now take on what the trainee
    // learned, and only the people whose concerns changed or whom the trainee's moves changed
    // are worked out again (`Deal::concerns_changed`).
    let before = world.remembered();
    let mut learned = Vec::new();
    // A fresh world's minds are its own (its views hold them weakly): changing them copies
    // nothing.
    let minds = Arc::make_mut(&mut world.minds);
    for (i, r) in real.people.iter().enumerate() {
        misses += u32::from(world.visible[i] != real.visible[i]);
        if r.roles_known {
            misses += u32::from(minds.roles[i] != real.minds.roles[i]);
        }
        if !r.known_concerns.is_empty() {
            learned.push(i);
        }
        let concerns = &mut minds.concerns[i];
        for &concern in &r.known_concerns {
            let learned = real.minds.concerns[i]
                .iter()
                .find(|c| c.0 == concern)
                .map(|c| c.1);
            match (concerns.iter_mut().find(|c| c.0 == concern), learned) {
                (Some(slot), Some(weight)) => slot.1 = weight,
                (None, Some(weight)) => {
                    misses += 1;
                    concerns.push((concern, weight));
                }
                _ => {}
            }
        }
        // Only the people who differ are changed: the world's people are shared, in chunks,
        // with the deal it was sampled from until then.
        let w = &world.people[i];
        if w.known_concerns != r.known_concerns
            || w.roles_known != r.roles_known
            || w.stance_known != r.stance_known
        {
            let w = world.people.get_mut(i);
            w.known_concerns.clone_from(&r.known_concerns);
            w.roles_known = r.roles_known;
            w.stance_known = r.stance_known;
        }
    }
    world.concerns_changed(before.as_deref(), &learned);
    misses += world
        .facts
        .iter()
        .zip(real.facts.iter())
        .filter(|(a, b)| a.is_some() != b.is_some())
        .count() as u32;
    if let Some(rs) = real_stances {
        let ws = world.stances();
        misses += real
            .people
            .iter()
            .enumerate()
            .filter(|(i, p)| p.stance_known && ws[*i] != rs[*i])
            .count() as u32;
    }
    misses
}
