//! A workbook on its own (issue 17): an `.xlsx` no report claims by its name or
//! `appendix:`, tied to its unit by its title rows (the issuing body, a report number it
//! cites) or, last, its file name, against the roster (the units and reports of
//! `tests/fixtures/header/`). The unit's report beside it with no figures of its own takes
//! it as its appendix, exactly as one of the same name stem; otherwise the workbook says
//! whose it is, or why that cannot be told. `status` and `compile` count as `check` does.

use serde_json::Value;

use crate::support::{self, Scratch, repo_root};
use crate::workbook::appendix;

/// Đảng ủy phường Vinh Phú's figures (as in its report's own table).
const FIGURES: [Option<f64>; 9] = [
    Some(18.0),
    Some(36.0),
    Some(1204.0),
    Some(24.0),
    Some(815.0),
    Some(156.0),
    Some(149.0),
    Some(12.0),
    Some(71.5),
];

/// The figures with the dialogues (the fourth) left blank: a finding at its cell.
fn with_a_gap() -> [Option<f64>; 9] {
    let mut figures = FIGURES;
    figures[3] = None;
    figures
}

/// A commune's title rows as its officers type them above the table.
const VINH_PHU: [&str; 3] = [
    "ĐẢNG ỦY PHƯỜNG VINH PHÚ",
    "BIỂU SỐ LIỆU",
    "Kèm theo Báo cáo số 52-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy phường",
];

/// A report of `tests/fixtures/header/submissions/`, without its appendix (the unit sent
/// its figures in Excel).
pub(crate) fn without_appendix(path: &str) -> String {
    let text = whole(path);
    let cut = text.find("# PHỤ LỤC").expect("the report has an appendix");
    text[..cut].to_owned()
}

pub(crate) fn whole(path: &str) -> String {
    std::fs::read_to_string(repo_root().join("tests/fixtures/header/submissions").join(path)).expect("fixture")
}

/// A campaign with the header fixture's roster (Vinh Phú and Vinh Lộc, Sở Y tế and Đảng ủy
/// Sở Y tế among its units) and the built-in outline.
pub(crate) fn campaign() -> Scratch {
    let scratch = Scratch::new();
    let roster = std::fs::read(repo_root().join("tests/fixtures/header/outline/units.yaml")).expect("roster");
    scratch.write("outline/units.yaml", roster);
    scratch
}

pub(crate) fn check(scratch: &Scratch) -> Value {
    let run = scratch.run(&[
        "check",
        "--format",
        "json",
        "--lang",
        "en",
        "--outline",
        "outline",
        "--date-source",
        "front-matter",
        "s",
    ]);
    assert!(run.code <= 1, "{run:?}");
    run.json()
}

