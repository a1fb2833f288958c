//! Numbers written the Vietnamese way: `.` groups thousands, `,` is the decimal mark.

use std::fmt::Write as _;

use rust_decimal::Decimal;

/// What a cell of the statistics appendix holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Empty, `-`, `—`: the unit gave no figure.
    Blank,
    /// A number, with whether a `%` followed it.
    Number { value: Decimal, percent_sign: bool },
    /// Anything else.
    NotANumber,
}

/// Reads one appendix cell. `1.234` is one thousand two hundred thirty-four, `12,5` is
/// twelve and a half, `67,8%` is a percent; `1.5` (a group that is not three digits) is
/// not a number.
pub fn parse_cell(raw: &str) -> Cell {
    let text: String = raw
        .chars()
        .filter(|c| !matches!(c, '\u{00A0}' | '\u{202F}' | '\u{200B}' | '*' | '_'))
        .collect();
    let text = text.trim();
    if matches!(text, "" | "-" | "–" | "—" | "x" | "X" | "…" | "...") {
        return Cell::Blank;
    }
    let (text, percent_sign) = match text.strip_suffix('%') {
        Some(rest) => (rest.trim_end(), true),
        None => (text, false),
    };
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match digits.split_once(',') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    if !valid_whole(whole) || fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return Cell::NotANumber;
    }
    let mut plain: String = whole.chars().filter(|c| *c != '.').collect();
    if let Some(f) = fraction {
        plain.push('.');
        plain.push_str(f);
    }
    match plain.parse::<Decimal>() {
        Ok(value) => Cell::Number {
            value: if negative { -value } else { value },
            percent_sign,
        },
        Err(_) => Cell::NotANumber,
    }
}

/// Plain digits, or 1–3 digits followed by groups of exactly three after each `.`.
fn valid_whole(whole: &str) -> bool {
    let mut groups = whole.split('.');
    let Some(first) = groups.next() else {
        return false;
    };
    let all_digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(first) {
        return false;
    }
    let rest: Vec<&str> = groups.collect();
    rest.is_empty() || (first.len() <= 3 && rest.iter().all(|g| g.len() == 3 && all_digits(g)))
}

/// Formats a whole number with `.` between thousands: 90584 → `90.584`.
pub fn format_count(value: u64) -> String {
    group_thousands(&value.to_string())
}

/// Puts `.` between groups of three in a string of digits, whatever its length.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Formats a decimal to `places` places, rounding half away from zero, with `,` as the
/// decimal mark and `.` between thousands: 67.85 → `67,9` (one place).
pub fn format_decimal(value: Decimal, places: u32) -> String {
    let rounded = value.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.*}", places as usize, rounded.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    out.push_str(&group_thousands(whole));
    if !fraction.is_empty() {
        let _ = write!(out, ",{fraction}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Decimal {
        match parse_cell(s) {
            Cell::Number { value, .. } => value,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn vietnamese_grouping_and_decimal_mark() {
        assert_eq!(num("1.234"), Decimal::from(1234));
        assert_eq!(num("2.071.000"), Decimal::from(2_071_000));
        assert_eq!(num("12,5"), Decimal::new(125, 1));
        assert_eq!(num("6,9%"), Decimal::new(69, 1));
        assert_eq!(num("1.234,5"), Decimal::new(12345, 1));
        assert_eq!(num("-3"), Decimal::from(-3));
        assert_eq!(num("1234"), Decimal::from(1234));
    }

    #[test]
    fn blanks_and_garbage() {
        for blank in ["", " - ", "—", "–"] {
            assert_eq!(parse_cell(blank), Cell::Blank);
        }
        for bad in ["khoảng 70", "1.5", "67.8", "12,", "1..2", "abc", "1.2345"] {
            assert_eq!(parse_cell(bad), Cell::NotANumber, "{bad}");
        }
    }

    #[test]
    fn formatting() {
        assert_eq!(format_count(90584), "90.584");
        assert_eq!(format_count(584), "584");
        assert_eq!(format_count(1_000_000), "1.000.000");
        assert_eq!(format_decimal(Decimal::new(6785, 2), 1), "67,9");
        assert_eq!(format_decimal(Decimal::new(1234567, 1), 1), "123.456,7");
        // Beyond u64: the digits are grouped as they are, never lost.
        let huge = Decimal::from(u64::MAX) * Decimal::from(10);
        assert_eq!(format_decimal(huge, 0), "184.467.440.737.095.516.150");
    }
}
