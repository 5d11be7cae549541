//! Passwords in messages (item 8), timeouts and oversized answers (item 9), and the small ones:
//! warnings, credentials kept to their own LRS, URLs that can never work, a busy LRS.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use key_account::lrs::commands::{Notice, notices};
use key_account::lrs::{Client, Limits, Lrs, LrsError, Query, spool};
use key_account::record;

use super::server::{Reply, completed, ka_with, lrs_at, page, play, record, serve, settings_file};

/// Item 8: no message shows a password: not a URL's userinfo (in the library's errors, the
/// delivery line, the CLI's lines, a redirect's or a `more` link's URL), not a settings file's
/// password that is not text.
#[test]
fn no_message_shows_a_password() {
    let with = Lrs {
        url: "https://u:secret@lrs.example.com/xAPI".into(),
        user: None,
        password: None,
    };
    let e = Client::new(&with).err().expect("refused");
    assert!(!e.to_string().contains("secret"), "{e}");
    assert!(
        e.to_string().contains("https://…@lrs.example.com/xAPI"),
        "{e}"
    );
    assert!(!format!("{with:?}").contains("secret"));
    let dir = tempfile::tempdir().expect("tempdir");
    let r = record(30, "erin");
    let p = record::write(dir.path(), &r).expect("w");
    let d = spool::deliver(dir.path(), &p, &r, &with).expect("spooled");
    assert!(!d.line().contains("secret"), "{}", d.line());
    let none = dir.path().join("none.toml");
    let url = "http://u:secret@127.0.0.1:1/xAPI";
    for args in [
        vec!["export-xapi", ".", "--lrs", url],
        vec!["report", "--lrs", url],
    ] {
        let (code, out, err) = ka_with(dir.path(), &none, &[], &args);
        assert_eq!(code, 2, "{out}{err}");
        assert!(
            !out.contains("secret") && !err.contains("secret"),
            "{out}{err}"
        );
    }
    let results = dir.path().join("results");
    let settings = settings_file(dir.path(), url, &results);
    let (_, out, err) = play(dir.path(), &settings, &[]);
    assert!(
        !out.contains("secret") && !err.contains("secret"),
        "{out}{err}"
    );
    assert!(out.contains("Run record saved"), "{out}");
    // A redirect's and a `more` link's URLs are shown without their userinfo.
    let lrs = serve(|req| match req.method.as_str() {
        "POST" => Reply::new(302, "").header("Location", "http://u:hunter2@evil.example/"),
        _ => page(&[], Some("http://u:hunter2@evil.example/x")),
    });
    let client = Client::new(&lrs_at(&lrs.url)).expect("client");
    let e = client
        .post(&[completed(&r, "a.json")])
        .expect_err("redirect");
    assert!(!e.to_string().contains("hunter2"), "{e}");
    let e = client.count(&Query::default()).expect_err("another server");
    assert!(matches!(e, LrsError::ForeignMore { .. }), "{e}");
    assert!(!e.to_string().contains("hunter2"), "{e}");
    // A password that is not text: the settings error says so without showing it.
    std::fs::write(
        &settings,
        "player = \"Dana\"\n[lrs]\nurl = \"http://127.0.0.1:1/xAPI\"\npassword = 12345\n",
    )
    .expect("w");
    let (code, out, err) = play(dir.path(), &settings, &[]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(!err.contains("12345"), "{err}");
    assert!(err.contains("settings.toml:4:12"), "{err}");
    assert!(
        err.contains("the password under [lrs] must be text in quotes"),
        "{err}"
    );
}

/// Item 9: a timeout and an oversized answer say what happened, not "EOF while parsing".
#[test]
fn a_timeout_or_an_oversized_answer_says_what_happened() {
    let silent = serve(|_| Reply::silent());
    let quick = Limits {
        timeout: Duration::from_secs(1),
        ..Limits::default()
    };
    let client = Client::with_limits(&lrs_at(&silent.url), quick).expect("client");
    let t = Instant::now();
    let e = client.count(&Query::default()).expect_err("no answer");
    assert!(t.elapsed() < Duration::from_secs(5));
    assert!(matches!(e, LrsError::Timeout { .. }), "{e}");
    assert!(
        e.to_string().contains("gave no answer in time (1 s)"),
        "{e}"
    );
    assert!(e.is_offline(), "a run waits in the spool");
    let big = serve(|_| {
        Reply::new(
            200,
            format!("{{\"statements\": [\"{}\"]}}", "x".repeat(2 << 20)),
        )
    });
    let small = Limits {
        max_response: 1 << 20,
        ..Limits::default()
    };
    let client = Client::with_limits(&lrs_at(&big.url), small).expect("client");
    let e = client.count(&Query::default()).expect_err("too large");
    assert!(e.to_string().contains("sent an answer over 1 MB"), "{e}");
    assert!(!e.to_string().contains("EOF"), "{e}");
}

/// Low: credentials over plain http to another machine are warned about (not over loopback),
/// and so is a settings file with a password that other users can read.
#[test]
fn plain_http_credentials_and_a_readable_password_file_are_warned_about() {
    let plain = lrs_at("http://lrs.example.com/xAPI");
    assert!(notices(&plain).contains(&Notice::PlainHttp {
        url: plain.url.clone()
    }));
    let none = |url: &str| {
        notices(&lrs_at(url))
            .iter()
            .all(|n| !matches!(n, Notice::PlainHttp { .. }))
    };
    assert!(none("https://lrs.example.com/xAPI") && none("http://127.0.0.1:8100/xAPI"));
    let lrs = serve(Reply::ids);
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    let settings = settings_file(dir.path(), &lrs.url, &results);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::Permissions::from_mode(0o644);
        std::fs::set_permissions(&settings, mode).expect("chmod");
        let (code, out, err) = play(dir.path(), &settings, &[]);
        assert_eq!(code, 0, "{out}{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains("other users can read it (mode 644)"), "{err}");
        assert!(err.contains("chmod 600"), "{err}");
    }
}

/// Low: the settings file's credentials go only to its own LRS; another `--lrs` gets the
/// environment's, or none, and a line says so.
#[test]
fn settings_credentials_go_only_to_the_settings_files_own_lrs() {
    let own = serve(Reply::ids);
    let other = serve(Reply::ids);
    let dir = tempfile::tempdir().expect("tempdir");
    record::write(&dir.path().join("r"), &record(31, "erin")).expect("w");
    let settings = settings_file(dir.path(), &own.url, &dir.path().join("results"));
    let export = |url: &str, env: &[(&str, &str)]| {
        ka_with(
            dir.path(),
            &settings,
            env,
            &["export-xapi", "r", "--lrs", url],
        )
    };
    let (code, out, err) = export(&other.url, &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("so they are not sent to"), "{err}");
    assert!(
        other
            .posts()
            .iter()
            .all(|p| p.header("Authorization").is_none())
    );
    let env = [
        ("KEY_ACCOUNT_LRS_USER", "env"),
        ("KEY_ACCOUNT_LRS_PASSWORD", "pw"),
    ];
    let (code, out, err) = export(&other.url, &env);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.is_empty(), "{err}");
    let last = other.posts().pop().expect("posted");
    assert_eq!(last.header("Authorization"), Some("Basic ZW52OnB3"));
    // The file's own LRS, under another path too, gets the file's credentials.
    let (code, out, err) = export(&format!("{}/", own.url), &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.is_empty(), "{err}");
    let first = own.posts().pop().expect("posted");
    assert_eq!(
        first.header("Authorization"),
        Some("Basic dHJhaW5lcjpzM2NyZXQ=")
    );
}

