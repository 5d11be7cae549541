//! The deal engine: all mutable game state and every rule. Deterministic: one ChaCha8 generator,
//! seeded by the deal, is the only source of chance. No Bevy here.

mod conversation;
mod deal;
mod decide;
mod map;
mod progress;
mod score;
mod view;
mod views;
mod why;
mod words;

pub use conversation::{Speaker, TalkLine};
pub use deal::{Belief, Deal, Logged, PersonView};
pub use map::Influence;
pub use progress::{Progress, StepProgress};
pub use score::{Claim, DebriefLine, Outcome, Part, Score, ScorePart, Verdict, Vote};
pub use view::PlayerView;
pub use why::{PieceKind, VotePiece, WhyVote};
pub use words::{ParseError, days_in, parse_role, role_id, roles_text, weight_word};

use enumset::EnumSet;
use serde::{Deserialize, Serialize};

use crate::scenario::Role;
use crate::scenario::compiled::{CompiledCondition, Ix};

/// What the trainee does. People, questions and tactics are indices into the scenario's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    /// Meet a person (costs `pace.meeting_days`; opens room for questions).
    Meet(Ix),
    /// Ask a met person one of the scenario's questions.
    Ask(Ix, Ix),
    /// Ask a met person what matters most to them.
    AskConcerns(Ix),
    /// Use a tactic.
    Tactic(Ix),
    /// Power map: mark (true) or unmark (false) a role you believe the person holds. Free.
    MarkRole(Ix, Role, bool),
    /// Power map: the stance you believe the person takes, or none. Free.
    MarkStance(Ix, Option<Stance>),
    /// Let days pass.
    Wait(u32),
    /// Let the calendar run to the decision.
    AwaitDecision,
}

impl Action {
    /// Power-map edits change beliefs, not the deal: they cost nothing and are always allowed.
    pub fn is_power_map(&self) -> bool {
        matches!(self, Action::MarkRole(..) | Action::MarkStance(..))
    }
}

/// A person's stance toward the trainee's offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    Supporter,
    Neutral,
    Opponent,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Supporter, Stance::Neutral, Stance::Opponent];
    /// The id typed in commands (`stance wang supporter`), the same in every language.
    pub fn id(self) -> &'static str {
        match self {
            Stance::Supporter => "supporter",
            Stance::Neutral => "neutral",
            Stance::Opponent => "opponent",
        }
    }
    /// The stance in words: "supporter", "支持者".
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        match self {
            Stance::Supporter => crate::tr!(lang, "stance-supporter"),
            Stance::Neutral => crate::tr!(lang, "stance-neutral"),
            Stance::Opponent => crate::tr!(lang, "stance-opponent"),
        }
    }
    /// The label with its article, for sentences: "a supporter", "neutral", "an opponent".
    pub fn phrase(self, lang: crate::i18n::Lang) -> String {
        match self {
            Stance::Supporter => crate::tr!(lang, "stance-phrase-supporter"),
            Stance::Neutral => crate::tr!(lang, "stance-phrase-neutral"),
            Stance::Opponent => crate::tr!(lang, "stance-phrase-opponent"),
        }
    }
}

/// Why an action cannot be taken now. `Deal::explain` words it for the trainee.
#[derive(Debug, Clone, PartialEq)]
pub enum Illegal {
    Finished,
    NoSuchThing,
    UnknownPerson(Ix),
    NotMet(Ix),
    NoQuestionsLeft(Ix),
    AlreadyAsked(Ix, Ix),
    NeedsIntroduction(Ix),
    /// The person needs a reason to see you: a fact you have not found.
    NeedsFact(Ix, Ix),
    WrongStage(Vec<Ix>),
    NotEnoughDays {
        need: u32,
        left: u32,
    },
    NotEnoughBudget {
        need: u32,
        left: u32,
    },
    AlreadyUsed(Ix),
    Requires(CompiledCondition),
    ZeroWait,
    /// None of a person's alternative access rules (`AnyOf`) holds yet: why not, for each.
    EitherOf(Vec<Illegal>),
}

/// What happened, in order. `Deal::describe` words each for the event log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Event {
    Met {
        person: Ix,
        first: bool,
    },
    /// The person holds back what they know until they trust you more (a `Trusted` source).
    NotTrusted {
        person: Ix,
    },
    Learned {
        fact: Ix,
    },
    ConcernLearned {
        person: Ix,
        concern: Ix,
        weight: f32,
    },
    RolesLearned {
        person: Ix,
        /// The person's true roles.
        roles: EnumSet<Role>,
    },
    StanceLearned {
        person: Ix,
    },
    PersonDiscovered {
        person: Ix,
    },
    NoAnswer {
        person: Ix,
        question: Ix,
    },
    Guarded {
        person: Ix,
    },
    NothingNew {
        person: Ix,
    },
    TacticSucceeded {
        tactic: Ix,
    },
    TacticFailed {
        tactic: Ix,
    },
    Caught {
        tactic: Ix,
    },
    RelationshipChanged {
        person: Ix,
        vendor: Ix,
        delta: i32,
        now: i32,
    },
    ScoreChanged {
        vendor: Ix,
        concern: Ix,
        now: f32,
    },
    PriceChanged {
        vendor: Ix,
        price: f64,
    },
    PriceAtFloor {
        price: f64,
    },
    /// A rival answered our price cut with its own.
    PriceAnswered {
        vendor: Ix,
        price: f64,
    },
    /// The buyer's budget rose.
    BudgetRaised {
        amount: f64,
    },
    /// A gate stage ended and nobody there had worked with the trainee: the bid is out.
    Dropped {
        stage: Ix,
    },
    /// The person's stage has not begun: the meeting earned no rapport.
    NotYet {
        person: Ix,
    },
    /// A stage ended before the trainee engaged this person during it.
    StageMissed {
        person: Ix,
        stage: Ix,
    },
    Disqualified {
        vendor: Ix,
    },
    RivalMove {
        index: Ix,
    },
    RivalMoveBlocked {
        index: Ix,
    },
    PowerMapUpdated {
        person: Ix,
    },
    DayPassed {
        day: u32,
    },
    StageEntered {
        stage: Ix,
    },
    Decided {
        verdict: Verdict,
    },
}
