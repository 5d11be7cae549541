//! The debrief: the outcome, a bar per score part with the lines that explain it, the trainee's
//! power map next to the truth, the counterfactuals the engine found, and the ways on.

use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use crate::bot::Counterfactual;
use crate::game::Screen;
use crate::game::session::{Results, Session, UiCommand};
use crate::game::theme::{self, palette, size};
use crate::scenario::Role;
use crate::sim::{Part, Stance, Verdict};

#[derive(Component)]
pub struct DebriefRoot;

/// One score part's bar; tests read the points from it.
#[derive(Component, Debug, Clone, Copy)]
pub struct ScoreBar {
    pub part: Part,
    pub points: f32,
    pub max: f32,
}

/// A counterfactual line on the debrief.
#[derive(Component, Debug, Clone)]
pub struct CounterfactualLine(pub String);

/// Counterfactuals for the finished deal, computed once per debrief (they re-play the deal).
#[derive(Resource, Debug, Default)]
struct Counterfactuals(Vec<Counterfactual>);

/// The Learning Record Store finished runs are sent to (through the spool), if any.
#[derive(Resource, Debug, Clone, Default)]
pub struct SendTo(pub Option<crate::lrs::Lrs>);

/// Where the last run's statements went, written by the thread that sends them.
#[derive(Resource, Debug, Default)]
struct Sending(Arc<Mutex<Option<String>>>);

/// The debrief's line saying where the result went in the LRS.
#[derive(Component)]
struct LrsLine;

pub fn plugin(app: &mut App) {
    app.init_resource::<Counterfactuals>()
        .init_resource::<SendTo>()
        .init_resource::<Sending>()
        .add_systems(
            OnEnter(Screen::Debrief),
            (save_record, compute, spawn).chain(),
        )
        .add_systems(Update, show_sending.run_if(in_state(Screen::Debrief)));
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
            *line = Some(format!("Sending the result to the LRS at {}…", lrs.url));
        }
        std::thread::spawn(move || {
            let said = match crate::lrs::spool::deliver(&dir, &path, &rec, &lrs) {
                Ok(d) => d.line(),
                Err(e) => format!("Not sent to the LRS: {e}"),
            };
            if let Ok(mut line) = slot.lock() {
                *line = Some(said);
            }
        });
    }
    s.saved = Some(saved);
}

/// Shows where the result went once the sending thread knows.
fn show_sending(sending: Res<Sending>, mut lines: Query<&mut Text, With<LrsLine>>) {
    let said = match sending.0.lock() {
        Ok(line) => line.clone().unwrap_or_default(),
        Err(_) => return,
    };
    for mut text in &mut lines {
        if text.0 != said {
            text.0 = said.clone();
        }
    }
}

fn compute(session: Option<Res<Session>>, mut cf: ResMut<Counterfactuals>) {
    cf.0 = session
        .map(|s| crate::bot::counterfactuals(&s.deal, 3))
        .unwrap_or_default();
}

fn verdict_text(session: &Session) -> (String, Color) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    match deal.outcome().map(|o| o.verdict) {
        Some(Verdict::Won) => ("You won the deal".into(), palette::GOOD),
        Some(Verdict::Lost { winner }) => (
            format!("You lost: {} won the deal", f.vendors[winner].name),
            palette::BAD,
        ),
        Some(Verdict::NoDecision { kept: Some(k) }) => (
            format!("No decision: the buyer kept {}", f.vendors[k].name),
            palette::NEUTRAL,
        ),
        Some(Verdict::NoDecision { kept: None }) => ("No decision".into(), palette::NEUTRAL),
        Some(Verdict::Disqualified { .. }) => (
            "Disqualified by the buyer's compliance office".into(),
            palette::BAD,
        ),
        None => ("The deal is not over".into(), palette::MUTED),
    }
}

