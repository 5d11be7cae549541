//! The calendar: stages in order and before the decision (follow-up stages after it), the pace
//! of a day, the decision rule's numbers, and stage gates someone can pass.

use super::{Code, Ctx};
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
            format!("{} stages; at most 64 are supported", f.stages.len()),
            "too many",
            Some("merge stages: a buying process has a handful".into()),
        );
    }
    let deal_stages = f.stages.iter().filter(|s| !s.follow_up).count();
    if deal_stages == 0 && !f.stages.is_empty() {
        cx.error(
            Code::NoDealStage,
            "stages",
            "every stage is a follow-up stage; the deal itself needs one".into(),
            "only follow-up",
            Some("add a stage that starts before the decision".into()),
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
            "the scenario has no purchasing stages".into(),
            "no stages",
            Some(
                "add at least one stage, e.g. (id: \"evaluation\", name: \"Evaluation\", day: 0)"
                    .into(),
            ),
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
                format!(
                    "stage \"{}\" starts on day {}, not after the stage before it (day {prev})",
                    s.id, s.day
                ),
                "out of order",
                Some(format!(
                    "list stages in calendar order; start \"{}\" after day {prev}",
                    s.id
                )),
            );
        }
        if s.follow_up {
            if s.day < decision {
                cx.error(
                    Code::FollowUpBeforeDecision,
                    &day,
                    format!(
                        "follow-up stage \"{}\" starts on day {}, before the decision (day {})",
                        s.id, s.day, decision
                    ),
                    "before the decision",
                    Some("start a follow-up stage on or after `decision.day`".into()),
                );
            }
        } else if f.stages[..i].iter().any(|x| x.follow_up) {
            cx.error(
                Code::StageAfterFollowUp,
                &format!("stages[{i}]"),
                format!("stage \"{}\" comes after a follow-up stage", s.id),
                "after follow-up",
                Some("list the follow-up stages (after the decision) last".into()),
            );
        } else if s.day >= decision {
            cx.error(
                Code::StageAfterDecision,
                &day,
                format!(
                    "stage \"{}\" starts on day {}, but the decision is on day {}",
                    s.id, s.day, decision
                ),
                "after the decision",
                Some(
                    "every stage must start before `decision.day`, or be marked `follow_up: true`"
                        .into(),
                ),
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
            "hours per day",
        ),
        (
            "question_hours",
            i64::from(p.question_hours),
            0,
            24,
            "hours per question",
        ),
        (
            "stage_missed",
            i64::from(p.stage_missed),
            -100,
            0,
            "the missed-stage relationship change",
        ),
        (
            "before_stage_rapport",
            i64::from(p.before_stage_rapport),
            -100,
            100,
            "the rapport before a person's stage",
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
            format!(
                "the deal starts on day {} but the first stage only on day {}",
                f.start.day, first.day
            ),
            "starts late",
            Some("start the first stage on the start day so every day has a stage".into()),
        );
    }
    let d = &f.decision;
    if d.day <= f.start.day {
        cx.error(
            Code::NoTime,
            "decision.day",
            format!(
                "the decision (day {}) is not after the start (day {})",
                d.day, f.start.day
            ),
            "no time to play",
            Some("set `decision.day` after `start.day`".into()),
        );
    }
    let shares = [
        ("consensus", d.consensus, 1.0, "the consensus share"),
        (
            "relationship_weight",
            d.relationship_weight,
            1.0,
            "the relationship weight",
        ),
        ("stance_margin", d.stance_margin, 10.0, "the stance margin"),
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
                format!("stage \"{}\" is a gate, but nobody is tied to it", st.id),
                "nobody to pass",
                Some(format!(
                    "add \"{}\" to the `stages` of the people who decide the gate",
                    st.id
                )),
            );
        }
        if st.gate && st.follow_up {
            cx.error(
                Code::GateAfterDecision,
                &path,
                "a follow-up stage comes after the decision, so it cannot gate the bid".into(),
                "too late",
                Some("put the gate on a stage before the decision".into()),
            );
        }
    }
}
