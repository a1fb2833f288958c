//! Lone workbooks: the `.xlsx` files no report claimed while the files were read (by
//! `appendix:`, name stem, unit code or sheet), tied to their units once the roster is
//! known. A workbook's title rows — the rows above its table — are read as a report's
//! header block is (`report::header`) and their issuing body looked up in the roster as a
//! report's is (`report::identify`); a report number they cite (`Kèm theo Báo cáo số
//! 52-BC/ĐU`) is matched with the reports of the workbook's folder; the file name is the
//! last hint. The unit's one report in the same folder, if it has no figures of its own,
//! takes the workbook as its appendix; anything else is said on the workbook, and nothing
//! is guessed. Pure: the workbooks and the reports as read come in, what becomes of each
//! workbook goes out; reading a report again with its workbook is `app`'s.

use std::path::Path;

use rayon::prelude::*;

use crate::across::unit_of;
use crate::campaign::outline::Outline;
use crate::campaign::roster::{Roster, Unit};
use crate::diagnostic::{Evidence, Finding, LoneCase};
use crate::read::table::{Grid, Locator};
use crate::read::workbook::Workbook;
use crate::report::Report;
use crate::report::appendix::title_rows;
use crate::report::header::{Found, read_title_rows, same_number};
use crate::report::identify::{Identified, Matcher};

/// A workbook no report claimed.
pub struct Lone<'a> {
    /// The path as shown.
    pub path: &'a str,
    pub folder: &'a Path,
    /// `None`: the file could not be read as a workbook.
    pub workbook: Option<&'a Workbook>,
}

/// A file as read, which may be a report of a lone workbook's unit.
pub struct Filed<'a> {
    /// The path as shown.
    pub path: &'a str,
    pub folder: &'a Path,
    pub report: &'a Report,
}

/// What becomes of a lone workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tie {
    /// It is the appendix of `filed[i]`, which is to be read again with it.
    Appendix(usize),
    /// It is not read; the finding says why.
    Said(Finding),
}

/// Ties each of `lone` to its unit and, where it can be, to that unit's report among
/// `filed`; one [`Tie`] per workbook, in order.
pub fn tie(lone: &[Lone<'_>], filed: &[Filed<'_>], roster: &Roster, outline: &Outline) -> Vec<Tie> {
    let matcher = Matcher::new(roster);
    // Each file's unit, as `check` will tie it (a national folder's headers: in parallel).
    let units: Vec<Option<&Unit>> = filed.par_iter().map(|f| unit_of(f.report, roster, &matcher)).collect();
    let found: Vec<Result<(&Unit, Vec<Evidence>), Finding>> =
        lone.iter().map(|book| whose(book, filed, &units, &matcher)).collect();
    let decided: Vec<Tie> = lone
        .iter()
        .zip(&found)
        .map(|(book, found)| match found {
            Ok((unit, by)) => place(book, unit, by.clone(), (filed, &units), outline),
            Err(finding) => Tie::Said(finding.clone()),
        })
        .collect();
    // A report two workbooks would go with gets neither: which is its appendix is not guessed.
    decided
        .iter()
        .enumerate()
        .map(|(k, tie)| {
            let Tie::Appendix(report) = tie else {
                return tie.clone();
            };
            let others: Vec<String> = decided
                .iter()
                .enumerate()
                .filter(|(j, t)| *j != k && **t == Tie::Appendix(*report))
                .map(|(j, _)| lone[j].path.to_owned())
                .collect();
            if others.is_empty() {
                return tie.clone();
            }
            let (unit, by) = match &found[k] {
                Ok((unit, by)) => (described(unit), by.clone()),
                Err(_) => (String::new(), Vec::new()),
            };
            Tie::Said(Finding::LoneWorkbook {
                case: LoneCase::SeveralWorkbooks {
                    unit,
                    by,
                    report: filed[*report].path.to_owned(),
                    others,
                },
            })
        })
        .collect()
}

