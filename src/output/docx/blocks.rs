//! A unit's Markdown as WordprocessingML, by walking pulldown-cmark's events with the
//! program's one set of options: paragraphs, lists (real Word numbering), block quotes,
//! code, tables, and the inline formatting inside them.
//!
//! The units' own headings become plain paragraphs with direct formatting (levels 1–2
//! bold, 3 bold italic, 4–6 italic, as in the HTML report), not `Heading` styles: the
//! navigation pane and table of contents then show the outline alone, not every unit's
//! sub-headings without the unit's name, and the look survives any reference styles.

use pulldown_cmark::{Alignment, Event, Parser, Tag, TagEnd};

use super::fragment::Fragment;
use super::inline::{self, Format};
use super::paragraph::{INDENT, Para};
use super::table::{self, Need, TEXT_WIDTH};
use crate::read::raw_html;

/// Bullets by nesting level, as Vietnamese documents write them.
pub const BULLETS: [&str; 3] = ["-", "+", "•"];

/// The numbering instance that draws bullets.
pub const BULLET_LIST: u32 = 1;

struct List {
    num_id: u32,
}

struct Converter<'a> {
    out: &'a mut Fragment,
    /// Properties of the next paragraph, opened on its first inline content.
    pending: Option<Para>,
    open: bool,
    /// Text not yet written, and its format: pulldown-cmark splits text at every
    /// special character, and one run per piece would bloat the document. The buffer
    /// is kept from run to run rather than allocated for each.
    run: String,
    run_format: Option<Format>,
    hyperlink_open: bool,
    strong: u32,
    emphasis: u32,
    strike: u32,
    link: u32,
    /// Formatting every run of the current block carries (heading, table header).
    base: Format,
    lists: Vec<List>,
    /// The next paragraph of the current item carries its bullet or number.
    item_start: bool,
    quotes: u32,
    /// The text of the code block being read, written out whole at its end.
    code_block: Option<String>,
    /// Inside `<script>` or the like written inline: its text is not shown.
    hidden: u32,
    html_block: Option<String>,
    table: Option<Vec<Event<'static>>>,
    /// Column widths and alignments of the table being written.
    cells: Vec<(u32, Alignment)>,
    cell: usize,
    /// The excerpt's notes by label, numbered in the order first cited (as the HTML
    /// report numbers them), and the number the next paragraph opens with (a note's text).
    notes: Vec<String>,
    note_mark: Option<usize>,
}

/// Appends the WordprocessingML of `markdown` to `out`.
pub fn markdown(out: &mut Fragment, markdown: &str) {
    let mut converter = Converter {
        out,
        pending: None,
        open: false,
        run: String::new(),
        run_format: None,
        hyperlink_open: false,
        strong: 0,
        emphasis: 0,
        strike: 0,
        link: 0,
        base: Format::default(),
        lists: Vec::new(),
        item_start: false,
        quotes: 0,
        code_block: None,
        hidden: 0,
        html_block: None,
        table: None,
        cells: Vec::new(),
        cell: 0,
        notes: Vec::new(),
        note_mark: None,
    };
    // Notes (`[^x003-1]`, as compile labels a unit's) are marks and paragraphs in Word.
    let options = crate::read::dialect::options() | pulldown_cmark::Options::ENABLE_FOOTNOTES;
    for event in Parser::new_ext(markdown, options) {
        converter.event(event);
    }
    converter.end_paragraph();
}

/// Link targets Word may follow: web and mail addresses, written as a valid URI.
fn link_target(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")) {
        return None;
    }
    let mut target = String::with_capacity(url.len());
    for byte in url.trim().bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&byte) {
            target.push(char::from(byte));
        } else {
            target.push_str(&format!("%{byte:02X}"));
        }
    }
    Some(target)
}

