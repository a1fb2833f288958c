//! Checks across files: the roster (unknown units, names, duplicates, who is missing)
//! and lateness. Pure: the per-file reports and the git history come in, results go out.

use std::collections::BTreeMap;

use rayon::prelude::*;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::campaign::outline::{Outline, SubmissionTime};
use crate::campaign::roster::{Roster, Unit};
use crate::diagnostic::{Diagnostic, Figures, Finding, Location, LoneCase, Severity};
use crate::read::FileTimes;
use crate::report::Report;
use crate::report::appendix::Reading;
use crate::report::header::{Issuer, Source, Sourced};
use crate::report::identify::{Identified, Matcher, file_name_agrees, file_name_mentions};
use crate::text::date::Moment;

/// Which source gives the submission time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateSource {
    /// `submitted`, else the commit that first added the file, else `date`.
    #[default]
    Auto,
    /// `submitted`, else `date`.
    FrontMatter,
    /// The commit that first added the file.
    Git,
}

/// One file with everything `check` found in it.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: String,
    /// The roster unit (or, without a roster, the front matter's code) this file is for.
    pub unit_code: Option<String>,
    pub submitted: Option<Date>,
    /// The submission instant (a bare date counts from its start), to order two reports
    /// of one unit.
    pub submitted_at: Option<Timestamp>,
    pub late_days: Option<i64>,
    /// Where `submitted` came from.
    pub time_source: Option<TimeSource>,
    /// The unit's report this file goes with, when it holds no section of the outline
    /// and that report does (a cover letter, the appendix on its own): not a submission.
    pub companion: Option<Accompanies>,
    pub report: Report,
}

/// The report a companion file goes with, and what becomes of its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accompanies {
    pub report: String,
    pub figures: Figures,
}

/// Which of a unit's reports counts: the latest submitted; of two submitted at once (two
/// files dated the same day, no git), the one not marked as a draft or an old version.
pub fn precedence(file: &FileResult) -> (Option<Timestamp>, bool) {
    (file.submitted_at, !is_draft(&file.path))
}

/// A path that says its file is a draft or an old version, by a word of its name or of a
/// folder (`BC 52 (dự thảo).docx`, `du-thao/`, `bản cũ/`, `draft`, `bản nháp`).
fn is_draft(path: &str) -> bool {
    let folded = crate::text::fold::bare(path);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let said = |phrase: &[&str]| words.windows(phrase.len()).any(|w| w == phrase);
    said(&["du", "thao"])
        || said(&["ban", "cu"])
        || said(&["ban", "nhap"])
        || ["duthao", "draft", "bancu", "bannhap", "old"]
            .iter()
            .any(|w| words.contains(w))
        || path
            .split(['/', '\\'])
            .rev()
            .skip(1)
            .any(|folder| crate::text::fold::bare(folder).trim() == "cu")
}

/// Which of the report's times gave its submission time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeSource {
    /// The front matter's `submitted`.
    Submitted,
    /// The commit that first added the file.
    Git,
    /// The front matter's `date`: the day the report was signed, the last resort.
    Date,
}

impl Outcome {
    /// A unit looking at its own draft (files named, not the submissions folder): a date
    /// of signing is not a submission yet, so no lateness is read from it. A draft from
    /// `new` is dated the day it was made, and an untouched one was otherwise "late"
    /// whenever it was made after the deadline.
    pub fn as_drafts(&mut self) {
        for file in &mut self.files {
            if file.time_source == Some(TimeSource::Date) {
                file.submitted = None;
                file.submitted_at = None;
                file.late_days = None;
                file.time_source = None;
                file.report
                    .diagnostics
                    .retain(|d| !matches!(d.finding, Finding::Late { .. }));
            }
        }
    }
}

impl FileResult {
    pub fn count(&self, severity: Severity) -> usize {
        self.report
            .diagnostics
            .iter()
            .filter(|d| d.severity() == severity)
            .count()
    }
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub files: Vec<FileResult>,
    /// Roster codes with no identifiable report and no file named after them, in roster
    /// order.
    pub missing_units: Vec<String>,
    /// Roster units with no report that counts whose file, named after them, could not be
    /// counted (unreadable, not tied to the unit, another campaign's), in roster order.
    pub rejected_units: Vec<RejectedUnit>,
}

/// A unit whose file was sent back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedUnit {
    pub code: String,
    /// The file put against it.
    pub path: String,
}

impl Outcome {
    pub fn count(&self, severity: Severity) -> usize {
        self.files.iter().map(|f| f.count(severity)).sum()
    }
}

/// A file as it reaches the cross-file checks.
pub struct Input {
    pub path: String,
    pub report: Report,
    /// When git first added and last changed the file, if it is tracked.
    pub git: Option<FileTimes>,
}

/// How many other files a `duplicate-unit` message names.
const DUPLICATES_LISTED: usize = 5;

