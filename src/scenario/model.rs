//! The RON scenario model: what a trainer writes. Every struct denies unknown fields so a typo is an
//! error with the list of valid names, never a silently ignored line.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Readable string ids (`"han_zong"`, `"tech_proposal"`), checked by validation.
pub type Id = String;

/// The start of the message of a map key written twice (`{"price": 1, "price": 5}`): serde's
/// maps keep the last one silently, so the scenario would not say what the trainer sees.
pub const DUPLICATE_KEY: &str = "duplicate key";

/// A map in which every key appears once.
fn unique_keys<'de, D, V>(d: D) -> Result<BTreeMap<Id, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Unique<V> {
        type Value = BTreeMap<Id, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut m: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((k, v)) = m.next_entry::<Id, V>()? {
                if out.contains_key(&k) {
                    return Err(serde::de::Error::custom(format!(
                        "{DUPLICATE_KEY} \"{}\"",
                        crate::escape::clip(&k, 60)
                    )));
                }
                out.insert(k, v);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Unique(std::marker::PhantomData))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub difficulty: Difficulty,
    /// Expected playing time in minutes, shown in the scenario picker.
    pub minutes: u32,
    pub story: String,
    pub objective: String,
    /// How money is written: a word after the amount (`"yuan"`: "1.5 M yuan") or a symbol before
    /// it (`"$"`: "$1.5 M"). Empty: bare numbers.
    #[serde(default)]
    pub currency: String,
    pub seller: Seller,
    pub buyer: Buyer,
    pub start: Start,
    #[serde(default)]
    pub pace: Pace,
    pub concerns: Vec<Concern>,
    pub departments: Vec<Department>,
    pub stakeholders: Vec<Stakeholder>,
    pub stages: Vec<Stage>,
    pub vendors: Vec<Vendor>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub tactics: Vec<Tactic>,
    #[serde(default)]
    pub competitor_moves: Vec<CompetitorMove>,
    pub decision: Decision,
    #[serde(default)]
    pub scoring: Scoring,
    pub debrief: DebriefTexts,
    #[serde(default)]
    pub variations: Vec<Variation>,
    /// The steps of the five (1-5) this case teaches. `balance` gates each: the five-step
    /// `Student` bot must win at least 90% of deals, and the bot that skips the step at most 30%.
    #[serde(default)]
    pub teaches: Vec<u8>,
    /// What `key-account balance` must find true, so a trainer's CI can gate the scenario.
    #[serde(default)]
    pub expectations: Vec<Expectation>,
}

/// A claim about how bots fare: a policy (possibly told to avoid or to take certain actions) and
/// a bound on a result over the `balance` runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The lesson in words, printed with the verdict.
    pub about: String,
    pub policy: Policy,
    /// Actions the bot never takes.
    #[serde(default)]
    pub avoid: Vec<ActionRef>,
    /// Actions the bot takes as soon as they are allowed.
    #[serde(default)]
    pub require: Vec<ActionRef>,
    pub expect: Bound,
}

/// A bot. All but `Oracle` play from what a trainee sees (`sim::PlayerView`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Policy {
    /// Clicks at random among the allowed actions until the decision.
    Random,
    /// Takes the move that looks best for the decision, in worlds sampled from what it has seen.
    Greedy,
    /// Follows the five steps, from what it has seen.
    Student,
    /// The `Student` with one step's habit removed (1-5).
    SkipStep(u8),
    /// Searches ahead on the real deal, seeing the hidden truth and the dice: an upper bound
    /// ("winnable with perfect knowledge and luck"), never what a trainee achieves.
    #[serde(alias = "Expert")]
    Oracle,
}

impl Policy {
    /// The name in reports and JSON: "random", "greedy", "student", "skip", "oracle".
    pub fn name(self) -> &'static str {
        match self {
            Policy::Random => "random",
            Policy::Greedy => "greedy",
            Policy::Student => "student",
            Policy::SkipStep(_) => "skip",
            Policy::Oracle => "oracle",
        }
    }
}

