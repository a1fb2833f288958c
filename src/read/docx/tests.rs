use super::*;

/// `BAOCAO_DUMP=file.docx cargo test --lib read::docx::tests::dump -- --ignored --nocapture`
/// prints what a Word file reads as.
#[test]
#[ignore = "a tool for looking at a file"]
fn dump() {
    let Some(path) = std::env::var_os("BAOCAO_DUMP") else { return };
    let bytes = std::fs::read(path).expect("readable");
    let converted = read(&bytes);
    for (line, origin) in converted.text.lines().zip(&converted.lines) {
        println!("{:<40} {line}", origin.as_ref().map(|o| format!("{:?}", o.place)).unwrap_or_default());
    }
    println!("{:?}", converted.notes);
}
