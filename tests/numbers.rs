//! Numbers in each bundled scenario's own money and scale: the currency it names, thousands
//! separators, millions as "M", and days that read "1 day".

mod common;

use key_account::scenario::money::{Money, days};
use key_account::sim::{Action, Deal, Event, Illegal};

fn list_price(file: &str) -> String {
    let sc = common::load(file);
    let f = sc.data();
    let us = sc.compiled().us;
    f.money().format(f.vendors[us].price)
}

#[test]
fn each_scenario_writes_its_prices_in_its_currency_and_scale() {
    assert_eq!(list_price("key-player.ron"), "1.5 M yuan");
    assert_eq!(list_price("island.ron"), "1 M yuan");
    assert_eq!(list_price("tutorial.ron"), "12,000 yuan");
    assert_eq!(list_price("keyboard.ron"), "260 yuan");
    let budget = |file: &str| {
        let sc = common::load(file);
        sc.data().money().format(f64::from(sc.data().start.budget))
    };
    assert_eq!(budget("key-player.ron"), "60,000 yuan");
    assert_eq!(budget("keyboard.ron"), "5,000 yuan");
    // A scenario without a currency keeps bare numbers, still grouped.
    assert_eq!(Money::new("").format(1_500_000.0), "1.5 M");
    assert_eq!(Money::new("").format(40_000.0), "40,000");
}

#[test]
fn the_engine_words_money_and_days_in_the_scenarios_terms() {
    let sc = common::load("keyboard.ron");
    let mut deal = Deal::new(&sc, 1);
    let cut = sc.tactic("price_cut").expect("tactic");
    let events = deal.apply(Action::Tactic(cut)).expect("legal");
    let line = events
        .iter()
        .find(|e| matches!(e, Event::PriceChanged { .. }))
        .map(|e| deal.scenario().describe(e))
        .expect("a price change");
    assert_eq!(line, "D Keyboard's price is now 234 yuan.");
    let short = Illegal::NotEnoughBudget {
        need: 1200,
        left: 800,
    };
    assert_eq!(
        deal.scenario().explain(&short),
        "costs 1,200 yuan, only 800 yuan left in the budget"
    );
    let late = Illegal::NotEnoughDays { need: 2, left: 1 };
    assert_eq!(
        deal.scenario().explain(&late),
        "takes 2 days, only 1 day left before the decision"
    );
    assert_eq!(days(1), "1 day");
}

#[test]
fn the_debrief_states_the_price_in_the_scenarios_money() {
    let sc = common::load("key-player.ron");
    let (deal, _) = common::play_line(&sc, 1, "key-player-ethical.txt");
    let o = deal.outcome().expect("finished");
    if let Some(line) = o.debrief.iter().find(|l| l.text.starts_with("You sold at")) {
        assert!(
            line.text.contains("1.5 M yuan") && line.text.contains("1.3 M yuan"),
            "{}",
            line.text
        );
    } else {
        panic!("the winning line sells: {:?}", o.verdict);
    }
}
