//! Bot expectations: a policy, the actions it avoids or takes, and a bound on a result over the
//! `balance` runs.

use serde::{Deserialize, Serialize};

use super::*;

/// A claim about how bots fare: a policy (possibly told to avoid or to take certain actions) and
/// a bound on a result over the `balance` runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The lesson in words, printed with the verdict.
    pub about: String,
    pub policy: Policy,
    /// Actions the bot never takes.
    #[serde(default)]
    pub avoid: Vec<ActionRef>,
    /// Actions the bot takes as soon as they are allowed.
    #[serde(default)]
    pub require: Vec<ActionRef>,
    pub expect: Bound,
}

/// A bot. All but `Oracle` play from what a trainee sees (`sim::PlayerView`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Policy {
    /// Clicks at random among the allowed actions until the decision.
    Random,
    /// Takes the move that looks best for the decision, in worlds sampled from what it has seen.
    Greedy,
    /// Follows the five steps, from what it has seen.
    Student,
    /// The `Student` with one step's habit removed (1-5).
    SkipStep(u8),
    /// The `Student` who keeps every habit but plays one halfway, as trainees do: late, a stage
    /// early, half the departments, without the gatekeeper, or without asking the people who
    /// decide what they value.
    Partial(Partial),
    /// Searches ahead on the real deal, seeing the hidden truth and the dice: an upper bound
    /// ("winnable with perfect knowledge and luck"), never what a trainee achieves.
    #[serde(alias = "Expert")]
    Oracle,
}

impl Policy {
    /// The name in reports and JSON: "random", "greedy", "student", "skip", "oracle".
    pub fn name(self) -> &'static str {
        match self {
            Policy::Random => "random",
            Policy::Greedy => "greedy",
            Policy::Student => "student",
            Policy::SkipStep(_) => "skip",
            Policy::Partial(_) => "partial",
            Policy::Oracle => "oracle",
        }
    }
}

/// How a trainee skips a step halfway (`Policy::Partial`). Each belongs to the steps it skips a
/// part of; `balance` gates a taught step on its whole skip and on each of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Partial {
    /// Waits for the customer's news until the first stage in which someone matters has ended,
    /// then plays every habit: a passive start (steps 1 and 4).
    LateStart,
    /// Works each stage's people in the stage before theirs, not while it is on (step 1).
    StageEarly,
    /// Works half the departments (which half, the deal's dice decide) (step 2).
    HalfDepartments,
    /// Works opponents and informal roles, but never a gatekeeper (step 3).
    NoGatekeeper,
    /// Reaches whoever may decide and who sways them, but never asks them anything: not what
    /// matters to them, not what they alone can answer (step 5).
    NotWhatTheyValue,
}

impl Partial {
    pub const ALL: [Partial; 5] = [
        Partial::LateStart,
        Partial::StageEarly,
        Partial::HalfDepartments,
        Partial::NoGatekeeper,
        Partial::NotWhatTheyValue,
    ];

    /// The steps this skips a part of.
    pub fn steps(self) -> &'static [u8] {
        match self {
            Partial::LateStart => &[1, 4],
            Partial::StageEarly => &[1],
            Partial::HalfDepartments => &[2],
            Partial::NoGatekeeper => &[3],
            Partial::NotWhatTheyValue => &[5],
        }
    }

    /// The name in reports and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Partial::LateStart => "late_start",
            Partial::StageEarly => "stage_early",
            Partial::HalfDepartments => "half_departments",
            Partial::NoGatekeeper => "no_gatekeeper",
            Partial::NotWhatTheyValue => "not_what_they_value",
        }
    }

    /// Whether the case has what this skips a part of: a stage before someone's stage, two
    /// departments, a gatekeeper (in any variation), someone who may decide. A variant that
    /// skips nothing plays as the student and is not gated.
    pub fn applies(self, c: &crate::scenario::compiled::Compiled) -> bool {
        use crate::scenario::compiled::CompiledPatch;
        let declared = |role: Role| {
            c.people.iter().any(|p| p.roles.contains(role))
                || c.variations.iter().any(|v| {
                    v.alternatives.iter().any(|(_, patches)| {
                        patches
                            .iter()
                            .any(|x| matches!(x, CompiledPatch::Roles(_, r) if r.contains(role)))
                    })
                })
        };
        match self {
            Partial::LateStart => c.decision.day >= 4,
            Partial::StageEarly => c
                .people
                .iter()
                .any(|p| p.stages.iter().any(|&s| s >= 1 && s < c.deal_stages)),
            Partial::HalfDepartments => {
                c.department_people.iter().filter(|p| !p.is_empty()).count() >= 2
            }
            Partial::NoGatekeeper => declared(Role::Gatekeeper),
            Partial::NotWhatTheyValue => declared(Role::DecisionMaker),
        }
    }

    /// The days a late start waits, from the case's own calendar: until the first stage in
    /// which someone matters has ended (a quarter of the calendar, rounded up, in a case with
    /// no such stage).
    pub fn late_days(c: &crate::scenario::compiled::Compiled) -> u32 {
        c.people
            .iter()
            .flat_map(|p| p.stages.iter())
            .filter(|&&s| s < c.deal_stages)
            .map(|&s| c.stage_end(s))
            .min()
            .unwrap_or(c.decision.day.div_ceil(4))
    }
}

impl std::fmt::Display for Policy {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Policy::SkipStep(n) => write!(f, "skip step {n}"),
            Policy::Partial(p) => write!(f, "partial {}", p.id()),
            p => f.write_str(p.name()),
        }
    }
}

/// A deal action named by ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ActionRef {
    Meet(Id),
    Ask(Id, Id),
    AskConcerns(Id),
    Tactic(Id),
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Bound {
    /// Share of runs won, 0-1.
    WinRateAtMost(f32),
    WinRateAtLeast(f32),
    /// Highest share of the margin kept in any won run, 0-1.
    MarginKeptAtMost(f32),
    /// Average share of the margin kept over the won runs, 0-1 (a deal won near list price).
    MarginAtLeast(f32),
    /// Average total score.
    ScoreAtLeast(f32),
    ScoreAtMost(f32),
    /// Average points of one part of the score (for example `PartAtLeast(Ethics, 10)`).
    PartAtLeast(Part, f32),
    PartAtMost(Part, f32),
}
