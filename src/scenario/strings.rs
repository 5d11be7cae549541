//! A scenario's translations: one strings table per language beside the file
//! (`keyboard.ron` → `keyboard.zh-CN.csv`), keyed by the texts' stable ids (`texts`) and a hash
//! of the source text each translation was made from, so a changed source line marks its
//! translation stale: the game then shows the source text rather than a wrong translation, and
//! `check` says which.
//!
//! The table is CSV (UTF-8 with a byte-order mark, which spreadsheets need to read Chinese), the
//! format a translator's spreadsheet or CAT tool opens, with the columns
//! `id,source,translation,status,hash`:
//! - `source`: the text to translate, as the table was made;
//! - `translation`: the translator's text (empty: not translated yet);
//! - `status`: empty, or `stale` when the source changed after the translation was made (the
//!   translator fixes the translation and clears it);
//! - `hash`: of the source the translation belongs to (`strings import` works it out).
//!
//! `export` writes the table for the current source (keeping the translations made so far),
//! `import` reads a filled-in one back; export → import → export gives the same bytes.

use std::collections::BTreeMap;

use super::model::ScenarioFile;
use super::texts::{self, Text};
use crate::i18n::Lang;

const HEADER: [&str; 5] = ["id", "source", "translation", "status", "hash"];
const STALE: &str = "stale";

/// A hash of a source text: 8 hex digits of FNV-1a (enough to notice a change to one line).
pub fn source_hash(text: &str) -> String {
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{:08x}", (h >> 32) as u32 ^ h as u32)
}

/// One row of a strings table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub source: String,
    pub translation: String,
    pub status: String,
    pub hash: String,
    /// The 1-based line of the row in its file.
    pub line: usize,
}

impl Row {
    /// Whether the translation belongs to this source text and nobody marked it stale.
    pub fn is_current_for(&self, source: &str) -> bool {
        !self.translation.trim().is_empty()
            && self.status.trim().is_empty()
            && self.hash == source_hash(source)
    }
}

/// A strings table for one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub rows: Vec<Row>,
}

/// Why a strings table cannot be read, or what is wrong with one of its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The CSV itself is broken (a quote left open, not UTF-8).
    Csv(String),
    /// The first line is not `id,source,translation,status,hash`.
    Header(String),
    /// A row's number of cells is not five.
    Cells(usize),
    /// An id the scenario has no text for (renamed or removed since).
    UnknownId(String),
    /// An id given twice.
    DuplicateId(String),
    /// A translation made for another source text (or marked stale).
    Stale { id: String },
    /// A status other than empty or `stale`.
    Status(String),
}

/// What a table file says, and the problems found reading it.
#[derive(Debug, Clone, Default)]
pub struct Read {
    pub table: Table,
    pub problems: Vec<Problem>,
}

/// Reads a strings table. Never fails: what cannot be read is a problem with its line.
pub fn read(text: &str) -> Read {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Read::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut first = true;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as usize);
                out.problems.push(Problem {
                    line,
                    column: 1,
                    kind: ProblemKind::Csv(e.to_string()),
                });
                break;
            }
        };
        let line = record.position().map_or(1, |p| p.line() as usize);
        if first {
            first = false;
            let got: Vec<&str> = record.iter().map(str::trim).collect();
            if got != HEADER {
                out.problems.push(Problem {
                    line,
                    column: 1,
                    kind: ProblemKind::Header(got.join(",")),
                });
                if got.len() != HEADER.len() {
                    break;
                }
            }
            continue;
        }
        if record.len() != HEADER.len() {
            out.problems.push(Problem {
                line,
                column: 1,
                kind: ProblemKind::Cells(record.len()),
            });
            continue;
        }
        let cell = |k: usize| record.get(k).unwrap_or("").to_string();
        let row = Row {
            id: cell(0).trim().to_string(),
            source: cell(1),
            translation: cell(2),
            status: cell(3).trim().to_string(),
            hash: cell(4).trim().to_string(),
            line,
        };
        if !row.status.is_empty() && row.status != STALE {
            out.problems.push(Problem {
                line,
                column: 1,
                kind: ProblemKind::Status(row.status.clone()),
            });
        }
        out.table.rows.push(row);
    }
    out
}

