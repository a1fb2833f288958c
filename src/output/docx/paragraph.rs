//! Paragraph properties (`w:pPr`), always written in the order the schema demands:
//! Word reports a file with misordered properties as damaged.

use std::fmt::Write as _;
use std::ops::Range;

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
    /// Returns where the numbering instance's id stands in `out`, for a fragment whose
    /// ordered lists are renumbered when it joins the document.
    pub fn open(&self, out: &mut String) -> Option<Range<usize>> {
        out.push_str("<w:p>");
        self.write_properties(out)
    }

    /// A whole paragraph with a single run.
    pub fn write(&self, out: &mut String, text: &str, format: Format) {
        self.open(out);
        super::inline::run(out, text, format);
        out.push_str("</w:p>");
    }

    /// Straight into `out`, taken back when no property is set: every paragraph of every
    /// unit comes through here, too often for a scratch string each. (`write!` into a
    /// `String` cannot fail.)
    fn write_properties(&self, out: &mut String) -> Option<Range<usize>> {
        let start = out.len();
        out.push_str("<w:pPr>");
        let empty = out.len();
        let mut num_id = None;
        if let Some(style) = self.style {
            out.push_str(r#"<w:pStyle w:val=""#);
            out.push_str(style);
            out.push_str(r#""/>"#);
        }
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            out.push_str("<w:keepLines/>");
        }
        if self.page_break_before {
            out.push_str("<w:pageBreakBefore/>");
        }
        if let Some((id, level)) = self.numbering {
            let _ = write!(out, r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val=""#);
            let at = out.len();
            let _ = write!(out, "{id}");
            num_id = Some(at..out.len());
            out.push_str(r#""/></w:numPr>"#);
        }
        if self.rule_below {
            out.push_str(r#"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"#);
        }
        if self.before.is_some() || self.after.is_some() || self.line.is_some() {
            out.push_str("<w:spacing");
            if let Some(before) = self.before {
                let _ = write!(out, r#" w:before="{before}""#);
            }
            if let Some(after) = self.after {
                let _ = write!(out, r#" w:after="{after}""#);
            }
            if let Some(line) = self.line {
                let _ = write!(out, r#" w:line="{line}" w:lineRule="auto""#);
            }
            out.push_str("/>");
        }
        if self.left.is_some() || self.right.is_some() || self.first_line.is_some() {
            out.push_str("<w:ind");
            if let Some(left) = self.left {
                let _ = write!(out, r#" w:left="{left}""#);
            }
            if let Some(right) = self.right {
                let _ = write!(out, r#" w:right="{right}""#);
            }
            match self.first_line {
                Some(first) if first < 0 => {
                    let _ = write!(out, r#" w:hanging="{}""#, -i64::from(first));
                }
                Some(first) => {
                    let _ = write!(out, r#" w:firstLine="{first}""#);
                }
                None => {}
            }
            out.push_str("/>");
        }
        if let Some(align) = self.align {
            out.push_str(r#"<w:jc w:val=""#);
            out.push_str(align);
            out.push_str(r#""/>"#);
        }
        if let Some(mark) = self.mark {
            mark.write_properties(out);
        }
        if out.len() == empty {
            out.truncate(start);
        } else {
            out.push_str("</w:pPr>");
        }
        num_id
    }
}
