//! Step 4, active information: the key facts found before the decision.

use super::{Claim, Ctx, Tally};
use crate::tr;

pub(super) fn score(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let max = c.scoring.information as f32;
    let keys = &c.key_facts;
    let lang = cx.lang();
    if keys.is_empty() {
        t.add(max, None, None, || tr!(lang, "debrief-no-key-facts"));
        return;
    }
    let each = max / keys.len() as f32;
    for &k in keys {
        let fact = &f.facts[k];
        match d.facts[k] {
            Some((day, step)) => t.add(
                each,
                Some(Claim::Learned(k)),
                step.map(|s| (day, s)),
                || tr!(lang, "debrief-fact-found", fact = fact.text.as_str()),
            ),
            None => t.add(0.0, Some(Claim::NeverLearned(k)), None, || {
                if fact.missed.is_empty() {
                    tr!(lang, "debrief-fact-missed", fact = fact.text.as_str())
                } else {
                    fact.missed.clone()
                }
            }),
        }
    }
}
