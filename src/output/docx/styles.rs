//! The styles part: the built-in Party typography, or a reference document's styles
//! with what the report needs added to them.

use std::borrow::Cow;

use roxmltree::Document;

use crate::read::xml::escape;

/// The built-in styles: Party typography on Word's built-in style ids.
pub const BUILT_IN: &str = include_str!("styles.xml");

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A `w:style` element of a styles part, with its id and name.
struct Style<'a> {
    /// The element as written, start tag to end tag.
    xml: &'a str,
    id: &'a str,
    name: &'a str,
}

/// A styles part parsed as a submitted `.docx`'s parts are: no DTD (no entity expansion),
/// the node count bounded. `None` when it is not well-formed XML.
fn parse(xml: &str) -> Option<Document<'_>> {
    crate::read::xml::parse(xml).ok()
}

/// The `w:style` children of a `w:styles` root, in order, by namespace (whatever prefix
/// the part binds it to); a style without an id is passed over.
fn styles<'a>(document: &'a Document<'_>) -> Vec<Style<'a>> {
    let text = document.input_text();
    document
        .root_element()
        .children()
        .filter(|node| node.has_tag_name((W, "style")))
        .filter_map(|node| {
            Some(Style {
                xml: &text[node.range()],
                id: node.attribute((W, "styleId"))?,
                name: node
                    .children()
                    .find(|child| child.has_tag_name((W, "name")))
                    .and_then(|name| name.attribute((W, "val")))
                    .unwrap_or(""),
            })
        })
        .collect()
}

/// A reference document's styles made fit for the report.
pub struct Merged {
    pub xml: Vec<u8>,
    /// `(ours, theirs)`: style ids the document must use under the reference's id, where
    /// the reference names the same built-in style differently (older localised Word
    /// writes ids such as `u1` for "heading 1"). As read, not escaped.
    pub renames: Vec<(String, String)>,
}

