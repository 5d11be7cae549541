//! The arrows of the map, placed from the layout just computed: three straight segments through
//! the gaps between the columns, and a head.

use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::RequestRedraw;

use crate::game::theme::tooltip::Area;

/// An arrow between two nodes, placed after layout: three straight segments through the gaps
/// between the columns, and a head.
#[derive(Component, Debug, Clone, Copy)]
pub struct MapEdge {
    pub from: Entity,
    pub to: Entity,
    pub thickness: f32,
    pub segments: [Entity; 3],
    pub head: Entity,
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

/// Moves a node to a box; touches it (and so the layout) only when the box changed.
fn set_box(node: &mut Mut<Node>, (left, top, width, height): (f32, f32, f32, f32)) -> bool {
    let want = (px(left), px(top), px(width), px(height));
    if (node.left, node.top, node.width, node.height) == want {
        return false;
    }
    (node.left, node.top, node.width, node.height) = want;
    true
}

/// Places each arrow between its nodes, from the layout just computed.
pub fn place_edges(
    mut edges: Query<(&MapEdge, &ChildOf, &mut Node)>,
    mut parts: Query<&mut Node, Without<MapEdge>>,
    mut heads: Query<&mut Text>,
    boxes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for (edge, parent, mut node) in &mut edges {
        let (Ok((canvas, ct)), Ok((from, ft)), Ok((to, tt))) = (
            boxes.get(parent.parent()),
            boxes.get(edge.from),
            boxes.get(edge.to),
        ) else {
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

    #[test]
    fn arrows_run_through_the_gaps_between_columns() {
        // One column: out of the right side, down the gap, back into the right side.
        let (pts, right) = route(
            Area::at(0.0, 200.0, 150.0, 60.0),
            Area::at(0.0, 0.0, 150.0, 80.0),
        );
        assert!(!right);
        assert_eq!(
            pts,
            [
                Vec2::new(150.0, 230.0),
                Vec2::new(159.0, 230.0),
                Vec2::new(159.0, 40.0),
                Vec2::new(150.0, 40.0),
            ]
        );
        // To a column on the right: along the gap just left of it.
        let (pts, right) = route(
            Area::at(0.0, 0.0, 150.0, 60.0),
            Area::at(172.0, 100.0, 150.0, 60.0),
        );
        assert!(right);
        assert_eq!(pts[1].x, 161.0);
        assert_eq!(pts[3], Vec2::new(172.0, 130.0));
        // A horizontal segment's box is as thick as the line.
        assert_eq!(
            segment(Vec2::new(0.0, 10.0), Vec2::new(20.0, 10.0), 2.0),
            (-1.0, 9.0, 22.0, 2.0)
        );
    }
}
