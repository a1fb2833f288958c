//! A generated province: ~150 reports with every variation of issue 2, checked file by
//! file against the generator's own expectations.

use std::fmt::Write as _;

use crate::support;
use crate::support::corpus::{self, APPENDIX_TAGS, REQUIRED_TAGS};

const SEED: u64 = 0x00B4_0CA0_2026_0419;

#[test]
fn generated_corpus_gives_exactly_the_expected_diagnostics() {
    let corpus = corpus::generate(SEED);
    let missing_tags: Vec<&&str> = REQUIRED_TAGS
        .iter()
        .chain(APPENDIX_TAGS)
        .filter(|t| !corpus.tags.contains(**t))
        .collect();
    assert!(missing_tags.is_empty(), "the seed does not cover: {missing_tags:?}");
    let reports = corpus
        .expected
        .iter()
        .filter(|f| f.path.ends_with(".md") || f.path.ends_with(".markdown"))
        .count();
    assert!(reports >= 145, "{reports} reports");
    let codes: std::collections::BTreeSet<&str> = corpus
        .expected
        .iter()
        .flat_map(|f| f.diagnostics.iter().map(|d| d.code))
        .collect();
    for code in CODES {
        assert!(codes.contains(code), "the seed never expects `{code}`");
    }

    let scratch = corpus.scratch();
    // To look at the corpus: BAOCAO_CORPUS_DIR=/some/folder cargo test --test check corpus
    if let Ok(keep) = std::env::var("BAOCAO_CORPUS_DIR") {
        support::copy_dir(scratch.path(), std::path::Path::new(&keep));
    }
    let (run, json) = scratch.check_json("dot", &["nop"]);

    let mut problems = String::new();
    let files = json["files"].as_array().expect("files");
    let got_paths = support::paths(&json);
    let want_paths: Vec<&str> = corpus.expected.iter().map(|f| f.path.as_str()).collect();
    if got_paths != want_paths {
        let _ = writeln!(problems, "files differ:\n  got  {got_paths:?}\n  want {want_paths:?}");
    }
    let (mut errors, mut warnings) = (0, 0);
    for want in &corpus.expected {
        for d in &want.diagnostics {
            // Notes are in neither count.
            match corpus::severity(d.code) {
                "error" => errors += 1,
                "warning" => warnings += 1,
                _ => {}
            }
        }
        let Some(got) = files.iter().find(|f| f["path"] == want.path.as_str()) else {
            continue;
        };
        let diags = support::diags(got);
        let lines: Vec<u64> = diags.iter().map(|d| d.line).collect();
        if !lines.is_sorted() {
            let _ = writeln!(problems, "{}: diagnostics not in line order: {lines:?}", want.path);
        }
        for d in &diags {
            if d.severity != corpus::severity(&d.code) {
                let _ = writeln!(problems, "{}: {} has severity {}", want.path, d.code, d.severity);
            }
        }
        let mut got_diags: Vec<corpus::Expect> = diags
            .iter()
            .map(|d| corpus::Expect {
                line: d.line,
                code: CODES
                    .iter()
                    .find(|c| **c == d.code)
                    .copied()
                    .unwrap_or("?unexpected-code"),
                key: d.key.clone(),
            })
            .collect();
        got_diags.sort();
        let got_unit = got["unit_code"].as_str().map(str::to_owned);
        let got_submitted = got["submitted"].as_str().map(str::to_owned);
        let got_late = got["late_days"].as_i64();
        if got_diags != want.diagnostics
            || got_unit != want.unit_code
            || got_submitted != want.submitted
            || got_late != want.late_days
        {
            let show = |list: &[corpus::Expect]| list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            let _ = writeln!(
                problems,
                "{}:\n  got  unit {:?} submitted {:?} late {:?}: [{}]\n  want unit {:?} submitted {:?} late {:?}: [{}]",
                want.path,
                got_unit,
                got_submitted,
                got_late,
                show(&got_diags),
                want.unit_code,
                want.submitted,
                want.late_days,
                show(&want.diagnostics),
            );
        }
    }
    let missing: Vec<&str> = json["missing_units"]
        .as_array()
        .expect("missing_units")
        .iter()
        .map(|v| v.as_str().expect("code"))
        .collect();
    if missing != corpus.missing_units {
        let _ = writeln!(
            problems,
            "missing_units:\n  got  {missing:?}\n  want {:?}",
            corpus.missing_units
        );
    }
    let rejected: Vec<(String, String)> = json["rejected_units"]
        .as_array()
        .expect("rejected_units")
        .iter()
        .map(|u| {
            (
                u["code"].as_str().expect("code").to_owned(),
                u["path"].as_str().expect("path").to_owned(),
            )
        })
        .collect();
    if rejected != corpus.rejected_units {
        let _ = writeln!(
            problems,
            "rejected_units:\n  got  {rejected:?}\n  want {:?}",
            corpus.rejected_units
        );
    }
    let summary = serde_json::json!({ "files": corpus.expected.len(), "errors": errors, "warnings": warnings });
    if json["summary"] != summary {
        let _ = writeln!(problems, "summary:\n  got  {}\n  want {summary}", json["summary"]);
    }
    assert!(problems.is_empty(), "{problems}");
    assert_eq!(run.code, 1, "errors found: exit 1");
}

/// The codes the corpus's files may get, each of which the seed must give at least once:
/// anything else in the output is reported as `?unexpected-code`.
const CODES: &[&str] = &[
    "missing-section",
    "empty-section",
    "duplicate-section",
    "section-order",
    "unknown-section",
    "no-diacritics",
    "pseudo-heading",
    "front-matter-missing",
    "front-matter-invalid",
    "field-missing",
    "field-invalid",
    "unknown-unit",
    "unit-mismatch",
    "duplicate-unit",
    "late",
    "encoding",
    "not-text",
    "unsupported-file",
    "appendix-value-missing",
    "appendix-value-invalid",
    "appendix-constraint",
    "appendix-empty",
    "appendix-total-mismatch",
    "appendix-periods-summed",
    "word-invalid",
    "needs-docx",
];

/// The generator is deterministic: the same seed writes the same bytes.
#[test]
fn generator_is_deterministic() {
    let a = corpus::generate(SEED);
    let b = corpus::generate(SEED);
    assert_eq!(a.files, b.files);
    assert_eq!(a.roster, b.roster);
    let c = corpus::generate(SEED + 1);
    assert_ne!(a.files, c.files, "another seed, another corpus");
}
