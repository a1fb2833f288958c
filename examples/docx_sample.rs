//! Writes the sample campaign's report as `output/bao-cao-tong-hop.docx` through the
//! library pipeline, for `scripts/docx-preview.sh` until `compile --format docx` exists.
//! Run from the repository root: `cargo run --release --example docx_sample`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use baocao::campaign::Campaign;
use baocao::check::DateSource;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<()> {
    let campaign = Campaign::load(Path::new("outline")).map_err(|e| anyhow::anyhow!("{e}"))?;
    let outcome = baocao::run::check_files(
        &[PathBuf::from("submissions")],
        &campaign,
        DateSource::FrontMatter,
        true,
    )?;
    let compiled = baocao::compile::compile(&campaign, &outcome, jiff::civil::date(2026, 4, 29));
    let reference = std::fs::read("outline/reference.docx").ok();
    let started = Instant::now();
    let bytes = baocao::docx::render(&compiled, reference.as_deref())?;
    let elapsed = started.elapsed();
    std::fs::create_dir_all("output").context("creating output/")?;
    let path = Path::new("output/bao-cao-tong-hop.docx");
    std::fs::write(path, &bytes).with_context(|| format!("writing {}", path.display()))?;
    println!("Đã ghi {} ({} bytes, {elapsed:.1?})", path.display(), bytes.len());
    Ok(())
}
