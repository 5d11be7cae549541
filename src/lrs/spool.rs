//! The spool: a run's statements wait in `RESULTS/xapi-spool/` until the LRS has taken them.
//!
//! Write first, then send: [`deliver`] writes the run's statements to the spool (atomically, one
//! file per run, named after the record), then [`flush`]es the spool: the run itself first, then
//! the others oldest first, several runs per POST (up to [`BATCH`] statements), within a time
//! bound ([`WAIT`]; what is left waits for the next start). A file is removed only once the LRS
//! answered with the ids of its statements. A crash, a closed laptop or a stopped LRS leaves the
//! file for the next start. A file sent but not yet removed is sent again later, which stores
//! nothing twice: statement ids are stable and an LRS keeps one statement per id.
//!
//! The spool never follows a symbolic link. An entry that is not a spool file (truncated, huge,
//! a link, a folder) is moved once into [`unreadable_folder`] and named then, not at every start.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{BATCH, Client, LrsError};
use crate::i18n::Lang;
use crate::record::xapi;
use crate::tr;

pub use super::delivery::{Delivery, deliver, deliver_within, flush_in_background};

/// The spool's folder name inside the results folder. Records are `*.json` files directly in the
/// results folder; the spool is a subfolder, so `report` and `export-xapi` never read it.
pub const FOLDER: &str = "xapi-spool";
/// A spool file larger than this is not ours (a run is at most ~203 bounded statements).
const MAX_FILE: u64 = 16 * 1024 * 1024;
/// How long `deliver` (the end of `play`, the debrief) spends sending before it leaves the rest
/// of the spool for the next start.
pub const WAIT: Duration = Duration::from_secs(20);

pub fn folder(results: &Path) -> PathBuf {
    results.join(FOLDER)
}

/// Where runs the LRS refused for their content go (kept, never retried by themselves).
pub fn rejected_folder(results: &Path) -> PathBuf {
    folder(results).join("rejected")
}

/// Where spool entries that are not spool files go, so they are named once.
pub fn unreadable_folder(results: &Path) -> PathBuf {
    folder(results).join("unreadable")
}

/// Why a run could not be spooled. Each displays as one line with its cause (the game shows it
/// as it is); none has a `source()`.
#[derive(Debug)]
pub enum SpoolError {
    CreateFolder { dir: PathBuf, why: std::io::Error },
    Encode(serde_json::Error),
    Write { dir: PathBuf, why: std::io::Error },
    Save { path: PathBuf, why: std::io::Error },
    Xapi(xapi::XapiError),
}

impl SpoolError {
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            SpoolError::CreateFolder { dir, why } => tr!(
                lang,
                "lrs-spool-create",
                dir = shown(dir),
                why = why.to_string()
            ),
            SpoolError::Encode(e) => tr!(lang, "lrs-spool-encode", why = e.to_string()),
            SpoolError::Write { dir, why } => tr!(
                lang,
                "lrs-spool-write",
                dir = shown(dir),
                why = why.to_string()
            ),
            SpoolError::Save { path, why } => tr!(
                lang,
                "lrs-spool-save",
                file = shown(path),
                why = why.to_string()
            ),
            SpoolError::Xapi(e) => tr!(lang, "lrs-spool-xapi", why = e.to_string()),
        }
    }
}

impl std::fmt::Display for SpoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SpoolError {}

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

/// The spooled entries, oldest run first (records' names start with their time).
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

/// Why a spool entry is not read.
enum Unread {
    /// Gone meanwhile (another process sent it): nothing to say.
    Gone,
    /// Not a spool file: set aside, with why.
    Bad(String),
}

/// A spool file's statements. Never follows a symbolic link, never opens a named pipe for a
/// blocking read, never reads more than [`MAX_FILE`].
fn read(path: &Path) -> Result<Vec<Value>, Unread> {
    let io = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => Unread::Gone,
        _ => Unread::Bad(e.to_string()),
    };
    let meta = std::fs::symlink_metadata(path).map_err(io)?;
    if meta.file_type().is_symlink() {
        return Err(Unread::Bad("a symbolic link".into()));
    }
    if !meta.is_file() {
        return Err(Unread::Bad(crate::files::kind(meta.file_type()).into()));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io)?;
    // The entry may have been swapped for something else between the two looks.
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(Unread::Bad(crate::files::kind(meta.file_type()).into()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(Unread::Bad(format!("larger than {MAX_FILE} bytes")));
    }
    let statements: Vec<Value> = serde_json::from_slice(&bytes)
        .map_err(|e| Unread::Bad(format!("not a JSON array of statements: {e}")))?;
    if statements.is_empty() || !statements.iter().all(Value::is_object) {
        return Err(Unread::Bad("not a JSON array of statements".into()));
    }
    Ok(statements)
}

/// Moves `file` into `to` under a free name; the new place, or `None` when it cannot be moved.
fn move_into(file: &Path, to: &Path) -> Option<PathBuf> {
    std::fs::create_dir_all(to).ok()?;
    let name = file.file_name()?.to_string_lossy().into_owned();
    for n in 0..100 {
        let dest = if n == 0 {
            to.join(&name)
        } else {
            to.join(format!("{name}.{n}"))
        };
        if std::fs::symlink_metadata(&dest).is_ok() {
            continue;
        }
        // A rename moves a link itself, never what it points to.
        return std::fs::rename(file, &dest).ok().map(|_| dest);
    }
    None
}

