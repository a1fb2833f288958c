//! An appendix sent as an `.xlsx` is read as Excel shows it: a hidden sheet (an old
//! version kept out of sight), a hidden row (an old figure above the new one) or a hidden
//! column is not read, and is said (`appendix-hidden`, a note); a number is the one its
//! format shows (`=866/964` under `0.0%` is 89,8 %, not 89,834), in `check` and in the
//! figures `compile` counts.

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet};
use serde_json::Value;

use crate::support::{self, ROSTER, Scratch, line_of, report};
use crate::workbook::{INDICATORS, UNITS};

/// The unit's figures as its officers see them; the rate is `=866/964` under `0.0%`.
const FIGURES: [f64; 8] = [48.0, 36.0, 2071.0, 24.0, 1215.0, 356.0, 341.0, 12.0];

/// An older version of them, kept in the workbook out of sight.
const OLD: [f64; 8] = [40.0, 30.0, 1800.0, 20.0, 999.0, 300.0, 290.0, 10.0];

/// Sở Nội vụ's report without its table, naming `bieu.xlsx` as its appendix.
fn report_without_table() -> String {
    let text = report().replacen("date:", "appendix: bieu.xlsx\ndate:", 1);
    let start = text.find("| STT |").expect("table");
    format!("{}Có biểu số liệu kèm theo.\n", &text[..start])
}

/// `STT | Chỉ tiêu | Số liệu` from the sheet's first row, one row per indicator with
/// `counts` and, last, the rate as a formula under `0.0%` (its cached result given).
fn table(sheet: &mut Worksheet, counts: [f64; 8], rate: (&str, &str)) {
    for (col, header) in (0..).zip(["STT", "Chỉ tiêu", "Số liệu"]) {
        sheet.write_string(0, col, header).expect("cell");
    }
    for (k, name) in INDICATORS.iter().enumerate() {
        let row = 1 + k as u32;
        sheet.write_number(row, 0, (k + 1) as f64).expect("cell");
        sheet.write_string(row, 1, *name).expect("cell");
    }
    for (k, count) in counts.iter().enumerate() {
        sheet.write_number(1 + k as u32, 2, *count).expect("cell");
    }
    let tenths = Format::new().set_num_format("0.0%");
    let formula = Formula::new(rate.0).set_result(rate.1);
    sheet.write_formula_with_format(9, 2, formula, &tenths).expect("cell");
}

/// `check` of the report with `book` beside it: the JSON and the report's diagnostics.
fn check(book: &mut Workbook) -> (Scratch, Value, Vec<support::Diag>) {
    let scratch = Scratch::new();
    scratch
        .write("o/units.yaml", ROSTER)
        .write("s/snv.md", report_without_table())
        .write("s/bieu.xlsx", book.save_to_buffer().expect("workbook"));
    let (_, json) = scratch.check_json("o", &["s"]);
    let diags = support::diags(support::file(&json, "s/snv.md"));
    (scratch, json, diags)
}

fn message<'a>(json: &'a Value, code: &str) -> &'a str {
    json["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == code)
        .and_then(|d| d["message"].as_str())
        .unwrap_or_else(|| panic!("no {code} in {json:#}"))
}

/// The unit's figures as `compile` counted them: its row of the compiled workbook's units
/// sheet (rates as fractions, as Excel keeps them).
fn compiled(scratch: &Scratch) -> Vec<Option<f64>> {
    let run = scratch.compile("o", "out", "json,xlsx", "2026-04-29");
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let mut book: Xlsx<_> = open_workbook(scratch.join("out/bao-cao-tong-hop.xlsx")).expect("the compiled workbook");
    let units = book.worksheet_range(UNITS).expect("the units sheet");
    let row = (1..=units.end().expect("rows").0)
        .find(|&r| units.get_value((r, 1)) == Some(&Data::String("SNV".into())))
        .expect("Sở Nội vụ's row");
    (0..INDICATORS.len() as u32)
        .map(|k| match units.get_value((row, 4 + k)) {
            Some(Data::Float(f)) => Some(*f),
            Some(Data::Int(i)) => Some(*i as f64),
            _ => None,
        })
        .collect()
}

