//! The size limits `ARCHITECTURE.md` promises: no file over 500 lines and no line over 100
//! columns, in `src/` and `tests/`; each long file named there with its reason. Functions over
//! 120 lines are clippy's to find (`too_many_lines`, `clippy.toml`).

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 500;
const MAX_COLUMNS: usize = 100;

/// Files allowed over `MAX_FILE_LINES`.
const LONG_FILES: [&str; 2] = ["tests/hardening.rs", "tests/lrs.rs"];

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

#[test]
fn files_and_lines_stay_within_the_limits() {
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
}
