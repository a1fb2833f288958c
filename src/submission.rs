//! One file of the submissions folder, read and checked on its own: decoding, front
//! matter, structure, appendix. Pure: bytes in, findings out.

use crate::appendix::{self, Reading};
use crate::decode::{Decoded, decode};
use crate::diagnostic::{Diagnostic, Finding, LineIndex, NeedsDocxProblem, Severity};
use crate::excerpt::{self, Own};
use crate::front_matter::{self, FrontMatter};
use crate::markdown;
use crate::outline::Outline;
use crate::read::{self, Format};
use crate::structure::{self, Placed};

/// A report as far as one file can tell.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub front_matter: FrontMatter,
    /// Sections found, in document order.
    pub placed: Vec<Placed>,
    /// Appendix readings in indicator order (all `Missing` for a file that is not text).
    pub readings: Vec<Reading>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the report says under each outline section, cut only when the caller makes a
    /// compiled report; empty otherwise, and for a file that is not text.
    pub excerpts: Vec<Own>,
}

/// Reads one report, and with `excerpts` cuts what it says under each section (`compile`).
/// The text itself is never kept: memory grows with the diagnostics, and for `compile` with
/// the excerpts, not with the files read.
pub fn analyze(bytes: &[u8], outline: &Outline, excerpts: bool) -> Report {
    let (text, converted_from) = match decode(bytes) {
        Decoded::Text { text, converted_from } => (text, converted_from),
        Decoded::Binary => {
            return Report {
                readings: vec![Reading::Missing; outline.appendix.indicators.len()],
                diagnostics: vec![Diagnostic::whole_file(Finding::NotText)],
                ..Report::default()
            };
        }
    };
    let mut diagnostics = Vec::new();
    if let Some(from) = converted_from {
        diagnostics.push(Diagnostic::whole_file(Finding::Encoding { from }));
    }
    analyze_text(&text, diagnostics, outline, excerpts)
}

/// Reads a Word document: converted to Markdown by [`read::docx`], analysed as any
/// report, each finding then given the Word place of the line it was found on.
pub fn analyze_docx(bytes: &[u8], outline: &Outline, excerpts: bool) -> Report {
    let converted = read::docx::read(bytes);
    if converted.notes.iter().any(|d| d.severity() == Severity::Error) {
        return Report {
            readings: vec![Reading::Missing; outline.appendix.indicators.len()],
            diagnostics: converted.notes,
            ..Report::default()
        };
    }
    let mut report = analyze_text(&converted.text, Vec::new(), outline, excerpts);
    let locate = |location: &mut crate::diagnostic::Location| {
        location.locator = converted.locator(location.line, location.column).map(Box::new);
    };
    report.diagnostics.iter_mut().for_each(|d| locate(&mut d.location));
    // The cross-file checks place their findings where these fields were written.
    let fm = &mut report.front_matter;
    for field in [&mut fm.unit, &mut fm.unit_code, &mut fm.category]
        .into_iter()
        .flatten()
    {
        locate(&mut field.location);
    }
    if let Some(location) = &mut fm.submitted_location {
        locate(location);
    }
    let mut diagnostics = converted.notes;
    diagnostics.append(&mut report.diagnostics);
    report.diagnostics = diagnostics;
    report
}

/// Reads a report of `format`, its bytes already read.
pub fn analyze_as(format: Format, bytes: &[u8], outline: &Outline, excerpts: bool) -> Report {
    match format {
        Format::Docx => analyze_docx(bytes, outline, excerpts),
        Format::Markdown => analyze(bytes, outline, excerpts),
        Format::Pdf | Format::Convertible(_) => {
            let (format, problem) = match format {
                Format::Convertible(from) => (from, NeedsDocxProblem::NoLibreOffice),
                _ => ("pdf", NeedsDocxProblem::Pdf),
            };
            Report {
                readings: vec![Reading::Missing; outline.appendix.indicators.len()],
                diagnostics: vec![Diagnostic::whole_file(Finding::NeedsDocx {
                    format: format.to_owned(),
                    problem,
                })],
                ..Report::default()
            }
        }
    }
}

/// The checks of one report's text (front matter, structure, appendix, excerpts), after
/// the findings of reading it.
fn analyze_text(text: &str, mut diagnostics: Vec<Diagnostic>, outline: &Outline, excerpts: bool) -> Report {
    let index = LineIndex::new(text);
    // Body checks run even when the front matter is broken: a unit wants every problem at once.
    let top = front_matter::parse(text, &index, outline);
    diagnostics.extend(top.diagnostics);
    let blocks = markdown::blocks(&text[top.body_start..], top.body_start);
    let structure = structure::analyze(&blocks, text, &index, outline);
    let appendix = appendix::read(&blocks, text, &index, &structure, outline);
    diagnostics.extend(structure.diagnostics);
    diagnostics.extend(appendix.diagnostics);
    diagnostics.sort_by_key(|d| (d.location.line, d.location.column));
    let excerpts = if excerpts {
        excerpt::cut(text, &blocks, &structure.placed, outline)
    } else {
        Vec::new()
    };
    Report {
        front_matter: top.front_matter,
        placed: structure.placed,
        readings: appendix.readings,
        diagnostics,
        excerpts,
    }
}
