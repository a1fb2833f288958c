//! `baocao check`: every report's findings, in the format asked for; the exit code says
//! whether any reaches `--fail-on`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;

use crate::cli::{CheckArgs, CheckFormat, Color, FailOn};
use crate::diagnostic::Severity;
use crate::output::check as format;

use super::settings::{Session, beside_campaign, campaign_dir, opened};
use super::submissions::{check_read, inside_submissions, open_and_read};
use super::write_stdout;

pub fn check(args: &CheckArgs, session: &Session) -> anyhow::Result<ExitCode> {
    session.choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), &args.paths);
    let paths: Vec<PathBuf> = args
        .paths
        .iter()
        .map(|p| beside_campaign(p, "submissions", dir.as_deref()))
        .collect();
    let (campaign, read) = open_and_read(session, dir.as_deref(), || Ok(()), &paths, args.date_source, false)?;
    let lang = opened(session, &campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    let roll_call = paths
        .iter()
        .any(|p| p.is_dir() && !inside_submissions(p, dir.as_deref()));
    let outcome = check_read(roll_call, read?, &campaign, args.date_source);
    let color = || match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => session.env.stdout_terminal && !session.env.no_color,
    };
    let roster_known = campaign.roster.is_some();
    let text = match args.format {
        CheckFormat::Json => format::json::render(&outcome, lang),
        CheckFormat::Human => format::human::render(&outcome, lang, color(), roster_known),
        CheckFormat::Sarif => format::sarif::render(&outcome, lang),
        CheckFormat::Junit => format::junit::render(&outcome, lang),
        CheckFormat::Github => {
            if let Some(path) = &session.env.step_summary {
                append(path, &format::github::step_summary(&outcome, lang))?;
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
    // The process ends here: freeing a national run's reports one by one, on one thread,
    // is time spent for nothing.
    std::mem::forget((outcome, campaign, text));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
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