impl std::fmt::Display for Policy {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Policy::SkipStep(n) => write!(f, "skip step {n}"),
            p => f.write_str(p.name()),
        }
    }
}

/// A deal action named by ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ActionRef {
    Meet(Id),
    Ask(Id, Id),
    AskConcerns(Id),
    Tactic(Id),
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Bound {
    /// Share of runs won, 0-1.
    WinRateAtMost(f32),
    WinRateAtLeast(f32),
    /// Highest share of the margin kept in any won run, 0-1.
    MarginKeptAtMost(f32),
    /// Average share of the margin kept over the won runs, 0-1 (a deal won near list price).
    MarginAtLeast(f32),
    /// Average total score.
    ScoreAtLeast(f32),
    ScoreAtMost(f32),
    /// Average points of one part of the score (for example `PartAtLeast(Ethics, 10)`).
    PartAtLeast(Part, f32),
    PartAtMost(Part, f32),
}

/// The parts of the score: the outcome, the five steps, ethics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Part {
    Outcome,
    PurchasingProcess,
    Organization,
    Stances,
    Information,
    KeyPlayers,
    Ethics,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Outcome,
        Part::PurchasingProcess,
        Part::Organization,
        Part::Stances,
        Part::Information,
        Part::KeyPlayers,
        Part::Ethics,
    ];
    /// A stable id for records and exports.
    pub fn id(self) -> &'static str {
        match self {
            Part::Outcome => "outcome",
            Part::PurchasingProcess => "purchasing_process",
            Part::Organization => "organization",
            Part::Stances => "stances",
            Part::Information => "information",
            Part::KeyPlayers => "key_players",
            Part::Ethics => "ethics",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Part::Outcome => "Outcome",
            Part::PurchasingProcess => "1. Purchasing process",
            Part::Organization => "2. Organization structure",
            Part::Stances => "3. Functions and stances",
            Part::Information => "4. Active information",
            Part::KeyPlayers => "5. Key players",
            Part::Ethics => "Ethics",
        }
    }

    /// The part of the score for one of the five steps (1-5).
    pub fn of_step(step: u8) -> Option<Part> {
        match step {
            1 => Some(Part::PurchasingProcess),
            2 => Some(Part::Organization),
            3 => Some(Part::Stances),
            4 => Some(Part::Information),
            5 => Some(Part::KeyPlayers),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Difficulty {
    Tutorial,
    Easy,
    #[default]
    Medium,
    Hard,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seller {
    pub company: String,
    pub salesperson: String,
    pub product: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Buyer {
    pub company: String,
    #[serde(default)]
    pub about: String,
}

/// What the salesperson has on day one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    /// Money for tactics (dinners, proposals, trials), in the scenario's currency.
    pub budget: u32,
    #[serde(default)]
    pub day: u32,
    /// Facts the salesperson already knows.
    #[serde(default)]
    pub known_facts: Vec<Id>,
    /// People the salesperson has already met (they can be asked questions at once).
    #[serde(default)]
    pub met: Vec<Id>,
    /// Lines shown on the briefing screen under "what you know on day one".
    #[serde(default)]
    pub briefing: Vec<String>,
}

/// The cost of the basic actions.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pace {
    #[serde(default = "one")]
    pub meeting_days: u32,
    /// Questions a meeting leaves room for; asking more needs another meeting.
    #[serde(default = "two")]
    pub questions_per_meeting: u32,
    /// Relationship gained with a person at the first meeting, and at each later one.
    #[serde(default = "five")]
    pub first_meeting_rapport: i32,
    #[serde(default = "two_i")]
    pub later_meeting_rapport: i32,
    /// Meetings alone raise a relationship no higher than this; beyond it takes tactics.
    #[serde(default = "thirty")]
    pub meeting_rapport_cap: i32,
    /// Working hours in a day. Questions take hours; meetings and tactics whole days.
    #[serde(default = "eight")]
    pub hours_per_day: u32,
    /// Hours a question takes out of the calendar (asking is part of a meeting's time).
    #[serde(default = "one")]
    pub question_hours: u32,
    /// Relationship change for each person whose stage ends before you engaged them during it:
    /// they made up their mind without you. 0 turns the rule off.
    #[serde(default = "minus_fifteen")]
    pub stage_missed: i32,
    /// Rapport a meeting earns with someone before their first stage has begun: they are not
    /// ready to talk yet.
    #[serde(default)]
    pub before_stage_rapport: i32,
}

fn eight() -> u32 {
    8
}
fn minus_fifteen() -> i32 {
    -15
}

fn thirty() -> i32 {
    30
}

impl Default for Pace {
    fn default() -> Self {
        Pace {
            meeting_days: 1,
            questions_per_meeting: 2,
            first_meeting_rapport: 5,
            later_meeting_rapport: 2,
            meeting_rapport_cap: 30,
            hours_per_day: 8,
            question_hours: 1,
            stage_missed: -15,
            before_stage_rapport: 0,
        }
    }
}

fn one() -> u32 {
    1
}
fn two() -> u32 {
    2
}
fn five() -> i32 {
    5
}
fn two_i() -> i32 {
    2
}
fn yes() -> bool {
    true
}
fn full_odds() -> f32 {
    1.0
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concern {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub measure: Measure,
}

/// How a vendor's score (0-10) on a concern is found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum Measure {
    /// The trainer rates each vendor in `Vendor::scores`.
    #[default]
    Rated,
    /// From prices: the cheapest offer scores 10, others `10 * (cheapest / price) ^ sensitivity`.
    Price(f32),
    /// 10 while the price is within the limit, falling to 0 at 10% over it.
    Budget(f64),
    /// Coordination: how many of the other people with a vote prefer this offer to the status
    /// quo, on their own concerns: `10 * share ^ exponent` (the status quo: the share whose first
    /// choice it is). A coordinator with this concern keeps the status quo until most agree.
    Agreement(f32),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub id: Id,
    pub name: String,
    /// What this department does and cares about, in the buyer's words.
    #[serde(default)]
    pub function: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// Makes the final decision; may veto.
    DecisionMaker,
    TechnicalBuyer,
    UserBuyer,
    /// Finance or another approver who checks budget and terms.
    Approver,
    /// Wants you to win and tells you how the buyer works.
    Coach,
    /// Controls access to others.
    Gatekeeper,
    /// Outside the formal process (secretary, spouse, friend) but sways someone who decides.
    Influencer,
    /// Owns the budget the deal is paid from; may veto a winner.
    EconomicBuyer,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::DecisionMaker,
        Role::TechnicalBuyer,
        Role::UserBuyer,
        Role::Approver,
        Role::Coach,
        Role::Gatekeeper,
        Role::Influencer,
        Role::EconomicBuyer,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::DecisionMaker => "decision maker",
            Role::TechnicalBuyer => "technical buyer",
            Role::UserBuyer => "user buyer",
            Role::Approver => "approver",
            Role::Coach => "coach",
            Role::Gatekeeper => "gatekeeper",
            Role::Influencer => "influencer",
            Role::EconomicBuyer => "economic buyer",
        }
    }

    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    pub id: Id,
    pub name: String,
    pub title: String,
    /// `None` for people outside the org chart (a spouse, a friend) who still sway someone.
    #[serde(default)]
    pub department: Option<Id>,
    /// Formal weight in the decision, 0-10.
    pub influence: u8,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Hidden concerns and their weights; a weight may be a range `(2, 5)` that the seed picks from.
    #[serde(deserialize_with = "unique_keys")]
    pub concerns: BTreeMap<Id, Weight>,
    /// Starting relationship with the seller, -100 (hostile) to 100 (champion).
    #[serde(default)]
    pub disposition: i32,
    /// Starting relationship with rival vendors, by vendor id.
    #[serde(default, deserialize_with = "unique_keys")]
    pub rivals: BTreeMap<Id, i32>,
    /// All rules must hold before the salesperson can meet this person. Empty: open door.
    #[serde(default)]
    pub access: Vec<Access>,
    /// People this person sways, with a strength 0-1 (how much of their view they pass on).
    #[serde(default, deserialize_with = "unique_keys")]
    pub influences: BTreeMap<Id, f32>,
    /// Whether this person has a say in the decision; defaults to having a department.
    #[serde(default)]
    pub votes: Option<bool>,
    /// Unknown to the salesperson until a fact reveals the person.
    #[serde(default)]
    pub hidden: bool,
    /// Answers "what matters to you?" honestly. Guarded people reveal concerns only through facts.
    #[serde(default = "yes")]
    pub candid: bool,
    /// Purchasing-process stages in which this person matters (step 1 of the five steps).
    #[serde(default)]
    pub stages: Vec<Id>,
    #[serde(default)]
    pub about: String,
    /// What they say when you meet them, by where they stand toward you.
    #[serde(default)]
    pub says: StanceWords,
}

