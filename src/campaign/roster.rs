//! The roster: the units expected to report (`outline/units.yaml`).

use std::collections::HashMap;

use jiff::civil::Date;
use serde::Deserialize;

use crate::campaign::error::ConfigError;
use crate::campaign::outline::Outline;
use crate::text::date::read_date;
use crate::text::fold::fold_name;
use crate::text::yaml;

#[derive(Debug, Clone)]
pub struct Unit {
    pub code: String,
    pub name: String,
    pub category: String,
    /// An extension: this unit's last day on time.
    pub due: Option<Date>,
    /// Other names the unit writes in its header block (`Ban Chấp hành Đoàn TNCS Hồ Chí
    /// Minh tỉnh Nghệ An` for `Tỉnh đoàn`).
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Roster {
    pub units: Vec<Unit>,
    by_code: HashMap<String, usize>,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug, PartialEq))]
#[serde(deny_unknown_fields)]
struct RawRoster {
    units: Vec<RawUnit>,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug, PartialEq))]
#[serde(deny_unknown_fields)]
struct RawUnit {
    code: String,
    name: String,
    category: String,
    #[serde(default)]
    due: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
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

/// A roster as nearly every campaign writes it (a list of units, each a code, a name, a
/// category and perhaps a due date, on lines of their own), read without the YAML
/// library: `None` for anything else, which the library reads and reports on.
fn simple_roster(text: &str) -> Option<RawRoster> {
    let unit = |fields: Vec<(String, yaml::Scalar)>| {
        let (mut code, mut name, mut category, mut due) = (None, None, None, None);
        for (key, value) in fields {
            let yaml::Scalar::Text(value) = value else {
                return None;
            };
            let slot = match key.as_str() {
                "code" => &mut code,
                "name" => &mut name,
                "category" => &mut category,
                "due" => &mut due,
                _ => return None,
            };
            *slot = Some(value);
        }
        Some(RawUnit {
            code: code?,
            name: name?,
            category: category?,
            due,
            aliases: Vec::new(),
        })
    };
    let units = yaml::simple_list(text, "units")?
        .into_iter()
        .map(unit)
        .collect::<Option<_>>()?;
    Some(RawRoster { units })
}

impl Roster {
    pub fn parse(text: &str, path: &str, outline: &Outline) -> Result<Roster, ConfigError> {
        let raw = match simple_roster(text) {
            Some(raw) => raw,
            None => yaml::from_str(text).map_err(|e| ConfigError::from_yaml(path, &e))?,
        };
        // Where `needle` occurs (after `skip` earlier occurrences), in Vietnamese and English.
        let at =
            |needle: &str, skip: usize, vi: String, en: String| ConfigError::at_text(path, text, needle, skip, vi, en);
        let mut roster = Roster::default();
        for (index, unit) in raw.units.into_iter().enumerate() {
            let code = unit.code.trim().to_owned();
            if code.is_empty() {
                return Err(at(
                    "code:",
                    0,
                    "có đơn vị để trống mã đơn vị (`code`): hãy ghi mã cho đơn vị này".into(),
                    "a unit has an empty `code`".into(),
                ));
            }
            if !is_code(&code) {
                // Located at the unit's own `code:` key: the value may be written escaped.
                return Err(at(
                    "code:",
                    index,
                    format!(
                        "mã đơn vị `{}` chỉ được gồm chữ cái, chữ số, `-` và `_`, bắt đầu bằng chữ cái hoặc chữ số, và dài không quá {MAX_CODE_CHARS} ký tự (mã được dùng để đặt tên tệp khi chạy `new` và hiện trong mọi kết quả): hãy sửa lại mã",
                        code.escape_debug()
                    ),
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
                    format!(
                        "mã đơn vị `{code}` xuất hiện hai lần: mỗi đơn vị phải có mã riêng; hãy sửa mã hoặc bỏ đơn vị bị ghi trùng"
                    ),
                    format!("unit code `{code}` appears twice"),
                ));
            }
            if outline.category(&unit.category).is_none() {
                let ids: Vec<&str> = outline.categories.iter().map(|c| c.id.as_str()).collect();
                let (vi_hint, en_hint) = crate::diagnostic::fatal::did_you_mean(crate::text::suggest::closest(
                    &unit.category,
                    ids.iter().copied(),
                ));
                let list = ids.join(", ");
                let category = &unit.category;
                return Err(at(
                    &format!("category: {category}"),
                    0,
                    format!(
                        "đơn vị `{code}`: loại đơn vị `{category}` không có trong đề cương{vi_hint}; các loại trong đề cương: {list}"
                    ),
                    format!(
                        "unit `{code}`: category `{category}` is not in the outline{en_hint}; the outline's categories are: {list}"
                    ),
                ));
            }
            let due = match unit.due {
                None => None,
                Some(text) => Some(read_date(&text).map_err(|why| {
                    use crate::text::lang::Lang;
                    at(
                        &format!("due: {text}"),
                        0,
                        format!("đơn vị `{code}`: `due: {text}` {}", why.message(Lang::Vi)),
                        format!("unit `{code}`: `due: {text}` {}", why.message(Lang::En)),
                    )
                })?),
            };
            roster.by_code.insert(code.clone(), roster.units.len());
            roster.units.push(Unit {
                code,
                name: unit.name,
                category: unit.category,
                due,
                aliases: unit.aliases,
            });
        }
        Ok(roster)
    }

