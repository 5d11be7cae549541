//! Autoplay: the game plays a written plan by itself, through the same messages and events the
//! buttons send, and saves a screenshot wherever the plan says. Used for the end-to-end run in a
//! real window.
//!
//! A plan is one step per line (`#` starts a comment): `pick keyboard.ron`, `begin`, `act meet
//! xiao_wang` (the `play --script` commands), `select director`, `tab log|notebook|rivals|
//! checklist`, `end-talk`, `pause`, `replay`, `picker`, `title`, `scale 1.5`, `window 1920x1080`,
//! `pointer X Y` (moves the mouse pointer, so no tooltip shows by chance), `lang zh-CN` (switch the
//! language, as the pause menu does),
//! `screenshot NAME` (saves NAME.png), `wait FRAMES`, `idle` (stop and stay open, redrawing only
//! on input).

use std::path::{Path, PathBuf};

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use super::catalog::Catalog;
use super::language::SetLanguage;
use super::menus::Menu;
use super::screens::Screen;
use super::screens::deal_room::{ActiveTab, Select, Tab};
use super::session::{Act, EndTalk, OpenDeal, Restart, Session};

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

/// Frames to let a step take effect (state change, layout, text) before the next step.
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

/// What a step does once it runs.
enum Outcome {
    Next,
    /// Not ready yet (a file still loading, the picker not open yet): try again later.
    Again,
    Fail(String),
}

/// What the steps act on.
#[derive(SystemParam)]
struct Game<'w, 's> {
    commands: Commands<'w, 's>,
    catalog: Res<'w, Catalog>,
    session: Option<Res<'w, Session>>,
    screen: Res<'w, State<Screen>>,
    menu: Res<'w, State<Menu>>,
    next_screen: ResMut<'w, NextState<Screen>>,
    next_menu: ResMut<'w, NextState<Menu>>,
    acts: MessageWriter<'w, Act>,
    windows: Query<'w, 's, &'static mut Window>,
    scale: ResMut<'w, UiScale>,
}

fn step(mut plan: ResMut<Plan>, mut game: Game, mut exit: MessageWriter<AppExit>) {
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
    match perform(&mut plan, &mut game, verb, rest.trim()) {
        Outcome::Next => {
            plan.next += 1;
            plan.retries = 0;
            if verb != "wait" {
                plan.cooldown = SETTLE;
            }
        }
        Outcome::Again => {
            plan.retries += 1;
            plan.cooldown = 2;
        }
        Outcome::Fail(why) => fail(&mut exit, line, why),
    }
}

/// One step of the plan.
fn perform(plan: &mut Plan, game: &mut Game, verb: &str, rest: &str) -> Outcome {
    match verb {
        "screenshot" => {
            let path = plan.dir.join(format!("{rest}.png"));
            game.commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path))
                .observe(|_: On<ScreenshotCaptured>, mut plan: ResMut<Plan>| plan.saved += 1);
            plan.taken += 1;
            Outcome::Next
        }
        "wait" => {
            plan.cooldown = rest.parse().unwrap_or(SETTLE);
            Outcome::Next
        }
        "idle" => {
            // Stay open, redrawing only on input: for measuring an idle deal room.
            game.commands
                .insert_resource(bevy::winit::WinitSettings::desktop_app());
            plan.idle = true;
            Outcome::Again
        }
        "title" => go(&mut game.next_screen, Screen::Title),
        "picker" => go(&mut game.next_screen, Screen::Picker),
        "begin" => go(&mut game.next_screen, Screen::DealRoom),
        "pause" => {
            game.next_menu.set(match game.menu.get() {
                Menu::None => Menu::Pause,
                Menu::Pause => Menu::None,
            });
            Outcome::Next
        }
        "replay" => trigger(&mut game.commands, Restart::SameSeed),
        "lang" => match crate::i18n::Lang::parse(rest) {
            Some(lang) => trigger(&mut game.commands, SetLanguage(lang)),
            None => Outcome::Fail(format!("no interface in \"{rest}\"")),
        },
        "end-talk" => trigger(&mut game.commands, EndTalk),
        "pick" => pick(plan, game, rest),
        "act" => match game
            .session
            .as_deref()
            .map(|s| s.deal.scenario().parse_action(rest))
        {
            Some(Ok(a)) => {
                game.acts.write(Act(a));
                Outcome::Next
            }
            Some(Err(e)) => Outcome::Fail(e.to_string()),
            None => Outcome::Fail("no deal is open".into()),
        },
        "select" => {
            let person = game
                .session
                .as_deref()
                .and_then(|s| s.deal.scenario().stakeholder(rest));
            match person {
                Some(i) => trigger(&mut game.commands, Select(i)),
                None => Outcome::Fail(format!("no person \"{rest}\" in an open deal")),
            }
        }
        "tab" => {
            let tab = match rest {
                "log" => Tab::Log,
                "rivals" => Tab::Rivals,
                "checklist" => Tab::Checklist,
                _ => Tab::Notebook,
            };
            game.commands.insert_resource(ActiveTab(tab));
            Outcome::Next
        }
        "scale" => match rest.parse::<f32>() {
            Ok(s) if (0.5..=3.0).contains(&s) => {
                game.scale.0 = s;
                Outcome::Next
            }
            _ => Outcome::Fail(format!("\"{rest}\" is not a UI scale")),
        },
        "window" => resize(game, rest),
        "pointer" => {
            let at = rest
                .split_once(' ')
                .and_then(|(x, y)| Some(Vec2::new(x.parse().ok()?, y.parse().ok()?)));
            match (at, game.windows.iter_mut().next()) {
                (Some(at), Some(mut window)) => {
                    window.set_cursor_position(Some(at));
                    Outcome::Next
                }
                _ => Outcome::Fail(format!("\"{rest}\" is not a pointer position like 4 716")),
            }
        }
        other => Outcome::Fail(format!("unknown step \"{other}\"")),
    }
}

fn pick(plan: &Plan, game: &mut Game, file: &str) -> Outcome {
    if *game.screen.get() != Screen::Picker {
        game.next_screen.set(Screen::Picker);
        Outcome::Again
    } else if game.catalog.get(file).is_some_and(|e| e.good.is_some()) {
        trigger(&mut game.commands, OpenDeal(file.to_string()))
    } else if plan.retries < 600 {
        // The file may still be loading.
        Outcome::Again
    } else {
        Outcome::Fail(format!("no playable scenario \"{file}\""))
    }
}

fn resize(game: &mut Game, size: &str) -> Outcome {
    let wanted = size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?)));
    match (wanted, game.windows.iter_mut().next()) {
        (Some((w, h)), Some(mut window)) => {
            window.resolution.set(w as f32, h as f32);
            Outcome::Next
        }
        _ => Outcome::Fail(format!("\"{size}\" is not a window size like 1920x1080")),
    }
}

fn trigger<'a>(commands: &mut Commands, event: impl Event<Trigger<'a>: Default>) -> Outcome {
    commands.trigger(event);
    Outcome::Next
}

fn go(next: &mut NextState<Screen>, screen: Screen) -> Outcome {
    next.set(screen);
    Outcome::Next
}
