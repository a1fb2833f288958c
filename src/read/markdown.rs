//! A report body as a flat list of blocks (headings, paragraphs, list items, tables)
//! with their byte ranges: what outline matching, word counts and the appendix need.
//! The dialect it is read in is `read::dialect`'s.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use crate::read::dialect::{inline_text, options, spans_shown};

use crate::text::fold::fold_name;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading(u8),
    Paragraph,
    /// The text of a list item (tight lists have no paragraph).
    Item,
    Table,
    /// Code blocks and text outside the above.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Byte range in the whole file.
    pub start: usize,
    pub end: usize,
    /// Plain inline text, without Markdown markup.
    pub text: String,
    /// Every visible character is bold (`**II. KẾT QUẢ**`).
    pub all_bold: bool,
    /// Number of source lines the text spans.
    pub lines: usize,
    /// Rows of cells, header first (tables only).
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub cells: Vec<String>,
}

impl Block {
    fn new(kind: BlockKind, start: usize, end: usize) -> Self {
        Block {
            kind,
            start,
            end,
            text: String::new(),
            all_bold: true,
            lines: 1,
            rows: Vec::new(),
        }
    }

    pub fn heading_level(&self) -> Option<u8> {
        match self.kind {
            BlockKind::Heading(level) => Some(level),
            _ => None,
        }
    }

    /// Words in the block's text (a table's cells), counted until there are `enough`.
    pub fn words(&self, enough: usize) -> usize {
        if self.kind != BlockKind::Table {
            return count_words(&self.text, enough);
        }
        let mut words = 0;
        for cell in self.rows.iter().flat_map(|r| &r.cells) {
            if words >= enough {
                break;
            }
            words += count_words(cell, enough - words);
        }
        words
    }
}

/// Placeholders units leave in a section they have not written yet.
const PLACEHOLDERS: [&str; 6] = [
    "đang tổng hợp",
    "đang cập nhật",
    "đang hoàn thiện",
    "sẽ bổ sung",
    "chưa có số liệu",
    "nội dung",
];

/// The most words a placeholder has.
const PLACEHOLDER_MAX_WORDS: usize = 4;

const ASCII_SPACE: u8 = 0;
const ASCII_ALPHANUMERIC: u8 = 1;
const ASCII_OTHER: u8 = 2;
const CONTINUATION: u8 = 3;
/// The lead byte of a character that is never white space.
const LEAD: u8 = 4;
/// The lead byte of a character that may be white space (U+0085, U+00A0, U+1680,
/// U+2000–U+205F, U+3000).
const LEAD_MAYBE_SPACE: u8 = 5;

/// What each byte of UTF-8 text can be, for counting words.
const BYTE_CLASS: [u8; 256] = {
    let mut class = [LEAD; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        class[b] = match byte {
            0x0B => ASCII_SPACE,
            _ if byte.is_ascii_whitespace() => ASCII_SPACE,
            _ if byte.is_ascii_alphanumeric() => ASCII_ALPHANUMERIC,
            0x00..=0x7F => ASCII_OTHER,
            0x80..=0xBF => CONTINUATION,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => LEAD_MAYBE_SPACE,
            _ => LEAD,
        };
        b += 1;
    }
    class
};

/// The character whose first byte is at `i` of valid UTF-8.
fn char_at(bytes: &[u8], i: usize) -> char {
    let lead = u32::from(bytes[i]);
    let next = |k: usize| bytes.get(i + k).map_or(0, |&b| u32::from(b & 0x3F));
    let code = match lead {
        0xF0.. => ((lead & 0x07) << 18) | (next(1) << 12) | (next(2) << 6) | next(3),
        0xE0.. => ((lead & 0x0F) << 12) | (next(1) << 6) | next(2),
        0xC0.. => ((lead & 0x1F) << 6) | next(1),
        _ => lead,
    };
    char::from_u32(code).unwrap_or('\u{FFFD}')
}

/// What a character starting with a given pair of bytes is, for [`count_by_pairs`].
const PAIR_SPACE: u8 = 1;
const PAIR_ALNUM: u8 = 2;
/// U+2000–U+203F: spaces and punctuation, told apart by the third byte.
const PAIR_E2_80: u8 = 4;
/// Characters with this start differ: left to the general count.
const PAIR_UNSURE: u8 = 8;

/// The class of the character at every (byte, next byte): `PAIR_SPACE`, `PAIR_ALNUM`, 0
/// (neither, or a continuation byte: part of a character already classed), or a flag.
static PAIRS: std::sync::LazyLock<Box<[u8; 1 << 16]>> = std::sync::LazyLock::new(|| {
    let class_of = |c: char| {
        if c.is_whitespace() {
            PAIR_SPACE
        } else if c.is_alphanumeric() {
            PAIR_ALNUM
        } else {
            0
        }
    };
    let mut pairs = Box::new([0; 1 << 16]);
    for (index, class) in pairs.iter_mut().enumerate() {
        let (lead, next) = ((index >> 8) as u32, (index & 0xFF) as u32);
        *class = match lead {
            0x00..=0x7F => char::from_u32(lead).map_or(PAIR_UNSURE, class_of),
            0x80..=0xBF => 0,
            _ if !(0x80..=0xBF).contains(&next) => PAIR_UNSURE,
            0xC2..=0xDF => char::from_u32(((lead & 0x1F) << 6) | (next & 0x3F)).map_or(PAIR_UNSURE, class_of),
            0xE2 if next == 0x80 => PAIR_E2_80,
            0xE0..=0xEF => {
                let first = ((lead & 0x0F) << 12) | ((next & 0x3F) << 6);
                let mut classes = (first..first + 64).map(|code| char::from_u32(code).map_or(PAIR_UNSURE, class_of));
                let head = classes.next().unwrap_or(PAIR_UNSURE);
                if classes.all(|c| c == head) { head } else { PAIR_UNSURE }
            }
            _ => PAIR_UNSURE,
        };
    }
    pairs
});

/// Words in text whose characters the pair table classes (nearly all text), without
/// a branch per byte: the general count mispredicted at every change between ASCII and
/// multi-byte characters, and counting runs over all the text of every report. `None`
/// when a character needs the general count.
fn count_by_pairs(bytes: &[u8]) -> Option<usize> {
    let pairs: &[u8; 1 << 16] = &PAIRS;
    let (mut words, mut counted) = (0usize, 0u8);
    for (i, &b) in bytes.iter().enumerate() {
        let next = if i + 1 < bytes.len() { bytes[i + 1] } else { 0 };
        let mut class = pairs[usize::from(u16::from_be_bytes([b, next]))];
        if class >= PAIR_E2_80 {
            // U+2000–U+200A, U+2028, U+2029 and U+202F are spaces; the rest punctuation.
            let third = bytes.get(i + 2).copied().unwrap_or(0);
            class = match (class, third) {
                (PAIR_E2_80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => PAIR_SPACE,
                (PAIR_E2_80, _) => 0,
                _ => return None,
            };
        }
        let alnum = (class & PAIR_ALNUM) >> 1;
        words += usize::from(alnum & (counted ^ 1));
        counted = (counted | alnum) & ((class & PAIR_SPACE) ^ 1);
    }
    Some(words)
}

/// Words in text: one pass over the bytes with a table, the same count as
/// `split_whitespace` and a filter (that iterator chain was a tenth of `check`'s time);
/// only characters that may start a word or be a space are decoded.
fn count_any(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut words, mut in_word, mut counted) = (0, false, false);
    for (i, &b) in bytes.iter().enumerate() {
        let (space, alphanumeric) = match BYTE_CLASS[usize::from(b)] {
            ASCII_SPACE => (true, false),
            ASCII_ALPHANUMERIC => (false, true),
            ASCII_OTHER => (false, false),
            CONTINUATION => continue,
            // A lead byte that starts no white space, inside a word already counted.
            LEAD if in_word && counted => continue,
            _ => {
                let c = char_at(bytes, i);
                let space = c.is_whitespace();
                // The table lookup only where it can change the count.
                (space, !(space || (in_word && counted)) && c.is_alphanumeric())
            }
        };
        if space {
            in_word = false;
        } else {
            if !in_word {
                in_word = true;
                counted = false;
            }
            if alphanumeric && !counted {
                counted = true;
                words += 1;
            }
        }
    }
    words
}

