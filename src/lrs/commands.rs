//! The command line's LRS parts, kept here so `main.rs` only dispatches: `export-xapi` (to a
//! file, to an LRS, or both), reading a report's runs from an LRS, and sending after `play`.
//! Messages go to stdout and stderr; each failure is one line and a non-zero exit.

use std::path::Path;
use std::process::ExitCode;

use super::{BATCH, Client, Lrs, LrsError, Records, spool};
use crate::config;
use crate::record::{RunRecord, xapi};

/// Exit code for an LRS that refused or could not be reached.
const LRS_FAILED: u8 = 1;
/// Exit code for unusable settings (a bad URL, a broken settings file).
const BAD_SETTINGS: u8 = 2;

fn code_of(e: &LrsError) -> ExitCode {
    ExitCode::from(match e {
        LrsError::BadUrl { .. } => BAD_SETTINGS,
        _ => LRS_FAILED,
    })
}

/// The LRS for `url` with credentials from the environment or the settings file.
pub fn lrs_for(url: &str) -> Result<Lrs, String> {
    let cfg = config::load()?;
    cfg.lrs(Some(url))
        .ok_or_else(|| format!("the LRS URL {url:?} is empty"))
}

/// `println!` with control characters from files, names and servers shown escaped; a closed
/// pipe is not a panic.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), "{}", crate::escape::text(&format!($($t)*)));
    }};
}

/// `eprintln!` with control characters shown escaped.
macro_rules! tell {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), "{}", crate::escape::text(&format!($($t)*)));
    }};
}

/// `export-xapi DIR [--out FILE] [--lrs URL]`: streamed, one record in memory at a time.
pub fn export_xapi(
    dir: &Path,
    out: Option<&Path>,
    lrs_url: Option<&str>,
    batch: usize,
) -> ExitCode {
    let skip = |f: &Path, why: &str| tell!("skipped {}: {why}", f.display());
    if let Some(out) = out {
        match xapi::export_file(dir, out, skip) {
            Ok(done) => say!(
                "{} statement(s) from {} record(s) written to {}",
                done.statements,
                done.records,
                out.display()
            ),
            Err(e) => {
                tell!("error: {e}");
                return ExitCode::from(BAD_SETTINGS);
            }
        }
    }
    let Some(url) = lrs_url else {
        return ExitCode::SUCCESS;
    };
    let client = match lrs_for(url).and_then(|l| Client::new(&l).map_err(|e| e.to_string())) {
        Ok(c) => c,
        Err(e) => {
            tell!("error: {e}");
            return ExitCode::from(BAD_SETTINGS);
        }
    };
    // The file export above already named the skipped files.
    let quiet = out.is_some();
    let skip = |f: &Path, why: &str| {
        if !quiet {
            tell!("skipped {}: {why}", f.display());
        }
    };
    match super::send_folder(&client, dir, batch.max(1), skip) {
        Ok(Ok(sent)) => {
            say!(
                "{} statement(s) from {} record(s) sent to {} in {} request(s)",
                sent.exported.statements,
                sent.exported.records,
                client.url(),
                sent.posts
            );
            ExitCode::SUCCESS
        }
        Ok(Err((e, sent))) => {
            tell!(
                "error: {e} ({sent} statement(s) were sent before; sending again stores none twice)"
            );
            code_of(&e)
        }
        Err(e) => {
            tell!("error: {e}");
            ExitCode::from(BAD_SETTINGS)
        }
    }
}

/// The runs a report reads from an LRS (`report --lrs URL [--scenario ID] [--since TIME]`).
pub fn read_runs(
    url: &str,
    scenario: Option<&str>,
    since: Option<&str>,
) -> Result<Records, (String, ExitCode)> {
    let bad = |e: String| (e, ExitCode::from(BAD_SETTINGS));
    let since = match since {
        Some(s) => Some(
            humantime::parse_rfc3339_weak(s.trim())
                .map(crate::record::timestamp)
                .map_err(|_| {
                    bad(format!(
                        "--since {s:?} is not a time like 2026-01-31T09:00:00Z"
                    ))
                })?,
        ),
        None => None,
    };
    let lrs = lrs_for(url).map_err(bad)?;
    let client = Client::new(&lrs).map_err(|e| (e.to_string(), code_of(&e)))?;
    super::read_records(&client, scenario, since.as_deref())
        .map_err(|e| (e.to_string(), code_of(&e)))
}

/// After `play` saved a record: sends it (through the spool) when an LRS is configured and prints
/// where it went. Returns false when the LRS or the settings refused it (it stays spooled).
pub fn after_play(results: &Path, record_path: &Path, record: &RunRecord, lrs: &Lrs) -> bool {
    match spool::deliver(results, record_path, record, lrs) {
        Ok(d) => {
            if d.refused() {
                tell!("error: {}", d.line());
                false
            } else {
                say!("{}", d.line());
                true
            }
        }
        Err(e) => {
            tell!("error: {e}");
            false
        }
    }
}

/// The batch size `export-xapi --lrs` uses unless told otherwise.
pub const DEFAULT_BATCH: usize = BATCH;
