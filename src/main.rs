//! The `key-account` command line: check scenarios, play a deal in the terminal.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use key_account::escape;
use key_account::files::Lines;
use key_account::record;
use key_account::scenario::{self, LoadReport};
use key_account::sim::{Deal, Part, Verdict};

/// Writes text to standard output. A closed pipe (`key-account play ... | head -1`) ends the
/// program quietly; any other failure (a full disk) is an error on standard error, exit 1.
fn out_raw(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        let _ = writeln!(
            std::io::stderr(),
            "error: cannot write to standard output: {e}"
        );
        std::process::exit(1);
    }
}

/// Writes text to standard error; control characters from files and names are shown escaped.
fn err_raw(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// `println!` for standard output: control characters that came from a file or a name are shown
/// escaped, never sent to the terminal; write failures are handled by `out_raw`.
macro_rules! say {
    () => { out_raw("\n") };
    ($($t:tt)*) => { out_raw(&escape::text(&format!("{}\n", format_args!($($t)*)))) };
}

/// `eprintln!` with control characters escaped.
macro_rules! tell {
    ($($t:tt)*) => { err_raw(&escape::text(&format!("{}\n", format_args!($($t)*)))) };
}

#[derive(Parser)]
#[command(
    name = "key-account",
    version,
    about = "A sales-training simulation: win one large deal.",
    long_about = "A sales-training simulation: win one large deal.\n\nWith no command, opens the game window on the bundled scenarios in scenarios/."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The game: an extra folder of scenarios to list beside scenarios/.
    #[arg(long, value_name = "DIR")]
    scenarios: Option<PathBuf>,
    /// The game: a fixed seed for the first deal (replays are reproducible anyway).
    #[arg(long)]
    seed: Option<u64>,
    /// The game: UI scale (1.0 is 100%).
    #[arg(long, default_value_t = 1.0)]
    ui_scale: f32,
    /// The game plays this plan by itself (see src/game/autoplay.rs) and saves screenshots.
    #[arg(long, value_name = "PLAN", requires = "screenshots")]
    autoplay: Option<PathBuf>,
    /// Where autoplay saves its screenshots.
    #[arg(long, value_name = "DIR", requires = "autoplay")]
    screenshots: Option<PathBuf>,
    /// Quit once this many frames have been rendered (for start-up benchmarks).
    #[arg(long, value_name = "N", hide = true)]
    exit_after_frames: Option<u32>,
    /// The game: who is playing (for run records; default: your login name).
    #[arg(long)]
    player: Option<String>,
    /// The game: where run records go (default: the platform's data folder).
    #[arg(long, value_name = "DIR")]
    results: Option<PathBuf>,
    /// The game: write no run records.
    #[arg(long)]
    no_record: bool,
    /// The game: send results to this Learning Record Store (its xAPI endpoint; default: the
    /// settings file's). Credentials: KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD.
    #[arg(long, value_name = "URL")]
    lrs: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files and print diagnostics (default: the bundled scenarios/).
    Check {
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Play a scenario in the terminal. Reads commands from standard input (or --script).
    Play {
        scenario: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// A file of commands, one per line (`meet han_zong`, `tactic tech_proposal`, `decide`).
        #[arg(long)]
        script: Option<PathBuf>,
        /// Who is playing (for the run record).
        #[arg(long)]
        player: Option<String>,
        /// Where to write the run record (default: the platform's data folder).
        #[arg(long)]
        results: Option<PathBuf>,
        /// Do not write a run record.
        #[arg(long)]
        no_record: bool,
        /// Send the run to this Learning Record Store (default: the settings file's).
        #[arg(long, value_name = "URL")]
        lrs: Option<String>,
    },
    /// Write a commented starter scenario that passes `check` and plays.
    New {
        /// The new scenario's id; the file is NAME.ron.
        name: String,
        /// The folder to write into.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
    /// Re-play a run record headless and confirm the same outcome.
    Replay {
        record: PathBuf,
        /// Where to look for the scenario when the recorded path is gone.
        #[arg(long, default_value = "scenarios")]
        scenarios: PathBuf,
    },
    /// Summarize a folder of run records, or an LRS's, for a trainer.
    Report {
        #[arg(required_unless_present = "lrs", conflicts_with = "lrs")]
        dir: Option<PathBuf>,
        /// Read the runs from this Learning Record Store instead of a folder.
        #[arg(long, value_name = "URL")]
        lrs: Option<String>,
        /// With --lrs: only this scenario's runs.
        #[arg(long, value_name = "ID", requires = "lrs")]
        scenario: Option<String>,
        /// With --lrs: only runs stored since this time (RFC 3339).
        #[arg(long, value_name = "TIME", requires = "lrs")]
        since: Option<String>,
        /// Also write one row per run as CSV.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Also write a self-contained HTML page with charts.
        #[arg(long)]
        html: Option<PathBuf>,
    },
    /// Export a folder of run records as xAPI 1.0.3 statements: to a file (a JSON array), to a
    /// Learning Record Store, or both.
    ExportXapi {
        dir: PathBuf,
        #[arg(long, required_unless_present = "lrs")]
        out: Option<PathBuf>,
        /// Post the statements to this LRS's xAPI endpoint (URL/statements), in batches.
        /// Credentials: KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD, or the settings file.
        #[arg(long, value_name = "URL")]
        lrs: Option<String>,
        /// Statements per request.
        #[arg(long, default_value_t = key_account::lrs::commands::DEFAULT_BATCH)]
        batch: usize,
    },
    /// Play-test scenarios with bots: win rates, scores, the best line, coverage, expectations.
    Balance {
        #[arg(required = true)]
        scenarios: Vec<PathBuf>,
        /// Deals per policy (the expert plays one in ten), 1 to 100000.
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=MAX_RUNS))]
        runs: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Threads (default: one per core). The report is the same for any number.
        #[arg(long)]
        jobs: Option<usize>,
        /// Worlds the trainee bots sample per look-ahead (more: steadier and slower).
        #[arg(long, default_value_t = key_account::bot::SAMPLES as u64, value_parser = clap::value_parser!(u64).range(1..=1000))]
        samples: u64,
        /// `json`: the lesson table and expectations for tools (schema: docs/balance-json.md).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

/// `balance --runs` at most: every run is kept for the statistics, so memory grows with it.
const MAX_RUNS: u64 = 100_000;

/// A command line of `play` is at most this long (a scenario id and a command are short).
const MAX_COMMAND_LINE: usize = 4096;

/// `play` reads at most this many lines of commands (a deal takes tens).
const MAX_COMMAND_LINES: usize = 1_000_000;

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Some(Command::Check { paths, format }) => check(paths, format),
        Some(Command::Play {
            ref scenario,
            seed,
            ref script,
            ref player,
            ref results,
            no_record,
            ref lrs,
        }) => {
            let settings = match key_account::config::load()
                .and_then(|c| c.settings(player.as_deref(), results.as_deref(), lrs.as_deref()))
            {
                Ok(s) => s,
                Err(e) => {
                    tell!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let record = (!no_record).then_some(RecordTo {
                player: settings.player,
                dir: settings.results,
                lrs: settings.lrs,
            });
            play(scenario, seed, script.as_deref(), record)
        }
        Some(Command::New { ref name, ref dir }) => new_scenario(name, dir),
        Some(Command::Replay {
            ref record,
            ref scenarios,
        }) => replay(record, scenarios),
        Some(Command::Report {
            ref dir,
            ref lrs,
            ref scenario,
            ref since,
            ref csv,
            ref html,
        }) => {
            let runs = match (dir, lrs) {
                (_, Some(url)) => key_account::lrs::commands::read_runs(
                    url,
                    scenario.as_deref(),
                    since.as_deref(),
                ),
                (Some(_), None) if scenario.is_some() || since.is_some() => Err((
                    "--scenario and --since go with --lrs URL; a folder's report reads every record in it".into(),
                    ExitCode::from(2),
                )),
                (Some(dir), None) => record::read_dir(dir).map_err(|e| (e, ExitCode::from(2))),
                (None, None) => Err(("give a folder or --lrs URL".into(), ExitCode::from(2))),
            };
            match runs {
                Ok((good, bad)) => report(good, bad, csv.as_deref(), html.as_deref()),
                Err((e, code)) => {
                    tell!("error: {e}");
                    code
                }
            }
        }
        Some(Command::ExportXapi {
            ref dir,
            ref out,
            ref lrs,
            batch,
        }) => key_account::lrs::commands::export_xapi(dir, out.as_deref(), lrs.as_deref(), batch),
        Some(Command::Balance {
            ref scenarios,
            runs,
            seed,
            jobs,
            samples,
            format,
        }) => balance(
            scenarios,
            &key_account::bot::balance::Settings {
                runs: runs as usize,
                seed,
                samples: samples as usize,
            },
            jobs,
            format,
        ),
        None => game(&cli),
    }
}

fn balance(
    paths: &[PathBuf],
    settings: &key_account::bot::balance::Settings,
    jobs: Option<usize>,
    format: Format,
) -> ExitCode {
    let runs = settings.runs;
    use key_account::bot::balance;
    let mut files = Vec::new();
    for p in paths {
        match scenario::scenario_files(p) {
            Ok(found) if !found.is_empty() => files.extend(found),
            Ok(_) => {
                tell!("error: no .ron scenario files in {}", p.display());
                return ExitCode::from(2);
            }
            Err(e) => {
                tell!("error: cannot read {}: {e}", p.display());
                return ExitCode::from(2);
            }
        }
    }
    let mut scenarios = Vec::new();
    for f in &files {
        let r = scenario::load_path(f);
        err_raw(&r.render(std::io::stderr().is_terminal()));
        match r.scenario {
            Some(sc) => scenarios.push((f.clone(), sc)),
            None => {
                tell!(
                    "error: {} has errors; fix them first (key-account check)",
                    f.display()
                );
                return ExitCode::from(1);
            }
        }
    }
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            tell!("error: cannot start {} threads: {e}", jobs.unwrap_or(0));
            return ExitCode::from(2);
        }
    };
    let total: usize = scenarios
        .iter()
        .map(|(_, s)| balance::total_runs(s, runs))
        .sum();
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} deals {elapsed} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if !std::io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let mut failed = false;
    let mut json = Vec::new();
    for (file, sc) in &scenarios {
        bar.set_message(sc.data().id.clone());
        let report = pool.install(|| balance::balance(sc, settings, &|| bar.inc(1)));
        match format {
            Format::Human => bar.suspend(|| print_balance(sc, &report)),
            Format::Json => json.push(balance::json(file, runs, &report)),
        }
        failed |= !report.passed();
    }
    bar.finish_and_clear();
    if format == Format::Json {
        let doc = serde_json::json!({ "scenarios": json });
        match serde_json::to_string_pretty(&doc) {
            Ok(text) => say!("{text}"),
            Err(e) => {
                tell!("error: cannot write the JSON report: {e}");
                return ExitCode::from(2);
            }
        }
    } else if failed {
        say!("Some lessons or expectations failed.");
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_balance(sc: &scenario::Scenario, r: &key_account::bot::balance::BalanceReport) {
    use key_account::bot::LessonRow;
    use key_account::scenario::Policy;
    let line_of = |seed: u64, actions: &[key_account::sim::Action]| {
        let deal = Deal::new(sc, seed);
        actions
            .iter()
            .map(|a| deal.scenario().command(a))
            .collect::<Vec<_>>()
            .join(", ")
    };
    say!("== {} ({})", r.title, r.scenario);
    say!(
        "  policy         runs   wins  score min / q1 / median / q3 / max  average per part (outcome, steps 1-5, ethics)"
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
    let row = |name: String, x: &LessonRow, note: &str| {
        say!(
            "    {name:28} {:>5} runs  wins {:>4.0}%  (95% interval {:>3.0}-{:>3.0}%)  margin kept {:>3.0}%{note}",
            x.runs,
            x.win_rate * 100.0,
            x.ci[0] * 100.0,
            x.ci[1] * 100.0,
            x.margin * 100.0
        )
    };
    const STEPS: [&str; 5] = [
        "purchasing process",
        "organization",
        "functions and stances",
        "active information",
        "key players",
    ];
    for x in &l.rows {
        match x.policy {
            Policy::SkipStep(n) => {
                let taught = l.teaches.contains(&n);
                row(
                    format!("skip step {n} ({})", STEPS[usize::from(n.clamp(1, 5)) - 1]),
                    x,
                    if taught { "  <- taught" } else { "" },
                )
            }
            _ => row("student (all five steps)".into(), x, ""),
        }
    }
    row(
        "oracle".into(),
        &l.oracle,
        "  (upper bound: perfect knowledge and luck, not a trainee)",
    );
    if let Some(best) = r.stats(Policy::Student).and_then(|p| p.best()) {
        say!(
            "  the student's best line (score {:.1}, seed {}): {}",
            best.total,
            best.seed,
            line_of(best.seed, &best.actions)
        );
    }
    if l.gate.pass {
        if !l.teaches.is_empty() {
            say!("  PASS lesson gate: every taught step bites");
        }
    } else {
        for g in &l.gate.failures {
            match g.step {
                Some(step) => say!("  FAIL lesson gate, step {step}: {}", g.what),
                None => say!("  FAIL lesson gate: {}", g.what),
            }
            if let Some(run) = &g.example {
                say!(
                    "       for example (seed {}, score {:.1}): {}",
                    run.seed,
                    run.total,
                    line_of(run.seed, &run.actions)
                );
            }
        }
    }
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
            say!(
                "       for example (seed {}, score {:.1}): {}",
                run.seed,
                run.total,
                line_of(run.seed, &run.actions)
            );
        }
    }
}

