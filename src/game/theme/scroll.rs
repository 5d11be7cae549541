//! Scrolling: panels whose content scrolls with the mouse wheel, by dragging a visible scrollbar,
//! and to bring the keyboard focus into view.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::picking::events::{Drag, Pointer};
use bevy::picking::hover::HoverMap;
use bevy::prelude::*;
use bevy::ui::{IgnoreScroll, UiGlobalTransform};
use bevy::window::RequestRedraw;

use super::palette;

/// Width of the scrollbar gutter, logical pixels.
pub const BAR: f32 = 8.0;

/// A node whose content scrolls vertically and shows a scrollbar when it does.
#[derive(Component, Debug, Default)]
pub struct Scrolls {
    thumb: Option<Entity>,
}

/// The scrollbar's thumb; it belongs to the scrolling node it sits in.
#[derive(Component, Debug)]
pub struct ScrollThumb;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (wheel.run_if(resource_exists::<HoverMap>), into_view),
    )
    .add_systems(PostUpdate, thumbs.after(bevy::ui::UiSystems::Layout));
}

/// The parts of a scrolling node: `layout` gives its size and gaps.
pub fn scrolling(layout: Node) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            overflow: Overflow::scroll_y(),
            min_height: px(0),
            scrollbar_width: BAR,
            ..layout
        },
        ScrollPosition::default(),
        Scrolls::default(),
    )
}

fn max_scroll(node: &ComputedNode) -> f32 {
    ((node.content_size() - node.size() + node.scrollbar_size) * node.inverse_scale_factor())
        .y
        .max(0.0)
}

/// Mouse-wheel scrolling for the scrolling node under the pointer.
fn wheel(
    mut wheel: MessageReader<MouseWheel>,
    hover: Res<HoverMap>,
    parents: Query<&ChildOf>,
    mut scrollables: Query<(&mut ScrollPosition, &ComputedNode), With<Scrolls>>,
) {
    for event in wheel.read() {
        let mut dy = -event.y;
        if event.unit == MouseScrollUnit::Line {
            dy *= 24.0;
        }
        for pointer in hover.values() {
            let Some(start) = pointer.keys().next().copied() else {
                continue;
            };
            let target = std::iter::once(start)
                .chain(parents.iter_ancestors(start))
                .find(|e| scrollables.contains(*e));
            if let Some(e) = target
                && let Ok((mut pos, node)) = scrollables.get_mut(e)
            {
                pos.y = (pos.y + dy).clamp(0.0, max_scroll(node));
            }
        }
    }
}

/// Keeps each scrolling node's thumb in place, and hides it when everything fits.
fn thumbs(
    mut commands: Commands,
    mut scrolls: Query<(Entity, &mut Scrolls, &ComputedNode)>,
    mut thumbs: Query<&mut Node, With<ScrollThumb>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for (entity, mut scrolls, computed) in &mut scrolls {
        let want = computed
            .vertical_scrollbar()
            .and_then(|(gutter, [top, bottom])| {
                (computed.content_size().y > computed.size().y + 0.5).then(|| {
                    let inv = computed.inverse_scale_factor();
                    let half = computed.size() * 0.5;
                    let border = computed.border();
                    (
                        (gutter.min.x + half.x - border.min_inset.x) * inv + 1.0,
                        (top + half.y - border.min_inset.y) * inv,
                        (gutter.size().x * inv - 2.0).max(2.0),
                        ((bottom - top) * inv).max(16.0),
                    )
                })
            });
        let thumb = scrolls
            .thumb
            .and_then(|t| thumbs.get_mut(t).ok().map(|n| (t, n)));
        match (thumb, want) {
            (Some((_, mut node)), Some((x, y, w, h))) => {
                let (left, top, width, height) = (px(x), px(y), px(w), px(h));
                if node.display != Display::Flex
                    || node.left != left
                    || node.top != top
                    || node.width != width
                    || node.height != height
                {
                    node.display = Display::Flex;
                    (node.left, node.top, node.width, node.height) = (left, top, width, height);
                    redraw.write(RequestRedraw);
                }
            }
            (Some((_, mut node)), None) => {
                if node.display != Display::None {
                    node.display = Display::None;
                }
            }
            (None, _) => {
                let thumb = commands
                    .spawn((
                        Name::new("Scrollbar"),
                        ScrollThumb,
                        Node {
                            position_type: PositionType::Absolute,
                            display: Display::None,
                            border_radius: BorderRadius::all(px(3)),
                            ..default()
                        },
                        IgnoreScroll(BVec2::TRUE),
                        BackgroundColor(palette::SCROLL_THUMB),
                        ChildOf(entity),
                    ))
                    .observe(drag_thumb)
                    .id();
                scrolls.thumb = Some(thumb);
                redraw.write(RequestRedraw);
            }
        }
    }
}

fn drag_thumb(
    drag: On<Pointer<Drag>>,
    parents: Query<&ChildOf>,
    mut scrollables: Query<(&mut ScrollPosition, &ComputedNode), With<Scrolls>>,
) {
    let Ok(parent) = parents.get(drag.entity).map(ChildOf::parent) else {
        return;
    };
    if let Ok((mut pos, node)) = scrollables.get_mut(parent) {
        let visible = node.size().y.max(1.0);
        let ratio = node.content_size().y / visible;
        pos.y = (pos.y + drag.event.delta.y * ratio).clamp(0.0, max_scroll(node));
    }
}

/// When the keyboard moves the focus to something scrolled out of sight, scroll it into view.
fn into_view(
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    parents: Query<&ChildOf>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut scrollables: Query<(&mut ScrollPosition, &ComputedNode, &UiGlobalTransform), With<Scrolls>>,
) {
    if !focus.is_changed() || !visible.0 {
        return;
    }
    let Some(focused) = focus.get() else { return };
    let Ok((node, t)) = nodes.get(focused) else {
        return;
    };
    let Some(area) = parents
        .iter_ancestors(focused)
        .find(|a| scrollables.contains(*a))
    else {
        return;
    };
    let Ok((mut pos, panel, pt)) = scrollables.get_mut(area) else {
        return;
    };
    let inv = panel.inverse_scale_factor();
    let top =
        (t.translation.y - node.size().y * 0.5 - (pt.translation.y - panel.size().y * 0.5)) * inv;
    let bottom = top + node.size().y * inv;
    let height = panel.size().y * inv;
    if top < 0.0 {
        pos.y = (pos.y + top - 8.0).max(0.0);
    } else if bottom > height {
        pos.y = (pos.y + bottom - height + 8.0).min(max_scroll(panel));
    }
}
