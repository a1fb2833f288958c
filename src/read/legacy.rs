//! Texts typed with the pre-Unicode Vietnamese fonts: TCVN3 (TCVN 5712:1993, the ABC
//! fonts `.VnTime`, `.VnTimeH`) and VNI-Windows (`VNI-Times`). Such a text arrives either
//! as raw 8-bit bytes (not UTF-8: read as Windows-1258 it is garbage) or, once pasted
//! into a Unicode program, as valid UTF-8 made of the Latin-1 characters the font drew
//! over (`B¸O C¸O`, `§¶NG ñY`, `Vieät Nam`). Both are recognised by scoring: the share of
//! words that are Vietnamese syllables before and after conversion. A genuine Unicode or
//! Windows-1258 text is already made of syllables, so it is never converted.

/// TCVN3 bytes 0xA1–0xFE and the letters they stand for (TCVN 5712:1993, the ABC
/// table). TCVN3 has no capital toned vowels: `.VnTimeH` draws the same codes as
/// capitals, which is why a heading typed in it reads `B¸O C¸O` once pasted.
const TCVN3: &[(u8, char)] = &[
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

/// VNI-Windows: a base letter followed by one byte carrying its marks (`a` + `ù` = á,
/// `a` + `á` = ấ), and single bytes for đ, ơ, ư and the i/y forms. Written as the
/// Latin-1 characters the bytes are; capitals are the same with both characters in
/// capitals (`AÙ` = Á, `Ñ` = Đ), derived from this table.
const VNI: &[(&str, char)] = &[
    ("aù", 'á'),
    ("aø", 'à'),
    ("aû", 'ả'),
    ("aõ", 'ã'),
    ("aï", 'ạ'),
    ("aâ", 'â'),
    ("aá", 'ấ'),
    ("aà", 'ầ'),
    ("aå", 'ẩ'),
    ("aã", 'ẫ'),
    ("aä", 'ậ'),
    ("aê", 'ă'),
    ("aé", 'ắ'),
    ("aè", 'ằ'),
    ("aú", 'ẳ'),
    ("aü", 'ẵ'),
    ("aë", 'ặ'),
    ("eù", 'é'),
    ("eø", 'è'),
    ("eû", 'ẻ'),
    ("eõ", 'ẽ'),
    ("eï", 'ẹ'),
    ("eâ", 'ê'),
    ("eá", 'ế'),
    ("eà", 'ề'),
    ("eå", 'ể'),
    ("eã", 'ễ'),
    ("eä", 'ệ'),
    ("où", 'ó'),
    ("oø", 'ò'),
    ("oû", 'ỏ'),
    ("oõ", 'õ'),
    ("oï", 'ọ'),
    ("oâ", 'ô'),
    ("oá", 'ố'),
    ("oà", 'ồ'),
    ("oå", 'ổ'),
    ("oã", 'ỗ'),
    ("oä", 'ộ'),
    ("ôù", 'ớ'),
    ("ôø", 'ờ'),
    ("ôû", 'ở'),
    ("ôõ", 'ỡ'),
    ("ôï", 'ợ'),
    ("ô", 'ơ'),
    ("uù", 'ú'),
    ("uø", 'ù'),
    ("uû", 'ủ'),
    ("uõ", 'ũ'),
    ("uï", 'ụ'),
    ("öù", 'ứ'),
    ("öø", 'ừ'),
    ("öû", 'ử'),
    ("öõ", 'ữ'),
    ("öï", 'ự'),
    ("ö", 'ư'),
    ("yù", 'ý'),
    ("yø", 'ỳ'),
    ("yû", 'ỷ'),
    ("yõ", 'ỹ'),
    ("î", 'ỵ'),
    ("í", 'í'),
    ("ì", 'ì'),
    ("æ", 'ỉ'),
    ("ó", 'ĩ'),
    ("ò", 'ị'),
    ("ñ", 'đ'),
];

/// Which legacy encoding a text was in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
}

