//! `baocao status`: the secretariat's board — one line per roster unit, grouped by
//! category, with totals and the days left — as text, JSON, or a page with charts drawn
//! in inline SVG. Pure: the roll and the day in, text out.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Serialize;

use crate::campaign::outline::Outline;
use crate::read::xml::escape;
use crate::roll::{Roll, UnitStatus, UnitView};
use crate::text::date::short_date;
use crate::text::lang::Lang;

#[derive(Debug, Clone, Serialize)]
pub struct Board {
    pub title: String,
    pub as_of: String,
    pub deadline: String,
    pub report_deadline: String,
    /// Days from `as_of` to each deadline: negative once it has passed.
    pub days_to_deadline: i64,
    pub days_to_report_deadline: i64,
    pub groups: Vec<Group>,
    pub totals: Totals,
    /// Reports received per day, in date order.
    pub per_day: Vec<DayCount>,
    /// The charts, as inline SVG.
    pub chart_days: String,
    pub chart_categories: String,
    /// The days themselves, for the JSON output's ISO dates.
    #[serde(skip)]
    pub dates: [Date; 3],
}

#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub category: String,
    pub name: String,
    pub expected: usize,
    pub on_time: usize,
    pub late: usize,
    /// No report at all; a unit whose only file was rejected is counted in `rejected`, as
    /// in the totals, so the groups add up to them.
    pub missing: usize,
    pub rejected: usize,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub code: String,
    pub name: String,
    /// `on-time`, `late`, `missing` or `rejected`.
    pub state: UnitStatus,
    pub label: String,
    pub with_errors: bool,
    pub submitted: String,
    #[serde(skip)]
    pub submitted_date: Option<Date>,
    pub late_days: Option<i64>,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub expected: usize,
    pub submitted: usize,
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
    pub rejected: usize,
    pub with_errors: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayCount {
    pub date: String,
    #[serde(skip)]
    pub day: Date,
    pub count: usize,
}

pub use crate::roll::rejection_words;

fn label(unit: &UnitView, lang: Lang) -> String {
    let base = match (unit.status, lang) {
        (UnitStatus::Late, Lang::Vi) => format!("muộn {} ngày", unit.late_days.unwrap_or(0)),
        (UnitStatus::Late, Lang::En) => match unit.late_days.unwrap_or(0) {
            1 => "late by 1 day".to_owned(),
            days => format!("late by {days} days"),
        },
        (UnitStatus::OnTime, _) => lang.pick("đúng hạn", "on time").to_owned(),
        (UnitStatus::Rejected, _) => format!(
            "{}: {}",
            lang.pick("bị loại", "rejected"),
            rejection_words(&unit.rejected_code, lang)
        ),
        (UnitStatus::Missing, _) => lang.pick("chưa nộp", "missing").to_owned(),
    };
    if unit.errors > 0 {
        format!("{base}, {}", lang.pick("có lỗi", "with errors"))
    } else {
        base
    }
}

