//! Reports laid out as units really write them (issue 16 §2): their own titles, part
//! wrappers with the title on the next line, a context part first, merged and split
//! sections, solutions promoted to a part, plain-text headings pasted from Word or
//! Notepad; and a report that truly lacks a section.

use crate::support::{self, repo_root, run};

/// The findings on `relative`, less the `metadata-inferred` notes its header and signature
/// blocks give (those are the header tests' subject).
fn check(relative: &str) -> Vec<(String, Option<String>, String)> {
    let run = run(
        repo_root(),
        &["check", "--outline", "outline", "--format", "json", relative],
    );
    let json = run.json();
    support::file(&json, relative)["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["section"].as_str().map(str::to_owned),
                d["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .filter(|(code, _, _)| code != "metadata-inferred")
        .collect()
}

/// The compiled JSON and Markdown of a campaign whose one unit sent fixture `name`.
fn compile_alone(name: &str) -> (serde_json::Value, String) {
    let scratch = support::Scratch::new();
    scratch.write(
        "s/so-nganh/syt.md",
        std::fs::read(repo_root().join("tests/fixtures/layouts").join(name)).expect("fixture"),
    );
    let run = scratch.run(&[
        "compile",
        "--submissions",
        "s",
        "--outline",
        support::sample_outline(),
        "--as-of",
        "2026-04-25",
        "--format",
        "json,md",
    ]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    (
        scratch.read_json("output/bao-cao-tong-hop.json"),
        scratch.read("output/bao-cao-tong-hop.md"),
    )
}

fn codes(found: &[(String, Option<String>, String)]) -> Vec<(&str, Option<&str>)> {
    found.iter().map(|(c, s, _)| (c.as_str(), s.as_deref())).collect()
}

#[test]
fn parts_context_split_merged_and_promoted_sections_are_all_found() {
    let found = check("tests/fixtures/layouts/phan-thu-nhat.md");
    // `PHẦN THỨ NHẤT` and its title are transparent, "Đặc điểm tình hình" is context,
    // "Công tác quán triệt" + "Công tác lãnh đạo" are one section, "Hạn chế, khuyết điểm
    // và nguyên nhân" is two, and solutions are part two: nothing is missing.
    assert_eq!(
        codes(&found),
        [("merged-sections", Some("ket-qua.nguyen-nhan"))],
        "{found:?}"
    );
}

#[test]
fn plain_text_headings_are_found_and_the_advice_is_exact() {
    let found = check("tests/fixtures/layouts/plain-text.md");
    assert!(found.iter().all(|(c, _, _)| c == "pseudo-heading"), "{found:?}");
    assert_eq!(found.len(), 10, "{found:?}");
    let impact = found
        .iter()
        .find(|(_, s, _)| s.as_deref() == Some("tac-dong"))
        .expect("the impact part");
    // The heading wrapped over two lines is offered as one line, at the level of its peers.
    assert!(
        impact.2.ends_with(
            "# III. HIỆU QUẢ, TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW ĐỐI VỚI NGÀNH Y TẾ TỈNH NGHỆ AN:"
        ),
        "{}",
        impact.2
    );
    let sub = found
        .iter()
        .find(|(_, s, _)| s.as_deref() == Some("ket-qua.noi-bat"))
        .expect("a sub-section");
    assert!(sub.2.contains("cấp 2") && sub.2.contains(": ## 1."), "{}", sub.2);
    assert!(!sub.2.contains("**"), "no ** to remove on a plain line: {}", sub.2);
}

#[test]
fn a_notepad_paste_without_blank_lines_reads_the_same() {
    let text = std::fs::read_to_string(repo_root().join("tests/fixtures/layouts/plain-text.md")).expect("fixture");
    let (front, body) = text.split_at(text.find("\n---\n").expect("front matter") + 5);
    let pasted: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    let scratch = support::Scratch::new();
    scratch.write("notepad.md", format!("{front}{}\n", pasted.join("\n")));
    let (_, json) = scratch.check_json(support::sample_outline(), &["notepad.md"]);
    let mut found = support::codes(&json, "notepad.md");
    found.retain(|code| code != "metadata-inferred");
    assert_eq!(found, vec!["pseudo-heading"; 10], "{json:#}");
}

#[test]
fn a_section_truly_missing_says_where_it_looked_and_what_came_closest() {
    let found = check("tests/fixtures/layouts/thieu-muc.md");
    assert_eq!(
        codes(&found)
            .into_iter()
            .filter(|(c, _)| *c != "pseudo-heading")
            .collect::<Vec<_>>(),
        [("missing-section", Some("tac-dong"))]
    );
    let missing = &found
        .iter()
        .find(|(c, _, _)| c == "missing-section")
        .expect("missing")
        .2;
    assert!(
        missing.contains("tiêu đề gần nhất là dòng 48 ‘III. NHỮNG ĐÁNH GIÁ CHUNG VỀ VIỆC THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW:’ — tiêu đề này còn tiếp ở dòng 49"),
        "{missing}"
    );
    assert!(missing.contains("đã tìm từ dòng"), "{missing}");
}

#[test]
fn a_caption_line_over_the_figures_stands_for_the_appendix_heading() {
    // `Biểu số liệu kèm theo:` in sentence case, right above the table, is the appendix's
    // heading as much as a `PHỤ LỤC` line in capitals: the same findings, nothing missing.
    let caption = check("tests/fixtures/layouts/bieu-kem-theo.md");
    let capitals = check("tests/fixtures/layouts/plain-text.md");
    assert_eq!(codes(&caption), codes(&capitals));
    assert!(
        !codes(&caption)
            .iter()
            .any(|(c, _)| c.starts_with("missing") || c.starts_with("appendix"))
    );
    let stand_in = caption
        .iter()
        .find(|(c, s, _)| c == "pseudo-heading" && s.as_deref() == Some("phu-luc"))
        .expect("the caption is read as the appendix heading");
    assert!(stand_in.2.contains("Biểu số liệu kèm theo:"), "{}", stand_in.2);
}

#[test]
fn a_table_of_the_figures_with_no_heading_over_it_is_the_appendix_and_stays_out_of_the_text() {
    let bare = check("tests/fixtures/layouts/bieu-khong-tieu-de.md");
    assert!(
        !codes(&bare)
            .iter()
            .any(|(c, _)| c.starts_with("missing") || c.starts_with("appendix")),
        "{bare:?}"
    );
    let (json, md) = compile_alone("bieu-khong-tieu-de.md");
    // Counted: 2.936 citizens received, the unit's figure.
    assert!(json["appendix"].to_string().contains("2936"), "{}", json["appendix"]);
    // Not quoted: the unit's table is not copied into the recommendations it follows,
    // which are.
    assert!(!md.contains("| 5 | Số lượt tiếp công dân | 2.936 |\n"), "{md}");
    assert!(!md.contains("| STT | Chỉ tiêu | Số liệu |"), "{md}");
    assert!(md.contains("chính sách thu hút bác sĩ"), "{md}");
    // The note after the table is a paragraph of its own still, not run on to the text
    // before the table.
    assert!(
        md.contains("vùng khó khăn.\n\nGhi chú: số liệu tính đến ngày 31/3/2026."),
        "{md}"
    );
}

#[test]
fn a_caption_inside_a_section_names_its_table_and_takes_no_section() {
    // `Kết quả thực hiện cụ thể như sau:` over a small table inside part II says what the
    // table holds; it begins with a section's alias, yet only the caption over the last
    // table may stand in, and only for the appendix.
    let inside = check("tests/fixtures/layouts/chu-thich-bang.md");
    let plain = check("tests/fixtures/layouts/plain-text.md");
    assert_eq!(codes(&inside), codes(&plain), "{inside:?}");
}

#[test]
fn a_caption_over_tab_separated_rows_is_the_appendix_heading_too() {
    // The appendix pasted from Excel into Notepad: a caption line, then one line per row,
    // cells apart by tabs.
    let tabs = check("tests/fixtures/layouts/bieu-tab.md");
    let capitals = check("tests/fixtures/layouts/plain-text.md");
    assert_eq!(codes(&tabs), codes(&capitals), "{tabs:?}");
    let (json, md) = compile_alone("bieu-tab.md");
    assert!(json["appendix"].to_string().contains("2936"), "{}", json["appendix"]);
    assert!(!md.contains("Biểu số liệu kèm theo"), "{md}");
    assert!(!md.contains("5\tSố lượt tiếp công dân"), "{md}");
}
