//! The balance report as JSON for tools.

use super::BalanceReport;
use crate::i18n::Lang;

/// The report as JSON for tools (`balance --format json`); the schema is in
/// `docs/balance-json.md`.
pub fn json(file: &std::path::Path, runs: usize, r: &BalanceReport) -> serde_json::Value {
    let l = &r.lessons;
    serde_json::json!({
        "file": file.display().to_string(),
        "id": r.scenario,
        "title": r.title,
        "teaches": l.teaches,
        "runs": runs,
        "lessons": l.rows,
        "oracle": l.oracle,
        "gate": if l.gate.pass { "pass" } else { "fail" },
        "gate_failures": l.gate.failures.iter().map(|g| serde_json::json!({
            "step": g.step,
            "variant": g.variant.map(|p| p.id()),
            "what": g.what.render(Lang::En),
            "example": g.example.as_ref().map(|e| serde_json::json!({
                "seed": e.seed,
                "won": e.won,
                "score": e.total,
            })),
        })).collect::<Vec<_>>(),
        "warnings": r.warnings.iter().map(|w| w.render(Lang::En)).collect::<Vec<_>>(),
        "expectations": r.expectations.iter().map(|e| serde_json::json!({
            "about": e.label(Lang::En),
            "pass": e.passed,
            "measured": e.measured.render(Lang::En),
        })).collect::<Vec<_>>(),
    })
}
