//! [`Client`]: a small blocking HTTP client (ureq) for `URL/statements`. It never follows a
//! redirect, sends credentials only to the endpoint's origin, retries a busy LRS (429, 503) as
//! its `Retry-After` asks within a bound, and takes a POST as stored only when the answer is the
//! statement ids xAPI promises.

use std::collections::HashSet;
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

use super::error::{Cause, one_line};
use super::url::{self, Endpoint};
use super::{Limits, Lrs, LrsError};

/// A connection to one LRS.
pub struct Client {
    agent: ureq::Agent,
    endpoint: Endpoint,
    auth: Option<String>,
    limits: Limits,
}

/// What an exchange brought back: a 2xx status and its body.
struct Answer {
    status: u16,
    body: Vec<u8>,
}

impl Client {
    pub fn new(lrs: &Lrs) -> Result<Client, LrsError> {
        Client::with_limits(lrs, Limits::default())
    }

    /// A client with other bounds (tests use short ones).
    pub fn with_limits(lrs: &Lrs, limits: Limits) -> Result<Client, LrsError> {
        let endpoint = url::endpoint(&lrs.url).map_err(|why| LrsError::BadUrl {
            url: url::redact(lrs.url.trim()),
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
            // A redirect is answered, never followed: a POST would become a GET elsewhere.
            .max_redirects(0)
            .timeout_connect(Some(Duration::from_secs(5).min(limits.timeout)))
            .timeout_global(Some(limits.timeout))
            .tls_config(tls)
            .user_agent(concat!("key-account/", env!("CARGO_PKG_VERSION")))
            .build();
        Ok(Client {
            agent: ureq::Agent::new_with_config(config),
            endpoint,
            auth,
            limits,
        })
    }

    /// The endpoint, as shown in messages (it never holds credentials: those are refused).
    pub fn url(&self) -> &str {
        &self.endpoint.url
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    pub(super) fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint.url)
    }

    fn transport(&self, e: ureq::Error, timeout: Duration) -> LrsError {
        let url = self.endpoint.url.clone();
        let why = match e {
            ureq::Error::Timeout(_) => {
                return LrsError::Timeout {
                    url,
                    secs: timeout.as_secs().max(1),
                };
            }
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                return LrsError::Timeout {
                    url,
                    secs: timeout.as_secs().max(1),
                };
            }
            ureq::Error::BodyExceedsLimit(n) => {
                return LrsError::TooLarge {
                    url,
                    mb: n.div_ceil(1 << 20),
                };
            }
            ureq::Error::BadUri(u) => {
                return LrsError::BadUrl {
                    url,
                    why: url::UrlProblem::Invalid(u),
                };
            }
            ureq::Error::Http(h) => {
                return LrsError::BadUrl {
                    url,
                    why: url::UrlProblem::Invalid(h.to_string()),
                };
            }
            ureq::Error::Io(io) => Cause::Other(io.to_string()),
            ureq::Error::HostNotFound => Cause::NoSuchHost,
            ureq::Error::ConnectionFailed => Cause::ConnectionFailed,
            other => Cause::Other(other.to_string()),
        };
        LrsError::Unreachable { url, why }
    }

