//! One clear case (at least) for every diagnostic code, with its line, column and key.

use serde_json::Value;

use crate::support::{self, Diag, ROSTER, Scratch, body, front_matter, line_of, position_of, report};

/// Checks `text` as `s/snv.md` with the small roster; returns the whole output and the
/// file's diagnostics.
fn check(text: &str) -> (Value, Vec<Diag>) {
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write("s/snv.md", text);
    let (_, json) = scratch.check_json("o", &["s"]);
    let diags = support::diags(support::file(&json, "s/snv.md"));
    (json, diags)
}

/// The diagnostics as `(code, line, column, key)`.
fn plain(diags: &[Diag]) -> Vec<(&str, u64, u64, Option<&str>)> {
    diags
        .iter()
        .map(|d| (d.code.as_str(), d.line, d.column, d.key.as_deref()))
        .collect()
}

fn message<'a>(json: &'a Value, code: &str) -> &'a str {
    json["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == code)
        .and_then(|d| d["message"].as_str())
        .unwrap_or_else(|| panic!("no {code} in {json:#}"))
}

/// Removes the lines from the one holding `from` up to (not including) the one holding `to`.
fn cut(text: &str, from: &str, to: &str) -> String {
    let start = text.find(from).expect("start marker");
    let start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let end = text.find(to).expect("end marker");
    let end = text[..end].rfind('\n').map_or(0, |i| i + 1);
    format!("{}{}", &text[..start], &text[end..])
}

#[test]
fn the_reference_report_is_clean() {
    let (json, diags) = check(&report());
    assert_eq!(plain(&diags), []);
    assert_eq!(json["files"][0]["unit_code"], "SNV");
    assert_eq!(json["files"][0]["submitted"], "2026-04-16");
    assert_eq!(json["files"][0]["late_days"], 0);
    assert_eq!(json["missing_units"], serde_json::json!(["HB", "MTTQ", "TD"]));
}

// --- sections -------------------------------------------------------------------------

#[test]
fn missing_section_is_reported_at_the_next_section() {
    let text = cut(&report(), "# III. Đánh giá tác động", "# IV. Kiến nghị");
    let (json, diags) = check(&text);
    let line = line_of(&text, "# IV. Kiến nghị");
    assert_eq!(plain(&diags), [("missing-section", line, 1, Some("tac-dong"))]);
    assert!(message(&json, "missing-section").contains("Đánh giá tác động"));
}

#[test]
fn missing_parent_hides_its_sub_sections() {
    let text = cut(&report(), "# II. Kết quả", "# III. Đánh giá tác động");
    let (_, diags) = check(&text);
    let line = line_of(&text, "# III. Đánh giá tác động");
    assert_eq!(plain(&diags), [("missing-section", line, 1, Some("ket-qua"))]);
}

#[test]
fn missing_last_sub_section_is_reported_where_its_parent_ends() {
    let text = cut(&report(), "## 5. Chủ trương", "# III. Đánh giá tác động");
    let (_, diags) = check(&text);
    let line = line_of(&text, "# III. Đánh giá tác động");
    assert_eq!(plain(&diags), [("missing-section", line, 1, Some("ket-qua.giai-phap"))]);
}

#[test]
fn missing_appendix_section_is_reported_once_at_the_end() {
    let full = report();
    let text = full[..full.find("# Phụ lục").expect("appendix")].to_owned();
    let (_, diags) = check(&text);
    // Its last line with text, never past the end of the file.
    let end = text.trim_end().matches('\n').count() as u64 + 1;
    // No appendix-value-missing row by row: the missing section says it all.
    assert_eq!(plain(&diags), [("missing-section", end, 1, Some("phu-luc"))]);
}

#[test]
fn sub_sections_only_inside_their_parent() {
    // A sub-section heading moved under another section is not found.
    let full = report();
    let bai_hoc = &full[full.find("## 4. Bài học").expect("d")..full.find("## 5. Chủ trương").expect("đ")];
    let text = full
        .replace(bai_hoc, "")
        .replace("# IV. Kiến nghị", &format!("{bai_hoc}# IV. Kiến nghị"));
    let (_, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [(
            "missing-section",
            line_of(&text, "## 5. Chủ trương"),
            1,
            Some("ket-qua.bai-hoc")
        )]
    );
    // A sub-section promoted to the level of the top-level sections is found there, and
    // the sub-sections after it under it (issue 16 §2).
    let text = full.replace("## 4. Bài học", "# d) Bài học");
    let (_, diags) = check(&text);
    assert_eq!(plain(&diags), []);
    // A top-level heading that says nothing of the outline is unknown; its text stays
    // with the section before it, so the sub-sections after it are still found there.
    let text = full.replace("## 4. Bài học kinh nghiệm", "# d) Những việc khác");
    let (_, diags) = check(&text);
    let line = line_of(&text, "# d) Những việc khác");
    assert_eq!(
        plain(&diags),
        [
            ("unknown-section", line, 1, None),
            (
                "missing-section",
                line_of(&text, "## 5. Chủ trương"),
                1,
                Some("ket-qua.bai-hoc")
            ),
        ]
    );
}

#[test]
fn empty_section_placeholders() {
    let text = report().replacen(support::PROSE, "(Đang tổng hợp)", 1).replace(
        &format!("# IV. Kiến nghị, đề xuất\n\n{}", support::PROSE),
        "# IV. Kiến nghị, đề xuất\n\n...",
    );
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [
            ("empty-section", line_of(&text, "# I. Đánh giá"), 1, Some("lanh-dao")),
            ("empty-section", line_of(&text, "# IV. Kiến nghị"), 1, Some("kien-nghi")),
        ]
    );
    assert!(
        message(&json, "empty-section").contains("0"),
        "{}",
        message(&json, "empty-section")
    );
}

#[test]
fn a_short_section_is_empty_but_twenty_words_are_enough() {
    let nineteen = "một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín";
    let twenty = format!("{nineteen} mười");
    let text = report().replacen(support::PROSE, nineteen, 1);
    let (_, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("empty-section", line_of(&text, "# I. Đánh giá"), 1, Some("lanh-dao"))]
    );
    let (_, diags) = check(&report().replacen(support::PROSE, &twenty, 1));
    assert_eq!(plain(&diags), []);
}

#[test]
fn duplicate_section() {
    let text = report().replace(
        "# IV. Kiến nghị",
        &format!(
            "## Đánh giá tác động (bổ sung)\n\n{}\n\n# IV. Kiến nghị",
            support::PROSE
        ),
    );
    // A deeper heading matching a top-level section is not a duplicate: it sits inside
    // `tac-dong`'s span, below the level of the top-level sections.
    let (_, diags) = check(&text);
    assert_eq!(plain(&diags), []);
    let text = report().replace(
        "# IV. Kiến nghị",
        &format!("# ĐÁNH GIÁ TÁC ĐỘNG (BỔ SUNG)\n\n{}\n\n# IV. Kiến nghị", support::PROSE),
    );
    let (json, diags) = check(&text);
    let line = line_of(&text, "# ĐÁNH GIÁ TÁC ĐỘNG (BỔ SUNG)");
    assert_eq!(plain(&diags), [("duplicate-section", line, 1, Some("tac-dong"))]);
    let first = line_of(&text, "# III. Đánh giá tác động");
    assert!(
        message(&json, "duplicate-section").contains(&first.to_string()),
        "names the first line"
    );
}

