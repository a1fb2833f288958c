//! From checked submissions to the provincial report's view-model: which report counts
//! for each unit, the excerpts of every section in the plan's order, the exact totals of
//! the appendix, the status of every unit. Pure: no clock, no files, no templates.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::across::{FileResult, Outcome};
use crate::campaign::outline::{Kind, Outline};
use crate::campaign::roster::Roster;
use crate::diagnostic::Severity;
use crate::report::appendix::Reading;
use crate::report::excerpt::Own;
use crate::text::collation::Vietnamese;
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
pub struct CategoryView {
    pub id: String,
    pub name: String,
    /// For table headers: the outline's `short`, else the name.
    pub short: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub expected: usize,
    pub submitted: usize,
    pub on_time: usize,
    pub late: usize,
    pub missing: Vec<UnitRef>,
    pub rejected: Vec<Rejected>,
    pub superseded: Vec<Superseded>,
    pub by_category: Vec<CategoryStatus>,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitRef {
    pub code: String,
    pub name: String,
    pub category: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rejected {
    pub path: String,
    /// The diagnostic code that made the file unusable.
    pub code: String,
    /// Why, in the words of an official document (never a code).
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Superseded {
    pub path: String,
    pub unit_code: String,
    /// The file that counts instead.
    pub by: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryStatus {
    pub id: String,
    pub name: String,
    pub expected: usize,
    pub submitted: usize,
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
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
    pub over_limit: Vec<ValueNote>,
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

/// Where a unit stands; in templates and JSON `on-time`, `late`, `missing`, `rejected`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitStatus {
    OnTime,
    Late,
    Missing,
    /// Only a file that could not be counted was put against the unit.
    Rejected,
}

impl UnitStatus {
    /// The label in the compiled report's tables.
    pub fn label(self) -> &'static str {
        match self {
            UnitStatus::OnTime => "Đúng hạn",
            UnitStatus::Late => "Nộp muộn",
            UnitStatus::Missing => "Chưa nộp",
            UnitStatus::Rejected => "Bị loại",
        }
    }

    /// Whether a report of the unit counts (on time or late).
    pub fn reported(self) -> bool {
        matches!(self, UnitStatus::OnTime | UnitStatus::Late)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitView {
    pub code: String,
    pub name: String,
    pub category: String,
    pub category_name: String,
    /// `15/04/2026`, or empty.
    pub submitted: String,
    /// This unit's last day on time, `19/04/2026`.
    pub due: String,
    #[serde(skip)]
    pub submitted_date: Option<Date>,
    pub late_days: Option<i64>,
    pub errors: usize,
    pub warnings: usize,
    pub status: UnitStatus,
    pub status_label: &'static str,
    /// The report that counts, or the rejected file put against the unit.
    pub path: String,
    /// Why that file was rejected (a diagnostic code), for a rejected unit.
    pub rejected_code: String,
}

/// Exact figures of one indicator, for the JSON output.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub total: Option<Decimal>,
    pub reported: usize,
    pub by_category: Vec<(String, Option<Decimal>)>,
}

/// A counting submission and the unit it is for.
struct Counted<'a> {
    file: &'a FileResult,
    code: String,
    name: String,
    category: String,
}

pub fn short_date(date: Date) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

/// Why a file could not be counted, in words (the diagnostic code is for programs): the
/// one wording of `compile`'s rejections, for the compiled report and for `status`, as the
/// table of codes gives it ([`crate::diagnostic::codes::Rejection`]). `code` is a rejected
/// file's code, always one that rejects; any other has no words (empty).
pub fn rejection_words(code: &str, lang: crate::text::lang::Lang) -> &'static str {
    use crate::diagnostic::Code;
    Code::from_id(code)
        .and_then(Code::rejection)
        .map_or("", |rejection| rejection.words(lang))
}

/// The reason a file was not compiled, as the compiled report (in Vietnamese) says it.
pub fn rejection_reason(code: &str) -> &'static str {
    rejection_words(code, crate::text::lang::Lang::Vi)
}

/// The code a file that cannot be counted is rejected for: the most telling of its codes
/// that reject a file (the table's precedence). A file with no unit and none of them names
/// its issuing body in a header block with no roster to look it up in: no `unit_code`, so
/// `field-missing`, as `compile` has always said.
fn rejection_code(file: &FileResult) -> String {
    use crate::diagnostic::Code;
    Code::rejecting(file.report.diagnostics.iter().map(|d| d.finding.code()))
        .unwrap_or(Code::FieldMissing)
        .id()
        .to_owned()
}

/// Who reported: the report that counts for each unit, the status of every unit, the
/// rejected and superseded files. Shared by `compile` and `status`.
pub struct Roll<'a> {
    /// Every expected unit, in report order (category, then Vietnamese name order).
    pub units: Vec<UnitView>,
    pub categories: Vec<CategoryView>,
    pub status: Status,
    counted: Vec<Counted<'a>>,
}

