//! Vendors: exactly one is the trainee's company, at least one rival, prices and floors that
//! make sense, the people a rival courts, and a score for every rated concern.

use super::{Code, Ctx, Kind};
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
            "no vendor is marked `us: true`".into(),
            "whose side is the trainee on?",
            Some("mark the trainee's company with `us: true`".into()),
        ),
        _ => {
            for &i in &ours[1..] {
                cx.error(
                    Code::TwoSellers,
                    &format!("vendors[{i}].us"),
                    "more than one vendor is marked `us: true`".into(),
                    "second seller",
                    Some("only the trainee's company is `us: true`".into()),
                );
            }
        }
    }
    if f.vendors.len() < 2 {
        cx.warn(
            Code::NoRival,
            "vendors",
            "the deal has no rival vendor".into(),
            "no competition",
            Some("add a competitor or the status-quo vendor, so the buyer has a choice".into()),
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
            format!("price {} must be above 0", v.price),
            "bad price",
            Some("write the offer's price, e.g. `price: 100000.0`".into()),
        );
    }
    if !(v.floor >= 0.0 && v.floor <= v.price) {
        let (whose, fix) = if v.us {
            (
                "the floor price",
                "set `floor` to the lowest price you may sell at",
            )
        } else {
            (
                "the rival's floor price",
                "set `floor` to how low this rival follows your price cuts, or remove it",
            )
        };
        cx.error(
            Code::OutOfRange,
            &format!("{path}.floor"),
            format!(
                "{whose} {} must be between 0 and the price {}",
                v.floor, v.price
            ),
            "bad floor",
            Some(fix.into()),
        );
    }
    let mut courts = Vec::new();
    for (pid, &n) in &v.courts {
        let cp = format!("{path}.courts.{pid}");
        cx.range_i(&cp, i64::from(n), -20, 20, "a relationship change per day");
        if v.us {
            cx.error(
                Code::CourtsByUs,
                &format!("{cp}#key"),
                "the trainee's company does not court people by itself".into(),
                "that is us",
                Some("move `courts` to a rival; the trainee courts people by meeting them".into()),
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
            cx.range_f(&sp, s, 0.0, 10.0, "a score");
            if measures[ci] != CompiledMeasure::Rated {
                cx.warn(
                    Code::ComputedConcern,
                    &format!("{sp}#key"),
                    format!("concern \"{cid}\" is computed from prices; this score is ignored"),
                    "ignored",
                    Some("remove it; change `price` instead".into()),
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
                format!(
                    "vendor \"{}\" has no score for concern \"{}\"; 5 is assumed",
                    v.id, c.id
                ),
                "score missing",
                Some(format!("add \"{}\": 5.0 (0 = worst, 10 = best)", c.id)),
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
