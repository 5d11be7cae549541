//! Counterfactual debrief: for a finished deal, re-play it from each decision with one different
//! action (taken instead, or taken as well), with the same seed and the rest of the trainee's
//! actions, and report the changes that would have mattered most.

use serde::Serialize;

use super::deal::Deal;
use super::{Action, Verdict};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counterfactual {
    /// Index in the action log of the decision that changes.
    pub step: usize,
    pub day: u32,
    /// The action taken there; `instead` says whether the alternative replaces it or comes before it.
    pub taken: Action,
    pub instead: bool,
    pub alternative: Action,
    pub verdict: Verdict,
    pub score: f32,
    /// Score minus the actual score.
    pub delta: f32,
    pub text: String,
}

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Won => 3,
        Verdict::NoDecision { .. } => 1,
        Verdict::Lost { .. } => 1,
        Verdict::Disqualified { .. } => 0,
    }
}

impl Deal {
    /// Up to `max` alternatives that would have changed the outcome or the score most, best first.
    /// Empty for a deal that is not finished.
    pub fn counterfactuals(&self, max: usize) -> Vec<Counterfactual> {
        let Some(actual) = self.outcome() else {
            return Vec::new();
        };
        let actions: Vec<Action> = self.log().iter().map(|l| l.action).collect();
        let mut found: Vec<Counterfactual> = Vec::new();
        let mut prefix = Deal::new(self.scenario(), self.seed());
        for (k, &taken) in actions.iter().enumerate() {
            if !taken.is_power_map() {
                for alt in prefix.legal_actions() {
                    if alt == taken || matches!(alt, Action::Wait(_) | Action::AwaitDecision) {
                        continue;
                    }
                    // Waiting for the decision cannot be replaced, only preceded.
                    let ways: &[bool] = if taken == Action::AwaitDecision {
                        &[false]
                    } else {
                        &[true, false]
                    };
                    for &instead in ways {
                        let rest = if instead {
                            &actions[k + 1..]
                        } else {
                            &actions[k..]
                        };
                        let Some(o) = replay(&prefix, alt, rest) else {
                            continue;
                        };
                        let delta = o.score.total - actual.score.total;
                        let better_verdict = rank(o.verdict) > rank(actual.verdict);
                        if !(better_verdict || delta > 0.5) {
                            continue;
                        }
                        found.push(Counterfactual {
                            step: k,
                            day: prefix.day(),
                            taken,
                            instead,
                            alternative: alt,
                            verdict: o.verdict,
                            score: o.score.total,
                            delta,
                            text: String::new(),
                        });
                    }
                }
            }
            if prefix.apply(taken).is_err() {
                break;
            }
        }
        // Outcome changes first, then the largest gains; one line per alternative action.
        found.sort_by(|a, b| {
            (rank(b.verdict), b.delta)
                .partial_cmp(&(rank(a.verdict), a.delta))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.step.cmp(&b.step))
        });
        let mut seen = Vec::new();
        found.retain(|c| {
            if seen.contains(&c.alternative) {
                false
            } else {
                seen.push(c.alternative);
                true
            }
        });
        found.truncate(max);
        for c in &mut found {
            c.text = self.counterfactual_text(c, actual.score.total, actual.verdict);
        }
        found
    }

    fn counterfactual_text(
        &self,
        c: &Counterfactual,
        actual_score: f32,
        actual: Verdict,
    ) -> String {
        let f = self.scenario().data();
        let what = lowercase_first(&self.label(&c.alternative));
        let taken = self.label(&c.taken);
        let when = if c.taken == Action::AwaitDecision {
            format!(
                "Had you chosen to {what} on day {} before the decision",
                c.day
            )
        } else if c.instead {
            format!(
                "Had you chosen to {what} on day {} instead of \"{taken}\"",
                c.day
            )
        } else {
            format!(
                "Had you also chosen to {what} on day {}, before \"{taken}\"",
                c.day
            )
        };
        let result = match (c.verdict, actual) {
            (Verdict::Won, Verdict::Won) => "you would still have won".to_string(),
            (Verdict::Won, _) => "you would have won the deal".to_string(),
            (Verdict::Lost { winner }, _) => {
                format!("{} would still have won", f.vendors[winner].name)
            }
            (Verdict::NoDecision { kept: Some(k) }, _) => {
                format!("the buyer would still have kept {}", f.vendors[k].name)
            }
            (Verdict::NoDecision { kept: None }, _) => {
                "the buyer would still have made no decision".to_string()
            }
            (Verdict::Disqualified { .. }, _) => "you would have been disqualified".to_string(),
        };
        format!(
            "{when}, {result}, with a score of {:.0} instead of {:.0}.",
            c.score, actual_score
        )
    }
}

/// Plays `first`, then the rest of the trainee's actions where they are still allowed, then waits
/// for the decision.
fn replay(prefix: &Deal, first: Action, rest: &[Action]) -> Option<super::Outcome> {
    let mut d = prefix.clone();
    let mut events = Vec::new();
    d.apply_into(first, &mut events).ok()?;
    for &a in rest {
        if d.is_finished() {
            break;
        }
        events.clear();
        let _ = d.apply_into(a, &mut events);
    }
    if !d.is_finished() {
        events.clear();
        d.apply_into(Action::AwaitDecision, &mut events).ok()?;
    }
    d.outcome().cloned()
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