/// The table as CSV: a byte-order mark, the header, a row per line (`\n`), cells quoted only
/// where CSV needs it.
pub fn write(table: &Table) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for r in &table.rows {
        let _ = w.write_record([&r.id, &r.source, &r.translation, &r.status, &r.hash]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// The problems of a table against the scenario's current texts: unknown and duplicate ids,
/// stale translations.
pub fn problems_against(table: &Table, file: &ScenarioFile) -> Vec<Problem> {
    let current: BTreeMap<String, Text> = texts::texts(file)
        .into_iter()
        .map(|t| (t.id.clone(), t))
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for row in &table.rows {
        let problem = |kind| Problem {
            line: row.line,
            column: 1,
            kind,
        };
        if !seen.insert(row.id.clone()) {
            out.push(problem(ProblemKind::DuplicateId(row.id.clone())));
            continue;
        }
        match current.get(&row.id) {
            None => out.push(problem(ProblemKind::UnknownId(row.id.clone()))),
            Some(t) if !row.translation.trim().is_empty() && !row.is_current_for(&t.text) => {
                out.push(problem(ProblemKind::Stale { id: row.id.clone() }))
            }
            Some(_) => {}
        }
    }
    out
}

/// The file with each text that has a current translation in `table` replaced by it; the rest
/// keep the source's words.
pub fn apply(file: &ScenarioFile, table: &Table) -> ScenarioFile {
    let by_id: BTreeMap<&str, &Row> = table.rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut out = file.clone();
    texts::walk(&mut out, &mut |id, _, text| {
        if let Some(row) = by_id.get(id)
            && row.is_current_for(text)
        {
            *text = row.translation.clone();
        }
    });
    out
}

/// The table a translator fills in: a row for every text of the scenario as it is now, in file
/// order, with the translations `old` already has (a stale one kept for reference, marked
/// `stale`).
pub fn export(file: &ScenarioFile, old: &Table) -> Table {
    let by_id: BTreeMap<&str, &Row> = old.rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let rows = texts::texts(file)
        .into_iter()
        .enumerate()
        .map(|(k, t)| {
            let (translation, status) = match by_id.get(t.id.as_str()) {
                Some(r) if r.translation.trim().is_empty() => (String::new(), String::new()),
                Some(r) if r.is_current_for(&t.text) => (r.translation.clone(), String::new()),
                Some(r) => (r.translation.clone(), STALE.to_string()),
                None => (String::new(), String::new()),
            };
            Row {
                hash: source_hash(&t.text),
                id: t.id,
                source: t.text,
                translation,
                status,
                line: k + 2,
            }
        })
        .collect();
    Table { rows }
}

/// A filled-in table made ready to keep beside the scenario: each row's hash worked out from
/// the source it shows (a row translated from an older source stays stale), rows in the
/// scenario's order. The problems are those of `problems_against` (unknown ids are dropped).
pub fn import(file: &ScenarioFile, filled: &Table) -> (Table, Vec<Problem>) {
    let problems = problems_against(filled, file);
    let order: BTreeMap<String, usize> = texts::texts(file)
        .into_iter()
        .enumerate()
        .map(|(k, t)| (t.id, k))
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut rows: Vec<Row> = filled
        .rows
        .iter()
        .filter(|r| order.contains_key(&r.id) && seen.insert(r.id.clone()))
        .map(|r| Row {
            hash: source_hash(&r.source),
            ..r.clone()
        })
        .collect();
    rows.sort_by_key(|r| order.get(&r.id).copied().unwrap_or(usize::MAX));
    for (k, r) in rows.iter_mut().enumerate() {
        r.line = k + 2;
    }
    (Table { rows }, problems)
}

/// The table file beside a scenario for a language: `keyboard.ron` → `keyboard.zh-CN.csv`.
pub fn path_for(scenario: &std::path::Path, lang: Lang) -> std::path::PathBuf {
    let stem = scenario
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    scenario.with_file_name(format!("{stem}.{}.csv", lang.tag()))
}

/// The diagnostics of a strings table against the scenario it translates, as `check` shows
/// them (file, line, column, how to fix it), and the table when it has no errors.
pub fn diagnose(
    name: &str,
    text: &str,
    file: &ScenarioFile,
    lang: Lang,
) -> (Option<Table>, super::LoadReport) {
    use super::diag::{LineIndex, Severity, Sink};
    use super::validate::Code;
    use crate::msg;

    let read = read(text);
    let source = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = LineIndex::new(source);
    // A row's problem points at its whole line.
    let span_of = |line: usize| lines.range(source, line.saturating_sub(1));
    let mut sink = Sink::new(name, source, lang);
    let mut problems = read.problems.clone();
    if problems.is_empty() {
        problems.extend(problems_against(&read.table, file));
    }
    let mut broken = false;
    for p in &problems {
        let span = span_of(p.line);
        let (severity, code, message, label) = match &p.kind {
            ProblemKind::Csv(why) => (
                Severity::Error,
                Code::StringsTable,
                msg!("check-strings-csv", why = why.as_str()),
                msg!("check-strings-csv-label"),
            ),
            ProblemKind::Header(got) => (
                Severity::Error,
                Code::StringsTable,
                msg!("check-strings-header", got = got.as_str()),
                msg!("check-strings-header-label"),
            ),
            ProblemKind::Cells(n) => (
                Severity::Error,
                Code::StringsTable,
                msg!("check-strings-cells", cells = *n),
                msg!("check-strings-cells-label"),
            ),
            ProblemKind::Status(s) => (
                Severity::Error,
                Code::StringsTable,
                msg!("check-strings-status", status = s.as_str()),
                msg!("check-strings-status-label"),
            ),
            ProblemKind::UnknownId(id) => (
                Severity::Warning,
                Code::UnknownTextId,
                msg!("check-strings-unknown-id", id = id.as_str()),
                msg!("check-strings-unknown-id-label"),
            ),
            ProblemKind::DuplicateId(id) => (
                Severity::Warning,
                Code::UnknownTextId,
                msg!("check-strings-duplicate-id", id = id.as_str()),
                msg!("check-strings-duplicate-id-label"),
            ),
            ProblemKind::Stale { id } => (
                Severity::Warning,
                Code::StaleTranslation,
                msg!("check-strings-stale", id = id.as_str()),
                msg!("check-strings-stale-label"),
            ),
        };
        broken |= severity == Severity::Error;
        sink.push(severity, code, span, message, label, Some(code.fix_msg()));
    }
    // Translations that no shipped font can draw.
    for row in &read.table.rows {
        let missing = super::glyphs::undrawable(&row.translation);
        if !missing.is_empty() {
            sink.push(
                Severity::Warning,
                Code::NoGlyph,
                span_of(row.line),
                msg!(
                    "check-no-glyph",
                    field = format!("{} ({})", row.id, lang.tag()),
                    characters = super::glyphs::listed(&missing)
                ),
                msg!("check-no-glyph-label"),
                Some(Code::NoGlyph.fix_msg()),
            );
        }
    }
    let mut diagnostics = sink.out;
    diagnostics.sort_by_key(|d| (d.severity, d.span.start));
    let report = super::LoadReport {
        file: name.to_string(),
        source: source.to_string(),
        scenario: None,
        diagnostics,
        tables: Vec::new(),
    };
    ((!broken).then_some(read.table), report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyboard() -> ScenarioFile {
        crate::scenario::load_path("scenarios/keyboard.ron".as_ref())
            .scenario
            .expect("loads")
            .data()
            .clone()
    }

    #[test]
    fn export_import_export_gives_the_same_bytes() {
        let file = keyboard();
        let empty = export(&file, &Table::default());
        let text = write(&empty);
        // Filled in by a translator, with commas, quotes and line breaks in cells.
        let mut filled = read(&text).table;
        for (k, r) in filled.rows.iter_mut().enumerate() {
            if k % 3 == 0 {
                r.translation = format!("译文 {k}，含\"引号\"和\n换行");
            }
        }
        let filled_text = write(&filled);
        let read_back = read(&filled_text);
        assert!(read_back.problems.is_empty(), "{:?}", read_back.problems);
        let (stored, problems) = import(&file, &read_back.table);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            write(&stored),
            filled_text,
            "import keeps a filled table byte for byte"
        );
        assert_eq!(
            write(&export(&file, &stored)),
            filled_text,
            "and export gives it back"
        );
    }

    #[test]
    fn a_changed_source_line_marks_its_translation_stale_and_shows_the_source() {
        let mut file = keyboard();
        let mut table = export(&file, &Table::default());
        let row = table
            .rows
            .iter_mut()
            .find(|r| r.id == "stakeholders.director.name")
            .expect("the director's name");
        row.translation = "周主任".into();
        let (stored, _) = import(&file, &table);
        assert_eq!(apply(&file, &stored).stakeholders[0].name, "周主任");
        file.stakeholders[0].name = "Director Zhou Wei".into();
        let problems = problems_against(&stored, &file);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(matches!(problems[0].kind, ProblemKind::Stale { .. }));
        assert_eq!(
            apply(&file, &stored).stakeholders[0].name,
            "Director Zhou Wei"
        );
        // Exported again: the old translation kept for reference, marked stale; cleared by the
        // translator, it is current again.
        let again = export(&file, &stored);
        let row = again
            .rows
            .iter()
            .find(|r| r.id == "stakeholders.director.name")
            .expect("row");
        assert_eq!(
            (row.translation.as_str(), row.status.as_str()),
            ("周主任", STALE)
        );
        let mut fixed = again.clone();
        for r in &mut fixed.rows {
            if r.id == "stakeholders.director.name" {
                r.translation = "周伟主任".into();
                r.status.clear();
            }
        }
        let (stored, problems) = import(&file, &fixed);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(apply(&file, &stored).stakeholders[0].name, "周伟主任");
    }

    #[test]
    fn broken_tables_are_problems_with_lines_not_panics() {
        let r = read("\u{feff}id,source\nx,y\n");
        assert!(matches!(r.problems[0].kind, ProblemKind::Header(_)));
        let r = read("id,source,translation,status,hash\na,b,c\n");
        assert_eq!(r.problems[0].line, 2);
        assert!(matches!(r.problems[0].kind, ProblemKind::Cells(3)));
        let r = read("id,source,translation,status,hash\na,\"b,c,,\n");
        assert!(!r.problems.is_empty());
        let r = read("id,source,translation,status,hash\nnope,b,c,,h\n");
        let problems = problems_against(&r.table, &keyboard());
        assert!(matches!(problems[0].kind, ProblemKind::UnknownId(_)));
    }
}
