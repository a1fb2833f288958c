//! Reports without front matter: who sent them and when, read from the Party or state
//! header block and the signature block (`tests/fixtures/header/`), matched to the
//! roster; and texts typed with the legacy TCVN3 and VNI fonts.

use serde_json::Value;

use crate::support::{self, Scratch, repo_root};

fn fixture() -> std::path::PathBuf {
    repo_root().join("tests/fixtures/header")
}

fn check_fixture() -> Value {
    let dir = fixture();
    let run = support::run(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "--outline",
            "outline",
            "--date-source",
            "front-matter",
            "submissions",
        ],
    );
    assert_eq!(run.code, 1, "errors on the negative cases only\n{}", run.stderr);
    run.json()
}

fn field<'a>(file: &'a Value, name: &str) -> (&'a Value, &'a Value, &'a Value) {
    let f = &file["metadata"][name];
    (&f["value"], &f["source"], &f["line"])
}

fn codes(file: &Value) -> Vec<String> {
    support::diags(file).into_iter().map(|d| d.code).collect()
}

#[test]
fn header_blocks_identify_units_in_every_layout() {
    let json = check_fixture();
    let cases = [
        (
            "dang-uy-xa-phuong/x001-vinh-phu.md",
            "X001",
            "2026-04-10",
            "52-BC/ĐU",
            "Nguyễn Thị Hoa",
            "PHÓ BÍ THƯ",
            2,
        ),
        (
            "dang-uy-xa-phuong/x004-hoang-mai.md",
            "X004",
            "2026-04-08",
            "61-BC/ĐU",
            "Trần Văn Bình",
            "BÍ THƯ",
            1,
        ),
        (
            "so-nganh/BC 114 - So Y te.txt",
            "SYT",
            "2026-04-15",
            "125/BC-SYT",
            "Lê Minh Tuấn",
            "PHÓ GIÁM ĐỐC",
            2,
        ),
        (
            "so-nganh/snnmt.md",
            "SNNMT",
            "2026-04-16",
            "88/BC-SNNMT",
            "Hồ Văn Nam",
            "GIÁM ĐỐC",
            3,
        ),
        (
            "mttq-doan-the/tinh-doan.md",
            "TD",
            "2026-04-17",
            "214-BC/TĐTN-BTG",
            "Phan Thị Lan",
            "BÍ THƯ",
            1,
        ),
        // The header and the signature as pandoc writes a Word table whose cells hold
        // several paragraphs: an HTML table, a row on one line, `<p>` a line of a cell.
        (
            "mttq-doan-the/mttq-bang-html.md",
            "MTTQ",
            "2026-04-13",
            "30/BC-MTTQ-BTT",
            "Lê Thị Thanh Hà",
            "CHỦ TỊCH",
            2,
        ),
        (
            "dang-uy-truc-thuoc/dang-uy-so-y-te.md",
            "DUSYT",
            "2026-04-14",
            "31-BC/ĐU",
            "Đặng Quốc Khánh",
            "BÍ THƯ",
            2,
        ),
        // A body's name of thirteen words, and a place of five before the date.
        (
            "co-quan-tham-muu/btgdv-tphcm.md",
            "BTGDV",
            "2026-04-15",
            "72-BC/BTGDVTU",
            "Võ Thị Thu Trang",
            "TRƯỞNG BAN",
            3,
        ),
    ];
    for (path, code, date, number, signer, title, line) in cases {
        let file = support::file(&json, &format!("submissions/{path}"));
        assert_eq!(file["unit_code"], code, "{path}: {file:#}");
        let all = codes(file);
        for code in [
            "front-matter-missing",
            "field-missing",
            "unit-ambiguous",
            "unit-unidentified",
        ] {
            assert!(!all.contains(&code.to_owned()), "{path}: {code} in {all:?}");
        }
        assert_eq!(
            field(file, "unit_code"),
            (&Value::from(code), &Value::from("header"), &Value::from(line)),
            "{path}"
        );
        assert_eq!(field(file, "date").0, date, "{path}");
        assert_eq!(field(file, "date").1, "header", "{path}");
        assert_eq!(field(file, "doc_number").0, number, "{path}");
        assert_eq!(field(file, "signer").0, signer, "{path}");
        assert_eq!(field(file, "signer").1, "signature", "{path}");
        assert_eq!(field(file, "signer_title").0, title, "{path}");
        assert_eq!(field(file, "category").1, "roster", "{path}");
        assert_eq!(file["submitted"], date, "{path}: the header's date dates the report");
        // Every inferred value is a note with its line.
        let notes = support::diags(file)
            .into_iter()
            .filter(|d| d.code == "metadata-inferred")
            .count();
        assert!(notes >= 6, "{path}: {notes} notes");
    }
    let file = support::file(&json, "submissions/so-nganh/BC 114 - So Y te.txt");
    let message = file["diagnostics"]
        .as_array()
        .and_then(|d| {
            d.iter()
                .find(|d| d["code"] == "metadata-inferred" && d["field"] == "unit_code")
        })
        .map(|d| d["message"].to_string())
        .unwrap_or_default();
    assert!(
        message.contains("SYT — Sở Y tế") && message.contains("tên tệp khớp"),
        "{message}"
    );
}

