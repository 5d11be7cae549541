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
