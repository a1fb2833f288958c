//! Who sent a report and when, read from the document itself: the Party (or state)
//! header block every official report opens with (Hướng dẫn 36-HD/VPTW) and the
//! signature block that closes it. Pasted from Word the block arrives as separate lines,
//! as a two-column pipe table with `<br>` in its cells, or as tab-separated columns, in
//! bold or italics: each is cut into the same fragments, which are then read by what
//! they say, not by where they stand.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::diagnostic::{Diagnostic, Finding, LineIndex, Location, Locator, Place};
use crate::report::front_matter::FrontMatter;
use crate::text::fold::{bare, fold_name};

/// A value read from the document, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: String,
    pub location: Location,
}

/// The issuing body as the header writes it, and the texts to look it up by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    /// The issuing body's line(s), as written (markup removed), joined by a space.
    pub found: Found,
    /// The superior body (the first line of the block), when there are two or more.
    pub superior: Option<String>,
    /// Texts to identify the unit by, best first: the issuing body, then the whole
    /// block (a body whose name runs over two lines with no superior above it:
    /// `ỦY BAN MTTQ VIỆT NAM` / `TỈNH NGHỆ AN`).
    pub candidates: Vec<String>,
    /// A joint report's other bodies, in the header's order (`BCH ĐOÀN TỈNH NGHỆ AN` under
    /// a lead the roster may not list): the report is theirs when the lead is no unit.
    pub partners: Vec<Found>,
    /// Signatures side by side (a joint report's, each body signing for itself): who
    /// signs for which body, so the unit identified gets its own signer.
    pub signatures: Vec<Signed>,
    /// Where it was read: the header block, or (a report without one) the opening
    /// formula.
    pub source: Source,
}

impl Issuer {
    /// A body the header block names on its own: no partners, no signatures yet.
    fn named(found: Found, superior: Option<String>, candidates: Vec<String>) -> Self {
        Issuer {
            found,
            superior,
            candidates,
            partners: Vec::new(),
            signatures: Vec::new(),
            source: Source::Header,
        }
    }
}

/// One of several signatures side by side: the authority line it opens with (`TM. BAN
/// THƯỜNG VỤ TỈNH ĐOÀN`), the signer and the title under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub authority: String,
    pub signer: Found,
    pub title: Option<Found>,
}

/// What the header and signature blocks say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    pub issuer: Option<Issuer>,
    pub doc_number: Option<Found>,
    pub date: Option<(Date, Found)>,
    /// The date was read over the signature, the header having none.
    pub dated_at_signature: bool,
    /// The number and date are the cited report's, read from an annex's `(Kèm theo Báo
    /// cáo số …)` line: the source is that line, not a header block.
    pub cited: bool,
    pub signer: Option<Found>,
    pub signer_title: Option<Found>,
}

/// Where a metadata value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    FrontMatter,
    /// The header block (issuing body, number line, place-and-date line).
    Header,
    /// The signature block.
    Signature,
    /// The roster, for the unit the header named.
    Roster,
    /// The opening formula (`…, Đảng ủy xã Anh Sơn báo cáo … như sau:`), in a report
    /// without a header block.
    Opening,
    /// The roster, for the unit the opening formula named.
    RosterByOpening,
    /// The line citing the report an annex goes with (`(Kèm theo Báo cáo số 318-BC/ĐU
    /// ngày 10/4/2026 của Ban Thường vụ Đảng ủy Quân sự tỉnh)`), in a document without a
    /// header block.
    Cited,
    /// The roster, for the unit that line named.
    RosterByCited,
}

impl Source {
    /// Named by a line of the text, not a header block: the unit only where the roster
    /// knows the name.
    pub fn tentative(self) -> bool {
        matches!(self, Source::Opening | Source::Cited)
    }
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::FrontMatter => "front-matter",
            Source::Header => "header",
            Source::Signature => "signature",
            Source::Roster => "roster",
            Source::Opening => "opening",
            Source::RosterByOpening => "roster-opening",
            Source::Cited => "cited",
            Source::RosterByCited => "roster-cited",
        }
    }
}

/// One metadata field's value and source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced {
    pub field: &'static str,
    pub value: String,
    pub source: Source,
    /// 1-based line; `None` for a value with no line (a roster's category).
    pub line: Option<usize>,
}

/// Every known metadata value of a report with its source, in field order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub fields: Vec<Sourced>,
}

impl Metadata {
    pub fn set(&mut self, sourced: Sourced) {
        self.fields.retain(|f| f.field != sourced.field);
        self.fields.push(sourced);
        self.fields
            .sort_by_key(|f| crate::read::METADATA_FIELDS.iter().position(|o| *o == f.field));
    }
}

/// How many lines from the top the header block is looked for in.
const HEADER_LINES: usize = 30;
/// Shortest line tested as running text before it is cut into a header's columns.
const RUNNING_TEXT_BYTES: usize = 200;
/// How many lines from the end the signature block is looked for in (an appendix of
/// statistics often follows it).
const SIGNATURE_LINES: usize = 160;
/// Lines over a signature's opening that may hold its place and date.
const SIGNATURE_DATE_LINES: usize = 2;

/// One piece of a line: a line, a table cell, a part of a cell between `<br>`, a
/// tab-separated column. `start` is its byte offset in the text.
#[derive(Debug, Clone)]
struct Fragment<'a> {
    text: String,
    raw: &'a str,
    start: usize,
    /// Which column of a table row or tabbed line it is in (0: the left, or no columns).
    column: usize,
}

/// The parts of a cell between `<br>` tags (`<br/>`, `<br />`, any case), or between the
/// paragraphs of an HTML cell (`<p>…</p><p>…</p>`, as pandoc writes a Word cell of several
/// paragraphs), each with the HTML cell it is in (`<td>`, `<th>`; 0 outside one): a row
/// written on one line, `<tr><td>…</td><td>…</td></tr>`, is its columns. By hand: the
/// signature block is looked for in every report's last lines, and a regular expression
/// per line cost more than the rest of the search.
fn break_parts(cell: &str) -> Vec<(&str, usize)> {
    const BREAKS: [&str; 10] = ["br", "p", "div", "li", "td", "th", "tr", "table", "tbody", "thead"];
    let bytes = cell.as_bytes();
    let mut parts = Vec::new();
    let (mut from, mut column, mut cells) = (0, 0, 0);
    for at in memchr::memchr_iter(b'<', bytes) {
        if at < from {
            continue;
        }
        let name_start = at + 1 + usize::from(bytes.get(at + 1) == Some(&b'/'));
        let name_len = bytes[name_start.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let name = &cell[name_start.min(cell.len())..(name_start + name_len).min(cell.len())];
        if !BREAKS.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            continue;
        }
        let Some(close) = cell[at..].find('>') else { break };
        parts.push((&cell[from..at], column));
        if name_start == at + 1 && (name.eq_ignore_ascii_case("td") || name.eq_ignore_ascii_case("th")) {
            column = cells;
            cells += 1;
        }
        from = at + close + 1;
    }
    parts.push((&cell[from..], column));
    parts
}

/// The columns of a pasted line: tabs, or three spaces or more (two NBSP or more); in a
/// line copied from a PDF, where one space is left between them, before the right
/// column's own words ([`right_column_at`]).
pub(crate) fn columns(line: &str) -> Vec<&str> {
    let columns = spaced_columns(line);
    match (&columns[..], right_column_at(line)) {
        ([whole], Some(at)) => vec![whole[..at].trim_end(), &whole[at..]],
        _ => columns,
    }
}

fn spaced_columns(line: &str) -> Vec<&str> {
    let mut columns = Vec::new();
    let mut start = 0;
    let mut run_start = 0;
    let mut run = 0;
    for (i, c) in line.char_indices() {
        match c {
            '\t' => {
                if run == 0 {
                    run_start = i;
                }
                run += 3;
            }
            ' ' | '\u{00A0}' => {
                if run == 0 {
                    run_start = i;
                }
                run += if c == ' ' { 1 } else { 2 };
            }
            _ => {
                if run >= 3 && !is_blank_to_fill(&line[start..run_start], &line[i..]) {
                    columns.push(&line[start..run_start]);
                    start = i;
                }
                run = 0;
            }
        }
    }
    columns.push(&line[start..]);
    columns
}

/// Whether a run of spaces is the blank a draft leaves for the clerk (`Số      -BC/ĐU`,
/// `Số:      /BC-SYT`, `ngày      tháng 4 năm 2026`): the number or the day filled in
/// when the report is registered, inside one column, not between two.
fn is_blank_to_fill(before: &str, after: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or_default();
    let word = word.trim_start_matches(['*', '_']).trim_end_matches(':');
    let next = after.split(char::is_whitespace).next().unwrap_or_default();
    let says = |word: &str, folded: &str| word.chars().count() <= folded.len() && bare(word) == folded;
    // The number's blank: `Số` alone so far in its column, the kind's suffix after it
    // (`-BC/ĐU`, `/BC-SYT`), not a rule (`-----`) beside a name ending in `SỐ`.
    if says(word, "so") {
        let alone = before
            .trim()
            .trim_start_matches(['*', '_'])
            .trim_end_matches(':')
            .trim_end()
            == word;
        let mut suffix = after.chars();
        return alone && matches!(suffix.next(), Some('-' | '/')) && suffix.next().is_some_and(char::is_alphanumeric);
    }
    // Or the number typed into it, the blank's spaces left (`Số: 241     /BC-STC`).
    let mut typed = before.split_whitespace();
    if let (Some(so), Some(number), None) = (typed.next(), typed.next(), typed.next()) {
        let so = so.trim_start_matches(['*', '_']).trim_end_matches(':');
        let mut suffix = after.chars();
        return says(so, "so")
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && matches!(suffix.next(), Some('-' | '/'))
            && suffix.next().is_some_and(char::is_alphanumeric);
    }
    (says(word, "ngay") && says(next, "thang")) || (says(word, "thang") && says(next, "nam"))
}
/// The right column's first lines, which every header block has (Hướng dẫn 36-HD/VPTW,
/// Nghị định 30/2020): the country's name or the Party's in capitals (as a sentence names
/// them, they are no column), the motto.
static RIGHT_COLUMN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|(?i:độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc))",
    )
    .expect("valid pattern")
});

/// Where a line of a header copied from a PDF runs its right column on after the left
/// with one space (`LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN Độc lập - Tự do - Hạnh phúc`, `Số:
/// 128/BC-LĐLĐ Nghệ An, ngày 12 tháng 4 năm 2026`): the start of the right column's line,
/// when words stand before it (not the `*` under the issuing body).
fn right_column_at(line: &str) -> Option<usize> {
    // Most lines hold none of the words every such line has: no search.
    if ["NAM", "húc", "HÚC"].iter().any(|h| line.contains(h))
        && let Some(found) = RIGHT_COLUMN.find(line)
    {
        // The match opens with the one space before the column.
        let at = found.start() + line[found.start()..].chars().next().map_or(0, char::len_utf8);
        return line[..at].chars().any(char::is_alphanumeric).then_some(at);
    }
    // The place and date: the words before `, ngày 12 …` that name a place, capitalised,
    // with the lower-case half of a place's kind (`Thành phố Vinh`, `Thị xã Hoàng Mai`,
    // `Đặc khu Phú Quốc`, `Thủ đô Hà Nội`) or its abbreviation (`TP. Hồ Chí Minh`,
    // `TP.HCM`) and the dash of a double name (`Bà Rịa - Vũng Tàu`), as many as the
    // longest place's (`Thành phố Hồ Chí Minh`: a place cut short left `Thành` a column of
    // its own).
    const PLACE_MAX_WORDS: usize = 7;
    let (comma, weekday) = place_end(line)?;
    // No place before the day of the week (`Số 41-BC/ĐU thứ Sáu, ngày …`): the column
    // starts at the day.
    let weekday = weekday.filter(|&w| line[..w].chars().any(char::is_alphanumeric));
    let Some(comma) = comma else {
        return weekday;
    };
    let mut start = comma;
    let mut named = false;
    for word in line[..comma].split_whitespace().rev().take(PLACE_MAX_WORDS) {
        let bare = word.trim_start_matches(['*', '_']);
        let mut letters = bare.chars();
        let titled = letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
        // A kind cut short opens the place (`TP. Hồ Chí Minh`), or is all of it right
        // before the comma (`TP.HCM`, `TP. HCM`): a body's name ending in one (`… THÀNH ỦY
        // TP.HCM`) is the left column's.
        let kind = matches!(bare, "TP" | "TP." | "Tp." | "TX." | "Tx.");
        let whole = ["TP.", "Tp.", "TX.", "Tx."]
            .iter()
            .any(|a| bare.starts_with(a) && bare.len() > a.len());
        let city = bare == "HCM" && start == comma;
        let place_word = matches!(bare, "phố" | "xã" | "trấn" | "khu" | "đô" | "-" | "–");
        if !(titled || kind || city || place_word || whole && start == comma) {
            break;
        }
        named |= titled || whole || city;
        start = line[..start].rfind(word).map_or(start, |w| w + word.len() - bare.len());
        if kind || whole {
            break;
        }
    }
    if named && line[..start].chars().any(char::is_alphanumeric) {
        return Some(start);
    }
    weekday.filter(|_| !named)
}