/// Whether a file was read as a report at all: none of its codes is one the table of
/// codes marks unread (a stray non-Markdown file, a link, binary content, a file that
/// could not be read, too large, or no readable Word document).
fn is_report(report: &Report) -> bool {
    !report.diagnostics.iter().any(|d| d.finding.code().unread())
}

pub fn check(inputs: Vec<Input>, outline: &Outline, roster: Option<&Roster>, source: DateSource) -> Outcome {
    let zone = &outline.time_zone;
    // The roster's names folded once, only when some report names its unit in its
    // header block rather than by code.
    let matcher = std::sync::OnceLock::new();
    let matcher = |roster| matcher.get_or_init(|| Matcher::new(roster));
    // Each file on its own first, in parallel (identifying a unit by its header folds
    // names); in the input's order.
    let mut files: Vec<FileResult> = inputs
        .into_par_iter()
        .map(|input| {
            let mut report = input.report;
            let mut findings: Vec<(Finding, Location)> = Vec::new();
            if let Some(roster) = roster {
                identify_by_header(&mut report, roster, matcher(roster), &input.path, &mut findings);
            }
            let fm = &report.front_matter;
            let header_code = report
                .metadata
                .fields
                .iter()
                .find(|f| f.field == "unit_code" && f.source != Source::FrontMatter)
                .map(|f| f.value.clone());
            let unit_code = header_code.or_else(|| {
                fm.unit_code.as_ref().and_then(|code| match roster {
                    None => Some(code.value.clone()),
                    Some(roster) => match roster.get(&code.value) {
                        Some(unit) => {
                            if let Some(given) = fm.unit.as_ref().filter(|g| !unit.name_matches(&g.value)) {
                                let finding = Finding::UnitMismatch {
                                    given: given.value.clone(),
                                    roster: unit.name.clone(),
                                };
                                findings.push((finding, given.location.clone()));
                            }
                            Some(unit.code.clone())
                        }
                        None => {
                            findings.push((
                                Finding::UnknownUnit {
                                    code: code.value.clone(),
                                    suggestion: roster.suggest(&code.value).map(str::to_owned),
                                },
                                code.location.clone(),
                            ));
                            None
                        }
                    },
                })
            });
            let committed = input.git.map(|g| g.first_added);
            // A file git first saw after the campaign closed (its `report_deadline`) was
            // archived, not submitted: a repository of reports that came by mail, or this
            // tool's own sample. Its commit says nothing of when it was sent.
            let committed_open = committed.filter(|c| Moment::Instant(*c).day(zone) <= outline.report_deadline);
            // A file that is not a readable report (a stray `.docx`, a link, binary
            // content) is not a submission: git's time for it says nothing.
            let from_submitted = fm.submitted.map(|m| (m, TimeSource::Submitted));
            let from_git = committed.map(|t| (Moment::Instant(t), TimeSource::Git));
            let from_git_open = committed_open.map(|t| (Moment::Instant(t), TimeSource::Git));
            let from_date = fm.date.map(|d| (Moment::Day(d), TimeSource::Date));
            let timed = if !is_report(&report) {
                None
            } else {
                match (source, outline.submission_time) {
                    (DateSource::Auto, SubmissionTime::Git) => from_git_open.or(from_submitted).or(from_date),
                    (DateSource::Auto, SubmissionTime::Declared) => from_submitted.or(from_git_open).or(from_date),
                    (DateSource::FrontMatter, _) => from_submitted.or(from_date),
                    (DateSource::Git, _) => from_git,
                }
            };
            let moment = timed.map(|(m, _)| m);
            let time_source = timed.map(|(_, s)| s);
            // A report cannot be sent before it is dated; and a `submitted` earlier than
            // git saw the file is either mail the secretariat committed later or a unit
            // backdating its report: shown, with both days, whichever time counts.
            if let (Some(declared), Some(location)) = (fm.submitted, fm.submitted_location.clone())
                && is_report(&report)
            {
                let declared = declared.day(zone);
                if let Some(dated) = fm.date.filter(|dated| declared < *dated) {
                    findings.push((
                        Finding::SubmittedBeforeDate {
                            submitted: declared,
                            dated,
                        },
                        location.clone(),
                    ));
                }
                if let Some(committed) = committed_open
                    .map(|c| Moment::Instant(c).day(zone))
                    .filter(|c| declared < *c)
                {
                    findings.push((
                        Finding::SubmittedBeforeCommit {
                            submitted: declared,
                            committed,
                        },
                        location,
                    ));
                }
            }
            let submitted = moment.map(|m| m.day(zone));
            let submitted_at = moment.and_then(|m| m.instant(zone));
            let due = unit_code
                .as_deref()
                .and_then(|code| roster?.get(code)?.due)
                .unwrap_or(outline.deadline);
            let days = submitted.map(|day| (day - due).get_days() as i64);
            if let (Some(days), Some(day)) = (days, submitted)
                && days > 0
            {
                // The line the time was read from; a commit's time has none in the file.
                let fm = &report.front_matter;
                let written = match time_source {
                    Some(TimeSource::Submitted) => fm.submitted_location.clone(),
                    Some(TimeSource::Date) => fm.date_location.clone(),
                    Some(TimeSource::Git) | None => None,
                };
                let location = written.unwrap_or(Location {
                    line: 1,
                    column: 1,
                    ..Location::default()
                });
                findings.push((
                    Finding::Late {
                        days,
                        due,
                        submitted: day,
                    },
                    location,
                ));
            }
            // A report whose submission time is its commit, changed again after the unit's
            // deadline: the secretariat may want to know which version it read. Where the
            // unit states `submitted`, the history is only the repository's bookkeeping.
            let timed_by_git = moment.is_some() && moment == committed.map(Moment::Instant);
            if let Some(times) = input.git.filter(|_| timed_by_git) {
                let changed = times.last_changed.to_zoned_datetime(zone.clone()).date();
                if times.last_changed > times.first_added && changed > due {
                    let finding = Finding::ModifiedAfterDue { changed, due };
                    findings.push((
                        finding,
                        Location {
                            line: 1,
                            column: 1,
                            ..Location::default()
                        },
                    ));
                }
            }
            report
                .diagnostics
                .extend(findings.into_iter().map(|(f, l)| Diagnostic::new(f, l)));
            FileResult {
                path: input.path,
                unit_code,
                submitted,
                submitted_at,
                late_days: days.map(|d| d.max(0)),
                time_source,
                companion: None,
                report,
            }
        })
        .collect();
    accompany(&mut files, outline, roster);

    let mut claims: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        if let Some(code) = file.unit_code.as_ref().filter(|_| file.companion.is_none()) {
            claims.entry(code.clone()).or_default().push(i);
        }
    }
    for (code, claimants) in &claims {
        if claimants.len() < 2 {
            continue;
        }
        for &i in claimants {
            // A few paths say where to look; thousands would make every message huge.
            let others = claimants
                .iter()
                .filter(|&&j| j != i)
                .take(DUPLICATES_LISTED)
                .map(|&j| files[j].path.clone())
                .collect();
            let more = claimants.len() - 1 - DUPLICATES_LISTED.min(claimants.len() - 1);
            let report = &files[i].report;
            let location = report
                .front_matter
                .unit_code
                .as_ref()
                .map(|f| f.location.clone())
                .or_else(|| report.issuer.as_ref().map(|i| i.found.location.clone()))
                .unwrap_or_default();
            let finding = Finding::DuplicateUnit {
                code: code.clone(),
                others,
                more,
            };
            files[i].report.diagnostics.push(Diagnostic::new(finding, location));
        }
    }
    for file in &mut files {
        file.report
            .diagnostics
            .sort_by_key(|d| (d.location.line, d.location.column));
    }
    // A unit whose only file could not be counted is not missing: it sent something, which
    // was sent back. The file is put against it by its name, as `status` shows it.
    let counts = |f: &FileResult| f.unit_code.is_some() && !is_sent_back(f);
    let counted: std::collections::HashSet<&str> = files
        .iter()
        .filter(|f| counts(f))
        .filter_map(|f| f.unit_code.as_deref())
        .collect();
    let uncounted: Vec<&FileResult> = files.iter().filter(|f| !counts(f)).collect();
    let mut missing_units = Vec::new();
    let mut rejected_units = Vec::new();
    for unit in roster.map_or(&[][..], |r| r.units.as_slice()) {
        if counted.contains(unit.code.as_str()) {
            continue;
        }
        let put_against = |f: &&&FileResult| {
            names_unit(&f.path, &unit.code)
                || figures_of(f) == Some(&unit.code)
                || is_letter_alone(f) && f.unit_code.as_ref() == Some(&unit.code)
        };
        match uncounted.iter().find(put_against) {
            Some(file) => rejected_units.push(RejectedUnit {
                code: unit.code.clone(),
                path: file.path.clone(),
            }),
            None => missing_units.push(unit.code.clone()),
        }
    }
    Outcome {
        files,
        missing_units,
        rejected_units,
    }
}

