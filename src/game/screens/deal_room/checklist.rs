//! The five-steps checklist: which steps the trainee has worked on so far, from their own actions
//! and marks only, so it never gives away an answer. The rules are the core's `Deal::progress`,
//! which `play`'s `steps` command shows too.

use bevy::prelude::*;

use crate::game::theme::{palette, widget};
use crate::sim::Deal;

pub fn spawn(p: &mut ChildSpawnerCommands, deal: &Deal) {
    p.spawn(widget::heading("The five steps"));
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
