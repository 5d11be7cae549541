//! Facts and questions: where each fact comes from (a meeting, an answer, a tactic), what it
//! reveals, and questions nobody answers. Fills in the facts each person tells.

use super::{Code, Ctx, Kind};
use crate::msg;
use crate::scenario::compiled::*;
use crate::scenario::model::{Fact, Reveal, ScenarioFile, Source};

/// What the facts give the compiled form and the tactics.
pub(super) struct Facts {
    pub facts: Vec<CompiledFact>,
    /// The facts known at the start.
    pub start_facts: Vec<Ix>,
    /// The facts each tactic reveals, by tactic index.
    pub tactic_reveals: Vec<Vec<Ix>>,
}

pub(super) fn check(f: &ScenarioFile, people: &mut [CompiledPerson], cx: &mut Ctx) -> Facts {
    let mut tactic_reveals: Vec<Vec<Ix>> = vec![Vec::new(); f.tactics.len()];
    let mut asked = vec![false; f.questions.len()];
    let start_facts = cx.resolve_all(Kind::Fact, &f.start.known_facts, "start.known_facts");
    let mut facts = Vec::new();
    for (i, fact) in f.facts.iter().enumerate() {
        let path = format!("facts[{i}]");
        for (j, src) in fact.sources.iter().enumerate() {
            let sp = format!("{path}.sources[{j}]");
            source(
                i,
                src,
                &sp,
                None,
                people,
                &mut asked,
                &mut tactic_reveals,
                cx,
            );
        }
        facts.push(CompiledFact {
            key: fact.key,
            reveals: reveals(&path, fact, people, cx),
        });
    }
    unused_questions(f, &asked, cx);
    Facts {
        facts,
        start_facts,
        tactic_reveals,
    }
}

/// One source of fact `i`, at `sp`; `trust`: the relationship a `Trusted` around it asks.
fn source(
    i: Ix,
    src: &Source,
    sp: &str,
    trust: Option<i32>,
    people: &mut [CompiledPerson],
    asked: &mut [bool],
    tactic_reveals: &mut [Vec<Ix>],
    cx: &mut Ctx,
) {
    let trusted = |pi: Ix, people: &mut [CompiledPerson]| {
        if let Some(n) = trust {
            people[pi].trust.push((i, n));
        }
    };
    match src {
        Source::Meeting(p) => {
            if let Some(pi) = cx.resolve(Kind::Stakeholder, p, &format!("{sp}.0")) {
                people[pi].meeting_facts.push(i);
                trusted(pi, people);
            }
        }
        Source::Ask(p, q) => {
            let pi = cx.resolve(Kind::Stakeholder, p, &format!("{sp}.0"));
            let qi = cx.resolve(Kind::Question, q, &format!("{sp}.1"));
            if let (Some(pi), Some(qi)) = (pi, qi) {
                asked[qi] = true;
                if people[pi].answers.iter().any(|&(q2, _)| q2 == qi) {
                    cx.warn(
                        Code::TwoAnswers,
                        sp,
                        msg!(
                            "check-two-answers",
                            person = p.as_str(),
                            question = q.as_str()
                        ),
                        msg!("check-two-answers-label"),
                        None,
                    );
                }
                people[pi].answers.push((qi, i));
                trusted(pi, people);
            }
        }
        Source::Tactic(t) => {
            if trust.is_some() {
                cx.error(
                    Code::WrongType,
                    sp,
                    msg!("check-trusted-tactic"),
                    msg!("check-trusted-tactic-label"),
                    Some(msg!("check-trusted-tactic-help")),
                );
            }
            if let Some(ti) = cx.resolve(Kind::Tactic, t, &format!("{sp}.0")) {
                tactic_reveals[ti].push(i);
            }
        }
        Source::Trusted(n, inner) => {
            cx.range_i(
                &format!("{sp}.0"),
                i64::from(*n),
                -100,
                100,
                msg!("check-what-trust"),
            );
            if matches!(**inner, Source::Trusted(..)) || trust.is_some() {
                cx.error(
                    Code::WrongType,
                    sp,
                    msg!("check-trusted-twice"),
                    msg!("check-trusted-tactic-label"),
                    Some(msg!("check-trusted-tactic-help")),
                );
            }
            source(
                i,
                inner,
                &format!("{sp}.1"),
                Some(*n),
                people,
                asked,
                tactic_reveals,
                cx,
            );
        }
    }
}

fn reveals(
    path: &str,
    fact: &Fact,
    people: &[CompiledPerson],
    cx: &mut Ctx,
) -> Vec<CompiledReveal> {
    let mut reveals = Vec::new();
    for (j, r) in fact.reveals.iter().enumerate() {
        let rp = format!("{path}.reveals[{j}]");
        let p0 = format!("{rp}.0");
        let rev = match r {
            Reveal::Concern(p, c) => {
                let pi = cx.resolve(Kind::Stakeholder, p, &p0);
                let ci = cx.resolve(Kind::Concern, c, &format!("{rp}.1"));
                match (pi, ci) {
                    (Some(pi), Some(ci)) => {
                        if !people[pi].concerns.iter().any(|&(c2, _)| c2 == ci) {
                            cx.warn(
                                Code::ConcernNotHeld,
                                &rp,
                                msg!(
                                    "check-concern-not-held",
                                    fact = fact.id.as_str(),
                                    person = p.as_str(),
                                    concern = c.as_str()
                                ),
                                msg!("check-concern-not-held-label"),
                                Some(msg!(
                                    "check-concern-not-held-help",
                                    person = p.as_str(),
                                    concern = c.as_str()
                                )),
                            );
                        }
                        Some(CompiledReveal::Concern(pi, ci))
                    }
                    _ => None,
                }
            }
            Reveal::Roles(p) => cx
                .resolve(Kind::Stakeholder, p, &p0)
                .map(CompiledReveal::Roles),
            Reveal::Stance(p) => cx
                .resolve(Kind::Stakeholder, p, &p0)
                .map(CompiledReveal::Stance),
            Reveal::Person(p) => cx
                .resolve(Kind::Stakeholder, p, &p0)
                .map(CompiledReveal::Person),
        };
        reveals.extend(rev);
    }
    reveals
}

fn unused_questions(f: &ScenarioFile, asked: &[bool], cx: &mut Ctx) {
    for (i, q) in f.questions.iter().enumerate() {
        if !asked[i] {
            cx.warn(
                Code::UnusedQuestion,
                &format!("questions[{i}].id"),
                msg!("check-unused-question", question = q.id.as_str()),
                msg!("check-unused-question-label"),
                Some(msg!("check-unused-question-help", question = q.id.as_str())),
            );
        }
    }
}
