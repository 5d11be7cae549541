//! Diagnostics a trainer can act on: file, line, column, the offending line with a caret, and how
//! to fix it. Rendered by ariadne for people and as JSON for editors and CI.

use std::ops::Range;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable name for the kind of problem, e.g. `unknown-field`, `dangling-id`.
    pub code: &'static str,
    pub message: String,
    pub file: String,
    /// 1-based line and column (in characters) of the start of the span.
    pub line: usize,
    pub column: usize,
    /// Byte range in the file.
    #[serde(skip)]
    pub span: Range<usize>,
    /// What the caret under the offending text says.
    pub label: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic with the offending source line and a caret.
    pub fn render(&self, src: &str, color: bool) -> String {
        use ariadne::{Config, IndexType, Label, Report, ReportKind};
        let kind = match self.severity {
            Severity::Error => ReportKind::Error,
            Severity::Warning => ReportKind::Warning,
        };
        let span = clamp_span(src, self.span.clone());
        let file = self.file.as_str();
        let mut report = Report::build(kind, (file, span.clone()))
            .with_config(
                Config::default()
                    .with_color(color)
                    .with_index_type(IndexType::Byte),
            )
            .with_code(self.code)
            .with_message(&self.message)
            .with_label(Label::new((file, span)).with_message(&self.label));
        if let Some(help) = &self.help {
            report = report.with_help(help);
        }
        let mut out = Vec::new();
        let cache = (file, ariadne::Source::from(src));
        if report.finish().write(cache, &mut out).is_err() {
            return format!(
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            );
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

/// Keeps a span inside the text and on character boundaries, so rendering cannot fail on it.
fn clamp_span(src: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(src.len());
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, src.len());
    while !src.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// 1-based line and character column of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = clamp_span(src, offset..offset).start;
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Byte offset of a 1-based line and character column (as ron reports them).
pub fn offset_of(src: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in src.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let within = l
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(l.trim_end_matches('\n').len(), |(b, _)| b);
            return offset + within;
        }
        offset += l.len();
    }
    src.len()
}

/// The closest of `candidates` to `wrong`, if any is close enough to be a likely typo.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(wrong, c), c))
        .filter(|(score, _)| *score >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Builds diagnostics for one file, turning byte spans into line and column.
pub struct Sink<'a> {
    pub file: &'a str,
    pub src: &'a str,
    pub out: Vec<Diagnostic>,
    /// Byte offset where each line starts, found on the first diagnostic: a file with thousands
    /// of problems must not be scanned from the top for each.
    line_starts: Vec<usize>,
}

impl<'a> Sink<'a> {
    pub fn new(file: &'a str, src: &'a str) -> Self {
        Sink {
            file,
            src,
            out: Vec::new(),
            line_starts: Vec::new(),
        }
    }

    fn line_col(&mut self, offset: usize) -> (usize, usize) {
        if self.line_starts.is_empty() {
            self.line_starts.push(0);
            self.line_starts
                .extend(self.src.match_indices('\n').map(|(i, _)| i + 1));
        }
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .src
            .get(start..offset)
            .map_or(1, |t| t.chars().count() + 1);
        (line, column)
    }

    pub fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) {
        let span = clamp_span(self.src, span);
        let (line, column) = self.line_col(span.start);
        self.out.push(Diagnostic {
            severity,
            code,
            message: message.into(),
            file: self.file.to_string(),
            line,
            column,
            span,
            label: label.into(),
            help,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sink_agrees_with_line_col() {
        let src = "ab\nçd\n\nxyz";
        let mut sink = Sink::new("f", src);
        for off in [0, 1, 3, 5, 6, 8, 10] {
            assert_eq!(sink.line_col(off), line_col(src, off), "offset {off}");
        }
    }

    #[test]
    fn line_col_round_trips() {
        let src = "ab\nçd\n\nxyz";
        for (line, col) in [(1, 1), (1, 2), (2, 1), (2, 2), (4, 3)] {
            let off = offset_of(src, line, col);
            assert_eq!(line_col(src, off), (line, col));
        }
    }

    #[test]
    fn closest_suggests_typos_only() {
        let ids = ["finance", "marketing", "technical"];
        assert_eq!(closest("finanse", ids), Some("finance"));
        assert_eq!(closest("zzz", ids), None);
    }
}