/// `(code, line, key, message)` of a file's findings.
fn findings(json: &Value, path: &str) -> Vec<(String, u64, Option<String>, String)> {
    let file = support::file(json, path);
    let messages = file["diagnostics"].as_array().expect("diagnostics").iter();
    support::diags(file)
        .into_iter()
        .zip(messages)
        .map(|(d, m)| {
            (
                d.code,
                d.line,
                d.key,
                m["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The one message of `code` on `path`.
pub(crate) fn message(json: &Value, path: &str, code: &str) -> String {
    let found: Vec<String> = findings(json, path)
        .into_iter()
        .filter(|f| f.0 == code)
        .map(|f| f.3)
        .collect();
    assert_eq!(found.len(), 1, "{code} on {path}: {json:#}");
    found[0].clone()
}

fn codes(json: &Value, path: &str) -> Vec<String> {
    findings(json, path).into_iter().map(|f| f.0).collect()
}

#[test]
fn a_workbook_on_its_own_is_its_units_appendix_as_if_named_like_the_report() {
    let book = appendix(&VINH_PHU, with_a_gap());
    let lone = campaign();
    lone.write(
        "s/x001-vinh-phu.md",
        without_appendix("dang-uy-xa-phuong/x001-vinh-phu.md"),
    )
    .write("s/BIỂU SỐ LIỆU KÈM THEO BC 52.xlsx", &book);
    let json = check(&lone);
    // The workbook is the report's appendix, no stray file of its own.
    assert_eq!(support::paths(&json), ["s/x001-vinh-phu.md"]);
    assert_eq!(support::file(&json, "s/x001-vinh-phu.md")["unit_code"], "X001");
    let gap = message(&json, "s/x001-vinh-phu.md", "appendix-value-missing");
    assert!(gap.contains("BIỂU SỐ LIỆU KÈM THEO BC 52.xlsx!Sheet1!D9"), "{gap}");

    // Exactly the findings of the same workbook named like the report.
    let stem = campaign();
    stem.write(
        "s/x001-vinh-phu.md",
        without_appendix("dang-uy-xa-phuong/x001-vinh-phu.md"),
    )
    .write("s/x001-vinh-phu.xlsx", &book);
    let by_stem = check(&stem);
    assert_eq!(support::paths(&by_stem), ["s/x001-vinh-phu.md"]);
    let renamed: Vec<_> = findings(&by_stem, "s/x001-vinh-phu.md")
        .into_iter()
        .map(|(c, l, k, m)| {
            (
                c,
                l,
                k,
                m.replace("x001-vinh-phu.xlsx", "BIỂU SỐ LIỆU KÈM THEO BC 52.xlsx"),
            )
        })
        .collect();
    assert_eq!(findings(&json, "s/x001-vinh-phu.md"), renamed);
    assert!(!codes(&json, "s/x001-vinh-phu.md").contains(&"missing-section".to_owned()));
}

#[test]
fn a_state_body_and_its_party_committee_each_get_their_own_workbook() {
    let scratch = campaign();
    scratch
        .write(
            "s/BC 114 - So Y te.txt",
            without_appendix("so-nganh/BC 114 - So Y te.txt"),
        )
        .write(
            "s/dang-uy-so-y-te.md",
            without_appendix("dang-uy-truc-thuoc/dang-uy-so-y-te.md"),
        )
        // The state style's two columns; the right one is the motto.
        .write(
            "s/Bieu so lieu 1.xlsx",
            appendix(
                &[
                    "UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc",
                    "BIỂU SỐ LIỆU",
                ],
                FIGURES,
            ),
        )
        .write(
            "s/Bieu so lieu 2.xlsx",
            appendix(
                &["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY SỞ Y TẾ", "PHỤ LỤC SỐ LIỆU"],
                with_a_gap(),
            ),
        );
    let json = check(&scratch);
    assert_eq!(
        support::paths(&json),
        ["s/BC 114 - So Y te.txt", "s/dang-uy-so-y-te.md"]
    );
    // Sở Y tế's figures are complete; its Party committee's workbook has the gap.
    let syt = codes(&json, "s/BC 114 - So Y te.txt");
    assert!(
        !syt.iter().any(|c| c.starts_with("appendix") || c == "missing-section"),
        "{syt:?}"
    );
    let gap = message(&json, "s/dang-uy-so-y-te.md", "appendix-value-missing");
    assert!(gap.contains("Bieu so lieu 2.xlsx!Sheet1!D9"), "{gap}");
}

#[test]
fn a_cited_report_number_or_the_file_name_ties_a_workbook_without_an_issuing_body() {
    let scratch = campaign();
    scratch
        .write(
            "s/x004-hoang-mai.md",
            without_appendix("dang-uy-xa-phuong/x004-hoang-mai.md"),
        )
        .write(
            "s/bieu.xlsx",
            appendix(
                &["BIỂU SỐ LIỆU", "(Kèm theo Báo cáo số 61-BC/ĐU ngày 08/4/2026)"],
                FIGURES,
            ),
        )
        .write(
            "s/BC 114 - So Y te.txt",
            without_appendix("so-nganh/BC 114 - So Y te.txt"),
        )
        // No title rows at all: the name is the last hint. Its words are every word of
        // "Sở Y tế", and of "Đảng ủy Sở Y tế" but for "Đảng ủy": the whole name wins.
        .write("s/Bieu so lieu - So Y te.xlsx", appendix(&[], FIGURES))
        .write(
            "s/dang-uy-so-y-te.md",
            without_appendix("dang-uy-truc-thuoc/dang-uy-so-y-te.md"),
        )
        .write("s/Bieu so lieu - Dang uy So Y te.xlsx", appendix(&[], with_a_gap()));
    let json = check(&scratch);
    assert_eq!(
        support::paths(&json),
        ["s/BC 114 - So Y te.txt", "s/dang-uy-so-y-te.md", "s/x004-hoang-mai.md"]
    );
    for path in ["s/BC 114 - So Y te.txt", "s/x004-hoang-mai.md"] {
        let found = codes(&json, path);
        assert!(
            !found
                .iter()
                .any(|c| c.starts_with("appendix") || c == "missing-section"),
            "{path}: {found:?}"
        );
    }
    let gap = message(&json, "s/dang-uy-so-y-te.md", "appendix-value-missing");
    assert!(gap.contains("Bieu so lieu - Dang uy So Y te.xlsx!Sheet1!D5"), "{gap}");
}

/// The folder of the status and compile test: Vinh Phú's report and its workbook, and the
/// provincial Youth Union's figures sent without its report.
fn sent_without_a_report() -> Scratch {
    let scratch = campaign();
    scratch
        .write(
            "s/x001-vinh-phu.md",
            without_appendix("dang-uy-xa-phuong/x001-vinh-phu.md"),
        )
        .write("s/BIỂU SỐ LIỆU KÈM THEO BC 52.xlsx", appendix(&VINH_PHU, FIGURES))
        .write(
            "s/so-lieu.xlsx",
            appendix(
                &["BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN", "BIỂU SỐ LIỆU"],
                FIGURES,
            ),
        );
    scratch
}

#[test]
fn a_unit_that_sent_only_its_figures_is_told_and_has_not_reported() {
    let scratch = sent_without_a_report();
    let json = check(&scratch);
    assert_eq!(support::paths(&json), ["s/so-lieu.xlsx", "s/x001-vinh-phu.md"]);
    let said = message(&json, "s/so-lieu.xlsx", "lone-workbook");
    assert!(said.contains("Tỉnh đoàn (TD)"), "{said}");
    assert!(said.contains("so-lieu.xlsx!Sheet1!A1"), "{said}");
    assert!(said.contains("no report of that unit was read"), "{said}");
    let diag = &support::diags(support::file(&json, "s/so-lieu.xlsx"))[0];
    assert_eq!(diag.severity, "warning");
    // The unit sent something that cannot count: sent back, not missing.
    assert_eq!(
        json["rejected_units"],
        serde_json::json!([{ "code": "TD", "path": "s/so-lieu.xlsx" }])
    );
    let missing = json["missing_units"].as_array().expect("missing");
    assert!(!missing.iter().any(|c| c == "TD") && missing.iter().any(|c| c == "X004"));
    // In Vietnamese, to the secretariat.
    let vi = scratch.run(&["check", "--outline", "outline", "--date-source", "front-matter", "s"]);
    assert!(
        vi.stdout
            .contains("là biểu số liệu của Tỉnh đoàn (TD), theo dòng tiêu đề"),
        "{}",
        vi.stdout
    );
    assert!(vi.stdout.contains("TD (s/so-lieu.xlsx)"), "{}", vi.stdout);
}

#[test]
fn status_and_compile_count_the_units_as_check_does() {
    let scratch = sent_without_a_report();
    let check = check(&scratch);
    let status = scratch.run(&[
        "status",
        "--outline",
        "outline",
        "--submissions",
        "s",
        "--format",
        "json",
        "--as-of",
        "2026-04-22",
        "--date-source",
        "front-matter",
    ]);
    assert_eq!(status.code, 0, "{status:?}");
    let status = status.json();
    let rows: Vec<&Value> = status["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .flat_map(|g| g["rows"].as_array().expect("rows"))
        .collect();
    let state = |code: &str| {
        rows.iter()
            .find(|r| r["code"] == code)
            .map(|r| {
                (
                    r["state"].as_str().unwrap_or_default(),
                    r["label"].as_str().unwrap_or_default(),
                )
            })
            .unwrap_or_else(|| panic!("no {code} in {status:#}"))
    };
    assert_eq!(state("X001").0, "on-time");
    assert_eq!(
        state("TD"),
        ("rejected", "bị loại: biểu số liệu Excel không gắn với báo cáo nào")
    );
    assert_eq!(state("X004").0, "missing");
    assert_eq!(check["files"].as_array().map(Vec::len), Some(2));

    let compile = scratch.run(&[
        "compile",
        "--outline",
        "outline",
        "--submissions",
        "s",
        "--out",
        "out",
        "--format",
        "json",
        "--as-of",
        "2026-04-22",
        "--date-source",
        "front-matter",
    ]);
    assert_eq!(compile.code, 0, "{compile:?}");
    let compiled = scratch.read_json("out/bao-cao-tong-hop.json");
    let units = &compiled["units"];
    assert_eq!(units["submitted"], 1);
    assert_eq!(units["rejected_units"], serde_json::json!(["TD"]));
    assert!(
        !units["missing"].as_array().expect("missing").iter().any(|c| c == "TD"),
        "{units}"
    );
    assert_eq!(units["rejected"][0]["path"], "s/so-lieu.xlsx");
    assert_eq!(units["rejected"][0]["code"], "lone-workbook");
    // The figures are Vinh Phú's workbook's, and only theirs.
    assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204);
    assert_eq!(compiled["appendix"]["tap-huan"]["reported"], 1);
    assert_eq!(compiled["appendix"]["truc-tuyen"]["total"], 71.5);
}

#[test]
fn two_units_that_fit_are_never_chosen_between() {
    let scratch = campaign();
    scratch
        .write(
            "s/x001-vinh-phu.md",
            without_appendix("dang-uy-xa-phuong/x001-vinh-phu.md"),
        )
        // "Vinh" is part of Vinh Phú and of Vinh Lộc.
        .write(
            "s/bieu.xlsx",
            appendix(&["ĐẢNG ỦY PHƯỜNG VINH", "BIỂU SỐ LIỆU"], FIGURES),
        );
    let json = check(&scratch);
    let said = message(&json, "s/bieu.xlsx", "lone-workbook");
    assert!(
        said.contains("Đảng ủy phường Vinh Phú (X001)") && said.contains("Đảng ủy phường Vinh Lộc (X009)"),
        "{said}"
    );
    assert!(said.contains("cannot tell whose"), "{said}");
    // The report is left without figures: its appendix is still missing.
    assert!(codes(&json, "s/x001-vinh-phu.md").contains(&"missing-section".to_owned()));
    assert_eq!(json["rejected_units"], serde_json::json!([]));
}

#[test]
fn two_reports_of_the_unit_or_two_workbooks_of_a_report_are_never_chosen_between() {
    let report = without_appendix("dang-uy-xa-phuong/x004-hoang-mai.md");
    let title = ["ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "BIỂU SỐ LIỆU"];
    let scratch = campaign();
    scratch
        .write("s/a/bao-cao.md", &report)
        .write("s/a/bao-cao-sua.md", &report)
        .write("s/a/bieu.xlsx", appendix(&title, FIGURES))
        .write(
            "s/b/x001-vinh-phu.md",
            without_appendix("dang-uy-xa-phuong/x001-vinh-phu.md"),
        )
        .write("s/b/bieu-1.xlsx", appendix(&VINH_PHU, FIGURES))
        .write("s/b/bieu-2.xlsx", appendix(&VINH_PHU, with_a_gap()));
    let json = check(&scratch);
    let said = message(&json, "s/a/bieu.xlsx", "lone-workbook");
    assert!(
        said.contains("several reports") && said.contains("s/a/bao-cao-sua.md, s/a/bao-cao.md"),
        "{said}"
    );
    for path in ["s/a/bao-cao.md", "s/a/bao-cao-sua.md"] {
        assert!(codes(&json, path).contains(&"missing-section".to_owned()), "{path}");
    }
    let first = message(&json, "s/b/bieu-1.xlsx", "lone-workbook");
    assert!(first.contains("so is s/b/bieu-2.xlsx"), "{first}");
    let second = message(&json, "s/b/bieu-2.xlsx", "lone-workbook");
    assert!(second.contains("so is s/b/bieu-1.xlsx"), "{second}");
    assert!(codes(&json, "s/b/x001-vinh-phu.md").contains(&"missing-section".to_owned()));
}

#[test]
fn a_workbook_of_another_unit_or_of_none_is_not_taken() {
    let scratch = campaign();
    scratch
        .write(
            "s/x001-vinh-phu.md",
            without_appendix("dang-uy-xa-phuong/x001-vinh-phu.md"),
        )
        // Another unit's, beside Vinh Phú's report: Hoàng Mai's, whose report is elsewhere.
        .write(
            "s/bieu-hoang-mai.xlsx",
            appendix(&["ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "BIỂU SỐ LIỆU"], FIGURES),
        )
        .write("s/khac/x004.md", whole("dang-uy-xa-phuong/x004-hoang-mai.md"))
        // A unit of another province: not in the roster.
        .write(
            "s/bieu-nam-dan.xlsx",
            appendix(&["ĐẢNG ỦY XÃ NAM ĐÀN", "BIỂU SỐ LIỆU"], FIGURES),
        )
        // No title rows and a name that says nothing.
        .write("s/bieu-so-lieu.xlsx", appendix(&[], FIGURES));
    let json = check(&scratch);
    assert!(codes(&json, "s/x001-vinh-phu.md").contains(&"missing-section".to_owned()));
    let elsewhere = message(&json, "s/bieu-hoang-mai.xlsx", "lone-workbook");
    assert!(
        elsewhere.contains("Đảng ủy phường Hoàng Mai (X004)") && elsewhere.contains("another folder (s/khac/x004.md)"),
        "{elsewhere}"
    );
    let other = message(&json, "s/bieu-nam-dan.xlsx", "unsupported-file");
    assert!(
        other.contains("“ĐẢNG ỦY XÃ NAM ĐÀN”, which is not in the roster"),
        "{other}"
    );
    let none = message(&json, "s/bieu-so-lieu.xlsx", "unsupported-file");
    assert!(none.contains("tie it to no unit"), "{none}");
    // Nothing is put against a unit; Hoàng Mai's report counts.
    assert_eq!(json["rejected_units"], serde_json::json!([]));
    assert_eq!(support::file(&json, "s/khac/x004.md")["unit_code"], "X004");
}

#[test]
fn a_report_with_figures_of_its_own_keeps_them() {
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", whole("dang-uy-xa-phuong/x001-vinh-phu.md"))
        .write("s/BIỂU SỐ LIỆU KÈM THEO BC 52.xlsx", appendix(&VINH_PHU, with_a_gap()));
    let json = check(&scratch);
    // The report's own table stands: no finding of the workbook's gap on it.
    assert_eq!(codes(&json, "s/x001-vinh-phu.md"), checked_alone());
    let said = message(&json, "s/BIỂU SỐ LIỆU KÈM THEO BC 52.xlsx", "lone-workbook");
    assert!(said.contains("has figures of its own"), "{said}");
    assert!(said.contains("52-BC/ĐU"), "{said}");
}

/// The codes of Vinh Phú's whole report checked on its own.
fn checked_alone() -> Vec<String> {
    let scratch = campaign();
    scratch.write("s/x001-vinh-phu.md", whole("dang-uy-xa-phuong/x001-vinh-phu.md"));
    codes(&check(&scratch), "s/x001-vinh-phu.md")
}
