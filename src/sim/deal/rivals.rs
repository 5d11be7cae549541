//! What the rivals do on their own as the days pass: answer our price cuts, and court the
//! people the trainee has not met.

use super::Deal;
use crate::scenario::compiled::Ix;
use crate::sim::Event;

impl Deal {
    /// Rivals answer our price cuts due before `new_day`: the same cut, never below their floor.
    pub(super) fn answer_price_cuts(&mut self, new_day: u32, ev: &mut Vec<Event>) {
        let sc = self.sc.clone();
        let c = sc.compiled();
        let due: Vec<(Ix, f32, u32)> = self
            .price_answers
            .iter()
            .copied()
            .filter(|a| a.2 < new_day)
            .collect();
        self.price_answers.retain(|a| a.2 >= new_day);
        for (v, pct, day) in due {
            if self.vendors[v].disqualified {
                continue;
            }
            let floor = c.vendors[v].floor;
            let vs = &mut self.vendors[v];
            let before = vs.price;
            vs.price = (vs.price * (1.0 + f64::from(pct) / 100.0)).max(floor);
            if vs.price < before {
                self.known_price[v] = vs.price;
                self.answered.push((v, day + 1, vs.price));
                ev.push(Event::PriceAnswered {
                    vendor: v,
                    price: vs.price,
                });
            }
        }
    }

    /// Rivals court the people the trainee has not met yet, each day until `new_day`, from the
    /// person's first stage on: before it nobody talks business with them, a rival no more than
    /// the trainee (whose meetings earn `pace.before_stage_rapport` then).
    pub(super) fn court_the_unmet(&mut self, new_day: u32) {
        let sc = self.sc.clone();
        let c = sc.compiled();
        for (v, vc) in c.vendors.iter().enumerate() {
            for &(p, per_day) in &vc.courts {
                let from = c.people[p]
                    .stages
                    .iter()
                    .min()
                    .map_or(0, |&s| c.stage_days.get(s).copied().unwrap_or(0));
                let passed = new_day.saturating_sub(self.day.max(from)) as i32;
                if self.people[p].meetings == 0 && passed > 0 {
                    let a = self.relationship_of(p, v);
                    let now = (a + per_day * passed).clamp(-100, 100);
                    if now != a {
                        self.set_relationship(p, v, now);
                    }
                }
            }
        }
    }
}
