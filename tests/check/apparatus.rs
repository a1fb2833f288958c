//! The unit's own apparatus as units really write it (`tests/fixtures/layouts/apparatus/`,
//! one report per layout, no front matter): who sent it is read from the header and
//! signature blocks, and `compile` leaves the apparatus out — the title block on
//! consecutive lines, a type line run on into the subject (`BÁO CÁO TỔNG KẾT`), an
//! opening formula in two paragraphs with the attachment note after it, `Kính gửi:`, a
//! number typed `Số 52 - BC/ĐU`, a state signature with the title
//! alone, a rank before the signer's name, a standing committee under its body, a
//! signature pasted as a table whose first row is empty, the closing sentence ended with
//! `./.` (`Trên đây là báo cáo …./.`), a sub-unit's report filed after the unit's (its
//! header, number and signature taken for none of the unit's) — and every other paragraph
//! (a last proposal ended with `./.` too) is compiled exactly once.

use crate::support::{self, Scratch, repo_root};

const DIR: &str = "tests/fixtures/layouts/apparatus";

/// A fixture, what its header and signature say, and lines of its apparatus that must not
/// be compiled.
struct Case {
    file: &'static str,
    unit_code: &'static str,
    unit: &'static str,
    doc_number: &'static str,
    signer: &'static str,
    signer_title: &'static str,
    apparatus: &'static [&'static str],
    /// Another document is filed after the report (`attached-document`).
    attached: bool,
}

