//! The campaign folder (`outline/`) read from disk: the outline, the roster, the
//! templates and `reference.docx`, each optional, and the folder itself found the way git
//! finds `.git`. A bad file stops the run with its location.

use std::path::Path;

use crate::campaign::error::ConfigError;
use crate::campaign::outline::Outline;
use crate::campaign::roster::Roster;
use crate::campaign::{Campaign, TemplateFile};
use crate::read::display;

/// Largest outline or roster file read: a campaign definition is a few kilobytes.
const MAX_CONFIG_BYTES: u64 = 4 * 1024 * 1024;

/// The campaign folder named with `--outline` (which must exist: a typo must not
/// silently give the built-in outline), else `outline/` if there is one.
pub fn open(named: Option<&Path>) -> Result<Campaign, ConfigError> {
    open_while(named, |_| ()).map(|(campaign, ())| campaign)
}

/// Opens the campaign as [`open`] does, doing `work` meanwhile: the
/// reports need only the outline, and a national roster takes as long to read as a
/// tenth of them. The campaign's error, if any, is the one returned.
pub fn open_while<T: Send>(
    named: Option<&Path>,
    work: impl FnOnce(&Outline) -> T + Send,
) -> Result<(Campaign, T), ConfigError> {
    let dir = match named {
        Some(dir) if !dir.is_dir() => {
            return Err(ConfigError::file(
                &display(dir),
                "không có thư mục chiến dịch này (--outline): hãy chỉ ra thư mục chứa outline.yaml và units.yaml, hoặc bỏ --outline để dùng thư mục `outline/` gần nhất".into(),
                "the campaign folder (--outline) does not exist: give the folder that holds outline.yaml and units.yaml, or leave --outline out to use the nearest `outline/` folder".into(),
            ));
        }
        Some(dir) => dir,
        None => Path::new("outline"),
    };
    let (outline, outline_origin) = load_outline(dir)?;
    let (rest, done) = rayon::join(|| Rest::load(dir, &outline), || work(&outline));
    Ok((rest?.with(outline, outline_origin), done))
}

fn load_outline(dir: &Path) -> Result<(Outline, Option<String>), ConfigError> {
    let outline_path = dir.join("outline.yaml");
    Ok(match read_optional(&outline_path)? {
        Some(text) => {
            let shown = display(&outline_path);
            (Outline::parse(&text, &shown)?, Some(shown))
        }
        None => (Outline::builtin(), None),
    })
}

/// What a campaign holds besides its outline, all of it read against the outline.
struct Rest {
    roster: Option<Roster>,
    roster_origin: Option<String>,
    templates: Vec<TemplateFile>,
    reference_docx: Option<(String, Vec<u8>)>,
}

