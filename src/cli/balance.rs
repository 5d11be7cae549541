//! `balance`: play-tests scenarios with bots and prints win rates, scores, the best line, the
//! lesson gate and the expectations (or JSON for tools). Exit 1 when a lesson or an
//! expectation fails.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context as _;

use key_account::bot::LessonRow;
use key_account::bot::balance::{self, BalanceReport, RunSummary, Settings};
use key_account::scenario::{self, Policy, Scenario};

use super::{Exit, Format, OrExit, Outcome, Output, Seed};

/// `balance --jobs` at most: more threads than this only cost memory and start-up (the
/// machine's cores are far fewer).
const MAX_JOBS: u64 = 256;

/// `balance --runs` at most: every run is kept for the statistics, so memory grows with it.
const MAX_RUNS: u64 = 100_000;

#[derive(clap::Args)]
#[command(mut_arg("format", |a| a.help(
    "`json`: the lesson table and expectations for tools (schema: docs/balance-json.md)"
)))]
pub struct Args {
    #[arg(required = true)]
    scenarios: Vec<PathBuf>,
    /// Deals per policy (the expert plays one in ten), 1 to 100000.
    #[arg(
        long,
        default_value_t = 200,
        value_parser = clap::value_parser!(u64).range(1..=MAX_RUNS)
    )]
    runs: u64,
    #[command(flatten)]
    seed: Seed,
    /// Threads, 1 to 256 (default: one per core). The report is the same for any number.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=MAX_JOBS))]
    jobs: Option<u64>,
    /// Worlds the trainee bots sample per look-ahead (more: steadier and slower).
    #[arg(
        long,
        default_value_t = key_account::bot::SAMPLES as u64,
        value_parser = clap::value_parser!(u64).range(1..=1000)
    )]
    samples: u64,
    #[command(flatten)]
    output: Output,
}

pub fn run(args: Args) -> Outcome {
    let settings = Settings {
        runs: args.runs as usize,
        seed: args.seed.seed,
        samples: args.samples as usize,
    };
    let format = args.output.format;
    let mut scenarios = Vec::new();
    for f in super::scenario_files(&args.scenarios)? {
        let r = scenario::load_path_in(&f, super::lang());
        super::out::err_raw(&r.render(std::io::stderr().is_terminal()));
        let Some(sc) = r.scenario else {
            fail!(
                Exit::Problems,
                "{} has errors; fix them first (key-account check)",
                f.display()
            );
        };
        scenarios.push((f, sc));
    }
    let jobs = args.jobs.unwrap_or(0) as usize;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .with_context(|| format!("cannot start {jobs} threads"))
        .or_exit(Exit::Usage)?;
    let total: usize = scenarios
        .iter()
        .map(|(_, s)| balance::total_runs(s, settings.runs))
        .sum();
    let bar = progress_bar(total);
    let mut failed = false;
    let mut json = Vec::new();
    for (file, sc) in &scenarios {
        bar.set_message(sc.data().id.clone());
        let report = pool.install(|| balance::balance(sc, &settings, &|| bar.inc(1)));
        match format {
            Format::Human => bar.suspend(|| print_report(sc, &report)),
            Format::Json => json.push(balance::json(file, settings.runs, &report)),
        }
        failed |= !report.passed();
    }
    bar.finish_and_clear();
    if format == Format::Json {
        let doc = serde_json::json!({ "scenarios": json });
        let text = serde_json::to_string_pretty(&doc)
            .context("cannot write the JSON report")
            .or_exit(Exit::Usage)?;
        say!("{text}");
    } else if failed {
        say!("Some lessons or expectations failed.");
    }
    Ok(if failed { Exit::Problems } else { Exit::Ok })
}

/// The progress of `total` deals on standard error, when it is a terminal.
fn progress_bar(total: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} deals {elapsed} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if !std::io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar
}