#[test]
fn section_order_is_reported_on_the_section_that_comes_too_late() {
    let full = report();
    let ket_qua = &full[full.find("# II. Kết quả").expect("ii")..full.find("# III.").expect("iii")];
    let tac_dong = &full[full.find("# III.").expect("iii")..full.find("# IV.").expect("iv")];
    let text = full.replace(&format!("{ket_qua}{tac_dong}"), &format!("{tac_dong}{ket_qua}"));
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("section-order", line_of(&text, "# II. Kết quả"), 1, Some("ket-qua"))]
    );
    assert!(message(&json, "section-order").contains("Đánh giá tác động"));
    // Sub-sections too.
    let a = &full[full.find("## 1. Những").expect("a")..full.find("## 2. Tồn tại").expect("b")];
    let b = &full[full.find("## 2. Tồn tại").expect("b")..full.find("## 3. Nguyên").expect("c")];
    let text = full.replace(&format!("{a}{b}"), &format!("{b}{a}"));
    let (_, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [(
            "section-order",
            line_of(&text, "## 1. Những"),
            1,
            Some("ket-qua.noi-bat")
        )]
    );
}

#[test]
fn unknown_section_but_not_in_the_title_block_nor_deeper() {
    let text = report()
        .replace("ĐẢNG BỘ TỈNH NGHỆ AN", "# ĐẢNG BỘ TỈNH NGHỆ AN")
        .replace("# IV. Kiến nghị", "### Ghi chú\n\nMột dòng ghi chú.\n\n# IV. Kiến nghị")
        .replace(
            "# Phụ lục",
            "# V. MỘT SỐ HÌNH ẢNH HOẠT ĐỘNG\n\nẢnh kèm theo.\n\n# Phụ lục",
        );
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("unknown-section", line_of(&text, "# V. MỘT SỐ"), 1, None)]
    );
    assert!(message(&json, "unknown-section").contains("V. MỘT SỐ HÌNH ẢNH HOẠT ĐỘNG"));
}

#[test]
fn no_diacritics() {
    let text = report().replace("# IV. Kiến nghị, đề xuất", "# IV. KIEN NGHI, DE XUAT");
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("no-diacritics", line_of(&text, "KIEN NGHI"), 1, Some("kien-nghi"))]
    );
    assert!(
        message(&json, "no-diacritics").contains("Kiến nghị, đề xuất"),
        "suggests the right spelling"
    );
    // `đ` folds to `d`; a `Phần` marker typed without diacritics is still a marker.
    let text = report()
        .replace("## 5. Chủ trương, giải pháp", "## d) Chu truong, giai phap")
        .replace("# III. Đánh giá tác động", "# PHAN III: DANH GIA TAC DONG");
    let (_, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [
            (
                "no-diacritics",
                line_of(&text, "Chu truong"),
                1,
                Some("ket-qua.giai-phap")
            ),
            (
                "no-diacritics",
                line_of(&text, "DANH GIA TAC DONG"),
                1,
                Some("tac-dong")
            ),
        ]
    );
}

#[test]
fn pseudo_headings_bold_and_plain_numbered() {
    let text = report()
        .replace("# III. Đánh giá tác động", "**III. ĐÁNH GIÁ TÁC ĐỘNG**")
        .replace("## 3. Nguyên nhân", "3. Nguyên nhân")
        .replace("## 4. Bài học kinh nghiệm", "d) Bài học kinh nghiệm:");
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [
            (
                "pseudo-heading",
                line_of(&text, "3. Nguyên nhân"),
                1,
                Some("ket-qua.nguyen-nhan")
            ),
            (
                "pseudo-heading",
                line_of(&text, "d) Bài học"),
                1,
                Some("ket-qua.bai-hoc")
            ),
            ("pseudo-heading", line_of(&text, "**III."), 1, Some("tac-dong")),
        ]
    );
    assert!(message(&json, "pseudo-heading").contains('#'), "tells how to fix it");
    // A bold line for a section that has a real heading is just emphasis.
    let text = report().replace("# IV. Kiến nghị", "**Đánh giá tác động**\n\n# IV. Kiến nghị");
    let (_, diags) = check(&text);
    assert_eq!(plain(&diags), []);
}

#[test]
fn pseudo_heading_advice_names_the_files_headings_only_where_it_has_them() {
    // Every sub-section a bold line, the parts `#` headings: a line of a part is to be
    // written as the file's `#` headings are; a sub-section's has no `##` heading to copy.
    let mut text = report().replace("# III. Đánh giá tác động", "**III. ĐÁNH GIÁ TÁC ĐỘNG**");
    for line in report().lines().filter(|l| l.starts_with("## ")) {
        text = text.replace(line, &format!("**{}**", &line[3..]));
    }
    let (json, _) = check(&text);
    let said: Vec<(String, bool)> = json["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "pseudo-heading")
        .map(|d| {
            let message = d["message"].as_str().unwrap_or_default();
            let level = if message.contains("(## ") { "##" } else { "#" };
            (level.to_owned(), message.contains("cùng cấp trong tệp"))
        })
        .collect();
    assert!(said.contains(&("#".to_owned(), true)), "{said:?}");
    assert!(said.contains(&("##".to_owned(), false)), "{said:?}");
    assert!(!said.contains(&("##".to_owned(), true)), "{said:?}");
}

// --- front matter ---------------------------------------------------------------------

#[test]
fn front_matter_missing() {
    let (json, diags) = check(&body());
    assert_eq!(plain(&diags), [("front-matter-missing", 1, 1, None)]);
    assert_eq!(json["files"][0]["unit_code"], Value::Null);
    assert_eq!(json["files"][0]["late_days"], Value::Null);
    // The file is named after SNV: SNV sent it, and it cannot be counted.
    assert_eq!(json["missing_units"], serde_json::json!(["HB", "MTTQ", "TD"]));
    assert_eq!(
        json["rejected_units"],
        serde_json::json!([{ "code": "SNV", "path": "s/snv.md" }])
    );
}

#[test]
fn front_matter_invalid_at_its_line_and_column() {
    let text = report().replace("date: 2026-04-15", "date: 15: 4");
    let (json, diags) = check(&text);
    let (line, column) = position_of(&text, ": 4");
    assert_eq!(plain(&diags), [("front-matter-invalid", line, column, None)]);
    assert!(message(&json, "front-matter-invalid").contains("YAML"));
    // Body checks still run.
    let text = report()
        .replace("date: 2026-04-15", "date: [15")
        .replace("# III. Đánh giá tác động", "# III. Tác dụng");
    let (_, diags) = check(&text);
    let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
    // `Tác dụng` says no section; over the impact's text, it is the impact.
    assert_eq!(codes, ["front-matter-invalid", "section-by-text"]);
    // Over a text that says nothing of the impact, it is a heading the outline lacks.
    let (before, after) = text.split_once("# III. Tác dụng\n\n").expect("the heading");
    let rest = &after[after.find("\n\n# IV.").expect("the next part")..];
    let text = format!(
        "{before}# III. Việc khác\n\nMột đoạn văn của đơn vị kể những việc khác trong năm, đủ chữ cho một đoạn văn bình thường của báo cáo.{rest}"
    );
    let (_, diags) = check(&text);
    let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["front-matter-invalid", "unknown-section", "missing-section"]);
    assert!(diags[0].line >= 5 && diags[0].line <= 8, "{:?}", diags[0]);
}

