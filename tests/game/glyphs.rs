//! A missing glyph is a defect the tests find, not a picture to eyeball: `fonts::missing_glyphs`
//! reads which glyph each character of each text on screen was drawn with.

use bevy::prelude::*;
use key_account::game::fonts::missing_glyphs;

use super::*;

fn shown(text: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app(dir.path());
    app.world_mut().spawn((Node::default(), Text::new(text)));
    for _ in 0..4 {
        app.update();
    }
    missing_glyphs(app.world_mut())
}

#[test]
fn chinese_japanese_and_korean_text_finds_a_glyph_for_every_character() {
    let text = "周主任 总经理办公室主任，技术部。資訊孤島 かなカナ 한국어 “Zhang San” ✓ ▲ ●";
    assert_eq!(shown(text), Vec::<String>::new());
}

#[test]
fn a_character_no_font_has_is_reported() {
    // U+E000 is a private-use character: no shipped font (nor any system font here) draws it.
    assert!(!key_account::scenario::glyphs::drawable('\u{e000}'));
    let missing = shown("Director \u{e000} Zhou");
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(missing[0].contains("U+E000"), "{missing:?}");
}
