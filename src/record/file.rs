//! Run record files: written atomically, read with limits, listed by folder.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{FORMAT, MAX_RECORD_BYTES, RunRecord};
use crate::files::ReadError;

/// How many names `write` tries (`NAME.json`, `NAME-1.json`, ...) before it gives up.
const NAME_TRIES: usize = 10_000;

/// Why a record could not be written or read. Each displays as one line that names the place
/// and its cause, as the CLI and the game show it; none has a `source()` (a printer of error
/// chains would repeat the cause).
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("cannot create the results folder {}: {why}", .dir.display())]
    CreateFolder { dir: PathBuf, why: io::Error },
    #[error("cannot encode the record: {0}")]
    Encode(serde_json::Error),
    #[error("cannot write in the results folder {}: {why}", .dir.display())]
    Temporary { dir: PathBuf, why: io::Error },
    #[error("cannot write the record in {}: {why}", .dir.display())]
    Write { dir: PathBuf, why: io::Error },
    #[error("cannot save the record as {}: {why}", .path.display())]
    Save { path: PathBuf, why: io::Error },
    #[error(
        "cannot save the record in {}: {tries} files named {stem}-*.json are already there",
        .dir.display(),
        tries = NAME_TRIES
    )]
    NamesTaken { dir: PathBuf, stem: String },
    /// The file is not a regular file of at most [`MAX_RECORD_BYTES`], or cannot be read.
    #[error("cannot read it: {0}")]
    Read(ReadError),
    #[error("not a valid record: {0}")]
    Invalid(serde_json::Error),
    #[error("{}", format_words(*found))]
    Format { found: u32 },
    /// A field no run can have (see [`check`]).
    #[error("not a valid record: {0}")]
    Impossible(String),
    /// A results folder that cannot be listed.
    #[error("cannot read {}: {why}", .dir.display())]
    ReadFolder { dir: PathBuf, why: io::Error },
}

/// What is wrong with a record's format number, and what to do about it.
fn format_words(found: u32) -> String {
    if found > FORMAT {
        format!(
            "record format {found} is from a newer version of key-account (this one reads format \
             {FORMAT}): update key-account to read it"
        )
    } else {
        format!("record format {found} is not one key-account ever wrote (it writes {FORMAT})")
    }
}

/// Writes a record into `dir` atomically and returns its path. Never replaces an existing file:
/// when the name is taken, even by another process at the same moment, the next free name is
/// used. The file gets the usual permissions for new files (`0666` less the umask), so a
/// trainer's other account can read the results folder when the umask allows it.
pub fn write(dir: &Path, record: &RunRecord) -> Result<PathBuf, RecordError> {
    let folder = || dir.to_path_buf();
    std::fs::create_dir_all(dir).map_err(|why| RecordError::CreateFolder { dir: folder(), why })?;
    let json = serde_json::to_vec_pretty(record).map_err(RecordError::Encode)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".record-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with this mode, so the umask applies (tempfile's default is 0600).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|why| RecordError::Temporary { dir: folder(), why })?;
    tmp.write_all(&json)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|why| RecordError::Write { dir: folder(), why })?;
    let name = record.file_name();
    let stem = name.trim_end_matches(".json");
    for n in 0..NAME_TRIES {
        let path = if n == 0 {
            dir.join(&name)
        } else {
            dir.join(format!("{stem}-{n}.json"))
        };
        // persist_noclobber: a name taken meanwhile is an error, never an overwrite; then the
        // next name is tried with the same temporary file.
        match tmp.persist_noclobber(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(RecordError::Save { path, why: e.error }),
        }
    }
    Err(RecordError::NamesTaken {
        dir: folder(),
        stem: stem.to_string(),
    })
}

/// Parses a record from the bytes of its file (a leading byte-order mark is allowed), and
/// [`check`]s it.
pub fn from_bytes(bytes: &[u8]) -> Result<RunRecord, RecordError> {
    let record: RunRecord =
        serde_json::from_slice(crate::files::strip_bom(bytes)).map_err(RecordError::Invalid)?;
    check(&record)?;
    Ok(record)
}

