//! Who sent a report, read from its header as units write it (`tests/fixtures/who-sent-it/`:
//! the minimal files of `benches/probe52/gen/experiments`): a body abbreviated with an
//! ampersand (`SỞ GD&ĐT`, `SỞ NN&MT` — a roster alias), which a Word file's Markdown writes
//! escaped (`SỞ GD\&ĐT`), and a national body's local branch without the country's name
//! (`UBMTTQ TỈNH NGHỆ AN` for `Ủy ban MTTQ Việt Nam tỉnh Nghệ An`) are the units they
//! name, not unknown ones; a joint report led by a body not on the roster is its listed
//! partner's, signed by its own signer; a file named after another unit is filed by its
//! header and said; a report without a header is the unit its opening formula names; an
//! addressee over the title, a header wrapped by a web page and a signature in pipe rows
//! are read as an officer reads them; a confirming body's block under the signature and a
//! sign-off table under the figures are not the unit's signer nor its text; an annex sent
//! alone is the unit its `(Kèm theo Báo cáo số … của …)` line names.

use crate::support::{self, Scratch, repo_root};

const DIR: &str = "tests/fixtures/who-sent-it";

/// The fixture `file` checked alone, and what `check` says of it.
fn checked(file: &str) -> (Scratch, serde_json::Value) {
    let scratch = Scratch::new();
    let bytes = std::fs::read(repo_root().join(DIR).join(file)).expect("fixture");
    scratch.write(&format!("s/{file}"), &bytes);
    let run = scratch.run(&["check", "--outline", support::sample_outline(), "--format", "json", "s"]);
    let found = support::file(&run.json(), &format!("s/{file}")).clone();
    (scratch, found)
}

