//! The only place that sequences the stages and touches the outside world: reading the
//! campaign and the submissions, asking git, writing output.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use rayon::prelude::*;

use crate::campaign::Campaign;
use crate::check::{self, Input, Outcome};
use crate::cli::{
    CheckArgs, CheckFormat, Cli, Command, CompileArgs, FailOn, NewArgs, OutlineArgs, OutlineFormat, OutputFormat,
    StatusArgs, StatusFormat,
};
use crate::diagnostic::{Diagnostic, Finding, Severity};
use crate::discover::{self, Entry, EntryKind};
use crate::format;
use crate::git::History;
use crate::outline::Outline;
use crate::submission::{self, Report};

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
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let (campaign, read) = open_and_read(args.outline.as_deref(), || Ok(()), &args.paths, args.date_source, false)?;
    let outcome = check_read(&args.paths, read?, &campaign, args.date_source);
    let lang = args.lang.unwrap_or(campaign.outline.language);
    let color = || std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
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
            annotations + &format::human::render(&outcome, lang, false, roster_known)
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
    let campaign = Campaign::open(args.outline.as_deref())?;
    let Some(roster) = &campaign.roster else {
        anyhow::bail!(
            "no roster ({}): `new` fills the front matter from it",
            crate::campaign::display(
                &args
                    .outline
                    .as_deref()
                    .unwrap_or(Path::new("outline"))
                    .join("units.yaml")
            )
        );
    };
    let Some(unit) = roster.get(&args.unit) else {
        anyhow::bail!("unit `{}` is not in the roster", args.unit);
    };
    let day = args.as_of.unwrap_or_else(|| today(&campaign));
    let (bytes, extension) = match args.format {
        crate::cli::DraftFormat::Md => (crate::draft::draft(&campaign.outline, unit, day).into_bytes(), "md"),
        crate::cli::DraftFormat::Docx => (crate::docx::draft(&campaign.outline, unit, day)?, "docx"),
    };
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| format!("{}.{extension}", unit.code.to_lowercase()).into());
    crate::write::write_new(&path, &bytes)?;
    let lang = campaign.outline.language;
    write_stdout(&format!(
        "{} {}\n",
        lang.pick("Đã tạo", "Created"),
        crate::campaign::display(&path)
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn outline(args: &OutlineArgs) -> anyhow::Result<ExitCode> {
    let campaign = Campaign::open(args.outline.as_deref())?;
    let lang = args.lang.unwrap_or(campaign.outline.language);
    let text = match args.format {
        OutlineFormat::Human => crate::describe::human(&campaign, lang),
        OutlineFormat::Json => crate::describe::json(&campaign),
    };
    write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn status(args: &StatusArgs) -> anyhow::Result<ExitCode> {
    let inputs = std::slice::from_ref(&args.submissions);
    let out_dir = || match args.format {
        StatusFormat::Html => crate::write::check_out_dir(&args.out, inputs),
        StatusFormat::Human | StatusFormat::Json => Ok(()),
    };
    let (campaign, read) = open_and_read(args.outline.as_deref(), out_dir, inputs, args.date_source, false)?;
    let outcome = check_read(inputs, read?, &campaign, args.date_source);
    let lang = args.lang.unwrap_or(campaign.outline.language);
    let roll = crate::compile::roll(&campaign, &outcome);
    let as_of = args.as_of.unwrap_or_else(|| today(&campaign));
    let board = crate::board::board(&campaign.outline, &roll, as_of, lang);
    match args.format {
        StatusFormat::Human => write_stdout(&crate::board::human(&board, lang))?,
        StatusFormat::Json => write_stdout(&crate::board::json(&board))?,
        StatusFormat::Html => {
            let renderer = crate::render::Renderer::new(&campaign.templates)?;
            let page = renderer.render("status.html.tera", &crate::board::page(&board, lang))?;
            let path = crate::write::write_atomic(&args.out, "tinh-hinh-nop-bao-cao.html", page.as_bytes())?;
            write_stdout(&format!(
                "{} {}\n",
                lang.pick("Đã ghi", "Wrote"),
                crate::campaign::display(&path)
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
    let inputs = std::slice::from_ref(&args.submissions);
    let out_dir = || crate::write::check_out_dir(&args.out, inputs);
    let (campaign, read) = open_and_read(args.outline.as_deref(), out_dir, inputs, args.date_source, true)?;
    // A template's fault is said before the reading's, as when nothing was done side by side.
    let renderer = crate::render::Renderer::new(&campaign.templates)?;
    let outcome = check_read(inputs, read?, &campaign, args.date_source);
    let lang = args.lang.unwrap_or(campaign.outline.language);
    let as_of = args.as_of.unwrap_or_else(|| today(&campaign));
    let compiled = crate::compile::compile(&campaign, &outcome, as_of);
    let mut report = format::human::summary(&outcome, lang, campaign.roster.is_some());
    report.push('\n');
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
    let staging = crate::write::Staging::default();
    let rendering = staging.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut compiled = compiled;
        let templated = formats
            .iter()
            .any(|f| matches!(f, OutputFormat::Md | OutputFormat::Html));
        let context = templated.then(|| renderer.compiled_context("report.md.tera", &mut compiled));
        let figures = crate::render::figures_json(&compiled);
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
                        let bytes = crate::docx::render(&compiled, reference_bytes).map_err(|e| match &reference {
                            Some((path, _)) => anyhow::anyhow!("{path}: {e}"),
                            None => anyhow::anyhow!("{e}"),
                        })?;
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
    // Every format is complete: only now does any of them replace an earlier report. Side by
    // side, since replacing a national report frees the old file's blocks (30 ms each here).
    let written = staged
        .into_par_iter()
        .map(crate::write::Staged::persist)
        .collect::<anyhow::Result<Vec<_>>>()?;
    for path in written {
        report.push_str(&format!(
            "{} {}\n",
            lang.pick("Đã ghi", "Wrote"),
            crate::campaign::display(&path)
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
    source: check::DateSource,
    excerpts: bool,
) -> anyhow::Result<Outcome> {
    let read = read_files(paths, &campaign.outline, source, excerpts)?;
    Ok(check_read(paths, read, campaign, source))
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
    source: check::DateSource,
    excerpts: bool,
) -> anyhow::Result<(Campaign, anyhow::Result<Vec<Input>>)> {
    let (campaign, read) = Campaign::open_while(outline, |outline| -> anyhow::Result<_> {
        first()?;
        Ok(read_files(paths, outline, source, excerpts))
    })?;
    Ok((campaign, read?))
}

/// The checks across files, on the files as read.
fn check_read(
    paths: &[std::path::PathBuf],
    read: Vec<Input>,
    campaign: &Campaign,
    source: check::DateSource,
) -> Outcome {
    let mut outcome = check::check(read, campaign, source);
    // Checking named files is a unit looking at its own draft: the rest of the roster is
    // not "missing" from that.
    if !paths.iter().any(|p| p.is_dir()) {
        outcome.missing_units.clear();
    }
    outcome
}

/// Discovers and reads every file under `paths`, each checked on its own, in parallel,
/// in a fixed order.
fn read_files(
    paths: &[std::path::PathBuf],
    outline: &Outline,
    source: check::DateSource,
    excerpts: bool,
) -> anyhow::Result<Vec<Input>> {
    let entries = discover::discover(paths).map_err(|e| anyhow::anyhow!("{e}"))?;
    let history = if source == check::DateSource::FrontMatter {
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
    let inputs: Vec<Input> = entries
        .par_iter()
        .map(|entry| {
            let input = Input {
                path: entry.shown.clone(),
                report: read_entry(entry, outline, excerpts),
                git: history.times(&entry.path),
            };
            if watched {
                progress.inc(1);
                let late = started.elapsed() > std::time::Duration::from_secs(1);
                if late && !shown.swap(true, std::sync::atomic::Ordering::Relaxed) {
                    progress.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                }
            }
            input
        })
        .collect();
    progress.finish_and_clear();
    Ok(inputs)
}

fn read_entry(entry: &Entry, outline: &Outline, excerpts: bool) -> Report {
    let only = |finding| Report {
        diagnostics: vec![Diagnostic::whole_file(finding)],
        ..Report::default()
    };
    match &entry.kind {
        EntryKind::Unsupported => only(Finding::UnsupportedFile { symlink: false }),
        EntryKind::Symlink => only(Finding::UnsupportedFile { symlink: true }),
        EntryKind::Unreadable(error) => only(Finding::Unreadable { error: error.clone() }),
        EntryKind::Report => match crate::read::Format::of(&entry.shown) {
            // LibreOffice's conversion is I/O: done here, the `.docx` it gives read as any.
            Some(crate::read::Format::Convertible(from)) if crate::read::soffice::find().is_some() => {
                match crate::read::soffice::to_docx(&entry.path, from) {
                    Ok(bytes) => {
                        let mut report = submission::analyze_docx(&bytes, outline, excerpts);
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
                Ok(bytes) => submission::analyze_as(
                    format.unwrap_or(crate::read::Format::Markdown),
                    &bytes,
                    outline,
                    excerpts,
                ),
                Err(finding) => only(finding),
            },
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
