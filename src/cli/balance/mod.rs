//! `balance`: play-tests scenarios with bots and prints win rates, scores, the best line, the
//! lesson gate and the expectations (or JSON for tools). Exit 1 when a lesson or an
//! expectation fails.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context as _;

use key_account::bot::LessonRow;
use key_account::bot::balance::{self, BalanceReport, RunSummary, Settings};
use key_account::scenario::{self, Policy, Scenario};

use key_account::i18n::Lang;
use key_account::tr;

use super::{Exit, Format, OrExit, Outcome, Output, Seed};

mod why;

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
    /// Also show why: each policy's typical win and loss, and every vote at the end of the
    /// student's and each skipper's typical deal taken apart (the truth a trainee does not see).
    #[arg(long)]
    explain: bool,
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
                "{}",
                tr!(
                    super::lang(),
                    "balance-has-errors",
                    file = f.display().to_string()
                )
            );
        };
        scenarios.push((f, sc));
    }
    let jobs = args.jobs.unwrap_or(0) as usize;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .with_context(|| tr!(super::lang(), "balance-threads", jobs = jobs))
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
        let explained = args
            .explain
            .then(|| balance::why::explain(sc, &report.policies));
        match format {
            Format::Human => bar.suspend(|| {
                let lang = super::lang();
                let shown = sc.in_language(lang);
                print_report(lang, &shown, &report);
                if let Some(e) = &explained {
                    why::print_explained(lang, &shown, &report, e);
                }
            }),
            Format::Json => json.push(balance::json(
                file,
                settings.runs,
                &report,
                sc,
                explained.as_deref(),
            )),
        }
        failed |= !report.passed();
    }
    bar.finish_and_clear();
    if format == Format::Json {
        let doc = serde_json::json!({ "scenarios": json });
        let text = serde_json::to_string_pretty(&doc)
            .context(tr!(super::lang(), "balance-json-failed"))
            .or_exit(Exit::Usage)?;
        say!("{text}");
    } else if failed {
        say!("{}", tr!(super::lang(), "balance-failed"));
    }
    Ok(if failed { Exit::Problems } else { Exit::Ok })
}

/// The progress of `total` deals on standard error, when it is a terminal.
fn progress_bar(total: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{bar:40}} {{pos}}/{{len}} {} {{elapsed}} {{msg}}",
            tr!(super::lang(), "balance-deals")
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if !std::io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar
}

