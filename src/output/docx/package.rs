//! The zip package around the document: the parts Word requires, their content types
//! and relationships, written in a fixed order with a fixed timestamp so the same
//! report always gives the same bytes.

use std::borrow::Cow;
use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use super::blocks::BULLETS;
use super::body::{Document, HEADER_DEFAULT, HEADER_FIRST};
use super::{DocxError, ReferenceProblem, Resources, styles};
use crate::read::xml::escape;

const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// What the document part and the reference document bring to the package.
pub struct Contents<'a> {
    pub document: Document<'a>,
    /// `docProps/core.xml` fields.
    pub title: String,
    pub creator: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Custom document properties (`docProps/custom.xml`), name and text.
    pub custom: Vec<(String, String)>,
}

/// Parts taken from a reference document.
#[derive(Default)]
pub struct Reference {
    pub styles: Option<Vec<u8>>,
    pub theme: Option<Vec<u8>>,
}

/// Largest styles or theme part read from a reference document.
const REFERENCE_PART_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Reads the styles (and theme, which its styles may name fonts from) of a reference
/// document.
pub fn reference(bytes: &[u8]) -> Result<Reference, DocxError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| DocxError::Reference(ReferenceProblem::NotZip(e.to_string())))?;
    let mut read = |name: &str| -> Result<Option<Vec<u8>>, DocxError> {
        let Ok(mut file) = archive.by_name(name) else {
            return Ok(None);
        };
        let mut data = Vec::new();
        // A part of a few megabytes at most: a zip bomb must not fill memory.
        (&mut file)
            .take(REFERENCE_PART_MAX_BYTES + 1)
            .read_to_end(&mut data)
            .map_err(|e| {
                DocxError::Reference(ReferenceProblem::Unreadable {
                    part: name.to_owned(),
                    error: e.to_string(),
                })
            })?;
        if data.len() as u64 > REFERENCE_PART_MAX_BYTES {
            return Err(DocxError::Reference(ReferenceProblem::TooLarge {
                part: name.to_owned(),
                limit: REFERENCE_PART_MAX_BYTES,
            }));
        }
        Ok(Some(data))
    };
    let styles = read("word/styles.xml")?.ok_or(DocxError::Reference(ReferenceProblem::NoStyles))?;
    let theme = read("word/theme/theme1.xml")?;
    Ok(Reference {
        styles: Some(styles),
        theme,
    })
}

