//! An account set out as a table (`Nội dung` | `Kết quả thực hiện`, the part a row names
//! on its left, its paragraphs on its right): what makes a table one, whichever reader
//! found it. The Word reader writes such a table out as the report would read typed out
//! (each row's title a bold line, then its text); so does [`set_out`] for a Markdown file
//! — pandoc's grid table, pandoc's HTML table, MarkItDown's pipe table of a Word report
//! that held one — with each line of the result's place in the file, so that findings
//! are shown where the unit wrote them.

use std::ops::Range;

use crate::read::table::{find_ascii_ci, span_attr};
use crate::text::heading::starts_with_numbering;

/// A table cell as the rule sees it.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// Its text, paragraphs joined by a space, markup removed.
    pub text: String,
    /// How many paragraphs it holds.
    pub paragraphs: usize,
    /// Grid columns it spans.
    pub span: usize,
    /// The continuation of a cell merged down from the row above.
    pub merged: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Marked as a header row (Word's repeated header row, HTML's `<thead>`).
    pub header: bool,
}

/// Most words of a row title on the left: more is a table of text, not an account.
const ACCOUNT_TITLE_MAX_WORDS: usize = 40;
/// Words from which a cell reads as text rather than a label or a figure.
const PROSE_MIN_WORDS: usize = 15;
/// Most words of a column's title.
const COLUMN_TITLE_MAX_WORDS: usize = 6;
/// Most rows and columns of a Markdown table read as an account: an account has a row a
/// part, a few columns; a bigger table is figures, or a file built to be amplified (a
/// cell read costs tens of bytes for every `|` written) — not read for this.
const ACCOUNT_MAX_ROWS: usize = 400;
const ACCOUNT_MAX_COLUMNS: usize = 16;

/// A table of text: the cells of its last column sentences (most of them, two at least),
/// the cells on their left short titles, no column of figures. An appendix's last
/// column is its figures or short notes.
pub fn is_account(rows: &[Row], columns: usize) -> bool {
    if columns < 2 || rows.len() < 2 {
        return false;
    }
    let (mut written, mut prose) = (0, 0);
    let mut figures = vec![0usize; columns];
    let mut marks = vec![0usize; columns];
    let mut filled = vec![0usize; columns];
    for row in rows.iter().skip(1) {
        let mut at = 0;
        for cell in &row.cells {
            let own = !cell.merged && cell.paragraphs > 0;
            if own && at > 0 && at < columns {
                filled[at] += 1;
                figures[at] += usize::from(is_figure(&cell.text));
                marks[at] += usize::from(is_not_applicable(&cell.text));
            }
            if own && at > 0 && at + cell.span >= columns {
                written += 1;
                prose += usize::from(is_prose(cell));
            } else if own && at + cell.span < columns && words(&cell.text) > ACCOUNT_TITLE_MAX_WORDS {
                return false;
            }
            at += cell.span;
        }
    }
    // Not one figure in the last column: an appendix whose values are partly sentences
    // (`Chỉ tiêu` | `Kết quả`) is a table of figures still.
    let last_figures = figures.last().copied().unwrap_or(0);
    prose >= 2
        && prose * 2 >= written
        && last_figures == 0
        && (1..columns).all(|c| (figures[c] + marks[c]) * 2 < filled[c].max(1))
}

/// How many rows over the account are its column titles (none or one).
pub fn title_rows(rows: &[Row]) -> usize {
    usize::from(rows.len() > 1 && is_column_titles(&rows[0]))
}

