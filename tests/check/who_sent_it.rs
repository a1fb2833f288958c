//! Who sent a report, read from its header as units write it (`tests/fixtures/who-sent-it/`:
//! the minimal files of `benches/probe52/gen/experiments`): a body abbreviated with an
//! ampersand (`SỞ GD&ĐT`, `SỞ NN&MT` — a roster alias), which a Word file's Markdown writes
//! escaped (`SỞ GD\&ĐT`), and a national body's local branch without the country's name
//! (`UBMTTQ TỈNH NGHỆ AN` for `Ủy ban MTTQ Việt Nam tỉnh Nghệ An`) are the units they
//! name, not unknown ones.

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
