//! The language the window speaks. [`Language`] is the one source of truth: every screen words
//! its own text with it (the `tr!` macro, `game-` ids), and the open deal is kept in it (the core's
//! words, from `Scenario::lang`). [`SetLanguage`] switches it live (the pause menu, the title
//! screen): the deal is made again in the new language (`Session::relocalize`), the deal room's
//! panels rebuild on the change, and the screens built on entering them are built again
//! ([`switched`]).

use bevy::prelude::*;

use super::session::{ActionsApplied, Session};
use super::theme::{FocusKey, Press, widget};
use crate::i18n::Lang;

/// The language of every text the game shows.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Language(pub Lang);

/// Speak this language from now on.
#[derive(Event, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetLanguage(pub Lang);

/// Where the open deal is brought into the window's language, before actions and rebuilds.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Follow;

pub fn plugin(app: &mut App) {
    app.init_resource::<Language>()
        .add_observer(set_language)
        .configure_sets(Update, Follow.before(ActionsApplied))
        .add_systems(Update, (follow, window_title).in_set(Follow));
}

fn set_language(set: On<SetLanguage>, mut language: ResMut<Language>) {
    if language.0 != set.0 {
        language.0 = set.0;
    }
}

/// The open deal speaks the window's language: when they differ, the deal is made again in it
/// (the same seed and actions, so the same state).
fn follow(language: Res<Language>, session: Option<ResMut<Session>>) {
    if let Some(mut session) = session
        && (language.is_changed() || session.is_added())
        && session.deal.scenario().lang() != language.0
    {
        session.relocalize(language.0);
    }
}

fn window_title(language: Res<Language>, mut windows: Query<&mut Window>) {
    if !language.is_changed() {
        return;
    }
    let title = crate::tr!(language.0, "game-window-title");
    for mut w in &mut windows {
        if w.title != title {
            w.title = title.clone();
        }
    }
}

/// A run condition: the language changed since this condition last looked (never on the first
/// look). It must be looked at every frame, so put it first in an `and`:
/// `switched.and_then(in_state(Screen::Title))`.
pub fn switched(language: Res<Language>, mut seen: Local<Option<Lang>>) -> bool {
    let before = seen.replace(language.0);
    before.is_some_and(|b| b != language.0)
}

/// A system that despawns every entity with `R` (a screen's root, to build it again).
pub fn despawn_all<R: Component>(mut commands: Commands, roots: Query<Entity, With<R>>) {
    for e in &roots {
        commands.entity(e).despawn();
    }
}

/// A list in the language's own way: "a, b, c" / "a、b、c".
pub fn list(lang: Lang, items: &[String]) -> String {
    let mut it = items.iter();
    let Some(first) = it.next() else {
        return String::new();
    };
    it.fold(first.clone(), |acc, next| {
        crate::tr!(lang, "game-list", list = acc, next = next.as_str())
    })
}

/// A language button (tests find them by it).
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageButton(pub Lang);

/// "Language: English 简体中文": each language by its own name, the current one marked; pressing
/// one (click, Enter on the focus) switches to it.
pub fn spawn_choice(parent: &mut ChildSpawnerCommands, current: Lang) {
    parent
        .spawn((Name::new("Languages"), widget::one_line()))
        .with_children(|r| {
            r.spawn(widget::label(crate::tr!(current, "game-language")));
            for lang in Lang::ALL {
                r.spawn(widget::short_toggle(lang.native_name(), lang == current))
                    .insert((
                        LanguageButton(lang),
                        FocusKey(format!("language {}", lang.tag())),
                    ))
                    .observe(move |_: On<Press>, mut commands: Commands| {
                        commands.trigger(SetLanguage(lang))
                    });
            }
        });
}
