//! Helpers shared by the integration tests: running the real binary, writing fixture
//! folders and copies of the sample campaign, reading `check`'s JSON, encoding text the ways
//! units' editors do, a well-formed report of the default (114-KL/TW) outline to break on
//! purpose, and git at fixed dates.

pub mod corpus;
pub mod docx;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// The repository root (where `outline/` and `submissions/` are).
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The sample campaign's folder (the repository's `outline/`), as an `--outline` argument.
pub fn sample_outline() -> &'static str {
    static OUTLINE: LazyLock<String> =
        LazyLock::new(|| repo_root().join("outline").to_str().expect("UTF-8 path").to_owned());
    &OUTLINE
}

/// What one run of `baocao` gave.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub took: Duration,
}

impl Run {
    /// The JSON document on stdout (`--format json`).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr))
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

/// Runs the real binary in `dir` with `args`, without colour and without a GitHub step
/// summary to append to, killed after a minute. A panic, or a run killed (a hang, a
/// signal), fails the test; so does output that is not UTF-8.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    run_env(dir, args, &[])
}

/// [`run`] with `env` set (after the defaults, which it may override).
pub fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = assert_cmd::Command::cargo_bin("baocao").expect("the baocao binary is built");
    command
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .timeout(Duration::from_secs(60));
    for (key, value) in env {
        command.env(key, value);
    }
    let start = Instant::now();
    let output = command.output().expect("baocao runs");
    let took = start.elapsed();
    let text = |bytes: Vec<u8>, stream: &str| {
        String::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("{stream} is not UTF-8 ({e}): {}", String::from_utf8_lossy(e.as_bytes())))
    };
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: text(output.stdout, "stdout"),
        stderr: text(output.stderr, "stderr"),
        took,
    };
    assert!(!run.stderr.contains("panicked"), "panic: {}", run.stderr);
    assert!(
        output.status.code().is_some(),
        "killed (timeout or signal): {}",
        run.stderr
    );
    run
}

/// Copies the folder `from`, and everything in it, to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder created");
    for entry in std::fs::read_dir(from).expect("folder listed") {
        let entry = entry.expect("folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("file copied");
        }
    }
}

/// A temporary folder to write a campaign and its reports into.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// A copy of the sample campaign of the repository (`outline/`, `submissions/`).
    pub fn sample() -> Scratch {
        let scratch = Scratch::new();
        for folder in ["outline", "submissions"] {
            copy_dir(&repo_root().join(folder), &scratch.join(folder));
        }
        scratch
    }

    /// A campaign folder with an empty `outline/` (every default) and `submissions/`.
    pub fn campaign() -> Scratch {
        let scratch = Scratch::new();
        scratch.mkdir("outline").mkdir("submissions");
        scratch
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Writes `bytes` at `relative`, creating folders on the way.
    pub fn write(&self, relative: &str, bytes: impl AsRef<[u8]>) -> &Scratch {
        let path = self.join(relative);
        std::fs::create_dir_all(path.parent().expect("a file has a parent")).expect("folder created");
        std::fs::write(&path, bytes).expect("file written");
        self
    }

    pub fn mkdir(&self, relative: &str) -> &Scratch {
        std::fs::create_dir_all(self.join(relative)).expect("folder created");
        self
    }

    /// The text of the file at `relative`.
    pub fn read(&self, relative: &str) -> String {
        let path = self.join(relative);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The JSON document in the file at `relative` (a compiled `.json`).
    pub fn read_json(&self, relative: &str) -> Value {
        serde_json::from_str(&self.read(relative)).unwrap_or_else(|e| panic!("{relative} is not JSON: {e}"))
    }

    /// `baocao check --format json --outline <outline> <paths…>` in this folder.
    pub fn check_json(&self, outline: &str, paths: &[&str]) -> (Run, Value) {
        let mut args = vec!["check", "--format", "json", "--outline", outline];
        args.extend_from_slice(paths);
        let run = run(self.path(), &args);
        let json = run.json();
        (run, json)
    }

    /// `baocao check --format json` on this campaign folder (its `outline/` and
    /// `submissions/`), in English, dated by the front matter only.
    pub fn check_campaign(&self) -> Run {
        self.run(&[
            "check",
            "--format",
            "json",
            "--lang",
            "en",
            "--date-source",
            "front-matter",
        ])
    }

    /// `check --format json` on the compiled `output/bao-cao-tong-hop.md`, as the level
    /// above checks it: with its own campaign folder (here an empty `centre/`: the built-in
    /// outline, no roster).
    pub fn check_as_the_centre(&self) -> Run {
        self.mkdir("centre");
        self.run(&[
            "check",
            "output/bao-cao-tong-hop.md",
            "--outline",
            "centre",
            "--format",
            "json",
        ])
    }

    /// `compile --format md` of the submissions in `s/` as of the day after the sample
    /// campaign's last deadline: the compiled Markdown.
    pub fn compiled_md(&self) -> String {
        let run = self.compile(sample_outline(), "out", "md", "2026-04-30");
        assert!(run.code <= 1, "{run:?}");
        self.read("out/bao-cao-tong-hop.md")
    }

    /// `compile` of the submissions in `s/` with the campaign in `outline`, into `out`, in
    /// `formats`, as of `as_of`.
    pub fn compile(&self, outline: &str, out: &str, formats: &str, as_of: &str) -> Run {
        self.run(&[
            "compile",
            "--submissions",
            "s",
            "--outline",
            outline,
            "--out",
            out,
            "--format",
            formats,
            "--as-of",
            as_of,
        ])
    }

    pub fn run(&self, args: &[&str]) -> Run {
        run(self.path(), args)
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_env(self.path(), args, env)
    }
}

/// The paths of the file entries of a `check --format json` document, in output order.
pub fn paths(json: &Value) -> Vec<&str> {
    json["files"]
        .as_array()
        .expect("files is an array")
        .iter()
        .map(|f| f["path"].as_str().expect("path is text"))
        .collect()
}

/// One diagnostic of the JSON output, reduced to what tests compare.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diag {
    pub code: String,
    pub line: u64,
    pub column: u64,
    /// `section`, `field` or `indicator`, whichever is set.
    pub key: Option<String>,
    pub severity: String,
}

