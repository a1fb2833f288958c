//! Word submissions in the generated campaign (issue 18): the generated reports, each
//! saved as Markdown in one campaign and as a real `.docx` (written by
//! `support::docx`) in another, give the same check findings and compile to the same
//! figures and excerpts.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use crate::support::{self, Scratch, corpus, docx};

const SEED: u64 = 0x00B4_0CA0_2026_0419;

/// The Word twin's path: the Markdown path with `.docx` for its extension.
fn docx_path(rel: &str) -> String {
    let stem = rel.rsplit_once('.').map_or(rel, |(stem, _)| stem);
    format!("{stem}.docx")
}

struct Twins {
    markdown: Scratch,
    word: Scratch,
    /// Word path (as output, `nop/…`) → Markdown path.
    paths: BTreeMap<String, String>,
}

fn twins(corpus: &corpus::Corpus, take: impl Fn(&str, &str) -> bool) -> Twins {
    let markdown = Scratch::new();
    let word = Scratch::new();
    markdown.write("dot/units.yaml", &corpus.roster);
    word.write("dot/units.yaml", &corpus.roster);
    let mut paths = BTreeMap::new();
    for (rel, text) in &corpus.sources {
        if !take(rel, text) {
            continue;
        }
        let word_rel = docx_path(rel);
        markdown.write(&format!("nop/{rel}"), text);
        word.write(&format!("nop/{word_rel}"), docx::from_markdown(text));
        // An Excel appendix sent beside the report goes beside its Word twin too.
        if let Some((workbook, bytes)) = corpus.workbooks.get(rel) {
            markdown.write(&format!("nop/{workbook}"), bytes);
            word.write(&format!("nop/{workbook}"), bytes);
        }
        paths.insert(format!("nop/{word_rel}"), format!("nop/{rel}"));
    }
    Twins { markdown, word, paths }
}

fn findings(file: &Value) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = support::diags(file)
        .into_iter()
        .filter(|d| d.code != "conversion")
        .map(|d| (d.code, d.key))
        .collect();
    out.sort();
    out
}

#[test]
fn generated_reports_saved_as_word_check_and_compile_as_their_markdown() {
    let corpus = corpus::generate(SEED);
    // A YAML syntax error has no Word counterpart: custom properties are well-formed.
    let broken: std::collections::BTreeSet<&str> = corpus
        .expected
        .iter()
        .filter(|f| f.diagnostics.iter().any(|d| d.code == "front-matter-invalid"))
        .map(|f| f.path.as_str())
        .collect();
    let twins = twins(&corpus, |rel, _| !broken.contains(format!("nop/{rel}").as_str()));
    assert!(twins.paths.len() >= 140, "{} reports compared", twins.paths.len());
    // To look at both: BAOCAO_WORD_CORPUS_DIR=/some/folder cargo test --test check word_corpus
    if let Ok(keep) = std::env::var("BAOCAO_WORD_CORPUS_DIR") {
        let keep = std::path::Path::new(&keep);
        support::copy_dir(twins.markdown.path(), &keep.join("md"));
        support::copy_dir(twins.word.path(), &keep.join("docx"));
    }
    let (_, md) = twins.markdown.check_json("dot", &["nop"]);
    let (_, word) = twins.word.check_json("dot", &["nop"]);
    let mut problems = String::new();
    for (word_path, md_path) in &twins.paths {
        let a = support::file(&md, md_path);
        let b = support::file(&word, word_path);
        let (fa, fb) = (findings(a), findings(b));
        if fa != fb
            || a["unit_code"] != b["unit_code"]
            || a["submitted"] != b["submitted"]
            || a["late_days"] != b["late_days"]
        {
            let _ = writeln!(
                problems,
                "{md_path}:\n  md   {} {} {} {fa:?}\n  docx {} {} {} {fb:?}",
                a["unit_code"], a["submitted"], a["late_days"], b["unit_code"], b["submitted"], b["late_days"]
            );
        }
    }
    assert!(problems.is_empty(), "{} files\n{problems}", twins.paths.len());

    // The compiled report: figures (JSON) and excerpts (Markdown) alike, once the Word
    // files' names are read as their twins'.
    let compile = |dir: &Scratch| {
        let run = dir.run(&[
            "compile",
            "--as-of",
            "2026-04-29",
            "--format",
            "md,json",
            "--outline",
            "dot",
            "--submissions",
            "nop",
            "--out",
            "out",
        ]);
        assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
        (
            dir.read("out/bao-cao-tong-hop.md"),
            dir.read("out/bao-cao-tong-hop.json"),
        )
    };
    let (md_md, md_json) = compile(&twins.markdown);
    let (mut word_md, mut word_json) = compile(&twins.word);
    for (word_path, md_path) in &twins.paths {
        word_md = word_md.replace(word_path.as_str(), md_path);
        word_json = word_json.replace(word_path.as_str(), md_path);
    }
    let md_json: Value = serde_json::from_str(&md_json).expect("JSON");
    let word_json: Value = serde_json::from_str(&word_json).expect("JSON");
    assert_eq!(md_json, word_json, "compiled figures differ");
    let (md_lines, word_lines) = (excerpt_lines(&md_md), excerpt_lines(&word_md));
    if md_lines != word_lines {
        let first = md_lines.iter().zip(&word_lines).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "compiled Markdown differs from line {first}:\n  md   {:?}\n  docx {:?}",
            md_lines.get(first),
            word_lines.get(first)
        );
    }
}

/// The compiled Markdown's lines with text, modulo what Word cannot carry or the reader
/// normalises on purpose, and nothing else:
/// - blank lines (a number typed by hand, `1. …`, is a paragraph of its own in Word,
///   an item of a tight list in Markdown);
/// - Markdown escapes (the reader escapes a typed `1.` and `*` so they stay text:
///   `1\. …`, `30\*`);
/// - Word's odd spaces (no-break, zero-width) read as plain spaces;
/// - a line that is only a list number (`2. `): the Markdown side's own quirk with an
///   item that switches from `-` to `2.`, see the report of `word_corpus`.
fn excerpt_lines(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .map(|line| {
            let mut out = String::new();
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if chars.peek().is_some_and(char::is_ascii_punctuation) => {}
                    '\u{00a0}' | '\u{200b}' => out.push(' '),
                    c => out.push(c),
                }
            }
            out.trim_end().to_owned()
        })
        .filter(|line| !line.is_empty())
        .filter(|line| !(line.ends_with('.') && line[..line.len() - 1].bytes().all(|b| b.is_ascii_digit())))
        .collect()
}
