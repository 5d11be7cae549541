//! Sending to a Learning Record Store.
//!
//! The first tests run against a small fake LRS in this process (canned answers on 127.0.0.1):
//! errors are one line, a non-zero exit, and nothing is lost.
//!
//! `ralph_*` runs against a real Ralph LRS when `KEY_ACCOUNT_TEST_LRS` names its xAPI endpoint
//! (`.ci/run` starts one; credentials in `KEY_ACCOUNT_TEST_LRS_USER` and
//! `KEY_ACCOUNT_TEST_LRS_PASSWORD`). Without it the test says it skipped, except under CI
//! (`CI=true`), where it fails: CI must run it.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

use key_account::bot::Constraints;
use key_account::lrs::{self, Client, Lrs, LrsError, spool};
use key_account::record::{self, RunRecord, xapi};
use key_account::scenario::Policy;

// ---------------------------------------------------------------------------------------------
// A fake LRS: answers every request with the status and body `answer` gives, and keeps what it
// received.

#[derive(Debug, Clone)]
struct Request {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

type Answer = dyn Fn(&Request) -> (u16, String) + Send + Sync;

struct FakeLrs {
    url: String,
    received: Arc<Mutex<Vec<Request>>>,
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let path = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    Some(Request {
        method,
        path,
        headers,
        body,
    })
}

fn fake_lrs(answer: Box<Answer>) -> FakeLrs {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!(
        "http://{}/xAPI",
        listener.local_addr().expect("local address")
    );
    let received = Arc::new(Mutex::new(Vec::new()));
    let got = received.clone();
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let Some(req) = read_request(&mut stream) else {
                continue;
            };
            let (status, body) = answer(&req);
            got.lock().expect("lock").push(req);
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: \
                 {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    FakeLrs { url, received }
}

/// 200 with the ids of the statements posted, as xAPI promises (GETs get no statements).
fn stored(req: &Request) -> (u16, String) {
    if req.method != "POST" {
        return (200, r#"{"statements": []}"#.into());
    }
    let statements: Vec<serde_json::Value> = serde_json::from_slice(&req.body).unwrap_or_default();
    let ids: Vec<serde_json::Value> = statements.iter().map(|s| s["id"].clone()).collect();
    (200, serde_json::Value::from(ids).to_string())
}

fn lrs_at(url: &str) -> Lrs {
    Lrs {
        url: url.to_string(),
        user: Some("trainer".into()),
        password: Some("s3cret".into()),
    }
}

fn record(seed: u64, player: &str) -> RunRecord {
    let sc = common::load("island.ron");
    let deal = key_account::bot::play(&sc, Policy::Random, seed, &Constraints::default());
    let now = std::time::SystemTime::now();
    RunRecord::of(&deal, "scenarios/island.ron", player, now, now, &[]).expect("finished")
}

/// Runs the binary with a settings file and extra environment: (code, stdout, stderr).
fn ka_with(
    dir: &Path,
    settings: &Path,
    env: &[(&str, &str)],
    args: &[&str],
) -> (i32, String, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_key-account"));
    cmd.args(args)
        .current_dir(dir)
        .env("KEY_ACCOUNT_CONFIG", settings)
        .env_remove("KEY_ACCOUNT_LRS_USER")
        .env_remove("KEY_ACCOUNT_LRS_PASSWORD")
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A port nothing listens on.
fn dead_url() -> String {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    drop(l);
    format!("http://127.0.0.1:{port}/xAPI")
}

fn settings_file(dir: &Path, url: &str, results: &Path) -> PathBuf {
    let p = dir.join("settings.toml");
    std::fs::write(
        &p,
        format!(
            "player = \"Dana\"\nresults = {:?}\n[lrs]\nurl = {url:?}\nuser = \"trainer\"\npassword \
             = \"s3cret\"\n",
            results.display().to_string()
        ),
    )
    .expect("settings");
    // Only its owner can read it (a readable password is warned about).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    p
}

fn play_keyboard(dir: &Path, settings: &Path, env: &[(&str, &str)]) -> (i32, String, String) {
    let scenario = common::root().join("scenarios/keyboard.ron");
    let script = common::root().join("tests/lines/keyboard-groundwork.txt");
    ka_with(
        dir,
        settings,
        env,
        &[
            "play",
            scenario.to_str().expect("p"),
            "--seed",
            "2",
            "--script",
            script.to_str().expect("p"),
        ],
    )
}

#[test]
fn statements_are_posted_in_batches_with_xapi_headers_and_basic_auth() {
    let fake = fake_lrs(Box::new(stored));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut total = 0;
    for seed in 0..12 {
        let r = record(seed, "erin");
        let p = record::write(dir.path(), &r).expect("w");
        total += xapi::statements(&r, &xapi::key_of(&p))
            .expect("valid")
            .len();
    }
    let client = Client::new(&lrs_at(&fake.url)).expect("client");
    let sent = lrs::send_folder(&client, dir.path(), 50, |_, _| {})
        .expect("folder")
        .expect("sent");
    assert_eq!(sent.exported.statements, total);
    assert_eq!(sent.posts, total.div_ceil(50));
    let got = fake.received.lock().expect("lock").clone();
    assert_eq!(got.len(), sent.posts);
    let mut ids = std::collections::HashSet::new();
    for req in &got {
        assert_eq!(req.method, "POST");
        assert_eq!(req.path, "/xAPI/statements");
        assert_eq!(req.header("X-Experience-API-Version"), Some("1.0.3"));
        assert_eq!(req.header("Content-Type"), Some("application/json"));
        // trainer:s3cret
        assert_eq!(
            req.header("Authorization"),
            Some("Basic dHJhaW5lcjpzM2NyZXQ=")
        );
        let batch: Vec<serde_json::Value> = serde_json::from_slice(&req.body).expect("json");
        assert!(batch.len() <= 50);
        for s in batch {
            assert!(ids.insert(s["id"].as_str().expect("id").to_string()));
        }
    }
    assert_eq!(ids.len(), total);
}

#[test]
fn lrs_errors_are_one_clear_line_and_a_non_zero_exit() {
    let dir = tempfile::tempdir().expect("tempdir");
    record::write(&dir.path().join("r"), &record(1, "erin")).expect("w");
    let none = dir.path().join("none.toml");
    let export = |url: &str| {
        ka_with(
            dir.path(),
            &none,
            &[
                ("KEY_ACCOUNT_LRS_USER", "u"),
                ("KEY_ACCOUNT_LRS_PASSWORD", "p"),
            ],
            &["export-xapi", "r", "--lrs", url],
        )
    };
    let cases: Vec<(String, i32, &str)> = vec![
        (
            fake_lrs(Box::new(|_| {
                (
                    401,
                    r#"{"detail":"Invalid authentication credentials"}"#.into(),
                )
            }))
            .url,
            1,
            "refused the credentials (HTTP 401)",
        ),
        (
            fake_lrs(Box::new(|_| (500, "Internal\nServer\nError".into()))).url,
            1,
            "answered HTTP 500: Internal Server Error",
        ),
        (
            fake_lrs(Box::new(|_| (400, r#"{"detail":"bad statement"}"#.into()))).url,
            1,
            "answered HTTP 400: bad statement",
        ),
        (dead_url(), 1, "cannot be reached"),
        (
            "ftp://127.0.0.1/xAPI".into(),
            2,
            "must start with http:// or https://",
        ),
        (
            "http://user:pw@127.0.0.1/xAPI".into(),
            2,
            "credentials do not go in the URL",
        ),
        (
            "http://no-such-host.invalid/xAPI".into(),
            2,
            "a name under .invalid never resolves",
        ),
    ];
    for (url, code, says) in cases {
        let (got, out, err) = export(&url);
        assert_eq!(got, code, "{url}: {out}{err}");
        assert!(err.contains(says), "{url}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(!err.contains("panicked"));
    }
    // The records are all still there.
    assert_eq!(
        record::read_dir(&dir.path().join("r")).expect("r").0.len(),
        1
    );
}

#[test]
fn report_filters_need_an_lrs() {
    let dir = tempfile::tempdir().expect("tempdir");
    record::write(dir.path(), &record(1, "erin")).expect("w");
    let none = dir.path().join("none.toml");
    let (code, out, err) = ka_with(
        dir.path(),
        &none,
        &[],
        &["report", ".", "--scenario", "island"],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("go with --lrs"), "{err}");
    let (code, out, err) = ka_with(
        dir.path(),
        &none,
        &[],
        &["report", "--lrs", &dead_url(), "--since", "yesterday"],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("--since \"yesterday\" is not a time"), "{err}");
}

#[test]
fn play_spools_when_the_lrs_is_down_and_sends_everything_once_it_is_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    // Down: the record is saved, the statements wait in the spool, exit 0.
    let settings = settings_file(dir.path(), &dead_url(), &results);
    let (code, out, err) = play_keyboard(dir.path(), &settings, &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Not sent yet") && out.contains("cannot be reached"),
        "{out}"
    );
    assert_eq!(spool::pending(&results).len(), 1);
    assert_eq!(record::read_dir(&results).expect("r").0.len(), 1);

    // Back: the next run sends its own statements and the waiting ones.
    let fake = fake_lrs(Box::new(stored));
    let settings = settings_file(dir.path(), &fake.url, &results);
    let (code, out, err) = play_keyboard(dir.path(), &settings, &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Sent to the LRS") && out.contains("1 earlier run"),
        "{out}"
    );
    assert!(spool::pending(&results).is_empty());
    let posted: usize = fake
        .received
        .lock()
        .expect("lock")
        .iter()
        .map(|r| {
            serde_json::from_slice::<Vec<serde_json::Value>>(&r.body)
                .expect("json")
                .len()
        })
        .sum();
    let expected: usize = record::read_dir(&results)
        .expect("r")
        .0
        .iter()
        .map(|(p, r)| xapi::statements(r, &xapi::key_of(p)).expect("v").len())
        .sum();
    assert_eq!(posted, expected);
}

#[test]
fn wrong_credentials_keep_the_run_in_the_spool_and_fail_play() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    let fake = fake_lrs(Box::new(|_| (401, r#"{"detail":"no"}"#.into())));
    let settings = settings_file(dir.path(), &fake.url, &results);
    let (code, out, err) = play_keyboard(dir.path(), &settings, &[]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Run record saved"), "{out}");
    assert!(err.contains("refused the credentials"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert_eq!(spool::pending(&results).len(), 1, "kept");
}

#[test]
fn a_run_the_lrs_refuses_is_kept_aside_and_blocks_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    // An older spooled run the LRS will refuse (say, made by a broken build).
    spool::put(
        &results,
        "0000-old.json",
        &[serde_json::json!({"not": "a statement"})],
    )
    .expect("spooled");
    let fake = fake_lrs(Box::new(|req: &Request| {
        if String::from_utf8_lossy(&req.body).contains("not") {
            (400, r#"{"detail":"invalid statement"}"#.into())
        } else {
            stored(req)
        }
    }));
    let r = record(3, "erin");
    let p = record::write(&results, &r).expect("w");
    let d = spool::deliver(&results, &p, &r, &lrs_at(&fake.url)).expect("delivered");
    assert!(
        matches!(d, spool::Delivery::Sent { earlier: 0, .. }),
        "{d:?}"
    );
    assert!(spool::pending(&results).is_empty());
    let aside = spool::rejected_folder(&results).join("0000-old.json");
    assert!(aside.exists(), "kept");
}

#[test]
fn reading_back_follows_more_links_and_keeps_only_key_accounts_runs() {
    let r = record(4, "erin");
    let all = xapi::statements(&r, "run.json").expect("valid");
    let completed = all
        .iter()
        .find(|s| {
            s["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with("completed"))
        })
        .expect("completed")
        .clone();
    let other = serde_json::json!({
        "id": "0b7f8a52-1f2e-4f39-9a1a-1c7c1d2b3e4f",
        "verb": { "id": "http://adlnet.gov/expapi/verbs/completed" },
        "context": { "platform": "Another course" },
    });
    // Three pages chained by relative `more` links; the last is empty.
    let fake = fake_lrs(Box::new(move |req: &Request| {
        let page = |more: Option<&str>, s: Vec<serde_json::Value>| {
            let mut v = serde_json::json!({ "statements": s });
            if let Some(m) = more {
                v["more"] = serde_json::json!(m);
            }
            (200, v.to_string())
        };
        if req.path.contains("page=3") {
            page(Some("/xAPI/statements?page=4"), vec![])
        } else if req.path.contains("page=2") {
            page(Some("/xAPI/statements?page=3"), vec![completed.clone()])
        } else {
            page(Some("/xAPI/statements?page=2"), vec![other.clone()])
        }
    }));
    let client = Client::new(&lrs_at(&fake.url)).expect("client");
    let found = lrs::read_records(&client, Some("island"), None).expect("read");
    assert_eq!(found.runs.len(), 1);
    assert!(found.skipped.is_empty());
    assert_eq!(found.runs[0].file, PathBuf::from("run.json"));
    assert_eq!(found.runs[0].record.total, r.total);
    let got = fake.received.lock().expect("lock").clone();
    // The xAPI filters were asked for, the links followed, and an empty page ended the walk.
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got[0]
            .path
            .contains("verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fcompleted")
    );
    assert!(
        got[0]
            .path
            .contains("activity=urn%3Akey-account%3Ascenario%3Aisland")
    );
    assert_eq!(got[2].path, "/xAPI/statements?page=3");
}

#[test]
fn a_bad_answer_is_an_error_not_a_panic() {
    let fake = fake_lrs(Box::new(|_| (200, "<html>not xapi</html>".into())));
    let client = Client::new(&lrs_at(&fake.url)).expect("client");
    let e = client.count(&lrs::Query::default()).expect_err("not xAPI");
    assert!(matches!(e, LrsError::BadAnswer { .. }), "{e}");
}

// ---------------------------------------------------------------------------------------------
// A real Ralph LRS.

/// A TCP forwarder to the LRS that can be stopped and started on the same port: stopping it is
/// the LRS going down, as a client sees it (connection refused), without stopping the shared
/// server.
struct Switch {
    port: u16,
    target: String,
    stop: Arc<AtomicBool>,
    streams: Arc<Mutex<Vec<TcpStream>>>,
    handle: Option<thread::JoinHandle<()>>,
}

impl Switch {
    fn new(target: &str) -> Switch {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = l.local_addr().expect("addr").port();
        drop(l);
        Switch {
            port,
            target: target.to_string(),
            stop: Arc::new(AtomicBool::new(false)),
            streams: Arc::new(Mutex::new(Vec::new())),
            handle: None,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn start(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).expect("rebind the same port");
        self.stop.store(false, Ordering::SeqCst);
        let stop = self.stop.clone();
        let streams = self.streams.clone();
        let target = self.target.clone();
        self.handle = Some(thread::spawn(move || {
            for client in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(&target) else {
                    continue;
                };
                let pairs = [
                    (client.try_clone(), server.try_clone()),
                    (server.try_clone(), client.try_clone()),
                ];
                if let Ok(mut s) = streams.lock() {
                    s.extend([client, server]);
                }
                for (from, to) in pairs {
                    if let (Ok(mut from), Ok(mut to)) = (from, to) {
                        thread::spawn(move || {
                            let _ = std::io::copy(&mut from, &mut to);
                            let _ = to.shutdown(Shutdown::Write);
                        });
                    }
                }
            }
        }));
    }

    fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
        if let Ok(mut s) = self.streams.lock() {
            for st in s.drain(..) {
                let _ = st.shutdown(Shutdown::Both);
            }
        }
    }
}

impl Drop for Switch {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Ralph {
    url: String,
    user: String,
    password: String,
}

fn ralph() -> Option<Ralph> {
    let url = std::env::var("KEY_ACCOUNT_TEST_LRS")
        .ok()
        .filter(|s| !s.is_empty());
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let Some(url) = url else {
        assert!(
            !ci,
            "CI must run the LRS test: set KEY_ACCOUNT_TEST_LRS (see .ci/run)"
        );
        eprintln!("skipped: no LRS (set KEY_ACCOUNT_TEST_LRS to a Ralph xAPI endpoint)");
        return None;
    };
    Some(Ralph {
        url,
        user: std::env::var("KEY_ACCOUNT_TEST_LRS_USER").unwrap_or_default(),
        password: std::env::var("KEY_ACCOUNT_TEST_LRS_PASSWORD").unwrap_or_default(),
    })
}

fn count_all(client: &Client) -> usize {
    client
        .count(&lrs::Query::default())
        .unwrap_or_else(|e| panic!("counting the LRS's statements: {e}"))
}

/// The report's text without the lines that name the output files.
fn report_text(out: &str) -> String {
    out.lines()
        .filter(|l| !l.starts_with("CSV written") && !l.starts_with("HTML written"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one story against the one Ralph server, each step building on the last"
)]
fn ralph_sends_once_reports_the_same_and_spools_while_down() {
    let Some(ralph) = ralph() else { return };
    let env = [
        ("KEY_ACCOUNT_LRS_USER", ralph.user.as_str()),
        ("KEY_ACCOUNT_LRS_PASSWORD", ralph.password.as_str()),
    ];
    let lrs_cfg = Lrs {
        url: ralph.url.clone(),
        user: Some(ralph.user.clone()),
        password: Some(ralph.password.clone()),
    };
    let client = Client::new(&lrs_cfg).expect("client");
    let dir = tempfile::tempdir().expect("tempdir");
    let none = dir.path().join("none.toml");

    // 1,000 generated records of one scenario id unique to this run, by 20 trainees.
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let scenario_id = format!("ci-{nonce}");
    let folder = dir.path().join("cohort");
    let scenarios = common::bundled();
    let mut expected = 0;
    for i in 0..1000u64 {
        let sc = &scenarios[(i % scenarios.len() as u64) as usize];
        let deal = key_account::bot::play(sc, Policy::Random, i, &Constraints::default());
        let now = std::time::SystemTime::now();
        let mut r = RunRecord::of(
            &deal,
            "generated",
            &format!("trainee {}", i % 20),
            now,
            now,
            &[],
        )
        .expect("finished");
        r.scenario_id = scenario_id.clone();
        r.scenario_title = "CI cohort".into();
        let p = record::write(&folder, &r).expect("written");
        expected += xapi::statements(&r, &xapi::key_of(&p))
            .expect("valid")
            .len();
    }
    let folder_arg = folder.to_str().expect("p");

    // Sent once.
    let before = count_all(&client);
    let (code, out, err) = ka_with(
        dir.path(),
        &none,
        &env,
        &["export-xapi", folder_arg, "--lrs", &ralph.url],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("{expected} statement(s) from 1000 record(s)")),
        "{out}"
    );
    let after_first = count_all(&client);
    assert_eq!(after_first - before, expected, "every statement stored");
    eprintln!("ralph: {expected} statements from 1000 records; LRS {before} -> {after_first}");

    // Sending again adds nothing.
    let (code, out, err) = ka_with(
        dir.path(),
        &none,
        &env,
        &["export-xapi", folder_arg, "--lrs", &ralph.url],
    );
    assert_eq!(code, 0, "{out}{err}");
    let after_second = count_all(&client);
    assert_eq!(after_second, after_first, "nothing stored twice");
    eprintln!("ralph: sent again; LRS still {after_second}");

    // The report from the LRS is the report from the folder: text, CSV and HTML.
    let (code, from_folder, err) = ka_with(
        dir.path(),
        &none,
        &env,
        &["report", folder_arg, "--csv", "a.csv", "--html", "a.html"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, from_lrs, err) = ka_with(
        dir.path(),
        &none,
        &env,
        &[
            "report",
            "--lrs",
            &ralph.url,
            "--scenario",
            &scenario_id,
            "--csv",
            "b.csv",
            "--html",
            "b.html",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        from_lrs.starts_with("1000 record(s), 0 skipped"),
        "{from_lrs}"
    );
    assert_eq!(report_text(&from_lrs), report_text(&from_folder));
    let read = |n: &str| std::fs::read_to_string(dir.path().join(n)).expect("report file");
    assert_eq!(read("b.csv"), read("a.csv"));
    assert_eq!(read("b.html"), read("a.html"));

    // Wrong credentials: one line, exit 1.
    let (code, _, err) = ka_with(
        dir.path(),
        &none,
        &[
            ("KEY_ACCOUNT_LRS_USER", ralph.user.as_str()),
            ("KEY_ACCOUNT_LRS_PASSWORD", "wrong"),
        ],
        &["export-xapi", folder_arg, "--lrs", &ralph.url],
    );
    assert_eq!(code, 1);
    assert!(err.contains("refused the credentials (HTTP 401)"), "{err}");

    // The LRS goes down: `play` spools, and so does the game's path (the same core function).
    let path = ralph
        .url
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
        .unwrap_or_default();
    let target = ralph
        .url
        .split_once("://")
        .map(|(_, rest)| rest.split('/').next().unwrap_or("").to_string())
        .unwrap_or_default();
    let mut switch = Switch::new(&target);
    let via = switch.url(&path);
    let results = dir.path().join("results");
    let settings = settings_file(dir.path(), &via, &results);
    let base = count_all(&client);
    let (code, out, err) = play_keyboard(dir.path(), &settings, &env);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Not sent yet"), "{out}");
    let game_run = record(7, "Dana");
    let game_path = record::write(&results, &game_run).expect("w");
    let via_lrs = Lrs {
        url: via.clone(),
        ..lrs_cfg.clone()
    };
    let d = spool::deliver(&results, &game_path, &game_run, &via_lrs).expect("spooled");
    assert!(matches!(d, spool::Delivery::Spooled { .. }), "{d:?}");
    assert!(!d.refused(), "down is not refused: {}", d.line());
    assert_eq!(spool::pending(&results).len(), 2);
    assert_eq!(count_all(&client), base, "nothing reached the LRS");

    // Back: the game's start-up flush sends both waiting runs, once.
    switch.start();
    let flushed = spool::flush_in_background(results.clone(), via_lrs.clone())
        .join()
        .expect("thread");
    assert_eq!(flushed.stopped, None);
    assert_eq!(flushed.runs.len(), 2);
    assert!(spool::pending(&results).is_empty());
    let runs: usize = record::read_dir(&results)
        .expect("r")
        .0
        .iter()
        .map(|(p, r)| xapi::statements(r, &xapi::key_of(p)).expect("v").len())
        .sum();
    assert_eq!(count_all(&client), base + runs);
    // And `play` now sends straight away; sending the folder again adds nothing.
    let (code, out, err) = play_keyboard(dir.path(), &settings, &env);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Sent to the LRS"), "{out}");
    let (code, out, err) = ka_with(
        dir.path(),
        &none,
        &env,
        &["export-xapi", results.to_str().expect("p"), "--lrs", &via],
    );
    assert_eq!(code, 0, "{out}{err}");
    let total: usize = record::read_dir(&results)
        .expect("r")
        .0
        .iter()
        .map(|(p, r)| xapi::statements(r, &xapi::key_of(p)).expect("v").len())
        .sum();
    assert_eq!(count_all(&client), base + total);
    switch.stop();
}
