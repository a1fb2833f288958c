//! A unit's folder as it arrives: its report, and beside it files that are no report — the
//! cover letter it was sent with (`V/v gửi báo cáo …`), the appendix as a file of its own
//! (`PHỤ LỤC … Kèm theo Báo cáo số 52-BC/ĐU`). Such a file holds no section of the outline:
//! it goes with the report (`companion-file`), is no second report (no `duplicate-unit`,
//! never the version that counts), and an appendix in it is the report's where the report
//! has none. Two files that both hold sections stay two reports, as before.

use serde_json::Value;

use crate::lone::{self, campaign, check, message, whole};
use crate::support::{self, Scratch};
use crate::workbook::INDICATORS;

const REPORT: &str = "dang-uy-xa-phuong/x001-vinh-phu.md";

/// Đảng ủy phường Vinh Phú's report (`tests/fixtures/header/`), dated 10/4/2026.
fn report() -> String {
    whole(REPORT)
}

/// The report without its appendix: the unit sent the figures in a file of their own.
fn without_appendix() -> String {
    lone::without_appendix(REPORT)
}

/// The cover letter the commune sent the report with, a day after signing it.
const COVER_LETTER: &str = "ĐẢNG BỘ TỈNH NGHỆ AN\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG VINH PHÚ
*\tVinh Phú, ngày 11 tháng 4 năm 2026
Số 61-CV/ĐU
V/v gửi báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW

Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy.

Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy phường Vinh Phú gửi kèm theo công văn này Báo cáo số 52-BC/ĐU ngày 10/4/2026 tổng kết 10 năm thực hiện Kết luận số 114-KL/TW.

Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.

Nơi nhận:
- Như trên;
- Lưu VP.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nguyễn Văn Hùng
";

/// The appendix as a file of its own, its figures `figures` (nine, in the outline's order;
/// `None` left blank).
fn appendix_file(figures: [Option<&str>; 9]) -> String {
    let mut text = String::from(
        "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n\n**PHỤ LỤC**\n\n**SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**\n\n*(Kèm theo Báo cáo số 52-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy phường Vinh Phú)*\n\n| STT | Chỉ tiêu | Số liệu |\n|---:|---|---:|\n",
    );
    for (n, (label, figure)) in INDICATORS.iter().zip(figures).enumerate() {
        text.push_str(&format!("| {} | {label} | {} |\n", n + 1, figure.unwrap_or("")));
    }
    text
}

/// Vinh Phú's own figures, as its report's table gives them.
const OWN: [Option<&str>; 9] = [
    Some("18"),
    Some("36"),
    Some("1.204"),
    Some("24"),
    Some("815"),
    Some("156"),
    Some("149"),
    Some("12"),
    Some("71,5"),
];

