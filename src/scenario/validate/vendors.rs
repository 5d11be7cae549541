//! Vendors: exactly one is the trainee's company, at least one rival, prices and floors that
//! make sense, the people a rival courts, and a score for every rated concern.

use super::{Code, Ctx, Kind};
use crate::msg;
use crate::scenario::compiled::{CompiledMeasure, CompiledVendor, Ix};
use crate::scenario::model::{ScenarioFile, Vendor};

/// The compiled vendors and the index of the trainee's company (0 when none is marked).
pub(super) fn check(
    f: &ScenarioFile,
    measures: &[CompiledMeasure],
    cx: &mut Ctx,
) -> (Vec<CompiledVendor>, Ix) {
    let ours: Vec<usize> = f
        .vendors
        .iter()
        .enumerate()
        .filter(|(_, v)| v.us)
        .map(|(i, _)| i)
        .collect();
    match ours.len() {
        1 => {}
        0 => cx.error(
            Code::NoSeller,
            "vendors",
            msg!("check-no-seller"),
            msg!("check-no-seller-label"),
            Some(msg!("check-no-seller-help")),
        ),
        _ => {
            for &i in &ours[1..] {
                cx.error(
                    Code::TwoSellers,
                    &format!("vendors[{i}].us"),
                    msg!("check-two-sellers"),
                    msg!("check-two-sellers-label"),
                    Some(msg!("check-two-sellers-help")),
                );
            }
        }
    }
    if f.vendors.len() < 2 {
        cx.warn(
            Code::NoRival,
            "vendors",
            msg!("check-no-rival"),
            msg!("check-no-rival-label"),
            Some(msg!("check-no-rival-help")),
        );
    }
    let us = ours.first().copied().unwrap_or(0);
    let vendors = f
        .vendors
        .iter()
        .enumerate()
        .map(|(i, v)| vendor(f, i, v, measures, cx))
        .collect();
    (vendors, us)
}

fn vendor(
    f: &ScenarioFile,
    i: usize,
    v: &Vendor,
    measures: &[CompiledMeasure],
    cx: &mut Ctx,
) -> CompiledVendor {
    let path = format!("vendors[{i}]");
    if !(v.price > 0.0 && v.price.is_finite()) {
        cx.error(
            Code::OutOfRange,
            &format!("{path}.price"),
            msg!("check-vendor-price", price = v.price.to_string()),
            msg!("check-bad-price-label"),
            Some(msg!("check-vendor-price-help")),
        );
    }
    if !(v.floor >= 0.0 && v.floor <= v.price) {
        let (floor, price) = (v.floor.to_string(), v.price.to_string());
        let (message, fix) = if v.us {
            (
                msg!("check-floor", floor = floor, price = price),
                msg!("check-floor-help"),
            )
        } else {
            (
                msg!("check-rival-floor", floor = floor, price = price),
                msg!("check-rival-floor-help"),
            )
        };
        cx.error(
            Code::OutOfRange,
            &format!("{path}.floor"),
            message,
            msg!("check-floor-label"),
            Some(fix),
        );
    }
    let mut courts = Vec::new();
    for (pid, &n) in &v.courts {
        let cp = format!("{path}.courts.{pid}");
        cx.range_i(&cp, i64::from(n), -20, 20, msg!("check-what-courting"));
        if v.us {
            cx.error(
                Code::CourtsByUs,
                &format!("{cp}#key"),
                msg!("check-courts-by-us"),
                msg!("check-that-is-us-label"),
                Some(msg!("check-courts-by-us-help")),
            );
        } else if let Some(pi) = cx.resolve(Kind::Stakeholder, pid, &format!("{cp}#key")) {
            courts.push((pi, n));
        }
    }
    CompiledVendor {
        us: v.us,
        price: v.price,
        floor: v.floor,
        courts,
        scores: scores(f, &path, v, measures, cx),
    }
}

/// A score per concern (5 where none is given), warning where one is missing or ignored.
fn scores(
    f: &ScenarioFile,
    path: &str,
    v: &Vendor,
    measures: &[CompiledMeasure],
    cx: &mut Ctx,
) -> Vec<f32> {
    let mut scores = vec![5.0; f.concerns.len()];
    for (cid, &s) in &v.scores {
        let sp = format!("{path}.scores.{cid}");
        if let Some(ci) = cx.resolve(Kind::Concern, cid, &format!("{sp}#key")) {
            cx.range_f(&sp, s, 0.0, 10.0, msg!("check-what-vendor-score"));
            if measures[ci] != CompiledMeasure::Rated {
                cx.warn(
                    Code::ComputedConcern,
                    &format!("{sp}#key"),
                    msg!("check-computed-concern-score", concern = cid.as_str()),
                    msg!("check-computed-concern-score-label"),
                    Some(msg!("check-computed-concern-score-help")),
                );
            }
            scores[ci] = s;
        }
    }
    for (ci, c) in f.concerns.iter().enumerate() {
        if measures[ci] == CompiledMeasure::Rated && !v.scores.contains_key(&c.id) {
            cx.warn(
                Code::MissingScore,
                &format!("{path}.scores"),
                msg!(
                    "check-missing-score",
                    vendor = v.id.as_str(),
                    concern = c.id.as_str()
                ),
                msg!("check-missing-score-label"),
                Some(msg!("check-missing-score-help", concern = c.id.as_str())),
            );
        }
    }
    scores
}

/// The vendor the buyer keeps when nobody wins, if the file names one.
pub(super) fn status_quo(f: &ScenarioFile, cx: &mut Ctx) -> Option<Ix> {
    let id = f.decision.status_quo.as_ref()?;
    cx.resolve(Kind::Vendor, id, "decision.status_quo")
}
