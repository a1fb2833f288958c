//! A `.docx` into Markdown with a locator per line. What Word holds and how it is read
//! (pandoc's docx reader was the reference for what the XML holds):
//!
//! - headings from paragraph styles (`Heading 1…9` and localised names, `w:outlineLvl` in
//!   the paragraph or its style chain), their automatic numbers written out (`I.`, `1.`,
//!   `a)`) from `numbering.xml`, counted per list and level;
//! - runs with bold and italic kept as `**…**` and `*…*`; everything else the unit typed
//!   escaped, so Word text never becomes Markdown structure by accident;
//! - fields by their result, hyperlinks by their text, footnotes as Markdown footnotes
//!   after the paragraph citing them, tracked changes as accepted, comments ignored,
//!   pictures dropped (counted in a note);
//! - tables as pipe tables with merged cells resolved (a merged header cell repeats over
//!   its columns, stacked header rows are joined into one); a borderless table of one or
//!   two columns (the header block, the signature) as plain lines, column by column.
//!
//! Every part read is bounded (count, inflated size, XML nodes and nesting; no DTD):
//! a hostile file gives a located diagnostic, never a crash or a hang.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use roxmltree::{Document, Node};

use super::account::{self, escape_inline};
use super::legacy::{self, Legacy};
use super::{Converted, LineOrigin};
use crate::diagnostic::{ConversionNote, Diagnostic, Finding, Headings, Place, SNIPPET_MAX_CHARS, WordProblem};
use crate::text::heading::starts_with_numbering;

/// Most words of a bold line in capitals that names the place of what follows (`PHỤ
/// LỤC: SỐ LIỆU`), for a finding's nearest heading.
const CAPITALS_HEADING_MAX_WORDS: usize = 12;

/// Whether a bold line in capitals of the body (a header or signature is in a table or a
/// text box) names the place of what follows: three words at least (not `BÁO CÁO`, `BÍ
/// THƯ`, `GIÁM ĐỐC`), and not a signature's opening (`T/M BAN THƯỜNG VỤ`, `KT. GIÁM ĐỐC`,
/// `PHÓ CHỦ TỊCH`).
fn is_capitals_heading(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let signs = words.first().is_some_and(|w| {
        let w = crate::text::fold::bare(w);
        [
            "t/m", "tm", "tm.", "k/t", "kt", "kt.", "t/l", "tl", "tl.", "tuq", "tuq.", "q.", "q/", "pho",
        ]
        .contains(&w.as_str())
    });
    crate::text::is_capitals(text) && (3..=CAPITALS_HEADING_MAX_WORDS).contains(&words.len()) && !signs
}

/// Parts a package may list: a report with pictures has a few dozen.
pub const MAX_PARTS: usize = 10_000;
/// Largest part read, inflated: a 15-page report's `document.xml` is well under 2 MB.
pub const MAX_PART_BYTES: u64 = 16 * 1024 * 1024;
/// All parts read together, inflated.
pub const MAX_TOTAL_BYTES: u64 = 48 * 1024 * 1024;
/// Element nesting followed: Word nests a table in a cell in a table a few levels deep.
pub const MAX_DEPTH: usize = 128;
/// Grid columns of a table: a merged cell's `gridSpan` is bounded by it too.
const MAX_COLUMNS: usize = 64;
/// Style `basedOn` links followed (a loop must end).
const MAX_STYLE_CHAIN: usize = 16;

/// Reads a `.docx`. A package that cannot be read gives one `word-invalid` error in
/// `notes` and no text.
/// A Word document as a [`Source`]: its Markdown, the notes of reading it, and each
/// line's place in the document.
pub fn source<'a>(bytes: &'a [u8], _: &str) -> super::Source<'a> {
    let mut converted = read(bytes);
    super::Source {
        text: std::borrow::Cow::Owned(std::mem::take(&mut converted.text)),
        notes: std::mem::take(&mut converted.notes),
        origins: Some(converted),
        headings: Headings::Styles,
        moved: None,
    }
}

pub fn read(bytes: &[u8]) -> Converted {
    match read_package(bytes, true) {
        Ok(converted) => converted,
        Err(problem) => Converted {
            notes: vec![Diagnostic::whole_file(Finding::WordInvalid { problem })],
            ..Converted::default()
        },
    }
}

struct Package<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    total: u64,
}

impl Package<'_> {
    /// A part's text; `None` when the package has no such part.
    fn part(&mut self, name: &str) -> Result<Option<String>, WordProblem> {
        let Some(data) = self.bytes(name)? else {
            return Ok(None);
        };
        let text = match String::from_utf8(data) {
            Ok(text) => text,
            // UTF-16 parts are allowed by XML and written by nobody we know of.
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        Ok(Some(text))
    }

    /// A part's bytes, within the package's bounds; `None` when there is no such part.
    fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, WordProblem> {
        let mut file = match self.archive.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(WordProblem::NotZip { error: e.to_string() }),
        };
        let limit = MAX_PART_BYTES.min(MAX_TOTAL_BYTES.saturating_sub(self.total));
        let mut data = Vec::new();
        // Read through a bound, not by the declared size: a zip bomb declares little.
        (&mut file)
            .take(limit + 1)
            .read_to_end(&mut data)
            .map_err(|e| WordProblem::NotZip { error: e.to_string() })?;
        if data.len() as u64 > limit {
            return Err(WordProblem::PartTooLarge {
                part: name.to_owned(),
                limit: MAX_PART_BYTES,
            });
        }
        self.total += data.len() as u64;
        Ok(Some(data))
    }
}

fn parse<'a>(part: &str, text: &'a str) -> Result<Document<'a>, WordProblem> {
    super::xml::parse(text).map_err(|e| WordProblem::Xml {
        part: part.to_owned(),
        error: e.to_string(),
    })
}

/// The package read; with `legacy_fonts`, the text of runs in a legacy font (`.VnTime`,
/// `VNI-Times`) converted as its font says — read again without when that text reads
/// worse converted (a Unicode text someone set in an old font).
fn read_package(bytes: &[u8], legacy_fonts: bool) -> Result<Converted, WordProblem> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| WordProblem::NotZip { error: e.to_string() })?;
    if archive.len() > MAX_PARTS {
        return Err(WordProblem::TooManyParts {
            count: archive.len(),
            limit: MAX_PARTS,
        });
    }
    let mut package = Package { archive, total: 0 };
    let main = main_part(&mut package)?;
    let document_text = package
        .part(&main)?
        .ok_or_else(|| WordProblem::MissingPart { part: main.clone() })?;
    let styles_text = package.part("word/styles.xml")?;
    let numbering_text = package.part("word/numbering.xml")?;
    let footnotes_text = package.part("word/footnotes.xml")?;
    let endnotes_text = package.part("word/endnotes.xml")?;
    let custom_text = package.part("docProps/custom.xml")?;
    let core_text = package.part("docProps/core.xml")?;

    let styles = match &styles_text {
        Some(text) => Styles::read(&parse("word/styles.xml", text)?),
        None => Styles::default(),
    };
    let numbering = match &numbering_text {
        Some(text) => Numbering::read(&parse("word/numbering.xml", text)?),
        None => Numbering::default(),
    };
    let mut reader = Reader {
        styles,
        numbering,
        legacy: LegacyRuns {
            off: !legacy_fonts,
            ..LegacyRuns::default()
        },
        ..Reader::default()
    };
    if let Some(text) = &footnotes_text {
        reader.read_footnotes(&parse("word/footnotes.xml", text)?, Notes::Foot)?;
    }
    if let Some(text) = &endnotes_text {
        reader.read_footnotes(&parse("word/endnotes.xml", text)?, Notes::End)?;
    }
    let custom = custom_text
        .as_deref()
        .map(|t| parse("docProps/custom.xml", t))
        .transpose()?;
    let core = core_text
        .as_deref()
        .map(|t| parse("docProps/core.xml", t))
        .transpose()?;
    reader.front_matter(custom.as_ref(), core.as_ref());
    let document = parse(&main, &document_text)?;
    let body = document
        .root_element()
        .children()
        .find(|n| is(n, "body"))
        .ok_or_else(|| WordProblem::MissingPart {
            part: format!("{main} (w:body)"),
        })?;
    // Parts imported as they are (`w:altChunk`: a web system's HTML export), read before
    // the body so that each is read in its place.
    let chunk_ids: Vec<&str> = body
        .descendants()
        .filter(|n| is(n, "altChunk"))
        .filter_map(|n| attr(&n, "id"))
        .collect();
    if !chunk_ids.is_empty() {
        for (id, part) in chunk_ids.iter().zip(targets(&mut package, &main, &chunk_ids)?) {
            if let Some(part) = part
                && let Some(bytes) = package.bytes(&part)?
            {
                reader
                    .chunks
                    .insert((*id).to_owned(), crate::read::html_chunk::pieces(&bytes, &part));
            }
        }
    }
    reader.part = main.clone();
    reader.body_size = reader.styles.prevailing_size(body);
    reader.body = true;
    reader.blocks(body, 0)?;
    reader.body = false;
    if reader.legacy.misread() {
        return read_package(bytes, false);
    }
    // The page header is read only for who sent the report: a part there that cannot be
    // read leaves the body as readable as it was before anyone looked at it.
    let mut letterhead = || -> Result<Option<String>, WordProblem> {
        let Some(part) = first_page_header(&mut package, &main, body)? else {
            return Ok(None);
        };
        let Some(text) = package.part(&part)? else {
            return Ok(None);
        };
        Ok(Some(reader.aside(&part, parse(&part, &text)?.root_element())?))
    };
    let letterhead = letterhead().ok().flatten();
    let sheets = std::mem::take(&mut reader.sheets);
    let embedded = embedded_sheets(&mut package, &main, &sheets);
    // A sheet whose part cannot be read is an object dropped, as any other.
    reader.images += sheets.len() - embedded.len();
    let mut converted = reader.finish();
    converted.letterhead = letterhead.filter(|text| !text.trim().is_empty());
    converted.embedded_sheets = embedded;
    Ok(converted)
}

/// The header part Word prints at the top of the first page: the first section's
/// `first` header where that section sets a different first page (`w:titlePg`), else
/// its `default` one.
fn first_page_header(package: &mut Package<'_>, main: &str, body: Node<'_, '_>) -> Result<Option<String>, WordProblem> {
    // The first section's properties are the first met in document order: a section
    // ends at a paragraph holding them, and the body's own close the last section.
    let Some(section) = body.descendants().find(|n| is(n, "sectPr")) else {
        return Ok(None);
    };
    let kind = if child(&section, "titlePg").is_some_and(|t| toggle(&t)) {
        "first"
    } else {
        "default"
    };
    let Some(id) = section
        .children()
        .filter(|n| is(n, "headerReference"))
        .find(|n| attr(n, "type").unwrap_or("default") == kind)
        .and_then(|n| attr(&n, "id"))
    else {
        return Ok(None);
    };
    Ok(targets(package, main, &[id])?.pop().flatten())
}