/// A row of an account: the cells its title is made of, and the cell holding its text
/// with the grid column that cell starts at.
pub fn parts(row: &Row, columns: usize) -> (Vec<usize>, Option<(usize, usize)>) {
    let mut at = 0;
    let mut label = Vec::new();
    let mut text = None;
    for (k, cell) in row.cells.iter().enumerate() {
        let last = at + cell.span >= columns;
        if last && at > 0 {
            text = Some((k, at));
        } else if last && !is_prose(cell) {
            // A row across the table, short: a title alone (`2. Kết quả …`).
            label.push(k);
        } else if last {
            text = Some((k, at));
        } else if !cell.merged {
            label.push(k);
        }
        at += cell.span;
    }
    (label, text.filter(|&(k, _)| !row.cells[k].merged))
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A cell of sentences: a long one, or several paragraphs.
fn is_prose(cell: &Cell) -> bool {
    let words = words(&cell.text);
    words >= PROSE_MIN_WORDS || cell.paragraphs >= 2 && words >= PROSE_MIN_WORDS / 2
}

/// A cell that reads as a figure: a short one opening with a digit (`1.250`, `85,5%`,
/// `15 văn bản`).
fn is_figure(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(|c: char| c.is_ascii_digit()) && words(text) <= 3
}

/// A figure's place marked empty (`-`, `x`, `—`: not applicable): a column of them and
/// figures is a column of figures. (An account's text cell left empty so is no figure.)
fn is_not_applicable(text: &str) -> bool {
    matches!(text.trim(), "-" | "--" | "–" | "—" | "x" | "X" | "/" | "…" | "...")
}

/// A table's first row of column titles (`Nội dung` | `Kết quả thực hiện`, `TT`): marked
/// as a header, or two cells or more, short, none numbered (`I. Lãnh đạo, chỉ đạo` is a
/// part's title) and none a sentence — a first row of the account is no title row.
fn is_column_titles(row: &Row) -> bool {
    let title = |c: &Cell| {
        c.paragraphs <= 1
            && words(&c.text) <= COLUMN_TITLE_MAX_WORDS
            && !starts_with_numbering(c.text.trim_start())
            && !c.text.trim_end().ends_with(['.', ';', ':'])
    };
    row.header || row.cells.len() >= 2 && row.cells.iter().all(title)
}

/// A row's title from its left cells: `I` and `CÔNG TÁC LÃNH ĐẠO` is `I. CÔNG TÁC LÃNH
/// ĐẠO`, a number alone in its cell being the title's numbering.
pub fn title_of<'c>(cells: impl IntoIterator<Item = &'c str>) -> String {
    let mut title = String::new();
    for cell in cells.into_iter().map(str::trim).filter(|c| !c.is_empty()) {
        if !title.is_empty() {
            let marks = title.trim_end_matches(['.', ')']);
            let number_alone = !marks.is_empty()
                && (marks.chars().all(|c| c.is_ascii_digit() || c == '.')
                    || marks.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
                    || marks.chars().count() == 1 && marks.chars().all(char::is_alphabetic));
            if number_alone && !title.ends_with(['.', ')']) {
                title.push('.');
            }
            title.push(' ');
        }
        title.push_str(cell);
    }
    title
}

/// A Markdown file whose account tables were written out as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetOut {
    pub text: String,
    /// For each line of `text` (0-based), the file's line it came from (0-based).
    pub lines: Vec<usize>,
}

/// One paragraph of a cell as Markdown will read it, its text, and where it starts in
/// the file.
#[derive(Debug, Clone)]
struct Paragraph {
    markdown: String,
    plain: String,
    at: usize,
}

/// A table found in the Markdown: its lines, its rows for the rule, and each cell's
/// paragraphs (parallel to the rows' cells) with where each row starts.
struct Found {
    lines: Range<usize>,
    rows: Vec<Row>,
    paragraphs: Vec<Vec<Vec<Paragraph>>>,
    starts: Vec<usize>,
}

impl Cell {
    /// A cell of a Markdown table, of its paragraphs.
    fn of(paragraphs: &[Paragraph], span: usize) -> Cell {
        Cell {
            text: paragraphs
                .iter()
                .map(|p| p.plain.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            paragraphs: paragraphs.len(),
            span,
            merged: false,
        }
    }
}

impl Found {
    /// The table's width: its widest row, merged cells counted by their span.
    fn columns(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.span).sum::<usize>())
            .max()
            .unwrap_or(0)
    }

    fn push(&mut self, row: Row, paragraphs: Vec<Vec<Paragraph>>, start: usize) {
        self.rows.push(row);
        self.paragraphs.push(paragraphs);
        self.starts.push(start);
    }
}

