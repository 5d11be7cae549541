//! Sending run records to a Learning Record Store (xAPI 1.0.3) and reading them back.
//!
//! - [`Client`]: a small blocking HTTP client (ureq) for `URL/statements`: POST in batches with
//!   basic auth and `X-Experience-API-Version`, GET with the filters xAPI offers, following `more`
//!   on the endpoint's own origin only. No redirect is followed; a POST counts as stored only
//!   when the LRS answers with the statement ids xAPI promises; a busy LRS (429, 503) is retried
//!   as its `Retry-After` asks, within a bound. Every wait is bounded ([`Limits`]).
//! - [`spool`]: statements wait in a folder next to the records until the LRS takes them; the game
//!   and `play` send through [`spool::deliver`], so nothing is lost when the LRS is down.
//! - [`send_folder`] and [`read_records`]: `export-xapi --lrs` and `report --lrs`.
//!
//! Statement ids are stable (name-based UUIDs from the record's file name), so sending the same
//! record twice stores nothing twice: an LRS keeps one statement per id.
//!
//! Errors are one line each ([`LrsError`], in any language the game speaks) and say what to do;
//! no message ever shows a password.

mod client;
pub mod commands;
mod delivery;
mod error;
mod read;
mod send;
pub mod spool;
pub mod url;

use std::fmt;
use std::time::Duration;

pub use client::Client;
pub use error::{Cause, Limit, LrsError};
pub use read::{Found, Progress, Query, Records, Run, Skip, read_records, read_records_with};
pub use send::{Sent, send_folder};

/// Statements per POST by default. Ralph takes 500 in well under a second on its fs backend.
pub const BATCH: usize = 500;

/// Where the LRS is and who we are to it. Credentials come from the environment or the settings
/// file, never from the command line.
#[derive(Clone, PartialEq, Eq)]
pub struct Lrs {
    /// The xAPI endpoint, e.g. `http://127.0.0.1:8100/xAPI`; statements go to `URL/statements`.
    pub url: String,
    pub user: Option<String>,
    pub password: Option<String>,
}

impl Lrs {
    /// The URL as a message may show it: any `user:password@` hidden.
    pub fn shown_url(&self) -> String {
        url::redact(self.url.trim())
    }
}

impl fmt::Debug for Lrs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lrs")
            .field("url", &self.shown_url())
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .finish()
    }
}

/// How long and how much the client waits and reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Longest wait for one answer, body included.
    pub timeout: Duration,
    /// Largest answer read (a page of statements).
    pub max_response: u64,
    /// Longest wait for a busy LRS (429, 503) over the retries of one request.
    pub max_retry_wait: Duration,
    /// Most pages, statements and time one reading of an LRS takes.
    pub max_pages: usize,
    pub max_statements: usize,
    pub max_walk: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_secs(120),
            max_response: 64 << 20,
            max_retry_wait: Duration::from_secs(25),
            max_pages: 100_000,
            max_statements: 5_000_000,
            max_walk: Duration::from_secs(30 * 60),
        }
    }
}
