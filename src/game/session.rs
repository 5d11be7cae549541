//! The deal being played, and the commands that buttons and keys send. The game owns no rules:
//! every deal action goes through `Deal::apply`.

use bevy::prelude::*;

use super::Screen;
use super::catalog::Catalog;
use crate::scenario::compiled::Ix;
use crate::sim::{Action, Deal, Event};

/// What a button (or its key) asks for. Buttons carry one as a component; pressing sends a copy
/// as a message. Tests send the same messages.
#[derive(Message, Component, Debug, Clone, PartialEq)]
pub enum UiCommand {
    OpenPicker,
    ToTitle,
    /// Open a scenario by its catalog path.
    Pick(String),
    /// From the briefing into the deal room.
    Begin,
    Act(Action),
    Select(Ix),
    ShowTab(Tab),
    /// Replay the same deal with the same seed.
    Replay,
    /// The same deal with a new seed: a new puzzle.
    NewSeed,
    /// Restart the open deal with the newest version of its file.
    Reload,
    TogglePause,
    Quit,
    ScaleUp,
    ScaleDown,
}

/// The right-hand panel of the deal room.
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

#[derive(Resource, Debug, Clone)]
pub struct Session {
    /// Catalog path of the scenario being played, and the version of it.
    pub path: String,
    pub version: u32,
    pub deal: Deal,
    /// Event log lines, oldest first.
    pub log: Vec<String>,
    pub selected: Option<Ix>,
    pub tab: Tab,
    /// Why the last action was refused, if it was.
    pub notice: Option<String>,
    /// When the deal and each action started, for the run record.
    pub started: std::time::SystemTime,
    pub action_times: Vec<std::time::SystemTime>,
    /// Where the run record went, or why it could not be saved.
    pub saved: Option<Result<std::path::PathBuf, String>>,
}

impl Session {
    fn new(path: String, version: u32, deal: Deal) -> Session {
        let selected = (0..deal.scenario().data().stakeholders.len())
            .find(|&i| deal.person(i).is_some_and(|p| p.visible));
        Session {
            path,
            version,
            deal,
            log: Vec::new(),
            selected,
            tab: Tab::default(),
            notice: None,
            started: std::time::SystemTime::now(),
            action_times: Vec::new(),
            saved: None,
        }
    }

    fn record(&mut self, action: &Action, events: &[Event]) {
        self.log.push(format!(
            "Day {}: {}",
            self.deal.log().last().map_or(self.deal.day(), |l| l.day),
            self.deal.scenario().label(action)
        ));
        for e in events {
            if !matches!(e, Event::DayPassed { .. } | Event::PowerMapUpdated { .. }) {
                self.log
                    .push(format!("    {}", self.deal.scenario().describe(e)));
            }
        }
    }
}

/// Where seeds come from: a fixed one from the command line (screenshots, tests), else the clock.
#[derive(Resource, Debug, Default)]
pub struct Seeds {
    pub fixed: Option<u64>,
    counter: u64,
}

impl Seeds {
    /// Seeds from `seed` on, one per new deal (for reproducible runs).
    pub fn fixed(seed: u64) -> Seeds {
        Seeds {
            fixed: Some(seed),
            counter: 0,
        }
    }

    pub fn draw(&mut self) -> u64 {
        self.counter += 1;
        match self.fixed {
            Some(s) => s.wrapping_add(self.counter - 1),
            None => {
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos() as u64);
                nanos ^ self.counter.wrapping_mul(0x9e37_79b9_7f4a_7c15)
            }
        }
    }
}

/// Who plays, and where run records go (`None`: nowhere).
#[derive(Resource, Debug, Clone)]
pub struct Results {
    pub player: String,
    pub dir: Option<std::path::PathBuf>,
}

impl Default for Results {
    fn default() -> Self {
        Results {
            player: crate::record::default_player(),
            dir: None,
        }
    }
}

/// Whether the pause menu is open.
#[derive(Resource, Debug, Default, PartialEq, Eq)]
pub struct Paused(pub bool);

pub fn plugin(app: &mut App) {
    app.add_message::<UiCommand>()
        .init_resource::<Seeds>()
        .init_resource::<Paused>()
        .init_resource::<UiScale>()
        .init_resource::<Results>()
        .add_systems(Update, handle_commands);
}

fn handle_commands(
    mut reader: MessageReader<UiCommand>,
    mut commands: Commands,
    catalog: Res<Catalog>,
    mut session: Option<ResMut<Session>>,
    mut seeds: ResMut<Seeds>,
    mut paused: ResMut<Paused>,
    mut scale: ResMut<UiScale>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for command in reader.read() {
        match command {
            UiCommand::OpenPicker => {
                paused.0 = false;
                next.set(Screen::Picker);
            }
            UiCommand::ToTitle => next.set(Screen::Title),
            UiCommand::Pick(path) => {
                let Some(entry) = catalog.get(path) else {
                    continue;
                };
                let Some(sc) = &entry.good else { continue };
                let deal = Deal::new(sc, seeds.draw());
                commands.insert_resource(Session::new(path.clone(), entry.version, deal));
                next.set(Screen::Briefing);
            }
            UiCommand::Begin => next.set(Screen::DealRoom),
            UiCommand::Act(action) => {
                let Some(s) = session.as_deref_mut() else {
                    continue;
                };
                if paused.0 {
                    continue;
                }
                match s.deal.apply(*action) {
                    Ok(events) => {
                        s.action_times.push(std::time::SystemTime::now());
                        s.notice = None;
                        s.record(action, &events);
                        if s.deal.is_finished() && *state.get() == Screen::DealRoom {
                            next.set(Screen::Debrief);
                        }
                    }
                    Err(why) => {
                        s.notice = Some(format!(
                            "{}: {}.",
                            s.deal.scenario().label(action),
                            s.deal.scenario().explain(&why)
                        ))
                    }
                }
            }
            UiCommand::Select(i) => {
                if let Some(s) = session.as_deref_mut() {
                    s.selected = Some(*i);
                }
            }
            UiCommand::ShowTab(tab) => {
                if let Some(s) = session.as_deref_mut() {
                    s.tab = *tab;
                }
            }
            UiCommand::Replay | UiCommand::NewSeed | UiCommand::Reload => {
                let Some(s) = session.as_deref_mut() else {
                    continue;
                };
                let Some(entry) = catalog.get(&s.path) else {
                    continue;
                };
                // Replay keeps the scenario version played; the others take the newest good one.
                let sc = if *command == UiCommand::Replay {
                    s.deal.scenario().clone()
                } else {
                    match &entry.good {
                        Some(sc) => sc.clone(),
                        None => continue,
                    }
                };
                let seed = if *command == UiCommand::NewSeed {
                    seeds.draw()
                } else {
                    s.deal.seed()
                };
                let version = if *command == UiCommand::Replay {
                    s.version
                } else {
                    entry.version
                };
                *s = Session::new(s.path.clone(), version, Deal::new(&sc, seed));
                paused.0 = false;
                next.set(if *command == UiCommand::NewSeed {
                    Screen::Briefing
                } else {
                    Screen::DealRoom
                });
            }
            UiCommand::TogglePause => {
                if *state.get() == Screen::DealRoom {
                    paused.0 = !paused.0;
                }
            }
            UiCommand::Quit => {
                exit.write(AppExit::Success);
            }
            UiCommand::ScaleUp => scale.0 = (scale.0 + 0.1).min(2.0),
            UiCommand::ScaleDown => scale.0 = (scale.0 - 0.1).max(0.6),
        }
    }
}
