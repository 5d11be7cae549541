//! How widgets respond: a [`Press`] for a primary click, for Enter or Space on the focused widget,
//! and for a widget's number key; Tab and Shift+Tab (`bevy::input_focus::tab_navigation`) and the
//! arrow keys (`bevy::input_focus` directional navigation, placed by the UI layout) move the
//! keyboard focus; hover and press colours; a focus ring; and the focus kept across a rebuild.

use bevy::input_focus::directional_navigation::{
    AutoNavigationConfig, DirectionalNavigationPlugin, FocusableArea,
};
use bevy::input_focus::navigator::find_best_candidate;
use bevy::input_focus::tab_navigation::{NavAction, TabIndex, TabNavigation, TabNavigationPlugin};
use bevy::input_focus::{FocusCause, InputFocus, InputFocusSystems, InputFocusVisible};
use bevy::math::CompassOctant;
use bevy::picking::events::{Click, Pointer};
use bevy::picking::pointer::PointerButton;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::ui::auto_directional_navigation::AutoDirectionalNavigation;

use super::palette;

/// A widget was pressed. Screens observe it (`.observe(...)` on the widget, or a global observer
/// that looks for their own component on `press.entity`).
#[derive(EntityEvent, Debug, Clone, Copy)]
pub struct Press {
    pub entity: Entity,
}

/// The number key (1-9) that presses this widget.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hotkey(pub u8);

/// A stable name for a focusable widget, so the keyboard focus finds it again after a screen
/// rebuilds it as a new entity.
#[derive(Component, Debug, Clone, PartialEq, Eq, Hash)]
pub struct FocusKey(pub String);

/// Background colours by interaction: at rest, hovered, pressed.
#[derive(Component, Debug, Clone, Copy)]
pub struct InteractionPalette {
    pub none: Color,
    pub hovered: Color,
    pub pressed: Color,
}

/// A dialog over the screen: presses, number keys and arrows reach only what is inside it.
#[derive(Component, Debug, Default)]
pub struct Modal;

/// The last focused widget's key and its ancestors, nearest first: when a rebuild replaces it,
/// the focus goes to the widget with the same key, else to the first widget of the nearest
/// ancestor still there (the same panel).
#[derive(Resource, Debug, Default)]
struct LastFocus {
    key: Option<FocusKey>,
    ancestors: Vec<Entity>,
}

pub fn plugin(app: &mut App) {
    if !app.is_plugin_added::<TabNavigationPlugin>() {
        app.add_plugins(TabNavigationPlugin);
    }
    if !app.is_plugin_added::<DirectionalNavigationPlugin>() {
        app.add_plugins(DirectionalNavigationPlugin);
    }
    app.init_resource::<LastFocus>()
        .init_resource::<ButtonInput<KeyCode>>()
        .add_observer(click_presses)
        // Before `bevy::input_focus` clears a focus whose widget is gone.
        .add_systems(PreUpdate, keep_focus.before(InputFocusSystems::Dispatch))
        .add_systems(
            Update,
            (arrows, keys_press, hotkeys, paint, focus_ring).chain(),
        );
}

fn click_presses(
    mut click: On<Pointer<Click>>,
    buttons: Query<(), With<Button>>,
    modal: Query<(), With<Modal>>,
    parents: Query<&ChildOf>,
    mut commands: Commands,
) {
    if click.event.button != PointerButton::Primary || !buttons.contains(click.entity) {
        return;
    }
    click.propagate(false);
    if inside_modal_if_any(click.entity, &modal, &parents) {
        commands.trigger(Press {
            entity: click.entity,
        });
    }
}

/// Whether `e` may be pressed: with a dialog open, only what is inside it.
fn inside_modal_if_any(
    e: Entity,
    modal: &Query<(), With<Modal>>,
    parents: &Query<&ChildOf>,
) -> bool {
    modal.is_empty()
        || std::iter::once(e)
            .chain(parents.iter_ancestors(e))
            .any(|a| modal.contains(a))
}

/// Enter or Space presses the focused widget.
fn keys_press(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Res<InputFocus>,
    buttons: Query<(), With<Button>>,
    mut commands: Commands,
) {
    if !keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space]) {
        return;
    }
    if let Some(entity) = focus.get().filter(|e| buttons.contains(*e)) {
        commands.trigger(Press { entity });
    }
}

