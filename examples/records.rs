//! Writes generated run records into a folder, for the export and LRS measurements
//! (`scripts/bench_xapi.py`, `examples/lrs_throughput.rs`).
//!
//! `cargo run --no-default-features --example records -- DIR N [--huge EDITS]`
//!
//! N records of random-bot deals over the bundled scenarios, written as `record::write` writes
//! them (pretty JSON) but without a sync per file. `--huge EDITS` writes one more record holding
//! EDITS power-map edits (the 43 MB record has 400,000).
use std::path::PathBuf;

use key_account::bot::{self, Constraints};
use key_account::record::{RecordedAction, RunRecord};
use key_account::scenario::{self, Policy};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: records DIR N [--huge EDITS]";
    let dir = PathBuf::from(args.first().expect(usage));
    let n: u64 = args.get(1).and_then(|s| s.parse().ok()).expect(usage);
    let huge: Option<usize> = match args.get(2).map(String::as_str) {
        Some("--huge") => Some(args.get(3).and_then(|s| s.parse().ok()).expect(usage)),
        _ => None,
    };
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let scenarios: Vec<_> = scenario::scenario_files(&root)
        .expect("scenarios/")
        .iter()
        .filter_map(|p| scenario::load_path(p).scenario)
        .collect();
    let now = std::time::SystemTime::now();
    let record = |i: u64| {
        let sc = &scenarios[(i % scenarios.len() as u64) as usize];
        let deal = bot::play(sc, Policy::Random, i, &Constraints::default());
        let player = format!("trainee {}", i % 200);
        RunRecord::of(&deal, "scenarios/x.ron", &player, now, now, &[]).expect("finished")
    };
    let write = |i: u64, r: &RunRecord| {
        let name = format!("{:06}-{}", i, r.file_name());
        let json = serde_json::to_vec_pretty(r).expect("encodes");
        std::fs::write(dir.join(name), json).expect("written");
    };
    for i in 0..n {
        write(i, &record(i));
    }
    if let Some(edits) = huge {
        let mut r = record(n);
        let command = r
            .actions
            .iter()
            .find(|a| a.command.starts_with("meet "))
            .map(|a| a.command.replacen("meet ", "stance ", 1) + " supporter")
            .unwrap_or_else(|| "wait".into());
        r.actions = vec![
            RecordedAction {
                day: 1,
                command,
                at: None,
            };
            edits
        ];
        write(n, &r);
    }
    let bytes: u64 = std::fs::read_dir(&dir)
        .expect("ls")
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "{} record(s) in {} ({:.1} MB)",
        n + u64::from(huge.is_some()),
        dir.display(),
        bytes as f64 / 1e6
    );
}
