//! Honest bots: they see only what a trainee sees, look ahead only on sampled futures, and the
//! lesson table and gate in `balance` measure whether skipping a step loses.

mod common;

use std::collections::BTreeSet;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use common::{bundled, ka, load, root};
use key_account::bot::{self, Constraints, Student, Trainee, Turn, balance};
use key_account::scenario::{self, Policy, Scenario};
use key_account::sim::{Action, Deal, PlayerView};

/// Everything a trainee can see, through the view's public API only.
fn seen(view: &PlayerView) -> String {
    let c = view.scenario().compiled();
    let prices: Vec<f64> = (0..c.vendors.len()).map(|v| view.price(v)).collect();
    let people: Vec<String> = view.people().map(|p| format!("{p:?}")).collect();
    format!(
        "{} {} {} {:?} {:?} {:?} {:?} {:?}",
        view.day(),
        view.budget_left(),
        view.stage(),
        people,
        view.known_facts(),
        view.log(),
        view.noticed_moves(),
        prices
    )
}

fn legal(deal: &Deal) -> Vec<Action> {
    let mut options = Vec::new();
    deal.legal_actions_into(&mut options);
    options.retain(|a| *a != Action::AwaitDecision);
    options
}

#[test]
fn a_trainee_bot_decides_from_the_view_alone() {
    // Two keyboard deals whose hidden truth differs (which department the director listens to
    // most) but look the same to the trainee: the student must make the same moves in both, for
    // as long as the two views agree.
    let sc = load("keyboard.ron");
    let engineer = sc
        .data()
        .stakeholders
        .iter()
        .position(|s| s.id == "engineer")
        .expect("engineer");
    let mut pair = None;
    'search: for a in 0..300u64 {
        for b in a + 1..300 {
            let (da, db) = (Deal::new(&sc, a), Deal::new(&sc, b));
            if da.variation_picks() != db.variation_picks()
                && learned_weight(&sc, a, engineer) == learned_weight(&sc, b, engineer)
            {
                pair = Some((a, b));
                break 'search;
            }
        }
    }
    let (a, b) = pair.expect("two seeds that differ only in what the trainee cannot see");
    let mut deals = [Deal::new(&sc, a), Deal::new(&sc, b)];
    let mut bots = [Student::new(), Student::new()];
    let mut rngs = [ChaCha8Rng::seed_from_u64(7), ChaCha8Rng::seed_from_u64(7)];
    let mut compared = 0;
    while !deals[0].is_finished() && seen(&deals[0].view()) == seen(&deals[1].view()) {
        let mut chosen = Vec::new();
        for k in 0..2 {
            let options = legal(&deals[k]);
            let turn = Turn {
                view: deals[k].view(),
                options: &options,
            };
            chosen.push(bots[k].act(&turn, &mut rngs[k]));
        }
        assert_eq!(chosen[0], chosen[1], "after {compared} equal moves");
        for k in 0..2 {
            deals[k].apply(chosen[k]).expect("the bot's move is legal");
        }
        compared += 1;
    }
    assert!(
        compared >= 15,
        "only {compared} moves compared before the views differed"
    );
    // The whole deal was played on identical views: the hidden truth never leaked into a move.
    assert!(deals[0].is_finished() && deals[1].is_finished());
}

/// The failure-rate weight a trainee learns from the engineer (the range is drawn per seed).
fn learned_weight(sc: &Scenario, seed: u64, engineer: usize) -> String {
    let mut d = Deal::new(sc, seed);
    let _ = d.apply(Action::Meet(engineer));
    let _ = d.apply(Action::AskConcerns(engineer));
    format!("{:?}", d.person(engineer).map(|p| p.concerns))
}

