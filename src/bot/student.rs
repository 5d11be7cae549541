//! `Student`: a trainee who follows the five steps, from what they see. `Student::skipping(n)` is
//! the same trainee with step n's habit removed, so that `balance` can measure whether a lesson
//! bites: a step bites when the trainee who skips it loses.
//!
//! The habits, one per step:
//! 1. Purchasing process: meets people in the order of the buyer's stages, before their stage ends.
//!    (Skipping it: people in an arbitrary order.)
//! 2. Organization: works every department. (Skipping it: only the department of the first person
//!    met.)
//! 3. Functions and stances: also works opponents and informal roles (coach, gatekeeper, spouse).
//!    (Skipping it: supporters and neutrals with a formal role only.)
//! 4. Active information: asks questions, about concerns first. (Skipping it: asks nothing and
//!    waits for the customer's news.)
//! 5. Key players: reaches whoever may decide and the people who sway them. (Skipping it: never
//!    reaches them.)
//!
//! Tactics are chosen by looking ahead in worlds sampled from the view; the student never takes a
//! tactic with a compliance risk or one that breaks the buyer's rules.

use rand::rand_core::Rng as _;
use rand_chacha::ChaCha8Rng;

use super::{SAMPLES, Trainee, Turn, marks, outlook};
use crate::scenario::Role;
use crate::scenario::compiled::{Compiled, Cond, Ix, PatchC};
use crate::sim::{Action, Illegal, PlayerView, Stance};

/// Outlook points a move must promise to come before the five steps' habits.
const URGENT_GAIN: f32 = 3.0;

/// What the scenario file declares possible about each person, whatever the seed picks.
struct Declared {
    /// Every role the person holds in some variation.
    roles: Vec<u8>,
    /// Whether the person sways someone who may decide.
    sways_decider: Vec<bool>,
}

impl Declared {
    fn of(c: &Compiled) -> Declared {
        let mut roles: Vec<u8> = c.people.iter().map(|p| p.roles).collect();
        let mut edges: Vec<(Ix, Ix)> = c
            .people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.influences.iter().map(move |&(to, _)| (i, to)))
            .collect();
        for v in &c.variations {
            for (_, patches) in &v.alternatives {
                for patch in patches {
                    match *patch {
                        PatchC::Roles(p, r) => roles[p] |= r,
                        PatchC::Influences(a, b, s) if s > 0.0 => edges.push((a, b)),
                        _ => {}
                    }
                }
            }
        }
        let dm = Role::DecisionMaker.bit();
        let mut sways_decider = vec![false; roles.len()];
        for (from, to) in edges {
            if roles[to] & dm != 0 {
                sways_decider[from] = true;
            }
        }
        Declared {
            roles,
            sways_decider,
        }
    }
}

pub struct Student {
    skip: Option<u8>,
    samples: usize,
    declared: Option<Declared>,
    /// Skipping step 2: the one department worked.
    home: Option<Ix>,
    /// Skipping step 1: the arbitrary order people are met in.
    order: Vec<Ix>,
    /// Power-map marks decided, not yet made.
    queue: Vec<Action>,
    /// Whether the stances of the people met have been read before the decision.
    read: bool,
    /// Skipping step 3: the stance the trainee reads for each person this turn.
    reading: Vec<Option<Stance>>,
}

impl Default for Student {
    fn default() -> Self {
        Student::new()
    }
}

impl Student {
    /// The trainee who follows all five steps.
    pub fn new() -> Student {
        Student {
            skip: None,
            samples: SAMPLES,
            declared: None,
            home: None,
            order: Vec::new(),
            queue: Vec::new(),
            read: false,
            reading: Vec::new(),
        }
    }

    /// The trainee who skips one step (1-5) and keeps the other four habits.
    pub fn skipping(step: u8) -> Student {
        Student {
            skip: Some(step),
            ..Student::new()
        }
    }

    /// Worlds sampled per look-ahead.
    pub fn with_samples(mut self, samples: usize) -> Student {
        self.samples = samples.max(1);
        self
    }

    /// The move the look-ahead would pick now, if any (for measuring how many sampled worlds a
    /// stable choice needs: `examples/samples.rs`).
    pub fn lookahead_move(&mut self, turn: &Turn, rng: &mut ChaCha8Rng) -> Option<Action> {
        self.start(&turn.view, rng);
        self.lookahead(&turn.view, turn.options, rng)
            .map(|(_, a)| a)
    }