#[test]
fn front_matter_without_its_closing_line() {
    let text = report().replacen("\n---\n", "\n\n", 1);
    let (_, diags) = check(&text);
    assert_eq!(plain(&diags), [("front-matter-invalid", 1, 1, None)]);
}

#[test]
fn field_missing_absent_or_empty() {
    let text = report()
        .replace("category: so-nganh\n", "")
        .replace("date: 2026-04-15", "date:");
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [
            ("field-missing", 1, 1, Some("category")),
            ("field-missing", line_of(&text, "date:"), 1, Some("date"))
        ]
    );
    assert!(message(&json, "field-missing").contains("category"));
    // `submitted` is optional.
    let (_, diags) = check(&report().replace("submitted: 2026-04-16T09:30:00+07:00\n", ""));
    assert_eq!(plain(&diags), []);
}

#[test]
fn field_invalid_dates_categories_and_times() {
    for bad in [
        "30/2/2026",
        "31/4/2026",
        "04/15/2026",
        "15/4",
        "15/04-2026",
        "hôm qua",
        "32/1/2026",
    ] {
        let text = report().replace("date: 2026-04-15", &format!("date: {bad}"));
        let (json, diags) = check(&text);
        assert_eq!(
            plain(&diags),
            [("field-invalid", line_of(&text, "date:"), 1, Some("date"))],
            "{bad}"
        );
        assert!(
            message(&json, "field-invalid").contains(bad),
            "the message quotes the value"
        );
    }
    let text = report().replace("category: so-nganh", "category: so-nganh-cu");
    let (_, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("field-invalid", line_of(&text, "category:"), 1, Some("category"))]
    );
    let text = report().replace("submitted: 2026-04-16T09:30:00+07:00", "submitted: sáng thứ Hai");
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("field-invalid", line_of(&text, "submitted:"), 1, Some("submitted"))]
    );
    // The submission time then falls back on `date`.
    assert_eq!(json["files"][0]["submitted"], "2026-04-15");
}

// --- the roster -----------------------------------------------------------------------

#[test]
fn unknown_unit_only_with_a_roster() {
    let text = report().replace("unit_code: SNV", "unit_code: SNV2");
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("unknown-unit", line_of(&text, "unit_code:"), 1, Some("unit_code"))]
    );
    assert_eq!(json["files"][0]["unit_code"], Value::Null);
    // Not SNV's report (it names SNV2), but named after SNV: sent back, not missing.
    assert_eq!(
        json["rejected_units"],
        serde_json::json!([{ "code": "SNV", "path": "s/snv.md" }])
    );
    // Without a roster, every code is taken as given and nobody is missing.
    let scratch = Scratch::new();
    scratch.mkdir("o").write("s/snv.md", &text);
    let (_, json) = scratch.check_json("o", &["s"]);
    assert_eq!(support::codes(&json, "s/snv.md"), Vec::<String>::new());
    assert_eq!(json["files"][0]["unit_code"], "SNV2");
    assert_eq!(json["missing_units"], serde_json::json!([]));
}

#[test]
fn unit_mismatch_but_not_for_tone_placement_case_or_nfd() {
    let text = report().replace("unit: \"Sở Nội vụ\"", "unit: \"Sở Nội vụ tỉnh Nghệ An\"");
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("unit-mismatch", line_of(&text, "unit:"), 1, Some("unit"))]
    );
    assert!(message(&json, "unit-mismatch").contains("Sở Nội vụ tỉnh Nghệ An"));
    // The roster says "Sở Nội vụ", "Đảng ủy xã Hoà Bình", "Uỷ ban MTTQ Việt Nam tỉnh".
    for (code, given) in [
        ("SNV", "SỞ NỘI VỤ"),
        ("SNV", "Sở\u{00A0}Nội vụ"),
        ("HB", "Đảng uỷ xã Hòa Bình"),
        ("MTTQ", "Ủy ban MTTQ Việt Nam tỉnh"),
    ] {
        let text = front_matter(code, given, "so-nganh") + &body();
        let scratch = Scratch::new();
        scratch
            .write("o/units.yaml", ROSTER)
            .write("s/a.md", &text)
            .write("s/b.md", support::nfd(&text));
        let (_, json) = scratch.check_json("o", &["s/a.md", "s/b.md"]);
        assert_eq!(support::codes(&json, "s/a.md"), ["duplicate-unit"], "{given}");
        assert_eq!(support::codes(&json, "s/b.md"), ["duplicate-unit"], "{given} in NFD");
        assert_eq!(json["files"][0]["unit_code"], code);
    }
}

#[test]
fn duplicate_unit_on_each_claimant() {
    let scratch = Scratch::new();
    let text = report();
    scratch
        .write("o/units.yaml", ROSTER)
        .write("s/a/snv.md", &text)
        .write("s/b/snv-ban-sua.md", &text);
    let (run, json) = scratch.check_json("o", &["s"]);
    let line = line_of(&text, "unit_code:");
    for (path, other) in [
        ("s/a/snv.md", "s/b/snv-ban-sua.md"),
        ("s/b/snv-ban-sua.md", "s/a/snv.md"),
    ] {
        assert_eq!(
            support::codes_lines(&json, path),
            [("duplicate-unit".to_owned(), line, Some("unit_code".to_owned()))]
        );
        let file = support::file(&json, path);
        assert!(
            file["diagnostics"][0]["message"]
                .as_str()
                .expect("message")
                .contains(other),
            "names the other file"
        );
        assert_eq!(file["unit_code"], "SNV");
    }
    assert_eq!(run.code, 1);
}

// --- lateness -------------------------------------------------------------------------

fn with_times(date: &str, submitted: Option<&str>) -> String {
    let mut text = report().replace("date: 2026-04-15", &format!("date: {date}"));
    text = match submitted {
        Some(s) => text.replace("submitted: 2026-04-16T09:30:00+07:00", &format!("submitted: {s}")),
        None => text.replace("submitted: 2026-04-16T09:30:00+07:00\n", ""),
    };
    text
}

