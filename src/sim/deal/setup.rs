//! Starting a deal: the seed picks the variations and weight ranges.

use std::sync::{Arc, OnceLock};

use rand::SeedableRng;
use rand::rand_core::Rng as _;
use rand_chacha::ChaCha8Rng;

use super::people::People;
use super::{Belief, Deal, Few, Minds, Person, VendorState, unit};
use crate::scenario::Scenario;
use crate::scenario::compiled::{Compiled, CompiledPatch, Ix};
use crate::scenario::model::Weight;
use crate::sim::views::Memos;

impl Deal {
    /// Starts a deal. The seed picks the scenario's variations and weight ranges, then drives
    /// every roll of chance, so the same seed and actions always give the same deal.
    pub fn new(scenario: &Scenario, seed: u64) -> Deal {
        let c = scenario.compiled();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        // Variations first, in file order, so adding a stakeholder does not reshuffle them.
        let (picks, patches) = pick_variations(c, &mut rng);
        let (people, minds, relationships, vendors) = people_and_vendors(c, &patches, &mut rng);
        let mut deal = Deal {
            sc: scenario.clone(),
            seed,
            rng,
            day: c.start_day,
            budget: c.start_budget,
            stage: 0,
            beliefs: vec![Belief::default(); people.len()],
            visible: c.people.iter().map(|p| !p.hidden).collect(),
            first_engaged: Arc::new(vec![None; people.len()]),
            people,
            minds: Arc::new(minds),
            relationships,
            vendors,
            facts: Arc::new(vec![None; c.facts.len()]),
            tactic_uses: vec![0; c.tactics.len()],
            tactic_failed: vec![false; c.tactics.len()],
            hours: 0,
            price_answers: Vec::new(),
            answered: Vec::new(),
            budget_raise: 0.0,
            initial_stances: Vec::new(),
            hard_cases: Arc::default(),
            dropped_at: None,
            planning: false,
            next_move: 0,
            moves: Vec::new(),
            log: Vec::new(),
            outcome: None,
            picks,
            quiet: false,
            known_price: Vec::new(),
            seen: None,
            memos: Memos::default(),
            views_now: OnceLock::new(),
        };
        deal.begin();
        deal
    }

    /// Day one: the prices as known, the stage, the people already met, the facts already known,
    /// the stances the deal starts from.
    fn begin(&mut self) {
        let sc = self.sc.clone();
        let c = sc.compiled();
        self.known_price = c
            .vendors
            .iter()
            .zip(&self.vendors)
            .map(|(vc, v)| if vc.us { v.price } else { vc.price })
            .collect();
        self.stage = self.stage_on(self.day);
        for &p in &c.start_met {
            let (day, stage) = (self.day, self.stage);
            Arc::make_mut(&mut self.first_engaged)[p] = Some((day, None));
            self.visible[p] = true;
            let person = self.person_mut(p);
            person.engaged_stages |= 1 << stage.min(63);
            person.meetings = 1;
            person.questions_left = c.pace.questions_per_meeting;
        }
        let mut ignored = Vec::new();
        for &fact in &c.start_facts {
            self.reveal_fact(fact, None, &mut ignored);
        }
        self.initial_stances = self.stances();
        self.hard_cases = Arc::new(crate::sim::score::hard_cases(self));
    }

    pub(crate) fn stage_on(&self, day: u32) -> usize {
        let c = self.sc.compiled();
        c.stage_days[..c.deal_stages]
            .iter()
            .rposition(|&d| d <= day)
            .unwrap_or(0)
    }

    /// Bots: decide without the debrief's words, which only people read. Points are unchanged.
    pub fn set_quiet(&mut self, quiet: bool) {
        self.quiet = quiet;
    }
}

/// Picks one alternative of each variation, in file order: the picks and their patches.
fn pick_variations<'c>(
    c: &'c Compiled,
    rng: &mut ChaCha8Rng,
) -> (Vec<usize>, Vec<&'c CompiledPatch>) {
    let mut picks = Vec::with_capacity(c.variations.len());
    let mut patches: Vec<&CompiledPatch> = Vec::new();
    for v in &c.variations {
        let total: u64 = v.alternatives.iter().map(|(w, _)| u64::from(*w)).sum();
        let mut roll = if total == 0 {
            0
        } else {
            rng.next_u64() % total
        };
        let mut pick = 0;
        for (i, (w, _)) in v.alternatives.iter().enumerate() {
            if roll < u64::from(*w) {
                pick = i;
                break;
            }
            roll -= u64::from(*w);
        }
        picks.push(pick);
        if let Some((_, ps)) = v.alternatives.get(pick) {
            patches.extend(ps.iter());
        }
    }
    (picks, patches)
}

