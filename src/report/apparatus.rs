//! A unit's own apparatus: the Party (or state) header block and the title block that open
//! a report, the signature block and the "Nơi nhận:" list that close it. They say who
//! wrote the report, not what it reports, so the outline is not looked for in them and the
//! compiled provincial report never copies them. Pure: blocks in, block ranges out.

use std::ops::Range;

use crate::read::markdown::{Block, BlockKind};
use crate::report::header::{
    StampLine, is_authority, is_signer_title, is_stamp, number_value, signer_name, stamp_line,
};
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
    /// A second document after the report, to the end of the file (one of the ranges).
    pub attached: Option<Attached>,
    /// A cover letter over the report in the same file: apparatus, said.
    pub letter: Option<Letter>,
    /// Where the certification of a copy starts (`SAO Y`, Nghị định 30/2020), stamped
    /// under the report to the end of the file, or to another document: apparatus.
    pub copy: Option<usize>,
    /// A copy's certification between the signature and the appendix (its blocks): in
    /// `ranges` too; the signer is looked for around it.
    pub certification: Option<Range<usize>>,
    /// Lists of people filed after the signature (`DANH SÁCH ĐẠI BIỂU …` over a table of
    /// names): apparatus (in `ranges` too), said.
    pub lists: Vec<Range<usize>>,
    /// Statistics sheets' sign-offs under their figures (in `ranges` too): apparatus inside
    /// the appendix, which goes on after them.
    pub sign_offs: Vec<Range<usize>>,
}

/// A cover letter filed before the report in one file (`Số 47-CV/ĐU`, `V/v gửi báo cáo
/// …`, a paragraph, a signature; then the report's own header and `BÁO CÁO`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// Where the letter's text starts (after its header block) and the report starts
    /// (its header block).
    pub text: usize,
    pub report: usize,
    /// The letter's number and its excerpt (`V/v …`), as written (empty where none).
    pub number: String,
    pub excerpt: String,
    /// No letter but an envelope: an e-mail's headers and note, a chat's lines, over the
    /// report pasted under them (`text` is 0, no number, no excerpt).
    pub envelope: bool,
}

/// A document filed after the report in the same file (a sub-unit's report, `Chi bộ xóm
/// 5`'s after the commune's): its own header block with a number, `BÁO CÁO` and a subject.
/// Not the unit's report: compiled nowhere, and said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attached {
    /// Its first block, and the first after its title block.
    pub start: usize,
    pub text: usize,
    /// Its number (`07-BC/CB`) and who issued it (the header line over the number).
    pub number: String,
    pub issuer: Option<String>,
    pub subject: String,
}

/// The apparatus of a report's blocks.
pub fn find(blocks: &[Block], source: &str) -> Apparatus {
    let mut ranges = Vec::new();
    let (mut header, mut subject) = header_end(blocks, source);
    // A file that opens with no `BÁO CÁO` title (a cover letter: `Số 47-CV/ĐU`, `V/v gửi
    // báo cáo …`) and holds a report's title block further down: the report starts there,
    // and everything before it is the letter, apparatus.
    let report = if subject.is_none() && header > 0 {
        attached(blocks, header, None, source)
    } else {
        None
    };
    let letter = report.and_then(|report| {
        let lines: Vec<&str> = blocks[..header].iter().flat_map(header_lines).collect();
        let number = lines
            .iter()
            .find_map(|l| crate::report::header::number_line(l))
            .unwrap_or_default();
        let excerpt = lines
            .iter()
            .map(|l| l.trim_matches(['*', '_', ' ']))
            .find(|l| l.starts_with(['V', 'v']) && is_excerpt_line(&bare(l)))
            .unwrap_or_default()
            .to_owned();
        // A letter's top says it is one: a number of its own or a `V/v` excerpt. A
        // header the title-block reader did not take whole (a body's name of many words
        // over the report's number) is the report's.
        let own = !number.is_empty() && !crate::report::header::same_number(&number, &report.number);
        if !own && excerpt.is_empty() {
            return None;
        }
        let text = header;
        let (end, own) = header_end(&blocks[report.start..], source);
        header = report.start + end;
        subject = own.map(|(first, text)| (report.start + first, text));
        Some(Letter {
            text,
            report: report.start,
            number,
            excerpt,
            envelope: false,
        })
    });
    // Or an envelope over it: the report pasted under an e-mail's headers (`From:`, `Sent:`,
    // a forwarding note) or copied from a chat (`16/04/2026`, the sender's name, `08:47`).
    let letter = letter.or_else(|| {
        let report = subject.is_none().then(|| envelope(blocks, source)).flatten()?;
        let (end, own) = header_end(&blocks[report..], source);
        header = report + end;
        subject = own.map(|(first, text)| (report + first, text));
        Some(Letter {
            text: 0,
            report,
            number: String::new(),
            excerpt: String::new(),
            envelope: true,
        })
    });
    // A report that opens with its own title block may have another document filed after
    // it: the report's apparatus is looked for before that one.
    let report_start = letter.as_ref().map_or(0, |l| l.report);
    let attached = subject.as_ref().and_then(|_| {
        let own = blocks[report_start..header]
            .iter()
            .flat_map(header_lines)
            .find_map(crate::report::header::number_line);
        attached(blocks, header, own.as_deref(), source)
    });
    let all = blocks;
    let others = attached.as_ref().map_or(all.len(), |a| a.start);
    // A copy's certification is stamped under the report (and its appendix): the report's
    // signature and figures are above it.
    let certified = copy_certification(&all[..others], header, source);
    // The report ends where the certification starts when it is the last thing before
    // the end (or another document); one between the signature and the appendix is only
    // apparatus.
    let copy = certified.filter(|&(_, end)| end >= others).map(|(start, _)| start);
    let blocks = &all[..copy.unwrap_or(others)];
    // An e-mail's signature under the report it carried (`-- ` over the sender's name
    // and telephone, RFC 3676): the e-mail's, not the report's.
    let mail = mail_signature(blocks, header, source);
    let blocks = &blocks[..mail.unwrap_or(blocks.len())];
    // A chat's copy: from a time alone on its line after the report's last table or
    // signature, a reply of a few short lines to the end (`08:49` / `Văn thư Ban TG&DV` /
    // `Đã nhận, cảm ơn em`), the chat's.
    let reply = chat_reply(blocks, header);
    let blocks = &blocks[..reply.unwrap_or(blocks.len())];
    let contents = contents_end(blocks, header);
    let head = if contents > 0 { opening_end(blocks, contents) } else { 0 };
    if head > 0 {
        ranges.push(0..head);
        // The formula after an opening part's first lines (`MỞ ĐẦU` / a paragraph of the
        // unit's setting / `Thực hiện Kế hoạch số …, Ban Thường vụ báo cáo như sau:`) is
        // the apparatus still; the lines before it are the unit's.
        // Only so far as no numbered line (a part) comes first, and only the formula that
        // says the unit reports (`… báo cáo như sau:`), not a sentence over a table
        // (`Kết quả thực hiện cụ thể như sau:`).
        let late = (head..blocks.len().min(head + LATE_FORMULA_BLOCKS))
            .take_while(|&b| {
                blocks[b].kind == BlockKind::Paragraph
                    && !crate::text::heading::starts_with_numbering(blocks[b].text.trim_start_matches('*'))
            })
            .find(|&b| is_opening_formula(&blocks[b]) && folded(&blocks[b]).contains("bao cao"));
        if let Some(formula) = late.filter(|&f| f > head) {
            let end = formula + 1 + usize::from(blocks.get(formula + 1).is_some_and(is_attachment_note));
            ranges.push(formula..end);
        }
    }
    let closing = closing_start(blocks, head, source);
    if let Some(start) = closing {
        let end = closing_end(blocks, start);
        // The closing formula (`Trên đây là báo cáo …./.`) and a note that something is
        // attached (`(Có biểu số liệu kèm theo)`), in either order, right above it; and a
        // digital signature's stamp (`Ký bởi: …`, `Thời gian ký: …`), which e-office
        // software sets in a box over the signature, wherever it lands among them.
        let mut start = start;
        // The place and date typed right over the signature (`Nghệ An, ngày 14 tháng 4
        // năm 2026` / `T/M BAN THƯỜNG VỤ`), as the signature reader reads it.
        if let Some(before) = start.checked_sub(1).filter(|&b| b >= head)
            && is_date_line_block(&blocks[before])
        {
            start = before;
        }
        let mut taken = 0;
        while let Some(before) = start.checked_sub(1).filter(|&b| b >= head) {
            if let Some(stamp) = signature_stamp_start(blocks, before, head, source) {
                start = stamp;
                continue;
            }
            // A confirming body's heading over the signature's cells read column after
            // column (`XÁC NHẬN CỦA ĐẢNG ỦY XÃ …`, its own column empty).
            if short(&blocks[before]) && crate::report::header::is_confirmation(&blocks[before].text) {
                start = before;
                continue;
            }
            if taken == 2 {
                break;
            }
            taken += 1;
            if is_closing_formula(&blocks[before]) || is_attachment_note(&blocks[before]) {
                start = before;
            } else if let Some(first) = wrapped_closing_formula(blocks, before, head) {
                start = first;
            } else {
                break;
            }
        }
        ranges.push(start..end);
    }
    let sign_offs = sheet_sign_offs(blocks, ranges.last().map_or(head, |r| r.end));
    ranges.extend(sign_offs.iter().cloned());
    let lists = match closing {
        Some(closing) => people_lists(blocks, closing),
        None => Vec::new(),
    };
    ranges.extend(lists.iter().cloned());
    if let Some(mail) = mail {
        ranges.push(mail..copy.unwrap_or(others));
    }
    if let Some(reply) = reply {
        ranges.push(reply..mail.or(copy).unwrap_or(others));
    }
    // Its time and sender lines between the report's paragraphs (`08:48` / `Nguyễn Thu Hà`),
    // where the report was sent as several messages.
    ranges.extend(chat_marks(blocks, head));
    match (copy, certified) {
        (Some(copy), _) => ranges.push(copy..others),
        (None, Some((start, end))) => ranges.push(start..end),
        _ => {}
    }
    let certification = certified.filter(|_| copy.is_none()).map(|(start, end)| start..end);
    ranges.sort_by_key(|r| r.start);
    if let Some(a) = &attached {
        ranges.push(a.start..all.len());
    }
    Apparatus {
        ranges,
        subject,
        attached,
        letter,
        copy,
        certification,
        lists,
        sign_offs,
    }
}