#[test]
fn late_from_submitted_in_every_form() {
    let cases = [
        // (date, submitted, submitted day, late days)
        ("2026-04-15", Some("2026-04-22T16:10:00+07:00"), "2026-04-22", 3),
        ("2026-04-15", Some("2026-04-19T23:59:00+07:00"), "2026-04-19", 0),
        ("2026-04-15", Some("2026-04-19T16:59:00Z"), "2026-04-19", 0),
        ("2026-04-15", Some("2026-04-19T17:00:00Z"), "2026-04-20", 1),
        ("2026-04-15", Some("2026-04-20"), "2026-04-20", 1),
        ("2026-04-15", Some("21/4/2026"), "2026-04-21", 2),
        ("2026-04-15", Some("\"ngày 25 tháng 4 năm 2026\""), "2026-04-25", 6),
        ("2026-04-15", Some("2026-04-20 08:00"), "2026-04-20", 1),
        // Without `submitted` (and outside git): the report's own date.
        ("22/04/2026", None, "2026-04-22", 3),
        ("2026-04-10", None, "2026-04-10", 0),
    ];
    for (date, submitted, day, days) in cases {
        let text = with_times(date, submitted);
        let (json, diags) = check(&text);
        let file = &json["files"][0];
        assert_eq!(file["submitted"], day, "{submitted:?}");
        assert_eq!(file["late_days"], days, "{submitted:?}");
        if days > 0 {
            // The line the time was read from.
            let line = if submitted.is_some() {
                line_of(&text, "submitted:")
            } else {
                line_of(&text, "date:")
            };
            assert_eq!(plain(&diags), [("late", line, 1, None)], "{submitted:?}");
            let message = message(&json, "late");
            assert!(message.contains(&days.to_string()), "{message}");
        } else {
            assert_eq!(plain(&diags), [], "{submitted:?}");
        }
    }
}

#[test]
fn late_counts_from_the_units_own_extension() {
    let text = front_matter("HB", "Đảng ủy xã Hoà Bình", "dang-uy-xa-phuong").replace(
        "submitted: 2026-04-16T09:30:00+07:00",
        "submitted: 2026-04-24T22:00:00+07:00",
    ) + &body();
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write("s/hb.md", &text);
    let (_, json) = scratch.check_json("o", &["s"]);
    assert_eq!(support::codes(&json, "s/hb.md"), Vec::<String>::new());
    assert_eq!(support::file(&json, "s/hb.md")["late_days"], 0);
    scratch.write("s/hb.md", text.replace("2026-04-24T22:00", "2026-04-25T08:00"));
    let (_, json) = scratch.check_json("o", &["s"]);
    assert_eq!(support::codes(&json, "s/hb.md"), ["late"]);
    assert_eq!(support::file(&json, "s/hb.md")["late_days"], 1);
}

#[test]
fn no_submission_time_gives_null() {
    let text = with_times("hôm qua", None);
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("field-invalid", line_of(&text, "date:"), 1, Some("date"))]
    );
    assert_eq!(json["files"][0]["submitted"], Value::Null);
    assert_eq!(json["files"][0]["late_days"], Value::Null);
}

// --- files ----------------------------------------------------------------------------

#[test]
fn encoding_not_text_and_unsupported_files() {
    let scratch = Scratch::new();
    scratch
        .write("o/units.yaml", ROSTER)
        .write("s/snv.md", support::utf16le(&report()))
        .write("s/bao-cao.docx", b"PK\x03\x04\x14\x00")
        .write("s/anh.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        .write("s/ghi-chu.jpg", "ghi chú");
    let (_, json) = scratch.check_json("o", &["s"]);
    let whole = |code: &str| vec![(code.to_owned(), 1, None)];
    assert_eq!(support::codes_lines(&json, "s/snv.md"), whole("encoding"));
    // A `.docx` is read now: these few bytes are no Word package.
    assert_eq!(support::codes_lines(&json, "s/bao-cao.docx"), whole("word-invalid"));
    assert_eq!(support::codes_lines(&json, "s/anh.md"), whole("not-text"));
    assert_eq!(support::codes_lines(&json, "s/ghi-chu.jpg"), whole("unsupported-file"));
    for path in ["s/bao-cao.docx", "s/anh.md", "s/ghi-chu.jpg"] {
        let file = support::file(&json, path);
        assert_eq!(
            (&file["unit_code"], &file["late_days"]),
            (&Value::Null, &Value::Null),
            "{path}"
        );
    }
    assert_eq!(
        json["summary"],
        serde_json::json!({ "files": 4, "errors": 2, "warnings": 2 })
    );
}

// --- the appendix ---------------------------------------------------------------------

fn with_value(row: &str, value: &str) -> String {
    let full = report();
    let start = full.find(&format!("| {row} | ")).expect("row");
    let line_end = start + full[start..].find('\n').expect("line end");
    let line = &full[start..line_end];
    let cells: Vec<&str> = line.split('|').collect();
    let mut cells: Vec<String> = cells.iter().map(|c| (*c).to_owned()).collect();
    cells[3] = format!(" {value} ");
    format!("{}{}{}", &full[..start], cells.join("|"), &full[line_end..])
}

/// Line and column of the value cell of row `stt` (its content, or where it would be).
fn value_position(text: &str, stt: &str, value: &str) -> (u64, u64) {
    let line = line_of(text, &format!("| {stt} | "));
    let row = text.lines().nth(line as usize - 1).expect("row");
    let third_pipe = row.match_indices('|').nth(3).expect("pipes").0;
    let cell = &row[..third_pipe];
    let at = if value.is_empty() {
        cell.len()
    } else {
        cell.rfind(value).expect("value in cell")
    };
    (line, row[..at].chars().count() as u64 + 1)
}

#[test]
fn appendix_value_missing_blank_or_absent_row() {
    // `-`, `—`, `x`, `Không áp dụng` say "not applicable": nothing to fill, nothing said.
    for not_applicable in ["-", "—", "x", "Không áp dụng", "K/A"] {
        let (_, diags) = check(&with_value("4", not_applicable));
        assert_eq!(plain(&diags), [], "{not_applicable:?}");
    }
    {
        let blank = "";
        let text = with_value("4", blank);
        let (_, diags) = check(&text);
        // An empty cell is pointed at where its content would end: its closing `|`.
        let (line, column) = value_position(&text, "4", blank);
        assert_eq!(
            plain(&diags),
            [("appendix-value-missing", line, column, Some("doi-thoai"))],
            "{blank:?}"
        );
    }
    let full = report();
    let row = full.find("| 5 | Số lượt tiếp công dân").expect("row 5");
    let row_end = row + full[row..].find('\n').expect("eol") + 1;
    let text = format!("{}{}", &full[..row], &full[row_end..]);
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [(
            "appendix-value-missing",
            line_of(&text, "# Phụ lục"),
            1,
            Some("tiep-dan")
        )]
    );
    assert!(message(&json, "appendix-value-missing").contains("Số lượt tiếp công dân"));
}

