//! What can come into play in a compiled scenario: the people who can be met, the facts that can
//! be found and the tactics that can be used, ignoring chance (a tactic with odds above 0 can
//! succeed). A fixpoint over access rules, fact sources and tactic preconditions; pure, so tools
//! can ask it too. `unreachable` words what it finds as diagnostics.

use crate::scenario::compiled::*;

/// What can be reached, by index.
#[derive(Debug, Clone, PartialEq)]
pub struct Reach {
    /// People who can be met.
    pub person: Vec<bool>,
    /// People the trainee can know of: not hidden, met at the start, or revealed by a fact found.
    pub visible: Vec<bool>,
    /// Facts that can be found.
    pub fact: Vec<bool>,
    /// Tactics that can be used.
    pub tactic: Vec<bool>,
    /// The stages (first, last) in which each tactic's stage conditions allow it; `None` when
    /// they contradict each other.
    pub window: Vec<Option<(Ix, Ix)>>,
    /// Facts with at least one source (a meeting, an answer, a tactic, or known at the start),
    /// reachable or not.
    pub sourced: Vec<bool>,
    /// The days from the start to the decision.
    pub days: u32,
}

/// The stages `[first, last]` a set of conditions allows, or `None` if none.
pub fn window(conds: &[CompiledCondition], n_stages: usize) -> Option<(Ix, Ix)> {
    let (mut lo, mut hi) = (0usize, n_stages.saturating_sub(1));
    for cond in conds {
        match *cond {
            CompiledCondition::Stage(s) => {
                lo = lo.max(s);
                hi = hi.min(s);
            }
            CompiledCondition::Before(s) => {
                if s == 0 {
                    return None;
                }
                hi = hi.min(s - 1);
            }
            CompiledCondition::From(s) => lo = lo.max(s),
            _ => {}
        }
    }
    (lo <= hi).then_some((lo, hi))
}

/// Whether a precondition can hold, given what is reached so far (`i`: the tactic it is on).
pub fn holds(r: &Reach, i: Ix, cond: CompiledCondition) -> bool {
    match cond {
        CompiledCondition::Known(fi) => r.fact[fi],
        CompiledCondition::Met(p) => r.person[p],
        CompiledCondition::Relationship(p, n) => r.person[p] && n <= 100,
        CompiledCondition::ConcernsAsked(p) => r.person[p],
        CompiledCondition::Used(u) => r.tactic[u] && u != i,
        CompiledCondition::NotUsed(_)
        | CompiledCondition::Stage(_)
        | CompiledCondition::Before(_)
        | CompiledCondition::From(_) => true,
    }
}

/// Everything that can come into play, from the start to the decision.
pub fn reach(c: &Compiled) -> Reach {
    let mut sourced = vec![false; c.facts.len()];
    let told = c.people.iter().flat_map(|p| {
        let answers = p.answers.iter().map(|&(_, f)| f);
        p.meeting_facts.iter().copied().chain(answers)
    });
    let shown = c.tactics.iter().flat_map(|t| t.reveals.iter().copied());
    for fi in told.chain(shown).chain(c.start_facts.iter().copied()) {
        sourced[fi] = true;
    }
    let mut r = Reach {
        person: vec![false; c.people.len()],
        visible: c.people.iter().map(|p| !p.hidden).collect(),
        fact: vec![false; c.facts.len()],
        tactic: vec![false; c.tactics.len()],
        window: c
            .tactics
            .iter()
            .map(|t| window(&t.requires, c.stage_days.len()))
            .collect(),
        sourced,
        days: c.decision.day.saturating_sub(c.start_day),
    };
    for &p in &c.start_met {
        r.person[p] = true;
        r.visible[p] = true;
    }
    for &fi in &c.start_facts {
        r.fact[fi] = true;
    }
    while meet(c, &mut r) | use_tactics(c, &mut r) | learn(c, &mut r) {}
    r
}

/// Whether an access rule can hold once everything reached so far is: any alternative of an
/// `AnyOf`.
fn access_holds(a: &CompiledAccess, r: &Reach) -> bool {
    match a {
        CompiledAccess::Introduction(by) => r.person[*by],
        CompiledAccess::AfterFact(fi) => r.fact[*fi],
        CompiledAccess::Stages(list) => !list.is_empty(),
        CompiledAccess::AnyOf(list) => list.iter().any(|a| access_holds(a, r)),
    }
}

/// Meets everyone visible whose access rules all hold; whether anyone new was met.
fn meet(c: &Compiled, r: &mut Reach) -> bool {
    let mut changed = false;
    for (i, p) in c.people.iter().enumerate() {
        if r.person[i] || !r.visible[i] {
            continue;
        }
        let ok = p.access.iter().all(|a| access_holds(a, r));
        if ok {
            r.person[i] = true;
            changed = true;
        }
    }
    changed
}

/// Uses every tactic affordable in time and money whose preconditions can hold.
fn use_tactics(c: &Compiled, r: &mut Reach) -> bool {
    let mut changed = false;
    for (i, t) in c.tactics.iter().enumerate() {
        if r.tactic[i] || t.days > r.days || t.budget > c.start_budget || t.odds <= 0.0 {
            continue;
        }
        if r.window[i].is_some() && t.requires.iter().all(|&cond| holds(r, i, cond)) {
            r.tactic[i] = true;
            changed = true;
        }
    }
    changed
}

/// Learns the facts the people met tell and the tactics used reveal, and sees the people those
/// facts reveal.
fn learn(c: &Compiled, r: &mut Reach) -> bool {
    let mut changed = false;
    let mut find = |fact: &mut [bool], fi: Ix| {
        if !fact[fi] {
            fact[fi] = true;
            changed = true;
        }
    };
    for (i, p) in c.people.iter().enumerate() {
        if r.person[i] {
            let answers = p.answers.iter().map(|&(_, f)| f);
            for fi in p.meeting_facts.iter().copied().chain(answers) {
                find(&mut r.fact, fi);
            }
        }
    }
    for (i, t) in c.tactics.iter().enumerate() {
        if r.tactic[i] {
            for &fi in &t.reveals {
                find(&mut r.fact, fi);
            }
        }
    }
    for (fi, fc) in c.facts.iter().enumerate() {
        if r.fact[fi] {
            for rev in &fc.reveals {
                if let CompiledReveal::Person(p) = *rev
                    && !r.visible[p]
                {
                    r.visible[p] = true;
                    changed = true;
                }
            }
        }
    }
    changed
}
