//! The statistics appendix as units really fill it. Tables of any shape become grids
//! (`table`); here a grid is understood: which column holds the value (by its header's
//! meaning), which row is which indicator (by aligning row labels to the indicators'
//! names and keywords, the STT and the order breaking ties), and what each value says as
//! written (`1.250 lượt`, `85,5%`, `x` for not applicable, `khoảng 640` refused).

use rust_decimal::Decimal;

use crate::campaign::outline::{Indicator, Kind, Outline};
use crate::diagnostic::{Diagnostic, Finding, LineIndex, Location, ReadAs, TableProblem, ValueProblem};
use crate::read::markdown::Block;
use crate::read::table::{Cell, Grid, Locator, Shown, cell_lines, flattened, grids, listed, spaced};
use crate::report::structure::Structure;
use crate::text::is_superscript;
use crate::text::number::{Cell as NumberCell, parse_cell};
use crate::text::words::{bare_fold, bare_words, label_words};

/// What a report says for one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// No row, or a blank value.
    Missing,
    /// Marked not applicable (`x`, `-`, `Không áp dụng`): not counted, not an error.
    NotApplicable,
    /// A value that is not a valid figure for its kind; the text as written.
    Invalid(String),
    /// A valid figure; `over_limit` when it breaks an `at_most` rule (the unit is told, and
    /// the compiled totals leave it out).
    Value { value: Decimal, over_limit: bool },
}

impl Reading {
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Reading::Value { value, .. } => Some(*value),
            _ => None,
        }
    }
}

/// Readings in the outline's indicator order, with their diagnostics.
#[derive(Default)]
pub struct Appendix {
    pub readings: Vec<Reading>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many tables were read: none means an Excel file beside the report may stand in.
    pub tables: usize,
    /// The byte ranges of the tables read as the appendix outside its section (a table at
    /// the end with no heading over it): the unit's figures, which no section's text
    /// carries into the compiled report.
    pub outside: Vec<std::ops::Range<usize>>,
    /// The byte ranges of the report's tables that rows of the indicators came from: its
    /// figures, counted, not quoted. Any other table in the appendix is the unit's text (a
    /// list of models, a second appendix).
    pub read: Vec<std::ops::Range<usize>>,
}

/// Reads the appendix of a report whose structure is known: the tables of the appendix
/// section, or, when it has none (or is not found), the tables anywhere in the body that
/// read as the appendix (the table placed at the end under a plain "Biểu số liệu" line).
pub fn read(
    blocks: &[Block],
    text: &str,
    body_start: usize,
    index: &LineIndex,
    structure: &Structure,
    outline: &Outline,
) -> Appendix {
    let indicators = &outline.appendix.indicators;
    let placed = outline.appendix.section.and_then(|s| structure.find(s));
    if indicators.is_empty() {
        return Appendix {
            readings: Vec::new(),
            diagnostics: Vec::new(),
            tables: 0,
            ..Appendix::default()
        };
    }
    let mut tables = match placed {
        Some(p) => {
            let tables = grids(text, p.content_bytes.start, p.content_bytes.end);
            if tables.is_empty() {
                // No table under the appendix heading: the figures may be a list, or a
                // table saved as text a cell a line.
                listed(text, p.content_bytes.start, p.content_bytes.end)
                    .or_else(|| cell_lines(text, p.content_bytes.start, p.content_bytes.end))
                    .or_else(|| spaced(text, p.content_bytes.start, p.content_bytes.end))
                    .or_else(|| flattened(text, p.content_bytes.start, p.content_bytes.end))
                    .into_iter()
                    .collect()
            } else {
                tables
            }
        }
        None => Vec::new(),
    };
    let from_section = !tables.is_empty();
    if !from_section {
        tables = grids(text, body_start, text.len())
            .into_iter()
            .filter(|g| {
                // Or with the indicators across (a collection form's row filled in), as
                // `understand` reads it.
                looks_like_appendix(g, outline)
                    || across(g, indicators).is_some_and(|turned| looks_like_appendix(&turned, outline))
            })
            .collect();
        // Or columns aligned by spaces (a PDF's text laid out), where no other table is.
        if tables.is_empty() {
            tables.extend(spaced(text, body_start, text.len()).filter(|g| looks_like_appendix(g, outline)));
        }
    }
    let at = match (placed, tables.first()) {
        (Some(p), _) => blocks[p.heading].start..blocks[p.heading].end,
        (None, Some(g)) => g.start..g.start,
        // The missing section is already reported; a row-by-row list would only repeat it.
        (None, None) => {
            return Appendix {
                readings: vec![Reading::Missing; indicators.len()],
                diagnostics: Vec::new(),
                tables: 0,
                ..Appendix::default()
            };
        }
    };
    // Placed only for a finding: the appendix is at the end, and locating it counts the
    // lines of the whole file, which a clean report never needs.
    let anchor = || index.locate(at.start, at.end);
    let locate = |at: &Locator| match at {
        Locator::Text { start, end } => index.locate(*start, *end),
        Locator::Sheet(_) => anchor(),
    };
    let from = placed.map_or(body_start, |p| p.content_bytes.start);
    let captions = captions(text, from, &tables);
    let mut appendix = understand(&tables, &captions, outline, &anchor, &locate);
    not_applicable_as_said(&mut appendix, blocks, indicators, index);
    if !from_section {
        appendix.outside = tables.iter().map(|g| g.start..g.end).collect();
    }
    appendix
}

/// Indicators without a figure that the report's text says are no duty of the unit's
/// ([`crate::report::duty`]): not applicable, with a note quoting the sentence, instead of
/// a figure missing.
fn not_applicable_as_said(appendix: &mut Appendix, blocks: &[Block], indicators: &[Indicator], index: &LineIndex) {
    for (reading, indicator) in appendix.readings.iter_mut().zip(indicators) {
        if *reading != Reading::Missing {
            continue;
        }
        let Some((block, sentence)) = crate::report::duty::said_not_applicable(blocks, indicator) else {
            continue;
        };
        *reading = Reading::NotApplicable;
        appendix.diagnostics.retain(
            |d| !matches!(&d.finding, Finding::AppendixValueMissing { indicator: id, .. } if *id == indicator.id),
        );
        appendix.diagnostics.push(Diagnostic::new(
            Finding::AppendixNotApplicable {
                indicator: indicator.id.clone(),
                name: indicator.name.clone(),
                sentence,
            },
            index.locate(block.start, block.end),
        ));
    }
}

/// Reads the appendix from the grids of a workbook (one per sheet, or the unit's sheet);
/// findings are placed at `anchor` (the report's first line) and name the cell.
pub fn read_grids(tables: &[Grid], outline: &Outline, anchor: &Location) -> Appendix {
    if outline.appendix.indicators.is_empty() {
        return Appendix {
            readings: Vec::new(),
            diagnostics: Vec::new(),
            tables: 0,
            ..Appendix::default()
        };
    }
    let locate = |_: &Locator| anchor.clone();
    understand(tables, &[], outline, &|| anchor.clone(), &locate)
}

/// The line right above each table, after the one before it (`**Biểu 2: Kết quả năm
/// 2025**`): the table's caption, empty when prose or nothing stands there.
fn captions<'a>(text: &'a str, from: usize, tables: &[Grid]) -> Vec<&'a str> {
    let mut after = from;
    tables
        .iter()
        .map(|grid| {
            let before = text.get(after.min(grid.start)..grid.start).unwrap_or("");
            after = grid.end;
            let line = before
                .lines()
                .rev()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("");
            let line = line.trim_matches(|c: char| matches!(c, '*' | '_' | '#' | ' '));
            if crate::text::words::longer_than(line, CAPTION_MAX_CHARS) {
                ""
            } else {
                line
            }
        })
        .collect()
}

/// Longest line read as a table's caption.
const CAPTION_MAX_CHARS: usize = 160;

/// The years a table's caption or title rows give as its period (`Biểu 2: Kết quả năm
/// 2025`, `GIAI ĐOẠN 2015 - 2020`). A year inside a date is when a document was signed,
/// not the period: `ngày 14/7/2015`, `ngày 14 tháng 7 năm 2015`.
fn caption_years(caption: &str) -> Option<(u16, u16)> {
    let words: Vec<&str> = caption
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | ':'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let mut years: Vec<u16> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let dated = i >= 3
            && words[i - 1].eq_ignore_ascii_case("năm")
            && words[i - 2].bytes().all(|b| b.is_ascii_digit())
            && words[i - 3].to_lowercase() == "tháng";
        if word.contains(['/', '.']) || dated {
            continue;
        }
        years.extend(
            word.split(['-', '–', '—'])
                .filter(|part| is_year(part))
                .filter_map(|part| part.parse::<u16>().ok()),
        );
    }
    Some((*years.iter().min()?, *years.iter().max()?))
}

/// Whether a table found outside the appendix section is the appendix: it has a value
/// column and at least two rows (or all, when fewer) that align with indicators.
fn looks_like_appendix(grid: &Grid, outline: &Outline) -> bool {
    let Ok(layout) = layout(grid) else {
        return false;
    };
    if layout.headerless {
        return false;
    }
    let rows = candidate_rows(grid, 0, &layout, &outline.appendix.indicators);
    let need = 2.min(outline.appendix.indicators.len());
    let aligned = rows
        .iter()
        .filter(|r| {
            r.exact.is_some()
                || outline
                    .appendix
                    .indicators
                    .iter()
                    .any(|ind| score(r, ind, usize::MAX).is_some())
        })
        .count();
    aligned >= need
}

// ---------------------------------------------------------------------------------------
// Columns.

/// What a column's header says it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Stt,
    Unit,
    Note,
    Label,
    Total,
    Period,
    Value,
    /// A rate (`Tỷ lệ (%)`): the value of a percent indicator, beside a count column.
    Rate,
    /// Figures that are not the indicator's: a part of the whole (`Trong đó: năm 2025`,
    /// `Riêng năm 2025`), a comparison (`So sánh 2025/2024 (%)`), a target (`Mục tiêu
    /// đến năm 2030`, `Kế hoạch`). Never read, never summed.
    Aside,
    Unknown,
}

/// Which columns give the value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Values {
    One(usize),
    /// A total column, and the period columns it should be the sum of.
    Total {
        total: usize,
        periods: Vec<usize>,
    },
    /// Period columns and no total: their sum counts.
    Periods(Vec<usize>),
    /// Years apart and no total (`Năm 2015 | Năm 2025`): points in time, not parts of
    /// the period — their sum is no figure of it; the latest year's counts.
    Latest {
        latest: usize,
        years: Vec<usize>,
    },
}

impl Values {
    /// The columns a row's figure is read from.
    fn columns(&self) -> Vec<usize> {
        match self {
            Values::One(c) | Values::Latest { latest: c, .. } => vec![*c],
            Values::Total { total, periods } => std::iter::once(*total).chain(periods.iter().copied()).collect(),
            Values::Periods(p) => p.clone(),
        }
    }
}

#[derive(Debug, Clone)]
struct Layout {
    /// Data rows start here (title and header rows come before).
    header_rows: usize,
    stt: Option<usize>,
    label: Option<usize>,
    /// More columns under the label's header, read after it.
    sublabels: Vec<usize>,
    /// Read without a header row, by what its columns hold: only where the appendix is
    /// expected (its section, a workbook), never as a table found elsewhere.
    headerless: bool,
    note: Option<usize>,
    /// The unit column (`ĐVT`): `%` there marks a rate row.
    unit: Option<usize>,
    /// A rate column beside the value columns: a percent indicator's figure.
    rate: Option<usize>,
    values: Values,
    /// Each column's combined header text.
    headers: Vec<String>,
}

/// Headers that open by naming who did a row's work, when or how (folded): a column of
/// words beside the figures.
const WHO_WHEN_HOW: [&str; 14] = [
    "thoi gian",
    "thoi han",
    "don vi",
    "co quan",
    "bo phan",
    "nguoi",
    "can bo",
    "chu tri",
    "phoi hop",
    "dia diem",
    "dia ban",
    "hinh thuc",
    "phuong thuc",
    "trach nhiem",
];

/// Words that name a plan or a target, folded: a column (`Kế hoạch`, `Chỉ tiêu phấn đấu`)
/// or a table of them is no result.
const TARGET_PHRASES: [&str; 6] = [
    "muc tieu",
    "ke hoach",
    "chi tieu giao",
    "du kien",
    "phan dau",
    "dang ky",
];

/// A caption or title of a table of targets rather than results: it names a plan or a
/// target (`Chỉ tiêu phấn đấu …`, `Mục tiêu …`, `Dự kiến …`) and not what was done (`Kết
/// quả thực hiện Kế hoạch 86-KH/TU …` is results).
fn names_targets(caption: &str) -> bool {
    const RESULTS: [&str; 3] = ["ket qua", "thuc hien", "so lieu"];
    let words = bare_words(caption);
    TARGET_PHRASES.iter().any(|p| has_phrase(&words, p)) && !RESULTS.iter().any(|p| has_phrase(&words, p))
}

fn has_phrase(words: &[String], phrase: &str) -> bool {
    let needle: Vec<&str> = phrase.split(' ').collect();
    words
        .windows(needle.len())
        .any(|w| w.iter().zip(&needle).all(|(a, b)| a == b))
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) && word.bytes().all(|b| b.is_ascii_digit())
}

/// A table without a header row whose columns say what they are by what they hold: an
/// STT (`1`, `2`, … on most rows), a label (words), and one column of figures — the shape
/// `| 1 | Số văn bản … | 48 |` an officer reads without a header —, perhaps with a unit's
/// column (`Đơn`, `Lượt`) and one of notes (`| 6 | Đơn thư tiếp nhận | Đơn | 1.372 | |`).
fn headerless(grid: &Grid) -> Option<Layout> {
    let width = grid.width();
    if grid.rows.len() < 2 || !(3..=5).contains(&width) {
        return None;
    }
    let share = |test: &dyn Fn(&str) -> bool, col: usize| {
        grid.rows
            .iter()
            .filter(|r| r.get(col).is_some_and(|c| test(c.text.trim())))
            .count()
            * 5
            >= grid.rows.len() * 4
    };
    let stt_like = |t: &str| {
        let t = t.trim_end_matches(['.', ')']);
        !t.is_empty() && t.len() <= 4 && (t.bytes().all(|b| b.is_ascii_digit() || b == b'.') || is_group_marker(t))
    };
    let words = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count() >= 6;
    // Years and dates (`2019`, `10/2015`) are when, not how many.
    let figure = |t: &str| {
        t.is_empty()
            || (t.chars().any(|c| c.is_ascii_digit()) && !is_year(t) && !t.contains('/'))
            || written(t, Kind::Count) == Written::NotApplicable
    };
    let stt = share(&stt_like, 0).then_some(0);
    let first = usize::from(stt.is_some());
    let label = (first..width).find(|&c| share(&words, c))?;
    // A column of notes, empty on most rows, is no column of figures.
    let holds_figures = |c: usize| {
        grid.rows.iter().any(|r| {
            r.get(c)
                .is_some_and(|cell| cell.text.chars().any(|ch| ch.is_ascii_digit()))
        })
    };
    let values: Vec<usize> = (label + 1..width)
        .filter(|&c| share(&figure, c) && holds_figures(c))
        .collect();
    let [value] = values.as_slice() else {
        return None;
    };
    Some(Layout {
        header_rows: 0,
        stt,
        label: Some(label),
        sublabels: Vec::new(),
        note: (value + 1 < width).then_some(value + 1),
        unit: None,
        rate: None,
        headerless: true,
        values: Values::One(*value),
        headers: vec![String::new(); width],
    })
}

/// The years a period column's header spans: `Giai đoạn 2015 - 2020` → 2015–2020,
/// `Năm 2025` → 2025–2025.
fn years(header: &str) -> Option<(u16, u16)> {
    let years: Vec<u16> = bare_words(header)
        .iter()
        .filter(|w| is_year(w))
        .filter_map(|w| w.parse().ok())
        .collect();
    Some((*years.iter().min()?, *years.iter().max()?))
}

/// Of period columns each one year, no two in a row (`Năm 2015 | Năm 2025`, `2015 |
/// 2020 | 2025`): the latest year's column. Years one after another (`2021 | 2022 | …`,
/// one perhaps left out) are the period's parts.
fn years_apart(periods: &[usize], headers: &[String]) -> Option<usize> {
    let mut points: Vec<(u16, usize)> = Vec::with_capacity(periods.len());
    for &p in periods {
        match years(&headers[p]) {
            Some((a, b)) if a == b => points.push((a, p)),
            _ => return None,
        }
    }
    points.sort_unstable();
    // No two years in a row: `2021 | 2022 | 2024 | 2025` is a series with one left out.
    let apart = points.windows(2).all(|w| w[1].0 > w[0].0 + 1);
    apart.then(|| points.last().map(|&(_, p)| p)).flatten()
}

/// Whether `parts` cover `whole` year by year, none overlapping another.
fn tiles(parts: &[(u16, u16)], whole: (u16, u16)) -> bool {
    let mut sorted = parts.to_vec();
    sorted.sort_unstable();
    let mut next = whole.0;
    for (from, to) in sorted {
        if from != next || to < from {
            return false;
        }
        next = to.saturating_add(1);
    }
    !parts.is_empty() && next == whole.1.saturating_add(1)
}

/// What a column holds, by its header's rows `parts` (top first) and their text `whole`:
/// under a merged cell, the part names the column among its neighbours (`Kết quả 10 năm`
/// over `Kế hoạch | Thực hiện | Tỷ lệ`: the plan, the figure, the rate), unless the merged
/// cell sets them all aside (`Trong đó` over `Nữ | Số lượng`).
fn column_role(parts: &[&str], whole: &str) -> Role {
    let [above @ .., part_text] = parts else {
        return Role::Unknown;
    };
    if above.is_empty() {
        return role(whole);
    }
    let above: Vec<Role> = above.iter().map(|a| role(a)).collect();
    let part = role(part_text);
    // A target over a count (`Chỉ tiêu` over `Số lượng | Tỷ lệ`, beside `Kết quả` over the
    // same) is aside; over the result (`Kết quả thực hiện các chỉ tiêu` over `Kế hoạch |
    // Thực hiện`) its parts say which is which.
    let target = above.contains(&Role::Label) && matches!(part, Role::Value | Role::Total) && !names_result(part_text);
    if above.contains(&Role::Aside) || part == Role::Aside || target {
        return Role::Aside;
    }
    match part {
        // Under a year (`Năm 2015 | Năm 2025` over `Số lượng | Tỷ lệ`), the year names it.
        Role::Rate => Role::Rate,
        _ if above.contains(&Role::Period) => role(whole),
        Role::Unknown => role(whole),
        known => known,
    }
}

/// Whether a header says the result achieved (`Thực hiện`, `Kết quả`, `Đạt được`), not
/// only a figure (`Số lượng`).
fn names_result(header: &str) -> bool {
    opens_with(&bare_words(header), &["thuc hien", "ket qua", "dat duoc"])
}

/// A header giving the result over its target (`Thực hiện/Chỉ tiêu`, `Kết quả/Kế
/// hoạch`): its cells are written so too (`19/18 (đạt 105,6%)`), the result first.
fn result_over_target(header: &str) -> bool {
    // `Thực hiện/Kế hoạch (%)` is the rate of completion, not the result.
    let Some((result, target)) = header.split_once('/').filter(|_| !header.contains('%')) else {
        return false;
    };
    let target = bare_words(target);
    names_result(result)
        && bare_words(result).len() <= 3
        && target.len() <= 4
        && opens_with(&target, &["chi tieu", "ke hoach", "kh", "muc tieu", "tong so"])
}

