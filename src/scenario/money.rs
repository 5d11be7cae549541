//! Numbers as a trainee reads them: money in the scenario's currency ("1,500,000 yuan", "1.5 M
//! yuan", "$260"), days ("1 day", "3 days") and shares ("85%"). One place, so the game, `play`,
//! the debrief, `report` and the records' display all write a price the same way.

use super::model::ScenarioFile;

/// How one scenario writes money. A currency that ends in a letter is a word written after the
/// amount ("260 yuan"); anything else is a symbol written before it ("$260", "US$260", "€1.5 M").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money<'a> {
    currency: &'a str,
}

impl ScenarioFile {
    /// How this scenario writes money (its `currency`).
    pub fn money(&self) -> Money<'_> {
        Money::new(&self.currency)
    }
}

impl<'a> Money<'a> {
    pub fn new(currency: &'a str) -> Money<'a> {
        Money {
            currency: currency.trim(),
        }
    }

    /// An amount at the scale it is read: a million and more as "1.5 M", below that with
    /// thousands separators ("300,000"); cents only below a thousand, and only when there are any.
    /// A currency written in Chinese or Japanese characters (元, 円) reads as those languages
    /// count: by ten thousands (万) and hundred millions (亿): "150万元".
    pub fn format(&self, amount: f64) -> String {
        if self.east_asian() {
            return self.with_currency(&short_east_asian(amount));
        }
        self.with_currency(&short(amount))
    }

    /// Whether the currency is a word in Han characters (元, 日元, 円), written right after the
    /// number ("260元") and counted in 万.
    fn east_asian(&self) -> bool {
        self.currency
            .chars()
            .last()
            .is_some_and(|c| matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}'))
    }

    /// Every digit, with thousands separators ("1,500,000 yuan"): where the exact figure matters,
    /// such as a budget limit.
    pub fn exact(&self, amount: f64) -> String {
        self.with_currency(&grouped(amount))
    }

    fn with_currency(&self, number: &str) -> String {
        let c = self.currency;
        if c.is_empty() {
            return number.to_string();
        }
        if self.east_asian() {
            return format!("{number}{c}");
        }
        let word = c.chars().last().is_some_and(char::is_alphabetic);
        match (word, number.strip_prefix('-')) {
            (true, _) => format!("{number} {c}"),
            (false, Some(positive)) => format!("-{c}{positive}"),
            (false, None) => format!("{c}{number}"),
        }
    }
}

/// "1.5 M", "8 M", "2.25 bn", "300,000", "260", "247.50".
fn short(amount: f64) -> String {
    if !amount.is_finite() {
        return "?".into();
    }
    let abs = amount.abs();
    let sign = if amount < 0.0 { "-" } else { "" };
    for (unit, size) in [("bn", 1e9), ("M", 1e6)] {
        if abs >= size {
            let scaled = trim_decimals(&format!("{:.2}", abs / size));
            return format!("{sign}{scaled} {unit}");
        }
    }
    grouped(amount)
}

/// "150万", "1.5亿", "5,000", "260": ten thousand and more in 万, a hundred million in 亿.
fn short_east_asian(amount: f64) -> String {
    if !amount.is_finite() {
        return "?".into();
    }
    let abs = amount.abs();
    let sign = if amount < 0.0 { "-" } else { "" };
    for (unit, size) in [("亿", 1e8), ("万", 1e4)] {
        if abs >= size {
            let scaled = trim_decimals(&format!("{:.2}", abs / size));
            return format!("{sign}{scaled}{unit}");
        }
    }
    grouped(amount)
}

/// Thousands separators; two decimals only below a thousand, and only when not a whole number.
fn grouped(amount: f64) -> String {
    if !amount.is_finite() {
        return "?".into();
    }
    let abs = amount.abs();
    let sign = if amount < 0.0 { "-" } else { "" };
    let cents = (abs * 100.0).round() as u64;
    if abs < 1000.0 && !cents.is_multiple_of(100) {
        return format!("{sign}{}.{:02}", cents / 100, cents % 100);
    }
    let whole = abs.round() as u64;
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if whole == 0 {
        return out;
    }
    format!("{sign}{out}")
}

fn trim_decimals(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// "1 day", "3 days", "0 days".
pub fn days(n: u32) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

/// A share 0-1 as a whole percentage: "85%". Above zero but under one half shows as "<1%", so a
/// small risk never reads as none.
pub fn percent(share: f32) -> String {
    let p = share * 100.0;
    if p > 0.0 && p < 0.5 {
        "<1%".into()
    } else {
        format!("{:.0}%", p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_at_their_scale() {
        let yuan = Money::new("yuan");
        assert_eq!(yuan.format(1_500_000.0), "1.5 M yuan");
        assert_eq!(yuan.format(8_000_000.0), "8 M yuan");
        assert_eq!(yuan.format(1_234_567.0), "1.23 M yuan");
        assert_eq!(yuan.format(2_250_000_000.0), "2.25 bn yuan");
        assert_eq!(yuan.format(300_000.0), "300,000 yuan");
        assert_eq!(yuan.format(5000.0), "5,000 yuan");
        assert_eq!(yuan.format(260.0), "260 yuan");
        assert_eq!(yuan.format(247.5), "247.50 yuan");
        assert_eq!(yuan.format(0.0), "0 yuan");
        assert_eq!(yuan.exact(1_500_000.0), "1,500,000 yuan");
        assert_eq!(yuan.exact(999_999.6), "1,000,000 yuan");
    }

    #[test]
    fn symbols_go_before_and_words_after() {
        assert_eq!(Money::new("$").format(1_500_000.0), "$1.5 M");
        assert_eq!(Money::new("US$").format(260.0), "US$260");
        assert_eq!(Money::new("€").format(-1200.0), "-€1,200");
        assert_eq!(Money::new("EUR").format(-1200.0), "-1,200 EUR");
        assert_eq!(Money::new("").format(8_000_000.0), "8 M");
        assert_eq!(Money::new("").format(f64::NAN), "?");
    }

    #[test]
    fn chinese_currency_counts_in_ten_thousands() {
        let yuan = Money::new("元");
        assert_eq!(yuan.format(1_500_000.0), "150万元");
        assert_eq!(yuan.format(15_000.0), "1.5万元");
        assert_eq!(yuan.format(230_000_000.0), "2.3亿元");
        assert_eq!(yuan.format(5000.0), "5,000元");
        assert_eq!(yuan.format(247.5), "247.50元");
        assert_eq!(yuan.format(-260.0), "-260元");
        assert_eq!(yuan.exact(1_500_000.0), "1,500,000元");
        assert_eq!(Money::new("日元").format(30_000.0), "3万日元");
    }

    #[test]
    fn days_and_shares_read_naturally() {
        assert_eq!(days(1), "1 day");
        assert_eq!(days(0), "0 days");
        assert_eq!(days(3), "3 days");
        assert_eq!(percent(0.85), "85%");
        assert_eq!(percent(0.001), "<1%");
        assert_eq!(percent(0.0), "0%");
    }
}
