//! The debrief: the outcome, a bar per score part with the lines that explain it, what would have
//! changed it (worked out in the background), the trainee's influence map beside the truth, and the
//! ways on.

mod counterfactuals;
mod maps;
mod score;

use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use super::{Screen, go_to};
use crate::game::input::quit;
use crate::game::language::{self, Language, despawn_all, switched};
use crate::game::session::{Restart, Results, Session};
use crate::game::theme::{Press, palette, size, widget};
use crate::i18n::Lang;
use crate::sim::Verdict;
use crate::tr;

pub use counterfactuals::{CounterfactualLine, Counterfactuals};
pub use score::ScoreBar;

#[derive(Component)]
pub struct DebriefRoot;

/// The Learning Record Store finished runs are sent to (through the spool), if any.
#[derive(Resource, Debug, Clone, Default)]
pub struct SendTo(pub Option<crate::lrs::Lrs>);

/// Where the last run's statements went, written by the thread that sends them.
#[derive(Resource, Debug, Default)]
struct Sending(Arc<Mutex<Option<Sent>>>);

/// How sending the run to the LRS went, worded when shown.
#[derive(Debug, Clone)]
enum Sent {
    /// On its way to the LRS at this address.
    Sending(String),
    /// Delivered or spooled: the spool's own line on it, in the window's language.
    Done(crate::lrs::spool::Delivery),
    /// Not sent, and why.
    Failed(std::sync::Arc<crate::lrs::spool::SpoolError>),
}

impl Sent {
    fn words(&self, lang: Lang) -> String {
        match self {
            Sent::Sending(url) => tr!(lang, "game-debrief-sending", url = url.as_str()),
            Sent::Done(delivery) => delivery.line_in(lang),
            Sent::Failed(why) => tr!(lang, "game-debrief-not-sent", why = why.message(lang)),
        }
    }
}

/// The debrief's line saying where the result went in the LRS.
#[derive(Component)]
struct LrsLine;

pub fn plugin(app: &mut App) {
    app.init_resource::<SendTo>()
        .init_resource::<Sending>()
        .add_systems(OnEnter(Screen::Debrief), (save_record, spawn).chain())
        .add_systems(
            Update,
            (despawn_all::<DebriefRoot>, spawn)
                .chain()
                .after(language::Follow)
                .run_if(switched.and_then(in_state(Screen::Debrief))),
        )
        .add_systems(Update, show_sending.run_if(in_state(Screen::Debrief)))
        .add_plugins(counterfactuals::plugin);
}

/// Writes the run record once per finished deal (atomically; a failure is shown, not fatal),
/// then sends it to the LRS, if one is set, on a thread of its own (`lrs::spool::deliver`: the
/// statements go through the spool, so nothing is lost when the LRS is down).
fn save_record(
    session: Option<ResMut<Session>>,
    results: Res<Results>,
    send_to: Res<SendTo>,
    sending: Res<Sending>,
) {
    let Some(mut s) = session else { return };
    if s.saved.is_some() {
        return;
    }
    if let Ok(mut line) = sending.0.lock() {
        *line = None;
    }
    let Some(dir) = &results.dir else { return };
    let rec = crate::record::RunRecord::of(
        &s.deal,
        &s.path,
        &results.player,
        s.started,
        std::time::SystemTime::now(),
        &s.action_times,
    );
    let Some(rec) = rec else { return };
    let saved = crate::record::write(dir, &rec);
    if let (Ok(path), Some(lrs)) = (&saved, &send_to.0) {
        let (dir, path, lrs, slot) = (dir.clone(), path.clone(), lrs.clone(), sending.0.clone());
        if let Ok(mut line) = slot.lock() {
            // Never the password of a URL with userinfo.
            *line = Some(Sent::Sending(lrs.shown_url()));
        }
        std::thread::spawn(move || {
            let said = match crate::lrs::spool::deliver(&dir, &path, &rec, &lrs) {
                Ok(d) => Sent::Done(d),
                Err(e) => Sent::Failed(std::sync::Arc::new(e)),
            };
            if let Ok(mut line) = slot.lock() {
                *line = Some(said);
            }
        });
    }
    s.saved = Some(saved.map_err(|e| e.to_string()));
}

