//! The Word reports of `tests/fixtures/docx-real/` as units convert them before sending:
//! as pandoc writes them in Markdown (`tests/fixtures/pandoc-md/`, made by
//! `scripts/make-pandoc-md-fixtures.sh`: the header block and the signature as grid
//! tables or multiline tables whose cells wrap over lines, the appendix as a multiline
//! table, text wrapped at 72 columns), and as LibreOffice saves them as text
//! (`tests/fixtures/libreoffice-txt/`, `soffice --convert-to "txt:Text (encoded):UTF8"`:
//! every table a cell a line, an empty cell an empty line). A unit that converts its
//! report so sends the same report: each must read as its Word file reads — who sent it,
//! its problems, its figures — and compile must show the tables as tables.
//! (`hnd-hoi-nong-dan` is left out: both drop its text boxes, header and signature with
//! them.)

use serde_json::Value;

use crate::support::{self, Scratch, repo_root, sample_outline};

const STEMS: [&str; 5] = [
    "x005-do-luong",
    "syt-so-y-te",
    "x006-thanh-chuong",
    "x004-hoang-mai",
    "x002-dien-chau",
];

/// The LibreOffice text fixtures: a table of two rows of header (`Số liệu` merged over
/// the periods), one of one, and the report whose appendix holds a second table.
const TEXT_STEMS: [&str; 3] = ["x005-do-luong", "x004-hoang-mai", "x002-dien-chau"];

/// A campaign of the reports in one form (`docx`, `md` or `txt`), with the workbook the
/// Thanh Chương report names beside it.
fn campaign(extension: &str) -> Scratch {
    let scratch = Scratch::new();
    let (folder, stems): (&str, &[&str]) = match extension {
        "docx" => ("docx-real", &STEMS),
        "md" => ("pandoc-md", &STEMS),
        _ => ("libreoffice-txt", &TEXT_STEMS),
    };
    for stem in stems {
        let name = format!("{stem}.{extension}");
        let bytes =
            std::fs::read(repo_root().join("tests/fixtures").join(folder).join(&name)).expect("fixture present");
        scratch.write(&format!("s/{name}"), bytes);
    }
    let workbook =
        std::fs::read(repo_root().join("tests/fixtures/docx-real/x006-thanh-chuong.xlsx")).expect("workbook");
    scratch.write("s/x006-thanh-chuong.xlsx", workbook);
    scratch
}

/// What an officer reads of one report: who and when, and its real problems.
fn reading(json: &Value, path: &str) -> Vec<String> {
    let file = support::file(json, path);
    let meta = &file["metadata"];
    let mut out: Vec<String> = ["date", "doc_number", "signer", "signer_title"]
        .iter()
        .map(|k| format!("{k}={}", meta[*k]["value"]))
        .collect();
    out.push(format!("unit_code={}", file["unit_code"]));
    let mut codes: Vec<String> = support::diags(file)
        .into_iter()
        .map(|d| d.code)
        .filter(|c| !["conversion", "metadata-inferred", "pseudo-heading"].contains(&c.as_str()))
        .collect();
    codes.sort();
    out.push(format!("problems={codes:?}"));
    out
}

fn compiled(scratch: &Scratch) -> String {
    scratch.compiled_md()
}

/// The rows of the compiled appendix's table by unit: its number, a unit's name and its
/// nine figures.
fn figure_rows(report: &str) -> Vec<&str> {
    let mut rows: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("| ") && l.matches('|').count() == 12)
        .collect();
    rows.sort_unstable();
    rows
}

#[test]
fn each_report_pandoc_made_from_a_word_file_reads_as_the_word_file() {
    let (docx, md) = (campaign("docx"), campaign("md"));
    let (_, word) = docx.check_json(sample_outline(), &["s"]);
    let (_, markdown) = md.check_json(sample_outline(), &["s"]);
    for stem in STEMS {
        let expected = reading(&word, &format!("s/{stem}.docx"));
        assert!(
            expected[0] != "date=null",
            "{stem}: the Word file itself is read: {expected:?}"
        );
        assert_eq!(reading(&markdown, &format!("s/{stem}.md")), expected, "{stem}");
    }
    // The figures, from the multiline tables of the appendix (and the workbook), are the
    // Word tables' figures.
    let (from_word, from_markdown) = (compiled(&docx), compiled(&md));
    let rows = figure_rows(&from_word);
    assert!(rows.len() >= STEMS.len(), "{from_word}");
    let pairs: Vec<(&str, &str)> = figure_rows(&from_markdown)
        .into_iter()
        .zip(rows.iter().copied())
        .collect();
    for (markdown_row, word_row) in &pairs {
        assert_eq!(markdown_row, word_row);
    }
    assert_eq!(pairs.len(), rows.len());
}

