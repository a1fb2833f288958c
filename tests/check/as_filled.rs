//! Reports as drafts and appendices are really filled in (`tests/fixtures/as-filled/`: the
//! minimal Word files of `benches/probe49/gen/experiments/repros.py`, and one Markdown
//! file as pandoc writes a Word table): a number or a day left blank with spaces for the
//! clerk (`Số      -BC/ĐU`, `Số:      /BC-SYT`, `ngày    tháng 4`), a day of the week cut
//! short (`T6`, `CN`) and a place that ends as one does (`Khu CN`), an appendix table Word
//! split at a page without its header row (with a group row, with five columns, with
//! period columns and a total under a header of one row or two merged), a note's
//! mark raised after a figure (`1.312`+`¹`, `*`, `(1)`) or a star typed after it, and a
//! figure raised whole or from a group of its digits on, which is the figure; a rate with
//! its working in words (`86,1% (2.583 trên 3.000)`); a merged header saved as text, the
//! plan beside the result under it; a form's label over four title lines. The review's cases are
//! `benches/probe49`'s shapes varied. Each report is checked and
//! compiled alone: its date and figures are read, none of its header or title block is
//! compiled, and every figure counts.

use crate::support::{self, Scratch, repo_root};

const DIR: &str = "tests/fixtures/as-filled";

/// The figures every fixture's appendix holds, as the province adds them up.
const ALL: &[(&str, &str)] = &[
    ("van-ban", "19"),
    ("hoi-nghi", "13"),
    ("tap-huan", "1200"),
    ("doi-thoai", "24"),
    ("tiep-dan", "650"),
    ("truc-tuyen", "79.6"),
];

struct Case {
    file: &'static str,
    date: &'static str,
    /// Figures read, by indicator.
    figures: &'static [(&'static str, &'static str)],
    codes: &'static [&'static str],
    not_codes: &'static [&'static str],
    /// Text of the file that must not be compiled.
    absent: &'static [&'static str],
}

/// Where a unit's lines outside its sections and its figures would be compiled.
const LEAKS: &[&str] = &["Nội dung khác", "Ghi chú của các đơn vị về số liệu"];

/// The nine figures of the fixtures whose tables go on past the sixth row.
const NINE: &[(&str, &str)] = &[
    ("van-ban", "19"),
    ("hoi-nghi", "13"),
    ("tap-huan", "1200"),
    ("doi-thoai", "24"),
    ("tiep-dan", "650"),
    ("don-nhan", "143"),
    ("don-giai-quyet", "139"),
    ("dan-van-kheo", "6"),
    ("truc-tuyen", "79.6"),
];

/// The nine figures of the fixtures whose tables have period columns and a total.
const PERIODS: &[(&str, &str)] = &[
    ("van-ban", "19"),
    ("hoi-nghi", "13"),
    ("tap-huan", "1200"),
    ("doi-thoai", "24"),
    ("tiep-dan", "650"),
    ("don-nhan", "143"),
    ("don-giai-quyet", "139"),
    ("dan-van-kheo", "5"),
    ("truc-tuyen", "79.6"),
];

/// The four figures of the fixtures whose merged headers hold four rows.
const FOUR: &[(&str, &str)] = &[
    ("van-ban", "19"),
    ("hoi-nghi", "13"),
    ("doi-thoai", "24"),
    ("tiep-dan", "650"),
];

