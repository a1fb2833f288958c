//! Bytes to text. Reports come from Notepad, PowerShell, old Vietnamese Windows and
//! macOS: UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1258, NFD. Everything
//! leaves here as NFC UTF-8, with a note of what it was converted from. Texts typed with
//! the legacy TCVN3 and VNI fonts are recognised and converted by `legacy`, and so is
//! UTF-8 once misread as Windows-1252 and saved again (`Äáº£ng á»§y`).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1258};

#[derive(Debug, PartialEq, Eq)]
pub enum Decoded<'a> {
    /// NFC text, and the encoding it was converted from when it was not UTF-8. Borrowed
    /// from the bytes when they already were NFC UTF-8 (nearly always): `check` reads
    /// every byte of every report and copying them cost a tenth of its time.
    Text {
        text: Cow<'a, str>,
        converted_from: Option<&'static str>,
    },
    /// NUL bytes and no UTF-16 BOM: not a text file.
    Binary,
}

pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_16LE || encoding == UTF_16BE {
            // Invalid UTF-16 (a lone surrogate) becomes U+FFFD rather than an error:
            // the unit still sees every other problem in the file.
            let (text, _) = encoding.decode_without_bom_handling(body);
            // U+0000 is what a NUL byte is in UTF-8: not text, whatever the encoding.
            if text.contains('\0') {
                return Decoded::Binary;
            }
            if let Some((converted, was)) = crate::read::legacy::from_pasted(&text) {
                return text_of(Cow::Owned(converted), Some(was));
            }
            return text_of(text, Some(encoding.name()));
        }
        return utf8_or_windows_1258(body);
    }
    // `memchr` scans a vector at a time; the slice's own `contains` a word at a time.
    if memchr::memchr(0, bytes).is_some() {
        return Decoded::Binary;
    }
    utf8_or_windows_1258(bytes)
}

fn utf8_or_windows_1258(bytes: &[u8]) -> Decoded<'_> {
    // simdutf8 validates Vietnamese text (a multi-byte character every few bytes) some
    // twenty times faster than the standard library, which is tuned for ASCII.
    match simdutf8::basic::from_utf8(bytes) {
        // A legacy-font text pasted into Unicode is valid UTF-8 all the same.
        Ok(text) => match crate::read::legacy::from_pasted(text) {
            Some((converted, was)) => text_of(Cow::Owned(converted), Some(was)),
            None => text_of(Cow::Borrowed(text), None),
        },
        Err(_) => {
            let (text, _) = WINDOWS_1258.decode_without_bom_handling(bytes);
            // Raw TCVN3 or VNI bytes are not UTF-8 either: they are told from Windows-1258
            // by which reading gives Vietnamese syllables.
            if let Some((converted, legacy)) = crate::read::legacy::from_bytes(bytes, &text) {
                return text_of(Cow::Owned(converted), Some(legacy.name()));
            }
            text_of(text, Some(WINDOWS_1258.name()))
        }
    }
}

fn text_of<'a>(text: Cow<'a, str>, converted_from: Option<&'static str>) -> Decoded<'a> {
    if crate::text::nfc::surely_nfc(&text) {
        return Decoded::Text { text, converted_from };
    }
    // A macOS (NFD) report in Vietnamese is composed by table, as ICU would.
    if let Some(composed) = crate::text::nfc::compose_vietnamese(&text) {
        return Decoded::Text {
            text: Cow::Owned(composed),
            converted_from,
        };
    }
    // ICU4X's normaliser composes anything else about twice as fast as
    // unicode-normalization, and hands back the text untouched when it already was NFC.
    let composed = match icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(&text) {
        Cow::Borrowed(_) => None,
        Cow::Owned(composed) => Some(composed),
    };
    let text = composed.map_or(text, Cow::Owned);
    Decoded::Text { text, converted_from }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn text(decoded: Decoded) -> (String, Option<&'static str>) {
        match decoded {
            Decoded::Text { text, converted_from } => (text.into_owned(), converted_from),
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
    fn nul_bytes_are_binary() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Decoded::Binary);
    }
}
