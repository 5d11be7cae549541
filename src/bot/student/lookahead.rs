//! Tactics (and meetings again) by looking ahead in worlds sampled from the view.

use rand_chacha::ChaCha8Rng;

use super::{Student, outlook, outlook_of};
use crate::scenario::compiled::{CompiledCondition, Ix};
use crate::sim::{Action, Illegal, PlayerView};

/// Moves a trainee weighs at one time: more than the bundled cases ever offer (at most seven
/// people and five tactics), so there it changes nothing. A deal of hundreds of people offers
/// hundreds of meetings, and weighing each in every sampled world made a decision's cost grow
/// with the deal.
const STUDENT_SHORTLIST: usize = 12;

/// The moves worth weighing when there are too many: the tactics first, in the file's order,
/// then meetings with the people the trainee is furthest from.
fn worth_weighing(view: &PlayerView, mut candidates: Vec<Action>) -> Vec<Action> {
    if candidates.len() <= STUDENT_SHORTLIST {
        return candidates;
    }
    // Each key once: a person's view is not free to build.
    candidates.sort_by_cached_key(|a| match *a {
        Action::Meet(i) => (1, view.person(i).map_or(0, |p| p.relationship)),
        _ => (0, 0),
    });
    candidates.truncate(STUDENT_SHORTLIST);
    candidates
}

impl Student {
    /// A tactic this trainee would consider: ethical, and aimed only at people they work on.
    pub(super) fn considers(&self, view: &PlayerView, t: Ix) -> bool {
        let tc = &view.scenario().compiled().tactics[t];
        tc.compliance_risk <= 0.0
            && !tc.breaks_policy
            && tc.target.iter().all(|&p| self.works_on(view, p))
    }

    /// The move that most raises the outlook in worlds sampled from the view, if any does: a
    /// tactic (counting the tactic it opens, if it is a step towards one), or another meeting to
    /// build the relationship with someone who has a say.
    pub(super) fn lookahead(
        &self,
        view: &PlayerView,
        options: &[Action],
        rng: &mut ChaCha8Rng,
    ) -> Option<(f32, Action)> {
        self.lookahead_gain(view, options, rng, false)
    }

    /// Whether a tactic's window closes with the current stage (it needs this stage, or a stage
    /// before the next one).
    pub(super) fn closing(view: &PlayerView, t: Ix) -> bool {
        let stage = view.stage();
        view.scenario().compiled().tactics[t]
            .requires
            .iter()
            .any(|c| {
                matches!(*c, CompiledCondition::Stage(s) if s == stage)
                    || matches!(*c, CompiledCondition::Before(s) if s == stage + 1)
            })
    }

    /// The look-ahead over the candidates; with `closing_only`, only tactics whose window closes
    /// with this stage (step 1: do what the stage allows before it ends).
    pub(super) fn lookahead_among(
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
    pub(super) fn lookahead_gain(
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
                Action::Meet(i) => {
                    view.met(i).is_some_and(|met| met > 0)
                        && self.works_on(view, i)
                        && Self::has_say(view, i)
                }
                _ => false,
            })
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let candidates = worth_weighing(view, candidates);
        let worlds: Vec<_> = (0..self.samples).map(|_| view.sample_world(rng)).collect();
        let n = worlds.len() as f32;
        let base: f32 = worlds.iter().map(outlook).sum::<f32>() / n;
        let n_t = view.scenario().compiled().tactics.len();
        // The tactics a move may open: those this trainee considers that are closed now, in
        // each world (worked out once, not once per move weighed).
        let opens = candidates.iter().any(|a| matches!(a, Action::Tactic(_)));
        let considered: Vec<Ix> = (0..n_t)
            .filter(|&t| opens && self.considers(view, t))
            .collect();
        // Each with the fact it waits for, when that is why the check refused it: a move that
        // does not find that fact leaves it closed, so its check is skipped (it would fail). A
        // large deal has hundreds of tactics, each waiting for its fact.
        let closed: Vec<Vec<(Ix, Option<Ix>)>> = worlds
            .iter()
            .map(|w| {
                considered
                    .iter()
                    .filter_map(|&t| match w.check(&Action::Tactic(t)) {
                        Ok(()) => None,
                        Err(Illegal::Requires(CompiledCondition::Known(f))) => Some((t, Some(f))),
                        Err(_) => Some((t, None)),
                    })
                    .collect()
            })
            .collect();
        let mut best: Option<(f32, Action)> = None;
        let mut events = Vec::new();
        for a in candidates {
            let mut total = 0.0;
            for (w, closed) in worlds.iter().zip(&closed) {
                let mut after = w.clone();
                events.clear();
                if after.apply_into(a, &mut events).is_err() {
                    total += base;
                    continue;
                }
                let mut v = f32::NEG_INFINITY;
                if let Action::Tactic(_) = a {
                    // A step towards another tactic is worth what that tactic brings.
                    for &(t2, fact) in closed {
                        if fact.is_some_and(|f| !after.fact_known(f)) {
                            continue;
                        }
                        let next = Action::Tactic(t2);
                        if after.check(&next).is_ok() {
                            let mut then = after.clone();
                            events.clear();
                            if then.apply_into(next, &mut events).is_ok() {
                                v = v.max(outlook_of(then));
                            }
                        }
                    }
                }
                total += outlook_of(after).max(v);
            }
            let gain = total / n - base;
            if gain > 0.05 && best.is_none_or(|(g, _)| gain > g) {
                best = Some((gain, a));
            }
        }
        best
    }
}
