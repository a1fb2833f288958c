//! Text folding for comparisons: the ways two spellings of one Vietnamese word differ
//! (tone placement, case, diacritics, odd spaces) are erased before names or headings
//! are compared. Folded text is only ever compared, never shown.

use unicode_normalization::UnicodeNormalization;

/// Spaces that Word and web pages put where a plain space belongs.
pub(crate) fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// NFC, odd spaces made plain, lowercase, one tone-placement style, spaces collapsed.
/// Two names that differ only in these ways fold to the same string.
pub fn fold_name(text: &str) -> String {
    // One pass instead of five (collect, lowercase, collect, split, join): headings and
    // short lines are folded for every report, and the passes were most of `check`'s
    // time. Collapsing before moving tones changes nothing: only whether the character
    // after a pair is a letter, and whether the one before is `q`, matter there.
    // Composing is skipped for text that is surely NFC (decoded reports are).
    let composed;
    let text = if crate::text::nfc::surely_nfc(text) {
        text
    } else {
        composed = text.nfc().collect::<String>();
        composed.as_str()
    };
    // `Σ` lowercases by its context: the whole-string conversion knows the rule.
    if text.contains('Σ') {
        let plain = text
            .chars()
            .map(|c| if is_odd_space(c) { ' ' } else { c })
            .collect::<String>()
            .to_lowercase();
        return fold_tone_placement(&collapse_spaces(&plain));
    }
    let mut plain = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || is_odd_space(c) {
            space = !plain.is_empty();
            continue;
        }
        if space {
            plain.push(' ');
            space = false;
        }
        push_lowercase(&mut plain, c);
    }
    if !may_move_tone(&plain) {
        return plain;
    }
    fold_tone_placement(&plain)
}

/// Whether an `o` or `u` is followed by a toned vowel somewhere in `text`: most names and
/// headings have no such pair, and are then folded without a second pass.
fn may_move_tone(text: &str) -> bool {
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if matches!(c, 'o' | 'u') && chars.clone().next().is_some_and(|n| split_tone(n).is_some()) {
            return true;
        }
    }
    false
}

/// Appends the lowercase of `c` as `str::to_lowercase` writes it (for any `c` but `Σ`).
fn push_lowercase(out: &mut String, c: char) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        _ if c.is_ascii() => out.push(c),
        // The precomposed Vietnamese letters come in pairs, capital first.
        '\u{1EA0}'..='\u{1EF9}' => out.push(char::from_u32(c as u32 | 1).unwrap_or(c)),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Collapses runs of white space into one space and trims the ends.
