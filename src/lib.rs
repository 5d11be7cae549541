//! Key Account: a sales-training simulation built on the "five steps for key accounts".
//!
//! `scenario` loads and validates what a trainer writes; `sim` plays it deterministically.
//! Neither imports Bevy.

pub mod scenario;
pub mod sim;
