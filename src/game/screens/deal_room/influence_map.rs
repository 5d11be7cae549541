//! The influence map: the buyer's people as nodes, grouped by department in the order the trainer
//! lists them and within one by formal weight (the buyer's hierarchy), people outside the org
//! chart apart; arrows for who sways whom, once the trainee has found it. Each node shows the
//! trainee's marks: a stance by colour and by shape (▲ ● ▼ ?), and roles. Clicking a node (or Tab
//! and Enter) opens the person. The debrief draws the same map twice: the trainee's and the truth.

use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::RequestRedraw;

use super::{Refresh, Select, Selected, rebuild};
use crate::game::session::Session;
use crate::game::theme::interaction::InteractionPalette;
use crate::game::theme::tooltip::Area;
use crate::game::theme::{FocusKey, Press, Tooltip, palette, size, widget};
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::sim::{Deal, Influence, Stance};

/// One person on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPerson {
    pub person: Ix,
    pub name: String,
    pub title: String,
    pub roles: Vec<Role>,
    pub stance: Option<Stance>,
    pub met: bool,
}

/// A group of people: a department, or those outside the org chart.
#[derive(Debug, Clone, PartialEq)]
pub struct MapGroup {
    pub name: String,
    pub about: String,
    pub people: Vec<MapPerson>,
}

/// Everything one map shows.
#[derive(Debug, Clone, PartialEq)]
pub struct MapView {
    pub groups: Vec<MapGroup>,
    pub edges: Vec<Influence>,
}

fn roles_of(bits: u8) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|r| bits & r.bit() != 0)
        .collect()
}

impl MapView {
    fn build(
        deal: &Deal,
        show: impl Fn(Ix) -> bool,
        marks: impl Fn(Ix) -> (Vec<Role>, Option<Stance>),
        edges: Vec<Influence>,
    ) -> MapView {
        let f = deal.scenario().data();
        let c = deal.scenario().compiled();
        let person = |i: Ix| {
            let s = &f.stakeholders[i];
            let (roles, stance) = marks(i);
            MapPerson {
                person: i,
                name: s.name.clone(),
                title: s.title.clone(),
                roles,
                stance,
                met: deal.person(i).is_some_and(|p| p.met > 0),
            }
        };
        let mut groups = Vec::new();
        for (d, dept) in f.departments.iter().enumerate() {
            let mut people: Vec<Ix> = c.department_people[d]
                .iter()
                .copied()
                .filter(|&i| show(i))
                .collect();
            people.sort_by_key(|&i| std::cmp::Reverse(f.stakeholders[i].influence));
            if !people.is_empty() {
                groups.push(MapGroup {
                    name: dept.name.clone(),
                    about: dept.function.clone(),
                    people: people.into_iter().map(person).collect(),
                });
            }
        }
        let outside: Vec<MapPerson> = (0..f.stakeholders.len())
            .filter(|&i| c.people[i].department.is_none() && show(i))
            .map(person)
            .collect();
        if !outside.is_empty() {
            groups.push(MapGroup {
                name: "Outside the org chart".into(),
                about: "People with no say of their own who sway someone who has one.".into(),
                people: outside,
            });
        }
        let shown: Vec<Ix> = groups
            .iter()
            .flat_map(|g| g.people.iter().map(|p| p.person))
            .collect();
        let edges = edges
            .into_iter()
            .filter(|e| shown.contains(&e.from) && shown.contains(&e.to))
            .collect();
        MapView { groups, edges }
    }

    /// What the trainee believes: the people they know of, their marks, the influences found.
    pub fn believed(deal: &Deal) -> MapView {
        MapView::build(
            deal,
            |i| deal.person(i).is_some_and(|p| p.visible),
            |i| {
                let b = deal.belief(i);
                (roles_of(b.roles), b.stance)
            },
            deal.known_influences(),
        )
    }

    /// The truth at the decision: everyone, their true roles and stances, every influence.
    pub fn truth(deal: &Deal) -> Option<MapView> {
        let o = deal.outcome()?;
        Some(MapView::build(
            deal,
            |_| true,
            |i| {
                (
                    roles_of(o.roles.get(i).copied().unwrap_or(0)),
                    o.stances.get(i).copied(),
                )
            },
            deal.influences(),
        ))
    }
}

