//! Menus over a screen. `Menu::Pause` is the pause menu of the deal room: while it is open the
//! systems in `PausableSystems` (deal actions) stop.

mod pause;

use bevy::prelude::*;

use super::Screen;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Menu {
    #[default]
    None,
    Pause,
}

pub fn plugin(app: &mut App) {
    app.init_state::<Menu>()
        .add_plugins(pause::plugin)
        .add_systems(OnExit(Screen::DealRoom), close);
}

fn close(mut next: ResMut<NextState<Menu>>) {
    next.set(Menu::None);
}