/// The compiled figures (`--format json`) and the compiled Markdown.
fn compile(scratch: &Scratch) -> (Value, String) {
    let run = scratch.run(&[
        "compile",
        "--outline",
        "outline",
        "--submissions",
        "s",
        "--out",
        "out",
        "--format",
        "json,md",
        "--as-of",
        "2026-04-22",
        "--date-source",
        "front-matter",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    (
        scratch.read_json("out/bao-cao-tong-hop.json"),
        scratch.read("out/bao-cao-tong-hop.md"),
    )
}

#[test]
fn a_cover_letter_goes_with_its_report_and_is_no_second_report() {
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", report())
        .write("s/Vinh Phu - CV 61 gui BC 52.md", COVER_LETTER);
    let json = check(&scratch);
    let letter = "s/Vinh Phu - CV 61 gui BC 52.md";
    // Both are Vinh Phú's; neither is a second report of it.
    assert_eq!(support::file(&json, letter)["unit_code"], "X001");
    assert_eq!(support::file(&json, "s/x001-vinh-phu.md")["unit_code"], "X001");
    let report_codes = support::codes(&json, "s/x001-vinh-phu.md");
    assert!(!report_codes.iter().any(|c| c == "duplicate-unit"), "{report_codes:?}");
    // The letter is said to go with the report; nothing of a report's outline or
    // lateness is asked of it.
    let codes = support::codes(&json, letter);
    assert!(
        codes.iter().all(|c| c == "metadata-inferred" || c == "companion-file"),
        "{codes:?}"
    );
    let said = message(&json, letter, "companion-file");
    assert!(
        said.contains("s/x001-vinh-phu.md") && said.contains("cover letter"),
        "{said}"
    );
    assert!(!said.contains("figures"), "{said}");
    assert_eq!(support::file(&json, letter)["companion_of"], "s/x001-vinh-phu.md");
    assert!(support::file(&json, "s/x001-vinh-phu.md").get("companion_of").is_none());

    // The report counts — the letter, though sent later, supersedes nothing — and the
    // letter is listed, not compiled.
    let (compiled, md) = compile(&scratch);
    let units = &compiled["units"];
    assert_eq!(units["submitted"], 1, "{units}");
    assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204);
    assert!(!md.contains("được thay thế bằng bản khác"), "{md}");
    assert!(
        md.contains("*Tệp gửi kèm báo cáo, không tổng hợp nội dung:* `s/Vinh Phu - CV 61 gui BC 52.md` (kèm `s/x001-vinh-phu.md`)."),
        "{md}"
    );
    assert!(
        !md.contains("gửi kèm theo công văn này"),
        "the letter's text is not compiled: {md}"
    );
}

#[test]
fn an_appendix_sent_as_a_file_of_its_own_gives_the_report_its_figures() {
    let mut figures = OWN;
    figures[3] = None;
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", without_appendix())
        .write("s/x001-phu-luc.md", appendix_file(figures));
    let json = check(&scratch);
    // The report lacks no appendix: it is in the file beside it.
    let report_codes = support::codes(&json, "s/x001-vinh-phu.md");
    assert!(
        !report_codes
            .iter()
            .any(|c| c == "missing-section" || c == "duplicate-unit"),
        "{report_codes:?}"
    );
    let said = message(&json, "s/x001-phu-luc.md", "companion-file");
    assert!(
        said.contains("its figures are taken as the report's appendix"),
        "{said}"
    );
    // Not a report: no date or number is asked of it.
    let codes = support::codes(&json, "s/x001-phu-luc.md");
    assert!(!codes.iter().any(|c| c == "field-missing"), "{codes:?}");
    // The blank figure is said where it is, in the appendix's own file.
    let gap = support::diags(support::file(&json, "s/x001-phu-luc.md"))
        .into_iter()
        .find(|d| d.code == "appendix-value-missing")
        .expect("the blank figure is said");
    assert_eq!(gap.line, support::line_of(&appendix_file(figures), "Số cuộc đối thoại"));

    let (compiled, md) = compile(&scratch);
    assert_eq!(compiled["units"]["submitted"], 1);
    assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204);
    assert_eq!(compiled["appendix"]["truc-tuyen"]["total"], 71.5);
    assert_eq!(compiled["appendix"]["doi-thoai"]["reported"], 0);
    assert!(
        md.contains("`s/x001-phu-luc.md` (kèm `s/x001-vinh-phu.md`, số liệu được dùng làm phụ lục)"),
        "{md}"
    );
}

#[test]
fn a_report_with_figures_of_its_own_keeps_them_and_the_file_beside_it_says_so() {
    let mut figures = OWN;
    figures[2] = Some("9.999");
    figures[3] = None;
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", report())
        .write("s/x001-phu-luc.md", appendix_file(figures));
    let json = check(&scratch);
    let said = message(&json, "s/x001-phu-luc.md", "companion-file");
    assert!(said.contains("its figures are not counted"), "{said}");
    // Two sets of figures that disagree: each difference named, the unit asked which.
    assert!(
        said.contains("“Số lượt cán bộ, công chức, viên chức được tập huấn, bồi dưỡng” 9.999 / 1.204; “Số cuộc đối thoại của người đứng đầu với Nhân dân” blank / 24;"),
        "{said}"
    );
    let severity = support::file(&json, "s/x001-phu-luc.md")["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "companion-file")
        .map(|d| d["severity"].clone());
    assert_eq!(severity, Some(Value::from("warning")));
    // Findings on figures that do not count are moot.
    let codes = support::codes(&json, "s/x001-phu-luc.md");
    assert!(!codes.iter().any(|c| c.starts_with("appendix-")), "{codes:?}");
    let (compiled, _) = compile(&scratch);
    assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204);
    assert_eq!(compiled["appendix"]["doi-thoai"]["total"], 24);

    // The same figures again: a note, nothing to confirm.
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", report())
        .write("s/x001-phu-luc.md", appendix_file(OWN));
    let json = check(&scratch);
    let said = message(&json, "s/x001-phu-luc.md", "companion-file");
    assert!(said.ends_with("as the report has an appendix of its own"), "{said}");
}

