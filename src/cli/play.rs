//! `play`: a deal in the terminal. Commands come from standard input or `--script`, one per
//! line; the debrief follows the decision, then the run record is saved (and sent to the LRS,
//! if one is set).

mod review;

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::Context as _;

use key_account::escape;
use key_account::files::Lines;
use key_account::lrs::{Lrs, spool};
use key_account::record::{self, RunRecord};
use key_account::scenario;
use key_account::sim::{Action, Deal, Event, Part, Verdict};
use key_account::tr;

use super::out::{err_raw, out_raw};
use super::{Exit, Failure, OrExit, Outcome, Recording, Seed};

/// A command line of `play` is at most this long (a scenario id and a command are short).
const MAX_COMMAND_LINE: usize = 4096;

/// `play` reads at most this many lines of commands (a deal takes tens).
const MAX_COMMAND_LINES: usize = 1_000_000;

#[derive(clap::Args)]
pub struct Args {
    scenario: PathBuf,
    #[command(flatten)]
    seed: Seed,
    /// A file of commands, one per line (`meet han_zong`, `tactic tech_proposal`, `decide`).
    #[arg(long)]
    script: Option<PathBuf>,
    #[command(flatten)]
    recording: Recording,
}

/// Where the run goes when the deal is over.
struct RecordTo {
    player: String,
    /// `None` when the platform has no data folder and none was given: an error at the end.
    dir: Option<PathBuf>,
    lrs: Option<Lrs>,
}

/// The commands of a deal as they come in, and when each action was taken.
struct Commands {
    lines: Lines<Box<dyn BufRead>>,
    /// Where the commands come from, for messages.
    source: String,
    interactive: bool,
    times: Vec<SystemTime>,
    /// The bytes the actions taken so far take in the run record.
    recorded: u64,
}

pub fn run(args: Args) -> Outcome {
    let settings = args.recording.settings().or_exit(Exit::Usage)?;
    let record_to = (!args.recording.no_record).then_some(RecordTo {
        player: settings.player,
        dir: settings.results,
        lrs: settings.lrs,
    });
    let started = SystemTime::now();
    let path = &args.scenario;
    let lang = super::lang();
    let report = scenario::load_path_in(path, lang);
    err_raw(&report.render(std::io::stderr().is_terminal()));
    let Some(sc) = report.scenario else {
        fail!(
            Exit::Problems,
            "{}",
            tr!(lang, "cli-has-errors", file = path.display().to_string())
        );
    };
    let mut commands = open(args.script.as_deref())?;
    let sc = sc.in_language(lang);
    let mut deal = Deal::new(&sc, args.seed.seed);
    let f = sc.data();
    say!(
        "{}\n\n{}\n\n{}\n",
        f.title,
        f.story,
        tr!(lang, "play-objective", objective = f.objective.as_str())
    );
    for line in &f.start.briefing {
        say!("  - {line}");
    }
    if commands.interactive {
        review::status(&deal);
    }
    take_commands(&mut deal, &mut commands)?;
    if !deal.is_finished() {
        commands.times.push(SystemTime::now());
        let _ = deal.apply(Action::AwaitDecision);
    } else {
        refuse_late(&mut commands.lines);
    }
    print_debrief(&deal)?;
    match record_to {
        Some(to) => save(&deal, path, &to, started, &commands.times),
        None => Ok(Exit::Ok),
    }
}

/// The commands from `--script` (anything readable but a folder: a pipe from `<(...)` is fine,
/// and an endless stream is stopped by the line limits), else from standard input.
fn open(script: Option<&Path>) -> Result<Commands, Failure> {
    let (input, source): (Box<dyn BufRead>, String) = match script {
        Some(s) => {
            let file = std::fs::metadata(s)
                .and_then(|meta| {
                    if meta.is_dir() {
                        Err(std::io::Error::other(tr!(
                            super::lang(),
                            "play-script-is-folder"
                        )))
                    } else {
                        std::fs::File::open(s)
                    }
                })
                .with_context(|| {
                    tr!(
                        super::lang(),
                        "play-cannot-read-script",
                        file = s.display().to_string()
                    )
                })
                .or_exit(Exit::Usage)?;
            (
                Box::new(std::io::BufReader::new(file)),
                s.display().to_string(),
            )
        }
        None => (
            Box::new(std::io::stdin().lock()),
            tr!(super::lang(), "play-standard-input"),
        ),
    };
    Ok(Commands {
        lines: Lines::new(input, MAX_COMMAND_LINE),
        source,
        interactive: script.is_none() && std::io::stdin().is_terminal(),
        times: Vec::new(),
        recorded: 0,
    })
}

