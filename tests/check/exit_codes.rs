//! Exit codes: 0 no errors, 1 errors (warnings too with `--deny-warnings`), 2 the tool
//! could not do its job.

use crate::support::{ROSTER, Scratch, report};

fn campaign(text: &str) -> Scratch {
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write("s/snv.md", text);
    scratch
}

fn code(scratch: &Scratch, extra: &[&str]) -> i32 {
    let mut args = vec!["check", "--outline", "o", "s"];
    args.extend_from_slice(extra);
    scratch.run(&args).code
}

#[test]
fn clean_is_zero_even_with_deny_warnings() {
    let scratch = campaign(&report());
    assert_eq!(code(&scratch, &[]), 0);
    assert_eq!(code(&scratch, &["--deny-warnings"]), 0);
    assert_eq!(code(&scratch, &["--format", "json", "--deny-warnings"]), 0);
}

#[test]
fn warnings_alone_are_zero_unless_denied() {
    let scratch = campaign(&report().replace("# IV. Kiến nghị, đề xuất", "# IV. KIEN NGHI, DE XUAT"));
    assert_eq!(code(&scratch, &[]), 0);
    assert_eq!(code(&scratch, &["--format", "json"]), 0);
    assert_eq!(code(&scratch, &["--deny-warnings"]), 1);
    assert_eq!(code(&scratch, &["--format", "json", "--deny-warnings"]), 1);
    assert_eq!(code(&scratch, &["--fail-on", "warning"]), 1);
    // A stray file is a warning too.
    let scratch = campaign(&report());
    scratch.write("s/bao-cao.xlsx", b"PK\x03\x04");
    assert_eq!(code(&scratch, &[]), 0);
    assert_eq!(code(&scratch, &["--deny-warnings"]), 1);
}

#[test]
fn errors_are_one() {
    let scratch = campaign(&report().replace("category: so-nganh\n", ""));
    assert_eq!(code(&scratch, &[]), 1);
    assert_eq!(code(&scratch, &["--format", "json"]), 1);
    assert_eq!(code(&scratch, &["--deny-warnings"]), 1);
}

#[test]
fn fatal_is_two() {
    let scratch = campaign(&report());
    assert_eq!(code(&scratch, &["--no-such-flag"]), 2);
    assert_eq!(code(&scratch, &["--format", "xml"]), 2);
    assert_eq!(code(&scratch, &["--lang", "fr"]), 2);
    assert_eq!(code(&scratch, &["--date-source", "mtime"]), 2);
    assert_eq!(code(&scratch, &["khong-co"]), 2);
    scratch.write("o/outline.yaml", "deadline: hôm qua\n");
    assert_eq!(code(&scratch, &[]), 2);
    // Bad usage: stderr explains, stdout is empty.
    let run = scratch.run(&["check", "--format", "xml"]);
    assert!(run.stdout.is_empty() && !run.stderr.is_empty(), "{run:?}");
}

#[test]
fn no_color_means_no_escape_codes() {
    let scratch = campaign(&report().replace("category: so-nganh\n", ""));
    let run = scratch.run(&["check", "--outline", "o", "s"]);
    assert!(run.stdout.contains("error[field-missing]"), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{1b}'), "escape codes with NO_COLOR");
    // Not a terminal either: no colour even without NO_COLOR.
    let run = crate::support::run_env(scratch.path(), &["check", "--outline", "o", "s"], &[("NO_COLOR", "")]);
    assert!(!run.stdout.contains('\u{1b}'), "escape codes in a pipe");
}

/// The roster is read while the reports are: its fault is still the one reported, where
/// it is, with nothing written, whatever command reads the reports.
#[test]
fn a_bad_roster_is_located_and_two_for_every_command_that_reads_reports() {
    let scratch = campaign(&report());
    let twice = format!("{ROSTER}  - code: SNV\n    name: Sở Nội vụ\n    category: so-nganh\n");
    scratch.write("o/units.yaml", &twice);
    // The second `code: SNV`, the last unit's first line.
    let second = twice.lines().count() - 2;
    for args in [
        vec!["check", "--outline", "o", "s"],
        vec!["status", "--outline", "o", "--submissions", "s"],
        vec!["compile", "--outline", "o", "--submissions", "s", "--out", "out"],
    ] {
        let run = scratch.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.stderr.contains(&format!("units.yaml:{second}:")) && run.stderr.contains("`SNV` xuất hiện hai lần"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    assert!(!scratch.path().join("out").exists(), "compile wrote with a bad roster");
}

/// Reading beside the campaign does not change which fault is said first: the
/// campaign's, then the output folder's, then a template's, then the reading's.
#[test]
fn faults_are_said_in_the_order_of_the_steps() {
    let scratch = campaign(&report());
    let stderr = |args: &[&str]| {
        let run = scratch.run(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        run.stderr
    };
    let campaign_first = stderr(&[
        "compile",
        "--outline",
        "khong-co",
        "--submissions",
        "s",
        "--out",
        "s/out",
    ]);
    assert!(campaign_first.contains("campaign folder"), "{campaign_first}");
    let campaign_first = stderr(&[
        "status",
        "--outline",
        "khong-co",
        "--submissions",
        "s",
        "--format",
        "html",
        "--out",
        "s/out",
    ]);
    assert!(campaign_first.contains("campaign folder"), "{campaign_first}");
    scratch.write("o/templates/report.md.tera", "{{ khong_dong }");
    let out_dir_first = stderr(&["compile", "--outline", "o", "--submissions", "s", "--out", "s/out"]);
    assert!(out_dir_first.contains("--out s/out"), "{out_dir_first}");
    let template_first = stderr(&["compile", "--outline", "o", "--submissions", "khong-co", "--out", "out"]);
    assert!(template_first.contains("report.md.tera:1:"), "{template_first}");
    assert!(!scratch.path().join("out").exists() && !scratch.path().join("s/out").exists());
}
