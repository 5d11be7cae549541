//! The rules: `apply` and everything an action sets off (chance, effects, the calendar).

use std::sync::{Arc, OnceLock};

use super::{Deal, Logged, Roll, unit};
use crate::scenario::compiled::{CompiledCondition, CompiledEffect, CompiledReveal, Ix};
use crate::sim::{Action, Event, Illegal};

impl Deal {
    /// Takes an action. On an illegal action, returns why and leaves the deal untouched.
    pub fn apply(&mut self, action: Action) -> Result<Vec<Event>, Illegal> {
        let mut events = Vec::new();
        self.apply_into(action, &mut events)?;
        Ok(events)
    }

    /// As `apply`, appending to a caller's buffer (lets bots reuse one allocation).
    pub fn apply_into(&mut self, action: Action, ev: &mut Vec<Event>) -> Result<(), Illegal> {
        self.check(&action)?;
        // Whatever the action changes, the views worked out before it no longer hold.
        self.views_now = OnceLock::new();
        let step = self.log.len();
        self.log.push(Logged {
            day: self.day,
            action,
            succeeded: true,
            caught: false,
        });
        let days = match action {
            Action::Meet(i) => self.meet(i, step, ev),
            Action::Ask(i, q) => self.ask(i, q, step, ev),
            Action::AskConcerns(i) => self.ask_concerns(i, ev),
            Action::Tactic(t) => self.tactic(t, step, ev),
            Action::MarkRole(i, role, on) => {
                self.note_marked(i);
                let b = &mut self.beliefs[i];
                if on {
                    b.roles.insert(role);
                } else {
                    b.roles.remove(role);
                }
                ev.push(Event::PowerMapUpdated { person: i });
                0
            }
            Action::MarkStance(i, stance) => {
                self.note_marked(i);
                self.beliefs[i].stance = stance;
                ev.push(Event::PowerMapUpdated { person: i });
                0
            }
            Action::Wait(n) => n,
            Action::AwaitDecision => self.days_left(),
        };
        // Questions take hours; a full day of them moves the calendar on by a day.
        let per_day = self.sc.compiled().pace.hours_per_day.max(1);
        let days = days + self.hours / per_day;
        self.hours %= per_day;
        self.advance(days, ev);
        Ok(())
    }

    /// A meeting: rapport (halving with each later meeting, capped, little before the person's
    /// first stage), their questions, and the facts a first meeting reveals. Returns its days.
    fn meet(&mut self, i: Ix, step: usize, ev: &mut Vec<Event>) -> u32 {
        let us = self.sc.compiled().us;
        let sc = self.sc.clone();
        let pace = &sc.compiled().pace;
        let before = self.people[i].meetings;
        let first = before == 0;
        // Each later meeting brings half the rapport of the one before: meeting again
        // and again does not make a champion.
        let gain = if first {
            pace.first_meeting_rapport
        } else {
            pace.later_meeting_rapport >> (before - 1).min(31)
        };
        // Before their first stage, people are not ready to talk business yet.
        let early = sc.compiled().people[i]
            .stages
            .iter()
            .min()
            .is_some_and(|&s| self.stage < s);
        let gain = if early {
            ev.push(Event::NotYet { person: i });
            gain.min(pace.before_stage_rapport)
        } else {
            gain
        };
        let p = self.person_mut(i);
        p.meetings += 1;
        p.questions_left = pace.questions_per_meeting;
        self.engage(i, step);
        ev.push(Event::Met { person: i, first });
        // Rapport from meetings stops at the cap; beyond it takes tactics.
        let now = self.relationship_of(i, us);
        let gain = gain.min((pace.meeting_rapport_cap - now).max(0));
        self.relationship(i, us, gain, ev);
        // What they tell when you meet: at the first meeting, and what they held back until
        // they trusted you at any meeting after.
        let person = &sc.compiled().people[i];
        let mut held_back = false;
        for &f in &person.meeting_facts {
            let gated = person.trust_for(f);
            if !first && (gated.is_none() || self.fact_known(f)) {
                continue;
            }
            match gated {
                Some(n) if self.relationship_of(i, us) < n => held_back = true,
                _ => self.reveal_fact(f, Some(step), ev),
            }
        }
        if held_back && first {
            ev.push(Event::NotTrusted { person: i });
        }
        pace.meeting_days.max(1)
    }

