//! Issue 14: one unit's file must never damage the provincial report. Each test is
//! named after what it protects, and failed before its fix.

#![allow(clippy::unwrap_used)]

#[path = "security/inprocess.rs"]
mod inprocess;

use baocao::excerpt::Own;
use proptest::prelude::*;
use pulldown_cmark::{Event, Parser};

/// The events of `text` as the program parses Markdown.
fn events(text: &str) -> Vec<Event<'_>> {
    Parser::new_ext(text, baocao::markdown::options()).collect()
}

/// Whether `needle` is a contiguous run of `haystack`.
fn contains_run(haystack: &[Event<'_>], needle: &[Event<'_>]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

/// Sample report `path` with the own text of its first section replaced by `hostile`.
fn with_hostile_section(text: &str, hostile: &str) -> String {
    let start = text.find("# I.").expect("section I");
    let body = start + text[start..].find('\n').expect("heading line") + 1;
    let end = body + text[body..].find("\n# II.").expect("section II");
    format!("{}\n{hostile}\n{}", &text[..body], &text[end..])
}

/// The property of issue 14 point 1: whatever one unit writes, the compiled Markdown
/// re-parses with every outline section in place and every other unit's text intact.
fn one_unit_cannot_damage_the_others(hostile: &str) -> Result<(), TestCaseError> {
    let mut reports = inprocess::samples();
    let at = reports.iter().position(|(p, _)| p.ends_with("snv.md")).expect("snv");
    reports[at].1 = with_hostile_section(&reports[at].1, hostile);
    let (markdown, excerpts) = inprocess::compile_markdown(&reports);
    let outline = baocao::outline::Outline::builtin();
    let again = baocao::submission::analyze(markdown.as_bytes(), &outline, false);
    for (index, section) in outline.sections.iter().enumerate() {
        prop_assert!(
            again.placed.iter().any(|p| p.section == index),
            "section {} lost after {hostile:?}",
            section.id
        );
    }
    let compiled = events(&markdown);
    for (report, owns) in excerpts.iter().enumerate().filter(|(r, _)| *r != at) {
        for (section, own) in owns.iter().enumerate() {
            // The appendix goes into the compiled table, not as text.
            if outline.appendix.section == Some(section) {
                continue;
            }
            if let Own::Written(text) = own {
                prop_assert!(
                    contains_run(&compiled, &events(text)),
                    "{}'s text changed after {hostile:?}",
                    reports[report].0
                );
            }
        }
    }
    Ok(())
}

/// Pieces that open, close or confuse CommonMark blocks, joined at random.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<!--", "-->", "<pre>", "</pre>", "<script>", "<style>", "<textarea>", "<xmp>", "<?php", "?>",
        "<!DOCTYPE html", "<![CDATA[", "]]>", "```", "~~~", "````", "<div>", "</div>", "<table>", "- ", "1. ",
        "> ", "    ", "\t", "\n", "\n\n", "# ", "## II. Kết quả", "===", "---", "| a | b |\n|---|---|", "*", "_", "[x]",
        "\\", "`", "<h1>", "</h1>", "Nội dung", "<b>", "&amp;", "\r\n",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(str::to_owned), "[ -~đĐ\n]{0,12}"], 0..24)
        .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn one_unit_s_open_blocks_never_swallow_the_rest_of_the_compiled_report(hostile in hostile_text()) {
        one_unit_cannot_damage_the_others(&hostile)?;
    }
}

/// The attacks of the issue, each after a section moved behind the appendix.
#[test]
fn an_unclosed_raw_html_block_ends_with_its_excerpt() {
    for opener in ["<!--", "<pre>", "<script>", "<![CDATA[", "<?php", "<!DOCTYPE html", "<style>", "<textarea>"] {
        for fence in ["```", "~~~"] {
            one_unit_cannot_damage_the_others(&format!("Nội dung.\n\n{opener}\n{fence}\n")).unwrap();
        }
    }
}
