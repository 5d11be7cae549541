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
use crate::game::language::{self, Language};
use crate::game::screens::Screen;
use crate::game::screens::deal_room::rebuild;
use crate::game::session::Session;
use crate::game::theme::{palette, size, widget};
use crate::i18n::Lang;
use crate::scenario::Part;
use crate::sim::{Deal, Verdict};
use crate::tr;

/// A counterfactual line on the debrief (tests read it).
#[derive(Component, Debug, Clone)]
pub struct CounterfactualLine(pub String);

/// What a search found: the lines, worded in the deal's language, and what was searched.
type Found = (Vec<Counterfactual>, Searched);

/// The search for the deal on screen: running, or its result.
#[derive(Resource, Default)]
pub struct Counterfactuals {
    /// (seed, actions taken, language) of the deal searched.
    of: Option<(u64, usize, Lang)>,
    task: Option<Task<Found>>,
    pub found: Option<Found>,
    /// What was found for the same deal in the other languages, so switching back is at once.
    /// The core words a line when it finds it, so a language not yet seen is searched again
    /// (the search is deterministic: the same lines, in other words).
    worded: Vec<(Lang, Found)>,
}

impl Counterfactuals {
    pub fn working(&self) -> bool {
        self.task.is_some()
    }

    /// The language of the lines found (or being found).
    pub fn language(&self) -> Option<Lang> {
        self.of.map(|(_, _, lang)| lang)
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
            (start, poll, refresh)
                .chain()
                .after(language::Follow)
                .run_if(in_state(Screen::Debrief)),
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

/// Starts the search for the deal on screen, in its language, unless it is already done or
/// under way.
fn start(session: Option<Res<Session>>, mut cf: ResMut<Counterfactuals>) {
    let Some(session) = session else { return };
    let deal = &session.deal;
    let key = (deal.seed(), deal.log().len(), deal.scenario().lang());
    if cf.of == Some(key) && (cf.found.is_some() || cf.task.is_some()) {
        return;
    }
    let same_deal = cf
        .of
        .is_some_and(|(seed, n, _)| (seed, n) == (key.0, key.1));
    if !same_deal {
        cf.worded.clear();
    }
    if let (true, Some((_, _, lang)), Some(found)) = (same_deal, cf.of, cf.found.take()) {
        cf.worded.push((lang, found));
    }
    cf.of = Some(key);
    cf.task = None;
    if let Some(k) = cf.worded.iter().position(|(lang, _)| *lang == key.2) {
        cf.found = Some(cf.worded.remove(k).1);
        return;
    }
    let deal: Deal = deal.clone();
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
    language: Res<Language>,
) {
    let Some(session) = session else { return };
    let lang = language.0;
    for (e, marker) in &panels {
        if !(marker.is_added() || cf.is_changed()) {
            continue;
        }
        let lost = session
            .deal
            .outcome()
            .is_some_and(|o| o.verdict != Verdict::Won);
        rebuild(&mut commands, e, |p| {
            p.spawn(widget::heading(tr!(lang, "game-cf-heading")));
            match &cf.found {
                None => {
                    p.spawn(widget::muted(tr!(lang, "game-cf-how", replays = REPLAYS)));
                    p.spawn(widget::colored(
                        tr!(lang, "game-cf-working"),
                        palette::NEUTRAL,
                    ));
                }
                Some((found, searched)) => {
                    p.spawn(widget::muted(tr!(
                        lang,
                        "game-cf-searched",
                        points = searched.points,
                        replays = searched.replays
                    )));
                    if found.is_empty() {
                        p.spawn(widget::label(nothing_found(searched, lost, lang)));
                    }
                    for c in found {
                        card(p, c, lost, lang);
                    }
                }
            }
        });
    }
}

fn nothing_found(s: &Searched, lost: bool, lang: Lang) -> String {
    let best = tr!(
        lang,
        "game-cf-best",
        wins = s.best_wins,
        replays = s.replays
    );
    if lost {
        tr!(lang, "game-cf-nothing-lost", best = best)
    } else {
        tr!(lang, "game-cf-nothing-won", best = best)
    }
}

/// One line found: the step it teaches, its odds beside the trainee's, and the engine's words.
fn card(p: &mut ChildSpawnerCommands, c: &Counterfactual, lost: bool, lang: Lang) {
    let step = c.lesson.and_then(Part::of_step).map_or_else(
        || tr!(lang, "game-cf-better-line"),
        |part| tr!(lang, "game-cf-step", part = part.label(lang)),
    );
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
            tr!(lang, "game-cf-from-day", step = step, day = c.day),
            size::BODY,
            palette::HEADING,
        ));
        if lost {
            let this = tr!(lang, "game-cf-this-line");
            odds(card, &this, c.wins, c.replays, palette::GOOD, lang);
            let yours = tr!(lang, "game-cf-your-moves");
            odds(card, &yours, c.own_wins, c.replays, palette::BAD, lang);
        } else {
            card.spawn(widget::label(tr!(
                lang,
                "game-cf-average",
                score = format!("{:.0}", c.score),
                own = format!("{:.0}", c.own_score)
            )));
        }
        card.spawn(widget::text(c.text.clone(), size::SMALL, palette::TEXT));
    });
}

/// "This line   ████████░░  won 17 of 20 replays".
fn odds(
    p: &mut ChildSpawnerCommands,
    who: &str,
    wins: u32,
    replays: u32,
    colour: Color,
    lang: Lang,
) {
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
            tr!(lang, "game-cf-won", wins = wins, replays = replays),
            size::SMALL,
            palette::TEXT,
        ));
    });
}
