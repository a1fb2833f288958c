//! `check --format human`: rustc-style diagnostics with the offending line, then one
//! summary line.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::across::Outcome;
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::lang::Lang;

pub fn render(outcome: &Outcome, lang: Lang, color: bool, roster_known: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for file in &outcome.files {
        for diagnostic in &file.report.diagnostics {
            out.push_str(&render_one(&renderer, &file.path, diagnostic, lang));
            out.push_str("\n\n");
        }
    }
    out.push_str(&summary(outcome, lang, roster_known));
    out.push('\n');
    out
}

fn render_one(renderer: &Renderer, path: &str, diagnostic: &Diagnostic, lang: Lang) -> String {
    // File names, and messages quoting a report, are the units' own: escaped for the
    // terminal, as is the line shown (one `�` per character, so columns still hold).
    let path = &*super::terminal(path);
    let level = match diagnostic.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let message = diagnostic.finding.message(lang);
    let message = &*super::terminal(&message);
    let location = &diagnostic.location;
    let source = super::terminal_line(&location.source);
    let title = level.primary_title(message).id(diagnostic.finding.code().id());
    if let Some(locator) = &location.locator {
        // A Word file: where in the document (paragraph or cell, under which heading)
        // and the text quoted, as the converted text's lines mean nothing to its author.
        let title = renderer.render(&[Group::with_title(title)]).to_string();
        let mut place = locator.place.describe(lang);
        if let Some(heading) = &locator.heading {
            place.push_str(&match lang {
                Lang::Vi => format!(" (trong mục “{}”)", super::terminal(heading)),
                Lang::En => format!(" (under “{}”)", super::terminal(heading)),
            });
        }
        let mut out = format!("{title}\n  --> {path}: {place}");
        if !locator.quote.is_empty() {
            out.push_str(&format!("\n   | {}", super::terminal_line(&locator.quote)));
        }
        return out;
    }
    if location.source.is_empty() {
        // A finding about the whole file has no line to show: the title and where, laid
        // out as the snippets are.
        let title = renderer.render(&[Group::with_title(title)]).to_string();
        return format!("{title}\n  --> {path}:{}:{}", location.line, location.column);
    }
    let start: usize = source.chars().take(location.column - 1).map(char::len_utf8).sum();
    let len: usize = source[start..].chars().take(location.width).map(char::len_utf8).sum();
    let snippet = Snippet::source(&*source)
        .line_start(location.line)
        .path(path)
        .annotation(AnnotationKind::Primary.span(start..start + len.max(1).min(source.len() - start)));
    renderer.render(&[title.element(snippet)]).to_string()
}

pub fn summary(outcome: &Outcome, lang: Lang, roster_known: bool) -> String {
    let files = outcome.files.len();
    let errors = outcome.count(Severity::Error);
    let warnings = outcome.count(Severity::Warning);
    let mut line = match lang {
        Lang::Vi => format!("Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo."),
        Lang::En => format!(
            "Checked {}: {}, {}.",
            english_count(files, "file"),
            english_count(errors, "error"),
            english_count(warnings, "warning")
        ),
    };
    let late = outcome
        .files
        .iter()
        .filter(|f| f.late_days.is_some_and(|d| d > 0))
        .count();
    if late > 0 {
        let _ = match lang {
            Lang::Vi => write!(line, " Nộp muộn: {late} tệp."),
            Lang::En if late == 1 => write!(line, " Late: 1 file."),
            Lang::En => write!(line, " Late: {late} files."),
        };
    }
    if !outcome.missing_units.is_empty() {
        let list = super::terminal(&outcome.missing_units.join(", ")).into_owned();
        let _ = match lang {
            Lang::Vi => write!(line, " Chưa có báo cáo: {list}."),
            Lang::En => write!(line, " No report from: {list}."),
        };
    }
    if !outcome.rejected_units.is_empty() {
        let list = outcome
            .rejected_units
            .iter()
            .map(|u| format!("{} ({})", u.code, u.path))
            .collect::<Vec<_>>()
            .join(", ");
        let list = super::terminal(&list).into_owned();
        let _ = match lang {
            Lang::Vi => write!(line, " Bị loại, không tính được: {list}."),
            Lang::En => write!(line, " Rejected, not counted: {list}."),
        };
    }
    if !roster_known {
        line.push_str(lang.pick(
            " Không có danh sách đơn vị (units.yaml): bỏ qua kiểm tra mã và tên đơn vị.",
            " No roster (units.yaml): unit codes and names are not checked.",
        ));
    }
    line
}

/// `1 file`, `2 files`, `0 files`.
pub fn english_count(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
