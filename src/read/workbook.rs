//! An appendix sent as an Excel file (`.xlsx`): every sheet read into the same grid model
//! as the tables of a report, with `calamine` (pure Rust, no Excel needed). Merged cells
//! (a header spanning its period columns) give their text to every cell they cover; each
//! cell is located as `bieu.xlsx!Sheet1!C7`. A number is read as its cell shows it: under
//! a percent format, the stored fraction times 100 (1 is shown, and read, as 100 %), and
//! rounded to the decimals its format shows (`=866/964` under `0.0%` is 89,8). Only what
//! Excel shows is read: hidden sheets, rows and columns are skipped, and listed so that
//! the report can say so. Pure: bytes in, grids out. An Excel 97–2003 (`.xls`) or
//! OpenDocument (`.ods`) workbook reaches here as the `.xlsx` LibreOffice makes of it:
//! calamine reads no number formats from those, and `0,855` under `0,0%` is 85,5.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufReader, Cursor, Read};

use calamine::{Data, Reader, SheetVisible, Xlsx};
use quick_xml::events::{BytesStart, Event};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::read::table::{Cell, Grid, Locator, Shown, clean};

/// A workbook's file name ends so (lower case, no dot); the `.xlsx` formats are read as
/// they are, the others ([`converted`]) through LibreOffice.
pub const EXTENSIONS: [&str; 4] = ["xlsx", "xlsm", "xls", "ods"];

/// Whether a workbook of this extension (lower case) is read through LibreOffice.
pub fn converted(extension: &str) -> bool {
    matches!(extension, "xls" | "ods")
}

/// Whether `name` is a workbook's file name.
pub fn is_name(name: &str) -> bool {
    let extension = name.rsplit_once('.').map_or("", |(_, e)| e);
    EXTENSIONS.iter().any(|e| extension.eq_ignore_ascii_case(e))
}

/// The sheets of one workbook, in the workbook's order.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    /// The file name, as findings name it.
    pub name: String,
    /// The sheets Excel shows; a hidden or very hidden sheet is not one of them.
    pub sheets: Vec<(String, Grid)>,
    /// Hidden and very hidden sheets, by name, not read.
    pub hidden_sheets: Vec<String>,
    /// Hidden rows and columns of the sheets read that hold something, not read: the
    /// sheet, and the row or column as Excel names it (`10:10`, `C:C`).
    pub hidden_lines: Vec<(String, Line)>,
}

/// A row or a column Excel hides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `10:10`.
    Row(String),
    /// `C:C`.
    Column(String),
}

/// What was not read because Excel hides it: sheet names, rows and columns as findings
/// name them (`bieu.xlsx!Sheet1!10:10`, `bieu.xlsx!Sheet1!C:C`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hidden {
    pub sheets: Vec<String>,
    pub rows: Vec<String>,
    pub columns: Vec<String>,
}

impl Hidden {
    pub fn is_empty(&self) -> bool {
        self.sheets.is_empty() && self.rows.is_empty() && self.columns.is_empty()
    }
}

impl Workbook {
    /// The sheet named after a unit code (`X083`, `x083`), if the workbook has one.
    pub fn unit_sheet(&self, code: &str) -> Option<&Grid> {
        self.unit_sheet_named(code).map(|(_, grid)| grid)
    }

    /// The unit's sheet with its name.
    pub fn unit_sheet_named(&self, code: &str) -> Option<&(String, Grid)> {
        self.sheets
            .iter()
            .find(|(name, _)| name.trim().eq_ignore_ascii_case(code))
    }

    /// Takes the sheets named in `hidden` out of the sheets read, as hidden ones: what the
    /// file as sent hides is not read, whatever its conversion shows.
    pub fn hide_sheets(&mut self, hidden: &[String]) {
        let (gone, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut self.sheets)
            .into_iter()
            .partition(|(name, _)| hidden.contains(name));
        self.sheets = kept;
        self.hidden_sheets.extend(gone.into_iter().map(|(name, _)| name));
    }

