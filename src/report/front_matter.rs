//! The YAML block at the top of a report: who wrote it, when, and when it was sent.
//! Split by hand (pulldown-cmark's metadata option also fires mid-document), then read
//! field by field so that every bad field gets its own located diagnostic.

// foldhash: a few keys hashed per report; SipHash cost more than looking them up.
use foldhash::{HashMap, HashMapExt};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::campaign::outline::Outline;
use crate::diagnostic::{Diagnostic, FieldProblem, Finding, LineIndex, Location};
use crate::text::date::{Moment, parse_date};
use crate::text::yaml::{self, Scalar};

/// A text field and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub value: String,
    pub location: Location,
}

/// The typed front matter; a field that is absent or invalid is `None`.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    pub present: bool,
    pub unit: Option<Field>,
    pub unit_code: Option<Field>,
    pub category: Option<Field>,
    pub date: Option<Date>,
    pub submitted: Option<Moment>,
    /// Where `submitted` was written: a late report is flagged there.
    pub submitted_location: Option<Location>,
    /// Where `date` was written: a report late by its date alone is flagged there.
    pub date_location: Option<Location>,
    pub doc_number: Option<String>,
    pub signer: Option<String>,
    pub signer_title: Option<String>,
    /// `submitted` as written, for the metadata shown by `check --format json`.
    pub submitted_text: Option<String>,
    /// The line of each known key that has a value.
    pub key_lines: Vec<(String, usize)>,
}

/// The result of reading the top of a report: the front matter, its diagnostics, and
/// the byte offset where the Markdown body starts.
pub struct Parsed {
    pub front_matter: FrontMatter,
    pub diagnostics: Vec<Diagnostic>,
    pub body_start: usize,
}

