//! `new`: a commented starter scenario that passes `check` and plays.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use key_account::escape;
use key_account::tr;

use super::{Exit, OrExit, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The new scenario's id; the file is NAME.ron.
    name: String,
    /// The folder to write into.
    #[arg(long, default_value = ".")]
    dir: PathBuf,
}

pub fn run(args: Args) -> Outcome {
    let Args { name, dir } = args;
    // A name, never a path: the file must land in --dir.
    if name.contains(['/', '\\']) || Path::new(&name).is_absolute() || name.starts_with('.') {
        fail!(
            Exit::Usage,
            "{}",
            tr!(
                super::lang(),
                "new-is-a-path",
                name = escape::clip(&escape::line(&name), 80).into_owned()
            )
        );
    }
    let id = id_of(&name);
    if id.trim_matches('_').is_empty() {
        fail!(Exit::Usage, "{}", tr!(super::lang(), "new-no-letters"));
    }
    let path = dir.join(format!("{}.ron", file_stem(&name)));
    if path.exists() {
        fail!(
            Exit::Problems,
            "{}",
            tr!(
                super::lang(),
                "new-exists",
                file = path.display().to_string()
            )
        );
    }
    let text = include_str!("../starter.ron")
        .replace("{{ID}}", &id)
        .replace("{{TITLE}}", &title_of(&name));
    std::fs::create_dir_all(&dir)
        .and_then(|_| {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
        })
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .with_context(|| {
            tr!(
                super::lang(),
                "cli-cannot-write",
                file = path.display().to_string()
            )
        })
        .or_exit(Exit::Problems)?;
    say!(
        "{}",
        tr!(
            super::lang(),
            "new-written",
            file = path.display().to_string()
        )
    );
    Ok(Exit::Ok)
}

/// The id is one word: letters (of any script) and digits, `_` for the rest.
fn id_of(name: &str) -> String {
    name.chars()
        .take(64)
        .flat_map(|c| {
            let keep = c.is_alphanumeric();
            c.to_lowercase()
                .filter(move |_| keep)
                .chain((!keep).then_some('_'))
        })
        .collect()
}

/// The file name keeps letters (of any script), digits, `-` and `_`.
fn file_stem(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect()
}

/// The title goes inside a RON string: no quote, backslash or control character may end it.
fn title_of(name: &str) -> String {
    name.chars()
        .take(80)
        .map(|c| match c {
            '-' | '_' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect::<String>()
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
}
