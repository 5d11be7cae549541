//! People: departments, numbers, concerns, relationships with rivals, how each can be met
//! (access), whom they influence, who decides, and departments with nobody in them.

use super::{Code, Ctx, Kind};
use crate::msg;
use crate::scenario::compiled::*;
use crate::scenario::model::{Access, Role, ScenarioFile, Stakeholder, Weight};

/// Each person's department, resolved first: tactics aimed at a department need them.
pub(super) fn departments(f: &ScenarioFile, cx: &mut Ctx) -> Vec<Option<Ix>> {
    f.stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let d = s.department.as_ref()?;
            cx.resolve(
                Kind::Department,
                d,
                &format!("stakeholders[{i}].department"),
            )
        })
        .collect()
}

/// The compiled people, without the facts they tell (the facts fill those in).
pub(super) fn check(
    f: &ScenarioFile,
    depts: &[Option<Ix>],
    us: Ix,
    cx: &mut Ctx,
) -> Vec<CompiledPerson> {
    f.stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| person(f, i, s, depts[i], us, cx))
        .collect()
}

fn person(
    f: &ScenarioFile,
    i: usize,
    s: &Stakeholder,
    department: Option<Ix>,
    us: Ix,
    cx: &mut Ctx,
) -> CompiledPerson {
    let path = format!("stakeholders[{i}]");
    let influence = i64::from(s.influence);
    cx.range_i(
        &format!("{path}.influence"),
        influence,
        0,
        10,
        msg!("check-what-influence"),
    );
    let disposition = i64::from(s.disposition);
    cx.range_i(
        &format!("{path}.disposition"),
        disposition,
        -100,
        100,
        msg!("check-what-disposition"),
    );
    let concerns = concerns(&path, s, cx);
    let relationship = relationship(f, &path, s, us, cx);
    let access = access(&path, i, s, cx);
    let influences = influences(&path, i, s, cx);
    let stages = cx.resolve_all(Kind::Stage, &s.stages, &format!("{path}.stages"));
    CompiledPerson {
        department,
        influence: s.influence,
        roles: s.roles.iter().copied().collect(),
        concerns,
        disposition: s.disposition,
        relationship,
        access,
        influences,
        votes: s.votes(),
        hidden: s.hidden,
        candid: s.candid,
        stages,
        meeting_facts: Vec::new(),
        trust: Vec::new(),
        answers: Vec::new(),
    }
}

fn concerns(path: &str, s: &Stakeholder, cx: &mut Ctx) -> Vec<(Ix, Weight)> {
    let mut concerns = Vec::new();
    for (cid, &w) in &s.concerns {
        let cp = format!("{path}.concerns.{cid}");
        cx.weight(&cp, w);
        if let Some(ci) = cx.resolve(Kind::Concern, cid, &format!("{cp}#key")) {
            concerns.push((ci, w));
        }
    }
    if s.concerns.is_empty() && s.votes() {
        cx.warn(
            Code::NoConcerns,
            &format!("{path}.concerns"),
            msg!("check-no-concerns", person = s.id.as_str()),
            msg!("check-no-concerns-label"),
            Some(msg!("check-no-concerns-help")),
        );
    }
    concerns
}

/// The relationship with each vendor: ours is the disposition, rivals' from `rivals`.
fn relationship(f: &ScenarioFile, path: &str, s: &Stakeholder, us: Ix, cx: &mut Ctx) -> Vec<i32> {
    let mut relationship = vec![0; f.vendors.len()];
    if let Some(a) = relationship.get_mut(us) {
        *a = s.disposition;
    }
    for (vid, &a) in &s.rivals {
        let vp = format!("{path}.rivals.{vid}");
        cx.range_i(
            &vp,
            i64::from(a),
            -100,
            100,
            msg!("check-what-relationship"),
        );
        if let Some(vi) = cx.resolve(Kind::Vendor, vid, &format!("{vp}#key")) {
            if vi == us {
                cx.error(
                    Code::RivalIsUs,
                    &format!("{vp}#key"),
                    msg!("check-rival-is-us"),
                    msg!("check-that-is-us-label"),
                    Some(msg!("check-rival-is-us-help")),
                );
            }
            relationship[vi] = a;
        }
    }
    relationship
}

fn access(path: &str, i: usize, s: &Stakeholder, cx: &mut Ctx) -> Vec<CompiledAccess> {
    s.access
        .iter()
        .enumerate()
        .filter_map(|(j, a)| one_access(&format!("{path}.access[{j}]"), i, s, a, cx))
        .collect()
}

