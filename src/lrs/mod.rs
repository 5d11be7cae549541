//! Sending run records to a Learning Record Store (xAPI 1.0.3) and reading them back.
//!
//! - [`Client`]: a small blocking HTTP client (ureq) for `URL/statements`: POST in batches with
//!   basic auth and `X-Experience-API-Version`, GET with the filters xAPI offers, following `more`.
//! - [`spool`]: statements wait in a folder next to the records until the LRS takes them; the game
//!   and `play` send through [`spool::deliver`], so nothing is lost when the LRS is down.
//! - [`send_folder`] and [`read_records`]: `export-xapi --lrs` and `report --lrs`.
//!
//! Statement ids are stable (name-based UUIDs from the record's file name), so sending the same
//! record twice stores nothing twice: an LRS keeps one statement per id.
//!
//! Errors are one line each ([`LrsError`]) and say what to do.

pub mod commands;
pub mod spool;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use crate::record::{RecordError, RunRecord, xapi};

/// Statements per POST by default. Ralph takes 500 in well under a second on its fs backend.
pub const BATCH: usize = 500;
/// Largest response body read (a page of statements).
const MAX_RESPONSE: u64 = 256 * 1024 * 1024;
/// Most pages followed through `more` links before giving up (a misbehaving server).
const MAX_PAGES: usize = 100_000;

/// Where the LRS is and who we are to it. Credentials come from the environment or the settings
/// file, never from the command line.
#[derive(Clone, PartialEq, Eq)]
pub struct Lrs {
    /// The xAPI endpoint, e.g. `http://127.0.0.1:8100/xAPI`; statements go to `URL/statements`.
    pub url: String,
    pub user: Option<String>,
    pub password: Option<String>,
}

impl fmt::Debug for Lrs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lrs")
            .field("url", &self.url)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .finish()
    }
}

/// Why the LRS did not take or give statements. Each displays as one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LrsError {
    /// The URL is not an http(s) URL we can use.
    #[error("the LRS URL {url:?} cannot be used: {why}")]
    BadUrl { url: String, why: String },
    /// No answer: the server is down, the name does not resolve, the network is off. Statements
    /// wait in the spool and go later.
    #[error("the LRS at {url} cannot be reached: {why}")]
    Unreachable { url: String, why: String },
    /// 401 or 403: the credentials are missing or wrong.
    #[error(
        "the LRS at {url} refused the credentials (HTTP {status}); set \
         KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD, or user and password under \
         [lrs] in the settings file"
    )]
    Credentials { url: String, status: u16 },
    /// Any other 4xx or 5xx, with what the server said.
    #[error("the LRS at {url} answered HTTP {status}: {detail}")]
    Status {
        url: String,
        status: u16,
        detail: String,
    },
    /// A 2xx whose body is not what xAPI promises.
    #[error("the LRS at {url} gave an answer that is not xAPI: {why}")]
    BadAnswer { url: String, why: String },
}

impl LrsError {
    /// True when the LRS could not be reached at all (as opposed to refusing the statements).
    pub fn is_offline(&self) -> bool {
        matches!(self, LrsError::Unreachable { .. })
    }
}

/// The text of an answer, on one line and short.
fn one_line(s: &str) -> String {
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

/// Filters for reading statements back (the ones xAPI offers that the report uses).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub verb: Option<String>,
    pub activity: Option<String>,
    /// RFC 3339; statements stored after it (Ralph's fs backend compares the statement's
    /// timestamp).
    pub since: Option<String>,
}

/// A connection to one LRS.
pub struct Client {
    agent: ureq::Agent,
    /// The endpoint without a trailing slash.
    endpoint: String,
    /// scheme://host[:port], for relative `more` links.
    origin: String,
    auth: Option<String>,
}

/// Splits `http(s)://host[:port]/path` into (origin, endpoint), refusing what we cannot use.
fn parse_url(url: &str) -> Result<(String, String), String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .ok_or("it must start with http:// or https://")?;
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("it contains spaces or control characters".into());
    }
    if rest.contains(['?', '#']) {
        return Err("give the xAPI endpoint without ?query or #fragment".into());
    }
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Err(
            "credentials do not go in the URL; set KEY_ACCOUNT_LRS_USER and \
             KEY_ACCOUNT_LRS_PASSWORD, or user and password under [lrs] in the settings file"
                .into(),
        );
    }
    if authority.is_empty() || authority.starts_with(':') {
        return Err("it has no host".into());
    }
    let scheme_len = url.len() - rest.len();
    let origin = format!("{}{authority}", &url[..scheme_len]);
    let endpoint = url.trim_end_matches('/').to_string();
    Ok((origin, endpoint))
}

