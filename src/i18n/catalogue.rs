//! The message catalogues, compiled into the program (a trainee's machine needs no files beside
//! it), one Fluent bundle per language, built once on first use.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::{Arg, Lang, Msg};

/// Every catalogue file: (language, file name, text). `tests/i18n.rs` fails when a file in
/// `locales/` is missing here.
pub(super) const FILES: &[(Lang, &str, &str)] = &[
    (
        Lang::En,
        "common.ftl",
        include_str!("../../locales/en/common.ftl"),
    ),
    (
        Lang::ZhCn,
        "common.ftl",
        include_str!("../../locales/zh-CN/common.ftl"),
    ),
    (
        Lang::En,
        "sim.ftl",
        include_str!("../../locales/en/sim.ftl"),
    ),
    (
        Lang::ZhCn,
        "sim.ftl",
        include_str!("../../locales/zh-CN/sim.ftl"),
    ),
    (
        Lang::En,
        "game.ftl",
        include_str!("../../locales/en/game.ftl"),
    ),
    (
        Lang::ZhCn,
        "game.ftl",
        include_str!("../../locales/zh-CN/game.ftl"),
    ),
    (
        Lang::En,
        "cli.ftl",
        include_str!("../../locales/en/cli.ftl"),
    ),
    (
        Lang::ZhCn,
        "cli.ftl",
        include_str!("../../locales/zh-CN/cli.ftl"),
    ),
    (
        Lang::En,
        "check.ftl",
        include_str!("../../locales/en/check.ftl"),
    ),
    (
        Lang::ZhCn,
        "check.ftl",
        include_str!("../../locales/zh-CN/check.ftl"),
    ),
    (
        Lang::En,
        "lrs.ftl",
        include_str!("../../locales/en/lrs.ftl"),
    ),
    (
        Lang::ZhCn,
        "lrs.ftl",
        include_str!("../../locales/zh-CN/lrs.ftl"),
    ),
];

/// One message of a catalogue: its id and the variables it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub variables: BTreeSet<String>,
    /// The file it is in.
    pub file: &'static str,
}

pub struct Catalogue {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

impl Catalogue {
    /// The catalogues, built the first time they are needed.
    pub fn get() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(Catalogue::build)
    }

    fn build() -> Catalogue {
        let bundles = Lang::ALL
            .iter()
            .map(|&lang| {
                let tag = lang
                    .tag()
                    .parse()
                    .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // No U+2068/U+2069 around arguments: terminals and the game's fonts draw them
                // as boxes, and no language shipped is written right to left.
                bundle.set_use_isolating(false);
                for (_, _, text) in FILES.iter().filter(|f| f.0 == lang) {
                    // A broken entry is left out (a test fails on it); the rest still loads.
                    let resource = match FluentResource::try_new(text.to_string()) {
                        Ok(r) => r,
                        Err((r, _)) => r,
                    };
                    let _ = bundle.add_resource(resource);
                }
                (lang, bundle)
            })
            .collect();
        Catalogue { bundles }
    }

    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|b| b.0 == lang).map(|b| &b.1)
    }

    /// Whether a language's own catalogue has the id (without falling back to English).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).is_some_and(|b| b.has_message(id))
    }

    /// A message in a language; English where that catalogue lacks it; the id where both do.
    pub fn format(&self, lang: Lang, msg: &Msg) -> String {
        let lang = if self.has(lang, msg.id) {
            lang
        } else {
            Lang::En
        };
        let Some(bundle) = self.bundle(lang) else {
            return msg.id.to_string();
        };
        let Some(pattern) = bundle.get_message(msg.id).and_then(|m| m.value()) else {
            return msg.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.to_string()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Msg(m) => FluentValue::from(m.render(lang)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// Every message of a language's catalogue with its variables, in file order, and the
    /// problems found parsing the files (each as "FILE: what").
    pub fn entries(lang: Lang) -> (Vec<Entry>, Vec<String>) {
        let mut entries = Vec::new();
        let mut problems = Vec::new();
        for &(_, file, text) in FILES.iter().filter(|f| f.0 == lang) {
            let resource = match fluent_syntax::parser::parse(text) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let line = text[..e.pos.start.min(text.len())].lines().count();
                        problems.push(format!("{}/{file}:{line}: {:?}", lang.tag(), e.kind));
                    }
                    r
                }
            };
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let mut variables = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_variables(p, &mut variables);
                    }
                    entries.push(Entry {
                        id: m.id.name.to_string(),
                        variables,
                        file,
                    });
                }
            }
        }
        (entries, problems)
    }
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}