/// `text` with each account table written out as bold title lines and paragraphs; `None`
/// when it holds none (nearly every file: its tables are of figures).
pub fn set_out(text: &str) -> Option<SetOut> {
    // A report whose parts are headings has its tables of text inside them: they stay
    // tables. An account is the body of a report with a heading or none (its title).
    if headings(text) > 1 {
        return None;
    }
    let mut accounts: Vec<Found> = tables(text)
        .into_iter()
        .filter(|t| is_account(&t.rows, t.columns()))
        .collect();
    if accounts.is_empty() {
        return None;
    }
    accounts.sort_by_key(|t| t.lines.start);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect();
    let line_of = |at: usize| line_starts.partition_point(|&s| s <= at).saturating_sub(1);
    let mut out = SetOut {
        text: String::with_capacity(text.len()),
        lines: Vec::new(),
    };
    let mut copied = 0;
    for table in &accounts {
        if table.lines.start < copied {
            continue;
        }
        copy(text, copied..table.lines.start, &line_of, &mut out);
        // A blank line first: apart from the text above, and at the file's start, its
        // first line is the file's (where a finding about the top is placed).
        out.text.push('\n');
        out.lines.push(line_of(table.lines.start));
        let mut emit = |line: &str, origin: usize| {
            out.text.push_str(line);
            out.text.push_str("\n\n");
            out.lines.extend([origin, origin]);
        };
        let columns = table.columns();
        for r in title_rows(&table.rows)..table.rows.len() {
            let row = &table.rows[r];
            let (label, body) = parts(row, columns);
            let title = title_of(label.iter().map(|&k| row.cells[k].text.as_str()));
            if !title.is_empty() {
                let mut line = String::from("**");
                escape_inline(&title, &mut line);
                line.push_str("**");
                emit(&line, line_of(table.starts[r]));
            }
            if let Some((k, _)) = body {
                for paragraph in &table.paragraphs[r][k] {
                    emit(&paragraph.markdown, line_of(paragraph.at));
                }
            }
        }
        copied = table.lines.end;
    }
    copy(text, copied..text.len(), &line_of, &mut out);
    Some(out)
}

/// The file's text in `range` (whole lines) as it is, each line from itself.
fn copy(text: &str, range: Range<usize>, line_of: &impl Fn(usize) -> usize, out: &mut SetOut) {
    let piece = &text[range.clone()];
    if piece.is_empty() {
        return;
    }
    let first = line_of(range.start);
    let count = memchr::memchr_iter(b'\n', piece.as_bytes()).count() + usize::from(!piece.ends_with('\n'));
    out.text.push_str(piece);
    out.lines.extend(first..first + count);
    if !piece.ends_with('\n') {
        out.text.push('\n');
    }
}

/// Pipe rows so far: where the first starts, each row's content, where the line after
/// the last starts.
type PipeRun = (usize, Vec<(usize, usize)>, usize);

/// Headings of a Markdown text: ATX lines (`# …`) outside fenced code, counted to two.
fn headings(text: &str) -> usize {
    let mut fenced = false;
    let mut count = 0;
    for line in text.lines() {
        if count >= 2 {
            break;
        }
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() > 3 {
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        } else if !fenced {
            let marks = trimmed.bytes().take_while(|&b| b == b'#').count();
            count += usize::from((1..=6).contains(&marks) && trimmed[marks..].starts_with([' ', '\t']));
        }
    }
    count
}

