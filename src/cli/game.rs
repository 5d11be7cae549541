//! No command: the game window, with the flags given before any command.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Recording;

#[derive(clap::Args)]
#[command(
    mut_arg("player", |a| a.help(
        "The game: who is playing (for run records; default: your login name)"
    )),
    mut_arg("results", |a| a.value_name("DIR").help(
        "The game: where run records go (default: the platform's data folder)"
    )),
    mut_arg("no_record", |a| a.help("The game: write no run records")),
    mut_arg("lrs", |a| a.help(concat!(
        "The game: send results to this Learning Record Store (its xAPI endpoint; default: the ",
        "settings file's). Credentials: KEY_ACCOUNT_LRS_USER and KEY_ACCOUNT_LRS_PASSWORD"
    ))),
)]
pub struct Args {
    /// The game: an extra folder of scenarios to list beside scenarios/.
    #[arg(long, value_name = "DIR")]
    scenarios: Option<PathBuf>,
    /// The game: a fixed seed for the first deal (replays are reproducible anyway).
    #[arg(long)]
    seed: Option<u64>,
    /// The game: UI scale (1.0 is 100%).
    #[arg(long, default_value_t = 1.0)]
    ui_scale: f32,
    /// The game plays this plan by itself (see src/game/autoplay.rs) and saves screenshots.
    #[arg(long, value_name = "PLAN", requires = "screenshots")]
    autoplay: Option<PathBuf>,
    /// Where autoplay saves its screenshots.
    #[arg(long, value_name = "DIR", requires = "autoplay")]
    screenshots: Option<PathBuf>,
    /// Quit once this many frames have been rendered (for start-up benchmarks).
    #[arg(long, value_name = "N", hide = true)]
    exit_after_frames: Option<u32>,
    #[command(flatten)]
    recording: Recording,
}

#[cfg(feature = "game")]
pub fn run(args: &Args) -> ExitCode {
    // Flags over the settings file over the defaults.
    let settings = match args.recording.settings() {
        Ok(s) => s,
        Err(e) => {
            tell!("key-account: {e}");
            return super::Exit::Usage.into();
        }
    };
    let record = !args.recording.no_record;
    key_account::game::run(key_account::game::Options {
        scenarios: PathBuf::from("scenarios"),
        extra: args.scenarios.clone(),
        seed: args.seed,
        ui_scale: args.ui_scale,
        autoplay: args.autoplay.clone(),
        screenshots: args.screenshots.clone(),
        exit_after_frames: args.exit_after_frames,
        player: settings.player,
        results: settings.results.filter(|_| record),
        lrs: settings.lrs.filter(|_| record),
        lang: super::lang(),
    })
}

#[cfg(not(feature = "game"))]
pub fn run(_args: &Args) -> ExitCode {
    tell!(
        "key-account: this build has no game window (built without the `game` feature); use \
         `check` or `play`"
    );
    super::Exit::Usage.into()
}
