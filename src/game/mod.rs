//! The Bevy game: a thin shell that shows a `Deal` and turns clicks and keys into `Action`s.
//! Screens follow TheBevyFlock's `bevy_new_2d` layout: one plugin per file, states with
//! `DespawnOnExit`, widgets from `theme`.

pub mod autoplay;
pub mod catalog;
pub mod input;
pub mod screens;
pub mod session;
pub mod theme;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;
use bevy::winit::WinitSettings;

pub use catalog::{Catalog, ScenarioFolders};
pub use session::{Session, UiCommand};

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Picker,
    Briefing,
    DealRoom,
    Debrief,
}

/// How the game was started.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub scenarios: PathBuf,
    pub extra: Option<PathBuf>,
    pub seed: Option<u64>,
    pub ui_scale: f32,
    /// A plan to play by itself (see `autoplay`), and where to save a screenshot of each screen.
    pub autoplay: Option<PathBuf>,
    pub screenshots: Option<PathBuf>,
    /// Quit once this many frames have been rendered (start-up benchmarks).
    pub exit_after_frames: Option<u32>,
    pub player: String,
    /// Where run records go; `None` writes none.
    pub results: Option<PathBuf>,
    /// The Learning Record Store runs are sent to (through a spool beside the records), if any.
    pub lrs: Option<crate::lrs::Lrs>,
}

#[derive(Resource)]
struct ExitAfter(u32);

fn exit_after(
    frames: Res<bevy::diagnostic::FrameCount>,
    limit: Res<ExitAfter>,
    mut exit: MessageWriter<AppExit>,
) {
    if frames.0 >= limit.0 {
        exit.write(AppExit::Success);
    }
}

/// DejaVu Sans: the game's text face, with bullets, arrows, check marks and most Latin, Greek and
/// Cyrillic text that trainers write (Bevy's built-in font covers ASCII only).
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Everything but the window and renderer: what the headless tests add too.
pub fn plugin(app: &mut App) {
    if let Some(mut fonts) = app.world_mut().get_resource_mut::<Assets<Font>>() {
        // Replaces the default font, so every text uses it without naming it.
        let _ = fonts.insert(AssetId::default(), Font::from_bytes(FONT.to_vec()));
    }
    app.init_state::<Screen>().add_plugins((
        catalog::plugin,
        session::plugin,
        input::plugin,
        screens::plugin,
    ));
}

/// Runs the game in a window. Returns a non-zero code, with a one-line reason, when there is no
/// display or no GPU.
pub fn run(options: Options) -> ExitCode {
    if let Err(why) = display_available() {
        eprintln!("key-account: cannot open the game window: {why}");
        return ExitCode::from(1);
    }
    // A renderer that finds no GPU panics deep inside Bevy: say so in one line instead of a
    // backtrace, and exit non-zero.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("unknown error");
        let first = msg.lines().next().unwrap_or(msg);
        eprintln!("key-account: the game stopped: {first}");
        if msg.contains("GPU") || msg.contains("adapter") || msg.contains("surface") {
            eprintln!(
                "key-account: no usable GPU or graphics driver (on Linux, Mesa's Vulkan driver lavapipe works)"
            );
        }
        std::process::exit(1);
    }));

    let main_dir = absolute(&options.scenarios);
    let mut app = App::new();
    if let Some(extra) = &options.extra {
        let extra = absolute(extra);
        app.register_asset_source(
            catalog::EXTRA_SOURCE,
            AssetSourceBuilder::platform_default(&extra.to_string_lossy(), None),
        );
    }
    let autoplay = options.autoplay.is_some();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Key Account".into(),
                    resolution: (1280, 720).into(),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                file_path: main_dir.to_string_lossy().into_owned(),
                watch_for_changes_override: Some(true),
                ..default()
            }),
    )
    // Redraw only on input or change: an idle deal room costs next to no CPU. Autoplay needs
    // frames to keep coming.
    .insert_resource(if autoplay {
        WinitSettings::game()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(ScenarioFolders {
        main: main_dir,
        extra: options.extra.as_deref().map(absolute),
    })
    .insert_resource(match options.seed {
        Some(seed) => session::Seeds::fixed(seed),
        None => session::Seeds::default(),
    })
    .insert_resource(UiScale(if options.ui_scale > 0.0 {
        options.ui_scale
    } else {
        1.0
    }))
    .insert_resource(session::Results {
        player: options.player.clone(),
        dir: options.results.clone(),
    })
    .insert_resource(screens::debrief::SendTo(options.lrs.clone()))
    .insert_resource(ClearColor(theme::palette::BACKGROUND))
    .add_plugins(plugin)
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    if let Some(n) = options.exit_after_frames {
        app.insert_resource(WinitSettings::game())
            .insert_resource(ExitAfter(n))
            .add_systems(Last, exit_after);
    }
    if let (Some(plan), Some(dir)) = (&options.autoplay, &options.screenshots) {
        match autoplay::Plan::read(plan, dir) {
            Ok(plan) => {
                app.insert_resource(plan).add_plugins(autoplay::plugin);
            }
            Err(why) => {
                eprintln!("key-account: {why}");
                return ExitCode::from(2);
            }
        }
    }
    // Runs that could not be sent last time go now, off the main thread.
    if let (Some(dir), Some(lrs)) = (&options.results, &options.lrs) {
        drop(crate::lrs::spool::flush_in_background(
            dir.clone(),
            lrs.clone(),
        ));
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

fn absolute(p: &std::path::Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

fn display_available() -> Result<(), String> {
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        return Err(
            "no display (DISPLAY is not set); run it in a desktop session, or under `xvfb-run`"
                .into(),
        );
    }
    Ok(())
}
