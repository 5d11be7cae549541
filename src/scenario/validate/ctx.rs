//! What every check shares: the problems found so far (by data path), the id index, and the
//! helpers that resolve ids and check numbers, conditions, targets and effects.

use std::collections::HashMap;

use super::{Code, Index};
use crate::i18n::{Arg, Msg};
use crate::msg;
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
    /// One of them, in words ("stakeholder").
    fn word(self) -> Msg {
        match self {
            Kind::Concern => msg!("check-kind-concern"),
            Kind::Department => msg!("check-kind-department"),
            Kind::Stakeholder => msg!("check-kind-stakeholder"),
            Kind::Stage => msg!("check-kind-stage"),
            Kind::Vendor => msg!("check-kind-vendor"),
            Kind::Fact => msg!("check-kind-fact"),
            Kind::Question => msg!("check-kind-question"),
            Kind::Tactic => msg!("check-kind-tactic"),
        }
    }
    /// Several of them, in words ("stakeholders").
    fn words(self) -> Msg {
        match self {
            Kind::Concern => msg!("check-kinds-concern"),
            Kind::Department => msg!("check-kinds-department"),
            Kind::Stakeholder => msg!("check-kinds-stakeholder"),
            Kind::Stage => msg!("check-kinds-stage"),
            Kind::Vendor => msg!("check-kinds-vendor"),
            Kind::Fact => msg!("check-kinds-fact"),
            Kind::Question => msg!("check-kinds-question"),
            Kind::Tactic => msg!("check-kinds-tactic"),
        }
    }
    /// The list of the file they are in (`stakeholders`): code, the same in every language.
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