/// Where the place of a place-and-date line ends, at its comma, and where the day of the
/// week written after it starts, if one is: `Hà Nội, ngày 12 …`, `Hà Nội, thứ Hai, ngày 12
/// …`, `Hà Nội,  Chủ  nhật ngày 12 …`. No place end where the day has no comma and place
/// before it (`Số 41-BC/ĐU thứ Sáu, ngày …`); a place named as a day (`Thứ Ba, ngày …`, a
/// town of An Biên) is the place.
fn place_end(line: &str) -> Option<(Option<usize>, Option<usize>)> {
    let (at, _) = line.match_indices(" ngày").find(|&(at, found)| {
        line[at + found.len()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    })?;
    let head = line[..at].trim_end();
    let (head, commaed) = match head.strip_suffix(',') {
        Some(head) => (head.trim_end(), true),
        None => (head, false),
    };
    let weekday = head.rsplit_once(char::is_whitespace).and_then(|(rest, last)| {
        let (before, first) = rest
            .trim_end()
            .rsplit_once(char::is_whitespace)
            .unwrap_or(("", rest.trim_end()));
        let day = bare(&format!("{first} {last}"));
        let start = rest.trim_end().len() - first.len();
        (day == "chu nhat" || day.strip_prefix("thu ").is_some_and(is_weekday_name)).then_some((before, start))
    });
    // Cut short to one word after the place's comma (`…, T6, ngày`, `…, CN ngày`); a
    // place's own last word is none (`Khu CN, ngày …`).
    let weekday = weekday.or_else(|| {
        let (before, last) = head.rsplit_once(char::is_whitespace)?;
        (is_short_weekday(last) && before.trim_end().ends_with(',')).then(|| (before, head.len() - last.len()))
    });
    match weekday {
        Some((before, start)) => match before.trim_end().strip_suffix(',') {
            Some(place) => Some((Some(place.len()), Some(start))),
            None if start == 0 => commaed.then_some((Some(head.len()), None)),
            None => Some((None, Some(start))),
        },
        None => commaed.then_some((Some(head.len()), None)),
    }
}

/// `hai` … `bay` (Monday … Saturday, folded), or the day's number, 2 to 7.
fn is_weekday_name(day: &str) -> bool {
    matches!(
        day,
        "hai" | "ba" | "tu" | "nam" | "sau" | "bay" | "2" | "3" | "4" | "5" | "6" | "7"
    )
}

/// A day of the week cut short: `T2` … `T7`, `CN`.
fn is_short_weekday(word: &str) -> bool {
    match word.as_bytes() {
        [c, n] if c.eq_ignore_ascii_case(&b't') => (b'2'..=b'7').contains(n),
        [c, n] => c.eq_ignore_ascii_case(&b'c') && n.eq_ignore_ascii_case(&b'n'),
        _ => false,
    }
}

static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[a-zA-Z][^>]*>").expect("valid pattern"));
/// What follows `số` and its colon in a folded line (`so: 45-bc/du` → `45-bc/du`).
fn after_so(plain: &str) -> Option<&str> {
    let rest = plain.strip_prefix("so")?.trim_start();
    Some(rest.strip_prefix(':').unwrap_or(rest).trim_start())
}
/// The place before a date, and the day of the week some offices write between them
/// (`Hà Nội, thứ Hai, ngày …`, `…, Chủ nhật ngày …`, `…, T6, ngày …`), folded.
const PLACE_BEFORE_DATE: &str =
    r"^(?:[^,]{0,60},\s*)?(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|t[2-7]|cn)\s*,?\s*)?";
/// `…, ngày 9 tháng 4 năm 2026`, or in figures, `…, ngày 9/4/2026` (`09-4-2026`,
/// `9.4.2026`), folded.
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{PLACE_BEFORE_DATE}ngay\s+(\d{{1,2}})(?:\s+thang\s+|\s*[/.-]\s*)(\d{{1,2}})(?:\s+nam\s+|\s*[/.-]\s*)(\d{{4}})\b",
    ))
    .expect("valid pattern")
});

/// The same without `ngày`, the line nothing but the date and the place before it
/// (`Hoàng Mai, 15/4/2026`, `16/4/2026` under the motto, `Đô Lương, 10 tháng 4 năm 2026`):
/// as e-mailed and retyped headers write it. Folded.
static BARE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[^,\d:;.()]{1,40},\s*)?(\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(\d{1,2})(?:\s+nam\s+|\s*[/.-]\s*)(\d{4})\s*$",
    )
    .expect("valid pattern")
});

/// Whether a folded line is a place-and-date line without `ngày` (see [`BARE_DATE`]).
pub(crate) fn is_bare_date_line(plain: &str) -> bool {
    // Told by its last byte, a year's digit, before the pattern: every line of every
    // header and signature area is asked.
    plain.len() < 80
        && plain.trim_end().ends_with(|c: char| c.is_ascii_digit())
        && BARE_DATE.is_match(plain)
        && place_words(plain) <= PLACE_MAX_WORDS
}

/// Most words of a place before a date (`Thành phố Hồ Chí Minh`): more, and the line is a
/// sentence's end (`Tổ chức hội nghị tổng kết cấp tỉnh trước, 30/4/2026`) or a header's
/// columns run together (`ĐẢNG ỦY XÃ ĐÔ LƯƠNG Đô Lương, 10/4/2026`).
const PLACE_MAX_WORDS: usize = 5;

/// The words before a date line's comma.
fn place_words(plain: &str) -> usize {
    plain
        .split_once(',')
        .map_or(0, |(place, _)| place.split_whitespace().count())
}

/// Most words after a date line's year, outside a note (`… năm 2026 bản sửa`).
const DATE_LINE_TAIL_WORDS: usize = 2;

/// Whether a folded line with a date ends with it, as a place-and-date line does: after
/// the first year (four digits) from `ngay` on, nothing, a note in brackets or after a
/// dash, or [`DATE_LINE_TAIL_WORDS`] words at most; or no year written (`ngày    tháng 4
/// năm`, a draft's). A sentence that opens with a date goes on after a comma (`Ngày 10
/// tháng 9 năm 2015, Đảng ủy ban hành …`).
pub(crate) fn ends_with_its_date(plain: &str) -> bool {
    let from = plain.find("ngay").unwrap_or(0);
    let mut words = plain[from..].split_whitespace();
    let is_year = |w: &str| w.as_bytes().windows(4).any(|d| d.iter().all(u8::is_ascii_digit));
    let Some(year) = words.by_ref().find(|w| is_year(w)) else {
        return true;
    };
    let tail = words.filter(|w| w.chars().any(char::is_alphanumeric)).count();
    // A note in brackets or after a dash (`(dự thảo lần 2)`, `- Bản chính thức`) is the
    // line's; a clause after a comma is a sentence's.
    let noted = plain[from..].split_once(year).is_some_and(|(_, after)| {
        let after = after.trim_start();
        // Or the day of the week after it (`…, ngày 16 tháng 4 năm 2026, thứ Năm`).
        let day = after.trim_start_matches([',', ' ']).trim_end_matches(['.', ')', ' ']);
        after.starts_with(['(', '-', '–']) || day == "chu nhat" || day.strip_prefix("thu ").is_some_and(is_weekday_name)
    });
    tail == 0 || noted || !year.ends_with([',', ';']) && tail <= DATE_LINE_TAIL_WORDS
}

/// Whether a folded line is a place-and-date line with its date in figures
/// (`Diễn Châu, ngày 9/4/2026`).
pub(crate) fn dated_in_figures(plain: &str) -> bool {
    plain.contains("ngay") && !plain.contains("thang") && PLACE_DATE.is_match(plain)
}
static UNDATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{PLACE_BEFORE_DATE}ngay\b.*\bthang\b.*\bnam\b")).expect("valid pattern"));
/// A line of a digital signature's stamp, as e-office software sets it in a box over the
/// signature, or at the top of the first page (`Ký bởi: Sở Tài chính`, `Email: …`, `Cơ
/// quan: …`, `Thời gian ký: 16.04.2026 15:20:11 +07:00`; Adobe's `Signature Not Verified`):
/// whether it says who signed, or when with the time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StampLine {
    pub who: bool,
    pub when: bool,
}

/// Most bytes of a line of a digital signature's stamp.
const STAMP_LINE_MAX_BYTES: usize = 100;

/// `line` (as written) as a line of a digital signature's stamp: a key the signing
/// software writes and a short value, no sentence.
pub(crate) fn stamp_line(line: &str) -> Option<StampLine> {
    const WHO: [&str; 4] = ["ky boi", "ky so boi", "nguoi ky", "digitally signed by"];
    const WHEN: [&str; 4] = ["thoi gian ky", "ngay ky", "ky ngay", "date"];
    const OTHERS: [&str; 8] = [
        "co quan", "to chuc", "email", "chuc vu", "don vi", "reason", "location", "ly do",
    ];
    let line = line.trim_matches(['*', '_', ' ']);
    // Told before anything is folded: most lines asked are sentences.
    if line.len() > STAMP_LINE_MAX_BYTES || line.ends_with(['.', ';']) {
        return None;
    }
    if line.eq_ignore_ascii_case("signature not verified") || line.eq_ignore_ascii_case("signature valid") {
        return Some(StampLine { who: true, when: false });
    }
    let (key, value) = line.split_once(':')?;
    let key = bare(key);
    let clock = value
        .as_bytes()
        .windows(4)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit());
    let who = WHO.contains(&key.as_str());
    let when = WHEN.contains(&key.as_str()) && clock;
    (who || WHEN.contains(&key.as_str()) || OTHERS.contains(&key.as_str())).then_some(StampLine { who, when })
}

/// A mark stamped over a document rather than a line of it (Nghị định 30/2020, Phụ lục
/// I): its secrecy (`MẬT`, `TỐI MẬT`, `TUYỆT MẬT`), its urgency (`KHẨN`, `THƯỢNG KHẨN`,
/// `HỎA TỐC`), or `DỰ THẢO` (`Dự thảo lần 2`), folded. Often a text box in the corner of
/// the header.
pub(crate) fn is_stamp(plain: &str) -> bool {
    const STAMPS: [&str; 7] = [
        "mat",
        "toi mat",
        "tuyet mat",
        "khan",
        "thuong khan",
        "hoa toc",
        "du thao",
    ];
    let plain = plain.trim_matches(|c: char| !c.is_alphanumeric());
    let draft = plain.strip_prefix("du thao").is_some_and(|rest| {
        let rest = rest.trim_start_matches([' ', ':']);
        let rest = rest.strip_prefix("lan").unwrap_or(rest).trim();
        rest.len() <= 3 && rest.chars().all(|c| c.is_ascii_digit())
    });
    draft || plain.strip_prefix("hoa toc hen gio").is_some() || STAMPS.contains(&plain)
}

/// Whether a fragment may be an authority line, by its first letters (`T/M`, `TM.`,
/// `K/T`, `KT.`, `T/L`, `TL.`, `TUQ.`, `Q.`), before it is folded and matched.
fn may_be_authority(text: &str) -> bool {
    let head: Vec<u8> = text.bytes().take(2).map(|b| b.to_ascii_lowercase()).collect();
    matches!(
        head.as_slice(),
        b"t/" | b"tm" | b"k/" | b"kt" | b"tl" | b"tu" | b"q." | b"q/"
    )
}

pub(crate) fn is_authority(text: &str) -> bool {
    may_be_authority(text) && AUTHORITY.is_match(&bare(text))
}

static AUTHORITY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(t/m|tm\.?|k/t|kt\.?|t/l|tl\.?|tuq\.?|q\.|q/)\s+\S").expect("valid pattern"));

/// Titles a signer holds, folded without diacritics: the line under `T/M …` or alone
/// above a name. A title not listed is still read when it follows `T/M`/`K/T`.
const TITLES: &[&str] = &[
    "bi thu",
    "pho bi thu",
    "pho bi thu thuong truc",
    "giam doc",
    "pho giam doc",
    "chu tich",
    "pho chu tich",
    "truong ban",
    "pho truong ban",
    "pho truong ban thuong truc",
    "chanh van phong",
    "pho chanh van phong",
    "chanh thanh tra",
    "pho chanh thanh tra",
    "thu truong",
    "truong phong",
    "chu nhiem",
    "pho chu nhiem",
    "chi huy truong",
    "chinh uy",
    "tong giam doc",
    "hieu truong",
    "vien truong",
    "chanh an",
];

/// Military and police ranks written before a signer's name (`Thiếu tướng Nguyễn Đức
/// Hải`), folded without diacritics: not part of the name.
const RANKS: &[&str] = &[
    "dai tuong",
    "thuong tuong",
    "trung tuong",
    "thieu tuong",
    "dai ta",
    "thuong ta",
    "trung ta",
    "thieu ta",
    "dai uy",
    "thuong uy",
    "trung uy",
    "thieu uy",
    "chuan uy",
    "do doc",
    "pho do doc",
    "chuan do doc",
];

/// Degrees written before a name, each with its dot (`PGS.TS.`, `TS.`, `BS.`), folded.
const DEGREES: &[&str] = &[
    "gs", "pgs", "ts", "tskh", "ths", "bs", "bscki", "bsckii", "cki", "ckii", "ds", "dscki", "dsckii", "ks", "kts",
    "cn", "ls", "ngnd", "ngut", "ttnd", "ttut", "bsnt",
];

/// Lines that follow a signature and are never a signer's name: the appendix's heading
/// and caption, the recipients, folded without diacritics (`PHỤ LỤC`, `BIỂU SỐ LIỆU`).
const NOT_NAMES: &[&str] = &[
    "phu luc",
    "bieu",
    "noi nhan",
    "kinh gui",
    "danh sach",
    "so lieu",
    "bang so lieu",
    "bang tong hop",
];

/// A line of the text, or a row of a table pandoc wrote (a grid table's header block,
/// its cells' paragraphs wrapped over lines), cut into fragments already.
enum Unit<'a> {
    Line(usize, &'a str),
    Row(Vec<Fragment<'a>>),
}

/// The lines of `text` from `from` (each line's start and text), a pandoc table among
/// them as its rows: a cell's paragraph is one fragment however many lines it wraps over
/// (`*Hoàng Mai, ngày 03 tháng 4 năm` / `2026*`).
fn units(text: &str, from: usize) -> Units<'_> {
    Units {
        text,
        lines: text[from..].split_inclusive('\n'),
        at: from,
        drawn: crate::read::pandoc_table::find(text, from, text.len())
            .into_iter()
            .peekable(),
        rows: std::collections::VecDeque::new(),
        skip_to: 0,
    }
}

impl<'a> Unit<'a> {
    fn fragments(&self, text: &'a str) -> Vec<Fragment<'a>> {
        match self {
            Unit::Line(start, line) => fragments(text, *start, line),
            Unit::Row(pieces) => pieces.clone(),
        }
    }
}

struct Units<'a> {
    text: &'a str,
    lines: std::str::SplitInclusive<'a, char>,
    at: usize,
    drawn: std::iter::Peekable<std::vec::IntoIter<crate::read::pandoc_table::Table>>,
    /// The rows of the table being read.
    rows: std::collections::VecDeque<Unit<'a>>,
    /// Where the table being read ends: its lines are its rows.
    skip_to: usize,
}

impl<'a> Iterator for Units<'a> {
    type Item = Unit<'a>;

    fn next(&mut self) -> Option<Unit<'a>> {
        loop {
            if let Some(row) = self.rows.pop_front() {
                return Some(row);
            }
            let line = self.lines.next()?;
            let start = self.at;
            self.at += line.len();
            if start < self.skip_to {
                continue;
            }
            match self.drawn.next_if(|t| t.range.start <= start) {
                Some(table) => {
                    self.skip_to = table.range.end;
                    let text = self.text;
                    self.rows
                        .extend(table.rows.iter().map(|row| Unit::Row(row_fragments(text, row))));
                }
                None => return Some(Unit::Line(start, line)),
            }
        }
    }
}

/// Each paragraph of each cell of a pandoc table's row, as the header reads a cell.
fn row_fragments<'a>(text: &'a str, row: &crate::read::pandoc_table::Row) -> Vec<Fragment<'a>> {
    let mut out = Vec::new();
    for (column, cell) in row.cells.iter().enumerate() {
        for (paragraph, pieces) in cell.paragraph_texts(text).zip(&cell.paragraphs) {
            let Some(first) = pieces.first() else { continue };
            let shown = clean(&crate::read::dialect::inline_text(&paragraph));
            if !shown.is_empty() {
                out.push(Fragment {
                    text: shown,
                    raw: &text[first.clone()],
                    start: first.start,
                    column,
                });
            }
        }
    }
    out
}

