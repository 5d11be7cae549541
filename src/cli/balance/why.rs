//! `balance`'s "why" lines: whose votes each skipper of a taught step lost, what to change when
//! a gate fails, and with `--explain` every policy's typical win and loss and each vote at the
//! end of its typical deal, taken apart.

use key_account::bot::balance::why::{ExplainedDeal, LostThrough, PolicyExplained, Swing};
use key_account::bot::balance::{BalanceReport, RunSummary};
use key_account::i18n::Lang;
use key_account::scenario::{Policy, Scenario};
use key_account::sim::{PieceKind, WhyVote};
use key_account::tr;

use super::{line_of, policy_name};

fn percent(x: f32) -> String {
    format!("{:.0}", x * 100.0)
}

fn signed(x: f32) -> String {
    format!("{x:+.2}")
}

fn names(lang: Lang, sc: &Scenario, people: &[usize]) -> String {
    let f = sc.data();
    let list: Vec<&str> = people
        .iter()
        .map(|&i| f.stakeholders[i].name.as_str())
        .collect();
    list.join(&tr!(lang, "list-separator"))
}

fn swing(lang: Lang, sc: &Scenario, s: &Swing) -> String {
    tr!(
        lang,
        "balance-swing",
        name = sc.data().stakeholders[s.person].name.as_str(),
        student = percent(s.student),
        skipper = percent(s.skipper)
    )
}

/// Whose votes each skipper of a taught step lost, and those the step is about who stayed ours.
pub fn print_lost_through(lang: Lang, sc: &Scenario, lost: &[LostThrough]) {
    for l in lost {
        let who = policy_name(lang, l.policy);
        for &(stage, deals) in &l.dropped {
            say!(
                "  {}",
                tr!(
                    lang,
                    "balance-dropped",
                    who = who.as_str(),
                    stage = sc.data().stages[stage].name.as_str(),
                    deals = deals,
                    runs = l.runs
                )
            );
        }
        if l.lost_on_the_vote == 0 {
            // Every loss ended at a gate: no vote to tell of.
        } else if l.people.is_empty() {
            say!("  {}", tr!(lang, "balance-lost-nobody", who = who));
        } else {
            let people: Vec<String> = l.people.iter().map(|s| swing(lang, sc, s)).collect();
            say!(
                "  {}",
                tr!(
                    lang,
                    "balance-lost-through",
                    who = who,
                    people = people.join(&tr!(lang, "list-separator"))
                )
            );
        }
        if l.wrong_reason {
            say!("    {}", tr!(lang, "balance-wrong-reason-short"));
        }
        if !l.still_ours.is_empty() {
            say!(
                "    {}",
                tr!(
                    lang,
                    "balance-still-ours",
                    people = names(lang, sc, &l.still_ours)
                )
            );
        }
    }
}

/// What to change when the gate fails on `step` (None: the student itself wins too little), in
/// the words of docs/scenario-format.md.
pub fn hint(lang: Lang, step: Option<u8>) -> String {
    match step {
        None => tr!(lang, "balance-hint-student"),
        Some(1) => tr!(lang, "balance-hint-1"),
        Some(2) => tr!(lang, "balance-hint-2"),
        Some(3) => tr!(lang, "balance-hint-3"),
        Some(4) => tr!(lang, "balance-hint-4"),
        Some(_) => tr!(lang, "balance-hint-5"),
    }
}

/// Every policy's typical win and loss, and each vote at the end of its typical deal.
pub fn print_explained(lang: Lang, sc: &Scenario, r: &BalanceReport, why: &[PolicyExplained]) {
    say!("  {}", tr!(lang, "balance-explain-header"));
    for p in why {
        let Some(stats) = r.stats(p.policy) else {
            continue;
        };
        say!(
            "  {}",
            tr!(
                lang,
                "balance-explain-policy",
                who = policy_name(lang, p.policy),
                runs = stats.runs.len(),
                wins = stats.runs.iter().filter(|x| x.won).count()
            )
        );
        for (won, deal) in [(true, &p.win), (false, &p.loss)] {
            if let Some(d) = deal {
                print_line(lang, sc, won, &d.run);
            }
        }
        // The votes of the trainees who follow or skip the steps: the oracle's and random
        // play's tell a trainer little about the lesson.
        if matches!(
            p.policy,
            Policy::Student | Policy::SkipStep(_) | Policy::Partial(_)
        ) && let Some(d) = &p.typical
        {
            print_votes(lang, sc, d);
        }
    }
}

