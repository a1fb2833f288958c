//! The Word reader on arbitrary bytes: the zip package, its XML parts, styles, numbering,
//! footnotes, tables → Markdown with locators; then the whole per-file path on what it
//! gave, as `check` and `compile` run it, and every locator looked up.
#![no_main]

use std::sync::LazyLock;

use baocao::campaign::outline::Outline;
use libfuzzer_sys::fuzz_target;

static OUTLINE: LazyLock<Outline> = LazyLock::new(Outline::builtin);

fuzz_target!(|data: &[u8]| {
    let converted = baocao::read::docx::read(data);
    for line in 1..=converted.lines.len() + 1 {
        let _ = converted.locator(line, 1 + line % 40);
    }
    let _ = baocao::report::analyze_docx(data, &OUTLINE, true);
});