impl Legacy {
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3 (ABC, .VnTime)",
            Legacy::Vni => "VNI-Windows",
        }
    }
}

/// The legacy encoding a Word font draws, by its name: the ABC fonts (`.VnTime`,
/// `.VnTimeH`, `.VnArial` …) TCVN3, the VNI fonts (`VNI-Times`, `VNI-Helve` …)
/// VNI-Windows; `None` for a Unicode font.
pub fn of_font(name: &str) -> Option<Legacy> {
    let name = name.trim();
    if name.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(".vn")) {
        Some(Legacy::Tcvn3)
    } else if name.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("vni-")) {
        Some(Legacy::Vni)
    } else {
        None
    }
}

/// Whether a TCVN3 font draws every letter as a capital: ABC's capital fonts are named
/// as their small-letter fonts with an `H` after (`.VnTimeH`, `.VnArialH`).
pub fn is_capitals_font(name: &str) -> bool {
    of_font(name) == Some(Legacy::Tcvn3) && name.trim_end().ends_with('H')
}

/// A run of Word text in a legacy font, converted: each character the font drew over
/// (a Latin-1 code) as the letter it showed, in capitals where the font draws capitals.
/// Unlike a pasted text, no line is judged: the font says what each run is.
pub fn convert_run(text: &str, legacy: Legacy, capitals: bool) -> String {
    let converted: String = match legacy {
        Legacy::Tcvn3 => text
            .chars()
            .map(|c| latin1_byte(c).and_then(tcvn3_letter).unwrap_or(c))
            .collect(),
        Legacy::Vni => vni_line(text),
    };
    if capitals { converted.to_uppercase() } else { converted }
}

fn tcvn3_letter(byte: u8) -> Option<char> {
    TCVN3.iter().find(|(b, _)| *b == byte).map(|(_, c)| *c)
}

/// The byte a Windows-1252 (Latin-1 for 0xA0–0xFF) character came from, where a
/// legacy font's byte was read as one: the only characters a pasted legacy text holds.
fn latin1_byte(c: char) -> Option<u8> {
    u8::try_from(u32::from(c)).ok().filter(|&b| b >= 0xA0)
}

/// A character only Unicode Vietnamese text has (not Latin-1): a line holding one was
/// typed in Unicode, even in a file with pasted legacy lines.
fn unicode_only_letter(c: char) -> bool {
    matches!(c, 'ă' | 'Ă' | 'đ' | 'Đ' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ' | 'ơ' | 'Ơ' | 'ư' | 'Ư')
        || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
        || ('\u{0300}'..='\u{0323}').contains(&c)
}

/// Converts one line of TCVN3 text (each legacy byte already a Latin-1 character).
fn tcvn3_line(line: &str) -> String {
    let out: String = line
        .chars()
        .map(|c| latin1_byte(c).and_then(tcvn3_letter).unwrap_or(c))
        .collect();
    restore_capitals(line, &out)
}

/// `.VnTimeH` (and VNI's capital fonts) draw small-letter codes as capitals: a word
/// written in capitals around its converted letters (`B¸O` → `BÁO`), or a whole line
/// with no small ASCII letter (`§¶NG ñY` → `ĐẢNG ỦY`), is put in capitals. `Uû ban`
/// keeps `Uỷ`: the line has small letters and the word one capital only.
fn restore_capitals(original: &str, converted: &str) -> String {
    let line_in_capitals =
        !original.chars().any(|c| c.is_ascii_lowercase()) && original.chars().any(|c| c.is_ascii_uppercase());
    let mut out = String::with_capacity(converted.len());
    for (i, word) in converted.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let capitals = word.chars().filter(char::is_ascii_uppercase).count();
        let small = word.chars().any(|c| c.is_ascii_lowercase());
        if !small && (line_in_capitals || capitals >= 2) {
            out.push_str(&word.to_uppercase());
        } else {
            out.push_str(word);
        }
    }
    out
}

