//! Word submissions (issue 18): the fixtures of `tests/fixtures/docx/`, made by python-docx,
//! LibreOffice and pandoc from `report.md` (see `scripts/make-docx-fixtures.py`), read as
//! the Markdown report is; hostile packages refused with one located error each.

use serde_json::Value;

use crate::support::{self, Scratch, repo_root, sample_outline};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo_root().join("tests/fixtures/docx").join(name)).expect("fixture present")
}

/// Code and key of every finding, notes of the Word reading left out, sorted.
fn findings(json: &Value, path: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = support::diags(support::file(json, path))
        .into_iter()
        .filter(|d| d.code != "conversion")
        .map(|d| (d.code, d.key))
        .collect();
    out.sort();
    out
}

fn check_one(name: &str, bytes: &[u8]) -> (support::Run, Value) {
    let scratch = Scratch::new();
    scratch.write(&format!("s/{name}"), bytes);
    let run = scratch.run(&["check", "--format", "json", "--outline", sample_outline(), "s"]);
    let json = run.json();
    (run, json)
}

#[test]
fn the_same_report_as_markdown_and_as_word_gives_the_same_findings() {
    let (md_run, md) = check_one("report.md", &fixture("report.md"));
    let expected = findings(&md, "s/report.md");
    assert!(!expected.is_empty(), "the report has one deliberate finding");
    for name in ["python-docx-styles.docx", "python-docx-extras.docx", "pandoc.docx"] {
        let (run, json) = check_one(name, &fixture(name));
        assert_eq!(findings(&json, &format!("s/{name}")), expected, "{name}");
        assert_eq!(json["summary"], md["summary"], "{name}");
        assert_eq!(run.code, md_run.code, "{name}");
    }
}

#[test]
fn word_findings_carry_a_word_locator_in_json_and_human_output() {
    let (_, json) = check_one("pandoc.docx", &fixture("pandoc.docx"));
    let file = support::file(&json, "s/pandoc.docx");
    let finding = &file["diagnostics"][0];
    assert_eq!(finding["code"], "no-diacritics");
    let locator = &finding["locator"];
    assert_eq!(locator["kind"], "paragraph", "{finding}");
    assert!(locator["paragraph"].as_u64().is_some_and(|n| n > 1), "{finding}");
    assert_eq!(locator["text"], "IV. KIEN NGHI, DE XUAT");
    let scratch = Scratch::new();
    scratch.write("s/pandoc.docx", fixture("pandoc.docx"));
    let outline = sample_outline();
    let human = scratch.run(&["check", "--outline", outline, "s"]);
    assert!(human.stdout.contains("--> s/pandoc.docx: đoạn "), "{}", human.stdout);
    assert!(human.stdout.contains("| IV. KIEN NGHI, DE XUAT"), "{}", human.stdout);
    let github = scratch.run(&["check", "--format", "github", "--outline", outline, "s"]);
    assert!(
        github
            .stdout
            .contains("::warning file=s/pandoc.docx,title=no-diacritics::đoạn "),
        "{}",
        github.stdout
    );
    let sarif = scratch
        .run(&["check", "--format", "sarif", "--outline", outline, "s"])
        .json();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["properties"]["locator"], "paragraph", "{result}");
    assert!(
        result["locations"][0]["logicalLocations"][0]["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("đoạn "))
    );
}

#[test]
fn an_appendix_value_is_located_in_its_cell_under_a_merged_header() {
    let (_, json) = check_one("merged.docx", &fixture("python-docx-merged-appendix.docx"));
    let file = support::file(&json, "s/merged.docx");
    // Two period columns under one merged "Số liệu" header, no total: their sum counts,
    // and the note names the header cell where the periods start.
    let summed = file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "appendix-periods-summed")
        .expect("the periods are summed");
    let locator = &summed["locator"];
    assert_eq!(
        (&locator["kind"], &locator["table"], &locator["row"], &locator["column"]),
        (&Value::from("cell"), &Value::from(1), &Value::from(1), &Value::from(3)),
        "{summed}"
    );
    assert_eq!(locator["text"], "Số liệu 2015 - 2020");
    assert_eq!(locator["heading"], "Phụ lục");
    // "2.783 lượt" is a figure with its unit written in: it counts, no finding.
    assert!(
        !file["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .any(|d| d["code"] == "appendix-value-invalid"),
        "{file}"
    );
}

#[test]
fn bold_paragraphs_and_automatic_numbering_find_every_section() {
    for name in ["python-docx-bold.docx", "libreoffice-numbered.docx"] {
        let (_, json) = check_one(name, &fixture(name));
        let codes = findings(&json, &format!("s/{name}"));
        assert!(
            !codes
                .iter()
                .any(|(c, _)| c == "missing-section" || c == "unknown-section"),
            "{name}: {codes:?}"
        );
    }
}

