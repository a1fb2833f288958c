//! `compile` with one unit's first section replaced by arbitrary text: the compiled
//! Markdown must re-parse with every outline section in place and every other unit's
//! excerpt intact (issue 14). The other units are the sample reports, read once.
#![no_main]

use std::sync::LazyLock;

use baocao::campaign::Campaign;
use baocao::across::{DateSource, Input};
use baocao::report::excerpt::Own;
use baocao::campaign::outline::Outline;
use libfuzzer_sys::fuzz_target;
use pulldown_cmark::{Event, Parser};

static OUTLINE: LazyLock<Outline> = LazyLock::new(Outline::builtin);

/// The sample reports (those in UTF-8), read once: (path, text).
static SAMPLES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../submissions");
    let mut out = Vec::new();
    for folder in ["co-quan-tham-muu", "so-nganh", "mttq-doan-the"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else { continue };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if let Ok(text) = std::fs::read_to_string(&path) {
                if path.extension().is_some_and(|e| e == "md") {
                    out.push((path.display().to_string(), text));
                }
            }
        }
    }
    out
});

fn events(text: &str) -> Vec<Event<'_>> {
    Parser::new_ext(text, baocao::read::dialect::options()).collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(hostile) = std::str::from_utf8(data) else { return };
    let mut reports = SAMPLES.clone();
    let Some(at) = reports.iter().position(|(p, _)| p.ends_with("snv.md")) else { return };
    let text = &reports[at].1;
    let (Some(start), Some(end)) = (text.find("# I."), text.find("\n# II.")) else { return };
    let body = start + text[start..].find('\n').unwrap_or(0) + 1;
    reports[at].1 = format!("{}\n{hostile}\n{}", &text[..body], &text[end..]);

    let campaign = Campaign {
        outline: OUTLINE.clone(),
        outline_origin: None,
        roster: None,
        roster_origin: None,
        templates: Vec::new(),
        reference_docx: None,
    };
    let inputs: Vec<Input> = reports
        .iter()
        .map(|(path, text)| Input {
            path: path.clone(),
            report: baocao::report::analyze(text.as_bytes(), &OUTLINE, true),
            git: None,
        })
        .collect();
    let excerpts: Vec<Vec<Own>> = inputs.iter().map(|i| i.report.excerpts.clone()).collect();
    let outcome = baocao::across::check(inputs, &campaign.outline, campaign.roster.as_ref(), DateSource::FrontMatter);
    let mut compiled = baocao::compiled::compile(&campaign.outline, campaign.roster.as_ref(), &outcome, jiff::civil::date(2026, 5, 20));
    let renderer = baocao::output::template::Renderer::new(&[]).expect("built-in templates");
    let context = renderer.compiled_context("report.md.tera", &mut compiled).expect("context");
    let markdown = renderer.render_context("report.md.tera", &context).expect("render");

    let again = baocao::report::analyze(markdown.as_bytes(), &OUTLINE, false);
    for (index, section) in OUTLINE.sections.iter().enumerate() {
        assert!(again.placed.iter().any(|p| p.section == index), "section {} lost", section.id);
    }
    let whole = events(&markdown);
    for (report, owns) in excerpts.iter().enumerate().filter(|(r, _)| *r != at) {
        for (section, own) in owns.iter().enumerate() {
            if OUTLINE.appendix.section == Some(section) {
                continue;
            }
            if let Own::Written(text) = own {
                let part = events(text);
                assert!(
                    part.is_empty() || whole.windows(part.len()).any(|w| w == part.as_slice()),
                    "{}'s text changed",
                    reports[report].0
                );
            }
        }
    }
});
