//! The statistics appendix of a generated report, in the shapes units really send (issue
//! 17): the value column found by its header's meaning (`Số liệu`, `Kết quả`, `Số lượng`,
//! `Tổng số`, `Tổng cộng`, `Cả giai đoạn`, period columns with or without a total),
//! `ĐVT` and `Ghi chú` beside it, columns in other orders; row labels in the unit's own
//! words, group rows (`**I**`, `A.`), a sub-total row, a note row spanning the table;
//! values as written (`1.250 lượt`, `92,4 %`, `x`, `K/A`, an empty cell); and the table
//! written as a pipe table with or without its `|---|` row, tab-separated rows, an HTML
//! table with merged header cells, two tables (Biểu 1, Biểu 2), under a plain `BIỂU SỐ
//! LIỆU` line instead of a heading, or as an Excel workbook beside the report.
//!
//! What each indicator's cell means is decided first ([`Meant`]: the figure an officer
//! reads, or why there is none); the cells, the findings and the readings follow from it
//! and from the shape, by the rules of the issue, never by asking the library.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format};

use super::{DON_GIAI_QUYET, DON_NHAN, Expect, INDICATORS, Reading, Writer, group};

/// Every variation this module writes, for the coverage check of a seed.
pub const TAGS: &[&str] = &[
    "appendix-header-so-lieu",
    "appendix-header-ket-qua",
    "appendix-header-so-luong",
    "appendix-header-tong-so",
    "appendix-header-tong-cong",
    "appendix-header-ca-giai-doan",
    "appendix-periods-and-total",
    "appendix-periods-only",
    "appendix-total-before-periods",
    "appendix-total-mismatch",
    "appendix-columns-reordered",
    "appendix-own-labels",
    "appendix-group-rows",
    "appendix-subtotal-row",
    "appendix-note-row",
    "appendix-pipe",
    "appendix-no-separator",
    "appendix-tabs",
    "appendix-html",
    "appendix-two-tables",
    "appendix-under-plain-line",
    "appendix-xlsx",
    "value-with-unit",
    "value-percent-space",
    "value-in-note",
    "value-empty-cell",
    "value-dash-chua-phat-sinh",
    "value-dash-chua-thong-ke",
    "period-dash",
    "na-x",
    "na-dash",
    "na-em-dash",
    "na-khong",
    "na-khong-ap-dung",
    "na-k/a",
    "xlsx-count-as-text",
    "xlsx-percent-100",
    "xlsx-percent-below-1",
];

// ---------------------------------------------------------------------------------------
// What units write.

/// Each indicator as units write it: the unit its figures are counted in (the `ĐVT`
/// column) and row labels in their own words, as published appendices word them.
const WORDING: [(&str, [&str; 3]); 9] = [
    (
        "văn bản",
        [
            "Văn bản lãnh đạo, chỉ đạo về công tác dân vận đã ban hành",
            "Số văn bản (nghị quyết, chỉ thị, kế hoạch) được ban hành",
            "Ban hành văn bản chỉ đạo",
        ],
    ),
    (
        "hội nghị",
        [
            "Hội nghị quán triệt, sơ kết, tổng kết",
            "Số hội nghị quán triệt, triển khai",
            "Tổ chức hội nghị sơ kết, tổng kết",
        ],
    ),
    (
        "lượt người",
        [
            "Lượt CBCCVC được tập huấn, bồi dưỡng",
            "Số lượt cán bộ được tập huấn",
            "Tập huấn, bồi dưỡng CBCCVC",
        ],
    ),
    (
        "cuộc",
        [
            "Cuộc đối thoại của người đứng đầu với Nhân dân",
            "Số cuộc đối thoại với Nhân dân",
            "Người đứng đầu đối thoại với Nhân dân",
        ],
    ),
    (
        "lượt",
        [
            "Tiếp công dân",
            "Số lượt tiếp dân",
            "Lượt tiếp công dân định kỳ, đột xuất",
        ],
    ),
    (
        "đơn",
        [
            "Số đơn thư tiếp nhận",
            "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận",
            "Tổng số đơn thư đã tiếp nhận",
        ],
    ),
    (
        "đơn",
        [
            "Đơn thư đã được giải quyết",
            "Số đơn thư đã giải quyết xong",
            "Đơn thư đã xử lý, giải quyết",
        ],
    ),
    (
        "mô hình",
        [
            "Mô hình “Dân vận khéo” được công nhận",
            "Số mô hình, điển hình Dân vận khéo",
            "Mô hình dân vận khéo các cấp công nhận",
        ],
    ),
    (
        "%",
        [
            "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến",
            "Tỷ lệ hồ sơ giải quyết trực tuyến (%)",
            "Tỷ lệ dịch vụ công trực tuyến",
        ],
    ),
];

/// Group rows: the first indicator under each, its markers (Roman, letter) and title.
const GROUPS: [(usize, &str, &str, &str); 3] = [
    (0, "I", "A.", "Công tác lãnh đạo, chỉ đạo"),
    (4, "II", "B.", "Tiếp công dân, giải quyết đơn thư"),
    (7, "III", "C.", "Dân vận chính quyền, cải cách hành chính"),
];

/// The sub-total row closes the first group.
const SUBTOTAL_AFTER: usize = 3;