/// Takes commands until the deal is decided or they run out. A script that cannot be read is
/// an error: a broken script must not decide the deal and leave a record of a game nobody
/// played.
fn take_commands(deal: &mut Deal, commands: &mut Commands) -> Result<(), Failure> {
    let lang = deal.scenario().lang();
    while !deal.is_finished() {
        if commands.interactive {
            out_raw("> ");
        }
        let source = &commands.source;
        let line = match commands.lines.next_line() {
            Ok(Some(line)) if commands.lines.line() <= MAX_COMMAND_LINES => line,
            Ok(Some(_)) => fail!(
                Exit::Usage,
                "{}",
                tr!(
                    lang,
                    "play-too-many-lines",
                    source = source.as_str(),
                    max = MAX_COMMAND_LINES
                )
            ),
            Ok(None) => break,
            Err(e) => fail!(
                Exit::Usage,
                "{}",
                tr!(
                    lang,
                    "play-script-broken",
                    source = source.as_str(),
                    why = e.to_string()
                )
            ),
        };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || review::show(deal, line) {
            continue;
        }
        let action = match deal.scenario().parse_action(line) {
            Ok(a) => a,
            Err(e) => {
                say!("  ? {}", escape::line(&e.message(lang)));
                continue;
            }
        };
        say!(
            "{}",
            tr!(
                lang,
                "play-day-action",
                day = deal.day(),
                action = escape::line(&deal.scenario().label(&action)).into_owned()
            )
        );
        let now = SystemTime::now();
        let day = deal.day();
        commands.times.push(now);
        match deal.apply(action) {
            Ok(events) => {
                say_events(deal, &events);
                commands.recorded += record::RecordedAction {
                    day,
                    command: deal.scenario().command(&action),
                    at: Some(record::timestamp(now)),
                }
                .encoded_len();
                // A record `replay` and `report` refuse would lose the run: the buyer decides
                // before the record outgrows what they read.
                if commands.recorded > record::ACTIONS_ROOM && !deal.is_finished() {
                    say!(
                        "{}",
                        tr!(
                            lang,
                            "play-record-full",
                            mib = record::MAX_RECORD_BYTES >> 20
                        )
                    );
                    commands.times.push(SystemTime::now());
                    if let Ok(events) = deal.apply(Action::AwaitDecision) {
                        say_events(deal, &events);
                    }
                }
            }
            Err(why) => {
                commands.times.pop();
                say!(
                    "  {}",
                    tr!(lang, "play-not-now", why = deal.scenario().explain(&why))
                );
            }
        }
    }
    Ok(())
}

fn say_events(deal: &Deal, events: &[Event]) {
    for e in events {
        if !matches!(e, Event::DayPassed { .. }) {
            say!("  {}", deal.scenario().describe(e));
        }
    }
}

/// Commands typed after the decision (a power-map mark, say) are refused aloud, never dropped
/// silently.
fn refuse_late(lines: &mut Lines<Box<dyn BufRead>>) {
    let mut late = 0;
    while let Ok(Some(line)) = lines.next_line() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || lines.line() > MAX_COMMAND_LINES {
            continue;
        }
        late += 1;
        if late == 1 {
            say!(
                "  {}",
                tr!(
                    super::lang(),
                    "play-too-late",
                    command = escape::clip(line, 60).into_owned()
                )
            );
        }
    }
}

