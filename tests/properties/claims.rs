//! What the debrief claims, checked against what happened: the events, the log and the
//! scenario, never the score's own code.

use key_account::scenario::Role;
use key_account::scenario::compiled::{CompiledPatch, CompiledWhen};
use key_account::sim::{Action, Claim, Deal, Event, Verdict};

/// No debrief line states what did not happen: every line's claim holds against the events.
pub fn check_claims(deal: &Deal, events: &[Event]) {
    let c = deal.scenario().compiled();
    let o = deal.outcome().expect("decided");
    let met = |p: usize| {
        c.start_met.contains(&p)
            || events
                .iter()
                .any(|e| matches!(e, Event::Met { person, .. } if *person == p))
    };
    let learned = |f: usize| {
        c.start_facts.contains(&f)
            || events
                .iter()
                .any(|e| matches!(e, Event::Learned { fact } if *fact == f))
    };
    for l in &o.debrief {
        let Some(claim) = l.claim else { continue };
        let holds = match claim {
            Claim::Met(p) => met(p),
            Claim::NeverMet(p) => !met(p),
            Claim::EngagedIn { person, stage } => deal.engaged_in(person, stage),
            Claim::NotEngagedIn { person, stage } => !deal.engaged_in(person, stage),
            Claim::Learned(f) => learned(f),
            Claim::NeverLearned(f) => !learned(f),
            Claim::ConcernLearned { person, concern } => events.iter().any(|e| {
                matches!(e, Event::ConcernLearned { person: p, concern: k, .. }
                    if *p == person && *k == concern)
            }),
            Claim::ConcernNotLearned { person, concern } => !events.iter().any(|e| {
                matches!(e, Event::ConcernLearned { person: p, concern: k, .. }
                    if *p == person && *k == concern)
            }),
            Claim::TacticWorked(t) => {
                events
                    .iter()
                    .any(|e| matches!(e, Event::TacticSucceeded { tactic } if *tactic == t))
                    && c.tactics[t]
                        .debrief_when
                        .iter()
                        .all(|w| when_holds(deal, events, *w))
            }
            Claim::TacticUsed(t) => deal.log().iter().any(|x| x.action == Action::Tactic(t)),
            // Noticed moves are in the trainee's event log; the others the debrief reveals
            // after the fact, from the deal's own record of what happened.
            Claim::RivalMove(m) => {
                events.iter().any(|e| matches!(e, Event::RivalMove { index } if *index == m))
                    || deal.happened_moves().iter().any(|x| x.0 == m)
            }
            Claim::RivalCountered(m) => {
                !deal.happened_moves().iter().any(|x| x.0 == m)
                    && deal.log().iter().any(|x| !x.action.is_power_map())
            }
            Claim::PriceAnswered(v) => events
                .iter()
                .any(|e| matches!(e, Event::PriceAnswered { vendor, .. } if *vendor == v)),
            Claim::PriceChanged => events
                .iter()
                .any(|e| matches!(e, Event::PriceChanged { vendor, .. } if *vendor == c.us)),
            Claim::Marked(p) => deal.log().iter().any(|x| {
                matches!(x.action, Action::MarkRole(q, ..) | Action::MarkStance(q, _) if q == p)
            }),
        };
        assert!(
            holds,
            "the debrief says what did not happen: {:?} {}",
            claim, l.text
        );
    }
    // A rival move is reported only once its day has come.
    for &(m, day) in &deal.happened_moves() {
        assert!(day < deal.day() || day <= o.day, "move {m} on day {day}");
    }
}

/// A tactic line's `debrief_when`, judged from the events and the scenario, not by the score's
/// own code: the conditions a tactic's line may rest on.
fn when_holds(deal: &Deal, events: &[Event], w: CompiledWhen) -> bool {
    let c = deal.scenario().compiled();
    let o = deal.outcome().expect("decided");
    let succeeded = |t: usize| {
        events
            .iter()
            .any(|e| matches!(e, Event::TacticSucceeded { tactic } if *tactic == t))
    };
    let met = |p: usize| {
        c.start_met.contains(&p)
            || events
                .iter()
                .any(|e| matches!(e, Event::Met { person, .. } if *person == p))
    };
    let learned = |f: usize| {
        c.start_facts.contains(&f)
            || events
                .iter()
                .any(|e| matches!(e, Event::Learned { fact } if *fact == f))
    };
    match w {
        CompiledWhen::Won => o.verdict == Verdict::Won,
        CompiledWhen::Used(t) => succeeded(t),
        CompiledWhen::NotUsed(t) => !deal.log().iter().any(|l| l.action == Action::Tactic(t)),
        CompiledWhen::Met(p) => met(p),
        CompiledWhen::NotMet(p) => !met(p),
        CompiledWhen::Known(f) => learned(f),
        CompiledWhen::NotKnown(f) => !learned(f),
        // Who signs: the file's roles with the deal's variation picks applied.
        CompiledWhen::Decides(p) => {
            let mut roles = c.people[p].roles;
            for (v, &pick) in c.variations.iter().zip(deal.variation_picks()) {
                for patch in &v.alternatives[pick].1 {
                    if let CompiledPatch::Roles(q, r) = patch
                        && *q == p
                    {
                        roles = *r;
                    }
                }
            }
            roles.contains(Role::DecisionMaker)
        }
        // The rest are about the whole deal; no bundled tactic line rests on them yet.
        other => panic!("no independent check for {other:?} yet: add one here"),
    }
}
