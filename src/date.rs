//! Dates as Vietnamese documents write them, and the instants a report was sent.

use std::sync::LazyLock;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use regex::Regex;

use crate::fold::fold_name;

static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$").expect("date pattern is valid")
});

/// Reads `2026-04-15`, `15/4/2026`, `15/04/2026` or `ngày 15 tháng 4 năm 2026`.
/// An impossible date (`30/2/2026`) is `None`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = fold_name(text);
    let (year, month, day) = if let Some(c) = WRITTEN.captures(&text) {
        (c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?)
    } else if let Some((d, rest)) = text.split_once('/') {
        let (m, y) = rest.split_once('/')?;
        (number(y, 4, 4)?, number(m, 1, 2)?, number(d, 1, 2)?)
    } else {
        let mut parts = text.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        (number(y, 4, 4)?, number(m, 2, 2)?, number(d, 2, 2)?)
    };
    Date::new(year, month, day).ok()
}

fn number<T: std::str::FromStr>(text: &str, min: usize, max: usize) -> Option<T> {
    let ok = (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    if ok { text.parse().ok() } else { None }
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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn accepted_forms() {
        let want = Some(date(2026, 4, 15));
        for text in [
            "2026-04-15",
            "15/4/2026",
            "15/04/2026",
            "ngày 15 tháng 4 năm 2026",
            "Ngày 15 tháng 04 năm 2026",
        ] {
            assert_eq!(parse_date(text), want, "{text}");
        }
    }

    #[test]
    fn impossible_and_malformed_dates() {
        for text in [
            "30/2/2026",
            "31/4/2026",
            "2026-4-15",
            "15-04-2026",
            "hôm qua",
            "",
            "1/1/26",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
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