#[test]
fn two_reports_stay_two_reports_and_a_letter_alone_is_no_report() {
    // An earlier version and the one sent after it: both hold the outline's sections.
    let scratch = campaign();
    let earlier = report().replace("ngày 10 tháng 4", "ngày 8 tháng 4");
    scratch
        .write("s/x001-vinh-phu.md", report())
        .write("s/x001-vinh-phu-ban-cu.md", earlier);
    let json = check(&scratch);
    for path in ["s/x001-vinh-phu.md", "s/x001-vinh-phu-ban-cu.md"] {
        let codes = support::codes(&json, path);
        assert!(codes.iter().any(|c| c == "duplicate-unit"), "{path}: {codes:?}");
        assert!(!codes.iter().any(|c| c == "companion-file"), "{path}: {codes:?}");
    }
    // A unit that sent its cover letter and forgot the report has not reported: the
    // letter is sent back, the unit listed as such, nothing of the letter compiled.
    let scratch = campaign();
    scratch.write("s/Vinh Phu - CV 61 gui BC 52.md", COVER_LETTER);
    let json = check(&scratch);
    let letter = "s/Vinh Phu - CV 61 gui BC 52.md";
    let codes = support::codes(&json, letter);
    assert!(
        codes
            .iter()
            .all(|c| c == "metadata-inferred" || c == "letter-without-report"),
        "{codes:?}"
    );
    let said = message(&json, letter, "letter-without-report");
    assert!(
        said.contains("61-CV/ĐU") && said.contains("has not sent its report"),
        "{said}"
    );
    assert_eq!(
        json["rejected_units"],
        serde_json::json!([{ "code": "X001", "path": letter }])
    );
    // (Another unit's report beside it: a compiled report needs one that counts.)
    scratch.write("s/x004-hoang-mai.md", whole("dang-uy-xa-phuong/x004-hoang-mai.md"));
    let (compiled, md) = compile(&scratch);
    assert_eq!(compiled["units"]["submitted"], 1);
    assert_eq!(compiled["units"]["rejected_units"], serde_json::json!(["X001"]));
    assert_eq!(compiled["units"]["rejected"][0]["code"], "letter-without-report");
    assert!(md.contains("chỉ có công văn gửi kèm, chưa có báo cáo"), "{md}");
    assert!(!md.contains("gửi kèm theo công văn này"), "{md}");
    // A report that holds no section the alignment can find is no letter: it counts, with
    // its sections missing, and its text is compiled.
    let scratch = campaign();
    let unaligned = "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n*\nSố 52-BC/ĐU\n\n*Vinh Phú, ngày 10 tháng 4 năm 2026*\n\n**BÁO CÁO**\n\nNăm qua, phường đã làm nhiều việc cho dân, giữ vững ổn định và phát triển kinh tế, xã hội trên địa bàn.\n";
    scratch.write("s/x001.md", unaligned);
    let json = check(&scratch);
    let codes = support::codes(&json, "s/x001.md");
    assert!(codes.iter().any(|c| c == "missing-section"), "{codes:?}");
    assert!(!codes.iter().any(|c| c == "letter-without-report"), "{codes:?}");
}