impl std::fmt::Display for Diag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{} {}",
            self.line,
            self.column,
            self.code,
            self.key.as_deref().unwrap_or("-")
        )
    }
}

/// The file entry of `path` in a `check --format json` document.
pub fn file<'a>(json: &'a Value, path: &str) -> &'a Value {
    json["files"]
        .as_array()
        .expect("files is an array")
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("no file {path} in the output:\n{json:#}"))
}

/// The diagnostics of one file entry, checking the documented shape on the way.
pub fn diags(file: &Value) -> Vec<Diag> {
    file["diagnostics"]
        .as_array()
        .expect("diagnostics is an array")
        .iter()
        .map(|d| {
            for key in [
                "code",
                "severity",
                "line",
                "column",
                "section",
                "field",
                "indicator",
                "message",
            ] {
                assert!(d.get(key).is_some(), "diagnostic without `{key}`: {d}");
            }
            let message = d["message"].as_str().expect("message is text");
            assert!(!message.trim().is_empty(), "empty message: {d}");
            let keys: Vec<&str> = ["section", "field", "indicator"]
                .iter()
                .filter_map(|k| d[*k].as_str())
                .collect();
            assert!(keys.len() <= 1, "more than one key set: {d}");
            let line = d["line"].as_u64().expect("line is a number");
            let column = d["column"].as_u64().expect("column is a number");
            assert!(line >= 1 && column >= 1, "lines and columns are 1-based: {d}");
            Diag {
                code: d["code"].as_str().expect("code is text").to_owned(),
                line,
                column,
                key: keys.first().map(|k| (*k).to_owned()),
                severity: d["severity"].as_str().expect("severity is text").to_owned(),
            }
        })
        .collect()
}

/// The diagnostics of `path` as `(code, line, key)`, in output order.
pub fn codes_lines(json: &Value, path: &str) -> Vec<(String, u64, Option<String>)> {
    diags(file(json, path))
        .into_iter()
        .map(|d| (d.code, d.line, d.key))
        .collect()
}

/// Just the codes of `path`, in output order.
pub fn codes(json: &Value, path: &str) -> Vec<String> {
    diags(file(json, path)).into_iter().map(|d| d.code).collect()
}

/// 1-based line of the first line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> u64 {
    let index = text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("`{needle}` not in the text"));
    index as u64 + 1
}

/// 1-based (line, column in characters) of the first occurrence of `needle`.
pub fn position_of(text: &str, needle: &str) -> (u64, u64) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in the text"));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count() as u64 + 1;
    (line, text[line_start..at].chars().count() as u64 + 1)
}

