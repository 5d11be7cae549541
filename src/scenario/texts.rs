//! Every text of a scenario that a trainee reads, each with a stable id and its place in the
//! file: what a translation is keyed by (`strings`), and what `check` looks at for characters no
//! shipped font draws.
//!
//! An id names the thing by its own id, not by its position, so reordering people or adding a
//! tactic keeps every translation: `stakeholders.zhou.name`, `facts.budget.says`,
//! `tactics.demo.debrief`. Lists without ids (the briefing's lines, competitor moves, debrief
//! notes) are keyed by position: `start.briefing.2`, `competitor_moves.0.text`.

use super::model::ScenarioFile;

/// One text: its stable id, its data path in the file (`stakeholders[2].name`, which the outline
/// positions), and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub id: String,
    pub path: String,
    pub text: String,
}

/// Every non-empty text of the file, in file order.
pub fn texts(file: &ScenarioFile) -> Vec<Text> {
    // The walk is written once, over a mutable file; reading works on a copy.
    let mut copy = file.clone();
    let mut out = Vec::new();
    walk(&mut copy, &mut |id, path, text| {
        out.push(Text {
            id: id.to_string(),
            path: path.to_string(),
            text: text.clone(),
        });
    });
    out
}

/// Calls `f(id, data path, text)` for every non-empty text of the file, in file order; `f` may
/// change the text (a translation does).
pub fn walk(file: &mut ScenarioFile, f: &mut dyn FnMut(&str, &str, &mut String)) {
    let mut at = |id: String, path: String, text: &mut String| {
        if !text.trim().is_empty() {
            f(&id, &path, text);
        }
    };
    at("title".into(), "title".into(), &mut file.title);
    at("story".into(), "story".into(), &mut file.story);
    at("objective".into(), "objective".into(), &mut file.objective);
    at("currency".into(), "currency".into(), &mut file.currency);
    let s = &mut file.seller;
    at(
        "seller.company".into(),
        "seller.company".into(),
        &mut s.company,
    );
    at(
        "seller.salesperson".into(),
        "seller.salesperson".into(),
        &mut s.salesperson,
    );
    at(
        "seller.product".into(),
        "seller.product".into(),
        &mut s.product,
    );
    let b = &mut file.buyer;
    at(
        "buyer.company".into(),
        "buyer.company".into(),
        &mut b.company,
    );
    at("buyer.about".into(), "buyer.about".into(), &mut b.about);
    for (k, line) in file.start.briefing.iter_mut().enumerate() {
        at(
            format!("start.briefing.{k}"),
            format!("start.briefing[{k}]"),
            line,
        );
    }
    for (k, c) in file.concerns.iter_mut().enumerate() {
        let id = format!("concerns.{}", c.id);
        at(
            format!("{id}.name"),
            format!("concerns[{k}].name"),
            &mut c.name,
        );
    }
    for (k, d) in file.departments.iter_mut().enumerate() {
        let id = format!("departments.{}", d.id);
        at(
            format!("{id}.name"),
            format!("departments[{k}].name"),
            &mut d.name,
        );
        at(
            format!("{id}.function"),
            format!("departments[{k}].function"),
            &mut d.function,
        );
    }
    for (k, p) in file.stakeholders.iter_mut().enumerate() {
        let id = format!("stakeholders.{}", p.id);
        let path = format!("stakeholders[{k}]");
        at(format!("{id}.name"), format!("{path}.name"), &mut p.name);
        at(format!("{id}.title"), format!("{path}.title"), &mut p.title);
        at(format!("{id}.about"), format!("{path}.about"), &mut p.about);
        let says = &mut p.says;
        for (stance, text) in [
            ("supporter", &mut says.supporter),
            ("neutral", &mut says.neutral),
            ("opponent", &mut says.opponent),
        ] {
            at(
                format!("{id}.says.{stance}"),
                format!("{path}.says.{stance}"),
                text,
            );
        }
    }
    for (k, s) in file.stages.iter_mut().enumerate() {
        let id = format!("stages.{}", s.id);
        at(
            format!("{id}.name"),
            format!("stages[{k}].name"),
            &mut s.name,
        );
        at(
            format!("{id}.about"),
            format!("stages[{k}].about"),
            &mut s.about,
        );
    }
    for (k, v) in file.vendors.iter_mut().enumerate() {
        let id = format!("vendors.{}", v.id);
        at(
            format!("{id}.name"),
            format!("vendors[{k}].name"),
            &mut v.name,
        );
        at(
            format!("{id}.about"),
            format!("vendors[{k}].about"),
            &mut v.about,
        );
    }
    for (k, x) in file.facts.iter_mut().enumerate() {
        let id = format!("facts.{}", x.id);
        let path = format!("facts[{k}]");
        at(format!("{id}.text"), format!("{path}.text"), &mut x.text);
        at(format!("{id}.hint"), format!("{path}.hint"), &mut x.hint);
        at(format!("{id}.says"), format!("{path}.says"), &mut x.says);
        at(
            format!("{id}.missed"),
            format!("{path}.missed"),
            &mut x.missed,
        );
    }
    for (k, q) in file.questions.iter_mut().enumerate() {
        at(
            format!("questions.{}.text", q.id),
            format!("questions[{k}].text"),
            &mut q.text,
        );
    }
    for (k, t) in file.tactics.iter_mut().enumerate() {
        let id = format!("tactics.{}", t.id);
        let path = format!("tactics[{k}]");
        at(format!("{id}.name"), format!("{path}.name"), &mut t.name);
        at(format!("{id}.about"), format!("{path}.about"), &mut t.about);
        at(format!("{id}.says"), format!("{path}.says"), &mut t.says);
        at(
            format!("{id}.debrief"),
            format!("{path}.debrief"),
            &mut t.debrief,
        );
    }
    for (k, m) in file.competitor_moves.iter_mut().enumerate() {
        at(
            format!("competitor_moves.{k}.text"),
            format!("competitor_moves[{k}].text"),
            &mut m.text,
        );
    }
    let d = &mut file.debrief;
    for (key, text) in [
        ("won", &mut d.won),
        ("lost", &mut d.lost),
        ("no_decision", &mut d.no_decision),
        ("disqualified", &mut d.disqualified),
        ("lesson", &mut d.lesson),
    ] {
        at(format!("debrief.{key}"), format!("debrief.{key}"), text);
    }
    for (k, n) in d.notes.iter_mut().enumerate() {
        at(
            format!("debrief.notes.{k}.text"),
            format!("debrief.notes[{k}].text"),
            &mut n.text,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyboard() -> ScenarioFile {
        let report = crate::scenario::load_path("scenarios/keyboard.ron".as_ref());
        report
            .scenario
            .expect("the bundled case loads")
            .data()
            .clone()
    }

    #[test]
    fn ids_are_unique_and_name_things_by_their_own_ids() {
        let texts = texts(&keyboard());
        let mut ids: Vec<&str> = texts.iter().map(|t| t.id.as_str()).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "an id is used twice");
        assert!(ids.contains(&"stakeholders.director.name"));
        assert!(ids.contains(&"facts.finance_budget.says"));
        assert!(ids.contains(&"tactics.warranty.name"));
    }

    /// Every string value of the file that is not an id, a reference or a choice of the format
    /// (a role, a measure) is reached by the walk: a new text field in the model must be added
    /// to it, or its translations would silently never apply.
    #[test]
    fn the_walk_reaches_every_text_of_the_bundled_cases() {
        for name in ["keyboard", "island", "key-player", "tutorial"] {
            let path = format!("scenarios/{name}.ron");
            let report = crate::scenario::load_path(path.as_ref());
            let mut file = report.scenario.expect("loads").data().clone();
            // Notes for the trainer, never shown to a trainee: not translated.
            for e in &mut file.expectations {
                e.about.clear();
            }
            for v in &mut file.variations {
                v.about.clear();
                for a in &mut v.pick_one {
                    a.about.clear();
                }
            }
            let before = ron::ser::to_string(&file).expect("serializes");
            let mut n = 0;
            walk(&mut file, &mut |_, _, text| {
                n += 1;
                *text = format!("\u{1}{n}\u{1}");
            });
            let after = ron::ser::to_string(&file).expect("serializes");
            // What is left in quotes after the walk: ids, references and empty strings.
            let left: Vec<String> = quoted(&after)
                .into_iter()
                .filter(|s| !s.is_empty() && !s.starts_with('\u{1}') && !s.starts_with("\\u{1}"))
                .filter(|s| s.contains(' '))
                .collect();
            assert!(left.is_empty(), "{name}: texts the walk misses: {left:?}");
            assert_ne!(before, after);
        }
    }

    fn quoted(ron: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur: Option<String> = None;
        let mut escaped = false;
        for c in ron.chars() {
            match (&mut cur, c) {
                (None, '"') => cur = Some(String::new()),
                (Some(s), _) if escaped => {
                    s.push(c);
                    escaped = false;
                }
                (Some(_), '\\') => escaped = true,
                (Some(s), '"') => {
                    out.push(std::mem::take(s));
                    cur = None;
                }
                (Some(s), _) => s.push(c),
                (None, _) => {}
            }
        }
        out
    }
}
