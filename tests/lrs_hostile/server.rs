//! A misbehaving LRS on 127.0.0.1: every request answered as `answer` says (any status, headers
//! and bytes, late or never), each connection on a thread of its own, everything received kept.
//! And the helpers the hostile tests share.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use key_account::bot::Constraints;
use key_account::lrs::Lrs;
use key_account::record::{RunRecord, xapi};
use key_account::scenario::Policy;
use serde_json::Value;

use super::common;

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The statements a POST carried.
    pub fn statements(&self) -> Vec<Value> {
        serde_json::from_slice(&self.body).unwrap_or_default()
    }
}

/// What the server does with a request.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Waits this long before answering.
    pub delay: Duration,
    /// Never answers (keeps the connection open a minute).
    pub silent: bool,
}

impl Reply {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: body.into(),
            delay: Duration::ZERO,
            silent: false,
        }
    }

    /// 200 with the ids of the statements posted, as xAPI promises.
    pub fn ids(req: &Request) -> Reply {
        let ids: Vec<Value> = req.statements().iter().map(|s| s["id"].clone()).collect();
        Reply::new(200, Value::from(ids).to_string())
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn after(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    pub fn silent() -> Reply {
        Reply {
            silent: true,
            ..Reply::new(200, "")
        }
    }
}

type Answer = dyn Fn(&Request) -> Reply + Send + Sync;

pub struct Server {
    /// The xAPI endpoint, `http://127.0.0.1:PORT/xAPI`.
    pub url: String,
    pub origin: String,
    received: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn received(&self) -> Vec<Request> {
        self.received.lock().expect("lock").clone()
    }

    pub fn posts(&self) -> Vec<Request> {
        self.received()
            .into_iter()
            .filter(|r| r.method == "POST")
            .collect()
    }
}

fn read_request(stream: &TcpStream) -> Option<Request> {
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

pub fn serve(answer: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let origin = format!("http://{}", listener.local_addr().expect("address"));
    let received = Arc::new(Mutex::new(Vec::new()));
    let got = received.clone();
    let answer: Arc<Answer> = Arc::new(answer);
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let (got, answer) = (got.clone(), answer.clone());
            thread::spawn(move || {
                let Some(req) = read_request(&stream) else {
                    return;
                };
                let reply = answer(&req);
                got.lock().expect("lock").push(req);
                if reply.silent {
                    thread::sleep(Duration::from_secs(60));
                    return;
                }
                thread::sleep(reply.delay);
                let mut head = format!("HTTP/1.1 {} X\r\n", reply.status);
                if !reply.headers.iter().any(|(k, _)| k == "Content-Type") {
                    head.push_str("Content-Type: application/json\r\n");
                }
                for (k, v) in &reply.headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                if reply.status != 204 {
                    head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
                }
                head.push_str("Connection: close\r\n\r\n");
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&reply.body);
            });
        }
    });
    Server {
        url: format!("{origin}/xAPI"),
        origin,
        received,
    }
}

pub fn lrs_at(url: &str) -> Lrs {
    Lrs {
        url: url.to_string(),
        user: Some("trainer".into()),
        password: Some("s3cret".into()),
    }
}

pub fn record(seed: u64, player: &str) -> RunRecord {
    let sc = common::load("island.ron");
    let deal = key_account::bot::play(&sc, Policy::Random, seed, &Constraints::default());
    let now = std::time::SystemTime::now();
    RunRecord::of(&deal, "scenarios/island.ron", player, now, now, &[]).expect("finished")
}

/// The `completed` statement of a record keyed `file`.
pub fn completed(r: &RunRecord, file: &str) -> Value {
    xapi::statements(r, file)
        .expect("valid")
        .into_iter()
        .find(|s| {
            s["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with("completed"))
        })
        .expect("a completed statement")
}

/// A page of statements, with a `more` link if given.
pub fn page(statements: &[Value], more: Option<&str>) -> Reply {
    let mut v = serde_json::json!({ "statements": statements });
    if let Some(m) = more {
        v["more"] = Value::from(m);
    }
    Reply::new(200, v.to_string())
}

/// Runs the binary with a settings file and extra environment: (code, stdout, stderr).
pub fn ka_with(
    dir: &Path,
    settings: &Path,
    env: &[(&str, &str)],
    args: &[&str],
) -> (i32, String, String) {
    let home = dir.join("home");
    let mut cmd = common::command(dir, &home);
    cmd.args(args)
        .env("KEY_ACCOUNT_CONFIG", settings)
        .env_remove("KEY_ACCOUNT_LRS_USER")
        .env_remove("KEY_ACCOUNT_LRS_PASSWORD");
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

/// A settings file only its owner can read, naming `url` and `results`, with credentials.
pub fn settings_file(dir: &Path, url: &str, results: &Path) -> PathBuf {
    let p = dir.join("settings.toml");
    std::fs::write(
        &p,
        format!(
            "player = \"Dana\"\nresults = {:?}\n[lrs]\nurl = {url:?}\nuser = \"trainer\"\n\
             password = \"s3cret\"\n",
            results.display().to_string()
        ),
    )
    .expect("settings");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    p
}

/// `play` of the keyboard case with a settings file: (code, stdout, stderr).
pub fn play(dir: &Path, settings: &Path, env: &[(&str, &str)]) -> (i32, String, String) {
    let scenario = common::root().join("scenarios/keyboard.ron");
    let script = common::root().join("tests/lines/keyboard-groundwork.txt");
    let (s, l) = (scenario.display().to_string(), script.display().to_string());
    ka_with(
        dir,
        settings,
        env,
        &["play", &s, "--seed", "2", "--script", &l],
    )
}

/// A statement id or registration no other one in this test process has: a name-based (v5)
/// UUID of a counter, so the tests need no random source.
pub fn fresh_uuid() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let name = format!("lrs-hostile-{}-{n}", std::process::id());
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, name.as_bytes()).to_string()
}
