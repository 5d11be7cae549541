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

/// The system's language, if it is one the game ships: the first of the user's preferred
/// languages that names one (`LC_ALL`, `LC_MESSAGES`, `LANG` on Unix, the user's language
/// settings on Windows and macOS; read by the `sys-locale` crate).
pub fn from_system() -> Option<Lang> {
    sys_locale::get_locales().find_map(|tag| parse_tag(&tag))
}
