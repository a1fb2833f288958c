//! Which files a run looks at. Folders are walked in name order (the output must not
//! depend on the file system's order); symbolic links are never followed.

use std::path::{Path, PathBuf};

/// A file found under one of the given paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The path to open.
    pub path: PathBuf,
    /// The path as shown to the user: as walked from the given PATH, with `/`.
    pub shown: String,
    pub kind: EntryKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    Report,
    /// Not a Markdown file (a `.docx` left in the folder).
    Unsupported,
    /// An Excel file: a report's appendix when one claims it, else not read.
    Workbook,
    Symlink,
    /// A file named on the command line that is not read (not a report, a link, a pipe):
    /// the user asked for it, so not reading it is an error, not a note in passing.
    NamedUnread {
        symlink: bool,
    },
    /// A folder that could not be listed.
    Unreadable(String),
}

/// Folders nested deeper than this are not entered (a loop of bind mounts, a hostile tree).
pub const MAX_DEPTH: usize = 32;

fn is_workbook_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".xlsx") || lower.ends_with(".xlsm")
}

/// Markdown and Word files, and the formats read through LibreOffice or refused with
/// advice (`.doc`, `.odt`, `.rtf`, `.pdf`): see [`crate::read::Format`].
fn is_report_name(name: &str) -> bool {
    crate::read::Reader::of(name).is_some()
}

/// Hidden files, `_drafts`, READMEs and the owner files Word leaves beside an open
/// document (`~$bao-cao.docx`) are passed over without a word.
fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('_')
        || name.starts_with("~$")
        || name.eq_ignore_ascii_case("readme.md")
        || name.eq_ignore_ascii_case("readme.txt")
}

fn shown_root(root: &Path) -> String {
    let shown = crate::read::display(root);
    let trimmed = shown.trim_end_matches('/');
    if trimmed.is_empty() { shown } else { trimmed.to_owned() }
}

/// Walks every root. A root that does not exist is an error (exit 2): the user named it.
pub fn discover(roots: &[PathBuf]) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for root in roots {
        std::fs::symlink_metadata(root).map_err(|e| format!("{}: {e}", root.display()))?;
        let shown = shown_root(root);
        // A path named on the command line is followed, links included: the user pointed
        // at it (a `submissions` that links to a shared folder). Inside, links never are.
        if std::fs::metadata(root).is_ok_and(|m| m.is_dir()) {
            walk(root, &shown, 0, &mut entries);
        } else {
            // A file named on the command line follows the walk's rules: a link is not
            // followed (`check passwd.md` linking to `/etc/passwd` would print its lines),
            // a pipe or device is not opened (it would block the run).
            let file_type = std::fs::symlink_metadata(root).map(|m| m.file_type());
            let kind = match file_type {
                Ok(t) if t.is_symlink() => EntryKind::NamedUnread { symlink: true },
                Ok(t) if t.is_file() && is_report_name(&shown) => EntryKind::Report,
                Ok(t) if t.is_file() && is_workbook_name(&shown) => EntryKind::Workbook,
                _ => EntryKind::NamedUnread { symlink: false },
            };
            entries.push(Entry {
                path: root.clone(),
                shown,
                kind,
            });
        }
    }
    // A file reached twice (a folder and a file in it both named, overlapping globs) is
    // one submission, not two claiming the same unit. One root cannot reach a file twice,
    // links not being followed, and resolving every path of a national folder cost more
    // than walking it.
    if roots.len() > 1 {
        let mut seen = std::collections::HashSet::new();
        entries.retain(|entry| seen.insert(entry.path.canonicalize().unwrap_or_else(|_| entry.path.clone())));
    }
    Ok(entries)
}

fn walk(dir: &Path, shown: &str, depth: usize, entries: &mut Vec<Entry>) {
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) => {
            entries.push(Entry {
                path: dir.to_owned(),
                shown: shown.to_owned(),
                kind: EntryKind::Unreadable(e.to_string()),
            });
            return;
        }
    };
    // The listing's own file types (no `stat` per file where the file system records
    // them), which, like `symlink_metadata`, do not follow links.
    let mut children: Vec<(String, PathBuf, std::fs::FileType)> = listing
        .filter_map(Result::ok)
        .filter_map(|e| {
            Some((
                e.file_name().to_string_lossy().into_owned(),
                e.path(),
                e.file_type().ok()?,
            ))
        })
        .filter(|(name, _, _)| !is_ignored(name))
        .collect();
    children.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    for (name, path, file_type) in children {
        let child_shown = format!("{shown}/{name}");
        if file_type.is_symlink() {
            entries.push(Entry {
                path,
                shown: child_shown,
                kind: EntryKind::Symlink,
            });
        } else if file_type.is_dir() {
            if depth < MAX_DEPTH {
                walk(&path, &child_shown, depth + 1, entries);
            } else {
                let error = format!("nested deeper than {MAX_DEPTH} folders");
                entries.push(Entry {
                    path,
                    shown: child_shown,
                    kind: EntryKind::Unreadable(error),
                });
            }
        } else {
            // A pipe or device named `.md` would block the run when opened.
            let kind = if file_type.is_file() && is_report_name(&name) {
                EntryKind::Report
            } else if file_type.is_file() && is_workbook_name(&name) {
                EntryKind::Workbook
            } else {
                EntryKind::Unsupported
            };
            entries.push(Entry {
                path,
                shown: child_shown,
                kind,
            });
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_linked_folder_named_as_a_root_is_walked_but_links_inside_are_not() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let real = dir.path().join("real");
        std::fs::create_dir(&real).expect("folder");
        std::fs::write(real.join("a.md"), "x").expect("file");
        std::os::unix::fs::symlink(&real, dir.path().join("link")).expect("link");
        std::os::unix::fs::symlink(&real, real.join("loop")).expect("link");
        let entries = discover(&[dir.path().join("link")]).expect("walked");
        let kinds: Vec<(String, EntryKind)> = entries
            .into_iter()
            .map(|e| (e.shown.rsplit('/').next().unwrap_or_default().to_owned(), e.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("a.md".to_owned(), EntryKind::Report),
                ("loop".to_owned(), EntryKind::Symlink)
            ]
        );
    }

    #[test]
    fn a_pipe_named_like_a_report_is_not_opened() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let pipe = dir.path().join("b.md");
        match std::process::Command::new("mkfifo").arg(&pipe).status() {
            Ok(status) if status.success() => {}
            _ => {
                eprintln!("skipped: `mkfifo` is not available here");
                return;
            }
        }
        std::fs::write(dir.path().join("a.md"), "x").expect("file");
        let kinds: Vec<EntryKind> = discover(&[dir.path().to_owned()])
            .expect("walked")
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds, [EntryKind::Report, EntryKind::Unsupported]);
    }

    #[test]
    fn a_file_reached_from_two_roots_is_one_entry() {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::write(dir.path().join("a.md"), "x").expect("file");
        let entries = discover(&[dir.path().to_owned(), dir.path().join("a.md")]).expect("walked");
        assert_eq!(entries.len(), 1);
    }
}
