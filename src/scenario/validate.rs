//! Validation: every id resolves, numbers are in range, the calendar is in order, and the deal can
//! be played (every person reachable, every fact revealable, every tactic possible, someone decides).
//! Reports all problems in the file; builds the compiled form only when there are no errors.

use std::collections::{HashMap, HashSet};

use super::compiled::*;
use super::diag::{Severity, Sink, closest};
use super::model::*;
use super::outline::Outline;

mod says;

/// id -> index for each kind of thing a scenario names.
#[derive(Debug, Default, Clone)]
pub struct Index {
    pub concerns: HashMap<String, Ix>,
    pub departments: HashMap<String, Ix>,
    pub stakeholders: HashMap<String, Ix>,
    pub stages: HashMap<String, Ix>,
    pub vendors: HashMap<String, Ix>,
    pub facts: HashMap<String, Ix>,
    pub questions: HashMap<String, Ix>,
    pub tactics: HashMap<String, Ix>,
}

#[derive(Clone, Copy)]
enum Kind {
    Concern,
    Department,
    Stakeholder,
    Stage,
    Vendor,
    Fact,
    Question,
    Tactic,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Concern => "concern",
            Kind::Department => "department",
            Kind::Stakeholder => "stakeholder",
            Kind::Stage => "stage",
            Kind::Vendor => "vendor",
            Kind::Fact => "fact",
            Kind::Question => "question",
            Kind::Tactic => "tactic",
        }
    }
    fn list(self) -> &'static str {
        match self {
            Kind::Concern => "concerns",
            Kind::Department => "departments",
            Kind::Stakeholder => "stakeholders",
            Kind::Stage => "stages",
            Kind::Vendor => "vendors",
            Kind::Fact => "facts",
            Kind::Question => "questions",
            Kind::Tactic => "tactics",
        }
    }
}

/// A problem found by data path; positioned in the source only when there is one to report.
struct Pending {
    severity: Severity,
    code: &'static str,
    path: String,
    message: String,
    label: String,
    help: Option<String>,
}

struct Ctx {
    pending: Vec<Pending>,
    index: Index,
}

impl Ctx {
    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        path: &str,
        message: String,
        label: &str,
        help: Option<String>,
    ) {
        self.pending.push(Pending {
            severity,
            code,
            path: path.to_string(),
            message,
            label: label.to_string(),
            help,
        });
    }

    fn error(
        &mut self,
        code: &'static str,
        path: &str,
        msg: String,
        label: &str,
        help: Option<String>,
    ) {
        self.push(Severity::Error, code, path, msg, label, help);
    }

    fn warn(
        &mut self,
        code: &'static str,
        path: &str,
        msg: String,
        label: &str,
        help: Option<String>,
    ) {
        self.push(Severity::Warning, code, path, msg, label, help);
    }

    fn errors(&self) -> usize {
        self.pending
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    fn map(&self, kind: Kind) -> &HashMap<String, Ix> {
        match kind {
            Kind::Concern => &self.index.concerns,
            Kind::Department => &self.index.departments,
            Kind::Stakeholder => &self.index.stakeholders,
            Kind::Stage => &self.index.stages,
            Kind::Vendor => &self.index.vendors,
            Kind::Fact => &self.index.facts,
            Kind::Question => &self.index.questions,
            Kind::Tactic => &self.index.tactics,
        }
    }

    /// Resolves a reference, reporting a dangling id with the closest existing one.
    fn resolve(&mut self, kind: Kind, id: &str, path: &str) -> Option<Ix> {
        if let Some(&i) = self.map(kind).get(id) {
            return Some(i);
        }
        let mut known: Vec<&str> = self.map(kind).keys().map(String::as_str).collect();
        known.sort_unstable();
        let help = match closest(id, known.iter().copied()) {
            Some(best) => format!("did you mean \"{best}\"?"),
            None if known.is_empty() => format!("add it to `{}` first", kind.list()),
            None => format!(
                "add a {} with id \"{id}\" to `{}`, or use one of: {}",
                kind.name(),
                kind.list(),
                preview(&known)
            ),
        };
        self.error(
            "dangling-id",
            path,
            format!("no {} has the id \"{id}\"", kind.name()),
            &format!("unknown {}", kind.name()),
            Some(help),
        );
        None
    }

    fn index_ids<'x>(&mut self, kind: Kind, ids: impl Iterator<Item = &'x String>) {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{}[{i}].id", kind.list());
            if id.trim().is_empty() {
                self.error(
                    "empty-id",
                    &path,
                    format!("a {} has an empty id", kind.name()),
                    "empty id",
                    Some("give it a short readable id like \"finance_head\"".into()),
                );
            } else if let Some(help) = not_one_word(id) {
                self.error(
                    "bad-id",
                    &path,
                    format!(
                        "the {} id \"{}\" is not one word",
                        kind.name(),
                        crate::escape::clip(id, 60)
                    ),
                    "not one word",
                    Some(help),
                );
                map.entry(id.clone()).or_insert(i);
            } else if map.contains_key(id) {
                self.error(
                    "duplicate-id",
                    &path,
                    format!("two {} share the id \"{id}\"", kind.list()),
                    "used again here",
                    Some(format!(
                        "ids must be unique among {}; rename one",
                        kind.list()
                    )),
                );
            } else {
                map.insert(id.clone(), i);
            }
        }
        match kind {
            Kind::Concern => self.index.concerns = map,
            Kind::Department => self.index.departments = map,
            Kind::Stakeholder => self.index.stakeholders = map,
            Kind::Stage => self.index.stages = map,
            Kind::Vendor => self.index.vendors = map,
            Kind::Fact => self.index.facts = map,
            Kind::Question => self.index.questions = map,
            Kind::Tactic => self.index.tactics = map,
        }
    }

    fn range_f(&mut self, path: &str, v: f32, lo: f32, hi: f32, what: &str) {
        if !(v >= lo && v <= hi) {
            self.error(
                "out-of-range",
                path,
                format!("{what} is {v}, outside {lo} to {hi}"),
                "out of range",
                Some(format!("use a value from {lo} to {hi}")),
            );
        }
    }

    fn range_i(&mut self, path: &str, v: i64, lo: i64, hi: i64, what: &str) {
        if v < lo || v > hi {
            self.error(
                "out-of-range",
                path,
                format!("{what} is {v}, outside {lo} to {hi}"),
                "out of range",
                Some(format!("use a value from {lo} to {hi}")),
            );
        }
    }

    fn weight(&mut self, path: &str, w: Weight) {
        match w {
            Weight::Fixed(v) => self.range_f(path, v, 0.0, 10.0, "a concern weight"),
            Weight::Range(lo, hi) => {
                self.range_f(path, lo, 0.0, 10.0, "the low end of the weight range");
                self.range_f(path, hi, 0.0, 10.0, "the high end of the weight range");
                if lo > hi {
                    self.error(
                        "bad-range",
                        path,
                        format!("the range ({lo}, {hi}) runs backwards"),
                        "low end above high end",
                        Some(format!("write it as ({hi}, {lo})")),
                    );
                }
            }
        }
    }

    fn cond(&mut self, c: &Condition, path: &str) -> Option<Cond> {
        let p0 = format!("{path}.0");
        Some(match c {
            Condition::Stage(s) => Cond::Stage(self.resolve(Kind::Stage, s, &p0)?),
            Condition::Before(s) => Cond::Before(self.resolve(Kind::Stage, s, &p0)?),
            Condition::From(s) => Cond::From(self.resolve(Kind::Stage, s, &p0)?),
            Condition::Known(f) => Cond::Known(self.resolve(Kind::Fact, f, &p0)?),
            Condition::Met(p) => Cond::Met(self.resolve(Kind::Stakeholder, p, &p0)?),
            Condition::Relationship(p, n) => {
                self.range_i(
                    &format!("{path}.1"),
                    i64::from(*n),
                    -100,
                    100,
                    "a relationship threshold",
                );
                Cond::Relationship(self.resolve(Kind::Stakeholder, p, &p0)?, *n)
            }
            Condition::Used(t) => Cond::Used(self.resolve(Kind::Tactic, t, &p0)?),
            Condition::NotUsed(t) => Cond::NotUsed(self.resolve(Kind::Tactic, t, &p0)?),
        })
    }

    fn who(&mut self, w: &Who, path: &str, compiled_people: &[Option<Ix>]) -> Option<Vec<Ix>> {
        let p0 = format!("{path}.0");
        Some(match w {
            Who::Person(p) => vec![self.resolve(Kind::Stakeholder, p, &p0)?],
            Who::Department(d) => {
                let d = self.resolve(Kind::Department, d, &p0)?;
                (0..compiled_people.len())
                    .filter(|&i| compiled_people[i] == Some(d))
                    .collect()
            }
            Who::Everyone => (0..compiled_people.len()).collect(),
        })
    }

    fn effect(
        &mut self,
        e: &Effect,
        path: &str,
        depts: &[Option<Ix>],
        measures: &[MeasureC],
    ) -> Option<Eff> {
        Some(match e {
            Effect::Relationship(w, n) => {
                self.range_i(
                    &format!("{path}.1"),
                    i64::from(*n),
                    -200,
                    200,
                    "a relationship change",
                );
                Eff::Relationship(self.who(w, path, depts)?, *n)
            }
            Effect::Score(c, d) => {
                let ci = self.resolve(Kind::Concern, c, &format!("{path}.0"))?;
                self.range_f(&format!("{path}.1"), *d, -10.0, 10.0, "a score change");
                if measures.get(ci).is_some_and(|m| *m != MeasureC::Rated) {
                    self.error(
                        "computed-concern",
                        path,
                        format!("concern \"{c}\" is computed from prices, so its score cannot be changed directly"),
                        "computed concern",
                        Some("change the price with `Price(-5.0)` instead".into()),
                    );
                    return None;
                }
                Eff::Score(ci, *d)
            }
            Effect::Price(p) => {
                self.range_f(
                    &format!("{path}.0"),
                    *p,
                    -90.0,
                    100.0,
                    "a price change in percent",
                );
                Eff::Price(*p)
            }
            Effect::Budget(x) => {
                if !x.is_finite() || x.abs() > 1e12 {
                    self.error(
                        "out-of-range",
                        &format!("{path}.0"),
                        format!("a budget change of {x} is not a sum of money"),
                        "bad amount",
                        Some(
                            "write the amount the buyer's budget rises by, e.g. `Budget(50000.0)`"
                                .into(),
                        ),
                    );
                    return None;
                }
                if !measures.iter().any(|m| matches!(m, MeasureC::Budget(_))) {
                    self.warn(
                        "no-budget-concern",
                        path,
                        "no concern is measured by `Budget(..)`, so raising the budget changes nothing".into(),
                        "no budget",
                        Some("add a concern with `measure: Budget(limit)`".into()),
                    );
                }
                Eff::Budget(*x)
            }
            Effect::Disqualify => Eff::Disqualify,
        })
    }
}

