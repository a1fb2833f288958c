//! Which files a run looks at. Folders are walked (by `walkdir`) in name order (the output
//! must not depend on the file system's order); symbolic links are never followed. No
//! `.gitignore` is honoured: a unit's report in a shared repository is never passed over
//! because of an ignore rule, only for the names `is_ignored` passes over.

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

/// Markdown and Word files, and the formats read through LibreOffice or refused with
/// advice (`.doc`, `.odt`, `.rtf`, `.pdf`): see [`crate::read::Format`].
fn is_report_name(name: &str) -> bool {
    crate::read::Reader::of(name).is_some()
}

/// Hidden files, `_drafts`, READMEs, the owner files Word leaves beside an open
/// document (`~$bao-cao.docx`) and the files Windows and macOS write into a folder by
/// themselves (`Thumbs.db`, `desktop.ini`, `Icon\r`) are passed over without a word.
fn is_ignored(name: &str) -> bool {
    const SYSTEM: [&str; 4] = ["thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"];
    name.starts_with('.')
        || name.starts_with('_')
        || name.starts_with("~$")
        || name.eq_ignore_ascii_case("readme.md")
        || name.eq_ignore_ascii_case("readme.txt")
        || SYSTEM.iter().any(|s| name.eq_ignore_ascii_case(s))
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
            walk(root, &shown, &mut entries);
        } else {
            // A file named on the command line follows the walk's rules: a link is not
            // followed (`check passwd.md` linking to `/etc/passwd` would print its lines),
            // a pipe or device is not opened (it would block the run).
            let file_type = std::fs::symlink_metadata(root).map(|m| m.file_type());
            let kind = match file_type {
                Ok(t) if t.is_symlink() => EntryKind::NamedUnread { symlink: true },
                Ok(t) if t.is_file() && is_report_name(&shown) => EntryKind::Report,
                Ok(t) if t.is_file() && crate::read::workbook::is_name(&shown) => EntryKind::Workbook,
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

/// One root's folder, walked by `walkdir`: depth first, each folder's entries in name order
/// (ties, from names that are not UTF-8, by path), links reported and never followed. The
/// types are the listing's own (no `stat` per file where the file system records them),
/// which, like `symlink_metadata`, do not follow links. Folders with an ignored name, and
/// those nested too deep, are listed by `walkdir` before they are skipped, their contents
/// (or the error listing them) dropped unseen.
fn walk(root: &Path, root_shown: &str, entries: &mut Vec<Entry>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        // Deeper folders are still listed, as `Unreadable`, but not entered.
        .max_depth(MAX_DEPTH + 1)
        .sort_by(|a, b| (a.file_name().to_string_lossy(), a.path()).cmp(&(b.file_name().to_string_lossy(), b.path())))
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    // The folder just yielded: if it cannot be listed, its error comes next. Other errors
    // (an entry whose type cannot be read, a listing failing halfway) pass in silence.
    let mut entered: Option<(PathBuf, String)> = None;
    for item in walker {
        let just_entered = entered.take();
        let entry = match item {
            Ok(entry) => entry,
            Err(error) => {
                if let (Some((path, shown)), Some(io)) = (just_entered, error.io_error())
                    && error.path() == Some(path.as_path())
                {
                    entries.push(Entry {
                        path,
                        shown,
                        kind: EntryKind::Unreadable(io.to_string()),
                    });
                }
                continue;
            }
        };
        let depth = entry.depth();
        let shown = shown_below(root_shown, entry.path(), depth);
        let file_type = entry.file_type();
        if depth == 0 {
            entered = Some((entry.into_path(), shown));
            continue;
        }
        let kind = if file_type.is_symlink() {
            EntryKind::Symlink
        } else if file_type.is_dir() {
            if depth <= MAX_DEPTH {
                entered = Some((entry.into_path(), shown));
                continue;
            }
            EntryKind::Unreadable(format!("nested deeper than {MAX_DEPTH} folders"))
        } else {
            // A pipe or device named `.md` would block the run when opened.
            let name = entry.file_name().to_string_lossy();
            if file_type.is_file() && is_report_name(&name) {
                EntryKind::Report
            } else if file_type.is_file() && crate::read::workbook::is_name(&name) {
                EntryKind::Workbook
            } else {
                EntryKind::Unsupported
            }
        };
        entries.push(Entry {
            path: entry.into_path(),
            shown,
            kind,
        });
    }
}

/// `path`, `depth` names below the root, as shown: the root as shown, then the names.
fn shown_below(root_shown: &str, path: &Path, depth: usize) -> String {
    let mut names: Vec<_> = path.components().rev().take(depth).collect();
    names.reverse();
    let mut shown = root_shown.to_owned();
    for name in names {
        shown.push('/');
        shown.push_str(&name.as_os_str().to_string_lossy());
    }
    shown
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

    fn shown_kinds(roots: &[PathBuf]) -> Vec<(String, EntryKind)> {
        discover(roots)
            .expect("walked")
            .into_iter()
            .map(|e| (e.shown, e.kind))
            .collect()
    }

    #[test]
    fn folders_are_walked_in_name_order_passing_over_ignored_names() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path().join("nop");
        for folder in ["b", "a", "_drafts", ".git", "a/c"] {
            std::fs::create_dir_all(root.join(folder)).expect("folder");
        }
        for file in [
            "b.md",
            "a.docx",
            "a/c/x.md",
            "a/B.xlsx",
            "_drafts/x.md",
            ".git/x.md",
            ".x.md",
            "~$a.docx",
            "README.md",
            "ghi-chu.csv",
            "Thumbs.db",
            "a/desktop.ini",
        ] {
            std::fs::write(root.join(file), "x").expect("file");
        }
        let root_named = PathBuf::from(format!("{}/", root.display()));
        let shown = crate::read::display(&root);
        let expected: Vec<(String, EntryKind)> = [
            ("a/B.xlsx", EntryKind::Workbook),
            ("a/c/x.md", EntryKind::Report),
            ("a.docx", EntryKind::Report),
            ("b.md", EntryKind::Report),
            ("ghi-chu.csv", EntryKind::Unsupported),
        ]
        .into_iter()
        .map(|(name, kind)| (format!("{shown}/{name}"), kind))
        .collect();
        assert_eq!(shown_kinds(&[root_named]), expected);
    }

    #[test]
    fn a_folder_nested_too_deep_is_reported_not_entered() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut deepest = dir.path().to_owned();
        for level in 1..=MAX_DEPTH + 1 {
            deepest.push(format!("{level}"));
        }
        std::fs::create_dir_all(deepest.join("inside")).expect("folders");
        std::fs::write(deepest.with_file_name("last.md"), "x").expect("file");
        std::fs::write(deepest.join("never.md"), "x").expect("file");
        let entries = discover(&[dir.path().to_owned()]).expect("walked");
        let tail: Vec<(String, EntryKind)> = entries
            .into_iter()
            .map(|e| (e.shown.rsplit('/').next().unwrap_or_default().to_owned(), e.kind))
            .collect();
        assert_eq!(
            tail,
            [
                (
                    format!("{}", MAX_DEPTH + 1),
                    EntryKind::Unreadable(format!("nested deeper than {MAX_DEPTH} folders"))
                ),
                ("last.md".to_owned(), EntryKind::Report),
            ]
        );
    }

    #[test]
    fn a_folder_that_cannot_be_listed_is_reported_with_its_path() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temporary folder");
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).expect("folder");
        std::fs::write(locked.join("a.md"), "x").expect("file");
        std::fs::write(dir.path().join("b.md"), "x").expect("file");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("locked");
        let listed = std::fs::read_dir(&locked).is_ok();
        let entries = discover(&[dir.path().to_owned()]).expect("walked");
        let root_entries = discover(std::slice::from_ref(&locked)).expect("walked");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("unlocked");
        if listed {
            eprintln!("skipped: this user lists any folder (root)");
            return;
        }
        let shown = crate::read::display(&locked);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].kind, EntryKind::Report);
        assert_eq!(
            (entries[1].path.as_path(), entries[1].shown.as_str()),
            (locked.as_path(), shown.as_str())
        );
        assert!(matches!(&entries[1].kind, EntryKind::Unreadable(error) if error.contains("ermission denied")));
        assert_eq!(root_entries.len(), 1);
        assert_eq!(root_entries[0].shown, shown);
        assert!(matches!(&root_entries[0].kind, EntryKind::Unreadable(_)));
    }

    #[test]
    fn a_file_reached_from_two_roots_is_one_entry() {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::write(dir.path().join("a.md"), "x").expect("file");
        let entries = discover(&[dir.path().to_owned(), dir.path().join("a.md")]).expect("walked");
        assert_eq!(entries.len(), 1);
    }
}
