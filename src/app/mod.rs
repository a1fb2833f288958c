//! The only place that sequences the stages and touches the outside world: reading the
//! campaign and the submissions, asking git, writing output.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use rayon::prelude::*;

use crate::across::{self, Input, Outcome};
use crate::campaign::Campaign;
use crate::campaign::error::ConfigError;
use crate::campaign::outline::Outline;
use crate::cli::{
    CheckArgs, CheckFormat, Cli, Color, Command, CompileArgs, FailOn, NewArgs, OutlineArgs, OutlineFormat,
    OutputFormat, StatusArgs, StatusFormat,
};
use crate::diagnostic::fatal::Fatal;
use crate::diagnostic::{Diagnostic, Finding, Severity};
use crate::output::check as format;
use crate::read::discover::{self, Entry, EntryKind};
use crate::read::git::History;
use crate::report::{self, Report};
use crate::text::lang::Lang;

/// Reports are 4–15 pages; a file this large is something else, and is not read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Exit codes: 0 clean, 1 findings, 2 the tool could not do its job.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Check(args) => check(&args),
        Command::Compile(args) => compile(&args),
        Command::New(args) => new(&args),
        Command::Outline(args) => outline(&args),
        Command::Status(args) => status(&args),
        Command::Completions(args) => completions(args.shell),
        Command::Man => man(),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}", fatal_text(&error, LANG.get().copied()));
            ExitCode::from(2)
        }
    }
}

/// A completion script for `shell`, from the same definition as the parser.
fn completions(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    use clap::CommandFactory as _;
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "baocao", &mut out);
    write_stdout(&String::from_utf8_lossy(&out))?;
    Ok(ExitCode::SUCCESS)
}

/// The manual page, from the same definition as `--help`.
fn man() -> anyhow::Result<ExitCode> {
    use clap::CommandFactory as _;
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    write_stdout(&String::from_utf8_lossy(&out))?;
    Ok(ExitCode::SUCCESS)
}

/// The language fatal errors are said in, once known: `--lang`, else the campaign's.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

fn choose_lang(lang: Option<Lang>) {
    if let Some(lang) = lang {
        let _ = LANG.set(lang);
    }
}

/// A fatal error in the chosen language; before any is known (the campaign could not be
/// read) in Vietnamese, then English.
fn fatal_text(error: &anyhow::Error, lang: Option<Lang>) -> String {
    let both = |vi: &str, en: &str| match lang {
        Some(Lang::Vi) => format!("lỗi: {vi}"),
        Some(Lang::En) => format!("error: {en}"),
        None => format!("lỗi: {vi}\nerror: {en}"),
    };
    if let Some(fatal) = error.downcast_ref::<Fatal>() {
        return both(&fatal.vi, &fatal.en);
    }
    if let Some(config) = error.downcast_ref::<ConfigError>() {
        return both(&config.text(Lang::Vi), &config.text(Lang::En));
    }
    match lang {
        Some(Lang::Vi) => format!("lỗi: {error:#}"),
        _ => format!("error: {error:#}"),
    }
}

/// The campaign folder: `--outline`, else the nearest `outline/` found the way git finds
/// `.git`, from the paths the command works on, then from the working folder.
fn campaign_dir(named: Option<&Path>, starts: &[PathBuf]) -> Option<PathBuf> {
    named
        .map(Path::to_owned)
        .or_else(|| crate::read::campaign::find(starts))
}

