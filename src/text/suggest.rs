//! Close matches for "did you mean": a unit code typed in the wrong case, a category id
//! with a typo, a unit's name given where its code was asked. Compared folded (case,
//! diacritics, tone placement), so `td` finds `TD` and `so nganh` finds `so-nganh`.

use crate::text::fold::{fold_name, strip_diacritics};

/// How alike two folded texts must be (Jaro-Winkler) to be offered as the one meant:
/// high enough that a list of 200 commune codes does not offer a random one.
const THRESHOLD: f64 = 0.85;

fn key(text: &str) -> String {
    let folded: String = fold_name(text)
        .chars()
        .map(|c| match c {
            'đ' => 'd',
            '-' | '_' | '.' => ' ',
            c => c,
        })
        .collect::<String>();
    strip_diacritics(&folded)
}

/// The candidate closest to `given`, if one is close enough: an exact match once folded
/// first, then the most alike by Jaro-Winkler. Ties go to the earlier candidate.
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = key(given);
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in candidates {
        let score = if key(candidate) == wanted {
            2.0
        } else {
            strsim::jaro_winkler(&wanted, &key(candidate))
        };
        if score >= THRESHOLD && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_diacritics_and_typos() {
        let codes = ["TD", "SNV", "SYT", "X001"];
        assert_eq!(closest("td", codes), Some("TD"));
        assert_eq!(closest("snv", codes), Some("SNV"));
        assert_eq!(closest("ZZZZ", codes), None);
        let categories = ["co-quan-tham-muu", "so-nganh", "mttq-doan-the"];
        assert_eq!(closest("so nganh", categories), Some("so-nganh"));
        assert_eq!(closest("sở ngành", categories), Some("so-nganh"));
        assert_eq!(closest("so-ngnah", categories), Some("so-nganh"));
        assert_eq!(closest("", categories), None);
    }
}
