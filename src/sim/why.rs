//! Why each person votes as they do: their utility for every vendor, the number the decision
//! reads (`Deal::leaning`), taken apart into pieces that add up to it. For a trainer tuning a
//! case (`balance --explain`), not for the trainee: it shows the truth behind the fog.
//!
//! The pieces follow `decide.rs`: a person keeps `1 - share` of their own view (the
//! concern-weighted fit of each offer plus the relationship) and takes the rest from the people
//! who sway them, each by their strength times that person's view one round of influence
//! earlier.

use super::deal::Deal;
use super::decide::INFLUENCE_ROUNDS;
use crate::scenario::compiled::Ix;

/// One piece of a person's utility, for every vendor (in the scenario's vendor order).
#[derive(Debug, Clone, PartialEq)]
pub struct VotePiece {
    pub kind: PieceKind,
    /// What this piece adds to the utility of each vendor (0 for a vendor that is out).
    pub by_vendor: Vec<f32>,
}

/// What a piece of a person's utility comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum PieceKind {
    /// The relationship the file starts them with (`disposition` for us, `rivals` for the
    /// others), times `decision.relationship_weight`.
    StartingRelationship,
    /// The relationship won or lost since (meetings, tactics, rivals' courting and moves).
    RelationshipSince,
    /// One concern: its share of their concern weights this deal, and each offer's score 0-10.
    Concern {
        concern: Ix,
        share: f32,
        scores: Vec<f32>,
    },
    /// Nothing they weigh counts at this decision: every offer fits them alike (5 of 10).
    EvenFit,
    /// A person who sways them (`influences`), with the strength of the edge.
    Sway { from: Ix, strength: f32 },
}

/// Why one person votes as they do now.
#[derive(Debug, Clone, PartialEq)]
pub struct WhyVote {
    pub person: Ix,
    /// The weight of their vote (0: no vote).
    pub weight: u32,
    /// Their first choice (their vote, if they vote).
    pub choice: Option<Ix>,
    /// Their utility per vendor as the decision reads it (`f32::NEG_INFINITY`: the offer is out).
    pub utility: Vec<f32>,
    /// The pieces; for every vendor not out they add up to `utility`.
    pub pieces: Vec<VotePiece>,
    /// Whether they vetoed the winner.
    pub vetoed: bool,
}

impl WhyVote {
    /// The offer this person weighs ours against: their choice if it is not ours, else the best
    /// other offer still in. None when no other offer is in, or ours is out.
    pub fn against(&self, us: Ix) -> Option<Ix> {
        if self.utility.get(us).is_none_or(|u| *u == f32::NEG_INFINITY) {
            return None;
        }
        match self.choice {
            Some(c) if c != us => Some(c),
            _ => (0..self.utility.len())
                .filter(|&v| v != us && self.utility[v] > f32::NEG_INFINITY)
                .max_by(|&a, &b| self.utility[a].total_cmp(&self.utility[b])),
        }
    }

    /// Our utility less the other offer's: above 0 they prefer ours.
    pub fn margin(&self, us: Ix, other: Ix) -> f32 {
        self.utility[us] - self.utility[other]
    }

    /// What one piece adds to the margin of ours over `other`.
    pub fn piece_margin(&self, piece: &VotePiece, us: Ix, other: Ix) -> f32 {
        piece.by_vendor[us] - piece.by_vendor[other]
    }
}

impl Deal {
    /// Step 5's key players in this deal: the people with a vote who decide or hold the budget.
    pub fn key_players(&self) -> &[Ix] {
        &self.minds.key_players
    }

    /// The buying roles a person really holds in this deal (the seed's variations applied).
    pub fn roles_held(&self, person: Ix) -> enumset::EnumSet<crate::scenario::Role> {
        self.minds.roles.get(person).copied().unwrap_or_default()
    }

    /// The gate stage our bid was dropped at, if it was.
    pub fn dropped_at(&self) -> Option<Ix> {
        self.dropped_at
    }

    /// Each person's utility per vendor now, as the decision reads it.
    pub fn utility_of(&self, person: Ix) -> Vec<f32> {
        self.views().utility(person).to_vec()
    }