/// The messages of `found`'s findings of `code`.
fn messages(found: &serde_json::Value, code: &str) -> Vec<String> {
    found["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["code"] == code)
        .filter_map(|d| d["message"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn a_body_named_as_units_write_it_is_the_unit_it_names() {
    for (file, code) in [
        ("so-gd-amp-dt.docx", "SGDDT"),
        ("so-gd-amp-dt-escaped.md", "SGDDT"),
        ("so-nn-amp-mt.docx", "SNNMT"),
        ("ubmttq-tinh-without-viet-nam.md", "MTTQ"),
        ("uy-ban-mttq-tinh-without-viet-nam.md", "MTTQ"),
    ] {
        let (_, found) = checked(file);
        assert_eq!(found["unit_code"].as_str(), Some(code), "{file}: {found}");
        let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
        assert!(
            !codes.iter().any(|c| c.starts_with("unit-") || c == "unknown-unit"),
            "{file}: {codes:?}"
        );
    }
}

/// A date line without `ngày`, in figures with the place (`Đô Lương, 10/4/2026`), alone
/// under the motto (`10/4/2026`) or in words (`Đô Lương, 10 tháng 4 năm 2026`): the date,
/// and the end of the header block, not its title compiled as the unit's text.
#[test]
fn a_date_line_without_ngay_is_the_reports_date() {
    for file in [
        "date-place-figures-without-ngay.docx",
        "date-figures-alone.docx",
        "date-words-without-ngay.docx",
    ] {
        let (scratch, found) = checked(file);
        assert_eq!(
            found["metadata"]["date"]["value"].as_str(),
            Some("2026-04-10"),
            "{file}: {found}"
        );
        let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
        assert!(!codes.iter().any(|c| c == "field-missing"), "{file}: {codes:?}");
        let compiled = scratch.compiled_md();
        assert!(
            !compiled.contains("Nội dung khác"),
            "{file}: the header compiled\n{compiled}"
        );
    }
}

/// A number typed into the template's blank, its spaces left (`Số: 241     /BC-STC`, `Số
/// 58    -BC/ĐU`), or with a remark after it (`Số 58-BC/ĐU (bổ sung)`): the number as the
/// register holds it, and the header block ends after its line, none of it compiled.
#[test]
fn a_number_typed_into_its_blank_or_remarked_is_the_number() {
    for (file, number) in [
        ("number-typed-into-blank.docx", "241/BC-STC"),
        ("party-number-typed-into-blank.docx", "58-BC/ĐU"),
        ("number-remark-bo-sung.md", "58-BC/ĐU"),
        ("number-remark-bo-sung.docx", "58-BC/ĐU"),
    ] {
        let (scratch, found) = checked(file);
        assert_eq!(
            found["metadata"]["doc_number"]["value"].as_str(),
            Some(number),
            "{file}: {found}"
        );
        let compiled = scratch.compiled_md();
        assert!(
            !compiled.contains("Nội dung khác"),
            "{file}: the header compiled\n{compiled}"
        );
    }
}

/// The template's blank left in the issuing body (`ĐẢNG ỦY XÃ ....................`): the
/// body is the commune's Party committee, not the province's over it; which commune, the
/// file name says where it names one of them (`DU xa Quynh Luu - BC 71 …`), with a note;
/// where it names none, the unit is ambiguous, the communes listed.
#[test]
fn a_body_left_blank_is_settled_by_the_file_name_or_said_ambiguous() {
    for (file, code) in [
        ("DU xa Quynh Luu - BC 71 (mau de trong).docx", Some("X003")),
        ("body-left-blank.docx", None),
    ] {
        let (_, found) = checked(file);
        assert_eq!(found["unit_code"].as_str(), code, "{file}: {found}");
        let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
        assert_eq!(
            codes.iter().any(|c| c == "unit-ambiguous"),
            code.is_none(),
            "{file}: {codes:?}"
        );
        assert!(!codes.iter().any(|c| c == "unit-unidentified"), "{file}: {codes:?}");
    }
}

/// A last paragraph ending in a date (`Nguồn số liệu: Văn phòng Đảng ủy, 31/3/2026`) is the
/// unit's text, not a date line over the signature: compiled, and no date of the report.
#[test]
fn a_paragraph_ending_in_a_date_is_no_date_line() {
    let file = "source-note-with-a-date.md";
    let (scratch, found) = checked(file);
    assert_ne!(
        found["metadata"]["date"]["value"].as_str(),
        Some("2026-03-31"),
        "{found}"
    );
    let compiled = scratch.compiled_md();
    assert!(
        compiled.contains("Nguồn số liệu: Văn phòng Đảng ủy, 31/3/2026"),
        "{compiled}"
    );
}

/// A joint report led by a body the roster does not list (`ỦY BAN HỘI LHTN VIỆT NAM TỈNH
/// NGHỆ AN` over `BCH ĐOÀN TỈNH NGHỆ AN`) is the listed partner's, said in the note; and
/// of the signatures side by side, the unit's own signer is the one whose authority line
/// names it (`TM. BAN THƯỜNG VỤ TỈNH ĐOÀN`), on the left or on the right.
#[test]
fn a_joint_report_is_its_listed_bodys_with_its_own_signer() {
    for file in [
        "joint-lead-not-on-roster.docx",
        "joint-roster-body-first-signs-right.docx",
    ] {
        let (_, found) = checked(file);
        assert_eq!(found["unit_code"].as_str(), Some("TD"), "{file}: {found}");
        assert_eq!(
            found["metadata"]["signer"]["value"].as_str(),
            Some("Nguyễn Thị Bích Ngọc"),
            "{file}: {found}"
        );
        assert_eq!(
            found["metadata"]["signer_title"]["value"].as_str(),
            Some("PHÓ BÍ THƯ THƯỜNG TRỰC"),
            "{file}: {found}"
        );
        let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
        assert!(!codes.iter().any(|c| c.starts_with("unit-")), "{file}: {codes:?}");
    }
    let (_, found) = checked("joint-lead-not-on-roster.docx");
    let notes = messages(&found, "metadata-inferred");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("TD — Tỉnh đoàn") && n.contains("ỦY BAN HỘI LHTN VIỆT NAM TỈNH NGHỆ AN")),
        "{notes:?}"
    );
    // The unit's name is the partner's, in the metadata and in its note.
    assert_eq!(
        found["metadata"]["unit"]["value"].as_str(),
        Some("BCH ĐOÀN TỈNH NGHỆ AN"),
        "{found}"
    );
    assert!(
        notes.iter().any(|n| n.contains("“unit” = “BCH ĐOÀN TỈNH NGHỆ AN”")),
        "{notes:?}"
    );
}

/// A file named after another roster unit than its header names (`STC - BC …` holding the
/// Home Affairs Department's report): filed by its header, with a warning naming both.
#[test]
fn a_file_named_after_another_unit_is_filed_by_its_header_and_said() {
    let file = "STC - BC tong ket KL114.docx";
    let (_, found) = checked(file);
    assert_eq!(found["unit_code"].as_str(), Some("SNV"), "{found}");
    let warnings = messages(&found, "metadata-conflict");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("Sở Tài chính (STC)") && w.contains("Sở Nội vụ (SNV)")),
        "{warnings:?}"
    );
    // A file named after its own unit gets no warning.
    let (_, own) = checked("so-gd-amp-dt.docx");
    let codes: Vec<String> = support::diags(&own).into_iter().map(|d| d.code).collect();
    assert!(!codes.iter().any(|c| c == "metadata-conflict"), "{codes:?}");
}

