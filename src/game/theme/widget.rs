//! Widgets as functions returning a bundle. None of them knows what a press does: the screen that
//! spawns a button observes its [`Press`](super::Press).

use std::borrow::Cow;

use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

use super::interaction::{FocusKey, Hotkey, InteractionPalette, Modal, focusable};
use super::tooltip::Tooltip;
use super::{palette, size};

pub fn font(size: f32) -> TextFont {
    TextFont {
        font_size: FontSize::Px(size),
        ..default()
    }
}

/// Text in a size and colour; it wraps at word boundaries to the width it is given.
pub fn text(s: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (Text::new(s), font(size), TextColor(color))
}

pub fn title(s: impl Into<String>) -> impl Bundle {
    (Name::new("Title"), text(s, size::TITLE, palette::HEADING))
}

pub fn heading(s: impl Into<String>) -> impl Bundle {
    text(s, size::HEADING, palette::HEADING)
}

/// A small heading inside a panel.
pub fn subheading(s: impl Into<String>) -> impl Bundle {
    text(s, size::BODY, palette::HEADING)
}

pub fn label(s: impl Into<String>) -> impl Bundle {
    text(s, size::BODY, palette::TEXT)
}

pub fn muted(s: impl Into<String>) -> impl Bundle {
    text(s, size::SMALL, palette::MUTED)
}

pub fn colored(s: impl Into<String>, color: Color) -> impl Bundle {
    text(s, size::BODY, color)
}

fn root(name: impl Into<Cow<'static, str>>, node: Node) -> impl Bundle {
    (
        Name::new(name),
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            ..node
        },
        BackgroundColor(palette::BACKGROUND),
        TabGroup::new(0),
    )
}

/// A full-window root for a screen; its widgets are one Tab order.
pub fn screen_root(name: impl Into<Cow<'static, str>>) -> impl Bundle {
    root(
        name,
        Node {
            padding: UiRect::all(px(size::PAD)),
            row_gap: px(size::GAP),
            ..default()
        },
    )
}

/// A full-window root that centres a column (the title screen).
pub fn centered_root(name: impl Into<Cow<'static, str>>) -> impl Bundle {
    root(
        name,
        Node {
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: px(size::GAP * 2.0),
            padding: UiRect::all(px(size::PAD * 2.0)),
            ..default()
        },
    )
}

/// A dialog over the whole window: it dims what is behind it and takes the keyboard.
pub fn modal_root(name: impl Into<Cow<'static, str>>) -> impl Bundle {
    (
        Name::new(name),
        Modal,
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            ..default()
        },
        BackgroundColor(palette::OVERLAY),
        GlobalZIndex(50),
        TabGroup::modal(),
    )
}

pub fn panel_node() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(size::PAD)),
        row_gap: px(size::GAP / 2.0),
        border_radius: BorderRadius::all(px(6)),
        ..default()
    }
}

pub fn panel(name: impl Into<Cow<'static, str>>) -> impl Bundle {
    (
        Name::new(name),
        panel_node(),
        BackgroundColor(palette::PANEL),
    )
}

/// A panel with its own layout.
pub fn panel_with(name: impl Into<Cow<'static, str>>, node: Node) -> impl Bundle {
    (
        Name::new(name),
        Node {
            padding: UiRect::all(px(size::PAD)),
            border_radius: BorderRadius::all(px(6)),
            ..node
        },
        BackgroundColor(palette::PANEL),
    )
}

/// A panel whose content scrolls, with a scrollbar; `layout` gives its size and gaps.
pub fn scroll_panel(name: impl Into<Cow<'static, str>>, layout: Node) -> impl Bundle {
    (
        Name::new(name),
        super::scroll::scrolling(Node {
            padding: UiRect::all(px(size::PAD)),
            border_radius: BorderRadius::all(px(6)),
            ..layout
        }),
        BackgroundColor(palette::PANEL),
    )
}

/// Side-by-side items that wrap onto a new line when the row is full.
pub fn row() -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(size::GAP),
        row_gap: px(size::GAP / 2.0),
        align_items: AlignItems::Center,
        flex_wrap: FlexWrap::Wrap,
        ..default()
    }
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

/// A column of a main row, `share` percent wide.
pub fn column(share: f32) -> Node {
    Node {
        width: percent(share),
        flex_direction: FlexDirection::Column,
        row_gap: px(size::GAP),
        min_height: px(0),
        min_width: px(0),
        ..default()
    }
}

