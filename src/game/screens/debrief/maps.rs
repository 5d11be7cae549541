//! The trainee's influence map beside the truth: the same drawing twice, their marks and the
//! influences they found on the left, the true roles, stances and every influence on the right.

use bevy::prelude::*;

use crate::game::screens::deal_room::influence_map::{MapView, spawn_map};
use crate::game::theme::{size, widget};
use crate::sim::Deal;

pub fn spawn(right: &mut ChildSpawnerCommands, deal: &Deal) {
    let Some(truth) = MapView::truth(deal) else {
        return;
    };
    let mine = MapView::believed(deal, &[]);
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
            for (title, about, view) in [
                (
                    "Your map",
                    "Your marks at the decision, and the influences you found.",
                    &mine,
                ),
                (
                    "The truth",
                    "True roles and stances at the decision, and who really swayed whom.",
                    &truth,
                ),
            ] {
                row.spawn(widget::scroll_panel(
                    title,
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
