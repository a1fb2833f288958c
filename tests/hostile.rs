//! Hostile input: files and campaigns made to break the tool. Each case runs the real
//! binary and checks that nothing panics or hangs, the exit code is the documented one,
//! the message says what is wrong and where, and nothing is written outside `--out`.

// Only some of the shared helpers are used here.
#[allow(dead_code)]
mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use support::{Run, Scratch, repo_root, sample_report, with_front_matter};

#[test]
fn a_50_mb_one_line_file_is_refused_quickly() {
    let dir = Scratch::campaign();
    let line = "Một dòng rất dài không có ký tự xuống dòng. ".repeat(50 * 1024 * 1024 / 50);
    dir.write("submissions/huge.md", line);
    let run = dir.check_campaign();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let too_large = run.diagnostic("huge.md", "too-large");
    assert_eq!(
        (too_large["line"].as_u64(), too_large["severity"].as_str()),
        (Some(1), Some("error"))
    );
    assert!(
        too_large["message"].as_str().is_some_and(|m| m.contains("too large")),
        "{too_large}"
    );
    assert!(run.took < Duration::from_secs(20), "took {:?}", run.took);
}

#[test]
fn a_file_of_nuls_is_not_text() {
    let dir = Scratch::campaign();
    dir.write("submissions/nuls.md", vec![0u8; 64 * 1024]);
    let run = dir.check_campaign();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let diagnostics = run.diagnostics("nuls.md");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "not-text");
    assert_eq!(diagnostics[0]["line"], 1);
}

#[test]
fn invalid_utf16_is_read_with_a_warning() {
    let dir = Scratch::campaign();
    // A UTF-16 LE BOM, a lone high surrogate, then text.
    let mut bytes = vec![0xFF, 0xFE, 0x00, 0xD8];
    bytes.extend("# Báo cáo\n".encode_utf16().flat_map(u16::to_le_bytes));
    bytes.extend([0x00, 0xDC, 0x41]);
    dir.write("submissions/utf16.md", bytes);
    let run = dir.check_campaign();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.diagnostic("utf16.md", "encoding")["severity"], "warning");
    assert_eq!(run.diagnostic("utf16.md", "front-matter-missing")["line"], 1);
}

#[test]
fn billion_laughs_in_front_matter_is_refused_at_its_line() {
    let dir = Scratch::campaign();
    let mut yaml = String::from("unit: \"Sở Nội vụ\"\nunit_code: SNV\ncategory: so-nganh\ndate: 2026-04-15\n");
    yaml.push_str("a0: &a0 [\"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\"]\n");
    for level in 1..=12 {
        let previous = format!("*a{}", level - 1);
        let list = [previous.as_str(); 10].join(", ");
        yaml.push_str(&format!("a{level}: &a{level} [{list}]\n"));
    }
    dir.write("submissions/laughs.md", with_front_matter(&yaml));
    let run = dir.check_campaign();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let invalid = run.diagnostic("laughs.md", "front-matter-invalid");
    assert!(
        invalid["line"].as_u64().is_some_and(|l| (2..=19).contains(&l)),
        "{invalid}"
    );
    assert!(run.took < Duration::from_secs(20), "took {:?}", run.took);
}