const CASES: &[Case] = &[
    Case {
        file: "x006-kem-chi-bo.md",
        unit_code: "X006",
        unit: "ĐẢNG ỦY XÃ THANH CHƯƠNG",
        doc_number: "66-BC/ĐU",
        signer: "Hoàng Văn Sơn",
        signer_title: "BÍ THƯ",
        // A cell's report filed after the commune's, under its own header and number:
        // none of it is the commune's.
        apparatus: &[
            "Số 07-BC/CB",
            "Kết quả 10 năm thực hiện Kết luận số 114-KL/TW ở Chi bộ xóm 5",
            "Chi bộ xóm 5 tổ chức quán triệt",
            "Ban công tác Mặt trận xóm tổ chức 21 buổi",
            "Nhân dân trong xóm đồng thuận",
            "Đề nghị Đảng ủy xã hỗ trợ kinh phí sửa chữa",
            "Lê Văn Quang",
            "Hoàng Văn Sơn",
            "Trên đây là báo cáo tổng kết 10 năm",
        ],
        attached: true,
    },
    Case {
        file: "x002-dien-chau.md",
        unit_code: "X002",
        unit: "ĐẢNG ỦY XÃ DIỄN CHÂU",
        doc_number: "52-BC/ĐU",
        signer: "Hồ Văn Lâm",
        signer_title: "BÍ THƯ",
        apparatus: &[
            "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW trên địa bàn xã Diễn Châu",
            "Số 52 - BC/ĐU",
            "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết",
            "Ban Thường vụ Đảng ủy xã Diễn Châu báo cáo kết quả như sau:",
            "(có biểu số liệu kèm theo)",
            "Hồ Văn Lâm",
        ],
        attached: false,
    },
    Case {
        file: "sgddt.md",
        unit_code: "SGDDT",
        unit: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        doc_number: "1045/BC-SGDĐT",
        signer: "Thái Văn Thành",
        signer_title: "GIÁM ĐỐC",
        apparatus: &[
            "Kết quả 10 năm thực hiện Kết luận số 114-KL/TW của ngành Giáo dục và Đào tạo",
            "Kính gửi",
            "Trên đây là báo cáo kết quả 10 năm",
            "GIÁM ĐỐC",
            "Đã ký",
            "Thái Văn Thành",
            "Lưu: VT, VP.",
        ],
        attached: false,
    },
    // The type line run on into the subject (`BÁO CÁO TỔNG KẾT` over `10 năm thực hiện
    // …`): the title block all the same.
    Case {
        file: "snv-bao-cao-tong-ket.md",
        unit_code: "SNV",
        unit: "SỞ NỘI VỤ",
        doc_number: "402/BC-SNV",
        signer: "Trần Quốc Bảo",
        signer_title: "GIÁM ĐỐC",
        apparatus: &[
            "BÁO CÁO TỔNG KẾT",
            "10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư ở Sở Nội vụ",
            "Trần Quốc Bảo",
        ],
        attached: false,
    },
    Case {
        file: "ttt.md",
        unit_code: "TTT",
        unit: "THANH TRA TỈNH",
        doc_number: "215/BC-TTr",
        signer: "Nguyễn Hữu Quang",
        signer_title: "CHÁNH THANH TRA",
        apparatus: &[
            "Kết quả thực hiện Kết luận số 114-KL/TW của Thanh tra tỉnh",
            "CHÁNH THANH TRA",
            "ký, đóng dấu",
            "Nguyễn Hữu Quang",
        ],
        attached: false,
    },
    Case {
        file: "duqs.md",
        unit_code: "DUQS",
        unit: "ĐẢNG ỦY QUÂN SỰ TỈNH",
        doc_number: "286-BC/ĐU",
        signer: "Nguyễn Đức Hải",
        signer_title: "BÍ THƯ",
        apparatus: &[
            "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW trong Đảng bộ Quân sự tỉnh",
            "Số 286 - BC/ĐU",
            "Đảng ủy Quân sự tỉnh báo cáo như sau:",
            "Thiếu tướng",
        ],
        attached: false,
    },
    Case {
        file: "duca.md",
        unit_code: "DUCA",
        unit: "ĐẢNG ỦY CÔNG AN TỈNH",
        doc_number: "41-BC/ĐU",
        signer: "Trần Văn An",
        signer_title: "PHÓ BÍ THƯ",
        apparatus: &[
            "41 – BC/ĐU",
            "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW trong Đảng bộ Công an tỉnh",
            "Đại tá",
            "Trần Văn An",
        ],
        attached: false,
    },
    Case {
        file: "hnd.md",
        unit_code: "HND",
        unit: "HỘI NÔNG DÂN TỈNH NGHỆ AN",
        doc_number: "77-BC/HNDT",
        signer: "Nguyễn Thị Lan",
        signer_title: "CHỦ TỊCH",
        apparatus: &[
            "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW trong hệ thống Hội Nông dân tỉnh",
            "| **Nơi nhận:** |",
            "báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận) để tổng hợp",
            "Nguyễn Thị Lan",
            "|  |  |",
        ],
        attached: false,
    },
    Case {
        file: "mttq.md",
        unit_code: "MTTQ",
        unit: "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN",
        doc_number: "30/BC-MTTQ-BTT",
        signer: "Lê Thị Thanh Hà",
        signer_title: "CHỦ TỊCH",
        apparatus: &[
            "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Mặt trận Tổ quốc tỉnh",
            "BAN THƯỜNG TRỰC",
            "Lê Thị Thanh Hà",
        ],
        attached: false,
    },
    Case {
        file: "vptu.md",
        unit_code: "VPTU",
        unit: "VĂN PHÒNG",
        doc_number: "118-BC/VPTU",
        signer: "Hoàng Nghĩa Hiếu",
        signer_title: "CHÁNH VĂN PHÒNG",
        apparatus: &[
            "MỤC LỤC",
            "........ 2",
            "Nguyên nhân …… 5",
            "Văn phòng Tỉnh ủy báo cáo như sau:",
            "T/L BAN THƯỜNG VỤ",
            "Hoàng Nghĩa Hiếu",
        ],
        attached: false,
    },
    // A letter (công văn): its excerpt `V/v …` under the number, the signature aligned
    // with spaces beside the recipients.
    Case {
        file: "stc-cong-van.md",
        unit_code: "STC",
        unit: "SỞ TÀI CHÍNH",
        doc_number: "318/STC-VP",
        signer: "Nguyễn Thị Hạnh",
        signer_title: "PHÓ GIÁM ĐỐC",
        apparatus: &[
            "V/v báo cáo tổng kết",
            "Độc lập - Tự do - Hạnh phúc",
            "Nghệ An, ngày 16 tháng 4 năm 2026",
            "Kính gửi",
            "Sở Tài chính báo cáo như sau:",
            "Trên đây là báo cáo tổng kết",
            "KT. GIÁM ĐỐC",
            "Nguyễn Thị Hạnh",
        ],
        attached: false,
    },
    // A ward's statistics sheet after its signature, signed off by its preparer beside
    // the ward's People's Committee: the report's signer is the Party secretary above,
    // and the sheet's sign-off is apparatus, not the unit's note on its figures.
    Case {
        file: "x004-hoang-mai.md",
        unit_code: "X004",
        unit: "ĐẢNG ỦY PHƯỜNG HOÀNG MAI",
        doc_number: "61-BC/ĐU",
        signer: "Nguyễn Văn Sơn",
        signer_title: "BÍ THƯ",
        apparatus: &[
            "T/M ĐẢNG ỦY",
            "NGƯỜI LẬP BIỂU",
            "CHỦ TỊCH",
            "Trần Thị Lan",
            "Phạm Văn Đức",
        ],
        attached: false,
    },
];

