//! Autoplay: the game plays a written plan by itself, through the same commands the buttons send,
//! and saves a screenshot wherever the plan says. Used for the end-to-end run in a real window.
//!
//! A plan is one step per line (`#` starts a comment):
//! `pick keyboard.ron`, `begin`, `act meet xiao_wang` (the `play --script` commands), `select
//! director`, `tab log|notebook|rivals|checklist`, `pause`, `picker`, `title`, `screenshot NAME`
//! (saves NAME.png), `wait FRAMES`, `idle` (stop and stay open, redrawing only on input).

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use super::Screen;
use super::catalog::Catalog;
use super::session::{Session, Tab, UiCommand};

#[derive(Resource, Debug)]
pub struct Plan {
    steps: Vec<(usize, String)>,
    next: usize,
    dir: PathBuf,
    cooldown: u32,
    frames: u32,
    taken: u32,
    saved: u32,
    retries: u32,
    idle: bool,
}

/// Frames to let a command take effect (state change, layout, text) before the next step.
const SETTLE: u32 = 12;
const MAX_FRAMES: u32 = 20_000;

impl Plan {
    pub fn read(plan: &Path, dir: &Path) -> Result<Plan, String> {
        let text = std::fs::read_to_string(plan)
            .map_err(|e| format!("cannot read the plan {}: {e}", plan.display()))?;
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let steps = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim().to_string()))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
            .collect();
        Ok(Plan {
            steps,
            next: 0,
            dir: dir.to_path_buf(),
            cooldown: SETTLE * 3,
            frames: 0,
            taken: 0,
            saved: 0,
            retries: 0,
            idle: false,
        })
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(Update, step);
}

fn fail(exit: &mut MessageWriter<AppExit>, line: usize, why: String) {
    eprintln!("key-account: autoplay plan line {line}: {why}");
    exit.write(AppExit::from_code(3));
}

fn step(
    mut plan: ResMut<Plan>,
    mut commands: Commands,
    catalog: Res<Catalog>,
    session: Option<Res<Session>>,
    screen: Res<State<Screen>>,
    mut out: MessageWriter<UiCommand>,
    mut exit: MessageWriter<AppExit>,
) {
    if plan.idle {
        return;
    }
    plan.frames += 1;
    if plan.frames > MAX_FRAMES {
        fail(&mut exit, 0, "the plan did not finish in time".into());
        return;
    }
    if plan.cooldown > 0 {
        plan.cooldown -= 1;
        return;
    }
    let Some((line, text)) = plan.steps.get(plan.next).cloned() else {
        if plan.saved >= plan.taken {
            info!(
                "autoplay: done, {} screenshot(s) in {}",
                plan.saved,
                plan.dir.display()
            );
            exit.write(AppExit::Success);
        }
        return;
    };
    let (verb, rest) = text.split_once(' ').unwrap_or((text.as_str(), ""));
    let rest = rest.trim();
    let command = match verb {
        "screenshot" => {
            let path = plan.dir.join(format!("{rest}.png"));
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path))
                .observe(|_: On<ScreenshotCaptured>, mut plan: ResMut<Plan>| plan.saved += 1);
            plan.taken += 1;
            None
        }
        "wait" => {
            plan.cooldown = rest.parse().unwrap_or(SETTLE);
            None
        }
        "idle" => {
            // Stay open, redrawing only on input: for measuring an idle deal room.
            commands.insert_resource(bevy::winit::WinitSettings::desktop_app());
            plan.idle = true;
            return;
        }
        "title" => Some(UiCommand::ToTitle),
        "picker" => Some(UiCommand::OpenPicker),
        "begin" => Some(UiCommand::Begin),
        "pause" => Some(UiCommand::TogglePause),
        "replay" => Some(UiCommand::Replay),
        "pick" => {
            if *screen.get() != Screen::Picker {
                Some(UiCommand::OpenPicker)
            } else if catalog.get(rest).is_some_and(|e| e.good.is_some()) {
                Some(UiCommand::Pick(rest.to_string()))
            } else if plan.retries < 600 {
                // The file may still be loading.
                plan.retries += 1;
                return;
            } else {
                fail(&mut exit, line, format!("no playable scenario \"{rest}\""));
                return;
            }
        }
        "act" | "select" => {
            let Some(s) = session.as_deref() else {
                fail(&mut exit, line, "no deal is open".into());
                return;
            };
            if verb == "act" {
                match s.deal.scenario().parse_action(rest) {
                    Ok(a) => Some(UiCommand::Act(a)),
                    Err(e) => {
                        fail(&mut exit, line, e);
                        return;
                    }
                }
            } else {
                match s.deal.scenario().stakeholder(rest) {
                    Some(i) => Some(UiCommand::Select(i)),
                    None => {
                        fail(&mut exit, line, format!("no person \"{rest}\""));
                        return;
                    }
                }
            }
        }
        "tab" => Some(UiCommand::ShowTab(match rest {
            "log" => Tab::Log,
            "rivals" => Tab::Rivals,
            "checklist" => Tab::Checklist,
            _ => Tab::Notebook,
        })),
        other => {
            fail(&mut exit, line, format!("unknown step \"{other}\""));
            return;
        }
    };
    // A `pick` that only opened the picker runs again once it is there.
    let reopen = verb == "pick" && command == Some(UiCommand::OpenPicker);
    if let Some(c) = command {
        out.write(c);
    }
    if !reopen {
        plan.next += 1;
        plan.retries = 0;
    }
    if verb != "wait" {
        plan.cooldown = SETTLE;
    }
}
