//! `baocao outline`: the outline in effect, so a unit knows what is expected, and where
//! each piece came from (the campaign's file or the built-in default).

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::campaign::Campaign;
use crate::campaign::outline::Kind;
use crate::text::date::short_date;
use crate::text::lang::Lang;

fn origin(campaign: &Campaign, key: &str, lang: Lang) -> String {
    match &campaign.outline_origin {
        Some(path) if campaign.outline.from_file.contains(&key) => path.clone(),
        _ => lang.pick("mặc định", "built-in default").to_owned(),
    }
}

pub fn human(campaign: &Campaign, lang: Lang) -> String {
    let outline = &campaign.outline;
    let label = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {}  [{}]",
        label("Đề cương", "Outline"),
        outline.title,
        origin(campaign, "title", lang)
    );
    let _ = writeln!(
        out,
        "{}: {} [{}]; {}: {} [{}]; {}: {} [{}]",
        label("Hạn cuối của đơn vị", "Units' last day on time"),
        short_date(outline.deadline),
        origin(campaign, "deadline", lang),
        label("hạn báo cáo tổng hợp", "compiled report due"),
        short_date(outline.report_deadline),
        origin(campaign, "report_deadline", lang),
        label("múi giờ", "time zone"),
        outline.time_zone_name,
        origin(campaign, "time_zone", lang),
    );
    let _ = writeln!(
        out,
        "\n{} [{}]:",
        label("Loại đơn vị", "Unit categories"),
        origin(campaign, "categories", lang)
    );
    for category in &outline.categories {
        let _ = writeln!(out, "  {:<20} {}", category.id, category.name);
    }
    let _ = writeln!(
        out,
        "\n{} [{}]:",
        label("Các mục", "Sections"),
        origin(campaign, "sections", lang)
    );
    for section in &outline.sections {
        let indent = "  ".repeat(section.depth);
        let number = section.label().unwrap_or_default();
        let _ = writeln!(
            out,
            "{indent}{number} {}  ({}: {}; {}: {})",
            section.title,
            label("mã", "id"),
            section.id,
            label("tối thiểu", "at least"),
            match lang {
                Lang::Vi => format!("{} từ", section.min_words),
                Lang::En => format!("{} words", section.min_words),
            }
        );
        if !section.aliases.is_empty() {
            let _ = writeln!(
                out,
                "{indent}    {}: {}",
                label("tên khác", "also"),
                section.aliases.join(" · ")
            );
        }
        if !section.keywords.is_empty() {
            let _ = writeln!(
                out,
                "{indent}    {}: {}",
                label("từ khóa", "keywords"),
                section.keywords.join(" · ")
            );
        }
    }
    if !outline.context.is_empty() {
        let _ = writeln!(
            out,
            "\n{}: {}",
            label(
                "Phần bối cảnh (không phải mục của đề cương)",
                "Context parts (not outline sections)"
            ),
            outline.context.join(" · ")
        );
    }
    let appendix = &outline.appendix;
    if let Some(section) = appendix.section.map(|i| &outline.sections[i]) {
        let _ = writeln!(
            out,
            "\n{} ({} {}) [{}]:",
            label("Chỉ tiêu phụ lục", "Appendix indicators"),
            label("bảng trong mục", "table in section"),
            section.id,
            origin(campaign, "appendix", lang)
        );
        for indicator in &appendix.indicators {
            let kind = match indicator.kind {
                Kind::Count => label("số nguyên", "count"),
                Kind::Percent => label("tỷ lệ 0–100", "percent 0–100"),
            };
            let rule = indicator
                .at_most
                .map(|j| format!(", ≤ {}", appendix.indicators[j].id))
                .unwrap_or_default();
            let stt = indicator.stt.map(|n| n.to_string()).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {stt:>2}  {:<16} {}  ({kind}{rule})",
                indicator.id, indicator.name
            );
        }
    }
    let roster = match (&campaign.roster, &campaign.roster_origin) {
        (Some(roster), Some(path)) => match lang {
            Lang::Vi => format!("{path} ({} đơn vị)", roster.units.len()),
            Lang::En => format!("{path} ({} units)", roster.units.len()),
        },
        _ => label("không có: bỏ qua kiểm tra đơn vị", "none: unit checks are skipped").to_owned(),
    };
    let _ = writeln!(out, "\n{}: {roster}", label("Danh sách đơn vị", "Roster"));
    let templates: Vec<String> = crate::output::template::BUILT_IN
        .iter()
        .map(|(name, _)| match campaign.templates.iter().find(|t| t.name == *name) {
            Some(file) => format!("{name} [{}]", file.path),
            None => format!("{name} [{}]", label("mặc định", "built-in")),
        })
        .collect();
    let _ = writeln!(out, "{}: {}", label("Mẫu báo cáo", "Templates"), templates.join(", "));
    out
}

pub fn json(campaign: &Campaign) -> String {
    let outline = &campaign.outline;
    let sections: Vec<Value> = outline
        .sections
        .iter()
        .map(|s| {
            json!({
                "id": s.id, "depth": s.depth, "number": s.number, "label": s.label(), "title": s.title,
                "aliases": s.aliases, "keywords": s.keywords, "hint": s.hint, "min_words": s.min_words,
            })
        })
        .collect();
    let indicators: Vec<Value> = outline
        .appendix
        .indicators
        .iter()
        .map(|i| {
            json!({
                "id": i.id, "stt": i.stt, "name": i.name,
                "kind": match i.kind { Kind::Count => "count", Kind::Percent => "percent" },
                "at_most": i.at_most.map(|j| outline.appendix.indicators[j].id.clone()),
            })
        })
        .collect();
    let value = json!({
        "title": outline.title,
        "language": match outline.language { Lang::Vi => "vi", Lang::En => "en" },
        "deadline": outline.deadline.to_string(),
        "report_deadline": outline.report_deadline.to_string(),
        "time_zone": outline.time_zone_name,
        "categories": outline.categories.iter().map(|c| json!({"id": c.id, "name": c.name, "short": c.short})).collect::<Vec<_>>(),
        "sections": sections,
        "context": outline.context,
        "appendix": {
            "section": outline.appendix.section.map(|i| outline.sections[i].id.clone()),
            "indicators": indicators,
        },
        "sources": {
            "outline": campaign.outline_origin,
            "from_file": outline.from_file,
            "roster": campaign.roster_origin,
            "units": campaign.roster.as_ref().map(|r| r.units.len()),
            "templates": campaign.templates.iter().map(|t| t.path.clone()).collect::<Vec<_>>(),
        },
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
