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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Markdown, itself a valid report of the outline.
    Md,
    /// A self-contained page that prints on A4.
    Html,
    /// The figures, for programs.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CompileArgs {
    /// The folder of unit reports.
    #[arg(long, default_value = "submissions")]
    pub submissions: PathBuf,
    /// The campaign folder (outline.yaml, units.yaml, templates/).
    #[arg(long, default_value = "outline")]
    pub outline: PathBuf,
    /// Where the report is written (nothing is written elsewhere).
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Formats to write, separated by commas.
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [OutputFormat::Md, OutputFormat::Html])]
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
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check (folders are walked recursively).
    #[arg(default_value = "submissions")]
    pub paths: Vec<PathBuf>,
    /// The campaign folder (outline.yaml, units.yaml); missing files take the defaults.
    #[arg(long, default_value = "outline")]
    pub outline: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Language of messages (default: the outline's `language`).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Where the submission time comes from.
    #[arg(long, value_enum, default_value_t = DateSource::Auto)]
    pub date_source: DateSource,
    /// Exit with 1 on warnings too.
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