impl Converter<'_> {
    fn format(&self) -> Format {
        Format {
            bold: self.base.bold || self.strong > 0,
            italic: self.base.italic || self.emphasis > 0,
            strike: self.strike > 0,
            code: false,
            link: self.hyperlink_open,
            size: self.base.size,
            superscript: false,
        }
    }

    /// The number of the note labelled `label`: the order it was first cited in.
    fn note_number(&mut self, label: &str) -> usize {
        match self.notes.iter().position(|l| l == label) {
            Some(i) => i + 1,
            None => {
                self.notes.push(label.to_owned());
                self.notes.len()
            }
        }
    }

    /// A note's number, raised.
    fn raise_mark(&mut self, number: usize) {
        self.ensure_open();
        self.flush();
        let format = Format {
            superscript: true,
            ..Format::default()
        };
        inline::run(&mut self.out.xml, &number.to_string(), format);
    }

    /// The paragraph a block of body text gets where it stands: the first paragraph of
    /// a list item carries its number, later ones line up under the item's text.
    fn body_para(&mut self) -> Para {
        let quote = i32::try_from(self.quotes).unwrap_or(0) * INDENT;
        match self.lists.last() {
            Some(list) => {
                let level = u32::try_from(self.lists.len() - 1).unwrap_or(0).min(8);
                let indent = i32::try_from(level).unwrap_or(0) * INDENT + quote;
                if std::mem::take(&mut self.item_start) {
                    Para {
                        numbering: Some((list.num_id, level)),
                        ..Para::default()
                    }
                } else {
                    Para {
                        left: Some(indent),
                        first_line: Some(INDENT),
                        ..Para::default()
                    }
                }
            }
            None if quote > 0 => Para {
                left: Some(quote),
                ..Para::default()
            },
            None => Para::default(),
        }
    }

    fn ensure_open(&mut self) {
        if self.open {
            return;
        }
        let para = match self.pending.take() {
            Some(para) => para,
            None => self.body_para(),
        };
        self.out.open_paragraph(&para);
        self.open = true;
        if let Some(number) = self.note_mark.take() {
            self.raise_mark(number);
            inline::run(&mut self.out.xml, " ", Format::default());
        }
    }

    fn flush(&mut self) {
        if let Some(format) = self.run_format.take() {
            inline::run(&mut self.out.xml, &self.run, format);
            self.run.clear();
        }
    }

    fn end_paragraph(&mut self) {
        self.flush();
        if self.open {
            if self.hyperlink_open {
                self.out.xml.push_str("</w:hyperlink>");
                self.hyperlink_open = false;
            }
            self.out.xml.push_str("</w:p>");
            self.open = false;
        }
        self.pending = None;
        // An unclosed `<script>` hides no more than its own paragraph.
        self.hidden = 0;
    }

    fn text(&mut self, text: &str, format: Format) {
        if self.hidden > 0 || text.is_empty() {
            return;
        }
        self.ensure_open();
        if self.run_format != Some(format) {
            self.flush();
            self.run_format = Some(format);
        }
        self.run.push_str(text);
    }

    fn event(&mut self, event: Event<'_>) {
        if let Some(events) = &mut self.table {
            let end = matches!(event, Event::End(TagEnd::Table));
            events.push(event.into_static());
            if end {
                let events = self.table.take().unwrap_or_default();
                self.write_table(events);
            }
            return;
        }
        if let Some(html) = &mut self.html_block {
            match event {
                Event::Html(text) | Event::Text(text) => html.push_str(&text),
                Event::End(TagEnd::HtmlBlock) => {
                    let text = raw_html::text(&self.html_block.take().unwrap_or_default());
                    self.end_paragraph();
                    let format = self.format();
                    self.text(&text, format);
                    self.end_paragraph();
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                if let Some(code) = &mut self.code_block {
                    code.push_str(&text);
                } else {
                    let format = self.format();
                    self.text(&text, format);
                }
            }
            Event::Code(text) => {
                let format = self.format();
                self.text(&text, Format { code: true, ..format });
            }
            Event::InlineMath(text) | Event::DisplayMath(text) => {
                let format = self.format();
                self.text(&text, format);
            }
            Event::Html(text) | Event::InlineHtml(text) => self.inline_html(&text),
            Event::SoftBreak => {
                let format = self.format();
                self.text(" ", format);
            }
            Event::HardBreak => {
                if self.hidden == 0 {
                    self.ensure_open();
                    self.flush();
                    inline::line_break(&mut self.out.xml);
                }
            }
            Event::Rule => {
                self.end_paragraph();
                let para = Para {
                    rule_below: true,
                    after: Some(120),
                    mark: Some(Format::default().sized(8)),
                    ..Para::default()
                };
                self.out.open_paragraph(&para);
                self.out.xml.push_str("</w:p>");
            }
            Event::FootnoteReference(label) => {
                if self.hidden == 0 {
                    let number = self.note_number(&label);
                    self.raise_mark(number);
                }
            }
            Event::TaskListMarker(_) => {}
        }
    }

    fn inline_html(&mut self, html: &str) {
        match raw_html::tag(html) {
            Some((name, closing)) if raw_html::hides_content(&name) && !html.trim_end().ends_with("/>") => {
                if closing {
                    self.hidden = self.hidden.saturating_sub(1);
                } else {
                    self.hidden += 1;
                }
            }
            Some((name, false)) if name == "br" => {
                if self.hidden == 0 {
                    self.ensure_open();
                    self.flush();
                    inline::line_break(&mut self.out.xml);
                }
            }
            Some(_) => {}
            None => {
                // A comment, or text that only looked like markup: show what a reader would.
                let text = raw_html::text(html);
                let format = self.format();
                self.text(&text, format);
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.end_paragraph();
                self.pending = Some(self.body_para());
            }
            Tag::Heading { level, .. } => {
                self.end_paragraph();
                let level = level as u8;
                self.base = match level {
                    1 | 2 => Format::BOLD,
                    3 => Format::BOLD_ITALIC,
                    _ => Format::ITALIC,
                };
                let mut para = self.body_para();
                para.keep_next = true;
                para.before = Some(120);
                self.pending = Some(para);
            }
            Tag::BlockQuote(_) => {
                self.end_paragraph();
                self.quotes += 1;
            }
            Tag::CodeBlock(_) => {
                self.end_paragraph();
                let mut para = Para::flush_left();
                para.after = Some(120);
                para.left = Some(i32::try_from(self.quotes).unwrap_or(0) * INDENT);
                self.pending = Some(para);
                self.code_block = Some(String::new());
            }
            Tag::HtmlBlock => {
                self.end_paragraph();
                self.html_block = Some(String::new());
            }
            Tag::List(start) => {
                self.end_paragraph();
                let level = u32::try_from(self.lists.len()).unwrap_or(0).min(8);
                let num_id = match start {
                    Some(start) => self.out.ordered_list(level, start),
                    None => BULLET_LIST,
                };
                self.lists.push(List { num_id });
            }
            Tag::Item => {
                self.end_paragraph();
                self.item_start = true;
            }
            Tag::Table(alignments) => {
                self.end_paragraph();
                self.table = Some(vec![Event::Start(Tag::Table(alignments))]);
            }
            Tag::Emphasis => self.emphasis += 1,
            Tag::Strong => self.strong += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { dest_url, .. } => {
                self.link += 1;
                if self.link == 1
                    && self.hidden == 0
                    && let Some(target) = link_target(&dest_url)
                {
                    self.ensure_open();
                    self.flush();
                    self.out.open_hyperlink(target);
                    self.hyperlink_open = true;
                }
            }
            Tag::TableHead | Tag::TableRow | Tag::TableCell => {}
            Tag::FootnoteDefinition(label) => {
                self.end_paragraph();
                self.note_mark = Some(self.note_number(&label));
            }
            Tag::Image { .. }
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Item => self.end_paragraph(),
            TagEnd::Heading(_) => {
                self.end_paragraph();
                self.base = Format::default();
            }
            TagEnd::BlockQuote(_) => {
                self.end_paragraph();
                self.quotes = self.quotes.saturating_sub(1);
            }
            TagEnd::CodeBlock => {
                let code = self.code_block.take().unwrap_or_default();
                let format = Format {
                    code: true,
                    size: Some(24),
                    ..Format::default()
                };
                self.text(code.strip_suffix('\n').unwrap_or(&code), format);
                self.end_paragraph();
            }
            TagEnd::List(_) => {
                self.end_paragraph();
                self.lists.pop();
            }
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link => {
                self.link = self.link.saturating_sub(1);
                if self.link == 0 && self.hyperlink_open {
                    self.flush();
                    self.out.xml.push_str("</w:hyperlink>");
                    self.hyperlink_open = false;
                }
            }
            _ => {}
        }
    }

    /// A Markdown table as a bordered Word table with its header row repeated.
    fn write_table(&mut self, events: Vec<Event<'static>>) {
        let Some(Event::Start(Tag::Table(alignments))) = events.first() else {
            return;
        };
        let alignments = alignments.clone();
        let mut needs = vec![Need::default(); alignments.len()];
        let share = TEXT_WIDTH / u32::try_from(alignments.len().max(1)).unwrap_or(1);
        let mut head = false;
        let mut column = 0;
        let mut cell_text = String::new();
        for event in &events {
            match event {
                Event::Start(Tag::TableHead) => head = true,
                Event::End(TagEnd::TableHead) => head = false,
                Event::Start(Tag::TableRow) => column = 0,
                Event::Start(Tag::TableCell) => cell_text.clear(),
                Event::End(TagEnd::TableCell) => {
                    if let Some(need) = needs.get_mut(column) {
                        if head {
                            need.add_header(&cell_text, share)
                        } else {
                            need.add(&cell_text, false)
                        }
                    }
                    column += 1;
                }
                Event::Text(text) | Event::Code(text) => cell_text.push_str(text),
                _ => {}
            }
        }
        let indent = self.quotes.saturating_mul(567);
        let widths = table::widths(&needs, TEXT_WIDTH.saturating_sub(indent));
        self.cells = widths.into_iter().zip(alignments).collect();
        table::open(
            &mut self.out.xml,
            &self.cells.iter().map(|c| c.0).collect::<Vec<_>>(),
            true,
        );
        let saved_lists = std::mem::take(&mut self.lists);
        let saved_quotes = std::mem::take(&mut self.quotes);
        for event in events.into_iter().skip(1) {
            match event {
                Event::Start(Tag::TableHead) => {
                    table::open_row(&mut self.out.xml, true);
                    self.cell = 0;
                    self.base = Format::BOLD;
                }
                Event::Start(Tag::TableRow) => {
                    table::open_row(&mut self.out.xml, false);
                    self.cell = 0;
                }
                Event::End(TagEnd::TableHead) => {
                    table::close_row(&mut self.out.xml);
                    self.base = Format::default();
                }
                Event::End(TagEnd::TableRow) => table::close_row(&mut self.out.xml),
                Event::Start(Tag::TableCell) => {
                    let (width, alignment) = self.cells.get(self.cell).copied().unwrap_or((0, Alignment::None));
                    table::open_cell(&mut self.out.xml, width);
                    let align = match alignment {
                        Alignment::Right => "right",
                        Alignment::Center => "center",
                        Alignment::Left | Alignment::None if self.base.bold => "center",
                        Alignment::Left | Alignment::None => "left",
                    };
                    self.pending = Some(Para {
                        style: Some("TableText"),
                        align: Some(align),
                        ..Para::default()
                    });
                }
                Event::End(TagEnd::TableCell) => {
                    self.ensure_open();
                    self.end_paragraph();
                    table::close_cell(&mut self.out.xml);
                    self.cell += 1;
                }
                Event::End(TagEnd::Table) => {}
                event => self.event(event),
            }
        }
        table::close(&mut self.out.xml);
        self.lists = saved_lists;
        self.quotes = saved_quotes;
    }
}