    /// What Excel hides and was not read: in `sheet` only (a unit's sheet of a workbook
    /// for many units), or in the whole workbook, hidden sheets included.
    pub fn hidden(&self, sheet: Option<&str>) -> Hidden {
        let mut out = Hidden {
            sheets: if sheet.is_none() {
                self.hidden_sheets.clone()
            } else {
                Vec::new()
            },
            ..Hidden::default()
        };
        for (name, line) in &self.hidden_lines {
            if sheet.is_some_and(|s| s != name) {
                continue;
            }
            match line {
                Line::Row(r) => out.rows.push(format!("{}!{name}!{r}", self.name)),
                Line::Column(c) => out.columns.push(format!("{}!{name}!{c}", self.name)),
            }
        }
        out
    }
}

/// Most rows and columns read from one sheet: an appendix has tens, a stray export
/// of a whole database must not take the run's memory.
const MAX_ROWS: usize = 2_000;
const MAX_COLUMNS: usize = 64;
const MAX_REGIONS: usize = 1_000;
/// Most bytes of a sheet's XML read for its hidden rows and columns, and of the small
/// parts that say where each sheet is.
const MAX_SHEET_XML: u64 = 64 * 1024 * 1024;
const MAX_INDEX_XML: u64 = 4 * 1024 * 1024;

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

/// The sheets a workbook as sent (an `.ods` or `.xls`) hides, by name, or why it is no
/// workbook. Asked before LibreOffice converts it: LibreOffice takes a broken `.xls` in as
/// text, and its `.xlsx` of an `.ods` may show sheets the `.ods` hides.
pub fn sheets_hidden_in(original: &[u8]) -> Result<Vec<String>, String> {
    let book = calamine::open_workbook_auto_from_rs(Cursor::new(original)).map_err(|e| e.to_string())?;
    Ok(book
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible != SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect())
}