// ---------------------------------------------------------------------------------------
// Encodings, as Notepad, old Vietnamese Windows and macOS write them.

pub fn utf8_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

pub fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

pub fn utf16be(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    bytes
}

pub fn nfd(text: &str) -> String {
    text.nfd().collect()
}

pub fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// The five Vietnamese tone marks as combining characters.
fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}')
}

/// Windows-1258 as Vietnamese Windows writes it: base letters (ă, â, ê, ô, ơ, ư, đ)
/// precomposed, tone marks as separate combining bytes. Panics on a character the code
/// page cannot hold, and checks that the result is not valid UTF-8 (or the tool would
/// rightly read it as UTF-8).
pub fn windows_1258(text: &str) -> Vec<u8> {
    let mut staged = String::new();
    for c in text.chars() {
        let parts: String = c.to_string().nfd().collect();
        let base: String = parts
            .chars()
            .filter(|c| !is_tone_mark(*c))
            .collect::<String>()
            .nfc()
            .collect();
        staged.push_str(&base);
        staged.extend(parts.chars().filter(|c| is_tone_mark(*c)));
    }
    let (bytes, _, had_errors) = encoding_rs::WINDOWS_1258.encode(&staged);
    assert!(!had_errors, "text not representable in Windows-1258: {text:?}");
    let bytes = bytes.into_owned();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "Windows-1258 bytes that happen to be UTF-8"
    );
    bytes
}

/// Drops every diacritic (`đ` → `d`), as a unit typing without an input method: the
/// library's own folding, since this only makes test input.
pub use baocao::text::fold::strip_diacritics;

// ---------------------------------------------------------------------------------------
// A correct report of the default outline, to break on purpose in focused tests.

/// Twenty-odd words of plain prose: enough for any section.
pub const PROSE: &str = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, \
đảng viên và Nhân dân; kết quả được đánh giá cao, tạo chuyển biến rõ nét trong nhận thức và hành động.";

/// Front matter with the four required fields and a `submitted` time on time.
pub fn front_matter(code: &str, name: &str, category: &str) -> String {
    format!(
        "---\nunit: \"{name}\"\nunit_code: {code}\ncategory: {category}\ndate: 2026-04-15\nsubmitted: 2026-04-16T09:30:00+07:00\n---\n"
    )
}

/// The body of a complete, clean report of the default outline.
pub fn body() -> String {
    let p = PROSE;
    format!(
        "
ĐẢNG BỘ TỈNH NGHỆ AN

**BÁO CÁO**

**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**

# I. Đánh giá công tác lãnh đạo, chỉ đạo

{p}

# II. Kết quả triển khai thực hiện

{p}

## 1. Những kết quả nổi bật

{p}

## 2. Tồn tại, hạn chế, khó khăn, vướng mắc

{p}

## 3. Nguyên nhân

{p}

## 4. Bài học kinh nghiệm

{p}

## 5. Chủ trương, giải pháp trong giai đoạn mới

{p}

# III. Đánh giá tác động

{p}

# IV. Kiến nghị, đề xuất

{p}

# Phụ lục

| STT | Chỉ tiêu | Số liệu | Ghi chú |
|---:|---|---:|---|
| 1 | Số văn bản lãnh đạo, chỉ đạo về công tác dân vận được ban hành | 48 | |
| 2 | Số hội nghị quán triệt, triển khai, sơ kết, tổng kết | 36 | |
| 3 | Số lượt cán bộ, công chức, viên chức được tập huấn, bồi dưỡng | 2.071 | |
| 4 | Số cuộc đối thoại của người đứng đầu với Nhân dân | 24 | |
| 5 | Số lượt tiếp công dân | 1.215 | |
| 6 | Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận | 356 | |
| 7 | Số đơn thư đã giải quyết | 341 | |
| 8 | Số mô hình “Dân vận khéo” được công nhận | 12 | |
| 9 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến (%) | 67,8 | |
"
    )
}

/// A complete, clean report of Sở Nội vụ (`SNV`, in [`ROSTER`]).
pub fn report() -> String {
    front_matter("SNV", "Sở Nội vụ", "so-nganh") + &body()
}

