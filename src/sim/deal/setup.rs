//! Starting a deal: the seed picks the variations and weight ranges.

use std::sync::{Arc, OnceLock};

use enumset::EnumSet;
use rand::SeedableRng;
use rand::rand_core::Rng as _;
use rand_chacha::ChaCha8Rng;

use super::people::Chunks;
use super::{Belief, Deal, Engagements, Few, Minds, Person, VendorState, unit};
use crate::scenario::compiled::{Compiled, CompiledPatch, Ix};
use crate::scenario::model::Weight;
use crate::scenario::{Role, Scenario};
use crate::sim::views::Memos;

impl Deal {
    /// Starts a deal. The seed picks the scenario's variations and weight ranges, then drives
    /// every roll of chance, so the same seed and actions always give the same deal.
    pub fn new(scenario: &Scenario, seed: u64) -> Deal {
        let setup = Arc::new(Setup::of(scenario.compiled()));
        Deal::starting(scenario, setup, seed)
    }

    /// A new deal of the same scenario from another seed, as `Deal::new` starts it: what the
    /// file sets up is shared, not worked out again (a bot samples hundreds of worlds a deal).
    pub(crate) fn with_seed(&self, seed: u64) -> Deal {
        Deal::starting(&self.sc, self.setup.clone(), seed)
    }