/// A bot's line of play, as the commands a trainee would type.
fn line_of(sc: &Scenario, run: &RunSummary) -> String {
    run.actions
        .iter()
        .map(|a| sc.command(a))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prints `run` as an example line of play, under a PASS/FAIL line.
fn print_example(sc: &Scenario, run: &RunSummary) {
    say!(
        "       for example (seed {}, score {:.1}): {}",
        run.seed,
        run.total,
        line_of(sc, run)
    );
}

fn print_report(sc: &Scenario, r: &BalanceReport) {
    say!("== {} ({})", r.title, r.scenario);
    print_policies(r);
    print_lessons(sc, r);
    for w in &r.warnings {
        say!("  warning: {w}");
    }
    for e in &r.expectations {
        say!(
            "  {} {}: {}",
            if e.passed { "PASS" } else { "FAIL" },
            e.about,
            e.measured
        );
        if let Some(run) = &e.example {
            print_example(sc, run);
        }
    }
}

/// One row per policy: runs, wins, the score's quartiles and the average of each part.
fn print_policies(r: &BalanceReport) {
    say!(
        "  policy         runs   wins  score min / q1 / median / q3 / max  average per part \
         (outcome, steps 1-5, ethics)"
    );
    for p in &r.policies {
        let q = p.quartiles();
        let parts: Vec<String> = p
            .average_parts()
            .iter()
            .map(|x| format!("{x:.1}"))
            .collect();
        say!(
            "  {:13} {:>5} {:>5.0}%  {:>5.1} / {:>5.1} / {:>5.1} / {:>5.1} / {:>5.1}  {}",
            p.policy.to_string(),
            p.runs.len(),
            p.win_rate() * 100.0,
            q[0],
            q[1],
            q[2],
            q[3],
            q[4],
            parts.join(" ")
        );
    }
}

/// The five steps' names, for the lesson table's rows.
const STEPS: [&str; 5] = [
    "purchasing process",
    "organization",
    "functions and stances",
    "active information",
    "key players",
];

fn print_lesson_row(name: String, x: &LessonRow, note: &str) {
    say!(
        "    {name:28} {:>5} runs  wins {:>4.0}%  (95% interval {:>3.0}-{:>3.0}%)  margin kept \
         {:>3.0}%{note}",
        x.runs,
        x.win_rate * 100.0,
        x.ci[0] * 100.0,
        x.ci[1] * 100.0,
        x.margin * 100.0
    )
}

/// The lesson table (what the trainee bots win with and without each step), the student's best
/// line and the lesson gate.
fn print_lessons(sc: &Scenario, r: &BalanceReport) {
    let l = &r.lessons;
    let taught: Vec<String> = l.teaches.iter().map(u8::to_string).collect();
    say!(
        "  lessons (the trainee bots see only what a trainee sees; teaches step {}):",
        if taught.is_empty() {
            "none declared".to_string()
        } else {
            taught.join(", ")
        }
    );
    for x in &l.rows {
        match x.policy {
            Policy::SkipStep(n) => {
                let taught = l.teaches.contains(&n);
                print_lesson_row(
                    format!("skip step {n} ({})", STEPS[usize::from(n.clamp(1, 5)) - 1]),
                    x,
                    if taught { "  <- taught" } else { "" },
                )
            }
            _ => print_lesson_row("student (all five steps)".into(), x, ""),
        }
    }
    print_lesson_row(
        "oracle".into(),
        &l.oracle,
        "  (upper bound: perfect knowledge and luck, not a trainee)",
    );
    if let Some(best) = r.stats(Policy::Student).and_then(|p| p.best()) {
        say!(
            "  the student's best line (score {:.1}, seed {}): {}",
            best.total,
            best.seed,
            line_of(sc, best)
        );
    }
    if l.gate.pass {
        if !l.teaches.is_empty() {
            say!("  PASS lesson gate: every taught step bites");
        }
        return;
    }
    for g in &l.gate.failures {
        match g.step {
            Some(step) => say!("  FAIL lesson gate, step {step}: {}", g.what),
            None => say!("  FAIL lesson gate: {}", g.what),
        }
        if let Some(run) = &g.example {
            print_example(sc, run);
        }
    }
}
