//! Step 5, key players: each person who decides or holds the budget, met, understood (their top
//! concern learned), and on your side at the decision.

use super::{Claim, Ctx, Tally};
use crate::sim::Stance;
use crate::tr;

pub(super) fn score(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let max = c.scoring.key_players as f32;
    let players = &d.minds.key_players;
    let lang = cx.lang();
    if players.is_empty() {
        t.add(max, None, None, || tr!(lang, "debrief-no-key-players"));
        return;
    }
    let each = max / players.len() as f32;
    for &i in players.iter() {
        let p = &d.people[i];
        let name = cx.name(i);
        match d.first_engaged[i] {
            Some(at) if p.meetings > 0 => t.add(
                0.3 * each,
                Some(Claim::Met(i)),
                at.1.map(|s| (at.0, s)),
                || tr!(lang, "debrief-key-player-met", name = name.as_str()),
            ),
            _ => t.add(0.0, Some(Claim::NeverMet(i)), None, || {
                tr!(lang, "debrief-key-player-never-met", name = name.as_str())
            }),
        }
        let top = d.minds.concerns[i]
            .iter()
            .copied()
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((concern, _)) = top {
            let cname = f.concerns[concern].name.as_str();
            if p.known_concerns.contains(&concern) {
                t.add(
                    0.3 * each,
                    Some(Claim::ConcernLearned { person: i, concern }),
                    None,
                    || {
                        tr!(
                            lang,
                            "debrief-key-player-concern-learned",
                            name = name.as_str(),
                            concern = cname
                        )
                    },
                );
            } else {
                t.add(
                    0.0,
                    Some(Claim::ConcernNotLearned { person: i, concern }),
                    None,
                    || {
                        tr!(
                            lang,
                            "debrief-key-player-concern-missed",
                            name = name.as_str(),
                            concern = cname
                        )
                    },
                );
            }
        }
        if cx.stances[i] == Stance::Supporter {
            t.add(0.4 * each, None, None, || {
                tr!(lang, "debrief-key-player-supported", name = name.as_str())
            });
        } else {
            t.add(0.0, None, None, || {
                tr!(
                    lang,
                    "debrief-key-player-stance",
                    name = name.as_str(),
                    stance = cx.stances[i].phrase(lang)
                )
            });
        }
    }
}
