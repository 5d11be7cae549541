//! `Deal::progress`: where the trainee stands in the five steps, from their own actions and
//! beliefs only, never from the hidden truth. The game's checklist and `play`'s `steps` command
//! both show it, so the rule lives here once.

use super::Action;
use super::deal::Deal;
use crate::scenario::Role;
use crate::scenario::compiled::Ix;

/// One of the five steps, as far as the trainee has worked on it.
#[derive(Debug, Clone, PartialEq)]
pub struct StepProgress {
    /// 1-5.
    pub step: u8,
    pub name: &'static str,
    /// Whether the trainee has worked on this step enough to tick it.
    pub done: bool,
    /// What the trainee has done, in words.
    pub detail: String,
}

/// Where the deal stands: today's stage and its days, and the five steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub stage: Ix,
    /// The current stage's first day and the day it ends.
    pub stage_days: (u32, u32),
    pub steps: Vec<StepProgress>,
}

impl Deal {
    /// The trainee's progress through the five steps (it never reveals the answers).
    pub fn progress(&self) -> Progress {
        let c = self.sc.compiled();
        let f = self.sc.data();
        let visible: Vec<Ix> = (0..self.people.len())
            .filter(|&i| self.visible[i])
            .collect();
        let met: Vec<Ix> = visible
            .iter()
            .copied()
            .filter(|&i| self.people[i].meetings > 0)
            .collect();

        // Step 1: the people tied to the stages so far, worked during their stage.
        let due: Vec<(Ix, Ix)> = visible
            .iter()
            .flat_map(|&i| c.people[i].stages.iter().map(move |&s| (i, s)))
            .filter(|&(_, s)| s < c.deal_stages && s <= self.stage)
            .collect();
        let in_time = due.iter().filter(|&&(i, s)| self.engaged_in(i, s)).count();
        let step1 = StepProgress {
            step: 1,
            name: "Purchasing process",
            done: !due.is_empty() && in_time == due.len(),
            detail: if due.is_empty() {
                "Nobody you know of matters in the stages so far.".to_string()
            } else {
                format!(
                    "You worked with {in_time} of the {} people who matter in the stages so far, \
                     during their stage.",
                    due.len()
                )
            },
        };

        // Step 2: departments worked.
        let with_vote: Vec<Ix> = (0..f.departments.len())
            .filter(|&d| c.department_people[d].iter().any(|&i| c.people[i].votes))
            .collect();
        let worked = with_vote
            .iter()
            .filter(|&&d| c.department_people[d].iter().any(|i| met.contains(i)))
            .count();
        let step2 = StepProgress {
            step: 2,
            name: "Organization structure",
            done: !with_vote.is_empty() && worked == with_vote.len(),
            detail: format!(
                "You have met people in {worked} of the {} departments with a say.",
                with_vote.len()
            ),
        };

        // Step 3: the power map filled in for the people known.
        let mapped = visible
            .iter()
            .filter(|&&i| !self.beliefs[i].roles.is_empty() && self.beliefs[i].stance.is_some())
            .count();
        let step3 = StepProgress {
            step: 3,
            name: "Functions and stances",
            done: mapped > 0 && mapped * 2 >= visible.len(),
            detail: format!(
                "Your power map has a role and a stance for {mapped} of the {} people you know.",
                visible.len()
            ),
        };

        // Step 4: facts found by asking and acting.
        let found = (0..c.facts.len())
            .filter(|&k| matches!(self.facts[k], Some((_, Some(_)))))
            .count();
        let asked = self
            .log
            .iter()
            .filter(|l| matches!(l.action, Action::Ask(..) | Action::AskConcerns(_)))
            .count();
        let step4 = StepProgress {
            step: 4,
            name: "Active information",
            done: found > 0,
            detail: format!(
                "You asked {} and found {} yourself.",
                count(asked, "question"),
                count(found, "fact")
            ),
        };

        // Step 5: whoever the trainee believes decides, met.
        let dm = Role::DecisionMaker | Role::EconomicBuyer;
        let marked: Vec<Ix> = visible
            .iter()
            .copied()
            .filter(|&i| !self.beliefs[i].roles.is_disjoint(dm))
            .collect();
        let dm_met = marked.iter().any(|i| met.contains(i));
        let step5 = StepProgress {
            step: 5,
            name: "Key players",
            done: dm_met,
            detail: if marked.is_empty() {
                "You have not marked who decides.".to_string()
            } else if dm_met {
                "You have met the person you believe decides.".to_string()
            } else {
                "You have not met the person you believe decides.".to_string()
            },
        };

        Progress {
            stage: self.stage,
            stage_days: (c.stage_days[self.stage], c.stage_end(self.stage)),
            steps: vec![step1, step2, step3, step4, step5],
        }
    }
}

/// "1 question", "2 questions".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
