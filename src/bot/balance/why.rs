//! Why the runs went as they did, for a trainer tuning a case: whose votes a skipper lost
//! against the student (and whether those are the people the skipped step is about, or the gate
//! passes for another reason), the typical win and loss of every policy, and each voter's vote
//! at the end of a typical deal taken apart (`Deal::why_votes`) with the moves that changed it
//! most.

use std::collections::BTreeSet;

use super::{PolicyStats, RunSummary};
use crate::scenario::compiled::{CompiledAccess, CompiledReveal, Ix};
use crate::scenario::{Partial, Policy, Role, Scenario};
use crate::sim::{Action, Deal, Stance, WhyVote};

/// A voter counts as lost by a skipper when the share of runs in which they vote for us falls by
/// at least this much against the student's.
pub const SWING: f32 = 0.2;

/// A skipped step "bites" when the skipper wins at least this much less than the student; only
/// then is it worth asking through whom it loses.
const BITES: f32 = 0.2;

/// How often one voter votes for us, in the student's runs and in a skipper's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Swing {
    pub person: Ix,
    pub student: f32,
    pub skipper: f32,
}

/// Whose votes a policy that skips part of a taught step lost against the student.
#[derive(Debug, Clone, PartialEq)]
pub struct LostThrough {
    pub policy: Policy,
    /// The taught steps the policy skips (part of).
    pub steps: Vec<u8>,
    /// The voters whose vote for us fell by `SWING` or more, the largest fall first, in the
    /// deals where our bid was still in at the decision.
    pub people: Vec<Swing>,
    /// The gate stages that dropped the bid, with the number of deals each dropped it in, of
    /// `runs`.
    pub dropped: Vec<(Ix, usize)>,
    pub runs: usize,
    /// The deals it lost with its bid still in at the decision.
    pub lost_on_the_vote: usize,
    /// Through whom it loses: the voters it lost, and the people of a gate stage that dropped
    /// its bid in at least a `SWING` share of its deals.
    pub through: Vec<Ix>,
    /// The people those steps are about in this case (`about`).
    pub about: Vec<Ix>,
    /// The skipper loses, but through none of the people the step is about: the gate passes for
    /// another reason than the lesson.
    pub wrong_reason: bool,
    /// The people the step is about who still vote for us in most of the skipper's runs.
    pub still_ours: Vec<Ix>,
}

/// The share of runs in which each person votes for us, by person.
fn for_us(runs: &[RunSummary], people: usize, us: Ix) -> Vec<f32> {
    let mut n = vec![0usize; people];
    for r in runs {
        for &(p, v) in &r.votes {
            if v == Some(us) && p < people {
                n[p] += 1;
            }
        }
    }
    let total = runs.len().max(1) as f32;
    n.into_iter().map(|k| k as f32 / total).collect()
}

/// The people a step is about in this case, in the words of the score and the habit that
/// judge it: step 1 the people of the stages, step 2 the people of the departments that vote,
/// step 3 those who start against you and those whose function is informal (a coach, a
/// gatekeeper, an influencer, or someone outside the org chart), step 4 those who tell a key
/// fact and those a key fact tells about, step 5 the key players. And everyone a trainee can
/// meet only through one of them (`access: [Introduction(..)]`): skipping the gatekeeper loses
/// the person behind the door. `seeds` are the deals played: who starts against you, who holds
/// which role and who decides can change with the seed.
pub fn about(scenario: &Scenario, step: u8, seeds: &[u64]) -> Vec<Ix> {
    let c = scenario.compiled();
    let mut set = BTreeSet::new();
    match step {
        1 => set.extend((0..c.people.len()).filter(|&i| !c.people[i].stages.is_empty())),
        2 => {
            for &d in &c.voting_departments {
                set.extend(c.department_people[d].iter().copied());
            }
        }
        3 => {
            let informal = Role::Coach | Role::Gatekeeper | Role::Influencer;
            set.extend((0..c.people.len()).filter(|&i| c.people[i].department.is_none()));
            for &s in seeds {
                let deal = Deal::new(scenario, s);
                for (i, stance) in deal.stances().into_iter().enumerate() {
                    if stance == Stance::Opponent || !deal.roles_held(i).is_disjoint(informal) {
                        set.insert(i);
                    }
                }
            }
        }
        4 => {
            let key = |f: Ix| c.facts.get(f).is_some_and(|f| f.key);
            for (i, p) in c.people.iter().enumerate() {
                if p.meeting_facts.iter().any(|&f| key(f)) || p.answers.iter().any(|a| key(a.1)) {
                    set.insert(i);
                }
            }
            for f in c.facts.iter().filter(|f| f.key) {
                set.extend(f.reveals.iter().map(|r| match *r {
                    CompiledReveal::Concern(p, _)
                    | CompiledReveal::Roles(p)
                    | CompiledReveal::Stance(p)
                    | CompiledReveal::Person(p) => p,
                }));
            }
        }
        _ => {
            for &s in seeds {
                set.extend(Deal::new(scenario, s).key_players().iter().copied());
            }
        }
    }
    behind_doors(scenario, &mut set);
    set.into_iter().collect()
}

