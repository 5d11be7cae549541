//! Words for the trainee: events and illegal actions described with the scenario's names, and a
//! small command language (`meet han_zong`, `tactic tech_proposal`) for the CLI and scripted tests.
//! They need only the scenario, so they are the scenario's (the game and `play` share them).

use enumset::EnumSet;

use super::{Action, Event, Illegal, Stance};
use crate::scenario::compiled::CompiledCondition;
use crate::scenario::money::days;
use crate::scenario::{Role, Scenario};

/// Why a line is not a command (`Scenario::parse_action`). The texts are shown to the trainee
/// as they are, by `play` and the game's autoplay, after `? `.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("name a person by id")]
    NoPerson,
    #[error("no person with id \"{0}\"")]
    UnknownPerson(String),
    #[error("name a question by id")]
    NoQuestion,
    #[error("no question with id \"{0}\"")]
    UnknownQuestion(String),
    #[error("name a tactic by id")]
    NoTactic,
    #[error("no tactic with id \"{0}\"")]
    UnknownTactic(String),
    #[error("name a role, e.g. decision_maker")]
    NoRole,
    #[error(
        "no role \"{0}\"; roles: decision_maker, economic_buyer, technical_buyer, user_buyer, \
         approver, coach, gatekeeper, influencer"
    )]
    UnknownRole(String),
    #[error("stance is supporter, neutral, opponent or unknown")]
    Stance,
    #[error("\"{0}\" is not a number of days")]
    Days(String),
    #[error(
        "unknown command \"{0}\"; try meet, ask, needs, tactic, role, unrole, stance, wait, \
         decide"
    )]
    UnknownCommand(String),
    #[error("empty command")]
    Empty,
}

impl Scenario {
    fn person_name(&self, i: usize) -> &str {
        self.data()
            .stakeholders
            .get(i)
            .map_or("someone", |s| s.name.as_str())
    }

    /// A short label for an action, e.g. "Meet Xiao Huang".
    pub fn label(&self, a: &Action) -> String {
        let f = self.data();
        match *a {
            Action::Meet(i) => format!("Meet {}", self.person_name(i)),
            Action::Ask(i, q) => format!(
                "Ask {}: {}",
                self.person_name(i),
                f.questions.get(q).map_or("?", |q| q.text.as_str())
            ),
            Action::AskConcerns(i) => {
                format!("Ask {} what matters most to them", self.person_name(i))
            }
            Action::Tactic(t) => f.tactics.get(t).map_or("?".into(), |t| t.name.clone()),
            Action::MarkRole(i, r, on) => format!(
                "{} {} as {}",
                if on { "Mark" } else { "Unmark" },
                self.person_name(i),
                r.label(crate::i18n::Lang::En)
            ),
            Action::MarkStance(i, s) => format!(
                "Mark {} as {}",
                self.person_name(i),
                s.map_or("unknown".to_string(), |s| s.label(crate::i18n::Lang::En))
            ),
            Action::Wait(1) => "Wait a day".into(),
            Action::Wait(n) => format!("Wait {n} days"),
            Action::AwaitDecision => "Wait for the decision".into(),
        }
    }

    fn cond_text(&self, c: &CompiledCondition) -> String {
        let f = self.data();
        let stage = |s: usize| f.stages.get(s).map_or("?", |s| s.name.as_str());
        let tactic = |t: usize| f.tactics.get(t).map_or("?", |t| t.name.as_str());
        match *c {
            CompiledCondition::Stage(s) => format!("only during \"{}\"", stage(s)),
            CompiledCondition::Before(s) => format!("only before \"{}\"", stage(s)),
            CompiledCondition::From(s) => format!("only from \"{}\" on", stage(s)),
            // Never the fact itself: that would hand the trainee the answer.
            CompiledCondition::Known(k) => match f.facts.get(k).map(|x| x.hint.as_str()) {
                Some(hint) if !hint.is_empty() => format!("you need to find out first: {hint}"),
                _ => "needs something you have not found out yet".to_string(),
            },
            CompiledCondition::Met(p) => format!("meet {} first", self.person_name(p)),
            CompiledCondition::Relationship(p, n) => {
                format!("needs a relationship of {n} with {}", self.person_name(p))
            }
            CompiledCondition::Used(t) => format!("use \"{}\" first", tactic(t)),
            CompiledCondition::NotUsed(t) => format!("not after \"{}\"", tactic(t)),
        }
    }

