//! The calendar: stages in order and before the decision (follow-up stages after it), the pace
//! of a day, the decision rule's numbers, and stage gates someone can pass.

use super::{Code, Ctx};
use crate::msg;
use crate::scenario::compiled::CompiledPerson;
use crate::scenario::model::ScenarioFile;

/// What the calendar gives the compiled form.
pub(super) struct Calendar {
    /// The day each stage starts, in file order.
    pub stage_days: Vec<u32>,
    /// How many stages come before the decision (the rest are follow-ups).
    pub deal_stages: usize,
}

pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) -> Calendar {
    let stage_days = stages(f, cx);
    if f.stages.len() > 64 {
        cx.error(
            Code::TooManyStages,
            "stages",
            msg!("check-too-many-stages", count = f.stages.len()),
            msg!("check-too-many-stages-label"),
            Some(msg!("check-too-many-stages-help")),
        );
    }
    let deal_stages = f.stages.iter().filter(|s| !s.follow_up).count();
    if deal_stages == 0 && !f.stages.is_empty() {
        cx.error(
            Code::NoDealStage,
            "stages",
            msg!("check-no-deal-stage"),
            msg!("check-no-deal-stage-label"),
            Some(msg!("check-no-deal-stage-help")),
        );
    }
    pace(f, cx);
    decision(f, cx);
    Calendar {
        stage_days,
        deal_stages,
    }
}

/// Each stage after the one before, deal stages before the decision and follow-ups after it.
fn stages(f: &ScenarioFile, cx: &mut Ctx) -> Vec<u32> {
    let mut stage_days = Vec::new();
    if f.stages.is_empty() {
        cx.error(
            Code::EmptyList,
            "stages",
            msg!("check-no-stages"),
            msg!("check-no-stages-label"),
            Some(msg!("check-no-stages-help")),
        );
    }
    let decision = f.decision.day;
    for (i, s) in f.stages.iter().enumerate() {
        let day = format!("stages[{i}].day");
        if let Some(&prev) = stage_days.last()
            && s.day <= prev
        {
            cx.error(
                Code::StageOrder,
                &day,
                msg!(
                    "check-stage-order",
                    stage = s.id.as_str(),
                    day = s.day,
                    prev = prev
                ),
                msg!("check-stage-order-label"),
                Some(msg!(
                    "check-stage-order-help",
                    stage = s.id.as_str(),
                    prev = prev
                )),
            );
        }
        if s.follow_up {
            if s.day < decision {
                cx.error(
                    Code::FollowUpBeforeDecision,
                    &day,
                    msg!(
                        "check-follow-up-before-decision",
                        stage = s.id.as_str(),
                        day = s.day,
                        decision = decision
                    ),
                    msg!("check-follow-up-before-decision-label"),
                    Some(msg!("check-follow-up-before-decision-help")),
                );
            }
        } else if f.stages[..i].iter().any(|x| x.follow_up) {
            cx.error(
                Code::StageAfterFollowUp,
                &format!("stages[{i}]"),
                msg!("check-stage-after-follow-up", stage = s.id.as_str()),
                msg!("check-stage-after-follow-up-label"),
                Some(msg!("check-stage-after-follow-up-help")),
            );
        } else if s.day >= decision {
            cx.error(
                Code::StageAfterDecision,
                &day,
                msg!(
                    "check-stage-after-decision",
                    stage = s.id.as_str(),
                    day = s.day,
                    decision = decision
                ),
                msg!("check-stage-after-decision-label"),
                Some(msg!("check-stage-after-decision-help")),
            );
        }
        stage_days.push(s.day);
    }
    stage_days
}

fn pace(f: &ScenarioFile, cx: &mut Ctx) {
    let p = &f.pace;
    let ranges = [
        (
            "hours_per_day",
            i64::from(p.hours_per_day),
            1,
            24,
            msg!("check-what-hours-per-day"),
        ),
        (
            "question_hours",
            i64::from(p.question_hours),
            0,
            24,
            msg!("check-what-question-hours"),
        ),
        (
            "stage_missed",
            i64::from(p.stage_missed),
            -100,
            0,
            msg!("check-what-stage-missed"),
        ),
        (
            "before_stage_rapport",
            i64::from(p.before_stage_rapport),
            -100,
            100,
            msg!("check-what-before-stage-rapport"),
        ),
    ];
    for (field, v, lo, hi, what) in ranges {
        cx.range_i(&format!("pace.{field}"), v, lo, hi, what);
    }
}

fn decision(f: &ScenarioFile, cx: &mut Ctx) {
    if let Some(first) = f.stages.first()
        && first.day > f.start.day
    {
        cx.warn(
            Code::CalendarGap,
            "stages[0].day",
            msg!("check-calendar-gap", start = f.start.day, first = first.day),
            msg!("check-calendar-gap-label"),
            Some(msg!("check-calendar-gap-help")),
        );
    }
    let d = &f.decision;
    if d.day <= f.start.day {
        cx.error(
            Code::NoTime,
            "decision.day",
            msg!("check-no-time", decision = d.day, start = f.start.day),
            msg!("check-no-time-label"),
            Some(msg!("check-no-time-help")),
        );
    }
    let shares = [
        ("consensus", d.consensus, 1.0, msg!("check-what-consensus")),
        (
            "relationship_weight",
            d.relationship_weight,
            1.0,
            msg!("check-what-relationship-weight"),
        ),
        (
            "stance_margin",
            d.stance_margin,
            10.0,
            msg!("check-what-stance-margin"),
        ),
    ];
    for (field, v, hi, what) in shares {
        cx.range_f(&format!("decision.{field}"), v, 0.0, hi, what);
    }
}

/// A gate stage needs people tied to it, and must come before the decision.
pub(super) fn gates(f: &ScenarioFile, people: &[CompiledPerson], cx: &mut Ctx) {
    for (k, st) in f.stages.iter().enumerate() {
        let path = format!("stages[{k}].gate");
        if st.gate && !people.iter().any(|p| p.stages.contains(&k)) {
            cx.error(
                Code::GateWithoutPeople,
                &path,
                msg!("check-gate-without-people", stage = st.id.as_str()),
                msg!("check-gate-without-people-label"),
                Some(msg!(
                    "check-gate-without-people-help",
                    stage = st.id.as_str()
                )),
            );
        }
        // A gate decides the deal: a trainee must be able to read that it does (the stage's
        // `about` is shown on the game's calendar).
        if st.gate && st.about.trim().is_empty() {
            cx.warn(
                Code::UnexplainedGate,
                &format!("stages[{k}].gate"),
                msg!("check-unexplained-gate", stage = st.id.as_str()),
                msg!("check-unexplained-gate-label"),
                Some(msg!("check-unexplained-gate-help")),
            );
        }
        if st.gate && st.follow_up {
            cx.error(
                Code::GateAfterDecision,
                &path,
                msg!("check-gate-after-decision"),
                msg!("check-too-late-label"),
                Some(msg!("check-gate-after-decision-help")),
            );
        }
    }
}
