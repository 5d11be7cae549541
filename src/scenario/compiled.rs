//! The validated scenario with ids resolved to indices, so the engine never looks up a string while
//! it plays. Built by `validate` only from a file that has no errors.
//!
//! Each type is the model's name for what it compiles with `Compiled` in front (`CompiledTactic`
//! for a `Tactic`, `CompiledWhen` for a note's `When`), so a module can glob-import both.

use enumset::EnumSet;

use super::model::{Bound, Pace, Policy, Role, Scoring, Weight};

pub type Ix = usize;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CompiledCondition {
    Stage(Ix),
    Before(Ix),
    From(Ix),
    Known(Ix),
    Met(Ix),
    Relationship(Ix, i32),
    ConcernsAsked(Ix),
    Used(Ix),
    NotUsed(Ix),
}

#[derive(Debug, Clone, PartialEq)]
pub enum CompiledEffect {
    /// Relationship change for these people.
    Relationship(Vec<Ix>, i32),
    Score(Ix, f32),
    Price(f32),
    Budget(f64),
    Disqualify,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CompiledAccess {
    Introduction(Ix),
    AfterFact(Ix),
    Stages(Vec<Ix>),
    AnyOf(Vec<CompiledAccess>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CompiledReveal {
    Concern(Ix, Ix),
    Roles(Ix),
    Stance(Ix),
    Person(Ix),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CompiledMeasure {
    Rated,
    Price(f32),
    Budget(f64),
    Agreement(f32),
}

#[derive(Debug, Clone)]
pub struct CompiledPerson {
    pub department: Option<Ix>,
    pub influence: u8,
    pub roles: EnumSet<Role>,
    /// (concern, weight) pairs.
    pub concerns: Vec<(Ix, Weight)>,
    pub disposition: i32,
    /// Starting relationship with each vendor, by vendor index (ours included).
    pub relationship: Vec<i32>,
    pub access: Vec<CompiledAccess>,
    pub influences: Vec<(Ix, f32)>,
    pub votes: bool,
    pub hidden: bool,
    pub candid: bool,
    pub stages: Vec<Ix>,
    /// Facts told at the first meeting.
    pub meeting_facts: Vec<Ix>,
    /// (question, fact) answers this person gives.
    pub answers: Vec<(Ix, Ix)>,
    /// (fact, relationship): facts this person tells (at a meeting or as an answer) only once
    /// their relationship with us is at least this.
    pub trust: Vec<(Ix, i32)>,
}

impl CompiledPerson {
    /// The relationship this person needs before telling `fact`, if they hold it back.
    pub fn trust_for(&self, fact: Ix) -> Option<i32> {
        self.trust.iter().find(|t| t.0 == fact).map(|t| t.1)
    }
}

impl CompiledPerson {
    /// Whether the person has a say in the decision: they vote, or they sway someone.
    pub fn has_say(&self) -> bool {
        self.votes || !self.influences.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct CompiledVendor {
    pub us: bool,
    pub price: f64,
    /// Ours: the lowest price we may sell at. A rival's: how low it follows our price cuts
    /// (0: it does not answer them).
    pub floor: f64,
    /// (person, relationship gained per day until the trainee meets them).
    pub courts: Vec<(Ix, i32)>,
    /// Score per concern index (rated ones; computed ones are filled at decision time).
    pub scores: Vec<f32>,
}

#[derive(Debug, Clone)]
pub struct CompiledFact {
    pub key: bool,
    pub reveals: Vec<CompiledReveal>,
}

#[derive(Debug, Clone)]
pub struct CompiledTactic {
    pub days: u32,
    pub budget: u32,
    pub target: Vec<Ix>,
    pub requires: Vec<CompiledCondition>,
    pub odds: f32,
    pub effects: Vec<CompiledEffect>,
    pub on_failure: Vec<CompiledEffect>,
    pub compliance_risk: f32,
    pub breaks_policy: bool,
    pub if_caught: Vec<CompiledEffect>,
    pub repeatable: bool,
    pub retry: bool,
    /// Facts learned when it succeeds.
    pub reveals: Vec<Ix>,
    /// What must hold at the decision for its debrief line to show.
    pub debrief_when: Vec<CompiledWhen>,
}

#[derive(Debug, Clone)]
pub struct CompiledCompetitorMove {
    /// Position in the file's `competitor_moves`, for its text.
    pub index: Ix,
    pub vendor: Ix,
    pub day: u32,
    pub odds: f32,
    pub unless: Vec<CompiledCondition>,
    pub effects: Vec<CompiledEffect>,
    pub noticed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CompiledPatch {
    Roles(Ix, EnumSet<Role>),
    Influence(Ix, u8),
    Disposition(Ix, i32),
    Concern(Ix, Ix, Weight),
    Influences(Ix, Ix, f32),
    Price(Ix, f64),
}

#[derive(Debug, Clone)]
pub struct CompiledVariation {
    /// (relative weight, patches) per alternative.
    pub alternatives: Vec<(u32, Vec<CompiledPatch>)>,
}

/// A deal action by indices (the engine's `Action` without the power map).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompiledActionRef {
    Meet(Ix),
    Ask(Ix, Ix),
    AskConcerns(Ix),
    Tactic(Ix),
}

#[derive(Debug, Clone)]
pub struct CompiledExpectation {
    pub policy: Policy,
    pub avoid: Vec<CompiledActionRef>,
    pub require: Vec<CompiledActionRef>,
    pub bound: Bound,
}

/// The decision rule, as the engine uses it.
#[derive(Debug, Clone)]
pub struct CompiledDecision {
    pub day: u32,
    pub consensus: f32,
    pub veto: bool,
    pub veto_margin: f32,
    /// The roles whose holders may veto.
    pub veto_by: EnumSet<Role>,
    pub relationship_weight: f32,
    pub stance_margin: f32,
}

/// A debrief note's condition, by indices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CompiledWhen {
    Won,
    Lost,
    NoDecision,
    Disqualified,
    Used(Ix),
    NotUsed(Ix),
    Met(Ix),
    NotMet(Ix),
    Known(Ix),
    NotKnown(Ix),
    Supporter(Ix),
    Decides(Ix),
    EveryDepartment,
    EveryStageInTime,
    WithinTheRules,
}

#[derive(Debug, Clone)]
pub struct Compiled {
    /// The time rules: meeting days, questions, rapport, hours, the missed-stage rule.
    pub pace: Pace,
    pub decision: CompiledDecision,
    /// Points for each part of the score.
    pub scoring: Scoring,
    pub start_day: u32,
    pub start_budget: u32,
    /// How many questions the scenario lists.
    pub questions: usize,
    pub measures: Vec<CompiledMeasure>,
    pub people: Vec<CompiledPerson>,
    pub vendors: Vec<CompiledVendor>,
    pub us: Ix,
    pub status_quo: Option<Ix>,
    /// The day each stage begins, the follow-up stages (after the decision) last.
    pub stage_days: Vec<u32>,
    /// How many stages happen before the decision (the rest are follow-up service).
    pub deal_stages: usize,
    /// Per stage: whether it is a gate (a bid nobody there worked with is dropped at its end).
    pub gates: Vec<bool>,
    pub facts: Vec<CompiledFact>,
    /// The key facts, in file order (step 4 scores them at every decision).
    pub key_facts: Vec<Ix>,
    /// The people with a say (`CompiledPerson::has_say`), in order, and whether each person has
    /// one (step 3 scores them at every decision).
    pub with_a_say: Vec<Ix>,
    pub has_say: Vec<bool>,
    /// The people of the follow-up stages, in order (the outcome scores the relationship left
    /// with them at every decision).
    pub follow_up: Vec<Ix>,
    pub tactics: Vec<CompiledTactic>,
    /// Sorted by day, stable.
    pub competitor_moves: Vec<CompiledCompetitorMove>,
    pub variations: Vec<CompiledVariation>,
    pub start_facts: Vec<Ix>,
    pub start_met: Vec<Ix>,
    /// People in each department.
    pub department_people: Vec<Vec<Ix>>,
    /// The departments where someone votes (step 2 scores working each, at every decision).
    pub voting_departments: Vec<Ix>,
    /// (person, stage) for each stage before the decision a person is tied to, in order (step 1
    /// scores each, at every decision).
    pub stage_people: Vec<(Ix, Ix)>,
    pub expectations: Vec<CompiledExpectation>,
    /// Debrief notes: (index in `debrief.notes`, conditions).
    pub notes: Vec<(Ix, Vec<CompiledWhen>)>,
}

impl Compiled {
    /// The day a stage ends: the next stage's start, or the decision for the last one before it.
    pub fn stage_end(&self, stage: Ix) -> u32 {
        if stage + 1 < self.deal_stages {
            self.stage_days[stage + 1]
        } else if stage < self.deal_stages {
            self.decision.day
        } else {
            self.stage_days.get(stage + 1).copied().unwrap_or(u32::MAX)
        }
    }
}
