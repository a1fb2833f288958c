//! Excel workbooks: the compiled appendix (`compile --format xlsx`) and a unit's blank
//! appendix (`new --appendix xlsx`). Pure: the view-model comes in, the bytes of the
//! workbook go out.
//!
//! The compiled workbook has three sheets. "Đơn vị" holds one row per unit that reported,
//! with its own figures; "Tổng hợp" totals them by category with real formulas over that
//! sheet, so an officer who corrects a figure sees the totals follow; "Chưa báo cáo" lists
//! the units whose report does not count. Every formula also carries its result, computed
//! exactly here, for readers that do not recalculate.
//!
//! Number formats are the locale's own codes (`#,##0`, `0.0%`) tagged with the Vietnamese
//! locale (`[$-42A]`): LibreOffice then shows `1.234` and `67,8%` whatever the machine's
//! language, and Excel shows the separators of the machine's regional settings (`.` and
//! `,` on a Vietnamese Windows). Literal separators in the code would print the same
//! everywhere, but a format can only place a literal where it knows the digit count, so
//! `1.234.567` and a decimal comma cannot be written that way.

use std::collections::HashMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, ExcelDateTime, Format, FormatAlign,
    FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

use crate::campaign::outline::{Kind, Outline};
use crate::campaign::roster::Unit;
use crate::compiled::Compiled;
use crate::report::appendix::Reading;
use crate::roll::UnitView;

/// The sheet of one row per reporting unit; formulas name it.
pub const UNITS_SHEET: &str = "Đơn vị";
pub const TOTALS_SHEET: &str = "Tổng hợp";
pub const MISSING_SHEET: &str = "Chưa báo cáo";
/// The sheet of a unit's blank appendix.
pub const APPENDIX_SHEET: &str = "Biểu số liệu";

/// Counts, grouped by thousands.
const COUNT_FORMAT: &str = "[$-42A]#,##0";
/// Percents, stored as fractions (0.678) and shown with one decimal (67,8%).
const PERCENT_FORMAT: &str = "[$-42A]0.0%";
/// A percent a unit types as it writes it in its report (85,5), the `%` in the ĐVT column.
const PERCENT_POINTS_FORMAT: &str = "[$-42A]0.0";

/// Party documents are set in Times New Roman; so are the spreadsheets that go with them.
const FONT: &str = "Times New Roman";

/// Columns of the units sheet before the first indicator: STT, code, name, category.
const LEADING: u16 = 4;
/// Width of an indicator's column on the units sheet.
const INDICATOR_WIDTH: f64 = 14.0;
/// Rows of the totals sheet above its header: title, campaign, date, blank.
const TITLE_ROWS: u32 = 4;

struct Styles {
    title: Format,
    subtitle: Format,
    header: Format,
    /// Text on one line (its column is made wide enough, see [`fit`]).
    text: Format,
    /// Text that wraps (its row is made tall enough, see [`row_height`]).
    wrapped: Format,
    center: Format,
    count: Format,
    percent: Format,
    percent_points: Format,
    total_count: Format,
    total_percent: Format,
    note: Format,
}

impl Styles {
    fn new() -> Styles {
        let base = Format::new().set_font_name(FONT).set_font_size(12);
        let cell = base
            .clone()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        // Figures keep a little space from the border they are aligned to.
        let figure = cell.clone().set_align(FormatAlign::Right).set_indent(1);
        Styles {
            title: base.clone().set_bold().set_font_size(14).set_align(FormatAlign::Center),
            subtitle: base.clone().set_italic().set_align(FormatAlign::Center),
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_background_color(0x00DD_EBF7),
            text: cell.clone(),
            wrapped: cell.clone().set_text_wrap(),
            center: cell.clone().set_align(FormatAlign::Center),
            count: figure.clone().set_num_format(COUNT_FORMAT),
            percent: figure.clone().set_num_format(PERCENT_FORMAT),
            percent_points: figure.clone().set_num_format(PERCENT_POINTS_FORMAT),
            total_count: figure.clone().set_bold().set_num_format(COUNT_FORMAT),
            total_percent: figure.set_bold().set_num_format(PERCENT_FORMAT),
            note: base.set_italic().set_text_wrap().set_align(FormatAlign::Top),
        }
    }
}

