//! The pause menu: resume, restart, another deal, text size, quit. Esc opens and closes it.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use crate::game::input::{ScaleBy, quit};
use crate::game::screens::Screen;
use crate::game::session::Restart;
use crate::game::theme::{Press, widget};

use super::Menu;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Menu::Pause), spawn);
}

fn spawn(mut commands: Commands) {
    commands
        .spawn((widget::modal_root("Pause menu"), DespawnOnExit(Menu::Pause)))
        .with_children(|root| {
            root.spawn(widget::panel("Pause panel")).with_children(|p| {
                p.spawn(widget::heading("Paused"));
                p.spawn(widget::muted("The deal waits until you resume."));
                p.spawn((widget::button("Resume (Esc)"), AutoFocus))
                    .observe(resume);
                p.spawn(widget::button("Restart this deal (same seed)"))
                    .observe(|_: On<Press>, mut commands: Commands| {
                        commands.trigger(Restart::SameSeed)
                    });
                p.spawn(widget::button("Restart with a new seed")).observe(
                    |_: On<Press>, mut commands: Commands| commands.trigger(Restart::NewSeed),
                );
                p.spawn(widget::button("Choose another deal")).observe(
                    |_: On<Press>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Picker),
                );
                p.spawn(Node {
                    column_gap: px(8),
                    ..widget::row()
                })
                .with_children(|r| {
                    r.spawn(widget::button("Text smaller")).observe(
                        |_: On<Press>, mut commands: Commands| commands.trigger(ScaleBy(-0.1)),
                    );
                    r.spawn(widget::button("Text bigger")).observe(
                        |_: On<Press>, mut commands: Commands| commands.trigger(ScaleBy(0.1)),
                    );
                });
                p.spawn(widget::button("Quit")).observe(quit);
            });
        });
}

fn resume(_: On<Press>, mut next: ResMut<NextState<Menu>>) {
    next.set(Menu::None);
}