/// The verdict and the score, part by part, with the debrief's lines.
fn print_debrief(deal: &Deal) -> Result<(), Failure> {
    let lang = deal.scenario().lang();
    let Some(o) = deal.outcome() else {
        fail!(Exit::Problems, "{}", tr!(lang, "cli-no-outcome"));
    };
    let f = deal.scenario().data();
    let verdict = match o.verdict {
        Verdict::Won => tr!(lang, "play-verdict-won"),
        Verdict::Lost { winner } => tr!(
            lang,
            "play-verdict-lost",
            winner = f.vendors[winner].name.as_str()
        ),
        Verdict::NoDecision { kept: Some(k) } => {
            tr!(lang, "play-verdict-kept", kept = f.vendors[k].name.as_str())
        }
        Verdict::NoDecision { kept: None } => tr!(lang, "play-verdict-no-decision"),
        Verdict::Disqualified { .. } => tr!(lang, "play-verdict-disqualified"),
    };
    say!(
        "\n{}",
        tr!(
            lang,
            "play-debrief",
            verdict = verdict,
            day = o.day,
            score = format!("{:.1}", o.score.total),
            max = format!("{:.0}", o.score.max)
        )
    );
    for part in Part::ALL {
        let sp = o.score.parts.iter().find(|p| p.part == part);
        if let Some(sp) = sp {
            say!(
                "\n{} {:5.1} / {:.0}",
                pad(&part.label(lang), 28),
                sp.points,
                sp.max
            );
        }
        for l in o.debrief.iter().filter(|l| l.part == part) {
            let when = l
                .day
                .map(|d| tr!(lang, "play-debrief-day", day = d))
                .unwrap_or_default();
            say!("  {:+5.1}  {when}{}", l.points, l.text);
        }
    }
    Ok(())
}

/// Saves the run record, then sends it when an LRS is set.
fn save(
    deal: &Deal,
    path: &Path,
    to: &RecordTo,
    started: SystemTime,
    times: &[SystemTime],
) -> Outcome {
    let lang = deal.scenario().lang();
    let Some(dir) = &to.dir else {
        fail!(Exit::Problems, "{}", tr!(lang, "play-no-data-folder"));
    };
    let finished = SystemTime::now();
    let file = path.display().to_string();
    let Some(rec) = RunRecord::of(deal, &file, &to.player, started, finished, times) else {
        fail!(Exit::Problems, "{}", tr!(lang, "cli-no-outcome"));
    };
    let saved = record::write(dir, &rec)
        .context(tr!(lang, "play-record-not-saved"))
        .or_exit(Exit::Problems)?;
    say!(
        "\n{}",
        tr!(
            lang,
            "play-record-saved",
            file = saved.display().to_string()
        )
    );
    match &to.lrs {
        Some(lrs) => send(dir, &saved, &rec, lrs),
        None => Ok(Exit::Ok),
    }
}

/// Sends a saved run through the spool and says where it went: the run first, then what waits
/// in the spool, several runs a request, for at most `spool::WAIT` (the rest waits for the next
/// start, and the line says so). A refusal (by the LRS or the settings) is an error; an LRS that
/// cannot be reached now is not: the run waits in the spool.
fn send(results: &Path, saved: &Path, rec: &RunRecord, lrs: &Lrs) -> Outcome {
    let lang = super::lang();
    for n in key_account::lrs::commands::notices(lrs) {
        tell!("{}", n.message(lang));
    }
    let waiting = spool::pending(results).len();
    if waiting > 0 {
        say!(
            "{}",
            tr!(
                lang,
                "lrs-play-sending",
                url = lrs.shown_url(),
                waiting = waiting,
                secs = spool::WAIT.as_secs()
            )
        );
    }
    let delivery = spool::deliver(results, saved, rec, lrs)
        .map_err(|e| anyhow::Error::msg(e.message(lang)))
        .or_exit(Exit::Problems)?;
    for note in delivery.notes_in(lang) {
        say!("{note}");
    }
    if delivery.refused() {
        fail!(Exit::Problems, "{}", delivery.line_in(lang));
    }
    say!("{}", delivery.line_in(lang));
    Ok(Exit::Ok)
}

/// `text` padded with spaces to `width` columns as a terminal shows them (a Chinese character
/// takes two), so tables line up in every language.
pub fn pad(text: &str, width: usize) -> String {
    let shown = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}
