//! The submissions read: every file under the paths found, each read in its format and
//! checked on its own in parallel, its Excel appendix attached, then the checks across
//! files. The one place reports are read from disk.

use std::path::Path;

use rayon::prelude::*;

use crate::across::{self, Input, Outcome};
use crate::campaign::Campaign;
use crate::campaign::outline::Outline;
use crate::diagnostic::{Diagnostic, Finding};
use crate::read::discover::{self, Entry, EntryKind};
use crate::read::git::History;
use crate::read::{self, MARKDOWN, Reader};
use crate::report::{self, Report};

use super::settings::{Session, require_paths};

/// Reports are 4–15 pages; a file this large is something else, and is not read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Discovers, reads and checks every file under `paths`, in parallel, in a fixed order.
pub fn check_files(
    paths: &[std::path::PathBuf],
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
    paths: &[std::path::PathBuf],
    source: across::DateSource,
    excerpts: bool,
) -> anyhow::Result<(Campaign, anyhow::Result<Vec<Input>>)> {
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

/// The checks across files, on the files as read. Without `roll_call` a unit is looking
/// at its own draft (files named, or its own folder): the rest of the roster is not
/// "missing" from that, and a date of signing is not a submission yet.
pub(super) fn check_read(
    roll_call: bool,
    read: Vec<Input>,
    campaign: &Campaign,
    source: across::DateSource,
) -> Outcome {
    let mut outcome = across::check(read, &campaign.outline, campaign.roster.as_ref(), source);
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

/// Discovers and reads every file under `paths`, each checked on its own, in parallel,
/// in a fixed order.
fn read_files(
    paths: &[std::path::PathBuf],
    outline: &Outline,
    source: across::DateSource,
    excerpts: bool,
    watched: bool,
) -> anyhow::Result<Vec<Input>> {
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
    let workbooks = Workbooks::new(&entries);
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
    // A workbook no report claimed is not read: said as for any other stray file.
    let inputs = entries
        .iter()
        .zip(read)
        .filter_map(|(entry, input)| match input {
            Some(input) => Some(input),
            None if workbooks.claimed(&entry.path) => None,
            None => Some(Input {
                path: entry.shown.clone(),
                report: Report {
                    diagnostics: vec![Diagnostic::whole_file(Finding::UnsupportedFile {
                        symlink: false,
                        named: false,
                    })],
                    ..Report::default()
                },
                git: history.times(&entry.path),
            }),
        })
        .collect();
    Ok(inputs)
}

/// The `.xlsx` files of a run, by folder, each read at most once and only when a report
/// asks for it: a national folder without workbooks costs nothing here.
struct Workbooks {
    items: Vec<WorkbookItem>,
    by_folder: std::collections::HashMap<std::path::PathBuf, Vec<usize>>,
}

struct WorkbookItem {
    path: std::path::PathBuf,
    /// The file name, as findings show it (`bieu.xlsx!Sheet1!C7`).
    name: String,
    book: std::sync::OnceLock<Result<std::sync::Arc<crate::read::workbook::Workbook>, String>>,
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

fn load_workbook(path: &Path) -> Result<std::sync::Arc<crate::read::workbook::Workbook>, String> {
    let bytes = read_limited(path).map_err(|finding| finding.message(crate::text::lang::Lang::En))?;
    crate::read::workbook::read(&bytes, &file_name(path)).map(std::sync::Arc::new)
}

impl Workbooks {
    fn new(entries: &[Entry]) -> Workbooks {
        let mut items = Vec::new();
        let mut by_folder: std::collections::HashMap<std::path::PathBuf, Vec<usize>> = Default::default();
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
        Workbooks { items, by_folder }
    }

    fn claimed(&self, path: &Path) -> bool {
        self.items
            .iter()
            .any(|i| i.path == path && i.claimed.load(std::sync::atomic::Ordering::Relaxed))
    }

    fn take(&self, i: usize, named: bool) -> report::Attachment {
        let item = &self.items[i];
        item.claimed.store(true, std::sync::atomic::Ordering::Relaxed);
        report::Attachment {
            workbook: item.book.get_or_init(|| load_workbook(&item.path)).clone(),
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
            // A report named on the command line: its workbook was not walked.
            let beside = report.with_extension("xlsx");
            return beside.is_file().then(|| report::Attachment {
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
