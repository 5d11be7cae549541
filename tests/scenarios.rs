//! Plays each bundled case through to an outcome, the way the article says it goes.

mod common;

use common::*;
use key_account::scenario::Role;
use key_account::sim::{Action, Deal, Part, Verdict};

const SEEDS: std::ops::RangeInclusive<u64> = 1..=25;

fn await_decision(sc: &key_account::scenario::Scenario, seed: u64) -> Deal {
    let mut deal = Deal::new(sc, seed);
    deal.apply(Action::AwaitDecision).expect("can always await");
    deal
}

#[test]
fn every_bundled_scenario_checks_clean() {
    for p in key_account::scenario::scenario_files(&root().join("scenarios")).expect("dir") {
        let r = key_account::scenario::load_path(&p);
        assert!(r.diagnostics.is_empty(), "{}", r.render(false));
    }
    assert_eq!(bundled().len(), 4);
}

#[test]
fn keyboard_without_groundwork_keeps_ibm() {
    let sc = load("keyboard.ron");
    let ibm = sc.vendor("ibm");
    for seed in SEEDS {
        let deal = await_decision(&sc, seed);
        let o = deal.outcome().expect("decided");
        assert_eq!(o.verdict, Verdict::NoDecision { kept: ibm }, "seed {seed}");
        assert!(
            o.debrief
                .iter()
                .any(|l| l.text.contains("let's not change"))
        );
    }
}

#[test]
fn keyboard_groundwork_before_the_meeting_wins() {
    let sc = load("keyboard.ron");
    for seed in SEEDS {
        let (deal, _) = play_line(&sc, seed, "keyboard-groundwork.txt");
        let o = deal.outcome().expect("decided");
        assert_eq!(o.verdict, Verdict::Won, "seed {seed}");
        assert_eq!(o.margin_kept, 1.0);
        // Every stage's people were engaged during their stage and every key fact found.
        assert_eq!(o.score.part(Part::PurchasingProcess), 10.0);
        assert_eq!(o.score.part(Part::Information), 10.0);
        assert!(
            o.debrief
                .iter()
                .any(|l| l.text.contains("worked each department before the meeting"))
        );
    }
}

#[test]
fn keyboard_price_cut_alone_does_not_move_the_meeting() {
    let sc = load("keyboard.ron");
    for seed in SEEDS {
        let mut deal = Deal::new(&sc, seed);
        run(&mut deal, &["tactic price_cut", "decide"]);
        assert!(
            matches!(
                deal.outcome().expect("decided").verdict,
                Verdict::NoDecision { .. }
            ),
            "seed {seed}"
        );
    }
}

#[test]
fn island_waiting_loses_to_the_ultra_low_bid() {
    let sc = load("island.ron");
    for seed in SEEDS {
        let deal = await_decision(&sc, seed);
        assert!(
            matches!(
                deal.outcome().expect("decided").verdict,
                Verdict::Lost { .. }
            ),
            "seed {seed}"
        );
    }
}

#[test]
fn island_price_cut_is_answered_by_the_rivals_and_loses() {
    let sc = load("island.ron");
    for seed in SEEDS {
        let (deal, events) = play_line(&sc, seed, "island-price-cut.txt");
        let o = deal.outcome().expect("decided");
        assert!(matches!(o.verdict, Verdict::Lost { .. }), "seed {seed}");
        assert_eq!(o.margin_kept, 0.0, "seed {seed}");
        // No scripted move: every rival with a floor answers the cut by the vendor rule.
        let answered = events
            .iter()
            .filter(|e| matches!(e, key_account::sim::Event::PriceAnswered { .. }))
            .count();
        assert_eq!(answered, 2, "seed {seed}");
        assert!(
            o.debrief
                .iter()
                .any(|l| l.text.contains("The rivals followed your price cut"))
        );
        assert!(
            o.debrief
                .iter()
                .any(|l| l.text.contains("Cutting price is the trap"))
        );
    }
}

