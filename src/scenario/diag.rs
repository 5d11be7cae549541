//! Diagnostics a trainer can act on: file, line, column, the offending line with a caret, and how
//! to fix it. Rendered by ariadne for people and as JSON for editors and CI.

use std::ops::Range;

use serde::Serialize;

use super::validate::Code;
use crate::i18n::{Lang, Msg};

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
    pub code: Code,
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
        self.render_with(&Rendering::new(src), color)
    }

    /// Renders with the file's lines indexed once (`Rendering`), so a file's thousands of
    /// diagnostics render in linear time. A very long line is clipped around the span, and
    /// control characters (in the source, the message and the file name) are shown escaped,
    /// never sent to the terminal.
    pub fn render_with(&self, r: &Rendering<'_>, color: bool) -> String {
        use ariadne::{Config, IndexType, Label, Report, ReportKind};
        let kind = match self.severity {
            Severity::Error => ReportKind::Error,
            Severity::Warning => ReportKind::Warning,
        };
        let file = crate::escape::line(&self.file).into_owned();
        let shown =
            |s: &str| crate::escape::clip(&crate::escape::text(s), MAX_MESSAGE).into_owned();
        let message = shown(&self.message);
        let label = shown(&self.label);
        let span = clamp_span(r.src, self.span.clone());
        // The usual case quotes the file's own lines; a long line or one with control
        // characters is quoted from a clipped, escaped copy of the lines the span covers.
        let window = r
            .needs_window(&span)
            .then(|| Window::new(r.src, &r.lines, span.clone()));
        let span = window.as_ref().map_or(span, |w| w.span.clone());
        let mut report = Report::build(kind, (file.as_str(), span.clone()))
            .with_config(
                Config::default()
                    .with_color(color)
                    .with_index_type(IndexType::Byte),
            )
            .with_code(self.code)
            .with_message(&message)
            .with_label(Label::new((file.as_str(), span)).with_message(&label));
        if let Some(help) = &self.help {
            report = report.with_help(shown(help));
        }
        let mut out = Vec::new();
        let written = match &window {
            None => report.finish().write((file.as_str(), &r.source), &mut out),
            Some(w) => {
                let source = ariadne::Source::from(w.text.as_str());
                report.finish().write((file.as_str(), source), &mut out)
            }
        };
        if written.is_err() {
            return format!("{file}:{}:{}: {message}\n", self.line, self.column);
        }
        let text = String::from_utf8_lossy(&out).into_owned();
        match &window {
            // Ariadne counts the column in the shown copy; the file's column is the true one.
            Some(w) if w.column != self.column => text.replacen(
                &format!("{file}:{}:{}", self.line, w.column),
                &format!("{file}:{}:{}", self.line, self.column),
                1,
            ),
            _ => text,
        }
    }
}

/// A file's text prepared for rendering its diagnostics: the line index and ariadne's source,
/// made once per file.
pub struct Rendering<'s> {
    src: &'s str,
    lines: LineIndex,
    source: ariadne::Source<&'s str>,
}

impl<'s> Rendering<'s> {
    pub fn new(src: &'s str) -> Self {
        Rendering {
            src,
            lines: LineIndex::new(src),
            source: ariadne::Source::from(src),
        }
    }

    /// Whether the lines a span covers must be clipped or escaped before they are shown.
    fn needs_window(&self, span: &Range<usize>) -> bool {
        let first = self.lines.line_of(span.start);
        let last = self
            .lines
            .line_of(span.end.saturating_sub(1).max(span.start))
            .clamp(first, first + MAX_SHOWN_LINES - 1);
        (first..=last).any(|l| {
            let text = &self.src[self.lines.range(self.src, l)];
            (text.len() > MAX_SHOWN_LINE && text.chars().nth(MAX_SHOWN_LINE).is_some())
                || text.chars().any(|c| crate::escape::unsafe_char(c, true))
        })
    }
}

/// Messages, labels and help are clipped to this many characters (a 50 MB garbage file can hold
/// a 50 MB "unknown name").
const MAX_MESSAGE: usize = 300;
/// A quoted source line is clipped to about this many characters around the span.
const MAX_SHOWN_LINE: usize = 160;
/// At most this many lines of a multi-line span are quoted.
const MAX_SHOWN_LINES: usize = 12;

/// Byte offsets where each line of a text starts.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(src).map(|i| i + 1));
        LineIndex {
            starts,
            len: src.len(),
        }
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1) - 1
    }

    /// The byte range of a 0-based line, without its line ending.
    pub(crate) fn range(&self, src: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(self.len);
        let mut end = self.starts.get(line + 1).map_or(self.len, |&next| next - 1);
        if src.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') && end > start {
            end -= 1;
        }
        start..end
    }
}

fn memchr_newlines(src: &str) -> impl Iterator<Item = usize> + '_ {
    src.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
}

