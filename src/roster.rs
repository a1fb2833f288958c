//! The roster: the units expected to report (`outline/units.yaml`).

use std::collections::HashMap;

use jiff::civil::Date;
use serde::Deserialize;

use crate::campaign::ConfigError;
use crate::date::parse_date;
use crate::fold::fold_name;
use crate::outline::Outline;
use crate::yaml;

#[derive(Debug, Clone)]
pub struct Unit {
    pub code: String,
    pub name: String,
    pub category: String,
    /// An extension: this unit's last day on time.
    pub due: Option<Date>,
}

#[derive(Debug, Clone, Default)]
pub struct Roster {
    pub units: Vec<Unit>,
    by_code: HashMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoster {
    units: Vec<RawUnit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    code: String,
    name: String,
    category: String,
    #[serde(default)]
    due: Option<String>,
}

/// Longest unit code accepted; real ones are a few letters (`SNV`, `X001`).
pub const MAX_CODE_CHARS: usize = 32;

/// The syntax of a unit code: letters (Vietnamese ones too), digits, `-`, `_`, starting
/// with a letter or digit. Never a path, an option (`-rf`), a hidden name or a line end.
pub fn is_code(code: &str) -> bool {
    code.chars().next().is_some_and(char::is_alphanumeric)
        && code.chars().count() <= MAX_CODE_CHARS
        && code.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

impl Roster {
    pub fn parse(text: &str, path: &str, outline: &Outline) -> Result<Roster, ConfigError> {
        let raw: RawRoster = yaml::from_str(text).map_err(|e| ConfigError::from_yaml(path, &e))?;
        let at = |needle: &str, skip: usize, message: String| ConfigError::at_text(path, text, needle, skip, message);
        let mut roster = Roster::default();
        for (index, unit) in raw.units.into_iter().enumerate() {
            let code = unit.code.trim().to_owned();
            if code.is_empty() {
                return Err(at("code:", 0, "a unit has an empty `code`".into()));
            }
            if !is_code(&code) {
                // Located at the unit's own `code:` key: the value may be written escaped.
                return Err(at(
                    "code:",
                    index,
                    format!(
                        "unit code `{}` may hold only letters, digits, `-` and `_`, start with a letter or digit, and be at most {MAX_CODE_CHARS} characters: it names files (`new`) and is shown in every output",
                        code.escape_debug()
                    ),
                ));
            }
            if roster.by_code.contains_key(&code) {
                return Err(at(
                    &format!("code: {code}"),
                    1,
                    format!("unit code `{code}` appears twice"),
                ));
            }
            if outline.category(&unit.category).is_none() {
                return Err(at(
                    &format!("category: {}", unit.category),
                    0,
                    format!("unit `{code}`: category `{}` is not in the outline", unit.category),
                ));
            }
            let due = match unit.due {
                None => None,
                Some(text) => Some(parse_date(&text).ok_or_else(|| {
                    at(
                        &format!("due: {text}"),
                        0,
                        format!("unit `{code}`: `due: {text}` is not a valid date"),
                    )
                })?),
            };
            roster.by_code.insert(code.clone(), roster.units.len());
            roster.units.push(Unit {
                code,
                name: unit.name,
                category: unit.category,
                due,
            });
        }
        Ok(roster)
    }

    pub fn get(&self, code: &str) -> Option<&Unit> {
        self.by_code.get(code).map(|&i| &self.units[i])
    }
}

impl Unit {
    /// Whether a name given in a report is this unit's, up to NFC, tone placement and case.
    pub fn name_matches(&self, given: &str) -> bool {
        fold_name(given) == fold_name(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roster_parses_and_folds_names() {
        let outline = Outline::builtin();
        let text = "units:\n  - code: SNV\n    name: \"Sở Nội vụ\"\n    category: so-nganh\n    due: 2026-04-27\n";
        let roster = Roster::parse(text, "units.yaml", &outline).expect("valid");
        let unit = roster.get("SNV").expect("present");
        assert_eq!(unit.due, Some(jiff::civil::date(2026, 4, 27)));
        assert!(unit.name_matches("SỞ NỘI VỤ"));
        assert!(!unit.name_matches("Sở Tài chính"));
    }

    #[test]
    fn bad_rosters_are_located() {
        let outline = Outline::builtin();
        let text = "units:\n  - code: A\n    name: x\n    category: so-nganh\n  - code: A\n    name: y\n    category: so-nganh\n";
        let error = Roster::parse(text, "units.yaml", &outline).expect_err("duplicate");
        assert_eq!(error.line, 5, "{error}");
        let text = "units:\n  - code: A\n    name: x\n    category: nowhere\n";
        let error = Roster::parse(text, "units.yaml", &outline).expect_err("category");
        assert_eq!(error.line, 4, "{error}");
    }
}
