//! Bytes to text. Reports come from Notepad, PowerShell, old Vietnamese Windows and
//! macOS: UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1258, NFD. Everything
//! leaves here as NFC UTF-8, with a note of what it was converted from.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1258};
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, PartialEq, Eq)]
pub enum Decoded {
    /// NFC text, and the encoding it was converted from when it was not UTF-8.
    Text {
        text: String,
        converted_from: Option<&'static str>,
    },
    /// NUL bytes and no UTF-16 BOM: not a text file.
    Binary,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_16LE || encoding == UTF_16BE {
            // Invalid UTF-16 (a lone surrogate) becomes U+FFFD rather than an error:
            // the unit still sees every other problem in the file.
            let (text, _) = encoding.decode_without_bom_handling(body);
            return text_of(&text, Some(encoding.name()));
        }
        return match std::str::from_utf8(body) {
            Ok(text) => text_of(text, None),
            Err(_) => windows_1258(body),
        };
    }
    if bytes.contains(&0) {
        return Decoded::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text_of(text, None),
        Err(_) => windows_1258(bytes),
    }
}

fn windows_1258(bytes: &[u8]) -> Decoded {
    let (text, _) = WINDOWS_1258.decode_without_bom_handling(bytes);
    text_of(&text, Some(WINDOWS_1258.name()))
}

/// True when every character is one that is NFC on its own and combines with nothing
/// before it: ASCII, Latin-1 and the Latin extensions below U+0300, the precomposed
/// Vietnamese letters (U+1EA0–U+1EF9), and dashes, quotes and dots (U+2010–U+2027).
/// Such text is NFC. False says nothing.
pub fn surely_nfc(text: &str) -> bool {
    // A table of lead bytes instead of decoding characters: this runs over every byte of
    // every report, and decoding cost as much as parsing the Markdown.
    const OK: u8 = 0;
    const LOOK: u8 = 1;
    const NO: u8 = 2;
    const CLASS: [u8; 256] = {
        let mut class = [NO; 256];
        let mut b = 0;
        while b < 256 {
            class[b] = match b {
                // ASCII, continuation bytes, and leads of U+0080–U+02FF.
                0x00..=0xBF | 0xC2..=0xCB => OK,
                0xE1 | 0xE2 => LOOK,
                _ => NO,
            };
            b += 1;
        }
        class
    };
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    for (i, &b) in bytes.iter().enumerate() {
        match CLASS[usize::from(b)] {
            OK => {}
            // U+1EA0–U+1EF9 (E1 BA A0 – E1 BB B9) and U+2010–U+2027 (E2 80 90 – E2 80 A7).
            LOOK if b == 0xE1
                && ((at(i + 1) == 0xBA && at(i + 2) >= 0xA0) || (at(i + 1) == 0xBB && at(i + 2) <= 0xB9)) => {}
            LOOK if b == 0xE2 && at(i + 1) == 0x80 && (0x90..=0xA7).contains(&at(i + 2)) => {}
            _ => return false,
        }
    }
    true
}

fn text_of(text: &str, converted_from: Option<&'static str>) -> Decoded {
    // The range test is several times faster than the table lookups of the quick check.
    let text = if surely_nfc(text)
        || unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        text.to_owned()
    } else {
        text.nfc().collect()
    };
    Decoded::Text { text, converted_from }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(decoded: Decoded) -> (String, Option<&'static str>) {
        match decoded {
            Decoded::Text { text, converted_from } => (text, converted_from),
            Decoded::Binary => panic!("binary"),
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text(decode("Sở Nội vụ".as_bytes())), ("Sở Nội vụ".into(), None));
        assert_eq!(text(decode("\u{FEFF}Sở".as_bytes())), ("Sở".into(), None));
    }

    #[test]
    fn utf16_is_converted() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Sở".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(text(decode(&le)), ("Sở".into(), Some("UTF-16LE")));
        let mut be = vec![0xFE, 0xFF];
        be.extend("Sở".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(text(decode(&be)), ("Sở".into(), Some("UTF-16BE")));
    }

    #[test]
    fn windows_1258_tone_marks_become_nfc() {
        // "Sở" in Windows-1258: S, U+01A1 (0xF5), combining hook above (0xD2).
        let (decoded, from) = text(decode(&[b'S', 0xF5, 0xD2]));
        assert_eq!(decoded, "Sở");
        assert_eq!(from, Some("windows-1258"));
    }

    #[test]
    fn nfd_becomes_nfc() {
        let nfd: String = "Đánh giá".nfd().collect();
        assert_eq!(text(decode(nfd.as_bytes())).0, "Đánh giá");
    }

    #[test]
    fn surely_nfc_ranges_are_nfc_starters() {
        use unicode_normalization::char::canonical_combining_class;
        let ranges = ['\u{0}'..='\u{02FF}', '\u{1EA0}'..='\u{1EF9}', '\u{2010}'..='\u{2027}'];
        for c in ranges.into_iter().flatten() {
            let one = c.to_string();
            assert!(surely_nfc(&one));
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(
                unicode_normalization::is_nfc_quick(one.chars()),
                unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
        }
        assert!(!surely_nfc("a\u{0301}"));
        assert!(surely_nfc("“Dân vận khéo” – 67,8%…"));
        assert!(!surely_nfc("x\u{2000}"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Decoded::Binary);
    }
}
