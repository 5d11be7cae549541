//! The power map, marked as a careful trainee marks it: roles and stances the trainee has seen
//! revealed, and, before the decision, a reading of the stances of the people they have met.

use rand_chacha::ChaCha8Rng;

use crate::scenario::Role;
use crate::sim::{Action, PlayerView, Stance};

/// The next power-map edit that evidence backs: a role or stance the view shows revealed that
/// the map does not hold yet.
pub fn evidence(view: &PlayerView) -> Option<Action> {
    for (i, p) in view.people() {
        if let Some(roles) = p.roles {
            for r in Role::ALL {
                let truth = roles.contains(r);
                if p.belief.roles.contains(r) != truth {
                    return Some(Action::MarkRole(i, r, truth));
                }
            }
        }
        if let Some(s) = p.stance
            && p.belief.stance != Some(s)
        {
            return Some(Action::MarkStance(i, Some(s)));
        }
    }
    None
}

/// Stance marks for the people met whose stance was never revealed: the stance most worlds
/// sampled from the view give them. A reading, not certainty, as a trainee's would be.
pub fn read_stances(view: &PlayerView, rng: &mut ChaCha8Rng, samples: usize) -> Vec<Action> {
    let people: Vec<usize> = view
        .people()
        .filter(|(_, p)| p.met > 0 && p.stance.is_none())
        .map(|(i, _)| i)
        .collect();
    if people.is_empty() {
        return Vec::new();
    }
    let mut tally = vec![[0u32; 3]; people.len()];
    for _ in 0..samples.max(1) {
        let world = view.sample_world(rng);
        let stances = world.stances();
        for (k, &i) in people.iter().enumerate() {
            if let Some(s) = stances.get(i) {
                tally[k][stance_index(*s)] += 1;
            }
        }
    }
    people
        .iter()
        .zip(&tally)
        .filter_map(|(&i, t)| {
            let best = (0..3).max_by_key(|&k| (t[k], k == 1))?;
            let stance = Stance::ALL[best];
            (view.belief(i).stance != Some(stance)).then_some(Action::MarkStance(i, Some(stance)))
        })
        .collect()
}

fn stance_index(s: Stance) -> usize {
    match s {
        Stance::Supporter => 0,
        Stance::Neutral => 1,
        Stance::Opponent => 2,
    }
}