#[test]
fn a_workbook_on_its_own_goes_to_the_report_not_to_the_letter_beside_it() {
    let figures = [18.0, 36.0, 1204.0, 24.0, 815.0, 156.0, 149.0, 12.0, 71.5].map(Some);
    let titles = [
        "ĐẢNG ỦY PHƯỜNG VINH PHÚ",
        "BIỂU SỐ LIỆU",
        "Kèm theo Báo cáo số 52-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy phường",
    ];
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", without_appendix())
        .write("s/Vinh Phu - CV 61 gui BC 52.md", COVER_LETTER)
        .write("s/BIEU SO LIEU.xlsx", crate::workbook::appendix(&titles, figures));
    let json = check(&scratch);
    // The workbook is the report's appendix, not a file of its own; the letter goes with
    // the report, which now has figures.
    assert_eq!(
        support::paths(&json),
        ["s/Vinh Phu - CV 61 gui BC 52.md", "s/x001-vinh-phu.md"]
    );
    let said = message(&json, "s/Vinh Phu - CV 61 gui BC 52.md", "companion-file");
    assert!(!said.contains("figures"), "{said}");
    let (compiled, _) = compile(&scratch);
    assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204);
    assert_eq!(compiled["units"]["submitted"], 1);
}

#[test]
fn an_appendix_under_a_bare_title_goes_with_the_report_whose_number_it_cites() {
    // No anchored header block (no `*`, number or date): the unit is known only from the
    // report the caption says the appendix goes with.
    let bare = |number: &str| {
        format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n\n**PHỤ LỤC**\n\n*(Kèm theo Báo cáo số {number} ngày 10/4/2026)*\n\n{}",
            &appendix_file(OWN)[appendix_file(OWN).find("| STT").expect("the table")..]
        )
    };
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", without_appendix())
        .write("s/Phu luc.md", bare("52-BC/ĐU"));
    let json = check(&scratch);
    let file = support::file(&json, "s/Phu luc.md");
    assert_eq!(file["unit_code"], "X001");
    assert_eq!(file["companion_of"], "s/x001-vinh-phu.md");
    assert_eq!(support::codes(&json, "s/Phu luc.md"), ["companion-file"]);
    let (compiled, _) = compile(&scratch);
    assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204);
    assert_eq!(compiled["units"]["rejected"], serde_json::json!([]));

    // A subject under the title, in words a section's heading may use (`KẾT QUẢ …`), is
    // the attachment's subject, not a results part: the file still holds no section.
    for subject in [
        "**KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**",
        "## KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
    ] {
        let scratch = campaign();
        scratch.write("s/x001-vinh-phu.md", without_appendix()).write(
            "s/Phu luc.md",
            bare("52-BC/ĐU").replace("**PHỤ LỤC**\n\n", &format!("**PHỤ LỤC**\n\n{subject}\n\n")),
        );
        let json = check(&scratch);
        assert_eq!(
            support::file(&json, "s/Phu luc.md")["companion_of"],
            "s/x001-vinh-phu.md",
            "{subject}"
        );
        assert_eq!(support::codes(&json, "s/Phu luc.md"), ["companion-file"], "{subject}");
        let (compiled, _) = compile(&scratch);
        assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204, "{subject}");
    }

    // A number no report of the folder has ties nothing: the file stays unplaced.
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", without_appendix())
        .write("s/Phu luc.md", bare("99-BC/ĐU"));
    let json = check(&scratch);
    assert!(support::file(&json, "s/Phu luc.md")["unit_code"].is_null());
    assert!(
        support::codes(&json, "s/Phu luc.md")
            .iter()
            .any(|c| c == "front-matter-missing")
    );
}

#[test]
fn of_two_versions_dated_alike_the_one_not_marked_a_draft_counts() {
    let scratch = campaign();
    // The draft sorts last by path, where a tie used to go.
    scratch.write("s/BC 52 Vinh Phu.md", report()).write(
        "s/Vinh Phu - du thao.md",
        report().replace(
            "Ban Thường vụ Đảng ủy đã ban hành",
            "Ban Thường vụ Đảng ủy dự kiến ban hành",
        ),
    );
    let (compiled, md) = compile(&scratch);
    assert_eq!(compiled["units"]["submitted"], 1);
    assert!(md.contains("Ban Thường vụ Đảng ủy đã ban hành"), "{md}");
    assert!(!md.contains("dự kiến ban hành"), "{md}");
    assert!(md.contains("`s/Vinh Phu - du thao.md` → `s/BC 52 Vinh Phu.md`"), "{md}");
    // Not said to be sent later: the two are dated alike, the draft gives way.
    assert!(md.contains("hoặc bản chính thay cho bản dự thảo"), "{md}");
    // So in an old versions' folder.
    let scratch = campaign();
    scratch.write("s/BC 52.md", report()).write(
        "s/cu/BC 52.md",
        report().replace(
            "Ban Thường vụ Đảng ủy đã ban hành",
            "Ban Thường vụ Đảng ủy dự kiến ban hành",
        ),
    );
    let (_, md) = compile(&scratch);
    assert!(!md.contains("dự kiến ban hành"), "{md}");
}

