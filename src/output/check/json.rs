//! `check --format json`: the documented shape, stable for scripts.

use rayon::prelude::*;
use serde::Serialize;

use crate::across::Outcome;
use crate::diagnostic::{self, Place, Severity};
use crate::report::header::Sourced;
use crate::text::lang::Lang;

#[derive(Serialize)]
struct Output<'a> {
    /// Always empty here: the files are written in parallel and put in its place.
    files: Vec<File<'a>>,
    missing_units: &'a [String],
    rejected_units: Vec<RejectedUnit<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct RejectedUnit<'a> {
    code: &'a str,
    path: &'a str,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    unit_code: Option<&'a str>,
    submitted: Option<String>,
    late_days: Option<i64>,
    /// The report a companion file goes with (a cover letter, the appendix on its own);
    /// absent for every other file.
    #[serde(skip_serializing_if = "Option::is_none")]
    companion_of: Option<&'a str>,
    /// Every metadata value known, with where it came from: `{"unit_code": {"value":
    /// "X004", "source": "header", "line": 2}}`.
    metadata: Metadata<'a>,
    diagnostics: Vec<Item<'a>>,
}

/// A report's metadata fields, in their order, as one object: written straight from the
/// report, not through a JSON value built for each and dropped once written. `Metadata::set`
/// keeps each field once.
struct Metadata<'a>(&'a [Sourced]);

#[derive(Serialize)]
struct Field<'a> {
    value: &'a str,
    source: &'static str,
    line: Option<usize>,
}

impl Serialize for Metadata<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|f| {
            let field = Field {
                value: &f.value,
                source: f.source.as_str(),
                line: f.line,
            };
            (f.field, field)
        }))
    }
}

#[derive(Serialize)]
struct Item<'a> {
    code: &'static str,
    severity: &'static str,
    line: usize,
    column: usize,
    section: Option<&'a str>,
    field: Option<&'a str>,
    indicator: Option<&'a str>,
    message: String,
    /// Only for a file converted on reading (Word): where the finding is in the original,
    /// `line` and `column` then naming the converted text.
    #[serde(skip_serializing_if = "Option::is_none")]
    locator: Option<Locator<'a>>,
}

/// A place in a Word document; `kind` says which of the numbers it carries.
#[derive(Serialize)]
struct Locator<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraph: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    table: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    row: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    footnote: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    property: Option<&'a str>,
    heading: Option<&'a str>,
    text: &'a str,
    /// The place as a person reads it, in the output's language (`đoạn 12`).
    description: String,
}

fn locator(locator: &diagnostic::Locator, lang: Lang) -> Locator<'_> {
    let mut out = Locator {
        kind: locator.place.kind(),
        paragraph: None,
        table: None,
        row: None,
        column: None,
        footnote: None,
        property: None,
        heading: locator.heading.as_deref(),
        text: &locator.quote,
        description: locator.place.describe(lang),
    };
    match &locator.place {
        Place::Paragraph(n) | Place::TextBox { paragraph: n } => out.paragraph = Some(*n),
        Place::Cell { table, row, column } => {
            out.table = Some(*table);
            out.row = Some(*row);
            out.column = Some(*column);
        }
        Place::Footnote(n) => out.footnote = Some(*n),
        Place::Property(name) => out.property = Some(name),
        Place::PageHeader => {}
    }
    out
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
}

pub fn render(outcome: &Outcome, lang: Lang) -> String {
    // Each file is written out in parallel, as `to_string_pretty` would write it inside
    // the document: every line of it indented by the two levels it sits at.
    let files: Vec<String> = outcome
        .files
        .par_iter()
        .map(|file| File {
            path: &file.path,
            unit_code: file.unit_code.as_deref(),
            submitted: file.submitted.map(|d| d.to_string()),
            late_days: file.late_days,
            companion_of: file.companion.as_ref().map(|c| c.report.as_str()),
            metadata: Metadata(&file.report.metadata.fields),
            diagnostics: file
                .report
                .diagnostics
                .iter()
                .map(|d| Item {
                    code: d.finding.code().id(),
                    severity: d.severity().as_str(),
                    line: d.location.line,
                    column: d.location.column,
                    section: d.finding.section(),
                    field: d.finding.field(),
                    indicator: d.finding.indicator(),
                    message: d.finding.message(lang),
                    locator: d.location.locator.as_deref().map(|l| locator(l, lang)),
                })
                .collect(),
        })
        .map(|file| {
            let text = serde_json::to_string_pretty(&file).unwrap_or_default();
            let mut indented = String::with_capacity(text.len() + text.len() / 8);
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    indented.push('\n');
                }
                indented.push_str(FILE_INDENT);
                indented.push_str(line);
            }
            indented
        })
        .collect();
    let output = Output {
        files: Vec::new(),
        missing_units: &outcome.missing_units,
        rejected_units: outcome
            .rejected_units
            .iter()
            .map(|u| RejectedUnit {
                code: &u.code,
                path: &u.path,
            })
            .collect(),
        summary: Summary {
            files: outcome.files.len(),
            errors: outcome.count(Severity::Error),
            warnings: outcome.count(Severity::Warning),
        },
    };
    let rest = serde_json::to_string_pretty(&output).unwrap_or_default();
    let mut text = String::with_capacity(files.iter().map(|f| f.len() + 2).sum::<usize>() + rest.len() + 16);
    // `"files": []` is the document's first member: the files go between its brackets.
    match rest.split_once(EMPTY_FILES) {
        Some((head, tail)) if !files.is_empty() => {
            text.push_str(head);
            text.push_str("\"files\": [\n");
            // Copied into place once, not joined first: a national run writes megabytes.
            for (i, file) in files.iter().enumerate() {
                if i > 0 {
                    text.push_str(",\n");
                }
                text.push_str(file);
            }
            text.push_str("\n  ]");
            text.push_str(tail);
        }
        _ => text.push_str(&rest),
    }
    text.push('\n');
    text
}

/// A file's place in the document: an element of the top level's `files` array.
const FILE_INDENT: &str = "    ";
const EMPTY_FILES: &str = "\"files\": []";
