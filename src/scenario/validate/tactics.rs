//! The trainee's tactics (odds, risks, targets, preconditions, effects) and the rivals' moves.

use super::{Code, Ctx, Kind};
use crate::msg;
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
        msg!("check-what-odds-of-success"),
    );
    let risk = t.compliance_risk;
    cx.range_f(
        &format!("{path}.compliance_risk"),
        risk,
        0.0,
        1.0,
        msg!("check-what-compliance-risk"),
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
            msg!("check-risk-without-consequence", tactic = t.id.as_str()),
            msg!("check-risk-without-consequence-label"),
            Some(msg!("check-risk-without-consequence-help")),
        );
    }
    if t.retry && t.repeatable {
        cx.warn(
            Code::RetryAndRepeatable,
            &format!("{path}.retry"),
            msg!("check-retry-and-repeatable", tactic = t.id.as_str()),
            msg!("check-retry-and-repeatable-label"),
            Some(msg!("check-retry-and-repeatable-help")),
        );
    }
    if t.repeatable && t.days == 0 {
        cx.warn(
            Code::FreeRepeatable,
            &format!("{path}.days"),
            msg!("check-free-repeatable", tactic = t.id.as_str()),
            msg!("check-free-repeatable-label"),
            Some(msg!("check-free-repeatable-help")),
        );
    }
    if t.effects.is_empty() && reveals.is_empty() {
        cx.warn(
            Code::NoEffect,
            &format!("{path}.effects"),
            msg!("check-no-effect", tactic = t.id.as_str()),
            msg!("check-no-effect-label"),
            Some(msg!("check-no-effect-help")),
        );
    }
    let debrief_when = cx.each(
        &t.debrief_when,
        &format!("{path}.debrief_when"),
        |cx, w, at| super::notes::when(w, &format!("{at}.0"), cx),
    );
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
        debrief_when,
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
            msg!("check-move-by-us"),
            msg!("check-that-is-us-label"),
            Some(msg!("check-move-by-us-help")),
        );
    }
    cx.range_f(
        &format!("{path}.odds"),
        m.odds,
        0.0,
        1.0,
        msg!("check-what-odds"),
    );
    if m.day >= f.decision.day {
        cx.warn(
            Code::MoveAfterDecision,
            &format!("{path}.day"),
            msg!(
                "check-move-after-decision",
                day = m.day,
                decision = f.decision.day
            ),
            msg!("check-too-late-label"),
            Some(msg!("check-move-after-decision-help")),
        );
    }
    let unless = cx.conds(&m.unless, &format!("{path}.unless"));
    let effects = cx.effects(&m.effects, &format!("{path}.effects"), depts, measures);
    for (j, e) in m.effects.iter().enumerate() {
        if matches!(e, Effect::Budget(_)) {
            cx.error(
                Code::BudgetByRival,
                &format!("{path}.effects[{j}]"),
                msg!("check-budget-by-rival"),
                msg!("check-budget-by-rival-label"),
                Some(msg!("check-budget-by-rival-help")),
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