/// What the unit's officers see: the counts, and 89,8 % (0,898 in Excel).
fn seen() -> Vec<Option<f64>> {
    FIGURES.iter().copied().chain([0.898]).map(Some).collect()
}

fn assert_close(got: &[Option<f64>], want: &[Option<f64>]) {
    assert_eq!(got.len(), want.len());
    for (k, (g, w)) in got.iter().zip(want).enumerate() {
        let same = match (g, w) {
            (Some(g), Some(w)) => (g - w).abs() < 1e-9,
            (None, None) => true,
            _ => false,
        };
        assert!(same, "{}: got {g:?}, want {w:?}", INDICATORS[k]);
    }
}

#[test]
fn a_hidden_sheet_is_not_the_appendix() {
    let mut book = Workbook::new();
    let old = book.add_worksheet().set_name("Bản cũ").expect("name");
    table(old, OLD, ("=550/1000", "0.55"));
    old.set_hidden(true);
    let current = book.add_worksheet().set_name("Biểu số liệu").expect("name");
    table(current, FIGURES, ("=866/964", "0.898340248962656"));
    current.set_active(true);
    let (scratch, json, diags) = check(&mut book);
    assert_close(&compiled(&scratch), &seen());
    let text = report_without_table();
    let codes: Vec<(&str, u64)> = diags.iter().map(|d| (d.code.as_str(), d.line)).collect();
    assert_eq!(codes, [("appendix-hidden", line_of(&text, "# Phụ lục"))]);
    let said = message(&json, "appendix-hidden");
    assert!(said.contains("bieu.xlsx") && said.contains("“Bản cũ”"), "{said}");
    assert_eq!(json["files"][0]["diagnostics"][0]["severity"], "note");
}

#[test]
fn hidden_rows_and_columns_are_not_read() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (col, header) in (0..).zip(["STT", "Chỉ tiêu", "Nháp", "Số liệu"]) {
        sheet.write_string(0, col, header).expect("cell");
    }
    let mut row = 1;
    for (k, name) in INDICATORS.iter().enumerate() {
        let figures: &[f64] = match k {
            // An old figure kept above the new one, under the same label, its row hidden.
            4 => &[OLD[4], FIGURES[4]],
            8 => &[],
            _ => &FIGURES[k..=k],
        };
        for figure in figures {
            sheet.write_number(row, 0, (k + 1) as f64).expect("cell");
            sheet.write_string(row, 1, *name).expect("cell");
            // A draft column, hidden.
            sheet.write_number(row, 2, figure + 1.0).expect("cell");
            sheet.write_number(row, 3, *figure).expect("cell");
            row += 1;
        }
    }
    sheet.write_number(row, 0, 9.0).expect("cell");
    sheet.write_string(row, 1, INDICATORS[8]).expect("cell");
    let tenths = Format::new().set_num_format("0.0%");
    let formula = Formula::new("=866/964").set_result("0.898340248962656");
    sheet.write_formula_with_format(row, 3, formula, &tenths).expect("cell");
    // The old figure of the fifth indicator is on the sixth row (Excel's row 6).
    sheet.set_row_hidden(5).expect("row");
    sheet.set_column_hidden(2).expect("column");
    let (scratch, json, diags) = check(&mut book);
    assert_close(&compiled(&scratch), &seen());
    let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["appendix-hidden"]);
    let said = message(&json, "appendix-hidden");
    assert!(said.contains("bieu.xlsx!Sheet1!6:6"), "{said}");
    assert!(said.contains("bieu.xlsx!Sheet1!C:C"), "{said}");
}

