//! The buyer's views of the offers, remembered: every person's own view, their view after each
//! round of influence, and what they make of it (`decide` has the rules). A bot weighs a move by
//! copying the deal, taking the move and waiting for the decision; on a large deal most moves
//! change one person's relationship, so working everyone's view out again made each weighed
//! move cost the whole deal. Copies of a deal share a few remembered views (`Memos`), and a
//! decision starts from the closest one: only the people whose relationships differ, and those
//! they sway in the rounds of influence, are worked out again. Each is worked out by the same
//! function and from the same numbers as in full, so the result is equal to the bit.

use std::sync::{Arc, Mutex, OnceLock, Weak};

use super::Stance;
use super::deal::{Deal, Minds};
use super::decide::{INFLUENCE_ROUNDS, Judgement, Offers};
use crate::scenario::compiled::Ix;

/// Every person's utilities and what they make of them, for one state of the deal.
#[derive(Debug)]
pub struct Views {
    /// What the views were made from: the minds, each offer's scores (as bits: -0.0 and 0.0
    /// differ), which vendors are out, and every relationship. The minds are held weakly: that
    /// keeps their address from being reused while these views remember it, and lets a sampled
    /// world change its minds in place (`Arc::make_mut` then moves them to a new address, so
    /// views made from the old ones no longer match).
    minds: Weak<Minds>,
    scores: Vec<u32>,
    out: Vec<bool>,
    relationships: Arc<Vec<i32>>,
    vendors: usize,
    /// Round 0: own views; round k: after k rounds of influence; the last is the utility.
    rounds: Vec<Vec<f32>>,
    judged: Vec<Judgement>,
    /// Each vendor's votes: the weights of the voters who choose it first. A vote's weight is
    /// a whole number (an influence, 0-255), so these sums are exact in any order and a memo's
    /// are brought up to date by the people who changed their minds alone.
    tally: Vec<u32>,
}

impl Views {
    /// One person's utility for each vendor, after influence.
    pub fn utility(&self, person: Ix) -> &[f32] {
        let u = &self.rounds[self.rounds.len() - 1];
        &u[person * self.vendors..(person + 1) * self.vendors]
    }

    pub(super) fn choice(&self, person: Ix) -> Option<Ix> {
        self.judged[person].choice()
    }

    /// The weights of the votes for each vendor (see `tally`).
    pub(super) fn tally(&self) -> &[u32] {
        &self.tally
    }

    pub(super) fn lean(&self, person: Ix) -> f32 {
        self.judged[person].lean
    }

    pub fn stances(&self) -> Vec<Stance> {
        self.judged.iter().map(|j| j.stance).collect()
    }

    pub(super) fn stance(&self, person: Ix) -> Option<Stance> {
        self.judged.get(person).map(|j| j.stance)
    }

    /// Whether these views were made from the minds the deal has now.
    fn same_minds(&self, deal: &Deal) -> bool {
        std::ptr::eq(self.minds.as_ptr(), Arc::as_ptr(&deal.minds))
    }

    /// Whether these views were made from these offers (scores compared as bits).
    fn same_offers(&self, offers: &Offers) -> bool {
        offers.out == self.out
            && offers
                .scores
                .iter()
                .map(|x| x.to_bits())
                .eq(self.scores.iter().copied())
    }

    /// Whether these views were made from the deal as it is now (a check for debug builds).
    fn made_from(&self, deal: &Deal) -> bool {
        self.same_minds(deal)
            && self.same_offers(&deal.offers(false))
            && *deal.relationships == *self.relationships
    }

    /// The people whose relationships differ from `relationships`, or None past `limit`.
    fn differing(&self, relationships: &Arc<Vec<i32>>, limit: usize) -> Option<Vec<Ix>> {
        let mut dirty = Vec::new();
        // The same relationships, shared: nothing changed them since.
        if Arc::ptr_eq(&self.relationships, relationships) {
            return Some(dirty);
        }
        let n_v = self.vendors.max(1);
        // Block by block (a comparison of memory), person by person only where a block differs:
        // most relationships are as they were.
        let block = 64 * n_v;
        for (b, (a, c)) in self
            .relationships
            .chunks(block)
            .zip(relationships.chunks(block))
            .enumerate()
        {
            if a == c {
                continue;
            }
            for (k, (x, y)) in a.iter().zip(c).enumerate() {
                let person = (b * block + k) / n_v;
                if x != y && dirty.last() != Some(&person) {
                    if dirty.len() == limit {
                        return None;
                    }
                    dirty.push(person);
                }
            }
        }
        Some(dirty)
    }
}

