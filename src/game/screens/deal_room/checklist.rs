//! The five-steps checklist: which steps the trainee has worked on so far, from their own actions
//! and marks only, so it never gives away an answer. The rules are the core's `Deal::progress`,
//! which `play`'s `steps` command shows too.

use bevy::prelude::*;

use crate::game::theme::{palette, widget};
use crate::i18n::Lang;
use crate::sim::Deal;
use crate::tr;

pub fn spawn(p: &mut ChildSpawnerCommands, deal: &Deal, lang: Lang) {
    p.spawn(widget::heading(tr!(lang, "game-checklist-heading")));
    for step in deal.progress().steps {
        p.spawn(widget::colored(
            format!(
                "{} {}. {}",
                if step.done { "✓" } else { "○" },
                step.step,
                step.name
            ),
            if step.done {
                palette::GOOD
            } else {
                palette::TEXT
            },
        ));
        p.spawn(widget::muted(step.detail));
    }
}
