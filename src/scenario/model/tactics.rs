//! Tactics (for us) and competitor moves (for a rival): who they aim at, their conditions and their
//! effects.

use serde::{Deserialize, Serialize};

use super::*;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tactic {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub about: String,
    #[serde(default = "one")]
    pub days: u32,
    #[serde(default)]
    pub budget: u32,
    #[serde(default)]
    pub target: Option<Who>,
    /// All must hold for the tactic to be available.
    #[serde(default)]
    pub requires: Vec<Condition>,
    /// Chance of success, 0-1.
    #[serde(default = "full_odds")]
    pub odds: f32,
    #[serde(default)]
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub on_failure: Vec<Effect>,
    /// Chance, 0-1, that the buyer's compliance rules catch it.
    #[serde(default)]
    pub compliance_risk: f32,
    /// Breaks the buyer's or the law's gift and hospitality rules: an ethics failure even if
    /// unseen.
    #[serde(default)]
    pub breaks_policy: bool,
    #[serde(default)]
    pub if_caught: Vec<Effect>,
    #[serde(default)]
    pub repeatable: bool,
    /// May be tried again after it fails (each try costs its days and budget again).
    #[serde(default)]
    pub retry: bool,
    /// Why this tactic matters, shown in the debrief when it was used.
    #[serde(default)]
    pub debrief: String,
    /// The debrief line shows only if these held at the decision too (`When`, as notes take):
    /// for a line that is true only of some deals ("the person who signs").
    #[serde(default)]
    pub debrief_when: Vec<super::When>,
    /// What the target person says when it works (for a department, its first person).
    #[serde(default)]
    pub says: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Who {
    Person(Id),
    Department(Id),
    Everyone,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// The current stage is this one.
    Stage(Id),
    /// The current stage is earlier than this one.
    Before(Id),
    /// The current stage is this one or later.
    From(Id),
    Known(Id),
    Met(Id),
    /// Relationship with the person is at least this.
    Relationship(Id, i32),
    /// The trainee asked the person what matters to them (and learned it): a proposal made to
    /// fit someone needs to know what they value.
    ConcernsAsked(Id),
    Used(Id),
    NotUsed(Id),
}

/// What a tactic (for us) or a competitor move (for that rival) changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    /// The acting vendor's relationship with these people, by this much.
    Relationship(Who, i32),
    /// The acting vendor's score on a rated concern, by this much (scores stay 0-10).
    Score(Id, f32),
    /// The acting vendor's price, by this percentage (-5.0 is a 5% cut).
    Price(f32),
    /// The buyer's budget (every `Budget` concern's limit) rises by this amount (tactics only:
    /// a co-funded pilot, a grant the trainee found).
    Budget(f64),
    /// The buyer excludes the acting vendor.
    Disqualify,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetitorMove {
    pub vendor: Id,
    pub day: u32,
    pub text: String,
    #[serde(default = "full_odds")]
    pub odds: f32,
    /// The move does not happen if all of these hold (the trainee got there first).
    #[serde(default)]
    pub unless: Vec<Condition>,
    pub effects: Vec<Effect>,
    /// Whether the trainee hears of it when it happens.
    #[serde(default = "yes")]
    pub noticed: bool,
}
