//! A unit's own apparatus: the Party (or state) header block and the title block that open
//! a report, the signature block and the "Nơi nhận:" list that close it. They say who
//! wrote the report, not what it reports, so the outline is not looked for in them and the
//! compiled provincial report never copies them. Pure: blocks in, block ranges out.

use std::ops::Range;

use crate::read::markdown::{Block, BlockKind};
use crate::text::fold::bare;

/// Longest block that can be a line of the header, title or signature block.
const LINE_MAX_CHARS: usize = 300;
/// The title block is near the top: a report's first blocks, not its body.
const HEADER_MAX_BLOCKS: usize = 16;

/// A report's own apparatus, found once.
#[derive(Debug, Default)]
pub struct Apparatus {
    /// The block ranges that are apparatus, in document order: at most one at the start
    /// (header and title block) and one at the end (signature and recipients).
    pub ranges: Vec<Range<usize>>,
    /// The subject of the title block (the lines after `BÁO CÁO`), as its first block and
    /// its text, when the report opens with a header and title block.
    pub subject: Option<(usize, String)>,
}

/// The apparatus of a report's blocks.
pub fn find(blocks: &[Block], source: &str) -> Apparatus {
    let mut ranges = Vec::new();
    let (header, typed) = header_end(blocks, source);
    let subject = typed.and_then(|typed| {
        let lines: Vec<&str> = blocks[typed + 1..header].iter().map(|b| b.text.trim()).collect();
        (!lines.is_empty()).then(|| (typed + 1, lines.join(" ")))
    });
    let mut head = header;
    if head > 0 && blocks.get(head).is_some_and(is_opening_formula) {
        head += 1;
    }
    if head > 0 {
        ranges.push(0..head);
    }
    if let Some(start) = closing_start(blocks, head) {
        ranges.push(start..closing_end(blocks, start));
    }
    Apparatus { ranges, subject }
}

/// Party and state document references in `text`: `114-KL/TW`, `05-CT/TW`, `52-KH/TU`
/// (a number, a kind, an issuer), upper-cased.
pub fn document_references(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '“' | '”' | '"'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            let Some((number, rest)) = w.split_once('-') else {
                return false;
            };
            let Some((kind, issuer)) = rest.split_once('/') else {
                return false;
            };
            !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit())
                && !kind.is_empty()
                && kind.chars().all(char::is_alphabetic)
                && !issuer.is_empty()
                && issuer.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        .map(str::to_uppercase)
        .collect()
}

/// Whether block `index` lies in one of `ranges`.
pub fn contains(ranges: &[Range<usize>], index: usize) -> bool {
    ranges.iter().any(|r| r.contains(&index))
}

/// A block's text folded for comparison: lower case, no diacritics, `đ` as `d`.
fn folded(block: &Block) -> String {
    bare(block.text.trim())
}

/// The first words of a block folded: enough to tell how it opens, without folding every
/// paragraph of a report's closing part whole.
fn folded_start(block: &Block) -> String {
    let text = block.text.trim();
    let end = text.char_indices().nth(24).map_or(text.len(), |(i, _)| i);
    bare(&text[..end])
}

fn short(block: &Block) -> bool {
    !crate::text::words::longer_than(&block.text, LINE_MAX_CHARS)
}

/// Lines of a Party or state header block (Hướng dẫn 36-HD/VPTW; Nghị định 30/2020). A
/// block of several lines with no blank line between (`ĐOÀN …` / `*` / `Số …`), or of
/// tab-separated cells (the two columns of the header pasted from Word or Notepad), is
/// judged line by line and cell by cell: every piece a header line or a body's name in
/// capitals, one at least a header line.
fn is_header_line(block: &Block, source: &str) -> bool {
    if block.kind != BlockKind::Table
        && short(block)
        && (block.lines > 1 || block.text.contains('\t'))
        && let Some(raw) = source.get(block.start..block.end)
    {
        let pieces: Vec<String> = raw
            .lines()
            .flat_map(|line| line.split('\t'))
            .map(|piece| {
                piece
                    .trim()
                    .trim_matches(|c: char| c == '*' || c == '_' || c == '#')
                    .trim()
            })
            .filter(|piece| !piece.is_empty())
            .map(|piece| piece.strip_prefix('\\').unwrap_or(piece).to_owned())
            .collect();
        if pieces.len() > 1 {
            let header = |p: &str| is_header_text(&bare(p), p);
            return pieces.iter().all(|p| header(p) || is_capitals_name(p)) && pieces.iter().any(|p| header(p));
        }
    }
    is_header_line_alone(block)
}

