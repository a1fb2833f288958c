//! A campaign: its outline, its roster, its templates, each optional, as types and pure
//! parsers. Reading them from the campaign folder is `read::campaign`.

pub mod error;
pub mod outline;
pub mod roster;

use crate::campaign::outline::Outline;
use crate::campaign::roster::Roster;

/// Where each piece of the campaign came from, for `baocao outline` and messages.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub outline: Outline,
    pub outline_origin: Option<String>,
    pub roster: Option<Roster>,
    pub roster_origin: Option<String>,
    /// Templates in `templates/` that override or add to the built-in ones.
    pub templates: Vec<TemplateFile>,
    /// `reference.docx`, whose styles replace the Word output's built-in ones: its path as
    /// shown, and its bytes.
    pub reference_docx: Option<(String, Vec<u8>)>,
}

/// A template file of the campaign.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The file name, which is the template's name (`report.md.tera`).
    pub name: String,
    /// The path as shown in messages.
    pub path: String,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use crate::campaign::error::ConfigError;
    use crate::campaign::outline::Outline;
    use crate::campaign::roster::Roster;

    /// The error's Vietnamese is written (not empty, not the English again, with
    /// Vietnamese letters), and the English is the one `english` names: the case reached
    /// the branch it is there for.
    fn said_in_both(error: &ConfigError, english: &str, vietnamese: &str, input: &str) {
        assert!(
            error.message.contains(english),
            "{input:?}: want {english:?} in {:?}",
            error.message
        );
        assert!(
            !error.vi.trim().is_empty() && error.vi != error.message,
            "{input:?}: no Vietnamese: {error:?}"
        );
        assert!(
            error
                .vi
                .chars()
                .any(|c| "ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".contains(c.to_lowercase().next().unwrap_or(c))),
            "{input:?}: not Vietnamese: {}",
            error.vi
        );
        assert!(
            error.vi.contains(vietnamese),
            "{input:?}: want {vietnamese:?} in {:?}",
            error.vi
        );
        // The same place in both languages.
        let (vi, en) = (
            error.text(crate::text::lang::Lang::Vi),
            error.text(crate::text::lang::Lang::En),
        );
        let place = |text: &str| text.len() - text.trim_start_matches(|c| c != ' ').len();
        assert_eq!(vi[..place(&vi)], en[..place(&en)], "{input:?}");
    }

    fn nested_sections(depth: usize) -> String {
        let mut text = String::from("sections:\n");
        for level in 0..depth {
            let indent = "    ".repeat(level);
            text.push_str(&format!("{indent}  - id: s{level}\n{indent}    title: S{level}\n"));
            if level + 1 < depth {
                text.push_str(&format!("{indent}    sections:\n"));
            }
        }
        text
    }

    /// Every error the outline parser makes, one broken outline each: its own checks, the
    /// YAML library's usual messages, and the YAML bounds.
    #[test]
    fn every_outline_error_is_said_in_vietnamese() {
        let appendix = |indicators: &str| {
            format!("sections:\n  - id: a\n    title: A\nappendix:\n  section: a\n  indicators:\n{indicators}")
        };
        let indicator = |id: &str, at_most: &str| {
            format!("    - id: {id}\n      name: Chỉ tiêu {id}\n      kind: count\n{at_most}")
        };
        let cases: Vec<(String, &str, &str)> = vec![
            (
                "language: fr\n".into(),
                "is not `vi` or `en`",
                "không phải `vi` hay `en`",
            ),
            (
                "time_zone: Sao Hỏa\n".into(),
                "is not a time zone name",
                "không phải tên múi giờ",
            ),
            (
                "categories:\n  - id: a\n    name: A\n  - id: a\n    name: B\n".into(),
                "duplicate category id `a`",
                "mã loại đơn vị `a` bị trùng",
            ),
            (
                "sections: []\n".into(),
                "the outline has no sections",
                "không có mục nào",
            ),
            (
                "document:\n  output_name: \"../x\"\n".into(),
                "is not a plain file name",
                "không phải một tên tệp đơn thuần",
            ),
            (
                nested_sections(6),
                "sections nest deeper than 5 levels",
                "lồng nhau quá 5 cấp",
            ),
            (
                "sections:\n  - id: a.b\n    title: A\n".into(),
                "must be non-empty and without `.`",
                "không có dấu `.`",
            ),
            (
                "sections:\n  - id: a\n    title: A\n  - id: a\n    title: B\n".into(),
                "duplicate section id `a`",
                "mã mục `a` bị trùng",
            ),
            (
                "sections:\n  - id: a\n    title: \" \"\n".into(),
                "has an empty title",
                "chưa có tên",
            ),
            (
                "sections:\n  - id: a\n    title: A\n    keywords: [\"một hai ba bốn năm sáu bảy tám chín\"]\n".into(),
                "must have 1 to 8 words",
                "phải có từ 1 đến 8 từ",
            ),
            (
                "sections:\n  - id: a\n    title: A\n    keywords: [Tồn tại, tồn tai]\n".into(),
                "is given twice",
                "được ghi hai lần",
            ),
            (
                "context: [\"\"]\n".into(),
                "must have 1 to 8 words",
                "phải có từ 1 đến 8 từ",
            ),
            (
                "sections:\n  - id: a\n    title: A\nappendix:\n  section: b\n".into(),
                "appendix section `b` is not a section",
                "không phải là mục nào của đề cương",
            ),
            (
                appendix(&(indicator("x", "") + &indicator("x", ""))),
                "duplicate indicator id `x`",
                "mã chỉ tiêu `x` bị trùng",
            ),
            (
                appendix(&indicator("x", "      at_most: y\n")),
                "`at_most: y` names no indicator",
                "không trỏ tới chỉ tiêu nào",
            ),
            (
                appendix(&(indicator("x", "      at_most: y\n") + &indicator("y", "      at_most: x\n"))),
                "form a cycle",
                "vòng khép kín",
            ),
            ("deadline: 31/4/2026\n".into(), "no such day", "không có ngày này"),
            (
                "report_deadline: hôm qua\n".into(),
                "is not a date",
                "không đọc được là ngày tháng",
            ),
            // The YAML library's messages.
            (
                "deadlin: 2026-01-01\n".into(),
                "unknown field `deadlin`",
                "trường `deadlin` không dùng được",
            ),
            (
                "sections:\n  - id: a\n    titel: A\n".into(),
                "unknown field `titel`",
                "trường `titel` không dùng được",
            ),
            (
                "sections:\n  - id: a\n".into(),
                "missing field `title`",
                "thiếu trường `title`",
            ),
            ("language: vi\nlanguage: en\n".into(), "duplicate", "hai lần"),
            (
                "title: [a, b]\n".into(),
                "invalid type",
                "cần chữ, nhưng ở đây là một danh sách",
            ),
            (
                "sections:\n  - id: a\n    title: {x: 1}\n".into(),
                "invalid type",
                "cần chữ, nhưng ở đây là một nhóm trường",
            ),
            (
                "min_words: -1\n".into(),
                "invalid type",
                "cần một số nguyên không âm, nhưng ở đây là số `-1`",
            ),
            ("- just\n- a list\n".into(), "invalid type", "giá trị không đúng loại"),
            (
                "submission_time: later\n".into(),
                "unknown variant `later`",
                "giá trị `later` không dùng được",
            ),
            (
                "title: \"unclosed\nlanguage: vi\n".into(),
                "end of stream",
                "sai cú pháp YAML: tệp hết khi chưa đọc xong một giá trị",
            ),
            (
                "title: Báo cáo: tổng kết\n".into(),
                "mapping values",
                "hãy đặt cả giá trị trong ngoặc kép",
            ),
            (
                "sections:\n  - id: a\n    title: A\n   hint: x\n".into(),
                "did not find expected",
                "thụt lề không khớp",
            ),
            (
                "title: x\n---\ntitle: y\n".into(),
                "more than one document",
                "sai cú pháp YAML (chi tiết kỹ thuật: ",
            ),
            ("sections:\n\t- id: a\n".into(), "", "thụt lề bằng ký tự Tab"),
            (
                format!("sections: {}{}\n", "[".repeat(100), "]".repeat(100)),
                "nested deeper than 64 levels",
                "lồng nhau sâu quá 64 cấp",
            ),
            (
                "title: &t x\ncontext: [&u [*t], *u]\n".into(),
                "nested aliases are not accepted",
                "không nhận tham chiếu lồng nhau",
            ),
            (
                format!(
                    "title: &t \"{}\"\ncontext: [{}]\n",
                    "x".repeat(1 << 20),
                    "*t, ".repeat(3)
                ),
                "aliases would expand to more than 1 MiB",
                "bung ra quá 1 MiB",
            ),
        ];
        for (text, english, vietnamese) in &cases {
            let error = Outline::parse(text, "outline.yaml").expect_err(text);
            said_in_both(&error, english, vietnamese, text);
        }
    }

    /// Every error the roster parser makes, one broken roster each.
    #[test]
    fn every_roster_error_is_said_in_vietnamese() {
        let outline = Outline::builtin();
        let unit =
            |code: &str, rest: &str| format!("  - code: {code}\n    name: Đơn vị\n    category: so-nganh\n{rest}");
        let cases: Vec<(String, &str, &str)> = vec![
            (
                format!("units:\n{}", unit("\"\"", "")),
                "a unit has an empty `code`",
                "để trống mã đơn vị",
            ),
            (
                format!("units:\n{}", unit("\"A/B\"", "")),
                "may hold only letters",
                "chỉ được gồm chữ cái",
            ),
            (
                format!("units:\n{}{}", unit("SNV", ""), unit("SNV", "")),
                "unit code `SNV` appears twice",
                "mã đơn vị `SNV` xuất hiện hai lần",
            ),
            (
                "units:\n  - code: SNV\n    name: x\n    category: so-ngnah\n".into(),
                "is not in the outline",
                "không có trong đề cương (có phải “so-nganh”?)",
            ),
            (
                format!("units:\n{}", unit("SNV", "    due: 2026-13-01\n")),
                "`due: 2026-13-01`",
                "đơn vị `SNV`: `due: 2026-13-01`",
            ),
            (
                "units:\n  - code: SNV\n    nam: x\n    category: so-nganh\n".into(),
                "unknown field `nam`",
                "ở `units[0]`: trường `nam` không dùng được",
            ),
            (
                "unit: []\n".into(),
                "unknown field `unit`",
                "trường `unit` không dùng được",
            ),
            ("{}\n".into(), "missing field `units`", "thiếu trường `units`"),
        ];
        for (text, english, vietnamese) in &cases {
            let error = Roster::parse(text, "units.yaml", &outline).expect_err(text);
            said_in_both(&error, english, vietnamese, text);
        }
    }
}
