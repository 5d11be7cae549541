//! `Deal`: the state of one play of a scenario, and `apply`, the one place actions change it.

use rand::SeedableRng;
use rand::rand_core::Rng as _;
use rand_chacha::ChaCha8Rng;

use super::score::Outcome;
use super::{Action, Event, Illegal, Stance};
use crate::scenario::Scenario;
use crate::scenario::compiled::{Acc, Cond, Eff, Ix, PatchC, Rev};
use crate::scenario::model::Weight;

/// The trainee's belief about one person: the power map.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Belief {
    pub roles: u8,
    pub stance: Option<Stance>,
}

/// One applied action, with the day it was taken and how chance fell.
#[derive(Debug, Clone, PartialEq)]
pub struct Logged {
    pub day: u32,
    pub action: Action,
    /// For tactics: whether it succeeded, and whether compliance caught it.
    pub succeeded: bool,
    pub caught: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Person {
    pub roles: u8,
    pub influence: u8,
    pub concerns: Vec<(Ix, f32)>,
    /// (from, strength): who sways this person.
    pub swayed_by: Vec<(Ix, f32)>,
    /// Relationship with each vendor, -100..=100.
    pub affinity: Vec<i32>,
    pub meetings: u32,
    /// (day, log index) of the first meeting or tactic aimed at this person; no log index for
    /// people already met when the deal starts.
    pub first_engaged: Option<(u32, Option<usize>)>,
    pub visible: bool,
    pub questions_left: u32,
    pub asked: Vec<Ix>,
    pub known_concerns: Vec<Ix>,
    pub roles_known: bool,
    pub stance_known: bool,
}

#[derive(Debug, Clone)]
pub(super) struct VendorState {
    pub price: f64,
    pub scores: Vec<f32>,
    pub disqualified: bool,
}

/// What the trainee can see of one person right now (fog of war applied).
#[derive(Debug, Clone, PartialEq)]
pub struct PersonView {
    pub visible: bool,
    pub met: u32,
    pub reachable: Result<(), Illegal>,
    pub questions_left: u32,
    /// Concerns learned so far, with the true weight.
    pub concerns: Vec<(Ix, f32)>,
    pub roles: Option<u8>,
    pub stance: Option<Stance>,
    pub relationship: i32,
    pub belief: Belief,
}

#[derive(Debug, Clone)]
pub struct Deal {
    pub(super) sc: Scenario,
    pub(super) seed: u64,
    rng: ChaCha8Rng,
    pub(super) day: u32,
    pub(super) budget: u32,
    pub(super) stage: usize,
    pub(super) people: Vec<Person>,
    pub(super) vendors: Vec<VendorState>,
    /// For each fact: when it was found (day, log index; None = known from the start).
    pub(super) facts: Vec<Option<(u32, Option<usize>)>>,
    pub(super) tactic_uses: Vec<u32>,
    next_move: usize,
    /// (move index in the file, day, happened) for every move whose day has come.
    pub(super) moves: Vec<(Ix, u32, bool)>,
    pub(super) log: Vec<Logged>,
    pub(super) beliefs: Vec<Belief>,
    pub(super) outcome: Option<Outcome>,
    pub(super) picks: Vec<usize>,
    /// Decide without writing the debrief's words (bots weighing moves); the points are the same.
    pub(super) quiet: bool,
}

/// A uniform draw in [0, 1) from 53 random bits: the same on every platform.
fn unit(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

impl Deal {
    /// Starts a deal. The seed picks the scenario's variations and weight ranges, then drives
    /// every roll of chance, so the same seed and actions always give the same deal.
    pub fn new(scenario: &Scenario, seed: u64) -> Deal {
        let c = scenario.compiled();
        let f = scenario.data();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);

        // Variations first, in file order, so adding a stakeholder does not reshuffle them.
        let mut picks = Vec::with_capacity(c.variations.len());
        let mut patches: Vec<&PatchC> = Vec::new();
        for v in &c.variations {
            let total: u64 = v.alternatives.iter().map(|(w, _)| u64::from(*w)).sum();
            let mut roll = if total == 0 {
                0
            } else {
                rng.next_u64() % total
            };
            let mut pick = 0;
            for (i, (w, _)) in v.alternatives.iter().enumerate() {
                if roll < u64::from(*w) {
                    pick = i;
                    break;
                }
                roll -= u64::from(*w);
            }
            picks.push(pick);
            if let Some((_, ps)) = v.alternatives.get(pick) {
                patches.extend(ps.iter());
            }
        }

        let draw = |w: Weight, rng: &mut ChaCha8Rng| match w {
            Weight::Fixed(v) => v,
            // Rounded to tenths so the debrief can show the number the seed chose.
            Weight::Range(lo, hi) => ((lo + (hi - lo) * unit(rng) as f32) * 10.0).round() / 10.0,
        };

        let mut people: Vec<Person> = c
            .people
            .iter()
            .map(|p| Person {
                roles: p.roles,
                influence: p.influence,
                concerns: Vec::new(),
                swayed_by: Vec::new(),
                affinity: p.affinity.clone(),
                meetings: 0,
                first_engaged: None,
                visible: !p.hidden,
                questions_left: 0,
                asked: Vec::new(),
                known_concerns: Vec::new(),
                roles_known: false,
                stance_known: false,
            })
            .collect();
        let mut concern_weights: Vec<Vec<(Ix, Weight)>> =
            c.people.iter().map(|p| p.concerns.clone()).collect();
        let mut edges: Vec<(Ix, Ix, f32)> = c
            .people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.influences.iter().map(move |&(to, s)| (i, to, s)))
            .collect();
        let mut vendors: Vec<VendorState> = c
            .vendors
            .iter()
            .map(|v| VendorState {
                price: v.price,
                scores: v.scores.clone(),
                disqualified: false,
            })
            .collect();
        for patch in patches {
            match *patch {
                PatchC::Roles(p, r) => people[p].roles = r,
                PatchC::Influence(p, n) => people[p].influence = n,
                PatchC::Disposition(p, d) => people[p].affinity[c.us] = d,
                PatchC::Concern(p, concern, w) => {
                    match concern_weights[p].iter_mut().find(|(ci, _)| *ci == concern) {
                        Some(slot) => slot.1 = w,
                        None => concern_weights[p].push((concern, w)),
                    }
                }
                PatchC::Influences(a, b, s) => {
                    match edges.iter_mut().find(|e| e.0 == a && e.1 == b) {
                        Some(e) => e.2 = s,
                        None => edges.push((a, b, s)),
                    }
                }
                PatchC::Price(v, price) => vendors[v].price = price,
            }
        }
        for (p, ws) in concern_weights.into_iter().enumerate() {
            people[p].concerns = ws
                .into_iter()
                .map(|(ci, w)| (ci, draw(w, &mut rng)))
                .collect();
        }
        for (from, to, s) in edges {
            if s > 0.0 {
                people[to].swayed_by.push((from, s));
            }
        }
        for p in &mut people {
            let total: f32 = p.swayed_by.iter().map(|e| e.1).sum();
            if total > 1.0 {
                for e in &mut p.swayed_by {
                    e.1 /= total;
                }
            }
        }

        let mut deal = Deal {
            sc: scenario.clone(),
            seed,
            rng,
            day: f.start.day,
            budget: f.start.budget,
            stage: 0,
            beliefs: vec![Belief::default(); people.len()],
            people,
            vendors,
            facts: vec![None; c.facts.len()],
            tactic_uses: vec![0; c.tactics.len()],
            next_move: 0,
            moves: Vec::new(),
            log: Vec::new(),
            outcome: None,
            picks,
            quiet: false,
        };
        deal.stage = deal.stage_on(deal.day);
        for &p in &c.start_met {
            deal.people[p].first_engaged = Some((deal.day, None));
            deal.people[p].meetings = 1;
            deal.people[p].visible = true;
            deal.people[p].questions_left = f.pace.questions_per_meeting;
        }
        let mut ignored = Vec::new();
        for &fact in &c.start_facts {
            deal.reveal_fact(fact, None, &mut ignored);
        }
        deal
    }

