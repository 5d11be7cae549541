//! Real input: mouse clicks through Bevy's picking, Tab and arrows through `bevy::input_focus`,
//! Enter and number keys, and the pause menu holding every action back.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput, NativeKey};
use bevy::input::mouse::MouseButtonInput;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::{CursorMoved, WindowEvent};
use key_account::game::screens::deal_room::{MapNode, Selected};
use key_account::game::session::{Act, OpenDeal, Session};
use key_account::game::theme::{FocusKey, Press};
use key_account::game::{Menu, Screen};
use key_account::sim::Action;

use super::*;

fn keyboard_room() -> (tempfile::TempDir, App) {
    let (dir, mut app) = bundled();
    trigger(&mut app, OpenDeal("keyboard.ron".into()));
    go(&mut app, Screen::DealRoom);
    settle(&mut app);
    (dir, app)
}

fn actions(app: &App) -> Vec<Action> {
    app.world()
        .resource::<Session>()
        .deal
        .log()
        .iter()
        .map(|l| l.action)
        .collect()
}

fn keyed(app: &mut App, key: &str) -> Entity {
    let mut q = app.world_mut().query::<(Entity, &FocusKey)>();
    q.iter(app.world())
        .find(|(_, k)| k.0 == key)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no widget \"{key}\""))
}

fn centre(app: &mut App, e: Entity) -> Vec2 {
    let mut q = app
        .world_mut()
        .query::<(&ComputedNode, &UiGlobalTransform)>();
    let (node, t) = q.get(app.world(), e).expect("a laid-out node");
    t.translation * node.inverse_scale_factor()
}

/// Moves the mouse onto `e` and clicks the left button, as the window would report it.
fn click(app: &mut App, e: Entity) {
    let position = centre(app, e);
    let window = window(app);
    app.world_mut()
        .write_message(WindowEvent::CursorMoved(CursorMoved {
            window,
            position,
            delta: None,
        }));
    app.update();
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut()
            .write_message(WindowEvent::MouseButtonInput(MouseButtonInput {
                button: MouseButton::Left,
                state,
                window,
            }));
        app.update();
    }
    settle(app);
}

fn focused(app: &App) -> Option<Entity> {
    app.world().resource::<InputFocus>().get()
}

fn focus_key(app: &mut App) -> Option<String> {
    let f = focused(app)?;
    app.world().get::<FocusKey>(f).map(|k| k.0.clone())
}

#[test]
fn the_mouse_selects_a_person_and_presses_a_button() {
    let (_dir, mut app) = keyboard_room();
    let sc = app.world().resource::<Session>().deal.scenario().clone();
    let engineer = sc.stakeholder("engineer").expect("person");
    let node = {
        let mut q = app.world_mut().query::<(Entity, &MapNode)>();
        q.iter(app.world())
            .find(|(_, n)| n.0 == engineer)
            .map(|(e, _)| e)
            .expect("engineer on the map")
    };
    click(&mut app, node);
    assert_eq!(app.world().resource::<Selected>().0, Some(engineer));
    assert!(texts(&mut app).contains("Engineer, technical department"));
    let meet = keyed(&mut app, &format!("{:?}", Action::Meet(engineer)));
    click(&mut app, meet);
    assert_eq!(actions(&app), [Action::Meet(engineer)]);
    assert!(texts(&mut app).contains("Meeting with Engineer Chen"));
}