/// Views remembered by a deal and its copies: the few most recent worked out in full or from
/// far, newest first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memos(Arc<Mutex<Vec<Arc<Views>>>>);

impl Memos {
    /// Remembers views as the newest, forgetting the oldest past `REMEMBERED`.
    fn remember(&self, views: &Arc<Views>) {
        if let Ok(mut memos) = self.0.lock() {
            memos.insert(0, views.clone());
            memos.truncate(REMEMBERED);
        }
    }
}

/// Views a deal and its copies remember.
const REMEMBERED: usize = 4;

/// People changed past which working the views out again from a memo saves too little (each
/// is worked out again with those they sway in every round).
fn limit(people: usize) -> usize {
    people / 4
}

/// Views worked out from this many changed people or more are remembered: the state a bot
/// weighs its moves from (a sampled world after the trainee's moves) is reached this way.
const WORTH_REMEMBERING: usize = 4;

impl Deal {
    /// The buyer's views now: from the closest memo that was made from the same minds and
    /// offers, or in full.
    pub(crate) fn views(&self) -> Arc<Views> {
        if let Some(v) = self.views_now.get() {
            debug_assert!(
                v.made_from(self),
                "views kept for a state the deal has left"
            );
            return v.clone();
        }
        let v = self.views_worked_out();
        let _ = self.views_now.set(v.clone());
        v
    }

    fn views_worked_out(&self) -> Arc<Views> {
        let offers = self.offers(false);
        let n = self.people.len();
        let closest = {
            let memos = self.memos.0.lock().map(|m| m.clone()).unwrap_or_default();
            let mut closest: Option<(Arc<Views>, Vec<Ix>)> = None;
            for m in memos {
                if !m.same_minds(self) || !m.same_offers(&offers) {
                    continue;
                }
                let most = closest.as_ref().map_or(limit(n), |c| c.1.len());
                if let Some(dirty) = m.differing(&self.relationships, most) {
                    closest = Some((m, dirty));
                }
            }
            closest
        };
        let (views, remember) = match closest {
            Some((m, dirty)) if dirty.is_empty() => return m,
            Some((m, dirty)) => (
                self.views_from(&m, &dirty, &offers),
                dirty.len() >= WORTH_REMEMBERING,
            ),
            None => (self.views_in_full(offers), true),
        };
        let views = Arc::new(views);
        if remember {
            self.memos.remember(&views);
        }
        views
    }

    /// The newest views remembered that were made from the minds the deal has now.
    pub(super) fn remembered(&self) -> Option<Arc<Views>> {
        let memos = self.memos.0.lock().ok()?;
        memos.iter().find(|m| m.same_minds(self)).cloned()
    }

    /// After some people's concerns changed (a sampled world taking on what the trainee
    /// learned): the views from `before` (remembered before the change), with those people and
    /// the people whose relationships differ worked out again, remembered. Nothing is
    /// remembered if the offers changed as well (the agreement concerns follow everyone's views)
    /// or too many people differ: the next decision works the views out in full.
    pub(super) fn concerns_changed(&mut self, before: Option<&Views>, people: &[Ix]) {
        self.views_now = OnceLock::new();
        let Some(before) = before else {
            return;
        };
        let offers = self.offers(false);
        if !before.same_offers(&offers) {
            return;
        }
        let Some(mut dirty) = before.differing(&self.relationships, limit(self.people.len()))
        else {
            return;
        };
        dirty.extend_from_slice(people);
        dirty.sort_unstable();
        dirty.dedup();
        let views = Arc::new(self.views_from(before, &dirty, &offers));
        self.memos.remember(&views);
        let _ = self.views_now.set(views);
    }

