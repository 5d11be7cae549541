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
//! `Student::partly(p)` keeps every habit but plays one halfway, as trainees do
//! (`scenario::Partial`): a late start, each stage's people a stage early, half the departments,
//! no gatekeeper, or the people who decide never asked what they value.
//!
//! Tactics are chosen by looking ahead in worlds sampled from the view; the student never takes a
//! tactic with a compliance risk or one that breaks the buyer's rules.

mod habits;
mod lookahead;
mod people;

use rand::rand_core::Rng as _;
use rand_chacha::ChaCha8Rng;

use super::{SAMPLES, Trainee, Turn, marks, outlook, outlook_of};
use crate::scenario::Partial;
use crate::scenario::compiled::Ix;
use crate::sim::{Action, PlayerView, Stance};
use people::Declared;

/// Outlook points a move must promise to come before the five steps' habits.
const URGENT_GAIN: f32 = 3.0;

pub struct Student {
    skip: Option<u8>,
    /// The habit played halfway, if any.
    partial: Option<Partial>,
    /// Half the departments: the departments left out.
    left_out: Vec<bool>,
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
            partial: None,
            left_out: Vec::new(),
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

    /// The trainee who keeps every habit but plays one halfway.
    pub fn partly(partial: Partial) -> Student {
        Student {
            partial: Some(partial),
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

    pub(super) fn partly_skips(&self, partial: Partial) -> bool {
        self.partial == Some(partial)
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
        if self.partly_skips(Partial::HalfDepartments) {
            // Which half: the deal's dice, so the table averages over the halves a trainee
            // might leave out.
            let n = c.department_people.len();
            let mut order: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                order.swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
            }
            self.left_out = vec![false; n];
            for &d in order.iter().take(n / 2) {
                self.left_out[d] = true;
            }
        }
        if self.skips(2) {
            self.home = view
                .people()
                .filter(|(_, p)| p.met > 0)
                .find_map(|(i, _)| c.people[i].department);
        }
    }
}

impl Trainee for Student {
    fn act(&mut self, turn: &Turn, rng: &mut ChaCha8Rng) -> Action {
        let view = &turn.view;
        self.start(view, rng);
        if let Some(a) = self.queue.pop() {
            return a;
        }
        // A passive start: nothing but waiting for the customer's news, at first.
        if self.partly_skips(Partial::LateStart)
            && view.day() < Partial::late_days(view.scenario().compiled())
            && turn.options.contains(&Action::Wait(1))
        {
            return Action::Wait(1);
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