/// A rate computed in Excel counts as its cell shows it, and so does a count computed
/// there (2.070,6 under `#,##0` shows, and counts as, 2.071).
#[test]
fn numbers_count_as_their_cells_show_them() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    table(sheet, FIGURES, ("=866/964", "0.898340248962656"));
    let whole = Format::new().set_num_format("#,##0");
    sheet.write_number_with_format(3, 2, 2070.6, &whole).expect("cell");
    let (scratch, _, diags) = check(&mut book);
    assert!(diags.is_empty(), "{diags:?}");
    assert_close(&compiled(&scratch), &seen());
    let json = scratch.read_json("out/bao-cao-tong-hop.json");
    assert_eq!(json["appendix"]["tap-huan"]["total"], 2071);
    assert_eq!(json["appendix"]["truc-tuyen"]["total"].as_f64(), Some(89.8));
}

/// A worksheet embedded in the Word report (Insert ▸ Object ▸ Excel), the report with no
/// table and no workbook beside it: the sheet is its appendix, its figures counted, its
/// cells named in findings.
#[test]
fn a_worksheet_embedded_in_a_word_report_is_its_appendix() {
    let text = report_without_table().replacen("appendix: bieu.xlsx\n", "", 1);
    let mut book = Workbook::new();
    table(book.add_worksheet(), FIGURES, ("=866/964", "0.898340249"));
    let word = support::docx::from_markdown(&text);
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write(
        "s/snv.docx",
        support::docx::embed_sheet(&word, &book.save_to_buffer().expect("workbook")),
    );
    let (_, json) = scratch.check_json("o", &["s"]);
    let codes = support::codes(&json, "s/snv.docx");
    for absent in ["appendix-empty", "missing-section", "empty-section", "conversion"] {
        assert!(!codes.iter().any(|c| c == absent), "{absent} in {codes:?}");
    }
    assert_close(&compiled(&scratch), &seen());

    // A report with its own table: the sheet is not read, and is said dropped.
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write(
        "s/snv.docx",
        support::docx::embed_sheet(
            &support::docx::from_markdown(&report()),
            &book.save_to_buffer().expect("workbook"),
        ),
    );
    let (_, json) = scratch.check_json("o", &["s"]);
    let notes: Vec<&str> = json["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "conversion")
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert_eq!(notes.len(), 1, "{json:#}");

    // An old binary sheet (`Excel.Sheet.8`) is not read: an object dropped, and the empty
    // appendix says that figures in a picture or object cannot be read.
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write(
        "s/snv.docx",
        support::docx::embed_object(&word, &book.save_to_buffer().expect("workbook"), "Excel.Sheet.8"),
    );
    let (_, json) = scratch.check_json("o", &["s"]);
    assert!(message(&json, "appendix-empty").contains("ảnh"), "{json:#}");

    // Without the sheet the report has no figures, and says so.
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write("s/snv.docx", word);
    let (_, json) = scratch.check_json("o", &["s"]);
    assert!(
        support::codes(&json, "s/snv.docx")
            .iter()
            .any(|c| c.starts_with("appendix") || c == "missing-section"),
        "{json:#}"
    );
}

/// The workbook of `hidden_rows_and_columns_are_not_read`, with an old version on a hidden
/// sheet too, as LibreOffice saves it in `format` (`xls`, `ods`): its bytes.
fn saved_as(format: &str, soffice: &std::path::Path) -> Vec<u8> {
    let mut book = Workbook::new();
    let old = book.add_worksheet().set_name("Bản cũ").expect("name");
    table(old, OLD, ("=550/1000", "0.55"));
    old.set_hidden(true);
    let sheet = book.add_worksheet().set_name("Biểu").expect("name");
    sheet.set_active(true);
    table(sheet, FIGURES, ("=866/964", "0.898340248962656"));
    // The old figure of the fifth indicator, under the new one (Excel's row 11), hidden.
    sheet.write_number(10, 1, 0.0).expect("cell");
    sheet.write_string(10, 1, INDICATORS[4]).expect("cell");
    sheet.write_number(10, 2, OLD[4]).expect("cell");
    sheet.set_row_hidden(10).expect("row");
    let dir = tempfile::tempdir().expect("temporary folder");
    let source = dir.path().join("bieu.xlsx");
    std::fs::write(&source, book.save_to_buffer().expect("workbook")).expect("written");
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("profile").display());
    let status = std::process::Command::new(soffice)
        .args([profile.as_str(), "--headless", "--convert-to", format, "--outdir"])
        .arg(dir.path())
        .arg(&source)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("soffice runs");
    assert!(status.success(), "soffice --convert-to {format}");
    std::fs::read(dir.path().join(format!("bieu.{format}"))).expect("converted")
}

