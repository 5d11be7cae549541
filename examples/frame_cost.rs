//! Frame cost of the deal room: the CPU time (all threads) and wall time of the frame that
//! re-renders after selecting another person or switching a tab, and of the frame after it. The
//! game runs headless (no window, no GPU; `game::headless`), so this is the ECS, UI layout and text
//! work the shell adds, not drawing. Bundled scenarios and a generated one of 2,000 stakeholders.
//! `cargo run --release --example frame_cost`

use std::time::Instant;

use bevy::prelude::*;
use key_account::game::catalog::Catalog;
use key_account::game::screens::deal_room::{ActiveTab, MapNode, Select, Tab};
use key_account::game::session::{Act, OpenDeal, Session};
use key_account::game::{Screen, headless};
use key_account::scenario::generate;

/// CPU time of this process so far, in nanoseconds: the sum over its threads of
/// `/proc/self/task/*/schedstat`'s first field (time spent running).
fn cpu_ns() -> u64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0;
    };
    tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

/// (CPU ms, wall ms) of one `update`.
fn frame(app: &mut App) -> (f64, f64) {
    let (c, t) = (cpu_ns(), Instant::now());
    app.update();
    (
        (cpu_ns().saturating_sub(c)) as f64 / 1e6,
        t.elapsed().as_secs_f64() * 1e3,
    )
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn max(v: &[f64]) -> f64 {
    v.iter().copied().fold(0.0, f64::max)
}

fn room(file: &str, text: &str) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join(file), text).expect("write");
    let mut app = headless::app(dir.path(), 1280, 720, 1);
    let start = Instant::now();
    while app
        .world()
        .resource::<Catalog>()
        .entries
        .iter()
        .all(|e| e.good.is_none())
    {
        assert!(start.elapsed().as_secs() < 120, "{file} did not load");
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    app.world_mut().trigger(OpenDeal(file.into()));
    app.update();
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::DealRoom);
    for _ in 0..5 {
        app.update();
    }
    (dir, app)
}

fn measure(name: &str, file: &str, text: &str, meet_first: &str) {
    let (_dir, mut app) = room(file, text);
    // Meet someone, so the map has a met person and the person panel a conversation.
    let action = app
        .world()
        .resource::<Session>()
        .deal
        .scenario()
        .parse_action(meet_first)
        .expect("parses");
    app.world_mut().write_message(Act(action));
    for _ in 0..5 {
        app.update();
    }
    let people: Vec<usize> = {
        let mut q = app.world_mut().query::<&MapNode>();
        q.iter(app.world()).map(|n| n.0).take(8).collect()
    };
    let nodes = {
        let world = app.world_mut();
        world.query_filtered::<(), With<Node>>().iter(world).count()
    };
    const RUNS: usize = 40;
    let (mut sel, mut sel2, mut sel_wall) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..RUNS {
        app.world_mut().trigger(Select(people[k % people.len()]));
        let (cpu, wall) = frame(&mut app);
        sel.push(cpu);
        sel_wall.push(wall);
        sel2.push(frame(&mut app).0);
    }
    let (mut tab, mut tab2, mut tab_wall) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..RUNS {
        app.insert_resource(ActiveTab(Tab::ALL[k % Tab::ALL.len()]));
        let (cpu, wall) = frame(&mut app);
        tab.push(cpu);
        tab_wall.push(wall);
        tab2.push(frame(&mut app).0);
    }
    let idle: Vec<f64> = (0..RUNS).map(|_| frame(&mut app).0).collect();
    println!(
        "| {name} | {nodes} | {:.1} / {:.1} | {:.1} | {:.1} | {:.1} / {:.1} | {:.1} | {:.1} | \
         {:.1} |",
        median(sel.clone()),
        max(&sel),
        median(sel_wall),
        median(sel2),
        median(tab.clone()),
        max(&tab),
        median(tab_wall),
        median(tab2),
        median(idle),
    );
}

fn main() {
    println!(
        "| scenario | UI nodes | select: CPU ms median / max | wall ms | next frame CPU ms | tab: \
         CPU ms median / max | wall ms | next frame CPU ms | idle frame CPU ms |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for (file, meet) in [
        ("keyboard.ron", "meet xiao_wang"),
        ("key-player.ron", "meet it_head"),
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect("bundled scenario");
        measure(file, file, &text, meet);
    }
    let large = generate::large(2000, 10_000, 1000);
    measure(
        "generated: 2,000 people, 10,000 facts, 1,000 tactics",
        "large.ron",
        &large,
        "meet p1",
    );
}
