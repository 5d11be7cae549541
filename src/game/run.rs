//! Opening the game window: Bevy's default plugins with only what the game uses, a panic hook
//! that turns a missing display or GPU at start-up into one line, and the command-line options.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;
use bevy::winit::WinitSettings;

use super::{autoplay, catalog, session, theme};
use crate::i18n::Lang;
use crate::tr;

/// How the game was started.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub scenarios: PathBuf,
    pub extra: Option<PathBuf>,
    pub seed: Option<u64>,
    pub ui_scale: f32,
    /// A plan to play by itself (see `autoplay`), and where to save its screenshots.
    pub autoplay: Option<PathBuf>,
    pub screenshots: Option<PathBuf>,
    /// Quit once this many frames have been rendered (start-up benchmarks).
    pub exit_after_frames: Option<u32>,
    pub player: String,
    /// Where run records go; `None` writes none.
    pub results: Option<PathBuf>,
    /// The Learning Record Store runs are sent to (through a spool beside the records), if any.
    pub lrs: Option<crate::lrs::Lrs>,
    /// The language the game speaks at start (the pause menu changes it).
    pub lang: crate::i18n::Lang,
}

/// Set once the first frame has been drawn: after that, a panic is a bug, not a missing GPU.
static STARTED: AtomicBool = AtomicBool::new(false);

/// Panics that mean the window or the GPU could not be set up (from winit and bevy_render).
const STARTUP_FAILURES: [&str; 6] = [
    "Unable to find a GPU",
    "Failed to build event loop",
    "Failed to create wgpu surface",
    "Couldn't get the window handle",
    "Unable to get monitor",
    "Could not find monitor",
];

/// Whether a panic message says the window or GPU could not start.
pub fn is_startup_failure(message: &str) -> bool {
    STARTUP_FAILURES.iter().any(|m| message.contains(m))
}

fn panic_message(info: &std::panic::PanicHookInfo<'_>) -> String {
    info.payload()
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// Before the first frame, a window or GPU failure prints one line and exits 1. Every other panic
/// goes to the default hook, with its message and backtrace.
fn install_panic_hook(lang: Lang) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = panic_message(info);
        if !STARTED.load(Ordering::Relaxed) && is_startup_failure(&message) {
            let first = message.lines().next().unwrap_or_default();
            eprintln!(
                "key-account: {}",
                tr!(lang, "game-run-cannot-start", why = first)
            );
            eprintln!("key-account: {}", tr!(lang, "game-run-no-gpu"));
            std::process::exit(1);
        }
        default(info);
    }));
}

fn mark_started(frames: Res<bevy::diagnostic::FrameCount>) {
    if frames.0 >= 1 {
        STARTED.store(true, Ordering::Relaxed);
    }
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

/// Runs the game in a window. Returns a non-zero code, with a one-line reason, when there is no
/// display or no GPU.
pub fn run(options: Options) -> ExitCode {
    if let Err(why) = display_available(|k| std::env::var_os(k).is_some(), options.lang) {
        eprintln!(
            "key-account: {}",
            tr!(options.lang, "game-run-no-window", why = why)
        );
        return ExitCode::from(1);
    }
    install_panic_hook(options.lang);

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
                    title: crate::tr!(options.lang, "game-window-title"),
                    resolution: (1280, 720).into(),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                file_path: main_dir.to_string_lossy().into_owned(),
                watch_for_changes_override: Some(true),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                // The text engine splits Chinese and Japanese into words (for selecting text)
                // without a dictionary and says so on every new text; lines still break between
                // characters as they should, so the warning is noise.
                filter: format!("{},icu_provider=error", bevy::log::DEFAULT_FILTER),
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
    .insert_resource(catalog::ScenarioFolders {
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
    .insert_resource(super::screens::debrief::SendTo(options.lrs.clone()))
    .insert_resource(super::Language(options.lang))
    .insert_resource(ClearColor(theme::palette::BACKGROUND))
    .add_plugins(super::plugin)
    .add_systems(Last, mark_started);
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

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The game is built for X11 only (Bevy's `x11` feature): on Linux it needs `DISPLAY`. A Wayland
/// session without XWayland cannot show it, and says so.
pub fn display_available(is_set: impl Fn(&str) -> bool, lang: Lang) -> Result<(), String> {
    if !cfg!(target_os = "linux") || is_set("DISPLAY") {
        return Ok(());
    }
    if is_set("WAYLAND_DISPLAY") {
        return Err(tr!(lang, "game-run-x11-only"));
    }
    Err(tr!(lang, "game-run-no-display"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_window_and_gpu_failures_become_one_line() {
        assert!(is_startup_failure(
            "Unable to find a GPU! Make sure you have installed required drivers!"
        ));
        assert!(is_startup_failure(
            "Failed to build event loop: NotSupported"
        ));
        assert!(!is_startup_failure(
            "index out of bounds: the len is 3 but the index is 7"
        ));
        assert!(!is_startup_failure(
            "called `Option::unwrap()` on a `None` value"
        ));
    }

    #[test]
    fn the_display_check_is_honest_about_x11() {
        let with = |vars: &'static [&'static str]| move |k: &str| vars.contains(&k);
        assert!(display_available(with(&["DISPLAY"]), Lang::En).is_ok());
        if cfg!(target_os = "linux") {
            let wayland = display_available(with(&["WAYLAND_DISPLAY"]), Lang::En).unwrap_err();
            assert!(wayland.contains("X11 only"), "{wayland}");
            let none = display_available(with(&[]), Lang::En).unwrap_err();
            assert!(none.contains("DISPLAY is not set"), "{none}");
            let zh = display_available(with(&[]), Lang::ZhCn).unwrap_err();
            assert!(zh.contains("DISPLAY") && zh.contains("xvfb-run"), "{zh}");
        }
    }
}
