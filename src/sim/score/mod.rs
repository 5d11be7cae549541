//! The outcome, the score (outcome, one part per step of the five steps, ethics) and the debrief:
//! every point is explained by a line tied to the decision that earned or lost it. One file per
//! part; a `Tally` adds a line's points and its words together, so they cannot drift apart.

use std::sync::Arc;

use enumset::EnumSet;
use serde::Serialize;

use super::Stance;
use super::deal::Deal;
use super::decide::Leaning;
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
pub use crate::scenario::model::Part;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    Won,
    Lost {
        winner: Ix,
    },
    /// No consensus (or a veto): the buyer keeps the status quo vendor, or buys nothing.
    NoDecision {
        kept: Option<Ix>,
    },
    /// Compliance caught the trainee; `winner` is who got the deal instead.
    Disqualified {
        winner: Option<Ix>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Vote {
    pub person: Ix,
    pub vendor: Option<Ix>,
    pub weight: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScorePart {
    pub part: Part,
    pub points: f32,
    pub max: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub parts: Vec<ScorePart>,
    pub total: f32,
    pub max: f32,
}

impl Score {
    pub fn part(&self, part: Part) -> f32 {
        self.parts
            .iter()
            .find(|p| p.part == part)
            .map_or(0.0, |p| p.points)
    }
}

/// One line of the debrief. `step` is the index in the action log of the decision it explains;
/// `claim` is what the line says happened (or did not), so tests can hold it to the events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DebriefLine {
    pub part: Part,
    pub points: f32,
    pub text: String,
    pub step: Option<usize>,
    pub day: Option<u32>,
    pub claim: Option<Claim>,
}

/// What a debrief line states about the deal's events.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Claim {
    /// The trainee met the person (during the deal, or before it began).
    Met(Ix),
    NeverMet(Ix),
    /// The trainee engaged the person during the stage (a meeting, or a tactic aimed at them).
    EngagedIn {
        person: Ix,
        stage: Ix,
    },
    NotEngagedIn {
        person: Ix,
        stage: Ix,
    },
    /// The trainee found the fact (or knew it from the start).
    Learned(Ix),
    NeverLearned(Ix),
    /// The trainee learned the person's concern.
    ConcernLearned {
        person: Ix,
        concern: Ix,
    },
    ConcernNotLearned {
        person: Ix,
        concern: Ix,
    },
    /// The tactic was used and worked.
    TacticWorked(Ix),
    /// The tactic was used (whether or not it worked).
    TacticUsed(Ix),
    /// The rival move happened.
    RivalMove(Ix),
    /// The rival move did not happen because of something the trainee did.
    RivalCountered(Ix),
    /// A rival answered a price cut of ours.
    PriceAnswered(Ix),
    /// Our price changed from the list price.
    PriceChanged,
    /// A power-map mark the trainee made for this person.
    Marked(Ix),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub verdict: Verdict,
    pub day: u32,
    /// Our final price, and the share of the margin above the floor we kept (0-1).
    pub price: f64,
    pub margin_kept: f32,
    /// Average relationship of the decision body with us, 0-1 (for follow-up service).
    pub relationship: f32,
    /// Each voter's vote, in order; empty when a bot weighs a move (a deal both quiet and
    /// planning, `Deal::set_quiet` and `Deal::set_planning`), which reads the score only.
    pub votes: Vec<Vote>,
    pub shares: Vec<f32>,
    pub vetoed_by: Option<Ix>,
    /// True stances at the decision (the fog lifted).
    pub stances: Vec<Stance>,
    /// True roles at the decision (shared with the deal: they never change during one).
    pub roles: Arc<[EnumSet<Role>]>,
    pub score: Score,
    pub debrief: Vec<DebriefLine>,
    /// `Deal::support` at the decision, kept so a bot weighing a move need not work out every
    /// utility again. Not part of the record.
    #[serde(skip)]
    pub support: f32,
}

