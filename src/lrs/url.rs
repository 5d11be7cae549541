//! LRS addresses: the endpoint and its origin (scheme, host, port), `more` links resolved
//! against it (and refused when they lead elsewhere), and URLs shown with their userinfo hidden.
//!
//! The endpoint is parsed with the same URI parser the HTTP client uses (`http::Uri`), so the
//! host compared here is the host the request goes to.

use ureq::http::Uri;

use crate::i18n::Lang;
use crate::tr;

/// Why a URL cannot be an LRS endpoint. [`UrlProblem::message`] words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    Scheme,
    Spaces,
    QueryOrFragment,
    Credentials,
    NoHost,
    Port,
    /// A name under `.invalid`, which RFC 6761 promises never resolves.
    NeverResolves,
    /// What the URI parser said.
    Invalid(String),
}

impl UrlProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            UrlProblem::Scheme => tr!(lang, "lrs-url-scheme"),
            UrlProblem::Spaces => tr!(lang, "lrs-url-spaces"),
            UrlProblem::QueryOrFragment => tr!(lang, "lrs-url-query"),
            UrlProblem::Credentials => tr!(lang, "lrs-url-credentials"),
            UrlProblem::NoHost => tr!(lang, "lrs-url-no-host"),
            UrlProblem::Port => tr!(lang, "lrs-url-port"),
            UrlProblem::NeverResolves => tr!(lang, "lrs-url-never-resolves"),
            UrlProblem::Invalid(why) => tr!(lang, "lrs-url-invalid", why = why.as_str()),
        }
    }
}

/// Scheme, host (lower case) and port (the scheme's default when none is written): what a
/// browser calls an origin. Credentials go only to the endpoint's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

impl Origin {
    /// The origin of an absolute http(s) URL; `None` for anything else, or a URL with userinfo.
    pub fn of(url: &str) -> Option<Origin> {
        let uri: Uri = url.trim().parse().ok()?;
        let scheme = uri.scheme_str()?.to_ascii_lowercase();
        let default = match scheme.as_str() {
            "http" => 80,
            "https" => 443,
            _ => return None,
        };
        let authority = uri.authority()?;
        if authority.as_str().contains('@') {
            return None;
        }
        let host = authority.host().trim_end_matches('.').to_ascii_lowercase();
        if host.is_empty() {
            return None;
        }
        Some(Origin {
            scheme,
            host,
            port: authority.port_u16().unwrap_or(default),
        })
    }

    /// True for 127.0.0.0/8, ::1 and `localhost`: nothing on the network sees these requests.
    pub fn is_loopback(&self) -> bool {
        let h = self.host.trim_start_matches('[').trim_end_matches(']');
        h == "localhost"
            || h.ends_with(".localhost")
            || h.parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    pub fn is_https(&self) -> bool {
        self.scheme == "https"
    }
}

/// A usable xAPI endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// As given, trimmed, without a trailing slash.
    pub url: String,
    pub origin: Origin,
    /// `scheme://authority` as given, for links relative to the server's root.
    root: String,
}

/// Parses an endpoint `http(s)://host[:port]/path`, refusing what can never work.
pub fn endpoint(url: &str) -> Result<Endpoint, UrlProblem> {
    let url = url.trim();
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .ok_or(UrlProblem::Scheme)?;
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Spaces);
    }
    if rest.contains(['?', '#']) {
        return Err(UrlProblem::QueryOrFragment);
    }
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Err(UrlProblem::Credentials);
    }
    if authority.is_empty() || authority.starts_with(':') {
        return Err(UrlProblem::NoHost);
    }
    // The port, after the last colon that is not inside an IPv6 address's brackets.
    let after_host = authority.rsplit_once(']').map_or(authority, |(_, p)| p);
    if let Some((_, port)) = after_host.rsplit_once(':')
        && !port.is_empty()
        && !port.parse::<u16>().is_ok_and(|p| p > 0)
    {
        return Err(UrlProblem::Port);
    }
    let uri: Uri = url
        .parse()
        .map_err(|e: ureq::http::uri::InvalidUri| UrlProblem::Invalid(e.to_string()))?;
    if uri.authority().is_some_and(|a| a.port_u16() == Some(0)) {
        return Err(UrlProblem::Port);
    }
    let origin = Origin::of(url).ok_or(UrlProblem::NoHost)?;
    let host = origin.host.as_str();
    if host == "invalid" || host.ends_with(".invalid") {
        return Err(UrlProblem::NeverResolves);
    }
    let scheme_len = url.len() - rest.len();
    Ok(Endpoint {
        url: url.trim_end_matches('/').to_string(),
        root: format!("{}{authority}", &url[..scheme_len]),
        origin,
    })
}

