//! Every YAML call of the program, so the YAML library can be swapped in one place.
//! `serde_norway` is the maintained fork of `serde_yaml`; it keeps libyaml's limits on
//! nesting depth and alias expansion, so a hostile file fails instead of exploding.

use serde::de::DeserializeOwned;

/// A YAML problem, 1-based line and column within the YAML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    /// In English, as the library says it.
    pub message: String,
    /// In Vietnamese: the library's usual messages said anew, the others inside a
    /// Vietnamese sentence.
    pub vi: String,
}

impl YamlError {
    /// The library's error about `text`.
    fn from_library(error: &serde_norway::Error, text: &str) -> Self {
        let (line, column) = error.location().map_or((1, 1), |l| (l.line(), l.column()));
        let message = error.to_string();
        // The library appends " at line L column C"; the caller says where.
        let message = match message.find(" at line ") {
            Some(cut) => message[..cut].to_owned(),
            None => message,
        };
        // libyaml says a tab that indents is a character that cannot start a token.
        let tab_indented = text
            .lines()
            .nth(line.saturating_sub(1))
            .is_some_and(|l| l[..l.len() - l.trim_start().len()].contains('\t'));
        let vi = if tab_indented {
            format!(
                "dòng này thụt lề bằng ký tự Tab (chi tiết kỹ thuật: {message}): YAML chỉ thụt lề bằng dấu cách; hãy thay Tab bằng dấu cách"
            )
        } else {
            vietnamese(&message)
        };
        YamlError {
            line,
            column,
            message,
            vi,
        }
    }
}

/// The library's message in Vietnamese. serde_norway puts the path of the value first
/// (`sections[0]: missing field `title``); serde's messages about fields and variants,
/// and libyaml's about tabs, are said anew; any other is given as technical detail.
fn vietnamese(message: &str) -> String {
    let (place, rest) = match message.split_once(": ") {
        Some((path, rest)) if !path.is_empty() && !path.contains([' ', '`', '"', '\'']) && !rest.starts_with(' ') => {
            (Some(path), rest)
        }
        _ => (None, message),
    };
    let said = said_in_vietnamese(rest).unwrap_or_else(|| {
        format!("sai cú pháp YAML (chi tiết kỹ thuật: {rest}): hãy sửa lại cho đúng ở dòng, cột đã chỉ")
    });
    match place {
        Some(place) => format!("ở `{place}`: {said}"),
        None => said,
    }
}

