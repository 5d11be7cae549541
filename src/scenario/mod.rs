//! Scenarios: the RON model a trainer writes, loading with diagnostics, and validation.
//! No Bevy here: a trainer's CI validates scenarios with the CLI alone.

pub mod compiled;
pub mod diag;
pub mod generate;
pub mod glyphs;
mod loaded;
pub mod model;
pub mod money;
pub mod outline;
mod parse_error;
pub mod strings;
pub mod texts;
pub mod validate;

use std::path::{Path, PathBuf};

pub use diag::{Diagnostic, Severity};
pub use loaded::Scenario;
pub use model::*;
pub use validate::Code;

use crate::i18n::{Arg, Lang};
use crate::msg;
use diag::Sink;
use parse_error::push_parse_error;

/// The result of loading one file: the scenario if it has no errors, and every diagnostic.
#[derive(Debug)]
pub struct LoadReport {
    pub file: String,
    pub source: String,
    pub scenario: Option<Scenario>,
    pub diagnostics: Vec<Diagnostic>,
    /// The strings tables found beside the file (`keyboard.zh-CN.csv`), each with its own
    /// diagnostics; a table with errors is not used.
    pub tables: Vec<LoadReport>,
}

impl LoadReport {
    /// Errors in the file and its strings tables.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
            + self.tables.iter().map(LoadReport::errors).sum::<usize>()
    }
    pub fn warnings(&self) -> usize {
        self.all_diagnostics().count() - self.errors()
    }
    /// The file's diagnostics, then its tables'.
    pub fn all_diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .chain(self.tables.iter().flat_map(|t| t.diagnostics.iter()))
    }
    /// All diagnostics rendered with source lines and carets, the file's then its tables'. The
    /// file's lines are indexed once, so thousands of diagnostics render in linear time.
    pub fn render(&self, color: bool) -> String {
        let prepared = diag::Rendering::new(&self.source);
        let own: String = self
            .diagnostics
            .iter()
            .map(|d| d.render_with(&prepared, color))
            .collect();
        own + &self
            .tables
            .iter()
            .map(|t| t.render(color))
            .collect::<String>()
    }
}

