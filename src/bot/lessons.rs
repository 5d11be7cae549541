//! The lesson table: does skipping a step of the five measurably lose? For each step a scenario
//! `teaches`, the gate asks that the five-step `Student` wins at least 90% of deals, and that the
//! `Student` who skips that step wins at most 30%, whether wholly (`SkipStep`) or halfway in each
//! way that step can be (`Partial`: late, a stage early, half the departments, ...): a step is
//! gated on its worst variant.

use serde::Serialize;

use super::balance::RunSummary;
use crate::scenario::{Partial, Policy};

/// The student must win at least this share of deals…
pub const STUDENT_WINS_AT_LEAST: f32 = 0.9;
/// …and the student who skips a taught step at most this share.
pub const SKIP_WINS_AT_MOST: f32 = 0.3;

/// The 95% Wilson score interval of a win rate from `wins` of `runs`.
pub fn wilson(wins: usize, runs: usize) -> [f32; 2] {
    if runs == 0 {
        return [0.0, 1.0];
    }
    let n = runs as f64;
    let p = wins as f64 / n;
    let z = 1.959_964_f64;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    [
        (centre - half).max(0.0) as f32,
        (centre + half).min(1.0) as f32,
    ]
}

/// One policy's row: how often it won, how sure that is, and the margin it kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonRow {
    #[serde(serialize_with = "policy_name")]
    pub policy: Policy,
    /// The step skipped (for `skip` rows).
    pub step: Option<u8>,
    /// How a step is skipped halfway (for `partial` rows), and the steps that is part of.
    #[serde(serialize_with = "partial_id", skip_serializing_if = "Option::is_none")]
    pub variant: Option<Partial>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<u8>,
    pub runs: usize,
    pub wins: usize,
    pub win_rate: f32,
    /// 95% interval of the win rate.
    pub ci: [f32; 2],
    /// Average share of the margin kept over the won deals (0 when none was won).
    pub margin: f32,
}

fn policy_name<S: serde::Serializer>(p: &Policy, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(p.name())
}

fn partial_id<S: serde::Serializer>(p: &Option<Partial>, s: S) -> Result<S::Ok, S::Error> {
    match p {
        Some(p) => s.serialize_str(p.id()),
        None => s.serialize_none(),
    }
}

impl LessonRow {
    pub fn of(policy: Policy, runs: &[RunSummary]) -> LessonRow {
        let wins = runs.iter().filter(|r| r.won).count();
        let margin = if wins == 0 {
            0.0
        } else {
            runs.iter()
                .filter(|r| r.won)
                .map(|r| r.margin_kept)
                .sum::<f32>()
                / wins as f32
        };
        LessonRow {
            policy,
            step: match policy {
                Policy::SkipStep(n) => Some(n),
                _ => None,
            },
            variant: match policy {
                Policy::Partial(p) => Some(p),
                _ => None,
            },
            steps: match policy {
                Policy::Partial(p) => p.steps().to_vec(),
                _ => Vec::new(),
            },
            runs: runs.len(),
            wins,
            win_rate: if runs.is_empty() {
                0.0
            } else {
                wins as f32 / runs.len() as f32
            },
            ci: wilson(wins, runs.len()),
            margin,
        }
    }
}

