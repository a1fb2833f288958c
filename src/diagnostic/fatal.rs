//! Errors a person causes that stop the run (exit 2), said in both languages: `app`
//! prints the campaign's (or `--lang`'s). Each names the thing and says what to do.

use std::fmt;

use crate::text::lang::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fatal {
    pub vi: String,
    pub en: String,
}

impl Fatal {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Fatal {
            vi: vi.into(),
            en: en.into(),
        }
    }

    pub fn text(&self, lang: Lang) -> &str {
        lang.pick(&self.vi, &self.en)
    }
}

/// English where no language was chosen (a library's chain of causes is English too).
impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for Fatal {}

/// ` (có phải “TD”?)` / ` (did you mean “TD”?)`, or nothing.
pub fn did_you_mean(suggestion: Option<&str>) -> (String, String) {
    match suggestion {
        Some(s) => (format!(" (có phải “{s}”?)"), format!(" (did you mean “{s}”?)")),
        None => (String::new(), String::new()),
    }
}