/// Why an id is not one word, with the fix, or `None` when it is one. Ids are typed in commands
/// (`meet ad_min`) and become parts of web addresses in xAPI exports, so they hold letters (of
/// any script), digits, `_`, `-` and `.` only.
fn not_one_word(id: &str) -> Option<String> {
    let ok = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.');
    let bad = id.chars().find(|&c| !ok(c))?;
    let fixed: String = id
        .trim()
        .chars()
        .map(|c| if ok(c) { c } else { '_' })
        .take(60)
        .collect();
    let what = if bad.is_whitespace() {
        "a space".to_string()
    } else {
        format!("`{}`", bad.escape_debug())
    };
    Some(format!(
        "an id is one word of letters, digits, `_`, `-` or `.` (trainees type ids in commands such as `meet han_zong`); it has {what}: write \"{fixed}\" here and where it is used"
    ))
}

fn preview(ids: &[&str]) -> String {
    let mut s = ids
        .iter()
        .take(8)
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > 8 {
        s.push_str(&format!(" and {} more", ids.len() - 8));
    }
    s
}

/// Validates a parsed scenario, reporting into `sink` with positions in `src`. Returns the compiled
/// form and index if there are no errors.
pub fn validate(file: &ScenarioFile, sink: &mut Sink) -> Option<(Compiled, Index)> {
    let mut cx = Ctx {
        pending: Vec::new(),
        index: Index::default(),
    };
    let result = check(file, &mut cx);
    if !cx.pending.is_empty() {
        // Locating values costs a second pass over the text: only pay it when there is news.
        let outline = Outline::of(sink.src);
        for p in cx.pending {
            let span = outline.find(&p.path).unwrap_or(0..0);
            sink.push(p.severity, p.code, span, p.message, p.label, p.help);
        }
    }
    result
}