/// Words in a piece of text: runs holding at least one letter or digit. A placeholder
/// paragraph such as `(Đang tổng hợp)` or `...` has none. Counting stops once there
/// are more than `enough`: the count is exact below that, and at least `enough` above.
pub fn count_words(text: &str, enough: usize) -> usize {
    // Pieces end just after an ASCII space or line end, and no word spans one. Each is
    // sized to the words still wanted (a section's minimum is some twenty, "any text?"
    // one): a fixed 256-byte piece counted a section's first paragraph far past its
    // minimum, for every section of every report.
    const PIECE_MAX: usize = 256;
    const PIECE_MIN: usize = 32;
    const BYTES_PER_WORD: usize = 6;
    let limit = enough.max(PLACEHOLDER_MAX_WORDS);
    let (mut words, mut rest) = (0, text);
    while !rest.is_empty() && words <= limit {
        let wanted = (limit - words).saturating_add(1).saturating_mul(BYTES_PER_WORD);
        let piece = wanted.clamp(PIECE_MIN, PIECE_MAX).min(rest.len());
        let cut = rest.as_bytes()[piece..]
            .iter()
            .position(|&b| b == b' ' || b == b'\n')
            .map_or(rest.len(), |p| piece + p + 1);
        let (piece, tail) = rest.split_at(cut);
        words += count_by_pairs(piece.as_bytes()).unwrap_or_else(|| count_any(piece));
        rest = tail;
    }
    // Folding every paragraph was most of `check`'s time; folding never joins two words,
    // so a text with more words than the longest placeholder cannot be one.
    if words > PLACEHOLDER_MAX_WORDS {
        return words;
    }
    let folded = fold_name(text);
    let bare = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if PLACEHOLDERS.contains(&bare) {
        return 0;
    }
    words
}

/// Turns pulldown-cmark's events into blocks.
struct Walker {
    blocks: Vec<Block>,
    leaf: Option<Block>,
    table: Option<Block>,
    strong: usize,
    /// Where the text being walked starts in the file.
    base: usize,
    /// File offsets where a block's line runs on to the next: Markdown's soft and hard
    /// breaks inside a paragraph, list item or heading, and the line ends inside an
    /// indented code block (a paste whose every line opens with a tab is one).
    joins: Vec<usize>,
    /// File ranges of the indented code blocks outside lists and quotes.
    indented: Vec<Range<usize>>,
    /// How many lists and quotes the walk is inside.
    nested: usize,
    /// Inside an indented code block: the file offset where its last line read ends.
    indented_code: Option<usize>,
    /// The open block's text outside bold, while the block may still be all bold: pandoc's
    /// span marks (`[**I. …**]{.underline}`, a bookmark's `[]{#_Hlk1 .anchor}` before a
    /// bold line) are no text of its own, told when the block closes.
    unbold: String,
}

/// Most bytes of a block's text outside bold that may still be only pandoc's span marks.
const SPAN_MARKS_MAX_BYTES: usize = 128;

impl Walker {
    fn new() -> Self {
        Walker {
            blocks: Vec::new(),
            leaf: None,
            table: None,
            strong: 0,
            base: 0,
            joins: Vec::new(),
            indented: Vec::new(),
            nested: 0,
            indented_code: None,
            unbold: String::new(),
        }
    }

    fn close_leaf(&mut self) {
        if let Some(mut leaf) = self.leaf.take() {
            // Pandoc's spans first: a paragraph of a bookmark alone (`[]{#_GoBack .anchor}`)
            // is no paragraph.
            if let Cow::Owned(shown) = spans_shown(&leaf.text) {
                leaf.text = shown;
            }
            let keep = matches!(leaf.kind, BlockKind::Heading(_)) || !leaf.text.trim().is_empty();
            if keep {
                // Trimmed in place: copying every block's text again cost as much as making it.
                let end = leaf.text.trim_end().len();
                leaf.text.truncate(end);
                let start = leaf.text.len() - leaf.text.trim_start().len();
                leaf.text.drain(..start);
                leaf.all_bold &= !leaf.text.is_empty() && spans_shown(&self.unbold).trim().is_empty();
                self.blocks.push(leaf);
            }
        }
        self.unbold.clear();
    }

    fn open(&mut self, kind: BlockKind, start: usize, end: usize) {
        self.close_leaf();
        let mut leaf = Block::new(kind, self.base + start, self.base + end);
        // The text is at most about as long as its source: one allocation, not a dozen.
        leaf.text.reserve(end.saturating_sub(start));
        self.leaf = Some(leaf);
    }