/// No header block at all (`Kính gửi: …`, `BÁO CÁO`, then the opening formula `…, Đảng ủy
/// xã Anh Sơn báo cáo kết quả … như sau:`): the unit the formula names, said with where
/// it was read; the addressee and the title compiled nowhere.
#[test]
fn a_report_without_a_header_is_the_unit_its_opening_names() {
    let file = "no-header-unit-in-opening-sentence.md";
    let (scratch, found) = checked(file);
    assert_eq!(found["unit_code"].as_str(), Some("X007"), "{found}");
    let diags = support::diags(&found);
    assert!(!diags.iter().any(|d| d.severity == "error"), "{diags:?}");
    let notes = messages(&found, "metadata-inferred");
    assert!(notes.iter().any(|n| n.contains("câu mở đầu")), "{notes:?}");
    let compiled = scratch.compiled_md();
    assert!(
        compiled.contains("Ban Thường vụ Đảng ủy ban hành 19 văn bản"),
        "{compiled}"
    );
    assert!(
        !compiled.contains("Kính gửi") && !compiled.contains("Nội dung khác"),
        "{compiled}"
    );
}

/// The addressee between the header block and the title (`Kính gửi: …` over `BÁO CÁO`), as
/// a letter sets it: apparatus, the title and subject with it, none of it compiled.
#[test]
fn an_addressee_over_the_title_is_not_the_units_text() {
    let (scratch, found) = checked("kinh-gui-between-header-and-title.md");
    assert_eq!(found["unit_code"].as_str(), Some("X005"), "{found}");
    let compiled = scratch.compiled_md();
    assert!(
        !compiled.contains("Kính gửi") && !compiled.contains("Nội dung khác"),
        "{compiled}"
    );
}

/// A header copied from a web page, its number and its date each wrapped after their
/// first word (`Số` / `58-BC/ĐU`, `Đô Lương, ngày` / `10 tháng 4 năm 2026`), lone `|`
/// lines between its cells: the number and the date, and none of it compiled.
#[test]
fn a_header_wrapped_by_a_web_page_is_read_whole() {
    let (scratch, found) = checked("web-copy-header-wrapped.txt");
    assert_eq!(found["unit_code"].as_str(), Some("X005"), "{found}");
    assert_eq!(
        found["metadata"]["doc_number"]["value"].as_str(),
        Some("58-BC/ĐU"),
        "{found}"
    );
    assert_eq!(
        found["metadata"]["date"]["value"].as_str(),
        Some("2026-04-10"),
        "{found}"
    );
    let compiled = scratch.compiled_md();
    assert!(!compiled.contains("Nội dung khác"), "{compiled}");
}

/// A signature pasted as a table's rows that keep only the pipes between cells and after
/// the last (`- Lưu Văn phòng. | BÍ THƯ |` / `| Nguyễn Thị Thanh Tâm |`): its signer and
/// title.
#[test]
fn a_signature_in_pipe_rows_without_their_first_pipe_is_read() {
    let (_, found) = checked("signature-pipe-rows.md");
    assert_eq!(
        found["metadata"]["signer"]["value"].as_str(),
        Some("Nguyễn Thị Thanh Tâm"),
        "{found}"
    );
    assert_eq!(
        found["metadata"]["signer_title"]["value"].as_str(),
        Some("BÍ THƯ"),
        "{found}"
    );
}

