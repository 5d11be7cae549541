//! Counterfactual debrief, found by an honest search: from the trainee's key decisions (the first
//! action of each day, and the final wait), the five-step `Student` plays the deal on instead, and
//! both lines (the student's, and the trainee's own moves from there) are re-played over the same
//! sampled futures (fresh dice for everything after the decision, the buyer's hidden truth as it
//! was). A line is offered only when it won clearly more often than the trainee's own moves and in
//! most futures, never because of one lucky draw; the student never takes a tactic that breaks the
//! rules or risks compliance, so neither does a counterfactual. Each names the step of the five it
//! teaches, from what the line did that the trainee never did.

use crate::tr;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use super::{Constraints, Student, play_on};
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::sim::{Action, Deal, Outcome, Stance, Verdict};

/// Futures each line is played in.
pub const REPLAYS: u32 = 20;
/// Decision points searched at most (evenly spread over the trainee's days).
pub const POINTS: usize = 10;
/// A line is offered only if it wins in at least this share of its futures.
const WINS_AT_LEAST: f32 = 0.6;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counterfactual {
    /// Index in the action log of the decision from which the line departs.
    pub step: usize,
    pub day: u32,
    /// The step of the five the line teaches (1-5), when one stands out.
    pub lesson: Option<u8>,
    /// The line's first actions, in the first future.
    pub line: Vec<Action>,
    /// Futures in which the line won, of `replays`.
    pub wins: u32,
    /// Futures in which the trainee's own moves from the same point won.
    pub own_wins: u32,
    pub replays: u32,
    /// Average final score of the line, and of the trainee's own moves, over the futures.
    pub score: f32,
    pub own_score: f32,
    pub text: String,
}

/// What a search looked at, so the debrief can say so when it found nothing to offer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Searched {
    pub points: usize,
    pub replays: u32,
    /// The most futures any line won, of `replays`.
    pub best_wins: u32,
}

/// Up to `max` counterfactuals for a finished deal, most useful first, one per lesson. Empty for a
/// deal that is not finished, or when no line clearly does better.
pub fn counterfactuals(deal: &Deal, max: usize) -> Vec<Counterfactual> {
    search(deal, max, REPLAYS).0
}

/// As `counterfactuals`, with the number of futures per line, and what was searched.
pub fn search(deal: &Deal, max: usize, replays: u32) -> (Vec<Counterfactual>, Searched) {
    let mut searched = Searched {
        points: 0,
        replays,
        best_wins: 0,
    };
    let Some(actual) = deal.outcome() else {
        return (Vec::new(), searched);
    };
    let actions: Vec<Action> = deal.log().iter().map(|l| l.action).collect();
    let points = decision_points(deal);
    searched.points = points.len();
    let won = actual.verdict == Verdict::Won;
    let mut found = Vec::new();
    let mut prefix = Deal::new(deal.scenario(), deal.seed());
    prefix.set_quiet(true);
    let mut at = 0;
    for &k in &points {
        while at < k {
            if prefix.apply(actions[at]).is_err() {
                break;
            }
            at += 1;
        }
        if prefix.is_finished() {
            break;
        }
        let cf = from_point(deal, &prefix, k, &actions[k..], replays);
        searched.best_wins = searched.best_wins.max(cf.wins);
        let clear_win = cf.wins as f32 >= WINS_AT_LEAST * replays as f32
            && cf.wins >= cf.own_wins + replays / 4;
        let better_score =
            won && cf.wins >= cf.own_wins && cf.score >= cf.own_score + 5.0 && cf.score > 0.0;
        if clear_win || better_score {
            found.push(cf);
        }
    }
    // The biggest gain in wins first, then in score; a later point first on ties (closest to
    // where the deal was lost). One line per lesson.
    found.sort_by(|a, b| {
        (b.wins as i64 - b.own_wins as i64)
            .cmp(&(a.wins as i64 - a.own_wins as i64))
            .then((b.score - b.own_score).total_cmp(&(a.score - a.own_score)))
            .then(b.step.cmp(&a.step))
    });
    let mut lessons = Vec::new();
    found.retain(|c| {
        if lessons.contains(&c.lesson) {
            false
        } else {
            lessons.push(c.lesson);
            true
        }
    });
    found.truncate(max);
    for c in &mut found {
        c.text = wording(deal, c);
    }
    (found, searched)
}