pub fn board(outline: &Outline, roll: &Roll, as_of: Date, lang: Lang) -> Board {
    // The board is for `as_of`: a report received after that day was not there yet.
    let units: Vec<UnitView> = roll
        .units
        .iter()
        .map(|u| match u.submitted_date {
            Some(day) if day > as_of => UnitView {
                status: UnitStatus::Missing,
                status_label: UnitStatus::Missing.label(),
                submitted: String::new(),
                submitted_date: None,
                late_days: None,
                errors: 0,
                warnings: 0,
                ..u.clone()
            },
            _ => u.clone(),
        })
        .collect();
    let rows_of = |units: &[&UnitView]| -> Vec<Row> {
        units
            .iter()
            .map(|u| Row {
                code: u.code.clone(),
                name: u.name.clone(),
                state: u.status,
                label: label(u, lang),
                with_errors: u.errors > 0,
                submitted: u.submitted.clone(),
                submitted_date: u.submitted_date,
                late_days: u.late_days,
                errors: u.errors,
                warnings: u.warnings,
            })
            .collect()
    };
    let groups: Vec<Group> = roll
        .categories
        .iter()
        .map(|c| {
            let units: Vec<&UnitView> = units
                .iter()
                .filter(|u| u.category == c.id || (c.id.is_empty() && outline.category(&u.category).is_none()))
                .collect();
            let count = |state: UnitStatus| units.iter().filter(|u| u.status == state).count();
            Group {
                category: c.id.clone(),
                name: c.name.clone(),
                expected: units.len(),
                on_time: count(UnitStatus::OnTime),
                late: count(UnitStatus::Late),
                missing: count(UnitStatus::Missing),
                rejected: count(UnitStatus::Rejected),
                rows: rows_of(&units),
            }
        })
        .collect();
    let count = |state: UnitStatus| units.iter().filter(|u| u.status == state).count();
    let totals = Totals {
        expected: units.len(),
        submitted: count(UnitStatus::OnTime) + count(UnitStatus::Late),
        on_time: count(UnitStatus::OnTime),
        late: count(UnitStatus::Late),
        missing: count(UnitStatus::Missing),
        rejected: count(UnitStatus::Rejected),
        with_errors: units.iter().filter(|u| u.errors > 0).count(),
    };
    // Per day: (on time, late) — late by the unit's own deadline, extensions included.
    let mut days: BTreeMap<Date, (usize, usize)> = BTreeMap::new();
    for unit in &units {
        if let Some(date) = unit.submitted_date {
            let entry = days.entry(date).or_default();
            if unit.status == UnitStatus::Late {
                entry.1 += 1;
            } else {
                entry.0 += 1;
            }
        }
    }
    let per_day = days
        .iter()
        .map(|(d, (a, b))| DayCount {
            date: short_date(*d),
            day: *d,
            count: a + b,
        })
        .collect();
    let chart_days = chart_days(&days, outline.deadline, as_of, lang);
    let chart_categories = chart_categories(&groups, lang);
    Board {
        title: outline.title.clone(),
        as_of: short_date(as_of),
        deadline: short_date(outline.deadline),
        report_deadline: short_date(outline.report_deadline),
        days_to_deadline: (outline.deadline - as_of).get_days().into(),
        days_to_report_deadline: (outline.report_deadline - as_of).get_days().into(),
        groups,
        totals,
        per_day,
        chart_days,
        chart_categories,
        dates: [as_of, outline.deadline, outline.report_deadline],
    }
}

fn days_left(days: i64, lang: Lang) -> String {
    match (days, lang) {
        (0, _) => lang.pick("hôm nay", "today").to_owned(),
        (d, Lang::Vi) if d > 0 => format!("còn {d} ngày"),
        (d, Lang::En) if d > 0 => format!("{d} days left"),
        (d, Lang::Vi) => format!("đã qua {} ngày", -d),
        (d, Lang::En) => format!("passed {} days ago", -d),
    }
}

pub fn human(board: &Board, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        lang.pick("Tình hình nộp báo cáo đến", "Reports received as of"),
        board.as_of
    );
    for group in &board.groups {
        let _ = writeln!(
            out,
            "\n{} ({}/{})",
            group.name,
            group.on_time + group.late,
            group.expected
        );
        for row in &group.rows {
            let counts = match lang {
                Lang::Vi => format!("{} lỗi, {} cảnh báo", row.errors, row.warnings),
                Lang::En => format!("{} errors, {} warnings", row.errors, row.warnings),
            };
            let counts = if !row.state.reported() { String::new() } else { counts };
            let _ = writeln!(
                out,
                "  {:<8} {:<40} {:<24} {:<10} {counts}",
                row.code, row.name, row.label, row.submitted
            );
        }
    }
    let t = &board.totals;
    let _ = match lang {
        Lang::Vi => writeln!(
            out,
            "\nTổng: {}/{} đơn vị đã nộp ({} đúng hạn, {} muộn); {} chưa nộp; {} bị loại; {} có lỗi.",
            t.submitted, t.expected, t.on_time, t.late, t.missing, t.rejected, t.with_errors
        ),
        Lang::En => writeln!(
            out,
            "\nTotal: {}/{} units reported ({} on time, {} late); {} missing; {} rejected; {} with errors.",
            t.submitted, t.expected, t.on_time, t.late, t.missing, t.rejected, t.with_errors
        ),
    };
    let _ = writeln!(
        out,
        "{} {} ({}); {} {} ({}).",
        lang.pick("Hạn của đơn vị:", "Units' deadline:"),
        board.deadline,
        days_left(board.days_to_deadline, lang),
        lang.pick("hạn báo cáo tổng hợp:", "compiled report due:"),
        board.report_deadline,
        days_left(board.days_to_report_deadline, lang),
    );
    out
}