/// The scenario with the strings tables beside its file (`keyboard.zh-CN.csv` for
/// `keyboard.ron`), each checked against it; their diagnostics join the report.
fn with_strings_beside(path: &Path, report: LoadReport, lang: Lang) -> LoadReport {
    if report.scenario.is_none() {
        return report;
    }
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for to in Lang::ALL {
        let table_path = strings::path_for(path, to);
        if !table_path.is_file() {
            continue;
        }
        let name = table_path.display().to_string();
        match crate::files::read_regular(&table_path, MAX_SCENARIO_BYTES) {
            Ok(bytes) => found.push((to, name, String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => unreadable.push((name, e.to_string())),
        }
    }
    let mut report = with_strings(report, &found, lang);
    for (name, why) in unreadable {
        let mut sink = Sink::new(&name, "", lang);
        sink.push(
            Severity::Error,
            Code::StringsTable,
            0..0,
            crate::msg!("check-strings-unreadable", file = name.as_str(), why = why),
            crate::msg!("check-unreadable-label"),
            Some(Code::StringsTable.fix_msg()),
        );
        report.tables.push(LoadReport {
            file: name.clone(),
            source: String::new(),
            scenario: None,
            diagnostics: sink.out,
            tables: Vec::new(),
        });
    }
    report
}

/// A loaded scenario with its strings tables, given as (language, file name, text): each is
/// checked against the scenario and, with no errors, used for that language; their diagnostics
/// join the report. The game calls this with the tables its asset loader read.
pub fn with_strings(
    mut report: LoadReport,
    tables: &[(Lang, String, String)],
    lang: Lang,
) -> LoadReport {
    let Some(sc) = report.scenario.clone() else {
        return report;
    };
    let mut good = std::collections::BTreeMap::new();
    for (to, name, text) in tables {
        let (table, table_report) = strings::diagnose(name, text, sc.source(), lang);
        if let Some(table) = table {
            good.insert(*to, table);
        }
        report.tables.push(table_report);
    }
    if !good.is_empty() {
        report.scenario = Some(sc.with_translations(good));
    }
    report
}

/// Options every scenario is read with: `Some(..)` may be left out around optional values.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// A scenario file is at most this large (the 2,000-person generated scale test is 1.2 MiB).
pub const MAX_SCENARIO_BYTES: u64 = 64 << 20;

/// Loads a scenario file from disk, with diagnostics in English. Never panics; unreadable files
/// become diagnostics. Only a regular file of at most `MAX_SCENARIO_BYTES` is read: a named pipe
/// or `/dev/zero` is refused at once.
pub fn load_path(path: &Path) -> LoadReport {
    load_path_in(path, Lang::En)
}

/// Loads a scenario file from disk, with diagnostics in `lang` (see [`load_path`]).
pub fn load_path_in(path: &Path, lang: Lang) -> LoadReport {
    let name = path.display().to_string();
    match crate::files::read_regular(path, MAX_SCENARIO_BYTES) {
        Ok(bytes) => with_strings_beside(path, load_bytes_in(&name, &bytes, lang), lang),
        Err(e) => {
            use crate::files::ReadError;
            let (reason, help) = match &e {
                ReadError::NotRegular(kind) => (
                    msg!("check-unreadable-not-regular", kind = file_kind(kind)),
                    msg!("check-unreadable-not-regular-help"),
                ),
                ReadError::TooLarge(max) => (
                    msg!(
                        "check-unreadable-too-large",
                        size = crate::files::size(*max)
                    ),
                    msg!("check-unreadable-too-large-help"),
                ),
                ReadError::Io(io) => (
                    msg!("check-unreadable-io", error = io.to_string()),
                    msg!("check-unreadable-io-help"),
                ),
            };
            let mut sink = Sink::new(&name, "", lang);
            sink.push(
                Severity::Error,
                Code::Unreadable,
                0..0,
                msg!("check-unreadable", file = name.as_str(), reason = reason),
                msg!("check-unreadable-label"),
                Some(help),
            );
            let diagnostics = sink.out;
            LoadReport {
                file: name,
                source: String::new(),
                scenario: None,
                diagnostics,
                tables: Vec::new(),
            }
        }
    }
}

/// What `files::kind` calls a thing that is not a regular file, in the catalogue's words (its
/// own words where it names something new).
fn file_kind(kind: &str) -> Arg {
    match kind {
        "a named pipe (FIFO)" => msg!("check-file-kind-fifo").into(),
        "a device" => msg!("check-file-kind-device").into(),
        "a socket" => msg!("check-file-kind-socket").into(),
        "a folder" => msg!("check-file-kind-folder").into(),
        "not a file" => msg!("check-file-kind-other").into(),
        other => other.into(),
    }
}

/// Loads a scenario from raw bytes, with diagnostics in English, reporting text that is not
/// UTF-8 with its position. A UTF-8 byte-order mark (Windows Notepad writes one) is skipped.
pub fn load_bytes(name: &str, bytes: &[u8]) -> LoadReport {
    load_bytes_in(name, bytes, Lang::En)
}

/// Loads a scenario from raw bytes, with diagnostics in `lang` (see [`load_bytes`]).
pub fn load_bytes_in(name: &str, bytes: &[u8], lang: Lang) -> LoadReport {
    let bytes = crate::files::strip_bom(bytes);
    match std::str::from_utf8(bytes) {
        Ok(src) => load_str_in(name, src, lang),
        Err(e) => {
            // Show the text up to the bad byte, so line and column are right.
            let good = e.valid_up_to();
            let shown = String::from_utf8_lossy(bytes).into_owned();
            let lossy_offset = String::from_utf8_lossy(&bytes[..good]).len();
            let mut sink = Sink::new(name, &shown, lang);
            sink.push(
                Severity::Error,
                Code::NotUtf8,
                lossy_offset..lossy_offset + 1,
                msg!("check-not-utf8", file = name, byte = good),
                msg!("check-not-utf8-label"),
                Some(msg!("check-not-utf8-help")),
            );
            let diagnostics = sink.out;
            LoadReport {
                file: name.to_string(),
                source: shown,
                scenario: None,
                diagnostics,
                tables: Vec::new(),
            }
        }
    }
}

/// Parses and validates scenario text, with diagnostics in English. `name` is used in
/// diagnostics. A leading byte-order mark is skipped.
pub fn load_str(name: &str, src: &str) -> LoadReport {
    load_str_in(name, src, Lang::En)
}

/// Parses and validates scenario text, with diagnostics in `lang` (see [`load_str`]).
pub fn load_str_in(name: &str, src: &str, lang: Lang) -> LoadReport {
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let mut sink = Sink::new(name, src, lang);
    let scenario = match ron_options().from_str::<ScenarioFile>(src) {
        Err(e) => {
            push_parse_error(&mut sink, src, &e);
            None
        }
        Ok(file) => validate::validate(&file, &mut sink).map(|(compiled, index)| {
            Scenario::new(file, compiled, index, loaded::TextHash::of(src))
        }),
    };
    let mut diagnostics = sink.out;
    diagnostics.sort_by_key(|d| (d.severity, d.span.start));
    LoadReport {
        file: name.to_string(),
        source: src.to_string(),
        scenario,
        diagnostics,
        tables: Vec::new(),
    }
}

/// Every `.ron` file directly in `dir` (sorted), or `path` itself if it is a file. A named pipe or
/// a device is an error (it is neither), never read. In a folder, only regular files count.
pub fn scenario_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if !meta.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "it is {}, not a .ron file or a folder",
                crate::files::kind(meta.file_type())
            ),
        ));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}