#[test]
fn a_date_wrapped_in_a_grid_table_cell_is_read_and_placed_at_its_first_line() {
    let (_, json) = campaign("md").check_json(sample_outline(), &["s"]);
    let file = support::file(&json, "s/x004-hoang-mai.md");
    let date = file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "metadata-inferred" && d["field"] == "date")
        .expect("the date, inferred");
    // `| … | *Hoàng Mai, ngày 03 tháng 4 năm   |` / `|   | 2026*   |`
    assert_eq!(file["metadata"]["date"]["value"], "2026-04-03", "{date}");
    assert_eq!(
        (date["line"].as_u64(), date["column"].as_u64()),
        (Some(4), Some(39)),
        "{date}"
    );
}

#[test]
fn compile_shows_pandocs_tables_as_tables_and_no_border_as_text() {
    let report = compiled(&campaign("md"));
    for line in report.lines() {
        let trimmed = line.trim();
        // The front matter's `---` is the compiled report's own.
        let dashes = trimmed.len() > 3 && trimmed.bytes().all(|b| b == b'-' || b == b' ');
        assert!(
            !trimmed.starts_with("+-") && !trimmed.starts_with("+=") && !dashes,
            "a table's border left as text: {line:?}\n{report}"
        );
    }
    // The table of figures of Hoàng Mai's part II is the unit's text: quoted whole, every
    // wrapped cell one cell.
    assert!(report.contains("| Hội nghị quán triệt, sơ kết | 9 | 11 |"), "{report}");
    assert!(report.contains("| Lượt tiếp công dân | 287 | 395 |"), "{report}");
    // Nothing of Diễn Châu's title block, its table of contents (links to `#_Toc0`…
    // under `# Contents {#contents .TOC-Heading}`) or its opening sentence is its text;
    // its note keeps its line wrapped after the year (`năm 2015 -` / `    2025.`).
    assert!(
        !report.contains("_Toc") && !report.contains("Nội dung khác"),
        "{report}"
    );
    // Each unit numbers its notes from 1: the compiled report labels them as each unit's,
    // so Diễn Châu's `[^1]` and the Sở Y tế's `[^1]` stay two notes, each cited by its own.
    let note = report
        .split("\n\n")
        .find(|p| p.starts_with("[^x002-1]: Theo sổ theo dõi tiếp công dân"))
        .expect("the note");
    assert!(note.trim_end().ends_with("2025."), "{note}");
    for label in ["[^x002-1]", "[^syt-1]"] {
        assert_eq!(
            report.matches(label).count(),
            2,
            "{label} cited once, defined once:\n{report}"
        );
    }
    assert!(!report.contains("[^1]"), "{report}");
}

#[test]
fn a_report_libreoffice_saved_as_text_reads_its_figures_and_who_sent_it_as_the_word_file() {
    let (docx, text) = (campaign("docx"), campaign("txt"));
    let (_, word) = docx.check_json(sample_outline(), &["s"]);
    let (_, plain) = text.check_json(sample_outline(), &["s"]);
    for stem in TEXT_STEMS {
        // Who and when; the structure of a text without styles is checked elsewhere.
        let expected = &reading(&word, &format!("s/{stem}.docx"))[..5];
        assert_eq!(&reading(&plain, &format!("s/{stem}.txt"))[..5], expected, "{stem}");
        let file = support::file(&plain, &format!("s/{stem}.txt"));
        let codes: Vec<String> = support::diags(file).into_iter().map(|d| d.code).collect();
        assert!(
            !codes
                .iter()
                .any(|c| c.starts_with("appendix-") && c != "appendix-periods-summed"),
            "{stem}: {codes:?}"
        );
    }
    // Every figure of the cell-a-line tables counts, as the Word tables' do.
    let from_word = compiled(&docx);
    let rows = figure_rows(&from_word);
    let from_text = compiled(&text);
    for stem in TEXT_STEMS {
        let unit = match stem {
            "x005-do-luong" => "Đảng ủy xã Đô Lương",
            "x004-hoang-mai" => "Đảng ủy phường Hoàng Mai",
            _ => "Đảng ủy xã Diễn Châu",
        };
        let word_row = rows.iter().find(|r| r.contains(unit)).expect("the unit's row");
        let text_row = figure_rows(&from_text)
            .into_iter()
            .find(|r| r.contains(unit))
            .expect("the unit's row");
        // The rows' numbers differ (fewer units here): the unit's name and figures do not.
        let tail = |row: &str| row.split_once(unit).map(|(_, t)| t.to_owned());
        assert_eq!(tail(text_row), tail(word_row), "{stem}");
    }
    // The table's cells are counted, not quoted as the unit's text.
    assert!(!from_text.contains("\n2015-2020\n"), "{from_text}");
}