#[cfg(feature = "game")]
fn game(cli: &Cli) -> ExitCode {
    // Flags over the settings file over the defaults.
    let settings = match key_account::config::load().and_then(|c| {
        c.settings(
            cli.player.as_deref(),
            cli.results.as_deref(),
            cli.lrs.as_deref(),
        )
    }) {
        Ok(s) => s,
        Err(e) => {
            tell!("key-account: {e}");
            return ExitCode::from(2);
        }
    };
    key_account::game::run(key_account::game::Options {
        scenarios: PathBuf::from("scenarios"),
        extra: cli.scenarios.clone(),
        seed: cli.seed,
        ui_scale: cli.ui_scale,
        autoplay: cli.autoplay.clone(),
        screenshots: cli.screenshots.clone(),
        exit_after_frames: cli.exit_after_frames,
        player: settings.player,
        results: if cli.no_record {
            None
        } else {
            settings.results
        },
        lrs: if cli.no_record { None } else { settings.lrs },
    })
}

#[cfg(not(feature = "game"))]
fn game(_cli: &Cli) -> ExitCode {
    tell!(
        "key-account: this build has no game window (built without the `game` feature); use `check` or `play`"
    );
    ExitCode::from(2)
}

fn check(paths: Vec<PathBuf>, format: Format) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("scenarios")]
    } else {
        paths
    };
    let mut files = Vec::new();
    for p in &paths {
        match scenario::scenario_files(p) {
            Ok(found) if found.is_empty() => {
                tell!("error: no .ron scenario files in {}", p.display());
                return ExitCode::from(2);
            }
            Ok(found) => files.extend(found),
            Err(e) => {
                tell!("error: cannot read {}: {e}", p.display());
                return ExitCode::from(2);
            }
        }
    }
    let reports: Vec<LoadReport> = files.iter().map(|f| scenario::load_path(f)).collect();
    let errors: usize = reports.iter().map(LoadReport::errors).sum();
    let warnings: usize = reports.iter().map(LoadReport::warnings).sum();
    match format {
        Format::Json => {
            let all: Vec<_> = reports.iter().flat_map(|r| r.diagnostics.iter()).collect();
            let out = serde_json::json!({
                "files": files.len(),
                "errors": errors,
                "warnings": warnings,
                "diagnostics": all,
            });
            say!("{out:#}");
        }
        Format::Human => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            for r in &reports {
                err_raw(&r.render(color));
                let status = if r.errors() > 0 { "FAILED" } else { "ok" };
                let title = r
                    .scenario
                    .as_ref()
                    .map(|s| s.data().title.clone())
                    .unwrap_or_default();
                say!(
                    "{status:6} {}  {}{}",
                    r.file,
                    title,
                    plural_note(r.errors(), r.warnings())
                );
            }
            say!(
                "{} file(s) checked: {errors} error(s), {warnings} warning(s)",
                files.len()
            );
        }
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn plural_note(errors: usize, warnings: usize) -> String {
    match (errors, warnings) {
        (0, 0) => String::new(),
        (e, w) => format!("  ({e} error(s), {w} warning(s))"),
    }
}