    /// Everyone's views in every round of influence, worked out in full: the own views first,
    /// each round made from the one before; the last is what the decision reads.
    pub(super) fn influence_rounds(&self, offers: &Offers) -> Vec<Vec<f32>> {
        let n_v = self.vendors.len();
        let mut rounds = vec![self.own_views(offers)];
        for k in 1..=INFLUENCE_ROUNDS {
            let mut next = vec![0.0f32; rounds[0].len()];
            for (i, row) in next.chunks_exact_mut(n_v.max(1)).enumerate() {
                self.swayed(i, offers, &rounds[0], &rounds[k - 1], row);
            }
            rounds.push(next);
        }
        rounds
    }

    fn views_in_full(&self, offers: Offers) -> Views {
        let judge = self.judge();
        let n_v = self.vendors.len();
        let rounds = self.influence_rounds(&offers);
        let last = &rounds[INFLUENCE_ROUNDS];
        let mut judged: Vec<Judgement> = Vec::with_capacity(self.people.len());
        for row in last.chunks_exact(n_v.max(1)) {
            judged.push(judge.person(row));
        }
        let mut tally = vec![0u32; n_v];
        for (j, &weight) in judged.iter().zip(self.minds.vote_weight.iter()) {
            if let Some(v) = j.choice() {
                tally[v] += weight;
            }
        }
        Views {
            minds: Arc::downgrade(&self.minds),
            scores: offers.scores.iter().map(|x| x.to_bits()).collect(),
            out: offers.out,
            relationships: self.relationships.clone(),
            vendors: n_v,
            rounds,
            judged,
            tally,
        }
    }

    /// The views from a memo made from the same minds and offers, where only the `dirty` people's
    /// relationships differ: their own views, then in each round those whose view may have
    /// changed (the changed of the round before and the people they sway).
    fn views_from(&self, memo: &Views, dirty: &[Ix], offers: &Offers) -> Views {
        let judge = self.judge();
        let n_v = memo.vendors.max(1);
        let mut rounds = memo.rounds.clone();
        for &i in dirty {
            self.own_view(i, offers, &mut rounds[0][i * n_v..(i + 1) * n_v]);
        }
        let mut changed = dirty.to_vec();
        for k in 1..=INFLUENCE_ROUNDS {
            let mut next = dirty.to_vec();
            for &j in &changed {
                next.extend(self.minds.sways[j].iter().copied());
            }
            next.sort_unstable();
            next.dedup();
            let (done, rest) = rounds.split_at_mut(k);
            for &i in &next {
                let row = &mut rest[0][i * n_v..(i + 1) * n_v];
                self.swayed(i, offers, &done[0], &done[k - 1], row);
            }
            changed = next;
        }
        let mut judged = memo.judged.clone();
        let mut tally = memo.tally.clone();
        let last = &rounds[INFLUENCE_ROUNDS];
        for &i in &changed {
            let now = judge.person(&last[i * n_v..(i + 1) * n_v]);
            let weight = self.minds.vote_weight[i];
            if let Some(v) = judged[i].choice() {
                tally[v] -= weight;
            }
            if let Some(v) = now.choice() {
                tally[v] += weight;
            }
            judged[i] = now;
        }
        Views {
            minds: Arc::downgrade(&self.minds),
            scores: memo.scores.clone(),
            out: memo.out.clone(),
            relationships: self.relationships.clone(),
            vendors: memo.vendors,
            rounds,
            judged,
            tally,
        }
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use rand::rand_core::Rng as _;
    use rand_chacha::ChaCha8Rng;

    use super::Views;
    use crate::scenario::{self, Scenario, generate};
    use crate::sim::{Action, Deal};

    fn scenarios() -> Vec<Scenario> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let mut all: Vec<Scenario> = scenario::scenario_files(&dir)
            .expect("scenarios/ is readable")
            .iter()
            .filter_map(|p| scenario::load_path(p).scenario)
            .collect();
        assert!(all.len() >= 4, "the bundled scenarios load");
        // A chain of influence 60 long, where a change passes on through both rounds.
        let large = generate::large(60, 120, 30);
        all.push(
            scenario::load_str("large.ron", &large)
                .scenario
                .expect("valid"),
        );
        all
    }