/// A time alone on its line (`08:47`, `16:21`): a chat's, never a report's.
fn is_chat_time(block: &Block) -> bool {
    let text = block.text.trim();
    let (hours, minutes) = text.split_once(':').unwrap_or(("", ""));
    block.kind == BlockKind::Paragraph
        && (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours.bytes().chain(minutes.bytes()).all(|b| b.is_ascii_digit())
}

/// A chat's sender under a time: a name of a few capitalised words, no figure, no ending.
fn is_chat_sender(block: &Block) -> bool {
    let text = block.text.trim();
    let words = text.split_whitespace().count();
    block.kind == BlockKind::Paragraph
        && (1..=6).contains(&words)
        && !text.ends_with(['.', ':', ';', ','])
        && !text.chars().any(|c| c.is_ascii_digit())
        && text.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
}

/// The chat's time and sender lines among the report's blocks after `from`.
fn chat_marks(blocks: &[Block], from: usize) -> Vec<Range<usize>> {
    (from..blocks.len())
        .filter(|&b| is_chat_time(&blocks[b]))
        .map(|b| b..b + 1 + usize::from(blocks.get(b + 1).is_some_and(is_chat_sender)))
        .collect()
}

/// Where a chat's reply after the report starts: a time alone on its line after the last
/// table, with a few short lines after it to the end.
fn chat_reply(blocks: &[Block], from: usize) -> Option<usize> {
    let last_table = blocks.iter().rposition(|b| b.kind == BlockKind::Table).unwrap_or(from);
    let at = (tail_start(blocks, from.max(last_table))..blocks.len()).find(|&b| is_chat_time(&blocks[b]))?;
    short_to_the_end(blocks, at)
}

/// Most lines of what a message carrying the report puts under it: an e-mail's signature
/// (a name, a title, a body, a telephone, an address), a chat's reply.
const MAIL_SIGNATURE_MAX_BLOCKS: usize = 8;

/// The first block, after `from`, that may open such lines under the report.
fn tail_start(blocks: &[Block], from: usize) -> usize {
    blocks.len().saturating_sub(MAIL_SIGNATURE_MAX_BLOCKS + 1).max(from + 1)
}

/// `Some(at)` when every block after `at` is a short line, no table: the message's.
fn short_to_the_end(blocks: &[Block], at: usize) -> Option<usize> {
    blocks[at + 1..]
        .iter()
        .all(|b| b.kind != BlockKind::Table && short(b))
        .then_some(at)
}

/// Where an e-mail's signature starts after `from`: its delimiter line, `--` (RFC 3676's
/// `-- `), with a few short lines under it to the end.
fn mail_signature(blocks: &[Block], from: usize, source: &str) -> Option<usize> {
    // The delimiter alone on its line, a block of its own or run on into the lines under
    // it (one paragraph, as Markdown reads lines with no blank between); not a paragraph
    // opening with `-- ` as a bullet.
    let delimiter = |b: &Block| {
        source
            .get(b.start..b.end)
            .and_then(|written| written.lines().next())
            .is_some_and(|first| first.trim() == "--")
    };
    let at = (tail_start(blocks, from)..blocks.len())
        .rev()
        .find(|&b| delimiter(&blocks[b]))?;
    short_to_the_end(blocks, at)
}

/// Whether a table past its first column (`STT`) holds figures: a column whose data cells
/// are numbers, half of them at least. A table of what each leader did (`Họ và tên | Số
/// cuộc đối thoại`) is figures, not a list of names.
fn has_figures(table: &Block) -> bool {
    let data = &table.rows[1.min(table.rows.len())..];
    let width = data.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    // A person's year of birth or telephone is no figure.
    let identity = |c: usize| {
        table.rows[0].cells.get(c).is_some_and(|heading| {
            let plain = bare(heading);
            ["sinh", "dien thoai", "sdt", "cccd", "cmnd", "so hieu"]
                .iter()
                .any(|w| plain.contains(w))
        })
    };
    (1..width).filter(|&c| !identity(c)).any(|c| {
        let numbers = data
            .iter()
            .filter(|r| {
                r.cells.get(c).is_some_and(|cell| {
                    matches!(
                        crate::text::number::parse_cell(cell),
                        crate::text::number::Cell::Number { .. }
                    )
                })
            })
            .count();
        numbers * 2 >= data.len() && numbers > 0
    })
}

/// Lists of people filed with the report after its signature (which starts at
/// `closing`): a table whose first row has a column of names (`Họ và tên`), with the
/// caption over it (`DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ …`, a `(Kèm theo …)` note). The
/// campaign's figures are no list of names; the unit's text is above its signature.
fn people_lists(blocks: &[Block], closing: usize) -> Vec<Range<usize>> {
    /// Rows under the heading row that make a list, not a table naming its signer.
    const LIST_MIN_ROWS: usize = 2;
    let names_people = |block: &Block| {
        block.kind == BlockKind::Table
            && block.rows.len() > LIST_MIN_ROWS
            && block.rows[0].cells.iter().any(|cell| {
                let plain = bare(cell);
                matches!(
                    plain.trim_matches(|c: char| !c.is_alphanumeric()),
                    "ho va ten" | "ho ten" | "ho, ten"
                )
            })
            && !has_figures(block)
    };
    // `DANH SÁCH …`, `PHỤ LỤC 2` over it, a `(Kèm theo …)` line: not the signature's
    // lines above them.
    let caption = |block: &Block| {
        let plain = bare(block.text.trim_matches(['*', '_', ' ']));
        block.kind == BlockKind::Paragraph
            && block.lines == 1
            && short(block)
            && (plain.starts_with("danh sach") || plain.starts_with("phu luc") || plain.starts_with("(kem theo"))
    };
    let mut lists: Vec<Range<usize>> = Vec::new();
    for table in (closing + 1..blocks.len()).filter(|&t| names_people(&blocks[t])) {
        let after = lists.last().map_or(closing, |l| l.end);
        let mut start = table;
        while start > after + 1 && table - start < 3 && caption(&blocks[start - 1]) {
            start -= 1;
        }
        lists.push(start..table + 1);
    }
    lists
}

/// Where the certification of a copy starts and ends, after the title block (which ends
/// at `from`): from the header lines (the copying body's name) right above the first block
/// with its form (`SAO Y`, `SAO Y BẢN CHÍNH`, `SAO LỤC`, `TRÍCH SAO`) or a copy's number
/// (`Số: 52/SY-VP`) on a line of its own, over its short lines and signature to the next
/// heading, table or paragraph of text (an appendix after it is the report's).
fn copy_certification(blocks: &[Block], from: usize, source: &str) -> Option<(usize, usize)> {
    // Lines of a block of short lines or of a table's cells, and only where the letters
    // such a line has are found: no paragraph of running text is cut into lines.
    let may_hold = |text: &str| holds_copy_letters(text.as_bytes());
    let marked = (from + 1..blocks.len()).find(|&b| {
        let block = &blocks[b];
        let candidate = match block.kind {
            BlockKind::Paragraph => {
                block.text.len() <= block.lines.max(1) * COPY_LINE_MAX_BYTES && may_hold(&block.text)
            }
            BlockKind::Table => block.rows.iter().flat_map(|r| &r.cells).any(|c| may_hold(c)),
            _ => false,
        };
        candidate && lines_of(block).any(is_copy_line) && certifies(blocks, b)
    })?;
    // After the report's own signature: a table of copies made (`Sao y | 120`) in the
    // report's text is none.
    closing_start(&blocks[..marked], from, source)?;
    Some((
        header_top(blocks, from + 1, marked, source),
        closing_end(blocks, marked),
    ))
}

/// Whether `text` holds `SAO`, `Sao`, `sao`, `SY`, `SL` or `TS`: the letters a copy's
/// form or number has. Each `S` or `s` is looked at, not each pattern searched for in
/// every cell of every table after the header.
fn holds_copy_letters(text: &[u8]) -> bool {
    memchr::memchr2_iter(b'S', b's', text).any(|at| {
        let next = |k: usize| text.get(at + k).copied().unwrap_or(0);
        let sao = match (next(1), next(2)) {
            (b'A', b'O') => text[at] == b'S',
            (b'a', b'o') => true,
            _ => false,
        };
        let number =
            text[at] == b'S' && (matches!(next(1), b'Y' | b'L') || at.checked_sub(1).is_some_and(|p| text[p] == b'T'));
        sao || number
    })
}

/// A block's lines as a header's are read: a table's cells, each cell's lines.
fn lines_of(block: &Block) -> impl Iterator<Item = &str> {
    header_lines(block)
        .into_iter()
        .flat_map(|cell| cell.split('\n').flat_map(|l| l.split("<br>")))
}

/// Whether the copy's form or number at `marked` is a certification's: its own signature
/// beside it (the same table) or in the few paragraphs after it.
fn certifies(blocks: &[Block], marked: usize) -> bool {
    /// Blocks of a certification written line by line: form, place and date, authority.
    const CERTIFICATION_BLOCKS: usize = 4;
    let authority =
        |block: &Block| lines_of(block).any(|line| opens_closing(&bare(line.trim_matches(['*', '_', ' ', '\\']))));
    // A table holds the whole certification (`SAO Y` over `TL. GIÁM ĐỐC` in its right
    // column); written line by line, the authority follows in the next few paragraphs. A
    // figures table (`Sao y | 120`) has none, nor a sign-off under it.
    if blocks[marked].kind == BlockKind::Table {
        return authority(&blocks[marked]);
    }
    blocks[marked..blocks.len().min(marked + CERTIFICATION_BLOCKS)]
        .iter()
        .take_while(|b| b.kind == BlockKind::Paragraph && short(b))
        .any(authority)
}

/// Most bytes of a line of a copy's certification (`SỞ Y TẾ TỈNH NGHỆ AN`, `Nghệ An, ngày
/// 17 tháng 4 năm 2026`), on average over a block's lines.
const COPY_LINE_MAX_BYTES: usize = 60;

/// The first block of a header block whose line `first` is found, after `from`: the
/// header lines above it, then the bodies' names in capitals above those, which no list
/// of openings holds (`SỞ GD&ĐT NGHỆ AN` / `TRƯỜNG THPT HUỲNH THÚC KHÁNG`).
fn header_top(blocks: &[Block], from: usize, first: usize, source: &str) -> usize {
    let mut start = first;
    while start > from && first - start < HEADER_MAX_BLOCKS && is_header_line(&blocks[start - 1], source) {
        start -= 1;
    }
    let named = |block: &Block| {
        is_caption_line(block) && crate::report::header::names_a_body(&bare(block.text.trim_matches(['*', '_', ' '])))
    };
    while start > from && first - start < HEADER_MAX_BLOCKS && named(&blocks[start - 1]) {
        start -= 1;
    }
    start
}

/// A paragraph of one line in capitals, unnumbered, not the appendix's title: a body's
/// name, or a caption.
fn is_caption_line(block: &Block) -> bool {
    let text = block.text.trim().trim_matches(['*', '_', '\\', ' ']);
    block.kind == BlockKind::Paragraph
        && block.lines == 1
        && short(block)
        && is_capitals_name(text)
        && !bare(text).starts_with("phu luc")
}

/// A line of a copy's certification: its form, or a number whose kind is a copy's
/// (`52/SY-VP`, `07-SL/VP`: `SY` sao y, `SL` sao lục, `TS` trích sao).
fn is_copy_line(line: &str) -> bool {
    let line = line.trim_matches(['*', '_', ' ', '\\']);
    if line.len() > 40 {
        return false;
    }
    let plain = bare(line);
    matches!(plain.as_str(), "sao y" | "sao y ban chinh" | "sao luc" | "trich sao")
        || crate::report::header::number_line(line).is_some_and(|number| {
            number
                .split(['/', '-'])
                .skip(1)
                .any(|kind| matches!(kind.trim(), "SY" | "SL" | "TS"))
        })
}

/// The first of the blocks ending at `last` that hold a digital signature's stamp, line
/// by line (`Ký bởi: Sở Tài chính`, `Email: …`, `Cơ quan: …`, `Thời gian ký: …`), one of
/// them saying who or when signed.
fn signature_stamp_start(blocks: &[Block], last: usize, from: usize, source: &str) -> Option<usize> {
    let mut first = None;
    let (mut who, mut when, mut lines) = (false, false, 0);
    for b in (from..=last).rev() {
        let block = &blocks[b];
        if block.kind != BlockKind::Paragraph || !short(block) {
            break;
        }
        // The lines as written: Markdown joins a paragraph's lines in its text.
        let raw = source.get(block.start..block.end).unwrap_or(&block.text);
        let keys: Option<Vec<StampLine>> = raw
            .lines()
            .map(|l| l.trim().trim_end_matches('\\').trim())
            .filter(|l| !l.is_empty())
            .map(stamp_line)
            .collect();
        let Some(keys) = keys.filter(|k| !k.is_empty()) else {
            break;
        };
        lines += keys.len();
        who |= keys.iter().any(|k| k.who);
        when |= keys.iter().any(|k| k.when);
        first = Some(b);
    }
    // A time of signing says a stamp; who signed does with another line of it. Lines of
    // `Cơ quan: …`, `Thời gian ký: 15/3/2024` in a report's text say neither.
    let signed = when || (who && lines >= 2);
    first.filter(|_| signed)
}

/// A header block's lines: a paragraph's, or a table's cells column by column.
fn header_lines(block: &Block) -> Vec<&str> {
    if block.kind != BlockKind::Table {
        return block.text.lines().map(str::trim).collect();
    }
    let width = block.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    (0..width)
        .flat_map(|c| block.rows.iter().filter_map(move |r| r.cells.get(c)))
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
        .collect()
}

/// The first document after the report's title block (which ends at `from`) that has a
/// title block of its own: header lines, a number line among them (`Số 07-BC/CB`; a
/// header repeated over an appendix page has none, or the report's own, `own`), `BÁO
/// CÁO` and a subject.
fn attached(blocks: &[Block], from: usize, own: Option<&str>, source: &str) -> Option<Attached> {
    // `BÁO CÁO` (folded only where a line opens with its letter).
    let is_type = |b: &Block| {
        matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading(_))
            && b.text.trim_start_matches(['*', '_', ' ']).starts_with(['B', 'b'])
            && (b.text.len() <= 40 && is_type_line(&folded(b)) || type_with_subject(b).is_some())
    };
    for typed in (from + 1..blocks.len()).filter(|&t| is_type(&blocks[t])) {
        let start = header_top(blocks, from, typed, source);
        // The header's lines as it reads: a table's column by column.
        let lines: Vec<&str> = blocks[start..typed].iter().flat_map(header_lines).collect();
        let Some((line, number)) = lines
            .iter()
            .enumerate()
            .find_map(|(i, l)| crate::report::header::number_line(l).map(|n| (i, n)))
        else {
            continue;
        };
        // The report's own number over a page of it (its appendix's) starts nothing.
        if own.is_some_and(|own| crate::report::header::same_number(own, &number)) {
            continue;
        }
        let (end, subject) = header_end(&blocks[start..], source);
        let Some((_, subject)) = subject.filter(|_| start + end > typed) else {
            continue;
        };
        let issuer = lines[..line]
            .iter()
            .rev()
            .map(|l| l.trim_matches(['*', '_', '\\', ' ']))
            .find(|t| t.chars().any(char::is_alphabetic))
            .map(str::to_owned);
        // A caption over the other document (`BÁO CÁO CỦA ĐƠN VỊ ĐIỂN HÌNH (KÈM THEO)`)
        // goes with it.
        let captioned = start.checked_sub(1).filter(|&c| {
            let plain = bare(blocks[c].text.trim_matches(['*', '_', ' ']));
            c > from && is_caption_line(&blocks[c]) && (plain.starts_with("bao cao") || plain.contains("kem theo"))
        });
        return Some(Attached {
            start: captioned.unwrap_or(start),
            text: start + end,
            number,
            issuer,
            subject,
        });
    }
    None
}

/// Most blocks of an envelope over a report: an e-mail's headers (four or five), a
/// forwarding note and a signature, twice over for a forward of a forward; a chat's day,
/// sender, message and time lines.
const ENVELOPE_MAX_BLOCKS: usize = 24;

/// Most words of an envelope: notes of a line or two, never a part of a report.
const ENVELOPE_MAX_WORDS: usize = 150;

/// Where a report starts that the file does not open with: its header block (a number line
/// in it) and `BÁO CÁO` title block under a few short lines that are no part of it — an
/// e-mail's headers and note, a chat's lines —, none of them numbered as a part is.
fn envelope(blocks: &[Block], source: &str) -> Option<usize> {
    let near = &blocks[..blocks.len().min(ENVELOPE_MAX_BLOCKS + HEADER_MAX_BLOCKS + 4)];
    let report = attached(near, 0, None, source)?.start;
    let before = &blocks[..report];
    let words: usize = before.iter().map(|b| b.text.split_whitespace().count()).sum();
    (report > 0
        && report <= ENVELOPE_MAX_BLOCKS
        && words <= ENVELOPE_MAX_WORDS
        && before.iter().all(|b| {
            matches!(b.kind, BlockKind::Paragraph | BlockKind::Item | BlockKind::Other)
                && short(b)
                && !crate::text::heading::starts_with_numbering(b.text.trim_start_matches(['*', '_']))
        }))
    .then_some(report)
}

/// The sign-offs under statistics sheets after `from` (`NGƯỜI LẬP BIỂU | TM. ỦY BAN NHÂN
/// DÂN`, then the title and the two names), each one's lines and no more: a note, a
/// caption or a second sheet after it is the appendix's. Set as tabbed lines, or as a
/// small table of its own (a Word form's borderless table).
fn sheet_sign_offs(blocks: &[Block], from: usize) -> Vec<Range<usize>> {
    let opens = |block: &Block| match block.kind {
        BlockKind::Table => {
            block.rows.len() <= SIGN_OFF_ROWS
                && block.rows.first().is_some_and(|row| {
                    // A cell may hold the lines of the whole column (`<br>` or a Word
                    // cell's paragraphs): the first one says who signs there.
                    row.cells
                        .iter()
                        .any(|cell| cell.split(['\n', '<']).next().is_some_and(opens_sign_off))
                })
        }
        _ => {
            block.heading_level().is_none()
                && short(block)
                && crate::report::header::columns(block.text.lines().next().unwrap_or(""))
                    .iter()
                    .any(|column| opens_sign_off(column))
        }
    };
    // A line of a sign-off under its heads: titles, names, `(Ký, ghi rõ họ tên)`, heads.
    let signs = |block: &Block| {
        block.kind != BlockKind::Table
            && block.heading_level().is_none()
            && short(block)
            && block.text.lines().all(|line| {
                crate::report::header::columns(line).iter().all(|column| {
                    let column = column.trim_matches(['*', '_', ' ']);
                    column.is_empty() || opens_sign_off(column) || crate::report::header::signature_line(column)
                })
            })
    };
    let mut found = Vec::new();
    let mut at = from;
    while at < blocks.len() {
        if !opens(&blocks[at]) {
            at += 1;
            continue;
        }
        let end = (at + 1..blocks.len())
            .find(|&i| !signs(&blocks[i]))
            .unwrap_or(blocks.len());
        found.push(at..end);
        at = end;
    }
    found
}