fn said_in_vietnamese(message: &str) -> Option<String> {
    // `unknown field `x`, expected one of `a`, `b``, `... expected `a` or `b``,
    // `... expected `a``, `..., there are no fields` (and the same for variants).
    let quoted = |rest: &str| -> Option<(String, String)> {
        let rest = rest.strip_prefix('`')?;
        let end = rest.find("`, ").or_else(|| rest.strip_suffix('`').map(str::len))?;
        Some((rest[..end].to_owned(), rest[end..].trim_start_matches('`').to_owned()))
    };
    let expected = |after: &str| -> Option<String> {
        let after = after.strip_prefix(", ")?;
        if after.starts_with("there are no ") {
            return Some(String::new());
        }
        let list = after.strip_prefix("expected ")?;
        let list = list.strip_prefix("one of ").unwrap_or(list);
        Some(list.replace("` or `", "` hoặc `"))
    };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, after) = quoted(rest)?;
        let allowed = expected(&after)?;
        return Some(if allowed.is_empty() {
            format!("trường `{field}` không dùng được ở chỗ này (ở đây không có trường nào): hãy xoá dòng này")
        } else {
            format!(
                "trường `{field}` không dùng được ở chỗ này; các trường dùng được: {allowed}: hãy sửa lại tên trường nếu viết sai, hoặc xoá dòng này"
            )
        });
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, after) = quoted(rest)?;
        let allowed = expected(&after).filter(|allowed| !allowed.is_empty())?;
        return Some(format!(
            "giá trị `{value}` không dùng được; các giá trị dùng được: {allowed}: hãy chọn một trong các giá trị đó"
        ));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let (field, after) = quoted(rest)?;
        return after
            .is_empty()
            .then(|| format!("thiếu trường `{field}`: hãy thêm dòng `{field}: …` vào chỗ này"));
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        let (field, after) = quoted(rest)?;
        return after
            .is_empty()
            .then(|| format!("trường `{field}` được ghi hai lần: hãy giữ lại một"));
    }
    for (prefix, what) in [
        ("invalid type: ", "giá trị không đúng loại"),
        ("invalid value: ", "giá trị không hợp lệ"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (found, wanted) = rest.rsplit_once(", expected ")?;
            return Some(match (found_in_vietnamese(found), wanted_in_vietnamese(wanted)) {
                (Some(found), Some(wanted)) => {
                    format!("{what}: cần {wanted}, nhưng ở đây là {found}: hãy sửa lại giá trị này")
                }
                _ => format!("{what} (chi tiết kỹ thuật: {message}): hãy sửa lại giá trị này"),
            });
        }
    }
    // libyaml's commonest, with what usually causes them.
    let (what, remedy) = if message.contains("tab character") {
        (
            "có ký tự Tab dùng để thụt lề",
            "YAML chỉ thụt lề bằng dấu cách; hãy thay Tab bằng dấu cách",
        )
    } else if message.starts_with("found unexpected end of stream") {
        (
            "tệp hết khi chưa đọc xong một giá trị",
            "hãy kiểm tra dấu ngoặc kép `\"` hay dấu ngoặc `[`, `{` đã mở mà chưa đóng",
        )
    } else if message.starts_with("mapping values are not allowed") {
        (
            "có dấu hai chấm và dấu cách (`: `) ở chỗ không được dùng",
            "nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép (\"…\")",
        )
    } else if message.starts_with("did not find expected key") || message.starts_with("did not find expected '-'") {
        (
            "thụt lề không khớp với các dòng trên",
            "hãy thụt lề các dòng cùng cấp bằng cùng số dấu cách",
        )
    } else {
        return None;
    };
    Some(format!(
        "sai cú pháp YAML: {what} (chi tiết kỹ thuật: {message}): {remedy}"
    ))
}

/// What serde says it found (`string "x"`, `integer `5``, `unit value`), in Vietnamese.
fn found_in_vietnamese(found: &str) -> Option<String> {
    let kinds = [
        ("boolean ", "giá trị đúng/sai "),
        ("integer ", "số "),
        ("floating point ", "số "),
        ("string ", "chữ "),
    ];
    for (english, vietnamese) in kinds {
        if let Some(value) = found.strip_prefix(english) {
            return Some(format!("{vietnamese}{value}"));
        }
    }
    Some(
        match found {
            "unit value" => "giá trị trống",
            "sequence" => "một danh sách",
            "map" => "một nhóm trường (`trường: giá trị`)",
            _ => return None,
        }
        .to_owned(),
    )
}

/// What serde says it expected (`a string`, `struct Category`, `usize`), in Vietnamese.
fn wanted_in_vietnamese(wanted: &str) -> Option<&'static str> {
    Some(match wanted {
        "a string" | "a borrowed string" | "string" => "chữ",
        "a sequence" => "một danh sách (các dòng `- …`)",
        "a boolean" => "`true` hoặc `false`",
        "u8" | "u16" | "u32" | "u64" | "usize" => "một số nguyên không âm",
        "i8" | "i16" | "i32" | "i64" | "isize" => "một số nguyên",
        _ if wanted.starts_with("struct ") => "một nhóm trường (`trường: giá trị`)",
        _ => return None,
    })
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
        vi: format!(
            "các phần trong tệp lồng nhau sâu quá {MAX_NESTING} cấp: hãy kiểm tra lại các dấu ngoặc `[`, `{{` và cách thụt lề"
        ),
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
    check_aliases(text)?;
    serde_norway::from_str(text).map_err(|e| YamlError::from_library(&e, text))
}

