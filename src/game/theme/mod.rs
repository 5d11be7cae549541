//! The look and the generic behaviour of every widget: colours and sizes, widgets as functions
//! returning a bundle, presses (click, Enter, number keys), keyboard focus, hover colours,
//! tooltips and scrolling with a visible scrollbar. Depends on nothing else in the game: a widget
//! says what it looks like; what a press does is the screen's business (an observer on [`Press`]).

pub mod interaction;
pub mod palette;
pub mod scroll;
pub mod tooltip;
pub mod widget;

use bevy::prelude::*;

pub use interaction::{FocusKey, Hotkey, Modal, Press};
pub use tooltip::Tooltip;

/// Text sizes and spacing, in logical pixels (before the UI scale).
pub mod size {
    pub const TITLE: f32 = 40.0;
    pub const HEADING: f32 = 20.0;
    pub const BODY: f32 = 15.0;
    pub const SMALL: f32 = 13.0;
    pub const GAP: f32 = 8.0;
    pub const PAD: f32 = 10.0;
}

/// The window's size in logical UI pixels (after the UI scale), for layouts that change with it.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct ViewSize(pub Vec2);

impl Default for ViewSize {
    fn default() -> Self {
        ViewSize(Vec2::new(1280.0, 720.0))
    }
}

impl ViewSize {
    /// Too narrow for the widest rows (a laptop at a large UI scale): screens use shorter words.
    pub fn is_narrow(&self) -> bool {
        self.0.x < 1100.0
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<ViewSize>()
        .add_plugins((interaction::plugin, tooltip::plugin, scroll::plugin))
        .add_systems(PreUpdate, view_size);
}

fn view_size(
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    scale: Res<UiScale>,
    mut view: ResMut<ViewSize>,
) {
    let Ok(window) = windows.single() else { return };
    let size = Vec2::new(window.width(), window.height()) / scale.0.max(0.1);
    if (view.0 - size).abs().max_element() > 0.5 {
        view.0 = size;
    }
}
