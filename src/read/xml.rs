//! Text into XML and HTML (the Word parts, JUnit reports, the status page's SVG).
//! Submissions are untrusted: every character of theirs goes through here, so markup
//! cannot leak into a document and characters XML 1.0 cannot hold (which make Word
//! refuse the file) are dropped.

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
