//! Paragraph properties (`w:pPr`), always written in the order the schema demands:
//! Word reports a file with misordered properties as damaged.

use super::inline::Format;

/// First-line indent of body text, 1 cm.
pub const INDENT: i32 = 567;

#[derive(Debug, Clone, Default)]
pub struct Para {
    pub style: Option<&'static str>,
    pub keep_next: bool,
    pub keep_lines: bool,
    pub page_break_before: bool,
    /// `(numId, ilvl)` from numbering.xml.
    pub numbering: Option<(u32, u32)>,
    /// A rule beneath the paragraph.
    pub rule_below: bool,
    pub before: Option<u32>,
    pub after: Option<u32>,
    /// Line spacing in 240ths of a line (`lineRule="auto"`).
    pub line: Option<u32>,
    pub left: Option<i32>,
    pub right: Option<i32>,
    /// Negative for a hanging indent.
    pub first_line: Option<i32>,
    /// `both`, `center`, `left` or `right`.
    pub align: Option<&'static str>,
    /// Properties of the paragraph mark, which set the height of an empty paragraph.
    pub mark: Option<Format>,
}

impl Para {
    /// Centred, unindented, without space around: the lines of the header and signature.
    pub fn centred() -> Para {
        Para {
            align: Some("center"),
            first_line: Some(0),
            before: Some(0),
            after: Some(0),
            line: Some(240),
            ..Para::default()
        }
    }

    /// Left-aligned and unindented, single-spaced.
    pub fn flush_left() -> Para {
        Para {
            align: Some("left"),
            first_line: Some(0),
            before: Some(0),
            after: Some(0),
            line: Some(240),
            ..Para::default()
        }
    }

    /// Opens `w:p` with these properties; the caller writes the runs and `</w:p>`.
    pub fn open(&self, out: &mut String) {
        out.push_str("<w:p>");
        self.write_properties(out);
    }

    /// A whole paragraph with a single run.
    pub fn write(&self, out: &mut String, text: &str, format: Format) {
        self.open(out);
        super::inline::run(out, text, format);
        out.push_str("</w:p>");
    }

    fn write_properties(&self, out: &mut String) {
        let mut props = String::new();
        if let Some(style) = self.style {
            props.push_str(&format!(r#"<w:pStyle w:val="{style}"/>"#));
        }
        if self.keep_next {
            props.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            props.push_str("<w:keepLines/>");
        }
        if self.page_break_before {
            props.push_str("<w:pageBreakBefore/>");
        }
        if let Some((id, level)) = self.numbering {
            props.push_str(&format!(
                r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{id}"/></w:numPr>"#
            ));
        }
        if self.rule_below {
            props.push_str(r#"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"#);
        }
        if self.before.is_some() || self.after.is_some() || self.line.is_some() {
            props.push_str("<w:spacing");
            if let Some(before) = self.before {
                props.push_str(&format!(r#" w:before="{before}""#));
            }
            if let Some(after) = self.after {
                props.push_str(&format!(r#" w:after="{after}""#));
            }
            if let Some(line) = self.line {
                props.push_str(&format!(r#" w:line="{line}" w:lineRule="auto""#));
            }
            props.push_str("/>");
        }
        if self.left.is_some() || self.right.is_some() || self.first_line.is_some() {
            props.push_str("<w:ind");
            if let Some(left) = self.left {
                props.push_str(&format!(r#" w:left="{left}""#));
            }
            if let Some(right) = self.right {
                props.push_str(&format!(r#" w:right="{right}""#));
            }
            match self.first_line {
                Some(first) if first < 0 => props.push_str(&format!(r#" w:hanging="{}""#, -first)),
                Some(first) => props.push_str(&format!(r#" w:firstLine="{first}""#)),
                None => {}
            }
            props.push_str("/>");
        }
        if let Some(align) = self.align {
            props.push_str(&format!(r#"<w:jc w:val="{align}"/>"#));
        }
        if let Some(mark) = self.mark {
            mark.write_properties(&mut props);
        }
        if !props.is_empty() {
            out.push_str("<w:pPr>");
            out.push_str(&props);
            out.push_str("</w:pPr>");
        }
    }
}
