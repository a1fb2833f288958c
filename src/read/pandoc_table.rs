//! Tables as pandoc writes them in Markdown (`pandoc bao-cao.docx -t markdown`, the usual
//! way a Word report becomes a `.md`): grid tables (`+----+----+` borders, `|` between
//! cells, a cell of several paragraphs — the header block and the signature beside the
//! recipients), multiline tables (columns set by a line of dashes, each cell wrapped over
//! lines, rows apart by blank lines — an appendix of figures) and simple tables (a row a
//! line). CommonMark knows none of them: a grid table is a paragraph of `+---+` and `|`,
//! a multiline table's last row over its closing dashes a heading. Each is read here into
//! rows of cells, each cell its paragraphs, each paragraph the pieces of its lines with
//! where they are in the text; `table`, `markdown`, the header reader and the excerpts
//! take them from here.

use std::ops::Range;

/// One table as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// From the start of its first line to the end of its last, line end included.
    pub range: Range<usize>,
    /// How many of `rows` are its header (above `+===+`, or over the column dashes).
    pub header_rows: usize,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Where its first line starts.
    pub start: usize,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    /// Each paragraph of the cell: the pieces of its lines, spaces around them trimmed.
    pub paragraphs: Vec<Vec<Range<usize>>>,
    /// Where the cell starts on the row's first line (for an empty cell's place).
    pub at: usize,
}

impl Cell {
    /// Each paragraph's lines joined by a space, as written (markup kept).
    pub fn paragraph_texts<'t>(&self, text: &'t str) -> impl Iterator<Item = String> + use<'_, 't> {
        self.paragraphs.iter().map(move |pieces| {
            pieces
                .iter()
                .map(|piece| &text[piece.clone()])
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// The first piece, or the empty place where the cell starts.
    pub fn first_piece(&self) -> Range<usize> {
        self.paragraphs
            .first()
            .and_then(|p| p.first())
            .cloned()
            .unwrap_or(self.at..self.at)
    }
}

/// Most lines a multiline table's header may take.
const HEADER_MAX_LINES: usize = 6;

/// Lines that tries finding no table may look at, per line of the text and in all.
const SCAN_BUDGET_PER_LINE: usize = 8;
const SCAN_BUDGET_BASE: usize = 100_000;

/// One line of the text: where it starts, its content (no line end), where the next starts.
#[derive(Debug, Clone, Copy)]
struct Line<'t> {
    start: usize,
    content: &'t str,
    next: usize,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.content.trim().is_empty()
    }
}

