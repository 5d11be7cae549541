//! The whole game through the messages and events the buttons send: title, picker, briefing,
//! deal room, debrief, and the ways on.

use bevy::prelude::*;
use key_account::game::Screen;
use key_account::game::screens::deal_room::{ActiveTab, MapNode, Tab, TacticRow};
use key_account::game::screens::debrief::{CounterfactualLine, Counterfactuals, ScoreBar};
use key_account::game::screens::picker::PickerEntry;
use key_account::game::session::{Act, OpenDeal, Restart, Results, Session};
use key_account::sim::Action;

use super::*;

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
    app.insert_resource(Results {
        player: "tester".into(),
        dir: Some(results.path().to_path_buf()),
    });
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Title);
    assert!(texts(&mut app).contains("The five steps for key accounts"));
    loaded(&mut app, 5);

    // The picker lists every file; the broken one with its diagnostic.
    go(&mut app, Screen::Picker);
    let mut q = app.world_mut().query::<&PickerEntry>();
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

    // Briefing, in the scenario's money.
    trigger(&mut app, OpenDeal("keyboard.ron".into()));
    assert_eq!(screen(&app), Screen::Briefing);
    let t = texts(&mut app);
    assert!(
        t.contains("You are Zhang San") && t.contains("What you know on day one"),
        "{t}"
    );
    assert!(t.contains("a budget of 5,000 yuan"), "{t}");

    // The deal room: five people on the map, nothing marked yet.
    go(&mut app, Screen::DealRoom);
    assert_eq!(count::<MapNode>(&mut app), 5);
    let t = texts(&mut app);
    assert!(t.contains("role ?") && t.contains("? stance"), "{t}");
    assert!(
        t.contains("Your price: 260 yuan") && t.contains("Budget left: 5,000 yuan"),
        "{t}"
    );
    let tactic_state = |app: &mut App, id: &str| {
        let sc = app.world().resource::<Session>().deal.scenario().clone();
        let t = sc.tactic(id).expect("tactic");
        let mut q = app.world_mut().query::<&TacticRow>();
        q.iter(app.world())
            .find(|r| r.tactic == t)
            .map(|r| r.available)
    };
    assert_eq!(tactic_state(&mut app, "warranty"), Some(false));
    assert!(texts(&mut app).contains(
        "Not now: you need to find out first: what the technical department judges keyboards by"
    ));

    // Play the groundwork line.
    for line in common::line("keyboard-groundwork.txt") {
        if line == "decide" {
            break;
        }
        if line == "@day 12" {
            // Before the meeting, the checklist tab shows the core's five-steps progress, in the
            // same words as `play`'s `steps`.
            app.insert_resource(ActiveTab(Tab::Checklist));
            settle(&mut app);
            let progress = app.world().resource::<Session>().deal.progress();
            let t = texts(&mut app);
            assert!(progress.steps.iter().any(|s| s.done), "some step worked on");
            for step in &progress.steps {
                assert!(t.contains(&step.detail), "{} missing from {t}", step.detail);
            }
        }
        if line == "tactic warranty" {
            assert_eq!(
                tactic_state(&mut app, "warranty"),
                Some(true),
                "available once known"
            );
        }
        act(&mut app, &line);
        assert_eq!(app.world().resource::<Session>().notice, None, "{line}");
    }
    assert!(
        texts(&mut app).contains("DM"),
        "the map shows the marked role"
    );
    act(&mut app, "decide");
    assert_eq!(screen(&app), Screen::Debrief);
    assert_eq!(count::<ScoreBar>(&mut app), 7);
    let t = texts(&mut app);
    assert!(t.contains("You won the deal"), "{t}");
    assert!(t.contains("Your map") && t.contains("The truth"), "{t}");
    assert!(t.contains("2. Organization structure"));
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
    trigger(&mut app, Restart::SameSeed);
    assert_eq!(screen(&app), Screen::DealRoom);
    let s = app.world().resource::<Session>();
    assert_eq!((s.deal.seed(), s.deal.log().len()), (seed, 0));
}