/// Most bytes that aliases may add to a campaign file when expanded. The library bounds
/// how many times aliases are followed, not what each brings: an alias of a 2 MB string
/// repeated 3,000 times is 6 GB.
pub const MAX_ALIAS_EXPANSION: usize = 1 << 20;

/// An anchor (`&name`) or alias (`*name`) where a node starts, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Property {
    alias: bool,
    name: String,
    line: usize,
    column: usize,
    /// Byte offset of the line it is on.
    line_start: usize,
    indent: usize,
}

/// Every anchor and alias of `text` where a node may start (after `: `, `- `, `? `, `[`,
/// `{`, `,`, or at a line's start), outside quotes and comments. Errs on the side of
/// finding too many: one found where YAML has none only makes the bounds stricter.
fn properties(text: &str) -> Vec<Property> {
    let mut found = Vec::new();
    if memchr::memchr2(b'&', b'*', text.as_bytes()).is_none() {
        return found;
    }
    let mut line_start = 0;
    for (index, line) in text.split('\n').enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let mut node_start = true;
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (at, c) in line.char_indices() {
            match quote {
                Some(q) => {
                    if c == q {
                        quote = None;
                    }
                }
                None => match c {
                    '"' | '\'' if node_start => quote = Some(c),
                    '#' if previous == ' ' || at == 0 => break,
                    '&' | '*' if node_start => {
                        let name: String = line[at + 1..]
                            .chars()
                            .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '[' | ']' | '{' | '}'))
                            .collect();
                        if !name.is_empty() {
                            found.push(Property {
                                alias: c == '*',
                                name,
                                line: index + 1,
                                column: line[..at].chars().count() + 1,
                                line_start,
                                indent,
                            });
                        }
                        node_start = false;
                    }
                    ' ' | '\t' | '\r' => {}
                    '[' | '{' | ',' => node_start = true,
                    ':' | '-' | '?' => node_start = line[at + 1..].starts_with([' ', '\t']) || at + 1 == line.len(),
                    _ => node_start = false,
                },
            }
            previous = c;
        }
        line_start += line.len() + 1;
    }
    found
}

/// Refuses a campaign file whose aliases could expand to more than
/// [`MAX_ALIAS_EXPANSION`] bytes. An anchored node is taken to run from its anchor to the
/// next line indented no deeper than the anchor's line (at least as far as YAML lets it
/// run); an alias inside one is refused, since nested aliases multiply; the others add
/// at most their anchored node's bytes each.
fn check_aliases(text: &str) -> Result<(), YamlError> {
    let found = properties(text);
    if !found.iter().any(|p| p.alias) {
        return Ok(());
    }
    // Each anchor's extent in bytes: [start, end).
    let mut extents: Vec<(&str, usize, usize)> = Vec::new();
    for anchor in found.iter().filter(|p| !p.alias) {
        let start = anchor.line_start;
        let mut end = text.len();
        let mut at = text[start..].find('\n').map_or(text.len(), |e| start + e + 1);
        while at < text.len() {
            let line = &text[at..text[at..].find('\n').map_or(text.len(), |e| at + e)];
            let indent = line.len() - line.trim_start_matches(' ').len();
            if !line.trim().is_empty() && !line.trim_start().starts_with('#') && indent <= anchor.indent {
                end = at;
                break;
            }
            at += line.len() + 1;
        }
        extents.push((anchor.name.as_str(), start, end));
    }
    let mut total = 0usize;
    for alias in found.iter().filter(|p| p.alias) {
        let refused = |vi: String, message: String| YamlError {
            line: alias.line,
            column: alias.column,
            message,
            vi,
        };
        let offset = alias.line_start;
        if extents.iter().any(|(_, start, end)| (*start..*end).contains(&offset)) {
            return Err(refused(
                format!(
                    "tham chiếu `*{}` nằm trong một phần đã đặt neo (`&`): không nhận tham chiếu lồng nhau; hãy viết thẳng giá trị ra",
                    alias.name
                ),
                format!(
                    "alias `*{}` inside an anchored node: nested aliases are not accepted",
                    alias.name
                ),
            ));
        }
        total += extents
            .iter()
            .rev()
            .find(|(name, start, _)| *name == alias.name && *start <= offset)
            .map_or(text.len(), |(_, start, end)| end - start);
        if total > MAX_ALIAS_EXPANSION {
            return Err(refused(
                format!(
                    "các tham chiếu (`*tên`) sẽ bung ra quá {} MiB: hãy viết thẳng giá trị thay cho tham chiếu",
                    MAX_ALIAS_EXPANSION >> 20
                ),
                format!("aliases would expand to more than {} MiB", MAX_ALIAS_EXPANSION >> 20),
            ));
        }
    }
    Ok(())
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
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    match simple_mapping(text) {
        Some(fields) => Ok(fields),
        None => library_mapping(text),
    }
}

