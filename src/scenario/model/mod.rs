//! The RON scenario model: what a trainer writes. Every struct denies unknown fields so a typo is
//! an error with the list of valid names, never a silently ignored line.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod calendar;
mod debrief;
mod expectations;
mod people;
mod tactics;
mod variations;
mod vendors;

pub use calendar::*;
pub use debrief::*;
pub use expectations::*;
pub use people::*;
pub use tactics::*;
pub use variations::*;
pub use vendors::*;

/// Readable string ids (`"han_zong"`, `"tech_proposal"`), checked by validation.
pub type Id = String;

/// The start of the message of a map key written twice (`{"price": 1, "price": 5}`): serde's
/// maps keep the last one silently, so the scenario would not say what the trainer sees.
pub const DUPLICATE_KEY: &str = "duplicate key";

/// A map in which every key appears once.
fn unique_keys<'de, D, V>(d: D) -> Result<BTreeMap<Id, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Unique<V> {
        type Value = BTreeMap<Id, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut m: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((k, v)) = m.next_entry::<Id, V>()? {
                if out.contains_key(&k) {
                    return Err(serde::de::Error::custom(format!(
                        "{DUPLICATE_KEY} \"{}\"",
                        crate::escape::clip(&k, 60)
                    )));
                }
                out.insert(k, v);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Unique(std::marker::PhantomData))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub difficulty: Difficulty,
    /// Expected playing time in minutes, shown in the scenario picker.
    pub minutes: u32,
    pub story: String,
    pub objective: String,
    /// How money is written: a word after the amount (`"yuan"`: "1.5 M yuan") or a symbol before
    /// it (`"$"`: "$1.5 M"). Empty: bare numbers.
    #[serde(default)]
    pub currency: String,
    pub seller: Seller,
    pub buyer: Buyer,
    pub start: Start,
    #[serde(default)]
    pub pace: Pace,
    pub concerns: Vec<Concern>,
    pub departments: Vec<Department>,
    pub stakeholders: Vec<Stakeholder>,
    pub stages: Vec<Stage>,
    pub vendors: Vec<Vendor>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub tactics: Vec<Tactic>,
    #[serde(default)]
    pub competitor_moves: Vec<CompetitorMove>,
    pub decision: Decision,
    #[serde(default)]
    pub scoring: Scoring,
    pub debrief: DebriefTexts,
    #[serde(default)]
    pub variations: Vec<Variation>,
    /// The steps of the five (1-5) this case teaches. `balance` gates each: the five-step
    /// `Student` bot must win at least 90% of deals, and the bot that skips the step at most 30%.
    #[serde(default)]
    pub teaches: Vec<u8>,
    /// What `key-account balance` must find true, so a trainer's CI can gate the scenario.
    #[serde(default)]
    pub expectations: Vec<Expectation>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Difficulty {
    Tutorial,
    Easy,
    #[default]
    Medium,
    Hard,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seller {
    pub company: String,
    pub salesperson: String,
    pub product: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Buyer {
    pub company: String,
    #[serde(default)]
    pub about: String,
}

/// What the salesperson has on day one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    /// Money for tactics (dinners, proposals, trials), in the scenario's currency.
    pub budget: u32,
    #[serde(default)]
    pub day: u32,
    /// Facts the salesperson already knows.
    #[serde(default)]
    pub known_facts: Vec<Id>,
    /// People the salesperson has already met (they can be asked questions at once).
    #[serde(default)]
    pub met: Vec<Id>,
    /// Lines shown on the briefing screen under "what you know on day one".
    #[serde(default)]
    pub briefing: Vec<String>,
}

fn one() -> u32 {
    1
}

fn two() -> u32 {
    2
}

fn five() -> i32 {
    5
}

fn two_i() -> i32 {
    2
}

fn yes() -> bool {
    true
}

fn full_odds() -> f32 {
    1.0
}