/// A weight as the seed picks it.
fn draw(w: Weight, rng: &mut ChaCha8Rng) -> f32 {
    match w {
        Weight::Fixed(v) => v,
        // Rounded to tenths so the debrief can show the number the seed chose.
        Weight::Range(lo, hi) => ((lo + (hi - lo) * unit(rng) as f32) * 10.0).round() / 10.0,
    }
}

/// The people and vendors as the file has them, patched by the variations picked, with each
/// concern's weight drawn and the influence on each person normalised.
fn people_and_vendors(
    c: &Compiled,
    patches: &[&CompiledPatch],
    rng: &mut ChaCha8Rng,
) -> (People, Minds, Vec<i32>, Vec<VendorState>) {
    let people = People::fresh(c.people.len(), || Person {
        meetings: 0,
        questions_left: 0,
        asked: Few::new(),
        known_concerns: Few::new(),
        roles_known: false,
        stance_known: false,
        engaged_stages: 0,
    });
    let mut roles: Vec<_> = c.people.iter().map(|p| p.roles).collect();
    let mut influence: Vec<u8> = c.people.iter().map(|p| p.influence).collect();
    let mut relationships: Vec<i32> = c
        .people
        .iter()
        .flat_map(|p| (0..c.vendors.len()).map(|v| p.relationship.get(v).copied().unwrap_or(0)))
        .collect();
    // Kept inline: a sampled world starts a deal for every look-ahead of a bot.
    let mut concern_weights: Vec<Few<(Ix, Weight)>> = c
        .people
        .iter()
        .map(|p| p.concerns.iter().copied().collect())
        .collect();
    let mut edges: Vec<(Ix, Ix, f32)> = c
        .people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.influences.iter().map(move |&(to, s)| (i, to, s)))
        .collect();
    let mut vendors: Vec<VendorState> = c
        .vendors
        .iter()
        .map(|v| VendorState {
            price: v.price,
            scores: v.scores.clone(),
            disqualified: false,
            dropped: false,
        })
        .collect();
    for patch in patches {
        match **patch {
            CompiledPatch::Roles(p, r) => roles[p] = r,
            CompiledPatch::Influence(p, n) => influence[p] = n,
            CompiledPatch::Disposition(p, d) => {
                relationships[p * c.vendors.len() + c.us] = d;
            }
            CompiledPatch::Concern(p, concern, w) => {
                match concern_weights[p].iter_mut().find(|(ci, _)| *ci == concern) {
                    Some(slot) => slot.1 = w,
                    None => concern_weights[p].push((concern, w)),
                }
            }
            CompiledPatch::Influences(a, b, s) => {
                match edges.iter_mut().find(|e| e.0 == a && e.1 == b) {
                    Some(e) => e.2 = s,
                    None => edges.push((a, b, s)),
                }
            }
            CompiledPatch::Price(v, price) => vendors[v].price = price,
        }
    }
    let concerns = concern_weights
        .into_iter()
        .map(|ws| ws.into_iter().map(|(ci, w)| (ci, draw(w, rng))).collect())
        .collect();
    let mut swayed_by: Vec<Few<(Ix, f32)>> = (0..people.len()).map(|_| Few::new()).collect();
    for (from, to, s) in edges {
        if s > 0.0 {
            swayed_by[to].push((from, s));
        }
    }
    for sways in &mut swayed_by {
        let total: f32 = sways.iter().map(|e| e.1).sum();
        if total > 1.0 {
            for e in sways.iter_mut() {
                e.1 /= total;
            }
        }
    }
    let mut sways: Vec<Few<Ix>> = (0..people.len()).map(|_| Few::new()).collect();
    for (to, from) in swayed_by.iter().enumerate() {
        for &(j, _) in from {
            sways[j].push(to);
        }
    }
    let voters: Vec<(Ix, f32)> = (0..people.len())
        .filter(|&i| c.people[i].votes && influence[i] > 0)
        .map(|i| (i, f32::from(influence[i])))
        .collect();
    let vote_total = voters.iter().fold(0.0f32, |total, v| total + v.1);
    let vetoers = voters
        .iter()
        .map(|v| v.0)
        .filter(|&i| !roles[i].is_disjoint(c.decision.veto_by))
        .collect();
    let sway_share = swayed_by
        .iter()
        .map(|s| s.iter().map(|e| e.1).sum())
        .collect();
    let minds = Minds {
        roles,
        concerns,
        swayed_by,
        sways,
        voters,
        vote_total,
        vetoers,
        sway_share,
    };
    (people, minds, relationships, vendors)
}