    /// The views of a deal worked out with nothing remembered.
    fn in_full(deal: &Deal) -> std::sync::Arc<Views> {
        let mut d = deal.clone();
        d.forget_views();
        d.views()
    }

    fn assert_same(a: &Views, b: &Views, what: &str) {
        let bits = |v: &Views| -> Vec<u32> {
            (0..v.judged.len())
                .flat_map(|i| v.utility(i).iter().map(|x| x.to_bits()).collect::<Vec<_>>())
                .collect()
        };
        assert_eq!(bits(a), bits(b), "utilities differ: {what}");
        for (x, y) in a.judged.iter().zip(&b.judged) {
            assert_eq!(x.choice(), y.choice(), "{what}");
            assert_eq!(x.stance, y.stance, "{what}");
            assert_eq!(x.lean.to_bits(), y.lean.to_bits(), "{what}");
        }
        assert_eq!(a.tally, b.tally, "votes differ: {what}");
    }

    /// Views worked out from a memo (the deal's own, or one a copy shares) are the views worked
    /// out in full, to the bit: along random lines of play, and for every move a bot might weigh
    /// from each point (a copy of the deal, the move, the wait for the decision).
    #[test]
    fn views_from_a_memo_equal_views_in_full() {
        for sc in scenarios() {
            let mut from_memo = 0;
            for seed in 0..6u64 {
                let mut rng = ChaCha8Rng::seed_from_u64(seed);
                let mut deal = Deal::new(&sc, seed);
                deal.set_planning(true);
                while !deal.is_finished() {
                    let title = &sc.data().title;
                    assert_same(&deal.views(), &in_full(&deal), title);
                    let memo = deal.views();
                    let legal = deal.legal_actions();
                    for &a in legal.iter().take(12) {
                        let mut copy = deal.clone();
                        if copy.apply(a).is_err() || copy.apply(Action::AwaitDecision).is_err() {
                            continue;
                        }
                        let what = format!("{title}: {a:?}");
                        let full = in_full(&copy);
                        assert_same(&copy.views(), &full, &what);
                        // And straight from the memo of the deal before the move, whenever the
                        // move left the minds and the offers as they were.
                        let offers = copy.offers(false);
                        if memo.same_minds(&copy)
                            && memo.same_offers(&offers)
                            && let Some(dirty) = memo.differing(&copy.relationships, usize::MAX)
                        {
                            assert_same(&copy.views_from(&memo, &dirty, &offers), &full, &what);
                            from_memo += usize::from(!dirty.is_empty());
                        }
                    }
                    // Play on, waiting for the decision (always last) only when nothing else is
                    // left.
                    let others = legal.len().saturating_sub(1).max(1);
                    let a = legal[(rng.next_u64() % others as u64) as usize];
                    deal.apply(a).expect("a legal action");
                }
            }
            let title = &sc.data().title;
            assert!(from_memo > 0, "{title}: no move was worked out from a memo");
        }
    }

    /// A sampled world's minds take on what the trainee learned: the views worked out again for
    /// those people (and those whose relationships changed since) are the views worked out in
    /// full.
    #[test]
    fn views_after_concerns_change_equal_views_in_full() {
        for sc in scenarios() {
            let mut deal = Deal::new(&sc, 7);
            for p in 0..4 {
                let _ = deal.apply(Action::Meet(p));
            }
            let before = deal.views();
            // Moves after the views were remembered change relationships too.
            for p in 4..8 {
                let _ = deal.apply(Action::Meet(p));
            }
            let changed: Vec<usize> = (0..deal.people.len()).step_by(3).collect();
            let minds = std::sync::Arc::make_mut(&mut deal.minds);
            for &i in &changed {
                for c in minds.concerns[i].iter_mut() {
                    c.1 += 1.5;
                }
            }
            deal.concerns_changed(Some(&before), &changed);
            assert!(deal.views_now.get().is_some(), "{}", sc.data().title);
            assert_same(&deal.views(), &in_full(&deal), &sc.data().title);
        }
    }
}
