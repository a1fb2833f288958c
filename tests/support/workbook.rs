//! Workbooks in the tests. The compiled `.xlsx` read back with calamine, a reader that
//! does not recalculate: the totals it sees (the formulas' cached results) must be the
//! JSON's, and the units' own cells, added up here independently, must give them too. And
//! a unit's appendix written as units lay it out, title rows and all, to be read.

use std::collections::BTreeSet;
use std::path::Path;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use serde_json::Value;

pub const TOTALS: &str = "Tổng hợp";
pub const UNITS: &str = "Đơn vị";
pub const MISSING: &str = "Chưa báo cáo";

fn number(cell: Option<&Data>) -> Option<f64> {
    match cell {
        None | Some(Data::Empty) => None,
        // Empty, or `x`: a unit's figure that does not apply.
        Some(Data::String(s)) if s.is_empty() || s == "x" => None,
        Some(Data::Float(f)) => Some(*f),
        Some(Data::Int(i)) => Some(*i as f64),
        Some(other) => panic!("not a number: {other:?}"),
    }
}

fn text(range: &Range<Data>, at: (u32, u32)) -> String {
    match range.get_value(at) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn formula(range: &Range<String>, at: (u32, u32)) -> String {
    range.get_value(at).cloned().unwrap_or_default()
}

/// The category a `SUMIFS`/`AVERAGEIFS` formula compares with: its last argument,
/// `"=Các sở, ngành"`, unquoted and unescaped.
fn criterion(formula: &str) -> String {
    let start = formula.find("\"=").expect("a criterion") + 2;
    let mut chars = formula[start..].chars().peekable();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' if chars.peek() == Some(&'"') => {
                chars.next();
                out.push('"');
            }
            '"' => break,
            '~' => out.push(chars.next().unwrap_or('~')),
            _ => out.push(c),
        }
    }
    out
}

/// The mean of percents given as fractions, in tenths of a percent, rounded half away
/// from zero as the JSON is.
fn mean(values: &[f64]) -> Option<f64> {
    let n = values.len() as i64;
    let sum: i64 = values.iter().map(|v| tenths(*v)).sum();
    (n > 0).then(|| ((2 * sum + n) / (2 * n)) as f64 / 10.0)
}

/// A percent (in points) as tenths, exactly: cells hold fractions such as 0.855.
fn tenths(fraction: f64) -> i64 {
    (fraction * 1000.0).round() as i64
}

