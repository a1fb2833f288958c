//! Bytes to text. Reports come from Notepad, PowerShell, old Vietnamese Windows and
//! macOS: UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1258, NFD. Everything
//! leaves here as NFC UTF-8, with a note of what it was converted from. Texts typed with
//! the legacy TCVN3 and VNI fonts are recognised and converted by `legacy`.

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
            if let Some((converted, legacy)) = crate::legacy::from_pasted(&text) {
                return text_of(Cow::Owned(converted), Some(legacy.name()));
            }
            return text_of(text, Some(encoding.name()));
        }
        return utf8_or_windows_1258(body);
    }
    if bytes.contains(&0) {
        return Decoded::Binary;
    }
    utf8_or_windows_1258(bytes)
}

fn utf8_or_windows_1258(bytes: &[u8]) -> Decoded<'_> {
    // simdutf8 validates Vietnamese text (a multi-byte character every few bytes) some
    // twenty times faster than the standard library, which is tuned for ASCII.
    match simdutf8::basic::from_utf8(bytes) {
        // A legacy-font text pasted into Unicode is valid UTF-8 all the same.
        Ok(text) => match crate::legacy::from_pasted(text) {
            Some((converted, legacy)) => text_of(Cow::Owned(converted), Some(legacy.name())),
            None => text_of(Cow::Borrowed(text), None),
        },
        Err(_) => {
            let (text, _) = WINDOWS_1258.decode_without_bom_handling(bytes);
            // Raw TCVN3 or VNI bytes are not UTF-8 either: they are told from Windows-1258
            // by which reading gives Vietnamese syllables.
            if let Some((converted, legacy)) = crate::legacy::from_bytes(bytes, &text) {
                return text_of(Cow::Owned(converted), Some(legacy.name()));
            }
            text_of(text, Some(WINDOWS_1258.name()))
        }
    }
}

/// True when every character is NFC on its own and combines with nothing before it
/// (a starter whose NFC quick check is "yes"): such text is NFC. False says nothing.
pub fn surely_nfc(text: &str) -> bool {
    // This runs over every byte of every report. Characters below U+0300 (two-byte
    // leads below 0xCC) and Vietnamese letters with tone marks (U+1E00–U+1EFF: E1 B8–BB)
    // are all safe, so a 32-byte stretch holding no other lead byte is passed with one
    // branch; the compiler turns the loop into vector compares. Only stretches with
    // something else (a curly quote, a combining mark) go through the pair table.
    const STRETCH: usize = 32;
    let bytes = text.as_bytes();
    let mut start = 0;
    while start + STRETCH < bytes.len() {
        let (here, next) = (&bytes[start..start + STRETCH], &bytes[start + 1..=start + STRETCH]);
        let other = here.iter().zip(next).fold(false, |any, (&b, &n)| {
            any | ((b >= 0xCC) & !((b == 0xE1) & (n & 0xFC == 0xB8)))
        });
        // The pairs look up to two bytes past the stretch: a character cut at its end.
        if other && !pairs_are_nfc(bytes, start, start + STRETCH) {
            return false;
        }
        start += STRETCH;
    }
    pairs_are_nfc(bytes, start, bytes.len())
}

/// [`surely_nfc`] for the characters starting in `bytes[from..to]`, by a table of
/// byte pairs rather than decoding them.
fn pairs_are_nfc(bytes: &[u8], from: usize, to: usize) -> bool {
    let (pairs, e2_80) = &*NFC_PAIRS;
    let pairs: &[u8; 1 << 16] = pairs;
    for (i, &b) in bytes.iter().enumerate().take(to).skip(from) {
        let next = if i + 1 < bytes.len() { bytes[i + 1] } else { 0 };
        match pairs[usize::from(u16::from_be_bytes([b, next]))] {
            PAIR_STARTS => {}
            PAIR_E2_80 => {
                let third = bytes.get(i + 2).copied().unwrap_or(0);
                if e2_80 >> (third & 0x3F) & 1 == 0 {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

const PAIR_UNSURE: u8 = 0;
/// Every character starting with the pair is a starter with a "yes" quick check (or the
/// first byte continues a character already checked).
const PAIR_STARTS: u8 = 1;
/// U+2000–U+203F: decided by the third byte.
const PAIR_E2_80: u8 = 2;

/// The class of every (byte, next byte), and which of U+2000–U+203F are starters.
static NFC_PAIRS: std::sync::LazyLock<(Box<[u8; 1 << 16]>, u64)> = std::sync::LazyLock::new(|| {
    let starter = |code: u32| {
        char::from_u32(code).is_some_and(|c| {
            unicode_normalization::char::canonical_combining_class(c) == 0
                && unicode_normalization::is_nfc_quick(std::iter::once(c)) == unicode_normalization::IsNormalized::Yes
        })
    };
    let mut pairs = Box::new([PAIR_UNSURE; 1 << 16]);
    for (index, class) in pairs.iter_mut().enumerate() {
        let (lead, next) = ((index >> 8) as u32, (index & 0xFF) as u32);
        let continues = (0x80..=0xBF).contains(&next);
        let all = |ok: bool| if ok { PAIR_STARTS } else { PAIR_UNSURE };
        *class = match lead {
            0x00..=0x7F => all(starter(lead)),
            0x80..=0xBF => PAIR_STARTS,
            0xC2..=0xDF if continues => all(starter(((lead & 0x1F) << 6) | (next & 0x3F))),
            0xE2 if next == 0x80 => PAIR_E2_80,
            0xE0..=0xEF if continues => {
                let first = ((lead & 0x0F) << 12) | ((next & 0x3F) << 6);
                all((first..first + 64).all(starter))
            }
            _ => PAIR_UNSURE,
        };
    }
    let e2_80 = (0..64u32)
        .filter(|&k| starter(0x2000 + k))
        .fold(0u64, |bits, k| bits | 1 << k);
    (pairs, e2_80)
});

fn text_of<'a>(text: Cow<'a, str>, converted_from: Option<&'static str>) -> Decoded<'a> {
    if surely_nfc(&text) {
        return Decoded::Text { text, converted_from };
    }
    // ICU4X's normaliser composes a macOS (NFD) report about twice as fast as
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
    fn surely_nfc_is_right_for_every_character() {
        // Short texts take the pair table only; long ones the 32-byte stretches too,
        // with the character at every place in a stretch and across its end.
        let pad = "a".repeat(29);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let short = format!("a{c}b");
            let short_sure = surely_nfc(&short);
            for shift in 0..4 {
                let long = format!("{}{c}{pad}{pad}", &pad[..shift]);
                assert_eq!(surely_nfc(&long), short_sure, "{c:?} at {shift}");
                let long = format!("{pad}{}{c}{pad}", &pad[..shift]);
                assert_eq!(surely_nfc(&long), short_sure, "{c:?} at {}", 29 + shift);
            }
            let text = short;
            if short_sure {
                assert_eq!(text.nfc().collect::<String>(), text, "{c:?}");
                assert_eq!(
                    unicode_normalization::is_nfc_quick(text.chars()),
                    unicode_normalization::IsNormalized::Yes
                );
            }
        }
        assert!(!surely_nfc("a\u{0301}"));
        assert!(surely_nfc("“Dân vận khéo” – Đảng ủy 67,8%…"));
        assert!(!surely_nfc("x\u{2000}"));
        assert!(!surely_nfc("x\u{0340}"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Decoded::Binary);
    }
}
