//! `Deal`: the state of one play of a scenario. `setup` starts it from a seed, `legality` says what
//! may be done now, `rules` is `apply`, the one place actions change it.

mod legality;
mod people;
mod rivals;
mod rules;
mod setup;

use enumset::EnumSet;
use rand::rand_core::Rng as _;
use std::sync::{Arc, OnceLock};

use rand_chacha::ChaCha8Rng;
use smallvec::SmallVec;

use super::score::Outcome;
use super::views::{Memos, Views};
use super::{Action, Illegal, Stance};
use crate::scenario::compiled::Ix;
use crate::scenario::{Role, Scenario};
use people::{Chunks, People};

/// The trainee's belief about one person: the power map.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Belief {
    pub roles: EnumSet<Role>,
    pub stance: Option<Stance>,
}

/// One applied action, with the day it was taken and how chance fell.
#[derive(Debug, Clone, PartialEq)]
pub struct Logged {
    pub day: u32,
    pub action: Action,
    /// For tactics: whether it succeeded, and whether compliance caught it.
    pub succeeded: bool,
    pub caught: bool,
}

/// A person's few concerns, sways, vendors or questions, kept inline: bots clone whole deals to
/// look ahead, and a heap allocation per person per clone made that the cost of a large deal.
pub(super) type Few<T> = SmallVec<[T; 4]>;

#[derive(Debug, Clone)]
pub(super) struct Person {
    pub meetings: u32,
    pub questions_left: u32,
    pub asked: Few<Ix>,
    pub known_concerns: Few<Ix>,
    pub roles_known: bool,
    pub stance_known: bool,
    /// Bit s: the trainee engaged this person (a meeting, or a tactic aimed at them) during
    /// stage s.
    pub engaged_stages: u64,
    /// A stage of theirs passed without the trainee and closed their mind
    /// (`pace.stage_missed_closes`): their relationship with us rises no more.
    pub closed: bool,
}

/// How each person makes up their mind: their roles, what they weigh, who sways them and how
/// much say they have. Drawn when the deal starts and fixed for the deal (a sampled world only
/// sets the weights the trainee learned), so clones share it. It is kept apart from `Person`, in
/// arrays by person, because the buyer decides at the end of every look-ahead a bot makes, and
/// reading it person by person through their records made that decision the cost of a large
/// deal. Only the concerns differ from seed to seed on most scenarios; the rest is shared with
/// what the file sets up (`setup::Setup`) unless a variation changes it.
#[derive(Debug, Clone)]
pub(super) struct Minds {
    /// The buying roles each person really holds.
    pub roles: Arc<[EnumSet<Role>]>,
    pub concerns: Vec<Few<(Ix, f32)>>,
    /// (from, strength): who sways each person.
    pub swayed_by: Arc<[Few<(Ix, f32)>]>,
    /// Whom each person sways (`swayed_by` the other way round).
    pub sways: Arc<[Few<Ix>]>,
    /// The people who vote (the decision body, with some influence) and the weight of their
    /// vote, in order, and the weights added up in that order.
    pub voters: Arc<[(Ix, f32)]>,
    pub vote_total: f32,
    /// The weight of each person's vote, by person (0: no vote).
    pub vote_weight: Arc<[u32]>,
    /// The voters who hold a role that may veto (`decision.veto_by`), in the voters' order.
    pub vetoers: Arc<[Ix]>,
    /// How many people hold a buying role (step 2's map).
    pub role_holders: usize,
    /// Step 5's key players: the people with a vote who decide or hold the budget, in order.
    pub key_players: Arc<[Ix]>,
    /// The share of each person's view that others sway (their strengths added up in order).
    pub sway_share: Arc<[f32]>,
}

#[derive(Debug, Clone)]
pub(super) struct VendorState {
    pub price: f64,
    pub scores: Vec<f32>,
    pub disqualified: bool,
    /// Dropped at a stage's gate: not considered any more (ours only).
    pub dropped: bool,
}

impl VendorState {
    /// Whether the buyer no longer considers this offer.
    pub fn out(&self) -> bool {
        self.disqualified || self.dropped
    }
}

/// What the trainee can see of one person right now (fog of war applied).
#[derive(Debug, Clone, PartialEq)]
pub struct PersonView {
    pub visible: bool,
    pub met: u32,
    pub reachable: Result<(), Illegal>,
    pub questions_left: u32,
    /// Concerns learned so far, with the true weight.
    pub concerns: Vec<(Ix, f32)>,
    pub roles: Option<EnumSet<Role>>,
    pub stance: Option<Stance>,
    pub relationship: i32,
    pub belief: Belief,
}

