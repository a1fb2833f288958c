//! Writing output files atomically: a temporary file in the target folder, then a rename,
//! so an interrupted run never leaves a half-written report.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

/// Writes `bytes` to `dir/name` atomically; creates `dir` if needed.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let target = dir.join(name);
    staged(dir, &target, bytes)?
        .persist(&target)
        .with_context(|| format!("cannot write {}", target.display()))?;
    Ok(target)
}

/// Output files written straight from their renderers into temporary files beside their
/// targets — a national report is never held in memory whole — and renamed into place
/// only once every one of them is complete. Clones share one set of files.
#[derive(Clone, Default)]
pub struct Staging {
    state: std::sync::Arc<std::sync::Mutex<StagingState>>,
}

#[derive(Default)]
struct StagingState {
    abandoned: bool,
    paths: Vec<PathBuf>,
}

/// A complete output file, not yet in place.
pub struct Staged {
    file: tempfile::NamedTempFile,
    target: PathBuf,
}

impl Staging {
    /// Writes `dir/name` through `write` (buffered) into a temporary file. The renderer's
    /// own error is returned as it is.
    pub fn file(
        &self,
        dir: &Path,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
    ) -> anyhow::Result<Staged> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let target = dir.join(name);
        let file = {
            let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if state.abandoned {
                anyhow::bail!("{} was not written: the run gave up", target.display());
            }
            let file = temporary(dir)?;
            state.paths.push(file.path().to_owned());
            file
        };
        let mut out = std::io::BufWriter::with_capacity(1 << 20, WrittenBack::new(file));
        write(&mut out)?;
        let file = out
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)
            .with_context(|| format!("cannot write {}", target.display()))?
            .file;
        finish(&file, &target)?;
        Ok(Staged { file, target })
    }

    /// Deletes every file staged so far and refuses new ones: a renderer that never
    /// finished must not leave its part-written file behind in the output folder.
    pub fn abandon(&self) {
        let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        state.abandoned = true;
        for path in state.paths.drain(..) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// A file whose data is sent to the disk as it is written, not all at the end: the
/// closing `fsync` of a 130 MB report then waits for its last few megabytes only, where it
/// waited 50 ms for all of them, at the end of the run.
struct WrittenBack {
    file: tempfile::NamedTempFile,
    /// Bytes written so far, and how many of them are on their way to the disk.
    written: u64,
    sent: u64,
}

/// Bytes written between two starts of write-back.
const WRITE_BACK_EVERY: u64 = 8 << 20;

impl WrittenBack {
    fn new(file: tempfile::NamedTempFile) -> WrittenBack {
        WrittenBack {
            file,
            written: 0,
            sent: 0,
        }
    }
}

impl Write for WrittenBack {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.sent >= WRITE_BACK_EVERY {
            write_back(self.file.as_file(), self.sent, self.written - self.sent);
            self.sent = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Starts writing `len` bytes from `offset` to the disk without waiting for them. Only a
/// hint: where it fails or does not exist, the final `fsync` does it all.
#[cfg(target_os = "linux")]
fn write_back(file: &std::fs::File, offset: u64, len: u64) {
    // Linux starts write-back of a range's dirty pages on `POSIX_FADV_DONTNEED` (it drops
    // only pages already clean, and these have just been written, so they stay cached).
    let _ = rustix::fs::fadvise(
        file,
        offset,
        std::num::NonZeroU64::new(len),
        rustix::fs::Advice::DontNeed,
    );
}

#[cfg(not(target_os = "linux"))]
fn write_back(_: &std::fs::File, _: u64, _: u64) {}

impl Staged {
    /// Renames the file onto its target.
    pub fn persist(self) -> anyhow::Result<PathBuf> {
        self.file
            .persist(&self.target)
            .with_context(|| format!("cannot write {}", self.target.display()))?;
        Ok(self.target)
    }
}

/// Puts every staged file in place, or none: first checks that each target can be
/// replaced (a folder in the way, say), then renames them one after another, then makes
/// the renames durable (`fsync` of each folder). A file refused leaves every earlier
/// report as it was, and the staged files are deleted.
pub fn persist_all(staged: Vec<Staged>) -> anyhow::Result<Vec<PathBuf>> {
    for file in &staged {
        if let Ok(meta) = std::fs::symlink_metadata(&file.target)
            && !meta.is_file()
        {
            anyhow::bail!(
                "cannot write {}: it is not a file (nothing was replaced)",
                file.target.display()
            );
        }
    }
    let mut folders: Vec<PathBuf> = staged
        .iter()
        .filter_map(|s| s.target.parent().map(Path::to_path_buf))
        .collect();
    folders.sort();
    folders.dedup();
    let written = staged
        .into_iter()
        .map(Staged::persist)
        .collect::<anyhow::Result<Vec<_>>>()?;
    for folder in folders {
        sync_folder(&folder)?;
    }
    Ok(written)
}

/// Makes renames in `folder` durable: without it, a crash soon after could lose them.
fn sync_folder(folder: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        std::fs::File::open(folder)
            .and_then(|dir| dir.sync_all())
            .with_context(|| format!("cannot write in {}", folder.display()))?;
    }
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// The output folder, held for one run: created if needed, and locked (Linux) so that
/// the temporary files a killed earlier run left there (`.baocao-*`, up to a national
/// report's size) can be deleted without touching those of a run going on beside this
/// one. Dropping it unlocks.
pub struct OutFolder {
    #[cfg(target_os = "linux")]
    _lock: Option<std::fs::File>,
}

pub fn hold_out_folder(dir: &Path) -> anyhow::Result<OutFolder> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    #[cfg(target_os = "linux")]
    {
        let lock = std::fs::File::open(dir)
            .ok()
            .filter(|folder| rustix::fs::flock(folder, rustix::fs::FlockOperation::NonBlockingLockExclusive).is_ok());
        if lock.is_some() {
            remove_stale_temporaries(dir);
        }
        Ok(OutFolder { _lock: lock })
    }
    #[cfg(not(target_os = "linux"))]
    {
        Ok(OutFolder {})
    }
}

/// Deletes the temporary files earlier runs left in `dir`: regular files named as
/// [`temporary`] names them, never a link or folder.
#[cfg(target_os = "linux")]
fn remove_stale_temporaries(dir: &Path) {
    let Ok(listing) = std::fs::read_dir(dir) else { return };
    for entry in listing.flatten() {
        let is_ours = entry.file_name().to_str().is_some_and(|n| n.starts_with(".baocao-"));
        if is_ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes a new file atomically, refusing to replace one that exists (a unit's draft).
pub fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    staged(dir, path, bytes)?.persist_noclobber(path).with_context(|| {
        format!(
            "cannot create {} (an existing file is never overwritten)",
            path.display()
        )
    })?;
    Ok(())
}

/// `bytes` in a temporary file beside `target`, ready to be renamed onto it.
fn staged(dir: &Path, target: &Path, bytes: &[u8]) -> anyhow::Result<tempfile::NamedTempFile> {
    let mut file = temporary(dir)?;
    file.write_all(bytes)
        .with_context(|| format!("cannot write {}", target.display()))?;
    finish(&file, target)?;
    Ok(file)
}

fn temporary(dir: &Path) -> anyhow::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".baocao-")
        .tempfile_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))
}

