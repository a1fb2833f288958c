//! A generated Markdown report written as a real Word document, the way a unit's Word
//! file holds it: a minimal OOXML package (`[Content_Types].xml`, `_rels/.rels`,
//! `word/document.xml` and its relationships, `word/styles.xml` declaring `heading 1…6`,
//! `word/numbering.xml` with one bullet list), written here with the `zip` crate so the
//! tests need no Python or Word.
//!
//! What it understands is the Markdown the generators of this folder write:
//!
//! - a YAML front matter (`key: value` lines between `---`) becomes custom document
//!   properties (`docProps/custom.xml`), which the reader takes as the front matter
//!   (pandoc writes a report's metadata there); quoted values are unquoted, a key with
//!   no value is left out (Word keeps no empty custom property);
//! - `#…` headings become paragraphs in the styles `Heading1…6`;
//! - a line entirely in `**…**` becomes a paragraph of one bold run (titles, the bold
//!   headings units type by hand);
//! - `- item` becomes a bulleted paragraph (Word's automatic bullet);
//! - a pipe table becomes a `w:tbl` with borders, its first row the header row, a cell
//!   entirely in `**…**` a bold run; so do tab-separated rows (a table pasted from Excel
//!   is a table in Word);
//! - an HTML `<table>` (one `<tr>` a line, as the generators write it) becomes a `w:tbl`
//!   whose merged cells are Word's own: `colspan` a `w:gridSpan`, `rowspan` a
//!   `w:vMerge` cell continued in the rows below; its `<th>` rows repeat as header rows;
//! - any other line with text becomes a paragraph of one plain run, as typed
//!   (`1. …` stays `1. …`: a number typed by hand).
//!
//! Blank lines only separate blocks; Markdown escapes are never written by the
//! generators, so a run's text is the line's text.

use std::io::{Cursor, Write};

/// Escapes text for XML content and attribute values.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn run(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#, xml(text))
}