    fn skips(&self, step: u8) -> bool {
        self.skip == Some(step)
    }

    fn declared(&self) -> &Declared {
        // Set in `act` before any use.
        self.declared
            .as_ref()
            .unwrap_or_else(|| unreachable!("declared is set at the first turn"))
    }

    fn start(&mut self, view: &PlayerView, rng: &mut ChaCha8Rng) {
        if self.declared.is_some() {
            return;
        }
        let c = view.scenario().compiled();
        self.declared = Some(Declared::of(c));
        if self.skips(1) {
            self.order = (0..c.people.len()).collect();
            for i in (1..self.order.len()).rev() {
                self.order
                    .swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
            }
        }
        if self.skips(2) {
            self.home = view
                .people()
                .filter(|(_, p)| p.met > 0)
                .find_map(|(i, _)| c.people[i].department);
        }
    }

    /// Roles the trainee must reckon with for a person: the revealed ones, or all the file allows.
    fn roles(&self, view: &PlayerView, i: Ix) -> u8 {
        view.person(i)
            .and_then(|p| p.roles)
            .unwrap_or(self.declared().roles[i])
    }

    fn may_decide(&self, view: &PlayerView, i: Ix) -> bool {
        self.roles(view, i) & Role::DecisionMaker.bit() != 0
    }

    fn is_key(&self, view: &PlayerView, i: Ix) -> bool {
        self.may_decide(view, i) || self.declared().sways_decider[i]
    }

    fn informal(&self, view: &PlayerView, i: Ix) -> bool {
        let informal = Role::Coach.bit() | Role::Gatekeeper.bit() | Role::Influencer.bit();
        self.roles(view, i) & informal != 0
            || view.scenario().compiled().people[i].department.is_none()
    }

    fn opponent(&self, view: &PlayerView, i: Ix) -> bool {
        self.reading.get(i).copied().flatten() == Some(Stance::Opponent)
            || view.person(i).is_some_and(|p| {
                p.stance == Some(Stance::Opponent)
                    || p.belief.stance == Some(Stance::Opponent)
                    || p.relationship < 0
            })
    }

    /// Skipping step 3: reads everyone's stance this turn, as the stance most sampled worlds
    /// give them, to keep away from the likely opponents.
    fn read_everyone(&mut self, view: &PlayerView, rng: &mut ChaCha8Rng) {
        let n = view.scenario().compiled().people.len();
        let mut tally = vec![[0u32; 3]; n];
        for _ in 0..self.samples {
            let world = view.sample_world(rng);
            for (i, s) in world.stances().into_iter().enumerate() {
                tally[i][Stance::ALL.iter().position(|x| *x == s).unwrap_or(1)] += 1;
            }
        }
        self.reading = tally
            .iter()
            .map(|t| {
                (0..3)
                    .max_by_key(|&k| (t[k], k == 1))
                    .map(|k| Stance::ALL[k])
            })
            .collect();
    }

    /// Whether this trainee's habits let them work on a person at all.
    fn works_on(&self, view: &PlayerView, i: Ix) -> bool {
        let c = view.scenario().compiled();
        match self.skip {
            Some(2) => match self.home {
                Some(home) => c.people[i].department == Some(home),
                None => c.people[i].department.is_some(),
            },
            Some(3) => !self.opponent(view, i) && !self.informal(view, i),
            Some(5) => !self.is_key(view, i),
            _ => true,
        }
    }

    /// Whether the person has a say: they vote, or sway someone.
    fn has_say(view: &PlayerView, i: Ix) -> bool {
        let p = &view.scenario().compiled().people[i];
        p.votes || !p.influences.is_empty()
    }

    /// The day the first of the person's stages that is still open ends (the decision day for
    /// people tied to no stage; far in the future when all their stages are over).
    fn due(view: &PlayerView, i: Ix) -> u32 {
        let c = view.scenario().compiled();
        let stages = &c.people[i].stages;
        if stages.is_empty() {
            return view.decision_day();
        }
        stages
            .iter()
            .map(|&s| {
                c.stage_days
                    .get(s + 1)
                    .copied()
                    .unwrap_or(view.decision_day())
            })
            .filter(|&end| end > view.day())
            .min()
            .unwrap_or(u32::MAX)
    }

