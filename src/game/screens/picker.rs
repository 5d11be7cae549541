//! The scenario picker: every `.ron` in the scenario folders, with title, difficulty and length.
//! A broken file is listed with its diagnostic, never hidden.

use bevy::prelude::*;

use crate::game::Screen;
use crate::game::catalog::Catalog;
use crate::game::session::UiCommand;
use crate::game::theme::{self, palette, size};

#[derive(Component)]
pub struct PickerRoot;

/// One listed file; tests find entries by it.
#[derive(Component, Debug, Clone)]
pub struct PickerEntry {
    pub path: String,
    pub broken: bool,
}

pub fn plugin(app: &mut App) {
    app.add_systems(
        OnEnter(Screen::Picker),
        (crate::game::catalog::look_for_files, spawn).chain(),
    )
    .add_systems(
        Update,
        refresh.run_if(in_state(Screen::Picker).and_then(resource_changed::<Catalog>)),
    );
}

fn refresh(mut commands: Commands, roots: Query<Entity, With<PickerRoot>>, catalog: Res<Catalog>) {
    for root in &roots {
        commands.entity(root).despawn();
    }
    build(&mut commands, &catalog);
}

fn spawn(mut commands: Commands, catalog: Res<Catalog>, roots: Query<Entity, With<PickerRoot>>) {
    if roots.is_empty() {
        build(&mut commands, &catalog);
    }
}

fn build(commands: &mut Commands, catalog: &Catalog) {
    let folders = catalog
        .folders
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(" and ");
    commands
        .spawn((PickerRoot, DespawnOnExit(Screen::Picker), theme::screen_root()))
        .with_children(|root| {
            root.spawn((
                theme::row(),
                children![
                    theme::title("Choose a deal"),
                    theme::button("Back", UiCommand::ToTitle),
                ],
            ));
            root.spawn(theme::muted(format!(
                "Scenarios in {folders}. Edit a file while the game runs and this list follows."
            )));
            root.spawn(theme::scroll_column()).with_children(|list| {
                if catalog.entries.is_empty() {
                    list.spawn(theme::label("No .ron scenario files found."));
                }
                for entry in &catalog.entries {
                    let mut card = list.spawn((
                        PickerEntry {
                            path: entry.path.clone(),
                            broken: entry.broken,
                        },
                        theme::panel(),
                    ));
                    if entry.broken {
                        card.insert(BackgroundColor(palette::ERROR_BG));
                    }
                    card.with_children(|card| {
                        match &entry.good {
                            Some(sc) => {
                                let f = sc.data();
                                card.spawn((
                                    theme::row(),
                                    children![
                                        theme::heading(f.title.clone()),
                                        theme::colored(
                                            format!(
                                                "{} · about {} minutes · {}",
                                                super::difficulty(f.difficulty),
                                                f.minutes,
                                                entry.path
                                            ),
                                            palette::MUTED,
                                        ),
                                    ],
                                ));
                                card.spawn(theme::label(f.objective.clone()));
                                card.spawn((
                                    theme::row(),
                                    children![theme::button("Play", UiCommand::Pick(entry.path.clone()))],
                                ));
                            }
                            None if entry.broken => {
                                card.spawn(theme::heading(format!("{} cannot be played", entry.path)));
                            }
                            None => {
                                card.spawn(theme::muted(format!("Loading {}...", entry.path)));
                            }
                        }
                        if entry.missing {
                            card.spawn(theme::colored(
                                format!(
                                    "{} is gone from disk. The last good version stays playable.",
                                    entry.file.display()
                                ),
                                palette::BAD,
                            ));
                        }
                        if let Some(diag) = &entry.diagnostics {
                            if entry.broken {
                                card.spawn(theme::colored(
                                    if entry.good.is_some() {
                                        "The file has errors. The last good version stays playable until you fix them:"
                                    } else {
                                        "The file has errors:"
                                    },
                                    palette::BAD,
                                ));
                            }
                            card.spawn((
                                Text::new(diag.clone()),
                                theme::font(size::SMALL),
                                TextColor(if entry.broken { palette::TEXT } else { palette::MUTED }),
                            ));
                        }
                    });
                }
            });
        });
}