#[test]
fn tab_and_the_arrows_move_the_focus_and_enter_presses() {
    let (_dir, mut app) = keyboard_room();
    tap(&mut app, KeyCode::Tab);
    let first = focus_key(&mut app).expect("Tab focuses a widget");
    tap(&mut app, KeyCode::Tab);
    let second = focus_key(&mut app).expect("still on a widget");
    assert_ne!(first, second, "Tab moves on");
    // Shift+Tab goes back.
    let window = window(&mut app);
    let shift = |state| KeyboardInput {
        key_code: KeyCode::ShiftLeft,
        logical_key: Key::Unidentified(NativeKey::Unidentified),
        state,
        text: None,
        repeat: false,
        window,
    };
    app.world_mut().write_message(shift(ButtonState::Pressed));
    app.update();
    tap(&mut app, KeyCode::Tab);
    app.world_mut().write_message(shift(ButtonState::Released));
    settle(&mut app);
    assert_eq!(focus_key(&mut app).as_deref(), Some(first.as_str()));

    // Down from the top bar lands on something lower on screen.
    let before = focused(&app).expect("focus");
    let y0 = centre(&mut app, before).y;
    tap(&mut app, KeyCode::ArrowDown);
    let after = focused(&app).expect("focus");
    assert_ne!(before, after);
    assert!(
        centre(&mut app, after).y > y0,
        "the arrow moved the focus down"
    );

    // Tab on to the meeting button, and Enter presses it.
    let director = app
        .world()
        .resource::<Session>()
        .deal
        .scenario()
        .stakeholder("director")
        .expect("person");
    let meet = format!("{:?}", Action::Meet(director));
    let mut tabs = 0;
    while focus_key(&mut app).as_deref() != Some(meet.as_str()) {
        tap(&mut app, KeyCode::Tab);
        tabs += 1;
        assert!(tabs < 60, "Tab never reached the meeting button");
    }
    tap(&mut app, KeyCode::Enter);
    assert_eq!(actions(&app), [Action::Meet(director)]);
    // The panel was rebuilt: the focus is on the same action, now "Meet again".
    assert_eq!(focus_key(&mut app), Some(meet));
}

#[test]
fn nothing_happens_while_the_game_is_paused() {
    let (_dir, mut app) = keyboard_room();
    tap(&mut app, KeyCode::Escape);
    assert_eq!(*app.world().resource::<State<Menu>>().get(), Menu::Pause);
    assert!(texts(&mut app).contains("Paused"));
    let first = app
        .world()
        .resource::<key_account::game::screens::deal_room::Selected>()
        .0;
    let meet = keyed(
        &mut app,
        &format!("{:?}", Action::Meet(first.expect("someone selected"))),
    );
    // The number key, a press on the button under the menu, and a message straight in.
    tap(&mut app, KeyCode::Digit1);
    app.world_mut().trigger(Press { entity: meet });
    app.world_mut().write_message(Act(Action::Wait(1)));
    settle(&mut app);
    assert_eq!(actions(&app), [], "paused: no action taken");
    assert_eq!(app.world().resource::<Session>().deal.day(), 0);
    // Resume: what was sent while paused stays undone, and the keys work again.
    tap(&mut app, KeyCode::Escape);
    assert_eq!(*app.world().resource::<State<Menu>>().get(), Menu::None);
    settle(&mut app);
    assert_eq!(actions(&app), []);
    tap(&mut app, KeyCode::Digit1);
    assert_eq!(
        actions(&app).len(),
        1,
        "number key 1 takes the first listed action"
    );
    assert!(matches!(actions(&app)[0], Action::Meet(_)));
}

#[test]
fn a_tooltip_sits_beside_its_button_and_off_the_next_one() {
    use key_account::game::theme::tooltip::{Area, TooltipBox};
    let (_dir, mut app) = keyboard_room();
    let area = |app: &mut App, e: Entity| {
        let mut q = app
            .world_mut()
            .query::<(&ComputedNode, &UiGlobalTransform)>();
        let (n, t) = q.get(app.world(), e).expect("laid out");
        Area::of(n, t)
    };
    let wait = keyed(&mut app, "Wait a day");
    let next = keyed(&mut app, "Wait for the decision");
    let at = centre(&mut app, wait);
    {
        let mut q = app.world_mut().query::<&mut Window>();
        for mut w in q.iter_mut(app.world_mut()) {
            w.set_cursor_position(Some(at));
        }
    }
    settle(&mut app);
    settle(&mut app);
    let (tip, shown) = {
        let mut q = app.world_mut().query::<(Entity, &TooltipBox, &Node)>();
        let (e, b, n) = q.single(app.world()).expect("one tooltip");
        (e, b.of == Some(wait) && n.display != Display::None)
    };
    assert!(shown, "hovering shows the button's tooltip");
    assert!(texts(&mut app).contains("Let one day pass"));
    let (tip, button, neighbour) = (
        area(&mut app, tip),
        area(&mut app, wait),
        area(&mut app, next),
    );
    assert_eq!(tip.overlap(&button), 0.0, "beside the button, not on it");
    assert_eq!(tip.overlap(&neighbour), 0.0, "never over the next control");
    let gap = (tip.min.y - button.max.y)
        .max(button.min.y - tip.max.y)
        .max(tip.min.x - button.max.x)
        .max(button.min.x - tip.max.x);
    assert!(gap < 12.0, "right beside it: {gap}px away");
}
