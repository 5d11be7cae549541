//! The spool: a run's statements wait in `RESULTS/xapi-spool/` until the LRS has taken them.
//!
//! Write first, then send: [`deliver`] writes the run's statements to the spool (atomically, one
//! file per run, named after the record), then [`flush`]es the whole spool, oldest first, and
//! removes each file once the LRS answered 2xx. A crash, a closed laptop or a stopped LRS leaves
//! the file for the next start. A file sent but not yet removed is sent again later, which stores
//! nothing twice: statement ids are stable and an LRS keeps one statement per id.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{BATCH, Client, Lrs, LrsError};
use crate::record::{RunRecord, xapi};

/// The spool's folder name inside the results folder. Records are `*.json` files directly in the
/// results folder; the spool is a subfolder, so `report` and `export-xapi` never read it.
pub const FOLDER: &str = "xapi-spool";
/// A spool file larger than this is not ours (a run is at most ~203 bounded statements).
const MAX_FILE: u64 = 16 * 1024 * 1024;

pub fn folder(results: &Path) -> PathBuf {
    results.join(FOLDER)
}

/// Why a run could not be spooled. Each displays as one line with its cause (the game shows it
/// as it is); none has a `source()`.
#[derive(Debug, thiserror::Error)]
pub enum SpoolError {
    #[error("cannot create the spool {}: {why}", .dir.display())]
    CreateFolder { dir: PathBuf, why: std::io::Error },
    #[error("cannot encode the statements: {0}")]
    Encode(serde_json::Error),
    #[error("cannot write in the spool {}: {why}", .dir.display())]
    Write { dir: PathBuf, why: std::io::Error },
    #[error("cannot save {}: {why}", .path.display())]
    Save { path: PathBuf, why: std::io::Error },
    #[error("the run cannot be sent as xAPI: {0}")]
    Xapi(xapi::XapiError),
}

