//! `Scenario`: a loaded, validated file, and the same file in another language. A translation
//! changes only the words (names, titles, what people say); the numbers, the compiled form and
//! the hash a run record keeps are the source's, so a deal plays alike in every language.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::compiled::Compiled;
use super::model::ScenarioFile;
use super::strings::{self, Table};
use super::validate::Index;
use crate::i18n::Lang;

/// A loaded, validated scenario, with its words in one language. Cheap to clone; immutable.
#[derive(Debug, Clone)]
pub struct Scenario(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    /// The file with its words in `lang` (the source's where no translation holds).
    file: Arc<ScenarioFile>,
    lang: Lang,
    /// The file as written, and what validation made of it, shared by every language.
    source: Arc<ScenarioFile>,
    compiled: Arc<Compiled>,
    index: Arc<Index>,
    hash: TextHash,
    /// The strings tables found beside the file, by language (`strings`).
    translations: Arc<BTreeMap<Lang, Table>>,
}

/// The two hashes of a scenario's text (see [`Scenario::content_hash`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TextHash {
    text: u64,
    exact: u64,
}

impl TextHash {
    pub(super) fn of(src: &str) -> Self {
        let mut text = FNV_START;
        for line in src.trim_end().lines() {
            text = fnv1a(text, line.trim_end().as_bytes());
            text = fnv1a(text, b"\n");
        }
        TextHash {
            text,
            exact: fnv1a(FNV_START, src.as_bytes()),
        }
    }
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv1a(start: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(start, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl Scenario {
    pub(super) fn new(
        file: ScenarioFile,
        compiled: Compiled,
        index: Index,
        hash: TextHash,
    ) -> Self {
        let file = Arc::new(file);
        Scenario(Arc::new(Inner {
            file: file.clone(),
            lang: Lang::En,
            source: file,
            compiled: Arc::new(compiled),
            index: Arc::new(index),
            hash,
            translations: Arc::default(),
        }))
    }

    /// The same scenario with these strings tables (read from beside its file).
    pub fn with_translations(&self, translations: BTreeMap<Lang, Table>) -> Scenario {
        let mut inner = self.inner_copy();
        inner.translations = Arc::new(translations);
        let lang = inner.lang;
        Scenario(Arc::new(inner)).spoken(lang)
    }

    /// The strings tables this scenario has, by language.
    pub fn translations(&self) -> &BTreeMap<Lang, Table> {
        &self.0.translations
    }

    fn inner_copy(&self) -> Inner {
        Inner {
            file: self.0.file.clone(),
            lang: self.0.lang,
            source: self.0.source.clone(),
            compiled: self.0.compiled.clone(),
            index: self.0.index.clone(),
            hash: self.0.hash,
            translations: self.0.translations.clone(),
        }
    }

    /// The words in `lang`: its table's current translations over the source.
    fn spoken(self, lang: Lang) -> Scenario {
        let mut inner = self.inner_copy();
        inner.lang = lang;
        inner.file = match self.0.translations.get(&lang) {
            Some(table) => Arc::new(strings::apply(&self.0.source, table)),
            None => self.0.source.clone(),
        };
        Scenario(Arc::new(inner))
    }

    /// The file as the trainee reads it: its words in `lang()`.
    pub fn data(&self) -> &ScenarioFile {
        &self.0.file
    }
    /// The file as the trainer wrote it (the source language).
    pub fn source(&self) -> &ScenarioFile {
        &self.0.source
    }
    pub fn compiled(&self) -> &Compiled {
        &self.0.compiled
    }
    pub fn index(&self) -> &Index {
        &self.0.index
    }
    /// A hash of the file's text (FNV-1a), so a record can tell whether its scenario changed:
    /// spaces at the end of a line and blank lines at the end of the file are left out, as they
    /// change nothing. The same in every language.
    pub fn content_hash(&self) -> u64 {
        self.0.hash.text
    }
    /// The hash of the exact text, which records written before [`Self::content_hash`] left
    /// trailing whitespace out keep.
    pub fn exact_hash(&self) -> u64 {
        self.0.hash.exact
    }
    /// The language the interface speaks with this scenario (its own words are in it where a
    /// translation holds).
    pub fn lang(&self) -> Lang {
        self.0.lang
    }

    /// The same scenario spoken in `lang`: the interface's words in it, and the scenario's own
    /// words where a current translation exists.
    pub fn in_language(&self, lang: Lang) -> Scenario {
        if lang == self.0.lang {
            return self.clone();
        }
        self.clone().spoken(lang)
    }

    pub fn stakeholder(&self, id: &str) -> Option<usize> {
        self.0.index.stakeholders.get(id).copied()
    }
    pub fn tactic(&self, id: &str) -> Option<usize> {
        self.0.index.tactics.get(id).copied()
    }
    pub fn question(&self, id: &str) -> Option<usize> {
        self.0.index.questions.get(id).copied()
    }
    pub fn fact(&self, id: &str) -> Option<usize> {
        self.0.index.facts.get(id).copied()
    }
    pub fn vendor(&self, id: &str) -> Option<usize> {
        self.0.index.vendors.get(id).copied()
    }
}
