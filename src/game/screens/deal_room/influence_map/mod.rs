//! The influence map: the buyer's people as nodes, grouped by department in the order the trainer
//! lists them and within one by formal weight (the buyer's hierarchy), people outside the org
//! chart apart; arrows for who sways whom, once the trainee has found it. Each node shows the
//! trainee's marks: a stance by colour and by shape (▲ ● ▼ ?), and roles. Clicking a node (or Tab
//! and Enter) opens the person. The debrief draws the same map twice: the trainee's and the truth.

mod draw;
mod edges;
mod marks;
mod view;

use bevy::prelude::*;

use super::{Refresh, Select, Selected, rebuild};
use crate::game::language::Language;
use crate::game::session::Session;
use crate::game::theme::interaction::InteractionPalette;
use crate::game::theme::{Press, size, widget};
use crate::tr;

pub use draw::{ExpandGroup, MapCanvas, MapNode, spawn_map};
pub use marks::{role_short, role_tip, stance_color, stance_mark, stance_tip};
pub use view::{MapGroup, MapPerson, MapView};

use marks::node_colours;

/// The groups of a large map the trainee opened in full.
#[derive(Resource, Debug, Default, Clone, PartialEq, Eq)]
pub struct Expanded(pub Vec<usize>);

/// The deal room's map panel, and the view it last drew.
#[derive(Component, Default)]
pub struct MapPanel(Option<MapView>);

pub fn plugin(app: &mut App) {
    app.init_resource::<Expanded>()
        .add_systems(Update, (refresh, highlight).chain().in_set(Refresh))
        .add_systems(
            PostUpdate,
            edges::place_edges.after(bevy::ui::UiSystems::Layout),
        )
        .add_observer(open_person)
        .add_observer(toggle_group);
}

pub fn panel() -> impl Bundle {
    (
        MapPanel::default(),
        widget::scroll_panel(
            "Influence map",
            Node {
                width: percent(38),
                row_gap: px(size::GAP),
                ..default()
            },
        ),
    )
}

fn refresh(
    mut commands: Commands,
    mut panels: Query<(Entity, &mut MapPanel)>,
    session: Res<Session>,
    selected: Res<Selected>,
    expanded: Res<Expanded>,
    language: Res<Language>,
) {
    let lang = language.0;
    for (e, mut panel) in &mut panels {
        if panel.0.is_some()
            && !session.is_changed()
            && !expanded.is_changed()
            && !language.is_changed()
        {
            continue;
        }
        let view = MapView::believed(&session.deal, &expanded.0, lang);
        if panel.0.as_ref() == Some(&view) {
            continue;
        }
        let company = session.deal.scenario().data().buyer.company.clone();
        rebuild(&mut commands, e, |p| {
            p.spawn(widget::heading(tr!(
                lang,
                "game-map-heading",
                company = company
            )));
            p.spawn(widget::muted(tr!(lang, "game-map-about")));
            spawn_map(p, &view, true, selected.0);
            draw::legend(p, lang);
        });
        panel.0 = Some(view);
    }
}

/// Recolours the nodes when the selection changes (no rebuild).
fn highlight(
    selected: Res<Selected>,
    mut nodes: Query<(&MapNode, &mut InteractionPalette, &mut BackgroundColor)>,
) {
    if !selected.is_changed() {
        return;
    }
    for (node, mut colours, mut bg) in &mut nodes {
        let want = node_colours(selected.0 == Some(node.0));
        if colours.none != want.none {
            *colours = want;
            bg.0 = want.none;
        }
    }
}

fn open_person(press: On<Press>, nodes: Query<&MapNode>, mut commands: Commands) {
    if let Ok(node) = nodes.get(press.entity) {
        commands.trigger(Select(node.0));
    }
}

fn toggle_group(press: On<Press>, buttons: Query<&ExpandGroup>, mut expanded: ResMut<Expanded>) {
    if let Ok(ExpandGroup(g)) = buttons.get(press.entity) {
        match expanded.0.iter().position(|x| x == g) {
            Some(k) => {
                expanded.0.remove(k);
            }
            None => expanded.0.push(*g),
        }
    }
}