/// Low: a URL that can never work, or a redirect (307, 308) on POST, is an error, not
/// "offline": the run stays spooled and the line says to fix the URL.
#[test]
fn a_url_that_can_never_work_is_an_error_not_offline() {
    let moved = serve(|_| Reply::new(308, "").header("Location", "/xAPI/v2/statements"));
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    for (url, says) in [
        ("http://127.0.0.1:99999/xAPI", "its port is not a number"),
        ("http://lrs.invalid/xAPI", "never resolves"),
        ("http://127.0.0.1:abc/xAPI", "its port is not a number"),
        (moved.url.as_str(), "redirects (HTTP 308)"),
    ] {
        let settings = settings_file(dir.path(), url, &results);
        let (code, out, err) = play(dir.path(), &settings, &[]);
        assert_eq!(code, 1, "{url}: {out}{err}");
        assert!(err.contains(says), "{url}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains("fix the LRS URL"), "{url}: {err}");
    }
    assert_eq!(spool::pending(&results).len(), 4, "every run kept");
}

/// An HTTP date `secs` from now, as `Retry-After` gives one.
fn http_date(secs: u64) -> String {
    let t = SystemTime::now() + Duration::from_secs(secs + 1);
    let iso = humantime::format_rfc3339_seconds(t).to_string();
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month: usize = iso[5..7].parse().expect("month");
    format!(
        "Mon, {} {} {} {} GMT",
        &iso[8..10],
        months[month - 1],
        &iso[..4],
        &iso[11..19]
    )
}

/// Low: 429 and 503 are retried as `Retry-After` asks (seconds or a date), within a bound; a
/// transient one is not a failure; one that asks for an hour is "not sent yet", quickly.
#[test]
fn a_busy_lrs_is_retried_as_retry_after_asks() {
    for (status, after) in [(429, "1".to_string()), (503, http_date(2))] {
        let tries = AtomicUsize::new(0);
        let lrs = serve(move |req| match tries.fetch_add(1, Ordering::SeqCst) {
            0 => Reply::new(status, "busy").header("Retry-After", &after),
            _ => Reply::ids(req),
        });
        let dir = tempfile::tempdir().expect("tempdir");
        record::write(&dir.path().join("r"), &record(32, "erin")).expect("w");
        let none = dir.path().join("none.toml");
        let t = Instant::now();
        let (code, out, err) = ka_with(
            dir.path(),
            &none,
            &[],
            &["export-xapi", "r", "--lrs", &lrs.url],
        );
        assert_eq!(code, 0, "{status}: {out}{err}");
        assert!(
            t.elapsed() >= Duration::from_millis(900),
            "{status}: {:?}",
            t.elapsed()
        );
        assert_eq!(lrs.posts().len(), 2);
    }
    let busy = serve(|_| Reply::new(429, "").header("Retry-After", "3600"));
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    let settings = settings_file(dir.path(), &busy.url, &results);
    let t = Instant::now();
    let (code, out, err) = play(dir.path(), &settings, &[]);
    assert!(t.elapsed() < Duration::from_secs(15), "{:?}", t.elapsed());
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Not sent yet") && out.contains("come back in 3600 s"),
        "{out}"
    );
    assert_eq!(spool::pending(&results).len(), 1);
}
