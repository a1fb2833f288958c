//! When each file was first committed, from one `git log` pass per repository: the
//! submission time of a report in a shared repository of reports.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;

/// First-add times of files, by canonical path.
#[derive(Debug, Default)]
pub struct History {
    first_added: HashMap<PathBuf, Timestamp>,
    /// Repositories whose history is cut (shallow clones): their times are not trusted.
    pub shallow: Vec<PathBuf>,
}

impl History {
    pub fn first_added(&self, path: &Path) -> Option<Timestamp> {
        let canonical = path.canonicalize().ok()?;
        self.first_added.get(&canonical).copied()
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
                    "--diff-filter=A",
                    "--no-renames",
                    "--format=\u{1}%ct",
                    "--name-only",
                ],
            ) else {
                continue;
            };
            history.read_log(&top, &log);
        }
        history
    }

    /// `git log` lists the newest commit first, so the last time seen for a path is the
    /// first time it was added.
    fn read_log(&mut self, top: &Path, log: &str) {
        let mut time = None;
        for line in log.lines() {
            if let Some(seconds) = line.strip_prefix('\u{1}') {
                time = seconds
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|s| Timestamp::from_second(s).ok());
            } else if let (Some(t), false) = (time, line.is_empty()) {
                self.first_added.insert(top.join(line), t);
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
