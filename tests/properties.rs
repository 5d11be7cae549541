//! Property tests: random legal play on every bundled scenario never panics, keeps the invariants,
//! and is deterministic; random bytes never panic the loader.

#[path = "properties/claims.rs"]
mod claims;
mod common;

use claims::check_claims;
use key_account::scenario::{self, Role, Scenario};
use key_account::sim::{Action, Deal, Part, Stance};
use proptest::prelude::*;

/// Turns random numbers into a legal line of play, mixing in power-map edits and illegal tries.
fn play(sc: &Scenario, seed: u64, picks: &[(u16, u8)]) -> (Deal, Vec<key_account::sim::Event>) {
    let mut deal = Deal::new(sc, seed);
    let mut events = Vec::new();
    let n_people = sc.data().stakeholders.len();
    let mut last_day = deal.day();
    for &(pick, kind) in picks {
        if deal.is_finished() {
            break;
        }
        let action = match kind % 8 {
            // Marks and un-marks of every role.
            0 => Action::MarkRole(
                pick as usize % n_people,
                Role::ALL
                    .iter()
                    .nth((pick as usize / 2) % Role::ALL.len())
                    .expect("a role"),
                pick % 2 == 0,
            ),
            // Every stance, and clearing it.
            1 => Action::MarkStance(
                pick as usize % n_people,
                [
                    None,
                    Some(Stance::Supporter),
                    Some(Stance::Neutral),
                    Some(Stance::Opponent),
                ][pick as usize % 4],
            ),
            2 => {
                // An illegal action must be refused and change nothing.
                let all = deal.actions();
                let illegal: Vec<Action> = all
                    .iter()
                    .filter(|(_, ok)| ok.is_err())
                    .map(|(a, _)| *a)
                    .collect();
                if let Some(a) = illegal.get(pick as usize % illegal.len().max(1)) {
                    let before = format!("{deal:?}");
                    assert!(deal.apply(*a).is_err());
                    assert_eq!(before, format!("{deal:?}"));
                }
                continue;
            }
            _ => {
                let legal = deal.legal_actions();
                legal[pick as usize % legal.len()]
            }
        };
        if deal.check(&action).is_err() {
            continue;
        }
        events.extend(deal.apply(action).expect("checked legal"));
        assert!(deal.day() >= last_day, "the calendar never goes back");
        assert!(deal.day() <= deal.decision_day());
        last_day = deal.day();
        for i in 0..n_people {
            let p = deal.person(i).expect("person");
            assert!((-100..=100).contains(&p.relationship));
        }
    }
    if !deal.is_finished() {
        events.extend(deal.apply(Action::AwaitDecision).expect("can always await"));
    }
    (deal, events)
}

