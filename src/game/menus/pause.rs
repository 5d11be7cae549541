//! The pause menu: resume, restart, another deal, text size, the language, quit. Esc opens and
//! closes it. Choosing a language switches the whole game at once, the menu too.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use crate::game::input::{ScaleBy, quit};
use crate::game::language::{self, Language, despawn_all, switched};
use crate::game::screens::Screen;
use crate::game::session::Restart;
use crate::game::theme::{Press, widget};
use crate::tr;

use super::Menu;

#[derive(Component)]
pub struct PauseRoot;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Menu::Pause), open).add_systems(
        Update,
        (despawn_all::<PauseRoot>, rebuild)
            .chain()
            .after(language::Follow)
            .run_if(switched.and_then(in_state(Menu::Pause))),
    );
}

/// The menu as it opens, its first button focused.
fn open(commands: Commands, language: Res<Language>) {
    spawn(commands, language.0, true);
}

/// The menu in another language; the focus stays where it was (on the language chosen).
fn rebuild(commands: Commands, language: Res<Language>) {
    spawn(commands, language.0, false);
}

fn spawn(mut commands: Commands, lang: crate::i18n::Lang, focus_first: bool) {
    commands
        .spawn((
            PauseRoot,
            widget::modal_root("Pause menu"),
            DespawnOnExit(Menu::Pause),
        ))
        .with_children(|root| {
            root.spawn(widget::panel("Pause panel")).with_children(|p| {
                p.spawn(widget::heading(tr!(lang, "game-pause-heading")));
                p.spawn(widget::muted(tr!(lang, "game-pause-about")));
                let mut resume_button = p.spawn(widget::button(tr!(lang, "game-pause-resume")));
                resume_button.observe(resume);
                if focus_first {
                    resume_button.insert(AutoFocus);
                }
                p.spawn(widget::button(tr!(lang, "game-pause-restart")))
                    .observe(|_: On<Press>, mut commands: Commands| {
                        commands.trigger(Restart::SameSeed)
                    });
                p.spawn(widget::button(tr!(lang, "game-pause-new-seed")))
                    .observe(|_: On<Press>, mut commands: Commands| {
                        commands.trigger(Restart::NewSeed)
                    });
                p.spawn(widget::button(tr!(lang, "game-pause-another-deal")))
                    .observe(|_: On<Press>, mut next: ResMut<NextState<Screen>>| {
                        next.set(Screen::Picker)
                    });
                p.spawn(Node {
                    column_gap: px(8),
                    ..widget::row()
                })
                .with_children(|r| {
                    r.spawn(widget::button(tr!(lang, "game-pause-text-smaller")))
                        .observe(|_: On<Press>, mut commands: Commands| {
                            commands.trigger(ScaleBy(-0.1))
                        });
                    r.spawn(widget::button(tr!(lang, "game-pause-text-bigger")))
                        .observe(|_: On<Press>, mut commands: Commands| {
                            commands.trigger(ScaleBy(0.1))
                        });
                });
                language::spawn_choice(p, lang);
                p.spawn(widget::button(tr!(lang, "game-quit")))
                    .observe(quit);
            });
        });
}

fn resume(_: On<Press>, mut next: ResMut<NextState<Menu>>) {
    next.set(Menu::None);
}
