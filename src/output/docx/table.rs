//! Word tables: column widths estimated from the text (LibreOffice lays out by the grid,
//! not by the content, so the grid has to be right), borders, repeated header rows.

use std::fmt::Write as _;

/// Width of the text block on A4 between 30 mm and 15 mm margins, in twips.
pub const TEXT_WIDTH: u32 = 11906 - 1701 - 851;

/// Left and right cell padding, in twips.
const PADDING: u32 = 85;

/// Approximate advance of `c` in Times New Roman 12 pt, in twips; good enough to share
/// the width between columns.
fn advance(c: char) -> u32 {
    match c {
        ' ' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'i' | 'l' | 'I' | 'j' | 't' | 'f' | '(' | ')' | '-' => 70,
        '0'..='9' => 120,
        'm' | 'w' => 187,
        'M' | 'W' => 215,
        c if c.is_uppercase() => 165,
        _ => 118,
    }
}

fn text_width(text: &str) -> u32 {
    text.chars().map(advance).sum()
}

/// What a column needs: its longest word (below that, words break) and its longest
/// cell on one line (above that, the space is wasted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Need {
    pub min: u32,
    pub max: u32,
}

impl Need {
    pub fn add(&mut self, text: &str, bold: bool) {
        let scale = |w: u32| if bold { w.saturating_add(w / 20 * 3) } else { w };
        let longest_word = text.split_whitespace().map(text_width).max().unwrap_or(0);
        self.min = self.min.max(scale(longest_word) + 2 * PADDING + 60);
        self.max = self.max.max(scale(text_width(text.trim())) + 2 * PADDING + 60);
    }

    /// A header cell may wrap: it asks for one line only up to two thirds of an equal
    /// share of the width, so long category names do not starve the column of indicator
    /// names.
    pub fn add_header(&mut self, text: &str, share: u32) {
        let mut need = Need::default();
        need.add(text, true);
        self.min = self.min.max(need.min);
        self.max = self.max.max(need.max.min(share * 2 / 3).max(need.min));
    }
}

/// Shares `available` twips between columns. Short columns (numbers, dates, statuses)
/// get their one-line width first; the long ones share the rest the way browsers lay
/// out automatic tables: everyone on one line if possible, else the longest word of
/// each plus the rest in proportion to what each still lacks.
pub fn widths(needs: &[Need], available: u32) -> Vec<u32> {
    if needs.is_empty() {
        return Vec::new();
    }
    let available = u64::from(available);
    let max = |n: &Need| u64::from(n.max.max(n.min));
    let mut widths: Vec<Option<u64>> = vec![None; needs.len()];
    loop {
        let taken: u64 = widths.iter().flatten().sum();
        let open = widths.iter().filter(|w| w.is_none()).count();
        if open == 0 {
            break;
        }
        let share = available.saturating_sub(taken) / u64::try_from(open).unwrap_or(1);
        let mut settled = false;
        for (width, need) in widths.iter_mut().zip(needs) {
            if width.is_none() && max(need) <= share {
                *width = Some(max(need));
                settled = true;
            }
        }
        if !settled {
            break;
        }
    }
    let taken: u64 = widths.iter().flatten().sum();
    let rest = available.saturating_sub(taken);
    let open: Vec<&Need> = needs
        .iter()
        .zip(&widths)
        .filter(|(_, w)| w.is_none())
        .map(|(n, _)| n)
        .collect();
    let min: u64 = open.iter().map(|n| u64::from(n.min)).sum();
    let lack: u64 = open.iter().map(|n| max(n) - u64::from(n.min)).sum();
    let mut widths: Vec<u64> = if open.is_empty() {
        // Everything fits on one line: widen in proportion.
        widths.iter().flatten().map(|w| w * available / taken.max(1)).collect()
    } else if min <= rest {
        let spare = rest - min;
        needs
            .iter()
            .zip(&widths)
            .map(|(n, w)| w.unwrap_or_else(|| u64::from(n.min) + (max(n) - u64::from(n.min)) * spare / lack.max(1)))
            .collect()
    } else {
        // Not even the longest words fit: every column gives up in proportion.
        let all: u64 = needs.iter().map(|n| u64::from(n.min)).sum();
        needs
            .iter()
            .map(|n| u64::from(n.min) * available / all.max(1))
            .collect()
    };
    // Rounding leaves a few twips over: give them to the widest column.
    let total: u64 = widths.iter().sum();
    if let Some(widest) = widths.iter_mut().max_by_key(|w| **w) {
        *widest = (*widest + available).saturating_sub(total);
    }
    widths
        .into_iter()
        .map(|w| u32::try_from(w).unwrap_or(u32::MAX))
        .collect()
}

/// Opens `w:tbl` at full width with a fixed grid; `bordered` draws single lines around
/// every cell, otherwise the table is only a layout grid (header and signature blocks).
pub fn open(out: &mut String, widths: &[u32], bordered: bool) {
    out.push_str(r#"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>"#);
    if bordered {
        out.push_str("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(
                out,
                r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
            );
        }
        out.push_str("</w:tblBorders>");
    } else {
        out.push_str("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(out, r#"<w:{side} w:val="nil"/>"#);
        }
        out.push_str("</w:tblBorders>");
    }
    let padding = if bordered { PADDING } else { 0 };
    let _ = write!(
        out,
        r#"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="{padding}" w:type="dxa"/><w:right w:w="{padding}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
    );
    for width in widths {
        let _ = write!(out, r#"<w:gridCol w:w="{width}"/>"#);
    }
    out.push_str("</w:tblGrid>");
}

/// Closes the table, then an empty small paragraph: Word merges two tables that touch,
/// and a table may not end the body or a cell.
pub fn close(out: &mut String) {
    out.push_str(
        r#"</w:tbl><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:pPr></w:p>"#,
    );
}

/// Opens `w:tr`: a header row repeats at the top of every page; no row splits across
/// pages.
pub fn open_row(out: &mut String, header: bool) {
    if header {
        out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    } else {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    }
}

pub fn close_row(out: &mut String) {
    out.push_str("</w:tr>");
}

/// Opens `w:tc`; the caller writes at least one paragraph, then [`close_cell`].
pub fn open_cell(out: &mut String, width: u32) {
    let _ = write!(out, r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>"#);
}

pub fn close_cell(out: &mut String) {
    out.push_str("</w:tc>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_fill_the_text_block() {
        let mut name = Need::default();
        name.add("Các cơ quan chuyên trách, tham mưu giúp việc Tỉnh ủy", false);
        let mut number = Need::default();
        number.add("69.245", false);
        let widths = widths(&[name, number, number], TEXT_WIDTH);
        assert_eq!(widths.iter().sum::<u32>(), TEXT_WIDTH);
        assert!(widths[0] > widths[1]);
        assert!(widths[1] >= number.min);
        assert_eq!(super::widths(&[], TEXT_WIDTH), Vec::<u32>::new());
    }
}
