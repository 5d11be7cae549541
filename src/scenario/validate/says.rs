//! Checks of the spoken lines (`says`): a line needs someone to say it.

use super::{Code, Ctx};
use crate::scenario::model::{ScenarioFile, Source, Who};

/// Warnings only: a line nobody can speak is never shown, which is a trainer's slip, not a
/// broken deal.
pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) {
    for (i, fact) in f.facts.iter().enumerate() {
        let path = format!("facts[{i}].says");
        if blank(&fact.says, &path, cx) {
            continue;
        }
        let spoken = fact
            .sources
            .iter()
            .any(|s| matches!(s, Source::Meeting(_) | Source::Ask(..)));
        if !fact.says.is_empty() && !spoken {
            cx.warn(
                Code::SaysNobody,
                &path,
                format!(
                    "fact \"{}\" has words, but no person tells it: it has no `Meeting` or `Ask` \
                     source",
                    fact.id
                ),
                "never spoken",
                Some(
                    "add a `Meeting(\"person\")` or `Ask(\"person\", \"question\")` source, or \
                     remove `says`"
                        .into(),
                ),
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
                format!(
                    "tactic \"{}\" has words, but no one person to say them: its target is {}",
                    tactic.id,
                    if tactic.target.is_some() {
                        "`Everyone`"
                    } else {
                        "not set"
                    }
                ),
                "never spoken",
                Some(
                    "give it a `target: Person(\"id\")` or `Department(\"id\")`, or remove `says`"
                        .into(),
                ),
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
            "these words are only spaces".into(),
            "blank",
            Some("write what the person says, or remove the field".into()),
        );
        return true;
    }
    false
}
