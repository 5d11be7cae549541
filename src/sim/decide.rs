//! How the buyer decides: each person prefers a vendor by their concern-weighted view of the offers
//! plus their relationship with the vendor; people sway those they influence; the decision body
//! votes by influence; a decision maker may veto; without consensus the status quo stays.

use std::sync::Arc;

use super::deal::{Deal, VendorState};
use super::score::{Verdict, Vote};
use super::views::Views;
use super::{Outcome, Stance};
use crate::scenario::compiled::{CompiledMeasure, Ix};

/// Rounds of influence: a view passes from the spouse to the deputy GM to the departments.
pub(super) const INFLUENCE_ROUNDS: usize = 2;

/// The buyer's current leaning, as if they decided today.
#[derive(Debug, Clone)]
pub struct Leaning {
    pub verdict: Verdict,
    /// Each voter's vote (none in a quiet look-ahead: see `Outcome::votes`).
    pub votes: Vec<Vote>,
    /// Share of the weighted vote per vendor.
    pub shares: Vec<f32>,
    pub vetoed_by: Option<Ix>,
    /// Every person's utilities after influence, and what they make of them.
    pub views: Arc<Views>,
}

/// What everyone's own view is made from at one decision (`Deal::offers`).
#[derive(Debug, Clone)]
pub(super) struct Offers {
    /// Each offer's score on each concern, by concern then vendor.
    pub scores: Vec<f32>,
    /// Whether the buyer no longer considers each offer.
    pub out: Vec<bool>,
    /// Whether each concern counts.
    pub counts: Vec<bool>,
    pub relationship_weight: f32,
}

/// What judging a person's utilities needs (`Deal::judge`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Judge {
    us: Ix,
    ours_out: bool,
    status_quo: Option<Ix>,
    /// The stance margin.
    margin: f32,
}

impl Judge {
    /// What one person makes of the offers after influence (`row`, their utility per vendor):
    /// their first choice (a tie goes to the status quo: changing vendor needs a reason), their
    /// stance toward us (a supporter prefers our offer to the best other by the stance margin,
    /// an opponent the other way), and how firmly they lean to us (`support`).
    #[inline]
    pub(super) fn person(&self, row: &[f32]) -> Judgement {
        let us = self.us;
        // One pass: the first choice (with its utility) and the best other offer (one that is
        // out has no utility, so it never counts), as `f32::max` folds them in order.
        let mut choice: Option<Ix> = None;
        let mut top = f32::NEG_INFINITY;
        let mut best_other = f32::NEG_INFINITY;
        for (v, &x) in row.iter().enumerate() {
            if v != us {
                best_other = best_other.max(x);
            }
            if x == f32::NEG_INFINITY {
                continue;
            }
            let better = match choice {
                None => true,
                Some(_) => x > top || x == top && Some(v) == self.status_quo,
            };
            if better {
                choice = Some(v);
                top = x;
            }
        }
        let m = self.margin;
        let stance = if self.ours_out {
            Stance::Opponent
        } else if best_other == f32::NEG_INFINITY || row[us] - best_other >= m {
            Stance::Supporter
        } else if row[us] - best_other <= -m {
            Stance::Opponent
        } else {
            Stance::Neutral
        };
        let firm = 2.5;
        let lean = if row[us] == f32::NEG_INFINITY {
            -1.0
        } else if best_other == f32::NEG_INFINITY {
            1.0
        } else {
            ((row[us] - best_other) / (2.0 * firm)).clamp(-1.0, 1.0)
        };
        Judgement {
            // A scenario file (64 MiB at most) has far fewer than 2^32 vendors.
            first: choice.map_or(NO_CHOICE, |v| v as u32),
            stance,
            lean,
        }
    }
}

/// `Judgement::first` of someone with no first choice (every offer is out).
const NO_CHOICE: u32 = u32::MAX;

/// What one person makes of the offers (`Judge::person`). Twelve bytes: views hold one per
/// person, and a bot's every decision copies them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Judgement {
    /// Their first choice (their vote, if they vote), or `NO_CHOICE`.
    first: u32,
    pub stance: Stance,
    /// How firmly they lean to us, -1 to 1 (`Deal::support`).
    pub lean: f32,
}

impl Judgement {
    /// Their first choice (their vote, if they vote).
    pub fn choice(&self) -> Option<Ix> {
        (self.first != NO_CHOICE).then_some(self.first as Ix)
    }
}

impl Deal {
    /// Each vendor's score 0-10 on each concern now, computing price and budget concerns.
    pub fn offer_scores(&self) -> Vec<Vec<f32>> {
        let c = self.sc.compiled();
        let cheapest = self
            .vendors
            .iter()
            .filter(|v| !v.out())
            .map(|v| v.price)
            .fold(f64::INFINITY, f64::min);
        self.vendors
            .iter()
            .map(|v| {
                c.measures
                    .iter()
                    .enumerate()
                    .map(|(ci, m)| match *m {
                        CompiledMeasure::Rated => v.scores[ci],
                        CompiledMeasure::Price(sensitivity) => {
                            let ratio = (cheapest / v.price).min(1.0);
                            (10.0 * ratio.powf(f64::from(sensitivity))) as f32
                        }
                        CompiledMeasure::Budget(limit) => {
                            let limit = (limit + self.budget_raise).max(0.01);
                            let over = (v.price / limit - 1.0).max(0.0);
                            (10.0 - over * 100.0).clamp(0.0, 10.0) as f32
                        }
                        // Filled in by `utilities`, from what the others prefer.
                        CompiledMeasure::Agreement(_) => 0.0,
                    })
                    .collect()
            })
            .collect()
    }

