//! The submissions read: every file under the paths found, each read in its format and
//! checked on its own in parallel, its Excel appendix attached; the workbooks no report
//! claimed tied to their units (a report they belong to read again with its workbook);
//! then the checks across files. The one place reports are read from disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::across::{self, Input, Outcome};
use crate::campaign::Campaign;
use crate::campaign::outline::Outline;
use crate::diagnostic::{Diagnostic, Finding, WorkbookProblem};
use crate::lone::{self, Tie};
use crate::read::discover::{self, Entry, EntryKind};
use crate::read::git::History;
use crate::read::workbook::Workbook;
use crate::read::{self, MARKDOWN, Reader};
use crate::report::{self, Report};

use super::settings::{Session, require_paths};

/// Reports are 4–15 pages; a file this large is something else, and is not read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Discovers, reads and checks every file under `paths`, in parallel, in a fixed order.
pub fn check_files(
    paths: &[PathBuf],
    campaign: &Campaign,
    source: across::DateSource,
    excerpts: bool,
) -> anyhow::Result<Outcome> {
    let read = read_files(paths, &campaign.outline, source, excerpts, false)?;
    let roll_call = paths.iter().any(|p| p.is_dir());
    Ok(check_read(roll_call, read, campaign, source))
}

/// The campaign, opened while the files under `paths` are read (see
/// [`crate::read::campaign::open_while`]) once `first` passes: a check of the command's own that would
/// have come before reading. Errors come in the order of the steps done one by one: the
/// campaign's, then `first`'s; the reading's is left to the caller, which may have one of
/// its own to say before it (a template's).
pub(super) fn open_and_read(
    session: &Session,
    outline: Option<&Path>,
    first: impl FnOnce() -> anyhow::Result<()> + Send,
    paths: &[PathBuf],
    source: across::DateSource,
    excerpts: bool,
) -> anyhow::Result<(Campaign, anyhow::Result<Read>)> {
    let (campaign, read) = crate::read::campaign::open_while(outline, |outline| -> anyhow::Result<_> {
        // `--lang`, if given, was chosen already and stays.
        session.choose_lang(Some(outline.language));
        first()?;
        Ok(read_files(
            paths,
            outline,
            source,
            excerpts,
            session.env.stderr_terminal,
        ))
    })?;
    Ok((campaign, read?))
}

/// The checks across files, on the files as read (the workbooks no report claimed tied to
/// their units first, now that the roster is known). Without `roll_call` a unit is looking
/// at its own draft (files named, or its own folder): the rest of the roster is not
/// "missing" from that, and a date of signing is not a submission yet.
pub(super) fn check_read(roll_call: bool, read: Read, campaign: &Campaign, source: across::DateSource) -> Outcome {
    let inputs = tie_lone_workbooks(read, campaign);
    let mut outcome = across::check(inputs, &campaign.outline, campaign.roster.as_ref(), source);
    if !roll_call {
        outcome.missing_units.clear();
        outcome.rejected_units.clear();
        outcome.as_drafts();
    }
    outcome
}

/// Whether `path` is a folder inside the campaign's submissions folder (one unit's,
/// or a district's), not the whole of it.
pub(super) fn inside_submissions(path: &Path, dir: Option<&Path>) -> bool {
    let Some(root) = dir.and_then(Path::parent).map(|r| r.join("submissions")) else {
        return false;
    };
    match (path.canonicalize(), root.canonicalize()) {
        (Ok(path), Ok(root)) => path != root && path.starts_with(&root),
        _ => false,
    }
}

/// The files as read, each on its own, before the checks across them.
pub(super) struct Read {
    inputs: Vec<Input>,
    /// Where each input came from, to tie the workbooks no report claimed.
    origins: Vec<Origin>,
    entries: Vec<Entry>,
    workbooks: Workbooks,
    excerpts: bool,
}

