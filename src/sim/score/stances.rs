//! Step 3, functions and stances: the stances on the power map, backed by evidence (revealed, or
//! read from a meeting where the trainee learned what the person cares about), and acting on
//! them: working the opponents and the informal roles (coach, gatekeeper, spouse) and turning or
//! containing them.

use super::organization::mark;
use super::{Claim, Ctx, Tally};
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::sim::Stance;
use crate::sim::deal::Deal;
use crate::tr;

pub(super) fn score(cx: &Ctx, t: &mut Tally) {
    let half = cx.deal.sc.compiled().scoring.stances as f32 / 2.0;
    the_map(cx, t, half);
    acting_on_it(cx, t, half);
}

/// The stances on the power map, backed by evidence.
fn the_map(cx: &Ctx, t: &mut Tally, half: f32) {
    let d = cx.deal;
    let c = d.sc.compiled();
    let matter = &c.with_a_say;
    let matter_count = matter.len();
    let lang = cx.lang();
    if matter_count == 0 {
        t.add(half, None, None, || tr!(lang, "debrief-nobody-has-a-say"));
    }
    // Someone never marked scores nothing: with no words to write, only the people marked are
    // gone through (in order, as they are among those with a say).
    let marked: Vec<Ix>;
    let listed = if t.is_quiet() {
        marked = d.marked.iter().copied().filter(|&i| c.has_say[i]).collect();
        &marked
    } else {
        matter
    };
    for &i in listed {
        let belief = d.beliefs[i].stance;
        if belief.is_none() && t.is_quiet() {
            continue;
        }
        let truth = cx.stances[i];
        // The evidence counts only for a right mark (the only case its words mention either),
        // so most people, never marked, are not looked up.
        let evidence = belief == Some(truth) && {
            let p = &d.people[i];
            p.stance_known || (p.meetings > 0 && !p.known_concerns.is_empty())
        };
        let pts = if belief == Some(truth) && evidence {
            half / matter_count as f32
        } else {
            0.0
        };
        let claim = belief.map(|_| Claim::Marked(i));
        // Named only for the words: this runs at every decision a bot weighs.
        let name = || cx.name(i);
        t.add(pts, claim, mark(cx, i, false), move || match belief {
            Some(b) if b == truth && evidence => tr!(
                lang,
                "debrief-stance-right",
                name = name(),
                truth = truth.phrase(lang)
            ),
            Some(b) if b == truth => tr!(
                lang,
                "debrief-stance-guessed",
                name = name(),
                marked = b.phrase(lang)
            ),
            Some(b) => tr!(
                lang,
                "debrief-stance-wrong",
                name = name(),
                marked = b.phrase(lang),
                truth = truth.phrase(lang)
            ),
            None => tr!(
                lang,
                "debrief-stance-unmarked",
                name = name(),
                truth = truth.phrase(lang)
            ),
        });
    }
}

/// The people step 3 asks the trainee to act on, known to them or not: those who hold an informal
/// role, and those with a say who were opponents at the start. Neither changes during a deal, so
/// the deal works this out once, when it starts (`Deal::hard_cases`).
pub(in crate::sim) fn hard_cases(d: &Deal) -> Vec<Ix> {
    let c = d.sc.compiled();
    let informal = Role::Coach | Role::Gatekeeper | Role::Influencer;
    (0..d.people.len())
        .filter(|&i| {
            let holds_informal = !d.minds.roles[i].is_disjoint(informal);
            let opponent_at_start = d.initial_stances.get(i) == Some(&Stance::Opponent);
            holds_informal || opponent_at_start && c.has_say[i]
        })
        .collect()
}

/// Acting on the map: opponents (at the start) and informal roles with a say, worked and not left
/// against you.
fn acting_on_it(cx: &Ctx, t: &mut Tally, half: f32) {
    let d = cx.deal;
    let informal = Role::Coach | Role::Gatekeeper | Role::Influencer;
    let count = d.hard_cases.iter().filter(|&&i| d.visible[i]).count();
    let lang = cx.lang();
    if count == 0 {
        t.add(half, None, None, || tr!(lang, "debrief-no-hard-cases"));
        return;
    }
    let each = half / count as f32;
    // A hard case never worked scores nothing: with no words to write, only the people engaged
    // are gone through (on a large deal nearly everyone may be a hard case, and few engaged).
    let listed: Vec<Ix> = if t.is_quiet() {
        let hard = |i: &Ix| d.hard_cases.binary_search(i).is_ok();
        d.first_engaged
            .people()
            .iter()
            .copied()
            .filter(hard)
            .collect()
    } else {
        d.hard_cases.to_vec()
    };
    for i in listed.into_iter().filter(|&i| d.visible[i]) {
        let name = || cx.name(i);
        let opponent_at_start = d.initial_stances.get(i) == Some(&Stance::Opponent);
        // Words only when someone reads them: this runs at every decision a bot weighs.
        let who = || {
            if opponent_at_start {
                tr!(lang, "debrief-opponent-at-start")
            } else {
                crate::sim::roles_text(d.minds.roles[i] & informal, lang)
            }
        };
        let now = cx.stances[i];
        let worked = cx.engaged(i);
        let at = d.first_engaged[i].and_then(|(day, s)| s.map(|s| (day, s)));
        if worked && now != Stance::Opponent {
            t.add(
                each,
                Some(Claim::Met(i)).filter(|_| d.people[i].meetings > 0),
                at,
                || {
                    tr!(
                        lang,
                        "debrief-hard-case-turned",
                        name = name(),
                        who = who(),
                        now = now.phrase(lang)
                    )
                },
            );
        } else if worked {
            t.add(0.0, None, at, || {
                tr!(
                    lang,
                    "debrief-hard-case-still-against",
                    name = name(),
                    who = who()
                )
            });
        } else {
            t.add(0.0, Some(Claim::NeverMet(i)), None, || {
                tr!(
                    lang,
                    "debrief-hard-case-missed",
                    name = name(),
                    who = who(),
                    now = now.phrase(lang)
                )
            });
        }
    }
}
