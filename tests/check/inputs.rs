//! Every input variation of issue 2 on its own: encodings, NFD, NBSP, CRLF, BOM, date
//! formats, numbering styles, heading levels, and which files a walk takes.

use serde_json::Value;

use crate::support::{self, ROSTER, Scratch, line_of, position_of, report};

/// Checks the files `(path, bytes)` under `s/` with the small roster.
fn check_files(files: &[(&str, Vec<u8>)]) -> Value {
    let scratch = Scratch::new();
    scratch.write("o/units.yaml", ROSTER);
    for (path, bytes) in files {
        scratch.write(&format!("s/{path}"), bytes);
    }
    scratch.check_json("o", &["s"]).1
}

fn diags_of(json: &Value, path: &str) -> Vec<(String, u64, u64)> {
    support::diags(support::file(json, &format!("s/{path}")))
        .into_iter()
        .map(|d| (d.code, d.line, d.column))
        .collect()
}

/// The reference report with an invalid appendix value, to see where lines and columns
/// land after decoding.
fn marked_report() -> String {
    report().replace("| 2.071 |", "| khoảng 2 nghìn |")
}

#[test]
fn every_encoding_reads_the_same_report() {
    let text = marked_report();
    let (line, column) = position_of(&text, "khoảng 2 nghìn");
    let invalid = ("appendix-value-invalid".to_owned(), line, column);
    let encoding = ("encoding".to_owned(), 1, 1);
    let files = [
        ("utf8.md", text.clone().into_bytes()),
        ("utf8-bom.md", support::utf8_bom(&text)),
        ("utf16le.md", support::utf16le(&text)),
        ("utf16be.md", support::utf16be(&text)),
        ("windows-1258.md", support::windows_1258(&text)),
        ("nfd.md", support::nfd(&text).into_bytes()),
        ("crlf.md", support::crlf(&text).into_bytes()),
        ("bom-crlf.md", support::utf8_bom(&support::crlf(&text))),
        ("utf16le-crlf.md", support::utf16le(&support::crlf(&text))),
        ("windows-1258-crlf.md", support::windows_1258(&support::crlf(&text))),
    ];
    let json = check_files(&files);
    for (path, _) in &files {
        let got = diags_of(&json, path);
        let converted = path.starts_with("utf16") || path.starts_with("windows");
        let want = if converted {
            vec![encoding.clone(), invalid.clone()]
        } else {
            vec![invalid.clone()]
        };
        // Both findings are about the unit SNV, written ten times: duplicate-unit on each.
        let got: Vec<(String, u64, u64)> = got.into_iter().filter(|d| d.0 != "duplicate-unit").collect();
        assert_eq!(got, want, "{path}");
        let file = support::file(&json, &format!("s/{path}"));
        assert_eq!(file["unit_code"], "SNV", "{path}: front matter read");
        assert_eq!(file["submitted"], "2026-04-16", "{path}");
    }
    // The message names what the file was converted from.
    let message = |path: &str| support::file(&json, &format!("s/{path}"))["diagnostics"][0]["message"].to_string();
    assert!(message("utf16le.md").contains("UTF-16LE"));
    assert!(message("utf16be.md").contains("UTF-16BE"));
    assert!(message("windows-1258.md").to_lowercase().contains("1258"));
}

#[test]
fn nfd_front_matter_and_headings_match() {
    let text = support::nfd(&report());
    assert_ne!(text, report(), "the text really is decomposed");
    let json = check_files(&[("snv.md", text.into_bytes())]);
    assert_eq!(diags_of(&json, "snv.md"), []);
    assert_eq!(support::file(&json, "s/snv.md")["unit_code"], "SNV");
}

#[test]
fn nbsp_and_zero_width_spaces_in_headings() {
    let text = report()
        .replace("# I. Đánh giá công tác", "# I.\u{00A0}Đánh\u{00A0}giá công\u{200B}tác")
        .replace("## 3. Nguyên nhân", "## 3.\u{202F}Nguyên\u{200C}nhân")
        .replace("# IV. Kiến nghị, đề xuất", "# IV. Kiến\u{2060}nghị,\u{FEFF}đề xuất");
    let json = check_files(&[("snv.md", text.into_bytes())]);
    assert_eq!(diags_of(&json, "snv.md"), []);
}