struct RecordTo {
    player: String,
    dir: Option<PathBuf>,
    lrs: Option<key_account::lrs::Lrs>,
}

fn play(path: &Path, seed: u64, script: Option<&Path>, record_to: Option<RecordTo>) -> ExitCode {
    let started = std::time::SystemTime::now();
    let mut times = Vec::new();
    let report = scenario::load_path(path);
    err_raw(&report.render(std::io::stderr().is_terminal()));
    let Some(sc) = report.scenario else {
        tell!(
            "error: {} has errors; fix them and try again",
            path.display()
        );
        return ExitCode::from(1);
    };
    let (input, source): (Box<dyn BufRead>, String) = match script {
        Some(s) => match open_script(s) {
            Ok(f) => (
                Box::new(std::io::BufReader::new(f)),
                s.display().to_string(),
            ),
            Err(e) => {
                tell!("error: cannot read the script {}: {e}", s.display());
                return ExitCode::from(2);
            }
        },
        None => (
            Box::new(std::io::stdin().lock()),
            "standard input".to_string(),
        ),
    };
    let interactive = script.is_none() && std::io::stdin().is_terminal();
    let mut deal = Deal::new(&sc, seed);
    let f = sc.data();
    say!("{}\n\n{}\n\nObjective: {}\n", f.title, f.story, f.objective);
    for line in &f.start.briefing {
        say!("  - {line}");
    }
    if interactive {
        print_status(&deal);
    }
    let mut lines = Lines::new(input, MAX_COMMAND_LINE);
    while !deal.is_finished() {
        if interactive {
            out_raw("> ");
        }
        let line = match lines.next_line() {
            Ok(Some(line)) if lines.line() <= MAX_COMMAND_LINES => line,
            Ok(Some(_)) => {
                tell!(
                    "error: {source}: more than {MAX_COMMAND_LINES} lines; a deal takes tens of commands. No record was saved."
                );
                return ExitCode::from(2);
            }
            Ok(None) => break,
            Err(e) => {
                // A broken script must not decide the deal and leave a record of a game nobody
                // played.
                tell!("error: {source}: {e}. No record was saved.");
                return ExitCode::from(2);
            }
        };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line {
            "help" | "?" => {
                print_status(&deal);
                continue;
            }
            "notes" => {
                print_notes(&deal);
                continue;
            }
            "map" => {
                print_map(&deal);
                continue;
            }
            "people" => {
                print_people(&deal);
                continue;
            }
            "steps" => {
                print_steps(&deal);
                continue;
            }
            "rivals" => {
                print_rivals(&deal);
                continue;
            }
            _ => {}
        }
        let action = match deal.scenario().parse_action(line) {
            Ok(a) => a,
            Err(e) => {
                say!("  ? {}", escape::line(&e));
                continue;
            }
        };
        say!(
            "Day {}: {}",
            deal.day(),
            escape::line(&deal.scenario().label(&action))
        );
        times.push(std::time::SystemTime::now());
        match deal.apply(action) {
            Ok(events) => {
                for e in &events {
                    if !matches!(e, key_account::sim::Event::DayPassed { .. }) {
                        say!("  {}", deal.scenario().describe(e));
                    }
                }
            }
            Err(why) => {
                times.pop();
                say!("  Not now: {}.", deal.scenario().explain(&why));
            }
        }
    }
    if !deal.is_finished() {
        times.push(std::time::SystemTime::now());
        let _ = deal.apply(key_account::sim::Action::AwaitDecision);
    } else {
        // Commands typed after the decision (a power-map mark, say) are refused aloud, never
        // dropped silently.
        let mut late = 0;
        while let Ok(Some(line)) = lines.next_line() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || lines.line() > MAX_COMMAND_LINES {
                continue;
            }
            late += 1;
            if late == 1 {
                say!(
                    "  Not now: the buyer has decided and the deal is over; `{}` and anything after it are not taken (the power map closed with the decision).",
                    escape::clip(line, 60)
                );
            }
        }
    }
    let Some(o) = deal.outcome() else {
        return ExitCode::from(1);
    };
    let verdict = match o.verdict {
        Verdict::Won => "WON".to_string(),
        Verdict::Lost { winner } => format!("LOST to {}", f.vendors[winner].name),
        Verdict::NoDecision { kept: Some(k) } => {
            format!("NO DECISION (kept {})", f.vendors[k].name)
        }
        Verdict::NoDecision { kept: None } => "NO DECISION".into(),
        Verdict::Disqualified { .. } => "DISQUALIFIED".into(),
    };
    say!(
        "\n== Debrief: {verdict} on day {} — score {:.1} / {:.0}",
        o.day,
        o.score.total,
        o.score.max
    );
    for part in Part::ALL {
        let sp = o.score.parts.iter().find(|p| p.part == part);
        if let Some(sp) = sp {
            say!("\n{:28} {:5.1} / {:.0}", part.label(), sp.points, sp.max);
        }
        for l in o.debrief.iter().filter(|l| l.part == part) {
            let when = l.day.map(|d| format!("day {d}: ")).unwrap_or_default();
            say!("  {:+5.1}  {when}{}", l.points, l.text);
        }
    }
    let Some(to) = record_to else {
        return ExitCode::SUCCESS;
    };
    let Some(dir) = to.dir else {
        tell!(
            "error: the run record was not saved: this system has no data folder; pass --results DIR (or --no-record)"
        );
        return ExitCode::from(1);
    };
    let finished = std::time::SystemTime::now();
    let file = path.display().to_string();
    let Some(rec) = record::RunRecord::of(&deal, &file, &to.player, started, finished, &times)
    else {
        return ExitCode::from(1);
    };
    match record::write(&dir, &rec) {
        Ok(p) => {
            say!("\nRun record saved: {}", p.display());
            if let Some(lrs) = &to.lrs
                && !key_account::lrs::commands::after_play(&dir, &p, &rec, lrs)
            {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            tell!("error: the run record was not saved: {e}");
            ExitCode::from(1)
        }
    }
}