/// The head of a column of a sign-off under the figures: the preparer (`NGƯỜI LẬP BIỂU`),
/// a confirming body (`XÁC NHẬN CỦA ĐẢNG ỦY XÃ`) or an authority (`T/M BAN THƯỜNG VỤ`).
fn opens_sign_off(cell: &str) -> bool {
    let cell = cell.trim_matches(['*', '_', ' ']);
    crate::report::header::is_preparer(cell)
        || crate::report::header::is_confirmation(cell)
        || crate::report::header::is_authority(cell)
}

/// Most rows of a sign-off set as a table: the heads, the titles, the notes to sign,
/// the names, with a blank row or two between.
const SIGN_OFF_ROWS: usize = 8;

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
    // An item of a dash list is the report's text (`- Ban Thường vụ đã ban hành …`); the
    // `*` under the issuing body reads as a bullet, and a line after it as its item.
    if block.kind == BlockKind::Item {
        let line_start = source
            .get(..block.start)
            .and_then(|s| s.rfind('\n'))
            .map_or(0, |n| n + 1);
        let marker = source.get(line_start..).and_then(|l| l.trim_start().chars().next());
        if matches!(marker, Some('-' | '+' | '–' | '•')) {
            // Only its date or number, which no text of a report is, keep one a header line.
            let text = folded(block);
            return is_date_line(&text) || looks_like_number_line(&text);
        }
    }
    if let Some(pieces) = pieces(block, source)
        && pieces.len() > 1
    {
        let header = |p: &str| is_header_text(&bare(p), p);
        // A letter's excerpt wrapped under its number goes on in small letters (`V/v gửi
        // báo cáo tổng kết 10 năm` / `thực hiện Kết luận số 114-KL/TW`).
        let mut excerpt = false;
        let mut all = true;
        for piece in &pieces {
            let continues = excerpt && continues_excerpt(piece);
            excerpt = continues || is_excerpt_line(&bare(piece));
            all &= continues || header(piece) || is_capitals_name(piece);
        }
        return all && pieces.iter().any(|p| header(p));
    }
    is_header_line_alone(block)
}

/// A line that goes on with a letter's excerpt (`V/v …`) wrapped above it: short, in
/// small letters from its first word, no sentence's end.
fn continues_excerpt(line: &str) -> bool {
    let line = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    line.starts_with(char::is_lowercase)
        && line.split_whitespace().count() <= EXCERPT_LINE_WORDS
        && !line.ends_with(['.', ':'])
}

/// Most words of a line of a letter's excerpt: it is typed in the header's left column.
const EXCERPT_LINE_WORDS: usize = 16;

/// The lines of a short block of several lines, or of tab-separated cells, as written,
/// markup around each removed (`**BÁO CÁO**`, a Word line break's `\` after it): `None`
/// for a table, a long block, or one line.
fn pieces(block: &Block, source: &str) -> Option<Vec<String>> {
    // Columns are tabs, or runs of spaces where a paste aligned them (`UBND TỈNH NGHỆ AN
    // <spaces> CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), as the header reader reads them.
    if block.kind == BlockKind::Table
        || !short(block)
        || (block.lines < 2 && crate::report::header::columns(&block.text).len() < 2)
    {
        return None;
    }
    let raw = source.get(block.start..block.end)?;
    Some(
        raw.lines()
            .flat_map(crate::report::header::columns)
            .map(|piece| {
                piece
                    .trim()
                    .trim_end_matches('\\')
                    .trim()
                    .trim_matches(|c: char| c == '*' || c == '_' || c == '#')
                    .trim()
            })
            .filter(|piece| !piece.is_empty())
            .map(|piece| piece.strip_prefix('\\').unwrap_or(piece).to_owned())
            .collect(),
    )
}

/// A block of several lines holding the `BÁO CÁO` line with the subject on the lines under
/// it (one paragraph: Shift+Enter in Word, a two-space break, or none), the header's lines
/// perhaps above it: the subject, its lines joined. Only when every line is the header's,
/// the type line or a subject line (at most three, none numbered or ending a sentence):
/// a block that goes on into running text is the report's.
fn titled_block(block: &Block, source: &str) -> Option<String> {
    // A rule typed right under the subject (`-----`) makes the paragraph a heading.
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading(_)) || block.lines < 2 {
        return None;
    }
    let mut pieces = pieces(block, source)?;
    pieces.retain(|p| p.chars().any(char::is_alphanumeric));
    let typed = pieces.iter().position(|p| p.len() <= 40 && is_type_line(&bare(p)))?;
    let (before, subject) = (&pieces[..typed], &pieces[typed + 1..]);
    let header = |p: &str| is_header_text(&bare(p), p) || is_capitals_name(p);
    let subject_line = |p: &String| {
        !p.ends_with(['.', ';', ':'])
            && p.split_whitespace().count() <= 60
            && !crate::text::heading::starts_with_numbering(p)
    };
    ((1..=3).contains(&subject.len()) && before.iter().all(|p| header(p)) && subject.iter().all(subject_line))
        .then(|| subject.join(" "))
}

fn is_header_line_alone(block: &Block) -> bool {
    if block.kind == BlockKind::Table {
        // A two-column header pasted as a table: the motto or the party's name is in it,
        // or a cell opens with a mass organisation's (`ĐOÀN TNCS HỒ CHÍ MINH`, `HỘI NÔNG
        // DÂN VIỆT NAM`), as the header reader takes it.
        let cells: Vec<String> = block
            .rows
            .iter()
            .flat_map(|r| r.cells.iter())
            .map(|c| bare(c))
            .collect();
        let text = cells.join(" ");
        return text.contains("dang cong san viet nam")
            || text.contains("cong hoa xa hoi chu nghia")
            || cells.iter().any(|c| {
                let c = c.trim_start_matches(|c: char| !c.is_alphanumeric());
                crate::report::header::opens_with_motto(c)
            });
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
    // A number line wrapped after `Số` (`Số` / `98-BC/ĐU`), as a web page or a narrow cell
    // leaves it: both halves.
    if looks_like_number_line(text) || crate::report::header::is_wrapped_start(raw) || is_bare_number(text) {
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
    if crate::report::header::is_motto(text) {
        return true;
    }
    is_date_line(text) || is_type_line(text) || is_stamp(text) || is_excerpt_line(text) || stamp_line(raw).is_some()
}

/// A letter's excerpt under its number (`V/v báo cáo tổng kết 10 năm thực hiện Kết luận số
/// 114-KL/TW`): what a công văn is about, in the header's left column, never running text.
fn is_excerpt_line(text: &str) -> bool {
    text.strip_prefix("v/v")
        .is_some_and(|rest| rest.starts_with([' ', ':', '.']))
}

/// `Số 52-BC/ĐU`, `Số: 125/BC-SYT`: a number line, not a sentence that starts with "số".
fn looks_like_number_line(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("so") else {
        return false;
    };
    let rest = crate::report::header::without_remark(rest.trim_start_matches(':').trim());
    // `Số 52 - BC/ĐU`, `Số: 52 – BC/ĐU`: spaces around the dash are typed, not words.
    (text.starts_with("so ") || text.starts_with("so:"))
        && text.len() < 60
        && rest.contains('/')
        && number_value(rest).split_whitespace().count() <= 2
}

/// A document's number alone on its line (`98-BC/ĐU`, `125/BC-SYT`): figures, a slash and
/// the letters of a kind of document, one word.
fn is_bare_number(text: &str) -> bool {
    text.len() < 30
        && text.starts_with(|c: char| c.is_ascii_digit())
        && !text.contains(' ')
        && text.split_once('/').is_some_and(|(head, tail)| {
            let letters = |s: &str| s.chars().any(char::is_alphabetic);
            letters(head) || letters(tail)
        })
}

/// `Vinh Phú, ngày 10 tháng 4 năm 2026` (or `Hoàng Mai, 15/4/2026`, without `ngày`): the
/// line ends with its year. A sentence that
/// opens with a date goes on (`Ngày 10 tháng 9 năm 2015, Đảng ủy ban hành …`).
fn is_date_line(text: &str) -> bool {
    text.len() < 120
        && text.contains("ngay")
        && (text.contains("thang") && text.contains("nam ") || crate::report::header::dated_in_figures(text))
        && crate::report::header::ends_with_its_date(text)
        || crate::report::header::is_bare_date_line(text)
}

/// A paragraph that is a place-and-date line and nothing else.
fn is_date_line_block(block: &Block) -> bool {
    block.kind == BlockKind::Paragraph
        && block.text.len() < 160
        && block.text.contains(['n', 'N'])
        && is_date_line(&folded(block))
}

/// Most words of a kind of report after `BÁO CÁO` on its line (`TỔNG KẾT`, `SƠ KẾT`,
/// `KẾT QUẢ`): more, and the line holds the subject too.
const KIND_MAX_WORDS: usize = 3;

/// A type line that runs on into the subject (`BÁO CÁO TỔNG KẾT` over `10 năm thực hiện
/// …`, or the whole title on one line, `BÁO CÁO TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ
/// 114-KL/TW`): `BÁO CÁO` in capitals, as the type is printed, then the subject's first
/// words, which are returned. A sentence (`Báo cáo tổng kết …`, ended with a stop or a
/// colon) is none.
fn type_with_subject(block: &Block) -> Option<String> {
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading(_)) || block.lines > 1 || !short(block) {
        return None;
    }
    let text = block.text.trim().trim_matches(['*', '_']).trim();
    let rest = text.strip_prefix("BÁO CÁO")?;
    let rest = rest.strip_prefix(char::is_whitespace)?.trim();
    (rest.chars().any(char::is_alphanumeric) && !rest.ends_with(['.', ':', ';']) && !is_type_line(&bare(text)))
        .then(|| rest.to_owned())
}

/// The document type line: `BÁO CÁO`, or a kind of it (`BÁO CÁO LIÊN TỊCH`, `BÁO CÁO
/// TÓM TẮT`, `BÁO CÁO NHANH`).
fn is_type_line(text: &str) -> bool {
    // Its letters and spaces, trimmed, are `bao cao`: compared as they come, every line
    // of the title block is tested.
    // An extract of a larger report is typed as one (`TRÍCH BÁO CÁO`).
    let text = text.trim_start().strip_prefix("trich ").unwrap_or(text);
    let mut kept = text
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .skip_while(|&c| c == ' ');
    if !"bao cao".chars().all(|want| kept.next() == Some(want)) {
        return false;
    }
    let rest: String = kept.collect();
    matches!(rest.trim(), "" | "lien tich" | "tom tat" | "nhanh")
}

/// End of the header and title block: the leading header lines, and after the `BÁO CÁO`
/// line its subject (one or two short lines, bold, upper case or in brackets); and the
/// `BÁO CÁO` line, if the header has one.
fn header_end(blocks: &[Block], source: &str) -> (usize, Option<(usize, String)>) {
    let mut end = 0;
    let mut typed = None;
    let mut first_typed = None;
    // The subject written in the type line's own block (`**BÁO CÁO**` / `**Tổng kết …**`).
    let mut inline = None;
    // The type line ran on into a kind of report and no more (`BÁO CÁO TỔNG KẾT`): the
    // subject is still to come, however it is written.
    let mut kind_only = false;
    // The last header line was a letter's excerpt (`V/v …`), which may go on below it.
    let mut excerpt = false;
    // The addressee ended with a colon: its recipients follow, a line each.
    let mut addressed = false;
    for (i, block) in blocks.iter().enumerate().take(HEADER_MAX_BLOCKS) {
        if let Some(subject) = titled_block(block, source) {
            typed = Some(i);
            first_typed.get_or_insert(i);
            inline = Some(subject);
            end = i + 1;
            break;
        }
        if typed.is_none()
            && let Some(subject) = type_with_subject(block)
        {
            typed = Some(i);
            first_typed.get_or_insert(i);
            kind_only = subject.split_whitespace().nth(KIND_MAX_WORDS).is_none();
            inline = Some(subject);
            end = i + 1;
            continue;
        }
        let continues = excerpt && block.kind == BlockKind::Paragraph && continues_excerpt(&block.text);
        if continues || is_header_line(block, source) {
            // `BÁO CÁO`, with its markup: a short line.
            if block.text.len() <= 40 && is_type_line(&folded(block)) {
                typed = Some(i);
                first_typed.get_or_insert(i);
            }
            excerpt = continues
                || block.text.trim_start_matches(['*', '_']).starts_with(['V', 'v']) && is_excerpt_line(&folded(block));
            end = i + 1;
        } else if typed.is_none() && is_addressee(block) {
            // A letter's order: the addressee under the header, over the title (`Kính
            // gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy` / `BÁO CÁO`), or opening a report
            // that has no header at all.
            addressed = block.text.trim_end().ends_with(':');
            end = i + 1;
            continue;
        } else if addressed && is_recipient(block) {
            end = i + 1;
            continue;
        } else if !(typed.is_none() && is_body_name(block, source)) {
            break;
        }
        addressed = false;
    }
    // The subject's end: the title block's, but for who reports under it.
    let mut subject_end = end;
    if let Some(t) = typed {
        // The subject: one or two short paragraphs, bold, in capitals (only right after the
        // type line) or in brackets, and a rule of dashes under it. A list item is the body.
        for (i, block) in blocks.iter().enumerate().skip(t + 1).take(3) {
            // Right under the type line, a subject set in a heading style (Word's Heading
            // 2, for the navigation pane) is the subject still when it says what is
            // reviewed, as a subject does (`Tổng kết 10 năm thực hiện Kết luận số
            // 114-KL/TW`); a section's heading right there does not.
            let styled = matches!(block.kind, BlockKind::Heading(_)) && i == t + 1 && says_what_is_reviewed(block);
            if !short(block) || !(styled || matches!(block.kind, BlockKind::Paragraph | BlockKind::Other)) {
                break;
            }
            let text = block.text.trim();
            let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
            // Right after the type line is the subject however it is written: a plain-text
            // paste has neither bold nor, often, capitals ("Tổng kết 10 năm thực hiện …").
            // Not when the type line's block held the subject already.
            let next = i == t + 1 && (inline.is_none() || kind_only);
            // Folded for the formula last: a bold subject line needs no folding.
            let plain_subject = || next && !text.ends_with([':', '.', ';']) && !is_opening_formula(block);
            // A subject pasted over two lines goes on in small letters (`Tổng kết … Kết
            // luận số 114-KL/TW` / `của Ban Bí thư (khóa XI) về …`).
            // Or over three printed lines, as a PDF's text is copied, the line before ending on
            // a word that leads on (`… ngày 14/7/2015 của` / `Ban Bí thư (khóa XI) về …`).
            let goes_on = i > t + 1
                && end == i
                && !text.ends_with([':', '.'])
                && (text.starts_with(char::is_lowercase) || crate::text::words::leads_on(&blocks[i - 1].text));
            // Under the subject, who reports, in capitals and not bold as the subject is
            // (`BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ`, before `Căn cứ …`): an organ of a
            // body by name, no figure in it — not a part's title (`PHONG TRÀO …`, `HỘI
            // NGHỊ …`), nor the subject's next line (`SỐ 05-CT/TW …`).
            let reporter = i > t + 1
                && end == i
                && !block.all_bold
                && !text.chars().any(|c| c.is_ascii_digit())
                && is_capitals_name(text)
                && names_an_organ(text.trim_matches(['*', '_', ' ']));
            let subject = block.all_bold
                || text.starts_with('(')
                || text.chars().all(|c| !c.is_alphanumeric())
                || (capitals && next)
                || goes_on
                || reporter
                || plain_subject();
            if !subject || crate::text::heading::starts_with_numbering(text) || is_contents_title(block) {
                break;
            }
            end = end.max(i + 1);
            if !reporter {
                subject_end = end;
            }
        }
    }
    let subject = first_typed.and_then(|typed| {
        let mut lines: Vec<&str> = inline.as_deref().into_iter().collect();
        lines.extend(
            blocks[typed + 1..subject_end.max(typed + 1)]
                .iter()
                .map(|b| b.text.trim()),
        );
        let first = if inline.is_some() { typed } else { typed + 1 };
        (!lines.is_empty()).then(|| (first, lines.join(" ")))
    });
    (end, subject)
}

/// Whether a line opens with an organ that reports for its body (`BAN THƯỜNG VỤ …`, `ĐẢNG
/// ỦY …`, `ỦY BAN NHÂN DÂN …`), or a department (`SỞ TÀI CHÍNH …`, with its mark: `SỐ` is a
/// number's).
fn names_an_organ(line: &str) -> bool {
    const ORGANS: [&str; 10] = [
        "ban thuong vu ",
        "ban chap hanh ",
        "ban can su ",
        "ban thuong truc ",
        "thuong truc ",
        "thuong vu ",
        "dang uy ",
        "dang doan ",
        "uy ban ",
        "ubnd ",
    ];
    let plain = bare(line);
    line.starts_with("SỞ ") || ORGANS.iter().any(|o| plain.starts_with(o))
}

/// End of the opening after the header and title block (`from`): the addressee (`Kính
/// gửi: …`, or `Kính gửi:` over a list), the basis (`Thực hiện Kế hoạch số 86-KH/TU;`,
/// `Căn cứ …`, up to [`BASIS_MAX_PARAGRAPHS`]) when the formula "… báo cáo như sau:" closes it,
/// and an attachment note after the formula (`(có biểu số liệu kèm theo)`). Each is said
/// in a few words everyone writes; anything else is the report's.
fn opening_end(blocks: &[Block], from: usize) -> usize {
    let mut end = from;
    if let Some(block) = blocks.get(end)
        && is_addressee(block)
    {
        end += 1;
        if block.text.trim_end().ends_with(':') {
            while blocks.get(end).is_some_and(is_recipient) {
                end += 1;
            }
        }
    }
    // Each paragraph is folded for the formula once: the basis, then the formula itself.
    let mut formula = end;
    let found = loop {
        let Some(block) = blocks.get(formula) else {
            break false;
        };
        if is_opening_formula(block) {
            break true;
        }
        if formula == end + BASIS_MAX_PARAGRAPHS || !is_basis(block) {
            break false;
        }
        formula += 1;
    };
    if found {
        end = formula + 1;
        if blocks.get(end).is_some_and(is_attachment_note) {
            end += 1;
        }
    }
    end
}

/// Blocks after the title block within which a late opening formula is looked for: an
/// opening part's title and a paragraph or two of its text.
const LATE_FORMULA_BLOCKS: usize = 4;

/// Most paragraphs of basis before the opening formula: a state report cites the
/// conclusion, the plan, the guidance and its own mandate: rarely more than six.
const BASIS_MAX_PARAGRAPHS: usize = 8;

/// Whether a line names the document reviewed or the review (`… Kết luận số 114-KL/TW`,
/// `Tổng kết 10 năm …`): a subject's words.
fn says_what_is_reviewed(block: &Block) -> bool {
    const REVIEWS: [&str; 6] = ["tong ket", "so ket", "ket luan", "nghi quyet", "chi thi", "ke hoach"];
    !document_references(&block.text).is_empty() || {
        let folded = folded(block);
        REVIEWS.iter().any(|r| folded.contains(r))
    }
}

/// End of a table of contents at block `from` (`MỤC LỤC` over lines such as `II. KẾT QUẢ
/// TRIỂN KHAI THỰC HIỆN ........ 3`): the report's headings again, with page numbers —
/// they say where the text is, not what it says. `from` when there is none.
fn contents_end(blocks: &[Block], from: usize) -> usize {
    let titled = blocks.get(from).is_some_and(is_contents_title);
    let start = if titled { from + 1 } else { from };
    let mut end = start;
    while blocks.get(end).is_some_and(|b| {
        matches!(b.kind, BlockKind::Paragraph | BlockKind::Item)
            && b.text
                .lines()
                .all(|l| is_contents_entry(l) || (titled && is_bare_contents_entry(l)))
    }) {
        end += 1;
    }
    // Without its title (Word's table of contents inserted bare), three entries at
    // least.
    if titled || end >= start + CONTENTS_MIN_ENTRIES {
        end
    } else {
        from
    }
}

/// Fewest lines of a table of contents that has no title.
const CONTENTS_MIN_ENTRIES: usize = 3;

/// `MỤC LỤC` (`Contents`, as an English Word titles its table of contents), however
/// marked up.
fn is_contents_title(block: &Block) -> bool {
    if !short(block) {
        return false;
    }
    // Pandoc writes the heading's id and style after it: `# Contents {#contents
    // .TOC-Heading}`.
    let text = block.text.trim_end();
    let text = match text.rfind(" {") {
        Some(at) if text.ends_with('}') && text[at + 2..].starts_with(['#', '.']) => &text[..at],
        _ => text,
    };
    // Folding never joins two words, and the longest title is three: a subject line is
    // not folded whole to be told from it.
    let text = text.trim_matches(|c: char| !c.is_alphanumeric());
    text.split_whitespace().nth(3).is_none()
        && matches!(bare(text).as_str(), "muc luc" | "contents" | "table of contents")
}

/// A line under a table of contents' title that ends with its page number after a
/// space, the leader lost. Pandoc writes Word's entries as a link holding a link,
/// `[I. CÔNG TÁC LÃNH ĐẠO [2](#_Toc0)](#_Toc0)`, which Markdown shows as `[I. CÔNG TÁC
/// LÃNH ĐẠO 2](#_Toc0)`.
fn is_bare_contents_entry(line: &str) -> bool {
    let line = line.trim_end();
    let line = match line.rfind("](#") {
        Some(at) if line.ends_with(')') => line[..at].trim_start_matches('['),
        _ => line,
    };
    let title = line.trim_end_matches(|c: char| c.is_ascii_digit());
    (1..=3).contains(&(line.len() - title.len())) && title.ends_with(' ') && title.chars().any(char::is_alphabetic)
}

/// A line of a table of contents: a title, a leader (dots, an ellipsis or a tab) and a
/// page number.
fn is_contents_entry(line: &str) -> bool {
    let line = line.trim_end();
    let title = line.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = line.len() - title.len();
    // A leader is a tab, an ellipsis or two dots at least (`........`, `. . .`): one dot
    // ends a sentence (`Tỷ lệ đạt 98.5`).
    let spaced = title.trim_end_matches(' ');
    let leader = &spaced[spaced.trim_end_matches(['.', ' ', '…']).len()..];
    let dots = leader.chars().filter(|&c| c == '.' || c == '…').count();
    let led = title.ends_with('\t') || leader.contains('…') || dots >= 2;
    (1..=3).contains(&digits) && led && title.chars().any(char::is_alphabetic)
}

/// `Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy`.
fn is_addressee(block: &Block) -> bool {
    block.kind == BlockKind::Paragraph && short(block) && folded_start(block).starts_with("kinh gui")
}

/// One of the recipients under `Kính gửi:`, a list or lines typed with a dash as Word
/// keeps them (`- Ban Thường vụ Tỉnh ủy;`).
fn is_recipient(block: &Block) -> bool {
    short(block)
        && (block.kind == BlockKind::Item
            || block.kind == BlockKind::Paragraph && block.text.trim_start().starts_with(['-', '+', '•', '–']))
}

/// A paragraph giving what the report answers, before the formula: `Thực hiện …`, `Căn
/// cứ …`, `Triển khai …`, `Theo …` — each perhaps a dash's or a bullet's item (`- Căn cứ
/// Kế hoạch số 86-KH/TU …;`, `- Căn cứ Chương trình phối hợp …;`).
fn is_basis(block: &Block) -> bool {
    const BASES: [&str; 4] = ["thuc hien ", "can cu ", "trien khai ", "theo "];
    matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) && short(block) && {
        let start = folded_start(block);
        let start = start.trim_start_matches(['-', '+', '*', '•', '–', ' ']);
        BASES.iter().any(|b| start.starts_with(b))
    }
}

