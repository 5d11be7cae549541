//! `Deal::progress`: where the trainee stands in the five steps, from their own actions and
//! beliefs only, never from the hidden truth. The game's checklist and `play`'s `steps` command
//! both show it, so the rule lives here once.

use super::Action;
use super::deal::Deal;
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::tr;

/// One of the five steps, as far as the trainee has worked on it.
#[derive(Debug, Clone, PartialEq)]
pub struct StepProgress {
    /// 1-5.
    pub step: u8,
    pub name: String,
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
        let lang = self.sc.lang();
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
            name: tr!(lang, "step-1-name"),
            done: !due.is_empty() && in_time == due.len(),
            detail: if due.is_empty() {
                tr!(lang, "step-1-nobody")
            } else {
                tr!(lang, "step-1-detail", in_time = in_time, due = due.len())
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
            name: tr!(lang, "step-2-name"),
            done: !with_vote.is_empty() && worked == with_vote.len(),
            detail: tr!(
                lang,
                "step-2-detail",
                worked = worked,
                departments = with_vote.len()
            ),
        };

        // Step 3: the power map filled in for the people known.
        let mapped = visible
            .iter()
            .filter(|&&i| !self.beliefs[i].roles.is_empty() && self.beliefs[i].stance.is_some())
            .count();
        let step3 = StepProgress {
            step: 3,
            name: tr!(lang, "step-3-name"),
            done: mapped > 0 && mapped * 2 >= visible.len(),
            detail: tr!(
                lang,
                "step-3-detail",
                mapped = mapped,
                known = visible.len()
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
            name: tr!(lang, "step-4-name"),
            done: found > 0,
            detail: tr!(lang, "step-4-detail", asked = asked, found = found),
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
            name: tr!(lang, "step-5-name"),
            done: dm_met,
            detail: if marked.is_empty() {
                tr!(lang, "step-5-unmarked")
            } else if dm_met {
                tr!(lang, "step-5-met")
            } else {
                tr!(lang, "step-5-not-met")
            },
        };

        Progress {
            stage: self.stage,
            stage_days: (c.stage_days[self.stage], c.stage_end(self.stage)),
            steps: vec![step1, step2, step3, step4, step5],
        }
    }
}
