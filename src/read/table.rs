//! Tables as units make them, whatever their shape, read into one model: a grid of cells,
//! each with its text and where it was written. Markdown pipe tables (with or without the
//! `|---|` row), tab-separated rows pasted from Word or Excel, and raw HTML `<table>`s are
//! read straight from the report's text; an Excel sheet becomes a grid in `workbook`.
//! Reading the grid's meaning (which column, which row) is the appendix's business.

use rust_decimal::Decimal;

/// Where a cell was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Locator {
    /// A byte range of the report's text.
    Text { start: usize, end: usize },
    /// A cell of a workbook: `bieu.xlsx!Sheet1!C7`.
    Sheet(String),
}

/// How a spreadsheet shows a number it stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shown {
    /// In the General format, or not a spreadsheet's number at all: nothing is known of
    /// how it reads beyond the number.
    #[default]
    General,
    /// Under a number format without `%` (`0.0`, `#,##0`): as it is stored.
    Plain,
    /// Under a percent format (`0.0%`): the stored fraction times 100, which is what
    /// `number` then holds (0,948 is shown, and kept, as 94,8).
    Percent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The text as shown, Markdown emphasis and HTML markup removed, spaces collapsed.
    pub text: String,
    /// The number a spreadsheet stored, when it stored one (its text is then the number
    /// as shown).
    pub number: Option<Decimal>,
    /// How the spreadsheet shows `number`.
    pub shown: Shown,
    pub at: Locator,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grid {
    /// Rows of cells, top to bottom; rows may be of different lengths.
    pub rows: Vec<Vec<Cell>>,
    /// A Markdown pipe table with its `|---|` row: the row above it is the header.
    pub separator: bool,
    /// Byte offset of the table in the text (0 for a sheet), for ordering.
    pub start: usize,
    /// Byte offset just past its last row (0 for a sheet).
    pub end: usize,
}

impl Grid {
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// Every table in `text[range]`, in order. Lines inside fenced code blocks are not read.
pub fn grids(text: &str, start: usize, end: usize) -> Vec<Grid> {
    let end = end.min(text.len());
    let mut out = Vec::new();
    let mut pos = start;
    let mut fenced = false;
    let mut run: Option<Run> = None;
    let mut drawn = crate::read::pandoc_table::find(text, start, end).into_iter().peekable();
    while pos < end {
        if let Some(table) = drawn.next_if(|t| t.range.start <= pos) {
            finish(text, &mut run, &mut out);
            out.push(pandoc_grid(text, &table));
            pos = table.range.end;
            continue;
        }
        let line_end = text[pos..end].find('\n').map_or(end, |i| pos + i);
        let line = text[pos..line_end].trim_end_matches('\r');
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            finish(text, &mut run, &mut out);
        } else if !fenced && starts_html_table(trimmed) {
            finish(text, &mut run, &mut out);
            let close = find_ascii_ci(&text[pos..end], "</table>").map_or(end, |i| pos + i + "</table>".len());
            out.push(html_grid(text, pos, close));
            pos = text[close..end].find('\n').map_or(end, |i| close + i + 1);
            continue;
        } else if !fenced {
            let kind = line_kind(line);
            match (&mut run, kind) {
                (Some(r), Some(k)) if r.kind == k => r.lines.push((pos, pos + line.len())),
                (_, Some(k)) => {
                    finish(text, &mut run, &mut out);
                    run = Some(Run {
                        kind: k,
                        lines: vec![(pos, pos + line.len())],
                        wraps: Vec::new(),
                    });
                }
                (Some(r), None) if r.kind == LineKind::Tab => {
                    // Rows pasted apart by blank lines, or a row's last cell wrapped onto
                    // a line of its own (a mail body at 76 columns): the table goes on
                    // where the next line written is a row as wide as its first.
                    let next = next_written(text, line_end + 1, end);
                    match next.filter(|&(s, e)| r.as_wide(text, &text[s..e])) {
                        None => finish(text, &mut run, &mut out),
                        // The blank lines passed over at once: each is not looked past again.
                        Some((row, _)) if trimmed.is_empty() => {
                            pos = row;
                            continue;
                        }
                        Some(_) if r.wraps.len() < MAX_WRAPS && !line.contains('\t') => {
                            r.wraps.push((r.lines.len() - 1, pos, pos + line.len()));
                        }
                        Some(_) => finish(text, &mut run, &mut out),
                    }
                }
                (_, None) => finish(text, &mut run, &mut out),
            }
        }
        pos = line_end + 1;
    }
    finish(text, &mut run, &mut out);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Pipe,
    Tab,
}

struct Run {
    kind: LineKind,
    lines: Vec<(usize, usize)>,
    /// Lines that end the last cell of the row before them: (row, start, end).
    wraps: Vec<(usize, usize, usize)>,
}

/// Wrapped lines a tab-separated table may hold: a remark or two run on, not prose.
const MAX_WRAPS: usize = 16;

impl Run {
    /// Whether `line` is a row of this run's kind with as many tab-separated cells as its
    /// first row.
    fn as_wide(&self, text: &str, line: &str) -> bool {
        let cells = |l: &str| l.matches('\t').count();
        line_kind(line) == Some(self.kind)
            && self
                .lines
                .first()
                .is_some_and(|&(s, e)| cells(&text[s..e]) == cells(line))
    }
}

/// The next line from `from` with something written on it, blank lines passed over.
fn next_written(text: &str, mut from: usize, end: usize) -> Option<(usize, usize)> {
    while from < end {
        let line_end = text[from..end].find('\n').map_or(end, |i| from + i);
        let line = text[from..line_end].trim_end_matches('\r');
        if !line.trim().is_empty() {
            return Some((from, from + line.len()));
        }
        from = line_end + 1;
    }
    None
}

