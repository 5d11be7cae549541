//! The deal room: the buyer's org chart as the trainee has worked it out, the calendar, the selected
//! person, the tactics (available ones with cost, odds and risk; the others with why not), the
//! notebook, the event log, the rivals, and a five-steps checklist. Rebuilt only when the deal or
//! the view changes, so an idle room does no work.

use bevy::prelude::*;

use crate::game::Screen;
use crate::game::catalog::Catalog;
use crate::game::input::{Focusable, Tooltip};
use crate::game::session::{Paused, Session, Tab, UiCommand};
use crate::game::theme::{self, palette, size};
use crate::scenario::Role;
use crate::scenario::compiled::Ix;
use crate::sim::{Action, Deal, Stance};

#[derive(Component)]
pub struct DealRoomRoot;

/// A stakeholder's card on the org chart.
#[derive(Component, Debug, Clone, Copy)]
pub struct PersonCard(pub Ix);

/// A tactic in the list, and whether it can be used now.
#[derive(Component, Debug, Clone, Copy)]
pub struct TacticRow {
    pub tactic: Ix,
    pub available: bool,
}

#[derive(Component)]
pub struct PauseMenu;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        refresh.run_if(
            in_state(Screen::DealRoom).and_then(
                resource_changed::<Session>
                    .or_eager(resource_changed::<Paused>)
                    .or_eager(resource_changed::<Catalog>)
                    .or_eager(no_room),
            ),
        ),
    );
}

fn no_room(rooms: Query<(), With<DealRoomRoot>>) -> bool {
    rooms.is_empty()
}

fn refresh(
    mut commands: Commands,
    rooms: Query<Entity, With<DealRoomRoot>>,
    session: Option<Res<Session>>,
    paused: Res<Paused>,
    catalog: Res<Catalog>,
) {
    for room in &rooms {
        commands.entity(room).despawn();
    }
    let Some(session) = session else { return };
    build(&mut commands, &session, paused.0, &catalog);
}

fn stance_color(s: Stance) -> Color {
    match s {
        Stance::Supporter => palette::GOOD,
        Stance::Neutral => palette::NEUTRAL,
        Stance::Opponent => palette::BAD,
    }
}

fn role_tip(r: Role) -> &'static str {
    match r {
        Role::DecisionMaker => {
            "Decision maker: signs off the deal (the economic buyer) and may veto it."
        }
        Role::TechnicalBuyer => {
            "Technical buyer: screens whether the offer meets the specification."
        }
        Role::UserBuyer => "User buyer: will use what is bought every day.",
        Role::Approver => "Approver: finance or another approver who checks budget and terms.",
        Role::Coach => "Coach: wants you to win and tells you how the buyer works.",
        Role::Gatekeeper => "Gatekeeper: controls access to others.",
        Role::Influencer => {
            "Influencer: outside the formal process, but sways someone who decides."
        }
    }
}

fn stance_tip(s: Stance) -> &'static str {
    match s {
        Stance::Supporter => "Supporter: prefers your offer.",
        Stance::Neutral => "Neutral: could go either way.",
        Stance::Opponent => "Opponent: prefers a rival, or the status quo.",
    }
}