/// A person's node; pressing it opens the person.
#[derive(Component, Debug, Clone, Copy)]
pub struct MapNode(pub Ix);

/// An arrow between two nodes, placed after layout: three straight segments through the gaps
/// between the columns, and a head.
#[derive(Component, Debug, Clone, Copy)]
pub struct MapEdge {
    from: Entity,
    to: Entity,
    thickness: f32,
    segments: [Entity; 3],
    head: Entity,
}

/// The area nodes and arrows are placed in.
#[derive(Component)]
pub struct MapCanvas;

/// The deal room's map panel, and the view it last drew.
#[derive(Component, Default)]
pub struct MapPanel(Option<MapView>);

pub fn plugin(app: &mut App) {
    app.add_systems(Update, (refresh, highlight).chain().in_set(Refresh))
        .add_systems(PostUpdate, place_edges.after(bevy::ui::UiSystems::Layout))
        .add_observer(open_person);
}

pub fn panel() -> impl Bundle {
    (
        MapPanel::default(),
        widget::scroll_panel(
            "Influence map",
            Node {
                width: percent(38),
                row_gap: px(size::GAP),
                ..default()
            },
        ),
    )
}

fn refresh(
    mut commands: Commands,
    mut panels: Query<(Entity, &mut MapPanel)>,
    session: Res<Session>,
    selected: Res<Selected>,
) {
    for (e, mut panel) in &mut panels {
        if panel.0.is_some() && !session.is_changed() {
            continue;
        }
        let view = MapView::believed(&session.deal);
        if panel.0.as_ref() == Some(&view) {
            continue;
        }
        let company = session.deal.scenario().data().buyer.company.clone();
        rebuild(&mut commands, e, |p| {
            p.spawn(widget::heading(format!("{company}: who is who")));
            p.spawn(widget::muted(
                "Your map: the people you know, your marks, and who sways whom once you find out. Select a person to work with them.",
            ));
            spawn_map(p, &view, true, selected.0);
            legend(p);
        });
        panel.0 = Some(view);
    }
}

/// Recolours the nodes when the selection changes (no rebuild).
fn highlight(
    selected: Res<Selected>,
    mut nodes: Query<(&MapNode, &mut InteractionPalette, &mut BackgroundColor)>,
) {
    if !selected.is_changed() {
        return;
    }
    for (node, mut colours, mut bg) in &mut nodes {
        let want = node_colours(selected.0 == Some(node.0));
        if colours.none != want.none {
            *colours = want;
            bg.0 = want.none;
        }
    }
}

fn open_person(press: On<Press>, nodes: Query<&MapNode>, mut commands: Commands) {
    if let Ok(node) = nodes.get(press.entity) {
        commands.trigger(Select(node.0));
    }
}

fn node_colours(selected: bool) -> InteractionPalette {
    InteractionPalette {
        none: if selected {
            palette::CARD_SELECTED
        } else {
            palette::CARD
        },
        hovered: palette::CARD_HOVER,
        pressed: palette::CARD_SELECTED,
    }
}

pub fn stance_color(s: Option<Stance>) -> Color {
    match s {
        Some(Stance::Supporter) => palette::GOOD,
        Some(Stance::Neutral) => palette::NEUTRAL,
        Some(Stance::Opponent) => palette::BAD,
        None => palette::MUTED,
    }
}

/// A stance in words with its shape, so it never rests on colour alone.
pub fn stance_mark(s: Option<Stance>) -> &'static str {
    match s {
        Some(Stance::Supporter) => "▲ supporter",
        Some(Stance::Neutral) => "● neutral",
        Some(Stance::Opponent) => "▼ opponent",
        None => "? stance",
    }
}

pub fn stance_tip(s: Option<Stance>) -> &'static str {
    match s {
        Some(Stance::Supporter) => "Supporter: prefers your offer.",
        Some(Stance::Neutral) => "Neutral: could go either way.",
        Some(Stance::Opponent) => "Opponent: prefers a rival, or the status quo.",
        None => "No stance marked.",
    }
}

