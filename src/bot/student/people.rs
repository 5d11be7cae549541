//! Who the trainee works on: the roles the file declares possible, stances read, and the
//! habits' filters (step 2's one department, step 3's supporters with a formal role, step 5's
//! key players), and when each person's stages close.

use enumset::EnumSet;
use rand_chacha::ChaCha8Rng;

use super::Student;
use crate::scenario::compiled::{Compiled, CompiledPatch, Ix};
use crate::scenario::{Partial, Role};
use crate::sim::{PlayerView, Stance};

/// What the scenario file declares possible about each person, whatever the seed picks.
pub(super) struct Declared {
    /// Every role the person holds in some variation.
    pub(super) roles: Vec<EnumSet<Role>>,
    /// Whether the person sways someone who may decide.
    pub(super) sways_decider: Vec<bool>,
}

impl Declared {
    pub(super) fn of(c: &Compiled) -> Declared {
        let mut roles: Vec<EnumSet<Role>> = c.people.iter().map(|p| p.roles).collect();
        let mut edges: Vec<(Ix, Ix)> = c
            .people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.influences.iter().map(move |&(to, _)| (i, to)))
            .collect();
        for v in &c.variations {
            for (_, patches) in &v.alternatives {
                for patch in patches {
                    match *patch {
                        CompiledPatch::Roles(p, r) => roles[p] |= r,
                        CompiledPatch::Influences(a, b, s) if s > 0.0 => edges.push((a, b)),
                        _ => {}
                    }
                }
            }
        }
        let mut sways_decider = vec![false; roles.len()];
        for (from, to) in edges {
            if roles[to].contains(Role::DecisionMaker) {
                sways_decider[from] = true;
            }
        }
        Declared {
            roles,
            sways_decider,
        }
    }
}

impl Student {
    /// Roles the trainee must reckon with for a person: the revealed ones, or all the file allows.
    pub(super) fn roles(&self, view: &PlayerView, i: Ix) -> EnumSet<Role> {
        view.person(i)
            .and_then(|p| p.roles)
            .unwrap_or(self.declared().roles[i])
    }

    pub(super) fn may_decide(&self, view: &PlayerView, i: Ix) -> bool {
        self.roles(view, i).contains(Role::DecisionMaker)
    }

    pub(super) fn is_key(&self, view: &PlayerView, i: Ix) -> bool {
        self.may_decide(view, i) || self.declared().sways_decider[i]
    }

    pub(super) fn informal(&self, view: &PlayerView, i: Ix) -> bool {
        let informal = Role::Coach | Role::Gatekeeper | Role::Influencer;
        !self.roles(view, i).is_disjoint(informal)
            || view.scenario().compiled().people[i].department.is_none()
    }

    pub(super) fn opponent(&self, view: &PlayerView, i: Ix) -> bool {
        self.reading.get(i).copied().flatten() == Some(Stance::Opponent)
            || view.person(i).is_some_and(|p| {
                p.stance == Some(Stance::Opponent)
                    || p.belief.stance == Some(Stance::Opponent)
                    || p.relationship < 0
            })
    }

    /// Skipping step 3: reads everyone's stance this turn, as the stance most sampled worlds
    /// give them, to keep away from the likely opponents.
    pub(super) fn read_everyone(&mut self, view: &PlayerView, rng: &mut ChaCha8Rng) {
        let n = view.scenario().compiled().people.len();
        let mut tally = vec![[0u32; 3]; n];
        for _ in 0..self.samples {
            let world = view.sample_world(rng);
            for (i, s) in world.stances().into_iter().enumerate() {
                tally[i][Stance::ALL.iter().position(|x| *x == s).unwrap_or(1)] += 1;
            }
        }
        self.reading = tally
            .iter()
            .map(|t| {
                (0..3)
                    .max_by_key(|&k| (t[k], k == 1))
                    .map(|k| Stance::ALL[k])
            })
            .collect();
    }

    /// Whether this trainee's habits let them work on a person at all.
    pub(super) fn works_on(&self, view: &PlayerView, i: Ix) -> bool {
        let c = view.scenario().compiled();
        let partly = match self.partial {
            Some(Partial::HalfDepartments) => c.people[i]
                .department
                .is_none_or(|d| !self.left_out.get(d).copied().unwrap_or(false)),
            Some(Partial::NoGatekeeper) => !self.roles(view, i).contains(Role::Gatekeeper),
            // A stage early, never while the stage is on.
            Some(Partial::StageEarly) => !c.people[i].stages.contains(&view.stage()),
            _ => true,
        };
        partly
            && match self.skip {
                Some(2) => match self.home {
                    Some(home) => c.people[i].department == Some(home),
                    None => c.people[i].department.is_some(),
                },
                Some(3) => !self.opponent(view, i) && !self.informal(view, i),
                Some(5) => !self.is_key(view, i),
                _ => true,
            }
    }

    /// Whether the person has a say: they vote, or sway someone.
    pub(super) fn has_say(view: &PlayerView, i: Ix) -> bool {
        view.scenario().compiled().people[i].has_say()
    }

    /// The day the first of the person's stages that is still open ends (the decision day for
    /// people tied to no stage; far in the future when all their stages are over).
    pub(super) fn due(view: &PlayerView, i: Ix) -> u32 {
        let c = view.scenario().compiled();
        let stages = &c.people[i].stages;
        if stages.is_empty() {
            return view.decision_day();
        }
        stages
            .iter()
            .map(|&s| {
                c.stage_days
                    .get(s + 1)
                    .copied()
                    .unwrap_or(view.decision_day())
            })
            .filter(|&end| end > view.day())
            .min()
            .unwrap_or(u32::MAX)
    }
}