mod ethics;
mod information;
mod key_players;
mod notes;
mod organization;
mod outcome;
mod process;
mod stances;

pub(super) use stances::hard_cases;

use super::Action;

/// One part of the score as it is added up: every line's points go into the part's total with
/// the words that explain them (the words only when someone will read them).
pub(super) struct Tally<'a> {
    part: Part,
    max: f32,
    points: f32,
    lines: &'a mut Vec<DebriefLine>,
    quiet: bool,
}

impl<'a> Tally<'a> {
    fn new(part: Part, max: u32, lines: &'a mut Vec<DebriefLine>, quiet: bool) -> Self {
        Tally {
            part,
            max: max as f32,
            points: 0.0,
            lines,
            quiet,
        }
    }

    /// Adds points and the line that explains them. `at` is the (day, log step) of the decision
    /// the line is about. Small enough to inline: a quiet tally (a bot weighing a move) only adds.
    #[inline]
    pub(super) fn add(
        &mut self,
        points: f32,
        claim: Option<Claim>,
        at: Option<(u32, usize)>,
        text: impl FnOnce() -> String,
    ) {
        // Adding zero changes nothing (the total starts at +0.0, so it is never -0.0), and most
        // lines of a large deal carry no points: one float addition waiting on the last for
        // every person was a good part of scoring.
        if points != 0.0 {
            self.points += points;
        }
        if !self.quiet {
            self.line(points, claim, at, text());
        }
    }

    /// Whether no words are written (a bot weighing a move): a part may then skip the people
    /// whose lines carry no points.
    pub(super) fn is_quiet(&self) -> bool {
        self.quiet
    }

    fn line(&mut self, points: f32, claim: Option<Claim>, at: Option<(u32, usize)>, text: String) {
        self.lines.push(DebriefLine {
            part: self.part,
            points,
            text,
            step: at.map(|a| a.1),
            day: at.map(|a| a.0),
            claim,
        });
    }

    fn finish(self) -> ScorePart {
        ScorePart {
            part: self.part,
            points: self.points,
            max: self.max,
        }
    }
}

/// What every part reads: the deal at the decision, and the buyer's decision.
pub(super) struct Ctx<'a> {
    pub deal: &'a Deal,
    pub leaning: &'a Leaning,
    /// True stances at the decision.
    pub stances: Vec<Stance>,
    /// The people marked on the power map, in order, with their last role mark and last stance
    /// mark as (day, log step): found in one pass over the log, as a search per person made
    /// scoring a large deal quadratic. They place debrief lines only, so a quiet decision (a
    /// bot weighing a move) leaves them empty.
    pub marks: Vec<(Ix, [Option<(u32, usize)>; 2])>,
}

impl Ctx<'_> {
    pub(super) fn name(&self, i: Ix) -> String {
        self.deal
            .sc
            .data()
            .stakeholders
            .get(i)
            .map_or_else(|| crate::tr!(self.lang(), "someone"), |s| s.name.clone())
    }

    /// The language the debrief is written in (the scenario's).
    pub(super) fn lang(&self) -> crate::i18n::Lang {
        self.deal.sc.lang()
    }

    pub(super) fn won(&self) -> bool {
        self.leaning.verdict == Verdict::Won
    }

    /// The first time the trainee engaged a person during a stage: (day, log step), with no step
    /// for someone already met when the deal began in that stage.
    pub(super) fn engaged_during(&self, person: Ix, stage: Ix) -> Option<(u32, Option<usize>)> {
        let d = self.deal;
        if !d.engaged_in(person, stage) {
            return None;
        }
        let c = d.sc.compiled();
        let (start, end) = (c.stage_days[stage], c.stage_end(stage));
        let found = d.log.iter().enumerate().find(|(_, l)| {
            l.day >= start
                && l.day < end
                && match l.action {
                    Action::Meet(p) => p == person,
                    Action::Tactic(t) => c.tactics[t].target.contains(&person),
                    _ => false,
                }
        });
        Some(match found {
            Some((step, l)) => (l.day, Some(step)),
            None => (c.start_day, None),
        })
    }

    /// Whether the trainee engaged the person at all (met, or a tactic aimed at them).
    pub(super) fn engaged(&self, person: Ix) -> bool {
        self.deal.first_engaged[person].is_some()
    }
}