    /// A question: its hours, and the facts the person answers with.
    fn ask(&mut self, i: Ix, q: Ix, step: usize, ev: &mut Vec<Event>) -> u32 {
        let p = self.person_mut(i);
        p.questions_left -= 1;
        p.asked.push(q);
        self.hours += self.sc.compiled().pace.question_hours;
        let sc = self.sc.clone();
        let person = &sc.compiled().people[i];
        let us = sc.compiled().us;
        let mut answered = false;
        let mut held_back = false;
        for &(q2, f) in &person.answers {
            if q2 == q {
                match person.trust_for(f) {
                    Some(n) if self.relationship_of(i, us) < n => held_back = true,
                    _ => {
                        answered = true;
                        self.reveal_fact(f, Some(step), ev);
                    }
                }
            }
        }
        if held_back && !answered {
            // Not told yet: the question may be asked again once they trust you more.
            let p = self.person_mut(i);
            p.asked.retain(|x| *x != q);
            ev.push(Event::NotTrusted { person: i });
        } else if !answered {
            ev.push(Event::NoAnswer {
                person: i,
                question: q,
            });
        }
        0
    }

    /// Asking what matters to a person: a candid one names their heavier concerns.
    fn ask_concerns(&mut self, i: Ix, ev: &mut Vec<Event>) -> u32 {
        self.person_mut(i).questions_left -= 1;
        self.hours += self.sc.compiled().pace.question_hours;
        if self.sc.compiled().people[i].candid {
            // A candid person names what weighs at least half as much as their top concern.
            let top = self.minds.concerns[i]
                .iter()
                .map(|c| c.1)
                .fold(0.0f32, f32::max);
            let named: Vec<(Ix, f32)> = self.minds.concerns[i]
                .iter()
                .filter(|c| c.1 > 0.0 && c.1 >= top * 0.5)
                .copied()
                .collect();
            let before = ev.len();
            for (concern, weight) in named {
                self.learn_concern(i, concern, weight, ev);
            }
            if ev.len() == before {
                ev.push(Event::NothingNew { person: i });
            }
        } else {
            ev.push(Event::Guarded { person: i });
        }
        0
    }

    /// A tactic: its cost, the roll of success and its effects, the compliance risk. Returns its
    /// days.
    fn tactic(&mut self, t: Ix, step: usize, ev: &mut Vec<Event>) -> u32 {
        let us = self.sc.compiled().us;
        let sc = self.sc.clone();
        let tc = &sc.compiled().tactics[t];
        self.budget -= tc.budget;
        self.tactic_uses[t] += 1;
        for &p in &tc.target {
            self.engage(p, step);
        }
        let ok = self.chance(tc.odds, Roll::Success(step));
        if ok {
            ev.push(Event::TacticSucceeded { tactic: t });
            self.effects(us, &tc.effects, ev);
            for &f in &tc.reveals {
                self.reveal_fact(f, Some(step), ev);
            }
        } else {
            ev.push(Event::TacticFailed { tactic: t });
            self.effects(us, &tc.on_failure, ev);
        }
        let caught = self.chance(tc.compliance_risk, Roll::Caught(step));
        if caught {
            ev.push(Event::Caught { tactic: t });
            self.effects(us, &tc.if_caught, ev);
        }
        let entry = &mut self.log[step];
        entry.succeeded = ok;
        entry.caught = caught;
        self.tactic_failed[t] = !ok;
        tc.days
    }

