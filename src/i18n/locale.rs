//! Which language to speak: a tag as a user or the system writes it, mapped onto the languages
//! the game ships.

use super::Lang;

/// Reads a BCP 47 tag or a POSIX locale (`zh_CN.UTF-8`, `en_GB@euro`), case-insensitively.
/// Chinese written in simplified characters (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`) is `zh-CN`;
/// traditional (`zh-TW`, `zh-HK`, `zh-Hant`) is not shipped and gives `None`.
pub fn parse_tag(tag: &str) -> Option<Lang> {
    // POSIX: language_TERRITORY.codeset@modifier
    let tag = tag.split(['.', '@']).next().unwrap_or("").trim();
    let parts: Vec<String> = tag
        .split(['-', '_'])
        .map(|p| p.to_ascii_lowercase())
        .collect();
    match parts.first().map(String::as_str) {
        Some("en") => Some(Lang::En),
        Some("zh") => {
            let rest = &parts[1..];
            let traditional = rest
                .iter()
                .any(|p| matches!(p.as_str(), "hant" | "tw" | "hk" | "mo"));
            let simplified = rest.iter().any(|p| p == "hans");
            (simplified || !traditional).then_some(Lang::ZhCn)
        }
        _ => None,
    }
}

/// The system's language, if it is one the game ships. On Unix as gettext reads it: the first
/// of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set is the locale; unless it is `C` or `POSIX`,
/// `LANGUAGE` may list preferred languages before it (`fr:zh_CN`: the first the game speaks).
/// Elsewhere the user's preferred languages (the `sys-locale` crate).
pub fn from_system() -> Option<Lang> {
    #[cfg(unix)]
    {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        from_unix(
            var("LANGUAGE").as_deref(),
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(var)
                .as_deref(),
        )
    }
    #[cfg(not(unix))]
    {
        sys_locale::get_locales().find_map(|tag| parse_tag(&tag))
    }
}

/// [`from_system`] on Unix, from `LANGUAGE` and the locale.
pub fn from_unix(language: Option<&str>, locale: Option<&str>) -> Option<Lang> {
    let plain = locale.is_none_or(|l| {
        let l = l.split(['.', '@']).next().unwrap_or("");
        l == "C" || l == "POSIX"
    });
    if !plain && let Some(found) = language.and_then(|list| list.split(':').find_map(parse_tag)) {
        return Some(found);
    }
    locale.and_then(parse_tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_is_read_as_gettext_reads_it() {
        assert_eq!(from_unix(None, Some("zh_CN.UTF-8")), Some(Lang::ZhCn));
        assert_eq!(from_unix(None, Some("C.UTF-8")), None);
        assert_eq!(
            from_unix(Some("zh_CN"), Some("C")),
            None,
            "LANGUAGE is ignored under C"
        );
        assert_eq!(
            from_unix(Some("fr:zh_CN:en"), Some("fr_FR.UTF-8")),
            Some(Lang::ZhCn)
        );
        assert_eq!(from_unix(None, Some("fr_FR.UTF-8")), None);
        assert_eq!(from_unix(None, None), None);
    }
}
