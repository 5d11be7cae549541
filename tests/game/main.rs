//! Headless Bevy tests: the whole game with no window or GPU (`game::headless`), driven by the
//! same messages and events the buttons send, by real mouse and keyboard input, and measured from
//! Bevy's computed layout.
#![cfg(feature = "game")]

#[path = "../common/mod.rs"]
mod common;

mod flow;
mod glyphs;
mod input;
mod language;
mod layout;
mod reload;

use std::path::Path;
use std::time::{Duration, Instant};

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use key_account::game::catalog::Catalog;
use key_account::game::{Screen, headless};

pub fn app(dir: &Path) -> App {
    headless::app(dir, 1280, 720, 1)
}

/// Updates until `done` holds, or fails after a while (assets load on other threads).
pub fn until(app: &mut App, what: &str, mut done: impl FnMut(&mut App) -> bool) {
    let start = Instant::now();
    while !done(app) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        app.update();
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// A few frames: state changes, observers, rebuilds and layout settle.
pub fn settle(app: &mut App) {
    for _ in 0..3 {
        app.update();
    }
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub fn go(app: &mut App, to: Screen) {
    app.world_mut().resource_mut::<NextState<Screen>>().set(to);
    settle(app);
}

pub fn trigger<'a, E: Event<Trigger<'a>: Default>>(app: &mut App, event: E) {
    app.world_mut().trigger(event);
    settle(app);
}

/// Plays one line of a `tests/lines/` file as a click would: `? cmd` only when it is legal now,
/// `@day N` as a wait until that day.
pub fn act(app: &mut App, command: &str) {
    let deal = &app.world().resource::<key_account::game::Session>().deal;
    let action = if let Some(day) = command.strip_prefix("@day ") {
        let day: u32 = day.trim().parse().expect("a day");
        if day <= deal.day() || deal.is_finished() {
            return;
        }
        key_account::sim::Action::Wait(day - deal.day())
    } else {
        let (optional, command) = match command.strip_prefix('?') {
            Some(rest) => (true, rest.trim()),
            None => (false, command),
        };
        let action = deal
            .scenario()
            .parse_action(command)
            .unwrap_or_else(|e| panic!("{command}: {e}"));
        if optional && deal.check(&action).is_err() {
            return;
        }
        action
    };
    app.world_mut()
        .write_message(key_account::game::session::Act(action));
    settle(app);
}

pub fn window(app: &mut App) -> Entity {
    let mut q = app
        .world_mut()
        .query_filtered::<Entity, With<PrimaryWindow>>();
    q.single(app.world()).expect("a primary window")
}

/// Presses and releases a key, as the window would report it.
pub fn tap(app: &mut App, key: KeyCode) {
    let window = window(app);
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut().write_message(KeyboardInput {
            key_code: key,
            logical_key: Key::Unidentified(bevy::input::keyboard::NativeKey::Unidentified),
            state,
            text: None,
            repeat: false,
            window,
        });
        app.update();
    }
    settle(app);
}

/// Every text on screen, joined.
pub fn texts(app: &mut App) -> String {
    let mut q = app.world_mut().query::<&Text>();
    q.iter(app.world())
        .map(|t| t.0.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn count<C: Component>(app: &mut App) -> usize {
    let mut q = app.world_mut().query::<&C>();
    q.iter(app.world()).count()
}

/// A folder holding one scenario, `deal.ron` (the minimal fixture), and an app over it, loaded.
pub fn one_scenario() -> (tempfile::TempDir, std::path::PathBuf, String, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("deal.ron");
    let good = std::fs::read_to_string(common::root().join("tests/fixtures/minimal.ron"))
        .expect("fixture");
    std::fs::write(&file, &good).expect("write");
    let mut app = app(dir.path());
    loaded(&mut app, 1);
    (dir, file, good, app)
}

pub fn copy_scenarios(to: &Path) {
    for f in key_account::scenario::scenario_files(&common::root().join("scenarios")).expect("dir")
    {
        std::fs::copy(&f, to.join(f.file_name().expect("name"))).expect("copy");
    }
}

/// An app over a copy of the bundled scenarios, all loaded.
pub fn bundled() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_scenarios(dir.path());
    let mut app = app(dir.path());
    loaded(&mut app, 4);
    (dir, app)
}

pub fn loaded(app: &mut App, n: usize) {
    until(app, "scenarios to load", |app| {
        let c = app.world().resource::<Catalog>();
        c.entries.len() == n && c.entries.iter().all(|e| e.good.is_some() || e.broken)
    });
}