#[test]
fn tracked_changes_and_pictures_are_said() {
    let (run, json) = check_one("extras.docx", &fixture("python-docx-extras.docx"));
    let file = support::file(&json, "s/extras.docx");
    let notes: Vec<&Value> = file["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .filter(|d| d["code"] == "conversion")
        .collect();
    assert_eq!(notes.len(), 2, "{file}");
    assert!(notes.iter().all(|d| d["severity"] == "note"));
    assert_eq!(run.code, 0, "notes and warnings only");
}

#[test]
fn hostile_packages_are_refused_with_one_error_each() {
    let scratch = Scratch::new();
    let names = [
        "hostile-zip-bomb.docx",
        "hostile-billion-laughs.docx",
        "hostile-deep.docx",
        "hostile-missing-part.docx",
        "hostile-not-a-zip.docx",
    ];
    for name in names {
        scratch.write(&format!("s/{name}"), fixture(name));
    }
    let run = scratch.run(&["check", "--format", "json", "--outline", sample_outline(), "s"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json = run.json();
    for name in names {
        let codes = support::codes(&json, &format!("s/{name}"));
        assert_eq!(codes, ["word-invalid"], "{name}");
    }
}

#[test]
fn pdf_and_legacy_formats_say_what_to_do() {
    let scratch = Scratch::new();
    scratch
        .write("s/bao-cao.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        .write("s/bao-cao.odt", fixture("report.odt"))
        .write("s/~$bao-cao.docx", b"owner file Word leaves");
    let outline = sample_outline();
    // No LibreOffice on an empty PATH.
    let run = support::run_env(
        scratch.path(),
        &["check", "--format", "json", "--outline", outline, "s"],
        &[("PATH", "")],
    );
    let json = run.json();
    assert_eq!(
        json["files"].as_array().map(Vec::len),
        Some(2),
        "Word's owner file is passed over"
    );
    assert_eq!(support::codes(&json, "s/bao-cao.pdf"), ["needs-docx"]);
    assert_eq!(support::codes(&json, "s/bao-cao.odt"), ["needs-docx"]);
    let message = support::file(&json, "s/bao-cao.odt")["diagnostics"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        message.contains("LibreOffice") && message.contains(".docx"),
        "{message}"
    );
}

#[test]
fn an_odt_is_read_through_libreoffice_when_it_is_installed() {
    if crate::support::which("soffice").is_none() {
        eprintln!("skipped: LibreOffice (soffice) is not installed here");
        return;
    }
    let (_, json) = check_one("report.odt", &fixture("report.odt"));
    let codes = findings(&json, "s/report.odt");
    assert!(
        !codes.iter().any(|(c, _)| c == "missing-section" || c == "needs-docx"),
        "{codes:?}"
    );
    assert_eq!(support::codes(&json, "s/report.odt")[0], "conversion");
}

#[test]
fn a_word_draft_from_new_reads_back_with_only_its_blanks() {
    let scratch = Scratch::new();
    let outline = sample_outline();
    let made = scratch.run(&[
        "new",
        "--unit",
        "X004",
        "--format",
        "docx",
        "--as-of",
        "2026-04-10",
        "--outline",
        outline,
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(scratch.join("x004.docx").is_file());
    let run = scratch.run(&["check", "--format", "json", "--outline", outline, "x004.docx"]);
    let json = run.json();
    let codes = support::codes(&json, "x004.docx");
    assert!(!codes.is_empty());
    assert!(
        codes
            .iter()
            .all(|c| c == "empty-section" || c == "appendix-value-missing" || c == "appendix-empty"),
        "{codes:?}"
    );
    let file = support::file(&json, "x004.docx");
    assert_eq!(
        file["unit_code"], "X004",
        "who it is from, read from the custom properties"
    );
    // A blank appendix: one finding for the table with no figure, in Word's terms.
    let empty = file["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .find(|d| d["code"] == "appendix-empty")
        .expect("no figure yet");
    assert!(empty["locator"]["kind"].is_string(), "{empty}");
}

/// The compiled report of a campaign whose one unit sent Word: the same figures, and the
/// same excerpts, as when it sent the Markdown the Word file was made from.
#[test]
fn compile_counts_a_word_report_as_its_markdown() {
    let compile = |name: &str, bytes: &[u8]| -> (Value, String) {
        let scratch = Scratch::new();
        scratch.write(&format!("s/dang-uy-xa-phuong/{name}"), bytes);
        let run = scratch.run(&[
            "compile",
            "--submissions",
            "s",
            "--outline",
            sample_outline(),
            "--as-of",
            "2026-04-25",
            "--format",
            "json,md",
            "--date-source",
            "front-matter",
        ]);
        assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
        let json = scratch.read_json("output/bao-cao-tong-hop.json");
        let md = scratch.read("output/bao-cao-tong-hop.md");
        (json, md)
    };
    let (md_json, md_text) = compile("x004.md", &fixture("report.md"));
    for name in ["pandoc.docx", "python-docx-styles.docx"] {
        let (json, text) = compile(name, &fixture(name));
        assert_eq!(json["appendix"], md_json["appendix"], "{name}");
        assert_eq!(json["units"], md_json["units"], "{name}");
        // The excerpts: what the unit wrote under each section, to the byte (python-docx
        // writes no footnotes: the fixture has `[^1]` as typed text, which stays text).
        if name == "pandoc.docx" {
            assert_eq!(text, md_text, "{name}");
        } else {
            assert_eq!(text.replace('\\', ""), md_text.replace('\\', ""), "{name}");
        }
    }
}

/// Word reports typed in the legacy TCVN3 fonts (issue 16 §3): `python-docx-tcvn3.docx`
/// (every run in `.VnTime`, the header's capitals in `.VnTimeH`, `ư` drawn over the soft
/// hyphen) and `python-docx-tcvn3-header.docx` (an old template's header in TCVN3 over a
/// body typed in Unicode; `python-docx-signer-vntime.docx`, only the signer's name in
/// `.VnTime`) are converted run by run as each run's font says, with an
/// `encoding` warning naming the font; a Unicode text set in `.VnTime`
/// (`python-docx-unicode-in-vntime.docx`, which Word shows garbled) reads worse converted
/// and is read as it is.
#[test]
fn word_text_in_a_legacy_font_is_converted_run_by_run() {
    for (name, converted) in [
        ("python-docx-tcvn3.docx", true),
        ("python-docx-tcvn3-header.docx", true),
        ("python-docx-unicode-in-vntime.docx", false),
        // A few words in an old font are too few to judge: the font is trusted.
        ("python-docx-signer-vntime.docx", true),
    ] {
        let (_, json) = check_one(name, &fixture(name));
        let path = format!("s/{name}");
        let file = support::file(&json, &path);
        assert_eq!(file["unit_code"], "X007", "{name}: {file:#}");
        let encoding: Vec<&str> = file["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| d["code"] == "encoding")
            .filter_map(|d| d["message"].as_str())
            .collect();
        if name.contains("signer") {
            assert_eq!(file["metadata"]["signer"]["value"], "Nguyễn Văn An", "{file:#}");
        }
        if converted {
            assert!(
                encoding.len() == 1 && encoding[0].contains("TCVN3 (ABC, .VnTime)"),
                "{name}: {encoding:?}"
            );
        } else {
            assert!(encoding.is_empty(), "{name}: {encoding:?}");
        }
    }
    // The body in TCVN3 reads as Vietnamese, in the compiled text as in the structure.
    let scratch = Scratch::new();
    scratch.write("s/dang-uy-xa-phuong/anh-son.docx", fixture("python-docx-tcvn3.docx"));
    let run = scratch.run(&[
        "compile",
        "--submissions",
        "s",
        "--outline",
        sample_outline(),
        "--as-of",
        "2026-04-25",
        "--format",
        "md",
    ]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let markdown = scratch.read("output/bao-cao-tong-hop.md");
    assert!(markdown.contains("phân công đồng chí Phó Bí thư Thường"), "{markdown}");
    assert!(!markdown.contains('¸') && !markdown.contains('§'), "{markdown}");
}

/// Reports exported "to Word" by a web system: the body (and the appendix table) is an HTML
/// part imported as it is (`w:altChunk`), an `.htm` (`snv-altchunk-htm.docx`) or a web
/// archive `.mht` in quoted-printable (`duca-altchunk-mht.docx`, from
/// `benches/probe57`). Each part is read in its place: every section found, the figures of
/// its table counted, its paragraphs compiled.
#[test]
fn an_html_part_imported_into_a_word_file_is_read_in_its_place() {
    let scratch = Scratch::new();
    for name in ["snv-altchunk-htm.docx", "duca-altchunk-mht.docx"] {
        let bytes = std::fs::read(
            crate::support::repo_root()
                .join("tests/fixtures/docx-writers")
                .join(name),
        )
        .expect("fixture");
        scratch.write(&format!("s/{name}"), bytes);
    }
    let outline = sample_outline();
    let run = scratch.run(&["check", "--format", "json", "--outline", outline, "s"]);
    let json = run.json();
    for name in ["snv-altchunk-htm.docx", "duca-altchunk-mht.docx"] {
        let codes = support::codes(&json, &format!("s/{name}"));
        assert!(
            !codes
                .iter()
                .any(|c| c == "missing-section" || c == "appendix-empty" || c == "appendix-value-missing"),
            "{name}: {codes:?}"
        );
    }
    let run = scratch.compile(outline, "out", "md,json", "2026-04-30");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = scratch.read("out/bao-cao-tong-hop.md");
    assert!(
        md.contains("Ban Thường vụ Đảng ủy Công an tỉnh ban hành 44 văn bản lãnh đạo, chỉ đạo"),
        "{md}"
    );
    let compiled = scratch.read_json("out/bao-cao-tong-hop.json");
    assert_eq!(compiled["appendix"]["van-ban"]["reported"], 2);
    assert_eq!(compiled["appendix"]["dan-van-kheo"]["total"], 25);
}
