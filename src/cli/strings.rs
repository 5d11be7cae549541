//! `strings`: a scenario's translations. `export` writes the table a translator fills in (CSV,
//! which any spreadsheet or CAT tool opens), `import` reads a filled-in one back and keeps it
//! beside the scenario, where the game and `check` find it (`keyboard.zh-CN.csv`).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use key_account::i18n::Lang;
use key_account::scenario::strings::{self, Table};
use key_account::scenario::{self, ScenarioFile};
use key_account::tr;

use super::{Exit, OrExit, Outcome};

#[derive(clap::Subcommand)]
pub enum Args {
    /// Write the strings table of a scenario for the language given with --lang: every text
    /// with its id, the translations made so far, stale ones marked.
    Export {
        scenario: PathBuf,
        /// Where to write the table (default: beside the scenario, SCENARIO.LANG.csv; `-` for
        /// standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Read a filled-in strings table and keep it beside the scenario (SCENARIO.LANG.csv). The
    /// table's language comes from --lang, else from its name (keyboard.zh-CN.csv).
    Import { scenario: PathBuf, table: PathBuf },
}

pub fn run(args: Args) -> Outcome {
    // The language the table is in is the one `--lang` names (it speaks that language too).
    let to = super::flag_lang();
    match args {
        Args::Export { scenario, out } => {
            let Some(to) = to else {
                fail!(
                    Exit::Usage,
                    "{}",
                    tr!(super::lang(), "strings-export-which-language")
                );
            };
            export(&scenario, to, out.as_deref())
        }
        Args::Import { scenario, table } => import(&scenario, &table, to),
    }
}

/// The scenario as its trainer wrote it, or a failure naming its errors.
fn source(path: &Path) -> Result<ScenarioFile, super::Failure> {
    let lang = super::lang();
    let report = scenario::load_path_in(path, lang);
    match report.scenario {
        Some(sc) => Ok(sc.source().clone()),
        None => {
            super::out::err_raw(&report.render(false));
            fail!(
                Exit::Problems,
                "{}",
                tr!(lang, "cli-has-errors", file = path.display().to_string())
            )
        }
    }
}

/// A table file read and checked against the scenario (its diagnostics rendered on standard
/// error): the table, or `None` when it has errors; a missing file is an empty table.
fn read_table(path: &Path, file: &ScenarioFile) -> Result<Option<Table>, super::Failure> {
    if !path.exists() {
        return Ok(Some(Table::default()));
    }
    let bytes = key_account::files::read_regular(path, scenario::MAX_SCENARIO_BYTES)
        .with_context(|| {
            tr!(
                super::lang(),
                "strings-cannot-read",
                file = path.display().to_string()
            )
        })
        .or_exit(Exit::Problems)?;
    let name = path.display().to_string();
    let text = String::from_utf8_lossy(&bytes);
    let (table, report) = strings::diagnose(&name, &text, file, super::lang());
    super::out::err_raw(&report.render(std::io::stderr().is_terminal()));
    Ok(table)
}

fn export(path: &Path, to: Lang, out: Option<&Path>) -> Outcome {
    let lang = super::lang();
    let file = source(path)?;
    let beside = strings::path_for(path, to);
    let Some(old) = read_table(&beside, &file)? else {
        fail!(
            Exit::Problems,
            "{}",
            tr!(
                lang,
                "strings-fix-first",
                file = beside.display().to_string()
            )
        );
    };
    let table = strings::export(&file, &old);
    let text = strings::write(&table);
    let target = out.map_or(beside.clone(), Path::to_path_buf);
    if target == Path::new("-") {
        super::out::out_raw(&text);
        return Ok(Exit::Ok);
    }
    write_atomic(&target, &text)?;
    let (done, stale) = counts(&table);
    say!(
        "{}",
        tr!(
            lang,
            "strings-exported",
            file = target.display().to_string(),
            texts = table.rows.len(),
            done = done,
            stale = stale
        )
    );
    Ok(Exit::Ok)
}

fn import(path: &Path, table_path: &Path, to: Option<Lang>) -> Outcome {
    let lang = super::lang();
    let Some(to) = to.or_else(|| lang_of(table_path)) else {
        fail!(
            Exit::Usage,
            "{}",
            tr!(
                lang,
                "strings-which-language",
                file = table_path.display().to_string()
            )
        );
    };
    let file = source(path)?;
    let Some(filled) = read_table(table_path, &file)? else {
        fail!(
            Exit::Problems,
            "{}",
            tr!(
                lang,
                "strings-not-imported",
                file = table_path.display().to_string()
            )
        );
    };
    let (table, _) = strings::import(&file, &filled);
    let target = strings::path_for(path, to);
    write_atomic(&target, &strings::write(&table))?;
    let (done, stale) = counts(&table);
    say!(
        "{}",
        tr!(
            lang,
            "strings-imported",
            file = target.display().to_string(),
            texts = table.rows.len(),
            done = done,
            stale = stale
        )
    );
    Ok(Exit::Ok)
}

/// Translated rows, and how many of them are stale.
fn counts(table: &Table) -> (usize, usize) {
    let translated = table
        .rows
        .iter()
        .filter(|r| !r.translation.trim().is_empty());
    let stale = translated
        .clone()
        .filter(|r| !r.is_current_for(&r.source))
        .count();
    (translated.count() - stale, stale)
}

/// The language a table's name gives: `keyboard.zh-CN.csv` is zh-CN.
fn lang_of(table: &Path) -> Option<Lang> {
    let stem = table.file_stem()?.to_string_lossy().into_owned();
    Lang::parse(stem.rsplit('.').next()?)
}

/// Writes to a temporary file beside `target` and renames it, so a crash never leaves half a
/// table.
fn write_atomic(target: &Path, text: &str) -> Result<(), super::Failure> {
    use std::io::Write as _;
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let context = || {
        tr!(
            super::lang(),
            "strings-cannot-write",
            file = target.display().to_string()
        )
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(context)
        .or_exit(Exit::Problems)?;
    tmp.write_all(text.as_bytes())
        .with_context(context)
        .or_exit(Exit::Problems)?;
    tmp.persist(target)
        .map_err(|e| e.error)
        .with_context(context)
        .or_exit(Exit::Problems)?;
    Ok(())
}