/// Front matter as nearly every unit writes it — `key: value` lines of plain or quoted
/// text — read without the YAML library, which spent a tenth of `check`'s time on eight
/// lines per report. `None` for anything else; the library decides those. Whatever this
/// accepts, the library reads the same way (a test holds the two together).
fn simple_mapping(text: &str) -> Option<Vec<(String, Scalar)>> {
    let mut fields: Vec<(String, Scalar)> = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim_matches(' ').is_empty() {
            continue;
        }
        if !line.chars().all(|c| c != '\r' && c != '\t' && is_yaml_printable(c)) {
            return None;
        }
        let (key, rest) = line.split_once(':')?;
        // A front matter has a handful of keys: a scan beats hashing them, and a mapping
        // long enough for the scan to cost is left to the library.
        if !is_simple_key(key) || fields.len() >= SIMPLE_MAX_KEYS || fields.iter().any(|(seen, _)| seen == key) {
            return None;
        }
        let value = rest.trim_matches(' ');
        let scalar = if value.is_empty() {
            Scalar::Null
        } else if rest.starts_with(' ') {
            Scalar::Text(simple_value(value)?.to_owned())
        } else {
            return None;
        };
        fields.push((key.to_owned(), scalar));
    }
    Some(fields)
}

/// A document that is one key over a list of flat mappings — `units:`, then `  - code:
/// X` and `    name: …` — each item read as [`simple_mapping`] reads front matter, read
/// without the YAML library (a national roster of thousands of units took it longer than
/// a hundred reports). Comment and blank lines are passed over. `None` for anything else;
/// the library decides those.
pub fn simple_list(text: &str, key: &str) -> Option<Vec<Vec<(String, Scalar)>>> {
    let mut lines = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .filter(|line| {
            let content = line.trim_start_matches(' ');
            !content.is_empty() && !content.starts_with('#')
        });
    if lines.next()?.strip_suffix(':')? != key {
        return None;
    }
    // Each item's lines without their indentation: `- ` opens one, its other keys are
    // two spaces further in.
    let mut items: Vec<String> = Vec::new();
    let mut indent = None;
    for line in lines {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        let content = &line[spaces..];
        let item = *indent.get_or_insert(spaces);
        match content.strip_prefix("- ") {
            Some(first) if spaces == item => items.push(first.to_owned()),
            _ if spaces == item + 2 => items.last_mut()?.push_str(content),
            _ => return None,
        }
        items.last_mut()?.push('\n');
    }
    // No item is the library's to refuse (an empty list is written `[]`).
    if items.is_empty() {
        return None;
    }
    items.iter().map(|item| simple_mapping(item)).collect()
}

/// Most keys of a mapping read without the YAML library.
const SIMPLE_MAX_KEYS: usize = 64;