    fn chance(&mut self, p: f32, roll: Roll) -> bool {
        if p >= 1.0 {
            true
        } else if p <= 0.0 {
            false
        } else if let Some(hit) = self.seen.as_ref().and_then(|s| s.get(roll)) {
            hit
        } else {
            unit(&mut self.rng) < f64::from(p)
        }
    }

    fn engage(&mut self, person: Ix, step: usize) {
        let day = self.day;
        let stage = self.stage.min(63);
        if self.first_engaged[person].is_none() {
            Arc::make_mut(&mut self.first_engaged).engage(person, (day, Some(step)));
        }
        self.person_mut(person).engaged_stages |= 1 << stage;
    }

    fn relationship(&mut self, person: Ix, vendor: Ix, delta: i32, ev: &mut Vec<Event>) {
        if delta > 0 && vendor == self.sc.compiled().us && self.people[person].closed {
            return;
        }
        let before = self.relationship_of(person, vendor);
        let now = (before + delta).clamp(-100, 100);
        if now != before {
            self.set_relationship(person, vendor, now);
            ev.push(Event::RelationshipChanged {
                person,
                vendor,
                delta: now - before,
                now,
            });
        }
    }

    fn learn_concern(&mut self, person: Ix, concern: Ix, weight: f32, ev: &mut Vec<Event>) {
        if !self.people[person].known_concerns.contains(&concern) {
            self.person_mut(person).known_concerns.push(concern);
            ev.push(Event::ConcernLearned {
                person,
                concern,
                weight,
            });
        }
    }

    pub(super) fn reveal_fact(&mut self, fact: Ix, step: Option<usize>, ev: &mut Vec<Event>) {
        if self.facts[fact].is_some() {
            return;
        }
        Arc::make_mut(&mut self.facts)[fact] = Some((self.day, step));
        ev.push(Event::Learned { fact });
        let sc = self.sc.clone();
        for r in &sc.compiled().facts[fact].reveals {
            match *r {
                CompiledReveal::Concern(p, c) => {
                    let w = self.minds.concerns[p]
                        .iter()
                        .find(|x| x.0 == c)
                        .map_or(0.0, |x| x.1);
                    self.learn_concern(p, c, w, ev);
                }
                CompiledReveal::Roles(p) => {
                    if !self.people[p].roles_known {
                        self.person_mut(p).roles_known = true;
                        ev.push(Event::RolesLearned {
                            person: p,
                            roles: self.minds.roles[p],
                        });
                    }
                }
                CompiledReveal::Stance(p) => {
                    if !self.people[p].stance_known {
                        self.person_mut(p).stance_known = true;
                        ev.push(Event::StanceLearned { person: p });
                    }
                }
                CompiledReveal::Person(p) => {
                    if !self.visible[p] {
                        self.visible[p] = true;
                        ev.push(Event::PersonDiscovered { person: p });
                    }
                }
            }
        }
    }

    fn effects(&mut self, vendor: Ix, effects: &[CompiledEffect], ev: &mut Vec<Event>) {
        for e in effects {
            match e {
                CompiledEffect::Relationship(people, delta) => {
                    for &p in people {
                        self.relationship(p, vendor, *delta, ev);
                    }
                }
                CompiledEffect::Score(concern, delta) => {
                    let s = &mut self.vendors[vendor].scores[*concern];
                    *s = (*s + delta).clamp(0.0, 10.0);
                    ev.push(Event::ScoreChanged {
                        vendor,
                        concern: *concern,
                        now: *s,
                    });
                }
                CompiledEffect::Price(pct) => {
                    let vc = &self.sc.compiled().vendors[vendor];
                    let floor = if vc.us { vc.floor } else { 0.0 };
                    let v = &mut self.vendors[vendor];
                    let wanted = v.price * (1.0 + f64::from(*pct) / 100.0);
                    v.price = wanted.max(floor).max(0.01);
                    if vc.us {
                        self.known_price[vendor] = v.price;
                        if *pct < 0.0 {
                            // Every rival with a floor answers a cut of ours the next day.
                            let day = self.day;
                            for (r, rc) in self.sc.compiled().vendors.iter().enumerate() {
                                if !rc.us && rc.floor > 0.0 {
                                    self.price_answers.push((r, *pct, day));
                                }
                            }
                        }
                    }
                    ev.push(Event::PriceChanged {
                        vendor,
                        price: v.price,
                    });
                    if wanted < floor {
                        ev.push(Event::PriceAtFloor { price: v.price });
                    }
                }
                CompiledEffect::Budget(x) => {
                    self.budget_raise += x;
                    ev.push(Event::BudgetRaised { amount: *x });
                }
                CompiledEffect::Disqualify => {
                    if !self.vendors[vendor].disqualified {
                        self.vendors[vendor].disqualified = true;
                        ev.push(Event::Disqualified { vendor });
                    }
                }
            }
        }
    }