/// Fewest rows of a table flattened into lines.
const FLATTENED_MIN_ROWS: usize = 2;

/// A table whose cells lost what parted them (copied out of a chat or a web page: one
/// space between cells), as lines numbered at their start and ending with a figure or a
/// mark of none (`1 Văn bản lãnh đạo, chỉ đạo được ban hành Văn bản 29`, `9 Tỷ lệ hồ sơ …
/// % 90,8`): each a row of its number, its label (the unit's word with it) and its value.
/// Two rows at least, blank lines and a header line between them passed over.
pub fn flattened(text: &str, start: usize, end: usize) -> Option<Grid> {
    let end = end.min(text.len());
    let mut grid = Grid::default();
    let mut pos = start;
    while pos < end {
        let line_end = text[pos..end].find('\n').map_or(end, |i| pos + i);
        let line = text[pos..line_end].trim_end_matches('\r');
        if let Some(row) = flattened_row(line, pos) {
            if grid.rows.is_empty() {
                grid.start = pos;
            }
            grid.end = pos + line.len();
            grid.rows.push(row);
        }
        pos = line_end + 1;
    }
    (grid.rows.len() >= FLATTENED_MIN_ROWS).then_some(grid)
}

/// One row of [`flattened`]: the line at `base` as number, label and value.
fn flattened_row(line: &str, base: usize) -> Option<Vec<Cell>> {
    let trimmed = line.trim();
    let (number, rest) = trimmed.split_once(' ')?;
    let stt = number.trim_end_matches(['.', ')']);
    if stt.is_empty() || stt.len() > 2 || !stt.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (label, value) = rest.trim_end().rsplit_once(' ')?;
    // A figure, perhaps with a scan's letters for digits (`l8`, `1.O38`: the appendix says
    // how it read them), or a mark of none.
    let figure = value.trim_end_matches('%');
    let is_value = figure.bytes().any(|b| b.is_ascii_digit())
        && figure
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'O' | b'o' | b'l' | b'I'))
        || matches!(value, "x" | "X" | "-" | "–");
    if !is_value || label.split_whitespace().count() < 2 || !label.chars().any(char::is_alphabetic) {
        return None;
    }
    let offset = |piece: &str| piece.as_ptr() as usize - line.as_ptr() as usize;
    let cell = |piece: &str| Cell {
        text: clean(piece),
        number: None,
        shown: Shown::General,
        at: trimmed_locator(line, base, offset(piece), offset(piece) + piece.len()),
    };
    Some(vec![cell(number), cell(label), cell(value)])
}

/// A table of a PDF's text (`pdftotext -layout`) or typed with spaces: a header line of
/// three pieces or more apart by two spaces or more, then rows numbered at their start
/// (`1   Văn bản lãnh đạo, chỉ   Văn bản   20`), a row's wrapped label on lines of its own
/// under its column (`    đạo được ban hành`). Each piece goes to the column whose start
/// in the first full row is nearest; the header's pieces go in order. The first such table
/// in `text[start..end]`.
pub fn spaced(text: &str, start: usize, end: usize) -> Option<Grid> {
    let end = end.min(text.len());
    let mut lines = Vec::new();
    let mut pos = start;
    while pos < end {
        let line_end = text[pos..end].find('\n').map_or(end, |i| pos + i);
        lines.push((pos, text[pos..line_end].trim_end_matches(['\r', '\u{c}'])));
        pos = line_end + 1;
    }
    let numbered = |pieces: &[(usize, usize, &str)]| {
        pieces.len() >= 3
            && pieces[0]
                .2
                .trim_end_matches(['.', ')'])
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X'))
            && pieces[0].2.len() <= 5
    };
    for (at, &(_, line)) in lines.iter().enumerate() {
        let header = spaced_pieces(line);
        if header.len() < 3 || numbered(&header) {
            continue;
        }
        let Some(first) = lines
            .get(at + 1)
            .map(|&(_, l)| spaced_pieces(l))
            .filter(|p| numbered(p))
        else {
            continue;
        };
        // Columns: the starts of the first row with as many pieces as the header.
        let columns = header.len();
        if first.len() != columns {
            continue;
        }
        let starts: Vec<usize> = first.iter().map(|p| p.0).collect();
        let column_of = |col: usize| (0..columns).min_by_key(|&c| starts[c].abs_diff(col)).unwrap_or(0);
        let (header_start, header_line) = lines[at];
        let cell = |base: usize, line: &str, piece: &(usize, usize, &str)| Cell {
            text: clean(piece.2),
            number: None,
            shown: Shown::General,
            at: trimmed_locator(line, base, piece.1, piece.1 + piece.2.len()),
        };
        let mut grid = Grid {
            rows: vec![header.iter().map(|p| cell(header_start, header_line, p)).collect()],
            separator: true,
            start: header_start,
            end: header_start + header_line.len(),
        };
        for &(base, line) in &lines[at + 1..] {
            let pieces = spaced_pieces(line);
            if pieces.is_empty() {
                break;
            }
            if numbered(&pieces) {
                let mut row: Vec<Cell> = (0..columns)
                    .map(|_| Cell {
                        text: String::new(),
                        number: None,
                        shown: Shown::General,
                        at: Locator::Text { start: base, end: base },
                    })
                    .collect();
                for piece in &pieces {
                    let c = column_of(piece.0);
                    let new = cell(base, line, piece);
                    if row[c].text.is_empty() {
                        row[c] = new;
                    } else {
                        row[c].text = clean(&format!("{} {}", row[c].text, new.text));
                    }
                }
                grid.rows.push(row);
            } else if pieces.len() < columns && pieces[0].0 > starts[0] && grid.rows.len() > 1 {
                // A wrapped cell's next line, under its column.
                let Some(last) = grid.rows.last_mut() else { break };
                for piece in &pieces {
                    let c = column_of(piece.0);
                    last[c].text = clean(&format!("{} {}", last[c].text, piece.2));
                }
            } else {
                break;
            }
            grid.end = base + line.len();
        }
        if grid.rows.len() > 2 {
            return Some(grid);
        }
    }
    None
}

