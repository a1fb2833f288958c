//! Dates as Vietnamese documents write them, and the instants a report was sent.

use std::sync::LazyLock;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use regex::Regex;

use crate::text::fold::fold_name;
use crate::text::lang::Lang;

static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{2}|\d{4})$").expect("date pattern is valid")
});

/// Three numbers with one kind of separator between them: `15/4/2026`, `15-04-2026`,
/// `15.04.2026`, `2026-04-15`, `15/4/26`.
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+)\s*([/.-])\s*(\d+)\s*([/.-])\s*(\d+)$").expect("date pattern is valid"));

/// The forms `parse_date` reads, for help and messages.
pub const FORMS: &str =
    "15/4/2026, 15/04/2026, 15-04-2026, 15.04.2026, 15/4/26, 2026-04-15, ngày 15/4/2026, ngày 15 tháng 4 năm 2026";

/// Why a text is not read as a date. Only what could mean two days, or none, is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not three numbers in any form read here.
    Unrecognised,
    /// Day and month without a year (`15/4`): which year is not for the tool to guess.
    NoYear,
    /// `15/04-2026`: two different separators, most likely a typo in one of them.
    MixedSeparators,
    /// A year of one, three or more than four digits.
    BadYear,
    /// `04/15/2026`: the month is over 12 while the day is not: month and day swapped
    /// (the American order), which for smaller numbers cannot be told from the Vietnamese.
    MonthFirst,
    /// A day the calendar does not have (`30/2/2026`).
    Impossible,
}

impl DateError {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            DateError::Unrecognised => lang.pick("không đọc được là ngày tháng", "is not a date in any accepted form"),
            DateError::NoYear => lang.pick(
                "thiếu năm (viết đủ ngày/tháng/năm)",
                "has no year (write day/month/year)",
            ),
            DateError::MixedSeparators => lang.pick(
                "dùng hai loại dấu ngăn cách khác nhau; hãy dùng một loại (/ hoặc - hoặc .)",
                "mixes two separators; use one (/ or - or .)",
            ),
            DateError::BadYear => lang.pick(
                "năm phải có 4 chữ số (hoặc 2 chữ số, hiểu là 20xx)",
                "the year must have 4 digits (or 2, read as 20xx)",
            ),
            DateError::MonthFirst => lang.pick(
                "tháng lớn hơn 12: có lẽ đã viết tháng trước ngày; ngày viết trước tháng (15/4/2026)",
                "the month is over 12: month and day seem swapped; write the day first (15/4/2026)",
            ),
            DateError::Impossible => lang.pick("không có ngày này trong lịch", "no such day in the calendar"),
        }
    }
}

/// Reads a date in any of the [`FORMS`]; an impossible date (`30/2/2026`) is `None`.
pub fn parse_date(text: &str) -> Option<Date> {
    read_date(text).ok()
}

/// Reads a date the ways people type one in Vietnamese (day first), and says why not.
/// Two-digit years are this century's: reports are about 2015–2030, and `26` could be
/// nothing else.
pub fn read_date(text: &str) -> Result<Date, DateError> {
    // Every form read opens with a digit of any script (the patterns' `\d`; a sign counts:
    // `small` takes `+5`) or with `ngày`: any other text is refused before it is folded.
    // Header and title lines of every report are tried as dates.
    let first = text
        .chars()
        .find(|&c| !(c.is_whitespace() || crate::text::fold::is_odd_space(c)));
    if !first.is_some_and(|c| c.is_numeric() || matches!(c, '+' | '-' | 'n' | 'N')) {
        return Err(DateError::Unrecognised);
    }
    let folded = fold_name(text);
    let text = folded.strip_prefix("ngày").map_or(folded.as_str(), str::trim_start);
    let (year, month, day) = if let Some(c) = WRITTEN.captures(text) {
        (year(&c[3])?, small(&c[2])?, small(&c[1])?)
    } else if let Some(c) = NUMERIC.captures(text) {
        if c[2] != c[4] {
            return Err(DateError::MixedSeparators);
        }
        if c[1].len() == 4 {
            // Year first is ISO's order (`2026-04-15`, also `2026/4/15`): never ambiguous.
            (year(&c[1])?, small(&c[3])?, small(&c[5])?)
        } else {
            (year(&c[5])?, small(&c[3])?, small(&c[1])?)
        }
    } else if text.split(['/', '-', '.']).count() == 2 && text.split(['/', '-', '.']).all(|p| small(p.trim()).is_ok()) {
        return Err(DateError::NoYear);
    } else {
        return Err(DateError::Unrecognised);
    };
    if month > 12 && day <= 12 {
        return Err(DateError::MonthFirst);
    }
    Date::new(year, month, day).map_err(|_| DateError::Impossible)
}

fn year(text: &str) -> Result<i16, DateError> {
    let value: i16 = text.parse().map_err(|_| DateError::BadYear)?;
    match text.len() {
        2 => Ok(2000 + value),
        4 => Ok(value),
        _ => Err(DateError::BadYear),
    }
}

