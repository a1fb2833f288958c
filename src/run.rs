//! The only place that sequences the stages and touches the outside world: reading the
//! campaign and the submissions, asking git, writing output.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use rayon::prelude::*;

use crate::campaign::Campaign;
use crate::check::{self, Input, Outcome};
use crate::cli::{CheckArgs, CheckFormat, Cli, Command, CompileArgs, OutputFormat};
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
    let campaign = Campaign::load(&args.outline)?;
    let lang = args.lang.unwrap_or(campaign.outline.language);
    let outcome = check_files(&args.paths, &campaign, args.date_source, false)?;
    let text = match args.format {
        CheckFormat::Json => format::json::render(&outcome, lang),
        CheckFormat::Human => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            format::human::render(&outcome, lang, color, campaign.roster.is_some())
        }
    };
    write_stdout(&text)?;
    let errors = outcome.count(Severity::Error);
    let warnings = outcome.count(Severity::Warning);
    Ok(if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Templates have loops; a hostile one could run for ever. Rendering gets this long.
const RENDER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

fn compile(args: &CompileArgs) -> anyhow::Result<ExitCode> {
    let campaign = Campaign::load(&args.outline)?;
    let lang = args.lang.unwrap_or(campaign.outline.language);
    let inputs = std::slice::from_ref(&args.submissions);
    crate::write::check_out_dir(&args.out, inputs)?;
    let renderer = crate::render::Renderer::new(&campaign.templates)?;
    let outcome = check_files(inputs, &campaign, args.date_source, true)?;
    let as_of = args.as_of.unwrap_or_else(|| {
        jiff::Timestamp::now()
            .to_zoned_datetime(campaign.outline.time_zone.clone())
            .date()
    });
    let compiled = crate::compile::compile(&campaign, &outcome, as_of);
    let mut report = format::human::summary(&outcome, lang, campaign.roster.is_some());
    report.push('\n');
    drop(outcome);
    let formats = args.format.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rendered: Result<Vec<(OutputFormat, String)>, crate::campaign::ConfigError> = formats
            .iter()
            .map(|&format| {
                let text = match format {
                    OutputFormat::Md => renderer.render("report.md.tera", &compiled)?,
                    OutputFormat::Html => renderer.render("report.html.tera", &compiled)?,
                    OutputFormat::Json => crate::render::figures_json(&compiled),
                };
                Ok((format, text))
            })
            .collect();
        // The receiver is gone only if the run already gave up on a timeout.
        let _ = sender.send(rendered);
    });
    let rendered = receiver.recv_timeout(RENDER_TIMEOUT).map_err(|_| {
        anyhow::anyhow!(
            "the templates did not finish rendering in {} s",
            RENDER_TIMEOUT.as_secs()
        )
    })??;
    let base = if campaign.outline.document.output_name.is_empty() {
        "bao-cao-tong-hop"
    } else {
        campaign.outline.document.output_name.as_str()
    };
    let mut written = Vec::new();
    for (format, text) in rendered {
        let extension = match format {
            OutputFormat::Md => "md",
            OutputFormat::Html => "html",
            OutputFormat::Json => "json",
        };
        written.push(crate::write::write_atomic(
            &args.out,
            &format!("{base}.{extension}"),
            text.as_bytes(),
        )?);
    }
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
    keep_text: bool,
) -> anyhow::Result<Outcome> {
    let entries = discover::discover(paths).map_err(|e| anyhow::anyhow!("{e}"))?;
    let history = if source == check::DateSource::FrontMatter {
        History::default()
    } else {
        History::load(paths)
    };
    let inputs: Vec<Input> = entries
        .par_iter()
        .map(|entry| Input {
            path: entry.shown.clone(),
            report: read_entry(entry, &campaign.outline, keep_text),
            git: history.times(&entry.path),
        })
        .collect();
    let mut outcome = check::check(inputs, campaign, source);
    // Checking named files is a unit looking at its own draft: the rest of the roster is
    // not "missing" from that.
    if !paths.iter().any(|p| p.is_dir()) {
        outcome.missing_units.clear();
    }
    Ok(outcome)
}

fn read_entry(entry: &Entry, outline: &Outline, keep_text: bool) -> Report {
    let only = |finding| Report {
        diagnostics: vec![Diagnostic::whole_file(finding)],
        ..Report::default()
    };
    match &entry.kind {
        EntryKind::Unsupported => only(Finding::UnsupportedFile { symlink: false }),
        EntryKind::Symlink => only(Finding::UnsupportedFile { symlink: true }),
        EntryKind::Unreadable(error) => only(Finding::Unreadable { error: error.clone() }),
        EntryKind::Report => match read_limited(&entry.path) {
            Ok(bytes) => submission::analyze(&bytes, outline, keep_text),
            Err(finding) => only(finding),
        },
    }
}

fn read_limited(path: &Path) -> Result<Vec<u8>, Finding> {
    let unreadable = |e: std::io::Error| Finding::Unreadable { error: e.to_string() };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Finding::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    std::fs::read(path).map_err(unreadable)
}