/// The first action of each day the trainee acted, and the final wait; at most `POINTS`.
fn decision_points(deal: &Deal) -> Vec<usize> {
    let log = deal.log();
    let mut points: Vec<usize> = (0..log.len())
        .filter(|&k| !log[k].action.is_power_map())
        .filter(|&k| {
            k == 0 || log[k].day != log[k - 1].day || log[k].action == Action::AwaitDecision
        })
        .collect();
    points.dedup();
    if points.len() > POINTS {
        let n = points.len();
        points = (0..POINTS)
            .map(|i| points[i * (n - 1) / (POINTS - 1)])
            .collect();
        points.dedup();
    }
    points
}

fn future(seed: u64, step: usize, replay: u32) -> ChaCha8Rng {
    let mix = seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add((step as u64) << 20)
        .wrapping_add(u64::from(replay));
    ChaCha8Rng::seed_from_u64(mix ^ 0x4346_4143_5455_414c)
}

fn from_point(
    deal: &Deal,
    prefix: &Deal,
    step: usize,
    rest: &[Action],
    replays: u32,
) -> Counterfactual {
    let none = Constraints::default();
    let mut wins = 0;
    let mut own_wins = 0;
    let mut score = 0.0;
    let mut own_score = 0.0;
    let mut first: Option<Deal> = None;
    for r in 0..replays {
        // Both lines meet the same future: the same dice after this decision.
        let mut line = prefix.fork(&mut future(deal.seed(), step, r));
        let mut bot = future(deal.seed(), step, r + replays);
        play_on(&mut line, &mut Student::new(), &mut bot, &none);
        let mut own = prefix.fork(&mut future(deal.seed(), step, r));
        for &a in rest {
            if own.is_finished() {
                break;
            }
            let _ = own.apply(a);
        }
        if !own.is_finished() {
            let _ = own.apply(Action::AwaitDecision);
        }
        let (o, mine) = (line.outcome(), own.outcome());
        wins += u32::from(o.is_some_and(|o| o.verdict == Verdict::Won));
        own_wins += u32::from(mine.is_some_and(|o| o.verdict == Verdict::Won));
        score += o.map_or(0.0, |o| o.score.total);
        own_score += mine.map_or(0.0, |o| o.score.total);
        if first.is_none() {
            first = Some(line);
        }
    }
    let n = replays.max(1) as f32;
    let line_deal = first.unwrap_or_else(|| prefix.clone());
    let line: Vec<Action> = line_deal.log()[step..]
        .iter()
        .map(|l| l.action)
        .filter(|a| !a.is_power_map() && !matches!(a, Action::AwaitDecision))
        .take(5)
        .collect();
    Counterfactual {
        step,
        day: prefix.day(),
        lesson: lesson(deal, &line_deal, step),
        line,
        wins,
        own_wins,
        replays,
        score: score / n,
        own_score: own_score / n,
        text: String::new(),
    }
}

/// The step of the five the line teaches: what it did, from the decision point on, that the
/// trainee's deal never did. Key players first, then information, organization, stances and the
/// process. The debrief lifts the fog, so the truth may be used here.
fn lesson(deal: &Deal, line: &Deal, from: usize) -> Option<u8> {
    let c = deal.scenario().compiled();
    let truth = deal.outcome()?;
    let met = |d: &Deal, i: Ix| d.person(i).is_some_and(|p| p.met > 0);
    let engaged_after = |d: &Deal, i: Ix| {
        d.log()[from.min(d.log().len())..]
            .iter()
            .any(|l| match l.action {
                Action::Meet(p) => p == i,
                Action::Tactic(t) => c.tactics[t].target.contains(&i),
                _ => false,
            })
    };
    let decides = |i: Ix| {
        truth
            .roles
            .get(i)
            .is_some_and(|r| r.contains(Role::DecisionMaker))
    };
    let sways = |i: Ix| c.people[i].influences.iter().any(|&(to, _)| decides(to));
    let n = c.people.len();
    if (0..n).any(|i| (decides(i) || sways(i)) && !met(deal, i) && engaged_after(line, i)) {
        return Some(5);
    }
    let key_facts = |d: &Deal| {
        (0..c.facts.len())
            .filter(|&f| c.facts[f].key && d.fact_known(f))
            .count()
    };
    if key_facts(line) > key_facts(deal) {
        return Some(4);
    }
    let depts = |d: &Deal| {
        (0..c.department_people.len())
            .filter(|&k| c.department_people[k].iter().any(|&i| met(d, i)))
            .count()
    };
    if depts(line) > depts(deal) {
        return Some(2);
    }
    let informal = Role::Coach | Role::Gatekeeper | Role::Influencer;
    if (0..n).any(|i| {
        let hard = truth.stances.get(i) == Some(&Stance::Opponent)
            || truth.roles.get(i).is_some_and(|r| !r.is_disjoint(informal));
        hard && !met(deal, i) && engaged_after(line, i)
    }) {
        return Some(3);
    }
    let in_time = |d: &Deal| {
        (0..n)
            .filter(|&i| {
                c.people[i].stages.iter().any(|&s| {
                    let end = c.stage_days.get(s + 1).copied().unwrap_or(d.decision_day());
                    d.log().iter().any(|l| {
                        l.day < end
                            && match l.action {
                                Action::Meet(p) => p == i,
                                Action::Tactic(t) => c.tactics[t].target.contains(&i),
                                _ => false,
                            }
                    })
                })
            })
            .count()
    };
    (in_time(line) > in_time(deal)).then_some(1)
}