/// The result of a cell written as a result over its target (`19/18 (đạt 105,6%)`,
/// `1.200 / 1.100`): the figure before the slash.
fn result_of_ratio(text: &str) -> Option<&str> {
    let (result, target) = text.split_once('/')?;
    let result = result.trim();
    let figure = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' '));
    (!result.is_empty()
        && result.bytes().any(|b| b.is_ascii_digit())
        && figure(result)
        && target.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    .then_some(result)
}

/// A table whose value column gives the result over its target (`Thực hiện/Chỉ tiêu`)
/// in cells written so, with each such cell's result alone and the header its result's
/// (`Thực hiện`): the target beside it is no figure of the row's. Under such a header,
/// cells of one figure each (`95%`, the rate of completion) leave the table as it is.
fn by_results(grid: &Grid) -> Option<Grid> {
    let (top, columns) = grid.rows.iter().take(3).enumerate().find_map(|(r, row)| {
        let columns: Vec<usize> = (0..row.len()).filter(|&c| result_over_target(&row[c].text)).collect();
        (!columns.is_empty()).then_some((r, columns))
    })?;
    let mut out = grid.clone();
    let mut changed = false;
    for row in out.rows.iter_mut().skip(top + 1) {
        for &c in &columns {
            if let Some(cell) = row.get_mut(c)
                && cell.number.is_none()
                && let Some(result) = result_of_ratio(&cell.text)
            {
                cell.text = result.to_owned();
                changed = true;
            }
        }
    }
    if !changed {
        return None;
    }
    for &c in &columns {
        let header = &mut out.rows[top][c].text;
        if let Some((result, _)) = header.split_once('/') {
            *header = result.trim().to_owned();
        }
    }
    Some(out)
}

/// Whether `words` open with one of `phrases` (words apart by a space).
fn opens_with(words: &[String], phrases: &[&str]) -> bool {
    phrases
        .iter()
        .any(|p| p.split(' ').zip(words.iter()).all(|(a, b)| a == b) && words.len() >= p.split(' ').count())
}

fn role(header: &str) -> Role {
    // The template's own headers, without folding: most tables use them as they are.
    match header {
        "" => return Role::Unknown,
        "STT" | "TT" => return Role::Stt,
        "Chỉ tiêu" | "Nội dung" => return Role::Label,
        "Số liệu" | "Kết quả" => return Role::Value,
        "Ghi chú" => return Role::Note,
        "ĐVT" | "Đơn vị tính" => return Role::Unit,
        _ => {}
    }
    let words = bare_words(header);
    if words.is_empty() {
        return Role::Unknown;
    }
    let joined = words.join(" ");
    let any = |phrases: &[&str]| phrases.iter().any(|p| has_phrase(&words, p));
    // A header that opens by naming the figure (`Kết quả thực hiện Kế hoạch 86-KH/TU`,
    // `Số liệu (dự kiến đến 31/3)`, `Tổng số (trong đó năm 2025)`) holds it, whatever
    // its remark says.
    let names_figure = opens_with(
        &words,
        &["ket qua", "so lieu", "so luong", "tong so", "tong cong", "thuc hien"],
    );
    if matches!(
        joined.as_str(),
        "stt" | "tt" | "so tt" | "so thu tu" | "thu tu" | "no" | "so" | "ma so"
    ) {
        Role::Stt
    } else if any(&["dvt", "don vi tinh"]) || joined == "don vi" || joined == "unit" {
        Role::Unit
    } else if any(&["ghi chu", "note", "notes", "nguon"]) {
        Role::Note
    } else if opens_with(&words, &WHO_WHEN_HOW) && !words.iter().any(|w| is_year(w)) {
        // Who did it, when or how (`Thời gian thực hiện`, `Đơn vị thực hiện`, `Hình
        // thức`): words, whatever `thực hiện` they say — never the figure; but for a
        // period (`Thời gian 2015 - 2025`), which holds it.
        Role::Unknown
    } else if !names_figure
        && (any(&["trong do", "rieng", "so sanh", "tang giam", "chenh lech", "so voi"]) || any(&TARGET_PHRASES))
    {
        Role::Aside
    } else if any(&[
        "noi dung",
        "chi tieu",
        "danh muc",
        "tieu chi",
        "indicator",
        "ten",
        "linh vuc",
        "hang muc",
    ]) {
        Role::Label
    } else if any(&["tong cong", "tong so", "ca giai doan", "luy ke", "total", "tong"]) || says_sum(header) {
        Role::Total
    } else if words.iter().any(|w| is_year(w)) || any(&["giai doan", "nhiem ky"]) {
        Role::Period
    } else if any(&["ty le"]) || header.contains('%') {
        Role::Rate
    } else if any(&[
        "so lieu",
        "ket qua",
        "so luong",
        "gia tri",
        "thuc hien",
        "value",
        "con so",
        "du lieu",
        "so lieu bao cao",
    ]) {
        Role::Value
    } else {
        Role::Unknown
    }
}

/// A row that numbers the columns: `(1) | (2) | (3)` or `A | B | 1 | 2`.
fn is_column_numbers(row: &[Cell]) -> bool {
    let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).filter(|t| !t.is_empty()).collect();
    cells.len() >= 2
        && cells.iter().all(|t| {
            let inner = t.trim_start_matches('(').trim_end_matches(')');
            inner.len() <= 2 && inner.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// A cell a header row may hold but a data row would not: not a figure (years and
/// periods aside).
fn is_figure(text: &str) -> bool {
    matches!(parse_cell(text), NumberCell::Number { .. }) && !is_year(text.trim())
}

/// Whether a row is one of figures though written as a header: numbered (`6`, `2.1`) and
/// holding a figure (`6 | Đơn thư tiếp nhận | Đơn | 1.372`), as the first row of a table
/// Word split at a page, the header left on the page before.
fn is_data_row(row: &[Cell]) -> bool {
    let numbered = row.first().is_some_and(|c| {
        let t = c.text.trim().trim_end_matches(['.', ')']);
        !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    });
    numbered
        && !is_column_numbers(row)
        && !header_like(row)
        && row
            .iter()
            .skip(1)
            .any(|c| c.text.chars().filter(|c| c.is_alphabetic()).count() >= 6)
        && row.iter().skip(2).any(|c| is_figure(&c.text))
}

/// Whether a row names columns. A title row ("BIỂU SỐ LIỆU …", merged across the sheet)
/// does not: a header has two different texts at least.
fn header_like(row: &[Cell]) -> bool {
    let mut texts: Vec<&str> = row.iter().map(|c| c.text.as_str()).filter(|t| !t.is_empty()).collect();
    texts.dedup();
    texts.len() >= 2
        && !row.iter().any(|c| is_figure(&c.text) || is_counted_figure(&c.text))
        && row.iter().any(|c| role(&c.text) != Role::Unknown)
}

/// A cell that is a figure with what it counts (`14 hội nghị`, `372 lượt`): a row's value,
/// never a column's name, though its label may say a header's word (`sơ kết, tổng kết`).
fn is_counted_figure(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(|c: char| c.is_ascii_digit())
        && !is_year(text)
        && matches!(written(text, Kind::Count), Written::Number(_))
}

/// Whether `row`, under the header row `top`, is the header's second row naming the
/// parts of merged cells: no figure, nothing in the first column (the rows' labels), two
/// names at least, one of them under an empty (or missing) cell of `top` (the merged
/// cell's span).
fn continues_header(top: &[Cell], row: &[Cell]) -> bool {
    let named: Vec<usize> = (0..row.len()).filter(|&c| !row[c].text.is_empty()).collect();
    named.len() >= 2
        && row.first().is_some_and(|c| c.text.is_empty())
        && !row.iter().any(|c| is_figure(&c.text) || is_year(c.text.trim()))
        // A row of text pasted from a merged header may stop at its last word: the cells
        // after it are the merged cell's span too.
        && named.iter().any(|&c| top.get(c).is_none_or(|t| t.text.is_empty()))
}

/// The cell of the header row `upper` over column `col`: its own, or where it is empty and
/// the row `below` names a part there, the merged cell spanning it from the left.
fn over<'a>(upper: &'a [Cell], below: &[Cell], col: usize) -> Option<&'a Cell> {
    match upper.get(col) {
        Some(cell) if !cell.text.is_empty() => Some(cell),
        _ if below.get(col).is_some_and(|c| !c.text.is_empty()) => {
            upper[..col.min(upper.len())].iter().rev().find(|c| !c.text.is_empty())
        }
        _ => None,
    }
}

/// A header of two rows as one: each column's merged cell above, then its part below.
fn merged_header(upper: &[Cell], below: &[Cell]) -> Vec<Cell> {
    (0..upper.len().max(below.len()))
        .map(|col| {
            let top = over(upper, below, col);
            let part = below.get(col).filter(|c| !c.text.is_empty());
            let text = match (top, part) {
                (Some(t), Some(p)) if t.text != p.text => format!("{} {}", t.text, p.text),
                (Some(t), _) => t.text.clone(),
                (None, Some(p)) => p.text.clone(),
                (None, None) => String::new(),
            };
            let at = part.or(top).or(upper.get(col)).or(below.get(col)).map(|c| c.at.clone());
            Cell {
                text,
                number: None,
                shown: Shown::General,
                at: at.unwrap_or_else(|| Locator::Sheet(String::new())),
            }
        })
        .collect()
}

/// The row of a grid where its table's header starts: title rows may come first (a
/// sheet's "BIỂU SỐ LIỆU", "Đơn vị: …"), and the header is the first row that names columns.
fn header_start(grid: &Grid) -> Option<usize> {
    // A pipe table's first row is its header, unless it is a title merged across the
    // table (a Word table's `BIỂU SỐ LIỆU TỔNG KẾT 10 NĂM` over `TT | Nội dung | ĐVT | Số
    // liệu`): one text repeated in every cell.
    let title = |r: &[Cell]| {
        let mut texts = r.iter().map(|c| c.text.as_str()).filter(|t| !t.is_empty());
        texts.next().is_some_and(|first| texts.all(|t| t == first))
    };
    // A first row of figures (the rest of a table split at a page): no header above data,
    // none looked for under it.
    if grid.rows.first().is_some_and(|r| is_data_row(r)) {
        return None;
    }
    if grid.separator && !grid.rows.first().is_some_and(|r| title(r) && r.len() > 1) {
        Some(0)
    } else {
        grid.rows.iter().take(8).position(|r| header_like(r))
    }
}

/// The layout of the table `grid` continues, where it is the rest of `before` split at a
/// page: as wide, its first row already one of figures, and `before` read by its own
/// header (not by what its columns hold).
/// Its rows numbered on from that table's last (`6` after `5`, `2.3` after `2.2`, or
/// anything after a group row): a table of the unit's own numbered from `1` (a list of
/// models) is not the rest of the figures.
fn continued(grid: &Grid, before: Option<(&Grid, &Layout)>) -> Option<Layout> {
    let (table, before) = before.filter(|(_, l)| !l.headerless && l.headers.len() == grid.width())?;
    let column = before.stt?;
    let text = |row: &[Cell]| -> String { row.get(column).map_or(String::new(), |c| c.text.trim().to_owned()) };
    // `2.3` as (2, 3): compared number by number.
    let numbers = |row: &[Cell]| -> Option<Vec<u32>> {
        text(row)
            .trim_end_matches(['.', ')'])
            .split('.')
            .map(|n| n.parse().ok())
            .collect()
    };
    let first = grid.rows.first().filter(|r| is_data_row(r))?;
    let last = table.rows.last()?;
    // Under a group row ending the page (`II | KẾT QUẢ …`) the numbering starts again.
    let regrouped = is_group_marker(&text(last));
    let numbered_on = || {
        let last = table.rows.iter().rev().find_map(|r| numbers(r));
        numbers(first).zip(last).is_some_and(|(first, last)| first > last)
    };
    (regrouped || numbered_on()).then(|| Layout {
        header_rows: 0,
        ..before.clone()
    })
}

/// How many rows stand above a grid's table: its title rows, which say who the sheet is
/// from. None when no row names columns: such a sheet is no table, and its first rows say
/// nothing of who sent it.
pub fn title_rows(grid: &Grid) -> usize {
    header_start(grid).unwrap_or(0)
}

fn layout(grid: &Grid) -> Result<Layout, (TableProblem, Vec<String>)> {
    let width = grid.width();
    // The header is the first row that names columns, and the rows under it that do too
    // (merged headers).
    let first = header_start(grid);
    let mut header_rows = 0;
    // A header's row that names the parts of a merged cell above it, as pandoc writes a
    // Word table (`Công tác chỉ đạo` over `Văn bản | Hội nghị`) and Word saves it as text
    // (`Kết quả 10 năm` over `Kế hoạch | Thực hiện | Tỷ lệ`): the merged text spans the
    // empty cells to its right over which that row names a part.
    let mut parts_row = None;
    if let Some(first) = first {
        header_rows = first + 1;
        for (i, row) in grid.rows.iter().enumerate().skip(first + 1).take(3) {
            if header_like(row) || is_column_numbers(row) {
                if parts_row.is_none() && continues_header(&grid.rows[i - 1], row) {
                    parts_row = Some(i);
                }
                header_rows = i + 1;
            } else {
                break;
            }
        }
    }
    if parts_row.is_none()
        && header_rows > 0
        && let Some(row) = grid.rows.get(header_rows)
        && continues_header(&grid.rows[header_rows - 1], row)
    {
        parts_row = Some(header_rows);
        header_rows += 1;
    }
    let header_start = first.unwrap_or(0);
    let parts: Vec<Vec<&str>> = (0..width)
        .map(|col| {
            let mut parts: Vec<&str> = Vec::new();
            for (r, row) in grid.rows[header_start..header_rows].iter().enumerate() {
                if is_column_numbers(row) {
                    continue;
                }
                let cell = if let Some(below) = parts_row.filter(|&below| header_start + r < below) {
                    over(row, &grid.rows[below], col)
                } else {
                    row.get(col).filter(|c| !c.text.is_empty())
                };
                if let Some(cell) = cell
                    && parts.last() != Some(&cell.text.as_str())
                {
                    parts.push(&cell.text);
                }
            }
            parts
        })
        .collect();
    let headers: Vec<String> = parts.iter().map(|p| p.join(" ")).collect();
    let shown: Vec<String> = headers.iter().filter(|h| !h.is_empty()).cloned().collect();
    if first.is_none() {
        if let Some(layout) = headerless(grid) {
            return Ok(layout);
        }
        let first = grid.rows.first().map(|r| r.iter().map(|c| c.text.clone()).collect());
        return Err((TableProblem::NoHeader, first.unwrap_or_default()));
    }
    let roles: Vec<Role> = parts
        .iter()
        .zip(&headers)
        .map(|(parts, whole)| column_role(parts, whole))
        .collect();
    let find = |r: Role| roles.iter().position(|x| *x == r);
    let all = |r: Role| -> Vec<usize> { (0..width).filter(|&i| roles[i] == r).collect() };
    let periods = all(Role::Period);
    let spans: Vec<Option<(u16, u16)>> = periods.iter().map(|&p| years(&headers[p])).collect();
    // A period that spans every other (`2015 - 2025` beside `2015 - 2020`, `2021 - 2025`,
    // or beside `Năm 2025`) is the whole: the total, not one more part to add.
    let whole = (periods.len() > 1)
        .then(|| {
            (0..periods.len()).find(|&i| {
                spans.iter().enumerate().all(|(j, other)| {
                    i == j || matches!((spans[i], other), (Some((a, b)), Some((c, d))) if a <= *c && *d <= b && (a, b) != (*c, *d))
                })
            })
        })
        .flatten();
    let (periods, total) = match whole {
        Some(i) => {
            let parts: Vec<usize> = periods
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, &p)| p)
                .collect();
            let part_spans: Vec<(u16, u16)> = spans
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .filter_map(|(_, s)| *s)
                .collect();
            // The parts are checked against the whole only when they tile it.
            let tiled = spans[i].is_some_and(|whole| tiles(&part_spans, whole));
            (if tiled { parts } else { Vec::new() }, Some(periods[i]))
        }
        // A period inside another (`Năm 2025` beside `2015 - 2020`, `2021 - 2025`) is a
        // part shown, as `Trong đó` is: not added again.
        None => {
            let inside = |i: usize| {
                spans[i].is_some_and(|(a, b)| {
                    spans.iter().enumerate().any(|(j, other)| {
                        j != i && matches!(other, Some((c, d)) if *c <= a && b <= *d && (*c, *d) != (a, b))
                    })
                })
            };
            let outer: Vec<usize> = (0..periods.len()).filter(|&i| !inside(i)).map(|i| periods[i]).collect();
            (outer, None)
        }
    };
    let rate = find(Role::Rate);
    let values = match (find(Role::Total).or(total), periods.len(), find(Role::Value)) {
        // One year beside the whole (`Tổng số | Năm 2025`) is a part shown, as `Trong
        // đó` is: nothing to add up.
        (Some(total), 1, _) => Values::Total {
            total,
            periods: Vec::new(),
        },
        (Some(total), _, _) => Values::Total { total, periods },
        // `Số liệu` beside periods: the figure of the whole campaign, the periods its parts.
        (None, n, Some(value)) if n > 1 => Values::Total { total: value, periods },
        (None, _, Some(value)) => Values::One(value),
        (None, 1, None) => Values::One(periods[0]),
        (None, n, None) if n > 1 => match years_apart(&periods, &headers) {
            Some(latest) => Values::Latest { latest, years: periods },
            None => Values::Periods(periods),
        },
        // Only a rate column: every figure is in it.
        (None, _, None) if rate.is_some() => Values::One(rate.unwrap_or_default()),
        _ => return Err((TableProblem::NoValueColumn, shown)),
    };
    let value_cols = values.columns();
    let stt = find(Role::Stt);
    let label = find(Role::Label).or_else(|| {
        // The first column left that holds words in the data rows.
        (0..width).find(|&c| {
            Some(c) != stt
                && !value_cols.contains(&c)
                && matches!(roles[c], Role::Unknown)
                && grid.rows[header_rows..]
                    .iter()
                    .any(|r| r.get(c).is_some_and(|x| x.text.chars().any(char::is_alphabetic)))
        })
    });
    Ok(Layout {
        header_rows,
        stt,
        label,
        sublabels: all(Role::Label).into_iter().filter(|&c| Some(c) != label).collect(),
        headerless: false,
        note: find(Role::Note),
        unit: find(Role::Unit),
        rate: rate.filter(|r| !matches!(values, Values::One(c) if c == *r)),
        values,
        headers,
    })
}

// ---------------------------------------------------------------------------------------
// Rows.

