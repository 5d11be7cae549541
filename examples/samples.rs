//! How many sampled worlds does the student's look-ahead need for a stable choice? For the
//! decisions the student meets on the bundled cases, compares the move picked with K worlds (five
//! different bot seeds each) against the move picked with 64, and prints the agreement and the
//! time per decision. `cargo run --release --no-default-features --example samples`

use std::time::Instant;

use key_account::bot::{Student, Turn};
use key_account::scenario;
use key_account::sim::{Action, Deal};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

fn main() {
    let mut states: Vec<Deal> = Vec::new();
    for path in scenario::scenario_files("scenarios".as_ref()).unwrap_or_default() {
        let Some(sc) = scenario::load_path(&path).scenario else {
            continue;
        };
        for seed in 1..=12 {
            let played =
                key_account::bot::play(&sc, scenario::Policy::Student, seed, &Default::default());
            let mut deal = Deal::new(&sc, seed);
            for l in played.log() {
                if !l.action.is_power_map() && !deal.is_finished() {
                    states.push(deal.clone());
                }
                if deal.apply(l.action).is_err() {
                    break;
                }
            }
        }
    }
    let pick = |deal: &Deal, k: usize, bot_seed: u64| {
        let mut options = Vec::new();
        deal.legal_actions_into(&mut options);
        options.retain(|a| *a != Action::AwaitDecision);
        let turn = Turn {
            view: deal.view(),
            options: &options,
        };
        let mut rng = ChaCha8Rng::seed_from_u64(bot_seed);
        Student::new()
            .with_samples(k)
            .lookahead_move(&turn, &mut rng)
    };
    let reference: Vec<Option<Action>> = states.iter().map(|d| pick(d, 64, 999)).collect();
    let decided = reference.iter().filter(|r| r.is_some()).count();
    println!(
        "{} decision states from the student's games on the bundled cases ({} where the look-ahead \
         moves)",
        states.len(),
        decided
    );
    println!("K    agreement with K=64   time per decision");
    for k in [1, 2, 4, 6, 8, 12, 16, 32] {
        let start = Instant::now();
        let mut same = 0;
        let mut total = 0;
        for (d, r) in states.iter().zip(&reference) {
            for bot_seed in 0..5 {
                same += usize::from(pick(d, k, bot_seed) == *r);
                total += 1;
            }
        }
        let per = start.elapsed().as_secs_f64() / total as f64;
        println!(
            "{k:<4} {:>6.1}%               {:>7.1} µs",
            same as f64 * 100.0 / total as f64,
            per * 1e6
        );
    }
}
