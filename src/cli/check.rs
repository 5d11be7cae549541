//! `check`: the diagnostics of scenario files, for a trainer (text) or an editor (JSON).

use std::io::IsTerminal;
use std::path::PathBuf;

use key_account::scenario::{self, LoadReport};
use key_account::tr;

use super::{Exit, Format, Outcome, Output};

#[derive(clap::Args)]
pub struct Args {
    paths: Vec<PathBuf>,
    #[command(flatten)]
    output: Output,
}

pub fn run(args: Args) -> Outcome {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("scenarios")]
    } else {
        args.paths
    };
    let files = super::scenario_files(&paths)?;
    let lang = super::lang();
    let reports: Vec<LoadReport> = files
        .iter()
        .map(|f| scenario::load_path_in(f, lang))
        .collect();
    let errors: usize = reports.iter().map(LoadReport::errors).sum();
    let warnings: usize = reports.iter().map(LoadReport::warnings).sum();
    match args.output.format {
        Format::Json => {
            let all: Vec<_> = reports.iter().flat_map(|r| r.all_diagnostics()).collect();
            let out = serde_json::json!({
                "files": files.len(),
                "errors": errors,
                "warnings": warnings,
                "diagnostics": all,
            });
            say!("{out:#}");
        }
        Format::Human => {
            let lang = super::lang();
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            for r in &reports {
                super::out::err_raw(&r.render(color));
                let status = if r.errors() > 0 {
                    tr!(lang, "check-failed")
                } else {
                    tr!(lang, "check-ok")
                };
                let title = r
                    .scenario
                    .as_ref()
                    .map(|s| s.in_language(lang).data().title.clone())
                    .unwrap_or_default();
                say!(
                    "{} {}  {}{}",
                    super::play::pad(&status, 6),
                    r.file,
                    title,
                    plural_note(lang, r.errors(), r.warnings())
                );
            }
            say!(
                "{}",
                tr!(
                    lang,
                    "check-summary",
                    files = files.len(),
                    errors = errors,
                    warnings = warnings
                )
            );
        }
    }
    Ok(if errors > 0 { Exit::Problems } else { Exit::Ok })
}

fn plural_note(lang: key_account::i18n::Lang, errors: usize, warnings: usize) -> String {
    match (errors, warnings) {
        (0, 0) => String::new(),
        (e, w) => format!(
            "  ({})",
            tr!(lang, "check-counts", errors = e, warnings = w)
        ),
    }
}
