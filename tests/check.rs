//! `baocao check` through the real binary, over fixture folders: the sample campaign
//! (snapshots), a generated province of ~150 reports, one focused case per diagnostic
//! code and per input variation, a second outline, hostile inputs, and git history.

// Only some of the shared helpers are used here.
#[allow(dead_code)]
mod support;
// Its readers are the compile tests'; the unit's appendix is written here.
#[allow(dead_code, clippy::unwrap_used)]
#[path = "support/workbook.rs"]
mod workbook;

#[path = "check/apparatus.rs"]
mod apparatus;
#[path = "check/as_filled.rs"]
mod as_filled;
#[path = "check/codes.rs"]
mod codes;
#[path = "check/companion.rs"]
mod companion;
#[path = "check/converted.rs"]
mod converted;
#[path = "check/corpus.rs"]
mod corpus;
#[path = "check/excel.rs"]
mod excel;
#[path = "check/exit_codes.rs"]
mod exit_codes;
#[path = "check/git.rs"]
mod git;
#[path = "check/header.rs"]
mod header;
#[path = "check/hostile.rs"]
mod hostile;
#[path = "check/inputs.rs"]
mod inputs;
#[path = "check/layouts.rs"]
mod layouts;
#[path = "check/lone.rs"]
mod lone;
#[path = "check/own_titles.rs"]
mod own_titles;
#[path = "check/real.rs"]
mod real;
#[path = "check/second_outline.rs"]
mod second_outline;
#[path = "check/surroundings.rs"]
mod surroundings;
#[path = "check/who_sent_it.rs"]
mod who_sent_it;
#[path = "check/word.rs"]
mod word;
#[path = "check/word_real.rs"]
mod word_real;

use support::{repo_root, run};

/// A diagnostic code and the key it concerns.
type Keyed = (&'static str, Option<&'static str>);

// ---------------------------------------------------------------------------------------
// The sample campaign of the repository, as a new user first sees it. The snapshots are
// the reviewed output: every intentional problem of `submissions/README.md`, nothing else.

/// `check` as the README tells a new user to run it, in the repository.
fn sample(args: &[&str]) -> support::Run {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    run(repo_root(), &all)
}

#[test]
fn sample_json() {
    let run = sample(&["--format", "json"]);
    assert_eq!(run.code, 1, "the sample has errors: {}", run.stderr);
    insta::assert_snapshot!("sample_json", run.stdout);
}