    fn text(&mut self, text: &str, start: usize, end: usize) {
        if let Some(table) = &mut self.table {
            if let Some(cell) = table.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                cell.push_str(text);
            }
            return;
        }
        let base = self.base;
        let leaf = self
            .leaf
            .get_or_insert_with(|| Block::new(BlockKind::Other, base + start, base + end));
        if self.strong == 0 && leaf.all_bold && !text.trim().is_empty() {
            if self.unbold.len() + text.len() <= SPAN_MARKS_MAX_BYTES
                && text.contains(['[', ']', '{', '}', '#', '.', '_'])
            {
                self.unbold.push_str(text);
            } else {
                leaf.all_bold = false;
            }
        }
        leaf.text.push_str(text);
        leaf.end = leaf.end.max(base + end);
    }

    /// A line break inside a block; `joined` when the line runs on to the next as a soft
    /// break does, where a paste may have put one paragraph a line.
    fn line_break(&mut self, at: usize, joined: bool) {
        if let Some(table) = &mut self.table {
            if let Some(cell) = table.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                cell.push(' ');
            }
        } else if let Some(leaf) = &mut self.leaf {
            leaf.text.push(' ');
            leaf.lines += 1;
            if joined {
                self.joins.push(self.base + at);
            }
        }
    }

    /// Reads `text`, which starts at byte `base` of the file, as Markdown.
    fn walk(&mut self, text: &str, base: usize) {
        self.base = base;
        for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    self.open(BlockKind::Heading(level as u8), range.start, range.end)
                }
                Event::Start(Tag::Paragraph) if self.table.is_none() => {
                    self.open(BlockKind::Paragraph, range.start, range.end)
                }
                Event::Start(Tag::Item) => self.open(BlockKind::Item, range.start, range.start),
                Event::Start(Tag::CodeBlock(kind)) => {
                    self.open(BlockKind::Other, range.start, range.end);
                    if kind == CodeBlockKind::Indented {
                        self.indented_code = Some(0);
                        if self.nested == 0 {
                            self.indented.push(base + range.start..base + range.end);
                        }
                    }
                }
                Event::Start(Tag::List(_)) => {
                    self.nested += 1;
                    self.close_leaf()
                }
                Event::End(TagEnd::List(_)) => {
                    self.nested = self.nested.saturating_sub(1);
                    self.close_leaf()
                }
                Event::Start(Tag::BlockQuote(_)) => self.nested += 1,
                Event::End(TagEnd::BlockQuote(_)) => self.nested = self.nested.saturating_sub(1),
                Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock) => {
                    self.indented_code = None;
                    self.close_leaf()
                }
                Event::Start(Tag::HtmlBlock) if self.nested == 0 && self.table.is_none() => {
                    self.close_leaf();
                    if let Some(table) = html_table(text, range, base) {
                        self.blocks.push(table);
                    }
                }
                Event::Start(Tag::Table(_)) => {
                    self.close_leaf();
                    self.table = Some(Block::new(BlockKind::Table, base + range.start, base + range.end));
                }
                Event::Start(Tag::TableHead | Tag::TableRow) => {
                    if let Some(table) = &mut self.table {
                        table.rows.push(Row {
                            start: base + range.start,
                            cells: Vec::new(),
                        });
                    }
                }
                Event::Start(Tag::TableCell) => {
                    if let Some(row) = self.table.as_mut().and_then(|t| t.rows.last_mut()) {
                        row.cells.push(String::new());
                    }
                }
                Event::End(TagEnd::Table) => {
                    if let Some(mut table) = self.table.take() {
                        table.all_bold = false;
                        for cell in table.rows.iter_mut().flat_map(|r| &mut r.cells) {
                            if let Cow::Owned(shown) = spans_shown(cell) {
                                *cell = shown;
                            }
                        }
                        self.blocks.push(table);
                    }
                }
                Event::Start(Tag::Strong) => self.strong += 1,
                Event::End(TagEnd::Strong) => self.strong = self.strong.saturating_sub(1),
                Event::Text(text) | Event::Code(text) => {
                    if let Some(last) = self.indented_code {
                        // Each line of the code is a text of its own.
                        if last > 0 {
                            self.joins.push(last);
                        }
                        self.indented_code = Some(base + range.end.saturating_sub(1));
                    }
                    self.text(&text, range.start, range.end)
                }
                // A line ended with `\` (Word's Shift+Enter, as Word input writes it) was
                // broken on purpose, inside its paragraph.
                Event::HardBreak if text[range.clone()].starts_with('\\') => self.line_break(range.start, false),
                Event::SoftBreak | Event::HardBreak => self.line_break(range.start, true),
                _ => {}
            }
        }
        self.close_leaf();
        self.table = None;
        self.strong = 0;
        self.indented_code = None;
        self.nested = 0;
    }
}

/// An HTML `<table>` written as a block of its own (pandoc writes one for a Word table
/// whose cells hold several paragraphs: a header block, a signature beside the
/// recipients, an appendix) as a table block, its cells' visible text: the apparatus and
/// the structure see it as they see a pipe table. Other raw HTML is no block.
fn html_table(text: &str, range: Range<usize>, base: usize) -> Option<Block> {
    let html = text.get(range.clone())?.trim_start();
    if !html.get(..6).is_some_and(|open| open.eq_ignore_ascii_case("<table")) {
        return None;
    }
    let grid = crate::read::table::grids(text, range.start, range.end)
        .into_iter()
        .next()?;
    let mut block = Block::new(BlockKind::Table, base + range.start, base + range.end);
    block.all_bold = false;
    block.rows = grid
        .rows
        .iter()
        .map(|row| Row {
            start: base
                + match row.first().map(|cell| &cell.at) {
                    Some(crate::read::table::Locator::Text { start, .. }) => *start,
                    _ => range.start,
                },
            cells: row.iter().map(|cell| cell.text.clone()).collect(),
        })
        .collect();
    Some(block)
}

/// A table as pandoc writes it as a table block: each cell its paragraphs' text as
/// Markdown shows it, joined by a space.
fn pandoc_block(body: &str, base: usize, table: &crate::read::pandoc_table::Table) -> Block {
    let end = table.range.start + body[table.range.clone()].trim_end().len();
    let mut block = Block::new(BlockKind::Table, base + table.range.start, base + end);
    block.all_bold = false;
    block.rows = table
        .rows
        .iter()
        .map(|row| Row {
            start: base + row.start,
            cells: row
                .cells
                .iter()
                .map(|cell| {
                    let paragraphs: Vec<String> = cell.paragraph_texts(body).map(|p| inline_text(&p)).collect();
                    paragraphs.join(" ")
                })
                .collect(),
        })
        .collect();
    block
}

/// A report body read: its blocks, and where the paragraphs of its plain-text stretches
/// start.
#[derive(Debug, Default)]
pub struct Body {
    pub blocks: Vec<Block>,
    /// The file offset of the start of the first line of every paragraph read from a
    /// stretch written one paragraph per line (see [`read`]), in order. Copied into the
    /// compiled report, each is set apart with a blank line and loses its indentation, so
    /// that Markdown reads there what the check read.
    pub pasted_lines: Vec<usize>,
}

/// The blocks of `body`, which starts at byte `base` of the file.
pub fn blocks(body: &str, base: usize) -> Vec<Block> {
    read(body, base).blocks
}

/// The blocks of `body`, which starts at byte `base` of the file, and the starts of the
/// paragraphs it writes one per line.
///
/// Text saved from Word or Notepad, or pasted, has one line per paragraph and no blank
/// line between them; Markdown runs such lines on into one paragraph, and a line that
/// opens a list (`1. Những kết quả`, `- Cải cách…`) takes every line after it, to the end
/// of the stretch, into its item. A stretch of lines with no blank line between them is
/// read one paragraph per line when Markdown would run one line on to the next and there
/// is evidence that the writer did not wrap it by hand:
///
/// - a line after the stretch's first that looks like a heading (numbered, or in
///   capitals) runs on to the line before it, or has a line that does not open in lower
///   case run on to it (a heading with its first paragraph; the stretch's first line
///   too when it is numbered);
/// - a line longer than 150 characters (`WRAPPED_LINE_MAX_CHARS`) runs on to the next;
/// - or the stretches with such evidence hold more than half the lines of the file (a
///   paste with a blank line here and there): then every stretch is.
///
/// Two lines in capitals alone are a heading wrapped, not two paragraphs. A stretch with
/// a code fence or an HTML block is Markdown's. Read one per line, a line is parsed
/// alone, whatever it opens with (`1.`, `a)`, `-`, `+`, `*`, `•`), except that the rows
/// of a pipe table, the lines of a quote and the lines indented under a list item stay
/// with the line they continue, as Markdown reads them (a paste indents its paragraphs
/// too: under an item that is a heading, or by a tab, only a line that opens in lower
/// case or with a list marker continues the item). Everything else — blank-line separated
/// paragraphs and lists, tight lists, lines wrapped by hand — reads as Markdown does, and
/// the file's name (`.txt` or `.md`) does not matter.
pub fn read(body: &str, base: usize) -> Body {
    let mut walker = Walker::new();
    // A table pandoc wrote (grid, multiline, simple) is no Markdown: the text around it
    // is walked, and the table is a table block.
    let mut walked = 0;
    for table in crate::read::pandoc_table::find(body, 0, body.len()) {
        walker.walk(&body[walked..table.range.start], base + walked);
        walker.blocks.push(pandoc_block(body, base, &table));
        walked = table.range.end;
    }
    walker.walk(&body[walked..], base + walked);
    // Nearly every report: no line runs on to the next, nothing more to do.
    if walker.joins.is_empty() && walker.indented.is_empty() {
        return Body {
            blocks: walker.blocks,
            pasted_lines: Vec::new(),
        };
    }
    let joins: Vec<usize> = walker.joins.iter().map(|j| j - base).collect();
    let mut pasted = if joins.is_empty() {
        Vec::new()
    } else {
        pasted_stretches(body, base, &walker.blocks, &joins)
    };
    // A report holds no code: lines indented by a tab or four spaces after a blank line
    // are paragraphs whose first line Notepad or Word indented, read as pasted lines.
    for code in &walker.indented {
        let (start, written) = (code.start - base, &body[code.start - base..code.end - base]);
        if written.trim().is_empty() {
            continue;
        }
        // From the start of its first line to the end of its last: Markdown's block runs
        // over blank lines around it. Not one indented inside a list item or a quote.
        let first = start + (written.len() - written.trim_start().len());
        let line = body[..first].rfind('\n').map_or(0, |i| i + 1);
        if !body[line..first].trim_start_matches([' ', '\t']).is_empty() {
            continue;
        }
        let code = line..start + written.trim_end().len();
        if pasted.iter().any(|p| p.start < code.end && code.start < p.end) {
            continue;
        }
        // The block runs over the blank lines between indented paragraphs: a stretch each,
        // of one paragraph a line — unless a line opens in lower case, the text wrapped by
        // hand, which stays as Markdown reads it.
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut offset = code.start;
        let mut open: Option<usize> = None;
        for raw in body[code.clone()].split_inclusive('\n') {
            match (open, raw.trim().is_empty()) {
                (None, false) => open = Some(offset),
                (Some(from), true) => {
                    runs.push(from..offset);
                    open = None;
                }
                _ => {}
            }
            offset += raw.len();
        }
        runs.extend(open.map(|from| from..code.end));
        let wrapped = |run: &Range<usize>| {
            body[run.clone()]
                .lines()
                .skip(1)
                .any(|l| l.trim_start().starts_with(char::is_lowercase))
        };
        if !runs.iter().any(wrapped) {
            pasted.extend(runs);
        }
    }
    pasted.sort_by_key(|p| p.start);
    if pasted.is_empty() {
        return Body {
            blocks: walker.blocks,
            pasted_lines: Vec::new(),
        };
    }
    line_by_line(body, base, walker.blocks, &pasted)
}

