//! The deal being played, and the one place the game changes it: [`apply_actions`] reads [`Act`]
//! messages and calls `Deal::apply`. Opening and restarting a deal are events with one observer
//! each. The game owns no rules.

use bevy::prelude::*;

use super::catalog::Catalog;
use super::language::Language;
use super::menus::Menu;
use super::screens::Screen;
use super::{PausableSystems, theme};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::scenario::compiled::Ix;
use crate::sim::{Action, Deal, Illegal, TalkLine};

/// Take a deal action. Buttons, number keys, autoplay and tests all send this.
#[derive(Message, Debug, Clone, Copy, PartialEq)]
pub struct Act(pub Action);

/// Open a scenario by its catalog path: a new deal on the briefing screen.
#[derive(Event, Debug, Clone)]
pub struct OpenDeal(pub String);

/// Start the open deal again.
#[derive(Event, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restart {
    /// The same scenario version and seed: the same deal afresh.
    SameSeed,
    /// The newest version of the file, a new seed: a new puzzle, from the briefing.
    NewSeed,
    /// The newest version of the file, the same seed (after the file changed on disk).
    NewVersion,
}

/// Leave the conversation panel (the meeting is over; nothing happens in the deal).
#[derive(Event, Debug, Clone, Copy)]
pub struct EndTalk;

/// One action in the event log and what came of it.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    pub day: u32,
    pub action: String,
    pub lines: Vec<TalkLine>,
}

/// The meeting on screen: who, from which day, and what has been said.
#[derive(Debug, Clone, PartialEq)]
pub struct Talk {
    pub person: Ix,
    pub day: u32,
    pub lines: Vec<TalkLine>,
}

/// An action the deal refused, and why: worded when shown, in the language of the moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub action: Action,
    pub why: Illegal,
}

impl Notice {
    /// "Meet Director Zhou: they will only see you after an introduction."
    pub fn words(&self, scenario: &Scenario) -> String {
        crate::tr!(
            scenario.lang(),
            "game-refused",
            action = scenario.label(&self.action),
            why = scenario.explain(&self.why)
        )
    }
}

#[derive(Resource, Debug, Clone)]
pub struct Session {
    /// Catalog path of the scenario being played, and the version of it.
    pub path: String,
    pub version: u32,
    pub deal: Deal,
    /// Every action taken, oldest first.
    pub log: Vec<LogEntry>,
    pub talk: Option<Talk>,
    /// The last action, if the deal refused it.
    pub notice: Option<Notice>,
    /// When the deal and each action started, for the run record.
    pub started: std::time::SystemTime,
    pub action_times: Vec<std::time::SystemTime>,
    /// Where the run record went, or why it could not be saved.
    pub saved: Option<Result<std::path::PathBuf, String>>,
    /// How many actions had been taken each time the trainee ended a meeting (`EndTalk` is no
    /// deal action, so a deal made again needs it to end the same meetings).
    talks_ended: Vec<usize>,
}

impl Session {
    pub fn new(path: String, version: u32, deal: Deal) -> Session {
        Session {
            path,
            version,
            deal,
            log: Vec::new(),
            talk: None,
            notice: None,
            started: std::time::SystemTime::now(),
            action_times: Vec::new(),
            saved: None,
            talks_ended: Vec::new(),
        }
    }

    /// Leaves the meeting on screen (nothing happens in the deal).
    pub fn end_talk(&mut self) {
        if self.talk.take().is_some() {
            self.talks_ended.push(self.deal.log().len());
        }
    }

    /// The same deal in another language: made again from the scenario in `lang` with the same
    /// seed, and the actions taken replayed (the engine is deterministic, so the state is the
    /// same), which words the event log and the meeting on screen anew. The times, the run
    /// record's place, the meetings ended and the refused action stay.
    pub fn relocalize(&mut self, lang: Lang) {
        let scenario = self.deal.scenario().in_language(lang);
        let mut again = Session::new(
            self.path.clone(),
            self.version,
            Deal::new(&scenario, self.deal.seed()),
        );
        for (k, logged) in self.deal.log().iter().enumerate() {
            if self.talks_ended.contains(&k) {
                again.talk = None;
            }
            if again.take(logged.action).is_err() {
                warn!("replaying the deal in {lang}: action {k} did not take; kept as it was");
                return;
            }
        }
        if self.talks_ended.contains(&self.deal.log().len()) {
            again.talk = None;
        }
        again.started = self.started;
        again.action_times = std::mem::take(&mut self.action_times);
        again.saved = self.saved.take();
        again.notice = self.notice.take();
        again.talks_ended = std::mem::take(&mut self.talks_ended);
        *self = again;
    }

