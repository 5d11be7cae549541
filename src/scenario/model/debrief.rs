//! The score and the debrief: the parts of the score, their points, the debrief texts and the notes
//! shown when their `when` holds.

use serde::{Deserialize, Serialize};

use super::*;

/// The parts of the score: the outcome, the five steps, ethics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Part {
    Outcome,
    PurchasingProcess,
    Organization,
    Stances,
    Information,
    KeyPlayers,
    Ethics,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Outcome,
        Part::PurchasingProcess,
        Part::Organization,
        Part::Stances,
        Part::Information,
        Part::KeyPlayers,
        Part::Ethics,
    ];
    /// A stable id for records and exports (`purchasing_process`), from the variant's name.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The part in words: "1. Purchasing process", "1. 采购流程".
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        match self {
            Part::Outcome => crate::tr!(lang, "part-outcome"),
            Part::PurchasingProcess => crate::tr!(lang, "part-purchasing-process"),
            Part::Organization => crate::tr!(lang, "part-organization"),
            Part::Stances => crate::tr!(lang, "part-stances"),
            Part::Information => crate::tr!(lang, "part-information"),
            Part::KeyPlayers => crate::tr!(lang, "part-key-players"),
            Part::Ethics => crate::tr!(lang, "part-ethics"),
        }
    }

    /// The part of the score for one of the five steps (1-5).
    pub fn of_step(step: u8) -> Option<Part> {
        match step {
            1 => Some(Part::PurchasingProcess),
            2 => Some(Part::Organization),
            3 => Some(Part::Stances),
            4 => Some(Part::Information),
            5 => Some(Part::KeyPlayers),
            _ => None,
        }
    }
}

/// Points for each part of the score; the total is their sum.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    #[serde(default = "forty")]
    pub outcome: u32,
    #[serde(default = "ten")]
    pub purchasing_process: u32,
    #[serde(default = "ten")]
    pub organization: u32,
    #[serde(default = "ten")]
    pub stances: u32,
    #[serde(default = "ten")]
    pub information: u32,
    #[serde(default = "ten")]
    pub key_players: u32,
    #[serde(default = "ten")]
    pub ethics: u32,
}

fn forty() -> u32 {
    40
}

fn ten() -> u32 {
    10
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            outcome: 40,
            purchasing_process: 10,
            organization: 10,
            stances: 10,
            information: 10,
            key_players: 10,
            ethics: 10,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebriefTexts {
    pub won: String,
    pub lost: String,
    pub no_decision: String,
    #[serde(default)]
    pub disqualified: String,
    /// The case's lesson, shown at the top of every debrief.
    pub lesson: String,
    /// Lines shown only when their conditions held, so no text claims what did not happen.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A debrief line with the conditions under which it is true.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    /// All must hold at the decision.
    pub when: Vec<When>,
}

/// What must be true of the finished deal for a note to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum When {
    Won,
    Lost,
    NoDecision,
    Disqualified,
    /// The tactic was used and succeeded.
    Used(Id),
    NotUsed(Id),
    Met(Id),
    NotMet(Id),
    Known(Id),
    NotKnown(Id),
    /// The person supported the trainee at the decision.
    Supporter(Id),
    /// The person holds the decision maker's role in this deal (after the variations): who
    /// signs, when that differs from deal to deal.
    Decides(Id),
    /// The trainee engaged someone in every department with a vote.
    EveryDepartment,
    /// The trainee engaged every person tied to a stage during that stage.
    EveryStageInTime,
    /// No tactic with a compliance risk or against the rules was used.
    WithinTheRules,
}
