//! Step 1, the purchasing process: each stage's people engaged during their stage, when they
//! matter (not before it began, not after it ended).

use super::{Claim, Ctx, Tally};
use crate::tr;

pub(super) fn score(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let max = c.scoring.purchasing_process as f32;
    let pairs = &c.stage_people;
    let lang = cx.lang();
    if pairs.is_empty() {
        t.add(max, None, None, || tr!(lang, "debrief-no-stage-people"));
        return;
    }
    let each = max / pairs.len() as f32;
    for &(i, s) in pairs {
        let stage = f.stages[s].name.as_str();
        let (start, end) = (c.stage_days[s], c.stage_end(s));
        let name = cx.name(i);
        match cx.engaged_during(i, s) {
            Some((day, step)) => t.add(
                each,
                Some(Claim::EngagedIn {
                    person: i,
                    stage: s,
                }),
                step.map(|k| (day, k)),
                || {
                    tr!(
                        lang,
                        "debrief-stage-worked",
                        name = name.as_str(),
                        stage = stage,
                        day = day
                    )
                },
            ),
            None => {
                let before = d.first_engaged[i].is_some_and(|(day, _)| day < start);
                t.add(
                    0.0,
                    Some(Claim::NotEngagedIn {
                        person: i,
                        stage: s,
                    }),
                    None,
                    || {
                        if before {
                            tr!(
                                lang,
                                "debrief-stage-too-early",
                                name = name.as_str(),
                                stage = stage,
                                start = start
                            )
                        } else {
                            tr!(
                                lang,
                                "debrief-stage-missed",
                                name = name.as_str(),
                                stage = stage,
                                start = start,
                                end = end
                            )
                        }
                    },
                );
            }
        }
    }
}
