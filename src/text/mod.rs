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
