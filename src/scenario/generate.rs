//! A generated scenario of any size, valid and playable, for scale tests and benchmarks: `people`
//! stakeholders in departments of 20, `facts` facts revealed by asking them, and `tactics` tactics
//! that need a fact. It is built as the model a trainer's file reads into and written with
//! `ron::ser`, so it is RON the loader reads by construction (no hand-written syntax).

use std::collections::BTreeMap;

use ron::ser::PrettyConfig;

use super::model::*;

/// The generated scenario as RON text: the top level and each list item on its own line.
pub fn large(people: usize, facts: usize, tactics: usize) -> String {
    let file = large_file(people, facts, tactics);
    // Writing into a String fails only past ron's recursion limit (128); the model nests 6 deep.
    ron::ser::to_string_pretty(&file, layout()).expect("the scenario model serializes to RON")
}

/// The top level and each item of its lists on a line of their own; deeper values inline.
fn layout() -> PrettyConfig {
    PrettyConfig::new().depth_limit(2)
}

/// The generated scenario as the model (`large` writes it).
pub fn large_file(people: usize, facts: usize, tactics: usize) -> ScenarioFile {
    let people = people.max(2);
    let per_person = facts.div_ceil(people).max(1);
    ScenarioFile {
        id: "large".into(),
        title: format!("Generated: {people} people"),
        difficulty: Difficulty::default(),
        minutes: 60,
        story: "A generated deal.".into(),
        objective: "Win it.".into(),
        currency: String::new(),
        seller: Seller {
            company: "Us".into(),
            salesperson: "You".into(),
            product: "Platform".into(),
        },
        buyer: Buyer {
            company: "Big Corp".into(),
            about: String::new(),
        },
        start: Start {
            budget: 1_000_000,
            day: 0,
            known_facts: Vec::new(),
            met: Vec::new(),
            briefing: Vec::new(),
        },
        pace: Pace::default(),
        concerns: vec![
            concern("price", "Price", Measure::Price(3.0)),
            concern("quality", "Quality", Measure::Rated),
        ],
        departments: (0..people.div_ceil(20))
            .map(|d| Department {
                id: format!("d{d}"),
                name: format!("Department {d}"),
                function: String::new(),
            })
            .collect(),
        stakeholders: (0..people).map(|p| person(p, people)).collect(),
        stages: vec![
            stage("collect", "Information collection", 0),
            stage("evaluate", "Evaluation", 20),
            stage("decide", "Final decision", 40),
        ],
        vendors: vec![
            vendor("us", "Us", true, 100.0, 80.0, 7.0),
            vendor("them", "Them", false, 90.0, 0.0, 6.0),
        ],
        facts: (0..facts).map(|f| fact(f, people)).collect(),
        questions: (0..per_person)
            .map(|q| Question {
                id: format!("q{q}"),
                text: format!("Question {q}?"),
            })
            .collect(),
        tactics: (0..tactics).map(|t| tactic(t, people, facts)).collect(),
        competitor_moves: Vec::new(),
        decision: Decision::on_day(60),
        scoring: Scoring::default(),
        debrief: DebriefTexts {
            won: "Won.".into(),
            lost: "Lost.".into(),
            no_decision: "None.".into(),
            disqualified: String::new(),
            lesson: "Scale.".into(),
            notes: Vec::new(),
        },
        variations: Vec::new(),
        teaches: Vec::new(),
        expectations: Vec::new(),
    }
}

fn concern(id: &str, name: &str, measure: Measure) -> Concern {
    Concern {
        id: id.into(),
        name: name.into(),
        measure,
    }
}

