//! A generated scenario of any size, valid and playable, for scale tests and benchmarks: `people`
//! stakeholders in departments of 20, `facts` facts revealed by asking them, and `tactics` tactics
//! that need a fact.

use std::fmt::Write as _;

pub fn large(people: usize, facts: usize, tactics: usize) -> String {
    let people = people.max(2);
    let depts = people.div_ceil(20);
    let mut s = String::with_capacity(300 * (people + facts + tactics));
    let _ = write!(
        s,
        "(\n id: \"large\", title: \"Generated: {people} people\", minutes: 60,\n story: \"A \
         generated deal.\", objective: \"Win it.\",\n seller: (company: \"Us\", salesperson: \
         \"You\", product: \"Platform\"),\n buyer: (company: \"Big Corp\"),\n start: (budget: \
         1000000),\n concerns: [(id: \"price\", name: \"Price\", measure: Price(3.0)), (id: \
         \"quality\", name: \"Quality\")],\n departments: ["
    );
    for d in 0..depts {
        let _ = write!(s, "(id: \"d{d}\", name: \"Department {d}\"),");
    }
    s.push_str("],\n stakeholders: [\n");
    for p in 0..people {
        let roles = if p == 0 { "[DecisionMaker]" } else { "[]" };
        let influence = if p == 0 { 10 } else { 1 + p % 3 };
        // A chain of influence: each person sways the next one a little.
        let sways = if p + 1 < people {
            format!("{{\"p{}\": 0.2}}", p + 1)
        } else {
            "{}".into()
        };
        let _ = writeln!(
            s,
            "  (id: \"p{p}\", name: \"Person {p}\", title: \"Manager\", department: \"d{}\", \
             influence: {influence}, roles: {roles}, concerns: {{\"price\": {}, \"quality\": (2, \
             8)}}, influences: {sways}),",
            p / 20,
            1 + p % 9
        );
    }
    s.push_str(
        " ],\n stages: [(id: \"collect\", name: \"Information collection\", day: 0), (id: \
                \"evaluate\", name: \"Evaluation\", day: 20), (id: \"decide\", name: \"Final \
                decision\", day: 40)],\n vendors: [(id: \"us\", name: \"Us\", us: true, price: \
                100.0, floor: 80.0, scores: {\"quality\": 7}), (id: \"them\", name: \"Them\", \
                price: 90.0, scores: {\"quality\": 6})],\n questions: [",
    );
    let per_person = facts.div_ceil(people).max(1);
    for q in 0..per_person {
        let _ = write!(s, "(id: \"q{q}\", text: \"Question {q}?\"),");
    }
    s.push_str("],\n facts: [\n");
    for f in 0..facts {
        let _ = writeln!(
            s,
            "  (id: \"f{f}\", text: \"Fact {f}.\", key: {}, sources: [Ask(\"p{}\", \"q{}\")]),",
            f % 50 == 0,
            f % people,
            f / people
        );
    }
    s.push_str(" ],\n tactics: [\n");
    for t in 0..tactics {
        let _ = writeln!(
            s,
            "  (id: \"t{t}\", name: \"Tactic {t}\", days: 1, budget: 10, requires: \
             [Known(\"f{}\")], effects: [Relationship(Person(\"p{}\"), 5), Score(\"quality\", \
             0.01)]),",
            t % facts.max(1),
            t % people
        );
    }
    s.push_str(
        " ],\n decision: (day: 60),\n debrief: (won: \"Won.\", lost: \"Lost.\", \
                no_decision: \"None.\", lesson: \"Scale.\"),\n)\n",
    );
    s
}