fn spawn(mut commands: Commands, session: Option<Res<Session>>, cf: Res<Counterfactuals>) {
    let Some(session) = session else { return };
    let deal = &session.deal;
    let Some(o) = deal.outcome() else { return };
    let f = deal.scenario().data();
    let (verdict, color) = verdict_text(&session);
    commands
        .spawn((
            DebriefRoot,
            DespawnOnExit(Screen::Debrief),
            theme::screen_root(),
        ))
        .with_children(|root| {
            root.spawn(theme::row()).with_children(|r| {
                r.spawn((
                    Text::new(verdict),
                    theme::font(size::HEADING * 1.4),
                    TextColor(color),
                ));
                r.spawn(theme::heading(format!(
                    "Score {:.0} / {:.0}",
                    o.score.total, o.score.max
                )));
            });
            root.spawn(theme::muted(format!(
                "{} · seed {} · decided on day {}",
                f.title,
                deal.seed(),
                o.day
            )));
            match &session.saved {
                Some(Ok(path)) => {
                    root.spawn(theme::muted(format!(
                        "Run record saved: {}",
                        path.display()
                    )));
                }
                Some(Err(why)) => {
                    root.spawn(theme::colored(
                        format!("Your run record could not be saved: {why}"),
                        palette::BAD,
                    ));
                }
                None => {}
            }
            root.spawn((LrsLine, theme::muted("")));
            root.spawn(theme::row()).with_children(|r| {
                r.spawn(theme::button("Replay (same seed)", UiCommand::Replay));
                r.spawn(theme::button("Play a new seed", UiCommand::NewSeed));
                r.spawn(theme::button("Pick another deal", UiCommand::OpenPicker));
                r.spawn(theme::button("Quit", UiCommand::Quit));
            });
            root.spawn(theme::main_row()).with_children(|main| {
                main.spawn(theme::scroll_panel(Node {
                    width: percent(58),
                    row_gap: px(4),
                    ..default()
                }))
                .with_children(|col| {
                    for line in o
                        .debrief
                        .iter()
                        .filter(|l| l.part == Part::Outcome && l.points == 0.0)
                        .take(1)
                    {
                        col.spawn(theme::colored(line.text.clone(), palette::HEADING));
                    }
                    for part in &o.score.parts {
                        col.spawn((
                            ScoreBar {
                                part: part.part,
                                points: part.points,
                                max: part.max,
                            },
                            theme::row(),
                        ))
                        .with_children(|r| {
                            r.spawn((
                                Node {
                                    width: px(230),
                                    ..default()
                                },
                                children![theme::label(part.part.label())],
                            ));
                            let frac = if part.max > 0.0 {
                                part.points / part.max
                            } else {
                                1.0
                            };
                            let c = if frac >= 0.7 {
                                palette::GOOD
                            } else if frac >= 0.4 {
                                palette::NEUTRAL
                            } else {
                                palette::BAD
                            };
                            r.spawn(theme::bar(frac, c));
                            r.spawn(theme::label(format!(
                                "{:.1} / {:.0}",
                                part.points, part.max
                            )));
                        });
                        for line in o
                            .debrief
                            .iter()
                            .filter(|l| l.part == part.part)
                            .skip(usize::from(part.part == Part::Outcome))
                        {
                            let when = line.day.map(|d| format!("Day {d}: ")).unwrap_or_default();
                            let pts = if line.points != 0.0 {
                                format!("{:+.1}  ", line.points)
                            } else {
                                String::new()
                            };
                            let c = if line.points > 0.0 {
                                palette::TEXT
                            } else if line.points < 0.0 {
                                palette::BAD
                            } else {
                                palette::MUTED
                            };
                            col.spawn((
                                Text::new(format!("    {pts}{when}{}", line.text)),
                                theme::font(size::SMALL),
                                TextColor(c),
                            ));
                        }
                    }
                });
                main.spawn(Node {
                    width: percent(42),
                    flex_direction: FlexDirection::Column,
                    row_gap: px(size::GAP),
                    min_height: px(0),
                    ..default()
                })
                .with_children(|right| {
                    right.spawn(theme::panel()).with_children(|p| {
                        p.spawn(theme::heading("What would have changed it"));
                        if cf.0.is_empty() {
                            p.spawn(theme::muted(
                                "From each of your decisions, a five-step line was replayed over 20 futures: none did clearly better.",
                            ));
                        }
                        for c in &cf.0 {
                            p.spawn((
                                CounterfactualLine(c.text.clone()),
                                theme::label(format!("• {}", c.text)),
                            ));
                        }
                    });
                    right
                        .spawn(theme::scroll_panel(Node {
                            row_gap: px(3),
                            flex_grow: 1.0,
                            ..default()
                        }))
                        .with_children(|p| {
                            p.spawn(theme::heading("Your power map and the truth"));
                            for (i, s) in f.stakeholders.iter().enumerate() {
                                let belief = deal.belief(i);
                                let roles = |bits: u8| {
                                    let v: Vec<&str> = Role::ALL
                                        .into_iter()
                                        .filter(|r| bits & r.bit() != 0)
                                        .map(Role::label)
                                        .collect();
                                    if v.is_empty() {
                                        "-".to_string()
                                    } else {
                                        v.join(", ")
                                    }
                                };
                                let stance = |s: Option<Stance>| s.map_or("?", Stance::label);
                                let truth_stance = o.stances[i];
                                let right_roles = belief.roles == o.roles[i];
                                let right_stance = belief.stance == Some(truth_stance);
                                p.spawn(theme::label(s.name.clone()));
                                p.spawn((
                                    Text::new(format!(
                                        "    you: {} · {}    truth: {} · {}",
                                        roles(belief.roles),
                                        stance(belief.stance),
                                        roles(o.roles[i]),
                                        truth_stance.label()
                                    )),
                                    theme::font(size::SMALL),
                                    TextColor(if right_roles && right_stance {
                                        palette::GOOD
                                    } else {
                                        palette::MUTED
                                    }),
                                ));
                            }
                        });
                });
            });
        });
}