/// A data row that may be an indicator's.
#[derive(Debug, Clone)]
struct RowRef {
    grid: usize,
    row: usize,
    /// The label as written, and its content words.
    label: String,
    words: Vec<String>,
    stt: Option<u32>,
    /// The row's place among the table's data rows.
    ordinal: usize,
    /// Content words (stop words out), sorted; whether the label speaks of a rate.
    content: Vec<String>,
    rate: bool,
    /// The indicators' keywords the label holds, with each one's indicator.
    keyed: Vec<(usize, Vec<String>)>,
    /// Whether a figure of the row is written with `%`.
    percent_value: bool,
    /// What the row counts: the words after its `Số` (`lượt tiếp`, `hội nghị`), else
    /// its unit's (`Đơn`, `Cuộc`).
    counted: Option<[String; 2]>,
    /// What the row's unit cell counts (`ĐVT`: `Đơn`, `Lượt`, `Cuộc`), when it names one.
    unit: Option<[String; 2]>,
    /// The indicator whose name the label is, word for word (then `words` is left empty).
    exact: Option<usize>,
}

/// Words that say nothing of which indicator a row is (`tỷ lệ` says it is a rate, which
/// the row's `rate` keeps).
const STOP_WORDS: [&str; 32] = [
    "so", "luot", "cac", "cua", "va", "duoc", "da", "ve", "voi", "cho", "trong", "nhung", "nguoi", "co", "theo",
    "tong", "tai", "tu", "den", "la", "mot", "nay", "do", "number", "of", "the", "and", "a", "share", "in", "ty", "le",
];

fn content(words: &[String]) -> Vec<&str> {
    let mut out: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !STOP_WORDS.contains(w) && !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn is_group_marker(stt: &str) -> bool {
    let t = stt.trim_end_matches(['.', ')', ':']);
    let roman = !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let letter = t.chars().count() == 1 && t.chars().all(|c| c.is_uppercase());
    roman || letter
}

fn is_subtotal(label: &str) -> bool {
    let words = bare_words(label);
    // `Toàn xã`, `Toàn Đảng bộ (xã)`, `Cả xã`: the whole of the units above, as a sum
    // row of sub-units says it.
    let whole = words.len() <= 4 && matches!(words.first().map(String::as_str), Some("toan" | "ca"));
    whole
        || matches!(words.first().map(String::as_str), Some("cong"))
        || matches!(
            words.join(" ").as_str(),
            "tong" | "tong cong" | "tong so" | "total" | "subtotal"
        )
}

fn text_at(grid: &Grid, row: usize, col: Option<usize>) -> &str {
    col.and_then(|c| grid.rows.get(row)?.get(c))
        .map_or("", |c| c.text.as_str())
}

fn candidate_rows(grid: &Grid, grid_index: usize, layout: &Layout, indicators: &[Indicator]) -> Vec<RowRef> {
    let mut out = Vec::new();
    let value_cols: Vec<usize> = layout.values.columns().into_iter().chain(layout.rate).collect();
    // The last numbered row with no figure (`6 | Đơn thư | |`): its number, label and
    // place in `out`. Its parts (`6.1 | Tiếp nhận`, `- Đã giải quyết`) may be named by it
    // too (`contexts`: the part's place, its parent's, the words of both labels).
    let mut parent: Option<(String, String, usize)> = None;
    // The last numbered row with a figure of its own, and the indicator it names best: its
    // parts (`a | Nghị quyết, chỉ thị | 6` under `1 | Văn bản … | 34`) break its figure
    // down, and are no rows of their own unless they name another indicator.
    let mut owner: Option<(String, Option<usize>)> = None;
    let mut contexts: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for r in layout.header_rows..grid.rows.len() {
        let row = &grid.rows[r];
        let texts: Vec<&str> = row.iter().map(|c| c.text.as_str()).filter(|t| !t.is_empty()).collect();
        if texts.is_empty() || is_column_numbers(row) {
            continue;
        }
        let values_empty = value_cols.iter().all(|&c| text_at(grid, r, Some(c)).is_empty());
        // A note spanning the table (a merged row repeats its text, or leaves one cell).
        if texts.windows(2).all(|w| w[0] == w[1]) && (texts.len() > 1 || values_empty) {
            let words = bare_words(texts[0]);
            let starts_note = matches!(words.first().map(String::as_str), Some("ghi" | "nguon" | "luu"));
            if texts.len() > 1 || starts_note || layout.label.is_none_or(|l| text_at(grid, r, Some(l)).is_empty()) {
                continue;
            }
        }
        let stt_text = text_at(grid, r, layout.stt);
        // A label header over two columns (`Nội dung` merged over `Đơn thư | Đã giải
        // quyết`): the row is named by both.
        let mut label = text_at(grid, r, layout.label).to_owned();
        for &more in &layout.sublabels {
            let sub = text_at(grid, r, Some(more));
            if !sub.is_empty() && sub != label {
                if !label.is_empty() {
                    label.push(' ');
                }
                label.push_str(sub);
            }
        }
        if layout.label.is_none() {
            label = row
                .iter()
                .enumerate()
                .filter(|(c, _)| Some(*c) != layout.stt && !value_cols.contains(c))
                .map(|(_, c)| c.text.clone())
                .max_by_key(String::len)
                .unwrap_or_default();
        }
        // Group rows (`I`, `A.`, `**II**`) and sub-totals hold no indicator of their own.
        let label_marker = label.split(['.', ' ', ')']).next().unwrap_or("");
        let grouped = is_group_marker(stt_text) || (layout.stt.is_none() && is_group_marker(label_marker));
        // Sub-total labels are short: long labels are not folded for this.
        if (grouped && values_empty) || (label.len() < 24 && is_subtotal(&label)) {
            continue;
        }
        // A label written as the outline names it needs no comparing word by word.
        let exact = indicators.iter().position(|ind| ind.name == label);
        let words = if exact.is_some() {
            Vec::new()
        } else {
            label_words(&label)
        };
        if exact.is_none()
            && let Some((_, name, at)) = parent.as_ref().filter(|(n, _, _)| is_part_of(stt_text, &label, n))
        {
            contexts.push((out.len(), *at, label_words(&format!("{name} {label}"))));
        }
        let stt_number = stt_text.trim_end_matches(['.', ')']).trim();
        let numbered = !stt_number.is_empty() && stt_number.bytes().all(|b| b.is_ascii_digit());
        let part_of_owner = exact.is_none() && owner.as_ref().is_some_and(|(n, _)| is_part_of(stt_text, &label, n));
        if numbered {
            parent = (values_empty && !names_whole(&label)).then(|| (stt_number.to_owned(), label.clone(), out.len()));
        }
        // A rate by its label, or by its unit (`ĐVT`: `%`).
        // A rate by its label (`Tỷ lệ …`, `… (%)`), or by its unit (`ĐVT`: `%`); a label
        // opening with `Số` counts, whatever `%` its remark holds (`(100% CBCCVC của Sở)`).
        let counts = matches!(words.first().map(String::as_str), Some("so"))
            || (words.len() > 1 && words[0] == "tong" && words[1] == "so");
        let by_label =
            has_phrase(&words, "ty le") || label.trim_end().ends_with("(%)") || label.trim_end().ends_with('%');
        let rate = (!counts && by_label) || text_at(grid, r, layout.unit).contains('%');
        // A figure written with `%` says its row is a rate too, for a percent indicator.
        let percent_value = value_cols.iter().any(|&c| text_at(grid, r, Some(c)).contains('%'));
        let mut row = RowRef {
            grid: grid_index,
            row: r,
            content: Vec::new(),
            rate,
            counted: None,
            unit: unit_counted(text_at(grid, r, layout.unit)),
            percent_value,
            keyed: Vec::new(),
            exact,
            words: Vec::new(),
            label,
            stt: stt_text.trim_end_matches(['.', ')']).trim().parse().ok(),
            ordinal: out.len(),
        };
        named_by(&mut row, words, indicators);
        let named = best(&row, indicators);
        if numbered {
            owner = (!values_empty).then(|| (stt_number.to_owned(), named));
        } else if part_of_owner && owner.as_ref().is_some_and(|(_, o)| named.is_none() || named == *o) {
            continue;
        }
        out.push(row);
    }
    // The parts of a row are named by it too when by their own names they are different
    // indicators (`Đơn thư` over `Tiếp nhận` and `Đã giải quyết`): so named, they win
    // over the row above them. Parts that are one indicator or none (`Đơn thư tiếp nhận`
    // over `Khiếu nại`, `Tố cáo`) are that row's parts, and keep their own names.
    let mut at = 0;
    while at < contexts.len() {
        let parent = contexts[at].1;
        let end = at + contexts[at..].iter().take_while(|c| c.1 == parent).count();
        let mut named: Vec<usize> = contexts[at..end]
            .iter()
            .filter_map(|(part, _, _)| best(&out[*part], indicators))
            .collect();
        named.sort_unstable();
        named.dedup();
        if named.len() > 1 {
            for (part, _, words) in contexts[at..end].iter().cloned() {
                named_by(&mut out[part], words, indicators);
            }
        }
        at = end;
    }
    out
}

/// The indicator a row names best: the one whose name it is, else the best score.
fn best(row: &RowRef, indicators: &[Indicator]) -> Option<usize> {
    row.exact.or_else(|| {
        (0..indicators.len())
            .filter_map(|i| score(row, &indicators[i], i).map(|s| (s, i)))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, i)| i)
    })
}

/// Gives a row the words it is matched by, and what follows from them.
fn named_by(row: &mut RowRef, words: Vec<String>, indicators: &[Indicator]) {
    row.content = content(&words).into_iter().map(str::to_owned).collect();
    row.counted = counted(&words).or_else(|| row.unit.clone());
    row.keyed = indicators
        .iter()
        .enumerate()
        .flat_map(|(i, ind)| {
            ind.match_keywords
                .iter()
                .filter(|k| !k.is_empty() && words.windows(k.len()).any(|w| w == k.as_slice()))
                .map(move |k| (i, k.clone()))
        })
        .collect();
    row.words = words;
}

/// Whether a row is a part of the numbered row `number` above it, named by its parent's
/// label as much as its own: numbered under it (`6.1`, `6.2.`), lettered (`a`, `a)`) or
/// a dash item without a number (`- Tiếp nhận`), its own label naming no figure whole.
fn is_part_of(stt: &str, label: &str, number: &str) -> bool {
    let numbered = stt
        .strip_prefix(number)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|rest| rest.trim_end_matches('.').bytes().all(|b| b.is_ascii_digit()) && !rest.is_empty());
    let dashed = stt.is_empty() && label.trim_start().starts_with(['-', '+', '–', '•']);
    (numbered || dashed || is_letter_stt(stt.trim())) && !names_whole(label)
}

/// Whether a label names a figure whole, as an indicator's name does: `Số …`, `Tổng số
/// …`, `Tỷ lệ …`.
fn names_whole(label: &str) -> bool {
    let words = bare_words(label);
    matches!(words.first().map(String::as_str), Some("so" | "tong" | "ty"))
}

/// How well a row fits an indicator; `None` when it does not. Keywords (phrases of the
/// outline's `keywords`) weigh by their words, the share of the name's content words
/// follows, the STT and the order break ties.
fn score(row: &RowRef, indicator: &Indicator, position: usize) -> Option<f64> {
    let label = &row.content;
    // The STT says which indicator a row is, unless its label says another's, in words
    // this one's name does not hold (`1 | Văn bản đến được tiếp nhận`: the petitions'
    // `tiếp nhận`; but `7 | Số đơn thư` is the petitions settled, whose name says `đơn thư`).
    let own_words = |phrase: &[String]| phrase.iter().all(|w| indicator.match_words.contains(w));
    let stt_bonus = if row.stt.is_some()
        && row.stt == indicator.stt
        && row.keyed.iter().all(|(k, phrase)| *k == position || own_words(phrase))
    {
        0.5
    } else {
        0.0
    };
    let order_bonus = if row.ordinal == position { 0.05 } else { 0.0 };
    if label.is_empty() {
        // "…", "Số lượt": only the number can say.
        return (stt_bonus > 0.0).then_some(stt_bonus + order_bonus);
    }
    let key: usize = indicator
        .match_keywords
        .iter()
        .filter(|k| !k.is_empty() && row.words.windows(k.len()).any(|w| w == k.as_slice()))
        .map(Vec::len)
        .sum();
    let name: Vec<&str> = indicator.match_words.iter().map(String::as_str).collect();
    let common = label.iter().filter(|w| name.contains(&w.as_str())).count();
    let overlap = common as f64 / name.len().max(1) as f64;
    let coverage = common as f64 / label.len() as f64;
    // A rate is never a count; a percent indicator takes a rate row before any other,
    // however many of its keywords the other holds (`Số TTHC trực tuyến` beside `Tỷ lệ
    // hồ sơ giải quyết trực tuyến`).
    let kind_bonus = match (indicator.kind, row.rate) {
        (Kind::Count, true) => return None,
        (Kind::Percent, rate) if (rate || row.percent_value) && key > 0 => 20.0,
        _ => 0.0,
    };
    // What is counted decides between rows that share the words: `Số buổi tiếp công dân`
    // is not `Số lượt tiếp công dân`, `Số lượt người dự hội nghị` is not `Số hội nghị`.
    let counted_bonus = match (&row.counted, counted(&indicator.match_words)) {
        (Some(row), Some(name)) if same_counted(row, &name) => 2.0,
        // Counting another thing and not at the indicator's STT, a row is another figure
        // (`Văn bản đến được tiếp nhận` is no petition received, whatever `tiếp nhận` says).
        (Some(_), Some(_)) if stt_bonus == 0.0 => return None,
        (Some(_), Some(_)) => -2.0,
        _ => 0.0,
    };
    // Words in common are evidence only when the row holds no other indicator's keyword
    // (`Tỷ lệ đơn thư được giải quyết` shares words with the online-files rate, but it is
    // about petitions), or when its STT is the indicator's (`7 | Số đơn thư`).
    let fits =
        key > 0 || overlap >= 0.5 || (coverage >= 0.6 && common >= 2 && (row.keyed.is_empty() || stt_bonus > 0.0));
    // What is counted ranks rows; it refuses none (`Số chương trình … ban hành` at the
    // indicator's STT is its documents).
    let total = key as f64 + overlap + kind_bonus;
    (fits && total > 0.0).then_some(total + counted_bonus + stt_bonus + order_bonus)
}

/// Words that count by the time or by the event (`lượt`; `cuộc`, `buổi`, `lần`, `đợt`,
/// `phiên`) rather than name the thing counted: two of one kind count the same.
fn measure(word: &str) -> Option<u8> {
    match word {
        "luot" => Some(1),
        "cuoc" | "buoi" | "lan" | "dot" | "phien" => Some(2),
        _ => None,
    }
}

/// The two words after a label's `Số` (`Tổng số`): what it counts. None when the label
/// does not open so (a rate, a bare name).
fn counted(words: &[String]) -> Option<[String; 2]> {
    let rest = match words {
        [first, second, rest @ ..] if first == "tong" && second == "so" => rest,
        [first, rest @ ..] if first == "so" => rest,
        _ => return None,
    };
    match rest {
        [a, b, ..] => Some([a.clone(), b.clone()]),
        [a] => Some([a.clone(), String::new()]),
        [] => None,
    }
}

/// What a unit cell counts (`Đơn`, `Cuộc`, `Lượt người`): a row's `Đơn` is not the
/// indicator of `Số cuộc …`. None for a rate or for `Người`, which counts people once or
/// by the time (a row of `lượt cán bộ` is often in `Người`).
fn unit_counted(cell: &str) -> Option<[String; 2]> {
    if cell.contains('%') {
        return None;
    }
    let words = bare_words(cell);
    match words.as_slice() {
        [first, ..] if first == "nguoi" => None,
        [a] => Some([a.clone(), String::new()]),
        [a, b] => Some([a.clone(), b.clone()]),
        _ => None,
    }
}

/// Whether two labels count the same thing: the same measure word, or the same noun
/// (after a measure word on one side only: `Số cuộc hội nghị` is `Số hội nghị`).
fn same_counted(a: &[String; 2], b: &[String; 2]) -> bool {
    match (measure(&a[0]), measure(&b[0])) {
        (Some(x), Some(y)) => x == y,
        (Some(_), None) => a[1] == b[0],
        (None, Some(_)) => a[0] == b[1],
        (None, None) => a[0] == b[0],
    }
}

/// Rows to indicators, one to one, best pairs first.
fn align(rows: &[RowRef], indicators: &[Indicator]) -> Vec<Option<usize>> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        if let Some(i) = row.exact {
            let stt = if row.stt.is_some() && row.stt == indicators[i].stt {
                0.5
            } else {
                0.0
            };
            pairs.push((100.0 + stt, r, i));
            continue;
        }
        for (i, ind) in indicators.iter().enumerate() {
            if let Some(s) = score(row, ind, i) {
                pairs.push((s, r, i));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut by_indicator = vec![None; indicators.len()];
    let mut used = vec![false; rows.len()];
    for (_, r, i) in pairs {
        if by_indicator[i].is_none() && !used[r] {
            by_indicator[i] = Some(r);
            used[r] = true;
        }
    }
    by_indicator
}

// ---------------------------------------------------------------------------------------
// Values.

/// One cell's value as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    Blank,
    NotApplicable,
    Number(Decimal),
    Invalid(ValueProblem),
}

/// A whole cell that says the indicator does not apply, folded (`Không phát sinh`,
/// `K/A`, `Không thực hiện` where the unit has no such duty): nothing arose, nothing to
/// report.
const NOT_APPLICABLE: [&str; 17] = [
    "x",
    "-",
    "–",
    "—",
    "khong",
    "khong ap dung",
    "k/a",
    "ka",
    "n/a",
    "na",
    "kad",
    "khong co so lieu",
    "khong phat sinh",
    "chua phat sinh",
    "khong co",
    "chua co",
    "khong thuc hien",
];

/// A figure due and not given yet, folded: a whole value cell ("Chưa thống kê") reads as
/// an empty one, and a note holding one of these beside `-` makes the `-` a gap too.
/// Not any "chưa …": "Chưa phát sinh", "Chưa có" (nothing arose) say the indicator does
/// not apply.
const NOT_YET: [&str; 10] = [
    "chua thong ke",
    "chua tong hop",
    "chua co so lieu",
    "chua cap nhat",
    "chua bao cao",
    "chua day du",
    "dang tong hop",
    "dang cap nhat",
    "dang thong ke",
    "se bo sung",
];

const APPROXIMATE: [&str; 12] = [
    "khoang", "gan", "tren", "hon", "duoi", "uoc", "tam", "xap", "~", ">", "<", "≈",
];

/// Whether folded words start with a remark that makes the figure approximate.
fn approximate(folded: &str) -> bool {
    let first = folded.split_whitespace().next().unwrap_or("");
    APPROXIMATE.contains(&first) || APPROXIMATE.iter().any(|a| a.len() == 1 && first.starts_with(a))
}

/// A value Word set raised or lowered, whole (`⁶⁵⁰`, a `-` raised) or from a group of its
/// digits on (`1.` and a raised `200`), as written on the line: a mark is raised after a
/// figure's last digit, never in its place. `None` when nothing needs lowering.
fn on_the_line(text: &str) -> Option<String> {
    let first = text.find(|c| crate::text::on_line(c).is_some())?;
    let before = text[..first].trim_end();
    let mut separators = before.chars().rev();
    let grouped = matches!(separators.next(), Some('.' | ','))
        && separators.next().is_some_and(|c| c.is_ascii_digit())
        && before.len() == text[..first].len();
    if !(before.is_empty() || grouped) {
        return None;
    }
    Some(text.chars().map(|c| crate::text::on_line(c).unwrap_or(c)).collect())
}

