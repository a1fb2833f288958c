//! The Word output of the sample campaign, unzipped and read back as XML.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use roxmltree::{Document, Node};
use zip::ZipArchive;
use zip::write::SimpleFileOptions;

use super::render;
use crate::compiled::Compiled;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

static SAMPLE: LazyLock<Compiled> = LazyLock::new(|| {
    let campaign = crate::read::campaign::open(Some(Path::new("outline"))).expect("the sample outline loads");
    let outcome = crate::app::check_files(
        &[PathBuf::from("submissions")],
        &campaign,
        crate::across::DateSource::FrontMatter,
        true,
    )
    .expect("the sample submissions are read");
    crate::compiled::compile(
        &campaign.outline,
        campaign.roster.as_ref(),
        &outcome,
        jiff::civil::date(2026, 4, 29),
    )
});

/// Part name → text, in zip order.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).expect("the output is a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("entry readable");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("entry is UTF-8");
            (file.name().expect("entry name").into_owned(), text)
        })
        .collect()
}

fn parts(compiled: &Compiled) -> BTreeMap<String, String> {
    unzip(&render(compiled, None).expect("renders")).into_iter().collect()
}

fn is(node: &Node, name: &str) -> bool {
    node.has_tag_name((W, name))
}

fn attr<'a>(node: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

fn child<'a, 'i>(node: &Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(c, name))
}

fn descendants<'a, 'i>(node: &Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.descendants().filter(move |c| is(c, name))
}

/// The visible text of a node.
fn text(node: &Node) -> String {
    descendants(node, "t").filter_map(|t| t.text()).collect()
}

fn style<'a>(paragraph: &Node<'a, '_>) -> Option<&'a str> {
    child(paragraph, "pPr")
        .and_then(|p| child(&p, "pStyle"))
        .and_then(|s| attr(&s, "val"))
}

fn body<'a, 'i>(document: &'a Document<'i>) -> Node<'a, 'i> {
    document
        .root_element()
        .children()
        .find(|c| is(c, "body"))
        .expect("w:body")
}

#[test]
fn every_part_is_there_well_formed_and_typed() {
    let bytes = render(&SAMPLE, None).expect("renders");
    let parts = unzip(&bytes);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    for required in [
        "_rels/.rels",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/settings.xml",
        "word/numbering.xml",
        "word/header1.xml",
        "word/header2.xml",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        assert!(names.contains(&required), "{required} missing from {names:?}");
    }
    for (name, xml) in &parts {
        Document::parse(xml).unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
    }
    let parts: BTreeMap<_, _> = parts.into_iter().collect();
    let types = &parts["[Content_Types].xml"];
    for (name, _) in parts.iter().filter(|(n, _)| n.ends_with(".xml") && !n.starts_with('[')) {
        assert!(
            types.contains(&format!("PartName=\"/{name}\"")),
            "{name} has no content type"
        );
    }
    assert!(types.contains("wordprocessingml.document.main+xml"));
    let relationships = Document::parse(&parts["word/_rels/document.xml.rels"]).expect("parses");
    for relationship in relationships.root_element().children().filter(|c| c.is_element()) {
        if relationship.attribute("TargetMode") != Some("External") {
            let target = relationship.attribute("Target").expect("target");
            assert!(
                parts.contains_key(&format!("word/{target}")),
                "{target} is not in the package"
            );
        }
    }
    let core = &parts["docProps/core.xml"];
    assert!(core.contains(">2026-04-29T00:00:00Z</dcterms:created>"), "{core}");
}

