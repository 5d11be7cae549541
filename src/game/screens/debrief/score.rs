//! The score: the outcome's first line, then each part's bar and the lines that earned or lost
//! its points, each with its day.

use bevy::prelude::*;

use crate::game::theme::{palette, size, widget};
use crate::i18n::Lang;
use crate::sim::{Outcome, Part};
use crate::tr;

/// One score part's bar; tests read the points from it.
#[derive(Component, Debug, Clone, Copy)]
pub struct ScoreBar {
    pub part: Part,
    pub points: f32,
    pub max: f32,
}

pub fn spawn(col: &mut ChildSpawnerCommands, o: &Outcome, lang: Lang) {
    for line in o
        .debrief
        .iter()
        .filter(|l| l.part == Part::Outcome && l.points == 0.0)
        .take(1)
    {
        col.spawn(widget::colored(line.text.clone(), palette::HEADING));
    }
    for part in &o.score.parts {
        let frac = if part.max > 0.0 {
            part.points / part.max
        } else {
            1.0
        };
        let c = if frac >= 0.7 {
            palette::GOOD
        } else if frac >= 0.4 {
            palette::NEUTRAL
        } else {
            palette::BAD
        };
        col.spawn((
            ScoreBar {
                part: part.part,
                points: part.points,
                max: part.max,
            },
            Node {
                margin: UiRect::top(px(6)),
                ..widget::row()
            },
        ))
        .with_children(|r| {
            r.spawn((
                Node {
                    width: px(200),
                    flex_shrink: 0.0,
                    ..default()
                },
                children![widget::label(part.part.label(lang))],
            ));
            r.spawn(widget::bar(frac, c));
            r.spawn(widget::label(format!(
                "{:.1} / {:.0}",
                part.points, part.max
            )));
        });
        for line in o
            .debrief
            .iter()
            .filter(|l| l.part == part.part)
            .skip(usize::from(part.part == Part::Outcome))
        {
            let text = match line.day {
                Some(day) => tr!(lang, "game-dated", day = day, text = line.text.as_str()),
                None => line.text.clone(),
            };
            let pts = if line.points != 0.0 {
                format!("{:+.1}  ", line.points)
            } else {
                String::new()
            };
            let c = if line.points > 0.0 {
                palette::TEXT
            } else if line.points < 0.0 {
                palette::BAD
            } else {
                palette::MUTED
            };
            col.spawn((
                Node {
                    margin: UiRect::left(px(16)),
                    ..default()
                },
                children![widget::text(format!("{pts}{text}"), size::SMALL, c)],
            ));
        }
    }
}