/// Reads every sheet Excel shows of an `.xlsx`, without the rows and columns it hides;
/// `name` is the file name findings will show.
pub fn read(bytes: &[u8], name: &str) -> Result<Workbook, String> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    // Where each sheet's XML is, for its hidden rows and columns (calamine does not say);
    // a package whose index cannot be read is read whole, as before. Most workbooks hide
    // nothing: their sheets are only scanned for the word.
    let mut package = zip::ZipArchive::new(Cursor::new(bytes)).ok();
    let parts = match package.as_mut() {
        Some(package) => {
            if hides_lines(package) {
                sheet_parts(package)
            } else {
                HashMap::new()
            }
        }
        None => HashMap::new(),
    };
    let mut sheets = Vec::new();
    let mut hidden_sheets = Vec::new();
    let mut hidden_lines = Vec::new();
    let shown: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible == SheetVisible::Visible))
        .collect();
    for (sheet, visible) in shown {
        if !visible {
            hidden_sheets.push(sheet);
            continue;
        }
        let range = book.worksheet_range(&sheet).map_err(|e| e.to_string())?;
        let merged = book.merge_cells_by_sheet_name(&sheet).unwrap_or_default();
        // Number formats: a sheet whose styles cannot be read is read as General.
        let styles = book.worksheet_style(&sheet).ok();
        let (top, left) = range.start().unwrap_or((0, 0));
        let lines = match (package.as_mut(), parts.get(&sheet)) {
            (Some(package), Some(part)) => hidden_lines_of(package, part, top, left).unwrap_or_default(),
            _ => Lines::default(),
        };
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        for (r, row) in range.rows().enumerate().take(MAX_ROWS) {
            let cells = row
                .iter()
                .enumerate()
                .take(MAX_COLUMNS)
                .map(|(c, data)| {
                    let (row_at, col_at) = (top + r as u32, left + c as u32);
                    let code = styles
                        .as_ref()
                        .and_then(|s| s.get((row_at, col_at)))
                        .and_then(|style| style.number_format.as_ref())
                        .map_or("General", |f| f.format_code.as_str());
                    let (text, number, shown) = value(data, format(code));
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
        // A hidden row or column is said when it holds something of its own (before
        // merged cells spread their text: a title merged across a hidden column is not).
        if !lines.is_empty() {
            hidden_lines.extend(
                hidden_filled(&rows, &lines, top, left)
                    .into_iter()
                    .map(|l| (sheet.clone(), l)),
            );
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
        // What Excel hides is not read (an old figure kept above the new one, a draft
        // column): dropped once merged headers are spread; each cell keeps its own name.
        if !lines.is_empty() {
            drop_hidden(&mut rows, &lines, top, left);
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
        hidden_sheets,
        hidden_lines,
    })
}

// ---------------------------------------------------------------------------------------
// Hidden rows and columns: calamine reads cells, not how rows and columns show, so each
// sheet's XML is read again for its `<row r="7" hidden="1">` and `<col min max hidden>`,
// streamed (nothing kept but the hidden lines within the part of the sheet read).

/// The hidden rows and columns of one sheet, 0-based.
#[derive(Debug, Default)]
struct Lines {
    rows: BTreeSet<u32>,
    /// Inclusive ranges.
    columns: Vec<(u32, u32)>,
}

impl Lines {
    fn is_empty(&self) -> bool {
        self.rows.is_empty() && self.columns.is_empty()
    }

    fn column(&self, col: u32) -> bool {
        self.columns.iter().any(|&(min, max)| (min..=max).contains(&col))
    }
}

/// The hidden columns, then rows, of a sheet's cells `rows` (from `top`, `left`) that
/// hold something: a row by what it holds in the columns shown.
fn hidden_filled(rows: &[Vec<Cell>], lines: &Lines, top: u32, left: u32) -> Vec<Line> {
    let filled = |cell: &Cell| !cell.text.is_empty();
    let hidden_col = |c: usize| lines.column(left + c as u32);
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let columns = (0..width)
        .filter(|&c| hidden_col(c) && rows.iter().any(|row| row.get(c).is_some_and(filled)))
        .map(|c| {
            let name = column_name(left + c as u32);
            Line::Column(format!("{name}:{name}"))
        });
    let rows = (top..)
        .zip(rows)
        .filter(|(at, row)| {
            lines.rows.contains(at) && row.iter().enumerate().any(|(c, cell)| !hidden_col(c) && filled(cell))
        })
        .map(|(at, _)| Line::Row(format!("{0}:{0}", at + 1)));
    columns.chain(rows).collect()
}

/// Drops the hidden rows and columns of a sheet's cells `rows` (from `top`, `left`).
fn drop_hidden(rows: &mut Vec<Vec<Cell>>, lines: &Lines, top: u32, left: u32) {
    let mut at = top;
    rows.retain_mut(|row| {
        at += 1;
        if lines.rows.contains(&(at - 1)) {
            return false;
        }
        let mut col = left;
        row.retain(|_| {
            col += 1;
            !lines.column(col - 1)
        });
        true
    });
}

type Package<'b> = zip::ZipArchive<Cursor<&'b [u8]>>;
type PartReader<'a, 'b> = BufReader<std::io::Take<zip::read::ZipFile<'a, Cursor<&'b [u8]>>>>;

/// A part of the package, its bytes read through a bound (a zip bomb declares little).
fn part_reader<'a, 'b>(package: &'a mut Package<'b>, name: &str, limit: u64) -> Option<PartReader<'a, 'b>> {
    let file = package.by_name(name).ok()?;
    Some(BufReader::new(file.take(limit)))
}

fn part_text(package: &mut Package<'_>, name: &str) -> Option<String> {
    let mut text = String::new();
    part_reader(package, name, MAX_INDEX_XML)?
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

/// Whether a worksheet part of the package says `hidden=` at all (a row or a column
/// hidden; a cell's own text is in the shared strings), each streamed through a bound.
fn hides_lines(package: &mut Package<'_>) -> bool {
    const NEEDLE: &[u8] = b"hidden=";
    let names: Vec<String> = package
        .file_names()
        .flatten()
        .filter(|name| name.contains("worksheets/") && name.ends_with(".xml"))
        .map(|name| name.into_owned())
        .collect();
    names
        .iter()
        .any(|name| part_reader(package, name, MAX_SHEET_XML).is_some_and(|reader| says(reader, NEEDLE, 64 * 1024)))
}

/// Whether `reader` holds `needle`, read `chunk` bytes at a time (at least the needle's
/// length): the last bytes of a chunk are kept in front of the next, for a needle
/// across the two.
fn says(mut reader: impl Read, needle: &[u8], chunk: usize) -> bool {
    let finder = memchr::memmem::Finder::new(needle);
    let mut buffer = vec![0u8; chunk.max(2 * needle.len())];
    let mut kept = 0;
    loop {
        let read = match reader.read(&mut buffer[kept..]) {
            Ok(0) | Err(_) => return false,
            Ok(read) => read,
        };
        let end = kept + read;
        if finder.find(&buffer[..end]).is_some() {
            return true;
        }
        kept = needle.len().saturating_sub(1).min(end);
        buffer.copy_within(end - kept..end, 0);
    }
}

/// Each sheet's XML part, by sheet name: the workbook part's `<sheet name r:id>` through
/// its relationships. Empty when the package does not say (the sheets are then read whole).
fn sheet_parts(package: &mut Package<'_>) -> HashMap<String, String> {
    let attr = |node: &roxmltree::Node<'_, '_>, local: &str| {
        node.attributes()
            .find(|a| a.name() == local)
            .map(|a| a.value().to_owned())
    };
    let relationships = |package: &mut Package<'_>, rels: &str| -> Vec<(String, String)> {
        let Some(text) = part_text(package, rels) else {
            return Vec::new();
        };
        let Ok(doc) = super::xml::parse(&text) else {
            return Vec::new();
        };
        doc.descendants()
            .filter(|n| n.tag_name().name() == "Relationship")
            .filter_map(|n| Some((attr(&n, "Id")?, attr(&n, "Target")?)))
            .collect()
    };
    // The workbook part, as the package's own relationships name it.
    let workbook = relationships(package, "_rels/.rels")
        .into_iter()
        .map(|(_, target)| target.trim_start_matches('/').to_owned())
        .find(|target| target.ends_with("workbook.xml"))
        .unwrap_or_else(|| "xl/workbook.xml".to_owned());
    let (folder, file) = workbook.rsplit_once('/').unwrap_or(("", workbook.as_str()));
    let rels_path = if folder.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{folder}/_rels/{file}.rels")
    };
    let targets: HashMap<String, String> = relationships(package, &rels_path)
        .into_iter()
        .map(|(id, target)| {
            let path = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_owned(),
                None if folder.is_empty() => target,
                None => format!("{folder}/{target}"),
            };
            (id, path)
        })
        .collect();
    let Some(text) = part_text(package, &workbook) else {
        return HashMap::new();
    };
    let Ok(doc) = super::xml::parse(&text) else {
        return HashMap::new();
    };
    doc.descendants()
        .filter(|n| n.tag_name().name() == "sheet")
        .filter_map(|n| {
            let name = attr(&n, "name")?;
            // `r:id`: the relationship namespace's `id`.
            let id = n
                .attributes()
                .find(|a| a.name() == "id" && a.namespace().is_some())
                .map(|a| a.value().to_owned())?;
            Some((name, targets.get(&id)?.clone()))
        })
        .collect()
}

/// The hidden rows (within the `MAX_ROWS` read from `top`) and columns (within the
/// `MAX_COLUMNS` read from `left`) of the sheet at `part`. Streamed, and stopped past the
/// last row read; `None` when the part cannot be read (the sheet is then read whole).
fn hidden_lines_of(package: &mut Package<'_>, part: &str, top: u32, left: u32) -> Option<Lines> {
    let reader = part_reader(package, part, MAX_SHEET_XML)?;
    let mut xml = quick_xml::Reader::from_reader(reader);
    let mut lines = Lines::default();
    let (rows_end, columns_end) = (
        top.saturating_add(MAX_ROWS as u32),
        left.saturating_add(MAX_COLUMNS as u32),
    );
    let mut next_row = 0u32;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                "row" => {
                    // `r` is 1-based, and may be left out for the row after the last.
                    let row = number_attr(&e, "r").map_or(next_row, |r| r.saturating_sub(1));
                    next_row = row.saturating_add(1);
                    if row >= rows_end {
                        break;
                    }
                    if row >= top && flag_attr(&e, "hidden") {
                        lines.rows.insert(row);
                    }
                }
                "col" if flag_attr(&e, "hidden") => {
                    if let (Some(min), Some(max)) = (number_attr(&e, "min"), number_attr(&e, "max"))
                        && min >= 1
                        && max >= min
                        && max > left
                        && min - 1 < columns_end
                        && lines.columns.len() < MAX_COLUMNS
                    {
                        lines.columns.push((min - 1, max - 1));
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == "sheetData" => break,
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    Some(lines)
}

/// An attribute's value as written (the few read here are numbers and booleans).
fn raw_attr<'a>(e: &'a BytesStart<'_>, key: &str) -> Option<std::borrow::Cow<'a, str>> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .map(|a| a.value)
}

fn number_attr(e: &BytesStart<'_>, key: &str) -> Option<u32> {
    raw_attr(e, key)?.trim().parse().ok()
}

/// An XML boolean: `1` or `true`.
fn flag_attr(e: &BytesStart<'_>, key: &str) -> bool {
    raw_attr(e, key).is_some_and(|v| matches!(v.trim(), "1" | "true"))
}

// ---------------------------------------------------------------------------------------
// Number formats.

/// How a number format shows a number: with `%` or not, and to how many decimals
/// (`None`: as it is stored, in General, or where the decimals cannot be told simply).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Format {
    shown: Shown,
    decimals: Option<u32>,
}

/// Reads a number format code's first section (positive numbers): `%` outside quoted
/// text, `[…]` sections (`[$-42A]`, `[Red]`) and `\`-escaped characters multiplies by
/// 100; the digit placeholders (`0`, `#`, `?`) after its decimal point are the decimals
/// shown (`0.0%` one, `#,##0` none). A scientific (`0.00E+00`), fraction (`# ?/?`) or
/// thousands-scaled (`#,##0,`) format is not rounded.
fn format(code: &str) -> Format {
    const GENERAL: Format = Format {
        shown: Shown::General,
        decimals: None,
    };
    if code.is_empty() || code.eq_ignore_ascii_case("General") || code == "@" {
        return GENERAL;
    }
    let mut chars = code.chars();
    let (mut quoted, mut bracket) = (false, false);
    let (mut percent, mut point, mut placeholders, mut decimals) = (false, false, false, 0u32);
    let (mut plain, mut comma_after) = (true, false);
    let mut letters = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            '[' => bracket = true,
            ']' => bracket = false,
            _ if bracket => {}
            // An escaped character, a padding width, a fill character: shown as text.
            '\\' | '_' | '*' => {
                chars.next();
            }
            ';' => break,
            '%' => percent = true,
            '.' => point = true,
            '0' | '#' | '?' => {
                placeholders = true;
                comma_after = false;
                if point {
                    decimals += 1;
                }
            }
            ',' if placeholders => comma_after = true,
            // `E+`, `E-`: scientific; `/`: a fraction.
            'E' | 'e' if matches!(chars.clone().next(), Some('+' | '-')) => plain = false,
            '/' => plain = false,
            c if c.is_alphabetic() => letters.push(c),
            _ => {}
        }
    }
    if !placeholders && letters.eq_ignore_ascii_case("General") {
        return GENERAL;
    }
    Format {
        shown: if percent { Shown::Percent } else { Shown::Plain },
        decimals: (plain && placeholders && !comma_after).then_some(decimals),
    }
}

