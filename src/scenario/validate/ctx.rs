//! What every check shares: the problems found so far (by data path), the id index, and the
//! helpers that resolve ids and check numbers, conditions, targets and effects.

use std::collections::HashMap;

use super::{Code, Index};
use crate::scenario::compiled::*;
use crate::scenario::diag::{Severity, closest};
use crate::scenario::model::*;

#[derive(Clone, Copy)]
pub(super) enum Kind {
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
pub(super) struct Pending {
    pub severity: Severity,
    pub code: Code,
    pub path: String,
    pub message: String,
    pub label: String,
    pub help: Option<String>,
}

#[derive(Default)]
pub(super) struct Ctx {
    pub pending: Vec<Pending>,
    pub index: Index,
}

impl Ctx {
    fn push(
        &mut self,
        severity: Severity,
        code: Code,
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

    pub fn error(
        &mut self,
        code: Code,
        path: &str,
        msg: String,
        label: &str,
        help: Option<String>,
    ) {
        self.push(Severity::Error, code, path, msg, label, help);
    }

    pub fn warn(&mut self, code: Code, path: &str, msg: String, label: &str, help: Option<String>) {
        self.push(Severity::Warning, code, path, msg, label, help);
    }

    pub fn errors(&self) -> usize {
        self.pending
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    fn map(&mut self, kind: Kind) -> &mut HashMap<String, Ix> {
        match kind {
            Kind::Concern => &mut self.index.concerns,
            Kind::Department => &mut self.index.departments,
            Kind::Stakeholder => &mut self.index.stakeholders,
            Kind::Stage => &mut self.index.stages,
            Kind::Vendor => &mut self.index.vendors,
            Kind::Fact => &mut self.index.facts,
            Kind::Question => &mut self.index.questions,
            Kind::Tactic => &mut self.index.tactics,
        }
    }

    /// Resolves a reference, reporting a dangling id with the closest existing one.
    pub fn resolve(&mut self, kind: Kind, id: &str, path: &str) -> Option<Ix> {
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
            Code::DanglingId,
            path,
            format!("no {} has the id \"{id}\"", kind.name()),
            &format!("unknown {}", kind.name()),
            Some(help),
        );
        None
    }

    /// Checks each item of a list at `{path}[k]`, keeping what `check` makes of those without an
    /// error.
    pub fn each<T, U>(
        &mut self,
        list: &[T],
        path: &str,
        mut check: impl FnMut(&mut Ctx, &T, &str) -> Option<U>,
    ) -> Vec<U> {
        list.iter()
            .enumerate()
            .filter_map(|(k, item)| check(self, item, &format!("{path}[{k}]")))
            .collect()
    }

    /// Resolves each id of a list, reporting a dangling one at `{path}[k]`; keeps those found.
    pub fn resolve_all(&mut self, kind: Kind, ids: &[String], path: &str) -> Vec<Ix> {
        self.each(ids, path, |cx, id, at| cx.resolve(kind, id, at))
    }

    /// Indexes the ids of one kind, reporting empty, malformed and duplicate ones.
    pub fn index_ids<'x>(&mut self, kind: Kind, ids: impl Iterator<Item = &'x String>) {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{}[{i}].id", kind.list());
            if id.trim().is_empty() {
                self.error(
                    Code::EmptyId,
                    &path,
                    format!("a {} has an empty id", kind.name()),
                    "empty id",
                    Some("give it a short readable id like \"finance_head\"".into()),
                );
            } else if let Some(help) = not_one_word(id) {
                self.error(
                    Code::BadId,
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
                    Code::DuplicateId,
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
        *self.map(kind) = map;
    }

    pub fn range_f(&mut self, path: &str, v: f32, lo: f32, hi: f32, what: &str) {
        if !(v >= lo && v <= hi) {
            self.out_of_range(path, v, lo, hi, what);
        }
    }

    pub fn range_i(&mut self, path: &str, v: i64, lo: i64, hi: i64, what: &str) {
        if v < lo || v > hi {
            self.out_of_range(path, v, lo, hi, what);
        }
    }

    fn out_of_range<N: std::fmt::Display>(&mut self, path: &str, v: N, lo: N, hi: N, what: &str) {
        self.error(
            Code::OutOfRange,
            path,
            format!("{what} is {v}, outside {lo} to {hi}"),
            "out of range",
            Some(format!("use a value from {lo} to {hi}")),
        );
    }

    pub fn weight(&mut self, path: &str, w: Weight) {
        match w {
            Weight::Fixed(v) => self.range_f(path, v, 0.0, 10.0, "a concern weight"),
            Weight::Range(lo, hi) => {
                self.range_f(path, lo, 0.0, 10.0, "the low end of the weight range");
                self.range_f(path, hi, 0.0, 10.0, "the high end of the weight range");
                if lo > hi {
                    self.error(
                        Code::BadRange,
                        path,
                        format!("the range ({lo}, {hi}) runs backwards"),
                        "low end above high end",
                        Some(format!("write it as ({hi}, {lo})")),
                    );
                }
            }
        }
    }

    pub fn cond(&mut self, c: &Condition, path: &str) -> Option<CompiledCondition> {
        let p0 = format!("{path}.0");
        Some(match c {
            Condition::Stage(s) => CompiledCondition::Stage(self.resolve(Kind::Stage, s, &p0)?),
            Condition::Before(s) => CompiledCondition::Before(self.resolve(Kind::Stage, s, &p0)?),
            Condition::From(s) => CompiledCondition::From(self.resolve(Kind::Stage, s, &p0)?),
            Condition::Known(f) => CompiledCondition::Known(self.resolve(Kind::Fact, f, &p0)?),
            Condition::Met(p) => CompiledCondition::Met(self.resolve(Kind::Stakeholder, p, &p0)?),
            Condition::Relationship(p, n) => {
                self.range_i(
                    &format!("{path}.1"),
                    i64::from(*n),
                    -100,
                    100,
                    "a relationship threshold",
                );
                CompiledCondition::Relationship(self.resolve(Kind::Stakeholder, p, &p0)?, *n)
            }
            Condition::Used(t) => CompiledCondition::Used(self.resolve(Kind::Tactic, t, &p0)?),
            Condition::NotUsed(t) => {
                CompiledCondition::NotUsed(self.resolve(Kind::Tactic, t, &p0)?)
            }
        })
    }

    /// The conditions of a list at `{path}[j]`; those that do not resolve are left out.
    pub fn conds(&mut self, list: &[Condition], path: &str) -> Vec<CompiledCondition> {
        self.each(list, path, |cx, c, at| cx.cond(c, at))
    }

    pub fn who(&mut self, w: &Who, path: &str, compiled_people: &[Option<Ix>]) -> Option<Vec<Ix>> {
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

    /// The effects of a list at `{path}[j]`; those with an error are left out.
    pub fn effects(
        &mut self,
        list: &[Effect],
        path: &str,
        depts: &[Option<Ix>],
        measures: &[CompiledMeasure],
    ) -> Vec<CompiledEffect> {
        self.each(list, path, |cx, e, at| cx.effect(e, at, depts, measures))
    }

    fn effect(
        &mut self,
        e: &Effect,
        path: &str,
        depts: &[Option<Ix>],
        measures: &[CompiledMeasure],
    ) -> Option<CompiledEffect> {
        Some(match e {
            Effect::Relationship(w, n) => {
                self.range_i(
                    &format!("{path}.1"),
                    i64::from(*n),
                    -200,
                    200,
                    "a relationship change",
                );
                CompiledEffect::Relationship(self.who(w, path, depts)?, *n)
            }
            Effect::Score(c, d) => {
                let ci = self.resolve(Kind::Concern, c, &format!("{path}.0"))?;
                self.range_f(&format!("{path}.1"), *d, -10.0, 10.0, "a score change");
                if measures
                    .get(ci)
                    .is_some_and(|m| *m != CompiledMeasure::Rated)
                {
                    self.error(
                        Code::ComputedConcern,
                        path,
                        format!(
                            "concern \"{c}\" is computed from prices, so its score cannot be \
                             changed directly"
                        ),
                        "computed concern",
                        Some("change the price with `Price(-5.0)` instead".into()),
                    );
                    return None;
                }
                CompiledEffect::Score(ci, *d)
            }
            Effect::Price(p) => {
                self.range_f(
                    &format!("{path}.0"),
                    *p,
                    -90.0,
                    100.0,
                    "a price change in percent",
                );
                CompiledEffect::Price(*p)
            }
            Effect::Budget(x) => self.budget(*x, path, measures)?,
            Effect::Disqualify => CompiledEffect::Disqualify,
        })
    }

    fn budget(
        &mut self,
        x: f64,
        path: &str,
        measures: &[CompiledMeasure],
    ) -> Option<CompiledEffect> {
        if !x.is_finite() || x.abs() > 1e12 {
            self.error(
                Code::OutOfRange,
                &format!("{path}.0"),
                format!("a budget change of {x} is not a sum of money"),
                "bad amount",
                Some("write the amount the buyer's budget rises by, e.g. `Budget(50000.0)`".into()),
            );
            return None;
        }
        if !measures
            .iter()
            .any(|m| matches!(m, CompiledMeasure::Budget(_)))
        {
            self.warn(
                Code::NoBudgetConcern,
                path,
                "no concern is measured by `Budget(..)`, so raising the budget changes nothing"
                    .into(),
                "no budget",
                Some("add a concern with `measure: Budget(limit)`".into()),
            );
        }
        Some(CompiledEffect::Budget(x))
    }
}

/// Why an id is not one word, with the fix, or `None` when it is one. Ids are typed in commands
/// (`meet ad_min`) and become parts of web addresses in xAPI exports, so they hold letters (of
/// any script), digits, `_`, `-` and `.` only.
pub(super) fn not_one_word(id: &str) -> Option<String> {
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
        "an id is one word of letters, digits, `_`, `-` or `.` (trainees type ids in commands \
         such as `meet han_zong`); it has {what}: write \"{fixed}\" here and where it is used"
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
