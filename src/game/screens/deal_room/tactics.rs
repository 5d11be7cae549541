//! The tactics: the ones you can use now with their cost, odds and risk; then the others, each
//! with why not (never giving away a fact you have not found).

use bevy::prelude::*;

use super::{Refresh, gap, rebuild};
use crate::game::language::Language;
use crate::game::session::{Session, act};
use crate::game::theme::{Tooltip, palette, size, widget};
use crate::i18n::Lang;
use crate::scenario::money;
use crate::sim::{Action, Deal, Illegal};
use crate::tr;

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
fn cost(deal: &Deal, t: usize, lang: Lang) -> String {
    let c = &deal.scenario().compiled().tactics[t];
    let money = deal.scenario().data().money();
    let mut parts = vec![if c.days == 0 {
        tr!(lang, "game-tactic-no-time")
    } else {
        tr!(lang, "days", days = c.days)
    }];
    parts.push(if c.budget == 0 {
        tr!(lang, "game-tactic-free")
    } else {
        money.format(f64::from(c.budget))
    });
    if c.odds < 1.0 {
        parts.push(tr!(lang, "game-tactic-odds", odds = money::percent(c.odds)));
    }
    if c.compliance_risk > 0.0 {
        parts.push(tr!(
            lang,
            "game-tactic-risk",
            risk = money::percent(c.compliance_risk)
        ));
    }
    parts.join(" · ")
}

/// A usable tactic's tooltip: what it is, what it costs, and whether it breaks the rules.
fn tip(deal: &Deal, t: usize, lang: Lang) -> String {
    let about = &deal.scenario().data().tactics[t].about;
    let mut lines: Vec<String> = Vec::new();
    if !about.is_empty() {
        lines.push(about.clone());
    }
    lines.push(tr!(lang, "game-tactic-cost", cost = cost(deal, t, lang)));
    if deal.scenario().compiled().tactics[t].breaks_policy {
        lines.push(tr!(lang, "game-tactic-breaks-policy"));
    }
    lines.join("\n")
}

fn refresh(
    mut commands: Commands,
    panels: Query<(Entity, Ref<TacticsPanel>)>,
    session: Res<Session>,
    language: Res<Language>,
) {
    let lang = language.0;
    for (e, marker) in &panels {
        if !(marker.is_added() || session.is_changed() || language.is_changed()) {
            continue;
        }
        let deal = &session.deal;
        rebuild(&mut commands, e, |p| fill(p, deal, lang));
    }
}

fn fill(p: &mut ChildSpawnerCommands, deal: &Deal, lang: Lang) {
    let f = deal.scenario().data();
    p.spawn(widget::heading(tr!(lang, "game-tactics")));
    let mut unavailable = Vec::new();
    for (t, tactic) in f.tactics.iter().enumerate() {
        let a = Action::Tactic(t);
        match deal.check(&a) {
            Ok(()) => {
                let breaks = deal.scenario().compiled().tactics[t].breaks_policy;
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
                    row.spawn((
                        widget::button(tactic.name.clone()),
                        Tooltip(tip(deal, t, lang)),
                    ))
                    .observe(act(a));
                    row.spawn(widget::text(
                        cost(deal, t, lang),
                        size::SMALL,
                        if breaks { palette::BAD } else { palette::MUTED },
                    ));
                });
            }
            Err(Illegal::AlreadyUsed(_)) => {}
            Err(why) => unavailable.push((t, tactic.name.clone(), deal.scenario().explain(&why))),
        }
    }
    if !unavailable.is_empty() {
        p.spawn(widget::subheading(tr!(lang, "game-tactics-unavailable")));
    }
    let more = unavailable.len().saturating_sub(UNAVAILABLE_SHOWN);
    for (t, name, why) in unavailable.into_iter().take(UNAVAILABLE_SHOWN) {
        p.spawn((
            TacticRow {
                tactic: t,
                available: false,
            },
            widget::disabled(name, tr!(lang, "game-not-now", why = why)),
        ));
    }
    if more > 0 {
        p.spawn(widget::muted(tr!(lang, "game-tactics-more", more = more)));
    }
}