/// A binary fraction as Excel reads it: to 15 significant digits (0,1 + 0,2 is 0,3,
/// 1,005 is 1,005), else exactly when that cannot be written.
fn excel_decimal(f: f64) -> Option<Decimal> {
    Decimal::from_scientific(&format!("{f:.14e}"))
        .ok()
        .or_else(|| Decimal::from_f64_retain(f))
}

/// A cell's text as shown, the number it shows when it holds one, and how it shows it.
fn value(data: &Data, format: Format) -> (String, Option<Decimal>, Shown) {
    let shown = format.shown;
    let number = match data {
        Data::Empty => return (String::new(), None, Shown::General),
        Data::String(s) => return (clean(s), None, Shown::General),
        Data::Int(i) => Some(Decimal::from(*i)),
        // Excel keeps binary fractions: 94.8 may come back as 94.80000000000001.
        Data::Float(f) => match excel_decimal(*f) {
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
        // As the cell shows it: `=866/964` under `0.0%` is 89,8, half away from zero as
        // Excel rounds (0,125 under `0%` is 13 %).
        let d = match format.decimals {
            Some(places) => d.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero),
            None => d,
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
            value(&Data::Float(94.80000000000001), format("General")).1,
            Some(Decimal::new(948, 1))
        );
        assert_eq!(value(&Data::Float(1250.0), format("General")).0, "1.250");
        assert_eq!(value(&Data::Int(15), format("0")).1, Some(Decimal::from(15)));
    }

    #[test]
    fn format_codes_that_show_a_percent() {
        for code in ["0%", "0.0%", "[$-42A]0.0%", "#,##0.00%;[Red]-#,##0.00%"] {
            assert_eq!(format(code).shown, Shown::Percent, "{code}");
        }
        for code in ["0.0", "#,##0", "[$-42A]#,##0", "0.0\"%\"", "0.0\\%", "[%]0"] {
            assert_eq!(format(code).shown, Shown::Plain, "{code}");
        }
        assert_eq!(format("General").shown, Shown::General);
        assert_eq!(format("[$-42A]General").shown, Shown::General);
        assert_eq!(format("@").shown, Shown::General);
    }

    #[test]
    fn a_word_is_found_across_the_chunks_a_part_is_read_in() {
        let text = b"<row r=\"7\" hidden=\"1\">";
        for chunk in 1..text.len() + 2 {
            assert!(says(&text[..], b"hidden=", chunk), "{chunk}");
            assert!(!says(&text[..], b"hidden=\"0", chunk), "{chunk}");
        }
        assert!(!says(&b""[..], b"hidden=", 4));
    }

    #[test]
    fn format_codes_say_how_many_decimals_they_show() {
        let cases = [
            ("0.0%", Some(1)),
            ("0%", Some(0)),
            ("0.00", Some(2)),
            ("#,##0", Some(0)),
            ("[$-42A]#,##0.0", Some(1)),
            ("#,##0.0_);[Red](#,##0.0)", Some(1)),
            ("0.###", Some(3)),
            ("0.0\" lượt.00\"", Some(1)),
            ("0.0\\.0", Some(2)),
            ("0.00E+00", None),
            ("# ?/?", None),
            ("#,##0,", None),
            ("General", None),
            ("@", None),
        ];
        for (code, decimals) in cases {
            assert_eq!(format(code).decimals, decimals, "{code}");
        }
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

    fn texts(grid: &Grid) -> Vec<Vec<&str>> {
        grid.rows
            .iter()
            .map(|row| row.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    /// A hidden sheet (an old version kept out of sight) and a very hidden one are not the
    /// appendix: only what Excel shows is read.
    #[test]
    fn hidden_sheets_are_not_read() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let old = book.add_worksheet().set_name("Bản cũ").expect("name");
        old.write_string(0, 0, "Số lượt tiếp công dân").expect("cell");
        old.write_number(0, 1, 999.0).expect("cell");
        old.set_hidden(true);
        let draft = book.add_worksheet().set_name("Nháp").expect("name");
        draft.write_number(0, 0, 1.0).expect("cell");
        draft.set_very_hidden(true);
        let current = book.add_worksheet().set_name("Biểu số liệu").expect("name");
        current.write_string(0, 0, "Số lượt tiếp công dân").expect("cell");
        current.write_number(0, 1, 1215.0).expect("cell");
        current.set_active(true);
        let bytes = book.save_to_buffer().expect("workbook");
        let book = read(&bytes, "bieu.xlsx").expect("read back");
        let names: Vec<&str> = book.sheets.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["Biểu số liệu"]);
        assert_eq!(texts(&book.sheets[0].1), [["Số lượt tiếp công dân", "1.215"]]);
        assert_eq!(book.hidden(None).sheets, ["Bản cũ", "Nháp"]);
        // Reading a unit's sheet of a workbook for many units, the others are not its business.
        assert!(book.hidden(Some("Biểu số liệu")).is_empty());
    }

    /// A hidden row (an old figure under the same label) and a hidden column (a draft) are
    /// skipped; the cells read keep their own names. Those that hold something of their
    /// own are listed; an empty hidden row, or a hidden column a title is merged across,
    /// are not.
    #[test]
    fn hidden_rows_and_columns_are_not_read() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        let plain = rust_xlsxwriter::Format::new();
        sheet.merge_range(0, 0, 0, 4, "BIỂU SỐ LIỆU", &plain).expect("title");
        for (col, header) in (0..).zip(["STT", "Chỉ tiêu", "Nháp", "Số liệu"]) {
            sheet.write_string(1, col, header).expect("cell");
        }
        for (row, figure) in [(2, 999.0), (4, 1215.0)] {
            sheet.write_number(row, 0, 5.0).expect("cell");
            sheet.write_string(row, 1, "Số lượt tiếp công dân").expect("cell");
            sheet.write_number(row, 2, 1000.0).expect("cell");
            sheet.write_number(row, 3, figure).expect("cell");
        }
        for row in [2, 3] {
            sheet.set_row_hidden(row).expect("row");
        }
        for col in [2, 4] {
            sheet.set_column_hidden(col).expect("column");
        }
        let bytes = book.save_to_buffer().expect("workbook");
        let book = read(&bytes, "bieu.xlsx").expect("read back");
        let grid = &book.sheets[0].1;
        assert_eq!(
            texts(grid),
            [
                ["BIỂU SỐ LIỆU", "BIỂU SỐ LIỆU", "BIỂU SỐ LIỆU"],
                ["STT", "Chỉ tiêu", "Số liệu"],
                ["5", "Số lượt tiếp công dân", "1.215"]
            ]
        );
        assert_eq!(grid.rows[2][2].at, Locator::Sheet("bieu.xlsx!Sheet1!D5".into()));
        assert_eq!(
            book.hidden(None),
            Hidden {
                sheets: Vec::new(),
                rows: vec!["bieu.xlsx!Sheet1!3:3".into()],
                columns: vec!["bieu.xlsx!Sheet1!C:C".into()],
            }
        );
        assert_eq!(book.hidden(Some("Sheet1")), book.hidden(None));
        assert!(book.hidden(Some("X083")).is_empty());
    }

    /// A number is read rounded as its format shows it, half away from zero as Excel
    /// rounds: `=866/964` under `0.0%` is 89,8 %, not 89,834; General keeps every digit.
    #[test]
    fn numbers_are_rounded_as_their_format_shows_them() {
        let cases: [(f64, &str, Decimal, &str); 9] = [
            (866.0 / 964.0, "0.0%", Decimal::new(898, 1), "89,8%"),
            (0.67834, "[$-42A]0.0%", Decimal::new(678, 1), "67,8%"),
            (0.125, "0%", Decimal::from(13), "13%"),
            (2070.6, "#,##0", Decimal::from(2071), "2.071"),
            (1.005, "0.00", Decimal::new(101, 2), "1,01"),
            (7.25, "0.0\" lượt\"", Decimal::new(73, 1), "7,3"),
            (-2.5, "0", Decimal::from(-3), "-3"),
            (0.67834, "General", Decimal::new(67834, 5), "0,67834"),
            (12.3456, "0.00E+00", Decimal::new(123456, 4), "12,3456"),
        ];
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (row, (number, code, _, _)) in (0..).zip(cases) {
            let format = rust_xlsxwriter::Format::new().set_num_format(code);
            sheet.write_number_with_format(row, 0, number, &format).expect("cell");
        }
        // A formula's cached result, as Excel or LibreOffice saves it.
        let tenths = rust_xlsxwriter::Format::new().set_num_format("0.0%");
        let formula = rust_xlsxwriter::Formula::new("=866/964").set_result("0.898340248962656");
        sheet.write_formula_with_format(9, 0, formula, &tenths).expect("cell");
        let bytes = book.save_to_buffer().expect("workbook");
        let book = read(&bytes, "bieu.xlsx").expect("read back");
        let rows = &book.sheets[0].1.rows;
        for (row, (_, code, number, text)) in rows.iter().zip(cases) {
            assert_eq!((row[0].number, row[0].text.as_str()), (Some(number), text), "{code}");
        }
        assert_eq!(rows[9][0].number, Some(Decimal::new(898, 1)), "the formula");
    }
}