#[test]
fn appendix_value_invalid() {
    let cases = [
        ("3", "khoảng 70", "tap-huan"),
        ("3", "12,5", "tap-huan"),
        ("3", "1.5", "tap-huan"),
        ("1", "-3", "van-ban"),
        ("9", "101", "truc-tuyen"),
        ("9", "120%", "truc-tuyen"),
        ("9", "-0,5", "truc-tuyen"),
    ];
    for (row, value, indicator) in cases {
        let text = with_value(row, value);
        let (json, diags) = check(&text);
        let (line, column) = value_position(&text, row, value);
        assert_eq!(
            plain(&diags),
            [("appendix-value-invalid", line, column, Some(indicator))],
            "{value}"
        );
        assert!(
            message(&json, "appendix-value-invalid").contains(value),
            "quotes {value}"
        );
    }
    // Vietnamese numbers are not invalid.
    for (row, value) in [
        ("3", "2.071"),
        ("3", "1.234.567"),
        ("9", "82,4%"),
        ("9", "100"),
        ("9", "0"),
        ("1", "0"),
    ] {
        let (_, diags) = check(&with_value(row, value));
        assert_eq!(plain(&diags), [], "{value}");
    }
}

#[test]
fn appendix_constraint_on_solved_letters() {
    let text = with_value("7", "2.367").replace("| 356 |", "| 2.315 |");
    let (json, diags) = check(&text);
    let (line, column) = value_position(&text, "7", "2.367");
    assert_eq!(
        plain(&diags),
        [("appendix-constraint", line, column, Some("don-giai-quyet"))]
    );
    let message = message(&json, "appendix-constraint");
    assert!(message.contains("2.367") && message.contains("2.315"), "{message}");
    // Equal is fine; a missing `don-nhan` cannot be compared.
    let (_, diags) = check(&with_value("7", "356"));
    assert_eq!(plain(&diags), []);
    let text = with_value("7", "400").replace("| 356 |", "|  |");
    let (_, diags) = check(&text);
    assert_eq!(
        diags.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(),
        ["appendix-value-missing"]
    );
}

#[test]
fn appendix_rows_match_by_number_or_by_name() {
    let full = report();
    // Names shortened: the number finds the row.
    let by_number = full
        .replace(
            "Số văn bản lãnh đạo, chỉ đạo về công tác dân vận được ban hành",
            "Văn bản",
        )
        .replace("Số lượt tiếp công dân", "Tiếp dân");
    assert_eq!(plain(&check(&by_number).1), []);
    // Names shortened so far that they fit several indicators: the number decides.
    let ambiguous = full
        .replace(
            "Số lượt cán bộ, công chức, viên chức được tập huấn, bồi dưỡng",
            "Số lượt",
        )
        .replace("Số lượt tiếp công dân", "Số lượt")
        .replace(
            "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận",
            "Số đơn thư",
        )
        .replace("Số đơn thư đã giải quyết", "Số đơn thư");
    assert_eq!(plain(&check(&ambiguous).1), []);
    // No number column, rows in another order: the name finds the row.
    let table_start = full.find("| STT").expect("table");
    let mut rows: Vec<String> = full[table_start..]
        .lines()
        .skip(2)
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            format!("| {} | {} |", cells[2], cells[3])
        })
        .collect();
    rows.reverse();
    let by_name = format!(
        "{}| Chỉ tiêu | Số liệu |\n|---|---|\n{}\n",
        &full[..table_start],
        rows.join("\n")
    );
    assert_eq!(plain(&check(&by_name).1), []);
}

#[test]
fn a_subject_line_like_an_alias_stays_in_the_title_block() {
    // Bold headings throughout, and a subject line that reads like `ket-qua`'s alias
    // "Kết quả thực hiện Kết luận số 114-KL/TW": the numbered line is the heading.
    let mut text = report().replace(
        "**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**",
        "**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW CỦA BAN BÍ THƯ**",
    );
    for (real, bold) in [
        (
            "# I. Đánh giá công tác lãnh đạo, chỉ đạo",
            "**I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**",
        ),
        (
            "# II. Kết quả triển khai thực hiện",
            "**II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN**",
        ),
        ("# III. Đánh giá tác động", "**III. ĐÁNH GIÁ TÁC ĐỘNG**"),
        ("# IV. Kiến nghị, đề xuất", "**IV. KIẾN NGHỊ, ĐỀ XUẤT**"),
        ("# Phụ lục", "**PHỤ LỤC**"),
    ] {
        text = text.replace(real, bold);
    }
    let (_, diags) = check(&text);
    let got: Vec<(&str, u64, Option<&str>)> = diags
        .iter()
        .map(|d| (d.code.as_str(), d.line, d.key.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("pseudo-heading", line_of(&text, "**I. ĐÁNH GIÁ"), Some("lanh-dao")),
            ("pseudo-heading", line_of(&text, "**II. KẾT QUẢ"), Some("ket-qua")),
            ("pseudo-heading", line_of(&text, "**III. ĐÁNH GIÁ"), Some("tac-dong")),
            ("pseudo-heading", line_of(&text, "**IV. KIẾN NGHỊ"), Some("kien-nghi")),
            ("pseudo-heading", line_of(&text, "**PHỤ LỤC**"), Some("phu-luc")),
        ]
    );
}

#[test]
fn lateness_does_not_depend_on_the_machines_time_zone() {
    let text = with_times("2026-04-15", Some("2026-04-19T17:30:00Z"));
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write("s/snv.md", &text);
    for tz in ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh"] {
        let run = support::run_env(
            scratch.path(),
            &["check", "--format", "json", "--outline", "o", "s"],
            &[("TZ", tz)],
        );
        let json = run.json();
        assert_eq!(
            json["files"][0]["submitted"], "2026-04-20",
            "TZ={tz}: 00:30 on the 20th in Vietnam"
        );
        assert_eq!(json["files"][0]["late_days"], 1, "TZ={tz}");
    }
}

// --- appendix tables as units make them ------------------------------------------------

/// The 1-based column, in characters, of `needle` on line `line` of `text`.
fn column_of(text: &str, line: u64, needle: &str) -> u64 {
    let row = text.lines().nth(line as usize - 1).expect("line");
    row[..row.find(needle).expect("needle")].chars().count() as u64 + 1
}

/// The report with its appendix table replaced by `table`.
fn with_table(table: &str) -> String {
    let full = report();
    let start = full.find("| STT |").expect("table");
    format!("{}{table}", &full[..start])
}

