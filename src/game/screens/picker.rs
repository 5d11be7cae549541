//! The scenario picker: every `.ron` in the scenario folders, with title, difficulty and length.
//! A broken file is listed with its diagnostic, never hidden.

use bevy::prelude::*;

use super::{Screen, go_to};
use crate::game::catalog::{Catalog, Entry, look_for_files};
use crate::game::session::OpenDeal;
use crate::game::theme::{Press, palette, size, widget};

#[derive(Component)]
pub struct PickerRoot;

/// The list of files, rebuilt when the catalog changes.
#[derive(Component)]
struct DealList;

/// One listed file; tests find entries by it.
#[derive(Component, Debug, Clone)]
pub struct PickerEntry {
    pub path: String,
    pub broken: bool,
}

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Picker), (look_for_files, spawn).chain())
        .add_systems(Update, refresh.run_if(in_state(Screen::Picker)));
}

fn spawn(mut commands: Commands, catalog: Res<Catalog>) {
    let folders = catalog
        .folders
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(" and ");
    commands
        .spawn((
            PickerRoot,
            widget::screen_root("Picker"),
            DespawnOnExit(Screen::Picker),
        ))
        .with_children(|root| {
            root.spawn(widget::row()).with_children(|r| {
                r.spawn(widget::title("Choose a deal"));
                r.spawn(widget::button("Back"))
                    .observe(go_to(Screen::Title));
            });
            root.spawn(widget::muted(format!(
                "Scenarios in {folders}. Edit a file while the game runs and this list follows."
            )));
            root.spawn((
                DealList,
                widget::scroll_panel(
                    "Deal list",
                    Node {
                        flex_grow: 1.0,
                        row_gap: px(size::GAP),
                        ..default()
                    },
                ),
            ));
        });
}

fn refresh(mut commands: Commands, lists: Query<(Entity, Ref<DealList>)>, catalog: Res<Catalog>) {
    for (list, marker) in &lists {
        if !marker.is_added() && !catalog.is_changed() {
            continue;
        }
        commands
            .entity(list)
            .despawn_related::<Children>()
            .with_children(|list| {
                if catalog.entries.is_empty() {
                    list.spawn(widget::label("No .ron scenario files found."));
                }
                for entry in &catalog.entries {
                    card(list, entry);
                }
            });
    }
}

fn card(list: &mut ChildSpawnerCommands, entry: &Entry) {
    let mut card = list.spawn((
        PickerEntry {
            path: entry.path.clone(),
            broken: entry.broken,
        },
        Name::new(format!("Deal: {}", entry.path)),
        widget::panel_node(),
        BackgroundColor(if entry.broken {
            palette::ERROR_BG
        } else {
            palette::CARD
        }),
    ));
    card.with_children(|card| {
        match &entry.good {
            Some(sc) => {
                let f = sc.data();
                card.spawn(widget::row()).with_children(|r| {
                    r.spawn(widget::heading(f.title.clone()));
                    r.spawn(widget::colored(
                        format!(
                            "{} · about {} minutes · {}",
                            super::difficulty(f.difficulty),
                            f.minutes,
                            entry.path
                        ),
                        palette::MUTED,
                    ));
                });
                card.spawn(widget::label(f.objective.clone()));
                let path = entry.path.clone();
                card.spawn(widget::row()).with_children(|r| {
                    r.spawn(widget::button(format!("Play: {}", f.title)))
                        .observe(move |_: On<Press>, mut commands: Commands| {
                            commands.trigger(OpenDeal(path.clone()))
                        });
                });
            }
            None if entry.broken => {
                card.spawn(widget::heading(format!("{} cannot be played", entry.path)));
            }
            None => {
                card.spawn(widget::muted(format!("Loading {}...", entry.path)));
            }
        }
        if entry.missing {
            card.spawn(widget::colored(
                format!(
                    "{} is gone from disk. The last good version stays playable.",
                    entry.file.display()
                ),
                palette::BAD,
            ));
        }
        if let Some(diag) = &entry.diagnostics {
            if entry.broken {
                card.spawn(widget::colored(
                    if entry.good.is_some() {
                        "The file has errors. The last good version stays playable until you fix \
                            them:"
                    } else {
                        "The file has errors:"
                    },
                    palette::BAD,
                ));
            }
            card.spawn(widget::text(
                diag.clone(),
                size::SMALL,
                if entry.broken {
                    palette::TEXT
                } else {
                    palette::MUTED
                },
            ));
        }
    });
}
