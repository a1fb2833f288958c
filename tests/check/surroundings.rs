//! What real reports carry around the report itself (`tests/fixtures/surroundings/`: the
//! Word files written by `benches/probe48/gen/experiments/repros.py`, the Markdown ones
//! `layouts/apparatus/duca.md` with one thing added): the day of the week in the
//! place-and-date line (`Đô Lương, thứ Sáu, ngày …`, in the header or over the
//! signature), a digital signature's stamp in a text box in the signature cell, the
//! certification of a copy (`SAO Y`, `Số: 52/SY-VP`, Nghị định 30/2020) under the report, a
//! list of the conference's participants after the appendix, a sub-unit's report with a
//! caption and its own header filed after the unit's, and a group heading whose first
//! sub-heading repeats its words; and what must stay the report's — a certification between
//! the signature and the appendix (the appendix read), a table of copies made (`Sao y |
//! 120`), lines of `key: value` above the closing sentence, a signer's name in capitals
//! over a sub-unit's report; the place and date typed over the signature, after the last
//! section or after the appendix; an extract of a larger report (`TRÍCH BÁO CÁO`, `(Hết
//! phần trích)`); paragraphs of the text that open as a signature or the recipients do;
//! an e-mail's headers, note and signature, or a chat's lines, around a report pasted
//! into them, and a reply quoting the report line by line.
//! Each report is checked and compiled alone: who sent it and
//! when are the report's, none of those lines is compiled, and every paragraph of the
//! unit's text is compiled exactly once.

use crate::support::{self, Scratch, repo_root};

const DIR: &str = "tests/fixtures/surroundings";

struct Case {
    file: &'static str,
    date: &'static str,
    signer: &'static str,
    /// Codes that must be among the findings, and codes that must not.
    codes: &'static [&'static str],
    not_codes: &'static [&'static str],
    /// Text of the file that must not be compiled, and text that must.
    absent: &'static [&'static str],
    present: &'static [&'static str],
}

