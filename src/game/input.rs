//! Game-wide keys: Esc opens and closes the pause menu in the deal room; Ctrl + and Ctrl -
//! change the UI scale. (Tab, arrows, Enter and number keys are the theme's: they work on any
//! widget.)

use bevy::prelude::*;

use super::menus::Menu;
use super::screens::Screen;
use super::theme::Press;

/// The UI scale range the layout is tested at.
pub const SCALE: std::ops::RangeInclusive<f32> = 0.8..=1.5;

/// Change the UI scale by this much.
#[derive(Event, Debug, Clone, Copy)]
pub struct ScaleBy(pub f32);

pub fn plugin(app: &mut App) {
    app.add_observer(scale_by).add_systems(
        Update,
        (toggle_pause.run_if(in_state(Screen::DealRoom)), scale_keys),
    );
}

fn toggle_pause(
    keys: Res<ButtonInput<KeyCode>>,
    menu: Res<State<Menu>>,
    mut next: ResMut<NextState<Menu>>,
) {
    if keys.just_pressed(KeyCode::Escape) {
        next.set(match menu.get() {
            Menu::None => Menu::Pause,
            Menu::Pause => Menu::None,
        });
    }
}

fn scale_keys(keys: Res<ButtonInput<KeyCode>>, mut commands: Commands) {
    if !keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]) {
        return;
    }
    if keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        commands.trigger(ScaleBy(0.1));
    }
    if keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        commands.trigger(ScaleBy(-0.1));
    }
}

fn scale_by(by: On<ScaleBy>, mut scale: ResMut<UiScale>) {
    let want = ((scale.0 + by.0) * 10.0).round() / 10.0;
    scale.0 = want.clamp(*SCALE.start(), *SCALE.end());
}

/// A button's observer that quits the game.
pub fn quit(_: On<Press>, mut exit: MessageWriter<AppExit>) {
    exit.write(AppExit::Success);
}