pub fn roll<'a>(outline: &Outline, roster: Option<&Roster>, outcome: &'a Outcome) -> Roll<'a> {
    let collation = Vietnamese::new();

    // One report per unit: the latest submission counts, the others are superseded.
    let mut claims: BTreeMap<&str, Vec<&FileResult>> = BTreeMap::new();
    let mut rejected = Vec::new();
    for file in &outcome.files {
        // A report of another campaign is sent back, not compiled: its text and figures
        // are not this campaign's, whoever sent it.
        let other_campaign = file
            .report
            .diagnostics
            .iter()
            .any(|d| matches!(d.finding, crate::diagnostic::Finding::OtherCampaign { .. }));
        match &file.unit_code {
            Some(code) if !other_campaign => claims.entry(code).or_default().push(file),
            _ => {
                let code = rejection_code(file);
                rejected.push(Rejected {
                    path: file.path.clone(),
                    reason: rejection_reason(&code).to_owned(),
                    code,
                });
            }
        }
    }
    let mut superseded = Vec::new();
    let mut winners: BTreeMap<&str, &FileResult> = BTreeMap::new();
    for (code, files) in claims {
        // `max_by_key` keeps the last of equals: files are in path order, so ties are stable.
        let Some(winner) = files.iter().copied().max_by_key(|f| f.submitted_at) else {
            continue;
        };
        for file in files.iter().filter(|f| f.path != winner.path) {
            superseded.push(Superseded {
                path: file.path.clone(),
                unit_code: code.to_owned(),
                by: winner.path.clone(),
            });
        }
        winners.insert(code, winner);
    }

    // The units expected: the roster, or (without one) whoever reported.
    let mut units: Vec<(String, String, String)> = match roster {
        Some(roster) => roster
            .units
            .iter()
            .map(|u| (u.code.clone(), u.name.clone(), u.category.clone()))
            .collect(),
        None => winners
            .iter()
            .map(|(code, file)| {
                let fm = &file.report.front_matter;
                let name = fm.unit.as_ref().map_or_else(|| (*code).to_owned(), |f| f.value.clone());
                let category = fm.category.as_ref().map(|f| f.value.clone()).unwrap_or_default();
                ((*code).to_owned(), name, category)
            })
            .collect(),
    };
    let category_rank = |id: &str| outline.categories.iter().position(|c| c.id == id).unwrap_or(usize::MAX);
    units.sort_by(|a, b| {
        category_rank(&a.2)
            .cmp(&category_rank(&b.2))
            .then_with(|| collation.compare(&a.1, &b.1))
    });
    let categories: Vec<CategoryView> = category_views(outline, &units);
    let category_name = |id: &str| {
        outline
            .category(id)
            .map_or_else(|| "Chưa phân loại".to_owned(), |c| c.name.clone())
    };

    let counted: Vec<Counted> = units
        .iter()
        .filter_map(|(code, name, category)| {
            winners.get(code.as_str()).map(|file| Counted {
                file,
                code: code.clone(),
                name: name.clone(),
                category: category.clone(),
            })
        })
        .collect();

    let unit_views: Vec<UnitView> = units
        .iter()
        .map(|(code, name, category)| {
            let file = winners.get(code.as_str());
            let late = file.and_then(|f| f.late_days).unwrap_or(0) > 0;
            let rejected_file = rejected.iter().find(|r| names_unit(&r.path, code));
            let status = match file {
                Some(_) if late => UnitStatus::Late,
                Some(_) => UnitStatus::OnTime,
                None if rejected_file.is_some() => UnitStatus::Rejected,
                None => UnitStatus::Missing,
            };
            UnitView {
                code: code.clone(),
                name: name.clone(),
                category: category.clone(),
                category_name: category_name(category),
                submitted: file.and_then(|f| f.submitted).map(short_date).unwrap_or_default(),
                submitted_date: file.and_then(|f| f.submitted),
                due: short_date(roster.and_then(|r| r.get(code)?.due).unwrap_or(outline.deadline)),
                late_days: file.and_then(|f| f.late_days),
                errors: file.map_or(0, |f| f.count(Severity::Error)),
                warnings: file.map_or(0, |f| f.count(Severity::Warning)),
                status,
                status_label: status.label(),
                path: file
                    .map(|f| f.path.clone())
                    .or_else(|| rejected_file.map(|r| r.path.clone()))
                    .unwrap_or_default(),
                rejected_code: rejected_file
                    .filter(|_| file.is_none())
                    .map(|r| r.code.clone())
                    .unwrap_or_default(),
            }
        })
        .collect();

    let status = status(&unit_views, &categories, rejected, superseded, outcome);
    Roll {
        units: unit_views,
        categories,
        status,
        counted,
    }
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
    let (sections, appendix) = rayon::join(
        || {
            (0..outline.sections.len())
                .into_par_iter()
                .map(|index| section_view(outline, index, &counted, &categories))
                .collect()
        },
        || appendix_view(outline, &counted, &categories),
    );
    let document = document_view(outline, as_of);
    let (other, other_counts) = other_view(outline, &counted, &categories);
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

