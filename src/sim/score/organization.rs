//! Step 2, the organization structure: the roles on the power map, backed by what the trainee
//! found out (a guess scores nothing, even when right), and acting on it: working every
//! department that has a say.

use super::{Claim, Ctx, Tally};
use crate::sim::roles_text;
use crate::tr;

pub(super) fn score(cx: &Ctx, t: &mut Tally) {
    let d = cx.deal;
    let f = d.sc.data();
    let c = d.sc.compiled();
    let half = c.scoring.organization as f32 / 2.0;
    let lang = cx.lang();

    // The map: the true roles, and the marks the evidence backed. Everyone who holds a role or
    // was marked with one is on it, but only a mark backed by evidence scores: with no words to
    // write, only the people marked with a role are gone through (this runs at every decision a
    // bot weighs, and few are marked).
    let (roles, beliefs) = (&d.minds.roles, &d.beliefs);
    let marked_with_role = d
        .marked
        .iter()
        .copied()
        .filter(|&i| !beliefs[i].roles.is_empty());
    let mapped = d.minds.role_holders
        + marked_with_role
            .clone()
            .filter(|&i| roles[i].is_empty())
            .count();
    if mapped == 0 {
        t.add(half, None, None, || tr!(lang, "debrief-no-roles"));
    }
    let listed: Vec<usize> = if t.is_quiet() {
        marked_with_role.collect()
    } else {
        (0..d.people.len())
            .filter(|&i| !roles[i].is_empty() || !beliefs[i].roles.is_empty())
            .collect()
    };
    for i in listed {
        let truth = d.minds.roles[i];
        let belief = d.beliefs[i].roles;
        let evidence = d.people[i].roles_known;
        let inter = (truth & belief).len() as f32;
        let union = (truth | belief).len() as f32;
        let accuracy = if union == 0.0 { 1.0 } else { inter / union };
        let pts = if evidence {
            half / mapped as f32 * accuracy
        } else {
            0.0
        };
        let name = cx.name(i);
        let at = last_mark(cx, i);
        let claim = (!belief.is_empty()).then_some(Claim::Marked(i));
        t.add(pts, claim, at, move || {
            let (marked, truth) = (roles_text(belief, lang), roles_text(truth, lang));
            if belief.is_empty() {
                tr!(lang, "debrief-role-unmapped", name = name, truth = truth)
            } else if !evidence {
                tr!(
                    lang,
                    "debrief-role-guessed",
                    name = name,
                    marked = marked,
                    truth = truth
                )
            } else if accuracy == 1.0 {
                tr!(lang, "debrief-role-right", name = name, truth = truth)
            } else {
                tr!(
                    lang,
                    "debrief-role-wrong",
                    name = name,
                    marked = marked,
                    truth = truth
                )
            }
        });
    }

    // Acting on it: every department with a say worked.
    let departments = &c.voting_departments;
    if departments.is_empty() {
        t.add(half, None, None, || {
            tr!(lang, "debrief-no-voting-departments")
        });
        return;
    }
    let each = half / departments.len() as f32;
    // The first person engaged in each department (in order, as each lists its people): found
    // through the few engaged rather than everyone in every department.
    let mut worked_with: Vec<Option<usize>> = vec![None; f.departments.len()];
    for &i in d.first_engaged.people().iter().rev() {
        if let Some(k) = c.people[i].department {
            worked_with[k] = Some(i);
        }
    }
    for &k in departments {
        let dept = f.departments[k].name.as_str();
        match worked_with[k] {
            Some(i) => {
                let at = d.first_engaged[i].and_then(|(day, s)| s.map(|s| (day, s)));
                t.add(each, None, at, || {
                    tr!(
                        lang,
                        "debrief-department-worked",
                        department = dept,
                        name = cx.name(i)
                    )
                })
            }
            None => t.add(0.0, None, None, || {
                tr!(lang, "debrief-department-missed", department = dept)
            }),
        }
    }
}

pub(super) fn last_mark(cx: &Ctx, person: usize) -> Option<(u32, usize)> {
    mark(cx, person, true)
}

/// The (day, log step) of the last role mark (`role`) or stance mark on a person.
pub(super) fn mark(cx: &Ctx, person: usize, role: bool) -> Option<(u32, usize)> {
    let at = cx.marks.binary_search_by_key(&person, |m| m.0).ok()?;
    cx.marks[at].1[usize::from(!role)]
}
