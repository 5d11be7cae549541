//! Engine benchmarks. Goals (see docs/performance.md): `apply` at least 5 million actions per
//! second per core; `check` (parse + validate) at most 2x the plain RON parse of the same file.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use key_account::scenario::{self, ScenarioFile};
use key_account::sim::{Action, Deal};

fn bundled() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    scenario::scenario_files(&dir)
        .expect("scenarios/")
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read");
            (
                p.file_stem().expect("name").to_string_lossy().into_owned(),
                text,
            )
        })
        .collect()
}

/// A deterministic line of play that stops before the decision: the actions `apply` handles in
/// the middle of a deal (meetings, questions, tactics, power-map edits, waiting).
fn line(sc: &scenario::Scenario) -> Vec<Action> {
    let mut deal = Deal::new(sc, 7);
    let mut actions = Vec::new();
    let mut k = 0usize;
    loop {
        let legal: Vec<Action> = deal
            .legal_actions()
            .into_iter()
            .filter(|a| !matches!(a, Action::AwaitDecision))
            .filter(|a| match a {
                Action::Wait(_) | Action::Meet(_) | Action::Tactic(_) => deal.days_left() > 1,
                _ => true,
            })
            .collect();
        if legal.is_empty() || actions.len() >= 60 {
            break;
        }
        k = k.wrapping_mul(31).wrapping_add(17);
        let a = legal[k % legal.len()];
        deal.apply(a).expect("legal");
        actions.push(a);
        if deal.is_finished() {
            actions.pop();
            break;
        }
    }
    actions
}

fn apply(c: &mut Criterion) {
    let mut g = c.benchmark_group("apply");
    for (name, text) in bundled() {
        let sc = scenario::load_str(&name, &text).scenario.expect("valid");
        let actions = line(&sc);
        g.throughput(Throughput::Elements(actions.len() as u64));
        let fresh = Deal::new(&sc, 7);
        g.bench_function(&name, |b| {
            let mut events = Vec::with_capacity(64);
            b.iter_batched(
                || fresh.clone(),
                |mut deal| {
                    for a in &actions {
                        events.clear();
                        let _ = deal.apply_into(*a, &mut events);
                    }
                    black_box(deal)
                },
                BatchSize::SmallInput,
            )
        });
    }
    g.finish();
}

fn decide(c: &mut Criterion) {
    let mut g = c.benchmark_group("decide_and_debrief");
    for (name, text) in bundled() {
        let sc = scenario::load_str(&name, &text).scenario.expect("valid");
        let fresh = Deal::new(&sc, 7);
        g.bench_function(&name, |b| {
            b.iter_batched(
                || fresh.clone(),
                |mut deal| black_box(deal.apply(Action::AwaitDecision)),
                BatchSize::SmallInput,
            )
        });
    }
    g.finish();
}

fn check(c: &mut Criterion) {
    let mut g = c.benchmark_group("check");
    for (name, text) in bundled() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{name}/ron_parse"), |b| {
            b.iter(|| black_box(scenario::ron_options().from_str::<ScenarioFile>(black_box(&text))))
        });
        g.bench_function(format!("{name}/check"), |b| {
            b.iter(|| black_box(scenario::load_str(&name, black_box(&text))))
        });
    }
    g.finish();
}

/// Random bot play-throughs per second (goal: at least 100,000 per core), quiet as in `balance`.
fn bots(c: &mut Criterion) {
    let mut g = c.benchmark_group("random_playthrough");
    g.throughput(Throughput::Elements(1));
    for (name, text) in bundled() {
        let sc = scenario::load_str(&name, &text).scenario.expect("valid");
        let none = key_account::bot::Constraints::default();
        let mut seed = 0u64;
        g.bench_function(&name, |b| {
            b.iter(|| {
                seed += 1;
                black_box(key_account::bot::play(
                    &sc,
                    key_account::scenario::Policy::Random,
                    seed,
                    &none,
                ))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, apply, decide, check, bots);
criterion_main!(benches);
