//! `play`'s review commands: `help` (the status and what can be done now), `notes`, `map`,
//! `people`, `steps` and `rivals`. They show what the trainee knows and take no day.

use key_account::scenario::Stakeholder;
use key_account::sim::{Action, Deal, PersonView, roles_text, weight_word};

/// Shows the review that `line` asks for; false when `line` is not a review command.
pub fn show(deal: &Deal, line: &str) -> bool {
    let review: fn(&Deal) = match line {
        "help" | "?" => status,
        "notes" => notes,
        "map" => map,
        "people" => people,
        "steps" => steps,
        "rivals" => rivals,
        _ => return false,
    };
    review(deal);
    true
}

/// The people the trainee knows of, with what the trainee sees of each.
fn known_people(deal: &Deal) -> impl Iterator<Item = (&Stakeholder, PersonView)> {
    let people = &deal.scenario().data().stakeholders;
    people
        .iter()
        .enumerate()
        .filter_map(|(i, s)| deal.person(i).filter(|v| v.visible).map(|v| (s, v)))
}

/// `help`: the day, the stage, the budget, the people, and what can be done now or not yet.
pub fn status(deal: &Deal) {
    let f = deal.scenario().data();
    say!(
        "\nDay {} of {} · stage: {} · budget left: {}",
        deal.day(),
        deal.decision_day(),
        f.stages[deal.stage()].name,
        deal.budget_left()
    );
    say!("People:");
    for (s, v) in known_people(deal) {
        say!(
            "  {:14} {} — {}{}",
            s.id,
            s.name,
            s.title,
            if v.met > 0 { " (met)" } else { "" }
        );
    }
    say!("Available now:");
    let mut locked = Vec::new();
    for (a, ok) in deal.actions() {
        match ok {
            Ok(()) => say!(
                "  {:32} {}",
                deal.scenario().command(&a),
                deal.scenario().label(&a)
            ),
            Err(why) if matches!(a, Action::Tactic(_)) => locked.push((a, why)),
            Err(_) => {}
        }
    }
    if !locked.is_empty() {
        say!("Not yet:");
        for (a, why) in locked {
            say!(
                "  {:32} {}: {}",
                deal.scenario().command(&a),
                deal.scenario().label(&a),
                deal.scenario().explain(&why)
            );
        }
    }
    say!(
        "Power map: role PERSON ROLE · unrole PERSON ROLE · stance PERSON \
         supporter|neutral|opponent|unknown"
    );
    say!("Review: notes · map · people · steps · rivals · help");
}

/// `notes`: the facts in the notebook, in the order they were found.
fn notes(deal: &Deal) {
    let f = deal.scenario().data();
    say!("Notebook:");
    for k in deal.known_facts() {
        say!("  - {}", f.facts[k].text);
    }
}

/// `map`: the trainee's power map, and what they have found out of each person's role.
fn map(deal: &Deal) {
    say!("Power map (what you believe; the truth comes with the debrief):");
    for (s, v) in known_people(deal) {
        let roles = if v.belief.roles.is_empty() {
            "role ?".to_string()
        } else {
            roles_text(v.belief.roles)
        };
        let stance = v
            .belief
            .stance
            .map_or("stance ?".to_string(), |st| st.label(super::super::lang()));
        let found = match v.roles {
            Some(r) => format!(" · found out: {}", roles_text(r)),
            None => String::new(),
        };
        say!("  {:14} {roles} · {stance}{found}", s.id);
    }
}

/// `people`: everyone known, what they care about as far as learned, and the relationship.
fn people(deal: &Deal) {
    let f = deal.scenario().data();
    say!("People:");
    for (s, v) in known_people(deal) {
        let dept = s
            .department
            .as_deref()
            .and_then(|d| f.departments.iter().find(|x| x.id == d))
            .map_or("outside the company", |d| d.name.as_str());
        let met = match v.met {
            0 => "not met".to_string(),
            1 => "met once".to_string(),
            n => format!("met {n} times"),
        };
        say!(
            "  {:14} {}, {} ({dept}) · relationship {:+} · {met}",
            s.id,
            s.name,
            s.title,
            v.relationship
        );
        if !v.concerns.is_empty() {
            let cares: Vec<String> = v
                .concerns
                .iter()
                .map(|&(c, w)| format!("{} ({})", f.concerns[c].name, weight_word(w)))
                .collect();
            say!("    cares about: {}", cares.join(", "));
        }
        if let Err(why) = &v.reachable {
            say!("    cannot meet yet: {}", deal.scenario().explain(why));
        }
    }
}

/// `steps`: the five steps, as far as the trainee has worked on them.
fn steps(deal: &Deal) {
    let p = deal.progress();
    let f = deal.scenario().data();
    say!(
        "Stage: {} (day {} to {})",
        f.stages[p.stage].name,
        p.stage_days.0,
        p.stage_days.1
    );
    for s in &p.steps {
        say!(
            "  {} {}. {}: {}",
            if s.done { "[x]" } else { "[ ]" },
            s.step,
            s.name,
            s.detail
        );
    }
}

/// `rivals`: the offers as the trainee knows them, and the rival moves heard of so far (a move
/// shows only once it has happened).
fn rivals(deal: &Deal) {
    let f = deal.scenario().data();
    say!("Offers (as far as you know):");
    for (v, vendor) in f.vendors.iter().enumerate() {
        say!(
            "  {:24} {:.0}{}",
            vendor.name,
            deal.known_price(v),
            if vendor.us { "  (yours)" } else { "" }
        );
    }
    let moves = deal.noticed_moves();
    if moves.is_empty() {
        say!("No rival move heard of yet.");
    }
    for (m, day) in moves {
        let mv = &f.competitor_moves[m];
        let who = f
            .vendors
            .iter()
            .find(|x| x.id == mv.vendor)
            .map_or("A rival", |x| x.name.as_str());
        say!("  Day {day}: {who} {}", mv.text);
    }
}
