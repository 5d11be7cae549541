//! The calendar: the pace of the basic actions, the buyer's stages, and how and when the buyer
//! decides.

use serde::{Deserialize, Serialize};

use super::*;

/// The cost of the basic actions.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pace {
    #[serde(default = "one")]
    pub meeting_days: u32,
    /// Questions a meeting leaves room for; asking more needs another meeting.
    #[serde(default = "two")]
    pub questions_per_meeting: u32,
    /// Relationship gained with a person at the first meeting, and at each later one.
    #[serde(default = "five")]
    pub first_meeting_rapport: i32,
    #[serde(default = "two_i")]
    pub later_meeting_rapport: i32,
    /// Meetings alone raise a relationship no higher than this; beyond it takes tactics.
    #[serde(default = "thirty")]
    pub meeting_rapport_cap: i32,
    /// Working hours in a day. Questions take hours; meetings and tactics whole days.
    #[serde(default = "eight")]
    pub hours_per_day: u32,
    /// Hours a question takes out of the calendar (asking is part of a meeting's time).
    #[serde(default = "one")]
    pub question_hours: u32,
    /// Relationship change for each person whose stage ends before you engaged them during it:
    /// they made up their mind without you. 0 turns the rule off.
    #[serde(default = "minus_fifteen")]
    pub stage_missed: i32,
    /// Whether a stage that passes without you also closes its people's minds: their
    /// relationship with you rises no more (a rival who was there got the reason to decide).
    #[serde(default)]
    pub stage_missed_closes: bool,
    /// Rapport a meeting earns with someone before their first stage has begun: they are not
    /// ready to talk yet.
    #[serde(default)]
    pub before_stage_rapport: i32,
}

fn eight() -> u32 {
    8
}

fn minus_fifteen() -> i32 {
    -15
}

fn thirty() -> i32 {
    30
}

impl Default for Pace {
    fn default() -> Self {
        Pace {
            meeting_days: 1,
            questions_per_meeting: 2,
            first_meeting_rapport: 5,
            later_meeting_rapport: 2,
            meeting_rapport_cap: 30,
            hours_per_day: 8,
            question_hours: 1,
            stage_missed: -15,
            stage_missed_closes: false,
            before_stage_rapport: 0,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: Id,
    pub name: String,
    /// The calendar day the stage begins.
    pub day: u32,
    #[serde(default)]
    pub about: String,
    /// A stage after the decision (follow-up service): it may start after `decision.day`, and
    /// the relationship you leave with its people is the outcome's follow-up score.
    #[serde(default)]
    pub follow_up: bool,
    /// A gate: when this stage ends, a bid that none of its people was worked with during it is
    /// dropped (the shortlist is drawn, the tender closed). Needs people tied to the stage.
    #[serde(default)]
    pub gate: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The day the buyer decides; the deal ends then.
    pub day: u32,
    /// The vendor kept when there is no consensus (the incumbent). None: "no decision".
    #[serde(default)]
    pub status_quo: Option<Id>,
    /// Share of the weighted vote a vendor needs to win, 0-1.
    #[serde(default = "half")]
    pub consensus: f32,
    /// Whether a decision maker blocks a winner they rank well below their own choice.
    #[serde(default = "yes")]
    pub veto: bool,
    /// How far (utility points) below their own choice a winner must fall for a decision maker to
    /// veto it.
    #[serde(default = "one_f")]
    pub veto_margin: f32,
    /// The roles whose holders may veto (when `veto` is on).
    #[serde(default = "veto_roles")]
    pub veto_by: Vec<Role>,
    /// Utility points a full +100 relationship is worth against offers scored 0-10.
    #[serde(default = "relationship_weight")]
    pub relationship_weight: f32,
    /// How far apart (utility points) "supporter" and "opponent" begin.
    #[serde(default = "half")]
    pub stance_margin: f32,
}

impl Decision {
    /// The decision on `day`, every other field as a file that gives only the day reads.
    pub fn on_day(day: u32) -> Decision {
        Decision {
            day,
            status_quo: None,
            consensus: half(),
            veto: yes(),
            veto_margin: one_f(),
            veto_by: veto_roles(),
            relationship_weight: relationship_weight(),
            stance_margin: half(),
        }
    }
}

fn one_f() -> f32 {
    1.0
}

fn veto_roles() -> Vec<Role> {
    vec![Role::DecisionMaker, Role::EconomicBuyer]
}

fn half() -> f32 {
    0.5
}

fn relationship_weight() -> f32 {
    0.05
}
