//! Plays many random deals of one scenario, for profiling the bots' hot path:
//!
//! ```text
//! cargo run --release --no-default-features --example bot_profile -- \
//!     scenarios/key-player.ron 20000
//! ```
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "scenarios/key-player.ron".into());
    let n: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let report = key_account::scenario::load_path(path.as_ref());
    let Some(sc) = report.scenario else {
        eprint!("{}", report.render(false));
        std::process::exit(1);
    };
    let none = key_account::bot::Constraints::default();
    let start = std::time::Instant::now();
    let mut actions = 0usize;
    for seed in 0..n {
        let d = key_account::bot::play(&sc, key_account::scenario::Policy::Random, seed, &none);
        actions += d.log().len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{n} deals, {:.1} actions each, {:.0} deals/s",
        actions as f64 / n as f64,
        n as f64 / secs
    );
}
