//! The LRS client against a hostile or broken server: one test per defect a hostile review
//! found, each starting its own misbehaving server on 127.0.0.1 (`lrs_hostile/server.rs`).
//! This file holds the high and medium ones; `lrs_hostile/spool.rs` the spool's, and
//! `lrs_hostile/low.rs` the small ones.

mod common;
#[path = "lrs_hostile/low.rs"]
mod low;
#[path = "lrs_hostile/server.rs"]
mod server;
#[path = "lrs_hostile/spool.rs"]
mod spool_tests;

use std::time::{Duration, Instant};

use key_account::lrs::{self, Client, Limits, LrsError, spool};
use key_account::record;
use serde_json::Value;

use server::{Reply, completed, ka_with, lrs_at, page, record, serve};

/// Item 1: `report --lrs` follows `more` only on the endpoint's origin; a link to another host
/// or port is an error and that server gets nothing (no credentials).
#[test]
fn a_more_link_to_another_origin_gets_no_credentials() {
    let elsewhere = serve(|_| page(&[], None));
    let r = record(1, "erin");
    let one = completed(&r, "a.json");
    for more in [
        format!("{}/xAPI/statements?page=2", elsewhere.origin),
        format!("{}/steal", elsewhere.origin.replace("http://", "//")),
    ] {
        let (one, more) = (one.clone(), more.clone());
        let lrs = serve(move |_| page(std::slice::from_ref(&one), Some(&more)));
        let client = Client::new(&lrs_at(&lrs.url)).expect("client");
        let e = lrs::read_records(&client, None, None).expect_err("not followed");
        assert!(matches!(e, LrsError::ForeignMore { .. }), "{e}");
        assert!(e.to_string().contains("another server"), "{e}");
        // Through the command line: one line, exit 1.
        let dir = tempfile::tempdir().expect("tempdir");
        let none = dir.path().join("none.toml");
        let env = [
            ("KEY_ACCOUNT_LRS_USER", "trainer"),
            ("KEY_ACCOUNT_LRS_PASSWORD", "s3cret"),
        ];
        let (code, out, err) = ka_with(dir.path(), &none, &env, &["report", "--lrs", &lrs.url]);
        assert_eq!(code, 1, "{out}{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    assert!(
        elsewhere.received().is_empty(),
        "{:?}",
        elsewhere.received()
    );
}

/// Item 2: a redirected POST is not followed and not sent; a login page's 200, `200 []` or any
/// 2xx that is not the posted statements' ids leaves the run in the spool; a GET carries no
/// credentials across a redirect.
#[test]
fn a_redirect_or_a_2xx_without_ids_is_not_sent_and_the_spool_keeps_the_run() {
    let portal = serve(|_| Reply::new(200, "<html>Log in to the hotel network</html>"));
    let to = format!("{}/login", portal.origin);
    let answers: Vec<Box<dyn Fn(&server::Request) -> Reply + Send + Sync>> = vec![
        Box::new(move |_| Reply::new(302, "").header("Location", &to)),
        Box::new(|_| Reply::new(301, "").header("Location", "http://example.com/")),
        Box::new(|_| Reply::new(307, "").header("Location", "/xAPI2/statements")),
        Box::new(|_| Reply::new(200, "[]")),
        Box::new(|_| Reply::new(200, "<html>Welcome</html>")),
        Box::new(|_| Reply::new(201, r#"["not-one-we-sent"]"#)),
    ];
    for answer in answers {
        let lrs = serve(answer);
        let dir = tempfile::tempdir().expect("tempdir");
        let r = record(2, "erin");
        let p = record::write(dir.path(), &r).expect("w");
        let d = spool::deliver(dir.path(), &p, &r, &lrs_at(&lrs.url)).expect("spooled");
        assert!(
            matches!(d, spool::Delivery::Spooled { .. }),
            "{}: {d:?}",
            lrs.url
        );
        assert!(d.refused(), "not offline: {}", d.line());
        assert!(d.line().starts_with("Not sent yet"), "{}", d.line());
        assert_eq!(spool::pending(dir.path()).len(), 1, "kept: {}", d.line());
    }
    assert!(portal.received().is_empty(), "{:?}", portal.received());
    // A GET redirected elsewhere: an error, and the other server gets nothing.
    let to = format!("{}/xAPI/statements", portal.origin);
    let lrs = serve(move |_| Reply::new(302, "").header("Location", &to));
    let client = Client::new(&lrs_at(&lrs.url)).expect("client");
    let e = client.count(&lrs::Query::default()).expect_err("redirect");
    assert!(matches!(e, LrsError::Redirected { status: 302, .. }), "{e}");
    assert!(portal.received().is_empty());
}

/// Item 2, as Ralph answers: statements it already holds are posted again and it answers 204
/// (all held) or the ids of the new ones only; either way the run counts as sent.
#[test]
fn statements_the_lrs_already_holds_count_as_sent() {
    let lrs = serve(|req| {
        let all = req.statements();
        if all.len() > 4 {
            let new: Vec<Value> = all[..2].iter().map(|s| s["id"].clone()).collect();
            Reply::new(200, Value::from(new).to_string())
        } else {
            Reply::new(204, "")
        }
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let r = record(3, "erin");
    let p = record::write(dir.path(), &r).expect("w");
    let d = spool::deliver(dir.path(), &p, &r, &lrs_at(&lrs.url)).expect("sent");
    assert!(matches!(d, spool::Delivery::Sent { .. }), "{d:?}");
    assert!(spool::pending(dir.path()).is_empty());
    let client = Client::new(&lrs_at(&lrs.url)).expect("client");
    client
        .post(&[completed(&r, "x.json")])
        .expect("204 is stored");
}

/// Item 3: a `more` link that repeats, or pages that bring nothing new, end the walk with one
/// clear line; pages, statements and time are bounded; progress is told page by page.
#[test]
fn a_more_link_that_loops_stops_with_one_line() {
    let r = record(4, "erin");
    let one = completed(&r, "a.json");
    // A new statement on each page, and the same `more` link on each.
    let template = one.clone();
    let repeat = serve(move |_| {
        let mut s = template.clone();
        s["id"] = Value::from(server::fresh_uuid());
        page(&[s], Some("/xAPI/statements?p=1"))
    });
    let client = Client::new(&lrs_at(&repeat.url)).expect("client");
    let t = Instant::now();
    let e = lrs::read_records(&client, None, None).expect_err("loops");
    assert!(matches!(e, LrsError::Loop { repeated: true, .. }), "{e}");
    assert!(t.elapsed() < Duration::from_secs(10));
    // New URLs every time, the same statement on each.
    let n = std::sync::atomic::AtomicUsize::new(0);
    let fresh = serve(move |_| {
        let i = n.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        page(
            std::slice::from_ref(&one),
            Some(&format!("/xAPI/statements?p={i}")),
        )
    });
    let client = Client::new(&lrs_at(&fresh.url)).expect("client");
    let e = lrs::read_records(&client, None, None).expect_err("nothing new");
    assert!(
        matches!(
            e,
            LrsError::Loop {
                repeated: false,
                ..
            }
        ),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("no statement it had not sent before"),
        "{e}"
    );
    // New statements on every page, for ever: the bounds stop it.
    let endless = serve(|req| {
        let mut s = completed(&record(5, "erin"), &req.path);
        s["id"] = Value::from(server::fresh_uuid());
        page(
            &[s],
            Some(&format!("/xAPI/statements?p={}", server::fresh_uuid())),
        )
    });
    let small = Limits {
        max_pages: 5,
        ..Limits::default()
    };
    let client = Client::with_limits(&lrs_at(&endless.url), small).expect("client");
    let mut seen = Vec::new();
    let e = lrs::read_records_with(&client, None, None, &mut |p| seen.push(p.pages))
        .expect_err("bounded");
    assert!(e.to_string().contains("more than 5 pages"), "{e}");
    assert_eq!(seen, vec![1, 2, 3, 4, 5]);
    let quick = Limits {
        max_walk: Duration::from_secs(1),
        ..Limits::default()
    };
    let client = Client::with_limits(&lrs_at(&endless.url), quick).expect("client");
    let e = lrs::read_records(&client, None, None).expect_err("bounded in time");
    assert!(matches!(e, LrsError::TooMuch { .. }), "{e}");
    // The command line: one line, exit 1, no progress line when standard error is not a
    // terminal.
    let dir = tempfile::tempdir().expect("tempdir");
    let none = dir.path().join("none.toml");
    let (code, out, err) = ka_with(dir.path(), &none, &[], &["report", "--lrs", &repeat.url]);
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("its `more` links go round"), "{err}");
}

/// Peak resident memory of the largest child process waited for so far, in bytes.
fn children_peak() -> u64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes the struct it is given.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr());
        usage.assume_init()
    };
    u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}

/// Item 5: summaries that claim 100,000 decisions each cost their own size, not a vector of
/// placeholder actions each: 300 of them (1.7 GB before) stay well under 400 MB.
#[test]
fn summaries_claiming_many_decisions_cost_their_own_size() {
    let r = record(6, "erin");
    let many: Vec<Value> = (0..300)
        .map(|i| {
            let mut s = completed(&r, &format!("run-{i:03}.json"));
            s["id"] = Value::from(server::fresh_uuid());
            s["result"]["extensions"][record::xapi::RUN_EXTENSION]["decisions"] =
                Value::from(100_000);
            s
        })
        .collect();
    let run = record::xapi::run_of(&many[0]).expect("a run");
    assert!(run.record.actions.is_empty());
    assert_eq!(run.record.decision_count(), 100_000);
    let lrs = serve(move |_| page(&many, None));
    let dir = tempfile::tempdir().expect("tempdir");
    let none = dir.path().join("none.toml");
    let (code, out, err) = ka_with(
        dir.path(),
        &none,
        &[],
        &["report", "--lrs", &lrs.url, "--csv", "runs.csv"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("300 record(s), 0 skipped"), "{out}");
    let csv = std::fs::read_to_string(dir.path().join("runs.csv")).expect("csv");
    assert!(
        csv.lines().nth(1).is_some_and(|l| l.contains(",100000,")),
        "{csv}"
    );
    let peak = children_peak();
    assert!(peak < 400 << 20, "report --lrs peaked at {} MB", peak >> 20);
}

/// Item 6: a summary gets the checks a record file gets; one that fails is skipped with why and
/// none of its numbers reach the text, CSV or HTML report.
#[test]
fn impossible_summaries_are_skipped_with_why() {
    let r = record(7, "erin");
    let edits: Vec<(&str, Box<dyn Fn(&mut Value)>)> = vec![
        (
            "total is inf",
            Box::new(|s| s["total"] = Value::from(1e300)),
        ),
        ("total is -5", Box::new(|s| s["total"] = Value::from(-5e37))),
        ("max is 0", Box::new(|s| s["max"] = Value::from(0))),
        (
            "more than once",
            Box::new(|s| s["parts"] = Value::from(vec![s["parts"][0].clone(); 500])),
        ),
        (
            "not an RFC 3339 time",
            Box::new(|s| s["finished_at"] = Value::from("not a time")),
        ),
    ];
    let mut statements = Vec::new();
    for (i, (_, edit)) in edits.iter().enumerate() {
        let mut s = completed(&r, &format!("bad-{i}.json"));
        edit(&mut s["result"]["extensions"][record::xapi::RUN_EXTENSION]);
        statements.push(s);
    }
    statements.push(completed(&r, "good.json"));
    let lrs = serve(move |_| page(&statements, None));
    let dir = tempfile::tempdir().expect("tempdir");
    let none = dir.path().join("none.toml");
    let args = [
        "report", "--lrs", &lrs.url, "--csv", "r.csv", "--html", "r.html",
    ];
    let (code, out, err) = ka_with(dir.path(), &none, &[], &args);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("1 record(s), 5 skipped"), "{out}");
    for (why, _) in &edits {
        assert!(out.contains(why), "{why}: {out}");
    }
    let csv = std::fs::read_to_string(dir.path().join("r.csv")).expect("csv");
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(!csv.contains("bad-"), "{csv}");
    let html = std::fs::read_to_string(dir.path().join("r.html")).expect("html");
    assert!(html.contains("1 record(s), 5 skipped"), "{html}");
    // A record file with the same total is refused by the same check.
    let mut bad = r.clone();
    bad.total = 31.415926;
    let json = serde_json::to_string(&bad).expect("json");
    let json = json.replacen("\"total\":31.415926", "\"total\":1e300", 1);
    let e = record::from_bytes(json.as_bytes()).expect_err("refused");
    assert!(e.to_string().contains("total is inf"), "{e}");
}

/// Item 7: two statements claiming the same record file (another registration) are both listed
/// as a conflict; neither replaces the other silently; the same statement twice counts once.
#[test]
fn two_statements_claiming_one_file_are_listed_not_merged() {
    let a = completed(&record(8, "alice"), "same.json");
    let mut b = completed(&record(9, "bob"), "same.json");
    b["id"] = Value::from(server::fresh_uuid());
    b["context"]["registration"] = Value::from(server::fresh_uuid());
    let other = completed(&record(10, "carol"), "other.json");
    let late = completed(&record(11, "dave"), "late.json");
    let (a2, other2) = (a.clone(), other.clone());
    let lrs = serve(move |req| {
        if req.path.contains("p=2") {
            page(&[other2.clone(), a2.clone(), late.clone()], None)
        } else {
            page(
                &[a.clone(), b.clone(), other.clone()],
                Some("/xAPI/statements?p=2"),
            )
        }
    });
    let client = Client::new(&lrs_at(&lrs.url)).expect("client");
    let found = lrs::read_records(&client, None, None).expect("read");
    let players: Vec<&str> = found
        .runs
        .iter()
        .map(|r| r.record.player.as_str())
        .collect();
    assert_eq!(players, ["dave", "carol"], "sorted by file: late, other");
    assert_eq!(found.skipped.len(), 2, "{:?}", found.skipped);
    let (_, skipped) = found.into_records(key_account::i18n::Lang::En);
    for (_, why) in &skipped {
        assert!(why.contains("same.json is also claimed by"), "{why}");
    }
}
