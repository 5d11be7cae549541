//! A RON parse error in a trainer's words: the slip it most likely is (a plain quote inside a
//! text, a condition's form in `effects`), the field or name that is wrong with the ones that
//! would fit, or ron's own sentence from the catalogue, at the line and column.

use super::diag::{Sink, closest, offset_of};
use super::{Code, Severity, model};
use crate::i18n::Msg;
use crate::msg;

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a parse error tells a trainer: its code, message, label and help.
type Problem = (Code, Msg, Msg, Option<Msg>);

pub(super) fn push_parse_error(sink: &mut Sink, src: &str, e: &ron::error::SpannedError) {
    let start = offset_of(src, e.span.start.line, e.span.start.col);
    let mut end = offset_of(src, e.span.end.line, e.span.end.col).max(start);
    if end == start {
        end = src[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    if let Some((span, problem)) = common_slip(src, start) {
        let (code, message, label, help) = problem;
        sink.push(Severity::Error, code, span, message, label, help);
        return;
    }
    let (code, message, label, help) = names(&e.code)
        .or_else(|| values(&e.code))
        .unwrap_or_else(|| syntax(&e.code));
    sink.push(Severity::Error, code, start..end, message, label, help);
}

/// Two slips that RON reports far from their cause, said as what they are: a plain double
/// quote inside a text (which ends it early: "expected a comma" after it), and a relationship
/// effect naming a person the way a condition does (`Relationship("fang", 20)` in `effects`).
fn common_slip(src: &str, start: usize) -> Option<(std::ops::Range<usize>, Problem)> {
    let before = src.get(..start)?;
    let here = src.get(start..)?.chars().next()?;
    if before.ends_with('"')
        && !matches!(here, ',' | ')' | ']' | '}' | ':')
        && !here.is_whitespace()
    {
        // The quote that ended the text is the one before the error.
        let quote = start - 1;
        return Some((
            quote..start,
            (
                Code::Syntax,
                msg!("check-unescaped-quote"),
                msg!("check-unescaped-quote-label"),
                Some(msg!("check-unescaped-quote-help")),
            ),
        ));
    }
    if here == '"' && before.trim_end().ends_with("Relationship(") {
        let id_end = src[start + 1..]
            .find('"')
            .map_or(start + 1, |k| start + k + 2);
        return Some((
            start..id_end,
            (
                Code::Syntax,
                msg!("check-effect-relationship-form"),
                msg!("check-effect-relationship-form-label"),
                Some(msg!("check-effect-relationship-form-help")),
            ),
        ));
    }
    None
}

/// Fields, names and map keys: unknown, missing or written twice. A message comes in two
/// forms, with and without the struct or enum (`outer`) the name is looked up in.
fn names(e: &ron::Error) -> Option<Problem> {
    use ron::Error as E;
    Some(match e {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            Code::UnknownField,
            match outer {
                Some(o) => msg!("check-unknown-field-in", found = found, outer = o),
                None => msg!("check-unknown-field", found = found),
            },
            msg!("check-unknown-field-label"),
            Some(match closest(found, expected.iter().copied()) {
                Some(best) => msg!(
                    "check-unknown-field-help-typo",
                    best = best,
                    fields = list(expected)
                ),
                None => msg!("check-unknown-field-help", fields = list(expected)),
            }),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            Code::UnknownVariant,
            match outer {
                Some(o) => msg!("check-unknown-variant-in", found = found, outer = o),
                None => msg!("check-unknown-variant", found = found),
            },
            msg!("check-unknown-variant-label"),
            Some(match closest(found, expected.iter().copied()) {
                Some(best) => msg!(
                    "check-unknown-variant-help-typo",
                    best = best,
                    choices = list(expected)
                ),
                None => msg!("check-unknown-variant-help", choices = list(expected)),
            }),
        ),
        E::MissingStructField { field, outer } => (
            Code::MissingField,
            match outer {
                Some(o) => msg!("check-missing-field-in", field = *field, outer = o),
                None => msg!("check-missing-field", field = *field),
            },
            msg!("check-missing-field-label", field = *field),
            Some(msg!("check-missing-field-help", field = *field)),
        ),
        E::DuplicateStructField { field, outer } => (
            Code::DuplicateField,
            match outer {
                Some(o) => msg!("check-duplicate-field-in", field = *field, outer = o),
                None => msg!("check-duplicate-field", field = *field),
            },
            msg!("check-duplicate-field-label"),
            Some(msg!("check-duplicate-field-help")),
        ),
        E::Message(m) if m.starts_with(model::DUPLICATE_KEY) => (
            Code::DuplicateKey,
            msg!(
                "check-duplicate-key",
                key = m.trim_start_matches(model::DUPLICATE_KEY).trim()
            ),
            msg!("check-duplicate-key-label"),
            Some(msg!("check-duplicate-key-help")),
        ),
        _ => return None,
    })
}

/// A value of the wrong kind for its field.
fn values(e: &ron::Error) -> Option<Problem> {
    use ron::Error as E;
    let wrong =
        |message: Msg, label: Msg, help: Msg| Some((Code::WrongType, message, label, Some(help)));
    match e {
        E::ExpectedInteger | E::IntegerOutOfBounds => wrong(
            msg!("check-expected-integer"),
            msg!("check-expected-integer-label"),
            msg!("check-expected-integer-help"),
        ),
        E::ExpectedFloat => wrong(
            msg!("check-expected-float"),
            msg!("check-expected-float-label"),
            msg!("check-expected-float-help"),
        ),
        E::ExpectedString => wrong(
            msg!("check-expected-string"),
            msg!("check-expected-string-label"),
            msg!("check-expected-string-help"),
        ),
        E::ExpectedBoolean => wrong(
            msg!("check-expected-boolean"),
            msg!("check-expected-boolean-label"),
            msg!("check-expected-boolean-help"),
        ),
        E::ExpectedArray => wrong(
            msg!("check-expected-list"),
            msg!("check-expected-list-label"),
            msg!("check-expected-list-help"),
        ),
        E::ExpectedMap => wrong(
            msg!("check-expected-map"),
            msg!("check-expected-map-label"),
            msg!("check-expected-map-help"),
        ),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => wrong(
            msg!("check-expected-struct"),
            msg!("check-expected-struct-label"),
            msg!("check-expected-struct-help"),
        ),
        // `expected` and `found` are serde's words ("a boolean", "the string \"x\"").
        E::InvalidValueForType { expected, found } => wrong(
            msg!("check-invalid-value", expected = expected, found = found),
            msg!("check-wrong-type-label"),
            msg!("check-invalid-value-help", expected = expected),
        ),
        // serde's own sentence: "invalid type: string \"x\", expected u32".
        E::Message(m) if m.contains("invalid type") || m.contains("invalid length") => wrong(
            msg!("check-wrong-type-detail", detail = m),
            msg!("check-wrong-type-label"),
            msg!("check-wrong-type-detail-help"),
        ),
        _ => None,
    }
}

/// Everything else: brackets, commas, quotes, and what ron says in its own words.
fn syntax(e: &ron::Error) -> Problem {
    use ron::Error as E;
    let (message, label, help) = match e {
        E::ExpectedComma => (
            msg!("check-expected-comma"),
            msg!("check-expected-comma-label"),
            msg!("check-expected-comma-help"),
        ),
        E::Eof => (
            msg!("check-eof"),
            msg!("check-eof-label"),
            msg!("check-eof-help"),
        ),
        E::ExpectedStringEnd => (
            msg!("check-unclosed-string"),
            msg!("check-unclosed-string-label"),
            msg!("check-unclosed-string-help"),
        ),
        E::TrailingCharacters => (
            msg!("check-trailing"),
            msg!("check-trailing-label"),
            msg!("check-trailing-help"),
        ),
        E::ExpectedArrayEnd | E::ExpectedMapEnd | E::ExpectedStructLikeEnd => {
            let bracket = match e {
                E::ExpectedArrayEnd => "]",
                E::ExpectedMapEnd => "}",
                _ => ")",
            };
            (
                msg!("check-expected-closing", bracket = bracket),
                msg!("check-expected-closing-label"),
                msg!("check-expected-closing-help"),
            )
        }
        E::ExpectedMapColon => (
            msg!("check-expected-colon"),
            msg!("check-expected-colon-label"),
            msg!("check-expected-colon-help"),
        ),
        other => (
            ron_words(other),
            msg!("check-syntax-detail-label"),
            msg!("check-syntax-detail-help"),
        ),
    };
    (Code::Syntax, message, label, Some(help))
}

/// The parser's own sentence for the rest of its errors: the common ones from the catalogue
/// (in English word for word as ron's `Display` writes them), the rare ones as ron writes them.
fn ron_words(e: &ron::Error) -> Msg {
    use ron::Error as E;
    match e {
        E::ExpectedIdentifier => msg!("check-ron-expected-identifier"),
        E::ExpectedUnit => msg!("check-ron-expected-unit"),
        E::ExpectedOption => msg!("check-ron-expected-option"),
        E::UnclosedBlockComment => msg!("check-ron-unclosed-comment"),
        E::FloatUnderscore => msg!("check-ron-float-underscore"),
        E::UnderscoreAtBeginning => msg!("check-ron-leading-underscore"),
        E::UnexpectedChar(c) => msg!("check-ron-unexpected-char", character = format!("{c:?}")),
        E::InvalidIntegerDigit { digit, base } => msg!(
            "check-ron-invalid-digit",
            digit = format!("{digit:?}"),
            base = *base
        ),
        E::InvalidIdentifier(s) => {
            msg!(
                "check-ron-invalid-identifier",
                identifier = format!("{s:?}")
            )
        }
        E::SuggestRawIdentifier(s) => msg!(
            "check-ron-raw-identifier",
            quoted = format!("{s:?}"),
            identifier = s
        ),
        E::ExpectedDifferentLength { expected, found } => {
            msg!("check-ron-length", expected = expected, found = *found)
        }
        // The names as ron quotes them (`Name`, `r#name`), taken from its sentence.
        E::ExpectedDifferentStructName { .. } => {
            let words = e.to_string();
            match words
                .strip_prefix("Expected struct ")
                .and_then(|rest| rest.split_once(" but found "))
            {
                Some((expected, found)) => {
                    msg!("check-ron-struct-name", expected = expected, found = found)
                }
                None => msg!("check-syntax-detail", detail = words),
            }
        }
        // ron has dozens of rare errors, each with its sentence.
        other => msg!("check-syntax-detail", detail = other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The parser errors worded by the catalogue read in English exactly as ron writes them.
    #[test]
    fn ron_errors_in_english_are_rons_own_words() {
        use ron::Error as E;
        let errors = [
            E::ExpectedIdentifier,
            E::ExpectedUnit,
            E::ExpectedOption,
            E::UnclosedBlockComment,
            E::FloatUnderscore,
            E::UnderscoreAtBeginning,
            E::UnexpectedChar(','),
            E::UnexpectedChar('\''),
            E::UnexpectedChar('\n'),
            E::InvalidIntegerDigit {
                digit: 'e',
                base: 10,
            },
            E::InvalidIdentifier("a\"b".into()),
            E::SuggestRawIdentifier("a.b".into()),
            E::ExpectedDifferentStructName {
                expected: "Scenario",
                found: "Scenari".into(),
            },
            E::ExpectedDifferentStructName {
                expected: "Scenario",
                found: "a b".into(),
            },
            E::ExpectedDifferentLength {
                expected: "tuple variant Effect::Score with 2 elements".into(),
                found: 0,
            },
            E::ExpectedDifferentLength {
                expected: "a tuple of size 3".into(),
                found: 1,
            },
            E::ExpectedDifferentLength {
                expected: "a tuple of size 3".into(),
                found: 2,
            },
            E::ExpectedRangeSyntax,
        ];
        for e in errors {
            let (code, message, ..) = syntax(&e);
            assert_eq!(code, Code::Syntax);
            assert_eq!(message.render(Lang::En), e.to_string(), "{e:?}");
            assert_ne!(message.render(Lang::ZhCn), e.to_string(), "{e:?}");
        }
    }
}
