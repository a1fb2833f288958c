//! The one Markdown dialect the program reads and writes (pulldown-cmark's options), and
//! the text a paragraph of it shows. A module of its own, importing nothing of the
//! program's: the readers of blocks and of tables both use it.

use pulldown_cmark::{Event, Options, Parser};

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
    out.strip_prefix(LEAD).unwrap_or(&out).trim().to_owned()
}
