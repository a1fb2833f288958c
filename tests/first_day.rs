//! A first-time user's day (issue 13), through the real binary on copies of the sample
//! campaign: the campaign found from a subfolder, fatal errors in the campaign's language
//! with close matches, the date forms people type, outputs whose numbers agree, the help,
//! and a unit looking at its own draft.

#![allow(clippy::unwrap_used)]

// Only some of the shared helpers are used here.
#[allow(dead_code)]
mod support;

use serde_json::Value;
use support::{Run, Scratch, run};

fn codes(json: &Value) -> Vec<String> {
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap().iter())
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

fn message_of(json: &Value, code: &str) -> String {
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap().iter())
        .find(|d| d["code"] == code)
        .map(|d| d["message"].as_str().unwrap().to_owned())
        .unwrap_or_else(|| panic!("no {code} in {json}"))
}

// ---- 2. The campaign is found from a subfolder, as git finds `.git`.

#[test]
fn check_from_inside_the_campaign_uses_the_campaign_outline() {
    let dir = Scratch::sample();
    let outline = dir.read("outline/outline.yaml");
    dir.write(
        "outline/outline.yaml",
        outline.replace("min_words: 20 ", "min_words: 2000 "),
    );
    let from_root = run(
        dir.path(),
        &["check", "submissions/so-nganh/snv.md", "--format", "json"],
    );
    let inside = dir.path().join("submissions/so-nganh");
    let from_inside = run(&inside, &["check", "snv.md", "--format", "json"]);
    assert_eq!(from_root.code, 1, "{}", from_root.stderr);
    assert_eq!(codes(&from_inside.json()), codes(&from_root.json()));
    assert!(
        from_inside.stderr.contains("../../outline/outline.yaml"),
        "{}",
        from_inside.stderr
    );
    // `status` and `compile` from a subfolder find the campaign's submissions too.
    let status = run(&inside, &["status", "--as-of", "2026-04-22", "--format", "json"]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    assert_eq!(status.json()["totals"]["expected"], 20);
}

#[test]
fn the_built_in_outline_is_said_when_it_is_the_one_in_effect() {
    let dir = Scratch::new();
    dir.write("a.md", support::report());
    let output = run(dir.path(), &["check", "a.md"]);
    assert!(output.stderr.contains("đề cương mặc định"), "{}", output.stderr);
    let output = run(dir.path(), &["check", "a.md", "--lang", "en"]);
    assert!(output.stderr.contains("built-in outline"), "{}", output.stderr);
}

// ---- 5. Fatal errors: the campaign's language, the thing named, what to do.

#[test]
fn new_suggests_the_code_and_refuses_plainly() {
    let dir = Scratch::sample();
    let output = run(dir.path(), &["new", "--unit", "td"]);
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("có phải “TD”?"), "{}", output.stderr);
    assert!(!output.stderr.contains("error:"), "Vietnamese only: {}", output.stderr);
    // A unit's name where its code was asked.
    let output = run(dir.path(), &["new", "--unit", "Tỉnh đoàn", "--lang", "en"]);
    assert!(output.stderr.contains("did you mean “TD”?"), "{}", output.stderr);

    assert_eq!(
        run(dir.path(), &["new", "--unit", "TD", "--as-of", "10/4/2026"]).code,
        0
    );
    let output = run(dir.path(), &["new", "--unit", "TD"]);
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("“td.md” đã có"), "{}", output.stderr);
    assert!(!output.stderr.contains("os error"), "{}", output.stderr);

    let output = run(dir.path(), &["new", "--unit", "TD", "-o", "khong-co/td.md"]);
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("chưa có thư mục “khong-co”"),
        "{}",
        output.stderr
    );
    assert!(
        !output.stderr.contains(".baocao-"),
        "no temporary name: {}",
        output.stderr
    );
}

#[test]
fn a_missing_file_or_folder_is_named_with_the_nearest_name() {
    let dir = Scratch::sample();
    let output = run(dir.path(), &["check", "khong-co.md"]);
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("không có tệp hoặc thư mục “khong-co.md”"),
        "{}",
        output.stderr
    );
    let output = run(dir.path(), &["check", "submissions/so-nganh/svn.md"]);
    assert!(output.stderr.contains("có phải “snv.md”?"), "{}", output.stderr);

    let output = run(dir.path(), &["outline", "--outline", "nowhere"]);
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("nowhere: "), "{}", output.stderr);
    assert!(!output.stderr.contains(":1:1"), "{}", output.stderr);
    let output = run(dir.path(), &["outline", "--outline", "nowhere", "--lang", "en"]);
    assert!(
        output.stderr.starts_with("error: nowhere: the campaign folder"),
        "{}",
        output.stderr
    );
}