/// Marks for "not applicable", each with the tag that records it was written.
const NOT_APPLICABLE: [(&str, &str); 7] = [
    ("x", "na-x"),
    ("X", "na-x"),
    ("-", "na-dash"),
    ("—", "na-em-dash"),
    ("Không", "na-khong"),
    ("Không áp dụng", "na-khong-ap-dung"),
    ("K/A", "na-k/a"),
];

/// Values that are not a figure that can count, as units write them.
const INVALID_COUNTS: [&str; 9] = [
    "khoảng 70",
    "12,5",
    "-3",
    "1.5",
    "30 (ước tính)",
    "4,35",
    "866/964",
    "866 lượt/964 lượt người",
    "trên 1.000",
];
const INVALID_PERCENTS: [&str; 5] = ["101", "120%", "-1", "khoảng 70", "67.800"];

/// Remarks in the `Ghi chú` column that change nothing.
const REMARKS: [&str; 2] = ["Số liệu năm 2025", "Tính cả cấp cơ sở"];

const NOTE_ROWS: [&str; 2] = [
    "Ghi chú: Số liệu tính từ ngày 14/7/2015 đến ngày 31/3/2026.",
    "Nguồn: Văn phòng cấp ủy tổng hợp từ báo cáo của các chi bộ.",
];

// ---------------------------------------------------------------------------------------
// Columns.

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Stt,
    Label,
    /// `ĐVT`: the unit the figure is counted in.
    Unit,
    Note,
    /// The one value column.
    Value,
    /// A total: it counts, whether period columns are beside it or not.
    Total,
    /// A period (`Giai đoạn 2015 - 2020`): summed when there is no total.
    Period,
}

/// The column layouts of published appendices, each with the tag that records it.
struct Layout {
    tag: &'static str,
    columns: &'static [(Col, &'static str)],
}

const LAYOUTS: [Layout; 9] = [
    Layout {
        tag: "appendix-header-so-lieu",
        columns: &[
            (Col::Stt, "STT"),
            (Col::Label, "Nội dung"),
            (Col::Unit, "ĐVT"),
            (Col::Value, "Số liệu"),
            (Col::Note, "Ghi chú"),
        ],
    },
    Layout {
        tag: "appendix-header-ket-qua",
        columns: &[
            (Col::Stt, "TT"),
            (Col::Label, "Chỉ tiêu"),
            (Col::Value, "Kết quả"),
            (Col::Unit, "Đơn vị tính"),
        ],
    },
    Layout {
        tag: "appendix-header-so-luong",
        columns: &[(Col::Label, "Nội dung"), (Col::Unit, "ĐVT"), (Col::Value, "Số lượng")],
    },
    Layout {
        tag: "appendix-header-tong-so",
        columns: &[
            (Col::Stt, "STT"),
            (Col::Label, "Tên chỉ tiêu"),
            (Col::Unit, "ĐVT"),
            (Col::Total, "Tổng số"),
            (Col::Note, "Ghi chú"),
        ],
    },
    Layout {
        tag: "appendix-header-tong-cong",
        columns: &[(Col::Stt, "STT"), (Col::Label, "Nội dung"), (Col::Total, "Tổng cộng")],
    },
    Layout {
        tag: "appendix-header-ca-giai-doan",
        columns: &[
            (Col::Stt, "TT"),
            (Col::Label, "Nội dung"),
            (Col::Unit, "ĐVT"),
            (Col::Total, "Cả giai đoạn"),
            (Col::Note, "Ghi chú"),
        ],
    },
    Layout {
        tag: "appendix-periods-and-total",
        columns: &[
            (Col::Stt, "STT"),
            (Col::Label, "Nội dung"),
            (Col::Unit, "ĐVT"),
            (Col::Period, "Giai đoạn 2015 - 2020"),
            (Col::Period, "Giai đoạn 2021 - 2025"),
            (Col::Total, "Tổng cộng"),
        ],
    },
    Layout {
        tag: "appendix-periods-only",
        columns: &[
            (Col::Stt, "TT"),
            (Col::Label, "Chỉ tiêu"),
            (Col::Period, "2015 - 2020"),
            (Col::Period, "2021 - 2025"),
            (Col::Note, "Ghi chú"),
        ],
    },
    Layout {
        tag: "appendix-total-before-periods",
        columns: &[
            (Col::Stt, "STT"),
            (Col::Label, "Nội dung"),
            (Col::Total, "Tổng cộng"),
            (Col::Period, "Năm 2015 - 2020"),
            (Col::Period, "Năm 2021 - 2025"),
            (Col::Unit, "ĐVT"),
        ],
    },
];

/// The title over the value columns of a two-row header (merged cells).
const MERGED_TITLE: &str = "Kết quả thực hiện";

// ---------------------------------------------------------------------------------------
// Shapes.

/// How the table is written down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A Markdown pipe table with its `|---|` row.
    Pipe,
    /// A pipe table without the `|---|` row.
    Bare,
    /// Tab-separated rows pasted from Word or Excel.
    Tabs,
    /// A raw HTML `<table>`, header cells merged (`rowspan`, `colspan`) where there are
    /// period columns; a Word table with `vMerge`/`gridSpan` in the Word twin.
    Html,
    /// Two pipe tables, `Biểu 1` and `Biểu 2`.
    Split,
    /// An `.xlsx` beside the report, which says "có biểu số liệu kèm theo".
    Workbook,
}

