//! The scenario picker: every `.ron` in the scenario folders, with title, difficulty and length.
//! A broken file is listed with its diagnostic, never hidden.

use bevy::prelude::*;

use super::{Screen, go_to};
use crate::game::catalog::{Catalog, Entry, look_for_files};
use crate::game::language::{self, Language, despawn_all, switched};
use crate::game::session::OpenDeal;
use crate::game::theme::{Press, palette, size, widget};
use crate::i18n::Lang;
use crate::tr;

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
        .add_systems(
            Update,
            (despawn_all::<PickerRoot>, spawn)
                .chain()
                .after(language::Follow)
                .run_if(switched.and_then(in_state(Screen::Picker))),
        )
        .add_systems(Update, refresh.run_if(in_state(Screen::Picker)));
}

fn spawn(mut commands: Commands, catalog: Res<Catalog>, language: Res<Language>) {
    let lang = language.0;
    let folders: Vec<String> = catalog
        .folders
        .iter()
        .map(|f| f.display().to_string())
        .collect();
    let folders = folders
        .into_iter()
        .reduce(|all, next| tr!(lang, "game-picker-and", list = all, next = next))
        .unwrap_or_default();
    commands
        .spawn((
            PickerRoot,
            widget::screen_root("Picker"),
            DespawnOnExit(Screen::Picker),
        ))
        .with_children(|root| {
            root.spawn(widget::row()).with_children(|r| {
                r.spawn(widget::title(tr!(lang, "game-choose-a-deal")));
                r.spawn(widget::button(tr!(lang, "game-back")))
                    .observe(go_to(Screen::Title));
            });
            root.spawn(widget::muted(tr!(
                lang,
                "game-picker-folders",
                folders = folders
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

fn refresh(
    mut commands: Commands,
    lists: Query<(Entity, Ref<DealList>)>,
    catalog: Res<Catalog>,
    language: Res<Language>,
) {
    let lang = language.0;
    for (list, marker) in &lists {
        if !marker.is_added() && !catalog.is_changed() {
            continue;
        }
        commands
            .entity(list)
            .despawn_related::<Children>()
            .with_children(|list| {
                if catalog.entries.is_empty() {
                    list.spawn(widget::label(tr!(lang, "game-picker-none")));
                }
                for entry in &catalog.entries {
                    card(list, entry, lang);
                }
            });
    }
}

fn card(list: &mut ChildSpawnerCommands, entry: &Entry, lang: Lang) {
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
    let path = entry.path.as_str();
    card.with_children(|card| {
        match entry.scenario(lang) {
            Some(sc) => {
                let f = sc.data();
                card.spawn(widget::row()).with_children(|r| {
                    r.spawn(widget::heading(f.title.clone()));
                    r.spawn(widget::colored(
                        tr!(
                            lang,
                            "game-picker-about",
                            difficulty = super::difficulty(f.difficulty, lang),
                            minutes = f.minutes,
                            path = path
                        ),
                        palette::MUTED,
                    ));
                });
                card.spawn(widget::label(f.objective.clone()));
                let path = entry.path.clone();
                card.spawn(widget::row()).with_children(|r| {
                    r.spawn(widget::button(tr!(
                        lang,
                        "game-picker-play",
                        title = f.title.as_str()
                    )))
                    .observe(move |_: On<Press>, mut commands: Commands| {
                        commands.trigger(OpenDeal(path.clone()))
                    });
                });
            }
            None if entry.broken => {
                card.spawn(widget::heading(tr!(
                    lang,
                    "game-picker-broken",
                    path = path
                )));
            }
            None => {
                card.spawn(widget::muted(tr!(lang, "game-picker-loading", path = path)));
            }
        }
        if entry.missing {
            card.spawn(widget::colored(
                tr!(
                    lang,
                    "game-picker-gone",
                    file = entry.file.display().to_string()
                ),
                palette::BAD,
            ));
        }
        if entry.broken && (entry.diagnostics.is_some() || entry.unreadable.is_some()) {
            card.spawn(widget::colored(
                if entry.good.is_some() {
                    tr!(lang, "game-picker-errors-last-good")
                } else {
                    tr!(lang, "game-picker-errors")
                },
                palette::BAD,
            ));
        }
        if let Some(why) = &entry.unreadable {
            card.spawn(widget::text(
                tr!(
                    lang,
                    "game-picker-unreadable",
                    path = path,
                    why = why.as_str()
                ),
                size::SMALL,
                palette::TEXT,
            ));
        } else if let Some(diag) = entry.diagnostics_in(lang) {
            card.spawn(widget::text(
                diag.to_string(),
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