/// Writes a run's statements to the spool atomically, under the record's file name.
pub fn put(results: &Path, key: &str, statements: &[Value]) -> Result<PathBuf, SpoolError> {
    let dir = folder(results);
    std::fs::create_dir_all(&dir).map_err(|why| SpoolError::CreateFolder {
        dir: dir.clone(),
        why,
    })?;
    let json = serde_json::to_vec(statements).map_err(SpoolError::Encode)?;
    let write = |why| SpoolError::Write {
        dir: dir.clone(),
        why,
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".spool-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(write)?;
    tmp.write_all(&json)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(write)?;
    let name = if key.ends_with(".json") {
        key.to_string()
    } else {
        format!("{key}.json")
    };
    let path = dir.join(name);
    // The same run spooled twice holds the same statements: replacing is harmless.
    tmp.persist(&path).map_err(|e| SpoolError::Save {
        path: path.clone(),
        why: e.error,
    })?;
    Ok(path)
}

/// The spooled files, oldest run first (records' names start with their time).
pub fn pending(results: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder(results)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> Result<Vec<Value>, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_FILE {
        return Err(format!("larger than {MAX_FILE} bytes"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    serde_json::from_slice(&bytes).map_err(|e| format!("not a JSON array of statements: {e}"))
}

/// Where runs the LRS refused for their content go (kept, never retried by themselves).
pub fn rejected_folder(results: &Path) -> PathBuf {
    folder(results).join("rejected")
}

/// What a flush did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flushed {
    /// Runs (spool files) sent and removed, and their statements.
    pub runs: Vec<PathBuf>,
    pub statements: usize,
    /// Spool files that are not statements: left in place, with why.
    pub unreadable: Vec<(PathBuf, String)>,
    /// Runs the LRS refused for what they hold (400, 409, 413, 422): moved to
    /// [`rejected_folder`] so they block nothing behind them, and kept. `(where it is now, why)`.
    pub rejected: Vec<(PathBuf, LrsError)>,
    /// The LRS error that stopped the flush; what was not sent stays spooled.
    pub stopped: Option<LrsError>,
}

/// True for an answer about the statements themselves rather than the LRS or the credentials:
/// sending the same file again would get the same answer.
fn refuses_content(e: &LrsError) -> bool {
    matches!(e, LrsError::Status { status, .. } if matches!(status, 400 | 409 | 413 | 422))
}

/// Sends every spooled run, oldest first, removing each once the LRS took it. A run the LRS
/// refuses for its content is moved aside ([`Flushed::rejected`]); any other LRS error stops the
/// flush (the rest stays spooled) and is returned in [`Flushed::stopped`].
pub fn flush(results: &Path, client: &Client) -> Flushed {
    let mut done = Flushed::default();
    for file in pending(results) {
        let statements = match read(&file) {
            Ok(s) => s,
            Err(why) => {
                done.unreadable.push((file, why));
                continue;
            }
        };
        if let Err(e) = client.post_batched(&statements, BATCH) {
            if refuses_content(&e) {
                let aside = rejected_folder(results);
                let to = aside.join(file.file_name().unwrap_or_default());
                if std::fs::create_dir_all(&aside)
                    .and_then(|_| std::fs::rename(&file, &to))
                    .is_ok()
                {
                    done.rejected.push((to, e));
                    continue;
                }
            }
            done.stopped = Some(e);
            return done;
        }
        // Already gone (another process sent it too): fine, the LRS stored it once.
        let _ = std::fs::remove_file(&file);
        done.statements += statements.len();
        done.runs.push(file);
    }
    done
}

/// Where a run's statements went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The LRS took them (and `earlier` runs that were waiting in the spool).
    Sent {
        url: String,
        statements: usize,
        earlier: usize,
    },
    /// They wait in the spool `folder`, because of `why`, and go at the next start.
    Spooled {
        why: LrsError,
        folder: PathBuf,
        statements: usize,
    },
    /// The LRS refused them for what they hold; they are kept in `file`.
    Rejected { why: LrsError, file: PathBuf },
}

impl Delivery {
    /// One line for the trainee: where the result went.
    pub fn line(&self) -> String {
        match self {
            Delivery::Sent {
                url,
                statements,
                earlier,
            } => {
                let also = match earlier {
                    0 => String::new(),
                    1 => ", with 1 earlier run that was waiting".into(),
                    n => format!(", with {n} earlier runs that were waiting"),
                };
                format!("Sent to the LRS at {url} ({statements} statements){also}.")
            }
            Delivery::Spooled {
                why,
                folder,
                statements,
            } => format!(
                "Not sent yet: {why}. The {statements} statements wait in {} and go at the next \
                 start.",
                folder.display()
            ),
            Delivery::Rejected { why, file } => {
                format!("Not sent: {why}. The run is kept in {}.", file.display())
            }
        }
    }

    /// True when the LRS or the settings refused (as opposed to sent, or not reachable now).
    pub fn refused(&self) -> bool {
        match self {
            Delivery::Sent { .. } => false,
            Delivery::Spooled { why, .. } => !why.is_offline(),
            Delivery::Rejected { .. } => true,
        }
    }
}

/// Sends a saved run to the LRS through the spool: the game's and `play`'s way of sending.
/// `record_path` is where the record was saved (its file name keys the statements, as
/// `export-xapi` does, so either way the LRS stores them once). `Err` when the run cannot be
/// put into xAPI or spooled.
pub fn deliver(
    results: &Path,
    record_path: &Path,
    record: &RunRecord,
    lrs: &Lrs,
) -> Result<Delivery, SpoolError> {
    let key = xapi::key_of(record_path);
    let statements = xapi::statements(record, &key).map_err(SpoolError::Xapi)?;
    let n = statements.len();
    let spooled = put(results, &key, &statements)?;
    let client = match Client::new(lrs) {
        Ok(c) => c,
        Err(why) => {
            return Ok(Delivery::Spooled {
                why,
                folder: folder(results),
                statements: n,
            });
        }
    };
    let name = spooled.file_name().unwrap_or_default();
    let done = flush(results, &client);
    if done.runs.contains(&spooled) {
        return Ok(Delivery::Sent {
            url: client.url().to_string(),
            statements: n,
            earlier: done.runs.len() - 1,
        });
    }
    if let Some((file, why)) = done
        .rejected
        .into_iter()
        .find(|(f, _)| f.file_name() == Some(name))
    {
        return Ok(Delivery::Rejected { why, file });
    }
    let why = done.stopped.unwrap_or_else(|| LrsError::BadAnswer {
        url: client.url().to_string(),
        why: "the spooled run could not be read back".into(),
    });
    Ok(Delivery::Spooled {
        why,
        folder: folder(results),
        statements: n,
    })
}

/// Sends what waits in the spool on a thread of its own (the game does this at start).
pub fn flush_in_background(results: PathBuf, lrs: Lrs) -> std::thread::JoinHandle<Flushed> {
    std::thread::spawn(move || match Client::new(&lrs) {
        Ok(client) => flush(&results, &client),
        Err(e) => Flushed {
            stopped: Some(e),
            ..Flushed::default()
        },
    })
}
