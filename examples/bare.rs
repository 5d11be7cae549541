//! A bare Bevy app built with the same features as the game: a window, a camera and one line of
//! text. `scripts/bench-game.sh` compares the game's start-up time and memory with it.
//! `--exit-after-frames N` quits once N frames have been rendered.

use bevy::diagnostic::FrameCount;
use bevy::prelude::*;
use bevy::winit::WinitSettings;

#[derive(Resource)]
struct ExitAfter(u32);

fn main() {
    let frames = std::env::args()
        .skip_while(|a| a != "--exit-after-frames")
        .nth(1)
        .and_then(|n| n.parse().ok());
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "bare".into(),
            resolution: (1280, 720).into(),
            ..default()
        }),
        ..default()
    }))
    .insert_resource(WinitSettings::desktop_app())
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
        commands.spawn(Text::new("bare"));
    });
    if let Some(n) = frames {
        app.insert_resource(WinitSettings::game())
            .insert_resource(ExitAfter(n))
            .add_systems(Last, exit_after);
    }
    app.run();
}

fn exit_after(frames: Res<FrameCount>, limit: Res<ExitAfter>, mut exit: MessageWriter<AppExit>) {
    if frames.0 >= limit.0 {
        exit.write(AppExit::Success);
    }
}
