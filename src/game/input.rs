//! Mouse and keyboard: clicks send a button's command; Tab / Shift+Tab / arrows move the focus,
//! Enter or Space presses the focused button, number keys press the numbered actions, Esc opens the
//! pause menu, Ctrl+= and Ctrl+- scale the UI. Hovering anything with a `Tooltip` explains it.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::picking::hover::HoverMap;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;

use super::session::UiCommand;
use super::theme::{self, palette};

/// Can take the keyboard focus. Focus order is reading order (top to bottom, left to right).
#[derive(Component, Debug, Default)]
pub struct Focusable;

/// A button whose background follows hover and press (cards keep their own colours).
#[derive(Component, Debug, Default)]
pub struct Painted;

/// Pressed by this number key.
#[derive(Component, Debug, Clone, Copy)]
pub struct Hotkey(pub u8);

/// Shown near the pointer while hovering.
#[derive(Component, Debug, Clone)]
pub struct Tooltip(pub String);

/// The keyboard focus, and the command of the focused button, so the focus survives a screen
/// being rebuilt after an action.
#[derive(Resource, Debug, Default)]
pub struct Focused(pub Option<Entity>, pub Option<UiCommand>);

#[derive(Component)]
struct TooltipBox;

pub fn plugin(app: &mut App) {
    app.init_resource::<Focused>()
        .init_resource::<ButtonInput<KeyCode>>()
        .add_systems(Startup, spawn_tooltip)
        .add_systems(Update, (keep_focus, click, keys, paint, tooltip).chain())
        .add_systems(Update, wheel.run_if(resource_exists::<HoverMap>));
}

fn click(
    buttons: Query<(&Interaction, &UiCommand), (Changed<Interaction>, With<Button>)>,
    mut out: MessageWriter<UiCommand>,
) {
    for (interaction, command) in &buttons {
        if *interaction == Interaction::Pressed {
            out.write(command.clone());
        }
    }
}

