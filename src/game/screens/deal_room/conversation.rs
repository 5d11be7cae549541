//! The conversation panel: a meeting as talk. The day it started and how long it took, the
//! person's words (the scenario's `says`), your questions, what you learned, and how many
//! questions this meeting still has room for.

use bevy::prelude::*;

use crate::game::session::{EndTalk, Talk};
use crate::game::theme::{Press, palette, size, widget};
use crate::i18n::Lang;
use crate::sim::{Deal, Speaker};
use crate::tr;

pub fn spawn(
    p: &mut ChildSpawnerCommands,
    deal: &Deal,
    talk: &Talk,
    questions_left: u32,
    lang: Lang,
) {
    let f = deal.scenario().data();
    let name = f.stakeholders[talk.person].name.as_str();
    let took = deal.day().saturating_sub(talk.day);
    p.spawn((
        Name::new("Conversation"),
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(6),
            padding: UiRect::all(px(8)),
            border: UiRect::left(px(3)),
            border_radius: BorderRadius::all(px(4)),
            ..default()
        },
        BackgroundColor(palette::CARD),
        BorderColor::all(palette::HEADING),
    ))
    .with_children(|c| {
        c.spawn(widget::subheading(tr!(
            lang,
            "game-talk-heading",
            name = name
        )));
        c.spawn(widget::muted(tr!(
            lang,
            "game-talk-about",
            from = talk.day,
            to = deal.day(),
            took = tr!(lang, "days", days = took),
            questions = questions_left
        )));
        for line in talk
            .lines
            .iter()
            .rev()
            .take(14)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            match line.speaker {
                Speaker::Person(who) => {
                    let who = f.stakeholders.get(who).map_or("?", |s| s.name.as_str());
                    c.spawn(bubble(
                        tr!(lang, "game-said", who = who, text = line.text.as_str()),
                        palette::TEXT,
                        palette::CHIP,
                    ));
                }
                Speaker::You => {
                    c.spawn(bubble(
                        tr!(lang, "game-you-said", text = line.text.as_str()),
                        palette::HEADING,
                        palette::PANEL,
                    ));
                }
                Speaker::Narrator => {
                    c.spawn(widget::text(line.text.clone(), size::SMALL, palette::MUTED));
                }
            }
        }
        c.spawn(widget::button(tr!(lang, "game-talk-end")))
            .observe(|_: On<Press>, mut commands: Commands| commands.trigger(EndTalk));
    });
}

fn bubble(text: String, colour: Color, bg: Color) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(px(8), px(4)),
            border_radius: BorderRadius::all(px(6)),
            ..default()
        },
        BackgroundColor(bg),
        children![widget::text(text, size::BODY, colour)],
    )
}
