//! Colours, sizes and the small widgets every screen is built from. One place, so the game looks
//! like one game.

use bevy::prelude::*;

use super::input::{Focusable, Hotkey, Painted, Tooltip};
use super::session::UiCommand;

pub mod palette {
    use bevy::prelude::Color;

    pub const BACKGROUND: Color = Color::srgb(0.09, 0.11, 0.14);
    pub const PANEL: Color = Color::srgb(0.14, 0.17, 0.21);
    pub const CARD: Color = Color::srgb(0.19, 0.23, 0.28);
    pub const CARD_SELECTED: Color = Color::srgb(0.24, 0.33, 0.45);
    pub const BUTTON: Color = Color::srgb(0.22, 0.36, 0.55);
    pub const BUTTON_HOVER: Color = Color::srgb(0.28, 0.45, 0.68);
    pub const BUTTON_PRESSED: Color = Color::srgb(0.16, 0.27, 0.42);
    pub const BUTTON_DISABLED: Color = Color::srgb(0.2, 0.2, 0.22);
    pub const FOCUS: Color = Color::srgb(1.0, 0.8, 0.3);
    pub const TEXT: Color = Color::srgb(0.92, 0.93, 0.95);
    pub const MUTED: Color = Color::srgb(0.62, 0.66, 0.72);
    pub const HEADING: Color = Color::srgb(0.98, 0.85, 0.55);
    pub const GOOD: Color = Color::srgb(0.42, 0.8, 0.5);
    pub const BAD: Color = Color::srgb(0.9, 0.42, 0.4);
    pub const NEUTRAL: Color = Color::srgb(0.8, 0.78, 0.5);
    pub const ERROR_BG: Color = Color::srgb(0.3, 0.12, 0.12);
    pub const BAR_BG: Color = Color::srgb(0.25, 0.27, 0.3);
    pub const TODAY: Color = Color::srgb(0.98, 0.85, 0.55);
}

pub mod size {
    pub const TITLE: f32 = 44.0;
    pub const HEADING: f32 = 22.0;
    pub const BODY: f32 = 16.0;
    pub const SMALL: f32 = 13.0;
    pub const GAP: f32 = 8.0;
    pub const PAD: f32 = 12.0;
}

pub fn font(size: f32) -> TextFont {
    TextFont {
        font_size: FontSize::Px(size),
        ..default()
    }
}

/// A full-window root for a screen.
pub fn screen_root() -> impl Bundle {
    (
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(size::PAD)),
            row_gap: px(size::GAP),
            ..default()
        },
        BackgroundColor(palette::BACKGROUND),
    )
}

/// A centred column (title, briefing).
pub fn centered_column() -> impl Bundle {
    (
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: px(size::GAP * 2.0),
            padding: UiRect::all(px(size::PAD * 2.0)),
            ..default()
        },
        BackgroundColor(palette::BACKGROUND),
    )
}

pub fn panel() -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(size::PAD)),
            row_gap: px(size::GAP / 2.0),
            border_radius: BorderRadius::all(px(6)),
            ..default()
        },
        BackgroundColor(palette::PANEL),
    )
}

/// A panel with its own layout.
pub fn panel_with(node: Node) -> impl Bundle {
    (
        Node {
            padding: UiRect::all(px(size::PAD)),
            border_radius: BorderRadius::all(px(6)),
            ..node
        },
        BackgroundColor(palette::PANEL),
    )
}

/// The row that fills the rest of a screen with side-by-side columns.
pub fn main_row() -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(size::GAP),
        flex_grow: 1.0,
        min_height: px(0),
        ..default()
    }
}

/// A panel whose content scrolls; `layout` gives its size and gaps.
pub fn scroll_panel(layout: Node) -> impl Bundle {
    (
        panel_with(Node {
            flex_direction: FlexDirection::Column,
            overflow: Overflow::scroll_y(),
            min_height: px(0),
            ..layout
        }),
        ScrollPosition::default(),
    )
}

pub fn row() -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(size::GAP),
        align_items: AlignItems::Center,
        flex_wrap: FlexWrap::Wrap,
        ..default()
    }
}

pub fn title(text: impl Into<String>) -> impl Bundle {
    (
        Text::new(text),
        font(size::TITLE),
        TextColor(palette::HEADING),
    )
}

pub fn heading(text: impl Into<String>) -> impl Bundle {
    (
        Text::new(text),
        font(size::HEADING),
        TextColor(palette::HEADING),
    )
}

pub fn label(text: impl Into<String>) -> impl Bundle {
    (Text::new(text), font(size::BODY), TextColor(palette::TEXT))
}

pub fn muted(text: impl Into<String>) -> impl Bundle {
    (
        Text::new(text),
        font(size::SMALL),
        TextColor(palette::MUTED),
    )
}

pub fn colored(text: impl Into<String>, color: Color) -> impl Bundle {
    (Text::new(text), font(size::BODY), TextColor(color))
}

/// A button that sends `command` when clicked, or when focused and Enter is pressed.
pub fn button(text: impl Into<String>, command: UiCommand) -> impl Bundle {
    (
        Button,
        Node {
            padding: UiRect::axes(px(14), px(7)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(5)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(palette::BUTTON),
        BorderColor::all(palette::BUTTON),
        command,
        Focusable,
        Painted,
        children![(Text::new(text), font(size::BODY), TextColor(palette::TEXT))],
    )
}

/// A numbered button for the listed actions: the number key takes it.
pub fn hotkey_button(
    n: u8,
    text: impl Into<String>,
    command: UiCommand,
    tip: String,
) -> impl Bundle {
    (
        button(format!("{n}  {}", text.into()), command),
        Hotkey(n),
        Tooltip(tip),
    )
}

/// An action that cannot be taken now, shown with why.
pub fn disabled(text: impl Into<String>, why: impl Into<String>) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(14), px(5)),
            border_radius: BorderRadius::all(px(5)),
            ..default()
        },
        BackgroundColor(palette::BUTTON_DISABLED),
        children![
            (
                Text::new(text),
                font(size::SMALL),
                TextColor(palette::MUTED)
            ),
            (
                Text::new(format!("Not now: {}", why.into())),
                font(size::SMALL),
                TextColor(palette::BAD)
            ),
        ],
    )
}

/// A small coloured tag (role, stance) with a hover explanation.
pub fn chip(text: impl Into<String>, color: Color, tip: impl Into<String>) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(px(6), px(2)),
            border_radius: BorderRadius::all(px(4)),
            ..default()
        },
        BackgroundColor(color.with_alpha(0.25)),
        Interaction::default(),
        Tooltip(tip.into()),
        children![(Text::new(text), font(size::SMALL), TextColor(color))],
    )
}

/// A horizontal bar filled to `fraction` (0-1).
pub fn bar(fraction: f32, color: Color) -> impl Bundle {
    (
        Node {
            width: px(220),
            height: px(12),
            border_radius: BorderRadius::all(px(3)),
            ..default()
        },
        BackgroundColor(palette::BAR_BG),
        children![(
            Node {
                width: percent(fraction.clamp(0.0, 1.0) * 100.0),
                height: percent(100),
                border_radius: BorderRadius::all(px(3)),
                ..default()
            },
            BackgroundColor(color),
        )],
    )
}

/// A vertically scrolling column (event log, notebook, debrief).
pub fn scroll_column() -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(size::GAP / 2.0),
            overflow: Overflow::scroll_y(),
            flex_grow: 1.0,
            min_height: px(0),
            ..default()
        },
        ScrollPosition::default(),
    )
}