impl Client {
    pub fn new(lrs: &Lrs) -> Result<Client, LrsError> {
        let (origin, endpoint) = parse_url(&lrs.url).map_err(|why| LrsError::BadUrl {
            url: lrs.url.clone(),
            why,
        })?;
        let auth = match (&lrs.user, &lrs.password) {
            (None, None) => None,
            (user, password) => {
                use base64::Engine as _;
                let pair = format!(
                    "{}:{}",
                    user.as_deref().unwrap_or(""),
                    password.as_deref().unwrap_or("")
                );
                Some(format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(pair)
                ))
            }
        };
        let tls = ureq::tls::TlsConfig::builder()
            .provider(ureq::tls::TlsProvider::NativeTls)
            .root_certs(ureq::tls::RootCerts::PlatformVerifier)
            .build();
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(5)))
            .timeout_global(Some(Duration::from_secs(120)))
            .tls_config(tls)
            .user_agent(concat!("key-account/", env!("CARGO_PKG_VERSION")))
            .build();
        Ok(Client {
            agent: ureq::Agent::new_with_config(config),
            endpoint,
            origin,
            auth,
        })
    }

    /// The endpoint, as shown in messages.
    pub fn url(&self) -> &str {
        &self.endpoint
    }

    fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint)
    }

    fn transport(&self, e: ureq::Error) -> LrsError {
        let why = match e {
            ureq::Error::Io(io) => io.to_string(),
            ureq::Error::HostNotFound => "the host name does not resolve".into(),
            ureq::Error::Timeout(t) => format!("no answer in time ({t})"),
            ureq::Error::ConnectionFailed => "the connection failed".into(),
            ureq::Error::BadUri(u) => {
                return LrsError::BadUrl {
                    url: self.endpoint.clone(),
                    why: u,
                };
            }
            other => other.to_string(),
        };
        LrsError::Unreachable {
            url: self.endpoint.clone(),
            why,
        }
    }

    /// Reads an answer: the body of a 2xx, or the error its status means.
    fn answer(&self, mut resp: ureq::http::Response<ureq::Body>) -> Result<String, LrsError> {
        let status = resp.status().as_u16();
        let body = resp
            .body_mut()
            .with_config()
            .limit(MAX_RESPONSE)
            .read_to_string()
            .unwrap_or_default();
        match status {
            200..=299 => Ok(body),
            401 | 403 => Err(LrsError::Credentials {
                url: self.endpoint.clone(),
                status,
            }),
            _ => Err(LrsError::Status {
                url: self.endpoint.clone(),
                status,
                detail: one_line(&body),
            }),
        }
    }

    /// Posts statements in one request. Statements the LRS already holds (same id, same content)
    /// are not stored again.
    pub fn post(&self, statements: &[Value]) -> Result<(), LrsError> {
        if statements.is_empty() {
            return Ok(());
        }
        let body = serde_json::to_vec(statements).map_err(|e| LrsError::BadAnswer {
            url: self.endpoint.clone(),
            why: e.to_string(),
        })?;
        let mut req = self
            .agent
            .post(self.statements_url())
            .header("X-Experience-API-Version", "1.0.3")
            .header("Content-Type", "application/json");
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        let resp = req.send(body).map_err(|e| self.transport(e))?;
        self.answer(resp).map(|_| ())
    }

    /// Posts statements in batches of `batch`.
    pub fn post_batched(&self, statements: &[Value], batch: usize) -> Result<(), LrsError> {
        for chunk in statements.chunks(batch.max(1)) {
            self.post(chunk)?;
        }
        Ok(())
    }

    fn get_page(&self, url: &str) -> Result<(Vec<Value>, Option<String>), LrsError> {
        let mut req = self
            .agent
            .get(url)
            .header("X-Experience-API-Version", "1.0.3");
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        let resp = req.call().map_err(|e| self.transport(e))?;
        let body = self.answer(resp)?;
        let bad = |why: String| LrsError::BadAnswer {
            url: self.endpoint.clone(),
            why,
        };
        let mut v: Value = serde_json::from_str(&body).map_err(|e| bad(e.to_string()))?;
        let statements = match v.get_mut("statements").map(Value::take) {
            Some(Value::Array(a)) => a,
            _ => return Err(bad("no \"statements\" array".into())),
        };
        let more = v
            .get("more")
            .and_then(Value::as_str)
            .filter(|m| !m.is_empty())
            .map(|m| {
                if m.starts_with("http://") || m.starts_with("https://") {
                    m.to_string()
                } else if m.starts_with('/') {
                    format!("{}{m}", self.origin)
                } else {
                    format!("{}/{m}", self.endpoint)
                }
            });
        Ok((statements, more))
    }

    /// Every statement matching `query`, page by page (following `more`), handed to `each`.
    pub fn for_each_statement(
        &self,
        query: &Query,
        mut each: impl FnMut(Value),
    ) -> Result<usize, LrsError> {
        let mut params = Vec::new();
        if let Some(v) = &query.verb {
            params.push(format!("verb={}", xapi::iri_segment(v)));
        }
        if let Some(a) = &query.activity {
            params.push(format!("activity={}", xapi::iri_segment(a)));
        }
        if let Some(s) = &query.since {
            params.push(format!("since={}", xapi::iri_segment(s)));
        }
        let mut url = self.statements_url();
        if !params.is_empty() {
            url = format!("{url}?{}", params.join("&"));
        }
        let mut n = 0;
        let mut next = Some(url);
        let mut pages = 0;
        while let Some(url) = next.take() {
            pages += 1;
            if pages > MAX_PAGES {
                return Err(LrsError::BadAnswer {
                    url: self.endpoint.clone(),
                    why: format!("more than {MAX_PAGES} pages of statements"),
                });
            }
            let (statements, more) = self.get_page(&url)?;
            let empty = statements.is_empty();
            for s in statements {
                n += 1;
                each(s);
            }
            // A page with nothing on it ends the walk, whatever `more` says.
            if !empty {
                next = more;
            }
        }
        Ok(n)
    }

    /// How many statements match `query` (reads them all; for tests and checks).
    pub fn count(&self, query: &Query) -> Result<usize, LrsError> {
        self.for_each_statement(query, |_| {})
    }
}

