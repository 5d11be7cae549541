//! The briefing: the story, the objective, and what the salesperson knows on day one.

use bevy::prelude::*;

use crate::game::Screen;
use crate::game::session::{Session, UiCommand};
use crate::game::theme::{self, palette};

#[derive(Component)]
pub struct BriefingRoot;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Briefing), spawn);
}

fn spawn(mut commands: Commands, session: Option<Res<Session>>) {
    let Some(session) = session else { return };
    let deal = &session.deal;
    let f = deal.scenario().data();
    commands
        .spawn((
            BriefingRoot,
            DespawnOnExit(Screen::Briefing),
            theme::screen_root(),
        ))
        .with_children(|root| {
            root.spawn(theme::title(f.title.clone()));
            root.spawn(theme::muted(format!(
                "You are {} of {}, selling {} to {}. Seed {}.",
                f.seller.salesperson,
                f.seller.company,
                f.seller.product,
                f.buyer.company,
                deal.seed()
            )));
            root.spawn(theme::scroll_column()).with_children(|col| {
                col.spawn((
                    theme::panel(),
                    children![theme::heading("The story"), theme::label(f.story.clone())],
                ));
                col.spawn((
                    theme::panel(),
                    children![
                        theme::heading("Objective"),
                        theme::label(f.objective.clone())
                    ],
                ));
                col.spawn(theme::panel()).with_children(|p| {
                    p.spawn(theme::heading("What you know on day one"));
                    for line in &f.start.briefing {
                        p.spawn(theme::label(format!("• {line}")));
                    }
                    // The facts known from the start are in the notebook; list them here only
                    // when the trainer wrote no briefing lines.
                    if f.start.briefing.is_empty() {
                        for fact in deal.known_facts() {
                            p.spawn(theme::label(format!("• {}", f.facts[fact].text)));
                        }
                    }
                    let met: Vec<String> = (0..f.stakeholders.len())
                        .filter(|&i| deal.person(i).is_some_and(|p| p.met > 0))
                        .map(|i| {
                            format!("{} ({})", f.stakeholders[i].name, f.stakeholders[i].title)
                        })
                        .collect();
                    if !met.is_empty() {
                        p.spawn(theme::label(format!(
                            "• You already know {}.",
                            met.join(", ")
                        )));
                    }
                    p.spawn(theme::label(format!(
                        "• The buyer decides on day {}. You have {} days and a budget of {}.",
                        deal.decision_day(),
                        deal.days_left(),
                        deal.budget_left()
                    )));
                });
                col.spawn(theme::panel()).with_children(|p| {
                    p.spawn(theme::heading("The buyer's purchasing process"));
                    for s in &f.stages {
                        p.spawn(theme::colored(
                            format!("Day {:>2}  {}", s.day, s.name),
                            palette::TEXT,
                        ));
                    }
                    p.spawn(theme::colored(
                        format!("Day {:>2}  Decision", f.decision.day),
                        palette::HEADING,
                    ));
                });
            });
            root.spawn((
                theme::row(),
                children![
                    theme::button("Enter the deal room", UiCommand::Begin),
                    theme::button("Back to the deals", UiCommand::OpenPicker),
                ],
            ));
        });
}
