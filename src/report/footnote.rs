//! Footnotes a report gives at its end, as Word writes them when a report is saved as text
//! or copied (`[1] Nghị quyết số 12-NQ/ĐU …` after the signature): each belongs with the
//! paragraph that cites it (`… Nghị quyết chuyên đề[1] …`), and goes where that paragraph
//! goes in the compiled report. Pure: blocks in, block pairs out.

use crate::read::markdown::{Block, BlockKind};

/// Longest footnote number read: a report's notes number in the tens.
const NUMBER_MAX_DIGITS: usize = 3;

/// The number a footnote's text opens with: `[1] …`, `[^1]: …`, `[^1] …`.
pub fn number(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('[')?;
    let rest = rest.strip_prefix('^').unwrap_or(rest);
    let number = &rest[..rest.find(']')?];
    let digits = !number.is_empty() && number.len() <= NUMBER_MAX_DIGITS && number.bytes().all(|b| b.is_ascii_digit());
    digits.then_some(number)
}

/// Every footnote text with the block citing it, `(note, citing)`: the nearest block
/// before the note that holds its marker (`[1]`, `[^1]`) after its start. A note nothing
/// cites is left where it is.
pub fn citations(blocks: &[Block]) -> Vec<(usize, usize)> {
    let is_text = |b: &Block| matches!(b.kind, BlockKind::Paragraph | BlockKind::Item);
    let mut found = Vec::new();
    for (note, block) in blocks.iter().enumerate() {
        // Most blocks are passed over at their first character.
        if !is_text(block) || !block.text.trim_start().starts_with('[') {
            continue;
        }
        let Some(n) = number(&block.text) else {
            continue;
        };
        let markers = [format!("[{n}]"), format!("[^{n}]")];
        let citing = (0..note).rev().find(|&b| {
            let text = &blocks[b].text;
            number(text).is_none() && markers.iter().any(|m| text.contains(m.as_str()))
        });
        if let Some(citing) = citing {
            found.push((note, citing));
        }
    }
    found
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
    }
}