#[derive(Debug, Clone)]
pub struct Deal {
    pub(super) sc: Scenario,
    pub(super) seed: u64,
    rng: ChaCha8Rng,
    pub(super) day: u32,
    pub(super) budget: u32,
    pub(super) stage: usize,
    /// Shared between clones, in chunks, until one changes a person (`person_mut`): bots clone
    /// whole deals to look ahead (see `people`).
    pub(super) people: People,
    /// Per person: whether the trainee knows they exist (a hidden person once discovered).
    /// Kept apart from `People`, like `first_engaged`, because every decision reads it for
    /// everyone, and a dense array is read far faster than a field of each record.
    pub(super) visible: Vec<bool>,
    /// Per person: (day, log index) of the first meeting or tactic aimed at them; no log index
    /// for people already met when the deal starts. Shared between copies, in chunks, until one
    /// engages someone new (copied on write): 24 bytes a person were the largest part of a copy.
    pub(super) first_engaged: Arc<Engagements>,
    pub(super) minds: Arc<Minds>,
    /// Each person's relationship with each vendor, -100..=100, by person then vendor (see
    /// `relationship_of`): the one part of a person's mind that actions change.
    /// Shared with copies of the deal and with the views worked out from it until an action
    /// changes one (copied on write).
    pub(super) relationships: Arc<Vec<i32>>,
    pub(super) vendors: Vec<VendorState>,
    /// For each fact: when it was found (day, log index; None = known from the start). Shared
    /// between clones until one finds a fact: a bot's look-ahead copies the deal for every move
    /// it weighs, and a large deal has thousands of facts.
    pub(super) facts: Arc<Vec<Option<(u32, Option<usize>)>>>,
    pub(super) tactic_uses: Vec<u32>,
    /// Whether each tactic's last try failed (a `retry` tactic may be tried again).
    pub(super) tactic_failed: Vec<bool>,
    /// Hours of the current day already spent on questions.
    pub(super) hours: u32,
    /// Rivals' answers to our price cuts: (vendor, percent, day of our cut).
    pub(super) price_answers: Vec<(Ix, f32, u32)>,
    /// The answers rivals gave: (vendor, day, new price).
    pub(super) answered: Vec<(Ix, u32, f64)>,
    /// How far tactics have raised the buyer's budget.
    pub(super) budget_raise: f64,
    /// Looking ahead: the stages' end-of-stage rules (missed people, gates) are left out, as a
    /// trainee who plans will be there in time; the rest of the future plays as usual.
    pub(super) planning: bool,
    /// The gate stage our bid was dropped at, if it was.
    pub(super) dropped_at: Option<Ix>,
    /// Every person's stance when the deal began (step 3 scores turning opponents).
    pub(super) initial_stances: Vec<Stance>,
    /// Step 3's hard cases (`score::hard_cases`), fixed when the deal starts and shared.
    pub(super) hard_cases: Arc<Vec<Ix>>,
    next_move: usize,
    /// (move index in the file, day, happened) for every move whose day has come.
    pub(super) moves: Vec<(Ix, u32, bool)>,
    pub(super) log: Vec<Logged>,
    pub(super) beliefs: Vec<Belief>,
    /// Everyone the trainee ever marked on the power map, in order: a bot's decision scores the
    /// marks by going through these few rather than everyone.
    pub(super) marked: Vec<Ix>,
    pub(super) outcome: Option<Outcome>,
    pub(super) picks: Vec<usize>,
    /// Decide without writing the debrief's words (bots weighing moves); the points are the same.
    pub(super) quiet: bool,
    /// Each vendor's price as the trainee knows it: ours, and rivals' list prices as the file
    /// gives them, changed only by moves the trainee noticed.
    pub(super) known_price: Vec<f64>,
    /// Set only while a sampled world re-plays the trainee's log (`PlayerView::sample_world`):
    /// the rolls of chance the trainee saw, which the world must repeat.
    pub(super) seen: Option<std::sync::Arc<SeenRolls>>,
    /// The buyer's views of recent states of this deal and its copies (`sim::views`).
    pub(super) memos: Memos,
    /// The buyer's views of this very state, once worked out: bots ask for one person's stance
    /// after another. Anything that changes the deal forgets it (`apply_into`,
    /// `set_relationship`, `concerns_changed`).
    pub(super) views_now: OnceLock<Arc<Views>>,
    /// What the file sets up, shared with the worlds sampled from this deal (`setup::Setup`).
    setup: Arc<setup::Setup>,
}