/// The opening formula's own `báo cáo` names the unit, not a basis before it that names
/// another (`…, Hướng dẫn của Văn phòng Tỉnh ủy về tổng kết …, Đảng ủy xã Anh Sơn báo cáo
/// kết quả như sau:`); two bodies reporting together (`Ủy ban nhân dân xã phối hợp với Hội
/// Nông dân tỉnh báo cáo …`) name no one unit, and the front matter is missing, as said.
#[test]
fn an_opening_names_its_unit_or_none() {
    let (_, found) = checked("opening-after-a-guidance-naming-another-unit.md");
    assert_eq!(found["unit_code"].as_str(), Some("X007"), "{found}");
    let (_, found) = checked("opening-two-bodies-together.md");
    assert_eq!(found["unit_code"].as_str(), None, "{found}");
    let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
    assert!(codes.iter().any(|c| c == "front-matter-missing"), "{codes:?}");
    assert!(!codes.iter().any(|c| c.starts_with("unit-")), "{codes:?}");
    assert!(found["metadata"]["unit"].is_null(), "{found}");
    // Nor a body advising another (`Văn phòng Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy báo cáo
    // …`): the missing front matter says it all, the date with it.
    let (_, found) = checked("opening-office-advising-the-committee.md");
    assert_eq!(found["unit_code"].as_str(), None, "{found}");
    let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
    assert!(codes.iter().any(|c| c == "front-matter-missing"), "{codes:?}");
    assert!(!codes.iter().any(|c| c == "field-missing"), "{codes:?}");
}

/// A joint report whose lead's name runs over two lines (`ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM`
/// / `TỈNH NGHỆ AN` over `BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH`) is the lead's, not its partner's.
#[test]
fn a_joint_reports_lead_over_two_lines_is_one_body() {
    let (_, found) = checked("joint-lead-name-over-two-lines.txt");
    assert_eq!(found["unit_code"].as_str(), Some("MTTQ"), "{found}");
}

/// A file name that mentions its own unit beside another's (`Do Luong - BC KL114 gui VPTU`:
/// to whom it went) gets no warning.
#[test]
fn a_file_name_mentioning_its_unit_and_another_is_no_conflict() {
    let (_, found) = checked("Do Luong - BC KL114 gui VPTU.md");
    assert_eq!(found["unit_code"].as_str(), Some("X005"), "{found}");
    assert!(messages(&found, "metadata-conflict").is_empty(), "{found}");
}

/// The fixture `file` checked and compiled alone, its signer asserted the commune's
/// secretary: the compiled Markdown.
fn signed_by_the_secretary(file: &str) -> String {
    let (scratch, found) = checked(file);
    let signed = (
        found["metadata"]["signer"]["value"].as_str(),
        found["metadata"]["signer_title"]["value"].as_str(),
    );
    assert_eq!(
        signed,
        (Some("Nguyễn Thị Thanh Tâm"), Some("BÍ THƯ")),
        "{file}: {found}"
    );
    scratch.compiled_md()
}

/// A confirming body's block set under the report's signature (`XÁC NHẬN CỦA ĐẢNG ỦY XÃ
/// ĐÔ LƯƠNG` / `T/M ĐẢNG ỦY` / `PHÓ BÍ THƯ` / its signer): the unit's signer is the one
/// above it, and the block is no text of the unit's.
#[test]
fn a_confirmation_under_the_signature_is_not_the_signer() {
    // Its block under the signature; or its heading right over the unit's own signature,
    // the confirmer's column empty (a signature table read column after column).
    for (file, absent) in [
        ("confirmation-under-the-signature.md", "Lê Văn Bình"),
        ("confirmation-heading-over-own-signature.md", "XÁC NHẬN"),
    ] {
        let compiled = signed_by_the_secretary(file);
        assert!(!compiled.contains(absent), "{file}: {compiled}");
    }
}

