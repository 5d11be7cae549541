//! The title screen.

use bevy::prelude::*;

use crate::game::Screen;
use crate::game::session::UiCommand;
use crate::game::theme::{self, palette};

#[derive(Component)]
pub struct TitleScreen;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
}

fn spawn(mut commands: Commands) {
    commands.spawn((
        TitleScreen,
        DespawnOnExit(Screen::Title),
        theme::centered_column(),
        children![
            theme::title("Key Account"),
            theme::label("A sales-training simulation: win one large deal, the way big deals are really won."),
            (
                theme::panel(),
                children![
                    theme::heading("The five steps for key accounts"),
                    theme::label("1. Purchasing process: who matters at each stage"),
                    theme::label("2. Organization structure: departments and who coordinates them"),
                    theme::label("3. Functions and stances: supporters, neutrals, opponents"),
                    theme::label("4. Active information: create a reason to learn what really decides"),
                    theme::label("5. Key players: who decides, and who influences them"),
                ],
            ),
            (
                theme::row(),
                children![
                    theme::button("Choose a deal", UiCommand::OpenPicker),
                    theme::button("Quit", UiCommand::Quit),
                ],
            ),
            theme::colored(
                "Mouse, or keyboard: Tab / arrows to move, Enter to press, number keys for listed actions, Esc for the menu, Ctrl + / Ctrl - for text size.",
                palette::MUTED,
            ),
        ],
    ));
}