fn is_header_line_alone(block: &Block) -> bool {
    if block.kind == BlockKind::Table {
        // A two-column header pasted as a table: the motto or the party's name is in it.
        let text = bare(
            &block
                .rows
                .iter()
                .flat_map(|r| r.cells.iter())
                .cloned()
                .collect::<Vec<_>>()
                .join(" "),
        );
        return text.contains("dang cong san viet nam") || text.contains("cong hoa xa hoi chu nghia");
    }
    if !short(block) || block.heading_level().is_some_and(|l| l > 3) {
        return false;
    }
    is_header_text(&folded(block), block.text.trim())
}

/// One line (or cell) of a header block: `text` folded, `raw` as written.
fn is_header_text(text: &str, raw: &str) -> bool {
    const OPENINGS: [&str; 16] = [
        "dang bo ",
        "dang uy ",
        "dang cong san viet nam",
        "cong hoa xa hoi chu nghia",
        "doc lap",
        "uy ban ",
        "ubnd ",
        "chi bo ",
        "ban thuong vu",
        "ban can su",
        "dang doan",
        "tinh uy",
        "huyen uy",
        "thanh uy",
        "mat tran to quoc",
        "so ",
    ];
    if text.is_empty() || text.chars().all(|c| !c.is_alphanumeric()) {
        return true; // `*`, `-----`
    }
    if looks_like_number_line(text) {
        return true;
    }
    // A bare date above the header (`2026-04-18`: a Word document's Date paragraph, or a
    // date typed in the corner): when it was written, not what was done.
    if crate::text::date::parse_date(raw.trim_matches('*')).is_some() {
        return true;
    }
    if OPENINGS.iter().any(|o| text.starts_with(o)) && !text.ends_with('.') && !text.starts_with("so ") {
        return true;
    }
    is_date_line(text) || is_type_line(text)
}

/// `Số 52-BC/ĐU`, `Số: 125/BC-SYT`: a number line, not a sentence that starts with "số".
fn looks_like_number_line(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("so") else {
        return false;
    };
    let rest = rest.trim_start_matches(':').trim();
    (text.starts_with("so ") || text.starts_with("so:"))
        && text.len() < 60
        && rest.contains('/')
        && rest.split_whitespace().count() <= 2
}

/// `Vinh Phú, ngày 10 tháng 4 năm 2026`.
fn is_date_line(text: &str) -> bool {
    text.len() < 120 && text.contains("ngay") && text.contains("thang") && text.contains("nam ")
}

/// The document type line: `BÁO CÁO`.
fn is_type_line(text: &str) -> bool {
    // Its letters and spaces, trimmed, are `bao cao`: compared as they come, every line
    // of the title block is tested.
    let mut kept = text
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .skip_while(|&c| c == ' ');
    "bao cao".chars().all(|want| kept.next() == Some(want)) && kept.all(|c| c == ' ')
}

/// End of the header and title block: the leading header lines, and after the `BÁO CÁO`
/// line its subject (one or two short lines, bold, upper case or in brackets); and the
/// `BÁO CÁO` line, if the header has one.
fn header_end(blocks: &[Block], source: &str) -> (usize, Option<usize>) {
    let mut end = 0;
    let mut typed = None;
    let mut first_typed = None;
    for (i, block) in blocks.iter().enumerate().take(HEADER_MAX_BLOCKS) {
        if is_header_line(block, source) {
            // `BÁO CÁO`, with its markup: a short line.
            if block.text.len() <= 40 && is_type_line(&folded(block)) {
                typed = Some(i);
                first_typed.get_or_insert(i);
            }
            end = i + 1;
        } else if !(typed.is_none() && is_body_name(block)) {
            break;
        }
    }
    if let Some(t) = typed {
        // The subject: one or two short paragraphs, bold, in capitals (only right after the
        // type line) or in brackets, and a rule of dashes under it. A list item is the body.
        for (i, block) in blocks.iter().enumerate().skip(t + 1).take(3) {
            if !short(block) || !matches!(block.kind, BlockKind::Paragraph | BlockKind::Other) {
                break;
            }
            let text = block.text.trim();
            let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
            // Right after the type line is the subject however it is written: a plain-text
            // paste has neither bold nor, often, capitals ("Tổng kết 10 năm thực hiện …").
            let plain_subject = i == t + 1 && !text.ends_with(':') && !is_opening_formula(block);
            let subject = block.all_bold
                || text.starts_with('(')
                || text.chars().all(|c| !c.is_alphanumeric())
                || (capitals && i == t + 1)
                || plain_subject;
            if !subject || crate::text::heading::starts_with_numbering(text) {
                break;
            }
            end = end.max(i + 1);
        }
    }
    (end, first_typed)
}