fn check_outcome(deal: &Deal) {
    let o = deal.outcome().expect("finished deals have an outcome");
    let sum: f32 = o.score.parts.iter().map(|p| p.points).sum();
    assert!(
        (sum - o.score.total).abs() < 1e-3,
        "parts add up to the total"
    );
    for p in &o.score.parts {
        assert!(
            p.points >= -1e-4 && p.points <= p.max + 1e-4,
            "{:?} {} of {}",
            p.part,
            p.points,
            p.max
        );
        // Every point is explained: the debrief lines of a part add up to its points.
        let explained: f32 = o
            .debrief
            .iter()
            .filter(|l| l.part == p.part)
            .map(|l| l.points)
            .sum();
        assert!(
            (explained - p.points).abs() < 1e-3,
            "{:?}: lines {explained} vs {}",
            p.part,
            p.points
        );
    }
    assert!((0.0..=1.0).contains(&o.margin_kept));
    assert!((0.0..=1.0).contains(&o.relationship));
    let share: f32 = o.shares.iter().sum();
    assert!(share <= 1.0 + 1e-4);
    for l in &o.debrief {
        if let Some(step) = l.step {
            assert!(
                step < deal.log().len(),
                "debrief lines point at real decisions"
            );
        }
    }
    assert_eq!(o.score.parts.len(), Part::ALL.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_play_keeps_invariants_and_is_deterministic(
        which in 0usize..4,
        seed in any::<u64>(),
        picks in proptest::collection::vec((any::<u16>(), any::<u8>()), 0..80),
    ) {
        let all = common::bundled();
        let sc = &all[which % all.len()];
        let (a, events_a) = play(sc, seed, &picks);
        check_outcome(&a);
        check_claims(&a, &events_a);
        let (b, events_b) = play(sc, seed, &picks);
        prop_assert_eq!(events_a, events_b);
        prop_assert_eq!(a.outcome(), b.outcome());
        prop_assert_eq!(a.log(), b.log());
    }

    #[test]
    fn any_bytes_load_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let r = scenario::load_bytes("fuzz.ron", &bytes);
        prop_assert!(r.scenario.is_none());
        prop_assert!(r.errors() > 0);
        for d in &r.diagnostics {
            prop_assert!(d.line >= 1 && d.column >= 1);
            let _ = d.render(&r.source, false);
        }
    }

    #[test]
    fn truncated_scenarios_get_positioned_diagnostics(cut in 0usize..20_000, which in 0usize..4) {
        let files = scenario::scenario_files(&common::root().join("scenarios")).expect("dir");
        let text = std::fs::read_to_string(&files[which % files.len()]).expect("read");
        let mut cut = cut % text.len();
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Cutting only trailing whitespace leaves the whole scenario.
        if text[cut..].trim().is_empty() {
            return Ok(());
        }
        let r = scenario::load_str("cut.ron", &text[..cut]);
        prop_assert!(r.scenario.is_none());
        for d in &r.diagnostics {
            prop_assert!(d.line >= 1 && d.column >= 1);
            let _ = d.render(&r.source, false);
        }
    }
}

/// Text-level mutations of a valid scenario: swap an id, change a number, drop or repeat a line.
fn mutate(text: &str, kind: u8, at: usize, value: i64) -> String {
    let lines: Vec<&str> = text.lines().collect();
    match kind % 4 {
        0 => {
            // Replace one quoted string with another quoted string from the file, or a new one.
            let quoted: Vec<(usize, usize)> = text
                .match_indices('"')
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| (c[0], c[1] + 1))
                .collect();
            if quoted.is_empty() {
                return text.to_string();
            }
            let (a, b) = quoted[at % quoted.len()];
            let replacement = if value % 3 == 0 {
                format!("\"x{value}\"")
            } else {
                let (c, d) = quoted[(value.unsigned_abs() as usize) % quoted.len()];
                text[c..d].to_string()
            };
            format!("{}{}{}", &text[..a], replacement, &text[b..])
        }
        1 => {
            // Change one number.
            let digits: Vec<usize> = text
                .char_indices()
                .filter(|(i, c)| {
                    c.is_ascii_digit()
                        && !text[..*i].ends_with(|p: char| p.is_ascii_alphanumeric() || p == '.')
                })
                .map(|(i, _)| i)
                .collect();
            if digits.is_empty() {
                return text.to_string();
            }
            let start = digits[at % digits.len()];
            let end = text[start..]
                .find(|c: char| !c.is_ascii_digit() && c != '.')
                .map_or(text.len(), |e| start + e);
            format!("{}{}{}", &text[..start], value, &text[end..])
        }
        2 => lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at % lines.len())
            .map(|(_, l)| *l)
            .collect::<Vec<_>>()
            .join("\n"),
        _ => {
            let mut v = lines.clone();
            let l = lines[at % lines.len()];
            v.insert(at % lines.len(), l);
            v.join("\n")
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every mutant either passes `check` and plays to an outcome, or fails it with positioned
    /// diagnostics.
    #[test]
    fn mutated_scenarios_play_or_get_positioned_diagnostics(
        which in 0usize..4,
        kinds in proptest::collection::vec((any::<u8>(), any::<usize>(), -200i64..2000), 1..4),
        seed in any::<u64>(),
    ) {
        let files = scenario::scenario_files(&common::root().join("scenarios")).expect("dir");
        let mut text = std::fs::read_to_string(&files[which % files.len()]).expect("read");
        for (kind, at, value) in kinds {
            text = mutate(&text, kind, at, value);
        }
        let r = scenario::load_str("mutant.ron", &text);
        match &r.scenario {
            Some(sc) => {
                let deal = key_account::bot::play(
                    sc,
                    key_account::scenario::Policy::Random,
                    seed,
                    &Default::default(),
                );
                prop_assert!(deal.is_finished());
                let mut full = Deal::new(sc, seed);
                full.apply(Action::AwaitDecision).expect("await");
                check_outcome(&full);
            }
            None => {
                prop_assert!(r.errors() > 0);
                for d in &r.diagnostics {
                    prop_assert!(d.line >= 1 && d.column >= 1, "{d:?}");
                    prop_assert!(!d.message.is_empty());
                    let _ = d.render(&r.source, false);
                }
            }
        }
    }
}

