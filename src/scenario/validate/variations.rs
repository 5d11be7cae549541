//! Variations: alternatives with weights, and the patches each makes to people and prices.

use super::{Code, Ctx, Kind};
use crate::msg;
use crate::scenario::compiled::*;
use crate::scenario::model::{Patch, ScenarioFile, Variation};

pub(super) fn check(f: &ScenarioFile, cx: &mut Ctx) -> Vec<CompiledVariation> {
    f.variations
        .iter()
        .enumerate()
        .map(|(i, v)| variation(f, i, v, cx))
        .collect()
}

fn variation(f: &ScenarioFile, i: usize, v: &Variation, cx: &mut Ctx) -> CompiledVariation {
    let path = format!("variations[{i}]");
    if v.pick_one.is_empty() {
        cx.error(
            Code::EmptyList,
            &format!("{path}.pick_one"),
            msg!("check-no-alternatives", variation = v.id.as_str()),
            msg!("check-no-alternatives-label"),
            Some(msg!("check-no-alternatives-help")),
        );
    }
    if v.pick_one.iter().map(|a| u64::from(a.weight)).sum::<u64>() == 0 && !v.pick_one.is_empty() {
        cx.error(
            Code::ZeroWeights,
            &format!("{path}.pick_one"),
            msg!("check-zero-weights", variation = v.id.as_str()),
            msg!("check-zero-weights-label"),
            Some(msg!("check-zero-weights-help")),
        );
    }
    let mut alternatives = Vec::new();
    for (j, a) in v.pick_one.iter().enumerate() {
        let mut patches = Vec::new();
        for (k, p) in a.patches.iter().enumerate() {
            let pp = format!("{path}.pick_one[{j}].patches[{k}]");
            patches.extend(patch(f, &pp, p, cx));
        }
        alternatives.push((a.weight, patches));
    }
    CompiledVariation { alternatives }
}

fn patch(f: &ScenarioFile, pp: &str, p: &Patch, cx: &mut Ctx) -> Option<CompiledPatch> {
    let p0 = format!("{pp}.0");
    match p {
        Patch::Roles(s, roles) => cx
            .resolve(Kind::Stakeholder, s, &p0)
            .map(|s| CompiledPatch::Roles(s, roles.iter().copied().collect())),
        Patch::Influence(s, n) => {
            let at = format!("{pp}.1");
            cx.range_i(&at, i64::from(*n), 0, 10, msg!("check-what-influence"));
            cx.resolve(Kind::Stakeholder, s, &p0)
                .map(|s| CompiledPatch::Influence(s, *n))
        }
        Patch::Disposition(s, n) => {
            let at = format!("{pp}.1");
            cx.range_i(
                &at,
                i64::from(*n),
                -100,
                100,
                msg!("check-what-disposition"),
            );
            cx.resolve(Kind::Stakeholder, s, &p0)
                .map(|s| CompiledPatch::Disposition(s, *n))
        }
        Patch::Concern(s, c, w) => {
            cx.weight(&format!("{pp}.2"), *w);
            let si = cx.resolve(Kind::Stakeholder, s, &p0);
            let ci = cx.resolve(Kind::Concern, c, &format!("{pp}.1"));
            si.zip(ci).map(|(s, c)| CompiledPatch::Concern(s, c, *w))
        }
        Patch::Influences(a, b, st) => {
            let at = format!("{pp}.2");
            cx.range_f(&at, *st, 0.0, 1.0, msg!("check-what-influence-strength"));
            let ai = cx.resolve(Kind::Stakeholder, a, &p0);
            let bi = cx.resolve(Kind::Stakeholder, b, &format!("{pp}.1"));
            ai.zip(bi)
                .map(|(a, b)| CompiledPatch::Influences(a, b, *st))
        }
        Patch::Price(vid, price) => {
            let vi = cx.resolve(Kind::Vendor, vid, &p0);
            price_patch(f, pp, vi, *price, cx);
            vi.map(|v| CompiledPatch::Price(v, *price))
        }
    }
}

/// A patched price is a price, and ours is not below our floor.
fn price_patch(f: &ScenarioFile, pp: &str, vi: Option<Ix>, price: f64, cx: &mut Ctx) {
    if !(price.is_finite() && price > 0.0) {
        cx.error(
            Code::OutOfRange,
            &format!("{pp}.1"),
            msg!("check-patch-price", price = price.to_string()),
            msg!("check-bad-price-label"),
            Some(msg!("check-patch-price-help")),
        );
    } else if let Some(v) = vi
        .and_then(|v| f.vendors.get(v))
        .filter(|v| v.us && price < v.floor)
    {
        cx.error(
            Code::OutOfRange,
            &format!("{pp}.1"),
            msg!(
                "check-price-below-floor",
                price = price.to_string(),
                floor = v.floor.to_string(),
                vendor = v.id.as_str()
            ),
            msg!("check-price-below-floor-label"),
            Some(msg!(
                "check-price-below-floor-help",
                floor = v.floor.to_string()
            )),
        );
    }
}