const CASES: &[Case] = &[
    // The report as the secretariat saved an e-mail forwarding it: Outlook's headers and
    // the forwarder's note over its header block, its subject cut over three printed lines
    // (`… ngày 14/7/2015 của` / `Ban Bí thư …` / `nhà nước các cấp`), and the e-mail's
    // signature under its appendix after `--`.
    Case {
        file: "forwarded-mail-with-its-signature.txt",
        date: "2026-04-16",
        signer: "Trần Văn Hùng",
        codes: &["attached-document"],
        not_codes: &["unit-unidentified", "field-missing"],
        absent: &[
            "vanphong.stc",
            "Thursday, April 16",
            "FW: Báo cáo",
            "Kính chuyển Ban",
            // The subject's last printed line (`nhà nước các cấp`) among the unit's other
            // text.
            "Nội dung khác",
            "Hồ Thị Lan",
            "0912 345 678",
        ],
        present: &[],
    },
    // A reply saved as text: the secretariat's acknowledgement and Gmail's attribution
    // over the report, every line of which is quoted (`> `).
    Case {
        file: "reply-quoting-the-report.txt",
        date: "2026-04-16",
        signer: "Trần Văn Hùng",
        codes: &["attached-document"],
        not_codes: &["unit-unidentified", "field-missing", "missing-section"],
        absent: &["Ban đã nhận", "Trân trọng", "đã viết:", "Nội dung khác", "> "],
        present: &[],
    },
    // Copied from a chat: the day, the sender, her message and the time over the report.
    // The unit is the header's, the date its place-and-date line's, not the chat's day.
    Case {
        file: "chat-lines-over-the-report.txt",
        date: "2026-04-15",
        signer: "Lê Thị Mai",
        codes: &["attached-document"],
        not_codes: &["unit-unidentified", "field-missing"],
        absent: &["Nguyễn Thu Hà", "Em gửi Ban", "08:47", "16/04/2026"],
        present: &[],
    },
    // An extract of a larger report: typed `TRÍCH BÁO CÁO`, the larger report's subject and
    // `(Trích Phần III và Phần IV)` under it, `(Hết phần trích)` where its closing sentence
    // stood, and the extract's own certification (`TRÍCH SAO`) under the signature.
    Case {
        file: "extract-of-a-larger-report.md",
        date: "2026-04-10",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &[],
        not_codes: &["unit-unidentified", "missing-section"],
        absent: &[
            "TRÍCH BÁO CÁO",
            "Trích Phần III",
            "Hết phần trích",
            "Tổng kết công tác dân vận năm 2025",
        ],
        present: &[],
    },
    Case {
        file: "date-over-signature.md",
        date: "2026-04-16",
        signer: "Trương Minh Đức",
        codes: &[],
        not_codes: &[],
        absent: &["ngày 14 tháng 4"],
        present: &[],
    },
    Case {
        file: "date-over-signature-after-appendix.md",
        date: "2026-04-16",
        signer: "Trương Minh Đức",
        codes: &[],
        not_codes: &[],
        absent: &["ngày 14 tháng 4"],
        present: &[],
    },
    Case {
        file: "weekday-in-header.docx",
        date: "2026-04-10",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &[],
        not_codes: &["field-missing"],
        absent: &[
            "thứ Sáu",
            "Nội dung khác",
            "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW\n",
        ],
        present: &[],
    },
    Case {
        file: "weekday-at-signature.docx",
        date: "2026-04-12",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &[],
        not_codes: &["field-missing"],
        absent: &["Chủ nhật", "Nội dung khác"],
        present: &[],
    },
    Case {
        file: "group-heading.docx",
        date: "2026-04-10",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &[],
        not_codes: &["duplicate-section"],
        absent: &[],
        present: &[],
    },
    Case {
        file: "participants-list.docx",
        date: "2026-04-10",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &["attached-document"],
        not_codes: &[],
        absent: &["DANH SÁCH ĐẠI BIỂU", "Trần Văn Bình", "Chủ tịch Ủy ban MTTQ xã"],
        present: &[],
    },
    Case {
        file: "copy-certification.docx",
        date: "2026-04-16",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &[],
        not_codes: &["attached-document"],
        absent: &[
            "SAO Y",
            "52/SY-VP",
            "Đinh Văn Lợi",
            "CHÁNH VĂN PHÒNG",
            "SỞ Y TẾ TỈNH NGHỆ AN",
        ],
        present: &[],
    },
    Case {
        file: "signature-stamp.docx",
        date: "2026-04-16",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &[],
        not_codes: &[],
        absent: &["Ký bởi", "Thời gian ký", "Trên đây là báo cáo"],
        present: &[],
    },
    // The stamp at the top of the first page, as on what an organisation attaches.
    Case {
        file: "stamp-at-top.docx",
        date: "2026-04-16",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &[],
        not_codes: &["unit-unidentified"],
        absent: &["Ký bởi", "Thời gian ký", "syt@nghean.gov.vn"],
        present: &[],
    },
    Case {
        file: "attached-subunit.docx",
        date: "2026-04-16",
        signer: "Nguyễn Thị Thanh Tâm",
        codes: &["attached-document"],
        not_codes: &[],
        absent: &[
            "ĐƠN VỊ ĐIỂN HÌNH",
            "SỞ GD",
            "TRƯỜNG THPT HUỲNH THÚC KHÁNG",
            "45/BC-THPT.HTK",
            "Nhà trường tổ chức 11 buổi",
        ],
        present: &[],
    },
    // A certification between the signature and the appendix: apparatus, its signer not
    // the report's, the appendix after it read.
    Case {
        file: "copy-before-appendix.md",
        date: "2026-04-15",
        signer: "Trần Văn An",
        codes: &[],
        not_codes: &["missing-section", "attached-document"],
        absent: &["SAO Y", "52-SY/VP", "Đinh Văn Lợi", "Các chi bộ trực thuộc"],
        present: &["| Đảng ủy Công an tỉnh |"],
    },
    // What stays the report's.
    Case {
        file: "copies-made-table.md",
        date: "2026-04-15",
        signer: "Trần Văn An",
        codes: &[],
        not_codes: &["missing-section"],
        absent: &[],
        present: &["Sao lục", "| Đảng ủy Công an tỉnh |"],
    },
    Case {
        file: "agreement-lines-before-closing.md",
        date: "2026-04-15",
        signer: "Trần Văn An",
        codes: &[],
        not_codes: &[],
        absent: &["Trên đây là báo cáo"],
        present: &[
            "Cơ quan: Ủy ban MTTQ tỉnh và Công an tỉnh",
            "Thời gian ký: tháng 3 năm 2024",
        ],
    },
    Case {
        file: "capitals-signer-over-sub-unit.md",
        date: "2026-04-15",
        signer: "TRẦN VĂN AN",
        codes: &["attached-document"],
        not_codes: &[],
        absent: &[
            "CHI BỘ XÓM 5",
            "Chi bộ xóm 5 đã lãnh đạo",
            "Trong năm, chi bộ tổ chức 12 buổi",
            "12-BC/CB",
        ],
        present: &[],
    },
    // What leaders did, person by person, after the signature: figures, not a list.
    Case {
        file: "figures-by-person.md",
        date: "2026-04-15",
        signer: "Trần Văn An",
        codes: &[],
        not_codes: &["attached-document", "appendix-value-missing"],
        absent: &[],
        present: &["| 297 |"],
    },
    // A signer's name in capitals opening with a word a body's kind is too (`ĐẶNG`).
    Case {
        file: "surname-signer-over-sub-unit.md",
        date: "2026-04-15",
        signer: "ĐẶNG VĂN HÙNG",
        codes: &["attached-document"],
        not_codes: &[],
        absent: &[
            "CHI BỘ XÓM 5",
            "Chi bộ xóm 5 đã lãnh đạo",
            "Trong năm, chi bộ tổ chức 12 buổi",
        ],
        present: &[],
    },
    // `Sao y | 120` in the appendix's table, a date under it: figures.
    Case {
        file: "copies-made-in-appendix.md",
        date: "2026-04-15",
        signer: "Trần Văn An",
        codes: &[],
        not_codes: &["appendix-empty", "empty-section"],
        absent: &[],
        present: &["| 297 |"],
    },
    // `Thời gian ký: 15/3/2024` in the text: when an agreement was signed, no stamp.
    Case {
        file: "signing-date-in-text.md",
        date: "2026-04-15",
        signer: "Trần Văn An",
        codes: &[],
        not_codes: &[],
        absent: &["Trên đây là báo cáo"],
        present: &["Cơ quan: Ủy ban MTTQ tỉnh và Công an tỉnh", "Thời gian ký: 15/3/2024"],
    },
    // The day of the week after the date.
    Case {
        file: "weekday-after-date.md",
        date: "2026-04-16",
        signer: "Trần Văn An",
        codes: &[],
        not_codes: &["field-missing"],
        absent: &["thứ Năm", "Nội dung khác"],
        present: &[],
    },
    // A list of names as the appendix's second part, its number over its title.
    Case {
        file: "commendation-list.md",
        date: "2026-04-15",
        signer: "Trần Văn An",
        codes: &["attached-document"],
        not_codes: &[],
        absent: &["PHỤ LỤC 2", "DANH SÁCH CÁ NHÂN"],
        present: &["| Đảng ủy Công an tỉnh |"],
    },
    // The closing written in small letters (`T/M Ban Thường vụ Đảng ủy Công an tỉnh Nghệ
    // An`: more words in small letters than a sentence's opening has) after the recipients
    // typed with their first item on the same line (`Nơi nhận:- Ban …`).
    Case {
        file: "signature-in-mixed-case.md",
        date: "2026-04-16",
        signer: "Trương Minh Đức",
        codes: &[],
        not_codes: &[],
        absent: &[
            "T/M Ban Thường vụ",
            "Phó Bí thư",
            "Phòng Tham mưu Công an tỉnh",
            "Lưu VP",
        ],
        present: &[],
    },
    // Paragraphs of the report's text that open as a signature or the recipients do
    // (`T/M BAN THƯỜNG VỤ` over a sentence, `Thay mặt Ban Thường vụ, đồng chí …`, `Nơi nhận
    // phản ánh …`): text, not the closing — which is the real signature after them.
    Case {
        file: "openers-in-running-text.md",
        date: "2026-04-16",
        signer: "Nguyễn Văn Hùng",
        codes: &[],
        not_codes: &["empty-section", "section-order"],
        absent: &["Nguyễn Văn Hùng", "Lưu VP", "**BÍ THƯ**"],
        present: &[
            "Nơi nhận phản ánh, kiến nghị của người dân",
            "Đảng ủy ký ban hành Nghị quyết chuyên đề số 05-NQ/ĐU",
            "Thay mặt Ban Thường vụ, đồng chí Bí thư Đảng ủy trao 24 bằng",
            "Các chi bộ đánh giá tác động",
        ],
    },
];