/// For programs: dates in ISO 8601 (`2026-04-15`) as in `check --format json`, and a unit
/// with no report has `null` for what it has not (`submitted`, `late_days`).
pub fn json(board: &Board) -> String {
    #[derive(Serialize)]
    struct Json<'a> {
        as_of: String,
        deadline: String,
        report_deadline: String,
        days_to_deadline: i64,
        days_to_report_deadline: i64,
        groups: Vec<JsonGroup<'a>>,
        totals: &'a Totals,
        per_day: Vec<JsonDay>,
    }
    #[derive(Serialize)]
    struct JsonGroup<'a> {
        category: &'a str,
        name: &'a str,
        expected: usize,
        on_time: usize,
        late: usize,
        missing: usize,
        rejected: usize,
        rows: Vec<JsonRow<'a>>,
    }
    #[derive(Serialize)]
    struct JsonRow<'a> {
        code: &'a str,
        name: &'a str,
        state: UnitStatus,
        label: &'a str,
        with_errors: bool,
        submitted: Option<String>,
        late_days: Option<i64>,
        errors: usize,
        warnings: usize,
    }
    #[derive(Serialize)]
    struct JsonDay {
        date: String,
        count: usize,
    }
    let [as_of, deadline, report_deadline] = board.dates;
    let value = Json {
        as_of: as_of.to_string(),
        deadline: deadline.to_string(),
        report_deadline: report_deadline.to_string(),
        days_to_deadline: board.days_to_deadline,
        days_to_report_deadline: board.days_to_report_deadline,
        groups: board
            .groups
            .iter()
            .map(|g| JsonGroup {
                category: &g.category,
                name: &g.name,
                expected: g.expected,
                on_time: g.on_time,
                late: g.late,
                missing: g.missing,
                rejected: g.rejected,
                rows: g
                    .rows
                    .iter()
                    .map(|r| JsonRow {
                        code: &r.code,
                        name: &r.name,
                        state: r.state,
                        label: &r.label,
                        with_errors: r.with_errors,
                        submitted: r.submitted_date.map(|d| d.to_string()),
                        late_days: r.late_days,
                        errors: r.errors,
                        warnings: r.warnings,
                    })
                    .collect(),
            })
            .collect(),
        totals: &board.totals,
        per_day: board
            .per_day
            .iter()
            .map(|d| JsonDay {
                date: d.day.to_string(),
                count: d.count,
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// Reports per day as bars, from the first report (or a week before the deadline) to the
/// later of the deadline and the day of the board, with the deadline marked.
fn chart_days(days: &BTreeMap<Date, (usize, usize)>, deadline: Date, as_of: Date, lang: Lang) -> String {
    let first = days.keys().next().copied().unwrap_or(deadline).min(deadline);
    let last = days
        .keys()
        .next_back()
        .copied()
        .unwrap_or(deadline)
        .max(deadline)
        .max(as_of);
    let span = usize::try_from((last - first).get_days()).unwrap_or(0).min(366) + 1;
    let max = days.values().map(|(a, b)| a + b).max().unwrap_or(1).max(1);
    let (width, height, left, bottom, top) = (720.0_f64, 220.0_f64, 36.0_f64, 40.0_f64, 16.0_f64);
    let slot = (width - left - 8.0) / span as f64;
    let scale = (height - bottom - top) / max as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{}\">",
        escape(lang.pick("Số báo cáo nhận được mỗi ngày", "Reports received per day"))
    );
    let base = height - bottom;
    let _ = write!(
        svg,
        "<line x1=\"{left}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#000\"/>",
        width - 8.0
    );
    for step in 0..=max.min(10) {
        let value = max * step / max.min(10);
        let y = base - value as f64 * scale;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\">{value}</text>",
            left - 4.0,
            y + 3.0
        );
    }
    let mut day = first;
    for i in 0..span {
        let x = left + i as f64 * slot;
        let (on_time, late) = days.get(&day).copied().unwrap_or((0, 0));
        let mut y = base;
        for (count, color) in [(on_time, "#2e86c1"), (late, "#c0392b")] {
            if count > 0 {
                let h = count as f64 * scale;
                y -= h;
                let _ = write!(
                    svg,
                    "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"{color}\"><title>{}: {count}</title></rect>",
                    x + slot * 0.1,
                    slot * 0.8,
                    short_date(day)
                );
            }
        }
        if span <= 31 || i % (span / 15 + 1) == 0 {
            let _ = write!(
                svg,
                "<text x=\"{:.1}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{}/{}</text>",
                x + slot / 2.0,
                base + 12.0,
                day.day(),
                day.month()
            );
        }
        if day == deadline {
            let xd = x + slot;
            let _ = write!(
                svg,
                "<line x1=\"{xd:.1}\" y1=\"{top}\" x2=\"{xd:.1}\" y2=\"{base}\" stroke=\"#000\" stroke-dasharray=\"4 3\"/><text x=\"{xd:.1}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
                top - 4.0,
                escape(lang.pick("hạn cuối", "deadline"))
            );
        }
        day = day.tomorrow().unwrap_or(day);
    }
    svg.push_str("</svg>");
    svg
}

/// One bar per category: on time, late, missing.
fn chart_categories(groups: &[Group], lang: Lang) -> String {
    let row_height = 26.0_f64;
    let (width, left, top) = (720.0_f64, 300.0_f64, 24.0_f64);
    let height = top + row_height * groups.len() as f64 + 8.0;
    let max = groups.iter().map(|g| g.expected).max().unwrap_or(1).max(1);
    let scale = (width - left - 40.0) / max as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{}\">",
        escape(lang.pick("Tình hình nộp theo loại đơn vị", "Reports by category"))
    );
    let legend = [
        ("#27ae60", lang.pick("đúng hạn", "on time")),
        ("#e67e22", lang.pick("muộn", "late")),
        ("#bdc3c7", lang.pick("chưa nộp", "missing")),
        ("#7f8c8d", lang.pick("bị loại", "rejected")),
    ];
    for (i, (color, text)) in legend.iter().enumerate() {
        let x = left + i as f64 * 95.0;
        let _ = write!(
            svg,
            "<rect x=\"{x}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{}\" y=\"14\" font-size=\"11\">{}</text>",
            x + 16.0,
            escape(text)
        );
    }
    for (i, group) in groups.iter().enumerate() {
        let y = top + i as f64 * row_height;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            y + 15.0,
            escape(&group.name)
        );
        let mut x = left;
        for (count, color) in [
            (group.on_time, "#27ae60"),
            (group.late, "#e67e22"),
            (group.missing, "#bdc3c7"),
            (group.rejected, "#7f8c8d"),
        ] {
            let w = count as f64 * scale;
            if count > 0 {
                let _ = write!(
                    svg,
                    "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"18\" fill=\"{color}\"><title>{count}</title></rect>",
                    y + 2.0
                );
            }
            x += w;
        }
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}/{}</text>",
            x + 4.0,
            y + 15.0,
            group.on_time + group.late,
            group.expected
        );
    }
    svg.push_str("</svg>");
    svg
}