#[cfg(test)]
mod tests {
    use super::super::Resources;
    use super::*;

    fn convert(text: &str) -> (String, Resources) {
        let mut out = Fragment::default();
        markdown(&mut out, text);
        (out.xml, out.resources)
    }

    #[test]
    fn paragraphs_and_inline_formatting() {
        let (xml, _) = convert("Một **đậm** và *nghiêng* ~~gạch~~ `mã`\ndòng hai  \ndòng ba");
        assert!(xml.starts_with("<w:p><w:r>"), "{xml}");
        assert!(
            xml.contains(r#"<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">đậm</w:t>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">nghiêng</w:t>"#),
            "{xml}"
        );
        assert!(xml.contains("<w:strike/>"), "{xml}");
        assert!(xml.contains(r#"w:ascii="Courier New""#), "{xml}");
        assert!(xml.contains("<w:r><w:br/></w:r>"), "{xml}");
        assert_eq!(xml.matches("<w:p>").count(), 1, "{xml}");
    }

    #[test]
    fn lists_use_numbering_and_restart() {
        let (xml, resources) = convert("- a\n- b\n  - c\n\n1. x\n2. y\n\ntext\n\n3. z\n");
        assert_eq!(xml.matches(r#"<w:numId w:val="1"/>"#).count(), 3, "{xml}");
        assert!(xml.contains(r#"<w:ilvl w:val="1"/><w:numId w:val="1"/>"#), "{xml}");
        assert_eq!(resources.ordered_lists, [(0, 1), (0, 3)]);
        assert_eq!(xml.matches(r#"<w:numId w:val="2"/>"#).count(), 2, "{xml}");
        assert_eq!(xml.matches(r#"<w:numId w:val="3"/>"#).count(), 1, "{xml}");
    }

    #[test]
    fn tables_headings_links_and_raw_html() {
        let (xml, resources) = convert(
            "#### Tiêu đề\n\n| A | B |\n|---|--:|\n| x & y | 1.234 |\n\n[trang](<https://example.vn/a b>) <script>alert(1)</script> <b>đậm</b>\n\n<div>khối <i>HTML</i></div>\n",
        );
        assert!(
            xml.contains(r#"<w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Tiêu đề"#),
            "{xml}"
        );
        assert!(xml.contains("<w:tblHeader/>"), "{xml}");
        assert!(
            xml.contains(r#"<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">1.234"#),
            "{xml}"
        );
        assert!(xml.contains("x &amp; y"), "{xml}");
        assert!(!xml.contains("alert"), "{xml}");
        assert!(xml.contains(">  đậm<"), "{xml}");
        assert!(xml.contains(">khối HTML<"), "{xml}");
        assert_eq!(resources.links, ["https://example.vn/a%20b"]);
        assert!(xml.contains(r#"<w:hyperlink r:id="rIdLink1""#), "{xml}");
    }

    #[test]
    fn code_blocks_keep_their_lines() {
        let (xml, _) = convert("```\nlet a = 1;\n\tb\n```\n");
        assert!(
            xml.contains(r#"let a = 1;</w:t><w:br/><w:tab/><w:t xml:space="preserve">b</w:t>"#),
            "{xml}"
        );
    }
}