/// Forms, each with its tag and weight.
const FORMS: [(Form, &str, usize); 6] = [
    (Form::Pipe, "appendix-pipe", 24),
    (Form::Bare, "appendix-no-separator", 12),
    (Form::Tabs, "appendix-tabs", 12),
    (Form::Html, "appendix-html", 14),
    (Form::Split, "appendix-two-tables", 14),
    (Form::Workbook, "appendix-xlsx", 24),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Groups {
    Roman,
    BoldRoman,
    Letter,
}

/// One appendix's shape, chosen before its heading is written (a table under a plain
/// line has no heading).
#[derive(Debug, Clone)]
pub(super) struct Shape {
    /// The layout's columns, in the order written.
    columns: Vec<(Col, &'static str)>,
    form: Form,
    plain_line: bool,
    own_words: bool,
    groups: Option<Groups>,
    subtotal: bool,
    note_row: bool,
}

/// What the appendix section holds.
pub(super) enum Plan {
    /// `(Đang tổng hợp)` instead of the table.
    Placeholder,
    /// Prose but no table.
    Prose,
    /// The template's table (`STT | Chỉ tiêu | Số liệu`), written by `write_template`.
    Template,
    Shaped(Shape),
}

impl Plan {
    /// The table stands under a plain `BIỂU SỐ LIỆU` line instead of a heading of its own.
    pub(super) fn under_plain_line(&self) -> bool {
        matches!(self, Plan::Shaped(shape) if shape.plain_line)
    }
}

/// Decides what the appendix section will hold.
pub(super) fn plan(w: &mut Writer<'_>) -> Plan {
    let variant = w.rng.below(100);
    if variant < 5 {
        w.tag("appendix-no-table");
    }
    match variant {
        0..=2 => Plan::Placeholder,
        3..=4 => Plan::Prose,
        5..=44 => Plan::Template,
        _ => Plan::Shaped(shape(w)),
    }
}

fn shape(w: &mut Writer<'_>) -> Shape {
    let layout = w.rng.pick(&LAYOUTS);
    w.tag(layout.tag);
    let mut columns = layout.columns.to_vec();
    if w.rng.chance(20) {
        w.rng.shuffle(&mut columns);
        if columns != layout.columns {
            w.tag("appendix-columns-reordered");
        }
    }
    let total: usize = FORMS.iter().map(|f| f.2).sum();
    let mut roll = w.rng.below(total);
    let (mut form, mut tag) = (Form::Pipe, "appendix-pipe");
    for (f, t, weight) in FORMS {
        if roll < weight {
            (form, tag) = (f, t);
            break;
        }
        roll -= weight;
    }
    if form == Form::Workbook && !w.allow_workbook {
        (form, tag) = (Form::Pipe, "appendix-pipe");
    }
    w.tag(tag);
    let plain_line = form != Form::Workbook && w.rng.chance(15);
    if plain_line {
        w.tag("appendix-under-plain-line");
    }
    let own_words = w.rng.chance(60);
    if own_words {
        w.tag("appendix-own-labels");
    }
    let groups = w.rng.chance(35).then(|| {
        w.tag("appendix-group-rows");
        match w.rng.below(3) {
            // Markdown emphasis has no place in HTML.
            0 if form != Form::Html => Groups::BoldRoman,
            0 | 1 => Groups::Roman,
            _ => Groups::Letter,
        }
    });
    let single_value = columns.iter().filter(|(c, _)| is_value(*c)).count() == 1;
    let subtotal = groups.is_some() && single_value && w.rng.chance(50);
    if subtotal {
        w.tag("appendix-subtotal-row");
    }
    // A row of one cell has no tab to tell it from a paragraph.
    let note_row = form != Form::Tabs && w.rng.chance(25);
    if note_row {
        w.tag("appendix-note-row");
    }
    Shape {
        columns,
        form,
        plain_line,
        own_words,
        groups,
        subtotal,
        note_row,
    }
}

fn is_value(col: Col) -> bool {
    matches!(col, Col::Value | Col::Total | Col::Period)
}

/// Writes the plain line the table stands under instead of a heading; returns its line.
/// In capitals, as units type it: the line then stands in for the appendix's heading
/// (`pseudo-heading`). In sentence case it would be prose, and the section missing: the
/// structure's finding, not the appendix's.
pub(super) fn plain_line(w: &mut Writer<'_>) -> u64 {
    let text = *w.rng.pick(&["BIỂU SỐ LIỆU KÈM THEO", "BIỂU SỐ LIỆU"]);
    let line = w.doc.push(text);
    w.doc.blank();
    line
}

// ---------------------------------------------------------------------------------------
// What each indicator's cell means.

#[derive(Debug, Clone, PartialEq, Eq)]
enum Meant {
    /// A figure: a count, or a percent in tenths.
    Figure(u64),
    /// Marked not applicable, maybe with a note that says nothing arose.
    NotApplicable {
        mark: &'static str,
        note: Option<&'static str>,
    },
    /// Left empty, or `-` beside a note that the figure is still to come.
    Empty {
        note: Option<&'static str>,
    },
    Invalid(&'static str),
    /// No row at all.
    NoRow,
}

impl Meant {
    fn reading(&self, percent: bool) -> Reading {
        match self {
            Meant::Figure(v) if percent => Reading::Percent(*v),
            Meant::Figure(v) => Reading::Count(*v),
            Meant::NotApplicable { .. } => Reading::NotApplicable,
            Meant::Empty { .. } | Meant::NoRow => Reading::Missing,
            Meant::Invalid(_) => Reading::Invalid,
        }
    }
}

/// A percent in a workbook: how the sheet stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stored {
    /// As typed in points (67,8) in a General cell.
    General,
    /// In points under a number format (`0.0`), as `new --appendix xlsx` formats the cell.
    Points,
    /// As a fraction (0,678) under a percent format (`0.0%`), as Excel computes a rate.
    Fraction,
}

fn meanings(w: &mut Writer<'_>, shape: &Shape) -> Vec<Meant> {
    let has_note = shape.columns.iter().any(|(c, _)| *c == Col::Note);
    let mut out = Vec::with_capacity(INDICATORS.len());
    for ind in &INDICATORS {
        let workbook = shape.form == Form::Workbook;
        let meant = match w.rng.below(100) {
            0..=2 => Meant::NoRow,
            3..=8 => gap(w, has_note),
            9..=11 => {
                let bad: &[&'static str] = if ind.percent {
                    &INVALID_PERCENTS
                } else {
                    &INVALID_COUNTS
                };
                Meant::Invalid(bad[w.rng.below(bad.len())])
            }
            // A workbook often holds the rates its storage makes hard to read: 100 %
            // (1 under a percent format) and a rate under 1 % (0,5 in a points cell).
            12..=41 if ind.percent && workbook => {
                w.tag("xlsx-percent-100");
                Meant::Figure(1000)
            }
            42..=61 if ind.percent && workbook => {
                w.tag("xlsx-percent-below-1");
                Meant::Figure(1 + w.rng.below(9) as u64)
            }
            _ if ind.percent => Meant::Figure(percent(w)),
            _ => Meant::Figure(count(w)),
        };
        out.push(meant);
    }
    // A table has a row at least (with none, it is not understood at all).
    if out.iter().all(|m| *m == Meant::NoRow) {
        out[0] = Meant::Figure(count(w));
    }
    // Letters resolved within those received, or (sometimes) more: a constraint error.
    if let (Meant::Figure(received), Meant::Figure(_)) = (&out[DON_NHAN], &out[DON_GIAI_QUYET]) {
        let received = *received;
        let solved = if w.rng.chance(10) {
            received + 1 + w.rng.below(50) as u64
        } else {
            received - received / 3
        };
        out[DON_GIAI_QUYET] = Meant::Figure(solved);
    }
    out
}

/// A cell with no figure: empty (the unit's to fill) or marked not applicable.
fn gap(w: &mut Writer<'_>, has_note: bool) -> Meant {
    match w.rng.below(100) {
        0..=29 => {
            w.tag("value-empty-cell");
            Meant::Empty { note: None }
        }
        30..=49 if has_note => {
            w.tag("value-dash-chua-phat-sinh");
            Meant::NotApplicable {
                mark: "-",
                note: Some("Chưa phát sinh"),
            }
        }
        50..=64 if has_note => {
            w.tag("value-dash-chua-thong-ke");
            Meant::Empty {
                note: Some("Chưa thống kê"),
            }
        }
        _ => {
            let (mark, tag) = *w.rng.pick(&NOT_APPLICABLE);
            w.tag(tag);
            Meant::NotApplicable { mark, note: None }
        }
    }
}

fn count(w: &mut Writer<'_>) -> u64 {
    match w.rng.below(4) {
        0 => w.rng.below(10) as u64,
        1 => w.rng.below(1000) as u64,
        2 => 1000 + w.rng.below(99_000) as u64,
        _ => 1_000_000 + w.rng.below(2_000_000) as u64,
    }
}

/// A percent in tenths.
fn percent(w: &mut Writer<'_>) -> u64 {
    w.rng.below(1001) as u64
}

// ---------------------------------------------------------------------------------------
// Cells and rows.

/// A cell as the unit filled it.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    /// Text as typed: a label, a mark, a figure in a report.
    Text(String),
    /// A count in a workbook.
    Count(u64),
    /// A percent (tenths) in a workbook.
    Percent(u64, Stored),
}

impl Cell {
    fn empty() -> Cell {
        Cell::Text(String::new())
    }

    fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(v) => group(*v),
            Cell::Percent(v, _) => points(*v),
        }
    }
}