fn build(commands: &mut Commands, session: &Session, paused: bool, catalog: &Catalog) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    let us = deal.scenario().compiled().us;
    commands
        .spawn((DealRoomRoot, DespawnOnExit(Screen::DealRoom), theme::screen_root()))
        .with_children(|root| {
            // Top bar.
            root.spawn(theme::row()).with_children(|bar| {
                bar.spawn(theme::colored(f.title.clone(), palette::HEADING));
                bar.spawn(theme::label(format!("Day {} of {}", deal.day(), deal.decision_day())));
                bar.spawn(theme::label(format!("Stage: {}", f.stages[deal.stage()].name)));
                bar.spawn(theme::label(format!("Days left: {}", deal.days_left())));
                bar.spawn(theme::label(format!("Budget left: {}", deal.budget_left())));
                bar.spawn(theme::label(format!("Your price: {:.0}", deal.price(us))));
                bar.spawn(theme::button("Wait a day", UiCommand::Act(Action::Wait(1))));
                bar.spawn(theme::button("Wait for the decision", UiCommand::Act(Action::AwaitDecision)));
                bar.spawn(theme::button("Menu (Esc)", UiCommand::TogglePause));
            });
            if let Some(notice) = &session.notice {
                root.spawn(theme::colored(notice.clone(), palette::BAD));
            }
            if let Some(entry) = catalog.get(&session.path) {
                if entry.broken {
                    root.spawn(theme::colored(
                        "The scenario file now has errors (see the deal list). You are playing the last good version.",
                        palette::BAD,
                    ));
                } else if entry.version > session.version {
                    root.spawn(theme::row()).with_children(|r| {
                        r.spawn(theme::colored("The scenario file changed on disk.", palette::HEADING));
                        r.spawn(theme::button("Restart with the new version", UiCommand::Reload));
                    });
                }
            }
            calendar(root, deal);
            root.spawn(theme::main_row())
            .with_children(|main| {
                org_chart(main, session);
                let mut hotkey = 1u8;
                person_panel(main, session, &mut hotkey);
                main.spawn(Node {
                    width: percent(34),
                    flex_direction: FlexDirection::Column,
                    row_gap: px(size::GAP),
                    min_height: px(0),
                    ..default()
                })
                .with_children(|right| {
                    tactics(right, deal, &mut hotkey);
                    tabs(right, session);
                });
            });
            if paused {
                pause_menu(root);
            }
        });
}

fn calendar(root: &mut ChildSpawnerCommands, deal: &Deal) {
    let f = deal.scenario().data();
    let start = f.start.day;
    let total = (f.decision.day - start).max(1) as f32;
    root.spawn(Node {
        flex_direction: FlexDirection::Row,
        width: percent(100),
        height: px(34),
        column_gap: px(2),
        ..default()
    })
    .with_children(|strip| {
        for (i, s) in f.stages.iter().enumerate() {
            let end = f.stages.get(i + 1).map_or(f.decision.day, |n| n.day);
            let width = (end.saturating_sub(s.day.max(start))) as f32 / total * 100.0;
            let current = i == deal.stage();
            strip
                .spawn((
                    Node {
                        width: percent(width),
                        padding: UiRect::axes(px(6), px(3)),
                        overflow: Overflow::clip(),
                        ..default()
                    },
                    BackgroundColor(if current {
                        palette::CARD_SELECTED
                    } else {
                        palette::PANEL
                    }),
                    Interaction::default(),
                    Tooltip(format!(
                        "{} (day {} to {}). {}",
                        s.name, s.day, end, s.about
                    )),
                ))
                .with_children(|seg| {
                    let marker = if current {
                        format!("▶ {} · today: day {}", s.name, deal.day())
                    } else {
                        s.name.clone()
                    };
                    seg.spawn((
                        Text::new(marker),
                        theme::font(size::SMALL),
                        TextColor(if current {
                            palette::TODAY
                        } else {
                            palette::MUTED
                        }),
                    ));
                });
        }
        strip.spawn((
            Node {
                padding: UiRect::axes(px(6), px(3)),
                ..default()
            },
            BackgroundColor(palette::ERROR_BG),
            children![(
                Text::new(format!("Decision: day {}", f.decision.day)),
                theme::font(size::SMALL),
                TextColor(palette::HEADING)
            )],
        ));
    });
}

