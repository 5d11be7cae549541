//! The stable name of each kind of problem a scenario file can have, and how to fix it.
//! `docs/scenario-format.md` lists them all (a test keeps the table in step with this enum), and
//! every code has a broken file in `tests/broken/` that shows it.

use serde::Serialize;

use crate::i18n::{Lang, Msg};
use crate::msg;

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
    // Text as trainees read it: fonts, look-alike characters.
    NoGlyph,
    ConfusableText,
    // Time.
    FreeRepeatable,
    // Rules a trainee cannot read anywhere.
    UnexplainedGate,
    // Translations (the strings tables beside the file).
    StringsTable,
    StaleTranslation,
    UnknownTextId,
}

impl Code {
    /// The code as editors and the JSON output see it, e.g. `dangling-id`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// How to fix the problem, in one line, in English (the table in `docs/scenario-format.md`).
    pub fn fix(self) -> String {
        self.fix_in(Lang::En)
    }

    /// How to fix the problem, in one line, in a language.
    pub fn fix_in(self, lang: Lang) -> String {
        self.fix_msg().render(lang)
    }

    pub(crate) fn fix_msg(self) -> Msg {
        use Code::*;
        match self {
            Unreadable => msg!("check-fix-unreadable"),
            NotUtf8 => msg!("check-fix-not-utf8"),
            Syntax => msg!("check-fix-syntax"),
            UnknownField => msg!("check-fix-unknown-field"),
            UnknownVariant => msg!("check-fix-unknown-variant"),
            MissingField => msg!("check-fix-missing-field"),
            DuplicateField => msg!("check-fix-duplicate-field"),
            DuplicateKey => msg!("check-fix-duplicate-key"),
            WrongType => msg!("check-fix-wrong-type"),
            EmptyId => msg!("check-fix-empty-id"),
            BadId => msg!("check-fix-bad-id"),
            DuplicateId => msg!("check-fix-duplicate-id"),
            DanglingId => msg!("check-fix-dangling-id"),
            OutOfRange => msg!("check-fix-out-of-range"),
            BadRange => msg!("check-fix-bad-range"),
            ZeroScoring => msg!("check-fix-zero-scoring"),
            EmptyList => msg!("check-fix-empty-list"),
            StageOrder => msg!("check-fix-stage-order"),
            FollowUpBeforeDecision => msg!("check-fix-follow-up-before-decision"),
            StageAfterFollowUp => msg!("check-fix-stage-after-follow-up"),
            StageAfterDecision => msg!("check-fix-stage-after-decision"),
            TooManyStages => msg!("check-fix-too-many-stages"),
            NoDealStage => msg!("check-fix-no-deal-stage"),
            CalendarGap => msg!("check-fix-calendar-gap"),
            NoTime => msg!("check-fix-no-time"),
            NoSeller => msg!("check-fix-no-seller"),
            TwoSellers => msg!("check-fix-two-sellers"),
            NoRival => msg!("check-fix-no-rival"),
            CourtsByUs => msg!("check-fix-courts-by-us"),
            ComputedConcern => msg!("check-fix-computed-concern"),
            MissingScore => msg!("check-fix-missing-score"),
            NoConcerns => msg!("check-fix-no-concerns"),
            RivalIsUs => msg!("check-fix-rival-is-us"),
            SelfIntroduction => msg!("check-fix-self-introduction"),
            SelfInfluence => msg!("check-fix-self-influence"),
            InfluenceOverOne => msg!("check-fix-influence-over-one"),
            TwoAnswers => msg!("check-fix-two-answers"),
            ConcernNotHeld => msg!("check-fix-concern-not-held"),
            UnusedQuestion => msg!("check-fix-unused-question"),
            RiskWithoutConsequence => msg!("check-fix-risk-without-consequence"),
            RetryAndRepeatable => msg!("check-fix-retry-and-repeatable"),
            NoEffect => msg!("check-fix-no-effect"),
            NoBudgetConcern => msg!("check-fix-no-budget-concern"),
            MoveByUs => msg!("check-fix-move-by-us"),
            MoveAfterDecision => msg!("check-fix-move-after-decision"),
            BudgetByRival => msg!("check-fix-budget-by-rival"),
            ZeroWeights => msg!("check-fix-zero-weights"),
            NoVoters => msg!("check-fix-no-voters"),
            NoDecisionMaker => msg!("check-fix-no-decision-maker"),
            RequireAvoided => msg!("check-fix-require-avoided"),
            DuplicateStep => msg!("check-fix-duplicate-step"),
            GateWithoutPeople => msg!("check-fix-gate-without-people"),
            GateAfterDecision => msg!("check-fix-gate-after-decision"),
            EmptyDepartment => msg!("check-fix-empty-department"),
            UnreachableStakeholder => msg!("check-fix-unreachable-stakeholder"),
            UnrevealedFact => msg!("check-fix-unrevealed-fact"),
            ImpossibleTactic => msg!("check-fix-impossible-tactic"),
            SaysNobody => msg!("check-fix-says-nobody"),
            SaysBlank => msg!("check-fix-says-blank"),
            NoGlyph => msg!("check-fix-no-glyph"),
            ConfusableText => msg!("check-fix-confusable-text"),
            FreeRepeatable => msg!("check-fix-free-repeatable"),
            UnexplainedGate => msg!("check-fix-unexplained-gate"),
            StringsTable => msg!("check-fix-strings-table"),
            StaleTranslation => msg!("check-fix-stale-translation"),
            UnknownTextId => msg!("check-fix-unknown-text-id"),
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
            unreachable-stakeholder unrevealed-fact impossible-tactic says-nobody says-blank \
            no-glyph confusable-text free-repeatable unexplained-gate strings-table \
            stale-translation \
            unknown-text-id";
        assert_eq!(texts, before.split_whitespace().collect::<Vec<_>>());
        assert_eq!(
            serde_json::to_string(&Code::DanglingId).ok().as_deref(),
            Some("\"dangling-id\"")
        );
    }

    #[test]
    fn every_fix_is_one_short_line() {
        for lang in Lang::ALL {
            for c in Code::iter() {
                let fix = c.fix_in(lang);
                assert!(
                    !fix.contains('\n') && !fix.contains('|') && fix.chars().count() <= 80,
                    "{lang} {c}: {fix}"
                );
                assert_ne!(fix, format!("check-fix-{c}"), "{lang}: no text for {c}");
            }
        }
    }
}
