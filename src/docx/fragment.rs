//! `word/document.xml` in pieces converted side by side. Hyperlink relationships and
//! ordered-list numbering instances are numbered in the order the document first needs
//! them, which a piece cannot know while the pieces before it are still being
//! converted. So each piece numbers them as if it stood alone and records where it
//! wrote each id; the join, in document order, gives every id its place in the whole
//! and writes it there. The result is the document a single pass would have written.

use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;

use super::Resources;
use super::paragraph::Para;
use super::styles;

/// What an id written in a fragment stands for, by the fragment's own numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Local {
    /// Entry `n` of the fragment's hyperlink targets.
    Link(usize),
    /// Entry `n` of the fragment's ordered lists.
    OrderedList(usize),
}

/// A run of `document.xml`, with the resources it asks for.
#[derive(Debug, Default)]
pub(crate) struct Fragment {
    pub xml: String,
    /// Numbered from the start of the fragment.
    pub resources: Resources,
    /// Where the fragment wrote an id of `resources`, in the order written.
    ids: Vec<(Range<usize>, Local)>,
}

impl Fragment {
    /// XML that asks for no resource.
    pub fn plain(xml: String) -> Fragment {
        Fragment {
            xml,
            ..Fragment::default()
        }
    }

    pub fn with_capacity(capacity: usize) -> Fragment {
        Fragment::plain(String::with_capacity(capacity))
    }