/// The pieces of a line apart by two spaces or more (a tab counts so): (its column in
/// characters, its byte offset, its text).
fn spaced_pieces(line: &str) -> Vec<(usize, usize, &str)> {
    let mut pieces = Vec::new();
    let mut piece: Option<(usize, usize)> = None;
    let mut gap = 0;
    let mut last_end = 0;
    for (column, (i, c)) in line.char_indices().enumerate() {
        // A form feed (a PDF's page break) is space too.
        if matches!(c, ' ' | '\t' | '\u{c}') {
            gap += if c == ' ' { 1 } else { 2 };
            continue;
        }
        match piece {
            Some((col, from)) if gap >= 2 => {
                pieces.push((col, from, &line[from..last_end]));
                piece = Some((column, i));
            }
            None => piece = Some((column, i)),
            Some(_) => {}
        }
        gap = 0;
        last_end = i + c.len_utf8();
    }
    if let Some((col, from)) = piece {
        pieces.push((col, from, &line[from..last_end]));
    }
    pieces
}

/// Figures written as a list rather than a table, one indicator a line (`1. Số văn bản
/// lãnh đạo …: 26 văn bản.`), two to a line at times (`6. Số đơn thư tiếp nhận: 203 đơn;
/// đã giải quyết: 196 đơn.`): a grid of STT, label and value, read as a table without a
/// header row. Lines that say no figure after their colon are not rows.
pub fn listed(text: &str, start: usize, end: usize) -> Option<Grid> {
    let end = end.min(text.len());
    let mut grid = Grid::default();
    let mut pos = start;
    while pos < end {
        let line_end = text[pos..end].find('\n').map_or(end, |i| pos + i);
        let line = &text[pos..line_end];
        let body = line.trim_start();
        let lead = pos + line.len() - body.len();
        // The marker: `1.`, `1)`, `a)` (`1\.` as pandoc escapes it), or a bullet.
        let word = body.split_once(' ').map_or("", |(w, _)| w);
        let numbered = word
            .trim_start_matches('\\')
            .strip_suffix(['.', ')'])
            .filter(|n| !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_alphanumeric()));
        let bullet = matches!(word.trim_start_matches('\\'), "-" | "+" | "*" | "•");
        let marker = if numbered.is_some() || bullet { word } else { "" };
        let stt = numbered.filter(|n| n.bytes().all(|b| b.is_ascii_digit())).unwrap_or("");
        let mut first = true;
        for pair in text[lead + marker.len()..line_end].split_inclusive(';') {
            let Some((label, value)) = pair.split_once(':') else {
                continue;
            };
            let label_raw = label.trim_matches(|c: char| c.is_whitespace() || c == '*');
            let value_raw = value.trim().trim_end_matches([';', '.']).trim_matches('*');
            let (label_text, value_text) = (clean(label_raw), clean(value_raw));
            if label_text.split_whitespace().count() < 2 || !value_text.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            // Where each piece was written, as raw slices of the line: always whole
            // characters, whatever cleaning did to the text.
            let cell = |text: String, raw: &str| {
                let from = raw.as_ptr() as usize - line.as_ptr() as usize + pos;
                Cell {
                    at: Locator::Text {
                        start: from,
                        end: from + raw.len(),
                    },
                    text,
                    number: None,
                    shown: Shown::General,
                }
            };
            let number = if first { stt.to_owned() } else { String::new() };
            let stt_raw = &text[lead..lead + if first { marker.len() } else { 0 }];
            grid.rows.push(vec![
                cell(number, stt_raw),
                cell(label_text, label_raw),
                cell(value_text, value_raw),
            ]);
            if grid.rows.len() == 1 {
                grid.start = lead;
            }
            grid.end = line_end;
            first = false;
        }
        pos = line_end + 1;
    }
    (grid.rows.len() >= 2).then_some(grid)
}

/// Most columns of a table written a cell a line.
const CELL_LINES_MAX_COLUMNS: usize = 8;

/// Most words of a column's name.
const COLUMN_NAME_MAX_WORDS: usize = 6;

