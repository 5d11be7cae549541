//! Text as a trainee sees it: characters no font the game ships can draw (empty boxes on a
//! machine without a font for them), and text or ids that look like something they are not
//! (zero-width characters, direction overrides, a Cyrillic letter in a Latin id). Warnings only:
//! the deal still plays.

use std::collections::BTreeMap;

use super::{Code, Ctx};
use crate::msg;
use crate::scenario::glyphs;
use crate::scenario::model::ScenarioFile;
use crate::scenario::texts;

pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) {
    for t in texts::texts(f) {
        let missing = glyphs::undrawable(&t.text);
        if !missing.is_empty() {
            cx.warn(
                Code::NoGlyph,
                &t.path,
                msg!(
                    "check-no-glyph",
                    field = t.path.as_str(),
                    characters = glyphs::listed(&missing)
                ),
                msg!("check-no-glyph-label"),
                Some(Code::NoGlyph.fix_msg()),
            );
        }
        if let Some(c) = t.text.chars().find(|&c| hidden(c)) {
            cx.warn(
                Code::ConfusableText,
                &t.path,
                msg!(
                    "check-hidden-character",
                    field = t.path.as_str(),
                    character = format!("U+{:04X}", c as u32)
                ),
                msg!("check-hidden-character-label"),
                Some(Code::ConfusableText.fix_msg()),
            );
        }
    }
    look_alike_ids(f, cx);
}

/// Characters that change how text reads without showing: zero-width spaces and joiners, the
/// word joiner, direction embeddings, overrides and isolates (the "Trojan source" set).
pub fn hidden(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{feff}'
    )
}

/// A Latin letter that a Cyrillic or Greek one is drawn like, if it is one.
fn latin_twin(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'ε' => 'e',
        'һ' => 'h',
        'і' | 'ι' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'п' | 'η' => 'n',
        'о' | 'ο' => 'o',
        'р' | 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'υ' => 'u',
        'ν' => 'v',
        'ԝ' | 'ω' => 'w',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        _ => return None,
    })
}

/// Ids are typed in commands and scripts: an id with a Cyrillic or Greek letter among Latin ones
/// (`dіrector` with a Cyrillic `і`), or one that reads like another id, is a trap.
fn look_alike_ids(f: &ScenarioFile, cx: &mut Ctx) {
    let mut ids: Vec<(String, String)> = Vec::new();
    ids.extend(
        f.stakeholders
            .iter()
            .enumerate()
            .map(|(k, s)| (s.id.to_string(), format!("stakeholders[{k}].id"))),
    );
    ids.extend(
        f.tactics
            .iter()
            .enumerate()
            .map(|(k, t)| (t.id.to_string(), format!("tactics[{k}].id"))),
    );
    ids.extend(
        f.questions
            .iter()
            .enumerate()
            .map(|(k, q)| (q.id.to_string(), format!("questions[{k}].id"))),
    );
    ids.extend(
        f.facts
            .iter()
            .enumerate()
            .map(|(k, x)| (x.id.to_string(), format!("facts[{k}].id"))),
    );
    ids.extend(
        f.vendors
            .iter()
            .enumerate()
            .map(|(k, v)| (v.id.to_string(), format!("vendors[{k}].id"))),
    );
    let mut by_skeleton: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (id, _) in &ids {
        let skeleton: String = id.chars().map(|c| latin_twin(c).unwrap_or(c)).collect();
        by_skeleton.entry(skeleton).or_default().push(id);
    }
    for (id, path) in &ids {
        let has_latin = id.chars().any(|c| c.is_ascii_alphabetic());
        let twins: Vec<char> = id.chars().filter(|&c| latin_twin(c).is_some()).collect();
        if twins.is_empty() {
            continue;
        }
        let skeleton: String = id.chars().map(|c| latin_twin(c).unwrap_or(c)).collect();
        let alike: Vec<&str> = by_skeleton
            .get(&skeleton)
            .map(|v| v.iter().copied().filter(|o| o != id).collect())
            .unwrap_or_default();
        // An id all in Cyrillic or Greek is a name in that script: a trap only beside its twin.
        if has_latin || !alike.is_empty() {
            let shown: String = twins
                .iter()
                .map(|c| format!("{c} (U+{:04X})", *c as u32))
                .collect::<Vec<_>>()
                .join(", ");
            cx.warn(
                Code::ConfusableText,
                path,
                if alike.is_empty() {
                    msg!("check-look-alike-id", id = id.as_str(), characters = shown)
                } else {
                    msg!(
                        "check-look-alike-twin",
                        id = id.as_str(),
                        characters = shown,
                        alike = alike.join(", ")
                    )
                },
                msg!("check-look-alike-id-label"),
                Some(Code::ConfusableText.fix_msg()),
            );
        }
    }
}
