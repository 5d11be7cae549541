//! What one map shows: the groups, their people with marks, and the influences.

use enumset::EnumSet;

use crate::i18n::Lang;
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::sim::{Deal, Influence, Stance};
use crate::tr;

/// One person on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPerson {
    pub person: Ix,
    pub name: String,
    pub title: String,
    pub roles: EnumSet<Role>,
    pub stance: Option<Stance>,
    pub met: bool,
}

/// A group of people: a department, or those outside the org chart.
#[derive(Debug, Clone, PartialEq)]
pub struct MapGroup {
    /// The department's index; the number of departments for those outside the org chart.
    pub index: usize,
    pub name: String,
    pub about: String,
    pub people: Vec<MapPerson>,
    /// People of the group not drawn (a large map shows each group's heads and the people the
    /// trainee has worked with), and whether the trainee opened the group in full.
    pub more: usize,
    pub expanded: bool,
    /// The people outside the org chart (their influence is informal).
    pub outside: bool,
}

/// Up to this many people the map shows everyone; beyond it, each group shows its heads (its
/// first by formal weight: three, or fewer when there are many groups, so the map stays near
/// this size) and everyone met, marked or on a found influence, until the trainee opens it.
pub const LEGIBLE: usize = 40;

/// Everything one map shows.
#[derive(Debug, Clone, PartialEq)]
pub struct MapView {
    pub groups: Vec<MapGroup>,
    pub edges: Vec<Influence>,
    /// The language it is drawn in.
    pub lang: Lang,
}

impl MapView {
    fn build(
        deal: &Deal,
        show: impl Fn(Ix) -> bool,
        marks: impl Fn(Ix) -> (EnumSet<Role>, Option<Stance>),
        edges: Vec<Influence>,
        expanded: &[usize],
        lang: Lang,
    ) -> MapView {
        let f = deal.scenario().data();
        let c = deal.scenario().compiled();
        let person = |i: Ix| {
            let s = &f.stakeholders[i];
            let (roles, stance) = marks(i);
            MapPerson {
                person: i,
                name: s.name.clone(),
                title: s.title.clone(),
                roles,
                stance,
                met: deal.person(i).is_some_and(|p| p.met > 0),
            }
        };
        let n = f.stakeholders.len();
        let mut members: Vec<(usize, String, String, Vec<Ix>)> = Vec::new();
        for (d, dept) in f.departments.iter().enumerate() {
            let mut people: Vec<Ix> = c.department_people[d]
                .iter()
                .copied()
                .filter(|&i| show(i))
                .collect();
            people.sort_by_key(|&i| std::cmp::Reverse(f.stakeholders[i].influence));
            members.push((d, dept.name.clone(), dept.function.clone(), people));
        }
        members.push((
            f.departments.len(),
            tr!(lang, "game-map-outside"),
            tr!(lang, "game-map-outside-about"),
            (0..n)
                .filter(|&i| c.people[i].department.is_none() && show(i))
                .collect(),
        ));
        let large = members.iter().map(|m| m.3.len()).sum::<usize>() > LEGIBLE;
        let groups_with_people = members.iter().filter(|m| !m.3.is_empty()).count().max(1);
        let heads = (LEGIBLE / groups_with_people).clamp(1, 3);
        let mut on_edge = vec![false; n];
        for e in &edges {
            on_edge[e.from] = true;
            on_edge[e.to] = true;
        }
        let notable = |i: Ix| {
            let (roles, stance) = marks(i);
            on_edge[i]
                || !roles.is_empty()
                || stance.is_some()
                || deal.person(i).is_some_and(|p| p.met > 0)
        };
        let mut shown = vec![false; n];
        let mut groups = Vec::new();
        for (index, name, about, people) in members {
            if people.is_empty() {
                continue;
            }
            let open = !large || expanded.contains(&index);
            let total = people.len();
            let drawn: Vec<Ix> = people
                .into_iter()
                .enumerate()
                .filter(|&(k, i)| open || k < heads || notable(i))
                .map(|(_, i)| i)
                .collect();
            for &i in &drawn {
                shown[i] = true;
            }
            groups.push(MapGroup {
                outside: index == f.departments.len(),
                index,
                name,
                about,
                more: total - drawn.len(),
                expanded: large && expanded.contains(&index),
                people: drawn.into_iter().map(person).collect(),
            });
        }
        let edges = edges
            .into_iter()
            .filter(|e| shown[e.from] && shown[e.to])
            .collect();
        MapView {
            groups,
            edges,
            lang,
        }
    }

    /// What the trainee believes: the people they know of, their marks, the influences found;
    /// `expanded` lists the groups opened in full.
    pub fn believed(deal: &Deal, expanded: &[usize], lang: Lang) -> MapView {
        MapView::build(
            deal,
            |i| deal.person(i).is_some_and(|p| p.visible),
            |i| {
                let b = deal.belief(i);
                (b.roles, b.stance)
            },
            deal.known_influences(),
            expanded,
            lang,
        )
    }

    /// The truth at the decision: everyone, their true roles and stances, every influence.
    pub fn truth(deal: &Deal, lang: Lang) -> Option<MapView> {
        let o = deal.outcome()?;
        Some(MapView::build(
            deal,
            |_| true,
            |i| {
                (
                    o.roles.get(i).copied().unwrap_or_default(),
                    o.stances.get(i).copied(),
                )
            },
            deal.influences(),
            &[],
            lang,
        ))
    }
}
