//! The `key-account` command line: one file per command, each with its flags (`Args`) and a
//! `run` that returns how it ended ([`Outcome`]).
//!
//! This is a module of the binary, not of the library. It is the program's edge: the one place
//! that owns the terminal (the escaping writers in `out`), the exit codes ([`Exit`]) and `anyhow`
//! for errors in words. The library prints nothing and returns typed errors (`RecordError`,
//! `ParseError`, `LrsError`, ...), so the game and the tests use it without a terminal; the tests
//! drive the command line through the binary, so nothing here needs to be public.

#[macro_use]
mod out;
#[macro_use]
mod exit;
mod balance;
mod check;
mod export;
mod game;
mod new;
mod play;
mod replay;
mod report;
mod strings;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};

use key_account::config::{self, ConfigError};
use key_account::i18n::Lang;
use key_account::lrs::LrsError;
use key_account::scenario;

use exit::{Exit, Failure, OrExit, Outcome};

#[derive(Parser)]
#[command(
    name = "key-account",
    version,
    about = "A sales-training simulation: win one large deal.",
    long_about = "A sales-training simulation: win one large deal.\n\nWith no command, opens the \
                  game window on the bundled scenarios in scenarios/."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The language to speak: en or zh-CN (default: the settings file's `language`, else the
    /// system's, else English).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<Lang>,
    #[command(flatten)]
    game: game::Args,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files and print diagnostics (default: the bundled scenarios/).
    Check(check::Args),
    /// Play a scenario in the terminal. Reads commands from standard input (or --script).
    Play(play::Args),
    /// Write a commented starter scenario that passes `check` and plays.
    New(new::Args),
    /// Re-play a run record headless and confirm the same outcome.
    Replay(replay::Args),
    /// Summarize a folder of run records, or an LRS's, for a trainer.
    Report(report::Args),
    /// Export a folder of run records as xAPI 1.0.3 statements: to a file (a JSON array), to a
    /// Learning Record Store, or both.
    ExportXapi(export::Args),
    /// Play-test scenarios with bots: win rates, scores, the best line, coverage, expectations.
    Balance(balance::Args),
    /// Translate a scenario: export the strings table a translator fills in, import it back.
    #[command(subcommand)]
    Strings(strings::Args),
}

// Who plays, where the run record goes and where it is sent: `play`'s flags and the game's, over
// the settings file. The game words the help texts for itself (`game::Args`).
#[derive(clap::Args)]
struct Recording {
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
}

impl Recording {
    /// The flags over the settings file over the defaults (`--no-record` is the caller's).
    fn settings(&self) -> Result<config::Settings, ConfigError> {
        config::load()?.settings(
            self.player.as_deref(),
            self.results.as_deref(),
            self.lrs.as_deref(),
        )
    }
}

// The seed of the (first) deal: the same seed, the same deal. `play` and `balance`.
#[derive(clap::Args)]
struct Seed {
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

// What a command prints: text for a person, or JSON for tools. `check` and `balance`.
#[derive(clap::Args)]
struct Output {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Format {
    Human,
    Json,
}

/// The language this run speaks, chosen once at the start (see [`main`]).
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The language `--lang` named, if it was given.
static FLAG_LANG: std::sync::OnceLock<Option<Lang>> = std::sync::OnceLock::new();

/// The language `--lang` named (`strings` translates into it), if it was given.
pub fn flag_lang() -> Option<Lang> {
    FLAG_LANG.get().copied().flatten()
}

/// The language the CLI speaks: `--lang`, the settings file, the system, English.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Parses the command line and runs the command: its exit code, after an error's one line.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                Exit::Usage
            } else {
                Exit::Ok
            }
            .into();
        }
    };
    let chosen = match config::load() {
        Ok(c) => c.language(cli.lang),
        // A broken settings file is reported by the command that reads it.
        Err(_) => cli
            .lang
            .or_else(key_account::i18n::from_system)
            .unwrap_or_default(),
    };
    let _ = LANG.set(chosen);
    let _ = FLAG_LANG.set(cli.lang);
    let outcome = match cli.command {
        None => return game::run(&cli.game),
        Some(Command::Check(args)) => check::run(args),
        Some(Command::Play(args)) => play::run(args),
        Some(Command::New(args)) => new::run(args),
        Some(Command::Replay(args)) => replay::run(args),
        Some(Command::Report(args)) => report::run(args),
        Some(Command::ExportXapi(args)) => export::run(args),
        Some(Command::Balance(args)) => balance::run(args),
        Some(Command::Strings(args)) => strings::run(args),
    };
    match outcome {
        Ok(exit) => exit.into(),
        Err(Failure { exit, error }) => {
            tell!(
                "{}",
                key_account::tr!(lang(), "cli-error", error = format!("{error:#}"))
            );
            exit.into()
        }
    }
}

/// An LRS's refusal is a problem met (exit 1); a URL it cannot use, unusable settings (exit 2).
fn lrs_exit(e: &LrsError) -> Exit {
    match e {
        LrsError::BadUrl { .. } => Exit::Usage,
        _ => Exit::Problems,
    }
}

/// The scenario files that `paths` name (files, or folders of `.ron` files). A path that
/// cannot be read, or a folder without scenarios, is an error.
fn scenario_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut files = Vec::new();
    for p in paths {
        let found = scenario::scenario_files(p)
            .with_context(|| {
                key_account::tr!(lang(), "cli-cannot-read", file = p.display().to_string())
            })
            .or_exit(Exit::Usage)?;
        if found.is_empty() {
            fail!(
                Exit::Usage,
                "{}",
                key_account::tr!(lang(), "cli-no-scenarios", folder = p.display().to_string())
            );
        }
        files.extend(found);
    }
    Ok(files)
}