fn content_types(theme: bool, custom: bool) -> String {
    let mut overrides = vec![
        (
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ),
        (
            "/word/styles.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        ),
        (
            "/word/settings.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        ),
        (
            "/word/numbering.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        ),
        (
            "/word/header1.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        ),
        (
            "/word/header2.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        ),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml",
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ];
    if custom {
        overrides.push((
            "/docProps/custom.xml",
            "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        ));
    }
    if theme {
        overrides.push((
            "/word/theme/theme1.xml",
            "application/vnd.openxmlformats-officedocument.theme+xml",
        ));
    }
    let mut xml = format!(
        r#"{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
    );
    for (part, kind) in overrides {
        xml.push_str(&format!(r#"<Override PartName="{part}" ContentType="{kind}"/>"#));
    }
    xml.push_str("</Types>");
    xml
}

fn custom_properties(custom: &[(String, String)]) -> String {
    let mut xml = format!(
        r#"{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
    );
    for (i, (name, value)) in custom.iter().enumerate() {
        xml.push_str(&format!(
            r#"<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{}" name="{}"><vt:lpwstr>{}</vt:lpwstr></property>"#,
            i + 2,
            escape(name),
            escape(value)
        ));
    }
    xml.push_str("</Properties>");
    xml
}

fn package_relationships(custom: bool) -> String {
    if custom {
        return package_relationships(false).replace(
            "</Relationships>",
            &format!(r#"<Relationship Id="rId4" Type="{RELATIONSHIPS}/custom-properties" Target="docProps/custom.xml"/></Relationships>"#),
        );
    }
    format!(
        r#"{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="{RELATIONSHIPS}/extended-properties" Target="docProps/app.xml"/></Relationships>"#
    )
}

fn document_relationships(resources: &Resources, theme: bool) -> String {
    let mut xml = format!(
        r#"{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="{RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="{RELATIONSHIPS}/settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="{RELATIONSHIPS}/numbering" Target="numbering.xml"/><Relationship Id="{HEADER_DEFAULT}" Type="{RELATIONSHIPS}/header" Target="header1.xml"/><Relationship Id="{HEADER_FIRST}" Type="{RELATIONSHIPS}/header" Target="header2.xml"/>"#
    );
    if theme {
        xml.push_str(&format!(
            r#"<Relationship Id="rIdTheme" Type="{RELATIONSHIPS}/theme" Target="theme/theme1.xml"/>"#
        ));
    }
    for (index, target) in resources.links.iter().enumerate() {
        xml.push_str(&format!(
            r#"<Relationship Id="{}" Type="{RELATIONSHIPS}/hyperlink" Target="{}" TargetMode="External"/>"#,
            Resources::link_id(index),
            escape(target)
        ));
    }
    xml.push_str("</Relationships>");
    xml
}

fn settings() -> String {
    format!(
        r#"{DECLARATION}<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#
    )
}

/// Bullets `-`, `+`, `•` and decimal numbers, each level one centimetre further in, the
/// marker at the first-line indent and the text wrapping to the margin, as Vietnamese
/// documents set lists. Every ordered list is its own instance so it restarts.
fn numbering(resources: &Resources) -> String {
    let mut xml = format!(r#"{DECLARATION}<w:numbering xmlns:w="{W}">"#);
    for (id, bullet) in [(0, true), (1, false)] {
        xml.push_str(&format!(
            r#"<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="multilevel"/>"#
        ));
        for level in 0..9 {
            let (format, text) = if bullet {
                ("bullet", BULLETS[level % BULLETS.len()].to_owned())
            } else {
                ("decimal", format!("%{}.", level + 1))
            };
            let left = 567 * level;
            xml.push_str(&format!(
                r#"<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:firstLine="567"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:hint="default"/></w:rPr></w:lvl>"#
            ));
        }
        xml.push_str("</w:abstractNum>");
    }
    xml.push_str(r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#);
    for (index, (level, start)) in resources.ordered_lists.iter().enumerate() {
        xml.push_str(&format!(
            r#"<w:num w:numId="{}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>"#,
            Resources::ordered_list_id(index)
        ));
    }
    xml.push_str("</w:numbering>");
    xml
}

/// The page number, centred; the first page has the empty header.
fn header(page_number: bool) -> String {
    let content = if page_number {
        r#"<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>"#
    } else {
        ""
    };
    format!(
        r#"{DECLARATION}<w:hdr xmlns:w="{W}" xmlns:r="{RELATIONSHIPS}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>{content}</w:p></w:hdr>"#
    )
}

fn core(contents: &Contents) -> String {
    let mut xml = format!(
        r#"{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>vi-VN</dc:language>"#,
        escape(&contents.title),
        escape(&contents.creator)
    );
    // A malformed date makes Word repair the file: leave it out rather.
    let date = &contents.date;
    let well_formed = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if well_formed {
        for element in ["created", "modified"] {
            xml.push_str(&format!(
                r#"<dcterms:{element} xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:{element}>"#
            ));
        }
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

fn app() -> String {
    format!(
        r#"{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>baocao</Application></Properties>"#
    )
}

/// The .docx bytes.
/// Bodies whose size bound reaches this are written with Zip64 (a margin under 4 GiB).
const ZIP64_FROM: u64 = 3 << 30;

pub fn write(contents: Contents, reference: &Reference) -> Result<Vec<u8>, DocxError> {
    let (styles, renames) = match &reference.styles {
        Some(styles) => {
            let merged = styles::merge(styles);
            (Cow::Owned(merged.xml), merged.renames)
        }
        None => (Cow::Borrowed(styles::BUILT_IN.as_bytes()), Vec::new()),
    };
    let header_part = |page_number| styles::rename(&header(page_number), &renames).into_owned();
    let theme = reference.theme.as_deref();

    // Level 2 is zlib-rs's fastest with dynamic Huffman trees (`deflate_fast`). On the
    // sample campaign's document.xml it writes 32.0 KB where level 6 writes 25.3 KB
    // (+26 %), at 335 MB/s instead of 151; on a 5,000-report national corpus, 7.7 MB
    // instead of 4.3, in 0.20 s instead of 0.43. Level 1 (`deflate_quick`, static trees
    // only) is faster again but 65 % larger than level 6 on the sample; level 3 is 9 %
    // smaller than level 2 for a fifth to a third more time. Unlike levels 3 to 6, its
    // output does not depend on how the input is split into writes, so the fragments go
    // in as they are, with no buffer to gather them.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(2))
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut zip = Package {
        zip: ZipWriter::new(Cursor::new(Vec::new())),
        options,
    };
    let custom = !contents.custom.is_empty();
    zip.part("[Content_Types].xml", content_types(theme.is_some(), custom).as_bytes())?;
    zip.part("_rels/.rels", package_relationships(custom).as_bytes())?;
    zip.part("docProps/core.xml", core(&contents).as_bytes())?;
    zip.part("docProps/app.xml", app().as_bytes())?;
    if custom {
        zip.part("docProps/custom.xml", custom_properties(&contents.custom).as_bytes())?;
    }
    // Streamed from its fragments, never joined into one string of its own; the parts
    // after it name the resources it turned out to need.
    // Zip64 for the body only when it could pass 4 GiB (units' tables of empty rows,
    // amplified into XML), which would otherwise fail the whole Word report after all its
    // work. Not always: LibreOffice refuses to open a package whose body carries the Zip64
    // field ("source file could not be loaded").
    let large = contents.document.xml_bound() >= ZIP64_FROM;
    zip.zip
        .start_file("word/document.xml", zip.options.large_file(large))
        .map_err(DocxError::Write)?;
    let resources = contents
        .document
        .write_to(&mut zip.zip, &renames)
        .map_err(|e| DocxError::Write(e.into()))?;
    zip.part(
        "word/_rels/document.xml.rels",
        document_relationships(&resources, theme.is_some()).as_bytes(),
    )?;
    zip.part("word/styles.xml", &styles)?;
    zip.part("word/settings.xml", settings().as_bytes())?;
    zip.part("word/numbering.xml", numbering(&resources).as_bytes())?;
    zip.part("word/header1.xml", header_part(true).as_bytes())?;
    zip.part("word/header2.xml", header_part(false).as_bytes())?;
    if let Some(theme) = theme {
        zip.part("word/theme/theme1.xml", theme)?;
    }
    Ok(zip.zip.finish().map_err(DocxError::Write)?.into_inner())
}

struct Package {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    options: SimpleFileOptions,
}

impl Package {
    fn start(&mut self, name: &str) -> Result<(), DocxError> {
        self.zip.start_file(name, self.options).map_err(DocxError::Write)
    }

    fn part(&mut self, name: &str, data: &[u8]) -> Result<(), DocxError> {
        self.start(name)?;
        self.zip.write_all(data).map_err(|e| DocxError::Write(e.into()))
    }
}
