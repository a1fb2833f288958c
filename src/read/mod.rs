//! The edge where bytes come in: finding the files (`discover`), the campaign folder
//! (`campaign`), git's dates (`git`), and one reader per input format. Every reader ends
//! in the same source model, the blocks of [`markdown`] with a locator for each line:
//! Markdown and text are decoded (`decode`, `legacy` for TCVN3/VNI); Word (`docx`, and
//! `.doc`/`.odt` through `soffice`) is turned into that Markdown with a locator for every
//! line it produced, so findings are shown where the user can find them in the original
//! (`đoạn 12`, `bảng 2, hàng 5, cột 3`); Excel appendices (`workbook`) become grids.
//! `src/output/docx/` is the Word writer of the compiled report; this is the reader.

pub mod campaign;
pub mod decode;
pub mod discover;
pub mod docx;
pub mod git;
pub mod legacy;
pub mod markdown;
pub mod raw_html;
pub mod soffice;
pub mod table;
pub mod workbook;
pub mod xml;

use crate::diagnostic::{Diagnostic, Locator, Place};

/// A path as messages show it: with `/` on every system, so a unit on Windows and CI on
/// Linux read the same text.
pub fn display(path: &std::path::Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// How a file is read, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Docx,
    /// Word 97–2003, OpenDocument, RTF: read through LibreOffice when it is installed.
    Convertible(&'static str),
    Pdf,
}

impl Format {
    /// The format of a file named `name`, or `None` for a file that is not a report.
    pub fn of(name: &str) -> Option<Format> {
        let lower = name.to_lowercase();
        let extension = lower.rsplit_once('.').map_or("", |(_, e)| e);
        Some(match extension {
            "md" | "markdown" | "txt" => Format::Markdown,
            "docx" => Format::Docx,
            "doc" => Format::Convertible("doc"),
            "odt" => Format::Convertible("odt"),
            "rtf" => Format::Convertible("rtf"),
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }
}

/// A file read into Markdown, with where each of its lines came from.
#[derive(Debug, Default)]
pub struct Converted {
    pub text: String,
    /// One entry per line of `text` (0-based); `None` for lines of the reader's own
    /// (blank lines, a table's separator row).
    pub lines: Vec<Option<LineOrigin>>,
    /// What the reading changed or left out (notes), or why it failed (errors).
    pub notes: Vec<Diagnostic>,
}

/// Where one produced line came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineOrigin {
    pub place: Place,
    pub heading: Option<String>,
    pub quote: String,
    /// For a table row: the text of each cell in grid order, quoted for the finding's
    /// column (the place's column is then the cell the finding's column falls in).
    pub cells: Vec<String>,
    /// For a table row: the row as written in the Markdown, to tell which cell a
    /// column falls in without searching the text for the line.
    pub row: String,
}

impl Converted {
    /// The locator of a finding at 1-based `line` and character `column` of `text`.
    pub fn locator(&self, line: usize, column: usize) -> Option<Locator> {
        let origin = self.lines.get(line.checked_sub(1)?)?.as_ref()?;
        let mut place = origin.place.clone();
        let mut quote = origin.quote.clone();
        if let Place::Cell { column: cell, .. } = &mut place
            && !origin.cells.is_empty()
        {
            // The cell is the number of unescaped pipes before the column, less the
            // leading one.
            let mut pipes = 0;
            let mut escaped = false;
            for c in origin.row.chars().take(column.saturating_sub(1)) {
                if c == '|' && !escaped {
                    pipes += 1;
                }
                escaped = c == '\\' && !escaped;
            }
            let index = pipes.clamp(1, origin.cells.len()) - 1;
            *cell = index + 1;
            if let Some(text) = origin.cells.get(index).filter(|t| !t.is_empty()) {
                quote = text.clone();
            }
        }
        Some(Locator {
            place,
            heading: origin.heading.clone(),
            quote,
        })
    }
}