/// Reads a value as a unit writes it: `1.250 lượt`, `92,4 %`, `Đạt 94,8%`, `x`.
pub fn written(raw: &str, kind: Kind) -> Written {
    read_value(raw, kind).0
}

/// [`written`], and how a figure was read where the unit wrote it otherwise than the
/// Vietnamese way: as an officer reads it, where only one reading can be meant.
fn read_value(raw: &str, kind: Kind) -> (Written, Option<ReadAs>) {
    let text = raw.trim();
    if text.is_empty() || text == "…" || text == "..." {
        return (Written::Blank, None);
    }
    let lowered = on_the_line(text);
    let text = lowered.as_deref().unwrap_or(text);
    // A scan's text where recognition took a digit for a letter (`1.O38`, `2l9`): the
    // figure an officer reads, said how it was read.
    if let Some(digits) = letters_for_digits(text)
        && let (Written::Number(figure), _) = read_value(&digits, kind)
    {
        return (Written::Number(figure), Some(ReadAs::LettersForDigits));
    }
    // A bare figure (`1.234`, `67,8%`) has no words to fold.
    let figure_only = text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'%'));
    if !figure_only {
        let folded = bare_fold(text);
        let folded = folded.split_whitespace().collect::<Vec<_>>().join(" ");
        let folded = folded.trim_end_matches('.').trim_end();
        // `Không có nhiệm vụ`, `Không thuộc chức năng, nhiệm vụ`: the duty is not the
        // unit's, said in the cell as a note under the table says it.
        if NOT_APPLICABLE.contains(&folded) || crate::report::duty::denies_duty(folded) {
            return (Written::NotApplicable, None);
        }
        if NOT_YET.contains(&folded) {
            return (Written::Blank, None);
        }
        if approximate(folded) {
            return (Written::Invalid(ValueProblem::Approximate), None);
        }
        if let Some(open) = text.find('(') {
            return bracketed(&text[..open], &text[open + 1..], kind);
        }
    }
    // `Đạt 94,8%`: the verb before a figure says nothing more.
    let mut rest = text;
    for lead in ["Đạt tỷ lệ", "đạt tỷ lệ", "Đạt tỉ lệ", "Đạt", "đạt"] {
        if let Some(r) = rest.strip_prefix(lead) {
            rest = r.trim_start();
            break;
        }
    }
    // The figure, then what follows it.
    let end = rest
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | ' ' | '\u{00A0}')))
        .map_or(rest.len(), |(i, _)| i);
    let (figure, tail) = rest.split_at(end);
    let figure = figure.trim();
    let tail = tail.trim();
    if figure.is_empty() || !figure.bytes().any(|b| b.is_ascii_digit()) {
        return (Written::Invalid(ValueProblem::NotANumber), None);
    }
    if tail.starts_with('/') {
        return (Written::Invalid(ValueProblem::TwoNumbers), None);
    }
    // A footnote mark after the figure (`30*`, `48¹`) is the unit's note, not the figure.
    let mut how = None;
    let tail = if tail.starts_with('*') || tail.starts_with(is_superscript) {
        how = Some(ReadAs::Footnote);
        tail.trim_start_matches(|c| c == '*' || is_superscript(c)).trim_start()
    } else {
        tail
    };
    let (percent_sign, unit) = match tail.strip_prefix('%') {
        Some(after) => (true, after.trim()),
        None if bare_fold(tail).starts_with("phan tram") => (true, ""),
        None => (false, tail),
    };
    // A unit word after the figure (`lượt`, `văn bản`, `đơn`); a second figure, a slash
    // or a mark after it is something else.
    if !unit.is_empty() {
        if unit.contains('/') {
            return (Written::Invalid(ValueProblem::TwoNumbers), None);
        }
        let marked = |c: char| c == '*' || is_superscript(c);
        if unit.ends_with(marked) {
            how = Some(ReadAs::Footnote);
        }
        let unit = unit.trim_end_matches(marked);
        if !unit.chars().all(|c| c.is_alphabetic() || c == ' ' || c == ',') {
            return (Written::Invalid(ValueProblem::NotANumber), None);
        }
    }
    // `1 250`: spaces between groups of three, as some typists do.
    let compact: String = if figure.contains(' ') || figure.contains('\u{00A0}') {
        let groups: Vec<&str> = figure.split([' ', '\u{00A0}']).filter(|g| !g.is_empty()).collect();
        let grouped = groups.len() > 1
            && groups[0].len() <= 3
            && groups[1..]
                .iter()
                .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if !grouped {
            return (Written::Invalid(ValueProblem::NotANumber), None);
        }
        groups.join(".")
    } else {
        figure.to_owned()
    };
    // `4,350` in a count (a count has no decimals: the comma groups thousands, as
    // English writes it) and `67.8` (a dot with one or two decimals groups nothing): each
    // can mean one figure only, read as that figure.
    let comma_grouping = || {
        let (w, f) = compact.split_once(',')?;
        (kind == Kind::Count && !w.is_empty() && w.len() <= 3 && f.len() == 3 && !f.contains(','))
            .then(|| (parse_cell(&compact.replace(',', ".")), ReadAs::CommaGrouping))
    };
    let dot_decimal = || {
        let (w, f) = compact.split_once('.')?;
        (!w.is_empty() && (1..=2).contains(&f.len()) && !f.contains('.') && !f.contains(','))
            .then(|| (parse_cell(&compact.replace('.', ",")), ReadAs::DotDecimal))
    };
    let parsed = parse_cell(&compact);
    let (parsed, how) = match parsed {
        NumberCell::Number { value, .. } if !value.fract().is_zero() => match comma_grouping() {
            Some((grouped, read)) => (grouped, Some(read)),
            None => (parsed, how),
        },
        NumberCell::NotANumber => match dot_decimal() {
            Some((decimal, read)) => (decimal, Some(read)),
            None => (parsed, how),
        },
        _ => (parsed, how),
    };
    match parsed {
        NumberCell::Number { value, .. } => match check(value, percent_sign, kind) {
            Some(problem) => (Written::Invalid(problem), None),
            None => (Written::Number(value), how),
        },
        NumberCell::Blank => (Written::Blank, None),
        NumberCell::NotANumber => (Written::Invalid(ValueProblem::NotANumber), None),
    }
}

