//! What the command line's LRS commands need from the library: the LRS of a URL with its
//! credentials, and the runs a report reads from an LRS. The commands themselves, and all they
//! print, are the binary's (`src/cli/export.rs`, `report.rs` and `play.rs`).

use super::{BATCH, Client, Lrs, LrsError, Records};
use crate::config::{self, ConfigError};

/// The batch size `export-xapi --lrs` uses unless told otherwise.
pub const DEFAULT_BATCH: usize = BATCH;

/// The LRS for `url` with credentials from the environment or the settings file.
pub fn lrs_for(url: &str) -> Result<Lrs, ConfigError> {
    let cfg = config::load()?;
    cfg.lrs(Some(url))
        .ok_or_else(|| ConfigError::EmptyLrsUrl(url.to_string()))
}

/// Why a report could not read its runs from an LRS.
#[derive(Debug, thiserror::Error)]
pub enum ReadRunsError {
    #[error("--since {0:?} is not a time like 2026-01-31T09:00:00Z")]
    Since(String),
    #[error(transparent)]
    Settings(#[from] ConfigError),
    #[error(transparent)]
    Lrs(#[from] LrsError),
}

/// The runs a report reads from an LRS (`report --lrs URL [--scenario ID] [--since TIME]`).
pub fn read_runs(
    url: &str,
    scenario: Option<&str>,
    since: Option<&str>,
) -> Result<Records, ReadRunsError> {
    let since = match since {
        Some(s) => Some(
            humantime::parse_rfc3339_weak(s.trim())
                .map(crate::record::timestamp)
                .map_err(|_| ReadRunsError::Since(s.to_string()))?,
        ),
        None => None,
    };
    let client = Client::new(&lrs_for(url)?)?;
    Ok(super::read_records(&client, scenario, since.as_deref())?)
}
