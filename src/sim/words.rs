//! Words for the trainee: events and illegal actions described with the scenario's names, and a
//! small command language (`meet han_zong`, `tactic tech_proposal`) for the CLI and scripted tests.
//! They need only the scenario, so they are the scenario's (the game and `play` share them).

use enumset::EnumSet;

use super::{Action, Event, Illegal, Stance};
use crate::i18n::Lang;
use crate::scenario::compiled::CompiledCondition;
use crate::scenario::{Role, Scenario};
use crate::{msg, tr};

/// Why a line is not a command (`Scenario::parse_action`). The trainee sees the text (in their
/// language, `ParseError::message`) after `? `, from `play` and the game's autoplay.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("{}", self.message(Lang::En))]
    NoPerson,
    #[error("{}", self.message(Lang::En))]
    UnknownPerson(String),
    #[error("{}", self.message(Lang::En))]
    NoQuestion,
    #[error("{}", self.message(Lang::En))]
    UnknownQuestion(String),
    #[error("{}", self.message(Lang::En))]
    NoTactic,
    #[error("{}", self.message(Lang::En))]
    UnknownTactic(String),
    #[error("{}", self.message(Lang::En))]
    NoRole,
    #[error("{}", self.message(Lang::En))]
    UnknownRole(String),
    #[error("{}", self.message(Lang::En))]
    Stance,
    #[error("{}", self.message(Lang::En))]
    Days(String),
    #[error("{}", self.message(Lang::En))]
    UnknownCommand(String),
    #[error("{}", self.message(Lang::En))]
    Empty,
}

impl ParseError {
    /// Why the line is not a command, in a language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ParseError::NoPerson => tr!(lang, "parse-no-person"),
            ParseError::UnknownPerson(id) => tr!(lang, "parse-unknown-person", id = id),
            ParseError::NoQuestion => tr!(lang, "parse-no-question"),
            ParseError::UnknownQuestion(id) => tr!(lang, "parse-unknown-question", id = id),
            ParseError::NoTactic => tr!(lang, "parse-no-tactic"),
            ParseError::UnknownTactic(id) => tr!(lang, "parse-unknown-tactic", id = id),
            ParseError::NoRole => tr!(lang, "parse-no-role"),
            ParseError::UnknownRole(id) => tr!(lang, "parse-unknown-role", id = id),
            ParseError::Stance => tr!(lang, "parse-stance"),
            ParseError::Days(n) => tr!(lang, "parse-days", days = n),
            ParseError::UnknownCommand(c) => tr!(lang, "parse-unknown-command", command = c),
            ParseError::Empty => tr!(lang, "parse-empty"),
        }
    }
}

impl Scenario {
    fn person_name(&self, i: usize) -> String {
        self.data()
            .stakeholders
            .get(i)
            .map_or_else(|| tr!(self.lang(), "someone"), |s| s.name.clone())
    }

    /// A short label for an action, e.g. "Meet Xiao Huang".
    pub fn label(&self, a: &Action) -> String {
        let f = self.data();
        let lang = self.lang();
        match *a {
            Action::Meet(i) => tr!(lang, "action-meet", name = self.person_name(i)),
            Action::Ask(i, q) => tr!(
                lang,
                "action-ask",
                name = self.person_name(i),
                question = f.questions.get(q).map_or("?", |q| q.text.as_str())
            ),
            Action::AskConcerns(i) => tr!(lang, "action-ask-concerns", name = self.person_name(i)),
            Action::Tactic(t) => f.tactics.get(t).map_or("?".into(), |t| t.name.clone()),
            Action::MarkRole(i, r, true) => tr!(
                lang,
                "action-mark-role",
                name = self.person_name(i),
                role = r.label(lang)
            ),
            Action::MarkRole(i, r, false) => tr!(
                lang,
                "action-unmark-role",
                name = self.person_name(i),
                role = r.label(lang)
            ),
            Action::MarkStance(i, s) => tr!(
                lang,
                "action-mark-stance",
                name = self.person_name(i),
                stance = s.map_or_else(|| tr!(lang, "stance-unknown"), |s| s.label(lang))
            ),
            Action::Wait(n) => tr!(lang, "action-wait", days = n),
            Action::AwaitDecision => tr!(lang, "action-await-decision"),
        }
    }

    fn stage_name(&self, s: usize) -> &str {
        self.data().stages.get(s).map_or("?", |s| s.name.as_str())
    }

    fn tactic_name(&self, t: usize) -> &str {
        self.data().tactics.get(t).map_or("?", |t| t.name.as_str())
    }