/// The reference styles, plus the built-in definition of every style the report uses
/// that they lack (as pandoc does), so nothing falls back to a bare Normal. Styles are
/// matched by id, then by name. A part that is not well-formed, or whose root is not
/// `w:styles` with an end tag, is kept as it is.
pub fn merge(reference: &[u8]) -> Merged {
    let unchanged = || Merged {
        xml: reference.to_vec(),
        renames: Vec::new(),
    };
    let Ok(text) = std::str::from_utf8(reference) else {
        return unchanged();
    };
    let (Some(document), Some(built_in)) = (parse(text), parse(BUILT_IN)) else {
        return unchanged();
    };
    let root = document.root_element();
    if !root.has_tag_name((W, "styles")) {
        return unchanged();
    }
    // The added styles go just before the root's end tag (`None`: an empty `<w:styles/>`).
    let Some(end) = text[root.range()].rfind("</").map(|at| root.range().start + at) else {
        return unchanged();
    };
    // Ours are written with the prefix `w`: where the part binds `w` to something else
    // or not at all (a tool that writes `ns0:`), each added style declares it.
    let declare = root.lookup_namespace_uri(Some("w")) != Some(W);
    let theirs = styles(&document);
    let mut missing = String::new();
    let mut renames = Vec::new();
    for ours in styles(&built_in) {
        if theirs.iter().any(|s| s.id == ours.id) {
            continue;
        }
        match theirs
            .iter()
            .find(|s| !ours.name.is_empty() && s.name.eq_ignore_ascii_case(ours.name))
        {
            Some(same) => renames.push((ours.id.to_owned(), same.id.to_owned())),
            None => {
                match ours.xml.strip_prefix("<w:style") {
                    Some(rest) if declare => {
                        missing.push_str(&format!(r#"<w:style xmlns:w="{W}""#));
                        missing.push_str(rest);
                    }
                    _ => missing.push_str(ours.xml),
                }
                missing.push('\n');
            }
        }
    }
    let mut merged = String::with_capacity(text.len() + missing.len());
    merged.push_str(&text[..end]);
    merged.push_str(&missing);
    merged.push_str(&text[end..]);
    Merged {
        xml: merged.into_bytes(),
        renames,
    }
}

/// `xml` with the style references renamed.
pub fn rename<'a>(xml: &'a str, renames: &[(String, String)]) -> Cow<'a, str> {
    let mut xml = Cow::Borrowed(xml);
    for (ours, theirs) in renames {
        let (ours, theirs) = (escape(ours), escape(theirs));
        for kind in ["pStyle", "rStyle"] {
            let from = format!(r#"<w:{kind} w:val="{ours}"/>"#);
            if xml.contains(&from) {
                xml = Cow::Owned(xml.replace(&from, &format!(r#"<w:{kind} w:val="{theirs}"/>"#)));
            }
        }
    }
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_styles_are_listed_with_ids_and_names() {
        let document = parse(BUILT_IN).expect("the built-in styles parse");
        let styles = styles(&document);
        let heading = styles.iter().find(|s| s.id == "Heading1").expect("Heading1");
        assert_eq!(heading.name, "heading 1");
        assert!(heading.xml.starts_with("<w:style ") && heading.xml.ends_with("</w:style>"));
        assert!(styles.iter().any(|s| s.id == "TableText" && s.name == "Table Text"));
    }

    #[test]
    fn a_localised_reference_keeps_its_ids() {
        let reference = format!(
            r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="u1"><w:name w:val="Heading 1"/></w:style></w:styles>"#
        );
        let merged = merge(reference.as_bytes());
        assert!(merged.renames.contains(&("Heading1".to_owned(), "u1".to_owned())));
        let text = String::from_utf8(merged.xml).expect("UTF-8");
        assert!(!text.contains(r#"w:styleId="Heading1""#));
        assert!(text.contains(r#"w:styleId="Heading2""#));
        let document = r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p>"#;
        assert_eq!(
            rename(document, &merged.renames),
            r#"<w:p><w:pPr><w:pStyle w:val="u1"/></w:pPr></w:p>"#
        );
    }

    #[test]
    fn a_reference_is_read_as_xml_whatever_its_spelling() {
        // Single quotes, a tab after the element name, spaces around `=`, an escaped id,
        // a byte order mark, and a commented-out style that is not one.
        let reference = format!(
            "\u{feff}<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<w:styles xmlns:w='{W}'>\n<w:style\tw:type='paragraph' w:styleId = 'u1'><w:name w:val='Heading 1'/></w:style>\n<w:style w:type=\"paragraph\"\n    w:styleId=\"Q&amp;A\" ><w:name  w:val = \"heading 2\" /></w:style>\n<!-- <w:style w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/></w:style> -->\n</w:styles >\n"
        );
        let document = parse(&reference).expect("well-formed");
        let theirs: Vec<(&str, &str)> = styles(&document).iter().map(|s| (s.id, s.name)).collect();
        assert_eq!(theirs, [("u1", "Heading 1"), ("Q&A", "heading 2")]);
        let merged = merge(reference.as_bytes());
        assert!(merged.renames.contains(&("Heading1".to_owned(), "u1".to_owned())));
        assert!(merged.renames.contains(&("Heading2".to_owned(), "Q&A".to_owned())));
        let text = String::from_utf8(merged.xml).expect("UTF-8");
        let merged_document = parse(&text).expect("still well-formed");
        let ids: Vec<&str> = styles(&merged_document).iter().map(|s| s.id).collect();
        assert!(ids.contains(&"Heading3") && !ids.contains(&"Heading1") && !ids.contains(&"Heading2"));
        assert!(text.ends_with("</w:style>\n</w:styles >\n"));
        let document = r#"<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr></w:p>"#;
        assert_eq!(
            rename(document, &merged.renames),
            r#"<w:p><w:pPr><w:pStyle w:val="Q&amp;A"/></w:pPr></w:p>"#
        );
    }

    #[test]
    fn a_reference_with_another_prefix_gets_styles_that_declare_theirs() {
        // As a tool writes the part when it does not know WordprocessingML's usual prefix.
        let reference = format!(
            r#"<ns0:styles xmlns:ns0="{W}" xmlns:w="urn:not-word"><ns0:style ns0:type="paragraph" ns0:styleId="u1"><ns0:name ns0:val="heading 1"/></ns0:style><w:style w:styleId="Heading2"/></ns0:styles>"#
        );
        let merged = merge(reference.as_bytes());
        assert_eq!(merged.renames, [("Heading1".to_owned(), "u1".to_owned())]);
        let text = String::from_utf8(merged.xml).expect("UTF-8");
        let document = parse(&text).expect("still well-formed");
        let ids: Vec<&str> = styles(&document).iter().map(|s| s.id).collect();
        assert_eq!(ids[0], "u1");
        assert!(
            ids.contains(&"Heading2"),
            "the `w:style` of another namespace is not a style"
        );
        assert!(text.contains(&format!(
            r#"<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="Heading2">"#
        )));
    }

    #[test]
    fn a_damaged_or_foreign_styles_part_is_kept_as_it_is() {
        let doctype = format!(
            r#"<!DOCTYPE w:styles [<!ENTITY x "u1">]><w:styles xmlns:w="{W}"><w:style w:styleId="&x;"/></w:styles>"#
        );
        let empty = format!(r#"<w:styles xmlns:w="{W}"/>"#);
        let unclosed = format!(r#"<w:styles xmlns:w="{W}"><w:style w:styleId="u1"></w:styles>"#);
        let foreign = format!(r#"<w:numbering xmlns:w="{W}"></w:numbering>"#);
        let no_namespace = r#"<w:styles><w:style w:styleId="u1"/></w:styles>"#;
        for part in [&doctype, &empty, &unclosed, &foreign, no_namespace, "not XML", ""] {
            let merged = merge(part.as_bytes());
            assert_eq!(merged.xml, part.as_bytes());
            assert!(merged.renames.is_empty());
        }
        let latin1 = b"<w:styles>\xff</w:styles>";
        assert_eq!(merge(latin1).xml, latin1);
    }
}