#[test]
fn the_signed_pdf_beside_the_report_is_its_copy_not_a_file_to_send_again() {
    let other = whole("dang-uy-xa-phuong/x004-hoang-mai.md");
    let scratch = campaign();
    scratch
        .write("s/BC 52 Vinh Phu.md", report())
        .write("s/BC 52 Vinh Phu (ban ky).pdf", "%PDF-1.4\n% the signed copy\n")
        .write("s/x004-hoang-mai.md", &other)
        .write("s/scan.pdf", "%PDF-1.4\n% whose?\n");
    let json = check(&scratch);
    let copy = support::file(&json, "s/BC 52 Vinh Phu (ban ky).pdf");
    assert_eq!(copy["unit_code"], "X001");
    assert_eq!(
        support::codes(&json, "s/BC 52 Vinh Phu (ban ky).pdf"),
        ["companion-file"]
    );
    let said = message(&json, "s/BC 52 Vinh Phu (ban ky).pdf", "companion-file");
    assert!(
        said.contains("signed copy") && said.contains("s/BC 52 Vinh Phu.md"),
        "{said}"
    );
    // A PDF that neither its folder nor its name ties to one report stays refused.
    assert_eq!(support::codes(&json, "s/scan.pdf"), ["needs-docx"]);
    let (compiled, _) = compile(&scratch);
    let rejected: Vec<&str> = compiled["units"]["rejected"]
        .as_array()
        .expect("rejected")
        .iter()
        .filter_map(|r| r["path"].as_str())
        .collect();
    assert_eq!(rejected, ["s/scan.pdf"]);
}

#[test]
fn an_e_mail_that_names_the_report_it_sends_goes_with_it() {
    let mail = "Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy.\n\nVăn phòng Đảng ủy phường xin gửi Báo cáo số 52-BC/ĐU ngày 10/4/2026 tổng kết 10 năm thực hiện Kết luận số 114-KL/TW.\n\nTrân trọng.\n";
    let scratch = campaign();
    scratch.write("s/x001-vinh-phu.md", report()).write("s/thu.txt", mail);
    let json = check(&scratch);
    assert_eq!(support::file(&json, "s/thu.txt")["companion_of"], "s/x001-vinh-phu.md");
    assert_eq!(support::codes(&json, "s/thu.txt"), ["companion-file"]);
}

/// A report of Vinh Phú's whose parts the alignment cannot find (no heading says a
/// section), dated `day` April.
fn unaligned(day: u32) -> String {
    format!(
        "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n*\nSố 52-BC/ĐU\n\n*Vinh Phú, ngày {day} tháng 4 năm 2026*\n\n**BÁO CÁO**\n\n**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**\n\nNăm qua, phường đã làm nhiều việc cho dân, giữ vững ổn định và phát triển kinh tế, xã hội trên địa bàn.\n"
    )
}

