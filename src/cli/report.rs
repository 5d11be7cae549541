//! `report`: a folder of run records, or an LRS's runs, summarized for a trainer; also as CSV
//! and as an HTML page.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use key_account::i18n::Lang;
use key_account::lrs::commands::{self, ReadRunsError, read_runs};
use key_account::lrs::{Progress, Records};
use key_account::record::{self, report::Report};
use key_account::tr;

use super::{Exit, Failure, OrExit, Outcome};

#[derive(clap::Args)]
pub struct Args {
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
}

pub fn run(args: Args) -> Outcome {
    let (good, bad) = runs(&args, super::lang())?;
    // Records are told apart by file name, from a folder or an LRS (there, a file that more than
    // one statement claims is skipped as a conflict, so no run replaces another).
    let r = Report::new(
        good.into_iter().map(|(f, r)| (file_name(&f), r)).collect(),
        bad.into_iter()
            .map(|(f, why)| (f.display().to_string(), why))
            .collect(),
    );
    let lang = super::lang();
    say!("{}", r.text(lang).trim_end());
    if let Some(p) = &args.csv {
        r.csv()
            .map_err(anyhow::Error::msg)
            .and_then(|t| Ok(std::fs::write(p, t)?))
            .with_context(|| tr!(lang, "cli-cannot-write", file = p.display().to_string()))
            .or_exit(Exit::Problems)?;
        say!(
            "{}",
            tr!(lang, "report-csv-written", file = p.display().to_string())
        );
    }
    if let Some(p) = &args.html {
        std::fs::write(p, r.html(lang))
            .with_context(|| tr!(lang, "cli-cannot-write", file = p.display().to_string()))
            .or_exit(Exit::Problems)?;
        say!(
            "{}",
            tr!(lang, "report-html-written", file = p.display().to_string())
        );
    }
    Ok(Exit::Ok)
}

/// The runs to report: a folder's records, or an LRS's.
fn runs(args: &Args, lang: Lang) -> Result<Records, Failure> {
    match (&args.dir, &args.lrs) {
        (_, Some(url)) => from_lrs(args, url, lang),
        (Some(_), None) if args.scenario.is_some() || args.since.is_some() => {
            fail!(Exit::Usage, "{}", tr!(lang, "lrs-report-filters-need-lrs"))
        }
        (Some(dir), None) => record::read_dir(dir).or_exit(Exit::Usage),
        (None, None) => fail!(Exit::Usage, "{}", tr!(lang, "lrs-report-folder-or-lrs")),
    }
}

/// An LRS's runs, with its warnings first and, on a terminal, how far the reading has got.
fn from_lrs(args: &Args, url: &str, lang: Lang) -> Result<Records, Failure> {
    let lrs = commands::lrs_for(url).map_err(|e| Failure {
        exit: Exit::Usage,
        error: anyhow::Error::msg(e.message(lang)),
    })?;
    for n in commands::notices(&lrs) {
        tell!("{}", n.message(lang));
    }
    let bar = progress();
    let mut show = |p: Progress| {
        bar.set_message(tr!(
            lang,
            "lrs-progress",
            pages = p.pages,
            statements = p.statements
        ));
    };
    let found = read_runs(
        &lrs,
        args.scenario.as_deref(),
        args.since.as_deref(),
        &mut show,
    );
    bar.finish_and_clear();
    let found = found.map_err(|e| {
        let exit = match &e {
            ReadRunsError::Lrs(lrs) => super::lrs_exit(lrs),
            ReadRunsError::Since(_) | ReadRunsError::Settings(_) => Exit::Usage,
        };
        Failure {
            exit,
            error: anyhow::Error::msg(e.message(lang)),
        }
    })?;
    Ok(found.into_records(lang))
}

/// A spinner with a line of progress on standard error, when it is a terminal.
fn progress() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    if std::io::stderr().is_terminal() {
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
    } else {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar
}

/// The file name of a path, for reports (records are told apart by name in one folder).
fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