/// Why the gate failed for one step, with a line of play that shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct GateFailure {
    /// The step whose skip won too often; None when the student itself lost too often.
    pub step: Option<u8>,
    /// The way of skipping it halfway that won too often (None: the whole skip).
    pub variant: Option<Partial>,
    pub what: crate::i18n::Msg,
    pub example: Option<RunSummary>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Gate {
    pub pass: bool,
    pub failures: Vec<GateFailure>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lessons {
    pub teaches: Vec<u8>,
    /// The student, then the five skips in step order, then the partial skips.
    pub rows: Vec<LessonRow>,
    /// The upper bound, not a trainee.
    pub oracle: LessonRow,
    pub gate: Gate,
}

impl Lessons {
    /// Builds the table and the gate from the runs of the student, each skip and the oracle.
    pub fn new(
        teaches: &[u8],
        student: &[RunSummary],
        skips: &[Vec<RunSummary>; 5],
        partials: &[(Partial, Vec<RunSummary>)],
        oracle: &[RunSummary],
    ) -> Lessons {
        let mut rows = vec![LessonRow::of(Policy::Student, student)];
        for (k, runs) in skips.iter().enumerate() {
            rows.push(LessonRow::of(Policy::SkipStep(k as u8 + 1), runs));
        }
        for (p, runs) in partials {
            rows.push(LessonRow::of(Policy::Partial(*p), runs));
        }
        let mut failures = Vec::new();
        if !teaches.is_empty() && rows[0].win_rate < STUDENT_WINS_AT_LEAST {
            failures.push(GateFailure {
                step: None,
                variant: None,
                what: crate::msg!(
                    "balance-gate-student",
                    got = format!("{:.0}", rows[0].win_rate * 100.0),
                    bound = format!("{:.0}", STUDENT_WINS_AT_LEAST * 100.0)
                ),
                example: student.iter().find(|r| !r.won).cloned(),
            });
        }
        for &step in teaches {
            let Some(skip) = rows.get(usize::from(step)) else {
                continue;
            };
            if skip.win_rate > SKIP_WINS_AT_MOST {
                failures.push(GateFailure {
                    step: Some(step),
                    variant: None,
                    what: crate::msg!(
                        "balance-gate-skip",
                        step = step,
                        got = format!("{:.0}", skip.win_rate * 100.0),
                        bound = format!("{:.0}", SKIP_WINS_AT_MOST * 100.0)
                    ),
                    example: skips[usize::from(step) - 1].iter().find(|r| r.won).cloned(),
                });
            }
            for (p, runs) in partials.iter().filter(|(p, _)| p.steps().contains(&step)) {
                let row = LessonRow::of(Policy::Partial(*p), runs);
                if !runs.is_empty() && row.win_rate > SKIP_WINS_AT_MOST {
                    failures.push(GateFailure {
                        step: Some(step),
                        variant: Some(*p),
                        what: crate::msg!(
                            "balance-gate-partial",
                            step = step,
                            variant = p.id(),
                            got = format!("{:.0}", row.win_rate * 100.0),
                            bound = format!("{:.0}", SKIP_WINS_AT_MOST * 100.0)
                        ),
                        example: runs.iter().find(|r| r.won).cloned(),
                    });
                }
            }
        }
        Lessons {
            teaches: teaches.to_vec(),
            rows,
            oracle: LessonRow::of(Policy::Oracle, oracle),
            gate: Gate {
                pass: failures.is_empty(),
                failures,
            },
        }
    }

    pub fn student(&self) -> &LessonRow {
        &self.rows[0]
    }

    /// The row of the student who skips `step` (1-5).
    pub fn skip(&self, step: u8) -> Option<&LessonRow> {
        self.rows.get(usize::from(step)).filter(|_| step >= 1)
    }

    /// The row of a partial skip, if it was played.
    pub fn partial(&self, p: Partial) -> Option<&LessonRow> {
        self.rows.iter().find(|r| r.variant == Some(p))
    }

    /// The highest win rate of a step's skips, whole or partial: what the gate holds the step to.
    pub fn worst(&self, step: u8) -> Option<f32> {
        self.rows
            .iter()
            .filter(|r| r.step == Some(step) || r.steps.contains(&step))
            .filter(|r| r.runs > 0)
            .map(|r| r.win_rate)
            .reduce(f32::max)
    }
}

#[cfg(test)]
mod tests {
    use super::wilson;

    #[test]
    fn wilson_interval_matches_the_textbook() {
        // 95 of 100: the Wilson interval is about 0.888 to 0.978.
        let [lo, hi] = wilson(95, 100);
        assert!((lo - 0.888).abs() < 0.002, "{lo}");
        assert!((hi - 0.978).abs() < 0.002, "{hi}");
        assert_eq!(wilson(0, 0), [0.0, 1.0]);
        let [lo, hi] = wilson(0, 20);
        assert_eq!(lo, 0.0);
        assert!(hi > 0.1 && hi < 0.2, "{hi}");
    }
}
