//! Every screen of every bundled scenario, at 1280x720 and 1920x1080 and at UI scales 0.8 to 1.5,
//! in English and in Chinese, checked from Bevy's computed layout: no text overflows its box or
//! the window, no two controls overlap, every text has a contrast of at least 4.5:1 against what
//! is behind it, and every character has a glyph.

use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use bevy::ui::{CalculatedClip, UiGlobalTransform};
use key_account::game::menus::Menu;
use key_account::game::screens::deal_room::{ActiveTab, Tab};
use key_account::game::screens::debrief::Counterfactuals;
use key_account::game::session::{OpenDeal, Session};
use key_account::game::theme::palette;
use key_account::game::theme::tooltip::Area;
use key_account::game::theme::{Modal, scroll::Scrolls};
use key_account::game::{Screen, headless};
use key_account::i18n::Lang;

use super::*;

/// What is wrong on one screen.
#[expect(
    clippy::too_many_lines,
    reason = "one pass over every node, each layout rule a few lines"
)]
fn problems(app: &mut App, what: &str) -> Vec<String> {
    let world = app.world_mut();
    let mut q = world.query::<(
        Entity,
        &ComputedNode,
        &UiGlobalTransform,
        &InheritedVisibility,
        Option<&CalculatedClip>,
        Option<&Name>,
    )>();
    let nodes: Vec<(
        Entity,
        ComputedNode,
        UiGlobalTransform,
        bool,
        Option<Rect>,
        String,
    )> = q
        .iter(world)
        .map(|(e, n, t, v, c, name)| {
            (
                e,
                *n,
                *t,
                v.get(),
                c.map(|c| c.clip),
                name.map(|n| n.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    let parents: std::collections::HashMap<Entity, Entity> = world
        .query::<(Entity, &ChildOf)>()
        .iter(world)
        .map(|(e, c)| (e, c.parent()))
        .collect();
    let ancestors = |e: Entity| {
        let mut out = Vec::new();
        let mut at = e;
        while let Some(p) = parents.get(&at) {
            out.push(*p);
            at = *p;
        }
        out
    };
    let scrolls: std::collections::HashSet<Entity> = world
        .query_filtered::<Entity, With<Scrolls>>()
        .iter(world)
        .collect();
    let modals: Vec<Entity> = world
        .query_filtered::<Entity, With<Modal>>()
        .iter(world)
        .collect();
    let buttons: std::collections::HashSet<Entity> = world
        .query_filtered::<Entity, With<Button>>()
        .iter(world)
        .collect();
    let backgrounds: std::collections::HashMap<Entity, Color> = world
        .query::<(Entity, &BackgroundColor)>()
        .iter(world)
        .map(|(e, b)| (e, b.0))
        .collect();
    let texts: Vec<(Entity, String, Color, Vec2)> = world
        .query::<(Entity, &Text, &TextColor, &TextLayoutInfo)>()
        .iter(world)
        // The ink, not the layout's full width, which counts a wrapped line's trailing space.
        .map(|(e, t, c, l)| {
            let ink = l.glyphs.iter().fold(Vec2::ZERO, |m, g| {
                m.max(g.position + g.atlas_info.rect.size() * 0.5)
            });
            (e, t.0.clone(), c.0, ink)
        })
        .collect();
    let window = {
        let mut w = world.query::<&Window>();
        let w = w.iter(world).next().expect("window");
        Vec2::new(w.physical_width() as f32, w.physical_height() as f32)
    };
    let mut out = Vec::new();
    let info = |e: Entity| nodes.iter().find(|n| n.0 == e);
    let label = |e: Entity, text: &str| {
        let owner = std::iter::once(e)
            .chain(ancestors(e))
            .filter_map(|a| info(a).map(|n| n.5.clone()))
            .find(|n| !n.is_empty())
            .unwrap_or_default();
        format!(
            "{what}: \"{}\" (in {owner})",
            text.chars().take(60).collect::<String>()
        )
    };
    let physical = |n: &ComputedNode, t: &UiGlobalTransform| Area {
        min: t.translation - n.size() * 0.5,
        max: t.translation + n.size() * 0.5,
    };
    let in_scroll = |e: Entity| ancestors(e).iter().any(|a| scrolls.contains(a));
    let in_modal = |e: Entity| ancestors(e).iter().any(|a| modals.contains(a));

    for (e, text, colour, size) in &texts {
        let Some((_, n, t, visible, clip, _)) = info(*e) else {
            continue;
        };
        if !visible || text.trim().is_empty() || n.size().min_element() <= 0.0 {
            continue;
        }
        if !modals.is_empty() && !in_modal(*e) {
            continue;
        }
        let r = physical(n, t);
        if size.x > n.size().x + 1.5 {
            out.push(format!(
                "{} is {:.0}px wide in a {:.0}px box",
                label(*e, text),
                size.x,
                n.size().x
            ));
        }
        let scrolled = in_scroll(*e);
        if let Some(c) = clip {
            if c.max.y <= r.min.y || c.min.y >= r.max.y {
                continue; // scrolled out of view
            }
            let cut_x = r.min.x < c.min.x - 1.0 || r.max.x > c.max.x + 1.0;
            let cut_y = !scrolled && (r.min.y < c.min.y - 1.0 || r.max.y > c.max.y + 1.0);
            if cut_x || cut_y {
                out.push(format!("{} is cut off by its panel", label(*e, text)));
            }
        }
        if r.min.x < -1.0
            || r.max.x > window.x + 1.0
            || (!scrolled && (r.min.y < -1.0 || r.max.y > window.y + 1.0))
        {
            out.push(format!("{} runs out of the window", label(*e, text)));
        }
        // Contrast against what is drawn behind it.
        let mut behind = Vec::new();
        for a in std::iter::once(*e).chain(ancestors(*e)) {
            if let Some(bg) = backgrounds.get(&a)
                && bg.alpha() > 0.0
            {
                behind.push(*bg);
                if bg.alpha() >= 1.0 {
                    break;
                }
            }
        }
        let bg = behind
            .iter()
            .rev()
            .fold(palette::BACKGROUND, |under, top| palette::over(*top, under));
        let ratio = palette::contrast(palette::over(*colour, bg), bg);
        if ratio < 4.5 {
            out.push(format!("{} has a contrast of {ratio:.2}", label(*e, text)));
        }
    }

    let controls: Vec<(Entity, Area)> = nodes
        .iter()
        .filter(|n| buttons.contains(&n.0) && n.3 && n.1.size().min_element() > 0.0)
        .filter(|n| modals.is_empty() || in_modal(n.0))
        .filter_map(|n| {
            let r = physical(&n.1, &n.2);
            let r = match n.4 {
                Some(c) => Area {
                    min: r.min.max(c.min),
                    max: r.max.min(c.max),
                },
                None => r,
            };
            (r.max.x > r.min.x && r.max.y > r.min.y).then_some((n.0, r))
        })
        .collect();
    for (i, (a, ra)) in controls.iter().enumerate() {
        for (b, rb) in &controls[i + 1..] {
            if ra.overlap(rb) > 1.0 && !ancestors(*a).contains(b) && !ancestors(*b).contains(a) {
                out.push(format!(
                    "{what}: controls overlap: {} and {} {ra:?} {rb:?}",
                    info(*a).map(|n| n.5.as_str()).unwrap_or("?"),
                    info(*b).map(|n| n.5.as_str()).unwrap_or("?")
                ));
            }
        }
    }
    out
}

fn settle_layout(app: &mut App) {
    for _ in 0..6 {
        app.update();
    }
}

fn check(app: &mut App, what: &str, all: &mut Vec<String>) {
    settle_layout(app);
    all.extend(problems(app, what));
    let missing = key_account::game::fonts::missing_glyphs(app.world_mut());
    all.extend(
        missing
            .into_iter()
            .map(|m| format!("{what}: no glyph for {m}")),
    );
}

fn walk(width: u32, height: u32, scale: f32, lang: Lang) {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_scenarios(dir.path());
    let mut app = headless::app_in(dir.path(), width, height, 3, lang);
    app.insert_resource(UiScale(scale));
    loaded(&mut app, 4);
    let size = format!("{width}x{height} at {scale} in {lang}");
    let mut all = Vec::new();
    check(&mut app, &format!("{size}, title"), &mut all);
    go(&mut app, Screen::Picker);
    check(&mut app, &format!("{size}, picker"), &mut all);
    for (file, line) in [
        ("keyboard.ron", "keyboard-groundwork.txt"),
        ("tutorial.ron", "tutorial-gm.txt"),
        ("island.ron", "island-proposal.txt"),
        ("key-player.ron", "key-player-ethical.txt"),
    ] {
        let at = |s: &str| format!("{size}, {file}, {s}");
        trigger(&mut app, OpenDeal(file.into()));
        check(&mut app, &at("briefing"), &mut all);
        go(&mut app, Screen::DealRoom);
        check(&mut app, &at("deal room"), &mut all);
        // The room speaks the language (the narrow bar's words when the window is narrow).
        let wait = [
            key_account::tr!(lang, "game-wait-a-day"),
            key_account::tr!(lang, "game-wait-a-day-short"),
        ];
        let t = texts(&mut app);
        assert!(wait.iter().any(|w| t.contains(w.as_str())), "{size}: {t}");
        let moves: Vec<String> = common::line(line)
            .into_iter()
            .filter(|l| l != "decide")
            .collect();
        for m in &moves[..moves.len() / 2] {
            act(&mut app, m);
        }
        // Show the person of the last meeting, with the conversation.
        for tab in Tab::ALL {
            app.insert_resource(ActiveTab(tab));
            check(&mut app, &at(&tab.label(lang)), &mut all);
        }
        app.world_mut()
            .resource_mut::<NextState<Menu>>()
            .set(Menu::Pause);
        check(&mut app, &at("pause menu"), &mut all);
        app.world_mut()
            .resource_mut::<NextState<Menu>>()
            .set(Menu::None);
        settle(&mut app);
        for m in &moves[moves.len() / 2..] {
            act(&mut app, m);
        }
        assert!(app.world().resource::<Session>().notice.is_none());
        act(&mut app, "decide");
        assert_eq!(screen(&app), Screen::Debrief, "{file}");
        until(&mut app, "the counterfactuals", |app| {
            !app.world().resource::<Counterfactuals>().working()
        });
        check(&mut app, &at("debrief"), &mut all);
    }
    assert!(
        all.is_empty(),
        "{} layout problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn layout_holds_at_1280x720() {
    walk(1280, 720, 1.0, Lang::En);
}

#[test]
fn layout_holds_at_1920x1080() {
    walk(1920, 1080, 1.0, Lang::En);
}

#[test]
fn layout_holds_at_ui_scale_0_8() {
    walk(1280, 720, 0.8, Lang::En);
}

#[test]
fn layout_holds_at_ui_scale_1_5() {
    walk(1920, 1080, 1.5, Lang::En);
    walk(1280, 720, 1.5, Lang::En);
}

#[test]
fn layout_holds_in_chinese_at_1280x720() {
    walk(1280, 720, 1.0, Lang::ZhCn);
}

#[test]
fn layout_holds_in_chinese_at_1920x1080() {
    walk(1920, 1080, 1.0, Lang::ZhCn);
}

#[test]
fn layout_holds_in_chinese_at_ui_scale_1_5() {
    walk(1920, 1080, 1.5, Lang::ZhCn);
    walk(1280, 720, 1.5, Lang::ZhCn);
}
