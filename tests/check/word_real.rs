//! Word reports as units really send them (`tests/fixtures/docx-real/`, made by
//! `scripts/make-docx-real-fixtures.py`): no custom properties and no front matter, the
//! header block and the signature as borderless tables, headings typed in bold or on
//! Heading styles with automatic numbering, an appendix with a merged header or in an
//! Excel file beside the report. Each test first writes down what an experienced
//! secretariat officer reads in the report, then compares the program's reading.

use serde_json::Value;

use crate::support::{self, Scratch, repo_root, sample_outline};

const REPORTS: [&str; 8] = [
    "x005-do-luong.docx",
    "syt-so-y-te.docx",
    "x006-thanh-chuong.docx",
    "x006-thanh-chuong.xlsx",
    "x004-hoang-mai.docx",
    "x002-dien-chau.docx",
    "hnd-hoi-nong-dan.docx",
    "x001-vinh-phu.docx",
];

/// The officer's reading of one report.
struct Reading {
    file: &'static str,
    unit_code: &'static str,
    date: &'static str,
    doc_number: &'static str,
    signer: &'static str,
    /// Findings that are the report's real problems (codes, sorted); notes about the
    /// reading itself (`conversion`, `metadata-inferred`) and the advice to use heading
    /// styles (`pseudo-heading`) left out.
    problems: &'static [&'static str],
    /// The row of "Biểu 2" of the compiled report: indicators 1 to 9 as written there.
    figures: &'static str,
}

const READINGS: [Reading; 7] = [
    Reading {
        file: "x005-do-luong.docx",
        unit_code: "X005",
        date: "2026-04-09",
        doc_number: "47-BC/ĐU",
        signer: "Nguyễn Văn Hùng",
        // Two period columns under a merged "Số liệu": summed, said once.
        problems: &["appendix-periods-summed"],
        // 14+17 văn bản, 10+13 hội nghị, 530+720 = 1.250 lượt, …, the rate of 2025.
        figures: "| Đảng ủy xã Đô Lương | 31 | 23 | 1.250 | 27 | 642 | 215 | 209 | 7 | 82,4 |",
    },
    Reading {
        file: "syt-so-y-te.docx",
        unit_code: "SYT",
        date: "2026-04-17",
        doc_number: "125/BC-SYT",
        signer: "Trần Thị Mai",
        // Every section is there under the unit's own titles; the department sent no
        // appendix at all.
        problems: &["missing-section"],
        figures: "| Sở Y tế |  |  |  |  |  |  |  |  |  |",
    },
    Reading {
        file: "x006-thanh-chuong.docx",
        unit_code: "X006",
        date: "2026-04-14",
        doc_number: "52-BC/ĐU",
        signer: "Lê Đình Sơn",
        // "có biểu số liệu kèm theo": the workbook beside it is the appendix.
        problems: &[],
        figures: "| Đảng ủy xã Thanh Chương | 22 | 16 | 1.085 | 19 | 508 | 164 | 158 | 6 | 71,5 |",
    },
    Reading {
        file: "x004-hoang-mai.docx",
        unit_code: "X004",
        date: "2026-04-03",
        doc_number: "61-BC/ĐU",
        signer: "Phạm Thị Hồng",
        // The table of figures in part II is the unit's text, not its appendix.
        problems: &[],
        figures: "| Đảng ủy phường Hoàng Mai | 28 | 20 | 930 | 24 | 682 | 203 | 198 | 9 | 78,6 |",
    },
    Reading {
        file: "x002-dien-chau.docx",
        unit_code: "X002",
        date: "2026-04-07",
        doc_number: "61-BC/ĐU",
        // The header and signature cells typed with Shift+Enter: a line each.
        signer: "Trần Văn Hải",
        // "IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN" after "III. KIẾN NGHỊ, ĐỀ XUẤT": found,
        // out of the outline's order. "PHỤ LỤC 2" is the appendix's part, not the section
        // twice.
        problems: &["section-order"],
        figures: "| Đảng ủy xã Diễn Châu | 19 | 14 | 620 | 12 | 310 | 48 | 47 | 3 | 68,2 |",
    },
    Reading {
        file: "hnd-hoi-nong-dan.docx",
        unit_code: "HND",
        date: "2026-04-16",
        doc_number: "215-BC/HNDT",
        // The header block in two text boxes, the signature in a third.
        signer: "Nguyễn Văn Bình",
        // "Hội Nông dân không có nhiệm vụ tiếp công dân và giải quyết thủ tục hành chính"
        // under the table: those two indicators are not applicable, said twice.
        problems: &["appendix-not-applicable", "appendix-not-applicable"],
        figures: "| Hội Nông dân tỉnh | 14 | 9 | 450 | 9 | x | 35 | 34 | 9 | x |",
    },
    Reading {
        file: "x001-vinh-phu.docx",
        unit_code: "X001",
        // A letterhead template: the header block is printed from the first page's header.
        date: "2026-04-11",
        doc_number: "58-BC/ĐU",
        signer: "Hồ Thị Lan",
        problems: &["appendix-periods-summed"],
        figures: "| Đảng ủy phường Vinh Phú | 31 | 23 | 1.250 | 27 | 642 | 215 | 209 | 7 | 82,4 |",
    },
];