    /// Moves the calendar on: rival moves fall due, stages begin, and on the decision day the
    /// buyer decides.
    fn advance(&mut self, days: u32, ev: &mut Vec<Event>) {
        if days == 0 {
            return;
        }
        let new_day = (self.day + days).min(self.decision_day());
        let sc = self.sc.clone();
        let c = sc.compiled();
        let us = c.us;
        self.answer_price_cuts(new_day, ev);
        self.court_the_unmet(new_day);
        let moves = &c.competitor_moves;
        while let Some(m) = moves.get(self.next_move) {
            if m.day >= new_day {
                break;
            }
            self.next_move += 1;
            if !m.unless.is_empty() && m.unless.iter().all(|c| self.cond_holds(c)) {
                self.moves.push((m.index, m.day, false));
                // Named only when something the trainee did countered it (not merely something
                // they did not do).
                if m.noticed
                    && m.unless
                        .iter()
                        .any(|c| !matches!(c, CompiledCondition::NotUsed(_)))
                {
                    ev.push(Event::RivalMoveBlocked { index: m.index });
                }
                continue;
            }
            let happens = self.chance(m.odds, Roll::Move(m.index));
            self.moves.push((m.index, m.day, happens));
            if happens {
                if m.noticed {
                    ev.push(Event::RivalMove { index: m.index });
                }
                let mut hidden = Vec::new();
                let sink = if m.noticed { &mut *ev } else { &mut hidden };
                self.effects(m.vendor, &m.effects, sink);
                if m.noticed {
                    self.known_price[m.vendor] = self.vendors[m.vendor].price;
                }
            }
        }
        // Stages that ended: their people made up their minds, with or without the trainee.
        let missed = c.pace.stage_missed;
        let ends = if self.planning { 0 } else { c.deal_stages };
        for s in self.stage..ends {
            if c.stage_end(s) > new_day {
                break;
            }
            let mut anyone = false;
            for (i, pc) in c.people.iter().enumerate() {
                if !pc.stages.contains(&s) {
                    continue;
                }
                if self.engaged_in(i, s) {
                    anyone = true;
                } else {
                    ev.push(Event::StageMissed {
                        person: i,
                        stage: s,
                    });
                    self.relationship(i, us, missed, ev);
                    self.person_mut(i).closed |= c.pace.stage_missed_closes;
                }
            }
            if c.gates[s] && !anyone && !self.vendors[us].dropped {
                self.vendors[us].dropped = true;
                self.dropped_at = Some(s);
                ev.push(Event::Dropped { stage: s });
            }
        }
        self.day = new_day;
        ev.push(Event::DayPassed { day: new_day });
        let stage = self.stage_on(new_day);
        for s in self.stage + 1..=stage {
            ev.push(Event::StageEntered { stage: s });
        }
        self.stage = stage;
        if self.day >= self.decision_day() {
            let outcome = self.decide();
            ev.push(Event::Decided {
                verdict: outcome.verdict,
            });
            self.outcome = Some(outcome);
        }
    }
}