/// Cuts lines into fragments: table cells, `<br>` parts, tab or wide-space columns.
fn fragments<'a>(text: &'a str, _line_start: usize, line: &'a str) -> Vec<Fragment<'a>> {
    let line = line.trim_end_matches(['\r', '\n']);
    let trimmed = line.trim();
    let mut pieces: Vec<(usize, &'a str, usize)> = Vec::new();
    let offset = |piece: &str| piece.as_ptr() as usize - text.as_ptr() as usize;
    if is_pipe_row(trimmed) {
        // A separator row (`|---|:--|`) holds nothing.
        if trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            return Vec::new();
        }
        for (i, cell) in trimmed.trim_matches('|').split('|').enumerate() {
            for (part, _) in break_parts(cell) {
                // A Word cell's lines joined by two spaces (as MarkItDown writes them:
                // `ĐẢNG BỘ TỈNH NGHỆ AN  **ĐẢNG ỦY CÔNG AN TỈNH**  \*  Số 296-BC/ĐU`).
                for line in part.trim().split("  ").filter(|l| !l.trim().is_empty()) {
                    pieces.push((offset(line), line, i));
                }
            }
        }
    } else {
        for (i, column) in columns(trimmed).into_iter().enumerate() {
            for (part, cell) in break_parts(column) {
                pieces.push((offset(part), part, i + cell));
            }
        }
    }
    pieces
        .into_iter()
        .filter_map(|(start, raw, column)| {
            let text = clean(raw);
            (!text.is_empty()).then_some(Fragment {
                text,
                raw,
                start,
                column,
            })
        })
        .collect()
}

/// A table's row as a paste writes it: between pipes, or with only the pipes between its
/// cells and after the last (`- Lưu Văn phòng. | BÍ THƯ |`), as text copied from a web
/// page's table keeps them.
fn is_pipe_row(trimmed: &str) -> bool {
    trimmed.starts_with('|') || trimmed.ends_with('|') || trimmed.contains(" | ")
}