fn campaign() -> Scratch {
    let scratch = Scratch::new();
    for name in REPORTS {
        let bytes = std::fs::read(repo_root().join("tests/fixtures/docx-real").join(name)).expect("fixture present");
        scratch.write(&format!("s/{name}"), bytes);
    }
    scratch
}

fn checked() -> Value {
    let scratch = campaign();
    let (_, json) = scratch.check_json(sample_outline(), &["s"]);
    json
}

fn compiled() -> String {
    campaign().compiled_md()
}

#[test]
fn who_sent_each_report_is_read_from_its_header_block_and_signature() {
    let json = checked();
    for r in &READINGS {
        let file = support::file(&json, &format!("s/{}", r.file));
        let meta = &file["metadata"];
        assert_eq!(file["unit_code"], r.unit_code, "{}: {meta}", r.file);
        assert_eq!(meta["date"]["value"], r.date, "{}", r.file);
        assert_eq!(meta["doc_number"]["value"], r.doc_number, "{}", r.file);
        assert_eq!(meta["signer"]["value"], r.signer, "{}", r.file);
    }
    // What was read from a text box is placed by the paragraph the box is anchored at:
    // the header's boxes at the first, not counted among the paragraphs.
    let hnd = support::file(&json, "s/hnd-hoi-nong-dan.docx");
    let number = hnd["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "metadata-inferred" && d["field"] == "doc_number")
        .expect("the number, inferred");
    assert_eq!(number["locator"]["kind"], "text-box", "{number}");
    assert_eq!(number["locator"]["paragraph"], 1, "{number}");
    assert_eq!(number["locator"]["text"], "Số 215-BC/HNDT", "{number}");
    // What was read from the first page's header is placed there, quoted without markup.
    let x001 = support::file(&json, "s/x001-vinh-phu.docx");
    for (field, quote) in [
        ("unit", "ĐẢNG ỦY PHƯỜNG VINH PHÚ"),
        ("doc_number", "Số 58-BC/ĐU"),
        ("date", "Vinh Phú, ngày 11 tháng 4 năm 2026"),
    ] {
        let inferred = x001["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .find(|d| d["code"] == "metadata-inferred" && d["field"] == field)
            .unwrap_or_else(|| panic!("{field}, inferred: {x001}"));
        assert_eq!(inferred["locator"]["kind"], "page-header", "{inferred}");
        assert_eq!(inferred["locator"]["text"], quote, "{inferred}");
    }
    // The workbook is the appendix of the report of its stem, not a file of its own.
    assert!(
        !json["files"]
            .as_array()
            .expect("files")
            .iter()
            .any(|f| f["path"] == "s/x006-thanh-chuong.xlsx"),
        "{json}"
    );
}

#[test]
fn only_the_real_problems_of_each_report_are_found() {
    let json = checked();
    for r in &READINGS {
        let file = support::file(&json, &format!("s/{}", r.file));
        let mut codes: Vec<String> = support::diags(file)
            .into_iter()
            .map(|d| d.code)
            .filter(|c| !["conversion", "metadata-inferred", "pseudo-heading"].contains(&c.as_str()))
            .collect();
        codes.sort();
        assert_eq!(codes, r.problems, "{}: {}", r.file, file["diagnostics"]);
    }
    // The department's missing appendix is the appendix, nothing else.
    let syt = support::file(&json, "s/syt-so-y-te.docx");
    let missing: Vec<&Value> = syt["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "missing-section")
        .collect();
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0]["section"], "phu-luc", "{}", missing[0]);
    // A note on the figures is placed under the appendix's own bold line in capitals, the
    // nearest heading before it; the signature's lines in capitals, in a text box, are none.
    let hnd = support::file(&json, "s/hnd-hoi-nong-dan.docx");
    for d in hnd["diagnostics"].as_array().expect("diagnostics") {
        let heading = &d["locator"]["heading"];
        if d["code"] == "appendix-not-applicable" {
            assert_eq!(heading, "PHỤ LỤC: SỐ LIỆU", "{d}");
        }
        assert!(
            ![Some("CHỦ TỊCH"), Some("TM. BAN THƯỜNG VỤ"), Some("BAN THƯỜNG VỤ")].contains(&heading.as_str()),
            "{d}"
        );
    }
}

#[test]
fn a_bold_heading_in_word_is_advised_as_a_heading_style_located_by_paragraph() {
    let json = checked();
    let file = support::file(&json, "s/x004-hoang-mai.docx");
    let pseudo: Vec<&Value> = file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "pseudo-heading")
        .collect();
    // I, II, 1–5, III, IV and PHỤ LỤC: every bold heading of the report, "5.<tab>Giải
    // pháp trong giai đoạn mới" (said by keywords only) included.
    assert_eq!(pseudo.len(), 10, "{}", file["diagnostics"]);
    for d in &pseudo {
        let message = d["message"].as_str().expect("message");
        assert!(
            message.contains("Heading") && !message.contains('#') && !message.contains("**"),
            "{message}"
        );
        assert_eq!(d["locator"]["kind"], "paragraph", "{d}");
        // Read as a heading; the style is advice, not a problem of the report.
        assert_eq!(d["severity"], "note", "{d}");
    }
    // The picture is left out, and the note counts it alone: the text box ("DỰ THẢO"
    // stamp) is read where it is anchored, as the header's stamp.
    let note = file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "conversion")
        .expect("a conversion note");
    assert!(
        note["message"].as_str().expect("message").starts_with("1 hình ảnh"),
        "{note}"
    );
    let solutions = pseudo
        .iter()
        .find(|d| d["section"] == "ket-qua.giai-phap")
        .expect("the solutions heading is found");
    assert!(
        solutions["message"]
            .as_str()
            .expect("message")
            .ends_with("5. Giải pháp trong giai đoạn mới"),
        "{solutions}"
    );
    assert_eq!(solutions["locator"]["paragraph"], 17, "{solutions}");
    // A heading typed in bold names the place of what follows, as a styled one does.
    assert_eq!(solutions["locator"]["heading"], "4. Bài học kinh nghiệm", "{solutions}");
}

