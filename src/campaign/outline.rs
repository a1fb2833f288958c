//! The campaign's outline: sections, appendix indicators, unit categories, deadlines and
//! the compiled document's header data. Parsed from `outline.yaml`; any key the file
//! leaves out takes the embedded default (the 114-KL/TW campaign).

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;

use crate::campaign::error::ConfigError;
use crate::text::date::read_date;
use crate::text::heading::{normalize, normalize_bare};
use crate::text::lang::Lang;
use crate::text::yaml;

/// The embedded default outline: the repository's own `outline/outline.yaml`.
pub const DEFAULT_OUTLINE: &str = include_str!("../../outline/outline.yaml");

#[derive(Debug, Clone)]
pub struct Outline {
    pub title: String,
    pub language: Lang,
    /// Last day on time for unit reports.
    pub deadline: Date,
    /// Last day on time for the compiled report.
    pub report_deadline: Date,
    pub time_zone: TimeZone,
    pub time_zone_name: String,
    pub categories: Vec<Category>,
    /// Every section, depth-first in outline order.
    pub sections: Vec<Section>,
    pub appendix: Appendix,
    pub document: Document,
    /// Parts a report may have that the outline does not ask for (`Đặc điểm tình hình`),
    /// as written; their text is the unit's own context, not an unknown section.
    pub context: Vec<String>,
    /// The same normalised without diacritics, each a list of words.
    pub match_context: Vec<Vec<String>>,
    /// The campaign's title normalised without diacritics, word by word: what a heading
    /// quoting it (`… NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN …`) says of no section.
    pub match_subject: Vec<String>,
    /// The same words as a set: whether a heading shares enough of them to quote it.
    pub subject_words: foldhash::HashSet<String>,
    /// Which time decides lateness when a report has both (`submission_time`).
    pub submission_time: SubmissionTime,
    /// The top-level keys the outline file gave; every other key is the built-in default.
    pub from_file: Vec<&'static str>,
    /// The documents the title names (`114-KL/TW`), worked out by the report reader the
    /// first time a report needs them, once for every report.
    pub title_references: std::sync::OnceLock<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    /// A short name for table headers (`Sở, ngành`); the name when absent.
    #[serde(default)]
    pub short: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Section {
    /// Dotted path of ids: `ket-qua.noi-bat`.
    pub id: String,
    pub number: Option<String>,
    pub title: String,
    pub aliases: Vec<String>,
    /// Words and phrasings that say a heading is this section whatever its numbering and
    /// wording (`tồn tại, hạn chế`), as written.
    pub keywords: Vec<String>,
    pub hint: Option<String>,
    pub min_words: usize,
    /// 1 for top-level sections.
    pub depth: usize,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Title and aliases, normalised for matching; the title first.
    pub match_titles: Vec<String>,
    /// The same without diacritics.
    pub bare_titles: Vec<String>,
    /// Keywords normalised and without diacritics, each a list of words.
    pub match_keywords: Vec<Vec<String>>,
    /// Phrases the section's text uses where its heading says no section (`niềm tin`,
    /// `chuyển biến` for the impact), folded as the keywords are: with them, a heading of
    /// the unit's own (`III. ĐÁNH GIÁ CHUNG`) is the section nothing else is.
    pub match_text_keywords: Vec<Vec<String>>,
}

impl Section {
    /// The heading a draft gives the section: its label and title, a part's title in
    /// capitals (`I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO`, `1. Những kết quả nổi bật`).
    pub fn heading(&self) -> String {
        let title = if self.depth == 1 {
            self.title.to_uppercase()
        } else {
            self.title.clone()
        };
        match self.label() {
            Some(label) => format!("{label} {title}"),
            None => title,
        }
    }

