//! Drawing a map: a column per group, a node per person, an arrow per influence (placed after
//! layout by `edges`).

use bevy::prelude::*;

use super::edges::MapEdge;
use super::marks::{node_colours, role_short, role_tip, stance_color, stance_mark, stance_tip};
use super::view::{MapPerson, MapView};
use crate::game::theme::{FocusKey, Tooltip, palette, size, widget};
use crate::i18n::Lang;
use crate::scenario::compiled::Ix;
use crate::tr;

/// A person's node; pressing it opens the person.
#[derive(Component, Debug, Clone, Copy)]
pub struct MapNode(pub Ix);

/// Opens (or closes) a group of a large map in full.
#[derive(Component, Debug, Clone, Copy)]
pub struct ExpandGroup(pub usize);

/// The area nodes and arrows are placed in.
#[derive(Component)]
pub struct MapCanvas;

/// Draws a map: a column per group, a node per person, an arrow per influence.
pub fn spawn_map(
    parent: &mut ChildSpawnerCommands,
    view: &MapView,
    interactive: bool,
    selected: Option<Ix>,
) {
    parent
        .spawn((
            MapCanvas,
            Name::new("Map canvas"),
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(22),
                row_gap: px(16),
                padding: UiRect::all(px(4)),
                flex_shrink: 0.0,
                ..default()
            },
        ))
        .with_children(|canvas| {
            let mut ids: std::collections::HashMap<Ix, Entity> = Default::default();
            for group in &view.groups {
                canvas
                    .spawn((
                        Name::new(format!("Group: {}", group.name)),
                        Node {
                            flex_direction: FlexDirection::Column,
                            row_gap: px(10),
                            width: px(150),
                            ..default()
                        },
                    ))
                    .with_children(|col| {
                        col.spawn((
                            widget::text(group.name.clone(), size::SMALL, palette::HEADING),
                            Interaction::default(),
                            Tooltip(group.about.clone()),
                        ));
                        for p in &group.people {
                            let id = spawn_node(
                                col,
                                p,
                                interactive,
                                selected == Some(p.person),
                                view.lang,
                            );
                            ids.insert(p.person, id);
                        }
                        if group.more > 0 || group.expanded {
                            let label = if group.expanded {
                                tr!(view.lang, "game-map-show-fewer")
                            } else {
                                tr!(view.lang, "game-map-more", more = group.more)
                            };
                            if interactive {
                                col.spawn((widget::small_button(label), ExpandGroup(group.index)))
                                    .insert(FocusKey(format!("group {}", group.index)));
                            } else {
                                col.spawn(widget::muted(label));
                            }
                        }
                    });
            }
            let find = |i: Ix| ids.get(&i).copied();
            let outside: Vec<Ix> = view
                .groups
                .iter()
                .filter(|g| g.outside)
                .flat_map(|g| g.people.iter().map(|p| p.person))
                .collect();
            for e in &view.edges {
                let (Some(from), Some(to)) = (find(e.from), find(e.to)) else {
                    continue;
                };
                let colour = if outside.contains(&e.from) {
                    palette::EDGE_INFORMAL
                } else {
                    palette::EDGE
                };
                let thickness = (1.5 + e.strength * 4.0).clamp(1.5, 4.5);
                spawn_edge(canvas, from, to, colour, thickness);
            }
        });
}

fn spawn_node(
    col: &mut ChildSpawnerCommands,
    p: &MapPerson,
    interactive: bool,
    selected: bool,
    lang: Lang,
) -> Entity {
    let colours = node_colours(selected);
    let mut node = col.spawn((
        Name::new(format!("Person: {}", p.name)),
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(6)),
            row_gap: px(3),
            border_radius: BorderRadius::all(px(6)),
            ..default()
        },
        BackgroundColor(colours.none),
        Tooltip(tr!(
            lang,
            "game-comma",
            first = p.name.as_str(),
            second = p.title.as_str()
        )),
    ));
    if interactive {
        node.insert((
            MapNode(p.person),
            Button,
            colours,
            crate::game::theme::interaction::focusable(),
            FocusKey(format!("person {}", p.person)),
        ));
    } else {
        node.insert(Interaction::default());
    }
    node.with_children(|n| {
        n.spawn((
            widget::text(p.name.clone(), size::BODY, palette::TEXT),
            Pickable::IGNORE,
        ));
        n.spawn((
            widget::text(p.title.clone(), size::SMALL, palette::MUTED),
            Pickable::IGNORE,
        ));
        n.spawn((widget::row(), Pickable::IGNORE))
            .with_children(|chips| {
                chips.spawn(widget::chip(
                    stance_mark(p.stance, lang),
                    stance_color(p.stance),
                    stance_tip(p.stance, lang),
                ));
                if p.roles.is_empty() {
                    chips.spawn(widget::chip(
                        tr!(lang, "game-role-unmarked"),
                        palette::MUTED,
                        tr!(lang, "game-role-unmarked-tip"),
                    ));
                }
                for r in p.roles {
                    chips.spawn(widget::chip(
                        role_short(r, lang),
                        palette::HEADING,
                        role_tip(r, lang),
                    ));
                }
            });
        if p.met {
            n.spawn((
                widget::text(tr!(lang, "game-map-met"), size::SMALL, palette::GOOD),
                Pickable::IGNORE,
            ));
        }
    });
    node.id()
}

pub(super) fn legend(p: &mut ChildSpawnerCommands, lang: Lang) {
    p.spawn(widget::muted(tr!(lang, "game-map-legend")));
    p.spawn(widget::text(
        tr!(lang, "game-map-legend-sways"),
        size::SMALL,
        palette::MUTED,
    ));
}

/// An arrow's parts, hidden until `edges::place_edges` puts them in place.
fn spawn_edge(
    canvas: &mut ChildSpawnerCommands,
    from: Entity,
    to: Entity,
    colour: Color,
    thickness: f32,
) {
    let mut edge = canvas.spawn((
        Name::new("Influence"),
        Node {
            position_type: PositionType::Absolute,
            left: px(0),
            top: px(0),
            display: Display::None,
            ..default()
        },
        ZIndex(-1),
        Pickable::IGNORE,
    ));
    let mut parts = Vec::new();
    edge.with_children(|e| {
        for _ in 0..3 {
            parts.push(
                e.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        ..default()
                    },
                    BackgroundColor(colour),
                    Pickable::IGNORE,
                ))
                .id(),
            );
        }
        parts.push(
            e.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    ..default()
                },
                widget::text("▶", size::SMALL, colour),
                Pickable::IGNORE,
            ))
            .id(),
        );
    });
    edge.insert(MapEdge {
        from,
        to,
        thickness,
        segments: [parts[0], parts[1], parts[2]],
        head: parts[3],
    });
}