    /// What everyone's own view is made from now, with the agreement concerns left out
    /// (`skip_agreement`: what the others think is computed from views without them) or worked
    /// out from what the others think.
    pub(super) fn offers(&self, skip_agreement: bool) -> Offers {
        let c = self.sc.compiled();
        let by_vendor = self.offer_scores();
        let n_v = self.vendors.len();
        let mut scores = vec![0.0f32; c.measures.len() * n_v];
        for (v, row) in by_vendor.iter().enumerate() {
            for (ci, &x) in row.iter().enumerate() {
                scores[ci * n_v + v] = x;
            }
        }
        let agreement = |ci: Ix| matches!(c.measures[ci], CompiledMeasure::Agreement(_));
        let mut offers = Offers {
            scores,
            out: self.vendors.iter().map(VendorState::out).collect(),
            counts: (0..c.measures.len())
                .map(|ci| !(skip_agreement && agreement(ci)))
                .collect(),
            relationship_weight: c.decision.relationship_weight,
        };
        if !skip_agreement && (0..c.measures.len()).any(agreement) {
            self.agreement(&mut offers);
        }
        offers
    }

    /// Each person's own view of each vendor (before influence).
    pub(super) fn own_views(&self, offers: &Offers) -> Vec<f32> {
        let n_v = self.vendors.len();
        let mut base = vec![f32::NEG_INFINITY; self.people.len() * n_v];
        for (i, row) in base.chunks_exact_mut(n_v.max(1)).enumerate() {
            self.own_view(i, offers, row);
        }
        base
    }

    /// One person's own view of every vendor (`row`): the concern-weighted fit plus the
    /// relationship, NEG_INFINITY for a vendor that is out.
    // Inlined into the loops over everyone (`own_views`): a call per person was a good part of
    // working the views out in full.
    #[inline(always)]
    pub(super) fn own_view(&self, i: Ix, offers: &Offers, row: &mut [f32]) {
        let n_v = row.len();
        let relationship = &self.relationships[i * n_v..(i + 1) * n_v];
        let concerns: &[(Ix, f32)] = &self.minds.concerns[i];
        let counts = &offers.counts;
        // Sums start from -0.0 and add in the concerns' order, as `Sum` does, so a view is the
        // same number however it is worked out.
        let mut total = -0.0f32;
        for &(ci, w) in concerns {
            if counts[ci] {
                total += w;
            }
        }
        let rw = offers.relationship_weight;
        for (v, (x, &r)) in row.iter_mut().zip(relationship).enumerate() {
            if offers.out[v] {
                *x = f32::NEG_INFINITY;
                continue;
            }
            let mut fit = -0.0f32;
            for &(ci, w) in concerns {
                if counts[ci] {
                    fit += w * offers.scores[ci * n_v + v];
                }
            }
            let fit = if total > 0.0 { fit / total } else { 5.0 };
            *x = fit + rw * r as f32;
        }
    }

    /// Agreement scores: for each vendor, how many of the voters without a coordinating concern
    /// prefer it to the status quo on their own view (for the status quo, or with none: how many
    /// put it first), as `10 * share ^ exponent`.
    fn agreement(&self, offers: &mut Offers) {
        let c = self.sc.compiled();
        let n_v = self.vendors.len();
        let own = self.own_views(&self.offers(true));
        let coordinates = |i: Ix| {
            self.minds.concerns[i]
                .iter()
                .any(|x| matches!(c.measures[x.0], CompiledMeasure::Agreement(_)))
        };
        let others: Vec<Ix> = self
            .minds
            .voters
            .iter()
            .map(|v| v.0)
            .filter(|&i| !coordinates(i))
            .collect();
        let n = others.len().max(1) as f32;
        let first = |i: Ix| {
            (0..n_v)
                .filter(|&v| own[i * n_v + v] > f32::NEG_INFINITY)
                .max_by(|&a, &b| own[i * n_v + a].total_cmp(&own[i * n_v + b]))
        };
        for v in 0..n_v {
            let agree = others
                .iter()
                .filter(|&&i| match c.status_quo {
                    Some(sq) if sq != v => own[i * n_v + v] > own[i * n_v + sq],
                    _ => first(i) == Some(v),
                })
                .count() as f32
                / n;
            for (ci, m) in c.measures.iter().enumerate() {
                if let CompiledMeasure::Agreement(e) = *m {
                    offers.scores[ci * n_v + v] = 10.0 * agree.powf(e);
                }
            }
        }
    }