/// Whether a file's name says it is this unit's (`x083.md`, `X083-bao-cao.docx`): how a
/// rejected file is still put against its unit on the board.
fn names_unit(path: &str, code: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    stem.get(..code.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(code))
        && stem[code.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Categories with at least one unit, in the plan's order; units whose category the
/// outline does not know come last, together.
fn category_views(outline: &Outline, units: &[(String, String, String)]) -> Vec<CategoryView> {
    let mut views: Vec<CategoryView> = outline
        .categories
        .iter()
        .filter(|c| units.iter().any(|u| u.2 == c.id))
        .map(|c| CategoryView {
            id: c.id.clone(),
            name: c.name.clone(),
            short: c.short.clone().unwrap_or_else(|| c.name.clone()),
        })
        .collect();
    if units.iter().any(|u| outline.category(&u.2).is_none()) {
        views.push(CategoryView {
            id: String::new(),
            name: "Chưa phân loại".into(),
            short: "Chưa phân loại".into(),
        });
    }
    views
}

fn in_category(category: &str, view: &CategoryView, outline: &Outline) -> bool {
    if view.id.is_empty() {
        outline.category(category).is_none()
    } else {
        category == view.id
    }
}

fn status(
    units: &[UnitView],
    categories: &[CategoryView],
    rejected: Vec<Rejected>,
    superseded: Vec<Superseded>,
    outcome: &Outcome,
) -> Status {
    let count = |pred: &dyn Fn(&UnitView) -> bool| units.iter().filter(|u| pred(u)).count();
    let reported = |u: &UnitView| u.status.reported();
    let by_category = categories
        .iter()
        .map(|c| {
            // By id; the unnamed group holds the units whose category no view has.
            let of = |u: &UnitView| {
                u.category == c.id || (c.id.is_empty() && !categories.iter().any(|k| k.id == u.category))
            };
            CategoryStatus {
                id: c.id.clone(),
                name: c.name.clone(),
                expected: count(&|u| of(u)),
                submitted: count(&|u| of(u) && reported(u)),
                on_time: count(&|u| of(u) && u.status == UnitStatus::OnTime),
                late: count(&|u| of(u) && u.status == UnitStatus::Late),
                missing: count(&|u| of(u) && !reported(u)),
            }
        })
        .collect();
    Status {
        expected: units.len(),
        submitted: count(&reported),
        on_time: count(&|u| u.status == UnitStatus::OnTime),
        late: count(&|u| u.status == UnitStatus::Late),
        missing: units
            .iter()
            .filter(|u| !reported(u))
            .map(|u| UnitRef {
                code: u.code.clone(),
                name: u.name.clone(),
                category: u.category_name.clone(),
            })
            .collect(),
        rejected,
        superseded,
        by_category,
        errors: outcome.count(Severity::Error),
        warnings: outcome.count(Severity::Warning),
    }
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
        Some(Own::Written(markdown)) => Piece::Written(Excerpt {
            unit_code: unit.code.clone(),
            unit_name: unit.name.clone(),
            late: unit.file.late_days.unwrap_or(0) > 0,
            // A unit's paragraph that would pass for another unit's attribution line loses
            // the look of one.
            markdown: match crate::report::excerpt::unforgeable(markdown, structure) {
                Some(text) => crate::report::excerpt::Text::from(text),
                None => markdown.clone(),
            },
        }),
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
) -> (Vec<ExcerptGroup>, Vec<OtherCount>) {
    let mut groups: Vec<ExcerptGroup> = Vec::new();
    let mut counts = Vec::new();
    for unit in counted {
        let Some(markdown) = unit.file.report.other.clone() else {
            continue;
        };
        counts.push(OtherCount {
            unit_code: unit.code.clone(),
            unit_name: unit.name.clone(),
            paragraphs: unit.file.report.other_paragraphs,
        });
        let excerpt = Excerpt {
            unit_code: unit.code.clone(),
            unit_name: unit.name.clone(),
            late: unit.file.late_days.unwrap_or(0) > 0,
            markdown,
        };
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
    (groups, counts)
}

fn section_view(outline: &Outline, index: usize, counted: &[Counted], categories: &[CategoryView]) -> SectionView {
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
    let mut groups: Vec<ExcerptGroup> = Vec::new();
    let mut silent = Vec::new();
    if !is_appendix {
        // Each unit's excerpt is independent (a word count and, for units with headings of
        // their own, a Markdown parse): made in parallel, gathered in the units' order.
        let structure: crate::report::excerpt::OwnLines = counted
            .iter()
            .map(|u| u.name.as_str())
            .chain(categories.iter().map(|c| c.name.as_str()))
            .map(crate::text::fold::fold_name)
            .filter(|name| !name.is_empty())
            .collect();
        let pieces: Vec<Piece> = counted.par_iter().map(|unit| piece(unit, index, &structure)).collect();
        for (unit, piece) in counted.iter().zip(pieces) {
            let excerpt = match piece {
                Piece::Nothing => continue,
                Piece::Silent => {
                    silent.push(unit.name.clone());
                    continue;
                }
                Piece::Written(excerpt) => excerpt,
            };
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
    }
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
    if values.is_empty() {
        return match kind {
            Kind::Count => Some(Decimal::ZERO),
            Kind::Percent => None,
        };
    }
    let sum = values.iter().fold(Decimal::ZERO, |acc, v| acc.saturating_add(*v));
    Some(match kind {
        Kind::Count => sum,
        Kind::Percent => (sum / Decimal::from(values.len()))
            .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
    })
}

fn appendix_view(outline: &Outline, counted: &[Counted], categories: &[CategoryView]) -> AppendixView {
    let reading = |unit: &Counted, i: usize| unit.file.report.readings.get(i).cloned().unwrap_or(Reading::Missing);
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
                    .filter_map(|u| reading(u, i).value())
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
                    Reading::Value { .. } => {}
                }
            }
            IndicatorView {
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
                figures: Figures {
                    total,
                    reported: all.len(),
                    by_category,
                },
            }
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
                    // A unit's own figure, with the decimals it wrote.
                    Reading::Value { value, .. } => format_decimal(value, value.scale()),
                    // As the unit marked it: not applicable, not a gap.
                    Reading::NotApplicable => "x".to_owned(),
                    Reading::Invalid(_) | Reading::Missing => String::new(),
                })
                .collect(),
            readings: (0..outline.appendix.indicators.len())
                .map(|i| reading(unit, i))
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
