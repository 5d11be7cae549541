//! Validation: every id resolves, numbers are in range, the calendar is in order, and the deal can
//! be played (every person reachable, every fact revealable, every tactic possible, someone
//! decides). Reports all problems in the file; builds the compiled form only when there are no
//! errors.
//!
//! `check` runs one function per part of the file, in the order of the file; each returns what
//! later parts and the compiled form need. Problems are collected by data path (`Ctx`) and
//! positioned in the text only when there are some.

use std::collections::HashMap;

use super::compiled::*;
use super::diag::Sink;
use super::model::*;
use super::outline::Outline;
use crate::msg;

mod calendar;
mod code;
mod concerns;
mod ctx;
mod expectations;
mod facts;
mod notes;
mod people;
mod reach;
mod says;
mod shown;
mod tactics;
mod unreachable;
mod variations;
mod vendors;

pub use code::Code;
pub use reach::{Reach, reach};

use ctx::{Ctx, Kind, not_one_word};

/// id -> index for each kind of thing a scenario names.
#[derive(Debug, Default, Clone)]
pub struct Index {
    pub concerns: HashMap<String, Ix>,
    pub departments: HashMap<String, Ix>,
    pub stakeholders: HashMap<String, Ix>,
    pub stages: HashMap<String, Ix>,
    pub vendors: HashMap<String, Ix>,
    pub facts: HashMap<String, Ix>,
    pub questions: HashMap<String, Ix>,
    pub tactics: HashMap<String, Ix>,
}

/// Validates a parsed scenario, reporting into `sink` with positions in `src`. Returns the compiled
/// form and index if there are no errors.
pub fn validate(file: &ScenarioFile, sink: &mut Sink) -> Option<(Compiled, Index)> {
    let mut cx = Ctx::default();
    let result = check(file, &mut cx);
    if !cx.pending.is_empty() {
        // Locating values costs a second pass over the text: only pay it when there is news.
        let outline = Outline::of(sink.src);
        for p in cx.pending {
            let span = outline.find(&p.path).unwrap_or(0..0);
            sink.push(p.severity, p.code, span, p.message, p.label, p.help);
        }
    }
    result
}

/// Every check, in the order of the file; the deal's playability only when the rest is sound.
fn check(f: &ScenarioFile, cx: &mut Ctx) -> Option<(Compiled, Index)> {
    index_ids(f, cx);
    scenario_id(f, cx);
    scoring(f, cx);
    let measures = concerns::measures(f, cx);
    let calendar = calendar::check(f, cx);
    let (vendors, us) = vendors::check(f, &measures, cx);
    let status_quo = vendors::status_quo(f, cx);
    let depts = people::departments(f, cx);
    let mut people = people::check(f, &depts, us, cx);
    people::influence_received(f, &people, cx);
    let facts = facts::check(f, &mut people, cx);
    let tactics = tactics::tactics(f, &depts, &measures, facts.tactic_reveals, cx);
    let moves = tactics::moves(f, us, &depts, &measures, cx);
    let variations = variations::check(f, cx);
    let start_met = cx.resolve_all(Kind::Stakeholder, &f.start.met, "start.met");
    people::decision_body(&people, &variations, cx);
    let expectations = expectations::check(f, cx);
    expectations::teaches(f, cx);
    calendar::gates(f, &people, cx);
    let department_people = people::staffed(f, &people, cx);
    let notes = notes::check(f, cx);
    shown::check(f, cx);
    let d = &f.decision;
    let has_say: Vec<bool> = people.iter().map(|p| p.has_say()).collect();
    let with_a_say = (0..people.len()).filter(|&i| has_say[i]).collect();
    let follow_up = (0..people.len())
        .filter(|&i| people[i].stages.iter().any(|&s| s >= calendar.deal_stages))
        .collect();
    let voting_departments = (0..department_people.len())
        .filter(|&k| department_people[k].iter().any(|&i| people[i].votes))
        .collect();
    let stage_people = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.stages.iter().map(move |&s| (i, s)))
        .filter(|&(_, s)| s < calendar.deal_stages)
        .collect();
    let compiled = Compiled {
        pace: f.pace.clone(),
        decision: CompiledDecision {
            day: d.day,
            consensus: d.consensus,
            veto: d.veto,
            veto_margin: d.veto_margin,
            veto_by: d.veto_by.iter().copied().collect(),
            relationship_weight: d.relationship_weight,
            stance_margin: d.stance_margin,
        },
        scoring: f.scoring.clone(),
        start_day: f.start.day,
        start_budget: f.start.budget,
        questions: f.questions.len(),
        deal_stages: calendar.deal_stages,
        gates: f.stages.iter().map(|s| s.gate).collect(),
        notes,
        measures,
        people,
        vendors,
        us,
        status_quo,
        stage_days: calendar.stage_days,
        key_facts: (0..facts.facts.len())
            .filter(|&k| facts.facts[k].key)
            .collect(),
        with_a_say,
        has_say,
        follow_up,
        facts: facts.facts,
        tactics,
        competitor_moves: moves,
        variations,
        start_facts: facts.start_facts,
        start_met,
        department_people,
        voting_departments,
        stage_people,
        expectations,
    };

    if cx.errors() > 0 {
        return None;
    }
    unreachable::check(f, &compiled, cx);
    says::check(f, cx);
    (cx.errors() == 0).then(|| (compiled, std::mem::take(&mut cx.index)))
}

fn index_ids(f: &ScenarioFile, cx: &mut Ctx) {
    cx.index_ids(Kind::Concern, f.concerns.iter().map(|c| &c.id));
    cx.index_ids(Kind::Department, f.departments.iter().map(|c| &c.id));
    cx.index_ids(Kind::Stakeholder, f.stakeholders.iter().map(|c| &c.id));
    cx.index_ids(Kind::Stage, f.stages.iter().map(|c| &c.id));
    cx.index_ids(Kind::Vendor, f.vendors.iter().map(|c| &c.id));
    cx.index_ids(Kind::Fact, f.facts.iter().map(|c| &c.id));
    cx.index_ids(Kind::Question, f.questions.iter().map(|c| &c.id));
    cx.index_ids(Kind::Tactic, f.tactics.iter().map(|c| &c.id));
}

fn scenario_id(f: &ScenarioFile, cx: &mut Ctx) {
    if f.id.trim().is_empty() {
        cx.error(
            Code::EmptyId,
            "id",
            msg!("check-empty-scenario-id"),
            msg!("check-empty-id-label"),
            Some(msg!("check-empty-scenario-id-help")),
        );
    } else if let Some(help) = not_one_word(&f.id) {
        cx.error(
            Code::BadId,
            "id",
            msg!(
                "check-bad-scenario-id",
                id = crate::escape::clip(&f.id, 60).into_owned()
            ),
            msg!("check-bad-id-label"),
            Some(help),
        );
    }
}

fn scoring(f: &ScenarioFile, cx: &mut Ctx) {
    let s = &f.scoring;
    let points = [
        s.outcome,
        s.purchasing_process,
        s.organization,
        s.stances,
        s.information,
        s.key_players,
        s.ethics,
    ];
    if points.iter().all(|&p| p == 0) {
        cx.error(
            Code::ZeroScoring,
            "scoring",
            msg!("check-zero-scoring"),
            msg!("check-zero-scoring-label"),
            Some(msg!("check-zero-scoring-help")),
        );
    }
}
