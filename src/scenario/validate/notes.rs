//! Debrief notes: the conditions on which each note is shown.

use super::{Ctx, Kind};
use crate::scenario::compiled::CompiledWhen;
use crate::scenario::model::{ScenarioFile, When};

/// Each note's index with its conditions; a condition that does not resolve is left out.
pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) -> Vec<(usize, Vec<CompiledWhen>)> {
    f.debrief
        .notes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let path = format!("debrief.notes[{i}].when");
            (
                i,
                cx.each(&n.when, &path, |cx, w, at| when(w, &format!("{at}.0"), cx)),
            )
        })
        .collect()
}

pub(super) fn when(w: &When, p0: &str, cx: &mut Ctx) -> Option<CompiledWhen> {
    Some(match w {
        When::Won => CompiledWhen::Won,
        When::Lost => CompiledWhen::Lost,
        When::NoDecision => CompiledWhen::NoDecision,
        When::Disqualified => CompiledWhen::Disqualified,
        When::EveryDepartment => CompiledWhen::EveryDepartment,
        When::EveryStageInTime => CompiledWhen::EveryStageInTime,
        When::WithinTheRules => CompiledWhen::WithinTheRules,
        When::Used(t) => CompiledWhen::Used(cx.resolve(Kind::Tactic, t, p0)?),
        When::NotUsed(t) => CompiledWhen::NotUsed(cx.resolve(Kind::Tactic, t, p0)?),
        When::Met(p) => CompiledWhen::Met(cx.resolve(Kind::Stakeholder, p, p0)?),
        When::NotMet(p) => CompiledWhen::NotMet(cx.resolve(Kind::Stakeholder, p, p0)?),
        When::Known(k) => CompiledWhen::Known(cx.resolve(Kind::Fact, k, p0)?),
        When::NotKnown(k) => CompiledWhen::NotKnown(cx.resolve(Kind::Fact, k, p0)?),
        When::Supporter(p) => CompiledWhen::Supporter(cx.resolve(Kind::Stakeholder, p, p0)?),
        When::Decides(p) => CompiledWhen::Decides(cx.resolve(Kind::Stakeholder, p, p0)?),
    })
}
