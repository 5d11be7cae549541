//! The five-steps checklist: which steps the trainee has worked on so far, from their own actions
//! and marks only, so it never gives away an answer.

use bevy::prelude::*;

use crate::game::theme::{palette, widget};
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::sim::{Action, Deal};

/// (step, worked on, what the trainee has done for it).
pub fn steps(deal: &Deal) -> [(&'static str, bool, String); 5] {
    let f = deal.scenario().data();
    let c = deal.scenario().compiled();
    let visible: Vec<Ix> = (0..f.stakeholders.len())
        .filter(|&i| deal.person(i).is_some_and(|v| v.visible))
        .collect();
    let met: Vec<Ix> = visible
        .iter()
        .copied()
        .filter(|&i| deal.person(i).is_some_and(|v| v.met > 0))
        .collect();
    let stages_worked: std::collections::BTreeSet<usize> = deal
        .log()
        .iter()
        .filter(|l| {
            matches!(
                l.action,
                Action::Meet(_) | Action::Tactic(_) | Action::Ask(..) | Action::AskConcerns(_)
            )
        })
        .map(|l| c.stage_days.iter().rposition(|&d| d <= l.day).unwrap_or(0))
        .collect();
    let depts_met = (0..f.departments.len())
        .filter(|&d| c.department_people[d].iter().any(|i| met.contains(i)))
        .count();
    let mapped = visible
        .iter()
        .filter(|&&i| {
            let b = deal.belief(i);
            b.roles != 0 && b.stance.is_some()
        })
        .count();
    let dm_marked: Vec<Ix> = visible
        .iter()
        .copied()
        .filter(|&i| deal.belief(i).roles & Role::DecisionMaker.bit() != 0)
        .collect();
    let dm_met = dm_marked.iter().any(|i| met.contains(i));
    [
        (
            "1. Purchasing process",
            !stages_worked.is_empty() && stages_worked.len() > deal.stage().min(1),
            format!(
                "You have worked in {} of the {} stages so far.",
                stages_worked.len(),
                deal.stage() + 1
            ),
        ),
        (
            "2. Organization structure",
            depts_met * 2 >= f.departments.len(),
            format!(
                "You have met people in {depts_met} of {} departments.",
                f.departments.len()
            ),
        ),
        (
            "3. Functions and stances",
            mapped > 0,
            format!(
                "Your power map has a role and a stance for {mapped} of {} people you know.",
                visible.len()
            ),
        ),
        (
            "4. Active information",
            deal.known_facts().len() > f.start.known_facts.len(),
            format!("{} facts in your notebook.", deal.known_facts().len()),
        ),
        (
            "5. Key players",
            dm_met,
            if dm_marked.is_empty() {
                "You have not marked who decides.".to_string()
            } else if dm_met {
                "You have met the person you believe decides.".to_string()
            } else {
                "You have not met the person you believe decides.".to_string()
            },
        ),
    ]
}

pub fn spawn(p: &mut ChildSpawnerCommands, deal: &Deal) {
    p.spawn(widget::heading("The five steps"));
    for (step, worked, detail) in steps(deal) {
        p.spawn(widget::colored(
            format!("{} {step}", if worked { "✓" } else { "○" }),
            if worked { palette::GOOD } else { palette::TEXT },
        ));
        p.spawn(widget::muted(detail));
    }
}