/// A unit's files that hold no section of the outline, beside one that does: a cover
/// letter (`V/v gửi báo cáo …`), the appendix sent as a file of its own (`Phụ lục … kèm
/// theo Báo cáo số 52-BC/ĐU`). An officer files them with the report, as no second report:
/// they are not submissions (no `duplicate-unit`, never the version that counts), their
/// structure is not a report's to check (no section is missing from a cover letter), and
/// the appendix's figures are the report's where the report has none of its own. The
/// report is the one that counts, as `roll` picks it: the latest submitted.
fn accompany(files: &mut [FileResult], outline: &Outline, roster: Option<&Roster>) {
    let holds_text = |f: &FileResult| f.report.holds_text(outline);
    let mut units: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        if let Some(code) = file.unit_code.as_deref()
            && is_report(&file.report)
            && !is_other_campaign(file)
        {
            units.entry(code).or_default().push(i);
        }
    }
    // A file goes with a report only when it shows it: a letter, a note naming the report,
    // an appendix under no `BÁO CÁO` title. A later version the alignment cannot read is
    // a version still, not a companion of the one it can.
    let companion_like = |f: &FileResult| {
        !holds_text(f) && (f.report.letter || f.report.untitled && (f.report.cites.is_some() || f.report.appendix_read))
    };
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for claimants in units.values().filter(|c| c.len() > 1) {
        // `max_by_key` keeps the last of equals, as `roll` does: files are in path order.
        // The report: one holding sections, else (a report the alignment cannot read, with
        // its letter beside it) one that is no companion.
        let latest = |filter: &dyn Fn(&FileResult) -> bool| {
            claimants
                .iter()
                .copied()
                .filter(|&i| filter(&files[i]))
                .max_by_key(|&i| precedence(&files[i]))
        };
        let Some(report) = latest(&holds_text).or_else(|| latest(&|f| !companion_like(f))) else {
            continue;
        };
        pairs.extend(
            claimants
                .iter()
                .copied()
                .filter(|&i| i != report && companion_like(&files[i]))
                .map(|companion| (companion, report)),
        );
    }
    pairs.extend(cited_pairs(files, outline));
    let copies = pdf_copies(files, outline, roster);
    for (companion, report) in pairs {
        let has_figures = files[companion].report.appendix_read;
        let figures = match (has_figures, files[report].report.appendix_read) {
            (false, _) => Figures::None,
            (true, false) => Figures::Counted,
            (true, true) => Figures::Ignored,
        };
        if figures == Figures::Counted {
            let readings = files[companion].report.readings.clone();
            let taken = &mut files[report].report;
            taken.readings = readings;
            taken.appendix_read = true;
            // The appendix is there, in the file beside the report.
            let appendix_id = outline.appendix.section.map(|s| outline.sections[s].id.as_str());
            taken.diagnostics.retain(|d| {
                !matches!(&d.finding, Finding::MissingSection { section, .. } | Finding::EmptySection { section, .. }
                    if Some(section.as_str()) == appendix_id)
            });
        }
        let differ = if figures == Figures::Ignored {
            differing(
                &files[companion].report.readings,
                &files[report].report.readings,
                outline,
            )
        } else {
            Vec::new()
        };
        let path = files[report].path.clone();
        let file = &mut files[companion];
        // What is said of a report's outline, lateness and missing fields (its date, its
        // number) is not said of a cover letter; its figures' findings stand where its
        // figures count.
        file.report.diagnostics.retain(|d| {
            d.finding.section().is_none()
                && !matches!(
                    d.finding,
                    Finding::Late { .. } | Finding::ModifiedAfterDue { .. } | Finding::FieldMissing { .. }
                )
                && (figures == Figures::Counted || !d.finding.code().about_figures())
        });
        file.late_days = None;
        let location = file
            .report
            .issuer
            .as_ref()
            .map(|i| i.found.location.clone())
            .unwrap_or_else(|| Location {
                line: 1,
                column: 1,
                ..Location::default()
            });
        file.report.diagnostics.push(Diagnostic::new(
            Finding::CompanionFile {
                report: path.clone(),
                figures,
                copy: false,
                differ,
            },
            location,
        ));
        file.companion = Some(Accompanies { report: path, figures });
    }
    // A cover letter no report of its unit came with: the unit has not sent its report.
    for file in files.iter_mut() {
        if file.report.letter && file.companion.is_none() && file.unit_code.is_some() && is_report(&file.report) {
            file.report.diagnostics.retain(|d| d.finding.section().is_none());
            let number = file.report.metadata.fields.iter().find(|f| f.field == "doc_number");
            let finding = Finding::LetterWithoutReport {
                number: number.map(|f| f.value.clone()),
            };
            file.report.diagnostics.push(Diagnostic::whole_file(finding));
        }
    }
    for (copy, report) in copies {
        let (path, unit) = (files[report].path.clone(), files[report].unit_code.clone());
        let file = &mut files[copy];
        file.unit_code = unit;
        file.report.diagnostics = vec![Diagnostic::whole_file(Finding::CompanionFile {
            report: path.clone(),
            figures: Figures::None,
            copy: true,
            differ: Vec::new(),
        })];
        file.companion = Some(Accompanies {
            report: path,
            figures: Figures::None,
        });
    }
}