fn person_card(col: &mut ChildSpawnerCommands, session: &Session, i: Ix) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    let s = &f.stakeholders[i];
    let Some(view) = deal.person(i) else { return };
    let selected = session.selected == Some(i);
    col.spawn((
        PersonCard(i),
        Button,
        UiCommand::Select(i),
        Focusable,
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(6)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(5)),
            row_gap: px(2),
            ..default()
        },
        BackgroundColor(if selected {
            palette::CARD_SELECTED
        } else {
            palette::CARD
        }),
        BorderColor::all(palette::CARD),
        Tooltip(format!("{}, {}. {}", s.name, s.title, s.about)),
    ))
    .with_children(|card| {
        let met = if view.met > 0 { "  · met" } else { "" };
        card.spawn(theme::label(format!("{}{met}", s.name)));
        card.spawn(theme::muted(s.title.clone()));
        card.spawn(theme::row()).with_children(|chips| {
            let roles: Vec<Role> = Role::ALL
                .into_iter()
                .filter(|r| view.belief.roles & r.bit() != 0)
                .collect();
            if roles.is_empty() {
                chips.spawn(theme::chip(
                    "role ?",
                    palette::MUTED,
                    "You have not marked a role for this person.",
                ));
            }
            for r in roles {
                chips.spawn(theme::chip(r.label(), palette::HEADING, role_tip(r)));
            }
            match view.belief.stance {
                Some(st) => chips.spawn(theme::chip(st.label(), stance_color(st), stance_tip(st))),
                None => chips.spawn(theme::chip(
                    "stance ?",
                    palette::MUTED,
                    "You have not marked a stance for this person.",
                )),
            };
        });
    });
}

fn org_chart(main: &mut ChildSpawnerCommands, session: &Session) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    let c = deal.scenario().compiled();
    main.spawn(theme::scroll_panel(Node {
        width: percent(36),
        row_gap: px(size::GAP),
        ..default()
    }))
    .with_children(|chart| {
        chart.spawn(theme::heading(format!("{}: who is who", f.buyer.company)));
        chart
            .spawn(Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(size::GAP),
                row_gap: px(size::GAP),
                ..default()
            })
            .with_children(|depts| {
                for (d, dept) in f.departments.iter().enumerate() {
                    let people: Vec<Ix> = c.department_people[d]
                        .iter()
                        .copied()
                        .filter(|&i| deal.person(i).is_some_and(|p| p.visible))
                        .collect();
                    depts
                        .spawn((
                            Node {
                                flex_direction: FlexDirection::Column,
                                row_gap: px(4),
                                min_width: px(140),
                                ..default()
                            },
                            Interaction::default(),
                            Tooltip(dept.function.clone()),
                        ))
                        .with_children(|col| {
                            col.spawn(theme::colored(dept.name.clone(), palette::HEADING));
                            for i in people {
                                person_card(col, session, i);
                            }
                        });
                }
                let outside: Vec<Ix> = (0..f.stakeholders.len())
                    .filter(|&i| {
                        c.people[i].department.is_none()
                            && deal.person(i).is_some_and(|p| p.visible)
                    })
                    .collect();
                if !outside.is_empty() {
                    depts
                        .spawn(Node {
                            flex_direction: FlexDirection::Column,
                            row_gap: px(4),
                            min_width: px(140),
                            ..default()
                        })
                        .with_children(|col| {
                            col.spawn(theme::colored("Outside the org chart", palette::HEADING));
                            for i in outside {
                                person_card(col, session, i);
                            }
                        });
                }
            });
    });
}

