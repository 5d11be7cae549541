//! The languages the game and the CLI speak. Every string they show a trainee or a trainer comes
//! from a message catalogue (`locales/<lang>/*.ftl`, Project Fluent's format) by a stable id,
//! never from the code: `tr!(lang, "deal-wait-days", days = 3)`.
//!
//! The language is always passed in, never read from a global: the game switches it live, tests
//! play in several at once, and a bot thread must not change what another thread prints. Text
//! that is worked out before anyone knows who will read it (a diagnostic, a debrief line) is kept
//! as a [`Msg`] (an id and its arguments) and put into words when it is shown.
//!
//! English is complete by definition; every other catalogue must have every id English has (a
//! test fails otherwise). A missing id falls back to English, then to the id itself.

mod catalogue;
mod locale;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use catalogue::{Catalogue, Entry};

/// The catalogue files compiled in: (language, file name under `locales/<tag>/`).
pub fn catalogue_files() -> impl Iterator<Item = (Lang, &'static str)> {
    catalogue::FILES.iter().map(|f| (f.0, f.1))
}
pub use locale::{from_system, parse_tag};

/// A language the interface ships in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Lang {
    /// English (the source language of the code and of the bundled cases).
    #[default]
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese, as used in mainland China.
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The BCP 47 tag: `en`, `zh-CN`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language's own name for itself, for a menu that lists them.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhCn => "简体中文",
        }
    }

    /// Reads a tag as a user types it (`zh-CN`, `zh_CN.UTF-8`, `zh-Hans`, `EN`); `None` for a
    /// language the game does not ship.
    pub fn parse(tag: &str) -> Option<Lang> {
        parse_tag(tag)
    }

    /// The tags the CLI accepts, for help and error texts.
    pub fn tags() -> String {
        Lang::ALL.map(Lang::tag).join(", ")
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s)
            .ok_or_else(|| format!("no interface in \"{s}\"; the game speaks {}", Lang::tags()))
    }
}

/// One argument of a message: text (a name, a formatted sum of money) or a number, which the
/// catalogue may use to pick a plural form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(Cow<'static, str>),
    Number(f64),
    /// Another message, put into words in the same language first.
    Msg(Box<Msg>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(Cow::Owned(s.to_string()))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(Cow::Owned(s.clone()))
    }
}
impl From<Cow<'static, str>> for Arg {
    fn from(s: Cow<'static, str>) -> Self {
        Arg::Text(s)
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// A message not yet put into words: a catalogue id and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in a language (English where that catalogue lacks it).
    pub fn render(&self, lang: Lang) -> String {
        Catalogue::get().format(lang, self)
    }
}

/// A message shows in English where no language is at hand (logs, JSON for tools, tests).
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// A message with its arguments: `msg!("deal-wait-days", days = n)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// A message put into words in a language: `tr!(lang, "deal-wait-days", days = n)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::msg!($id $(, $name = $value)*).render($lang)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_put_into_words_in_each_language() {
        assert_eq!(tr!(Lang::En, "lang-name"), "English");
        assert_eq!(tr!(Lang::ZhCn, "lang-name"), "简体中文");
    }

    #[test]
    fn plurals_follow_the_language() {
        assert_eq!(tr!(Lang::En, "days", days = 1), "1 day");
        assert_eq!(tr!(Lang::En, "days", days = 3), "3 days");
        assert_eq!(tr!(Lang::ZhCn, "days", days = 3), "3 天");
    }

    #[test]
    fn arguments_are_not_wrapped_in_direction_marks() {
        // Fluent isolates arguments with U+2068/U+2069 by default; a terminal and the game's
        // fonts would show them as boxes.
        let s = tr!(Lang::En, "days", days = 2);
        assert_eq!(s, "2 days");
    }

    #[test]
    fn an_unknown_id_shows_itself_rather_than_nothing() {
        assert_eq!(Msg::new("no-such-id").render(Lang::ZhCn), "no-such-id");
    }

    #[test]
    fn tags_are_read_as_users_write_them() {
        for (tag, lang) in [
            ("en", Some(Lang::En)),
            ("en-US", Some(Lang::En)),
            ("EN_gb.UTF-8", Some(Lang::En)),
            ("zh-CN", Some(Lang::ZhCn)),
            ("zh_CN.UTF-8", Some(Lang::ZhCn)),
            ("zh", Some(Lang::ZhCn)),
            ("zh-Hans", Some(Lang::ZhCn)),
            ("zh-Hans-CN", Some(Lang::ZhCn)),
            ("zh-TW", None),
            ("fr", None),
            ("C", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(tag), lang, "{tag}");
        }
    }
}