/// `67,8`, `67` for a whole percent.
fn points(tenths: u64) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{},{}", tenths / 10, tenths % 10)
    }
}

/// A figure as the unit writes it: `1.250`, `1.250 lượt`, `67,8`, `67,8%`, `92,4 %`;
/// in a workbook, a number.
fn figure(w: &mut Writer<'_>, value: u64, i: usize, form: Form) -> Cell {
    let percent = INDICATORS[i].percent;
    let unit = WORDING[i].0;
    match (form, percent) {
        (Form::Workbook, false) if w.rng.chance(10) => {
            w.tag("xlsx-count-as-text");
            Cell::Text(format!("{} {unit}", group(value)))
        }
        (Form::Workbook, false) => Cell::Count(value),
        (Form::Workbook, true) => {
            let stored = if value == 1000 {
                Stored::Fraction
            } else if value < 10 {
                Stored::Points
            } else {
                *w.rng.pick(&[Stored::General, Stored::Points, Stored::Fraction])
            };
            Cell::Percent(value, stored)
        }
        (_, false) if w.rng.chance(30) => {
            w.tag("value-with-unit");
            Cell::Text(format!("{} {unit}", group(value)))
        }
        (_, false) => Cell::Text(group(value)),
        (_, true) => match w.rng.below(100) {
            0..=29 => Cell::Text(format!("{}%", points(value))),
            30..=49 => {
                w.tag("value-percent-space");
                Cell::Text(format!("{} %", points(value)))
            }
            _ => Cell::Text(points(value)),
        },
    }
}

