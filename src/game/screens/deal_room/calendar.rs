//! The calendar: the buyer's purchasing stages as a strip, each as wide as it lasts, today marked,
//! and the decision day at the end.

use bevy::prelude::*;

use super::{Refresh, rebuild};
use crate::game::language::Language;
use crate::game::session::Session;
use crate::game::theme::{Tooltip, palette, size, widget};
use crate::tr;

#[derive(Component)]
pub struct Calendar;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, refresh.in_set(Refresh));
}

pub fn strip() -> impl Bundle {
    (
        Calendar,
        Name::new("Calendar"),
        Node {
            flex_direction: FlexDirection::Row,
            width: percent(100),
            column_gap: px(2),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

fn refresh(
    mut commands: Commands,
    strips: Query<(Entity, Ref<Calendar>)>,
    session: Res<Session>,
    language: Res<Language>,
) {
    let lang = language.0;
    for (e, marker) in &strips {
        if !(marker.is_added() || session.is_changed() || language.is_changed()) {
            continue;
        }
        let deal = &session.deal;
        let f = deal.scenario().data();
        let start = f.start.day;
        let total = (f.decision.day.saturating_sub(start)).max(1) as f32;
        rebuild(&mut commands, e, |strip| {
            for (i, s) in f.stages.iter().enumerate() {
                let end = f.stages.get(i + 1).map_or(f.decision.day, |n| n.day);
                let share = end.saturating_sub(s.day.max(start)) as f32 / total;
                let current = i == deal.stage();
                let marker = if current {
                    tr!(
                        lang,
                        "game-calendar-today",
                        stage = s.name.as_str(),
                        day = deal.day()
                    )
                } else {
                    s.name.clone()
                };
                strip.spawn((
                    Name::new(format!("Stage: {}", s.name)),
                    Node {
                        flex_grow: share,
                        flex_basis: px(0),
                        min_width: px(0),
                        padding: UiRect::axes(px(6), px(3)),
                        ..default()
                    },
                    BackgroundColor(if current {
                        palette::CARD_SELECTED
                    } else {
                        palette::PANEL
                    }),
                    Interaction::default(),
                    Tooltip(tr!(
                        lang,
                        "game-calendar-stage-tip",
                        stage = s.name.as_str(),
                        from = s.day,
                        to = end,
                        days = tr!(lang, "days", days = end.saturating_sub(s.day)),
                        about = s.about.as_str()
                    )),
                    children![(
                        widget::text(
                            marker,
                            size::SMALL,
                            if current {
                                palette::TODAY
                            } else {
                                palette::MUTED
                            }
                        ),
                        Pickable::IGNORE
                    )],
                ));
            }
            strip.spawn((
                Name::new("Decision day"),
                Node {
                    padding: UiRect::axes(px(6), px(3)),
                    flex_shrink: 0.0,
                    ..default()
                },
                BackgroundColor(palette::ERROR_BG),
                children![widget::text(
                    tr!(lang, "game-calendar-decision", day = f.decision.day),
                    size::SMALL,
                    palette::HEADING
                )],
            ));
        });
    }
}
