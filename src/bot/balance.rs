//! `balance`: many bot runs per policy, in parallel and deterministic for a seed whatever the
//! number of jobs; win rates, score distributions, the best line found, coverage, warnings, the
//! lesson table with its gate, and the scenario's own expectations.

use rayon::prelude::*;

use super::lessons::Lessons;
use super::{Constraints, SAMPLES, action_of, honoured, play_sampling};
use crate::scenario::{Bound, Policy, Scenario};
use crate::sim::{Action, Deal, Part, Verdict};

/// Every policy `balance` plays, in report order: the trainees, then the upper bound.
pub const POLICIES: [Policy; 9] = [
    Policy::Random,
    Policy::Greedy,
    Policy::Student,
    Policy::SkipStep(1),
    Policy::SkipStep(2),
    Policy::SkipStep(3),
    Policy::SkipStep(4),
    Policy::SkipStep(5),
    Policy::Oracle,
];

/// Runs per policy: `runs` deals each, but the costly searches fewer: greedy one in four and the
/// oracle one in ten (at least 5).
pub fn runs_for(policy: Policy, runs: usize) -> usize {
    match policy {
        Policy::Random | Policy::Student | Policy::SkipStep(_) => runs,
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
    pub lessons: Lessons,
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
    let Settings {
        runs,
        seed,
        samples,
    } = *settings;
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
    for policy in POLICIES {
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
            let deal = play_sampling(scenario, job.policy, job.seed, cons, samples);
            progress();
            summarize(&deal, cons)
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

    let runs_of = |p: Policy| {
        policies
            .iter()
            .find(|s| s.policy == p)
            .map_or(&[][..], |s| s.runs.as_slice())
    };
    let rate = |p: Policy| {
        policies
            .iter()
            .find(|s| s.policy == p)
            .map_or(0.0, PolicyStats::win_rate)
    };
    let skips = [1, 2, 3, 4, 5].map(|n| runs_of(Policy::SkipStep(n)).to_vec());
    let lessons = Lessons::new(
        &f.teaches,
        runs_of(Policy::Student),
        &skips,
        runs_of(Policy::Oracle),
    );
    let mut warnings = Vec::new();
    if rate(Policy::Random) > 0.5 {
        warnings.push(format!(
            "random play wins most deals ({:.0}%): too easy",
            rate(Policy::Random) * 100.0
        ));
    }
    if rate(Policy::Oracle) == 0.0 {
        warnings.push(
            "even the oracle (perfect knowledge and luck) never wins: unwinnable, or the winning line is beyond its search".into(),
        );
    } else if rate(Policy::Student) == 0.0 {
        warnings.push(
            "the five-step student never wins: only perfect knowledge or luck wins this deal"
                .into(),
        );
    }
    if f.teaches.is_empty() {
        warnings.push(
            "the scenario declares no step it teaches (`teaches: [..]`), so no lesson is gated"
                .into(),
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
        .zip(&constraints)
        .map(|((e, runs), cons)| {
            let n = runs.len().max(1) as f32;
            let wins = runs.iter().filter(|r| r.won).count();
            let win = wins as f32 / n;
            let avg = runs.iter().map(|r| r.total).sum::<f32>() / n;
            let margin = runs
                .iter()
                .filter(|r| r.won)
                .map(|r| r.margin_kept)
                .fold(0.0f32, f32::max);
            let avg_margin = runs
                .iter()
                .filter(|r| r.won)
                .map(|r| r.margin_kept)
                .sum::<f32>()
                / wins.max(1) as f32;
            let part = |p: Part| {
                let k = Part::ALL.iter().position(|x| *x == p).unwrap_or(0);
                runs.iter()
                    .map(|r| r.parts.get(k).copied().unwrap_or(0.0))
                    .sum::<f32>()
                    / n
            };
            let unhonoured = runs.iter().filter(|r| !r.honoured).count();
            if unhonoured > 0 {
                let deal = Deal::new(scenario, seed);
                let names: Vec<String> = cons.require.iter().map(|a| deal.scenario().command(a)).collect();
                return ExpectationResult {
                    about: format!("{} [{}, {} runs]", e.about, e.policy, runs.len()),
                    passed: false,
                    measured: format!(
                        "the bot could not take every required action ({}) in {unhonoured} of {} runs: it was never allowed there, so the result would not measure it; make it reachable or drop it from `require`",
                        names.join(", "),
                        runs.len()
                    ),
                    example: runs.iter().find(|r| !r.honoured).cloned(),
                };
            }
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
                Bound::MarginAtLeast(x) => (
                    wins > 0 && avg_margin >= x,
                    if wins == 0 {
                        format!("no deal won, so no margin kept (at least {:.0}%)", x * 100.0)
                    } else {
                        format!(
                            "average margin kept in a win {:.0}% (at least {:.0}%)",
                            avg_margin * 100.0,
                            x * 100.0
                        )
                    },
                ),
                Bound::ScoreAtLeast(x) => {
                    (avg >= x, format!("average score {avg:.1} (at least {x})"))
                }
                Bound::ScoreAtMost(x) => {
                    (avg <= x, format!("average score {avg:.1} (at most {x})"))
                }
                Bound::PartAtLeast(p, x) => {
                    let got = part(p);
                    (got >= x, format!("average {} {got:.1} (at least {x})", p.label()))
                }
                Bound::PartAtMost(p, x) => {
                    let got = part(p);
                    (got <= x, format!("average {} {got:.1} (at most {x})", p.label()))
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
                    Bound::MarginAtLeast(_) => runs
                        .iter()
                        .filter(|r| r.won)
                        .min_by(|a, b| a.margin_kept.total_cmp(&b.margin_kept))
                        .or_else(|| runs.first()),
                    Bound::ScoreAtLeast(_) | Bound::PartAtLeast(..) => {
                        runs.iter().min_by(|a, b| a.total.total_cmp(&b.total))
                    }
                    Bound::ScoreAtMost(_) | Bound::PartAtMost(..) => {
                        runs.iter().max_by(|a, b| a.total.total_cmp(&b.total))
                    }
                }
                .cloned()
            };
            ExpectationResult {
                about: format!("{} [{}, {} runs]", e.about, e.policy, runs.len()),
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
        lessons,
        expectations,
    }
}

/// How many runs `balance` will play for a scenario (for a progress bar).
pub fn total_runs(scenario: &Scenario, runs: usize) -> usize {
    POLICIES.iter().map(|p| runs_for(*p, runs)).sum::<usize>()
        + scenario
            .compiled()
            .expectations
            .iter()
            .map(|e| runs_for(e.policy, runs))
            .sum::<usize>()
}

/// The report as JSON for tools (`balance --format json`); the schema is in
/// `docs/balance-json.md`.
pub fn json(file: &std::path::Path, runs: usize, r: &BalanceReport) -> serde_json::Value {
    let l = &r.lessons;
    serde_json::json!({
        "file": file.display().to_string(),
        "id": r.scenario,
        "title": r.title,
        "teaches": l.teaches,
        "runs": runs,
        "lessons": l.rows,
        "oracle": l.oracle,
        "gate": if l.gate.pass { "pass" } else { "fail" },
        "gate_failures": l.gate.failures.iter().map(|g| serde_json::json!({
            "step": g.step,
            "what": g.what,
            "example": g.example.as_ref().map(|e| serde_json::json!({
                "seed": e.seed,
                "won": e.won,
                "score": e.total,
            })),
        })).collect::<Vec<_>>(),
        "warnings": r.warnings,
        "expectations": r.expectations.iter().map(|e| serde_json::json!({
            "about": e.about,
            "pass": e.passed,
            "measured": e.measured,
        })).collect::<Vec<_>>(),
    })
}