fn small(text: &str) -> Result<i8, DateError> {
    if text.is_empty() || text.len() > 2 {
        return Err(DateError::Unrecognised);
    }
    text.parse().map_err(|_| DateError::Unrecognised)
}

/// When a report was sent: a calendar day, or an instant (RFC 3339, or a commit time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    Day(Date),
    Instant(Timestamp),
}

impl Moment {
    /// Reads a date in any accepted form, an RFC 3339 date-time, or a date and time
    /// without offset (taken in the campaign's time zone).
    pub fn parse(text: &str, zone: &TimeZone) -> Option<Moment> {
        let trimmed = text.trim();
        if let Some(day) = parse_date(trimmed) {
            return Some(Moment::Day(day));
        }
        if let Ok(instant) = trimmed.parse::<Timestamp>() {
            return Some(Moment::Instant(instant));
        }
        let civil: jiff::civil::DateTime = trimmed.parse().ok()?;
        civil
            .to_zoned_datetime(zone.clone())
            .ok()
            .map(|z| Moment::Instant(z.timestamp()))
    }

    /// The instant; a bare day counts from its first moment in the campaign's time zone.
    pub fn instant(self, zone: &TimeZone) -> Option<Timestamp> {
        match self {
            Moment::Instant(t) => Some(t),
            Moment::Day(day) => day.to_zoned_datetime(zone.clone()).ok().map(|z| z.timestamp()),
        }
    }

    /// The calendar day in the campaign's time zone.
    pub fn day(self, zone: &TimeZone) -> Date {
        match self {
            Moment::Day(day) => day,
            Moment::Instant(t) => t.to_zoned_datetime(zone.clone()).date(),
        }
    }
}

/// `2026-04-05` as the Party-document date line writes it: `ngày 05 tháng 4 năm 2026`
/// (leading zero for days below 10 and for months 1 and 2).
pub fn written_vi(date: Date) -> String {
    let month = if date.month() <= 2 {
        format!("{:02}", date.month())
    } else {
        date.month().to_string()
    };
    format!("ngày {:02} tháng {} năm {}", date.day(), month, date.year())
}

/// `15/04/2026`: how a date is written in a Vietnamese document's tables.
pub fn short_date(date: jiff::civil::Date) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn digits_of_other_scripts_are_read_as_before_and_refused_as_such() {
        assert_eq!(read_date("１５/４/２０２６"), Err(DateError::BadYear));
        assert_eq!(read_date("abc"), Err(DateError::Unrecognised));
        assert_eq!(read_date("  15/4/2026").ok(), Date::new(2026, 4, 15).ok());
    }

    #[test]
    fn accepted_forms() {
        let want = Some(date(2026, 4, 15));
        for text in [
            "2026-04-15",
            "2026-4-15",
            "15/4/2026",
            "15/04/2026",
            "15-04-2026",
            "15.04.2026",
            "15 - 04 - 2026",
            "ngày 15/4/2026",
            "Ngày 15.4.2026",
            "15/4/26",
            "ngày 15 tháng 4 năm 2026",
            "Ngày 15 tháng 04 năm 2026",
            "15 tháng 4 năm 2026",
        ] {
            assert_eq!(parse_date(text), want, "{text}");
        }
        assert_eq!(parse_date("1/1/26"), Some(date(2026, 1, 1)));
    }

    #[test]
    fn refused_forms_say_why() {
        for (text, why) in [
            ("30/2/2026", DateError::Impossible),
            ("31/4/2026", DateError::Impossible),
            ("04/15/2026", DateError::MonthFirst),
            ("15/4", DateError::NoYear),
            ("15-04", DateError::NoYear),
            ("15/04-2026", DateError::MixedSeparators),
            ("15/4/026", DateError::BadYear),
            ("15/4/20266", DateError::BadYear),
            ("hôm qua", DateError::Unrecognised),
            ("", DateError::Unrecognised),
            ("2026-04-19 08:00", DateError::Unrecognised),
        ] {
            assert_eq!(read_date(text), Err(why), "{text}");
            assert!(!why.message(Lang::Vi).is_empty());
        }
    }

    #[test]
    fn instants_fall_on_the_campaign_day() {
        let zone = TimeZone::fixed(jiff::tz::offset(7));
        let late_evening = Moment::parse("2026-04-19T23:30:00+07:00", &zone).expect("parses");
        assert_eq!(late_evening.day(&zone), date(2026, 4, 19));
        let utc = Moment::parse("2026-04-19T18:00:00Z", &zone).expect("parses");
        assert_eq!(utc.day(&zone), date(2026, 4, 20));
        let naive = Moment::parse("2026-04-19 08:00", &zone).expect("parses");
        assert_eq!(naive.day(&zone), date(2026, 4, 19));
    }

    #[test]
    fn written_form() {
        assert_eq!(written_vi(date(2026, 4, 5)), "ngày 05 tháng 4 năm 2026");
        assert_eq!(written_vi(date(2026, 2, 15)), "ngày 15 tháng 02 năm 2026");
        assert_eq!(written_vi(date(2026, 11, 29)), "ngày 29 tháng 11 năm 2026");
    }
}
