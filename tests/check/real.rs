//! Reports in the layouts published Party and state reports really use (GUIDE §2, §2b),
//! written as a test-set author would: for each, first what an experienced secretariat
//! officer reads in it — who sent it, when, which parts of the outline it has, each
//! figure of its appendix — then the real binary's reading, compared.
//!
//! - `x006-thanh-chuong.md`: a commune Party committee pasted from Word, no front matter,
//!   header lines without blank lines, `PHẦN THỨ NHẤT`/`PHẦN THỨ HAI` as bold lines with
//!   their titles on the next bold line, the unit's own titles, bold-only headings,
//!   `T/M ĐẢNG ỦY`, `STT | Nội dung | ĐVT | Số liệu | Ghi chú` with group rows and units.
//! - `stc-notepad.txt`: a department in state style saved by Notepad as UTF-16 with CRLF,
//!   no blank lines, the header in tab-separated columns, `I.<TAB>` and `1.1.` headings,
//!   `K/T GIÁM ĐỐC`, an appendix by period with `Tổng cộng`.
//! - `mttq.md`: the Fatherland Front, the header a two-column pipe table with `<br>`,
//!   headings `I-`, `1.`, `a)` … `đ)`, the statistics after the signature under a bold
//!   "Biểu số liệu" line, `x` for not applicable.
//! - `x007-anh-son.md`: a heading wrapped over two heading lines, "Tồn tại, hạn chế và
//!   nguyên nhân", solutions promoted to part IV, `x` with "Chưa phát sinh", "866
//!   lượt/964 lượt người" (refused, as documented), `85,5%`.
//! - `syt-chep-tu-pdf.txt`: a department whose header was copied from a PDF, one space
//!   where its two columns were; numbered parts right over their paragraphs.
//! - `td-khac-chien-dich.md`: the Youth Union's report of a different campaign
//!   (Chỉ thị 05-CT/TW): it must not pass as a report of this one.

use crate::support::{self, repo_root, run};

const DIR: &str = "tests/fixtures/real";

/// `check --format json` on one fixture: its file entry.
fn check(name: &str) -> serde_json::Value {
    let relative = format!("{DIR}/{name}");
    let run = run(
        repo_root(),
        &["check", "--outline", "outline", "--format", "json", &relative],
    );
    let json = run.json();
    support::file(&json, &relative).clone()
}

/// The findings that say something is wrong or merged, as (code, section): not the notes
/// on metadata read from the header, not the advice to turn a bold line into a heading.
fn findings(file: &serde_json::Value) -> Vec<(String, Option<String>)> {
    file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| !matches!(d["code"].as_str(), Some("metadata-inferred" | "pseudo-heading")))
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["section"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn keyed(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    list.iter()
        .map(|(c, s)| ((*c).to_owned(), s.map(str::to_owned)))
        .collect()
}

fn meta(file: &serde_json::Value, field: &str) -> String {
    file["metadata"][field]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("{field} not read: {file}"))
        .to_owned()
}

