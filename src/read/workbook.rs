//! An appendix sent as an Excel file (`.xlsx`): every sheet read into the same grid model
//! as the tables of a report, with `calamine` (pure Rust, no Excel needed). Merged cells
//! (a header spanning its period columns) give their text to every cell they cover; each
//! cell is located as `bieu.xlsx!Sheet1!C7`. Pure: bytes in, grids out.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rust_decimal::Decimal;

use crate::read::table::{Cell, Grid, Locator, clean};

/// The sheets of one workbook, in the workbook's order.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    /// The file name, as findings name it.
    pub name: String,
    pub sheets: Vec<(String, Grid)>,
}

impl Workbook {
    /// The sheet named after a unit code (`X083`, `x083`), if the workbook has one.
    pub fn unit_sheet(&self, code: &str) -> Option<&Grid> {
        self.sheets
            .iter()
            .find(|(name, _)| name.trim().eq_ignore_ascii_case(code))
            .map(|(_, grid)| grid)
    }
}

/// Most rows and columns read from one sheet: an appendix has tens, a stray export
/// of a whole database must not take the run's memory.
const MAX_ROWS: usize = 2_000;
const MAX_COLUMNS: usize = 64;
const MAX_REGIONS: usize = 1_000;

/// `A`, `Z`, `AA` for a 0-based column.
fn column_name(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Reads every sheet of an `.xlsx`; `name` is the file name findings will show.
pub fn read(bytes: &[u8], name: &str) -> Result<Workbook, String> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut sheets = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).map_err(|e| e.to_string())?;
        let merged = book.merge_cells_by_sheet_name(&sheet).unwrap_or_default();
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        for (r, row) in range.rows().enumerate().take(MAX_ROWS) {
            let cells = row
                .iter()
                .enumerate()
                .take(MAX_COLUMNS)
                .map(|(c, data)| {
                    let (row_at, col_at) = (top + r as u32, left + c as u32);
                    let (text, number) = value(data);
                    Cell {
                        text,
                        number,
                        at: Locator::Sheet(format!("{name}!{sheet}!{}{}", column_name(col_at), row_at + 1)),
                    }
                })
                .collect();
            rows.push(cells);
        }
        // A merged cell's text belongs to every cell it covers (only the first holds it).
        // Merged regions are few in a real appendix; a hostile file's thousands are not spread.
        for region in merged.iter().take(MAX_REGIONS) {
            let (r0, c0) = region.start;
            let (r1, c1) = region.end;
            let at = |r: u32, c: u32| -> Option<(usize, usize)> {
                Some((r.checked_sub(top)? as usize, c.checked_sub(left)? as usize))
            };
            let Some((fr, fc)) = at(r0, c0) else {
                continue;
            };
            let Some(text) = rows.get(fr).and_then(|row| row.get(fc)).map(|c| c.text.clone()) else {
                continue;
            };
            for r in r0..=r1.min(top + MAX_ROWS as u32) {
                for c in c0..=c1.min(left + MAX_COLUMNS as u32) {
                    if let Some((rr, cc)) = at(r, c)
                        && let Some(cell) = rows.get_mut(rr).and_then(|row| row.get_mut(cc))
                        && cell.text.is_empty()
                    {
                        cell.text = text.clone();
                    }
                }
            }
        }
        sheets.push((
            sheet.clone(),
            Grid {
                rows,
                // The header is found by its words, as in a table pasted without `|---|`.
                separator: false,
                start: 0,
            },
        ));
    }
    Ok(Workbook {
        name: name.to_owned(),
        sheets,
    })
}

/// A cell's text, and the number Excel stored when it stored one.
fn value(data: &Data) -> (String, Option<Decimal>) {
    match data {
        Data::Empty => (String::new(), None),
        Data::String(s) => (clean(s), None),
        Data::Int(i) => (i.to_string(), Some(Decimal::from(*i))),
        Data::Float(f) => {
            // Excel keeps binary fractions: 94.8 may come back as 94.80000000000001.
            let number = Decimal::from_f64_retain(*f).map(|d| d.round_dp(6).normalize());
            let text = number.map_or_else(|| f.to_string(), |d| crate::text::number::format_decimal(d, d.scale()));
            (text, number)
        }
        Data::Bool(b) => (b.to_string(), None),
        Data::DateTime(d) => (d.to_string(), None),
        Data::DateTimeIso(s) | Data::DurationIso(s) => (s.clone(), None),
        Data::Error(e) => (format!("#{e:?}"), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_excel_names_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn a_file_that_is_not_a_workbook_is_an_error_not_a_panic() {
        assert!(read(b"not a zip", "x.xlsx").is_err());
        assert!(read(&[], "x.xlsx").is_err());
    }

    #[test]
    fn stored_numbers_are_kept_exact() {
        assert_eq!(value(&Data::Float(94.80000000000001)).1, Some(Decimal::new(948, 1)));
        assert_eq!(value(&Data::Float(1250.0)).0, "1.250");
        assert_eq!(value(&Data::Int(15)).1, Some(Decimal::from(15)));
    }
}
