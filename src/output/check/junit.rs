//! `check --format junit`: one test case per unit (passing ones too), for CI systems that
//! show JUnit reports. Files that cannot be tied to a unit are cases of their own.

use std::fmt::Write as _;

use crate::across::Outcome;
use crate::diagnostic::Severity;
use crate::read::xml::escape;
use crate::text::lang::Lang;

pub fn render(outcome: &Outcome, lang: Lang) -> String {
    let failures = outcome.files.iter().filter(|f| f.count(Severity::Error) > 0).count() + outcome.missing_units.len();
    let tests = outcome.files.len() + outcome.missing_units.len();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"baocao\" tests=\"{tests}\" failures=\"{failures}\">\n  <testsuite name=\"baocao check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">"
    );
    for file in &outcome.files {
        // Names and fields are the units' own, and JUnit output is often printed to a CI
        // log: no line end or control character of theirs goes through as it is.
        let path = super::terminal(&file.path);
        let name = match &file.unit_code {
            Some(code) => format!("{} ({path})", super::terminal(code)),
            None => path.clone().into_owned(),
        };
        let _ = write!(
            out,
            "    <testcase classname=\"baocao.check\" name=\"{}\" file=\"{}\"",
            escape(&name),
            escape(&path)
        );
        let lines: Vec<String> = file
            .report
            .diagnostics
            .iter()
            .map(|d| match &d.location.locator {
                // A Word file: its place, not the line of the converted text.
                Some(locator) => format!(
                    "{}: {}: {}[{}]: {}",
                    file.path,
                    super::terminal(&locator.describe(lang)),
                    d.severity().as_str(),
                    d.finding.code().id(),
                    super::terminal(&d.finding.message(lang))
                ),
                None => format!(
                    "{}:{}:{}: {}[{}]: {}",
                    path,
                    d.location.line,
                    d.location.column,
                    d.severity().as_str(),
                    d.finding.code().id(),
                    super::terminal(&d.finding.message(lang))
                ),
            })
            .collect();
        let errors = file.count(Severity::Error);
        if lines.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        if errors > 0 {
            let message = match lang {
                Lang::Vi => format!("{errors} lỗi"),
                Lang::En => format!("{errors} error(s)"),
            };
            let _ = writeln!(
                out,
                "      <failure message=\"{}\" type=\"error\">{}</failure>",
                escape(&message),
                escape(&lines.join("\n"))
            );
        } else {
            let _ = writeln!(out, "      <system-out>{}</system-out>", escape(&lines.join("\n")));
        }
        out.push_str("    </testcase>\n");
    }
    for code in &outcome.missing_units {
        let message = lang.pick("chưa có báo cáo", "no report");
        let _ = writeln!(
            out,
            "    <testcase classname=\"baocao.check\" name=\"{}\">\n      <failure message=\"{message}\" type=\"missing\"/>\n    </testcase>",
            escape(&super::terminal(code))
        );
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
