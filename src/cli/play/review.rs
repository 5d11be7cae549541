//! `play`'s review commands: `help` (the status and what can be done now), `notes`, `map`,
//! `people`, `steps` and `rivals`. They show what the trainee knows and take no day.

use key_account::scenario::Stakeholder;
use key_account::sim::{Action, Deal, PersonView, roles_text, weight_word};
use key_account::tr;

use super::super::lang;

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
    let lang = lang();
    say!(
        "\n{}",
        tr!(
            lang,
            "play-status",
            day = deal.day(),
            decision = deal.decision_day(),
            stage = f.stages[deal.stage()].name.as_str(),
            budget = deal.budget_left()
        )
    );
    say!("{}", tr!(lang, "play-people"));
    for (s, v) in known_people(deal) {
        let person = tr!(
            lang,
            "play-person",
            name = s.name.as_str(),
            title = s.title.as_str()
        );
        let met = if v.met > 0 {
            tr!(lang, "play-met-mark")
        } else {
            String::new()
        };
        say!("  {:14} {person}{met}", s.id);
    }
    say!("{}", tr!(lang, "play-available-now"));
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
        say!("{}", tr!(lang, "play-not-yet"));
        for (a, why) in locked {
            say!(
                "  {:32} {}",
                deal.scenario().command(&a),
                tr!(
                    lang,
                    "play-locked",
                    action = deal.scenario().label(&a),
                    why = deal.scenario().explain(&why)
                )
            );
        }
    }
    say!("{}", tr!(lang, "play-help-power-map"));
    say!("{}", tr!(lang, "play-help-review"));
}

/// `notes`: the facts in the notebook, in the order they were found.
fn notes(deal: &Deal) {
    let f = deal.scenario().data();
    say!("{}", tr!(lang(), "play-notebook"));
    for k in deal.known_facts() {
        say!("  - {}", f.facts[k].text);
    }
}

/// `map`: the trainee's power map, and what they have found out of each person's role.
fn map(deal: &Deal) {
    let lang = lang();
    say!("{}", tr!(lang, "play-map"));
    for (s, v) in known_people(deal) {
        let roles = if v.belief.roles.is_empty() {
            tr!(lang, "play-role-unmarked")
        } else {
            roles_text(v.belief.roles, lang)
        };
        let stance = v
            .belief
            .stance
            .map_or_else(|| tr!(lang, "play-stance-unmarked"), |st| st.label(lang));
        let found = match v.roles {
            Some(r) => tr!(lang, "play-found-out", roles = roles_text(r, lang)),
            None => String::new(),
        };
        say!("  {:14} {roles} · {stance}{found}", s.id);
    }
}

/// `people`: everyone known, what they care about as far as learned, and the relationship.
fn people(deal: &Deal) {
    let f = deal.scenario().data();
    let lang = lang();
    say!("{}", tr!(lang, "play-people"));
    for (s, v) in known_people(deal) {
        let dept = s
            .department
            .as_deref()
            .and_then(|d| f.departments.iter().find(|x| x.id == d))
            .map_or_else(|| tr!(lang, "play-outside"), |d| d.name.clone());
        let line = tr!(
            lang,
            "play-person-line",
            name = s.name.as_str(),
            title = s.title.as_str(),
            department = dept,
            relationship = format!("{:+}", v.relationship),
            met = v.met
        );
        say!("  {:14} {line}", s.id);
        if !v.concerns.is_empty() {
            let cares: Vec<String> = v
                .concerns
                .iter()
                .map(|&(c, w)| {
                    tr!(
                        lang,
                        "play-concern",
                        concern = f.concerns[c].name.as_str(),
                        priority = weight_word(w, lang)
                    )
                })
                .collect();
            say!(
                "    {}",
                tr!(
                    lang,
                    "play-cares-about",
                    concerns = cares.join(&tr!(lang, "list-separator"))
                )
            );
        }
        if let Err(why) = &v.reachable {
            say!(
                "    {}",
                tr!(
                    lang,
                    "play-cannot-meet-yet",
                    why = deal.scenario().explain(why)
                )
            );
        }
    }
}

/// `steps`: the five steps, as far as the trainee has worked on them.
fn steps(deal: &Deal) {
    let p = deal.progress();
    let f = deal.scenario().data();
    say!(
        "{}",
        tr!(
            lang(),
            "play-stage",
            stage = f.stages[p.stage].name.as_str(),
            start = p.stage_days.0,
            end = p.stage_days.1
        )
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
    let lang = lang();
    say!("{}", tr!(lang, "play-offers"));
    for (v, vendor) in f.vendors.iter().enumerate() {
        let yours = if vendor.us {
            tr!(lang, "play-yours")
        } else {
            String::new()
        };
        say!(
            "  {} {:.0}{yours}",
            super::pad(&vendor.name, 24),
            deal.known_price(v)
        );
    }
    let moves = deal.noticed_moves();
    if moves.is_empty() {
        say!("{}", tr!(lang, "play-no-rival-move"));
    }
    for (m, day) in moves {
        let mv = &f.competitor_moves[m];
        let who = f
            .vendors
            .iter()
            .find(|x| x.id == mv.vendor)
            .map_or_else(|| tr!(lang, "play-a-rival"), |x| x.name.clone());
        say!(
            "  {}",
            tr!(
                lang,
                "play-rival-move",
                day = day,
                vendor = who,
                text = mv.text.as_str()
            )
        );
    }
}