/// Height of one line of 12-point text, in points.
const LINE: f64 = 16.0;

/// A column wide enough for its longest text (in characters, which is about what Excel's
/// width unit is for this font), within bounds. Neither Excel nor LibreOffice sizes
/// columns from a file's contents, and a workbook that opens with cut-off names is the
/// first thing an officer would fix by hand.
fn fit<'a>(texts: impl IntoIterator<Item = &'a str>, min: f64, max: f64) -> f64 {
    let longest = texts.into_iter().map(|t| t.chars().count()).max().unwrap_or(0);
    (longest as f64 + 2.0).clamp(min, max)
}

/// A row tall enough for `text` wrapped in a column `width` wide: rows of wrapped text are
/// not made taller when the file is opened.
fn row_height(text: &str, width: f64) -> f64 {
    let chars = text.chars().count() as f64;
    // Times New Roman sets about four letters in three width units.
    let lines = (chars * 0.75 / (width - 1.0).max(1.0)).ceil().max(1.0);
    lines * LINE
}

/// A figure as a unit's cell holds it: counts as they are, percents as fractions.
fn cell_value(value: Decimal, kind: Kind) -> f64 {
    let value = match kind {
        Kind::Count => value,
        Kind::Percent => value / Decimal::ONE_HUNDRED,
    };
    value.to_f64().unwrap_or(0.0)
}

/// What a unit's cell holds for one indicator: its figure, or nothing. Missing and
/// invalid values are empty cells and a not-applicable one `x`, as the report shows it,
/// which `SUMIFS`, `AVERAGEIFS`, `COUNT` and `COUNTIFS(…, ">=0")` all pass over.
fn figure(reading: &Reading) -> Option<Decimal> {
    match reading {
        Reading::Value { value, .. } => Some(*value),
        Reading::Missing | Reading::Invalid(_) | Reading::NotApplicable => None,
    }
}

/// An aggregate as the formula's cached result: what calamine and other readers that do
/// not recalculate show. Percents are fractions, as in the cells.
fn cached(value: Option<Decimal>, kind: Kind) -> String {
    match (value, kind) {
        (None, _) => String::new(),
        (Some(v), Kind::Count) => v.normalize().to_string(),
        (Some(v), Kind::Percent) => (v / Decimal::ONE_HUNDRED).normalize().to_string(),
    }
}