/// `compile --format md,json` of these fixtures, into `out/` of a scratch folder.
fn compile(names: &[&str]) -> support::Scratch {
    let scratch = support::Scratch::new();
    for name in names {
        let bytes = std::fs::read(repo_root().join(DIR).join(name)).expect("fixture");
        scratch.write(&format!("sub/{name}"), bytes);
    }
    let out = scratch.join("out");
    let run = scratch.run(&[
        "compile",
        "--outline",
        support::sample_outline(),
        "--submissions",
        "sub",
        "--out",
        out.to_str().expect("utf-8 path"),
        "--format",
        "md,json",
        "--as-of",
        "2026-04-25",
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    scratch
}

/// Every section the outline asks for: found (pseudo-headings only advise on style).
fn pseudo_sections(file: &serde_json::Value) -> Vec<String> {
    file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "pseudo-heading")
        .filter_map(|d| d["section"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn commune_pasted_from_word_without_front_matter() {
    // The officer: Đảng ủy xã Thanh Chương (X006), report 47-BC/ĐU of 08/4/2026, signed
    // by its secretary. Every part is there: "Đặc điểm tình hình" is context; "Kết quả
    // đạt được" is the results and their strong points; "Hạn chế, khuyết điểm và nguyên
    // nhân" is two parts; solutions are part two; the appendix has nine figures.
    let file = check("x006-thanh-chuong.md");
    assert_eq!(file["unit_code"], "X006", "{file}");
    assert_eq!(meta(&file, "date"), "2026-04-08");
    assert_eq!(meta(&file, "doc_number"), "47-BC/ĐU");
    assert_eq!(meta(&file, "signer"), "Nguyễn Văn Hùng");
    assert_eq!(meta(&file, "signer_title"), "BÍ THƯ");
    assert_eq!(
        findings(&file),
        keyed(&[
            ("merged-sections", Some("ket-qua.noi-bat")),
            ("merged-sections", Some("ket-qua.nguyen-nhan")),
        ]),
        "{file}"
    );
    // Part two's title, on the bold line under `**PHẦN THỨ HAI**`, is the solutions.
    assert!(
        pseudo_sections(&file).contains(&"ket-qua.giai-phap".to_owned()),
        "{file}"
    );
}

#[test]
fn department_saved_by_notepad_as_utf16() {
    // The officer: Sở Tài chính (STC), 125/BC-STC of 14/4/2026, every section in the
    // outline's order, figures by period with their totals, signed K/T by a deputy.
    let file = check("stc-notepad.txt");
    assert_eq!(file["unit_code"], "STC", "{file}");
    assert_eq!(meta(&file, "date"), "2026-04-14");
    assert_eq!(meta(&file, "doc_number"), "125/BC-STC");
    assert_eq!(meta(&file, "signer_title"), "PHÓ GIÁM ĐỐC");
    assert_eq!(findings(&file), keyed(&[("encoding", None)]), "{file}");
    assert_eq!(
        pseudo_sections(&file).len(),
        10,
        "every section, on its own line: {file}"
    );
}

#[test]
fn fatherland_front_with_a_table_header_and_the_figures_after_the_signature() {
    // The officer: Ủy ban MTTQ tỉnh (MTTQ), 38/BC-MTTQ-BTT of 10/4/2026, every section;
    // the "Biểu số liệu" after the signature is its appendix; the online rate does not
    // apply to the Front (`x`).
    let file = check("mttq.md");
    assert_eq!(file["unit_code"], "MTTQ", "{file}");
    assert_eq!(meta(&file, "date"), "2026-04-10");
    assert_eq!(meta(&file, "doc_number"), "38/BC-MTTQ-BTT");
    assert_eq!(meta(&file, "signer"), "Hoàng Văn Minh");
    assert_eq!(findings(&file), keyed(&[]), "{file}");
    assert!(pseudo_sections(&file).contains(&"phu-luc".to_owned()), "{file}");
    // Its subject names 114-KL/TW: no `other-campaign` (the empty list above says so).
}

#[test]
fn wrapped_heading_merged_sections_and_values_as_written() {
    // The officer: X007; the impact heading runs over two lines (one heading, no unknown
    // section, and its second line is not text of the section); "Tồn tại, hạn chế và
    // nguyên nhân" is two parts; "Phương hướng, nhiệm vụ, giải pháp" as part IV is the
    // solutions; `x` beside "Chưa phát sinh" does not apply; "866 lượt/964 lượt người" is
    // two figures in one cell (refused with advice, as documented).
    let file = check("x007-anh-son.md");
    assert_eq!(file["unit_code"], "X007", "{file}");
    assert_eq!(
        findings(&file),
        keyed(&[
            ("merged-sections", Some("ket-qua.nguyen-nhan")),
            ("appendix-value-invalid", None),
        ]),
        "{file}"
    );
    let invalid = file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "appendix-value-invalid")
        .expect("the two-figure cell");
    assert_eq!(invalid["indicator"], "tiep-dan", "{invalid}");
}

#[test]
fn a_report_of_another_campaign_does_not_pass() {
    // The officer: Tỉnh đoàn (TD), but the report is on Chỉ thị 05-CT/TW, not on
    // Kết luận 114-KL/TW: sent back. The tool must fail it (exit 1), not pass it.
    let relative = format!("{DIR}/td-khac-chien-dich.md");
    let run = run(
        repo_root(),
        &["check", "--outline", "outline", "--format", "json", &relative],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    let json = run.json();
    let file = support::file(&json, &relative);
    assert_eq!(file["unit_code"], "TD", "{file}");
    // Said in so many words, at the subject line, not only as sections missing.
    let other = file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "other-campaign")
        .unwrap_or_else(|| panic!("another campaign not said: {file}"));
    assert_eq!(other["severity"], "error");
    assert_eq!(other["line"], 11, "{other}");
    assert!(
        other["message"].as_str().unwrap_or_default().contains("05-CT/TW"),
        "{other}"
    );
    let errors: Vec<(String, Option<String>)> = findings(file)
        .into_iter()
        .filter(|(code, _)| code == "missing-section")
        .collect();
    for section in ["lanh-dao", "tac-dong", "kien-nghi", "phu-luc"] {
        assert!(
            errors.iter().any(|(_, s)| s.as_deref() == Some(section)),
            "{section} missing: {errors:?}"
        );
    }
}

/// The provincial report compiled from the four reports of this campaign and the one of
/// another campaign: every figure as the officer adds it up, the other campaign's sent back, no header or signature of a unit copied into it, no paragraph
/// lost, the wrapped heading's second line not left as a heading.
#[test]
fn compiled_totals_and_text_are_the_officers() {
    let scratch = compile(&[
        "x006-thanh-chuong.md",
        "stc-notepad.txt",
        "mttq.md",
        "x007-anh-son.md",
        "td-khac-chien-dich.md",
    ]);
    let json = scratch.read_json("out/bao-cao-tong-hop.json");
    let appendix = &json["appendix"];
    // (indicator, total, units reporting a figure): STC + MTTQ + X006 + X007.
    let expected: &[(&str, f64, u64)] = &[
        ("van-ban", 15.0 + 11.0 + 27.0 + 19.0, 4),
        ("hoi-nghi", 9.0 + 5.0 + 12.0 + 8.0, 4),
        ("tap-huan", 285.0 + 860.0 + 346.0 + 210.0, 4),
        ("doi-thoai", 6.0 + 24.0 + 18.0 + 14.0, 4),
        // X007's "866 lượt/964 lượt người" is refused: not counted.
        ("tiep-dan", 412.0 + 312.0 + 1236.0, 3),
        ("don-nhan", 58.0 + 640.0 + 214.0 + 97.0, 4),
        ("don-giai-quyet", 57.0 + 598.0 + 209.0 + 95.0, 4),
        // X007 wrote `x`: not applicable.
        ("dan-van-kheo", 3.0 + 37.0 + 9.0, 3),
        // MTTQ wrote `x`; the others' mean: (96,4 + 72,5 + 85,5) / 3.
        ("truc-tuyen", 84.8, 3),
    ];
    for &(id, total, reported) in expected {
        let got = appendix[id]["total"].as_f64().unwrap_or(f64::NAN);
        assert!((got - total).abs() < 0.05, "{id}: {got} ≠ {total}");
        assert_eq!(appendix[id]["reported"], reported, "{id}");
    }
    let md = scratch.read("out/bao-cao-tong-hop.md");
    // The figures and the text are the same with the other campaign's report in the
    // folder: it is sent back (rejected), not compiled.
    assert!(
        !md.contains("Chỉ thị số 05") && !md.contains("146 buổi sinh hoạt"),
        "{md}"
    );
    assert_eq!(
        json["units"]["rejected_units"],
        serde_json::json!(["TD"]),
        "{}",
        json["units"]
    );
    for apparatus in [
        "Số: 125/BC-STC",
        "SỞ TÀI CHÍNH\t",
        "Độc lập - Tự do - Hạnh phúc\n",
        "Số 47-BC/ĐU",
        "T/M ĐẢNG ỦY",
        "K/T GIÁM ĐỐC",
        "Trần Thị Lan",
        "Nguyễn Văn Hùng",
        "KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
        "### CÔNG TÁC XÂY DỰNG ĐẢNG",
    ] {
        assert!(!md.contains(apparatus), "{apparatus:?} copied into the compiled report");
    }
    for paragraph in [
        "Một là, cấp ủy phải thường xuyên lãnh đạo",
        "Tiếp tục quán triệt sâu rộng Kết luận số 114-KL/TW",
        "Sở đã công khai các thủ tục hành chính",
        "Giám sát phải có trọng tâm, trọng điểm",
        "Niềm tin của Nhân dân đối với cấp ủy, chính quyền được nâng lên",
        "Xã Thanh Chương được thành lập",
    ] {
        assert!(md.contains(paragraph), "{paragraph:?} lost in compile");
    }
}

#[test]
fn a_header_copied_from_a_pdf_with_one_space_between_its_columns() {
    // The officer: Sở Y tế (SYT), 125/BC-SYT of 12/4/2026 — though the PDF's text layer
    // left one space where the two columns were (`SỞ Y TẾ Độc lập - Tự do - Hạnh phúc`,
    // `Số: 125/BC-SYT Nghệ An, ngày 12 tháng 4 năm 2026`); each part under a numbered line
    // with its paragraph right below it, the parts set apart by blank lines only.
    let file = check("syt-chep-tu-pdf.txt");
    assert_eq!(file["unit_code"], "SYT", "{file}");
    assert_eq!(meta(&file, "date"), "2026-04-12");
    assert_eq!(meta(&file, "doc_number"), "125/BC-SYT");
    assert_eq!(findings(&file), keyed(&[]), "{file}");
    // Compiled, the header's lines are the unit's apparatus, in no section.
    let md = compile(&["syt-chep-tu-pdf.txt"]).read("out/bao-cao-tong-hop.md");
    for line in ["SỞ Y TẾ Độc lập", "Số: 125/BC-SYT", "UBND TỈNH NGHỆ AN CỘNG HÒA"] {
        assert!(!md.contains(line), "{line}:\n{md}");
    }
    assert!(md.contains("Ban Giám đốc Sở ban hành 14 kế hoạch"), "{md}");
}
