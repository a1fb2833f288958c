//! An appendix sent as an Excel file (`.xlsx`): every sheet read into the same grid model
//! as the tables of a report, with `calamine` (pure Rust, no Excel needed). Merged cells
//! (a header spanning its period columns) give their text to every cell they cover; each
//! cell is located as `bieu.xlsx!Sheet1!C7`. A number is read as its cell shows it: under
//! a percent format, the stored fraction times 100 (1 is shown, and read, as 100 %).
//! Pure: bytes in, grids out.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rust_decimal::Decimal;

use crate::read::table::{Cell, Grid, Locator, Shown, clean};

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
        // Number formats: a sheet whose styles cannot be read is read as General.
        let styles = book.worksheet_style(&sheet).ok();
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        for (r, row) in range.rows().enumerate().take(MAX_ROWS) {
            let cells = row
                .iter()
                .enumerate()
                .take(MAX_COLUMNS)
                .map(|(c, data)| {
                    let (row_at, col_at) = (top + r as u32, left + c as u32);
                    let format = styles
                        .as_ref()
                        .and_then(|s| s.get((row_at, col_at)))
                        .and_then(|style| style.number_format.as_ref())
                        .map_or("General", |f| f.format_code.as_str());
                    let (text, number, shown) = value(data, shown(format));
                    Cell {
                        text,
                        number,
                        shown,
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
                end: 0,
            },
        ));
    }
    Ok(Workbook {
        name: name.to_owned(),
        sheets,
    })
}

/// How a number format code shows a number: `%` outside quoted text, `[…]` sections
/// (`[$-42A]`, `[Red]`) and `\`-escaped characters multiplies it by 100.
fn shown(code: &str) -> Shown {
    if code.is_empty() || code.eq_ignore_ascii_case("General") || code == "@" {
        return Shown::General;
    }
    let mut chars = code.chars();
    let (mut quoted, mut bracket) = (false, false);
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            '\\' if !quoted => {
                chars.next();
            }
            '%' if !quoted && !bracket => return Shown::Percent,
            _ => {}
        }
    }
    Shown::Plain
}

/// A cell's text as shown, the number it shows when it holds one, and how it shows it.
fn value(data: &Data, shown: Shown) -> (String, Option<Decimal>, Shown) {
    let number = match data {
        Data::Empty => return (String::new(), None, Shown::General),
        Data::String(s) => return (clean(s), None, Shown::General),
        Data::Int(i) => Some(Decimal::from(*i)),
        // Excel keeps binary fractions: 94.8 may come back as 94.80000000000001.
        Data::Float(f) => match Decimal::from_f64_retain(*f) {
            Some(d) => Some(d),
            None => return (f.to_string(), None, Shown::General),
        },
        Data::Bool(b) => return (b.to_string(), None, Shown::General),
        Data::DateTime(d) => return (d.to_string(), None, Shown::General),
        Data::DateTimeIso(s) | Data::DurationIso(s) => return (s.clone(), None, Shown::General),
        Data::Error(e) => return (format!("#{e:?}"), None, Shown::General),
    };
    let number = number.map(|d| {
        let d = if shown == Shown::Percent {
            d.saturating_mul(Decimal::ONE_HUNDRED)
        } else {
            d
        };
        d.round_dp(6).normalize()
    });
    let text = number.map_or_else(String::new, |d| {
        let figure = crate::text::number::format_decimal(d, d.scale());
        if shown == Shown::Percent {
            format!("{figure}%")
        } else {
            figure
        }
    });
    (text, number, shown)
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
        assert_eq!(
            value(&Data::Float(94.80000000000001), Shown::General).1,
            Some(Decimal::new(948, 1))
        );
        assert_eq!(value(&Data::Float(1250.0), Shown::General).0, "1.250");
        assert_eq!(value(&Data::Int(15), Shown::Plain).1, Some(Decimal::from(15)));
    }

    #[test]
    fn format_codes_that_show_a_percent() {
        for code in ["0%", "0.0%", "[$-42A]0.0%", "#,##0.00%;[Red]-#,##0.00%"] {
            assert_eq!(shown(code), Shown::Percent, "{code}");
        }
        for code in ["0.0", "#,##0", "[$-42A]#,##0", "0.0\"%\"", "0.0\\%", "[%]0"] {
            assert_eq!(shown(code), Shown::Plain, "{code}");
        }
        assert_eq!(shown("General"), Shown::General);
        assert_eq!(shown("@"), Shown::General);
    }

    /// An officer reads a cell as Excel shows it: 1 under `0%` is 100 %, 0,5 under `0.0`
    /// is 0,5 (a rate under 1 %), 0,948 under `0.0%` is 94,8 %.
    #[test]
    fn numbers_are_read_as_their_cells_show_them() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        let percent = rust_xlsxwriter::Format::new().set_num_format("0%");
        let tenths = rust_xlsxwriter::Format::new().set_num_format("0.0%");
        let points = rust_xlsxwriter::Format::new().set_num_format("0.0");
        sheet.write_number_with_format(0, 0, 1.0, &percent).expect("cell");
        sheet.write_number_with_format(0, 1, 0.948, &tenths).expect("cell");
        sheet.write_number_with_format(0, 2, 0.5, &points).expect("cell");
        sheet.write_number(0, 3, 0.948).expect("cell");
        sheet.write_number(0, 4, 67.8).expect("cell");
        let bytes = book.save_to_buffer().expect("workbook");
        let book = read(&bytes, "bieu.xlsx").expect("read back");
        let cells = &book.sheets[0].1.rows[0];
        let got: Vec<(Option<Decimal>, Shown, &str)> =
            cells.iter().map(|c| (c.number, c.shown, c.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (Some(Decimal::ONE_HUNDRED), Shown::Percent, "100%"),
                (Some(Decimal::new(948, 1)), Shown::Percent, "94,8%"),
                (Some(Decimal::new(5, 1)), Shown::Plain, "0,5"),
                (Some(Decimal::new(948, 3)), Shown::General, "0,948"),
                (Some(Decimal::new(678, 1)), Shown::General, "67,8"),
            ]
        );
    }
}
