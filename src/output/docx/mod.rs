//! The compiled report as a Word document, in the Party-document layout (Hướng dẫn
//! 36-HD/VPTW): A4, margins 20/20/30/15 mm, Times New Roman 14, the two-column header
//! block, headings on Word's built-in `Heading1`… styles so the navigation pane and a
//! table of contents work, real tables and lists, the page number at the top from page 2.
//!
//! The OOXML is written by hand rather than through a crate: the document is a fixed
//! layout over one view-model, every byte is under control (fixed part order and zip
//! timestamps give byte-identical files), and a reference document's styles can replace
//! ours wholesale. Same content and order as `report.md.tera` / `report.html.tera`.
//! Pure: bytes in, bytes out.

mod blocks;
mod body;
mod draft;
mod fragment;
mod inline;
mod package;
mod paragraph;
mod styles;
mod table;

#[cfg(test)]
mod tests;

use std::fmt;

use crate::compiled::Compiled;
pub use body::{Document, from_xml};
pub use draft::draft;

#[derive(Debug)]
pub enum DocxError {
    /// The reference document could not be used.
    Reference(ReferenceProblem),
    /// Writing the zip package failed.
    Write(zip::result::ZipError),
}

/// Why the campaign's `reference.docx` could not be used.
#[derive(Debug)]
pub enum ReferenceProblem {
    /// It is not a zip package: the zip library's reason.
    NotZip(String),
    /// A part could not be read out of it.
    Unreadable { part: String, error: String },
    /// A part is larger than the bound given.
    TooLarge { part: String, limit: u64 },
    /// It has no `word/styles.xml`.
    NoStyles,
}

impl ReferenceProblem {
    /// The reason in English: after `reference.docx is not a Word document: `.
    fn en(&self) -> String {
        match self {
            ReferenceProblem::NotZip(reason) => reason.clone(),
            ReferenceProblem::Unreadable { part, error } => format!("{part}: {error}"),
            ReferenceProblem::TooLarge { part, limit } => format!("{part} is larger than {limit} bytes"),
            ReferenceProblem::NoStyles => "it has no word/styles.xml".into(),
        }
    }
}

impl DocxError {
    /// The message in Vietnamese; the libraries' own reasons stay as technical detail.
    pub fn vi(&self) -> String {
        const REMEDY: &str = "hãy mở tệp bằng Word và lưu lại dưới dạng Word (.docx), hoặc xoá `reference.docx` để dùng các kiểu định dạng (style) có sẵn";
        match self {
            DocxError::Reference(problem) => {
                let reason = match problem {
                    ReferenceProblem::NotZip(reason) => format!("chi tiết kỹ thuật: {reason}"),
                    ReferenceProblem::Unreadable { part, error } => {
                        format!("không đọc được phần {part}; chi tiết kỹ thuật: {error}")
                    }
                    ReferenceProblem::TooLarge { part, limit } => format!("phần {part} lớn hơn {limit} byte"),
                    ReferenceProblem::NoStyles => "tệp không có phần word/styles.xml".into(),
                };
                format!("reference.docx không phải là tài liệu Word ({reason}): {REMEDY}")
            }
            DocxError::Write(error) => format!("không tạo được tài liệu Word (chi tiết kỹ thuật: {error})"),
        }
    }
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Reference(problem) => write!(f, "reference.docx is not a Word document: {}", problem.en()),
            DocxError::Write(error) => write!(f, "could not build the Word document: {error}"),
        }
    }
}

impl std::error::Error for DocxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DocxError::Reference(_) => None,
            DocxError::Write(error) => Some(error),
        }
    }
}

/// What the body asks of the other parts: hyperlink relationships and numbering
/// instances, in the order first needed.
#[derive(Debug, Default)]
pub(crate) struct Resources {
    /// Hyperlink targets; relationship `rIdLink{n}` is entry `n - 1`.
    pub links: Vec<String>,
    /// `(level, start)` of every ordered list; numbering instance `2 + i` is entry `i`.
    pub ordered_lists: Vec<(u32, u64)>,
}

impl Resources {
    /// Numbering instances below this are the bullets.
    pub const FIRST_ORDERED_LIST: u32 = 2;

    pub fn link_id(index: usize) -> String {
        format!("rIdLink{}", index + 1)
    }

    /// The numbering instance of ordered list `index`.
    pub fn ordered_list_id(index: usize) -> u32 {
        u32::try_from(index).map_or(u32::MAX, |index| index.saturating_add(Resources::FIRST_ORDERED_LIST))
    }

    /// Which ordered list numbering instance `num_id` is, if it is one.
    pub fn ordered_list_index(num_id: u32) -> Option<usize> {
        num_id
            .checked_sub(Resources::FIRST_ORDERED_LIST)
            .and_then(|index| usize::try_from(index).ok())
    }

    /// The index of the hyperlink to `target`, added if new.
    pub fn link(&mut self, target: String) -> usize {
        match self.links.iter().position(|l| *l == target) {
            Some(index) => index,
            None => {
                self.links.push(target);
                self.links.len() - 1
            }
        }
    }

    /// A new numbering instance for an ordered list starting at `start`.
    pub fn ordered_list(&mut self, level: u32, start: u64) -> u32 {
        self.ordered_lists.push((level, start));
        Resources::ordered_list_id(self.ordered_lists.len() - 1)
    }
}

/// The compiled report as a Word document (the bytes of a .docx file). With
/// `reference_docx`, that document's styles replace the built-in ones (styles the
/// report needs and it lacks are added), like pandoc's `--reference-doc`.
pub fn render(compiled: &Compiled, reference_docx: Option<&[u8]>) -> Result<Vec<u8>, DocxError> {
    let reference = match reference_docx {
        Some(bytes) => package::reference(bytes)?,
        None => package::Reference::default(),
    };
    let document = body::document(compiled);
    let contents = package::Contents {
        document,
        title: [compiled.document.r#type.as_str(), compiled.document.subject.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        creator: compiled.document.issuing_body.clone(),
        date: compiled.campaign.as_of_iso.clone(),
        custom: Vec::new(),
    };
    package::write(contents, &reference)
}
