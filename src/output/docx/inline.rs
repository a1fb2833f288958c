//! Runs: a piece of text with one set of character properties (`w:r`).

use std::fmt::Write as _;

use crate::read::xml::escape_into;

/// Character formatting that differs from the paragraph's style.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Format {
    pub bold: bool,
    pub italic: bool,
    pub strike: bool,
    /// Inline code: a monospace face.
    pub code: bool,
    /// The built-in `Hyperlink` character style.
    pub link: bool,
    /// Font size in half-points (`w:sz`), when not the style's.
    pub size: Option<u32>,
    /// Raised, as a note's mark is.
    pub superscript: bool,
}

impl Format {
    pub const BOLD: Format = Format {
        bold: true,
        italic: false,
        strike: false,
        code: false,
        link: false,
        size: None,
        superscript: false,
    };
    pub const ITALIC: Format = Format {
        bold: false,
        italic: true,
        strike: false,
        code: false,
        link: false,
        size: None,
        superscript: false,
    };
    pub const BOLD_ITALIC: Format = Format {
        bold: true,
        italic: true,
        ..Format::BOLD
    };

    #[must_use]
    pub fn sized(self, half_points: u32) -> Format {
        Format {
            size: Some(half_points),
            ..self
        }
    }

    /// `w:rPr` in schema order, or nothing when the style's formatting holds.
    pub fn write_properties(&self, out: &mut String) {
        if *self == Format::default() {
            return;
        }
        out.push_str("<w:rPr>");
        if self.link {
            out.push_str(r#"<w:rStyle w:val="Hyperlink"/>"#);
        }
        if self.code {
            out.push_str(
                r#"<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:eastAsia="Courier New" w:cs="Courier New"/>"#,
            );
        }
        if self.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if self.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if self.strike {
            out.push_str("<w:strike/>");
        }
        if let Some(size) = self.size {
            let _ = write!(out, r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#);
        }
        if self.superscript {
            out.push_str(r#"<w:vertAlign w:val="superscript"/>"#);
        }
        out.push_str("</w:rPr>");
    }
}

/// One run holding `text`; tabs and line feeds become Word's own tab and break, since
/// Word reads them inside `w:t` as plain spaces.
pub fn run(out: &mut String, text: &str, format: Format) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    format.write_properties(out);
    let mut first = true;
    for line in text.split('\n') {
        if !first {
            out.push_str("<w:br/>");
        }
        first = false;
        let mut first_piece = true;
        for piece in line.split('\t') {
            if !first_piece {
                out.push_str("<w:tab/>");
            }
            first_piece = false;
            let piece = piece.trim_end_matches('\r');
            if !piece.is_empty() {
                out.push_str(r#"<w:t xml:space="preserve">"#);
                escape_into(out, piece);
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}

/// A line break inside the paragraph (Markdown's hard break).
pub fn line_break(out: &mut String) {
    out.push_str("<w:r><w:br/></w:r>");
}