    fn cond_text(&self, c: &CompiledCondition) -> String {
        let f = self.data();
        let lang = self.lang();
        match *c {
            CompiledCondition::Stage(s) => tr!(lang, "cond-stage", stage = self.stage_name(s)),
            CompiledCondition::Before(s) => tr!(lang, "cond-before", stage = self.stage_name(s)),
            CompiledCondition::From(s) => tr!(lang, "cond-from", stage = self.stage_name(s)),
            // Never the fact itself: that would hand the trainee the answer.
            CompiledCondition::Known(k) => match f.facts.get(k).map(|x| x.hint.as_str()) {
                Some(hint) if !hint.is_empty() => tr!(lang, "cond-known-hint", hint = hint),
                _ => tr!(lang, "cond-known"),
            },
            CompiledCondition::Met(p) => tr!(lang, "cond-met", name = self.person_name(p)),
            CompiledCondition::Relationship(p, n) => tr!(
                lang,
                "cond-relationship",
                name = self.person_name(p),
                at_least = n
            ),
            CompiledCondition::ConcernsAsked(p) => {
                tr!(lang, "cond-concerns-asked", name = self.person_name(p))
            }
            CompiledCondition::Used(t) => tr!(lang, "cond-used", tactic = self.tactic_name(t)),
            CompiledCondition::NotUsed(t) => {
                tr!(lang, "cond-not-used", tactic = self.tactic_name(t))
            }
        }
    }

    /// Why an action is not allowed, in the trainee's words.
    pub fn explain(&self, why: &Illegal) -> String {
        let f = self.data();
        let lang = self.lang();
        match why {
            Illegal::Finished => tr!(lang, "illegal-finished"),
            Illegal::NoSuchThing => tr!(lang, "illegal-no-such-thing"),
            Illegal::UnknownPerson(_) => tr!(lang, "illegal-unknown-person"),
            Illegal::NotMet(p) => tr!(lang, "cond-met", name = self.person_name(*p)),
            Illegal::NoQuestionsLeft(p) => {
                tr!(
                    lang,
                    "illegal-no-questions-left",
                    name = self.person_name(*p)
                )
            }
            Illegal::AlreadyAsked(..) => tr!(lang, "illegal-already-asked"),
            Illegal::NeedsIntroduction(p) => {
                tr!(
                    lang,
                    "illegal-needs-introduction",
                    name = self.person_name(*p)
                )
            }
            Illegal::NeedsFact(p, _) => {
                tr!(lang, "illegal-needs-fact", name = self.person_name(*p))
            }
            Illegal::WrongStage(list) => {
                let stages: Vec<String> = list
                    .iter()
                    .filter_map(|s| f.stages.get(*s))
                    .map(|s| tr!(lang, "quoted", text = s.name.as_str()))
                    .collect();
                tr!(
                    lang,
                    "illegal-wrong-stage",
                    stages = stages.join(&tr!(lang, "or-separator"))
                )
            }
            Illegal::NotEnoughDays { need, left } => tr!(
                lang,
                "illegal-not-enough-days",
                need = days_in(*need, lang),
                left = days_in(*left, lang)
            ),
            Illegal::NotEnoughBudget { need, left } => {
                let money = f.money();
                tr!(
                    lang,
                    "illegal-not-enough-budget",
                    need = money.format(f64::from(*need)),
                    left = money.format(f64::from(*left))
                )
            }
            Illegal::AlreadyUsed(_) => tr!(lang, "illegal-already-used"),
            Illegal::Requires(c) => self.cond_text(c),
            Illegal::ZeroWait => tr!(lang, "illegal-zero-wait"),
            Illegal::EitherOf(list) => {
                let each: Vec<String> = list.iter().map(|w| self.explain(w)).collect();
                each.join(&tr!(lang, "or-separator"))
            }
        }
    }

