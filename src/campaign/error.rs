//! A problem in the campaign's own files (outline, roster, templates): where it is and
//! what is wrong, in both languages. The run cannot go on (exit 2).

use std::fmt;

use crate::text::yaml::YamlError;

/// A problem in the campaign's own files: the run cannot go on (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The message in Vietnamese, where it has been written; `message` is English.
    pub vi: Option<String>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(crate::text::lang::Lang::En))
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    /// `path:line:column: message` in `lang`; a fault of the whole file or folder (line 0)
    /// has no place to point at, and is not given `:1:1`.
    pub fn text(&self, lang: crate::text::lang::Lang) -> String {
        let message = match (&self.vi, lang) {
            (Some(vi), crate::text::lang::Lang::Vi) => vi,
            _ => &self.message,
        };
        if self.line == 0 {
            format!("{}: {message}", self.path)
        } else {
            format!("{}:{}:{}: {message}", self.path, self.line, self.column)
        }
    }

    /// The same error with its Vietnamese words.
    pub fn with_vi(mut self, vi: String) -> Self {
        self.vi = Some(vi);
        self
    }

    pub fn from_yaml(path: &str, error: &YamlError) -> Self {
        ConfigError {
            path: path.to_owned(),
            line: error.line,
            column: error.column,
            message: error.message.clone(),
            vi: None,
        }
    }

    /// An error placed where `needle` occurs in `text` (after `skip` earlier occurrences).
    pub fn at_text(path: &str, text: &str, needle: &str, skip: usize, message: String) -> Self {
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
            message,
            vi: None,
        }
    }

    /// A fault of the whole file or folder: no line to point at.
    pub fn file(path: &str, message: String) -> Self {
        ConfigError {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message,
            vi: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_file_fault_has_no_line() {
        let error = ConfigError::file("nowhere", "x".into()).with_vi("y".into());
        assert_eq!(error.text(crate::text::lang::Lang::En), "nowhere: x");
        assert_eq!(error.text(crate::text::lang::Lang::Vi), "nowhere: y");
    }
}
