//! Text from files and trainees never reaches a terminal or a spreadsheet as instructions.
//!
//! A player name or a scenario title can hold `ESC ] 0;…` (retitle the terminal) or `ESC [2J`
//! (clear the screen); a name that starts with `=` is a formula in a spreadsheet. These functions
//! show such characters escaped (`\u{1b}`) and neutralise formula cells; text without them is
//! returned as it is, without copying.

use std::borrow::Cow;

/// Whether a character must not reach a terminal as it is: C0 and C1 control characters, DEL,
/// and the Unicode bidirectional controls that can make text read differently from what it is.
/// Line breaks and tabs are safe when `keep_newlines`.
pub fn unsafe_char(c: char, keep_newlines: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_newlines,
        c if c.is_control() => true,
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => true,
        // Invisible spacing a name can hide behind: the zero-width space, the word joiner and
        // invisible operators, the Mongolian vowel separator, a byte-order mark inside a text.
        // (Zero-width joiners stay: Persian, Indic scripts and emoji need them.)
        '\u{180E}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => true,
        _ => false,
    }
}

fn escape_with(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| unsafe_char(c, keep_newlines)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if unsafe_char(c, keep_newlines) {
            match c {
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a terminal, keeping its line breaks and tabs: every other control character is
/// shown escaped.
pub fn text(s: &str) -> Cow<'_, str> {
    escape_with(s, true)
}

/// One line for a terminal (a name, an id, a file name): line breaks are escaped too, so a name
/// cannot forge a line of a report.
pub fn line(s: &str) -> Cow<'_, str> {
    escape_with(s, false)
}

/// A cell for a CSV file that a spreadsheet opens (the OWASP rule against CSV injection): a cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so the
/// spreadsheet shows it as text instead of running it as a formula. The CSV writer quotes it.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// At most `max` characters of `s`; a longer text ends with `…`.
pub fn clip(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some(_) => {
            let keep = max.saturating_sub(1);
            let end = s.char_indices().nth(keep).map_or(s.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", &s[..end]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_are_shown_not_run() {
        let hostile = "\u{1b}]0;PWNED\u{7}\u{1b}[2J";
        assert_eq!(line(hostile), "\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J");
        assert_eq!(text("a\nb\rc\u{9b}d"), "a\nb\\rc\\u{9b}d");
        assert_eq!(line("a\nb"), "a\\nb");
        assert_eq!(line("evil\u{202E}txt.exe"), "evil\\u{202e}txt.exe");
        assert!(matches!(line("张三 O'Brien"), Cow::Borrowed(_)));
    }

    #[test]
    fn zero_width_characters_are_shown_escaped_but_joiners_kept() {
        assert_eq!(line("dire\u{200b}ctor"), "dire\\u{200b}ctor");
        assert_eq!(line("a\u{2060}b\u{feff}c"), "a\\u{2060}b\\u{feff}c");
        // Persian and emoji need the joiners.
        assert!(matches!(
            line("می\u{200c}خواهم 👩\u{200d}💻"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in ["=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(csv_cell(bad).starts_with('\''), "{bad}");
        }
        assert_eq!(csv_cell("alice"), "alice");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn clip_keeps_short_text_and_marks_the_cut() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("张三李四", 2), "张…");
    }
}