/// The fixtures in a scratch campaign of their own (no git history to date them by).
fn campaign() -> Scratch {
    let scratch = Scratch::new();
    support::copy_dir(&repo_root().join(DIR), &scratch.join("nop"));
    scratch
}

#[test]
fn who_sent_each_report_is_read_from_its_header_and_signature() {
    let scratch = campaign();
    let run = scratch.run(&[
        "check",
        "--outline",
        support::sample_outline(),
        "--format",
        "json",
        "nop",
    ]);
    let json = run.json();
    for case in CASES {
        let file = support::file(&json, &format!("nop/{}", case.file));
        let value = |field: &str| file["metadata"][field]["value"].as_str().map(str::to_owned);
        let got = [
            value("unit_code"),
            value("unit"),
            value("doc_number"),
            value("signer"),
            value("signer_title"),
        ];
        let want = [
            case.unit_code,
            case.unit,
            case.doc_number,
            case.signer,
            case.signer_title,
        ]
        .map(|v| Some(v.to_owned()));
        assert_eq!(got, want, "{}", case.file);
        let codes: Vec<String> = support::diags(file).into_iter().map(|d| d.code).collect();
        assert!(
            codes
                .iter()
                .all(|c| matches!(c.as_str(), "metadata-inferred" | "pseudo-heading" | "attached-document")),
            "{}: {codes:?}",
            case.file
        );
        assert_eq!(
            codes.iter().any(|c| c == "attached-document"),
            case.attached,
            "{}: {codes:?}",
            case.file
        );
    }
}

#[test]
fn compile_leaves_the_apparatus_out_and_every_other_paragraph_in_exactly_once() {
    let scratch = campaign();
    let run = scratch.run(&[
        "compile",
        "--outline",
        support::sample_outline(),
        "--submissions",
        "nop",
        "--as-of",
        "2026-04-25",
        "--format",
        "md",
    ]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let compiled = scratch.read("output/bao-cao-tong-hop.md");
    assert!(!compiled.contains("Nội dung khác của các đơn vị"), "{compiled}");
    let compiled_blocks: Vec<String> = baocao::read::markdown::blocks(&compiled, 0)
        .into_iter()
        .map(|b| b.text)
        .collect();
    for case in CASES {
        for line in case.apparatus {
            assert!(!compiled.contains(line), "{}: {line:?} compiled\n{compiled}", case.file);
        }
        let text = std::fs::read_to_string(repo_root().join(DIR).join(case.file)).expect("fixture");
        // The unit's own paragraphs: every paragraph and list item of running text (a
        // sentence) that is not one of the apparatus lines above.
        let own: Vec<String> = baocao::read::markdown::blocks(&text, 0)
            .into_iter()
            .filter(|b| {
                matches!(
                    b.kind,
                    baocao::read::markdown::BlockKind::Paragraph | baocao::read::markdown::BlockKind::Item
                ) && b.text.chars().count() > 80
                    && b.text.ends_with('.')
                    && !case.apparatus.iter().any(|a| b.text.contains(a))
            })
            .map(|b| b.text)
            .collect();
        assert!(own.len() >= 10, "{}: {own:?}", case.file);
        for paragraph in &own {
            let times = compiled_blocks.iter().filter(|b| *b == paragraph).count();
            assert_eq!(times, 1, "{}: {paragraph:?}", case.file);
        }
    }
}