const CASES: &[Case] = &[
    Case {
        file: "continued-table-group-row.docx",
        date: "2026-04-10",
        figures: NINE,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-invalid"],
        absent: &["KẾT QUẢ THỰC HIỆN |"],
    },
    Case {
        file: "continued-table-five-columns.docx",
        date: "2026-04-10",
        figures: NINE,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-invalid"],
        absent: &[],
    },
    Case {
        file: "no-header-group-row.md",
        date: "2026-04-10",
        figures: NINE,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-invalid"],
        absent: &[],
    },
    Case {
        file: "figure-raised-whole.docx",
        date: "2026-04-10",
        figures: NINE,
        codes: &[],
        not_codes: &["appendix-value-invalid", "appendix-value-read-as"],
        absent: &[],
    },
    Case {
        file: "figure-raised-from-a-group.docx",
        date: "2026-04-10",
        figures: NINE,
        codes: &[],
        not_codes: &["appendix-value-invalid", "appendix-value-read-as"],
        absent: &[],
    },
    Case {
        file: "place-ending-in-CN.md",
        date: "2026-04-12",
        figures: NINE,
        codes: &[],
        not_codes: &["field-missing"],
        absent: &["Khu CN"],
    },
    Case {
        file: "number-blank-7-spaces.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &[],
        not_codes: &["field-missing"],
        absent: &["-BC/ĐU"],
    },
    Case {
        file: "state-number-blank-spaces.docx",
        date: "2026-04-16",
        figures: ALL,
        codes: &[],
        not_codes: &["field-missing"],
        absent: &["/BC-SYT", "-------"],
    },
    Case {
        file: "day-blank-4-spaces.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &[],
        not_codes: &[],
        absent: &["Đô Lương, ngày"],
    },
    Case {
        file: "weekday-T6.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &[],
        not_codes: &["field-missing"],
        absent: &["T6,"],
    },
    Case {
        file: "weekday-CN.docx",
        date: "2026-04-12",
        figures: ALL,
        codes: &[],
        not_codes: &["field-missing"],
        absent: &["CN,"],
    },
    Case {
        file: "continued-table-tiep-theo.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-twice"],
        absent: &["tiếp theo", "Lượt tiếp công dân"],
    },
    Case {
        file: "continued-table-no-caption.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-twice"],
        absent: &["Lượt tiếp công dân"],
    },
    Case {
        file: "superscript-digit-after-figure.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &["appendix-value-read-as"],
        not_codes: &["appendix-value-invalid"],
        absent: &[],
    },
    Case {
        file: "superscript-star-after-figure.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &["appendix-value-read-as"],
        not_codes: &["appendix-value-invalid"],
        absent: &[],
    },
    Case {
        file: "superscript-paren-after-figure.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &["appendix-value-read-as"],
        not_codes: &["appendix-value-invalid"],
        absent: &[],
    },
    Case {
        file: "typed-star-after-figure.docx",
        date: "2026-04-10",
        figures: ALL,
        codes: &["appendix-value-read-as"],
        not_codes: &["appendix-value-invalid"],
        absent: &[],
    },
    Case {
        file: "markdown-escaped-star.md",
        date: "2026-04-10",
        figures: &[("van-ban", "19"), ("hoi-nghi", "13")],
        codes: &["appendix-value-read-as"],
        not_codes: &["appendix-value-invalid"],
        absent: &[],
    },
    // Period columns and a total (`2016 - 2020 | 2021 - 2025 | Tổng cộng`, under a
    // header of two merged rows or of one), rows 6–9 a table of their own after
    // `(tiếp theo)`: read under the header of the table they continue.
    Case {
        file: "continued-table-periods-merged-header.docx",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-missing"],
        absent: &["(tiếp theo)", "Đơn thư khiếu nại"],
    },
    Case {
        file: "continued-table-periods-raised-mark.docx",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &["appendix-value-read-as"],
        not_codes: &["appendix-table-unclear", "appendix-value-missing"],
        absent: &["(tiếp theo)", "Đơn thư khiếu nại"],
    },
    // The same split after a group row (`II | KẾT QUẢ …`, the numbering starting again
    // at `1` on the next page) and in the middle of `2.1`, `2.2` | `2.3`.
    Case {
        file: "continued-after-a-group-row.docx",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-missing"],
        absent: &[],
    },
    Case {
        file: "continued-decimal-numbers.docx",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-missing"],
        absent: &[],
    },
    Case {
        file: "rate-tren.docx",
        date: "2026-04-10",
        figures: &[
            ("van-ban", "19"),
            ("hoi-nghi", "13"),
            ("tap-huan", "1200"),
            ("doi-thoai", "24"),
            ("tiep-dan", "650"),
            ("truc-tuyen", "86.1"),
        ],
        codes: &[],
        not_codes: &["appendix-value-invalid"],
        absent: &["trên"],
    },
    // A merged header saved as text (`Kết quả 10 năm` over `Kế hoạch | Thực hiện | Tỷ lệ
    // (%)`, its row ending at its last word): the figures are the result's, not the plan's.
    Case {
        file: "merged-header-plan-and-result.txt",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-table-unclear", "appendix-value-missing"],
        absent: &[],
    },
    // A target beside the result, each merged over a count and a rate (`Chỉ tiêu | Kết
    // quả` over `Số lượng | Tỷ lệ (%)` twice): the result's count, not the target's.
    Case {
        file: "target-and-result-over-count-and-rate.md",
        date: "2026-04-10",
        figures: FOUR,
        codes: &[],
        not_codes: &["appendix-table-unclear"],
        absent: &[],
    },
    // Over the plan and the result, a merged cell naming the targets (`Kết quả thực hiện
    // các chỉ tiêu` over `Kế hoạch | Thực hiện | Tỷ lệ (%)`): the parts say which is which.
    Case {
        file: "result-of-the-targets-over-plan-and-done.txt",
        date: "2026-04-10",
        figures: FOUR,
        codes: &[],
        not_codes: &["appendix-table-unclear"],
        absent: &[],
    },
    // A form's label over the title, the period and the report it goes with, after the
    // signature (`**Biểu số: 01/KL114**` / `**TỔNG HỢP KẾT QUẢ …**` / `***Số liệu tính từ
    // …***` / `*(kèm theo báo cáo số …)*`): the appendix's title, not the unit's text.
    Case {
        file: "form-label-over-four-title-lines.md",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-table-unclear"],
        absent: &["01/KL114"],
    },
    // A column of words whose header says `thực hiện` (`Thời gian thực hiện`, `Đơn vị
    // thực hiện`) before the result's: who did it, or when — not the figure.
    Case {
        file: "when-done-column-before-the-result.md",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-value-invalid", "appendix-table-unclear"],
        absent: &[],
    },
    Case {
        file: "who-did-it-column-before-the-result.docx",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-value-invalid", "appendix-table-unclear"],
        absent: &[],
    },
    // The result over its target in one cell (`19/18 (đạt 105,6%)`) under a header that
    // says which is which (`Thực hiện/Chỉ tiêu`): the result, in Markdown and in Word.
    Case {
        file: "result-over-target-cells.md",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-value-invalid", "appendix-table-unclear"],
        absent: &[],
    },
    Case {
        file: "result-over-target-cells.docx",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-value-invalid", "appendix-table-unclear"],
        absent: &[],
    },
    // The same cells under a header that does not say which number is which (`Thực
    // hiện`): two figures in a cell, refused and said — only the percent row counts.
    Case {
        file: "result-over-target-cells-header-silent.md",
        date: "2026-04-10",
        figures: &[("truc-tuyen", "79.6")],
        codes: &["appendix-value-invalid"],
        not_codes: &[],
        absent: &[],
    },
    // What these rules must not reach: a period headed `Thời gian 2015 - 2025` holds the
    // figure; `Thực hiện/Kế hoạch (%)` before `Thực hiện` is the rate of completion, the
    // result beside it; years in a row with one left out (`2021 | 2022 | 2024 | 2025`) are
    // the period's parts, summed.
    Case {
        file: "period-column-headed-thoi-gian.md",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-table-unclear"],
        absent: &[],
    },
    Case {
        file: "completion-rate-column-before-the-result.md",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &[],
        not_codes: &["appendix-value-invalid"],
        absent: &[],
    },
    Case {
        file: "years-in-a-row-one-left-out.md",
        date: "2026-04-10",
        figures: PERIODS,
        codes: &["appendix-periods-summed"],
        not_codes: &["appendix-latest-year"],
        absent: &[],
    },
    // Years apart and no total (`Năm 2015 | Năm 2020 | Năm 2025`, a `Tăng/giảm` beside):
    // points in time, not the period's parts — the latest year's figure, said, not the
    // sum of the three.
    Case {
        file: "years-apart-2015-2020-2025.md",
        date: "2026-04-10",
        figures: FOUR,
        codes: &["appendix-latest-year"],
        not_codes: &["appendix-periods-summed", "appendix-table-unclear"],
        absent: &[],
    },
];

