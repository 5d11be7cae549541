//! `export-xapi`: a folder of run records as xAPI 1.0.3 statements, to a file (one JSON array),
//! to a Learning Record Store, or both. Streamed: one record in memory at a time.

use std::path::{Path, PathBuf};

use key_account::lrs::{self, Client, commands};
use key_account::record::xapi;

use super::{Exit, OrExit, Outcome};

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
    tell!("skipped {}: {why}", f.display());
}

pub fn run(args: Args) -> Outcome {
    if let Some(out) = &args.out {
        let done = xapi::export_file(&args.dir, out, skipped).or_exit(Exit::Usage)?;
        say!(
            "{} statement(s) from {} record(s) written to {}",
            done.statements,
            done.records,
            out.display()
        );
    }
    let Some(url) = &args.lrs else {
        return Ok(Exit::Ok);
    };
    let lrs = commands::lrs_for(url).or_exit(Exit::Usage)?;
    let client = Client::new(&lrs).or_exit(Exit::Usage)?;
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
                "{} statement(s) from {} record(s) sent to {} in {} request(s)",
                sent.exported.statements,
                sent.exported.records,
                client.url(),
                sent.posts
            );
            Ok(Exit::Ok)
        }
        Err((e, sent)) => fail!(
            super::lrs_exit(&e),
            "{e} ({sent} statement(s) were sent before; sending again stores none twice)"
        ),
    }
}
