//! The title screen: the game, the five steps, the way in, and the language.

use bevy::prelude::*;

use super::{Screen, go_to};
use crate::game::input::quit;
use crate::game::language::{self, Language, despawn_all, switched};
use crate::game::theme::{palette, widget};
use crate::tr;

#[derive(Component)]
pub struct TitleRoot;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn).add_systems(
        Update,
        (despawn_all::<TitleRoot>, spawn)
            .chain()
            .after(language::Follow)
            .run_if(switched.and_then(in_state(Screen::Title))),
    );
}

fn spawn(mut commands: Commands, language: Res<Language>) {
    let lang = language.0;
    commands
        .spawn((
            TitleRoot,
            widget::centered_root("Title screen"),
            DespawnOnExit(Screen::Title),
        ))
        .with_children(|root| {
            root.spawn(widget::title(tr!(lang, "game-title")));
            root.spawn(widget::label(tr!(lang, "game-title-about")));
            root.spawn(widget::panel("The five steps"))
                .with_children(|p| {
                    p.spawn(widget::heading(tr!(lang, "game-title-five-steps")));
                    for step in [
                        tr!(lang, "game-title-step-1"),
                        tr!(lang, "game-title-step-2"),
                        tr!(lang, "game-title-step-3"),
                        tr!(lang, "game-title-step-4"),
                        tr!(lang, "game-title-step-5"),
                    ] {
                        p.spawn(widget::label(step));
                    }
                });
            root.spawn(widget::one_line()).with_children(|r| {
                r.spawn(widget::button(tr!(lang, "game-choose-a-deal")))
                    .observe(go_to(Screen::Picker));
                r.spawn(widget::button(tr!(lang, "game-quit")))
                    .observe(quit);
            });
            language::spawn_choice(root, lang);
            root.spawn(widget::colored(
                tr!(lang, "game-title-keys"),
                palette::MUTED,
            ));
        });
}
