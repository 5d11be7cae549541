//! Scale: `check` time on a generated scenario of 2,000 stakeholders, 10,000 facts and 1,000
//! tactics, and the engine's cost per action as the number of people grows (10 to 2,000).
//! `cargo run --release --no-default-features --example scale`
use std::time::Instant;

use key_account::scenario::{self, generate};
use key_account::sim::{Action, Deal};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    // `scale write PEOPLE FILE`: write the generated scenario of PEOPLE people (5 facts and half
    // a tactic each, as below) for `key-account balance FILE`.
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("write") {
        let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1000);
        let path = args.get(3).map_or("large.ron", String::as_str);
        if let Err(e) = std::fs::write(path, generate::large(n, n * 5, n / 2)) {
            eprintln!("error: cannot write {path}: {e}");
            std::process::exit(1);
        }
        return;
    }
    // `scale bots`: time per deal of each bot policy as the deal grows, to see which part of
    // `balance` is superlinear in the number of people.
    if args.get(1).map(String::as_str) == Some("bots") {
        bots(&args[2..]);
        return;
    }
    // `scale outlook`: what a bot pays to weigh one move (a copy of the deal, the wait for the
    // decision, the score), as the deal grows.
    if args.get(1).map(String::as_str) == Some("outlook") {
        outlook();
        return;
    }
    check_and_actions();
}

/// `scale bots [PEOPLE ...] [POLICY ...]`.
fn bots(args: &[String]) {
    use key_account::bot::{self, Constraints};
    use key_account::scenario::Policy;
    // `scale bots [PEOPLE ...] [POLICY ...]`: the sizes to time (25, 50, 100 and 200 by
    // default) and the policies (random, greedy, student, skip4 and oracle by default).
    let named: Vec<Policy> = args
        .iter()
        .filter_map(|a| match a.as_str() {
            "random" => Some(Policy::Random),
            "greedy" => Some(Policy::Greedy),
            "student" => Some(Policy::Student),
            "oracle" => Some(Policy::Oracle),
            s => Some(Policy::SkipStep(s.strip_prefix("skip")?.parse().ok()?)),
        })
        .collect();
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![25, 50, 100, 200]
    } else {
        sizes
    };
    println!("people  policy   ms per deal  actions  µs per deal and person");
    for n in sizes {
        let sc = scenario::load_str("s.ron", &generate::large(n, n * 5, n / 2))
            .scenario
            .expect("valid");
        let policies = if named.is_empty() {
            vec![
                Policy::Random,
                Policy::Greedy,
                Policy::Student,
                Policy::SkipStep(4),
                Policy::Oracle,
            ]
        } else {
            named.clone()
        };
        for policy in policies {
            let deals = if policy == Policy::Random { 5 } else { 1 };
            let t = Instant::now();
            let mut actions = 0;
            for seed in 0..deals {
                actions += bot::play(&sc, policy, seed, &Constraints::default())
                    .log()
                    .len();
            }
            let per = t.elapsed().as_secs_f64() / deals as f64;
            println!(
                "{n:>6}  {:8} {:>11.1}  {:>7}  {:>10.1}",
                policy.to_string(),
                per * 1e3,
                actions / deals as usize,
                per * 1e6 / n as f64
            );
        }
    }
}

/// `scale outlook`.
fn outlook() {
    println!("people  per outlook (median of 7 × 200)  per person");
    for n in [100, 1000, 2000] {
        let sc = scenario::load_str("s.ron", &generate::large(n, n * 5, n / 2))
            .scenario
            .expect("valid");
        let mut d = Deal::new(&sc, 1);
        for p in 0..10 {
            let _ = d.apply(Action::Meet(p));
        }
        let runs: Vec<f64> = (0..7)
            .map(|_| {
                let t = Instant::now();
                let mut sum = 0.0;
                for _ in 0..200 {
                    sum += key_account::bot::outlook(&d);
                }
                assert!(sum.is_finite());
                t.elapsed().as_secs_f64() / 200.0
            })
            .collect();
        let per = median(runs);
        println!(
            "{n:>6}  {:>10.1} µs  {:>10.3} µs",
            per * 1e6,
            per * 1e6 / n as f64
        );
    }
}

/// `scale`: `check` on the largest deal, and the engine's cost per action as deals grow.
fn check_and_actions() {
    let text = generate::large(2000, 10_000, 1000);
    let times: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            let r = scenario::load_str("large.ron", &text);
            assert_eq!(r.errors(), 0, "{}", r.render(false));
            t.elapsed().as_secs_f64()
        })
        .collect();
    println!(
        "check, 2000 people / 10000 facts / 1000 tactics ({} KiB): median {:.3} s",
        text.len() / 1024,
        median(times)
    );
    println!("people  per action (median of 7)  per person");
    for n in [10, 100, 1000, 2000] {
        let sc = scenario::load_str("s.ron", &generate::large(n, n * 5, n / 2))
            .scenario
            .expect("valid");
        // A fixed mix of the mid-deal actions: meetings, questions, tactics, and one decision.
        let runs: Vec<f64> = (0..7)
            .map(|_| {
                let mut actions = 0usize;
                let t = Instant::now();
                for seed in 0..20 {
                    let mut d = Deal::new(&sc, seed);
                    let mut buf = Vec::new();
                    while !d.is_finished() {
                        d.legal_actions_into(&mut buf);
                        let a = buf[(actions * 7919) % buf.len()];
                        let a = if matches!(a, Action::AwaitDecision) && d.days_left() > 1 {
                            Action::Wait(1)
                        } else {
                            a
                        };
                        let _ = d.apply(a);
                        actions += 1;
                    }
                }
                t.elapsed().as_secs_f64() / actions as f64
            })
            .collect();
        let per = median(runs);
        println!(
            "{n:>6}  {:>10.2} µs  {:>10.4} µs",
            per * 1e6,
            per * 1e6 / n as f64
        );
    }
}
