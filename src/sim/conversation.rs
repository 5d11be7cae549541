//! Meetings as conversations: an action and its events as lines of talk. What you say, what the
//! person answers in their own voice (the scenario's `says`; a fact without words is read as
//! "you learn"), and what happens around it, so the game, `play` and records word a meeting alike.

use super::deal::Deal;
use super::{Action, Event, Stance};
use crate::scenario::compiled::Ix;
use crate::tr;

/// Who speaks a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// The trainee, the salesperson.
    You,
    Person(Ix),
    /// What happens: time passing, news, what you learn.
    Narrator,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TalkLine {
    pub speaker: Speaker,
    pub text: String,
}

impl TalkLine {
    fn new(speaker: Speaker, text: impl Into<String>) -> TalkLine {
        TalkLine {
            speaker,
            text: text.into(),
        }
    }
}

impl Deal {
    /// The person an action talks with, if it is a conversation (a meeting or a question).
    pub fn conversation_partner(action: &Action) -> Option<Ix> {
        match *action {
            Action::Meet(i) | Action::Ask(i, _) | Action::AskConcerns(i) => Some(i),
            _ => None,
        }
    }

    /// What a person says as you meet them, by where they stand toward you now (`says` on the
    /// stakeholder); `None` when the scenario gives no words for that stance.
    pub fn greeting(&self, person: Ix) -> Option<&str> {
        let words = &self.scenario().data().stakeholders.get(person)?.says;
        let line = match self.stance_of(person) {
            Stance::Supporter => &words.supporter,
            Stance::Neutral => &words.neutral,
            Stance::Opponent => &words.opponent,
        };
        (!line.trim().is_empty()).then_some(line.as_str())
    }

    /// Who speaks for a tactic: its target person, or the first person of its target department.
    fn tactic_speaker(&self, tactic: Ix) -> Option<Ix> {
        let f = self.scenario().data();
        match f.tactics.get(tactic)?.target.as_ref()? {
            crate::scenario::Who::Person(id) => self.scenario().stakeholder(id),
            crate::scenario::Who::Department(_) => self.scenario().compiled().tactics[tactic]
                .target
                .first()
                .copied(),
            crate::scenario::Who::Everyone => None,
        }
    }

    /// What the salesperson said or did to open an exchange: the question asked, the ask for
    /// what matters, the tactic used.
    fn what_you_said(&self, action: &Action) -> Vec<TalkLine> {
        let f = self.scenario().data();
        let lang = self.scenario().lang();
        let line = match *action {
            Action::Ask(_, q) => f
                .questions
                .get(q)
                .map(|q| TalkLine::new(Speaker::You, q.text.clone())),
            Action::AskConcerns(_) => {
                Some(TalkLine::new(Speaker::You, tr!(lang, "talk-ask-concerns")))
            }
            Action::Tactic(t) => f.tactics.get(t).map(|t| {
                TalkLine::new(
                    Speaker::Narrator,
                    tr!(lang, "talk-you-tactic", tactic = t.name.as_str()),
                )
            }),
            _ => None,
        };
        line.into_iter().collect()
    }

    /// An applied action and its events as lines of talk, in order.
    pub fn conversation(&self, action: &Action, events: &[Event]) -> Vec<TalkLine> {
        let f = self.scenario().data();
        let partner = Self::conversation_partner(action);
        let lang = self.scenario().lang();
        let mut out = self.what_you_said(action);
        for e in events {
            match e {
                Event::Met { person, first } => {
                    let name = f.stakeholders[*person].name.as_str();
                    out.push(TalkLine::new(
                        Speaker::Narrator,
                        if *first {
                            tr!(lang, "talk-meet-first", name = name)
                        } else {
                            tr!(lang, "talk-meet-again", name = name)
                        },
                    ));
                    if let Some(words) = self.greeting(*person) {
                        out.push(TalkLine::new(Speaker::Person(*person), words));
                    }
                }
                Event::Learned { fact } => {
                    let Some(x) = f.facts.get(*fact) else {
                        continue;
                    };
                    let told_by = partner.filter(|&p| {
                        let id = &f.stakeholders[p].id;
                        x.sources.iter().any(|s| s.teller() == Some(id))
                    });
                    match told_by {
                        Some(p) if !x.says.trim().is_empty() => {
                            out.push(TalkLine::new(Speaker::Person(p), x.says.clone()));
                            out.push(TalkLine::new(
                                Speaker::Narrator,
                                tr!(lang, "talk-noted", fact = x.text.as_str()),
                            ));
                        }
                        _ => out.push(TalkLine::new(
                            Speaker::Narrator,
                            tr!(lang, "talk-you-learn", fact = x.text.as_str()),
                        )),
                    }
                }
                Event::ConcernLearned {
                    person, concern, ..
                } if partner == Some(*person) && matches!(action, Action::AskConcerns(_)) => {
                    let name = f.concerns.get(*concern).map_or("?", |c| c.name.as_str());
                    out.push(TalkLine::new(
                        Speaker::Person(*person),
                        tr!(lang, "talk-concern-matters", concern = name),
                    ));
                    out.push(TalkLine::new(
                        Speaker::Narrator,
                        self.scenario().describe(e),
                    ));
                }
                Event::NotTrusted { person } => {
                    out.push(TalkLine::new(
                        Speaker::Person(*person),
                        tr!(lang, "talk-not-trusted"),
                    ));
                    out.push(TalkLine::new(
                        Speaker::Narrator,
                        self.scenario().describe(e),
                    ));
                }
                Event::NoAnswer { person, .. } => out.push(TalkLine::new(
                    Speaker::Person(*person),
                    tr!(lang, "talk-no-answer"),
                )),
                Event::NothingNew { person } => out.push(TalkLine::new(
                    Speaker::Person(*person),
                    tr!(lang, "talk-nothing-new"),
                )),
                Event::Guarded { person } => out.push(TalkLine::new(
                    Speaker::Person(*person),
                    tr!(lang, "talk-guarded"),
                )),
                Event::TacticSucceeded { tactic } => {
                    out.push(TalkLine::new(
                        Speaker::Narrator,
                        self.scenario().describe(e),
                    ));
                    let says = f.tactics.get(*tactic).map_or("", |t| t.says.trim());
                    if let Some(p) = self.tactic_speaker(*tactic)
                        && !says.is_empty()
                    {
                        out.push(TalkLine::new(Speaker::Person(p), says));
                    }
                }
                Event::RivalMove { .. } => {
                    out.push(TalkLine::new(
                        Speaker::Narrator,
                        tr!(lang, "talk-news", news = self.scenario().describe(e)),
                    ));
                }
                Event::DayPassed { .. } | Event::PowerMapUpdated { .. } => {}
                _ => out.push(TalkLine::new(
                    Speaker::Narrator,
                    self.scenario().describe(e),
                )),
            }
        }
        out
    }
}
