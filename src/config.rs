//! The settings file: who plays, where run records go, and the Learning Record Store to send
//! them to. It lives in the platform's config folder (`~/.config/key-account/config.toml` on
//! Linux), or wherever `KEY_ACCOUNT_CONFIG` points. Every field is optional; command-line flags
//! override it. The program only reads it.
//!
//! ```toml
//! player = "Alice Martin"
//! results = "/home/alice/key-account-results"
//!
//! [lrs]
//! url = "https://lrs.example.com/xAPI"
//! user = "key-account"          # or KEY_ACCOUNT_LRS_USER
//! password = "…"                # or KEY_ACCOUNT_LRS_PASSWORD
//! ```
//!
//! Credentials come from the environment or this file, never from a command-line argument (other
//! users can read those in the process list). The environment wins over the file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::Lang;
use crate::lrs::Lrs;
use crate::lrs::url::Origin;
use crate::tr;

/// A language as a person writes it (`zh-CN`, `zh_CN`, `en`), or a mistake that names the
/// languages the game speaks (the file's line and column are added by the caller).
fn language<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Lang>, D::Error> {
    let tag = String::deserialize(d)?;
    tag.parse::<Lang>()
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// Points at another settings file (tests, several trainees on one account).
pub const ENV_FILE: &str = "KEY_ACCOUNT_CONFIG";
pub const ENV_USER: &str = "KEY_ACCOUNT_LRS_USER";
pub const ENV_PASSWORD: &str = "KEY_ACCOUNT_LRS_PASSWORD";
/// A settings file larger than this is not one.
const MAX_FILE: u64 = 1024 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The language of the interface (`"zh-CN"`, `"en"`), unless `--lang` says otherwise.
    #[serde(default, deserialize_with = "language")]
    pub language: Option<Lang>,
    pub player: Option<String>,
    pub results: Option<PathBuf>,
    pub lrs: Option<LrsSection>,
}

#[derive(Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LrsSection {
    pub url: Option<String>,
    pub user: Option<String>,
    pub password: Option<String>,
}

impl std::fmt::Debug for LrsSection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LrsSection")
            .field("url", &self.url)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .finish()
    }
}

/// Where the settings file is: `KEY_ACCOUNT_CONFIG`, else the platform's config folder.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os(ENV_FILE) {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => dirs::config_dir().map(|d| d.join("key-account").join("config.toml")),
    }
}

/// Why the settings could not be used. Each displays as one line (in English;
/// [`ConfigError::message`] in another language); none has a `source()` (the cause is in the
/// line), and none shows a password.
#[derive(Debug)]
pub enum ConfigError {
    Read {
        path: PathBuf,
        why: std::io::Error,
    },
    NotSettings {
        path: PathBuf,
    },
    /// A mistake in the file: `at` is `:LINE:COLUMN` when known.
    Mistake {
        path: PathBuf,
        at: String,
        message: String,
    },
    /// A mistake on the password's line: what the parser said would show the value.
    Password {
        path: PathBuf,
        at: String,
    },
    EmptyPlayer,
    EmptyLrsUrl(String),
}

