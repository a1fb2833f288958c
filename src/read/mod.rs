//! The edge where bytes come in: finding the files (`discover`), the campaign folder
//! (`campaign`), git's dates (`git`), and one reader per input format. Every reader ends
//! in the same source model, the blocks of [`markdown`] with a locator for each line:
//! Markdown and text are decoded (`decode`, `legacy` for TCVN3/VNI); Word (`docx`, and
//! `.doc`/`.odt` through `soffice`) is turned into that Markdown with a locator for every
//! line it produced, so findings are shown where the user can find them in the original
//! (`đoạn 12`, `bảng 2, hàng 5, cột 3`); Excel appendices (`workbook`) become grids.
//! `src/output/docx/` is the Word writer of the compiled report; this is the reader.

pub mod account;
pub mod campaign;
pub mod decode;
pub mod dialect;
pub mod discover;
pub mod docx;
pub mod git;
pub mod html_chunk;
pub mod legacy;
pub mod markdown;
pub mod pandoc_table;
pub mod quoted;
pub mod raw_html;
pub mod soffice;
pub mod table;
pub mod workbook;
pub mod xml;

use std::borrow::Cow;

use crate::diagnostic::{ConversionProblem, Diagnostic, Finding, Headings, LineIndex, Locator, Place};

/// A path as messages show it: with `/` on every system, so a unit on Windows and CI on
/// Linux read the same text.
pub fn display(path: &std::path::Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// How a file is read, by its name's extension. A new input format is a reader module
/// here (bytes → [`Source`]) and one line in this table.
pub const READERS: [Reader; 4] = [
    MARKDOWN,
    Reader {
        extensions: &["docx"],
        read: docx::source,
        libreoffice: false,
    },
    // Word 97–2003, OpenDocument, RTF: converted to `.docx` by LibreOffice when it is
    // installed (the conversion is I/O, done by the caller), else sent back.
    Reader {
        extensions: &["doc", "odt", "rtf"],
        read: needs_docx,
        libreoffice: true,
    },
    // The signed copy, not the text to compile.
    Reader {
        extensions: &["pdf"],
        read: needs_docx,
        libreoffice: false,
    },
];

/// Markdown and plain text: also how a file named on the command line with no known
/// extension is read.
pub const MARKDOWN: Reader = Reader {
    extensions: &["md", "markdown", "txt"],
    read: text_source,
    libreoffice: false,
};

/// One input format.
#[derive(Debug)]
pub struct Reader {
    /// Lower-case extensions without the dot.
    pub extensions: &'static [&'static str],
    /// The file's bytes, and its extension, to the Markdown the rest of the pipeline reads.
    pub read: for<'a> fn(&'a [u8], &str) -> Source<'a>,
    /// Read through LibreOffice's conversion to `.docx` when `soffice` is on this machine.
    pub libreoffice: bool,
}

impl Reader {
    /// The reader of a file named `name`, and its extension; `None` for a file that is
    /// not a report.
    pub fn of(name: &str) -> Option<(&'static Reader, String)> {
        let lower = name.to_lowercase();
        let extension = lower.rsplit_once('.').map_or("", |(_, e)| e);
        let reader = READERS.iter().find(|r| r.extensions.contains(&extension))?;
        Some((reader, extension.to_owned()))
    }
}

/// A report as every later stage reads it: Markdown text, what reading it found, and
/// for a file converted to Markdown, where each line came from.
#[derive(Debug, Default)]
pub struct Source<'a> {
    pub text: Cow<'a, str>,
    /// Notes of reading (an encoding converted, objects left out); an error here means
    /// there is no text to check.
    pub notes: Vec<Diagnostic>,
    /// Each produced line's place in the original, for a converted file.
    pub origins: Option<Converted>,
    /// How headings are made: with styles (Word) or as plain lines (a `.txt`), a bold or
    /// numbered line is how its writer makes one, and is read so.
    pub headings: Headings,
    /// For a Markdown file whose account tables were written out as text: the file as
    /// written and the line each line of `text` came from.
    pub moved: Option<Moved>,
}

/// A Markdown file some of whose lines were written out anew ([`account::set_out`]).
#[derive(Debug, Default)]
pub struct Moved {
    pub file: String,
    /// For each line of the text read (0-based), the file's line (0-based).
    pub lines: Vec<usize>,
}

