//! Heading text as units really write it: numbering in a dozen styles, any case,
//! trailing colons, pasted spaces. Normalising strips all that so a heading can be
//! compared with the outline's titles.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::fold::{collapse_spaces, fold_name, strip_diacritics};

/// One leading numbering marker: `Phần I:`, `Phần thứ nhất`, `Mục 2`, `Chương II` (also
/// typed without diacritics: `PHAN I`, `PHAN THU NHAT`), a question's `Câu 3.`, or a
/// Roman numeral, an Arabic number (`1.1.`), a Vietnamese letter (`đ`) followed by one of
/// `. - – — ) / :`, or a dotted number followed by a space (`2.1 `, `II.1 `, as Word's multilevel
/// lists write it). Matched on folded (lowercase) text.
static NUMBERING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^\s*(?:
            (?:phần|phan|mục|muc|chương|chuong)\s+
                (?:(?:thứ|thu)\s+(?:nhất|nhat|hai|ba|tư|tu|bốn|bon|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|mười|muoi)
                  |[ivxlc]+|\d+)\b
                \s*[:.\-–—)/]?
          # An outline answered question by question: `Câu 3.`, numbered as items are.
          | (?:câu|cau)\s+\d{1,3}\b\s*[:.\-–—)/]?
          # Numbers of three digits at most: a year opening a wrapped line (`2025.`) is
          # no marker.
          | (?:[ivxlc]+|\d{1,3})(?:\.\d{1,2})+\s
          | (?:[ivxlc]+|\d{1,3}(?:\.\d+)*|[abcdđeghiklmnopqrstuvxy])\s*[.):]
          # A dash or a slash right before a word is a number's (`114-KL/TW`, `3/4/2026`).
          | (?:[ivxlc]+|\d{1,3}(?:\.\d+)*|[abcdđeghiklmnopqrstuvxy])\s*[\-–—/](?:\s|$)
        )\s*",
    )
    .expect("numbering pattern is valid")
});

/// Drops every leading numbering marker (`II.1.` is two).
pub fn strip_numbering(folded: &str) -> &str {
    let mut rest = folded;
    while let Some(m) = NUMBERING.find(rest) {
        if m.end() == 0 {
            break;
        }
        rest = &rest[m.end()..];
    }
    rest
}

/// Whether a line (already stripped of Markdown emphasis) opens with a numbering marker.
pub fn starts_with_numbering(line: &str) -> bool {
    if !may_open_with_numbering(line) {
        return false;
    }
    // Folding whole lines was a quarter of `check`'s time. Folding never carries anything
    // across a space, so the first words decide: a `Phần thứ nhất :` marker spans four,
    // every other marker (`II.`, `a)`, `2.1 `, `I -`) the first word and the start of
    // the second.
    let short = fold_name(leading_words(line, 2));
    let first = short.split(' ').next().unwrap_or_default();
    let folded = if DIVISIONS.contains(&first) {
        fold_name(leading_words(line, 8))
    } else {
        short
    };
    // Every alternative of the pattern takes at least one character, so a match is a
    // marker — unless a digit follows it: `2.` of `2.395 lượt`, a figure a wrapped line
    // opens with, is no marker.
    NUMBERING.find(&folded).is_some_and(|m| {
        m.as_str().ends_with(char::is_whitespace) || !folded[m.end()..].starts_with(|c: char| c.is_ascii_digit())
    })
}

/// False for a line no marker can open, decided without folding: this runs on every
/// short paragraph of every report, nearly all of which open with an ordinary word. Every
/// alternative of [`NUMBERING`] opens with a run of letters and digits that is one
/// character, all digits, all Roman numeral letters, or one of [`DIVISIONS`].
fn may_open_with_numbering(line: &str) -> bool {
    let start = line.trim_start_matches(|c: char| c.is_whitespace() || crate::text::fold::is_odd_space(c));
    // Combining marks stay in the run: folding would compose them into its letters.
    let run_end = start
        .find(|c: char| !(super::is_alphanumeric(c) || ('\u{0300}'..='\u{036F}').contains(&c)))
        .unwrap_or(start.len());
    let run = &start[..run_end];
    match run.chars().count() {
        0 => false,
        1 => true,
        count => {
            run.chars().all(char::is_numeric)
                || run.chars().all(|c| "ivxlcIVXLC".contains(c))
                || (count <= 8
                    && run.starts_with(['p', 'P', 'm', 'M', 'c', 'C'])
                    && DIVISIONS.contains(&fold_name(run).as_str()))
        }
    }
}