impl Rest {
    fn load(dir: &Path, outline: &Outline) -> Result<Rest, ConfigError> {
        let roster_path = dir.join("units.yaml");
        let (roster, roster_origin) = match read_optional(&roster_path)? {
            Some(text) => {
                let shown = display(&roster_path);
                (Some(Roster::parse(&text, &shown, outline)?), Some(shown))
            }
            None => (None, None),
        };
        let templates = load_templates(&dir.join("templates"))?;
        let reference_path = dir.join("reference.docx");
        let reference_docx = match std::fs::read(&reference_path) {
            Ok(bytes) => Some((display(&reference_path), bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(unreadable(&display(&reference_path), &e)),
        };
        Ok(Rest {
            roster,
            roster_origin,
            templates,
            reference_docx,
        })
    }

    fn with(self, outline: Outline, outline_origin: Option<String>) -> Campaign {
        Campaign {
            outline,
            outline_origin,
            roster: self.roster,
            roster_origin: self.roster_origin,
            templates: self.templates,
            reference_docx: self.reference_docx,
        }
    }
}

/// Every `*.tera` file directly in `dir`, in name order; none if `dir` does not exist.
fn load_templates(dir: &Path) -> Result<Vec<TemplateFile>, ConfigError> {
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(unreadable(&display(dir), &e)),
    };
    let mut paths: Vec<_> = listing
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tera"))
        .collect();
    paths.sort();
    let mut templates = Vec::new();
    for path in paths {
        let Some(text) = read_optional(&path)? else {
            continue;
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        templates.push(TemplateFile {
            name,
            path: display(&path),
            text,
        });
    }
    Ok(templates)
}

fn read_optional(path: &Path) -> Result<Option<String>, ConfigError> {
    let shown = display(path);
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(&shown, &e)),
    };
    if !metadata.is_file() {
        return Err(ConfigError::file(
            &shown,
            "không phải là tệp: hãy đổi tên hoặc chuyển đi thư mục đang trùng tên này".into(),
            "is not a file".into(),
        ));
    }
    if metadata.len() > MAX_CONFIG_BYTES {
        return Err(ConfigError::file(
            &shown,
            format!(
                "lớn hơn {MAX_CONFIG_BYTES} byte, trong khi tệp khai báo chiến dịch chỉ vài kilobyte: hãy kiểm tra đã đặt đúng tệp chưa"
            ),
            format!("is larger than {MAX_CONFIG_BYTES} bytes"),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(&shown, &e))?;
    match crate::read::decode::decode(&bytes) {
        crate::read::decode::Decoded::Text { text, .. } => Ok(Some(text.into_owned())),
        crate::read::decode::Decoded::Binary => Err(ConfigError::file(
            &shown,
            "không phải tệp văn bản: hãy mở bằng trình soạn thảo văn bản và lưu lại dưới dạng văn bản thuần (UTF-8)"
                .into(),
            "is not a text file".into(),
        )),
    }
}

/// A campaign file or folder that is there but cannot be read. The system's reason is
/// English; the commonest, no permission, is said in Vietnamese.
fn unreadable(shown: &str, error: &std::io::Error) -> ConfigError {
    let reason = match error.kind() {
        std::io::ErrorKind::PermissionDenied => "không có quyền đọc".to_owned(),
        _ => format!("chi tiết kỹ thuật: {error}"),
    };
    ConfigError::file(
        shown,
        format!(
            "không đọc được ({reason}): hãy kiểm tra tệp hoặc thư mục này và quyền đọc của tài khoản đang chạy, rồi chạy lại"
        ),
        format!("cannot read: {error}"),
    )
}

/// The campaign folder of a run that names none, found the way git finds `.git`: the
/// nearest folder holding `outline/`, going up from each of `starts` (the reports or
/// folders the command works on; a report checked from elsewhere belongs to its own
/// campaign), then from the working folder. Shown relative to the working folder.
pub fn find(starts: &[std::path::PathBuf]) -> Option<std::path::PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let mut from: Vec<std::path::PathBuf> = starts.iter().map(|start| cwd.join(start)).collect();
    from.push(cwd.clone());
    let found = from
        .iter()
        .find_map(|start| start.ancestors().map(|a| a.join("outline")).find(|o| o.is_dir()))?;
    Some(relative(&found, &cwd))
}

/// `path` as reached from `cwd`: `outline`, `../../outline`, or absolute when they share
/// nothing but the root.
fn relative(path: &Path, cwd: &Path) -> std::path::PathBuf {
    if let Ok(below) = path.strip_prefix(cwd) {
        return below.to_owned();
    }
    let mut up = std::path::PathBuf::new();
    for ancestor in cwd.ancestors().skip(1) {
        up.push("..");
        if let Ok(below) = path.strip_prefix(ancestor) {
            if ancestor.parent().is_none() {
                break;
            }
            return up.join(below);
        }
    }
    path.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_campaign_above_is_shown_from_the_working_folder() {
        let at = |p: &str, cwd: &str| relative(Path::new(p), Path::new(cwd));
        assert_eq!(at("/c/outline", "/c"), Path::new("outline"));
        assert_eq!(at("/c/outline", "/c/submissions/so-nganh"), Path::new("../../outline"));
        // Sharing only the root: absolute, not a climb to it.
        assert_eq!(at("/d/outline", "/c/x"), Path::new("/d/outline"));
    }
}
