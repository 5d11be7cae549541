//! The selected person: who they are, the conversation if you are meeting them, what you can do
//! with them now (the numbered actions), what they care about so far, and your power-map marks.

use bevy::prelude::*;

use super::conversation;
use super::influence_map::{role_tip, stance_color, stance_mark, stance_tip};
use super::{Refresh, Selected, gap, rebuild};
use crate::game::session::{Session, act};
use crate::game::theme::{FocusKey, Tooltip, palette, size, widget};
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::scenario::money::days;
use crate::sim::{Action, Deal, Illegal, Stance};

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
) {
    for (e, marker) in &panels {
        if !(marker.is_added() || session.is_changed() || selected.is_changed()) {
            continue;
        }
        rebuild(&mut commands, e, |p| match selected.0 {
            Some(i) => fill(p, &session, i),
            None => {
                p.spawn(widget::label("Select a person on the map."));
            }
        });
    }
}

fn fill(p: &mut ChildSpawnerCommands, session: &Session, i: Ix) {
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
        Some(d) if !s.title.to_lowercase().contains(&d.name.to_lowercase()) => {
            format!("{}, {}", s.title, d.name)
        }
        _ => s.title.clone(),
    }));
    if !s.about.is_empty() {
        p.spawn(widget::label(s.about.clone()));
    }
    p.spawn(widget::muted(if view.met > 0 {
        format!(
            "Met {} · relationship {}",
            if view.met == 1 {
                "once".to_string()
            } else {
                format!("{} times", view.met)
            },
            view.relationship
        )
    } else {
        "You have not met them yet.".to_string()
    }));
    if let Some(talk) = session.talk.as_ref().filter(|t| t.person == i) {
        conversation::spawn(p, deal, talk, view.questions_left);
    }
    actions(
        p,
        deal,
        i,
        view.met > 0,
        session.talk.as_ref().is_some_and(|t| t.person == i),
    );
    p.spawn(widget::subheading("What they care about (learned so far)"));
    if view.concerns.is_empty() {
        p.spawn(widget::muted("Nothing yet. Meet them and ask."));
    }
    for (c, w) in &view.concerns {
        p.spawn(widget::label(format!(
            "• {} ({})",
            f.concerns[*c].name,
            crate::sim::weight_word(*w, crate::i18n::Lang::En)
        )));
    }
    if let Some(roles) = view.roles {
        let names: Vec<String> = roles
            .iter()
            .map(|r| r.label(crate::i18n::Lang::En))
            .collect();
        p.spawn(widget::colored(
            format!(
                "You found out their role: {}.",
                if names.is_empty() {
                    "none in this purchase".into()
                } else {
                    names.join(", ")
                }
            ),
            palette::GOOD,
        ));
    }
    if let Some(st) = view.stance {
        p.spawn(widget::colored(
            format!(
                "You found out where they stand: {}.",
                st.phrase(crate::i18n::Lang::En)
            ),
            stance_color(Some(st)),
        ));
    }
    power_map(p, deal, i);
}

/// The numbered things to do with this person now: meet, or in a meeting, the questions left.
fn actions(p: &mut ChildSpawnerCommands, deal: &Deal, i: Ix, met: bool, talking: bool) {
    let f = deal.scenario().data();
    let mut list = vec![Action::Meet(i)];
    if met {
        list.push(Action::AskConcerns(i));
        list.extend((0..f.questions.len()).map(|q| Action::Ask(i, q)));
    }
    let mut n = 1u8;
    let replies = talking || met;
    if replies {
        p.spawn(widget::subheading(if talking {
            "Your replies"
        } else {
            "What you can do"
        }));
    }
    for a in list {
        match deal.check(&a) {
            Ok(()) => {
                let (label, tip) = match a {
                    Action::Meet(_) => (
                        if met {
                            "Meet again".to_string()
                        } else {
                            deal.scenario().label(&a)
                        },
                        format!(
                            "Takes {}. Opens room for {} questions.",
                            days(f.pace.meeting_days),
                            f.pace.questions_per_meeting
                        ),
                    ),
                    Action::Ask(_, q) => (
                        format!("Ask: {}", f.questions[q].text),
                        "Uses one question of this meeting; takes no extra time.".to_string(),
                    ),
                    _ => (
                        "Ask: what matters most to you?".to_string(),
                        "Uses one question of this meeting; takes no extra time.".to_string(),
                    ),
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
                    deal.scenario().explain(&why),
                ));
            }
            Err(_) => {}
        }
    }
}

fn power_map(p: &mut ChildSpawnerCommands, deal: &Deal, i: Ix) {
    let belief = deal.belief(i);
    p.spawn(widget::subheading("Your power map"));
    p.spawn(widget::muted(
        "What you believe about them; scored against the truth in the debrief. Roles (any number):",
    ));
    p.spawn(widget::row()).with_children(|r| {
        for role in Role::ALL {
            let on = belief.roles.contains(role);
            r.spawn((
                widget::toggle(role.label(crate::i18n::Lang::En), on),
                Tooltip(role_tip(role).into()),
            ))
            .observe(act(Action::MarkRole(i, role, !on)));
        }
    });
    p.spawn(widget::muted("Stance (one):"));
    p.spawn(widget::row()).with_children(|r| {
        for st in Stance::ALL.map(Some).into_iter().chain([None]) {
            let on = belief.stance == st;
            let label = if st.is_some() {
                stance_mark(st)
            } else {
                "? unknown"
            };
            r.spawn((widget::toggle(label, on), Tooltip(stance_tip(st).into())))
                .observe(act(Action::MarkStance(i, st)));
        }
    });
    p.spawn(widget::text(
        "Marking is free and takes no time.",
        size::SMALL,
        palette::MUTED,
    ));
}
