//! The briefing: the story, the objective, and what the salesperson knows on day one.

use bevy::prelude::*;

use super::{Screen, go_to};
use crate::game::session::Session;
use crate::game::theme::{palette, size, widget};
use crate::scenario::money::days;

#[derive(Component)]
pub struct BriefingRoot;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Briefing), spawn);
}

fn spawn(mut commands: Commands, session: Option<Res<Session>>) {
    let Some(session) = session else { return };
    let deal = &session.deal;
    let f = deal.scenario().data();
    let money = f.money();
    commands
        .spawn((
            BriefingRoot,
            widget::screen_root("Briefing"),
            DespawnOnExit(Screen::Briefing),
        ))
        .with_children(|root| {
            root.spawn(widget::title(f.title.clone()));
            root.spawn(widget::muted(format!(
                "You are {} of {}, selling {} to {}. Seed {}.",
                f.seller.salesperson,
                f.seller.company,
                f.seller.product,
                f.buyer.company,
                deal.seed()
            )));
            root.spawn(widget::scroll_panel(
                "Briefing text",
                Node {
                    flex_grow: 1.0,
                    row_gap: px(size::GAP),
                    ..default()
                },
            ))
            .with_children(|col| {
                col.spawn(widget::subheading("The story"));
                col.spawn(widget::label(f.story.clone()));
                col.spawn(widget::subheading("Objective"));
                col.spawn(widget::label(f.objective.clone()));
                col.spawn(widget::subheading("What you know on day one"));
                for line in &f.start.briefing {
                    col.spawn(widget::label(format!("• {line}")));
                }
                // The facts known from the start are in the notebook; list them here only when
                // the trainer wrote no briefing lines.
                if f.start.briefing.is_empty() {
                    for fact in deal.known_facts() {
                        col.spawn(widget::label(format!("• {}", f.facts[fact].text)));
                    }
                }
                let met: Vec<String> = (0..f.stakeholders.len())
                    .filter(|&i| deal.person(i).is_some_and(|p| p.met > 0))
                    .map(|i| format!("{} ({})", f.stakeholders[i].name, f.stakeholders[i].title))
                    .collect();
                if !met.is_empty() {
                    col.spawn(widget::label(format!(
                        "• You already know {}.",
                        met.join(", ")
                    )));
                }
                col.spawn(widget::label(format!(
                    "• The buyer decides on day {}. You have {} and a budget of {}.",
                    deal.decision_day(),
                    days(deal.days_left()),
                    money.format(f64::from(deal.budget_left()))
                )));
                col.spawn(widget::subheading("The buyer's purchasing process"));
                for s in &f.stages {
                    col.spawn(widget::colored(
                        format!("Day {:>2}  {}", s.day, s.name),
                        palette::TEXT,
                    ));
                }
                col.spawn(widget::colored(
                    format!("Day {:>2}  Decision", f.decision.day),
                    palette::HEADING,
                ));
            });
            root.spawn(widget::row()).with_children(|r| {
                r.spawn(widget::button("Enter the deal room"))
                    .observe(go_to(Screen::DealRoom));
                r.spawn(widget::button("Back to the deals"))
                    .observe(go_to(Screen::Picker));
            });
        });
}