fn person_panel(main: &mut ChildSpawnerCommands, session: &Session, hotkey: &mut u8) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    main.spawn(theme::scroll_panel(Node {
        width: percent(30),
        row_gap: px(size::GAP / 2.0),
        ..default()
    }))
    .with_children(|panel| {
        let Some(i) = session.selected else {
            panel.spawn(theme::label("Select a person on the org chart."));
            return;
        };
        let Some(view) = deal.person(i) else { return };
        let s = &f.stakeholders[i];
        panel.spawn(theme::heading(s.name.clone()));
        let dept = s
            .department
            .as_ref()
            .and_then(|d| f.departments.iter().find(|x| &x.id == d));
        let title = match dept {
            Some(d) if !s.title.to_lowercase().contains(&d.name.to_lowercase()) => {
                format!("{}, {}", s.title, d.name)
            }
            _ => s.title.clone(),
        };
        panel.spawn(theme::muted(title));
        if !s.about.is_empty() {
            panel.spawn(theme::label(s.about.clone()));
        }
        if view.met > 0 {
            panel.spawn(theme::label(format!(
                "Met {} time(s) · relationship {} · questions left in this meeting: {}",
                view.met, view.relationship, view.questions_left
            )));
        } else {
            panel.spawn(theme::muted("You have not met this person."));
        }
        if let Some(roles) = view.roles {
            let names: Vec<&str> = Role::ALL
                .into_iter()
                .filter(|r| roles & r.bit() != 0)
                .map(Role::label)
                .collect();
            panel.spawn(theme::colored(
                format!(
                    "You found out their role: {}",
                    if names.is_empty() {
                        "none".into()
                    } else {
                        names.join(", ")
                    }
                ),
                palette::GOOD,
            ));
        }
        if let Some(st) = view.stance {
            panel.spawn(theme::colored(
                format!("You found out where they stand: {}", st.label()),
                stance_color(st),
            ));
        }
        panel.spawn(theme::colored(
            "What they care about (learned so far)",
            palette::HEADING,
        ));
        if view.concerns.is_empty() {
            panel.spawn(theme::muted("Nothing yet. Meet them and ask."));
        }
        for (c, w) in &view.concerns {
            panel.spawn(theme::label(format!(
                "• {} ({})",
                f.concerns[*c].name,
                crate::sim::weight_word(*w)
            )));
        }
        panel.spawn(theme::colored("Actions", palette::HEADING));
        let mut actions = vec![Action::Meet(i)];
        if view.met > 0 {
            actions.push(Action::AskConcerns(i));
            actions.extend((0..f.questions.len()).map(|q| Action::Ask(i, q)));
        }
        for a in actions {
            match deal.check(&a) {
                Ok(()) => {
                    let tip = match a {
                        Action::Meet(_) => format!(
                            "Takes {} day(s). Opens room for {} questions.",
                            f.pace.meeting_days, f.pace.questions_per_meeting
                        ),
                        _ => "Uses one question of this meeting; takes no extra time.".into(),
                    };
                    action_button(
                        panel,
                        hotkey,
                        deal.scenario().label(&a),
                        UiCommand::Act(a),
                        tip,
                    );
                }
                Err(crate::sim::Illegal::AlreadyAsked(..)) => {}
                Err(why) if matches!(a, Action::Meet(_)) => {
                    panel.spawn(theme::disabled(
                        deal.scenario().label(&a),
                        deal.scenario().explain(&why),
                    ));
                }
                Err(_) => {}
            }
        }
        panel.spawn(theme::colored("Your power map", palette::HEADING));
        panel.spawn(theme::muted(
            "What you believe; scored against the truth in the debrief.",
        ));
        panel.spawn(theme::row()).with_children(|r| {
            for role in Role::ALL {
                let on = view.belief.roles & role.bit() != 0;
                r.spawn((
                    theme::button(
                        format!("{}{}", if on { "✓ " } else { "" }, role.label()),
                        UiCommand::Act(Action::MarkRole(i, role, !on)),
                    ),
                    Tooltip(role_tip(role).into()),
                ));
            }
        });
        panel.spawn(theme::row()).with_children(|r| {
            for st in Stance::ALL {
                let on = view.belief.stance == Some(st);
                r.spawn((
                    theme::button(
                        format!("{}{}", if on { "✓ " } else { "" }, st.label()),
                        UiCommand::Act(Action::MarkStance(i, Some(st))),
                    ),
                    Tooltip(stance_tip(st).into()),
                ));
            }
            r.spawn(theme::button(
                "unknown",
                UiCommand::Act(Action::MarkStance(i, None)),
            ));
        });
    });
}

fn action_button(
    parent: &mut ChildSpawnerCommands,
    hotkey: &mut u8,
    label: String,
    command: UiCommand,
    tip: String,
) {
    if *hotkey <= 9 {
        parent.spawn(theme::hotkey_button(*hotkey, label, command, tip));
        *hotkey += 1;
    } else {
        parent.spawn((theme::button(label, command), Tooltip(tip)));
    }
}