/// The value with the letters that character recognition takes for digits (`O`, `o` for
/// 0; `l`, `I` for 1) read as those digits, when they stand inside a figure of digits and
/// separators (`1.O38`, `2l9`, `4.1O5`, `9O%`) with two digits at least; `None` for any
/// other value (a word, `x`, `I` alone, `10 lượt`).
fn letters_for_digits(text: &str) -> Option<String> {
    let (figure, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let is_letter = |c: char| matches!(c, 'O' | 'o' | 'l' | 'I');
    let digits = figure.bytes().filter(u8::is_ascii_digit).count();
    let fits = figure
        .chars()
        .all(|c| c.is_ascii_digit() || is_letter(c) || matches!(c, '.' | ',' | '%'));
    if !fits || digits < 2 || !figure.chars().any(is_letter) {
        return None;
    }
    let read: String = figure
        .chars()
        .map(|c| match c {
            'O' | 'o' => '0',
            'l' | 'I' => '1',
            c => c,
        })
        .collect();
    Some(if rest.is_empty() {
        read
    } else {
        format!("{read} {rest}")
    })
}

/// A value with a parenthesis after it, `before (inside)`, as an officer reads it: a unit
/// (`356 (đơn)`) or a breakdown (`36 (trong đó 6 trực tuyến)`, `(gồm …)`) leaves the
/// figure before it, and so does a footnote mark (`48 (1)`, `48 (*)`), said; a remark
/// (`(ước tính)`) is refused as such; any other figure inside (`200 (tăng 20%)`) is a
/// second figure, refused with the one that would count.
fn bracketed(before: &str, inside: &str, kind: Kind) -> (Written, Option<ReadAs>) {
    let before = before.trim();
    let (inside, after) = match inside.rfind(')') {
        Some(close) => (&inside[..close], inside[close + 1..].trim()),
        None => (inside, ""),
    };
    let inside = inside.trim();
    if before.is_empty() || !after.is_empty() {
        return (Written::Invalid(ValueProblem::NotANumber), None);
    }
    if inside == "%" {
        return read_value(&format!("{before}%"), kind);
    }
    let (figure, how) = match read_value(before, kind) {
        (Written::Number(figure), how) => (figure, how),
        other => return other,
    };
    let footnote = inside.chars().all(|c| c == '*')
        || (inside.len() <= 2 && inside.bytes().all(|b| b.is_ascii_digit()))
        || inside.chars().all(is_superscript)
        || (inside.chars().count() == 1 && inside.chars().all(char::is_alphabetic));
    if footnote {
        return (Written::Number(figure), how.or(Some(ReadAs::Footnote)));
    }
    let folded = bare_fold(inside);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let breakdown = matches!(words.as_slice(), ["trong", "do", ..] | ["gom", ..] | ["bao", "gom", ..]);
    if breakdown {
        return (Written::Number(figure), how);
    }
    if approximate(&folded) {
        return (Written::Invalid(ValueProblem::Approximate), None);
    }
    // A rate with the count and total it is worked out from (`86,1% (2.583/3.000 hồ
    // sơ)`): the brackets say how the rate was reached, and agree with it.
    if (before.ends_with('%') || kind == Kind::Percent) && works_out(figure, inside) {
        return (Written::Number(figure), how);
    }
    if inside.chars().any(|c| c.is_ascii_digit()) {
        return (Written::Invalid(ValueProblem::Bracketed { figure }), None);
    }
    (Written::Number(figure), how)
}

/// Whether `inside` holds a count over a total (`2.583/3.000`, `đạt 2.583 / 3.000 hồ sơ`,
/// `2.583 hồ sơ/3.000 hồ sơ`) whose share, in percent, is `rate` as written to its
/// decimals, rounded or cut (`66,6%` for 2 of 3).
fn works_out(rate: Decimal, inside: &str) -> bool {
    // `2.583/3.000`, or in words, `2.583 trên 3.000`.
    let words: Vec<&str> = inside.split_whitespace().collect();
    let (left, right) = match inside.split_once('/') {
        Some((left, right)) => (left.to_owned(), right.to_owned()),
        None => match words.iter().position(|w| bare_fold(w) == "tren") {
            Some(at) => (words[..at].join(" "), words[at + 1..].join(" ")),
            None => return false,
        },
    };
    let figure = |word: Option<&str>| match word.map(|w| parse_cell(w.trim_matches([',', ';', ':', '.']))) {
        Some(NumberCell::Number { value, .. }) => Some(value),
        _ => None,
    };
    let part = figure(
        left.split_whitespace()
            .rfind(|w| w.starts_with(|c: char| c.is_ascii_digit())),
    );
    let whole = figure(right.split_whitespace().next());
    let (Some(part), Some(whole)) = (part, whole) else {
        return false;
    };
    if whole <= Decimal::ZERO || part < Decimal::ZERO {
        return false;
    }
    let share = part * Decimal::ONE_HUNDRED / whole;
    share.round_dp(rate.scale()) == rate || share.trunc_with_scale(rate.scale()) == rate
}

/// Why a figure is not valid for its kind, if it is not.
fn check(value: Decimal, percent_sign: bool, kind: Kind) -> Option<ValueProblem> {
    if value.is_sign_negative() && !value.is_zero() {
        return Some(ValueProblem::Negative);
    }
    match kind {
        Kind::Count if percent_sign => Some(ValueProblem::PercentOnCount),
        Kind::Count if !value.fract().is_zero() => Some(ValueProblem::NotWhole),
        Kind::Count if value > Decimal::from(u64::MAX) => Some(ValueProblem::TooLarge),
        Kind::Percent if value > Decimal::ONE_HUNDRED => Some(ValueProblem::PercentRange),
        _ => None,
    }
}

/// A cell's value: a spreadsheet's number as its cell shows it, else its text as written.
fn cell_value(cell: Option<&Cell>, kind: Kind) -> Written {
    let Some(cell) = cell else {
        return Written::Blank;
    };
    match cell.number {
        Some(mut value) => {
            // Under a percent format the number is already the percent shown (1 is 100 %),
            // under another format it is what the cell shows (0,5 is 0,5 %); a General
            // cell says nothing, and a rate under 1 there is taken for a fraction
            // computed in Excel (0,948 for 94,8 %).
            if kind == Kind::Percent && cell.shown == Shown::General && value > Decimal::ZERO && value < Decimal::ONE {
                value *= Decimal::ONE_HUNDRED;
            }
            // A count shown with `%` is a percent on a count.
            match check(value.normalize(), cell.shown == Shown::Percent, kind) {
                Some(problem) => Written::Invalid(problem),
                None => Written::Number(value.normalize()),
            }
        }
        None => written(&cell.text, kind),
    }
}

// ---------------------------------------------------------------------------------------
// The whole appendix.

/// What one indicator's row gave: its reading, where, and findings about it.
struct Found {
    reading: Reading,
    at: Locator,
    blank: bool,
}

fn cell_name(at: &Locator) -> String {
    match at {
        Locator::Sheet(name) => name.clone(),
        Locator::Text { .. } => String::new(),
    }
}

fn understand(
    tables: &[Grid],
    captions: &[&str],
    outline: &Outline,
    anchor: &dyn Fn() -> Location,
    locate: &dyn Fn(&Locator) -> Location,
) -> Appendix {
    let indicators = &outline.appendix.indicators;
    let mut readings = vec![Reading::Missing; indicators.len()];
    let mut diagnostics = Vec::new();
    if tables.is_empty() {
        diagnostics.push(Diagnostic::new(
            Finding::AppendixEmpty {
                table: false,
                pictures: false,
            },
            anchor(),
        ));
        return Appendix {
            readings,
            diagnostics,
            tables: tables.len(),
            ..Appendix::default()
        };
    }
    // A table written one row per period (`Giai đoạn` as a column of its own) is read
    // as the same table written one column per period.
    let pivoted: Vec<Option<Grid>> = tables.iter().map(by_period_columns).collect();
    let tables: Vec<&Grid> = tables
        .iter()
        .zip(&pivoted)
        .map(|(g, p)| p.as_ref().unwrap_or(g))
        .collect();
    // Results over their targets (`19/18 (đạt 105,6%)` under `Thực hiện/Chỉ tiêu`) are
    // read as their results.
    let results: Vec<Option<Grid>> = tables.iter().map(|g| by_results(g)).collect();
    let tables: Vec<&Grid> = tables
        .iter()
        .zip(&results)
        .map(|(g, r)| r.as_ref().unwrap_or(g))
        .collect();
    // A table written with the indicators across is read turned, with them down.
    let turned: Vec<Option<Grid>> = tables.iter().map(|g| across(g, indicators)).collect();
    let tables: Vec<&Grid> = tables
        .iter()
        .zip(&turned)
        .map(|(g, t)| t.as_ref().unwrap_or(g))
        .collect();
    let tables = tables.as_slice();
    let mut layouts: Vec<Option<Layout>> = Vec::new();
    let mut problem: Option<(TableProblem, Vec<String>, Location)> = None;
    for &grid in tables {
        match layout(grid) {
            Ok(layout) => layouts.push(Some(layout)),
            // The rest of a table Word split at a page, its header left on the page before
            // (`(tiếp theo)` over rows 6–9 of `STT | Nội dung | ĐVT | 2016 - 2020 | 2021 -
            // 2025 | Tổng cộng`): read under the header of the table it continues.
            Err(_)
                if let Some(lent) = continued(
                    grid,
                    layouts
                        .len()
                        .checked_sub(1)
                        .and_then(|g| Some((tables[g], layouts[g].as_ref()?))),
                ) =>
            {
                layouts.push(Some(lent));
            }
            Err((why, seen)) => {
                let at = grid
                    .rows
                    .first()
                    .and_then(|r| r.first())
                    .map_or_else(anchor, |c| locate(&c.at));
                problem.get_or_insert((why, seen, at));
                layouts.push(None);
            }
        }
    }
    let mut rows: Vec<RowRef> = Vec::new();
    for (g, &grid) in tables.iter().enumerate() {
        if let Some(layout) = layouts[g].as_ref() {
            rows.extend(candidate_rows(grid, g, layout, indicators));
        }
    }
    let periods = TablePeriods::of(tables, captions, &layouts, &rows);
    rows.retain(|r| !periods.inner[r.grid]);
    let assigned = align(&rows, indicators);
    let mut read: Vec<std::ops::Range<usize>> = assigned
        .iter()
        .flatten()
        .map(|&r| rows[r].grid)
        .chain(if periods.parts.len() > 1 {
            periods.parts.clone()
        } else {
            Vec::new()
        })
        .map(|g| tables[g].start..tables[g].end)
        .filter(|t| !t.is_empty())
        .collect();
    read.sort_by_key(|t| t.start);
    read.dedup();
    if assigned.iter().all(Option::is_none) {
        let (why, seen, at) = match problem {
            Some(p) if layouts.iter().all(Option::is_none) || rows.is_empty() => p,
            _ => {
                let mut labels: Vec<String> = rows.iter().map(|r| r.label.clone()).filter(|l| !l.is_empty()).collect();
                labels.truncate(5);
                (TableProblem::NoRows, labels, anchor())
            }
        };
        let finding = Finding::AppendixTableUnclear {
            problem: why,
            seen,
            expected: indicators.first().map(|i| i.name.clone()).unwrap_or_default(),
        };
        diagnostics.push(Diagnostic::new(finding, at));
        return Appendix {
            readings,
            diagnostics,
            tables: tables.len(),
            ..Appendix::default()
        };
    }
    let mut found: Vec<Option<Found>> = Vec::with_capacity(indicators.len());
    let mut noted: Vec<usize> = Vec::new();
    let mut tables_summed_said = false;
    for (i, indicator) in indicators.iter().enumerate() {
        let Some(r) = assigned[i] else {
            found.push(None);
            continue;
        };
        let row = &rows[r];
        let grid = &tables[row.grid];
        let Some(layout) = layouts[row.grid].as_ref() else {
            found.push(None);
            continue;
        };
        let cells = &grid.rows[row.row];
        let at_col = |c: usize| cells.get(c);
        let locator = |c: usize| {
            at_col(c).map_or_else(
                || cells.last().map_or(Locator::Sheet(String::new()), |x| x.at.clone()),
                |x| x.at.clone(),
            )
        };
        // A rate beside the counts (`Số lượng | Tỷ lệ (%)`) is a percent indicator's figure
        // when the row's own figure is not one: a count (its label names no rate), nothing,
        // or no percent at all (`1.204`). A rate row's figure stays its own beside a
        // `Tỷ lệ hoàn thành (%)` of it.
        let own_is_rate = || {
            row.rate
                && matches!(row_value(cells, layout, Kind::Percent).0,
                    Written::Number(v) if v >= Decimal::ZERO && v <= Decimal::ONE_HUNDRED)
        };
        let rate = layout.rate.filter(|&c| {
            indicator.kind == Kind::Percent && at_col(c).is_some_and(|x| !x.text.is_empty()) && !own_is_rate()
        });
        let values = match rate {
            Some(c) => &Values::One(c),
            None => &layout.values,
        };
        let (mut value, at) = match values {
            Values::One(c) => (cell_value(at_col(*c), indicator.kind), locator(*c)),
            Values::Latest { latest, years } => {
                if !noted.contains(&row.grid) {
                    noted.push(row.grid);
                    let at = tables[row.grid]
                        .rows
                        .first()
                        .and_then(|r| r.get(*latest))
                        .map_or_else(anchor, |c| locate(&c.at));
                    let finding = Finding::AppendixLatestYear {
                        columns: years.iter().map(|&y| layout.headers[y].clone()).collect(),
                        latest: layout.headers[*latest].clone(),
                    };
                    diagnostics.push(Diagnostic::new(finding, at));
                }
                (cell_value(at_col(*latest), indicator.kind), locator(*latest))
            }
            Values::Total { total, periods } => {
                let t = cell_value(at_col(*total), indicator.kind);
                let sum = periods_value(cells, periods, indicator.kind);
                if let (Written::Number(t), Some(Written::Number(s))) = (&t, &sum)
                    && indicator.kind == Kind::Count
                    && t != s
                {
                    diagnostics.push(Diagnostic::new(
                        Finding::AppendixTotalMismatch {
                            indicator: indicator.id.clone(),
                            name: indicator.name.clone(),
                            total: raw_number(*t),
                            sum: raw_number(*s),
                            cell: cell_name(&locator(*total)),
                        },
                        locate(&locator(*total)),
                    ));
                }
                match (t, sum) {
                    (Written::Blank, Some(s @ Written::Number(_))) => (s, locator(periods[0])),
                    (Written::NotApplicable, Some(s @ Written::Number(_))) if rate_not_totalled(indicator.kind) => {
                        (s, locator(periods[0]))
                    }
                    (t, _) => (t, locator(*total)),
                }
            }
            Values::Periods(periods) => {
                if !noted.contains(&row.grid) {
                    noted.push(row.grid);
                    let columns = periods.iter().map(|&p| layout.headers[p].clone()).collect();
                    let at = tables[row.grid]
                        .rows
                        .first()
                        .and_then(|r| r.get(periods[0]))
                        .map_or_else(anchor, |c| locate(&c.at));
                    let finding = Finding::AppendixPeriodsSummed { columns, tables: false };
                    diagnostics.push(Diagnostic::new(finding, at));
                }
                let value = periods_value(cells, periods, indicator.kind).unwrap_or(Written::Blank);
                (value, locator(periods[0]))
            }
        };
        // `-` beside "Chưa thống kê" is a figure not yet counted, not one that does not apply.
        if value == Written::NotApplicable
            && let Some(note) = layout.note.and_then(at_col)
            && not_yet(&note.text)
        {
            value = Written::Blank;
        }
        let raw = match values {
            Values::One(c) | Values::Latest { latest: c, .. } => at_col(*c).map_or(String::new(), |x| x.text.clone()),
            Values::Total { total, .. } => at_col(*total).map_or(String::new(), |x| x.text.clone()),
            Values::Periods(p) => p
                .iter()
                .filter_map(|&c| at_col(c).map(|x| x.text.clone()))
                .collect::<Vec<_>>()
                .join(" + "),
        };
        // A row without its figure whose parts follow it (`6.1 Khiếu nại`, `- Tố cáo`),
        // closed by their sum (`Cộng`) or not.
        let mut at = at;
        if value == Written::Blank
            && indicator.kind == Kind::Count
            && let Some(parts) = parts_under(grid, layout, row, indicator, indicators)
        {
            match parts.sum {
                Some((sum, sum_at)) => {
                    value = sum;
                    at = sum_at;
                }
                None => {
                    let numbers: Vec<Decimal> = parts
                        .parts
                        .iter()
                        .filter_map(|(w, _)| match w {
                            Written::Number(n) => Some(*n),
                            _ => None,
                        })
                        .collect();
                    if let Some(invalid) = parts.parts.iter().find(|(w, _)| matches!(w, Written::Invalid(_))) {
                        value = invalid.0.clone();
                    } else if !numbers.is_empty() {
                        let sum = numbers.iter().fold(Decimal::ZERO, |a, b| a.saturating_add(*b));
                        value = Written::Number(sum);
                        diagnostics.push(Diagnostic::new(
                            Finding::AppendixPartsSummed {
                                indicator: indicator.id.clone(),
                                name: indicator.name.clone(),
                                sum: raw_number(sum),
                                parts: parts.parts.iter().map(|(_, label)| label.clone()).collect(),
                            },
                            locate(&at),
                        ));
                    }
                }
            }
        }
        // `Đạt 94,8%` in the note column, the value column left empty or holding the
        // fraction the rate was worked out from (`866/1.277`).
        if indicator.kind == Kind::Percent
            // Left empty: every value cell blank (not "Chưa thống kê").
            && ((value == Written::Blank && !raw.chars().any(char::is_alphanumeric))
                || (value == Written::Invalid(ValueProblem::TwoNumbers) && is_fraction(&raw)))
            && let Some(v) = layout.note.and_then(at_col).and_then(|note| note_percent(&note.text))
        {
            value = Written::Number(v);
        }
        // Tables of successive periods (`Biểu 1: 2015 - 2020`, `Biểu 2: 2021 - 2025`) are
        // one table cut by period: the row's figure is theirs together, as period columns'.
        if periods.parts.contains(&row.grid) {
            let values = periods
                .parts
                .iter()
                .map(|&g| {
                    if g == row.grid {
                        return value.clone();
                    }
                    let other = rows
                        .iter()
                        .enumerate()
                        .find(|&(o, other)| other.grid == g && !assigned.contains(&Some(o)) && alike(row, other));
                    match (other, layouts[g].as_ref()) {
                        (Some((_, other)), Some(layout)) => {
                            row_value(&tables[g].rows[other.row], layout, indicator.kind).0
                        }
                        _ => Written::Blank,
                    }
                })
                .collect();
            value = combine(values, indicator.kind);
            if !tables_summed_said {
                tables_summed_said = true;
                let first = &tables[periods.parts[0]];
                let at = first
                    .rows
                    .first()
                    .and_then(|r| r.first())
                    .map_or_else(anchor, |c| locate(&c.at));
                let finding = Finding::AppendixPeriodsSummed {
                    columns: periods.captions.clone(),
                    tables: true,
                };
                diagnostics.push(Diagnostic::new(finding, at));
            }
        }
        // A figure that counts though written otherwise than the Vietnamese way (`1,250`
        // in a count, `67.8`, `30*`): each cell so read is said, with how.
        if matches!(value, Written::Number(_)) {
            for cell in values
                .columns()
                .into_iter()
                .filter_map(at_col)
                .filter(|x| x.number.is_none())
            {
                if let (Written::Number(figure), Some(how)) = read_value(&cell.text, indicator.kind) {
                    let finding = Finding::AppendixValueReadAs {
                        indicator: indicator.id.clone(),
                        name: indicator.name.clone(),
                        value: cell.text.clone(),
                        read: raw_number(figure),
                        how,
                        cell: cell_name(&cell.at),
                    };
                    diagnostics.push(Diagnostic::new(finding, locate(&cell.at)));
                }
            }
        }
        let (reading, blank) = match value {
            Written::Blank => (Reading::Missing, true),
            Written::NotApplicable => (Reading::NotApplicable, false),
            Written::Number(value) => (
                Reading::Value {
                    value,
                    over_limit: false,
                },
                false,
            ),
            Written::Invalid(problem) => {
                diagnostics.push(Diagnostic::new(
                    Finding::AppendixValueInvalid {
                        indicator: indicator.id.clone(),
                        name: indicator.name.clone(),
                        value: raw.clone(),
                        problem,
                        cell: cell_name(&at),
                    },
                    locate(&at),
                ));
                (Reading::Invalid(raw), false)
            }
        };
        found.push(Some(Found { reading, at, blank }));
    }
    let nothing = found
        .iter()
        .all(|f| f.as_ref().is_none_or(|f| f.reading == Reading::Missing));
    if nothing {
        diagnostics.clear();
        diagnostics.push(Diagnostic::new(
            Finding::AppendixEmpty {
                table: true,
                pictures: false,
            },
            anchor(),
        ));
        return Appendix {
            readings,
            diagnostics,
            tables: tables.len(),
            read,
            ..Appendix::default()
        };
    }
    let unassigned: Vec<&RowRef> = rows
        .iter()
        .enumerate()
        .filter(|(r, _)| !assigned.contains(&Some(*r)))
        .map(|(_, row)| row)
        .collect();
    // A row named as the counted one, with another figure (an old sheet kept beside the
    // new, a corrected row under the first): the unit must say which.
    for (i, indicator) in indicators.iter().enumerate() {
        let (
            Some(r),
            Some(Found {
                reading: Reading::Value { value, .. },
                ..
            }),
        ) = (assigned[i], &found[i])
        else {
            continue;
        };
        let row = &rows[r];
        // A row of another period's table was added, not left aside.
        let summed = |other: &&&RowRef| periods.parts.contains(&row.grid) && periods.parts.contains(&other.grid);
        for other in unassigned.iter().filter(|o| alike(row, o) && !summed(o)) {
            let Some(layout) = layouts[other.grid].as_ref() else {
                continue;
            };
            let cells = &tables[other.grid].rows[other.row];
            let (written, col) = row_value(cells, layout, indicator.kind);
            if let Written::Number(v) = written
                && v != *value
            {
                let at = cells.get(col).map(|c| c.at.clone());
                diagnostics.push(Diagnostic::new(
                    Finding::AppendixValueTwice {
                        indicator: indicator.id.clone(),
                        name: indicator.name.clone(),
                        counted: raw_number(*value),
                        other: raw_number(v),
                        cell: at.as_ref().map(cell_name).unwrap_or_default(),
                    },
                    at.as_ref().map_or_else(anchor, locate),
                ));
            }
        }
    }
    for (i, indicator) in indicators.iter().enumerate() {
        match &found[i] {
            Some(f) => readings[i] = f.reading.clone(),
            None => {
                let closest = closest(indicator, &unassigned);
                diagnostics.push(Diagnostic::new(
                    Finding::AppendixValueMissing {
                        indicator: indicator.id.clone(),
                        name: indicator.name.clone(),
                        cell: String::new(),
                        closest,
                    },
                    anchor(),
                ));
            }
        }
        if let Some(f) = found[i].as_ref().filter(|f| f.blank) {
            diagnostics.push(Diagnostic::new(
                Finding::AppendixValueMissing {
                    indicator: indicator.id.clone(),
                    name: indicator.name.clone(),
                    cell: cell_name(&f.at),
                    closest: None,
                },
                locate(&f.at),
            ));
        }
    }
    for (i, indicator) in indicators.iter().enumerate() {
        let Reading::Value { value, .. } = readings[i] else {
            continue;
        };
        let limit = indicator.at_most.and_then(|j| readings[j].value().map(|v| (j, v)));
        if let Some((j, other_value)) = limit
            && value > other_value
        {
            let at = found[i].as_ref().map_or_else(anchor, |f| locate(&f.at));
            diagnostics.push(Diagnostic::new(
                Finding::AppendixConstraint {
                    indicator: indicator.id.clone(),
                    name: indicator.name.clone(),
                    value: raw_number(value),
                    other: indicators[j].name.clone(),
                    other_value: raw_number(other_value),
                },
                at,
            ));
            readings[i] = Reading::Value {
                value,
                over_limit: true,
            };
        }
    }
    Appendix {
        readings,
        diagnostics,
        tables: tables.len(),
        read,
        ..Appendix::default()
    }
}

/// A note saying the figure is still to come: "Chưa thống kê", "Đang tổng hợp" ([`NOT_YET`]).
fn not_yet(note: &str) -> bool {
    let words = bare_words(note);
    NOT_YET.iter().any(|p| has_phrase(&words, p))
}

/// The rate a note gives as a value as written (`Đạt 67,8%`, `67,8 %`), if it gives one.
fn note_percent(note: &str) -> Option<Decimal> {
    // The note is the rate and nothing else (`Đạt 67,8%`, `67,8 %`): a remark that holds a
    // percent (`15% hồ sơ nộp trực tiếp`) is not the indicator's.
    let text = note.trim().trim_end_matches('.');
    let figure = ["Đạt", "đạt", "ĐẠT"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .unwrap_or(text)
        .trim();
    let number = figure.strip_suffix('%')?.trim_end();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.')) {
        return None;
    }
    match written(figure, Kind::Percent) {
        Written::Number(v) => Some(v),
        _ => None,
    }
}

/// Whether a value cell is a fraction `a/b` of two counts (`866/1.277`, `866 hồ sơ/1.277
/// hồ sơ`): what a rate is worked out from.
fn is_fraction(text: &str) -> bool {
    text.split_once('/').is_some_and(|(a, b)| {
        matches!(written(a, Kind::Count), Written::Number(_)) && matches!(written(b, Kind::Count), Written::Number(_))
    })
}

/// The table turned to one column per period, when it is written one row per period: a
/// `Giai đoạn` column holding `2015 - 2020`, `2021 - 2025` (no figures) beside one value
/// column, each indicator's label over as many rows as it has periods (a label cell
/// spanning them). `None` for any other table.
/// A table written with the indicators across (`Giai đoạn | Văn bản lãnh đạo | Hội nghị
/// quán triệt | …`, one row per period or per sub-unit, perhaps a total row), turned to
/// have them down as the appendix reads tables — when turned it gives two indicators more
/// than as written. Only a header naming three columns or more by no role of a column
/// (indicator names) is tried.
fn across(grid: &Grid, indicators: &[Indicator]) -> Option<Grid> {
    let top = header_start(grid)?;
    let unnamed = grid.rows[top]
        .iter()
        .filter(|c| matches!(role(&c.text), Role::Unknown | Role::Rate))
        .count();
    if unnamed < 3 {
        return None;
    }
    let found = |grid: &Grid| {
        layout(grid).map_or(0, |l| {
            align(&candidate_rows(grid, 0, &l, indicators), indicators)
                .iter()
                .flatten()
                .count()
        })
    };
    let turned = transposed(grid, top)?;
    (found(&turned) >= found(grid) + 2).then_some(turned)
}

/// `grid` turned about its header row `top`: the column naming the data rows (periods,
/// sub-units: words, not figures) becomes the header — a total row's name read as
/// `Tổng cộng`, a lone row's as `Số liệu` — and the header the label column. STT, unit and
/// note columns are left out.
fn transposed(grid: &Grid, top: usize) -> Option<Grid> {
    // A second header row naming the parts of merged cells is header too.
    let (merged, first_data) = match grid.rows.get(top + 1) {
        Some(below) if continues_header(&grid.rows[top], below) => {
            (Some(merged_header(&grid.rows[top], below)), top + 2)
        }
        _ => (None, top + 1),
    };
    let header = merged.as_ref().unwrap_or(&grid.rows[top]);
    let data: Vec<&Vec<Cell>> = grid.rows[first_data..]
        .iter()
        .filter(|r| r.iter().any(|c| !c.text.is_empty()) && !is_column_numbers(r))
        .collect();
    let roles: Vec<Role> = header.iter().map(|c| role(&c.text)).collect();
    // A lone row of figures needs no column to name it.
    let names = (0..header.len())
        .find(|&c| roles[c] != Role::Stt && data.iter().all(|r| r.get(c).is_none_or(|x| !is_figure(&x.text))));
    if data.is_empty() || (names.is_none() && data.len() > 1) {
        return None;
    }
    let at = header.first()?.at.clone();
    let cell = |text: &str, at: &Locator| Cell {
        text: text.to_owned(),
        number: None,
        shown: Shown::General,
        at: at.clone(),
    };
    let mut head = vec![cell("Nội dung", &at)];
    head.extend(data.iter().map(|r| {
        let name = names.and_then(|n| r.get(n));
        let text = name.map_or("", |c| c.text.as_str());
        let text = if data.len() == 1 {
            "Số liệu"
        } else if is_subtotal(text) {
            "Tổng cộng"
        } else {
            text
        };
        cell(text, name.map_or(&at, |c| &c.at))
    }));
    let mut rows = vec![head];
    let turned = |c: usize| Some(c) != names && !matches!(roles[c], Role::Stt | Role::Unit | Role::Note);
    for c in (0..header.len()).filter(|&c| turned(c)) {
        let mut row = vec![header[c].clone()];
        row.extend(
            data.iter()
                .map(|r| r.get(c).cloned().unwrap_or_else(|| cell("", &header[c].at))),
        );
        rows.push(row);
    }
    Some(Grid {
        rows,
        separator: true,
        start: grid.start,
        end: grid.end,
    })
}

fn by_period_columns(grid: &Grid) -> Option<Grid> {
    let layout = layout(grid).ok()?;
    let Values::One(value) = layout.values else {
        return None;
    };
    let label = layout.label?;
    let data = &grid.rows[layout.header_rows.min(grid.rows.len())..];
    let period = (0..grid.width()).find(|&c| {
        c != value
            && role(&layout.headers[c]) == Role::Period
            && data.iter().all(|r| r.get(c).is_none_or(|x| !is_figure(&x.text)))
            && data.iter().any(|r| r.get(c).is_some_and(|x| years(&x.text).is_some()))
    })?;
    // The periods, in the order first written.
    let mut periods: Vec<&Cell> = Vec::new();
    for cell in data.iter().filter_map(|r| r.get(period)).filter(|c| !c.text.is_empty()) {
        if !periods.iter().any(|p| p.text == cell.text) {
            periods.push(cell);
        }
    }
    if periods.len() < 2 {
        return None;
    }
    let blank = |at: &Locator| Cell {
        text: String::new(),
        number: None,
        shown: Shown::General,
        at: at.clone(),
    };
    // Each row's cells with the period and value columns left out, then one cell per
    // period: the value written on that period's row.
    let widen = |row: &[Cell], values: Vec<Cell>| -> Vec<Cell> {
        let kept = (0..grid.width())
            .filter(|&c| c != period && c != value)
            .filter_map(|c| row.get(c).cloned());
        kept.chain(values).collect()
    };
    let header_at = grid
        .rows
        .get(layout.header_rows.saturating_sub(1))
        .and_then(|r| r.first())?
        .at
        .clone();
    let mut header: Vec<Cell> = (0..grid.width())
        .filter(|&c| c != period && c != value)
        .map(|c| Cell {
            text: layout.headers[c].clone(),
            ..blank(&header_at)
        })
        .collect();
    header.extend(periods.iter().map(|p| Cell {
        text: p.text.clone(),
        ..(*p).clone()
    }));
    let mut rows: Vec<Vec<Cell>> = vec![header];
    let stt = layout.stt;
    let mut start = 0;
    while start < data.len() {
        let mut end = start + 1;
        // The same STT and label, or neither written (a label spanning rows typed once).
        let same = |r: &[Cell]| {
            (text_of(r, stt) == text_of(&data[start], stt)
                && text_of(r, Some(label)) == text_of(&data[start], Some(label)))
                || (text_of(r, stt).is_empty() && text_of(r, Some(label)).is_empty())
        };
        while end < data.len() && same(&data[end]) && !text_of(&data[start], Some(label)).is_empty() {
            end += 1;
        }
        let group = &data[start..end];
        let values = periods
            .iter()
            .map(|p| {
                group
                    .iter()
                    .find(|r| r.get(period).is_some_and(|c| c.text == p.text))
                    .and_then(|r| r.get(value).cloned())
                    .unwrap_or_else(|| blank(&group[0].first().map_or(p.at.clone(), |c| c.at.clone())))
            })
            .collect();
        rows.push(widen(&group[0], values));
        start = end;
    }
    Some(Grid {
        rows,
        separator: true,
        start: grid.start,
        end: grid.end,
    })
}

fn text_of(row: &[Cell], col: Option<usize>) -> &str {
    col.and_then(|c| row.get(c)).map_or("", |c| c.text.as_str())
}

/// The rows under an indicator's row that break its figure down.
struct Parts {
    /// Their sum as the unit wrote it (`Cộng`, `Tổng cộng` closing them), and where.
    sum: Option<(Written, Locator)>,
    /// Each part's figure and label.
    parts: Vec<(Written, String)>,
}

/// The parts written under `row`: rows numbered under its STT (`6.1`, `6.2`), or marked
/// as items (`-`, `+`, `•`, `a)`), up to the next row of its own and past a sub-total
/// closing them. `None` when no such row follows.
fn parts_under(
    grid: &Grid,
    layout: &Layout,
    row: &RowRef,
    indicator: &Indicator,
    indicators: &[Indicator],
) -> Option<Parts> {
    // "Chưa thống kê" beside the row: its figure is still to come, not its parts' sum.
    if not_yet(text_at(grid, row.row, layout.note)) {
        return None;
    }
    let stt = text_at(grid, row.row, layout.stt).trim().trim_end_matches(['.', ')']);
    let numbered = format!("{stt}.");
    let mut parts = Vec::new();
    let mut sum = None;
    for r in row.row + 1..grid.rows.len() {
        let cells = &grid.rows[r];
        let number = text_at(grid, r, layout.stt).trim();
        let label = text_at(grid, r, layout.label).trim();
        let (written, col) = row_value(cells, layout, Kind::Count);
        let item = label.starts_with(['-', '+', '•', '*', '–'])
            || matches!(number, "-" | "+" | "•")
            || (!stt.is_empty() && number.starts_with(&numbered))
            || is_letter_stt(number)
            || (number.is_empty() && is_letter_item(label.split(' ').next().unwrap_or("")));
        let bulleted = label.starts_with(['-', '+', '•', '*', '–']);
        if number.is_empty() && !parts.is_empty() && !bulleted && is_sum_label(label) {
            if matches!(written, Written::Number(_)) {
                sum = cells.get(col).map(|c| (written, c.at.clone()));
            }
            break;
        }
        if !item || label.is_empty() {
            break;
        }
        // A part is the indicator's own: a row that names another indicator (`6.2 Đã giải
        // quyết` under `6 Đơn thư`) is that one's, and a subset (`Trong đó`, `Riêng`) is
        // no part of a sum.
        let words = label_words(label);
        let names_other = indicators.iter().any(|other| {
            other.id != indicator.id
                && other
                    .match_keywords
                    .iter()
                    .any(|k| !k.is_empty() && words.windows(k.len()).any(|w| w == k.as_slice()))
        });
        let subset = has_phrase(&words, "trong do") || words.first().is_some_and(|w| w == "rieng");
        if names_other || subset {
            return None;
        }
        let label = label.trim_start_matches(['-', '+', '•', '*', '–', ' ']).to_owned();
        parts.push((written, label));
    }
    (!parts.is_empty()).then_some(Parts { sum, parts })
}

/// A header saying `Cộng` of the periods (`Cộng`, `Cộng 10 năm`, `Cộng cả giai đoạn`,
/// `Cộng (2015 - 2025)`): their sum. Told with its diacritics and the word after it:
/// `Công tác chỉ đạo` and `CỘNG HÒA XÃ HỘI …` (a title row read as a header) are none.
fn says_sum(header: &str) -> bool {
    let lower = header.trim().trim_matches(['*', '_']).trim().to_lowercase();
    let mut words = lower.split_whitespace();
    if words.next() != Some("cộng") {
        return false;
    }
    words.next().is_none_or(|next| {
        next.starts_with(|c: char| c.is_ascii_digit() || c == '(')
            || matches!(next, "cả" | "chung" | "giai" | "các" | "lũy" | "dồn" | "toàn")
    })
}

/// A row closing parts with their sum, as written (`Cộng`, `Tổng cộng`, `Tổng số`):
/// `Công dân gửi` is no `Cộng`.
fn is_sum_label(label: &str) -> bool {
    let lower = label.trim().trim_end_matches([':', '.']).to_lowercase();
    matches!(lower.as_str(), "cộng" | "tổng cộng" | "tổng số" | "tổng" | "cộng chung") || lower.starts_with("cộng ")
}

/// `a)`, `b.`: an item lettered under a numbered row.
fn is_letter_item(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some(')' | '.'), None) if c.is_lowercase())
}