fn check(file: &ScenarioFile, cx: &mut Ctx) -> Option<(Compiled, Index)> {
    let f = file;

    cx.index_ids(Kind::Concern, f.concerns.iter().map(|c| &c.id));
    cx.index_ids(Kind::Department, f.departments.iter().map(|c| &c.id));
    cx.index_ids(Kind::Stakeholder, f.stakeholders.iter().map(|c| &c.id));
    cx.index_ids(Kind::Stage, f.stages.iter().map(|c| &c.id));
    cx.index_ids(Kind::Vendor, f.vendors.iter().map(|c| &c.id));
    cx.index_ids(Kind::Fact, f.facts.iter().map(|c| &c.id));
    cx.index_ids(Kind::Question, f.questions.iter().map(|c| &c.id));
    cx.index_ids(Kind::Tactic, f.tactics.iter().map(|c| &c.id));

    if f.id.trim().is_empty() {
        cx.error(
            "empty-id",
            "id",
            "the scenario has an empty id".into(),
            "empty id",
            Some("give it a short id like \"keyboard\"".into()),
        );
    } else if let Some(help) = not_one_word(&f.id) {
        cx.error(
            "bad-id",
            "id",
            format!(
                "the scenario id \"{}\" is not one word",
                crate::escape::clip(&f.id, 60)
            ),
            "not one word",
            Some(help),
        );
    }
    let points = [
        f.scoring.outcome,
        f.scoring.purchasing_process,
        f.scoring.organization,
        f.scoring.stances,
        f.scoring.information,
        f.scoring.key_players,
        f.scoring.ethics,
    ];
    if points.iter().all(|&p| p == 0) {
        cx.error(
            "zero-scoring",
            "scoring",
            "every part of the score is worth 0 points, so every run scores 0 of 0".into(),
            "nothing to earn",
            Some("give the parts points, e.g. `outcome: 40`, or remove `scoring` to use the defaults".into()),
        );
    }

    // Concerns.
    let mut measures = Vec::new();
    for (i, c) in f.concerns.iter().enumerate() {
        let path = format!("concerns[{i}].measure");
        measures.push(match c.measure {
            Measure::Rated => MeasureC::Rated,
            Measure::Price(s) => {
                cx.range_f(&format!("{path}.0"), s, 0.1, 20.0, "the price sensitivity");
                MeasureC::Price(s)
            }
            Measure::Budget(limit) => {
                if !(limit.is_finite() && limit > 0.0) {
                    cx.error(
                        "out-of-range",
                        &format!("{path}.0"),
                        format!("a budget limit must be above 0, not {limit}"),
                        "not a budget",
                        Some("write the buyer's budget, e.g. `Budget(50000.0)`".into()),
                    );
                }
                MeasureC::Budget(limit)
            }
            Measure::Agreement(e) => {
                cx.range_f(&format!("{path}.0"), e, 0.1, 10.0, "the agreement exponent");
                MeasureC::Agreement(e)
            }
        });
    }
    if f.concerns.is_empty() {
        cx.error("empty-list", "concerns", "the scenario lists no concerns".into(), "no concerns", Some("add what people care about, e.g. (id: \"price\", name: \"Price\", measure: Price(4.0))".into()));
    }

    // Stages: a calendar in order.
    let mut stage_days = Vec::new();
    if f.stages.is_empty() {
        cx.error(
            "empty-list",
            "stages",
            "the scenario has no purchasing stages".into(),
            "no stages",
            Some(
                "add at least one stage, e.g. (id: \"evaluation\", name: \"Evaluation\", day: 0)"
                    .into(),
            ),
        );
    }
    for (i, s) in f.stages.iter().enumerate() {
        if let Some(&prev) = stage_days.last()
            && s.day <= prev
        {
            cx.error(
                "stage-order",
                &format!("stages[{i}].day"),
                format!(
                    "stage \"{}\" starts on day {}, not after the stage before it (day {prev})",
                    s.id, s.day
                ),
                "out of order",
                Some(format!(
                    "list stages in calendar order; start \"{}\" after day {prev}",
                    s.id
                )),
            );
        }
        if s.follow_up {
            if s.day < f.decision.day {
                cx.error(
                    "follow-up-before-decision",
                    &format!("stages[{i}].day"),
                    format!(
                        "follow-up stage \"{}\" starts on day {}, before the decision (day {})",
                        s.id, s.day, f.decision.day
                    ),
                    "before the decision",
                    Some("start a follow-up stage on or after `decision.day`".into()),
                );
            }
        } else if f.stages[..i].iter().any(|x| x.follow_up) {
            cx.error(
                "stage-after-follow-up",
                &format!("stages[{i}]"),
                format!("stage \"{}\" comes after a follow-up stage", s.id),
                "after follow-up",
                Some("list the follow-up stages (after the decision) last".into()),
            );
        } else if s.day >= f.decision.day {
            cx.error(
                "stage-after-decision",
                &format!("stages[{i}].day"),
                format!(
                    "stage \"{}\" starts on day {}, but the decision is on day {}",
                    s.id, s.day, f.decision.day
                ),
                "after the decision",
                Some(
                    "every stage must start before `decision.day`, or be marked `follow_up: true`"
                        .into(),
                ),
            );
        }
        stage_days.push(s.day);
    }
    if f.stages.len() > 64 {
        cx.error(
            "too-many-stages",
            "stages",
            format!("{} stages; at most 64 are supported", f.stages.len()),
            "too many",
            Some("merge stages: a buying process has a handful".into()),
        );
    }
    let deal_stages = f.stages.iter().filter(|s| !s.follow_up).count();
    if deal_stages == 0 && !f.stages.is_empty() {
        cx.error(
            "no-deal-stage",
            "stages",
            "every stage is a follow-up stage; the deal itself needs one".into(),
            "only follow-up",
            Some("add a stage that starts before the decision".into()),
        );
    }
    cx.range_i(
        "pace.hours_per_day",
        i64::from(f.pace.hours_per_day),
        1,
        24,
        "hours per day",
    );
    cx.range_i(
        "pace.question_hours",
        i64::from(f.pace.question_hours),
        0,
        24,
        "hours per question",
    );
    cx.range_i(
        "pace.stage_missed",
        i64::from(f.pace.stage_missed),
        -100,
        0,
        "the missed-stage relationship change",
    );
    cx.range_i(
        "pace.before_stage_rapport",
        i64::from(f.pace.before_stage_rapport),
        -100,
        100,
        "the rapport before a person's stage",
    );
    if let Some(first) = f.stages.first()
        && first.day > f.start.day
    {
        cx.warn(
            "calendar-gap",
            "stages[0].day",
            format!(
                "the deal starts on day {} but the first stage only on day {}",
                f.start.day, first.day
            ),
            "starts late",
            Some("start the first stage on the start day so every day has a stage".into()),
        );
    }
    if f.decision.day <= f.start.day {
        cx.error(
            "no-time",
            "decision.day",
            format!(
                "the decision (day {}) is not after the start (day {})",
                f.decision.day, f.start.day
            ),
            "no time to play",
            Some("set `decision.day` after `start.day`".into()),
        );
    }
    cx.range_f(
        "decision.consensus",
        f.decision.consensus,
        0.0,
        1.0,
        "the consensus share",
    );
    cx.range_f(
        "decision.relationship_weight",
        f.decision.relationship_weight,
        0.0,
        1.0,
        "the relationship weight",
    );
    cx.range_f(
        "decision.stance_margin",
        f.decision.stance_margin,
        0.0,
        10.0,
        "the stance margin",
    );

    // Vendors.
    let ours: Vec<usize> = f
        .vendors
        .iter()
        .enumerate()
        .filter(|(_, v)| v.us)
        .map(|(i, _)| i)
        .collect();
    match ours.len() {
        1 => {}
        0 => cx.error(
            "no-seller",
            "vendors",
            "no vendor is marked `us: true`".into(),
            "whose side is the trainee on?",
            Some("mark the trainee's company with `us: true`".into()),
        ),
        _ => {
            for &i in &ours[1..] {
                cx.error(
                    "two-sellers",
                    &format!("vendors[{i}].us"),
                    "more than one vendor is marked `us: true`".into(),
                    "second seller",
                    Some("only the trainee's company is `us: true`".into()),
                );
            }
        }
    }
    if f.vendors.len() < 2 {
        cx.warn(
            "no-rival",
            "vendors",
            "the deal has no rival vendor".into(),
            "no competition",
            Some("add a competitor or the status-quo vendor, so the buyer has a choice".into()),
        );
    }
    let us = ours.first().copied().unwrap_or(0);
    let mut vendors = Vec::new();
    for (i, v) in f.vendors.iter().enumerate() {
        let path = format!("vendors[{i}]");
        if !(v.price > 0.0 && v.price.is_finite()) {
            cx.error(
                "out-of-range",
                &format!("{path}.price"),
                format!("price {} must be above 0", v.price),
                "bad price",
                Some("write the offer's price, e.g. `price: 100000.0`".into()),
            );
        }
        if !(v.floor >= 0.0 && v.floor <= v.price) {
            let (whose, fix) = if v.us {
                (
                    "the floor price",
                    "set `floor` to the lowest price you may sell at",
                )
            } else {
                (
                    "the rival's floor price",
                    "set `floor` to how low this rival follows your price cuts, or remove it",
                )
            };
            cx.error(
                "out-of-range",
                &format!("{path}.floor"),
                format!(
                    "{whose} {} must be between 0 and the price {}",
                    v.floor, v.price
                ),
                "bad floor",
                Some(fix.into()),
            );
        }
        let mut courts = Vec::new();
        for (pid, &n) in &v.courts {
            let cp = format!("{path}.courts.{pid}");
            cx.range_i(&cp, i64::from(n), -20, 20, "a relationship change per day");
            if v.us {
                cx.error(
                    "courts-by-us",
                    &format!("{cp}#key"),
                    "the trainee's company does not court people by itself".into(),
                    "that is us",
                    Some(
                        "move `courts` to a rival; the trainee courts people by meeting them"
                            .into(),
                    ),
                );
            } else if let Some(pi) = cx.resolve(Kind::Stakeholder, pid, &format!("{cp}#key")) {
                courts.push((pi, n));
            }
        }
        let mut scores = vec![5.0; f.concerns.len()];
        for (cid, &s) in &v.scores {
            let sp = format!("{path}.scores.{cid}");
            if let Some(ci) = cx.resolve(Kind::Concern, cid, &format!("{sp}#key")) {
                cx.range_f(&sp, s, 0.0, 10.0, "a score");
                if measures[ci] != MeasureC::Rated {
                    cx.warn(
                        "computed-concern",
                        &format!("{sp}#key"),
                        format!("concern \"{cid}\" is computed from prices; this score is ignored"),
                        "ignored",
                        Some("remove it; change `price` instead".into()),
                    );
                }
                scores[ci] = s;
            }
        }
        for (ci, c) in f.concerns.iter().enumerate() {
            if measures[ci] == MeasureC::Rated && !v.scores.contains_key(&c.id) {
                cx.warn(
                    "missing-score",
                    &format!("{path}.scores"),
                    format!(
                        "vendor \"{}\" has no score for concern \"{}\"; 5 is assumed",
                        v.id, c.id
                    ),
                    "score missing",
                    Some(format!("add \"{}\": 5.0 (0 = worst, 10 = best)", c.id)),
                );
            }
        }
        vendors.push(VendorC {
            us: v.us,
            price: v.price,
            floor: v.floor,
            courts,
            scores,
        });
    }
    let status_quo = match &f.decision.status_quo {
        Some(id) => cx.resolve(Kind::Vendor, id, "decision.status_quo"),
        None => None,
    };

    // Stakeholders, first pass: departments (tactics on departments need them).
    let depts: Vec<Option<Ix>> = f
        .stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| {
            s.department.as_ref().and_then(|d| {
                cx.resolve(
                    Kind::Department,
                    d,
                    &format!("stakeholders[{i}].department"),
                )
            })
        })
        .collect();

    let mut people = Vec::new();
    for (i, s) in f.stakeholders.iter().enumerate() {
        let path = format!("stakeholders[{i}]");
        cx.range_i(
            &format!("{path}.influence"),
            i64::from(s.influence),
            0,
            10,
            "influence",
        );
        cx.range_i(
            &format!("{path}.disposition"),
            i64::from(s.disposition),
            -100,
            100,
            "disposition",
        );
        let mut concerns = Vec::new();
        for (cid, &w) in &s.concerns {
            let cp = format!("{path}.concerns.{cid}");
            cx.weight(&cp, w);
            if let Some(ci) = cx.resolve(Kind::Concern, cid, &format!("{cp}#key")) {
                concerns.push((ci, w));
            }
        }
        if s.concerns.is_empty() && s.votes() {
            cx.warn(
                "no-concerns",
                &format!("{path}.concerns"),
                format!(
                    "\"{}\" votes but cares about nothing, so offers cannot move them",
                    s.id
                ),
                "no concerns",
                Some("give them at least one weighted concern".into()),
            );
        }
        let mut affinity = vec![0; f.vendors.len()];
        if let Some(a) = affinity.get_mut(us) {
            *a = s.disposition;
        }
        for (vid, &a) in &s.rivals {
            let vp = format!("{path}.rivals.{vid}");
            cx.range_i(&vp, i64::from(a), -100, 100, "a relationship");
            if let Some(vi) = cx.resolve(Kind::Vendor, vid, &format!("{vp}#key")) {
                if vi == us {
                    cx.error(
                        "rival-is-us",
                        &format!("{vp}#key"),
                        "`rivals` lists the trainee's own company".into(),
                        "that is us",
                        Some(
                            "set the relationship with the trainee's company in `disposition`"
                                .into(),
                        ),
                    );
                }
                affinity[vi] = a;
            }
        }
        let mut access = Vec::new();
        for (j, a) in s.access.iter().enumerate() {
            let ap = format!("{path}.access[{j}]");
            match a {
                Access::Introduction(p) => {
                    if let Some(pi) = cx.resolve(Kind::Stakeholder, p, &format!("{ap}.0")) {
                        if pi == i {
                            cx.error(
                                "self-introduction",
                                &ap,
                                format!("\"{}\" can only be introduced by themself", s.id),
                                "circular",
                                Some("name someone else who can introduce them".into()),
                            );
                        }
                        access.push(Acc::Introduction(pi));
                    }
                }
                Access::AfterFact(fid) => {
                    if let Some(fi) = cx.resolve(Kind::Fact, fid, &format!("{ap}.0")) {
                        access.push(Acc::AfterFact(fi));
                    }
                }
                Access::Stages(list) => {
                    let ids: Vec<Ix> = list
                        .iter()
                        .enumerate()
                        .filter_map(|(k, sid)| {
                            cx.resolve(Kind::Stage, sid, &format!("{ap}.0[{k}]"))
                        })
                        .collect();
                    if list.is_empty() {
                        cx.error(
                            "empty-list",
                            &ap,
                            "`Stages([])` lists no stage, so nobody can ever meet this person"
                                .into(),
                            "no stages",
                            Some("name the stages when they can be met".into()),
                        );
                    }
                    access.push(Acc::Stages(ids));
                }
            }
        }
        let mut influences = Vec::new();
        for (pid, &st) in &s.influences {
            let ip = format!("{path}.influences.{pid}");
            cx.range_f(&ip, st, 0.0, 1.0, "an influence strength");
            if let Some(pi) = cx.resolve(Kind::Stakeholder, pid, &format!("{ip}#key")) {
                if pi == i {
                    cx.error(
                        "self-influence",
                        &format!("{ip}#key"),
                        format!("\"{}\" influences themself", s.id),
                        "self",
                        Some("influence edges go to other people".into()),
                    );
                } else {
                    influences.push((pi, st));
                }
            }
        }
        let stages = s
            .stages
            .iter()
            .enumerate()
            .filter_map(|(k, sid)| cx.resolve(Kind::Stage, sid, &format!("{path}.stages[{k}]")))
            .collect();
        people.push(PersonC {
            department: depts[i],
            influence: s.influence,
            roles: role_bits(&s.roles),
            concerns,
            disposition: s.disposition,
            affinity,
            access,
            influences,
            votes: s.votes(),
            hidden: s.hidden,
            candid: s.candid,
            stages,
            meeting_facts: Vec::new(),
            answers: Vec::new(),
        });
    }
    // Influence received by one person should not exceed 1 in total (it is a share of their view).
    let mut received = vec![0.0f32; people.len()];
    for p in &people {
        for &(to, st) in &p.influences {
            received[to] += st;
        }
    }
    for (i, r) in received.iter().enumerate() {
        if *r > 1.0 {
            cx.warn(
                "influence-over-one",
                &format!("stakeholders[{i}]"),
                format!(
                    "\"{}\" receives influence {r:.2} in total; it is scaled down to 1",
                    f.stakeholders[i].id
                ),
                "too much influence",
                Some("keep the strengths pointing at one person at or below 1 in total".into()),
            );
        }
    }

    // Questions, facts and their sources.
    let mut tactic_reveals: Vec<Vec<Ix>> = vec![Vec::new(); f.tactics.len()];
    let mut facts = Vec::new();
    let mut asked = vec![false; f.questions.len()];
    let start_facts: Vec<Ix> = f
        .start
        .known_facts
        .iter()
        .enumerate()
        .filter_map(|(k, id)| cx.resolve(Kind::Fact, id, &format!("start.known_facts[{k}]")))
        .collect();
    for (i, fact) in f.facts.iter().enumerate() {
        let path = format!("facts[{i}]");
        for (j, src) in fact.sources.iter().enumerate() {
            let sp = format!("{path}.sources[{j}]");
            match src {
                Source::Meeting(p) => {
                    if let Some(pi) = cx.resolve(Kind::Stakeholder, p, &format!("{sp}.0")) {
                        people[pi].meeting_facts.push(i);
                    }
                }
                Source::Ask(p, q) => {
                    let pi = cx.resolve(Kind::Stakeholder, p, &format!("{sp}.0"));
                    let qi = cx.resolve(Kind::Question, q, &format!("{sp}.1"));
                    if let (Some(pi), Some(qi)) = (pi, qi) {
                        asked[qi] = true;
                        if people[pi].answers.iter().any(|&(q2, _)| q2 == qi) {
                            cx.warn("two-answers", &sp, format!("\"{p}\" already answers \"{q}\" with another fact; both are revealed together"), "second answer", None);
                        }
                        people[pi].answers.push((qi, i));
                    }
                }
                Source::Tactic(t) => {
                    if let Some(ti) = cx.resolve(Kind::Tactic, t, &format!("{sp}.0")) {
                        tactic_reveals[ti].push(i);
                    }
                }
            }
        }
        let mut reveals = Vec::new();
        for (j, r) in fact.reveals.iter().enumerate() {
            let rp = format!("{path}.reveals[{j}]");
            let p0 = format!("{rp}.0");
            let rev = match r {
                Reveal::Concern(p, c) => {
                    let pi = cx.resolve(Kind::Stakeholder, p, &p0);
                    let ci = cx.resolve(Kind::Concern, c, &format!("{rp}.1"));
                    match (pi, ci) {
                        (Some(pi), Some(ci)) => {
                            if !people[pi].concerns.iter().any(|&(c2, _)| c2 == ci) {
                                cx.warn("concern-not-held", &rp, format!("fact \"{}\" reveals that \"{p}\" cares about \"{c}\", but \"{p}\" has no such concern", fact.id), "not one of their concerns", Some(format!("add \"{c}\" to the concerns of \"{p}\"")));
                            }
                            Some(Rev::Concern(pi, ci))
                        }
                        _ => None,
                    }
                }
                Reveal::Roles(p) => cx.resolve(Kind::Stakeholder, p, &p0).map(Rev::Roles),
                Reveal::Stance(p) => cx.resolve(Kind::Stakeholder, p, &p0).map(Rev::Stance),
                Reveal::Person(p) => cx.resolve(Kind::Stakeholder, p, &p0).map(Rev::Person),
            };
            reveals.extend(rev);
        }
        facts.push(FactC {
            key: fact.key,
            reveals,
        });
    }
    for (i, q) in f.questions.iter().enumerate() {
        if !asked[i] {
            cx.warn(
                "unused-question",
                &format!("questions[{i}].id"),
                format!("nobody answers question \"{}\"", q.id),
                "never answered",
                Some(format!(
                    "add `Ask(\"person\", \"{}\")` to a fact's sources, or remove the question",
                    q.id
                )),
            );
        }
    }

    // Tactics.
    let mut tactics = Vec::new();
    for (i, t) in f.tactics.iter().enumerate() {
        let path = format!("tactics[{i}]");
        cx.range_f(
            &format!("{path}.odds"),
            t.odds,
            0.0,
            1.0,
            "the odds of success",
        );
        cx.range_f(
            &format!("{path}.compliance_risk"),
            t.compliance_risk,
            0.0,
            1.0,
            "the compliance risk",
        );
        let target = match &t.target {
            Some(w) => cx
                .who(w, &format!("{path}.target"), &depts)
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let requires = t
            .requires
            .iter()
            .enumerate()
            .filter_map(|(j, c)| cx.cond(c, &format!("{path}.requires[{j}]")))
            .collect();
        let effects = t
            .effects
            .iter()
            .enumerate()
            .filter_map(|(j, e)| cx.effect(e, &format!("{path}.effects[{j}]"), &depts, &measures))
            .collect();
        let on_failure = t
            .on_failure
            .iter()
            .enumerate()
            .filter_map(|(j, e)| {
                cx.effect(e, &format!("{path}.on_failure[{j}]"), &depts, &measures)
            })
            .collect();
        let if_caught = t
            .if_caught
            .iter()
            .enumerate()
            .filter_map(|(j, e)| cx.effect(e, &format!("{path}.if_caught[{j}]"), &depts, &measures))
            .collect::<Vec<_>>();
        if t.compliance_risk > 0.0 && t.if_caught.is_empty() {
            cx.warn("risk-without-consequence", &format!("{path}.compliance_risk"), format!("tactic \"{}\" can be caught but `if_caught` is empty, so nothing happens when it is", t.id), "no consequence", Some("add `if_caught: [Disqualify]` or a relationship loss".into()));
        }
        if t.retry && t.repeatable {
            cx.warn(
                "retry-and-repeatable",
                &format!("{path}.retry"),
                format!(
                    "tactic \"{}\" is `repeatable`, so `retry` adds nothing",
                    t.id
                ),
                "redundant",
                Some("keep one: `repeatable` (any time) or `retry` (after a failure)".into()),
            );
        }
        if t.effects.is_empty() && tactic_reveals[i].is_empty() {
            cx.warn(
                "no-effect",
                &format!("{path}.effects"),
                format!("tactic \"{}\" changes nothing and reveals no fact", t.id),
                "no effect",
                Some("give it effects, or make it a source of a fact".into()),
            );
        }
        tactics.push(TacticC {
            days: t.days,
            budget: t.budget,
            target,
            requires,
            odds: t.odds,
            effects,
            on_failure,
            compliance_risk: t.compliance_risk,
            breaks_policy: t.breaks_policy,
            if_caught,
            repeatable: t.repeatable,
            retry: t.retry,
            reveals: std::mem::take(&mut tactic_reveals[i]),
        });
    }

    // Competitor moves.
    let mut moves = Vec::new();
    for (i, m) in f.competitor_moves.iter().enumerate() {
        let path = format!("competitor_moves[{i}]");
        let vendor = cx.resolve(Kind::Vendor, &m.vendor, &format!("{path}.vendor"));
        if vendor == Some(us) {
            cx.error(
                "move-by-us",
                &format!("{path}.vendor"),
                "a competitor move is made by the trainee's own company".into(),
                "that is us",
                Some("name a rival vendor; the trainee's own moves are tactics".into()),
            );
        }
        cx.range_f(&format!("{path}.odds"), m.odds, 0.0, 1.0, "the odds");
        if m.day >= f.decision.day {
            cx.warn(
                "move-after-decision",
                &format!("{path}.day"),
                format!(
                    "this move on day {} comes on or after the decision (day {}) and never happens",
                    m.day, f.decision.day
                ),
                "too late",
                Some("move it before `decision.day`".into()),
            );
        }
        let unless = m
            .unless
            .iter()
            .enumerate()
            .filter_map(|(j, c)| cx.cond(c, &format!("{path}.unless[{j}]")))
            .collect();
        let effects: Vec<Eff> = m
            .effects
            .iter()
            .enumerate()
            .filter_map(|(j, e)| cx.effect(e, &format!("{path}.effects[{j}]"), &depts, &measures))
            .collect();
        for (j, e) in m.effects.iter().enumerate() {
            if matches!(e, Effect::Budget(_)) {
                cx.error(
                    "budget-by-rival",
                    &format!("{path}.effects[{j}]"),
                    "a rival cannot raise the buyer's budget for the trainee".into(),
                    "not a rival's move",
                    Some("move `Budget(..)` to one of the trainee's tactics".into()),
                );
            }
        }
        if let Some(vendor) = vendor {
            moves.push(MoveC {
                index: i,
                vendor,
                day: m.day,
                odds: m.odds,
                unless,
                effects,
                noticed: m.noticed,
            });
        }
    }
    moves.sort_by_key(|m| m.day);

    // Variations.
    let mut variations = Vec::new();
    for (i, v) in f.variations.iter().enumerate() {
        let path = format!("variations[{i}]");
        if v.pick_one.is_empty() {
            cx.error(
                "empty-list",
                &format!("{path}.pick_one"),
                format!("variation \"{}\" has no alternatives", v.id),
                "nothing to pick",
                Some("add at least two alternatives".into()),
            );
        }
        if v.pick_one.iter().map(|a| u64::from(a.weight)).sum::<u64>() == 0
            && !v.pick_one.is_empty()
        {
            cx.error(
                "zero-weights",
                &format!("{path}.pick_one"),
                format!("every alternative of \"{}\" has weight 0", v.id),
                "never picked",
                Some("give at least one alternative a weight above 0".into()),
            );
        }
        let mut alternatives = Vec::new();
        for (j, a) in v.pick_one.iter().enumerate() {
            let mut patches = Vec::new();
            for (k, p) in a.patches.iter().enumerate() {
                let pp = format!("{path}.pick_one[{j}].patches[{k}]");
                let p0 = format!("{pp}.0");
                let patch = match p {
                    Patch::Roles(s, roles) => cx
                        .resolve(Kind::Stakeholder, s, &p0)
                        .map(|s| PatchC::Roles(s, role_bits(roles))),
                    Patch::Influence(s, n) => {
                        cx.range_i(&format!("{pp}.1"), i64::from(*n), 0, 10, "influence");
                        cx.resolve(Kind::Stakeholder, s, &p0)
                            .map(|s| PatchC::Influence(s, *n))
                    }
                    Patch::Disposition(s, n) => {
                        cx.range_i(&format!("{pp}.1"), i64::from(*n), -100, 100, "disposition");
                        cx.resolve(Kind::Stakeholder, s, &p0)
                            .map(|s| PatchC::Disposition(s, *n))
                    }
                    Patch::Concern(s, c, w) => {
                        cx.weight(&format!("{pp}.2"), *w);
                        let si = cx.resolve(Kind::Stakeholder, s, &p0);
                        let ci = cx.resolve(Kind::Concern, c, &format!("{pp}.1"));
                        si.zip(ci).map(|(s, c)| PatchC::Concern(s, c, *w))
                    }
                    Patch::Influences(a2, b, st) => {
                        cx.range_f(&format!("{pp}.2"), *st, 0.0, 1.0, "an influence strength");
                        let ai = cx.resolve(Kind::Stakeholder, a2, &p0);
                        let bi = cx.resolve(Kind::Stakeholder, b, &format!("{pp}.1"));
                        ai.zip(bi).map(|(a2, b)| PatchC::Influences(a2, b, *st))
                    }
                    Patch::Price(vid, price) => {
                        let vi = cx.resolve(Kind::Vendor, vid, &p0);
                        if !(price.is_finite() && *price > 0.0) {
                            cx.error(
                                "out-of-range",
                                &format!("{pp}.1"),
                                format!("price {price} must be a number above 0"),
                                "bad price",
                                Some(
                                    "write the offer's price, e.g. `Price(\"us\", 95000.0)`".into(),
                                ),
                            );
                        } else if let Some(v) = vi
                            .and_then(|v| f.vendors.get(v))
                            .filter(|v| v.us && *price < v.floor)
                        {
                            cx.error(
                                "out-of-range",
                                &format!("{pp}.1"),
                                format!(
                                    "price {price} is below the floor {} of \"{}\": the trainee would sell at a loss",
                                    v.floor, v.id
                                ),
                                "below the floor",
                                Some(format!("use a price of at least {}, or lower `floor`", v.floor)),
                            );
                        }
                        vi.map(|v| PatchC::Price(v, *price))
                    }
                };
                patches.extend(patch);
            }
            alternatives.push((a.weight, patches));
        }
        variations.push(VariationC { alternatives });
    }

    let start_met: Vec<Ix> = f
        .start
        .met
        .iter()
        .enumerate()
        .filter_map(|(k, id)| cx.resolve(Kind::Stakeholder, id, &format!("start.met[{k}]")))
        .collect();

    // Someone must decide.
    let decides = |p: &PersonC| p.votes && p.influence > 0;
    if !people.iter().any(decides) {
        cx.error(
            "no-voters",
            "stakeholders",
            "nobody has a say in the decision (every stakeholder has no vote or influence 0)"
                .into(),
            "no decision body",
            Some("give the people in departments an influence above 0".into()),
        );
    }
    let dm = Role::DecisionMaker.bit();
    let dm_somewhere = people.iter().any(|p| decides(p) && p.roles & dm != 0)
        || variations.iter().any(|v| {
            v.alternatives.iter().any(|(_, ps)| {
                ps.iter()
                    .any(|p| matches!(p, PatchC::Roles(_, r) if r & dm != 0))
            })
        });
    if !dm_somewhere {
        cx.error(
            "no-decision-maker",
            "stakeholders",
            "no voting stakeholder has the role DecisionMaker".into(),
            "who signs?",
            Some(
                "add `roles: [DecisionMaker]` to the person who decides (the economic buyer)"
                    .into(),
            ),
        );
    }

    let mut expectations = Vec::new();
    for (i, e) in f.expectations.iter().enumerate() {
        let path = format!("expectations[{i}]");
        let refs = |list: &[ActionRef], field: &str, cx: &mut Ctx| -> Vec<ActRef> {
            list.iter()
                .enumerate()
                .filter_map(|(j, a)| {
                    let ap = format!("{path}.{field}[{j}]");
                    let p0 = format!("{ap}.0");
                    match a {
                        ActionRef::Meet(p) => {
                            cx.resolve(Kind::Stakeholder, p, &p0).map(ActRef::Meet)
                        }
                        ActionRef::AskConcerns(p) => cx
                            .resolve(Kind::Stakeholder, p, &p0)
                            .map(ActRef::AskConcerns),
                        ActionRef::Tactic(t) => {
                            cx.resolve(Kind::Tactic, t, &p0).map(ActRef::Tactic)
                        }
                        ActionRef::Ask(p, q) => {
                            let pi = cx.resolve(Kind::Stakeholder, p, &p0);
                            let qi = cx.resolve(Kind::Question, q, &format!("{ap}.1"));
                            pi.zip(qi).map(|(p, q)| ActRef::Ask(p, q))
                        }
                    }
                })
                .collect()
        };
        let avoid = refs(&e.avoid, "avoid", cx);
        let require = refs(&e.require, "require", cx);
        if let Policy::SkipStep(n) = e.policy {
            cx.range_i(
                &format!("{path}.policy.0"),
                i64::from(n),
                1,
                5,
                "a step of the five",
            );
        }
        for (j, a) in e.require.iter().enumerate() {
            if e.avoid.contains(a) {
                cx.error(
                    "require-avoided",
                    &format!("{path}.require[{j}]"),
                    "the bot is told both to take and to avoid this action".into(),
                    "required and avoided",
                    Some("remove it from `avoid` or from `require`".into()),
                );
            }
        }
        let bp = format!("{path}.expect.0");
        match e.expect {
            Bound::WinRateAtMost(x)
            | Bound::WinRateAtLeast(x)
            | Bound::MarginKeptAtMost(x)
            | Bound::MarginAtLeast(x) => cx.range_f(&bp, x, 0.0, 1.0, "a share"),
            Bound::ScoreAtLeast(x) | Bound::ScoreAtMost(x) => {
                cx.range_f(&bp, x, 0.0, 1000.0, "a score")
            }
            Bound::PartAtLeast(_, x) | Bound::PartAtMost(_, x) => {
                cx.range_f(&format!("{path}.expect.1"), x, -1000.0, 1000.0, "a score")
            }
        }
        expectations.push(ExpectC {
            policy: e.policy,
            avoid,
            require,
            bound: e.expect,
        });
    }

    for (i, &step) in f.teaches.iter().enumerate() {
        let path = format!("teaches[{i}]");
        cx.range_i(&path, i64::from(step), 1, 5, "a step of the five");
        if f.teaches[..i].contains(&step) {
            cx.error(
                "duplicate-step",
                &path,
                format!("step {step} is listed twice"),
                "listed twice",
                Some("list each step once".into()),
            );
        }
    }

    for (k, st) in f.stages.iter().enumerate() {
        if st.gate && !people.iter().any(|p| p.stages.contains(&k)) {
            cx.error(
                "gate-without-people",
                &format!("stages[{k}].gate"),
                format!("stage \"{}\" is a gate, but nobody is tied to it", st.id),
                "nobody to pass",
                Some(format!(
                    "add \"{}\" to the `stages` of the people who decide the gate",
                    st.id
                )),
            );
        }
        if st.gate && st.follow_up {
            cx.error(
                "gate-after-decision",
                &format!("stages[{k}].gate"),
                "a follow-up stage comes after the decision, so it cannot gate the bid".into(),
                "too late",
                Some("put the gate on a stage before the decision".into()),
            );
        }
    }

    let mut department_people = vec![Vec::new(); f.departments.len()];
    for (i, p) in people.iter().enumerate() {
        if let Some(d) = p.department {
            department_people[d].push(i);
        }
    }
    for (i, d) in f.departments.iter().enumerate() {
        if department_people[i].is_empty() {
            cx.warn(
                "empty-department",
                &format!("departments[{i}].id"),
                format!("nobody works in department \"{}\"", d.id),
                "empty",
                Some("put a stakeholder in it, or remove it".into()),
            );
        }
    }

    let notes = f
        .debrief
        .notes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let when = n
                .when
                .iter()
                .enumerate()
                .filter_map(|(j, w)| {
                    let p0 = format!("debrief.notes[{i}].when[{j}].0");
                    Some(match w {
                        When::Won => WhenC::Won,
                        When::Lost => WhenC::Lost,
                        When::NoDecision => WhenC::NoDecision,
                        When::Disqualified => WhenC::Disqualified,
                        When::EveryDepartment => WhenC::EveryDepartment,
                        When::EveryStageInTime => WhenC::EveryStageInTime,
                        When::WithinTheRules => WhenC::WithinTheRules,
                        When::Used(t) => WhenC::Used(cx.resolve(Kind::Tactic, t, &p0)?),
                        When::NotUsed(t) => WhenC::NotUsed(cx.resolve(Kind::Tactic, t, &p0)?),
                        When::Met(p) => WhenC::Met(cx.resolve(Kind::Stakeholder, p, &p0)?),
                        When::NotMet(p) => WhenC::NotMet(cx.resolve(Kind::Stakeholder, p, &p0)?),
                        When::Known(k) => WhenC::Known(cx.resolve(Kind::Fact, k, &p0)?),
                        When::NotKnown(k) => WhenC::NotKnown(cx.resolve(Kind::Fact, k, &p0)?),
                        When::Supporter(p) => {
                            WhenC::Supporter(cx.resolve(Kind::Stakeholder, p, &p0)?)
                        }
                    })
                })
                .collect();
            (i, when)
        })
        .collect();
    let d = &f.decision;
    let compiled = Compiled {
        pace: f.pace.clone(),
        decision: DecisionC {
            day: d.day,
            consensus: d.consensus,
            veto: d.veto,
            veto_margin: d.veto_margin,
            veto_by: role_bits(&d.veto_by),
            relationship_weight: d.relationship_weight,
            stance_margin: d.stance_margin,
        },
        scoring: f.scoring.clone(),
        start_day: f.start.day,
        start_budget: f.start.budget,
        questions: f.questions.len(),
        deal_stages,
        gates: f.stages.iter().map(|s| s.gate).collect(),
        notes,
        measures,
        people,
        vendors,
        us,
        status_quo,
        stage_days,
        facts,
        tactics,
        moves,
        variations,
        start_facts,
        start_met,
        department_people,
        expectations,
    };

    if cx.errors() > 0 {
        return None;
    }
    reachability(f, &compiled, cx);
    says::check(f, cx);
    (cx.errors() == 0).then(|| (compiled, std::mem::take(&mut cx.index)))
}