fn tactics(right: &mut ChildSpawnerCommands, deal: &Deal, hotkey: &mut u8) {
    let f = deal.scenario().data();
    let c = deal.scenario().compiled();
    right
        .spawn(theme::scroll_panel(Node {
            row_gap: px(4),
            max_height: percent(55),
            ..default()
        }))
        .with_children(|p| {
            p.spawn(theme::heading("Tactics"));
            let mut unavailable = Vec::new();
            for (t, tactic) in f.tactics.iter().enumerate() {
                let tc = &c.tactics[t];
                let a = Action::Tactic(t);
                let cost = format!(
                    "{} day(s), {} budget, {:.0}% odds{}",
                    tc.days,
                    tc.budget,
                    tc.odds * 100.0,
                    if tc.compliance_risk > 0.0 {
                        format!(", {:.0}% compliance risk", tc.compliance_risk * 100.0)
                    } else {
                        String::new()
                    }
                );
                match deal.check(&a) {
                    Ok(()) => {
                        let tip = format!(
                            "{}\nCost: {cost}.{}",
                            tactic.about,
                            if tc.breaks_policy {
                                "\nThis breaks the buyer's gift and hospitality rules."
                            } else {
                                ""
                            }
                        );
                        p.spawn((
                            TacticRow {
                                tactic: t,
                                available: true,
                            },
                            Node {
                                flex_direction: FlexDirection::Column,
                                ..default()
                            },
                        ))
                        .with_children(|row| {
                            action_button(row, hotkey, tactic.name.clone(), UiCommand::Act(a), tip);
                            row.spawn(theme::muted(cost));
                        });
                    }
                    Err(crate::sim::Illegal::AlreadyUsed(_)) => {}
                    Err(why) => {
                        unavailable.push((t, tactic.name.clone(), deal.scenario().explain(&why)))
                    }
                }
            }
            if !unavailable.is_empty() {
                p.spawn(theme::colored("Not available now", palette::MUTED));
            }
            for (t, name, why) in unavailable {
                p.spawn((
                    TacticRow {
                        tactic: t,
                        available: false,
                    },
                    theme::disabled(name, why),
                ));
            }
        });
}

fn tabs(right: &mut ChildSpawnerCommands, session: &Session) {
    let deal = &session.deal;
    let f = deal.scenario().data();
    right.spawn(theme::row()).with_children(|r| {
        for tab in Tab::ALL {
            let label = if tab == session.tab {
                format!("[{}]", tab.label())
            } else {
                tab.label().to_string()
            };
            r.spawn(theme::button(label, UiCommand::ShowTab(tab)));
        }
    });
    right
        .spawn(theme::scroll_panel(Node {
            row_gap: px(4),
            flex_grow: 1.0,
            ..default()
        }))
        .with_children(|p| match session.tab {
            Tab::Notebook => {
                p.spawn(theme::heading("Notebook: facts found"));
                for fact in deal.known_facts() {
                    p.spawn(theme::label(format!("• {}", f.facts[fact].text)));
                }
            }
            Tab::Log => {
                p.spawn(theme::heading("Event log"));
                if session.log.is_empty() {
                    p.spawn(theme::muted("Nothing has happened yet."));
                }
                // Newest action first, each followed by what came of it.
                let mut groups: Vec<&[String]> = Vec::new();
                let mut start = 0;
                for (i, line) in session.log.iter().enumerate() {
                    if i > start && !line.starts_with(' ') {
                        groups.push(&session.log[start..i]);
                        start = i;
                    }
                }
                if start < session.log.len() {
                    groups.push(&session.log[start..]);
                }
                for line in groups.iter().rev().take(30).flat_map(|g| g.iter()) {
                    p.spawn(theme::label(line.clone()));
                }
            }
            Tab::Rivals => {
                p.spawn(theme::heading("What you know about the rivals"));
                let us = deal.scenario().compiled().us;
                for (v, vendor) in f.vendors.iter().enumerate() {
                    if v == us {
                        continue;
                    }
                    let sq = f.decision.status_quo.as_deref() == Some(vendor.id.as_str());
                    p.spawn(theme::label(format!(
                        "• {}{}",
                        vendor.name,
                        if sq { " (the status quo)" } else { "" }
                    )));
                    if !vendor.about.is_empty() {
                        p.spawn(theme::muted(vendor.about.clone()));
                    }
                }
                for (m, day) in deal.noticed_moves() {
                    let mv = &f.competitor_moves[m];
                    let who = f
                        .vendors
                        .iter()
                        .find(|v| v.id == mv.vendor)
                        .map_or("A rival", |v| v.name.as_str());
                    p.spawn(theme::label(format!("Day {day}: {who} {}", mv.text)));
                }
            }
            Tab::Checklist => checklist(p, deal),
        });
}