/// Every table of the Markdown that may be an account: pipe tables, pandoc's tables,
/// HTML tables. Tables in fenced or indented code are not read.
fn tables(text: &str) -> Vec<Found> {
    let drawn = crate::read::pandoc_table::find(text, 0, text.len());
    let mut drawn = drawn.iter().peekable();
    let mut found: Vec<Found> = Vec::new();
    let mut pos = 0;
    let mut fenced = false;
    let mut pipe: Option<PipeRun> = None;
    let close_pipe = |pipe: &mut Option<PipeRun>, found: &mut Vec<Found>| {
        if let Some((start, lines, end)) = pipe.take()
            && let Some(table) = pipe_table(text, start..end, &lines)
        {
            found.push(table);
        }
    };
    while pos < text.len() {
        // A table pandoc drew, where its first line is reached outside code: read whole.
        if let Some(table) = drawn.next_if(|t| t.range.start <= pos) {
            close_pipe(&mut pipe, &mut found);
            if table.range.start == pos && !fenced {
                found.push(pandoc(text, table));
                pos = table.range.end.max(pos + 1);
                continue;
            }
        }
        let end = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |i| pos + i);
        let next = (end + 1).min(text.len());
        let line = text[pos..end].trim_end_matches('\r');
        let trimmed = line.trim_start_matches(' ');
        let code = line.len() - trimmed.len() > 3 || trimmed.starts_with('\t');
        let fence = !code && (trimmed.starts_with("```") || trimmed.starts_with("~~~"));
        if !fenced && !fence && !code && trimmed.starts_with('|') {
            let rows = pipe.get_or_insert((pos, Vec::new(), next));
            // Past the most an account may have, rows are only counted as one more.
            if rows.1.len() <= ACCOUNT_MAX_ROWS + 1 {
                rows.1.push((pos, pos + line.len()));
            }
            rows.2 = next;
            pos = next.max(end + 1);
            continue;
        }
        close_pipe(&mut pipe, &mut found);
        if fence {
            fenced = !fenced;
        } else if !fenced && !code && trimmed.len() >= 6 && trimmed.as_bytes()[..6].eq_ignore_ascii_case(b"<table") {
            let close = find_ascii_ci(&text[pos..], "</table>").map_or(text.len(), |i| pos + i + "</table>".len());
            let after = memchr::memchr(b'\n', &text.as_bytes()[close..]).map_or(text.len(), |i| close + i + 1);
            found.push(html_table(text, pos, after));
            pos = after;
            continue;
        }
        pos = next.max(end + 1);
    }
    close_pipe(&mut pipe, &mut found);
    found
}

/// A pipe table: its lines, the second a `|---|` row; the first its column titles.
fn pipe_table(text: &str, range: Range<usize>, lines: &[(usize, usize)]) -> Option<Found> {
    if lines.len() > ACCOUNT_MAX_ROWS + 1 {
        return None;
    }
    let &(sep_start, sep_end) = lines.get(1)?;
    let separator = &text[sep_start..sep_end];
    let is_separator = separator.contains('-')
        && separator
            .chars()
            .all(|c| matches!(c, '-' | ':' | '|' | ' ' | '\t' | '\r'));
    if !is_separator {
        return None;
    }
    let mut found = Found {
        lines: range,
        rows: Vec::new(),
        paragraphs: Vec::new(),
        starts: Vec::new(),
    };
    for (i, &(s, e)) in lines.iter().enumerate() {
        if i == 1 {
            continue;
        }
        let line = &text[s..e];
        let mut row = Row {
            header: i == 0,
            ..Row::default()
        };
        let mut cells = Vec::new();
        let spans = crate::read::table::pipe_spans(line);
        if spans.len() > ACCOUNT_MAX_COLUMNS {
            return None;
        }
        for (cs, ce) in spans {
            let raw = &line[cs..ce];
            let paragraphs: Vec<Paragraph> = pipe_paragraphs(raw, s + cs);
            row.cells.push(Cell::of(&paragraphs, 1));
            cells.push(paragraphs);
        }
        found.push(row, cells, s);
    }
    Some(found)
}

/// A pipe cell's paragraphs: apart at `<br>`, or where a converter ran them together
/// with two spaces or more (MarkItDown).
fn pipe_paragraphs(raw: &str, base: usize) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut from = 0;
    let bytes = raw.as_bytes();
    let mut i = 0;
    let push = |from: usize, to: usize, out: &mut Vec<Paragraph>| {
        let piece = &raw[from..to];
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let lead = piece.len() - piece.trim_start().len();
            out.push(Paragraph {
                markdown: escape_block_start(trimmed),
                plain: crate::read::table::clean(trimmed),
                at: base + from + lead,
            });
        }
    };
    while i < bytes.len() {
        let br = bytes[i] == b'<'
            && raw[i..].get(..3).is_some_and(|t| t.eq_ignore_ascii_case("<br"))
            && raw[i + 3..].starts_with(['>', '/', ' ']);
        if br {
            let end = raw[i..].find('>').map_or(raw.len(), |k| i + k + 1);
            push(from, i, &mut out);
            from = end;
            i = end;
        } else if bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ') {
            let end = i + raw[i..].len() - raw[i..].trim_start_matches(' ').len();
            push(from, i, &mut out);
            from = end;
            i = end;
        } else {
            i += 1;
        }
    }
    push(from, raw.len(), &mut out);
    out
}