#[test]
fn island_technical_proposal_wins_about_five_percent_above_the_rivals() {
    let sc = load("island.ron");
    let rivals = [
        sc.vendor("taizhou").expect("rival"),
        sc.vendor("wenling").expect("rival"),
    ];
    for seed in SEEDS {
        let (deal, _) = play_line(&sc, seed, "island-proposal.txt");
        let o = deal.outcome().expect("decided");
        assert_eq!(o.verdict, Verdict::Won, "seed {seed}");
        assert_eq!(o.margin_kept, 1.0);
        let cheapest = rivals
            .iter()
            .map(|&v| deal.price(v))
            .fold(f64::INFINITY, f64::min);
        let above = o.price / cheapest - 1.0;
        assert!(
            (0.03..0.08).contains(&above),
            "won at {:.1}% above the rivals",
            above * 100.0
        );
        // Han's concern was found by reaching him, not guessed.
        let han = sc.stakeholder("han_zong").expect("han");
        assert!(
            deal.person(han)
                .expect("han")
                .concerns
                .iter()
                .any(|(c, _)| sc.data().concerns[*c].id == "technical_service")
        );
    }
}

#[test]
fn island_han_is_out_of_reach_until_there_is_a_reason() {
    let sc = load("island.ron");
    let deal = Deal::new(&sc, 7);
    let han = sc.stakeholder("han_zong").expect("han");
    let why = deal
        .check(&Action::Meet(han))
        .expect_err("information island");
    assert!(
        deal.scenario().explain(&why).contains("reason"),
        "{}",
        deal.scenario().explain(&why)
    );
}

#[test]
fn key_player_ignoring_wang_loses_to_the_rival() {
    let sc = load("key-player.ron");
    let liu = sc.vendor("liu").expect("rival");
    for seed in SEEDS {
        let (deal, _) = play_line(&sc, seed, "key-player-ignore-wang.txt");
        let o = deal.outcome().expect("decided");
        assert_eq!(o.verdict, Verdict::Lost { winner: liu }, "seed {seed}");
        assert!(
            o.debrief
                .iter()
                .any(|l| l.text.contains("never met Mr. Wang"))
        );
    }
}

#[test]
fn key_player_ethical_counters_win() {
    let sc = load("key-player.ron");
    for seed in SEEDS {
        let (deal, _) = play_line(&sc, seed, "key-player-ethical.txt");
        let o = deal.outcome().expect("decided");
        assert_eq!(o.verdict, Verdict::Won, "seed {seed}");
        assert_eq!(o.score.part(Part::Ethics), 10.0);
        // The rival's lavish welcome was blocked by the policy reminder, and the debrief says so.
        assert!(
            o.debrief
                .iter()
                .any(|l| l.text.contains("what you did first stopped this")
                    && l.text.contains("Shanghai airport"))
        );
        assert!(
            o.debrief
                .iter()
                .any(|l| l.text.contains("won him over within the rules"))
        );
    }
}

#[test]
fn key_player_policy_breaking_gift_is_an_ethics_failure() {
    let sc = load("key-player.ron");
    let mut caught = 0;
    for seed in SEEDS {
        let (deal, _) = play_line(&sc, seed, "key-player-gift.txt");
        let o = deal.outcome().expect("decided");
        assert_eq!(o.score.part(Part::Ethics), 0.0, "seed {seed}");
        assert!(
            o.debrief
                .iter()
                .any(|l| l.part == Part::Ethics && l.text.contains("gift and hospitality policy"))
        );
        if matches!(o.verdict, Verdict::Disqualified { .. }) {
            caught += 1;
            assert!(deal.log().iter().any(|l| l.caught));
        }
    }
    // A 40% risk over 25 seeds: caught sometimes, not always.
    assert!((3..=20).contains(&caught), "caught {caught} of 25");
}

#[test]
fn tutorial_no_groundwork_loses() {
    let sc = load("tutorial.ron");
    for seed in SEEDS {
        let deal = await_decision(&sc, seed);
        assert!(
            !matches!(deal.outcome().expect("decided").verdict, Verdict::Won),
            "seed {seed}"
        );
    }
}