    /// Why everyone votes as they do now, in person order. `start` is the same deal before any
    /// action (`Deal::new` with the same seed): the relationships it begins with.
    pub fn why_votes(&self, start: &Deal) -> Vec<WhyVote> {
        let n_v = self.vendors.len();
        let offers = self.offers(false);
        // The rounds of influence as the decision works them out: the last is what it reads,
        // each made from the round before.
        let rounds = self.influence_rounds(&offers);
        let before_last = &rounds[INFLUENCE_ROUNDS - 1];
        let leaning = self.leaning();
        let views = &leaning.views;
        let rw = offers.relationship_weight;
        (0..self.people.len())
            .map(|i| {
                let swayed_by = &self.minds.swayed_by[i];
                let keep = if swayed_by.is_empty() {
                    1.0
                } else {
                    1.0 - self.minds.sway_share[i]
                };
                let concerns: &[(Ix, f32)] = &self.minds.concerns[i];
                let total: f32 = concerns
                    .iter()
                    .filter(|x| offers.counts[x.0])
                    .map(|x| x.1)
                    .sum();
                let per = |f: &dyn Fn(Ix) -> f32| -> Vec<f32> {
                    (0..n_v)
                        .map(|v| if offers.out[v] { 0.0 } else { f(v) })
                        .collect()
                };
                let mut pieces = Vec::new();
                let rel = |d: &Deal, v: Ix| d.relationships[i * n_v + v] as f32;
                pieces.push(VotePiece {
                    kind: PieceKind::StartingRelationship,
                    by_vendor: per(&|v| keep * rw * rel(start, v)),
                });
                pieces.push(VotePiece {
                    kind: PieceKind::RelationshipSince,
                    by_vendor: per(&|v| keep * rw * (rel(self, v) - rel(start, v))),
                });
                if total > 0.0 {
                    for &(ci, w) in concerns.iter().filter(|x| offers.counts[x.0]) {
                        let scores: Vec<f32> =
                            (0..n_v).map(|v| offers.scores[ci * n_v + v]).collect();
                        let share = w / total;
                        pieces.push(VotePiece {
                            by_vendor: per(&|v| keep * share * scores[v]),
                            kind: PieceKind::Concern {
                                concern: ci,
                                share,
                                scores,
                            },
                        });
                    }
                } else {
                    // Nothing they weigh counts: every offer fits them alike (5 of 10).
                    pieces.push(VotePiece {
                        kind: PieceKind::EvenFit,
                        by_vendor: per(&|_| keep * 5.0),
                    });
                }
                for &(from, strength) in swayed_by.iter() {
                    pieces.push(VotePiece {
                        kind: PieceKind::Sway { from, strength },
                        by_vendor: per(&|v| strength * before_last[from * n_v + v]),
                    });
                }
                WhyVote {
                    person: i,
                    weight: self.minds.vote_weight[i],
                    choice: views.choice(i),
                    utility: views.utility(i).to_vec(),
                    pieces,
                    vetoed: leaning.vetoed_by == Some(i),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::scenario::{self, Scenario};
    use crate::sim::{Action, Deal};

    fn bundled() -> Vec<Scenario> {
        ["tutorial", "keyboard", "key-player", "island"]
            .iter()
            .filter_map(|n| {
                let path = format!("{}/scenarios/{n}.ron", env!("CARGO_MANIFEST_DIR"));
                scenario::load_path(std::path::Path::new(&path)).scenario
            })
            .collect()
    }

    /// The pieces add up to the utility the decision reads, for everyone and every offer in,
    /// at the start, along a deal and at its decision; and the choice is the vote cast.
    #[test]
    fn the_pieces_add_up_to_the_utility_the_decision_reads() {
        let cases = bundled();
        assert_eq!(cases.len(), 4, "the four bundled cases load");
        for sc in &cases {
            for seed in 0..6 {
                let start = Deal::new(sc, seed);
                let mut deal = Deal::new(sc, seed);
                let mut checked = 0;
                for _ in 0..200 {
                    for why in deal.why_votes(&start) {
                        for (v, &u) in why.utility.iter().enumerate() {
                            if u == f32::NEG_INFINITY {
                                continue;
                            }
                            let sum: f32 = why.pieces.iter().map(|p| p.by_vendor[v]).sum();
                            assert!(
                                (sum - u).abs() < 1e-3,
                                "{} seed {seed} person {} vendor {v}: pieces {sum} vs {u}",
                                sc.data().id,
                                why.person
                            );
                            checked += 1;
                        }
                    }
                    if deal.is_finished() {
                        break;
                    }
                    // A plain line: meet whoever may be met, else a day passes.
                    let options = deal.legal_actions();
                    let next = options
                        .iter()
                        .copied()
                        .find(|a| matches!(a, Action::Meet(_) | Action::Tactic(_)))
                        .unwrap_or(Action::Wait(1));
                    if deal.apply(next).is_err() {
                        deal.apply(Action::AwaitDecision).ok();
                    }
                }
                assert!(checked > 0);
                assert!(
                    deal.is_finished(),
                    "{} seed {seed} reached no decision",
                    sc.data().id
                );
                let outcome = deal.outcome().cloned();
                let whys = deal.why_votes(&start);
                for v in outcome.map(|o| o.votes).unwrap_or_default() {
                    assert_eq!(whys[v.person].choice, v.vendor, "{}", sc.data().id);
                }
            }
        }
    }
}