fn paragraph(style: Option<&str>, bullet: bool, runs: &str) -> String {
    let mut props = String::new();
    if let Some(style) = style {
        props.push_str(&format!(r#"<w:pStyle w:val="{style}"/>"#));
    }
    if bullet {
        props.push_str(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#);
    }
    if props.is_empty() {
        format!("<w:p>{runs}</w:p>")
    } else {
        format!("<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>")
    }
}

/// A line's runs: bold where the line is `**…**` as a whole.
fn runs(line: &str) -> String {
    match line.strip_prefix("**").and_then(|l| l.strip_suffix("**")) {
        Some(inner) if !inner.contains("**") => run(inner, true),
        _ => run(line, false),
    }
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_owned()).collect()
}

fn is_separator(line: &str) -> bool {
    line.trim().starts_with('|') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// A cell of a table to write: its text, how many grid columns it spans, and whether it
/// opens (`Some(true)`) or continues (`Some(false)`) a vertical merge.
#[derive(Debug, Clone)]
struct TableCell {
    text: String,
    span: usize,
    merge: Option<bool>,
}

impl TableCell {
    fn plain(text: &str) -> TableCell {
        TableCell {
            text: text.to_owned(),
            span: 1,
            merge: None,
        }
    }
}

fn table(rows: &[Vec<String>]) -> String {
    let rows: Vec<(Vec<TableCell>, bool)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.iter().map(|c| TableCell::plain(c)).collect(), i == 0))
        .collect();
    merged_table(&rows)
}

/// A bordered `w:tbl`; each row's cells, and whether it is a header row (bold, repeated).
fn merged_table(rows: &[(Vec<TableCell>, bool)]) -> String {
    let columns = rows
        .iter()
        .map(|(r, _)| r.iter().map(|c| c.span).sum::<usize>())
        .max()
        .unwrap_or(1);
    let border = |side: &str| format!(r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#);
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|s| border(s))
        .collect();
    let mut out = format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>"#
    );
    for _ in 0..columns {
        out.push_str(r#"<w:gridCol w:w="2000"/>"#);
    }
    out.push_str("</w:tblGrid>");
    for (row, header) in rows {
        out.push_str("<w:tr>");
        if *header {
            out.push_str("<w:trPr><w:tblHeader/></w:trPr>");
        }
        let mut filled = 0;
        let padding = (row.len()..columns).map(|_| TableCell::plain(""));
        for cell in row.iter().cloned().chain(padding) {
            if filled >= columns {
                break;
            }
            filled += cell.span;
            let content = match cell.text.as_str() {
                "" => String::new(),
                text if *header => run(text, true),
                text => runs(text),
            };
            let mut props = format!(r#"<w:tcW w:w="{}" w:type="dxa"/>"#, 2000 * cell.span);
            if cell.span > 1 {
                props.push_str(&format!(r#"<w:gridSpan w:val="{}"/>"#, cell.span));
            }
            match cell.merge {
                Some(true) => props.push_str(r#"<w:vMerge w:val="restart"/>"#),
                Some(false) => props.push_str("<w:vMerge/>"),
                None => {}
            }
            out.push_str(&format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p>{content}</w:p></w:tc>"));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

/// A YAML scalar as the generators write it: plain, or in double quotes.
fn unquote(value: &str) -> String {
    let value = value.trim();
    match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => inner.to_owned(),
        None => value.to_owned(),
    }
}

/// The front matter's fields and the body, or no fields when the text has none (or
/// when it is never closed: then the whole text is the body).
fn split_front_matter(markdown: &str) -> (Vec<(String, String)>, Vec<&str>) {
    let lines: Vec<&str> = markdown.lines().collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return (Vec::new(), lines);
    }
    let Some(end) = lines.iter().skip(1).position(|l| l.trim_end() == "---") else {
        return (Vec::new(), lines);
    };
    // `key:` with nothing after it has no Word counterpart: Word does not keep a custom
    // property without a value, so the field is absent. (`key: ""` is a value: an empty
    // text.)
    let fields = lines[1..=end]
        .iter()
        .filter_map(|l| l.split_once(':'))
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k.trim().to_owned(), unquote(v)))
        .collect();
    (fields, lines[end + 2..].to_vec())
}

fn custom_properties(fields: &[(String, String)]) -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#,
    );
    for (i, (key, value)) in fields.iter().enumerate() {
        out.push_str(&format!(
            r#"<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{}" name="{}"><vt:lpwstr>{}</vt:lpwstr></property>"#,
            i + 2,
            xml(key),
            xml(value)
        ));
    }
    out.push_str("</Properties>");
    out
}

/// The value of `name="…"` in an HTML tag's attributes, as a number.
fn html_span(tag: &str, name: &str) -> usize {
    tag.split_once(&format!("{name}=\""))
        .and_then(|(_, rest)| rest.split('"').next()?.parse().ok())
        .unwrap_or(1)
}

/// The cells of one `<tr>…</tr>` line: (text, colspan, rowspan, header cell).
fn html_row(line: &str) -> Vec<(String, usize, usize, bool)> {
    let mut cells = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find("<t") {
        let after = &rest[open + 2..];
        let header = after.starts_with('h');
        if !(header || after.starts_with('d')) {
            rest = after;
            continue;
        }
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let inner = &after[tag_end + 1..];
        let close = inner.find("</t").unwrap_or(inner.len());
        cells.push((
            inner[..close].trim().to_owned(),
            html_span(tag, "colspan"),
            html_span(tag, "rowspan"),
            header,
        ));
        rest = &inner[close..];
    }
    cells
}

/// An HTML table's rows as Word rows: a cell spanning rows opens a vertical merge, which
/// the cells at its columns in the rows below continue.
fn html_table(lines: &[&str]) -> String {
    // Rows still to be covered at each grid column, and the span of the cell covering it.
    let mut below: Vec<(usize, usize)> = Vec::new();
    let mut rows = Vec::new();
    for line in lines.iter().filter(|l| l.trim_start().starts_with("<tr")) {
        let mut row = Vec::new();
        let mut header = false;
        let mut column = 0;
        let mut cells = html_row(line).into_iter().peekable();
        loop {
            if let Some(&(left, span)) = below.get(column).filter(|(left, _)| *left > 0) {
                below[column] = (left - 1, span);
                row.push(TableCell {
                    text: String::new(),
                    span,
                    merge: Some(false),
                });
                column += span;
                continue;
            }
            let Some((text, colspan, rowspan, th)) = cells.next() else {
                break;
            };
            header |= th;
            if below.len() < column + colspan {
                below.resize(column + colspan, (0, 1));
            }
            if rowspan > 1 {
                below[column] = (rowspan - 1, colspan);
            }
            row.push(TableCell {
                text,
                span: colspan,
                merge: (rowspan > 1).then_some(true),
            });
            column += colspan;
        }
        rows.push((row, header));
    }
    merged_table(&rows)
}

/// Cells of a tab-separated row pasted from Excel.
fn tab_cells(line: &str) -> Vec<String> {
    line.split('\t').map(|c| c.trim().to_owned()).collect()
}

/// `word/document.xml` for the body lines.
fn document(lines: &[&str]) -> String {
    let mut body = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        if line.trim_start().starts_with("<table") {
            let start = i;
            while i < lines.len() && !lines[i].trim_start().starts_with("</table>") {
                i += 1;
            }
            body.push_str(&html_table(&lines[start..i]));
            i += 1;
            continue;
        }
        if lines[i].contains('\t') {
            let mut rows = Vec::new();
            while i < lines.len() && lines[i].contains('\t') {
                rows.push(tab_cells(lines[i]));
                i += 1;
            }
            body.push_str(&table(&rows));
            continue;
        }
        if line.trim_start().starts_with('|') {
            let mut rows = Vec::new();
            while i < lines.len() && lines[i].trim_start().starts_with('|') {
                if !is_separator(lines[i]) {
                    rows.push(cells(lines[i]));
                }
                i += 1;
            }
            body.push_str(&table(&rows));
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
            let style = format!("Heading{hashes}");
            body.push_str(&paragraph(Some(&style), false, &run(line[hashes..].trim(), false)));
        } else if let Some(item) = line.strip_prefix("- ") {
            body.push_str(&paragraph(None, true, &runs(item.trim())));
        } else {
            body.push_str(&paragraph(None, false, &runs(line.trim())));
        }
        i += 1;
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    )
}

fn styles() -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#,
    );
    for level in 1..=6 {
        out.push_str(&format!(
            r#"<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="{}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"#,
            level - 1
        ));
    }
    out.push_str("</w:styles>");
    out
}

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