#[test]
fn forks_with_different_bot_seeds_roll_chance_differently() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/minimal.ron"))
        .expect("fixture")
        .replace(
            "(id: \"benchmark\", name: \"Show a benchmark\", requires: \
             [Known(\"boss_likes_speed\")],",
            "(id: \"benchmark\", name: \"Show a benchmark\", odds: 0.5,",
        );
    let sc = scenario::load_str("coin.ron", &text)
        .scenario
        .expect("a valid scenario with a 50% tactic");
    let deal = Deal::new(&sc, 1);
    let tactic = Action::Tactic(0);
    let roll = |bot_seed: u64| {
        let mut fork = deal.fork(&mut ChaCha8Rng::seed_from_u64(bot_seed));
        fork.apply(tactic).expect("allowed");
        fork.log()[0].succeeded
    };
    let rolls: BTreeSet<bool> = (0..40).map(roll).collect();
    assert_eq!(rolls.len(), 2, "forks never rolled differently");
    // The same bot seed gives the same future: the fork is deterministic.
    for s in 0..10 {
        assert_eq!(roll(s), roll(s));
    }
    // The real deal's dice are its own: forking does not move them.
    let mut a = deal.clone();
    let _ = deal.fork(&mut ChaCha8Rng::seed_from_u64(3));
    let mut b = deal.clone();
    a.apply(tactic).expect("allowed");
    b.apply(tactic).expect("allowed");
    assert_eq!(a.log(), b.log());
}

#[test]
fn sampled_worlds_agree_with_what_the_trainee_saw() {
    let sc = load("tutorial.ron");
    for seed in 0..20 {
        let mut deal = Deal::new(&sc, seed);
        for c in [
            "needs xiao_ma",
            "ask xiao_ma who_decides",
            "meet engineer_fang",
        ] {
            let a = deal.scenario().parse_action(c).expect("command");
            deal.apply(a).expect("legal");
        }
        let view = deal.view();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        for _ in 0..5 {
            let world = view.sample_world(&mut rng);
            // Who signs was revealed: every imagined world agrees with it.
            assert_eq!(seen(&world.view()), seen(&view), "seed {seed}");
        }
    }
}

#[test]
fn skipping_step_4_asks_nothing_and_skipping_step_2_meets_one_department() {
    for sc in bundled() {
        let c = sc.compiled();
        for seed in 1..=10 {
            let d = bot::play(&sc, Policy::SkipStep(4), seed, &Constraints::default());
            assert!(
                !d.log()
                    .iter()
                    .any(|l| matches!(l.action, Action::Ask(..) | Action::AskConcerns(_))),
                "{}: skip 4 asked a question",
                sc.data().id
            );
            let d = bot::play(&sc, Policy::SkipStep(2), seed, &Constraints::default());
            let departments: BTreeSet<Option<usize>> = d
                .log()
                .iter()
                .filter_map(|l| match l.action {
                    Action::Meet(i) => Some(c.people[i].department),
                    _ => None,
                })
                .collect();
            assert!(
                departments.len() <= 1 && !departments.contains(&None),
                "{}: skip 2 met {departments:?}",
                sc.data().id
            );
        }
        // The student itself asks and meets more than one department.
        let d = bot::play(&sc, Policy::Student, 1, &Constraints::default());
        assert!(d.log().iter().any(|l| matches!(l.action, Action::Ask(..))));
    }
}

#[test]
fn student_never_takes_a_risky_or_rule_breaking_tactic() {
    let sc = load("key-player.ron");
    let c = sc.compiled();
    for seed in 1..=20 {
        let d = bot::play(&sc, Policy::Student, seed, &Constraints::default());
        for l in d.log() {
            if let Action::Tactic(t) = l.action {
                assert!(c.tactics[t].compliance_risk == 0.0 && !c.tactics[t].breaks_policy);
            }
        }
        // It marks the power map from what it found.
        assert!(
            d.log().iter().any(|l| l.action.is_power_map()),
            "seed {seed}"
        );
    }
}

