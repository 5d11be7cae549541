//! Soak: random bots play N deals (default 1,000,000) across the bundled scenarios, in parallel,
//! with no panic; prints the peak resident memory after 10,000 deals and at the end, to show it
//! stays flat. `cargo run --release --no-default-features --example soak -- [N]`
use rayon::prelude::*;

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_string)
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let scenarios: Vec<_> = key_account::scenario::scenario_files(&dir)
        .expect("scenarios/")
        .iter()
        .filter_map(|p| key_account::scenario::load_path(p).scenario)
        .collect();
    let none = key_account::bot::Constraints::default();
    let play = |range: std::ops::Range<u64>| -> (u64, u64) {
        range
            .into_par_iter()
            .map(|i| {
                let sc = &scenarios[(i % scenarios.len() as u64) as usize];
                let d = key_account::bot::play(sc, key_account::scenario::Policy::Random, i, &none);
                (
                    1,
                    u64::from(
                        d.outcome()
                            .is_some_and(|o| o.verdict == key_account::sim::Verdict::Won),
                    ),
                )
            })
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    };
    let start = std::time::Instant::now();
    let first = play(0..n.min(10_000));
    let rss_10k = peak_rss_kib();
    let rest = play(n.min(10_000)..n);
    let secs = start.elapsed().as_secs_f64();
    let (deals, wins) = (first.0 + rest.0, first.1 + rest.1);
    println!(
        "{deals} deals in {secs:.1} s ({:.0}/s), {wins} won; peak RSS after 10k deals {} KiB, \
         after {deals} {} KiB",
        deals as f64 / secs,
        rss_10k,
        peak_rss_kib()
    );
}