/// The counterfactual in the trainee's words, in the deal's language (the game words it again
/// when the language changes).
pub fn wording(deal: &Deal, c: &Counterfactual) -> String {
    let lang = deal.scenario().lang();
    let moves: Vec<String> = c
        .line
        .iter()
        .map(|a| lowercase_first(&deal.scenario().label(a)))
        .collect();
    let moves = match moves.len() {
        0 => tr!(lang, "cf-waiting"),
        1 => moves[0].clone(),
        _ => tr!(
            lang,
            "cf-moves",
            first = moves[..moves.len() - 1].join(&tr!(lang, "list-separator")),
            last = moves[moves.len() - 1].as_str()
        ),
    };
    let why = c.lesson.map_or(String::new(), |step| {
        let name = match step {
            1 => tr!(lang, "cf-step-1"),
            2 => tr!(lang, "cf-step-2"),
            3 => tr!(lang, "cf-step-3"),
            4 => tr!(lang, "cf-step-4"),
            _ => tr!(lang, "cf-step-5"),
        };
        match lesson_detail(deal, step) {
            Some(detail) => tr!(
                lang,
                "cf-why-detail",
                step = step,
                name = name,
                detail = detail
            ),
            None => tr!(lang, "cf-why", step = step, name = name),
        }
    });
    let outcome = deal.outcome();
    let won_now = outcome.is_some_and(|o| o.verdict == Verdict::Won);
    let result = if won_now {
        tr!(
            lang,
            "cf-result-score",
            score = format!("{:.0}", c.score),
            replays = c.replays,
            own = format!("{:.0}", c.own_score)
        )
    } else {
        tr!(
            lang,
            "cf-result-wins",
            wins = c.wins,
            replays = c.replays,
            own = c.own_wins
        )
    };
    tr!(
        lang,
        "cf-line",
        why = why,
        day = c.day,
        moves = moves,
        result = result
    )
}

/// A few words on what the trainee missed for a step, from the deal as it really was.
fn lesson_detail(deal: &Deal, step: u8) -> Option<String> {
    let sc = deal.scenario();
    let f = sc.data();
    let c = sc.compiled();
    let lang = sc.lang();
    let truth: &Outcome = deal.outcome()?;
    let never_met = |i: Ix| deal.person(i).is_none_or(|p| p.met == 0);
    match step {
        5 => (0..c.people.len())
            .find(|&i| {
                truth
                    .roles
                    .get(i)
                    .is_some_and(|r| r.contains(Role::DecisionMaker))
                    && never_met(i)
            })
            .map(|i| tr!(lang, "cf-detail-5", name = f.stakeholders[i].name.as_str())),
        4 => (0..c.facts.len())
            .find(|&k| c.facts[k].key && !deal.fact_known(k))
            .map(|_| tr!(lang, "cf-detail-4")),
        2 => {
            let missed: Vec<&str> = (0..c.department_people.len())
                .filter(|&d| c.department_people[d].iter().all(|&i| never_met(i)))
                .map(|d| f.departments[d].name.as_str())
                .collect();
            (!missed.is_empty()).then(|| {
                tr!(
                    lang,
                    "cf-detail-2",
                    departments = missed.join(&tr!(lang, "list-separator"))
                )
            })
        }
        _ => None,
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
