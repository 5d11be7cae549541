//! `balance`: many bot runs per policy, in parallel and deterministic for a seed whatever the
//! number of jobs; win rates, score distributions, the best line found, coverage, warnings, the
//! lesson table with its gate, and the scenario's own expectations.

mod expect;
mod json;
pub mod why;

use crate::i18n::Msg;
use crate::msg;
use rayon::prelude::*;

use super::lessons::Lessons;
use super::{Constraints, SAMPLES, action_of, honoured, play_sampling};
use crate::scenario::{Partial, Policy, Scenario};
use crate::sim::{Action, Deal, Part, Verdict};

/// Every policy `balance` plays, in report order: the trainees, then the upper bound.
pub const POLICIES: [Policy; 14] = [
    Policy::Random,
    Policy::Greedy,
    Policy::Student,
    Policy::SkipStep(1),
    Policy::SkipStep(2),
    Policy::SkipStep(3),
    Policy::SkipStep(4),
    Policy::SkipStep(5),
    Policy::Partial(Partial::LateStart),
    Policy::Partial(Partial::StageEarly),
    Policy::Partial(Partial::HalfDepartments),
    Policy::Partial(Partial::NoGatekeeper),
    Policy::Partial(Partial::NotWhatTheyValue),
    Policy::Oracle,
];

/// The policies `balance` plays on a scenario: every one of [`POLICIES`] but a partial skip
/// that skips nothing there (no gatekeeper to leave out, say).
pub fn played(scenario: &Scenario) -> impl Iterator<Item = Policy> + '_ {
    POLICIES.into_iter().filter(move |p| match p {
        Policy::Partial(v) => v.applies(scenario.compiled()),
        _ => true,
    })
}

/// Runs per policy: `runs` deals each, but the costly searches fewer: greedy one in four and the
/// oracle one in ten (at least 5).
pub fn runs_for(policy: Policy, runs: usize) -> usize {
    match policy {
        Policy::Random | Policy::Student | Policy::SkipStep(_) | Policy::Partial(_) => runs,
        Policy::Greedy => (runs / 4).max(5).min(runs.max(1)),
        Policy::Oracle => (runs / 10).max(5).min(runs.max(1)),
    }
}

/// What one bot run left behind.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    pub seed: u64,
    pub won: bool,
    pub total: f32,
    pub parts: Vec<f32>,
    pub margin_kept: f32,
    pub verdict: Verdict,
    pub actions: Vec<Action>,
    pub met: Vec<bool>,
    pub facts: Vec<bool>,
    pub tactics: Vec<bool>,
    /// Whether the bot took every action it was required to take.
    pub honoured: bool,
    /// Each voter's vote at the decision (person, vendor), in the voters' order.
    pub votes: Vec<(usize, Option<usize>)>,
    /// The gate stage our bid was dropped at, if it was.
    pub dropped_at: Option<usize>,
}

