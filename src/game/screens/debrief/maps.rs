//! The trainee's influence map beside the truth: the same drawing twice, their marks and the
//! influences they found on the left, the true roles, stances and every influence on the right.

use bevy::prelude::*;

use crate::game::screens::deal_room::influence_map::{MapView, spawn_map};
use crate::game::theme::{size, widget};
use crate::i18n::Lang;
use crate::sim::Deal;
use crate::tr;

pub fn spawn(right: &mut ChildSpawnerCommands, deal: &Deal, lang: Lang) {
    let Some(truth) = MapView::truth(deal, lang) else {
        return;
    };
    let mine = MapView::believed(deal, &[], lang);
    right
        .spawn((
            Name::new("Maps"),
            Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(size::GAP),
                flex_grow: 1.0,
                min_height: px(0),
                ..default()
            },
        ))
        .with_children(|row| {
            for (name, title, about, view) in [
                (
                    "Your map",
                    tr!(lang, "game-debrief-your-map"),
                    tr!(lang, "game-debrief-your-map-about"),
                    &mine,
                ),
                (
                    "The truth",
                    tr!(lang, "game-debrief-truth"),
                    tr!(lang, "game-debrief-truth-about"),
                    &truth,
                ),
            ] {
                row.spawn(widget::scroll_panel(
                    name,
                    Node {
                        width: percent(50),
                        row_gap: px(size::GAP / 2.0),
                        ..default()
                    },
                ))
                .with_children(|p| {
                    p.spawn(widget::heading(title));
                    p.spawn(widget::muted(about));
                    spawn_map(p, view, false, None);
                });
            }
        });
}
