//! The validated scenario with ids resolved to indices, so the engine never looks up a string while
//! it plays. Built by `validate` only from a file that has no errors.

use super::model::{Bound, Policy, Role, Weight};

pub type Ix = usize;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cond {
    Stage(Ix),
    Before(Ix),
    From(Ix),
    Known(Ix),
    Met(Ix),
    Relationship(Ix, i32),
    Used(Ix),
    NotUsed(Ix),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Eff {
    /// Relationship change for these people.
    Relationship(Vec<Ix>, i32),
    Score(Ix, f32),
    Price(f32),
    Disqualify,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Acc {
    Introduction(Ix),
    AfterFact(Ix),
    Stages(Vec<Ix>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rev {
    Concern(Ix, Ix),
    Roles(Ix),
    Stance(Ix),
    Person(Ix),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MeasureC {
    Rated,
    Price(f32),
    Budget(f64),
}

#[derive(Debug, Clone)]
pub struct PersonC {
    pub department: Option<Ix>,
    pub influence: u8,
    pub roles: u8,
    /// (concern, weight) pairs.
    pub concerns: Vec<(Ix, Weight)>,
    pub disposition: i32,
    /// Starting relationship with each vendor, by vendor index (ours included).
    pub affinity: Vec<i32>,
    pub access: Vec<Acc>,
    pub influences: Vec<(Ix, f32)>,
    pub votes: bool,
    pub hidden: bool,
    pub candid: bool,
    pub stages: Vec<Ix>,
    /// Facts told at the first meeting.
    pub meeting_facts: Vec<Ix>,
    /// (question, fact) answers this person gives.
    pub answers: Vec<(Ix, Ix)>,
}

#[derive(Debug, Clone)]
pub struct VendorC {
    pub us: bool,
    pub price: f64,
    pub floor: f64,
    /// Score per concern index (rated ones; computed ones are filled at decision time).
    pub scores: Vec<f32>,
}

#[derive(Debug, Clone)]
pub struct FactC {
    pub key: bool,
    pub reveals: Vec<Rev>,
}

#[derive(Debug, Clone)]
pub struct TacticC {
    pub days: u32,
    pub budget: u32,
    pub target: Vec<Ix>,
    pub requires: Vec<Cond>,
    pub odds: f32,
    pub effects: Vec<Eff>,
    pub on_failure: Vec<Eff>,
    pub compliance_risk: f32,
    pub breaks_policy: bool,
    pub if_caught: Vec<Eff>,
    pub repeatable: bool,
    /// Facts learned when it succeeds.
    pub reveals: Vec<Ix>,
}

#[derive(Debug, Clone)]
pub struct MoveC {
    /// Position in the file's `competitor_moves`, for its text.
    pub index: Ix,
    pub vendor: Ix,
    pub day: u32,
    pub odds: f32,
    pub unless: Vec<Cond>,
    pub effects: Vec<Eff>,
    pub noticed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PatchC {
    Roles(Ix, u8),
    Influence(Ix, u8),
    Disposition(Ix, i32),
    Concern(Ix, Ix, Weight),
    Influences(Ix, Ix, f32),
    Price(Ix, f64),
}

#[derive(Debug, Clone)]
pub struct VariationC {
    /// (relative weight, patches) per alternative.
    pub alternatives: Vec<(u32, Vec<PatchC>)>,
}

/// A deal action by indices (the engine's `Action` without the power map).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActRef {
    Meet(Ix),
    Ask(Ix, Ix),
    AskConcerns(Ix),
    Tactic(Ix),
}

#[derive(Debug, Clone)]
pub struct ExpectC {
    pub policy: Policy,
    pub avoid: Vec<ActRef>,
    pub require: Vec<ActRef>,
    pub bound: Bound,
}

#[derive(Debug, Clone)]
pub struct Compiled {
    pub measures: Vec<MeasureC>,
    pub people: Vec<PersonC>,
    pub vendors: Vec<VendorC>,
    pub us: Ix,
    pub status_quo: Option<Ix>,
    pub stage_days: Vec<u32>,
    pub facts: Vec<FactC>,
    pub tactics: Vec<TacticC>,
    /// Sorted by day, stable.
    pub moves: Vec<MoveC>,
    pub variations: Vec<VariationC>,
    pub start_facts: Vec<Ix>,
    pub start_met: Vec<Ix>,
    /// People in each department.
    pub department_people: Vec<Vec<Ix>>,
    pub expectations: Vec<ExpectC>,
}

pub fn role_bits(roles: &[Role]) -> u8 {
    roles.iter().fold(0, |acc, r| acc | r.bit())
}
