//! Concerns: how each is measured (rated, or computed from prices, the budget or agreement).

use super::{Code, Ctx};
use crate::msg;
use crate::scenario::compiled::CompiledMeasure;
use crate::scenario::model::{Measure, ScenarioFile};

/// The measure of each concern, checking its numbers; an error when the file lists none.
pub(super) fn measures(f: &ScenarioFile, cx: &mut Ctx) -> Vec<CompiledMeasure> {
    let mut measures = Vec::new();
    for (i, c) in f.concerns.iter().enumerate() {
        let path = format!("concerns[{i}].measure.0");
        measures.push(match c.measure {
            Measure::Rated => CompiledMeasure::Rated,
            Measure::Price(s) => {
                cx.range_f(&path, s, 0.1, 20.0, msg!("check-what-price-sensitivity"));
                CompiledMeasure::Price(s)
            }
            Measure::Budget(limit) => {
                if !(limit.is_finite() && limit > 0.0) {
                    cx.error(
                        Code::OutOfRange,
                        &path,
                        msg!("check-budget-limit", limit = limit.to_string()),
                        msg!("check-budget-limit-label"),
                        Some(msg!("check-budget-limit-help")),
                    );
                }
                CompiledMeasure::Budget(limit)
            }
            Measure::Agreement(e) => {
                cx.range_f(&path, e, 0.1, 10.0, msg!("check-what-agreement-exponent"));
                CompiledMeasure::Agreement(e)
            }
        });
    }
    if f.concerns.is_empty() {
        cx.error(
            Code::EmptyList,
            "concerns",
            msg!("check-no-concerns-listed"),
            msg!("check-no-concerns-listed-label"),
            Some(msg!("check-no-concerns-listed-help")),
        );
    }
    measures
}
