//! What a run settles before it starts: what it takes from its environment (the one
//! reading of the clock, the render timeout, colour, terminals), read once; the language
//! fatal errors are said in; where the campaign folder is, and the paths beside it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use crate::campaign::Campaign;
use crate::diagnostic::fatal::Fatal;
use crate::text::lang::Lang;

/// What a run takes from its environment, read once when it starts; nothing below reads
/// the environment or the clock on its own.
#[derive(Debug, Clone)]
pub struct Env {
    /// Seconds since 1970 standing in for the clock (`SOURCE_DATE_EPOCH`, the
    /// reproducible-builds convention), so a test or a rebuilt report never depends on
    /// the day it runs.
    source_date_epoch: Option<i64>,
    /// How long templates may render: they have loops, and a hostile one could run for
    /// ever. 60 s, or `BAOCAO_RENDER_TIMEOUT_SECS` (tests set a short one).
    pub render_timeout: Duration,
    /// `NO_COLOR` set and not empty.
    pub no_color: bool,
    pub stdout_terminal: bool,
    /// Progress is drawn only for a person watching.
    pub stderr_terminal: bool,
    /// GitHub's step summary file (`GITHUB_STEP_SUMMARY`), for `--format github`.
    pub step_summary: Option<PathBuf>,
}

impl Env {
    pub fn from_process() -> Env {
        use std::io::IsTerminal as _;
        let number = |name: &str| std::env::var(name).ok().and_then(|s| s.trim().parse::<i64>().ok());
        Env {
            source_date_epoch: number("SOURCE_DATE_EPOCH"),
            render_timeout: Duration::from_secs(
                number("BAOCAO_RENDER_TIMEOUT_SECS")
                    .and_then(|s| u64::try_from(s).ok())
                    .unwrap_or(60),
            ),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            stdout_terminal: std::io::stdout().is_terminal(),
            stderr_terminal: std::io::stderr().is_terminal(),
            step_summary: std::env::var_os("GITHUB_STEP_SUMMARY")
                .filter(|p| !p.is_empty())
                .map(PathBuf::from),
        }
    }

    /// Today in the campaign's time zone: the only reading of the clock, for defaults.
    pub fn today(&self, campaign: &Campaign) -> jiff::civil::Date {
        let now = self
            .source_date_epoch
            .and_then(|s| jiff::Timestamp::from_second(s).ok())
            .unwrap_or_else(jiff::Timestamp::now);
        now.to_zoned_datetime(campaign.outline.time_zone.clone()).date()
    }
}

/// One run: its environment, and the language its fatal errors are said in once that is
/// known (`--lang`, else the campaign's; before either, both languages).
#[derive(Debug)]
pub struct Session {
    pub env: Env,
    lang: OnceLock<Lang>,
}

impl Session {
    pub fn new(env: Env) -> Session {
        Session {
            env,
            lang: OnceLock::new(),
        }
    }

    /// The first language chosen stays: `--lang` is chosen before the campaign's.
    pub fn choose_lang(&self, lang: Option<Lang>) {
        if let Some(lang) = lang {
            let _ = self.lang.set(lang);
        }
    }

    pub fn lang(&self) -> Option<Lang> {
        self.lang.get().copied()
    }
}

/// The campaign folder: `--outline`, else the nearest `outline/` found the way git finds
/// `.git`, from the paths the command works on, then from the working folder.
pub fn campaign_dir(named: Option<&Path>, starts: &[PathBuf]) -> Option<PathBuf> {
    named
        .map(Path::to_owned)
        .or_else(|| crate::read::campaign::find(starts))
}

/// `submissions` (the default) beside the campaign's `outline/` when the working folder
/// has none: `baocao status` from a subfolder of the campaign.
pub fn beside_campaign(path: &Path, default: &str, dir: Option<&Path>) -> PathBuf {
    if path == Path::new(default) && !path.exists() {
        let root = dir.and_then(Path::parent).map(|root| root.join(default));
        if let Some(root) = root.filter(|r| r.exists()) {
            return root;
        }
    }
    path.to_owned()
}

/// Sets the language of fatal errors and says which outline is in effect when it is
/// not one found in the working folder: the built-in one, or one found further up.
pub fn opened(session: &Session, campaign: &Campaign, dir: Option<&Path>, named: bool, lang: Option<Lang>) -> Lang {
    let lang = lang.unwrap_or(campaign.outline.language);
    session.choose_lang(Some(lang));
    match (&campaign.outline_origin, dir) {
        (None, None) => eprintln!(
            "{}",
            lang.pick(
                "ghi chú: không tìm thấy thư mục outline/ ở đây hay ở các thư mục cha: dùng đề cương mặc định có sẵn (chỉ ra thư mục chiến dịch bằng --outline)",
                "note: no outline/ folder here or above: the built-in outline is in effect (name the campaign folder with --outline)",
            )
        ),
        (None, Some(dir)) => eprintln!(
            "{} {}",
            lang.pick(
                "ghi chú: không có outline.yaml trong thư mục chiến dịch, dùng đề cương mặc định có sẵn:",
                "note: no outline.yaml in the campaign folder, the built-in outline is in effect:",
            ),
            crate::read::display(dir)
        ),
        // Named with --outline: the person knows which.
        (Some(origin), Some(dir)) if !named && dir != Path::new("outline") => eprintln!(
            "{} {origin}",
            lang.pick("ghi chú: đề cương đang dùng:", "note: outline in effect:")
        ),
        (Some(_), _) => {}
    }
    lang
}

/// Every path named must exist: a typo is said with the nearest name in its folder.
pub fn require_paths(paths: &[PathBuf]) -> anyhow::Result<()> {
    for path in paths {
        if std::fs::symlink_metadata(path).is_ok() {
            continue;
        }
        let shown = crate::read::display(path);
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let siblings: Vec<String> = std::fs::read_dir(&parent)
            .map(|listing| {
                listing
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let near = crate::text::suggest::closest(&name, siblings.iter().map(String::as_str));
        let (vi_hint, en_hint) = crate::diagnostic::fatal::did_you_mean(near);
        return Err(Fatal::new(
            format!("không có tệp hoặc thư mục “{shown}”{vi_hint}: kiểm tra lại tên và thư mục đang đứng"),
            format!("no file or folder “{shown}”{en_hint}: check the name and the working folder"),
        )
        .into());
    }
    Ok(())
}