/// Longest line a writer who wraps lines by hand leaves (editors wrap at 72 to 120): a
/// line longer than this that runs on to the next ends a paragraph.
const WRAPPED_LINE_MAX_CHARS: usize = 150;

/// The widths, in characters, of a page's printed lines as a PDF's text keeps them (A4, 13
/// or 14 point, margins of 30 and 15 mm: 75 to 100 characters).
const PRINTED_MIN_CHARS: usize = 50;
const PRINTED_MAX_CHARS: usize = 130;

/// Longest line taken for a heading inside a pasted stretch.
const PASTED_HEADING_MAX_CHARS: usize = 200;

/// A run of lines with no blank line between them.
struct Stretch {
    /// Byte range in the body, the last line's end included.
    range: Range<usize>,
    lines: usize,
    /// Markdown's to read: a code fence, an HTML block, or a block running past it.
    markdown: bool,
    /// Holds a line that runs on to the next.
    joined: bool,
}

impl Stretch {
    /// Whether it may be read one paragraph per line: Markdown would run a line of it on
    /// to the next, it is not Markdown's to read, and it is not two lines in capitals (one
    /// heading, wrapped).
    fn may_be_pasted(&self, body: &str) -> bool {
        self.joined && !self.markdown && (self.lines != 2 || body[self.range.clone()].chars().any(char::is_lowercase))
    }
}

/// The byte ranges (in the body) of the stretches to read one paragraph per line.
fn pasted_stretches(body: &str, base: usize, blocks: &[Block], joins: &[usize]) -> Vec<Range<usize>> {
    let mut stretches: Vec<Stretch> = Vec::new();
    let mut offset = 0;
    let mut open = false;
    for raw in body.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let content = line.trim_start_matches([' ', '\t']);
        if line.trim().is_empty() {
            open = false;
        } else {
            if !open {
                stretches.push(Stretch {
                    range: offset..offset,
                    lines: 0,
                    markdown: false,
                    joined: false,
                });
                open = true;
            }
            if let Some(stretch) = stretches.last_mut() {
                stretch.range.end = offset + raw.len();
                stretch.lines += 1;
                stretch.markdown |= opens_markdown_block(content);
            }
        }
        offset += raw.len();
    }
    // Which stretches hold a join, and which a block runs into or out of (a code block or
    // a list item over a blank line).
    let mut at = 0;
    for &join in joins {
        while at < stretches.len() && stretches[at].range.end <= join {
            at += 1;
        }
        if let Some(stretch) = stretches.get_mut(at).filter(|s| s.range.start <= join) {
            stretch.joined = true;
        }
    }
    let mut at = 0;
    for block in blocks {
        let (start, end) = (block.start - base, block.end - base);
        while at < stretches.len() && stretches[at].range.end <= start {
            at += 1;
        }
        let from = at.min(stretches.len());
        for stretch in stretches[from..].iter_mut().take_while(|s| s.range.start < end) {
            if start < stretch.range.start || end > stretch.range.end {
                stretch.markdown = true;
            }
        }
    }
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut evident = Vec::new();
    let mut evident_lines = 0;
    let mut joins_left = joins;
    for (i, stretch) in stretches.iter().enumerate() {
        if !stretch.may_be_pasted(body) {
            continue;
        }
        let text = &body[stretch.range.clone()];
        lines.clear();
        let mut line_start = stretch.range.start;
        for raw in text.split_inclusive('\n') {
            let line = raw.trim_end_matches(['\n', '\r']);
            lines.push((line_start, line_start + line.len()));
            line_start += raw.len();
        }
        let first = joins_left.partition_point(|&j| j < stretch.range.start);
        let count = joins_left[first..].partition_point(|&j| j < stretch.range.end);
        let here = &joins_left[first..first + count];
        joins_left = &joins_left[first + count..];
        if has_paste_evidence(body, &lines, here) {
            evident.push(i);
            evident_lines += stretch.lines;
        }
    }
    let all_lines: usize = stretches.iter().map(|s| s.lines).sum();
    if evident_lines * 2 > all_lines {
        // A paste with a blank line here and there: every stretch is written so.
        return stretches
            .into_iter()
            .filter(|s| s.may_be_pasted(body))
            .map(|s| s.range)
            .collect();
    }
    evident.into_iter().map(|i| stretches[i].range.clone()).collect()
}

