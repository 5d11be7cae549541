//! The deal room: a top bar (day, budget, price, waiting), the calendar of the buyer's stages,
//! the influence map, the selected person with the conversation, the tactics, and tabs for the
//! notebook, the event log, the rivals and the five-steps checklist.
//!
//! The room is spawned once as empty panels; each panel's file fills it and rebuilds it only when
//! what it shows changes: the deal (`Session`), the selected person (`Selected`) or the open tab
//! (`ActiveTab`). Selecting a person rebuilds the person panel and recolours the map; switching
//! a tab rebuilds the tab bar and its content.

mod calendar;
mod checklist;
mod conversation;
pub mod influence_map;
mod person;
mod tabs;
mod tactics;
mod top_bar;

use bevy::prelude::*;

use super::Screen;
use crate::game::session::{ActionsApplied, Session};
use crate::game::theme::{size, widget};
use crate::scenario::compiled::Ix;

pub use influence_map::MapNode;
pub use tabs::Tab;
pub use tactics::TacticRow;

#[derive(Component)]
pub struct DealRoomRoot;

/// The person shown in the person panel.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Selected(pub Option<Ix>);

/// The open tab.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ActiveTab(pub Tab);

/// Show this person (a click on the map, autoplay, tests).
#[derive(Event, Debug, Clone, Copy)]
pub struct Select(pub Ix);

/// Panel rebuilds, after the frame's actions are applied.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Refresh;

pub fn plugin(app: &mut App) {
    app.init_resource::<Selected>()
        .init_resource::<ActiveTab>()
        .configure_sets(
            Update,
            Refresh
                .after(ActionsApplied)
                .run_if(in_state(Screen::DealRoom).and_then(resource_exists::<Session>)),
        )
        .add_observer(select)
        .add_systems(OnEnter(Screen::DealRoom), (reset_view, spawn).chain())
        .add_systems(
            Update,
            follow_the_talk.in_set(Refresh).before(person::Rebuild),
        )
        .add_plugins((
            top_bar::plugin,
            calendar::plugin,
            influence_map::plugin,
            person::plugin,
            tactics::plugin,
            tabs::plugin,
        ));
}

fn select(select: On<Select>, mut selected: ResMut<Selected>) {
    if selected.0 != Some(select.0) {
        selected.0 = Some(select.0);
    }
}

/// A new deal (or a restart) opens on the first person known, and the notebook.
fn reset_view(
    session: Option<Res<Session>>,
    mut selected: ResMut<Selected>,
    mut tab: ResMut<ActiveTab>,
    mut expanded: ResMut<influence_map::Expanded>,
) {
    let first = session.and_then(|s| {
        (0..s.deal.scenario().data().stakeholders.len())
            .find(|&i| s.deal.person(i).is_some_and(|p| p.visible))
    });
    *selected = Selected(first);
    *tab = ActiveTab::default();
    *expanded = influence_map::Expanded::default();
}

/// A meeting shows the person met.
fn follow_the_talk(session: Res<Session>, mut selected: ResMut<Selected>) {
    if !session.is_changed() {
        return;
    }
    if let Some(talk) = &session.talk
        && selected.0 != Some(talk.person)
        && session
            .deal
            .log()
            .last()
            .and_then(|l| crate::sim::Deal::conversation_partner(&l.action))
            == Some(talk.person)
    {
        selected.0 = Some(talk.person);
    }
}

fn spawn(mut commands: Commands) {
    commands
        .spawn((
            DealRoomRoot,
            widget::screen_root("Deal room"),
            DespawnOnExit(Screen::DealRoom),
        ))
        .with_children(|root| {
            root.spawn(top_bar::bar());
            root.spawn(top_bar::banner());
            root.spawn(calendar::strip());
            root.spawn((Name::new("Main row"), widget::main_row()))
                .with_children(|main| {
                    main.spawn(influence_map::panel());
                    main.spawn(person::panel());
                    main.spawn((Name::new("Right column"), widget::column(31.0)))
                        .with_children(|right| {
                            right.spawn(tactics::panel());
                            right.spawn(tabs::bar());
                            right.spawn(tabs::content());
                        });
                });
        });
}

/// Replaces a panel's children.
pub(crate) fn rebuild(
    commands: &mut Commands,
    panel: Entity,
    fill: impl FnOnce(&mut ChildSpawnerCommands),
) {
    commands
        .entity(panel)
        .despawn_related::<Children>()
        .with_children(fill);
}

/// The gap between items in a panel.
pub(crate) fn gap() -> Val {
    px(size::GAP / 2.0)
}