/// Markup removed: heading marks, emphasis, tags, escapes, list bullets kept.
fn clean(raw: &str) -> String {
    let without_tags = if raw.contains('<') {
        TAG.replace_all(raw, "")
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let without_tags = match crate::read::dialect::spans_shown(&without_tags) {
        std::borrow::Cow::Owned(shown) => std::borrow::Cow::Owned(shown),
        std::borrow::Cow::Borrowed(_) => without_tags,
    };
    let text = without_tags
        .trim()
        .trim_start_matches('#')
        .trim_start_matches('>')
        .trim();
    // A lone star (the `*` under the issuing body) is kept; emphasis around text goes.
    // Most lines have neither: they are only copied, once.
    let only_stars = text.chars().all(|c| matches!(c, '*' | '\\' | ' '));
    let text = if only_stars {
        std::borrow::Cow::Owned(text.replace('\\', ""))
    } else if text.contains(['\\', '*', '_']) {
        // Every escape undone, not only `\*`: a Word header's `SỞ GD&ĐT` is written `SỞ
        // GD\&ĐT`, and its `\` would part the name's words.
        let unmarked = crate::text::unescaped(text).replace("**", "").replace("__", "");
        std::borrow::Cow::Owned(unmarked.trim_matches(|c| c == '*' || c == '_').trim().to_owned())
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    // A no-break space is white space: collapsed with the others.
    crate::text::fold::collapse_spaces(&text)
}

#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Star,
    Motto,
    Number(Option<String>),
    PlaceDate(Option<Date>),
    Title,
    Body,
    Other,
}

/// The names a mass organisation writes in the right-hand column of its header, where
/// the Party writes its name and the state its motto, folded.
const ORGANISATION_MOTTOS: [&str; 6] = [
    "doan tncs ho chi minh",
    "doan thanh nien cong san ho chi minh",
    "hoi nong dan viet nam",
    "hoi lien hiep phu nu viet nam",
    "hoi cuu chien binh viet nam",
    "cong doan viet nam",
];

/// A header's right-hand line (folded): the Party's name, the state's motto, or a mass
/// organisation's name (`HỘI NÔNG DÂN VIỆT NAM`) — never the issuing body. The apparatus
/// takes a header by it as this reader does.
pub fn is_motto(plain: &str) -> bool {
    ORGANISATION_MOTTOS.contains(&plain)
        || plain.starts_with("dang cong san viet nam")
        || plain.starts_with("cong hoa xa hoi chu nghia viet nam")
        || plain.starts_with("doc lap")
}

/// A cell that opens with a motto, its other lines after it (a header cell of several
/// paragraphs, read joined).
pub fn opens_with_motto(plain: &str) -> bool {
    ORGANISATION_MOTTOS.iter().any(|m| plain.starts_with(m)) || is_motto(plain)
}

/// The number a header's number line gives (`Số 07-BC/CB`); `None` for any other line,
/// or a number left blank.
pub fn number_line(text: &str) -> Option<String> {
    match kind(text) {
        Kind::Number(value) => value,
        _ => None,
    }
}

/// The first half of a header line wrapped before its value: `Số`, `Số:`, or a place and
/// `ngày` (`Hoàng Mai, ngày`).
pub(crate) fn is_wrapped_start(text: &str) -> bool {
    let text = text.trim_matches(['*', '_', ' ']);
    // Told by its last letter before it is folded: every line around the header is asked.
    if text.len() > WRAPPED_START_MAX_BYTES || !text.ends_with(['ố', 'Ố', 'o', 'O', ':', 'y', 'Y']) {
        return false;
    }
    let plain = bare(text);
    matches!(plain.as_str(), "so" | "so:")
        || plain
            .strip_suffix(" ngay")
            .is_some_and(|place| place.ends_with(',') && place.split(' ').count() <= 5)
}

/// Longest first half of a wrapped header line: a place of five words and `ngày`.
const WRAPPED_START_MAX_BYTES: usize = 80;

fn kind(text: &str) -> Kind {
    // A web editor's `&nbsp;` (`Số&nbsp;498-BC/VPTU`) is the space Markdown shows.
    let decoded;
    let text = if text.contains('&') {
        decoded = crate::read::raw_html::decode_entities(text);
        decoded.as_str()
    } else {
        text
    };
    if is_star_or_rule(text) {
        return Kind::Star;
    }
    let plain = bare(text);
    if is_motto(&plain) {
        return Kind::Motto;
    }
    // The number, or its place left blank (`Số:      /BC-UBND`); not a title that opens
    // with the word (`SỐ LIỆU KẾT QUẢ … KẾT LUẬN SỐ 114-KL/TW`).
    if let Some(after) = after_so(&plain)
        && (after.starts_with(|c: char| c.is_ascii_digit())
            || after.contains('/')
                && after
                    .split('/')
                    .next()
                    .is_some_and(|head| head.split_whitespace().count() < 2))
        && plain.len() < 60
    {
        let written = without_remark(
            text.char_indices()
                .nth(2)
                .map_or("", |(i, _)| &text[i..])
                .trim_start_matches([':', ' '])
                .trim_end_matches(['.', ',', ';'])
                .trim(),
        );
        let value = written
            .chars()
            .any(|c| c.is_ascii_digit())
            .then(|| number_value(written));
        return Kind::Number(value);
    }
    let dated = plain.contains("ngay") && ends_with_its_date(&plain);
    if dated && let Some(c) = PLACE_DATE.captures(&plain) {
        let date = (|| Date::new(c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?).ok())();
        return Kind::PlaceDate(date);
    }
    if dated && plain.len() < 80 && UNDATED.is_match(&plain) {
        // `Nghệ An, ngày    tháng 4 năm 2026`: a draft's undated line.
        return Kind::PlaceDate(None);
    }
    if let Some(c) = is_bare_date_line(&plain).then(|| BARE_DATE.captures(&plain)).flatten() {
        let date = (|| Date::new(c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?).ok())();
        if date.is_some() {
            return Kind::PlaceDate(date);
        }
    }
    // A stamp over the header: a mark (`DỰ THẢO`), or a digital signature's lines at the
    // top of the first page, as Nghị định 30/2020 places an organisation's on what it
    // attaches.
    if is_stamp(&plain) || stamp_line(text).is_some() {
        return Kind::Other;
    }
    // The document type (`BÁO CÁO`, and the title running on) closes the header.
    if plain == "bao cao" || plain.starts_with("bao cao ") {
        return Kind::Title;
    }
    let words = plain.split(' ').count();
    let letters = text.chars().filter(|&c| crate::text::is_alphabetic(c)).count();
    // A template's blank left for the name (`ĐẢNG ỦY XÃ ....................`) ends no
    // sentence: the body is there, its name not filled in.
    let text = unfilled(text).unwrap_or(text);
    if letters >= 2 && words <= 14 && !text.ends_with(['.', ';', ':']) && !text.starts_with(['-', '+', '•']) {
        return Kind::Body;
    }
    Kind::Other
}

/// A line before a template's blank left unfilled at its end (`ĐẢNG ỦY XÃ ……`, `… ______`):
/// three dots or more, an ellipsis or underscores.
fn unfilled(text: &str) -> Option<&str> {
    let kept = text.trim_end_matches(|c: char| matches!(c, '.' | '…' | '_') || c.is_whitespace());
    let blank = &text[kept.len()..];
    (blank.contains('…') || blank.chars().filter(|&c| c == '.' || c == '_').count() >= 3).then_some(kept)
}

/// The `*` under the issuing body, or a rule (`-----`), white space aside. Only a line
/// opening with one of their characters is looked at whole.
fn is_star_or_rule(text: &str) -> bool {
    let rule = |c: char| matches!(c, '-' | '_' | '—' | '–' | '=');
    let mut marks = text.chars().filter(|c| !c.is_whitespace()).peekable();
    match marks.peek() {
        Some('*') => marks.all(|c| c == '*'),
        Some(&c) if rule(c) => marks
            .try_fold(0, |n, c| rule(c).then_some(n + 1))
            .is_some_and(|n| n >= 3),
        _ => false,
    }
}

/// A document number as it is filed: the spaces typed around its `-` and `/` dropped, a
/// dash typed as `–` or `—` made `-` (`52 - BC/ĐU`, `52 – BC/ĐU`, `88 /BC-STP` are
/// `52-BC/ĐU`, `88/BC-STP`).
/// A number without a remark in brackets after it (`58-BC/ĐU (bổ sung)`, `(lần 2)`): the
/// remark says which report this is, the number is what the register holds.
pub fn without_remark(written: &str) -> &str {
    match written.strip_suffix(')').and_then(|w| w.rfind('(')) {
        Some(open) if written[..open].contains('/') => written[..open].trim_end(),
        _ => written,
    }
}

pub fn number_value(written: &str) -> String {
    let mut out = String::with_capacity(written.len());
    let mut pending_space = false;
    // A cell border copied from a web page's table (`Số: 214/BC-TTr | Nghệ An, …`) is
    // no part of the number.
    for c in written.trim().trim_matches('|').trim().chars() {
        let c = if matches!(c, '–' | '—' | '‒' | '−') {
            '-'
        } else {
            c
        };
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let joins = matches!(c, '-' | '/');
        if pending_space && !joins && !out.ends_with(['-', '/']) {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

fn found(index: &LineIndex, fragment: &Fragment, value: String) -> Found {
    let location = index.locate(fragment.start, fragment.start + fragment.raw.trim_end().len());
    Found { value, location }
}

/// Reads the header block at the top of `text[body_start..]` and, when `signature`, the
/// signature block near its end (a front matter naming the signer and title leaves
/// nothing to read there, and the search is most of this module's time).
pub fn read(text: &str, body_start: usize, index: &LineIndex, signature: bool) -> Header {
    read_around(text, body_start, index, signature, None)
}

/// [`read`], the signature looked for outside `skip` (the bytes of a copy's
/// certification, whose own signature is the copier's).
pub fn read_around(
    text: &str,
    body_start: usize,
    index: &LineIndex,
    signature: bool,
    skip: Option<std::ops::Range<usize>>,
) -> Header {
    let mut header = read_block(text, body_start, index, Block::Report);
    if signature {
        read_signature(text, body_start, index, &mut header, skip);
    }
    header
}

/// What `header`'s block leaves out (the issuing body, the number, the date), read from
/// `page`, the first page's header of a Word file as Markdown: a letterhead template
/// keeps the header block there, out of the text. Each value is placed in the page
/// header, quoting its line.
pub fn fill_from_letterhead(header: &mut Header, page: &str) {
    let letterhead = read_block(page, 0, &LineIndex::new(page), Block::Report);
    let placed = |found: Found| {
        let locator = Locator {
            place: Place::PageHeader,
            heading: None,
            quote: clean(&found.location.source),
        };
        Found {
            value: found.value,
            location: Location {
                line: 1,
                column: 1,
                locator: Some(Box::new(locator)),
                ..found.location
            },
        }
    };
    if header.issuer.is_none() {
        header.issuer = letterhead.issuer.map(|issuer| Issuer {
            found: placed(issuer.found),
            ..issuer
        });
    }
    if header.doc_number.is_none() {
        header.doc_number = letterhead.doc_number.map(placed);
    }
    // The letterhead's date is the header's, before one written over the signature.
    if (header.date.is_none() || header.dated_at_signature)
        && let Some((date, found)) = letterhead.date
    {
        header.date = Some((date, placed(found)));
        header.dated_at_signature = false;
    }
}

/// Who a workbook is from, read from the title rows above its table the way a report's
/// header block is read: `text` holds one line per row, its cells separated by tabs
/// (left column first). The rows above a table are its title by their place, so no `*`
/// or number line is needed to take them as one; the issuing body is what stands before
/// the document's type (`BIỂU SỐ LIỆU`, `PHỤ LỤC`), or what a `Đơn vị: …` row names; the
/// number is the workbook's own (`Số 52-BC/ĐU`) or the report's it goes with
/// (`Kèm theo Báo cáo số 52-BC/ĐU ngày …`).
pub fn read_title_rows(text: &str) -> Header {
    read_block(text, 0, &LineIndex::new(text), Block::Workbook)
}

/// Which block [`read_block`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    /// A report's header block: its first lines, up to `BÁO CÁO`, taken only when a `*`,
    /// a number, a motto or a dated line anchors them.
    Report,
    /// A workbook's title rows.
    Workbook,
}

fn read_block(text: &str, body_start: usize, index: &LineIndex, block: Block) -> Header {
    let mut header = Header::default();
    let mut bodies: Vec<Found> = Vec::new();
    // A workbook's `Đơn vị: Sở Y tế`: the unit, said outright.
    let mut labelled: Option<Found> = None;
    let mut closed = false;
    let mut anchored = false;
    // In a workbook, the document's type has been seen: what follows is its subject.
    let mut titled = false;
    // A joint report (`BÁO CÁO LIÊN TỊCH`, `Số: 15/BCLT-TĐ-HND`): its bodies are peers.
    let mut joint = false;
    let mut seen = 0;
    // The first half of a line a web page or a narrow cell wrapped (`Số` / `98-BC/ĐU`,
    // `Hoàng Mai, ngày` / `15 tháng 4 năm 2026`), read with the line after it.
    let mut held: Option<Fragment> = None;
    for unit in units(text, body_start.min(text.len())) {
        let pieces = match unit {
            Unit::Line(_, line) if line.trim().is_empty() => continue,
            Unit::Line(line_start, line) => {
                seen += 1;
                if seen > HEADER_LINES {
                    break;
                }
                // A paragraph of running text ends the block. A long line that cannot be
                // cut into columns or cells (no tab, pipe, tag, NBSP or run of spaces) and
                // has more words than that is one, known without cutting and cleaning it.
                if line.len() > RUNNING_TEXT_BYTES
                    && !line.contains(['\t', '|', '<', '\u{00A0}'])
                    && !line.contains("   ")
                    && line
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphanumeric))
                        .nth(25)
                        .is_some()
                {
                    break;
                }
                fragments(text, line_start, line)
            }
            Unit::Row(pieces) => {
                seen += 1;
                if seen > HEADER_LINES {
                    break;
                }
                pieces
            }
        };
        if pieces.len() == 1 && pieces[0].text.split(' ').count() > 25 {
            break;
        }
        let mut title = false;
        for piece in &pieces {
            let whole;
            let piece = match held.take() {
                Some(first) => {
                    let text = format!("{} {}", first.text, piece.text);
                    if matches!(kind(&text), Kind::Number(Some(_)) | Kind::PlaceDate(Some(_))) {
                        whole = Fragment { text, ..first };
                        &whole
                    } else {
                        piece
                    }
                }
                None => piece,
            };
            if is_wrapped_start(&piece.text) {
                held = Some(piece.clone());
                continue;
            }
            if block == Block::Workbook {
                let plain = bare(&piece.text);
                if let Some(unit) = labelled_unit(&piece.text, &plain) {
                    if labelled.is_none() {
                        labelled = Some(found(index, piece, unit));
                    }
                    continue;
                }
                if plain.trim_start_matches('(').starts_with("kem theo") {
                    if header.doc_number.is_none()
                        && let Some(number) = cited_number(&piece.text)
                    {
                        header.doc_number = Some(found(index, piece, number));
                    }
                    continue;
                }
                if is_workbook_title(&plain) {
                    titled = true;
                    continue;
                }
            }
            match kind(&piece.text) {
                Kind::Star => {
                    closed = true;
                    anchored = true;
                }
                Kind::Motto => anchored = true,
                Kind::Number(value) => {
                    closed = true;
                    anchored = true;
                    if let Some(value) = value
                        && header.doc_number.is_none()
                    {
                        joint |= value.to_uppercase().contains("BCLT");
                        header.doc_number = Some(found(index, piece, value));
                    }
                }
                Kind::PlaceDate(date) => {
                    anchored = true;
                    // A place and date (`Vinh Phú, ngày 10 tháng 4 năm 2026`) over a date
                    // alone (`16/04/2026`, a chat's day the report was pasted under).
                    let placed = |text: &str| text.contains(',') || bare(text).contains("ngay");
                    if let Some(date) = date
                        && header
                            .date
                            .as_ref()
                            .is_none_or(|(_, f)| !placed(&f.value) && placed(&piece.text))
                    {
                        header.date = Some((date, found(index, piece, piece.text.clone())));
                    }
                }
                Kind::Title => {
                    title = true;
                    joint |= bare(&piece.text).contains("lien tich");
                }
                // The right-hand column holds mottos (`HỘI NÔNG DÂN VIỆT NAM`), never
                // the issuing body.
                Kind::Body if !closed && !titled && piece.column == 0 => {
                    let name = unfilled(&piece.text).unwrap_or(&piece.text).to_owned();
                    bodies.push(found(index, piece, name));
                }
                Kind::Body | Kind::Other => {}
            }
        }
        if title {
            match block {
                Block::Report => break,
                Block::Workbook => titled = true,
            }
        }
    }
    // Without a star, a number, a motto or a dated line, the first lines are not a
    // header block but the report's own title or text.
    if !anchored && block == Block::Report {
        header.doc_number = None;
        header.date = None;
        bodies.clear();
    }
    header.issuer = match labelled {
        Some(found) => Some(Issuer::named(found.clone(), None, vec![found.value])),
        None if joint => lead(bodies),
        None => issuer(bodies),
    };
    header
}

/// The body an opening formula names as reporting (`Thực hiện Kế hoạch số 86-KH/TU …,
/// Đảng ủy xã Anh Sơn báo cáo kết quả … như sau:`): the words between the comma before the
/// formula's own `báo cáo` — its last, the one `như sau` closes — and the verb: a name of
/// two to fourteen words opening with a capital, and nothing else. A document's or a
/// basis's words (`Hướng dẫn của Văn phòng Tỉnh ủy về …`, `Để phục vụ …`) or two bodies
/// working together (`… phối hợp với Hội Nông dân tỉnh`) name no one unit: none.
fn named_in_opening(sentence: &str) -> Option<String> {
    const OPENINGS: [&str; 16] = [
        "thuc hien",
        "can cu",
        "trien khai",
        "theo",
        "tren co so",
        "qua",
        "de",
        "nham",
        "sau khi",
        "ke hoach",
        "huong dan",
        "cong van",
        "chi thi",
        "nghi quyet",
        "quyet dinh",
        "thong bao",
    ];
    // Words joining a second body or a second verb: `… tham mưu Ban Thường vụ …`.
    const LINKS: [&str; 9] = [
        " ve ",
        " cua ",
        " voi ",
        " phoi hop",
        " huong dan",
        " cung ",
        " tham muu",
        " giao ",
        " chi dao",
    ];
    let sentence = sentence.trim();
    let (at, _) = sentence.match_indices("báo cáo").last()?;
    let before = sentence[..at].trim_end();
    let before = before
        .strip_suffix(" xin")
        .or_else(|| before.strip_suffix(" trân trọng"))
        .unwrap_or(before);
    let name = before.rsplit([',', ';', ':']).next()?.trim();
    let words = name.split_whitespace().count();
    let folded = format!("{} ", bare(name));
    ((2..=OPENING_NAME_MAX_WORDS).contains(&words)
        && name.starts_with(char::is_uppercase)
        && !name.contains(|c: char| c.is_ascii_digit() || "()/\\\"“”".contains(c))
        && !OPENINGS
            .iter()
            .any(|o| folded.strip_prefix(o).is_some_and(|r| r.starts_with(' ')))
        && !LINKS.iter().any(|l| folded.contains(l)))
    .then(|| name.to_owned())
}

/// An annex filed with no header block of its own, whose line citing the report it goes
/// with names who sent it (`(Kèm theo Báo cáo số 318-BC/ĐU ngày 10/4/2026 của Ban
/// Thường vụ Đảng ủy Quân sự tỉnh về công tác dân vận năm 2025)`): that body (its
/// standing committee's words left out), the report's number and its date, at `location`:
/// a header as that line gives it.
pub fn cited_in_annex(line: &str, location: Location) -> Option<Header> {
    let text = line.trim().trim_matches(['*', '_']).trim();
    let inner = text
        .strip_prefix('(')
        .map_or(text, |t| t.trim_end_matches(['.', ' ']).trim_end_matches(')'));
    // A report's annex cites the report (`Kèm theo Báo cáo số …`); a template's line
    // (`Kèm theo Công văn số 123-CV/VPTU … của Văn phòng Tỉnh ủy`, `Kèm theo Kế hoạch …`)
    // names who sent the template, not the report.
    if !bare(inner).starts_with("kem theo bao cao") {
        return None;
    }
    let (_, from) = inner.split_once(" của ")?;
    let body = from
        .split(" về ")
        .next()
        .unwrap_or(from)
        .trim()
        .trim_end_matches([',', ';']);
    let folded = bare(body);
    let organ = ["ban thuong vu ", "ban chap hanh ", "thuong truc ", "bch "]
        .iter()
        .find(|o| folded.starts_with(*o))
        .map_or(0, |o| {
            body.char_indices()
                .nth(o.chars().count())
                .map_or(body.len(), |(i, _)| i)
        });
    let unit = body[organ..].trim();
    let words = unit.split_whitespace().count();
    if !(2..=OPENING_NAME_MAX_WORDS).contains(&words) || !unit.starts_with(char::is_uppercase) {
        return None;
    }
    let found = |value: String| Found {
        value,
        location: location.clone(),
    };
    let number = cited_number(inner).map(&found);
    let date = inner
        .split_once(" ngày ")
        .and_then(|(_, rest)| rest.split(" của ").next())
        .map(|d| d.trim().trim_end_matches(','))
        .and_then(crate::text::date::parse_date)
        .map(|d| (d, found(d.to_string())));
    let issuer = Issuer {
        source: Source::Cited,
        ..Issuer::named(found(unit.to_owned()), None, vec![unit.to_owned(), body.to_owned()])
    };
    Some(Header {
        issuer: Some(issuer),
        doc_number: number,
        date,
        ..Header::default()
    })
}

/// A report without a header block: its unit as its opening formula names it, at
/// `location` (the formula's paragraph).
pub fn issuer_in_opening(sentence: &str, location: Location) -> Option<Issuer> {
    let name = named_in_opening(sentence)?;
    Some(Issuer {
        source: Source::Opening,
        ..Issuer::named(
            Found {
                value: name.clone(),
                location,
            },
            None,
            vec![name],
        )
    })
}

/// Most words of a body's name in an opening formula (`Ban Thường vụ Đảng ủy Cơ quan
/// Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh`).
const OPENING_NAME_MAX_WORDS: usize = 14;

/// The lead body of a joint report: the first its header names (`BCH TỈNH ĐOÀN NGHỆ AN`
/// over `BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH`), which the officer files it under; the
/// bodies under it are its partners, not it.
fn lead(mut bodies: Vec<Found>) -> Option<Issuer> {
    bodies.retain(|b| !is_organ(&b.value));
    // A line naming only a place goes on with the body above it (`ỦY BAN MTTQ VIỆT NAM` /
    // `TỈNH NGHỆ AN`): one body.
    let mut joined: Vec<Found> = Vec::with_capacity(bodies.len());
    for body in bodies {
        match joined.last_mut() {
            Some(last) if names_only_a_place(&body.value) => {
                last.value = format!("{} {}", last.value, body.value);
            }
            _ => joined.push(body),
        }
    }
    // Over several bodies, the province's committee they both work under (`TỈNH ỦY NGHỆ
    // AN` / `BAN TUYÊN GIÁO VÀ DÂN VẬN` / `SỞ NỘI VỤ`) is their superior, not the lead.
    let superior = (joined.len() > 2 && is_superior_body(&joined[0].value)).then(|| joined.remove(0).value);
    let mut bodies = joined.into_iter();
    let first = bodies.next()?;
    let mut candidates = vec![first.value.clone()];
    candidates.extend(superior.iter().map(|s| format!("{} {s}", first.value)));
    Some(Issuer {
        partners: bodies.collect(),
        ..Issuer::named(first, superior, candidates)
    })
}

/// A header line naming only a place (`TỈNH NGHỆ AN`, `XÃ QUỲNH LƯU`): the second line of
/// a body's name set over two.
fn names_only_a_place(value: &str) -> bool {
    let plain = bare(value);
    PLACE_LEVELS
        .iter()
        .any(|level| plain.strip_prefix(level).is_some_and(|rest| rest.starts_with(' ')))
        && plain.split(' ').count() <= 5
}

/// A province's or district's Party committee or People's Committee (`TỈNH ỦY NGHỆ AN`,
/// `ĐẢNG BỘ TỈNH …`, `UBND TỈNH …`): a superior body over a header's others.
fn is_superior_body(value: &str) -> bool {
    const SUPERIORS: [&str; 7] = [
        "tinh uy ",
        "thanh uy ",
        "huyen uy ",
        "dang bo tinh ",
        "ubnd tinh ",
        "uy ban nhan dan tinh ",
        "dang bo thanh pho ",
    ];
    let plain = format!("{} ", bare(value));
    SUPERIORS.iter().any(|s| plain.starts_with(s))
}

/// A workbook row that says which unit it is from: `Đơn vị: Sở Y tế (SYT)`, `Đơn vị báo
/// cáo: …`, `Tên đơn vị: …` (not `Đơn vị tính: …`); the name after the colon.
fn labelled_unit(text: &str, plain: &str) -> Option<String> {
    let label = [
        "don vi:",
        "don vi :",
        "don vi bao cao:",
        "ten don vi:",
        "co quan, don vi:",
    ];
    if !label.iter().any(|l| plain.starts_with(l)) {
        return None;
    }
    let (_, name) = text.split_once(':')?;
    let name = name.trim().trim_end_matches(['.', ';']).trim();
    name.chars().any(char::is_alphabetic).then(|| name.to_owned())
}

/// The document's type at the head of a workbook (`BIỂU SỐ LIỆU`, `PHỤ LỤC`, `BIỂU TỔNG
/// HỢP`, `SỐ LIỆU …`): the issuing body stands above it.
fn is_workbook_title(plain: &str) -> bool {
    [
        "bieu",
        "phu luc",
        "so lieu",
        "tong hop",
        "bang tong hop",
        "bang so lieu",
    ]
    .iter()
    .any(|t| plain == *t || plain.starts_with(&format!("{t} ")))
}

static CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])s[ốo]\s*:?\s*(\d+\s*[-–—]\s*[^\s,;()/]+\s*/\s*[^\s,;()]+|\d[^\s,;()]*/[^\s,;()]+)")
        .expect("valid pattern")
});

/// The number of the document a line cites: `Kèm theo Báo cáo số 52-BC/ĐU ngày …` (or
/// `số 52 - BC/ĐU`) gives `52-BC/ĐU`. Compare with [`same_number`].
pub fn cited_number(text: &str) -> Option<String> {
    let captures = CITED.captures(text)?;
    let number = captures[1].trim_end_matches(['.', ':']);
    Some(number_value(number))
}

/// Whether two report numbers are one (`Số 52-BC/ĐU`, `52 - BC/ĐU`, `52-bc/đu`).
pub fn same_number(a: &str, b: &str) -> bool {
    same_value("doc_number", a, b)
}

/// A line naming a body's organ, not a body (`BAN THƯỜNG VỤ` under `HỘI LHPN TỈNH NGHỆ
/// AN`), folded without diacritics: the unit is the body it stands under (or over).
const ORGANS: &[&str] = &[
    "ban thuong vu",
    "ban thuong truc",
    "ban chap hanh",
    "thuong truc",
    "thuong vu",
    "dang doan",
    "ban can su",
    "ban can su dang",
    "btv",
    "bch",
];

/// The levels a place is named at, folded without diacritics (`TỈNH NGHỆ AN`, `XÃ QUỲNH
/// LƯU`): a line that opens with one and says no more than a place's name names no body.
const PLACE_LEVELS: &[&str] = &["tinh", "thanh pho", "xa", "phuong", "thi tran", "dac khu"];

fn is_organ(value: &str) -> bool {
    ORGANS.contains(&bare(value).as_str())
}