fn described(unit: &Unit) -> String {
    format!("{} ({})", unit.name, unit.code)
}

/// Where a workbook of `unit` goes: the unit's one report in its folder, if that report has
/// no figures of its own; else what is said.
fn place(
    book: &Lone<'_>,
    unit: &Unit,
    by: Vec<Evidence>,
    (filed, units): (&[Filed<'_>], &[Option<&Unit>]),
    outline: &Outline,
) -> Tie {
    let mut of_unit: Vec<usize> = (0..filed.len())
        .filter(|&i| units[i].is_some_and(|u| u.code == unit.code))
        .collect();
    // A file sent with the report (its cover letter) is not a report to choose from.
    if of_unit.iter().any(|&i| filed[i].report.holds_text(outline)) {
        of_unit.retain(|&i| filed[i].report.holds_text(outline));
    }
    let here: Vec<usize> = of_unit
        .iter()
        .copied()
        .filter(|&i| filed[i].folder == book.folder)
        .collect();
    let case = match (here.as_slice(), of_unit.first()) {
        ([one], _) if !filed[*one].report.appendix_read => return Tie::Appendix(*one),
        ([one], _) => LoneCase::HasFigures {
            unit: described(unit),
            by,
            report: filed[*one].path.to_owned(),
        },
        ([], Some(&elsewhere)) => LoneCase::ReportElsewhere {
            unit: described(unit),
            by,
            report: filed[elsewhere].path.to_owned(),
        },
        ([], None) => LoneCase::NoReport {
            unit: described(unit),
            code: unit.code.clone(),
            by,
        },
        (several, _) => LoneCase::SeveralReports {
            unit: described(unit),
            by,
            reports: several.iter().map(|&i| filed[i].path.to_owned()).collect(),
        },
    };
    Tie::Said(Finding::LoneWorkbook { case })
}

/// What a sheet's title rows say: the issuing body and the number, each with its cell.
struct Title {
    issuer: Option<(crate::report::header::Issuer, String)>,
    number: Option<(String, String)>,
}

/// The title rows of every sheet that has a table under them.
fn titles(workbook: &Workbook) -> Vec<Title> {
    workbook
        .sheets
        .iter()
        .filter_map(|(_, grid)| {
            let rows = title_rows(grid);
            (rows > 0).then(|| title(grid, rows))
        })
        .collect()
}

/// The title rows `..rows` of `grid`, read as a header block: one line per row, its cells
/// (a merged cell's text once) separated by tabs.
fn title(grid: &Grid, rows: usize) -> Title {
    let mut text = String::new();
    // Per line, where each cell starts (a 1-based column in characters) and its name.
    let mut cells: Vec<Vec<(usize, String)>> = Vec::new();
    for row in &grid.rows[..rows] {
        let mut line = String::new();
        let mut starts = Vec::new();
        let mut last: Option<&str> = None;
        for cell in row.iter().filter(|c| !c.text.is_empty()) {
            if last == Some(cell.text.as_str()) {
                continue;
            }
            last = Some(&cell.text);
            if !line.is_empty() {
                line.push('\t');
            }
            let name = match &cell.at {
                Locator::Sheet(name) => name.clone(),
                Locator::Text { .. } => String::new(),
            };
            starts.push((line.chars().count() + 1, name));
            line.push_str(&cell.text);
        }
        text.push_str(&line);
        text.push('\n');
        cells.push(starts);
    }
    let cell_of = |found: &Found| {
        cells
            .get(found.location.line.saturating_sub(1))
            .and_then(|starts| starts.iter().rev().find(|(col, _)| *col <= found.location.column))
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    };
    let header = read_title_rows(&text);
    Title {
        number: header.doc_number.as_ref().map(|n| (n.value.clone(), cell_of(n))),
        issuer: header.issuer.map(|issuer| {
            let cell = cell_of(&issuer.found);
            (issuer, cell)
        }),
    }
}

/// The unit a workbook is of, and what says so: its title rows' issuing body, else a
/// report number they cite that a report of its folder carries, else its file name. Two
/// units that fit are said, never chosen between; none is an untied workbook.
fn whose<'r>(
    book: &Lone<'_>,
    filed: &[Filed<'_>],
    units: &[Option<&'r Unit>],
    matcher: &Matcher<'r>,
) -> Result<(&'r Unit, Vec<Evidence>), Finding> {
    let Some(workbook) = book.workbook else {
        return Err(Finding::UntiedWorkbook { given: None });
    };
    let several = |found: Vec<&Unit>, by: Vec<Evidence>| {
        let mut units: Vec<String> = found.into_iter().map(described).collect();
        units.dedup();
        Finding::LoneWorkbook {
            case: LoneCase::SeveralUnits { units, by },
        }
    };
    let mut named: Vec<&'r Unit> = Vec::new();
    let mut by: Vec<Evidence> = Vec::new();
    let mut ambiguous = false;
    let mut given: Option<String> = None;
    let mut numbers: Vec<(String, String)> = Vec::new();
    for title in titles(workbook) {
        numbers.extend(title.number);
        let Some((issuer, cell)) = title.issuer else {
            continue;
        };
        let evidence = Evidence::Title {
            text: issuer.found.value.clone(),
            cell,
        };
        match matcher.identify(&issuer.candidates, issuer.superior.as_deref()) {
            Identified::Unit(unit) => {
                if !named.iter().any(|u| u.code == unit.code) {
                    named.push(unit);
                }
                by.push(evidence);
            }
            Identified::Ambiguous(units) => {
                ambiguous = true;
                for unit in units {
                    if !named.iter().any(|n| n.code == unit.code) {
                        named.push(unit);
                    }
                }
                by.push(evidence);
            }
            // Not every line above a table is an issuing body: the number and the
            // file name may still say whose it is.
            Identified::Unknown(_) => {
                given.get_or_insert(issuer.found.value.clone());
            }
        }
    }
    if ambiguous || named.len() > 1 {
        return Err(several(named, by));
    }
    // The reports of the folder that carry a number the title rows cite.
    let mut cited: Vec<&'r Unit> = Vec::new();
    let mut cited_by: Vec<Evidence> = Vec::new();
    for (number, cell) in &numbers {
        let matching = (0..filed.len()).filter(|&i| {
            filed[i].folder == book.folder
                && filed[i]
                    .report
                    .front_matter
                    .doc_number
                    .as_deref()
                    .is_some_and(|n| same_number(n, number))
        });
        let mut any = false;
        for unit in matching.filter_map(|i| units[i]) {
            any = true;
            if !cited.iter().any(|u| u.code == unit.code) {
                cited.push(unit);
            }
        }
        if any {
            cited_by.push(Evidence::Number {
                number: number.clone(),
                cell: cell.clone(),
            });
        }
    }
    if let Some(&unit) = named.first() {
        // A number that is another unit's report's: the title and the number disagree.
        if !cited.is_empty() && !cited.iter().any(|u| u.code == unit.code) {
            by.extend(cited_by);
            let mut all = named;
            all.extend(cited);
            return Err(several(all, by));
        }
        by.extend(cited_by);
        return Ok((unit, by));
    }
    match cited.as_slice() {
        [unit] => return Ok((unit, cited_by)),
        [] => {}
        _ => return Err(several(cited, cited_by)),
    }
    // The file name, last.
    match matcher.by_file_name(book.path) {
        Some(Identified::Unit(unit)) => Ok((unit, vec![Evidence::FileName])),
        Some(Identified::Ambiguous(units)) => Err(several(units, vec![Evidence::FileName])),
        Some(Identified::Unknown(_)) | None => Err(Finding::UntiedWorkbook { given }),
    }
}