/// A bot's line of play, as the commands a trainee would type.
pub(super) fn line_of(sc: &Scenario, run: &RunSummary) -> String {
    run.actions
        .iter()
        .map(|a| sc.command(a))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prints `run` as an example line of play, under a PASS/FAIL line.
fn print_example(lang: Lang, sc: &Scenario, run: &RunSummary) {
    say!(
        "       {}",
        tr!(
            lang,
            "balance-example",
            seed = run.seed.to_string(),
            score = format!("{:.1}", run.total),
            line = line_of(sc, run)
        )
    );
}

fn pass_fail(lang: Lang, passed: bool) -> String {
    if passed {
        tr!(lang, "balance-pass")
    } else {
        tr!(lang, "balance-fail")
    }
}

fn print_report(lang: Lang, sc: &Scenario, r: &BalanceReport) {
    say!("== {} ({})", sc.in_language(lang).data().title, r.scenario);
    print_policies(lang, r);
    print_lessons(lang, sc, r);
    for w in &r.warnings {
        say!("  {}", tr!(lang, "balance-warning", what = w.render(lang)));
    }
    for e in &r.expectations {
        say!(
            "  {}",
            tr!(
                lang,
                "balance-expectation-line",
                status = pass_fail(lang, e.passed),
                expectation = e.label(lang),
                measured = e.measured.render(lang)
            )
        );
        if let Some(run) = &e.example {
            print_example(lang, sc, run);
        }
    }
}

/// One row per policy: runs, wins, the score's quartiles and the average of each part.
fn print_policies(lang: Lang, r: &BalanceReport) {
    say!("  {}", tr!(lang, "balance-policies-header"));
    for p in &r.policies {
        let q = p.quartiles();
        let parts: Vec<String> = p
            .average_parts()
            .iter()
            .map(|x| format!("{x:.1}"))
            .collect();
        say!(
            "  {} {:>5} {:>5.0}%  {:>5.1} / {:>5.1} / {:>5.1} / {:>5.1} / {:>5.1}  {}",
            super::play::pad(&policy_name(lang, p.policy), 13),
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

/// A bot's name in the trainer's language.
pub(super) fn policy_name(lang: Lang, p: Policy) -> String {
    match p {
        Policy::Random => tr!(lang, "balance-policy-random"),
        Policy::Greedy => tr!(lang, "balance-policy-greedy"),
        Policy::Student => tr!(lang, "balance-policy-student"),
        Policy::SkipStep(n) => tr!(lang, "balance-policy-skip", step = n),
        Policy::Partial(v) => tr!(lang, "balance-policy-partial", variant = v.id()),
        Policy::Oracle => tr!(lang, "balance-policy-oracle"),
    }
}

/// The name of a step, for the lesson table's rows.
fn step_name(lang: Lang, step: u8) -> String {
    match step {
        1 => tr!(lang, "balance-step-1"),
        2 => tr!(lang, "balance-step-2"),
        3 => tr!(lang, "balance-step-3"),
        4 => tr!(lang, "balance-step-4"),
        _ => tr!(lang, "balance-step-5"),
    }
}

fn print_lesson_row(lang: Lang, name: String, x: &LessonRow, note: &str) {
    say!(
        "    {} {}{note}",
        super::play::pad(&name, 28),
        tr!(
            lang,
            "balance-lesson-row",
            runs = format!("{:>5}", x.runs),
            wins = format!("{:>4.0}", x.win_rate * 100.0),
            low = format!("{:>3.0}", x.ci[0] * 100.0),
            high = format!("{:>3.0}", x.ci[1] * 100.0),
            margin = format!("{:>3.0}", x.margin * 100.0)
        )
    )
}

/// The lesson table (what the trainee bots win with and without each step), the student's best
/// line and the lesson gate.
fn print_lessons(lang: Lang, sc: &Scenario, r: &BalanceReport) {
    let l = &r.lessons;
    let taught: Vec<String> = l.teaches.iter().map(u8::to_string).collect();
    say!(
        "  {}",
        tr!(
            lang,
            "balance-lessons",
            steps = if taught.is_empty() {
                tr!(lang, "balance-none-declared")
            } else {
                taught.join(", ")
            }
        )
    );
    let taught_note = format!("  {}", tr!(lang, "balance-taught"));
    for x in &l.rows {
        match x.policy {
            Policy::SkipStep(n) => {
                let taught = l.teaches.contains(&n);
                print_lesson_row(
                    lang,
                    tr!(
                        lang,
                        "balance-skip-step",
                        step = n,
                        name = step_name(lang, n.clamp(1, 5))
                    ),
                    x,
                    if taught { &taught_note } else { "" },
                )
            }
            Policy::Partial(v) => {
                let taught = v.steps().iter().any(|s| l.teaches.contains(s));
                let steps: Vec<String> = v.steps().iter().map(u8::to_string).collect();
                print_lesson_row(
                    lang,
                    tr!(
                        lang,
                        "balance-partial-row",
                        variant = v.id(),
                        steps = steps.join(", ")
                    ),
                    x,
                    if taught { &taught_note } else { "" },
                )
            }
            _ => print_lesson_row(lang, tr!(lang, "balance-student"), x, ""),
        }
    }
    print_lesson_row(
        lang,
        tr!(lang, "balance-oracle"),
        &l.oracle,
        &format!("  {}", tr!(lang, "balance-oracle-note")),
    );
    if let Some(best) = r.stats(Policy::Student).and_then(|p| p.best()) {
        say!(
            "  {}",
            tr!(
                lang,
                "balance-best-line",
                score = format!("{:.1}", best.total),
                seed = best.seed.to_string(),
                line = line_of(sc, best)
            )
        );
    }
    // A partial skip's typical deal (the median score), so a trainer sees what that trainee did.
    for stats in r
        .policies
        .iter()
        .filter(|p| matches!(p.policy, Policy::Partial(_)))
    {
        let mut runs: Vec<&RunSummary> = stats.runs.iter().collect();
        runs.sort_by(|a, b| a.total.total_cmp(&b.total));
        if let Some(run) = runs.get(runs.len() / 2) {
            say!(
                "  {}",
                tr!(
                    lang,
                    "balance-typical-line",
                    who = policy_name(lang, stats.policy),
                    won = if run.won { "yes" } else { "no" },
                    seed = run.seed.to_string(),
                    score = format!("{:.1}", run.total),
                    line = line_of(sc, run)
                )
            );
        }
    }
    why::print_lost_through(lang, sc, &r.lost_through);
    if l.gate.pass {
        if !l.teaches.is_empty() {
            say!("  {}", tr!(lang, "balance-gate-pass"));
        }
        return;
    }
    for g in &l.gate.failures {
        match g.step {
            Some(step) => say!(
                "  {}",
                tr!(
                    lang,
                    "balance-gate-fail-step",
                    step = step,
                    what = g.what.render(lang)
                )
            ),
            None => say!(
                "  {}",
                tr!(lang, "balance-gate-fail", what = g.what.render(lang))
            ),
        }
        if let Some(run) = &g.example {
            print_example(lang, sc, run);
        }
        say!("       {}", why::hint(lang, g.step));
    }
}