/// The parts the main part's relationships `ids` point to, in the order of `ids`.
fn targets(package: &mut Package<'_>, main: &str, ids: &[&str]) -> Result<Vec<Option<String>>, WordProblem> {
    let (folder, name) = main.rsplit_once('/').unwrap_or(("", main));
    let rels_part = if folder.is_empty() {
        format!("_rels/{name}.rels")
    } else {
        format!("{folder}/_rels/{name}.rels")
    };
    let Some(rels) = package.part(&rels_part)? else {
        return Ok(vec![None; ids.len()]);
    };
    let rels = parse(&rels_part, &rels)?;
    let target = |id: &str| {
        let target = rels
            .root_element()
            .children()
            .filter(|n| is(n, "Relationship"))
            .find(|n| n.attribute("Id") == Some(id))
            .and_then(|n| n.attribute("Target"))?;
        Some(match target.strip_prefix('/') {
            Some(absolute) => absolute.to_owned(),
            None => resolved(folder, target),
        })
    };
    Ok(ids.iter().map(|id| target(id)).collect())
}

/// The worksheets embedded as objects, by their relationships; a part that cannot be
/// read is left out (the caller counts it among the objects dropped).
fn embedded_sheets(package: &mut Package<'_>, main: &str, ids: &[String]) -> Vec<(String, Vec<u8>)> {
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let Ok(parts) = targets(package, main, &ids) else {
        return Vec::new();
    };
    parts
        .into_iter()
        .flatten()
        .filter(|part| part.to_lowercase().ends_with(".xlsx"))
        .filter_map(|part| {
            let bytes = package.bytes(&part).ok().flatten()?;
            let name = part.rsplit('/').next().unwrap_or(&part).to_owned();
            Some((name, bytes))
        })
        .collect()
}

/// A relationship's target relative to `folder`, as the package names parts: `.` and
/// `..` taken away (`./header1.xml`, `../word/header1.xml`).
fn resolved(folder: &str, target: &str) -> String {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// The main document part, as the package's relationships name it (`word/document.xml`
/// nearly always; some producers use another name).
fn main_part(package: &mut Package<'_>) -> Result<String, WordProblem> {
    let Some(rels) = package.part("_rels/.rels")? else {
        return Ok("word/document.xml".into());
    };
    let rels = parse("_rels/.rels", &rels)?;
    let target = rels
        .root_element()
        .children()
        .filter(|n| is(n, "Relationship"))
        .find(|n| n.attribute("Type").is_some_and(|t| t.ends_with("/officeDocument")))
        .and_then(|n| n.attribute("Target"))
        .map(|t| t.trim_start_matches('/').to_owned());
    Ok(target.unwrap_or_else(|| "word/document.xml".into()))
}

/// The local name, whatever the namespace (transitional and strict OOXML alike).
fn is(node: &Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

/// An attribute by local name (`w:val`, `w:id`).
fn attr<'a>(node: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes().find(|a| a.name() == name).map(|a| a.value())
}

fn child<'a, 'i>(node: &Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| is(n, name))
}

/// A toggle property (`<w:b/>`, `<w:b w:val="0"/>`).
/// A content control left unfilled shows its prompt (`Bấm hoặc gõ nhẹ vào đây để nhập văn
/// bản.`), which is the template's, not the unit's: nothing is written there.
fn shows_placeholder(sdt: &Node<'_, '_>) -> bool {
    child(sdt, "sdtPr")
        .and_then(|p| child(&p, "showingPlcHdr"))
        .is_some_and(|h| toggle(&h))
}

/// A run's All Caps or Small Caps, when its properties say.
fn caps_of(rpr: &Node<'_, '_>) -> Option<bool> {
    let caps = child(rpr, "caps").map(|c| toggle(&c));
    let small = child(rpr, "smallCaps").map(|c| toggle(&c));
    match (caps, small) {
        (None, None) => None,
        (c, s) => Some(c.unwrap_or(false) || s.unwrap_or(false)),
    }
}

/// Text raised above the line or lowered under it (`w:vertAlign`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Shift {
    #[default]
    Baseline,
    Up,
    Down,
}

/// A run's vertical alignment, when its properties say.
fn shift_of(rpr: &Node<'_, '_>) -> Option<Shift> {
    child(rpr, "vertAlign").map(|v| match attr(&v, "val") {
        Some("superscript") => Shift::Up,
        Some("subscript") => Shift::Down,
        _ => Shift::Baseline,
    })
}

/// A raised or lowered run's text as it reads on the page: its digits and signs as the
/// superscript or subscript characters (`1.312` and a raised `1` are `1.312¹`, a figure
/// and its note's mark, not `1.3121`); other characters as they are.
fn shifted(text: &str, shift: Shift) -> String {
    match shift {
        Shift::Baseline => text.to_owned(),
        Shift::Up | Shift::Down => text
            .chars()
            .map(|c| crate::text::shifted(c, shift == Shift::Up))
            .collect(),
    }
}

/// A run's underline, when its properties say (`w:u w:val="none"` takes one away).
fn underline_of(rpr: &Node<'_, '_>) -> Option<bool> {
    child(rpr, "u").map(|u| !matches!(attr(&u, "val"), Some("none")))
}

fn toggle(node: &Node<'_, '_>) -> bool {
    !matches!(attr(node, "val"), Some("0" | "false" | "off" | "none"))
}

#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num: Option<(String, u8)>,
    bold: Option<bool>,
    italic: Option<bool>,
    /// All Caps or Small Caps: its runs show in capitals.
    caps: Option<bool>,
    underline: Option<bool>,
    /// Its runs' size in half-points (`w:sz`), when it sets one.
    size: Option<u16>,
    /// The font its runs are set in, when it names one.
    font: Option<Font>,
    /// Its runs raised or lowered (`w:vertAlign`), when it says.
    shift: Option<Shift>,
    /// A table style that draws borders.
    borders: bool,
}

#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, Style>,
    default_paragraph: Option<String>,
    /// The document's default font (`w:docDefaults`).
    default_font: Font,
    /// The document's default size in half-points (`w:docDefaults`; Word's own is 10 pt).
    default_size: u16,
}

/// The legacy encoding a run's font draws, and whether it draws capitals only; `None`
/// for a Unicode font.
type Font = Option<(Legacy, bool)>;

/// The font run properties name (`w:rFonts`: its high-ANSI face, which draws the
/// Latin-1 codes a legacy font uses for Vietnamese letters): `None` when they name none.
fn font_of(rpr: &Node<'_, '_>) -> Option<Font> {
    let fonts = child(rpr, "rFonts")?;
    let named = |name: &str| legacy::of_font(name).map(|l| (l, legacy::is_capitals_font(name)));
    // The high-ANSI face first, by name or by theme (a theme's font, `w:hAnsiTheme`, is a
    // Unicode one); the ASCII face only where the high-ANSI one is not given.
    if let Some(name) = attr(&fonts, "hAnsi") {
        return Some(named(name));
    }
    if attr(&fonts, "hAnsiTheme").is_some() {
        return Some(None);
    }
    match attr(&fonts, "ascii") {
        Some(name) => Some(named(name)),
        None => attr(&fonts, "asciiTheme").map(|_| None),
    }
}

/// The elements the body's blocks are read through: content controls, custom XML, tracked
/// insertions and moves (an unfilled control is left out before).
const BODY_CONTAINERS: [&str; 5] = ["sdt", "sdtContent", "customXml", "ins", "moveTo"];

/// Word's size where nothing sets one: 10 pt, in half-points.
const WORD_DEFAULT_SIZE: u16 = 20;

/// A run's size in half-points (`w:sz w:val="28"` is 14 pt), when its properties say.
fn size_of(rpr: &Node<'_, '_>) -> Option<u16> {
    child(rpr, "sz")
        .and_then(|s| attr(&s, "val")?.parse::<u16>().ok())
        .map(|size| size.min(WORD_MAX_SIZE))
}

/// Word's largest size, 1638 pt, in half-points.
const WORD_MAX_SIZE: u16 = 3276;

/// `heading 2`, `Heading 2`, `Đề mục 2`, `Tiêu đề 2` → 2; `Title` → 0.
fn heading_level_of_name(name: &str) -> Option<u8> {
    let lower = name.trim().to_lowercase();
    if matches!(lower.as_str(), "title" | "tiêu đề" | "tựa đề") {
        return Some(0);
    }
    for prefix in ["heading", "đề mục", "tiêu đề", "đầu đề"] {
        if let Some(rest) = lower.strip_prefix(prefix)
            && let Ok(level @ 1..=9) = rest.trim().parse::<u8>()
        {
            return Some(level);
        }
    }
    None
}

impl Styles {
    fn read(document: &Document<'_>) -> Styles {
        let mut styles = Styles::default();
        for node in document.root_element().children().filter(|n| is(n, "style")) {
            let Some(id) = attr(&node, "styleId") else { continue };
            let ppr = child(&node, "pPr");
            let rpr = child(&node, "rPr");
            let style = Style {
                name: child(&node, "name")
                    .and_then(|n| attr(&n, "val"))
                    .unwrap_or(id)
                    .to_owned(),
                based_on: child(&node, "basedOn").and_then(|n| attr(&n, "val")).map(str::to_owned),
                outline: ppr
                    .and_then(|p| child(&p, "outlineLvl"))
                    .and_then(|n| attr(&n, "val")?.parse().ok()),
                num: ppr.and_then(|p| num_pr(&p)),
                bold: rpr.and_then(|r| child(&r, "b")).map(|b| toggle(&b)),
                italic: rpr.and_then(|r| child(&r, "i")).map(|i| toggle(&i)),
                caps: rpr.and_then(|r| caps_of(&r)),
                underline: rpr.and_then(|r| underline_of(&r)),
                size: rpr.and_then(|r| size_of(&r)),
                font: rpr.and_then(|r| font_of(&r)),
                shift: rpr.and_then(|r| shift_of(&r)),
                borders: child(&node, "tblPr")
                    .and_then(|t| child(&t, "tblBorders"))
                    .is_some_and(|b| has_visible_border(&b)),
            };
            if attr(&node, "type") == Some("paragraph")
                && attr(&node, "default").is_some_and(|d| d == "1" || d == "true")
            {
                styles.default_paragraph = Some(id.to_owned());
            }
            styles.by_id.insert(id.to_owned(), style);
        }
        styles.default_font = child(&document.root_element(), "docDefaults")
            .and_then(|d| child(&d, "rPrDefault"))
            .and_then(|d| child(&d, "rPr"))
            .and_then(|r| font_of(&r))
            .flatten();
        styles.default_size = child(&document.root_element(), "docDefaults")
            .and_then(|d| child(&d, "rPrDefault"))
            .and_then(|d| child(&d, "rPr"))
            .and_then(|r| size_of(&r))
            .unwrap_or(WORD_DEFAULT_SIZE);
        styles
    }

