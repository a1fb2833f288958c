//! `compile` run in-process on report texts, for property tests that run it many times:
//! the same calls the `compile` command makes, without files.

use baocao::across::{DateSource, Input};
use baocao::campaign::Campaign;
use baocao::campaign::outline::Outline;
use baocao::compiled::Compiled;
use baocao::output::template::Renderer;
use baocao::report::excerpt::Own;
use tera::Context;

use crate::support::repo_root;

pub fn campaign() -> Campaign {
    Campaign {
        outline: Outline::builtin(),
        outline_origin: None,
        roster: None,
        roster_origin: None,
        templates: Vec::new(),
        reference_docx: None,
    }
}

/// The sample submissions (Markdown only), as (path, text).
pub fn samples() -> Vec<(String, String)> {
    let root = repo_root().join("submissions");
    let mut out = Vec::new();
    let mut folders: Vec<_> = std::fs::read_dir(&root)
        .expect("samples")
        .flatten()
        .map(|e| e.path())
        .collect();
    folders.sort();
    for folder in folders.into_iter().filter(|p| p.is_dir()) {
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .expect("folder")
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "md")) {
            // Some samples are UTF-16 or Windows-1258 on purpose: those are not wanted here.
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            out.push((file.strip_prefix(&root).expect("inside").display().to_string(), text));
        }
    }
    out
}

/// These reports checked and compiled as of 20 May 2026, with the built-in templates and
/// the context of the Markdown report; and each report's excerpts as cut.
fn compiled(reports: &[(String, String)]) -> (Renderer, Context, Compiled, Vec<Vec<Own>>) {
    let campaign = campaign();
    let inputs: Vec<Input> = reports
        .iter()
        .map(|(path, text)| Input {
            path: path.clone(),
            report: baocao::report::analyze(text.as_bytes(), &campaign.outline, true),
            git: None,
        })
        .collect();
    let excerpts = inputs.iter().map(|i| i.report.excerpts.clone()).collect();
    let outcome = baocao::across::check(
        inputs,
        &campaign.outline,
        campaign.roster.as_ref(),
        DateSource::FrontMatter,
    );
    let mut compiled = baocao::compiled::compile(
        &campaign.outline,
        campaign.roster.as_ref(),
        &outcome,
        jiff::civil::date(2026, 5, 20),
    );
    let renderer = Renderer::new(&[]).expect("built-in templates");
    let context = renderer
        .compiled_context("report.md.tera", &mut compiled)
        .expect("context");
    (renderer, context, compiled, excerpts)
}

/// The compiled Markdown of these reports, and each report's excerpts as cut.
pub fn compile_markdown(reports: &[(String, String)]) -> (String, Vec<Vec<Own>>) {
    let (renderer, context, _, excerpts) = compiled(reports);
    let markdown = renderer.render_context("report.md.tera", &context).expect("render");
    (markdown, excerpts)
}

/// The three outputs of these reports: Markdown, HTML, and the Word file's bytes.
pub fn compile_all(reports: &[(String, String)]) -> (String, String, Vec<u8>, Vec<Vec<Own>>) {
    let (renderer, context, compiled, excerpts) = compiled(reports);
    let markdown = renderer.render_context("report.md.tera", &context).expect("render");
    renderer.prerender_excerpts(&context);
    let html = renderer.render_context("report.html.tera", &context).expect("render");
    let docx = baocao::output::docx::render(&compiled, None).expect("docx");
    (markdown, html, docx, excerpts)
}