/// The signed copy as a PDF (`BC 241 (bản ký).pdf`), refused as a report for its format,
/// in a folder whose reports are all one unit's (the unit's own folder), or named as one
/// report of its folder is (`BC 241 STC.docx` / `BC 241 STC (bản ký).pdf`): that report's
/// copy. Whose it is, where neither tells, is not guessed: it stays refused.
fn pdf_copies(files: &[FileResult], outline: &Outline, roster: Option<&Roster>) -> Vec<(usize, usize)> {
    let pdf = |f: &FileResult| {
        f.report.diagnostics.iter().any(|d| {
            matches!(
                d.finding,
                Finding::NeedsDocx {
                    problem: crate::diagnostic::ConversionProblem::Pdf,
                    ..
                }
            )
        })
    };
    let copies: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].unit_code.is_none() && pdf(&files[i]))
        .collect();
    if copies.is_empty() {
        return Vec::new();
    }
    let mut reports_in: BTreeMap<Option<std::path::PathBuf>, Vec<usize>> = BTreeMap::new();
    for (j, file) in files.iter().enumerate() {
        if file.unit_code.is_some() && file.companion.is_none() && file.report.holds_text(outline) {
            reports_in.entry(folder(&file.path)).or_default().push(j);
        }
    }
    let mut pairs = Vec::new();
    for i in copies {
        let reports = reports_in.get(&folder(&files[i].path)).map_or(&[][..], Vec::as_slice);
        // A folder named as a category (`dang-uy-xa-phuong/`) holds many units' files,
        // however few have come in yet: it says nothing of whose a PDF is.
        let category_folder = std::path::Path::new(&files[i].path)
            .parent()
            .and_then(std::path::Path::file_name)
            .is_some_and(|name| outline.categories.iter().any(|c| std::ffi::OsStr::new(&c.id) == name));
        let mut units = reports.iter().map(|&j| files[j].unit_code.as_deref());
        let one_unit = !category_folder && units.next().is_some_and(|unit| units.all(|u| u == unit));
        // Else the one report its name continues (`BC 241 STC` → `BC 241 STC (bản ký)`).
        let named: Vec<usize> = reports
            .iter()
            .copied()
            .filter(|&j| {
                let (copy, report) = (stem(&files[i].path), stem(&files[j].path));
                !report.is_empty() && (copy.starts_with(&report) || report.starts_with(&copy))
            })
            .collect();
        let report = if one_unit {
            reports.iter().copied().max_by_key(|&j| precedence(&files[j]))
        } else {
            match named[..] {
                [one] => Some(one),
                _ => None,
            }
        };
        // A PDF named after another unit (`x002-bao-cao.pdf`) is that unit's, sent as a PDF.
        let names_another = |report: usize| {
            roster.is_some_and(|r| {
                r.units.iter().any(|u| {
                    Some(u.code.as_str()) != files[report].unit_code.as_deref() && names_unit(&files[i].path, &u.code)
                })
            })
        };
        if let Some(report) = report.filter(|&r| !names_another(r)) {
            pairs.push((i, report));
        }
    }
    pairs
}

