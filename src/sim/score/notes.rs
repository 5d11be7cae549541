//! The scenario's own debrief notes, each shown only when its conditions held at the decision.

use super::{Ctx, Tally, Verdict};
use crate::scenario::compiled::WhenC;
use crate::sim::{Action, Stance};

pub(super) fn add(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    for (k, when) in &d.sc.compiled().notes {
        if when.iter().all(|w| holds(cx, *w)) {
            t.add(0.0, None, None, || f.debrief.notes[*k].text.clone());
        }
    }
}

/// Whether a note's condition held in the finished deal.
pub(super) fn holds(cx: &Ctx, w: WhenC) -> bool {
    let d = cx.deal;
    let c = d.sc.compiled();
    let verdict = cx.leaning.verdict;
    match w {
        WhenC::Won => verdict == Verdict::Won,
        WhenC::Lost => matches!(verdict, Verdict::Lost { .. }),
        WhenC::NoDecision => matches!(verdict, Verdict::NoDecision { .. }),
        WhenC::Disqualified => matches!(verdict, Verdict::Disqualified { .. }),
        WhenC::Used(k) => d
            .log
            .iter()
            .any(|l| l.action == Action::Tactic(k) && l.succeeded),
        WhenC::NotUsed(k) => !d.tactic_used(k),
        WhenC::Met(p) => d.people[p].meetings > 0,
        WhenC::NotMet(p) => d.people[p].meetings == 0,
        WhenC::Known(k) => d.fact_known(k),
        WhenC::NotKnown(k) => !d.fact_known(k),
        WhenC::Supporter(p) => cx.stances.get(p) == Some(&Stance::Supporter),
        WhenC::EveryDepartment => c
            .department_people
            .iter()
            .filter(|people| people.iter().any(|&i| c.people[i].votes))
            .all(|people| people.iter().any(|&i| cx.engaged(i))),
        WhenC::EveryStageInTime => c.people.iter().enumerate().all(|(i, p)| {
            p.stages
                .iter()
                .filter(|&&s| s < c.deal_stages)
                .all(|&s| d.engaged_in(i, s))
        }),
        WhenC::WithinTheRules => !d.log.iter().any(|l| {
            matches!(l.action, Action::Tactic(k)
                if c.tactics[k].compliance_risk > 0.0 || c.tactics[k].breaks_policy)
        }),
    }
}