/// `submissions` (the default) beside the campaign's `outline/` when the working folder
/// has none: `baocao status` from a subfolder of the campaign.
fn beside_campaign(path: &Path, default: &str, dir: Option<&Path>) -> PathBuf {
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
fn opened(campaign: &Campaign, dir: Option<&Path>, named: bool, lang: Option<Lang>) -> Lang {
    let lang = lang.unwrap_or(campaign.outline.language);
    choose_lang(Some(lang));
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
fn require_paths(paths: &[PathBuf]) -> anyhow::Result<()> {
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

fn check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), &args.paths);
    let paths: Vec<PathBuf> = args
        .paths
        .iter()
        .map(|p| beside_campaign(p, "submissions", dir.as_deref()))
        .collect();
    let (campaign, read) = open_and_read(dir.as_deref(), || Ok(()), &paths, args.date_source, false)?;
    let lang = opened(&campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    let roll_call = paths
        .iter()
        .any(|p| p.is_dir() && !inside_submissions(p, dir.as_deref()));
    let outcome = check_read(roll_call, read?, &campaign, args.date_source);
    let color = || match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let roster_known = campaign.roster.is_some();
    let text = match args.format {
        CheckFormat::Json => format::json::render(&outcome, lang),
        CheckFormat::Human => format::human::render(&outcome, lang, color(), roster_known),
        CheckFormat::Sarif => format::sarif::render(&outcome, lang),
        CheckFormat::Junit => format::junit::render(&outcome, lang),
        CheckFormat::Github => {
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                append(Path::new(&path), &format::github::step_summary(&outcome, lang))?;
            }
            let annotations = format::github::annotations(&outcome, lang);
            // The annotations are escaped where they are made; the human report follows in
            // the same stream, where no line of it may read as a workflow command.
            annotations + &format::no_workflow_commands(&format::human::render(&outcome, lang, false, roster_known))
        }
    };
    write_stdout(&text)?;
    let errors = outcome.count(Severity::Error) > 0;
    let fail_on = if args.deny_warnings {
        FailOn::Warning
    } else {
        args.fail_on
    };
    let failed = errors
        || match fail_on {
            FailOn::Error => false,
            FailOn::Warning => outcome.count(Severity::Warning) > 0,
            FailOn::Late => outcome.files.iter().any(|f| f.late_days.is_some_and(|d| d > 0)),
        };
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Today in the campaign's time zone: the only reading of the clock, for defaults.
/// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) stands in
/// for the clock when set, so a test or a rebuilt report never depends on the day it runs.
fn today(campaign: &Campaign) -> jiff::civil::Date {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    now.to_zoned_datetime(campaign.outline.time_zone.clone()).date()
}

fn new(args: &NewArgs) -> anyhow::Result<ExitCode> {
    choose_lang(args.lang);
    let starts: Vec<PathBuf> = args.output.iter().cloned().collect();
    let dir = campaign_dir(args.outline.as_deref(), &starts);
    let campaign = crate::read::campaign::open(dir.as_deref())?;
    let lang = opened(&campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    let Some(roster) = &campaign.roster else {
        let path = crate::read::display(&dir.unwrap_or_else(|| PathBuf::from("outline")).join("units.yaml"));
        return Err(Fatal::new(
            format!("không có danh sách đơn vị ({path}): lệnh `new` lấy tên và loại đơn vị từ đó; hãy tạo tệp này hoặc chỉ ra thư mục chiến dịch bằng --outline"),
            format!("no roster ({path}): `new` fills the front matter from it; create it, or name the campaign folder with --outline"),
        )
        .into());
    };
    let Some(unit) = roster.get(&args.unit) else {
        let (vi_hint, en_hint) = crate::diagnostic::fatal::did_you_mean(roster.suggest(&args.unit));
        let unit = &args.unit;
        return Err(Fatal::new(
            format!("mã đơn vị “{unit}” không có trong danh sách đơn vị{vi_hint}; mã phân biệt chữ hoa, chữ thường (xem `baocao outline`)"),
            format!("unit code “{unit}” is not in the roster{en_hint}; codes are case-sensitive (see `baocao outline`)"),
        )
        .into());
    };
    let extension = match args.format {
        crate::cli::DraftFormat::Md => "md",
        crate::cli::DraftFormat::Docx => "docx",
    };
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| format!("{}.{extension}", unit.code.to_lowercase()).into());
    let shown = crate::read::display(&path);
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(Fatal::new(
            format!("tệp “{shown}” đã có: bản nháp không bao giờ bị ghi đè; hãy đổi tên hoặc xoá tệp cũ, hoặc chọn tên khác bằng -o"),
            format!("“{shown}” already exists: a draft is never overwritten; rename or remove it, or choose another name with -o"),
        )
        .into());
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
        let folder = crate::read::display(parent);
        return Err(Fatal::new(
            format!("chưa có thư mục “{folder}” để ghi “{shown}”: hãy tạo thư mục trước, hoặc chọn chỗ khác bằng -o"),
            format!(
                "there is no folder “{folder}” to write “{shown}” in: create it first, or choose another place with -o"
            ),
        )
        .into());
    }
    let appendix = blank_appendix(args, &campaign, unit, &path)?;
    let day = args.as_of.unwrap_or_else(|| today(&campaign));
    let bytes = match args.format {
        crate::cli::DraftFormat::Md => crate::output::draft::draft(&campaign.outline, unit, day).into_bytes(),
        crate::cli::DraftFormat::Docx => crate::output::docx::draft(&campaign.outline, unit, day)?,
    };
    crate::write::write_new(&path, &bytes)?;
    write_stdout(&format!("{} {shown}\n", lang.pick("Đã tạo", "Created")))?;
    if let Some((beside, bytes)) = appendix {
        crate::write::write_new(&beside, &bytes)?;
        write_stdout(&format!(
            "{} {}\n",
            lang.pick("Đã tạo", "Created"),
            crate::read::display(&beside)
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The unit's blank appendix asked for with `--appendix`, and where it goes (beside the
/// draft, `x.xlsx` next to `x.md`). Made and its place checked before the draft is
/// written: a refused workbook leaves no draft behind to refuse the next try.
fn blank_appendix(
    args: &NewArgs,
    campaign: &Campaign,
    unit: &crate::campaign::roster::Unit,
    draft: &Path,
) -> anyhow::Result<Option<(std::path::PathBuf, Vec<u8>)>> {
    let Some(crate::cli::AppendixFormat::Xlsx) = args.appendix else {
        return Ok(None);
    };
    let beside = draft.with_extension("xlsx");
    if std::fs::symlink_metadata(&beside).is_ok() {
        let shown = crate::read::display(&beside);
        return Err(Fatal::new(
            format!("tệp “{shown}” đã có: biểu số liệu không bao giờ bị ghi đè; hãy đổi tên hoặc xoá tệp cũ, hoặc chọn tên khác bằng -o"),
            format!("“{shown}” already exists: an appendix is never overwritten; rename or remove it, or choose another name with -o"),
        )
        .into());
    }
    let day = args.as_of.unwrap_or_else(|| today(campaign));
    let bytes = crate::output::xlsx::blank_appendix(&campaign.outline, unit, day)
        .map_err(|e| anyhow::anyhow!("cannot make the Excel workbook: {e}"))?;
    Ok(Some((beside, bytes)))
}

fn outline(args: &OutlineArgs) -> anyhow::Result<ExitCode> {
    choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), &[]);
    let campaign = crate::read::campaign::open(dir.as_deref())?;
    let lang = args.lang.unwrap_or(campaign.outline.language);
    choose_lang(Some(lang));
    let text = match args.format {
        OutlineFormat::Human => crate::output::outline::human(&campaign, lang),
        OutlineFormat::Json => crate::output::outline::json(&campaign),
    };
    write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn status(args: &StatusArgs) -> anyhow::Result<ExitCode> {
    choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), std::slice::from_ref(&args.submissions));
    let inputs = &[beside_campaign(&args.submissions, "submissions", dir.as_deref())];
    let out = args.out.clone().unwrap_or_else(|| PathBuf::from("output"));
    let out_dir = || match args.format {
        StatusFormat::Html => crate::write::check_out_dir(&out, inputs),
        StatusFormat::Human | StatusFormat::Json => match &args.out {
            // Said, not ignored: the person expects a page in that folder.
            Some(out) => {
                let out = crate::read::display(out);
                Err(Fatal::new(
                    format!("--out {out} chỉ dùng với --format html (chỉ trang HTML được ghi ra tệp); thêm --format html, hoặc bỏ --out"),
                    format!("--out {out} is only used with --format html (only the HTML page is written to a file); add --format html, or leave --out out"),
                )
                .into())
            }
            None => Ok(()),
        },
    };
    let (campaign, read) = open_and_read(dir.as_deref(), out_dir, inputs, args.date_source, false)?;
    let lang = opened(&campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    let outcome = check_read(true, read?, &campaign, args.date_source);
    let roll = crate::compiled::roll(&campaign, &outcome);
    let as_of = args.as_of.unwrap_or_else(|| today(&campaign));
    let board = crate::output::status::board(&campaign.outline, &roll, as_of, lang);
    match args.format {
        StatusFormat::Human => write_stdout(&crate::output::status::human(&board, lang))?,
        StatusFormat::Json => write_stdout(&crate::output::status::json(&board))?,
        StatusFormat::Html => {
            let renderer = crate::output::template::Renderer::new(&campaign.templates)?;
            let page = renderer.render("status.html.tera", &crate::output::status::page(&board, lang))?;
            let path = crate::write::write_atomic(&out, "tinh-hinh-nop-bao-cao.html", page.as_bytes())?;
            write_stdout(&format!(
                "{} {}\n",
                lang.pick("Đã ghi", "Wrote"),
                crate::read::display(&path)
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Appends to a file another program owns (GitHub's step summary).
fn append(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Templates have loops; a hostile one could run for ever. Rendering gets this long:
/// 60 s, or `BAOCAO_RENDER_TIMEOUT_SECS` (read once; tests set a short one).
static RENDER_TIMEOUT: std::sync::LazyLock<std::time::Duration> = std::sync::LazyLock::new(|| {
    let seconds = std::env::var("BAOCAO_RENDER_TIMEOUT_SECS")
        .ok()
        .and_then(|s| s.trim().parse().ok());
    std::time::Duration::from_secs(seconds.unwrap_or(60))
});

fn compile(args: &CompileArgs) -> anyhow::Result<ExitCode> {
    choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), std::slice::from_ref(&args.submissions));
    let inputs = &[beside_campaign(&args.submissions, "submissions", dir.as_deref())];
    let out_dir = || crate::write::check_out_dir(&args.out, inputs);
    let (campaign, read) = open_and_read(dir.as_deref(), out_dir, inputs, args.date_source, true)?;
    let lang = opened(&campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    // A template's fault is said before the reading's, as when nothing was done side by side.
    let renderer = crate::output::template::Renderer::new(&campaign.templates)?;
    let outcome = check_read(true, read?, &campaign, args.date_source);
    let as_of = args.as_of.unwrap_or_else(|| today(&campaign));
    let compiled = crate::compiled::compile(&campaign, &outcome, as_of);
    if compiled.status.submitted == 0 {
        // A report of zeros would read as "no unit did anything": nothing is written.
        let folder = crate::read::display(&inputs[0]);
        let (files, rejected) = (outcome.files.len(), compiled.status.rejected.len());
        return Err(Fatal::new(
            format!("không có báo cáo nào được tính trong “{folder}” ({files} tệp, {rejected} bị loại): không ghi báo cáo tổng hợp; kiểm tra --submissions, hoặc chạy `baocao check {folder}` để xem lỗi"),
            format!("no report counts in “{folder}” ({files} files, {rejected} rejected): no compiled report is written; check --submissions, or run `baocao check {folder}` to see why"),
        )
        .into());
    }
    let mut report = format::human::summary(&outcome, lang, campaign.roster.is_some());
    report.push('\n');
    report.push_str(&crate::compiled::other_summary(&compiled, lang));
    drop(outcome);
    let base = if campaign.outline.document.output_name.is_empty() {
        "bao-cao-tong-hop".to_owned()
    } else {
        campaign.outline.document.output_name.clone()
    };
    // `--format html,html` is one HTML report, not two renders racing for one file.
    let mut formats: Vec<OutputFormat> = Vec::with_capacity(args.format.len());
    for format in &args.format {
        if !formats.contains(format) {
            formats.push(*format);
        }
    }
    let reference = campaign.reference_docx.clone();
    let out = args.out.clone();
    // Held until every file is in place; cleans what killed runs left behind.
    let _out_folder = crate::write::hold_out_folder(&out)?;
    let staging = crate::write::Staging::default();
    let rendering = staging.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut compiled = compiled;
        let templated = formats
            .iter()
            .any(|f| matches!(f, OutputFormat::Md | OutputFormat::Html));
        let context = templated.then(|| renderer.compiled_context("report.md.tera", &mut compiled));
        let figures = crate::output::template::figures_json(&compiled);
        // The formats are independent: rendered side by side, each straight into its file.
        let staged: anyhow::Result<Vec<crate::write::Staged>> = formats
            .par_iter()
            .map(|&format| {
                let template = |name: &str, out: &mut dyn Write| -> anyhow::Result<()> {
                    match &context {
                        Some(Ok(context)) => renderer.render_to(name, context, out),
                        Some(Err(error)) => Err(error.clone().into()),
                        None => Err(anyhow::anyhow!("no template context")),
                    }
                };
                let extension = match format {
                    OutputFormat::Md => "md",
                    OutputFormat::Html => "html",
                    OutputFormat::Json => "json",
                    OutputFormat::Docx => "docx",
                    OutputFormat::Xlsx => "xlsx",
                };
                rendering.file(&out, &format!("{base}.{extension}"), |out| match format {
                    OutputFormat::Md => template("report.md.tera", out),
                    OutputFormat::Html => {
                        if let Some(Ok(context)) = &context {
                            renderer.prerender_excerpts(context);
                        }
                        template("report.html.tera", out)
                    }
                    OutputFormat::Json => Ok(out.write_all(figures.as_bytes())?),
                    OutputFormat::Docx => {
                        let reference_bytes = reference.as_ref().map(|(_, bytes)| bytes.as_slice());
                        let bytes =
                            crate::output::docx::render(&compiled, reference_bytes).map_err(|e| match &reference {
                                Some((path, _)) => anyhow::anyhow!("{path}: {e}"),
                                None => anyhow::anyhow!("{e}"),
                            })?;
                        Ok(out.write_all(&bytes)?)
                    }
                    OutputFormat::Xlsx => {
                        let bytes = crate::output::xlsx::compiled(&compiled, as_of)
                            .map_err(|e| anyhow::anyhow!("cannot make the Excel workbook: {e}"))?;
                        Ok(out.write_all(&bytes)?)
                    }
                })
            })
            .collect();
        // The process ends right after: freeing a national view-model and its template
        // context piece by piece took a twentieth of the run, for memory the exit frees.
        std::mem::forget((context, compiled));
        // The receiver is gone only if the run already gave up on a timeout.
        let _ = sender.send(staged);
    });
    let staged = receiver.recv_timeout(*RENDER_TIMEOUT).map_err(|error| {
        staging.abandon();
        match error {
            std::sync::mpsc::RecvTimeoutError::Timeout => {
                anyhow::anyhow!("the report did not finish rendering in {} s", RENDER_TIMEOUT.as_secs())
            }
            std::sync::mpsc::RecvTimeoutError::Disconnected => anyhow::anyhow!("rendering the report failed"),
        }
    })??;
    // Every format is complete: only now, and only if every target can be replaced, does
    // any of them replace an earlier report.
    let written = crate::write::persist_all(staged)?;
    for path in written {
        report.push_str(&format!(
            "{} {}\n",
            lang.pick("Đã ghi", "Wrote"),
            crate::read::display(&path)
        ));
    }
    write_stdout(&report)?;
    Ok(ExitCode::SUCCESS)
}

fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        // A closed pipe (`baocao check | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Discovers, reads and checks every file under `paths`, in parallel, in a fixed order.
pub fn check_files(
    paths: &[std::path::PathBuf],
    campaign: &Campaign,
    source: across::DateSource,
    excerpts: bool,
) -> anyhow::Result<Outcome> {
    let read = read_files(paths, &campaign.outline, source, excerpts)?;
    let roll_call = paths.iter().any(|p| p.is_dir());
    Ok(check_read(roll_call, read, campaign, source))
}

/// The campaign, opened while the files under `paths` are read (see
/// [`Campaign::open_while`]) once `first` passes: a check of the command's own that would
/// have come before reading. Errors come in the order of the steps done one by one: the
/// campaign's, then `first`'s; the reading's is left to the caller, which may have one of
/// its own to say before it (a template's).
fn open_and_read(
    outline: Option<&Path>,
    first: impl FnOnce() -> anyhow::Result<()> + Send,
    paths: &[std::path::PathBuf],
    source: across::DateSource,
    excerpts: bool,
) -> anyhow::Result<(Campaign, anyhow::Result<Vec<Input>>)> {
    let (campaign, read) = crate::read::campaign::open_while(outline, |outline| -> anyhow::Result<_> {
        // `--lang`, if given, was chosen already and stays.
        choose_lang(Some(outline.language));
        first()?;
        Ok(read_files(paths, outline, source, excerpts))
    })?;
    Ok((campaign, read?))
}

/// The checks across files, on the files as read. Without `roll_call` a unit is looking
/// at its own draft (files named, or its own folder): the rest of the roster is not
/// "missing" from that, and a date of signing is not a submission yet.
fn check_read(roll_call: bool, read: Vec<Input>, campaign: &Campaign, source: across::DateSource) -> Outcome {
    let mut outcome = across::check(read, campaign, source);
    if !roll_call {
        outcome.missing_units.clear();
        outcome.as_drafts();
    }
    outcome
}

/// Whether `path` is a folder inside the campaign's submissions folder (one unit's,
/// or a district's), not the whole of it.
fn inside_submissions(path: &Path, dir: Option<&Path>) -> bool {
    let Some(root) = dir.and_then(Path::parent).map(|r| r.join("submissions")) else {
        return false;
    };
    match (path.canonicalize(), root.canonicalize()) {
        (Ok(path), Ok(root)) => path != root && path.starts_with(&root),
        _ => false,
    }
}

/// Discovers and reads every file under `paths`, each checked on its own, in parallel,
/// in a fixed order.
fn read_files(
    paths: &[std::path::PathBuf],
    outline: &Outline,
    source: across::DateSource,
    excerpts: bool,
) -> anyhow::Result<Vec<Input>> {
    require_paths(paths)?;
    let entries = discover::discover(paths).map_err(|e| anyhow::anyhow!("{e}"))?;
    let history = if source == across::DateSource::FrontMatter {
        History::default()
    } else {
        History::load(paths)
    };
    for repository in &history.shallow {
        // Said once per run, not per file: the fallback is the whole repository's.
        eprintln!(
            "note: {} is a shallow clone (its history is cut): submission times come from the front matter",
            repository.display()
        );
    }
    // Progress for a person watching a long run: on stderr only when it is a terminal,
    // and only once the run has taken a second (short runs and pipes stay quiet).
    let progress = indicatif::ProgressBar::hidden();
    progress.set_length(entries.len() as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len}") {
        progress.set_style(style);
    }
    let watched = std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let shown = std::sync::atomic::AtomicBool::new(false);
    let workbooks = Workbooks::new(&entries);
    let read: Vec<Option<Input>> = entries
        .par_iter()
        .map(|entry| {
            // A workbook is read as the appendix of the report that claims it.
            if entry.kind == EntryKind::Workbook {
                return None;
            }
            let input = Input {
                path: entry.shown.clone(),
                report: read_entry(entry, outline, excerpts, &workbooks),
                git: history.times(&entry.path),
            };
            if watched {
                progress.inc(1);
                let late = started.elapsed() > std::time::Duration::from_secs(1);
                if late && !shown.swap(true, std::sync::atomic::Ordering::Relaxed) {
                    progress.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                }
            }
            Some(input)
        })
        .collect();
    progress.finish_and_clear();
    // A workbook no report claimed is not read: said as for any other stray file.
    let inputs = entries
        .iter()
        .zip(read)
        .filter_map(|(entry, input)| match input {
            Some(input) => Some(input),
            None if workbooks.claimed(&entry.path) => None,
            None => Some(Input {
                path: entry.shown.clone(),
                report: Report {
                    diagnostics: vec![Diagnostic::whole_file(Finding::UnsupportedFile {
                        symlink: false,
                        named: false,
                    })],
                    ..Report::default()
                },
                git: history.times(&entry.path),
            }),
        })
        .collect();
    Ok(inputs)
}

/// The `.xlsx` files of a run, by folder, each read at most once and only when a report
/// asks for it: a national folder without workbooks costs nothing here.
struct Workbooks {
    items: Vec<WorkbookItem>,
    by_folder: std::collections::HashMap<std::path::PathBuf, Vec<usize>>,
}

struct WorkbookItem {
    path: std::path::PathBuf,
    /// The file name, as findings show it (`bieu.xlsx!Sheet1!C7`).
    name: String,
    book: std::sync::OnceLock<Result<std::sync::Arc<crate::read::workbook::Workbook>, String>>,
    claimed: std::sync::atomic::AtomicBool,
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(String::new, |n| n.to_string_lossy().to_lowercase())
}

fn load_workbook(path: &Path) -> Result<std::sync::Arc<crate::read::workbook::Workbook>, String> {
    let bytes = read_limited(path).map_err(|finding| finding.message(crate::text::lang::Lang::En))?;
    crate::read::workbook::read(&bytes, &file_name(path)).map(std::sync::Arc::new)
}

impl Workbooks {
    fn new(entries: &[Entry]) -> Workbooks {
        let mut items = Vec::new();
        let mut by_folder: std::collections::HashMap<std::path::PathBuf, Vec<usize>> = Default::default();
        for entry in entries.iter().filter(|e| e.kind == EntryKind::Workbook) {
            let folder = entry.path.parent().map(Path::to_path_buf).unwrap_or_default();
            by_folder.entry(folder).or_default().push(items.len());
            items.push(WorkbookItem {
                path: entry.path.clone(),
                name: file_name(&entry.path),
                book: std::sync::OnceLock::new(),
                claimed: std::sync::atomic::AtomicBool::new(false),
            });
        }
        Workbooks { items, by_folder }
    }

    fn claimed(&self, path: &Path) -> bool {
        self.items
            .iter()
            .any(|i| i.path == path && i.claimed.load(std::sync::atomic::Ordering::Relaxed))
    }

    fn take(&self, i: usize, named: bool) -> report::Attachment {
        let item = &self.items[i];
        item.claimed.store(true, std::sync::atomic::Ordering::Relaxed);
        report::Attachment {
            workbook: item.book.get_or_init(|| load_workbook(&item.path)).clone(),
            name: item.name.clone(),
            named,
        }
    }

    /// The workbook of the report at `report`: the one its front matter names, else one
    /// of the same name stem, else one whose name starts with the unit code
    /// (`X083-phu-luc.xlsx`), else a workbook of the folder with a sheet named by the code.
    fn find(&self, report: &Path, named: Option<&str>, code: Option<&str>) -> Option<report::Attachment> {
        let folder = report.parent().map(Path::to_path_buf).unwrap_or_default();
        let here: &[usize] = self.by_folder.get(&folder).map_or(&[], Vec::as_slice);
        if let Some(named) = named {
            let wanted = folder.join(named);
            if let Some(&i) = here.iter().find(|&&i| self.items[i].path == wanted) {
                return Some(self.take(i, true));
            }
            return Some(report::Attachment {
                workbook: load_workbook(&wanted),
                name: named.to_owned(),
                named: true,
            });
        }
        let stem = file_stem(report);
        if let Some(&i) = here.iter().find(|&&i| file_stem(&self.items[i].path) == stem) {
            return Some(self.take(i, false));
        }
        if here.is_empty() {
            // A report named on the command line: its workbook was not walked.
            let beside = report.with_extension("xlsx");
            return beside.is_file().then(|| report::Attachment {
                workbook: load_workbook(&beside),
                name: file_name(&beside),
                named: false,
            });
        }
        let code = code?.to_lowercase();
        let names_unit = |i: &usize| {
            let stem = file_stem(&self.items[*i].path);
            stem.strip_prefix(code.as_str())
                .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        };
        if let Some(&i) = here.iter().find(|i| names_unit(i)) {
            return Some(self.take(i, false));
        }
        let with_sheet = here.iter().find(|&&i| {
            let item = &self.items[i];
            matches!(item.book.get_or_init(|| load_workbook(&item.path)), Ok(book) if book.unit_sheet(&code).is_some())
        });
        with_sheet.map(|&i| self.take(i, false))
    }
}

fn read_entry(entry: &Entry, outline: &Outline, excerpts: bool, workbooks: &Workbooks) -> Report {
    let only = |finding| Report {
        diagnostics: vec![Diagnostic::whole_file(finding)],
        ..Report::default()
    };
    match &entry.kind {
        EntryKind::Unsupported => only(Finding::UnsupportedFile {
            symlink: false,
            named: false,
        }),
        EntryKind::Symlink => only(Finding::UnsupportedFile {
            symlink: true,
            named: false,
        }),
        EntryKind::NamedUnread { symlink } => only(Finding::UnsupportedFile {
            symlink: *symlink,
            named: true,
        }),
        EntryKind::Unreadable(error) => only(Finding::Unreadable { error: error.clone() }),
        EntryKind::Workbook => only(Finding::UnsupportedFile {
            symlink: false,
            named: false,
        }),
        EntryKind::Report => {
            let attach = |named: Option<&str>, code: Option<&str>| workbooks.find(&entry.path, named, code);
            read_report(entry, outline, excerpts, &attach)
        }
    }
}

/// A report in any format read: LibreOffice's conversion first where the format needs it.
fn read_report(entry: &Entry, outline: &Outline, excerpts: bool, attach: report::Attach<'_>) -> Report {
    let only = |finding| Report {
        diagnostics: vec![Diagnostic::whole_file(finding)],
        ..Report::default()
    };
    match crate::read::Format::of(&entry.shown) {
        // LibreOffice's conversion is I/O: done here, the `.docx` it gives read as any.
        Some(crate::read::Format::Convertible(from)) if crate::read::soffice::find().is_some() => {
            match crate::read::soffice::to_docx(&entry.path, from) {
                Ok(bytes) => {
                    let mut report = report::analyze_docx_with(&bytes, outline, excerpts, attach);
                    let note = Finding::Conversion {
                        note: crate::diagnostic::ConversionNote::ConvertedByLibreOffice { from: from.to_owned() },
                    };
                    report.diagnostics.insert(0, Diagnostic::whole_file(note));
                    report
                }
                Err(problem) => only(Finding::NeedsDocx {
                    format: from.to_owned(),
                    problem,
                }),
            }
        }
        format => match read_limited(&entry.path) {
            Ok(bytes) => report::analyze_as(
                format.unwrap_or(crate::read::Format::Markdown),
                &bytes,
                outline,
                excerpts,
                attach,
            ),
            Err(finding) => only(finding),
        },
    }
}

fn read_limited(path: &Path) -> Result<Vec<u8>, Finding> {
    use std::io::Read as _;
    let unreadable = |e: std::io::Error| Finding::Unreadable { error: e.to_string() };
    // The size from the open file: one path lookup per report, not two.
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Finding::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    // A file that grows while it is read still stops at the limit.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    (&mut file)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Finding::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}
