//! Key Account: a sales-training simulation built on the "five steps for key accounts".
//!
//! `scenario` loads and validates what a trainer writes; `sim` plays it deterministically.
//! Neither imports Bevy.
//!
//! ```
//! use key_account::scenario;
//! use key_account::sim::{Action, Deal, Verdict};
//!
//! let report = scenario::load_path("scenarios/keyboard.ron".as_ref());
//! let keyboard = report.scenario.expect("the bundled case is valid");
//! let mut deal = Deal::new(&keyboard, 42);
//! // With no groundwork the departments argue and the director keeps the IBM keyboards.
//! deal.apply(Action::AwaitDecision).expect("waiting is always allowed");
//! let kept = keyboard.vendor("ibm");
//! assert_eq!(deal.outcome().map(|o| o.verdict), Some(Verdict::NoDecision { kept }));
//! ```

pub mod bot;
pub mod config;
pub mod escape;
pub mod files;
pub mod i18n;
pub mod lrs;
pub mod record;
pub mod scenario;
pub mod sim;

#[cfg(feature = "game")]
pub mod game;
