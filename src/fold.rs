//! Text folding for comparisons: the ways two spellings of one Vietnamese word differ
//! (tone placement, case, diacritics, odd spaces) are erased before names or headings
//! are compared. Folded text is only ever compared, never shown.

use unicode_normalization::UnicodeNormalization;

/// Spaces that Word and web pages put where a plain space belongs.
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// NFC, odd spaces made plain, lowercase, one tone-placement style, spaces collapsed.
/// Two names that differ only in these ways fold to the same string.
pub fn fold_name(text: &str) -> String {
    let plain: String = text
        .nfc()
        .map(|c| if is_odd_space(c) { ' ' } else { c })
        .collect::<String>()
        .to_lowercase();
    collapse_spaces(&fold_tone_placement(&plain))
}

/// Collapses runs of white space into one space and trims the ends.
pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes every diacritic, `đ` included (it has no decomposition, so it is mapped by hand).
pub fn strip_diacritics(text: &str) -> String {
    text.nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect()
}

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
    let mut chars: Vec<char> = text.chars().collect();
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
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn diacritics_strip_including_d_bar() {
        assert_eq!(strip_diacritics("Đánh giá đề xuất"), "Danh gia de xuat");
    }
}
