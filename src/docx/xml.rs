//! Text into XML. Submissions are untrusted: every character of theirs goes through
//! here, so markup cannot leak into the document and characters XML 1.0 cannot hold
//! (which make Word refuse the file) are dropped.

/// Whether XML 1.0 can hold `c` at all (the `Char` production).
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Appends `text` escaped for element content and attribute values alike.
pub fn escape_into(out: &mut String, text: &str) {
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&apos;",
            c if allowed(c) => continue,
            _ => "",
        };
        out.push_str(&text[start..at]);
        out.push_str(replacement);
        start = at + c.len_utf8();
    }
    out.push_str(&text[start..]);
}

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
