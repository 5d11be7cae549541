//! The outcome, the score (outcome, one part per step of the five steps, ethics) and the debrief:
//! every point is explained by a line tied to the decision that earned or lost it.

use serde::Serialize;

use super::Stance;
use super::deal::Deal;
use super::decide::Leaning;
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
pub use crate::scenario::model::Part;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    Won,
    Lost {
        winner: Ix,
    },
    /// No consensus (or a veto): the buyer keeps the status quo vendor, or buys nothing.
    NoDecision {
        kept: Option<Ix>,
    },
    /// Compliance caught the trainee; `winner` is who got the deal instead.
    Disqualified {
        winner: Option<Ix>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Vote {
    pub person: Ix,
    pub vendor: Option<Ix>,
    pub weight: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScorePart {
    pub part: Part,
    pub points: f32,
    pub max: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub parts: Vec<ScorePart>,
    pub total: f32,
    pub max: f32,
}

impl Score {
    pub fn part(&self, part: Part) -> f32 {
        self.parts
            .iter()
            .find(|p| p.part == part)
            .map_or(0.0, |p| p.points)
    }
}

/// One line of the debrief. `step` is the index in the action log of the decision it explains.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DebriefLine {
    pub part: Part,
    pub points: f32,
    pub text: String,
    pub step: Option<usize>,
    pub day: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub verdict: Verdict,
    pub day: u32,
    /// Our final price, and the share of the margin above the floor we kept (0-1).
    pub price: f64,
    pub margin_kept: f32,
    /// Average relationship of the decision body with us, 0-1 (for follow-up service).
    pub relationship: f32,
    pub votes: Vec<Vote>,
    pub shares: Vec<f32>,
    pub vetoed_by: Option<Ix>,
    /// True stances at the decision (the fog lifted).
    pub stances: Vec<Stance>,
    /// True roles at the decision, as role bits.
    pub roles: Vec<u8>,
    pub score: Score,
    pub debrief: Vec<DebriefLine>,
}

/// Debrief lines; in a quick score (bots weighing moves) the words are never built.
struct Lines {
    lines: Vec<DebriefLine>,
    quick: bool,
}

impl Lines {
    fn add(
        &mut self,
        part: Part,
        points: f32,
        text: impl FnOnce() -> String,
        at: Option<(u32, usize)>,
    ) {
        if self.quick {
            return;
        }
        self.lines.push(DebriefLine {
            part,
            points,
            text: text(),
            step: at.map(|a| a.1),
            day: at.map(|a| a.0),
        });
    }
}

fn roles_text(bits: u8) -> String {
    let names: Vec<&str> = Role::ALL
        .iter()
        .filter(|r| bits & r.bit() != 0)
        .map(|r| r.label())
        .collect();
    if names.is_empty() {
        "no buying role".into()
    } else {
        names.join(" and ")
    }
}

impl Deal {
    /// The outcome, score and debrief. `quick` skips the debrief's words (same points).
    pub(super) fn score(&self, leaning: Leaning, quick: bool) -> Outcome {
        let sc = &self.sc;
        let f = sc.data();
        let c = sc.compiled();
        let w = &f.scoring;
        let us = c.us;
        let name = |i: Ix| f.stakeholders[i].name.as_str();
        let vendor = |v: Ix| f.vendors[v].name.as_str();
        let stances: Vec<Stance> = leaning
            .utility
            .rows()
            .map(|u| self.stance_from(u))
            .collect();
        let mut lines = Lines {
            lines: Vec::new(),
            quick,
        };

        // Outcome: winning, the price kept, the relationship left for follow-up service.
        let o = w.outcome as f32;
        let won = leaning.verdict == Verdict::Won;
        let list = c.vendors[us].price;
        let floor = c.vendors[us].floor;
        let price = self.vendors[us].price;
        let margin_kept = if list > floor {
            (((price - floor) / (list - floor)) as f32).clamp(0.0, 1.0)
        } else {
            1.0
        };
        let voters: Vec<Ix> = leaning.votes.iter().map(|v| v.person).collect();
        let relationship = if voters.is_empty() {
            0.5
        } else {
            voters
                .iter()
                .map(|&i| (self.people[i].affinity[us] as f32 + 100.0) / 200.0)
                .sum::<f32>()
                / voters.len() as f32
        };
        let verdict_text = || match leaning.verdict {
            Verdict::Won => f.debrief.won.clone(),
            Verdict::Lost { winner } => {
                format!("{} won the deal. {}", vendor(winner), f.debrief.lost)
            }
            Verdict::NoDecision { kept: Some(k) } => {
                format!(
                    "No consensus: the buyer kept {}. {}",
                    vendor(k),
                    f.debrief.no_decision
                )
            }
            Verdict::NoDecision { kept: None } => {
                format!("No decision was made. {}", f.debrief.no_decision)
            }
            Verdict::Disqualified { .. } => format!(
                "Compliance caught you and the buyer excluded you. {}",
                f.debrief.disqualified
            ),
        };
        let total_weight: f32 = leaning.votes.iter().map(|v| v.weight).sum();
        let mut outcome_pts = 0.0;
        if won {
            outcome_pts += 0.6 * o;
            lines.add(Part::Outcome, 0.6 * o, verdict_text, None);
            let m = 0.25 * o * margin_kept;
            outcome_pts += m;
            lines.add(
                Part::Outcome,
                m, || format!(
                    "You sold at {price:.0} against a list price of {list:.0} and a floor of {floor:.0}: {:.0}% of the margin kept.",
                    margin_kept * 100.0
                ),
                self.last_price_change(),);
        } else {
            lines.add(Part::Outcome, 0.0, verdict_text, None);
        }
        for vote in &leaning.votes {
            let choice = vote.vendor.map_or("no vendor", vendor);
            let share = if total_weight > 0.0 {
                vote.weight / total_weight * 100.0
            } else {
                0.0
            };
            lines.add(
                Part::Outcome,
                0.0,
                || {
                    format!(
                        "{} ({:.0}% of the say) chose {choice}.",
                        name(vote.person),
                        share
                    )
                },
                None,
            );
        }
        if let Some(v) = leaning.vetoed_by {
            lines.add(
                Part::Outcome,
                0.0,
                || {
                    format!(
                        "{} used a decision maker's veto against the majority's choice.",
                        name(v)
                    )
                },
                None,
            );
        }
        let r = 0.15 * o * relationship;
        outcome_pts += r;
        lines.add(
            Part::Outcome,
            r, || format!(
                "Relationship left for follow-up service: {:.0}% (average over the people who decide).",
                relationship * 100.0
            ),
            None,);
        for (i, logged) in self.log.iter().enumerate() {
            if let super::Action::Tactic(t) = logged.action {
                let text = &f.tactics[t].debrief;
                if !text.is_empty() && logged.succeeded {
                    lines.add(
                        Part::Outcome,
                        0.0,
                        || format!("{}: {text}", f.tactics[t].name),
                        Some((logged.day, i)),
                    );
                }
            }
        }
        for &(m, day, happened) in self.moves.iter().filter(|_| !quick) {
            let mv = &f.competitor_moves[m];
            let text = if happened {
                format!(
                    "{} {}",
                    vendor(
                        c.moves
                            .iter()
                            .find(|x| x.index == m)
                            .map_or(us, |x| x.vendor)
                    ),
                    mv.text
                )
            } else {
                format!(
                    "you got there first, so this never happened: {} {}",
                    f.vendors
                        .iter()
                        .find(|v| v.id == mv.vendor)
                        .map_or("the rival", |v| v.name.as_str()),
                    mv.text
                )
            };
            lines.add(Part::Outcome, 0.0, || format!("Day {day}: {text}"), None);
        }

        // Step 1, purchasing process: the people who matter at each stage, engaged before it ends.
        let pp = w.purchasing_process as f32;
        let mut pairs = Vec::new();
        for (i, p) in c.people.iter().enumerate() {
            for &s in &p.stages {
                pairs.push((i, s));
            }
        }
        let mut pp_pts = 0.0;
        if pairs.is_empty() {
            pp_pts = pp;
            lines.add(
                Part::PurchasingProcess,
                pp,
                || "No person in this deal is tied to a stage.".into(),
                None,
            );
        }
        for &(i, s) in &pairs {
            let end = c.stage_days.get(s + 1).copied().unwrap_or(f.decision.day);
            let each = pp / pairs.len() as f32;
            let stage = &f.stages[s].name;
            match self.people[i].first_engaged {
                Some((day, step)) if day < end => {
                    pp_pts += each;
                    lines.add(Part::PurchasingProcess, each, || format!("You engaged {} (day {day}) before the end of \"{stage}\" (day {end}), when they matter.", name(i)), step.map(|s| (day, s)));
                }
                Some((day, step)) => lines.add(
                    Part::PurchasingProcess,
                    0.0, || format!(
                        "You engaged {} only on day {day}, after \"{stage}\" ended on day {end}.",
                        name(i)
                    ),
                    step.map(|s| (day, s)),),
                None => lines.add(
                    Part::PurchasingProcess,
                    0.0, || format!(
                        "You never engaged {}, who matters during \"{stage}\".",
                        name(i)
                    ),
                    None,),
            }
        }

        // Step 2, organization structure: the roles on the trainee's power map.
        let og = w.organization as f32;
        let mapped: Vec<Ix> = (0..self.people.len())
            .filter(|&i| self.people[i].roles != 0 || self.beliefs[i].roles != 0)
            .collect();
        let mut og_pts = 0.0;
        if mapped.is_empty() {
            og_pts = og;
        }
        for &i in &mapped {
            let truth = self.people[i].roles;
            let belief = self.beliefs[i].roles;
            let inter = (truth & belief).count_ones() as f32;
            let union = (truth | belief).count_ones() as f32;
            let acc = if union == 0.0 { 1.0 } else { inter / union };
            let pts = og / mapped.len() as f32 * acc;
            og_pts += pts;
            let text = move || {
                if belief == 0 {
                    format!("You did not map {}'s role: {}.", name(i), roles_text(truth))
                } else if acc == 1.0 {
                    format!("You mapped {} correctly as {}.", name(i), roles_text(truth))
                } else {
                    format!(
                        "You mapped {} as {}; in truth: {}.",
                        name(i),
                        roles_text(belief),
                        roles_text(truth)
                    )
                }
            };
            lines.add(Part::Organization, pts, text, self.last_mark(i, true));
        }

        // Step 3, functions and stances: believed stance against the true one at the decision.
        let st = w.stances as f32;
        let matter: Vec<Ix> = (0..self.people.len())
            .filter(|&i| c.people[i].votes || !c.people[i].influences.is_empty())
            .collect();
        let mut st_pts = 0.0;
        if matter.is_empty() {
            st_pts = st;
        }
        for &i in &matter {
            let truth = stances[i];
            let each = st / matter.len() as f32;
            let belief = self.beliefs[i].stance;
            let pts = if belief == Some(truth) { each } else { 0.0 };
            let text = move || match belief {
                Some(b) if b == truth => format!("You read {} right: {}.", name(i), truth.phrase()),
                Some(b) => format!(
                    "You had {} as {}; at the decision they were {}.",
                    name(i),
                    b.phrase(),
                    truth.phrase()
                ),
                None => format!(
                    "You never marked {}'s stance; they were {}.",
                    name(i),
                    truth.phrase()
                ),
            };
            st_pts += pts;
            lines.add(Part::Stances, pts, text, self.last_mark(i, false));
        }

        // Step 4, active information: key facts found before the decision.
        let inf = w.information as f32;
        let keys: Vec<Ix> = (0..c.facts.len()).filter(|&k| c.facts[k].key).collect();
        let mut inf_pts = 0.0;
        if keys.is_empty() {
            inf_pts = inf;
        }
        for &k in &keys {
            let each = inf / keys.len() as f32;
            let fact = &f.facts[k];
            match self.facts[k] {
                Some((day, step)) => {
                    inf_pts += each;
                    lines.add(
                        Part::Information,
                        each,
                        || format!("You found out: {}", fact.text),
                        step.map(|s| (day, s)),
                    );
                }
                None => {
                    let text = || {
                        if fact.missed.is_empty() {
                            format!("You never found out: {}", fact.text)
                        } else {
                            fact.missed.clone()
                        }
                    };
                    lines.add(Part::Information, 0.0, text, None);
                }
            }
        }

        // Step 5, key players: each decision maker met, understood, and on your side.
        let kp = w.key_players as f32;
        let dms: Vec<Ix> = (0..self.people.len())
            .filter(|&i| c.people[i].votes && self.people[i].roles & Role::DecisionMaker.bit() != 0)
            .collect();
        let mut kp_pts = 0.0;
        if dms.is_empty() {
            kp_pts = kp;
        }
        for &i in &dms {
            let each = kp / dms.len() as f32;
            let p = &self.people[i];
            match p.first_engaged {
                Some(at) if p.meetings > 0 => {
                    kp_pts += 0.3 * each;
                    lines.add(
                        Part::KeyPlayers,
                        0.3 * each,
                        || format!("You met {}, who really decides.", name(i)),
                        at.1.map(|s| (at.0, s)),
                    );
                }
                _ => lines.add(
                    Part::KeyPlayers,
                    0.0,
                    || format!("You never met {}, who really decides.", name(i)),
                    None,
                ),
            }
            let top = p
                .concerns
                .iter()
                .copied()
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((concern, _)) = top {
                let cname = &f.concerns[concern].name;
                if p.known_concerns.contains(&concern) {
                    kp_pts += 0.3 * each;
                    lines.add(
                        Part::KeyPlayers,
                        0.3 * each,
                        || format!("You learned what {} cares about most: {cname}.", name(i)),
                        None,
                    );
                } else {
                    lines.add(
                        Part::KeyPlayers,
                        0.0,
                        || {
                            format!(
                                "You never learned that {} cares most about {cname}.",
                                name(i)
                            )
                        },
                        None,
                    );
                }
            }
            if stances[i] == Stance::Supporter {
                kp_pts += 0.4 * each;
                lines.add(
                    Part::KeyPlayers,
                    0.4 * each,
                    || format!("{} supported you at the decision.", name(i)),
                    None,
                );
            } else {
                lines.add(
                    Part::KeyPlayers,
                    0.0,
                    || format!("{} was {} at the decision.", name(i), stances[i].phrase()),
                    None,
                );
            }
        }

        // Ethics: compliance risk taken; breaking the gift policy fails it even if unseen.
        let eth = w.ethics as f32;
        let mut eth_pts = eth;
        let risky: Vec<(usize, &super::Logged)> = self
            .log
            .iter()
            .enumerate()
            .filter(|(_, l)| matches!(l.action, super::Action::Tactic(t) if c.tactics[t].compliance_risk > 0.0 || c.tactics[t].breaks_policy))
            .collect();
        if risky.is_empty() {
            lines.add(
                Part::Ethics,
                eth,
                || "You took no compliance risk.".into(),
                None,
            );
        } else {
            lines.add(
                Part::Ethics,
                eth,
                || "Ethics starts at full marks.".into(),
                None,
            );
        }
        for (i, l) in risky {
            let super::Action::Tactic(t) = l.action else {
                continue;
            };
            let tc = &c.tactics[t];
            let tname = &f.tactics[t].name;
            let loss = if tc.breaks_policy {
                eth_pts
            } else {
                (tc.compliance_risk * eth).min(eth_pts)
            };
            eth_pts -= loss;
            let caught = l.caught;
            let text = move || {
                let mut text = if tc.breaks_policy {
                    format!(
                        "\"{tname}\" breaks the buyer's gift and hospitality policy: an ethics failure whether or not anyone notices."
                    )
                } else {
                    format!(
                        "\"{tname}\" carried a {:.0}% compliance risk.",
                        tc.compliance_risk * 100.0
                    )
                };
                if caught {
                    text.push_str(" Compliance caught it.");
                }
                text
            };
            lines.add(Part::Ethics, -loss, text, Some((l.day, i)));
        }

        let parts = vec![
            ScorePart {
                part: Part::Outcome,
                points: outcome_pts,
                max: o,
            },
            ScorePart {
                part: Part::PurchasingProcess,
                points: pp_pts,
                max: pp,
            },
            ScorePart {
                part: Part::Organization,
                points: og_pts,
                max: og,
            },
            ScorePart {
                part: Part::Stances,
                points: st_pts,
                max: st,
            },
            ScorePart {
                part: Part::Information,
                points: inf_pts,
                max: inf,
            },
            ScorePart {
                part: Part::KeyPlayers,
                points: kp_pts,
                max: kp,
            },
            ScorePart {
                part: Part::Ethics,
                points: eth_pts,
                max: eth,
            },
        ];
        let total = parts.iter().map(|p| p.points).sum();
        let max = parts.iter().map(|p| p.max).sum();
        let mut debrief = vec![DebriefLine {
            part: Part::Outcome,
            points: 0.0,
            text: f.debrief.lesson.clone(),
            step: None,
            day: None,
        }];
        debrief.extend(lines.lines);
        Outcome {
            verdict: leaning.verdict,
            day: self.day,
            price,
            margin_kept,
            relationship,
            votes: leaning.votes,
            shares: leaning.shares,
            vetoed_by: leaning.vetoed_by,
            stances,
            roles: self.people.iter().map(|p| p.roles).collect(),
            score: Score { parts, total, max },
            debrief,
        }
    }

    fn last_price_change(&self) -> Option<(u32, usize)> {
        let c = self.sc.compiled();
        self.log
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, l)| match l.action {
                super::Action::Tactic(t)
                    if c.tactics[t]
                        .effects
                        .iter()
                        .any(|e| matches!(e, crate::scenario::compiled::Eff::Price(_))) =>
                {
                    Some((l.day, i))
                }
                _ => None,
            })
    }

    fn last_mark(&self, person: Ix, role: bool) -> Option<(u32, usize)> {
        self.log
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, l)| match l.action {
                super::Action::MarkRole(p, ..) if role && p == person => Some((l.day, i)),
                super::Action::MarkStance(p, _) if !role && p == person => Some((l.day, i)),
                _ => None,
            })
    }
}
