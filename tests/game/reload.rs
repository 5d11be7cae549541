//! Scenario files edited, broken and deleted while the game runs.

use std::time::Duration;

use key_account::game::catalog::Catalog;
use key_account::game::session::{OpenDeal, Restart, Session};
use key_account::game::{Screen, screens::DealRoomRoot};

use super::*;

#[test]
fn hot_reload_shows_a_broken_edit_and_then_the_fix() {
    let (_dir, file, good, mut app) = one_scenario();
    go(&mut app, Screen::Picker);
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
    go(&mut app, Screen::Picker);
    until(&mut app, "the missing file flagged", |app| {
        texts(app).contains("is gone from disk")
    });
    trigger(&mut app, OpenDeal("deal.ron".into()));
    assert_eq!(
        screen(&app),
        Screen::Briefing,
        "the last good version still plays"
    );
}

#[test]
fn editing_the_open_deal_offers_a_restart_with_the_new_version() {
    let (_dir, file, good, mut app) = one_scenario();
    trigger(&mut app, OpenDeal("deal.ron".into()));
    go(&mut app, Screen::DealRoom);
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
    trigger(&mut app, Restart::NewVersion);
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