/// Which of the five steps the trainee has worked on so far, from their own actions and beliefs
/// only: it never reveals the answers.
fn checklist(p: &mut ChildSpawnerCommands, deal: &Deal) {
    let f = deal.scenario().data();
    let c = deal.scenario().compiled();
    let n = f.stakeholders.len();
    let visible: Vec<Ix> = (0..n)
        .filter(|&i| deal.person(i).is_some_and(|v| v.visible))
        .collect();
    let met: Vec<Ix> = visible
        .iter()
        .copied()
        .filter(|&i| deal.person(i).is_some_and(|v| v.met > 0))
        .collect();
    let stages_worked: std::collections::BTreeSet<usize> = deal
        .log()
        .iter()
        .filter(|l| {
            matches!(
                l.action,
                Action::Meet(_) | Action::Tactic(_) | Action::Ask(..) | Action::AskConcerns(_)
            )
        })
        .map(|l| c.stage_days.iter().rposition(|&d| d <= l.day).unwrap_or(0))
        .collect();
    let depts_met = (0..f.departments.len())
        .filter(|&d| c.department_people[d].iter().any(|i| met.contains(i)))
        .count();
    let mapped = visible
        .iter()
        .filter(|&&i| {
            let b = deal.belief(i);
            b.roles != 0 && b.stance.is_some()
        })
        .count();
    let dm_marked: Vec<Ix> = visible
        .iter()
        .copied()
        .filter(|&i| deal.belief(i).roles & Role::DecisionMaker.bit() != 0)
        .collect();
    let dm_met = dm_marked.iter().any(|i| met.contains(i));
    let lines = [
        (
            "1. Purchasing process",
            !stages_worked.is_empty() && stages_worked.len() > deal.stage().min(1),
            format!(
                "You have worked in {} of the {} stages so far.",
                stages_worked.len(),
                deal.stage() + 1
            ),
        ),
        (
            "2. Organization structure",
            depts_met * 2 >= f.departments.len(),
            format!(
                "You have met people in {depts_met} of {} departments.",
                f.departments.len()
            ),
        ),
        (
            "3. Functions and stances",
            mapped > 0,
            format!(
                "Your power map has a role and a stance for {mapped} of {} people you know.",
                visible.len()
            ),
        ),
        (
            "4. Active information",
            deal.known_facts().len() > f.start.known_facts.len(),
            format!("{} facts in your notebook.", deal.known_facts().len()),
        ),
        (
            "5. Key players",
            dm_met,
            if dm_marked.is_empty() {
                "You have not marked who decides.".to_string()
            } else if dm_met {
                "You have met the person you believe decides.".to_string()
            } else {
                "You have not met the person you believe decides.".to_string()
            },
        ),
    ];
    p.spawn(theme::heading("The five steps"));
    for (step, worked, detail) in lines {
        p.spawn(theme::colored(
            format!("{} {step}", if worked { "✓" } else { "○" }),
            if worked { palette::GOOD } else { palette::TEXT },
        ));
        p.spawn(theme::muted(detail));
    }
}

fn pause_menu(root: &mut ChildSpawnerCommands) {
    root.spawn((
        PauseMenu,
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            ..default()
        },
        BackgroundColor(Color::BLACK.with_alpha(0.7)),
        GlobalZIndex(50),
        children![(
            theme::panel(),
            children![
                theme::heading("Paused"),
                theme::button("Resume (Esc)", UiCommand::TogglePause),
                theme::button("Restart this deal (same seed)", UiCommand::Replay),
                theme::button("Restart with a new seed", UiCommand::NewSeed),
                theme::button("Choose another deal", UiCommand::OpenPicker),
                (
                    theme::row(),
                    children![
                        theme::button("Text smaller", UiCommand::ScaleDown),
                        theme::button("Text bigger", UiCommand::ScaleUp),
                    ]
                ),
                theme::button("Quit", UiCommand::Quit),
            ],
        )],
    ));
}