/// A table pandoc wrote (grid, multiline, simple), its cells' paragraphs as pandoc split
/// them (a blank line inside the cell).
fn pandoc(text: &str, table: &crate::read::pandoc_table::Table) -> Found {
    let mut found = Found {
        lines: table.range.clone(),
        rows: Vec::new(),
        paragraphs: Vec::new(),
        starts: Vec::new(),
    };
    for (r, row) in table.rows.iter().enumerate() {
        let mut out = Row {
            header: r < table.header_rows,
            ..Row::default()
        };
        let mut cells = Vec::new();
        for cell in &row.cells {
            let paragraphs: Vec<Paragraph> = cell
                .paragraph_texts(text)
                .zip(&cell.paragraphs)
                .filter(|(p, _)| !p.trim().is_empty())
                .map(|(p, pieces)| Paragraph {
                    markdown: escape_block_start(p.trim()),
                    plain: crate::read::table::clean(&p),
                    at: pieces.first().map_or(cell.at, |piece| piece.start),
                })
                .collect();
            out.cells.push(Cell::of(&paragraphs, 1));
            cells.push(paragraphs);
        }
        found.push(out, cells, row.start);
    }
    found
}

/// The tags of an HTML fragment in order, in one pass: where the next `>` is, once found,
/// serves every tag before it (a search from each `<` would look to the end of a fragment
/// of `<` with no `>`, once a `<`).
struct Tags<'h> {
    html: &'h str,
    gt: Option<usize>,
}

impl<'h> Tags<'h> {
    fn new(html: &'h str) -> Self {
        Tags { html, gt: None }
    }

    /// The first tag at or after `from`: where it opens, where it ends (past its `>`, or
    /// the fragment's end), its lower-case name, and whether it closes.
    fn next_from(&mut self, from: usize) -> Option<(usize, usize, String, bool)> {
        let bytes = self.html.as_bytes();
        let mut at = from;
        loop {
            let open = at + memchr::memchr(b'<', bytes.get(at..)?)?;
            let Some((name, closing)) = crate::read::raw_html::tag(&self.html[open..]) else {
                at = open + 1;
                continue;
            };
            if self.gt.is_none_or(|gt| gt < open) {
                self.gt = Some(memchr::memchr(b'>', &bytes[open..]).map_or(bytes.len(), |i| open + i));
            }
            let close = self.gt.map_or(bytes.len(), |gt| (gt + 1).min(bytes.len()));
            return Some((open, close, name, closing));
        }
    }
}

/// Elements that end one paragraph of a cell and start the next.
const HTML_BREAKS: [&str; 8] = ["p", "br", "li", "div", "ul", "ol", "tr", "blockquote"];

/// An HTML table (pandoc's `-t gfm` of a table it cannot draw with pipes): rows of
/// `<td>`/`<th>`, each cell's paragraphs its `<p>`, `<li>` (as list items) and lines
/// apart by `<br>`; a cell merged down (`rowspan`) holds the rows below it.
fn html_table(text: &str, start: usize, end: usize) -> Found {
    let html = &text[start..end];
    let mut found = Found {
        lines: start..end,
        rows: Vec::new(),
        paragraphs: Vec::new(),
        starts: Vec::new(),
    };
    // Cells covering rows below: (column, rows left).
    let mut carried: Vec<(usize, usize)> = Vec::new();
    let mut in_head = false;
    let mut pos = 0;
    let mut row: Option<(usize, Row, Vec<Vec<Paragraph>>)> = None;
    let finish = |row: &mut Option<(usize, Row, Vec<Vec<Paragraph>>)>, found: &mut Found| {
        if let Some((at, r, p)) = row.take() {
            found.push(r, p, at);
        }
    };
    let mut tags = Tags::new(html);
    while let Some((open, close, name, closing)) = tags.next_from(pos) {
        pos = close;
        match (name.as_str(), closing) {
            ("thead", c) => in_head = !c,
            ("tr", false) => {
                finish(&mut row, &mut found);
                if found.rows.len() >= ACCOUNT_MAX_ROWS {
                    found.rows.clear();
                    return found;
                }
                row = Some((
                    start + open,
                    Row {
                        header: in_head,
                        ..Row::default()
                    },
                    Vec::new(),
                ));
            }
            ("tr", true) => finish(&mut row, &mut found),
            ("td" | "th", false) => {
                let Some((_, r, cells)) = row.as_mut() else {
                    continue;
                };
                if r.cells.len() >= ACCOUNT_MAX_COLUMNS {
                    found.rows.clear();
                    return found;
                }
                let at = |r: &Row| r.cells.iter().map(|c| c.span).sum::<usize>();
                // Columns a cell above still covers.
                while let Some(k) = carried.iter().position(|&(c, _)| c == at(r)) {
                    r.cells.push(Cell {
                        span: 1,
                        merged: true,
                        ..Cell::default()
                    });
                    cells.push(Vec::new());
                    carried[k].1 -= 1;
                    if carried[k].1 == 0 {
                        carried.remove(k);
                    }
                }
                let attrs = &html[open..close];
                let span = span_attr(attrs, "colspan");
                let down = span_attr(attrs, "rowspan");
                if down > 1 {
                    carried.push((at(r), down - 1));
                }
                let inner_end = cell_end(&html[close..]).map_or(html.len(), |i| close + i);
                let paragraphs = html_paragraphs(&html[close..inner_end], start + close);
                r.cells.push(Cell::of(&paragraphs, span));
                cells.push(paragraphs);
                pos = inner_end;
            }
            _ => {}
        }
    }
    finish(&mut row, &mut found);
    found
}

