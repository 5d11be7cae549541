//! How a person's marks look: a stance by colour and by shape, roles as short tags, each with
//! its explanation.

use bevy::prelude::*;

use crate::game::theme::interaction::InteractionPalette;
use crate::game::theme::palette;
use crate::i18n::Lang;
use crate::scenario::Role;
use crate::sim::Stance;
use crate::tr;

pub fn node_colours(selected: bool) -> InteractionPalette {
    InteractionPalette {
        none: if selected {
            palette::CARD_SELECTED
        } else {
            palette::CARD
        },
        hovered: palette::CARD_HOVER,
        pressed: palette::CARD_SELECTED,
    }
}

pub fn stance_color(s: Option<Stance>) -> Color {
    match s {
        Some(Stance::Supporter) => palette::GOOD,
        Some(Stance::Neutral) => palette::NEUTRAL,
        Some(Stance::Opponent) => palette::BAD,
        None => palette::MUTED,
    }
}

/// A stance in words with its shape, so it never rests on colour alone.
pub fn stance_mark(s: Option<Stance>, lang: Lang) -> String {
    match s {
        Some(st) => {
            let shape = match st {
                Stance::Supporter => "▲",
                Stance::Neutral => "●",
                Stance::Opponent => "▼",
            };
            tr!(
                lang,
                "game-stance-mark",
                shape = shape,
                stance = st.label(lang)
            )
        }
        None => tr!(lang, "game-stance-unmarked"),
    }
}

pub fn stance_tip(s: Option<Stance>, lang: Lang) -> String {
    match s {
        Some(Stance::Supporter) => tr!(lang, "game-stance-tip-supporter"),
        Some(Stance::Neutral) => tr!(lang, "game-stance-tip-neutral"),
        Some(Stance::Opponent) => tr!(lang, "game-stance-tip-opponent"),
        None => tr!(lang, "game-stance-tip-none"),
    }
}

/// A role as a short tag on a map node ("DM"; in Chinese, the role's name).
pub fn role_short(r: Role, lang: Lang) -> String {
    match r {
        Role::DecisionMaker => tr!(lang, "game-role-short-decision-maker"),
        Role::TechnicalBuyer => tr!(lang, "game-role-short-technical-buyer"),
        Role::UserBuyer => tr!(lang, "game-role-short-user-buyer"),
        Role::Approver => tr!(lang, "game-role-short-approver"),
        Role::Coach => tr!(lang, "game-role-short-coach"),
        Role::Gatekeeper => tr!(lang, "game-role-short-gatekeeper"),
        Role::Influencer => tr!(lang, "game-role-short-influencer"),
        Role::EconomicBuyer => tr!(lang, "game-role-short-economic-buyer"),
    }
}

pub fn role_tip(r: Role, lang: Lang) -> String {
    match r {
        Role::DecisionMaker => tr!(lang, "game-role-tip-decision-maker"),
        Role::TechnicalBuyer => tr!(lang, "game-role-tip-technical-buyer"),
        Role::UserBuyer => tr!(lang, "game-role-tip-user-buyer"),
        Role::Approver => tr!(lang, "game-role-tip-approver"),
        Role::Coach => tr!(lang, "game-role-tip-coach"),
        Role::Gatekeeper => tr!(lang, "game-role-tip-gatekeeper"),
        Role::Influencer => tr!(lang, "game-role-tip-influencer"),
        Role::EconomicBuyer => tr!(lang, "game-role-tip-economic-buyer"),
    }
}