impl ConfigError {
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            ConfigError::Read { path, why } => tr!(
                lang,
                "lrs-settings-unreadable",
                file = shown(path),
                why = why.to_string()
            ),
            ConfigError::NotSettings { path } => {
                tr!(lang, "lrs-settings-not-settings", file = shown(path))
            }
            ConfigError::Mistake { path, at, message } => tr!(
                lang,
                "lrs-settings-mistake",
                file = shown(path),
                at = at,
                message = message
            ),
            ConfigError::Password { path, at } => {
                tr!(lang, "lrs-settings-password", file = shown(path), at = at)
            }
            ConfigError::EmptyPlayer => tr!(lang, "lrs-settings-empty-player"),
            ConfigError::EmptyLrsUrl(url) => tr!(
                lang,
                "lrs-settings-empty-url",
                url = format!("{:?}", crate::lrs::url::redact(url))
            ),
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ConfigError {}

/// Reads the settings file at `path`; a missing file is empty settings. The error names the
/// file, and the line and column of a mistake.
pub fn load_from(path: &Path) -> Result<Config, ConfigError> {
    let unreadable = |why| ConfigError::Read {
        path: path.to_path_buf(),
        why,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(unreadable(e)),
    };
    if !meta.is_file() || meta.len() > MAX_FILE {
        return Err(ConfigError::NotSettings {
            path: path.to_path_buf(),
        });
    }
    let text = std::fs::read_to_string(path).map_err(unreadable)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    toml::from_str(text).map_err(|e| {
        let span = e.span();
        let at = span
            .as_ref()
            .map(|s| {
                let before = &text[..s.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!(":{line}:{col}")
            })
            .unwrap_or_default();
        // The parser quotes the value it did not expect (`integer `12345``): never for the
        // password. Any mistake on a line that names it gets words of our own.
        let line_of = |i: usize| {
            let i = i.min(text.len());
            let start = text[..i].rfind('\n').map_or(0, |n| n + 1);
            let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
            &text[start..end]
        };
        let on_password = span.as_ref().is_none_or(|s| {
            line_of(s.start).contains("password") || line_of(s.end).contains("password")
        }) && text.contains("password");
        if on_password {
            return ConfigError::Password {
                path: path.to_path_buf(),
                at,
            };
        }
        ConfigError::Mistake {
            path: path.to_path_buf(),
            at,
            message: e.message().split_whitespace().collect::<Vec<_>>().join(" "),
        }
    })
}

/// True when people other than the owner can read the settings file at `path` and it holds a
/// password (Unix mode bits; elsewhere never).
pub fn readable_by_others(path: &Path, config: &Config) -> Option<u32> {
    let has_password = config.lrs.as_ref().is_some_and(|l| l.password.is_some());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
        (has_password && mode & 0o044 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = (path, has_password);
        None
    }
}

/// Reads the settings file (see [`path`]).
pub fn load() -> Result<Config, ConfigError> {
    match path() {
        Some(p) => load_from(&p),
        None => Ok(Config::default()),
    }
}

impl Config {
    /// The interface's language: the flag, else the settings file's `language`, else the
    /// system's (if the game speaks it), else English.
    pub fn language(&self, flag: Option<Lang>) -> Lang {
        flag.or(self.language)
            .or_else(crate::i18n::from_system)
            .unwrap_or_default()
    }
}

/// What a command runs with: flags over the settings file over the defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub player: String,
    /// Where records go; `None` when the platform has no data folder and none was given.
    pub results: Option<PathBuf>,
    pub lrs: Option<Lrs>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|s| !s.is_empty())
}

impl Config {
    /// The LRS to use: `url` (a flag) or the file's, with credentials from the environment, else
    /// from the file. `None` when no URL is set anywhere.
    pub fn lrs(&self, url: Option<&str>) -> Option<Lrs> {
        self.lrs_with(url, env(ENV_USER), env(ENV_PASSWORD))
    }

    /// [`Config::lrs`] with the environment's credentials given. The file's credentials go
    /// only to the file's own LRS (the origin of its `url`): a `url` flag naming another server
    /// gets the environment's credentials or none ([`Config::withholds`]).
    pub fn lrs_with(
        &self,
        url: Option<&str>,
        env_user: Option<String>,
        env_password: Option<String>,
    ) -> Option<Lrs> {
        let section = self.lrs.clone().unwrap_or_default();
        let url = url
            .map(str::to_string)
            .or(section.url.clone())
            .filter(|u| !u.trim().is_empty())?;
        let (user, password) = if self.file_credentials_go_to(&url) {
            (section.user, section.password)
        } else {
            (None, None)
        };
        Some(Lrs {
            url,
            user: env_user.or(user),
            password: env_password.or(password),
        })
    }

    /// True when the file's credentials may go to `url`: it has the origin of the file's own.
    fn file_credentials_go_to(&self, url: &str) -> bool {
        let own = self.lrs.as_ref().and_then(|l| l.url.as_deref());
        match (own.and_then(Origin::of), Origin::of(url)) {
            (Some(own), Some(to)) => own == to,
            _ => false,
        }
    }

    /// True when the file has credentials that would have been used for `url` but are not,
    /// because `url` is not the file's LRS (the environment's give what they give).
    pub fn withholds(&self, url: &str, env_user: Option<&str>, env_password: Option<&str>) -> bool {
        let Some(section) = &self.lrs else {
            return false;
        };
        let would = (section.user.is_some() && env_user.is_none())
            || (section.password.is_some() && env_password.is_none());
        would && !self.file_credentials_go_to(url)
    }

