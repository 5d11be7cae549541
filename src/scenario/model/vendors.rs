//! What the buyer weighs and what there is to find out: concerns and how vendors score on them, the
//! vendors, facts and questions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::*;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concern {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub measure: Measure,
}

/// How a vendor's score (0-10) on a concern is found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum Measure {
    /// The trainer rates each vendor in `Vendor::scores`.
    #[default]
    Rated,
    /// From prices: the cheapest offer scores 10, others `10 * (cheapest / price) ^ sensitivity`.
    Price(f32),
    /// 10 while the price is within the limit, falling to 0 at 10% over it.
    Budget(f64),
    /// Coordination: how many of the other people with a vote prefer this offer to the status
    /// quo, on their own concerns: `10 * share ^ exponent` (the status quo: the share whose first
    /// choice it is). A coordinator with this concern keeps the status quo until most agree.
    Agreement(f32),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vendor {
    pub id: Id,
    pub name: String,
    /// Exactly one vendor is the trainee's company.
    #[serde(default)]
    pub us: bool,
    pub price: f64,
    /// The lowest price this vendor sells at. Ours: cost plus minimum margin. A rival with a
    /// floor answers each of our price cuts the next day with the same cut, never below it.
    #[serde(default)]
    pub floor: f64,
    /// Rivals: people this vendor courts, with the relationship it gains each day until the
    /// trainee has met them (a passive start leaves the field to the rivals).
    #[serde(default)]
    pub courts: BTreeMap<Id, i32>,
    /// Scores 0-10 per `Rated` concern.
    #[serde(default, deserialize_with = "unique_keys")]
    pub scores: BTreeMap<Id, f32>,
    #[serde(default)]
    pub about: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: Id,
    pub text: String,
    /// Key facts decide the deal; finding them scores step 4 (active information).
    #[serde(default)]
    pub key: bool,
    /// Every way to learn it; empty means only `start.known_facts` gives it.
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub reveals: Vec<Reveal>,
    /// Debrief line when the trainee never found it.
    #[serde(default)]
    pub missed: String,
    /// What a tactic that needs this fact says is missing, without giving the fact away, e.g.
    /// "what the maintenance reports say". Without it: "something you have not found out yet".
    #[serde(default)]
    pub hint: String,
    /// The words of the person who tells it, in their own voice (a meeting or a question).
    #[serde(default)]
    pub says: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Source {
    /// Told at the first meeting with this person.
    Meeting(Id),
    /// The answer when this person is asked this question.
    Ask(Id, Id),
    /// Learned when this tactic succeeds.
    Tactic(Id),
    /// A person tells it only once their relationship with you is at least this:
    /// `Trusted(30, Ask("wang", "budget"))`, `Trusted(20, Meeting("fang"))`. Asked too early, they
    /// say they are not ready to tell you (and may be asked again later).
    Trusted(i32, Box<Source>),
}

impl Source {
    /// The person who tells the fact in their own words (a meeting or an answer), if anyone.
    pub fn teller(&self) -> Option<&Id> {
        match self {
            Source::Meeting(who) | Source::Ask(who, _) => Some(who),
            Source::Tactic(_) => None,
            Source::Trusted(_, inner) => inner.teller(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reveal {
    /// One concern of one person (the weight shows as low / medium / high).
    Concern(Id, Id),
    /// The person's true buying roles.
    Roles(Id),
    /// The person's current stance toward you.
    Stance(Id),
    /// A hidden person becomes known.
    Person(Id),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Id,
    pub text: String,
}