/// The words that open a `Phần I`, `Mục 2`, `Chương II` marker, folded: the first
/// alternative of [`NUMBERING`], the only one longer than a word (keep them in step).
const DIVISIONS: [&str; 8] = ["phần", "phan", "mục", "muc", "chương", "chuong", "câu", "cau"];

/// A line numbered as a question (`Câu 3. …`) from its number on (`3. …`): numbered as
/// items are, the word before the number no part of the numbering's kind.
pub fn without_question_word(line: &str) -> &str {
    let start = line.trim_start();
    let Some((word, rest)) = start.split_once(char::is_whitespace) else {
        return line;
    };
    let rest = rest.trim_start();
    if matches!(word, "Câu" | "CÂU" | "câu" | "Cau" | "CAU" | "cau") && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        rest
    } else {
        line
    }
}

/// The first `n` words of `text` and the space after the last, where a space is white
/// space or one of the odd spaces folding turns into one.
fn leading_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if !(c.is_whitespace() || crate::text::fold::is_odd_space(c)) {
            in_word = true;
        } else if in_word {
            in_word = false;
            words += 1;
            if words == n {
                return &text[..i + c.len_utf8()];
            }
        }
    }
    text
}

/// The comparable form of a heading or title: folded, numbering stripped, punctuation
/// dropped, spaces collapsed.
pub fn normalize(text: &str) -> String {
    // Every report repeats the outline's headings and indicator names: remembering the
    // last few hundred results per thread took most of the matching time off `check`.
    remembered(&NORMALIZED, text, normalize_uncached)
}

type Memo = std::cell::RefCell<foldhash::HashMap<String, String>>;

thread_local! {
    static NORMALIZED: Memo = Memo::default();
    static BARE: Memo = Memo::default();
}

/// Texts longer than this are not remembered (headings and names are short).
const MEMO_MAX_BYTES: usize = 256;
/// A memo is emptied when it holds this many texts, so it never grows without bound.
const MEMO_MAX_ENTRIES: usize = 512;

/// `make(text)`, from the thread's memo when it was made before.
fn remembered(memo: &'static std::thread::LocalKey<Memo>, text: &str, make: fn(&str) -> String) -> String {
    if text.len() > MEMO_MAX_BYTES {
        return make(text);
    }
    memo.with(|memo| {
        if let Some(known) = memo.borrow().get(text) {
            return known.clone();
        }
        let made = make(text);
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_MAX_ENTRIES {
            memo.clear();
        }
        memo.insert(text.to_owned(), made.clone());
        made
    })
}

