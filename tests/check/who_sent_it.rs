//! Who sent a report, read from its header as units write it (`tests/fixtures/who-sent-it/`:
//! the minimal files of `benches/probe52/gen/experiments`): a body abbreviated with an
//! ampersand (`SỞ GD&ĐT`, `SỞ NN&MT` — a roster alias), which a Word file's Markdown writes
//! escaped (`SỞ GD\&ĐT`), is the unit it names, not an unknown one.

use crate::support::{self, Scratch, repo_root};

const DIR: &str = "tests/fixtures/who-sent-it";

#[test]
fn a_body_abbreviated_with_an_ampersand_is_the_unit_it_names() {
    for (file, code) in [
        ("so-gd-amp-dt.docx", "SGDDT"),
        ("so-gd-amp-dt-escaped.md", "SGDDT"),
        ("so-nn-amp-mt.docx", "SNNMT"),
    ] {
        let scratch = Scratch::new();
        let bytes = std::fs::read(repo_root().join(DIR).join(file)).expect("fixture");
        scratch.write(&format!("s/{file}"), &bytes);
        let run = scratch.run(&["check", "--outline", support::sample_outline(), "--format", "json", "s"]);
        let json = run.json();
        let found = support::file(&json, &format!("s/{file}"));
        assert_eq!(found["unit_code"].as_str(), Some(code), "{file}: {found}");
        let codes: Vec<String> = support::diags(found).into_iter().map(|d| d.code).collect();
        assert!(
            !codes.iter().any(|c| c.starts_with("unit-") || c == "unknown-unit"),
            "{file}: {codes:?}"
        );
    }
}
