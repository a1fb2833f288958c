//! `check --format github`: workflow-command annotations for GitHub Actions, then the full
//! human report (GitHub shows only ten annotations per step), and a Markdown summary
//! table for `$GITHUB_STEP_SUMMARY`.

use std::fmt::Write as _;

use crate::across::Outcome;
use crate::diagnostic::Severity;
use crate::text::lang::Lang;

/// Escapes the message part of a workflow command.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`): also `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The annotations, one line per diagnostic.
pub fn annotations(outcome: &Outcome, lang: Lang) -> String {
    let mut out = String::new();
    for file in &outcome.files {
        for d in &file.report.diagnostics {
            let command = match d.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "notice",
            };
            if let Some(locator) = &d.location.locator {
                // A Word file has no lines to point at: the place and quote lead the message.
                let _ = writeln!(
                    out,
                    "::{command} file={},title={}::{} — {}",
                    escape_property(&file.path),
                    escape_property(d.finding.code().id()),
                    escape_data(&locator.describe(lang)),
                    escape_data(&d.finding.message(lang)),
                );
                continue;
            }
            let _ = writeln!(
                out,
                "::{command} file={},line={},col={},title={}::{}",
                escape_property(&super::terminal(&file.path)),
                d.location.line,
                d.location.column,
                escape_property(d.finding.code().id()),
                escape_data(&super::terminal(&d.finding.message(lang))),
            );
        }
    }
    out
}

/// A Markdown table of every file, for the job summary page.
pub fn step_summary(outcome: &Outcome, lang: Lang) -> String {
    let mut out = String::new();
    let (title, file, unit, errors, warnings, late) = match lang {
        Lang::Vi => ("Kiểm tra báo cáo", "Tệp", "Đơn vị", "Lỗi", "Cảnh báo", "Ngày muộn"),
        Lang::En => ("Report check", "File", "Unit", "Errors", "Warnings", "Days late"),
    };
    let _ = writeln!(out, "### {title}\n");
    let _ = writeln!(out, "| {file} | {unit} | {errors} | {warnings} | {late} |");
    out.push_str("|---|---|---:|---:|---:|\n");
    for f in &outcome.files {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            crate::output::template::code_span_of(&super::terminal(&f.path)).replace('|', "\\|"),
            f.unit_code
                .as_deref()
                .map_or_else(|| "—".to_owned(), super::markdown_cell),
            f.count(Severity::Error),
            f.count(Severity::Warning),
            f.late_days.filter(|d| *d > 0).map_or(String::new(), |d| d.to_string()),
        );
    }
    if !outcome.missing_units.is_empty() {
        let label = lang.pick("Chưa có báo cáo", "No report from");
        let _ = writeln!(
            out,
            "\n{label}: {}",
            super::markdown_cell(&outcome.missing_units.join(", "))
        );
    }
    if !outcome.rejected_units.is_empty() {
        let label = lang.pick("Bị loại, không tính được", "Rejected, not counted");
        let list: Vec<String> = outcome
            .rejected_units
            .iter()
            .map(|u| format!("{} ({})", u.code, u.path))
            .collect();
        let _ = writeln!(out, "\n{label}: {}", super::markdown_cell(&list.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        assert_eq!(escape_data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