#[test]
fn appendix_value_remarks_marks_and_commas_get_their_own_advice() {
    let cases = [
        ("3", "khoảng 640", "appendix-value-invalid", "Ghi chú"),
        ("3", "866 lượt/964 lượt người", "appendix-value-invalid", "hai số"),
        // Each can mean one figure only: it counts, and the unit is told how it was read.
        ("3", "4,350", "appendix-value-read-as", "được tính là 4.350"),
        ("3", "30*", "appendix-value-read-as", "được tính là 30"),
        ("3", "1.250 (1)", "appendix-value-read-as", "cột “Ghi chú”"),
        ("9", "86.4", "appendix-value-read-as", "được tính là 86,4"),
    ];
    for (row, value, code, advice) in cases {
        let text = with_value(row, value);
        let (json, diags) = check(&text);
        let (line, column) = value_position(&text, row, value);
        let indicator = if row == "9" { "truc-tuyen" } else { "tap-huan" };
        assert_eq!(plain(&diags), [(code, line, column, Some(indicator))], "{value}");
        let message = message(&json, code);
        assert!(message.contains(advice), "{value}: {message}");
    }
    // What is read counts in the compiled totals.
    assert_eq!(compiled(&with_value("3", "4,350")).0["tap-huan"]["total"], 4350);
    assert_eq!(compiled(&with_value("9", "86.4")).0["truc-tuyen"]["total"], 86.4);
    // Units after the figure, spaces before `%`, and `Đạt …%` are figures as written.
    for (row, value) in [
        ("3", "2.071 lượt"),
        ("1", "15 văn bản"),
        ("9", "92,4 %"),
        ("9", "Đạt 94,8%"),
    ] {
        let (_, diags) = check(&with_value(row, value));
        assert_eq!(plain(&diags), [], "{value}");
    }
}

/// The report with row `row`'s value cell holding `value` and its note cell `note`.
fn with_value_and_note(row: &str, value: &str, note: &str) -> String {
    let text = with_value(row, value);
    let start = text.find(&format!("| {row} | ")).expect("row");
    let line_end = start + text[start..].find('\n').expect("line end");
    let mut cells: Vec<String> = text[start..line_end].split('|').map(str::to_owned).collect();
    cells[4] = format!(" {note} ");
    format!("{}{}{}", &text[..start], cells.join("|"), &text[line_end..])
}

/// What `compile` makes of `text` sent alone as Sở Nội vụ's report: the appendix of the
/// compiled JSON and the compiled Markdown.
fn compiled(text: &str) -> (Value, String) {
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER).write("s/snv.md", text);
    let run = scratch.run(&[
        "compile",
        "--outline",
        "o",
        "--submissions",
        "s",
        "--out",
        "out",
        "--format",
        "json,md",
        "--as-of",
        "2026-04-20",
        "--date-source",
        "front-matter",
    ]);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    let json = scratch.read_json("out/bao-cao-tong-hop.json");
    (json["appendix"].clone(), scratch.read("out/bao-cao-tong-hop.md"))
}

#[test]
fn appendix_value_with_a_unit_or_a_breakdown_in_brackets_counts_the_figure() {
    // `(đơn)` names the unit, `(trong đó …)` breaks the figure down: an officer reads
    // 356 and 36.
    let text = with_value("6", "356 (đơn)");
    assert_eq!(plain(&check(&text).1), []);
    assert_eq!(compiled(&text).0["don-nhan"]["total"], 356);
    let text = with_value("2", "36<br>(trong đó 6 hội nghị trực tuyến)");
    assert_eq!(plain(&check(&text).1), []);
    assert_eq!(compiled(&text).0["hoi-nghi"]["total"], 36);
    let text = with_value("3", "2.071 (gồm 1.500 lượt cán bộ, 571 lượt công chức)");
    assert_eq!(plain(&check(&text).1), []);
    assert_eq!(compiled(&text).0["tap-huan"]["total"], 2071);
    // A second figure in brackets is refused, and said to be one, with the figure that
    // would count.
    let value = "200 (tăng 20%)";
    let text = with_value("3", value);
    let (json, diags) = check(&text);
    let (line, column) = value_position(&text, "3", value);
    assert_eq!(
        plain(&diags),
        [("appendix-value-invalid", line, column, Some("tap-huan"))]
    );
    let said = message(&json, "appendix-value-invalid");
    assert!(
        said.contains("“200 (tăng 20%)” có thêm một số trong ngoặc") && said.contains("chỉ ghi “200”"),
        "{said}"
    );
    assert!(!said.contains("chú thích"), "{said}");
    // A footnote mark is one still: read past, said, the figure counted.
    for mark in ["48*", "48(1)", "48¹"] {
        let text = with_value("1", mark);
        let (json, diags) = check(&text);
        let (line, column) = value_position(&text, "1", mark);
        assert_eq!(
            plain(&diags),
            [("appendix-value-read-as", line, column, Some("van-ban"))],
            "{mark}"
        );
        let said = message(&json, "appendix-value-read-as");
        assert!(said.contains("dấu chú thích"), "{mark}: {said}");
        assert_eq!(compiled(&text).0["van-ban"]["total"], 48, "{mark}");
    }
}

#[test]
fn appendix_nothing_arose_is_not_applicable_and_a_count_under_way_is_missing() {
    // Counted as `x` is: the same totals, no unit reporting, listed as not applicable.
    let (as_x, _) = compiled(&with_value("4", "x"));
    assert_eq!(as_x["doi-thoai"]["reported"], 0);
    for nothing in [
        "Không phát sinh",
        "KHÔNG PHÁT SINH",
        "khong phat sinh",
        "Không phát sinh.",
        "Chưa có",
        "Không có",
    ] {
        let text = with_value("4", nothing);
        assert_eq!(plain(&check(&text).1), [], "{nothing:?}");
        let (appendix, md) = compiled(&text);
        assert_eq!(appendix, as_x, "{nothing:?}");
        let note = md.lines().find(|l| l.starts_with("- 4. ")).expect("the note on row 4");
        assert!(note.contains("không áp dụng (ghi “x”): Sở Nội vụ"), "{note}");
    }
    for under_way in [
        "Chưa thống kê",
        "Đang thống kê",
        "Chưa tổng hợp",
        "Đang cập nhật",
        "ĐANG CẬP NHẬT.",
        "chua thong ke",
    ] {
        let text = with_value("5", under_way);
        let (json, diags) = check(&text);
        let (line, column) = value_position(&text, "5", under_way);
        assert_eq!(
            plain(&diags),
            [("appendix-value-missing", line, column, Some("tiep-dan"))],
            "{under_way:?}"
        );
        assert!(message(&json, "appendix-value-missing").contains("Số lượt tiếp công dân"));
        let (appendix, md) = compiled(&text);
        assert_eq!(appendix["tiep-dan"]["reported"], 0, "{under_way:?}");
        let note = md.lines().find(|l| l.starts_with("- 5. ")).expect("the note on row 5");
        assert!(note.contains("chưa có số liệu: Sở Nội vụ"), "{note}");
    }
}

#[test]
fn appendix_fraction_for_a_percent_takes_the_percent_in_the_notes() {
    let text = with_value_and_note("9", "866/1.277", "Đạt 67,8%");
    assert_eq!(plain(&check(&text).1), []);
    assert_eq!(compiled(&text).0["truc-tuyen"]["total"], 67.8);
    // No percent in the note: the fraction is refused as two figures, as before.
    for note in ["", "Tổng số 1.277 hồ sơ"] {
        let text = with_value_and_note("9", "866/1.277", note);
        let (json, diags) = check(&text);
        let (line, column) = value_position(&text, "9", "866/1.277");
        assert_eq!(
            plain(&diags),
            [("appendix-value-invalid", line, column, Some("truc-tuyen"))],
            "{note:?}"
        );
        assert!(message(&json, "appendix-value-invalid").contains("hai số"));
    }
}