/// Opens a `--script` file: anything readable but a folder (a pipe from `<(...)` is fine; an
/// endless stream is stopped by the line limits).
fn open_script(path: &Path) -> Result<std::fs::File, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.is_dir() {
        return Err("it is a folder, not a file of commands".into());
    }
    std::fs::File::open(path).map_err(|e| e.to_string())
}

fn new_scenario(name: &str, dir: &Path) -> ExitCode {
    // A name, never a path: the file must land in --dir.
    if name.contains(['/', '\\']) || Path::new(name).is_absolute() || name.starts_with('.') {
        tell!(
            "error: \"{}\" is a path; give the scenario a plain name and choose the folder with --dir, e.g. `key-account new hospital --dir scenarios`",
            escape::clip(&escape::line(name), 80)
        );
        return ExitCode::from(2);
    }
    // The id is one word: letters (of any script) and digits, `_` for the rest.
    let id: String = name
        .chars()
        .take(64)
        .flat_map(|c| {
            let keep = c.is_alphanumeric();
            c.to_lowercase()
                .filter(move |_| keep)
                .chain((!keep).then_some('_'))
        })
        .collect();
    if id.trim_matches('_').is_empty() {
        tell!(
            "error: give the scenario a name with letters or digits, e.g. `key-account new hospital`"
        );
        return ExitCode::from(2);
    }
    // The file name keeps letters (of any script), digits, `-` and `_`.
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    let path = dir.join(format!("{stem}.ron"));
    if path.exists() {
        tell!(
            "error: {} already exists; choose another name or remove it first",
            path.display()
        );
        return ExitCode::from(1);
    }
    // The title goes inside a RON string: no quote, backslash or control character may end it.
    let title: String = name
        .chars()
        .take(80)
        .map(|c| match c {
            '-' | '_' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect::<String>()
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    let text = include_str!("starter.ron")
        .replace("{{ID}}", &id)
        .replace("{{TITLE}}", &title);
    let written = std::fs::create_dir_all(dir)
        .and_then(|_| {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
        })
        .and_then(|mut f| f.write_all(text.as_bytes()));
    match written {
        Ok(()) => {
            say!(
                "Wrote {}. Next: key-account check {0} && key-account balance {0}",
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            tell!("error: cannot write {}: {e}", path.display());
            ExitCode::from(1)
        }
    }
}

fn replay(path: &Path, scenarios: &Path) -> ExitCode {
    let rec = match record::read(path) {
        Ok(r) => r,
        Err(e) => {
            tell!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    // The recorded file and every scenario in --scenarios with the record's id; the one whose
    // text has the record's hash wins (a draft copy that sorts first must not), else the
    // recorded file, else the first with the id.
    let mut candidates = vec![PathBuf::from(&rec.scenario_file)];
    candidates.extend(scenario::scenario_files(scenarios).unwrap_or_default());
    let mut seen = std::collections::HashSet::new();
    let mut found: Vec<(PathBuf, scenario::Scenario)> = Vec::new();
    for p in candidates {
        let key = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
        if !p.is_file() || !seen.insert(key) {
            continue;
        }
        if let Some(s) = scenario::load_path(&p)
            .scenario
            .filter(|s| s.data().id == rec.scenario_id)
        {
            found.push((p, s));
        }
    }
    let best = found
        .iter()
        .position(|(_, s)| record::hash_hex(s) == rec.scenario_hash)
        .unwrap_or(0);
    if found.is_empty() {
        tell!(
            "error: no valid scenario with id \"{}\" at {} or in {}",
            escape::clip(&escape::line(&rec.scenario_id), 80),
            escape::clip(&escape::line(&rec.scenario_file), 200),
            scenarios.display()
        );
        return ExitCode::from(2);
    }
    let (file, sc) = found.swap_remove(best);
    match record::replay(&rec, &sc) {
        record::Replay::Same => {
            say!(
                "Same outcome: {} with {:.1} points ({} by {}, seed {}, {})",
                rec.outcome,
                rec.total,
                escape::line(&rec.scenario_id),
                escape::line(&rec.player),
                rec.seed,
                file.display()
            );
            ExitCode::SUCCESS
        }
        record::Replay::ScenarioChanged {
            recorded,
            now,
            same_outcome,
            detail,
        } => {
            say!(
                "The scenario changed since this record was made: {} has hash {now}, the record has {}.",
                file.display(),
                escape::clip(&escape::line(&recorded), 40)
            );
            say!(
                "{} {detail}.",
                if same_outcome {
                    "The replay still ends the same way:"
                } else {
                    "The replay ends differently:"
                }
            );
            ExitCode::from(1)
        }
        record::Replay::Different { detail } => {
            say!("Different result on the same scenario: {detail}.");
            ExitCode::from(1)
        }
    }
}

type Runs = Vec<(PathBuf, record::RunRecord)>;

fn report(
    good: Runs,
    bad: Vec<(PathBuf, String)>,
    csv: Option<&Path>,
    html: Option<&Path>,
) -> ExitCode {
    // Records from a folder are told apart by file name; from an LRS, by statement id.
    let r = record::report::Report::new(
        good.into_iter().map(|(f, r)| (file_name(&f), r)).collect(),
        bad.iter()
            .map(|(f, why)| (f.display().to_string(), why.clone()))
            .collect(),
    );
    say!("{}", r.text().trim_end());
    if let Some(p) = csv {
        match r
            .csv()
            .and_then(|t| std::fs::write(p, t).map_err(|e| e.to_string()))
        {
            Ok(()) => say!("CSV written to {}", p.display()),
            Err(e) => {
                tell!("error: cannot write {}: {e}", p.display());
                return ExitCode::from(1);
            }
        }
    }
    if let Some(p) = html {
        if let Err(e) = std::fs::write(p, r.html()) {
            tell!("error: cannot write {}: {e}", p.display());
            return ExitCode::from(1);
        }
        say!("HTML written to {}", p.display());
    }
    ExitCode::SUCCESS
}

/// The file name of a path, for reports (records are told apart by name in one folder).
fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn print_status(deal: &Deal) {
    let f = deal.scenario().data();
    say!(
        "\nDay {} of {} · stage: {} · budget left: {}",
        deal.day(),
        deal.decision_day(),
        f.stages[deal.stage()].name,
        deal.budget_left()
    );
    say!("People:");
    for (i, s) in f.stakeholders.iter().enumerate() {
        let Some(v) = deal.person(i) else { continue };
        if !v.visible {
            continue;
        }
        say!(
            "  {:14} {} — {}{}",
            s.id,
            s.name,
            s.title,
            if v.met > 0 { " (met)" } else { "" }
        );
    }
    say!("Available now:");
    let mut locked = Vec::new();
    for (a, ok) in deal.actions() {
        match ok {
            Ok(()) => say!(
                "  {:32} {}",
                deal.scenario().command(&a),
                deal.scenario().label(&a)
            ),
            Err(why) if matches!(a, key_account::sim::Action::Tactic(_)) => locked.push((a, why)),
            Err(_) => {}
        }
    }
    if !locked.is_empty() {
        say!("Not yet:");
        for (a, why) in locked {
            say!(
                "  {:32} {}: {}",
                deal.scenario().command(&a),
                deal.scenario().label(&a),
                deal.scenario().explain(&why)
            );
        }
    }
    say!(
        "Power map: role PERSON ROLE · unrole PERSON ROLE · stance PERSON supporter|neutral|opponent|unknown"
    );
    say!("Review: notes · map · people · steps · rivals · help");
}

/// `notes`: the facts in the notebook, in the order they were found.
fn print_notes(deal: &Deal) {
    let f = deal.scenario().data();
    say!("Notebook:");
    for k in deal.known_facts() {
        say!("  - {}", f.facts[k].text);
    }
}

/// `map`: the trainee's power map, and what they have found out of each person's role.
fn print_map(deal: &Deal) {
    let f = deal.scenario().data();
    say!("Power map (what you believe; the truth comes with the debrief):");
    for (i, s) in f.stakeholders.iter().enumerate() {
        let Some(v) = deal.person(i).filter(|v| v.visible) else {
            continue;
        };
        let roles = if v.belief.roles == 0 {
            "role ?".to_string()
        } else {
            key_account::sim::roles_text(v.belief.roles)
        };
        let stance = v.belief.stance.map_or("stance ?", |st| st.label());
        let found = match v.roles {
            Some(r) => format!(" · found out: {}", key_account::sim::roles_text(r)),
            None => String::new(),
        };
        say!("  {:14} {roles} · {stance}{found}", s.id);
    }
}

/// `people`: everyone known, what they care about as far as learned, and the relationship.
fn print_people(deal: &Deal) {
    let f = deal.scenario().data();
    say!("People:");
    for (i, s) in f.stakeholders.iter().enumerate() {
        let Some(v) = deal.person(i).filter(|v| v.visible) else {
            continue;
        };
        let dept = s
            .department
            .as_deref()
            .and_then(|d| f.departments.iter().find(|x| x.id == d))
            .map_or("outside the company", |d| d.name.as_str());
        let met = match v.met {
            0 => "not met".to_string(),
            1 => "met once".to_string(),
            n => format!("met {n} times"),
        };
        say!(
            "  {:14} {}, {} ({dept}) · relationship {:+} · {met}",
            s.id,
            s.name,
            s.title,
            v.relationship
        );
        if !v.concerns.is_empty() {
            let cares: Vec<String> = v
                .concerns
                .iter()
                .map(|&(c, w)| {
                    format!(
                        "{} ({})",
                        f.concerns[c].name,
                        key_account::sim::weight_word(w)
                    )
                })
                .collect();
            say!("    cares about: {}", cares.join(", "));
        }
        if let Err(why) = &v.reachable {
            say!("    cannot meet yet: {}", deal.scenario().explain(why));
        }
    }
}

/// `steps`: the five steps, as far as the trainee has worked on them.
fn print_steps(deal: &Deal) {
    let p = deal.progress();
    let f = deal.scenario().data();
    say!(
        "Stage: {} (day {} to {})",
        f.stages[p.stage].name,
        p.stage_days.0,
        p.stage_days.1
    );
    for s in &p.steps {
        say!(
            "  {} {}. {}: {}",
            if s.done { "[x]" } else { "[ ]" },
            s.step,
            s.name,
            s.detail
        );
    }
}

/// `rivals`: the offers as the trainee knows them, and the rival moves heard of so far (a move
/// shows only once it has happened).
fn print_rivals(deal: &Deal) {
    let f = deal.scenario().data();
    say!("Offers (as far as you know):");
    for (v, vendor) in f.vendors.iter().enumerate() {
        say!(
            "  {:24} {:.0}{}",
            vendor.name,
            deal.known_price(v),
            if vendor.us { "  (yours)" } else { "" }
        );
    }
    let moves = deal.noticed_moves();
    if moves.is_empty() {
        say!("No rival move heard of yet.");
    }
    for (m, day) in moves {
        let mv = &f.competitor_moves[m];
        let who = f
            .vendors
            .iter()
            .find(|x| x.id == mv.vendor)
            .map_or("A rival", |x| x.name.as_str());
        say!("  Day {day}: {who} {}", mv.text);
    }
}