/// A period's part of a figure, in the period columns: plain figures.
fn part(value: u64, percent: bool, form: Form) -> Cell {
    match (form, percent) {
        (Form::Workbook, false) => Cell::Count(value),
        (Form::Workbook, true) => Cell::Percent(value, Stored::Points),
        (_, false) => Cell::Text(group(value)),
        (_, true) => Cell::Text(points(value)),
    }
}

/// An indicator's value cells, one per value column of the layout (in `columns` order),
/// and its note; whether the total disagrees with its periods.
struct Values {
    cells: Vec<Cell>,
    note: String,
    mismatch: bool,
}

fn values(w: &mut Writer<'_>, shape: &Shape, i: usize, meant: &Meant) -> Values {
    let percent = INDICATORS[i].percent;
    let value_cols: Vec<Col> = shape.columns.iter().map(|c| c.0).filter(|c| is_value(*c)).collect();
    let periods = value_cols.iter().filter(|c| **c == Col::Period).count();
    let has_total = value_cols.iter().any(|c| matches!(c, Col::Total | Col::Value));
    let has_note = shape.columns.iter().any(|(c, _)| *c == Col::Note);
    let mut note = String::new();
    let mut mismatch = false;
    // (total or value cell, the period cells)
    let (single, parts): (Cell, Vec<Cell>) = match meant {
        Meant::Figure(v) if percent && has_note && w.rng.chance(25) => {
            // `Đạt 94,8%` in the note column, the value cells left empty.
            w.tag("value-in-note");
            note = format!("Đạt {}%", points(*v));
            (Cell::empty(), vec![Cell::empty(); periods])
        }
        Meant::Figure(v) => {
            let single = figure(w, *v, i, shape.form);
            let parts = match periods {
                0 => Vec::new(),
                // The latest period's rate is the unit's.
                _ if percent => {
                    let mut parts = vec![part(*v / 2, true, shape.form); periods];
                    parts[periods - 1] = part(*v, true, shape.form);
                    parts
                }
                _ => {
                    // Split over the periods; nothing in the first is sometimes a dash.
                    let dash = w.rng.chance(20);
                    let mut amounts = vec![0; periods];
                    amounts[0] = if dash { 0 } else { *v / 3 };
                    amounts[periods - 1] += *v - amounts[0];
                    if has_total && w.rng.chance(15) {
                        w.tag("appendix-total-mismatch");
                        amounts[periods - 1] += 1 + w.rng.below(9) as u64;
                        mismatch = true;
                    }
                    let mut parts: Vec<Cell> = amounts.iter().map(|a| part(*a, false, shape.form)).collect();
                    if dash {
                        w.tag("period-dash");
                        parts[0] = Cell::Text("-".into());
                    }
                    parts
                }
            };
            (single, parts)
        }
        Meant::NotApplicable { mark, note: why } => {
            note = why.unwrap_or_default().to_owned();
            let mark = Cell::Text((*mark).to_owned());
            if has_total {
                (mark, vec![Cell::empty(); periods])
            } else {
                (Cell::empty(), vec![mark; periods])
            }
        }
        Meant::Empty { note: why } => {
            note = why.unwrap_or_default().to_owned();
            let cell = Cell::Text(if why.is_some() { "-" } else { "" }.to_owned());
            if has_total {
                (cell, vec![Cell::empty(); periods])
            } else {
                (Cell::empty(), vec![cell; periods])
            }
        }
        Meant::Invalid(text) => {
            let text = Cell::Text((*text).to_owned());
            if has_total {
                (text, vec![Cell::empty(); periods])
            } else {
                let mut parts = vec![Cell::empty(); periods];
                parts[0] = text;
                (Cell::empty(), parts)
            }
        }
        Meant::NoRow => unreachable!("no row, no cells"),
    };
    if note.is_empty() && has_note && w.rng.chance(15) {
        note = (*w.rng.pick(&REMARKS)).to_owned();
    }
    let mut parts = parts.into_iter();
    let cells = value_cols
        .iter()
        .map(|c| match c {
            Col::Period => parts.next().unwrap_or_else(Cell::empty),
            _ => single.clone(),
        })
        .collect();
    Values { cells, note, mismatch }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Indicator(usize),
    Group,
    Subtotal,
    /// One cell spanning the table.
    Note,
}

struct Row {
    kind: RowKind,
    /// Cells in the order of `Shape::columns` (one for a note row).
    cells: Vec<Cell>,
    /// Which table of a split appendix (0 or 1).
    table: usize,
}

