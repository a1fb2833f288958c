//! The one Markdown dialect the program reads and writes (pulldown-cmark's options), and
//! the text a paragraph of it shows. A module of its own, importing nothing of the
//! program's: the readers of blocks and of tables both use it.
//!
//! Reports converted with `pandoc -t markdown` carry pandoc's attribute spans, which
//! CommonMark does not know: Word's underline, small capitals and highlight
//! (`[chữ]{.underline}`, `{.smallcaps}`, `{.mark}`) and its bookmarks (`[]{#_Toc1
//! .anchor}`). What a span shows is its text, for reading and for quoting alike.

use std::borrow::Cow;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser};
use regex::{Captures, Regex};

/// A pandoc span with attributes: `[text]` then `{` opening with a class or an identifier.
/// Its text holds no bracket: spans inside spans go from the innermost out.
static SPAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\[\]]*)\]\{[.#][^{}]*\}").expect("valid pattern"));

/// Spans inside spans undone at most: Word nests its run properties a few deep at most.
const SPAN_NESTING_MAX: usize = 8;

/// The one set of Markdown extensions the program uses, for checking and rendering alike.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// The text Markdown shows for one paragraph of a table cell, read as a pipe table's
/// cell is, inline only: emphasis and escapes gone, a `1.` or `-` it opens with kept.
pub fn inline_text(paragraph: &str) -> String {
    // A paragraph opening with a letter opens no list, heading or quote.
    const LEAD: &str = "a ";
    let mut out = String::with_capacity(paragraph.len() + LEAD.len());
    for event in Parser::new_ext(&format!("{LEAD}{}", paragraph.trim_start()), options()) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    let shown = out.strip_prefix(LEAD).unwrap_or(&out).trim();
    spans_shown(shown).into_owned()
}

/// Plain text (a block's or a cell's, markup already read) with each pandoc span replaced
/// by its text.
pub fn spans_shown(text: &str) -> Cow<'_, str> {
    without_spans(text, false)
}

/// Markdown with each pandoc span replaced by its text, that text kept as text: where the
/// span opened its line (after a list's or a quote's marks at most), the character that
/// now stands there — the span's first, or after an empty span (a bookmark) the one that
/// followed it — when punctuation (`#`, `>`, `-`, `=`, `` ` ``, `<` …, which open
/// headings, quotes, bullets, rules, fences and HTML there), is escaped, so a unit's
/// `[# …]{.underline}` or `[]{#_Toc1 .anchor}# …` never becomes a heading of the
/// compiled report.
pub fn markdown_without_spans(text: &str) -> Cow<'_, str> {
    without_spans(text, true)
}

fn without_spans(text: &str, markdown: bool) -> Cow<'_, str> {
    // Every block's text is asked: `{` is rare in Vietnamese text, and found by memchr
    // faster than the pair is by a substring search set up for each block.
    let bytes = text.as_bytes();
    if !memchr::memchr_iter(b'{', bytes).any(|at| at > 0 && bytes[at - 1] == b']') {
        return Cow::Borrowed(text);
    }
    let mut out = Cow::Borrowed(text);
    for _ in 0..SPAN_NESTING_MAX {
        let replaced = SPAN.replace_all(&out, |caps: &Captures<'_>| {
            let (whole, shown) = (caps.get(0).map_or(0..0, |m| m.range()), &caps[1]);
            if !markdown {
                return shown.to_owned();
            }
            // Read back to the line's start, stopping at its first character of text:
            // a line of thousands of spans is read once, not once per span.
            let opens_line = out[..whole.start]
                .chars()
                .rev()
                .take_while(|&c| c != '\n')
                .all(|c| c.is_whitespace() || c.is_ascii_digit() || matches!(c, '>' | '-' | '*' | '+' | '.' | ')'));
            // What now stands where the span opened: its text, or after an empty span (a
            // bookmark) what followed it, to the line's end. Pandoc escaped it already
            // when it begins with `\`.
            let opens_block = || {
                let rest = out[whole.end..].split('\n').next().unwrap_or_default();
                opens_block(format!("{shown}{rest}").lines().next().unwrap_or_default())
            };
            if opens_line && opens_block() {
                format!("\\{shown}")
            } else {
                shown.to_owned()
            }
        });
        match replaced {
            Cow::Borrowed(_) => break,
            Cow::Owned(again) => out = Cow::Owned(again),
        }
    }
    out
}

