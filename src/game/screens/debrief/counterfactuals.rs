//! "What would have changed it": the engine re-plays the finished deal from each decision with one
//! different action. That takes a while, so it runs on the async compute pool while the debrief
//! shows that it is working; the panel fills in when it is done. It always says what was searched,
//! so an empty result after a loss never reads as "nothing would have helped".

use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, poll_once};

use crate::game::screens::Screen;
use crate::game::screens::deal_room::rebuild;
use crate::game::session::Session;
use crate::game::theme::{palette, size, widget};
use crate::sim::{Counterfactual, Deal, Verdict};

/// A counterfactual line on the debrief (tests read it).
#[derive(Component, Debug, Clone)]
pub struct CounterfactualLine(pub String);

/// The search for the deal on screen: running, or its result.
#[derive(Resource, Default)]
pub struct Counterfactuals {
    /// (seed, actions taken) of the deal searched.
    of: Option<(u64, usize)>,
    task: Option<Task<Vec<Counterfactual>>>,
    pub found: Option<Vec<Counterfactual>>,
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
    cf.task = Some(AsyncComputeTaskPool::get().spawn(async move { deal.counterfactuals(SHOWN) }));
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
            p.spawn(widget::muted(
                "Searched: every single different decision you could have taken at each step of your deal, then the rest of your moves, with the same seed (the same luck).",
            ));
            match &cf.found {
                None => {
                    p.spawn(widget::colored("Working it out…", palette::NEUTRAL));
                }
                Some(found) if found.is_empty() => {
                    p.spawn(widget::label(if lost {
                        "No one change on its own turned this deal around: it needed several. The score lines show what was missing."
                    } else {
                        "No one change on its own would have raised your score."
                    }));
                }
                Some(found) => {
                    for c in found {
                        p.spawn((
                            CounterfactualLine(c.text.clone()),
                            Node {
                                flex_direction: FlexDirection::Column,
                                padding: UiRect::all(px(6)),
                                border_radius: BorderRadius::all(px(4)),
                                ..default()
                            },
                            BackgroundColor(palette::CARD),
                            children![
                                widget::text(
                                    format!(
                                        "Day {} · {}",
                                        c.day,
                                        if c.instead { "instead" } else { "as well" }
                                    ),
                                    size::SMALL,
                                    palette::HEADING
                                ),
                                widget::label(c.text.clone()),
                                widget::text(
                                    format!("{:+.0} points", c.delta),
                                    size::SMALL,
                                    if c.delta >= 0.0 {
                                        palette::GOOD
                                    } else {
                                        palette::BAD
                                    }
                                ),
                            ],
                        ));
                    }
                }
            }
        });
    }
}