/// A line of capitals without numbering before the type line: the issuing body's name
/// (`BAN TỔ CHỨC`), part of the header only if a header line follows it.
fn is_body_name(block: &Block) -> bool {
    short(block) && is_capitals_name(block.text.trim())
}

/// A short line in capitals without numbering: a body's name (`SỞ TÀI CHÍNH`).
fn is_capitals_name(text: &str) -> bool {
    text.split_whitespace().count() <= 12
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
        && !crate::text::heading::starts_with_numbering(text)
}

/// The opening formula after the title block: "Thực hiện Kế hoạch số 86-KH/TU …, đơn vị
/// báo cáo như sau:" says what the report answers, not what the unit did.
fn is_opening_formula(block: &Block) -> bool {
    if block.kind != BlockKind::Paragraph || !short(block) {
        return false;
    }
    let text = folded(block);
    let text = text.trim_end_matches([':', '.', ' ']);
    // "… báo cáo như sau (có biểu số liệu kèm theo):": a closing parenthesis is an aside.
    let text = match text.strip_suffix(')').and_then(|t| t.rfind('(').map(|i| &t[..i])) {
        Some(before) => before.trim_end_matches([':', '.', ',', ' ']),
        None => text,
    };
    text.ends_with("nhu sau")
}

/// Openings of a signature block and of the recipients list.
fn opens_closing(text: &str) -> bool {
    const OPENINGS: [&str; 7] = ["t/m ", "tm. ", "tm ", "k/t ", "kt. ", "noi nhan", "thay mat "];
    OPENINGS.iter().any(|o| text.starts_with(o))
}

/// The first block of the closing apparatus, looked for after the header and in the last
/// part of the report only: a `T/M …` line early in the body is a quotation.
fn closing_start(blocks: &[Block], after: usize) -> Option<usize> {
    let from = after.max(blocks.len() / 3);
    (from..blocks.len()).find(|&i| {
        let block = &blocks[i];
        if block.kind == BlockKind::Table {
            let first = block
                .rows
                .first()
                .and_then(|r| r.cells.first())
                .map(String::as_str)
                .unwrap_or("");
            let text = bare(first.trim_matches(|c: char| c == '*' || c.is_whitespace()));
            return opens_closing(&text);
        }
        // Every opening starts, folded, `t/`, `tm`, `tha`, `k/`, `kt` or `no` (`T/M`,
        // `TM.`, `Thay mặt`, `K/T`, `Nơi nhận`, `Nới nhận` typed with a wrong tone): most
        // paragraphs are passed over with only their first letters folded.
        let text = block.text.trim_start_matches(|c: char| !c.is_alphanumeric());
        let start = text.char_indices().nth(8).map_or(text, |(i, _)| &text[..i]);
        let start = bare(start);
        let mut chars = start.chars();
        let opening = matches!(
            (chars.next(), chars.next(), chars.next()),
            (Some('t'), Some('/' | 'm'), _)
                | (Some('t'), Some('h'), Some('a'))
                | (Some('k'), Some('/' | 't'), _)
                | (Some('n'), Some('o'), _)
        );
        opening && short(block) && block.heading_level().is_none() && opens_closing(&folded_start(block))
    })
}