/// Characters YAML allows in a document (libyaml refuses the others), less the ones it
/// takes for line breaks (U+0085, U+2028, U+2029).
fn is_yaml_printable(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        && !matches!(c, '\u{2028}' | '\u{2029}')
        || c >= '\u{10000}'
}

/// A key that is a plain string to YAML: a short identifier, not a null or a boolean.
fn is_simple_key(key: &str) -> bool {
    let mut chars = key.chars();
    key.len() <= 64
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !is_null_or_bool(key)
}

fn is_null_or_bool(text: &str) -> bool {
    matches!(
        text,
        "null" | "Null" | "NULL" | "~" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
    )
}

/// The text of a one-line value that YAML reads as a string: quoted without escapes, or
/// plain and neither a null, a boolean nor a number.
fn simple_value(value: &str) -> Option<&str> {
    let quoted = |quote: char| {
        let inner = value.strip_prefix(quote)?.strip_suffix(quote)?;
        (!inner.contains([quote, '\\'])).then_some(inner)
    };
    match value.chars().next()? {
        '"' => quoted('"'),
        '\'' => quoted('\''),
        // Indicators, and signs and dots that may start a number.
        '-' | '+' | '.' | '?' | ':' | ',' | '[' | ']' | '{' | '}' | '#' | '&' | '*' | '!' | '|' | '>' | '%' | '@'
        | '`' => None,
        _ => {
            let number = value.parse::<f64>().is_ok() || ["0x", "0o", "0b"].iter().any(|p| value.starts_with(p));
            let special = value.contains(": ") || value.contains(" #") || value.ends_with(':');
            (!number && !special && !is_null_or_bool(value)).then_some(value)
        }
    }
}