/// Plays the tutorial as a trainee would: ask who signs, then work that person.
#[test]
fn tutorial_finding_who_signs_wins_either_way() {
    let sc = load("tutorial.ron");
    let gm = sc.stakeholder("gm_liu").expect("gm");
    let tang = sc.stakeholder("director_tang").expect("tang");
    let (mut saw_gm, mut saw_tang) = (false, false);
    for seed in SEEDS {
        let mut deal = Deal::new(&sc, seed);
        run(&mut deal, &["ask xiao_ma who_decides"]);
        let dm = Role::DecisionMaker;
        let gm_signs = deal
            .person(gm)
            .and_then(|p| p.roles)
            .expect("revealed")
            .contains(dm);
        let tang_signs = deal
            .person(tang)
            .and_then(|p| p.roles)
            .expect("revealed")
            .contains(dm);
        assert!(gm_signs != tang_signs, "exactly one signs");
        let name = if gm_signs {
            saw_gm = true;
            "tutorial-gm.txt"
        } else {
            saw_tang = true;
            "tutorial-tang.txt"
        };
        let (deal, _) = play_line(&sc, seed, name);
        assert_eq!(
            deal.outcome().expect("decided").verdict,
            Verdict::Won,
            "seed {seed} ({name})"
        );
    }
    assert!(saw_gm && saw_tang, "the seed varies who signs");
}

#[test]
fn tutorial_working_the_wrong_signer_loses() {
    let sc = load("tutorial.ron");
    let tang = sc.stakeholder("director_tang").expect("tang");
    let mut checked = 0;
    for seed in SEEDS {
        let (deal, _) = play_line(&sc, seed, "tutorial-gm.txt");
        let o = deal.outcome().expect("decided");
        if o.roles[tang].contains(Role::DecisionMaker) {
            checked += 1;
            assert!(matches!(o.verdict, Verdict::Lost { .. }), "seed {seed}");
        }
    }
    assert!(checked > 0);
}

#[test]
fn same_seed_and_actions_give_identical_events_and_outcome() {
    for sc in bundled() {
        for seed in [1, 42, u64::MAX] {
            let play = || {
                let mut deal = Deal::new(&sc, seed);
                let mut events = Vec::new();
                // A fixed, scenario-independent policy: always the third legal action.
                while !deal.is_finished() {
                    let legal = deal.legal_actions();
                    let a = legal[2.min(legal.len() - 1)];
                    events.extend(deal.apply(a).expect("legal"));
                }
                (events, deal.outcome().cloned(), deal.log().to_vec())
            };
            assert_eq!(play(), play(), "{} seed {seed}", sc.data().id);
        }
    }
}

#[test]
fn illegal_actions_say_why_and_change_nothing() {
    let sc = load("key-player.ron");
    let mut deal = Deal::new(&sc, 3);
    let wang = sc.stakeholder("wang").expect("wang");
    let before = format!("{deal:?}");
    let why = deal.apply(Action::Ask(wang, 0)).expect_err("not met");
    assert_eq!(format!("{deal:?}"), before);
    assert!(
        deal.scenario()
            .explain(&why)
            .contains("meet Mr. Wang first")
    );
    let gift = sc.tactic("luxury_trip").expect("tactic");
    let why = deal
        .apply(Action::Tactic(gift))
        .expect_err("needs the trip fact");
    assert!(
        deal.scenario().explain(&why).contains("travel plans"),
        "{}",
        deal.scenario().explain(&why)
    );
    assert!(
        !deal.scenario().explain(&why).contains("Shanghai"),
        "the reason must not give the fact away"
    );
    assert_eq!(format!("{deal:?}"), before);
    // Every listed illegal action has a reason a trainee can read.
    for (a, ok) in deal.actions() {
        if let Err(why) = ok {
            assert!(!deal.scenario().explain(&why).is_empty(), "{a:?}");
        }
    }
}