#[test]
fn appendix_table_unclear_is_one_error_at_the_table() {
    let rows = "| 1 | Số văn bản lãnh đạo | 48 |\n| 2 | Số hội nghị | 36 |\n| 5 | Số lượt tiếp công dân | 1.215 |\n";
    // No separator row and a first row that names no column.
    // The short section is also `empty-section`: that is not the appendix's to say.
    let appendix = |diags: &[Diag]| -> Vec<(String, u64, u64)> {
        plain(diags)
            .into_iter()
            .filter(|d| d.0 != "empty-section")
            .map(|d| (d.0.to_owned(), d.1, d.2))
            .collect()
    };
    // Two columns of figures under no header: which one counts cannot be told. (One
    // column of figures beside an STT and a label is read without a header.)
    let two = "| 1 | Số văn bản lãnh đạo | 48 | 20 |\n| 2 | Số hội nghị | 36 | 9 |\n| 5 | Số lượt tiếp công dân | 1.215 | 300 |\n";
    let text = with_table(two);
    let (json, diags) = check(&text);
    let line = line_of(&text, "| 1 | Số văn bản");
    assert_eq!(appendix(&diags), [("appendix-table-unclear".to_owned(), line, 3)]);
    assert!(message(&json, "appendix-table-unclear").contains("tiêu đề cột"));
    let (_, diags) = check(&with_table(rows));
    assert!(
        !appendix(&diags).iter().any(|d| d.0 == "appendix-table-unclear"),
        "{diags:?}"
    );
    // Headers, but no column of figures: the columns are listed.
    let text = with_table(&format!("| STT | Nội dung | Ghi chú |\n|---|---|---|\n{rows}"));
    let (json, diags) = check(&text);
    assert_eq!(
        appendix(&diags).iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
        ["appendix-table-unclear"]
    );
    let said = message(&json, "appendix-table-unclear");
    assert!(said.contains("“Nội dung”") && said.contains("Số liệu"), "{said}");
    // Columns read, but no row is an indicator's: the rows seen are named.
    let text = with_table("| STT | Nội dung | Số liệu |\n|---|---|---|\n| 1 | Số tin bài tuyên truyền | 12 |\n");
    let (json, diags) = check(&text);
    assert_eq!(
        appendix(&diags).iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
        ["appendix-table-unclear"]
    );
    assert!(message(&json, "appendix-table-unclear").contains("Số tin bài tuyên truyền"));
}

#[test]
fn a_report_without_one_figure_does_not_pass() {
    let blank = with_table(
        "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản | |\n| 2 | Số hội nghị | |\n| 5 | Số lượt tiếp công dân | |\n",
    );
    let no_table = with_table("Có biểu số liệu kèm theo.\n");
    for text in [blank, no_table] {
        let scratch = Scratch::new();
        scratch.write("o/units.yaml", ROSTER).write("s/snv.md", &text);
        let (run, json) = scratch.check_json("o", &["s/snv.md"]);
        let diags = support::diags(support::file(&json, "s/snv.md"));
        let line = line_of(&text, "# Phụ lục");
        assert!(plain(&diags).contains(&("appendix-empty", line, 1, None)), "{diags:?}");
        assert!(
            !plain(&diags).iter().any(|d| d.0 == "appendix-value-missing"),
            "one error, not a warning per row"
        );
        assert_eq!(run.code, 1, "no countable figure: exit 1 under the default --fail-on");
    }
}

#[test]
fn appendix_periods_and_totals() {
    let text = with_table(
        "| TT | Nội dung | ĐVT | 2015 - 2020 | 2021 - 2025 | Tổng cộng |\n|---|---|---|---|---|---|\n\
         | 1 | Số văn bản lãnh đạo, chỉ đạo | văn bản | 20 | 28 | 48 |\n\
         | 2 | Số hội nghị | hội nghị | 16 | 20 | 38 |\n",
    );
    let (json, diags) = check(&text);
    let line = line_of(&text, "| 2 | Số hội nghị");
    let mismatch: Vec<_> = plain(&diags)
        .into_iter()
        .filter(|d| d.0 == "appendix-total-mismatch")
        .collect();
    let column = column_of(&text, line, "38");
    assert_eq!(mismatch, [("appendix-total-mismatch", line, column, Some("hoi-nghi"))]);
    let said = message(&json, "appendix-total-mismatch");
    assert!(said.contains("38") && said.contains("36"), "{said}");
    let text = with_table(
        "| TT | Nội dung | Giai đoạn 2015 - 2020 | Giai đoạn 2021 - 2025 |\n|---|---|---|---|\n\
         | 1 | Số văn bản lãnh đạo, chỉ đạo | 20 | 28 |\n",
    );
    let (json, diags) = check(&text);
    let line = line_of(&text, "| TT |");
    assert!(
        plain(&diags).contains(&(
            "appendix-periods-summed",
            line,
            column_of(&text, line, "Giai đoạn 2015"),
            None
        )),
        "{diags:?}"
    );
    assert!(message(&json, "appendix-periods-summed").contains("Giai đoạn 2015 - 2020"));
}

#[test]
fn appendix_workbook_that_cannot_be_read() {
    let text = report().replacen("date:", "appendix: bieu.xlsx\ndate:", 1);
    let start = text.find("| STT |").expect("table");
    let text = format!("{}Có biểu số liệu kèm theo.\n", &text[..start]);
    let scratch = Scratch::new();
    scratch
        .write("o/units.yaml", ROSTER)
        .write("s/snv.md", &text)
        .write("s/bieu.xlsx", "not a workbook");
    let (_, json) = scratch.check_json("o", &["s"]);
    let diags = support::diags(support::file(&json, "s/snv.md"));
    let line = line_of(&text, "# Phụ lục");
    assert_eq!(plain(&diags), [("appendix-workbook", line, 1, None)]);
    assert!(message(&json, "appendix-workbook").contains("bieu.xlsx"));
    // Claimed by the report, the workbook is not a stray file of its own.
    assert_eq!(json["files"].as_array().expect("files").len(), 1);
}

