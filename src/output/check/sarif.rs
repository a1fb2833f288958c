//! `check --format sarif`: SARIF 2.1.0 for code-scanning tools, one rule per code.

use serde_json::{Value, json};

use crate::across::Outcome;
use crate::diagnostic::codes::CODES;
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::lang::Lang;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A stable fingerprint of a finding: its code, file, key and the text of its line, so a
/// result keeps its identity when lines are added above it. FNV-1a, 64 bits.
fn fingerprint(path: &str, diagnostic: &Diagnostic) -> String {
    let finding = &diagnostic.finding;
    let key = finding
        .section()
        .or(finding.field())
        .or(finding.indicator())
        .unwrap_or("");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let source = match &diagnostic.location.locator {
        Some(locator) => locator.quote.trim(),
        None => diagnostic.location.source.trim(),
    };
    for part in [finding.code().id(), path, key, source] {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// A path as an RFC 3986 URI reference: every byte but the unreserved ones and `/`
/// percent-encoded, so a space, `#`, `?`, `%` or a line end in a file name stays part of
/// the path (a `#` would start a fragment, a `:` in the first segment a scheme).
pub fn uri_reference(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

pub fn render(outcome: &Outcome, lang: Lang) -> String {
    // One rule per code, in the table's order: a code's discriminant is its rule's index.
    let rules: Vec<Value> = CODES
        .iter()
        .map(|facts| {
            json!({
                "id": facts.id,
                "name": facts.id,
                "shortDescription": { "text": facts.description },
                "defaultConfiguration": { "level": level(facts.severity) },
            })
        })
        .collect();
    let results: Vec<Value> = outcome
        .files
        .iter()
        .flat_map(|file| file.report.diagnostics.iter().map(move |d| (file, d)))
        .map(|(file, d)| {
            let index = d.finding.code() as usize;
            let code = d.finding.code().id();
            if let Some(locator) = &d.location.locator {
                // A Word file has no lines: the place goes in a logical location and in
                // the message, the quote in the properties.
                return json!({
                    "ruleId": code,
                    "ruleIndex": index,
                    "level": level(d.severity()),
                    "message": { "text": format!("{} — {}", locator.describe(lang), d.finding.message(lang)) },
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": { "uri": file.path },
                        },
                        "logicalLocations": [{
                            "name": locator.place.describe(lang),
                            "kind": locator.place.kind(),
                        }],
                    }],
                    "partialFingerprints": { "baocao/v1": fingerprint(&file.path, d) },
                    "properties": {
                        "locator": locator.place.kind(),
                        "heading": locator.heading,
                        "text": locator.quote,
                    },
                });
            }
            json!({
                "ruleId": code,
                "ruleIndex": index,
                "level": level(d.severity()),
                "message": { "text": d.finding.message(lang) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri_reference(&file.path) },
                        "region": { "startLine": d.location.line, "startColumn": d.location.column },
                    }
                }],
                "partialFingerprints": { "baocao/v1": fingerprint(&file.path, d) },
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "baocao",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://github.com/baocao/baocao",
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}