#[test]
fn sample_human_vi() {
    let run = sample(&["--lang", "vi"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stdout.contains('\u{1b}'), "NO_COLOR output has escape codes");
    insta::assert_snapshot!("sample_human_vi", run.stdout);
}

#[test]
fn sample_human_en() {
    let run = sample(&["--lang", "en"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stdout.contains('\u{1b}'), "NO_COLOR output has escape codes");
    insta::assert_snapshot!("sample_human_en", run.stdout);
}

/// The snapshot is only as good as its review: the intentional problems of the sample,
/// listed in `submissions/README.md`, checked here one by one so that a changed snapshot
/// cannot quietly drop one.
#[test]
fn sample_has_exactly_the_documented_problems() {
    let json = sample(&["--format", "json"]).json();
    let expected: &[(&str, &[Keyed])] = &[
        ("co-quan-tham-muu/btctu.md", &[("unknown-section", None)]),
        ("co-quan-tham-muu/vptu.md", &[]),
        (
            "dang-uy-truc-thuoc/duca.md",
            &[("appendix-constraint", Some("don-giai-quyet"))],
        ),
        ("dang-uy-truc-thuoc/duqs.md", &[]),
        ("dang-uy-xa-phuong/x001.md", &[("encoding", None)]),
        ("dang-uy-xa-phuong/x002.md", &[("missing-section", Some("tac-dong"))]),
        (
            "dang-uy-xa-phuong/x003.md",
            &[
                ("pseudo-heading", Some("lanh-dao")),
                ("pseudo-heading", Some("ket-qua")),
                ("pseudo-heading", Some("ket-qua.noi-bat")),
                ("pseudo-heading", Some("ket-qua.han-che")),
                ("pseudo-heading", Some("ket-qua.nguyen-nhan")),
                ("pseudo-heading", Some("ket-qua.bai-hoc")),
                ("pseudo-heading", Some("ket-qua.giai-phap")),
                ("pseudo-heading", Some("tac-dong")),
                ("pseudo-heading", Some("kien-nghi")),
                ("pseudo-heading", Some("phu-luc")),
            ],
        ),
        ("dang-uy-xa-phuong/x004.md", &[("no-diacritics", Some("kien-nghi"))]),
        (
            "dang-uy-xa-phuong/x005.md",
            &[("section-order", Some("ket-qua")), ("section-order", Some("lanh-dao"))],
        ),
        ("dang-uy-xa-phuong/x007-bao-cao.docx", &[("word-invalid", None)]),
        (
            "mttq-doan-the/hnd.md",
            &[
                ("appendix-value-missing", Some("doi-thoai")),
                ("appendix-value-invalid", Some("truc-tuyen")),
            ],
        ),
        ("mttq-doan-the/mttq.md", &[("unit-mismatch", Some("unit"))]),
        ("so-nganh/sgddt.md", &[]),
        ("so-nganh/snnmt.md", &[("empty-section", Some("ket-qua.bai-hoc"))]),
        ("so-nganh/snv.md", &[]),
        ("so-nganh/stc.md", &[("late", None)]),
        ("so-nganh/syt.md", &[]),
        (
            "so-nganh/ttt.md",
            &[("field-missing", Some("category")), ("field-invalid", Some("date"))],
        ),
    ];
    let paths = support::paths(&json);
    let want_paths: Vec<String> = expected.iter().map(|(p, _)| format!("submissions/{p}")).collect();
    assert_eq!(paths, want_paths, "files, in walk order (README.md skipped)");
    for (path, want) in expected {
        let got: Vec<(String, Option<String>)> = support::diags(support::file(&json, &format!("submissions/{path}")))
            .into_iter()
            .map(|d| (d.code, d.key))
            .collect();
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(c, k)| ((*c).to_owned(), k.map(str::to_owned)))
            .collect();
        assert_eq!(got, want, "{path}");
    }
    assert_eq!(json["missing_units"], serde_json::json!(["TD", "X006"]));
    // X007's only file is a damaged Word file named after it: sent back, not missing, as
    // `status` and `compile` say.
    assert_eq!(
        json["rejected_units"],
        serde_json::json!([{ "code": "X007", "path": "submissions/dang-uy-xa-phuong/x007-bao-cao.docx" }])
    );
    assert_eq!(
        json["summary"],
        serde_json::json!({ "files": 18, "errors": 7, "warnings": 18 })
    );
    // Lateness of the sample: STC three days late; SYT on time thanks to its extension;
    // X004 sent at 21:40 on the last day, on time; the stray .docx is no submission.
    let late = |path: &str| support::file(&json, &format!("submissions/{path}"))["late_days"].clone();
    assert_eq!(late("so-nganh/stc.md"), 3);
    assert_eq!(late("so-nganh/syt.md"), 0);
    assert_eq!(late("dang-uy-xa-phuong/x004.md"), 0);
    assert_eq!(late("dang-uy-xa-phuong/x007-bao-cao.docx"), serde_json::Value::Null);
    let submitted = |path: &str| support::file(&json, &format!("submissions/{path}"))["submitted"].clone();
    assert_eq!(submitted("so-nganh/stc.md"), "2026-04-22");
    assert_eq!(submitted("dang-uy-xa-phuong/x004.md"), "2026-04-19");
    assert_eq!(submitted("mttq-doan-the/hnd.md"), "2026-04-10");
}

/// Issue 13, point 3: following every `pseudo-heading` suggestion of `check` on the sample
/// reports gives a file with fewer findings, never more (and never a new error).
#[test]
fn following_the_pseudo_heading_advice_leaves_fewer_findings() {
    let root = repo_root();
    let sample_json = sample(&["--format", "json"]).json();
    let mut followed = 0;
    for entry in sample_json["files"].as_array().expect("files") {
        let path = entry["path"].as_str().expect("path");
        let fixes: Vec<(usize, String)> = entry["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter(|d| d["code"] == "pseudo-heading")
            .map(|d| {
                let message = d["message"].as_str().expect("message");
                let (_, line) = message.rsplit_once("): ").expect("the corrected line ends the message");
                assert!(line.starts_with('#') && !line.contains("**"), "{message}");
                (d["line"].as_u64().expect("line") as usize, line.to_owned())
            })
            .collect();
        if fixes.is_empty() {
            continue;
        }
        let text = std::fs::read_to_string(root.join(path)).expect("a sample report");
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        for (line, fixed) in &fixes {
            lines[line - 1] = fixed.clone();
        }
        let scratch = support::Scratch::new();
        scratch.write(
            "units.yaml",
            std::fs::read(root.join("outline/units.yaml")).unwrap_or_default(),
        );
        scratch.write(path, lines.join("\n") + "\n");
        let (_, after) = scratch.check_json(support::sample_outline(), &[path]);
        let before = support::diags(entry);
        let after = support::diags(support::file(&after, path));
        let errors = |d: &[support::Diag]| d.iter().filter(|d| d.severity == "error").count();
        assert!(
            after.len() < before.len() && errors(&after) <= errors(&before),
            "{path}: {} findings before, {} after: {after:?}",
            before.len(),
            after.len()
        );
        assert!(after.iter().all(|d| d.code != "pseudo-heading"), "{path}: {after:?}");
        followed += fixes.len();
    }
    assert!(followed >= 10, "the sample has pseudo-headings to follow ({followed})");
}
#[path = "check/word_corpus.rs"]
mod word_corpus;
