//! One file of the submissions folder, read and checked on its own: decoding, front
//! matter, structure, appendix. Pure: bytes in, findings out.

use crate::appendix::{self, Reading};
use crate::decode::{Decoded, decode};
use crate::diagnostic::{Diagnostic, Finding, LineIndex};
use crate::excerpt::{self, Own};
use crate::front_matter::{self, FrontMatter};
use crate::markdown;
use crate::outline::Outline;
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

/// Most `|` a report may hold: each starts or ends a table cell, and a unit's report
/// needs a few hundred (its appendix: a dozen rows of four or five columns).
pub const MAX_TABLE_CELLS: usize = 50_000;

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
    let index = LineIndex::new(&text);
    // A table of empty rows is amplified a hundredfold in parsing and in every output (a
    // 15 MB file of `|||||||||` rows took 5 GB to compile): such a file is not read.
    if let Some(at) = memchr::memchr_iter(b'|', text.as_bytes()).nth(MAX_TABLE_CELLS) {
        return Report {
            readings: vec![Reading::Missing; outline.appendix.indicators.len()],
            diagnostics: vec![Diagnostic::new(
                Finding::TooManyCells { limit: MAX_TABLE_CELLS },
                index.locate(at, at + 1),
            )],
            ..Report::default()
        };
    }
    let mut diagnostics = Vec::new();
    if let Some(from) = converted_from {
        diagnostics.push(Diagnostic::whole_file(Finding::Encoding { from }));
    }
    // Body checks run even when the front matter is broken: a unit wants every problem at once.
    let top = front_matter::parse(&text, &index, outline);
    diagnostics.extend(top.diagnostics);
    let blocks = markdown::blocks(&text[top.body_start..], top.body_start);
    let structure = structure::analyze(&blocks, &text, &index, outline);
    let appendix = appendix::read(&blocks, &text, &index, &structure, outline);
    diagnostics.extend(structure.diagnostics);
    diagnostics.extend(appendix.diagnostics);
    diagnostics.sort_by_key(|d| (d.location.line, d.location.column));
    let excerpts = if excerpts {
        excerpt::cut(&text, &blocks, &structure.placed, outline)
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
