//! The influence map: who sways whom, as played (after the seed's variations), and the part of it
//! the trainee has found.

use super::deal::Deal;
use crate::scenario::compiled::Ix;

/// One person swaying another: `from` passes `strength` (0-1) of their view on to `to`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Influence {
    pub from: Ix,
    pub to: Ix,
    pub strength: f32,
}

impl Deal {
    /// Every influence in this deal, the truth the debrief shows.
    pub fn influences(&self) -> Vec<Influence> {
        let mut out: Vec<Influence> = self
            .minds
            .swayed_by
            .iter()
            .enumerate()
            .flat_map(|(to, sways)| {
                sways
                    .iter()
                    .filter(|(_, s)| *s > 0.0)
                    .map(move |&(from, strength)| Influence { from, to, strength })
            })
            .collect();
        out.sort_by_key(|e| (e.from, e.to));
        out
    }

    /// The influences the trainee has found: both people are known, and the one who sways has
    /// been met, or their role found, or they came to light through a fact (a hidden person is
    /// revealed together with whom they sway).
    pub fn known_influences(&self) -> Vec<Influence> {
        let c = self.sc.compiled();
        let found = |i: Ix| {
            let p = &self.people[i];
            self.visible[i] && (p.meetings > 0 || p.roles_known || c.people[i].hidden)
        };
        self.influences()
            .into_iter()
            .filter(|e| found(e.from) && self.visible[e.to])
            .collect()
    }
}