/// A line that opens what only Markdown reads right: a code fence or an HTML block.
fn opens_markdown_block(content: &str) -> bool {
    let bytes = content.as_bytes();
    bytes.starts_with(b"```")
        || bytes.starts_with(b"~~~")
        || (bytes.first() == Some(&b'<')
            && bytes
                .get(1)
                .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?')))
}

/// Whether a stretch of `lines` (byte ranges in `body`), with Markdown running a line on
/// to the next at `joins`, was written one paragraph per line (see [`read`]).
fn has_paste_evidence(body: &str, lines: &[(usize, usize)], joins: &[usize]) -> bool {
    // Whether line `i` runs on to the next.
    let mut next_join = 0;
    let mut joined = |i: usize| {
        let (start, _) = lines[i];
        let end = lines.get(i + 1).map_or(usize::MAX, |l| l.0);
        while next_join < joins.len() && joins[next_join] < start {
            next_join += 1;
        }
        joins.get(next_join).is_some_and(|&j| j < end)
    };
    let text = |i: usize| clean(&body[lines[i].0..lines[i].1]);
    let mut after_join = false;
    // Bold opened on a line before and not closed yet: the line goes on with it
    // (`**Tổng kết … Ban Bí thư (khóa` / `XI) về nâng cao … các cấp**`, a bold subject
    // pandoc wrapped), whatever it opens with.
    let mut bold_open = false;
    for i in 0..lines.len() {
        let runs_on = joined(i);
        if runs_on && crate::text::words::longer_than(text(i), WRAPPED_LINE_MAX_CHARS) {
            return true;
        }
        let inside_bold = bold_open;
        bold_open ^= body[lines[i].0..lines[i].1].matches("**").count() % 2 == 1;
        // The stretch's first line too when it is numbered (`I. CÔNG TÁC LÃNH ĐẠO` right
        // over its paragraph, the parts set apart by blank lines and nothing else).
        let counts = !inside_bold && (i > 0 || crate::text::heading::starts_with_numbering(text(i)));
        if counts && (after_join || runs_on) && looks_like_heading(text(i)) {
            let next_opens_lower = || i + 1 < lines.len() && text(i + 1).chars().next().is_some_and(char::is_lowercase);
            if after_join || !next_opens_lower() {
                return true;
            }
        }
        after_join = runs_on;
    }
    false
}

/// `blocks` with the stretches `pasted` (byte ranges in the body, in order) read again one
/// paragraph per line.
fn line_by_line(body: &str, base: usize, blocks: Vec<Block>, pasted: &[Range<usize>]) -> Body {
    let mut out = Vec::with_capacity(blocks.len() + 64);
    let mut lines = Vec::new();
    let mut walker = Walker::new();
    let mut chunks = Vec::new();
    let mut rest = blocks.into_iter().peekable();
    for stretch in pasted {
        while let Some(block) = rest.next_if(|b| b.start < base + stretch.start) {
            out.push(block);
        }
        while rest.next_if(|b| b.start < base + stretch.end).is_some() {}
        chunks.clear();
        paragraph_lines(&body[stretch.clone()], &mut chunks);
        for &(line_start, text_start, text_end) in &chunks {
            let (start, end) = (stretch.start + text_start, stretch.start + text_end);
            lines.push(base + stretch.start + line_start);
            let text = &body[start..end];
            if is_plain_line(text) {
                let mut block = Block::new(BlockKind::Paragraph, base + start, base + end);
                block.text = text.trim().to_owned();
                block.all_bold = false;
                out.push(block);
            } else {
                walker.walk(text, base + start);
                out.append(&mut walker.blocks);
                walker.joins.clear();
            }
        }
    }
    out.extend(rest);
    Body {
        blocks: out,
        pasted_lines: lines,
    }
}

/// The paragraphs of a stretch written one per line: each line, except that the rows of
/// a pipe table, the lines of a quote and the lines indented under a list item (to its
/// text's column) stay with the line they continue. Pushed to `out` as (line start, text
/// start, text end), bytes in the stretch.
fn paragraph_lines(stretch: &str, out: &mut Vec<(usize, usize, usize)>) {
    #[derive(Clone, Copy)]
    enum Opens {
        Table,
        Quote,
        /// A list item whose text starts at this column, and whether it looks like a
        /// heading (`1. Ưu điểm`).
        Item(usize, bool),
        Line,
    }
    // A PDF's printed lines are about as wide as its widest: one that fills the measure
    // ends no paragraph unless a sentence ends there. A paste of one paragraph a line has
    // lines far wider, or of every width: that test is not for it.
    let width = stretch.lines().map(|l| l.trim_end().chars().count()).max().unwrap_or(0);
    let measured = (PRINTED_MIN_CHARS..=PRINTED_MAX_CHARS).contains(&width);
    let fills = |line: &str| measured && line.chars().count() * 5 >= width * 4;
    let mut current = Opens::Line;
    let mut offset = 0;
    for raw in stretch.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let content = line.trim_start_matches([' ', '\t']);
        let lead = line.len() - content.len();
        let indent = columns(&line[..lead]);
        let end = offset + line.trim_end().len();
        let continues = match current {
            Opens::Table => content.contains('|'),
            Opens::Quote => content.starts_with('>'),
            // Markdown's rule, but a paste may indent its paragraphs too: a line indented
            // with a tab, or under an item that is a heading, continues it only when it
            // opens in lower case or is an item itself.
            Opens::Item(column, heading) => {
                indent >= column
                    && (list_marker(content).is_some()
                        || content.chars().next().is_some_and(char::is_lowercase)
                        || !(heading || line[..lead].contains('\t')))
            }
            Opens::Line => false,
        };
        // A line of text copied from a PDF, cut where the page printed it: it opens in
        // lower case after a line of text that ends no sentence and no clause (`… tổ` /
        // `chức 20 hội nghị …`). No paragraph of a report opens in lower case; a lettered
        // sub-heading (`b) Tồn tại, hạn chế`) or an item does (`o` or `v` and a tab, as
        // Word saves its bullets as text).
        // Or, the line before filling the measure, one opening with a figure (`2025 đạt
        // 93,4%`), after no sentence's end or a clause's (`;`); or in capitals after a word
        // that leads on (`… ngày 14/7/2015 của` / `Ban Bí thư …`): a title filling the
        // measure ends on none, and the line after it is the opening's.
        let lower = content.chars().next().is_some_and(char::is_lowercase);
        let figure = content.starts_with(|c: char| c.is_ascii_digit());
        let printed = matches!(current, Opens::Line | Opens::Item(_, false))
            && !content.is_empty()
            && !opens_item(content)
            && !looks_like_heading(clean(content))
            && out.last().is_some_and(|&(_, from, to)| {
                let line = stretch[from..to].trim_end();
                let before = line.trim_end_matches(['”', '"', '’', '»']);
                let clause = before.ends_with(';');
                let open = !crate::text::words::ends_a_clause(before) && !looks_like_heading(clean(before));
                open && lower
                    || fills(line)
                        && (open || clause)
                        && (lower || figure || open && crate::text::words::leads_on(before))
            });
        match out.last_mut() {
            Some(last) if continues || printed => last.2 = end,
            _ => {
                out.push((offset, offset + lead, end));
                current = if content.contains('|') {
                    Opens::Table
                } else if content.starts_with('>') {
                    Opens::Quote
                } else {
                    list_marker(content).map_or(Opens::Line, |width| {
                        Opens::Item(indent + width, looks_like_heading(clean(content)))
                    })
                };
            }
        }
        offset += raw.len();
    }
}

/// Whether a line opens an item or a numbered line: a list marker, a numbering marker
/// (`b)`, `đ.`), a bullet, or a bullet Word saved as text — one character and a tab (`o`
/// for its second level, `v`, `ü`, `à`, `q`… for its Wingdings ones).
fn opens_item(line: &str) -> bool {
    let mut chars = line.chars();
    list_marker(line).is_some()
        || crate::text::heading::starts_with_numbering(line)
        || line.starts_with(['•', '·', '▪', '◦', '\u{F0B7}', '–'])
        || (chars.next().is_some() && chars.next() == Some('\t'))
}

/// Columns of leading white space, a tab to the next multiple of four.
fn columns(lead: &str) -> usize {
    lead.chars()
        .fold(0, |n, c| if c == '\t' { n + 4 - n % 4 } else { n + 1 })
}