/// Whether a line's rest, standing at its start, opens a block: a heading, a quote, a
/// fence, HTML, a table's pipe, a bullet (`-`, `*`, `+` and a space), a rule (three or
/// more of `-`, `*`, `_`) or a setext underline (`=` only). Emphasis (`**Bold**`) and a
/// character pandoc escaped (`\*`) do not.
fn opens_block(rest: &str) -> bool {
    let Some(first) = rest.chars().next() else {
        return false;
    };
    let after = &rest[first.len_utf8()..];
    let marks: Vec<char> = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let rule = |mark: char| marks.len() >= 3 && marks.iter().all(|&c| c == mark);
    match first {
        '#' | '>' | '`' | '~' | '<' | '|' => true,
        '=' => marks.iter().all(|&c| c == '='),
        '-' | '*' | '+' => after.is_empty() || after.starts_with(char::is_whitespace) || rule(first),
        '_' => rule('_'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pandoc_span_shows_its_text() {
        assert_eq!(
            spans_shown("Đảng ủy đã [ban hành]{.underline} kế hoạch"),
            "Đảng ủy đã ban hành kế hoạch"
        );
        assert_eq!(spans_shown("[]{#_Toc190001 .anchor}I. KẾT QUẢ"), "I. KẾT QUẢ");
        assert_eq!(
            spans_shown("[mô hình Dân vận\nkhéo]{.smallcaps} hay"),
            "mô hình Dân vận\nkhéo hay"
        );
        assert_eq!(spans_shown("[[1. Ưu điểm]{.underline}]{.mark}"), "1. Ưu điểm");
        // Not a span: brackets and braces as a unit types them.
        for plain in ["Điểm [a] {b}", "Mảng [x]{y}", "{.underline}", "[]"] {
            assert_eq!(spans_shown(plain), plain);
        }
    }

    #[test]
    fn a_span_opening_a_line_stays_text_in_markdown() {
        assert_eq!(markdown_without_spans("[# Giả tiêu đề]{.underline}"), "\\# Giả tiêu đề");
        assert_eq!(markdown_without_spans("> [- mục]{.mark}"), "> \\- mục");
        assert_eq!(markdown_without_spans("**[1. Ưu điểm]{.underline}**"), "**1. Ưu điểm**");
        assert_eq!(
            markdown_without_spans("Chữ [# không]{.underline} mở dòng"),
            "Chữ # không mở dòng"
        );
        assert_eq!(spans_shown("[# chữ]{.underline}"), "# chữ");
        // A bookmark before a mark that opens a block, after a list's marks, nested, or
        // escaped by pandoc already: one escape, where one is needed.
        assert_eq!(markdown_without_spans("[]{#_Toc1 .anchor}# Giả"), "\\# Giả");
        assert_eq!(markdown_without_spans("Đoạn\n[]{#a .anchor}---"), "Đoạn\n\\---");
        assert_eq!(markdown_without_spans("1. [# Giả]{.u}"), "1. \\# Giả");
        assert_eq!(markdown_without_spans("[[# x]{.underline}]{.mark}"), "\\# x");
        assert_eq!(markdown_without_spans("[\\*Ghi chú]{.underline}"), "\\*Ghi chú");
        assert_eq!(markdown_without_spans("[]{#_Toc1 .anchor}I. KẾT QUẢ"), "I. KẾT QUẢ");
        // Bold after a bookmark stays bold.
        assert_eq!(
            markdown_without_spans("[]{#_Hlk1 .anchor}**III. TÁC ĐỘNG**"),
            "**III. TÁC ĐỘNG**"
        );
        assert_eq!(markdown_without_spans("[]{#a .anchor}- mục"), "\\- mục");
    }
}