    /// Applies one action; a refused one leaves a notice instead.
    pub fn act(&mut self, action: Action) {
        match self.take(action) {
            Ok(()) => {
                self.action_times.push(std::time::SystemTime::now());
                self.notice = None;
            }
            Err(why) => self.notice = Some(Notice { action, why }),
        }
    }

    /// Applies one action to the deal, the event log and the meeting, or says why not.
    fn take(&mut self, action: Action) -> Result<(), Illegal> {
        let day = self.deal.day();
        match self.deal.apply(action) {
            Ok(events) => {
                let lines = self.deal.conversation(&action, &events);
                self.talk = match (Deal::conversation_partner(&action), self.talk.take()) {
                    (Some(p), Some(mut talk))
                        if talk.person == p && !matches!(action, Action::Meet(_)) =>
                    {
                        talk.lines.extend(lines.iter().cloned());
                        Some(talk)
                    }
                    (Some(person), _) => Some(Talk {
                        person,
                        day,
                        lines: lines.clone(),
                    }),
                    // Marking the power map does not end a meeting; anything else does.
                    (None, talk) if action.is_power_map() => talk,
                    (None, _) => None,
                };
                if !action.is_power_map() {
                    self.log.push(LogEntry {
                        day,
                        action: self.deal.scenario().label(&action),
                        lines,
                    });
                }
                Ok(())
            }
            Err(why) => Err(why),
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

/// Runs after deal actions are applied, so screens show their result in the same frame.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActionsApplied;

pub fn plugin(app: &mut App) {
    app.add_message::<Act>()
        .init_resource::<Seeds>()
        .init_resource::<Results>()
        .add_observer(open_deal)
        .add_observer(restart)
        .add_observer(end_talk)
        .add_systems(
            Update,
            apply_actions
                .in_set(PausableSystems)
                .run_if(in_state(Screen::DealRoom).and_then(resource_exists::<Session>))
                .before(ActionsApplied),
        )
        .add_systems(OnExit(Menu::Pause), drop_actions)
        .add_systems(OnEnter(Screen::DealRoom), drop_actions);
}

/// The only place the game changes the deal.
pub fn apply_actions(
    mut acts: MessageReader<Act>,
    mut session: ResMut<Session>,
    mut next: ResMut<NextState<Screen>>,
) {
    for Act(action) in acts.read() {
        if session.deal.is_finished() {
            break;
        }
        session.act(*action);
        if session.deal.is_finished() {
            next.set(Screen::Debrief);
        }
    }
}

/// Actions sent while the pause menu was open are dropped as it closes, not taken late; and those
/// sent outside the deal room (a click as the last deal ended) as it opens, not taken in the next
/// deal.
fn drop_actions(mut acts: ResMut<Messages<Act>>) {
    for Act(action) in acts.drain() {
        debug!("dropped, sent out of turn: {action:?}");
    }
}

fn open_deal(
    open: On<OpenDeal>,
    catalog: Res<Catalog>,
    language: Res<Language>,
    mut seeds: ResMut<Seeds>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(entry) = catalog.get(&open.0) else {
        return;
    };
    let Some(sc) = entry.scenario(language.0) else {
        return;
    };
    let deal = Deal::new(&sc, seeds.draw());
    commands.insert_resource(Session::new(open.0.clone(), entry.version, deal));
    next.set(Screen::Briefing);
}

fn restart(
    restart: On<Restart>,
    catalog: Res<Catalog>,
    language: Res<Language>,
    session: Option<ResMut<Session>>,
    mut seeds: ResMut<Seeds>,
    mut next: ResMut<NextState<Screen>>,
    mut menu: ResMut<NextState<Menu>>,
) {
    let Some(mut s) = session else { return };
    let newest = catalog
        .get(&s.path)
        .and_then(|e| e.scenario(language.0).map(|sc| (sc, e.version)));
    let (sc, version) = match (*restart, newest) {
        (Restart::SameSeed, _) => (s.deal.scenario().in_language(language.0), s.version),
        (_, Some(newest)) => newest,
        (_, None) => return,
    };
    let seed = if *restart == Restart::NewSeed {
        seeds.draw()
    } else {
        s.deal.seed()
    };
    *s = Session::new(s.path.clone(), version, Deal::new(&sc, seed));
    menu.set(Menu::None);
    next.set(if *restart == Restart::NewSeed {
        Screen::Briefing
    } else {
        Screen::DealRoom
    });
}

fn end_talk(_: On<EndTalk>, mut session: ResMut<Session>) {
    session.end_talk();
}

/// An observer for a button that takes `action`.
pub fn act(action: Action) -> impl FnMut(On<theme::Press>, MessageWriter<Act>) {
    move |_, mut acts| {
        acts.write(Act(action));
    }
}