#[test]
fn drafts_and_appendices_as_filled_in_are_read_whole() {
    for case in CASES {
        let scratch = Scratch::new();
        let bytes = std::fs::read(repo_root().join(DIR).join(case.file)).expect("fixture");
        scratch.write(&format!("s/{}", case.file), &bytes);
        let run = scratch.run(&["check", "--outline", support::sample_outline(), "--format", "json", "s"]);
        let json = run.json();
        let file = support::file(&json, &format!("s/{}", case.file));
        assert_eq!(
            file["metadata"]["date"]["value"].as_str(),
            Some(case.date),
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

        let compile = scratch.run(&[
            "compile",
            "--outline",
            support::sample_outline(),
            "--submissions",
            "s",
            "--out",
            "out",
            "--format",
            "md,json",
            "--as-of",
            "2026-04-30",
        ]);
        assert!(compile.code <= 1, "{compile:?}");
        let compiled = scratch.read("out/bao-cao-tong-hop.md");
        for line in LEAKS.iter().chain(case.absent) {
            assert!(!compiled.contains(line), "{}: {line:?} compiled\n{compiled}", case.file);
        }
        let appendix = &scratch.read_json("out/bao-cao-tong-hop.json")["appendix"];
        let read: Vec<(String, String)> = appendix
            .as_object()
            .expect("the appendix by indicator")
            .iter()
            .filter(|(_, v)| v["reported"].as_u64().is_some_and(|n| n > 0))
            .map(|(k, v)| (k.clone(), v["total"].to_string()))
            .collect();
        let want: Vec<(String, String)> = case
            .figures
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let mut read_sorted = read.clone();
        read_sorted.sort();
        let mut want_sorted = want;
        want_sorted.sort();
        assert_eq!(read_sorted, want_sorted, "{}", case.file);
    }
}

/// The figures' table without its row 8, then a list of models as wide, numbered from `1`
/// with no header of its own: not the figures' table going on (its rows would follow row
/// 9), so none of its figures counts, the missing row is said, and the list is kept among
/// the unit's notes on its figures.
#[test]
fn a_list_numbered_from_one_after_the_figures_is_not_their_continuation() {
    let file = "periods-then-models-list-no-header.md";
    let scratch = Scratch::new();
    let bytes = std::fs::read(repo_root().join(DIR).join(file)).expect("fixture");
    scratch.write(&format!("s/{file}"), &bytes);
    let run = scratch.run(&["check", "--outline", support::sample_outline(), "--format", "json", "s"]);
    let json = run.json();
    let found: Vec<(String, String)> = support::diags(support::file(&json, &format!("s/{file}")))
        .into_iter()
        .map(|d| (d.code, d.key.unwrap_or_default()))
        .collect();
    assert!(
        found
            .iter()
            .any(|(c, k)| c == "appendix-value-missing" && k == "dan-van-kheo"),
        "{found:?}"
    );
    assert!(!found.iter().any(|(c, _)| c == "appendix-total-mismatch"), "{found:?}");
    let compile = scratch.run(&[
        "compile",
        "--outline",
        support::sample_outline(),
        "--submissions",
        "s",
        "--out",
        "out",
        "--format",
        "md,json",
        "--as-of",
        "2026-04-30",
    ]);
    assert!(compile.code <= 1, "{compile:?}");
    let appendix = &scratch.read_json("out/bao-cao-tong-hop.json")["appendix"];
    assert_eq!(appendix["dan-van-kheo"]["reported"], 0, "{appendix}");
    assert_eq!(appendix["tiep-dan"]["total"], 650, "{appendix}");
    let compiled = scratch.read("out/bao-cao-tong-hop.md");
    assert!(
        compiled.contains("Mô hình hiến đất làm đường giao thông nông thôn"),
        "{compiled}"
    );
}
