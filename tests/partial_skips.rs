//! Issue 21: the trainee who skips a step halfway loses, one line of play in `tests/lines/` for
//! each way of doing it (a late start, a stage early, half the departments, no gatekeeper, the
//! decision maker never asked what he values), over many seeds; and the article's five steps in
//! order, every stage's people in their stage, win whoever signs.

mod common;

use common::*;
use key_account::sim::{Deal, Event, Verdict};

const SEEDS: std::ops::RangeInclusive<u64> = 1..=60;

/// The seeds a line wins, out of `SEEDS`.
fn wins(case: &str, line: &str) -> Vec<u64> {
    let sc = load(case);
    SEEDS
        .filter(|&seed| {
            let (deal, _) = play_line(&sc, seed, line);
            deal.outcome().expect("decided").verdict == Verdict::Won
        })
        .collect()
}

#[test]
fn a_late_start_loses() {
    assert_eq!(
        wins("island.ron", "island-late-start.txt"),
        Vec::<u64>::new()
    );
    assert_eq!(
        wins("keyboard.ron", "keyboard-late-start.txt"),
        Vec::<u64>::new()
    );
    // Island: for the reason the article gives: the low bidder got to Han Zong first.
    let sc = load("island.ron");
    let (_, events) = play_line(&sc, 1, "island-late-start.txt");
    let taken = sc
        .data()
        .competitor_moves
        .iter()
        .position(|m| m.day == 2)
        .expect("the day-2 move");
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::RivalMove { index } if *index == taken)),
        "the low bidder's day-2 visit to Han"
    );
    // Keyboard: the office collected the views and offers without yours.
    let sc = load("keyboard.ron");
    let (_, events) = play_line(&sc, 1, "keyboard-late-start.txt");
    assert!(events.iter().any(|e| matches!(e, Event::Dropped { .. })));
}

#[test]
fn a_stage_early_loses() {
    assert_eq!(
        wins("tutorial.ron", "tutorial-stage-early.txt"),
        Vec::<u64>::new()
    );
}

#[test]
fn half_the_departments_loses() {
    assert_eq!(
        wins("keyboard.ron", "keyboard-half-departments.txt"),
        Vec::<u64>::new()
    );
}

#[test]
fn the_right_people_without_the_gatekeeper_lose() {
    assert_eq!(
        wins("island.ron", "island-no-gatekeeper.txt"),
        Vec::<u64>::new()
    );
    // Han Zong sees nobody the secretary has not put in his calendar.
    let sc = load("island.ron");
    let han = sc.stakeholder("han_zong").expect("han");
    let (deal, _) = play_line(&sc, 1, "island-no-gatekeeper.txt");
    assert!(
        !deal
            .log()
            .iter()
            .any(|l| l.action == key_account::sim::Action::Meet(han))
    );
}

#[test]
fn the_decision_maker_without_what_he_values_loses() {
    assert_eq!(
        wins("island.ron", "island-not-what-they-value.txt"),
        Vec::<u64>::new()
    );
}

#[test]
fn the_five_steps_in_order_win_whoever_signs() {
    let sc = load("tutorial.ron");
    let (mut gm, mut gm_won, mut tang, mut tang_won) = (0, 0, 0, 0);
    for seed in SEEDS {
        // Who signs, as the trainee learns from Xiao Ma on day 0 (`who_signs`).
        let gm_signs = Deal::new(&sc, seed).variation_picks().first() == Some(&0);
        let line = if gm_signs {
            "tutorial-in-stage-gm.txt"
        } else {
            "tutorial-in-stage-tang.txt"
        };
        let (deal, _) = play_line(&sc, seed, line);
        let won = deal.outcome().expect("decided").verdict == Verdict::Won;
        if gm_signs {
            gm += 1;
            gm_won += usize::from(won);
        } else {
            tang += 1;
            tang_won += usize::from(won);
        }
    }
    eprintln!("GM signs: {gm_won}/{gm}; Tang signs: {tang_won}/{tang}");
    assert!(gm > 0 && tang > 0);
    assert!(gm_won * 10 >= gm * 9, "GM signs: {gm_won} of {gm}");
    assert!(
        tang_won * 10 >= tang * 9,
        "Tang signs: {tang_won} of {tang}"
    );
}

/// `balance` shows a row for every partial skip the case has, and a typical deal of each, so a
/// trainer sees what that trainee did; a variant that skips nothing in a case (no gatekeeper in
/// the tutorial) is not played there.
#[test]
fn balance_shows_each_partial_skip_with_a_typical_deal() {
    let (code, out, err) = ka(
        &root(),
        &["balance", "scenarios/tutorial.ron", "--runs", "4"],
    );
    assert_eq!(code, 0, "{err}");
    for way in [
        "a late start",
        "a stage early",
        "half the departments",
        "never asks who decides what matters",
    ] {
        assert!(
            out.contains(&format!("halfway: {way} (step")),
            "{way}: {out}"
        );
        assert!(
            out.contains(&format!("a typical deal of halfway: {way} (")),
            "{way}: {out}"
        );
    }
    assert!(!out.contains("no gatekeeper"), "{out}");
    let (_, out, _) = ka(&root(), &["balance", "scenarios/island.ron", "--runs", "4"]);
    assert!(out.contains("halfway: no gatekeeper (step 3)"), "{out}");
}
