//! [`LrsError`]: why the LRS did not take or give statements, one line each, in any language the
//! game speaks. No URL in it ever shows a password (see [`super::url::redact`]).

use std::fmt;

use serde_json::Value;

use super::url::UrlProblem;
use crate::i18n::Lang;
use crate::tr;

/// Why the LRS did not take or give statements. Each displays as one line (in English;
/// [`LrsError::message`] in another language). Every `url` is shown with its userinfo hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LrsError {
    /// The URL is not an http(s) URL that can ever work: fix it (not retried by itself).
    BadUrl { url: String, why: UrlProblem },
    /// No answer: the server is down, the name does not resolve, the network is off. Statements
    /// wait in the spool and go later.
    Unreachable { url: String, why: Cause },
    /// The LRS took longer than `secs` seconds to answer (or to send its whole answer).
    Timeout { url: String, secs: u64 },
    /// 401 or 403: the credentials are missing or wrong.
    Credentials { url: String, status: u16 },
    /// Any other 4xx or 5xx, with what the server said.
    Status {
        url: String,
        status: u16,
        detail: String,
    },
    /// 429 or 503 after retrying for `waited` seconds (or asked to wait `retry_after` seconds,
    /// longer than the client waits).
    Busy {
        url: String,
        status: u16,
        waited: u64,
        retry_after: Option<u64>,
    },
    /// A 3xx: never followed (a POST would become a GET elsewhere, a login page answers 200).
    Redirected {
        url: String,
        status: u16,
        location: String,
    },
    /// A 2xx to a POST whose body is not the statement ids xAPI promises: nothing counts as sent.
    NotStored {
        url: String,
        status: u16,
        posted: usize,
        answer: String,
    },
    /// An answer larger than `mb` megabytes: not read.
    TooLarge { url: String, mb: u64 },
    /// A 2xx whose body is not what xAPI promises.
    BadAnswer { url: String, why: String },
    /// A page's `more` link leads to another server: not followed, no credentials sent there.
    ForeignMore { url: String, more: String },
    /// The `more` links go round: a page came again, or brought no statement not seen before.
    Loop {
        url: String,
        repeated: bool,
        pages: usize,
        statements: usize,
    },
    /// Reading stopped at a bound: more pages, statements or minutes than a report reads.
    TooMuch {
        url: String,
        limit: Limit,
        pages: usize,
        statements: usize,
    },
}

/// Why an LRS could not be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cause {
    NoSuchHost,
    ConnectionFailed,
    /// What the system or the HTTP client said.
    Other(String),
}

impl Cause {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Cause::NoSuchHost => tr!(lang, "lrs-no-such-host"),
            Cause::ConnectionFailed => tr!(lang, "lrs-connection-failed"),
            Cause::Other(why) => why.clone(),
        }
    }
}

/// Which bound of a walk through the pages was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Pages(usize),
    Statements(usize),
    Minutes(u64),
}

impl LrsError {
    /// True when the LRS could not be reached, or was busy, now (as opposed to refusing the
    /// statements or the settings being wrong): the same request may work later.
    pub fn is_offline(&self) -> bool {
        matches!(
            self,
            LrsError::Unreachable { .. } | LrsError::Timeout { .. } | LrsError::Busy { .. }
        )
    }

    /// The line in a language.
    #[expect(
        clippy::too_many_lines,
        reason = "one arm per error, each with its catalogue message and arguments"
    )]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LrsError::BadUrl { url, why } => tr!(
                lang,
                "lrs-bad-url",
                url = format!("{url:?}"),
                why = why.message(lang)
            ),
            LrsError::Unreachable { url, why } => {
                tr!(lang, "lrs-unreachable", url = url, why = why.message(lang))
            }
            LrsError::Timeout { url, secs } => {
                tr!(lang, "lrs-timeout", url = url, secs = *secs)
            }
            LrsError::Credentials { url, status } => {
                tr!(lang, "lrs-credentials", url = url, status = *status)
            }
            LrsError::Status {
                url,
                status,
                detail,
            } => tr!(
                lang,
                "lrs-status",
                url = url,
                status = *status,
                detail = detail
            ),
            LrsError::Busy {
                url,
                status,
                waited,
                retry_after,
            } => match retry_after {
                Some(after) => tr!(
                    lang,
                    "lrs-busy-later",
                    url = url,
                    status = *status,
                    after = *after
                ),
                None => tr!(
                    lang,
                    "lrs-busy",
                    url = url,
                    status = *status,
                    waited = *waited
                ),
            },
            LrsError::Redirected {
                url,
                status,
                location,
            } => tr!(
                lang,
                "lrs-redirected",
                url = url,
                status = *status,
                location = location
            ),
            LrsError::NotStored {
                url,
                status,
                posted,
                answer,
            } => tr!(
                lang,
                "lrs-not-stored",
                url = url,
                status = *status,
                posted = *posted,
                answer = answer
            ),
            LrsError::TooLarge { url, mb } => tr!(lang, "lrs-too-large", url = url, mb = *mb),
            LrsError::BadAnswer { url, why } => {
                tr!(lang, "lrs-bad-answer", url = url, why = why)
            }
            LrsError::ForeignMore { url, more } => {
                tr!(lang, "lrs-foreign-more", url = url, more = more)
            }
            LrsError::Loop {
                url,
                repeated,
                pages,
                statements,
            } => {
                let (pages, statements) = (*pages, *statements);
                if *repeated {
                    tr!(
                        lang,
                        "lrs-loop-repeated",
                        url = url,
                        pages = pages,
                        statements = statements
                    )
                } else {
                    tr!(
                        lang,
                        "lrs-loop-nothing-new",
                        url = url,
                        pages = pages,
                        statements = statements
                    )
                }
            }
            LrsError::TooMuch {
                url,
                limit,
                pages,
                statements,
            } => {
                let (pages, statements) = (*pages, *statements);
                match *limit {
                    Limit::Pages(max) => tr!(
                        lang,
                        "lrs-too-many-pages",
                        url = url,
                        max = max,
                        statements = statements
                    ),
                    Limit::Statements(max) => tr!(
                        lang,
                        "lrs-too-many-statements",
                        url = url,
                        max = max,
                        pages = pages
                    ),
                    Limit::Minutes(max) => tr!(
                        lang,
                        "lrs-too-long",
                        url = url,
                        max = max,
                        pages = pages,
                        statements = statements
                    ),
                }
            }
        }
    }
}

impl fmt::Display for LrsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LrsError {}

/// The text of an answer, on one line and short.
pub(super) fn one_line(s: &str) -> String {
    let detail = serde_json::from_str::<Value>(s)
        .ok()
        .and_then(|v| {
            v.get("detail").map(|d| match d {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
        })
        .unwrap_or_else(|| s.to_string());
    let flat: String = detail
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 200 {
        flat.chars().take(199).chain(['…']).collect()
    } else if flat.is_empty() {
        "(no detail)".into()
    } else {
        flat
    }
}