/// When each person was first engaged (day, log index; no log index for people already met
/// when the deal starts), and who was, in order: a bot's decision scores the few engaged rather
/// than going through everyone.
#[derive(Debug, Clone)]
pub(super) struct Engagements {
    at: Chunks<Option<(u32, Option<usize>)>>,
    people: Vec<Ix>,
}

impl Engagements {
    /// Nobody engaged yet (`none`: no one's first engagement, for everyone).
    fn new(none: Chunks<Option<(u32, Option<usize>)>>) -> Self {
        Engagements {
            at: none,
            people: Vec::new(),
        }
    }

    /// Notes a person's first engagement (later ones change nothing).
    fn engage(&mut self, person: Ix, at: (u32, Option<usize>)) {
        if self.at[person].is_none() {
            *self.at.get_mut(person) = Some(at);
            if let Err(k) = self.people.binary_search(&person) {
                self.people.insert(k, person);
            }
        }
    }

    /// Everyone engaged so far, in order.
    pub fn people(&self) -> &[Ix] {
        &self.people
    }
}

impl std::ops::Index<Ix> for Engagements {
    type Output = Option<(u32, Option<usize>)>;

    fn index(&self, person: Ix) -> &Self::Output {
        &self.at[person]
    }
}

/// Where a roll of chance comes from, so a re-play can match it whatever else differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Roll {
    /// A tactic's success, by its step in the log.
    Success(usize),
    /// Whether compliance caught a tactic, by its step in the log.
    Caught(usize),
    /// Whether a rival move happened, by its index in the file.
    Move(Ix),
}

/// The rolls the trainee saw: tactic results and the rival moves they noticed.
#[derive(Debug, Default)]
pub(super) struct SeenRolls {
    pub rolls: Vec<(Roll, bool)>,
}

impl SeenRolls {
    fn get(&self, roll: Roll) -> Option<bool> {
        self.rolls.iter().find(|r| r.0 == roll).map(|r| r.1)
    }
}