    /// The size most of the body's text is set in, by characters: what a heading set
    /// larger stands out from.
    fn prevailing_size(&self, body: Node<'_, '_>) -> u16 {
        let mut characters: HashMap<u16, usize> = HashMap::new();
        // The body's own paragraphs, in the content controls and changes the body is read
        // through: an appendix's long table in a smaller size does not make every line of
        // the text "larger".
        let mut paragraphs = Vec::new();
        let mut open = vec![body];
        while let Some(node) = open.pop() {
            for part in node.children().filter(Node::is_element) {
                match part.tag_name().name() {
                    "p" => paragraphs.push(part),
                    "sdt" if shows_placeholder(&part) => {}
                    name if BODY_CONTAINERS.contains(&name) => open.push(part),
                    _ => {}
                }
            }
        }
        for paragraph in paragraphs {
            let style = child(&paragraph, "pPr")
                .and_then(|p| child(&p, "pStyle"))
                .and_then(|s| attr(&s, "val"));
            let paragraph_size = self
                .chain(style)
                .iter()
                .find_map(|s| s.size)
                .unwrap_or(self.default_size);
            // Runs inside links, insertions and fields too.
            for run in paragraph.descendants().filter(|n| is(n, "r")) {
                let rpr = child(&run, "rPr");
                let character = rpr
                    .and_then(|r| child(&r, "rStyle"))
                    .and_then(|s| attr(&s, "val"))
                    .and_then(|id| self.by_id.get(id))
                    .and_then(|s| s.size);
                let size = rpr.and_then(|r| size_of(&r)).or(character).unwrap_or(paragraph_size);
                let written: usize = run
                    .children()
                    .filter(|n| is(n, "t"))
                    .map(|t| t.text().unwrap_or_default().trim().chars().count())
                    .sum();
                *characters.entry(size).or_default() += written;
            }
        }
        characters
            .into_iter()
            .max_by_key(|&(size, n)| (n, std::cmp::Reverse(size)))
            .map_or(self.default_size, |(size, _)| size)
    }

    /// The style and those it is based on, nearest first.
    fn chain(&self, id: Option<&str>) -> Vec<&Style> {
        let mut out = Vec::new();
        let mut next = id.map(str::to_owned).or_else(|| self.default_paragraph.clone());
        while let Some(id) = next.take() {
            let Some(style) = self.by_id.get(&id) else { break };
            out.push(style);
            if out.len() >= MAX_STYLE_CHAIN {
                break;
            }
            next = style.based_on.clone();
        }
        out
    }
}

fn has_visible_border(borders: &Node<'_, '_>) -> bool {
    borders
        .children()
        .filter(Node::is_element)
        .any(|b| !matches!(attr(&b, "val"), Some("none" | "nil") | None))
}

/// `w:numPr`: the list and the level.
fn num_pr(ppr: &Node<'_, '_>) -> Option<(String, u8)> {
    let num = child(ppr, "numPr")?;
    let id = child(&num, "numId").and_then(|n| attr(&n, "val"))?.to_owned();
    let level = child(&num, "ilvl")
        .and_then(|n| attr(&n, "val")?.parse().ok())
        .unwrap_or(0u8)
        .min(8);
    Some((id, level))
}

#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → abstract id and the levels whose start it overrides.
    nums: HashMap<String, (String, HashMap<u8, u32>)>,
    /// Counters per list and level; `None` until the level is first used.
    counters: HashMap<String, [Option<u32>; 9]>,
}

impl Numbering {
    fn read(document: &Document<'_>) -> Numbering {
        let mut numbering = Numbering::default();
        for node in document.root_element().children() {
            if is(&node, "abstractNum") {
                let Some(id) = attr(&node, "abstractNumId") else {
                    continue;
                };
                let mut levels = vec![Level::default(); 9];
                for lvl in node.children().filter(|n| is(n, "lvl")) {
                    let Some(index) = attr(&lvl, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                        continue;
                    };
                    if let Some(level) = levels.get_mut(index) {
                        let value = |name: &str| child(&lvl, name).and_then(|n| attr(&n, "val")).unwrap_or_default();
                        *level = Level {
                            start: value("start").parse().unwrap_or(1),
                            format: value("numFmt").to_owned(),
                            text: value("lvlText").to_owned(),
                        };
                    }
                }
                numbering.abstracts.insert(id.to_owned(), levels);
            } else if is(&node, "num") {
                let Some(id) = attr(&node, "numId") else { continue };
                let Some(abstract_id) = child(&node, "abstractNumId").and_then(|n| attr(&n, "val")) else {
                    continue;
                };
                let overrides = node
                    .children()
                    .filter(|n| is(n, "lvlOverride"))
                    .filter_map(|o| {
                        let level = attr(&o, "ilvl")?.parse().ok()?;
                        let start = child(&o, "startOverride").and_then(|s| attr(&s, "val")?.parse().ok())?;
                        Some((level, start))
                    })
                    .collect();
                numbering
                    .nums
                    .insert(id.to_owned(), (abstract_id.to_owned(), overrides));
            }
        }
        numbering
    }

    /// The label of the next paragraph of list `id` at `level`, counted: `Some("")` for
    /// a level numbered `none`, `None` for a bullet (or no such list).
    fn next(&mut self, id: &str, level: u8) -> Option<Label> {
        let (abstract_id, overrides) = self.nums.get(id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let index = usize::from(level.min(8));
        let this = levels.get(index)?;
        if this.format == "bullet" {
            return Some(Label::Bullet);
        }
        let start_of = |i: usize| {
            u8::try_from(i)
                .ok()
                .and_then(|l| overrides.get(&l).copied())
                .unwrap_or_else(|| levels.get(i).map_or(1, |l| l.start))
        };
        let counters = self.counters.entry(id.to_owned()).or_insert([None; 9]);
        counters[index] = Some(match counters[index] {
            Some(n) => n.saturating_add(1),
            None => start_of(index),
        });
        for deeper in counters.iter_mut().skip(index + 1) {
            *deeper = None;
        }
        let mut label = String::new();
        let mut chars = this.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%'
                && let Some(digit) = chars.peek().and_then(|d| d.to_digit(10))
            {
                chars.next();
                let i = (digit as usize).saturating_sub(1).min(8);
                let value = counters[i].unwrap_or_else(|| start_of(i));
                let format = levels.get(i).map_or("decimal", |l| l.format.as_str());
                label.push_str(&format_number(value, format));
            } else {
                label.push(c);
            }
        }
        Some(Label::Text(label.trim().to_owned()))
    }
}

enum Label {
    Bullet,
    Text(String),
}

/// The Vietnamese alphabet as lists use it: no f, j, w, z; đ after d.
const LETTERS: [char; 23] = [
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
];

fn format_number(value: u32, format: &str) -> String {
    match format {
        "upperRoman" => crate::text::heading::roman(value),
        "lowerRoman" => crate::text::heading::roman(value).to_lowercase(),
        "lowerLetter" | "upperLetter" => {
            // Past y the letters double, as Word does (aa, bb…).
            let n = value.max(1) as usize - 1;
            let letter = LETTERS[n % LETTERS.len()];
            let text: String = std::iter::repeat_n(letter, n / LETTERS.len() + 1).collect();
            if format == "upperLetter" {
                text.to_uppercase()
            } else {
                text
            }
        }
        "decimalZero" => format!("{value:02}"),
        "none" => String::new(),
        _ => value.to_string(),
    }
}

/// A stretch of a paragraph's text with one formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Segment {
    text: String,
    bold: bool,
    italic: bool,
}

/// Word's two kinds of notes: footnotes at the page's foot, endnotes at the document's
/// end. Both become notes after the paragraph citing them, numbered in one sequence.
#[derive(Debug, Clone, Copy)]
enum Notes {
    Foot,
    End,
}

impl Notes {
    fn part(self) -> &'static str {
        match self {
            Notes::Foot => "word/footnotes.xml",
            Notes::End => "word/endnotes.xml",
        }
    }

    fn element(self) -> &'static str {
        match self {
            Notes::Foot => "footnote",
            Notes::End => "endnote",
        }
    }

    /// The note's key among both kinds: their ids are numbered apart.
    fn key(self, id: &str) -> String {
        match self {
            Notes::Foot => id.to_owned(),
            Notes::End => format!("e{id}"),
        }
    }
}

/// Whether a line of a paragraph is a heading typed in it: numbered (`1.`, `a)`, `II.`)
/// and set in bold or italics throughout, short.
fn titles(line: &[Segment]) -> bool {
    let written: Vec<&Segment> = line.iter().filter(|s| !s.text.trim().is_empty()).collect();
    let text: String = written.iter().map(|s| s.text.as_str()).collect();
    !written.is_empty()
        && written.iter().all(|s| s.bold || s.italic)
        && text.chars().count() <= TYPED_TITLE_MAX_CHARS
        && starts_with_numbering(text.trim_start())
}

/// The longest line [`titles`] takes for a heading.
const TYPED_TITLE_MAX_CHARS: usize = 160;

/// What the text itself sets in italics that is no heading: a quotation (`“Dân biết, dân
/// bàn …”`), a source or a unit of measure under a table (`Nguồn: …`, `Đơn vị tính: …`),
/// a place-and-date line (`…, ngày 10 tháng 4 năm 2026`).
fn is_set_apart_text(plain: &str) -> bool {
    const QUOTES: [char; 7] = ['“', '”', '"', '«', '»', '‘', '’'];
    let folded = crate::text::fold::bare(plain);
    plain.starts_with(QUOTES)
        || ["nguon", "don vi tinh", "dvt"]
            .iter()
            .any(|lead| folded.starts_with(lead))
        || folded.contains("ngay ") && folded.contains(" thang ") && folded.contains(" nam ")
}

/// The longest paragraph [`Paragraph::set_apart`] takes for a heading.
const SET_APART_MAX_CHARS: usize = 160;
/// How much larger than the body's text a heading set apart by size is: 1 pt.
const LARGER_BY: u16 = 2;

/// A paragraph as read: its lines (split at `w:br`) of segments, and the footnotes it cites.
#[derive(Debug, Default)]
struct Paragraph {
    lines: Vec<Vec<Segment>>,
    footnotes: Vec<usize>,
    /// The smallest size its written text is set in, in half-points.
    smallest: Option<u16>,
}

impl Paragraph {
    fn push(&mut self, text: &str, bold: bool, italic: bool) {
        if self.lines.is_empty() {
            self.lines.push(Vec::new());
        }
        let Some(line) = self.lines.last_mut() else { return };
        match line.last_mut() {
            Some(last) if last.bold == bold && last.italic == italic => last.text.push_str(text),
            _ => line.push(Segment {
                text: text.to_owned(),
                bold,
                italic,
            }),
        }
    }

    fn sized(&mut self, text: &str, size: u16) {
        if !text.trim().is_empty() {
            self.smallest = Some(self.smallest.map_or(size, |s| s.min(size)));
        }
    }

