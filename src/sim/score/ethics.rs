//! Ethics: the compliance risk taken; breaking the buyer's gift rules fails it even if unseen.

use super::{Claim, Ctx, Tally};
use crate::sim::Action;

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
    if risky.is_empty() {
        t.add(eth, None, None, || "You took no compliance risk.".into());
        return;
    }
    t.add(eth, None, None, || "Ethics starts at full marks.".into());
    let mut left = eth;
    for (i, l) in risky {
        let Action::Tactic(k) = l.action else {
            continue;
        };
        let tc = &c.tactics[k];
        let name = &f.tactics[k].name;
        let loss = if tc.breaks_policy {
            left
        } else {
            (tc.compliance_risk * eth).min(left)
        };
        left -= loss;
        let caught = l.caught;
        t.add(-loss, Some(Claim::TacticUsed(k)), Some((l.day, i)), move || {
            let mut text = if tc.breaks_policy {
                format!(
                    "\"{name}\" breaks the buyer's gift and hospitality policy: an ethics failure \
                     whether or not anyone notices."
                )
            } else {
                format!(
                    "\"{name}\" carried a {:.0}% compliance risk.",
                    tc.compliance_risk * 100.0
                )
            };
            if caught {
                text.push_str(" Compliance caught it.");
            }
            text
        });
    }
}