#[test]
fn a_required_action_no_bot_could_take_fails_the_expectation() {
    // A student who asks nothing never learns of Wang's trip, so it can never take the luxury
    // trip: the expectation cannot be measured and must fail, not pass silently.
    let text = std::fs::read_to_string(root().join("scenarios/key-player.ron"))
        .expect("scenario")
        .replacen(
            "expectations: [",
            "expectations: [\n        (about: \"Forced trip\", policy: SkipStep(4), require: \
             [Tactic(\"luxury_trip\")], expect: WinRateAtMost(1.0)),",
            1,
        );
    let sc = scenario::load_str("forced.ron", &text)
        .scenario
        .expect("valid");
    let settings = balance::Settings {
        runs: 10,
        ..balance::Settings::default()
    };
    let r = balance::balance(&sc, &settings, &|| {});
    let forced = r
        .expectations
        .iter()
        .find(|e| e.about.starts_with("Forced trip"))
        .expect("the expectation ran");
    assert!(!forced.passed, "{}", forced.measured);
    assert!(
        forced.measured.to_string().contains("could not take")
            && forced.measured.to_string().contains("luxury_trip"),
        "{}",
        forced.measured
    );
    assert!(!r.passed());
}

#[test]
fn balance_json_has_the_lesson_table_for_every_scenario() {
    let dir = tempfile::tempdir().expect("tempdir");
    let scenarios = root().join("scenarios");
    let (code, out, err) = ka(
        dir.path(),
        &[
            "balance",
            "--format",
            "json",
            "--runs",
            "20",
            scenarios.to_str().expect("utf-8 path"),
        ],
    );
    assert!(code == 0 || code == 1, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    let list = doc["scenarios"].as_array().expect("scenarios");
    assert_eq!(list.len(), 4);
    for s in list {
        assert!(s["file"].as_str().is_some_and(|f| f.ends_with(".ron")));
        assert!(s["id"].is_string());
        assert!(s["teaches"].is_array());
        assert_eq!(s["runs"], 20);
        let lessons = s["lessons"].as_array().expect("lessons");
        assert_eq!(lessons[0]["policy"], "student");
        assert!(lessons[0]["step"].is_null());
        let steps: Vec<u64> = lessons
            .iter()
            .filter(|l| l["policy"] == "skip")
            .filter_map(|l| l["step"].as_u64())
            .collect();
        assert_eq!(steps, vec![1, 2, 3, 4, 5], "{}", s["id"]);
        for l in lessons {
            let rate = l["win_rate"].as_f64().expect("win rate");
            let ci = l["ci"].as_array().expect("interval");
            let (lo, hi) = (ci[0].as_f64().expect("lo"), ci[1].as_f64().expect("hi"));
            assert!(lo <= rate && rate <= hi, "{l}");
            assert!(l["margin"].is_number());
        }
        assert!(s["oracle"]["win_rate"].is_number());
        assert!(s["gate"] == "pass" || s["gate"] == "fail");
        for e in s["expectations"].as_array().expect("expectations") {
            assert!(e["about"].is_string() && e["pass"].is_boolean());
        }
    }
}

/// Every figure the bots measure on the bundled cases, pinned: a change meant only to make the
/// engine or the bots faster must leave each one as it was, down to the last digit of a float
/// (`cargo insta review` accepts a change that means to move them).
#[test]
fn the_bots_results_on_the_bundled_cases_are_pinned() {
    let dir = tempfile::tempdir().expect("tempdir");
    let scenarios = root().join("scenarios");
    let path = scenarios.to_str().expect("utf-8 path");
    let (code, out, err) = ka(
        dir.path(),
        &["balance", "--format", "json", "--runs", "8", path],
    );
    assert!(code == 0 || code == 1, "{err}");
    insta::assert_snapshot!("balance-bundled-8-runs", out.replace(path, "scenarios"));
}

#[test]
fn a_lesson_that_does_not_bite_fails_the_gate_with_an_example() {
    // In the minimal deal the calendar does not matter, so a claim that it teaches step 1 must
    // fail: the student who ignores the calendar still wins.
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(root().join("tests/fixtures/minimal.ron"))
        .expect("fixture")
        .replacen("minutes: 5,", "minutes: 5,\n    teaches: [1],", 1);
    std::fs::write(dir.path().join("claims.ron"), text).expect("write");
    let (code, out, err) = ka(dir.path(), &["balance", "claims.ron", "--runs", "20"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("FAIL lesson gate, step 1"), "{out}");
    assert!(out.contains("for example (seed"), "{out}");
    // The failing step says what would move it, in the format's own field names.
    assert!(
        out.contains("what to change: mark a stage `gate: true`"),
        "{out}"
    );
    assert!(out.contains("upper bound"), "the oracle is labelled: {out}");
}

#[test]
fn the_support_kept_at_the_decision_is_the_deal_s_support() {
    // Bots read the support from the outcome instead of working out every utility again; it must
    // be the same number `Deal::support` gives for the decided deal.
    for sc in bundled() {
        for seed in 0..6 {
            for policy in [Policy::Random, Policy::Student, Policy::SkipStep(3)] {
                let deal = bot::play(&sc, policy, seed, &Constraints::default());
                let kept = deal.outcome().map(|o| o.support);
                assert_eq!(
                    kept.map(f32::to_bits),
                    Some(deal.support().to_bits()),
                    "{} seed {seed} {policy}",
                    sc.data().id
                );
            }
        }
    }
}

#[test]
fn a_search_weighs_a_shortlist_of_at_most_shortlist_moves_in_their_order() {
    let many: Vec<Action> = (0..500).map(Action::Meet).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let picked = bot::shortlist(&many, &mut rng);
    assert_eq!(picked.len(), bot::SHORTLIST);
    let index = |a: &Action| match *a {
        Action::Meet(i) => i,
        _ => usize::MAX,
    };
    assert!(
        picked.windows(2).all(|w| index(&w[0]) < index(&w[1])),
        "in order, no repeats"
    );
    let spread = picked
        .iter()
        .filter(|a| matches!(a, Action::Meet(i) if *i >= 250));
    assert!(spread.count() > 5, "drawn from the whole list: {picked:?}");
    let again = bot::shortlist(&many, &mut ChaCha8Rng::seed_from_u64(7));
    assert_eq!(picked, again, "the same seed, the same shortlist");
    // The bundled cases never allow more at once: there all moves are weighed, untouched.
    let few: Vec<Action> = (0..bot::SHORTLIST).map(Action::Meet).collect();
    assert_eq!(bot::shortlist(&few, &mut rng), few);
}

#[test]
fn every_policy_plays_a_large_generated_deal_to_a_decision() {
    // 150 people allow hundreds of moves at once: the searches weigh shortlists, and each bot
    // still plays the deal through to the buyer's decision.
    let text = scenario::generate::large(150, 750, 75);
    let sc = scenario::load_str("large.ron", &text)
        .scenario
        .expect("the generated scenario loads");
    let mut options = Vec::new();
    Deal::new(&sc, 1).legal_actions_into(&mut options);
    assert!(options.len() > bot::SHORTLIST, "{} moves", options.len());
    for policy in [Policy::Greedy, Policy::Student, Policy::Oracle] {
        let deal = bot::play(&sc, policy, 1, &Constraints::default());
        assert!(deal.outcome().is_some(), "{policy} reached no decision");
        let met = deal
            .log()
            .iter()
            .filter(|l| matches!(l.action, Action::Meet(_)))
            .count();
        assert!(met > 0, "{policy} met nobody");
    }
}

/// The oracle is an upper bound on the student: on every bundled case and seed it scores at
/// least what the five-step student scores on the same deal (issue 24: on a long case its beam
/// alone lost to the student).
#[test]
fn the_oracle_never_scores_below_the_student() {
    let long = scenario::load_str("large.ron", &scenario::generate::large(30, 60, 12))
        .scenario
        .expect("the generated case loads");
    for sc in bundled().into_iter().chain([long]) {
        for seed in 0..3 {
            let none = Constraints::default();
            let score = |p: Policy| {
                bot::play_sampling(&sc, p, seed, &none, bot::SAMPLES)
                    .outcome()
                    .map_or(0.0, |o| o.score.total)
            };
            let (oracle, student) = (score(Policy::Oracle), score(Policy::Student));
            assert!(
                oracle >= student,
                "{} seed {seed}: oracle {oracle} below the student's {student}",
                sc.data().id
            );
        }
    }
}