fn issuer(mut bodies: Vec<Found>) -> Option<Issuer> {
    // `BAN THƯỜNG VỤ`, `BAN THƯỜNG TRỰC` alone on a line names the organ that signs for the
    // body above it: the unit is that body.
    if bodies.iter().any(|b| !is_organ(&b.value)) {
        bodies.retain(|b| !is_organ(&b.value));
    }
    let first = bodies.first()?.clone();
    let join = |parts: &[Found]| parts.iter().map(|f| f.value.as_str()).collect::<Vec<_>>().join(" ");
    let all = join(&bodies);
    // `BCH ĐOÀN TNCS HỒ CHÍ MINH` / `TỈNH NGHỆ AN`, `ỦY BAN NHÂN DÂN` / `XÃ QUỲNH LƯU`: a
    // second line naming only a place continues the first; there is no superior body
    // above it.
    let continues = bodies.len() == 2 && names_only_a_place(&bodies[1].value);
    if bodies.len() == 1 || continues {
        let mut first = first;
        first.value = all.clone();
        return Some(Issuer::named(first, None, vec![all]));
    }
    let own = join(&bodies[1..]);
    let mut found = bodies[1].clone();
    found.value = own.clone();
    // `TỈNH ỦY NGHỆ AN` / `BAN TỔ CHỨC`: the roster says `Ban Tổ chức Tỉnh ủy`.
    let candidates = vec![own.clone(), all, format!("{own} {}", first.value)];
    Some(Issuer::named(found, Some(first.value.clone()), candidates))
}

/// Whether a fragment can be a signer's name: two to six words, each starting with a
/// capital, no digits, not a title, not a heading that follows a signature (`PHỤ LỤC`).
/// A rank or degree before it is not part of it: see [`without_rank`].
/// Whether a folded line opens with the kind of a body (`sở`, `trường`, `ban`, `đảng ủy`,
/// `ủy ban`, `phòng` …): a body's name, not a title or a person's name in capitals.
pub(crate) fn names_a_body(plain: &str) -> bool {
    // Whole kinds, not a word a surname folds to (`Đặng`, `Trương`, `Đoàn`, `Tô`).
    const KINDS: [&str; 42] = [
        "so ",
        "ban ",
        "dang uy",
        "dang bo",
        "dang doan",
        "chi bo ",
        "uy ban ",
        "ubnd ",
        "hdnd ",
        "hoi ",
        "doan thanh nien",
        "doan tncs",
        "doan khoi",
        "cong an ",
        "bo chi huy ",
        "benh vien ",
        "trung tam ",
        "cong ty ",
        "van phong ",
        "thanh tra ",
        "lien doan ",
        "mat tran ",
        "chi cuc ",
        "cuc ",
        "phong ",
        "vien ",
        "tinh uy",
        "huyen uy",
        "thanh uy",
        "quan uy",
        "thi uy",
        "khoi ",
        "mttq ",
        "ub mttq ",
        "hoi dong ",
        "truong thpt",
        "truong thcs",
        "truong tieu hoc",
        "truong mam non",
        "truong dai hoc",
        "truong cao dang",
        "truong trung cap",
    ];
    KINDS.iter().any(|k| plain.starts_with(k))
}

fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ':' | ';' | '/' | ',' | '(' | '.'))
        && {
            // A seal's text over the signature (`ĐẢNG ỦY XÃ QUỲNH LƯU`, read from a scan)
            // names the unit, never who signs.
            let plain = bare(text);
            !TITLES.contains(&plain.as_str()) && !never_a_name(&plain) && !names_a_body(&plain)
        }
        && !is_authority(text)
}

/// A line, folded, that is never a signer's name: the appendix's heading or caption, the
/// recipients (`PHỤ LỤC`, `BIỂU SỐ LIỆU`, `Nơi nhận`).
fn never_a_name(plain: &str) -> bool {
    NOT_NAMES.iter().any(|n| plain.starts_with(n))
}

/// `text` without the military or police rank (`Thiếu tướng`, `Đại tá`) or the degrees
/// (`PGS.TS.`, `BS.`) written before a name; `text` itself when it has none.
fn without_rank(text: &str) -> &str {
    let mut rest = text.trim();
    loop {
        let before = rest;
        // A rank is two or three words.
        for words in [3, 2] {
            let Some(end) = rest.match_indices(' ').nth(words - 1).map(|(i, _)| i) else {
                continue;
            };
            if RANKS.contains(&bare(&rest[..end]).as_str()) {
                rest = rest[end..].trim_start();
                break;
            }
        }
        // A degree is a word ending in a dot, made of degrees (`PGS.TS.`).
        let first = rest.split(' ').next().unwrap_or_default();
        if first.len() < rest.len() && first.contains('.') {
            let plain = bare(first);
            let parts = plain.split('.').filter(|p| !p.is_empty());
            if parts.clone().next().is_some() && parts.into_iter().all(|p| DEGREES.contains(&p)) {
                rest = rest[first.len()..].trim_start();
            }
        }
        if rest.len() == before.len() {
            return rest;
        }
    }
}

/// Whether `text` is a rank alone (`Trung tướng` on its own line above the name).
pub fn is_rank(text: &str) -> bool {
    text.len() <= 40 && RANKS.contains(&bare(text).as_str())
}

/// The signer's name a fragment (markup removed) gives, a rank or degree before it
/// dropped: `Thiếu tướng Nguyễn Đức Hải` gives `Nguyễn Đức Hải`.
pub fn signer_name(text: &str) -> Option<&str> {
    let name = without_rank(text);
    is_name(name).then_some(name)
}

fn is_title(text: &str) -> bool {
    // Titles are short and, in a signature block, written in capitals.
    text.len() <= 60 && !text.chars().any(char::is_lowercase) && text.chars().any(char::is_alphabetic) && {
        let plain = bare(text);
        // `PHÓ …`: the deputy of any title listed.
        let office = plain.strip_prefix("pho ").unwrap_or(&plain);
        TITLES.contains(&plain.as_str()) || TITLES.contains(&office)
    }
}

/// Whether a line (markup removed) is a signer's title standing alone, in capitals, as
/// the signature block reads it: `GIÁM ĐỐC`, `CHÁNH THANH TRA`, `PHÓ BÍ THƯ`.
pub fn is_signer_title(text: &str) -> bool {
    is_title(text)
}

/// Whether a line may open a signature block, tested before it is cut into fragments:
/// a table row or tabbed line, or a line whose first letters are all capitals
/// (`**T/M BAN THƯỜNG VỤ**`, `GIÁM ĐỐC`). Running text starts with a capital and goes on
/// in small letters, so most lines are passed over here.
fn may_open(line: &str) -> bool {
    let capitals = |cell: &str| {
        let mut letters = cell
            .chars()
            .filter(|&c| crate::text::is_alphabetic(c))
            .take(6)
            .peekable();
        letters.peek().is_some() && letters.all(char::is_uppercase)
    };
    // A table row or tabbed line: any cell may be the signature's (an appendix row,
    // `| 3 | Số lượt cán bộ … | 2.071 |`, has none in capitals and is passed over).
    let trimmed = line.trim();
    if is_pipe_row(trimmed) || memchr::memchr2(b'\t', b'<', line.as_bytes()).is_some() {
        return line
            .split(['|', '\t'])
            .any(|cell| break_parts(cell).into_iter().any(|(part, _)| capitals(&clean(part))));
    }
    // Columns aligned with spaces (`Nơi nhận:          T/M BAN THƯỜNG VỤ`): the right one
    // may open it.
    capitals(trimmed) || (line.contains("   ") && columns(trimmed).iter().skip(1).any(|c| capitals(c)))
}

/// A confirming body's heading set under (or beside) a report's signature: `XÁC NHẬN CỦA
/// ĐẢNG ỦY XÃ`, `Xác nhận của cấp ủy`. The signature under it is the confirmer's.
pub(crate) fn is_confirmation(text: &str) -> bool {
    let folded = bare(text.trim_matches(['*', '_', ' ']));
    let folded = folded.trim_end_matches([':', '.']);
    folded == "xac nhan" || folded.starts_with("xac nhan cua ")
}

/// Lines (not blank) over an authority line that may hold its confirming body's heading.
const CONFIRMATION_LINES: usize = 2;

/// Who drew up a statistics sheet, signing beside its head (`Người lập biểu`).
pub fn is_preparer(text: &str) -> bool {
    let folded = bare(text);
    let folded = folded.trim_end_matches([':', '.']);
    matches!(
        folded,
        "nguoi lap bieu" | "nguoi lap bang" | "nguoi lap" | "nguoi tong hop"
    )
}

fn read_signature(
    text: &str,
    body_start: usize,
    index: &LineIndex,
    header: &mut Header,
    skip: Option<std::ops::Range<usize>>,
) {
    let body_start = body_start.min(text.len());
    let body = &text[body_start..];
    // The last lines, found from the end without counting the whole file's lines.
    let mut end = body.len();
    let mut counted = 0;
    while counted < SIGNATURE_LINES && end > 0 {
        end = memchr::memrchr(b'\n', &body.as_bytes()[..end - 1]).map_or(0, |i| i + 1);
        counted += 1;
    }
    let skipped = |unit: &Unit| {
        let at = match unit {
            Unit::Line(at, _) => Some(*at),
            Unit::Row(pieces) => pieces.first().map(|p| p.start),
        };
        at.is_some_and(|at| skip.as_ref().is_some_and(|s| s.contains(&at)))
    };
    let lines: Vec<Unit> = units(text, body_start + end).filter(|u| !skipped(u)).collect();
    // The last authority line (`T/M BAN THƯỜNG VỤ`, `K/T GIÁM ĐỐC`), else the last
    // title standing alone, opens the signature.
    let mut opening: Option<(usize, usize)> = None;
    let mut title_only: Option<(usize, usize)> = None;
    // What was passed over as a confirming body's: the signature still, where the unit's
    // own is found nowhere above it (its cells read column after column).
    let mut confirming: Option<(usize, usize)> = None;
    for (i, unit) in lines.iter().enumerate().rev() {
        if let Unit::Line(_, line) = unit
            && !may_open(line)
        {
            continue;
        }
        let pieces = unit.fragments(text);
        // `NGƯỜI LẬP BIỂU | TM. ỦY BAN NHÂN DÂN` under a statistics table: the sheet's own
        // sign-off, its preparer beside its head; the report's signature is above it.
        if pieces.iter().any(|p| is_preparer(&p.text)) {
            continue;
        }
        // `XÁC NHẬN CỦA ĐẢNG ỦY XÃ` alone on its line under the report's signature: what
        // was found below it is the confirming body's signature, the unit's is above.
        if let [piece] = &pieces[..]
            && is_confirmation(&piece.text)
        {
            confirming = confirming.or(title_only.take());
            continue;
        }
        if let Some(j) = pieces.iter().rposition(|p| is_authority(&p.text)) {
            // A confirming body's authority line: its heading is just above.
            let confirmed = lines[..i]
                .iter()
                .rev()
                .filter(|u| !matches!(u, Unit::Line(_, line) if line.trim().is_empty()))
                .take(CONFIRMATION_LINES)
                .any(|u| matches!(&u.fragments(text)[..], [piece] if is_confirmation(&piece.text)));
            if confirmed {
                confirming = confirming.or(Some((i, j)));
                title_only = None;
                continue;
            }
            opening = Some((i, j));
            break;
        }
        if title_only.is_none()
            && let Some(j) = pieces.iter().rposition(|p| is_title(&p.text))
        {
            title_only = Some((i, j));
        }
    }
    let Some((line, piece)) = opening.or(title_only).or(confirming) else {
        return;
    };
    // A report dated only over its signature (`Nghệ An, ngày 14 tháng 4 năm 2026` over
    // `TM. BAN THƯỜNG TRỰC`, as some templates place it) is dated there.
    if header.date.is_none() {
        let dated = lines[line.saturating_sub(SIGNATURE_DATE_LINES)..=line]
            .iter()
            .flat_map(|unit| unit.fragments(text))
            .find_map(|p| match kind(&p.text) {
                Kind::PlaceDate(Some(date)) => Some((date, found(index, &p, p.text.clone()))),
                _ => None,
            });
        if let Some(dated) = dated {
            header.date = Some(dated);
            header.dated_at_signature = true;
        }
    }
    let mut pieces = Vec::new();
    for unit in lines.iter().skip(line).take(40) {
        pieces.extend(unit.fragments(text));
    }
    if let Some((signer, title)) = signed_at(&pieces, piece, None).map(|at| signer_found(index, at)) {
        header.signer = Some(signer);
        if title.is_some() {
            header.signer_title = title;
        }
    }
    // Several bodies signing side by side (`TM. BAN THƯỜNG VỤ TỈNH ĐOÀN` beside `TM. ỦY
    // BAN HỘI LHTN …`): each one's signer, for `check` to give the unit it identifies its
    // own. Side by side in a row or a tabbed line, each read down its own column; or, a
    // table's cells written one after the other, one signature right over the next.
    let Some(issuer) = header.issuer.as_mut() else {
        return;
    };
    let opening_row = lines[line].fragments(text).len().min(pieces.len());
    let mut openings: Vec<(usize, usize, Option<usize>)> = (0..opening_row)
        .filter(|&k| is_authority(&pieces[k].text))
        .map(|k| (line, k, Some(pieces[k].column)))
        .collect();
    // Lines written since the last signature found, blank ones not counted.
    let mut written = 0;
    for i in (0..line).rev() {
        let row = lines[i].fragments(text);
        if let Some(k) = row.iter().position(|p| is_authority(&p.text)) {
            openings.insert(0, (i, k, None));
            written = 0;
        } else if row.is_empty() {
            continue;
        } else if written == SIGNATURE_STACK_LINES || !row.iter().all(|p| signature_line(&p.text)) {
            break;
        } else {
            written += 1;
        }
    }
    if openings.len() < 2 {
        return;
    }
    issuer.signatures = openings
        .into_iter()
        .filter_map(|(at, k, column)| {
            let pieces: Vec<Fragment> = lines.iter().skip(at).take(40).flat_map(|u| u.fragments(text)).collect();
            let (signer, title) = signer_found(index, signed_at(&pieces, k, column)?);
            Some(Signed {
                authority: pieces[k].text.clone(),
                signer,
                title,
            })
        })
        .collect();
}

/// Most lines between two signatures written one over the other: a title, a note
/// (`(Đã ký)`), a rank and a name.
const SIGNATURE_STACK_LINES: usize = 5;

/// A line of a signature under its authority: a title, a name (a rank before it), a
/// note in brackets.
pub(crate) fn signature_line(text: &str) -> bool {
    is_title(text) || is_rank(text) || text.starts_with('(') || is_name(without_rank(text))
}