/// Every pandoc table in `text[start..end]`, in order.
pub fn find(text: &str, start: usize, end: usize) -> Vec<Table> {
    let end = end.min(text.len());
    let start = start.min(end);
    // A line that may open a table: its first characters tell.
    let candidate = |content: &str| {
        let c = content.trim_start_matches(' ');
        content.len() - c.len() <= 3 && (c.starts_with("+-") || c.starts_with("+=") || c.starts_with("--"))
    };
    let region = &text[start..end];
    // Nearly every report has none: the lines' first bytes are looked at, found by a
    // vector search for the line ends, before any line is cut out.
    let bytes = region.as_bytes();
    let opens = |at: usize| {
        let rest = &bytes[at..];
        let indent = rest.iter().take(4).take_while(|&&b| b == b' ').count();
        indent <= 3 && matches!(rest.get(indent..indent + 2), Some(b"+-" | b"+=" | b"--"))
    };
    if !std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', bytes).map(|at| at + 1))
        .any(opens)
    {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let mut at = start;
    for raw in region.split_inclusive('\n') {
        lines.push(Line {
            start: at,
            content: raw.trim_end_matches(['\n', '\r']),
            next: at + raw.len(),
        });
        at += raw.len();
    }
    let mut tables = Vec::new();
    // Lines looked at by tries that found no table: a file of thousands of lines that
    // each open a table no line closes is read in bounded time, its tables after the
    // budget are not read.
    let mut budget = lines
        .len()
        .saturating_mul(SCAN_BUDGET_PER_LINE)
        .saturating_add(SCAN_BUDGET_BASE);
    let mut i = 0;
    while i < lines.len() {
        let found = if candidate(lines[i].content) {
            let mut reach = i;
            let found = grid(&lines, i, &mut reach).or_else(|| dashed(&lines, i, &mut reach));
            if found.is_none() {
                budget = budget.saturating_sub(reach.saturating_sub(i) + 1);
                if budget == 0 {
                    break;
                }
            }
            found
        } else {
            None
        };
        match found {
            Some((table, next)) => {
                tables.push(table);
                i = next;
            }
            None => i += 1,
        }
    }
    tables
}

/// The byte offset in `line` of each character position (and of the line's end).
fn char_offsets(line: &str) -> Vec<usize> {
    line.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .collect()
}

/// `line`'s text between character positions `from` and `to`, trimmed, as a byte range
/// of the text (`base` is where the line starts).
fn piece(line: &str, offsets: &[usize], base: usize, from: usize, to: Option<usize>) -> Range<usize> {
    let last = offsets.len() - 1;
    let a = offsets[from.min(last)];
    let b = to.map_or(line.len(), |to| offsets[to.min(last)]);
    let b = b.max(a);
    let slice = &line[a..b];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    base + a + lead..base + a + lead + trimmed.len()
}

/// A grid table's border: `+---+:==+`.
fn is_border(content: &str) -> bool {
    let c = content.trim();
    c.len() >= 3 && c.starts_with('+') && c.ends_with('+') && c.bytes().all(|b| matches!(b, b'+' | b'-' | b'=' | b':'))
}

/// A grid table opening at line `i`, and the line after it; `reach` is the last line
/// looked at.
fn grid(lines: &[Line<'_>], i: usize, reach: &mut usize) -> Option<(Table, usize)> {
    let top = lines[i].content;
    if !is_border(top) {
        return None;
    }
    // Column edges: the character positions of the top border's `+`.
    let edges: Vec<usize> = top
        .chars()
        .enumerate()
        .filter(|&(_, c)| c == '+')
        .map(|(k, _)| k)
        .collect();
    if edges.len() < 2 {
        return None;
    }
    let indent = top.len() - top.trim_start().len();
    let mut rows: Vec<Vec<Line<'_>>> = Vec::new();
    let mut open: Vec<Line<'_>> = Vec::new();
    let mut header_rows = 0;
    let mut last_border = i;
    let mut j = i + 1;
    while let Some(line) = lines.get(j) {
        *reach = j;
        let content = line.content;
        if is_border(content) {
            if !open.is_empty() {
                rows.push(std::mem::take(&mut open));
            }
            if content.contains('=') {
                header_rows = rows.len();
            }
            last_border = j;
        } else if content.len() > indent && content[indent..].starts_with('|') && content.trim_end().ends_with('|') {
            open.push(*line);
        } else {
            break;
        }
        j += 1;
    }
    if rows.is_empty() {
        return None;
    }
    let rows = rows
        .iter()
        .map(|row_lines| {
            let cells = (0..edges.len() - 1)
                .map(|k| cell(row_lines, edges[k] + 1, Some(edges[k + 1]), true))
                .collect();
            Row {
                start: row_lines[0].start,
                cells,
            }
        })
        .collect();
    let table = Table {
        range: lines[i].start..lines[last_border].next,
        header_rows,
        rows,
    };
    Some((table, last_border + 1))
}

/// One cell of a row: in each of its lines, the characters from `from` to `to` (to the
/// line's end when `None`). With `paragraphs`, an empty piece ends a paragraph (a grid
/// table's cell of several); else the pieces are one paragraph.
fn cell(lines: &[Line<'_>], from: usize, to: Option<usize>, paragraphs: bool) -> Cell {
    let mut out = Cell::default();
    let mut open: Vec<Range<usize>> = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let offsets = char_offsets(line.content);
        let range = piece(line.content, &offsets, line.start, from, to);
        if n == 0 {
            out.at = range.start;
        }
        if range.is_empty() {
            if paragraphs && !open.is_empty() {
                out.paragraphs.push(std::mem::take(&mut open));
            }
        } else if let Some(broken) = line_break(&range, line) {
            // A line ended by `\` (Shift+Enter in Word) ends a line of the cell as a
            // paragraph does: the header's lines are one cell so, in a multiline table.
            if !broken.is_empty() {
                open.push(broken);
            }
            if !open.is_empty() {
                out.paragraphs.push(std::mem::take(&mut open));
            }
        } else {
            open.push(range);
        }
    }
    if !open.is_empty() {
        out.paragraphs.push(open);
    }
    out
}

/// The piece without the `\` that ends it, when a hard line break ends it (an odd
/// number of backslashes: `\\` is an escaped one).
fn line_break(range: &Range<usize>, line: &Line<'_>) -> Option<Range<usize>> {
    let piece = &line.content[range.start - line.start..range.end - line.start];
    let slashes = piece.len() - piece.trim_end_matches('\\').len();
    (slashes % 2 == 1).then(|| {
        let kept = piece[..piece.len() - 1].trim_end();
        range.start..range.start + kept.len()
    })
}

/// A line of dashes cut into runs by spaces: each run's first and last character
/// position, at least one run of three dashes.
fn dash_runs(content: &str) -> Option<Vec<(usize, usize)>> {
    let trimmed = content.trim_end();
    if trimmed.trim_start().len() < 3 || !trimmed.bytes().all(|b| b == b'-' || b == b' ') {
        return None;
    }
    let mut runs = Vec::new();
    let mut open: Option<usize> = None;
    for (k, b) in trimmed.bytes().enumerate() {
        match (b, open) {
            (b'-', None) => open = Some(k),
            (b' ', Some(s)) => {
                runs.push((s, k));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        runs.push((s, trimmed.len()));
    }
    (!runs.is_empty()).then_some(runs)
}

/// A multiline or simple table opening at line `i` (its top dashes, its column dashes,
/// or the header line over them), and the line after it; `reach` is the last line
/// looked at.
fn dashed(lines: &[Line<'_>], i: usize, reach: &mut usize) -> Option<(Table, usize)> {
    let after_blank = |k: usize| k == 0 || lines[k - 1].is_blank();
    let runs = dash_runs(lines[i].content)?;
    if runs.len() == 1 && after_blank(i) {
        // A multiline table with a header: the top dashes span the table, the column
        // dashes come after the header's lines.
        let (top_start, top_end) = runs[0];
        let column_line = (i + 1..lines.len().min(i + 2 + HEADER_MAX_LINES))
            .take_while(|&k| !lines[k].is_blank())
            .find(|&k| dash_runs(lines[k].content).is_some())?;
        let columns = dash_runs(lines[column_line].content)?;
        let spans_alike = columns[0].0 == top_start && columns[columns.len() - 1].1.abs_diff(top_end) <= 2;
        if column_line == i + 1 || !spans_alike {
            return None;
        }
        let (rows, close) = multiline_rows(lines, column_line + 1, reach, |content| {
            dash_runs(content).is_some_and(|r| r.len() == 1)
        })?;
        let mut all: Vec<Range<usize>> = std::iter::once(i + 1..column_line).collect();
        all.extend(rows);
        return Some((table_of(lines, i, close, &columns, &all, 1), close + 1));
    }
    if runs.len() >= 2 && !after_blank(i) && i >= 1 && after_blank(i - 1) {
        // A simple table: one header line over the column dashes, a row a line, to a
        // blank line.
        let mut end = i + 1;
        while end < lines.len() && !lines[end].is_blank() {
            end += 1;
        }
        *reach = (*reach).max(end);
        if end == i + 1 {
            return None;
        }
        let mut all: Vec<Range<usize>> = std::iter::once(i - 1..i).collect();
        all.extend((i + 1..end).map(|k| k..k + 1));
        return Some((table_of(lines, i - 1, end - 1, &runs, &all, 1), end));
    }
    if runs.len() >= 2 && after_blank(i) {
        // Headerless: the column dashes open and close it; rows a line each, or apart by
        // blank lines when they wrap.
        let closes = |content: &str| dash_runs(content).is_some_and(|r| r.len() == runs.len());
        let (rows, close) = multiline_rows(lines, i + 1, reach, closes).filter(|(rows, _)| !rows.is_empty())?;
        let rows: Vec<Range<usize>> = if !lines[i + 1..close].iter().any(Line::is_blank) {
            (i + 1..close).map(|k| k..k + 1).collect()
        } else {
            rows
        };
        return Some((table_of(lines, i, close, &runs, &rows, 0), close + 1));
    }
    None
}

/// The rows from line `from` (groups of lines apart by blank lines) to the line that
/// `closes` the table, which must follow a row (or blank lines, when there is none);
/// `None` when no line closes it. `reach` is the last line looked at.
fn multiline_rows(
    lines: &[Line<'_>],
    from: usize,
    reach: &mut usize,
    closes: impl Fn(&str) -> bool,
) -> Option<(Vec<Range<usize>>, usize)> {
    let mut rows = Vec::new();
    let mut open: Option<usize> = None;
    for (k, line) in lines.iter().enumerate().skip(from) {
        *reach = (*reach).max(k);
        if line.is_blank() {
            if let Some(s) = open.take() {
                rows.push(s..k);
            }
            continue;
        }
        if closes(line.content) {
            // The closing line follows a row, or the header when there is no row.
            match open {
                Some(s) => rows.push(s..k),
                None if rows.is_empty() && k > from => {}
                None => return None,
            }
            return Some((rows, k));
        }
        open.get_or_insert(k);
    }
    None
}

/// A multiline or simple table from line `first` to line `last`, its columns set by
/// `runs`, its rows the line ranges `rows` (the first `header_rows` of them its header).
fn table_of(
    lines: &[Line<'_>],
    first: usize,
    last: usize,
    runs: &[(usize, usize)],
    rows: &[Range<usize>],
    header_rows: usize,
) -> Table {
    let rows = rows
        .iter()
        .map(|range| {
            let row_lines = &lines[range.clone()];
            let cells = (0..runs.len())
                .map(|k| {
                    // A column runs from its dashes' start to the next column's: a right
                    // aligned figure ends under its dashes, a wide header may overhang.
                    let from = if k == 0 { 0 } else { runs[k].0 };
                    cell(row_lines, from, runs.get(k + 1).map(|r| r.0), false)
                })
                .collect();
            Row {
                start: row_lines[0].start,
                cells,
            }
        })
        .collect();
    Table {
        range: lines[first].start..lines[last].next,
        header_rows,
        rows,
    }
}

/// `text` with every pandoc table written as a pipe table (a cell's paragraphs apart by
/// `<br>`, its pipes escaped), the table's other lines gone; `None` when it has none.
/// The compiled report is read by CommonMark, which would show the table's borders as
/// text and may take its last row for a heading.
pub fn as_pipe_tables(text: &str) -> Option<String> {
    let tables = find(text, 0, text.len());
    if tables.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for table in &tables {
        out.push_str(&text[copied..table.range.start]);
        let width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        let row_line = |row: Option<&Row>| {
            let mut line = String::from("|");
            for k in 0..width {
                let cell = row.and_then(|r| r.cells.get(k));
                let texts: Vec<String> = cell
                    .map(|c| c.paragraph_texts(text).map(|p| escape_pipes(&p)).collect())
                    .unwrap_or_default();
                line.push(' ');
                line.push_str(&texts.join("<br>"));
                line.push_str(" |");
            }
            line.push('\n');
            line
        };
        // Several header rows are one, as a pipe table has one.
        let header = (table.header_rows > 0).then(|| Row {
            start: table.rows[0].start,
            cells: (0..width)
                .map(|k| Cell {
                    paragraphs: table.rows[..table.header_rows]
                        .iter()
                        .filter_map(|r| r.cells.get(k))
                        .flat_map(|c| c.paragraphs.iter().cloned())
                        .collect(),
                    at: 0,
                })
                .collect(),
        });
        out.push_str(&row_line(header.as_ref()));
        out.push('|');
        out.push_str(&" --- |".repeat(width));
        out.push('\n');
        for row in &table.rows[table.header_rows..] {
            out.push_str(&row_line(Some(row)));
        }
        copied = table.range.end;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// A cell's `|` that is not escaped, escaped: inside a pipe table it would end the cell.
fn escape_pipes(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut escaped = false;
    for c in cell.chars() {
        if c == '|' && !escaped {
            out.push('\\');
        }
        escaped = c == '\\' && !escaped;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, table: &Table) -> Vec<Vec<String>> {
        table
            .rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| c.paragraph_texts(text).collect::<Vec<_>>().join(" / "))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_pandoc_grid_table_reads_as_written() {
        let text = "+------------+-----------------+\n| ĐẢNG BỘ    | **ĐẢNG CỘNG**   |\n|            |                 |\n| **ĐẢNG ỦY**| *Vinh, ngày 03  |\n|            | tháng 4 năm     |\n|            | 2026*           |\n| \\*         |                 |\n+============+=================+\n| Số 61      | x \\| y          |\n+------------+-----------------+\n";
        let table = &find(text, 0, text.len())[0];
        assert_eq!(table.range, 0..text.len());
        assert_eq!(
            texts(text, table),
            [
                [
                    "ĐẢNG BỘ / **ĐẢNG ỦY** / \\*",
                    "**ĐẢNG CỘNG** / *Vinh, ngày 03 tháng 4 năm 2026*"
                ],
                ["Số 61", "x \\| y"],
            ]
        );
        let piece = table.rows[0].cells[1].paragraphs[1][0].clone();
        assert_eq!(&text[piece], "*Vinh, ngày 03");
    }

    #[test]
    fn a_table_opens_a_line_indented_by_three_spaces_at_most() {
        let grid = "+----+----+\n| a  | b  |\n+----+----+\n";
        let indented = |n: usize| {
            let pad = " ".repeat(n);
            grid.lines().map(|l| format!("{pad}{l}\n")).collect::<String>()
        };
        assert_eq!(find(&indented(3), 0, indented(3).len()).len(), 1);
        assert!(find(&indented(4), 0, indented(4).len()).is_empty());
        // Under a pipe table's `|---|`, and after text on its line, is no table.
        let pipe = format!("| a | b |\n|---|--:|\nText -- {grid}");
        assert!(find(&pipe, 0, pipe.len()).is_empty());
        let after = format!("Text\n\n{grid}");
        assert_eq!(find(&after, 0, after.len())[0].range, 6..after.len());
    }

    #[test]
    fn a_multiline_table_is_its_rows_whatever_they_wrap() {
        let text = "Biểu:\n\n  -----------------------------------------------\n  STT    Chỉ tiêu          Số liệu   Ghi chú\n  ------ ----------------- --------- ------------\n  1      Số văn bản lãnh   28        \n         đạo ban hành                \n\n  2      Tỷ lệ hồ sơ (%)   78,6      trực tuyến\n  -----------------------------------------------\n\nSau bảng.\n";
        let tables = find(text, 0, text.len());
        assert_eq!(tables.len(), 1);
        let table = &tables[0];
        assert_eq!(table.header_rows, 1);
        assert_eq!(
            texts(text, table),
            [
                ["STT", "Chỉ tiêu", "Số liệu", "Ghi chú"],
                ["1", "Số văn bản lãnh đạo ban hành", "28", ""],
                ["2", "Tỷ lệ hồ sơ (%)", "78,6", "trực tuyến"],
            ]
        );
        assert!(text[table.range.end..].starts_with("\nSau bảng."));
    }

    #[test]
    fn a_header_block_as_a_multiline_table_of_broken_lines() {
        // A Word table whose one row pandoc takes for the header: no body row after it.
        let text = "  --------------------------------------------\n  ĐẢNG BỘ TỈNH\\         **ĐẢNG CỘNG SẢN**\\\n  **ĐẢNG ỦY XÃ**\\       Diễn Châu, ngày 07\n  Số 61-BC/ĐU\n  --------------------- ----------------------\n\n  --------------------------------------------\n\n**BÁO CÁO**\n";
        let tables = find(text, 0, text.len());
        assert_eq!(tables.len(), 1, "{tables:?}");
        assert_eq!(tables[0].header_rows, 1);
        assert_eq!(
            texts(text, &tables[0]),
            [[
                "ĐẢNG BỘ TỈNH / **ĐẢNG ỦY XÃ** / Số 61-BC/ĐU",
                "**ĐẢNG CỘNG SẢN** / Diễn Châu, ngày 07"
            ]]
        );
        assert!(text[tables[0].range.end..].starts_with("\n**BÁO CÁO**"));
    }

    #[test]
    fn simple_and_headerless_tables() {
        let simple = "\n  STT   Chỉ tiêu      Số liệu\n  ----- ------------- -------\n  1     Văn bản       28\n  2     Hội nghị      20\n\nSau.\n";
        let table = &find(simple, 0, simple.len())[0];
        assert_eq!(texts(simple, table)[2], ["2", "Hội nghị", "20"]);
        let headerless = "\n  ----- ------------- -------\n  1     Văn bản       28\n  2     Hội nghị      20\n  ----- ------------- -------\n";
        let table = &find(headerless, 0, headerless.len())[0];
        assert_eq!(table.header_rows, 0);
        assert_eq!(
            texts(headerless, table),
            [["1", "Văn bản", "28"], ["2", "Hội nghị", "20"]]
        );
    }

    #[test]
    fn rules_headings_and_lists_are_no_tables() {
        for text in [
            "Đoạn văn\n\n---\n\nĐoạn khác\n",
            "Tiêu đề\n-------\n\nĐoạn\n",
            "- một\n- hai\n",
            "-----\nchữ\n-----\n",
            "+---+\nkhông phải bảng\n",
            "+---+---+\n| a | b |\n",
        ] {
            assert_eq!(find(text, 0, text.len()), Vec::new(), "{text:?}");
        }
    }

    #[test]
    fn lines_opening_tables_no_line_closes_are_read_in_bounded_time() {
        // Each `-----` after a blank line opens a multiline table whose column dashes
        // follow; none is closed, and each try would look to the end of the file.
        let text = "\n-----\nx\n--- ---\nrow\n".repeat(40_000);
        let started = std::time::Instant::now();
        assert!(find(&text, 0, text.len()).is_empty());
        // Borders with no row between them: no table, each try to the end.
        let grid = "+---+\n".repeat(80_000);
        assert!(find(&grid, 0, grid.len()).is_empty());
        // Not a timing test: a quadratic reading takes minutes here, a bounded one well
        // under a second; the bound is what is asserted, generously.
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
    }

    #[test]
    fn as_pipe_tables_keeps_every_cell() {
        let text = "Trước\n\n  ------------------------\n  STT   Chỉ tiêu   Số liệu\n  ----- ---------- -------\n  1     Văn bản    28\n        ban hành\n  ------------------------\n\nSau\n";
        let piped = as_pipe_tables(text).expect("a table");
        assert_eq!(
            piped,
            "Trước\n\n| STT | Chỉ tiêu | Số liệu |\n| --- | --- | --- |\n| 1 | Văn bản ban hành | 28 |\n\nSau\n"
        );
        assert_eq!(as_pipe_tables("Không có bảng\n"), None);
    }
}