/// The width of a Markdown list marker opening `line` (`- `, `1. `, `2) `) with the spaces
/// after it: the column its text starts at.
fn list_marker(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let marker = match bytes.first()? {
        b'-' | b'+' | b'*' => 1,
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 9 || !matches!(bytes.get(digits), Some(b'.' | b')')) {
                return None;
            }
            digits + 1
        }
        _ => return None,
    };
    let spaces = bytes[marker..].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    match spaces {
        0 => None,
        1..=4 => Some(marker + spaces),
        _ => Some(marker + 1),
    }
}

/// A line Markdown reads as a paragraph of its own text, unchanged: it opens with no
/// block marker and holds no character of inline markup. Most lines of a paste; the
/// others are parsed.
fn is_plain_line(line: &str) -> bool {
    let Some(&first) = line.as_bytes().first() else {
        return false;
    };
    if matches!(
        first,
        b'#' | b'>' | b'-' | b'+' | b'*' | b'_' | b'=' | b'`' | b'~' | b'<' | b'|' | b'[' | b' ' | b'\t' | b'0'..=b'9'
    ) {
        return false;
    }
    !line.bytes().any(|b| {
        matches!(
            b,
            b'*' | b'_' | b'`' | b'\\' | b'<' | b'[' | b']' | b'!' | b'&' | b'~' | b'|' | b'\n' | b'\r'
        )
    })
}

/// A line without the emphasis marks around it and the spaces.
fn clean(line: &str) -> &str {
    line.trim().trim_matches(|c: char| c == '*' || c == '_').trim()
}