#[test]
fn deeply_nested_front_matter_is_refused_at_its_line() {
    let dir = Scratch::campaign();
    let brackets = format!("unit: \"X\"\nnested: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    dir.write("submissions/brackets.md", with_front_matter(&brackets));
    let mut indented = String::from("unit: \"X\"\nnested:\n");
    for level in 0..2_000 {
        indented.push_str(&format!("{}k{level}:\n", " ".repeat(level + 2)));
    }
    dir.write("submissions/indented.md", with_front_matter(&indented));
    let run = dir.check_campaign();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let brackets = run.diagnostic("brackets.md", "front-matter-invalid");
    assert_eq!(brackets["line"], 3, "{brackets}");
    assert!(
        brackets["message"].as_str().is_some_and(|m| m.contains("nested")),
        "{brackets}"
    );
    let indented = run.diagnostic("indented.md", "front-matter-invalid");
    assert!(indented["line"].as_u64().is_some_and(|l| l >= 3), "{indented}");
    assert!(run.took < Duration::from_secs(20), "took {:?}", run.took);
}

#[cfg(unix)]
#[test]
fn links_out_of_the_folder_and_link_loops_are_not_followed() {
    use std::os::unix::fs::symlink;
    let dir = Scratch::campaign();
    let outside = Scratch::new();
    outside.write("secret.md", "---\nunit_code: SECRET\n---\nbí mật\n");
    let submissions = dir.join("submissions");
    symlink(outside.join("secret.md"), submissions.join("link.md")).expect("link");
    symlink(submissions.join("loop-b.md"), submissions.join("loop-a.md")).expect("link");
    symlink(submissions.join("loop-a.md"), submissions.join("loop-b.md")).expect("link");
    symlink(&submissions, submissions.join("again")).expect("link to its own folder");
    let run = dir.check_campaign();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for name in ["link.md", "loop-a.md", "loop-b.md", "again"] {
        let link = run.diagnostic(name, "unsupported-file");
        assert!(
            link["message"].as_str().is_some_and(|m| m.contains("symbolic link")),
            "{link}"
        );
    }
    assert!(!run.stdout.contains("SECRET"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn a_file_nobody_may_read_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Scratch::campaign();
    let path = dir.join("submissions/locked.md");
    dir.write("submissions/locked.md", sample_report());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: this user can read a file with mode 000 (root), so nothing is unreadable");
        return;
    }
    let run = dir.check_campaign();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod back");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let unreadable = run.diagnostic("locked.md", "unreadable");
    assert!(
        unreadable["message"]
            .as_str()
            .is_some_and(|m| m.contains("cannot read")),
        "{unreadable}"
    );
}

#[test]
fn names_with_spaces_and_vietnamese_letters_work() {
    let dir = Scratch::campaign();
    dir.write("submissions/xã phường/báo cáo xã Đô Lương.md", sample_report());
    let run = dir.check_campaign();
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let json = run.json();
    assert_eq!(json["files"][0]["path"], "submissions/xã phường/báo cáo xã Đô Lương.md");
    assert_eq!(json["files"][0]["unit_code"], "SNV");
    let human = dir.run(&["check", "--lang", "en", "--deny-warnings"]);
    assert_eq!(human.code, 0, "{}", human.stdout);
    let compile = dir.run(&["compile", "--as-of", "2026-04-29", "--format", "md"]);
    assert_eq!(compile.code, 0, "{}", compile.stderr);
    let report = dir.read("output/bao-cao-tong-hop.md");
    assert!(report.contains("Sở Nội vụ"));
}

/// Runs `check` with `outline` as `outline/outline.yaml` and returns the run.
fn with_outline(outline: &str) -> Run {
    let dir = Scratch::campaign();
    dir.write("outline/outline.yaml", outline);
    dir.write("submissions/snv.md", sample_report());
    dir.run(&["check", "--lang", "en"])
}

#[test]
fn duplicate_section_ids_stop_the_run_at_their_line() {
    let run = with_outline("sections:\n  - id: a\n    title: Một\n  - id: a\n    title: Hai\n");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("outline/outline.yaml:4:5:"), "{}", run.stderr);
    assert!(run.stderr.contains("duplicate section id"), "{}", run.stderr);
}

#[test]
fn an_at_most_cycle_stops_the_run_at_its_line() {
    let outline = "appendix:\n  section: phu-luc\n  indicators:\n    - id: a\n      name: A\n      kind: count\n      at_most: b\n    - id: b\n      name: B\n      kind: count\n      at_most: a\n";
    let run = with_outline(outline);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("outline/outline.yaml:4:"), "{}", run.stderr);
    assert!(run.stderr.contains("cycle"), "{}", run.stderr);
}

