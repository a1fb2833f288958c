//! Who reported: for each unit of the roster (or, without one, each unit that sent a
//! report), the report that counts, whether it was on time, late, missing or rejected, and
//! why; the files superseded by a later one. Shared by `compile` and `status`. Pure.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::across::{FileResult, Outcome};
use crate::campaign::outline::Outline;
use crate::campaign::roster::Roster;
use crate::diagnostic::Severity;
use crate::text::collation::Vietnamese;
use crate::text::date::short_date;

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
    /// Files that go with their unit's report (a cover letter, the appendix on its own).
    pub companions: Vec<Companion>,
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
pub struct Companion {
    pub path: String,
    pub unit_code: String,
    /// The report it goes with.
    pub of: String,
    /// Its figures are the report's appendix.
    pub figures: bool,
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

/// A counting submission and the unit it is for.
pub(crate) struct Counted<'a> {
    pub(crate) file: &'a FileResult,
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) category: String,
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
    pub(crate) counted: Vec<Counted<'a>>,
}

pub fn roll<'a>(outline: &Outline, roster: Option<&Roster>, outcome: &'a Outcome) -> Roll<'a> {
    let collation = Vietnamese::new();

    // One report per unit: the latest submission counts, the others are superseded.
    let mut claims: BTreeMap<&str, Vec<&FileResult>> = BTreeMap::new();
    let mut rejected = Vec::new();
    let mut companions = Vec::new();
    for file in &outcome.files {
        // A cover letter or an appendix on its own goes with its report: no submission.
        if let (Some(with), Some(code)) = (&file.companion, &file.unit_code) {
            companions.push(Companion {
                path: file.path.clone(),
                unit_code: code.clone(),
                of: with.report.clone(),
                figures: with.figures == crate::diagnostic::Figures::Counted,
            });
            continue;
        }
        // A report of another campaign is sent back, not compiled: its text and figures
        // are not this campaign's, whoever sent it. So is a cover letter without its report.
        match &file.unit_code {
            Some(code) if !crate::across::is_sent_back(file) => claims.entry(code).or_default().push(file),
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
        let Some(winner) = files.iter().copied().max_by_key(|f| crate::across::precedence(f)) else {
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
            let rejected_file = outcome
                .rejected_units
                .iter()
                .find(|r| r.code == *code)
                .and_then(|r| rejected.iter().find(|f| f.path == r.path));
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

    let status = status(&unit_views, &categories, (rejected, superseded, companions), outcome);
    Roll {
        units: unit_views,
        categories,
        status,
        counted,
    }
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

fn status(
    units: &[UnitView],
    categories: &[CategoryView],
    (rejected, superseded, companions): (Vec<Rejected>, Vec<Superseded>, Vec<Companion>),
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
        companions,
        by_category,
        errors: outcome.count(Severity::Error),
        warnings: outcome.count(Severity::Warning),
    }
}
