//! The fonts the game draws with. Both ship inside the program, so any machine shows the same
//! letters:
//! - DejaVu Sans, the face of every text (Latin, Greek, Cyrillic, arrows, check marks);
//! - Noto Sans CJK (the five regional faces of one collection), which draws Chinese (simplified
//!   and traditional), Japanese and Korean wherever DejaVu has no glyph.
//!
//! Other scripts (Thai, Devanagari, Arabic, ...) fall back to the system's fonts, found through
//! fontconfig on Linux (Bevy's `system_font_discovery`). Both files and their licences are in
//! `assets/fonts/`; `check` reads which characters they cover from `scenario::glyphs`.

use std::sync::Arc;

use bevy::prelude::*;
use bevy::text::{FontCx, load_font_assets_into_font_collection};
use parley::fontique::{Blob, FallbackKey, FamilyId, Script};

/// DejaVu Sans (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`).
const DEJAVU: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// Noto Sans CJK Regular, from Debian's `fonts-noto-cjk` (SIL Open Font Licence 1.1, see
/// `assets/fonts/NotoSansCJK-LICENSE.txt`).
const NOTO_CJK: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJK-Regular.ttc");

/// Which face of the collection draws which script: Han in its simplified forms (the game's
/// first audience), kana in the Japanese face, hangul in the Korean one, bopomofo in the
/// traditional one; `Zyyy` (common punctuation and symbols, such as full-width commas) in the
/// simplified face too, for text that is nothing else.
pub const SCRIPT_FACES: [(&[u8; 4], &str); 6] = [
    (b"Hani", "Noto Sans CJK SC"),
    (b"Zyyy", "Noto Sans CJK SC"),
    (b"Hira", "Noto Sans CJK JP"),
    (b"Kana", "Noto Sans CJK JP"),
    (b"Hang", "Noto Sans CJK KR"),
    (b"Bopo", "Noto Sans CJK TC"),
];

/// Keeps the CJK collection loaded (an asset with no strong handle is dropped).
#[derive(Resource)]
pub struct CjkFont(pub Handle<Font>);

pub fn plugin(app: &mut App) {
    let Some(mut fonts) = app.world_mut().get_resource_mut::<Assets<Font>>() else {
        return;
    };
    // The program's own bytes, not a copy: the pages of the 19 MB collection that are never
    // drawn are never read into memory.
    let font = |bytes: &'static [u8]| Font {
        data: Blob::new(Arc::new(bytes)),
        alias: String::new(),
    };
    // Replaces the default font, so every text uses DejaVu without naming it.
    let _ = fonts.insert(AssetId::default(), font(DEJAVU));
    let cjk = fonts.add(font(NOTO_CJK));
    app.insert_resource(CjkFont(cjk)).add_systems(
        PostUpdate,
        fall_back_to_cjk
            .after(load_font_assets_into_font_collection)
            .before(bevy::ui::UiSystems::Content),
    );
}

/// Points each CJK script at its face of the collection, once the collection is registered
/// (and again should Bevy ever rebuild its font list); text laid out before then is laid out
/// again.
fn fall_back_to_cjk(mut font_cx: ResMut<FontCx>, mut texts: Query<&mut TextFont>) {
    let collection = &mut font_cx.bypass_change_detection().collection;
    let mut changed = false;
    for (script, family) in SCRIPT_FACES {
        let Some(id) = collection.family_id(family) else {
            return; // not registered yet
        };
        let key = FallbackKey::new(Script::from_bytes(*script), None);
        if collection.fallback_families(key).next() != Some(id) {
            // Ours first, then whatever the system offers for the script.
            let mut families: Vec<FamilyId> = vec![id];
            families.extend(collection.fallback_families(key).filter(|f| *f != id));
            collection.set_fallbacks(key, families.into_iter());
            changed = true;
        }
    }
    if changed {
        for mut t in &mut texts {
            t.set_changed();
        }
    }
}

/// The characters of every text on screen that were drawn with no glyph (the empty box of a
/// font's `.notdef`), each with the text it is in: empty when every character found a font.
/// Reads the layout Bevy's text engine made, so it sees what the trainee sees.
pub fn missing_glyphs(world: &mut World) -> Vec<String> {
    use bevy::text::ComputedTextBlock;
    use parley::PositionedLayoutItem;

    let mut q = world.query::<(&ComputedTextBlock, &Text)>();
    let mut out = Vec::new();
    for (block, text) in q.iter(world) {
        // The layout's text is the block's spans joined; a UI text here is one span.
        let whole = text.0.as_str();
        for line in block.buffer().lines() {
            for item in line.items() {
                let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                    continue;
                };
                for cluster in glyph_run.run().visual_clusters() {
                    let missing = cluster.glyphs().any(|g| g.id == 0);
                    let s = whole.get(cluster.text_range()).unwrap_or("");
                    if missing && s.chars().any(|c| !c.is_whitespace() && !c.is_control()) {
                        out.push(format!(
                            "{s:?} (U+{:04X}) in {whole:?}",
                            s.chars().next().map_or(0, |c| c as u32)
                        ));
                    }
                }
            }
        }
    }
    out
}
