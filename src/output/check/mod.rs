//! How `check` results are written out: for people (`human`), programs (`json`), and CI
//! systems (`github`, `sarif`, `junit`).

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use std::borrow::Cow;

/// Whether a character must not reach a terminal or a CI log as it is: control
/// characters (ESC starts a terminal escape sequence, a line end a new line of the log)
/// and the bidirectional overrides that make text read other than it is.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// A user-controlled string (a file name, a message quoting a report) for a terminal or
/// a log: every unsafe character shown escaped (`\u{1b}`, `\n`), so none acts.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A line of a report for a terminal, each unsafe character replaced by one `�` so
/// columns still point where they did.
pub fn terminal_line(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_unsafe) {
        Cow::Owned(
            text.chars()
                .map(|c| if is_unsafe(c) { '\u{FFFD}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// A user-controlled string as the text of a Markdown table cell (the GitHub job
/// summary): shown as written, never as Markdown or HTML. Characters that are markup
/// become character references; `|` (which ends a cell even so) is escaped.
pub fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in terminal(text).chars() {
        match c {
            '|' => out.push_str("\\|"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '`' | '*' | '_' | '[' | ']' | '\\' | '#' | '!' | '~' | '"' | '\'' | '$' => {
                out.push_str(&format!("&#{};", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out
}

/// Output for the workflow-command stream of a GitHub runner, which acts on any line that
/// starts (after spaces) with `::` or `##[`: such a line that is not one of ours is moved
/// off the start.
pub fn no_workflow_commands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let start = line.trim_start();
        if start.starts_with("::") || start.starts_with("##[") {
            out.push_str("» ");
        }
        out.push_str(line);
    }
    out
}
