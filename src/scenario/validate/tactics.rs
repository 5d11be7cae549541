//! The trainee's tactics (odds, risks, targets, preconditions, effects) and the rivals' moves.

use super::{Code, Ctx, Kind};
use crate::scenario::compiled::*;
use crate::scenario::model::{CompetitorMove, Effect, ScenarioFile, Tactic};

/// The compiled tactics; `reveals` holds the facts each tactic is a source of.
pub(super) fn tactics(
    f: &ScenarioFile,
    depts: &[Option<Ix>],
    measures: &[CompiledMeasure],
    reveals: Vec<Vec<Ix>>,
    cx: &mut Ctx,
) -> Vec<CompiledTactic> {
    f.tactics
        .iter()
        .zip(reveals)
        .enumerate()
        .map(|(i, (t, reveals))| tactic(i, t, depts, measures, reveals, cx))
        .collect()
}

fn tactic(
    i: usize,
    t: &Tactic,
    depts: &[Option<Ix>],
    measures: &[CompiledMeasure],
    reveals: Vec<Ix>,
    cx: &mut Ctx,
) -> CompiledTactic {
    let path = format!("tactics[{i}]");
    cx.range_f(
        &format!("{path}.odds"),
        t.odds,
        0.0,
        1.0,
        "the odds of success",
    );
    let risk = t.compliance_risk;
    cx.range_f(
        &format!("{path}.compliance_risk"),
        risk,
        0.0,
        1.0,
        "the compliance risk",
    );
    let target = match &t.target {
        Some(w) => cx
            .who(w, &format!("{path}.target"), depts)
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let requires = cx.conds(&t.requires, &format!("{path}.requires"));
    let effects = cx.effects(&t.effects, &format!("{path}.effects"), depts, measures);
    let on_failure = cx.effects(
        &t.on_failure,
        &format!("{path}.on_failure"),
        depts,
        measures,
    );
    let if_caught = cx.effects(&t.if_caught, &format!("{path}.if_caught"), depts, measures);
    if t.compliance_risk > 0.0 && t.if_caught.is_empty() {
        cx.warn(
            Code::RiskWithoutConsequence,
            &format!("{path}.compliance_risk"),
            format!(
                "tactic \"{}\" can be caught but `if_caught` is empty, so nothing happens when \
                 it is",
                t.id
            ),
            "no consequence",
            Some("add `if_caught: [Disqualify]` or a relationship loss".into()),
        );
    }
    if t.retry && t.repeatable {
        cx.warn(
            Code::RetryAndRepeatable,
            &format!("{path}.retry"),
            format!(
                "tactic \"{}\" is `repeatable`, so `retry` adds nothing",
                t.id
            ),
            "redundant",
            Some("keep one: `repeatable` (any time) or `retry` (after a failure)".into()),
        );
    }
    if t.effects.is_empty() && reveals.is_empty() {
        cx.warn(
            Code::NoEffect,
            &format!("{path}.effects"),
            format!("tactic \"{}\" changes nothing and reveals no fact", t.id),
            "no effect",
            Some("give it effects, or make it a source of a fact".into()),
        );
    }
    CompiledTactic {
        days: t.days,
        budget: t.budget,
        target,
        requires,
        odds: t.odds,
        effects,
        on_failure,
        compliance_risk: t.compliance_risk,
        breaks_policy: t.breaks_policy,
        if_caught,
        repeatable: t.repeatable,
        retry: t.retry,
        reveals,
    }
}

/// The rivals' moves, in the order of their days; a move whose vendor is unknown is left out.
pub(super) fn moves(
    f: &ScenarioFile,
    us: Ix,
    depts: &[Option<Ix>],
    measures: &[CompiledMeasure],
    cx: &mut Ctx,
) -> Vec<CompiledCompetitorMove> {
    let mut moves: Vec<CompiledCompetitorMove> = f
        .competitor_moves
        .iter()
        .enumerate()
        .filter_map(|(i, m)| competitor_move(f, i, m, us, depts, measures, cx))
        .collect();
    moves.sort_by_key(|m| m.day);
    moves
}

fn competitor_move(
    f: &ScenarioFile,
    i: usize,
    m: &CompetitorMove,
    us: Ix,
    depts: &[Option<Ix>],
    measures: &[CompiledMeasure],
    cx: &mut Ctx,
) -> Option<CompiledCompetitorMove> {
    let path = format!("competitor_moves[{i}]");
    let vendor = cx.resolve(Kind::Vendor, &m.vendor, &format!("{path}.vendor"));
    if vendor == Some(us) {
        cx.error(
            Code::MoveByUs,
            &format!("{path}.vendor"),
            "a competitor move is made by the trainee's own company".into(),
            "that is us",
            Some("name a rival vendor; the trainee's own moves are tactics".into()),
        );
    }
    cx.range_f(&format!("{path}.odds"), m.odds, 0.0, 1.0, "the odds");
    if m.day >= f.decision.day {
        cx.warn(
            Code::MoveAfterDecision,
            &format!("{path}.day"),
            format!(
                "this move on day {} comes on or after the decision (day {}) and never happens",
                m.day, f.decision.day
            ),
            "too late",
            Some("move it before `decision.day`".into()),
        );
    }
    let unless = cx.conds(&m.unless, &format!("{path}.unless"));
    let effects = cx.effects(&m.effects, &format!("{path}.effects"), depts, measures);
    for (j, e) in m.effects.iter().enumerate() {
        if matches!(e, Effect::Budget(_)) {
            cx.error(
                Code::BudgetByRival,
                &format!("{path}.effects[{j}]"),
                "a rival cannot raise the buyer's budget for the trainee".into(),
                "not a rival's move",
                Some("move `Budget(..)` to one of the trainee's tactics".into()),
            );
        }
    }
    Some(CompiledCompetitorMove {
        index: i,
        vendor: vendor?,
        day: m.day,
        odds: m.odds,
        unless,
        effects,
        noticed: m.noticed,
    })
}
