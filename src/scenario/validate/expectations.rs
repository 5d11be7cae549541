//! What the bots are expected to find (`expectations`) and the steps a scenario teaches.

use super::{Code, Ctx, Kind};
use crate::msg;
use crate::scenario::compiled::{CompiledActionRef, CompiledExpectation};
use crate::scenario::model::{ActionRef, Bound, Expectation, Policy, ScenarioFile};

pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) -> Vec<CompiledExpectation> {
    f.expectations
        .iter()
        .enumerate()
        .map(|(i, e)| expectation(i, e, cx))
        .collect()
}

fn expectation(i: usize, e: &Expectation, cx: &mut Ctx) -> CompiledExpectation {
    let path = format!("expectations[{i}]");
    let avoid = refs(&e.avoid, &format!("{path}.avoid"), cx);
    let require = refs(&e.require, &format!("{path}.require"), cx);
    if let Policy::SkipStep(n) = e.policy {
        let at = format!("{path}.policy.0");
        cx.range_i(&at, i64::from(n), 1, 5, msg!("check-what-step"));
    }
    for (j, a) in e.require.iter().enumerate() {
        if e.avoid.contains(a) {
            cx.error(
                Code::RequireAvoided,
                &format!("{path}.require[{j}]"),
                msg!("check-require-avoided"),
                msg!("check-require-avoided-label"),
                Some(msg!("check-require-avoided-help")),
            );
        }
    }
    let bp = format!("{path}.expect.0");
    match e.expect {
        Bound::WinRateAtMost(x)
        | Bound::WinRateAtLeast(x)
        | Bound::MarginKeptAtMost(x)
        | Bound::MarginAtLeast(x) => cx.range_f(&bp, x, 0.0, 1.0, msg!("check-what-share")),
        Bound::ScoreAtLeast(x) | Bound::ScoreAtMost(x) => {
            cx.range_f(&bp, x, 0.0, 1000.0, msg!("check-what-score"))
        }
        Bound::PartAtLeast(_, x) | Bound::PartAtMost(_, x) => {
            let at = format!("{path}.expect.1");
            cx.range_f(&at, x, -1000.0, 1000.0, msg!("check-what-score"))
        }
    }
    CompiledExpectation {
        policy: e.policy,
        avoid,
        require,
        bound: e.expect,
    }
}

/// The actions of a list at `{path}[j]`; those that do not resolve are left out.
fn refs(list: &[ActionRef], path: &str, cx: &mut Ctx) -> Vec<CompiledActionRef> {
    cx.each(list, path, |cx, a, ap| {
        let p0 = format!("{ap}.0");
        match a {
            ActionRef::Meet(p) => cx
                .resolve(Kind::Stakeholder, p, &p0)
                .map(CompiledActionRef::Meet),
            ActionRef::AskConcerns(p) => cx
                .resolve(Kind::Stakeholder, p, &p0)
                .map(CompiledActionRef::AskConcerns),
            ActionRef::Tactic(t) => cx
                .resolve(Kind::Tactic, t, &p0)
                .map(CompiledActionRef::Tactic),
            ActionRef::Ask(p, q) => {
                let pi = cx.resolve(Kind::Stakeholder, p, &p0);
                let qi = cx.resolve(Kind::Question, q, &format!("{ap}.1"));
                pi.zip(qi).map(|(p, q)| CompiledActionRef::Ask(p, q))
            }
        }
    })
}

/// Each step taught is one of the five, listed once.
pub(super) fn teaches(f: &ScenarioFile, cx: &mut Ctx) {
    for (i, &step) in f.teaches.iter().enumerate() {
        let path = format!("teaches[{i}]");
        cx.range_i(&path, i64::from(step), 1, 5, msg!("check-what-step"));
        if f.teaches[..i].contains(&step) {
            cx.error(
                Code::DuplicateStep,
                &path,
                msg!("check-duplicate-step", step = step),
                msg!("check-duplicate-step-label"),
                Some(msg!("check-duplicate-step-help")),
            );
        }
    }
}