/// An item's letter in an STT column: `a)`, `a.`, or the letter alone (`a`, `đ`), as
/// statistical forms letter sub-rows in a narrow column.
fn is_letter_stt(stt: &str) -> bool {
    let mut chars = stt.chars();
    is_letter_item(stt) || matches!((chars.next(), chars.next()), (Some(c), None) if c.is_lowercase())
}

/// Whether a `-` in the total column of a row of this kind says only that it is not
/// added up: a rate is not a sum (`15,2 … 87,4 | -`), its figure is the latest period's.
fn rate_not_totalled(kind: Kind) -> bool {
    kind == Kind::Percent
}

/// A row's figure by its table's value columns (the total, else the periods' sum), and
/// the column it was read from; without the findings the indicator's own row gives.
fn row_value(cells: &[Cell], layout: &Layout, kind: Kind) -> (Written, usize) {
    match &layout.values {
        Values::One(c) | Values::Latest { latest: c, .. } => (cell_value(cells.get(*c), kind), *c),
        Values::Total { total, periods } => {
            let by_periods = || {
                (
                    periods_value(cells, periods, kind).unwrap_or(Written::Blank),
                    periods.first().copied().unwrap_or(*total),
                )
            };
            match cell_value(cells.get(*total), kind) {
                Written::Blank => by_periods(),
                Written::NotApplicable if rate_not_totalled(kind) => match by_periods() {
                    latest @ (Written::Number(_), _) => latest,
                    _ => (Written::NotApplicable, *total),
                },
                written => (written, *total),
            }
        }
        Values::Periods(periods) => (
            periods_value(cells, periods, kind).unwrap_or(Written::Blank),
            periods[0],
        ),
    }
}

/// The periods' sum (counts) or the latest period given (percents); `None` when there
/// are no period columns.
fn periods_value(cells: &[Cell], periods: &[usize], kind: Kind) -> Option<Written> {
    if periods.is_empty() {
        return None;
    }
    Some(combine(
        periods.iter().map(|&p| cell_value(cells.get(p), kind)).collect(),
        kind,
    ))
}

/// The figures of successive periods as one: their sum (counts) or the latest given
/// (percents).
fn combine(values: Vec<Written>, kind: Kind) -> Written {
    if let Some(invalid) = values.iter().find(|v| matches!(v, Written::Invalid(_))) {
        return invalid.clone();
    }
    let numbers: Vec<Decimal> = values
        .iter()
        .filter_map(|v| match v {
            Written::Number(n) => Some(*n),
            _ => None,
        })
        .collect();
    match (numbers.is_empty(), kind) {
        // `x` in one period and nothing in the other: the indicator does not apply.
        (true, _) if values.contains(&Written::NotApplicable) => Written::NotApplicable,
        (true, _) => Written::Blank,
        // A count with one period left empty: half a figure is not the figure.
        (false, Kind::Count) if values.contains(&Written::Blank) => Written::Invalid(ValueProblem::PeriodBlank),
        (false, Kind::Count) => Written::Number(numbers.iter().fold(Decimal::ZERO, |a, b| a.saturating_add(*b))),
        (false, Kind::Percent) => Written::Number(numbers[numbers.len() - 1]),
    }
}

/// Two rows naming the same thing: the indicator's name word for word, or the same words.
fn alike(row: &RowRef, other: &RowRef) -> bool {
    (row.exact.is_some() && other.exact == row.exact) || (!row.words.is_empty() && other.words == row.words)
}

/// Tables that are periods of one appendix (`Biểu 1: Giai đoạn 2015 - 2020`, `Biểu 2:
/// Năm 2025`), by the years their captions or title rows give.
struct TablePeriods {
    /// A table whose period lies inside another's (`Năm 2025` beside `2015 - 2025`): a
    /// part shown, as `Trong đó` is; its rows are not read.
    inner: Vec<bool>,
    /// Tables of successive periods, none inside another, in period order, naming the same
    /// rows: one table cut by period. Empty unless two at least.
    parts: Vec<usize>,
    /// The parts' captions, for the note that says they were added.
    captions: Vec<String>,
}

impl TablePeriods {
    fn of(tables: &[&Grid], captions: &[&str], layouts: &[Option<Layout>], rows: &[RowRef]) -> Self {
        let spans: Vec<Option<(u16, u16)>> = tables
            .iter()
            .enumerate()
            .map(|(g, grid)| {
                let layout = layouts[g].as_ref()?;
                let titles = grid.rows[..layout.header_rows.min(grid.rows.len())]
                    .iter()
                    .take(header_start(grid).unwrap_or(0))
                    .flat_map(|r| r.first())
                    .map(|c| c.text.as_str());
                let caption = captions.get(g).copied().unwrap_or("");
                // A target's table (`Chỉ tiêu phấn đấu giai đoạn 2026 - 2030`) is no period
                // of the results, as a target's column is none; a part shown (`Biểu 2: Kết
                // quả riêng năm 2025`) is one. The years first: most captions name none.
                std::iter::once(caption)
                    .chain(titles)
                    .find_map(|t| caption_years(t).filter(|_| !names_targets(t)))
            })
            .collect();
        // Tables naming the same rows: a year in a caption that says something else
        // (`Tiếp công dân theo Chỉ thị 35 năm 2019`) makes no table a period of another.
        let alike_to = |g: usize, h: usize| {
            let own: Vec<&RowRef> = rows.iter().filter(|r| r.grid == g).collect();
            let shared = own
                .iter()
                .filter(|r| rows.iter().any(|o| o.grid == h && alike(r, o)))
                .count();
            !own.is_empty() && shared >= own.len().min(2)
        };
        let inside = |(a, b): (u16, u16), (c, d): (u16, u16)| c <= a && b <= d && (a, b) != (c, d);
        let inner: Vec<bool> = spans
            .iter()
            .enumerate()
            .map(|(g, span)| {
                span.is_some_and(|s| {
                    spans
                        .iter()
                        .enumerate()
                        .any(|(h, other)| h != g && other.is_some_and(|o| inside(s, o)) && alike_to(g, h))
                })
            })
            .collect();
        let mut parts: Vec<usize> = (0..tables.len()).filter(|&g| spans[g].is_some() && !inner[g]).collect();
        parts.sort_by_key(|&g| spans[g]);
        // Successive: each starts after the one before ends, or in its last year (terms,
        // `Nhiệm kỳ 2015 - 2020` then `2020 - 2025`); each names the rows of another.
        let successive = parts.windows(2).all(|w| match (spans[w[0]], spans[w[1]]) {
            (Some((from, end)), Some((start, to))) => end <= start && from < start && end < to,
            _ => false,
        });
        let named_alike = parts.iter().all(|&g| parts.iter().any(|&h| h != g && alike_to(g, h)));
        if parts.len() < 2 || !successive || !named_alike {
            parts.clear();
        }
        let captions = parts
            .iter()
            .map(|&g| match captions.get(g).copied().filter(|c| !c.is_empty()) {
                Some(caption) => caption.to_owned(),
                None => spans[g].map_or_else(String::new, |(a, b)| format!("{a} - {b}")),
            })
            .collect();
        TablePeriods { inner, parts, captions }
    }
}

/// The row label nearest an indicator that no indicator took, if it is near at all.
fn closest(indicator: &Indicator, rows: &[&RowRef]) -> Option<String> {
    let name = bare_words(&indicator.name).join(" ");
    rows.iter()
        .filter(|r| !r.label.is_empty())
        .map(|r| (strsim::jaro_winkler(&name, &r.words.join(" ")), &r.label))
        .filter(|(s, _)| *s >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, l)| l.clone())
}

