//! The briefing: the story, the objective, and what the salesperson knows on day one.

use bevy::prelude::*;

use super::{Screen, go_to};
use crate::game::language::{self, Language, despawn_all, switched};
use crate::game::session::Session;
use crate::game::theme::{palette, size, widget};
use crate::i18n::Lang;
use crate::sim::Deal;
use crate::tr;

#[derive(Component)]
pub struct BriefingRoot;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Briefing), spawn)
        .add_systems(
            Update,
            (despawn_all::<BriefingRoot>, spawn)
                .chain()
                .after(language::Follow)
                .run_if(switched.and_then(in_state(Screen::Briefing))),
        );
}

fn spawn(mut commands: Commands, session: Option<Res<Session>>, language: Res<Language>) {
    let Some(session) = session else { return };
    let lang = language.0;
    let deal = &session.deal;
    let f = deal.scenario().data();
    commands
        .spawn((
            BriefingRoot,
            widget::screen_root("Briefing"),
            DespawnOnExit(Screen::Briefing),
        ))
        .with_children(|root| {
            root.spawn(widget::title(f.title.clone()));
            root.spawn(widget::muted(tr!(
                lang,
                "game-briefing-you",
                salesperson = f.seller.salesperson.as_str(),
                company = f.seller.company.as_str(),
                product = f.seller.product.as_str(),
                buyer = f.buyer.company.as_str(),
                seed = deal.seed().to_string()
            )));
            root.spawn(widget::scroll_panel(
                "Briefing text",
                Node {
                    flex_grow: 1.0,
                    row_gap: px(size::GAP),
                    ..default()
                },
            ))
            .with_children(|col| text(col, deal, lang));
            root.spawn(widget::row()).with_children(|r| {
                r.spawn(widget::button(tr!(lang, "game-briefing-enter")))
                    .observe(go_to(Screen::DealRoom));
                r.spawn(widget::button(tr!(lang, "game-briefing-back")))
                    .observe(go_to(Screen::Picker));
            });
        });
}

/// The story, the objective, what is known, and the calendar.
fn text(col: &mut ChildSpawnerCommands, deal: &Deal, lang: Lang) {
    let f = deal.scenario().data();
    let bullet = |s: String| widget::label(tr!(lang, "game-bullet", text = s));
    col.spawn(widget::subheading(tr!(lang, "game-briefing-story")));
    col.spawn(widget::label(f.story.clone()));
    col.spawn(widget::subheading(tr!(lang, "game-briefing-objective")));
    col.spawn(widget::label(f.objective.clone()));
    col.spawn(widget::subheading(tr!(lang, "game-briefing-day-one")));
    for line in &f.start.briefing {
        col.spawn(bullet(line.clone()));
    }
    // The facts known from the start are in the notebook; list them here only when the trainer
    // wrote no briefing lines.
    if f.start.briefing.is_empty() {
        for fact in deal.known_facts() {
            col.spawn(bullet(f.facts[fact].text.clone()));
        }
    }
    let met: Vec<String> = (0..f.stakeholders.len())
        .filter(|&i| deal.person(i).is_some_and(|p| p.met > 0))
        .map(|i| {
            let s = &f.stakeholders[i];
            tr!(
                lang,
                "game-name-title",
                name = s.name.as_str(),
                title = s.title.as_str()
            )
        })
        .collect();
    if !met.is_empty() {
        col.spawn(widget::label(tr!(
            lang,
            "game-briefing-known",
            people = language::list(lang, &met)
        )));
    }
    col.spawn(widget::label(tr!(
        lang,
        "game-briefing-decides",
        day = deal.decision_day(),
        left = tr!(lang, "days", days = deal.days_left()),
        budget = f.money().format(f64::from(deal.budget_left()))
    )));
    col.spawn(widget::subheading(tr!(lang, "game-briefing-process")));
    for s in &f.stages {
        col.spawn(widget::colored(
            tr!(
                lang,
                "game-briefing-stage",
                pad = pad(s.day),
                day = s.day,
                stage = s.name.as_str()
            ),
            palette::TEXT,
        ));
    }
    col.spawn(widget::colored(
        tr!(
            lang,
            "game-briefing-decision",
            pad = pad(f.decision.day),
            day = f.decision.day
        ),
        palette::HEADING,
    ));
}

/// A space before a one-digit day, so the days line up in English ("Day  4", "Day 12").
fn pad(day: u32) -> &'static str {
    if day < 10 { " " } else { "" }
}