    /// One person's view after a round of influence (`row`): they hold their own view (`base`)
    /// in proportion to what is left after the shares others sway, and take the rest from those
    /// others' views of the last round (`prev`): a Friedkin-Johnsen opinion model, where chains
    /// pass on and one edge never compounds. A vendor that is out keeps the own view.
    #[inline(always)]
    pub(super) fn swayed(
        &self,
        i: Ix,
        offers: &Offers,
        base: &[f32],
        prev: &[f32],
        row: &mut [f32],
    ) {
        let n_v = row.len();
        let own = &base[i * n_v..(i + 1) * n_v];
        let swayed_by = &self.minds.swayed_by[i];
        if swayed_by.is_empty() {
            for (x, &own) in row.iter_mut().zip(own) {
                *x = own;
            }
            return;
        }
        let share = self.minds.sway_share[i];
        for (v, ((x, &own), &out)) in row.iter_mut().zip(own).zip(&offers.out).enumerate() {
            *x = if out {
                own
            } else {
                let swayed: f32 = swayed_by.iter().map(|&(j, s)| s * prev[j * n_v + v]).sum();
                (1.0 - share) * own + swayed
            };
        }
    }

    /// What judging everyone's utilities needs, worked out once per decision.
    pub(super) fn judge(&self) -> Judge {
        let c = self.sc.compiled();
        Judge {
            us: c.us,
            ours_out: self.vendors[c.us].out(),
            status_quo: c.status_quo,
            margin: c.decision.stance_margin,
        }
    }

    /// Every person's true stance toward the trainee right now.
    pub fn stances(&self) -> Vec<Stance> {
        self.views().stances()
    }

    /// One person's true stance right now.
    pub fn stance_of(&self, person: Ix) -> Stance {
        self.views().stance(person).unwrap_or(Stance::Neutral)
    }

    /// How the buyer would decide if the decision were today.
    pub fn leaning(&self) -> Leaning {
        let c = self.sc.compiled();
        let d = &self.sc.compiled().decision;
        let views = self.views();
        let status_quo = c.status_quo;
        let n_v = self.vendors.len();
        // The weights of the votes for each vendor, kept with the views. They are whole
        // numbers: below 2^24 in all (65,000 voters of the greatest influence), f32 adds them
        // exactly in any order, so this equals adding them up voter by voter.
        let weight: Vec<f32> = views.tally().iter().map(|&w| w as f32).collect();
        let total = self.minds.vote_total;
        // A look-ahead with no words to write (a bot weighing a move) reads the score only:
        // it lists no votes, which on a large deal means a thousand voters at every move.
        let votes: Vec<Vote> = if self.planning && self.quiet {
            Vec::new()
        } else {
            self.minds
                .voters
                .iter()
                .map(|&(i, w)| Vote {
                    person: i,
                    vendor: views.choice(i),
                    weight: w,
                })
                .collect()
        };
        let shares: Vec<f32> = weight
            .iter()
            .map(|w| if total > 0.0 { w / total } else { 0.0 })
            .collect();
        let mut top: Option<Ix> = None;
        let mut tied = false;
        for v in 0..n_v {
            match top {
                None if shares[v] > 0.0 => top = Some(v),
                Some(t) if shares[v] > shares[t] => {
                    top = Some(v);
                    tied = false;
                }
                Some(t) if shares[v] == shares[t] => tied = true,
                _ => {}
            }
        }
        let mut vetoed_by = None;
        let winner = match top {
            Some(t) if !tied && shares[t] >= d.consensus => {
                if d.veto {
                    // The first voter who may veto and whose own choice lost by enough.
                    vetoed_by = self.minds.vetoers.iter().copied().find(|&i| {
                        views.choice(i).is_some_and(|own| {
                            let u = views.utility(i);
                            own != t && u[t] < u[own] - d.veto_margin
                        })
                    });
                }
                if vetoed_by.is_some() { None } else { Some(t) }
            }
            _ => None,
        };
        let us = c.us;
        let verdict = if self.vendors[us].disqualified {
            Verdict::Disqualified { winner }
        } else {
            match winner {
                Some(w) if w == us => Verdict::Won,
                Some(w) => Verdict::Lost { winner: w },
                None => Verdict::NoDecision { kept: status_quo },
            }
        };
        Leaning {
            verdict,
            votes,
            shares,
            vetoed_by,
            views,
        }
    }

    /// How firmly the people who vote lean to us, -1 (all firmly against) to 1 (all firmly for):
    /// the influence-weighted average of each voter's utility margin for our offer over their
    /// best alternative, clamped to ±5 utility points and scaled to ±1. Smoother than the vote,
    /// so a look-ahead can see a move that helps before it flips anyone, even far from winning.
    pub fn support(&self) -> f32 {
        self.support_in(&self.views())
    }

    /// `support` from views already worked out (the decision's own, say).
    pub(super) fn support_in(&self, views: &Views) -> f32 {
        let mut sum = 0.0f32;
        for &(i, w) in self.minds.voters.iter() {
            sum += w * views.lean(i);
        }
        let total = self.minds.vote_total;
        if total > 0.0 { sum / total } else { 0.0 }
    }

    pub(super) fn decide(&mut self) -> Outcome {
        let leaning = self.leaning();
        self.score(leaning, self.quiet)
    }
}