/// Points a score, a part or a maximum can never reach (scenarios score in tens).
const MAX_POINTS: f32 = 1e6;

/// The checks every run record gets, read from a file or rebuilt from an LRS's statement: this
/// format; numbers of points that are numbers, within +-[`MAX_POINTS`]; a positive maximum;
/// each score part at most once; start and finish as RFC 3339 times. (A total over the maximum
/// is left to `replay`, which names the field that differs.)
pub fn check(r: &RunRecord) -> Result<(), RecordError> {
    if r.format != FORMAT {
        return Err(RecordError::Format { found: r.format });
    }
    let bad = |s: String| Err(RecordError::Impossible(s));
    let mut numbers = vec![("total".to_string(), r.total), ("max".to_string(), r.max)];
    for p in &r.parts {
        numbers.push((format!("{} points", p.part.id()), p.points));
        numbers.push((format!("{} max", p.part.id()), p.max));
    }
    for (field, x) in numbers {
        if !x.is_finite() || x.abs() > MAX_POINTS {
            return bad(format!(
                "{field} is {x}, not a number of points from -{MAX_POINTS} to {MAX_POINTS}"
            ));
        }
    }
    if r.max <= 0.0 {
        return bad(format!("max is {}: a score's maximum is above 0", r.max));
    }
    for (i, p) in r.parts.iter().enumerate() {
        if r.parts[..i].iter().any(|q| q.part == p.part) {
            return bad(format!(
                "the score part {} is given more than once",
                p.part.id()
            ));
        }
    }
    for (field, t) in [
        ("started_at", &r.started_at),
        ("finished_at", &r.finished_at),
    ] {
        if humantime::parse_rfc3339_weak(t.trim()).is_err() {
            let shown = crate::escape::clip(&crate::escape::line(t), 40).into_owned();
            return bad(format!(
                "{field} {shown:?} is not an RFC 3339 time (like 2026-01-31T09:30:00Z)"
            ));
        }
    }
    Ok(())
}

/// Reads one record: a regular file of at most `MAX_RECORD_BYTES`. The error says what is wrong
/// with the file.
pub fn read(path: &Path) -> Result<RunRecord, RecordError> {
    let bytes = crate::files::read_regular(path, MAX_RECORD_BYTES).map_err(RecordError::Read)?;
    from_bytes(&bytes)
}

/// The `.json` files of a results folder, sorted: what `report`, `export-xapi` and [`read_dir`]
/// read.
pub fn record_files(dir: &Path) -> Result<Vec<PathBuf>, RecordError> {
    let entries = std::fs::read_dir(dir).map_err(|why| RecordError::ReadFolder {
        dir: dir.to_path_buf(),
        why,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Good records (file, record) and skipped files (file, why).
pub type Records = (Vec<(PathBuf, RunRecord)>, Vec<(PathBuf, String)>);

/// Every `.json` file in `dir`, sorted, read: the good records and the bad files with why.
/// Named pipes, devices and folders named `*.json` are skipped with the reason, never opened for
/// a blocking read.
pub fn read_dir(dir: &Path) -> Result<Records, RecordError> {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for f in record_files(dir)? {
        match read(&f) {
            Ok(r) => good.push((f, r)),
            Err(e) => bad.push((f, e.to_string())),
        }
    }
    Ok((good, bad))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record from a newer version says so and what to do; an impossible format says that.
    #[test]
    fn a_record_format_from_a_newer_version_says_so() {
        let newer = RecordError::Format { found: 99 }.to_string();
        assert!(
            newer.contains("newer version") && newer.contains("update"),
            "{newer}"
        );
        let never = RecordError::Format { found: 0 }.to_string();
        assert!(never.contains("not one key-account ever wrote"), "{never}");
        // Through `from_bytes`, on a real record's JSON.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/format-1-record.json"
        );
        let text = std::fs::read_to_string(path).expect("fixture");
        let bumped = text.replacen("\"format\": 1", "\"format\": 99", 1);
        assert_ne!(bumped, text, "the fixture names its format");
        let e = from_bytes(bumped.as_bytes()).expect_err("refused");
        assert!(e.to_string().contains("newer version"), "{e}");
    }
}
