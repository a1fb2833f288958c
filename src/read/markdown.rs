//! A report body as a flat list of blocks (headings, paragraphs, list items, tables)
//! with their byte ranges: what outline matching, word counts and the appendix need.
//! This module owns the pulldown-cmark options.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::text::fold::fold_name;

/// The one set of Markdown extensions the program uses, for checking and rendering alike.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

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
    // Pieces end just after an ASCII space or line end, and no word spans one.
    const PIECE: usize = 256;
    let limit = enough.max(PLACEHOLDER_MAX_WORDS);
    let (mut words, mut rest) = (0, text);
    while !rest.is_empty() && words <= limit {
        let cut = rest.as_bytes()[PIECE.min(rest.len())..]
            .iter()
            .position(|&b| b == b' ' || b == b'\n')
            .map_or(rest.len(), |p| PIECE + p + 1);
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

struct Walker {
    blocks: Vec<Block>,
    leaf: Option<Block>,
    table: Option<Block>,
    strong: usize,
    base: usize,
}

impl Walker {
    fn close_leaf(&mut self) {
        if let Some(mut leaf) = self.leaf.take() {
            let keep = matches!(leaf.kind, BlockKind::Heading(_)) || !leaf.text.trim().is_empty();
            if keep {
                // Trimmed in place: copying every block's text again cost as much as making it.
                let end = leaf.text.trim_end().len();
                leaf.text.truncate(end);
                let start = leaf.text.len() - leaf.text.trim_start().len();
                leaf.text.drain(..start);
                leaf.all_bold &= !leaf.text.is_empty();
                self.blocks.push(leaf);
            }
        }
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
        if self.strong == 0 && !text.trim().is_empty() {
            leaf.all_bold = false;
        }
        leaf.text.push_str(text);
        leaf.end = leaf.end.max(base + end);
    }

    fn line_break(&mut self) {
        if let Some(table) = &mut self.table {
            if let Some(cell) = table.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                cell.push(' ');
            }
        } else if let Some(leaf) = &mut self.leaf {
            leaf.text.push(' ');
            leaf.lines += 1;
        }
    }
}

/// The blocks of `body`, which starts at byte `base` of the file.
pub fn blocks(body: &str, base: usize) -> Vec<Block> {
    let mut walker = Walker {
        blocks: Vec::new(),
        leaf: None,
        table: None,
        strong: 0,
        base,
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                walker.open(BlockKind::Heading(level as u8), range.start, range.end)
            }
            Event::Start(Tag::Paragraph) if walker.table.is_none() => {
                walker.open(BlockKind::Paragraph, range.start, range.end)
            }
            Event::Start(Tag::Item) => walker.open(BlockKind::Item, range.start, range.start),
            Event::Start(Tag::CodeBlock(_)) => walker.open(BlockKind::Other, range.start, range.end),
            Event::Start(Tag::List(_)) | Event::End(TagEnd::List(_)) => walker.close_leaf(),
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock) => {
                walker.close_leaf()
            }
            Event::Start(Tag::Table(_)) => {
                walker.close_leaf();
                walker.table = Some(Block::new(BlockKind::Table, base + range.start, base + range.end));
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                if let Some(table) = &mut walker.table {
                    table.rows.push(Row {
                        start: base + range.start,
                        cells: Vec::new(),
                    });
                }
            }
            Event::Start(Tag::TableCell) => {
                if let Some(row) = walker.table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.cells.push(String::new());
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(mut table) = walker.table.take() {
                    table.all_bold = false;
                    walker.blocks.push(table);
                }
            }
            Event::Start(Tag::Strong) => walker.strong += 1,
            Event::End(TagEnd::Strong) => walker.strong = walker.strong.saturating_sub(1),
            Event::Text(text) | Event::Code(text) => walker.text(&text, range.start, range.end),
            Event::SoftBreak | Event::HardBreak => walker.line_break(),
            _ => {}
        }
    }
    walker.close_leaf();
    split_pasted_lines(body, base, walker.blocks)
}

/// Longest line taken for a heading inside a pasted paragraph.
const PASTED_HEADING_MAX_CHARS: usize = 200;

/// Text saved from Word or Notepad has one line per paragraph and no blank line between
/// them, so Markdown reads a whole report as one paragraph. A paragraph with a line after
/// its first that looks like a heading (numbered, or in capitals) is such a paste: each of
/// its lines is a paragraph of its own, so headings can be found among them.
fn split_pasted_lines(body: &str, base: usize, blocks: Vec<Block>) -> Vec<Block> {
    if !blocks.iter().any(|b| b.kind == BlockKind::Paragraph && b.lines > 1) {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let source = body.get(block.start - base..block.end - base).unwrap_or("");
        // Two lines in capitals are one heading wrapped, not two paragraphs.
        let wrapped_heading = block.lines == 2 && !block.text.chars().any(char::is_lowercase);
        let pasted = block.kind == BlockKind::Paragraph
            && block.lines > 1
            && !wrapped_heading
            && source.lines().skip(1).any(|line| looks_like_heading(clean(line)));
        if !pasted {
            out.push(block);
            continue;
        }
        let mut offset = block.start;
        for raw in source.split_inclusive('\n') {
            let line = raw.trim_end_matches(['\n', '\r']);
            let lead = line.len() - line.trim_start().len();
            let text = clean(line);
            if !text.is_empty() {
                let trimmed = line.trim();
                let mut piece = Block::new(BlockKind::Paragraph, offset + lead, offset + lead + trimmed.len());
                piece.all_bold = trimmed.len() > 4 && trimmed.starts_with("**") && trimmed.ends_with("**");
                piece.text = text.to_owned();
                out.push(piece);
            }
            offset += raw.len();
        }
    }
    out
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