/// VNI patterns with their capitals, longest first so `aù` wins over `a`.
static VNI_PATTERNS: std::sync::LazyLock<Vec<(Vec<char>, char)>> = std::sync::LazyLock::new(|| {
    let mut patterns: Vec<(Vec<char>, char)> = Vec::new();
    for &(from, to) in VNI {
        patterns.push((from.chars().collect(), to));
        let upper: Vec<char> = from.chars().flat_map(char::to_uppercase).collect();
        let to_upper = to.to_uppercase().next().unwrap_or(to);
        patterns.push((upper, to_upper));
        // A capital base with small marks: `Vieät` is small, but `Ñaûng` starts a name.
        let mut first_upper: Vec<char> = from.chars().collect();
        if let Some(first) = first_upper.first_mut()
            && first.is_ascii()
        {
            *first = first.to_ascii_uppercase();
            patterns.push((first_upper, to_upper));
        }
    }
    patterns.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
    patterns.dedup_by(|a, b| a.0 == b.0);
    patterns
});

fn vni_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    'outer: while i < chars.len() {
        if chars[i].is_ascii_alphabetic() || latin1_byte(chars[i]).is_some() {
            for (from, to) in VNI_PATTERNS.iter() {
                if chars[i..].starts_with(from) {
                    out.push(*to);
                    i += from.len();
                    continue 'outer;
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn convert_line(line: &str, legacy: Legacy) -> String {
    match legacy {
        Legacy::Tcvn3 => tcvn3_line(line),
        Legacy::Vni => vni_line(line),
    }
}

/// Converts every line that holds no Unicode-only letter (a front matter typed in
/// Unicode above a pasted legacy body stays as it is).
fn convert(text: &str, legacy: Legacy) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split_inclusive('\n') {
        if line.chars().any(unicode_only_letter) || line.is_ascii() {
            out.push_str(line);
        } else {
            out.push_str(&convert_line(line, legacy));
        }
    }
    out
}

/// Whether a lowercase word (tone marks included) is one Vietnamese syllable: an
/// initial consonant, one to three vowels with at most one tone, a final consonant.
pub(crate) fn is_syllable(word: &str) -> bool {
    const INITIALS: [&str; 27] = [
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m",
        "n", "p", "r", "s", "t", "v", "x",
    ];
    const FINALS: [&str; 8] = ["ch", "ng", "nh", "c", "m", "n", "p", "t"];
    let mut tones = 0;
    let mut plain = String::with_capacity(word.len());
    for c in word.chars() {
        let (base, toned) = untone(c);
        tones += usize::from(toned);
        plain.push(base);
    }
    if tones > 1 || plain.is_empty() {
        return false;
    }
    let is_vowel = |c: char| "aăâeêioôơuưy".contains(c);
    // `gi` and `qu` are initials only before another vowel: `gì` is g + ì.
    let rest = INITIALS
        .iter()
        .find_map(|i| plain.strip_prefix(i).filter(|r| r.starts_with(is_vowel)))
        .unwrap_or(&plain);
    let rest = FINALS
        .iter()
        .find_map(|f| rest.strip_suffix(f).filter(|r| !r.is_empty()))
        .unwrap_or(rest);
    let vowels = rest.chars().count();
    (1..=3).contains(&vowels) && rest.chars().all(is_vowel)
}

/// A vowel without its tone mark, and whether it had one.
fn untone(c: char) -> (char, bool) {
    const TONED: [(char, &str); 12] = [
        ('a', "àáảãạ"),
        ('ă', "ằắẳẵặ"),
        ('â', "ầấẩẫậ"),
        ('e', "èéẻẽẹ"),
        ('ê', "ềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọ"),
        ('ô', "ồốổỗộ"),
        ('ơ', "ờớởỡợ"),
        ('u', "ùúủũụ"),
        ('ư', "ừứửữự"),
        ('y', "ỳýỷỹỵ"),
    ];
    TONED
        .iter()
        .find(|(_, toned)| toned.contains(c))
        .map_or((c, false), |(base, _)| (*base, true))
}

/// How many of a text's non-ASCII words are Vietnamese syllables, out of how many.
fn syllable_share(text: &str) -> (usize, usize) {
    let (mut good, mut all) = (0, 0);
    for word in text.split(|c: char| c.is_whitespace() || ",.;:!?()[]\"'“”‘’/-–—*#|<>_=+0123456789%".contains(c))
    {
        if word.is_empty() || word.is_ascii() {
            continue;
        }
        all += 1;
        if is_syllable(&word.to_lowercase()) {
            good += 1;
        }
    }
    (good, all)
}

/// The least number of non-ASCII words a text needs before its encoding is judged.
const MIN_WORDS: usize = 3;

/// Whether a text has words enough to judge its encoding by.
pub fn enough_to_judge(text: &str) -> bool {
    syllable_share(text).1 >= MIN_WORDS
}

/// Whether `converted` reads as Vietnamese where `original` does not: most of its
/// non-ASCII words syllables (≥ 80 %), clearly more than before (by half of them).
pub fn reads_better(original: &str, converted: &str) -> bool {
    let (before, all_before) = syllable_share(original);
    let (after, all_after) = syllable_share(converted);
    if all_after < MIN_WORDS || all_before == 0 {
        return false;
    }
    after * 5 >= all_after * 4 && (after * all_before) >= (before * all_after) + all_before * all_after / 2
}

/// What a text repaired by [`from_pasted`] was, when it was no legacy font's: UTF-8 read
/// as Windows-1252 and saved again as UTF-8 (`Äáº£ng á»§y` for `Đảng ủy`).
pub const DOUBLE_UTF8: &str = "UTF-8 read as Windows-1252";

/// A valid UTF-8 text that is a legacy text pasted into Unicode, or UTF-8 once misread as
/// Windows-1252 and saved again: converted, and the name of what it was in.
pub fn from_pasted(text: &str) -> Option<(String, &'static str)> {
    if !has_legacy_letters(text.as_bytes()) {
        return None;
    }
    best(text, |legacy| convert(text, legacy))
        .map(|(converted, legacy)| (converted, legacy.name()))
        .or_else(|| undo_double_utf8(text).map(|repaired| (repaired, DOUBLE_UTF8)))
}

/// A text read from a Word file with lines that are UTF-8 once misread as Windows-1252
/// (a part pasted from a mis-encoded mail), read back as [`from_pasted`] reads them.
pub fn undo_misread(text: &str) -> Option<String> {
    if !has_legacy_letters(text.as_bytes()) {
        return None;
    }
    undo_double_utf8(text)
}

/// `text` with each line that is UTF-8 read as Windows-1252 or Latin-1 (`Tá»ˆNH NGHá»†
/// AN`) read back as UTF-8; `None` when no line is. A line is read back only when every
/// character of it is a Windows-1252 or a Latin-1 one, its bytes are valid UTF-8 and they give Vietnamese letters
/// (`ạ`…`ỹ`, `ă â đ ê ô ơ ư`): a line in Vietnamese Unicode has letters Windows-1252
/// does not, and a French or German line (`Café`, `Müller`) is not valid UTF-8 as bytes.
/// Line by line, because the accident often befalls a pasted part of a report only.
fn undo_double_utf8(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut repaired = 0;
    for line in text.split_inclusive('\n') {
        match read_back(line) {
            Some(back) => {
                out.push_str(&back);
                repaired += 1;
            }
            None => out.push_str(line),
        }
    }
    (repaired > 0).then_some(out)
}

fn read_back(line: &str) -> Option<String> {
    if line.is_ascii() {
        return None;
    }
    // Read as Latin-1 (every byte a character, `0x90` as U+0090) or as Windows-1252 (`0x80`
    // as `€`): the bytes back either way.
    let bytes: Vec<u8> = if line.chars().all(|c| u32::from(c) <= 0xFF) {
        line.chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect()
    } else {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(line);
        if unmappable {
            return None;
        }
        bytes.into_owned()
    };
    let back = std::str::from_utf8(&bytes).ok()?;
    // Letters of Vietnamese (`ê`, `â` of `Nguyên nhân` among them): bytes of a line in
    // another language are not valid UTF-8 to begin with.
    let vietnamese = |c: char| {
        matches!(
            c,
            '\u{1EA0}'..='\u{1EF9}' | 'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư'
        ) || (('\u{C0}'..='\u{FD}').contains(&c) && c.is_alphabetic())
    };
    (back != line && back.chars().any(vietnamese)).then(|| back.to_owned())
}

/// How far into a file legacy letters are looked for: a pasted legacy text shows them
/// in its first lines, and `check` reads every byte of thousands of reports.
const SAMPLE: usize = 16 * 1024;

/// Whether the start of a UTF-8 text holds a Latin-1 character that Vietnamese Unicode
/// text does not use (`¸ © ® ñ ö ø`…). NBSP, which Word pastes everywhere, does not count.
fn has_legacy_letters(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let Some(last) = sample.len().checked_sub(1) else {
        return false;
    };
    // Vietnamese text has `à é ô`… (`C3 xx`) every few bytes, where a search for the lead
    // byte would stop each time: every byte pair is judged instead, a stretch at a time,
    // which the compiler turns into vector compares.
    // Windows of a fixed size, so that they are compared as vectors (the slices of
    // `chunks` were compared a byte at a time).
    const WINDOW: usize = 64;
    let mut start = 0;
    while start + WINDOW < sample.len() {
        let leads: &[u8; WINDOW] = sample[start..start + WINDOW].try_into().expect("a window");
        let nexts: &[u8; WINDOW] = sample[start + 1..=start + WINDOW].try_into().expect("a window");
        let found = leads
            .iter()
            .zip(nexts)
            .fold(0u8, |any, (&b, &n)| any | u8::from(is_legacy_pair(b, n)));
        if found != 0 {
            return true;
        }
        start += WINDOW;
    }
    (start..last).any(|i| is_legacy_pair(sample[i], sample[i + 1]))
}

/// Whether `b n` is a Latin-1 character (`C2 xx`, `C3 xx`) that is a legacy letter: a
/// sign above NBSP, or a letter outside [`is_vietnamese_latin1`].
#[inline(always)]
fn is_legacy_pair(b: u8, n: u8) -> bool {
    let sign = (b == 0xC2) & (n > 0xA0) & (n <= 0xBF);
    // `C3 n` is U+00C0 + (n − 0x80); folded to lower case, its place among à…ÿ is `n & 0x1F`.
    let k = n & 0x1F;
    let vietnamese = (k < 4)
        | (k.wrapping_sub(8) < 3)
        | (k.wrapping_sub(12) < 2)
        | (k.wrapping_sub(18) < 4)
        | (k.wrapping_sub(25) < 2)
        | (k == 29);
    let letter = (b == 0xC3) & (n & 0xC0 == 0x80) & !vietnamese;
    sign | letter
}

/// Raw bytes that are not UTF-8: a TCVN3 or VNI text, converted, and which; `None`
/// when the bytes read best as Windows-1258 (the caller's reading).
pub fn from_bytes(bytes: &[u8], windows_1258: &str) -> Option<(String, Legacy)> {
    // Each byte as the Latin-1 (Windows-1252) character it is: the form a pasted
    // legacy text has, so one conversion serves both.
    let (latin1, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let (converted, legacy) = best(&latin1, |legacy| convert_line(&latin1, legacy))?;
    // Windows-1258 writes most tones as combining marks: composed, its syllables count.
    let windows_1258: String = unicode_normalization::UnicodeNormalization::nfc(windows_1258).collect();
    reads_better(&windows_1258, &converted).then_some((converted, legacy))
}

fn best(text: &str, convert: impl Fn(Legacy) -> String) -> Option<(String, Legacy)> {
    let mut found: Option<(String, Legacy, usize)> = None;
    for legacy in [Legacy::Tcvn3, Legacy::Vni] {
        let converted = convert(legacy);
        if !reads_better(text, &converted) {
            continue;
        }
        let (good, _) = syllable_share(&converted);
        if found.as_ref().is_none_or(|(_, _, best)| good > *best) {
            found = Some((converted, legacy, good));
        }
    }
    found.map(|(text, legacy, _)| (text, legacy))
}

/// Latin-1 letters that Vietnamese Unicode text uses itself (à á â ã è é ê ì í ò ó ô õ
/// ù ú ý and capitals): their presence says nothing about a legacy font. The definition
/// [`is_legacy_pair`] computes without a lookup, kept for the test that holds them equal.
#[cfg(test)]
fn is_vietnamese_latin1(byte: u8) -> bool {
    matches!(
        byte | 0x20,
        0xE0 | 0xE1 | 0xE2 | 0xE3 | 0xE8 | 0xE9 | 0xEA | 0xEC | 0xED | 0xF2 | 0xF3 | 0xF4 | 0xF5 | 0xF9 | 0xFA | 0xFD
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_font_says_its_legacy_encoding() {
        assert_eq!(of_font(".VnTime"), Some(Legacy::Tcvn3));
        assert_eq!(of_font(".VnArialH"), Some(Legacy::Tcvn3));
        assert_eq!(of_font("VNI-Times"), Some(Legacy::Vni));
        assert_eq!(of_font("Times New Roman"), None);
        assert!(is_capitals_font(".VnTimeH") && !is_capitals_font(".VnTime") && !is_capitals_font("VNI-Helve"));
        assert_eq!(
            convert_run("§¶ng ñy x· Anh S¬n", Legacy::Tcvn3, false),
            "Đảng ủy xã Anh Sơn"
        );
        assert_eq!(convert_run("®¶ng ñy", Legacy::Tcvn3, true), "ĐẢNG ỦY");
        assert_eq!(convert_run("Th\u{AD}êng", Legacy::Tcvn3, false), "Thường");
    }

    #[test]
    fn legacy_pairs_are_the_latin1_characters_vietnamese_does_not_use() {
        for b in 0..=u8::MAX {
            for n in 0..=u8::MAX {
                let written = match b {
                    0xC2 => n > 0xA0 && n <= 0xBF,
                    0xC3 => (0x80..=0xBF).contains(&n) && !is_vietnamese_latin1(n + 0x40),
                    _ => false,
                };
                assert_eq!(is_legacy_pair(b, n), written, "{b:02X} {n:02X}");
            }
        }
        assert!(!has_legacy_letters(
            "Đảng ủy phường Vinh Phú: à á â ã è é ê ì í ò ó ô õ ù ú ý\u{A0}".as_bytes()
        ));
        assert!(has_legacy_letters("§¶NG ñY".as_bytes()));
        assert!(!has_legacy_letters(b"\xC3"));
        assert!(!has_legacy_letters(b""));
    }

    #[test]
    fn pasted_tcvn3_is_converted_with_its_capitals() {
        let text = "§¶NG ñY PH¦êNG VINH PHó\nB¸O C¸O\nUû ban nh©n d©n tØnh vµ c¸c ®oµn thÓ ®· tæ chøc qu¸n triÖt\n";
        let (converted, legacy) = from_pasted(text).expect("TCVN3");
        assert_eq!(legacy, Legacy::Tcvn3.name());
        assert_eq!(
            converted,
            "ĐẢNG ỦY PHƯỜNG VINH PHÚ\nBÁO CÁO\nUỷ ban nhân dân tỉnh và các đoàn thể đã tổ chức quán triệt\n"
        );
    }

    #[test]
    fn pasted_vni_is_converted() {
        let text = "ÑAÛNG UÛY PHÖÔØNG VINH PHUÙ\nÑaûng uûy phöôøng ñaõ toå chöùc quaùn trieät Keát luaän\n";
        let (converted, legacy) = from_pasted(text).expect("VNI");
        assert_eq!(legacy, Legacy::Vni.name());
        assert_eq!(
            converted,
            "ĐẢNG ỦY PHƯỜNG VINH PHÚ\nĐảng ủy phường đã tổ chức quán triệt Kết luận\n"
        );
    }

    #[test]
    fn utf8_once_read_as_windows_1252_is_read_back_line_by_line() {
        let original = "ĐẢNG ỦY XÃ ĐÔ LƯƠNG\nĐảng ủy xã đã tổ chức 12 hội nghị quán triệt Kết luận.\n";
        let (misread, _, _) = encoding_rs::WINDOWS_1252.decode(original.as_bytes());
        let pasted = format!("Café au lait\n{misread}");
        let (repaired, what) = from_pasted(&pasted).expect("repaired");
        assert_eq!(what, DOUBLE_UTF8);
        assert_eq!(repaired, format!("Café au lait\n{original}"));
        // Read as Latin-1 (`iconv -f latin1`), `0x90` of `Đ` is U+0090.
        let latin1: String = original.bytes().map(char::from).collect();
        assert_eq!(from_pasted(&latin1).map(|(t, _)| t).as_deref(), Some(original));
    }

    #[test]
    fn unicode_text_is_never_converted() {
        for text in [
            "Đảng ủy phường Vinh Phú đã tổ chức quán triệt Kết luận số 114-KL/TW",
            "Báo cáo của Ủy ban nhân dân tỉnh về công tác dân vận",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            "Café au lait, señor Müller — résumé naïve façade",
            "tổ chức 12 hội nghị, 2.071 lượt cán bộ; tỷ lệ 67,8% © 2026",
        ] {
            assert_eq!(from_pasted(text), None, "{text}");
        }
    }

    #[test]
    fn raw_tcvn3_bytes_beat_windows_1258() {
        let tcvn3: Vec<u8> = "B¸o c¸o kÕt qu¶ thùc hiÖn KÕt luËn sè 114 cña Ban BÝ th\u{AD}"
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect();
        let (as_1258, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&tcvn3);
        let (converted, legacy) = from_bytes(&tcvn3, &as_1258).expect("TCVN3");
        assert_eq!(legacy, Legacy::Tcvn3);
        assert_eq!(converted, "Báo cáo kết quả thực hiện Kết luận số 114 của Ban Bí thư");
    }

    /// Windows-1258 as Word writes it: a base letter (â, ơ… are single bytes) and a
    /// combining tone mark.
    pub(crate) fn windows_1258(text: &str) -> Vec<u8> {
        use unicode_normalization::UnicodeNormalization;
        let mut bytes = Vec::new();
        for c in text.chars() {
            let nfd: Vec<char> = c.to_string().nfd().collect();
            let tone = match nfd.last() {
                Some('\u{0300}') => Some(0xCC),
                Some('\u{0301}') => Some(0xEC),
                Some('\u{0303}') => Some(0xDE),
                Some('\u{0309}') => Some(0xD2),
                Some('\u{0323}') => Some(0xF2),
                _ => None,
            };
            let base: String = if tone.is_some() {
                nfd[..nfd.len() - 1].iter().collect::<String>().nfc().collect()
            } else {
                c.to_string()
            };
            let (encoded, _, _) = encoding_rs::WINDOWS_1258.encode(&base);
            bytes.extend_from_slice(&encoded);
            bytes.extend(tone);
        }
        bytes
    }

    #[test]
    fn genuine_windows_1258_stays() {
        let bytes = windows_1258("Báo cáo kết quả thực hiện Kết luận số 114 của Ban Bí thư, Đảng ủy phường");
        assert!(std::str::from_utf8(&bytes).is_err());
        let (as_1258, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&bytes);
        assert_eq!(from_bytes(&bytes, &as_1258), None);
    }

    #[test]
    fn syllables() {
        for word in ["báo", "nghiêng", "thường", "quán", "triệt", "khuya", "ủy", "gì"] {
            assert!(is_syllable(word), "{word}");
        }
        for word in ["b¸o", "nh©n", "façade", "müller", "áá"] {
            assert!(!is_syllable(word), "{word}");
        }
    }
}