/// The rows of the table, and which indicators' totals disagree with their periods.
fn rows(w: &mut Writer<'_>, shape: &Shape, meant: &[Meant]) -> (Vec<Row>, Vec<bool>) {
    let table_of = |i: usize| usize::from(shape.form == Form::Split && i >= GROUPS[1].0);
    let mut rows = Vec::new();
    let mut mismatches = vec![false; INDICATORS.len()];
    let mut group_sum = 0;
    for (i, ind) in INDICATORS.iter().enumerate() {
        if let Some(style) = shape.groups
            && let Some(&(_, roman, letter, title)) = GROUPS.iter().find(|g| g.0 == i)
        {
            let has_stt = shape.columns.iter().any(|(c, _)| *c == Col::Stt);
            // (the STT cell, the label cell); with no STT column the marker opens the label.
            let (marker, label) = match (style, has_stt) {
                (Groups::Roman, true) => (roman.to_owned(), title.to_owned()),
                (Groups::BoldRoman, true) => (format!("**{roman}**"), format!("**{title}**")),
                (Groups::Letter, true) => (letter.to_owned(), title.to_owned()),
                (Groups::Roman, false) => (String::new(), format!("{roman}. {title}")),
                (Groups::BoldRoman, false) => (String::new(), format!("**{roman}. {title}**")),
                (Groups::Letter, false) => (String::new(), format!("{letter} {title}")),
            };
            let cells = shape
                .columns
                .iter()
                .map(|(c, _)| match c {
                    Col::Stt => Cell::Text(marker.clone()),
                    Col::Label => Cell::Text(label.clone()),
                    _ => Cell::empty(),
                })
                .collect();
            rows.push(Row {
                kind: RowKind::Group,
                cells,
                table: table_of(i),
            });
        }
        if meant[i] != Meant::NoRow {
            let stt = if w.rng.chance(10) {
                format!("{}.", ind.stt)
            } else {
                ind.stt.to_string()
            };
            let label = if shape.own_words {
                (*w.rng.pick(&WORDING[i].1)).to_owned()
            } else {
                ind.name.to_owned()
            };
            let Values { cells, note, mismatch } = values(w, shape, i, &meant[i]);
            mismatches[i] = mismatch;
            let mut cells = cells.into_iter();
            let row = shape
                .columns
                .iter()
                .map(|(c, _)| match c {
                    Col::Stt => Cell::Text(stt.clone()),
                    Col::Label => Cell::Text(label.clone()),
                    Col::Unit => Cell::Text(WORDING[i].0.to_owned()),
                    Col::Note => Cell::Text(note.clone()),
                    _ => cells.next().unwrap_or_else(Cell::empty),
                })
                .collect();
            rows.push(Row {
                kind: RowKind::Indicator(i),
                cells: row,
                table: table_of(i),
            });
            if i <= SUBTOTAL_AFTER
                && let Meant::Figure(v) = meant[i]
            {
                group_sum += v;
            }
        }
        if shape.subtotal && i == SUBTOTAL_AFTER {
            let cells = shape
                .columns
                .iter()
                .map(|(c, _)| match c {
                    Col::Label => Cell::Text("Cộng".into()),
                    c if is_value(*c) => part(group_sum, false, shape.form),
                    _ => Cell::empty(),
                })
                .collect();
            rows.push(Row {
                kind: RowKind::Subtotal,
                cells,
                table: table_of(i),
            });
        }
    }
    if shape.note_row {
        rows.push(Row {
            kind: RowKind::Note,
            cells: vec![Cell::Text((*w.rng.pick(&NOTE_ROWS)).to_owned())],
            table: table_of(INDICATORS.len() - 1),
        });
    }
    (rows, mismatches)
}

// ---------------------------------------------------------------------------------------
// Writing the table down. Each writer returns, per table, the line of its first row, and
// per row its line (the heading's line for a workbook: findings there are placed at it).

struct Lines {
    tables: Vec<u64>,
    rows: Vec<u64>,
}

/// The header as one row of names.
fn header(shape: &Shape) -> Vec<String> {
    shape.columns.iter().map(|(_, name)| (*name).to_owned()).collect()
}

/// The columns a merged title (`Kết quả thực hiện`) spans in a two-row header: the period
/// columns when they are side by side, else the value column and a `Ghi chú` beside it.
fn merged_span(shape: &Shape) -> Option<(usize, usize)> {
    let cols: Vec<Col> = shape.columns.iter().map(|c| c.0).collect();
    let periods: Vec<usize> = (0..cols.len()).filter(|&k| cols[k] == Col::Period).collect();
    if let (Some(&first), Some(&last)) = (periods.first(), periods.last()) {
        return (last == first + 1).then_some((first, last));
    }
    let value = cols.iter().position(|c| matches!(c, Col::Value | Col::Total))?;
    match (value.checked_sub(1).map(|k| cols[k]), cols.get(value + 1)) {
        (_, Some(Col::Note)) => Some((value, value + 1)),
        (Some(Col::Note), _) => Some((value - 1, value)),
        _ => None,
    }
}

fn cells_line(cells: &[String], sep: &str, pipes: bool) -> String {
    let inner = cells.join(sep);
    if pipes { format!("| {inner} |") } else { inner }
}

/// A row's cells as text, a note row's one cell followed by empty ones.
fn row_texts(row: &Row, width: usize) -> Vec<String> {
    let mut texts: Vec<String> = row.cells.iter().map(Cell::text).collect();
    texts.resize(width, String::new());
    texts
}

