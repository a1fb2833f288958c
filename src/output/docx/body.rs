//! `word/document.xml`: the report in the order of `report.html.tera` — header block,
//! opening and status, the sections with their excerpts, the signature, the appendix.

use std::io::{self, Write};

use rayon::prelude::*;

use super::Resources;
use super::blocks::{self, BULLET_LIST};
use super::fragment::{Fragment, Join};
use super::inline::{self, Format};
use super::paragraph::Para;
use super::table::{self, Need, TEXT_WIDTH};
use crate::compiled::{Compiled, DocumentView, SectionView};

/// Relationship ids of the page headers, which the body's section properties name and
/// the package declares.
pub const HEADER_DEFAULT: &str = "rIdHeader1";
pub const HEADER_FIRST: &str = "rIdHeader2";

const OPEN: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#
);

/// Font sizes in half-points.
const PARTY_SIZE: u32 = 30;
const TABLE_SIZE: u32 = 24;

/// A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; the header 10 mm
/// from the edge; the first page has its own (empty) header, so numbers start on page 2.
fn section_properties() -> String {
    format!(
        r#"<w:sectPr><w:headerReference w:type="default" r:id="{HEADER_DEFAULT}"/><w:headerReference w:type="first" r:id="{HEADER_FIRST}"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>"#
    )
}

/// A stretch of the body: XML written here, or a unit's Markdown still to convert.
enum Part<'a> {
    Xml(String),
    Markdown(&'a str),
}

impl Part<'_> {
    fn len(&self) -> usize {
        match self {
            Part::Xml(xml) => xml.len(),
            Part::Markdown(markdown) => markdown.len(),
        }
    }
}

/// Consecutive parts of the body, converted into one fragment in `buffer`.
fn convert(chunk: Vec<Part<'_>>, mut buffer: String) -> Fragment {
    // Room for the markup around the text, so the buffer rarely regrows.
    let room = chunk
        .iter()
        .map(|part| match part {
            Part::Xml(xml) => xml.len(),
            Part::Markdown(markdown) => 2 * markdown.len(),
        })
        .sum();
    buffer.reserve(room);
    let mut fragment = Fragment::plain(buffer);
    for part in chunk {
        match part {
            Part::Xml(xml) => fragment.xml.push_str(&xml),
            Part::Markdown(markdown) => blocks::markdown(&mut fragment, markdown),
        }
    }
    fragment
}

struct Body<'a> {
    /// The XML since the last excerpt.
    out: String,
    parts: Vec<Part<'a>>,
}

/// The body in document order, the units' excerpts not yet converted.
fn parts(compiled: &Compiled) -> Vec<Part<'_>> {
    let mut body = Body {
        out: String::new(),
        parts: Vec::new(),
    };
    body.out.push_str(OPEN);
    body.header_block(&compiled.document);
    body.title(&compiled.document);
    body.opening(compiled);
    for section in &compiled.sections {
        if section.is_appendix {
            body.other(compiled);
            body.signature(&compiled.document);
        }
        body.section(section, compiled);
    }
    if !compiled.has_appendix {
        body.other(compiled);
        body.signature(&compiled.document);
    }
    body.out.push_str(&section_properties());
    body.out.push_str("</w:body></w:document>");
    body.parts.push(Part::Xml(body.out));
    body.parts
}

/// `document.xml`, its units' excerpts not yet converted.
pub struct Document<'a> {
    parts: Vec<Part<'a>>,
}

impl Document<'_> {
    /// A bound on the size of `document.xml`, read from the parts without converting
    /// them: text about doubles as XML, and a table cell (`|`) becomes at most about 160
    /// bytes of `<w:tc>` markup whatever it holds.
    pub fn xml_bound(&self) -> u64 {
        self.parts
            .iter()
            .map(|part| {
                let text: &str = match part {
                    Part::Xml(xml) => xml,
                    Part::Markdown(markdown) => markdown,
                };
                let cells = memchr::memchr_iter(b'|', text.as_bytes()).count() as u64;
                text.len() as u64 * 2 + cells * 160
            })
            .sum()
    }
}