/// The folder a file is in, as its path shows it: files sent together share it.
fn folder(path: &str) -> Option<std::path::PathBuf> {
    std::path::Path::new(path).parent().map(std::path::Path::to_path_buf)
}

/// A file's name without its extension, folded: how two files of one document are named.
fn stem(path: &str) -> String {
    let stem = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned());
    crate::text::fold::bare(&stem.unwrap_or_default())
}

/// The indicators whose figures two readings of one unit's appendix give differently:
/// the name, then each figure as written (empty where none is given).
fn differing(here: &[Reading], there: &[Reading], outline: &Outline) -> Vec<(String, String, String)> {
    let written = |r: &Reading| match r {
        Reading::Value { value, .. } => crate::text::number::format_decimal(*value, value.scale()),
        Reading::Invalid(text) => text.clone(),
        Reading::NotApplicable => "x".to_owned(),
        Reading::Missing => String::new(),
    };
    outline
        .appendix
        .indicators
        .iter()
        .zip(here.iter().zip(there))
        .filter(|(_, (a, b))| match (a.value(), b.value()) {
            (Some(a), Some(b)) => a != b,
            _ => written(a) != written(b),
        })
        .map(|(indicator, (a, b))| (indicator.name.clone(), written(a), written(b)))
        .collect()
}