/// Where a cell's content ends: its `</td>` or `</th>`, found in one pass (a search for
/// each would look to the end for the one a table does not use, once a cell).
fn cell_end(html: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    memchr::memmem::find_iter(bytes, b"</").find(|&i| {
        bytes.get(i + 2).is_some_and(|b| b.eq_ignore_ascii_case(&b't'))
            && bytes
                .get(i + 3)
                .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'd' | b'h'))
    })
}

/// An HTML cell's paragraphs as Markdown: the text of each (its markup dropped, what
/// Markdown would read as markup escaped), an `<li>`'s as a list item.
fn html_paragraphs(inner: &str, base: usize) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut item = false;
    let mut pos = 0;
    let push = |from: usize, to: usize, item: bool, out: &mut Vec<Paragraph>| {
        let plain = crate::read::raw_html::text(&inner[from..to]);
        if plain.is_empty() {
            return;
        }
        let mut escaped = String::new();
        escape_inline(&plain, &mut escaped);
        let markdown = format!("{}{}", if item { "- " } else { "" }, escape_block_start(&escaped));
        let lead = inner[from..to].len() - inner[from..to].trim_start().len();
        out.push(Paragraph {
            markdown,
            plain,
            at: base + from + lead,
        });
    };
    let mut tags = Tags::new(inner);
    while let Some((open, close, name, closing)) = tags.next_from(pos) {
        if HTML_BREAKS.contains(&name.as_str()) {
            push(from, open, item, &mut out);
            from = close;
            if name == "li" {
                item = !closing;
            }
        }
        pos = close;
    }
    push(from, inner.len(), item, &mut out);
    out
}

pub use crate::text::escape_inline;

