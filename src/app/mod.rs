//! The only place that sequences the stages and touches the outside world, one module
//! per command: each reads the campaign and the submissions (`submissions`), runs the
//! pure stages, and writes what they give. `settings` is what a run settles first.

mod check;
mod compile;
mod manual;
mod new;
mod outline;
mod settings;
mod status;
mod submissions;

use std::io::Write;
use std::process::ExitCode;

use crate::campaign::error::ConfigError;
use crate::cli::{Cli, Command};
use crate::diagnostic::fatal::Fatal;
use crate::text::lang::Lang;

pub use settings::{Env, Session};
pub use submissions::{MAX_FILE_BYTES, check_files};

/// Exit codes: 0 clean, 1 findings, 2 the tool could not do its job.
pub fn run(cli: Cli) -> ExitCode {
    let session = Session::new(Env::from_process());
    let result = match cli.command {
        Command::Check(args) => check::check(&args, &session),
        Command::Compile(args) => compile::compile(&args, &session),
        Command::New(args) => new::new(&args, &session),
        Command::Outline(args) => outline::outline(&args, &session),
        Command::Status(args) => status::status(&args, &session),
        Command::Completions(args) => manual::completions(args.shell),
        Command::Man => manual::man(),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}", fatal_text(&error, session.lang()));
            ExitCode::from(2)
        }
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

pub(crate) fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        // A closed pipe (`baocao check | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
