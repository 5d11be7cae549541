#![allow(dead_code)]
//! Shared helpers for the integration tests.

use std::path::{Path, PathBuf};

use key_account::scenario::{self, Scenario};
use key_account::sim::{Action, Deal, Event};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn load(file: &str) -> Scenario {
    let path = root().join("scenarios").join(file);
    let report = scenario::load_path(&path);
    assert_eq!(report.errors(), 0, "{}", report.render(false));
    report.scenario.expect("scenario loads")
}

pub fn bundled() -> Vec<Scenario> {
    scenario::scenario_files(&root().join("scenarios"))
        .expect("scenarios/ is readable")
        .iter()
        .map(|p| {
            let r = scenario::load_path(p);
            let text = r.render(false);
            r.scenario.unwrap_or_else(|| panic!("{text}"))
        })
        .collect()
}

/// Applies commands; every one must be legal, except those written `? command` (taken only if
/// allowed then: a retry after a tactic that may fail). `@day N` waits until day N (lines whose
/// retries make the calendar vary). Returns all events.
pub fn run(deal: &mut Deal, commands: &[&str]) -> Vec<Event> {
    let mut events = Vec::new();
    for c in commands {
        if let Some(day) = c.strip_prefix("@day ") {
            let day: u32 = day
                .trim()
                .parse()
                .unwrap_or_else(|_| panic!("{c}: not a day"));
            if day > deal.day() && !deal.is_finished() {
                let wait = Action::Wait(day - deal.day());
                events.extend(
                    deal.apply(wait)
                        .unwrap_or_else(|w| panic!("{c}: {}", deal.scenario().explain(&w))),
                );
            }
            continue;
        }
        let (optional, c) = match c.strip_prefix('?') {
            Some(rest) => (true, rest.trim()),
            None => (false, *c),
        };
        let action = deal
            .scenario()
            .parse_action(c)
            .unwrap_or_else(|e| panic!("{c}: {e}"));
        if deal.is_finished() {
            // Waiting for a decision that already came is harmless; anything else is a mistake.
            assert!(
                optional || action == Action::AwaitDecision,
                "`{c}`: the deal was already decided"
            );
            continue;
        }
        match deal.apply(action) {
            Ok(mut ev) => events.append(&mut ev),
            Err(_) if optional => {}
            Err(why) => panic!(
                "`{c}` on day {} is illegal: {}",
                deal.day(),
                deal.scenario().explain(&why)
            ),
        }
    }
    events
}

/// Reads a line of play from tests/lines/.
pub fn line(name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join("tests/lines").join(name)).expect("line file");
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

pub fn play_line(sc: &Scenario, seed: u64, name: &str) -> (Deal, Vec<Event>) {
    let mut deal = Deal::new(sc, seed);
    let cmds = line(name);
    let refs: Vec<&str> = cmds.iter().map(String::as_str).collect();
    let mut events = run(&mut deal, &refs);
    if !deal.is_finished() {
        events.extend(deal.apply(Action::AwaitDecision).expect("can always await"));
    }
    (deal, events)
}

/// The `key-account` binary, run in `dir`, with `home` as its home and data folders.
pub fn command(dir: &Path, home: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_key-account"));
    c.current_dir(dir)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        // Never the developer's own settings file (a configured LRS would get test runs).
        .env("KEY_ACCOUNT_CONFIG", NO_SETTINGS)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("NO_COLOR")
        // English, whatever the developer's locale (a test that wants Chinese says --lang).
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE");
    c
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// A settings file that does not exist: no settings.
pub const NO_SETTINGS: &str = "/nonexistent/key-account-tests/config.toml";

/// Runs the `key-account` binary in `dir`: (exit code, stdout, stderr). Its home and data
/// folders are a fresh temporary folder, removed afterwards, so a test never writes a run
/// record (or anything else) outside a temporary folder.
pub fn ka(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let home = tempfile::tempdir().expect("a temporary home");
    ka_home(dir, home.path(), args)
}

/// `ka` with `home` as the home folder (`$HOME`, and `$XDG_DATA_HOME` under it), for tests that
/// look at what the binary left there.
pub fn ka_home(dir: &Path, home: &Path, args: &[&str]) -> (i32, String, String) {
    let out = command(dir, home).args(args).output().expect("binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
