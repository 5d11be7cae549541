//! One plugin per screen.

pub mod briefing;
pub mod deal_room;
pub mod debrief;
pub mod picker;
pub mod title;

use bevy::prelude::*;

pub use deal_room::DealRoomRoot;

pub fn plugin(app: &mut App) {
    app.add_plugins((
        title::plugin,
        picker::plugin,
        briefing::plugin,
        deal_room::plugin,
        debrief::plugin,
    ));
}

/// The words for a difficulty.
pub fn difficulty(d: crate::scenario::Difficulty) -> &'static str {
    use crate::scenario::Difficulty::*;
    match d {
        Tutorial => "Tutorial",
        Easy => "Easy",
        Medium => "Medium",
        Hard => "Hard",
    }
}