#[test]
fn crlf_keeps_lines_and_columns() {
    let text = report().replace("# IV. Kiến nghị, đề xuất", "# IV. KIEN NGHI, DE XUAT");
    let json = check_files(&[("snv.md", support::crlf(&text).into_bytes())]);
    assert_eq!(
        diags_of(&json, "snv.md"),
        [("no-diacritics".to_owned(), line_of(&text, "KIEN NGHI"), 1)]
    );
}

#[test]
fn windows_1258_without_a_single_problem() {
    let json = check_files(&[("snv.md", support::windows_1258(&report()))]);
    assert_eq!(diags_of(&json, "snv.md"), [("encoding".to_owned(), 1, 1)]);
}

#[test]
fn date_formats() {
    let cases = [
        ("2026-04-15", "2026-04-15"),
        ("15/4/2026", "2026-04-15"),
        ("15/04/2026", "2026-04-15"),
        ("5/4/2026", "2026-04-05"),
        ("05/04/2026", "2026-04-05"),
        ("ngày 15 tháng 4 năm 2026", "2026-04-15"),
        ("\"ngày 15 tháng 4 năm 2026\"", "2026-04-15"),
        ("Ngày 05 tháng 04 năm 2026", "2026-04-05"),
        ("'2026-04-15'", "2026-04-15"),
    ];
    let files: Vec<(String, Vec<u8>)> = cases
        .iter()
        .enumerate()
        .map(|(i, (written, _))| {
            let text = report()
                .replace("date: 2026-04-15", &format!("date: {written}"))
                .replace("submitted: 2026-04-16T09:30:00+07:00\n", "");
            (format!("{i}.md"), text.into_bytes())
        })
        .collect();
    let files: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let json = check_files(&files);
    for (i, (written, day)) in cases.iter().enumerate() {
        let file = support::file(&json, &format!("s/{i}.md"));
        assert_eq!(file["submitted"], *day, "date: {written}");
        assert_eq!(file["late_days"], 0, "date: {written}");
        let codes: Vec<String> = support::diags(file)
            .into_iter()
            .map(|d| d.code)
            .filter(|c| c != "duplicate-unit")
            .collect();
        assert_eq!(codes, Vec::<String>::new(), "date: {written}");
    }
}

/// A report whose headings are written with `top(n, title)` and `sub(parent, n, title)`.
fn styled(top: impl Fn(usize, &str) -> String, sub: impl Fn(usize, usize, &str) -> String) -> String {
    let full = report();
    let tops = [
        (
            "# I. Đánh giá công tác lãnh đạo, chỉ đạo",
            "Đánh giá công tác lãnh đạo, chỉ đạo",
        ),
        ("# II. Kết quả triển khai thực hiện", "Kết quả triển khai thực hiện"),
        ("# III. Đánh giá tác động", "Đánh giá tác động"),
        ("# IV. Kiến nghị, đề xuất", "Kiến nghị, đề xuất"),
    ];
    let subs = [
        ("## 1. Những kết quả nổi bật", "Những kết quả nổi bật"),
        (
            "## 2. Tồn tại, hạn chế, khó khăn, vướng mắc",
            "Tồn tại, hạn chế, khó khăn, vướng mắc",
        ),
        ("## 3. Nguyên nhân", "Nguyên nhân"),
        ("## 4. Bài học kinh nghiệm", "Bài học kinh nghiệm"),
        (
            "## 5. Chủ trương, giải pháp trong giai đoạn mới",
            "Chủ trương, giải pháp trong giai đoạn mới",
        ),
    ];
    let mut text = full;
    for (i, (line, title)) in tops.iter().enumerate() {
        text = text.replace(line, &top(i + 1, title));
    }
    for (i, (line, title)) in subs.iter().enumerate() {
        text = text.replace(line, &sub(2, i + 1, title));
    }
    text
}

const ROMAN: [&str; 5] = ["I", "II", "III", "IV", "V"];
const ORDINAL: [&str; 5] = ["NHẤT", "HAI", "BA", "TƯ", "NĂM"];
const LETTER: [&str; 5] = ["a", "b", "c", "d", "đ"];

