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