impl Endpoint {
    /// The URL a page's `more` link names, or `None` when it leads off this endpoint's origin
    /// (or is not a link at all). xAPI's `more` is relative to the server; a relative path is
    /// taken from the server's root, a bare relative one from the endpoint.
    pub fn resolve(&self, more: &str) -> Option<String> {
        if more.chars().any(|c| c.is_whitespace() || c.is_control()) || more.contains('\\') {
            return None;
        }
        let absolute = if let Some(rest) = more.strip_prefix("//") {
            format!("{}://{rest}", self.origin.scheme)
        } else if more.starts_with('/') {
            return Some(format!("{}{more}", self.root));
        } else if has_scheme(more) {
            more.to_string()
        } else {
            return Some(format!("{}/{more}", self.url));
        };
        (Origin::of(&absolute).as_ref() == Some(&self.origin)).then_some(absolute)
    }
}

/// True when `s` starts with a URI scheme (`http:`, `javascript:`, ...).
fn has_scheme(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// A URL as messages show it: userinfo (`user:password@`) replaced by `…@`, so no password is
/// ever shown. Anything up to the last `@` after the scheme counts as userinfo: a password with
/// `/` or `?` in it is hidden too (at worst a path with an `@` is shortened).
pub fn redact(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    match url[start..].rfind('@') {
        Some(at) => format!("{}…@{}", &url[..start], &url[start + at + 1..]),
        None => url.to_string(),
    }
}

/// A URL from a server (a `more` link, a redirect's `Location`), redacted and short.
pub fn shown(url: &str) -> String {
    let flat: String = redact(url)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    crate::escape::clip(&flat, 120).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_hides_every_kind_of_userinfo() {
        assert_eq!(redact("https://u:secret@host/xAPI"), "https://…@host/xAPI");
        assert_eq!(redact("https://u:se/c?r@t@host/x"), "https://…@host/x");
        assert_eq!(redact("u:secret@host/xAPI"), "…@host/xAPI");
        assert_eq!(redact("https://host/xAPI"), "https://host/xAPI");
    }

    #[test]
    fn bad_urls_are_refused_before_any_request() {
        let p = |u: &str| endpoint(u).expect_err(u);
        assert_eq!(p("ftp://h/x"), UrlProblem::Scheme);
        assert_eq!(p("http://u:p@h/x"), UrlProblem::Credentials);
        assert_eq!(p("http://h:abc/x"), UrlProblem::Port);
        assert_eq!(p("http://h:99999/x"), UrlProblem::Port);
        assert_eq!(p("http://h:0/x"), UrlProblem::Port);
        assert_eq!(p("http://lrs.invalid/x"), UrlProblem::NeverResolves);
        assert_eq!(p("http:///x"), UrlProblem::NoHost);
        assert!(endpoint("http://[::1]:8100/xAPI/").is_ok());
        assert!(endpoint("https://lrs.example.com/xAPI").is_ok());
    }

    #[test]
    fn more_links_stay_on_the_endpoints_origin() {
        let e = endpoint("http://127.0.0.1:8100/xAPI").expect("ok");
        let r = |m: &str| e.resolve(m);
        assert_eq!(
            r("/xAPI/statements?p=2").as_deref(),
            Some("http://127.0.0.1:8100/xAPI/statements?p=2")
        );
        assert_eq!(
            r("statements?p=2").as_deref(),
            Some("http://127.0.0.1:8100/xAPI/statements?p=2")
        );
        assert!(r("http://127.0.0.1:8100/xAPI/statements?p=2").is_some());
        for other in [
            "http://127.0.0.1:8101/xAPI/statements",
            "https://127.0.0.1:8100/xAPI/statements",
            "http://evil.example/xAPI/statements",
            "//evil.example/xAPI",
            "http://127.0.0.1:8100@evil.example/x",
            "http://evil.example\\@127.0.0.1:8100/x",
            "javascript:alert(1)",
            "ftp://127.0.0.1:8100/x",
        ] {
            assert_eq!(r(other), None, "{other}");
        }
        let d = endpoint("http://Example.COM/xAPI").expect("ok");
        assert!(
            d.resolve("http://example.com:80/xAPI/statements?x")
                .is_some()
        );
    }
}