/// `(có biểu số liệu kèm theo)`, `(Có phụ lục kèm theo)`: a note in brackets that
/// something is attached.
fn is_attachment_note(block: &Block) -> bool {
    let text = block.text.trim();
    block.kind == BlockKind::Paragraph
        && text.starts_with('(')
        && text.ends_with(')')
        && text.split_whitespace().count() <= 15
        && {
            // Said in whole words: `biểu` alone is in `biểu dương`, `tiêu biểu`, `biểu mẫu`.
            let folded = bare(text);
            let words: Vec<&str> = folded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let says = |phrase: &[&str]| words.windows(phrase.len()).any(|w| w == phrase);
            says(&["kem", "theo"]) || says(&["dinh", "kem"]) || says(&["phu", "luc"]) || says(&["bieu", "so", "lieu"])
        }
}

/// A line of capitals without numbering before the type line: the issuing body's name
/// (`BAN TỔ CHỨC`), part of the header only if a header line follows it.
fn is_body_name(block: &Block, source: &str) -> bool {
    // A heading at the top of a report with no header block is its first part's.
    if block.heading_level().is_some() {
        return false;
    }
    // Several columns (`BAN CHẤP HÀNH <spaces> HỘI NÔNG DÂN VIỆT NAM` / `HỘI NÔNG DÂN TỈNH
    // NGHỆ AN`): each a name.
    match pieces(block, source) {
        Some(pieces) if pieces.len() > 1 => pieces.iter().all(|p| is_capitals_name(p)),
        _ => short(block) && is_capitals_name(block.text.trim()),
    }
}

/// Most words of a body's name in a header: the committees merged in 2025 bear names of
/// thirteen words and more (`BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÀNH PHỐ HỒ CHÍ MINH`,
/// `ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG, MẶT TRẬN TỔ QUỐC, CÁC ĐOÀN THỂ TỈNH …`).
const BODY_NAME_MAX_WORDS: usize = 20;

/// A short line in capitals without numbering: a body's name (`SỞ TÀI CHÍNH`).
fn is_capitals_name(text: &str) -> bool {
    text.split_whitespace().count() <= BODY_NAME_MAX_WORDS
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
    let end = |c: char| matches!(c, ':' | '.') || c.is_whitespace() || crate::text::fold::is_odd_space(c);
    let text = block.text.trim_end_matches(end);
    // "… báo cáo như sau (có biểu số liệu kèm theo):": a closing parenthesis is an aside.
    let text = match text.strip_suffix(')').and_then(|t| t.rfind('(').map(|i| &t[..i])) {
        Some(before) => before.trim_end_matches(|c: char| c == ',' || end(c)),
        None => text,
    };
    // Folding never joins two words: the paragraph's last words are folded, not all of it.
    let tail = text
        .char_indices()
        .rev()
        .nth(FORMULA_TAIL_CHARS)
        .map_or(text, |(i, _)| &text[i..]);
    bare(tail).ends_with("nhu sau")
}

/// The opening formula that says who reports (`…, Đảng ủy xã Anh Sơn báo cáo kết quả …
/// như sau:`) among the first blocks from `from`: the only place a report without a
/// header block names its unit.
pub fn reporting_formula(blocks: &[Block], from: usize) -> Option<usize> {
    (from..blocks.len().min(from + OPENING_FORMULA_BLOCKS))
        .find(|&b| is_opening_formula(&blocks[b]) && folded(&blocks[b]).contains("bao cao"))
}

/// Blocks from a report's start its opening formula is looked for in: an addressee,
/// the title block, the basis paragraphs.
const OPENING_FORMULA_BLOCKS: usize = 12;

/// Characters of an opening formula's end folded to find `như sau` in: room for the
/// words and for spaces or combining marks between their letters.
const FORMULA_TAIL_CHARS: usize = 40;

/// Openings of a signature block (`T/M`, `K/T`, `T/L`, `TUQ.`, `Q.` — as the signature
/// reader knows them — or `Thay mặt`) and of the recipients list; `text` folded.
fn opens_closing(text: &str) -> bool {
    text.starts_with("noi nhan") || text.starts_with("thay mat ") || is_authority(text)
}

/// The first block of the closing apparatus, looked for after the header and in the last
/// part of the report only: a `T/M …` line early in the body is a quotation, and so is a
/// signature the report quotes ([`introduced`]).
fn closing_start(blocks: &[Block], after: usize, source: &str) -> Option<usize> {
    let from = after.max(blocks.len() / 3);
    // Each block asked once: the last opening is looked for from the end, then the
    // openings before it from the start.
    let opens: Vec<bool> = (from..blocks.len())
        .map(|i| opens_signature(blocks, i, source))
        .collect();
    let opens = |i: usize| opens[i - from];
    // The report's last opening, found from the end (it is near it): a signature before
    // it may be one the report quotes.
    let last = (from..blocks.len()).rev().find(|&i| opens(i))?;
    let mut at = from;
    while at < last {
        if !opens(at) {
            at += 1;
            continue;
        }
        // A signature the report quotes is passed over whole, not line by line.
        let end = closing_end(blocks, at);
        if !(introduced(blocks, at) && end <= last) {
            return Some(at);
        }
        at = end;
    }
    Some(last)
}

/// The first word, without diacritics, of whom a unit reports to in its closing sentence
/// (`… báo cáo Ban Thường vụ Tỉnh ủy`, `… báo cáo Tỉnh ủy`, `… báo cáo Thường trực …`).
const ADDRESSEES: [&str; 15] = [
    "ban", "tinh", "thuong", "dang", "huyen", "thanh", "uy", "cap", "so", "hoi", "btv", "trung", "ubnd", "van", "bo",
];

/// Most words of a report's closing sentence (`Trên đây là báo cáo … của Sở Nội vụ./.`).
const FORMULA_MAX_WORDS: usize = 60;

