//! The selected person: who they are, the conversation if you are meeting them, what you can do
//! with them now (the numbered actions), what they care about so far, and your power-map marks.

use bevy::prelude::*;

use super::conversation;
use super::influence_map::{role_tip, stance_color, stance_mark, stance_tip};
use super::{Refresh, Selected, gap, rebuild};
use crate::game::language::{Language, list};
use crate::game::session::{Session, act};
use crate::game::theme::{FocusKey, Tooltip, palette, size, widget};
use crate::i18n::Lang;
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::sim::{Action, Deal, Illegal, Stance};
use crate::tr;

#[derive(Component)]
pub struct PersonPanel;

/// The person panel's rebuild, for ordering.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rebuild;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, refresh.in_set(Refresh).in_set(Rebuild));
}

pub fn panel() -> impl Bundle {
    (
        PersonPanel,
        widget::scroll_panel(
            "Person",
            Node {
                width: percent(31),
                row_gap: gap(),
                ..default()
            },
        ),
    )
}

fn refresh(
    mut commands: Commands,
    panels: Query<(Entity, Ref<PersonPanel>)>,
    session: Res<Session>,
    selected: Res<Selected>,
    language: Res<Language>,
) {
    let lang = language.0;
    for (e, marker) in &panels {
        if !(marker.is_added()
            || session.is_changed()
            || selected.is_changed()
            || language.is_changed())
        {
            continue;
        }
        rebuild(&mut commands, e, |p| match selected.0 {
            Some(i) => fill(p, &session, i, lang),
            None => {
                p.spawn(widget::label(tr!(lang, "game-person-none")));
            }
        });
    }
}

fn fill(p: &mut ChildSpawnerCommands, session: &Session, i: Ix, lang: Lang) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    let Some(view) = deal.person(i) else { return };
    let s = &f.stakeholders[i];
    p.spawn(widget::heading(s.name.clone()));
    let dept = s
        .department
        .as_ref()
        .and_then(|d| f.departments.iter().find(|x| &x.id == d));
    p.spawn(widget::muted(match dept {
        Some(d) if !s.title.to_lowercase().contains(&d.name.to_lowercase()) => tr!(
            lang,
            "game-comma",
            first = s.title.as_str(),
            second = d.name.as_str()
        ),
        _ => s.title.clone(),
    }));
    if !s.about.is_empty() {
        p.spawn(widget::label(s.about.clone()));
    }
    p.spawn(widget::muted(if view.met > 0 {
        tr!(
            lang,
            "game-person-met",
            times = view.met,
            relationship = view.relationship.to_string()
        )
    } else {
        tr!(lang, "game-person-not-met")
    }));
    let talking = session.talk.as_ref().filter(|t| t.person == i);
    if let Some(talk) = talking {
        conversation::spawn(p, deal, talk, view.questions_left, lang);
    }
    actions(p, deal, i, view.met > 0, talking.is_some(), lang);
    p.spawn(widget::subheading(tr!(lang, "game-person-cares")));
    if view.concerns.is_empty() {
        p.spawn(widget::muted(tr!(lang, "game-person-cares-nothing")));
    }
    for (c, w) in &view.concerns {
        p.spawn(widget::label(tr!(
            lang,
            "game-person-concern",
            concern = f.concerns[*c].name.as_str(),
            weight = crate::sim::weight_word(*w, lang)
        )));
    }
    if let Some(roles) = view.roles {
        let names: Vec<String> = roles.iter().map(|r| r.label(lang)).collect();
        p.spawn(widget::colored(
            if names.is_empty() {
                tr!(lang, "game-person-found-no-role")
            } else {
                tr!(lang, "game-person-found-role", roles = list(lang, &names))
            },
            palette::GOOD,
        ));
    }
    if let Some(st) = view.stance {
        p.spawn(widget::colored(
            tr!(lang, "game-person-found-stance", stance = st.phrase(lang)),
            stance_color(Some(st)),
        ));
    }
    power_map(p, deal, i, lang);
}

/// The numbered things to do with this person now: meet, or in a meeting, the questions left.
fn actions(p: &mut ChildSpawnerCommands, deal: &Deal, i: Ix, met: bool, talking: bool, lang: Lang) {
    let f = deal.scenario().data();
    let mut moves = vec![Action::Meet(i)];
    if met {
        moves.push(Action::AskConcerns(i));
        moves.extend((0..f.questions.len()).map(|q| Action::Ask(i, q)));
    }
    let mut n = 1u8;
    if talking || met {
        p.spawn(widget::subheading(if talking {
            tr!(lang, "game-person-replies")
        } else {
            tr!(lang, "game-person-can-do")
        }));
    }
    let ask_tip = || tr!(lang, "game-person-ask-tip");
    for a in moves {
        match deal.check(&a) {
            Ok(()) => {
                let (label, tip) = match a {
                    Action::Meet(_) => (
                        if met {
                            tr!(lang, "game-person-meet-again")
                        } else {
                            deal.scenario().label(&a)
                        },
                        tr!(
                            lang,
                            "game-person-meet-tip",
                            days = tr!(lang, "days", days = f.pace.meeting_days),
                            questions = f.pace.questions_per_meeting
                        ),
                    ),
                    Action::Ask(_, q) => (
                        tr!(
                            lang,
                            "game-person-ask",
                            question = f.questions[q].text.as_str()
                        ),
                        ask_tip(),
                    ),
                    _ => (tr!(lang, "game-person-ask-concerns"), ask_tip()),
                };
                // Keyed by the action, so the focus stays on "Meet again" after a meeting.
                let key = FocusKey(format!("{a:?}"));
                if n <= 9 {
                    p.spawn(widget::hotkey_button(n, label, tip))
                        .insert(key)
                        .observe(act(a));
                    n += 1;
                } else {
                    p.spawn((widget::button(label), Tooltip(tip)))
                        .insert(key)
                        .observe(act(a));
                }
            }
            Err(Illegal::AlreadyAsked(..) | Illegal::NoQuestionsLeft(_)) => {}
            Err(why) if matches!(a, Action::Meet(_)) => {
                p.spawn(widget::disabled(
                    deal.scenario().label(&a),
                    tr!(lang, "game-not-now", why = deal.scenario().explain(&why)),
                ));
            }
            Err(_) => {}
        }
    }
}

fn power_map(p: &mut ChildSpawnerCommands, deal: &Deal, i: Ix, lang: Lang) {
    let belief = deal.belief(i);
    p.spawn(widget::subheading(tr!(lang, "game-power-map")));
    p.spawn(widget::muted(tr!(lang, "game-power-map-about")));
    p.spawn(widget::row()).with_children(|r| {
        for role in Role::ALL {
            let on = belief.roles.contains(role);
            r.spawn((
                widget::toggle(role.label(lang), on),
                Tooltip(role_tip(role, lang)),
            ))
            .observe(act(Action::MarkRole(i, role, !on)));
        }
    });
    p.spawn(widget::muted(tr!(lang, "game-power-map-stance")));
    p.spawn(widget::row()).with_children(|r| {
        for st in Stance::ALL.map(Some).into_iter().chain([None]) {
            let on = belief.stance == st;
            let label = if st.is_some() {
                stance_mark(st, lang)
            } else {
                tr!(lang, "game-power-map-unknown")
            };
            r.spawn((widget::toggle(label, on), Tooltip(stance_tip(st, lang))))
                .observe(act(Action::MarkStance(i, st)));
        }
    });
    p.spawn(widget::text(
        tr!(lang, "game-power-map-free"),
        size::SMALL,
        palette::MUTED,
    ));
}