/// A cell's Markdown as a line of its own: what would open a block there (a heading's
/// `#`, a quote, a list marker, a rule, a fence, a table's row or border) escaped — in the
/// cell it was text, and a unit's text may not make the report's structure.
fn escape_block_start(line: &str) -> String {
    let line = line.trim_start();
    let mut chars = line.chars();
    let first = chars.next();
    let second = chars.next();
    let marker_end = |rest: &str| rest.is_empty() || rest.starts_with(char::is_whitespace);
    let escape = match first {
        Some('#' | '>' | '|' | '`' | '~' | '=' | '+') => true,
        Some('-' | '*' | '_') => {
            marker_end(&line[1..]) || line.chars().filter(|c| !c.is_whitespace()).all(|c| Some(c) == first)
        }
        Some('<') => second.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')),
        Some(c) if c.is_ascii_digit() => {
            let end = line.find(|c: char| !c.is_ascii_digit()).unwrap_or(line.len());
            let rest = &line[end..];
            if end <= 9 && rest.starts_with(['.', ')']) && marker_end(&rest[1..]) {
                return format!("{}\\{rest}", &line[..end]);
            }
            false
        }
        _ => false,
    };
    if escape { format!("\\{line}") } else { line.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Row {
        Row {
            cells: cells
                .iter()
                .map(|t| Cell {
                    text: (*t).to_owned(),
                    paragraphs: usize::from(!t.is_empty()),
                    span: 1,
                    merged: false,
                })
                .collect(),
            header: false,
        }
    }

    const PROSE: &str = "Ban Thường vụ ban hành 28 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận, tổ chức 15 hội nghị quán triệt, sơ kết.";

    #[test]
    fn a_table_of_titles_and_sentences_is_an_account_and_one_of_figures_is_not() {
        let account = [
            row(&["Nội dung", "Kết quả thực hiện"]),
            row(&["1. Công tác lãnh đạo", PROSE]),
            row(&["2. Kết quả", PROSE]),
        ];
        assert!(is_account(&account, 2));
        assert_eq!(title_rows(&account), 1);
        let figures = [
            row(&["STT", "Nội dung", "Số liệu"]),
            row(&["1", "Văn bản được ban hành", "28"]),
            row(&["2", PROSE, "15"]),
        ];
        assert!(!is_account(&figures, 3));
    }

    #[test]
    fn a_number_alone_in_its_cell_numbers_the_title() {
        assert_eq!(title_of(["I", "CÔNG TÁC LÃNH ĐẠO"]), "I. CÔNG TÁC LÃNH ĐẠO");
        assert_eq!(title_of(["1.", "Kết quả"]), "1. Kết quả");
        assert_eq!(title_of(["", "Kết quả"]), "Kết quả");
    }

    #[test]
    fn what_would_open_a_block_is_escaped() {
        assert_eq!(escape_block_start("# Không phải tiêu đề"), "\\# Không phải tiêu đề");
        assert_eq!(escape_block_start("1. Một"), "1\\. Một");
        assert_eq!(escape_block_start("- mục"), "\\- mục");
        assert_eq!(escape_block_start("**đậm** rồi"), "**đậm** rồi");
        assert_eq!(escape_block_start("<table>"), "\\<table>");
        assert_eq!(escape_block_start("2.380 lượt"), "2.380 lượt");
    }

    fn set_out_of(text: &str) -> SetOut {
        set_out(text).expect("an account")
    }

    #[test]
    fn a_pipe_account_is_titles_and_paragraphs_each_from_its_row() {
        let text = format!(
            "Mở đầu.\n\n| **Nội dung** | **Kết quả thực hiện** |\n| --- | --- |\n| **1. Công tác lãnh đạo** | {PROSE}  Câu thứ hai của đoạn sau đủ dài để là một đoạn văn. |\n| **2. Kết quả** | {PROSE}<br>Đoạn nữa. |\n\nKết thúc.\n"
        );
        let out = set_out_of(&text);
        assert_eq!(
            out.text,
            format!(
                "Mở đầu.\n\n\n**1. Công tác lãnh đạo**\n\n{PROSE}\n\nCâu thứ hai của đoạn sau đủ dài để là một đoạn văn.\n\n**2. Kết quả**\n\n{PROSE}\n\nĐoạn nữa.\n\n\nKết thúc.\n"
            )
        );
        assert_eq!(out.lines.len(), out.text.lines().count());
        // The opening is line 1, the table line 3, its first row line 5, the second line
        // 6, the close line 8.
        assert_eq!(out.lines[0], 0);
        assert_eq!(out.lines[2], 2);
        assert_eq!(out.lines[3], 4);
        assert_eq!(out.lines[9], 5);
        assert_eq!(out.lines.last().copied(), Some(7));
    }

    #[test]
    fn a_grid_account_keeps_its_cells_paragraphs() {
        let text = "+----------+------------------------------------------+\n\
                    | Nội dung | Kết quả thực hiện                        |\n\
                    +==========+==========================================+\n\
                    | **I.     | Ban Thường vụ ban hành 28 văn bản lãnh   |\n\
                    | Lãnh     | đạo, chỉ đạo, tổ chức 15 hội nghị quán   |\n\
                    | đạo**    | triệt;                                   |\n\
                    |          |                                          |\n\
                    |          | Chỉ đạo xây dựng quy chế phối hợp.       |\n\
                    +----------+------------------------------------------+\n\
                    | **II.    | Tiếp 806 lượt công dân, tổ chức 22 cuộc  |\n\
                    | Kết quả**| đối thoại tại các bản vùng cao trong năm.|\n\
                    +----------+------------------------------------------+\n";
        let out = set_out_of(text);
        assert_eq!(
            out.text,
            "\n**I. Lãnh đạo**\n\nBan Thường vụ ban hành 28 văn bản lãnh đạo, chỉ đạo, tổ chức 15 hội nghị quán triệt;\n\nChỉ đạo xây dựng quy chế phối hợp.\n\n**II. Kết quả**\n\nTiếp 806 lượt công dân, tổ chức 22 cuộc đối thoại tại các bản vùng cao trong năm.\n\n"
        );
        assert_eq!(out.lines[5], 7);
    }

    #[test]
    fn an_html_account_reads_its_items_and_leaves_its_markup() {
        let text = format!(
            "<table>\n<thead>\n<tr><th>TT</th><th>Nội dung</th><th>Kết quả</th></tr>\n</thead>\n<tbody>\n\
             <tr><td><strong>I</strong></td><td><strong>LÃNH ĐẠO</strong></td><td><ul><li><p>{PROSE}</p></li><li><p>Một *việc* &amp; {PROSE}</p></li></ul></td></tr>\n\
             <tr><td>1</td><td>Kết quả</td><td><p>{PROSE}</p></td></tr>\n</tbody>\n</table>\n"
        );
        let out = set_out_of(&text);
        assert_eq!(
            out.text,
            format!("\n**I. LÃNH ĐẠO**\n\n- {PROSE}\n\n- Một \\*việc\\* \\& {PROSE}\n\n**1. Kết quả**\n\n{PROSE}\n\n")
        );
        assert_eq!(out.lines[1], 5);
        assert_eq!(out.lines[7], 6);
    }

    #[test]
    fn figures_marked_not_applicable_keep_a_table_of_figures_with_notes_a_table() {
        let note = "Số liệu năm 2015 chưa được thống kê đầy đủ do chưa có hệ thống phần mềm theo dõi tập trung.";
        let rows = [
            row(&["STT", "Chỉ tiêu", "Số liệu", "Ghi chú"]),
            row(&["1", "Số văn bản", "48", note]),
            row(&["2", "Số hội nghị", "-", note]),
            row(&["3", "Số lượt cán bộ", "-", note]),
            row(&["4", "Số cuộc đối thoại", "x", ""]),
        ];
        assert!(!is_account(&rows, 4));
    }

    #[test]
    fn a_report_whose_parts_are_headings_keeps_its_tables_of_text() {
        let text = format!(
            "# I. Lãnh đạo\n\n| Mô hình | Mô tả |\n|---|---|\n| Dân vận khéo | {PROSE} |\n| Tổ tự quản | {PROSE} |\n\n# II. Kết quả\n\nVăn bản.\n"
        );
        assert_eq!(set_out(&text), None);
        assert!(set_out(&text.replace("# II.", "II.")).is_some());
    }

    #[test]
    fn a_table_in_code_is_code() {
        let table = format!("| Nội dung | Kết quả |\n|---|---|\n| 1. Lãnh đạo | {PROSE} |\n| 2. Kết quả | {PROSE} |\n");
        assert_eq!(set_out(&format!("```\n{table}```\n")), None);
        let indented: String = table.lines().map(|l| format!("    {l}\n")).collect();
        assert_eq!(set_out(&format!("Mở đầu.\n\n{indented}")), None);
        assert!(set_out(&table).is_some());
    }

    #[test]
    fn html_without_its_closing_marks_is_read_in_one_pass() {
        // A `<` a tag with no `>` after it, many times; rows and cells never closed.
        let open = format!("<table>{}", "<a ".repeat(20_000));
        assert_eq!(set_out(&open), None);
        let rows = format!("<table>{}", "<tr><td>x".repeat(20_000));
        assert_eq!(set_out(&rows), None);
    }

    #[test]
    fn a_file_whose_tables_are_figures_is_left_as_it_is() {
        let text = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Văn bản | 28 |\n| 2 | Hội nghị | 15 |\n";
        assert_eq!(set_out(text), None);
    }
}