fn print_line(lang: Lang, sc: &Scenario, won: bool, run: &RunSummary) {
    let seed = run.seed.to_string();
    let score = format!("{:.1}", run.total);
    let line = line_of(sc, run);
    let text = if won {
        tr!(
            lang,
            "balance-explain-win",
            seed = seed,
            score = score,
            line = line
        )
    } else {
        tr!(
            lang,
            "balance-explain-loss",
            seed = seed,
            score = score,
            line = line
        )
    };
    say!("    {text}");
}

fn print_votes(lang: Lang, sc: &Scenario, d: &ExplainedDeal) {
    say!(
        "    {}",
        tr!(
            lang,
            "balance-explain-typical",
            seed = d.run.seed.to_string(),
            won = if d.run.won { "yes" } else { "no" }
        )
    );
    if !d.replayed {
        say!("      {}", tr!(lang, "balance-explain-replay-differs"));
    }
    for why in d.votes.iter().filter(|w| w.weight > 0) {
        for line in vote_lines(lang, sc, why, &d.moves[why.person]) {
            say!("      {line}");
        }
    }
}

/// A vote in words: the choice and the margin, its pieces, the moves that changed it most.
pub fn vote_lines(
    lang: Lang,
    sc: &Scenario,
    why: &WhyVote,
    moves: &[key_account::bot::balance::why::Move],
) -> Vec<String> {
    let f = sc.data();
    let us = sc.compiled().us;
    let name = f.stakeholders[why.person].name.as_str();
    let vendor = |v: Option<usize>| {
        v.map_or_else(
            || tr!(lang, "balance-explain-nobody"),
            |v| f.vendors[v].name.clone(),
        )
    };
    let Some(other) = why.against(us) else {
        return vec![tr!(
            lang,
            "balance-explain-vote-out",
            name = name,
            weight = why.weight,
            choice = vendor(why.choice)
        )];
    };
    let mut lines = vec![tr!(
        lang,
        "balance-explain-vote",
        name = name,
        weight = why.weight,
        choice = vendor(why.choice),
        vetoed = if why.vetoed { "yes" } else { "no" },
        ours = format!("{:.2}", why.utility[us]),
        other = f.vendors[other].name.as_str(),
        theirs = format!("{:.2}", why.utility[other]),
        margin = signed(why.margin(us, other))
    )];
    let parts: Vec<String> = why
        .pieces
        .iter()
        .map(|piece| {
            let x = signed(why.piece_margin(piece, us, other));
            match &piece.kind {
                PieceKind::StartingRelationship => tr!(lang, "balance-explain-start", x = x),
                PieceKind::RelationshipSince => tr!(lang, "balance-explain-since", x = x),
                PieceKind::EvenFit => tr!(lang, "balance-explain-even", x = x),
                PieceKind::Concern {
                    concern,
                    share,
                    scores,
                } => tr!(
                    lang,
                    "balance-explain-concern",
                    concern = f.concerns[*concern].name.as_str(),
                    x = x,
                    share = percent(*share),
                    ours = format!("{:.1}", scores[us]),
                    theirs = format!("{:.1}", scores[other])
                ),
                PieceKind::Sway { from, strength } => tr!(
                    lang,
                    "balance-explain-sway",
                    from = f.stakeholders[*from].name.as_str(),
                    x = x,
                    strength = format!("{strength:.2}")
                ),
            }
        })
        .collect();
    lines.push(format!(
        "  {}",
        tr!(
            lang,
            "balance-explain-parts",
            parts = parts.join(&tr!(lang, "list-separator"))
        )
    ));
    if !moves.is_empty() {
        let list: Vec<String> = moves
            .iter()
            .map(|m| {
                tr!(
                    lang,
                    "balance-explain-move",
                    day = m.day,
                    action = sc.command(&m.action),
                    x = signed(m.change)
                )
            })
            .collect();
        lines.push(format!(
            "  {}",
            tr!(
                lang,
                "balance-explain-moves",
                moves = list.join(&tr!(lang, "list-separator"))
            )
        ));
    }
    lines
}
