//! The `key-account` command line: check scenarios, play a deal in the terminal.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use key_account::record;
use key_account::scenario::{self, LoadReport};
use key_account::sim::{Deal, Part, Verdict};

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
        /// Deals per policy (the expert plays one in ten).
        #[arg(long, default_value_t = 200)]
        runs: usize,
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
                    eprintln!("error: {e}");
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
                    eprintln!("error: {e}");
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
                runs,
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
                eprintln!("error: no .ron scenario files in {}", p.display());
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", p.display());
                return ExitCode::from(2);
            }
        }
    }
    let mut scenarios = Vec::new();
    for f in &files {
        let r = scenario::load_path(f);
        eprint!("{}", r.render(std::io::stderr().is_terminal()));
        match r.scenario {
            Some(sc) => scenarios.push((f.clone(), sc)),
            None => {
                eprintln!(
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
            eprintln!("error: cannot start {} threads: {e}", jobs.unwrap_or(0));
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
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("error: cannot write the JSON report: {e}");
                return ExitCode::from(2);
            }
        }
    } else if failed {
        println!("Some lessons or expectations failed.");
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
    println!("== {} ({})", r.title, r.scenario);
    println!(
        "  policy         runs   wins  score min / q1 / median / q3 / max  average per part (outcome, steps 1-5, ethics)"
    );
    for p in &r.policies {
        let q = p.quartiles();
        let parts: Vec<String> = p
            .average_parts()
            .iter()
            .map(|x| format!("{x:.1}"))
            .collect();
        println!(
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
    println!(
        "  lessons (the trainee bots see only what a trainee sees; teaches step {}):",
        if taught.is_empty() {
            "none declared".to_string()
        } else {
            taught.join(", ")
        }
    );
    let row = |name: String, x: &LessonRow, note: &str| {
        println!(
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
        println!(
            "  the student's best line (score {:.1}, seed {}): {}",
            best.total,
            best.seed,
            line_of(best.seed, &best.actions)
        );
    }
    if l.gate.pass {
        if !l.teaches.is_empty() {
            println!("  PASS lesson gate: every taught step bites");
        }
    } else {
        for g in &l.gate.failures {
            match g.step {
                Some(step) => println!("  FAIL lesson gate, step {step}: {}", g.what),
                None => println!("  FAIL lesson gate: {}", g.what),
            }
            if let Some(run) = &g.example {
                println!(
                    "       for example (seed {}, score {:.1}): {}",
                    run.seed,
                    run.total,
                    line_of(run.seed, &run.actions)
                );
            }
        }
    }
    for w in &r.warnings {
        println!("  warning: {w}");
    }
    for e in &r.expectations {
        println!(
            "  {} {}: {}",
            if e.passed { "PASS" } else { "FAIL" },
            e.about,
            e.measured
        );
        if let Some(run) = &e.example {
            println!(
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
            eprintln!("key-account: {e}");
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
    eprintln!(
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
                eprintln!("error: no .ron scenario files in {}", p.display());
                return ExitCode::from(2);
            }
            Ok(found) => files.extend(found),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", p.display());
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
            println!("{out:#}");
        }
        Format::Human => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            for r in &reports {
                eprint!("{}", r.render(color));
                let status = if r.errors() > 0 { "FAILED" } else { "ok" };
                let title = r
                    .scenario
                    .as_ref()
                    .map(|s| s.data().title.clone())
                    .unwrap_or_default();
                println!(
                    "{status:6} {}  {}{}",
                    r.file,
                    title,
                    plural_note(r.errors(), r.warnings())
                );
            }
            println!(
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
    eprint!("{}", report.render(std::io::stderr().is_terminal()));
    let Some(sc) = report.scenario else {
        eprintln!(
            "error: {} has errors; fix them and try again",
            path.display()
        );
        return ExitCode::from(1);
    };
    let input: Box<dyn BufRead> = match script {
        Some(s) => match std::fs::File::open(s) {
            Ok(f) => Box::new(std::io::BufReader::new(f)),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", s.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(std::io::stdin().lock()),
    };
    let interactive = script.is_none() && std::io::stdin().is_terminal();
    let mut deal = Deal::new(&sc, seed);
    let f = sc.data();
    println!("{}\n\n{}\n\nObjective: {}\n", f.title, f.story, f.objective);
    for line in &f.start.briefing {
        println!("  - {line}");
    }
    let mut out = std::io::stdout();
    if interactive {
        print_status(&deal);
    }
    let mut lines = input.lines();
    while !deal.is_finished() {
        if interactive {
            print!("> ");
            let _ = out.flush();
        }
        let Some(Ok(line)) = lines.next() else { break };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "help" || line == "?" {
            print_status(&deal);
            continue;
        }
        let action = match deal.scenario().parse_action(line) {
            Ok(a) => a,
            Err(e) => {
                println!("  ? {e}");
                continue;
            }
        };
        println!("Day {}: {}", deal.day(), deal.scenario().label(&action));
        times.push(std::time::SystemTime::now());
        match deal.apply(action) {
            Ok(events) => {
                for e in &events {
                    if !matches!(e, key_account::sim::Event::DayPassed { .. }) {
                        println!("  {}", deal.scenario().describe(e));
                    }
                }
            }
            Err(why) => {
                times.pop();
                println!("  Not now: {}.", deal.scenario().explain(&why));
            }
        }
    }
    if !deal.is_finished() {
        times.push(std::time::SystemTime::now());
        let _ = deal.apply(key_account::sim::Action::AwaitDecision);
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
    println!(
        "\n== Debrief: {verdict} on day {} — score {:.1} / {:.0}",
        o.day, o.score.total, o.score.max
    );
    for part in Part::ALL {
        let sp = o.score.parts.iter().find(|p| p.part == part);
        if let Some(sp) = sp {
            println!("\n{:28} {:5.1} / {:.0}", part.label(), sp.points, sp.max);
        }
        for l in o.debrief.iter().filter(|l| l.part == part) {
            let when = l.day.map(|d| format!("day {d}: ")).unwrap_or_default();
            println!("  {:+5.1}  {when}{}", l.points, l.text);
        }
    }
    if let Some(to) = record_to {
        let finished = std::time::SystemTime::now();
        let file = path.display().to_string();
        match (
            record::RunRecord::of(&deal, &file, &to.player, started, finished, &times),
            to.dir,
        ) {
            (Some(rec), Some(dir)) => match record::write(&dir, &rec) {
                Ok(p) => {
                    println!("\nRun record saved: {}", p.display());
                    if let Some(lrs) = &to.lrs
                        && !key_account::lrs::commands::after_play(&dir, &p, &rec, lrs)
                    {
                        return ExitCode::from(1);
                    }
                }
                Err(e) => eprintln!("warning: the run record was not saved: {e}"),
            },
            (_, None) => eprintln!(
                "warning: no data folder on this system; pass --results DIR to save the run record"
            ),
            (None, _) => {}
        }
    }
    ExitCode::SUCCESS
}

fn new_scenario(name: &str, dir: &Path) -> ExitCode {
    let id: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if id.trim_matches('_').is_empty() {
        eprintln!(
            "error: give the scenario a name with letters or digits, e.g. `key-account new hospital`"
        );
        return ExitCode::from(2);
    }
    let path = dir.join(format!("{name}.ron"));
    if path.exists() {
        eprintln!(
            "error: {} already exists; choose another name or remove it first",
            path.display()
        );
        return ExitCode::from(1);
    }
    let title = name.replace(['-', '_'], " ");
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
            println!(
                "Wrote {}. Next: key-account check {0} && key-account balance {0}",
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            ExitCode::from(1)
        }
    }
}

fn replay(path: &Path, scenarios: &Path) -> ExitCode {
    let rec = match record::read(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    // The recorded file if it is still there, else a scenario with the same id.
    let mut candidates = vec![PathBuf::from(&rec.scenario_file)];
    candidates.extend(scenario::scenario_files(scenarios).unwrap_or_default());
    let found = candidates.iter().filter(|p| p.is_file()).find_map(|p| {
        scenario::load_path(p)
            .scenario
            .filter(|s| s.data().id == rec.scenario_id)
            .map(|s| (p.clone(), s))
    });
    let Some((file, sc)) = found else {
        eprintln!(
            "error: no valid scenario with id \"{}\" at {} or in {}",
            rec.scenario_id,
            rec.scenario_file,
            scenarios.display()
        );
        return ExitCode::from(2);
    };
    match record::replay(&rec, &sc) {
        record::Replay::Same => {
            println!(
                "Same outcome: {} with {:.1} points ({} by {}, seed {}, {})",
                rec.outcome,
                rec.total,
                rec.scenario_id,
                rec.player,
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
            println!(
                "The scenario changed since this record was made: {} has hash {now}, the record has {recorded}.",
                file.display()
            );
            println!(
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
            println!("Different outcome on the same scenario: {detail}.");
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
    let r = record::report::Report::new(good, bad);
    print!("{}", r.text());
    if let Some(p) = csv {
        match r
            .csv()
            .and_then(|t| std::fs::write(p, t).map_err(|e| e.to_string()))
        {
            Ok(()) => println!("CSV written to {}", p.display()),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", p.display());
                return ExitCode::from(1);
            }
        }
    }
    if let Some(p) = html {
        if let Err(e) = std::fs::write(p, r.html()) {
            eprintln!("error: cannot write {}: {e}", p.display());
            return ExitCode::from(1);
        }
        println!("HTML written to {}", p.display());
    }
    ExitCode::SUCCESS
}

fn print_status(deal: &Deal) {
    let f = deal.scenario().data();
    println!(
        "\nDay {} of {} · stage: {} · budget left: {}",
        deal.day(),
        deal.decision_day(),
        f.stages[deal.stage()].name,
        deal.budget_left()
    );
    println!("People:");
    for (i, s) in f.stakeholders.iter().enumerate() {
        let Some(v) = deal.person(i) else { continue };
        if !v.visible {
            continue;
        }
        println!(
            "  {:14} {} — {}{}",
            s.id,
            s.name,
            s.title,
            if v.met > 0 { " (met)" } else { "" }
        );
    }
    println!("Available now:");
    for (a, ok) in deal.actions() {
        if ok.is_ok() {
            println!(
                "  {:32} {}",
                deal.scenario().command(&a),
                deal.scenario().label(&a)
            );
        }
    }
    println!("Power map: role PERSON ROLE · stance PERSON supporter|neutral|opponent · help");
}
