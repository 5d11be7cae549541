//! The tabs under the tactics: the notebook (facts found), the event log (each action and what
//! came of it, newest first, people's words in their voice), the rivals, and the five steps.

use bevy::prelude::*;

use super::{ActiveTab, Refresh, checklist, gap, rebuild};
use crate::game::session::Session;
use crate::game::theme::{Press, palette, size, widget};
use crate::sim::Speaker;

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
    pub fn label(self) -> &'static str {
        match self {
            Tab::Notebook => "Notebook",
            Tab::Log => "Event log",
            Tab::Rivals => "Rivals",
            Tab::Checklist => "Five steps",
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

fn refresh_bar(mut commands: Commands, bars: Query<(Entity, Ref<TabBar>)>, tab: Res<ActiveTab>) {
    for (e, marker) in &bars {
        if !(marker.is_added() || tab.is_changed()) {
            continue;
        }
        rebuild(&mut commands, e, |r| {
            for t in Tab::ALL {
                r.spawn((TabButton(t), widget::tab(t.label(), t == tab.0)));
            }
        });
    }
}

fn refresh_content(
    mut commands: Commands,
    panels: Query<(Entity, Ref<TabContent>)>,
    tab: Res<ActiveTab>,
    session: Res<Session>,
) {
    for (e, marker) in &panels {
        if !(marker.is_added() || tab.is_changed() || session.is_changed()) {
            continue;
        }
        rebuild(&mut commands, e, |p| match tab.0 {
            Tab::Notebook => notebook(p, &session),
            Tab::Log => log(p, &session),
            Tab::Rivals => rivals(p, &session),
            Tab::Checklist => checklist::spawn(p, &session.deal),
        });
    }
}

fn notebook(p: &mut ChildSpawnerCommands, session: &Session) {
    let f = session.deal.scenario().data();
    p.spawn(widget::heading("Notebook: facts found"));
    for fact in session.deal.known_facts() {
        p.spawn(widget::label(format!("• {}", f.facts[fact].text)));
    }
}

fn log(p: &mut ChildSpawnerCommands, session: &Session) {
    let f = session.deal.scenario().data();
    p.spawn(widget::heading("Event log"));
    if session.log.is_empty() {
        p.spawn(widget::muted("Nothing has happened yet."));
    }
    for entry in session.log.iter().rev().take(30) {
        p.spawn(widget::colored(
            format!("Day {}: {}", entry.day, entry.action),
            palette::HEADING,
        ));
        for line in &entry.lines {
            match line.speaker {
                Speaker::Person(who) => {
                    let who = f.stakeholders.get(who).map_or("?", |s| s.name.as_str());
                    p.spawn(widget::label(format!("    {who}: “{}”", line.text)));
                }
                Speaker::You => {
                    p.spawn(widget::label(format!("    You: {}", line.text)));
                }
                Speaker::Narrator => {
                    p.spawn(widget::text(
                        format!("    {}", line.text),
                        size::SMALL,
                        palette::MUTED,
                    ));
                }
            }
        }
    }
}

fn rivals(p: &mut ChildSpawnerCommands, session: &Session) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    let us = deal.scenario().compiled().us;
    p.spawn(widget::heading("What you know about the rivals"));
    for (v, vendor) in f.vendors.iter().enumerate() {
        if v == us {
            continue;
        }
        let sq = f.decision.status_quo.as_deref() == Some(vendor.id.as_str());
        p.spawn(widget::label(format!(
            "• {}{}",
            vendor.name,
            if sq { " (the status quo)" } else { "" }
        )));
        if !vendor.about.is_empty() {
            p.spawn(widget::muted(vendor.about.clone()));
        }
    }
    let moves = deal.noticed_moves();
    if !moves.is_empty() {
        p.spawn(widget::subheading("What they have done"));
    }
    for (m, day) in moves {
        let mv = &f.competitor_moves[m];
        let who = f
            .vendors
            .iter()
            .find(|v| v.id == mv.vendor)
            .map_or("A rival", |v| v.name.as_str());
        p.spawn(widget::label(format!("Day {day}: {who} {}", mv.text)));
    }
}
