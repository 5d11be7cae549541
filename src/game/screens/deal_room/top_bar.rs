//! The top bar (the deal, the day, money, waiting, the menu) and the banner under it (why the last
//! action was refused; the scenario file changed on disk). The bar never wraps: in a narrow window
//! it uses shorter words.

use bevy::prelude::*;

use super::{Refresh, rebuild};
use crate::game::catalog::Catalog;
use crate::game::language::Language;
use crate::game::menus::Menu;
use crate::game::session::{Restart, Session, act};
use crate::game::theme::{Press, Tooltip, ViewSize, palette, size, widget};
use crate::sim::Action;
use crate::tr;

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
    language: Res<Language>,
) {
    let lang = language.0;
    for (e, marker) in &bars {
        if !(marker.is_added()
            || session.is_changed()
            || view.is_changed()
            || language.is_changed())
        {
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
            let (day, decision) = (deal.day(), deal.decision_day());
            let day = if narrow {
                tr!(lang, "game-bar-day-short", day = day, decision = decision)
            } else {
                let left = tr!(lang, "days", days = deal.days_left());
                tr!(
                    lang,
                    "game-bar-day",
                    day = day,
                    decision = decision,
                    left = left
                )
            };
            bar.spawn(stat(day));
            let budget = money.format(f64::from(deal.budget_left()));
            let price = money.format(deal.price(us));
            let (budget, price) = if narrow {
                (
                    tr!(lang, "game-bar-budget-short", money = budget),
                    tr!(lang, "game-bar-price-short", money = price),
                )
            } else {
                (
                    tr!(lang, "game-bar-budget", money = budget),
                    tr!(lang, "game-bar-price", money = price),
                )
            };
            bar.spawn(stat(budget));
            bar.spawn(stat(price));
            bar.spawn(Node {
                flex_grow: 1.0,
                ..default()
            });
            bar.spawn((
                widget::button(if narrow {
                    tr!(lang, "game-wait-a-day-short")
                } else {
                    tr!(lang, "game-wait-a-day")
                }),
                Tooltip(tr!(lang, "game-wait-a-day-tip")),
            ))
            .observe(act(Action::Wait(1)));
            bar.spawn((
                widget::button(if narrow {
                    tr!(lang, "game-await-decision-short")
                } else {
                    tr!(lang, "game-await-decision")
                }),
                Tooltip(tr!(lang, "game-await-decision-tip", day = decision)),
            ))
            .observe(act(Action::AwaitDecision));
            bar.spawn(widget::button(if narrow {
                tr!(lang, "game-menu-short")
            } else {
                tr!(lang, "game-menu")
            }))
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
    language: Res<Language>,
) {
    let lang = language.0;
    for (e, marker) in &banners {
        if !(marker.is_added()
            || session.is_changed()
            || catalog.is_changed()
            || language.is_changed())
        {
            continue;
        }
        let entry = catalog.get(&session.path);
        rebuild(&mut commands, e, |b| {
            if let Some(notice) = &session.notice {
                b.spawn(widget::colored(
                    notice.words(session.deal.scenario()),
                    palette::BAD,
                ));
            }
            match entry {
                Some(entry) if entry.broken => {
                    b.spawn(widget::colored(
                        tr!(lang, "game-banner-broken"),
                        palette::BAD,
                    ));
                }
                Some(entry) if entry.version > session.version => {
                    b.spawn(widget::row()).with_children(|r| {
                        r.spawn(widget::colored(
                            tr!(lang, "game-banner-changed"),
                            palette::HEADING,
                        ));
                        r.spawn(widget::button(tr!(lang, "game-banner-restart")))
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