/// The sample's report of Sở Nội vụ (`submissions/so-nganh/snv.md`), complete and clean
/// for the built-in outline.
pub fn sample_report() -> String {
    std::fs::read_to_string(repo_root().join("submissions/so-nganh/snv.md")).expect("the sample report")
}

/// A report whose front matter is `yaml` and whose body is [`sample_report`]'s.
pub fn with_front_matter(yaml: &str) -> String {
    let report = sample_report();
    let body = report.splitn(3, "---\n").nth(2).expect("the sample has front matter");
    format!("---\n{yaml}---\n{body}")
}

/// A small roster for the default outline.
pub const ROSTER: &str = "units:
  - code: SNV
    name: \"Sở Nội vụ\"
    category: so-nganh
  - code: HB
    name: \"Đảng ủy xã Hoà Bình\"
    category: dang-uy-xa-phuong
    due: 2026-04-24
  - code: MTTQ
    name: \"Uỷ ban MTTQ Việt Nam tỉnh\"
    category: mttq-doan-the
  - code: TD
    name: \"Tỉnh đoàn\"
    category: mttq-doan-the
";

/// A program on `PATH`, if there is one.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

// ---------------------------------------------------------------------------------------
// git, for lateness read from commits.

pub fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs git in `dir` as a fixed, configuration-free user, at `date` (RFC 3339).
pub fn git(dir: &Path, args: &[&str], date: &str) {
    let output = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Văn thư",
            "-c",
            "user.email=vanthu@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// How a unit writes its headings: the same report laid out three ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingStyle {
    /// `# I. …`, `## 1. …`: Markdown headings (Word's `Heading 1…` styles once read).
    Markdown,
    /// `**I. …**`: bold paragraphs, as a report pasted from Word writes them.
    Bold,
    /// `I. …`: plain lines, as a report saved as text writes them.
    Plain,
}

/// The lines of `text` after its opening block (from its first line that a heading can be)
/// that are a heading, a bold line or a short line opening with a numbering marker or in
/// capitals, rewritten in `style`: a Markdown heading keeps its level; a bold or plain line
/// becomes a heading of level 1 when numbered `I.`, `A.` or `PHẦN` or unnumbered, else of
/// level 2 (a lower-case letter: 3). Table rows, the title block and the signature block
/// (from `T/M …` or `Nơi nhận`, but for Markdown headings) are left alone.
pub fn headings_as(text: &str, style: HeadingStyle) -> String {
    let mut out = Vec::new();
    let (mut body, mut closing) = (false, false);
    for line in text.lines() {
        let trimmed = line.trim();
        let (level, title) = if let Some(rest) = trimmed.strip_prefix('#') {
            let hashes = 1 + rest.len() - rest.trim_start_matches('#').len();
            (Some(hashes), rest.trim_start_matches('#').trim())
        } else {
            (None, trimmed.trim_matches('*').trim())
        };
        let first = title.split_whitespace().next().unwrap_or("");
        let numbered = first.len() <= 4
            && (first.ends_with('.') || first.ends_with(')'))
            && first.chars().next().is_some_and(char::is_alphanumeric);
        let part = first.starts_with("PHẦN") || first.starts_with("Phần");
        let capitals = title.chars().any(char::is_alphabetic) && !title.chars().any(char::is_lowercase);
        body |= level.is_some() || numbered;
        // The signature and recipients: only a real heading after them (the appendix).
        closing |= title.starts_with("T/M") || title.starts_with("Nơi nhận");
        let heading = body
            && !trimmed.starts_with('|')
            && title.split_whitespace().count() <= 24
            && (level.is_some() || !closing && (numbered || part || capitals && title.split_whitespace().count() > 1));
        if !heading || title.is_empty() {
            out.push(line.to_owned());
            continue;
        }
        let roman = first
            .trim_end_matches(['.', ')', ':'])
            .chars()
            .all(|c| "IVX".contains(c));
        let capital_letter = first.len() == 2 && first.starts_with(|c: char| c.is_uppercase());
        let level = level.unwrap_or(if roman || part || capital_letter || !numbered {
            1
        } else if first.starts_with(|c: char| c.is_ascii_digit()) {
            2
        } else {
            3
        });
        out.push(match style {
            HeadingStyle::Markdown => format!("{} {title}", "#".repeat(level)),
            HeadingStyle::Bold => format!("**{title}**"),
            HeadingStyle::Plain => title.to_owned(),
        });
    }
    out.join("\n") + "\n"
}
