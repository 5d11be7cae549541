//! The Bevy game: a shell that shows a `Deal` and turns clicks and keys into `Action`s. It owns
//! no rules; `session` is the one place that calls `Deal::apply`.
//!
//! Laid out as TheBevyFlock's `bevy_new_2d`: one `plugin(app)` per file; `screens/` holds one
//! file or folder per screen (`Screen` state, roots scoped with `DespawnOnExit`); `menus/` the
//! pause menu (`Menu` state); `theme/` the look and generic widget behaviour, depending on nothing
//! else here; `language` the window's language, switched live; systems that must stop while the
//! menu is open run in [`PausableSystems`]. `run` opens the window; [`plugin`] is everything else,
//! which the headless tests load too.

pub mod autoplay;
pub mod catalog;
pub mod fonts;
pub mod headless;
pub mod input;
pub mod language;
pub mod menus;
pub mod run;
pub mod screens;
pub mod session;
pub mod theme;

use bevy::prelude::*;

pub use catalog::{Catalog, ScenarioFolders};
pub use language::{Language, SetLanguage};
pub use menus::Menu;
pub use run::{Options, run};
pub use screens::Screen;
pub use session::Session;

/// Systems that stop while a menu is open (taking deal actions).
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PausableSystems;

/// Everything but the window and renderer.
pub fn plugin(app: &mut App) {
    app.add_plugins((
        fonts::plugin,
        language::plugin,
        theme::plugin,
        catalog::plugin,
        screens::plugin,
        menus::plugin,
        session::plugin,
        input::plugin,
    ))
    .configure_sets(Update, PausableSystems.run_if(in_state(Menu::None)))
    .add_systems(Startup, spawn_camera);
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}