/// A uniform draw in [0, 1) from 53 random bits: the same on every platform.
fn unit(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

impl Deal {
    /// Forgets the views remembered (`sim::views`): a test works views out in full this way.
    #[cfg(test)]
    pub(super) fn forget_views(&mut self) {
        self.memos = Memos::default();
        self.views_now = OnceLock::new();
    }

    /// A copy of this deal whose future chance comes from a new generator, seeded from `rng`.
    /// Bots look ahead on forks, so what they foresee is a sample of the future, never the dice
    /// this deal will really roll.
    pub fn fork(&self, rng: &mut impl rand::rand_core::Rng) -> Deal {
        use rand::SeedableRng;
        let mut d = self.clone();
        d.rng = ChaCha8Rng::seed_from_u64(rng.next_u64());
        d
    }

    /// Look-ahead mode: the end-of-stage rules (missed people, gates) no longer apply, so a
    /// move is judged on its merits rather than on a future in which nobody turns up. A quiet
    /// look-ahead's outcome lists no votes (`Outcome::votes`).
    pub fn set_planning(&mut self, planning: bool) {
        self.planning = planning;
    }

    /// What the trainee sees of this deal: the only thing an honest policy is given.
    pub fn view(&self) -> super::PlayerView<'_> {
        super::PlayerView::new(self)
    }

    // ----- read access -----

    pub fn scenario(&self) -> &Scenario {
        &self.sc
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn day(&self) -> u32 {
        self.day
    }
    pub fn decision_day(&self) -> u32 {
        self.sc.compiled().decision.day
    }
    pub fn days_left(&self) -> u32 {
        self.decision_day().saturating_sub(self.day)
    }
    pub fn budget_left(&self) -> u32 {
        self.budget
    }
    pub fn stage(&self) -> usize {
        self.stage
    }
    pub fn is_finished(&self) -> bool {
        self.outcome.is_some()
    }
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }
    pub fn log(&self) -> &[Logged] {
        &self.log
    }
    /// Which alternative the seed picked for each variation.
    pub fn variation_picks(&self) -> &[usize] {
        &self.picks
    }
    pub fn fact_known(&self, fact: Ix) -> bool {
        self.facts.get(fact).is_some_and(|f| f.is_some())
    }
    /// Facts known, in the order they were found.
    pub fn known_facts(&self) -> Vec<Ix> {
        let mut known: Vec<(Ix, (u32, Option<usize>))> = self
            .facts
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.map(|f| (i, f)))
            .collect();
        known.sort_by_key(|(i, (day, step))| (step.map_or(0, |s| s + 1), *day, *i));
        known.into_iter().map(|(i, _)| i).collect()
    }
    pub fn tactic_used(&self, tactic: Ix) -> bool {
        self.tactic_uses.get(tactic).is_some_and(|&n| n > 0)
    }
    /// Whether the trainee engaged a person (met them, or aimed a tactic at them) during a stage.
    pub fn engaged_in(&self, person: Ix, stage: Ix) -> bool {
        stage < 64
            && self
                .people
                .get(person)
                .is_some_and(|p| p.engaged_stages & (1 << stage) != 0)
    }
    /// Hours of today already spent on questions.
    pub fn hours_used(&self) -> u32 {
        self.hours
    }
    /// Rival moves that happened, noticed or not, as (move index, day): what the debrief reveals.
    pub fn happened_moves(&self) -> Vec<(Ix, u32)> {
        self.moves
            .iter()
            .filter(|m| m.2)
            .map(|&(i, d, _)| (i, d))
            .collect()
    }
    pub fn belief(&self, person: Ix) -> Belief {
        self.beliefs.get(person).copied().unwrap_or_default()
    }
    /// Keeps `marked` up to date: a mark on the power map was made on this person.
    pub(super) fn note_marked(&mut self, person: Ix) {
        if let Err(at) = self.marked.binary_search(&person) {
            self.marked.insert(at, person);
        }
    }
    /// The true current price of a vendor's offer (the debrief's fact; see `known_price`).
    pub fn price(&self, vendor: Ix) -> f64 {
        self.vendors.get(vendor).map_or(0.0, |v| v.price)
    }
    /// A vendor's price as the trainee knows it: ours, or a rival's list price changed by the
    /// moves the trainee noticed.
    pub fn known_price(&self, vendor: Ix) -> f64 {
        self.known_price.get(vendor).copied().unwrap_or(0.0)
    }
    /// Rival moves that have happened and were noticed, as (move index, day).
    pub fn noticed_moves(&self) -> Vec<(Ix, u32)> {
        let c = self.sc.compiled();
        self.moves
            .iter()
            .filter(|(i, _, happened)| {
                *happened
                    && c.competitor_moves
                        .iter()
                        .any(|m| m.index == *i && m.noticed)
            })
            .map(|&(i, d, _)| (i, d))
            .collect()
    }

    /// A person to change: copied first if another clone of the deal shares them.
    pub(super) fn person_mut(&mut self, i: Ix) -> &mut Person {
        self.people.get_mut(i)
    }

    /// A person's relationship with a vendor, -100..=100.
    pub(super) fn relationship_of(&self, person: Ix, vendor: Ix) -> i32 {
        self.relationships[person * self.vendors.len() + vendor]
    }

    pub(super) fn set_relationship(&mut self, person: Ix, vendor: Ix, now: i32) {
        let n_v = self.vendors.len();
        self.views_now = OnceLock::new();
        let at = person * n_v + vendor;
        if self.relationships[at] != now {
            Arc::make_mut(&mut self.relationships)[at] = now;
        }
    }

    /// What the trainee knows about a person.
    pub fn person(&self, i: Ix) -> Option<PersonView> {
        self.person_with(i, || self.stance_of(i))
    }

    /// `person`, with the stance (read only if the trainee knows it) from `stance`: a caller
    /// viewing everyone works the stances out once, not once per person.
    pub(super) fn person_with(&self, i: Ix, stance: impl FnOnce() -> Stance) -> Option<PersonView> {
        let p = self.people.get(i)?;
        let weights = &self.minds.concerns[i];
        Some(PersonView {
            visible: self.visible[i],
            met: p.meetings,
            reachable: self.can_meet(i),
            questions_left: p.questions_left,
            concerns: p
                .known_concerns
                .iter()
                .filter_map(|&c| weights.iter().find(|w| w.0 == c).copied())
                .collect(),
            roles: p.roles_known.then_some(self.minds.roles[i]),
            stance: p.stance_known.then(stance),
            relationship: self.relationship_of(i, self.sc.compiled().us),
            belief: self.belief(i),
        })
    }
}
