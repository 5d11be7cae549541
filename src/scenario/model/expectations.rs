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
            Policy::Oracle => "oracle",
        }
    }
}

impl std::fmt::Display for Policy {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Policy::SkipStep(n) => write!(f, "skip step {n}"),
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