/// What the status page template receives.
#[derive(Debug, Clone, Serialize)]
pub struct Page<'a> {
    pub board: &'a Board,
    pub lang: &'static str,
    pub labels: BTreeMap<&'static str, String>,
}

pub fn page(board: &Board, lang: Lang) -> Page<'_> {
    let pairs = [
        ("title", "Tình hình nộp báo cáo", "Report submissions"),
        ("as_of", "Đến ngày", "As of"),
        ("submitted", "đơn vị đã nộp", "units reported"),
        ("on_time", "đúng hạn", "on time"),
        ("late", "nộp muộn", "late"),
        ("missing", "chưa nộp", "missing"),
        ("with_errors", "có lỗi", "with errors"),
        ("deadline", "Hạn của đơn vị", "Units' deadline"),
        ("report_deadline", "hạn báo cáo tổng hợp", "compiled report due"),
        (
            "chart_days",
            "Số báo cáo nhận được mỗi ngày (đỏ: nộp muộn)",
            "Reports received per day (red: late)",
        ),
        (
            "chart_categories",
            "Tình hình nộp theo loại đơn vị",
            "Reports by category",
        ),
        ("code", "Mã", "Code"),
        ("unit", "Đơn vị", "Unit"),
        ("state", "Tình trạng", "State"),
        ("date", "Ngày nộp", "Submitted"),
        ("errors", "Lỗi", "Errors"),
        ("warnings", "Cảnh báo", "Warnings"),
    ];
    let mut labels: BTreeMap<&'static str, String> = pairs
        .iter()
        .map(|(key, vi, en)| (*key, lang.pick(vi, en).to_owned()))
        .collect();
    labels.insert("days_to_deadline", days_left(board.days_to_deadline, lang));
    labels.insert(
        "days_to_report_deadline",
        days_left(board.days_to_report_deadline, lang),
    );
    Page {
        board,
        lang: lang.pick("vi", "en"),
        labels,
    }
}