/// A sign-off under the figures set as a table of its own, as a Word form's borderless
/// table or a pipe table: the preparer's beside the head's (`NGƯỜI LẬP BIỂU | T/M BAN
/// THƯỜNG VỤ`), or a confirming body's beside it (`XÁC NHẬN CỦA ĐẢNG ỦY XÃ | T/M BAN
/// THƯỜNG VỤ`). It is apparatus: none of it is compiled as the unit's text, and the
/// report's signer is the head's.
#[test]
fn a_sign_off_table_under_the_figures_is_apparatus() {
    for file in [
        "sheet-sign-off-pipe-table.md",
        "sheet-sign-off-preparer-table.docx",
        "sheet-sign-off-confirmation-table.docx",
    ] {
        let compiled = signed_by_the_secretary(file);
        for line in ["NGƯỜI LẬP BIỂU", "Trần Văn Hùng", "XÁC NHẬN", "Lê Văn Bình"] {
            assert!(!compiled.contains(line), "{file}: {line:?} compiled\n{compiled}");
        }
    }
    // Each sign-off is its own lines: the notes, a second table and its sign-off after it
    // are the appendix's still, the notes compiled with it.
    for (file, kept) in [
        (
            "sheet-sign-off-then-notes-and-a-table.md",
            &["Chỉ tiêu số 9 tính theo", "ba xã cũ trước sáp nhập"][..],
        ),
        ("two-sheets-each-signed-off.md", &[][..]),
    ] {
        let (scratch, found) = checked(file);
        let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
        assert!(codes.iter().any(|c| c == "appendix-value-twice"), "{file}: {codes:?}");
        let compiled = scratch.compiled_md();
        for line in ["NGƯỜI LẬP BIỂU", "Trần Văn Hùng"] {
            assert!(!compiled.contains(line), "{file}: {line:?} compiled\n{compiled}");
        }
        for line in kept {
            assert!(compiled.contains(line), "{file}: {line:?} not compiled\n{compiled}");
        }
    }
}

/// An annex sent alone, with no header block (`Phụ lục 02` / its subject / `(Kèm theo Báo
/// cáo số 58-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy xã Đô Lương …)`, then the
/// sections): the unit the cited line names (its standing committee's words left out),
/// the cited report's number and date, each said to come from that line; its sections,
/// not an appendix before them, and none of those lines compiled.
#[test]
fn an_annex_sent_alone_is_the_unit_its_kem_theo_line_names() {
    let file = "annex-sent-alone-kem-theo-line.docx";
    let (scratch, found) = checked(file);
    assert_eq!(found["unit_code"].as_str(), Some("X005"), "{found}");
    assert_eq!(
        found["metadata"]["doc_number"]["value"].as_str(),
        Some("58-BC/ĐU"),
        "{found}"
    );
    assert_eq!(
        found["metadata"]["date"]["value"].as_str(),
        Some("2026-04-10"),
        "{found}"
    );
    assert_eq!(found["metadata"]["unit"]["source"].as_str(), Some("cited"), "{found}");
    let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
    for code in [
        "front-matter-missing",
        "unit-unidentified",
        "section-order",
        "missing-section",
    ] {
        assert!(!codes.iter().any(|c| c == code), "{code}: {codes:?}");
    }
    let compiled = scratch.compiled_md();
    for absent in ["Phụ lục 02", "Kèm theo Báo cáo số 58"] {
        assert!(!compiled.contains(absent), "{absent} compiled\n{compiled}");
    }
    assert!(
        compiled.contains("Ban Thường vụ Đảng ủy ban hành 19 văn bản"),
        "{compiled}"
    );
}

/// A report written over the outline's template, no header block and no opening formula,
/// that keeps the template's `(Kèm theo Công văn số 123-CV/VPTU ngày 02/4/2026 của Văn phòng
/// Tỉnh ủy)`: that line names who sent the template, not the report — no unit, no number,
/// no date taken from it.
#[test]
fn a_templates_kem_theo_line_names_nobody() {
    let (_, found) = checked("template-kem-theo-cong-van-line.md");
    assert!(found["unit_code"].is_null(), "{found}");
    assert!(found["metadata"]["doc_number"].is_null(), "{found}");
    let codes: Vec<String> = support::diags(&found).into_iter().map(|d| d.code).collect();
    assert!(codes.iter().any(|c| c == "front-matter-missing"), "{codes:?}");
}
