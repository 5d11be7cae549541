//! xAPI 1.0.3 statements for run records, for an LMS or a Learning Record Store: each run is
//! attempted, completed, and passed (won) or failed, with a scaled score, plus one statement per
//! decision the trainee took.

use serde_json::{Value, json};
use uuid::Uuid;

use super::RunRecord;

const VERB: &str = "http://adlnet.gov/expapi/verbs/";
/// Identifies the learner's account; `.invalid` is reserved, so it can never point anywhere real.
const HOME: &str = "https://key-account.invalid";

fn id(namespace_text: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, namespace_text.as_bytes()).to_string()
}

fn verb(name: &str) -> Value {
    json!({ "id": format!("{VERB}{name}"), "display": { "en-US": name } })
}

/// The statements for one record. `key` makes statement ids unique and stable (the file name).
pub fn statements(r: &RunRecord, key: &str) -> Vec<Value> {
    let actor = json!({
        "objectType": "Agent",
        "name": r.player,
        "account": { "homePage": HOME, "name": r.player },
    });
    let scenario_iri = format!("urn:key-account:scenario:{}", r.scenario_id);
    let object = json!({
        "objectType": "Activity",
        "id": scenario_iri,
        "definition": {
            "name": { "en-US": r.scenario_title },
            "type": "http://adlnet.gov/expapi/activities/simulation",
        },
    });
    let registration = id(&format!("{HOME}/run/{key}"));
    let context = json!({
        "registration": registration,
        "platform": "Key Account",
        "extensions": {
            "urn:key-account:seed": r.seed,
            "urn:key-account:scenario-hash": r.scenario_hash,
        },
    });
    let scaled = if r.max > 0.0 {
        (r.total / r.max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let score = json!({ "scaled": scaled, "raw": r.total, "min": 0.0, "max": r.max });
    let mut out = vec![json!({
        "id": id(&format!("{HOME}/run/{key}/attempted")),
        "actor": actor,
        "verb": verb("attempted"),
        "object": object,
        "context": context,
        "timestamp": r.started_at,
        "version": "1.0.3",
    })];
    for (i, a) in r.actions.iter().enumerate() {
        out.push(json!({
            "id": id(&format!("{HOME}/run/{key}/action/{i}")),
            "actor": actor,
            "verb": verb("interacted"),
            "object": {
                "objectType": "Activity",
                "id": format!("{scenario_iri}:action:{}", a.command.replace(' ', ":")),
                "definition": {
                    "name": { "en-US": a.command },
                    "type": "http://adlnet.gov/expapi/activities/interaction",
                },
            },
            "result": { "response": a.command, "extensions": { "urn:key-account:day": a.day } },
            "context": {
                "registration": registration,
                "platform": "Key Account",
                "contextActivities": { "parent": [{ "objectType": "Activity", "id": scenario_iri }] },
            },
            "timestamp": a.at.clone().unwrap_or_else(|| r.started_at.clone()),
            "version": "1.0.3",
        }));
    }
    out.push(json!({
        "id": id(&format!("{HOME}/run/{key}/completed")),
        "actor": actor,
        "verb": verb("completed"),
        "object": object,
        "result": { "completion": true, "score": score },
        "context": context,
        "timestamp": r.finished_at,
        "version": "1.0.3",
    }));
    let passed = r.won();
    out.push(json!({
        "id": id(&format!("{HOME}/run/{key}/{}", if passed { "passed" } else { "failed" })),
        "actor": actor,
        "verb": verb(if passed { "passed" } else { "failed" }),
        "object": object,
        "result": { "success": passed, "completion": true, "score": score },
        "context": context,
        "timestamp": r.finished_at,
        "version": "1.0.3",
    }));
    out
}