    fn starting(scenario: &Scenario, setup: Arc<Setup>, seed: u64) -> Deal {
        let c = scenario.compiled();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        // Variations first, in file order, so adding a stakeholder does not reshuffle them.
        let (picks, patches) = pick_variations(c, &mut rng);
        let (minds, relationships, vendors) = setup.patched(c, &patches, &mut rng);
        let people = setup.people.clone();
        let mut deal = Deal {
            sc: scenario.clone(),
            seed,
            rng,
            day: c.start_day,
            budget: c.start_budget,
            stage: 0,
            beliefs: vec![Belief::default(); people.len()],
            marked: Vec::new(),
            visible: c.people.iter().map(|p| !p.hidden).collect(),
            first_engaged: Arc::new(Engagements::new(setup.never.clone())),
            people,
            minds: Arc::new(minds),
            relationships,
            vendors,
            facts: setup.facts.clone(),
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
            setup,
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
            Arc::make_mut(&mut self.first_engaged).engage(p, (day, None));
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

/// What the file sets up before the seed has a say: the people as they start, and everyone's
/// roles, say, relationships, concerns (with their ranges) and sway as written. Worked out once
/// per deal and shared with every world a bot samples from it (`Deal::with_seed`): on a large
/// deal, working it out for each sampled world was a fifth of a trainee bot's time.
#[derive(Debug)]
pub(in crate::sim) struct Setup {
    people: Chunks<Person>,
    /// No fact found yet (`Deal::facts`).
    facts: Arc<Vec<Option<(u32, Option<usize>)>>>,
    /// No one engaged yet (`Engagements`).
    never: Chunks<Option<(u32, Option<usize>)>>,
    roles: Vec<EnumSet<Role>>,
    influence: Vec<u8>,
    /// By person then vendor, as `Deal::relationships`.
    relationships: Arc<Vec<i32>>,
    concerns: Vec<Few<(Ix, Weight)>>,
    /// (from, to, strength), in file order.
    edges: Vec<(Ix, Ix, f32)>,
    vendors: Vec<VendorState>,
    /// The minds without their concerns, for every seed whose variations leave roles, influence
    /// and sway as written.
    ties: Minds,
}

impl Setup {
    fn of(c: &Compiled) -> Setup {
        let roles: Vec<_> = c.people.iter().map(|p| p.roles).collect();
        let influence: Vec<u8> = c.people.iter().map(|p| p.influence).collect();
        let edges: Vec<(Ix, Ix, f32)> = c
            .people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.influences.iter().map(move |&(to, s)| (i, to, s)))
            .collect();
        Setup {
            people: Chunks::fresh(c.people.len(), || Person {
                meetings: 0,
                questions_left: 0,
                asked: Few::new(),
                known_concerns: Few::new(),
                roles_known: false,
                stance_known: false,
                engaged_stages: 0,
                closed: false,
            }),
            facts: Arc::new(vec![None; c.facts.len()]),
            never: Chunks::fresh(c.people.len(), || None),
            ties: ties(c, &roles, &influence, &edges),
            roles,
            influence,
            relationships: Arc::new(
                c.people
                    .iter()
                    .flat_map(|p| {
                        (0..c.vendors.len()).map(|v| p.relationship.get(v).copied().unwrap_or(0))
                    })
                    .collect(),
            ),
            concerns: c
                .people
                .iter()
                .map(|p| p.concerns.iter().copied().collect())
                .collect(),
            edges,
            vendors: c
                .vendors
                .iter()
                .map(|v| VendorState {
                    price: v.price,
                    scores: v.scores.clone(),
                    disqualified: false,
                    dropped: false,
                })
                .collect(),
        }
    }

    /// The minds, relationships and vendors as the file has them, patched by the variations
    /// picked, with each concern's weight drawn (in order: person, then concern).
    fn patched(
        &self,
        c: &Compiled,
        patches: &[&CompiledPatch],
        rng: &mut ChaCha8Rng,
    ) -> (Minds, Arc<Vec<i32>>, Vec<VendorState>) {
        let mut relationships = self.relationships.clone();
        let mut vendors = self.vendors.clone();
        // Only what the variations change is copied: on most seeds, nothing but the weights.
        let mut tied: Option<(Vec<_>, Vec<u8>, Vec<(Ix, Ix, f32)>)> = None;
        let mut concerns: Option<Vec<Few<(Ix, Weight)>>> = None;
        for patch in patches {
            match **patch {
                CompiledPatch::Disposition(p, d) => {
                    Arc::make_mut(&mut relationships)[p * c.vendors.len() + c.us] = d;
                }
                CompiledPatch::Price(v, price) => vendors[v].price = price,
                CompiledPatch::Concern(p, concern, w) => {
                    let weights = &mut concerns.get_or_insert_with(|| self.concerns.clone())[p];
                    match weights.iter_mut().find(|(ci, _)| *ci == concern) {
                        Some(slot) => slot.1 = w,
                        None => weights.push((concern, w)),
                    }
                }
                CompiledPatch::Roles(..)
                | CompiledPatch::Influence(..)
                | CompiledPatch::Influences(..) => {
                    let (roles, influence, edges) = tied.get_or_insert_with(|| {
                        (
                            self.roles.clone(),
                            self.influence.clone(),
                            self.edges.clone(),
                        )
                    });
                    match **patch {
                        CompiledPatch::Roles(p, r) => roles[p] = r,
                        CompiledPatch::Influence(p, n) => influence[p] = n,
                        CompiledPatch::Influences(a, b, s) => {
                            match edges.iter_mut().find(|e| e.0 == a && e.1 == b) {
                                Some(e) => e.2 = s,
                                None => edges.push((a, b, s)),
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        let concerns = concerns
            .as_ref()
            .unwrap_or(&self.concerns)
            .iter()
            .map(|ws| {
                let mut drawn = Few::new();
                for &(ci, w) in ws {
                    drawn.push((ci, draw(w, rng)));
                }
                drawn
            })
            .collect();
        let ties = match &tied {
            Some((roles, influence, edges)) => &ties(c, roles, influence, edges),
            None => &self.ties,
        };
        let minds = Minds {
            concerns,
            ..ties.clone()
        };
        (minds, relationships, vendors)
    }
}

/// The minds without their concerns: who holds which role, who sways whom (the influence on
/// each person normalised), and who votes with what weight.
fn ties(c: &Compiled, roles: &[EnumSet<Role>], influence: &[u8], edges: &[(Ix, Ix, f32)]) -> Minds {
    let n = roles.len();
    let mut swayed_by: Vec<Few<(Ix, f32)>> = (0..n).map(|_| Few::new()).collect();
    for &(from, to, s) in edges {
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
    let mut sways: Vec<Few<Ix>> = (0..n).map(|_| Few::new()).collect();
    for (to, from) in swayed_by.iter().enumerate() {
        for &(j, _) in from {
            sways[j].push(to);
        }
    }
    let voters: Vec<(Ix, f32)> = (0..n)
        .filter(|&i| c.people[i].votes && influence[i] > 0)
        .map(|i| (i, f32::from(influence[i])))
        .collect();
    let vote_total = voters.iter().fold(0.0f32, |total, v| total + v.1);
    let mut vote_weight = vec![0u32; n];
    for &(i, _) in &voters {
        vote_weight[i] = u32::from(influence[i]);
    }
    let vetoers: Vec<Ix> = voters
        .iter()
        .map(|v| v.0)
        .filter(|&i| !roles[i].is_disjoint(c.decision.veto_by))
        .collect();
    let key = Role::DecisionMaker | Role::EconomicBuyer;
    let key_players: Vec<Ix> = (0..n)
        .filter(|&i| !roles[i].is_disjoint(key) && c.people[i].votes)
        .collect();
    let sway_share: Vec<f32> = swayed_by
        .iter()
        .map(|s| s.iter().map(|e| e.1).sum())
        .collect();
    Minds {
        roles: roles.into(),
        concerns: Vec::new(),
        swayed_by: swayed_by.into(),
        sways: sways.into(),
        voters: voters.into(),
        vote_total,
        vote_weight: vote_weight.into(),
        vetoers: vetoers.into(),
        key_players: key_players.into(),
        role_holders: roles.iter().filter(|r| !r.is_empty()).count(),
        sway_share: sway_share.into(),
    }
}