/// A table written a cell a line, as LibreOffice saves a Word table as text: its header's
/// names one a line (`STT`, `Chỉ tiêu`, `Số liệu`, `Ghi chú`), then each row's cells one a
/// line, an empty cell an empty line, each row opening with its number (`1`, `2`, …).
/// Read when the header opens with `STT` (or `TT`) and the rows are numbered in order; a
/// row's width is from one number to the next, a header of more lines is two rows (cells
/// merged across over the bottom one); a row with more lines than that (a cell of two
/// paragraphs) has them in its second cell, its label.
pub fn cell_lines(text: &str, start: usize, end: usize) -> Option<Grid> {
    let end = end.min(text.len());
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = start;
    for raw in text[start..end].split_inclusive('\n') {
        lines.push((at, raw.trim_end_matches(['\n', '\r'])));
        at += raw.len();
    }
    let is_number = |line: &str, n: usize| line.trim().parse::<usize>().ok() == Some(n);
    let head = lines.iter().position(|(_, l)| {
        let folded = crate::text::fold::bare(l.trim());
        matches!(folded.as_str(), "stt" | "tt" | "so tt" | "so thu tu")
    })?;
    let first_row =
        (head + 1..lines.len().min(head + 1 + 2 * CELL_LINES_MAX_COLUMNS)).find(|&k| is_number(lines[k].1, 1))?;
    let names = &lines[head..first_row];
    // A row's width: from the first row's number to the second's, else the header's.
    let columns = (first_row + 2..lines.len().min(first_row + 1 + CELL_LINES_MAX_COLUMNS))
        .find(|&k| is_number(lines[k].1, 2))
        .map_or(names.len(), |second| second - first_row);
    let named = |line: &str| (1..=COLUMN_NAME_MAX_WORDS).contains(&line.split_whitespace().count());
    let header: Vec<Vec<(usize, &str)>> = if names.len() == columns {
        vec![names.to_vec()]
    } else if names.len() > columns && names.len() < 2 * columns {
        // Two header rows, the top one with cells merged across (`Số liệu` over
        // `2015-2020` and `2021-2025`) and the bottom one empty under the cells merged
        // down (`STT`): the top's names go, in order, to the bottom's empty cells and to
        // each run of its named ones.
        let (top, bottom) = names.split_at(names.len() - columns);
        let mut spread = Vec::with_capacity(columns);
        let mut next = top.iter();
        for (k, &(from, line)) in bottom.iter().enumerate() {
            let under = line.trim().is_empty();
            let runs_on = k > 0 && !under && !bottom[k - 1].1.trim().is_empty();
            let name = if runs_on {
                spread.last().copied()
            } else {
                next.next().copied()
            };
            spread.push(name.unwrap_or((from, "")));
        }
        if next.next().is_some() || !top.iter().all(|l| named(l.1)) {
            return None;
        }
        let bottom: Vec<(usize, &str)> = bottom
            .iter()
            .zip(&spread)
            .map(|(&b, &t)| if b.1.trim().is_empty() { t } else { b })
            .collect();
        vec![spread, bottom]
    } else {
        return None;
    };
    if columns < 2 || !header.last().is_some_and(|row| row.iter().all(|l| named(l.1))) {
        return None;
    }
    let cell = |(from, line): (usize, &str)| {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        Cell {
            text: clean(trimmed),
            number: None,
            shown: Shown::General,
            at: Locator::Text {
                start: from + lead,
                end: from + lead + trimmed.len(),
            },
        }
    };
    let mut grid = Grid {
        rows: header
            .iter()
            .map(|row| row.iter().map(|&l| cell(l)).collect())
            .collect(),
        separator: header.len() == 1,
        start: lines[head].0,
        end: lines[first_row - 1].0 + lines[first_row - 1].1.len(),
    };
    let mut k = first_row;
    let mut n = 1;
    while k < lines.len() && is_number(lines[k].1, n) {
        // The row ends where the next one opens, a whole header's width on when it can.
        // The last row is a header's width: what follows is the report's.
        let width = (k + columns).min(lines.len());
        let next = if lines.get(k + columns).is_none_or(|l| is_number(l.1, n + 1)) {
            width
        } else {
            (k + 2..lines.len())
                .find(|&j| is_number(lines[j].1, n + 1))
                .unwrap_or(width)
        };
        grid.end = lines[next - 1].0 + lines[next - 1].1.len();
        // Rows of their own under the numbered one, their STT cell empty or a marker
        // (`Trong đó: đơn khiếu nại, tố cáo` under `6 | Đơn thư tiếp nhận`): a header's
        // width each.
        let span = next - k;
        if span > columns
            && span % columns == 0
            && (1..span / columns).all(|i| is_sub_row_mark(lines[k + i * columns].1))
        {
            for sub in lines[k..next].chunks(columns) {
                grid.rows.push(sub.iter().map(|&l| cell(l)).collect());
            }
            k = next;
            n += 1;
            continue;
        }
        let mut row: Vec<Cell> = lines[k..next].iter().map(|&l| cell(l)).collect();
        // Lines past the header's width: the label's further paragraphs.
        while row.len() > columns {
            let extra = row.remove(2);
            if !extra.text.is_empty() {
                let label = &mut row[1];
                label.text = format!("{} {}", label.text, extra.text).trim().to_owned();
            }
        }
        grid.rows.push(row);
        k = next;
        n += 1;
    }
    (grid.rows.len() > header.len() + 1).then_some(grid)
}

/// The STT cell of a row under a numbered one, a cell a line: empty, or a marker (`-`,
/// `+`, `*`, `a)`), never a number.
fn is_sub_row_mark(line: &str) -> bool {
    let t = line.trim();
    t.is_empty()
        || matches!(t, "-" | "+" | "*" | "•")
        || t.chars().count() == 2 && t.ends_with(')') && t.starts_with(|c: char| c.is_alphabetic())
}

fn finish(text: &str, run: &mut Option<Run>, out: &mut Vec<Grid>) {
    if let Some(r) = run.take() {
        out.push(run_grid(text, &r));
    }
}

/// Whether a line is a row of a pipe table (two pipes, or one at its start) or of
/// tab-separated cells (a tab between two non-blank pieces).
fn line_kind(line: &str) -> Option<LineKind> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return None;
    }
    // Every line of a report comes here, most of them long paragraphs with neither.
    if trimmed.starts_with('|') || memchr::memchr_iter(b'|', trimmed.as_bytes()).nth(1).is_some() {
        return Some(LineKind::Pipe);
    }
    memchr::memchr(b'\t', line.as_bytes())?;
    let pieces = line.split('\t').filter(|p| !p.trim().is_empty()).count();
    (pieces >= 2).then_some(LineKind::Tab)
}