/// Adds everyone met only through an introduction by someone in `set`.
fn behind_doors(scenario: &Scenario, set: &mut BTreeSet<Ix>) {
    fn introduced_by(a: &CompiledAccess, set: &BTreeSet<Ix>) -> bool {
        match a {
            CompiledAccess::Introduction(p) => set.contains(p),
            CompiledAccess::AnyOf(any) => {
                !any.is_empty() && any.iter().all(|a| introduced_by(a, set))
            }
            _ => false,
        }
    }
    let c = scenario.compiled();
    let behind: Vec<Ix> = (0..c.people.len())
        .filter(|&i| c.people[i].access.iter().any(|a| introduced_by(a, set)))
        .collect();
    set.extend(behind);
}

/// The people a policy's skip is about: the steps' people, or for a partial skip that leaves
/// out someone in particular, those people.
fn about_policy(scenario: &Scenario, policy: Policy, steps: &[u8], seeds: &[u64]) -> Vec<Ix> {
    if policy == Policy::Partial(Partial::NoGatekeeper) {
        let mut set: BTreeSet<Ix> = BTreeSet::new();
        for &s in seeds {
            let deal = Deal::new(scenario, s);
            set.extend(
                (0..scenario.compiled().people.len())
                    .filter(|&i| deal.roles_held(i).contains(Role::Gatekeeper)),
            );
        }
        behind_doors(scenario, &mut set);
        return set.into_iter().collect();
    }
    let mut set = BTreeSet::new();
    for &s in steps {
        set.extend(about(scenario, s, seeds));
    }
    set.into_iter().collect()
}

/// The steps a policy skips all or part of.
fn skipped(policy: Policy) -> Vec<u8> {
    match policy {
        Policy::SkipStep(n) => vec![n],
        Policy::Partial(p) => p.steps().to_vec(),
        _ => Vec::new(),
    }
}

/// For each policy that skips a taught step, whose votes it lost against the student.
pub fn lost_through(scenario: &Scenario, policies: &[PolicyStats]) -> Vec<LostThrough> {
    let c = scenario.compiled();
    let teaches = &scenario.data().teaches;
    let Some(student) = policies.iter().find(|p| p.policy == Policy::Student) else {
        return Vec::new();
    };
    let n = c.people.len();
    let ours = for_us(&student.runs, n, c.us);
    let seeds: Vec<u64> = student.runs.iter().map(|r| r.seed).collect();
    let mut out = Vec::new();
    for stats in policies {
        let steps: Vec<u8> = skipped(stats.policy)
            .into_iter()
            .filter(|s| teaches.contains(s))
            .collect();
        if steps.is_empty() || stats.runs.is_empty() {
            continue;
        }
        let about: BTreeSet<Ix> = about_policy(scenario, stats.policy, &steps, &seeds)
            .into_iter()
            .collect();
        // Where the bid was dropped at a gate nobody voted on it: those deals were lost through
        // the gate stage's people, and the votes tell only of the others.
        let mut dropped: Vec<(Ix, usize)> = Vec::new();
        for s in stats.runs.iter().filter_map(|r| r.dropped_at) {
            match dropped.iter_mut().find(|d| d.0 == s) {
                Some(d) => d.1 += 1,
                None => dropped.push((s, 1)),
            }
        }
        dropped.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let in_runs: Vec<RunSummary> = stats
            .runs
            .iter()
            .filter(|r| r.dropped_at.is_none())
            .cloned()
            .collect();
        let theirs = for_us(&in_runs, n, c.us);
        let mut people: Vec<Swing> = (0..n)
            .filter(|&i| !in_runs.is_empty() && ours[i] - theirs[i] >= SWING)
            .map(|i| Swing {
                person: i,
                student: ours[i],
                skipper: theirs[i],
            })
            .collect();
        people.sort_by(|a, b| {
            (b.student - b.skipper)
                .total_cmp(&(a.student - a.skipper))
                .then(a.person.cmp(&b.person))
        });
        let bites = student.win_rate() - stats.win_rate() >= BITES;
        // Through whom the skipper loses: the voters it lost, and the people of a gate stage
        // that dropped its bid in a good share of its deals.
        let share = |k: usize| k as f32 / stats.runs.len() as f32;
        let mut through: BTreeSet<Ix> = people.iter().map(|s| s.person).collect();
        for &(stage, _) in dropped.iter().filter(|d| share(d.1) >= SWING) {
            through.extend(c.stage_people.iter().filter(|x| x.1 == stage).map(|x| x.0));
        }
        let wrong_reason =
            bites && !through.is_empty() && through.iter().all(|i| !about.contains(i));
        let voters: BTreeSet<Ix> = in_runs
            .iter()
            .flat_map(|r| r.votes.iter().map(|v| v.0))
            .collect();
        // Only where most deals reached a vote: a few wins among gate drops say little.
        let still_ours = about
            .iter()
            .copied()
            .filter(|_| 2 * in_runs.len() >= stats.runs.len())
            .filter(|i| voters.contains(i) && theirs[*i] >= 0.6)
            .collect();
        let lost_on_the_vote = in_runs.iter().filter(|r| !r.won).count();
        out.push(LostThrough {
            policy: stats.policy,
            steps,
            people,
            dropped,
            runs: stats.runs.len(),
            lost_on_the_vote,
            through: through.into_iter().collect(),
            about: about.into_iter().collect(),
            wrong_reason,
            still_ours,
        });
    }
    out
}

