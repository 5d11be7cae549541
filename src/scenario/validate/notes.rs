//! Debrief notes: the conditions on which each note is shown.

use super::{Ctx, Kind};
use crate::scenario::compiled::WhenC;
use crate::scenario::model::{ScenarioFile, When};

/// Each note's index with its conditions; a condition that does not resolve is left out.
pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) -> Vec<(usize, Vec<WhenC>)> {
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

fn when(w: &When, p0: &str, cx: &mut Ctx) -> Option<WhenC> {
    Some(match w {
        When::Won => WhenC::Won,
        When::Lost => WhenC::Lost,
        When::NoDecision => WhenC::NoDecision,
        When::Disqualified => WhenC::Disqualified,
        When::EveryDepartment => WhenC::EveryDepartment,
        When::EveryStageInTime => WhenC::EveryStageInTime,
        When::WithinTheRules => WhenC::WithinTheRules,
        When::Used(t) => WhenC::Used(cx.resolve(Kind::Tactic, t, p0)?),
        When::NotUsed(t) => WhenC::NotUsed(cx.resolve(Kind::Tactic, t, p0)?),
        When::Met(p) => WhenC::Met(cx.resolve(Kind::Stakeholder, p, p0)?),
        When::NotMet(p) => WhenC::NotMet(cx.resolve(Kind::Stakeholder, p, p0)?),
        When::Known(k) => WhenC::Known(cx.resolve(Kind::Fact, k, p0)?),
        When::NotKnown(k) => WhenC::NotKnown(cx.resolve(Kind::Fact, k, p0)?),
        When::Supporter(p) => WhenC::Supporter(cx.resolve(Kind::Stakeholder, p, p0)?),
    })
}