/// The closing apparatus runs from its start over short lines (titles, a name, `(Đã ký)`,
/// recipients) and ends at a heading or a long paragraph: an appendix after the signature
/// is the report's, not the apparatus.
fn closing_end(blocks: &[Block], start: usize) -> usize {
    let mut end = start + 1;
    while let Some(block) = blocks.get(end) {
        // A second opening (`T/M …` after the recipients, as Word's signature table is
        // read left column first) continues the apparatus, though `T/` looks numbered.
        let reopens = block.kind == BlockKind::Paragraph && short(block) && opens_closing(&folded(block));
        let heading_like = block.heading_level().is_some()
            || (block.kind == BlockKind::Paragraph
                && !reopens
                && crate::text::heading::starts_with_numbering(block.text.trim()));
        if heading_like || (block.kind == BlockKind::Table && !opens_closing(&folded(block))) || !short(block) {
            break;
        }
        let text = folded(block);
        if text.starts_with("phu luc") || text.starts_with("bieu so lieu") || text.split(' ').count() > 30 {
            break;
        }
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::markdown::blocks;

    fn ranges(text: &str) -> Vec<(String, String)> {
        let b = blocks(text, 0);
        find(&b, text)
            .ranges
            .into_iter()
            .map(|r| (b[r.start].text.clone(), b[r.end - 1].text.clone()))
            .collect()
    }

    const BODY: &str = "**I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**\n\nBan Thường vụ Đảng ủy đã ban hành kế hoạch quán triệt, tổ chức hội nghị cho cán bộ, đảng viên.\n\n**II. KẾT QUẢ**\n\nĐơn vị đạt nhiều kết quả.\n\n**III. KIẾN NGHỊ**\n\nĐề nghị Tỉnh ủy quan tâm.\n\n";

    #[test]
    fn a_word_signature_table_reads_recipients_then_signature() {
        // Word's borderless signature table: the left column ("Nơi nhận:" and one
        // paragraph per recipient) is read before the right one (T/M…, title, name).
        let text = format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\n\n**ĐẢNG ỦY PHƯỜNG HOÀNG MAI**\n\n\\*\n\nSố 61-BC/ĐU\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n\
             *Hoàng Mai, ngày 03 tháng 4 năm 2026*\n\n**BÁO CÁO**\n\n{BODY}\
             ***Nơi nhận:***\n\n\\- Ban Thường vụ Tỉnh ủy (b/c),\n\n\\- Lưu Văn phòng Đảng ủy.\n\n\
             **T/M BAN THƯỜNG VỤ**\n\n**BÍ THƯ**\n\n**Phạm Thị Hồng**\n"
        );
        let found = ranges(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1], ("Nơi nhận:".to_owned(), "Phạm Thị Hồng".to_owned()));
        let aside = text.replace(
            "**BÁO CÁO**\n\n",
            "**BÁO CÁO**\n\nThực hiện Kế hoạch số 86-KH/TU, Đảng ủy báo cáo như sau (có biểu số liệu kèm theo):\n\n",
        );
        let found = ranges(&aside);
        assert_eq!(
            found[0].1,
            "Thực hiện Kế hoạch số 86-KH/TU, Đảng ủy báo cáo như sau (có biểu số liệu kèm theo):"
        );
    }

    #[test]
    fn party_header_and_signature_are_found() {
        let text = format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\n\n**ĐẢNG ỦY PHƯỜNG VINH PHÚ**\n\n\\*\n\nSố 52-BC/ĐU\n\n*Vinh Phú, ngày 10 tháng 4 năm 2026*\n\n\
             **ĐẢNG CỘNG SẢN VIỆT NAM**\n\n**BÁO CÁO**\n\n**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**\n\n-----\n\n{BODY}\
             **T/M BAN THƯỜNG VỤ**\n\n**BÍ THƯ**\n\n*(Đã ký)*\n\n**Nguyễn Văn An**\n\n**Nơi nhận:**\n\n- Ban Dân vận Tỉnh ủy,\n- Lưu VP.\n"
        );
        let found = ranges(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "ĐẢNG BỘ TỈNH NGHỆ AN");
        assert_eq!(
            found[0].1, "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW",
            "{found:?}"
        );
        assert_eq!(found[1].0, "T/M BAN THƯỜNG VỤ");
        assert_eq!(found[1].1, "Lưu VP.");
    }

    #[test]
    fn state_header_in_a_table_and_no_signature() {
        let text = format!(
            "| UBND TỈNH NGHỆ AN<br>**SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 125/BC-SYT | Nghệ An, ngày 12 tháng 4 năm 2026 |\n\n**BÁO CÁO**\n\n**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**\n\n{BODY}"
        );
        let found = ranges(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW");
    }

    #[test]
    fn document_references_are_read_from_a_subject() {
        assert_eq!(
            document_references("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015"),
            ["114-KL/TW"]
        );
        assert_eq!(
            document_references("Sơ kết Chỉ thị số 05-CT/TW (kèm Kế hoạch 52-kh/tu)"),
            ["05-CT/TW", "52-KH/TU"]
        );
        assert!(document_references("ngày 14/7/2015, tỷ lệ 12/15 xã, 2015-2020").is_empty());
    }

    #[test]
    fn openings_are_known_folded_a_wrong_tone_and_marks_apart_included() {
        for opening in [
            "Nới nhận:",
            "NÔI NHẬN:",
            "T\u{0301}/M BAN THƯỜNG VỤ",
            "K\u{0323}T. GIÁM ĐỐC",
            "Thay mặt Ban Thường vụ",
        ] {
            let text = format!("{BODY}{opening}\n\n- Lưu VP.\n");
            let found = ranges(&text);
            assert_eq!(
                found.last().map(|r| r.0.as_str()),
                Some(opening),
                "{opening:?}: {found:?}"
            );
        }
    }

    #[test]
    fn a_report_without_apparatus_has_none() {
        assert!(ranges(BODY).is_empty());
        assert!(ranges("Số liệu cho thấy 12/15 xã đạt chuẩn.\n\nNội dung.\n").is_empty());
    }
}
