//! How a person's marks look: a stance by colour and by shape, roles as short tags, each with
//! its explanation.

use bevy::prelude::*;

use crate::game::theme::interaction::InteractionPalette;
use crate::game::theme::palette;
use crate::scenario::Role;
use crate::sim::Stance;

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
pub fn stance_mark(s: Option<Stance>) -> &'static str {
    match s {
        Some(Stance::Supporter) => "▲ supporter",
        Some(Stance::Neutral) => "● neutral",
        Some(Stance::Opponent) => "▼ opponent",
        None => "? stance",
    }
}

pub fn stance_tip(s: Option<Stance>) -> &'static str {
    match s {
        Some(Stance::Supporter) => "Supporter: prefers your offer.",
        Some(Stance::Neutral) => "Neutral: could go either way.",
        Some(Stance::Opponent) => "Opponent: prefers a rival, or the status quo.",
        None => "No stance marked.",
    }
}

pub fn role_short(r: Role) -> &'static str {
    match r {
        Role::DecisionMaker => "DM",
        Role::TechnicalBuyer => "TB",
        Role::UserBuyer => "UB",
        Role::Approver => "AP",
        Role::Coach => "CO",
        Role::Gatekeeper => "GK",
        Role::Influencer => "IN",
        Role::EconomicBuyer => "EB",
    }
}

pub fn role_tip(r: Role) -> &'static str {
    match r {
        Role::DecisionMaker => "Decision maker: makes the final decision and may veto it.",
        Role::TechnicalBuyer => {
            "Technical buyer: screens whether the offer meets the specification."
        }
        Role::UserBuyer => "User buyer: will use what is bought every day.",
        Role::Approver => "Approver: finance or another approver who checks budget and terms.",
        Role::Coach => "Coach: wants you to win and tells you how the buyer works.",
        Role::Gatekeeper => "Gatekeeper: controls access to others.",
        Role::Influencer => {
            "Influencer: outside the formal process, but sways someone who decides."
        }
        Role::EconomicBuyer => {
            "Economic buyer: owns the budget the deal is paid from; may veto a winner."
        }
    }
}