pub fn document(compiled: &Compiled) -> Document<'_> {
    Document { parts: parts(compiled) }
}

/// A document of the body XML `inner`, in the report's page layout (`new --format docx`).
pub fn from_xml(inner: String) -> Document<'static> {
    let mut xml = String::from(OPEN);
    xml.push_str(&inner);
    xml.push_str(&section_properties());
    xml.push_str("</w:body></w:document>");
    Document {
        parts: vec![Part::Xml(xml)],
    }
}

/// Markdown converted into one fragment: large enough that the fragments are few and
/// their buffers can be used again batch after batch (a fresh buffer for each unit's
/// excerpt cost some 40 ms of CPU in malloc, free and page faults on a national corpus),
/// small enough to share a batch evenly between threads.
const CHUNK_BYTES: usize = 256 << 10;

/// Chunks converted while the batch before them is written: some 150 reports of a
/// national corpus, so that the first batch, converted before anything can be written,
/// is a small share of the work, and the fragments held at once are few.
const CHUNKS_PER_BATCH: usize = 16;

impl Document<'_> {
    /// Writes `document.xml`, converting the excerpts side by side, as they are nearly all
    /// of the work, and returns the resources it asked for. The join makes the result the
    /// same as one pass over the excerpts in order.
    pub(crate) fn write_to<W: Write + Send>(self, out: &mut W, renames: &[(String, String)]) -> io::Result<Resources> {
        self.write_in_batches(out, renames, CHUNK_BYTES)
    }

    /// Each batch is converted while the one before it is written (and compressed), on
    /// whichever threads are free.
    fn write_in_batches<W: Write + Send>(
        self,
        out: &mut W,
        renames: &[(String, String)],
        chunk_bytes: usize,
    ) -> io::Result<Resources> {
        let mut join = Join::default();
        let mut parts = self.parts.into_iter().peekable();
        let mut converted: Vec<Fragment> = Vec::new();
        let mut spare: Vec<String> = Vec::new();
        loop {
            let mut batch = Vec::with_capacity(CHUNKS_PER_BATCH);
            while batch.len() < CHUNKS_PER_BATCH && parts.peek().is_some() {
                let mut chunk = Vec::new();
                let mut bytes = 0;
                while bytes < chunk_bytes
                    && let Some(part) = parts.next()
                {
                    bytes += part.len();
                    chunk.push(part);
                }
                batch.push(chunk);
            }
            if batch.is_empty() && converted.is_empty() {
                return Ok(join.into_resources());
            }
            let buffers: Vec<String> = batch.iter().map(|_| spare.pop().unwrap_or_default()).collect();
            let (written, next) = rayon::join(
                || -> io::Result<Vec<String>> {
                    for fragment in &converted {
                        join.write(fragment, out, renames)?;
                    }
                    Ok(converted.drain(..).map(Fragment::into_buffer).collect())
                },
                || {
                    batch
                        .into_par_iter()
                        .zip(buffers)
                        .map(|(chunk, buffer)| convert(chunk, buffer))
                        .collect()
                },
            );
            spare.extend(written?);
            converted = next;
        }
    }
}

/// The document as one pass in order writes it, every excerpt into the same fragment.
#[cfg(test)]
pub fn document_in_one_pass(compiled: &Compiled) -> (String, Resources) {
    super::fragment::join(&[convert(parts(compiled), String::new())])
}

/// The document as [`Document::write_to`] writes it, in fragments of `chunk_bytes`.
#[cfg(test)]
pub fn document_in_chunks(compiled: &Compiled, chunk_bytes: usize) -> (String, Resources) {
    let mut out = Vec::new();
    let resources = document(compiled)
        .write_in_batches(&mut out, &[], chunk_bytes)
        .expect("a Vec takes every byte");
    (String::from_utf8(out).expect("UTF-8"), resources)
}

/// One cell of a data table.
struct Cell<'a> {
    text: &'a str,
    number: bool,
    bold: bool,
}