/// A short line that is numbered (`II.KẾT QUẢ`, `2.1.`) or in capitals.
fn looks_like_heading(line: &str) -> bool {
    if crate::text::words::longer_than(line, PASTED_HEADING_MAX_CHARS) {
        return false;
    }
    let capitals = line.chars().filter(|c| c.is_alphabetic()).nth(3).is_some() && !line.chars().any(char::is_lowercase);
    capitals || crate::text::heading::starts_with_numbering(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_items_tables() {
        let body = "# I. Tiêu đề\n\n**II. KẾT QUẢ**\n\nMột đoạn văn\nhai dòng.\n\n1. Đánh giá\n2. Khác\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Văn bản | 1.234 |\n";
        let blocks = blocks(body, 10);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(1),
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Item,
                BlockKind::Item,
                BlockKind::Table
            ]
        );
        assert_eq!(blocks[0].start, 10);
        assert_eq!(blocks[0].text, "I. Tiêu đề");
        assert!(blocks[1].all_bold);
        assert!(!blocks[2].all_bold);
        assert_eq!(blocks[2].lines, 2);
        assert_eq!(blocks[3].text, "Đánh giá");
        assert_eq!(&body[blocks[3].start - 10..blocks[3].start - 10 + 2], "1.");
        assert_eq!(blocks[5].rows[1].cells, ["1", "Văn bản", "1.234"]);
    }

    /// The blocks Markdown alone gives, without reading any stretch line by line.
    fn as_markdown(body: &str) -> Vec<Block> {
        let mut walker = Walker::new();
        walker.walk(body, 0);
        walker.blocks
    }

    /// Each block's kind and text, and its first source line.
    fn shown(body: &str, blocks: &[Block]) -> Vec<(BlockKind, String, String)> {
        blocks
            .iter()
            .map(|b| {
                let line = body[b.start..].lines().next().unwrap_or_default().to_owned();
                (b.kind, b.text.clone(), line)
            })
            .collect()
    }

    #[test]
    fn a_paste_is_read_one_paragraph_per_line_whatever_its_lines_open_with() {
        // A numbered sub-heading opens a list in Markdown, and a bullet does too: every
        // later line ran on into the item, to the end of the file.
        let body = "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\nNgay sau khi Kết luận được ban hành, cấp ủy đã tổ chức quán triệt.\nII. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\n1. Những kết quả nổi bật\nCải cách hành chính đạt kết quả rõ nét.\n- Người đứng đầu duy trì lịch tiếp công dân.\n+ Mục cộng.\n* Mục sao.\n• Mục chấm.\na) Mục chữ.\n2.1. Tồn tại, hạn chế\nMột số cấp ủy chưa quan tâm đúng mức.\nGIÁM ĐỐC\nPhùng Thành Vinh\nPHỤ LỤC\n";
        let body_blocks = read(body, 7);
        let lines: Vec<&str> = body.lines().collect();
        assert_eq!(body_blocks.blocks.len(), lines.len(), "{:#?}", body_blocks.blocks);
        for (block, line) in body_blocks.blocks.iter().zip(&lines) {
            assert_eq!(block.lines, 1, "{block:?}");
            // Where each block is: on its own line, so findings are placed right.
            let start = block.start - 7;
            assert_eq!(
                body[..start].matches('\n').count(),
                body[..body.find(line).expect("the line")].matches('\n').count()
            );
            assert!(line.ends_with(&block.text), "{line:?} {block:?}");
        }
        let kinds: Vec<BlockKind> = body_blocks.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds[3], BlockKind::Item);
        assert_eq!(body_blocks.blocks[3].text, "Những kết quả nổi bật");
        assert_eq!(body_blocks.blocks[5].kind, BlockKind::Item);
        assert_eq!(body_blocks.blocks[8].text, "• Mục chấm.");
        assert_eq!(body_blocks.blocks[9].text, "a) Mục chữ.");
        assert_eq!(body_blocks.blocks[14].text, "PHỤ LỤC");
        // Every line starts a paragraph for the compiled report.
        let starts: Vec<usize> = body_blocks.pasted_lines.iter().map(|l| l - 7).collect();
        let want: Vec<usize> = std::iter::once(0)
            .chain(body.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i < body.len())
            .collect();
        assert_eq!(starts, want);
    }

    #[test]
    fn a_paste_with_dotted_headings_and_bullets_is_read_line_by_line() {
        let body = "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\nQua 10 năm triển khai, công tác dân vận có nhiều chuyển biến.\n2.1. Những kết quả nổi bật\n- Cải cách hành chính đạt kết quả rõ nét.\n- Người đứng đầu duy trì lịch tiếp công dân.\n2.2. Tồn tại, hạn chế\nMột số cấp ủy chưa quan tâm đúng mức.\nIII. ĐÁNH GIÁ TÁC ĐỘNG\nGóp phần xây dựng Đảng.\n";
        let blocks = blocks(body, 0);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
                "Qua 10 năm triển khai, công tác dân vận có nhiều chuyển biến.",
                "2.1. Những kết quả nổi bật",
                "Cải cách hành chính đạt kết quả rõ nét.",
                "Người đứng đầu duy trì lịch tiếp công dân.",
                "2.2. Tồn tại, hạn chế",
                "Một số cấp ủy chưa quan tâm đúng mức.",
                "III. ĐÁNH GIÁ TÁC ĐỘNG",
                "Góp phần xây dựng Đảng."
            ]
        );
    }

    #[test]
    fn a_bold_subject_wrapped_before_a_roman_number_is_one_paragraph() {
        // Pandoc wraps at 72 columns: `(khóa` / `XI) về …` inside the bold subject.
        let body = "**BÁO CÁO**\n\n**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa\nXI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp**\n\nĐoạn văn.\n";
        let texts: Vec<String> = blocks(body, 0).into_iter().map(|b| b.text).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].ends_with("(khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"));
    }

    #[test]
    fn a_paragraph_indented_by_a_tab_or_four_spaces_is_a_paragraph_not_code() {
        let body = "I. Kết quả\n\n\tHội đã tổ chức 49 cuộc đối thoại.\n\n    * Nguyên nhân: cán bộ kiêm nhiệm.\n\n```\nmã\n```\n";
        let read = read(body, 10);
        let kinds: Vec<_> = read.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Paragraph, "I. Kết quả"),
                (BlockKind::Paragraph, "Hội đã tổ chức 49 cuộc đối thoại."),
                (BlockKind::Item, "Nguyên nhân: cán bộ kiêm nhiệm."),
                (BlockKind::Other, "mã"),
            ]
        );
        // Their lines lose their indentation when copied (a fenced block stays code).
        assert_eq!(read.pasted_lines, [10 + 16, 10 + 67]);
    }

    #[test]
    fn long_lines_run_on_are_paragraphs_and_a_mostly_pasted_file_is_read_so_throughout() {
        let long = "Cải cách hành chính đạt kết quả rõ nét; bộ phận tiếp nhận và trả kết quả hoạt động hiệu quả, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt trên 98%, không có hồ sơ quá hạn.";
        assert!(long.chars().count() > WRAPPED_LINE_MAX_CHARS);
        // No heading among them: the length says the line break ends a paragraph.
        let body = format!("{long}\nNgười đứng đầu duy trì lịch tiếp công dân.\n");
        assert_eq!(blocks(&body, 0).len(), 2);
        // A line broken on purpose (`\`, Word's Shift+Enter) stays in its paragraph.
        let broken = format!("{long}\\\nNgười đứng đầu duy trì lịch tiếp công dân.\n");
        let read = read(&broken, 0);
        assert_eq!(read.blocks.len(), 1, "{:#?}", read.blocks);
        assert!(read.pasted_lines.is_empty());
        // Short lines alone are lines wrapped by hand…
        let short = "Đề nghị Trung ương sớm sửa đổi các quy định.\nĐề nghị Tỉnh ủy bố trí kinh phí.\n";
        assert_eq!(blocks(short, 0).len(), 1);
        // …unless the rest of the file is a paste.
        let pasted = format!("{body}II. KẾT QUẢ\nQua 10 năm triển khai.\n1. Ưu điểm\nCải cách.\n\n{short}");
        assert_eq!(blocks(&pasted, 0).len(), 8, "{:#?}", blocks(&pasted, 0));
    }

    #[test]
    fn a_pdfs_printed_lines_are_joined_back_into_their_paragraphs() {
        // Copied from a PDF in reading order: a heading, then each paragraph cut where the
        // page printed it; a line opening in lower case after one ending no sentence
        // goes on with it.
        let body = "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\nBan cán sự đảng ban hành 38 văn bản, tổ\nchức 20 hội nghị quán triệt.\nII. KẾT QUẢ\n1. Những kết quả nổi bật\nBồi dưỡng cho 4.105 lượt viên chức y tế, lãnh\nđạo Sở tổ chức 34 cuộc đối thoại.\n";
        let texts: Vec<String> = blocks(body, 0).into_iter().map(|b| b.text).collect();
        assert_eq!(texts.len(), 5, "{texts:#?}");
        assert!(
            texts[1].starts_with("Ban cán sự") && texts[1].ends_with("quán triệt."),
            "{texts:#?}"
        );
        assert!(
            texts[4].starts_with("Bồi dưỡng") && texts[4].ends_with("đối thoại."),
            "{texts:#?}"
        );
        // Not after a heading or a sentence's or clause's end (a closing quote after it
        // too), nor a lettered sub-heading or a bullet saved as text: a line of its own.
        let body = "I. CÔNG TÁC LÃNH ĐẠO\nđã ban hành 38 văn bản.\nII. KẾT QUẢ\nQua 10 năm triển khai.\nnhiều mô hình hay;\ngiải quyết 139 đơn.\n- Tiếp 650 lượt công dân;\ngiải quyết 139 đơn.\nmô hình “Xóm dân vận khéo.”\nb) Tồn tại, hạn chế\nViệc trả lời kiến nghị có lúc chậm\nc) Nguyên nhân\nMột số cán bộ\no\tmới được bố trí\nv\tTổ chức đối thoại định kỳ\nv\tCông khai thủ tục hành chính\n";
        assert_eq!(blocks(body, 0).len(), 16, "{:#?}", blocks(body, 0));
    }

    #[test]
    fn a_line_filling_the_measure_goes_on_into_a_figure_or_after_a_word_that_leads_on() {
        // A PDF's page of about 85 characters a line: a line filling it goes on into one
        // opening with a figure (after a clause's end too), or in capitals after `của`; a
        // title filling it, ending on no such word, is followed by the opening, its own.
        let body = "I. KẾT QUẢ\n\
                    Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW về công tác dân vận của cơ quan nhà nước các cấp\n\
                    Thực hiện Kế hoạch số 86-KH/TU, Sở Giáo dục và Đào tạo báo cáo như sau:\n\
                    Lãnh đạo Sở tiếp 1.086 lượt công dân, tiếp nhận 402 đơn thư, đã giải quyết 395 đơn;\n\
                    19 mô hình Dân vận khéo trong trường học được công nhận; tỷ lệ hồ sơ trực tuyến năm\n\
                    2025 đạt 99,1%, vượt chỉ tiêu mà Ban Thường vụ Tỉnh ủy giao cho ngành giáo dục của\n\
                    Nghệ An trong giai đoạn.\n";
        let texts: Vec<String> = blocks(body, 0).into_iter().map(|b| b.text).collect();
        assert_eq!(texts.len(), 4, "{texts:#?}");
        assert!(texts[1].ends_with("các cấp"), "{texts:#?}");
        assert!(
            texts[3].starts_with("Lãnh đạo Sở") && texts[3].ends_with("giai đoạn."),
            "{texts:#?}"
        );
        // One paragraph a line, as Word pastes them, wider than a page's line: each its own.
        let pasted = "I. KẾT QUẢ\nLãnh đạo Sở tiếp 1.086 lượt công dân, tiếp nhận 402 đơn thư, đã giải quyết 395 đơn, tổ chức 34 cuộc đối thoại với phụ huynh và học sinh;\n\
                      19 mô hình Dân vận khéo trong trường học được công nhận.\n";
        assert_eq!(blocks(pasted, 0).len(), 3, "{:#?}", blocks(pasted, 0));
    }

    #[test]
    fn markdown_reads_as_markdown() {
        for body in [
            // Lines wrapped by hand, under a heading, a numbered paragraph among them.
            "## II. KẾT QUẢ\n\nBan Giám đốc Sở ban hành 14 kế hoạch, văn bản chỉ đạo; tổ chức\nquán triệt đến 100% chi bộ, cán bộ, viên chức của các đơn vị.\n\n1. Ban hành nghị quyết chuyên đề về công tác dân vận, chỉ đạo các\n   chi bộ tổ chức thực hiện nghiêm túc.\n2. Khác\n",
            // A tight list of long items, an item continued on indented lines, a nested list.
            "- Cải cách hành chính đạt kết quả rõ nét; bộ phận tiếp nhận và trả kết quả hoạt động hiệu quả, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt trên 98%.\n  Không có hồ sơ quá hạn kéo dài gây bức xúc trong Nhân dân, được Nhân dân đánh giá cao về tinh thần phục vụ.\n  - Mục con.\n- Người đứng đầu duy trì lịch tiếp công dân.\n",
            // Loose list, table, quote, code fence holding lines that look pasted.
            "1. Một\n\n2. Hai\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Văn bản | 12 |\n\n> Trích dẫn dài một dòng.\n> Dòng hai.\n\n```text\nII. KẾT QUẢ\n1. Những kết quả nổi bật\nCải cách.\n```\n",
            // A heading wrapped over two lines in capitals.
            "III. HIỆU QUẢ, TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW ĐỐI VỚI\nNGÀNH Y TẾ TỈNH NGHỆ AN:\n\nNội dung.\n",
            // A numbered item wrapped lazily after a blank line.
            "Mở đầu.\n\n1. Ban hành nghị quyết chuyên đề về công tác dân vận, chỉ đạo các chi bộ\ntổ chức thực hiện.\n",
        ] {
            let read = read(body, 0);
            assert_eq!(shown(body, &read.blocks), shown(body, &as_markdown(body)), "{body}");
            assert!(read.pasted_lines.is_empty(), "{body}");
        }
    }

    #[test]
    fn tables_quotes_and_indented_item_lines_in_a_paste_stay_whole() {
        let body = "IV. KIẾN NGHỊ\nĐề nghị Trung ương sửa đổi.\n- Mục một\n  còn tiếp ở đây.\n> Trích một.\n> Trích hai.\nPHỤ LỤC\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Văn bản | 12 |\nGhi chú.\n";
        let blocks = blocks(body, 0);
        let shown: Vec<(BlockKind, &str)> = blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            shown,
            [
                (BlockKind::Paragraph, "IV. KIẾN NGHỊ"),
                (BlockKind::Paragraph, "Đề nghị Trung ương sửa đổi."),
                (BlockKind::Item, "Mục một còn tiếp ở đây."),
                (BlockKind::Paragraph, "Trích một. Trích hai."),
                (BlockKind::Paragraph, "PHỤ LỤC"),
                (BlockKind::Table, ""),
                (BlockKind::Paragraph, "Ghi chú."),
            ]
        );
        assert_eq!(blocks[5].rows.len(), 2);
        assert_eq!(&body[blocks[5].start..blocks[5].start + 5], "| STT");
    }

    #[test]
    fn a_paste_indented_by_tabs_and_with_crlf_is_read_the_same() {
        let plain = "II. KẾT QUẢ\nQua 10 năm triển khai.\n1. Ưu điểm\nCải cách hành chính.\n2. Hạn chế\nCòn chậm.\n";
        let want: Vec<String> = blocks(plain, 0).into_iter().map(|b| b.text).collect();
        assert_eq!(want.len(), 6);
        let tabbed: String = plain.lines().map(|l| format!("\t{l}\r\n")).collect();
        let got = blocks(&tabbed, 0);
        assert_eq!(got.iter().map(|b| b.text.clone()).collect::<Vec<_>>(), want);
        for block in &got {
            assert_eq!(&tabbed[block.start - 1..block.start], "\t");
        }
        // Only the paragraphs indented, the headings not: the same.
        let paragraphs: String = plain
            .lines()
            .map(|l| {
                if looks_like_heading(l) {
                    format!("{l}\n")
                } else {
                    format!("\t{l}\n")
                }
            })
            .collect();
        let got: Vec<String> = blocks(&paragraphs, 0).into_iter().map(|b| b.text).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_plain_line_reads_as_markdown_would_read_it() {
        let alphabet: Vec<char> = "aZ9 \t.-–“”…:;,()/%ĐđơưạỹÁ*_`\\<[]!&~|#>+=\u{00A0}".chars().collect();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut plain = 0;
        for _ in 0..20_000 {
            let mut line = String::new();
            for _ in 0..1 + (state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                line.push(alphabet[(state >> 40) as usize % alphabet.len()]);
            }
            let line = line.trim_end();
            if !is_plain_line(line) {
                continue;
            }
            plain += 1;
            let parsed = as_markdown(line);
            assert_eq!(parsed.len(), 1, "{line:?}");
            assert_eq!(parsed[0].kind, BlockKind::Paragraph, "{line:?}");
            assert_eq!(parsed[0].text, line.trim(), "{line:?}");
            assert!(!parsed[0].all_bold, "{line:?}");
            assert_eq!((parsed[0].start, parsed[0].end), (0, line.len()), "{line:?}");
        }
        assert!(plain > 1_000, "{plain}");
    }

    #[test]
    fn words_are_counted_like_split_whitespace() {
        let reference = |t: &str| {
            t.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for text in [
            "",
            " ",
            "a",
            " a b ",
            "Ban hành 12 văn bản - chỉ đạo",
            "Đánh\u{00A0}giá\u{2003}x\u{3000}y",
            "– — … “ ” ,",
            "a\u{0B}b\u{0C}c\u{85}d\u{2028}e",
            "Ánh Ồ ữ ...x",
            "1.234 67,8% (x)",
            "\u{FEFF}z \u{200B} w",
        ] {
            assert_eq!(count_words(text, usize::MAX), reference(text), "{text:?}");
            assert_eq!(count_any(text), reference(text), "{text:?}");
        }
        let alphabet: Vec<char> = "aZ9 \t\n\u{0B}.-–“”…×÷àĐđơưạỹẞ\u{00A0}\u{2003}\u{0301}ʰ˥ↈ²¼"
            .chars()
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 16) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(alphabet[(state >> 40) as usize % alphabet.len()]);
            }
            let want = reference(&text);
            assert_eq!(count_any(&text), want, "{text:?}");
            assert!(count_by_pairs(text.as_bytes()).is_none_or(|n| n == want), "{text:?}");
        }
    }

    #[test]
    fn long_texts_are_counted_in_pieces_and_only_as_far_as_needed() {
        let sentence = "Đảng ủy xã đã ban hành 12 nghị quyết,\nchỉ đạo – “dân vận khéo” … ";
        let text = sentence.repeat(300);
        let want = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        assert_eq!(count_words(&text, usize::MAX), want);
        for enough in [0, 1, 5, 37, 1_000, want, want + 1] {
            let counted = count_words(&text, enough);
            assert!(counted >= enough.min(want) && counted <= want, "{enough}: {counted}");
        }
        // A word that runs past a piece's first 256 bytes is still one word.
        let long_word = format!("{} b", "ạ".repeat(400));
        assert_eq!(count_words(&long_word, usize::MAX), 2);
    }

    #[test]
    fn byte_classes_agree_with_char_properties() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buffer = [0; 4];
            let lead = c.encode_utf8(&mut buffer).as_bytes()[0];
            let class = BYTE_CLASS[usize::from(lead)];
            assert_eq!(char_at(&buffer, 0), c);
            if c.is_whitespace() {
                assert!(matches!(class, ASCII_SPACE | LEAD_MAYBE_SPACE), "{c:?}");
            }
            if c.is_ascii() {
                assert_eq!(class == ASCII_ALPHANUMERIC, c.is_alphanumeric(), "{c:?}");
            }
        }
        assert_eq!(
            PLACEHOLDERS.iter().map(|p| p.split(' ').count()).max(),
            Some(PLACEHOLDER_MAX_WORDS)
        );
        // Every character, alone and between letters, counts the same by pairs.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("a{c}b"), format!("{c} x")] {
                let want = text
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count();
                assert!(count_by_pairs(text.as_bytes()).is_none_or(|n| n == want), "{text:?}");
            }
        }
        let vietnamese = "“Dân vận khéo” – Đảng ủy xã Hưng Lộc… 12,5% ở đây";
        assert_eq!(count_by_pairs(vietnamese.as_bytes()), Some(11));
    }

    #[test]
    fn placeholders_have_no_words() {
        assert_eq!(count_words("(Đang tổng hợp)", 1), 0);
        assert_eq!(count_words("...", 1), 0);
        assert_eq!(count_words("Ban hành 12 văn bản - chỉ đạo", usize::MAX), 7);
    }
}