/// Person `p` of `people`: the first decides; each sways the next one a little (a chain of
/// influence).
fn person(p: usize, people: usize) -> Stakeholder {
    let mut influences = BTreeMap::new();
    if p + 1 < people {
        influences.insert(format!("p{}", p + 1), 0.2);
    }
    Stakeholder {
        id: format!("p{p}"),
        name: format!("Person {p}"),
        title: "Manager".into(),
        department: Some(format!("d{}", p / 20)),
        influence: if p == 0 { 10 } else { 1 + (p % 3) as u8 },
        roles: if p == 0 {
            vec![Role::DecisionMaker]
        } else {
            Vec::new()
        },
        concerns: BTreeMap::from([
            ("price".into(), Weight::Fixed((1 + p % 9) as f32)),
            ("quality".into(), Weight::Range(2.0, 8.0)),
        ]),
        disposition: 0,
        rivals: BTreeMap::new(),
        access: Vec::new(),
        influences,
        votes: None,
        hidden: false,
        candid: true,
        stages: Vec::new(),
        about: String::new(),
        says: StanceWords::default(),
    }
}

fn stage(id: &str, name: &str, day: u32) -> Stage {
    Stage {
        id: id.into(),
        name: name.into(),
        day,
        about: String::new(),
        follow_up: false,
        gate: false,
    }
}

fn vendor(id: &str, name: &str, us: bool, price: f64, floor: f64, quality: f32) -> Vendor {
    Vendor {
        id: id.into(),
        name: name.into(),
        us,
        price,
        floor,
        courts: BTreeMap::new(),
        scores: BTreeMap::from([("quality".into(), quality)]),
        about: String::new(),
    }
}

/// Fact `f`, found by asking person `f % people` question `f / people`; every 50th is key.
fn fact(f: usize, people: usize) -> Fact {
    Fact {
        id: format!("f{f}"),
        text: format!("Fact {f}."),
        key: f.is_multiple_of(50),
        sources: vec![Source::Ask(
            format!("p{}", f % people),
            format!("q{}", f / people),
        )],
        reveals: Vec::new(),
        missed: String::new(),
        hint: String::new(),
        says: String::new(),
    }
}

/// Tactic `t`: needs a fact known, and warms one person a little.
fn tactic(t: usize, people: usize, facts: usize) -> Tactic {
    Tactic {
        id: format!("t{t}"),
        name: format!("Tactic {t}"),
        about: String::new(),
        days: 1,
        budget: 10,
        target: None,
        requires: vec![Condition::Known(format!("f{}", t % facts.max(1)))],
        odds: 1.0,
        effects: vec![
            Effect::Relationship(Who::Person(format!("p{}", t % people)), 5),
            Effect::Score("quality".into(), 0.01),
        ],
        on_failure: Vec::new(),
        compliance_risk: 0.0,
        breaks_policy: false,
        if_caught: Vec::new(),
        repeatable: false,
        retry: false,
        debrief: String::new(),
        debrief_when: Vec::new(),
        says: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sizes around the edges: the two-person minimum, a department boundary (20), more people
    /// than facts, and no tactics.
    const SIZES: [(usize, usize, usize); 5] = [
        (1, 5, 0),
        (2, 10, 1),
        (20, 3, 2),
        (21, 105, 10),
        (50, 250, 25),
    ];

    #[test]
    fn generated_scenarios_load_with_no_errors_and_no_warnings() {
        for (people, facts, tactics) in SIZES {
            let r = crate::scenario::load_str("gen.ron", &large(people, facts, tactics));
            assert!(
                r.diagnostics.is_empty(),
                "{people} people: {}",
                r.render(false)
            );
            let sc = r.scenario.expect("valid");
            assert_eq!(sc.data().stakeholders.len(), people.max(2));
            assert_eq!(sc.data().facts.len(), facts);
            assert_eq!(sc.data().tactics.len(), tactics);
        }
    }

    /// What is written is what the loader reads: the text read back and written again is the
    /// same text, so no field is lost, renamed or defaulted differently on the way.
    #[test]
    fn the_written_text_reads_back_as_the_same_model() {
        for (people, facts, tactics) in SIZES {
            let text = large(people, facts, tactics);
            let back: ScenarioFile = crate::scenario::ron_options()
                .from_str(&text)
                .expect("reads back");
            let again = ron::ser::to_string_pretty(&back, layout()).expect("writes");
            assert_eq!(again, text, "{people} people");
        }
    }
}
