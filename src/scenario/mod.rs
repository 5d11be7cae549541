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
pub mod strings;
pub mod texts;
pub mod validate;

use std::path::{Path, PathBuf};

pub use diag::{Diagnostic, Severity};
pub use loaded::Scenario;
pub use model::*;
pub use validate::Code;

use crate::i18n::{Arg, Lang, Msg};
use crate::msg;
use diag::{Sink, closest, offset_of};

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

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
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
        Ok(file) => validate::validate(&file, &mut sink)
            .map(|(compiled, index)| Scenario::new(file, compiled, index, fnv1a(src.as_bytes()))),
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

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a parse error tells a trainer: its code, message, label and help.
type Problem = (Code, Msg, Msg, Option<Msg>);

fn push_parse_error(sink: &mut Sink, src: &str, e: &ron::error::SpannedError) {
    let start = offset_of(src, e.span.start.line, e.span.start.col);
    let mut end = offset_of(src, e.span.end.line, e.span.end.col).max(start);
    if end == start {
        end = src[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    if let Some((span, problem)) = common_slip(src, start) {
        let (code, message, label, help) = problem;
        sink.push(Severity::Error, code, span, message, label, help);
        return;
    }
    let (code, message, label, help) = names(&e.code)
        .or_else(|| values(&e.code))
        .unwrap_or_else(|| syntax(&e.code));
    sink.push(Severity::Error, code, start..end, message, label, help);
}

/// Two slips that RON reports far from their cause, said as what they are: a plain double
/// quote inside a text (which ends it early: "expected a comma" after it), and a relationship
/// effect naming a person the way a condition does (`Relationship("fang", 20)` in `effects`).
fn common_slip(src: &str, start: usize) -> Option<(std::ops::Range<usize>, Problem)> {
    let before = src.get(..start)?;
    let here = src.get(start..)?.chars().next()?;
    if before.ends_with('"')
        && !matches!(here, ',' | ')' | ']' | '}' | ':')
        && !here.is_whitespace()
    {
        // The quote that ended the text is the one before the error.
        let quote = start - 1;
        return Some((
            quote..start,
            (
                Code::Syntax,
                msg!("check-unescaped-quote"),
                msg!("check-unescaped-quote-label"),
                Some(msg!("check-unescaped-quote-help")),
            ),
        ));
    }
    if here == '"' && before.trim_end().ends_with("Relationship(") {
        let id_end = src[start + 1..]
            .find('"')
            .map_or(start + 1, |k| start + k + 2);
        return Some((
            start..id_end,
            (
                Code::Syntax,
                msg!("check-effect-relationship-form"),
                msg!("check-effect-relationship-form-label"),
                Some(msg!("check-effect-relationship-form-help")),
            ),
        ));
    }
    None
}

/// Fields, names and map keys: unknown, missing or written twice. A message comes in two
/// forms, with and without the struct or enum (`outer`) the name is looked up in.
fn names(e: &ron::Error) -> Option<Problem> {
    use ron::Error as E;
    Some(match e {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            Code::UnknownField,
            match outer {
                Some(o) => msg!("check-unknown-field-in", found = found, outer = o),
                None => msg!("check-unknown-field", found = found),
            },
            msg!("check-unknown-field-label"),
            Some(match closest(found, expected.iter().copied()) {
                Some(best) => msg!(
                    "check-unknown-field-help-typo",
                    best = best,
                    fields = list(expected)
                ),
                None => msg!("check-unknown-field-help", fields = list(expected)),
            }),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            Code::UnknownVariant,
            match outer {
                Some(o) => msg!("check-unknown-variant-in", found = found, outer = o),
                None => msg!("check-unknown-variant", found = found),
            },
            msg!("check-unknown-variant-label"),
            Some(match closest(found, expected.iter().copied()) {
                Some(best) => msg!(
                    "check-unknown-variant-help-typo",
                    best = best,
                    choices = list(expected)
                ),
                None => msg!("check-unknown-variant-help", choices = list(expected)),
            }),
        ),
        E::MissingStructField { field, outer } => (
            Code::MissingField,
            match outer {
                Some(o) => msg!("check-missing-field-in", field = *field, outer = o),
                None => msg!("check-missing-field", field = *field),
            },
            msg!("check-missing-field-label", field = *field),
            Some(msg!("check-missing-field-help", field = *field)),
        ),
        E::DuplicateStructField { field, outer } => (
            Code::DuplicateField,
            match outer {
                Some(o) => msg!("check-duplicate-field-in", field = *field, outer = o),
                None => msg!("check-duplicate-field", field = *field),
            },
            msg!("check-duplicate-field-label"),
            Some(msg!("check-duplicate-field-help")),
        ),
        E::Message(m) if m.starts_with(model::DUPLICATE_KEY) => (
            Code::DuplicateKey,
            msg!(
                "check-duplicate-key",
                key = m.trim_start_matches(model::DUPLICATE_KEY).trim()
            ),
            msg!("check-duplicate-key-label"),
            Some(msg!("check-duplicate-key-help")),
        ),
        _ => return None,
    })
}

/// A value of the wrong kind for its field.
fn values(e: &ron::Error) -> Option<Problem> {
    use ron::Error as E;
    let wrong =
        |message: Msg, label: Msg, help: Msg| Some((Code::WrongType, message, label, Some(help)));
    match e {
        E::ExpectedInteger | E::IntegerOutOfBounds => wrong(
            msg!("check-expected-integer"),
            msg!("check-expected-integer-label"),
            msg!("check-expected-integer-help"),
        ),
        E::ExpectedFloat => wrong(
            msg!("check-expected-float"),
            msg!("check-expected-float-label"),
            msg!("check-expected-float-help"),
        ),
        E::ExpectedString => wrong(
            msg!("check-expected-string"),
            msg!("check-expected-string-label"),
            msg!("check-expected-string-help"),
        ),
        E::ExpectedBoolean => wrong(
            msg!("check-expected-boolean"),
            msg!("check-expected-boolean-label"),
            msg!("check-expected-boolean-help"),
        ),
        E::ExpectedArray => wrong(
            msg!("check-expected-list"),
            msg!("check-expected-list-label"),
            msg!("check-expected-list-help"),
        ),
        E::ExpectedMap => wrong(
            msg!("check-expected-map"),
            msg!("check-expected-map-label"),
            msg!("check-expected-map-help"),
        ),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => wrong(
            msg!("check-expected-struct"),
            msg!("check-expected-struct-label"),
            msg!("check-expected-struct-help"),
        ),
        // `expected` and `found` are serde's words ("a boolean", "the string \"x\"").
        E::InvalidValueForType { expected, found } => wrong(
            msg!("check-invalid-value", expected = expected, found = found),
            msg!("check-wrong-type-label"),
            msg!("check-invalid-value-help", expected = expected),
        ),
        // serde's own sentence: "invalid type: string \"x\", expected u32".
        E::Message(m) if m.contains("invalid type") || m.contains("invalid length") => wrong(
            msg!("check-wrong-type-detail", detail = m),
            msg!("check-wrong-type-label"),
            msg!("check-wrong-type-detail-help"),
        ),
        _ => None,
    }
}

/// Everything else: brackets, commas, quotes, and what ron says in its own words.
fn syntax(e: &ron::Error) -> Problem {
    use ron::Error as E;
    let (message, label, help) = match e {
        E::ExpectedComma => (
            msg!("check-expected-comma"),
            msg!("check-expected-comma-label"),
            msg!("check-expected-comma-help"),
        ),
        E::Eof => (
            msg!("check-eof"),
            msg!("check-eof-label"),
            msg!("check-eof-help"),
        ),
        E::ExpectedStringEnd => (
            msg!("check-unclosed-string"),
            msg!("check-unclosed-string-label"),
            msg!("check-unclosed-string-help"),
        ),
        E::TrailingCharacters => (
            msg!("check-trailing"),
            msg!("check-trailing-label"),
            msg!("check-trailing-help"),
        ),
        E::ExpectedArrayEnd | E::ExpectedMapEnd | E::ExpectedStructLikeEnd => {
            let bracket = match e {
                E::ExpectedArrayEnd => "]",
                E::ExpectedMapEnd => "}",
                _ => ")",
            };
            (
                msg!("check-expected-closing", bracket = bracket),
                msg!("check-expected-closing-label"),
                msg!("check-expected-closing-help"),
            )
        }
        E::ExpectedMapColon => (
            msg!("check-expected-colon"),
            msg!("check-expected-colon-label"),
            msg!("check-expected-colon-help"),
        ),
        other => (
            ron_words(other),
            msg!("check-syntax-detail-label"),
            msg!("check-syntax-detail-help"),
        ),
    };
    (Code::Syntax, message, label, Some(help))
}

/// The parser's own sentence for the rest of its errors: the common ones from the catalogue
/// (in English word for word as ron's `Display` writes them), the rare ones as ron writes them.
fn ron_words(e: &ron::Error) -> Msg {
    use ron::Error as E;
    match e {
        E::ExpectedIdentifier => msg!("check-ron-expected-identifier"),
        E::ExpectedUnit => msg!("check-ron-expected-unit"),
        E::ExpectedOption => msg!("check-ron-expected-option"),
        E::UnclosedBlockComment => msg!("check-ron-unclosed-comment"),
        E::FloatUnderscore => msg!("check-ron-float-underscore"),
        E::UnderscoreAtBeginning => msg!("check-ron-leading-underscore"),
        E::UnexpectedChar(c) => msg!("check-ron-unexpected-char", character = format!("{c:?}")),
        E::InvalidIntegerDigit { digit, base } => msg!(
            "check-ron-invalid-digit",
            digit = format!("{digit:?}"),
            base = *base
        ),
        E::InvalidIdentifier(s) => {
            msg!(
                "check-ron-invalid-identifier",
                identifier = format!("{s:?}")
            )
        }
        E::SuggestRawIdentifier(s) => msg!(
            "check-ron-raw-identifier",
            quoted = format!("{s:?}"),
            identifier = s
        ),
        E::ExpectedDifferentLength { expected, found } => {
            msg!("check-ron-length", expected = expected, found = *found)
        }
        // The names as ron quotes them (`Name`, `r#name`), taken from its sentence.
        E::ExpectedDifferentStructName { .. } => {
            let words = e.to_string();
            match words
                .strip_prefix("Expected struct ")
                .and_then(|rest| rest.split_once(" but found "))
            {
                Some((expected, found)) => {
                    msg!("check-ron-struct-name", expected = expected, found = found)
                }
                None => msg!("check-syntax-detail", detail = words),
            }
        }
        // ron has dozens of rare errors, each with its sentence.
        other => msg!("check-syntax-detail", detail = other.to_string()),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser errors worded by the catalogue read in English exactly as ron writes them.
    #[test]
    fn ron_errors_in_english_are_rons_own_words() {
        use ron::Error as E;
        let errors = [
            E::ExpectedIdentifier,
            E::ExpectedUnit,
            E::ExpectedOption,
            E::UnclosedBlockComment,
            E::FloatUnderscore,
            E::UnderscoreAtBeginning,
            E::UnexpectedChar(','),
            E::UnexpectedChar('\''),
            E::UnexpectedChar('\n'),
            E::InvalidIntegerDigit {
                digit: 'e',
                base: 10,
            },
            E::InvalidIdentifier("a\"b".into()),
            E::SuggestRawIdentifier("a.b".into()),
            E::ExpectedDifferentStructName {
                expected: "Scenario",
                found: "Scenari".into(),
            },
            E::ExpectedDifferentStructName {
                expected: "Scenario",
                found: "a b".into(),
            },
            E::ExpectedDifferentLength {
                expected: "tuple variant Effect::Score with 2 elements".into(),
                found: 0,
            },
            E::ExpectedDifferentLength {
                expected: "a tuple of size 3".into(),
                found: 1,
            },
            E::ExpectedDifferentLength {
                expected: "a tuple of size 3".into(),
                found: 2,
            },
            E::ExpectedRangeSyntax,
        ];
        for e in errors {
            let (code, message, ..) = syntax(&e);
            assert_eq!(code, Code::Syntax);
            assert_eq!(message.render(Lang::En), e.to_string(), "{e:?}");
            assert_ne!(message.render(Lang::ZhCn), e.to_string(), "{e:?}");
        }
    }
}
