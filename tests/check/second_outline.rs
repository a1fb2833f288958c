//! Nothing is hard-coded to the 114-KL/TW campaign: a second, three-section English
//! outline (`tests/fixtures/three-sections/`) works through the same code.

use crate::support::{self, repo_root, run};

const OUTLINE: &str = "tests/fixtures/three-sections/outline";
const REPORTS: &str = "tests/fixtures/three-sections/reports";

/// `(code, line, column, key)`.
type Located = (&'static str, u64, u64, Option<&'static str>);

fn check(extra: &[&str]) -> support::Run {
    // The fixtures are tracked by this repository's git: their commit times are the
    // project's history, not submissions. Their dates are in the front matter.
    let mut args = vec!["check", "--outline", OUTLINE, REPORTS, "--date-source", "front-matter"];
    args.extend_from_slice(extra);
    run(repo_root(), &args)
}

#[test]
fn three_sections_exact_diagnostics() {
    let run = check(&["--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json = run.json();
    let path = |p: &str| format!("{REPORTS}/{p}");
    let want: &[(&str, &[Located])] = &[
        (
            "agencies/ag1.md",
            &[
                ("late", 6, 1, None),
                ("missing-section", 16, 1, Some("results.achievements")),
                ("unknown-section", 20, 1, None),
                ("appendix-value-missing", 29, 49, Some("online-rate")),
            ],
        ),
        (
            "agencies/old-form.md",
            &[
                ("unknown-unit", 3, 1, Some("unit_code")),
                ("field-invalid", 4, 1, Some("category")),
                ("missing-section", 10, 1, Some("summary")),
                ("missing-section", 10, 1, Some("results")),
                ("missing-section", 10, 1, Some("annex")),
            ],
        ),
        ("districts/d01.md", &[]),
        (
            "districts/d02.md",
            &[
                ("pseudo-heading", 16, 1, Some("results.achievements")),
                ("pseudo-heading", 21, 1, Some("results.problems")),
                ("appendix-value-invalid", 30, 48, Some("online-rate")),
            ],
        ),
    ];
    let paths = support::paths(&json);
    let want_paths: Vec<String> = want.iter().map(|(p, _)| path(p)).collect();
    assert_eq!(paths, want_paths);
    for (p, diags) in want {
        let got: Vec<(String, u64, u64, Option<String>)> = support::diags(support::file(&json, &path(p)))
            .into_iter()
            .map(|d| (d.code, d.line, d.column, d.key))
            .collect();
        let diags: Vec<(String, u64, u64, Option<String>)> = diags
            .iter()
            .map(|(c, l, col, k)| ((*c).to_owned(), *l, *col, k.map(str::to_owned)))
            .collect();
        assert_eq!(got, diags, "{p}");
    }
    // The outline's own deadline (30/6) and the unit's extension (D02: 3/7).
    let file = |p: &str| support::file(&json, &path(p)).clone();
    assert_eq!(
        (
            file("agencies/ag1.md")["late_days"].clone(),
            file("agencies/ag1.md")["submitted"].clone()
        ),
        (2.into(), "2026-07-02".into())
    );
    assert_eq!(file("districts/d02.md")["late_days"], 0);
    assert_eq!(
        file("districts/d02.md")["unit_code"],
        "D02",
        "names compared without case"
    );
    assert_eq!(file("agencies/old-form.md")["unit_code"], serde_json::Value::Null);
    assert_eq!(json["missing_units"], serde_json::json!(["AG2"]));
    assert_eq!(
        json["summary"],
        serde_json::json!({ "files": 4, "errors": 7, "warnings": 5 })
    );
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!("three_sections_json", run.stdout);
    });
}

#[test]
fn three_sections_messages_follow_the_outline_language() {
    let english = check(&[]);
    assert!(
        english.stdout.contains("section “Achievements” is missing"),
        "{}",
        english.stdout
    );
    assert!(english.stdout.contains("Checked 4 files"), "{}", english.stdout);
    assert!(!english.stdout.contains("thiếu mục"), "no Vietnamese by default");
    let vietnamese = check(&["--lang", "vi"]);
    assert!(
        vietnamese.stdout.contains("thiếu mục “Achievements”"),
        "{}",
        vietnamese.stdout
    );
    assert!(vietnamese.stdout.contains("Đã kiểm tra 4 tệp"), "{}", vietnamese.stdout);
    // None of the default campaign leaks into this one.
    let json = check(&["--format", "json"]).stdout;
    for id in ["lanh-dao", "ket-qua", "phu-luc", "van-ban", "truc-tuyen"] {
        assert!(!json.contains(id), "default outline id `{id}` in the output");
    }
}

#[test]
fn three_sections_min_words_per_section() {
    // `problems` needs 5 words, the rest 10 (the outline's `min_words`).
    let scratch = support::Scratch::new();
    let outline = std::fs::read_to_string(repo_root().join(OUTLINE).join("outline.yaml")).expect("outline");
    let d01 = std::fs::read_to_string(repo_root().join(REPORTS).join("districts/d01.md")).expect("report");
    scratch.write("o/outline.yaml", &outline);
    let four_words = d01.replace(
        "Older residents still prefer the counter.",
        "Older residents prefer counters.",
    );
    let nine_words = d01.replace("unit_code: D01", "unit_code: D02").replace(
        "Results are reported below for the whole of 2025, with figures taken from the case system.",
        "",
    ).replace(
        "The district office moved most of its procedures online during the year and trained\nevery clerk in the new case system, with support from the provincial agency.",
        "The office moved most procedures online during the year.",
    );
    scratch.write("s/four.md", &four_words).write("s/nine.md", &nine_words);
    let (_, json) = scratch.check_json("o", &["s"]);
    let codes = |p: &str| support::codes_lines(&json, p);
    assert_eq!(
        codes("s/four.md"),
        [(
            "empty-section".to_owned(),
            support::line_of(&four_words, "b) Problems"),
            Some("results.problems".to_owned())
        )]
    );
    assert_eq!(
        codes("s/nine.md"),
        [(
            "empty-section".to_owned(),
            support::line_of(&nine_words, "## 1. Summary"),
            Some("summary".to_owned())
        )]
    );
}