/// Where an input came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// A report file: its entry.
    Report(usize),
    /// A workbook no report claimed: its item among the run's workbooks.
    Lone(usize),
    /// Anything else (a stray file, a link, a folder that could not be read).
    Other,
}

/// Discovers and reads every file under `paths`, each checked on its own, in parallel,
/// in a fixed order.
fn read_files(
    paths: &[PathBuf],
    outline: &Outline,
    source: across::DateSource,
    excerpts: bool,
    watched: bool,
) -> anyhow::Result<Read> {
    require_paths(paths)?;
    let entries = discover::discover(paths).map_err(|e| anyhow::anyhow!("{e}"))?;
    let history = if source == across::DateSource::FrontMatter {
        History::default()
    } else {
        History::load(paths)
    };
    for repository in &history.shallow {
        // Said once per run, not per file: the fallback is the whole repository's.
        eprintln!(
            "note: {} is a shallow clone (its history is cut): submission times come from the front matter",
            repository.display()
        );
    }
    // Progress for a person watching a long run: on stderr only when it is a terminal,
    // and only once the run has taken a second (short runs and pipes stay quiet).
    let progress = indicatif::ProgressBar::hidden();
    progress.set_length(entries.len() as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len}") {
        progress.set_style(style);
    }
    let started = std::time::Instant::now();
    let shown = std::sync::atomic::AtomicBool::new(false);
    let workbooks = Workbooks::new(&entries, paths);
    let read: Vec<Option<Input>> = entries
        .par_iter()
        .map(|entry| {
            // A workbook is read as the appendix of the report that claims it.
            if entry.kind == EntryKind::Workbook {
                return None;
            }
            let input = Input {
                path: entry.shown.clone(),
                report: read_entry(entry, outline, excerpts, &workbooks),
                git: history.times(&entry.path),
            };
            if watched {
                progress.inc(1);
                let late = started.elapsed() > std::time::Duration::from_secs(1);
                if late && !shown.swap(true, std::sync::atomic::Ordering::Relaxed) {
                    progress.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                }
            }
            Some(input)
        })
        .collect();
    progress.finish_and_clear();
    // A workbook no report claimed is not read as a report: a stray file, until the roster
    // ties it to a unit (`tie_lone_workbooks`).
    let mut inputs = Vec::with_capacity(entries.len());
    let mut origins = Vec::with_capacity(entries.len());
    for (e, (entry, input)) in entries.iter().zip(read).enumerate() {
        match input {
            Some(input) => {
                origins.push(if entry.kind == EntryKind::Report {
                    Origin::Report(e)
                } else {
                    Origin::Other
                });
                inputs.push(input);
            }
            None => match workbooks.unclaimed(&entry.path) {
                None => {}
                Some(item) => {
                    origins.push(Origin::Lone(item));
                    inputs.push(Input {
                        path: entry.shown.clone(),
                        report: Report {
                            diagnostics: vec![Diagnostic::whole_file(Finding::UntiedWorkbook { given: None })],
                            ..Report::default()
                        },
                        git: history.times(&entry.path),
                    });
                }
            },
        }
    }
    Ok(Read {
        inputs,
        origins,
        entries,
        workbooks,
        excerpts,
    })
}

