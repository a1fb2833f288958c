//! Vietnamese alphabetical order (ă, â after a; đ after d; ê after e; ô, ơ after o; ư
//! after u), from CLDR's `vi` collation rather than byte order.

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;

/// Compares names the way a Vietnamese reader sorts them.
pub struct Vietnamese {
    collator: Option<CollatorBorrowed<'static>>,
}

impl Vietnamese {
    pub fn new() -> Self {
        Vietnamese {
            collator: Collator::try_new(locale!("vi").into(), CollatorOptions::default()).ok(),
        }
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        // Ties (names equal to the collator) fall back to bytes so the order is total.
        let primary = self.collator.as_ref().map_or(Ordering::Equal, |c| c.compare(a, b));
        primary.then_with(|| a.cmp(b))
    }
}

impl Default for Vietnamese {
    fn default() -> Self {
        Vietnamese::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_letters_follow_their_base() {
        let collation = Vietnamese::new();
        let mut names = vec![
            "Đô Lương",
            "Diễn Châu",
            "Anh Sơn",
            "Ân Thi",
            "Ăn",
            "Ư",
            "Uông",
            "Ơn",
            "Ôn",
            "Ong",
            "Em",
            "Êm",
        ];
        names.sort_by(|a, b| collation.compare(a, b));
        assert_eq!(
            names,
            [
                "Anh Sơn",
                "Ăn",
                "Ân Thi",
                "Diễn Châu",
                "Đô Lương",
                "Em",
                "Êm",
                "Ong",
                "Ôn",
                "Ơn",
                "Uông",
                "Ư"
            ]
        );
    }
}