fn write_pipes(w: &mut Writer<'_>, shape: &Shape, rows: &[Row], separator: bool) -> Lines {
    let width = shape.columns.len();
    let mut lines = Lines {
        tables: Vec::new(),
        rows: Vec::new(),
    };
    let tables = if shape.form == Form::Split { 2 } else { 1 };
    for t in 0..tables {
        if shape.form == Form::Split {
            let caption = if t == 0 {
                "Biểu 1. Công tác lãnh đạo, chỉ đạo, tập huấn, đối thoại"
            } else {
                "Biểu 2. Tiếp công dân, giải quyết đơn thư, cải cách hành chính"
            };
            w.doc.push(caption);
            w.doc.blank();
        }
        lines.tables.push(w.doc.push(cells_line(&header(shape), " | ", true)));
        if separator {
            w.doc.push(format!("|{}", "---|".repeat(width)));
        }
        for row in rows.iter().filter(|r| r.table == t) {
            lines
                .rows
                .push(w.doc.push(cells_line(&row_texts(row, width), " | ", true)));
        }
        w.doc.blank();
    }
    lines
}

fn write_tabs(w: &mut Writer<'_>, shape: &Shape, rows: &[Row]) -> Lines {
    let width = shape.columns.len();
    let first = w.doc.push(cells_line(&header(shape), "\t", false));
    let rows = rows
        .iter()
        .map(|row| w.doc.push(cells_line(&row_texts(row, width), "\t", false)))
        .collect();
    w.doc.blank();
    Lines {
        tables: vec![first],
        rows,
    }
}

fn write_html(w: &mut Writer<'_>, shape: &Shape, rows: &[Row]) -> Lines {
    let width = shape.columns.len();
    w.doc.push("<table border=\"1\">");
    let span = merged_span(shape);
    let first = match span {
        Some((from, to)) => {
            let mut top = String::from("<tr>");
            let mut below = String::from("<tr>");
            for (k, (_, name)) in shape.columns.iter().enumerate() {
                if k == from {
                    top.push_str(&format!("<th colspan=\"{}\">{MERGED_TITLE}</th>", to - from + 1));
                }
                if (from..=to).contains(&k) {
                    below.push_str(&format!("<th>{name}</th>"));
                } else {
                    top.push_str(&format!("<th rowspan=\"2\">{name}</th>"));
                }
            }
            let first = w.doc.push(format!("{top}</tr>"));
            w.doc.push(format!("{below}</tr>"));
            first
        }
        None => {
            let cells: String = header(shape).iter().map(|h| format!("<th>{h}</th>")).collect();
            w.doc.push(format!("<tr>{cells}</tr>"))
        }
    };
    let rows = rows
        .iter()
        .map(|row| {
            let cells: String = if row.kind == RowKind::Note {
                format!("<td colspan=\"{width}\">{}</td>", row.cells[0].text())
            } else {
                row_texts(row, width).iter().map(|c| format!("<td>{c}</td>")).collect()
            };
            w.doc.push(format!("<tr>{cells}</tr>"))
        })
        .collect();
    w.doc.push("</table>");
    w.doc.blank();
    Lines {
        tables: vec![first],
        rows,
    }
}

/// The appendix as a workbook: title rows merged across the sheet, the header (two rows,
/// merged, where there are periods), the rows, a note row merged across.
fn workbook(shape: &Shape, rows: &[Row], sheet_name: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 4, 15).expect("a date");
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name).expect("sheet name");
    let plain = Format::new();
    let bold = Format::new().set_bold();
    let points_format = Format::new().set_num_format("0.0");
    let fraction_format = Format::new().set_num_format("0.0%");
    let whole_percent = Format::new().set_num_format("0%");
    let last = (shape.columns.len() - 1) as u16;
    sheet
        .merge_range(
            0,
            0,
            0,
            last,
            "BIỂU SỐ LIỆU TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
            &bold,
        )
        .expect("title");
    sheet
        .merge_range(1, 0, 1, last, "(Kèm theo báo cáo tổng kết của đơn vị)", &plain)
        .expect("subtitle");
    let mut r: u32 = 3;
    match merged_span(shape) {
        Some((from, to)) => {
            for (k, (_, name)) in shape.columns.iter().enumerate() {
                let c = k as u16;
                if (from..=to).contains(&k) {
                    sheet.write_string_with_format(r + 1, c, *name, &bold).expect("header");
                } else {
                    sheet.merge_range(r, c, r + 1, c, name, &bold).expect("header");
                }
            }
            sheet
                .merge_range(r, from as u16, r, to as u16, MERGED_TITLE, &bold)
                .expect("merged header");
            r += 2;
        }
        None => {
            for (k, (_, name)) in shape.columns.iter().enumerate() {
                sheet
                    .write_string_with_format(r, k as u16, *name, &bold)
                    .expect("header");
            }
            r += 1;
        }
    }
    for row in rows {
        if row.kind == RowKind::Note {
            sheet
                .merge_range(r, 0, r, last, &row.cells[0].text(), &plain)
                .expect("note");
            r += 1;
            continue;
        }
        for (k, cell) in row.cells.iter().enumerate() {
            let c = k as u16;
            match cell {
                Cell::Text(t) if t.is_empty() => {}
                // The STT, typed as a number.
                Cell::Text(t) if shape.columns[k].0 == Col::Stt => match t.parse::<u32>() {
                    Ok(n) => sheet.write_number(r, c, f64::from(n)).map(|_| ()).expect("stt"),
                    Err(_) => sheet.write_string(r, c, t.trim_matches('*')).map(|_| ()).expect("cell"),
                },
                Cell::Text(t) => sheet.write_string(r, c, t.trim_matches('*')).map(|_| ()).expect("cell"),
                Cell::Count(v) => sheet.write_number(r, c, *v as f64).map(|_| ()).expect("count"),
                Cell::Percent(v, stored) => {
                    let points = *v as f64 / 10.0;
                    match stored {
                        Stored::General => sheet.write_number(r, c, points),
                        Stored::Points => sheet.write_number_with_format(r, c, points, &points_format),
                        Stored::Fraction if *v == 1000 => sheet.write_number_with_format(r, c, 1.0, &whole_percent),
                        Stored::Fraction => sheet.write_number_with_format(r, c, *v as f64 / 1000.0, &fraction_format),
                    }
                    .map(|_| ())
                    .expect("percent")
                }
            }
        }
        r += 1;
    }
    book.save_to_buffer().expect("the workbook")
}

