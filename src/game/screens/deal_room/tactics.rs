//! The tactics: the ones you can use now with their cost, odds and risk; then the others, each
//! with why not (never giving away a fact you have not found).

use bevy::prelude::*;

use super::{Refresh, gap, rebuild};
use crate::game::session::{Session, act};
use crate::game::theme::{Tooltip, palette, size, widget};
use crate::scenario::money::{self, days};
use crate::sim::{Action, Deal, Illegal};

#[derive(Component)]
pub struct TacticsPanel;

/// Tactics not available now that the list shows, in file order; a deal with hundreds says how
/// many more there are instead of listing them all.
const UNAVAILABLE_SHOWN: usize = 20;

/// A tactic in the list, and whether it can be used now (tests read it).
#[derive(Component, Debug, Clone, Copy)]
pub struct TacticRow {
    pub tactic: usize,
    pub available: bool,
}

pub fn plugin(app: &mut App) {
    app.add_systems(Update, refresh.in_set(Refresh));
}

pub fn panel() -> impl Bundle {
    (
        TacticsPanel,
        widget::scroll_panel(
            "Tactics",
            Node {
                row_gap: gap(),
                max_height: percent(50),
                flex_shrink: 1.0,
                ..default()
            },
        ),
    )
}

/// "1 day · 800 yuan · 90% odds · 40% compliance risk".
fn cost(deal: &Deal, t: usize) -> String {
    let c = &deal.scenario().compiled().tactics[t];
    let money = deal.scenario().data().money();
    let mut parts = vec![if c.days == 0 {
        "no time".to_string()
    } else {
        days(c.days)
    }];
    parts.push(if c.budget == 0 {
        "free".to_string()
    } else {
        money.format(f64::from(c.budget))
    });
    if c.odds < 1.0 {
        parts.push(format!("{} odds", money::percent(c.odds)));
    }
    if c.compliance_risk > 0.0 {
        parts.push(format!(
            "{} compliance risk",
            money::percent(c.compliance_risk)
        ));
    }
    parts.join(" · ")
}

fn refresh(
    mut commands: Commands,
    panels: Query<(Entity, Ref<TacticsPanel>)>,
    session: Res<Session>,
) {
    for (e, marker) in &panels {
        if !(marker.is_added() || session.is_changed()) {
            continue;
        }
        let deal = &session.deal;
        let f = deal.scenario().data();
        rebuild(&mut commands, e, |p| {
            p.spawn(widget::heading("Tactics"));
            let mut unavailable = Vec::new();
            for (t, tactic) in f.tactics.iter().enumerate() {
                let a = Action::Tactic(t);
                match deal.check(&a) {
                    Ok(()) => {
                        let breaks = deal.scenario().compiled().tactics[t].breaks_policy;
                        let tip = format!(
                            "{}{}Cost: {}.{}",
                            tactic.about,
                            if tactic.about.is_empty() { "" } else { "\n" },
                            cost(deal, t),
                            if breaks {
                                "\nThis breaks the buyer's gift and hospitality rules."
                            } else {
                                ""
                            }
                        );
                        p.spawn((
                            TacticRow {
                                tactic: t,
                                available: true,
                            },
                            Node {
                                flex_direction: FlexDirection::Column,
                                row_gap: px(2),
                                ..default()
                            },
                        ))
                        .with_children(|row| {
                            row.spawn((widget::button(tactic.name.clone()), Tooltip(tip)))
                                .observe(act(a));
                            row.spawn(widget::text(
                                cost(deal, t),
                                size::SMALL,
                                if breaks { palette::BAD } else { palette::MUTED },
                            ));
                        });
                    }
                    Err(Illegal::AlreadyUsed(_)) => {}
                    Err(why) => {
                        unavailable.push((t, tactic.name.clone(), deal.scenario().explain(&why)))
                    }
                }
            }
            if !unavailable.is_empty() {
                p.spawn(widget::subheading("Not available now"));
            }
            let more = unavailable.len().saturating_sub(UNAVAILABLE_SHOWN);
            for (t, name, why) in unavailable.into_iter().take(UNAVAILABLE_SHOWN) {
                p.spawn((
                    TacticRow {
                        tactic: t,
                        available: false,
                    },
                    widget::disabled(name, why),
                ));
            }
            if more > 0 {
                p.spawn(widget::muted(format!(
                    "… and {more} more not available now."
                )));
            }
        });
    }
}
