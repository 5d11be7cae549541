//! One plugin per screen, each in its own file or folder: title, picker, briefing, the deal room
//! and the debrief. Each spawns its UI scoped to its `Screen` with `DespawnOnExit`.

pub mod briefing;
pub mod deal_room;
pub mod debrief;
pub mod picker;
pub mod title;

use bevy::prelude::*;

pub use deal_room::DealRoomRoot;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Picker,
    Briefing,
    DealRoom,
    Debrief,
}

pub fn plugin(app: &mut App) {
    app.init_state::<Screen>().add_plugins((
        title::plugin,
        picker::plugin,
        briefing::plugin,
        deal_room::plugin,
        debrief::plugin,
    ));
}

/// The words for a difficulty.
pub fn difficulty(d: crate::scenario::Difficulty, lang: crate::i18n::Lang) -> String {
    use crate::scenario::Difficulty::*;
    match d {
        Tutorial => crate::tr!(lang, "game-difficulty-tutorial"),
        Easy => crate::tr!(lang, "game-difficulty-easy"),
        Medium => crate::tr!(lang, "game-difficulty-medium"),
        Hard => crate::tr!(lang, "game-difficulty-hard"),
    }
}

/// A button observer that goes to a screen.
pub fn go_to(
    screen: Screen,
) -> impl FnMut(On<crate::game::theme::Press>, ResMut<NextState<Screen>>) {
    move |_, mut next| next.set(screen)
}
