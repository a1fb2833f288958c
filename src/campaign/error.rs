//! A problem in the campaign's own files (outline, roster, templates): where it is and
//! what is wrong, in both languages. The run cannot go on (exit 2).

use std::fmt;

use crate::text::lang::Lang;
use crate::text::yaml::YamlError;

/// A problem in the campaign's own files: the run cannot go on (exit 2). Every
/// constructor takes the Vietnamese words beside the English, so none can be left out:
/// before the campaign's language is known both are shown, and the Vietnamese first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    /// The message in English.
    pub message: String,
    /// The same message in Vietnamese.
    pub vi: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    /// `path:line:column: message` in `lang`; a fault of the whole file or folder (line 0)
    /// has no place to point at, and is not given `:1:1`.
    pub fn text(&self, lang: Lang) -> String {
        let message = lang.pick(&self.vi, &self.message);
        if self.line == 0 {
            format!("{}: {message}", self.path)
        } else {
            format!("{}:{}:{}: {message}", self.path, self.line, self.column)
        }
    }

    /// A YAML problem at its place; the library's own words are English, and are given
    /// in Vietnamese where known, else inside a Vietnamese sentence (see [`YamlError`]).
    pub fn from_yaml(path: &str, error: &YamlError) -> Self {
        ConfigError {
            path: path.to_owned(),
            line: error.line,
            column: error.column,
            message: error.message.clone(),
            vi: error.vi.clone(),
        }
    }

    /// An error placed where `needle` occurs in `text` (after `skip` earlier occurrences).
    pub fn at_text(path: &str, text: &str, needle: &str, skip: usize, vi: String, en: String) -> Self {
        let found = text
            .lines()
            .enumerate()
            .filter_map(|(i, line)| line.find(needle).map(|c| (i + 1, line[..c].chars().count() + 1)))
            .nth(skip);
        let (line, column) = found.unwrap_or((1, 1));
        ConfigError {
            path: path.to_owned(),
            line,
            column,
            message: en,
            vi,
        }
    }

    /// A fault of the whole file or folder: no line to point at.
    pub fn file(path: &str, vi: String, en: String) -> Self {
        ConfigError {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message: en,
            vi,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_file_fault_has_no_line() {
        let error = ConfigError::file("nowhere", "y".into(), "x".into());
        assert_eq!(error.text(Lang::En), "nowhere: x");
        assert_eq!(error.text(Lang::Vi), "nowhere: y");
    }

    #[test]
    fn a_located_fault_has_its_line_and_column_in_both_languages() {
        let error = ConfigError::at_text("o.yaml", "a: 1\nb: 2\n", "b:", 0, "vi".into(), "en".into());
        assert_eq!(error.text(Lang::En), "o.yaml:2:1: en");
        assert_eq!(error.text(Lang::Vi), "o.yaml:2:1: vi");
    }
}
