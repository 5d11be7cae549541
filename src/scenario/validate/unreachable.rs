//! Words what `reach` finds: a person nobody can meet, a fact nobody can find, a tactic nobody
//! can use, each with the first rule that stands in the way.

use super::reach::{Reach, holds, reach};
use super::{Code, Ctx};
use crate::i18n::Msg;
use crate::msg;
use crate::scenario::compiled::*;
use crate::scenario::model::ScenarioFile;

/// Whether every person, fact and tactic can come into play.
pub(super) fn check(f: &ScenarioFile, c: &Compiled, cx: &mut Ctx) {
    let r = reach(c);
    people(f, c, &r, cx);
    facts(f, &r, cx);
    tactics(f, c, &r, cx);
}

fn people(f: &ScenarioFile, c: &Compiled, r: &Reach, cx: &mut Ctx) {
    for (i, s) in f.stakeholders.iter().enumerate() {
        if r.person[i] {
            continue;
        }
        let (path, message, help) = why_unmet(f, c, r, i);
        let p = &c.people[i];
        if s.votes() || !p.roles.is_empty() || !p.influences.is_empty() {
            let label = msg!("check-unreachable-stakeholder-label");
            cx.error(
                Code::UnreachableStakeholder,
                &path,
                message,
                label,
                Some(help),
            );
        } else {
            let label = msg!("check-unreachable-stakeholder-minor-label");
            cx.warn(
                Code::UnreachableStakeholder,
                &path,
                message,
                label,
                Some(help),
            );
        }
    }
}

/// Where and why person `i` can never be met, and the fix.
fn why_unmet(f: &ScenarioFile, c: &Compiled, r: &Reach, i: Ix) -> (String, Msg, Msg) {
    let path = format!("stakeholders[{i}].id");
    let id = f.stakeholders[i].id.as_str();
    if !r.visible[i] {
        return (
            path,
            msg!("check-unreachable-hidden", person = id),
            msg!("check-unreachable-hidden-help", person = id),
        );
    }
    // Name the first rule that can never hold.
    let blocked = c.people[i]
        .access
        .iter()
        .enumerate()
        .find_map(|(j, a)| match a {
            CompiledAccess::Introduction(by) if !r.person[*by] => Some((
                j,
                msg!(
                    "check-unreachable-introduction",
                    person = id,
                    by = f.stakeholders[*by].id.as_str()
                ),
            )),
            CompiledAccess::AfterFact(fi) if !r.fact[*fi] => Some((
                j,
                msg!(
                    "check-unreachable-after-fact",
                    person = id,
                    fact = f.facts[*fi].id.as_str()
                ),
            )),
            _ => None,
        });
    match blocked {
        Some((j, message)) => (
            format!("stakeholders[{i}].access[{j}]"),
            message,
            msg!("check-unreachable-rule-help"),
        ),
        None => (
            path,
            msg!("check-unreachable-never", person = id),
            msg!("check-unreachable-never-help"),
        ),
    }
}

fn facts(f: &ScenarioFile, r: &Reach, cx: &mut Ctx) {
    for (i, fc) in f.facts.iter().enumerate() {
        if r.fact[i] {
            continue;
        }
        let path = format!("facts[{i}].id");
        let fact = fc.id.as_str();
        let (message, help) = if !r.sourced[i] {
            (
                msg!("check-unsourced-fact", fact = fact),
                msg!("check-unsourced-fact-help"),
            )
        } else {
            (
                msg!("check-unrevealed-fact", fact = fact),
                msg!("check-unrevealed-fact-help"),
            )
        };
        let label = msg!("check-unrevealed-fact-label");
        cx.error(Code::UnrevealedFact, &path, message, label, Some(help));
    }
}

fn tactics(f: &ScenarioFile, c: &Compiled, r: &Reach, cx: &mut Ctx) {
    for (i, t) in f.tactics.iter().enumerate() {
        if r.tactic[i] {
            continue;
        }
        let (at, why) = why_unused(c, r, i);
        cx.error(
            Code::ImpossibleTactic,
            &at,
            msg!("check-impossible-tactic", tactic = t.id.as_str(), why = why),
            msg!("check-impossible-tactic-label"),
            Some(msg!("check-impossible-tactic-help")),
        );
    }
}

/// Where and why tactic `i` can never be used.
fn why_unused(c: &Compiled, r: &Reach, i: Ix) -> (String, Msg) {
    let tc = &c.tactics[i];
    let path = format!("tactics[{i}]");
    let (days, budget) = (r.days, c.start_budget);
    if tc.days > days {
        return (
            format!("{path}.days"),
            msg!("check-impossible-tactic-days", takes = tc.days, days = days),
        );
    }
    if tc.budget > budget {
        return (
            format!("{path}.budget"),
            msg!(
                "check-impossible-tactic-budget",
                cost = tc.budget,
                budget = budget
            ),
        );
    }
    if tc.odds <= 0.0 {
        let why = msg!("check-impossible-tactic-odds");
        return (format!("{path}.odds"), why);
    }
    if r.window[i].is_none() {
        let why = msg!("check-impossible-tactic-stages");
        return (format!("{path}.requires"), why);
    }
    match tc.requires.iter().position(|&cond| !holds(r, i, cond)) {
        Some(j) => (
            format!("{path}.requires[{j}]"),
            msg!("check-impossible-tactic-precondition"),
        ),
        // Not reached in practice: a tactic inside its window whose every precondition holds
        // is used by the fixpoint. Kept so the message never claims a wrong place.
        None => (
            format!("{path}.requires"),
            msg!("check-impossible-tactic-preconditions"),
        ),
    }
}
