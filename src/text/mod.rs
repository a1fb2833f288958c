//! Vietnamese text as the reports write it: folding diacritics and case, Party heading
//! numbering, dates, numbers, collation, close-match suggestions, the two languages.

pub mod collation;
pub mod date;
pub mod fold;
pub mod heading;
pub mod lang;
pub mod nfc;
pub mod number;
pub mod suggest;
pub mod words;
pub mod yaml;

/// `char::is_alphabetic`, decided without Unicode's tables for the letters Vietnamese is
/// written in (ASCII, Latin-1, Latin Extended-A and -B, the Vietnamese block): past ASCII
/// the standard library searches its tables for every letter, and the tests of how a line
/// opens or whether it is in capitals run on every paragraph of every report.
pub fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z'
        | 'A'..='Z'
        | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{24F}'
        | '\u{1E00}'..='\u{1EFF}' => true,
        '\0'..='\u{7F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Text in capitals (`II. KẾT QUẢ ĐẠT ĐƯỢC:`): at least two letters, none lower case.
pub fn is_capitals(text: &str) -> bool {
    text.chars().filter(|&c| is_alphabetic(c)).nth(1).is_some() && !text.chars().any(char::is_lowercase)
}

/// `char::is_alphanumeric`, as [`is_alphabetic`].
/// Superscript digits: a footnote mark written as `48¹`, or after a heading (`3. Nguyên
/// nhân¹`). The brackets too: a raised `(1)` in Word is read as `⁽¹⁾`.
pub fn is_superscript(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰' | '⁴'..='⁹' | '⁽' | '⁾')
}

pub fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || c.is_numeric()
}

/// Numbers below `n`, from a fixed seed (xorshift): the randomized tests that hold two
/// readers of the same text together draw their inputs from it, the same on every run.
/// What can be set above the line and below it, each as written on the line, raised and
/// lowered: the digits and the signs `+ - = ( )`. One table for the Word reader, which
/// writes a raised run so, and the figures' reader, which reads it back.
const SHIFTED: [(char, char, char); 15] = [
    ('0', '⁰', '₀'),
    ('1', '¹', '₁'),
    ('2', '²', '₂'),
    ('3', '³', '₃'),
    ('4', '⁴', '₄'),
    ('5', '⁵', '₅'),
    ('6', '⁶', '₆'),
    ('7', '⁷', '₇'),
    ('8', '⁸', '₈'),
    ('9', '⁹', '₉'),
    ('+', '⁺', '₊'),
    ('-', '⁻', '₋'),
    ('=', '⁼', '₌'),
    ('(', '⁽', '₍'),
    (')', '⁾', '₎'),
];

/// `c` raised (`up`) or lowered, where it can be; else as it is.
pub fn shifted(c: char, up: bool) -> char {
    SHIFTED
        .iter()
        .find(|&&(on, _, _)| on == c)
        .map_or(c, |&(_, raised, lowered)| if up { raised } else { lowered })
}

/// A raised or lowered digit or sign (`¹`, `₂`, `⁻`, `⁽`) as written on the line.
pub fn on_line(c: char) -> Option<char> {
    SHIFTED
        .iter()
        .find(|&&(_, raised, lowered)| raised == c || lowered == c)
        .map(|&(on, _, _)| on)
}

/// A text with Markdown's backslash escapes undone (`13\*` is `13*`, `GD\&ĐT` is `GD&ĐT`):
/// what a Word paragraph or cell written out as Markdown says.
pub fn unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Escapes what Markdown would read as markup in a text: a cell's plain text written out
/// as a line, or a unit's value quoted in the compiled report, shows as it is.
pub fn escape_inline(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
pub(crate) fn draws(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 33) as usize % n
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn letters_are_told_as_the_standard_library_tells_them() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
