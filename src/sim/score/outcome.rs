//! The outcome: winning, the margin kept, and the relationship left for follow-up service; with the
//! votes, a veto, the tactics that worked, and what the rivals did.

use super::{Claim, Ctx, Tally, Verdict, notes};
use crate::scenario::compiled::CompiledCondition;
use crate::sim::Action;
use crate::tr;

pub(super) struct Summary {
    pub price: f64,
    pub margin_kept: f32,
    pub relationship: f32,
}

pub(super) fn score(cx: &Ctx, t: &mut Tally) -> Summary {
    let (price, margin_kept) = verdict(cx, t);
    votes(cx, t);
    let relationship = follow_up(cx, t);
    tactics_and_rivals(cx, t);
    Summary {
        price,
        margin_kept,
        relationship,
    }
}

/// A vendor's name for the debrief.
fn vendor_name<'a>(cx: &Ctx<'a>, v: usize) -> &'a str {
    cx.deal
        .sc
        .data()
        .vendors
        .get(v)
        .map_or("?", |v| v.name.as_str())
}

/// The verdict, and the margin kept in a win: the price and the share of the margin kept.
fn verdict(cx: &Ctx, t: &mut Tally) -> (f64, f32) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let o = c.scoring.outcome as f32;
    let us = c.us;
    let vendor = |v: usize| vendor_name(cx, v);
    let list = c.vendors[us].price;
    let floor = c.vendors[us].floor;
    let price = d.vendors[us].price;
    let margin_kept = if list > floor {
        (((price - floor) / (list - floor)) as f32).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let verdict = cx.leaning.verdict;
    let lang = cx.lang();
    let verdict_text = || match verdict {
        Verdict::Won => f.debrief.won.clone(),
        Verdict::Lost { winner } => tr!(
            lang,
            "debrief-lost",
            winner = vendor(winner),
            text = f.debrief.lost.as_str()
        ),
        Verdict::NoDecision { kept: Some(k) } => tr!(
            lang,
            "debrief-no-consensus",
            kept = vendor(k),
            text = f.debrief.no_decision.as_str()
        ),
        Verdict::NoDecision { kept: None } => tr!(
            lang,
            "debrief-no-decision",
            text = f.debrief.no_decision.as_str()
        ),
        Verdict::Disqualified { .. } => tr!(
            lang,
            "debrief-disqualified",
            text = f.debrief.disqualified.as_str()
        ),
    };
    if cx.won() {
        t.add(0.6 * o, None, None, verdict_text);
        t.add(
            0.25 * o * margin_kept,
            (price != list).then_some(Claim::PriceChanged),
            last_price_change(cx),
            || {
                let money = f.money();
                tr!(
                    lang,
                    "debrief-margin",
                    price = money.format(price),
                    list = money.format(list),
                    floor = money.format(floor),
                    kept = crate::scenario::money::percent(margin_kept)
                )
            },
        );
    } else {
        t.add(0.0, None, None, verdict_text);
    }
    if let Some(s) = d.dropped_at {
        t.add(0.0, None, None, || {
            tr!(lang, "debrief-dropped", stage = f.stages[s].name.as_str())
        });
    }
    (price, margin_kept)
}

/// Each vote with its share of the say, and a veto.
fn votes(cx: &Ctx, t: &mut Tally) {
    // Words only, no points: nothing to do when nobody reads them.
    if t.is_quiet() {
        return;
    }
    let vendor = |v: usize| vendor_name(cx, v);
    let lang = cx.lang();
    let total_weight: f32 = cx.leaning.votes.iter().map(|v| v.weight).sum();
    for vote in &cx.leaning.votes {
        t.add(0.0, None, None, || {
            let choice = vote
                .vendor
                .map_or_else(|| tr!(lang, "debrief-no-vendor"), |v| vendor(v).to_string());
            let share = if total_weight > 0.0 {
                vote.weight / total_weight * 100.0
            } else {
                0.0
            };
            tr!(
                lang,
                "debrief-vote",
                name = cx.name(vote.person),
                share = format!("{share:.0}"),
                choice = choice
            )
        });
    }
    if let Some(v) = cx.leaning.vetoed_by {
        t.add(0.0, None, None, || {
            tr!(lang, "debrief-veto", name = cx.name(v))
        });
    }
}

