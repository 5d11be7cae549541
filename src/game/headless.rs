//! The game without a window or GPU: Bevy's default plugins with the renderer and winit off, and a
//! window entity of a given size, so UI layout, text, picking and keyboard focus all run. The
//! integration tests and the frame-cost benchmark drive it with `App::update`.

use std::path::Path;

use bevy::prelude::*;
use bevy::render::RenderPlugin;
use bevy::render::settings::WgpuSettings;
use bevy::window::{ExitCondition, WindowResolution};

use super::catalog::ScenarioFolders;
use super::language::Language;
use super::session::Seeds;
use crate::i18n::Lang;

/// A finished (`finish`, `cleanup`) headless app over the scenarios in `dir`, seeds from `seed`,
/// a `width` x `height` window at scale factor 1, in English.
pub fn app(dir: &Path, width: u32, height: u32, seed: u64) -> App {
    app_in(dir, width, height, seed, Lang::En)
}

/// As [`app`], speaking `lang` from the start.
pub fn app_in(dir: &Path, width: u32, height: u32, seed: u64, lang: Lang) -> App {
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .build()
            .disable::<bevy::winit::WinitPlugin>()
            .disable::<bevy::log::LogPlugin>()
            .disable::<bevy::app::TerminalCtrlCHandlerPlugin>()
            .set(RenderPlugin {
                render_creation: WgpuSettings {
                    backends: None,
                    ..default()
                }
                .into(),
                ..default()
            })
            .set(WindowPlugin {
                primary_window: Some(Window {
                    resolution: WindowResolution::new(width, height)
                        .with_scale_factor_override(1.0),
                    ..default()
                }),
                exit_condition: ExitCondition::DontExit,
                close_when_requested: false,
                ..default()
            })
            .set(AssetPlugin {
                file_path: dir.to_string_lossy().into_owned(),
                watch_for_changes_override: Some(true),
                ..default()
            }),
    )
    .insert_resource(ScenarioFolders {
        main: dir.to_path_buf(),
        extra: None,
    })
    .insert_resource(Seeds::fixed(seed))
    .insert_resource(Language(lang))
    .add_plugins(super::plugin);
    app.finish();
    app.cleanup();
    app
}

/// Resizes the window (logical = physical pixels).
pub fn resize(app: &mut App, width: u32, height: u32) {
    let mut q = app.world_mut().query::<&mut Window>();
    for mut w in q.iter_mut(app.world_mut()) {
        w.resolution.set_physical_resolution(width, height);
    }
}