/// Any mapping, through the YAML library.
fn library_mapping(text: &str) -> Result<Vec<(String, Scalar)>, YamlError> {
    use serde_norway::Value;
    check_nesting(text)?;
    // No report needs an anchor; one alias of a large string repeated is gigabytes.
    if let Some(anchor) = properties(text).into_iter().next() {
        return Err(YamlError {
            line: anchor.line,
            column: anchor.column,
            message: "anchors and aliases (`&name`, `*name`) are not accepted in front matter".into(),
            vi: "phần thông tin đầu tệp không nhận neo và tham chiếu (`&tên`, `*tên`): hãy viết thẳng giá trị".into(),
        });
    }
    let value: Value = serde_norway::from_str(text).map_err(|e| YamlError::from_library(&e, text))?;
    let map = match value {
        Value::Mapping(map) => map,
        Value::Null => return Ok(Vec::new()),
        _ => {
            return Err(YamlError {
                line: 1,
                column: 1,
                message: "expected `key: value` lines".into(),
                vi: "cần các dòng dạng `trường: giá trị`".into(),
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
    fn the_library_s_messages_are_said_in_vietnamese() {
        let cases = [
            (
                "units[2]: unknown field `nam`, expected `name` or `code`",
                "ở `units[2]`: trường `nam` không dùng được ở chỗ này; các trường dùng được: `name` hoặc `code`: hãy sửa lại tên trường nếu viết sai, hoặc xoá dòng này",
            ),
            (
                "unknown field `x`, there are no fields",
                "trường `x` không dùng được ở chỗ này (ở đây không có trường nào): hãy xoá dòng này",
            ),
            (
                "kind: unknown variant `sum`, expected `count` or `percent`",
                "ở `kind`: giá trị `sum` không dùng được; các giá trị dùng được: `count` hoặc `percent`: hãy chọn một trong các giá trị đó",
            ),
            (
                "a: invalid value: integer `-1`, expected u32",
                "ở `a`: giá trị không hợp lệ: cần một số nguyên không âm, nhưng ở đây là số `-1`: hãy sửa lại giá trị này",
            ),
            (
                "a: invalid type: newtype struct, expected a string",
                "ở `a`: giá trị không đúng loại (chi tiết kỹ thuật: invalid type: newtype struct, expected a string): hãy sửa lại giá trị này",
            ),
            (
                "recursion limit exceeded",
                "sai cú pháp YAML (chi tiết kỹ thuật: recursion limit exceeded): hãy sửa lại cho đúng ở dòng, cột đã chỉ",
            ),
        ];
        for (english, vietnamese) in cases {
            assert_eq!(super::vietnamese(english), vietnamese, "{english}");
        }
        let error = from_str::<std::collections::BTreeMap<String, String>>("a: b\n\tc: d\n").expect_err("tab");
        assert!(error.vi.contains("Tab"), "{error:?}");
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
    fn simple_front_matter_reads_as_the_library_reads_it() {
        let keys = ["unit", "unit_code", "date", "x_1", "true", "1a", "a-b", "unit"];
        let values = [
            "",
            " ",
            " Sở Nội vụ",
            " \"Sở Nội vụ\"",
            " 'Sở'",
            " \"a\\\"b\"",
            " 'it''s'",
            " SN0001",
            " 12/04/2026",
            " 2026-04-13T15:02:00+07:00",
            " 2026",
            " 1.50",
            " 1e3",
            " 0x1F",
            " 007",
            " inf",
            " .inf",
            " -5",
            " +5",
            " true",
            " False",
            " ~",
            " null",
            " a: b",
            " a #c",
            " a:",
            " [1]",
            " {a: 1}",
            " *x",
            " &x y",
            " |",
            " >",
            " \"32-BC/ĐU\"",
            " x  ",
            "x",
            " \u{0085}x",
            " a\u{2028}b",
            " \u{0080}",
            " \u{FEFF}a",
            " a\tb",
            " \"a",
            " 'a",
            " %x",
            " @x",
            " `x",
            " !x",
            " ? x",
            " , x",
            " #x",
            " nan",
            " NaN",
            " Infinity",
            " 1_000",
            " +.5",
            " 0o7",
            " 0b1",
        ];
        let mut next = crate::text::draws(0x9E37_79B9_7F4A_7C15);
        let mut simple = 0;
        for _ in 0..60_000 {
            let mut text = String::new();
            for _ in 0..=next(4) {
                let ending = ["\n", "\r\n", "\n\n", "\n  \n"][next(4)];
                text.push_str(&format!(
                    "{}:{}{ending}",
                    keys[next(keys.len())],
                    values[next(values.len())]
                ));
            }
            if let Some(fields) = simple_mapping(&text) {
                simple += 1;
                assert_eq!(Ok(fields), library_mapping(&text), "{text:?}");
            }
        }
        assert!(simple > 1_000, "{simple}");
        let report = "unit: \"Sở Nội vụ\"\nunit_code: SN0001\ndate: 12/04/2026\nsubmitted: 2026-04-13T15:02:00+07:00\n";
        assert!(simple_mapping(report).is_some());
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
    fn aliases_of_large_strings_are_refused_by_bytes() {
        let big = "x".repeat(200_000);
        let text = format!("title: &s \"{big}\"\nlist: [*s, *s, *s, *s, *s, *s]\n");
        let error = check_aliases(&text).expect_err("12 × 200 kB");
        assert_eq!((error.line, error.column), (2, 28));
        assert!(check_aliases("a: &x [1, 2]\nb: *x\nc: \"*x & *y\"\n# *x\n").is_ok());
        let nested = "a: &a\n  - 1\n  - 2\nb: &b\n  - *a\n  - *a\nc: [*b, *b]\n";
        assert!(check_aliases(nested).expect_err("nested").message.contains("nested"));
        assert!(
            mapping("signer: [&s \"ký\", *s]\n")
                .expect_err("front matter")
                .message
                .contains("anchors")
        );
        assert!(mapping("unit: \"Sở A & B\"\nsigner: Trần *Văn* A\n").is_ok());
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
