//! Lateness from git: in a shared repository of reports, a report without `submitted`
//! was sent when the commit that first added it was made.

use serde_json::Value;

use crate::support::{self, ROSTER, Scratch, body, git, git_available};

fn report(code: &str, date: &str, submitted: Option<&str>) -> String {
    let mut text = format!("---\nunit: \"x\"\nunit_code: {code}\ncategory: so-nganh\ndate: {date}\n");
    if let Some(submitted) = submitted {
        text.push_str(&format!("submitted: {submitted}\n"));
    }
    text.push_str("---\n");
    text + &body()
}

/// A repository with reports committed at known times; one report left uncommitted.
fn repository() -> Scratch {
    let scratch = Scratch::new();
    let dir = scratch.path();
    git(dir, &["init", "-q", "-b", "main"], "2026-04-01T08:00:00+07:00");
    scratch.write(
        "o/units.yaml",
        ROSTER.replace(
            "  - code: TD",
            "  - code: STC\n    name: \"x\"\n    category: so-nganh\n  - code: TD",
        ),
    );
    // On time by its commit, though its own date is earlier still.
    scratch.write("nop/snv.md", report("SNV", "2026-04-10", None));
    git(dir, &["add", "."], "2026-04-18T10:00:00+07:00");
    git(dir, &["commit", "-q", "-m", "SNV"], "2026-04-18T10:00:00+07:00");
    // Three days late by its commit.
    scratch.write("nop/stc.md", report("STC", "2026-04-10", None));
    git(dir, &["add", "."], "2026-04-22T08:00:00+07:00");
    git(dir, &["commit", "-q", "-m", "STC"], "2026-04-22T08:00:00+07:00");
    // Committed at 20:30 UTC on the 19th: already the 20th in Vietnam.
    scratch.write("nop/mttq.md", report("MTTQ", "2026-04-10", None));
    git(dir, &["add", "."], "2026-04-19T20:30:00Z");
    git(dir, &["commit", "-q", "-m", "MTTQ"], "2026-04-19T20:30:00Z");
    // Says when it was sent, and was committed only after the campaign closed (an
    // archive of mail): `submitted` counts.
    scratch.write(
        "nop/hb.md",
        report("HB", "2026-04-10", Some("2026-04-12T09:00:00+07:00")),
    );
    git(dir, &["add", "."], "2026-04-30T09:00:00+07:00");
    git(dir, &["commit", "-q", "-m", "HB"], "2026-04-30T09:00:00+07:00");
    // Changed after the deadline: the first addition still counts.
    scratch.write(
        "nop/snv.md",
        report("SNV", "2026-04-10", None).replace("ĐẢNG BỘ", "ĐẢNG BỘ TỈNH"),
    );
    git(dir, &["commit", "-q", "-am", "SNV sửa"], "2026-04-25T10:00:00+07:00");
    // Not committed at all.
    scratch.write("nop/td.md", report("TD", "2026-04-21", None));
    scratch
}

fn lateness(json: &Value, name: &str) -> (Value, Value) {
    let file = support::file(json, &format!("nop/{name}"));
    (file["submitted"].clone(), file["late_days"].clone())
}

fn late_lines(json: &Value, name: &str) -> Vec<u64> {
    support::diags(support::file(json, &format!("nop/{name}")))
        .into_iter()
        .filter(|d| d.code == "late")
        .map(|d| d.line)
        .collect()
}

#[test]
fn late_days_from_the_first_commit() {
    if !git_available() {
        eprintln!("skipped: `git` is not on PATH");
        return;
    }
    let scratch = repository();
    let (_, json) = scratch.check_json("o", &["nop"]);
    assert_eq!(
        lateness(&json, "snv.md"),
        ("2026-04-18".into(), 0.into()),
        "first addition, not the later change"
    );
    assert_eq!(lateness(&json, "stc.md"), ("2026-04-22".into(), 3.into()));
    assert_eq!(
        lateness(&json, "mttq.md"),
        ("2026-04-20".into(), 1.into()),
        "the day in +07:00"
    );
    assert_eq!(
        lateness(&json, "hb.md"),
        ("2026-04-12".into(), 0.into()),
        "committed after the campaign closed (29/4): an archive, `submitted` counts"
    );
    assert_eq!(
        lateness(&json, "td.md"),
        ("2026-04-21".into(), 2.into()),
        "untracked: its `date`"
    );
    // Late by a commit: flagged at the top of the file (there is no `submitted` line).
    assert_eq!(late_lines(&json, "stc.md"), [1]);
    assert_eq!(late_lines(&json, "mttq.md"), [1]);
    assert_eq!(late_lines(&json, "snv.md"), Vec::<u64>::new());
    assert_eq!(json["summary"]["errors"], 0, "lateness is a warning: {json:#}");
}

