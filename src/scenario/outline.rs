//! Where each value sits in a RON file, by data path (`stakeholders[2].department`), so validation
//! errors can point at the exact line and column. Runs only on text that already parsed, but still
//! never panics: a malformed input just yields fewer spans.

use std::collections::HashMap;
use std::ops::Range;

#[derive(Debug, Default, Clone)]
pub struct Outline {
    spans: HashMap<String, Range<usize>>,
}

impl Outline {
    pub fn of(src: &str) -> Outline {
        let mut w = Walker {
            b: src.as_bytes(),
            pos: 0,
            out: Outline::default(),
            depth: 0,
        };
        w.ws();
        while w.peek() == Some(b'#') {
            w.skip_attribute();
            w.ws();
        }
        w.value(String::new());
        w.out
    }

    /// The span of `path`, or of the nearest enclosing value that has one.
    pub fn find(&self, path: &str) -> Option<Range<usize>> {
        let mut p = path;
        loop {
            if let Some(r) = self.spans.get(p) {
                return Some(r.clone());
            }
            let cut = p.rfind(['.', '[', '#'])?;
            p = &p[..cut];
        }
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

struct Walker<'a> {
    b: &'a [u8],
    pos: usize,
    out: Outline,
    depth: usize,
}

impl Walker<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn ws(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.b.get(self.pos + 1) == Some(&b'/') => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == b'\n' {
                            break;
                        }
                    }
                }
                Some(b'/') if self.b.get(self.pos + 1) == Some(&b'*') => {
                    // RON block comments nest.
                    self.pos += 2;
                    let mut level = 1;
                    while level > 0 && self.pos < self.b.len() {
                        if self.b[self.pos..].starts_with(b"/*") {
                            level += 1;
                            self.pos += 2;
                        } else if self.b[self.pos..].starts_with(b"*/") {
                            level -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn skip_attribute(&mut self) {
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == b']' {
                return;
            }
        }
    }

    fn ident(&mut self) -> Option<&str> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
                self.pos += 1;
            } else {
                break;
            }
        }
        std::str::from_utf8(&self.b[start..self.pos])
            .ok()
            .filter(|s| !s.is_empty())
    }

    fn string(&mut self) {
        // At a `"`: skip to the closing quote, honouring escapes.
        self.pos += 1;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'\\' => self.pos += 1,
                b'"' => return,
                _ => {}
            }
        }
    }

    fn raw_string(&mut self) {
        // At `r`, then any `#`s, then `"`.
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1;
        while self.pos < self.b.len() {
            if self.b[self.pos] == b'"'
                && self.b[self.pos + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == b'#')
                    .count()
                    == hashes
            {
                self.pos += 1 + hashes;
                return;
            }
            self.pos += 1;
        }
    }

    fn string_text(&self, range: Range<usize>) -> String {
        let raw = self.b.get(range).unwrap_or_default();
        let s = String::from_utf8_lossy(raw);
        s.trim_start_matches('r')
            .trim_matches('#')
            .trim_matches('"')
            .to_string()
    }

    fn value(&mut self, path: String) {
        self.depth += 1;
        if self.depth > 128 {
            self.pos = self.b.len();
            return;
        }
        let start = self.pos;
        match self.peek() {
            Some(b'"') => self.string(),
            Some(b'r') if matches!(self.b.get(self.pos + 1), Some(b'"' | b'#')) => {
                self.raw_string()
            }
            Some(b'\'') => {
                self.pos += 1;
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    match c {
                        b'\\' => self.pos += 1,
                        b'\'' => break,
                        _ => {}
                    }
                }
            }
            Some(b'[') => self.list(&path),
            Some(b'{') => self.map(&path),
            Some(b'(') => self.parens(&path),
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                self.ident();
                self.ws();
                if self.peek() == Some(b'(') {
                    self.parens(&path);
                }
            }
            Some(_) => {
                // A number, possibly signed, with `.`, `e`, `_` or a type suffix.
                while let Some(c) = self.peek() {
                    if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-' | b'_') {
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                if self.pos == start {
                    self.pos += 1;
                }
            }
            None => {}
        }
        let end = self.pos.max(start);
        self.out.spans.entry(path).or_insert(start..end);
        self.depth -= 1;
    }

    fn list(&mut self, path: &str) {
        self.pos += 1;
        let mut i = 0;
        loop {
            self.ws();
            match self.peek() {
                None => return,
                Some(b']') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => self.pos += 1,
                Some(_) => {
                    let before = self.pos;
                    self.value(format!("{path}[{i}]"));
                    i += 1;
                    if self.pos == before {
                        self.pos += 1;
                    }
                }
            }
        }
    }

    fn map(&mut self, path: &str) {
        self.pos += 1;
        loop {
            self.ws();
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => self.pos += 1,
                Some(_) => {
                    let key_start = self.pos;
                    self.value(format!("{path}#tmpkey"));
                    let key_end = self.pos;
                    self.out.spans.remove(&format!("{path}#tmpkey"));
                    let key = self.string_text(key_start..key_end);
                    let child = format!("{path}.{key}");
                    self.out
                        .spans
                        .insert(format!("{child}#key"), key_start..key_end);
                    self.ws();
                    if self.peek() == Some(b':') {
                        self.pos += 1;
                    }
                    self.ws();
                    let before = self.pos;
                    self.value(child);
                    if self.pos == before && key_end == key_start {
                        self.pos += 1;
                    }
                }
            }
        }
    }

    /// `( ... )`: named fields (`name: value`) or tuple elements.
    fn parens(&mut self, path: &str) {
        self.pos += 1;
        let mut i = 0;
        loop {
            self.ws();
            match self.peek() {
                None => return,
                Some(b')') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => self.pos += 1,
                Some(_) => {
                    let before = self.pos;
                    if let Some(field) = self.field_name() {
                        let child = if path.is_empty() {
                            field
                        } else {
                            format!("{path}.{field}")
                        };
                        self.ws();
                        self.value(child);
                    } else {
                        self.value(format!("{path}.{i}"));
                        i += 1;
                    }
                    if self.pos == before {
                        self.pos += 1;
                    }
                }
            }
        }
    }

    /// If a `name:` field label starts here, consume it and return the name.
    fn field_name(&mut self) -> Option<String> {
        let save = self.pos;
        let name = self.ident().map(str::to_string);
        if let Some(name) = name {
            self.ws();
            if self.peek() == Some(b':') && self.b.get(self.pos + 1) != Some(&b':') {
                self.pos += 1;
                return Some(name);
            }
        }
        self.pos = save;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths() {
        let src = r##"#![enable(implicit_some)]
Scenario( // comment
  id: "x",
  people: [ (id: "a", tags: {"noise": 3, "price": (1, 2)}), P(id: "b", dept: Some("f")) ],
  raw: r#"a "quoted" b"#,
)"##;
        let o = Outline::of(src);
        let at = |p: &str| o.find(p).map(|r| &src[r]);
        assert_eq!(at("id"), Some("\"x\""));
        assert_eq!(at("people[1].id"), Some("\"b\""));
        assert_eq!(at("people[0].tags.price"), Some("(1, 2)"));
        assert_eq!(at("people[0].tags.noise#key"), Some("\"noise\""));
        assert_eq!(at("people[1].dept"), Some("Some(\"f\")"));
        assert_eq!(at("people[1].dept.0"), Some("\"f\""));
        assert_eq!(at("raw"), Some("r#\"a \"quoted\" b\"#"));
        // Unknown paths fall back to the nearest parent.
        assert_eq!(at("people[1].missing"), at("people[1]"));
    }

    #[test]
    fn never_panics_on_garbage() {
        for src in [
            "(",
            "[[[",
            "{\"a\":",
            "r#\"",
            "'",
            "/* /*",
            "#![",
            "x(y:",
            "\u{1F600}(",
        ] {
            let _ = Outline::of(src);
        }
    }
}
