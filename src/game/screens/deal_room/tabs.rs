//! The tabs under the tactics: the notebook (facts found), the event log (each action and what
//! came of it, newest first, people's words in their voice), the rivals, and the five steps.

use bevy::prelude::*;

use super::{ActiveTab, Refresh, checklist, gap, rebuild};
use crate::game::language::Language;
use crate::game::session::Session;
use crate::game::theme::{FocusKey, Press, palette, size, widget};
use crate::i18n::Lang;
use crate::sim::Speaker;
use crate::tr;

/// The right-hand panel's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Notebook,
    Log,
    Rivals,
    Checklist,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Notebook, Tab::Log, Tab::Rivals, Tab::Checklist];
    pub fn label(self, lang: Lang) -> String {
        match self {
            Tab::Notebook => tr!(lang, "game-tab-notebook"),
            Tab::Log => tr!(lang, "game-tab-log"),
            Tab::Rivals => tr!(lang, "game-tab-rivals"),
            Tab::Checklist => tr!(lang, "game-tab-checklist"),
        }
    }
}

#[derive(Component)]
pub struct TabBar;

#[derive(Component)]
pub struct TabContent;

/// A tab's button.
#[derive(Component, Debug, Clone, Copy)]
pub struct TabButton(pub Tab);

pub fn plugin(app: &mut App) {
    app.add_observer(open_tab)
        .add_systems(Update, (refresh_bar, refresh_content).in_set(Refresh));
}

pub fn bar() -> impl Bundle {
    (
        TabBar,
        Name::new("Tab bar"),
        Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(4),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

pub fn content() -> impl Bundle {
    (
        TabContent,
        widget::scroll_panel(
            "Tab content",
            Node {
                row_gap: gap(),
                flex_grow: 1.0,
                ..default()
            },
        ),
    )
}

fn open_tab(press: On<Press>, buttons: Query<&TabButton>, mut tab: ResMut<ActiveTab>) {
    if let Ok(b) = buttons.get(press.entity)
        && tab.0 != b.0
    {
        tab.0 = b.0;
    }
}

fn refresh_bar(
    mut commands: Commands,
    bars: Query<(Entity, Ref<TabBar>)>,
    tab: Res<ActiveTab>,
    language: Res<Language>,
) {
    for (e, marker) in &bars {
        if !(marker.is_added() || tab.is_changed() || language.is_changed()) {
            continue;
        }
        rebuild(&mut commands, e, |r| {
            for t in Tab::ALL {
                r.spawn((TabButton(t), widget::tab(t.label(language.0), t == tab.0)))
                    .insert(FocusKey(format!("tab {t:?}")));
            }
        });
    }
}

fn refresh_content(
    mut commands: Commands,
    panels: Query<(Entity, Ref<TabContent>)>,
    tab: Res<ActiveTab>,
    session: Res<Session>,
    language: Res<Language>,
) {
    let lang = language.0;
    for (e, marker) in &panels {
        if !(marker.is_added() || tab.is_changed() || session.is_changed() || language.is_changed())
        {
            continue;
        }
        rebuild(&mut commands, e, |p| match tab.0 {
            Tab::Notebook => notebook(p, &session, lang),
            Tab::Log => log(p, &session, lang),
            Tab::Rivals => rivals(p, &session, lang),
            Tab::Checklist => checklist::spawn(p, &session.deal, lang),
        });
    }
}

fn notebook(p: &mut ChildSpawnerCommands, session: &Session, lang: Lang) {
    let f = session.deal.scenario().data();
    p.spawn(widget::heading(tr!(lang, "game-notebook-heading")));
    for fact in session.deal.known_facts() {
        p.spawn(widget::label(tr!(
            lang,
            "game-bullet",
            text = f.facts[fact].text.as_str()
        )));
    }
}

/// Lines of the event log are set in under their day.
const INDENT: &str = "    ";

fn log(p: &mut ChildSpawnerCommands, session: &Session, lang: Lang) {
    let f = session.deal.scenario().data();
    p.spawn(widget::heading(tr!(lang, "game-log-heading")));
    if session.log.is_empty() {
        p.spawn(widget::muted(tr!(lang, "game-log-empty")));
    }
    for entry in session.log.iter().rev().take(30) {
        p.spawn(widget::colored(
            tr!(
                lang,
                "game-log-entry",
                day = entry.day,
                action = entry.action.as_str()
            ),
            palette::HEADING,
        ));
        for line in &entry.lines {
            let text = line.text.as_str();
            match line.speaker {
                Speaker::Person(who) => {
                    let who = f.stakeholders.get(who).map_or("?", |s| s.name.as_str());
                    let said = tr!(lang, "game-said", who = who, text = text);
                    p.spawn(widget::label(format!("{INDENT}{said}")));
                }
                Speaker::You => {
                    let said = tr!(lang, "game-you-said", text = text);
                    p.spawn(widget::label(format!("{INDENT}{said}")));
                }
                Speaker::Narrator => {
                    p.spawn(widget::text(
                        format!("{INDENT}{text}"),
                        size::SMALL,
                        palette::MUTED,
                    ));
                }
            }
        }
    }
}

fn rivals(p: &mut ChildSpawnerCommands, session: &Session, lang: Lang) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    let us = deal.scenario().compiled().us;
    p.spawn(widget::heading(tr!(lang, "game-rivals-heading")));
    for (v, vendor) in f.vendors.iter().enumerate() {
        if v == us {
            continue;
        }
        let name = vendor.name.as_str();
        p.spawn(widget::label(
            if f.decision.status_quo.as_deref() == Some(vendor.id.as_str()) {
                tr!(lang, "game-rival-status-quo", name = name)
            } else {
                tr!(lang, "game-bullet", text = name)
            },
        ));
        if !vendor.about.is_empty() {
            p.spawn(widget::muted(vendor.about.clone()));
        }
    }
    let moves = deal.noticed_moves();
    if !moves.is_empty() {
        p.spawn(widget::subheading(tr!(lang, "game-rivals-moves")));
    }
    for (m, day) in moves {
        let mv = &f.competitor_moves[m];
        let who = f
            .vendors
            .iter()
            .find(|v| v.id == mv.vendor)
            .map_or_else(|| tr!(lang, "game-rival-unknown"), |v| v.name.clone());
        p.spawn(widget::label(tr!(
            lang,
            "game-rival-move",
            day = day,
            rival = who,
            what = mv.text.as_str()
        )));
    }
}