    /// Set apart from the body's text as a heading is, by an effect over the whole of it
    /// other than bold (which is a bold line already): italics, or a size larger than the
    /// body's — short, not a sentence, not an aside in brackets. A heading marked only so
    /// was text among text.
    fn set_apart(&self, body_size: u16) -> bool {
        let mut written = self
            .lines
            .iter()
            .flatten()
            .filter(|s| !s.text.trim().is_empty())
            .peekable();
        if written.peek().is_none() {
            return false;
        }
        let italic = written.all(|s| s.italic);
        let larger = self.smallest.is_some_and(|s| s >= body_size.saturating_add(LARGER_BY));
        let plain = self.plain();
        (italic || larger)
            && !self.all_bold()
            && plain.chars().count() <= SET_APART_MAX_CHARS
            && !plain.ends_with(['.', ';', ',', ')'])
            && !plain.starts_with('(')
            && !is_set_apart_text(&plain)
    }

    /// Every segment in bold: a line set apart is written as a bold one.
    fn embolden(&mut self) {
        self.lines.iter_mut().flatten().for_each(|s| s.bold = true);
    }

    fn line_break(&mut self) {
        if self.lines.is_empty() {
            self.lines.push(Vec::new());
        }
        self.lines.push(Vec::new());
    }

    /// The text as a person reads it: lines joined by a space, spaces collapsed.
    fn plain(&self) -> String {
        let joined = self
            .lines
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        collapse(&joined)
    }

