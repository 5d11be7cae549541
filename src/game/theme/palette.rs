//! Colours. Every text colour keeps a contrast of at least 4.5:1 (WCAG AA) against the
//! backgrounds it is drawn on; `contrast` computes it, and the layout test checks every text on
//! screen with it.

use bevy::prelude::*;

pub const BACKGROUND: Color = Color::srgb(0.09, 0.11, 0.14);
pub const PANEL: Color = Color::srgb(0.14, 0.17, 0.21);
pub const CARD: Color = Color::srgb(0.19, 0.23, 0.28);
pub const CARD_HOVER: Color = Color::srgb(0.22, 0.27, 0.33);
pub const CARD_SELECTED: Color = Color::srgb(0.17, 0.27, 0.40);
pub const BUTTON: Color = Color::srgb(0.16, 0.29, 0.47);
pub const BUTTON_HOVER: Color = Color::srgb(0.20, 0.35, 0.56);
pub const BUTTON_PRESSED: Color = Color::srgb(0.11, 0.21, 0.35);
/// A toggle that is on, the open tab.
pub const BUTTON_ON: Color = Color::srgb(0.42, 0.33, 0.10);
pub const BUTTON_ON_HOVER: Color = Color::srgb(0.48, 0.38, 0.12);
pub const DISABLED: Color = Color::srgb(0.20, 0.20, 0.22);
pub const CHIP: Color = Color::srgb(0.10, 0.12, 0.15);
pub const FOCUS: Color = Color::srgb(1.0, 0.8, 0.3);
pub const TEXT: Color = Color::srgb(0.93, 0.94, 0.96);
pub const MUTED: Color = Color::srgb(0.70, 0.74, 0.80);
pub const HEADING: Color = Color::srgb(0.98, 0.85, 0.55);
pub const GOOD: Color = Color::srgb(0.47, 0.85, 0.55);
pub const BAD: Color = Color::srgb(1.0, 0.58, 0.55);
pub const NEUTRAL: Color = Color::srgb(0.88, 0.84, 0.50);
pub const ERROR_BG: Color = Color::srgb(0.30, 0.12, 0.12);
pub const BAR_BG: Color = Color::srgb(0.25, 0.27, 0.30);
pub const TODAY: Color = HEADING;
/// Lines of the influence map: inside the org chart, and from outside it (a spouse, a friend).
pub const EDGE: Color = Color::srgb(0.55, 0.65, 0.78);
pub const EDGE_INFORMAL: Color = Color::srgb(0.95, 0.65, 0.25);
pub const SCROLL_TRACK: Color = Color::srgba(1.0, 1.0, 1.0, 0.06);
pub const SCROLL_THUMB: Color = Color::srgb(0.45, 0.50, 0.58);
pub const OVERLAY: Color = Color::srgba(0.0, 0.0, 0.0, 0.72);
pub const TOOLTIP: Color = Color::srgb(0.04, 0.05, 0.07);

/// WCAG 2 contrast ratio between two opaque colours, 1 to 21.
pub fn contrast(a: Color, b: Color) -> f32 {
    let lum = |c: Color| {
        let c = c.to_linear();
        0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// `top` drawn over `bottom`, for text on translucent backgrounds.
pub fn over(top: Color, bottom: Color) -> Color {
    let t = top.to_srgba();
    let b = bottom.to_srgba();
    let a = t.alpha;
    Color::srgb(
        t.red * a + b.red * (1.0 - a),
        t.green * a + b.green * (1.0 - a),
        t.blue * a + b.blue * (1.0 - a),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_colour_reads_on_every_background_it_is_used_on() {
        let on_dark = [
            BACKGROUND,
            PANEL,
            CARD,
            CARD_HOVER,
            CARD_SELECTED,
            CHIP,
            ERROR_BG,
            TOOLTIP,
            DISABLED,
        ];
        for text in [TEXT, MUTED, HEADING, GOOD, BAD, NEUTRAL] {
            for bg in on_dark {
                assert!(
                    contrast(text, bg) >= 4.5,
                    "{text:?} on {bg:?}: {}",
                    contrast(text, bg)
                );
            }
        }
        // Buttons carry body text only.
        for bg in [
            BUTTON,
            BUTTON_HOVER,
            BUTTON_PRESSED,
            BUTTON_ON,
            BUTTON_ON_HOVER,
            DISABLED,
        ] {
            assert!(contrast(TEXT, bg) >= 4.5, "{bg:?}");
        }
        assert!((contrast(Color::WHITE, Color::BLACK) - 21.0).abs() < 0.01);
    }
}
