//! Ethics: the compliance risk taken; breaking the buyer's gift rules fails it even if unseen.

use super::{Claim, Ctx, Tally};
use crate::sim::Action;
use crate::tr;

pub(super) fn score(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let eth = c.scoring.ethics as f32;
    let risky: Vec<(usize, &crate::sim::Logged)> = d
        .log
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            matches!(l.action, Action::Tactic(k)
                if c.tactics[k].compliance_risk > 0.0 || c.tactics[k].breaks_policy)
        })
        .collect();
    let lang = cx.lang();
    if risky.is_empty() {
        t.add(eth, None, None, || tr!(lang, "debrief-no-compliance-risk"));
        return;
    }
    t.add(eth, None, None, || tr!(lang, "debrief-ethics-start"));
    let mut left = eth;
    for (i, l) in risky {
        let Action::Tactic(k) = l.action else {
            continue;
        };
        let tc = &c.tactics[k];
        let name = f.tactics[k].name.as_str();
        let loss = if tc.breaks_policy {
            left
        } else {
            (tc.compliance_risk * eth).min(left)
        };
        left -= loss;
        let caught = l.caught;
        t.add(
            -loss,
            Some(Claim::TacticUsed(k)),
            Some((l.day, i)),
            move || {
                let risk = format!("{:.0}", tc.compliance_risk * 100.0);
                match (tc.breaks_policy, caught) {
                    (true, false) => tr!(lang, "debrief-breaks-policy", tactic = name),
                    (true, true) => tr!(lang, "debrief-breaks-policy-caught", tactic = name),
                    (false, false) => {
                        tr!(lang, "debrief-compliance-risk", tactic = name, risk = risk)
                    }
                    (false, true) => {
                        tr!(
                            lang,
                            "debrief-compliance-risk-caught",
                            tactic = name,
                            risk = risk
                        )
                    }
                }
            },
        );
    }
}