    /// One request, retried while the LRS says it is busy (429, 503) within
    /// [`Limits::max_retry_wait`] and `deadline`. `send` makes the request with a timeout.
    fn exchange(
        &self,
        deadline: Option<Instant>,
        send: impl Fn(Duration) -> Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Answer, LrsError> {
        let started = Instant::now();
        let mut attempt = 0u32;
        loop {
            let left = deadline.map_or(self.limits.timeout, |d| {
                d.saturating_duration_since(Instant::now())
            });
            let timeout = self.limits.timeout.min(left);
            if timeout.is_zero() {
                return Err(LrsError::Timeout {
                    url: self.endpoint.url.clone(),
                    secs: self.limits.timeout.as_secs().max(1),
                });
            }
            let mut resp = send(timeout).map_err(|e| self.transport(e, timeout))?;
            let status = resp.status().as_u16();
            let header = |name: &str| {
                resp.headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            };
            if matches!(status, 429 | 503) {
                let asked = header("retry-after").and_then(|v| retry_after(&v, SystemTime::now()));
                let wait = asked.unwrap_or(Duration::from_secs(1 << attempt.min(4)));
                let spent = started.elapsed();
                let within = spent + wait <= self.limits.max_retry_wait
                    && deadline.is_none_or(|d| Instant::now() + wait < d);
                if !within {
                    return Err(LrsError::Busy {
                        url: self.endpoint.url.clone(),
                        status,
                        waited: spent.as_secs(),
                        // The LRS asked for longer than is left to wait: say so.
                        retry_after: asked
                            .filter(|a| *a > self.limits.max_retry_wait.saturating_sub(spent))
                            .map(|a| a.as_secs()),
                    });
                }
                drop(resp);
                std::thread::sleep(wait);
                attempt += 1;
                continue;
            }
            if (300..400).contains(&status) {
                return Err(LrsError::Redirected {
                    url: self.endpoint.url.clone(),
                    status,
                    location: header("location").map_or_else(|| "?".into(), |l| url::shown(&l)),
                });
            }
            let body = resp
                .body_mut()
                .with_config()
                .limit(self.limits.max_response)
                .read_to_vec()
                .map_err(|e| self.transport(e, timeout))?;
            return match status {
                200..=299 => Ok(Answer { status, body }),
                401 | 403 => Err(LrsError::Credentials {
                    url: self.endpoint.url.clone(),
                    status,
                }),
                _ => Err(LrsError::Status {
                    url: self.endpoint.url.clone(),
                    status,
                    detail: one_line(&String::from_utf8_lossy(&body)),
                }),
            };
        }
    }

    /// Posts statements in one request. Statements the LRS already holds (same id, same content)
    /// are not stored again.
    pub fn post(&self, statements: &[Value]) -> Result<(), LrsError> {
        self.post_by(statements, None)
    }

    /// [`Client::post`], giving up at `deadline`.
    pub(super) fn post_by(
        &self,
        statements: &[Value],
        deadline: Option<Instant>,
    ) -> Result<(), LrsError> {
        if statements.is_empty() {
            return Ok(());
        }
        let body = serde_json::to_vec(statements).map_err(|e| LrsError::BadAnswer {
            url: self.endpoint.url.clone(),
            why: e.to_string(),
        })?;
        let target = self.statements_url();
        let answer = self.exchange(deadline, |timeout| {
            let mut req = self
                .agent
                .post(&target)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json");
            if let Some(a) = &self.auth {
                req = req.header("Authorization", a);
            }
            req.send(&body[..])
        })?;
        self.stored(&answer, statements)
    }

    /// Whether an answer to a POST says the statements are stored: 204 with no body (Ralph's
    /// answer when it held every one already), or the JSON array of ids xAPI promises, each one
    /// posted, at most one per statement (Ralph lists only those it had not held). `200 []`, a
    /// login page or anything else is not.
    fn stored(&self, answer: &Answer, statements: &[Value]) -> Result<(), LrsError> {
        let text = String::from_utf8_lossy(&answer.body);
        let not = || LrsError::NotStored {
            url: self.endpoint.url.clone(),
            status: answer.status,
            posted: statements.len(),
            answer: if text.trim().is_empty() {
                "(empty)".into()
            } else {
                one_line(&text)
            },
        };
        if answer.status == 204 {
            return if text.trim().is_empty() {
                Ok(())
            } else {
                Err(not())
            };
        }
        let ids: Vec<String> = serde_json::from_slice(&answer.body).map_err(|_| not())?;
        let posted: HashSet<String> = statements
            .iter()
            .filter_map(|s| s.get("id").and_then(Value::as_str))
            .map(str::to_ascii_lowercase)
            .collect();
        // Statements without an id get one from the LRS, which cannot be checked here.
        let unnamed = statements.len().saturating_sub(posted.len());
        let mut seen = HashSet::new();
        let mut foreign = 0;
        for id in &ids {
            let id = id.to_ascii_lowercase();
            if !seen.insert(id.clone()) {
                return Err(not());
            }
            foreign += usize::from(!posted.contains(&id));
        }
        if ids.is_empty() || ids.len() > statements.len() || foreign > unnamed {
            return Err(not());
        }
        Ok(())
    }

    /// Posts statements in batches of `batch`.
    pub fn post_batched(&self, statements: &[Value], batch: usize) -> Result<(), LrsError> {
        for chunk in statements.chunks(batch.max(1)) {
            self.post(chunk)?;
        }
        Ok(())
    }

    /// One page of statements and the next page's URL (on this origin only).
    pub(super) fn get_page(
        &self,
        target: &str,
        deadline: Option<Instant>,
    ) -> Result<(Vec<Value>, Option<String>), LrsError> {
        let answer = self.exchange(deadline, |timeout| {
            let mut req = self
                .agent
                .get(target)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .header("X-Experience-API-Version", "1.0.3");
            if let Some(a) = &self.auth {
                req = req.header("Authorization", a);
            }
            req.call()
        })?;
        let bad = |why: String| LrsError::BadAnswer {
            url: self.endpoint.url.clone(),
            why,
        };
        let mut v: Value = serde_json::from_slice(&answer.body).map_err(|e| bad(e.to_string()))?;
        let statements = match v.get_mut("statements").map(Value::take) {
            Some(Value::Array(a)) => a,
            _ => return Err(bad("no \"statements\" array".into())),
        };
        let more = match v
            .get("more")
            .and_then(Value::as_str)
            .filter(|m| !m.is_empty())
        {
            None => None,
            Some(m) => Some(
                self.endpoint
                    .resolve(m)
                    .ok_or_else(|| LrsError::ForeignMore {
                        url: self.endpoint.url.clone(),
                        more: url::shown(m),
                    })?,
            ),
        };
        Ok((statements, more))
    }
}

/// How long a `Retry-After` header asks to wait: seconds, or an HTTP date (RFC 9110's
/// IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`), from `now`.
pub(super) fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    // "Sun, 06 Nov 1994 08:49:37 GMT" -> 1994-11-06T08:49:37Z
    let rest = value.split_once(", ")?.1;
    let parts: Vec<&str> = rest.split_whitespace().collect();
    let [day, month, year, time, "GMT"] = parts[..] else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? + 1;
    let day: u32 = day.parse().ok()?;
    let year: u32 = year.parse().ok()?;
    let at = humantime::parse_rfc3339(&format!("{year:04}-{month:02}-{day:02}T{time}Z")).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = humantime::parse_rfc3339("2026-01-31T09:00:00Z").expect("time");
        assert_eq!(retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(
            retry_after("Sat, 31 Jan 2026 09:00:12 GMT", now),
            Some(Duration::from_secs(12))
        );
        assert_eq!(
            retry_after("Fri, 30 Jan 2026 09:00:12 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after("soon", now), None);
    }
}