/// Follow-up service: the relationship left with the people of the follow-up stages if the
/// scenario has them, else with the people who decided.
fn follow_up(cx: &Ctx, t: &mut Tally) -> f32 {
    let d = cx.deal;
    let c = d.sc.compiled();
    let o = c.scoring.outcome as f32;
    let us = c.us;
    let follow_up = &c.follow_up;
    let of = |i: usize| (d.relationship_of(i, us) as f32 + 100.0) / 200.0;
    let (sum, with): (f32, usize) = if follow_up.is_empty() {
        // The voters, in the order of the votes (a look-ahead lists no votes).
        let voters = &d.minds.voters;
        (voters.iter().map(|v| of(v.0)).sum(), voters.len())
    } else {
        (follow_up.iter().map(|&i| of(i)).sum(), follow_up.len())
    };
    let relationship = if with == 0 { 0.5 } else { sum / with as f32 };
    let lang = cx.lang();
    t.add(0.15 * o * relationship, None, None, || {
        let share = format!("{:.0}", relationship * 100.0);
        if follow_up.is_empty() {
            tr!(lang, "debrief-follow-up-deciders", share = share)
        } else {
            let names: Vec<String> = follow_up.iter().map(|&i| cx.name(i)).collect();
            tr!(
                lang,
                "debrief-follow-up-with",
                names = names.join(&tr!(lang, "list-separator")),
                share = share
            )
        }
    });
    relationship
}

/// The tactics that worked, and what the rivals did or were stopped from doing.
fn tactics_and_rivals(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let vendor = |v: usize| vendor_name(cx, v);
    let lang = cx.lang();
    for (i, logged) in d.log.iter().enumerate() {
        if let Action::Tactic(k) = logged.action {
            let text = &f.tactics[k].debrief;
            // A line true only of some deals says so (`debrief_when`), and shows only in them.
            let holds = || {
                c.tactics[k]
                    .debrief_when
                    .iter()
                    .all(|w| notes::holds(cx, *w))
            };
            if !text.is_empty() && logged.succeeded && holds() {
                t.add(
                    0.0,
                    Some(Claim::TacticWorked(k)),
                    Some((logged.day, i)),
                    || {
                        tr!(
                            lang,
                            "debrief-tactic",
                            tactic = f.tactics[k].name.as_str(),
                            text = text.as_str()
                        )
                    },
                );
            }
        }
    }
    for &(m, day, happened) in &d.moves {
        let mv = &f.competitor_moves[m];
        let Some(mc) = c.competitor_moves.iter().find(|x| x.index == m) else {
            continue;
        };
        if happened {
            t.add(0.0, Some(Claim::RivalMove(m)), None, || {
                tr!(
                    lang,
                    "debrief-rival-move",
                    day = day,
                    vendor = vendor(mc.vendor),
                    text = mv.text.as_str()
                )
            });
        } else if mc
            .unless
            .iter()
            .any(|x| !matches!(x, CompiledCondition::NotUsed(_)))
        {
            // Countered by something the trainee did, not merely by something they left undone.
            t.add(0.0, Some(Claim::RivalCountered(m)), None, || {
                tr!(
                    lang,
                    "debrief-rival-countered",
                    day = day,
                    vendor = vendor(mc.vendor),
                    text = mv.text.as_str()
                )
            });
        }
    }
    for &(v, day, to) in &d.answered {
        t.add(0.0, Some(Claim::PriceAnswered(v)), None, || {
            tr!(
                lang,
                "debrief-price-answered",
                day = day,
                vendor = vendor(v),
                price = f.money().format(to)
            )
        });
    }
}

fn last_price_change(cx: &Ctx) -> Option<(u32, usize)> {
    let c = cx.deal.sc.compiled();
    cx.deal
        .log
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, l)| match l.action {
            Action::Tactic(t)
                if c.tactics[t]
                    .effects
                    .iter()
                    .any(|e| matches!(e, crate::scenario::compiled::CompiledEffect::Price(_))) =>
            {
                Some((l.day, i))
            }
            _ => None,
        })
}