/// What sending a folder did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sent {
    pub exported: xapi::Exported,
    pub posts: usize,
}

/// Sends the statements of every record in `dir`, `batch` at a time, reading one record at a
/// time. Stops at the first error; what was sent before it stays sent, and sending again later
/// stores nothing twice. The outer `Err`: the folder cannot be listed.
pub fn send_folder(
    client: &Client,
    dir: &Path,
    batch: usize,
    skip: impl FnMut(&Path, &str),
) -> Result<Result<Sent, (LrsError, usize)>, RecordError> {
    let batch = batch.max(1);
    let mut pending: Vec<Value> = Vec::with_capacity(batch);
    let mut posts = 0;
    let mut sent = 0;
    let result = xapi::for_each_record(dir, skip, |statements| {
        for s in statements {
            pending.push(s);
            if pending.len() >= batch {
                client.post(&pending)?;
                posts += 1;
                sent += pending.len();
                pending.clear();
            }
        }
        Ok(())
    })?;
    let exported = match result {
        Ok(e) => e,
        Err(e) => return Ok(Err((e, sent))),
    };
    if let Err(e) = client.post(&pending) {
        return Ok(Err((e, sent)));
    }
    if !pending.is_empty() {
        posts += 1;
    }
    Ok(Ok(Sent { exported, posts }))
}

/// The runs stored in an LRS, rebuilt from their `completed` statements, sorted by record file
/// name (as a folder's report reads them), with the statements that could not be read. Only
/// Key Account's statements count; others in the same LRS are left out.
pub type Records = (Vec<(PathBuf, RunRecord)>, Vec<(PathBuf, String)>);

/// Reads the runs of an LRS, optionally one scenario's and those stored since a time.
///
/// Asks the LRS to filter by verb and activity, as xAPI offers. Ralph 5.1's fs backend answers
/// such a query with nothing (it compares the filter, parsed as an IRI object, with the stored
/// text), so when the filtered query finds nothing the statements are read unfiltered and
/// filtered here. Either way every statement is checked here too.
pub fn read_records(
    client: &Client,
    scenario: Option<&str>,
    since: Option<&str>,
) -> Result<Records, LrsError> {
    let verb = xapi::verb_id("completed");
    let activity = scenario.map(xapi::scenario_iri);
    let mut good = std::collections::BTreeMap::new();
    let mut bad = Vec::new();
    let mut take = |s: Value| {
        let ours = s.pointer("/context/platform").and_then(Value::as_str) == Some(xapi::PLATFORM)
            && s.pointer("/verb/id").and_then(Value::as_str) == Some(verb.as_str())
            && activity
                .as_deref()
                .is_none_or(|a| s.pointer("/object/id").and_then(Value::as_str) == Some(a));
        if !ours {
            return;
        }
        match xapi::record_of(&s) {
            Ok((file, record)) => {
                good.insert(file, record);
            }
            Err(why) => {
                let id = s.get("id").and_then(Value::as_str).unwrap_or("?");
                bad.push((PathBuf::from(format!("statement {id}")), why.to_string()));
            }
        }
    };
    let filtered = Query {
        verb: Some(verb.clone()),
        activity: activity.clone(),
        since: since.map(str::to_string),
    };
    if client.for_each_statement(&filtered, &mut take)? == 0 {
        let unfiltered = Query {
            since: since.map(str::to_string),
            ..Query::default()
        };
        client.for_each_statement(&unfiltered, &mut take)?;
    }
    Ok((good.into_iter().collect(), bad))
}