#[test]
fn an_invalid_category_lists_the_valid_ids() {
    let dir = Scratch::sample();
    let text = dir.read("submissions/so-nganh/snv.md");
    dir.write("snv.md", text.replace("category: so-nganh", "category: so nganh"));
    let json = run(dir.path(), &["check", "snv.md", "--format", "json"]).json();
    let message = message_of(&json, "field-invalid");
    assert!(message.contains("có phải “so-nganh”?"), "{message}");
    assert!(message.contains("co-quan-tham-muu, so-nganh"), "{message}");

    let roster = dir.read("outline/units.yaml");
    dir.write(
        "outline/units.yaml",
        roster.replacen("category: so-nganh", "category: so-ngnah", 1),
    );
    let output = run(dir.path(), &["status"]);
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("có phải “so-nganh”?"), "{}", output.stderr);
    assert!(output.stderr.contains("mttq-doan-the"), "{}", output.stderr);
}

#[test]
fn an_unknown_unit_code_gets_a_did_you_mean() {
    let dir = Scratch::sample();
    let text = dir.read("submissions/so-nganh/snv.md");
    dir.write("snv.md", text.replace("unit_code: SNV", "unit_code: snv"));
    let json = run(dir.path(), &["check", "snv.md", "--format", "json"]).json();
    assert!(message_of(&json, "unknown-unit").contains("có phải “SNV”?"));
}

// ---- 6. The date forms people type.

#[test]
fn common_date_forms_are_accepted_and_the_ambiguous_refused_with_why() {
    let dir = Scratch::sample();
    let text = dir.read("submissions/so-nganh/snv.md");
    for form in ["15-04-2026", "15.04.2026", "ngày 15/4/2026", "15/4/26"] {
        dir.write("snv.md", text.replace("date: 15/04/2026", &format!("date: {form}")));
        let json = run(dir.path(), &["check", "snv.md", "--format", "json"]).json();
        assert!(!codes(&json).contains(&"field-invalid".to_owned()), "{form}: {json}");
    }
    let ok = run(dir.path(), &["status", "--as-of", "22.04.2026", "--format", "json"]);
    assert_eq!(ok.json()["as_of"], "2026-04-22");
    let refused = run(dir.path(), &["status", "--as-of", "04/22/2026"]);
    assert_eq!(refused.code, 2);
    assert!(
        refused.stderr.contains("month and day seem swapped"),
        "{}",
        refused.stderr
    );
    let refused = run(dir.path(), &["status", "--as-of", "22/4"]);
    assert!(refused.stderr.contains("thiếu năm"), "{}", refused.stderr);
}

// ---- 7. (this engineer's part) late at its line, plurals, a fresh draft is not late.

#[test]
fn late_by_its_date_is_located_at_the_date_line() {
    let dir = Scratch::sample();
    let text = dir.read("submissions/so-nganh/snv.md");
    let text = text
        .replace("submitted: 2026-04-16T09:30:00+07:00\n", "")
        .replace("date: 15/04/2026", "date: 25/04/2026");
    dir.write("submissions/so-nganh/snv.md", &text);
    let json = run(
        dir.path(),
        &["check", "--format", "json", "--date-source", "front-matter"],
    )
    .json();
    let file = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["unit_code"] == "SNV")
        .unwrap();
    let late = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "late")
        .unwrap();
    assert_eq!(late["line"], support::line_of(&text, "date: 25/04/2026"));
}

#[test]
fn one_file_one_error_in_the_singular() {
    let dir = Scratch::sample();
    let output = run(dir.path(), &["check", "submissions/so-nganh/snnmt.md", "--lang", "en"]);
    assert!(
        output.stdout.contains("Checked 1 file: 1 error, 0 warnings."),
        "{}",
        output.stdout
    );
}

#[test]
fn an_untouched_draft_made_after_the_deadline_is_not_late() {
    let dir = Scratch::sample();
    assert_eq!(
        run(dir.path(), &["new", "--unit", "TD", "--as-of", "2026-12-03"]).code,
        0
    );
    let json = run(dir.path(), &["check", "td.md", "--format", "json"]).json();
    assert!(!codes(&json).contains(&"late".to_owned()), "{json}");
    assert_eq!(json["files"][0]["late_days"], Value::Null);
}