#[test]
fn numbering_styles_case_colons_and_levels_are_all_clean() {
    type Top = Box<dyn Fn(usize, &str) -> String>;
    type Sub = Box<dyn Fn(usize, usize, &str) -> String>;
    let tops: Vec<(&str, Top)> = vec![
        (
            "I-",
            Box::new(|n, t| format!("# {}- {}", ROMAN[n - 1], t.to_uppercase())),
        ),
        ("I.", Box::new(|n, t| format!("# {}. {t}", ROMAN[n - 1]))),
        ("I/", Box::new(|n, t| format!("## {}/ {t}", ROMAN[n - 1]))),
        ("I –", Box::new(|n, t| format!("# {} – {t}:", ROMAN[n - 1]))),
        ("I—", Box::new(|n, t| format!("# {}— {t}", ROMAN[n - 1]))),
        ("Phần I:", Box::new(|n, t| format!("# Phần {}: {t}", ROMAN[n - 1]))),
        ("Phần 1", Box::new(|n, t| format!("# Phần {n} {t}"))),
        (
            "PHẦN THỨ",
            Box::new(|n, t| format!("# PHẦN THỨ {} {}", ORDINAL[n - 1], t.to_uppercase())),
        ),
        (
            "PHẦN THỨ …:",
            Box::new(|n, t| format!("# PHẦN THỨ {}: {}", ORDINAL[n - 1], t.to_uppercase())),
        ),
        ("Mục", Box::new(|n, t| format!("# Mục {n}. {t}"))),
        ("Chương", Box::new(|n, t| format!("# Chương {}: {t}", ROMAN[n - 1]))),
        ("1.", Box::new(|n, t| format!("# {n}. {t}"))),
        ("1)", Box::new(|n, t| format!("# {n}) {}", t.to_lowercase()))),
        ("1-", Box::new(|n, t| format!("# {n}- {t}"))),
        ("1/", Box::new(|n, t| format!("# {n}/ {t}"))),
        ("none", Box::new(|_, t| format!("# {t}"))),
    ];
    let subs: Vec<(&str, Sub)> = vec![
        ("a)", Box::new(|_, n, t| format!("### {}) {t}", LETTER[n - 1]))),
        (
            "a.",
            Box::new(|_, n, t| format!("### {}. {}", LETTER[n - 1], t.to_uppercase())),
        ),
        ("1.1.", Box::new(|p, n, t| format!("### {p}.{n}. {t}:"))),
        ("1.1", Box::new(|p, n, t| format!("#### {p}.{n} {t}"))),
        ("1)", Box::new(|_, n, t| format!("### {n}) {t}"))),
        ("I.1.", Box::new(|p, n, t| format!("### {}.{n}. {t}", ROMAN[p - 1]))),
        ("-", Box::new(|_, n, t| format!("### {}- {t}", LETTER[n - 1]))),
        ("none", Box::new(|_, _, t| format!("### {t}"))),
    ];
    let mut files = Vec::new();
    let mut names = Vec::new();
    for (i, (top_name, top)) in tops.iter().enumerate() {
        let (sub_name, sub) = &subs[i % subs.len()];
        let mut text = styled(top, sub);
        if top_name == &"I/" {
            // Top level `##`: the sub-sections go one deeper than that.
            text = text.replace("# Phụ lục", "## PHỤ LỤC");
        }
        names.push(format!("{top_name} with {sub_name}"));
        files.push((format!("{i:02}.md"), text.into_bytes()));
    }
    // And every sub-section style once more with the plainest top style.
    for (j, (sub_name, sub)) in subs.iter().enumerate() {
        names.push(format!("I. with {sub_name}"));
        files.push((format!("s{j:02}.md"), styled(&tops[1].1, sub).into_bytes()));
    }
    let files: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let json = check_files(&files);
    for ((path, bytes), name) in files.iter().zip(&names) {
        let got: Vec<(String, u64, u64)> = diags_of(&json, path)
            .into_iter()
            .filter(|d| d.0 != "duplicate-unit")
            .collect();
        assert_eq!(got, [], "{name}:\n{}", String::from_utf8_lossy(bytes));
    }
}

