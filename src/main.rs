use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    baocao::run::run(baocao::cli::Cli::parse())
}