/// Checks the workbook at `path` against the JSON figures `json` of the same compile.
pub fn assert_matches_json(path: &Path, json: &Value) {
    let mut workbook: Xlsx<_> = open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(workbook.sheet_names(), [TOTALS, UNITS, MISSING]);
    let totals = workbook.worksheet_range(TOTALS).unwrap();
    let formulas = workbook.worksheet_formula(TOTALS).unwrap();
    let units = workbook.worksheet_range(UNITS).unwrap();
    let missing = workbook.worksheet_range(MISSING).unwrap();
    let appendix = json["appendix"].as_object().unwrap();

    // Totals: a header row, then one row per indicator in the outline's (and the JSON's) order.
    let header = (0..totals.end().unwrap().0)
        .find(|&r| text(&totals, (r, 0)) == "STT")
        .expect("a header row");
    let width = totals.end().unwrap().1 + 1;
    let last = width - 1;
    assert_eq!(text(&totals, (header, 2)), "Tổng số");
    assert_eq!(text(&totals, (header, last)), "Số đơn vị có số liệu");
    for (k, (id, figures)) in appendix.iter().enumerate() {
        let row = header + 1 + k as u32;
        let percent = formula(&formulas, (row, 2)).contains("AVERAGE(");
        let as_json = |cell: Option<f64>| cell.map(|v| if percent { tenths(v) as f64 / 10.0 } else { v });
        assert_eq!(
            as_json(number(totals.get_value((row, 2)))),
            figures["total"].as_f64(),
            "{id}: total"
        );
        let categories = figures["by_category"].as_object().unwrap();
        assert_eq!(categories.len() as u32, width - 4, "{id}: one column per category");
        for (c, (category, value)) in categories.iter().enumerate() {
            let col = 3 + c as u32;
            assert_eq!(
                as_json(number(totals.get_value((row, col)))),
                value.as_f64(),
                "{id} in {category}"
            );
            let written = formula(&formulas, (row, col));
            assert!(
                written.contains(if percent { "AVERAGEIFS(" } else { "SUMIFS(" }),
                "{id} in {category}: {written}"
            );
            // The formula, evaluated here: the units whose category cell is its criterion.
            let name = criterion(&written);
            let values: Vec<f64> = (1..=units.end().unwrap().0)
                .filter(|&r| text(&units, (r, 3)) == name)
                .filter_map(|r| number(units.get_value((r, 4 + k as u32))))
                .collect();
            // No unit's figure: none, not 0.
            let evaluated = if percent {
                mean(&values)
            } else {
                (!values.is_empty()).then(|| values.iter().sum())
            };
            assert_eq!(evaluated, value.as_f64(), "{id} in {category}: {written}");
        }
        assert_eq!(
            number(totals.get_value((row, last))),
            figures["reported"].as_f64(),
            "{id}: reported"
        );
        assert!(formula(&formulas, (row, last)).starts_with("COUNT("), "{id}");

        // The units' own cells give the same figures, added up here.
        let col = 4 + k as u32;
        let values: Vec<f64> = (1..=units.end().unwrap().0)
            .filter_map(|r| number(units.get_value((r, col))))
            .collect();
        assert_eq!(
            values.len() as u64,
            figures["reported"].as_u64().unwrap(),
            "{id}: cells"
        );
        let total = if percent {
            mean(&values)
        } else {
            Some(values.iter().sum())
        };
        assert_eq!(total, figures["total"].as_f64(), "{id}: sum of the units' cells");
    }

    // One row per unit that reported; every unit that did not, on its own sheet.
    let rows = (1..=units.end().unwrap().0)
        .filter(|&r| !text(&units, (r, 1)).is_empty())
        .count();
    assert_eq!(rows as u64, json["units"]["submitted"].as_u64().unwrap());
    let listed: BTreeSet<String> = (1..=missing.end().unwrap().0)
        .map(|r| text(&missing, (r, 1)))
        .filter(|code| !code.is_empty())
        .collect();
    // The sheet lists every unit whose report does not count: none sent, or only rejected.
    let expected: BTreeSet<String> = ["missing", "rejected_units"]
        .iter()
        .flat_map(|key| json["units"][key].as_array().unwrap())
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(listed, expected);
}

/// The indicators of the built-in outline as a unit's appendix labels them, in order.
#[allow(dead_code)] // The unit's side: `tests/check.rs` writes, the others read.
pub const INDICATORS: [&str; 9] = [
    "Số văn bản lãnh đạo, chỉ đạo về công tác dân vận được ban hành",
    "Số hội nghị quán triệt, triển khai, sơ kết, tổng kết",
    "Số lượt cán bộ, công chức, viên chức được tập huấn, bồi dưỡng",
    "Số cuộc đối thoại của người đứng đầu với Nhân dân",
    "Số lượt tiếp công dân",
    "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận",
    "Số đơn thư đã giải quyết",
    "Số mô hình “Dân vận khéo” được công nhận",
    "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến (%)",
];

/// A unit's appendix as an `.xlsx` on one sheet (`Sheet1`): each of `title` a row merged
/// across the table (an empty one left blank; `left\tright` two merged halves), a blank row when there are titles, then
/// `STT | Chỉ tiêu | ĐVT | Số liệu | Ghi chú` and one row per indicator of the built-in
/// outline with `values` (`None`: the cell left empty).
#[allow(dead_code)]
pub fn appendix(title: &[&str], values: [Option<f64>; 9]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let plain = rust_xlsxwriter::Format::new();
    let mut row = 0;
    for line in title {
        // `left\tright`: the two columns of a header block, as units copy it.
        match line.split_once('\t') {
            Some((left, right)) => {
                sheet.merge_range(row, 0, row, 1, left, &plain).unwrap();
                sheet.merge_range(row, 2, row, 4, right, &plain).unwrap();
            }
            None if !line.is_empty() => {
                sheet.merge_range(row, 0, row, 4, line, &plain).unwrap();
            }
            None => {}
        }
        row += 1;
    }
    if !title.is_empty() {
        row += 1;
    }
    for (col, header) in (0..).zip(["STT", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú"]) {
        sheet.write_string(row, col, header).unwrap();
    }
    for (k, (name, value)) in INDICATORS.iter().zip(values).enumerate() {
        let at = row + 1 + k as u32;
        sheet.write_number(at, 0, (k + 1) as f64).unwrap();
        sheet.write_string(at, 1, *name).unwrap();
        sheet.write_string(at, 2, if k == 8 { "%" } else { "" }).unwrap();
        if let Some(value) = value {
            sheet.write_number(at, 3, value).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}