/// `markdown` (as the generators write it) as the bytes of a `.docx`.
pub fn from_markdown(markdown: &str) -> Vec<u8> {
    let (fields, body) = split_front_matter(markdown);
    let has_properties = !fields.is_empty();
    let mut content_types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    );
    if has_properties {
        content_types.push_str(r#"<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>"#);
        rels.push_str(r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>"#);
    }
    content_types.push_str("</Types>");
    rels.push_str("</Relationships>");
    let document_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#;

    let mut parts: Vec<(&str, String)> = vec![
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("word/document.xml", document(&body)),
        ("word/_rels/document.xml.rels", document_rels.to_owned()),
        ("word/styles.xml", styles()),
        ("word/numbering.xml", NUMBERING.to_owned()),
    ];
    if has_properties {
        parts.push(("docProps/custom.xml", custom_properties(&fields)));
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).expect("zip entry");
        zip.write_all(text.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip finished").into_inner()
}

/// `docx` with `xlsx` embedded as Word embeds a worksheet (Insert ▸ Object ▸ Excel): an
/// `o:OLEObject` of ProgID `Excel.Sheet.12` in a paragraph at the end of the body, its
/// relationship to `word/embeddings/Microsoft_Excel_Worksheet.xlsx`.
#[allow(dead_code)]
pub fn embed_sheet(docx: &[u8], xlsx: &[u8]) -> Vec<u8> {
    embed_object(docx, xlsx, "Excel.Sheet.12")
}

/// [`embed_sheet`] under another ProgID (`Excel.Sheet.8`: an old binary sheet).
#[allow(dead_code)]
pub fn embed_object(docx: &[u8], xlsx: &[u8], prog_id: &str) -> Vec<u8> {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).expect("a docx");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("a part");
        let name = file.name().expect("a part name").to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).expect("read");
        let mut text = String::from_utf8(data).expect("XML");
        match name.as_str() {
            "word/document.xml" => {
                let object = format!(
                    r#"<w:p><w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office"><o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1" r:id="rIdSheet"/></w:object></w:r></w:p>"#
                );
                text = text.replacen("<w:sectPr>", &format!("{object}<w:sectPr>"), 1);
            }
            "word/_rels/document.xml.rels" => {
                let rel = r#"<Relationship Id="rIdSheet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>"#;
                text = text.replacen("</Relationships>", &format!("{rel}</Relationships>"), 1);
            }
            _ => {}
        }
        out.start_file(name, options).expect("zip entry");
        out.write_all(text.as_bytes()).expect("zip write");
    }
    out.start_file("word/embeddings/Microsoft_Excel_Worksheet.xlsx", options)
        .expect("zip entry");
    out.write_all(xlsx).expect("zip write");
    out.finish().expect("zip finished").into_inner()
}
