//! Words what `reach` finds: a person nobody can meet, a fact nobody can find, a tactic nobody
//! can use, each with the first rule that stands in the way.

use super::reach::{Reach, holds, reach};
use super::{Code, Ctx};
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
        let (path, why, help) = why_unmet(f, c, r, i);
        let message = format!("stakeholder \"{}\" {why}", s.id);
        let p = &c.people[i];
        if s.votes() || !p.roles.is_empty() || !p.influences.is_empty() {
            let label = "nobody can reach this person";
            cx.error(
                Code::UnreachableStakeholder,
                &path,
                message,
                label,
                Some(help),
            );
        } else {
            let label = "unreachable";
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
fn why_unmet(f: &ScenarioFile, c: &Compiled, r: &Reach, i: Ix) -> (String, String, String) {
    let path = format!("stakeholders[{i}].id");
    if !r.visible[i] {
        let help = format!(
            "add `Person(\"{}\")` to the `reveals` of a fact the trainee can find",
            f.stakeholders[i].id
        );
        let why = "is hidden and no reachable fact reveals them";
        return (path, why.to_string(), help);
    }
    // Name the first rule that can never hold.
    let blocked = c.people[i]
        .access
        .iter()
        .enumerate()
        .find_map(|(j, a)| match a {
            CompiledAccess::Introduction(by) if !r.person[*by] => {
                let by = &f.stakeholders[*by].id;
                Some((
                    j,
                    format!(
                        "the introduction by \"{by}\" can never happen, because \"{by}\" cannot \
                         be met either"
                    ),
                ))
            }
            CompiledAccess::AfterFact(fi) if !r.fact[*fi] => Some((
                j,
                format!("the fact \"{}\" can never be found", f.facts[*fi].id),
            )),
            _ => None,
        });
    match blocked {
        Some((j, why)) => (
            format!("stakeholders[{i}].access[{j}]"),
            format!("can never be met: {why}"),
            "make the introducer or the fact reachable, or remove this rule".to_string(),
        ),
        None => (
            path,
            "can never be met".to_string(),
            "check the rules in `access`".to_string(),
        ),
    }
}

fn facts(f: &ScenarioFile, r: &Reach, cx: &mut Ctx) {
    for (i, fc) in f.facts.iter().enumerate() {
        if r.fact[i] {
            continue;
        }
        let path = format!("facts[{i}].id");
        let (message, help) = if !r.sourced[i] {
            (
                format!("nothing reveals fact \"{}\"", fc.id),
                "add a source: `Meeting(\"person\")`, `Ask(\"person\", \"question\")` or \
                 `Tactic(\"tactic\")`, or list it in `start.known_facts`",
            )
        } else {
            (
                format!(
                    "fact \"{}\" can never be revealed: every source is out of reach",
                    fc.id
                ),
                "make one of its sources reachable (a person who can be met, a tactic that can \
                 be used)",
            )
        };
        let label = "never revealed";
        cx.error(
            Code::UnrevealedFact,
            &path,
            message,
            label,
            Some(help.into()),
        );
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
            format!("tactic \"{}\" can never be used: {why}", t.id),
            "never possible",
            Some("loosen the precondition or make what it needs reachable".into()),
        );
    }
}

/// Where and why tactic `i` can never be used.
fn why_unused(c: &Compiled, r: &Reach, i: Ix) -> (String, String) {
    let tc = &c.tactics[i];
    let path = format!("tactics[{i}]");
    let (days, budget) = (r.days, c.start_budget);
    if tc.days > days {
        return (
            format!("{path}.days"),
            format!("it takes {} days but the deal lasts {days}", tc.days),
        );
    }
    if tc.budget > budget {
        return (
            format!("{path}.budget"),
            format!("it costs {} but the budget is {budget}", tc.budget),
        );
    }
    if tc.odds <= 0.0 {
        let why = "its odds of success are 0";
        return (format!("{path}.odds"), why.to_string());
    }
    if r.window[i].is_none() {
        let why = "its stage conditions contradict each other";
        return (format!("{path}.requires"), why.to_string());
    }
    match tc.requires.iter().position(|&cond| !holds(r, i, cond)) {
        Some(j) => (
            format!("{path}.requires[{j}]"),
            "this precondition can never hold".to_string(),
        ),
        // Not reached in practice: a tactic inside its window whose every precondition holds
        // is used by the fixpoint. Kept so the message never claims a wrong place.
        None => (
            format!("{path}.requires"),
            "its preconditions can never hold".to_string(),
        ),
    }
}