fn run_grid(text: &str, run: &Run) -> Grid {
    let mut grid = Grid {
        rows: Vec::new(),
        separator: false,
        start: run.lines.first().map_or(0, |l| l.0),
        end: run.lines.last().map_or(0, |l| l.1),
    };
    for (index, &(start, end)) in run.lines.iter().enumerate() {
        let line = &text[start..end];
        let spans = match run.kind {
            LineKind::Pipe => pipe_spans(line),
            LineKind::Tab => tab_spans(line),
        };
        if run.kind == LineKind::Pipe && is_separator(line, &spans) {
            // Only the separator right under the first row makes a header; one further
            // down is a second table's, or a typo, and is passed over either way.
            grid.separator |= grid.rows.len() == 1;
            continue;
        }
        let row = spans
            .into_iter()
            .map(|(s, e)| Cell {
                text: clean(&line[s..e]),
                number: None,
                shown: Shown::General,
                at: trimmed_locator(line, start, s, e),
            })
            .collect::<Vec<Cell>>();
        grid.rows.push(row);
        let wrapped = run.wraps.iter().filter(|w| w.0 == index);
        if let Some(cell) = grid
            .rows
            .last_mut()
            .and_then(|r| r.iter_mut().rfind(|c| !c.text.is_empty()))
        {
            for &(_, s, e) in wrapped {
                cell.text = clean(&format!("{} {}", cell.text, &text[s..e]));
            }
        }
    }
    grid
}

/// A table as pandoc writes it, as a grid: a cell's paragraphs joined by a space, the
/// cell placed at its first line's piece; its header rows make a header.
fn pandoc_grid(text: &str, table: &crate::read::pandoc_table::Table) -> Grid {
    Grid {
        rows: table
            .rows
            .iter()
            .map(|row| {
                row.cells
                    .iter()
                    .map(|cell| {
                        let first = cell.first_piece();
                        // A cell's paragraphs are Markdown as pandoc escaped it (`\-`).
                        let paragraphs: Vec<String> = cell
                            .paragraph_texts(text)
                            .map(|p| crate::read::dialect::inline_text(&p))
                            .collect();
                        Cell {
                            text: clean(&paragraphs.join(" ")),
                            number: None,
                            shown: Shown::General,
                            at: Locator::Text {
                                start: first.start,
                                end: first.end,
                            },
                        }
                    })
                    .collect()
            })
            .collect(),
        separator: table.header_rows == 1,
        start: table.range.start,
        end: table.range.end,
    }
}

fn trimmed_locator(line: &str, base: usize, s: usize, e: usize) -> Locator {
    let piece = &line[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let len = piece.trim().len();
    Locator::Text {
        start: base + s + lead,
        end: base + s + lead + len,
    }
}

/// Cell byte ranges of a pipe row, escaped `\|` kept inside cells.
pub(crate) fn pipe_spans(line: &str) -> Vec<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut pipes = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'|' => pipes.push(i),
            _ => {}
        }
        i += 1;
    }
    let lead = line.len() - line.trim_start().len();
    let trail = line.trim_end().len();
    let mut bounds: Vec<usize> = Vec::new();
    let opens = pipes.first() == Some(&lead);
    if !opens {
        bounds.push(lead);
    }
    let closes = trail > 0 && pipes.last() == Some(&(trail - 1)) && pipes.len() > usize::from(opens);
    let mut spans = Vec::new();
    let mut from = if opens { lead + 1 } else { lead };
    for (k, &p) in pipes.iter().enumerate() {
        if opens && k == 0 {
            continue;
        }
        spans.push((from, p));
        from = p + 1;
    }
    if !closes {
        spans.push((from, trail.max(from)));
    }
    spans
}

fn tab_spans(line: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut from = 0;
    for (i, _) in line.match_indices('\t') {
        spans.push((from, i));
        from = i + 1;
    }
    spans.push((from, line.len()));
    spans
}

fn is_separator(line: &str, spans: &[(usize, usize)]) -> bool {
    !spans.is_empty()
        && spans.iter().all(|&(s, e)| {
            let cell = line[s..e].trim();
            cell.contains('-') && cell.chars().all(|c| matches!(c, '-' | ':' | ' '))
        })
}

fn starts_html_table(line: &str) -> bool {
    line.len() >= 6 && line.as_bytes()[..6].eq_ignore_ascii_case(b"<table")
}

