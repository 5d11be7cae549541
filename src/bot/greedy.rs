//! `Greedy`: the trainee who always takes the move that looks best for the decision, judged in
//! worlds sampled from what they see. No plan, no habits: a myopic trainee.

use rand_chacha::ChaCha8Rng;

use super::{Trainee, Turn, marks, outlook, outlook_of, shortlist};
use crate::sim::Action;

pub struct Greedy {
    samples: usize,
    queue: Vec<Action>,
    read: bool,
}

impl Greedy {
    pub fn new(samples: usize) -> Greedy {
        Greedy {
            samples: samples.max(1),
            queue: Vec::new(),
            read: false,
        }
    }
}

impl Trainee for Greedy {
    fn act(&mut self, turn: &Turn, rng: &mut ChaCha8Rng) -> Action {
        let view = &turn.view;
        if let Some(a) = self.queue.pop() {
            return a;
        }
        if let Some(a) = marks::evidence(view) {
            return a;
        }
        let worlds: Vec<_> = (0..self.samples).map(|_| view.sample_world(rng)).collect();
        let n = worlds.len() as f32;
        let now = worlds.iter().map(outlook).sum::<f32>() / n;
        let mut best: Option<(f32, Action)> = None;
        let mut events = Vec::new();
        for a in shortlist(turn.options, rng) {
            let mut total = 0.0;
            for w in &worlds {
                let mut w = w.clone();
                events.clear();
                total += match w.apply_into(a, &mut events) {
                    Ok(()) => outlook_of(w),
                    Err(_) => now,
                };
            }
            let v = total / n;
            if best.is_none_or(|(bv, _)| v > bv) {
                best = Some((v, a));
            }
        }
        match best {
            Some((v, a)) if v > now => a,
            _ if !self.read => {
                self.read = true;
                self.queue = marks::read_stances(view, rng, self.samples);
                self.queue.pop().unwrap_or(Action::AwaitDecision)
            }
            _ => Action::AwaitDecision,
        }
    }
}