/// A signer's name (its fragment, and the name without a rank) and title's fragment.
type SignerAt<'p, 'a> = ((&'p Fragment<'a>, &'p str), Option<&'p Fragment<'a>>);

/// A signer and title found, located.
fn signer_found(index: &LineIndex, ((name, value), title): SignerAt) -> (Found, Option<Found>) {
    (
        found(index, name, value.to_owned()),
        title.map(|t| found(index, t, t.text.clone())),
    )
}

/// The signer and title under the signature opening at `pieces[opening]`, read down
/// `column` when one is given.
fn signed_at<'p, 'a>(pieces: &'p [Fragment<'a>], opening: usize, column: Option<usize>) -> Option<SignerAt<'p, 'a>> {
    let mut title: Option<&Fragment> = pieces.get(opening).filter(|p| is_title(&p.text));
    let mut name = None;
    for piece in pieces
        .iter()
        .skip(opening + 1)
        .filter(|p| column.is_none_or(|c| p.column == c))
    {
        let text = &piece.text;
        if text.starts_with(['-', '+', '•', '(', '[', '!']) || bare(text).starts_with("noi nhan") {
            continue;
        }
        if is_authority(text) || is_rank(text) {
            continue;
        }
        // A heading after the signature (the appendix's, a numbered line) ends it: what
        // follows is the report's, never the signer.
        if piece.raw.trim_start().starts_with('#')
            || crate::text::heading::starts_with_numbering(text)
            || never_a_name(&bare(text))
        {
            break;
        }
        let plain_name = without_rank(text);
        if is_name(plain_name) && plain_name.chars().any(char::is_lowercase) {
            name = Some((piece, plain_name));
            break;
        }
        if title.is_none() && text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
            // The line under `T/M …` is the title, listed or not (`CHÁNH THANH TRA`).
            title = Some(piece);
            continue;
        }
        if is_name(plain_name) {
            name = Some((piece, plain_name));
            break;
        }
    }
    // An acting head signs under `Q. GIÁM ĐỐC` with no title of its own below: that is
    // the title held.
    let acting = pieces
        .get(opening)
        .filter(|p| matches!(bare(&p.text).get(..2), Some("q." | "q/")));
    Some((name?, title.or(acting)))
}

/// Fills what the front matter lacks from the header, and says so: a
/// `metadata-inferred` note per value, a `metadata-conflict` warning where both give
/// a value and they differ (the front matter's stands). A header block naming an issuing
/// body stands in for a missing front matter; the unit itself is identified against the
/// roster by `check`.
pub fn apply(front_matter: &mut FrontMatter, diagnostics: &mut Vec<Diagnostic>, header: &Header) -> Metadata {
    let mut metadata = Metadata::default();
    let line_of = |key: &str| front_matter.key_lines.iter().find(|(k, _)| k == key).map(|(_, l)| *l);
    let from_front_matter = |field: &'static str, value: &str| Sourced {
        field,
        value: value.to_owned(),
        source: Source::FrontMatter,
        line: line_of(field),
    };
    let mut known = Vec::new();
    if let Some(f) = &front_matter.unit {
        known.push(from_front_matter("unit", &f.value));
    }
    if let Some(f) = &front_matter.unit_code {
        known.push(from_front_matter("unit_code", &f.value));
    }
    if let Some(f) = &front_matter.category {
        known.push(from_front_matter("category", &f.value));
    }
    if let Some(d) = front_matter.date {
        known.push(from_front_matter("date", &d.to_string()));
    }
    if let Some(v) = &front_matter.submitted_text {
        known.push(from_front_matter("submitted", v));
    }
    for (field, value) in [
        ("doc_number", &front_matter.doc_number),
        ("signer", &front_matter.signer),
        ("signer_title", &front_matter.signer_title),
    ] {
        if let Some(v) = value {
            known.push(from_front_matter(field, v));
        }
    }
    for sourced in known {
        metadata.set(sourced);
    }

    let mut notes = Vec::new();
    let mut inferred = |metadata: &mut Metadata, field: &'static str, value: String, found: &Found, source: Source| {
        metadata.set(Sourced {
            field,
            value: value.clone(),
            source,
            // A value of the first page's header has no line of the text.
            line: found
                .location
                .locator
                .as_ref()
                .is_none_or(|l| l.place != Place::PageHeader)
                .then_some(found.location.line),
        });
        let finding = Finding::MetadataInferred {
            field: field.to_owned(),
            value,
            source: source.as_str(),
        };
        notes.push(Diagnostic::new(finding, found.location.clone()));
    };
    let mut conflicts = Vec::new();

    if let Some(issuer) = &header.issuer {
        // The unit's name the front matter left out is the issuing body's (a front
        // matter of `unit_code` and `date` alone over a header block); a code, a
        // category it left out stay its to give, unless it gives no code at all.
        if front_matter.unit.is_none() && !front_matter.key_lines.iter().any(|(k, _)| k == "unit") {
            inferred(
                &mut metadata,
                "unit",
                issuer.found.value.clone(),
                &issuer.found,
                issuer.source,
            );
            drop_finding(
                diagnostics,
                |f| matches!(f, Finding::FieldMissing { field } if field == "unit"),
            );
        }
        // A unit named only by the opening formula stands in for the front matter once the
        // roster knows it (`check` drops the error then).
        if front_matter.unit_code.is_none() && !issuer.source.tentative() {
            // The unit, its code and its category come from the roster (in `check`).
            drop_finding(diagnostics, |f| {
                matches!(f, Finding::FrontMatterMissing)
                    || matches!(f, Finding::FieldMissing { field } if matches!(field.as_str(), "unit_code" | "category"))
            });
        }
    }
    let front_matter_missing = !front_matter.present;
    // A key written in the front matter, even with a bad value, is the unit's answer:
    // its error stands and the document does not replace it.
    let written: Vec<String> = front_matter.key_lines.iter().map(|(k, _)| k.clone()).collect();
    let written = |key: &str| written.iter().any(|k| k == key);
    match (&header.date, front_matter.date) {
        (Some((_, _)), None) if written("date") => {}
        (Some((date, found)), None) => {
            front_matter.date = Some(*date);
            let source = if header.dated_at_signature {
                Source::Signature
            } else if header.cited {
                Source::Cited
            } else {
                Source::Header
            };
            inferred(&mut metadata, "date", date.to_string(), found, source);
            drop_finding(
                diagnostics,
                |f| matches!(f, Finding::FieldMissing { field } if field == "date"),
            );
        }
        (Some((date, found)), Some(given)) if *date != given => {
            conflicts.push(("date", given.to_string(), date.to_string(), found.location.clone()));
        }
        (None, None) if front_matter_missing && header.issuer.is_some() => {
            // Identified by its header but dated nowhere: the date is still required.
            let finding = Finding::FieldMissing { field: "date".into() };
            diagnostics.push(Diagnostic::whole_file(finding));
        }
        _ => {}
    }
    for (field, found, source) in [
        (
            "doc_number",
            &header.doc_number,
            if header.cited { Source::Cited } else { Source::Header },
        ),
        ("signer", &header.signer, Source::Signature),
        ("signer_title", &header.signer_title, Source::Signature),
    ] {
        let Some(found) = found else { continue };
        let slot = match field {
            "doc_number" => &mut front_matter.doc_number,
            "signer" => &mut front_matter.signer,
            _ => &mut front_matter.signer_title,
        };
        match slot {
            None => {
                *slot = Some(found.value.clone());
                inferred(&mut metadata, field, found.value.clone(), found, source);
            }
            Some(given) if !same_value(field, given, &found.value) => {
                conflicts.push((field, given.clone(), found.value.clone(), found.location.clone()));
            }
            Some(_) => {}
        }
    }
    diagnostics.extend(notes);
    for (field, front_matter, document, location) in conflicts {
        let finding = Finding::MetadataConflict {
            field: field.to_owned(),
            front_matter,
            document,
        };
        diagnostics.push(Diagnostic::new(finding, location));
    }
    metadata
}

/// Two spellings of one value: case, tone placement, spaces, and for a number the
/// `Số` and spaces around `-` and `/`.
fn same_value(field: &str, a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let folded = fold_name(s);
        if field == "doc_number" {
            number_value(&folded)
                .replace(' ', "")
                .trim_start_matches("số")
                .trim_start_matches(':')
                .to_owned()
        } else {
            folded
        }
    };
    norm(a) == norm(b)
}

