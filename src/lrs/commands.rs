//! What the command line's LRS commands need from the library: the LRS of a URL with its
//! credentials, what to warn about it, and the runs a report reads from an LRS. The commands
//! themselves, and all they print, are the binary's (`src/cli/export.rs`, `report.rs` and
//! `play.rs`).

use std::path::PathBuf;

use super::url::Origin;
use super::{BATCH, Client, Found, Lrs, LrsError, Progress};
use crate::config::{self, ConfigError};
use crate::i18n::Lang;
use crate::tr;

/// The batch size `export-xapi --lrs` uses unless told otherwise.
pub const DEFAULT_BATCH: usize = BATCH;

/// The LRS for `url` with credentials from the environment or the settings file (the file's
/// only when `url` is on the file's own LRS).
pub fn lrs_for(url: &str) -> Result<Lrs, ConfigError> {
    let cfg = config::load()?;
    cfg.lrs(Some(url))
        .ok_or_else(|| ConfigError::EmptyLrsUrl(url.to_string()))
}

/// Something to warn about before sending: one line on standard error each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Credentials over plain http to another machine: anyone on the way can read them.
    PlainHttp { url: String },
    /// The settings file's credentials are not sent to `url`, which is not the file's LRS.
    Withheld { url: String, file: PathBuf },
    /// The settings file holds a password and others can read it (`mode`, e.g. 0o644).
    Readable { file: PathBuf, mode: u32 },
}

impl Notice {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Notice::PlainHttp { url } => tr!(lang, "lrs-warn-plain-http", url = url),
            Notice::Withheld { url, file } => tr!(
                lang,
                "lrs-warn-withheld",
                url = url,
                file = file.display().to_string()
            ),
            Notice::Readable { file, mode } => tr!(
                lang,
                "lrs-warn-readable",
                file = file.display().to_string(),
                mode = format!("{mode:03o}")
            ),
        }
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|s| !s.is_empty())
}

/// What to warn about when sending to `lrs` (made by [`lrs_for`] or the settings): credentials
/// in clear over the network, the settings file's credentials withheld from another server, a
/// settings file with a password that others can read.
pub fn notices(lrs: &Lrs) -> Vec<Notice> {
    let mut out = Vec::new();
    let shown = lrs.shown_url();
    if let Some(path) = config::path()
        && let Ok(cfg) = config::load_from(&path)
    {
        if let Some(mode) = config::readable_by_others(&path, &cfg) {
            out.push(Notice::Readable {
                file: path.clone(),
                mode,
            });
        }
        let (user, password) = (env(config::ENV_USER), env(config::ENV_PASSWORD));
        if cfg.withholds(&lrs.url, user.as_deref(), password.as_deref()) {
            out.push(Notice::Withheld {
                url: shown.clone(),
                file: path,
            });
        }
    }
    // A URL that can never work gets its own error, not a warning too.
    let credentials = lrs.user.is_some() || lrs.password.is_some();
    if credentials
        && super::url::endpoint(&lrs.url).is_ok()
        && let Some(origin) = Origin::of(&lrs.url)
        && !origin.is_https()
        && !origin.is_loopback()
    {
        out.push(Notice::PlainHttp { url: shown });
    }
    out
}

/// Why a report could not read its runs from an LRS.
#[derive(Debug)]
pub enum ReadRunsError {
    Since(String),
    Settings(ConfigError),
    Lrs(LrsError),
}

impl From<ConfigError> for ReadRunsError {
    fn from(e: ConfigError) -> Self {
        ReadRunsError::Settings(e)
    }
}

impl From<LrsError> for ReadRunsError {
    fn from(e: LrsError) -> Self {
        ReadRunsError::Lrs(e)
    }
}

impl ReadRunsError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReadRunsError::Since(s) => tr!(lang, "lrs-since", since = format!("{s:?}")),
            ReadRunsError::Settings(e) => e.message(lang),
            ReadRunsError::Lrs(e) => e.message(lang),
        }
    }
}

impl std::fmt::Display for ReadRunsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ReadRunsError {}

/// The runs a report reads from an LRS (`report --lrs URL [--scenario ID] [--since TIME]`),
/// telling `progress` how far it got after each page.
pub fn read_runs(
    lrs: &Lrs,
    scenario: Option<&str>,
    since: Option<&str>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Found, ReadRunsError> {
    let since = match since {
        Some(s) => Some(
            humantime::parse_rfc3339_weak(s.trim())
                .map(crate::record::timestamp)
                .map_err(|_| ReadRunsError::Since(s.to_string()))?,
        ),
        None => None,
    };
    let client = Client::new(lrs)?;
    Ok(super::read_records_with(
        &client,
        scenario,
        since.as_deref(),
        progress,
    )?)
}