/// Units still save their figures as Excel 97–2003 (`.xls`) or from LibreOffice (`.ods`):
/// read through LibreOffice as the `.xlsx` it makes, the figures are the ones the cells
/// show (89,8 % from `=866/964` under `0.0%`: calamine reads no formats from those files),
/// and what the file hides is said as it is for an `.xlsx`. Named by the front matter
/// (`.xls`) or by the name stem (`.ods`).
#[test]
fn an_xls_or_ods_appendix_reads_as_the_xlsx_libreoffice_makes_of_it() {
    let Some(soffice) = crate::support::which("soffice") else {
        eprintln!("skipped: LibreOffice (soffice) is not installed here");
        return;
    };
    for (format, named) in [("xls", true), ("ods", false)] {
        let text = if named {
            report_without_table().replacen("bieu.xlsx", "bieu.xls", 1)
        } else {
            report_without_table().replacen("appendix: bieu.xlsx\n", "", 1)
        };
        let file = if named {
            "bieu.xls".to_owned()
        } else {
            format!("snv.{format}")
        };
        let scratch = Scratch::new();
        scratch
            .write("o/units.yaml", ROSTER)
            .write("s/snv.md", &text)
            .write(&format!("s/{file}"), saved_as(format, &soffice));
        let (_, json) = scratch.check_json("o", &["s"]);
        let diags = support::diags(support::file(&json, "s/snv.md"));
        let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["appendix-hidden"], "{format}");
        let said = message(&json, "appendix-hidden");
        assert!(said.contains(&format!("{file}!Biểu!11:11")), "{format}: {said}");
        assert!(said.contains("“Bản cũ”"), "{format}: {said}");
        assert_eq!(json["files"].as_array().expect("files").len(), 1, "{format}: claimed");
        assert_close(&compiled(&scratch), &seen());
    }
}

/// Without LibreOffice an `.xls` cannot be read as its cells show: the unit is told to
/// save it as `.xlsx` (or to install LibreOffice), at the appendix, and the workbook is
/// still the report's, not a stray file.
#[test]
fn an_xls_appendix_without_libreoffice_says_how_to_send_it() {
    let text = report_without_table().replacen("appendix: bieu.xlsx\n", "", 1);
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write("s/snv.md", &text).write(
        "s/snv.xls",
        std::fs::read(crate::support::repo_root().join("tests/fixtures/workbooks/x006-thanh-chuong.xls"))
            .expect("an Excel 97-2003 file, saved by LibreOffice"),
    );
    let run = scratch.run_env(&["check", "--format", "json", "--outline", "o", "s"], &[("PATH", "")]);
    let json = run.json();
    let diags = support::diags(support::file(&json, "s/snv.md"));
    let found: Vec<(&str, u64)> = diags.iter().map(|d| (d.code.as_str(), d.line)).collect();
    assert_eq!(found, [("appendix-workbook", line_of(&text, "# Phụ lục"))]);
    let said = message(&json, "appendix-workbook");
    assert!(
        said.contains("snv.xls") && said.contains("LibreOffice") && said.contains(".xlsx"),
        "{said}"
    );
    assert_eq!(json["files"].as_array().expect("files").len(), 1);
    // A broken one is said broken, in calamine's words, before LibreOffice is asked (it
    // would take the bytes in as text).
    scratch.write("s/snv.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 junk");
    let (_, json) = scratch.check_json("o", &["s"]);
    let said = message(&json, "appendix-workbook");
    assert!(said.contains("snv.xls") && !said.contains("LibreOffice"), "{said}");
}
