//! The statistics appendix: one table row per indicator, values written the Vietnamese
//! way. Rows are found by their number (STT) or their name; columns by their headers.

use rust_decimal::Decimal;

use crate::diagnostic::{Diagnostic, Finding, LineIndex, Location, ValueProblem};
use crate::heading::{matches_title, normalize};
use crate::markdown::{Block, BlockKind, Row};
use crate::number::{Cell, parse_cell};
use crate::outline::{Indicator, Kind, Outline};
use crate::structure::Structure;

/// What a report says for one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// No row, or a blank value.
    Missing,
    /// A value that is not a valid figure for its kind; the text as written.
    Invalid(String),
    /// A valid figure; `over_limit` when it breaks an `at_most` rule (it still counts).
    Value { value: Decimal, over_limit: bool },
}

impl Reading {
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Reading::Value { value, .. } => Some(*value),
            _ => None,
        }
    }
}

/// Readings in the outline's indicator order, with their diagnostics.
pub struct Appendix {
    pub readings: Vec<Reading>,
    pub diagnostics: Vec<Diagnostic>,
}

const VALUE_HEADERS: [&str; 7] = ["số liệu", "kết quả", "giá trị", "số lượng", "tổng số", "value", "tỷ lệ"];
const NAME_HEADERS: [&str; 4] = ["chỉ tiêu", "nội dung", "tên", "indicator"];
const NUMBER_HEADERS: [&str; 4] = ["stt", "tt", "số tt", "số thứ tự"];

struct Columns {
    number: Option<usize>,
    name: Option<usize>,
    value: usize,
}

fn columns(header: &Row) -> Columns {
    let normalized: Vec<String> = header.cells.iter().map(|c| normalize(c)).collect();
    let find = |names: &[&str]| normalized.iter().position(|h| names.iter().any(|n| h.contains(n)));
    let count = header.cells.len();
    let number = normalized
        .iter()
        .position(|h| NUMBER_HEADERS.contains(&h.as_str()))
        .or((count >= 3).then_some(0));
    let name = find(&NAME_HEADERS).or((count >= 2).then_some(if number == Some(0) { 1 } else { 0 }));
    let value = find(&VALUE_HEADERS)
        .filter(|v| Some(*v) != name && Some(*v) != number)
        .unwrap_or(if count >= 3 { 2 } else { count.saturating_sub(1) });
    Columns { number, name, value }
}

/// Reads the appendix of a report whose structure is known.
pub fn read(blocks: &[Block], text: &str, index: &LineIndex, structure: &Structure, outline: &Outline) -> Appendix {
    let indicators = &outline.appendix.indicators;
    let mut readings = vec![Reading::Missing; indicators.len()];
    let mut diagnostics = Vec::new();
    let Some(placed) = outline.appendix.section.and_then(|s| structure.find(s)) else {
        // The missing section is already reported; a row-by-row list would only repeat it.
        return Appendix { readings, diagnostics };
    };
    let heading = &blocks[placed.heading];
    let mut locations: Vec<Location> = vec![index.locate(heading.start, heading.end); indicators.len()];
    let mut seen = vec![false; indicators.len()];
    for table in blocks[placed.body.clone()]
        .iter()
        .filter(|b| b.kind == BlockKind::Table)
    {
        let Some((header, rows)) = table.rows.split_first() else {
            continue;
        };
        let cols = columns(header);
        for row in rows {
            let cell = |i: Option<usize>| i.and_then(|i| row.cells.get(i)).map_or("", |c| c.trim());
            let name = normalize(cell(cols.name));
            let number: Option<u32> = cell(cols.number).trim_end_matches('.').parse().ok();
            let names_match = |ind: &Indicator| {
                !name.is_empty() && (matches_title(&name, &ind.match_name) || matches_title(&ind.match_name, &name))
            };
            let by_number = indicators.iter().position(|ind| ind.stt.is_some() && ind.stt == number);
            // A shortened name ("Số lượt") fits several indicators: the row's number, when
            // its indicator fits the name too, says which one.
            let by_both = by_number.filter(|&i| name.is_empty() || names_match(&indicators[i]));
            let Some(i) = by_both
                .or_else(|| indicators.iter().position(names_match))
                .or(by_number)
            else {
                continue;
            };
            if seen[i] {
                continue;
            }
            seen[i] = true;
            locations[i] = cell_location(text, index, row, cols.value);
            let raw = cell(Some(cols.value)).to_owned();
            readings[i] = evaluate(&raw, indicators[i].kind);
        }
    }
    for (i, indicator) in indicators.iter().enumerate() {
        let finding = match &readings[i] {
            Reading::Missing => Finding::AppendixValueMissing {
                indicator: indicator.id.clone(),
                name: indicator.name.clone(),
            },
            Reading::Invalid(raw) => Finding::AppendixValueInvalid {
                indicator: indicator.id.clone(),
                name: indicator.name.clone(),
                value: raw.clone(),
                problem: problem(raw, indicator.kind),
            },
            Reading::Value { value, .. } => {
                let limit = indicator.at_most.and_then(|j| readings[j].value().map(|v| (j, v)));
                match limit {
                    Some((j, other_value)) if *value > other_value => {
                        let finding = Finding::AppendixConstraint {
                            indicator: indicator.id.clone(),
                            name: indicator.name.clone(),
                            value: raw_number(*value),
                            other: indicators[j].name.clone(),
                            other_value: raw_number(other_value),
                        };
                        readings[i] = Reading::Value {
                            value: *value,
                            over_limit: true,
                        };
                        finding
                    }
                    _ => continue,
                }
            }
        };
        diagnostics.push(Diagnostic::new(finding, locations[i].clone()));
    }
    Appendix { readings, diagnostics }
}

