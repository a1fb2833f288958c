//! When each file was first committed, from one `git log` pass per repository: the
//! submission time of a report in a shared repository of reports.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;

use crate::read::FileTimes;

/// Commit times of files, by canonical path.
#[derive(Debug, Default)]
pub struct History {
    files: HashMap<PathBuf, FileTimes>,
    /// Repositories whose history is cut (shallow clones): their times are not trusted.
    pub shallow: Vec<PathBuf>,
}

impl History {
    pub fn times(&self, path: &Path) -> Option<FileTimes> {
        if self.files.is_empty() {
            return None;
        }
        let canonical = path.canonicalize().ok()?;
        self.files.get(&canonical).copied()
    }

    /// Reads the history of every repository holding one of `roots`. Without git, or
    /// outside a repository, the history is empty.
    pub fn load(roots: &[PathBuf]) -> History {
        let mut history = History::default();
        let mut toplevels: Vec<PathBuf> = Vec::new();
        for root in roots {
            let dir = if root.is_dir() {
                root.as_path()
            } else {
                root.parent().unwrap_or(Path::new("."))
            };
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            if let Some(top) =
                git(dir, &["rev-parse", "--show-toplevel"]).and_then(|t| PathBuf::from(t.trim()).canonicalize().ok())
                && !toplevels.contains(&top)
            {
                toplevels.push(top);
            }
        }
        for top in toplevels {
            if git(&top, &["rev-parse", "--is-shallow-repository"]).is_some_and(|s| s.trim() == "true") {
                history.shallow.push(top);
                continue;
            }
            let Some(log) = git(
                &top,
                &[
                    "-c",
                    "core.quotePath=false",
                    "log",
                    // NUL-separated paths are never quoted: a name with a quote or a
                    // tab is still found.
                    "-z",
                    "--no-renames",
                    "--format=\u{1}%ct",
                    "--name-status",
                ],
            ) else {
                continue;
            };
            history.read_log(&top, &log);
        }
        history
    }

    /// `git log` lists the newest commit first: the first time seen for a path is its
    /// last change, the last `A` (added) seen is its first addition. With `-z` a commit is
    /// `\x01<seconds>\0`, then `\n` and `<status>\0<path>\0` for each file.
    fn read_log(&mut self, top: &Path, log: &str) {
        let mut time = None;
        let mut fields = log.split('\0');
        while let Some(field) = fields.next() {
            let field = field.trim_start_matches('\n');
            if let Some(seconds) = field.strip_prefix('\u{1}') {
                time = seconds
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|s| Timestamp::from_second(s).ok());
                continue;
            }
            if field.is_empty() {
                continue;
            }
            let (Some(t), Some(path)) = (time, fields.next()) else {
                continue;
            };
            let entry = self.files.entry(top.join(path)).or_insert(FileTimes {
                first_added: t,
                last_changed: t,
            });
            if field.starts_with('A') {
                entry.first_added = t;
            }
        }
    }
}

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git").arg("-C").arg(dir).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_quotes_and_tabs_are_read_as_they_are() {
        // `git log -z --format=%x01%ct --name-status`, newest commit first.
        let log = "\u{1}1795744200\0\nM\0a\"b.md\0\u{1}1795744100\0\nA\0a\"b.md\0A\0t\tab.md\0";
        let mut history = History::default();
        history.read_log(Path::new("/r"), log);
        let times = |name: &str| history.files.get(&Path::new("/r").join(name)).copied();
        let quoted = times("a\"b.md").expect("a\"b.md");
        assert_eq!(quoted.first_added.as_second(), 1_795_744_100);
        assert_eq!(quoted.last_changed.as_second(), 1_795_744_200);
        let tabbed = times("t\tab.md").expect("t\tab.md");
        assert_eq!(tabbed.first_added, tabbed.last_changed);
    }
}
