//! "What would have changed it": from the trainee's key decisions the bots' five-step student plays
//! on, and both lines are re-played over sampled futures (`bot::counterfactual::search`). That
//! takes a while, so it runs on the async compute pool while the debrief says it is working it
//! out; the panel fills in when it is done. Each line shows its odds against the trainee's own
//! moves and the step it teaches; the panel always says what was searched, so an empty result
//! after a loss never reads as "nothing would have helped".

use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, poll_once};

use crate::bot::Counterfactual;
use crate::bot::counterfactual::{REPLAYS, Searched, search};
use crate::game::screens::Screen;
use crate::game::screens::deal_room::rebuild;
use crate::game::session::Session;
use crate::game::theme::{palette, size, widget};
use crate::scenario::Part;
use crate::sim::{Deal, Verdict};

/// A counterfactual line on the debrief (tests read it).
#[derive(Component, Debug, Clone)]
pub struct CounterfactualLine(pub String);

/// The search for the deal on screen: running, or its result.
#[derive(Resource, Default)]
pub struct Counterfactuals {
    /// (seed, actions taken) of the deal searched.
    of: Option<(u64, usize)>,
    task: Option<Task<(Vec<Counterfactual>, Searched)>>,
    pub found: Option<(Vec<Counterfactual>, Searched)>,
}

impl Counterfactuals {
    pub fn working(&self) -> bool {
        self.task.is_some()
    }
}

#[derive(Component)]
struct Panel;

/// How many alternatives the panel lists.
const SHOWN: usize = 3;

pub fn plugin(app: &mut App) {
    app.init_resource::<Counterfactuals>()
        .add_systems(OnEnter(Screen::Debrief), start)
        .add_systems(
            Update,
            (poll, refresh).chain().run_if(in_state(Screen::Debrief)),
        );
}

pub fn panel() -> impl Bundle {
    (
        Panel,
        widget::scroll_panel(
            "What would have changed it",
            Node {
                flex_shrink: 0.0,
                max_height: percent(45),
                row_gap: px(4),
                ..default()
            },
        ),
    )
}

fn start(session: Option<Res<Session>>, mut cf: ResMut<Counterfactuals>) {
    let Some(session) = session else { return };
    let key = (session.deal.seed(), session.deal.log().len());
    if cf.of == Some(key) && (cf.found.is_some() || cf.task.is_some()) {
        return;
    }
    let deal: Deal = session.deal.clone();
    cf.of = Some(key);
    cf.found = None;
    cf.task = Some(AsyncComputeTaskPool::get().spawn(async move { search(&deal, SHOWN, REPLAYS) }));
}

fn poll(mut cf: ResMut<Counterfactuals>) {
    let Some(task) = cf.task.as_mut() else { return };
    if let Some(found) = block_on(poll_once(task)) {
        cf.task = None;
        cf.found = Some(found);
    }
}

fn refresh(
    mut commands: Commands,
    panels: Query<(Entity, Ref<Panel>)>,
    cf: Res<Counterfactuals>,
    session: Option<Res<Session>>,
) {
    let Some(session) = session else { return };
    for (e, marker) in &panels {
        if !(marker.is_added() || cf.is_changed()) {
            continue;
        }
        let lost = session
            .deal
            .outcome()
            .is_some_and(|o| o.verdict != Verdict::Won);
        rebuild(&mut commands, e, |p| {
            p.spawn(widget::heading("What would have changed it"));
            match &cf.found {
                None => {
                    p.spawn(widget::muted(format!(
                        "From your key decisions, a line that follows the five steps is played on \
                            and replayed over {REPLAYS} possible futures, against your own moves \
                            from there."
                    )));
                    p.spawn(widget::colored("Working it out…", palette::NEUTRAL));
                }
                Some((found, searched)) => {
                    p.spawn(widget::muted(searched_text(searched)));
                    if found.is_empty() {
                        p.spawn(widget::label(nothing_found(searched, lost)));
                    }
                    for c in found {
                        card(p, c, lost);
                    }
                }
            }
        });
    }
}

fn searched_text(s: &Searched) -> String {
    format!(
        "Searched: from {} of your decisions, a line that follows the five steps was played on \
            and replayed over {} possible futures (fresh luck, the buyer as it really was), \
            against your own moves from the same point.",
        s.points, s.replays
    )
}

fn nothing_found(s: &Searched, lost: bool) -> String {
    let best = format!("the best line won {} of {} replays", s.best_wins, s.replays);
    if lost {
        format!(
            "No one line did clearly better than your own moves ({best}): this deal needed more \
                than one change. The score lines show what was missing."
        )
    } else {
        format!("No line did clearly better than yours ({best}).")
    }
}

/// One line found: the step it teaches, its odds beside the trainee's, and the engine's words.
fn card(p: &mut ChildSpawnerCommands, c: &Counterfactual, lost: bool) {
    let step = c
        .lesson
        .and_then(Part::of_step)
        .map_or("A better line".to_string(), |part| {
            format!("Step {}", part.label(crate::i18n::Lang::En))
        });
    p.spawn((
        CounterfactualLine(c.text.clone()),
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(4),
            padding: UiRect::all(px(8)),
            border_radius: BorderRadius::all(px(4)),
            ..default()
        },
        BackgroundColor(palette::CARD),
    ))
    .with_children(|card| {
        card.spawn(widget::text(
            format!("{step} · from day {}", c.day),
            size::BODY,
            palette::HEADING,
        ));
        if lost {
            odds(card, "This line", c.wins, c.replays, palette::GOOD);
            odds(card, "Your moves", c.own_wins, c.replays, palette::BAD);
        } else {
            card.spawn(widget::label(format!(
                "Average score {:.0}, against {:.0} for your own moves.",
                c.score, c.own_score
            )));
        }
        card.spawn(widget::text(c.text.clone(), size::SMALL, palette::TEXT));
    });
}

/// "This line   ████████░░  won 17 of 20 replays".
fn odds(p: &mut ChildSpawnerCommands, who: &str, wins: u32, replays: u32, colour: Color) {
    p.spawn(widget::row()).with_children(|r| {
        r.spawn((
            Node {
                width: px(90),
                flex_shrink: 0.0,
                ..default()
            },
            children![widget::text(who, size::SMALL, palette::MUTED)],
        ));
        r.spawn(widget::bar(wins as f32 / replays.max(1) as f32, colour));
        r.spawn(widget::text(
            format!("won {wins} of {replays} replays"),
            size::SMALL,
            palette::TEXT,
        ));
    });
}
