//! Figures a report says it cannot have: a unit without a duty writes so beside its
//! figures (`Hội Nông dân không có nhiệm vụ tiếp công dân và giải quyết thủ tục hành
//! chính.`) and leaves those indicators out of its table. An officer reads them as not
//! applicable, not as figures forgotten; so does this, for indicators that have no figure.

use crate::campaign::outline::Indicator;
use crate::diagnostic::SNIPPET_MAX_CHARS;
use crate::read::markdown::{Block, BlockKind};
use crate::text::words::{bare_fold, label_words};

/// How a unit says a duty is not its own, or that none of it arose, folded. What follows
/// names the matters: `… không có nhiệm vụ tiếp công dân`, `không phát sinh đơn thư`.
const NO_DUTY: [&str; 9] = [
    "khong co nhiem vu",
    "khong co chuc nang",
    "khong thuoc chuc nang",
    "khong thuoc nhiem vu",
    "khong duoc giao nhiem vu",
    "khong thuc hien nhiem vu",
    "khong ap dung",
    "khong phat sinh",
    "chua phat sinh",
];

/// Whether a whole value cell (folded) says the duty is not the unit's: it opens with one
/// of the phrases and gives no figure (`Không có nhiệm vụ`, `Không thuộc chức năng,
/// nhiệm vụ`, `Không có nhiệm vụ tiếp công dân` in that indicator's row).
pub fn denies_duty(folded: &str) -> bool {
    NO_DUTY.iter().any(|phrase| folded.starts_with(phrase)) && !folded.contains(|c: char| c.is_ascii_digit())
}

/// Words before a matter that do not name it (`công tác tiếp công dân`, `việc giải quyết …`,
/// `không thuộc chức năng, nhiệm vụ về …`).
const LEADING: [&str; 7] = [
    "viec",
    "cong tac",
    "linh vuc",
    "hoat dong",
    "ve",
    "nhiem vu",
    "chuc nang",
];

/// Where the matters named end: the consequence or the reason after them (`… tiếp công
/// dân nên không có số liệu`).
const CONSEQUENCE: [&str; 4] = [" nen ", " vi ", " do do ", " theo "];

/// A matter is named by at least this many words: `giải quyết` alone names nothing.
const MATTER_MIN_WORDS: usize = 2;

/// The first sentence of the report's text (tables left out) saying `indicator` is not
/// the unit's duty, cut for quoting, and the block it is in.
pub fn said_not_applicable<'a>(blocks: &'a [Block], indicator: &Indicator) -> Option<(&'a Block, String)> {
    let words = words_of(indicator);
    blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Item | BlockKind::Other))
        .find_map(|block| {
            let sentence = block
                .text
                .split_inclusive(['.', ';'])
                .find(|sentence| names_not_applicable(sentence, &words))?;
            Some((block, sentence.trim().chars().take(SNIPPET_MAX_CHARS).collect()))
        })
}

/// An indicator's words as rows are compared by: its name's and its keywords'.
fn words_of(indicator: &Indicator) -> Vec<&str> {
    indicator
        .match_words
        .iter()
        .chain(indicator.match_keywords.iter().flatten())
        .map(String::as_str)
        .collect()
}

/// Whether one sentence says of an indicator, by its words (name and keywords, as rows
/// are compared by), that it is no duty of the unit's: a matter named after a [`NO_DUTY`]
/// phrase whose words are all the indicator's.
fn names_not_applicable(sentence: &str, indicator: &[&str]) -> bool {
    let folded = bare_fold(sentence);
    let Some(after) = NO_DUTY
        .iter()
        .find_map(|phrase| folded.find(phrase).map(|at| &folded[at + phrase.len()..]))
    else {
        return false;
    };
    // `(R0809)`, a code in brackets, and the reason after the matters name nothing.
    let mut matters = after.split('(').next().unwrap_or_default().to_owned();
    if let Some(end) = CONSEQUENCE.iter().filter_map(|c| matters.find(c)).min() {
        matters.truncate(end);
    }
    matters
        .split([',', '/', '.', ';'])
        .flat_map(|part| part.split(" va ").flat_map(|p| p.split(" hoac ")))
        .any(|part| {
            let mut part = part.trim();
            while let Some(rest) = LEADING
                .iter()
                .find_map(|w| part.strip_prefix(w).filter(|r| r.starts_with(' ')))
            {
                part = rest.trim_start();
            }
            let words = label_words(part);
            words.len() >= MATTER_MIN_WORDS && words.iter().all(|w| indicator.contains(&w.as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::outline::Outline;

    fn indicators() -> Vec<Indicator> {
        Outline::builtin().appendix.indicators.clone()
    }

    fn named(sentence: &str) -> Vec<String> {
        indicators()
            .iter()
            .filter(|i| names_not_applicable(sentence, &words_of(i)))
            .map(|i| i.id.clone())
            .collect()
    }

    #[test]
    fn the_matters_named_after_the_phrase_are_the_indicators_whose_words_they_are() {
        let ids = |ids: &[&str]| ids.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let all = indicators();
        let id_of = |word: &str| {
            all.iter()
                .find(|i| i.match_words.iter().any(|w| w == word))
                .map(|i| i.id.clone())
                .expect("an indicator")
        };
        let (visits, online) = (id_of("tiep"), id_of("truc"));
        assert_eq!(
            named("Hội Nông dân không có nhiệm vụ tiếp công dân và giải quyết thủ tục hành chính (R0809)."),
            ids(&[&visits, &online])
        );
        assert_eq!(
            named("Đơn vị không thuộc chức năng, nhiệm vụ về công tác tiếp công dân nên không có số liệu."),
            ids(&[&visits])
        );
        // Nothing arose: the petitions received, by their keyword.
        assert_eq!(named("Năm 2025 không phát sinh đơn thư khiếu nại."), ids(&["don-nhan"]));
        // One word names no matter; a figure given is no duty denied; no phrase, nothing.
        assert!(named("Cơ quan không có nhiệm vụ này.").is_empty());
        for cell in [
            "khong co nhiem vu",
            "khong thuoc chuc nang, nhiem vu",
            "khong co nhiem vu tiep cong dan",
        ] {
            assert!(denies_duty(cell), "{cell}");
        }
        // A figure is given: no denial, whatever the words.
        for cell in ["khong co nhiem vu nhung tiep 5 luot", "12 luot"] {
            assert!(!denies_duty(cell), "{cell}");
        }
        assert!(named("Cơ quan đã tiếp công dân đầy đủ, giải quyết thủ tục hành chính đúng hạn.").is_empty());
        assert!(named("Không có nhiệm vụ nào bị bỏ sót.").is_empty());
    }

    #[test]
    fn the_sentence_is_found_in_the_text_and_quoted_alone() {
        let text = "Số liệu tính đến 31/3/2026. Hội không có nhiệm vụ tiếp công dân; các chỉ tiêu khác đầy đủ.";
        let blocks = crate::read::markdown::blocks(text, 0);
        let visits = indicators()
            .into_iter()
            .find(|i| i.match_words.iter().any(|w| w == "tiep"))
            .expect("an indicator");
        let (block, sentence) = said_not_applicable(&blocks, &visits).expect("said");
        assert_eq!(block.start, 0);
        assert_eq!(sentence, "Hội không có nhiệm vụ tiếp công dân;");
    }
}