fn summarize(deal: &Deal, c: &Constraints) -> RunSummary {
    let sc = deal.scenario().data();
    let o = deal.outcome();
    RunSummary {
        seed: deal.seed(),
        won: o.is_some_and(|o| o.verdict == Verdict::Won),
        total: o.map_or(0.0, |o| o.score.total),
        parts: o.map_or(vec![0.0; Part::ALL.len()], |o| {
            o.score.parts.iter().map(|p| p.points).collect()
        }),
        margin_kept: o.map_or(0.0, |o| o.margin_kept),
        verdict: o.map_or(Verdict::NoDecision { kept: None }, |o| o.verdict),
        actions: deal.log().iter().map(|l| l.action).collect(),
        met: (0..sc.stakeholders.len())
            .map(|i| deal.person(i).is_some_and(|p| p.met > 0))
            .collect(),
        facts: (0..sc.facts.len()).map(|f| deal.fact_known(f)).collect(),
        tactics: (0..sc.tactics.len()).map(|t| deal.tactic_used(t)).collect(),
        honoured: honoured(deal, c),
        votes: o.map_or(Vec::new(), |o| {
            o.votes.iter().map(|v| (v.person, v.vendor)).collect()
        }),
        dropped_at: deal.dropped_at(),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStats {
    pub policy: Policy,
    pub runs: Vec<RunSummary>,
}

impl PolicyStats {
    pub fn win_rate(&self) -> f32 {
        if self.runs.is_empty() {
            return 0.0;
        }
        self.runs.iter().filter(|r| r.won).count() as f32 / self.runs.len() as f32
    }
    pub fn scores(&self) -> Vec<f32> {
        let mut s: Vec<f32> = self.runs.iter().map(|r| r.total).collect();
        s.sort_by(f32::total_cmp);
        s
    }
    /// (min, lower quartile, median, upper quartile, max) of the total score.
    pub fn quartiles(&self) -> [f32; 5] {
        let s = self.scores();
        if s.is_empty() {
            return [0.0; 5];
        }
        let at = |q: f32| s[((s.len() - 1) as f32 * q).round() as usize];
        [at(0.0), at(0.25), at(0.5), at(0.75), at(1.0)]
    }
    pub fn average_parts(&self) -> Vec<f32> {
        let n = self.runs.len().max(1) as f32;
        (0..Part::ALL.len())
            .map(|i| {
                self.runs
                    .iter()
                    .map(|r| r.parts.get(i).copied().unwrap_or(0.0))
                    .sum::<f32>()
                    / n
            })
            .collect()
    }
    pub fn best(&self) -> Option<&RunSummary> {
        self.runs.iter().max_by(|a, b| a.total.total_cmp(&b.total))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExpectationResult {
    /// The expectation's `about`, as the trainer wrote it.
    pub about: String,
    pub policy: Policy,
    pub runs: usize,
    pub passed: bool,
    /// What was measured, to be put into words.
    pub measured: Msg,
    /// A run that shows the failure (a win where wins should be rare, a loss where they should
    /// not happen, the best margin), so the trainer can see the line of play.
    pub example: Option<RunSummary>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub facts_never_found: Vec<String>,
    pub tactics_never_used: Vec<String>,
    pub people_never_met: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BalanceReport {
    pub scenario: String,
    pub title: String,
    pub policies: Vec<PolicyStats>,
    pub coverage: Coverage,
    pub warnings: Vec<Msg>,
    pub lessons: Lessons,
    /// For each policy that skips a taught step: whose votes it lost against the student.
    pub lost_through: Vec<why::LostThrough>,
    pub expectations: Vec<ExpectationResult>,
}

impl BalanceReport {
    /// The lesson gate holds and every expectation passed.
    pub fn passed(&self) -> bool {
        self.lessons.gate.pass && self.expectations.iter().all(|e| e.passed)
    }

    pub fn stats(&self, policy: Policy) -> Option<&PolicyStats> {
        self.policies.iter().find(|p| p.policy == policy)
    }
}

/// One unit of work: a policy, its constraints (by expectation index) and a seed.
#[derive(Clone, Copy)]
struct Job {
    policy: Policy,
    expectation: Option<usize>,
    seed: u64,
}

/// How `balance` plays.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Deals per policy (see `runs_for`).
    pub runs: usize,
    /// The first deal's seed; run i plays seed + i.
    pub seed: u64,
    /// Worlds the trainee bots sample per look-ahead.
    pub samples: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            runs: 200,
            seed: 1,
            samples: SAMPLES,
        }
    }
}

/// Plays every run for one scenario. `progress` is called once per finished run (from any thread).
pub fn balance(
    scenario: &Scenario,
    settings: &Settings,
    progress: &(dyn Fn() + Sync),
) -> BalanceReport {
    let c = scenario.compiled();
    let f = scenario.data();
    let constraints: Vec<Constraints> = c
        .expectations
        .iter()
        .map(|e| Constraints {
            avoid: e.avoid.iter().copied().map(action_of).collect(),
            require: e.require.iter().copied().map(action_of).collect(),
        })
        .collect();
    let jobs = jobs(scenario, settings);
    let results = run_jobs(scenario, &jobs, &constraints, settings.samples, progress);
    let (policies, by_expectation) = group(&jobs, results, c.expectations.len());
    let coverage = coverage(scenario, &policies);
    let lessons = lessons(scenario, &policies);
    let lost_through = why::lost_through(scenario, &policies);
    let mut warnings = warnings(scenario, &policies, &coverage);
    warnings.extend(wrong_reasons(scenario, &lost_through));
    let expectations = expect::expectations(scenario, settings.seed, &by_expectation, &constraints);
    BalanceReport {
        scenario: f.id.clone(),
        title: f.title.clone(),
        policies,
        coverage,
        warnings,
        lessons,
        lost_through,
        expectations,
    }
}

/// A warning for each taught step whose skipper loses through none of the people the step is
/// about: the gate passes, but not because of the lesson.
fn wrong_reasons(scenario: &Scenario, lost: &[why::LostThrough]) -> Vec<Msg> {
    let f = scenario.data();
    let name = |i: usize| f.stakeholders[i].name.clone();
    lost.iter()
        .filter(|l| l.wrong_reason)
        .map(|l| {
            let steps: Vec<String> = l.steps.iter().map(u8::to_string).collect();
            msg!(
                "balance-wrong-reason",
                variant = match l.policy {
                    Policy::Partial(p) => p.id(),
                    _ => "none",
                },
                steps = steps.join(", "),
                through = l
                    .through
                    .iter()
                    .map(|&i| name(i))
                    .collect::<Vec<_>>()
                    .join(", "),
                about = l
                    .about
                    .iter()
                    .map(|&i| name(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect()
}

/// Every run to play, in report order: each policy's runs, then each expectation's.
fn jobs(scenario: &Scenario, settings: &Settings) -> Vec<Job> {
    let Settings { runs, seed, .. } = *settings;
    let mut jobs = Vec::new();
    for policy in played(scenario) {
        for i in 0..runs_for(policy, runs) {
            jobs.push(Job {
                policy,
                expectation: None,
                seed: seed.wrapping_add(i as u64),
            });
        }
    }
    for (k, e) in scenario.compiled().expectations.iter().enumerate() {
        for i in 0..runs_for(e.policy, runs) {
            jobs.push(Job {
                policy: e.policy,
                expectation: Some(k),
                seed: seed.wrapping_add(i as u64),
            });
        }
    }
    jobs
}

/// Plays the jobs in parallel; the results are in the jobs' order.
fn run_jobs(
    scenario: &Scenario,
    jobs: &[Job],
    constraints: &[Constraints],
    samples: usize,
    progress: &(dyn Fn() + Sync),
) -> Vec<RunSummary> {
    let none = Constraints::default();
    // The searches take longest (a large deal's oracle, seconds): they start first and each
    // job is its own task, so no long deal is left to one thread at the end.
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&k| match jobs[k].policy {
        Policy::Oracle => 0,
        Policy::Greedy => 1,
        _ => 2,
    });
    let played: Vec<(usize, RunSummary)> = order
        .par_iter()
        .with_max_len(1)
        .map(|&k| {
            let job = &jobs[k];
            let cons = job.expectation.map_or(&none, |k| &constraints[k]);
            let deal = play_sampling(scenario, job.policy, job.seed, cons, samples);
            progress();
            (k, summarize(&deal, cons))
        })
        .collect();
    // Back in the jobs' order, so the report is the same for any number of threads.
    let mut results: Vec<Option<RunSummary>> = vec![None; jobs.len()];
    for (k, run) in played {
        results[k] = Some(run);
    }
    results.into_iter().flatten().collect()
}

/// The runs by policy (in job order) and by expectation.
fn group(
    jobs: &[Job],
    results: Vec<RunSummary>,
    expectations: usize,
) -> (Vec<PolicyStats>, Vec<Vec<RunSummary>>) {
    let mut policies = Vec::new();
    let mut by_expectation: Vec<Vec<RunSummary>> = vec![Vec::new(); expectations];
    for (job, run) in jobs.iter().zip(results) {
        match job.expectation {
            None => {
                if policies
                    .last()
                    .is_none_or(|p: &PolicyStats| p.policy != job.policy)
                {
                    policies.push(PolicyStats {
                        policy: job.policy,
                        runs: Vec::new(),
                    });
                }
                if let Some(p) = policies.last_mut() {
                    p.runs.push(run);
                }
            }
            Some(k) => by_expectation[k].push(run),
        }
    }
    (policies, by_expectation)
}

/// The facts, tactics and people no policy's run ever reached.
fn coverage(scenario: &Scenario, policies: &[PolicyStats]) -> Coverage {
    let f = scenario.data();
    let all: Vec<&RunSummary> = policies.iter().flat_map(|p| p.runs.iter()).collect();
    let never =
        |n: usize, pick: &dyn Fn(&RunSummary, usize) -> bool, name: &dyn Fn(usize) -> String| {
            (0..n)
                .filter(|&i| !all.iter().any(|r| pick(r, i)))
                .map(name)
                .collect::<Vec<_>>()
        };
    Coverage {
        facts_never_found: never(f.facts.len(), &|r, i| r.facts[i], &|i| {
            f.facts[i].id.clone()
        }),
        tactics_never_used: never(f.tactics.len(), &|r, i| r.tactics[i], &|i| {
            f.tactics[i].id.clone()
        }),
        people_never_met: never(f.stakeholders.len(), &|r, i| r.met[i], &|i| {
            f.stakeholders[i].id.clone()
        }),
    }
}

/// One policy's runs (none if it was not played).
fn runs_of(policies: &[PolicyStats], p: Policy) -> &[RunSummary] {
    policies
        .iter()
        .find(|s| s.policy == p)
        .map_or(&[][..], |s| s.runs.as_slice())
}

/// One policy's win rate (0 if it was not played).
fn rate(policies: &[PolicyStats], p: Policy) -> f32 {
    policies
        .iter()
        .find(|s| s.policy == p)
        .map_or(0.0, PolicyStats::win_rate)
}

/// The lesson table: the student against each step skipped, and the oracle.
fn lessons(scenario: &Scenario, policies: &[PolicyStats]) -> Lessons {
    let skips = [1, 2, 3, 4, 5].map(|n| runs_of(policies, Policy::SkipStep(n)).to_vec());
    let partials: Vec<(Partial, Vec<RunSummary>)> = Partial::ALL
        .into_iter()
        .filter(|p| p.applies(scenario.compiled()))
        .map(|p| (p, runs_of(policies, Policy::Partial(p)).to_vec()))
        .collect();
    Lessons::new(
        &scenario.data().teaches,
        runs_of(policies, Policy::Student),
        &skips,
        &partials,
        runs_of(policies, Policy::Oracle),
    )
}

/// What looks wrong with the scenario from the runs: too easy, unwinnable, nothing taught,
/// parts never reached.
fn warnings(scenario: &Scenario, policies: &[PolicyStats], coverage: &Coverage) -> Vec<Msg> {
    let f = scenario.data();
    let win = |p: Policy| rate(policies, p);
    let mut warnings = Vec::new();
    if win(Policy::Random) > 0.5 {
        warnings.push(msg!(
            "balance-too-easy",
            share = format!("{:.0}", win(Policy::Random) * 100.0)
        ));
    }
    if win(Policy::Oracle) == 0.0 {
        warnings.push(msg!("balance-unwinnable"));
    } else if win(Policy::Student) == 0.0 {
        warnings.push(msg!("balance-student-never-wins"));
    }
    // The oracle sees everything but searches a narrow beam judged by today's leaning, so a
    // line whose worth shows only later can fall out of it: then it is no upper bound here.
    if !runs_of(policies, Policy::Oracle).is_empty() && win(Policy::Oracle) < win(Policy::Student) {
        warnings.push(msg!(
            "balance-oracle-below-student",
            oracle = format!("{:.0}", win(Policy::Oracle) * 100.0),
            student = format!("{:.0}", win(Policy::Student) * 100.0),
            beam = super::BEAM
        ));
    }
    if f.teaches.is_empty() {
        warnings.push(msg!("balance-teaches-nothing"));
    }
    for id in &coverage.facts_never_found {
        warnings.push(msg!("balance-fact-never-found", id = id.as_str()));
    }
    for id in &coverage.tactics_never_used {
        warnings.push(msg!("balance-tactic-never-used", id = id.as_str()));
    }
    for id in &coverage.people_never_met {
        warnings.push(msg!("balance-person-never-met", id = id.as_str()));
    }
    warnings
}

/// How many runs `balance` will play for a scenario (for a progress bar).
pub fn total_runs(scenario: &Scenario, runs: usize) -> usize {
    played(scenario).map(|p| runs_for(p, runs)).sum::<usize>()
        + scenario
            .compiled()
            .expectations
            .iter()
            .map(|e| runs_for(e.policy, runs))
            .sum::<usize>()
}

pub use json::json;
