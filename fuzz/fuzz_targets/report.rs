//! The whole per-file path on arbitrary bytes: decode → front matter → Markdown →
//! outline matching → appendix, with the built-in outline, keeping the text as
//! `compile` does. Then the excerpt of every section found, as `compile` cuts it.
#![no_main]

use std::sync::LazyLock;

use baocao::outline::Outline;
use libfuzzer_sys::fuzz_target;

static OUTLINE: LazyLock<Outline> = LazyLock::new(Outline::builtin);

fuzz_target!(|data: &[u8]| {
    let report = baocao::submission::analyze(data, &OUTLINE, true);
    if let Some(text) = &report.text {
        for placed in &report.placed {
            let range = placed.content_bytes.clone();
            if let Some(own) = text.get(range) {
                let markdown = baocao::excerpt::demote(own, 3);
                let _ = baocao::excerpt::to_html(&markdown);
            }
        }
    }
});
