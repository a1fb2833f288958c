//! Footnotes a report gives at its end, as Word writes them when a report is saved as text
//! or copied (`[1] Nghị quyết số 12-NQ/ĐU …` after the signature): each belongs with the
//! paragraph that cites it (`… Nghị quyết chuyên đề[1] …`), and goes where that paragraph
//! goes in the compiled report. Pure: blocks in, block pairs out.

use std::collections::HashMap;

use crate::read::markdown::{Block, BlockKind};

/// Longest footnote number read: a report's notes number in the tens.
const NUMBER_MAX_DIGITS: usize = 3;

/// The number a footnote's text opens with: `[1] …`, `[^1]: …`, `[^1] …`.
pub fn number(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('[')?;
    let rest = rest.strip_prefix('^').unwrap_or(rest);
    // Digits only, a few: the `]` is looked for no further (bytes: `]` is ASCII).
    let close = rest.bytes().take(NUMBER_MAX_DIGITS + 1).position(|b| b == b']')?;
    let number = &rest[..close];
    let digits = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    digits.then_some(number)
}

/// Every footnote text with the block citing it, `(note, citing)`: the nearest block
/// before the note that holds its marker (`[1]`, `[^1]`) after its start. A note nothing
/// cites is left where it is. One pass: the last block citing each number is kept as the
/// blocks go by.
pub fn citations(blocks: &[Block]) -> Vec<(usize, usize)> {
    let is_text = |b: &Block| matches!(b.kind, BlockKind::Paragraph | BlockKind::Item);
    let mut last_citing: HashMap<&str, usize> = HashMap::new();
    let mut found = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        if let Some(n) = number(&block.text) {
            if is_text(block)
                && let Some(&citing) = last_citing.get(n)
            {
                found.push((at, citing));
            }
            continue;
        }
        for marker in markers(&block.text) {
            last_citing.insert(marker, at);
        }
    }
    found
}

/// The numbers of the note markers in a text (`…chuyên đề[1] và…`, `[^2]`).
fn markers(text: &str) -> impl Iterator<Item = &str> {
    memchr::memchr_iter(b'[', text.as_bytes()).filter_map(|at| number(&text[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::markdown::blocks;

    #[test]
    fn notes_are_told_by_their_number_and_paired_with_their_citation() {
        assert_eq!(number("[1] Nghị quyết số 12-NQ/ĐU"), Some("1"));
        assert_eq!(number("[^12]: Số liệu của Phòng Tham mưu"), Some("12"));
        assert_eq!(number("[a] chữ"), None);
        assert_eq!(number("[2025] năm"), None);
        assert_eq!(number("Nghị quyết [1]"), None);
        let text = "Ban hành Nghị quyết chuyên đề[1] và kế hoạch.\n\nTiếp 4.210 lượt công dân[2].\n\nĐoạn khác.\n\n[1] Nghị quyết số 12-NQ/ĐU.\n\n\\[2\\] Số liệu của Phòng Tham mưu.\n\n[3] Không ai dẫn.\n";
        let b = blocks(text, 0);
        assert_eq!(citations(&b), [(3, 0), (4, 1)]);
        // Thousands of notes and no text: one pass, no note cites another.
        let many = "[1] x\n\n".repeat(20_000);
        assert!(citations(&blocks(&many, 0)).is_empty());
        assert_eq!(number("[1234567] lâu"), None);
    }
}