fn raw_number(value: Decimal) -> String {
    crate::text::number::format_decimal(value, value.scale())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::markdown::blocks;

    fn run(table: &str) -> Appendix {
        let text = format!("# Phụ lục\n\n{table}");
        let outline = Outline::builtin();
        let index = LineIndex::new(&text);
        let blocks = blocks(&text, 0);
        let structure = crate::report::structure::analyze(&blocks, &text, &index, &outline);
        read(&blocks, &text, 0, &index, &structure, &outline)
    }

    fn values(table: &str) -> Vec<Option<Decimal>> {
        run(table).readings.iter().map(Reading::value).collect()
    }

    #[test]
    fn years_apart_are_points_in_time_and_years_in_a_row_the_periods_parts() {
        let headers = |h: &[&str]| -> Vec<String> { h.iter().map(|s| (*s).to_owned()).collect() };
        let apart = headers(&["Năm 2015", "Năm 2025"]);
        assert_eq!(years_apart(&[0, 1], &apart), Some(1));
        // Written latest first, the latest is still the one read.
        let backwards = headers(&["2025", "2020", "2015"]);
        assert_eq!(years_apart(&[0, 1, 2], &backwards), Some(0));
        let in_a_row = headers(&["2021", "2022", "2023", "2024", "2025"]);
        assert_eq!(years_apart(&[0, 1, 2, 3, 4], &in_a_row), None);
        let one_left_out = headers(&["2021", "2022", "2024", "2025"]);
        assert_eq!(years_apart(&[0, 1, 2, 3], &one_left_out), None);
        let terms = headers(&["Nhiệm kỳ 2010 - 2015", "Nhiệm kỳ 2020 - 2025"]);
        assert_eq!(years_apart(&[0, 1], &terms), None);
    }

    #[test]
    fn a_title_merged_across_a_word_table_is_over_its_header_not_it() {
        // Word's merged title row comes through as the pipe table's first row, its text in
        // every cell; the header is the row under it.
        let title = "BIỂU SỐ LIỆU TỔNG KẾT 10 NĂM";
        let table = format!(
            "| {title} | {title} | {title} | {title} |\n|---|---|---|---|\n| TT | Nội dung | ĐVT | Số liệu |\n\
             | 1 | Số văn bản lãnh đạo, chỉ đạo | Văn bản | 18 |\n| 2 | Số hội nghị quán triệt | Hội nghị | 14 |\n"
        );
        let read = values(&table);
        assert_eq!(read[0], Some(Decimal::from(18)), "{read:?}");
        assert_eq!(read[1], Some(Decimal::from(14)), "{read:?}");
    }

    #[test]
    fn a_row_of_another_figure_at_an_indicators_stt_is_not_that_indicator() {
        // An office's table: its incoming documents first, then the documents it issued.
        let table = "| STT | Nội dung | ĐVT | Số liệu |\n|---|---|---|---|\n\
                     | 1 | Văn bản đến được tiếp nhận, xử lý | Văn bản | 4.812 |\n\
                     | 2 | Văn bản lãnh đạo, chỉ đạo được ban hành | Văn bản | 20 |\n\
                     | 3 | Hội nghị quán triệt, sơ kết, tổng kết | Hội nghị | 12 |\n";
        let read = values(table);
        assert_eq!(read[0], Some(Decimal::from(20)), "{read:?}");
        // Nor, counting documents, the petitions received its `tiếp nhận` says.
        assert_eq!(read[5], None, "{read:?}");
    }

    #[test]
    fn a_table_flattened_into_lines_of_one_space_counts() {
        // Copied out of a chat: the cells' tabs became single spaces.
        let lines = "STT Nội dung ĐVT Số liệu\n\
                     1 Văn bản lãnh đạo, chỉ đạo được ban hành Văn bản 29\n\
                     5 Lượt tiếp công dân Lượt 1.129\n\
                     8 Mô hình “Dân vận khéo” được công nhận Mô hình x\n\
                     9 Tỷ lệ hồ sơ TTHC giải quyết trực tuyến % 90,8\n";
        let read = run(lines);
        let values: Vec<Option<Decimal>> = read.readings.iter().map(Reading::value).collect();
        assert_eq!(values[0], Some(Decimal::from(29)), "{values:?}");
        assert_eq!(values[4], Some(Decimal::from(1129)), "{values:?}");
        assert_eq!(read.readings[7], Reading::NotApplicable);
        assert_eq!(values[8], Some(Decimal::new(908, 1)), "{values:?}");
    }

    #[test]
    fn figures_as_dash_lines_count_though_a_label_says_a_headers_word() {
        // A commune's one-page report: `label: figure unit` lines under its figures' part,
        // no table. `sơ kết, tổng kết` says `tổng` (a total's header word), and `14 hội
        // nghị` beside it is a row's figure, so that line is no header.
        let list = "- Văn bản lãnh đạo, chỉ đạo được ban hành: 22 văn bản;\n\
                    - Hội nghị quán triệt, sơ kết, tổng kết: 14 hội nghị;\n\
                    - Lượt tiếp công dân: 1.164 lượt;\n\
                    - Tỷ lệ hồ sơ TTHC giải quyết trực tuyến: 86,1%.\n";
        let read = values(list);
        assert_eq!(read[0], Some(Decimal::from(22)), "{read:?}");
        assert_eq!(read[1], Some(Decimal::from(14)), "{read:?}");
        assert_eq!(read[4], Some(Decimal::from(1164)), "{read:?}");
        assert_eq!(read[8], Some(Decimal::new(861, 1)), "{read:?}");
        assert!(
            codes(list).iter().all(|c| *c == "appendix-value-missing"),
            "{:?}",
            codes(list)
        );
    }

    fn codes(table: &str) -> Vec<&'static str> {
        run(table).diagnostics.iter().map(|d| d.finding.code().id()).collect()
    }

    #[test]
    fn one_year_beside_the_whole_is_no_part_to_add_up() {
        let table = "| STT | Chỉ tiêu | Tổng số | Năm 2025 |\n|---|---|---|---|\n| 1 | Số văn bản lãnh đạo | 48 | 6 |\n| 2 | Số hội nghị quán triệt | | 5 |\n";
        assert_eq!(values(table)[..2], [Some(Decimal::from(48)), None]);
        assert!(!codes(table).contains(&"appendix-total-mismatch"), "{:?}", codes(table));
    }

    #[test]
    fn parts_under_a_matter_row_are_named_by_it() {
        let d = |v: i64| Some(Decimal::from(v));
        for (first, second) in [("6.1", "6.2"), ("", "")] {
            let (a, b) = if first.is_empty() {
                ("- Tiếp nhận", "- Đã giải quyết")
            } else {
                ("Tiếp nhận", "Đã giải quyết")
            };
            let table = format!(
                "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 5 | Số lượt tiếp công dân | 1.215 |\n\
                 | 6 | Đơn thư khiếu nại, tố cáo | |\n| {first} | {a} | 356 |\n| {second} | {b} | 341 |\n\
                 | 7 | Số mô hình Dân vận khéo | 12 |\n"
            );
            let got = values(&table);
            assert_eq!(got[4..8], [d(1215), d(356), d(341), d(12)], "{table}");
        }
        // A row that names its figure whole takes its parts' sum.
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 6 | Số đơn thư khiếu nại, tố cáo đã tiếp nhận | |\n\
                     | 6.1 | Khiếu nại | 100 |\n| 6.2 | Tố cáo | 50 |\n";
        assert_eq!(values(table)[5], d(150));
    }

    #[test]
    fn lettered_rows_under_a_row_break_it_down() {
        let d = |v: i64| Some(Decimal::from(v));
        // Under a row with its own figure, its parts are no rows of their own, however
        // many of the indicator's keywords they hold; a part naming another indicator is.
        let table = "| TT | Nội dung | ĐVT | Số liệu |\n|---|---|---|---|\n\
                     | 1 | Văn bản lãnh đạo, chỉ đạo được ban hành | Văn bản | 34 |\n\
                     | a | Nghị quyết, chỉ thị của Đảng ủy | Văn bản | 6 |\n\
                     | b | Kế hoạch, hướng dẫn | Văn bản | 28 |\n\
                     | 6 | Số đơn thư tiếp nhận | Đơn | 356 |\n\
                     | a | Đã giải quyết | Đơn | 341 |\n";
        let read = values(table);
        assert_eq!((read[0], read[5], read[6]), (d(34), d(356), d(341)), "{read:?}");
        // Under a row left empty, parts lettered in the STT column without a bracket are
        // its parts, closed by their `Cộng`.
        let table = "| TT | Nội dung | ĐVT | Số liệu |\n|---|---|---|---|\n\
                     | 3 | Lượt cán bộ, chiến sĩ được tập huấn, bồi dưỡng | | |\n\
                     | a | Do Công an tỉnh tổ chức | Lượt | 1.150 |\n\
                     | b | Do Công an cấp xã tổ chức | Lượt | 3.620 |\n\
                     | | Cộng | Lượt | 4.770 |\n";
        assert_eq!(values(table)[2], d(4770));
    }

    #[test]
    fn a_table_with_the_indicators_across_is_read_turned() {
        let d = |v: i64, scale: u32| Some(Decimal::new(v, scale));
        // One row per period and a total row.
        let periods = "| Giai đoạn | Văn bản lãnh đạo, chỉ đạo | Hội nghị quán triệt | Lượt CBCCVC tập huấn | Cuộc đối thoại | Lượt tiếp công dân | Đơn thư tiếp nhận | Đơn thư đã giải quyết | Mô hình Dân vận khéo | Tỷ lệ TTHC trực tuyến (%) |\n\
                       |---|---|---|---|---|---|---|---|---|---|\n\
                       | 2015 - 2020 | 20 | 10 | 1.000 | 10 | 600 | 156 | 150 | 4 | 20,5 |\n\
                       | 2021 - 2025 | 28 | 26 | 1.071 | 14 | 615 | 200 | 191 | 8 | 67,8 |\n\
                       | Tổng | 48 | 36 | 2.071 | 24 | 1.215 | 356 | 341 | 12 | 67,8 |\n";
        let want = [
            d(48, 0),
            d(36, 0),
            d(2071, 0),
            d(24, 0),
            d(1215, 0),
            d(356, 0),
            d(341, 0),
            d(12, 0),
            d(678, 1),
        ];
        assert_eq!(values(periods), want);
        assert!(codes(periods).is_empty(), "{:?}", codes(periods));
        // One row per sub-unit and `Cộng`; the STT column left out.
        let units = "| TT | Đơn vị | Số lượt tiếp công dân | Số đơn thư tiếp nhận | Số đơn thư đã giải quyết |\n\
                     |---|---|---|---|---|\n\
                     | 1 | Xã Nam Anh | 300 | 100 | 95 |\n| 2 | Xã Nam Xuân | 915 | 256 | 246 |\n| | Cộng | 1.215 | 356 | 341 |\n";
        let got = values(units);
        assert_eq!(got[4..7], [d(1215, 0), d(356, 0), d(341, 0)]);
        // A single row under the indicators.
        let lone = "| Số văn bản lãnh đạo | Số hội nghị quán triệt | Số lượt cán bộ tập huấn |\n|---|---|---|\n| 48 | 36 | 2.071 |\n";
        assert_eq!(values(lone)[..3], [d(48, 0), d(36, 0), d(2071, 0)]);
        // A table with the indicators down is never turned.
        let down =
            "| STT | Chỉ tiêu | Xã A | Xã B | Xã C |\n|---|---|---|---|---|\n| 1 | Số văn bản lãnh đạo | 1 | 2 | 3 |\n";
        assert!(values(down).iter().all(Option::is_none));
    }

    #[test]
    fn a_column_headed_cong_is_the_periods_sum() {
        // `Cộng 10 năm` beside two periods is the total, taken as written: the periods are
        // not added (a `-` among them would make the sum no number).
        let table = "| STT | Chỉ tiêu | Giai đoạn 2015 - 2020 | Giai đoạn 2021 - 2025 | Cộng 10 năm |\n\
                     |---|---|---|---|---|\n\
                     | 1 | Số văn bản lãnh đạo | 20 | 21 | 41 |\n\
                     | 4 | Số cuộc đối thoại của người đứng đầu với Nhân dân | - | 11 | 11 |\n";
        let got = values(table);
        assert_eq!((got[0], got[3]), (Some(Decimal::from(41)), Some(Decimal::from(11))));
        // Only the rows the table leaves out are said.
        assert!(
            codes(table).iter().all(|&c| c == "appendix-value-missing"),
            "{:?}",
            codes(table)
        );
        assert_eq!(role("Cộng"), Role::Total);
        assert_eq!(role("Cộng cả giai đoạn"), Role::Total);
        assert_ne!(role("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Role::Total);
        // `Công` (public, work) folds as `Cộng` does; it is no sum.
        assert_ne!(role("Công tác chỉ đạo"), Role::Total);
    }

    #[test]
    fn a_result_over_its_target_is_the_result_where_the_header_says_so() {
        assert!(result_over_target("Thực hiện/Chỉ tiêu"));
        assert!(result_over_target("Kết quả / Kế hoạch"));
        assert!(!result_over_target("Thực hiện"));
        assert!(!result_over_target("Chỉ tiêu/Thực hiện"));
        assert!(!result_over_target("Thực hiện/Kế hoạch (%)"));
        assert_eq!(result_of_ratio("19/18 (đạt 105,6%)"), Some("19"));
        assert_eq!(result_of_ratio("1.200 / 1.100"), Some("1.200"));
        assert_eq!(result_of_ratio("79,6"), None);
        assert_eq!(result_of_ratio("Quý I/2025"), None);
    }

    #[test]
    fn sub_units_summed_as_toan_xa_or_ca_xa_are_the_whole() {
        for total in ["Toàn xã", "Toàn Đảng bộ (xã)", "Cả xã"] {
            let table = format!(
                "| TT | Đơn vị | Văn bản lãnh đạo, chỉ đạo | Cuộc đối thoại | Lượt tiếp công dân |\n|---|---|---|---|---|\n\
                 | 1 | Đảng ủy xã (cơ quan) | 13 | 12 | 350 |\n\
                 | 2 | Chi bộ xóm 1 | 6 | 12 | 300 |\n\
                 |  | {total} | 19 | 24 | 650 |\n"
            );
            let got = values(&table);
            assert_eq!(
                (got[0], got[4]),
                (Some(Decimal::from(19)), Some(Decimal::from(650))),
                "{total}"
            );
        }
    }

    #[test]
    fn who_did_it_when_or_how_is_words_beside_the_figure() {
        for header in [
            "Thời gian thực hiện",
            "Đơn vị thực hiện",
            "Cơ quan thực hiện",
            "Người thực hiện",
            "Hình thức",
        ] {
            assert_eq!(role(header), Role::Unknown, "{header}");
        }
        assert_eq!(role("Thực hiện"), Role::Value);
        assert_eq!(role("Đơn vị tính"), Role::Unit);
        assert_eq!(role("Thời gian 2015 - 2025"), Role::Period);
        let table = "| STT | Nội dung | Thời gian thực hiện | Đơn vị thực hiện | Kết quả |\n|---|---|---|---|---|\n\
                     | 1 | Số văn bản lãnh đạo | 2016 - 2025 | Văn phòng Đảng ủy | 19 |\n\
                     | 4 | Số cuộc đối thoại của người đứng đầu với Nhân dân | 2016 - 2025 | Ủy ban nhân dân xã | 24 |\n";
        let got = values(table);
        assert_eq!((got[0], got[3]), (Some(Decimal::from(19)), Some(Decimal::from(24))));
        assert!(!codes(table).contains(&"appendix-value-invalid"), "{:?}", codes(table));
    }

    #[test]
    fn a_dash_in_a_rates_total_cell_leaves_it_the_latest_period() {
        // Rates are not added: `-` in their total column says so, and the latest year's
        // rate is the figure, not "not applicable".
        let table = "| STT | Chỉ tiêu | 2015 | 2024 | 2025 | Tổng cộng |\n|---|---|---|---|---|---|\n\
                     | 1 | Số văn bản lãnh đạo | 2 | 3 | 4 | 9 |\n\
                     | 9 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến (%) | - | 79,3 | 87,4 | - |\n";
        let got = values(table);
        assert_eq!(got[0], Some(Decimal::from(9)));
        assert_eq!(got[8], Some(Decimal::new(874, 1)));
        assert!(!codes(table).contains(&"appendix-not-applicable"), "{:?}", codes(table));
    }

    #[test]
    fn under_a_merged_header_the_part_names_the_column() {
        let role_of = |parts: &[&str]| column_role(parts, &parts.join(" "));
        assert_eq!(role_of(&["Kết quả 10 năm", "Kế hoạch"]), Role::Aside);
        assert_eq!(role_of(&["Kết quả 10 năm", "Thực hiện"]), Role::Value);
        assert_eq!(role_of(&["Kết quả 10 năm", "Tỷ lệ (%)"]), Role::Rate);
        assert_eq!(role_of(&["Số liệu", "Năm 2025"]), Role::Period);
        // A part that names nothing leaves the whole header to say it.
        assert_eq!(role_of(&["Số liệu", "(4)"]), Role::Value);
        // Under a cell that sets its parts aside, every part is aside; so is a target.
        assert_eq!(role_of(&["Trong đó", "Số lượng"]), Role::Aside);
        assert_eq!(role_of(&["Chỉ tiêu", "Số lượng"]), Role::Aside);
        // Over the result, the parts say which is which.
        assert_eq!(role_of(&["Chỉ tiêu", "Thực hiện"]), Role::Value);
        assert_eq!(role_of(&["Kết quả thực hiện các chỉ tiêu", "Thực hiện"]), Role::Value);
        assert_eq!(role_of(&["Kết quả thực hiện các chỉ tiêu", "Kế hoạch"]), Role::Aside);
        assert_eq!(role_of(&["Nội dung", "Chỉ tiêu"]), Role::Label);
        assert_eq!(role_of(&["Kết quả", "Số lượng"]), Role::Value);
        // Under a year, the year names the column, a rate aside.
        assert_eq!(role_of(&["Năm 2025", "Số lượng"]), Role::Period);
        assert_eq!(role_of(&["Năm 2025", "Tỷ lệ (%)"]), Role::Rate);
        assert_eq!(role_of(&["Năm 2025", "Kế hoạch"]), Role::Aside);
        // One cell: its whole text, which opens by naming the figure.
        assert_eq!(role_of(&["Kết quả thực hiện Kế hoạch 86-KH/TU"]), Role::Value);
        assert_eq!(role_of(&[]), Role::Unknown);
    }

    #[test]
    fn a_merged_header_cell_names_the_parts_under_it() {
        // A turned table (years down) whose header has a second row naming the parts of
        // merged cells, the way pandoc writes a Word table: the second row is header, and
        // `Công tác chỉ đạo` is over both `Văn bản` and `Hội nghị`.
        let table = "| Năm | Công tác chỉ đạo | | Tập huấn cán bộ (lượt) | Ý kiến, kiến nghị của thanh niên | |\n\
                     |---|---|---|---|---|---|\n\
                     | | Văn bản | Hội nghị | | Tiếp nhận | Đã giải quyết |\n\
                     | 2015 | 1 | 1 | - | 8 | 8 |\n\
                     | 2016 | 3 | 2 | 180 | 26 | 25 |\n\
                     | Cộng | 4 | 3 | 180 | 34 | 33 |\n";
        let got = values(table);
        assert_eq!(
            got[..3],
            [Some(Decimal::from(4)), Some(Decimal::from(3)), Some(Decimal::from(180))]
        );
        assert_eq!(got[5..7], [Some(Decimal::from(34)), Some(Decimal::from(33))]);
    }

    #[test]
    fn a_percent_sign_belongs_to_percents_only() {
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số văn bản | 12% |\n| 9 | Tỷ lệ | 67,8% |\n";
        let got = values(table);
        assert_eq!(got[0], None, "a count written with % is invalid");
        assert_eq!(got[8], Some(Decimal::new(678, 1)));
        assert_eq!(
            written("12%", Kind::Count),
            Written::Invalid(ValueProblem::PercentOnCount)
        );
    }

    #[test]
    fn a_cell_saying_the_duty_is_not_the_units_is_not_applicable() {
        for cell in [
            "Không có nhiệm vụ",
            "Không thuộc chức năng, nhiệm vụ",
            "không có nhiệm vụ tiếp công dân",
        ] {
            assert_eq!(written(cell, Kind::Count), Written::NotApplicable, "{cell}");
        }
        assert_ne!(
            written("Không có nhiệm vụ, tiếp 5 lượt", Kind::Count),
            Written::NotApplicable
        );
    }

    #[test]
    fn shortened_names_are_told_apart_by_their_number() {
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 3 | Số lượt | 2.071 |\n| 5 | Số lượt | 1.215 |\n\
                     | 6 | Số đơn thư | 356 |\n| 7 | Số đơn thư | 341 |\n";
        let got = values(table);
        assert_eq!(got[2], Some(Decimal::from(2071)));
        assert_eq!(got[4], Some(Decimal::from(1215)));
        assert_eq!(got[5], Some(Decimal::from(356)));
        assert_eq!(got[6], Some(Decimal::from(341)));
    }

    #[test]
    fn a_full_name_wins_over_a_wrong_number() {
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Số lượt tiếp công dân | 1.215 |\n";
        let got = values(table);
        assert_eq!(got[4], Some(Decimal::from(1215)));
        assert_eq!(got[0], None);
    }

    /// How a figure that counts was read, where the unit wrote it otherwise than the
    /// Vietnamese way.
    fn read_as(raw: &str, kind: Kind) -> Option<ReadAs> {
        match read_value(raw, kind) {
            (Written::Number(_), how) => how,
            _ => None,
        }
    }

    #[test]
    fn values_as_units_write_them() {
        let n = |s: &str, k| written(s, k);
        assert_eq!(n("1.250 lượt", Kind::Count), Written::Number(Decimal::from(1250)));
        assert_eq!(n("15 văn bản", Kind::Count), Written::Number(Decimal::from(15)));
        assert_eq!(n("92,4 %", Kind::Percent), Written::Number(Decimal::new(924, 1)));
        assert_eq!(n("Đạt 94,8%", Kind::Percent), Written::Number(Decimal::new(948, 1)));
        assert_eq!(n("1 250", Kind::Count), Written::Number(Decimal::from(1250)));
        for na in ["x", "X", "-", "—", "Không", "Không áp dụng", "K/A"] {
            assert_eq!(n(na, Kind::Count), Written::NotApplicable, "{na}");
        }
        assert_eq!(
            n("khoảng 640", Kind::Count),
            Written::Invalid(ValueProblem::Approximate)
        );
        // Written the English way, or with a footnote mark: the one figure it can mean,
        // said how it was read.
        assert_eq!(n("4,350", Kind::Count), Written::Number(Decimal::from(4350)));
        assert_eq!(read_as("4,350", Kind::Count), Some(ReadAs::CommaGrouping));
        assert_eq!(n("30*", Kind::Count), Written::Number(Decimal::from(30)));
        assert_eq!(read_as("30*", Kind::Count), Some(ReadAs::Footnote));
        // A comma in a rate, or one that groups nothing, is the decimal mark still.
        assert_eq!(n("4,350", Kind::Percent), Written::Number(Decimal::new(435, 2)));
        assert_eq!(read_as("4,350", Kind::Percent), None);
        assert_eq!(n("1,5", Kind::Count), Written::Invalid(ValueProblem::NotWhole));
        assert_eq!(read_as("1.250", Kind::Count), None);
        assert_eq!(n("866/964", Kind::Count), Written::Invalid(ValueProblem::TwoNumbers));
        assert_eq!(
            n("866 lượt/964 lượt người", Kind::Count),
            Written::Invalid(ValueProblem::TwoNumbers)
        );
        assert_eq!(n("67.8", Kind::Percent), Written::Number(Decimal::new(678, 1)));
        assert_eq!(read_as("67.8%", Kind::Percent), Some(ReadAs::DotDecimal));
        // A decimal in a count is no count, however its mark; three digits after a dot
        // group thousands, and a rate of thousands is none.
        assert_eq!(n("12.5", Kind::Count), Written::Invalid(ValueProblem::NotWhole));
        assert_eq!(n("92.400", Kind::Percent), Written::Invalid(ValueProblem::PercentRange));
        assert_eq!(n("", Kind::Count), Written::Blank);
        // A scan's text: letters taken for digits inside a figure, said.
        assert_eq!(n("1.O38", Kind::Count), Written::Number(Decimal::from(1038)));
        assert_eq!(read_as("1.O38", Kind::Count), Some(ReadAs::LettersForDigits));
        assert_eq!(n("2l9 đơn", Kind::Count), Written::Number(Decimal::from(219)));
        assert_eq!(n("9O,5%", Kind::Percent), Written::Number(Decimal::new(905, 1)));
        for not in ["I", "lO", "Ol", "x", "Không", "10 lượt"] {
            assert_ne!(read_as(not, Kind::Count), Some(ReadAs::LettersForDigits), "{not}");
        }
    }

    /// A parenthesis of words (a unit) or a breakdown (`trong đó …`, `gồm …`) after the
    /// figure leaves the figure; a second figure in brackets is refused as such, not as a
    /// footnote mark; a footnote mark is read past, and said.
    #[test]
    fn a_unit_or_a_breakdown_in_brackets_leaves_the_figure() {
        let n = |s: &str, k| written(s, k);
        for (text, value) in [
            ("356 (đơn)", 356),
            ("356(đơn)", 356),
            ("1.215 (lượt)", 1215),
            ("36 (trong đó 6 hội nghị trực tuyến)", 36),
            ("36 (Trong đó: 6 hội nghị trực tuyến)", 36),
            ("36 hội nghị (trong đó 6 hội nghị trực tuyến)", 36),
            ("2.071 (gồm 1.500 cán bộ, 571 công chức)", 2071),
            ("2.071 (bao gồm 1.500 cán bộ)", 2071),
        ] {
            assert_eq!(n(text, Kind::Count), Written::Number(Decimal::from(value)), "{text}");
        }
        assert_eq!(
            n("67,8% (trong đó 12% qua dịch vụ công toàn trình)", Kind::Percent),
            Written::Number(Decimal::new(678, 1))
        );
        // A rate with the count and total it is worked out from, when they agree.
        assert_eq!(
            n("86,1% (2.583/3.000 hồ sơ)", Kind::Percent),
            Written::Number(Decimal::new(861, 1))
        );
        for text in [
            "86% (2.583/3.000)",
            "86,1% (2.583 / 3.000 hồ sơ)",
            "86,1% (2.583 hồ sơ/3.000 hồ sơ)",
            "86,1% (đạt 2.583/3.000 hồ sơ)",
            "86,1 (2.583/3.000)",
            "66,6% (2/3)",
            "66,7% (2/3)",
            "99,1% (6.342 trên 6.400 hồ sơ)",
            "99,1% (đạt 6.342 TRÊN 6.400)",
        ] {
            assert!(matches!(n(text, Kind::Percent), Written::Number(_)), "{text}");
        }
        assert_eq!(
            n("90,5% (2.583/3.000 hồ sơ)", Kind::Percent),
            Written::Invalid(ValueProblem::Bracketed {
                figure: Decimal::new(905, 1)
            })
        );
        assert_eq!(
            n("90,5% (2.583 trên 3.000 hồ sơ)", Kind::Percent),
            Written::Invalid(ValueProblem::Bracketed {
                figure: Decimal::new(905, 1)
            })
        );
        assert_eq!(
            n("86,1% (2.583/0)", Kind::Percent),
            Written::Invalid(ValueProblem::Bracketed {
                figure: Decimal::new(861, 1)
            })
        );
        assert_eq!(
            n("200 (tăng 20%)", Kind::Count),
            Written::Invalid(ValueProblem::Bracketed {
                figure: Decimal::from(200)
            })
        );
        assert_eq!(
            n("1.250 lượt (năm 2024: 1.100)", Kind::Count),
            Written::Invalid(ValueProblem::Bracketed {
                figure: Decimal::from(1250)
            })
        );
        // The figure before the brackets is itself checked first.
        assert_eq!(
            n("12,5 (tăng 2)", Kind::Count),
            Written::Invalid(ValueProblem::NotWhole)
        );
        assert_eq!(
            n("356 (ước tính)", Kind::Count),
            Written::Invalid(ValueProblem::Approximate)
        );
        for mark in [
            "48*",
            "48 *",
            "48(1)",
            "48 (1)",
            "48 (*)",
            "48¹",
            "48²",
            "48 đơn (1)",
            "48 đơn*",
            "48⁽¹⁾",
            "48¹²",
            "48 ¹",
        ] {
            assert_eq!(n(mark, Kind::Count), Written::Number(Decimal::from(48)), "{mark}");
            assert_eq!(read_as(mark, Kind::Count), Some(ReadAs::Footnote), "{mark}");
        }
        assert_eq!(n("(1) 48", Kind::Count), Written::Invalid(ValueProblem::NotANumber));
        // Raised whole, or from a group of digits on: the figure, no mark.
        for (raised, value) in [("⁶⁵⁰", 650), ("1.²⁰⁰", 1200), ("₁₂", 12)] {
            assert_eq!(
                n(raised, Kind::Count),
                Written::Number(Decimal::from(value)),
                "{raised}"
            );
            assert_eq!(read_as(raised, Kind::Count), None, "{raised}");
        }
        assert_eq!(n("⁻", Kind::Count), Written::NotApplicable);
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n\
                     | 2 | Số hội nghị quán triệt | 36<br>(trong đó 6 hội nghị trực tuyến) |\n\
                     | 6 | Số đơn thư tiếp nhận | 356 (đơn) |\n";
        let got = values(table);
        assert_eq!(got[1], Some(Decimal::from(36)));
        assert_eq!(got[5], Some(Decimal::from(356)));
    }

    /// "Không phát sinh", "Chưa có", "Không có": nothing to report, as `Không`; "Chưa thống
    /// kê", "Đang cập nhật": a figure due and not given, as an empty cell.
    #[test]
    fn nothing_to_report_and_a_figure_still_to_come() {
        let n = |s: &str| written(s, Kind::Count);
        for na in [
            "Không phát sinh",
            "KHÔNG PHÁT SINH",
            "khong phat sinh",
            "Không phát sinh.",
            "Chưa phát sinh",
            "Chưa có",
            "chưa có.",
            "Không có",
            "KHÔNG CÓ",
            "Không",
            "Không áp dụng",
            "K/A",
            "Không thực hiện",
        ] {
            assert_eq!(n(na), Written::NotApplicable, "{na}");
        }
        for due in [
            "Chưa thống kê",
            "Đang thống kê",
            "Chưa tổng hợp",
            "Đang cập nhật",
            "ĐANG CẬP NHẬT.",
            "chua thong ke",
            "Đang tổng hợp",
            "Chưa có số liệu",
        ] {
            assert_eq!(n(due), Written::Blank, "{due}");
        }
        // Only the whole cell: a phrase with more is not a mark.
        assert_eq!(
            n("Không phát sinh trong kỳ 12"),
            Written::Invalid(ValueProblem::NotANumber)
        );
        let table = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Văn bản | 12 |\n\
                     | 4 | Số cuộc đối thoại | Không phát sinh |\n| 5 | Số lượt tiếp công dân | Chưa thống kê |\n\
                     | 8 | Số mô hình Dân vận khéo | Chưa có |\n";
        let got = run(table);
        assert_eq!(got.readings[3], Reading::NotApplicable);
        assert_eq!(got.readings[4], Reading::Missing);
        assert_eq!(got.readings[7], Reading::NotApplicable);
        let missing: Vec<&str> = got
            .diagnostics
            .iter()
            .filter(|d| d.finding.code().id() == "appendix-value-missing")
            .filter_map(|d| d.finding.indicator())
            .collect();
        assert!(missing.contains(&"tiep-dan"), "{missing:?}");
        assert!(
            !got.diagnostics
                .iter()
                .any(|d| d.finding.code().id() == "appendix-value-invalid"),
            "no invalid value"
        );
    }

    /// `866/1.277` beside "Đạt 67,8%": the percent in the note is the rate; without one
    /// the fraction stays refused, and a count never takes a note's percent.
    #[test]
    fn a_fraction_for_a_percent_gives_way_to_the_percent_in_the_note() {
        let head = "| STT | Chỉ tiêu | Số liệu | Ghi chú |\n|---|---|---|---|\n| 1 | Văn bản | 12 | |\n";
        let with = format!("{head}| 9 | Hồ sơ TTHC giải quyết trực tuyến | 866/1.277 | Đạt 67,8% |\n");
        assert_eq!(values(&with)[8], Some(Decimal::new(678, 1)));
        assert!(!codes(&with).contains(&"appendix-value-invalid"), "{:?}", codes(&with));
        let units = format!("{head}| 9 | Tỷ lệ hồ sơ trực tuyến | 866 hồ sơ/1.277 hồ sơ | 67,8% |\n");
        assert_eq!(values(&units)[8], Some(Decimal::new(678, 1)));
        for note in ["", "Tổng số 1.277 hồ sơ"] {
            let without = format!("{head}| 9 | Hồ sơ TTHC giải quyết trực tuyến | 866/1.277 | {note} |\n");
            assert_eq!(
                run(&without).readings[8],
                Reading::Invalid("866/1.277".into()),
                "{note:?}"
            );
            assert!(codes(&without).contains(&"appendix-value-invalid"), "{note:?}");
        }
        let count = format!("{head}| 5 | Số lượt tiếp công dân | 866/964 | Đạt 89,8% |\n");
        assert_eq!(run(&count).readings[4], Reading::Invalid("866/964".into()));
    }

    #[test]
    fn a_captions_period_is_its_years_outside_dates() {
        assert_eq!(caption_years("Biểu 2: Kết quả năm 2025"), Some((2025, 2025)));
        assert_eq!(caption_years("**GIAI ĐOẠN 2015 - 2020**"), Some((2015, 2020)));
        assert_eq!(caption_years("Biểu 1. Giai đoạn 2021–2025:"), Some((2021, 2025)));
        assert_eq!(caption_years("(2015-2025)"), Some((2015, 2025)));
        // When a document was issued is no period.
        assert_eq!(caption_years("Kèm theo Báo cáo số 41-BC/SCT ngày 10/4/2026"), None);
        assert_eq!(caption_years("Kết luận 114-KL/TW ngày 14 tháng 7 năm 2015"), None);
        assert_eq!(caption_years("Biểu số liệu kèm theo"), None);
    }

    #[test]
    fn tables_of_periods_are_a_part_shown_or_added() {
        let nine = |figures: [&str; 9]| {
            let names = Outline::builtin().appendix.indicators;
            let rows: String = names
                .iter()
                .zip(figures)
                .enumerate()
                .map(|(i, (ind, f))| format!("| {} | {} | {f} |\n", i + 1, ind.name))
                .collect();
            format!("| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n{rows}")
        };
        let year = nine(["1", "1", "10", "1", "5", "2", "2", "1", "90"]);
        let early = nine(["4", "3", "40", "2", "20", "8", "8", "1", "40"]);
        let late = nine(["6", "5", "60", "3", "30", "12", "11", "2", "90"]);
        let values = |a: &Appendix| {
            a.readings
                .iter()
                .map(|r| r.value().map(|v| v.to_string()))
                .collect::<Vec<_>>()
        };
        let some = |v: [&str; 9]| v.iter().map(|s| Some((*s).to_owned())).collect::<Vec<_>>();
        // The year first, the whole after: the whole counts, and no row is given twice.
        let a = run(&format!("**Năm 2025**\n\n{year}\n**Giai đoạn 2015 - 2025**\n\n{late}"));
        assert_eq!(values(&a), some(["6", "5", "60", "3", "30", "12", "11", "2", "90"]));
        assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
        assert_eq!(a.read.len(), 1, "the year's table is the unit's text");
        // Successive periods add up; the rate is the latest.
        let a = run(&format!(
            "Giai đoạn 2015 - 2020:\n\n{early}\nGiai đoạn 2021 - 2025:\n\n{late}"
        ));
        assert_eq!(values(&a), some(["10", "8", "100", "5", "50", "20", "19", "3", "90"]));
        let codes: Vec<_> = a.diagnostics.iter().map(|d| d.finding.code().id()).collect();
        assert_eq!(codes, ["appendix-periods-summed"]);
        assert_eq!(a.read.len(), 2);
        // Captions without periods: the first row counts, the second is given twice.
        let a = run(&format!("Biểu 1\n\n{early}\nBiểu 2\n\n{late}"));
        assert_eq!(values(&a), some(["4", "3", "40", "2", "20", "8", "8", "1", "40"]));
        assert!(
            a.diagnostics
                .iter()
                .all(|d| d.finding.code().id() == "appendix-value-twice")
        );
        // The whole first, a part shown after it, captioned as such (`Biểu 2: Kết quả
        // riêng năm 2025`): the whole counts, nothing given twice. A table of targets after
        // the results is no period of them: its rows are given twice.
        let a = run(&format!(
            "Biểu 1: Kết quả thực hiện giai đoạn 2015 - 2025\n\n{late}\nBiểu 2: Kết quả riêng năm 2025\n\n{year}"
        ));
        assert_eq!(values(&a), some(["6", "5", "60", "3", "30", "12", "11", "2", "90"]));
        assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
        let a = run(&format!(
            "Biểu 1: Kết quả giai đoạn 2015 - 2025\n\n{late}\nBiểu 2: Chỉ tiêu phấn đấu năm 2025\n\n{year}"
        ));
        assert!(
            a.diagnostics
                .iter()
                .any(|d| d.finding.code().id() == "appendix-value-twice"),
            "{:?}",
            a.diagnostics
        );
        // A table of other rows captioned with a later year is no period of the figures.
        let models =
            "| STT | Tên mô hình | Năm công nhận |\n|---|---|---|\n| 1 | Mô hình dân vận khéo xóm Đông | 2024 |\n";
        let a = run(&format!(
            "Giai đoạn 2015 - 2020\n\n{early}\nDanh sách mô hình năm 2024\n\n{models}"
        ));
        assert_eq!(values(&a), some(["4", "3", "40", "2", "20", "8", "8", "1", "40"]));
        assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
    }

    #[test]
    fn period_columns_with_and_without_a_total() {
        let with_total = "| TT | Nội dung | ĐVT | 2015 - 2020 | 2021 - 2025 | Tổng cộng |\n|---|---|---|---|---|---|\n\
                          | 1 | Văn bản chỉ đạo được ban hành | văn bản | 20 | 25 | 45 |\n\
                          | 5 | Tiếp công dân | lượt | 1.000 | 1.200 | 2.300 |\n";
        let got = run(with_total);
        assert_eq!(got.readings[0].value(), Some(Decimal::from(45)));
        assert_eq!(got.readings[4].value(), Some(Decimal::from(2300)));
        let codes: Vec<&str> = got.diagnostics.iter().map(|d| d.finding.code().id()).collect();
        assert!(codes.contains(&"appendix-total-mismatch"), "{codes:?}");
        let no_total = "| TT | Nội dung | Giai đoạn 2015 - 2020 | Giai đoạn 2021 - 2025 |\n|---|---|---|---|\n\
                        | 1 | Văn bản | 20 | 25 |\n| 2 | Hội nghị | 3 | x |\n";
        let got = run(no_total);
        assert_eq!(got.readings[0].value(), Some(Decimal::from(45)));
        assert_eq!(got.readings[1].value(), Some(Decimal::from(3)));
        assert!(
            got.diagnostics
                .iter()
                .any(|d| d.finding.code().id() == "appendix-periods-summed")
        );
    }

    #[test]
    fn a_table_not_understood_is_one_error() {
        let no_value = "| STT | Nội dung | Ghi chú |\n|---|---|---|\n| 1 | Văn bản | 12 |\n| 2 | Hội nghị | 3 |\n";
        assert_eq!(codes(no_value), ["appendix-table-unclear"]);
        // Without a header, two columns of figures: which counts cannot be told.
        let no_header = "1 | Văn bản | 12 | 20\n2 | Hội nghị | 3 | 4\n";
        assert_eq!(codes(no_header), ["appendix-table-unclear"]);
        // One column of figures beside an STT and a label needs no header.
        let plain = "1 | Số văn bản lãnh đạo | 12\n2 | Số hội nghị quán triệt | 3\n";
        assert_eq!(values(plain)[..2], [Some(Decimal::from(12)), Some(Decimal::from(3))]);
        let all_blank = "| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n| 1 | Văn bản | |\n| 2 | Hội nghị | |\n";
        assert_eq!(codes(all_blank), ["appendix-empty"]);
        assert_eq!(codes("(Đang tổng hợp)\n"), ["appendix-empty"]);
    }

    #[test]
    fn any_table_text_reads_without_panicking() {
        let pieces = [
            "|",
            "||",
            "|---|",
            ":-:",
            "\t",
            "\n",
            " ",
            "<table>",
            "</table>",
            "<tr>",
            "</tr>",
            "<td colspan=\"3\">",
            "<th rowspan=9>",
            "</td>",
            "<br>",
            "**",
            "*",
            "\\|",
            "STT",
            "Số liệu",
            "Tổng cộng",
            "2015 - 2020",
            "Ghi chú",
            "Số lượt tiếp công dân",
            "1.250",
            "4,350",
            "x",
            "khoảng",
            "866/964",
            "Đ",
            "ế",
            "\u{0301}",
            "I",
            "Cộng",
            "%",
            "```",
            "…",
            "\u{00A0}",
        ];
        let mut state: u64 = 0x1234_5678_9ABC_DEF1;
        for _ in 0..800 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let _ = run(&text);
            let _ = crate::read::table::grids(&text, 0, text.len());
            let _ = written(&text, Kind::Count);
            let _ = written(&text, Kind::Percent);
        }
    }

    /// A workbook's number is read as its cell shows it: 100 % under a percent format is
    /// 1 stored, a rate under 1 % in a points cell (`0.0`, as `new --appendix xlsx` formats
    /// it) is itself; only a General cell's fraction is taken for a computed rate.
    #[test]
    fn a_workbook_number_reads_as_its_cell_shows_it() {
        let cell = |number: Decimal, shown: Shown| Cell {
            text: String::new(),
            number: Some(number),
            shown,
            at: Locator::Sheet("bieu.xlsx!Sheet1!C5".into()),
        };
        let percent = |c: Cell| cell_value(Some(&c), Kind::Percent);
        // The reader keeps a percent-formatted cell's number in points: 1 → 100.
        assert_eq!(
            percent(cell(Decimal::ONE_HUNDRED, Shown::Percent)),
            Written::Number(Decimal::ONE_HUNDRED)
        );
        assert_eq!(
            percent(cell(Decimal::new(5, 1), Shown::Plain)),
            Written::Number(Decimal::new(5, 1))
        );
        assert_eq!(
            percent(cell(Decimal::new(948, 3), Shown::General)),
            Written::Number(Decimal::new(948, 1))
        );
        assert_eq!(
            cell_value(Some(&cell(Decimal::from(1250), Shown::Percent)), Kind::Count),
            Written::Invalid(ValueProblem::PercentOnCount)
        );
    }

    #[test]
    fn group_rows_and_subtotals_are_skipped() {
        let table = "| STT | Nội dung | Số liệu |\n|---|---|---|\n| **I** | **Công tác lãnh đạo** | |\n\
                     | 1 | Văn bản | 12 |\n| 2 | Hội nghị quán triệt | 4 |\n| **II** | **Tiếp dân, đơn thư** | |\n\
                     | 3 | Số lượt tiếp công dân | 1.215 |\n| 4 | Số đơn thư tiếp nhận | 356 |\n| 5 | Số đơn thư đã giải quyết | 341 |\n\
                     | | Cộng | 1.928 |\n";
        let got = values(table);
        assert_eq!(got[0], Some(Decimal::from(12)));
        assert_eq!(got[1], Some(Decimal::from(4)));
        assert_eq!(got[4], Some(Decimal::from(1215)));
        assert_eq!(got[5], Some(Decimal::from(356)));
        assert_eq!(got[6], Some(Decimal::from(341)));
    }
}

