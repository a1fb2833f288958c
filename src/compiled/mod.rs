//! The provincial report's view-model, from the roll (`roll`: which report counts for
//! each unit): the excerpts of every section in the plan's order, the exact totals of the
//! appendix, the document's own fields. Pure: no clock, no files, no templates.

use jiff::civil::Date;
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::across::Outcome;
use crate::campaign::outline::{Kind, Outline};
use crate::campaign::roster::Roster;
use crate::report::appendix::Reading;
use crate::report::excerpt::{Own, Text};
use crate::roll::{CategoryView, Counted, Roll, Status, UnitView, roll};
use crate::text::date::short_date;
use crate::text::date::written_vi;
use crate::text::number::format_decimal;

/// Everything a template receives. Field names are part of the template interface
/// documented in the README.
#[derive(Debug, Clone, Serialize)]
pub struct Compiled {
    pub campaign: CampaignView,
    pub document: DocumentView,
    /// The YAML lines (without `---`) that make the compiled Markdown a report of the
    /// next level up.
    pub front_matter: String,
    pub status: Status,
    pub sections: Vec<SectionView>,
    pub appendix: AppendixView,
    /// Every roster unit (or every identified unit without a roster), in report order.
    pub units: Vec<UnitView>,
    /// Categories that have units, in the plan's order.
    pub categories: Vec<CategoryView>,
    /// Whether the outline has an appendix section (the signature goes before it).
    pub has_appendix: bool,
    /// "Nội dung khác của các đơn vị": what units wrote outside every outline section,
    /// by category, so no paragraph of theirs is lost.
    pub other: Vec<ExcerptGroup>,
    /// Per unit with such text, how many paragraphs went there (said by `compile`).
    pub other_counts: Vec<OtherCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OtherCount {
    pub unit_code: String,
    pub unit_name: String,
    pub paragraphs: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct CampaignView {
    pub title: String,
    /// Last day on time for units, `19/04/2026`.
    pub deadline: String,
    pub report_deadline: String,
    /// The reporting date, `29/04/2026`, and as written in the date line.
    pub as_of: String,
    pub as_of_iso: String,
    pub as_of_written: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub superior_body: String,
    pub issuing_body: String,
    pub number: String,
    pub place: String,
    /// `Nghệ An, ngày 29 tháng 4 năm 2026`.
    pub place_date: String,
    pub r#type: String,
    pub subject: String,
    pub unit: String,
    pub unit_code: String,
    pub signature_on_behalf: String,
    pub signature_title: String,
    pub signature_name: String,
    pub recipients: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    pub id: String,
    pub depth: usize,
    /// `I-`, `1.`, `a)`, or empty.
    pub label: String,
    pub title: String,
    /// The heading as printed: label and title, parts in capitals.
    pub heading: String,
    /// `#` repeated `depth` times, for Markdown templates.
    pub hashes: String,
    pub is_appendix: bool,
    pub groups: Vec<ExcerptGroup>,
    /// Names of counting units that did not write this section.
    pub silent: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExcerptGroup {
    pub category: String,
    pub category_name: String,
    pub excerpts: Vec<Excerpt>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Excerpt {
    pub unit_code: String,
    pub unit_name: String,
    pub late: bool,
    /// The unit's own Markdown, headings demoted below the section, blocks it left open
    /// closed. Templates make HTML of it with the `markdown` filter.
    pub markdown: crate::report::excerpt::Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct AppendixView {
    pub indicators: Vec<IndicatorView>,
    /// Per-unit values: one row per counting unit.
    pub rows: Vec<UnitValues>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub id: String,
    pub stt: String,
    pub name: String,
    pub kind: &'static str,
    /// The total (counts) or mean (percents), printed the Vietnamese way; empty if none.
    pub total: String,
    pub reported: usize,
    /// One cell per entry of `categories`, printed.
    pub by_category: Vec<String>,
    pub missing: Vec<String>,
    /// Units that marked the indicator not applicable (`x`, `Không áp dụng`): not counted.
    pub not_applicable: Vec<String>,
    pub invalid: Vec<ValueNote>,
    /// Values over the one their `at_most` rule names: not counted.
    pub over_limit: Vec<ValueNote>,
    /// Values whose `at_most` bound the unit gave no counted figure for: not counted.
    pub unbounded: Vec<ValueNote>,
    /// Who has no figure counted and why, in words (`chưa có số liệu: …; …`): empty when
    /// every counting unit's figure counts. One sentence for every output.
    pub note: String,
    #[serde(skip)]
    pub figures: Figures,
}

#[derive(Debug, Clone, Serialize)]
pub struct ValueNote {
    pub unit: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitValues {
    pub unit_code: String,
    pub unit_name: String,
    pub category_name: String,
    pub values: Vec<String>,
    /// The readings behind `values`, for outputs that keep figures as numbers (Excel).
    #[serde(skip)]
    pub readings: Vec<Reading>,
}

/// Exact figures of one indicator, for the JSON output.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub total: Option<Decimal>,
    pub reported: usize,
    pub by_category: Vec<(String, Option<Decimal>)>,
}

pub fn compile(outline: &Outline, roster: Option<&Roster>, outcome: &Outcome, as_of: Date) -> Compiled {
    let Roll {
        units,
        categories,
        status,
        counted,
    } = roll(outline, roster, outcome);
    // Each section gathers one excerpt from every unit: a national report's sections are
    // made side by side, in outline order.
    let structure = own_lines(&counted, &categories);
    let (sections, appendix) = rayon::join(
        || {
            (0..outline.sections.len())
                .into_par_iter()
                .map(|index| section_view(outline, index, &counted, &categories, &structure))
                .collect()
        },
        || appendix_view(outline, &counted, &categories),
    );
    let document = document_view(outline, as_of);
    let (other, other_counts) = other_view(outline, &counted, &categories, &structure);
    Compiled {
        other,
        other_counts,
        campaign: CampaignView {
            title: outline.title.clone(),
            deadline: short_date(outline.deadline),
            report_deadline: short_date(outline.report_deadline),
            as_of: short_date(as_of),
            as_of_iso: as_of.to_string(),
            as_of_written: written_vi(as_of),
        },
        front_matter: front_matter(outline, as_of),
        document,
        status,
        sections,
        appendix,
        units,
        categories,
        has_appendix: outline.appendix.section.is_some(),
    }
}

fn in_category(category: &str, view: &CategoryView, outline: &Outline) -> bool {
    if view.id.is_empty() {
        outline.category(category).is_none()
    } else {
        category == view.id
    }
}

/// Titles of the compiled report's own parts for units' text, which no unit's paragraph
/// may pass for.
pub const OTHER_TITLE: &str = "Nội dung khác của các đơn vị";
pub const NOTES_TITLE: &str = "Ghi chú của các đơn vị về số liệu";

/// The lines of the compiled report's own structure between excerpts, folded: every
/// unit's and category's name (the attribution lines), and the titles of the parts that
/// hold units' text.
fn own_lines(counted: &[Counted], categories: &[CategoryView]) -> crate::report::excerpt::OwnLines {
    counted
        .iter()
        .map(|u| u.name.as_str())
        .chain(categories.iter().map(|c| c.name.as_str()))
        .chain([OTHER_TITLE, NOTES_TITLE])
        .map(crate::text::fold::fold_name)
        .filter(|name| !name.is_empty())
        .collect()
}

/// A unit's text as an excerpt: a paragraph that would pass for a line of the compiled
/// report's own structure loses the look of one, and its footnotes are labelled as the
/// unit's.
fn excerpt_of(unit: &Counted, markdown: &Text, structure: &crate::report::excerpt::OwnLines) -> Excerpt {
    let markdown = match crate::report::excerpt::unforgeable(markdown, structure) {
        Some(text) => Text::from(text),
        None => markdown.clone(),
    };
    Excerpt {
        unit_code: unit.code.clone(),
        unit_name: unit.name.clone(),
        late: unit.file.late_days.unwrap_or(0) > 0,
        markdown: match crate::report::excerpt::own_footnotes(&markdown, &unit.code) {
            Some(text) => Text::from(text),
            None => markdown,
        },
    }
}

/// Excerpts grouped by their units' categories, in the units' order: a category's units
/// are listed together under its name.
fn grouped<'u, 'a: 'u>(
    outline: &Outline,
    categories: &[CategoryView],
    excerpts: impl IntoIterator<Item = (&'u Counted<'a>, Excerpt)>,
) -> Vec<ExcerptGroup> {
    let mut groups: Vec<ExcerptGroup> = Vec::new();
    for (unit, excerpt) in excerpts {
        let category = categories.iter().find(|c| in_category(&unit.category, c, outline));
        let (category_id, category_name) =
            category.map_or((String::new(), String::new()), |c| (c.id.clone(), c.name.clone()));
        match groups
            .last_mut()
            .filter(|g| g.category == category_id && g.category_name == category_name)
        {
            Some(group) => group.excerpts.push(excerpt),
            None => groups.push(ExcerptGroup {
                category: category_id,
                category_name,
                excerpts: vec![excerpt],
            }),
        }
    }
    groups
}

/// What one unit contributes to one section.
enum Piece {
    /// No text kept, or nothing but blank lines under the heading.
    Nothing,
    /// The section is missing from the unit's report.
    Silent,
    Written(Excerpt),
}

fn piece(unit: &Counted, index: usize, structure: &crate::report::excerpt::OwnLines) -> Piece {
    match unit.file.report.excerpts.get(index) {
        // Not a text file: nothing to say either way.
        None => Piece::Nothing,
        Some(Own::NotPlaced | Own::Empty { children: false }) => Piece::Silent,
        // The unit wrote its sub-sections, not this section's own lead-in.
        Some(Own::Empty { children: true }) => Piece::Nothing,
        Some(Own::Written(markdown)) => Piece::Written(excerpt_of(unit, markdown, structure)),
    }
}

/// What `compile` says of the text it put in "Nội dung khác của các đơn vị": one line
/// per unit with the number of paragraphs, so that nothing is moved unseen.
pub fn other_summary(compiled: &Compiled, lang: crate::text::lang::Lang) -> String {
    use std::fmt::Write as _;
    if compiled.other_counts.is_empty() {
        return String::new();
    }
    let mut out = match lang {
        crate::text::lang::Lang::Vi => {
            "Nội dung ngoài các mục của đề cương, đưa vào phần “Nội dung khác của các đơn vị”:\n".to_owned()
        }
        crate::text::lang::Lang::En => {
            "Text outside the outline's sections, put in the part “Nội dung khác của các đơn vị”:\n".to_owned()
        }
    };
    for count in &compiled.other_counts {
        let _ = match lang {
            crate::text::lang::Lang::Vi => writeln!(
                out,
                "  {} ({}): {} đoạn",
                count.unit_name, count.unit_code, count.paragraphs
            ),
            crate::text::lang::Lang::En => writeln!(
                out,
                "  {} ({}): {} paragraphs",
                count.unit_name, count.unit_code, count.paragraphs
            ),
        };
    }
    out.push('\n');
    out
}

/// The part for text outside every outline section, grouped like a section's excerpts.
fn other_view(
    outline: &Outline,
    counted: &[Counted],
    categories: &[CategoryView],
    structure: &crate::report::excerpt::OwnLines,
) -> (Vec<ExcerptGroup>, Vec<OtherCount>) {
    let mut counts = Vec::new();
    let mut excerpts = Vec::new();
    for unit in counted {
        let Some(markdown) = &unit.file.report.other else {
            continue;
        };
        counts.push(OtherCount {
            unit_code: unit.code.clone(),
            unit_name: unit.name.clone(),
            paragraphs: unit.file.report.other_paragraphs,
        });
        excerpts.push((unit, excerpt_of(unit, markdown, structure)));
    }
    (grouped(outline, categories, excerpts), counts)
}

fn section_view(
    outline: &Outline,
    index: usize,
    counted: &[Counted],
    categories: &[CategoryView],
    structure: &crate::report::excerpt::OwnLines,
) -> SectionView {
    let section = &outline.sections[index];
    let label = section.label().unwrap_or_default();
    let title = if section.depth == 1 {
        section.title.to_uppercase()
    } else {
        section.title.clone()
    };
    let heading = if label.is_empty() {
        title
    } else {
        format!("{label} {title}")
    };
    let is_appendix = outline.appendix.section == Some(index);
    // Each unit's excerpt is independent (a word count and, for units with headings of
    // their own, a Markdown parse): made in parallel, gathered in the units' order. Under
    // the appendix, what units wrote besides their figures: their notes on them.
    let pieces: Vec<Piece> = counted.par_iter().map(|unit| piece(unit, index, structure)).collect();
    let mut silent = Vec::new();
    let mut written = Vec::new();
    for (unit, piece) in counted.iter().zip(pieces) {
        match piece {
            Piece::Nothing => {}
            // Figures are the appendix: a unit without notes on them is not silent.
            Piece::Silent if is_appendix => {}
            Piece::Silent => silent.push(unit.name.clone()),
            Piece::Written(excerpt) => written.push((unit, excerpt)),
        }
    }
    let groups = grouped(outline, categories, written);
    SectionView {
        id: section.id.clone(),
        depth: section.depth,
        label,
        title: section.title.clone(),
        heading,
        hashes: "#".repeat(section.depth.min(6)),
        is_appendix,
        groups,
        silent,
    }
}

/// An aggregate: counts whole, percents to one decimal.
fn print(value: Decimal, kind: Kind) -> String {
    match kind {
        Kind::Count => format_decimal(value, 0),
        Kind::Percent => format_decimal(value, 1),
    }
}

/// Counts are summed exactly; percents are the mean over the units that gave one.
fn aggregate(values: &[Decimal], kind: Kind) -> Option<Decimal> {
    // No unit gave a figure (all missing, refused or not applicable): no figure, not a
    // total of 0 that would read as "nothing was done".
    if values.is_empty() {
        return None;
    }
    let sum = values.iter().fold(Decimal::ZERO, |acc, v| acc.saturating_add(*v));
    Some(match kind {
        Kind::Count => sum,
        Kind::Percent => (sum / Decimal::from(values.len()))
            .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
    })
}

/// The figure of indicator `i` a unit's `readings` give the compiled totals: its value,
/// unless it is over its `at_most` bound or the bound has no figure counted. So every
/// total keeps its bound (`đã giải quyết` ≤ `tiếp nhận`, by category and in all), and the
/// compiled report passes `check` one level up: a unit whose `tiếp nhận` is refused does
/// not add its `đã giải quyết` alone.
fn counted_value(outline: &Outline, readings: &[Reading], i: usize) -> Option<Decimal> {
    match readings.get(i)? {
        Reading::Value {
            value,
            over_limit: false,
        } => match outline.appendix.indicators[i].at_most {
            // The outline has no `at_most` cycle: this ends.
            Some(j) => counted_value(outline, readings, j).map(|_| *value),
            None => Some(*value),
        },
        _ => None,
    }
}

/// The note under the totals for one indicator: who has no figure counted, and why.
fn indicator_note(view: &IndicatorView, bound: Option<&str>) -> String {
    let listed = |notes: &[ValueNote], quoted: bool| -> String {
        notes
            .iter()
            .map(|n| {
                if quoted {
                    format!("{} (“{}”)", n.unit, n.value)
                } else {
                    format!("{} ({})", n.unit, n.value)
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    if !view.missing.is_empty() {
        parts.push(format!("chưa có số liệu: {}", view.missing.join(", ")));
    }
    if !view.not_applicable.is_empty() {
        parts.push(format!("không áp dụng (ghi “x”): {}", view.not_applicable.join(", ")));
    }
    if !view.invalid.is_empty() {
        parts.push(format!(
            "số liệu không hợp lệ (không tính): {}",
            listed(&view.invalid, true)
        ));
    }
    if !view.over_limit.is_empty() {
        parts.push(format!(
            "vượt số liệu “{}” của đơn vị (không tính): {}",
            bound.unwrap_or_default(),
            listed(&view.over_limit, false)
        ));
    }
    if !view.unbounded.is_empty() {
        parts.push(format!(
            "đơn vị không có số liệu “{}” được tính (không tính): {}",
            bound.unwrap_or_default(),
            listed(&view.unbounded, false)
        ));
    }
    if parts.is_empty() {
        return String::new();
    }
    format!("{} đơn vị có số liệu; {}.", view.reported, parts.join("; "))
}

fn appendix_view(outline: &Outline, counted: &[Counted], categories: &[CategoryView]) -> AppendixView {
    let reading = |unit: &Counted, i: usize| unit.file.report.readings.get(i).cloned().unwrap_or(Reading::Missing);
    let counts = |unit: &Counted, i: usize| counted_value(outline, &unit.file.report.readings, i);
    let indicators = outline
        .appendix
        .indicators
        .iter()
        .enumerate()
        .map(|(i, indicator)| {
            let values_of = |filter: &dyn Fn(&Counted) -> bool| -> Vec<Decimal> {
                counted
                    .iter()
                    .filter(|u| filter(u))
                    .filter_map(|u| counts(u, i))
                    .collect()
            };
            let all = values_of(&|_| true);
            let total = aggregate(&all, indicator.kind);
            let by_category: Vec<(String, Option<Decimal>)> = categories
                .iter()
                .map(|c| {
                    (
                        c.id.clone(),
                        aggregate(&values_of(&|u| in_category(&u.category, c, outline)), indicator.kind),
                    )
                })
                .collect();
            let mut missing = Vec::new();
            let mut not_applicable = Vec::new();
            let mut invalid = Vec::new();
            let mut over_limit = Vec::new();
            let mut unbounded = Vec::new();
            for unit in counted {
                match reading(unit, i) {
                    Reading::Missing => missing.push(unit.name.clone()),
                    Reading::NotApplicable => not_applicable.push(unit.name.clone()),
                    Reading::Invalid(raw) => invalid.push(ValueNote {
                        unit: unit.name.clone(),
                        value: raw,
                    }),
                    Reading::Value {
                        value,
                        over_limit: true,
                    } => {
                        over_limit.push(ValueNote {
                            unit: unit.name.clone(),
                            value: print(value, indicator.kind),
                        });
                    }
                    Reading::Value { value, .. } => {
                        if counts(unit, i).is_none() {
                            unbounded.push(ValueNote {
                                unit: unit.name.clone(),
                                value: print(value, indicator.kind),
                            });
                        }
                    }
                }
            }
            let mut view = IndicatorView {
                id: indicator.id.clone(),
                stt: indicator.stt.map(|n| n.to_string()).unwrap_or_default(),
                name: indicator.name.clone(),
                kind: match indicator.kind {
                    Kind::Count => "count",
                    Kind::Percent => "percent",
                },
                total: total.map(|v| print(v, indicator.kind)).unwrap_or_default(),
                reported: all.len(),
                by_category: by_category
                    .iter()
                    .map(|(_, v)| v.map(|v| print(v, indicator.kind)).unwrap_or_default())
                    .collect(),
                missing,
                not_applicable,
                invalid,
                over_limit,
                unbounded,
                note: String::new(),
                figures: Figures {
                    total,
                    reported: all.len(),
                    by_category,
                },
            };
            let bound = indicator.at_most.map(|j| outline.appendix.indicators[j].name.as_str());
            view.note = indicator_note(&view, bound);
            view
        })
        .collect();
    let rows = counted
        .iter()
        .map(|unit| UnitValues {
            unit_code: unit.code.clone(),
            unit_name: unit.name.clone(),
            category_name: outline
                .category(&unit.category)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            values: (0..outline.appendix.indicators.len())
                .map(|i| match reading(unit, i) {
                    // A unit's own figure, with the decimals it wrote; one not counted
                    // (over its bound) is blank, as the totals over this table have it.
                    Reading::Value { .. } if counts(unit, i).is_none() => String::new(),
                    Reading::Value { value, .. } => format_decimal(value, value.scale()),
                    // As the unit marked it: not applicable, not a gap.
                    Reading::NotApplicable => "x".to_owned(),
                    Reading::Invalid(_) | Reading::Missing => String::new(),
                })
                .collect(),
            readings: (0..outline.appendix.indicators.len())
                .map(|i| match reading(unit, i) {
                    Reading::Value { .. } if counts(unit, i).is_none() => Reading::Missing,
                    other => other,
                })
                .collect(),
        })
        .collect();
    AppendixView { indicators, rows }
}

fn document_view(outline: &Outline, as_of: Date) -> DocumentView {
    let d = &outline.document;
    DocumentView {
        superior_body: d.superior_body.clone(),
        issuing_body: d.issuing_body.clone(),
        number: d.number.clone(),
        place: d.place.clone(),
        place_date: if d.place.is_empty() {
            capitalize(&written_vi(as_of))
        } else {
            format!("{}, {}", d.place, written_vi(as_of))
        },
        r#type: d.r#type.clone(),
        subject: d.subject.clone(),
        unit: d.unit.clone(),
        unit_code: d.unit_code.clone(),
        signature_on_behalf: d.signature.on_behalf.clone(),
        signature_title: d.signature.title.clone(),
        signature_name: d.signature.name.clone(),
        recipients: d.recipients.clone(),
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Front matter that makes the compiled report a unit report of the next level up.
/// Values are JSON strings, which YAML reads as they are.
fn front_matter(outline: &Outline, as_of: Date) -> String {
    let d = &outline.document;
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let mut lines = vec![
        format!("unit: {}", quote(&d.unit)),
        format!("unit_code: {}", quote(&d.unit_code)),
        format!("category: {}", quote(&d.category)),
        format!("date: {as_of}"),
    ];
    let optional = [
        ("doc_number", &d.number),
        ("signer", &d.signature.name),
        ("signer_title", &d.signature.title),
    ];
    for (key, value) in optional {
        if !value.trim().is_empty() {
            lines.push(format!("{key}: {}", quote(value)));
        }
    }
    lines.join("\n")
}