    /// Opens `w:hyperlink` to `target`.
    pub fn open_hyperlink(&mut self, target: String) {
        let index = self.resources.link(target);
        self.xml.push_str(r#"<w:hyperlink r:id=""#);
        let at = self.xml.len();
        self.xml.push_str(&Resources::link_id(index));
        self.ids.push((at..self.xml.len(), Local::Link(index)));
        self.xml.push_str(r#"" w:history="1">"#);
    }

    /// A new numbering instance for an ordered list starting at `start`.
    pub fn ordered_list(&mut self, level: u32, start: u64) -> u32 {
        self.resources.ordered_list(level, start)
    }

    /// Opens `w:p`, noting the numbering instance if it is one of the fragment's ordered
    /// lists.
    pub fn open_paragraph(&mut self, para: &Para) {
        let span = para.open(&mut self.xml);
        if let (Some(span), Some((num_id, _))) = (span, para.numbering)
            && let Some(index) = Resources::ordered_list_index(num_id)
            && index < self.resources.ordered_lists.len()
        {
            self.ids.push((span, Local::OrderedList(index)));
        }
    }
}

/// The fragments in document order, and the resources of the whole document.
#[derive(Debug)]
pub(crate) struct Document {
    fragments: Vec<Fragment>,
    /// For each fragment: the document's index of each of its links, and the document's
    /// index of its first ordered list.
    places: Vec<(Vec<usize>, usize)>,
    pub resources: Resources,
}

/// Numbers the fragments' resources as one pass over the document would: a link
/// target keeps the id it got where it first appeared, every ordered list gets the
/// next instance.
pub(crate) fn join(fragments: Vec<Fragment>) -> Document {
    let mut resources = Resources::default();
    let mut link_index: HashMap<&str, usize> = HashMap::new();
    let mut places = Vec::with_capacity(fragments.len());
    for fragment in &fragments {
        let links = fragment
            .resources
            .links
            .iter()
            .map(|target| {
                *link_index.entry(target.as_str()).or_insert_with(|| {
                    resources.links.push(target.clone());
                    resources.links.len() - 1
                })
            })
            .collect();
        places.push((links, resources.ordered_lists.len()));
        resources
            .ordered_lists
            .extend_from_slice(&fragment.resources.ordered_lists);
    }
    Document {
        fragments,
        places,
        resources,
    }
}

impl Document {
    /// Writes `document.xml`, the style references renamed as `renames` says.
    pub fn write_to<W: Write>(&self, out: &mut W, renames: &[(String, String)]) -> io::Result<()> {
        // No style reference spans an id or the edge of a fragment, so renaming piece by
        // piece renames what renaming the whole would.
        let mut piece = |text: &str| out.write_all(styles::rename(text, renames).as_bytes());
        for (fragment, (links, first_list)) in self.fragments.iter().zip(&self.places) {
            let mut at = 0;
            for (span, local) in &fragment.ids {
                let Some(before) = fragment.xml.get(at..span.start) else {
                    continue;
                };
                piece(before)?;
                match *local {
                    Local::Link(index) => {
                        let index = links.get(index).copied().unwrap_or(index);
                        piece(&Resources::link_id(index))?;
                    }
                    Local::OrderedList(index) => {
                        piece(&Resources::ordered_list_id(first_list + index).to_string())?;
                    }
                }
                at = span.end;
            }
            piece(fragment.xml.get(at..).unwrap_or_default())?;
        }
        Ok(())
    }

    /// `document.xml` as one string.
    #[cfg(test)]
    pub fn to_xml(&self) -> String {
        let mut out = Vec::new();
        self.write_to(&mut out, &[]).expect("a Vec takes every byte");
        String::from_utf8(out).expect("the fragments are UTF-8")
    }
}

#[cfg(test)]
mod tests {
    use super::super::blocks;
    use super::*;

    const UNITS: [&str; 4] = [
        "1. một [chung](https://a.vn/chung)\n2. hai\n\n[riêng](https://a.vn/1)\n",
        "Không có liên kết.\n",
        "5. năm\n   1. con [riêng](https://a.vn/2)\n\n[chung](https://a.vn/chung) [riêng](https://a.vn/1)\n",
        "- gạch [mới](mailto:vp@a.vn)\n\n3. ba\n",
    ];

    #[test]
    fn joined_fragments_are_numbered_as_one_pass_numbers_them() {
        let mut whole = Fragment::default();
        for unit in UNITS {
            blocks::markdown(&mut whole, unit);
        }
        let one_pass = join(vec![whole]);
        let joined = join(
            UNITS
                .iter()
                .map(|unit| {
                    let mut fragment = Fragment::default();
                    blocks::markdown(&mut fragment, unit);
                    fragment
                })
                .collect(),
        );
        assert_eq!(joined.to_xml(), one_pass.to_xml());
        assert_eq!(
            joined.resources.links,
            [
                "https://a.vn/chung",
                "https://a.vn/1",
                "https://a.vn/2",
                "mailto:vp@a.vn"
            ]
        );
        assert_eq!(joined.resources.ordered_lists, [(0, 1), (0, 5), (1, 1), (0, 3)]);
        let xml = joined.to_xml();
        for num_id in 2..=5 {
            assert!(
                xml.contains(&format!(r#"<w:numId w:val="{num_id}"/>"#)),
                "{num_id}: {xml}"
            );
        }
        assert_eq!(xml.matches(r#"r:id="rIdLink1""#).count(), 2, "{xml}");
        assert_eq!(xml.matches(r#"r:id="rIdLink2""#).count(), 2, "{xml}");
        assert_eq!(xml.matches(r#"r:id="rIdLink4""#).count(), 1, "{xml}");
    }

    #[test]
    fn styles_renamed_piece_by_piece_as_in_one_piece() {
        let mut fragment = Fragment::plain(r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p>"#.into());
        blocks::markdown(
            &mut fragment,
            "1. [x](https://a.vn)\n\n| A |\n|---|\n| [y](https://b.vn) |\n",
        );
        let renames = [
            ("Heading1".to_owned(), "u1".to_owned()),
            ("TableText".to_owned(), "BangChu".to_owned()),
            ("Hyperlink".to_owned(), "LienKet".to_owned()),
        ];
        let document = join(vec![Fragment::plain("<w:body>".into()), fragment]);
        let mut renamed = Vec::new();
        document
            .write_to(&mut renamed, &renames)
            .expect("a Vec takes every byte");
        let renamed = String::from_utf8(renamed).expect("UTF-8");
        assert_eq!(renamed, styles::rename(&document.to_xml(), &renames));
        for theirs in ["u1", "BangChu", "LienKet"] {
            assert!(renamed.contains(&format!(r#"w:val="{theirs}""#)), "{renamed}");
        }
    }
}
