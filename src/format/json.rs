//! `check --format json`: the documented shape, stable for scripts.

use serde::Serialize;

use crate::check::Outcome;
use crate::diagnostic::Severity;
use crate::lang::Lang;

#[derive(Serialize)]
struct Output<'a> {
    files: Vec<File<'a>>,
    missing_units: &'a [String],
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    unit_code: Option<&'a str>,
    submitted: Option<String>,
    late_days: Option<i64>,
    /// Every metadata value known, with where it came from: `{"unit_code": {"value":
    /// "X004", "source": "header", "line": 2}}`.
    metadata: serde_json::Map<String, serde_json::Value>,
    diagnostics: Vec<Item<'a>>,
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
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
}

pub fn render(outcome: &Outcome, lang: Lang) -> String {
    let files = outcome
        .files
        .iter()
        .map(|file| File {
            path: &file.path,
            unit_code: file.unit_code.as_deref(),
            submitted: file.submitted.map(|d| d.to_string()),
            late_days: file.late_days,
            metadata: file
                .report
                .metadata
                .fields
                .iter()
                .map(|f| {
                    let value = serde_json::json!({ "value": f.value, "source": f.source.as_str(), "line": f.line });
                    (f.field.to_owned(), value)
                })
                .collect(),
            diagnostics: file
                .report
                .diagnostics
                .iter()
                .map(|d| Item {
                    code: d.finding.code(),
                    severity: d.severity().as_str(),
                    line: d.location.line,
                    column: d.location.column,
                    section: d.finding.section(),
                    field: d.finding.field(),
                    indicator: d.finding.indicator(),
                    message: d.finding.message(lang),
                })
                .collect(),
        })
        .collect();
    let output = Output {
        files,
        missing_units: &outcome.missing_units,
        summary: Summary {
            files: outcome.files.len(),
            errors: outcome.count(Severity::Error),
            warnings: outcome.count(Severity::Warning),
        },
    };
    let mut text = serde_json::to_string_pretty(&output).unwrap_or_default();
    text.push('\n');
    text
}