#[test]
fn only_a_file_that_shows_it_goes_with_a_report_is_a_companion() {
    // A later version the alignment cannot read is a version, not a companion: it counts,
    // its text compiled.
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", report())
        .write("s/x001-vinh-phu-ban-sua.md", unaligned(12));
    let json = check(&scratch);
    let codes = support::codes(&json, "s/x001-vinh-phu-ban-sua.md");
    assert!(codes.iter().any(|c| c == "duplicate-unit"), "{codes:?}");
    assert!(!codes.iter().any(|c| c == "companion-file"), "{codes:?}");
    let (_, md) = compile(&scratch);
    assert!(md.contains("phường đã làm nhiều việc cho dân"), "{md}");

    // A cover letter beside a report the alignment cannot read goes with that report.
    let scratch = campaign();
    scratch
        .write("s/x001.md", unaligned(10))
        .write("s/Vinh Phu - CV 61 gui BC 52.md", COVER_LETTER);
    let json = check(&scratch);
    let codes = support::codes(&json, "s/Vinh Phu - CV 61 gui BC 52.md");
    assert!(codes.iter().any(|c| c == "companion-file"), "{codes:?}");
    assert!(
        codes.iter().all(|c| c == "metadata-inferred" || c == "companion-file"),
        "{codes:?}"
    );
    assert_eq!(json["rejected_units"], serde_json::json!([]));

    // A report sent in a letter's form (`V/v báo cáo …`, no `BÁO CÁO` title), pages long,
    // is no cover letter: alone and unaligned, it counts with its sections missing.
    let long = format!(
        "ĐẢNG ỦY PHƯỜNG VINH PHÚ\nSố 61-CV/ĐU\nV/v báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW\n\n{}",
        "Năm qua, phường đã làm nhiều việc cho dân, giữ vững ổn định và phát triển kinh tế, xã hội trên địa bàn.\n\n"
            .repeat(25)
    );
    let scratch = campaign();
    scratch.write("s/x001.md", &long);
    let json = check(&scratch);
    let codes = support::codes(&json, "s/x001.md");
    assert!(codes.iter().any(|c| c == "missing-section"), "{codes:?}");
    assert!(!codes.iter().any(|c| c == "letter-without-report"), "{codes:?}");
}

#[test]
fn a_pdf_named_after_another_unit_or_in_a_category_folder_is_not_taken_for_a_copy() {
    let scratch = campaign();
    scratch
        .write("s/x001-vinh-phu.md", report())
        .write("s/x004-bao-cao.pdf", "%PDF-1.4\n% Hoàng Mai's report, as a PDF\n")
        .write("s/dang-uy-xa-phuong/x001-vinh-phu.md", report())
        .write("s/dang-uy-xa-phuong/scan.pdf", "%PDF-1.4\n% whose?\n");
    let json = check(&scratch);
    assert_eq!(support::codes(&json, "s/x004-bao-cao.pdf"), ["needs-docx"]);
    assert_eq!(support::codes(&json, "s/dang-uy-xa-phuong/scan.pdf"), ["needs-docx"]);
}

/// The appendix's title block inside the report (`PHỤ LỤC` / its subject / `(Kèm theo Báo
/// cáo số …)`): the figures count, no section is read into it, and none of its lines is
/// compiled as the unit's text.
#[test]
fn an_appendix_title_block_in_the_report_is_no_text() {
    let titled = report().replacen(
        "# PHỤ LỤC\n\n",
        "# PHỤ LỤC\n\n**KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**\n\n*(Kèm theo Báo cáo số 52-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy phường Vinh Phú)*\n\n",
        1,
    );
    assert_ne!(titled, report());
    let scratch = campaign();
    scratch.write("s/x001-vinh-phu.md", &titled);
    let json = check(&scratch);
    let codes = support::codes(&json, "s/x001-vinh-phu.md");
    for code in [
        "merged-sections",
        "section-order",
        "duplicate-section",
        "missing-section",
    ] {
        assert!(!codes.iter().any(|c| c == code), "{code} in {codes:?}");
    }
    let (compiled, md) = compile(&scratch);
    assert_eq!(compiled["appendix"]["tap-huan"]["total"], 1204);
    assert!(!md.contains("Kèm theo Báo cáo số 52-BC/ĐU"), "{md}");
    assert!(!md.contains("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**"), "{md}");

    // The table sent as a picture, the title block left: still no text of the unit's.
    let cut = titled.find("| STT").expect("the table");
    let scratch = campaign();
    scratch.write("s/x001-vinh-phu.md", &titled[..cut]);
    let (_, md) = compile(&scratch);
    assert!(!md.contains("Kèm theo Báo cáo số 52-BC/ĐU"), "{md}");
}
