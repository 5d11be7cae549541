//! Tooltips: hover a widget (or give it the keyboard focus) and its explanation appears beside it,
//! on whichever side covers no other control and fits in the window.

use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::RequestRedraw;

use super::{palette, size, widget};

/// Shown beside the widget while it is hovered or focused.
#[derive(Component, Debug, Clone, PartialEq)]
pub struct Tooltip(pub String);

/// The one tooltip box.
#[derive(Component)]
pub struct TooltipBox {
    /// The widget it explains.
    pub of: Option<Entity>,
}

pub fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_box)
        .add_systems(PostUpdate, place.after(bevy::ui::UiSystems::Layout));
}

fn spawn_box(mut commands: Commands) {
    commands.spawn((
        Name::new("Tooltip"),
        TooltipBox { of: None },
        Node {
            position_type: PositionType::Absolute,
            max_width: px(340),
            padding: UiRect::axes(px(10), px(6)),
            border: UiRect::all(px(1)),
            border_radius: BorderRadius::all(px(4)),
            display: Display::None,
            ..default()
        },
        BackgroundColor(palette::TOOLTIP),
        BorderColor::all(palette::MUTED),
        GlobalZIndex(1000),
        Pickable::IGNORE,
        children![(
            widget::text(String::new(), size::SMALL, palette::TEXT),
            Pickable::IGNORE
        )],
    ));
}

/// A rectangle in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub min: Vec2,
    pub max: Vec2,
}

impl Area {
    /// A box from its top-left corner and size.
    pub fn at(x: f32, y: f32, w: f32, h: f32) -> Area {
        Area {
            min: Vec2::new(x, y),
            max: Vec2::new(x + w, y + h),
        }
    }

    pub fn of(node: &ComputedNode, t: &UiGlobalTransform) -> Area {
        let half = node.size() * 0.5 * node.inverse_scale_factor();
        let c = t.translation * node.inverse_scale_factor();
        Area {
            min: c - half,
            max: c + half,
        }
    }
    pub fn overlap(&self, o: &Area) -> f32 {
        let w = (self.max.x.min(o.max.x) - self.min.x.max(o.min.x)).max(0.0);
        let h = (self.max.y.min(o.max.y) - self.min.y.max(o.min.y)).max(0.0);
        w * h
    }
}

/// Where a tooltip of `tip` size goes beside `target`: right, left, below or above, the first that
/// fits in `window` and covers none of `others`; else the one covering least.
pub fn placement(target: Area, tip: Vec2, window: Vec2, others: &[Area]) -> Vec2 {
    const GAP: f32 = 6.0;
    let clamp_x = |x: f32| x.clamp(0.0, (window.x - tip.x).max(0.0));
    let clamp_y = |y: f32| y.clamp(0.0, (window.y - tip.y).max(0.0));
    let candidates = [
        Vec2::new(target.max.x + GAP, clamp_y(target.min.y)),
        Vec2::new(target.min.x - GAP - tip.x, clamp_y(target.min.y)),
        Vec2::new(clamp_x(target.min.x), target.max.y + GAP),
        Vec2::new(clamp_x(target.min.x), target.min.y - GAP - tip.y),
    ];
    let cost = |at: Vec2| {
        let area = Area {
            min: at,
            max: at + tip,
        };
        let outside = at.x < 0.0 || at.y < 0.0 || area.max.x > window.x || area.max.y > window.y;
        let covered: f32 = others.iter().map(|o| area.overlap(o)).sum();
        let on_target = area.overlap(&target);
        (outside, covered + on_target)
    };
    candidates
        .into_iter()
        .min_by(|a, b| {
            let (ca, cb) = (cost(*a), cost(*b));
            ca.0.cmp(&cb.0)
                .then(ca.1.partial_cmp(&cb.1).unwrap_or(std::cmp::Ordering::Equal))
        })
        .unwrap_or(Vec2::ZERO)
}

fn place(
    widgets: Query<(
        Entity,
        &Tooltip,
        &Interaction,
        &ComputedNode,
        &UiGlobalTransform,
    )>,
    others: Query<
        (
            Entity,
            &ComputedNode,
            &UiGlobalTransform,
            &InheritedVisibility,
        ),
        With<Interaction>,
    >,
    focus: Res<InputFocus>,
    focus_visible: Res<InputFocusVisible>,
    windows: Query<&Window>,
    mut boxes: Query<(&mut TooltipBox, &mut Node, &ComputedNode, &Children)>,
    mut texts: Query<&mut Text>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Ok((mut tip_box, mut node, tip_node, children)) = boxes.single_mut() else {
        return;
    };
    let hovered = widgets.iter().find(|w| *w.2 == Interaction::Hovered);
    let focused = focus
        .get()
        .filter(|_| focus_visible.0)
        .and_then(|f| widgets.get(f).ok());
    let Some((entity, tooltip, _, wnode, wt)) = hovered.or(focused).filter(|w| !w.1.0.is_empty())
    else {
        if node.display != Display::None {
            node.display = Display::None;
            tip_box.of = None;
        }
        return;
    };
    if let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok())
        && text.0 != tooltip.0
    {
        text.0 = tooltip.0.clone();
    }
    let Some(window) = windows.iter().next() else {
        return;
    };
    let scale = wnode.inverse_scale_factor();
    let window_size = Vec2::new(window.width(), window.height()) * window.scale_factor() * scale;
    let target = Area::of(wnode, wt);
    let covered: Vec<Area> = others
        .iter()
        .filter(|(e, _, _, v)| *e != entity && v.get())
        .map(|(_, n, t, _)| Area::of(n, t))
        .filter(|a| a.overlap(&target) == 0.0)
        .collect();
    let tip = tip_node.size() * tip_node.inverse_scale_factor();
    let at = placement(target, tip, window_size, &covered);
    let (left, top) = (px(at.x), px(at.y));
    if node.display != Display::Flex
        || node.left != left
        || node.top != top
        || tip_box.of != Some(entity)
    {
        node.display = Display::Flex;
        node.left = left;
        node.top = top;
        tip_box.of = Some(entity);
        redraw.write(RequestRedraw);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tooltip_goes_beside_its_widget_and_off_the_next_control() {
        let window = Vec2::new(1280.0, 720.0);
        let tip = Vec2::new(200.0, 40.0);
        // A button in a vertical list: the right side is free.
        let button = Area::at(100.0, 100.0, 150.0, 30.0);
        let below = Area::at(100.0, 134.0, 150.0, 30.0);
        assert_eq!(placement(button, tip, window, &[below]).x, 256.0);
        // A button in a row with its neighbour on the right, at the left edge: below it.
        let left = Area::at(0.0, 10.0, 100.0, 30.0);
        let right = Area::at(104.0, 10.0, 100.0, 30.0);
        let at = placement(left, tip, window, &[right]);
        assert_eq!(at, Vec2::new(0.0, 46.0));
        // At the right edge of the window: to its left.
        let edge = Area::at(1200.0, 300.0, 80.0, 30.0);
        assert_eq!(placement(edge, tip, window, &[]).x, 1200.0 - 6.0 - 200.0);
    }
}