/// Number keys press the widget with that `Hotkey`.
fn hotkeys(
    keys: Res<ButtonInput<KeyCode>>,
    widgets: Query<(Entity, &Hotkey, &InheritedVisibility)>,
    modal: Query<(), With<Modal>>,
    parents: Query<&ChildOf>,
    mut commands: Commands,
) {
    const DIGITS: [KeyCode; 9] = [
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
    for (i, key) in DIGITS.iter().enumerate() {
        if !keys.just_pressed(*key) {
            continue;
        }
        let n = i as u8 + 1;
        if let Some((entity, ..)) = widgets
            .iter()
            .find(|(e, h, v)| h.0 == n && v.get() && inside_modal_if_any(*e, &modal, &parents))
        {
            commands.trigger(Press { entity });
        }
    }
}

/// The arrow keys move the focus to the nearest widget in that direction (with a dialog open,
/// within it); from the window, or a widget that is gone, to the first widget.
fn arrows(
    keys: Res<ButtonInput<KeyCode>>,
    mut focus: ResMut<InputFocus>,
    widgets: Query<
        (
            Entity,
            &ComputedNode,
            &UiGlobalTransform,
            &InheritedVisibility,
        ),
        With<AutoDirectionalNavigation>,
    >,
    modal: Query<(), With<Modal>>,
    parents: Query<&ChildOf>,
    config: Res<AutoNavigationConfig>,
    tabs: TabNavigation,
    mut visible: ResMut<InputFocusVisible>,
) {
    let direction = if keys.just_pressed(KeyCode::ArrowUp) {
        CompassOctant::North
    } else if keys.just_pressed(KeyCode::ArrowDown) {
        CompassOctant::South
    } else if keys.just_pressed(KeyCode::ArrowLeft) {
        CompassOctant::West
    } else if keys.just_pressed(KeyCode::ArrowRight) {
        CompassOctant::East
    } else {
        return;
    };
    let areas: Vec<FocusableArea> = widgets
        .iter()
        .filter(|(e, n, _, v)| {
            v.get() && n.size().min_element() > 0.0 && inside_modal_if_any(*e, &modal, &parents)
        })
        .map(|(entity, n, t, _)| FocusableArea {
            entity,
            position: t.translation,
            size: n.size(),
        })
        .collect();
    let origin = focus
        .get()
        .and_then(|f| areas.iter().find(|a| a.entity == f).copied());
    let next = match origin {
        Some(origin) => find_best_candidate(&origin, direction, &areas, &config),
        None => tabs
            .navigate(&InputFocus::default(), NavAction::First)
            .ok()
            .or_else(|| areas.first().map(|a| a.entity)),
    };
    if let Some(next) = next {
        focus.set(next, FocusCause::Navigated);
        visible.0 = true;
    }
}

/// After a rebuild the focused widget is a new entity: find it again by its focus key, or stay in
/// the same panel.
fn keep_focus(
    mut focus: ResMut<InputFocus>,
    mut last: ResMut<LastFocus>,
    keyed: Query<(Entity, &FocusKey)>,
    parents: Query<&ChildOf>,
    children: Query<&Children>,
    tabbable: Query<(), With<TabIndex>>,
    alive: Query<()>,
) {
    let Some(e) = focus.get() else { return };
    if alive.contains(e) {
        if tabbable.contains(e) {
            let key = keyed.get(e).ok().map(|(_, k)| k.clone());
            if last.key != key
                || last.ancestors.first() != parents.get(e).ok().map(ChildOf::parent).as_ref()
            {
                last.key = key;
                last.ancestors = parents.iter_ancestors(e).collect();
            }
        }
        return;
    }
    let by_key = last
        .key
        .as_ref()
        .and_then(|want| keyed.iter().find(|(_, k)| *k == want).map(|(e, _)| e));
    let in_panel = || {
        let panel = last
            .ancestors
            .iter()
            .copied()
            .find(|a| alive.contains(*a))?;
        children
            .iter_descendants_depth_first(panel)
            .find(|d| tabbable.contains(*d))
    };
    match by_key.or_else(in_panel) {
        Some(e) => focus.set(e, FocusCause::Navigated),
        None => focus.clear(),
    }
}

/// Hover and press colours.
fn paint(
    mut widgets: Query<
        (&Interaction, &InteractionPalette, &mut BackgroundColor),
        Or<(Changed<Interaction>, Changed<InteractionPalette>)>,
    >,
) {
    for (interaction, palette, mut bg) in &mut widgets {
        bg.0 = match interaction {
            Interaction::Pressed => palette.pressed,
            Interaction::Hovered => palette.hovered,
            Interaction::None => palette.none,
        };
    }
}

/// A bright outline around the widget with the keyboard focus, once the keyboard is in use.
fn focus_ring(
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    mut ringed: Local<Option<Entity>>,
    mut commands: Commands,
    nodes: Query<(), With<Node>>,
) {
    if !focus.is_changed() && !visible.is_changed() {
        return;
    }
    let want = focus
        .get()
        .filter(|e| visible.0 && nodes.contains(*e) && *e != Entity::PLACEHOLDER);
    if *ringed == want {
        return;
    }
    if let Some(old) = ringed.take()
        && let Ok(mut e) = commands.get_entity(old)
    {
        e.try_remove::<Outline>();
    }
    if let Some(new) = want {
        commands
            .entity(new)
            .try_insert(Outline::new(px(3), px(2), palette::FOCUS));
        *ringed = Some(new);
    }
}

/// What every focusable widget carries: a place in the Tab order and in arrow navigation.
pub fn focusable() -> impl Bundle {
    (
        bevy::input_focus::tab_navigation::TabIndex(0),
        AutoDirectionalNavigation::default(),
    )
}