impl Deal {
    /// The outcome, score and debrief. `quiet` skips the debrief's words (same points).
    pub(super) fn score(&self, leaning: Leaning, quiet: bool) -> Outcome {
        let c = self.sc.compiled();
        let w = &c.scoring;
        let support = self.support_in(&leaning.views);
        let stances = leaning.views.stances();
        let mut made: Vec<(Ix, usize, (u32, usize))> = Vec::new();
        // The marks only place debrief lines: with no words to write, none are looked up.
        let log = if quiet { &[][..] } else { &self.log[..] };
        for (step, l) in log.iter().enumerate() {
            match l.action {
                Action::MarkRole(p, ..) => made.push((p, 0, (l.day, step))),
                Action::MarkStance(p, _) => made.push((p, 1, (l.day, step))),
                _ => {}
            }
        }
        // Stable: each person's marks stay in log order, so the last one wins.
        made.sort_by_key(|m| m.0);
        let mut marks: Vec<(Ix, [Option<(u32, usize)>; 2])> = Vec::new();
        for (person, kind, at) in made {
            if marks.last().is_none_or(|m| m.0 != person) {
                marks.push((person, [None; 2]));
            }
            if let Some(m) = marks.last_mut() {
                m.1[kind] = Some(at);
            }
        }
        let cx = Ctx {
            deal: self,
            leaning: &leaning,
            stances,
            marks,
        };
        let mut lines = Vec::new();
        let mut t = Tally::new(Part::Outcome, w.outcome, &mut lines, quiet);
        let summary = outcome::score(&cx, &mut t);
        notes::add(&cx, &mut t);
        let mut parts = vec![t.finish()];
        let mut t = Tally::new(
            Part::PurchasingProcess,
            w.purchasing_process,
            &mut lines,
            quiet,
        );
        process::score(&cx, &mut t);
        parts.push(t.finish());
        let mut t = Tally::new(Part::Organization, w.organization, &mut lines, quiet);
        organization::score(&cx, &mut t);
        parts.push(t.finish());
        let mut t = Tally::new(Part::Stances, w.stances, &mut lines, quiet);
        stances::score(&cx, &mut t);
        parts.push(t.finish());
        let mut t = Tally::new(Part::Information, w.information, &mut lines, quiet);
        information::score(&cx, &mut t);
        parts.push(t.finish());
        let mut t = Tally::new(Part::KeyPlayers, w.key_players, &mut lines, quiet);
        key_players::score(&cx, &mut t);
        parts.push(t.finish());
        let mut t = Tally::new(Part::Ethics, w.ethics, &mut lines, quiet);
        ethics::score(&cx, &mut t);
        parts.push(t.finish());

        let total = parts.iter().map(|p| p.points).sum();
        let max = parts.iter().map(|p| p.max).sum();
        let mut debrief = Vec::new();
        if !quiet {
            debrief.push(DebriefLine {
                part: Part::Outcome,
                points: 0.0,
                text: self.sc.data().debrief.lesson.clone(),
                step: None,
                day: None,
                claim: None,
            });
            debrief.extend(lines);
        }
        let Ctx { stances, .. } = cx;
        Outcome {
            verdict: leaning.verdict,
            day: self.day,
            price: summary.price,
            margin_kept: summary.margin_kept,
            relationship: summary.relationship,
            votes: leaning.votes,
            shares: leaning.shares,
            vetoed_by: leaning.vetoed_by,
            stances,
            roles: self.minds.roles.clone(),
            score: Score { parts, total, max },
            debrief,
            support,
        }
    }
}