/// What an Excel appendix hides is not read, and is said once, at the appendix heading:
/// the hidden sheet by name, the hidden row that holds an old figure by Excel's name.
#[test]
fn appendix_hidden_names_what_was_not_read() {
    let text = report().replacen("date:", "appendix: bieu.xlsx\ndate:", 1);
    let start = text.find("| STT |").expect("table");
    let text = format!("{}Có biểu số liệu kèm theo.\n", &text[..start]);
    let mut book = rust_xlsxwriter::Workbook::new();
    let old = book.add_worksheet().set_name("Bản cũ").expect("name");
    old.write_string(0, 0, "Số lượt tiếp công dân").expect("cell");
    old.write_number(0, 1, 999.0).expect("cell");
    old.set_hidden(true);
    let sheet = book.add_worksheet().set_name("Biểu").expect("name");
    sheet.set_active(true);
    for (col, header) in (0..).zip(["STT", "Chỉ tiêu", "Số liệu"]) {
        sheet.write_string(0, col, header).expect("cell");
    }
    let mut row = 1;
    for (k, name) in crate::workbook::INDICATORS.iter().enumerate() {
        // The fifth indicator's old figure, on a hidden row above the new one.
        let figures: &[f64] = if k == 4 { &[999.0, 1215.0] } else { &[12.0] };
        for figure in figures {
            sheet.write_number(row, 0, (k + 1) as f64).expect("cell");
            sheet.write_string(row, 1, *name).expect("cell");
            sheet.write_number(row, 2, *figure).expect("cell");
            row += 1;
        }
    }
    sheet.set_row_hidden(5).expect("row");
    let scratch = Scratch::new();
    scratch
        .write("o/units.yaml", ROSTER)
        .write("s/snv.md", &text)
        .write("s/bieu.xlsx", book.save_to_buffer().expect("workbook"));
    let (_, json) = scratch.check_json("o", &["s"]);
    let diags = support::diags(support::file(&json, "s/snv.md"));
    let line = line_of(&text, "# Phụ lục");
    assert_eq!(plain(&diags), [("appendix-hidden", line, 1, None)]);
    assert_eq!(diags[0].severity, "note");
    assert_eq!(
        message(&json, "appendix-hidden"),
        "biểu số liệu Excel “bieu.xlsx” có phần đang ẩn nên không được đọc (chỉ đọc phần hiển thị): \
         trang tính ẩn “Bản cũ”; dòng ẩn bieu.xlsx!Biểu!6:6; nếu số liệu đúng nằm ở phần ẩn, hãy bỏ ẩn \
         (Unhide), nếu không thì xóa phần đó"
    );
    let english = scratch.run(&["check", "--format", "json", "--lang", "en", "--outline", "o", "s"]);
    assert_eq!(
        message(&english.json(), "appendix-hidden"),
        "what the Excel appendix “bieu.xlsx” hides was not read (only what shows is): hidden sheets \
         “Bản cũ”; hidden rows bieu.xlsx!Biểu!6:6; if the right figures are there, unhide them, \
         otherwise delete them"
    );
}

/// Another document filed after the report, under its own header, number and `BÁO CÁO`
/// (a sub-unit's report): a note at its first line naming it; its parts are not the
/// report's (no duplicate section), its signer not the report's signer.
#[test]
fn attached_document_after_the_report() {
    let second = "\nĐẢNG BỘ XÃ THANH CHƯƠNG\n\nCHI BỘ XÓM 5\n\nSố 07-BC/CB\n\n*Thanh Chương, ngày 02 tháng 4 năm 2026*\n\n\
                  **BÁO CÁO**\n\n**Kết quả thực hiện Kết luận số 114-KL/TW ở Chi bộ xóm 5**\n\n\
                  **I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**\n\nChi bộ xóm 5 tổ chức quán triệt Kết luận đến toàn thể đảng viên và ban hành nghị quyết chuyên đề về công tác dân vận.\n\n\
                  **III. TÁC ĐỘNG**\n\nNhân dân trong xóm đồng thuận, tin tưởng; các khoản đóng góp xây dựng nhà văn hóa xóm được công khai minh bạch.\n\n\
                  T/M CHI BỘ\n\nBÍ THƯ\n\nNguyễn Văn Bình\n";
    let text = report() + second;
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags),
        [("attached-document", line_of(&text, "ĐẢNG BỘ XÃ THANH CHƯƠNG"), 1, None)]
    );
    let said = message(&json, "attached-document");
    assert!(
        said.contains("07-BC/CB") && said.contains("CHI BỘ XÓM 5") && said.contains("2 đoạn"),
        "{said}"
    );
    assert!(json["files"][0]["metadata"]["signer"]["value"].is_null(), "{json:#}");
    // The second document's figures are not the report's: a report without its own
    // appendix misses it, at the place the second document starts.
    let own = report();
    let own = &own[..own.find("# Phụ lục").expect("the appendix")];
    let figures = "\n**PHỤ LỤC**\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản lãnh đạo, chỉ đạo về công tác dân vận được ban hành | 3 |\n";
    let text = format!("{own}{second}{figures}");
    let (_, diags) = check(&text);
    let at = line_of(&text, "ĐẢNG BỘ XÃ THANH CHƯƠNG");
    assert!(
        plain(&diags).contains(&("missing-section", at, 1, Some("phu-luc"))),
        "{:?}",
        plain(&diags)
    );
    // Under a header with no number (an appendix page repeating the header) they are the
    // report's own pages.
    let (_, diags) = check(&(report() + &second.replace("Số 07-BC/CB\n\n", "")));
    let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
    assert!(!codes.contains(&"attached-document"), "{codes:?}");
}

/// A cover letter filed over the report in one file (its own number, `V/v …`, a
/// paragraph, a signature; then the report's header and `BÁO CÁO`): a note at the top;
/// the report's number is read, not the letter's, and the letter is compiled nowhere.
#[test]
fn attached_document_a_cover_letter_over_the_report() {
    let letter = "\nĐẢNG ỦY SỞ NỘI VỤ\n\nSố 47-CV/ĐU\n\n*V/v gửi báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW*\n\n\
                  Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy.\n\n\
                  Thực hiện Kế hoạch số 86-KH/TU, Đảng ủy Sở Nội vụ gửi kèm theo công văn này báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW.\n\n\
                  T/M ĐẢNG ỦY\n\nBÍ THƯ\n\nTrần Văn Nam\n\nĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY SỞ NỘI VỤ\n\nSố 52-BC/ĐU\n";
    let text = report().replacen("\nĐẢNG BỘ TỈNH NGHỆ AN\n", letter, 1);
    let (json, diags) = check(&text);
    assert_eq!(
        plain(&diags)
            .into_iter()
            .filter(|d| d.0 != "metadata-inferred")
            .collect::<Vec<_>>(),
        [("attached-document", line_of(&text, "ĐẢNG ỦY SỞ NỘI VỤ"), 1, None)]
    );
    let said = message(&json, "attached-document");
    // Its paragraphs of text: the sentence (not the address, nor its header's excerpt).
    assert!(
        said.contains("47-CV/ĐU") && said.contains("V/v gửi báo cáo") && said.contains(", 1 đoạn"),
        "{said}"
    );
    assert_eq!(
        json["files"][0]["metadata"]["doc_number"]["value"], "52-BC/ĐU",
        "{json:#}"
    );
    // A header whose body's name the title-block reader does not take whole (thirteen
    // words) over the report's own number is no letter: nothing is said.
    let long = "\nĐẢNG BỘ TỈNH NGHỆ AN\n\nBAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÀNH PHỐ HỒ CHÍ MINH\n\nSố 24-BC/ĐU\n";
    let (_, diags) = check(&report().replacen("\nĐẢNG BỘ TỈNH NGHỆ AN\n", long, 1));
    assert!(
        diags.iter().all(|d| d.code != "attached-document"),
        "{:?}",
        plain(&diags)
    );
}