    pub fn get(&self, code: &str) -> Option<&Unit> {
        self.by_code.get(code).map(|&i| &self.units[i])
    }

    /// The unit's place in `units`.
    pub fn index(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }
}

impl Roster {
    /// The code meant by `given` when it is not one: the same code in another case, a
    /// close typo, or the unit's name typed where its code was asked.
    pub fn suggest(&self, given: &str) -> Option<&str> {
        crate::text::suggest::closest(given, self.units.iter().map(|u| u.code.as_str())).or_else(|| {
            let name = crate::text::suggest::closest(given, self.units.iter().map(|u| u.name.as_str()))?;
            self.units.iter().find(|u| u.name == name).map(|u| u.code.as_str())
        })
    }
}

impl Unit {
    /// Whether a name given in a report is this unit's (or one of its aliases), up to
    /// NFC, tone placement and case.
    pub fn name_matches(&self, given: &str) -> bool {
        let given = fold_name(given);
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|name| fold_name(name) == given)
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
    fn a_simple_roster_reads_as_the_library_reads_it() {
        let library = |text: &str| yaml::from_str::<RawRoster>(text).ok();
        // The sample's units with aliases are the library's; without, the simple reading's.
        let sample = include_str!("../../outline/units.yaml");
        assert_eq!(simple_roster(sample), None);
        let plain: String = sample
            .lines()
            .filter(|l| !l.contains("aliases"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(simple_roster(&plain).is_some());
        assert_eq!(simple_roster(&plain), library(&plain));
        // Units written in many ways: whatever the simple reading takes, the library reads
        // the same; the rest it leaves to the library.
        let fields = [
            "name: \"Sở Nội vụ\"",
            "name: 'Sở Nội vụ'",
            "name: Sở Nội vụ",
            "name: Sở Nội vụ # tên",
            "name: Sở: Nội vụ",
            "name:",
            "category: so-nganh",
            "category: \"so-nganh\"",
            "due: 2026-04-27",
            "due: 27/4/2026",
            "due:",
            "code: 123",
            "aliases: [UBND]",
            "aliases:\n      - UBND",
            "# ghi chú",
            "",
            "\tcategory: so-nganh",
            " category: so-nganh",
            "other: x",
        ];
        let mut next = crate::text::draws(0x2545_F491_4F6C_DD1D);
        let mut simple = 0;
        for _ in 0..20_000 {
            let mut text = String::from(["units:\n", "# danh sách\nunits:\n", "units: \n"][next(3)]);
            let indent = " ".repeat([0, 2, 4][next(3)]);
            let end = ["\n", "\r\n"][next(2)];
            for unit in 0..=next(3) {
                text.push_str(&format!("{indent}- code: U{unit}{end}"));
                let mut lines = vec!["name: Sở Nội vụ", "category: so-nganh"];
                for _ in 0..next(3) {
                    lines.insert(next(lines.len() + 1), fields[next(fields.len())]);
                }
                for line in lines {
                    text.push_str(&format!("{indent}  {line}{end}"));
                }
            }
            if let Some(raw) = simple_roster(&text) {
                simple += 1;
                assert_eq!(Some(raw), library(&text), "{text:?}");
            }
        }
        assert!(simple > 100, "{simple}");
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