/// One access rule, compiled (an `AnyOf` with its alternatives).
fn one_access(
    ap: &str,
    i: usize,
    s: &Stakeholder,
    a: &Access,
    cx: &mut Ctx,
) -> Option<CompiledAccess> {
    match a {
        Access::Introduction(p) => {
            let pi = cx.resolve(Kind::Stakeholder, p, &format!("{ap}.0"))?;
            if pi == i {
                cx.error(
                    Code::SelfIntroduction,
                    ap,
                    msg!("check-self-introduction", person = s.id.as_str()),
                    msg!("check-self-introduction-label"),
                    Some(msg!("check-self-introduction-help")),
                );
            }
            Some(CompiledAccess::Introduction(pi))
        }
        Access::AfterFact(fid) => cx
            .resolve(Kind::Fact, fid, &format!("{ap}.0"))
            .map(CompiledAccess::AfterFact),
        Access::Stages(list) => {
            let ids = cx.resolve_all(Kind::Stage, list, &format!("{ap}.0"));
            if list.is_empty() {
                cx.error(
                    Code::EmptyList,
                    ap,
                    msg!("check-no-access-stages"),
                    msg!("check-no-stages-label"),
                    Some(msg!("check-no-access-stages-help")),
                );
            }
            Some(CompiledAccess::Stages(ids))
        }
        Access::AnyOf(list) => {
            if list.is_empty() {
                cx.error(
                    Code::EmptyList,
                    ap,
                    msg!("check-no-any-of"),
                    msg!("check-no-any-of-label"),
                    Some(msg!("check-no-any-of-help")),
                );
            }
            let alternatives: Vec<CompiledAccess> = list
                .iter()
                .enumerate()
                .filter_map(|(k, a)| one_access(&format!("{ap}.0[{k}]"), i, s, a, cx))
                .collect();
            Some(CompiledAccess::AnyOf(alternatives))
        }
    }
}

fn influences(path: &str, i: usize, s: &Stakeholder, cx: &mut Ctx) -> Vec<(Ix, f32)> {
    let mut influences = Vec::new();
    for (pid, &st) in &s.influences {
        let ip = format!("{path}.influences.{pid}");
        cx.range_f(&ip, st, 0.0, 1.0, msg!("check-what-influence-strength"));
        if let Some(pi) = cx.resolve(Kind::Stakeholder, pid, &format!("{ip}#key")) {
            if pi == i {
                cx.error(
                    Code::SelfInfluence,
                    &format!("{ip}#key"),
                    msg!("check-self-influence", person = s.id.as_str()),
                    msg!("check-self-influence-label"),
                    Some(msg!("check-self-influence-help")),
                );
            } else {
                influences.push((pi, st));
            }
        }
    }
    influences
}

/// Influence received by one person should not exceed 1 in total (it is a share of their view).
pub(super) fn influence_received(f: &ScenarioFile, people: &[CompiledPerson], cx: &mut Ctx) {
    let mut received = vec![0.0f32; people.len()];
    for p in people {
        for &(to, st) in &p.influences {
            received[to] += st;
        }
    }
    for (i, r) in received.iter().enumerate() {
        if *r > 1.0 {
            cx.warn(
                Code::InfluenceOverOne,
                &format!("stakeholders[{i}]"),
                msg!(
                    "check-influence-over-one",
                    person = f.stakeholders[i].id.as_str(),
                    total = format!("{r:.2}")
                ),
                msg!("check-influence-over-one-label"),
                Some(msg!("check-influence-over-one-help")),
            );
        }
    }
}

/// Someone must decide: a person with a vote and influence, and a decision maker among them
/// (or one a variation makes).
pub(super) fn decision_body(
    people: &[CompiledPerson],
    variations: &[CompiledVariation],
    cx: &mut Ctx,
) {
    let decides = |p: &CompiledPerson| p.votes && p.influence > 0;
    if !people.iter().any(decides) {
        cx.error(
            Code::NoVoters,
            "stakeholders",
            msg!("check-no-voters"),
            msg!("check-no-voters-label"),
            Some(msg!("check-no-voters-help")),
        );
    }
    let dm = Role::DecisionMaker;
    let dm_somewhere = people.iter().any(|p| decides(p) && p.roles.contains(dm))
        || variations.iter().any(|v| {
            v.alternatives.iter().any(|(_, ps)| {
                ps.iter()
                    .any(|p| matches!(p, CompiledPatch::Roles(_, r) if r.contains(dm)))
            })
        });
    if !dm_somewhere {
        cx.error(
            Code::NoDecisionMaker,
            "stakeholders",
            msg!("check-no-decision-maker"),
            msg!("check-no-decision-maker-label"),
            Some(msg!("check-no-decision-maker-help")),
        );
    }
}

/// The people of each department, warning about a department nobody works in.
pub(super) fn staffed(f: &ScenarioFile, people: &[CompiledPerson], cx: &mut Ctx) -> Vec<Vec<Ix>> {
    let mut department_people = vec![Vec::new(); f.departments.len()];
    for (i, p) in people.iter().enumerate() {
        if let Some(d) = p.department {
            department_people[d].push(i);
        }
    }
    for (i, d) in f.departments.iter().enumerate() {
        if department_people[i].is_empty() {
            cx.warn(
                Code::EmptyDepartment,
                &format!("departments[{i}].id"),
                msg!("check-empty-department", department = d.id.as_str()),
                msg!("check-empty-department-label"),
                Some(msg!("check-empty-department-help")),
            );
        }
    }
    department_people
}