/// The workbooks no report claimed, tied to their units by the roster ([`crate::lone`]):
/// one that is the appendix of its unit's report beside it is read with that report, which
/// is read again (rare: the common run, with no such workbook, costs nothing here); any
/// other is said to be its unit's, or why it cannot be told.
fn tie_lone_workbooks(read: Read, campaign: &Campaign) -> Vec<Input> {
    let Read {
        mut inputs,
        origins,
        entries,
        workbooks,
        excerpts,
    } = read;
    let outline = &campaign.outline;
    let lone: Vec<(usize, usize)> = origins
        .iter()
        .enumerate()
        .filter_map(|(i, origin)| match origin {
            Origin::Lone(item) => Some((i, *item)),
            _ => None,
        })
        .collect();
    // Without a roster no unit can be named; without indicators a workbook holds nothing.
    let Some(roster) = campaign.roster.as_ref() else {
        return inputs;
    };
    if lone.is_empty() || outline.appendix.indicators.is_empty() {
        return inputs;
    }
    let reports: Vec<(usize, usize)> = origins
        .iter()
        .enumerate()
        .filter_map(|(i, origin)| match origin {
            Origin::Report(entry) => Some((i, *entry)),
            _ => None,
        })
        .collect();
    let books: Vec<Option<Arc<Workbook>>> = lone.par_iter().map(|&(_, item)| workbooks.load(item).ok()).collect();
    let folder = |path: &Path| path.parent().map(Path::to_path_buf).unwrap_or_default();
    let book_folders: Vec<PathBuf> = lone
        .iter()
        .map(|&(_, item)| folder(&workbooks.items[item].path))
        .collect();
    let report_folders: Vec<PathBuf> = reports.iter().map(|&(_, entry)| folder(&entries[entry].path)).collect();
    let ties = {
        let views: Vec<lone::Lone> = lone
            .iter()
            .zip(books.iter().zip(&book_folders))
            .map(|(&(i, _), (book, folder))| lone::Lone {
                path: &inputs[i].path,
                folder,
                workbook: book.as_deref(),
            })
            .collect();
        let filed: Vec<lone::Filed> = reports
            .iter()
            .zip(&report_folders)
            .map(|(&(i, _), folder)| lone::Filed {
                path: &inputs[i].path,
                folder,
                report: &inputs[i].report,
            })
            .collect();
        lone::tie(&views, &filed, roster, outline)
    };
    // (the report's input and entry, the workbook's input and item)
    let mut paired: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for (&(i, item), tie) in lone.iter().zip(ties) {
        match tie {
            Tie::Appendix(report) => paired.push((reports[report], (i, item))),
            Tie::Said(finding) => inputs[i].report.diagnostics = vec![Diagnostic::whole_file(finding)],
        }
    }
    if paired.is_empty() {
        return inputs;
    }
    // Each report read again with its workbook, exactly as one found by its name stem.
    let again: Vec<(usize, Report)> = paired
        .par_iter()
        .map(|&((i, entry), (_, item))| {
            let attachment = workbooks.take(item, false);
            let attach = move |_: Option<&str>, _: Option<&str>| Some(attachment.clone());
            (i, read_report(&entries[entry], outline, excerpts, &attach))
        })
        .collect();
    for (i, report) in again {
        inputs[i].report = report;
    }
    // A workbook read as an appendix is not a file of its own.
    let taken: std::collections::HashSet<usize> = paired.iter().map(|&(_, (i, _))| i).collect();
    inputs
        .into_iter()
        .enumerate()
        .filter_map(|(i, input)| (!taken.contains(&i)).then_some(input))
        .collect()
}

/// The `.xlsx` files of a run, by folder, each read at most once and only when a report
/// asks for it: a national folder without workbooks costs nothing here.
struct Workbooks {
    items: Vec<WorkbookItem>,
    by_folder: std::collections::HashMap<PathBuf, Vec<usize>>,
    /// Reports named on the command line, and links found walking: a workbook beside
    /// these may be one no walk listed. Beside every other report, the walk of its folder
    /// listed every workbook there is.
    unwalked: std::collections::HashSet<PathBuf>,
}

struct WorkbookItem {
    path: PathBuf,
    /// The file name, as findings show it (`bieu.xlsx!Sheet1!C7`).
    name: String,
    book: std::sync::OnceLock<Result<Arc<Workbook>, WorkbookProblem>>,
    claimed: std::sync::atomic::AtomicBool,
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(String::new, |n| n.to_string_lossy().to_lowercase())
}