/// The sentence that closes a report right above its signature or recipients, ended
/// with the document's end mark `./.` (Nghị định 30/2020): `Trên đây là báo cáo tổng kết
/// …./.`, `Kính báo cáo Ban Thường vụ Tỉnh ủy./.`, `Sở Y tế báo cáo Ban Tuyên giáo …
/// tổng hợp./.`. Apparatus: the unit's address to its superior, not its account. A last
/// proposal ended with the mark (`Đề nghị … hướng dẫn việc báo cáo./.`, `Trên đây là báo
/// cáo …; đề nghị …./.`) is text.
fn is_closing_formula(block: &Block) -> bool {
    block.kind == BlockKind::Paragraph && says_closing_formula(block.text.trim())
}

/// Most printed lines a closing formula is read back over (a PDF's text, a line a
/// paragraph): `Trên đây là báo cáo … của` / `Ban Thường vụ Đảng ủy phường Hoàng Mai./.`.
const FORMULA_LINES: usize = 3;

/// The first block of a closing formula a printed page wrapped, ending at block `last`
/// (which ends with `./.`): the paragraphs before it that end mid-sentence, read with it
/// as one sentence, no further back than `from`.
fn wrapped_closing_formula(blocks: &[Block], last: usize, from: usize) -> Option<usize> {
    let mid_sentence =
        |b: &Block| b.kind == BlockKind::Paragraph && !b.text.trim_end().ends_with(['.', ':', ';', '!', '?', '”', ')']);
    if blocks.get(last)?.kind != BlockKind::Paragraph {
        return None;
    }
    let mut joined = blocks[last].text.trim().to_owned();
    for first in (from..last).rev().take(FORMULA_LINES - 1) {
        if !mid_sentence(&blocks[first]) {
            return None;
        }
        joined = format!("{} {joined}", blocks[first].text.trim());
        if says_closing_formula(&joined) {
            return Some(first);
        }
    }
    None
}

/// [`is_closing_formula`] on a paragraph's text.
fn says_closing_formula(text: &str) -> bool {
    // An extract's end marked as such (`(Hết phần trích)`, `(Hết trích)`), where the
    // original's closing sentence stood.
    let marked = text.trim_matches(['*', '_', ' ']);
    if let Some(inner) = marked.strip_prefix('(').and_then(|t| t.strip_suffix(')'))
        && inner.split_whitespace().count() <= 4
        && bare(inner).starts_with("het ")
        && bare(inner).ends_with("trich")
    {
        return true;
    }
    if !text.ends_with("./.") || text.split_whitespace().nth(FORMULA_MAX_WORDS).is_some() {
        return false;
    }
    let folded = bare(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let said = |i: usize, phrase: &[&str]| words.get(i..i + phrase.len()) == Some(phrase);
    let proposes = |i: usize| said(i, &["de", "nghi"]) || said(i, &["de", "xuat"]) || said(i, &["kien", "nghi"]);
    // A request (`đề nghị`, `kiến nghị`, `đề xuất` as a verb, not `một số kiến nghị, đề
    // xuất` the report holds) for more than its superior's review (`kính đề nghị Ban
    // Tuyên giáo … xem xét, tổng hợp`) is the unit's proposal: its text, however it ends.
    let requests: Vec<usize> = (0..words.len())
        .filter(|&i| proposes(i))
        .filter(|&i| !(i >= 1 && matches!(words[i - 1], "so" | "cac" | "nhung") || i >= 2 && proposes(i - 2)))
        .collect();
    for (n, &i) in requests.iter().enumerate() {
        let end = requests.get(n + 1).copied().unwrap_or(words.len());
        if words[(i + 2).min(end)..end].iter().any(|w| !is_addressed(w)) {
            return false;
        }
    }
    if said(0, &["tren", "day"]) {
        return true;
    }
    // `[the body] báo cáo [the superior] (để) tổng hợp | theo dõi, chỉ đạo | biết`: the
    // body's name comes first (`Ủy ban MTTQ Việt Nam tỉnh báo cáo …`), the purpose last;
    // or `(Xin) kính | Trân trọng báo cáo [the superior]`. `báo cáo` reports to someone
    // (`… báo cáo về | để | với Ban Thường vụ`), not the reporting spoken of (`Công tác báo
    // cáo, thống kê … cần được quan tâm chỉ đạo./.`).
    let to_superior = |i: usize| {
        i >= 1 && matches!(words[i - 1], "kinh" | "trong")
            || words[i + 2..]
                .iter()
                .find(|w| !matches!(**w, "ve" | "de" | "voi" | "len" | "gui" | "ket" | "qua"))
                .is_none_or(|w| ADDRESSEES.contains(w))
    };
    let Some(verb) = (0..words.len().min(16)).find(|&i| said(i, &["bao", "cao"]) && to_superior(i)) else {
        return false;
    };
    let purpose = ["tong hop", "theo doi", "chi dao", "xem xet", "bao cao", "biet"];
    let last = words[words.len().saturating_sub(2)..].join(" ");
    purpose.iter().any(|p| last.ends_with(p)) || words[verb + 2..].iter().all(|w| is_addressed(w))
}

/// Whether words (without diacritics) open the name of a superior body a unit asks
/// something of (`Tỉnh ủy`, `Ban Thường vụ`, `Trung ương`, `UBND tỉnh`, `Bộ Y tế`): two words, or
/// one that is an abbreviation, so that `ban hành`, `tình trạng`, `bổ sung` are none.
pub(crate) fn names_superior(words: &[&str]) -> bool {
    const ONE: [&str; 5] = ["ubnd", "hdnd", "btv", "mttq", "tw"];
    const TWO: [&str; 37] = [
        "tinh uy",
        "thanh uy",
        "huyen uy",
        "dang uy",
        "trung uong",
        "ban thuong",
        "ban bi",
        "ban tuyen",
        "ban dan",
        "ban to",
        "ban chi",
        "ban chap",
        "uy ban",
        "hoi dong",
        "chinh phu",
        "quoc hoi",
        "thu tuong",
        "thuong truc",
        "bo chinh",
        "cap uy",
        "cac bo",
        "cap tren",
        // A ministry, a department's superior (`Đề nghị Bộ Giáo dục và Đào tạo …`); not
        // `bổ sung`, `bộ máy`, `bộ phận`.
        "bo giao",
        "bo noi",
        "bo tai",
        "bo y",
        "bo cong",
        "bo quoc",
        "bo tu",
        "bo lao",
        "bo van",
        "bo xay",
        "bo nong",
        "bo khoa",
        "bo ke",
        "bo ngoai",
        "bo dan",
    ];
    match words {
        [first, second, ..] if TWO.iter().any(|t| t.split_once(' ') == Some((first, second))) => true,
        [first, ..] => ONE.contains(first),
        [] => false,
    }
}

/// Whether a word (without diacritics) names a superior body or what it is asked to do
/// with a report: `Ban Tuyên giáo và Dân vận Tỉnh ủy`, `Ban Thường vụ`, `BTV`, `xem xét`,
/// `tổng hợp`, `theo dõi, chỉ đạo`, `báo cáo`, `biết`.
fn is_addressed(word: &str) -> bool {
    const BODIES: [&str; 51] = [
        "ban", "tuyen", "giao", "dan", "van", "tinh", "uy", "thuong", "vu", "truc", "dang", "bo", "huyen", "thanh",
        "thi", "xa", "phuong", "chap", "hanh", "trung", "uong", "bi", "thu", "to", "chuc", "kiem", "tra", "mat",
        "tran", "quoc", "viet", "nam", "nhan", "hoi", "doan", "so", "cap", "tren", "btv", "bch", "ubnd", "hdnd",
        "mttq", "tw", "phong", "lanh", "tg", "dv", "tu", "hu", "du",
    ];
    const ASKED: [&str; 20] = [
        "xem", "xet", "tong", "hop", "theo", "doi", "chi", "dao", "biet", "bao", "cao", "de", "va", "cho", "y", "kien",
        "quan", "tam", "kinh", "cac",
    ];
    BODIES.contains(&word) || ASKED.contains(&word)
}

/// Whether a signature at `start` is introduced by a line ending with a colon (`Mẫu chữ ký
/// được thống nhất như sau:`): one the report quotes when the report's own signature
/// follows it. A report's last words before its signature may end with a colon too (`…
/// trân trọng báo cáo:`): with no signature after it, that one is real.
fn introduced(blocks: &[Block], start: usize) -> bool {
    start.checked_sub(1).and_then(|i| blocks.get(i)).is_some_and(|b| {
        let text = b.text.trim_end();
        b.kind == BlockKind::Paragraph
            && text.ends_with(':')
            && !crate::text::heading::starts_with_numbering(text.trim_start())
    })
}

/// Whether block `i` opens a signature block or the recipients list.
fn opens_signature(blocks: &[Block], i: usize, source: &str) -> bool {
    let block = &blocks[i];
    if block.kind == BlockKind::Table {
        return table_opens_closing(block);
    }
    // Every opening starts, folded, `t/`, `tm`, `tl`, `tu`, `tha`, `k/`, `kt`, `q.`,
    // `q/` or `no` (`T/M`, `TM.`, `T/L`, `TUQ.`, `Thay mặt`, `K/T`, `Q.`, `Nơi nhận`,
    // `Nới nhận` typed with a wrong tone), or is a title in capitals (`GIÁM ĐỐC`): most
    // paragraphs are passed over with only their first letters looked at, and only
    // these folded.
    let text = block.text.trim_start_matches(|c| !crate::text::is_alphanumeric(c));
    if block.heading_level().is_some() {
        return false;
    }
    if capitals_start(text) && short(block) && signs_alone(blocks, i, source) {
        return true;
    }
    // An ASCII letter or digit is its own fold (lower-cased): most paragraphs open with one
    // that starts no opening, and are passed over without folding.
    if text.starts_with(|c: char| c.is_ascii() && !matches!(c.to_ascii_lowercase(), 't' | 'k' | 'n' | 'q')) {
        return false;
    }
    let start = text.char_indices().nth(8).map_or(text, |(i, _)| &text[..i]);
    let start = bare(start);
    let mut chars = start.chars();
    let opening = matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('t'), Some('/' | 'm' | 'l' | 'u'), _)
            | (Some('t'), Some('h'), Some('a'))
            | (Some('k'), Some('/' | 't'), _)
            | (Some('q'), Some('.' | '/'), _)
            | (Some('n'), Some('o'), _)
    );
    opening && short(block) && opens_closing(&folded_start(block)) && names_no_more(text)
}

/// Most words an authority's line holds (`T/M Ban Thường vụ Đảng ủy Sở Nông nghiệp và
/// Phát triển nông thôn`: 13); a line longer is a sentence.
const AUTHORITY_MAX_WORDS: usize = 16;

/// Words from which a line ended with a full stop is a sentence (`T/M BAN THƯỜNG VỤ.` is
/// still a signature's line).
const SENTENCE_MIN_WORDS: usize = 7;

/// Whether the first line of `text`, an opening of the closing by its first letters,
/// names an authority or the recipients and no more. After `Nơi nhận` comes its colon,
/// its first dash item or the line's end (`Nơi nhận:- Như trên;`), never a word (`Nơi
/// nhận phản ánh của người dân được bố trí …`). An authority's name, in capitals or not
/// (`T/M Ban Thường vụ Đảng ủy Quân sự tỉnh`), has no comma or semicolon and no full stop
/// after a sentence's words: `T/M Ban Thường vụ, đồng chí Bí thư đã ký …` and `**T/M BAN
/// THƯỜNG VỤ** Đảng ủy ký ban hành Nghị quyết … .` are the report's text.
fn names_no_more(text: &str) -> bool {
    let line = text.lines().next().unwrap_or_default();
    let plain: String = line.chars().filter(|&c| !matches!(c, '*' | '_')).collect();
    let plain = plain.trim();
    let words: Vec<&str> = plain.split_whitespace().collect();
    let bare_start = bare(&words.iter().take(2).copied().collect::<Vec<_>>().join(" "));
    if bare_start.starts_with("noi nhan") {
        // Past `Nơi`, the spaces and the letters of `nhận` (their marks apart from them in
        // a text typed on a Mac).
        let letter = |c: char| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c);
        let after = plain
            .trim_start_matches(letter)
            .trim_start()
            .trim_start_matches(letter)
            .trim_start();
        return after.is_empty() || after.starts_with([':', '-', '–', '—', '+']);
    }
    let sentence = plain.contains([',', ';'])
        || (plain.ends_with('.') && !plain.ends_with("./.") && words.len() >= SENTENCE_MIN_WORDS)
        || words.len() > AUTHORITY_MAX_WORDS;
    !sentence
}

/// Whether `text` starts with two letters or more in capitals, its first six letters all
/// capitals (`GIÁM ĐỐC`, `T/M BAN`): a title's or an opening's line. Running text goes on
/// in small letters after its first, and is passed over without folding.
fn capitals_start(text: &str) -> bool {
    let mut letters = text.chars().filter(|&c| crate::text::is_alphabetic(c)).take(6);
    let mut count = 0;
    letters.all(|c| {
        count += 1;
        c.is_uppercase()
    }) && count >= 2
}

/// A signature with the title alone, no `T/M` or `K/T` above it (`GIÁM ĐỐC`, `CHÁNH THANH
/// TRA`, `BÍ THƯ`), as the signature reader reads one: the title at block `at`, then within
/// a few lines a person's name (a rank before it, `(Đã ký)` between), and after the name
/// nothing, the recipients, or what closes a report (a heading, a table, a line in
/// capitals such as `PHỤ LỤC`) — never running text.
fn signs_alone(blocks: &[Block], at: usize, source: &str) -> bool {
    const WITHIN: usize = 4;
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (i, block) in blocks.iter().enumerate().skip(at).take(WITHIN) {
        if block.kind != BlockKind::Paragraph || !short(block) {
            break;
        }
        match pieces(block, source) {
            Some(pieces) => lines.extend(pieces.into_iter().map(|p| (i, p))),
            None => lines.push((i, block.text.trim().to_owned())),
        }
    }
    let mut lines = lines.into_iter();
    if !lines.next().is_some_and(|(_, title)| is_signer_title(&title)) {
        return false;
    }
    let Some((named, _)) = lines
        .find(|(_, line)| !is_aside(line))
        .filter(|(_, line)| signer_name(line).is_some())
    else {
        return false;
    };
    // The name ends its block: nothing of the report's shares it.
    if lines.any(|(i, _)| i == named) {
        return false;
    }
    blocks.get(named + 1).is_none_or(closes_report)
}

/// `(Đã ký)`, `(ký, đóng dấu)`, `(ký tên)`, or a rank alone above the name: lines of a
/// signature between its title and its name.
fn is_aside(line: &str) -> bool {
    let line = line.trim();
    (line.starts_with('(') && line.ends_with(')') && line.split_whitespace().count() <= 5)
        || crate::report::header::is_rank(line)
}

/// What may follow a signature: the recipients or another opening, a heading, a table,
/// or a line in capitals (`PHỤ LỤC`, `BIỂU SỐ LIỆU`).
fn closes_report(block: &Block) -> bool {
    block.heading_level().is_some()
        || block.kind == BlockKind::Table
        || capitals_start(block.text.trim_start_matches(|c| !crate::text::is_alphanumeric(c)))
        || opens_closing(&folded_start(block))
}