pub fn role_short(r: Role) -> &'static str {
    match r {
        Role::DecisionMaker => "DM",
        Role::TechnicalBuyer => "TB",
        Role::UserBuyer => "UB",
        Role::Approver => "AP",
        Role::Coach => "CO",
        Role::Gatekeeper => "GK",
        Role::Influencer => "IN",
    }
}

pub fn role_tip(r: Role) -> &'static str {
    match r {
        Role::DecisionMaker => {
            "Decision maker: signs off the deal (the economic buyer) and may veto it."
        }
        Role::TechnicalBuyer => {
            "Technical buyer: screens whether the offer meets the specification."
        }
        Role::UserBuyer => "User buyer: will use what is bought every day.",
        Role::Approver => "Approver: finance or another approver who checks budget and terms.",
        Role::Coach => "Coach: wants you to win and tells you how the buyer works.",
        Role::Gatekeeper => "Gatekeeper: controls access to others.",
        Role::Influencer => {
            "Influencer: outside the formal process, but sways someone who decides."
        }
    }
}

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
            let mut ids: Vec<(Ix, Entity)> = Vec::new();
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
                            let id = spawn_node(col, p, interactive, selected == Some(p.person));
                            ids.push((p.person, id));
                        }
                    });
            }
            let find = |i: Ix| ids.iter().find(|(p, _)| *p == i).map(|(_, e)| *e);
            let outside: Vec<Ix> = view
                .groups
                .iter()
                .filter(|g| g.name == "Outside the org chart")
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
        });
}

fn spawn_node(
    col: &mut ChildSpawnerCommands,
    p: &MapPerson,
    interactive: bool,
    selected: bool,
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
        Tooltip(format!("{}, {}", p.name, p.title)),
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
                    stance_mark(p.stance),
                    stance_color(p.stance),
                    stance_tip(p.stance),
                ));
                if p.roles.is_empty() {
                    chips.spawn(widget::chip("role ?", palette::MUTED, "No role marked."));
                }
                for r in &p.roles {
                    chips.spawn(widget::chip(role_short(*r), palette::HEADING, role_tip(*r)));
                }
            });
        if p.met {
            n.spawn((
                widget::text("met", size::SMALL, palette::GOOD),
                Pickable::IGNORE,
            ));
        }
    });
    node.id()
}

fn legend(p: &mut ChildSpawnerCommands) {
    p.spawn(widget::muted(
        "▲ supporter  ● neutral  ▼ opponent  ? not marked · DM decision maker, TB technical buyer, UB user buyer, AP approver, CO coach, GK gatekeeper, IN influencer",
    ));
    p.spawn(widget::text(
        "▶ sways: blue inside the org chart, amber from outside it; thicker is stronger",
        size::SMALL,
        palette::MUTED,
    ));
}

/// Size of an arrowhead glyph, logical pixels.
const HEAD: Vec2 = Vec2::new(10.0, 16.0);

/// A path from box `a` to box `b` through the gaps between the map's columns: out of `a`'s side,
/// along the gap beside the column of `b` (or beside both, when they share a column), into `b`'s
/// side. Returns the four corners and whether the arrow points right.
fn route(a: Area, b: Area) -> ([Vec2; 4], bool) {
    let (ay, by) = ((a.min.y + a.max.y) * 0.5, (b.min.y + b.max.y) * 0.5);
    let same_column = a.max.x > b.min.x && a.min.x < b.max.x;
    if same_column {
        let x = a.max.x.max(b.max.x) + 9.0;
        (
            [
                Vec2::new(a.max.x, ay),
                Vec2::new(x, ay),
                Vec2::new(x, by),
                Vec2::new(b.max.x, by),
            ],
            false,
        )
    } else if b.min.x >= a.max.x {
        let x = b.min.x - 11.0;
        (
            [
                Vec2::new(a.max.x, ay),
                Vec2::new(x, ay),
                Vec2::new(x, by),
                Vec2::new(b.min.x, by),
            ],
            true,
        )
    } else {
        let x = b.max.x + 11.0;
        (
            [
                Vec2::new(a.min.x, ay),
                Vec2::new(x, ay),
                Vec2::new(x, by),
                Vec2::new(b.max.x, by),
            ],
            false,
        )
    }
}