    fn all_bold(&self) -> bool {
        let mut any = false;
        for s in self.lines.iter().flatten() {
            if !s.text.trim().is_empty() {
                if !s.bold {
                    return false;
                }
                any = true;
            }
        }
        any
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes what Markdown would read as a block marker at the start of a line: a list
/// (`-`, `+`, `1.`, `1)`), a setext underline (`=`), a code indent.
fn escape_line_start(line: &str) -> String {
    let line = line.trim_start();
    let marker_end = |rest: &str| rest.is_empty() || rest.starts_with(char::is_whitespace);
    match line.chars().next() {
        Some('-' | '+') if marker_end(&line[1..]) => format!("\\{line}"),
        Some('=') if line.chars().all(|c| c == '=' || c.is_whitespace()) => format!("\\{line}"),
        Some(c) if c.is_ascii_digit() => {
            let end = line.find(|c: char| !c.is_ascii_digit()).unwrap_or(line.len());
            let rest = &line[end..];
            match rest.chars().next() {
                Some('.' | ')') if end <= 9 && marker_end(&rest[1..]) => format!("{}\\{rest}", &line[..end]),
                _ => line.to_owned(),
            }
        }
        _ => line.to_owned(),
    }
}

/// A line of segments as Markdown: bold as `**…**`, italic as `*…*`, the spaces at a
/// stretch's ends outside its markers (`** x**` is not bold in Markdown).
fn inline_markdown(segments: &[Segment], all_bold: bool) -> String {
    markdown_line(segments, all_bold, true)
}

/// [`inline_markdown`], with or without escaping what would start a block. A table
/// cell starts none: its `-` (not applicable) stays `-`, as in a Markdown table, and is
/// not read back as the value `\-`.
fn markdown_line(segments: &[Segment], all_bold: bool, block_start: bool) -> String {
    let mut out = String::new();
    for segment in segments {
        let text = segment.text.as_str();
        let core = text.trim();
        if core.is_empty() {
            space(&mut out, text);
            continue;
        }
        if !out.is_empty() {
            space(&mut out, &text[..text.len() - text.trim_start().len()]);
        }
        let bold = segment.bold && !all_bold;
        let marker = match (bold, segment.italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        out.push_str(marker);
        escape_inline(core, &mut out);
        out.push_str(marker);
        space(&mut out, &text[text.trim_end().len()..]);
    }
    let out = if block_start {
        escape_line_start(out.trim())
    } else {
        out.trim().to_owned()
    };
    if all_bold && !out.is_empty() {
        format!("**{out}**")
    } else {
        out
    }
}

/// The white space between two runs of a line, once: a tab where there was one (a
/// signature tabbed to the right of `Nơi nhận:`, in bold), as within a run, so that the
/// header and signature readers see the column, as in a plain-text paste; else a space.
fn space(out: &mut String, white: &str) {
    if white.is_empty() {
        return;
    }
    if white.contains('\t') {
        if out.ends_with(' ') {
            out.pop();
        }
        if !out.ends_with('\t') {
            out.push('\t');
        }
    } else if !out.ends_with([' ', '\t']) {
        out.push(' ');
    }
}

/// One cell: its paragraphs, as Markdown and as plain text.
#[derive(Debug, Default, Clone)]
struct Cell {
    markdown: Vec<String>,
    plain: Vec<String>,
    /// Per line, whether it goes on with the paragraph of the line before (after a
    /// Shift+Enter) rather than starting one.
    continued: Vec<bool>,
    /// The notes the cell cites: (number, text).
    notes: Vec<(usize, String)>,
    span: usize,
    merge: Merge,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Merge {
    #[default]
    None,
    Restart,
    Continue,
}

#[derive(Debug, Default)]
struct Row {
    cells: Vec<Cell>,
    header: bool,
}

/// The list a paragraph is an item of: its numbering's id, and its level.
type ListItem = (String, u8);

/// A paragraph whose mark was deleted, waiting for the one it runs on into.
struct Held {
    paragraph: Paragraph,
    /// Any text is left of it (one deleted whole, text and mark, joins nothing).
    written: bool,
    /// The text boxes open around it.
    boxes: usize,
}

/// Whether a paragraph's mark was deleted with changes tracked and a paragraph follows
/// it: accepted, the two are one.
fn runs_on(paragraph: &Node<'_, '_>) -> bool {
    let deleted = child(paragraph, "pPr")
        .and_then(|p| child(&p, "rPr"))
        .is_some_and(|r| child(&r, "del").is_some());
    deleted && paragraph.next_sibling_element().is_some_and(|n| is(&n, "p"))
}

/// Where a table's paragraphs go while it is read.
#[derive(Default)]
struct Reader {
    styles: Styles,
    numbering: Numbering,
    part: String,
    out: String,
    lines: Vec<Option<LineOrigin>>,
    heading: Option<String>,
    paragraphs: usize,
    tables: usize,
    /// Footnote texts by id, and the number given to each id when first cited.
    footnote_texts: HashMap<String, String>,
    footnote_numbers: HashMap<String, usize>,
    footnotes_cited: Vec<String>,
    insertions: usize,
    deletions: usize,
    images: usize,
    /// Open fields: whether each is past its instruction (showing its result).
    fields: Vec<bool>,
    /// The last block written was a bulleted paragraph.
    last_bullet: bool,
    /// Where the text ends after the last paragraph written, when it was one of running
    /// text ending mid-sentence (no `.`, `:`, `;` …): one a printed line opening in small
    /// letters right after it goes on.
    open_end: Option<usize>,
    /// Text boxes open around the paragraph being read.
    boxes_open: usize,
    legacy: LegacyRuns,
    /// A paragraph whose mark was deleted with changes tracked: it runs on into the next.
    held: Option<Held>,
    /// The relationships of the Excel worksheets embedded as objects.
    sheets: Vec<String>,
    /// The size most of the body's text is set in, in half-points.
    body_size: u16,
    /// The body is being read (not a note, not the page header): only its objects'
    /// relationships are the main part's.
    body: bool,
    /// The HTML parts imported into the body (`w:altChunk`), read, by relationship id.
    chunks: HashMap<String, Vec<crate::read::html_chunk::Piece>>,
}

/// What a paragraph's runs inherit from its style.
#[derive(Clone, Copy, Default)]
struct RunStyle {
    bold: bool,
    italic: bool,
    caps: bool,
    underline: bool,
    /// In half-points.
    size: u16,
    font: Font,
    shift: Shift,
}

/// Most bytes of legacy-font text, before and after converting, kept to judge the
/// conversion by: a report's header and first pages say which reading is Vietnamese.
const LEGACY_SAMPLE_BYTES: usize = 16 * 1024;

/// The runs read in a legacy font: converted, the first encoding met, and a sample of
/// their text before and after, for [`LegacyRuns::misread`].
#[derive(Default)]
struct LegacyRuns {
    /// Read as written: the conversion read worse.
    off: bool,
    found: Option<Legacy>,
    before: String,
    after: String,
}

impl LegacyRuns {
    fn convert<'t>(&mut self, text: &'t str, font: Font) -> std::borrow::Cow<'t, str> {
        let Some((legacy, capitals)) = font.filter(|_| !self.off) else {
            return std::borrow::Cow::Borrowed(text);
        };
        let converted = legacy::convert_run(text, legacy, capitals);
        if converted == text {
            return std::borrow::Cow::Borrowed(text);
        }
        self.found.get_or_insert(legacy);
        if self.before.len() < LEGACY_SAMPLE_BYTES {
            self.before.push_str(text);
            self.before.push(' ');
            self.after.push_str(&converted);
            self.after.push(' ');
        }
        std::borrow::Cow::Owned(converted)
    }

    /// Text in a legacy font that reads worse converted than as it was: a Unicode text
    /// set in an old font, which Word shows garbled and the unit would have seen. A few
    /// words (a signer's name, a number line in `.VnTimeH`) are too few to judge: the
    /// font is trusted.
    fn misread(&self) -> bool {
        self.found.is_some() && legacy::enough_to_judge(&self.after) && !legacy::reads_better(&self.before, &self.after)
    }
}

impl Reader {
    fn too_deep(&self) -> WordProblem {
        WordProblem::TooDeep {
            part: self.part.clone(),
            limit: MAX_DEPTH,
        }
    }

    fn emit(&mut self, line: &str, origin: Option<LineOrigin>) {
        self.out.push_str(&unmark(line));
        self.out.push('\n');
        self.lines.push(origin);
    }

    fn blank(&mut self) {
        self.emit("", None);
    }

    /// The Markdown of another part's blocks (a page header), read as the body's are but
    /// kept apart from the body's text, its places and its notes.
    fn aside(&mut self, part: &str, root: Node<'_, '_>) -> Result<String, WordProblem> {
        let out = std::mem::take(&mut self.out);
        let lines = std::mem::take(&mut self.lines);
        let body_part = std::mem::replace(&mut self.part, part.to_owned());
        let heading = self.heading.take();
        // A field the body left open would swallow the part as its instruction.
        let fields = std::mem::take(&mut self.fields);
        let counts = (
            self.paragraphs,
            self.tables,
            self.images,
            self.insertions,
            self.deletions,
        );
        let (boxes_open, last_bullet) = (self.boxes_open, self.last_bullet);
        let legacy = (self.legacy.found, self.legacy.before.len(), self.legacy.after.len());
        let read = self.blocks(root, 0);
        let text = std::mem::replace(&mut self.out, out);
        self.lines = lines;
        self.part = body_part;
        self.heading = heading;
        self.fields = fields;
        (
            self.paragraphs,
            self.tables,
            self.images,
            self.insertions,
            self.deletions,
        ) = counts;
        (self.boxes_open, self.last_bullet) = (boxes_open, last_bullet);
        // The body's notes and the judging of its old fonts are the body's alone.
        self.legacy.found = legacy.0;
        self.legacy.before.truncate(legacy.1);
        self.legacy.after.truncate(legacy.2);
        read.map(|()| text)
    }

    /// The body's blocks, in order.
    fn blocks(&mut self, parent: Node<'_, '_>, depth: usize) -> Result<(), WordProblem> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        for node in parent.children().filter(Node::is_element) {
            match node.tag_name().name() {
                "p" => self.paragraph(node, depth + 1)?,
                "tbl" => self.table(node, depth + 1)?,
                "sdt" if shows_placeholder(&node) => {}
                name if BODY_CONTAINERS.contains(&name) => self.blocks(node, depth + 1)?,
                "del" | "moveFrom" => self.deletions += 1,
                "altChunk" => self.alt_chunk(node),
                "AlternateContent" => {
                    if let Some(choice) = node.children().find(Node::is_element) {
                        self.blocks(choice, depth + 1)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// An imported HTML part's blocks, as the body's own paragraphs; a part that could
    /// not be found, or gives nothing to read, is an object dropped, and said so.
    fn alt_chunk(&mut self, node: Node<'_, '_>) {
        use crate::read::html_chunk::Piece;
        let pieces = attr(&node, "id").and_then(|id| self.chunks.remove(id));
        let Some(pieces) = pieces.filter(|p| !p.is_empty()) else {
            self.images += 1;
            return;
        };
        for piece in pieces {
            self.paragraphs += 1;
            let quote = match &piece {
                Piece::Heading(_, text) | Piece::Text { text, .. } | Piece::Item(text) => text.clone(),
                Piece::Table(_) => String::new(),
            };
            let origin = LineOrigin {
                place: Place::Paragraph(self.paragraphs),
                heading: self.heading.clone(),
                quote: cut(&quote),
                cells: Vec::new(),
                row: String::new(),
                account: false,
            };
            let mut escaped = String::new();
            escape_inline(&quote, &mut escaped);
            let line = match piece {
                Piece::Heading(level, _) => {
                    self.heading = Some(cut(&quote));
                    format!("{} {escaped}", "#".repeat(usize::from(level.min(5)) + 1))
                }
                Piece::Text { bold: true, .. } => format!("**{}**", escaped),
                Piece::Text { .. } => escape_line_start(&escaped),
                Piece::Item(_) => format!("- {escaped}"),
                Piece::Table(html) => {
                    self.tables += 1;
                    html
                }
            };
            self.emit(&line, Some(origin));
            self.blank();
        }
        self.last_bullet = false;
    }

    /// A paragraph's runs, its heading level (0 for a title), and the list it is an item
    /// of (its numbering and level), whose label [`Reader::label_of`] gives.
    fn read_paragraph(
        &mut self,
        node: Node<'_, '_>,
        depth: usize,
    ) -> Result<(Paragraph, Option<u8>, Option<ListItem>), WordProblem> {
        let ppr = child(&node, "pPr");
        let style_id = ppr.and_then(|p| child(&p, "pStyle")).and_then(|s| attr(&s, "val"));
        let chain = self.styles.chain(style_id);
        let mut level = ppr
            .and_then(|p| child(&p, "outlineLvl"))
            .and_then(|n| attr(&n, "val")?.parse::<u8>().ok())
            .map(|l| l.saturating_add(1));
        let mut num = ppr.and_then(|p| num_pr(&p));
        let mut base = RunStyle::default();
        let (mut bold_set, mut italic_set) = (false, false);
        base.caps = chain.iter().find_map(|style| style.caps).unwrap_or(false);
        base.underline = chain.iter().find_map(|style| style.underline).unwrap_or(false);
        for style in &chain {
            level = level
                .or_else(|| heading_level_of_name(&style.name))
                .or_else(|| style.outline.map(|l| l.saturating_add(1)));
            num = num.or_else(|| style.num.clone());
            if !bold_set && let Some(b) = style.bold {
                base.bold = b;
                bold_set = true;
            }
            if !italic_set && let Some(i) = style.italic {
                base.italic = i;
                italic_set = true;
            }
        }
        base.font = chain
            .iter()
            .find_map(|style| style.font)
            .unwrap_or(self.styles.default_font);
        base.size = chain
            .iter()
            .find_map(|style| style.size)
            .unwrap_or(self.styles.default_size);
        // Outline level 9 is body text.
        let level = level.filter(|&l| l <= 9);
        let mut paragraph = Paragraph::default();
        self.inline(node, base, &mut paragraph, depth)?;
        Ok((paragraph, level, num))
    }

    /// The list label of a paragraph with text, counted: an empty one is no item.
    fn label_of(&mut self, num: Option<ListItem>, paragraph: &Paragraph) -> Option<Label> {
        match num {
            Some((id, level)) if id != "0" && !paragraph.plain().is_empty() => self.numbering.next(&id, level),
            _ => None,
        }
    }

    fn paragraph(&mut self, node: Node<'_, '_>, depth: usize) -> Result<(), WordProblem> {
        let runs_on = runs_on(&node);
        let (mut paragraph, level, num) = self.read_paragraph(node, depth)?;
        // The two are one paragraph, in the properties of the mark that stays; a paragraph
        // deleted whole, its text with its mark, leaves nothing to join. One held inside a
        // text box stays there: the box's paragraphs are not the body's.
        let boxes = self.boxes_open;
        let mut written = false;
        if let Some(mut held) = self.held.take_if(|h| h.boxes == boxes)
            && held.written
        {
            let mut lines = paragraph.lines.into_iter();
            if let Some(last) = held.paragraph.lines.last_mut() {
                last.extend(lines.next().unwrap_or_default());
            }
            held.paragraph.lines.extend(lines);
            held.paragraph.footnotes.append(&mut paragraph.footnotes);
            held.paragraph.smallest = match (held.paragraph.smallest, paragraph.smallest) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            paragraph = held.paragraph;
            written = true;
        }
        if runs_on {
            self.deletions += 1;
            // Told from this paragraph's own segments: a chain of such marks is read once.
            let written = written || paragraph.lines.iter().flatten().any(|s| !s.text.trim().is_empty());
            self.held = Some(Held {
                paragraph,
                written,
                boxes,
            });
            return Ok(());
        }
        // Counted once joined: a paragraph that ran on into this one is no item of its
        // own, and this one is an item if the two have text.
        let label = self.label_of(num, &paragraph);
        if paragraph.set_apart(self.body_size) {
            paragraph.embolden();
        }
        let plain = paragraph.plain();
        if plain.is_empty() {
            return Ok(());
        }
        let place = if self.boxes_open > 0 {
            Place::TextBox {
                paragraph: self.paragraphs + 1,
            }
        } else {
            self.paragraphs += 1;
            Place::Paragraph(self.paragraphs)
        };
        let in_body = matches!(place, Place::Paragraph(_));
        let label_text = match &label {
            Some(Label::Text(text)) if !text.is_empty() => Some(text.clone()),
            _ => None,
        };
        let quote_text = match &label_text {
            Some(label) => format!("{label} {plain}"),
            None => plain.clone(),
        };
        let origin = LineOrigin {
            place,
            heading: self.heading.clone(),
            quote: cut(&quote_text),
            cells: Vec::new(),
            row: String::new(),
            account: false,
        };
        match level {
            Some(level @ 1..=9) => {
                let mut line = "#".repeat(usize::from(level.min(5)) + 1);
                line.push(' ');
                let mut text = String::new();
                escape_inline(&quote_text, &mut text);
                line.push_str(&text);
                self.emit(&line, Some(origin));
                self.heading = Some(cut(&quote_text));
            }
            _ => {
                // A title (the report's type and subject) is bold text, not a section.
                let all_bold = level == Some(0) || paragraph.all_bold();
                let count = paragraph.lines.len();
                // Bulleted paragraphs in a row are one tight list, as typed in Markdown.
                let bullet = matches!(label, Some(Label::Bullet));
                // A paragraph a printed line (Word opening a PDF, a scan's text): one opening
                // in small letters after one ending mid-sentence goes on from it, as a PDF's
                // lines copied as text are read.
                let goes_on = label.is_none()
                    && !all_bold
                    && count == 1
                    && self.open_end == Some(self.out.len())
                    && quote_text.starts_with(char::is_lowercase);
                if (bullet && self.last_bullet || goes_on) && self.out.ends_with("\n\n") {
                    self.out.pop();
                    self.lines.pop();
                }
                for (i, segments) in paragraph.lines.iter().enumerate() {
                    let mut line = inline_markdown(segments, all_bold);
                    if i == 0 {
                        match &label {
                            Some(Label::Bullet) => line = format!("- {line}"),
                            Some(Label::Text(text)) if !text.is_empty() => {
                                let mut escaped = String::new();
                                escape_inline(text, &mut escaped);
                                let escaped = escape_line_start(&escaped);
                                line = if all_bold {
                                    format!("**{escaped} {}", line.trim_start_matches("**"))
                                } else {
                                    format!("{escaped} {line}")
                                };
                            }
                            _ => {}
                        }
                    }
                    if line.is_empty() {
                        continue;
                    }
                    // A line break in Word is a hard break: the paragraph stays one block;
                    // but a numbered line set in bold or italics after or before a break
                    // (`1. Những kết quả nổi bật` ⏎ its text ⏎ `2. Hạn chế` …, typed with
                    // Shift+Enter) is a heading of its own, as if typed as a paragraph.
                    let breaks = i + 1 < count
                        && paragraph.lines[i + 1..]
                            .iter()
                            .flatten()
                            .any(|s| !s.text.trim().is_empty());
                    let heading_line =
                        |k: usize| count > 1 && !all_bold && paragraph.lines.get(k).is_some_and(|l| titles(l));
                    let parts = breaks && (heading_line(i) || heading_line(i + 1));
                    if breaks && !parts {
                        line.push('\\');
                    }
                    self.emit(&line, Some(origin.clone()));
                    if parts {
                        self.blank();
                    }
                }
                // A heading typed by hand (a bold line, numbered or in capitals: `II. KẾT
                // QUẢ…`, `PHỤ LỤC: SỐ LIỆU`) names the place of what follows, as a styled
                // heading does; not the title, nor a line of the header or the signature.
                let typed_heading = starts_with_numbering(&quote_text) || in_body && is_capitals_heading(&quote_text);
                if all_bold && count <= 2 && quote_text.chars().count() <= 200 && typed_heading {
                    self.heading = Some(cut(&quote_text));
                }
            }
        }
        self.blank();
        self.last_bullet = matches!(label, Some(Label::Bullet)) && paragraph.footnotes.is_empty();
        let mid_sentence =
            !crate::text::words::ends_a_clause(quote_text.trim_end().trim_end_matches(['”', '"', '’', '»', ')']));
        self.open_end = (level.is_none()
            && label.is_none()
            && in_body
            && paragraph.footnotes.is_empty()
            && !paragraph.all_bold()
            && mid_sentence)
            .then_some(self.out.len());
        let heading = self.heading.clone();
        self.footnotes_after(&paragraph, &heading);
        Ok(())
    }

    fn footnotes_after(&mut self, paragraph: &Paragraph, heading: &Option<String>) {
        for &number in &paragraph.footnotes {
            let Some(id) = self.footnotes_cited.get(number - 1).cloned() else {
                continue;
            };
            let text = self.footnote_texts.get(&id).cloned().unwrap_or_default();
            let mut line = format!("[^{number}]: ");
            escape_inline(&text, &mut line);
            let origin = LineOrigin {
                place: Place::Footnote(number),
                heading: heading.clone(),
                quote: cut(&text),
                cells: Vec::new(),
                row: String::new(),
                account: false,
            };
            self.emit(&line, Some(origin));
            self.blank();
        }
    }

    /// The runs under `node`, in order, into `paragraph`.
    fn inline(
        &mut self,
        node: Node<'_, '_>,
        base: RunStyle,
        paragraph: &mut Paragraph,
        depth: usize,
    ) -> Result<(), WordProblem> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        for node in node.children().filter(Node::is_element) {
            match node.tag_name().name() {
                "r" => self.run(node, base, paragraph, depth + 1)?,
                "sdt" if shows_placeholder(&node) => {}
                "hyperlink" | "smartTag" | "customXml" | "sdt" | "sdtContent" | "fldSimple" | "bdo" | "dir"
                | "oMath" | "oMathPara" | "e" | "num" | "den" | "sub" | "sup" => {
                    self.inline(node, base, paragraph, depth + 1)?
                }
                "ins" | "moveTo" => {
                    self.insertions += 1;
                    self.inline(node, base, paragraph, depth + 1)?;
                }
                "del" | "moveFrom" => self.deletions += 1,
                "AlternateContent" => {
                    if let Some(choice) = node.children().find(Node::is_element) {
                        self.inline(choice, base, paragraph, depth + 1)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn run(
        &mut self,
        node: Node<'_, '_>,
        base: RunStyle,
        paragraph: &mut Paragraph,
        depth: usize,
    ) -> Result<(), WordProblem> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        let mut style = base;
        if let Some(rpr) = child(&node, "rPr") {
            let character = child(&rpr, "rStyle").and_then(|s| attr(&s, "val"));
            if let Some(character) = character {
                for s in self.styles.chain(Some(character)).iter().rev() {
                    style.bold = s.bold.unwrap_or(style.bold);
                    style.italic = s.italic.unwrap_or(style.italic);
                    style.caps = s.caps.unwrap_or(style.caps);
                    style.underline = s.underline.unwrap_or(style.underline);
                    style.size = s.size.unwrap_or(style.size);
                    style.font = s.font.unwrap_or(style.font);
                    style.shift = s.shift.unwrap_or(style.shift);
                }
            }
            if let Some(font) = font_of(&rpr) {
                style.font = font;
            }
            if let Some(b) = child(&rpr, "b") {
                style.bold = toggle(&b);
            }
            if let Some(i) = child(&rpr, "i") {
                style.italic = toggle(&i);
            }
            style.caps = caps_of(&rpr).unwrap_or(style.caps);
            style.underline = underline_of(&rpr).unwrap_or(style.underline);
            style.size = size_of(&rpr).unwrap_or(style.size);
            style.shift = shift_of(&rpr).unwrap_or(style.shift);
            if child(&rpr, "vanish").is_some_and(|v| toggle(&v)) {
                return Ok(());
            }
        }
        for part in node.children().filter(Node::is_element) {
            let in_instruction = self.fields.last().is_some_and(|showing| !showing);
            match part.tag_name().name() {
                "t" if !in_instruction => {
                    // Converted first: TCVN3 draws `ư` over the soft hyphen, which cleaning drops.
                    let text = self.legacy.convert(part.text().unwrap_or_default(), style.font);
                    let mut text = clean(&text);
                    // Shown as the reader sees it: in capitals under All Caps; underlined,
                    // which Markdown cannot say, as bold (a heading marked so is one).
                    if style.caps {
                        text = text.to_uppercase();
                    }
                    if style.shift != Shift::Baseline {
                        text = shifted(&text, style.shift);
                    }
                    paragraph.push(&text, style.bold || style.underline, style.italic);
                    paragraph.sized(&text, style.size);
                }
                "tab" if !in_instruction => paragraph.push("\t", style.bold || style.underline, style.italic),
                "br" | "cr" if !in_instruction && !matches!(attr(&part, "type"), Some("page" | "column")) => {
                    paragraph.line_break();
                }
                "noBreakHyphen" if !in_instruction => paragraph.push("-", style.bold, style.italic),
                "fldChar" => match attr(&part, "fldCharType") {
                    Some("begin") => self.fields.push(false),
                    Some("separate") => {
                        if let Some(last) = self.fields.last_mut() {
                            *last = true;
                        }
                    }
                    Some("end") => {
                        self.fields.pop();
                    }
                    _ => {}
                },
                "drawing" | "pict" | "object" => {
                    // A text box's paragraphs are the report's: an old template's header
                    // block is two boxes, a signature or a boxed example may be one. They
                    // are read in place, before the paragraph anchoring them, as pandoc
                    // reads them; a stamp among them (`DỰ THẢO`) is the apparatus's to know.
                    let boxes = text_boxes(part);
                    // A body paragraph waiting to run on into this one waits out the box.
                    let waiting = self.held.take();
                    self.boxes_open += 1;
                    let read = boxes.iter().try_for_each(|content| self.blocks(*content, depth + 1));
                    self.boxes_open -= 1;
                    self.held = waiting;
                    read?;
                    if let Some(id) = embedded_sheet(part).filter(|_| self.body) {
                        self.sheets.push(id.to_owned());
                    } else if boxes.is_empty() || has_picture(part) {
                        self.images += 1;
                    }
                }
                reference @ ("footnoteReference" | "endnoteReference") => {
                    let notes = if reference == "endnoteReference" {
                        Notes::End
                    } else {
                        Notes::Foot
                    };
                    if let Some(id) = attr(&part, "id").map(|id| notes.key(id)) {
                        let id = id.as_str();
                        let number = match self.footnote_numbers.get(id) {
                            Some(&n) => n,
                            None => {
                                self.footnotes_cited.push(id.to_owned());
                                let n = self.footnotes_cited.len();
                                self.footnote_numbers.insert(id.to_owned(), n);
                                n
                            }
                        };
                        paragraph.push(&format!("{FOOTNOTE_OPEN}{number}{FOOTNOTE_CLOSE}"), false, false);
                        paragraph.footnotes.push(number);
                    }
                }
                "AlternateContent" => {
                    if let Some(choice) = part.children().find(Node::is_element) {
                        self.run(choice, style, paragraph, depth + 1)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn read_footnotes(&mut self, document: &Document<'_>, notes: Notes) -> Result<(), WordProblem> {
        let saved = std::mem::replace(&mut self.part, notes.part().into());
        for note in document.root_element().children().filter(|n| is(n, notes.element())) {
            // Separators and continuation notices are Word's furniture.
            if attr(&note, "type").is_some_and(|t| t != "normal") {
                continue;
            }
            let Some(id) = attr(&note, "id").map(|id| notes.key(id)) else {
                continue;
            };
            let mut texts = Vec::new();
            for p in note.children().filter(|n| is(n, "p")) {
                let mut paragraph = Paragraph::default();
                let base = RunStyle {
                    font: self.styles.default_font,
                    ..RunStyle::default()
                };
                self.inline(p, base, &mut paragraph, 2)?;
                let plain = paragraph.plain();
                if !plain.is_empty() {
                    texts.push(plain);
                }
            }
            self.footnote_texts.insert(id, texts.join(" "));
        }
        // A footnote's own text cites nothing; its counts are not the document's.
        self.fields.clear();
        self.part = saved;
        Ok(())
    }

    /// Custom document properties named like front-matter fields become the front
    /// matter: `baocao new --format docx` keeps who the report is from there.
    fn front_matter(&mut self, custom: Option<&Document<'_>>, core: Option<&Document<'_>>) {
        let mut found: Vec<(&str, String)> = Vec::new();
        let properties = custom
            .into_iter()
            .flat_map(|d| d.root_element().children())
            .filter(|n| is(n, "property"));
        for property in properties {
            let Some(name) = attr(&property, "name") else { continue };
            let Some(field) = super::METADATA_FIELDS
                .iter()
                .find(|f| f.eq_ignore_ascii_case(name.trim()))
            else {
                continue;
            };
            let value: String = property
                .children()
                .filter(Node::is_element)
                .filter_map(|v| v.text())
                .collect();
            found.push((*field, value.trim().to_owned()));
        }
        if found.is_empty() {
            return;
        }
        // Word's own Category property (File ▸ Info ▸ Properties) holds the unit's
        // category where the custom properties do not (pandoc writes it there).
        if !found.iter().any(|(f, _)| *f == "category")
            && let Some(category) = core
                .into_iter()
                .flat_map(|d| d.root_element().children())
                .find(|n| is(n, "category"))
                .and_then(|n| n.text())
                .map(str::trim)
                .filter(|c| !c.is_empty())
        {
            found.push(("category", category.to_owned()));
        }
        self.emit("---", None);
        for (field, value) in found {
            let quoted = serde_json::to_string(&value).unwrap_or_else(|_| "\"\"".into());
            let origin = LineOrigin {
                place: Place::Property(field.to_owned()),
                heading: None,
                quote: cut(&value),
                cells: Vec::new(),
                row: String::new(),
                account: false,
            };
            self.emit(&format!("{field}: {quoted}"), Some(origin));
        }
        self.emit("---", None);
        self.blank();
    }

    /// A cell's paragraphs (those of tables nested deeper flattened into it).
    fn cell(&mut self, node: Node<'_, '_>, depth: usize, cell: &mut Cell) -> Result<(), WordProblem> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        for part in node.children().filter(Node::is_element) {
            match part.tag_name().name() {
                "p" => {
                    let (paragraph, _, num) = self.read_paragraph(part, depth + 1)?;
                    let label = self.label_of(num, &paragraph);
                    let plain = paragraph.plain();
                    if plain.is_empty() {
                        continue;
                    }
                    let all_bold = paragraph.all_bold();
                    // Each line (Shift+Enter splits a header cell's `ĐẢNG BỘ TỈNH` from its
                    // `ĐẢNG ỦY XÃ …`) is a line of the cell: a data table joins them again.
                    let mut lines: Vec<(String, String)> = paragraph
                        .lines
                        .iter()
                        .map(|l| {
                            let text: String = l.iter().map(|s| s.text.as_str()).collect();
                            (markdown_line(l, all_bold, false), collapse(&text))
                        })
                        .filter(|(markdown, _)| !markdown.is_empty())
                        .collect();
                    if let Some(Label::Text(label)) = label.filter(|l| matches!(l, Label::Text(t) if !t.is_empty()))
                        && let Some((markdown, plain)) = lines.first_mut()
                    {
                        let mut escaped = String::new();
                        escape_inline(&label, &mut escaped);
                        *markdown = format!("{escaped} {markdown}");
                        *plain = format!("{label} {plain}");
                    }
                    for (i, (markdown, plain)) in lines.into_iter().enumerate() {
                        cell.markdown.push(markdown);
                        cell.plain.push(plain);
                        cell.continued.push(i > 0);
                    }
                    for &number in &paragraph.footnotes {
                        if let Some(text) = self
                            .footnotes_cited
                            .get(number - 1)
                            .and_then(|id| self.footnote_texts.get(id))
                        {
                            cell.notes.push((number, text.clone()));
                        }
                    }
                }
                "tbl" => {
                    for row in part.children().filter(|n| is(n, "tr")) {
                        for tc in row.children().filter(|n| is(n, "tc")) {
                            self.cell(tc, depth + 2, cell)?;
                        }
                    }
                }
                "sdt" if shows_placeholder(&part) => {}
                "sdt" | "sdtContent" | "customXml" | "ins" => self.cell(part, depth + 1, cell)?,
                // An HTML part imported into the cell: its blocks, a line each.
                "altChunk" => {
                    use crate::read::html_chunk::Piece;
                    let pieces = attr(&part, "id").and_then(|id| self.chunks.remove(id));
                    let Some(pieces) = pieces.filter(|p| !p.is_empty()) else {
                        self.images += 1;
                        continue;
                    };
                    for piece in pieces {
                        let plain = match piece {
                            Piece::Heading(_, text) | Piece::Text { text, .. } | Piece::Item(text) => text,
                            Piece::Table(html) => crate::read::raw_html::text(&html),
                        };
                        let mut markdown = String::new();
                        escape_inline(&plain, &mut markdown);
                        cell.markdown.push(markdown);
                        cell.plain.push(plain);
                        cell.continued.push(false);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn table(&mut self, node: Node<'_, '_>, depth: usize) -> Result<(), WordProblem> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        let tblpr = child(&node, "tblPr");
        let style_borders = tblpr
            .and_then(|t| child(&t, "tblStyle"))
            .and_then(|s| attr(&s, "val"))
            .is_some_and(|id| self.styles.chain(Some(id)).iter().any(|s| s.borders));
        let own_borders = tblpr.and_then(|t| child(&t, "tblBorders"));
        let bordered = match own_borders {
            Some(b) => has_visible_border(&b),
            None => style_borders,
        };
        // Tables set in the cells of a borderless one (two appendix tables side by side on
        // a landscape page, each under its caption): the outer one is the page's columns,
        // each cell read as a stretch of the body, column by column. Flattened into the
        // outer cell, their figures were lines of a layout.
        if !bordered && let Some(columns) = page_columns(node) {
            for tc in columns {
                self.blocks(tc, depth + 2)?;
            }
            return Ok(());
        }
        let mut rows = Vec::new();
        for tr in node.children().filter(|n| is(n, "tr")) {
            let header = child(&tr, "trPr")
                .and_then(|p| child(&p, "tblHeader"))
                .is_some_and(|h| toggle(&h));
            let mut row = Row {
                cells: Vec::new(),
                header,
            };
            // Grid columns a row leaves out before its first cell (`w:gridBefore`: a row
            // starting under the second column, the group column left blank) and after its
            // last: empty cells, so that each cell stays under its column's header.
            let (before, after) = grid_skipped(&tr);
            let mut columns = 0;
            if before > 0 {
                row.cells.push(Cell {
                    span: before,
                    ..Cell::default()
                });
                columns += before;
            }
            for tc in tr.children().filter(|n| is(n, "tc")) {
                let tcpr = child(&tc, "tcPr");
                let span = span_of(&tc);
                let merge = match tcpr.and_then(|p| child(&p, "vMerge")) {
                    Some(v) if attr(&v, "val") == Some("restart") => Merge::Restart,
                    Some(_) => Merge::Continue,
                    None => Merge::None,
                };
                if columns + span > MAX_COLUMNS {
                    break;
                }
                columns += span;
                let mut cell = Cell {
                    span,
                    merge,
                    ..Cell::default()
                };
                self.cell(tc, depth + 2, &mut cell)?;
                row.cells.push(cell);
            }
            if after > 0 && columns + after <= MAX_COLUMNS {
                row.cells.push(Cell {
                    span: after,
                    ..Cell::default()
                });
            }
            rows.push(row);
        }
        let columns = rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.span).sum::<usize>())
            .max()
            .unwrap_or(0);
        if columns == 0 || rows.iter().all(|r| r.cells.iter().all(|c| c.plain.is_empty())) {
            return Ok(());
        }
        self.tables += 1;
        self.last_bullet = false;
        // A frame of one cell, bordered or not, holds the report's own paragraphs (a body
        // boxed in Word): they are lines of text, not a cell of figures.
        let frame = columns == 1 && rows.len() == 1;
        let rule = account_rows(&rows);
        if account::is_account(&rule, columns) {
            self.account_table(&rows, &rule, columns);
        } else if (!bordered && (columns <= 2 || spaced_pair(&rows, columns) || stacked_cells(&rows))) || frame {
            self.layout_table(&rows, columns, frame);
        } else {
            self.data_table(&rows, columns);
        }
        Ok(())
    }

    /// The header block or a signature laid out in a borderless table: each column's
    /// lines in turn, as a pasted copy reads.
    fn layout_table(&mut self, rows: &[Row], columns: usize, frame: bool) {
        for column in 0..columns {
            for (r, row) in rows.iter().enumerate() {
                let mut at = 0;
                for cell in &row.cells {
                    if at == column && cell.merge != Merge::Continue {
                        // In a frame the body's paragraphs keep their line breaks; a
                        // header's or signature's lines are lines of their own.
                        self.cell_lines(cell, (r, column), frame, false);
                    }
                    at += cell.span;
                }
            }
        }
    }

    /// A cell's lines, each a paragraph, or its paragraphs with their line breaks
    /// (`paragraphs`); its notes follow its text, a line each.
    /// (`account`: the text of an account table's row.)
    fn cell_lines(&mut self, cell: &Cell, (row, column): (usize, usize), paragraphs: bool, account: bool) {
        let table = self.tables;
        let notes: Vec<(String, String)> = cell.notes.iter().map(|(n, text)| note_line(*n, text)).collect();
        let lines = cell
            .markdown
            .iter()
            .zip(&cell.plain)
            .chain(notes.iter().map(|(m, p)| (m, p)));
        for (k, (markdown, plain)) in lines.enumerate() {
            let goes_on = paragraphs && cell.continued.get(k + 1).copied().unwrap_or(false);
            let origin = LineOrigin {
                place: Place::Cell {
                    table,
                    row: row + 1,
                    column: column + 1,
                },
                heading: self.heading.clone(),
                quote: cut(plain),
                cells: Vec::new(),
                row: String::new(),
                account,
            };
            let mut line = escape_line_start(markdown);
            if goes_on {
                line.push('\\');
            }
            self.emit(&line, Some(origin));
            if !goes_on {
                self.blank();
            }
        }
    }

    /// An account set out as a table (`Nội dung` | `Kết quả thực hiện`, the part a row
    /// names on its left, its paragraphs on its right): each row its title as a line of
    /// its own, in bold, then its text, as the report would read typed out. The column
    /// titles over it are the table's, not the unit's text.
    fn account_table(&mut self, rows: &[Row], rule: &[account::Row], columns: usize) {
        let table = self.tables;
        for r in account::title_rows(rule)..rows.len() {
            let (label, text) = account::parts(&rule[r], columns);
            let label = account::title_of(label.iter().map(|&k| rule[r].cells[k].text.as_str()));
            if !label.is_empty() {
                let mut line = String::from("**");
                escape_inline(&label, &mut line);
                line.push_str("**");
                let origin = LineOrigin {
                    place: Place::Cell {
                        table,
                        row: r + 1,
                        column: 1,
                    },
                    heading: self.heading.clone(),
                    quote: cut(&label),
                    cells: Vec::new(),
                    row: String::new(),
                    account: true,
                };
                self.emit(&line, Some(origin));
                self.blank();
            }
            if let Some((k, column)) = text {
                self.cell_lines(&rows[r].cells[k], (r, column), true, true);
            }
        }
    }

    fn data_table(&mut self, rows: &[Row], columns: usize) {
        let table = self.tables;
        // Each row on the grid: (markdown, plain) per column, and whether the slot is the
        // cell's own (not a span's copy or a vertical merge's continuation).
        type Slot = (String, String, bool);
        let mut grid: Vec<Vec<Slot>> = Vec::with_capacity(rows.len());
        for (r, row) in rows.iter().enumerate() {
            let mut slots: Vec<Slot> = Vec::with_capacity(columns);
            for cell in &row.cells {
                let at = slots.len();
                let (markdown, plain, own) = if cell.merge == Merge::Continue {
                    let above = r
                        .checked_sub(1)
                        .and_then(|p| grid.get(p))
                        .and_then(|g: &Vec<Slot>| g.get(at))
                        .map(|s| (s.0.clone(), s.1.clone()))
                        .unwrap_or_default();
                    (above.0, above.1, false)
                } else {
                    (cell.markdown.join(" "), cell.plain.join(" "), true)
                };
                for i in 0..cell.span {
                    slots.push((markdown.clone(), plain.clone(), own && i == 0));
                }
            }
            slots.resize(columns, (String::new(), String::new(), true));
            grid.push(slots);
        }
        // Header rows: the first, those marked to repeat, and those a first-row cell
        // runs down into (`Số liệu` over `2015 - 2020`).
        let mut header_rows = 1;
        while header_rows < rows.len().min(3) {
            let next = &rows[header_rows];
            let merged_down = next.cells.iter().any(|c| c.merge == Merge::Continue);
            if next.header || merged_down {
                header_rows += 1;
            } else {
                break;
            }
        }
        if header_rows == rows.len() && rows.len() > 1 {
            header_rows = 1;
        }
        let mut header_markdown = Vec::with_capacity(columns);
        let mut header_plain = Vec::with_capacity(columns);
        for column in 0..columns {
            let mut parts_md: Vec<&str> = Vec::new();
            let mut parts_plain: Vec<&str> = Vec::new();
            for row in grid.iter().take(header_rows) {
                if let Some((md, plain, _)) = row.get(column)
                    && !plain.is_empty()
                    && parts_plain.last() != Some(&plain.as_str())
                {
                    parts_md.push(md);
                    parts_plain.push(plain);
                }
            }
            header_markdown.push(parts_md.join(" "));
            header_plain.push(parts_plain.join(" "));
        }
        let heading = self.heading.clone();
        let origin = |row: usize, cells: Vec<String>, markdown: &str| LineOrigin {
            place: Place::Cell { table, row, column: 1 },
            heading: heading.clone(),
            quote: cut(&cells.join(" | ")),
            cells: cells.iter().map(|c| cut(c)).collect(),
            row: markdown.to_owned(),
            account: false,
        };
        let row_line = |cells: &[String]| {
            let mut line = String::from("|");
            for cell in cells {
                line.push(' ');
                line.push_str(cell);
                line.push_str(" |");
            }
            line
        };
        let header_line = row_line(&header_markdown);
        let header_origin = origin(1, header_plain, &header_line);
        self.emit(&header_line, Some(header_origin.clone()));
        let separator = format!("|{}", "---|".repeat(columns));
        self.emit(&separator, Some(header_origin));
        for (r, slots) in grid.iter().enumerate().skip(header_rows) {
            let markdown: Vec<String> = slots
                .iter()
                .map(|(md, _, own)| if *own { md.clone() } else { String::new() })
                .collect();
            let plain: Vec<String> = slots.iter().map(|(_, p, _)| p.clone()).collect();
            let line = row_line(&markdown);
            let origin = origin(r + 1, plain, &line);
            self.emit(&line, Some(origin));
        }
        self.blank();
        // The notes its cells cite (`1.126` with a note on what it counts) follow the
        // table, each a paragraph: the figure stays a figure, the note the unit's text.
        let notes = rows
            .iter()
            .flat_map(|row| row.cells.iter())
            .flat_map(|cell| &cell.notes);
        for (number, text) in notes {
            let (markdown, plain) = note_line(*number, text);
            let origin = LineOrigin {
                place: Place::Footnote(*number),
                heading: self.heading.clone(),
                quote: cut(&plain),
                cells: Vec::new(),
                row: String::new(),
                account: false,
            };
            self.emit(&markdown, Some(origin));
            self.blank();
        }
    }

    fn finish(mut self) -> Converted {
        let mut notes = Vec::new();
        if let Some(legacy) = self.legacy.found {
            notes.push(Diagnostic::whole_file(Finding::Encoding { from: legacy.name() }));
        }
        // Line for line: every line keeps its origin.
        if let Some(repaired) = crate::read::legacy::undo_misread(&self.out) {
            self.out = repaired;
            notes.push(Diagnostic::whole_file(Finding::Encoding {
                from: crate::read::legacy::DOUBLE_UTF8,
            }));
        }
        if self.insertions + self.deletions > 0 {
            notes.push(Diagnostic::whole_file(Finding::Conversion {
                note: ConversionNote::TrackedChanges {
                    insertions: self.insertions,
                    deletions: self.deletions,
                },
            }));
        }
        if self.images > 0 {
            notes.push(Diagnostic::whole_file(Finding::Conversion {
                note: ConversionNote::ImagesDropped { count: self.images },
            }));
        }
        while self.out.ends_with("\n\n") {
            self.out.pop();
            self.lines.pop();
        }
        Converted {
            text: self.out,
            lines: self.lines,
            notes,
            letterhead: None,
            embedded_sheets: Vec::new(),
        }
    }
}

/// The text boxes of a drawing, each once: not those inside another box (read with it)
/// nor a VML fallback's copy of a box the drawing holds already.
fn text_boxes<'a, 'i>(drawing: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    drawing
        .descendants()
        .filter(|n| is(n, "txbxContent"))
        .filter(|n| {
            !n.ancestors()
                .skip(1)
                .take_while(|a| *a != drawing)
                .any(|a| is(&a, "txbxContent") || is(&a, "Fallback"))
        })
        .collect()
}

/// The relationship of an Excel worksheet embedded as an object (`o:OLEObject
/// ProgID="Excel.Sheet.12"`, an `.xlsx` inside the package), its picture only a preview
/// of it. An older sheet (`Excel.Sheet.8`, a binary `.xls`) is an object dropped.
fn embedded_sheet<'a>(object: Node<'a, '_>) -> Option<&'a str> {
    let ole = object.descendants().find(|n| is(n, "OLEObject"))?;
    (attr(&ole, "ProgID")? == "Excel.Sheet.12").then(|| attr(&ole, "id"))?
}

/// Whether a drawing shows a picture, a chart or an embedded object besides any text box.
fn has_picture(drawing: Node<'_, '_>) -> bool {
    drawing
        .descendants()
        .any(|n| is(&n, "blip") || is(&n, "imagedata") || is(&n, "chart") || is(&n, "OLEObject"))
}

/// Word's special spaces and invisible characters as the text pipeline expects them.
/// A zero-width space (pasted from a web page) stands between words, as it does in a
/// Markdown report (`text::fold`): dropped, it would join them (`Kết quả\u{200b}thực
/// hiện` read as `Kết quảthực hiện`, a heading no longer found).
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{00a0}' | '\u{202f}' | '\u{2007}' | '\u{200b}' => Some(' '),
            '\u{00ad}' | '\u{feff}' | FOOTNOTE_OPEN | FOOTNOTE_CLOSE => None,
            c => Some(c),
        })
        .collect()
}

/// A note cited in a table cell as a line of text: `(3) Số lượt …`, Markdown and plain.
fn note_line(number: usize, text: &str) -> (String, String) {
    let mut escaped = format!("({number}) ");
    escape_inline(text, &mut escaped);
    (escaped, format!("({number}) {text}"))
}

fn cut(text: &str) -> String {
    unmark(text).chars().take(SNIPPET_MAX_CHARS).collect()
}

/// A footnote reference is carried through escaping as private-use characters (which
/// `clean` removes from the unit's own text), and written `[^n]` at the end.
const FOOTNOTE_OPEN: char = '\u{e000}';
const FOOTNOTE_CLOSE: char = '\u{e001}';

fn unmark(text: &str) -> String {
    if text.contains(FOOTNOTE_OPEN) {
        text.replace(FOOTNOTE_OPEN, "[^").replace(FOOTNOTE_CLOSE, "]")
    } else {
        text.to_owned()
    }
}

/// The cells of a borderless table that lays out tables side by side, column by column
/// (each column top to bottom): one cell at least holds a table of two rows and two
/// columns or more, and every other cell holds a table or a caption's few short lines.
/// `None` for any other table: a data table with a table in a cell, a header block with
/// its motto in a table of one column, are tables still.
fn page_columns<'a, 'i>(table: Node<'a, 'i>) -> Option<Vec<Node<'a, 'i>>> {
    let is_grid = |t: &Node<'_, '_>| {
        let rows: Vec<Node<'_, '_>> = t.children().filter(|n| is(n, "tr")).collect();
        rows.len() >= 2 && rows.iter().any(|r| r.children().filter(|n| is(n, "tc")).count() >= 2)
    };
    let caption_only = |tc: &Node<'_, '_>| {
        let lines: Vec<String> = tc
            .children()
            .filter(|n| is(n, "p"))
            .map(|p| {
                p.descendants()
                    .filter(|n| is(n, "t"))
                    .filter_map(|t| t.text())
                    .collect::<String>()
            })
            .filter(|l| !l.trim().is_empty())
            .collect();
        lines.len() <= CAPTION_MAX_LINES && lines.iter().all(|l| words(l) <= CAPTION_MAX_WORDS)
    };
    let mut cells = Vec::new();
    let mut grids = 0;
    for (row, tr) in table.children().filter(|n| is(n, "tr")).enumerate() {
        let mut column = 0;
        for tc in tr.children().filter(|n| is(n, "tc")) {
            let nested: Vec<Node<'_, '_>> = tc.children().filter(|n| is(n, "tbl")).collect();
            if nested.is_empty() && !caption_only(&tc) {
                return None;
            }
            grids += nested.iter().filter(|t| is_grid(t)).count();
            cells.push((column, row, tc));
            column += span_of(&tc);
        }
    }
    if grids == 0 {
        return None;
    }
    cells.sort_by_key(|&(column, row, _)| (column, row));
    Some(cells.into_iter().map(|(_, _, tc)| tc).collect())
}

/// The grid columns a row skips before its first cell and after its last (`w:gridBefore`,
/// `w:gridAfter` of its `w:trPr`), bounded.
fn grid_skipped(tr: &Node<'_, '_>) -> (usize, usize) {
    let skipped = |name: &str| {
        child(tr, "trPr")
            .and_then(|p| child(&p, name))
            .and_then(|g| attr(&g, "val")?.parse::<usize>().ok())
            .unwrap_or(0)
            .min(MAX_COLUMNS)
    };
    (skipped("gridBefore"), skipped("gridAfter"))
}

/// The grid columns a cell spans (`w:gridSpan`), bounded.
fn span_of(tc: &Node<'_, '_>) -> usize {
    child(tc, "tcPr")
        .and_then(|p| child(&p, "gridSpan"))
        .and_then(|g| attr(&g, "val")?.parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, MAX_COLUMNS)
}

/// Most lines, and words a line, of a caption beside a table in a layout.
const CAPTION_MAX_LINES: usize = 3;
const CAPTION_MAX_WORDS: usize = 24;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The rows as the account rule reads them.
fn account_rows(rows: &[Row]) -> Vec<account::Row> {
    rows.iter()
        .map(|row| account::Row {
            cells: row
                .cells
                .iter()
                .map(|cell| account::Cell {
                    text: cell.plain.join(" "),
                    paragraphs: cell.continued.iter().filter(|&&c| !c).count(),
                    span: cell.span,
                    merged: cell.merge == Merge::Continue,
                })
                .collect(),
            header: row.header,
        })
        .collect()
}

/// Two columns of text apart (`TỈNH ỦY … / Số 561-BC/BTCTU` | | `ĐẢNG CỘNG SẢN VIỆT NAM /
/// Nghệ An, ngày …`), as templates and PDF conversions lay out a header or a signature:
/// text in the first and last columns only, every column between them empty. An
/// appendix left unfilled has its empty column last, and stays a table.
fn spaced_pair(rows: &[Row], columns: usize) -> bool {
    let mut written = vec![false; columns];
    for row in rows {
        let mut at = 0;
        for cell in &row.cells {
            if cell.plain.iter().any(|p| !p.trim().is_empty())
                && let Some(w) = written.get_mut(at)
            {
                *w = true;
            }
            at += cell.span;
        }
    }
    columns > 2 && written[0] && written[columns - 1] && written[1..columns - 1].iter().all(|w| !w)
}

/// Blocks of lines side by side in one row (a joint report's header: each body's lines in
/// its cell, the national motto and the date in the last), as a borderless table lays out
/// a header or signatures of three or four columns: every written cell holds lines
/// stacked, two at least. Not a table of two rows or more, however many lines its cells
/// hold (two models, each with its place and results): a row under a row is data.
fn stacked_cells(rows: &[Row]) -> bool {
    let written = || {
        rows.iter()
            .flat_map(|r| &r.cells)
            .filter(|c| c.plain.iter().any(|p| !p.trim().is_empty()))
    };
    rows.len() == 1
        && written().count() >= 2
        && written().all(|c| c.plain.iter().filter(|p| !p.trim().is_empty()).count() >= 2)
}

#[cfg(test)]
mod tests;