/// The workbook at `path`; an `.xls` or `.ods` through LibreOffice, which alone reads
/// their number formats.
fn load_workbook(path: &Path) -> Result<Arc<Workbook>, WorkbookProblem> {
    let extension = path
        .extension()
        .map_or_else(String::new, |e| e.to_string_lossy().to_lowercase());
    // Read first, within the size limit, whatever its format: a missing or oversized file
    // is said as such, not as a conversion that failed.
    let sent = read_limited(path)
        .map_err(|finding| WorkbookProblem::Unreadable(finding.message(crate::text::lang::Lang::En)))?;
    if !crate::read::workbook::converted(&extension) {
        return crate::read::workbook::read(&sent, &file_name(path))
            .map(Arc::new)
            .map_err(WorkbookProblem::Unreadable);
    }
    let hidden = crate::read::workbook::sheets_hidden_in(&sent).map_err(WorkbookProblem::Unreadable)?;
    let converted = crate::read::soffice::to_xlsx(path, &extension)?;
    let mut book = crate::read::workbook::read(&converted, &file_name(path)).map_err(WorkbookProblem::Unreadable)?;
    book.hide_sheets(&hidden);
    Ok(Arc::new(book))
}

impl Workbooks {
    fn new(entries: &[Entry], paths: &[PathBuf]) -> Workbooks {
        let unwalked = entries
            .iter()
            .filter(|e| e.kind == EntryKind::Symlink || paths.contains(&e.path))
            .map(|e| e.path.clone())
            .collect();
        let mut items = Vec::new();
        let mut by_folder: std::collections::HashMap<PathBuf, Vec<usize>> = Default::default();
        for entry in entries.iter().filter(|e| e.kind == EntryKind::Workbook) {
            let folder = entry.path.parent().map(Path::to_path_buf).unwrap_or_default();
            by_folder.entry(folder).or_default().push(items.len());
            items.push(WorkbookItem {
                path: entry.path.clone(),
                name: file_name(&entry.path),
                book: std::sync::OnceLock::new(),
                claimed: std::sync::atomic::AtomicBool::new(false),
            });
        }
        Workbooks {
            items,
            by_folder,
            unwalked,
        }
    }