/// A problem found by data path; positioned in the source, and put into words, only when there
/// is one to report.
pub(super) struct Pending {
    pub severity: Severity,
    pub code: Code,
    pub path: String,
    pub message: Msg,
    pub label: Msg,
    pub help: Option<Msg>,
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
        message: Msg,
        label: Msg,
        help: Option<Msg>,
    ) {
        self.pending.push(Pending {
            severity,
            code,
            path: path.to_string(),
            message,
            label,
            help,
        });
    }

    pub fn error(&mut self, code: Code, path: &str, msg: Msg, label: Msg, help: Option<Msg>) {
        self.push(Severity::Error, code, path, msg, label, help);
    }

    pub fn warn(&mut self, code: Code, path: &str, msg: Msg, label: Msg, help: Option<Msg>) {
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
            Some(best) => msg!("check-dangling-id-help-typo", best = best),
            None if known.is_empty() => msg!("check-dangling-id-help-none", list = kind.list()),
            None => msg!(
                "check-dangling-id-help",
                kind = kind.word(),
                id = id,
                list = kind.list(),
                known = preview(&known)
            ),
        };
        self.error(
            Code::DanglingId,
            path,
            msg!("check-dangling-id", kind = kind.word(), id = id),
            msg!("check-dangling-id-label", kind = kind.word()),
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
                    msg!("check-empty-id", kind = kind.word()),
                    msg!("check-empty-id-label"),
                    Some(msg!("check-empty-id-help")),
                );
            } else if let Some(help) = not_one_word(id) {
                self.error(
                    Code::BadId,
                    &path,
                    msg!(
                        "check-bad-id",
                        kind = kind.word(),
                        id = crate::escape::clip(id, 60).into_owned()
                    ),
                    msg!("check-bad-id-label"),
                    Some(help),
                );
                map.entry(id.clone()).or_insert(i);
            } else if map.contains_key(id) {
                self.error(
                    Code::DuplicateId,
                    &path,
                    msg!("check-duplicate-id", kinds = kind.words(), id = id.as_str()),
                    msg!("check-duplicate-id-label"),
                    Some(msg!("check-duplicate-id-help", kinds = kind.words())),
                );
            } else {
                map.insert(id.clone(), i);
            }
        }
        *self.map(kind) = map;
    }

    /// A number from `lo` to `hi`; `what` names it ("the odds of success").
    pub fn range_f(&mut self, path: &str, v: f32, lo: f32, hi: f32, what: Msg) {
        if !(v >= lo && v <= hi) {
            self.out_of_range(path, v, lo, hi, what);
        }
    }

    /// A whole number from `lo` to `hi`; `what` names it.
    pub fn range_i(&mut self, path: &str, v: i64, lo: i64, hi: i64, what: Msg) {
        if v < lo || v > hi {
            self.out_of_range(path, v, lo, hi, what);
        }
    }

    /// The numbers are written as Rust writes them (an `f32` as `0.1`, not as the `f64` it
    /// widens to), the same in every language.
    fn out_of_range<N: std::fmt::Display>(&mut self, path: &str, v: N, lo: N, hi: N, what: Msg) {
        let (lo, hi) = (lo.to_string(), hi.to_string());
        self.error(
            Code::OutOfRange,
            path,
            msg!(
                "check-out-of-range",
                what = what,
                value = v.to_string(),
                lo = lo.as_str(),
                hi = hi.as_str()
            ),
            msg!("check-out-of-range-label"),
            Some(msg!("check-out-of-range-help", lo = lo, hi = hi)),
        );
    }

    pub fn weight(&mut self, path: &str, w: Weight) {
        match w {
            Weight::Fixed(v) => self.range_f(path, v, 0.0, 10.0, msg!("check-what-weight")),
            Weight::Range(lo, hi) => {
                self.range_f(path, lo, 0.0, 10.0, msg!("check-what-weight-low"));
                self.range_f(path, hi, 0.0, 10.0, msg!("check-what-weight-high"));
                if lo > hi {
                    let (lo, hi) = (lo.to_string(), hi.to_string());
                    self.error(
                        Code::BadRange,
                        path,
                        msg!("check-bad-range", lo = lo.as_str(), hi = hi.as_str()),
                        msg!("check-bad-range-label"),
                        Some(msg!("check-bad-range-help", lo = lo, hi = hi)),
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
                    msg!("check-what-relationship-threshold"),
                );
                CompiledCondition::Relationship(self.resolve(Kind::Stakeholder, p, &p0)?, *n)
            }
            Condition::ConcernsAsked(p) => {
                CompiledCondition::ConcernsAsked(self.resolve(Kind::Stakeholder, p, &p0)?)
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
                    msg!("check-what-relationship-change"),
                );
                CompiledEffect::Relationship(self.who(w, path, depts)?, *n)
            }
            Effect::Score(c, d) => {
                let ci = self.resolve(Kind::Concern, c, &format!("{path}.0"))?;
                self.range_f(
                    &format!("{path}.1"),
                    *d,
                    -10.0,
                    10.0,
                    msg!("check-what-score-change"),
                );
                if measures
                    .get(ci)
                    .is_some_and(|m| *m != CompiledMeasure::Rated)
                {
                    self.error(
                        Code::ComputedConcern,
                        path,
                        msg!("check-computed-concern-effect", concern = c.as_str()),
                        msg!("check-computed-concern-effect-label"),
                        Some(msg!("check-computed-concern-effect-help")),
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
                    msg!("check-what-price-change"),
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
                msg!("check-budget-change", amount = x.to_string()),
                msg!("check-budget-change-label"),
                Some(msg!("check-budget-change-help")),
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
                msg!("check-no-budget-concern"),
                msg!("check-no-budget-concern-label"),
                Some(msg!("check-no-budget-concern-help")),
            );
        }
        Some(CompiledEffect::Budget(x))
    }
}

/// Why an id is not one word, with the fix, or `None` when it is one. Ids are typed in commands
/// (`meet ad_min`) and become parts of web addresses in xAPI exports, so they hold letters (of
/// any script), digits, `_`, `-` and `.` only.
pub(super) fn not_one_word(id: &str) -> Option<Msg> {
    let ok = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.');
    let bad = id.chars().find(|&c| !ok(c))?;
    let fixed: String = id
        .trim()
        .chars()
        .map(|c| if ok(c) { c } else { '_' })
        .take(60)
        .collect();
    let what: Arg = if bad.is_whitespace() {
        msg!("check-bad-id-space").into()
    } else {
        format!("`{}`", bad.escape_debug()).into()
    };
    Some(msg!("check-bad-id-help", what = what, fixed = fixed))
}

/// The first ids of a list, quoted, and how many more there are.
fn preview(ids: &[&str]) -> Arg {
    let s = ids
        .iter()
        .take(8)
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > 8 {
        msg!("check-id-preview-more", ids = s, more = ids.len() - 8).into()
    } else {
        s.into()
    }
}