/// Shows where the result went once the sending thread knows.
fn show_sending(
    sending: Res<Sending>,
    language: Res<Language>,
    mut lines: Query<&mut Text, With<LrsLine>>,
) {
    let said = match sending.0.lock() {
        Ok(line) => line
            .as_ref()
            .map(|s| s.words(language.0))
            .unwrap_or_default(),
        Err(_) => return,
    };
    for mut text in &mut lines {
        if text.0 != said {
            text.0 = said.clone();
        }
    }
}

fn verdict(session: &Session, lang: Lang) -> (String, Color) {
    let f = session.deal.scenario().data();
    match session.deal.outcome().map(|o| o.verdict) {
        Some(Verdict::Won) => (tr!(lang, "game-debrief-won"), palette::GOOD),
        Some(Verdict::Lost { winner }) => (
            tr!(
                lang,
                "game-debrief-lost",
                winner = f.vendors[winner].name.as_str()
            ),
            palette::BAD,
        ),
        Some(Verdict::NoDecision { kept: Some(k) }) => (
            tr!(lang, "game-debrief-kept", kept = f.vendors[k].name.as_str()),
            palette::NEUTRAL,
        ),
        Some(Verdict::NoDecision { kept: None }) => {
            (tr!(lang, "game-debrief-no-decision"), palette::NEUTRAL)
        }
        Some(Verdict::Disqualified { .. }) => {
            (tr!(lang, "game-debrief-disqualified"), palette::BAD)
        }
        None => (tr!(lang, "game-debrief-not-over"), palette::MUTED),
    }
}

fn spawn(mut commands: Commands, session: Option<Res<Session>>, language: Res<Language>) {
    let Some(session) = session else { return };
    let lang = language.0;
    let deal = &session.deal;
    let Some(o) = deal.outcome() else { return };
    let f = deal.scenario().data();
    let (verdict, color) = verdict(&session, lang);
    commands
        .spawn((
            DebriefRoot,
            widget::screen_root("Debrief"),
            DespawnOnExit(Screen::Debrief),
        ))
        .with_children(|root| {
            root.spawn(widget::row()).with_children(|r| {
                r.spawn(widget::text(verdict, size::HEADING * 1.3, color));
                r.spawn(widget::heading(tr!(
                    lang,
                    "game-debrief-score",
                    points = format!("{:.0}", o.score.total),
                    max = format!("{:.0}", o.score.max)
                )));
                r.spawn(widget::muted(tr!(
                    lang,
                    "game-debrief-about",
                    title = f.title.as_str(),
                    seed = deal.seed().to_string(),
                    day = o.day
                )));
            });
            match &session.saved {
                Some(Ok(path)) => {
                    root.spawn(widget::muted(tr!(
                        lang,
                        "game-debrief-saved",
                        path = path.display().to_string()
                    )));
                }
                Some(Err(why)) => {
                    root.spawn(widget::colored(
                        tr!(lang, "game-debrief-not-saved", why = why.as_str()),
                        palette::BAD,
                    ));
                }
                None => {}
            }
            root.spawn((LrsLine, widget::muted("")));
            root.spawn(widget::row()).with_children(|r| {
                r.spawn(widget::button(tr!(lang, "game-debrief-replay")))
                    .observe(|_: On<Press>, mut commands: Commands| {
                        commands.trigger(Restart::SameSeed)
                    });
                r.spawn(widget::button(tr!(lang, "game-debrief-new-seed")))
                    .observe(|_: On<Press>, mut commands: Commands| {
                        commands.trigger(Restart::NewSeed)
                    });
                r.spawn(widget::button(tr!(lang, "game-debrief-another-deal")))
                    .observe(go_to(Screen::Picker));
                r.spawn(widget::button(tr!(lang, "game-quit")))
                    .observe(quit);
            });
            root.spawn((Name::new("Main row"), widget::main_row()))
                .with_children(|main| {
                    main.spawn(widget::scroll_panel(
                        "Score",
                        Node {
                            width: percent(40),
                            row_gap: px(4),
                            ..default()
                        },
                    ))
                    .with_children(|col| score::spawn(col, o, lang));
                    main.spawn((Name::new("Right column"), widget::column(60.0)))
                        .with_children(|right| {
                            right.spawn(counterfactuals::panel());
                            maps::spawn(right, deal, lang);
                        });
                });
        });
}