fn button_with(label: String, palette: InteractionPalette, wrap: bool) -> impl Bundle {
    (
        Name::new(format!("Button: {label}")),
        Button,
        Node {
            padding: UiRect::axes(px(12), px(6)),
            border_radius: BorderRadius::all(px(5)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            flex_shrink: if wrap { 1.0 } else { 0.0 },
            ..default()
        },
        BackgroundColor(palette.none),
        palette,
        focusable(),
        FocusKey(label.clone()),
        children![(
            text(label, size::BODY, palette::TEXT),
            if wrap {
                TextLayout::default()
            } else {
                TextLayout::linebreak(LineBreak::NoWrap)
            },
            Pickable::IGNORE
        )],
    )
}

const BUTTON_COLOURS: InteractionPalette = InteractionPalette {
    none: palette::BUTTON,
    hovered: palette::BUTTON_HOVER,
    pressed: palette::BUTTON_PRESSED,
};

/// A button; what it does is the observer of its `Press`.
pub fn button(label: impl Into<String>) -> impl Bundle {
    button_with(label.into(), BUTTON_COLOURS, true)
}

/// A button that is on or off (a role on the power map, the open tab); on shows a check mark.
pub fn toggle(label: impl Into<String>, on: bool) -> impl Bundle {
    toggle_with(label.into(), on, true)
}

/// A toggle whose short label never wraps (a language's name in a row of them): at a fractional
/// UI scale, a label laid out in exactly its own width can otherwise break before its last
/// character.
pub fn short_toggle(label: impl Into<String>, on: bool) -> impl Bundle {
    toggle_with(label.into(), on, false)
}

fn toggle_with(label: String, on: bool, wrap: bool) -> impl Bundle {
    if on {
        button_with(
            format!("✓ {label}"),
            InteractionPalette {
                none: palette::BUTTON_ON,
                hovered: palette::BUTTON_ON_HOVER,
                pressed: palette::BUTTON_PRESSED,
            },
            wrap,
        )
    } else {
        button_with(label, BUTTON_COLOURS, wrap)
    }
}

/// A row that never wraps: for a few short items in a wide space (a screen's main buttons), where
/// a row sized to its content could wrap its last item at a fractional UI scale.
pub fn one_line() -> Node {
    Node {
        flex_wrap: FlexWrap::NoWrap,
        ..row()
    }
}

/// A tab of a row of tabs: small, and marked when open; the row stays on one line.
pub fn tab(label: impl Into<String>, open: bool) -> impl Bundle {
    let label = label.into();
    let colours = if open {
        InteractionPalette {
            none: palette::BUTTON_ON,
            hovered: palette::BUTTON_ON_HOVER,
            pressed: palette::BUTTON_PRESSED,
        }
    } else {
        BUTTON_COLOURS
    };
    (
        Name::new(format!("Tab: {label}")),
        Button,
        Node {
            padding: UiRect::axes(px(8), px(5)),
            border_radius: BorderRadius::top(px(5)),
            flex_shrink: 1.0,
            min_width: px(0),
            ..default()
        },
        BackgroundColor(colours.none),
        colours,
        focusable(),
        FocusKey(format!("tab {label}")),
        children![(text(label, size::SMALL, palette::TEXT), Pickable::IGNORE)],
    )
}

/// A small, quiet button (open a group, show more).
pub fn small_button(label: impl Into<String>) -> impl Bundle {
    let label = label.into();
    (
        Name::new(format!("Button: {label}")),
        Button,
        Node {
            padding: UiRect::axes(px(8), px(3)),
            border_radius: BorderRadius::all(px(4)),
            align_self: AlignSelf::FlexStart,
            ..default()
        },
        BackgroundColor(BUTTON_COLOURS.none),
        BUTTON_COLOURS,
        focusable(),
        FocusKey(label.clone()),
        children![(text(label, size::SMALL, palette::TEXT), Pickable::IGNORE)],
    )
}

/// A numbered button: its number key presses it too.
pub fn hotkey_button(n: u8, label: impl Into<String>, tip: impl Into<String>) -> impl Bundle {
    (
        button(format!("{n}  {}", label.into())),
        Hotkey(n),
        Tooltip(tip.into()),
    )
}

/// Something that cannot be done now, and a line on why ("Not now: …", worded by the screen).
pub fn disabled(label: impl Into<String>, why: impl Into<String>) -> impl Bundle {
    (
        Name::new("Unavailable"),
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(12), px(5)),
            border_radius: BorderRadius::all(px(5)),
            ..default()
        },
        BackgroundColor(palette::DISABLED),
        children![
            text(label, size::SMALL, palette::MUTED),
            text(why, size::SMALL, palette::BAD),
        ],
    )
}

/// A small tag (a role, a stance) that explains itself on hover.
pub fn chip(label: impl Into<String>, color: Color, tip: impl Into<String>) -> impl Bundle {
    (
        Name::new("Chip"),
        Node {
            padding: UiRect::axes(px(5), px(1)),
            border_radius: BorderRadius::all(px(4)),
            ..default()
        },
        BackgroundColor(palette::CHIP),
        Interaction::default(),
        Tooltip(tip.into()),
        children![(text(label, size::SMALL, color), Pickable::IGNORE)],
    )
}

/// A horizontal bar filled to `fraction` (0-1).
pub fn bar(fraction: f32, color: Color) -> impl Bundle {
    (
        Node {
            width: px(160),
            height: px(12),
            flex_shrink: 0.0,
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
