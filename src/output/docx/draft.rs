//! `baocao new --format docx`: the unit's draft as a Word document in the Party layout —
//! the header block as a borderless two-column table, every outline heading on Word's
//! built-in `Heading 1…` styles with its Party numbering, the appendix table with every
//! row. Who the report is from goes into custom document properties named like the
//! front-matter fields (File ▸ Info ▸ Properties ▸ Custom), which `check` reads back.

use jiff::civil::Date;

use super::DocxError;
use super::body;
use super::inline::Format;
use super::package::{self, Contents, Reference};
use super::paragraph::Para;
use super::table::{self, TEXT_WIDTH};
use crate::campaign::outline::Outline;
use crate::campaign::roster::Unit;
use crate::read::xml::escape;

pub fn draft(outline: &Outline, unit: &Unit, today: Date) -> Result<Vec<u8>, DocxError> {
    let mut out = String::new();
    // The header block: issuing body left, the Party's name and the date right.
    let widths = [4111, TEXT_WIDTH - 4111];
    table::open(&mut out, &widths, false);
    table::open_row(&mut out, false);
    table::open_cell(&mut out, widths[0]);
    Para::centred().write(&mut out, &unit.name.to_uppercase(), Format::BOLD);
    Para::centred().write(&mut out, "*", Format::default());
    Para::centred().write(&mut out, "Số     -BC/", Format::default());
    table::close_cell(&mut out);
    table::open_cell(&mut out, widths[1]);
    Para::centred().write(&mut out, "ĐẢNG CỘNG SẢN VIỆT NAM", Format::BOLD);
    let date = format!(
        "…, ngày {:02} tháng {:02} năm {}",
        today.day(),
        today.month(),
        today.year()
    );
    Para::centred().write(&mut out, &date, Format::ITALIC);
    table::close_cell(&mut out);
    table::close_row(&mut out);
    table::close(&mut out);
    Para::centred().write(&mut out, "BÁO CÁO", Format::BOLD);
    if !outline.title.is_empty() {
        Para::centred().write(&mut out, &outline.title, Format::BOLD);
    }
    for (index, section) in outline.sections.iter().enumerate() {
        let heading = section.heading();
        let level = section.depth.clamp(1, 9);
        out.push_str(&format!(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
            escape(&heading)
        ));
        if outline.appendix.section == Some(index) {
            appendix(&mut out, outline);
        }
    }
    let custom = vec![
        ("unit".to_owned(), unit.name.clone()),
        ("unit_code".to_owned(), unit.code.clone()),
        ("category".to_owned(), unit.category.clone()),
        ("date".to_owned(), today.to_string()),
    ];
    let contents = Contents {
        document: body::from_xml(out),
        title: format!("Báo cáo {}", outline.title),
        creator: unit.name.clone(),
        date: today.to_string(),
        custom,
    };
    package::write(contents, &Reference::default())
}

fn appendix(out: &mut String, outline: &Outline) {
    let widths = [800, TEXT_WIDTH - 800 - 1700 - 1700, 1700, 1700];
    table::open(out, &widths, true);
    table::open_row(out, true);
    for (text, width) in ["STT", "Chỉ tiêu", "Số liệu", "Ghi chú"].iter().zip(widths) {
        table::open_cell(out, width);
        Para::centred().write(out, text, Format::BOLD);
        table::close_cell(out);
    }
    table::close_row(out);
    for indicator in &outline.appendix.indicators {
        table::open_row(out, false);
        let stt = indicator.stt.map(|n| n.to_string()).unwrap_or_default();
        for (text, width) in [stt.as_str(), indicator.name.as_str(), "", ""].iter().zip(widths) {
            table::open_cell(out, width);
            Para::flush_left().write(out, text, Format::default());
            table::close_cell(out);
        }
        table::close_row(out);
    }
    table::close(out);
}