pub(crate) fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// An HTML table: rows of `<td>`/`<th>`, `colspan` and `rowspan` spread over the cells
/// they cover (a merged header names every column under it).
fn html_grid(text: &str, start: usize, end: usize) -> Grid {
    let html = &text[start..end];
    let mut rows: Vec<Vec<Option<Cell>>> = Vec::new();
    // Cells still covered from rows above: (column, rows left, cell).
    let mut carried: Vec<(usize, usize, Cell)> = Vec::new();
    let mut pos = 0;
    // Each search ends where the next row (or cell) opens: a table whose rows are never
    // closed is read in one pass, not a pass a row.
    while let Some(tr) = find_ascii_ci(&html[pos..], "<tr") {
        let row_start = pos + tr;
        let next_row = find_ascii_ci(&html[row_start + 3..], "<tr").map_or(html.len(), |i| row_start + 3 + i);
        let row_end = find_ascii_ci(&html[row_start + 3..next_row], "</tr").map_or(next_row, |i| row_start + 3 + i);
        let mut row: Vec<Option<Cell>> = Vec::new();
        let mut cursor = row_start;
        while let Some(open) = cell_open(&html[cursor..row_end]).map(|i| cursor + i) {
            let tag_end = html[open..row_end].find('>').map_or(row_end, |i| open + i + 1);
            let attrs = &html[open..tag_end];
            let next_cell = cell_open(&html[tag_end..row_end]).map_or(row_end, |i| tag_end + i);
            let close = find_ascii_ci(&html[tag_end..next_cell], "</t").map_or(next_cell, |i| tag_end + i);
            let inner = &html[tag_end..close];
            let cell = Cell {
                text: clean(&strip_tags(inner)),
                number: None,
                shown: Shown::General,
                at: Locator::Text {
                    start: start + tag_end,
                    end: start + close,
                },
            };
            let colspan = span_attr(attrs, "colspan");
            let rowspan = span_attr(attrs, "rowspan");
            for _ in 0..colspan {
                // Skip columns a cell from above still covers.
                take_carried(&mut carried, &mut row);
                if rowspan > 1 {
                    carried.push((row.len(), rowspan - 1, cell.clone()));
                }
                row.push(Some(cell.clone()));
            }
            cursor = next_cell;
        }
        take_carried(&mut carried, &mut row);
        rows.push(row);
        pos = row_end.max(row_start + 3);
    }
    Grid {
        rows: rows.into_iter().map(|r| r.into_iter().flatten().collect()).collect(),
        separator: false,
        start,
        end,
    }
}

/// Where the next `<td` or `<th` opens in `html`, in one pass.
fn cell_open(html: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    memchr::memchr_iter(b'<', bytes).find(|&i| {
        bytes.get(i + 1).is_some_and(|b| b.eq_ignore_ascii_case(&b't'))
            && bytes
                .get(i + 2)
                .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'd' | b'h'))
    })
}

/// Fills the columns that cells of rows above still cover, at the row's current end.
fn take_carried(carried: &mut Vec<(usize, usize, Cell)>, row: &mut Vec<Option<Cell>>) {
    while let Some(k) = carried.iter().position(|(c, _, _)| *c == row.len()) {
        row.push(Some(carried[k].2.clone()));
        carried[k].1 -= 1;
        if carried[k].1 == 0 {
            carried.remove(k);
        }
    }
}

pub(crate) fn span_attr(attrs: &str, name: &str) -> usize {
    let Some(at) = find_ascii_ci(attrs, name) else {
        return 1;
    };
    let digits: String = attrs[at + name.len()..]
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse::<usize>().unwrap_or(1).clamp(1, 64)
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                let name = tag.trim_start_matches('/').to_ascii_lowercase();
                if name.starts_with("br") || name.starts_with('p') || name.starts_with("div") {
                    out.push(' ');
                }
            }
            _ if in_tag => tag.push(c),
            _ => out.push(c),
        }
    }
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Text with no markup, no tab or line break, no two spaces running and no odd space: in
/// one pass over the bytes (every cell of every appendix is tested, and three searches
/// were most of cleaning it). Every odd space starts with one of the bytes that send a
/// character to the exact test.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\\' | b'<' | b'&' | b'*' | b'_' | b'`' | b'\t' | b'\n' => return false,
            b'[' if bytes.get(i + 1) == Some(&b'^') => return false,
            b' ' if after_space => return false,
            0xC2 | 0xE2 | 0xEF => {
                let odd = text[i..].chars().next().is_some_and(crate::text::fold::is_odd_space);
                if odd {
                    return false;
                }
            }
            _ => {}
        }
        after_space = b == b' ';
    }
    true
}

