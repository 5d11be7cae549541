//! `balance`: many bot runs per policy, in parallel and deterministic for a seed whatever the
//! number of jobs; win rates, score distributions, the best line found, coverage, warnings, and the
//! scenario's own expectations.

use rayon::prelude::*;

use super::{Constraints, action_of, play};
use crate::scenario::{Bound, Policy, Scenario};
use crate::sim::{Action, Deal, Part, Verdict};

/// Runs per policy: random and greedy play `runs` deals, the expert one in ten (at least 5).
pub fn runs_for(policy: Policy, runs: usize) -> usize {
    match policy {
        Policy::Random | Policy::Greedy => runs,
        Policy::Expert => (runs / 10).max(5),
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
}

fn summarize(deal: &Deal) -> RunSummary {
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
    pub about: String,
    pub passed: bool,
    /// What was measured, in words.
    pub measured: String,
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
    pub warnings: Vec<String>,
    pub expectations: Vec<ExpectationResult>,
}

impl BalanceReport {
    pub fn passed(&self) -> bool {
        self.expectations.iter().all(|e| e.passed)
    }
}

/// One unit of work: a policy, its constraints (by expectation index) and a seed.
#[derive(Clone, Copy)]
struct Job {
    policy: Policy,
    expectation: Option<usize>,
    seed: u64,
}

/// Plays every run for one scenario. `progress` is called once per finished run (from any thread).
pub fn balance(
    scenario: &Scenario,
    runs: usize,
    seed: u64,
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
    let mut jobs = Vec::new();
    for policy in [Policy::Random, Policy::Greedy, Policy::Expert] {
        for i in 0..runs_for(policy, runs) {
            jobs.push(Job {
                policy,
                expectation: None,
                seed: seed.wrapping_add(i as u64),
            });
        }
    }
    for (k, e) in c.expectations.iter().enumerate() {
        for i in 0..runs_for(e.policy, runs) {
            jobs.push(Job {
                policy: e.policy,
                expectation: Some(k),
                seed: seed.wrapping_add(i as u64),
            });
        }
    }
    let none = Constraints::default();
    // `collect` keeps the jobs' order, so the report is the same for any number of threads.
    let results: Vec<RunSummary> = jobs
        .par_iter()
        .map(|job| {
            let cons = job.expectation.map_or(&none, |k| &constraints[k]);
            let deal = play(scenario, job.policy, job.seed, cons);
            progress();
            summarize(&deal)
        })
        .collect();

    let mut policies = Vec::new();
    let mut by_expectation: Vec<Vec<RunSummary>> = vec![Vec::new(); c.expectations.len()];
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

    let all: Vec<&RunSummary> = policies.iter().flat_map(|p| p.runs.iter()).collect();
    let never =
        |n: usize, pick: &dyn Fn(&RunSummary, usize) -> bool, name: &dyn Fn(usize) -> String| {
            (0..n)
                .filter(|&i| !all.iter().any(|r| pick(r, i)))
                .map(name)
                .collect::<Vec<_>>()
        };
    let coverage = Coverage {
        facts_never_found: never(f.facts.len(), &|r, i| r.facts[i], &|i| {
            f.facts[i].id.clone()
        }),
        tactics_never_used: never(f.tactics.len(), &|r, i| r.tactics[i], &|i| {
            f.tactics[i].id.clone()
        }),
        people_never_met: never(f.stakeholders.len(), &|r, i| r.met[i], &|i| {
            f.stakeholders[i].id.clone()
        }),
    };

    let rate = |p: Policy| {
        policies
            .iter()
            .find(|s| s.policy == p)
            .map_or(0.0, PolicyStats::win_rate)
    };
    let mut warnings = Vec::new();
    if rate(Policy::Random) > 0.5 {
        warnings.push(format!(
            "random play wins most deals ({:.0}%): too easy",
            rate(Policy::Random) * 100.0
        ));
    }
    if rate(Policy::Expert) == 0.0 {
        warnings.push(
            "the expert never wins: unwinnable, or the winning line is beyond its search".into(),
        );
    }
    for id in &coverage.facts_never_found {
        warnings.push(format!("no bot ever found fact \"{id}\""));
    }
    for id in &coverage.tactics_never_used {
        warnings.push(format!("no bot ever used tactic \"{id}\""));
    }
    for id in &coverage.people_never_met {
        warnings.push(format!("no bot ever met \"{id}\""));
    }

    let expectations = f
        .expectations
        .iter()
        .zip(&by_expectation)
        .map(|(e, runs)| {
            let n = runs.len().max(1) as f32;
            let win = runs.iter().filter(|r| r.won).count() as f32 / n;
            let avg = runs.iter().map(|r| r.total).sum::<f32>() / n;
            let margin = runs
                .iter()
                .filter(|r| r.won)
                .map(|r| r.margin_kept)
                .fold(0.0f32, f32::max);
            let (passed, measured) = match e.expect {
                Bound::WinRateAtMost(x) => (
                    win <= x,
                    format!("win rate {:.0}% (at most {:.0}%)", win * 100.0, x * 100.0),
                ),
                Bound::WinRateAtLeast(x) => (
                    win >= x,
                    format!("win rate {:.0}% (at least {:.0}%)", win * 100.0, x * 100.0),
                ),
                Bound::MarginKeptAtMost(x) => (
                    margin <= x,
                    format!(
                        "best margin kept in a win {:.0}% (at most {:.0}%)",
                        margin * 100.0,
                        x * 100.0
                    ),
                ),
                Bound::ScoreAtLeast(x) => {
                    (avg >= x, format!("average score {avg:.1} (at least {x})"))
                }
                Bound::ScoreAtMost(x) => {
                    (avg <= x, format!("average score {avg:.1} (at most {x})"))
                }
            };
            let example = if passed {
                None
            } else {
                match e.expect {
                    Bound::WinRateAtMost(_) => runs.iter().find(|r| r.won),
                    Bound::WinRateAtLeast(_) => runs.iter().find(|r| !r.won),
                    Bound::MarginKeptAtMost(_) => runs
                        .iter()
                        .filter(|r| r.won)
                        .max_by(|a, b| a.margin_kept.total_cmp(&b.margin_kept)),
                    Bound::ScoreAtLeast(_) => {
                        runs.iter().min_by(|a, b| a.total.total_cmp(&b.total))
                    }
                    Bound::ScoreAtMost(_) => runs.iter().max_by(|a, b| a.total.total_cmp(&b.total)),
                }
                .cloned()
            };
            ExpectationResult {
                about: format!("{} [{:?}, {} runs]", e.about, e.policy, runs.len()),
                passed,
                measured,
                example,
            }
        })
        .collect();

    BalanceReport {
        scenario: f.id.clone(),
        title: f.title.clone(),
        policies,
        coverage,
        warnings,
        expectations,
    }
}

/// How many runs `balance` will play for a scenario (for a progress bar).
pub fn total_runs(scenario: &Scenario, runs: usize) -> usize {
    [Policy::Random, Policy::Greedy, Policy::Expert]
        .iter()
        .map(|p| runs_for(*p, runs))
        .sum::<usize>()
        + scenario
            .compiled()
            .expectations
            .iter()
            .map(|e| runs_for(e.policy, runs))
            .sum::<usize>()
}
