//! The command line, as clap sees it. Resolved once into the values `run` works with.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::check::DateSource;
use crate::lang::Lang;

/// Checks and compiles the unit reports of a Party review campaign ("tổng kết").
#[derive(Debug, Parser)]
#[command(name = "baocao", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check unit reports against the campaign outline.
    Check(CheckArgs),
    /// Compile every submission into the provincial report.
    Compile(CompileArgs),
    /// Write a draft report for a unit, from the outline and the roster.
    New(NewArgs),
    /// Print the outline in effect and where each piece of it came from.
    Outline(OutlineArgs),
    /// Show who has reported, who is late and who is missing.
    Status(StatusArgs),
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The unit's code in the roster.
    #[arg(long)]
    pub unit: String,
    /// The file to write (default: the unit code in lowercase, `.md`). Never overwritten.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// The campaign folder.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// The day the draft is dated (default: today in the outline's time zone, or
    /// `SOURCE_DATE_EPOCH` when set).
    #[arg(long, value_parser = parse_as_of)]
    pub as_of: Option<jiff::civil::Date>,
    /// `md` (Markdown) or `docx` (a Word document in the Party layout, which `check` reads).
    #[arg(long, value_enum, default_value_t = DraftFormat::Md)]
    pub format: DraftFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DraftFormat {
    Md,
    Docx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutlineFormat {
    Human,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct OutlineArgs {
    /// The campaign folder.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutlineFormat::Human)]
    pub format: OutlineFormat,
    /// Language of the labels (default: the outline's `language`).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// A table on the terminal.
    Human,
    /// One JSON document on stdout.
    Json,
    /// A self-contained page written to `--out`.
    Html,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// The folder of unit reports.
    #[arg(long, default_value = "submissions")]
    pub submissions: PathBuf,
    /// The campaign folder.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// The day the board is for (default: today in the outline's time zone).
    #[arg(long, value_parser = parse_as_of)]
    pub as_of: Option<jiff::civil::Date>,
    #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
    pub format: StatusFormat,
    /// Where `--format html` writes its page.
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Language of the labels (default: the outline's `language`).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Where the submission time comes from.
    #[arg(long, value_enum, default_value_t = DateSource::Auto)]
    pub date_source: DateSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Markdown, itself a valid report of the outline.
    Md,
    /// A self-contained page that prints on A4.
    Html,
    /// The figures, for programs.
    Json,
    /// A Word document in the Party-document format.
    Docx,
}

#[derive(Debug, clap::Args)]
pub struct CompileArgs {
    /// The folder of unit reports.
    #[arg(long, default_value = "submissions")]
    pub submissions: PathBuf,
    /// The campaign folder (outline.yaml, units.yaml, templates/).
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// Where the report is written (nothing is written elsewhere).
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Formats to write, separated by commas.
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [OutputFormat::Md, OutputFormat::Html, OutputFormat::Docx])]
    pub format: Vec<OutputFormat>,
    /// The reporting date printed in the document (default: today in the outline's time zone).
    #[arg(long, value_parser = parse_as_of)]
    pub as_of: Option<jiff::civil::Date>,
    /// Language of messages (default: the outline's `language`).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Where the submission time comes from.
    #[arg(long, value_enum, default_value_t = DateSource::Auto)]
    pub date_source: DateSource,
}

fn parse_as_of(text: &str) -> Result<jiff::civil::Date, String> {
    crate::date::parse_date(text).ok_or_else(|| format!("`{text}` is not a date (2026-04-29 or 29/4/2026)"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Diagnostics with the offending line, for people.
    Human,
    /// One JSON document on stdout, for programs.
    Json,
    /// GitHub Actions annotations, then the human report.
    Github,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// JUnit XML, one test case per unit.
    Junit,
}

/// What makes `check` exit with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors.
    Error,
    /// Errors or warnings.
    Warning,
    /// Errors or a late report.
    Late,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check (folders are walked recursively).
    #[arg(default_value = "submissions")]
    pub paths: Vec<PathBuf>,
    /// The campaign folder (outline.yaml, units.yaml); missing files take the defaults.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Language of messages (default: the outline's `language`).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Where the submission time comes from.
    #[arg(long, value_enum, default_value_t = DateSource::Auto)]
    pub date_source: DateSource,
    /// What makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Exit with 1 on warnings too (the same as `--fail-on warning`).
    #[arg(long)]
    pub deny_warnings: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