    /// Step 4: a question worth asking: what the file says a person can answer that decides the
    /// deal (a key fact) and is not known yet, then what matters to people with a say, then the
    /// other answers not found yet (a trainee reads a title and a department's function and
    /// knows whom to ask what; a bot reads who answers what).
    fn question(&self, view: &PlayerView, options: &[Action]) -> Option<Action> {
        let log = view.log();
        let c = view.scenario().compiled();
        let answer = |key_only: bool| {
            options.iter().copied().find(|a| match *a {
                Action::Ask(i, q) => {
                    self.works_on(view, i)
                        && c.people[i].answers.iter().any(|&(q2, f)| {
                            q2 == q && !view.fact_known(f) && (!key_only || c.facts[f].key)
                        })
                }
                _ => false,
            })
        };
        let concerns = || {
            options.iter().copied().find(|a| match *a {
                Action::AskConcerns(i) => {
                    self.works_on(view, i)
                        && Self::has_say(view, i)
                        && !log.iter().any(|l| l.action == *a)
                }
                _ => false,
            })
        };
        answer(true).or_else(concerns).or_else(|| answer(false))
    }

    /// Whether a person met has a question left worth another meeting.
    fn more_to_ask(&self, view: &PlayerView, i: Ix) -> bool {
        let c = view.scenario().compiled();
        let asked = |a: Action| view.log().iter().any(|l| l.action == a);
        (Self::has_say(view, i) && !asked(Action::AskConcerns(i)))
            || c.people[i]
                .answers
                .iter()
                .any(|&(q, f)| !view.fact_known(f) && !asked(Action::Ask(i, q)))
    }

    /// A first meeting. `urgent`: only people who cannot wait (their stage ends soon, they may
    /// decide or sway who decides, or their department is not yet worked).
    fn first_meeting(
        &mut self,
        view: &PlayerView,
        options: &[Action],
        urgent: bool,
    ) -> Option<Action> {
        self.first_meeting_of(view, options, urgent, false)
    }

    /// A first meeting; with `keys_only`, only with someone who may decide or sways them.
    fn first_meeting_of(
        &mut self,
        view: &PlayerView,
        options: &[Action],
        urgent: bool,
        keys_only: bool,
    ) -> Option<Action> {
        let c = view.scenario().compiled();
        let mut best: Option<((u32, u32, Ix), Ix)> = None;
        for a in options {
            let Action::Meet(i) = *a else { continue };
            if view.person(i).is_none_or(|p| p.met > 0) || !self.works_on(view, i) {
                continue;
            }
            let key = if self.skips(1) {
                // No calendar: the arbitrary order, all at once.
                let pos = self.order.iter().position(|&p| p == i).unwrap_or(i);
                (0, 0, pos)
            } else {
                let due = Self::due(view, i);
                let key_player = !self.skips(5) && self.is_key(view, i);
                let dept_open = c.people[i].department.is_some_and(|d| {
                    !c.department_people[d]
                        .iter()
                        .any(|&j| view.person(j).is_some_and(|p| p.met > 0))
                });
                let soon = due <= view.day() + 3;
                if urgent && !(soon || key_player || (dept_open && !self.skips(2))) {
                    continue;
                }
                if keys_only && !key_player {
                    continue;
                }
                // Who may decide first (a relationship takes time), then by the calendar.
                (u32::from(!key_player), due, i)
            };
            if best.is_none_or(|(k, _)| key < k) {
                best = Some((key, i));
            }
        }
        let (_, i) = best?;
        if self.skips(2) && self.home.is_none() {
            self.home = c.people[i].department;
        }
        Some(Action::Meet(i))
    }

    /// Step 1: someone who matters in the current stage and has not been engaged during it yet:
    /// a tactic aimed at them if one helps, else a meeting.
    fn in_window(
        &self,
        view: &PlayerView,
        options: &[Action],
        rng: &mut ChaCha8Rng,
    ) -> Option<Action> {
        let c = view.scenario().compiled();
        let stage = view.stage();
        let mut due: Vec<Ix> = (0..c.people.len())
            .filter(|&i| {
                c.people[i].stages.contains(&stage)
                    && !view.engaged_in(i, stage)
                    && self.works_on(view, i)
            })
            .collect();
        // Those who matter most first: who may decide, then by formal weight.
        due.sort_by_key(|&i| {
            (
                !self.is_key(view, i),
                std::cmp::Reverse(c.people[i].influence),
            )
        });
        let first = due.first().copied()?;
        let aimed: Vec<Action> = options
            .iter()
            .copied()
            .filter(|a| matches!(*a, Action::Tactic(t) if c.tactics[t].target.contains(&first)))
            .collect();
        if !aimed.is_empty()
            && let Some(a) = self.lookahead_among(view, &aimed, rng, false)
        {
            return Some(a);
        }
        due.into_iter()
            .map(Action::Meet)
            .find(|a| options.contains(a))
    }

