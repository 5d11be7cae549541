//! Meetings as conversations: the person answers in the words the scenario gives them.

mod common;

use key_account::sim::{Action, Deal, Speaker};

#[test]
fn a_meeting_and_a_question_read_as_a_conversation() {
    let sc = common::load("keyboard.ron");
    let mut deal = Deal::new(&sc, 1);
    let wang = sc.stakeholder("xiao_wang").expect("person");
    let meet = Action::Meet(wang);
    let events = deal.apply(meet).expect("legal");
    let lines = deal.conversation(&meet, &events);
    let said: Vec<(Speaker, &str)> = lines.iter().map(|l| (l.speaker, l.text.as_str())).collect();
    assert_eq!(said[0].0, Speaker::Narrator, "{said:?}");
    assert!(said[0].1.contains("Xiao Wang"), "{said:?}");
    // His greeting follows where he stands (a supporter from the start), then the fact he tells
    // at a first meeting, in his own voice, then what it adds to the notebook.
    assert!(
        said.contains(&(
            Speaker::Person(wang),
            "Zhang San! Good to see you. We in sales would love new keyboards."
        )),
        "{said:?}"
    );
    assert!(
        said.iter().any(|(s, t)| *s == Speaker::Person(wang)
            && t.starts_with("D's keyboard feels very smooth, very")),
        "{said:?}"
    );

    let q = sc.question("who_decides").expect("question");
    let ask = Action::Ask(wang, q);
    let events = deal.apply(ask).expect("legal");
    let lines = deal.conversation(&ask, &events);
    assert_eq!(lines[0].speaker, Speaker::You);
    assert_eq!(
        lines[0].text,
        "Who will make the final call at the meeting, and how?"
    );
    assert!(
        lines.iter().any(
            |l| l.speaker == Speaker::Person(wang) && l.text.starts_with("The meeting decides")
        ),
        "{lines:?}"
    );
    // A question with nothing behind it still gets an answer from the person.
    let budget = sc.question("budget").expect("question");
    let ask = Action::Ask(wang, budget);
    let events = deal.apply(ask).expect("legal");
    let lines = deal.conversation(&ask, &events);
    assert_eq!(lines.last().map(|l| l.speaker), Some(Speaker::Person(wang)));
}

#[test]
fn a_tactic_that_works_gets_its_targets_words() {
    let sc = common::load("keyboard.ron");
    let mut deal = Deal::new(&sc, 1);
    for c in ["meet xiao_huang", "ask xiao_huang budget"] {
        let a = deal.scenario().parse_action(c).expect("parses");
        deal.apply(a).expect("legal");
    }
    let quote = Action::Tactic(sc.tactic("budget_quote").expect("tactic"));
    let events = deal.apply(quote).expect("legal");
    let huang = sc.stakeholder("xiao_huang").expect("person");
    let lines = deal.conversation(&quote, &events);
    assert!(
        lines.iter().any(|l| l.speaker == Speaker::Person(huang)
            && l.text == "Inside the budget. Then finance has no objection."),
        "{lines:?}"
    );
}

#[test]
fn influences_show_on_the_map_once_found() {
    let sc = common::load("key-player.ron");
    let mut deal = Deal::new(&sc, 1);
    let id = |s: &str| sc.stakeholder(s).expect("person");
    let (wang, wife, it) = (id("wang"), id("mrs_wang"), id("it_head"));
    assert!(
        deal.influences()
            .iter()
            .any(|e| (e.from, e.to) == (wife, wang))
    );
    assert!(deal.known_influences().is_empty(), "nothing found yet");
    let a = deal
        .scenario()
        .parse_action("ask it_head other_vendors")
        .expect("parses");
    deal.apply(a).expect("legal");
    // The fact that brings Mrs. Wang to light shows whom she sways.
    let known: Vec<(usize, usize)> = deal
        .known_influences()
        .iter()
        .map(|e| (e.from, e.to))
        .collect();
    assert_eq!(known, [(wife, wang)]);
    for c in ["ask it_head who_decides", "meet secretary", "meet wang"] {
        let a = deal.scenario().parse_action(c).expect("parses");
        deal.apply(a).expect("legal");
    }
    let known: Vec<(usize, usize)> = deal
        .known_influences()
        .iter()
        .map(|e| (e.from, e.to))
        .collect();
    assert!(known.contains(&(wang, it)), "{known:?}");
}