    /// The numbering label in Party-document style: `I-` for parts, `1.` and `a)` below.
    pub fn label(&self) -> Option<String> {
        let number = self.number.as_deref()?;
        let numeric = number.parse::<u32>().ok();
        Some(match (self.depth, numeric) {
            (1, Some(n)) => format!("{}-", crate::text::heading::roman(n)),
            (_, Some(_)) => format!("{number}."),
            _ => format!("{number})"),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A whole number, summed.
    Count,
    /// 0–100, averaged.
    Percent,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    pub stt: Option<u32>,
    pub name: String,
    pub kind: Kind,
    /// Index of the indicator this one may not exceed.
    pub at_most: Option<usize>,
    pub match_name: String,
    /// Phrases that name this indicator in a row label (`tiếp dân`, `CBCCVC`), as written.
    pub keywords: Vec<String>,
    /// The keywords as the words appendix rows are compared by.
    pub match_keywords: Vec<Vec<String>>,
    /// The name's words, as rows are compared by.
    pub match_words: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Appendix {
    /// Index of the section holding the table; `None` for an outline without appendix.
    pub section: Option<usize>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Deserialize, Default, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    #[serde(default)]
    pub on_behalf: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub name: String,
}

/// Header and footer data of the compiled report.
#[derive(Debug, Clone, Deserialize, Default, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Document {
    #[serde(default)]
    pub superior_body: String,
    #[serde(default)]
    pub issuing_body: String,
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub r#type: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub unit_code: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub signature: Signature,
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub output_name: String,
}

/// `outline.yaml` as written: every key optional.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOutline {
    title: Option<String>,
    language: Option<String>,
    deadline: Option<String>,
    report_deadline: Option<String>,
    time_zone: Option<String>,
    min_words: Option<usize>,
    categories: Option<Vec<Category>>,
    sections: Option<Vec<RawSection>>,
    appendix: Option<RawAppendix>,
    document: Option<Document>,
    context: Option<Vec<String>>,
    submission_time: Option<SubmissionTime>,
}

/// Which time decides lateness for a report that is tracked by git and states
/// `submitted`: the campaign's choice, since only it knows who commits the reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubmissionTime {
    /// The commit that first added the file, where units commit their own reports: a
    /// unit cannot then backdate its report by writing an earlier `submitted`.
    #[default]
    Git,
    /// The declared `submitted`, where the secretariat commits what arrived by e-mail.
    Declared,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
    #[serde(default)]
    number: Option<String>,
    title: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    text_keywords: Vec<String>,
    #[serde(default)]
    hint: Option<String>,
    #[serde(default)]
    min_words: Option<usize>,
    #[serde(default)]
    sections: Vec<RawSection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAppendix {
    section: String,
    #[serde(default)]
    indicators: Vec<RawIndicator>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: String,
    #[serde(default)]
    stt: Option<u32>,
    name: String,
    kind: Kind,
    #[serde(default)]
    at_most: Option<String>,
    #[serde(default)]
    keywords: Vec<String>,
}

/// Sections may nest this deep; deeper is a mistake in the outline, not a campaign. A
/// draft puts the title block's level above the sections, so five leaves Markdown's six.
const MAX_SECTION_DEPTH: usize = 5;

/// A keyword is a phrase a heading says, not a sentence.
const MAX_KEYWORD_WORDS: usize = 8;

impl Outline {
    /// The embedded default.
    pub fn builtin() -> Outline {
        Outline::parse(DEFAULT_OUTLINE, "<built-in outline>")
            .unwrap_or_else(|e| unreachable!("the embedded outline is valid: {e}"))
    }

    /// Parses an outline file; keys it leaves out come from the embedded default.
    pub fn parse(text: &str, path: &str) -> Result<Outline, ConfigError> {
        let raw: RawOutline = yaml::from_str(text).map_err(|e| ConfigError::from_yaml(path, &e))?;
        let default: RawOutline = if text == DEFAULT_OUTLINE {
            RawOutline::default()
        } else {
            yaml::from_str(DEFAULT_OUTLINE).map_err(|e| ConfigError::from_yaml("<built-in outline>", &e))?
        };
        Builder { path, text }.build(raw, default)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// Indices of the top-level sections, in order.
    pub fn roots(&self) -> Vec<usize> {
        (0..self.sections.len())
            .filter(|&i| self.sections[i].parent.is_none())
            .collect()
    }
}

/// Whether `name` names a file in the output folder and nothing else: not a path (no
/// `/` or `\\`, no drive letter), not `.` or `..`, no control character, not hidden;
/// empty means the default name.
fn is_plain_file_name(name: &str) -> bool {
    name.is_empty()
        || (!name.starts_with('.')
            && !name.contains(['/', '\\', ':'])
            && !name.chars().any(char::is_control)
            && name.trim() == name
            && name.len() <= 200)
}

struct Builder<'a> {
    path: &'a str,
    text: &'a str,
}

impl Builder<'_> {
    /// An error where `needle` occurs (after `skip` earlier occurrences), in Vietnamese
    /// and in English.
    fn error_at(&self, needle: &str, skip: usize, vi: String, en: String) -> ConfigError {
        ConfigError::at_text(self.path, self.text, needle, skip, vi, en)
    }

    fn date(&self, key: &str, value: &str) -> Result<Date, ConfigError> {
        read_date(value).map_err(|why| {
            self.error_at(
                key,
                0,
                format!("`{key}`: `{value}` {}", why.message(Lang::Vi)),
                format!("`{key}`: `{value}` {}", why.message(Lang::En)),
            )
        })
    }

    fn build(&self, raw: RawOutline, default: RawOutline) -> Result<Outline, ConfigError> {
        let given = [
            ("title", raw.title.is_some()),
            ("language", raw.language.is_some()),
            ("deadline", raw.deadline.is_some()),
            ("report_deadline", raw.report_deadline.is_some()),
            ("time_zone", raw.time_zone.is_some()),
            ("min_words", raw.min_words.is_some()),
            ("categories", raw.categories.is_some()),
            ("sections", raw.sections.is_some()),
            ("appendix", raw.appendix.is_some()),
            ("document", raw.document.is_some()),
            ("context", raw.context.is_some()),
        ];
        let from_file = given.iter().filter(|(_, given)| *given).map(|(key, _)| *key).collect();
        let min_words = raw.min_words.or(default.min_words).unwrap_or(20);
        let language = raw.language.or(default.language).unwrap_or_else(|| "vi".into());
        let language = Lang::parse(&language).ok_or_else(|| {
            self.error_at(
                "language",
                0,
                format!(
                    "`language`: `{language}` không phải `vi` hay `en`: hãy ghi `language: vi` cho tiếng Việt, hoặc `language: en` cho tiếng Anh"
                ),
                format!("`language`: `{language}` is not `vi` or `en`"),
            )
        })?;
        let zone_name = raw
            .time_zone
            .or(default.time_zone)
            .unwrap_or_else(|| "Asia/Ho_Chi_Minh".into());
        let time_zone = parse_zone(&zone_name).ok_or_else(|| {
            self.error_at(
                "time_zone",
                0,
                format!(
                    "`time_zone`: `{zone_name}` không phải tên múi giờ, cũng không phải độ lệch giờ dạng +07:00: hãy ghi `Asia/Ho_Chi_Minh` hoặc `+07:00`"
                ),
                format!("`time_zone`: `{zone_name}` is not a time zone name or an offset like +07:00"),
            )
        })?;
        let deadline = raw.deadline.or(default.deadline).unwrap_or_else(|| "2026-04-19".into());
        let report_deadline = raw
            .report_deadline
            .or(default.report_deadline)
            .unwrap_or_else(|| deadline.clone());
        let categories = raw.categories.or(default.categories).unwrap_or_default();
        let mut seen = HashSet::new();
        for category in &categories {
            if !seen.insert(category.id.as_str()) {
                return Err(self.error_at(
                    &category.id,
                    1,
                    format!(
                        "mã loại đơn vị `{}` bị trùng: mỗi loại trong `categories` phải có `id` riêng; hãy đổi mã hoặc bỏ bớt một loại",
                        category.id
                    ),
                    format!("duplicate category id `{}`", category.id),
                ));
            }
        }
        let raw_sections = raw.sections.or(default.sections).unwrap_or_default();
        if raw_sections.is_empty() {
            return Err(self.error_at(
                "sections",
                0,
                "đề cương không có mục nào (`sections` trống): hãy khai báo ít nhất một mục, hoặc bỏ hẳn `sections` để dùng các mục mặc định".into(),
                "the outline has no sections".into(),
            ));
        }
        let mut sections = Vec::new();
        self.flatten(&raw_sections, None, 1, min_words, &mut sections)?;
        // The default appendix lives in a default section: an outline with sections of its
        // own and no appendix has none, unless its sections keep that one.
        let default_appendix = default.appendix.filter(|a| sections.iter().any(|s| s.id == a.section));
        let appendix = match raw.appendix.or(default_appendix) {
            Some(appendix) => self.appendix(appendix, &sections)?,
            None => Appendix {
                section: None,
                indicators: Vec::new(),
            },
        };
        let context = raw.context.or(default.context).unwrap_or_default();
        let match_context = self.keywords("context", &context)?;
        let document: Document = raw.document.or(default.document).unwrap_or_default();
        if !is_plain_file_name(&document.output_name) {
            return Err(self.error_at(
                "output_name",
                0,
                format!(
                    "`document.output_name`: `{}` không phải một tên tệp đơn thuần (không được có thư mục, `..` hay ký tự điều khiển); báo cáo tổng hợp luôn được ghi vào thư mục `--out`: hãy chỉ ghi tên tệp, ví dụ `bao-cao-tong-hop`",
                    document.output_name.escape_debug()
                ),
                format!(
                    "`document.output_name`: `{}` is not a plain file name (no folder, no `..`, no control character); the compiled report is always written in `--out`",
                    document.output_name.escape_debug()
                ),
            ));
        }
        let title = raw.title.or(default.title).unwrap_or_default();
        let match_subject: Vec<String> = normalize_bare(&normalize(&title))
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        let subject_words = match_subject.iter().cloned().collect();
        Ok(Outline {
            context,
            match_context,
            match_subject,
            subject_words,
            title,
            language,
            deadline: self.date("deadline", &deadline)?,
            report_deadline: self.date("report_deadline", &report_deadline)?,
            time_zone,
            time_zone_name: zone_name,
            categories,
            sections,
            appendix,
            document,
            submission_time: raw.submission_time.or(default.submission_time).unwrap_or_default(),
            from_file,
            title_references: std::sync::OnceLock::new(),
        })
    }

    fn flatten(
        &self,
        raw: &[RawSection],
        parent: Option<usize>,
        depth: usize,
        min_words: usize,
        out: &mut Vec<Section>,
    ) -> Result<(), ConfigError> {
        if depth > MAX_SECTION_DEPTH && !raw.is_empty() {
            return Err(self.error_at(
                "sections",
                depth - 1,
                format!(
                    "các mục lồng nhau quá {MAX_SECTION_DEPTH} cấp: hãy gộp bớt các mục con để đề cương có không quá {MAX_SECTION_DEPTH} cấp"
                ),
                format!("sections nest deeper than {MAX_SECTION_DEPTH} levels"),
            ));
        }
        for section in raw {
            if section.id.is_empty() || section.id.contains('.') {
                return Err(self.error_at(
                    &section.id,
                    0,
                    format!(
                        "mã mục `{}` phải có nội dung và không có dấu `.`: hãy sửa `id` của mục này",
                        section.id
                    ),
                    format!("section id `{}` must be non-empty and without `.`", section.id),
                ));
            }
            let id = match parent {
                Some(p) => format!("{}.{}", out[p].id, section.id),
                None => section.id.clone(),
            };
            if out.iter().any(|s| s.id == id) {
                return Err(self.error_at(
                    &format!("id: {}", section.id),
                    1,
                    format!("mã mục `{id}` bị trùng: mỗi mục phải có `id` riêng; hãy đổi mã của một trong hai mục"),
                    format!("duplicate section id `{id}`"),
                ));
            }
            let match_titles: Vec<String> = std::iter::once(&section.title)
                .chain(&section.aliases)
                .map(|t| normalize(t))
                .filter(|t| !t.is_empty())
                .collect();
            if match_titles.is_empty() {
                return Err(self.error_at(
                    &section.id,
                    0,
                    format!("mục `{id}` chưa có tên (`title` để trống): hãy ghi tên mục"),
                    format!("section `{id}` has an empty title"),
                ));
            }
            let match_keywords = self.keywords(&section.id, &section.keywords)?;
            let match_text_keywords = self.keywords(&section.id, &section.text_keywords)?;
            let index = out.len();
            out.push(Section {
                keywords: section.keywords.clone(),
                match_keywords,
                match_text_keywords,
                id,
                number: section.number.clone(),
                title: section.title.clone(),
                aliases: section.aliases.clone(),
                hint: section.hint.clone(),
                min_words: section.min_words.unwrap_or(min_words),
                depth,
                parent,
                children: Vec::new(),
                bare_titles: match_titles.iter().map(|t| normalize_bare(t)).collect(),
                match_titles,
            });
            if let Some(p) = parent {
                out[p].children.push(index);
            }
            self.flatten(&section.sections, Some(index), depth + 1, min_words, out)?;
        }
        Ok(())
    }

    /// Keywords as matching compares them: each non-empty once folded, a phrase of at
    /// most [`MAX_KEYWORD_WORDS`] words, none given twice.
    fn keywords(&self, owner: &str, keywords: &[String]) -> Result<Vec<Vec<String>>, ConfigError> {
        let mut out: Vec<Vec<String>> = Vec::new();
        for keyword in keywords {
            let words: Vec<String> = normalize_bare(&normalize(keyword))
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
            if words.is_empty() || words.len() > MAX_KEYWORD_WORDS {
                return Err(self.error_at(
                    owner,
                    0,
                    format!(
                        "`{owner}`: từ khoá `{keyword}` phải có từ 1 đến {MAX_KEYWORD_WORDS} từ: hãy viết thành một cụm từ ngắn, hoặc bỏ từ khoá trống"
                    ),
                    format!("`{owner}`: keyword `{keyword}` must have 1 to {MAX_KEYWORD_WORDS} words"),
                ));
            }
            if out.contains(&words) {
                return Err(self.error_at(
                    owner,
                    0,
                    format!("`{owner}`: từ khoá `{keyword}` được ghi hai lần: hãy bỏ bớt một"),
                    format!("`{owner}`: keyword `{keyword}` is given twice"),
                ));
            }
            out.push(words);
        }
        Ok(out)
    }

    fn appendix(&self, raw: RawAppendix, sections: &[Section]) -> Result<Appendix, ConfigError> {
        let section = sections.iter().position(|s| s.id == raw.section).ok_or_else(|| {
            self.error_at(
                &format!("section: {}", raw.section),
                0,
                format!(
                    "mục phụ lục `{}` (`appendix.section`) không phải là mục nào của đề cương: hãy ghi `id` của mục chứa biểu số liệu",
                    raw.section
                ),
                format!("appendix section `{}` is not a section of the outline", raw.section),
            )
        })?;
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, indicator) in raw.indicators.iter().enumerate() {
            if index.insert(indicator.id.as_str(), i).is_some() {
                return Err(self.error_at(
                    &format!("id: {}", indicator.id),
                    1,
                    format!(
                        "mã chỉ tiêu `{}` bị trùng: mỗi chỉ tiêu phải có `id` riêng; hãy đổi mã của một trong hai chỉ tiêu",
                        indicator.id
                    ),
                    format!("duplicate indicator id `{}`", indicator.id),
                ));
            }
        }
        let mut indicators = Vec::with_capacity(raw.indicators.len());
        for indicator in &raw.indicators {
            let at_most = match &indicator.at_most {
                None => None,
                Some(other) => Some(*index.get(other.as_str()).ok_or_else(|| {
                    self.error_at(
                        &format!("at_most: {other}"),
                        0,
                        format!(
                            "`at_most: {other}` không trỏ tới chỉ tiêu nào: hãy ghi `id` của một chỉ tiêu trong `appendix.indicators`"
                        ),
                        format!("`at_most: {other}` names no indicator"),
                    )
                })?),
            };
            indicators.push(Indicator {
                id: indicator.id.clone(),
                stt: indicator.stt,
                name: indicator.name.clone(),
                kind: indicator.kind,
                at_most,
                match_name: normalize(&indicator.name),
                keywords: indicator.keywords.clone(),
                match_keywords: indicator
                    .keywords
                    .iter()
                    .map(|k| crate::text::words::label_words(k))
                    .filter(|k| !k.is_empty())
                    .collect(),
                match_words: crate::text::words::label_words(&indicator.name),
            });
        }
        // `at_most` rules must not form a cycle (a ≤ b ≤ a says nothing and loops forever).
        for start in 0..indicators.len() {
            let mut current = indicators[start].at_most;
            let mut steps = 0;
            while let Some(next) = current {
                steps += 1;
                if next == start || steps > indicators.len() {
                    let id = &indicators[start].id;
                    return Err(self.error_at(
                        &format!("id: {id}"),
                        0,
                        format!(
                            "các ràng buộc `at_most` tạo thành vòng khép kín qua chỉ tiêu `{id}` (a ≤ b ≤ a): hãy bỏ bớt một ràng buộc"
                        ),
                        format!("`at_most` rules form a cycle through indicator `{id}`"),
                    ));
                }
                current = indicators[next].at_most;
            }
        }
        Ok(Appendix {
            section: Some(section),
            indicators,
        })
    }
}

fn parse_zone(name: &str) -> Option<TimeZone> {
    if let Some(seconds) = parse_offset(name) {
        return jiff::tz::Offset::from_seconds(seconds).ok().map(TimeZone::fixed);
    }
    TimeZone::get(name).ok()
}

/// `+07:00`, `+0700` or `-03:30` as seconds east of UTC.
fn parse_offset(text: &str) -> Option<i32> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 3600 + minutes * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_outline_has_the_campaign() {
        let outline = Outline::builtin();
        let ids: Vec<&str> = outline.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids[..3], ["lanh-dao", "ket-qua", "ket-qua.noi-bat"]);
        assert_eq!(outline.sections.len(), 10);
        assert_eq!(outline.appendix.indicators.len(), 9);
        assert_eq!(outline.sections[0].label().as_deref(), Some("I-"));
        assert_eq!(outline.sections[2].label().as_deref(), Some("a)"));
    }

    #[test]
    fn missing_keys_come_from_the_default() {
        let outline = Outline::parse("deadline: 2026-05-01\n", "o.yaml").expect("valid");
        assert_eq!(outline.deadline, jiff::civil::date(2026, 5, 1));
        assert_eq!(outline.sections.len(), 10);
    }

    #[test]
    fn duplicate_ids_are_located() {
        let text = "sections:\n  - id: a\n    title: A\n  - id: a\n    title: B\n";
        let error = Outline::parse(text, "o.yaml").expect_err("duplicate");
        assert_eq!((error.line, error.column), (4, 5), "{error}");
    }

    #[test]
    fn at_most_cycles_are_refused() {
        let text = "appendix:\n  section: phu-luc\n  indicators:\n    - id: a\n      name: A\n      kind: count\n      at_most: b\n    - id: b\n      name: B\n      kind: count\n      at_most: a\n";
        let error = Outline::parse(text, "o.yaml").expect_err("cycle");
        assert!(error.message.contains("cycle"), "{error}");
    }

    #[test]
    fn own_sections_without_an_appendix_have_none() {
        let outline = Outline::parse("sections:\n  - id: a\n    title: A\n", "o.yaml").expect("valid");
        assert!(outline.appendix.indicators.is_empty());
        assert_eq!(outline.sections.len(), 1);
        let text = "sections:\n  - id: a\n    title: A\n  - id: phu-luc\n    title: Phụ lục\n";
        assert_eq!(
            Outline::parse(text, "o.yaml").expect("valid").appendix.indicators.len(),
            9
        );
    }

    #[test]
    fn unknown_keys_are_located() {
        let error = Outline::parse("title: x\ndeadlin: 2026-01-01\n", "o.yaml").expect_err("typo");
        assert_eq!(error.line, 2, "{error}");
    }
}
