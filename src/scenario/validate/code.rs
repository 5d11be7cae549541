//! The stable name of each kind of problem a scenario file can have, and how to fix it.
//! `docs/scenario-format.md` lists them all (a test keeps the table in step with this enum), and
//! every code has a broken file in `tests/broken/` that shows it.

use serde::Serialize;

/// What kind of problem a diagnostic reports. Its text (`dangling-id`) is what editors, CI and
/// the JSON output see; the variant order is the order of the table in the docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Code {
    // Reading and parsing the file.
    Unreadable,
    NotUtf8,
    Syntax,
    UnknownField,
    UnknownVariant,
    MissingField,
    DuplicateField,
    DuplicateKey,
    WrongType,
    // Ids and numbers.
    EmptyId,
    BadId,
    DuplicateId,
    DanglingId,
    OutOfRange,
    BadRange,
    ZeroScoring,
    EmptyList,
    // The calendar.
    StageOrder,
    FollowUpBeforeDecision,
    StageAfterFollowUp,
    StageAfterDecision,
    TooManyStages,
    NoDealStage,
    CalendarGap,
    NoTime,
    // Vendors.
    NoSeller,
    TwoSellers,
    NoRival,
    CourtsByUs,
    ComputedConcern,
    MissingScore,
    // People.
    NoConcerns,
    RivalIsUs,
    SelfIntroduction,
    SelfInfluence,
    InfluenceOverOne,
    // Facts and questions.
    TwoAnswers,
    ConcernNotHeld,
    UnusedQuestion,
    // Tactics and competitor moves.
    RiskWithoutConsequence,
    RetryAndRepeatable,
    NoEffect,
    NoBudgetConcern,
    MoveByUs,
    MoveAfterDecision,
    BudgetByRival,
    // Variations, the decision body, expectations, stage gates, departments.
    ZeroWeights,
    NoVoters,
    NoDecisionMaker,
    RequireAvoided,
    DuplicateStep,
    GateWithoutPeople,
    GateAfterDecision,
    EmptyDepartment,
    // Whether the deal can be played.
    UnreachableStakeholder,
    UnrevealedFact,
    ImpossibleTactic,
    // Spoken lines.
    SaysNobody,
    SaysBlank,
}

