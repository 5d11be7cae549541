//! Which characters the fonts the game ships can draw (DejaVu Sans and Noto Sans CJK, in
//! `assets/fonts/`), so `check` can warn about text that would show as empty boxes on a machine
//! with no other font for it. The table (`assets/fonts/coverage.txt`) is generated from the font
//! files and a test holds it to them (`tests/fonts.rs`); reading it needs no font file, so the
//! CLI built without the game knows too.

use std::sync::OnceLock;

/// The table: one inclusive range of code points a line, in hex (`4e00-9fff`), sorted.
const COVERAGE: &str = include_str!("../../assets/fonts/coverage.txt");

fn ranges() -> &'static [(u32, u32)] {
    static RANGES: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    RANGES.get_or_init(|| {
        COVERAGE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (a, b) = l.split_once('-')?;
                Some((
                    u32::from_str_radix(a, 16).ok()?,
                    u32::from_str_radix(b, 16).ok()?,
                ))
            })
            .collect()
    })
}

/// Whether a shipped font has a glyph for the character. Spaces and controls (line breaks) are
/// never drawn, so they always count as drawable.
pub fn drawable(c: char) -> bool {
    if c.is_whitespace() || c.is_control() || is_invisible(c) {
        return true;
    }
    let c = c as u32;
    let ranges = ranges();
    // The last range starting at or before c.
    let k = ranges.partition_point(|&(start, _)| start <= c);
    k > 0 && ranges[k - 1].1 >= c
}

/// Characters that shape text without a glyph of their own: joiners, variation selectors, the
/// byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200c}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
    )
}

/// The characters of a text that no shipped font draws, each once, in order.
pub fn undrawable(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if !drawable(c) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Characters listed for a trainer: `周 (U+5468), ก (U+0E01)`.
pub fn listed(chars: &[char]) -> String {
    chars
        .iter()
        .take(12)
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect::<Vec<_>>()
        .join(", ")
        + if chars.len() > 12 { ", …" } else { "" }
}