#[test]
fn a4_portrait_with_party_margins_and_page_numbers_from_page_two() {
    let parts = parts(&SAMPLE);
    let document = Document::parse(&parts["word/document.xml"]).expect("parses");
    let section = body(&document).last_element_child().expect("sectPr");
    assert!(is(&section, "sectPr"));
    let size = child(&section, "pgSz").expect("pgSz");
    assert_eq!((attr(&size, "w"), attr(&size, "h")), (Some("11906"), Some("16838")));
    let margins = child(&section, "pgMar").expect("pgMar");
    let margin = |side| attr(&margins, side);
    assert_eq!(
        [margin("top"), margin("bottom"), margin("left"), margin("right")],
        [Some("1134"), Some("1134"), Some("1701"), Some("851")]
    );
    assert!(child(&section, "titlePg").is_some());
    let references: Vec<_> = section.children().filter(|c| is(c, "headerReference")).collect();
    assert_eq!(
        references.iter().map(|r| attr(r, "type")).collect::<Vec<_>>(),
        [Some("default"), Some("first")]
    );
    let header = &parts["word/header1.xml"];
    assert!(
        header.contains(r#"w:instr=" PAGE ""#) && header.contains(r#"<w:jc w:val="center"/>"#),
        "{header}"
    );
    assert!(!parts["word/header2.xml"].contains("PAGE"));
}

#[test]
fn styles_carry_the_party_typography_on_built_in_ids() {
    let parts = parts(&SAMPLE);
    let styles = Document::parse(&parts["word/styles.xml"]).expect("parses");
    let defaults = descendants(&styles.root_element(), "rPrDefault")
        .next()
        .expect("rPrDefault");
    let fonts = descendants(&defaults, "rFonts").next().expect("rFonts");
    for slot in ["ascii", "hAnsi", "cs", "eastAsia"] {
        assert_eq!(attr(&fonts, slot), Some("Times New Roman"), "{slot}");
    }
    assert_eq!(
        descendants(&defaults, "sz").next().and_then(|s| attr(&s, "val")),
        Some("28")
    );
    let style = |id: &str| {
        descendants(&styles.root_element(), "style")
            .find(|s| attr(s, "styleId") == Some(id))
            .expect("style defined")
    };
    let normal = style("Normal");
    let spacing = descendants(&normal, "spacing").next().expect("spacing");
    assert_eq!(
        (attr(&spacing, "after"), attr(&spacing, "line")),
        (Some("120"), Some("288"))
    );
    assert_eq!(
        descendants(&normal, "ind").next().and_then(|i| attr(&i, "firstLine")),
        Some("567")
    );
    assert_eq!(
        descendants(&normal, "jc").next().and_then(|j| attr(&j, "val")),
        Some("both")
    );
    for level in 1..=3 {
        let heading = style(&format!("Heading{level}"));
        let name = child(&heading, "name").and_then(|n| attr(&n, "val"));
        assert_eq!(name, Some(format!("heading {level}").as_str()));
        let outline = descendants(&heading, "outlineLvl").next().and_then(|o| attr(&o, "val"));
        assert_eq!(outline, Some((level - 1).to_string().as_str()));
        assert!(descendants(&heading, "b").next().is_some(), "Heading{level} is bold");
    }
    assert!(
        descendants(&style("Heading3"), "i").next().is_some(),
        "Heading3 is italic"
    );
    let table_text = style("TableText");
    assert_eq!(
        descendants(&table_text, "sz").next().and_then(|s| attr(&s, "val")),
        Some("24")
    );
}

#[test]
fn header_block_is_a_borderless_two_column_table() {
    let parts = parts(&SAMPLE);
    let document = Document::parse(&parts["word/document.xml"]).expect("parses");
    let first = body(&document).first_element_child().expect("content");
    assert!(is(&first, "tbl"), "the document opens with the header table");
    let borders = descendants(&first, "tblBorders").next().expect("tblBorders");
    for side in borders.children().filter(|c| c.is_element()) {
        assert!(
            matches!(attr(&side, "val"), Some("nil" | "none")),
            "{:?} has a border",
            side.tag_name()
        );
    }
    assert_eq!(descendants(&first, "gridCol").count(), 2);
    let header = text(&first);
    let document_view = &SAMPLE.document;
    for expected in [
        document_view.superior_body.as_str(),
        document_view.issuing_body.as_str(),
        "*",
        document_view.number.as_str(),
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Nghệ An, ngày 29 tháng 4 năm 2026",
    ] {
        assert!(header.contains(expected), "{expected:?} not in {header:?}");
    }
    let runs: Vec<Node> = descendants(&first, "r").collect();
    let run_with = |needle: &str| runs.iter().find(|r| text(r) == needle).copied().expect("run");
    let party = run_with("ĐẢNG CỘNG SẢN VIỆT NAM");
    assert!(descendants(&party, "b").next().is_some());
    assert_eq!(
        descendants(&party, "sz").next().and_then(|s| attr(&s, "val")),
        Some("30")
    );
    assert!(
        descendants(&run_with(&document_view.issuing_body), "b")
            .next()
            .is_some()
    );
    assert!(descendants(&run_with(&document_view.place_date), "i").next().is_some());
    // The rule under the Party's name: a bottom border on the paragraph beneath it.
    assert!(descendants(&first, "pBdr").next().is_some());
    let title = first.next_sibling_element().expect("title");
    assert_eq!((style(&title), text(&title).as_str()), (Some("Title"), "BÁO CÁO"));
    let subject = title.next_sibling_element().expect("subject");
    assert_eq!(style(&subject), Some("Subtitle"));
    assert_eq!(text(&subject), document_view.subject);
}

#[test]
fn content_follows_the_report_order() {
    let parts = parts(&SAMPLE);
    let document = Document::parse(&parts["word/document.xml"]).expect("parses");
    let paragraphs: Vec<(Option<&str>, String)> = descendants(&body(&document), "p")
        .map(|p| (style(&p), text(&p)))
        .collect();
    let position = |wanted: &str, from: usize| {
        paragraphs[from..]
            .iter()
            .position(|(_, t)| t == wanted)
            .map(|p| p + from)
            .unwrap_or_else(|| panic!("{wanted:?} not found after paragraph {from}"))
    };
    let mut at = 0;
    for section in &SAMPLE.sections {
        at = position(&section.heading, at);
        let expected = format!("Heading{}", section.depth);
        assert_eq!(paragraphs[at].0, Some(expected.as_str()), "{}", section.heading);
        for group in &section.groups {
            at = position(&group.category_name, at);
            for excerpt in &group.excerpts {
                let late = if excerpt.late { " (nộp muộn)" } else { "" };
                at = position(&format!("{}{late}:", excerpt.unit_name), at);
            }
        }
        if !section.silent.is_empty() {
            at = position(
                &format!("Chưa báo cáo nội dung này: {}.", section.silent.join(", ")),
                at,
            );
        }
    }
    let appendix_heading = paragraphs
        .iter()
        .position(|(_, t)| t == "PHỤ LỤC")
        .expect("appendix heading");
    let signature = paragraphs
        .iter()
        .position(|(_, t)| *t == SAMPLE.document.signature_name)
        .expect("signature");
    let recipients = paragraphs.iter().position(|(_, t)| t == "Nơi nhận:").expect("Nơi nhận");
    assert!(
        recipients < appendix_heading && signature < appendix_heading,
        "signature before the appendix"
    );
    assert!(paragraphs.iter().any(|(_, t)| t == "- Lưu Văn phòng Tỉnh ủy."));
    let xml = &parts["word/document.xml"];
    let appendix = xml.find(">PHỤ LỤC<").expect("appendix");
    let heading_start = xml[..appendix].rfind("<w:p>").expect("paragraph");
    assert!(
        xml[heading_start..appendix].contains("<w:pageBreakBefore/>"),
        "the appendix starts a page"
    );
}

#[test]
fn appendix_tables_repeat_their_header_and_align_numbers_right() {
    let parts = parts(&SAMPLE);
    let document = Document::parse(&parts["word/document.xml"]).expect("parses");
    let body = body(&document);
    let children: Vec<Node> = body.children().filter(|c| c.is_element()).collect();
    let appendix = children.iter().position(|p| text(p) == "PHỤ LỤC").expect("appendix");
    let tables: Vec<&Node> = children[appendix..].iter().filter(|c| is(c, "tbl")).collect();
    assert_eq!(tables.len(), 3, "Biểu 1, Biểu 2 and the annex");
    for table in &tables {
        let width = descendants(table, "tblW").next().expect("tblW");
        assert_eq!((attr(&width, "type"), attr(&width, "w")), (Some("pct"), Some("5000")));
        let borders = descendants(table, "tblBorders").next().expect("borders");
        assert!(
            borders
                .children()
                .filter(|c| c.is_element())
                .all(|b| attr(&b, "val") == Some("single"))
        );
        let rows: Vec<Node> = table.children().filter(|c| is(c, "tr")).collect();
        assert!(
            descendants(&rows[0], "tblHeader").next().is_some(),
            "header row repeats"
        );
        assert!(rows[1..].iter().all(|r| descendants(r, "tblHeader").next().is_none()));
        for paragraph in descendants(table, "p") {
            assert_eq!(style(&paragraph), Some("TableText"));
        }
    }
    let aligned = |table: &Node, wanted: &str| {
        descendants(table, "p")
            .find(|p| text(p) == wanted)
            .and_then(|p| descendants(&p, "jc").next())
            .and_then(|j| attr(&j, "val"))
            .map(str::to_owned)
    };
    let total = &SAMPLE.appendix.indicators[2].total;
    assert_eq!(total, "69.245");
    assert_eq!(aligned(tables[0], total).as_deref(), Some("right"));
    assert_eq!(aligned(tables[0], "Chỉ tiêu").as_deref(), Some("center"));
    assert_eq!(aligned(tables[1], "18.650").as_deref(), Some("right"));
    assert_eq!(aligned(tables[2], "Chưa nộp").as_deref(), Some("left"));
}

#[test]
fn same_report_same_bytes() {
    let first = render(&SAMPLE, None).expect("renders");
    let second = render(&SAMPLE.clone(), None).expect("renders");
    assert!(first == second, "two renders differ");
    let mut archive = ZipArchive::new(Cursor::new(first)).expect("zip");
    for i in 0..archive.len() {
        let file = archive.by_index(i).expect("entry");
        let time = file.last_modified().expect("timestamp");
        assert_eq!(
            (time.year(), time.month(), time.day(), time.hour()),
            (1980, 1, 1, 0),
            "{:?}",
            file.name()
        );
    }
}

fn zip_with(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        zip.start_file(*name, SimpleFileOptions::default()).expect("start");
        zip.write_all(data.as_bytes()).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

#[test]
fn reference_docx_styles_replace_the_built_in_ones() {
    let styles = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="HOUSE-STYLE-MARKER"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>"#;
    let reference = zip_with(&[("[Content_Types].xml", "<Types/>"), ("word/styles.xml", styles)]);
    let parts: BTreeMap<_, _> = unzip(&render(&SAMPLE, Some(&reference)).expect("renders"))
        .into_iter()
        .collect();
    let merged = &parts["word/styles.xml"];
    Document::parse(merged).expect("merged styles are well-formed");
    assert!(merged.contains("HOUSE-STYLE-MARKER"));
    assert_eq!(
        merged.matches(r#"w:styleId="Normal""#).count(),
        1,
        "the reference's Normal wins"
    );
    assert_eq!(merged.matches(r#"w:styleId="Heading1""#).count(), 1);
    assert!(
        !merged.contains("<w:docDefaults>"),
        "the built-in defaults are not mixed in"
    );
    assert!(
        merged.contains(r#"w:styleId="TableText""#),
        "styles the report needs are added"
    );
    assert_eq!(
        render(&SAMPLE, Some(&reference)).expect("renders"),
        render(&SAMPLE, Some(&reference)).expect("renders")
    );
}

#[test]
fn a_reference_that_is_not_a_word_document_is_an_error() {
    let error = render(&SAMPLE, Some(b"not a zip at all")).expect_err("not a zip");
    assert!(
        error.to_string().starts_with("reference.docx is not a Word document: "),
        "{error}"
    );
    assert!(
        error
            .vi()
            .starts_with("reference.docx không phải là tài liệu Word (chi tiết kỹ thuật: "),
        "{}",
        error.vi()
    );
    let no_styles = zip_with(&[("word/document.xml", "<w:document/>")]);
    let error = render(&SAMPLE, Some(&no_styles)).expect_err("no styles");
    assert_eq!(
        error.to_string(),
        "reference.docx is not a Word document: it has no word/styles.xml"
    );
    assert!(
        error.vi().contains("tệp không có phần word/styles.xml") && error.vi().contains("lưu lại"),
        "{}",
        error.vi()
    );
}

#[test]
fn submission_text_is_escaped_and_stripped_of_what_xml_cannot_hold() {
    let mut compiled = SAMPLE.clone();
    compiled.document.subject = "Về A & B <i>".into();
    let excerpt = &mut compiled.sections[0].groups[0].excerpts[0];
    excerpt.unit_name = "Đơn vị <b>\"x\"</b>".into();
    excerpt.markdown = "Doanh thu A & B < C > D \u{1}\u{b}\u{c}\u{fffe} hết.\n\n<script>alert(1)</script>\n\nXin <script>alert(2)</script> chào <b onclick=\"x()\">bạn</b>.\n\n1. một\n2. hai\n\n| Chỉ tiêu | Số |\n|---|---:|\n| Văn bản | 1.234 |\n\n[Cổng](https://nghean.gov.vn/?a=1&b=2)\n".into();
    let parts = parts(&compiled);
    let xml = &parts["word/document.xml"];
    let document = Document::parse(xml).expect("well-formed despite the submission");
    assert!(
        xml.contains("A &amp; B &lt; C &gt; D  hết."),
        "escaped and stripped: {}",
        &xml[xml.find("Doanh").unwrap_or(0)..][..300]
    );
    assert!(xml.contains("Về A &amp; B &lt;i&gt;"));
    assert!(xml.contains("Đơn vị &lt;b&gt;&quot;x&quot;&lt;/b&gt;"));
    assert!(!xml.contains("<script") && !xml.contains("alert") && !xml.contains("onclick"));
    assert!(
        !xml.chars()
            .any(|c| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}'))
    );
    let texts: Vec<String> = descendants(&body(&document), "p").map(|p| text(&p)).collect();
    assert!(texts.iter().any(|t| t == "Xin  chào bạn."), "{texts:?}");
    let numbering = &parts["word/numbering.xml"];
    assert!(
        numbering.contains(r#"<w:startOverride w:val="1"/>"#),
        "the ordered list restarts"
    );
    let relationships = &parts["word/_rels/document.xml.rels"];
    assert!(relationships.contains(r#"Target="https://nghean.gov.vn/?a=1&amp;b=2" TargetMode="External""#));
}

/// The sample with every unit's excerpt asking for hyperlinks and ordered lists: some
/// links shared by many units, some by a few, some its own; a few units ask for none.
fn with_links_and_lists() -> (Compiled, usize) {
    let mut compiled = SAMPLE.clone();
    let mut units = 0;
    for excerpt in compiled
        .sections
        .iter_mut()
        .flat_map(|s| &mut s.groups)
        .flat_map(|g| &mut g.excerpts)
    {
        units += 1;
        if units % 4 == 0 {
            continue;
        }
        let n = units;
        let shared = n % 3;
        excerpt.markdown = format!(
            "{n}. Mục [chung](https://nghean.gov.vn/chung) và [riêng](https://example.vn/{n})\n{next}. Mục\n     1. Ý [chung](https://nghean.gov.vn/chung)\n     2. Ý\n\n{}\n\n| Chỉ tiêu | Nguồn |\n|---|---|\n| Văn bản | [nguồn](https://example.vn/nguon/{shared}) |\n\n#### Liên hệ [văn phòng](mailto:vp{shared}@nghean.gov.vn)\n",
            excerpt.markdown.as_str(),
            next = n + 1
        )
        .into();
    }
    (compiled, units)
}

#[test]
fn excerpts_converted_side_by_side_make_the_one_pass_document() {
    let (compiled, units) = with_links_and_lists();
    assert!(units >= 12, "enough units to spread over threads: {units}");
    let (expected, resources) = super::body::document_in_one_pass(&compiled);
    // One part per fragment, a few units per fragment, everything in one fragment.
    for chunk_bytes in [1, 4 << 10, usize::MAX] {
        for _ in 0..3 {
            let (xml, joined) = super::body::document_in_chunks(&compiled, chunk_bytes);
            assert!(
                xml == expected,
                "the joined document differs in chunks of {chunk_bytes}"
            );
            assert_eq!(joined.links, resources.links);
            assert_eq!(joined.ordered_lists, resources.ordered_lists);
        }
    }

    let with_lists = units - units / 4;
    let links = &resources.links;
    assert_eq!(links[0], "https://nghean.gov.vn/chung");
    assert_eq!(links.len(), 1 + with_lists + 3 + 3, "{links:?}");
    assert_eq!(resources.ordered_lists.len(), 2 * with_lists);
    // Every id named in the document is one of its resources, and every resource is named.
    for (index, _) in links.iter().enumerate() {
        let id = super::Resources::link_id(index);
        assert!(expected.contains(&format!(r#"r:id="{id}""#)), "{id} unused");
    }
    assert_eq!(
        expected.matches(r#"r:id="rIdLink1""#).count(),
        2 * with_lists,
        "a shared link keeps its first id"
    );
    for index in 0..resources.ordered_lists.len() {
        let num_id = super::Resources::ordered_list_id(index);
        assert!(
            expected.contains(&format!(r#"<w:numId w:val="{num_id}"/>"#)),
            "numbering instance {num_id} unused"
        );
    }

    let parts = parts(&compiled);
    assert!(parts["word/document.xml"] == expected, "the Word part differs");
    let numbering = &parts["word/numbering.xml"];
    assert_eq!(
        numbering.matches("<w:num ").count(),
        1 + resources.ordered_lists.len(),
        "{numbering}"
    );
    let relationships = &parts["word/_rels/document.xml.rels"];
    assert_eq!(relationships.matches(r#"TargetMode="External""#).count(), links.len());
}
