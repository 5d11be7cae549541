//! The title screen.

use bevy::prelude::*;

use super::{Screen, go_to};
use crate::game::input::quit;
use crate::game::theme::{palette, widget};

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
}

fn spawn(mut commands: Commands) {
    commands
        .spawn((
            widget::centered_root("Title screen"),
            DespawnOnExit(Screen::Title),
        ))
        .with_children(|root| {
            root.spawn(widget::title("Key Account"));
            root.spawn(widget::label(
                "A sales-training simulation: win one large deal, the way big deals are really \
                    won.",
            ));
            root.spawn((
                widget::panel("The five steps"),
                children![
                    widget::heading("The five steps for key accounts"),
                    widget::label("1. Purchasing process: who matters at each stage"),
                    widget::label(
                        "2. Organization structure: departments and who coordinates \
                        them"
                    ),
                    widget::label("3. Functions and stances: supporters, neutrals, opponents"),
                    widget::label(
                        "4. Active information: create a reason to learn what really decides"
                    ),
                    widget::label("5. Key players: who decides, and who influences them"),
                ],
            ));
            root.spawn(widget::row()).with_children(|r| {
                r.spawn(widget::button("Choose a deal"))
                    .observe(go_to(Screen::Picker));
                r.spawn(widget::button("Quit")).observe(quit);
            });
            root.spawn(widget::colored(
                "Mouse, or keyboard: Tab or the arrows move, Enter presses, number keys take the \
                    numbered actions, Esc opens the menu, Ctrl + and Ctrl - change the text size.",
                palette::MUTED,
            ));
        });
}
