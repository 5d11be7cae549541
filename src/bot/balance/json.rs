//! The balance report as JSON for tools.

use serde_json::{Value, json};

use super::BalanceReport;
use super::why::{ExplainedDeal, LostThrough, PolicyExplained};
use crate::i18n::Lang;
use crate::scenario::{Policy, Scenario};
use crate::sim::{PieceKind, WhyVote};

/// The report as JSON for tools (`balance --format json`, with `explained` under
/// `--explain`); the schema is in `docs/balance-json.md`.
pub fn json(
    file: &std::path::Path,
    runs: usize,
    r: &BalanceReport,
    scenario: &Scenario,
    explained: Option<&[PolicyExplained]>,
) -> Value {
    let l = &r.lessons;
    let mut doc = serde_json::json!({
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
        "lost_through": r.lost_through.iter().map(|x| lost_json(scenario, x)).collect::<Vec<_>>(),
    });
    if let (Some(e), Some(obj)) = (explained, doc.as_object_mut()) {
        let policies: Vec<Value> = e.iter().map(|p| explained_json(scenario, p)).collect();
        obj.insert("explain".to_string(), Value::Array(policies));
    }
    doc
}

/// A policy as the lesson rows name it: `student`, `skip` with a step, `partial` with a variant.
fn policy_json(p: Policy) -> Value {
    match p {
        Policy::SkipStep(n) => json!({ "policy": p.name(), "step": n }),
        Policy::Partial(v) => json!({ "policy": p.name(), "variant": v.id() }),
        _ => json!({ "policy": p.name() }),
    }
}

fn person_id(sc: &Scenario, i: usize) -> &str {
    sc.data().stakeholders[i].id.as_str()
}

fn lost_json(sc: &Scenario, l: &LostThrough) -> Value {
    json!({
        "policy": policy_json(l.policy),
        "steps": l.steps,
        "lost": l.people.iter().map(|s| json!({
            "person": person_id(sc, s.person),
            "for_us_student": s.student,
            "for_us_skipper": s.skipper,
        })).collect::<Vec<_>>(),
        "about": l.about.iter().map(|&i| person_id(sc, i)).collect::<Vec<_>>(),
        "still_ours": l.still_ours.iter().map(|&i| person_id(sc, i)).collect::<Vec<_>>(),
        "wrong_reason": l.wrong_reason,
    })
}

fn explained_json(sc: &Scenario, p: &PolicyExplained) -> Value {
    let deal = |d: &Option<ExplainedDeal>| d.as_ref().map(|d| deal_json(sc, d));
    json!({
        "policy": policy_json(p.policy),
        "win": deal(&p.win),
        "loss": deal(&p.loss),
        "typical": deal(&p.typical),
    })
}

fn deal_json(sc: &Scenario, d: &ExplainedDeal) -> Value {
    json!({
        "seed": d.run.seed,
        "won": d.run.won,
        "score": d.run.total,
        "line": d.run.actions.iter().map(|a| sc.command(a)).collect::<Vec<_>>(),
        "replayed": d.replayed,
        "votes": d.votes.iter().filter(|w| w.weight > 0).map(|w| vote_json(sc, d, w))
            .collect::<Vec<_>>(),
    })
}

fn vote_json(sc: &Scenario, d: &ExplainedDeal, w: &WhyVote) -> Value {
    let f = sc.data();
    let vendor = |v: usize| f.vendors[v].id.as_str();
    // Utilities and pieces by vendor id; an offer that is out has no utility (null).
    let by_vendor = |xs: &[f32]| -> Value {
        let map: serde_json::Map<String, Value> = xs
            .iter()
            .enumerate()
            .map(|(v, &x)| {
                (
                    vendor(v).to_string(),
                    if x.is_finite() { json!(x) } else { Value::Null },
                )
            })
            .collect();
        Value::Object(map)
    };
    json!({
        "person": person_id(sc, w.person),
        "weight": w.weight,
        "choice": w.choice.map(vendor),
        "vetoed": w.vetoed,
        "utility": by_vendor(&w.utility),
        "pieces": w.pieces.iter().map(|p| {
            let mut piece = match &p.kind {
                PieceKind::StartingRelationship => json!({ "kind": "starting_relationship" }),
                PieceKind::RelationshipSince => json!({ "kind": "relationship_since" }),
                PieceKind::EvenFit => json!({ "kind": "even_fit" }),
                PieceKind::Concern { concern, share, scores } => json!({
                    "kind": "concern",
                    "concern": f.concerns[*concern].id,
                    "share": share,
                    "scores": by_vendor(scores),
                }),
                PieceKind::Sway { from, strength } => json!({
                    "kind": "sway",
                    "from": person_id(sc, *from),
                    "strength": strength,
                }),
            };
            if let Some(obj) = piece.as_object_mut() {
                obj.insert("by_vendor".to_string(), by_vendor(&p.by_vendor));
            }
            piece
        }).collect::<Vec<_>>(),
        "moves": d.moves[w.person].iter().map(|m| json!({
            "index": m.index,
            "day": m.day,
            "action": sc.command(&m.action),
            "change": m.change,
        })).collect::<Vec<_>>(),
    })
}
