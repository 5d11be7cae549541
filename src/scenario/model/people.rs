//! The people: departments, roles, stakeholders (their weights, access and words by stance).

use std::collections::BTreeMap;

use enumset::EnumSet;
use serde::{Deserialize, Serialize};

use super::*;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub id: Id,
    pub name: String,
    /// What this department does and cares about, in the buyer's words.
    #[serde(default)]
    pub function: String,
}

/// A role in the buying decision. Its id (`decision_maker`, as typed in `play` and written in
/// records) comes from the variant's name (strum), so the two cannot drift.
///
/// `EnumSetType` gives `Copy`, `Clone`, `PartialEq` and `Eq`, and makes a person's roles an
/// `EnumSet<Role>`.
#[derive(
    Debug,
    enumset::EnumSetType,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    /// Makes the final decision; may veto.
    DecisionMaker,
    TechnicalBuyer,
    UserBuyer,
    /// Finance or another approver who checks budget and terms.
    Approver,
    /// Wants you to win and tells you how the buyer works.
    Coach,
    /// Controls access to others.
    Gatekeeper,
    /// Outside the formal process (secretary, spouse, friend) but sways someone who decides.
    Influencer,
    /// Owns the budget the deal is paid from; may veto a winner.
    EconomicBuyer,
}

impl Role {
    /// Every role, in the order of the enum.
    pub const ALL: EnumSet<Role> = EnumSet::all();

    /// The role in words: "decision maker", "决策者".
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        match self {
            Role::DecisionMaker => crate::tr!(lang, "role-decision-maker"),
            Role::TechnicalBuyer => crate::tr!(lang, "role-technical-buyer"),
            Role::UserBuyer => crate::tr!(lang, "role-user-buyer"),
            Role::Approver => crate::tr!(lang, "role-approver"),
            Role::Coach => crate::tr!(lang, "role-coach"),
            Role::Gatekeeper => crate::tr!(lang, "role-gatekeeper"),
            Role::Influencer => crate::tr!(lang, "role-influencer"),
            Role::EconomicBuyer => crate::tr!(lang, "role-economic-buyer"),
        }
    }

    /// The id typed in commands: `decision_maker`.
    pub fn id(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    pub id: Id,
    pub name: String,
    pub title: String,
    /// `None` for people outside the org chart (a spouse, a friend) who still sway someone.
    #[serde(default)]
    pub department: Option<Id>,
    /// Formal weight in the decision, 0-10.
    pub influence: u8,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Hidden concerns and their weights; a weight may be a range `(2, 5)` that the seed picks
    /// from.
    #[serde(deserialize_with = "unique_keys")]
    pub concerns: BTreeMap<Id, Weight>,
    /// Starting relationship with the seller, -100 (hostile) to 100 (champion).
    #[serde(default)]
    pub disposition: i32,
    /// Starting relationship with rival vendors, by vendor id.
    #[serde(default, deserialize_with = "unique_keys")]
    pub rivals: BTreeMap<Id, i32>,
    /// All rules must hold before the salesperson can meet this person. Empty: open door.
    #[serde(default)]
    pub access: Vec<Access>,
    /// People this person sways, with a strength 0-1 (how much of their view they pass on).
    #[serde(default, deserialize_with = "unique_keys")]
    pub influences: BTreeMap<Id, f32>,
    /// Whether this person has a say in the decision; defaults to having a department.
    #[serde(default)]
    pub votes: Option<bool>,
    /// Unknown to the salesperson until a fact reveals the person.
    #[serde(default)]
    pub hidden: bool,
    /// Answers "what matters to you?" honestly. Guarded people reveal concerns only through facts.
    #[serde(default = "yes")]
    pub candid: bool,
    /// Purchasing-process stages in which this person matters (step 1 of the five steps).
    #[serde(default)]
    pub stages: Vec<Id>,
    #[serde(default)]
    pub about: String,
    /// What they say when you meet them, by where they stand toward you.
    #[serde(default)]
    pub says: StanceWords,
}

/// A person's words by stance: how they greet you as a supporter, a neutral or an opponent.
/// Each is optional; the trainee reads the mood, the power map is still theirs to mark.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StanceWords {
    #[serde(default)]
    pub supporter: String,
    #[serde(default)]
    pub neutral: String,
    #[serde(default)]
    pub opponent: String,
}

impl StanceWords {
    pub fn is_empty(&self) -> bool {
        self.supporter.is_empty() && self.neutral.is_empty() && self.opponent.is_empty()
    }
}

impl Stakeholder {
    pub fn votes(&self) -> bool {
        self.votes.unwrap_or(self.department.is_some())
    }
}

/// A number, or a range `(low, high)` that the deal's seed picks a value from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Weight {
    Fixed(f32),
    Range(f32, f32),
}

impl Weight {
    pub fn low(self) -> f32 {
        match self {
            Weight::Fixed(v) | Weight::Range(v, _) => v,
        }
    }
    pub fn high(self) -> f32 {
        match self {
            Weight::Fixed(v) | Weight::Range(_, v) => v,
        }
    }
}

impl<'de> Deserialize<'de> for Weight {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Weight;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number like `3` or a range like `(2, 5)`")
            }
            fn visit_f64<E>(self, v: f64) -> Result<Weight, E> {
                Ok(Weight::Fixed(v as f32))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Weight, E> {
                Ok(Weight::Fixed(v as f32))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Weight, E> {
                Ok(Weight::Fixed(v as f32))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut s: A) -> Result<Weight, A::Error> {
                let lo: f32 = s
                    .next_element()?
                    .ok_or_else(|| serde::de::Error::invalid_length(0, &self))?;
                let hi: f32 = s
                    .next_element()?
                    .ok_or_else(|| serde::de::Error::invalid_length(1, &self))?;
                if s.next_element::<f32>()?.is_some() {
                    return Err(serde::de::Error::invalid_length(3, &self));
                }
                Ok(Weight::Range(lo, hi))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Access {
    /// Someone already met, who is not against you, introduces you.
    Introduction(Id),
    /// Only once the salesperson knows this fact (a reason to meet).
    AfterFact(Id),
    /// Only during these stages.
    Stages(Vec<Id>),
    /// Any one of these rules is enough: `AnyOf([Introduction("son"), AfterFact("plan")])`.
    AnyOf(Vec<Access>),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A set of roles serializes as the one number the hand-written bits were (bit n for the
    /// n-th role), so anything that wrote roles reads the same.
    #[test]
    fn roles_serialize_as_the_bits_they_replaced() {
        let roles = Role::DecisionMaker | Role::Coach | Role::EconomicBuyer;
        assert_eq!(serde_json::to_string(&roles).ok().as_deref(), Some("145"));
        assert_eq!(
            serde_json::to_string(&EnumSet::<Role>::empty())
                .ok()
                .as_deref(),
            Some("0")
        );
    }
}