    /// Why an action is not allowed, in the trainee's words.
    pub fn explain(&self, why: &Illegal) -> String {
        let f = self.data();
        match why {
            Illegal::Finished => "the deal is over".into(),
            Illegal::NoSuchThing => "no such action in this deal".into(),
            Illegal::UnknownPerson(_) => "you do not know of this person yet".into(),
            Illegal::NotMet(p) => format!("meet {} first", self.person_name(*p)),
            Illegal::NoQuestionsLeft(p) => format!(
                "no time left for questions: meet {} again",
                self.person_name(*p)
            ),
            Illegal::AlreadyAsked(..) => "you already asked that".into(),
            Illegal::NeedsIntroduction(p) => {
                format!("needs an introduction by {}", self.person_name(*p))
            }
            Illegal::NeedsFact(p, _) => format!(
                "{} will not see you without a reason: find one first",
                self.person_name(*p)
            ),
            Illegal::WrongStage(list) => format!(
                "only during {}",
                list.iter()
                    .filter_map(|s| f.stages.get(*s))
                    .map(|s| format!("\"{}\"", s.name))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
            Illegal::NotEnoughDays { need, left } => {
                format!(
                    "takes {}, only {} left before the decision",
                    days(*need),
                    days(*left)
                )
            }
            Illegal::NotEnoughBudget { need, left } => {
                let money = f.money();
                format!(
                    "costs {}, only {} left in the budget",
                    money.format(f64::from(*need)),
                    money.format(f64::from(*left))
                )
            }
            Illegal::AlreadyUsed(_) => "already done".into(),
            Illegal::Requires(c) => self.cond_text(c),
            Illegal::ZeroWait => "waiting zero days does nothing".into(),
        }
    }

    /// One line for the event log.
    pub fn describe(&self, e: &Event) -> String {
        let f = self.data();
        let vendor = |v: usize| f.vendors.get(v).map_or("?", |v| v.name.as_str());
        let name = |p: usize| self.person_name(p);
        let concern = |c: usize| f.concerns.get(c).map_or("?", |c| c.name.as_str());
        let tactic = |t: usize| f.tactics.get(t).map_or("?", |t| t.name.as_str());
        let stage = |s: usize| f.stages.get(s).map_or("?", |s| s.name.as_str());
        let money = |x| f.money().format(x);
        match e {
            Event::Met {
                person,
                first: true,
            } => format!("You met {} for the first time.", name(*person)),
            Event::Met { person, .. } => format!("You met {} again.", name(*person)),
            Event::Learned { fact } => format!(
                "Learned: {}",
                f.facts.get(*fact).map_or("?", |x| x.text.as_str())
            ),
            Event::ConcernLearned {
                person,
                concern: c,
                weight,
            } => format!(
                "{} cares about {} ({}).",
                name(*person),
                concern(*c),
                weight_word(*weight)
            ),
            Event::RolesLearned { person, roles } => format!(
                "You now know {}'s role in the purchase: {}.",
                name(*person),
                roles_text(*roles)
            ),
            Event::StanceLearned { person } => {
                format!("You now know where {} stands.", name(*person))
            }
            Event::PersonDiscovered { person } => format!(
                "New person on the map: {}, {}.",
                name(*person),
                f.stakeholders.get(*person).map_or("", |s| s.title.as_str())
            ),
            Event::NoAnswer { person, .. } => {
                format!("{} has nothing to tell you about that.", name(*person))
            }
            Event::NothingNew { person } => {
                format!("{} tells you nothing you did not know.", name(*person))
            }
            Event::Guarded { person } => {
                format!("{} keeps their priorities to themself.", name(*person))
            }
            Event::TacticSucceeded { tactic: t } => format!("\"{}\" worked.", tactic(*t)),
            Event::TacticFailed { tactic: t } => format!("\"{}\" did not work out.", tactic(*t)),
            Event::Caught { tactic: t } => format!(
                "The buyer's compliance office found out about \"{}\".",
                tactic(*t)
            ),
            Event::RelationshipChanged {
                person,
                vendor: v,
                delta,
                now,
            } => format!(
                "{}'s relationship with {} {} by {} (now {now}).",
                name(*person),
                vendor(*v),
                if *delta >= 0 { "rose" } else { "fell" },
                delta.abs()
            ),
            Event::ScoreChanged {
                vendor: v,
                concern: c,
                now,
            } => format!(
                "{}'s offer now scores {now:.1} on {}.",
                vendor(*v),
                concern(*c)
            ),
            Event::PriceChanged { vendor: v, price } => {
                format!("{}'s price is now {}.", vendor(*v), money(*price))
            }
            Event::PriceAtFloor { price } => {
                format!("You cannot go below your floor price of {}.", money(*price))
            }
            Event::PriceAnswered { vendor: v, price } => format!(
                "{} answered your price cut with its own: its price is now {}.",
                vendor(*v),
                money(*price)
            ),
            Event::BudgetRaised { amount } => {
                format!("The buyer's budget rose by {}.", money(*amount))
            }
            Event::Dropped { stage: s } => format!(
                "\"{}\" ended and nobody there had worked with you during it: your bid was \
                 dropped.",
                stage(*s)
            ),
            Event::NotYet { person } => format!(
                "{} is not ready to talk business yet: their part of the purchase comes later.",
                name(*person)
            ),
            Event::StageMissed { person, stage: s } => format!(
                "\"{}\" ended before you worked with {} during it: they made up their mind \
                 without you.",
                stage(*s),
                name(*person)
            ),
            Event::Disqualified { vendor: v } => {
                format!("{} has been excluded from the tender.", vendor(*v))
            }
            Event::RivalMove { index } => {
                let m = f.competitor_moves.get(*index);
                format!(
                    "{} {}",
                    m.map_or("?", |m| vendor(self.vendor(&m.vendor).unwrap_or(0))),
                    m.map_or("", |m| m.text.as_str())
                )
            }
            Event::RivalMoveBlocked { index } => format!(
                "A rival move came to nothing because of what you did first: {}",
                f.competitor_moves
                    .get(*index)
                    .map_or("", |m| m.text.as_str())
            ),
            Event::PowerMapUpdated { person } => {
                format!("Power map updated for {}.", name(*person))
            }
            Event::DayPassed { day } => format!("Day {day}."),
            Event::StageEntered { stage: s } => {
                format!("The buyer moves to a new stage: {}.", stage(*s))
            }
            Event::Decided { .. } => "The buyer has decided.".into(),
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

pub fn weight_word(w: f32) -> &'static str {
    if w >= 7.0 {
        "high priority"
    } else if w >= 4.0 {
        "medium priority"
    } else {
        "low priority"
    }
}

pub fn role_id(r: Role) -> &'static str {
    r.id()
}

/// Roles in words: "decision maker and user buyer", or "no buying role".
pub fn roles_text(roles: EnumSet<Role>) -> String {
    let names: Vec<String> = roles
        .iter()
        .map(|r| r.label(crate::i18n::Lang::En))
        .collect();
    if names.is_empty() {
        "no buying role".into()
    } else {
        names.join(" and ")
    }
}

pub fn parse_role(s: &str) -> Option<Role> {
    s.parse().ok()
}