pub fn collapse_spaces(text: &str) -> String {
    // Most lines and cells are collapsed already: copied whole, not split and joined.
    if is_collapsed(text) {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` has no white space but single ASCII spaces between other characters,
/// in one pass over the bytes: only a character whose first two bytes some white space
/// starts with is decoded.
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    for (i, &b) in bytes.iter().enumerate() {
        let space = match (b, bytes.get(i + 1)) {
            (b' ', _) if after_space => return false,
            (b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r', _) => return false,
            (0xC2, _) | (0xE1, Some(0x9A)) | (0xE2, Some(0x80 | 0x81)) | (0xE3, Some(0x80)) => {
                text[i..].chars().next().is_some_and(char::is_whitespace)
            }
            _ => false,
        };
        if space {
            return false;
        }
        after_space = b == b' ';
    }
    !after_space || bytes.is_empty()
}

/// Removes every diacritic, `đ` included (it has no decomposition, so it is mapped by hand).
pub fn strip_diacritics(text: &str) -> String {
    let table = &*LATIN;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match table.get(c) {
            Some(Bare::Ascii) => out.push(c),
            Some(Bare::One(stripped, _)) => out.push(stripped),
            Some(Bare::Mark) => {}
            // Outside the Latin letters the whole text takes the general way: canonical
            // reordering of combining marks is not a per-character map.
            None | Some(Bare::Other) => return strip_diacritics_general(text),
        }
    }
    out
}

fn strip_diacritics_general(text: &str) -> String {
    text.nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect()
}

/// A text as headings, names and header lines are compared most loosely: folded
/// ([`fold_name`]) and without diacritics — `bare(text)` in one
/// pass. Reports fold a few thousand short lines each, and the two passes (NFC, tone
/// placement, then NFD) were a fifth of `check`.
pub fn bare(text: &str) -> String {
    let table = &*LATIN;
    let mut out = String::with_capacity(text.len());
    // As `fold_name`: a space is written before the next character of any kind, never
    // first or last.
    let (mut started, mut space) = (false, false);
    for c in text.chars() {
        // ASCII, half the bytes of a Vietnamese line, needs no table: lower-cased as it
        // comes (`\x0B` is white space to `char`, not to `u8`).
        if c.is_ascii() {
            if c.is_ascii_whitespace() || c == '\x0B' {
                space = started;
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            started = true;
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if c.is_whitespace() || is_odd_space(c) {
            space = started;
            continue;
        }
        let lower = match table.get(c) {
            Some(Bare::Ascii) => Some(c.to_ascii_lowercase()),
            Some(Bare::One(_, lower)) => Some(lower),
            Some(Bare::Mark) => None,
            None | Some(Bare::Other) => return strip_diacritics_general(&fold_name(text)),
        };
        if space {
            out.push(' ');
            space = false;
        }
        started = true;
        out.extend(lower);
    }
    out
}

/// What one character of the Latin script becomes without its diacritics, as it is and
/// lowercased.
#[derive(Clone, Copy)]
enum Bare {
    Ascii,
    One(char, char),
    /// A combining diacritic: nothing.
    Mark,
    /// More or other than one character: the text takes the general way.
    Other,
}

/// The Latin letters (Latin-1 to Latin Extended-B, and Latin Extended Additional, where
/// the Vietnamese letters are) and the combining diacritics, each mapped once by the
/// general functions.
struct Latin {
    low: Vec<Bare>,
    additional: Vec<Bare>,
}

const LOW_END: u32 = 0x0370;
const ADDITIONAL: std::ops::RangeInclusive<u32> = 0x1E00..=0x1EFF;

impl Latin {
    fn get(&self, c: char) -> Option<Bare> {
        let n = c as u32;
        if n < LOW_END {
            self.low.get(n as usize).copied()
        } else if ADDITIONAL.contains(&n) {
            self.additional.get((n - ADDITIONAL.start()) as usize).copied()
        } else {
            None
        }
    }
}

static LATIN: std::sync::LazyLock<Latin> = std::sync::LazyLock::new(|| {
    let entry = |n: u32| {
        let Some(c) = char::from_u32(n) else {
            return Bare::Other;
        };
        if c.is_ascii() {
            return Bare::Ascii;
        }
        if c.is_whitespace() || is_odd_space(c) || c == 'Σ' {
            return Bare::Other;
        }
        let one = |s: String| {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (None, _) => Some(None),
                (Some(c), None) => Some(Some(c)),
                _ => None,
            }
        };
        let text = c.to_string();
        match (
            one(strip_diacritics_general(&text)),
            one(strip_diacritics_general(&fold_name(&text))),
        ) {
            (Some(None), Some(None)) => Bare::Mark,
            (Some(Some(stripped)), Some(Some(lower))) => Bare::One(stripped, lower),
            _ => Bare::Other,
        }
    };
    Latin {
        low: (0..LOW_END).map(entry).collect(),
        additional: ADDITIONAL.map(entry).collect(),
    }
});

/// The five tones on a vowel, in the order grave, acute, hook, tilde, dot.
const TONED: [(char, [char; 5]); 5] = [
    ('a', ['à', 'á', 'ả', 'ã', 'ạ']),
    ('e', ['è', 'é', 'ẻ', 'ẽ', 'ẹ']),
    ('o', ['ò', 'ó', 'ỏ', 'õ', 'ọ']),
    ('u', ['ù', 'ú', 'ủ', 'ũ', 'ụ']),
    ('y', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']),
];

fn split_tone(c: char) -> Option<(char, usize)> {
    TONED
        .iter()
        .find_map(|(base, toned)| toned.iter().position(|&t| t == c).map(|i| (*base, i)))
}

fn with_tone(base: char, tone: usize) -> char {
    TONED
        .iter()
        .find(|(b, _)| *b == base)
        .map_or(base, |(_, toned)| toned[tone])
}

/// Moves the tone of a syllable-final `oa`, `oe`, `uy` to the first vowel (hoà → hòa,
/// khoẻ → khỏe, thuỷ → thủy, uỷ → ủy), the style most official documents use. `qu` is a
/// consonant, so `quý` keeps its tone. Expects lowercase NFC text.
pub fn fold_tone_placement(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut before = None;
    let mut chars = text.chars();
    while let Some(first) = chars.next() {
        // Only `o` and `u` start a pair: testing that first keeps the tone lookup off
        // almost every character. A moved tone leaves `a`, `e` or `y` second, which starts
        // no pair, so both characters are done.
        if matches!(first, 'o' | 'u') {
            let mut ahead = chars.clone();
            if let Some((second, (base, tone))) = ahead.next().and_then(|c| Some((c, split_tone(c)?))) {
                let at_end = ahead.next().is_none_or(|c| !c.is_alphabetic());
                let after_q = before == Some('q');
                let pair = matches!((first, base), ('o', 'a') | ('o', 'e') | ('u', 'y'));
                if pair && at_end && !(first == 'u' && after_q) {
                    out.push(with_tone(first, tone));
                    out.push(base);
                    chars.next();
                    before = Some(second);
                    continue;
                }
            }
        }
        out.push(first);
        before = Some(first);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folding as first written, five passes: the reference for the one-pass version.
    fn reference(text: &str) -> String {
        let plain: String = text
            .nfc()
            .map(|c| if is_odd_space(c) { ' ' } else { c })
            .collect::<String>()
            .to_lowercase();
        let mut chars: Vec<char> = plain.chars().collect();
        for i in 0..chars.len().saturating_sub(1) {
            let (first, second) = (chars[i], chars[i + 1]);
            let at_end = chars.get(i + 2).is_none_or(|c| !c.is_alphabetic());
            let after_q = i > 0 && chars[i - 1] == 'q';
            let Some((base, tone)) = split_tone(second) else {
                continue;
            };
            let pair = matches!((first, base), ('o', 'a') | ('o', 'e') | ('u', 'y'));
            if pair && at_end && !(first == 'u' && after_q) {
                chars[i] = with_tone(first, tone);
                chars[i + 1] = base;
            }
        }
        collapse_spaces(&chars.into_iter().collect::<String>())
    }

    /// `count` strings of up to `longest - 1` characters of `alphabet`, the same for a seed.
    fn random_texts(alphabet: &[char], seed: u64, count: usize, longest: u64) -> impl Iterator<Item = String> + '_ {
        let mut state = seed;
        (0..count).map(move |_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut s = state;
            (0..state % longest)
                .map(|_| {
                    s = s
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    alphabet[(s >> 33) as usize % alphabet.len()]
                })
                .collect()
        })
    }

    #[test]
    fn one_pass_folding_equals_the_reference() {
        let alphabet: Vec<char> = "aAoOuUyYqQeEđĐòóỏõọÒÓỎÕỌàáảãạÀÁèéẻẽẹùúủũụÙÚỦỳýỷỹỵỲÝỶ ăâêôơưƯƠĂẠẶỆ \t\n\u{00A0}\u{200B}\u{2003}\u{FEFF}.,:-–1İΣσς\u{0301}\u{0300}\u{0323}\u{0309}ǅẞ"
            .chars()
            .collect();
        for text in random_texts(&alphabet, 0x2545_F491_4F6C_DD1D, 20_000, 12) {
            assert_eq!(fold_name(&text), reference(&text), "{text:?}");
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_spaces(&text), joined, "{text:?}");
        }
        for text in ["Hoà bình", "  Uỷ\u{00A0}ban  ", "QUÝ", "ΟΔΟΣ Σ", "khoẻ.", "İstanbul"] {
            assert_eq!(fold_name(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn vietnamese_capitals_are_one_below_their_small_letters() {
        for c in '\u{1EA0}'..='\u{1EF9}' {
            let mut mine = String::new();
            push_lowercase(&mut mine, c);
            assert_eq!(mine, c.to_string().to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn tone_placement_is_unified() {
        assert_eq!(fold_name("Hoà bình"), fold_name("hòa BÌNH"));
        assert_eq!(fold_name("Uỷ ban"), "ủy ban");
        assert_eq!(fold_name("khoẻ"), "khỏe");
        assert_eq!(fold_name("thuỷ lợi"), "thủy lợi");
        assert_eq!(fold_name("quý"), "quý");
        assert_eq!(fold_name("hoàn thành"), "hoàn thành");
    }

    #[test]
    fn nfd_and_odd_spaces_fold() {
        let nfd: String = "Sở Nội vụ".nfd().collect();
        assert_eq!(fold_name(&nfd), "sở nội vụ");
        assert_eq!(fold_name("Sở\u{00A0}Nội\u{200B}vụ"), "sở nội vụ");
    }

    #[test]
    fn bare_equals_the_two_passes_and_strip_equals_the_general_way() {
        let alphabet: Vec<char> = "aAoOuUyYqQeEđĐòóỏõọÒÓỎÕỌàáảãạÀÁèéẻẽẹùúủũụÙÚỦỳýỷỹỵỲÝỶ ăâêôơưƯƠĂẠẶỆ \t\n\u{00A0}\u{200B}\u{2003}\u{FEFF}.,:-–1İΣσςÆßĳǅǰŉ\u{0301}\u{0300}\u{0323}\u{0309}\u{0327}\u{1DC0}ẞ한"
            .chars()
            .collect();
        for text in random_texts(&alphabet, 0x9E37_79B9_7F4A_7C15, 50_000, 14) {
            assert_eq!(bare(&text), strip_diacritics_general(&fold_name(&text)), "{text:?}");
            assert_eq!(strip_diacritics(&text), strip_diacritics_general(&text), "{text:?}");
        }
        // Every character the table holds, alone and between letters and spaces.
        for n in (0..LOW_END).chain(ADDITIONAL) {
            let Some(c) = char::from_u32(n) else { continue };
            for text in [c.to_string(), format!("A {c}b "), format!(" \u{0301}{c}\u{0323}")] {
                assert_eq!(bare(&text), strip_diacritics_general(&fold_name(&text)), "{text:?}");
                assert_eq!(strip_diacritics(&text), strip_diacritics_general(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn diacritics_strip_including_d_bar() {
        assert_eq!(strip_diacritics("Đánh giá đề xuất"), "Danh gia de xuat");
    }
}