impl Code {
    /// The code as editors and the JSON output see it, e.g. `dangling-id`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// How to fix the problem, in one line (the table in `docs/scenario-format.md`).
    pub fn fix(self) -> &'static str {
        use Code::*;
        match self {
            Unreadable => "Give the path of a readable `.ron` file (or a folder of them).",
            NotUtf8 => "Save the file as UTF-8 text in your editor.",
            Syntax => "Check the brackets, commas and quotes near the place shown.",
            UnknownField => "Fix the field's spelling; the message lists the fields allowed here.",
            UnknownVariant => "Use one of the names the message lists (roles, measures, ...).",
            MissingField => "Add the required field named in the message.",
            DuplicateField => "Keep one of the two copies of the field.",
            DuplicateKey => "Keep one of the two entries of the key in the map.",
            WrongType => "Write the kind of value the field takes (number, text, list, ...).",
            EmptyId => "Give it a short readable id like `\"finance_head\"`.",
            BadId => "Write the id as one word of letters, digits, `_`, `-` or `.`.",
            DuplicateId => "Rename one of the two things that share the id.",
            DanglingId => {
                "Use an id that exists (the help names the closest), or add what it names."
            }
            OutOfRange => "Use a value inside the range the message gives.",
            BadRange => "Write a weight range low end first: `(2, 6)`.",
            ZeroScoring => "Give the score parts points, or remove `scoring` for the defaults.",
            EmptyList => "Add at least one entry to the list.",
            StageOrder => "List the stages in calendar order, each after the one before.",
            FollowUpBeforeDecision => "Start a follow-up stage on or after `decision.day`.",
            StageAfterFollowUp => "List the follow-up stages last.",
            StageAfterDecision => "Start the stage before `decision.day`, or mark it `follow_up`.",
            TooManyStages => "Merge stages: at most 64 are supported.",
            NoDealStage => "Add a stage that starts before the decision.",
            CalendarGap => "Start the first stage on `start.day`.",
            NoTime => "Set `decision.day` after `start.day`.",
            NoSeller => "Mark the trainee's company with `us: true`.",
            TwoSellers => "Mark only the trainee's company with `us: true`.",
            NoRival => "Add a competitor or the status-quo vendor.",
            CourtsByUs => "Move `courts` to a rival vendor.",
            ComputedConcern => "Change the price instead of the score of a computed concern.",
            MissingScore => "Give the vendor a score for every rated concern.",
            NoConcerns => "Give the voter at least one weighted concern.",
            RivalIsUs => "Set the relationship with the trainee's company in `disposition`.",
            SelfIntroduction => "Name someone else who can introduce the person.",
            SelfInfluence => "Point influence at other people only.",
            InfluenceOverOne => "Keep the influence into one person at or below 1 in total.",
            TwoAnswers => "Give each person one fact per question.",
            ConcernNotHeld => "Add the concern to the person, or reveal one they hold.",
            UnusedQuestion => {
                "Add an `Ask(\"person\", \"question\")` source to a fact, or remove it."
            }
            RiskWithoutConsequence => "Add `if_caught` effects, or set `compliance_risk` to 0.",
            RetryAndRepeatable => "Keep one of `repeatable` and `retry`.",
            NoEffect => "Give the tactic effects, or make it a source of a fact.",
            NoBudgetConcern => "Add a concern with `measure: Budget(limit)`, or drop the effect.",
            MoveByUs => "Name a rival vendor; the trainee's own moves are tactics.",
            MoveAfterDecision => "Move the competitor move before `decision.day`.",
            BudgetByRival => "Move `Budget(..)` to one of the trainee's tactics.",
            ZeroWeights => "Give at least one alternative a weight above 0.",
            NoVoters => "Give some voting person an influence above 0.",
            NoDecisionMaker => "Add `roles: [DecisionMaker]` to the person who signs.",
            RequireAvoided => "Remove the action from `avoid` or from `require`.",
            DuplicateStep => "List each step once.",
            GateWithoutPeople => "Add the gate stage to the `stages` of the people who pass it.",
            GateAfterDecision => "Put the gate on a stage before the decision.",
            EmptyDepartment => "Put a stakeholder in the department, or remove it.",
            UnreachableStakeholder => {
                "Make their `access` rules reachable, or reveal them by a fact."
            }
            UnrevealedFact => "Give the fact a source the trainee can reach.",
            ImpossibleTactic => "Loosen the precondition, or make what it needs reachable.",
            SaysNobody => "Give the words someone to say them, or remove `says`.",
            SaysBlank => "Write what the person says, or remove the field.",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    /// The texts are an interface (editors, CI scripts, the JSON output): these are the ones
    /// the string codes had before the enum.
    #[test]
    fn the_texts_are_the_codes_of_before() {
        let texts: Vec<&str> = Code::iter().map(Code::as_str).collect();
        let before = "unreadable not-utf8 syntax unknown-field unknown-variant missing-field \
            duplicate-field duplicate-key wrong-type empty-id bad-id duplicate-id dangling-id \
            out-of-range bad-range zero-scoring empty-list stage-order follow-up-before-decision \
            stage-after-follow-up stage-after-decision too-many-stages no-deal-stage calendar-gap \
            no-time no-seller two-sellers no-rival courts-by-us computed-concern missing-score \
            no-concerns rival-is-us self-introduction self-influence influence-over-one \
            two-answers concern-not-held unused-question risk-without-consequence \
            retry-and-repeatable no-effect no-budget-concern move-by-us move-after-decision \
            budget-by-rival zero-weights no-voters no-decision-maker require-avoided \
            duplicate-step gate-without-people gate-after-decision empty-department \
            unreachable-stakeholder unrevealed-fact impossible-tactic says-nobody says-blank";
        assert_eq!(texts, before.split_whitespace().collect::<Vec<_>>());
        assert_eq!(
            serde_json::to_string(&Code::DanglingId).ok().as_deref(),
            Some("\"dangling-id\"")
        );
    }

    #[test]
    fn every_fix_is_one_short_line() {
        for c in Code::iter() {
            let fix = c.fix();
            assert!(
                !fix.contains('\n') && !fix.contains('|') && fix.len() <= 80,
                "{c}: {fix}"
            );
        }
    }
}
