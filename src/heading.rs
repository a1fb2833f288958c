//! Heading text as units really write it: numbering in a dozen styles, any case,
//! trailing colons, pasted spaces. Normalising strips all that so a heading can be
//! compared with the outline's titles.

use std::sync::LazyLock;

use regex::Regex;

use crate::fold::{collapse_spaces, fold_name, strip_diacritics};

/// One leading numbering marker: `Phần I:`, `Phần thứ nhất`, `Mục 2`, `Chương II` (also
/// typed without diacritics: `PHAN I`, `PHAN THU NHAT`), or a
/// Roman numeral, an Arabic number (`1.1.`), a Vietnamese letter (`đ`) followed by one of
/// `. - – — ) / :`. Matched on folded (lowercase) text.
static NUMBERING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^\s*(?:
            (?:phần|phan|mục|muc|chương|chuong)\s+
                (?:(?:thứ|thu)\s+(?:nhất|nhat|hai|ba|tư|tu|bốn|bon|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|mười|muoi)
                  |[ivxlc]+|\d+)\b
                \s*[:.\-–—)/]?
          | (?:[ivxlc]+|\d+(?:\.\d+)*|[abcdđeghiklmnopqrstuvxy])\s*[.\-–—):/]
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
    let folded = fold_name(line);
    NUMBERING.find(&folded).is_some_and(|m| m.end() > 0)
}

/// The comparable form of a heading or title: folded, numbering stripped, punctuation
/// dropped, spaces collapsed.
pub fn normalize(text: &str) -> String {
    let folded = fold_name(text);
    let body = strip_numbering(&folded);
    let no_punct: String = body
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    collapse_spaces(&no_punct)
}

/// The same with diacritics removed too, for units that typed without them.
pub fn normalize_bare(normalized: &str) -> String {
    strip_diacritics(normalized)
}

/// A heading matches a title when it equals it or starts with it at a word boundary.
pub fn matches_title(heading: &str, title: &str) -> bool {
    !title.is_empty()
        && heading
            .strip_prefix(title)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "Đánh\u{00A0}giá công tác lãnh đạo, chỉ đạo",
        ] {
            assert_eq!(normalize(heading), want, "{heading}");
        }
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
    fn numbering_detection() {
        assert!(starts_with_numbering("II- KẾT QUẢ"));
        assert!(starts_with_numbering("a) Những kết quả nổi bật"));
        assert!(!starts_with_numbering("Các cơ quan nhà nước"));
    }
}
