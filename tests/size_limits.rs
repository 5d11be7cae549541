//! The size limits `ARCHITECTURE.md` promises: no file over 500 lines, no function over 120, no
//! line over 100 columns, in `src/` and `tests/`; each exception named there with its reason.

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 500;
const MAX_FN_LINES: usize = 120;
const MAX_COLUMNS: usize = 100;

/// Files allowed over `MAX_FILE_LINES`, and functions over `MAX_FN_LINES` (file, name).
const LONG_FILES: [&str; 2] = ["tests/hardening.rs", "tests/lrs.rs"];
const LONG_FNS: [(&str, &str); 4] = [
    ("src/sim/words.rs", "describe"),
    (
        "tests/lrs.rs",
        "ralph_sends_once_reports_the_same_and_spools_while_down",
    ),
    ("tests/game/layout.rs", "problems"),
    (
        "tests/game/flow.rs",
        "a_whole_deal_from_the_title_screen_to_the_debrief",
    ),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The name of the function a line starts, if it starts one with a body.
fn fn_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    if line.trim_end().ends_with(';') {
        return None;
    }
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    Some(&rest[..end])
}

/// (name, lines) of every function in a file: from its `fn` line to the `}` at its indentation.
fn functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = fn_name(line) else {
            continue;
        };
        let indent = line.len() - line.trim_start().len();
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(len) = lines[i..].iter().position(|l| l.trim_end() == close) {
            found.push((name.to_string(), len + 1));
        }
    }
    found
}

#[test]
fn files_functions_and_lines_stay_within_the_limits() {
    let root = root();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("tests"), &mut files);
    assert!(files.len() > 100, "found only {} files", files.len());
    let mut over = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let n = text.lines().count();
        if n > MAX_FILE_LINES && !LONG_FILES.contains(&rel.as_str()) {
            over.push(format!("{rel}: {n} lines"));
        }
        for (k, line) in text.lines().enumerate() {
            let cols = line.chars().count();
            if cols > MAX_COLUMNS {
                over.push(format!("{rel}:{}: {cols} columns", k + 1));
            }
        }
        for (name, len) in functions(&text) {
            if len > MAX_FN_LINES && !LONG_FNS.contains(&(rel.as_str(), name.as_str())) {
                over.push(format!("{rel}: fn {name} is {len} lines"));
            }
        }
    }
    assert!(over.is_empty(), "over the limits:\n{}", over.join("\n"));
}

#[test]
fn every_exception_is_named_in_the_architecture_notes_and_still_needed() {
    let notes = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap_or_default();
    for file in LONG_FILES {
        assert!(
            notes.contains(file),
            "{file} is not listed in ARCHITECTURE.md"
        );
        let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
        assert!(
            text.lines().count() > MAX_FILE_LINES,
            "{file} is no longer long"
        );
    }
    for (file, name) in LONG_FNS {
        assert!(
            notes.contains(name),
            "{name} is not listed in ARCHITECTURE.md"
        );
        let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
        let len = functions(&text)
            .into_iter()
            .find(|(n, _)| n == name)
            .map_or(0, |f| f.1);
        assert!(
            len > MAX_FN_LINES,
            "{file}: {name} is {len} lines, no longer long"
        );
    }
}

#[test]
fn the_function_finder_measures_a_known_function() {
    let text = concat!(
        "fn a() {\n    let x = 1;\n}\n\n",
        "    pub(crate) fn b(\n        y: u8,\n    ) {\n    }\n"
    );
    assert_eq!(
        functions(text),
        vec![("a".to_string(), 3), ("b".to_string(), 4)]
    );
    assert_eq!(fn_name("    fn declared(&self);"), None);
}
