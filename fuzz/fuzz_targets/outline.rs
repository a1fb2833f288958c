//! The campaign loaders on arbitrary text: `outline.yaml` (merged with the built-in
//! defaults), then `units.yaml` against the outline it produced (or the built-in one).
#![no_main]

use std::sync::LazyLock;

use baocao::campaign::outline::Outline;
use baocao::campaign::roster::Roster;
use libfuzzer_sys::fuzz_target;

static BUILTIN: LazyLock<Outline> = LazyLock::new(Outline::builtin);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = Outline::parse(text, "outline.yaml");
    let outline = parsed.as_ref().unwrap_or(&*BUILTIN);
    let _ = Roster::parse(text, "units.yaml", outline);
});