impl Cell<'_> {
    fn text(text: &str) -> Cell<'_> {
        Cell {
            text,
            number: false,
            bold: false,
        }
    }

    fn number(text: &str) -> Cell<'_> {
        Cell {
            text,
            number: true,
            bold: false,
        }
    }
}

impl<'a> Body<'a> {
    fn paragraph(&mut self, para: &Para, text: &str, format: Format) {
        para.write(&mut self.out, text, format);
    }

    /// Two borderless columns: the issuing side on the left, the Party's name and the
    /// date on the right; the number and the date share the second row so they line up.
    fn header_block(&mut self, document: &DocumentView) {
        let widths = [4111, TEXT_WIDTH - 4111];
        table::open(&mut self.out, &widths, false);
        let line = Para::centred;

        table::open_row(&mut self.out, false);
        table::open_cell(&mut self.out, widths[0]);
        let mut wrote = false;
        if !document.superior_body.is_empty() {
            self.paragraph(&line(), &document.superior_body, Format::default());
            wrote = true;
        }
        if !document.issuing_body.is_empty() {
            self.paragraph(&line(), &document.issuing_body, Format::BOLD);
            wrote = true;
        }
        if wrote {
            self.paragraph(&line(), "*", Format::default());
        } else {
            line().write(&mut self.out, "", Format::default());
        }
        table::close_cell(&mut self.out);
        table::open_cell(&mut self.out, widths[1]);
        self.paragraph(&line(), "ĐẢNG CỘNG SẢN VIỆT NAM", Format::BOLD.sized(PARTY_SIZE));
        // The rule beneath, as long as the name above it.
        let rule = Para {
            rule_below: true,
            left: Some(560),
            right: Some(560),
            mark: Some(Format::default().sized(4)),
            ..line()
        };
        rule.write(&mut self.out, "", Format::default());
        table::close_cell(&mut self.out);
        table::close_row(&mut self.out);

        table::open_row(&mut self.out, false);
        table::open_cell(&mut self.out, widths[0]);
        self.paragraph(
            &Para {
                before: Some(60),
                ..line()
            },
            &document.number,
            Format::default(),
        );
        table::close_cell(&mut self.out);
        table::open_cell(&mut self.out, widths[1]);
        self.paragraph(
            &Para {
                before: Some(60),
                ..line()
            },
            &document.place_date,
            Format::ITALIC,
        );
        table::close_cell(&mut self.out);
        table::close_row(&mut self.out);
        self.out.push_str("</w:tbl>");
    }

