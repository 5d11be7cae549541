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
    let mut w = Walker(f);
    w.top([
        ("title", &mut file.title),
        ("story", &mut file.story),
        ("objective", &mut file.objective),
        ("currency", &mut file.currency),
    ]);
    let s = &mut file.seller;
    w.item(
        "seller",
        "seller",
        [
            ("company", &mut s.company),
            ("salesperson", &mut s.salesperson),
            ("product", &mut s.product),
        ],
    );
    let b = &mut file.buyer;
    w.item(
        "buyer",
        "buyer",
        [("company", &mut b.company), ("about", &mut b.about)],
    );
    for (k, line) in file.start.briefing.iter_mut().enumerate() {
        w.at(
            &format!("start.briefing.{k}"),
            &format!("start.briefing[{k}]"),
            line,
        );
    }
    for (k, c) in file.concerns.iter_mut().enumerate() {
        w.listed("concerns", k, &c.id, [("name", &mut c.name)]);
    }
    for (k, d) in file.departments.iter_mut().enumerate() {
        w.listed(
            "departments",
            k,
            &d.id,
            [("name", &mut d.name), ("function", &mut d.function)],
        );
    }
    for (k, p) in file.stakeholders.iter_mut().enumerate() {
        let says = &mut p.says;
        w.listed(
            "stakeholders",
            k,
            &p.id,
            [
                ("name", &mut p.name),
                ("title", &mut p.title),
                ("about", &mut p.about),
                ("says.supporter", &mut says.supporter),
                ("says.neutral", &mut says.neutral),
                ("says.opponent", &mut says.opponent),
            ],
        );
    }
    for (k, s) in file.stages.iter_mut().enumerate() {
        w.listed(
            "stages",
            k,
            &s.id,
            [("name", &mut s.name), ("about", &mut s.about)],
        );
    }
    for (k, v) in file.vendors.iter_mut().enumerate() {
        w.listed(
            "vendors",
            k,
            &v.id,
            [("name", &mut v.name), ("about", &mut v.about)],
        );
    }
    play_texts(file, &mut w);
}

/// The texts of play: facts, questions, tactics, the rivals' moves and the debrief.
fn play_texts(file: &mut ScenarioFile, w: &mut Walker<'_>) {
    for (k, x) in file.facts.iter_mut().enumerate() {
        w.listed(
            "facts",
            k,
            &x.id,
            [
                ("text", &mut x.text),
                ("hint", &mut x.hint),
                ("says", &mut x.says),
                ("missed", &mut x.missed),
            ],
        );
    }
    for (k, q) in file.questions.iter_mut().enumerate() {
        w.listed("questions", k, &q.id, [("text", &mut q.text)]);
    }
    for (k, t) in file.tactics.iter_mut().enumerate() {
        w.listed(
            "tactics",
            k,
            &t.id,
            [
                ("name", &mut t.name),
                ("about", &mut t.about),
                ("says", &mut t.says),
                ("debrief", &mut t.debrief),
            ],
        );
    }
    // Competitor moves and debrief notes have no ids: keyed by position.
    for (k, m) in file.competitor_moves.iter_mut().enumerate() {
        let key = k.to_string();
        w.listed("competitor_moves", k, &key, [("text", &mut m.text)]);
    }
    let d = &mut file.debrief;
    w.item(
        "debrief",
        "debrief",
        [
            ("won", &mut d.won),
            ("lost", &mut d.lost),
            ("no_decision", &mut d.no_decision),
            ("disqualified", &mut d.disqualified),
            ("lesson", &mut d.lesson),
        ],
    );
    for (k, n) in d.notes.iter_mut().enumerate() {
        let key = k.to_string();
        w.listed("debrief.notes", k, &key, [("text", &mut n.text)]);
    }
}

/// Hands each non-empty text to the walk's callback under its id and data path.
struct Walker<'f>(&'f mut dyn FnMut(&str, &str, &mut String));

impl Walker<'_> {
    fn at(&mut self, id: &str, path: &str, text: &mut String) {
        if !text.trim().is_empty() {
            (self.0)(id, path, text);
        }
    }

    /// Top-level fields: the id is the path.
    fn top<const N: usize>(&mut self, fields: [(&str, &mut String); N]) {
        for (name, text) in fields {
            self.at(name, name, text);
        }
    }

    /// The fields of one record: `{id}.{field}` at `{path}.{field}`.
    fn item<const N: usize>(&mut self, id: &str, path: &str, fields: [(&str, &mut String); N]) {
        for (name, text) in fields {
            self.at(&format!("{id}.{name}"), &format!("{path}.{name}"), text);
        }
    }

    /// The fields of the `k`th entry of a list, named by its own id: `{list}.{id}.{field}` at
    /// `{list}[k].{field}`.
    fn listed<const N: usize>(
        &mut self,
        list: &str,
        k: usize,
        id: &str,
        fields: [(&str, &mut String); N],
    ) {
        self.item(&format!("{list}.{id}"), &format!("{list}[{k}]"), fields);
    }
}