#[test]
fn unknown_and_ambiguous_units_are_errors_that_name_the_candidates() {
    let json = check_fixture();
    let other = support::file(&json, "submissions/khac/thach-ha.md");
    assert_eq!(other["unit_code"], Value::Null);
    let d = support::diags(other);
    let unidentified = d
        .iter()
        .find(|d| d.code == "unit-unidentified")
        .expect("unit-unidentified");
    assert_eq!(unidentified.line, 2);
    let message = &other["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["code"] == "unit-unidentified"))
        .expect("message")["message"];
    let message = message.as_str().unwrap_or_default();
    assert!(
        message.contains("ĐẢNG ỦY XÃ THẠCH HÀ") && message.contains("gần nhất"),
        "{message}"
    );

    let cut = support::file(&json, "submissions/khac/phuong-vinh.md");
    assert_eq!(cut["unit_code"], Value::Null);
    let message = cut["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["code"] == "unit-ambiguous"))
        .map(|d| d["message"].to_string())
        .expect("unit-ambiguous");
    assert!(
        message.contains("Đảng ủy phường Vinh Phú (X001)") && message.contains("Đảng ủy phường Vinh Lộc (X009)"),
        "{message}"
    );
}

#[test]
fn front_matter_wins_and_a_disagreeing_header_is_a_warning() {
    let json = check_fixture();
    let file = support::file(&json, "submissions/dang-uy-xa-phuong/x002.md");
    assert_eq!(file["unit_code"], "X002");
    assert_eq!(
        field(file, "date"),
        (
            &Value::from("2026-04-12"),
            &Value::from("front-matter"),
            &Value::from(5)
        )
    );
    let conflict: Vec<(String, u64)> = support::diags(file)
        .into_iter()
        .filter(|d| d.code == "metadata-conflict")
        .map(|d| (d.key.unwrap_or_default(), d.line))
        .collect();
    assert_eq!(conflict, [("date".to_owned(), 13)]);
    assert_eq!(
        field(file, "doc_number").1,
        "header",
        "what the front matter lacks is still read"
    );
}

#[test]
fn status_and_compile_count_reports_identified_by_their_header() {
    let scratch = Scratch::new();
    let dir = fixture();
    let run = support::run(
        &dir,
        &[
            "status",
            "--format",
            "json",
            "--outline",
            "outline",
            "--submissions",
            "submissions",
            "--as-of",
            "2026-04-20",
            "--date-source",
            "front-matter",
        ],
    );
    let json: Value = if run.code == 0 || run.code == 1 {
        run.json()
    } else {
        panic!("status failed: {}", run.stderr)
    };
    let text = json.to_string();
    let rows: Vec<&Value> = json["groups"]
        .as_array()
        .map(|groups| groups.iter().filter_map(|g| g["rows"].as_array()).flatten().collect())
        .unwrap_or_default();
    for (code, category, submitted) in [
        ("X001", "dang-uy-xa-phuong", "2026-04-10"),
        ("X004", "dang-uy-xa-phuong", "2026-04-08"),
        ("SYT", "so-nganh", "2026-04-15"),
        ("SNNMT", "so-nganh", "2026-04-16"),
        ("TD", "mttq-doan-the", "2026-04-17"),
        ("DUSYT", "dang-uy-truc-thuoc", "2026-04-14"),
        ("MTTQ", "mttq-doan-the", "2026-04-13"),
        ("BTGDV", "co-quan-tham-muu", "2026-04-15"),
    ] {
        let group = json["groups"]
            .as_array()
            .and_then(|g| {
                g.iter().find(|g| {
                    g["rows"]
                        .as_array()
                        .is_some_and(|r| r.iter().any(|r| r["code"] == code))
                })
            })
            .unwrap_or_else(|| panic!("{code} in {text}"));
        assert_eq!(group["category"], category, "{code}");
        let unit = rows
            .iter()
            .find(|r| r["code"] == code)
            .unwrap_or_else(|| panic!("{code} in {text}"));
        assert_eq!(unit["state"], "on-time", "{code}: {unit}");
        assert_eq!(unit["submitted"], submitted, "{code}: {unit}");
    }
    let out = scratch.join("out");
    let run = support::run(
        &dir,
        &[
            "compile",
            "--outline",
            "outline",
            "--submissions",
            "submissions",
            "--format",
            "md",
            "--as-of",
            "2026-04-20",
            "--date-source",
            "front-matter",
            "--out",
            out.to_str().unwrap_or_default(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = scratch.read("out/bao-cao-tong-hop.md");
    assert!(
        md.contains("Đảng ủy phường Vinh Phú") && md.contains("Tỉnh đoàn"),
        "the units are in the report"
    );
    // The Front's header and signature, HTML tables as pandoc writes them, stay out; its
    // text is in, and nothing is left over.
    // Nor do the title block and the date under a body's long name, over a place of
    // five words (`Thành phố Hồ Chí Minh, ngày …` was read as two columns, `Thành` and the
    // rest, and the header ended above it).
    for apparatus in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
        "TM. BAN THƯỜNG TRỰC",
        "Lê Thị Thanh Hà",
        "<table",
        "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH",
        "Số 72-BC/BTGDVTU",
        "Thành phố Hồ Chí Minh, ngày 15",
        "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
        "Võ Thị Thu Trang",
    ] {
        assert!(!md.contains(apparatus), "{apparatus} compiled");
    }
    assert!(md.contains("Mặt trận các cấp tổ chức 148 cuộc giám sát"), "{md}");
    assert!(md.contains("có 2.315 mô hình được công nhận"), "{md}");
    assert!(!md.contains("Nội dung khác của các đơn vị"), "{md}");
}

// ---------------------------------------------------------------------------------------
// Legacy encodings.

/// The ABC (TCVN3) table: each Unicode letter and its byte. Capitals with a tone are
/// typed with the capital font `.VnTimeH`, which draws the small letter's code.
const TCVN3_LETTERS: &str = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
const TCVN3_BYTES: [u8; 81] = [
    0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9,
    0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5,
    0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC,
    0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0, 0, 0, 0,
    0, 0, 0,
];

fn tcvn3(text: &str) -> Vec<u8> {
    let letters: Vec<char> = TCVN3_LETTERS.chars().collect();
    let byte = |c: char| letters.iter().position(|&l| l == c).map(|i| TCVN3_BYTES[i]);
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                return c as u8;
            }
            byte(c)
                .or_else(|| c.to_lowercase().next().and_then(byte))
                .unwrap_or(b'?')
        })
        .collect()
}

/// VNI-Windows: the base letter, then one byte for its marks.
fn vni(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let mut out = Vec::new();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        let upper = c.is_uppercase();
        let case = |b: u8| if upper { b - 0x20 } else { b };
        if matches!(c, 'đ' | 'Đ') {
            out.push(case(0xF1));
            continue;
        }
        let parts: Vec<char> = c.to_lowercase().collect::<String>().nfd().collect();
        let base = parts[0];
        let has = |m: char| parts.contains(&m);
        let tone = [
            ('\u{0301}', 0),
            ('\u{0300}', 1),
            ('\u{0309}', 2),
            ('\u{0303}', 3),
            ('\u{0323}', 4),
        ]
        .iter()
        .find(|(m, _)| has(*m))
        .map(|(_, i)| *i);
        if base == 'i' {
            let b = tone.map_or(b'i', |t| [0xED, 0xEC, 0xE6, 0xF3, 0xF2][t]);
            out.push(if b == b'i' {
                if upper { b'I' } else { b'i' }
            } else {
                case(b)
            });
            continue;
        }
        if base == 'y' && tone == Some(4) {
            out.push(case(0xEE));
            continue;
        }
        let letter = if upper { base.to_ascii_uppercase() } else { base } as u8;
        if has('\u{031B}') {
            out.push(case(if base == 'o' { 0xF4 } else { 0xF6 }));
        } else {
            out.push(letter);
        }
        let mark = if has('\u{0302}') {
            Some(tone.map_or(0xE2, |t| [0xE1, 0xE0, 0xE5, 0xE3, 0xE4][t]))
        } else if has('\u{0306}') {
            Some(tone.map_or(0xEA, |t| [0xE9, 0xE8, 0xFA, 0xFC, 0xEB][t]))
        } else {
            tone.map(|t| [0xF9, 0xF8, 0xFB, 0xF5, 0xEF][t])
        };
        out.extend(mark.map(case));
    }
    out
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// A report of Đảng ủy phường Vinh Phú without front matter, as a unit types it.
fn vinh_phu() -> String {
    std::fs::read_to_string(fixture().join("submissions/dang-uy-xa-phuong/x001-vinh-phu.md")).expect("fixture")
}

#[test]
fn legacy_fonts_are_converted_and_named_and_the_unit_is_found() {
    let text = vinh_phu();
    let files: Vec<(&str, Vec<u8>, Option<&str>)> = vec![
        ("tcvn3-raw.md", tcvn3(&text), Some("TCVN3")),
        ("tcvn3-pasted.md", latin1(&tcvn3(&text)).into_bytes(), Some("TCVN3")),
        ("vni-raw.md", vni(&text), Some("VNI")),
        ("vni-pasted.md", latin1(&vni(&text)).into_bytes(), Some("VNI")),
        ("windows-1258.md", support::windows_1258(&text), Some("1258")),
        ("unicode.md", text.clone().into_bytes(), None),
    ];
    for (name, bytes, named) in files {
        let scratch = Scratch::new();
        scratch
            .write(
                "o/units.yaml",
                std::fs::read(fixture().join("outline/units.yaml")).expect("roster"),
            )
            .write(&format!("s/{name}"), &bytes);
        let (_, json) = scratch.check_json("o", &["s"]);
        let file = support::file(&json, &format!("s/{name}"));
        assert_eq!(file["unit_code"], "X001", "{name}: {file:#}");
        let messages: Vec<String> = file["diagnostics"]
            .as_array()
            .map(|d| {
                d.iter()
                    .filter(|d| d["code"] == "encoding")
                    .map(|d| d["message"].to_string())
                    .collect()
            })
            .unwrap_or_default();
        match named {
            Some(encoding) => assert!(
                messages.len() == 1 && messages[0].contains(encoding),
                "{name}: {messages:?}"
            ),
            None => assert!(messages.is_empty(), "{name}: {messages:?}"),
        }
        let all = codes(file);
        for code in ["missing-section", "unit-unidentified", "front-matter-missing"] {
            assert!(!all.contains(&code.to_owned()), "{name}: {code} in {all:?}");
        }
    }
}

#[test]
fn plain_text_files_are_reports_and_readmes_are_not() {
    let scratch = Scratch::new();
    scratch
        .write(
            "o/units.yaml",
            std::fs::read(fixture().join("outline/units.yaml")).expect("roster"),
        )
        .write("s/vinh-phu.txt", support::utf16le(&vinh_phu()))
        .write("s/readme.txt", "Thư mục báo cáo")
        .write("s/README.TXT", "Thư mục báo cáo");
    let (_, json) = scratch.check_json("o", &["s"]);
    let files = json["files"].as_array().expect("files");
    assert_eq!(files.len(), 1, "{json:#}");
    assert_eq!(files[0]["unit_code"], "X001");
}

/// A ward's People's Committee reporting for the ward (a campaign on state bodies' work is
/// often drafted by them): its state-style header, the body over its ward on two lines
/// (`ỦY BAN NHÂN DÂN` / `PHƯỜNG VINH PHÚ`, `UBND PHƯỜNG VINH PHÚ` on one), names the
/// roster's one unit of that ward; a ward with two units on the roster is ambiguous.
#[test]
fn a_wards_peoples_committee_reports_for_the_ward() {
    let body = vinh_phu();
    let body = &body[body.find("**BÁO CÁO**").expect("type line")..];
    let roster = std::fs::read_to_string(fixture().join("outline/units.yaml")).expect("roster");
    for (header, extra_unit, want) in [
        (
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG VINH PHÚ\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 215/BC-UBND\tVinh Phú, ngày 10 tháng 4 năm 2026\n\n",
            false,
            "X001",
        ),
        (
            "UBND PHƯỜNG VINH PHÚ\n\nSố: 215/BC-UBND\n\n*Vinh Phú, ngày 10 tháng 4 năm 2026*\n\n",
            false,
            "X001",
        ),
        (
            "UBND PHƯỜNG VINH PHÚ\n\nSố: 215/BC-UBND\n\n*Vinh Phú, ngày 10 tháng 4 năm 2026*\n\n",
            true,
            "",
        ),
    ] {
        let mut units = roster.clone();
        if extra_unit {
            units.push_str("  - code: M001\n    name: \"Ủy ban MTTQ phường Vinh Phú\"\n    category: mttq-doan-the\n");
        }
        let scratch = Scratch::new();
        scratch
            .write("o/units.yaml", units)
            .write("s/ubnd-vinh-phu.md", format!("{header}{body}"));
        let (_, json) = scratch.check_json("o", &["s"]);
        let file = support::file(&json, "s/ubnd-vinh-phu.md");
        let all = codes(file);
        if want.is_empty() {
            assert!(all.contains(&"unit-ambiguous".to_owned()), "{header}: {all:?}");
        } else {
            assert_eq!(file["unit_code"], want, "{header}: {file:#}");
            assert!(!all.contains(&"unit-unidentified".to_owned()), "{header}: {all:?}");
        }
    }
}
