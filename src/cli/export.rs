//! `export-xapi`: a folder of run records as xAPI 1.0.3 statements, to a file (one JSON array),
//! to a Learning Record Store, or both. Streamed: one record in memory at a time.

use std::path::{Path, PathBuf};

use key_account::lrs::{self, Client, commands};
use key_account::record::xapi;
use key_account::tr;

use super::{Exit, Failure, OrExit, Outcome};

#[derive(clap::Args)]
pub struct Args {
    dir: PathBuf,
    #[arg(long, required_unless_present = "lrs")]
    out: Option<PathBuf>,
    /// Post the statements to this LRS's xAPI endpoint (URL/statements), in batches.
    /// Credentials: KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD, or the settings file.
    #[arg(long, value_name = "URL")]
    lrs: Option<String>,
    /// Statements per request.
    #[arg(long, default_value_t = commands::DEFAULT_BATCH)]
    batch: usize,
}

/// Names a file that is not exported, and why.
fn skipped(f: &Path, why: &str) {
    tell!(
        "{}",
        tr!(
            super::lang(),
            "report-skipped",
            file = f.display().to_string(),
            why = why
        )
    );
}

pub fn run(args: Args) -> Outcome {
    if let Some(out) = &args.out {
        let done = xapi::export_file(&args.dir, out, skipped).or_exit(Exit::Usage)?;
        say!(
            "{}",
            tr!(
                super::lang(),
                "export-written",
                statements = done.statements,
                records = done.records,
                file = out.display().to_string()
            )
        );
    }
    let Some(url) = &args.lrs else {
        return Ok(Exit::Ok);
    };
    let lang = super::lang();
    let lrs = commands::lrs_for(url)
        .map_err(|e| anyhow::Error::msg(e.message(lang)))
        .or_exit(Exit::Usage)?;
    for n in commands::notices(&lrs) {
        tell!("{}", n.message(lang));
    }
    let client = Client::new(&lrs).map_err(|e| Failure {
        exit: super::lrs_exit(&e),
        error: anyhow::Error::msg(e.message(lang)),
    })?;
    // The file export above already named the skipped files.
    let quiet = args.out.is_some();
    let skip = |f: &Path, why: &str| {
        if !quiet {
            skipped(f, why);
        }
    };
    let sent =
        lrs::send_folder(&client, &args.dir, args.batch.max(1), skip).or_exit(Exit::Usage)?;
    match sent {
        Ok(sent) => {
            say!(
                "{}",
                tr!(
                    super::lang(),
                    "export-sent",
                    statements = sent.exported.statements,
                    records = sent.exported.records,
                    url = client.url().to_string(),
                    requests = sent.posts
                )
            );
            Ok(Exit::Ok)
        }
        Err((e, sent)) => fail!(
            super::lrs_exit(&e),
            "{}",
            tr!(
                super::lang(),
                "export-failed",
                why = e.message(super::lang()),
                sent = sent
            )
        ),
    }
}