#[cfg(test)]
mod timing {
    #[test]
    #[ignore = "a measurement, run by hand"]
    fn appendix_reading_against_the_whole_analysis() {
        let text = std::fs::read_to_string("submissions/so-nganh/snv.md").expect("fixture");
        let outline = crate::campaign::outline::Outline::builtin();
        let started = std::time::Instant::now();
        for _ in 0..300 {
            std::hint::black_box(crate::report::analyze(text.as_bytes(), &outline, false));
        }
        let whole = started.elapsed();
        let index = crate::diagnostic::LineIndex::new(&text);
        let blocks = crate::read::markdown::blocks(&text, 0);
        let structure = crate::report::structure::analyze(&blocks, &text, &index, &outline);
        let started = std::time::Instant::now();
        for _ in 0..300 {
            std::hint::black_box(super::read(&blocks, &text, 0, &index, &structure, &outline));
        }
        eprintln!("whole {whole:?}, appendix {:?}", started.elapsed());
        let placed = structure
            .find(outline.appendix.section.expect("section"))
            .expect("placed");
        let t = std::time::Instant::now();
        let mut g = Vec::new();
        for _ in 0..300 {
            g = crate::read::table::grids(&text, placed.content_bytes.start, placed.content_bytes.end);
        }
        eprintln!("grids {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let mut l = None;
        for _ in 0..300 {
            l = super::layout(&g[0]).ok();
        }
        eprintln!("layout {:?}", t.elapsed());
        let l = l.expect("layout");
        let t = std::time::Instant::now();
        let mut rows = Vec::new();
        for _ in 0..300 {
            rows = super::candidate_rows(&g[0], 0, &l, &outline.appendix.indicators);
        }
        eprintln!("rows {:?}", t.elapsed());
        let t = std::time::Instant::now();
        for _ in 0..300 {
            std::hint::black_box(super::align(&rows, &outline.appendix.indicators));
        }
        eprintln!("align {:?}", t.elapsed());
    }
}
