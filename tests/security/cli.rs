//! Running the real binary on a campaign folder (as `tests/hostile.rs` does).
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

/// What one run of `baocao` gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub took: Duration,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout, self.stderr))
    }

    /// Every diagnostic of the file whose path ends with `name`.
    pub fn diagnostics(&self, name: &str) -> Vec<Value> {
        let json = self.json();
        let files = json["files"].as_array().expect("files");
        let file = files
            .iter()
            .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .unwrap_or_else(|| panic!("no file {name} in {}", self.stdout));
        file["diagnostics"].as_array().expect("diagnostics").clone()
    }

    /// The one diagnostic with `code` for `name`, which must exist.
    pub fn diagnostic(&self, name: &str, code: &str) -> Value {
        self.diagnostics(name)
            .into_iter()
            .find(|d| d["code"] == code)
            .unwrap_or_else(|| panic!("no {code} on {name}: {}", self.stdout))
    }
}

/// Runs the real binary in `dir`, killed after a minute (a hang fails the test).
pub fn baocao(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = assert_cmd::Command::cargo_bin("baocao").expect("the binary is built");
    command
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .timeout(Duration::from_secs(60));
    for (key, value) in env {
        command.env(key, value);
    }
    let start = Instant::now();
    let output = command.output().expect("baocao runs");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        took: start.elapsed(),
    };
    assert!(!run.stderr.contains("panicked"), "panic: {}", run.stderr);
    assert!(
        output.status.code().is_some(),
        "killed (timeout or signal): {}",
        run.stderr
    );
    run
}

pub fn check_json(dir: &Path) -> Run {
    baocao(
        dir,
        &[
            "check",
            "--format",
            "json",
            "--lang",
            "en",
            "--date-source",
            "front-matter",
        ],
        &[],
    )
}

/// A campaign folder with an empty `outline/` (every default) and `submissions/`.
pub fn campaign() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::create_dir_all(dir.path().join("outline")).expect("outline folder");
    std::fs::create_dir_all(dir.path().join("submissions")).expect("submissions folder");
    dir
}

pub fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, bytes).expect("write");
}

/// A complete, clean report of the built-in outline (the sample's Sở Nội vụ).
pub fn good_report() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("submissions/so-nganh/snv.md");
    std::fs::read_to_string(path).expect("the sample report")
}

/// A report whose front matter is `yaml` and whose body is the good one's.
pub fn with_front_matter(yaml: &str) -> String {
    let report = good_report();
    let body = report.splitn(3, "---\n").nth(2).expect("the sample has front matter");
    format!("---\n{yaml}---\n{body}")
}