    /// A tactic this trainee would consider: ethical, and aimed only at people they work on.
    fn considers(&self, view: &PlayerView, t: Ix) -> bool {
        let tc = &view.scenario().compiled().tactics[t];
        tc.compliance_risk <= 0.0
            && !tc.breaks_policy
            && tc.target.iter().all(|&p| self.works_on(view, p))
    }

    /// The move that most raises the outlook in worlds sampled from the view, if any does: a
    /// tactic (counting the tactic it opens, if it is a step towards one), or another meeting to
    /// build the relationship with someone who has a say.
    fn lookahead(
        &self,
        view: &PlayerView,
        options: &[Action],
        rng: &mut ChaCha8Rng,
    ) -> Option<(f32, Action)> {
        self.lookahead_gain(view, options, rng, false)
    }

    /// Whether a tactic's window closes with the current stage (it needs this stage, or a stage
    /// before the next one).
    fn closing(view: &PlayerView, t: Ix) -> bool {
        let stage = view.stage();
        view.scenario().compiled().tactics[t]
            .requires
            .iter()
            .any(|c| {
                matches!(*c, Cond::Stage(s) if s == stage)
                    || matches!(*c, Cond::Before(s) if s == stage + 1)
            })
    }

    /// The look-ahead over the candidates; with `closing_only`, only tactics whose window closes
    /// with this stage (step 1: do what the stage allows before it ends).
    fn lookahead_among(
        &self,
        view: &PlayerView,
        options: &[Action],
        rng: &mut ChaCha8Rng,
        closing_only: bool,
    ) -> Option<Action> {
        self.lookahead_gain(view, options, rng, closing_only)
            .map(|(_, a)| a)
    }

    /// As `lookahead_among`, with the expected gain of the move.
    fn lookahead_gain(
        &self,
        view: &PlayerView,
        options: &[Action],
        rng: &mut ChaCha8Rng,
        closing_only: bool,
    ) -> Option<(f32, Action)> {
        let candidates: Vec<Action> = options
            .iter()
            .copied()
            .filter(|a| match *a {
                Action::Tactic(t) => {
                    self.considers(view, t) && (!closing_only || Self::closing(view, t))
                }
                // Ignoring the calendar, a trainee does not time meetings to stages either.
                Action::Meet(_) if closing_only || self.skips(1) => false,
                Action::Meet(i) => view
                    .person(i)
                    .is_some_and(|p| p.met > 0 && self.works_on(view, i) && Self::has_say(view, i)),
                _ => false,
            })
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let worlds: Vec<_> = (0..self.samples).map(|_| view.sample_world(rng)).collect();
        let n = worlds.len() as f32;
        let base: f32 = worlds.iter().map(outlook).sum::<f32>() / n;
        let n_t = view.scenario().compiled().tactics.len();
        let mut best: Option<(f32, Action)> = None;
        let mut events = Vec::new();
        for a in candidates {
            let mut total = 0.0;
            for w in &worlds {
                let mut after = w.clone();
                events.clear();
                if after.apply_into(a, &mut events).is_err() {
                    total += base;
                    continue;
                }
                let mut v = outlook(&after);
                if let Action::Tactic(_) = a {
                    // A step towards another tactic is worth what that tactic brings.
                    for t2 in 0..n_t {
                        let next = Action::Tactic(t2);
                        if self.considers(view, t2)
                            && w.check(&next).is_err()
                            && after.check(&next).is_ok()
                        {
                            let mut then = after.clone();
                            events.clear();
                            if then.apply_into(next, &mut events).is_ok() {
                                v = v.max(outlook(&then));
                            }
                        }
                    }
                }
                total += v;
            }
            let gain = total / n - base;
            if gain > 0.05 && best.is_none_or(|(g, _)| gain > g) {
                best = Some((gain, a));
            }
        }
        best
    }