    fn title(&mut self, document: &DocumentView) {
        let title = Para {
            style: Some("Title"),
            ..Para::default()
        };
        self.paragraph(&title, &document.r#type, Format::default());
        if !document.subject.is_empty() {
            let subject = Para {
                style: Some("Subtitle"),
                ..Para::default()
            };
            self.paragraph(&subject, &document.subject, Format::default());
        }
        // A short rule under the subject, as the layout draws it.
        let rule = Para {
            rule_below: true,
            left: Some(3977),
            right: Some(3977),
            first_line: Some(0),
            before: Some(0),
            after: Some(240),
            line: Some(240),
            mark: Some(Format::default().sized(4)),
            ..Para::default()
        };
        rule.write(&mut self.out, "", Format::default());
    }

    fn opening(&mut self, compiled: &Compiled) {
        let status = &compiled.status;
        let campaign = &compiled.campaign;
        let missing = if status.missing.is_empty() {
            String::new()
        } else {
            format!("; {} đơn vị chưa có báo cáo", status.missing.len())
        };
        let text = format!(
            "Thực hiện kế hoạch tổng kết, đến {}, {}/{} đơn vị đã gửi báo cáo ({} đúng hạn, {} nộp muộn so với hạn cuối {}){missing}. Trên cơ sở báo cáo của các đơn vị, Ban Thường vụ báo cáo kết quả như sau:",
            campaign.as_of, status.submitted, status.expected, status.on_time, status.late, campaign.deadline
        );
        self.paragraph(&Para::default(), &text, Format::default());

        let counts: Vec<[String; 5]> = status
            .by_category
            .iter()
            .map(|c| [c.expected, c.submitted, c.on_time, c.late, c.missing].map(|n| n.to_string()))
            .collect();
        let totals = [
            status.expected,
            status.submitted,
            status.on_time,
            status.late,
            status.missing.len(),
        ]
        .map(|n| n.to_string());
        let mut rows: Vec<Vec<Cell>> = status
            .by_category
            .iter()
            .zip(&counts)
            .map(|(c, n)| {
                std::iter::once(Cell::text(&c.name))
                    .chain(n.iter().map(|v| Cell::number(v)))
                    .collect()
            })
            .collect();
        rows.push(
            std::iter::once(Cell {
                text: "Tổng cộng",
                number: false,
                bold: true,
            })
            .chain(totals.iter().map(|v| Cell {
                text: v,
                number: true,
                bold: true,
            }))
            .collect(),
        );
        self.data_table(
            &["Loại đơn vị", "Số đơn vị", "Đã nộp", "Đúng hạn", "Nộp muộn", "Chưa nộp"],
            &rows,
        );

        if !status.missing.is_empty() {
            let names: Vec<String> = status
                .missing
                .iter()
                .map(|u| format!("{} ({})", u.name, u.code))
                .collect();
            self.note("Đơn vị chưa có báo cáo:", &names.join("; "));
        }
        if !status.rejected.is_empty() {
            let files: Vec<String> = status
                .rejected
                .iter()
                .map(|r| format!("{} ({})", r.path, r.reason))
                .collect();
            self.note("Tệp không tổng hợp được:", &files.join("; "));
        }
        if !status.superseded.is_empty() {
            let files: Vec<String> = status
                .superseded
                .iter()
                .map(|s| format!("{} → {}", s.path, s.by))
                .collect();
            self.note(
                "Báo cáo được thay thế bằng bản khác của đơn vị (bản gửi sau, hoặc bản chính thay cho bản dự thảo):",
                &files.join("; "),
            );
        }
        if !status.companions.is_empty() {
            let files: Vec<String> = status
                .companions
                .iter()
                .map(|c| {
                    let figures = if c.figures {
                        ", số liệu được dùng làm phụ lục"
                    } else {
                        ""
                    };
                    format!("{} (kèm {}{figures})", c.path, c.of)
                })
                .collect();
            self.note("Tệp gửi kèm báo cáo, không tổng hợp nội dung:", &files.join("; "));
        }
    }

    /// An italic label, then the list it introduces.
    fn note(&mut self, label: &str, text: &str) {
        Para::default().open(&mut self.out);
        inline::run(&mut self.out, label, Format::ITALIC);
        inline::run(&mut self.out, &format!(" {text}."), Format::default());
        self.out.push_str("</w:p>");
    }

    fn section(&mut self, section: &'a SectionView, compiled: &Compiled) {
        let style =
            ["Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6"][section.depth.clamp(1, 6) - 1];
        let heading = if section.is_appendix {
            // The appendix starts a page, its title centred as an annex's is.
            Para {
                style: Some(style),
                page_break_before: true,
                first_line: Some(0),
                align: Some("center"),
                ..Para::default()
            }
        } else {
            Para {
                style: Some(style),
                ..Para::default()
            }
        };
        self.paragraph(&heading, &section.heading, Format::default());
        if section.is_appendix {
            self.appendix(compiled, &section.groups);
            return;
        }
        self.groups(&section.groups);
        if !section.silent.is_empty() {
            let text = format!("Chưa báo cáo nội dung này: {}.", section.silent.join(", "));
            self.paragraph(&Para::default(), &text, Format::ITALIC);
        }
    }

    /// "Nội dung khác của các đơn vị": what units wrote outside the outline's sections.
    fn other(&mut self, compiled: &'a Compiled) {
        self.titled_groups(crate::compiled::OTHER_TITLE, &compiled.other);
    }

    /// Units' excerpts under a part's title in bold, when there are any.
    fn titled_groups(&mut self, title: &str, groups: &'a [crate::compiled::ExcerptGroup]) {
        if groups.is_empty() {
            return;
        }
        let line = Para {
            keep_next: true,
            ..Para::default()
        };
        self.paragraph(&line, title, Format::BOLD);
        self.groups(groups);
    }

    /// Units' excerpts by category, each under the unit's name.
    fn groups(&mut self, groups: &'a [crate::compiled::ExcerptGroup]) {
        for group in groups {
            let line = Para {
                keep_next: true,
                ..Para::default()
            };
            self.paragraph(&line, &group.category_name, Format::BOLD);
            for excerpt in &group.excerpts {
                line.open(&mut self.out);
                inline::run(&mut self.out, &excerpt.unit_name, Format::BOLD_ITALIC);
                if excerpt.late {
                    inline::run(&mut self.out, " (nộp muộn)", Format::ITALIC);
                }
                inline::run(&mut self.out, ":", Format::BOLD_ITALIC);
                self.out.push_str("</w:p>");
                self.parts.push(Part::Xml(std::mem::take(&mut self.out)));
                self.parts.push(Part::Markdown(&excerpt.markdown));
            }
        }
    }

    /// Nơi nhận on the left, the signature on the right, in a borderless table that
    /// does not break across pages.
    fn signature(&mut self, document: &DocumentView) {
        let widths = [4820, TEXT_WIDTH - 4820];
        self.out
            .push_str(r#"<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>"#);
        table::open(&mut self.out, &widths, false);
        table::open_row(&mut self.out, false);
        table::open_cell(&mut self.out, widths[0]);
        let left = Para {
            keep_next: true,
            ..Para::flush_left()
        };
        self.paragraph(&left, "Nơi nhận:", Format::BOLD_ITALIC.sized(TABLE_SIZE));
        // A recipient that wraps continues under its text, not under the dash.
        let recipient_line = Para {
            left: Some(142),
            first_line: Some(-142),
            ..left.clone()
        };
        for recipient in &document.recipients {
            self.paragraph(
                &recipient_line,
                &format!("- {recipient}"),
                Format::default().sized(TABLE_SIZE),
            );
        }
        table::close_cell(&mut self.out);
        table::open_cell(&mut self.out, widths[1]);
        let right = Para {
            keep_next: true,
            ..Para::centred()
        };
        self.paragraph(&right, &document.signature_on_behalf, Format::BOLD);
        self.paragraph(&right, &document.signature_title, Format::BOLD);
        // Room for the signature and the seal.
        self.paragraph(
            &Para {
                before: Some(1560),
                ..right
            },
            &document.signature_name,
            Format::BOLD,
        );
        table::close_cell(&mut self.out);
        table::close_row(&mut self.out);
        table::close(&mut self.out);
    }

    /// Biểu 1 and 2, the units' notes on their figures, the list of units.
    fn appendix(&mut self, compiled: &Compiled, notes: &'a [crate::compiled::ExcerptGroup]) {
        let appendix = &compiled.appendix;
        let caption = Para {
            style: Some("Caption"),
            ..Para::default()
        };

        self.paragraph(&caption, "Biểu 1. Tổng hợp số liệu theo loại đơn vị", Format::default());
        let mut header: Vec<&str> = vec!["STT", "Chỉ tiêu", "Tổng số"];
        header.extend(compiled.categories.iter().map(|c| c.short.as_str()));
        let rows: Vec<Vec<Cell>> = appendix
            .indicators
            .iter()
            .map(|i| {
                [Cell::number(&i.stt), Cell::text(&i.name), Cell::number(&i.total)]
                    .into_iter()
                    .chain(i.by_category.iter().map(|v| Cell::number(v)))
                    .collect()
            })
            .collect();
        self.data_table(&header, &rows);
        self.paragraph(
            &Para::default(),
            "Số liệu đếm được cộng chính xác; tỷ lệ (%) là bình quân của các đơn vị có số liệu hợp lệ.",
            Format::ITALIC,
        );
        for i in &appendix.indicators {
            if i.note.is_empty() {
                continue;
            }
            let line = format!("{}. {}: {}", i.stt, i.name, i.note);
            let item = Para {
                numbering: Some((BULLET_LIST, 0)),
                ..Para::default()
            };
            self.paragraph(&item, &line, Format::default());
        }

        self.paragraph(&caption, "Biểu 2. Số liệu của từng đơn vị", Format::default());
        let mut header: Vec<&str> = vec!["STT", "Đơn vị"];
        header.extend(appendix.indicators.iter().map(|i| i.stt.as_str()));
        let indexes: Vec<String> = (1..=appendix.rows.len().max(compiled.units.len()))
            .map(|n| n.to_string())
            .collect();
        let rows: Vec<Vec<Cell>> = appendix
            .rows
            .iter()
            .zip(&indexes)
            .map(|(r, n)| {
                [Cell::number(n), Cell::text(&r.unit_name)]
                    .into_iter()
                    .chain(r.values.iter().map(|v| Cell::number(v)))
                    .collect()
            })
            .collect();
        self.data_table(&header, &rows);
        self.titled_groups(crate::compiled::NOTES_TITLE, notes);

        let heading = Para {
            style: Some("Heading2"),
            ..Para::default()
        };
        self.paragraph(&heading, "Danh sách đơn vị và tình hình gửi báo cáo", Format::default());
        let late: Vec<String> = compiled
            .units
            .iter()
            .map(|u| {
                u.late_days
                    .filter(|d| *d != 0)
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            })
            .collect();
        // Who reported, when, and how late: `check`'s error counts belong to `status`.
        let rows: Vec<Vec<Cell>> = compiled
            .units
            .iter()
            .zip(&late)
            .zip(&indexes)
            .map(|((u, late), n)| {
                vec![
                    Cell::number(n),
                    Cell::text(&u.name),
                    Cell::text(&u.category_name),
                    Cell::text(&u.submitted),
                    Cell::text(&u.due),
                    Cell::number(late),
                    Cell::text(u.status_label),
                ]
            })
            .collect();
        self.data_table(
            &[
                "STT",
                "Đơn vị",
                "Loại đơn vị",
                "Ngày gửi",
                "Hạn gửi",
                "Số ngày muộn",
                "Tình trạng",
            ],
            &rows,
        );
    }

    /// A bordered table at 12 pt: the header row bold, centred and repeated on every
    /// page; numbers right-aligned.
    fn data_table(&mut self, header: &[&str], rows: &[Vec<Cell>]) {
        let mut needs = vec![Need::default(); header.len()];
        let share = TEXT_WIDTH / u32::try_from(header.len().max(1)).unwrap_or(1);
        for (need, title) in needs.iter_mut().zip(header) {
            need.add_header(title, share);
        }
        for row in rows {
            for (need, cell) in needs.iter_mut().zip(row) {
                need.add(cell.text, cell.bold);
            }
        }
        let widths = table::widths(&needs, TEXT_WIDTH);
        table::open(&mut self.out, &widths, true);
        table::open_row(&mut self.out, true);
        for (title, width) in header.iter().zip(&widths) {
            table::open_cell(&mut self.out, *width);
            let para = Para {
                style: Some("TableText"),
                align: Some("center"),
                ..Para::default()
            };
            self.paragraph(&para, title, Format::BOLD);
            table::close_cell(&mut self.out);
        }
        table::close_row(&mut self.out);
        for row in rows {
            table::open_row(&mut self.out, false);
            for (cell, width) in row.iter().zip(&widths) {
                table::open_cell(&mut self.out, *width);
                let align = if cell.number { "right" } else { "left" };
                let para = Para {
                    style: Some("TableText"),
                    align: Some(align),
                    ..Para::default()
                };
                let format = if cell.bold { Format::BOLD } else { Format::default() };
                self.paragraph(&para, cell.text, format);
                table::close_cell(&mut self.out);
            }
            table::close_row(&mut self.out);
        }
        table::close(&mut self.out);
    }
}