    /// Flags over this file over the defaults. An empty player name is refused.
    pub fn settings(
        &self,
        player: Option<&str>,
        results: Option<&Path>,
        lrs_url: Option<&str>,
    ) -> Result<Settings, ConfigError> {
        let player = match player.map(str::to_string).or_else(|| self.player.clone()) {
            Some(p) if p.trim().is_empty() => return Err(ConfigError::EmptyPlayer),
            Some(p) => p.trim().to_string(),
            None => crate::record::default_player(),
        };
        Ok(Settings {
            player,
            results: results
                .map(Path::to_path_buf)
                .or_else(|| self.results.clone())
                .or_else(crate::record::default_dir),
            lrs: self.lrs(lrs_url),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("config.toml");
        std::fs::write(&p, text).expect("write");
        (dir, p)
    }

    #[test]
    fn a_missing_settings_file_is_empty_settings() {
        let dir = tempfile::tempdir().expect("tempdir");
        let c = load_from(&dir.path().join("none.toml")).expect("empty");
        assert_eq!(c, Config::default());
        assert_eq!(c.lrs(None), None);
    }

    #[test]
    fn flags_override_the_file_and_the_environment_overrides_its_credentials() {
        let (_d, p) = write(
            "player = \"Alice\"\nresults = \"/r\"\n[lrs]\nurl = \"http://h/xAPI\"\nuser = \
             \"u\"\npassword = \"p\"\n",
        );
        let c = load_from(&p).expect("reads");
        let s = c
            .settings(None, None, None)
            .expect("settings from the file");
        assert_eq!(s.player, "Alice");
        assert_eq!(s.results.as_deref(), Some(Path::new("/r")));
        let s = c
            .settings(
                Some("Bob"),
                Some(Path::new("/b")),
                Some("http://other/xAPI"),
            )
            .expect("flags");
        assert_eq!(s.player, "Bob");
        assert_eq!(s.results.as_deref(), Some(Path::new("/b")));
        // The file's credentials go to the file's own LRS only (any path on its origin).
        let lrs = c
            .lrs_with(Some("http://other/xAPI"), None, None)
            .expect("lrs");
        assert_eq!(lrs.url, "http://other/xAPI");
        assert_eq!((lrs.user, lrs.password), (None, None));
        assert!(c.withholds("http://other/xAPI", None, None));
        assert!(!c.withholds("http://other/xAPI", Some("e"), Some("f")));
        let lrs = c
            .lrs_with(Some("http://H:80/v2/"), None, None)
            .expect("lrs");
        assert_eq!(lrs.user.as_deref(), Some("u"));
        assert!(!c.withholds("http://H:80/v2/", None, None));
        let lrs = c
            .lrs_with(Some("http://other/xAPI"), Some("e".into()), None)
            .expect("lrs");
        assert_eq!((lrs.user.as_deref(), lrs.password), (Some("e"), None));
        let lrs = c
            .lrs_with(None, Some("env-user".into()), Some("env-pw".into()))
            .expect("lrs");
        assert_eq!(lrs.url, "http://h/xAPI");
        assert_eq!(lrs.user.as_deref(), Some("env-user"));
        assert_eq!(lrs.password.as_deref(), Some("env-pw"));
        assert!(
            !format!("{lrs:?}").contains("env-pw"),
            "Debug hides the password"
        );
    }

    #[test]
    fn an_empty_player_name_is_refused() {
        let c = Config::default();
        let e = c.settings(Some("  "), None, None).expect_err("refused");
        assert!(e.to_string().contains("player name is empty"), "{e}");
        let (_d, p) = write("player = \"\"\n");
        let e = load_from(&p)
            .expect("reads")
            .settings(None, None, None)
            .expect_err("refused");
        assert!(e.to_string().contains("player name is empty"), "{e}");
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_file() {
        let (_d, p) = write("language = \"zh_CN\"\n");
        let c = load_from(&p).expect("reads");
        assert_eq!(c.language, Some(Lang::ZhCn));
        assert_eq!(c.language(None), Lang::ZhCn);
        assert_eq!(c.language(Some(Lang::En)), Lang::En);
        let (_d, p) = write("player = \"A\"\nlanguage = \"fr\"\n");
        let e = load_from(&p).expect_err("not a language").to_string();
        assert!(e.contains("config.toml:2:12"), "{e}");
        assert!(e.contains("en, zh-CN"), "{e}");
    }

    #[test]
    fn a_password_that_is_not_text_is_never_shown() {
        for text in [
            "[lrs]\nurl = \"http://h/x\"\npassword = 12345\n",
            "lrs = { url = \"http://h/x\", password = 987654 }\n",
            "[lrs]\npassword = [\"hunter2\"]\n",
        ] {
            let (_d, p) = write(text);
            let e = load_from(&p).expect_err("not text");
            let shown = e.to_string();
            for secret in ["12345", "987654", "hunter2"] {
                assert!(!shown.contains(secret), "{shown}");
            }
            assert!(shown.contains("must be text in quotes"), "{shown}");
            assert!(!e.message(Lang::ZhCn).contains("12345"));
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_password_file_others_can_read_is_noticed() {
        use std::os::unix::fs::PermissionsExt;
        let (_d, p) = write("[lrs]\nurl = \"http://h/x\"\npassword = \"p\"\n");
        let c = load_from(&p).expect("reads");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        assert_eq!(readable_by_others(&p, &c), Some(0o644));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        assert_eq!(readable_by_others(&p, &c), None);
        assert_eq!(readable_by_others(&p, &Config::default()), None);
    }

    #[test]
    fn a_mistake_in_the_settings_file_names_the_line() {
        let (_d, p) = write("player = \"A\"\n[lrs]\nulr = \"http://x\"\n");
        let e = load_from(&p).expect_err("unknown field").to_string();
        assert!(e.contains("config.toml:3:1"), "{e}");
        assert!(e.contains("ulr"), "{e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }
}
