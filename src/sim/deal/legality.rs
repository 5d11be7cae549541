//! What the trainee may do now, and why not.

use super::{Deal, Person};
use crate::scenario::compiled::{CompiledAccess, CompiledCondition, Ix};
use crate::sim::{Action, Illegal};

impl Deal {
    // ----- legality -----

    #[inline(always)]
    pub(super) fn cond_holds(&self, c: &CompiledCondition) -> bool {
        match *c {
            CompiledCondition::Stage(s) => self.stage == s,
            CompiledCondition::Before(s) => self.stage < s,
            CompiledCondition::From(s) => self.stage >= s,
            CompiledCondition::Known(f) => self.fact_known(f),
            CompiledCondition::Met(p) => self.people.get(p).is_some_and(|p| p.meetings > 0),
            CompiledCondition::Relationship(p, n) => {
                p < self.people.len() && self.relationship_of(p, self.sc.compiled().us) >= n
            }
            CompiledCondition::ConcernsAsked(p) => self
                .people
                .get(p)
                .is_some_and(|p| !p.known_concerns.is_empty()),
            CompiledCondition::Used(t) => self.tactic_used(t),
            CompiledCondition::NotUsed(t) => !self.tactic_used(t),
        }
    }

    pub(super) fn can_meet(&self, i: Ix) -> Result<(), Illegal> {
        let p = self.people.get(i).ok_or(Illegal::UnknownPerson(i))?;
        if !self.visible[i] {
            return Err(Illegal::UnknownPerson(i));
        }
        if p.meetings > 0 {
            return Ok(());
        }
        for a in &self.sc.compiled().people[i].access {
            self.access_holds(i, a)?;
        }
        Ok(())
    }

    /// Whether one access rule lets the trainee meet person `i` now, and if not, why.
    fn access_holds(&self, i: Ix, a: &CompiledAccess) -> Result<(), Illegal> {
        match a {
            CompiledAccess::Introduction(by) => {
                let by_p = &self.people[*by];
                if by_p.meetings == 0 || self.relationship_of(*by, self.sc.compiled().us) < 0 {
                    return Err(Illegal::NeedsIntroduction(*by));
                }
            }
            CompiledAccess::AfterFact(f) => {
                if !self.fact_known(*f) {
                    return Err(Illegal::NeedsFact(i, *f));
                }
            }
            CompiledAccess::Stages(list) => {
                if !list.contains(&self.stage) {
                    return Err(Illegal::WrongStage(list.clone()));
                }
            }
            CompiledAccess::AnyOf(list) => {
                let mut why = Vec::with_capacity(list.len());
                for alt in list {
                    match self.access_holds(i, alt) {
                        Ok(()) => return Ok(()),
                        Err(e) => why.push(e),
                    }
                }
                return Err(Illegal::EitherOf(why));
            }
        }
        Ok(())
    }

    fn time(&self, need: u32) -> Result<(), Illegal> {
        let left = self.days_left();
        if need > left {
            Err(Illegal::NotEnoughDays { need, left })
        } else {
            Ok(())
        }
    }

    fn met_with_room(&self, i: Ix) -> Result<&Person, Illegal> {
        let p = self.people.get(i).ok_or(Illegal::UnknownPerson(i))?;
        if !self.visible[i] {
            return Err(Illegal::UnknownPerson(i));
        }
        if p.meetings == 0 {
            return Err(Illegal::NotMet(i));
        }
        if p.questions_left == 0 {
            return Err(Illegal::NoQuestionsLeft(i));
        }
        Ok(p)
    }

    /// Whether `action` may be taken now, and if not, why.
    pub fn check(&self, action: &Action) -> Result<(), Illegal> {
        if self.is_finished() {
            return Err(Illegal::Finished);
        }
        let c = self.sc.compiled();
        match *action {
            Action::Meet(i) => {
                self.can_meet(i)?;
                self.time(self.sc.compiled().pace.meeting_days.max(1))
            }
            Action::Ask(i, q) => {
                if q >= self.sc.compiled().questions {
                    return Err(Illegal::NoSuchThing);
                }
                let p = self.met_with_room(i)?;
                if p.asked.contains(&q) {
                    return Err(Illegal::AlreadyAsked(i, q));
                }
                Ok(())
            }
            Action::AskConcerns(i) => self.met_with_room(i).map(|_| ()),
            Action::Tactic(t) => {
                let tc = c.tactics.get(t).ok_or(Illegal::NoSuchThing)?;
                let may_retry = tc.retry && self.tactic_failed[t];
                if !tc.repeatable && !may_retry && self.tactic_used(t) {
                    return Err(Illegal::AlreadyUsed(t));
                }
                if let Some(r) = tc.requires.iter().find(|r| !self.cond_holds(r)) {
                    return Err(Illegal::Requires(*r));
                }
                if tc.budget > self.budget {
                    return Err(Illegal::NotEnoughBudget {
                        need: tc.budget,
                        left: self.budget,
                    });
                }
                self.time(tc.days)
            }
            Action::MarkRole(i, ..) | Action::MarkStance(i, _) => match self.visible.get(i) {
                Some(true) => Ok(()),
                _ => Err(Illegal::UnknownPerson(i)),
            },
            Action::Wait(0) => Err(Illegal::ZeroWait),
            Action::Wait(n) => self.time(n),
            Action::AwaitDecision => Ok(()),
        }
    }

    /// Every deal action (not power-map edits) for the people the trainee knows of, each with
    /// whether it is allowed now and, if not, why.
    pub fn actions(&self) -> Vec<(Action, Result<(), Illegal>)> {
        let n_q = self.sc.compiled().questions;
        let mut out = Vec::new();
        for (i, p) in self.people.iter().enumerate() {
            if !self.visible[i] {
                continue;
            }
            out.push(Action::Meet(i));
            if p.meetings > 0 {
                out.push(Action::AskConcerns(i));
                out.extend((0..n_q).map(|q| Action::Ask(i, q)));
            }
        }
        out.extend((0..self.tactic_uses.len()).map(Action::Tactic));
        out.push(Action::Wait(1));
        out.push(Action::AwaitDecision);
        out.into_iter().map(|a| (a, self.check(&a))).collect()
    }

    /// The deal actions allowed right now.
    pub fn legal_actions(&self) -> Vec<Action> {
        let mut out = Vec::new();
        self.legal_actions_into(&mut out);
        out
    }

    /// As `legal_actions`, into a caller's buffer (cleared first): the bots' hot path.
    pub fn legal_actions_into(&self, out: &mut Vec<Action>) {
        out.clear();
        if self.is_finished() {
            return;
        }
        let n_q = self.sc.compiled().questions;
        for (i, p) in self.people.iter().enumerate() {
            if !self.visible[i] {
                continue;
            }
            let meet = Action::Meet(i);
            if self.check(&meet).is_ok() {
                out.push(meet);
            }
            if p.meetings > 0 && p.questions_left > 0 {
                out.push(Action::AskConcerns(i));
                out.extend(
                    (0..n_q)
                        .filter(|q| !p.asked.contains(q))
                        .map(|q| Action::Ask(i, q)),
                );
            }
        }
        for t in 0..self.tactic_uses.len() {
            let a = Action::Tactic(t);
            if self.check(&a).is_ok() {
                out.push(a);
            }
        }
        if self.days_left() >= 1 {
            out.push(Action::Wait(1));
        }
        out.push(Action::AwaitDecision);
    }
}