#[test]
fn the_power_map_is_scored_against_the_truth_and_the_evidence() {
    let sc = load("keyboard.ron");
    let (deal, _) = play_line(&sc, 1, "keyboard-groundwork.txt");
    let o = deal.outcome().expect("decided");
    // Roles found out and marked right, every department worked.
    assert!(o.score.part(Part::Organization) >= 8.0, "{:?}", o.score);
    let mut wrong = Deal::new(&sc, 1);
    run(
        &mut wrong,
        &[
            "role xiao_huang decision_maker",
            "stance director supporter",
            "decide",
        ],
    );
    let o = wrong.outcome().expect("decided");
    assert_eq!(o.score.part(Part::Organization), 0.0);
    assert!(o.debrief.iter().any(|l| {
        l.text
            .contains("You marked Xiao Huang as decision maker without finding it out")
    }));
    assert!(
        o.debrief
            .iter()
            .any(|l| l.text.contains("You had Director Zhou as a supporter"))
    );
    // A right guess is worth nothing: the director's role, marked without asking.
    let mut guess = Deal::new(&sc, 1);
    run(&mut guess, &["role director decision_maker", "decide"]);
    let o = guess.outcome().expect("decided");
    let line = o
        .debrief
        .iter()
        .find(|l| l.text.contains("Director Zhou as decision maker"))
        .expect("a line on the guess");
    assert_eq!(line.points, 0.0);
    assert!(
        line.text.contains("a guess scores nothing"),
        "{}",
        line.text
    );
}

#[test]
fn counterfactuals_for_the_keyboard_loss_come_with_odds_and_a_step() {
    let sc = load("keyboard.ron");
    let deal = await_decision(&sc, 4);
    let cfs = key_account::bot::counterfactuals(&deal, 3);
    assert!(!cfs.is_empty());
    for c in &cfs {
        // Never one lucky draw: most of its futures, and clearly more than the trainee's moves.
        assert_eq!(c.replays, 20);
        assert!(c.wins >= 12 && c.wins >= c.own_wins + 5, "{c:?}");
        assert!(
            c.text.contains(&format!("won in {} of 20 replays", c.wins)),
            "{}",
            c.text
        );
        assert!(c.lesson.is_some(), "{c:?}");
        assert!(c.text.starts_with("Step "), "{}", c.text);
    }
    // The keyboard loss came from never working the departments.
    assert!(
        cfs.iter()
            .any(|c| c.lesson == Some(2) || c.lesson == Some(5)),
        "{cfs:#?}"
    );
    // Futures are seeded from the deal: asking twice gives the same answer.
    assert_eq!(cfs, key_account::bot::counterfactuals(&deal, 3));
}

#[test]
fn counterfactuals_never_recommend_a_rule_breaking_move() {
    let sc = load("key-player.ron");
    let c = sc.compiled();
    for seed in [1, 2] {
        let (deal, _) = play_line(&sc, seed, "key-player-gift.txt");
        for cf in key_account::bot::counterfactuals(&deal, 5) {
            for a in &cf.line {
                if let Action::Tactic(t) = *a {
                    assert!(
                        c.tactics[t].compliance_risk == 0.0 && !c.tactics[t].breaks_policy,
                        "{cf:?}"
                    );
                }
            }
        }
    }
    let sc = load("island.ron");
    let (deal, _) = play_line(&sc, 2, "island-price-cut.txt");
    let cfs = key_account::bot::counterfactuals(&deal, 5);
    assert!(!cfs.is_empty());
    for c in &cfs {
        assert!(c.wins > c.own_wins, "{c:?}");
    }
}

#[test]
fn role_and_part_ids_are_the_ones_commands_and_records_use() {
    use key_account::scenario::Role;
    use key_account::sim::{Part, parse_role, role_id};
    let ids: Vec<&str> = Role::ALL.into_iter().map(role_id).collect();
    assert_eq!(
        ids,
        [
            "decision_maker",
            "technical_buyer",
            "user_buyer",
            "approver",
            "coach",
            "gatekeeper",
            "influencer",
            "economic_buyer"
        ]
    );
    for r in Role::ALL {
        assert_eq!(parse_role(role_id(r)), Some(r));
    }
    assert_eq!(parse_role("Decision_Maker"), None);
    let parts: Vec<&str> = Part::ALL.into_iter().map(Part::id).collect();
    assert_eq!(
        parts,
        [
            "outcome",
            "purchasing_process",
            "organization",
            "stances",
            "information",
            "key_players",
            "ethics"
        ]
    );
}