/// A text compared with `SUMIFS` criteria: `=` so a leading `<`/`>` is not an operator,
/// `~` before the wildcards, quotes doubled inside the formula's string.
fn criterion(text: &str) -> String {
    let mut out = String::from("\"=");
    for c in text.chars() {
        match c {
            '*' | '?' | '~' => {
                out.push('~');
                out.push(c);
            }
            '"' => out.push_str("\"\""),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `A`, …, `Z`, `AA`, … for a 0-based column.
fn column_name(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    name.iter().rev().collect()
}

/// `'Đơn vị'!$E$2:$E$151`.
fn range(col: u16, first: u32, last: u32) -> String {
    let c = column_name(col);
    format!("'{UNITS_SHEET}'!${c}${}:${c}${}", first + 1, last + 1)
}

fn properties(title: &str, author: &str, as_of: Date) -> Result<DocProperties, XlsxError> {
    // The workbook is dated by the report, not by the clock: the same inputs give the same bytes.
    let created = ExcelDateTime::from_ymd(
        u16::try_from(as_of.year()).unwrap_or(2000),
        u8::try_from(as_of.month()).unwrap_or(1),
        u8::try_from(as_of.day()).unwrap_or(1),
    )?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_author(author)
        .set_creation_datetime(&created))
}

/// The compiled appendix as an `.xlsx` workbook.
pub fn compiled(compiled: &Compiled, as_of: Date) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    let author = if compiled.document.issuing_body.is_empty() {
        compiled.document.unit.clone()
    } else {
        compiled.document.issuing_body.clone()
    };
    workbook.set_properties(&properties(&compiled.campaign.title, &author, as_of)?);
    // The totals come first: it is what the workbook opens on.
    totals_sheet(workbook.add_worksheet(), compiled, &styles)?;
    units_sheet(workbook.add_worksheet(), compiled, &styles)?;
    missing_sheet(workbook.add_worksheet(), compiled, &styles)?;
    workbook.save_to_buffer()
}

/// A4, one page wide, the header repeated on every page; landscape for wide tables.
fn print_setup(sheet: &mut Worksheet, header_rows: (u32, u32), landscape: bool) -> Result<(), XlsxError> {
    sheet.set_paper_size(9); // A4
    if landscape {
        sheet.set_landscape();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(header_rows.0, header_rows.1)?;
    Ok(())
}

fn units_sheet(sheet: &mut Worksheet, compiled: &Compiled, styles: &Styles) -> Result<(), XlsxError> {
    let indicators = &compiled.appendix.indicators;
    let count = u16::try_from(indicators.len()).unwrap_or(u16::MAX - LEADING - 1);
    let file_col = LEADING + count;
    sheet.set_name(UNITS_SHEET)?;
    let headers = ["STT", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị"];
    for (col, header) in (0..).zip(headers) {
        sheet.write_string_with_format(0, col, header, &styles.header)?;
    }
    let mut header_height = 2.0 * LINE;
    for (col, indicator) in (LEADING..).zip(indicators) {
        let header = if indicator.stt.is_empty() {
            indicator.name.clone()
        } else {
            format!("{}. {}", indicator.stt, indicator.name)
        };
        header_height = f64::max(header_height, row_height(&header, INDICATOR_WIDTH));
        sheet.write_string_with_format(0, col, header, &styles.header)?;
    }
    sheet.write_string_with_format(0, file_col, "Tệp báo cáo", &styles.header)?;
    sheet.set_row_height(0, header_height)?;
    sheet.set_freeze_panes(1, 3)?;
    // The category and the file are the roll's, found by code (a code is one unit).
    let units: HashMap<&str, &UnitView> = compiled.units.iter().map(|u| (u.code.as_str(), u)).collect();
    let rows = &compiled.appendix.rows;
    let unit_of = |code: &str| units.get(code).copied();
    sheet.set_column_width(0, 5)?;
    sheet.set_column_width(1, fit(rows.iter().map(|r| r.unit_code.as_str()), 10.0, 16.0))?;
    sheet.set_column_width(2, fit(rows.iter().map(|r| r.unit_name.as_str()), 20.0, 45.0))?;
    let categories = rows
        .iter()
        .map(|r| unit_of(&r.unit_code).map_or(r.category_name.as_str(), |u| u.category_name.as_str()));
    sheet.set_column_width(3, fit(categories, 16.0, 60.0))?;
    for col in LEADING..file_col {
        sheet.set_column_width(col, INDICATOR_WIDTH)?;
    }
    let paths = rows
        .iter()
        .map(|r| unit_of(&r.unit_code).map_or("", |u| u.path.as_str()));
    sheet.set_column_width(file_col, fit(paths, 16.0, 70.0))?;
    print_setup(sheet, (0, 0), true)?;
    // Filters on the header: an officer looks at one category, or at the units without a figure.
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX).max(1);
    sheet.autofilter(0, 0, last_row, file_col)?;

    for (row, values) in (1u32..).zip(rows) {
        let unit = unit_of(&values.unit_code);
        sheet.set_row_height(row, LINE)?;
        sheet.write_number_with_format(row, 0, f64::from(row), &styles.center)?;
        sheet.write_string_with_format(row, 1, &values.unit_code, &styles.text)?;
        sheet.write_string_with_format(row, 2, &values.unit_name, &styles.text)?;
        let category = unit.map_or(values.category_name.as_str(), |u| u.category_name.as_str());
        sheet.write_string_with_format(row, 3, category, &styles.text)?;
        for (col, indicator) in (LEADING..).zip(indicators) {
            let kind = kind_of(indicator.kind);
            let style = match kind {
                Kind::Count => &styles.count,
                Kind::Percent => &styles.percent,
            };
            let index = usize::from(col - LEADING);
            let reading = values.readings.get(index);
            match reading.and_then(figure) {
                Some(value) => sheet.write_number_with_format(row, col, cell_value(value, kind), style)?,
                None if reading == Some(&Reading::NotApplicable) => {
                    sheet.write_string_with_format(row, col, "x", style)?
                }
                None => sheet.write_blank(row, col, style)?,
            };
        }
        sheet.write_string_with_format(row, file_col, unit.map_or("", |u| u.path.as_str()), &styles.text)?;
    }
    Ok(())
}

/// The kind of an indicator of the view-model, which names it for templates.
fn kind_of(kind: &str) -> Kind {
    if kind == "percent" { Kind::Percent } else { Kind::Count }
}

fn totals_sheet(sheet: &mut Worksheet, compiled: &Compiled, styles: &Styles) -> Result<(), XlsxError> {
    let indicators = &compiled.appendix.indicators;
    let categories = &compiled.categories;
    let columns = u16::try_from(categories.len() + 4).unwrap_or(u16::MAX);
    let last_col = columns - 1;
    sheet.set_name(TOTALS_SHEET)?;
    sheet.merge_range(0, 0, 0, last_col, "TỔNG HỢP SỐ LIỆU THEO LOẠI ĐƠN VỊ", &styles.title)?;
    sheet.merge_range(1, 0, 1, last_col, &compiled.campaign.title, &styles.subtitle)?;
    let status = &compiled.status;
    let line = format!(
        "Tính đến ngày {}: {}/{} đơn vị đã gửi báo cáo",
        compiled.campaign.as_of, status.submitted, status.expected
    );
    sheet.merge_range(2, 0, 2, last_col, &line, &styles.subtitle)?;
    sheet.set_row_height(1, 34)?;
    let header = TITLE_ROWS;
    let mut titles: Vec<String> = vec!["STT".into(), "Chỉ tiêu".into(), "Tổng số".into()];
    titles.extend(categories.iter().map(|c| c.short.clone()));
    titles.push("Số đơn vị có số liệu".into());
    for (col, title) in (0..).zip(&titles) {
        sheet.write_string_with_format(header, col, title, &styles.header)?;
    }
    sheet.set_row_height(header, 48)?;
    sheet.set_freeze_panes(header + 1, 2)?;
    sheet.set_column_width(0, 5)?;
    let name_width = 52.0;
    sheet.set_column_width(1, name_width)?;
    for col in 2..columns {
        sheet.set_column_width(col, 15)?;
    }
    print_setup(sheet, (header, header), true)?;

    // The units sheet's rows: a workbook without reports still has well-formed ranges.
    let first = 1;
    let last = u32::try_from(compiled.appendix.rows.len())
        .unwrap_or(u32::MAX)
        .max(first);
    let category_range = range(3, first, last);
    for (row, indicator) in (header + 1..).zip(indicators) {
        let kind = kind_of(indicator.kind);
        let index = usize::try_from(row - header - 1).unwrap_or(0);
        let values = range(LEADING + u16::try_from(index).unwrap_or(0), first, last);
        let style = match kind {
            Kind::Count => &styles.count,
            Kind::Percent => &styles.percent,
        };
        let stt = indicator.stt.parse::<f64>();
        match stt {
            Ok(n) => sheet.write_number_with_format(row, 0, n, &styles.center)?,
            Err(_) => sheet.write_string_with_format(row, 0, &indicator.stt, &styles.center)?,
        };
        sheet.write_string_with_format(row, 1, &indicator.name, &styles.wrapped)?;
        sheet.set_row_height(row, row_height(&indicator.name, name_width))?;
        // Counts are summed; percents are the mean of the units that gave one, rounded as
        // the JSON and the report print it (a tenth of a percent).
        // A count no unit gave is left empty, as the report leaves it, not 0.
        let aggregate = |criteria: Option<&str>| match (kind, criteria) {
            (Kind::Count, None) => format!("IF(COUNT({values})=0,\"\",SUM({values}))"),
            (Kind::Count, Some(c)) => format!(
                "IF(COUNTIFS({category_range},{c},{values},\">=0\")=0,\"\",SUMIFS({values},{category_range},{c}))"
            ),
            (Kind::Percent, None) => format!("IFERROR(ROUND(AVERAGE({values}),3),\"\")"),
            (Kind::Percent, Some(c)) => {
                format!("IFERROR(ROUND(AVERAGEIFS({values},{category_range},{c}),3),\"\")")
            }
        };
        let figures = &indicator.figures;
        let total = Formula::new(aggregate(None)).set_result(cached(figures.total, kind));
        let total_style = match kind {
            Kind::Count => &styles.total_count,
            Kind::Percent => &styles.total_percent,
        };
        sheet.write_formula_with_format(row, 2, total, total_style)?;
        for (col, (category, value)) in (3..).zip(categories.iter().zip(&figures.by_category)) {
            let formula = Formula::new(aggregate(Some(&criterion(&category.name)))).set_result(cached(value.1, kind));
            sheet.write_formula_with_format(row, col, formula, style)?;
        }
        let reported = Formula::new(format!("COUNT({values})")).set_result(figures.reported.to_string());
        sheet.write_formula_with_format(row, last_col, reported, &styles.count)?;
    }
    let note_row = header + 2 + u32::try_from(indicators.len()).unwrap_or(0);
    sheet.merge_range(
        note_row,
        0,
        note_row,
        last_col,
        &format!(
            "Số liệu đếm được là tổng; tỷ lệ (%) là bình quân của các đơn vị có số liệu hợp lệ. \
             Các ô là công thức trên trang “{UNITS_SHEET}”: sửa số liệu ở đó, tổng hợp tự tính lại."
        ),
        &styles.note,
    )?;
    sheet.set_row_height(note_row, 34)?;
    Ok(())
}

fn missing_sheet(sheet: &mut Worksheet, compiled: &Compiled, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(MISSING_SHEET)?;
    let headers = [
        "STT",
        "Mã đơn vị",
        "Tên đơn vị",
        "Loại đơn vị",
        "Hạn gửi",
        "Tình trạng",
        "Tệp không được tính",
        "Lý do (mã lỗi)",
    ];
    for (col, header) in (0..).zip(headers) {
        sheet.write_string_with_format(0, col, header, &styles.header)?;
    }
    sheet.set_row_height(0, 34)?;
    sheet.set_freeze_panes(1, 0)?;
    let missing: Vec<&UnitView> = compiled.units.iter().filter(|u| !u.status.reported()).collect();
    let widths = [
        (0, 5.0),
        (1, fit(missing.iter().map(|u| u.code.as_str()), 10.0, 16.0)),
        (2, fit(missing.iter().map(|u| u.name.as_str()), 20.0, 45.0)),
        (3, fit(missing.iter().map(|u| u.category_name.as_str()), 16.0, 60.0)),
        (4, 12.0),
        (5, 12.0),
        (6, fit(missing.iter().map(|u| u.path.as_str()), 16.0, 70.0)),
        (7, fit(missing.iter().map(|u| u.rejected_code.as_str()), 16.0, 30.0)),
    ];
    for (col, width) in widths {
        sheet.set_column_width(col, width)?;
    }
    print_setup(sheet, (0, 0), true)?;
    for (row, unit) in (1u32..).zip(missing) {
        sheet.set_row_height(row, LINE)?;
        sheet.write_number_with_format(row, 0, f64::from(row), &styles.center)?;
        sheet.write_string_with_format(row, 1, &unit.code, &styles.text)?;
        sheet.write_string_with_format(row, 2, &unit.name, &styles.text)?;
        sheet.write_string_with_format(row, 3, &unit.category_name, &styles.text)?;
        sheet.write_string_with_format(row, 4, &unit.due, &styles.center)?;
        sheet.write_string_with_format(row, 5, unit.status_label, &styles.text)?;
        sheet.write_string_with_format(row, 6, &unit.path, &styles.text)?;
        sheet.write_string_with_format(row, 7, &unit.rejected_code, &styles.text)?;
    }
    Ok(())
}

/// A unit's blank appendix: a title naming the unit, then `STT | Chỉ tiêu | ĐVT | Số liệu |
/// Ghi chú` with one row per indicator of the outline, the value cells empty and formatted
/// for what they take. The headers are the ones a published appendix has, so the workbook
/// reads back like any unit's own.
pub fn blank_appendix(outline: &Outline, unit: &Unit, today: Date) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(
        &format!("Biểu số liệu — {}", unit.name),
        &unit.name,
        today,
    )?);
    let sheet = workbook.add_worksheet();
    sheet.set_name(APPENDIX_SHEET)?;
    sheet.merge_range(0, 0, 0, 4, "BIỂU SỐ LIỆU KÈM THEO BÁO CÁO", &styles.title)?;
    sheet.merge_range(
        1,
        0,
        1,
        4,
        &format!("Đơn vị: {} ({})", unit.name, unit.code),
        &styles.subtitle,
    )?;
    sheet.merge_range(2, 0, 2, 4, &outline.title, &styles.subtitle)?;
    sheet.set_row_height(2, 34)?;
    let header = 4;
    for (col, title) in (0..).zip(["STT", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú"]) {
        sheet.write_string_with_format(header, col, title, &styles.header)?;
    }
    sheet.set_freeze_panes(header + 1, 0)?;
    let name_width = 56.0;
    for (col, width) in [(0, 6.0), (1, name_width), (2, 8.0), (3, 14.0), (4, 28.0)] {
        sheet.set_column_width(col, width)?;
    }
    print_setup(sheet, (header, header), false)?;
    let indicators = &outline.appendix.indicators;
    for (row, indicator) in (header + 1..).zip(indicators) {
        match indicator.stt {
            Some(n) => sheet.write_number_with_format(row, 0, f64::from(n), &styles.center)?,
            None => sheet.write_blank(row, 0, &styles.center)?,
        };
        sheet.write_string_with_format(row, 1, &indicator.name, &styles.wrapped)?;
        sheet.set_row_height(row, row_height(&indicator.name, name_width))?;
        let (unit_of_measure, style) = match indicator.kind {
            Kind::Count => ("", &styles.count),
            Kind::Percent => ("%", &styles.percent_points),
        };
        sheet.write_string_with_format(row, 2, unit_of_measure, &styles.center)?;
        sheet.write_blank(row, 3, style)?;
        sheet.write_blank(row, 4, &styles.wrapped)?;
    }
    // Excel warns (and lets the unit go on) when a figure is not a number of its kind; the
    // check of the report says the same after.
    for (row, indicator) in (header + 1..).zip(indicators) {
        let rule = match indicator.kind {
            Kind::Count => DataValidation::new()
                .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
                .set_input_message("Số nguyên, không âm")?,
            Kind::Percent => DataValidation::new()
                .allow_decimal_number(DataValidationRule::Between(0.0, 100.0))
                .set_input_message("Tỷ lệ từ 0 đến 100, ví dụ 85,5")?,
        }
        .set_error_style(DataValidationErrorStyle::Warning)
        .ignore_blank(true);
        sheet.add_data_validation(row, 3, row, 3, &rule)?;
    }
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_match_the_name_exactly() {
        assert_eq!(criterion("Các sở, ngành"), "\"=Các sở, ngành\"");
        assert_eq!(criterion("A*B? ~\"x\""), "\"=A~*B~? ~~\"\"x\"\"\"");
    }

    #[test]
    fn columns_are_named_as_in_excel() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
        assert_eq!(range(4, 1, 150), "'Đơn vị'!$E$2:$E$151");
    }

    #[test]
    fn cached_results_are_exact() {
        assert_eq!(cached(Some(Decimal::new(12_340, 0)), Kind::Count), "12340");
        assert_eq!(cached(Some(Decimal::new(678, 1)), Kind::Percent), "0.678");
        assert_eq!(cached(None, Kind::Percent), "");
    }

    #[test]
    fn a_blank_appendix_is_the_same_bytes_twice() {
        let outline = Outline::builtin();
        let unit = Unit {
            code: "SNV".into(),
            name: "Sở Nội vụ".into(),
            category: "so-nganh".into(),
            due: None,
            aliases: Vec::new(),
        };
        let day = jiff::civil::date(2026, 4, 10);
        let one = blank_appendix(&outline, &unit, day).expect("workbook");
        let two = blank_appendix(&outline, &unit, day).expect("workbook");
        assert_eq!(one, two);
        assert!(one.starts_with(b"PK"));
    }
}
