//! Whether text is surely in NFC already, decided fast: every byte of every report passes
//! here, and normalising text that is already composed would cost more than reading it.

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

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

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
}
