//! `.doc`, `.odt`, `.rtf` through LibreOffice: converted headless to `.docx` in a
//! temporary folder, then read as any `.docx`; an Excel 97–2003 (`.xls`) or OpenDocument
//! (`.ods`) appendix likewise to `.xlsx`, whose number formats (`0,0%`) and hidden rows say
//! how its figures read. This is I/O (a child process, files), done
//! at the edge by `app`; the rest of reading stays pure. One conversion at a time (LibreOffice
//! is heavy, and two instances sharing a profile lock each other out), each bounded by a
//! timeout after which the process is killed: a file must never hang a run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::diagnostic::ConversionProblem;

/// Longest a conversion may take; a 15-page report takes a few seconds.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// Largest file taken back from LibreOffice (as for any submitted file).
const MAX_OUTPUT_BYTES: u64 = 16 * 1024 * 1024;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// LibreOffice's command-line program, from `PATH` (or its usual place on Windows).
pub fn find() -> Option<PathBuf> {
    let names: &[&str] = if cfg!(windows) {
        &["soffice.com", "soffice.exe"]
    } else {
        &["soffice", "libreoffice"]
    };
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in names {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    if cfg!(windows) {
        for base in [
            "C:\\Program Files\\LibreOffice\\program",
            "C:\\Program Files (x86)\\LibreOffice\\program",
        ] {
            let candidate = Path::new(base).join("soffice.com");
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// The file at `path` (a `.doc`, `.odt` or `.rtf` given by `format`) as `.docx` bytes.
pub fn to_docx(path: &Path, format: &str) -> Result<Vec<u8>, ConversionProblem> {
    convert(path, format, "docx")
}

/// The workbook at `path` (an `.xls` or `.ods` given by `format`) as `.xlsx` bytes.
pub fn to_xlsx(path: &Path, format: &str) -> Result<Vec<u8>, ConversionProblem> {
    convert(path, format, "xlsx")
}

fn convert(path: &Path, format: &str, target: &str) -> Result<Vec<u8>, ConversionProblem> {
    let program = find().ok_or(ConversionProblem::NoLibreOffice)?;
    let failed = |error: String| ConversionProblem::ConversionFailed { error };
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().map_err(|e| failed(e.to_string()))?;
    // A fixed name: the unit's file name may hold anything, and LibreOffice names its
    // output after its input.
    let input = dir.path().join(format!("input.{format}"));
    std::fs::copy(path, &input).map_err(|e| failed(e.to_string()))?;
    let out = dir.path().join("out");
    // A profile of its own, so a user's open LibreOffice (or another run) does not lock it.
    let profile = dir.path().join("profile");
    let profile_url = format!(
        "file:///{}",
        profile.display().to_string().trim_start_matches('/').replace('\\', "/")
    );
    let mut child = Command::new(&program)
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            "--convert-to",
            target,
            "--outdir",
        ])
        .arg(&out)
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| failed(e.to_string()))?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() < TIMEOUT => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(format!("no result after {} s", TIMEOUT.as_secs())));
            }
            Err(e) => {
                let _ = child.kill();
                return Err(failed(e.to_string()));
            }
        }
    };
    let output = out.join(format!("input.{target}"));
    let bytes = read_bounded(&output).map_err(|e| failed(format!("{e} (soffice: {status})")))?;
    Ok(bytes)
}

fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_OUTPUT_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_OUTPUT_BYTES {
        return Err(std::io::Error::other("the converted file is too large"));
    }
    Ok(bytes)
}
