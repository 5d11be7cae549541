//! The scenario's own debrief notes, each shown only when its conditions held at the decision.

use super::{Ctx, Tally, Verdict};
use crate::scenario::Role;
use crate::scenario::compiled::CompiledWhen;
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
pub(super) fn holds(cx: &Ctx, w: CompiledWhen) -> bool {
    let d = cx.deal;
    let c = d.sc.compiled();
    let verdict = cx.leaning.verdict;
    match w {
        CompiledWhen::Won => verdict == Verdict::Won,
        CompiledWhen::Lost => matches!(verdict, Verdict::Lost { .. }),
        CompiledWhen::NoDecision => matches!(verdict, Verdict::NoDecision { .. }),
        CompiledWhen::Disqualified => matches!(verdict, Verdict::Disqualified { .. }),
        CompiledWhen::Used(k) => d
            .log
            .iter()
            .any(|l| l.action == Action::Tactic(k) && l.succeeded),
        CompiledWhen::NotUsed(k) => !d.tactic_used(k),
        CompiledWhen::Met(p) => d.people[p].meetings > 0,
        CompiledWhen::NotMet(p) => d.people[p].meetings == 0,
        CompiledWhen::Known(k) => d.fact_known(k),
        CompiledWhen::NotKnown(k) => !d.fact_known(k),
        CompiledWhen::Supporter(p) => cx.stances.get(p) == Some(&Stance::Supporter),
        CompiledWhen::Decides(p) => d.minds.roles[p].contains(Role::DecisionMaker),
        CompiledWhen::EveryDepartment => c
            .department_people
            .iter()
            .filter(|people| people.iter().any(|&i| c.people[i].votes))
            .all(|people| people.iter().any(|&i| cx.engaged(i))),
        CompiledWhen::EveryStageInTime => c.people.iter().enumerate().all(|(i, p)| {
            p.stages
                .iter()
                .filter(|&&s| s < c.deal_stages)
                .all(|&s| d.engaged_in(i, s))
        }),
        CompiledWhen::WithinTheRules => !d.log.iter().any(|l| {
            matches!(l.action, Action::Tactic(k)
                if c.tactics[k].compliance_risk > 0.0 || c.tactics[k].breaks_policy)
        }),
    }
}