impl Moved {
    /// Whether 1-based `line` of the text read (`read`) was written out anew from a
    /// table's cell rather than copied from the file (`file`, indexing `self.file`).
    pub fn written_anew(&self, line: usize, read: &LineIndex, file: &LineIndex) -> bool {
        line.checked_sub(1)
            .and_then(|l| self.lines.get(l))
            .is_some_and(|&from| file.locate_line(from + 1).source != read.locate_line(line).source)
    }

    /// The file's line (1-based) of 1-based `line` of the text read.
    pub fn line(&self, line: usize) -> usize {
        line.checked_sub(1)
            .and_then(|l| self.lines.get(l))
            .map_or(line, |&from| from + 1)
    }

    /// A finding's place in the text read, as the place in the file: its line, and on a
    /// line written out anew, the whole row it came from. A finding about the whole file
    /// stays one.
    pub fn place(&self, location: &mut crate::diagnostic::Location, read: &LineIndex, file: &LineIndex) {
        if location.source.is_empty() {
            return;
        }
        let Some(&line) = location.line.checked_sub(1).and_then(|l| self.lines.get(l)) else {
            return;
        };
        let anew = self.written_anew(location.line, read, file);
        let mut placed = file.locate_line(line + 1);
        if !anew {
            placed.column = location.column;
            placed.width = location.width;
        }
        placed.locator = location.locator.take();
        *location = placed;
    }
}

impl Source<'_> {
    /// Whether reading failed: nothing to check.
    pub fn refused(&self) -> bool {
        self.notes
            .iter()
            .any(|d| d.severity() == crate::diagnostic::Severity::Error)
    }
}

/// The metadata a report may carry about itself, in the order findings and the JSON list
/// them: front-matter keys, and the names of a Word file's custom properties.
pub const METADATA_FIELDS: [&str; 8] = [
    "unit",
    "unit_code",
    "category",
    "date",
    "submitted",
    "doc_number",
    "signer",
    "signer_title",
];

/// When git first added a file and last changed it: what `git` reads, for the checks of
/// lateness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileTimes {
    pub first_added: jiff::Timestamp,
    pub last_changed: jiff::Timestamp,
}

/// Markdown or plain text, in whatever encoding units' machines write.
fn text_source<'a>(bytes: &'a [u8], extension: &str) -> Source<'a> {
    match decode::decode(bytes) {
        decode::Decoded::Text { text, converted_from } => {
            // A reply quoting the report (`> ` before every line): the report, unquoted.
            let text = match quoted::unquoted(&text) {
                Some(unquoted) => Cow::Owned(unquoted),
                None => text,
            };
            // An account in a table (a Word report converted by pandoc or MarkItDown) is read
            // as its titles and paragraphs.
            let (text, moved) = match account::set_out(&text) {
                Some(set_out) => (
                    Cow::Owned(set_out.text),
                    Some(Moved {
                        file: text.into_owned(),
                        lines: set_out.lines,
                    }),
                ),
                None => (text, None),
            };
            Source {
                text,
                moved,
                notes: converted_from
                    .map(|from| Diagnostic::whole_file(Finding::Encoding { from }))
                    .into_iter()
                    .collect(),
                headings: if extension == "txt" {
                    Headings::Lines
                } else {
                    Headings::Marks
                },
                ..Source::default()
            }
        }
        decode::Decoded::Binary => refused(Finding::NotText),
    }
}

/// A format to be sent again as `.docx`: a PDF, or a format LibreOffice would convert
/// on a machine that has it.
fn needs_docx<'a>(_: &'a [u8], extension: &str) -> Source<'a> {
    let problem = if extension == "pdf" {
        ConversionProblem::Pdf
    } else {
        ConversionProblem::NoLibreOffice
    };
    refused(Finding::NeedsDocx {
        format: extension.to_owned(),
        problem,
    })
}

/// No text: one finding about the whole file.
pub fn refused<'a>(finding: Finding) -> Source<'a> {
    Source {
        notes: vec![Diagnostic::whole_file(finding)],
        ..Source::default()
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
    /// The first page's header (a Word header part), as Markdown: a letterhead template
    /// keeps the header block there, out of the text. Read for who sent the report and
    /// when, never as its text.
    pub letterhead: Option<String>,
    /// Excel worksheets embedded in the document as objects (Insert ▸ Object ▸ Excel):
    /// the appendix a unit pasted as a sheet rather than a table. (Their part's file
    /// name, their bytes.)
    pub embedded_sheets: Vec<(String, Vec<u8>)>,
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
    /// Written from an account set out as a table (a part's title in its left cell, its
    /// paragraphs in the right).
    pub account: bool,
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
