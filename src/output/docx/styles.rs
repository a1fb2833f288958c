//! The styles part: the built-in Party typography, or a reference document's styles
//! with what the report needs added to them.

use std::borrow::Cow;

/// The built-in styles: Party typography on Word's built-in style ids.
pub const BUILT_IN: &str = include_str!("styles.xml");

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A `<w:style …>…</w:style>` element of a styles part, with its id and name.
struct Style<'a> {
    xml: &'a str,
    id: &'a str,
    name: &'a str,
}

fn attribute<'a>(xml: &'a str, prefix: &str) -> Option<&'a str> {
    xml.split(prefix).nth(1).and_then(|rest| rest.split('"').next())
}

fn styles(xml: &str) -> Vec<Style<'_>> {
    xml.match_indices("<w:style ")
        .filter_map(|(start, _)| {
            let end = xml[start..]
                .find("</w:style>")
                .map(|e| start + e + "</w:style>".len())?;
            let element = &xml[start..end];
            let head = &element[..element.find('>').unwrap_or(element.len())];
            Some(Style {
                xml: element,
                id: attribute(head, "w:styleId=\"")?,
                name: attribute(element, "<w:name w:val=\"").unwrap_or(""),
            })
        })
        .collect()
}

/// A reference document's styles made fit for the report.
pub struct Merged {
    pub xml: Vec<u8>,
    /// `(ours, theirs)`: style ids the document must use under the reference's id, where
    /// the reference names the same built-in style differently (older localised Word
    /// writes ids such as `u1` for "heading 1").
    pub renames: Vec<(String, String)>,
}

/// The reference styles, plus the built-in definition of every style the report uses
/// that they lack (as pandoc does), so nothing falls back to a bare Normal. Styles are
/// matched by id, then by name.
pub fn merge(reference: &[u8]) -> Merged {
    let unchanged = || Merged {
        xml: reference.to_vec(),
        renames: Vec::new(),
    };
    let Ok(text) = std::str::from_utf8(reference) else {
        return unchanged();
    };
    let Some(end) = text.rfind("</w:styles>") else {
        return unchanged();
    };
    // Adding `w:` elements is only sound where `w` is the WordprocessingML namespace.
    if !text.contains(&format!(r#"xmlns:w="{W}""#)) {
        return unchanged();
    }
    let theirs = styles(text);
    let mut missing = String::new();
    let mut renames = Vec::new();
    for ours in styles(BUILT_IN) {
        if theirs.iter().any(|s| s.id == ours.id) {
            continue;
        }
        match theirs
            .iter()
            .find(|s| !ours.name.is_empty() && s.name.eq_ignore_ascii_case(ours.name))
        {
            Some(same) => renames.push((ours.id.to_owned(), same.id.to_owned())),
            None => {
                missing.push_str(ours.xml);
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
        let styles = styles(BUILT_IN);
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
}