/// A person's words by stance: how they greet you as a supporter, a neutral or an opponent.
/// Each is optional; the trainee reads the mood, the power map is still theirs to mark.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StanceWords {
    #[serde(default)]
    pub supporter: String,
    #[serde(default)]
    pub neutral: String,
    #[serde(default)]
    pub opponent: String,
}

impl StanceWords {
    pub fn is_empty(&self) -> bool {
        self.supporter.is_empty() && self.neutral.is_empty() && self.opponent.is_empty()
    }
}

impl Stakeholder {
    pub fn votes(&self) -> bool {
        self.votes.unwrap_or(self.department.is_some())
    }
}

/// A number, or a range `(low, high)` that the deal's seed picks a value from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Weight {
    Fixed(f32),
    Range(f32, f32),
}

impl Weight {
    pub fn low(self) -> f32 {
        match self {
            Weight::Fixed(v) | Weight::Range(v, _) => v,
        }
    }
    pub fn high(self) -> f32 {
        match self {
            Weight::Fixed(v) | Weight::Range(_, v) => v,
        }
    }
}

impl<'de> Deserialize<'de> for Weight {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Weight;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number like `3` or a range like `(2, 5)`")
            }
            fn visit_f64<E>(self, v: f64) -> Result<Weight, E> {
                Ok(Weight::Fixed(v as f32))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Weight, E> {
                Ok(Weight::Fixed(v as f32))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Weight, E> {
                Ok(Weight::Fixed(v as f32))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut s: A) -> Result<Weight, A::Error> {
                let lo: f32 = s
                    .next_element()?
                    .ok_or_else(|| serde::de::Error::invalid_length(0, &self))?;
                let hi: f32 = s
                    .next_element()?
                    .ok_or_else(|| serde::de::Error::invalid_length(1, &self))?;
                if s.next_element::<f32>()?.is_some() {
                    return Err(serde::de::Error::invalid_length(3, &self));
                }
                Ok(Weight::Range(lo, hi))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Access {
    /// Someone already met, who is not against you, introduces you.
    Introduction(Id),
    /// Only once the salesperson knows this fact (a reason to meet).
    AfterFact(Id),
    /// Only during these stages.
    Stages(Vec<Id>),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: Id,
    pub name: String,
    /// The calendar day the stage begins.
    pub day: u32,
    #[serde(default)]
    pub about: String,
    /// A stage after the decision (follow-up service): it may start after `decision.day`, and
    /// the relationship you leave with its people is the outcome's follow-up score.
    #[serde(default)]
    pub follow_up: bool,
    /// A gate: when this stage ends, a bid that none of its people was worked with during it is
    /// dropped (the shortlist is drawn, the tender closed). Needs people tied to the stage.
    #[serde(default)]
    pub gate: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vendor {
    pub id: Id,
    pub name: String,
    /// Exactly one vendor is the trainee's company.
    #[serde(default)]
    pub us: bool,
    pub price: f64,
    /// The lowest price this vendor sells at. Ours: cost plus minimum margin. A rival with a
    /// floor answers each of our price cuts the next day with the same cut, never below it.
    #[serde(default)]
    pub floor: f64,
    /// Rivals: people this vendor courts, with the relationship it gains each day until the
    /// trainee has met them (a passive start leaves the field to the rivals).
    #[serde(default)]
    pub courts: BTreeMap<Id, i32>,
    /// Scores 0-10 per `Rated` concern.
    #[serde(default, deserialize_with = "unique_keys")]
    pub scores: BTreeMap<Id, f32>,
    #[serde(default)]
    pub about: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: Id,
    pub text: String,
    /// Key facts decide the deal; finding them scores step 4 (active information).
    #[serde(default)]
    pub key: bool,
    /// Every way to learn it; empty means only `start.known_facts` gives it.
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub reveals: Vec<Reveal>,
    /// Debrief line when the trainee never found it.
    #[serde(default)]
    pub missed: String,
    /// What a tactic that needs this fact says is missing, without giving the fact away, e.g.
    /// "what the maintenance reports say". Without it: "something you have not found out yet".
    #[serde(default)]
    pub hint: String,
    /// The words of the person who tells it, in their own voice (a meeting or a question).
    #[serde(default)]
    pub says: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Source {
    /// Told at the first meeting with this person.
    Meeting(Id),
    /// The answer when this person is asked this question.
    Ask(Id, Id),
    /// Learned when this tactic succeeds.
    Tactic(Id),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reveal {
    /// One concern of one person (the weight shows as low / medium / high).
    Concern(Id, Id),
    /// The person's true buying roles.
    Roles(Id),
    /// The person's current stance toward you.
    Stance(Id),
    /// A hidden person becomes known.
    Person(Id),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Id,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tactic {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub about: String,
    #[serde(default = "one")]
    pub days: u32,
    #[serde(default)]
    pub budget: u32,
    #[serde(default)]
    pub target: Option<Who>,
    /// All must hold for the tactic to be available.
    #[serde(default)]
    pub requires: Vec<Condition>,
    /// Chance of success, 0-1.
    #[serde(default = "full_odds")]
    pub odds: f32,
    #[serde(default)]
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub on_failure: Vec<Effect>,
    /// Chance, 0-1, that the buyer's compliance rules catch it.
    #[serde(default)]
    pub compliance_risk: f32,
    /// Breaks the buyer's or the law's gift and hospitality rules: an ethics failure even if unseen.
    #[serde(default)]
    pub breaks_policy: bool,
    #[serde(default)]
    pub if_caught: Vec<Effect>,
    #[serde(default)]
    pub repeatable: bool,
    /// May be tried again after it fails (each try costs its days and budget again).
    #[serde(default)]
    pub retry: bool,
    /// Why this tactic matters, shown in the debrief when it was used.
    #[serde(default)]
    pub debrief: String,
    /// What the target person says when it works (for a department, its first person).
    #[serde(default)]
    pub says: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Who {
    Person(Id),
    Department(Id),
    Everyone,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// The current stage is this one.
    Stage(Id),
    /// The current stage is earlier than this one.
    Before(Id),
    /// The current stage is this one or later.
    From(Id),
    Known(Id),
    Met(Id),
    /// Relationship with the person is at least this.
    Relationship(Id, i32),
    Used(Id),
    NotUsed(Id),
}

/// What a tactic (for us) or a competitor move (for that rival) changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    /// The acting vendor's relationship with these people, by this much.
    Relationship(Who, i32),
    /// The acting vendor's score on a rated concern, by this much (scores stay 0-10).
    Score(Id, f32),
    /// The acting vendor's price, by this percentage (-5.0 is a 5% cut).
    Price(f32),
    /// The buyer's budget (every `Budget` concern's limit) rises by this amount (tactics only:
    /// a co-funded pilot, a grant the trainee found).
    Budget(f64),
    /// The buyer excludes the acting vendor.
    Disqualify,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetitorMove {
    pub vendor: Id,
    pub day: u32,
    pub text: String,
    #[serde(default = "full_odds")]
    pub odds: f32,
    /// The move does not happen if all of these hold (the trainee got there first).
    #[serde(default)]
    pub unless: Vec<Condition>,
    pub effects: Vec<Effect>,
    /// Whether the trainee hears of it when it happens.
    #[serde(default = "yes")]
    pub noticed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The day the buyer decides; the deal ends then.
    pub day: u32,
    /// The vendor kept when there is no consensus (the incumbent). None: "no decision".
    #[serde(default)]
    pub status_quo: Option<Id>,
    /// Share of the weighted vote a vendor needs to win, 0-1.
    #[serde(default = "half")]
    pub consensus: f32,
    /// Whether a decision maker blocks a winner they rank well below their own choice.
    #[serde(default = "yes")]
    pub veto: bool,
    /// How far (utility points) below their own choice a winner must fall for a decision maker to veto it.
    #[serde(default = "one_f")]
    pub veto_margin: f32,
    /// The roles whose holders may veto (when `veto` is on).
    #[serde(default = "veto_roles")]
    pub veto_by: Vec<Role>,
    /// Utility points a full +100 relationship is worth against offers scored 0-10.
    #[serde(default = "relationship_weight")]
    pub relationship_weight: f32,
    /// How far apart (utility points) "supporter" and "opponent" begin.
    #[serde(default = "half")]
    pub stance_margin: f32,
}

fn one_f() -> f32 {
    1.0
}
fn veto_roles() -> Vec<Role> {
    vec![Role::DecisionMaker, Role::EconomicBuyer]
}
fn half() -> f32 {
    0.5
}
fn relationship_weight() -> f32 {
    0.05
}

/// Points for each part of the score; the total is their sum.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    #[serde(default = "forty")]
    pub outcome: u32,
    #[serde(default = "ten")]
    pub purchasing_process: u32,
    #[serde(default = "ten")]
    pub organization: u32,
    #[serde(default = "ten")]
    pub stances: u32,
    #[serde(default = "ten")]
    pub information: u32,
    #[serde(default = "ten")]
    pub key_players: u32,
    #[serde(default = "ten")]
    pub ethics: u32,
}

fn forty() -> u32 {
    40
}
fn ten() -> u32 {
    10
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            outcome: 40,
            purchasing_process: 10,
            organization: 10,
            stances: 10,
            information: 10,
            key_players: 10,
            ethics: 10,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebriefTexts {
    pub won: String,
    pub lost: String,
    pub no_decision: String,
    #[serde(default)]
    pub disqualified: String,
    /// The case's lesson, shown at the top of every debrief.
    pub lesson: String,
    /// Lines shown only when their conditions held, so no text claims what did not happen.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A debrief line with the conditions under which it is true.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    /// All must hold at the decision.
    pub when: Vec<When>,
}

/// What must be true of the finished deal for a note to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum When {
    Won,
    Lost,
    NoDecision,
    Disqualified,
    /// The tactic was used and succeeded.
    Used(Id),
    NotUsed(Id),
    Met(Id),
    NotMet(Id),
    Known(Id),
    NotKnown(Id),
    /// The person supported the trainee at the decision.
    Supporter(Id),
    /// The trainee engaged someone in every department with a vote.
    EveryDepartment,
    /// The trainee engaged every person tied to a stage during that stage.
    EveryStageInTime,
    /// No tactic with a compliance risk or against the rules was used.
    WithinTheRules,
}

/// The seed picks one alternative per variation, so a replay with a new seed is a new puzzle.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variation {
    pub id: Id,
    #[serde(default)]
    pub about: String,
    pub pick_one: Vec<Alternative>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    pub id: Id,
    #[serde(default)]
    pub about: String,
    /// Relative chance of this alternative.
    #[serde(default = "one")]
    pub weight: u32,
    pub patches: Vec<Patch>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Patch {
    Roles(Id, Vec<Role>),
    Influence(Id, u8),
    Disposition(Id, i32),
    Concern(Id, Id, Weight),
    Influences(Id, Id, f32),
    Price(Id, f64),
}