/// A cell's text as shown: `<br>` and odd spaces made plain, emphasis around the whole
/// cell removed (`**I**`, `*1.250*`), Markdown's escapes undone, spaces collapsed. A lone
/// `*` after a figure (a footnote mark) is kept: it is the unit's to explain.
pub fn clean(raw: &str) -> String {
    let trimmed = raw.trim();
    // Nearly every cell: plain text with single spaces, nothing to remove.
    if is_plain(trimmed) {
        return trimmed.to_owned();
    }
    let mut text = raw.replace("\\|", "|");
    for br in ["<br>", "<br/>", "<br />", "<BR>"] {
        text = text.replace(br, " ");
    }
    // A web editor's `&nbsp;` after a figure (`2.318&nbsp;`) is the space Markdown shows.
    if text.contains('&') {
        text = crate::read::raw_html::decode_entities(&text);
    }
    let mut text = crate::text::fold::collapse_spaces(&text.replace(crate::text::fold::is_odd_space, " "));
    loop {
        let stripped = ["**", "__", "*", "_", "`"].iter().find_map(|m| {
            let inner = text.strip_prefix(m)?.strip_suffix(m)?;
            (!inner.is_empty()).then(|| inner.trim().to_owned())
        });
        match stripped {
            Some(inner) => text = inner,
            None => break,
        }
    }
    // Bold pieces inside a cell (`**1.250** lượt`).
    if text.contains("**") {
        text = text.replace("**", "");
    }
    // A note's mark (`1.126[^3]`): the note is the unit's text, the cell holds the figure.
    while let Some(at) = text.find("[^")
        && let Some(len) = text[at..]
            .find(']')
            .filter(|&l| l > 2 && !text[at..at + l].contains(char::is_whitespace))
    {
        text.replace_range(at..at + len + 1, "");
    }
    // Markdown's escapes last, the emphasis around the cell gone: `13\*` (pandoc's, and
    // the Word reader's, way of writing a typed star) is the `13*` the cell shows.
    if text.contains('\\') {
        text = crate::text::unescaped(&text);
    }
    text.trim().to_owned()
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_cell_shows_its_escaped_punctuation_as_typed() {
        assert_eq!(super::clean("13\\*"), "13*");
        assert_eq!(super::clean("**13\\***"), "13*");
        assert_eq!(super::clean("a\\|b \\[1\\] C:\\Users"), "a|b [1] C:\\Users");
        assert_eq!(super::clean("\\\\"), "\\");
    }

    #[test]
    fn a_web_editors_entities_read_as_the_characters_they_show() {
        assert_eq!(super::clean("2.318&nbsp;"), "2.318");
        assert_eq!(super::clean("1.204&nbsp;đơn"), "1.204 đơn");
        assert_eq!(super::clean("Sở NN&MT"), "Sở NN&MT");
        assert_eq!(super::clean("Sở NN&amp;MT"), "Sở NN&MT");
    }

    #[test]
    fn a_pandoc_table_cell_is_read_as_the_text_it_shows() {
        // pandoc escapes a lone `-` (`\-`) and keeps emphasis as marks: the cell shows `-`.
        let text = "  STT   Chỉ tiêu        Số liệu\n  ----- --------------- ---------\n  1     Số văn bản      \\-\n  2     **Số hội nghị** 12\n\n";
        let grids = super::grids(text, 0, text.len());
        assert_eq!(grids.len(), 1, "{grids:?}");
        assert_eq!(
            texts(&grids[0])[1..],
            [["1", "Số văn bản", "-"], ["2", "Số hội nghị", "12"]]
        );
    }

    #[test]
    fn a_table_saved_as_text_a_cell_a_line_is_a_grid() {
        // LibreOffice's "Text" export of a Word table: a cell a line, an empty cell an
        // empty line; a label of two paragraphs; the report goes on after the last row.
        let text = "PHỤ LỤC\nSTT\nChỉ tiêu\nSố liệu\nGhi chú\n1\nSố văn bản\n28\n\n2\nSố hội nghị\nquán triệt\n20\n\n3\nTỷ lệ (%)\n78,6\nNăm 2025\nNơi nhận:\n";
        let grid = cell_lines(text, 0, text.len()).expect("a table");
        assert_eq!(
            texts(&grid),
            [
                ["STT", "Chỉ tiêu", "Số liệu", "Ghi chú"],
                ["1", "Số văn bản", "28", ""],
                ["2", "Số hội nghị quán triệt", "20", ""],
                ["3", "Tỷ lệ (%)", "78,6", "Năm 2025"],
            ]
        );
        assert!(grid.separator);
        // A row with no number under a numbered one is a row of its own, not the label's
        // further lines.
        let text = "STT\nNội dung\nĐVT\nSố lượng\nGhi chú\n1\nĐơn thư tiếp nhận\nĐơn\n287\n\n\nTrong đó: khiếu nại\nĐơn\n46\n\n2\nĐơn thư đã giải quyết\nĐơn\n279\n\n";
        let grid = cell_lines(text, 0, text.len()).expect("a table");
        assert_eq!(
            texts(&grid)[1..],
            [
                ["1", "Đơn thư tiếp nhận", "Đơn", "287", ""],
                ["", "Trong đó: khiếu nại", "Đơn", "46", ""],
                ["2", "Đơn thư đã giải quyết", "Đơn", "279", ""],
            ]
        );
        // Two header rows: `Số liệu` merged over the periods, `STT`… merged down.
        let text = "STT\nNội dung\nSố liệu\nGhi chú\n\n\n2015-2020\n2021-2025\n\n1\nVăn bản\n14\n17\n\n2\nHội nghị\n10\n13\n\n";
        let grid = cell_lines(text, 0, text.len()).expect("a table");
        assert_eq!(
            texts(&grid),
            [
                ["STT", "Nội dung", "Số liệu", "Số liệu", "Ghi chú"],
                ["STT", "Nội dung", "2015-2020", "2021-2025", "Ghi chú"],
                ["1", "Văn bản", "14", "17", ""],
                ["2", "Hội nghị", "10", "13", ""],
            ]
        );
        // Lines that are no table: no `STT`, or rows out of order.
        for text in [
            "Chỉ tiêu\nSố liệu\n1\nVăn bản\n2\n",
            "STT\nChỉ tiêu\nSố liệu\n1\nVăn bản\n28\n3\nHội nghị\n20\n",
        ] {
            assert_eq!(cell_lines(text, 0, text.len()), None, "{text:?}");
        }
    }

    #[test]
    fn figures_written_as_a_list_are_a_grid() {
        let text = "Kết quả cụ thể như sau:\n1. Số văn bản ban hành: 26 văn bản.\nGhi chú: số liệu đến hết năm 2025.\n6. Số đơn thư tiếp nhận: 203 đơn; đã giải quyết: 196 đơn.\n";
        let grid = listed(text, 0, text.len()).expect("a list");
        let rows: Vec<Vec<&str>> = grid
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.text.as_str()).collect())
            .collect();
        assert_eq!(
            rows,
            [
                ["1", "Số văn bản ban hành", "26 văn bản"],
                ["6", "Số đơn thư tiếp nhận", "203 đơn"],
                ["", "đã giải quyết", "196 đơn"],
            ]
        );
        let Locator::Text { start, end } = grid.rows[2][2].at else {
            panic!("a text cell");
        };
        assert_eq!(&text[start..end], "196 đơn");
        // One figure is no list of figures.
        let one = "1. Số văn bản ban hành: 26 văn bản.\n";
        assert_eq!(listed(one, 0, one.len()), None);
    }
    use super::*;

    fn texts(grid: &Grid) -> Vec<Vec<String>> {
        grid.rows
            .iter()
            .map(|r| r.iter().map(|c| c.text.clone()).collect())
            .collect()
    }

    #[test]
    fn pipe_tables_with_and_without_separator() {
        let text = "Mở đầu\n\n| STT | Nội dung | Số liệu |\n|---|---|---:|\n| 1 | Văn bản | **1.250** |\n\nĐoạn\n\nSTT | Nội dung | Số liệu\n1 | Hội nghị | 3\n";
        let grids = grids(text, 0, text.len());
        assert_eq!(grids.len(), 2);
        assert!(grids[0].separator && !grids[1].separator);
        assert_eq!(texts(&grids[0])[1], ["1", "Văn bản", "1.250"]);
        assert_eq!(texts(&grids[1])[1], ["1", "Hội nghị", "3"]);
        let Locator::Text { start, end } = grids[0].rows[1][2].at.clone() else {
            panic!("text locator");
        };
        assert_eq!(&text[start..end], "**1.250**");
    }

    #[test]
    fn tab_separated_rows() {
        let text = "STT\tNội dung\tSố liệu\n1\tSố văn bản\t12\n2\tSố hội nghị\t\n";
        let grid = &grids(text, 0, text.len())[0];
        assert_eq!(texts(grid)[1], ["1", "Số văn bản", "12"]);
        assert_eq!(texts(grid)[2], ["2", "Số hội nghị", ""]);
    }

    #[test]
    fn tab_separated_rows_go_on_over_blank_lines_and_a_wrapped_last_cell() {
        // Pasted from Excel into a text that spaces its lines: the rows apart.
        let text = "STT\tNội dung\tSố liệu\n\n1\tSố văn bản\t12\n\n\n2\tSố hội nghị\t7\n\nNơi nhận:\n";
        let found = super::grids(text, 0, text.len());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            texts(&found[0])[1..],
            [["1", "Số văn bản", "12"], ["2", "Số hội nghị", "7"]]
        );
        assert!(text[found[0].end..].starts_with("\n\nNơi nhận:"));
        // A mail body wrapped at 76 columns: the remark's end on a line of its own.
        let text = "STT\tNội dung\tSố liệu\tGhi chú\n3\tLượt cán bộ được tập huấn\t356\tTrong đó có\ncả cán bộ tổ dân phố\n4\tCuộc đối thoại\t19\t\nXin trân trọng báo cáo.\n";
        let found = super::grids(text, 0, text.len());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            texts(&found[0])[1..],
            [
                [
                    "3",
                    "Lượt cán bộ được tập huấn",
                    "356",
                    "Trong đó có cả cán bộ tổ dân phố"
                ],
                ["4", "Cuộc đối thoại", "19", ""]
            ]
        );
        // A line after the last row, or before a row of another width, ends the table.
        let text = "A\tB\n1\t2\nĐoạn văn.\nX\tY\tZ\n";
        assert_eq!(super::grids(text, 0, text.len()).len(), 2);
        // Blank lines are passed over once each, however many (a hostile file).
        let many = format!("A\tB\n{}1\t2\n{}", "\n".repeat(200_000), "\n".repeat(200_000));
        let found = super::grids(&many, 0, many.len());
        assert_eq!((found.len(), found[0].rows.len()), (1, 2));
    }

    #[test]
    fn columns_aligned_by_spaces_are_a_grid() {
        // `pdftotext -layout`: the header centred over its columns, labels wrapped under
        // their column, a page's form feed after the table.
        let text = "Nơi nhận:      BÍ THƯ\n\
                    \u{c}    STT      Nội dung                  ĐVT        Số liệu\n\
                    1        Văn bản lãnh đạo, chỉ    Văn bản    20\n\
                    \x20        đạo được ban hành\n\
                    2        Hội nghị quán triệt      Hội nghị   12\n\
                    9        Tỷ lệ hồ sơ TTHC         %          90,8\n\
                    \x20        giải quyết trực tuyến\n\
                    \u{c}\n";
        let grid = spaced(text, 0, text.len()).expect("a table");
        assert_eq!(
            texts(&grid),
            [
                ["STT", "Nội dung", "ĐVT", "Số liệu"],
                ["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", "20"],
                ["2", "Hội nghị quán triệt", "Hội nghị", "12"],
                ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "90,8"],
            ]
        );
        assert!(text[grid.end..].starts_with("\n\u{c}"));
        // Prose, however it is spaced, is no table.
        let prose = "Ban Thường vụ  đã ban hành  nhiều văn bản.\nNăm 2025  tiếp  300 lượt.\n";
        assert_eq!(spaced(prose, 0, prose.len()), None);
    }

    #[test]
    fn html_tables_spread_merged_cells() {
        let text = "<table>\n<tr><th rowspan=\"2\">TT</th><th rowspan=\"2\">Nội dung</th><th colspan=\"2\">Kết quả</th></tr>\n<tr><th>2015 - 2020</th><th>2021 - 2025</th></tr>\n<tr><td>1</td><td>Văn bản<br>ban hành</td><td>5</td><td>7</td></tr>\n</table>\n";
        let grid = &grids(text, 0, text.len())[0];
        assert_eq!(texts(grid)[0], ["TT", "Nội dung", "Kết quả", "Kết quả"]);
        assert_eq!(texts(grid)[1], ["TT", "Nội dung", "2015 - 2020", "2021 - 2025"]);
        assert_eq!(texts(grid)[2], ["1", "Văn bản ban hành", "5", "7"]);
    }

    #[test]
    fn code_blocks_are_not_tables() {
        let text = "```\n| a | b |\n```\n";
        assert!(grids(text, 0, text.len()).is_empty());
    }
}
