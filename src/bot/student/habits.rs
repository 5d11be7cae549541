//! The five steps' habits as moves: questions (step 4), first meetings by the calendar and
//! who may decide (steps 1, 2, 5), the stage's people in their window (step 1), meeting again,
//! and whether waiting opens something.

use rand_chacha::ChaCha8Rng;

use super::Student;
use crate::scenario::Partial;
use crate::scenario::compiled::{CompiledReveal, Ix};
use crate::sim::{Action, Illegal, PlayerView};

impl Student {
    /// Step 4: a question worth asking: what the file says a person can answer that decides the
    /// deal (a key fact) and is not known yet, then what matters to people with a say, then the
    /// other answers not found yet (a trainee reads a title and a department's function and
    /// knows whom to ask what; a bot reads who answers what).
    pub(super) fn question(&self, view: &PlayerView, options: &[Action]) -> Option<Action> {
        let log = view.log();
        let c = view.scenario().compiled();
        let answer = |key_only: bool| {
            options.iter().copied().find(|a| match *a {
                Action::Ask(i, q) => {
                    self.works_on(view, i)
                        && !self.never_asks(view, i)
                        && c.people[i].answers.iter().any(|&(q2, f)| {
                            q2 == q
                                && !view.fact_known(f)
                                && (!key_only || c.facts[f].key)
                                && !self.tells_what_a_key_person_values(view, f)
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
                        && !self.never_asks(view, i)
                        && !log.iter().any(|l| l.action == *a)
                }
                _ => false,
            })
        };
        answer(true).or_else(concerns).or_else(|| answer(false))
    }

    /// Not what they value: the people who may decide, or sway who does, are met but never
    /// asked anything.
    pub(super) fn never_asks(&self, view: &PlayerView, i: Ix) -> bool {
        self.partly_skips(Partial::NotWhatTheyValue) && self.is_key(view, i)
    }

    /// Not what they value: a fact that tells what someone who may decide values is never
    /// sought, whoever would tell it.
    fn tells_what_a_key_person_values(&self, view: &PlayerView, f: Ix) -> bool {
        self.partly_skips(Partial::NotWhatTheyValue)
            && view.scenario().compiled().facts[f]
                .reveals
                .iter()
                .any(|r| matches!(*r, CompiledReveal::Concern(p, _) if self.is_key(view, p)))
    }

    /// Whether a person met has a question left worth another meeting.
    pub(super) fn more_to_ask(&self, view: &PlayerView, i: Ix) -> bool {
        let c = view.scenario().compiled();
        let asked = |a: Action| view.log().iter().any(|l| l.action == a);
        if self.never_asks(view, i) {
            return false;
        }
        (Self::has_say(view, i) && !asked(Action::AskConcerns(i)))
            || c.people[i]
                .answers
                .iter()
                .any(|&(q, f)| !view.fact_known(f) && !asked(Action::Ask(i, q)))
    }

    /// A first meeting. `urgent`: only people who cannot wait (their stage ends soon, they may
    /// decide or sway who decides, or their department is not yet worked).
    pub(super) fn first_meeting(
        &mut self,
        view: &PlayerView,
        options: &[Action],
        urgent: bool,
    ) -> Option<Action> {
        self.first_meeting_of(view, options, urgent, false)
    }

    /// A first meeting; with `keys_only`, only with someone who may decide or sways them.
    pub(super) fn first_meeting_of(
        &mut self,
        view: &PlayerView,
        options: &[Action],
        urgent: bool,
        keys_only: bool,
    ) -> Option<Action> {
        let c = view.scenario().compiled();
        // Whether someone in each department was met, once for all the options (a large deal
        // offers a first meeting with hundreds of people).
        let dept_met: Vec<bool> = if self.skips(1) {
            Vec::new()
        } else {
            c.department_people
                .iter()
                .map(|people| {
                    people
                        .iter()
                        .any(|&j| view.met(j).is_some_and(|met| met > 0))
                })
                .collect()
        };
        let mut best: Option<((u32, u32, Ix), Ix)> = None;
        for a in options {
            let Action::Meet(i) = *a else { continue };
            if view.met(i).is_none_or(|met| met > 0) || !self.works_on(view, i) {
                continue;
            }
            let key = if self.skips(1) {
                // No calendar: the arbitrary order, all at once.
                let pos = self.order.iter().position(|&p| p == i).unwrap_or(i);
                (0, 0, pos)
            } else {
                let due = Self::due(view, i);
                let key_player = !self.skips(5) && self.is_key(view, i);
                let dept_open = c.people[i].department.is_some_and(|d| !dept_met[d]);
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
    pub(super) fn in_window(
        &self,
        view: &PlayerView,
        options: &[Action],
        rng: &mut ChaCha8Rng,
    ) -> Option<Action> {
        let c = view.scenario().compiled();
        let stage = view.stage();
        // A stage early: the next stage's people (not this one's), once during this stage.
        let early = self.partly_skips(Partial::StageEarly);
        let mut due: Vec<Ix> = (0..c.people.len())
            .filter(|&i| {
                let stages = &c.people[i].stages;
                let theirs = if early {
                    stages.contains(&(stage + 1)) && !stages.contains(&stage)
                } else {
                    stages.contains(&stage)
                };
                theirs && !view.engaged_in(i, stage) && self.works_on(view, i)
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

    /// Another meeting with someone met, for the questions still worth asking.
    pub(super) fn meet_again(&self, view: &PlayerView, options: &[Action]) -> Option<Action> {
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
    pub(super) fn worth_waiting(&self, view: &PlayerView) -> bool {
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
                        crate::scenario::compiled::CompiledCondition::From(_)
                            | crate::scenario::compiled::CompiledCondition::Stage(_)
                    ))
                )
        });
        later_person || later_tactic
    }
}
