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

    /// Its XML's buffer, emptied, for another fragment.
    pub fn into_buffer(self) -> String {
        let mut buffer = self.xml;
        buffer.clear();
        buffer
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

/// Writes fragments in document order, numbering their resources as one pass over the
/// document would: a link target keeps the id it got where it first appeared, every
/// ordered list gets the next instance.
#[derive(Debug, Default)]
pub(crate) struct Join {
    /// The whole document's, so far.
    resources: Resources,
    links: HashMap<String, usize>,
}

impl Join {
    /// Writes `fragment`, the next one of `document.xml`, its style references renamed
    /// as `renames` says.
    pub fn write<W: Write>(
        &mut self,
        fragment: &Fragment,
        out: &mut W,
        renames: &[(String, String)],
    ) -> io::Result<()> {
        let links: Vec<usize> = fragment
            .resources
            .links
            .iter()
            .map(|target| match self.links.get(target) {
                Some(index) => *index,
                None => {
                    let index = self.resources.links.len();
                    self.resources.links.push(target.clone());
                    self.links.insert(target.clone(), index);
                    index
                }
            })
            .collect();
        let first_list = self.resources.ordered_lists.len();
        self.resources
            .ordered_lists
            .extend_from_slice(&fragment.resources.ordered_lists);

        // No style reference spans an id or the edge of a fragment, so renaming piece by
        // piece renames what renaming the whole would.
        let mut piece = |text: &str| out.write_all(styles::rename(text, renames).as_bytes());
        let mut at = 0;
        for (span, local) in &fragment.ids {
            let Some(before) = fragment.xml.get(at..span.start) else {
                continue;
            };
            piece(before)?;
            match *local {
                Local::Link(index) => piece(&Resources::link_id(links.get(index).copied().unwrap_or(index)))?,
                Local::OrderedList(index) => piece(&Resources::ordered_list_id(first_list + index).to_string())?,
            }
            at = span.end;
        }
        piece(fragment.xml.get(at..).unwrap_or_default())
    }

    /// The resources of every fragment written.
    pub fn into_resources(self) -> Resources {
        self.resources
    }
}

/// `fragments` joined into `document.xml`, and its resources.
#[cfg(test)]
pub(crate) fn join(fragments: &[Fragment]) -> (String, Resources) {
    let mut join = Join::default();
    let mut out = Vec::new();
    for fragment in fragments {
        join.write(fragment, &mut out, &[]).expect("a Vec takes every byte");
    }
    (
        String::from_utf8(out).expect("the fragments are UTF-8"),
        join.into_resources(),
    )
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
        let (one_pass, _) = join(&[whole]);
        let fragments: Vec<Fragment> = UNITS
            .iter()
            .map(|unit| {
                let mut fragment = Fragment::default();
                blocks::markdown(&mut fragment, unit);
                fragment
            })
            .collect();
        let (xml, resources) = join(&fragments);
        assert_eq!(xml, one_pass);
        assert_eq!(
            resources.links,
            [
                "https://a.vn/chung",
                "https://a.vn/1",
                "https://a.vn/2",
                "mailto:vp@a.vn"
            ]
        );
        assert_eq!(resources.ordered_lists, [(0, 1), (0, 5), (1, 1), (0, 3)]);
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
        let fragments = [Fragment::plain("<w:body>".into()), fragment];
        let mut join = Join::default();
        let mut renamed = Vec::new();
        for fragment in &fragments {
            join.write(fragment, &mut renamed, &renames)
                .expect("a Vec takes every byte");
        }
        let renamed = String::from_utf8(renamed).expect("UTF-8");
        assert_eq!(renamed, styles::rename(&super::join(&fragments).0, &renames));
        for theirs in ["u1", "BangChu", "LienKet"] {
            assert!(renamed.contains(&format!(r#"w:val="{theirs}""#)), "{renamed}");
        }
    }
}
