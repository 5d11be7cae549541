//! Variations: the seed picks one alternative of each, patching the file.

use serde::{Deserialize, Serialize};

use super::*;

/// The seed picks one alternative per variation, so a replay with a new seed is a new puzzle.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variation {
    pub id: Id,
    #[serde(default)]
    pub about: String,
    pub pick_one: Vec<Alternative>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    pub id: Id,
    #[serde(default)]
    pub about: String,
    /// Relative chance of this alternative.
    #[serde(default = "one")]
    pub weight: u32,
    pub patches: Vec<Patch>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Patch {
    Roles(Id, Vec<Role>),
    Influence(Id, u8),
    Disposition(Id, i32),
    Concern(Id, Id, Weight),
    Influences(Id, Id, f32),
    Price(Id, f64),
}