/// The node box of a straight segment `thickness` wide: (left, top, width, height).
fn segment(p: Vec2, q: Vec2, thickness: f32) -> (f32, f32, f32, f32) {
    let half = thickness * 0.5;
    let min = p.min(q) - Vec2::splat(half);
    let max = p.max(q) + Vec2::splat(half);
    (min.x, min.y, max.x - min.x, max.y - min.y)
}

fn set_box(node: &mut Node, (left, top, width, height): (f32, f32, f32, f32)) -> bool {
    let want = (px(left), px(top), px(width), px(height));
    if (node.left, node.top, node.width, node.height) == want {
        return false;
    }
    (node.left, node.top, node.width, node.height) = want;
    true
}

/// Places each arrow between its nodes, from the layout just computed.
fn place_edges(
    mut edges: Query<(&MapEdge, &ChildOf, &mut Node)>,
    mut parts: Query<&mut Node, Without<MapEdge>>,
    mut heads: Query<&mut Text>,
    boxes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for (edge, parent, mut node) in &mut edges {
        let (Ok((canvas, ct)), Ok((from, ft)), Ok((to, tt))) =
            (boxes.get(parent.parent()), boxes.get(edge.from), boxes.get(edge.to))
        else {
            continue;
        };
        if from.size().min_element() <= 0.0 || to.size().min_element() <= 0.0 {
            continue;
        }
        let inv = canvas.inverse_scale_factor();
        let origin = ct.translation - canvas.size() * 0.5;
        let area = |n: &ComputedNode, t: &UiGlobalTransform| Area {
            min: (t.translation - n.size() * 0.5 - origin) * inv,
            max: (t.translation + n.size() * 0.5 - origin) * inv,
        };
        let (mut pts, right) = route(area(from, ft), area(to, tt));
        // The line stops where the head begins.
        pts[3].x += if right { -HEAD.x + 2.0 } else { HEAD.x - 2.0 };
        let mut changed = false;
        for (k, part) in edge.segments.iter().enumerate() {
            if let Ok(mut n) = parts.get_mut(*part) {
                changed |= set_box(&mut n, segment(pts[k], pts[k + 1], edge.thickness));
            }
        }
        let tip = pts[3].x + if right { -2.0 } else { 2.0 };
        let head_left = if right { tip } else { tip - HEAD.x };
        if let Ok(mut n) = parts.get_mut(edge.head) {
            changed |= set_box(&mut n, (head_left, pts[3].y - HEAD.y * 0.5, HEAD.x, HEAD.y));
        }
        let glyph = if right { "▶" } else { "◀" };
        if let Ok(mut text) = heads.get_mut(edge.head)
            && text.0 != glyph
        {
            text.0 = glyph.into();
        }
        if node.display != Display::Flex {
            node.display = Display::Flex;
            changed = true;
        }
        if changed {
            redraw.write(RequestRedraw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(x: f32, y: f32, w: f32, h: f32) -> Area {
        Area {
            min: Vec2::new(x, y),
            max: Vec2::new(x + w, y + h),
        }
    }

    #[test]
    fn arrows_run_through_the_gaps_between_columns() {
        // One column: out of the right side, down the gap, back into the right side.
        let (pts, right) = route(area(0.0, 200.0, 150.0, 60.0), area(0.0, 0.0, 150.0, 80.0));
        assert!(!right);
        assert_eq!(pts, [
            Vec2::new(150.0, 230.0),
            Vec2::new(159.0, 230.0),
            Vec2::new(159.0, 40.0),
            Vec2::new(150.0, 40.0),
        ]);
        // To a column on the right: along the gap just left of it.
        let (pts, right) = route(area(0.0, 0.0, 150.0, 60.0), area(172.0, 100.0, 150.0, 60.0));
        assert!(right);
        assert_eq!(pts[1].x, 161.0);
        assert_eq!(pts[3], Vec2::new(172.0, 130.0));
        // A horizontal segment's box is as thick as the line.
        assert_eq!(segment(Vec2::new(0.0, 10.0), Vec2::new(20.0, 10.0), 2.0), (-1.0, 9.0, 22.0, 2.0));
    }
}