#[test]
fn date_source_front_matter_ignores_git() {
    if !git_available() {
        eprintln!("skipped: `git` is not on PATH");
        return;
    }
    let scratch = repository();
    let (_, json) = scratch.check_json("o", &["nop", "--date-source", "front-matter"]);
    for name in ["snv.md", "stc.md", "mttq.md"] {
        assert_eq!(
            lateness(&json, name),
            ("2026-04-10".into(), 0.into()),
            "{name}: its own date"
        );
        assert_eq!(late_lines(&json, name), Vec::<u64>::new(), "{name}");
    }
    assert_eq!(lateness(&json, "hb.md"), ("2026-04-12".into(), 0.into()));
    assert_eq!(lateness(&json, "td.md"), ("2026-04-21".into(), 2.into()));
}

#[test]
fn date_source_git_uses_only_commits() {
    if !git_available() {
        eprintln!("skipped: `git` is not on PATH");
        return;
    }
    let scratch = repository();
    let (_, json) = scratch.check_json("o", &["nop", "--date-source", "git"]);
    // HB has an extension to 24/4: six days late by its commit.
    assert_eq!(
        lateness(&json, "hb.md"),
        ("2026-04-30".into(), 6.into()),
        "the commit, not `submitted`"
    );
    assert_eq!(lateness(&json, "stc.md"), ("2026-04-22".into(), 3.into()));
    assert_eq!(
        lateness(&json, "td.md"),
        (Value::Null, Value::Null),
        "untracked: no time known"
    );
}

#[test]
fn outside_a_repository_git_changes_nothing() {
    // A plain folder (no repository above a fresh temporary folder): `date` is used.
    let scratch = Scratch::new();
    scratch
        .write("o/units.yaml", ROSTER)
        .write("nop/snv.md", report("SNV", "2026-04-21", None));
    let (run, json) = scratch.check_json("o", &["nop"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(lateness(&json, "snv.md"), ("2026-04-21".into(), 2.into()));
    let (_, json) = scratch.check_json("o", &["nop", "--date-source", "git"]);
    assert_eq!(lateness(&json, "snv.md"), (Value::Null, Value::Null));
}

/// Issue 14: a unit cannot backdate its own submission where units commit their own
/// reports; where the secretariat commits mail, the campaign says so in `outline.yaml`.
#[test]
fn a_unit_cannot_backdate_its_submission() {
    if !git_available() {
        eprintln!("skipped: `git` is not on PATH");
        return;
    }
    let scratch = repository();
    // Sent on the 1st, dated the 10th, first committed on the 28th.
    scratch.write("nop/td.md", report("TD", "2026-04-10", Some("2026-04-01")));
    git(scratch.path(), &["add", "."], "2026-04-28T09:00:00+07:00");
    git(
        scratch.path(),
        &["commit", "-q", "-m", "TD"],
        "2026-04-28T09:00:00+07:00",
    );
    let (_, json) = scratch.check_json("o", &["nop"]);
    assert_eq!(
        lateness(&json, "td.md"),
        ("2026-04-28".into(), 9.into()),
        "the commit counts"
    );
    let codes: Vec<(String, u64)> = support::diags(support::file(&json, "nop/td.md"))
        .into_iter()
        .filter(|d| d.code.starts_with("submitted-before"))
        .map(|d| (d.code.clone(), d.line))
        .collect();
    assert_eq!(
        codes,
        [
            ("submitted-before-date".to_owned(), 6),
            ("submitted-before-commit".to_owned(), 6)
        ],
        "{json:#}"
    );
    let message = support::file(&json, "nop/td.md")["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "submitted-before-commit")
        .expect("submitted-before-commit")["message"]
        .to_string();
    assert!(
        message.contains("01 tháng 4 năm 2026") && message.contains("28 tháng 4 năm 2026"),
        "{message}"
    );
    // Where the secretariat commits reports that came by mail, the declared time counts.
    scratch.write("o/outline.yaml", "submission_time: declared\n");
    let (_, json) = scratch.check_json("o", &["nop"]);
    assert_eq!(lateness(&json, "hb.md"), ("2026-04-12".into(), 0.into()));
    assert_eq!(json["summary"]["errors"], 1, "{json:#}");
}