#[test]
fn aliases_and_title_suffixes() {
    let text = report()
        .replace(
            "# I. Đánh giá công tác lãnh đạo, chỉ đạo",
            "# I. Việc lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW",
        )
        .replace(
            "# II. Kết quả triển khai thực hiện",
            "# II. Kết quả thực hiện Kết luận số 114-KL/TW",
        )
        .replace("## 1. Những kết quả nổi bật", "## 1. Ưu điểm")
        .replace(
            "## 2. Tồn tại, hạn chế, khó khăn, vướng mắc",
            "## 2. Hạn chế, khó khăn, vướng mắc",
        )
        .replace("## 3. Nguyên nhân", "## 3. Nguyên nhân của tồn tại, hạn chế")
        .replace("## 4. Bài học kinh nghiệm", "## 4. Những bài học kinh nghiệm chủ yếu")
        .replace(
            "## 5. Chủ trương, giải pháp trong giai đoạn mới",
            "## 5. Phương hướng, giải pháp",
        )
        .replace(
            "# III. Đánh giá tác động",
            "# III. Tác động của việc thực hiện Kết luận số 114-KL/TW",
        )
        .replace("# IV. Kiến nghị, đề xuất", "# IV. Đề xuất, kiến nghị")
        .replace("# Phụ lục", "# Biểu số liệu");
    let json = check_files(&[("snv.md", text.into_bytes())]);
    assert_eq!(diags_of(&json, "snv.md"), []);
}

#[test]
fn a_word_that_only_starts_like_a_title_does_not_match() {
    // "Nguyên nhânx" is not "Nguyên nhân": a title matches at a word boundary only.
    let text = report().replace("## 3. Nguyên nhân", "## 3. Nguyên nhânx");
    let json = check_files(&[("snv.md", text.clone().into_bytes())]);
    assert_eq!(
        diags_of(&json, "snv.md"),
        [("missing-section".to_owned(), line_of(&text, "## 4. Bài học"), 1)]
    );
}

#[test]
fn tone_placement_in_unit_names() {
    let text = support::front_matter("HB", "ĐẢNG UỶ XÃ HÒA BÌNH", "dang-uy-xa-phuong") + &support::body();
    let json = check_files(&[("hb.md", text.into_bytes())]);
    assert_eq!(diags_of(&json, "hb.md"), []);
    assert_eq!(support::file(&json, "s/hb.md")["unit_code"], "HB");
}

#[test]
fn the_walk_takes_markdown_and_skips_hidden_drafts_and_readmes() {
    let text = report();
    let json = check_files(&[
        ("a/snv.md", text.clone().into_bytes()),
        (
            "a/b/c/d/e/hb.markdown",
            text.replace("unit_code: SNV", "unit_code: HB").into_bytes(),
        ),
        (
            "a/UPPER.MD",
            text.replace("unit_code: SNV", "unit_code: TD").into_bytes(),
        ),
        ("README.md", b"# not a report".to_vec()),
        ("a/Readme.md", b"# not a report".to_vec()),
        ("_drafts/x.md", b"# not a report".to_vec()),
        ("a/_old.md", b"# not a report".to_vec()),
        (".git/x.md", b"# not a report".to_vec()),
        ("a/.hidden.md", b"# not a report".to_vec()),
    ]);
    let paths = support::paths(&json);
    assert_eq!(paths, ["s/a/UPPER.MD", "s/a/b/c/d/e/hb.markdown", "s/a/snv.md"]);
    assert_eq!(json["missing_units"], serde_json::json!(["MTTQ"]));
}

#[test]
fn files_named_on_the_command_line() {
    let scratch = Scratch::new();
    let text = report();
    scratch
        .write("o/units.yaml", ROSTER)
        .write("s/snv.md", &text)
        .write("s/hb.md", text.replace("SNV", "HB"));
    let (run, json) = scratch.check_json("o", &["s/snv.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(json["summary"]["files"], 1);
    // A unit checking its own draft: the rest of the roster is not "missing".
    assert_eq!(json["missing_units"], serde_json::json!([]));
    // Several paths, with a trailing slash and Windows-style separators shown as `/`.
    let (_, json) = scratch.check_json("o", &["s/hb.md", "s/"]);
    let paths = support::paths(&json);
    // A file reached twice is one submission, checked once.
    assert_eq!(paths, ["s/hb.md", "s/snv.md"]);
}

#[test]
fn default_path_is_submissions_and_default_outline_is_builtin() {
    let scratch = Scratch::new();
    scratch.write("submissions/snv.md", report());
    let run = scratch.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    assert_eq!(json["files"][0]["path"], "submissions/snv.md");
    assert_eq!(
        json["files"][0]["unit_code"], "SNV",
        "without a roster, the code as written"
    );
    assert_eq!(json["missing_units"], serde_json::json!([]));
}