    /// Another meeting with someone met, for the questions still worth asking.
    fn meet_again(&self, view: &PlayerView, options: &[Action]) -> Option<Action> {
        if view.days_left() < 2 {
            return None;
        }
        options.iter().copied().find(|a| match *a {
            Action::Meet(i) => view.person(i).is_some_and(|p| {
                p.met > 0
                    && p.questions_left == 0
                    && self.works_on(view, i)
                    && self.more_to_ask(view, i)
            }),
            _ => false,
        })
    }

    /// Whether a day's wait opens something: a person seen only in a later stage, a tactic
    /// that needs a later stage, or (step 1) people who matter in a stage still to come.
    fn worth_waiting(&self, view: &PlayerView) -> bool {
        if view.days_left() == 0 {
            return false;
        }
        let c = view.scenario().compiled();
        let stage = view.stage();
        if !self.skips(1)
            && (0..c.people.len()).any(|i| {
                c.people[i]
                    .stages
                    .iter()
                    .any(|&s| s > stage && s < c.deal_stages)
                    && self.works_on(view, i)
            })
        {
            return true;
        }
        let later_person = view.people().any(|(i, p)| {
            p.met == 0
                && self.works_on(view, i)
                && matches!(p.reachable, Err(Illegal::WrongStage(_)))
        });
        let n_t = view.scenario().compiled().tactics.len();
        let later_tactic = (0..n_t).any(|t| {
            self.considers(view, t)
                && matches!(
                    view.check(&Action::Tactic(t)),
                    Err(Illegal::Requires(
                        crate::scenario::compiled::Cond::From(_)
                            | crate::scenario::compiled::Cond::Stage(_)
                    ))
                )
        });
        later_person || later_tactic
    }
}

impl Trainee for Student {
    fn act(&mut self, turn: &Turn, rng: &mut ChaCha8Rng) -> Action {
        let view = &turn.view;
        self.start(view, rng);
        if let Some(a) = self.queue.pop() {
            return a;
        }
        if let Some(a) = marks::evidence(view) {
            return a;
        }
        if self.skips(3) {
            self.read_everyone(view, rng);
        }
        let action = self.choose(turn, rng);
        // Read the stances of the people met before the move that runs into the decision.
        if !self.read && days_of(view, action) >= view.days_left() {
            self.read = true;
            self.queue = vec![action];
            self.queue
                .extend(marks::read_stances(view, rng, self.samples));
            if let Some(a) = self.queue.pop() {
                return a;
            }
        }
        action
    }
}

/// The days an action takes (all that are left, for the final wait).
fn days_of(view: &PlayerView, action: Action) -> u32 {
    let f = view.scenario().data();
    match action {
        Action::Meet(_) => f.pace.meeting_days.max(1),
        Action::Tactic(t) => view
            .scenario()
            .compiled()
            .tactics
            .get(t)
            .map_or(0, |t| t.days),
        Action::Wait(n) => n,
        Action::AwaitDecision => view.days_left(),
        Action::Ask(..) | Action::AskConcerns(_) => {
            u32::from(view.hours_used() + f.pace.question_hours >= f.pace.hours_per_day)
        }
        _ => 0,
    }
}

impl Student {
    /// The next deal action, by the five steps' habits.
    fn choose(&mut self, turn: &Turn, rng: &mut ChaCha8Rng) -> Action {
        let view = &turn.view;
        if !self.skips(4)
            && let Some(a) = self.question(view, turn.options)
        {
            return a;
        }
        // A move that changes the outlook a lot (countering a rival before it strikes, say) comes
        // before the habits.
        let look = self.lookahead(view, turn.options, rng);
        if let Some((gain, a)) = look
            && gain >= URGENT_GAIN
        {
            return a;
        }
        if !self.skips(1)
            && let Some(a) = self.in_window(view, turn.options, rng)
        {
            return a;
        }
        // Then who may decide: a relationship with them takes time.
        if let Some(a) = self.first_meeting_of(view, turn.options, true, true) {
            return a;
        }
        if !self.skips(1)
            && let Some(a) = self.lookahead_among(view, turn.options, rng, true)
        {
            return a;
        }
        if let Some(a) = self.first_meeting(view, turn.options, true) {
            return a;
        }
        if !self.skips(4)
            && let Some(a) = self.meet_again(view, turn.options)
        {
            return a;
        }
        if let Some((_, a)) = look {
            return a;
        }
        if let Some(a) = self.first_meeting(view, turn.options, false) {
            return a;
        }
        if self.worth_waiting(view) && turn.options.contains(&Action::Wait(1)) {
            return Action::Wait(1);
        }
        Action::AwaitDecision
    }
}