/// What a flush did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flushed {
    /// Runs (spool files) this flush sent and removed itself, and their statements. A file
    /// another process removed first is in `also_sent`, not here.
    pub runs: Vec<PathBuf>,
    pub statements: usize,
    /// Sent by this flush, but removed by another one sending the same spool at the same time.
    pub also_sent: Vec<PathBuf>,
    /// Spool entries that are not statements, moved to [`unreadable_folder`] (where they are
    /// now, and why), so they are named only once.
    pub unreadable: Vec<(PathBuf, String)>,
    /// Runs the LRS refused for what they hold (400, 409, 413, 422): moved to
    /// [`rejected_folder`] so they block nothing behind them, and kept. `(where it is now, why)`.
    pub rejected: Vec<(PathBuf, LrsError)>,
    /// Spool files still waiting after this flush (not sent, or the time to send ran out): they
    /// go at the next start.
    pub left: usize,
    /// The LRS error that stopped the flush; what was not sent stays spooled.
    pub stopped: Option<LrsError>,
}

/// True for an answer about the statements themselves rather than the LRS or the credentials:
/// sending the same file again would get the same answer.
fn refuses_content(e: &LrsError) -> bool {
    matches!(e, LrsError::Status { status, .. } if matches!(status, 400 | 409 | 413 | 422))
}

/// Sends every spooled run, oldest first, several per request, removing each once the LRS took
/// it. A run the LRS refuses for its content is moved aside ([`Flushed::rejected`]); any other
/// LRS error stops the flush (the rest stays spooled) and is returned in [`Flushed::stopped`].
pub fn flush(results: &Path, client: &Client) -> Flushed {
    flush_within(results, client, None, None)
}

/// [`flush`], sending `first` before the others and trying nothing new after `deadline`.
pub fn flush_within(
    results: &Path,
    client: &Client,
    first: Option<&Path>,
    deadline: Option<Instant>,
) -> Flushed {
    let mut files = pending(results);
    if let Some(f) = first
        && let Some(i) = files.iter().position(|p| p == f)
    {
        let f = files.remove(i);
        files.insert(0, f);
    }
    let mut done = Flushed::default();
    sweep(results, client, files, deadline, &mut done);
    done.left = pending(results).len();
    done
}

fn sweep(
    results: &Path,
    client: &Client,
    files: Vec<PathBuf>,
    deadline: Option<Instant>,
    done: &mut Flushed,
) {
    let mut batch: Vec<(PathBuf, Vec<Value>)> = Vec::new();
    let mut size = 0;
    for file in files {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return;
        }
        let statements = match read(&file) {
            Ok(s) => s,
            Err(Unread::Gone) => continue,
            Err(Unread::Bad(why)) => {
                if let Some(to) = move_into(&file, &unreadable_folder(results)) {
                    done.unreadable.push((to, why));
                }
                continue;
            }
        };
        if size + statements.len() > BATCH && !batch.is_empty() {
            if !send(results, client, std::mem::take(&mut batch), deadline, done) {
                return;
            }
            size = 0;
        }
        size += statements.len();
        batch.push((file, statements));
    }
    if !batch.is_empty() {
        send(results, client, batch, deadline, done);
    }
}

/// Posts a batch of spooled runs in one request (or each in its own, to find the one the LRS
/// refuses). False when the flush must stop ([`Flushed::stopped`] says why; the batch stays).
fn send(
    results: &Path,
    client: &Client,
    batch: Vec<(PathBuf, Vec<Value>)>,
    deadline: Option<Instant>,
    done: &mut Flushed,
) -> bool {
    let all: Vec<Value> = batch.iter().flat_map(|(_, s)| s.iter().cloned()).collect();
    let posted = if all.len() <= BATCH {
        client.post_by(&all, deadline)
    } else {
        all.chunks(BATCH)
            .try_for_each(|c| client.post_by(c, deadline))
    };
    drop(all);
    match posted {
        Ok(()) => {
            for (file, statements) in batch {
                match std::fs::remove_file(&file) {
                    Ok(()) => {
                        done.statements += statements.len();
                        done.runs.push(file);
                    }
                    // Another process sent it too and removed it first (the LRS stored it
                    // once), or it cannot be removed (it goes again, storing nothing twice).
                    Err(_) => done.also_sent.push(file),
                }
            }
            true
        }
        Err(e) if refuses_content(&e) && batch.len() > 1 => batch
            .into_iter()
            .all(|run| send(results, client, vec![run], deadline, done)),
        Err(e) if refuses_content(&e) => {
            let (file, _) = &batch[0];
            match move_into(file, &rejected_folder(results)) {
                Some(to) => {
                    done.rejected.push((to, e));
                    true
                }
                None => {
                    done.stopped = Some(e);
                    false
                }
            }
        }
        Err(e) => {
            done.stopped = Some(e);
            false
        }
    }
}