/// A file named on the command line that is not read is an error (exit 1); the same file
/// met in a folder is a warning, as a stray file beside the reports is.
#[test]
fn a_named_file_that_is_not_read_is_an_error() {
    let dir = Scratch::sample();
    dir.write("submissions/so-nganh/anh-chup.jpg", b"\xFF\xD8\xFF");
    let named = run(
        dir.path(),
        &["check", "submissions/so-nganh/anh-chup.jpg", "--format", "json"],
    );
    assert_eq!(named.code, 1, "{}", named.stdout);
    let json = named.json();
    let finding = &json["files"][0]["diagnostics"][0];
    assert_eq!(
        (&finding["code"], &finding["severity"]),
        (&Value::from("unsupported-file"), &Value::from("error")),
        "{json}"
    );
    let walked = run(dir.path(), &["check", "submissions/so-nganh", "--format", "json"]).json();
    let stray = walked["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with("anh-chup.jpg")))
        .expect("the stray file is listed");
    assert_eq!(stray["diagnostics"][0]["severity"], "warning", "{stray}");
}

// ---- 8. One vocabulary, one date format, numbers that add up.

#[test]
fn status_json_is_iso_and_its_groups_add_up_to_the_totals() {
    let dir = Scratch::sample();
    let json = run(dir.path(), &["status", "--as-of", "2026-04-22", "--format", "json"]).json();
    assert_eq!(json["as_of"], "2026-04-22");
    assert_eq!(json["deadline"], "2026-04-19");
    assert!(json["per_day"][0]["date"].as_str().unwrap().starts_with("2026-04-"));
    let groups = json["groups"].as_array().unwrap();
    let totals = &json["totals"];
    for key in ["expected", "on_time", "late", "missing", "rejected"] {
        let sum: u64 = groups.iter().map(|g| g[key].as_u64().unwrap()).sum();
        assert_eq!(sum, totals[key].as_u64().unwrap(), "{key}");
    }
    let t = |k: &str| totals[k].as_u64().unwrap();
    assert_eq!(t("expected"), t("submitted") + t("missing") + t("rejected"));
    assert_eq!(t("submitted"), t("on_time") + t("late"));
    for row in groups.iter().flat_map(|g| g["rows"].as_array().unwrap()) {
        match row["state"].as_str().unwrap() {
            "missing" | "rejected" => {
                assert_eq!(row["submitted"], Value::Null, "{row}");
                assert_eq!(row["late_days"], Value::Null, "{row}");
            }
            _ => assert!(row["submitted"].as_str().unwrap().starts_with("2026-"), "{row}"),
        }
    }

    // The compiled figures say the same.
    let compile = run(dir.path(), &["compile", "--format", "json", "--as-of", "2026-04-29"]);
    assert_eq!(compile.code, 0, "{}", compile.stderr);
    let figures = dir.read_json("output/bao-cao-tong-hop.json");
    let status = run(dir.path(), &["status", "--as-of", "2026-04-29", "--format", "json"]).json();
    let units = &figures["units"];
    assert_eq!(units["submitted"], status["totals"]["submitted"]);
    assert_eq!(
        units["missing"].as_array().unwrap().len() as u64,
        status["totals"]["missing"].as_u64().unwrap()
    );
    assert_eq!(
        units["rejected_units"].as_array().unwrap().len() as u64,
        status["totals"]["rejected"].as_u64().unwrap()
    );

    let human = run(dir.path(), &["status", "--as-of", "2026-04-22"]);
    assert!(!human.stdout.contains("unsupported-file"), "{}", human.stdout);
    assert!(
        human.stdout.contains("bị loại: tệp Word bị hỏng, không đọc được"),
        "{}",
        human.stdout
    );
}

// ---- 9. The README's examples are the real output.

/// Every key the README shows has the value the sample gives (the README leaves keys out,
/// never changes one).
fn shown_in(readme: &Value, real: &Value, at: &str) {
    match (readme, real) {
        (Value::Object(shown), Value::Object(real)) => {
            for (key, value) in shown {
                let inner = real
                    .get(key)
                    .unwrap_or_else(|| panic!("{at}.{key} is not in the output"));
                shown_in(value, inner, &format!("{at}.{key}"));
            }
        }
        _ => assert_eq!(readme, real, "{at}"),
    }
}

#[test]
fn the_readme_compile_json_example_is_the_real_output() {
    let readme = std::fs::read_to_string(support::repo_root().join("README.md")).unwrap();
    let block = readme
        .split("```json\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        // check's example has `files` and a `rejected_units` of its own.
        .find(|b| b.contains("\"rejected_units\"") && !b.contains("\"files\""))
        .expect("the compile JSON example");
    let shown: Value = serde_json::from_str(block).expect("the README example is JSON");
    let dir = Scratch::sample();
    let output = run(dir.path(), &["compile", "--format", "json", "--as-of", "2026-04-29"]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    let real = dir.read_json("output/bao-cao-tong-hop.json");
    shown_in(&shown, &real, "$");
}

// ---- 10. Help and conventions.

#[test]
fn help_is_bilingual_with_examples_and_exit_codes() {
    let dir = Scratch::new();
    let help = run(dir.path(), &["--help"]).stdout;
    assert!(help.contains("Kiểm tra và tổng hợp báo cáo"), "{help}");
    for command in ["check", "compile", "new", "outline", "status", "completions"] {
        let help = run(dir.path(), &[command, "--help"]).stdout;
        assert!(help.contains("Examples / Ví dụ:"), "{command}: {help}");
        assert!(help.contains("Exit codes / Mã thoát"), "{command}: {help}");
    }
    let compile = run(dir.path(), &["compile", "--help"]).stdout;
    assert!(compile.contains("[default: md,html,docx,xlsx]"), "{compile}");
    assert!(compile.contains("[default: the nearest outline/"), "{compile}");
    assert!(
        compile.contains("15-04-2026"),
        "--as-of lists the date forms: {compile}"
    );
    let status = run(dir.path(), &["status", "--help"]).stdout;
    assert!(
        status.contains("--format <FORMAT>\n          Output format"),
        "{status}"
    );
}

#[test]
fn compile_formats_with_commas_spaces_or_repeated() {
    let dir = Scratch::sample();
    for (args, out) in [
        (&["--format", "md, html"][..], "a"),
        (&["--format", "md,html"][..], "b"),
        (&["--format", "md", "--format", "html"][..], "c"),
    ] {
        let mut all = vec!["compile", "--as-of", "2026-04-29", "--out", out];
        all.extend_from_slice(args);
        let output = run(dir.path(), &all);
        assert_eq!(output.code, 0, "{args:?}: {}", output.stderr);
        assert!(dir.path().join(out).join("bao-cao-tong-hop.html").is_file(), "{args:?}");
        assert!(!dir.path().join(out).join("bao-cao-tong-hop.docx").exists(), "{args:?}");
    }
}

#[test]
fn status_out_without_html_is_refused() {
    let dir = Scratch::sample();
    let output = run(dir.path(), &["status", "--out", "somewhere"]);
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("--format html"), "{}", output.stderr);
}

#[test]
fn completions_man_page_and_colour() {
    let dir = Scratch::sample();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = run(dir.path(), &["completions", shell]);
        assert_eq!(output.code, 0, "{shell}");
        assert!(output.stdout.contains("compile"), "{shell}");
    }
    let man = run(dir.path(), &["man"]);
    assert_eq!(man.code, 0);
    assert!(man.stdout.contains(".TH baocao"), "{}", man.stdout);
    let coloured: Run = run(
        dir.path(),
        &["check", "submissions/so-nganh/stc.md", "--color", "always"],
    );
    assert!(coloured.stdout.contains('\u{1b}'), "{}", coloured.stdout);
    let plain = run(
        dir.path(),
        &["check", "submissions/so-nganh/stc.md", "--color", "never"],
    );
    assert!(!plain.stdout.contains('\u{1b}'));
}

// ---- 11. An empty folder; one unit's folder.

#[test]
fn an_empty_submissions_folder_is_not_compiled_into_zeros() {
    let dir = Scratch::sample();
    std::fs::remove_dir_all(dir.join("submissions")).unwrap();
    dir.mkdir("submissions");
    let output = run(dir.path(), &["compile", "--as-of", "2026-04-29"]);
    assert_eq!(output.code, 2, "{}", output.stdout);
    assert!(
        output.stderr.contains("không có báo cáo nào được tính"),
        "{}",
        output.stderr
    );
    assert!(!dir.path().join("output").exists());
}

#[test]
fn checking_one_units_folder_does_not_call_the_roll() {
    let dir = Scratch::sample();
    let output = run(dir.path(), &["check", "submissions/so-nganh"]);
    assert!(!output.stdout.contains("Chưa có báo cáo"), "{}", output.stdout);
    let output = run(&dir.path().join("submissions/so-nganh"), &["check", "."]);
    assert!(!output.stdout.contains("Chưa có báo cáo"), "{}", output.stdout);
    // The whole submissions folder still does.
    let output = run(dir.path(), &["check", "submissions"]);
    assert!(output.stdout.contains("Chưa có báo cáo"), "{}", output.stdout);
    let output = run(&dir.path().join("submissions/so-nganh"), &["check"]);
    assert!(output.stdout.contains("Chưa có báo cáo"), "{}", output.stdout);
}
