//! Checks of the spoken lines (`says`): a line needs someone to say it.

use super::{Code, Ctx};
use crate::msg;
use crate::scenario::model::{ScenarioFile, Who};

/// Warnings only: a line nobody can speak is never shown, which is a trainer's slip, not a
/// broken deal.
pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) {
    for (i, fact) in f.facts.iter().enumerate() {
        let path = format!("facts[{i}].says");
        if blank(&fact.says, &path, cx) {
            continue;
        }
        let spoken = fact.sources.iter().any(|s| s.teller().is_some());
        if !fact.says.is_empty() && !spoken {
            cx.warn(
                Code::SaysNobody,
                &path,
                msg!("check-says-nobody-fact", fact = fact.id.as_str()),
                msg!("check-says-nobody-label"),
                Some(msg!("check-says-nobody-fact-help")),
            );
        }
    }
    for (i, tactic) in f.tactics.iter().enumerate() {
        let path = format!("tactics[{i}].says");
        if blank(&tactic.says, &path, cx) || tactic.says.is_empty() {
            continue;
        }
        if matches!(tactic.target, None | Some(Who::Everyone)) {
            cx.warn(
                Code::SaysNobody,
                &path,
                if tactic.target.is_some() {
                    msg!("check-says-nobody-everyone", tactic = tactic.id.as_str())
                } else {
                    msg!("check-says-nobody-no-target", tactic = tactic.id.as_str())
                },
                msg!("check-says-nobody-label"),
                Some(msg!("check-says-nobody-tactic-help")),
            );
        }
    }
    for (i, s) in f.stakeholders.iter().enumerate() {
        for (stance, line) in [
            ("supporter", &s.says.supporter),
            ("neutral", &s.says.neutral),
            ("opponent", &s.says.opponent),
        ] {
            blank(line, &format!("stakeholders[{i}].says.{stance}"), cx);
        }
    }
}

/// A line of only spaces shows as an empty speech bubble.
fn blank(line: &str, path: &str, cx: &mut Ctx) -> bool {
    if !line.is_empty() && line.trim().is_empty() {
        cx.warn(
            Code::SaysBlank,
            path,
            msg!("check-says-blank"),
            msg!("check-says-blank-label"),
            Some(msg!("check-says-blank-help")),
        );
        return true;
    }
    false
}
