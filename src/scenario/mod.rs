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

use diag::{Sink, closest, offset_of};

/// The result of loading one file: the scenario if it has no errors, and every diagnostic.
#[derive(Debug)]
pub struct LoadReport {
    pub file: String,
    pub source: String,
    pub scenario: Option<Scenario>,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadReport {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
    /// All diagnostics rendered with source lines and carets. The file's lines are indexed
    /// once, so thousands of diagnostics render in linear time.
    pub fn render(&self, color: bool) -> String {
        let prepared = diag::Rendering::new(&self.source);
        self.diagnostics
            .iter()
            .map(|d| d.render_with(&prepared, color))
            .collect()
    }
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

/// Loads a scenario file from disk. Never panics; unreadable files become diagnostics. Only a
/// regular file of at most `MAX_SCENARIO_BYTES` is read: a named pipe or `/dev/zero` is refused
/// at once.
pub fn load_path(path: &Path) -> LoadReport {
    let name = path.display().to_string();
    match crate::files::read_regular(path, MAX_SCENARIO_BYTES) {
        Ok(bytes) => load_bytes(&name, &bytes),
        Err(e) => {
            let help = match e {
                crate::files::ReadError::NotRegular(_) => {
                    "give the path of a .ron scenario file (or a folder of them)"
                }
                crate::files::ReadError::TooLarge(_) => {
                    "a scenario is text a trainer writes; is this the right file?"
                }
                crate::files::ReadError::Io(_) => {
                    "check that the file exists and that you may read it"
                }
            };
            let mut sink = Sink::new(&name, "");
            sink.push(
                Severity::Error,
                Code::Unreadable,
                0..0,
                format!("cannot read {name}: {e}"),
                "unreadable",
                Some(help.into()),
            );
            let diagnostics = sink.out;
            LoadReport {
                file: name,
                source: String::new(),
                scenario: None,
                diagnostics,
            }
        }
    }
}

/// Loads a scenario from raw bytes, reporting text that is not UTF-8 with its position. A UTF-8
/// byte-order mark (Windows Notepad writes one) is skipped.
pub fn load_bytes(name: &str, bytes: &[u8]) -> LoadReport {
    let bytes = crate::files::strip_bom(bytes);
    match std::str::from_utf8(bytes) {
        Ok(src) => load_str(name, src),
        Err(e) => {
            // Show the text up to the bad byte, so line and column are right.
            let good = e.valid_up_to();
            let shown = String::from_utf8_lossy(bytes).into_owned();
            let lossy_offset = String::from_utf8_lossy(&bytes[..good]).len();
            let mut sink = Sink::new(name, &shown);
            sink.push(
                Severity::Error,
                Code::NotUtf8,
                lossy_offset..lossy_offset + 1,
                format!("{name} is not valid UTF-8 text (byte {good})"),
                "invalid byte here",
                Some("save the file as UTF-8 in your editor".into()),
            );
            let diagnostics = sink.out;
            LoadReport {
                file: name.to_string(),
                source: shown,
                scenario: None,
                diagnostics,
            }
        }
    }
}

/// Parses and validates scenario text. `name` is used in diagnostics. A leading byte-order mark
/// is skipped.
pub fn load_str(name: &str, src: &str) -> LoadReport {
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let mut sink = Sink::new(name, src);
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
type Problem = (Code, String, String, Option<String>);

fn push_parse_error(sink: &mut Sink, src: &str, e: &ron::error::SpannedError) {
    let start = offset_of(src, e.span.start.line, e.span.start.col);
    let mut end = offset_of(src, e.span.end.line, e.span.end.col).max(start);
    if end == start {
        end = src[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    let (code, message, label, help) = names(&e.code)
        .or_else(|| values(&e.code))
        .unwrap_or_else(|| syntax(&e.code));
    sink.push(Severity::Error, code, start..end, message, label, help);
}

/// ` in `outer``, naming the struct or enum a field or name is looked up in.
fn outer(o: &Option<String>) -> String {
    o.as_deref()
        .map(|o| format!(" in `{o}`"))
        .unwrap_or_default()
}

/// Fields, names and map keys: unknown, missing or written twice.
fn names(e: &ron::Error) -> Option<Problem> {
    use ron::Error as E;
    Some(match e {
        E::NoSuchStructField {
            expected,
            found,
            outer: o,
        } => (
            Code::UnknownField,
            format!("unknown field `{found}`{}", outer(o)),
            "not a field here".into(),
            Some(match closest(found, expected.iter().copied()) {
                Some(best) => format!("did you mean `{best}`? The fields are: {}", list(expected)),
                None => format!("the fields are: {}", list(expected)),
            }),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer: o,
        } => (
            Code::UnknownVariant,
            format!("unknown name `{found}`{}", outer(o)),
            "not one of the choices".into(),
            Some(match closest(found, expected.iter().copied()) {
                Some(best) => format!("did you mean `{best}`? The choices are: {}", list(expected)),
                None => format!("the choices are: {}", list(expected)),
            }),
        ),
        E::MissingStructField { field, outer: o } => (
            Code::MissingField,
            format!("missing field `{field}`{}", outer(o)),
            format!("`{field}` is required here"),
            Some(format!("add `{field}: ...,` (see docs/scenario-format.md)")),
        ),
        E::DuplicateStructField { field, outer: o } => (
            Code::DuplicateField,
            format!("the field `{field}` appears twice{}", outer(o)),
            "second time".into(),
            Some("keep one of them".into()),
        ),
        E::Message(m) if m.starts_with(model::DUPLICATE_KEY) => (
            Code::DuplicateKey,
            format!(
                "the key {} appears twice in this map",
                m.trim_start_matches(model::DUPLICATE_KEY).trim()
            ),
            "the map with it ends here".into(),
            Some("keep one of them: the file would otherwise mean only the last".into()),
        ),
        _ => return None,
    })
}

/// A value of the wrong kind for its field.
fn values(e: &ron::Error) -> Option<Problem> {
    use ron::Error as E;
    Some(match e {
        E::ExpectedInteger | E::IntegerOutOfBounds => (
            Code::WrongType,
            "expected a whole number".into(),
            "not a whole number".into(),
            Some("write a whole number such as `3`, without quotes or a decimal point".into()),
        ),
        E::ExpectedFloat => (
            Code::WrongType,
            "expected a number".into(),
            "not a number".into(),
            Some("write a number such as `2.5`, without quotes".into()),
        ),
        E::ExpectedString => (
            Code::WrongType,
            "expected text in double quotes".into(),
            "not quoted text".into(),
            Some("write it in double quotes, like \"finance\"".into()),
        ),
        E::ExpectedBoolean => (
            Code::WrongType,
            "expected `true` or `false`".into(),
            "not true or false".into(),
            Some("write `true` or `false`".into()),
        ),
        E::ExpectedArray => (
            Code::WrongType,
            "expected a list".into(),
            "not a list".into(),
            Some("write a list in square brackets, like `[\"a\", \"b\"]`".into()),
        ),
        E::ExpectedMap => (
            Code::WrongType,
            "expected a map".into(),
            "not a map".into(),
            Some("write a map in curly brackets, like `{\"price\": 5}`".into()),
        ),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => (
            Code::WrongType,
            "expected a group of fields in round brackets".into(),
            "not `( ... )`".into(),
            Some("write the fields in round brackets, like `(id: \"x\", name: \"X\")`".into()),
        ),
        E::InvalidValueForType { expected, found } => (
            Code::WrongType,
            format!("expected {expected}, found {found}"),
            "wrong kind of value".into(),
            Some(format!("write {expected} here")),
        ),
        E::Message(m) if m.contains("invalid type") || m.contains("invalid length") => (
            Code::WrongType,
            m.clone(),
            "wrong kind of value".into(),
            Some("see docs/scenario-format.md for what this field takes".into()),
        ),
        _ => return None,
    })
}

/// Everything else: brackets, commas, quotes, and what ron says in its own words.
fn syntax(e: &ron::Error) -> Problem {
    use ron::Error as E;
    match e {
        E::ExpectedComma => (
            Code::Syntax,
            "expected a comma".into(),
            "a `,` is missing before this".into(),
            Some("separate fields and list items with commas".into()),
        ),
        E::Eof => (
            Code::Syntax,
            "the file ends too early".into(),
            "unexpected end".into(),
            Some(
                "a `)`, `]` or `}` is probably missing; check that every bracket is closed".into(),
            ),
        ),
        E::ExpectedStringEnd => (
            Code::Syntax,
            "a string is not closed".into(),
            "string starts here".into(),
            Some("add the closing `\"`".into()),
        ),
        E::TrailingCharacters => (
            Code::Syntax,
            "text after the end of the scenario".into(),
            "unexpected text".into(),
            Some(
                "the scenario is one `( ... )`; remove what follows it or check the brackets"
                    .into(),
            ),
        ),
        E::ExpectedArrayEnd | E::ExpectedMapEnd | E::ExpectedStructLikeEnd => (
            Code::Syntax,
            e.to_string(),
            "expected a closing bracket or a comma here".into(),
            Some(
                "a comma is probably missing between two items, or a bracket is not closed".into(),
            ),
        ),
        E::ExpectedMapColon => (
            Code::Syntax,
            "expected `:` after a key".into(),
            "`:` missing".into(),
            Some("write map entries as `\"key\": value`".into()),
        ),
        other => (
            Code::Syntax,
            other.to_string(),
            "here".into(),
            Some("check the RON syntax near this point (brackets, commas, quotes)".into()),
        ),
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
