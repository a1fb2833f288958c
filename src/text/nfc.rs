//! Whether text is surely in NFC already, decided fast: every byte of every report passes
//! here, and normalising text that is already composed would cost more than reading it.
//! Vietnamese saved in NFD is composed here too, by a table ICU fills.

/// True when every character is NFC on its own and combines with nothing before it
/// (a starter whose NFC quick check is "yes"): such text is NFC. False says nothing.
pub fn surely_nfc(text: &str) -> bool {
    // This runs over every byte of every report. Characters below U+0300 (two-byte
    // leads below 0xCC) and Vietnamese letters with tone marks (U+1E00–U+1EFF: E1 B8–BB)
    // are all safe, so a 32-byte stretch holding no other lead byte is passed with one
    // branch; the compiler turns the loop into vector compares. The punctuation of
    // U+2002–U+203F (`– “ ” …`: E2 80 82–BF) is safe too, told by a second such pass
    // where the first finds something (one pass over three bytes a lane took twice the
    // instructions of the pass over two). Only stretches with something else (a combining mark, an
    // arrow) go through the pair table.
    const STRETCH: usize = 32;
    let bytes = text.as_bytes();
    let mut start = 0;
    while start + STRETCH + 1 < bytes.len() {
        let here = &bytes[start..start + STRETCH];
        let next = &bytes[start + 1..=start + STRETCH];
        let other = here.iter().zip(next).fold(false, |any, (&b, &n)| {
            any | ((b >= 0xCC) & !((b == 0xE1) & (n & 0xFC == 0xB8)))
        });
        let other = other && {
            let third = &bytes[start + 2..=start + STRETCH + 1];
            here.iter().zip(next).zip(third).fold(false, |any, ((&b, &n), &t)| {
                let tone_letter = (b == 0xE1) & (n & 0xFC == 0xB8);
                let punctuation = (b == 0xE2) & (n == 0x80) & (t >= 0x82);
                any | ((b >= 0xCC) & !tone_letter & !punctuation)
            })
        };
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
    first_unsure(bytes, from, to).is_none()
}

/// Where the first character starting in `bytes[from..to]` that [`surely_nfc`] does not
/// pass starts.
fn first_unsure(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let (pairs, e2_80, safe_leads) = &*NFC_PAIRS;
    let pairs: &[u8; 1 << 16] = pairs;
    for (i, &b) in bytes.iter().enumerate().take(to).skip(from) {
        // Most bytes (ASCII, continuations, Latin letters) pass whatever follows: told by
        // a table that stays in cache, not the pair table's 64 KB.
        if safe_leads[usize::from(b)] {
            continue;
        }
        let next = if i + 1 < bytes.len() { bytes[i + 1] } else { 0 };
        match pairs[usize::from(u16::from_be_bytes([b, next]))] {
            PAIR_STARTS => {}
            PAIR_E2_80 => {
                let third = bytes.get(i + 2).copied().unwrap_or(0);
                if e2_80 >> (third & 0x3F) & 1 == 0 {
                    return Some(i);
                }
            }
            _ => return Some(i),
        }
    }
    None
}

/// `text` in NFC, when it is Vietnamese in NFD as macOS saves it: ASCII letters with one
/// or two of the Vietnamese marks after them, every other character a starter that
/// [`surely_nfc`] passes. `None` for anything else, which the caller gives to ICU.
///
/// ICU's normaliser was a third of decoding for the one report in fifty saved in NFD.
/// The result is ICU's all the same: NFC never combines across a starter whose quick
/// check is "yes", so a text is normalised piece by piece between such starters; each
/// letter-and-marks piece is looked up in a table ICU itself filled, and every other
/// piece is one such starter, NFC as it is.
pub fn compose_vietnamese(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    while let Some(i) = first_unsure(bytes, copied, bytes.len()) {
        // A character that may combine with the one before: only marks after an ASCII
        // letter, itself a starter, are composed here. A third mark, or another
        // non-starter after the marks, finds no letter before it.
        let letter = *bytes.get(i.checked_sub(1)?)?;
        let first = mark_at(bytes, i)?;
        let second = mark_at(bytes, i + MARK_BYTES);
        let composed = COMPOSED[composed_index(letter, first, second)?]?;
        out.push_str(&text[copied..i - 1]);
        out.push(composed);
        copied = i + MARK_BYTES * if second.is_some() { 2 } else { 1 };
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// The combining marks Vietnamese is written with in NFD: the five tones (grave, acute,
/// tilde, hook above, dot below) and the circumflex, breve and horn.
const MARKS: [char; 8] = [
    '\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}', '\u{0302}', '\u{0306}', '\u{031B}',
];
/// Bytes of each mark in UTF-8.
const MARK_BYTES: usize = 2;

/// Which of [`MARKS`] starts at byte `at` of `bytes`, if one does.
fn mark_at(bytes: &[u8], at: usize) -> Option<usize> {
    // Every mark is in U+0300–U+033F, `CC` and a continuation byte in UTF-8: told by
    // the bytes, without decoding the character.
    match *bytes.get(at..at + MARK_BYTES)? {
        [0xCC, second] => {
            let code = 0x300 + u32::from(second & 0x3F);
            MARKS.iter().position(|&m| u32::from(m) == code)
        }
        _ => None,
    }
}

/// Where an ASCII letter with one or two marks is in [`COMPOSED`].
fn composed_index(letter: u8, first: usize, second: Option<usize>) -> Option<usize> {
    if !letter.is_ascii_alphabetic() {
        return None;
    }
    let second = second.unwrap_or(MARKS.len());
    Some((usize::from(letter) * MARKS.len() + first) * (MARKS.len() + 1) + second)
}

/// Every ASCII letter with one mark, or two, as ICU composes it, where that is one
/// character; `None` where it is not (`a` with acute then circumflex keeps a mark).
static COMPOSED: std::sync::LazyLock<Vec<Option<char>>> = std::sync::LazyLock::new(|| {
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    let mut table = vec![None; 128 * MARKS.len() * (MARKS.len() + 1)];
    for letter in (0..128u8).filter(u8::is_ascii_alphabetic) {
        for (first, &mark) in MARKS.iter().enumerate() {
            for second in (0..MARKS.len()).map(Some).chain([None]) {
                let decomposed: String = [Some(char::from(letter)), Some(mark), second.map(|s| MARKS[s])]
                    .into_iter()
                    .flatten()
                    .collect();
                let composed = nfc.normalize(&decomposed);
                let mut chars = composed.chars();
                if let (Some(c), None) = (chars.next(), chars.next())
                    && let Some(at) = composed_index(letter, first, second)
                {
                    table[at] = Some(c);
                }
            }
        }
    }
    table
});

const PAIR_UNSURE: u8 = 0;
/// Every character starting with the pair is a starter with a "yes" quick check (or the
/// first byte continues a character already checked).
const PAIR_STARTS: u8 = 1;
/// U+2000–U+203F: decided by the third byte.
const PAIR_E2_80: u8 = 2;

/// The class of every (byte, next byte), which of U+2000–U+203F are starters, and the
/// bytes whose every pair is [`PAIR_STARTS`].
type PairTables = (Box<[u8; 1 << 16]>, u64, [bool; 256]);
static NFC_PAIRS: std::sync::LazyLock<PairTables> = std::sync::LazyLock::new(|| {
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
    // In UTF-8 (a `&str`) a lead byte is followed by a continuation byte.
    let safe_leads = std::array::from_fn(|lead| {
        let nexts = if lead < 0xC0 { 0x00..=0xFF } else { 0x80..=0xBF };
        nexts.into_iter().all(|next| pairs[lead << 8 | next] == PAIR_STARTS)
    });
    (pairs, e2_80, safe_leads)
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

    /// ICU's NFC, which [`compose_vietnamese`] must give whenever it gives anything.
    fn icu(text: &str) -> String {
        icu_normalizer::ComposingNormalizerBorrowed::new_nfc()
            .normalize(text)
            .into_owned()
    }

    /// Marks besides the Vietnamese ones: other accents (macron, diaeresis, cedilla,
    /// ogonek), a mark NFC replaces (U+0340), one of the last class (U+0345), a Hangul
    /// vowel that composes with the syllable before it.
    const OTHER_MARKS: [char; 6] = ['\u{0304}', '\u{0308}', '\u{0327}', '\u{0340}', '\u{0345}', '\u{1161}'];

    #[test]
    fn composing_vietnamese_gives_icus_nfc_for_every_letter_and_marks() {
        let marks: Vec<char> = MARKS.iter().chain(&OTHER_MARKS).copied().collect();
        let mut sequences: Vec<String> = vec![String::new()];
        for length in 1..=3 {
            let shorter: Vec<String> = sequences
                .iter()
                .filter(|s| s.chars().count() == length - 1)
                .cloned()
                .collect();
            for s in shorter {
                sequences.extend(marks.iter().map(|&m| format!("{s}{m}")));
            }
        }
        let bases = (' '..='~').chain(['đ', 'Đ', 'ơ', 'Ư', 'ê', 'ệ', '“', '\u{FEFF}', '\u{1100}', '가']);
        let mut composed = 0;
        for base in bases {
            for marks in &sequences {
                for (before, after) in [("", ""), ("Đ", "n")] {
                    let text = format!("{before}{base}{marks}{after}");
                    if let Some(fast) = compose_vietnamese(&text) {
                        assert_eq!(fast, icu(&text), "{text:?}");
                        composed += 1;
                    }
                }
            }
        }
        assert!(composed > 0);
        // Every vowel with each tone is composed by table, not left to ICU.
        for vowel in "aeiouyAEIOUY".chars() {
            for tone in &MARKS[..5] {
                assert!(compose_vietnamese(&format!("{vowel}{tone}")).is_some(), "{vowel}{tone}");
            }
        }
    }

    #[test]
    fn composing_vietnamese_gives_icus_nfc_for_random_texts() {
        let alphabet: Vec<char> = "aAeEoOuUyYdDqgi đĐơưêệ“”–\u{FEFF}\u{2000}\u{212B}\u{1100}\u{11A8}\u{0F73}\u{0344}"
            .chars()
            .chain(MARKS)
            .chain(MARKS)
            .chain(OTHER_MARKS)
            .collect();
        let mut draw = crate::text::draws(0x6e66_6376);
        for _ in 0..50_000 {
            let text: String = (0..draw(16)).map(|_| alphabet[draw(alphabet.len())]).collect();
            if let Some(fast) = compose_vietnamese(&text) {
                assert_eq!(fast, icu(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn a_vietnamese_text_in_nfd_is_composed_by_table() {
        let nfc = "Đảng bộ tỉnh Nghệ An lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW: \
                   “Ưu điểm, hạn chế, nguyên nhân và bài học kinh nghiệm” – ỨỪỬỮỰ ứừửữự ẤẦẨẪẬ ắằẳẵặ ởỡợ ỹỵýỳỷ";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfd, nfc);
        assert_eq!(compose_vietnamese(&nfd).as_deref(), Some(nfc));
        assert_eq!(compose_vietnamese(nfc).as_deref(), Some(nfc));
    }
}