#[test]
fn a_generated_scenario_of_2000_people_checks_clean_and_plays() {
    let text = scenario::generate::large(2000, 10_000, 1000);
    let r = scenario::load_str("large.ron", &text);
    assert!(r.diagnostics.is_empty(), "{}", r.render(false));
    let sc = r.scenario.expect("valid");
    let deal = key_account::bot::play(
        &sc,
        key_account::scenario::Policy::Random,
        1,
        &Default::default(),
    );
    assert!(deal.is_finished());
}

/// Every input the fuzzer ever found a problem with stays a test, with the hostile inputs of
/// issue 10. A scenario loads and plays, or gets positioned diagnostics.
#[test]
fn fuzz_regressions_load_or_get_diagnostics() {
    let dir = common::root().join("tests/fuzz-regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fuzz-regressions") {
        let path = entry.expect("entry").path();
        if path.is_dir() || path.extension().is_some_and(|x| x == "md") {
            continue;
        }
        n += 1;
        let bytes = std::fs::read(&path).expect("read");
        let r = scenario::load_bytes(&path.display().to_string(), &bytes);
        let _ = r.render(false);
        match r.scenario {
            Some(sc) => assert!(
                key_account::bot::play(
                    &sc,
                    key_account::scenario::Policy::Random,
                    1,
                    &Default::default()
                )
                .is_finished()
            ),
            None => assert!(r.diagnostics.iter().all(|d| d.line >= 1 && d.column >= 1)),
        }
    }
    // A loop over an empty folder would pass for nothing.
    assert!(n >= 6, "only {n} scenario input(s) in {}", dir.display());
    // Also the seed corpus's extremes: empty input and a lone bracket.
    for bytes in [&b""[..], b"(", b"\xff\xfe"] {
        assert!(scenario::load_bytes("edge.ron", bytes).errors() > 0);
    }
}

/// Run records the record fuzzer (or issue 10) found a problem with: each one reads, or is
/// refused with a reason; one that reads replays on the bundled scenarios without a panic.
#[test]
fn fuzz_regression_records_read_or_are_refused() {
    let dir = common::root().join("tests/fuzz-regressions/records");
    let scenarios = common::bundled();
    let (mut read, mut refused) = (0, 0);
    for entry in std::fs::read_dir(&dir).expect("tests/fuzz-regressions/records") {
        let path = entry.expect("entry").path();
        match key_account::record::read(&path) {
            Ok(rec) => {
                read += 1;
                for sc in &scenarios {
                    let _ = key_account::record::replay(&rec, sc);
                }
            }
            Err(why) => {
                refused += 1;
                assert!(!why.to_string().is_empty());
            }
        }
    }
    assert!(
        read >= 3 && refused >= 2,
        "{read} read, {refused} refused in {}",
        dir.display()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Generated valid scenarios of any size check clean and play to an outcome.
    #[test]
    fn generated_scenarios_check_clean_and_play(
        people in 2usize..200,
        facts in 1usize..400,
        tactics in 0usize..100,
        seed in any::<u64>(),
    ) {
        let r = scenario::load_str("gen.ron", &scenario::generate::large(people, facts, tactics));
        prop_assert!(r.diagnostics.is_empty(), "{}", r.render(false));
        let sc = r.scenario.expect("valid");
        let deal = key_account::bot::play(
            &sc,
            key_account::scenario::Policy::Random,
            seed,
            &Default::default(),
        );
        prop_assert!(deal.is_finished());
    }
}
