//! The words of a label or header as they are compared: lowercase, without diacritics,
//! punctuation made spaces, and the abbreviations units write spelled out. Shared by the
//! outline (indicator names) and the appendix reader (row labels, column headers).

/// Folded, without diacritics, punctuation made spaces: what header and label words
/// are compared as.
pub fn bare_words(text: &str) -> Vec<String> {
    bare_fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `text` has more than `n` characters, counted only when its length in bytes
/// leaves it open (a character is one to four bytes).
pub fn longer_than(text: &str, n: usize) -> bool {
    text.len() > n && (text.len() > 4 * n || text.chars().count() > n)
}

/// Lowercase, every diacritic and tone mark removed (`đ` → `d`), in one pass: every cell
/// of every appendix goes through here, and folding then decomposing the whole string
/// cost more than the rest of reading a table. Tone placement does not matter once tones
/// are gone, and NFD input loses its combining marks the same way.
pub fn bare_fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if ('\u{0300}'..='\u{036F}').contains(&c) {
        } else if c == 'đ' || c == 'Đ' {
            out.push('d');
        } else if crate::text::fold::is_odd_space(c) {
            out.push(' ');
        } else if let Some(&base) = (c as usize).checked_sub(BASES_FROM).and_then(|i| BASES.get(i)) {
            out.push(base);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The first and past-the-last code points of [`BASES`]: Latin-1 to the Vietnamese block.
const BASES_FROM: usize = 0xC0;
const BASES_TO: usize = 0x1F00;

/// Each letter of U+00C0–U+1EFF as its lowercase base letter (`Ế` → `e`), worked out once
/// from Unicode's decompositions: a table lookup instead of one per character and cell.
static BASES: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    (BASES_FROM..BASES_TO)
        .map(|code| {
            let c = char::from_u32(code as u32).unwrap_or(' ');
            let mut base = None;
            unicode_normalization::char::decompose_canonical(c, |d| {
                base.get_or_insert(d);
            });
            let base = base.unwrap_or(c);
            let mut lower = base.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if base != c || c.is_alphabetic() => l,
                _ => c,
            }
        })
        .collect()
});

/// Abbreviations units write in row labels, spelled out.
const ABBREVIATIONS: [(&str, &str); 15] = [
    ("cbccvc", "can bo cong chuc vien chuc"),
    ("cbcc", "can bo cong chuc"),
    ("tthc", "thu tuc hanh chinh"),
    ("kntc", "khieu nai to cao"),
    ("dvc", "dich vu cong"),
    ("hs", "ho so"),
    ("nd", "nhan dan"),
    ("mttq", "mat tran to quoc"),
    ("vb", "van ban"),
    ("tcd", "tiep cong dan"),
    ("gq", "giai quyet"),
    ("gqtt", "giai quyet truc tuyen"),
    ("dvhc", "don vi hanh chinh"),
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
];

/// Content words of a label or name: abbreviations spelled out.
pub fn label_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in bare_words(text) {
        match ABBREVIATIONS.iter().find(|(short, _)| *short == word) {
            Some((_, long)) => out.extend(long.split(' ').map(str::to_owned)),
            None => out.push(word),
        }
    }
    out
}

/// Whether a line ends a sentence or a clause (`.`, `:`, `;`, `!`, `?`, `…`), a closing
/// quote after it or not: where a paragraph may end, not a line cut where a page printed it.
pub fn ends_a_clause(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['”', '"', '’', '»'])
        .ends_with(['.', ':', ';', '!', '?', '…'])
}

/// Whether a line ends on a word that leads on to the next (`của`, `về`, `và`) or on a
/// comma: it is cut where a page printed it, not where a title or a sentence ends.
pub fn leads_on(line: &str) -> bool {
    // With their marks: `sở`, `cửa`, `vệ` end a phrase.
    const LEADING: [&str; 12] = [
        "của", "về", "và", "với", "các", "những", "trong", "cho", "tại", "theo", "đối", "số",
    ];
    let line = line.trim_end();
    let last = line.rsplit(' ').next().unwrap_or("");
    line.ends_with(',') || LEADING.contains(&last)
}