fn raw_number(value: Decimal) -> String {
    crate::number::format_decimal(value, value.scale())
}

fn evaluate(raw: &str, kind: Kind) -> Reading {
    match parse_cell(raw) {
        Cell::Blank => Reading::Missing,
        Cell::Number { value, percent_sign } if check(value, percent_sign, kind).is_none() => Reading::Value {
            value,
            over_limit: false,
        },
        _ => Reading::Invalid(raw.to_owned()),
    }
}

/// Why a figure is not valid for its kind, if it is not.
fn check(value: Decimal, percent_sign: bool, kind: Kind) -> Option<ValueProblem> {
    if value.is_sign_negative() && !value.is_zero() {
        return Some(ValueProblem::Negative);
    }
    match kind {
        Kind::Count if percent_sign => Some(ValueProblem::PercentOnCount),
        Kind::Count if !value.fract().is_zero() => Some(ValueProblem::NotWhole),
        Kind::Count if value > Decimal::from(u64::MAX) => Some(ValueProblem::TooLarge),
        Kind::Percent if value > Decimal::ONE_HUNDRED => Some(ValueProblem::PercentRange),
        _ => None,
    }
}

fn problem(raw: &str, kind: Kind) -> ValueProblem {
    match parse_cell(raw) {
        Cell::Number { value, percent_sign } => check(value, percent_sign, kind).unwrap_or(ValueProblem::NotANumber),
        _ => ValueProblem::NotANumber,
    }
}

/// The location of cell `column` of a pipe-table row.
fn cell_location(text: &str, index: &LineIndex, row: &Row, column: usize) -> Location {
    let line_end = text[row.start..].find('\n').map_or(text.len(), |i| row.start + i);
    let line = &text[row.start..line_end];
    let leading_pipe = usize::from(line.trim_start().starts_with('|'));
    let pipes: Vec<usize> = line.match_indices('|').map(|(i, _)| i).collect();
    let cell_start = match (column + leading_pipe).checked_sub(1) {
        None => row.start,
        Some(n) => match pipes.get(n) {
            Some(&pipe) => row.start + pipe + 1,
            None => return index.locate(row.start, line_end),
        },
    };
    let cell_end = pipes
        .iter()
        .find(|&&p| row.start + p > cell_start)
        .map_or(line_end, |p| row.start + p);
    let content = &text[cell_start..cell_end];
    let lead = content.len() - content.trim_start().len();
    let start = cell_start + lead;
    index.locate(start, start + content.trim().len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::blocks;

    fn values(table: &str) -> Vec<Option<Decimal>> {
        let text = format!("# Phụ lục\n\n{table}");
        let outline = Outline::builtin();
        let index = LineIndex::new(&text);
        let blocks = blocks(&text, 0);
        let structure = crate::structure::analyze(&blocks, &text, &index, &outline);
        read(&blocks, &text, &index, &structure, &outline)
            .readings
            .iter()
            .map(Reading::value)
            .collect()
    }

    #[test]
    fn a_percent_sign_belongs_to_percents_only() {
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản | 12% |\n| 9 | Tỷ lệ | 67,8% |\n";
        let got = values(table);
        assert_eq!(got[0], None, "a count written with % is invalid");
        assert_eq!(got[8], Some(Decimal::new(678, 1)));
        assert_eq!(problem("12%", Kind::Count), ValueProblem::PercentOnCount);
    }

    #[test]
    fn shortened_names_are_told_apart_by_their_number() {
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 3 | Số lượt | 2.071 |\n| 5 | Số lượt | 1.215 |\n\
                     | 6 | Số đơn thư | 356 |\n| 7 | Số đơn thư | 341 |\n";
        let got = values(table);
        assert_eq!(got[2], Some(Decimal::from(2071)));
        assert_eq!(got[4], Some(Decimal::from(1215)));
        assert_eq!(got[5], Some(Decimal::from(356)));
        assert_eq!(got[6], Some(Decimal::from(341)));
    }

    #[test]
    fn a_full_name_wins_over_a_wrong_number() {
        // Rows renumbered by the unit: the name is the indicator's.
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số lượt tiếp công dân | 1.215 |\n";
        let got = values(table);
        assert_eq!(got[4], Some(Decimal::from(1215)));
        assert_eq!(got[0], None);
    }
}
