//! `baocao new`: a unit's draft that already has everything the outline asks for — front
//! matter from the roster, every heading with its Party numbering, a hint under each (as
//! an HTML comment, so it counts as no words), and the appendix table with every row.

use std::fmt::Write as _;

use jiff::civil::Date;

use crate::campaign::outline::Outline;
use crate::campaign::roster::Unit;

pub fn draft(outline: &Outline, unit: &Unit, today: Date) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let mut out = String::new();
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "unit: {}", quote(&unit.name));
    let _ = writeln!(out, "unit_code: {}", quote(&unit.code));
    let _ = writeln!(out, "category: {}", unit.category);
    let _ = writeln!(out, "date: {today}   # ngày của báo cáo: sửa lại khi ký");
    let _ = writeln!(out, "# submitted: {today}T09:00:00+07:00   # ngày gửi (không bắt buộc)");
    let _ = writeln!(out, "# doc_number: \"…-BC/…\"");
    let _ = writeln!(out, "# signer: \"…\"");
    let _ = writeln!(out, "# signer_title: \"…\"");
    let _ = writeln!(out, "---\n");
    let _ = writeln!(out, "**BÁO CÁO**\n");
    if !outline.title.is_empty() {
        let _ = writeln!(out, "**{}**\n", outline.title);
    }
    for (index, section) in outline.sections.iter().enumerate() {
        let heading = section.heading();
        let _ = writeln!(out, "{} {heading}\n", "#".repeat(section.depth.min(6) + 1));
        if let Some(hint) = &section.hint {
            let _ = writeln!(out, "<!-- Gợi ý: {} -->\n", hint.replace("--", "—"));
        }
        if outline.appendix.section == Some(index) {
            out.push_str("| STT | Chỉ tiêu | Số liệu | Ghi chú |\n|---:|---|---:|---|\n");
            for indicator in &outline.appendix.indicators {
                let stt = indicator.stt.map(|n| n.to_string()).unwrap_or_default();
                let _ = writeln!(out, "| {stt} | {} |  |  |", indicator.name.replace('|', "\\|"));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_has_every_heading_and_row() {
        let outline = Outline::builtin();
        let unit = Unit {
            code: "SNV".into(),
            name: "Sở Nội vụ".into(),
            category: "so-nganh".into(),
            due: None,
            aliases: Vec::new(),
        };
        let text = draft(&outline, &unit, jiff::civil::date(2026, 4, 10));
        assert!(text.starts_with("---\nunit: \"Sở Nội vụ\"\nunit_code: \"SNV\"\ncategory: so-nganh\ndate: 2026-04-10"));
        assert!(text.contains("\n## I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n"));
        assert!(text.contains("\n### đ) Chủ trương, giải pháp trong giai đoạn mới\n"));
        assert!(text.contains("| 9 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến (%) |  |  |"));
    }
}