/// The few lines of a file a diagnostic quotes: clipped, escaped, with the span moved into them.
struct Window {
    text: String,
    span: std::ops::Range<usize>,
    /// The 1-based character column of the span's start in the shown text.
    column: usize,
}

impl Window {
    fn new(src: &str, lines: &LineIndex, span: std::ops::Range<usize>) -> Window {
        let first = lines.line_of(span.start);
        let last_byte = span.end.saturating_sub(1).max(span.start);
        let last = lines
            .line_of(last_byte)
            .clamp(first, first + MAX_SHOWN_LINES - 1);
        // Empty lines before the quoted ones, so ariadne numbers them as in the file (its line
        // offset option moves the header but not the margin). Only clipped or escaped lines
        // come here, which are rare.
        let mut text = "\n".repeat(first);
        // (offset in the file, offset in the shown text) at each shown character boundary.
        let mut first_marks = Vec::new();
        let mut last_marks = Vec::new();
        for line in first..=last {
            if line > first {
                text.push('\n');
            }
            let r = lines.range(src, line);
            let body = &src[r.clone()];
            let chars = body.chars().count();
            let (from, to) = if chars <= MAX_SHOWN_LINE {
                (0, chars)
            } else {
                // Clip around the span's start on its line, from the line's start elsewhere.
                let anchor = if line == first {
                    body.get(..(span.start - r.start).min(body.len()))
                        .map_or(0, |t| t.chars().count())
                } else {
                    0
                };
                let from = anchor.saturating_sub(MAX_SHOWN_LINE / 3);
                (from, (from + MAX_SHOWN_LINE).min(chars))
            };
            if from > 0 {
                text.push('…');
            }
            let mut marks = Vec::new();
            let mut end = r.end;
            for (k, (i, c)) in body.char_indices().enumerate() {
                if k == to {
                    end = r.start + i;
                    break;
                }
                if k < from {
                    continue;
                }
                marks.push((r.start + i, text.len()));
                text.push_str(&crate::escape::text(c.encode_utf8(&mut [0; 4])));
            }
            marks.push((end, text.len()));
            if to < chars {
                text.push('…');
            }
            if line == first {
                first_marks = marks.clone();
            }
            if line == last {
                last_marks = marks;
            }
        }
        // The shown offset of a file offset on a line: clamped to what is shown.
        let place = |marks: &[(usize, usize)], at: usize| {
            let k = marks.partition_point(|&(o, _)| o <= at);
            marks.get(k.saturating_sub(1)).map_or(0, |&(_, t)| t)
        };
        let start = place(&first_marks, span.start);
        let end = if lines.line_of(last_byte) == last {
            place(&last_marks, span.end)
        } else {
            text.len()
        }
        .max(start);
        let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
        let column = text[line_start..start].chars().count() + 1;
        Window {
            text,
            span: start..end,
            column,
        }
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

/// Builds diagnostics for one file, turning byte spans into line and column, and putting each
/// message, label and help into words in the sink's language as it is pushed.
pub struct Sink<'a> {
    pub file: &'a str,
    pub src: &'a str,
    /// The language the diagnostics are written in.
    pub lang: Lang,
    pub out: Vec<Diagnostic>,
    /// Where each line starts, found on the first diagnostic: a file with thousands of problems
    /// must not be scanned from the top for each.
    lines: Option<LineIndex>,
}

/// A message, label or help kept in a diagnostic is at most this many characters.
const MAX_KEPT: usize = 1000;

impl<'a> Sink<'a> {
    pub fn new(file: &'a str, src: &'a str, lang: Lang) -> Self {
        Sink {
            file,
            src,
            lang,
            out: Vec::new(),
            lines: None,
        }
    }

    fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let src = self.src;
        let lines = self.lines.get_or_insert_with(|| LineIndex::new(src));
        let line = lines.line_of(offset);
        let start = lines.starts[line];
        let column = src.get(start..offset).map_or(1, |t| t.chars().count() + 1);
        (line + 1, column)
    }

    pub fn push(
        &mut self,
        severity: Severity,
        code: Code,
        span: Range<usize>,
        message: Msg,
        label: Msg,
        help: Option<Msg>,
    ) {
        let span = clamp_span(self.src, span);
        let (line, column) = self.line_col(span.start);
        let lang = self.lang;
        let kept = |m: Msg| {
            let s = m.render(lang);
            if s.len() <= MAX_KEPT {
                s
            } else {
                crate::escape::clip(&s, MAX_KEPT).into_owned()
            }
        };
        self.out.push(Diagnostic {
            severity,
            code,
            message: kept(message),
            file: self.file.to_string(),
            line,
            column,
            span,
            label: kept(label),
            help: help.map(kept),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sink_agrees_with_line_col() {
        let src = "ab\nçd\n\nxyz";
        let mut sink = Sink::new("f", src, Lang::En);
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