#[test]
fn a_losing_deal_works_out_its_counterfactuals_in_the_background() {
    let (dir, mut app) = bundled();
    // The results folder cannot be written (a file stands where it should be).
    let blocker = dir.path().join("results-is-a-file");
    std::fs::write(&blocker, "x").expect("write");
    app.insert_resource(Results {
        player: "tester".into(),
        dir: Some(blocker.clone()),
    });
    trigger(&mut app, OpenDeal("keyboard.ron".into()));
    go(&mut app, Screen::DealRoom);
    act(&mut app, "meet xiao_wang");
    app.world_mut().write_message(Act(Action::AwaitDecision));
    app.update();
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Debrief);
    // The debrief is on screen before the search ends, and says it is working.
    let working = app.world().resource::<Counterfactuals>().working();
    if working {
        assert!(texts(&mut app).contains("Working it out…"));
    }
    until(&mut app, "the counterfactuals", |app| {
        !app.world().resource::<Counterfactuals>().working() && count::<CounterfactualLine>(app) > 0
    });
    let mut q = app.world_mut().query::<&CounterfactualLine>();
    let lines: Vec<String> = q.iter(app.world()).map(|l| l.0.clone()).collect();
    // Worded with its odds, and shown with them beside the trainee's own.
    assert!(lines.iter().any(|l| l.contains("replays")), "{lines:?}");
    let t = texts(&mut app);
    assert!(
        t.contains("Searched: from") && t.contains("possible futures"),
        "{t}"
    );
    assert!(t.contains("This line") && t.contains("Your moves"), "{t}");
    assert!(!t.contains("Working it out"), "{t}");
    assert!(
        t.contains("Your run record could not be saved") && t.contains("results-is-a-file"),
        "{t}"
    );
}

#[test]
fn a_new_seed_is_a_new_deal_from_the_briefing() {
    let (_dir, mut app) = bundled();
    trigger(&mut app, OpenDeal("tutorial.ron".into()));
    go(&mut app, Screen::DealRoom);
    act(&mut app, "meet xiao_ma");
    let first = app.world().resource::<Session>().deal.seed();
    trigger(&mut app, Restart::NewSeed);
    assert_eq!(screen(&app), Screen::Briefing);
    let s = app.world().resource::<Session>();
    let seed = s.deal.seed();
    assert_ne!(seed, first, "a new seed");
    assert_eq!(s.deal.log().len(), 0, "a fresh deal");
    assert!(texts(&mut app).contains(&format!("Seed {seed}")));
}

#[test]
fn a_meeting_opens_a_conversation_in_the_persons_words() {
    let (_dir, mut app) = bundled();
    trigger(&mut app, OpenDeal("keyboard.ron".into()));
    go(&mut app, Screen::DealRoom);
    act(&mut app, "meet xiao_wang");
    let t = texts(&mut app);
    assert!(t.contains("Meeting with Xiao Wang"), "{t}");
    assert!(t.contains("the meeting took 1 day"), "{t}");
    assert!(
        t.contains("Xiao Wang: “Zhang San! Good to see you."),
        "his greeting in his words: {t}"
    );
    assert!(
        t.contains("Ask: Who will make the final call"),
        "questions offered as replies: {t}"
    );
    act(&mut app, "ask xiao_wang who_decides");
    let t = texts(&mut app);
    assert!(t.contains("You: Who will make the final call"), "{t}");
    assert!(
        t.contains("Xiao Wang: “The meeting decides by agreement."),
        "{t}"
    );
    assert!(t.contains("Room for 1 more question"), "{t}");
}

#[test]
fn a_large_map_shows_each_departments_heads_until_opened() {
    use key_account::game::screens::deal_room::influence_map::ExpandGroup;
    use key_account::game::theme::Press;
    let dir = tempfile::tempdir().expect("tempdir");
    // 60 people in three departments of 20.
    std::fs::write(
        dir.path().join("large.ron"),
        key_account::scenario::generate::large(60, 60, 10),
    )
    .expect("write");
    let mut app = app(dir.path());
    loaded(&mut app, 1);
    trigger(&mut app, OpenDeal("large.ron".into()));
    go(&mut app, Screen::DealRoom);
    assert_eq!(count::<MapNode>(&mut app), 9, "three heads a department");
    assert!(texts(&mut app).contains("+ 17 more"));
    // Someone met stays on the map, with the person they were found to sway (p12 sways p13).
    act(&mut app, "meet p12");
    assert_eq!(count::<MapNode>(&mut app), 11);
    // Opening a department shows all of it.
    let open = {
        let mut q = app.world_mut().query::<(Entity, &ExpandGroup)>();
        q.iter(app.world())
            .find(|(_, g)| g.0 == 1)
            .map(|(e, _)| e)
            .expect("the second department's button")
    };
    trigger(&mut app, Press { entity: open });
    assert_eq!(count::<MapNode>(&mut app), 5 + 20 + 3);
    assert!(texts(&mut app).contains("Show fewer"));
}