/// Files no unit is known for — an appendix on its own under a bare title (`ĐẢNG ỦY
/// PHƯỜNG VINH PHÚ` / `PHỤ LỤC`, no anchored header block) — that hold no section and say
/// which report they go with (`Kèm theo Báo cáo số 52-BC/ĐU`), paired with the one report
/// of that number in their folder, whose unit they take: the lone workbook's tie, for a
/// text. What kept them from their unit is withdrawn; two reports of the number, none.
fn cited_pairs(files: &mut [FileResult], outline: &Outline) -> Vec<(usize, usize)> {
    let citing: Vec<usize> = (0..files.len())
        .filter(|&i| {
            let file = &files[i];
            file.report.cites.is_some()
                && file.report.untitled
                && file.unit_code.is_none()
                && is_report(&file.report)
                && !file.report.holds_text(outline)
        })
        .collect();
    if citing.is_empty() {
        return Vec::new();
    }
    // The reports of each folder, with their numbers.
    let mut numbered: BTreeMap<Option<std::path::PathBuf>, Vec<(usize, &str)>> = BTreeMap::new();
    for (j, file) in files.iter().enumerate() {
        let number = file.report.metadata.fields.iter().find(|m| m.field == "doc_number");
        if let Some(number) = number.filter(|_| file.unit_code.is_some() && file.report.holds_text(outline)) {
            numbered
                .entry(folder(&file.path))
                .or_default()
                .push((j, number.value.as_str()));
        }
    }
    let mut pairs = Vec::new();
    for i in citing {
        let cited = files[i].report.cites.as_deref().unwrap_or_default();
        let reports: Vec<usize> = numbered
            .get(&folder(&files[i].path))
            .into_iter()
            .flatten()
            .filter(|(_, number)| crate::report::header::same_number(number, cited))
            .map(|&(j, _)| j)
            .collect();
        if let [report] = reports[..] {
            pairs.push((i, report));
        }
    }
    for &(i, report) in &pairs {
        let unit = files[report].unit_code.clone();
        let file = &mut files[i];
        file.unit_code = unit;
        file.report.diagnostics.retain(|d| {
            !matches!(
                d.finding,
                Finding::FrontMatterMissing
                    | Finding::FieldMissing { .. }
                    | Finding::UnitUnidentified { .. }
                    | Finding::UnitAmbiguous { .. }
            )
        });
    }
    pairs
}

/// A file of a unit that is not its report, sent back: a report of another campaign, a
/// cover letter without its report.
pub fn is_sent_back(file: &FileResult) -> bool {
    is_other_campaign(file) || is_letter_alone(file)
}

fn is_letter_alone(file: &FileResult) -> bool {
    file.report
        .diagnostics
        .iter()
        .any(|d| matches!(d.finding, Finding::LetterWithoutReport { .. }))
}

/// A report of another campaign: sent back whoever sent it.
pub fn is_other_campaign(file: &FileResult) -> bool {
    file.report
        .diagnostics
        .iter()
        .any(|d| matches!(d.finding, Finding::OtherCampaign { .. }))
}

/// The unit a lone workbook is of, when that unit sent no report: its figures alone, put
/// against it as a file that cannot be counted.
fn figures_of(file: &FileResult) -> Option<&String> {
    file.report.diagnostics.iter().find_map(|d| match &d.finding {
        Finding::LoneWorkbook {
            case: LoneCase::NoReport { code, .. },
        } => Some(code),
        _ => None,
    })
}

/// The roster unit [`check`] ties a report to: the one its front matter's `unit_code`
/// names, else the one its header block names when exactly one fits. For the steps that
/// need it before the check (a lone workbook's report).
pub fn unit_of<'r>(report: &Report, roster: &'r Roster, matcher: &Matcher<'r>) -> Option<&'r Unit> {
    if let Some(code) = &report.front_matter.unit_code {
        return roster.get(&code.value);
    }
    let issuer = report.issuer.as_ref()?;
    match matcher.identify(&issuer.candidates, issuer.superior.as_deref()) {
        Identified::Unit(unit) => Some(unit),
        Identified::Ambiguous(_) | Identified::Unknown(_) => None,
    }
}

