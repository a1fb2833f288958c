//! XML in and out. In: every XML part read (a unit's Word document, a campaign's
//! `reference.docx`) is parsed by [`parse`], with no DTD and a bounded node count. Out:
//! text into XML and HTML (the Word parts, JUnit reports, the status page's SVG).
//! Submissions are untrusted: every character of theirs goes through here, so markup
//! cannot leak into a document and characters XML 1.0 cannot hold (which make Word
//! refuse the file) are dropped.

/// XML nodes in one part (memory grows with them).
pub const MAX_XML_NODES: u32 = 2_000_000;

/// An XML part parsed without a DTD (where entity expansion, the billion laughs, lives;
/// Word never writes one), its node count bounded, a leading byte-order mark passed over.
pub fn parse(text: &str) -> Result<roxmltree::Document<'_>, roxmltree::Error> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_XML_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text.trim_start_matches('\u{feff}'), options)
}

/// Appends `text` escaped for element content and attribute values alike, without
/// the characters XML 1.0 cannot hold at all (C0 controls other than tab, line feed and
/// carriage return; U+FFFE and U+FFFF). Scans bytes: every byte that needs attention is
/// ASCII or the lead byte 0xEF, so the rest is copied in slices.
pub fn escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|b| ATTENTION[usize::from(*b)]) {
        at += offset;
        let (replacement, width) = match bytes[at] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&apos;", 1),
            0xEF if matches!(bytes.get(at + 1..at + 3), Some([0xBF, 0xBE | 0xBF])) => ("", 3),
            0xEF => {
                at += 1;
                continue;
            }
            _ => ("", 1),
        };
        out.push_str(&text[start..at]);
        out.push_str(replacement);
        at += width;
        start = at;
    }
    out.push_str(&text[start..]);
}

/// Bytes that need a look: markup, C0 controls XML cannot hold, and 0xEF, which leads
/// U+FFFE and U+FFFF.
const ATTENTION: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = !matches!(byte, 0x09 | 0x0A | 0x0D);
        byte += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xEF] = true;
    table
};

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            escape("a & b <c> \"d\" 'e'"),
            "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"
        );
        assert_eq!(escape("x\u{0}\u{8}\u{b}\u{c}\u{1f}y\u{fffe}\u{ffff}z\tw\n"), "xyz\tw\n");
        assert_eq!(escape("Đảng ủy xã Đô Lương"), "Đảng ủy xã Đô Lương");
    }
}