fn drop_finding(diagnostics: &mut Vec<Diagnostic>, which: impl Fn(&Finding) -> bool) {
    diagnostics.retain(|d| !which(&d.finding));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Header {
        read(text, 0, &LineIndex::new(text), true)
    }

    #[test]
    fn a_seals_text_is_no_signers_name() {
        assert_eq!(signer_name("Nguyễn Văn Đặng"), Some("Nguyễn Văn Đặng"));
        assert_eq!(signer_name("Trần Thị Phương"), Some("Trần Thị Phương"));
        assert_eq!(signer_name("ĐẢNG ỦY XÃ QUYNH LƯU"), None);
        assert_eq!(signer_name("SỞ Y TẾ NGHỆ AN"), None);
    }

    #[test]
    fn a_number_line_holds_a_number_or_its_place_left_blank() {
        for line in [
            "Số 52-BC/ĐU",
            "Số: 125/BC-SYT",
            "Số:      /BC-UBND",
            "SỐ: …/BC-MTTQ",
            "Số     -BC/TU",
        ] {
            assert!(matches!(kind(line), Kind::Number(_)), "{line}");
        }
        for line in [
            "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
            "Số liệu năm 2025/2026",
        ] {
            assert!(!matches!(kind(line), Kind::Number(_)), "{line}");
        }
        // A web editor's entity for the space.
        assert_eq!(number_line("Số&nbsp;498-BC/VPTU").as_deref(), Some("498-BC/VPTU"));
    }

    #[test]
    fn a_cells_lines_joined_by_two_spaces_are_lines() {
        // MarkItDown's table of a Word header: a cell's paragraphs apart by two spaces.
        let text = "|  |  |\n| --- | --- |\n| ĐẢNG BỘ TỈNH NGHỆ AN  **ĐẢNG ỦY CÔNG AN TỈNH**  \\*  Số 296-BC/ĐU \
                    | **<u>ĐẢNG CỘNG SẢN VIỆT NAM</u>**  *Nghệ An, ngày 12 tháng 4 năm 2026* |\n\n**BÁO CÁO**\n";
        let header = read_text(text);
        assert_eq!(issuer(&header).0, "ĐẢNG ỦY CÔNG AN TỈNH");
        assert_eq!(header.doc_number.as_ref().map(|f| f.value.as_str()), Some("296-BC/ĐU"));
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 12)));
    }

    #[test]
    fn a_joint_report_is_its_lead_bodys() {
        // Two peer bodies over one number: the first named leads; the second is no issuer
        // under a superior.
        let joint = "BCH TỈNH ĐOÀN NGHỆ AN\n\nBAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH\n\n\\*\\*\\*\n\n\
                     Số: 15/BCLT-TĐ-HND\n\nNghệ An, ngày 10 tháng 4 năm 2026\n\nBÁO CÁO LIÊN TỊCH\n";
        let header = read_text(joint);
        assert_eq!(issuer(&header).0, "BCH TỈNH ĐOÀN NGHỆ AN");
        assert_eq!(issuer(&header).1, None);
        // Said by its type line alone, too; a superior over its unit stays one.
        let typed = joint.replace("15/BCLT-TĐ-HND", "15/BC-TĐ");
        assert_eq!(issuer(&read_text(&typed)).0, "BCH TỈNH ĐOÀN NGHỆ AN");
        let under = "TỈNH ỦY NGHỆ AN\n\nBAN TỔ CHỨC\n\n\\*\n\nSố 561-BC/BTCTU\n\nBÁO CÁO\n";
        assert_eq!(issuer(&read_text(under)).0, "BAN TỔ CHỨC");
    }

    #[test]
    fn a_date_in_figures_is_a_date() {
        for line in [
            "Diễn Châu, ngày 9/4/2026",
            "Diễn Châu, ngày 09-4-2026",
            "*Diễn Châu, ngày 9.4.2026*",
        ] {
            let text = format!("ĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY XÃ DIỄN CHÂU\n\nSố 52-BC/ĐU\n\n{line}\n\nBÁO CÁO\n");
            let header = read_text(&text);
            assert_eq!(
                header.date.as_ref().map(|d| d.0),
                Some(jiff::civil::date(2026, 4, 9)),
                "{line}"
            );
        }
        assert!(dated_in_figures("dien chau, ngay 9/4/2026"));
        assert!(!dated_in_figures("dien chau, ngay 9 thang 4 nam 2026"));
    }

    #[test]
    fn a_place_and_date_line_is_the_date_over_a_date_alone() {
        // A chat's day the report was copied under, then the header's own line.
        let text = "16/04/2026\n\nĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n\nSố 67-BC/ĐU\n\nVinh Phú, ngày 10 tháng 4 năm 2026\n\nBÁO CÁO\n";
        let header = read_text(text);
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 10)));
        // A date alone is the date where the header has no other.
        let alone = text.replace("Vinh Phú, ngày 10 tháng 4 năm 2026\n\n", "");
        let header = read_text(&alone);
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 16)));
    }

    #[test]
    fn a_day_of_the_week_between_place_and_date_is_read_past() {
        for line in [
            "Đô Lương, thứ Sáu, ngày 10 tháng 4 năm 2026",
            "Đô Lương, thứ sáu, ngày 10 tháng 4 năm 2026",
            "Đô Lương, Thứ 6 ngày 10 tháng 4 năm 2026",
            "*Đô Lương, Chủ nhật, ngày 10/4/2026*",
        ] {
            let text = format!("ĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY XÃ ĐÔ LƯƠNG\n\nSố 58-BC/ĐU\n\n{line}\n\nBÁO CÁO\n");
            let header = read_text(&text);
            assert_eq!(
                header.date.as_ref().map(|d| d.0),
                Some(jiff::civil::date(2026, 4, 10)),
                "{line}"
            );
        }
        // After the date, as a note of the line.
        assert!(ends_with_its_date("nghe an, ngay 16 thang 4 nam 2026, thu nam"));
        assert!(!ends_with_its_date(
            "ngay 16 thang 4 nam 2026, dang uy ban hanh ke hoach"
        ));
        // Over the signature too.
        let signed = "ỦY BAN MTTQ VIỆT NAM\n\nHUYỆN ANH SƠN\n\nSố: 31/BC-MTTQ\n\nBÁO CÁO\n\nNội dung.\n\n\
                      Anh Sơn, Chủ nhật, ngày 12 tháng 4 năm 2026\n\nTM. BAN THƯỜNG TRỰC\n\nCHỦ TỊCH\n\nLê Văn Tâm\n";
        assert_eq!(
            read_text(signed).date.as_ref().map(|d| d.0),
            Some(jiff::civil::date(2026, 4, 12))
        );
        // A place-and-date line copied from a PDF after the number is parted before its
        // place, not before the day; a town named as a day (`Thứ Ba`) is a place.
        assert_eq!(
            columns("Số 58-BC/ĐU Đô Lương, thứ Sáu, ngày 10 tháng 4 năm 2026"),
            ["Số 58-BC/ĐU", "Đô Lương, thứ Sáu, ngày 10 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("Số 58-BC/ĐU Thứ Ba, ngày 10 tháng 4 năm 2026"),
            ["Số 58-BC/ĐU", "Thứ Ba, ngày 10 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("Đô Lương, thứ Sáu, ngày 10 tháng 4 năm 2026"),
            ["Đô Lương, thứ Sáu, ngày 10 tháng 4 năm 2026"]
        );
        // Spaced as a PDF spaces it; no place before the day: the column starts at it.
        assert_eq!(
            columns("Số 41-BC/ĐU Đô Lương,  Chủ  nhật,  ngày 10/4/2026"),
            ["Số 41-BC/ĐU", "Đô Lương,  Chủ  nhật,  ngày 10/4/2026"]
        );
        assert_eq!(
            columns("Số 41-BC/ĐU thứ Sáu, ngày 10 tháng 4 năm 2026"),
            ["Số 41-BC/ĐU", "thứ Sáu, ngày 10 tháng 4 năm 2026"]
        );
        // A place whose last word reads as a day cut short is the place.
        for line in ["Khu CN, ngày 12/4/2026", "Cụm T3, ngày 12 tháng 4 năm 2026"] {
            assert_eq!(columns(line), [line]);
        }
        for line in [
            "Số 41-BC/ĐU , thứ Sáu, ngày 10 tháng 4 năm 2026",
            "Số 41-BC/ĐU Đô Lương,  Chủ  nhật,  ngày 10/4/2026",
            "Số 41-BC/ĐU Đô Lương, T6, ngày 10 tháng 4 năm 2026",
            "Số 41-BC/ĐU Đô Lương, CN ngày 10/4/2026",
        ] {
            let header = read_text(&format!(
                "ĐẢNG BỘ TỈNH NGHỆ AN\n\nĐẢNG ỦY XÃ ĐÔ LƯƠNG\n\n{line}\n\nBÁO CÁO\n"
            ));
            assert_eq!(
                header.date.as_ref().map(|d| d.0),
                Some(jiff::civil::date(2026, 4, 10)),
                "{line}"
            );
            assert_eq!(
                header.doc_number.as_ref().map(|f| f.value.as_str()),
                Some("41-BC/ĐU"),
                "{line}"
            );
        }
    }

    #[test]
    fn a_digital_signatures_stamp_over_the_header_is_no_body() {
        let text = "Ký bởi: Sở Y tế\n\nEmail: syt@nghean.gov.vn\n\nCơ quan: Tỉnh Nghệ An\n\n\
                    Thời gian ký: 16.04.2026 15:20:11 +07:00\n\nUBND TỈNH NGHỆ AN\n\nSỞ Y TẾ\n\n\
                    Số: 1342/BC-SYT\n\nNghệ An, ngày 16 tháng 4 năm 2026\n\nBÁO CÁO\n";
        let header = read_text(text);
        assert_eq!(issuer(&header).0, "SỞ Y TẾ");
        assert_eq!(issuer(&header).1, Some("UBND TỈNH NGHỆ AN"));
        assert_eq!(
            stamp_line("Thời gian ký: 16.04.2026 15:20:11 +07:00"),
            Some(StampLine { who: false, when: true })
        );
        assert_eq!(
            stamp_line("Thời gian ký: 15/3/2024"),
            Some(StampLine {
                who: false,
                when: false
            })
        );
        assert_eq!(stamp_line("Cơ quan chủ trì phối hợp với Mặt trận."), None);
    }

    #[test]
    fn a_report_dated_only_over_its_signature_is_dated_there() {
        let signed = "Trên đây là báo cáo của Ban Thường trực./.\n\nNơi nhận:\n\n- Lưu VT.\n\n\
                      *Nghệ An, ngày 14 tháng 4 năm 2026*\n\nTM. BAN THƯỜNG TRỰC\n\nPHÓ CHỦ TỊCH\n\nVõ Thị Hằng\n";
        let undated =
            format!("ỦY BAN MTTQ VIỆT NAM\n\nTỈNH NGHỆ AN\n\nSố: 318/BC-MTTQ-BTT\n\nBÁO CÁO\n\nNội dung.\n\n{signed}");
        let header = read_text(&undated);
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 14)));
        assert!(header.dated_at_signature);
        assert_eq!(header.signer.as_ref().map(|f| f.value.as_str()), Some("Võ Thị Hằng"));
        // A header's own date stands.
        let dated = undated.replace(
            "Số: 318/BC-MTTQ-BTT",
            "Số: 318/BC-MTTQ-BTT\n\nNghệ An, ngày 10 tháng 4 năm 2026",
        );
        let header = read_text(&dated);
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 10)));
        assert!(!header.dated_at_signature);
    }

    #[test]
    fn a_pandoc_underline_span_shows_its_text() {
        // pandoc writes Word's underline under the issuing body and the motto as spans.
        let text = "+---------------------------+---------------------------+\n\
                    | UBND TỈNH NGHỆ AN         | **CỘNG HÒA XÃ HỘI CHỦ     |\n\
                    |                           | NGHĨA VIỆT NAM**          |\n\
                    | **[THANH TRA              |                           |\n\
                    | TỈNH]{.underline}**       | **[Độc lập - Tự do - Hạnh |\n\
                    |                           | phúc]{.underline}**       |\n\
                    | Số: 96/BC-TTr             |                           |\n\
                    +===========================+===========================+\n\
                    +---------------------------+---------------------------+\n\
                    \nBÁO CÁO\n";
        let header = read_text(text);
        assert_eq!(issuer(&header).0, "THANH TRA TỈNH");
        assert_eq!(
            clean("[Độc lập - Tự do - Hạnh phúc]{.underline}"),
            "Độc lập - Tự do - Hạnh phúc"
        );
        assert_eq!(clean("Xem [mục 2] {ghi chú}"), "Xem [mục 2] {ghi chú}");
    }

    fn issuer(header: &Header) -> (&str, Option<&str>, usize) {
        let issuer = header.issuer.as_ref().expect("issuer");
        (
            issuer.found.value.as_str(),
            issuer.superior.as_deref(),
            issuer.found.location.line,
        )
    }

    const SIGNATURE: &str = "\nNội dung báo cáo.\n\n**T/M BAN THƯỜNG VỤ**\n\n**PHÓ BÍ THƯ**\n\n*(Đã ký)*\n\n**Nguyễn Thị Hoa**\n\n**Nơi nhận:**\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Lưu Văn phòng Đảng ủy.\n";

    #[test]
    fn separate_lines() {
        let text = format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\n**ĐẢNG ỦY PHƯỜNG VINH PHÚ**\n\\*\nSố 52-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n*Vinh Phú, ngày 10 tháng 4 năm 2026*\n\n**BÁO CÁO**\n{SIGNATURE}"
        );
        let header = read_text(&text);
        assert_eq!(
            issuer(&header),
            ("ĐẢNG ỦY PHƯỜNG VINH PHÚ", Some("ĐẢNG BỘ TỈNH NGHỆ AN"), 2)
        );
        assert_eq!(header.doc_number.as_ref().map(|f| f.value.as_str()), Some("52-BC/ĐU"));
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 10)));
        assert_eq!(header.date.as_ref().map(|d| d.1.location.line), Some(8));
        assert_eq!(header.signer.as_ref().map(|f| f.value.as_str()), Some("Nguyễn Thị Hoa"));
        assert_eq!(
            header.signer_title.as_ref().map(|f| f.value.as_str()),
            Some("PHÓ BÍ THƯ")
        );
    }

    #[test]
    fn a_blank_left_for_the_number_or_the_day_is_no_column_gap() {
        assert_eq!(columns("Số       -BC/ĐU"), ["Số       -BC/ĐU"]);
        assert_eq!(columns("**Số:      /BC-SYT**"), ["**Số:      /BC-SYT**"]);
        assert_eq!(
            columns("Thanh Chương, ngày      tháng     năm 2026"),
            ["Thanh Chương, ngày      tháng     năm 2026"]
        );
        // Between two columns the run is still a gap, around a blank as well.
        assert_eq!(
            columns("Số      -BC/ĐU          Anh Sơn, ngày      tháng 4 năm 2026"),
            ["Số      -BC/ĐU", "Anh Sơn, ngày      tháng 4 năm 2026"]
        );
        assert_eq!(columns("SỐ LIỆU      -      THÁNG 4"), ["SỐ LIỆU", "-", "THÁNG 4"]);
        assert_eq!(columns("ĐẢNG BỘ XÃ ANH SƠN     Số 12"), ["ĐẢNG BỘ XÃ ANH SƠN", "Số 12"]);
        // A name ending in `SỐ` beside the right column's rule.
        assert_eq!(
            columns("CHI BỘ TRUNG TÂM CHUYỂN ĐỔI SỐ      -----------------"),
            ["CHI BỘ TRUNG TÂM CHUYỂN ĐỔI SỐ", "-----------------"]
        );
        assert_eq!(columns("SỐ      /"), ["SỐ", "/"]);
        assert!(matches!(kind("Số       -BC/ĐU"), Kind::Number(None)));
    }

    #[test]
    fn columns_copied_from_a_pdf_with_one_space_between() {
        // A PDF's text layer leaves one space where the columns were.
        assert_eq!(
            columns("ĐẢNG BỘ TỈNH NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM"),
            ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG CỘNG SẢN VIỆT NAM"]
        );
        assert_eq!(
            columns("SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"),
            ["SỞ Y TẾ", "Độc lập - Tự do - Hạnh phúc"]
        );
        assert_eq!(
            columns("Số: 125/BC-SYT Nghệ An, ngày 12 tháng 4 năm 2026"),
            ["Số: 125/BC-SYT", "Nghệ An, ngày 12 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("Số 61-BC/ĐU Thành phố Vinh, ngày 9 tháng 4 năm 2026"),
            ["Số 61-BC/ĐU", "Thành phố Vinh, ngày 9 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("Số 72-BC/BTG Thành phố Hồ Chí Minh, ngày 15 tháng 4 năm 2026"),
            ["Số 72-BC/BTG", "Thành phố Hồ Chí Minh, ngày 15 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("Số: 310/BC-UBND TP. Hồ Chí Minh, ngày 15 tháng 4 năm 2026"),
            ["Số: 310/BC-UBND", "TP. Hồ Chí Minh, ngày 15 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("Số 72-BC/BTGDVTU TP.HCM, ngày 15 tháng 4 năm 2026"),
            ["Số 72-BC/BTGDVTU", "TP.HCM, ngày 15 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("Số 72-BC/BTGDVTU TP. HCM, ngày 15 tháng 4 năm 2026"),
            ["Số 72-BC/BTGDVTU", "TP. HCM, ngày 15 tháng 4 năm 2026"]
        );
        // A body's name in capitals before the place is the left column still, ending
        // in an abbreviation too.
        assert_eq!(
            columns("SỞ Y TẾ Nghệ An, ngày 12 tháng 4 năm 2026"),
            ["SỞ Y TẾ", "Nghệ An, ngày 12 tháng 4 năm 2026"]
        );
        assert_eq!(
            columns("BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY TP.HCM TP. Hồ Chí Minh, ngày 15 tháng 4 năm 2026"),
            [
                "BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY TP.HCM",
                "TP. Hồ Chí Minh, ngày 15 tháng 4 năm 2026"
            ]
        );
        assert_eq!(
            columns("BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY TP HCM Thành phố Hồ Chí Minh, ngày 15 tháng 4 năm 2026"),
            [
                "BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY TP HCM",
                "Thành phố Hồ Chí Minh, ngày 15 tháng 4 năm 2026"
            ]
        );
        // A place of several words is one; a line that is only the right column, or
        // under the `*`, is not parted; nor is a sentence that names the country.
        for whole in [
            "*Đô Lương, ngày 08 tháng 4 năm 2026*",
            "* Anh Sơn, ngày 10 tháng 4 năm 2026",
            "*Thành phố Hồ Chí Minh, ngày 15 tháng 4 năm 2026*",
            "*TP. Hồ Chí Minh, ngày 15 tháng 4 năm 2026*",
            "Tp. Hồ Chí Minh, ngày 15 tháng 4 năm 2026",
            "Đặc khu Phú Quốc, ngày 15 tháng 4 năm 2026",
            "Thủ đô Hà Nội, ngày 15 tháng 4 năm 2026",
            "Bà Rịa - Vũng Tàu, ngày 15 tháng 4 năm 2026",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Nhân dân cả nước tin tưởng vào Đảng Cộng sản Việt Nam",
        ] {
            assert_eq!(columns(whole), [whole], "{whole}");
        }
    }

    #[test]
    fn pipe_table_with_breaks() {
        let text = "| ĐẢNG BỘ TỈNH NGHỆ AN<br>**ĐẢNG ỦY PHƯỜNG HOÀNG MAI**<br>\\* | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n| Số 61-BC/ĐU | *Hoàng Mai, ngày 08 tháng 4 năm 2026* |\n\n**BÁO CÁO**\n\n| **Nơi nhận:**<br>- Ban Thường vụ Tỉnh ủy;<br>- Lưu VP. | **T/M BAN THƯỜNG VỤ**<br>**BÍ THƯ**<br><br><br>**Trần Văn Bình** |\n";
        let header = read_text(text);
        assert_eq!(
            issuer(&header),
            ("ĐẢNG ỦY PHƯỜNG HOÀNG MAI", Some("ĐẢNG BỘ TỈNH NGHỆ AN"), 1)
        );
        assert_eq!(header.doc_number.as_ref().map(|f| f.value.as_str()), Some("61-BC/ĐU"));
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 8)));
        assert_eq!(header.signer.as_ref().map(|f| f.value.as_str()), Some("Trần Văn Bình"));
        assert_eq!(header.signer_title.as_ref().map(|f| f.value.as_str()), Some("BÍ THƯ"));
    }

    #[test]
    fn tab_separated_state_style() {
        let text = "UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 125/BC-SYT\tNghệ An, ngày 15 tháng 04 năm 2026\n\nBÁO CÁO\nKết quả 10 năm thực hiện Kết luận số 114-KL/TW\n\nNơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n\tLê Minh Tuấn\n";
        let header = read_text(text);
        assert_eq!(issuer(&header), ("SỞ Y TẾ", Some("UBND TỈNH NGHỆ AN"), 2));
        assert_eq!(header.doc_number.as_ref().map(|f| f.value.as_str()), Some("125/BC-SYT"));
        assert_eq!(header.date.as_ref().map(|d| d.0), Some(jiff::civil::date(2026, 4, 15)));
        assert_eq!(header.signer.as_ref().map(|f| f.value.as_str()), Some("Lê Minh Tuấn"));
        assert_eq!(
            header.signer_title.as_ref().map(|f| f.value.as_str()),
            Some("PHÓ GIÁM ĐỐC")
        );
    }

    #[test]
    fn right_hand_mottos_are_not_the_issuing_body() {
        let text = "BAN CHẤP HÀNH HỘI NÔNG DÂN\tHỘI NÔNG DÂN VIỆT NAM\nTỈNH NGHỆ AN\n*\nSố 45-BC/HNDT\tNghệ An, ngày 09 tháng 4 năm 2026\n";
        let header = read_text(text);
        assert_eq!(issuer(&header), ("BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH NGHỆ AN", None, 1));
        let text = "TỈNH ỦY NGHỆ AN\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\n*\nSố 318-BC/BTCTU\n";
        let found = read_text(text).issuer.expect("issuer");
        assert_eq!(
            found.candidates.last().map(String::as_str),
            Some("BAN TỔ CHỨC TỈNH ỦY NGHỆ AN")
        );
    }

    #[test]
    fn a_report_without_a_header_block_has_no_issuer() {
        let text = "# BÁO CÁO TỔNG KẾT\n\n## I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO\n\nNội dung.\n";
        assert_eq!(read_text(text).issuer, None);
        let text = "Sở Nội vụ báo cáo như sau\n\nI. KẾT QUẢ\n";
        assert_eq!(read_text(text).issuer, None);
    }

    #[test]
    fn a_workbooks_title_rows_are_read_as_a_header_block() {
        // The issuing body above the document's type; the number its report's.
        let header = read_title_rows(
            "ĐẢNG ỦY PHƯỜNG VINH PHÚ\nBIỂU SỐ LIỆU\nKèm theo Báo cáo số 52-BC/ĐU ngày 10/4/2026 của Ban Thường vụ\n",
        );
        assert_eq!(issuer(&header), ("ĐẢNG ỦY PHƯỜNG VINH PHÚ", None, 1));
        let number = header.doc_number.expect("the cited number");
        assert_eq!((number.value.as_str(), number.location.line), ("52-BC/ĐU", 3));
        // A full header block copied above the table, the motto on the right.
        let header = read_title_rows(
            "UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 125/BC-SYT\n\nBIỂU TỔNG HỢP SỐ LIỆU\nĐơn vị tính: lượt\n",
        );
        assert_eq!(issuer(&header), ("SỞ Y TẾ", Some("UBND TỈNH NGHỆ AN"), 2));
        assert_eq!(header.doc_number.map(|n| n.value), Some("125/BC-SYT".to_owned()));
        // `Đơn vị: …` under the title (as `new --appendix xlsx` writes it).
        let header = read_title_rows(
            "BIỂU SỐ LIỆU KÈM THEO BÁO CÁO\nĐơn vị: Sở Y tế (SYT)\nTổng kết 10 năm thực hiện Kết luận số 114-KL/TW\n",
        );
        assert_eq!(issuer(&header), ("Sở Y tế (SYT)", None, 2));
        // A title alone names nobody.
        assert_eq!(read_title_rows("BIỂU SỐ LIỆU\nGiai đoạn 2015 - 2025\n").issuer, None);
    }

    #[test]
    fn an_annex_names_who_sent_it_in_its_kem_theo_line() {
        let cited = cited_in_annex(
            "(Kèm theo Báo cáo số 318-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy Quân sự tỉnh về công tác dân vận năm 2025)",
            Location::default(),
        )
        .expect("cited");
        let issuer = cited.issuer.expect("issuer");
        assert_eq!(issuer.found.value, "Đảng ủy Quân sự tỉnh");
        assert_eq!(issuer.source, Source::Cited);
        assert_eq!(cited.doc_number.map(|n| n.value).as_deref(), Some("318-BC/ĐU"));
        assert_eq!(cited.date.map(|(d, _)| d.to_string()).as_deref(), Some("2026-04-10"));
        // No body named, or not such a line: nothing.
        assert!(cited_in_annex("(Kèm theo Báo cáo số 318-BC/ĐU ngày 10/4/2026)", Location::default()).is_none());
        assert!(cited_in_annex("Báo cáo của Ban Thường vụ Đảng ủy xã", Location::default()).is_none());
        // A template's line names who sent the template.
        assert!(
            cited_in_annex(
                "(Kèm theo Công văn số 123-CV/VPTU ngày 02/4/2026 của Văn phòng Tỉnh ủy)",
                Location::default()
            )
            .is_none()
        );
        let words = cited_in_annex(
            "(Kèm theo Báo cáo số 58-BC/ĐU ngày 10 tháng 4 năm 2026 của Ban Thường vụ Đảng ủy xã Đô Lương)",
            Location::default(),
        )
        .expect("cited");
        assert_eq!(words.date.map(|(d, _)| d.to_string()).as_deref(), Some("2026-04-10"));
    }

    #[test]
    fn cited_numbers_are_found_and_compared_as_numbers() {
        assert_eq!(
            cited_number("(Kèm theo Báo cáo số 61-BC/ĐU ngày 08/4/2026)").as_deref(),
            Some("61-BC/ĐU")
        );
        assert_eq!(
            cited_number("KÈM THEO BÁO CÁO SỐ: 125/BC-SYT.").as_deref(),
            Some("125/BC-SYT")
        );
        assert_eq!(
            cited_number("Kèm theo Báo cáo số 52 - BC/ĐU ngày 10/4/2026").as_deref(),
            Some("52-BC/ĐU")
        );
        assert_eq!(cited_number("Kèm theo báo cáo tổng kết"), None);
        assert_eq!(cited_number("Số liệu năm 2025"), None);
        assert!(same_number("Số 52-BC/ĐU", "52-bc/đu"));
        assert!(!same_number("52-BC/ĐU", "61-BC/ĐU"));
    }

    const PARTY_HEADER: &str = "ĐẢNG BỘ TỈNH NGHỆ AN\n\n**ĐẢNG ỦY QUÂN SỰ TỈNH**\n\n\\*\n\nSố 15-BC/ĐU\n\n*Nghệ An, ngày 14 tháng 4 năm 2026*\n\n**BÁO CÁO**\n\nNội dung báo cáo.\n\n";

    fn signer(text: &str) -> (Option<String>, Option<String>) {
        let header = read_text(text);
        (header.signer.map(|f| f.value), header.signer_title.map(|f| f.value))
    }

    #[test]
    fn a_rank_before_the_name_is_dropped_and_a_heading_is_never_a_name() {
        let signed = |name: &str, after: &str| {
            signer(&format!(
                "{PARTY_HEADER}**T/M ĐẢNG ỦY**\n\n**BÍ THƯ**\n\n**{name}**\n\n{after}"
            ))
        };
        let want = |name: &str| (Some(name.to_owned()), Some("BÍ THƯ".to_owned()));
        assert_eq!(
            signed(
                "Thiếu tướng Nguyễn Đức Hải",
                "**PHỤ LỤC**\n\n| STT | Chỉ tiêu | Số liệu |\n"
            ),
            want("Nguyễn Đức Hải")
        );
        assert_eq!(signed("Thiếu tướng Nguyễn Đức Hải", ""), want("Nguyễn Đức Hải"));
        assert_eq!(
            signed(
                "Đại tá Trần Văn An",
                "**Nơi nhận:**\n- Thường trực Tỉnh ủy,\n- Lưu VP.\n"
            ),
            want("Trần Văn An")
        );
        assert_eq!(signed("ĐẠI TÁ TRẦN VĂN AN", ""), want("TRẦN VĂN AN"));
        assert_eq!(signed("Thượng úy Lê Văn Bình", ""), want("Lê Văn Bình"));
        assert_eq!(signed("PGS.TS. Nguyễn Văn Hùng", ""), want("Nguyễn Văn Hùng"));
        assert_eq!(signed("BS.CKII. Nguyễn Văn Tiến", ""), want("Nguyễn Văn Tiến"));
        assert_eq!(signed("ThS.BSCKI. Lê Thị Mai", ""), want("Lê Thị Mai"));
        // The rank on a line of its own, above the name.
        assert_eq!(signed("Trung tướng**\n\n**Nguyễn Đức Hải", ""), want("Nguyễn Đức Hải"));
        // Surnames that look like numbering or titles are names still.
        assert_eq!(signed("Vi Văn Thắng", ""), want("Vi Văn Thắng"));
        // No name, then the appendix: nobody signed, and the appendix is not the signer.
        for heading in ["**PHỤ LỤC**", "# PHỤ LỤC", "BIỂU SỐ LIỆU KÈM THEO", "**I. SỐ LIỆU**"] {
            assert_eq!(
                signer(&format!(
                    "{PARTY_HEADER}**T/M ĐẢNG ỦY**\n\n**BÍ THƯ**\n\n{heading}\n\n| STT | Chỉ tiêu | Số liệu |\n"
                ))
                .0,
                None,
                "{heading}"
            );
        }
    }

    #[test]
    fn a_title_standing_alone_signs_a_state_report() {
        for (title, between, after) in [
            ("GIÁM ĐỐC", "", ""),
            ("GIÁM ĐỐC", "*(Đã ký)*\n\n", "**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\n"),
            ("CHÁNH THANH TRA", "", "**Nơi nhận:**\n- Như trên;\n"),
            ("GIÁM ĐỐC", "", "PHỤ LỤC\n\n| STT | Chỉ tiêu | Số liệu |\n"),
            ("PHÓ CHÁNH VĂN PHÒNG", "(ký, đóng dấu)\n\n", ""),
        ] {
            let text = format!("{PARTY_HEADER}**{title}**\n\n{between}**Thái Văn Thành**\n\n{after}");
            assert_eq!(
                signer(&text),
                (Some("Thái Văn Thành".to_owned()), Some(title.to_owned())),
                "{text}"
            );
        }
    }

    #[test]
    fn an_acting_head_holds_the_title_of_the_opening_line() {
        let text = format!("{PARTY_HEADER}**Q. GIÁM ĐỐC**\n\n*(Đã ký)*\n\n**BS.CKII. Nguyễn Văn Tiến**\n");
        assert_eq!(
            signer(&text),
            (Some("Nguyễn Văn Tiến".to_owned()), Some("Q. GIÁM ĐỐC".to_owned()))
        );
        // With a title of its own under the opening, that is the title.
        let text = format!("{PARTY_HEADER}**KT. GIÁM ĐỐC**\n\n**PHÓ GIÁM ĐỐC**\n\n**BS.CKII. Nguyễn Văn Tiến**\n");
        assert_eq!(
            signer(&text),
            (Some("Nguyễn Văn Tiến".to_owned()), Some("PHÓ GIÁM ĐỐC".to_owned()))
        );
    }

    #[test]
    fn a_standing_committee_line_names_the_organ_of_the_body_above_it() {
        let issuer_of = |text: &str| read_text(text).issuer.expect("issuer");
        let found = issuer_of(
            "HỘI LHPN TỈNH NGHỆ AN\n\nBAN THƯỜNG VỤ\n\nSố: 56/BC-HPN\n\n*Nghệ An, ngày 12 tháng 4 năm 2026*\n\n**BÁO CÁO**\n",
        );
        assert_eq!(
            (found.found.value.as_str(), found.superior.as_deref()),
            ("HỘI LHPN TỈNH NGHỆ AN", None)
        );
        let found = issuer_of(
            "HỘI NÔNG DÂN TỈNH NGHỆ AN\nBAN THƯỜNG VỤ\n*\nSố 77-BC/HNDT\tNghệ An, ngày 13 tháng 4 năm 2026\n",
        );
        assert_eq!(found.found.value, "HỘI NÔNG DÂN TỈNH NGHỆ AN");
        let found = issuer_of("ỦY BAN MTTQ VIỆT NAM\nTỈNH NGHỆ AN\nBAN THƯỜNG TRỰC\n*\nSố 30-BC/MTTQ-BTT\n");
        assert_eq!(
            (found.found.value.as_str(), found.superior.as_deref()),
            ("ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", None)
        );
        // Under a Party committee with its superior above it.
        let found = issuer_of("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NGHI LỘC\nBAN THƯỜNG VỤ\n*\nSố 41-BC/ĐU\n");
        assert_eq!(
            (found.found.value.as_str(), found.superior.as_deref()),
            ("ĐẢNG ỦY XÃ NGHI LỘC", Some("ĐẢNG BỘ TỈNH NGHỆ AN"))
        );
        // A body whose name holds its organ is that body, as written.
        let found = issuer_of("BAN CHẤP HÀNH HỘI NÔNG DÂN\nTỈNH NGHỆ AN\n*\nSố 45-BC/HNDT\n");
        assert_eq!(found.found.value, "BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH NGHỆ AN");
        // A commune's People's Committee as state documents write it: the body over its
        // commune, one name over two lines.
        let found = issuer_of(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ QUỲNH LƯU\tĐộc lập - Tự do - Hạnh phúc\nSố: 125/BC-UBND\n",
        );
        assert_eq!(
            (found.found.value.as_str(), found.superior.as_deref()),
            ("ỦY BAN NHÂN DÂN XÃ QUỲNH LƯU", None)
        );
    }

    #[test]
    fn a_number_typed_with_spaces_around_its_dash_is_the_number() {
        for line in [
            "Số 52 - BC/ĐU",
            "Số: 52 – BC/ĐU",
            "Số:52-BC/ĐU",
            "Số  52 -BC/ĐU",
            "Số 52- BC/ĐU",
            "Số 52 - BC / ĐU",
        ] {
            let text = format!(
                "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n\\*\n{line}\nVinh Phú, ngày 10 tháng 4 năm 2026\n"
            );
            let header = read_text(&text);
            assert_eq!(
                header.doc_number.map(|n| n.value).as_deref(),
                Some("52-BC/ĐU"),
                "{line}"
            );
            assert_eq!(header.date.map(|d| d.0), Some(jiff::civil::date(2026, 4, 10)), "{line}");
        }
        assert_eq!(number_value("88 /BC-STP"), "88/BC-STP");
        assert_eq!(number_value("125/BC-SYT"), "125/BC-SYT");
        assert_eq!(number_value("214/BC-TTr |"), "214/BC-TTr");
        assert!(same_number("52 – BC/ĐU", "52-BC/ĐU"));
    }

    #[test]
    fn an_undated_draft_line_gives_no_date() {
        let text = "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ DIỄN CHÂU\n*\nDiễn Châu, ngày    tháng 4 năm 2026\n";
        let header = read_text(text);
        assert_eq!(issuer(&header).0, "ĐẢNG ỦY XÃ DIỄN CHÂU");
        assert_eq!(header.date, None);
    }

    #[test]
    fn a_stamp_is_no_line_of_the_header() {
        for stamp in [
            "DỰ THẢO",
            "Dự thảo lần 2",
            "DỰ THẢO 3",
            "MẬT",
            "TUYỆT MẬT",
            "HỎA TỐC",
            "THƯỢNG KHẨN",
            "(Dự thảo)",
        ] {
            assert!(is_stamp(&bare(stamp)), "{stamp}");
        }
        for line in ["Dự thảo báo cáo tổng kết", "Khẩn trương triển khai", "Mật trận"] {
            assert!(!is_stamp(&bare(line)), "{line}");
        }
        // Above the superior body, a stamp is not taken for it.
        let header = read_text("DỰ THẢO\nUBND TỈNH NGHỆ AN\nSỞ Y TẾ\nSố: 415/BC-SYT\n");
        assert_eq!(issuer(&header).0, "SỞ Y TẾ");
    }
}
