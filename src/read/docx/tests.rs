use std::io::Cursor;

use super::*;

/// `BAOCAO_DUMP=file.docx cargo test --lib read::docx::tests::dump -- --ignored --nocapture`
/// prints what a Word file reads as.
#[test]
#[ignore = "a tool for looking at a file"]
fn dump() {
    let Some(path) = std::env::var_os("BAOCAO_DUMP") else {
        return;
    };
    let bytes = std::fs::read(path).expect("readable");
    let converted = read(&bytes);
    for (line, origin) in converted.text.lines().zip(&converted.lines) {
        println!(
            "{:<40} {line}",
            origin.as_ref().map(|o| format!("{:?}", o.place)).unwrap_or_default()
        );
    }
    println!("{:?}", converted.notes);
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A package of the given parts, `document.xml`'s body given as `body`.
fn package(body: &str, styles: Option<&str>, numbering: Option<&str>) -> Vec<u8> {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut part = |name: &str, text: String| {
        zip.start_file(name, options).expect("start");
        zip.write_all(text.as_bytes()).expect("write");
    };
    part(
        "word/document.xml",
        format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#),
    );
    if let Some(styles) = styles {
        part(
            "word/styles.xml",
            format!(r#"<w:styles xmlns:w="{W}">{styles}</w:styles>"#),
        );
    }
    if let Some(numbering) = numbering {
        part(
            "word/numbering.xml",
            format!(r#"<w:numbering xmlns:w="{W}">{numbering}</w:numbering>"#),
        );
    }
    zip.finish().expect("finished").into_inner()
}

fn text(body: &str, styles: Option<&str>, numbering: Option<&str>) -> String {
    let converted = read(&package(body, styles, numbering));
    assert!(
        converted
            .notes
            .iter()
            .all(|d| d.severity() != crate::diagnostic::Severity::Error),
        "{:?}",
        converted.notes
    );
    assert_eq!(converted.text.lines().count(), converted.lines.len());
    converted.text
}

fn p(inner: &str) -> String {
    format!("<w:p>{inner}</w:p>")
}

fn r(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

#[test]
fn list_numbers_follow_word_and_the_vietnamese_alphabet() {
    let letters: Vec<String> = (1..=7).map(|n| format_number(n, "lowerLetter")).collect();
    assert_eq!(letters, ["a", "b", "c", "d", "đ", "e", "g"]);
    assert_eq!(format_number(4, "upperRoman"), "IV");
    assert_eq!(format_number(14, "upperRoman"), "XIV");
    assert_eq!(format_number(3, "decimal"), "3");
    assert_eq!(format_number(24, "lowerLetter"), "aa");
}

#[test]
fn headings_come_from_styles_and_their_numbers_from_numbering() {
    let styles = r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="DeMuc2"><w:name w:val="Đề mục 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Rieng"><w:name w:val="Riêng"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>"#;
    let numbering = r#"<w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#;
    let heading = |style: &str, t: &str| p(&format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>{}"#, r(t)));
    let body = [
        heading("Heading1", "Kết quả"),
        heading("DeMuc2", "Một"),
        heading("DeMuc2", "Hai"),
        heading("DeMuc2", "Ba"),
        heading("DeMuc2", "Bốn"),
        heading("DeMuc2", "Năm"),
        heading("Heading1", "Kiến nghị"),
        heading("DeMuc2", "Sáu"),
        heading("Rieng", "Theo mức đề cương"),
    ]
    .concat();
    assert_eq!(
        text(&body, Some(styles), Some(numbering)),
        "## I. Kết quả\n\n### a) Một\n\n### b) Hai\n\n### c) Ba\n\n### d) Bốn\n\n### đ) Năm\n\n## II. Kiến nghị\n\n### a) Sáu\n\n#### Theo mức đề cương\n"
    );
}

#[test]
fn word_text_never_becomes_markdown_by_accident() {
    let body = [
        p(&r("# không phải tiêu đề | có gạch đứng * và _")),
        p(&r("1. không phải danh sách")),
        p(&r("- không phải gạch đầu dòng")),
        p(&r("2.071 lượt")),
    ]
    .concat();
    let got = text(&body, None, None);
    assert_eq!(
        got,
        "\\# không phải tiêu đề \\| có gạch đứng \\* và \\_\n\n1\\. không phải danh sách\n\n\\- không phải gạch đầu dòng\n\n2.071 lượt\n"
    );
    let blocks = crate::read::markdown::blocks(&got, 0);
    assert!(
        blocks
            .iter()
            .all(|b| b.kind == crate::read::markdown::BlockKind::Paragraph),
        "{blocks:?}"
    );
    assert_eq!(blocks[0].text, "# không phải tiêu đề | có gạch đứng * và _");
}

#[test]
fn runs_fields_changes_and_special_characters() {
    let bold = |t: &str| format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#);
    let body = [
        // Bold stretch with its spaces outside the markers; a field's result, not its code.
        p(&[
            r("Đã ban hành "),
            bold("48 văn bản "),
            r("(trang "),
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#.into(),
            r("3"),
            r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#.into(),
            r(")"),
        ]
        .concat()),
        // Tracked changes as accepted; hidden text and comments left out; NBSP and soft hyphen.
        p(&[
            r("Số\u{a0}liệu "),
            format!("<w:ins>{}</w:ins>", r("đã ")),
            "<w:del><w:r><w:delText>chưa </w:delText></w:r></w:del>".to_owned(),
            r("đối chiếu\u{ad}"),
            r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:commentRangeStart w:id="1"/>"#.into(),
        ]
        .concat()),
        // A paragraph all in bold stays one bold line.
        p(&bold("II. KẾT QUẢ")),
        // A line break is a hard break inside the paragraph.
        p(&format!("{}<w:r><w:br/></w:r>{}", r("dòng một"), r("dòng hai"))),
    ]
    .concat();
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "Đã ban hành **48 văn bản** (trang 3)\n\nSố liệu đã đối chiếu\n\n**II. KẾT QUẢ**\n\ndòng một\\\ndòng hai\n"
    );
    assert_eq!(converted.notes.len(), 1, "tracked changes said: {:?}", converted.notes);
    // Both lines of the broken paragraph are paragraph 4.
    assert_eq!(
        converted.lines[6].as_ref().map(|o| &o.place),
        Some(&Place::Paragraph(4))
    );
    assert_eq!(
        converted.lines[7].as_ref().map(|o| &o.place),
        Some(&Place::Paragraph(4))
    );
}

fn cell(inner: &str, props: &str) -> String {
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", p(&r(inner)))
}

#[test]
fn a_borderless_two_column_table_is_plain_lines_column_by_column() {
    let left = format!(
        "<w:tc>{}{}{}</w:tc>",
        p(&r("ĐẢNG BỘ TỈNH NGHỆ AN")),
        p(&r("ĐẢNG ỦY XÃ QUỲNH LƯU")),
        p(&r("Số 52-BC/ĐU"))
    );
    let right = format!(
        "<w:tc>{}{}</w:tc>",
        p(&r("ĐẢNG CỘNG SẢN VIỆT NAM")),
        p(&r("Quỳnh Lưu, ngày 17 tháng 4 năm 2026"))
    );
    let body = format!("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>{left}{right}</w:tr></w:tbl>");
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "ĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY XÃ QUỲNH LƯU\n\nSố 52-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQuỳnh Lưu, ngày 17 tháng 4 năm 2026\n"
    );
    assert_eq!(
        converted.lines[6].as_ref().map(|o| o.place.clone()),
        Some(Place::Cell {
            table: 1,
            row: 1,
            column: 2
        })
    );
}

/// Sub-headings typed with Shift+Enter inside one paragraph (`1. Những kết quả nổi bật`
/// in bold, a break, its text, a break, `2. Hạn chế` …): each numbered line set in bold
/// or italics is a block of its own, its text another; a bold word inside a line, or a
/// plain numbered line, stays a line of the paragraph.
#[test]
fn a_numbered_emphasised_line_after_a_break_is_a_block_of_its_own() {
    let bold = |t: &str| format!(r#"<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#);
    let br = "<w:r><w:br/></w:r>";
    let body = p(&[
        bold("1. Những kết quả nổi bật"),
        br.into(),
        r("Tiếp 2.318 lượt công dân."),
        br.into(),
        format!("{}{}", r("Đã giải quyết "), bold("97,5%")),
        br.into(),
        r("2. đơn thư được chuyển đúng nơi."),
        br.into(),
        bold("2. Hạn chế"),
        br.into(),
        r("Còn đơn thư kéo dài."),
    ]
    .concat());
    assert_eq!(
        text(&body, None, None),
        "***1. Những kết quả nổi bật***\n\nTiếp 2.318 lượt công dân.\\\nĐã giải quyết ***97,5%***\\\n2\\. đơn thư được chuyển đúng nơi.\n\n***2. Hạn chế***\n\nCòn đơn thư kéo dài.\n"
    );
}

/// Headings marked by All Caps, Small Caps or an underline rather than bold: shown as the
/// reader sees them, in capitals, and underlined as bold (Markdown has no underline).
#[test]
fn all_caps_shows_in_capitals_and_an_underline_as_bold() {
    let run = |props: &str, t: &str| format!(r#"<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#);
    let body = [
        p(&run("<w:caps/>", "i. công tác lãnh đạo, chỉ đạo")),
        p(&run("<w:smallCaps/>", "kết quả thực hiện")),
        p(&run(r#"<w:u w:val="single"/>"#, "1. Những kết quả nổi bật")),
        p(&format!(
            "{}{}",
            r("Văn bản "),
            run(r#"<w:u w:val="none"/>"#, "không gạch")
        )),
    ]
    .concat();
    assert_eq!(
        text(&body, None, None),
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n\nKẾT QUẢ THỰC HIỆN\n\n**1\\. Những kết quả nổi bật**\n\nVăn bản không gạch\n"
    );
    // From a paragraph style too.
    let styles =
        r#"<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:rPr><w:caps/></w:rPr></w:style>"#;
    let body = r#"<w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr><w:r><w:t>ii. kết quả</w:t></w:r></w:p>"#;
    assert_eq!(text(body, Some(styles), None), "II. KẾT QUẢ\n");
}

/// A raised note mark after a figure is a mark, never more digits of the figure: `1.312`
/// and a raised `1` read `1.312¹`, not `1.3121`; lowered digits are subscripts; from a
/// character style too.
#[test]
fn raised_and_lowered_runs_read_as_superscripts_and_subscripts() {
    let run = |props: &str, t: &str| format!(r#"<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#);
    let up = r#"<w:vertAlign w:val="superscript"/>"#;
    let body = [
        p(&format!("{}{}", r("1.312"), run(up, "1"))),
        p(&format!("{}{}", r("598"), run(up, "(2)"))),
        p(&format!(
            "{}{}{}",
            r("CO"),
            run(r#"<w:vertAlign w:val="subscript"/>"#, "2"),
            r(" và m")
        )),
        p(&format!(
            "{}{}",
            r("20"),
            run(r#"<w:vertAlign w:val="baseline"/>"#, "1")
        )),
        p(&format!("{}{}", r("13"), run(r#"<w:rStyle w:val="Mark"/>"#, "3"))),
    ]
    .concat();
    let styles =
        format!(r#"<w:style w:type="character" w:styleId="Mark"><w:name w:val="Mark"/><w:rPr>{up}</w:rPr></w:style>"#);
    assert_eq!(
        text(&body, Some(&styles), None),
        "1.312¹\n\n598⁽²⁾\n\nCO₂ và m\n\n201\n\n13³\n"
    );
}

/// A note cited in a table's value cell: the cell keeps its figure and the note's mark,
/// the note follows the table as a paragraph of the unit's (in a layout table it stays a
/// line of its cell).
#[test]
fn a_note_cited_in_a_table_cell_follows_the_table() {
    use std::io::Write as _;
    let noted = format!(
        r#"<w:tc><w:p>{}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p></w:tc>"#,
        r("1.126")
    );
    let body = format!(
        "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/></w:tblBorders></w:tblPr><w:tr>{}{}{}</w:tr><w:tr>{}{}{noted}</w:tr></w:tbl>{}",
        cell("STT", ""),
        cell("Chỉ tiêu", ""),
        cell("Số liệu", ""),
        cell("5", ""),
        cell("Số lượt tiếp công dân", ""),
        p(&r("Trên đây là báo cáo."))
    );
    let mut bytes = package(&body, None, None);
    // The package again, with the notes part.
    let mut zip = zip::ZipWriter::new_append(Cursor::new(&mut bytes)).expect("zip");
    zip.start_file("word/footnotes.xml", zip::write::SimpleFileOptions::default())
        .expect("start");
    zip.write_all(
        format!(
            r#"<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p>{}</w:p></w:footnote></w:footnotes>"#,
            r(" Gồm tiếp định kỳ của Giám đốc Sở.")
        )
        .as_bytes(),
    )
    .expect("write");
    zip.finish().expect("finished");
    let converted = read(&bytes);
    assert_eq!(
        converted.text,
        "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 5 | Số lượt tiếp công dân | 1.126[^1] |\n\n(1) Gồm tiếp định kỳ của Giám đốc Sở.\n\nTrên đây là báo cáo.\n"
    );
    assert_eq!(crate::read::table::clean("1.126[^1]"), "1.126");
}

/// A content control left unfilled shows the template's prompt: nothing is written there,
/// in a paragraph, around one or in a cell; a filled one is its text.
#[test]
fn an_unfilled_content_control_is_empty() {
    let prompt = r("Bấm hoặc gõ nhẹ vào đây để nhập văn bản.");
    let unfilled = |content: &str| {
        format!("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>")
    };
    let filled = format!("<w:sdt><w:sdtPr/><w:sdtContent>{}</w:sdtContent></w:sdt>", r("27"));
    let row = |value: &str| {
        format!(
            "<w:tr>{}{}<w:tc><w:p>{value}</w:p></w:tc></w:tr>",
            cell("1", ""),
            cell("Số mô hình", "")
        )
    };
    let block_in_cell = format!(
        "<w:tr>{}{}<w:tc>{}</w:tc></w:tr>",
        cell("2", ""),
        cell("Số hội nghị", ""),
        unfilled(&p(&prompt))
    );
    let body = format!(
        "{}{}<w:tbl>{}{}{}{block_in_cell}</w:tbl>",
        p(&format!("{}{}", r("Số liệu: "), unfilled(&prompt))),
        unfilled(&p(&prompt)),
        row("Số liệu"),
        row(&unfilled(&prompt)),
        row(&filled),
    );
    let text = text(&body, None, None);
    assert!(!text.contains("Bấm hoặc"), "{text}");
    assert!(text.contains("| 1 | Số mô hình | 27 |"), "{text}");
}

/// An empty spacer column between the two (a template's, a PDF conversion's) is no
/// column of the layout; an appendix whose last column is empty stays a table.
#[test]
fn a_borderless_table_of_two_columns_of_text_apart_is_plain_lines_too() {
    let left = format!("<w:tc>{}{}</w:tc>", p(&r("TỈNH ỦY NGHỆ AN")), p(&r("Số 561-BC/BTCTU")));
    let right = format!(
        "<w:tc>{}{}</w:tc>",
        p(&r("ĐẢNG CỘNG SẢN VIỆT NAM")),
        p(&r("Nghệ An, ngày 09 tháng 4 năm 2026"))
    );
    let spacer = format!("<w:tc>{}</w:tc>", p(""));
    let body = format!("<w:tbl><w:tr>{left}{spacer}{right}</w:tr></w:tbl>");
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "TỈNH ỦY NGHỆ AN\n\nSố 561-BC/BTCTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNghệ An, ngày 09 tháng 4 năm 2026\n"
    );
    let row = |stt: &str, label: &str| format!("<w:tr>{}{}{}</w:tr>", cell(stt, ""), cell(label, ""), cell("", ""));
    let unfilled = format!(
        "<w:tbl>{}{}</w:tbl>",
        row("STT", "Chỉ tiêu"),
        row("1", "Số văn bản lãnh đạo, chỉ đạo")
    );
    let converted = read(&package(&unfilled, None, None));
    assert!(converted.text.starts_with("| STT | Chỉ tiêu |"), "{}", converted.text);
}

/// A joint report's header of three borderless cells (each body's lines, then the motto
/// and the date): lines column by column, as two columns are; a borderless table of one
/// name or figure a cell stays a table.
#[test]
fn a_borderless_header_of_three_cells_of_stacked_lines_is_plain_lines() {
    let stack = |lines: &[&str]| format!("<w:tc>{}</w:tc>", lines.iter().map(|l| p(&r(l))).collect::<String>());
    let body = format!(
        "<w:tbl><w:tr>{}{}{}</w:tr></w:tbl>",
        stack(&["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH NGHỆ AN", "Số: 15/BCLT-TĐ-HND"]),
        stack(&["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH NGHỆ AN"]),
        stack(&[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Nghệ An, ngày 14 tháng 4 năm 2026"
        ]),
    );
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "BCH ĐOÀN TNCS HỒ CHÍ MINH\n\nTỈNH NGHỆ AN\n\nSố: 15/BCLT-TĐ-HND\n\nHỘI NÔNG DÂN VIỆT NAM\n\n\
         BCH HỘI NÔNG DÂN TỈNH NGHỆ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNghệ An, ngày 14 tháng 4 năm 2026\n"
    );
    let row = |a: &str, b: &str, c: &str| format!("<w:tr>{}{}{}</w:tr>", cell(a, ""), cell(b, ""), cell(c, ""));
    let figures = format!(
        "<w:tbl>{}{}</w:tbl>",
        row("STT", "Chỉ tiêu", "Số liệu"),
        row("1", "Số văn bản lãnh đạo, chỉ đạo", "19")
    );
    let converted = read(&package(&figures, None, None));
    assert!(
        converted.text.starts_with("| STT | Chỉ tiêu | Số liệu |"),
        "{}",
        converted.text
    );
    // Two rows of stacked cells (two models, each its name, who ran it, its results): data.
    let models = format!(
        "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>",
        stack(&["Mô hình Dân vận khéo A", "Xóm 1"]),
        stack(&["Hội Nông dân", "Chi hội xóm 1"]),
        stack(&["Tăng thu nhập", "120 hộ"]),
        stack(&["Mô hình Dân vận khéo B", "Xóm 2"]),
        stack(&["Đoàn Thanh niên", "Chi đoàn xóm 2"]),
        stack(&["Đường hoa", "3 km"]),
    );
    let converted = read(&package(&models, None, None));
    assert!(converted.text.starts_with('|'), "{}", converted.text);
}

/// Word opening a PDF, or a scan's text, makes a paragraph of every printed line: a line
/// opening in small letters after one ending mid-sentence goes on from it, one paragraph
/// in the Markdown; a line after a full stop, or opening in capitals, is a paragraph.
#[test]
fn a_printed_line_opening_in_small_letters_goes_on_from_the_line_before() {
    let body = [
        "Ban Thường vụ Đảng ủy ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội",
        "nghị quán triệt, sơ kết Kết luận.",
        "Tỷ lệ hồ sơ trực tuyến đạt 86,1%",
        "Nhân dân đồng tình",
    ]
    .iter()
    .map(|line| p(&r(line)))
    .collect::<String>();
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "Ban Thường vụ Đảng ủy ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội\nnghị quán triệt, sơ kết Kết luận.\n\n\
         Tỷ lệ hồ sơ trực tuyến đạt 86,1%\n\nNhân dân đồng tình\n"
    );
    // Each line keeps the place it was read from.
    assert_eq!(
        converted.lines[1].as_ref().map(|o| &o.place),
        Some(&Place::Paragraph(2))
    );
}

#[test]
fn a_line_break_in_a_layout_cell_and_a_boxed_body_are_lines() {
    // Shift+Enter between the header's lines: one paragraph, several lines.
    let broken = format!(
        "<w:tc><w:p>{}<w:r><w:br/></w:r>{}<w:r><w:br/></w:r>{}</w:p></w:tc>",
        r("ĐẢNG BỘ TỈNH NGHỆ AN"),
        r("ĐẢNG ỦY XÃ QUỲNH LƯU"),
        r("Số 52-BC/ĐU")
    );
    let right = format!("<w:tc>{}</w:tc>", p(&r("ĐẢNG CỘNG SẢN VIỆT NAM")));
    let body = format!("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>{broken}{right}</w:tr></w:tbl>");
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "ĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY XÃ QUỲNH LƯU\n\nSố 52-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    );
    // The whole body in one bordered cell (a boxed page): its paragraphs, not a cell.
    let borders = "<w:tblPr><w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/><w:right w:val=\"single\"/></w:tblBorders></w:tblPr>";
    let boxed = format!(
        "<w:tbl>{borders}<w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>{}{}<w:p>{}<w:r><w:br/></w:r>{}</w:p></w:tc></w:tr></w:tbl>",
        p(&r("I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")),
        p(&r("Đảng ủy đã ban hành 12 văn bản.")),
        r("Phát huy vai trò"),
        r("của người đứng đầu.")
    );
    let converted = read(&package(&boxed, None, None));
    // A paragraph's Shift+Enter in the frame stays a line break inside it.
    assert_eq!(
        converted.text,
        "I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n\nĐảng ủy đã ban hành 12 văn bản.\n\nPhát huy vai trò\\\ncủa người đứng đầu.\n"
    );
}

#[test]
fn merged_header_cells_repeat_and_stacked_header_rows_join() {
    let borders = r#"<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>"#;
    let row1 = [
        cell("STT", r#"<w:vMerge w:val="restart"/>"#),
        cell("Nội dung", r#"<w:vMerge w:val="restart"/>"#),
        cell("Số liệu", r#"<w:gridSpan w:val="2"/>"#),
    ]
    .concat();
    let row2 = [
        cell("", "<w:vMerge/>"),
        cell("", "<w:vMerge/>"),
        cell("2015 - 2020", ""),
        cell("2021 - 2025", ""),
    ]
    .concat();
    let row3 = [
        cell("1", ""),
        cell("Số lượt tiếp công dân", ""),
        cell("2.783", ""),
        cell("3.104", ""),
    ]
    .concat();
    let body = format!("<w:tbl>{borders}<w:tr>{row1}</w:tr><w:tr>{row2}</w:tr><w:tr>{row3}</w:tr></w:tbl>");
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "| STT | Nội dung | Số liệu 2015 - 2020 | Số liệu 2021 - 2025 |\n|---|---|---|---|\n| 1 | Số lượt tiếp công dân | 2.783 | 3.104 |\n"
    );
    // A finding at the fourth cell of the data row names that cell and quotes it.
    let column = converted
        .text
        .lines()
        .nth(2)
        .unwrap_or_default()
        .find("3.104")
        .unwrap_or(0)
        + 1;
    let locator = converted.locator(3, column).expect("located");
    assert_eq!(
        locator.place,
        Place::Cell {
            table: 1,
            row: 3,
            column: 4
        }
    );
    assert_eq!(locator.quote, "3.104");
}

/// A row that leaves the first grid column out (`w:gridBefore`: the group column of the
/// rows above left blank) keeps each cell under its header: the rate under `Số liệu`,
/// not under `ĐVT`; a row ending early (`w:gridAfter`) is one cell short, no more.
#[test]
fn a_row_starting_past_the_first_grid_column_keeps_its_cells_under_their_headers() {
    let borders = r#"<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>"#;
    let row = |cells: &[&str], props: &str| {
        let cells: String = cells.iter().map(|c| cell(c, "")).collect();
        format!("<w:tr>{props}{cells}</w:tr>")
    };
    let body = format!(
        "<w:tbl>{borders}{}{}{}{}</w:tbl>",
        row(&["Nhóm", "STT", "Nội dung", "ĐVT", "Số liệu"], ""),
        row(&["A", "8", "Số mô hình “Dân vận khéo”", "Mô hình", "6"], ""),
        row(
            &["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "91,4"],
            r#"<w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="1500" w:type="dxa"/></w:trPr>"#
        ),
        row(
            &["B", "10", "Số lượt tiếp công dân", "Lượt"],
            r#"<w:trPr><w:gridAfter w:val="1"/></w:trPr>"#
        ),
    );
    let converted = read(&package(&body, None, None));
    let lines: Vec<&str> = converted.text.lines().collect();
    assert_eq!(lines[3], "|  | 9 | Tỷ lệ hồ sơ TTHC giải quyết trực tuyến | % | 91,4 |");
    assert_eq!(lines[4], "| B | 10 | Số lượt tiếp công dân | Lượt |  |");
}

#[test]
fn broken_packages_are_one_located_error() {
    for bytes in [&b"not a zip"[..], &package("<w:p>", None, None)] {
        let converted = read(bytes);
        assert!(converted.text.is_empty());
        assert_eq!(converted.notes.len(), 1);
        assert_eq!(converted.notes[0].finding.code().id(), "word-invalid");
    }
}

/// Found by the Word twins of the generated campaign (`tests/check/word_corpus.rs`): a
/// table cell's `-` (not applicable) is `-` as in a Markdown table, not the value `\-`;
/// a zero-width space separates words as in a Markdown report, not joins them.
#[test]
fn a_cell_dash_stays_a_dash_and_a_zero_width_space_separates_words() {
    let borders = r#"<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>"#;
    let header = [cell("STT", ""), cell("Chỉ tiêu", ""), cell("Số liệu", "")].concat();
    let row = [cell("1.", ""), cell("Số lượt tiếp công dân", ""), cell("-", "")].concat();
    let body = format!(
        "{}<w:tbl>{borders}<w:tr>{header}</w:tr><w:tr>{row}</w:tr></w:tbl>{}",
        p(&r("II. Kết quả\u{200b}thực hiện")),
        p(&r("- typed by hand"))
    );
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "II. Kết quả thực hiện\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1. | Số lượt tiếp công dân | - |\n\n\\- typed by hand\n"
    );
}

#[test]
fn a_text_box_is_read_once_in_place_and_a_picture_is_counted() {
    let (mc, v, wps) = (
        "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "urn:schemas-microsoft-com:vml",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    );
    let content = |t: &str| format!("<w:txbxContent>{}</w:txbxContent>", p(&r(t)));
    // Word's DrawingML box and its VML fallback copy; a box inside the box; a picture.
    let boxed = format!(
        r#"<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="{wps}"><wps:txbx><w:txbxContent>{}<w:p><w:r><w:pict><v:shape xmlns:v="{v}"><v:textbox>{}</v:textbox></v:shape></w:pict></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="{v}"><v:textbox>{}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#,
        p(&r("T/M BAN THƯỜNG VỤ")),
        content("Nguyễn Văn Bình"),
        content("T/M BAN THƯỜNG VỤ")
    );
    let picture = r#"<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></w:drawing></w:r>"#;
    let body = format!(
        "{}{}{}",
        p(&r("Trước")),
        p(&format!("{}{boxed}{picture}", r("Nơi nhận:"))),
        p(&r("Sau"))
    );
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "Trước\n\nT/M BAN THƯỜNG VỤ\n\nNguyễn Văn Bình\n\nNơi nhận:\n\nSau\n"
    );
    let places: Vec<_> = converted.lines.iter().flatten().map(|o| o.place.clone()).collect();
    assert_eq!(
        places,
        [
            Place::Paragraph(1),
            Place::TextBox { paragraph: 2 },
            Place::TextBox { paragraph: 2 },
            Place::Paragraph(2),
            Place::Paragraph(3)
        ]
    );
    assert_eq!(
        converted.notes.iter().map(|d| d.finding.clone()).collect::<Vec<_>>(),
        [Finding::Conversion {
            note: ConversionNote::ImagesDropped { count: 1 }
        }]
    );
}

#[test]
fn a_text_box_in_a_table_cell_comes_before_the_table() {
    // A stamp anchored in the header table's cell: its paragraph is read, before the
    // table's lines, and the cell keeps its own.
    let stamp = format!(
        r#"<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"#,
        p(&r("DỰ THẢO"))
    );
    let body = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc>{}</w:tr></w:tbl>",
        p(&format!("{}{stamp}", r("ĐẢNG BỘ TỈNH NGHỆ AN"))),
        cell("ĐẢNG CỘNG SẢN VIỆT NAM", "")
    );
    let text = text(&body, None, None);
    let stamp_at = text.find("DỰ THẢO").expect("the stamp is read");
    assert!(
        stamp_at < text.find("ĐẢNG BỘ TỈNH NGHỆ AN").expect("the cell"),
        "{text}"
    );
    assert_eq!(text.matches("DỰ THẢO").count(), 1, "{text}");
}

#[test]
fn a_tab_between_runs_stays_a_tab_as_within_a_run() {
    let tab = "<w:r><w:tab/></w:r>";
    let bold = |text: &str| format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r>"#);
    let body = [
        // The recipients on the left, the signature in bold tabbed to the right.
        p(&format!("{}{tab}{tab}{}", r("Nơi nhận:"), bold("KT. GIÁM ĐỐC"))),
        p(&format!(
            "{}<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r>{}",
            r("- Như trên;"),
            bold("PHÓ GIÁM ĐỐC")
        )),
        // Within one run's style, as before.
        p(&format!("{}{tab}{}", r("a)"), r("Nội dung"))),
        // Spaces between runs stay one space.
        p(&format!("{}{}", r("Công tác "), bold(" dân vận"))),
    ]
    .concat();
    let text = text(&body, None, None);
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines,
        [
            "Nơi nhận:\t**KT. GIÁM ĐỐC**",
            "\\- Như trên;\t**PHÓ GIÁM ĐỐC**",
            "a)\tNội dung",
            "Công tác **dân vận**"
        ]
    );
}

/// A package whose first section is `section` (a `w:sectPr`'s children), with a `default`
/// header saying the page number and a `first` one holding a letterhead.
fn with_page_headers(section: &str, break_before: bool) -> Converted {
    with_page_header_parts(section, break_before, "header1.xml", None)
}

/// [`with_page_headers`], the `default` header's target written as `default_target` and
/// the `first` one's part replaced by `first` when given.
fn with_page_header_parts(section: &str, break_before: bool, default_target: &str, first: Option<&str>) -> Converted {
    use std::io::Write as _;
    const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut part = |name: &str, text: String| {
        zip.start_file(name, options).expect("start");
        zip.write_all(text.as_bytes()).expect("write");
    };
    let sect = format!("<w:sectPr>{section}</w:sectPr>");
    // A section break ends the first section at a paragraph; the body's own properties
    // (here with no header) close the last.
    let body = if break_before {
        format!(
            "{}{}<w:sectPr/>",
            p(&format!("<w:pPr>{sect}</w:pPr>{}", r("BÁO CÁO"))),
            p(&r("Nội dung."))
        )
    } else {
        format!("{}{}{sect}", p(&r("BÁO CÁO")), p(&r("Nội dung.")))
    };
    part(
        "word/document.xml",
        format!(r#"<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>"#),
    );
    part(
        "word/_rels/document.xml.rels",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="{default_target}"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="/word/header2.xml"/></Relationships>"#.replace("{default_target}", default_target),
    );
    part(
        "word/header1.xml",
        format!(r#"<w:hdr xmlns:w="{W}">{}</w:hdr>"#, p(&r("Trang 2"))),
    );
    part(
        "word/header2.xml",
        first.map_or_else(
            || {
                format!(
                    r#"<w:hdr xmlns:w="{W}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">{}{}{}</w:hdr>"#,
                    // A letterhead's emblem: a picture of the page's, not the body's.
                    p(&format!("<w:r><w:drawing><a:blip/></w:drawing></w:r>{}", r("ĐẢNG ỦY PHƯỜNG VINH PHÚ"))),
                    p(&r("*")),
                    p(&r("Số 58-BC/ĐU"))
                )
            },
            str::to_owned,
        ),
    );
    read(&zip.finish().expect("finished").into_inner())
}

#[test]
fn the_first_pages_header_is_kept_apart_as_its_letterhead() {
    let refs = r#"<w:headerReference w:type="default" r:id="rId7"/><w:headerReference w:type="first" r:id="rId8"/>"#;
    let letterhead = |section: &str, break_before: bool| {
        let converted = with_page_headers(section, break_before);
        // Never the text's: the body reads as it did, and the header's picture is no
        // picture of the body's (no note).
        assert_eq!(converted.text.trim_end(), "BÁO CÁO\n\nNội dung.", "{section}");
        assert!(converted.notes.is_empty(), "{:?}", converted.notes);
        converted.letterhead.unwrap_or_default()
    };
    let first = "ĐẢNG ỦY PHƯỜNG VINH PHÚ\n\n\\*\n\nSố 58-BC/ĐU";
    // Different First Page: the `first` header, however the body's sections run.
    assert_eq!(letterhead(&format!("{refs}<w:titlePg/>"), false).trim(), first);
    assert_eq!(letterhead(&format!("{refs}<w:titlePg/>"), true).trim(), first);
    // Otherwise (or turned off) every page's, the `default` one.
    assert_eq!(letterhead(refs, false).trim(), "Trang 2");
    assert_eq!(
        letterhead(&format!(r#"{refs}<w:titlePg w:val="0"/>"#), false).trim(),
        "Trang 2"
    );
    // No header for the first page: none.
    assert_eq!(letterhead("<w:titlePg/>", false), "");
    // A target written relative to the part's folder.
    for target in ["./header1.xml", "../word/header1.xml"] {
        let converted = with_page_header_parts(refs, false, target, None);
        assert_eq!(
            converted.letterhead.as_deref().map(str::trim),
            Some("Trang 2"),
            "{target}"
        );
    }
    // A page header that cannot be read is no letterhead, and the body reads as before.
    let broken = with_page_header_parts(
        &format!("{refs}<w:titlePg/>"),
        false,
        "header1.xml",
        Some("<w:hdr><w:p>"),
    );
    assert_eq!(broken.text.trim_end(), "BÁO CÁO\n\nNội dung.");
    assert!(
        broken.notes.is_empty() && broken.letterhead.is_none(),
        "{:?}",
        broken.notes
    );
}

/// An account set out as a table, as commune and Front reports copy it from the plan's
/// form: each row's title (its number in a cell of its own, or a row across the table)
/// a bold line, its paragraphs after it; the column titles are not text. A table whose
/// last column is figures stays a table.
#[test]
fn a_table_of_text_is_its_rows_titles_and_paragraphs() {
    let borders = r#"<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>"#;
    let prose = "Ban Thường vụ Đảng ủy ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt đến toàn thể cán bộ, đảng viên.";
    let paragraphs = |texts: &[&str]| format!("<w:tc>{}</w:tc>", texts.iter().map(|t| p(&r(t))).collect::<String>());
    let rows = [
        [cell("TT", ""), cell("Nội dung", ""), cell("Kết quả thực hiện", "")].concat(),
        [
            cell("I", ""),
            cell("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", ""),
            paragraphs(&[prose, "Hằng năm sơ kết."]),
        ]
        .concat(),
        cell("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", r#"<w:gridSpan w:val="3"/>"#),
        [cell("1", ""), cell("Những kết quả nổi bật", ""), paragraphs(&[prose])].concat(),
        [cell("2", ""), cell("Tồn tại, hạn chế", ""), cell("", "")].concat(),
    ];
    let body = format!(
        "<w:tbl>{borders}{}</w:tbl>",
        rows.iter().map(|r| format!("<w:tr>{r}</w:tr>")).collect::<String>()
    );
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        format!(
            "**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**\n\n{prose}\n\nHằng năm sơ kết.\n\n**II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN**\n\n\
             **1. Những kết quả nổi bật**\n\n{prose}\n\n**2. Tồn tại, hạn chế**\n"
        )
    );
    // Each line is located at its cell.
    let located = |needle: &str| {
        let line = converted
            .text
            .lines()
            .position(|l| l.contains(needle))
            .expect("written");
        converted.lines[line].as_ref().map(|o| o.place.clone())
    };
    assert_eq!(
        located("Hằng năm"),
        Some(Place::Cell {
            table: 1,
            row: 2,
            column: 3
        })
    );
    assert_eq!(
        located("Tồn tại"),
        Some(Place::Cell {
            table: 1,
            row: 5,
            column: 1
        })
    );

    // Figures in the last column: the appendix's table, whatever its notes say.
    let rows = [
        [
            cell("STT", ""),
            cell("Nội dung", ""),
            cell("Số liệu", ""),
            cell("Ghi chú", ""),
        ]
        .concat(),
        [
            cell("1", ""),
            cell("Văn bản lãnh đạo, chỉ đạo được ban hành", ""),
            cell("29", ""),
            cell(prose, ""),
        ]
        .concat(),
        [
            cell("2", ""),
            cell("Hội nghị quán triệt", ""),
            cell("18", ""),
            cell(prose, ""),
        ]
        .concat(),
    ];
    let body = format!(
        "<w:tbl>{borders}{}</w:tbl>",
        rows.iter().map(|r| format!("<w:tr>{r}</w:tr>")).collect::<String>()
    );
    let converted = read(&package(&body, None, None));
    assert!(
        converted
            .text
            .starts_with("| STT | Nội dung | Số liệu | Ghi chú |\n|---|"),
        "{}",
        converted.text
    );
}

/// Two appendix tables side by side on a landscape page, each in a cell of a borderless
/// layout table: each is a table, left then right, their captions lines before them.
#[test]
fn tables_side_by_side_in_a_layout_table_are_tables_each() {
    let borders = r#"<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>"#;
    let inner = |rows: &[(&str, &str)]| {
        format!(
            "<w:tbl>{borders}{}</w:tbl>",
            rows.iter()
                .map(|(a, b)| format!("<w:tr>{}{}</w:tr>", cell(a, ""), cell(b, "")))
                .collect::<String>()
        )
    };
    let left = format!(
        "<w:tc>{}{}{}</w:tc>",
        p(&r("Biểu 1")),
        inner(&[("Chỉ tiêu", "Số liệu"), ("Văn bản", "33")]),
        p("")
    );
    let right = format!(
        "<w:tc>{}{}{}</w:tc>",
        p(&r("Biểu 2")),
        inner(&[("Chỉ tiêu", "Số liệu"), ("Lượt tiếp dân", "372")]),
        p("")
    );
    let body = format!("<w:tbl><w:tr>{left}{right}</w:tr></w:tbl>");
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "Biểu 1\n\n| Chỉ tiêu | Số liệu |\n|---|---|\n| Văn bản | 33 |\n\nBiểu 2\n\n| Chỉ tiêu | Số liệu |\n|---|---|\n| Lượt tiếp dân | 372 |\n"
    );
}

/// Changes tracked on paragraph marks, as accepted: a paragraph whose mark was deleted
/// runs on into the next; one deleted whole, text and mark, is gone and joins nothing.
#[test]
fn a_deleted_paragraph_mark_joins_two_paragraphs() {
    let deleted_mark =
        |inner: &str| format!(r#"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>{inner}</w:p>"#);
    let body = [
        deleted_mark(&r("Ranh giới đất rừng chưa rõ; ")),
        p(&r("cán bộ thôn lớn tuổi.")),
        deleted_mark(r#"<w:del w:id="2" w:author="A"><w:r><w:delText>Bỏ cả đoạn.</w:delText></w:r></w:del>"#),
        p(&r("2. Tồn tại, hạn chế")),
        // The last paragraph's mark cannot join it to a table: it stays a paragraph.
        deleted_mark(&r("Đoạn cuối.")),
    ]
    .concat();
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        "Ranh giới đất rừng chưa rõ; cán bộ thôn lớn tuổi.\n\n2\\. Tồn tại, hạn chế\n\nĐoạn cuối.\n"
    );
}

/// A heading set apart only by italics, or only by a size larger than the body's (the
/// size most of the text is set in, whatever the styles' defaults), is a bold line, as a
/// heading set in bold is; an italic sentence, an aside in brackets, or a line of the
/// body's size is text as it was.
#[test]
fn a_line_set_apart_by_italics_or_size_is_a_bold_line() {
    let run = |props: &str, t: &str| format!(r#"<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#);
    let body_text =
        "Đảng ủy đã ban hành 20 văn bản lãnh đạo, chỉ đạo về công tác dân vận, tổ chức quán triệt đến cán bộ.";
    let body = [
        p(&run(r#"<w:i/><w:sz w:val="26"/>"#, "Công tác lãnh đạo, chỉ đạo")),
        p(&run(r#"<w:sz w:val="26"/>"#, body_text)),
        p(&run(r#"<w:sz w:val="30"/>"#, "Kết quả triển khai thực hiện")),
        p(&run(r#"<w:sz w:val="26"/>"#, body_text)),
        p(&run(
            r#"<w:i/><w:sz w:val="26"/>"#,
            "Câu này in nghiêng là một câu văn trọn vẹn.",
        )),
        p(&run(r#"<w:i/><w:sz w:val="26"/>"#, "(Có biểu số liệu kèm theo)")),
        p(&run(
            r#"<w:i/><w:sz w:val="26"/>"#,
            "“Dân biết, dân bàn, dân làm, dân kiểm tra”",
        )),
        p(&run(r#"<w:i/><w:sz w:val="26"/>"#, "Nghệ An, ngày 10 tháng 4 năm 2026")),
        p(&run(r#"<w:i/><w:sz w:val="26"/>"#, "Nguồn: Văn phòng Đảng ủy")),
        p(&run(r#"<w:sz w:val="26"/>"#, "Đánh giá tác động")),
    ]
    .concat();
    let converted = read(&package(&body, None, None));
    assert_eq!(
        converted.text,
        format!(
            "***Công tác lãnh đạo, chỉ đạo***\n\n{body_text}\n\n**Kết quả triển khai thực hiện**\n\n{body_text}\n\n\
             *Câu này in nghiêng là một câu văn trọn vẹn.*\n\n*(Có biểu số liệu kèm theo)*\n\n\
             *“Dân biết, dân bàn, dân làm, dân kiểm tra”*\n\n*Nghệ An, ngày 10 tháng 4 năm 2026*\n\n*Nguồn: Văn phòng Đảng ủy*\n\n\
             Đánh giá tác động\n"
        )
    );
}

/// What the account and layout rules must leave alone: a data table with a table in one
/// of its cells stays a data table (its figures read); an appendix whose values are
/// partly sentences is figures still; an account's first row, numbered, is its first
/// part, not column titles.
#[test]
fn tables_of_figures_stay_tables_and_an_accounts_first_row_stays() {
    let borders = r#"<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>"#;
    let table = |rows: &[String]| {
        format!(
            "<w:tbl>{borders}{}</w:tbl>",
            rows.iter().map(|r| format!("<w:tr>{r}</w:tr>")).collect::<String>()
        )
    };
    let nested = table(&[
        [cell("Trực tiếp", ""), cell("300", "")].concat(),
        [cell("Trực tuyến", ""), cell("72", "")].concat(),
    ]);
    let outer = table(&[
        [cell("STT", ""), cell("Nội dung", ""), cell("Số liệu", "")].concat(),
        [cell("1", ""), cell("Văn bản", ""), cell("12", "")].concat(),
        [
            cell("2", ""),
            cell("Lượt tiếp dân", ""),
            format!("<w:tc>{}{nested}</w:tc>", p(&r("372"))),
        ]
        .concat(),
    ]);
    let converted = read(&package(&outer, None, None));
    assert!(
        converted.text.starts_with(
            "| STT | Nội dung | Số liệu |\n|---|---|---|\n| 1 | Văn bản | 12 |\n| 2 | Lượt tiếp dân | 372 "
        ),
        "{}",
        converted.text
    );

    let sentence = "Đã tổ chức nhiều hội nghị đối thoại với Nhân dân ở tất cả các phường, xã trong toàn tỉnh.";
    let appendix = table(&[
        [cell("Chỉ tiêu", ""), cell("Kết quả", "")].concat(),
        [cell("Số văn bản", ""), cell("12", "")].concat(),
        [cell("Số cuộc đối thoại", ""), cell(sentence, "")].concat(),
        [cell("Số mô hình", ""), cell(sentence, "")].concat(),
        [cell("Số hội nghị", ""), cell("8", "")].concat(),
    ]);
    let converted = read(&package(&appendix, None, None));
    assert!(
        converted
            .text
            .starts_with("| Chỉ tiêu | Kết quả |\n|---|---|\n| Số văn bản | 12 |"),
        "{}",
        converted.text
    );

    let prose = "Ban Thường vụ Đảng ủy ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt đến toàn thể cán bộ, đảng viên.";
    let account = table(&[
        [cell("I. Lãnh đạo, chỉ đạo", ""), cell("Đã ban hành 12 văn bản.", "")].concat(),
        [cell("II. Kết quả", ""), cell(prose, "")].concat(),
        [cell("III. Tác động", ""), cell(prose, "")].concat(),
    ]);
    let converted = read(&package(&account, None, None));
    assert!(
        converted
            .text
            .starts_with("**I. Lãnh đạo, chỉ đạo**\n\nĐã ban hành 12 văn bản.\n\n**II. Kết quả**"),
        "{}",
        converted.text
    );
}

/// Marks deleted in a row: one paragraph, numbered as Word numbers it (the joined item is
/// `a)`); one held in the body is not taken by a text box in the next paragraph.
#[test]
fn chained_deleted_marks_join_once_and_keep_their_list_number() {
    let numbering = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#;
    let item = |deleted: bool, t: &str| {
        let mark = if deleted {
            r#"<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>"#
        } else {
            ""
        };
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>{mark}</w:pPr>{}</w:p>"#,
            r(t)
        )
    };
    let body = [
        item(true, "Một, "),
        item(true, "hai, "),
        item(false, "ba."),
        item(false, "Bốn."),
    ]
    .concat();
    assert_eq!(text(&body, None, Some(numbering)), "a) Một, hai, ba.\n\nb) Bốn.\n");
    // Joined to an item whose text was deleted (selected back from the end of the next):
    // one item still, the first number, the rest after it.
    let gone = r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:del w:id="2" w:author="A"><w:r><w:delText>Bỏ.</w:delText></w:r></w:del></w:p>"#;
    let body = [item(true, "Một."), gone.to_owned(), item(false, "Hai.")].concat();
    assert_eq!(text(&body, None, Some(numbering)), "a) Một.\n\nb) Hai.\n");

    let boxed = format!(
        r#"<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"#,
        p(&r("DỰ THẢO"))
    );
    let deleted_mark =
        |inner: &str| format!(r#"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>{inner}</w:p>"#);
    let body = [
        deleted_mark(&r("Ranh giới chưa rõ; ")),
        p(&format!("{boxed}{}", r("cán bộ kiêm nhiệm."))),
    ]
    .concat();
    assert_eq!(
        text(&body, None, None),
        "DỰ THẢO\n\nRanh giới chưa rõ; cán bộ kiêm nhiệm.\n"
    );
    // The box's own marks joined inside it; the body's paragraph waits for the body's.
    let joined_box = format!(
        r#"<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>{}{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"#,
        deleted_mark(&r("Ô chữ ")),
        p(&r("một dòng."))
    );
    let body = [
        deleted_mark(&r("Ranh giới chưa rõ; ")),
        p(&format!("{joined_box}{}", r("cán bộ kiêm nhiệm."))),
    ]
    .concat();
    assert_eq!(
        text(&body, None, None),
        "Ô chữ một dòng.\n\nRanh giới chưa rõ; cán bộ kiêm nhiệm.\n"
    );
}