/// Makes a written temporary file durable and readable like any report.
fn finish(file: &tempfile::NamedTempFile, target: &Path) -> anyhow::Result<()> {
    file.as_file()
        .sync_all()
        .with_context(|| format!("cannot write {}", target.display()))?;
    // A temporary file is private (0600); a report is an ordinary file others may read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(())
}

/// A path as the file system will see it: absolute, `.` and `..` applied, symbolic links
/// of its existing part resolved. The output folder may not exist yet.
fn resolve(path: &Path) -> PathBuf {
    use std::path::Component;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut resolved = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                // `x/..` where `x` is a link goes to the link target's parent.
                resolved = resolved.canonicalize().unwrap_or(resolved);
                resolved.pop();
            }
            Component::CurDir => {}
            other => resolved.push(other),
        }
    }
    let mut existing = resolved.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(ToOwned::to_owned), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut canonical = existing.canonicalize().unwrap_or(existing);
    canonical.extend(rest.iter().rev());
    canonical
}

/// Refuses an output folder that is, or is inside, a folder of submissions: writing there
/// would put reports among the reports (and a rerun would read them).
pub fn check_out_dir(out: &Path, inputs: &[PathBuf]) -> anyhow::Result<()> {
    let out_resolved = resolve(out);
    for input in inputs {
        let input_resolved = resolve(input);
        if out_resolved.starts_with(&input_resolved) {
            let (out, input) = (out.display(), input.display());
            return Err(crate::diagnostic::fatal::Fatal::new(
                format!("--out {out} nằm trong thư mục báo cáo {input}: hãy chọn thư mục ghi kết quả khác"),
                format!("--out {out} is inside the submissions folder {input}: choose another output folder"),
            )
            .into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report larger than the write-back step comes out whole, its start sent to the
    /// disk along the way.
    #[test]
    fn a_file_written_back_as_it_goes_is_whole() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let line = "Báo cáo tổng kết 10 năm thực hiện Kết luận 114-KL/TW.\n";
        let lines = (3 * WRITE_BACK_EVERY) as usize / line.len();
        let staged = Staging::default()
            .file(dir.path(), "bao-cao.md", |out| {
                for _ in 0..lines {
                    out.write_all(line.as_bytes())?;
                }
                Ok(())
            })
            .expect("written");
        let path = staged.persist().expect("in place");
        let text = std::fs::read_to_string(&path).expect("readable");
        assert_eq!(text.len(), lines * line.len());
        assert!(text.lines().all(|l| l.len() + 1 == line.len()));

        let file = tempfile::NamedTempFile::new_in(dir.path()).expect("temporary file");
        let mut out = WrittenBack::new(file);
        out.write_all(&vec![b'x'; WRITE_BACK_EVERY as usize + 1])
            .expect("written");
        assert_eq!(out.written, WRITE_BACK_EVERY + 1);
        assert!(out.sent >= WRITE_BACK_EVERY, "{}", out.sent);
    }
}