// ---------------------------------------------------------------------------------------
// The whole appendix.

/// A section holding a table (or standing for a workbook) is never "empty": its figures
/// are its content.
const FIGURES: usize = 20;

/// Writes the appendix in `shape` under the line `heading_line` (its heading, or the plain
/// line standing for it); records the readings in `w`; returns the section's words for
/// the empty-section rule and the findings.
pub(super) fn write(w: &mut Writer<'_>, heading_line: u64, shape: &Shape) -> (usize, Vec<Expect>) {
    let meant = meanings(w, shape);
    let (rows, mismatches) = rows(w, shape, &meant);
    let lines = match shape.form {
        Form::Pipe | Form::Split => write_pipes(w, shape, &rows, true),
        Form::Bare => write_pipes(w, shape, &rows, false),
        Form::Tabs => write_tabs(w, shape, &rows),
        Form::Html => write_html(w, shape, &rows),
        Form::Workbook => {
            w.doc.push("Có biểu số liệu kèm theo (tệp Excel gửi cùng báo cáo).");
            w.doc.blank();
            let sheet = *w.rng.pick(&["Biểu số liệu", "Sheet1"]);
            w.workbook = Some(workbook(shape, &rows, sheet));
            Lines {
                tables: vec![heading_line],
                rows: vec![heading_line; rows.len()],
            }
        }
    };
    w.readings = meant
        .iter()
        .zip(&INDICATORS)
        .map(|(m, ind)| m.reading(ind.percent))
        .collect();
    (
        FIGURES,
        findings(shape, &meant, &rows, &lines, &mismatches, heading_line, &w.readings),
    )
}

/// The findings, by the rules of issue 17: nothing to count at all is one
/// `appendix-empty`; else an indicator with no row is `appendix-value-missing` at the
/// heading, an empty cell (or `-` beside "Chưa thống kê") at its row, a value that is not
/// a figure `appendix-value-invalid` at its row, a total that is not the sum of its
/// periods `appendix-total-mismatch` at its row, letters resolved beyond those received
/// `appendix-constraint` at the row; period columns without a total are summed, said once
/// per table at its first row (`appendix-periods-summed`). In a workbook, every finding is
/// placed at the heading and names its cell.
fn findings(
    shape: &Shape,
    meant: &[Meant],
    rows: &[Row],
    lines: &Lines,
    mismatches: &[bool],
    heading_line: u64,
    readings: &[Reading],
) -> Vec<Expect> {
    let expect = |line: u64, code: &'static str, i: Option<usize>| Expect {
        line,
        code,
        key: i.map(|i| INDICATORS[i].id.to_owned()),
    };
    if readings.iter().all(|r| *r == Reading::Missing) {
        return vec![expect(heading_line, "appendix-empty", None)];
    }
    let row_line = |i: usize| {
        rows.iter()
            .position(|r| r.kind == RowKind::Indicator(i))
            .map_or(heading_line, |k| lines.rows[k])
    };
    let mut out = Vec::new();
    for (i, m) in meant.iter().enumerate() {
        match m {
            Meant::NoRow => out.push(expect(heading_line, "appendix-value-missing", Some(i))),
            Meant::Empty { .. } => out.push(expect(row_line(i), "appendix-value-missing", Some(i))),
            Meant::Invalid(_) => out.push(expect(row_line(i), "appendix-value-invalid", Some(i))),
            _ => {}
        }
        if mismatches[i] {
            out.push(expect(row_line(i), "appendix-total-mismatch", Some(i)));
        }
    }
    if let (Meant::Figure(received), Meant::Figure(solved)) = (&meant[DON_NHAN], &meant[DON_GIAI_QUYET])
        && solved > received
    {
        out.push(expect(
            row_line(DON_GIAI_QUYET),
            "appendix-constraint",
            Some(DON_GIAI_QUYET),
        ));
    }
    let summed = !shape.columns.iter().any(|(c, _)| matches!(c, Col::Total | Col::Value))
        && shape.columns.iter().any(|(c, _)| *c == Col::Period);
    if summed {
        for (t, first) in lines.tables.iter().enumerate() {
            let has_rows = rows
                .iter()
                .any(|r| r.table == t && matches!(r.kind, RowKind::Indicator(_)));
            if has_rows {
                out.push(expect(*first, "appendix-periods-summed", None));
            }
        }
    }
    out
}