    /// The item of the workbook at `path` if no report claimed it.
    fn unclaimed(&self, path: &Path) -> Option<usize> {
        self.items
            .iter()
            .position(|i| i.path == path)
            .filter(|&i| !self.items[i].claimed.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// The workbook of item `i`, read once.
    fn load(&self, i: usize) -> Result<Arc<Workbook>, WorkbookProblem> {
        let item = &self.items[i];
        item.book.get_or_init(|| load_workbook(&item.path)).clone()
    }

    fn take(&self, i: usize, named: bool) -> report::Attachment {
        let item = &self.items[i];
        item.claimed.store(true, std::sync::atomic::Ordering::Relaxed);
        report::Attachment {
            workbook: self.load(i),
            name: item.name.clone(),
            named,
        }
    }

    /// The workbook of the report at `report`: the one its front matter names, else one
    /// of the same name stem, else one whose name starts with the unit code
    /// (`X083-phu-luc.xlsx`), else a workbook of the folder with a sheet named by the code.
    fn find(&self, report: &Path, named: Option<&str>, code: Option<&str>) -> Option<report::Attachment> {
        let folder = report.parent().map(Path::to_path_buf).unwrap_or_default();
        let here: &[usize] = self.by_folder.get(&folder).map_or(&[], Vec::as_slice);
        if let Some(named) = named {
            let wanted = folder.join(named);
            if let Some(&i) = here.iter().find(|&&i| self.items[i].path == wanted) {
                return Some(self.take(i, true));
            }
            return Some(report::Attachment {
                workbook: load_workbook(&wanted),
                name: named.to_owned(),
                named: true,
            });
        }
        let stem = file_stem(report);
        if let Some(&i) = here.iter().find(|&&i| file_stem(&self.items[i].path) == stem) {
            return Some(self.take(i, false));
        }
        if here.is_empty() {
            // A report named on the command line: its workbook was not walked. Only then
            // (or for a link) is the file system asked: a national folder without
            // workbooks would cost a lookup per report.
            let unwalked = self.unwalked.contains(report);
            let beside = crate::read::workbook::EXTENSIONS
                .iter()
                .map(|extension| report.with_extension(extension))
                .find(|beside| (unwalked || self.unwalked.contains(beside)) && beside.is_file())?;
            return Some(report::Attachment {
                workbook: load_workbook(&beside),
                name: file_name(&beside),
                named: false,
            });
        }
        let code = code?.to_lowercase();
        let names_unit = |i: &usize| {
            let stem = file_stem(&self.items[*i].path);
            stem.strip_prefix(code.as_str())
                .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        };
        if let Some(&i) = here.iter().find(|i| names_unit(i)) {
            return Some(self.take(i, false));
        }
        let with_sheet = here.iter().find(|&&i| {
            let item = &self.items[i];
            matches!(item.book.get_or_init(|| load_workbook(&item.path)), Ok(book) if book.unit_sheet(&code).is_some())
        });
        with_sheet.map(|&i| self.take(i, false))
    }
}

fn read_entry(entry: &Entry, outline: &Outline, excerpts: bool, workbooks: &Workbooks) -> Report {
    let only = |finding| Report {
        diagnostics: vec![Diagnostic::whole_file(finding)],
        ..Report::default()
    };
    match &entry.kind {
        EntryKind::Unsupported => only(Finding::UnsupportedFile {
            symlink: false,
            named: false,
        }),
        EntryKind::Symlink => only(Finding::UnsupportedFile {
            symlink: true,
            named: false,
        }),
        EntryKind::NamedUnread { symlink } => only(Finding::UnsupportedFile {
            symlink: *symlink,
            named: true,
        }),
        EntryKind::Unreadable(error) => only(Finding::Unreadable { error: error.clone() }),
        EntryKind::Workbook => only(Finding::UnsupportedFile {
            symlink: false,
            named: false,
        }),
        EntryKind::Report => {
            let attach = |named: Option<&str>, code: Option<&str>| workbooks.find(&entry.path, named, code);
            read_report(entry, outline, excerpts, &attach)
        }
    }
}

/// A report in any format read: LibreOffice's conversion first where the format needs it.
fn read_report(entry: &Entry, outline: &Outline, excerpts: bool, attach: report::Attach<'_>) -> Report {
    let only = |finding| Report {
        diagnostics: vec![Diagnostic::whole_file(finding)],
        ..Report::default()
    };
    let (reader, extension) = Reader::of(&entry.shown).unwrap_or((&MARKDOWN, "md".to_owned()));
    if reader.libreoffice && crate::read::soffice::find().is_some() {
        // LibreOffice's conversion is I/O: done here, the `.docx` it gives read as any.
        return match crate::read::soffice::to_docx(&entry.path, &extension) {
            Ok(bytes) => {
                let mut report = report::analyze_source(read::docx::source(&bytes, "docx"), outline, excerpts, attach);
                let note = Finding::Conversion {
                    note: crate::diagnostic::ConversionNote::ConvertedByLibreOffice { from: extension },
                };
                report.diagnostics.insert(0, Diagnostic::whole_file(note));
                report
            }
            Err(problem) => only(Finding::NeedsDocx {
                format: extension,
                problem,
            }),
        };
    }
    match read_limited(&entry.path) {
        Ok(bytes) => report::analyze_source((reader.read)(&bytes, &extension), outline, excerpts, attach),
        Err(finding) => only(finding),
    }
}

fn read_limited(path: &Path) -> Result<Vec<u8>, Finding> {
    use std::io::Read as _;
    let unreadable = |e: std::io::Error| Finding::Unreadable { error: e.to_string() };
    // The size from the open file: one path lookup per report, not two.
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Finding::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    // A file that grows while it is read still stops at the limit.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    (&mut file)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Finding::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}