/// Whether a file's name says it is this unit's (`x083.md`, `X083-bao-cao.docx`): how a
/// file that cannot be counted is still put against its unit.
fn names_unit(path: &str, code: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    stem.get(..code.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(code))
        && stem[code.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Of several signatures side by side, the one whose authority line names `unit`
/// (`TM. BAN THƯỜNG VỤ TỈNH ĐOÀN` for Tỉnh đoàn) is its signer's, wherever it stands.
fn own_signature(report: &mut Report, issuer: &Issuer, matcher: &Matcher, unit: &Unit) {
    let Some(signed) = issuer.signatures.iter().find(|s| {
        let body = s.authority.split_once(char::is_whitespace).map_or("", |(_, body)| body);
        matcher.names_unit(&[body.to_owned()], unit)
    }) else {
        return;
    };
    let mut fields = vec![("signer", &signed.signer)];
    fields.extend(signed.title.as_ref().map(|t| ("signer_title", t)));
    for (field, found) in fields {
        // The front matter's own value stands.
        if report
            .metadata
            .fields
            .iter()
            .any(|f| f.field == field && f.source == Source::FrontMatter)
        {
            continue;
        }
        restate(
            &mut report.metadata,
            &mut report.diagnostics,
            field,
            Source::Signature,
            found,
        );
    }
}

/// A metadata value the report's own reading inferred, read again across the roster (the
/// other column's signer, a joint report's partner): set, and its note made to say it,
/// where it is.
fn restate(
    metadata: &mut crate::report::header::Metadata,
    notes: &mut [Diagnostic],
    field: &'static str,
    source: Source,
    found: &crate::report::header::Found,
) {
    metadata.set(Sourced {
        field,
        value: found.value.clone(),
        source,
        line: Some(found.location.line),
    });
    for note in notes {
        if let Finding::MetadataInferred { field: f, value, .. } = &mut note.finding
            && f == field
        {
            value.clone_from(&found.value);
            note.location = found.location.clone();
        }
    }
}

fn described(unit: &Unit) -> String {
    format!("{} ({})", unit.name, unit.code)
}

/// Finds the unit a report names in its header block (or by name alone in its front
/// matter) when the front matter gives no code; where it gives one, checks that the
/// header agrees. The unit found is recorded in the report's metadata with its source.
fn identify_by_header(
    report: &mut Report,
    roster: &crate::campaign::roster::Roster,
    matcher: &Matcher,
    path: &str,
    findings: &mut Vec<(Finding, Location)>,
) {
    let fm = &report.front_matter;
    let Some(issuer) = report.issuer.as_ref() else {
        return;
    };
    // A header naming the unit the front matter names says nothing new.
    if let Some(unit) = fm.unit_code.as_ref().and_then(|code| roster.get(&code.value))
        && matcher.names_unit(&issuer.candidates, unit)
    {
        return;
    }
    let mut issuer = issuer.clone();
    let mut identified = matcher.identify(&issuer.candidates, issuer.superior.as_deref());
    // A joint report whose lead the roster does not list (`ỦY BAN HỘI LHTN VIỆT NAM TỈNH`
    // over `BCH ĐOÀN TỈNH NGHỆ AN`) is filed, as an officer files it, under the first of
    // its other bodies the roster does list, and says so.
    let mut lead = None;
    if matches!(identified, Identified::Unknown(_))
        && let Some((partner, unit)) =
            issuer
                .partners
                .iter()
                .find_map(|p| match matcher.identify(std::slice::from_ref(&p.value), None) {
                    Identified::Unit(unit) => Some((p.clone(), unit)),
                    _ => None,
                })
    {
        lead = Some(std::mem::replace(&mut issuer.found, partner));
        if fm.unit.is_none() {
            restate(
                &mut report.metadata,
                &mut report.diagnostics,
                "unit",
                Source::Header,
                &issuer.found,
            );
        }
        identified = Identified::Unit(unit);
    }
    let location = issuer.found.location.clone();
    // A report without a header is the unit its opening formula names only where the
    // roster knows that name as one unit; else it is as if nothing named it: the front
    // matter is missing, as said.
    if issuer.source.tentative() {
        if !matches!(identified, Identified::Unit(_)) {
            report.metadata.fields.retain(|f| f.source != issuer.source);
            // The front matter's absence says the date is missing too.
            report.diagnostics.retain(|d| {
                !matches!(&d.finding, Finding::MetadataInferred { source, .. } if *source == issuer.source.as_str())
                    && !matches!(&d.finding, Finding::FieldMissing { field } if field == "date")
            });
            return;
        }
        report
            .diagnostics
            .retain(|d| !matches!(d.finding, Finding::FrontMatterMissing));
    }
    if let Some(code) = &fm.unit_code {
        // The front matter's code stands; a header naming another unit is worth a word.
        if let Identified::Unit(unit) = identified
            && unit.code != code.value
            && roster.get(&code.value).is_some()
        {
            let finding = Finding::MetadataConflict {
                field: "unit_code".into(),
                front_matter: code.value.clone(),
                document: described(unit),
            };
            findings.push((finding, location));
        }
        return;
    }
    let by_file_name = match &identified {
        Identified::Ambiguous(units) => {
            match units.iter().filter(|u| file_name_agrees(path, u)).collect::<Vec<_>>()[..] {
                [unit] => Some(*unit),
                _ => None,
            }
        }
        _ => None,
    };
    match identified {
        Identified::Unit(unit) => {
            own_signature(report, &issuer, matcher, unit);
            let confirmed = file_name_agrees(path, unit);
            // Not where the name mentions the unit too (`Do Luong - BC KL114 gui VPTU`: to
            // whom it was sent), nor names a body the joint report's header names.
            let bodies = || {
                std::iter::once(&issuer.found)
                    .chain(lead.iter())
                    .chain(&issuer.partners)
            };
            if !confirmed
                && !file_name_mentions(path, unit)
                && let Some(Identified::Unit(named)) = matcher.by_file_name(path)
                && named.code != unit.code
                && !bodies().any(|b| matcher.names_unit(std::slice::from_ref(&b.value), named))
            {
                let finding = Finding::FileNameConflict {
                    file_name: path.rsplit(['/', '\\']).next().unwrap_or(path).to_owned(),
                    named: described(named),
                    document: described(unit),
                };
                findings.push((finding, location.clone()));
            }
            let mut value = format!("{} — {}", unit.code, unit.name);
            if let Some(lead) = &lead {
                value.push_str(&format!(
                    "; báo cáo liên tịch, cơ quan chủ trì “{}” không có trong danh sách / a joint report, its lead “{}” not on the roster",
                    lead.value, lead.value
                ));
            }
            if confirmed {
                value.push_str("; tên tệp khớp / the file name agrees");
            }
            let source = match issuer.source {
                Source::Opening => Source::RosterByOpening,
                Source::Cited => Source::RosterByCited,
                _ => Source::Roster,
            };
            let finding = Finding::MetadataInferred {
                field: "unit_code".into(),
                value,
                source: source.as_str(),
            };
            findings.push((finding, location.clone()));
            let line = Some(location.line);
            report.metadata.set(Sourced {
                field: "unit_code",
                value: unit.code.clone(),
                source: issuer.source,
                line,
            });
            if report.front_matter.category.is_none() {
                report.metadata.set(Sourced {
                    field: "category",
                    value: unit.category.clone(),
                    source: Source::Roster,
                    line: None,
                });
            }
        }
        // The header names a kind of unit several are (`ĐẢNG ỦY XÃ`, its name a template's
        // blank) and the file name one of them (`DU xa Quynh Luu - BC 71 …`): that one,
        // said.
        Identified::Ambiguous(_) if let Some(unit) = by_file_name => {
            let finding = Finding::MetadataInferred {
                field: "unit_code".into(),
                value: format!(
                    "{} — {}; theo tên tệp, phần đầu văn bản chỉ ghi “{}” / by the file name, the header says only “{}”",
                    unit.code, unit.name, issuer.found.value, issuer.found.value
                ),
                source: Source::Roster.as_str(),
            };
            findings.push((finding, location.clone()));
            report.metadata.set(Sourced {
                field: "unit_code",
                value: unit.code.clone(),
                source: issuer.source,
                line: Some(location.line),
            });
            if report.front_matter.category.is_none() {
                report.metadata.set(Sourced {
                    field: "category",
                    value: unit.category.clone(),
                    source: Source::Roster,
                    line: None,
                });
            }
        }
        Identified::Ambiguous(units) => {
            let finding = Finding::UnitAmbiguous {
                given: issuer.found.value.clone(),
                candidates: units.into_iter().map(described).collect(),
            };
            findings.push((finding, location));
        }
        Identified::Unknown(closest) => {
            let finding = Finding::UnitUnidentified {
                given: issuer.found.value.clone(),
                closest: closest.into_iter().map(described).collect(),
            };
            findings.push((finding, location));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_that_are_not_reports_get_no_submission_time() {
        let committed: Timestamp = "2026-11-26T22:00:00Z".parse().expect("valid timestamp");
        let inputs = vec![Input {
            path: "s/bao-cao.docx".into(),
            report: Report {
                diagnostics: vec![Diagnostic::whole_file(Finding::UnsupportedFile {
                    symlink: false,
                    named: false,
                })],
                ..Report::default()
            },
            git: Some(FileTimes {
                first_added: committed,
                last_changed: committed,
            }),
        }];
        let outcome = check(inputs, &Outline::builtin(), None, DateSource::Auto);
        let file = &outcome.files[0];
        assert_eq!((file.submitted, file.late_days), (None, None));
        let codes: Vec<&str> = file.report.diagnostics.iter().map(|d| d.finding.code().id()).collect();
        assert_eq!(codes, ["unsupported-file"]);
    }

    #[test]
    fn many_claimants_are_named_a_few_at_a_time() {
        let outline = crate::campaign::outline::Outline::builtin();
        let text = "---\nunit: Sở Nội vụ\nunit_code: SNV\ncategory: so-nganh\ndate: 2026-04-15\n---\n";
        let inputs = (0..8)
            .map(|i| Input {
                path: format!("s/{i}.md"),
                report: crate::report::analyze(text.as_bytes(), &outline, false),
                git: None,
            })
            .collect();
        let outcome = check(inputs, &Outline::builtin(), None, DateSource::Auto);
        let message = outcome.files[0]
            .report
            .diagnostics
            .iter()
            .find(|d| d.finding.code() == crate::diagnostic::Code::DuplicateUnit)
            .map(|d| d.finding.message(crate::text::lang::Lang::Vi))
            .expect("duplicate-unit");
        assert!(
            message.ends_with("s/1.md, s/2.md, s/3.md, s/4.md, s/5.md và 2 tệp khác"),
            "{message}"
        );
    }

    #[test]
    fn a_report_takes_its_commit_time() {
        let committed: Timestamp = "2026-04-21T02:00:00Z".parse().expect("valid timestamp");
        let inputs = vec![Input {
            path: "s/a.md".into(),
            report: Report::default(),
            git: Some(FileTimes {
                first_added: committed,
                last_changed: committed,
            }),
        }];
        let outcome = check(inputs, &Outline::builtin(), None, DateSource::Auto);
        assert_eq!(outcome.files[0].late_days, Some(2));
    }
}