    fn stage_on(&self, day: u32) -> usize {
        let days = &self.sc.compiled().stage_days;
        days.iter().rposition(|&d| d <= day).unwrap_or(0)
    }

    /// Bots: decide without the debrief's words, which only people read. Points are unchanged.
    pub fn set_quiet(&mut self, quiet: bool) {
        self.quiet = quiet;
    }

    // ----- read access -----

    pub fn scenario(&self) -> &Scenario {
        &self.sc
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn day(&self) -> u32 {
        self.day
    }
    pub fn decision_day(&self) -> u32 {
        self.sc.data().decision.day
    }
    pub fn days_left(&self) -> u32 {
        self.decision_day().saturating_sub(self.day)
    }
    pub fn budget_left(&self) -> u32 {
        self.budget
    }
    pub fn stage(&self) -> usize {
        self.stage
    }
    pub fn is_finished(&self) -> bool {
        self.outcome.is_some()
    }
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }
    pub fn log(&self) -> &[Logged] {
        &self.log
    }
    /// Which alternative the seed picked for each variation.
    pub fn variation_picks(&self) -> &[usize] {
        &self.picks
    }
    pub fn fact_known(&self, fact: Ix) -> bool {
        self.facts.get(fact).is_some_and(Option::is_some)
    }
    /// Facts known, in the order they were found.
    pub fn known_facts(&self) -> Vec<Ix> {
        let mut known: Vec<(Ix, (u32, Option<usize>))> = self
            .facts
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.map(|f| (i, f)))
            .collect();
        known.sort_by_key(|(i, (day, step))| (step.map_or(0, |s| s + 1), *day, *i));
        known.into_iter().map(|(i, _)| i).collect()
    }
    pub fn tactic_used(&self, tactic: Ix) -> bool {
        self.tactic_uses.get(tactic).is_some_and(|&n| n > 0)
    }
    pub fn belief(&self, person: Ix) -> Belief {
        self.beliefs.get(person).copied().unwrap_or_default()
    }
    /// The current price of a vendor's offer (ours or a rival's the trainee has heard of).
    pub fn price(&self, vendor: Ix) -> f64 {
        self.vendors.get(vendor).map_or(0.0, |v| v.price)
    }
    /// Rival moves that have happened and were noticed, as (move index, day).
    pub fn noticed_moves(&self) -> Vec<(Ix, u32)> {
        let c = self.sc.compiled();
        self.moves
            .iter()
            .filter(|(i, _, happened)| {
                *happened && c.moves.iter().any(|m| m.index == *i && m.noticed)
            })
            .map(|&(i, d, _)| (i, d))
            .collect()
    }

    /// What the trainee knows about a person.
    pub fn person(&self, i: Ix) -> Option<PersonView> {
        let p = self.people.get(i)?;
        let weights = &p.concerns;
        Some(PersonView {
            visible: p.visible,
            met: p.meetings,
            reachable: self.can_meet(i),
            questions_left: p.questions_left,
            concerns: p
                .known_concerns
                .iter()
                .filter_map(|&c| weights.iter().find(|w| w.0 == c).copied())
                .collect(),
            roles: p.roles_known.then_some(p.roles),
            stance: p.stance_known.then(|| self.stance_of(i)),
            relationship: p.affinity[self.sc.compiled().us],
            belief: self.belief(i),
        })
    }

    // ----- legality -----

    fn cond_holds(&self, c: &Cond) -> bool {
        match *c {
            Cond::Stage(s) => self.stage == s,
            Cond::Before(s) => self.stage < s,
            Cond::From(s) => self.stage >= s,
            Cond::Known(f) => self.fact_known(f),
            Cond::Met(p) => self.people.get(p).is_some_and(|p| p.meetings > 0),
            Cond::Relationship(p, n) => self
                .people
                .get(p)
                .is_some_and(|p| p.affinity[self.sc.compiled().us] >= n),
            Cond::Used(t) => self.tactic_used(t),
            Cond::NotUsed(t) => !self.tactic_used(t),
        }
    }

    fn can_meet(&self, i: Ix) -> Result<(), Illegal> {
        let p = self.people.get(i).ok_or(Illegal::UnknownPerson(i))?;
        if !p.visible {
            return Err(Illegal::UnknownPerson(i));
        }
        if p.meetings > 0 {
            return Ok(());
        }
        for a in &self.sc.compiled().people[i].access {
            match a {
                Acc::Introduction(by) => {
                    let by_p = &self.people[*by];
                    if by_p.meetings == 0 || by_p.affinity[self.sc.compiled().us] < 0 {
                        return Err(Illegal::NeedsIntroduction(*by));
                    }
                }
                Acc::AfterFact(f) => {
                    if !self.fact_known(*f) {
                        return Err(Illegal::NeedsFact(i, *f));
                    }
                }
                Acc::Stages(list) => {
                    if !list.contains(&self.stage) {
                        return Err(Illegal::WrongStage(list.clone()));
                    }
                }
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
        if !p.visible {
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
                self.time(self.sc.data().pace.meeting_days.max(1))
            }
            Action::Ask(i, q) => {
                if q >= self.sc.data().questions.len() {
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
                if !tc.repeatable && self.tactic_used(t) {
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
            Action::MarkRole(i, ..) | Action::MarkStance(i, _) => match self.people.get(i) {
                Some(p) if p.visible => Ok(()),
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
        let n_q = self.sc.data().questions.len();
        let mut out = Vec::new();
        for (i, p) in self.people.iter().enumerate() {
            if !p.visible {
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
        let n_q = self.sc.data().questions.len();
        for (i, p) in self.people.iter().enumerate() {
            if !p.visible {
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

    // ----- the rules -----

    /// Takes an action. On an illegal action, returns why and leaves the deal untouched.
    pub fn apply(&mut self, action: Action) -> Result<Vec<Event>, Illegal> {
        let mut events = Vec::new();
        self.apply_into(action, &mut events)?;
        Ok(events)
    }

    /// As `apply`, appending to a caller's buffer (lets bots reuse one allocation).
    pub fn apply_into(&mut self, action: Action, ev: &mut Vec<Event>) -> Result<(), Illegal> {
        self.check(&action)?;
        let step = self.log.len();
        self.log.push(Logged {
            day: self.day,
            action,
            succeeded: true,
            caught: false,
        });
        let us = self.sc.compiled().us;
        let days = match action {
            Action::Meet(i) => {
                let sc = self.sc.clone();
                let pace = &sc.data().pace;
                let first = self.people[i].meetings == 0;
                let gain = if first {
                    pace.first_meeting_rapport
                } else {
                    pace.later_meeting_rapport
                };
                let p = &mut self.people[i];
                p.meetings += 1;
                p.questions_left = pace.questions_per_meeting;
                self.engage(i, step);
                ev.push(Event::Met { person: i, first });
                // Meeting again and again does not make a champion: rapport from meetings stops
                // at the cap.
                let now = self.people[i].affinity[us];
                let gain = gain.min((pace.meeting_rapport_cap - now).max(0));
                self.relationship(i, us, gain, ev);
                if first {
                    for &f in &sc.compiled().people[i].meeting_facts {
                        self.reveal_fact(f, Some(step), ev);
                    }
                }
                pace.meeting_days.max(1)
            }
            Action::Ask(i, q) => {
                let p = &mut self.people[i];
                p.questions_left -= 1;
                p.asked.push(q);
                let sc = self.sc.clone();
                let mut answered = false;
                for &(q2, f) in &sc.compiled().people[i].answers {
                    if q2 == q {
                        answered = true;
                        self.reveal_fact(f, Some(step), ev);
                    }
                }
                if !answered {
                    ev.push(Event::NoAnswer {
                        person: i,
                        question: q,
                    });
                }
                0
            }
            Action::AskConcerns(i) => {
                self.people[i].questions_left -= 1;
                if self.sc.compiled().people[i].candid {
                    // A candid person names what weighs at least half as much as their top concern.
                    let top = self.people[i]
                        .concerns
                        .iter()
                        .map(|c| c.1)
                        .fold(0.0f32, f32::max);
                    let named: Vec<(Ix, f32)> = self.people[i]
                        .concerns
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
            Action::Tactic(t) => {
                let sc = self.sc.clone();
                let tc = &sc.compiled().tactics[t];
                self.budget -= tc.budget;
                self.tactic_uses[t] += 1;
                for &p in &tc.target {
                    self.engage(p, step);
                }
                let ok = self.chance(tc.odds);
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
                let caught = self.chance(tc.compliance_risk);
                if caught {
                    ev.push(Event::Caught { tactic: t });
                    self.effects(us, &tc.if_caught, ev);
                }
                let entry = &mut self.log[step];
                entry.succeeded = ok;
                entry.caught = caught;
                tc.days
            }
            Action::MarkRole(i, role, on) => {
                let b = &mut self.beliefs[i];
                if on {
                    b.roles |= role.bit();
                } else {
                    b.roles &= !role.bit();
                }
                ev.push(Event::PowerMapUpdated { person: i });
                0
            }
            Action::MarkStance(i, stance) => {
                self.beliefs[i].stance = stance;
                ev.push(Event::PowerMapUpdated { person: i });
                0
            }
            Action::Wait(n) => n,
            Action::AwaitDecision => self.days_left(),
        };
        self.advance(days, ev);
        Ok(())
    }

    fn chance(&mut self, p: f32) -> bool {
        if p >= 1.0 {
            true
        } else if p <= 0.0 {
            false
        } else {
            unit(&mut self.rng) < f64::from(p)
        }
    }

    fn engage(&mut self, person: Ix, step: usize) {
        let day = self.day;
        let p = &mut self.people[person];
        if p.first_engaged.is_none() {
            p.first_engaged = Some((day, Some(step)));
        }
    }

    fn relationship(&mut self, person: Ix, vendor: Ix, delta: i32, ev: &mut Vec<Event>) {
        let a = &mut self.people[person].affinity[vendor];
        let before = *a;
        *a = (*a + delta).clamp(-100, 100);
        if *a != before {
            ev.push(Event::RelationshipChanged {
                person,
                vendor,
                delta: *a - before,
                now: *a,
            });
        }
    }

    fn learn_concern(&mut self, person: Ix, concern: Ix, weight: f32, ev: &mut Vec<Event>) {
        let p = &mut self.people[person];
        if !p.known_concerns.contains(&concern) {
            p.known_concerns.push(concern);
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
        self.facts[fact] = Some((self.day, step));
        ev.push(Event::Learned { fact });
        let sc = self.sc.clone();
        for r in &sc.compiled().facts[fact].reveals {
            match *r {
                Rev::Concern(p, c) => {
                    let w = self.people[p]
                        .concerns
                        .iter()
                        .find(|x| x.0 == c)
                        .map_or(0.0, |x| x.1);
                    self.learn_concern(p, c, w, ev);
                }
                Rev::Roles(p) => {
                    if !self.people[p].roles_known {
                        self.people[p].roles_known = true;
                        ev.push(Event::RolesLearned { person: p });
                    }
                }
                Rev::Stance(p) => {
                    if !self.people[p].stance_known {
                        self.people[p].stance_known = true;
                        ev.push(Event::StanceLearned { person: p });
                    }
                }
                Rev::Person(p) => {
                    if !self.people[p].visible {
                        self.people[p].visible = true;
                        ev.push(Event::PersonDiscovered { person: p });
                    }
                }
            }
        }
    }

    fn effects(&mut self, vendor: Ix, effects: &[Eff], ev: &mut Vec<Event>) {
        for e in effects {
            match e {
                Eff::Relationship(people, delta) => {
                    for &p in people {
                        self.relationship(p, vendor, *delta, ev);
                    }
                }
                Eff::Score(concern, delta) => {
                    let s = &mut self.vendors[vendor].scores[*concern];
                    *s = (*s + delta).clamp(0.0, 10.0);
                    ev.push(Event::ScoreChanged {
                        vendor,
                        concern: *concern,
                        now: *s,
                    });
                }
                Eff::Price(pct) => {
                    let vc = &self.sc.compiled().vendors[vendor];
                    let floor = if vc.us { vc.floor } else { 0.0 };
                    let v = &mut self.vendors[vendor];
                    let wanted = v.price * (1.0 + f64::from(*pct) / 100.0);
                    v.price = wanted.max(floor).max(0.01);
                    ev.push(Event::PriceChanged {
                        vendor,
                        price: v.price,
                    });
                    if wanted < floor {
                        ev.push(Event::PriceAtFloor { price: v.price });
                    }
                }
                Eff::Disqualify => {
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
        let moves = &sc.compiled().moves;
        while let Some(m) = moves.get(self.next_move) {
            if m.day >= new_day {
                break;
            }
            self.next_move += 1;
            if !m.unless.is_empty() && m.unless.iter().all(|c| self.cond_holds(c)) {
                self.moves.push((m.index, m.day, false));
                if m.noticed {
                    ev.push(Event::RivalMoveBlocked { index: m.index });
                }
                continue;
            }
            let happens = self.chance(m.odds);
            self.moves.push((m.index, m.day, happens));
            if happens {
                if m.noticed {
                    ev.push(Event::RivalMove { index: m.index });
                }
                let mut hidden = Vec::new();
                let sink = if m.noticed { &mut *ev } else { &mut hidden };
                self.effects(m.vendor, &m.effects, sink);
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