#[test]
fn a_template_that_loops_for_ever_is_stopped() {
    let dir = Scratch::campaign();
    dir.write("submissions/snv.md", sample_report());
    let endless = "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}\n";
    dir.write("outline/templates/report.md.tera", endless);
    let run = dir.run_env(
        &["compile", "--as-of", "2026-04-29", "--format", "md", "--lang", "en"],
        &[("BAOCAO_RENDER_TIMEOUT_SECS", "2")],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("did not finish rendering in 2 s"), "{}", run.stderr);
    assert!(run.took < Duration::from_secs(30), "took {:?}", run.took);
    assert!(!dir.join("output/bao-cao-tong-hop.md").exists());
    // Outputs are written as they render: the stopped one leaves no part-written file.
    let left: Vec<_> = std::fs::read_dir(dir.join("output"))
        .map(|listing| listing.filter_map(Result::ok).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

/// Every file under `root` and its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("listing") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read");
                files.insert(path.strip_prefix(root).expect("inside").to_path_buf(), bytes);
            }
        }
    }
    files
}

#[test]
fn out_inside_submissions_is_refused_and_nothing_is_written() {
    let dir = Scratch::campaign();
    dir.write("submissions/snv.md", sample_report());
    let before = snapshot(dir.path());
    let run = dir.run(&["compile", "--out", "submissions/x", "--as-of", "2026-04-29"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("submissions"), "{}", run.stderr);
    assert_eq!(snapshot(dir.path()), before);
    assert!(!dir.join("submissions/x").exists());
}

#[test]
fn compile_never_modifies_a_submission() {
    let dir = Scratch::campaign();
    support::copy_dir(&repo_root().join("submissions"), &dir.join("submissions"));
    dir.write("submissions/nuls.md", vec![0u8; 100]);
    dir.write("submissions/bad yaml.md", "---\nunit: [\n---\n# x\n");
    let before = snapshot(dir.path());
    let run = dir.run(&["compile", "--as-of", "2026-04-29", "--format", "md,html,json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = snapshot(dir.path());
    for (path, bytes) in &before {
        assert_eq!(after.get(path), Some(bytes), "{} changed", path.display());
    }
    let added: Vec<&PathBuf> = after.keys().filter(|p| !before.contains_key(*p)).collect();
    assert!(!added.is_empty());
    assert!(
        added.iter().all(|p| p.starts_with("output")),
        "written outside --out: {added:?}"
    );
}

/// Inputs that once crashed a fuzz target (`fuzz/`), kept so the fix stays: `report/*`
/// goes through the whole per-file path, `outline/*` through the outline and roster
/// loaders, in-process, exactly as the fuzz targets call them.
#[test]
fn fuzz_regressions_stay_fixed() {
    let root = repo_root().join("tests/fixtures/fuzz-regressions");
    let builtin = baocao::campaign::outline::Outline::builtin();
    let inputs = |kind: &str| -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(kind))
            .map(|listing| listing.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.')));
        files.sort();
        files
            .into_iter()
            .map(|p| (p.clone(), std::fs::read(&p).expect("fixture")))
            .collect()
    };
    for (path, bytes) in inputs("report") {
        eprintln!("report: {}", path.display());
        let report = baocao::report::analyze(&bytes, &builtin, true);
        for own in &report.excerpts {
            if let baocao::report::excerpt::Own::Written(markdown) = own {
                let _ = baocao::report::excerpt::to_html(markdown);
            }
        }
    }
    for (path, bytes) in inputs("docx") {
        eprintln!("docx: {}", path.display());
        let converted = baocao::read::docx::read(&bytes);
        for line in 1..=converted.lines.len() + 1 {
            let _ = converted.locator(line, 1 + line % 40);
        }
        let _ = baocao::report::analyze_docx(&bytes, &builtin, true);
    }
    for (path, bytes) in inputs("outline") {
        eprintln!("outline: {}", path.display());
        let text = String::from_utf8_lossy(&bytes);
        let parsed = baocao::campaign::outline::Outline::parse(&text, "outline.yaml");
        let _ = baocao::campaign::roster::Roster::parse(&text, "units.yaml", parsed.as_ref().unwrap_or(&builtin));
    }
}