const REQUIRED: [&str; 4] = ["unit", "unit_code", "category", "date"];

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Reads the front matter of `text` (BOM already removed).
pub fn parse(text: &str, index: &LineIndex, outline: &Outline) -> Parsed {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if !is_fence(&text[..first_line_end]) {
        return Parsed {
            front_matter: FrontMatter::default(),
            diagnostics: vec![Diagnostic::new(Finding::FrontMatterMissing, index.locate_line(1))],
            body_start: 0,
        };
    }
    let yaml_start = first_line_end;
    let mut offset = yaml_start;
    let mut closing = None;
    for line in text[yaml_start..].split_inclusive('\n') {
        if is_fence(line) || line.trim_end() == "..." {
            closing = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((yaml_end, body_start)) = closing else {
        let finding = Finding::FrontMatterInvalid { error: None };
        return Parsed {
            front_matter: FrontMatter {
                present: true,
                ..FrontMatter::default()
            },
            diagnostics: vec![Diagnostic::new(finding, index.locate_line(1))],
            body_start: yaml_start,
        };
    };
    let yaml_text = &text[yaml_start..yaml_end];
    let first_yaml_line = index.line_number(yaml_start);
    let mut parsed = Parsed {
        front_matter: FrontMatter {
            present: true,
            ..FrontMatter::default()
        },
        diagnostics: Vec::new(),
        body_start,
    };
    let entries = match yaml::mapping(yaml_text) {
        Ok(entries) => entries,
        Err(error) => {
            let mut location = index.locate_line(first_yaml_line + error.line - 1);
            location.column = error.column.max(1);
            parsed.diagnostics.push(Diagnostic::new(
                Finding::FrontMatterInvalid {
                    error: Some(error.message),
                },
                location,
            ));
            return parsed;
        }
    };
    // The line of each top-level key, found in one pass: a search per key would make a
    // front matter of many keys take quadratic time.
    let mut key_lines: HashMap<&str, usize> = HashMap::new();
    for (i, line) in yaml_text.lines().enumerate() {
        if let Some((key, _)) = line.split_once(':')
            && !key.starts_with(char::is_whitespace)
        {
            key_lines.entry(key.trim_end()).or_insert(first_yaml_line + i);
        }
    }
    let field_location = |key: &str| -> Location { index.locate_line(key_lines.get(key).copied().unwrap_or(1)) };
    let fm = &mut parsed.front_matter;
    let diagnostics = &mut parsed.diagnostics;
    for required in REQUIRED {
        if !entries.iter().any(|(k, v)| k == required && *v != Scalar::Null) {
            let finding = Finding::FieldMissing { field: required.into() };
            let location = if entries.iter().any(|(k, _)| k == required) {
                field_location(required)
            } else {
                index.locate_line(1)
            };
            diagnostics.push(Diagnostic::new(finding, location));
        }
    }
    let zone: &TimeZone = &outline.time_zone;
    for (key, value) in &entries {
        let value = match value {
            Scalar::Null => continue,
            Scalar::Nested => {
                let finding = Finding::FieldInvalid {
                    field: key.clone(),
                    value: "…".into(),
                    problem: FieldProblem::NotText,
                };
                diagnostics.push(Diagnostic::new(finding, field_location(key)));
                continue;
            }
            Scalar::Text(text) => text.trim().to_owned(),
        };
        // Placed only where it is kept or reported: the signer's fields and the unit's own
        // keys need no place.
        let location = || field_location(key);
        if let Some(&line) = key_lines.get(key.as_str()) {
            fm.key_lines.push((key.clone(), line));
        }
        let invalid = |problem| Finding::FieldInvalid {
            field: key.clone(),
            value: value.clone(),
            problem,
        };
        let field = || {
            Some(Field {
                value: value.clone(),
                location: location(),
            })
        };
        let problem = match key.as_str() {
            "unit" | "unit_code" if value.is_empty() => Some(invalid(FieldProblem::Empty)),
            "unit" => {
                fm.unit = field();
                None
            }
            "unit_code" => {
                fm.unit_code = field();
                None
            }
            "category" if outline.category(&value).is_none() => Some(invalid(FieldProblem::UnknownCategory {
                known: outline.categories.iter().map(|c| c.id.clone()).collect(),
            })),
            "category" => {
                fm.category = field();
                None
            }
            "date" => match parse_date(&value) {
                Some(date) => {
                    fm.date = Some(date);
                    fm.date_location = Some(location());
                    None
                }
                None => Some(invalid(FieldProblem::BadDate)),
            },
            "submitted" => match Moment::parse(&value, zone) {
                Some(moment) => {
                    fm.submitted = Some(moment);
                    fm.submitted_text = Some(value.clone());
                    fm.submitted_location = Some(location());
                    None
                }
                None => Some(invalid(FieldProblem::BadMoment)),
            },
            "doc_number" => {
                fm.doc_number = Some(value.clone());
                None
            }
            "signer" => {
                fm.signer = Some(value.clone());
                None
            }
            "signer_title" => {
                fm.signer_title = Some(value.clone());
                None
            }
            // Other keys are the unit's own business.
            _ => None,
        };
        if let Some(finding) = problem {
            diagnostics.push(Diagnostic::new(finding, location()));
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Parsed {
        parse(text, &LineIndex::new(text), &Outline::builtin())
    }

    fn codes(parsed: &Parsed) -> Vec<(&'static str, usize)> {
        parsed
            .diagnostics
            .iter()
            .map(|d| (d.finding.code().id(), d.location.line))
            .collect()
    }

    #[test]
    fn complete_front_matter() {
        let text = "---\nunit: Sở Nội vụ\nunit_code: SNV\ncategory: so-nganh\ndate: 15/4/2026\nsubmitted: 2026-04-16T09:00:00+07:00\n---\n# Body\n";
        let parsed = read(text);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        assert_eq!(
            parsed.front_matter.unit_code.as_ref().map(|f| f.value.as_str()),
            Some("SNV")
        );
        assert_eq!(parsed.front_matter.date, Some(jiff::civil::date(2026, 4, 15)));
        assert_eq!(&text[parsed.body_start..], "# Body\n");
    }

    #[test]
    fn missing_and_invalid_fields_are_located() {
        let text = "---\nunit: X\nunit_code: X1\ndate: 30/2/2026\ncategory: nowhere\n---\n";
        assert_eq!(codes(&read(text)), [("field-invalid", 4), ("field-invalid", 5)]);
        let text = "---\nunit: X\n---\n";
        assert_eq!(
            codes(&read(text)),
            [("field-missing", 1), ("field-missing", 1), ("field-missing", 1)]
        );
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let text = "---\nunit: X\nunit_code: [oops\ncategory: so-nganh\n---\nbody\n";
        let parsed = read(text);
        assert_eq!(parsed.diagnostics[0].finding.code().id(), "front-matter-invalid");
        assert!(parsed.diagnostics[0].location.line >= 3);
    }

    #[test]
    fn no_front_matter() {
        assert_eq!(codes(&read("# Báo cáo\n")), [("front-matter-missing", 1)]);
        assert_eq!(codes(&read("")), [("front-matter-missing", 1)]);
        assert_eq!(codes(&read("---\nunit: X\n")), [("front-matter-invalid", 1)]);
    }

    #[test]
    fn many_keys_are_located_in_linear_time() {
        let mut text = String::from("---\n");
        for i in 0..50_000 {
            text.push_str(&format!("k{i}: v\n"));
        }
        text.push_str("date: 31/2/2026\n---\n");
        let started = std::time::Instant::now();
        let parsed = read(&text);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        let bad_date = parsed
            .diagnostics
            .iter()
            .find(|d| d.finding.code().id() == "field-invalid")
            .expect("bad date flagged");
        assert_eq!(bad_date.location.line, 50_002);
    }

    #[test]
    fn keys_are_located_on_their_own_line() {
        let text = "---\nunit_code: A\nunit:\ncategory : nowhere\ndate: 2026-04-01\n---\n";
        assert_eq!(codes(&read(text)), [("field-missing", 3), ("field-invalid", 4)]);
    }

    #[test]
    fn crlf_front_matter() {
        let text = "---\r\nunit: X\r\nunit_code: X1\r\ncategory: so-nganh\r\ndate: 2026-04-01\r\n---\r\nbody";
        let parsed = read(text);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        assert_eq!(&text[parsed.body_start..], "body");
    }
}