fn normalize_uncached(text: &str) -> String {
    let folded = fold_name(text);
    let body = strip_numbering(&folded);
    // `1. Về công tác lãnh đạo, chỉ đạo`: a heading saying what it is about says it.
    let body = body.strip_prefix("về ").map_or(body, str::trim_start);
    // A footnote's raised mark (`Nguyên nhân¹`) is no part of the title.
    let no_punct: String = body
        .chars()
        .map(|c| {
            if c.is_alphanumeric() && !crate::text::is_superscript(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    collapse_spaces(&no_punct)
}

/// The same with diacritics removed too, for units that typed without them.
pub fn normalize_bare(normalized: &str) -> String {
    remembered(&BARE, normalized, strip_diacritics)
}

/// A heading matches a title when it equals it or starts with it at a word boundary.
pub fn matches_title(heading: &str, title: &str) -> bool {
    // Every heading is compared with every title of its level, and nearly all differ at
    // their first byte: told apart there, before a call to compare the rest.
    title
        .as_bytes()
        .first()
        .is_some_and(|b| heading.as_bytes().first() == Some(b))
        && heading
            .strip_prefix(title)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// `n` in Roman numerals, as Party documents number their parts (`IV`); outside
/// 1–3999, in digits.
pub fn roman(mut value: u32) -> String {
    if value == 0 || value >= 4000 {
        return value.to_string();
    }
    let mut out = String::new();
    for (n, s) in [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while value >= n {
            out.push_str(s);
            value -= n;
        }
    }
    out
}

/// A Roman numeral's value (`IV` 4), if the letters are one: [`roman`] read back.
pub fn roman_value(numeral: &str) -> Option<u32> {
    let digit = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let digits: Vec<i64> = numeral.chars().map(digit).collect::<Option<_>>()?;
    let value: i64 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if digits.get(i + 1).is_some_and(|&next| next > d) {
                -d
            } else {
                d
            }
        })
        .sum();
    u32::try_from(value).ok().filter(|&v| v > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_are_read_back() {
        for value in [1, 4, 9, 14, 40, 90, 399] {
            assert_eq!(roman_value(&roman(value)), Some(value), "{value}");
        }
        assert_eq!(roman_value("iii"), Some(3));
        assert_eq!(roman_value("IIA"), None);
        assert_eq!(roman_value(""), None);
    }

    #[test]
    fn numbering_styles_are_stripped() {
        let want = "đánh giá công tác lãnh đạo chỉ đạo";
        for heading in [
            "I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            "I. Đánh giá công tác lãnh đạo, chỉ đạo:",
            "I/ Đánh giá công tác lãnh đạo, chỉ đạo",
            "I – Đánh giá công tác lãnh đạo, chỉ đạo",
            "Phần I: Đánh giá công tác lãnh đạo, chỉ đạo",
            "PHẦN THỨ NHẤT: ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            "PHẦN THỨ NHẤT ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            "1. Đánh giá công tác lãnh đạo, chỉ đạo",
            "1) Đánh giá công tác lãnh đạo, chỉ đạo",
            "1.1. Đánh giá công tác lãnh đạo, chỉ đạo",
            "II.1. Đánh giá công tác lãnh đạo, chỉ đạo",
            "a) Đánh giá công tác lãnh đạo, chỉ đạo",
            "đ. Đánh giá công tác lãnh đạo, chỉ đạo",
            "Mục 1: Đánh giá công tác lãnh đạo, chỉ đạo",
            "Chương II. Đánh giá công tác lãnh đạo, chỉ đạo",
            "Câu 1. Đánh giá công tác lãnh đạo, chỉ đạo",
            "CÂU 1: ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            "Đánh\u{00A0}giá công tác lãnh đạo, chỉ đạo",
        ] {
            assert_eq!(normalize(heading), want, "{heading}");
        }
    }

    #[test]
    fn a_question_is_numbered_as_items_are() {
        assert_eq!(without_question_word("Câu 3. Nguyên nhân?"), "3. Nguyên nhân?");
        assert_eq!(without_question_word("CÂU 12: Kiến nghị"), "12: Kiến nghị");
        // `Câu lạc bộ` is a club, not a question's number.
        assert_eq!(without_question_word("Câu lạc bộ Dân vận"), "Câu lạc bộ Dân vận");
        assert!(!starts_with_numbering("Câu lạc bộ Dân vận khéo hoạt động tốt"));
        assert!(starts_with_numbering("Câu 2. Những kết quả nổi bật?"));
    }

    #[test]
    fn numbering_typed_without_diacritics_is_stripped() {
        for heading in [
            "PHAN I: DANH GIA TAC DONG",
            "PHAN THU BA DANH GIA TAC DONG",
            "Muc 3. Danh gia tac dong",
            "CHUONG III - DANH GIA TAC DONG",
        ] {
            assert_eq!(normalize(heading), "danh gia tac dong", "{heading}");
        }
        assert_eq!(normalize("Phan loai don thu"), "phan loai don thu");
        assert_eq!(normalize("Muc tieu"), "muc tieu");
    }

    #[test]
    fn dotted_numbers_without_a_final_dot() {
        assert_eq!(normalize("2.1 Những kết quả nổi bật"), "những kết quả nổi bật");
        assert_eq!(normalize("2.1. Những kết quả nổi bật"), "những kết quả nổi bật");
        assert_eq!(normalize("II.1 Những kết quả nổi bật"), "những kết quả nổi bật");
        assert!(starts_with_numbering("2.1 Những kết quả nổi bật"));
        assert!(!starts_with_numbering("2 Những kết quả nổi bật"));
    }

    #[test]
    fn words_that_look_like_markers_are_kept() {
        assert_eq!(normalize("Mục tiêu"), "mục tiêu");
        assert_eq!(normalize("Chương trình"), "chương trình");
        assert_eq!(normalize("Đánh giá"), "đánh giá");
        assert_eq!(normalize("Phần lớn"), "phần lớn");
    }

    #[test]
    fn title_prefix_needs_a_word_boundary() {
        assert!(matches_title("kết quả thực hiện kết luận", "kết quả thực hiện"));
        assert!(!matches_title("kết quả thực hiệnx", "kết quả thực hiện"));
        assert!(matches_title("phụ lục", "phụ lục"));
    }

    #[test]
    fn numbering_is_decided_by_the_first_words() {
        let whole = |line: &str| NUMBERING.find(&fold_name(line)).is_some_and(|m| m.end() > 0);
        let long = " tiếp tục đẩy mạnh cải cách hành chính, xây dựng nền hành chính phục vụ";
        for start in [
            "II- KẾT QUẢ",
            "a) Những",
            "PHẦN THỨ NHẤT : ĐÁNH GIÁ",
            "Phần   thứ\u{00A0}nhất\u{200B}: x",
            "Chương II",
            "2.1 Những",
            "Công tác",
            "Mục tiêu",
            "Phần lớn",
            "x",
            "",
            "  \t ",
            "1.1.1.1.1.1.1.1.1 a",
            "Hoà",
            "ΣΑΣ Σ",
            "q\u{0301}ua",
        ] {
            for line in [
                start.to_owned(),
                format!("{start}{long}"),
                format!("{start}\u{00A0}{long}"),
            ] {
                assert_eq!(starts_with_numbering(&line), whole(&line), "{line:?}");
            }
        }
        for odd in [
            "\u{200B} \u{200B} \u{200B} \u{200B} \u{200B} \u{200B} \u{200B} \u{200B} \u{200B} I - x",
            "I\u{200B}-\u{200B}x",
            "Phần\u{200B}thứ\u{200B}nhất\u{200B}:",
        ] {
            assert_eq!(starts_with_numbering(odd), whole(odd), "{odd:?}");
            assert!(starts_with_numbering(odd), "{odd:?}");
        }
        assert_eq!(leading_words("a b  c", 2), "a b ");
        assert_eq!(leading_words("a b", 5), "a b");
    }

    #[test]
    fn the_quick_test_never_turns_a_marker_away() {
        let whole = |line: &str| NUMBERING.find(&fold_name(line)).is_some_and(|m| m.end() > 0);
        let alphabet: Vec<&str> = vec![
            "I", "i", "V", "x", "L", "c", "C", "d", "đ", "Đ", "a", "q", "ư", "1", "9", "٣", ".", "-", "–", ")", ":",
            "/", " ", "\u{00A0}", "\u{200B}", "\u{0301}", "Phần", "PHAN", "mục", "Chương", "thứ", "nhất", "ΣΑ", "Các",
            "tiêu", "(", "*",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..50_000 {
            let mut line = String::new();
            for _ in 0..(state % 7) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                line.push_str(alphabet[(state >> 40) as usize % alphabet.len()]);
            }
            if whole(&line) {
                assert!(may_open_with_numbering(&line), "{line:?}");
            }
        }
        assert!(!may_open_with_numbering("Các cơ quan nhà nước"));
        assert!(!may_open_with_numbering("(1) Một"));
    }

    #[test]
    fn numbering_detection() {
        assert!(starts_with_numbering("II- KẾT QUẢ"));
        assert!(starts_with_numbering("a) Những kết quả nổi bật"));
        assert!(!starts_with_numbering("Các cơ quan nhà nước"));
        for marker in [
            "1- Kết quả",
            "a/ Công tác dân vận",
            "3 / Kiến nghị",
            "1.Kết quả",
            "12. Giải pháp",
            "2.1 Kết quả",
        ] {
            assert!(starts_with_numbering(marker), "{marker}");
        }
        // Lines of text wrapped at 72 columns (pandoc, an e-mail) open so: a document's
        // number, a date, a year ending a sentence.
        for text in [
            "114-KL/TW vào nghị quyết",
            "3/4/2026 đã tổ chức",
            "2025.",
            "2025) và",
            "05-CT/TW",
        ] {
            assert!(!starts_with_numbering(text), "{text}");
        }
    }
}