#[test]
fn the_compiled_report_holds_each_units_figures_and_text_and_none_of_its_apparatus() {
    let md = compiled();
    for r in &READINGS {
        assert!(md.contains(r.figures), "{}: {md}", r.file);
    }
    // What the officer copies: the text, the body table, the footnote, the tracked
    // insertion accepted, the deletion dropped.
    for kept in [
        "| Lượt tiếp công dân | 287 | 395 |",
        "Qua bảng trên cho thấy số cuộc đối thoại",
        "tiếp 1.126 lượt công dân",
        "Số liệu của Phòng Nghiệp vụ Y, tính đến ngày 31/3/2026.",
        "Sự hài lòng của người bệnh năm 2025 đạt trên 90%",
        "Kiến nghị Bộ Y tế sớm hoàn thiện cơ chế giá dịch vụ",
        "Đảng ủy ban hành 28 văn bản lãnh đạo, chỉ đạo",
        // A numbered item that opens with a section's words is the item, in its section.
        "3\\. Bài học kinh nghiệm của xã trong tiếp công dân",
        // An endnote, after the paragraph citing it.
        "Theo sổ theo dõi tiếp công dân của Ủy ban nhân dân xã",
        // The second appendix, a list of models, in the notes on the figures.
        "| 1 | Tổ hòa giải thôn Yên Lý | 2019 |",
        // Under the unit's bold headings after a header in text boxes; its note on what
        // it has no duty for, in the notes on the figures.
        "tiếp nhận 35 đơn thư và phối hợp giải quyết 34 đơn thư",
        "Hội Nông dân không có nhiệm vụ tiếp công dân và giải quyết thủ tục hành chính.",
    ] {
        assert!(md.contains(kept), "{kept}: {md}");
    }
    let impact = &md[md.find("# III- ĐÁNH GIÁ TÁC ĐỘNG").expect("impact")..md.find("# IV-").expect("proposals")];
    assert!(
        impact.contains("niềm tin của Nhân dân vào cấp ủy, chính quyền xã"),
        "{impact}"
    );
    // "Hạn chế, khuyết điểm và nguyên nhân", parted by its own "a)" and "b)": the causes
    // go under the outline's "Nguyên nhân", the shortcomings under theirs.
    let causes = &md[md.find("## c) Nguyên nhân").expect("causes")..md.find("## d)").expect("lessons")];
    assert!(causes.contains("Nhân lực y tế thiếu và biến động"), "{causes}");
    let shortcomings =
        &md[md.find("## b) Tồn tại").expect("shortcomings")..md.find("## c) Nguyên nhân").expect("causes")];
    assert!(
        shortcomings.contains("Tinh thần, thái độ phục vụ") && !shortcomings.contains("Nhân lực y tế"),
        "{shortcomings}"
    );
    // What the officer leaves out: each unit's header block, signature and recipients,
    // the wrappers of its parts, the text box, the deleted words.
    for dropped in [
        "Nguyễn Văn Hùng",
        "Trần Thị Mai",
        "Lê Đình Sơn",
        "Phạm Thị Hồng",
        "T/M ĐẢNG ỦY",
        "KT. GIÁM ĐỐC",
        "Lưu Văn phòng Đảng ủy",
        "Độc lập - Tự do - Hạnh phúc",
        "Số 47-BC/ĐU",
        "Đô Lương, ngày 09 tháng 4 năm 2026",
        "PHẦN THỨ NHẤT",
        "KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ",
        "DỰ THẢO",
        "chưa đầy đủ",
        "có biểu số liệu kèm theo",
        "Nội dung khác của các đơn vị",
        // The subject in Heading 2 (demoted, it would be a heading of the unit's text),
        // Word's table of contents, the signature in lines.
        "# Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW",
        "Contents",
        "Trần Văn Hải",
        // The header and signature read from text boxes (the signature's VML copy too).
        "Nguyễn Văn Bình",
        "215-BC/HNDT",
        "TM. BAN THƯỜNG VỤ",
        "HỘI NÔNG DÂN VIỆT NAM",
        // The letterhead and the footer of a template: the page's, never the text's.
        "Hồ Thị Lan",
        "Số 58-BC/ĐU",
        "Văn phòng Đảng ủy phường Vinh Phú",
    ] {
        assert!(!md.contains(dropped), "{dropped}: {md}");
    }
    // The compiled report's own header and signature, once each.
    assert_eq!(md.matches("ĐẢNG CỘNG SẢN VIỆT NAM").count(), 1, "{md}");
    assert_eq!(md.matches("Nơi nhận:").count(), 1, "{md}");
}