/// One move of a deal and how much it changed a voter's margin for us.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Move {
    /// The move's place in the line of play (from 0).
    pub index: usize,
    /// The day it was made.
    pub day: u32,
    pub action: Action,
    /// Their utility for us less the best other offer's, after the move less before it.
    pub change: f32,
}

/// A deal explained: its line, each voter's vote at the end taken apart, and for each voter the
/// moves that changed their margin for us most.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainedDeal {
    pub run: RunSummary,
    /// Every person's vote at the end, in person order (`WhyVote::weight` 0: no vote).
    pub votes: Vec<WhyVote>,
    /// By person: the moves that changed their margin most (at most three), largest first.
    pub moves: Vec<Vec<Move>>,
    /// Whether playing the line again from its seed came to the run's result (it always should:
    /// a deal is deterministic; if not, the explanation says so instead of guessing).
    pub replayed: bool,
}

/// Why one policy's runs went as they did.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyExplained {
    pub policy: Policy,
    /// The median deal by score among the wins, and among the losses.
    pub win: Option<ExplainedDeal>,
    pub loss: Option<ExplainedDeal>,
    /// The median deal by score of all runs, the one `balance` calls typical.
    pub typical: Option<ExplainedDeal>,
}

/// The median run by score (ties by seed) of those `pick` keeps.
pub fn median<'a>(
    runs: &'a [RunSummary],
    pick: &dyn Fn(&RunSummary) -> bool,
) -> Option<&'a RunSummary> {
    let mut kept: Vec<&RunSummary> = runs.iter().filter(|r| pick(r)).collect();
    kept.sort_by(|a, b| a.total.total_cmp(&b.total).then(a.seed.cmp(&b.seed)));
    kept.get(kept.len() / 2).copied()
}

/// The margin for us of one person: their utility for us less the best other offer's (None
/// when ours or every other offer is out).
fn margin(utility: &[f32], us: Ix) -> Option<f32> {
    let ours = *utility.get(us)?;
    let best = (0..utility.len())
        .filter(|&v| v != us)
        .map(|v| utility[v])
        .fold(f32::NEG_INFINITY, f32::max);
    (ours > f32::NEG_INFINITY && best > f32::NEG_INFINITY).then_some(ours - best)
}

/// Plays a run's line again from its seed and takes its end apart.
pub fn explain_deal(scenario: &Scenario, run: &RunSummary) -> ExplainedDeal {
    let c = scenario.compiled();
    let start = Deal::new(scenario, run.seed);
    let mut deal = start.clone();
    deal.set_quiet(true);
    let n = c.people.len();
    let margins =
        |d: &Deal| -> Vec<Option<f32>> { (0..n).map(|i| margin(&d.utility_of(i), c.us)).collect() };
    let mut before = margins(&deal);
    let mut changes: Vec<Vec<Move>> = vec![Vec::new(); n];
    let mut replayed = true;
    for (index, &action) in run.actions.iter().enumerate() {
        let day = deal.day();
        if deal.apply(action).is_err() {
            replayed = false;
            break;
        }
        // Power-map marks change beliefs, never a vote.
        if action.is_power_map() {
            continue;
        }
        let after = margins(&deal);
        for i in 0..n {
            if let (Some(a), Some(b)) = (after[i], before[i])
                && (a - b).abs() >= 0.05
            {
                changes[i].push(Move {
                    index,
                    day,
                    action,
                    change: a - b,
                });
            }
        }
        before = after;
    }
    replayed &= deal.outcome().is_some_and(|o| {
        (o.verdict == crate::sim::Verdict::Won) == run.won && o.score.total == run.total
    });
    for m in &mut changes {
        m.sort_by(|a, b| {
            b.change
                .abs()
                .total_cmp(&a.change.abs())
                .then(a.index.cmp(&b.index))
        });
        m.truncate(3);
    }
    ExplainedDeal {
        run: run.clone(),
        votes: deal.why_votes(&start),
        moves: changes,
        replayed,
    }
}

/// Every policy's typical win, loss and deal, explained. Costs a replay of three deals a
/// policy: `balance --explain` only.
pub fn explain(scenario: &Scenario, policies: &[PolicyStats]) -> Vec<PolicyExplained> {
    policies
        .iter()
        .map(|p| PolicyExplained {
            policy: p.policy,
            win: median(&p.runs, &|r| r.won).map(|r| explain_deal(scenario, r)),
            loss: median(&p.runs, &|r| !r.won).map(|r| explain_deal(scenario, r)),
            typical: median(&p.runs, &|_| true).map(|r| explain_deal(scenario, r)),
        })
        .collect()
}