/// A signature pasted as a table (Word's borderless one): its first row with any text —
/// a Word table's empty first row, made the header row, says nothing — holds `Nơi nhận:`,
/// `T/M …` or `K/T …`, or a title whose name a later row gives.
fn table_opens_closing(block: &Block) -> bool {
    let Some(row) = block.rows.iter().find(|r| r.cells.iter().any(|c| !c.trim().is_empty())) else {
        return false;
    };
    let cell_text = |cell: &str| cell.trim_matches(|c: char| c == '*' || c.is_whitespace()).to_owned();
    row.cells.iter().any(|cell| {
        let cell = cell_text(cell);
        opens_closing(&bare(&cell))
            || (is_signer_title(&cell)
                && block
                    .rows
                    .iter()
                    .flat_map(|r| &r.cells)
                    .any(|c| signer_name(&cell_text(c)).is_some()))
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
        // Footnotes written after the signature are the report's text, not its apparatus.
        let note = crate::report::footnote::number(&block.text).is_some();
        if heading_like || note || (block.kind == BlockKind::Table && !table_opens_closing(block)) || !short(block) {
            break;
        }
        let text = folded(block);
        if text.starts_with("phu luc") || text.starts_with("bieu ") || text.split(' ').count() > 30 {
            break;
        }
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_letters_are_found_as_the_six_patterns_find_them() {
        let alphabet = b"SsAaOoYLTx";
        let mut texts: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..4 {
            let longer: Vec<Vec<u8>> = texts
                .iter()
                .filter(|t| t.len() == texts.last().map_or(0, Vec::len))
                .flat_map(|t| alphabet.iter().map(move |&c| [t.as_slice(), &[c]].concat()))
                .collect();
            texts.extend(longer);
        }
        assert!(texts.len() > 10_000);
        for text in texts {
            let text = String::from_utf8(text).expect("ASCII");
            let want = ["SAO", "Sao", "sao", "SY", "SL", "TS"].iter().any(|p| text.contains(p));
            assert_eq!(holds_copy_letters(text.as_bytes()), want, "{text}");
        }
    }
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
    fn an_opening_names_an_authority_or_the_recipients_and_no_more() {
        use unicode_normalization::UnicodeNormalization;
        for opening in [
            "Nơi nhận:",
            "Nơi nhận :",
            "Nơi nhận:- Như trên;",
            "Nơi nhận",
            "T/M BAN THƯỜNG VỤ",
            "T/M Ban Thường vụ Đảng ủy Quân sự tỉnh",
            "TM. Ủy ban nhân dân tỉnh",
            "Thay mặt Ban Chấp hành Hội Nông dân tỉnh",
        ] {
            assert!(names_no_more(opening), "{opening}");
            let decomposed: String = opening.nfd().collect();
            assert!(names_no_more(&decomposed), "{opening}, decomposed");
        }
        for sentence in [
            "Nơi nhận phản ánh, kiến nghị của người dân được bố trí tại bộ phận một cửa.",
            "T/M Ban Thường vụ, đồng chí Bí thư đã ký Nghị quyết chuyên đề.",
            "**T/M BAN THƯỜNG VỤ** Đảng ủy ký ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về dân vận.",
        ] {
            assert!(!names_no_more(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_kind_of_report_is_its_type_line_and_a_date_in_figures_a_date_line() {
        for line in ["bao cao", "bao cao lien tich", " bao cao tom tat", "bao cao nhanh"] {
            assert!(is_type_line(line), "{line}");
        }
        assert!(!is_type_line("bao cao tong ket 10 nam"));
        // The type run on into the subject gives the subject's first words; `BÁO CÁO`
        // alone or a kind of it, a sentence, and a line ended as one give none.
        let run_on = |text: &str| type_with_subject(&blocks(text, 0)[0]);
        assert_eq!(run_on("**BÁO CÁO TỔNG KẾT**").as_deref(), Some("TỔNG KẾT"));
        assert_eq!(
            run_on("BÁO CÁO TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW").as_deref(),
            Some("TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
        );
        for none in [
            "**BÁO CÁO**",
            "BÁO CÁO LIÊN TỊCH",
            "Báo cáo tổng kết 10 năm thực hiện Kết luận",
            "BÁO CÁO KẾT QUẢ NHƯ SAU:",
            "BÁO CÁOVIÊN",
        ] {
            assert_eq!(run_on(none), None, "{none}");
        }
        // The subject under a run-on kind, however it is written, and in a heading style.
        for title in ["**BÁO CÁO TỔNG KẾT**", "# BÁO CÁO TỔNG KẾT", "BÁO CÁO TỔNG KẾT"] {
            let text = format!(
                "SỞ NỘI VỤ\n\nSố: 402/BC-SNV\n\n{title}\n\n10 năm thực hiện Kết luận số 114-KL/TW ở Sở Nội vụ\n\n{BODY}"
            );
            let b = blocks(&text, 0);
            let (end, subject) = header_end(&b, &text);
            assert_eq!(b[end].text, "I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "{title}");
            assert_eq!(
                subject.map(|(_, s)| s).as_deref(),
                Some("TỔNG KẾT 10 năm thực hiện Kết luận số 114-KL/TW ở Sở Nội vụ"),
                "{title}"
            );
        }
        // A report with no header block opening with a long heading in capitals, then a
        // sentence that opens with a date or a dash item naming a standing committee: no
        // header.
        for first in [
            "# ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW Ở SỞ NỘI VỤ\n\nNgày 10 tháng 9 năm 2015, Đảng ủy Sở ban hành Kế hoạch số 15-KH/ĐU thực hiện Kết luận.",
            "**ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW Ở SỞ NỘI VỤ**\n\n- Ban Thường vụ Đảng ủy Sở đã ban hành 48 văn bản;\n- Tổ chức 12 hội nghị.",
        ] {
            let text = format!("{first}\n\n{BODY}");
            assert_eq!(header_end(&blocks(&text, 0), &text), (0, None), "{first}");
        }
        // A sub-unit's report filed after the unit's, its type run on into its subject.
        let text = format!(
            "ĐẢNG ỦY XÃ THANH CHƯƠNG\n\nSố 66-BC/ĐU\n\n**BÁO CÁO**\n\n**Tổng kết 10 năm**\n\n{BODY}CHI BỘ XÓM 5\n\nSố 07-BC/CB\n\n**BÁO CÁO KẾT QUẢ**\n\n**10 năm thực hiện Kết luận số 114-KL/TW ở Chi bộ xóm 5**\n\nChi bộ xóm 5 tổ chức quán triệt Kết luận đến toàn thể đảng viên.\n"
        );
        let b = blocks(&text, 0);
        let attached = find(&b, &text).attached.expect("the chi bộ's report");
        assert_eq!(b[attached.start].text, "CHI BỘ XÓM 5");
        assert_eq!(attached.number, "07-BC/CB");
        assert!(is_date_line("dien chau, ngay 9/4/2026"));
        assert!(is_date_line("thanh pho ho chi minh, ngay 15 thang 4 nam 2026"));
        assert!(is_date_line("nghe an, ngay    thang 4 nam 2026"));
        for noted in [
            "nghe an, ngay 15 thang 4 nam 2026 (du thao lan 2)",
            "nghe an, ngay 15/4/2026 - ban chinh thuc",
            "nghe an, ngay 15 thang 4 nam 2026 (ban trinh hoi nghi ban chap hanh)",
            "nghe an, ngay 15 thang 4 nam 2026.",
        ] {
            assert!(is_date_line(noted), "{noted}");
        }
        assert!(!is_date_line(
            "ngay 10 thang 9 nam 2015, dang uy so ban hanh ke hoach so 15-kh/du."
        ));
        let text = format!(
            "ĐẢNG ỦY XÃ DIỄN CHÂU\n\n\\*\n\nSố 52-BC/ĐU\n\n*Diễn Châu, ngày 9/4/2026*\n\n**BÁO CÁO LIÊN TỊCH**\n\n{BODY}"
        );
        let found = ranges(&text);
        assert_eq!(
            found[0],
            ("ĐẢNG ỦY XÃ DIỄN CHÂU".to_owned(), "BÁO CÁO LIÊN TỊCH".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn an_opening_formula_after_an_opening_parts_first_lines_is_apparatus() {
        let text = format!(
            "ĐẢNG ỦY XÃ THANH CHƯƠNG\n\n\\*\n\nSố 66-BC/ĐU\n\n**BÁO CÁO**\n\n**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**\n\n\
             **MỞ ĐẦU**\n\nMười năm qua, Đảng bộ xã lãnh đạo thực hiện Kết luận trong bối cảnh xã được hợp nhất từ bốn xã cũ.\n\n\
             Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã báo cáo kết quả như sau:\n\n{BODY}"
        );
        let found = ranges(&text);
        assert!(found[1].0.starts_with("Thực hiện Kế hoạch số 86-KH/TU"), "{found:?}");
        // The opening part's own lines stay the unit's.
        assert!(!found.iter().any(|r| r.0.starts_with("Mười năm qua")), "{found:?}");
    }

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
    fn a_mass_organisations_header_with_its_own_name_for_a_motto_is_apparatus() {
        // The Farmers' Association writes its own name where the Party writes its; as a
        // table (pandoc's HTML or pipe table) and as lines.
        for header in [
            "| HỘI NÔNG DÂN TỈNH NGHỆ AN<br>**BAN THƯỜNG VỤ**<br>\\*<br>Số 215-BC/HNDT | **HỘI NÔNG DÂN VIỆT NAM**<br>*Nghệ An, ngày 11 tháng 4 năm 2026* |\n|---|---|\n",
            "HỘI NÔNG DÂN TỈNH NGHỆ AN\n\n**BAN THƯỜNG VỤ**\n\n\\*\n\nSố 215-BC/HNDT\n\n**HỘI NÔNG DÂN VIỆT NAM**\n\n*Nghệ An, ngày 11 tháng 4 năm 2026*\n",
        ] {
            let text =
                format!("{header}\n**BÁO CÁO**\n\n**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**\n\n{BODY}");
            let found = ranges(&text);
            assert_eq!(
                found.first().map(|r| r.1.as_str()),
                Some("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW"),
                "{found:?}"
            );
        }
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
    fn a_plain_subject_pasted_over_two_lines_is_the_subject_and_the_opening_follows() {
        let text = format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ QUỲNH LƯU\n*\nSố 118-BC/ĐU\n\nBÁO CÁO\n\nTổng kết 10 năm thực hiện Kết luận số 114-KL/TW\n\ncủa Ban Bí thư (khóa XI) về công tác dân vận của cơ quan nhà nước\n\nThực hiện Kế hoạch số 86-KH/TU, Đảng ủy xã báo cáo kết quả như sau:\n\n{BODY}"
        );
        // One paragraph a line, as a Notepad paste is read.
        let found = ranges(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("Thực hiện Kế hoạch số 86-KH/TU"), "{found:?}");
    }

    #[test]
    fn who_reports_in_capitals_under_the_subject_is_the_title_block_not_the_subject() {
        // A published layout: the reporting body's name under the subject, then the basis.
        let text = format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n*\nSố 67-BC/ĐU\n\nBÁO CÁO\n\nTỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW\n\nBAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ\n\nCăn cứ Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI);\n\nThực hiện Kế hoạch số 86-KH/TU, Ban Thường vụ Đảng ủy phường báo cáo như sau:\n\n{BODY}"
        );
        let found = ranges(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("Thực hiện Kế hoạch số 86-KH/TU"), "{found:?}");
        let b = blocks(&text, 0);
        let subject = find(&b, &text).subject.map(|(_, s)| s);
        assert_eq!(
            subject.as_deref(),
            Some("TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
        );
        // A part's title in capitals there is no body's name: the report's; nor is a
        // heading opening with a body's word (`PHONG TRÀO …`, `HỘI NGHỊ …`).
        for own in [
            "ĐẶC ĐIỂM TÌNH HÌNH",
            "PHONG TRÀO THI ĐUA DÂN VẬN KHÉO",
            "HỘI NGHỊ ĐỐI THOẠI VỚI NHÂN DÂN",
        ] {
            let context = text.replace("BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ", own);
            let found = ranges(&context);
            assert!(found[0].1.starts_with("TỔNG KẾT 10 NĂM"), "{own}: {found:?}");
        }
        // The subject's second line in bold, naming its document (`SỐ 05-CT/TW`), is the
        // subject's: a report of another campaign is told by it.
        let other = text.replace(
            "TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW\n\nBAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ",
            "**SƠ KẾT 5 NĂM THỰC HIỆN CHỈ THỊ**\n\n**SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ**",
        );
        let b = blocks(&other, 0);
        let subject = find(&b, &other).subject.map(|(_, s)| s).unwrap_or_default();
        assert!(subject.contains("05-CT/TW"), "{subject}");
    }

    #[test]
    fn a_sentence_after_a_subject_ending_on_a_phrase_is_the_report_s() {
        // `… dân vận chính quyền cơ sở`: `sở` ends a phrase (with its mark; `số` leads on).
        let text = format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ THANH CHƯƠNG\n*\nSố 47-BC/ĐU\n\nBÁO CÁO\n\nTổng kết công tác dân vận chính quyền cơ sở\n\nXã Thanh Chương có 41 chi bộ với 1.580 đảng viên, tiếp 1.236 lượt công dân.\n\n{BODY}"
        );
        let b = blocks(&text, 0);
        let subject = find(&b, &text).subject.map(|(_, s)| s).unwrap_or_default();
        assert_eq!(subject, "Tổng kết công tác dân vận chính quyền cơ sở");
    }

    #[test]
    fn a_chats_times_and_senders_and_its_reply_after_the_report_are_the_chats() {
        let text = format!(
            "{BODY}08:48\n\nNguyễn Thu Hà\n\nT/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nLê Thị Mai\n\n| STT | Nội dung | Số liệu |\n|---|---|---|\n| 1 | Văn bản | 20 |\n\n09:02\n\nVăn thư Ban TG&DV\n\nĐã nhận, cảm ơn em\n"
        );
        let b = blocks(&text, 0);
        let at = |line: &str| b.iter().position(|x| x.text == line).expect(line);
        let found = find(&b, &text);
        for line in [
            "08:48",
            "Nguyễn Thu Hà",
            "09:02",
            "Văn thư Ban TG&DV",
            "Đã nhận, cảm ơn em",
        ] {
            assert!(contains(&found.ranges, at(line)), "{line}: {:?}", found.ranges);
        }
        // The report's own lines are none of a chat's.
        assert!(!is_chat_time(&b[at("Đơn vị đạt nhiều kết quả.")]));
        assert!(!contains(&found.ranges, at("Đơn vị đạt nhiều kết quả.")));
    }

    #[test]
    fn an_e_mail_signature_is_after_its_delimiter_alone_on_its_line() {
        let signed = format!("{BODY}T/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nNguyễn Văn A\n\n--\nHồ Thị Lan\nĐT: 0912 345 678\n");
        let b = blocks(&signed, 0);
        assert!(mail_signature(&b, 0, &signed).is_some());
        // Dashes as a bullet (`-- Đề nghị …;`) are the requests' text.
        let bullets = format!("{BODY}-- Đề nghị Ban Thường vụ Tỉnh ủy quan tâm;\n-- Hỗ trợ kinh phí cho cơ sở.\n");
        let b = blocks(&bullets, 0);
        assert_eq!(mail_signature(&b, 0, &bullets), None);
    }

    #[test]
    fn recipients_typed_with_dashes_under_kinh_gui_are_the_opening() {
        // As Word keeps them: paragraphs that open with a dash, not a list.
        let text = format!(
            "UBND TỈNH NGHỆ AN\n**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n\nSố: 812/BC-SGDĐT\n\n**BÁO CÁO**\n\n**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**\n\nKính gửi:\n\n\\- Ban Thường vụ Tỉnh ủy;\n\n\\- Ban Tuyên giáo và Dân vận Tỉnh ủy.\n\nCăn cứ Kế hoạch số 86-KH/TU ngày 20/02/2026 của Ban Thường vụ Tỉnh ủy;\n\nSở Giáo dục và Đào tạo báo cáo kết quả thực hiện như sau:\n\n{BODY}"
        );
        let found = ranges(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1, "Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện như sau:",
            "{found:?}"
        );
    }

    #[test]
    fn a_youth_union_header_in_a_table_is_the_header() {
        // Its right-hand column holds the Union's name as the motto, not the Party's.
        let text = format!(
            "| BCH ĐOÀN TNCS HỒ CHÍ MINH<br>TỈNH NGHỆ AN<br>\\*\\*\\*<br>Số: 412-BC/TĐTN-BTG | ĐOÀN TNCS HỒ CHÍ MINH<br><br>*Nghệ An, ngày 17 tháng 4 năm 2026* |\n|---|---|\n\n**BÁO CÁO**\n\n**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**\n\n{BODY}"
        );
        let found = ranges(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW");
    }

    #[test]
    fn a_letters_excerpt_wrapped_under_its_number_is_the_header_still() {
        for header in [
            // Each line a paragraph, and the lines of one cell (Word's line breaks).
            "ĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY XÃ DIỄN CHÂU\n\nSố 52-BC/ĐU\n\nV/v báo cáo tổng kết 10 năm\n\nthực hiện Kết luận số 114-KL/TW\n\n*Diễn Châu, ngày 10 tháng 4 năm 2026*\n\n**BÁO CÁO**\n\n",
            "ĐẢNG ỦY XÃ DIỄN CHÂU\\\nSố 52-BC/ĐU\\\nV/v báo cáo tổng kết 10 năm\\\nthực hiện Kết luận số 114-KL/TW\n\n*Diễn Châu, ngày 10 tháng 4 năm 2026*\n\n**BÁO CÁO**\n\n",
        ] {
            let found = ranges(&format!("{header}{BODY}"));
            assert_eq!(found.first().map(|r| r.1.as_str()), Some("BÁO CÁO"), "{found:?}");
        }
        // A sentence in small letters after the excerpt is no part of it.
        let text = format!(
            "ĐẢNG ỦY XÃ DIỄN CHÂU\n\nSố 52-BC/ĐU\n\nV/v báo cáo tổng kết\n\nđơn vị đã triển khai thực hiện nghiêm túc các nội dung của kết luận trong suốt mười năm qua và đạt được nhiều kết quả quan trọng.\n\n{BODY}"
        );
        let found = ranges(&text);
        assert_eq!(
            found.first().map(|r| r.1.as_str()),
            Some("V/v báo cáo tổng kết"),
            "{found:?}"
        );
    }

    #[test]
    fn a_closing_sentence_wrapped_over_printed_lines_is_apparatus_whole() {
        // A PDF's text, a printed line a paragraph: the sentence is read back to its start.
        let closing = "Nơi nhận:\n\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nNguyễn Văn An\n";
        let wrapped = format!(
            "{BODY}Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của\n\nBan Thường vụ Đảng ủy phường Hoàng Mai./.\n\n{closing}"
        );
        let found = ranges(&wrapped);
        assert_eq!(
            found.last().map(|r| r.0.as_str()),
            Some("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của"),
            "{found:?}"
        );
        // A last proposal so wrapped stays the unit's text, and so does a sentence ended
        // before it.
        for text in [
            format!(
                "{BODY}Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn thống nhất chế độ\n\nbáo cáo định kỳ./.\n\n{closing}"
            ),
            format!("{BODY}Đơn vị đã hoàn thành kế hoạch.\n\nBan Thường vụ Đảng ủy phường Hoàng Mai./.\n\n{closing}"),
        ] {
            let found = ranges(&text);
            assert_eq!(found.last().map(|r| r.0.as_str()), Some("Nơi nhận:"), "{found:?}");
        }
    }

    #[test]
    fn a_closing_sentence_ended_with_the_end_mark_is_apparatus_a_last_proposal_is_not() {
        let formula = |line: &str| is_closing_formula(&blocks(line, 0)[0]);
        for line in [
            "Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nội vụ./.",
            "Sở Y tế báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh báo cáo Ban Thường vụ Tỉnh ủy để theo dõi, chỉ đạo./.",
            "Kính báo cáo./.",
            "Kính báo cáo Ban Thường vụ Tỉnh ủy./.",
            "Đảng ủy phường Vinh Phú báo cáo Tỉnh ủy biết./.",
            // The report's contents named, or the superior asked only to review it.
            "Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW và một số kiến nghị, đề xuất của Ban Thường trực Ủy ban MTTQ tỉnh./.",
            "Trên đây là báo cáo tổng kết của Ban Thường trực Ủy ban MTTQ tỉnh, kính đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy xem xét, tổng hợp./.",
            "Trên đây là báo cáo của Ban Thường trực, đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy./.",
            "Kính báo cáo và đề nghị Ban Thường vụ Tỉnh ủy xem xét./.",
            // Reporting to someone, however it is put.
            "Ban Thường trực Ủy ban MTTQ tỉnh báo cáo về Ban Tuyên giáo và Dân vận Tỉnh ủy để tổng hợp./.",
            "Ban Thường trực Ủy ban MTTQ tỉnh báo cáo để Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
            "Ban Thường trực Ủy ban MTTQ tỉnh báo cáo kết quả để Ban Thường vụ Tỉnh ủy biết, chỉ đạo./.",
            "Ban Thường trực Ủy ban MTTQ tỉnh báo cáo BTV Tỉnh ủy biết, chỉ đạo./.",
            "Thanh tra tỉnh báo cáo Ban TG&DV Tỉnh ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy./.",
            "Trân trọng báo cáo Ban Thường vụ Tỉnh ủy./.",
            "Xin kính báo cáo Thường trực Tỉnh ủy./.",
            "Ban Thường trực Ủy ban MTTQ tỉnh báo cáo Ban Thường vụ Tỉnh ủy./.",
        ] {
            assert!(formula(line), "{line}");
        }
        for line in [
            "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn thống nhất chế độ báo cáo định kỳ./.",
            "Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nội vụ.",
            "Cán bộ làm công tác báo cáo, thống kê ở cơ sở còn kiêm nhiệm nhiều việc./.",
            // A proposal, wherever it opens, however it ends.
            "Qua tổng hợp báo cáo của các chi bộ, kiến nghị Tỉnh ủy chỉ đạo thống nhất một đầu mối tổng hợp./.",
            "Trên đây là báo cáo tổng kết của Đảng ủy; đề nghị Tỉnh ủy hỗ trợ kinh phí tập huấn cho cơ sở./.",
            // The reporting spoken of, not a unit reporting to its superior.
            "Công tác báo cáo, thống kê số liệu ở cơ sở cần được Tỉnh ủy quan tâm chỉ đạo./.",
            "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy quan tâm, chỉ đạo./.",
        ] {
            assert!(!formula(line), "{line}");
        }
        let text =
            format!("{BODY}Trên đây là báo cáo của Đảng ủy./.\n\n**T/M ĐẢNG ỦY**\n\n**BÍ THƯ**\n\nNguyễn Văn An\n");
        let found = ranges(&text);
        assert_eq!(
            found.last().map(|r| r.0.as_str()),
            Some("Trên đây là báo cáo của Đảng ủy./."),
            "{found:?}"
        );
        // A request in brackets as the last paragraph is the report's text.
        let text = format!(
            "{BODY}(Đề nghị bổ sung biểu mẫu thống kê công tác dân vận)\n\n**T/M ĐẢNG ỦY**\n\n**BÍ THƯ**\n\nNguyễn Văn An\n"
        );
        let found = ranges(&text);
        assert_eq!(found.last().map(|r| r.0.as_str()), Some("T/M ĐẢNG ỦY"), "{found:?}");
        // A note that the figures are attached, above the recipients, in either order
        // with the formula.
        for closing in [
            "(Có biểu số liệu kèm theo)\n\nNơi nhận:\n\n- Như trên;\n- Lưu: VT.\n\n**KT. GIÁM ĐỐC**\n\n**PHÓ GIÁM ĐỐC**\n\nVõ Văn Đức\n",
            "Trên đây là báo cáo của Sở./.\n\n*(Có biểu số liệu kèm theo)*\n\n**KT. GIÁM ĐỐC**\n\n**PHÓ GIÁM ĐỐC**\n\nVõ Văn Đức\n",
            "*(Có biểu số liệu kèm theo)*\n\nTrên đây là báo cáo của Sở./.\n\n**KT. GIÁM ĐỐC**\n\n**PHÓ GIÁM ĐỐC**\n\nVõ Văn Đức\n",
        ] {
            let found = ranges(&format!("{BODY}{closing}"));
            let first = closing.split("\n\n").next().unwrap_or_default().trim_matches('*');
            assert_eq!(found.last().map(|r| r.0.trim_matches('*')), Some(first), "{found:?}");
        }
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

    const HEADER: &str = "ĐẢNG BỘ TỈNH NGHỆ AN\n\n**ĐẢNG ỦY XÃ CON CUÔNG**\n\n\\*\n\nSố 15-BC/ĐU\n\n*Con Cuông, ngày 14 tháng 4 năm 2026*\n\n";
    const SUBJECT: &str = "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW";
    const SIGNED: &str = "**T/M BAN THƯỜNG VỤ**\n**BÍ THƯ**\n\n**Lữ Văn Thông**\n";

    /// The texts of the blocks the apparatus leaves for the report.
    fn kept(text: &str) -> Vec<String> {
        let b = blocks(text, 0);
        let found = find(&b, text);
        (0..b.len())
            .filter(|&i| !contains(&found.ranges, i))
            .map(|i| b[i].text.clone())
            .collect()
    }

    fn body_blocks() -> Vec<String> {
        kept(BODY)
    }

    #[test]
    fn a_title_block_on_consecutive_lines_is_the_title_block() {
        for title in [
            format!("**BÁO CÁO**\n**{SUBJECT}**"),
            format!("**BÁO CÁO**  \n**{SUBJECT}**"),
            format!("**BÁO CÁO**\\\n**{SUBJECT}**"),
            format!("BÁO CÁO\n{SUBJECT}"),
            format!("**BÁO CÁO**\n**{SUBJECT},**\n**giai đoạn 2015 - 2025**"),
            format!("**BÁO CÁO**\n**{SUBJECT}**\n-----"),
        ] {
            let text = format!("{HEADER}{title}\n\n{BODY}{SIGNED}");
            assert_eq!(kept(&text), body_blocks(), "{title}");
            let b = blocks(&text, 0);
            let subject = find(&b, &text).subject.map(|s| s.1).unwrap_or_default();
            assert!(subject.starts_with(SUBJECT), "{title}: {subject}");
            assert!(!subject.contains("BÁO CÁO"), "{title}: {subject}");
        }
        // The whole block with no blank line at all (Notepad), the title at its end.
        let text = format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ CON CUÔNG\n*\nSố 15-BC/ĐU\nCon Cuông, ngày 14 tháng 4 năm 2026\nBÁO CÁO\n{SUBJECT}\n\n{BODY}"
        );
        assert_eq!(kept(&text), body_blocks());
        // Running text after the title on the next lines is the report's.
        let text = format!(
            "{HEADER}**BÁO CÁO**\n**{SUBJECT}**\nBan Thường vụ Đảng ủy đã ban hành kế hoạch quán triệt, tổ chức hội nghị cho cán bộ, đảng viên trong toàn Đảng bộ.\n\n{BODY}"
        );
        assert!(
            kept(&text).iter().any(|t| t.contains("hội nghị cho cán bộ")),
            "{:?}",
            kept(&text)
        );
    }

    #[test]
    fn a_state_signature_with_the_title_alone_is_the_closing_apparatus() {
        let appendix = "PHỤ LỤC\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản | 12 |\n";
        for (signature, after) in [
            ("**GIÁM ĐỐC**\n\n**Thái Văn Thành**\n", ""),
            (
                "**GIÁM ĐỐC**\n\n*(Đã ký)*\n\n**Thái Văn Thành**\n\n**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\n",
                "",
            ),
            ("**CHÁNH THANH TRA**\n\n(ký, đóng dấu)\n\n**Thái Văn Thành**\n", ""),
            ("GIÁM ĐỐC\n\nThái Văn Thành\n\n", appendix),
            (
                "**GIÁM ĐỐC**\n\n**Thái Văn Thành**\n\n",
                "# PHỤ LỤC\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản | 12 |\n",
            ),
            ("**PHÓ GIÁM ĐỐC**\n**Thái Văn Thành**\n", ""),
            ("**CHỦ TỊCH**\n\n**Đại tá Thái Văn Thành**\n", ""),
        ] {
            let text = format!("{BODY}{signature}{after}");
            let mut want = body_blocks();
            want.extend(kept(after));
            assert_eq!(kept(&text), want, "{signature}");
        }
        // A title in capitals that no name follows, or that running text follows, is the
        // report's.
        for text in [
            format!("{BODY}**GIÁM ĐỐC**\n\nNội dung báo cáo tiếp theo của đơn vị.\n"),
            format!(
                "{BODY}**BÍ THƯ**\n\n**Nguyễn Văn An**\n\nĐồng chí Bí thư đã trực tiếp đối thoại với Nhân dân tại 12 thôn, bản.\n"
            ),
        ] {
            assert_eq!(kept(&text).len(), blocks(&text, 0).len(), "{text}");
        }
    }

    #[test]
    fn a_number_with_spaces_around_its_dash_keeps_the_header_going() {
        for number in ["Số 52 - BC/ĐU", "Số: 52 – BC/ĐU", "Số:52-BC/ĐU", "Số  88 /BC-STP"] {
            let text = format!(
                "ĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n\n\\*\n\n{number}\n\n*Vinh Phú, ngày 10 tháng 4 năm 2026*\n\n**BÁO CÁO**\n\n**{SUBJECT}**\n\n{BODY}"
            );
            assert_eq!(kept(&text), body_blocks(), "{number}");
        }
    }

    #[test]
    fn the_opening_formula_split_an_aside_after_it_and_the_addressee_are_apparatus() {
        for opening in [
            "Thực hiện Kế hoạch số 86-KH/TU;\n\nBan Thường vụ Đảng ủy xã báo cáo như sau:",
            "Căn cứ Hướng dẫn số 12-HD/BTGDVTU ngày 01/4/2026;\n\nThực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện Kết luận số 114-KL/TW;\n\nBan Thường vụ Đảng ủy xã Con Cuông báo cáo kết quả như sau:",
            "Thực hiện Kế hoạch số 86-KH/TU, Đảng ủy xã báo cáo như sau:\n\n*(có biểu số liệu kèm theo)*",
            "Thực hiện Kế hoạch số 86-KH/TU, Đảng ủy xã báo cáo như sau:\n\n(Có phụ lục số liệu kèm theo)",
            "Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
            "Kính gửi:\n\n- Ban Thường vụ Tỉnh ủy;\n- Ban Tuyên giáo và Dân vận Tỉnh ủy.\n\nThực hiện Kế hoạch số 86-KH/TU, Sở báo cáo như sau:",
            // A state report's basis, six paragraphs of it.
            "Căn cứ Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư;\n\nCăn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy;\n\nCăn cứ Hướng dẫn số 12-HD/BTGDVTU ngày 03/4/2026;\n\nCăn cứ Quyết định số 25/2025/QĐ-UBND của Ủy ban nhân dân tỉnh;\n\nCăn cứ Quy chế làm việc của Sở;\n\nTheo đề nghị của Văn phòng Sở;\n\nSở Y tế báo cáo kết quả như sau:",
            // The basis as a dash's lines, or a list's items.
            "- Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy;\n\n- Căn cứ Chương trình phối hợp giai đoạn 2021 - 2025;\n\nBan Thường vụ Đảng ủy xã báo cáo kết quả như sau:",
            "- Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy;\n- Căn cứ Chương trình phối hợp giai đoạn 2021 - 2025;\n\nBan Thường vụ Đảng ủy xã báo cáo kết quả như sau:",
        ] {
            let text = format!("{HEADER}**BÁO CÁO**\n\n**{SUBJECT}**\n\n{opening}\n\n{BODY}");
            assert_eq!(kept(&text), body_blocks(), "{opening}");
        }
        // Text that starts as a basis does but reports, with no formula after it, stays.
        let text = format!(
            "{HEADER}**BÁO CÁO**\n\n**{SUBJECT}**\n\nThực hiện Kết luận số 114-KL/TW, Đảng ủy đã ban hành 12 văn bản lãnh đạo.\n\n{BODY}"
        );
        assert!(kept(&text)[0].starts_with("Thực hiện Kết luận"), "{:?}", kept(&text));
        // A parenthesis after the formula that is no attachment note stays.
        let text = format!(
            "{HEADER}**BÁO CÁO**\n\n**{SUBJECT}**\n\nĐảng ủy báo cáo như sau:\n\n(Số liệu tính đến ngày 31/3/2026)\n\n{BODY}"
        );
        assert_eq!(kept(&text)[0], "(Số liệu tính đến ngày 31/3/2026)");
    }

    #[test]
    fn a_signature_table_with_an_empty_first_row_is_the_closing_apparatus() {
        for table in [
            "|  |  |\n|---|---|\n| **Nơi nhận:** | **T/M BAN THƯỜNG VỤ** |\n| - Ban TG&DV Tỉnh ủy, | **BÍ THƯ** |\n| - Lưu VP. | |\n| | **Lữ Văn Thông** |\n",
            "| | |\n|---|---|\n| | |\n| **Nơi nhận:** | **T/M BAN THƯỜNG VỤ** |\n| | **Lữ Văn Thông** |\n",
            "|  |  |\n|---|---|\n| | **GIÁM ĐỐC** |\n| | **Thái Văn Thành** |\n",
        ] {
            let text = format!(
                "{BODY}{table}\n**PHỤ LỤC**\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản | 12 |\n"
            );
            let left = kept(&text);
            assert_eq!(left.len(), body_blocks().len() + 2, "{table}: {left:?}");
        }
    }

    #[test]
    fn a_table_of_contents_after_the_title_block_is_apparatus() {
        let contents = "**MỤC LỤC**\n\nI. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO ........ 2\n\n1. Những kết quả nổi bật …… 3\n\nII. KẾT QUẢ\t4\nPHỤ LỤC . . . . 10\n\n";
        let text = format!("{HEADER}**BÁO CÁO**\n\n**{SUBJECT}**\n\n{contents}Đảng ủy xã báo cáo như sau:\n\n{BODY}");
        assert_eq!(kept(&text), body_blocks());
        // Titled `Contents`, or with no title at all (Word's field inserted bare).
        for contents in [
            contents.replace("**MỤC LỤC**", "Contents"),
            contents.replace("**MỤC LỤC**\n\n", ""),
        ] {
            let text =
                format!("{HEADER}**BÁO CÁO**\n\n**{SUBJECT}**\n\n{contents}Đảng ủy xã báo cáo như sau:\n\n{BODY}");
            assert_eq!(kept(&text), body_blocks(), "{contents}");
        }
        for line in ["I. Kết quả đạt được năm 2025", "Tỷ lệ đạt 98.5", "Ngày 12.4.2026"] {
            assert!(!is_contents_entry(line), "{line}");
        }
    }

    #[test]
    fn a_signature_the_report_quotes_is_the_reports_and_a_signature_for_the_body_closes_it() {
        let signed =
            "**T/L BAN THƯỜNG VỤ**\n\n**CHÁNH VĂN PHÒNG**\n\n**Hoàng Nghĩa Hiếu**\n\n*Nơi nhận:*\n\n- Lưu VP.\n";
        for sample in [
            "Mẫu chữ ký thống nhất như sau:\n\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Văn Bình\n\n",
            "Mẫu chữ ký thống nhất như sau:\n\n**T/M BAN THƯỜNG VỤ**\n\n**BÍ THƯ**\n\n**Nguyễn Văn Bình**\n\n",
        ] {
            let text = format!(
                "{BODY}{sample}## 5. Giải pháp trong giai đoạn mới\n\nTiếp tục đẩy mạnh chuyển đổi số.\n\n{signed}"
            );
            let left = kept(&text);
            assert!(left.iter().any(|t| t == "Nguyễn Văn Bình"), "{sample}: {left:?}");
            assert!(!left.iter().any(|t| t == "Hoàng Nghĩa Hiếu"), "{sample}: {left:?}");
        }
        // The last words ending with a colon, and the signature after them: it is real, whole.
        let text = format!(
            "{BODY}Đảng ủy xã trân trọng báo cáo:\n\n**T/M ĐẢNG ỦY**\n\n**BÍ THƯ**\n\n**Hồ Sỹ Tuấn**\n\n**PHỤ LỤC**\n"
        );
        let left = kept(&text);
        assert!(
            !left
                .iter()
                .any(|t| t.contains("T/M") || t.contains("BÍ THƯ") || t.contains("Hồ Sỹ Tuấn")),
            "{left:?}"
        );
        // A signature before an appendix whose title is numbered is the report's own.
        let text = format!(
            "{BODY}{signed}\n**1. Kết quả thực hiện các chỉ tiêu**\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản | 12 |\n"
        );
        assert!(
            !kept(&text).iter().any(|t| t.contains("Hoàng Nghĩa Hiếu")),
            "{:?}",
            kept(&text)
        );
        for opening in ["T/L BAN THƯỜNG VỤ", "TL. GIÁM ĐỐC", "TUQ. CHỦ TỊCH", "Q. GIÁM ĐỐC"] {
            let text = format!("{BODY}{opening}\n\nCHÁNH VĂN PHÒNG\n\nHoàng Nghĩa Hiếu\n\n# PHỤ LỤC\n");
            assert_eq!(kept(&text).len(), body_blocks().len() + 1, "{opening}");
        }
    }

    #[test]
    fn a_subject_in_a_heading_style_is_the_subject_and_a_section_heading_is_not() {
        let text = format!("{HEADER}**BÁO CÁO**\n\n## {SUBJECT}\n\nĐảng ủy xã báo cáo như sau:\n\n{BODY}");
        assert_eq!(kept(&text), body_blocks());
        let b = blocks(&text, 0);
        assert_eq!(find(&b, &text).subject.map(|s| s.1).as_deref(), Some(SUBJECT));
        let text = format!("{HEADER}**BÁO CÁO**\n\n## Đánh giá công tác lãnh đạo, chỉ đạo\n\n{BODY}");
        assert!(kept(&text).iter().any(|t| t == "Đánh giá công tác lãnh đạo, chỉ đạo"));
    }

    #[test]
    fn a_report_without_apparatus_has_none() {
        assert!(ranges(BODY).is_empty());
        assert!(ranges("Số liệu cho thấy 12/15 xã đạt chuẩn.\n\nNội dung.\n").is_empty());
    }

    const STATE_SIGNED: &str =
        "Trên đây là báo cáo tổng kết của Sở Y tế./.\n\nKT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thanh Tâm\n\n";
    const APPENDIX: &str = "**PHỤ LỤC**\n\n| STT | Nội dung | Số liệu |\n|---|---|---|\n| 1 | Văn bản lãnh đạo, chỉ đạo | 19 |\n| 2 | Hội nghị quán triệt | 13 |\n\n";
    const COPY: &str = "SỞ Y TẾ TỈNH NGHỆ AN\n\nSố: 52/SY-VP\n\nSAO Y\n\nNghệ An, ngày 17 tháng 4 năm 2026\n\nTL. GIÁM ĐỐC\n\nCHÁNH VĂN PHÒNG\n\nĐinh Văn Lợi\n\n";

    #[test]
    fn a_copys_certification_is_apparatus_and_ends_the_report_only_at_the_end() {
        // Under the appendix, to the end: the report ends there.
        let text = format!("{BODY}{STATE_SIGNED}{APPENDIX}{COPY}");
        let b = blocks(&text, 0);
        let found = find(&b, &text);
        let start = found.copy.expect("the certification");
        assert_eq!(b[start].text, "SỞ Y TẾ TỈNH NGHỆ AN");
        assert!(contains(&found.ranges, b.len() - 1));
        // Between the signature and the appendix: apparatus, the appendix the report's.
        let text = format!("{BODY}{STATE_SIGNED}{COPY}{APPENDIX}");
        let b = blocks(&text, 0);
        let found = find(&b, &text);
        assert_eq!(found.copy, None);
        let copy = b.iter().position(|x| x.text == "SAO Y").expect("form");
        let table = b.iter().position(|x| x.kind == BlockKind::Table).expect("table");
        assert!(contains(&found.ranges, copy) && contains(&found.ranges, copy + 3));
        assert!(!contains(&found.ranges, table));
        // `SAO Y` in a sentence, or a number of a report's kind, is none.
        assert!(!is_copy_line("Sao y bản chính các văn bản gửi kèm."));
        assert!(!is_copy_line("Số: 52/BC-SYT"));
        assert!(is_copy_line("**SAO Y BẢN CHÍNH**"));
        assert!(is_copy_line("Số: 07-SL/VPTU"));
    }

    #[test]
    fn a_digital_signatures_stamp_over_the_signature_is_apparatus() {
        let stamp = "Ký bởi: Sở Y tế\nEmail: syt@nghean.gov.vn\nCơ quan: Tỉnh Nghệ An\nThời gian ký: 16.04.2026 15:20:11 +07:00\n\n";
        let text = format!(
            "{BODY}Trên đây là báo cáo tổng kết của Sở Y tế./.\n\n{stamp}KT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thanh Tâm\n"
        );
        assert_eq!(
            ranges(&text).last().map(|r| r.0.as_str()),
            Some("Trên đây là báo cáo tổng kết của Sở Y tế./.")
        );
        // Lines of `key: value` that say no one signed are the report's.
        let text = format!(
            "{BODY}Cơ quan: Sở Y tế\nEmail: syt@nghean.gov.vn\n\nKT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Thanh Tâm\n"
        );
        assert_eq!(ranges(&text).last().map(|r| r.0.as_str()), Some("KT. GIÁM ĐỐC"));
    }

    #[test]
    fn a_list_of_people_after_the_signature_is_apparatus() {
        let list = "**DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ**\n\n| STT | Họ và tên | Chức vụ, đơn vị |\n|---|---|---|\n| 1 | Nguyễn Văn A | Bí thư |\n| 2 | Trần Thị B | Chủ tịch |\n| 3 | Lê Văn C | Phó Chủ tịch |\n";
        for text in [
            format!("{BODY}{STATE_SIGNED}{APPENDIX}{list}"),
            format!("{BODY}{STATE_SIGNED}{list}\n{APPENDIX}"),
        ] {
            let b = blocks(&text, 0);
            let found = find(&b, &text);
            assert_eq!(found.lists.len(), 1, "{text}");
            let list = found.lists[0].clone();
            assert_eq!(b[list.start].text, "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ");
            let figures = b
                .iter()
                .position(|x| {
                    x.rows
                        .iter()
                        .flat_map(|r| &r.cells)
                        .any(|c| c.contains("Văn bản lãnh đạo"))
                })
                .expect("figures");
            assert!(!list.contains(&figures) && !contains(&found.ranges, figures));
        }
        // Before the signature, a table of names is the report's.
        let text = format!("{BODY}{list}\n{STATE_SIGNED}");
        let b = blocks(&text, 0);
        assert!(find(&b, &text).lists.is_empty());
    }

    #[test]
    fn a_bodys_name_opens_with_its_kind_and_a_surname_is_none() {
        for name in [
            "so y te tinh nghe an",
            "truong thpt huynh thuc khang",
            "dang uy xa nghi loc",
            "doan thanh nien",
        ] {
            assert!(crate::report::header::names_a_body(name), "{name}");
        }
        for name in [
            "dang van hung",
            "truong thi mai",
            "doan van binh",
            "to thi lan",
            "tran van an",
        ] {
            assert!(!crate::report::header::names_a_body(name), "{name}");
        }
    }

    #[test]
    fn a_table_of_names_with_years_of_birth_is_a_list_and_one_with_counts_is_figures() {
        let table = |rows: &str| blocks(&format!("| STT | Họ và tên | {rows}"), 0).remove(0);
        let born = table(
            "Năm sinh | Chức vụ |\n|---|---|---|---|\n| 1 | Nguyễn Văn A | 1975 | Bí thư |\n| 2 | Trần Thị B | 1980 | Chủ tịch |\n",
        );
        assert!(!has_figures(&born));
        let counts = table("Số cuộc đối thoại |\n|---|---|---|\n| 1 | Nguyễn Văn A | 7 |\n| 2 | Trần Thị B | 9 |\n");
        assert!(has_figures(&counts));
    }
}
