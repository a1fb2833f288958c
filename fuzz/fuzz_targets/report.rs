//! The whole per-file path on arbitrary bytes: decode → front matter → Markdown →
//! outline matching → appendix, with the built-in outline, cutting the excerpts
//! as `compile` does. Then the HTML of every excerpt.
#![no_main]

use std::sync::LazyLock;

use baocao::campaign::outline::Outline;
use libfuzzer_sys::fuzz_target;

static OUTLINE: LazyLock<Outline> = LazyLock::new(Outline::builtin);

fuzz_target!(|data: &[u8]| {
    let report = baocao::report::analyze(data, &OUTLINE, true);
    for own in &report.excerpts {
        if let baocao::report::excerpt::Own::Written(markdown) = own {
            let _ = baocao::report::excerpt::to_html(markdown);
        }
    }
});