fn keys(
    input: Res<ButtonInput<KeyCode>>,
    focusables: Query<(Entity, &UiGlobalTransform, &InheritedVisibility), With<Focusable>>,
    commands_of: Query<&UiCommand>,
    hotkeys: Query<(&Hotkey, &UiCommand)>,
    mut focused: ResMut<Focused>,
    mut out: MessageWriter<UiCommand>,
) {
    let shift = input.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    let ctrl = input.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    let forward = input.just_pressed(KeyCode::ArrowDown)
        || input.just_pressed(KeyCode::ArrowRight)
        || (input.just_pressed(KeyCode::Tab) && !shift);
    let back = input.just_pressed(KeyCode::ArrowUp)
        || input.just_pressed(KeyCode::ArrowLeft)
        || (input.just_pressed(KeyCode::Tab) && shift);
    if forward || back {
        let mut order: Vec<(Entity, Vec2)> = focusables
            .iter()
            .filter(|(_, _, v)| v.get())
            .map(|(e, t, _)| (e, t.translation))
            .collect();
        // Reading order; rows within a few pixels count as one line.
        order.sort_by(|a, b| {
            ((a.1.y / 8.0).round(), a.1.x)
                .partial_cmp(&((b.1.y / 8.0).round(), b.1.x))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        if !order.is_empty() {
            let at = focused
                .0
                .and_then(|f| order.iter().position(|(e, _)| *e == f));
            let next = match (at, forward) {
                (None, true) => 0,
                (None, false) => order.len() - 1,
                (Some(i), true) => (i + 1) % order.len(),
                (Some(i), false) => (i + order.len() - 1) % order.len(),
            };
            focused.0 = Some(order[next].0);
            focused.1 = commands_of.get(order[next].0).ok().cloned();
        }
    }
    if (input.just_pressed(KeyCode::Enter) || input.just_pressed(KeyCode::Space))
        && let Some(command) = focused.0.and_then(|f| commands_of.get(f).ok())
    {
        out.write(command.clone());
    }
    let digits = [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ];
    for (i, key) in digits.iter().enumerate() {
        if input.just_pressed(*key)
            && let Some((_, command)) = hotkeys.iter().find(|(h, _)| usize::from(h.0) == i + 1)
        {
            out.write(command.clone());
        }
    }
    if input.just_pressed(KeyCode::Escape) {
        out.write(UiCommand::TogglePause);
    }
    if ctrl && (input.just_pressed(KeyCode::Equal) || input.just_pressed(KeyCode::NumpadAdd)) {
        out.write(UiCommand::ScaleUp);
    }
    if ctrl && (input.just_pressed(KeyCode::Minus) || input.just_pressed(KeyCode::NumpadSubtract)) {
        out.write(UiCommand::ScaleDown);
    }
}

/// After a rebuild the focused button is a new entity: find it again by its command.
fn keep_focus(mut focused: ResMut<Focused>, buttons: Query<(Entity, &UiCommand), With<Focusable>>) {
    let Some(entity) = focused.0 else { return };
    if buttons.contains(entity) {
        return;
    }
    let again = focused
        .1
        .as_ref()
        .and_then(|want| buttons.iter().find(|(_, c)| *c == want).map(|(e, _)| e));
    focused.0 = again;
    if again.is_none() {
        focused.1 = None;
    }
}

/// Button colours follow hover and press; anything focused gets a bright border.
fn paint(
    focused: Res<Focused>,
    mut buttons: Query<(Entity, &Interaction, &mut BackgroundColor, Has<Painted>), With<Button>>,
    mut borders: Query<(Entity, &mut BorderColor), With<Focusable>>,
) {
    for (_, interaction, mut bg, painted) in &mut buttons {
        if !painted {
            continue;
        }
        let want = match interaction {
            Interaction::Pressed => palette::BUTTON_PRESSED,
            Interaction::Hovered => palette::BUTTON_HOVER,
            Interaction::None => palette::BUTTON,
        };
        if bg.0 != want {
            bg.0 = want;
        }
    }
    for (e, mut border) in &mut borders {
        let edge = if focused.0 == Some(e) {
            palette::FOCUS
        } else {
            buttons.get(e).map_or(palette::BUTTON, |(_, _, bg, _)| bg.0)
        };
        let edge = BorderColor::all(edge);
        if *border != edge {
            *border = edge;
        }
    }
}

/// Mouse-wheel scrolling for whatever scrollable panel is under the pointer.
fn wheel(
    mut wheel: MessageReader<MouseWheel>,
    hover: Res<HoverMap>,
    parents: Query<&ChildOf>,
    mut scrollables: Query<(&mut ScrollPosition, &Node, &ComputedNode)>,
) {
    for event in wheel.read() {
        let mut dy = -event.y;
        if event.unit == MouseScrollUnit::Line {
            dy *= 24.0;
        }
        for pointer in hover.values() {
            for start in pointer.keys().copied() {
                // Walk up to the nearest panel that scrolls vertically.
                let mut at = Some(start);
                while let Some(e) = at {
                    if let Ok((mut pos, node, computed)) = scrollables.get_mut(e)
                        && node.overflow.y == OverflowAxis::Scroll
                    {
                        let max = ((computed.content_size() - computed.size())
                            * computed.inverse_scale_factor())
                        .y
                        .max(0.0);
                        pos.y = (pos.y + dy).clamp(0.0, max);
                        break;
                    }
                    at = parents.get(e).ok().map(ChildOf::parent);
                }
            }
        }
    }
}

fn spawn_tooltip(mut commands: Commands) {
    commands.spawn((
        TooltipBox,
        Node {
            position_type: PositionType::Absolute,
            max_width: px(360),
            padding: UiRect::all(px(8)),
            border_radius: BorderRadius::all(px(4)),
            display: Display::None,
            ..default()
        },
        BackgroundColor(Color::srgb(0.05, 0.05, 0.07).with_alpha(0.95)),
        GlobalZIndex(100),
        children![(
            Text::new(""),
            theme::font(theme::size::SMALL),
            TextColor(palette::TEXT)
        )],
    ));
}

fn tooltip(
    hovered: Query<(&Interaction, &Tooltip)>,
    windows: Query<&Window>,
    mut boxes: Query<(&mut Node, &Children), With<TooltipBox>>,
    mut texts: Query<&mut Text>,
) {
    let Ok((mut node, children)) = boxes.single_mut() else {
        return;
    };
    let tip = hovered
        .iter()
        .find(|(i, _)| **i == Interaction::Hovered)
        .map(|(_, t)| t.0.as_str());
    let cursor = windows.iter().next().and_then(Window::cursor_position);
    match (tip, cursor) {
        (Some(tip), Some(at)) if !tip.is_empty() => {
            if let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok())
                && text.0 != tip
            {
                text.0 = tip.to_string();
            }
            node.display = Display::Flex;
            node.left = px(at.x + 16.0);
            node.top = px(at.y + 16.0);
        }
        _ => {
            if node.display != Display::None {
                node.display = Display::None;
            }
        }
    }
}
