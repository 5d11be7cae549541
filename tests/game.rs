//! Headless Bevy tests: the game's plugins with no window or renderer, driven through the same
//! messages the buttons send, from the picker to the debrief; and hot reload of a scenario file.
#![cfg(feature = "game")]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use bevy::asset::AssetPlugin;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use key_account::game::catalog::{Catalog, ScenarioFolders};
use key_account::game::screens::DealRoomRoot;
use key_account::game::session::{Seeds, Session, UiCommand};
use key_account::game::{Screen, plugin};

fn app(dir: &Path) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin {
            file_path: dir.to_string_lossy().into_owned(),
            watch_for_changes_override: Some(true),
            ..default()
        },
    ))
    .insert_resource(ScenarioFolders {
        main: dir.to_path_buf(),
        extra: None,
    })
    .insert_resource(Seeds::fixed(1))
    .add_plugins(plugin);
    app
}

/// Updates until `done` holds, or fails after a while (assets load on other threads).
fn until(app: &mut App, what: &str, mut done: impl FnMut(&mut App) -> bool) {
    let start = Instant::now();
    while !done(app) {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn send(app: &mut App, command: UiCommand) {
    app.world_mut().write_message(command);
    app.update();
    app.update();
}

/// Presses and releases a key, a frame each (no input plugin clears it in a headless app).
fn tap(app: &mut App, key: KeyCode) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .clear();
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Every text on screen, joined.
fn texts(app: &mut App) -> String {
    let mut q = app.world_mut().query::<&Text>();
    q.iter(app.world())
        .map(|t| t.0.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn count<C: Component>(app: &mut App) -> usize {
    let mut q = app.world_mut().query::<&C>();
    q.iter(app.world()).count()
}

/// An app over a folder holding one scenario, `deal.ron` (the minimal fixture), loaded. Returns
/// the folder (kept alive), the file, its text and the app.
fn one_scenario() -> (tempfile::TempDir, std::path::PathBuf, String, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("deal.ron");
    let good = std::fs::read_to_string(common::root().join("tests/fixtures/minimal.ron"))
        .expect("fixture");
    std::fs::write(&file, &good).expect("write");
    let mut app = app(dir.path());
    loaded(&mut app, 1);
    (dir, file, good, app)
}

fn copy_scenarios(to: &Path) {
    for f in key_account::scenario::scenario_files(&common::root().join("scenarios")).expect("dir")
    {
        std::fs::copy(&f, to.join(f.file_name().expect("name"))).expect("copy");
    }
}

fn loaded(app: &mut App, n: usize) {
    until(app, "scenarios to load", |app| {
        let c = app.world().resource::<Catalog>();
        c.entries.len() == n && c.entries.iter().all(|e| e.good.is_some() || e.broken)
    });
}

#[test]
fn a_whole_deal_from_the_title_screen_to_the_debrief() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_scenarios(dir.path());
    std::fs::write(
        dir.path().join("zz-broken.ron"),
        "(id: \"x\", titel: \"Oops\")",
    )
    .expect("write");
    let results = tempfile::tempdir().expect("tempdir");
    let mut app = app(dir.path());
    app.insert_resource(key_account::game::session::Results {
        player: "tester".into(),
        dir: Some(results.path().to_path_buf()),
    });
    app.update();
    assert_eq!(screen(&app), Screen::Title);
    assert!(texts(&mut app).contains("The five steps for key accounts"));
    loaded(&mut app, 5);

    // The picker lists every file; the broken one with its diagnostic.
    send(&mut app, UiCommand::OpenPicker);
    assert_eq!(screen(&app), Screen::Picker);
    let mut q = app
        .world_mut()
        .query::<&key_account::game::screens::picker::PickerEntry>();
    let entries: Vec<_> = q.iter(app.world()).cloned().collect();
    assert_eq!(entries.len(), 5);
    assert!(
        entries
            .iter()
            .any(|e| e.path == "zz-broken.ron" && e.broken)
    );
    let t = texts(&mut app);
    assert!(
        t.contains("Company B's keyboard meeting") && t.contains("Easy · about 15 minutes"),
        "{t}"
    );
    assert!(
        t.contains("zz-broken.ron:1:"),
        "the diagnostic names the place: {t}"
    );

    // Briefing.
    send(&mut app, UiCommand::Pick("keyboard.ron".into()));
    assert_eq!(screen(&app), Screen::Briefing);
    let t = texts(&mut app);
    assert!(
        t.contains("You are Zhang San") && t.contains("What you know on day one"),
        "{t}"
    );

    // The deal room: five people on the org chart, unknown roles shown as unknown.
    send(&mut app, UiCommand::Begin);
    assert_eq!(screen(&app), Screen::DealRoom);
    assert_eq!(
        count::<key_account::game::screens::deal_room::PersonCard>(&mut app),
        5
    );
    assert!(texts(&mut app).contains("role ?"));
    let tactic_state = |app: &mut App, id: &str| {
        let sc = app.world().resource::<Session>().deal.scenario().clone();
        let t = sc.tactic(id).expect("tactic");
        let mut q = app
            .world_mut()
            .query::<&key_account::game::screens::deal_room::TacticRow>();
        q.iter(app.world())
            .find(|r| r.tactic == t)
            .map(|r| r.available)
    };
    assert_eq!(tactic_state(&mut app, "warranty"), Some(false));
    assert!(texts(&mut app).contains(
        "Not now: you need to find out first: what the technical department judges keyboards by"
    ));

    // Play the groundwork line through the same commands the buttons send.
    for line in common::line("keyboard-groundwork.txt") {
        if line == "decide" {
            break;
        }
        let action = app
            .world()
            .resource::<Session>()
            .deal
            .scenario()
            .parse_action(&line)
            .expect("parses");
        if line == "tactic warranty" {
            assert_eq!(
                tactic_state(&mut app, "warranty"),
                Some(true),
                "available once the report is known"
            );
        }
        send(&mut app, UiCommand::Act(action));
        assert_eq!(app.world().resource::<Session>().notice, None, "{line}");
    }
    assert!(
        texts(&mut app).contains("decision maker"),
        "the power map shows the marked role"
    );
    send(
        &mut app,
        UiCommand::Act(key_account::sim::Action::AwaitDecision),
    );
    assert_eq!(screen(&app), Screen::Debrief);
    assert_eq!(
        count::<key_account::game::screens::debrief::ScoreBar>(&mut app),
        7
    );
    let t = texts(&mut app);
    assert!(t.contains("You won the deal"), "{t}");
    assert!(t.contains("Your power map and the truth"));
    assert!(t.contains("2. Organization structure"));
    // The finished deal left a run record that replays to the same outcome.
    assert!(t.contains("Run record saved"), "{t}");
    let (records, bad) = key_account::record::read_dir(results.path()).expect("results");
    assert!(bad.is_empty());
    assert_eq!(records.len(), 1);
    let (_, rec) = &records[0];
    assert_eq!(
        (rec.player.as_str(), rec.outcome),
        ("tester", key_account::record::RunOutcome::Won)
    );
    let sc = app.world().resource::<Session>().deal.scenario().clone();
    assert_eq!(
        key_account::record::replay(rec, &sc),
        key_account::record::Replay::Same
    );

    // Replay with the same seed starts the same deal afresh.
    let seed = app.world().resource::<Session>().deal.seed();
    send(&mut app, UiCommand::Replay);
    assert_eq!(screen(&app), Screen::DealRoom);
    let s = app.world().resource::<Session>();
    assert_eq!((s.deal.seed(), s.deal.log().len()), (seed, 0));
}

#[test]
fn a_losing_deal_shows_counterfactuals_and_number_keys_take_actions() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_scenarios(dir.path());
    let mut app = app(dir.path());
    // The results folder cannot be written (a file stands where it should be).
    let blocker = dir.path().join("results-is-a-file");
    std::fs::write(&blocker, "x").expect("write");
    app.insert_resource(key_account::game::session::Results {
        player: "tester".into(),
        dir: Some(blocker.clone()),
    });
    loaded(&mut app, 4);
    send(&mut app, UiCommand::Pick("keyboard.ron".into()));
    send(&mut app, UiCommand::Begin);
    until(&mut app, "the deal room", |app| {
        count::<DealRoomRoot>(app) == 1
    });
    // Key 1 is the first listed action: meeting the selected person.
    tap(&mut app, KeyCode::Digit1);
    let s = app.world().resource::<Session>();
    assert_eq!(s.deal.log().len(), 1);
    assert!(matches!(
        s.deal.log()[0].action,
        key_account::sim::Action::Meet(_)
    ));
    // Esc opens the pause menu; actions wait while it is open.
    tap(&mut app, KeyCode::Escape);
    until(&mut app, "the pause menu", |app| {
        texts(app).contains("Paused")
    });
    send(&mut app, UiCommand::TogglePause);
    send(
        &mut app,
        UiCommand::Act(key_account::sim::Action::AwaitDecision),
    );
    assert_eq!(screen(&app), Screen::Debrief);
    let mut q = app
        .world_mut()
        .query::<&key_account::game::screens::debrief::CounterfactualLine>();
    let lines: Vec<String> = q.iter(app.world()).map(|l| l.0.clone()).collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().any(|l| l.contains("meet")), "{lines:?}");
    // The debrief still shows, and says the record could not be saved, and where.
    let t = texts(&mut app);
    assert!(
        t.contains("Your run record could not be saved") && t.contains("results-is-a-file"),
        "{t}"
    );
}

#[test]
fn hot_reload_shows_a_broken_edit_and_then_the_fix() {
    let (_dir, file, good, mut app) = one_scenario();
    send(&mut app, UiCommand::OpenPicker);
    assert!(texts(&mut app).contains("Minimal deal"));

    // Break it: the picker shows the diagnostic and keeps the last good version playable.
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(&file, good.replace("influence: 5,", "influnce: 5,")).expect("write");
    until(&mut app, "the broken edit", |app| {
        app.world().resource::<Catalog>().entries[0].broken
            && texts(app).contains("did you mean `influence`?")
    });
    assert!(texts(&mut app).contains("The last good version stays playable"));
    assert!(app.world().resource::<Catalog>().entries[0].good.is_some());

    // Fix it with a new title: the error goes and the new content shows.
    std::fs::write(&file, good.replace("Minimal deal", "Minimal deal, fixed")).expect("write");
    until(&mut app, "the fixed file", |app| {
        let c = app.world().resource::<Catalog>();
        !c.entries[0].broken && texts(app).contains("Minimal deal, fixed")
    });
    assert!(!texts(&mut app).contains("did you mean"));

    // Break it a second time, with bytes that are not UTF-8: reloading did not stop after the
    // first failure, and the last good version stays.
    std::fs::write(&file, b"(id: \"x\xff\xfe\")").expect("write");
    until(&mut app, "the second broken edit", |app| {
        app.world().resource::<Catalog>().entries[0].broken
            && texts(app).contains("not valid UTF-8")
    });
    let good_title = app.world().resource::<Catalog>().entries[0]
        .good
        .as_ref()
        .map(|s| s.data().title.clone());
    assert_eq!(good_title.as_deref(), Some("Minimal deal, fixed"));
}

#[test]
fn a_scenario_deleted_while_the_game_runs_stays_playable_and_is_flagged() {
    let (_dir, file, _, mut app) = one_scenario();
    std::fs::remove_file(&file).expect("delete");
    send(&mut app, UiCommand::OpenPicker);
    until(&mut app, "the missing file flagged", |app| {
        texts(app).contains("is gone from disk")
    });
    send(&mut app, UiCommand::Pick("deal.ron".into()));
    assert_eq!(
        screen(&app),
        Screen::Briefing,
        "the last good version still plays"
    );
}

#[test]
fn editing_the_open_deal_offers_a_restart_with_the_new_version() {
    let (_dir, file, good, mut app) = one_scenario();
    send(&mut app, UiCommand::Pick("deal.ron".into()));
    send(&mut app, UiCommand::Begin);
    until(&mut app, "the deal room", |app| {
        count::<DealRoomRoot>(app) == 1
    });
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(
        &file,
        good.replace("Minimal deal", "Minimal deal, version 2"),
    )
    .expect("write");
    until(&mut app, "the restart offer", |app| {
        texts(app).contains("The scenario file changed on disk")
    });
    send(&mut app, UiCommand::Reload);
    until(&mut app, "the new version", |app| {
        app.world()
            .resource::<Session>()
            .deal
            .scenario()
            .data()
            .title
            == "Minimal deal, version 2"
    });
    assert!(!texts(&mut app).contains("The scenario file changed on disk"));
}
