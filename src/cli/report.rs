//! `report`: a folder of run records, or an LRS's runs, summarized for a trainer; also as CSV
//! and as an HTML page.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use key_account::lrs::commands::{ReadRunsError, read_runs};
use key_account::record::{self, Records, report::Report};
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
    let (good, bad) = runs(&args)?;
    // Records from a folder are told apart by file name; from an LRS, by statement id.
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
fn runs(args: &Args) -> Result<Records, Failure> {
    match (&args.dir, &args.lrs) {
        (_, Some(url)) => {
            read_runs(url, args.scenario.as_deref(), args.since.as_deref()).map_err(|e| {
                let exit = match &e {
                    ReadRunsError::Lrs(lrs) => super::lrs_exit(lrs),
                    ReadRunsError::Since(_) | ReadRunsError::Settings(_) => Exit::Usage,
                };
                Failure {
                    exit,
                    error: e.into(),
                }
            })
        }
        (Some(_), None) if args.scenario.is_some() || args.since.is_some() => fail!(
            Exit::Usage,
            "--scenario and --since go with --lrs URL; a folder's report reads every record in it"
        ),
        (Some(dir), None) => record::read_dir(dir).or_exit(Exit::Usage),
        (None, None) => fail!(Exit::Usage, "give a folder or --lrs URL"),
    }
}

/// The file name of a path, for reports (records are told apart by name in one folder).
fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