    /// One line for the event log.
    #[expect(
        clippy::too_many_lines,
        reason = "one arm per event kind, each a line of the event log"
    )]
    pub fn describe(&self, e: &Event) -> String {
        let f = self.data();
        let lang = self.lang();
        let vendor = |v: usize| f.vendors.get(v).map_or("?", |v| v.name.as_str());
        let name = |p: usize| self.person_name(p);
        let concern = |c: usize| f.concerns.get(c).map_or("?", |c| c.name.as_str());
        let tactic = |t: usize| self.tactic_name(t);
        let stage = |s: usize| self.stage_name(s);
        let money = |x| f.money().format(x);
        match e {
            Event::Met {
                person,
                first: true,
            } => tr!(lang, "event-met-first", name = name(*person)),
            Event::Met { person, .. } => tr!(lang, "event-met-again", name = name(*person)),
            Event::NotTrusted { person } => tr!(lang, "event-not-trusted", name = name(*person)),
            Event::Learned { fact } => tr!(
                lang,
                "event-learned",
                fact = f.facts.get(*fact).map_or("?", |x| x.text.as_str())
            ),
            Event::ConcernLearned {
                person,
                concern: c,
                weight,
            } => tr!(
                lang,
                "event-concern-learned",
                name = name(*person),
                concern = concern(*c),
                priority = weight_word(*weight, lang)
            ),
            Event::RolesLearned { person, roles } => tr!(
                lang,
                "event-roles-learned",
                name = name(*person),
                roles = roles_text(*roles, lang)
            ),
            Event::StanceLearned { person } => {
                tr!(lang, "event-stance-learned", name = name(*person))
            }
            Event::PersonDiscovered { person } => tr!(
                lang,
                "event-person-discovered",
                name = name(*person),
                title = f.stakeholders.get(*person).map_or("", |s| s.title.as_str())
            ),
            Event::NoAnswer { person, .. } => tr!(lang, "event-no-answer", name = name(*person)),
            Event::NothingNew { person } => tr!(lang, "event-nothing-new", name = name(*person)),
            Event::Guarded { person } => tr!(lang, "event-guarded", name = name(*person)),
            Event::TacticSucceeded { tactic: t } => {
                tr!(lang, "event-tactic-succeeded", tactic = tactic(*t))
            }
            Event::TacticFailed { tactic: t } => {
                tr!(lang, "event-tactic-failed", tactic = tactic(*t))
            }
            Event::Caught { tactic: t } => tr!(lang, "event-caught", tactic = tactic(*t)),
            Event::RelationshipChanged {
                person,
                vendor: v,
                delta,
                now,
            } => {
                let id = if *delta >= 0 {
                    msg!(
                        "event-relationship-rose",
                        name = name(*person),
                        vendor = vendor(*v),
                        by = delta.abs(),
                        now = *now
                    )
                } else {
                    msg!(
                        "event-relationship-fell",
                        name = name(*person),
                        vendor = vendor(*v),
                        by = delta.abs(),
                        now = *now
                    )
                };
                id.render(lang)
            }
            Event::ScoreChanged {
                vendor: v,
                concern: c,
                now,
            } => tr!(
                lang,
                "event-score-changed",
                vendor = vendor(*v),
                now = format!("{now:.1}"),
                concern = concern(*c)
            ),
            Event::PriceChanged { vendor: v, price } => tr!(
                lang,
                "event-price-changed",
                vendor = vendor(*v),
                price = money(*price)
            ),
            Event::PriceAtFloor { price } => {
                tr!(lang, "event-price-at-floor", price = money(*price))
            }
            Event::PriceAnswered { vendor: v, price } => tr!(
                lang,
                "event-price-answered",
                vendor = vendor(*v),
                price = money(*price)
            ),
            Event::BudgetRaised { amount } => {
                tr!(lang, "event-budget-raised", amount = money(*amount))
            }
            Event::Dropped { stage: s } => tr!(lang, "event-dropped", stage = stage(*s)),
            Event::NotYet { person } => tr!(lang, "event-not-yet", name = name(*person)),
            Event::StageMissed { person, stage: s } => tr!(
                lang,
                "event-stage-missed",
                stage = stage(*s),
                name = name(*person)
            ),
            Event::Disqualified { vendor: v } => {
                tr!(lang, "event-disqualified", vendor = vendor(*v))
            }
            Event::RivalMove { index } => {
                let m = f.competitor_moves.get(*index);
                tr!(
                    lang,
                    "event-rival-move",
                    vendor = m.map_or("?", |m| vendor(self.vendor(&m.vendor).unwrap_or(0))),
                    text = m.map_or("", |m| m.text.as_str())
                )
            }
            Event::RivalMoveBlocked { index } => tr!(
                lang,
                "event-rival-move-blocked",
                text = f
                    .competitor_moves
                    .get(*index)
                    .map_or("", |m| m.text.as_str())
            ),
            Event::PowerMapUpdated { person } => {
                tr!(lang, "event-power-map-updated", name = name(*person))
            }
            Event::DayPassed { day } => tr!(lang, "event-day", day = *day),
            Event::StageEntered { stage: s } => {
                tr!(lang, "event-stage-entered", stage = stage(*s))
            }
            Event::Decided { .. } => tr!(lang, "event-decided"),
        }
    }

    /// Parses a command such as `meet wang`, `ask wang budget`, `needs wang`, `tactic gift`,
    /// `role wang decision_maker`, `unrole wang coach`, `stance wang supporter`, `wait 2`,
    /// `decide`.
    pub fn parse_action(&self, line: &str) -> Result<Action, ParseError> {
        let sc = self;
        let words: Vec<&str> = line.split_whitespace().collect();
        let word = |i: usize, missing: ParseError| words.get(i).copied().ok_or(missing);
        let person = || -> Result<usize, ParseError> {
            let id = word(1, ParseError::NoPerson)?;
            sc.stakeholder(id)
                .ok_or_else(|| ParseError::UnknownPerson(id.to_string()))
        };
        match words.first().copied() {
            Some("meet") => Ok(Action::Meet(person()?)),
            Some("needs") => Ok(Action::AskConcerns(person()?)),
            Some("ask") => {
                let p = person()?;
                let q = word(2, ParseError::NoQuestion)?;
                let q = sc
                    .question(q)
                    .ok_or_else(|| ParseError::UnknownQuestion(q.to_string()))?;
                Ok(Action::Ask(p, q))
            }
            Some("tactic") => {
                let t = word(1, ParseError::NoTactic)?;
                let t = sc
                    .tactic(t)
                    .ok_or_else(|| ParseError::UnknownTactic(t.to_string()))?;
                Ok(Action::Tactic(t))
            }
            Some(verb @ ("role" | "unrole")) => {
                let p = person()?;
                let r = word(2, ParseError::NoRole)?;
                let role = parse_role(r).ok_or_else(|| ParseError::UnknownRole(r.to_string()))?;
                Ok(Action::MarkRole(p, role, verb == "role"))
            }
            Some("stance") => {
                let p = person()?;
                let s = match words.get(2).copied() {
                    Some("supporter") => Some(Stance::Supporter),
                    Some("neutral") => Some(Stance::Neutral),
                    Some("opponent") => Some(Stance::Opponent),
                    Some("unknown") => None,
                    _ => return Err(ParseError::Stance),
                };
                Ok(Action::MarkStance(p, s))
            }
            Some("wait") => {
                let n = words.get(1).map_or(Ok(1), |n| {
                    n.parse::<u32>()
                        .map_err(|_| ParseError::Days(n.to_string()))
                })?;
                Ok(Action::Wait(n))
            }
            Some("decide") => Ok(Action::AwaitDecision),
            Some(other) => Err(ParseError::UnknownCommand(other.to_string())),
            None => Err(ParseError::Empty),
        }
    }

    /// The command text for an action (the inverse of `parse_action`).
    pub fn command(&self, a: &Action) -> String {
        let f = self.data();
        let p = |i: usize| f.stakeholders.get(i).map_or("?", |s| s.id.as_str());
        match *a {
            Action::Meet(i) => format!("meet {}", p(i)),
            Action::Ask(i, q) => format!(
                "ask {} {}",
                p(i),
                f.questions.get(q).map_or("?", |q| q.id.as_str())
            ),
            Action::AskConcerns(i) => format!("needs {}", p(i)),
            Action::Tactic(t) => {
                format!("tactic {}", f.tactics.get(t).map_or("?", |t| t.id.as_str()))
            }
            Action::MarkRole(i, r, on) => format!(
                "{} {} {}",
                if on { "role" } else { "unrole" },
                p(i),
                role_id(r)
            ),
            Action::MarkStance(i, s) => {
                format!("stance {} {}", p(i), s.map_or("unknown", Stance::id))
            }
            Action::Wait(n) => format!("wait {n}"),
            Action::AwaitDecision => "decide".into(),
        }
    }
}

/// How much a concern weighs, in words: "high priority".
pub fn weight_word(w: f32, lang: Lang) -> String {
    if w >= 7.0 {
        tr!(lang, "priority-high")
    } else if w >= 4.0 {
        tr!(lang, "priority-medium")
    } else {
        tr!(lang, "priority-low")
    }
}

pub fn role_id(r: Role) -> &'static str {
    r.id()
}

/// Roles in words: "decision maker and user buyer", or "no buying role".
pub fn roles_text(roles: EnumSet<Role>, lang: Lang) -> String {
    let names: Vec<String> = roles.iter().map(|r| r.label(lang)).collect();
    if names.is_empty() {
        tr!(lang, "roles-none")
    } else {
        names.join(&tr!(lang, "and-separator"))
    }
}

/// A number of days in words: "1 day", "3 days".
pub fn days_in(n: u32, lang: Lang) -> String {
    tr!(lang, "days", days = n)
}

pub fn parse_role(s: &str) -> Option<Role> {
    s.parse().ok()
}