#[test]
fn what_surrounds_the_report_is_compiled_nowhere_and_the_report_whole() {
    for case in CASES {
        let scratch = Scratch::new();
        let bytes = std::fs::read(repo_root().join(DIR).join(case.file)).expect("fixture");
        scratch.write(&format!("s/{}", case.file), &bytes);
        let run = scratch.run(&["check", "--outline", support::sample_outline(), "--format", "json", "s"]);
        let json = run.json();
        let file = support::file(&json, &format!("s/{}", case.file));
        let value = |field: &str| file["metadata"][field]["value"].as_str().map(str::to_owned);
        assert_eq!(
            [value("date"), value("signer")],
            [Some(case.date.to_owned()), Some(case.signer.to_owned())],
            "{}",
            case.file
        );
        let codes: Vec<String> = support::diags(file).into_iter().map(|d| d.code).collect();
        for code in case.codes {
            assert!(
                codes.iter().any(|c| c == code),
                "{}: {code} not in {codes:?}",
                case.file
            );
        }
        for code in case.not_codes {
            assert!(!codes.iter().any(|c| c == code), "{}: {code} in {codes:?}", case.file);
        }

        let compiled = scratch.compiled_md();
        for line in case.absent {
            assert!(!compiled.contains(line), "{}: {line:?} compiled\n{compiled}", case.file);
        }
        for line in case.present {
            assert!(
                compiled.contains(line),
                "{}: {line:?} not compiled\n{compiled}",
                case.file
            );
        }
        // The unit's own paragraphs (sentences of some length, none of the lines above)
        // are each compiled once.
        let source = if case.file.ends_with(".docx") {
            baocao::read::docx::read(&bytes).text
        } else {
            String::from_utf8(bytes.clone()).expect("UTF-8 fixture")
        };
        // A reply's quoted report, as it is read.
        let source = baocao::read::quoted::unquoted(&source).unwrap_or(source);
        let compiled_blocks: Vec<String> = baocao::read::markdown::blocks(&compiled, 0)
            .into_iter()
            .map(|b| b.text)
            .collect();
        let own: Vec<String> = baocao::read::markdown::blocks(&source, 0)
            .into_iter()
            .filter(|b| b.kind == baocao::read::markdown::BlockKind::Paragraph)
            .map(|b| b.text)
            .filter(|t| {
                t.chars().count() > 60
                    && t.ends_with('.')
                    && !t.ends_with("./.")
                    && !case.absent.iter().any(|a| t.contains(a))
            })
            .collect();
        assert!(own.len() >= 3, "{}: {own:?}", case.file);
        for paragraph in &own {
            let times = compiled_blocks.iter().filter(|b| *b == paragraph).count();
            assert_eq!(times, 1, "{}: {paragraph:?}\n{compiled}", case.file);
        }
    }
}
