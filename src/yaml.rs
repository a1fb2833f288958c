//! Every YAML call of the program, so the YAML library can be swapped in one place.
//! `serde_norway` is the maintained fork of `serde_yaml`; it keeps libyaml's limits on
//! nesting depth and alias expansion, so a hostile file fails instead of exploding.

use serde::de::DeserializeOwned;

/// A YAML problem, 1-based line and column within the YAML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl YamlError {
    fn from_library(error: &serde_norway::Error) -> Self {
        let (line, column) = error.location().map_or((1, 1), |l| (l.line(), l.column()));
        let message = error.to_string();
        // The library appends " at line L column C"; the caller says where.
        let message = match message.find(" at line ") {
            Some(cut) => message[..cut].to_owned(),
            None => message,
        };
        YamlError { line, column, message }
    }
}

/// Deepest nesting accepted, by brackets or by indentation. Real outlines nest four
/// levels; libyaml takes quadratic time on hostile nesting before its own limit trips.
const MAX_NESTING: usize = 64;

/// Refuses text nested deeper than [`MAX_NESTING`], located at the line where it happens.
fn check_nesting(text: &str) -> Result<(), YamlError> {
    let mut depth = 0usize;
    let too_deep = |line: usize| YamlError {
        line,
        column: 1,
        message: format!("nested deeper than {MAX_NESTING} levels"),
    };
    for (number, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent > MAX_NESTING * 4 {
            return Err(too_deep(number + 1));
        }
        for c in line.chars() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > MAX_NESTING {
                return Err(too_deep(number + 1));
            }
        }
    }
    Ok(())
}

/// Reads a typed document (outline, roster).
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    check_nesting(text)?;
    serde_norway::from_str(text).map_err(|e| YamlError::from_library(&e))
}

/// One value of a front-matter mapping, as far as reports need to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scalar {
    /// A string, number or boolean, as text.
    Text(String),
    /// Empty (`key:` with nothing after it).
    Null,
    /// A list or mapping where one value was expected.
    Nested,
}

/// Reads front matter: a mapping from keys to scalars, in file order. Anything but a
/// mapping at the top is an error.
pub fn mapping(text: &str) -> Result<Vec<(String, Scalar)>, YamlError> {
    use serde_norway::Value;
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    check_nesting(text)?;
    let value: Value = serde_norway::from_str(text).map_err(|e| YamlError::from_library(&e))?;
    let map = match value {
        Value::Mapping(map) => map,
        Value::Null => return Ok(Vec::new()),
        _ => {
            return Err(YamlError {
                line: 1,
                column: 1,
                message: "expected `key: value` lines".into(),
            });
        }
    };
    Ok(map
        .into_iter()
        .filter_map(|(key, value)| {
            let key = match key {
                Value::String(s) => s,
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            };
            let scalar = match value {
                Value::String(s) => Scalar::Text(s),
                Value::Number(n) => Scalar::Text(n.to_string()),
                Value::Bool(b) => Scalar::Text(b.to_string()),
                Value::Null => Scalar::Null,
                Value::Tagged(tagged) => match tagged.value {
                    Value::String(s) => Scalar::Text(s),
                    _ => Scalar::Nested,
                },
                Value::Sequence(_) | Value::Mapping(_) => Scalar::Nested,
            };
            Some((key, scalar))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_located() {
        let error = mapping("unit: a\nunit_code: [x\n").expect_err("invalid");
        assert!(error.line >= 2, "{error:?}");
        assert!(!error.message.contains(" at line "));
    }

    #[test]
    fn scalars_become_text() {
        let map = mapping("unit_code: 123\nok: true\nempty:\nlist: [1]\n").expect("valid");
        assert_eq!(map[0], ("unit_code".into(), Scalar::Text("123".into())));
        assert_eq!(map[1].1, Scalar::Text("true".into()));
        assert_eq!(map[2].1, Scalar::Null);
        assert_eq!(map[3].1, Scalar::Nested);
    }

    #[test]
    fn exponential_aliases_are_refused() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 { "a".to_owned() } else { format!("a{}", i - 1) };
            text.push_str(&format!("a{i}: &a{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        assert!(mapping(&text).is_err());
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(mapping(&text).expect_err("too deep").line, 1);
        let mut block = String::new();
        for level in 0..1_000 {
            block.push_str(&format!("{}k{level}:\n", " ".repeat(level)));
        }
        assert!(mapping(&block).is_err());
        assert!(mapping("a: [[1, 2], {b: [3]}]\n").is_ok());
    }
}
