//! Word tables: column widths estimated from the text (LibreOffice lays out by the grid,
//! not by the content, so the grid has to be right), borders, repeated header rows.

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
        c if c.is_uppercase() => 165,
        _ => 112,
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
        let scale = |w: u32| if bold { w + w / 10 } else { w };
        let longest_word = text.split_whitespace().map(text_width).max().unwrap_or(0);
        self.min = self.min.max(scale(longest_word) + 2 * PADDING + 30);
        self.max = self.max.max(scale(text_width(text.trim())) + 2 * PADDING + 30);
    }
}

/// Shares `available` twips between columns the way browsers lay out automatic tables:
/// everyone on one line if possible, else the longest word of each plus the rest in
/// proportion to what each still lacks.
pub fn widths(needs: &[Need], available: u32) -> Vec<u32> {
    if needs.is_empty() {
        return Vec::new();
    }
    let available = u64::from(available);
    let min: u64 = needs.iter().map(|n| u64::from(n.min)).sum();
    let max: u64 = needs.iter().map(|n| u64::from(n.max.max(n.min))).sum();
    let mut widths: Vec<u64> = if max <= available {
        needs
            .iter()
            .map(|n| u64::from(n.max.max(n.min)) * available / max.max(1))
            .collect()
    } else if min <= available {
        let spare = available - min;
        let lack = max - min;
        needs
            .iter()
            .map(|n| u64::from(n.min) + u64::from(n.max.max(n.min) - n.min) * spare / lack.max(1))
            .collect()
    } else {
        needs
            .iter()
            .map(|n| u64::from(n.min) * available / min.max(1))
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
            out.push_str(&format!(
                r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
            ));
        }
        out.push_str("</w:tblBorders>");
    } else {
        out.push_str("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            out.push_str(&format!(r#"<w:{side} w:val="nil"/>"#));
        }
        out.push_str("</w:tblBorders>");
    }
    let padding = if bordered { PADDING } else { 0 };
    out.push_str(&format!(
        r#"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="{padding}" w:type="dxa"/><w:right w:w="{padding}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
    ));
    for width in widths {
        out.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
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
    out.push_str(&format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>"#
    ));
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
