//! The top bar (the deal, the day, money, waiting, the menu) and the banner under it (why the last
//! action was refused; the scenario file changed on disk). The bar never wraps: in a narrow window
//! it uses shorter words.

use bevy::prelude::*;

use super::{Refresh, rebuild};
use crate::game::catalog::Catalog;
use crate::game::menus::Menu;
use crate::game::session::{Restart, Session, act};
use crate::game::theme::{Press, Tooltip, ViewSize, palette, size, widget};
use crate::scenario::money::days;
use crate::sim::Action;

#[derive(Component)]
pub struct TopBar;

#[derive(Component)]
pub struct Banner;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, (refresh_bar, refresh_banner).in_set(Refresh));
}

pub fn bar() -> impl Bundle {
    (
        TopBar,
        Name::new("Top bar"),
        Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::NoWrap,
            align_items: AlignItems::Center,
            column_gap: px(size::GAP * 1.5),
            width: percent(100),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

pub fn banner() -> impl Bundle {
    (
        Banner,
        Name::new("Banner"),
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(4),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

fn refresh_bar(
    mut commands: Commands,
    bars: Query<(Entity, Ref<TopBar>)>,
    session: Res<Session>,
    view: Res<ViewSize>,
) {
    for (e, marker) in &bars {
        if !(marker.is_added() || session.is_changed() || view.is_changed()) {
            continue;
        }
        let deal = &session.deal;
        let f = deal.scenario().data();
        let money = f.money();
        let us = deal.scenario().compiled().us;
        let narrow = view.is_narrow();
        rebuild(&mut commands, e, |bar| {
            bar.spawn((
                Node {
                    flex_shrink: 1.0,
                    min_width: px(0),
                    ..default()
                },
                children![widget::text(f.title.clone(), size::BODY, palette::HEADING)],
            ));
            let day = if narrow {
                format!("Day {}/{}", deal.day(), deal.decision_day())
            } else {
                format!(
                    "Day {} of {} · {} left",
                    deal.day(),
                    deal.decision_day(),
                    days(deal.days_left())
                )
            };
            bar.spawn(stat(day));
            let (budget, price) = if narrow {
                ("Budget", "Price")
            } else {
                ("Budget left", "Your price")
            };
            bar.spawn(stat(format!(
                "{budget}: {}",
                money.format(f64::from(deal.budget_left()))
            )));
            bar.spawn(stat(format!("{price}: {}", money.format(deal.price(us)))));
            bar.spawn(Node {
                flex_grow: 1.0,
                ..default()
            });
            bar.spawn((
                widget::button(if narrow { "Wait 1 day" } else { "Wait a day" }),
                Tooltip("Let one day pass: rivals move, stages advance.".into()),
            ))
            .observe(act(Action::Wait(1)));
            bar.spawn((
                widget::button(if narrow {
                    "Decide"
                } else {
                    "Wait for the decision"
                }),
                Tooltip(format!(
                    "Let the calendar run to day {}, when the buyer decides. The deal ends.",
                    deal.decision_day()
                )),
            ))
            .observe(act(Action::AwaitDecision));
            bar.spawn(widget::button(if narrow { "Menu" } else { "Menu (Esc)" }))
                .observe(|_: On<Press>, mut next: ResMut<NextState<Menu>>| next.set(Menu::Pause));
        });
    }
}

/// A figure in the bar: kept on one line.
fn stat(s: String) -> impl Bundle {
    (
        Node {
            flex_shrink: 0.0,
            ..default()
        },
        children![widget::label(s)],
    )
}

fn refresh_banner(
    mut commands: Commands,
    banners: Query<(Entity, Ref<Banner>)>,
    session: Res<Session>,
    catalog: Res<Catalog>,
) {
    for (e, marker) in &banners {
        if !(marker.is_added() || session.is_changed() || catalog.is_changed()) {
            continue;
        }
        let entry = catalog.get(&session.path);
        rebuild(&mut commands, e, |b| {
            if let Some(notice) = &session.notice {
                b.spawn(widget::colored(notice.clone(), palette::BAD));
            }
            match entry {
                Some(entry) if entry.broken => {
                    b.spawn(widget::colored(
                        "The scenario file now has errors (see the deal list). You are playing \
                            the last good version.",
                        palette::BAD,
                    ));
                }
                Some(entry) if entry.version > session.version => {
                    b.spawn(widget::row()).with_children(|r| {
                        r.spawn(widget::colored(
                            "The scenario file changed on disk.",
                            palette::HEADING,
                        ));
                        r.spawn(widget::button("Restart with the new version"))
                            .observe(|_: On<Press>, mut commands: Commands| {
                                commands.trigger(Restart::NewVersion)
                            });
                    });
                }
                _ => {}
            }
        });
    }
}