/// The account a Word report set out as a table (`Nội dung` | `Kết quả thực hiện`),
/// converted as units convert it (`tests/fixtures/account-md/`): pandoc's grid table
/// (`-t markdown`, the cells' paragraphs wrapped inside the column), pandoc's HTML table
/// (`-t gfm`, the results as `<ul>` items), MarkItDown's pipe table (a cell's paragraphs
/// run together with two spaces). Each: (file, the line of its first part's row, a
/// paragraph of that part's cell, a paragraph of the last part's cell).
const ACCOUNTS: [(&str, u64, &str, &str); 3] = [
    (
        "x001-pandoc-grid.md",
        23,
        "Chỉ đạo xây dựng quy chế phối hợp giữa chính quyền phường với Ban Công tác Mặt trận các khối phố.",
        "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí lắp đặt hệ thống camera giám sát trật tự đô thị và đầu tư nâng cấp nhà văn hóa các khối phố của phường.",
    ),
    (
        "duca-pandoc-gfm.md",
        44,
        "- Gắn thực hiện Kết luận với phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
        "- Đề nghị Bộ Công an tăng cường phương tiện kỹ thuật phòng chống tội phạm công nghệ cao cho Công an tỉnh và hướng dẫn cơ chế phối hợp với các ngân hàng, nhà mạng.",
    ),
    (
        "x007-markitdown.md",
        13,
        "Đưa chỉ tiêu giải quyết kiến nghị của Nhân dân vào nghị quyết hằng năm của Đảng ủy.",
        "Đề nghị tỉnh có cơ chế phụ cấp thu hút cán bộ giỏi tiếng dân tộc về công tác tại các xã vùng cao và hỗ trợ xã xây dựng nhà văn hóa cộng đồng ở ba bản còn thiếu.",
    ),
];

#[test]
fn an_account_table_converted_to_markdown_reads_as_its_parts_placed_where_written() {
    let scratch = Scratch::new();
    for (name, ..) in ACCOUNTS {
        let bytes = std::fs::read(repo_root().join("tests/fixtures/account-md").join(name)).expect("fixture present");
        scratch.write(&format!("s/{name}"), bytes);
    }
    let (_, json) = scratch.check_json(sample_outline(), &["s"]);
    for (name, row, ..) in ACCOUNTS {
        let file = support::file(&json, &format!("s/{name}"));
        let diagnostics = file["diagnostics"].as_array().expect("diagnostics");
        // Every part is found: no section missing or empty, nothing out of order.
        let problems: Vec<&Value> = diagnostics
            .iter()
            .filter(|d| d["severity"] != "note" && d["code"] != "pseudo-heading")
            .collect();
        assert!(problems.is_empty(), "{name}: {problems:#?}");
        // The titles are read where the unit wrote them: the first on its table row, as
        // a cell of the table (a note: the layout is the campaign's to allow).
        let first = diagnostics
            .iter()
            .find(|d| d["code"] == "pseudo-heading")
            .expect("the first part's title");
        assert_eq!(first["line"].as_u64(), Some(row), "{name}: {first:#}");
        assert_eq!(first["severity"], "note", "{name}: {first:#}");
        assert!(
            first["message"].as_str().is_some_and(|m| m.contains("ô này của bảng")),
            "{name}: {first:#}"
        );
    }
    let report = scratch.compiled_md();
    let part = |title: &str| report.find(title).unwrap_or_else(|| panic!("{title}:\n{report}"));
    let (leadership, results, proposals) = (
        part("# I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO"),
        part("# II- KẾT QUẢ TRIỂN KHAI THỰC HIỆN"),
        part("KIẾN NGHỊ, ĐỀ XUẤT"),
    );
    for (name, _, first, last) in ACCOUNTS {
        // Each paragraph once, under its part; no row of the table left as text.
        assert_eq!(report.matches(first).count(), 1, "{name}: {first}\n{report}");
        let at = report.find(first).expect("the first part's paragraph");
        assert!(leadership < at && at < results, "{name}: {first}\n{report}");
        assert!(
            report.rfind(last).is_some_and(|at| at > proposals),
            "{name}: {last}\n{report}"
        );
    }
    for line in report.lines() {
        let trimmed = line.trim_start();
        assert!(
            !(trimmed.starts_with("+-")
                || trimmed.starts_with("<t")
                || trimmed.starts_with('|') && trimmed.contains("Kết quả thực hiện")),
            "a row of an account table left as text: {line:?}\n{report}"
        );
    }
}