/// Whether every person, fact and tactic can come into play: a fixpoint over access rules, fact
/// sources and tactic preconditions, ignoring chance (a tactic with odds above 0 can succeed).
fn reachability(f: &ScenarioFile, c: &Compiled, cx: &mut Ctx) {
    let n_stages = c.stage_days.len();
    let budget = f.start.budget;
    let days = f.decision.day.saturating_sub(f.start.day);
    let mut person = vec![false; c.people.len()];
    let mut visible: Vec<bool> = c.people.iter().map(|p| !p.hidden).collect();
    let mut fact = vec![false; c.facts.len()];
    let mut tactic = vec![false; c.tactics.len()];
    for &p in &c.start_met {
        person[p] = true;
        visible[p] = true;
    }
    for &fi in &c.start_facts {
        fact[fi] = true;
    }
    // Stage window a set of conditions allows: [lo, hi].
    let window = |conds: &[Cond]| {
        let (mut lo, mut hi) = (0usize, n_stages.saturating_sub(1));
        for cond in conds {
            match *cond {
                Cond::Stage(s) => {
                    lo = lo.max(s);
                    hi = hi.min(s);
                }
                Cond::Before(s) => {
                    if s == 0 {
                        return None;
                    }
                    hi = hi.min(s - 1);
                }
                Cond::From(s) => lo = lo.max(s),
                _ => {}
            }
        }
        (lo <= hi).then_some((lo, hi))
    };
    let mut changed = true;
    while changed {
        changed = false;
        for (i, p) in c.people.iter().enumerate() {
            if person[i] || !visible[i] {
                continue;
            }
            let ok = p.access.iter().all(|a| match a {
                Acc::Introduction(by) => person[*by],
                Acc::AfterFact(fi) => fact[*fi],
                Acc::Stages(list) => !list.is_empty(),
            });
            if ok {
                person[i] = true;
                changed = true;
            }
        }
        for (i, t) in c.tactics.iter().enumerate() {
            if tactic[i] || t.days > days || t.budget > budget || t.odds <= 0.0 {
                continue;
            }
            let ok = window(&t.requires).is_some()
                && t.requires.iter().all(|r| match *r {
                    Cond::Known(fi) => fact[fi],
                    Cond::Met(p) | Cond::Relationship(p, _) => person[p],
                    Cond::Used(u) => tactic[u] && u != i,
                    Cond::NotUsed(_) | Cond::Stage(_) | Cond::Before(_) | Cond::From(_) => true,
                })
                && !t
                    .requires
                    .iter()
                    .any(|r| matches!(r, Cond::Relationship(_, n) if *n > 100));
            if ok {
                tactic[i] = true;
                changed = true;
            }
        }
        for (i, p) in c.people.iter().enumerate() {
            if !person[i] {
                continue;
            }
            for &fi in p
                .meeting_facts
                .iter()
                .chain(p.answers.iter().map(|(_, f)| f))
            {
                if !fact[fi] {
                    fact[fi] = true;
                    changed = true;
                }
            }
        }
        for (i, t) in c.tactics.iter().enumerate() {
            if tactic[i] {
                for &fi in &t.reveals {
                    if !fact[fi] {
                        fact[fi] = true;
                        changed = true;
                    }
                }
            }
        }
        for (fi, fc) in c.facts.iter().enumerate() {
            if fact[fi] {
                for r in &fc.reveals {
                    if let Rev::Person(p) = *r
                        && !visible[p]
                    {
                        visible[p] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    let mut revealed_somehow: HashSet<Ix> = HashSet::new();
    for p in &c.people {
        revealed_somehow.extend(p.meeting_facts.iter().copied());
        revealed_somehow.extend(p.answers.iter().map(|(_, f)| *f));
    }
    for t in &c.tactics {
        revealed_somehow.extend(t.reveals.iter().copied());
    }
    revealed_somehow.extend(c.start_facts.iter().copied());

    for (i, s) in f.stakeholders.iter().enumerate() {
        if person[i] {
            continue;
        }
        let mut path = format!("stakeholders[{i}].id");
        let (why, help) = if !visible[i] {
            (
                "is hidden and no reachable fact reveals them".to_string(),
                format!(
                    "add `Person(\"{}\")` to the `reveals` of a fact the trainee can find",
                    s.id
                ),
            )
        } else {
            // Name the first rule that can never hold.
            let blocked = c.people[i].access.iter().enumerate().find_map(|(j, a)| match a {
                Acc::Introduction(by) if !person[*by] => Some((j, format!("the introduction by \"{}\" can never happen, because \"{}\" cannot be met either", f.stakeholders[*by].id, f.stakeholders[*by].id))),
                Acc::AfterFact(fi) if !fact[*fi] => Some((j, format!("the fact \"{}\" can never be found", f.facts[*fi].id))),
                _ => None,
            });
            match blocked {
                Some((j, why)) => {
                    path = format!("stakeholders[{i}].access[{j}]");
                    (
                        format!("can never be met: {why}"),
                        "make the introducer or the fact reachable, or remove this rule"
                            .to_string(),
                    )
                }
                None => (
                    "can never be met".to_string(),
                    "check the rules in `access`".to_string(),
                ),
            }
        };
        if s.votes() || c.people[i].roles != 0 || !c.people[i].influences.is_empty() {
            cx.error(
                "unreachable-stakeholder",
                &path,
                format!("stakeholder \"{}\" {why}", s.id),
                "nobody can reach this person",
                Some(help),
            );
        } else {
            cx.warn(
                "unreachable-stakeholder",
                &path,
                format!("stakeholder \"{}\" {why}", s.id),
                "unreachable",
                Some(help),
            );
        }
    }
    for (i, fc) in f.facts.iter().enumerate() {
        if fact[i] {
            continue;
        }
        let path = format!("facts[{i}].id");
        if !revealed_somehow.contains(&i) {
            cx.error("unrevealed-fact", &path, format!("nothing reveals fact \"{}\"", fc.id), "never revealed", Some("add a source: `Meeting(\"person\")`, `Ask(\"person\", \"question\")` or `Tactic(\"tactic\")`, or list it in `start.known_facts`".into()));
        } else {
            cx.error("unrevealed-fact", &path, format!("fact \"{}\" can never be revealed: every source is out of reach", fc.id), "never revealed", Some("make one of its sources reachable (a person who can be met, a tactic that can be used)".into()));
        }
    }
    for (i, t) in f.tactics.iter().enumerate() {
        if tactic[i] {
            continue;
        }
        let tc = &c.tactics[i];
        let path = format!("tactics[{i}]");
        let (at, why) = if tc.days > days {
            (
                format!("{path}.days"),
                format!("it takes {} days but the deal lasts {days}", tc.days),
            )
        } else if tc.budget > budget {
            (
                format!("{path}.budget"),
                format!("it costs {} but the budget is {budget}", tc.budget),
            )
        } else if tc.odds <= 0.0 {
            (
                format!("{path}.odds"),
                "its odds of success are 0".to_string(),
            )
        } else if window(&tc.requires).is_none() {
            (
                format!("{path}.requires"),
                "its stage conditions contradict each other".to_string(),
            )
        } else {
            let bad = tc.requires.iter().position(|r| match *r {
                Cond::Known(fi) => !fact[fi],
                Cond::Met(p) => !person[p],
                Cond::Relationship(p, n) => !person[p] || n > 100,
                Cond::Used(u) => !tactic[u] || u == i,
                _ => false,
            });
            match bad {
                Some(j) => (
                    format!("{path}.requires[{j}]"),
                    "this precondition can never hold".to_string(),
                ),
                None => (
                    format!("{path}.requires"),
                    "its preconditions can never hold".to_string(),
                ),
            }
        };
        cx.error(
            "impossible-tactic",
            &at,
            format!("tactic \"{}\" can never be used: {why}", t.id),
            "never possible",
            Some("loosen the precondition or make what it needs reachable".into()),
        );
    }
}
