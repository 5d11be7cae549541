//! The message catalogues are complete: every language has every id English has, with no
//! variable English does not pass; every id the code uses is in English; every file in
//! `locales/` is compiled in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use key_account::i18n::{Catalogue, Entry, Lang};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn by_id(lang: Lang) -> BTreeMap<String, Entry> {
    let (entries, problems) = Catalogue::entries(lang);
    assert!(problems.is_empty(), "{lang}: {problems:#?}");
    let mut out = BTreeMap::new();
    for e in entries {
        let id = e.id.clone();
        assert!(
            out.insert(id.clone(), e).is_none(),
            "{lang}: {id} is written twice"
        );
    }
    out
}

#[test]
fn every_language_has_every_id_english_has() {
    let english = by_id(Lang::En);
    assert!(english.len() > 1, "the English catalogue is empty");
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let other = by_id(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang} lacks {} id(s) English has: {missing:?}",
            missing.len()
        );
        let extra: Vec<&String> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{lang} has ids English has not: {extra:?}"
        );
        for (id, e) in &other {
            let unknown: Vec<&String> = e.variables.difference(&english[id].variables).collect();
            assert!(
                unknown.is_empty(),
                "{lang} {id} uses {unknown:?}, which the code never passes"
            );
            assert_eq!(e.file, english[id].file, "{lang} {id} is in another file");
        }
    }
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

#[test]
fn every_catalogue_file_is_compiled_in() {
    let mut found = Vec::new();
    files(&root().join("locales"), "ftl", &mut found);
    let compiled: BTreeSet<String> = key_account::i18n::catalogue_files()
        .map(|(lang, file)| format!("{}/{file}", lang.tag()))
        .collect();
    for path in found {
        let rel = path
            .strip_prefix(root().join("locales"))
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        assert!(
            compiled.contains(&rel),
            "locales/{rel} is not in i18n::FILES"
        );
    }
}

/// The ids the code names: the first string literal after `msg!(` or after `tr!(LANG, `.
fn ids_in_code() -> BTreeMap<String, String> {
    let mut sources = Vec::new();
    files(&root().join("src"), "rs", &mut sources);
    let mut out = BTreeMap::new();
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (macro_name, skip_arg) in [("msg!(", false), ("tr!(", true)] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(macro_name) {
                rest = &rest[at + macro_name.len()..];
                let mut args = rest;
                if skip_arg {
                    // Past the language argument (an expression with no comma in it).
                    let Some(comma) = args.find(',') else { break };
                    args = &args[comma + 1..];
                }
                let args = args.trim_start();
                if let Some(lit) = args.strip_prefix('"')
                    && let Some(end) = lit.find('"')
                {
                    out.insert(lit[..end].to_string(), path.display().to_string());
                }
            }
        }
    }
    out
}

#[test]
fn every_id_the_code_names_is_in_english() {
    let english = by_id(Lang::En);
    let used = ids_in_code();
    // The macros' own documentation names an example id.
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, file)| !english.contains_key(*id) && !file.ends_with("i18n/mod.rs"))
        .map(|(id, file)| format!("{id} ({file})"))
        .collect();
    assert!(missing.is_empty(), "ids not in locales/en: {missing:#?}");
}
