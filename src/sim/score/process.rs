//! Step 1, the purchasing process: each stage's people engaged during their stage, when they
//! matter (not before it began, not after it ended).

use super::{Claim, Ctx, Tally};

pub(super) fn score(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let max = c.scoring.purchasing_process as f32;
    let pairs = &c.stage_people;
    if pairs.is_empty() {
        t.add(max, None, None, || {
            "No person in this deal is tied to a stage.".into()
        });
        return;
    }
    let each = max / pairs.len() as f32;
    for &(i, s) in pairs {
        let stage = &f.stages[s].name;
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
                    format!(
                        "You worked with {name} during \"{stage}\" (day {day}), when they matter."
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
                            format!(
                                "You met {name} before \"{stage}\" began (day {start}), but not \
                                 during it: they made up their mind without you."
                            )
                        } else {
                            format!(
                                "You never worked with {name} during \"{stage}\" (days {start} to \
                                 {end}), when they matter."
                            )
                        }
                    },
                );
            }
        }
    }
}
