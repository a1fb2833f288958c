//! Issue 14: one unit's file must never damage the provincial report. Each test is
//! named after what it protects, and failed before its fix.

#![allow(clippy::unwrap_used)]

#[path = "security/inprocess.rs"]
mod inprocess;
// Only some of the shared helpers are used here.
#[allow(dead_code)]
mod support;

use std::path::Path;

use baocao::report::excerpt::Own;
use proptest::prelude::*;
use pulldown_cmark::{Event, Parser};
use support::{Scratch, sample_report, with_front_matter};

/// The events of `text` as the program parses Markdown.
fn events(text: &str) -> Vec<Event<'_>> {
    Parser::new_ext(text, baocao::read::dialect::options()).collect()
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
    let outline = baocao::campaign::outline::Outline::builtin();
    let again = baocao::report::analyze(markdown.as_bytes(), &outline, false);
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
        "<!--",
        "-->",
        "<pre>",
        "</pre>",
        "<script>",
        "<style>",
        "<textarea>",
        "<xmp>",
        "<?php",
        "?>",
        "<!DOCTYPE html",
        "<![CDATA[",
        "]]>",
        "```",
        "~~~",
        "````",
        "<div>",
        "</div>",
        "<table>",
        "- ",
        "1. ",
        "> ",
        "    ",
        "\t",
        "\n",
        "\n\n",
        "# ",
        "## II. Kết quả",
        "===",
        "---",
        "| a | b |\n|---|---|",
        "*",
        "_",
        "[x]",
        "\\",
        "`",
        "<h1>",
        "</h1>",
        "Nội dung",
        "<b>",
        "&amp;",
        "\r\n",
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
    for opener in [
        "<!--",
        "<pre>",
        "<script>",
        "<![CDATA[",
        "<?php",
        "<!DOCTYPE html",
        "<style>",
        "<textarea>",
    ] {
        for fence in ["```", "~~~"] {
            one_unit_cannot_damage_the_others(&format!("Nội dung.\n\n{opener}\n{fence}\n")).unwrap();
        }
    }
}

/// What a reader sees of a unit's Markdown: its text, without what an inline `<script>`
/// or `<style>` hides up to the end of its block; whitespace left out.
fn visible_markdown(text: &str) -> String {
    let hides = [
        "script", "style", "template", "noscript", "iframe", "object", "svg", "math",
    ];
    let mut hidden = 0u32;
    let mut out = String::new();
    for event in events(text) {
        match event {
            Event::Text(t) | Event::Code(t) if hidden == 0 => out.push_str(&t),
            Event::InlineHtml(h) => {
                let lower = h.to_ascii_lowercase();
                let name: String = lower
                    .trim_start_matches(['<', '/'])
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                if hides.contains(&name.as_str()) && !lower.ends_with("/>") {
                    hidden = if lower.starts_with("</") {
                        hidden.saturating_sub(1)
                    } else {
                        hidden + 1
                    };
                }
            }
            Event::End(
                pulldown_cmark::TagEnd::Paragraph | pulldown_cmark::TagEnd::Item | pulldown_cmark::TagEnd::Heading(_),
            ) => hidden = 0,
            _ => {}
        }
    }
    out.retain(|c| !c.is_whitespace());
    out
}

/// The visible text of an HTML page's body: tags, and what `<style>`/`<script>` hold,
/// left out; the usual character references decoded; whitespace left out.
fn visible_html(html: &str) -> String {
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut out = String::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let lower = rest[start..].to_ascii_lowercase();
        let skip = ["<style", "<script"]
            .iter()
            .find(|t| lower.starts_with(*t))
            .map(|t| format!("</{}", &t[1..]));
        let end = match skip {
            Some(close) => lower.find(&close).and_then(|c| lower[c..].find('>').map(|e| c + e + 1)),
            None => lower.find('>').map(|e| e + 1),
        };
        rest = &rest[start + end.unwrap_or(rest.len() - start)..];
    }
    out.push_str(rest);
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    decoded.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of a Word file's body: every `w:t`, whitespace left out.
fn visible_docx(docx: &[u8]) -> String {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let document = roxmltree::Document::parse(&xml).unwrap();
    document
        .descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The text of every excerpt is in all three outputs, excerpt by excerpt.
fn outputs_carry_the_same_text(hostile: &str) {
    let mut reports = inprocess::samples();
    let at = reports.iter().position(|(p, _)| p.ends_with("snv.md")).expect("snv");
    reports[at].1 = with_hostile_section(&reports[at].1, hostile);
    let (markdown, html, docx, excerpts) = inprocess::compile_all(&reports);
    let (html, word) = (visible_html(&html), visible_docx(&docx));
    let outline = baocao::campaign::outline::Outline::builtin();
    let mut seen = 0;
    for owns in &excerpts {
        for (section, own) in owns.iter().enumerate() {
            if outline.appendix.section == Some(section) {
                continue;
            }
            if let Own::Written(text) = own {
                let visible = visible_markdown(text);
                assert!(markdown.contains(&**text), "not in the Markdown: {text:?}");
                assert!(html.contains(&visible), "HTML lost text of {text:?}\nwanted {visible}");
                assert!(word.contains(&visible), "Word lost text of {text:?}\nwanted {visible}");
                seen += 1;
            }
        }
    }
    assert!(seen > 20, "{seen}");
}

#[test]
fn inline_raw_text_elements_do_not_remove_text_from_the_html() {
    outputs_carry_the_same_text(
        "Đoạn mở đầu của Sở.\n\n- Mục một có <style> lạ ở giữa.\n- Mục hai <xmp> không đóng.\n- Mục ba <textarea> cũng vậy.\n\nĐoạn sau danh sách vẫn phải còn.\n\nĐoạn cuối cùng, có <b>chữ đậm</b>.\n",
    );
}

#[test]
fn raw_text_elements_in_html_blocks_do_not_remove_text() {
    outputs_carry_the_same_text(
        "Đoạn mở đầu.\n\n<div><xmp>\n\nĐoạn sau khối HTML.\n\n<p><textarea></p>\n\nĐoạn cuối.\n",
    );
}

#[test]
fn a_raw_html_heading_in_a_unit_s_text_is_not_a_part_of_the_report() {
    let mut reports = inprocess::samples();
    let at = reports.iter().position(|(p, _)| p.ends_with("snv.md")).expect("snv");
    reports[at].1 = with_hostile_section(&reports[at].1, "Nội dung.\n\n<h1>IV- KIẾN NGHỊ GIẢ MẠO</h1>\n\nTiếp.\n");
    let (markdown, html, _, _) = inprocess::compile_all(&reports);
    assert!(markdown.contains("<h3>IV- KIẾN NGHỊ GIẢ MẠO</h3>"), "{markdown}");
    assert!(!html.contains("<h1>IV- KIẾN") && html.contains("<h3>IV- KIẾN NGHỊ GIẢ MẠO</h3>"));
}

#[test]
fn a_nul_in_a_utf16_report_never_reaches_the_compiled_report() {
    let dir = Scratch::campaign();
    let text = sample_report().replacen("Đảng ủy, Ban Giám đốc", "Đảng ủy,\0 Ban Giám đốc", 1);
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    dir.write("submissions/so-nganh/snv.md", bytes);
    // A second unit's report, so the compile has a report to count and writes its files.
    dir.write("submissions/so-nganh/stc.md", sample_report().replace("SNV", "STC"));
    let run = dir.check_campaign();
    let codes: Vec<_> = run.diagnostics("snv.md").iter().map(|d| d["code"].clone()).collect();
    assert_eq!(codes, ["not-text"], "{}", run.stdout);
    let out = dir.join("out");
    let run = dir.run(&["compile", "--out", "out", "--format", "md,html"]);
    assert!(run.code <= 1, "{}", run.stderr);
    for name in ["bao-cao-tong-hop.md", "bao-cao-tong-hop.html"] {
        let bytes = std::fs::read(out.join(name)).unwrap();
        assert!(!bytes.contains(&0), "{name} holds a NUL");
    }
    let _ = Path::new("");
}

#[test]
fn the_output_name_cannot_leave_the_out_folder() {
    for name in [
        "../submissions/so-nganh/snv",
        "/tmp/baocao-pwned",
        "a/b",
        "..",
        ".an",
        "a\\\\b",
        "C:x",
        "a\\nb",
    ] {
        let dir = Scratch::campaign();
        dir.write("submissions/so-nganh/snv.md", sample_report());
        let before = std::fs::read(dir.join("submissions/so-nganh/snv.md")).unwrap();
        dir.write(
            "outline/outline.yaml",
            format!("title: Báo cáo\n\ndocument:\n  output_name: \"{name}\"\n"),
        );
        let run = dir.run(&["compile", "--out", "out", "--format", "md"]);
        assert_eq!(run.code, 2, "{name}: {}", run.stderr);
        assert!(run.stderr.contains("outline.yaml:4:3"), "{name}: {}", run.stderr);
        assert!(run.stderr.contains("output_name"), "{}", run.stderr);
        assert_eq!(std::fs::read(dir.join("submissions/so-nganh/snv.md")).unwrap(), before);
        assert!(!Path::new("/tmp/baocao-pwned.md").exists());
    }
}

#[test]
fn a_rejected_file_name_cannot_add_a_heading_to_the_compiled_report() {
    let dir = Scratch::campaign();
    dir.write("submissions/so-nganh/snv.md", sample_report());
    let name = "x\n\n# IV- KIẾN NGHỊ GIẢ MẠO\n\n`` ` y.md";
    dir.write(&format!("submissions/so-nganh/{name}"), vec![0u8; 64]);
    let run = dir.run(&["compile", "--out", "out", "--format", "md"]);
    assert!(run.code <= 1, "{}", run.stderr);
    let markdown = dir.read("out/bao-cao-tong-hop.md");
    let parsed = events(&markdown);
    let headings: Vec<String> = parsed
        .windows(2)
        .filter(|w| matches!(w[0], Event::Start(pulldown_cmark::Tag::Heading { .. })))
        .map(|w| format!("{:?}", w[1]))
        .collect();
    assert!(!headings.iter().any(|h| h.contains("GIẢ MẠO")), "{headings:?}");
    assert!(
        parsed
            .iter()
            .any(|e| matches!(e, Event::Code(c) if c.contains("KIẾN NGHỊ GIẢ MẠO") && c.contains("`` ` y.md"))),
        "{markdown}"
    );
}

#[test]
fn sarif_uris_are_percent_encoded() {
    let dir = Scratch::campaign();
    let name = "a b#c?d%e\nf:g.md";
    dir.write(&format!("submissions/so-nganh/{name}"), "# Không đủ\n");
    dir.write("submissions/so-nganh/Sở nội vụ.md", "# Không đủ\n");
    let run = dir.run(&["check", "--format", "sarif"]);
    let sarif = run.json();
    let uris: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert!(
        uris.contains(&"submissions/so-nganh/a%20b%23c%3Fd%25e%0Af%3Ag.md"),
        "{uris:?}"
    );
    assert!(
        uris.contains(&"submissions/so-nganh/S%E1%BB%9F%20n%E1%BB%99i%20v%E1%BB%A5.md"),
        "{uris:?}"
    );
    for uri in uris {
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_graphic() && !b"#? \"<>\\\\^`{|}".contains(&b)),
            "{uri}"
        );
    }
}

#[test]
fn roster_codes_cannot_be_paths_options_or_lines() {
    for code in [
        "\"../../PWNED\"",
        "A/B",
        "/etc/x",
        "\"-rf\"",
        "\"X\\nY\"",
        ".HIDDEN",
        "\"A B\"",
        "\"C:x\"",
    ] {
        let dir = Scratch::campaign();
        dir.write("outline/units.yaml", format!(
                "units:\n  - code: SNV\n    name: \"Sở Nội vụ\"\n    category: so-nganh\n  - code: {code}\n    name: \"Giả\"\n    category: so-nganh\n"
            ),
        );
        let run = dir.run(&["check", "--lang", "en"]);
        assert_eq!(run.code, 2, "{code}: {}", run.stderr);
        assert!(run.stderr.contains("units.yaml:5:5"), "{code}: {}", run.stderr);
        let run = dir.run(&["new", "--unit", "../../PWNED"]);
        assert_eq!(run.code, 2, "{code}: {}", run.stderr);
        assert!(!dir.join("../../pwned.md").exists() && !dir.join("../pwned.md").exists());
    }
    // Vietnamese letters, digits, `-` and `_` are codes.
    let dir = Scratch::campaign();
    dir.write(
        "outline/units.yaml",
        "units:\n  - code: ĐU-CA_1\n    name: \"Đảng ủy Công an tỉnh\"\n    category: dang-uy-truc-thuoc\n",
    );
    let run = dir.run(&["new", "--unit", "ĐU-CA_1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.join("đu-ca_1.md").exists());
}

#[cfg(unix)]
#[test]
fn files_named_on_the_command_line_follow_the_walk_s_rules() {
    let dir = Scratch::campaign();
    let fifo = dir.join("submissions/fifo.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let secret = dir.join("secret.txt");
    std::fs::write(&secret, "# I. Đánh giá\n\nDÒNG-BÍ-MẬT-CỦA-MÁY\n").unwrap();
    std::os::unix::fs::symlink(&secret, dir.join("submissions/passwd.md")).unwrap();
    let mut args = vec!["check", "--format", "json", "submissions/passwd.md"];
    if made {
        args.push("submissions/fifo.md");
    }
    let run = dir.run(&args);
    assert!(run.took < std::time::Duration::from_secs(30), "{:?}", run.took);
    assert!(!run.stdout.contains("DÒNG-BÍ-MẬT"), "{}", run.stdout);
    let codes: Vec<_> = run.diagnostics("passwd.md").iter().map(|d| d["code"].clone()).collect();
    assert_eq!(codes, ["unsupported-file"]);
    if made {
        let codes: Vec<_> = run.diagnostics("fifo.md").iter().map(|d| d["code"].clone()).collect();
        assert_eq!(codes, ["unsupported-file"]);
    }
}

/// A campaign with a file name and a front-matter field made to forge lines of output.
fn forging_campaign() -> Scratch {
    let dir = Scratch::campaign();
    let name = "x\n::error file=a.md::GIẢ MẠO\n\u{1b}[2J\u{1b}]0;pwn\u{7}`|<img src=x onerror=alert(1)>.md";
    dir.write(&format!("submissions/so-nganh/{name}"), "# Không đủ\n");
    dir.write("submissions/so-nganh/snv.md", with_front_matter(
            "unit: \"Sở\\n::add-mask::bí-mật\\n\\u001b[31m\"\nunit_code: \"S|N`V\\n::warning::x\"\ncategory: so-nganh\ndate: 15/04/2026\n",
        ),
    );
    dir
}

/// No line of `text` could be taken by a runner as a workflow command but `ours`.
fn assert_no_forged_command(text: &str, ours: usize) {
    let commands: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("::") || l.trim_start().starts_with("##["))
        .collect();
    assert_eq!(commands.len(), ours, "{commands:#?}");
    for command in commands {
        assert!(
            ["::error file=", "::warning file=", "::notice file="]
                .iter()
                .any(|p| command.starts_with(p)),
            "{command}"
        );
        assert!(!command.contains('\u{1b}'), "{command:?}");
    }
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "raw escape in {text:?}"
    );
}

#[test]
fn hostile_names_and_fields_cannot_forge_any_check_format() {
    let dir = forging_campaign();
    let summary = dir.join("summary.md");
    let summary_env = summary.to_str().unwrap();
    let json = dir.run(&["check", "--format", "json"]).json();
    let diagnostics: usize = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["diagnostics"].as_array().unwrap().len())
        .sum();

    let human = dir.run(&["check", "--format", "human"]);
    assert_no_forged_command(&human.stdout, 0);

    let github = dir.run_env(
        &["check", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", summary_env)],
    );
    assert_no_forged_command(&github.stdout, diagnostics);
    let table = dir.read("summary.md");
    assert!(!table.contains('\u{1b}'), "{table}");
    // As GitHub reads it: one table, a row per file, five cells each, no HTML.
    let rows: Vec<&str> = table.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(rows.len(), 2 + json["files"].as_array().unwrap().len(), "{table}");
    let parsed = events(&table);
    assert!(
        !parsed
            .iter()
            .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_))),
        "{table}"
    );
    let cells = parsed
        .iter()
        .filter(|e| matches!(e, Event::Start(pulldown_cmark::Tag::TableCell)))
        .count();
    assert_eq!(cells, 5 * (rows.len() - 1), "{table}");
    assert!(
        parsed
            .iter()
            .any(|e| matches!(e, Event::Code(c) if c.contains("::error file=a.md::GIẢ MẠO") && c.contains("`|<img"))),
        "{table}"
    );

    let sarif = dir.run(&["check", "--format", "sarif"]);
    assert!(!sarif.stdout.contains('\u{1b}'));
    sarif.json();
    let junit = dir.run(&["check", "--format", "junit"]);
    roxmltree::Document::parse(&junit.stdout).unwrap_or_else(|e| panic!("{e}: {}", junit.stdout));
    assert_no_forged_command(&junit.stdout, 0);
}

#[test]
fn aliases_of_large_strings_are_refused_in_front_matter_and_outline() {
    let dir = Scratch::campaign();
    let big = "x".repeat(2 * 1024 * 1024);
    let aliases = vec!["*s"; 3000].join(", ");
    let yaml = format!("unit: \"Sở Nội vụ\"\ncategory: so-nganh\nsigner: [&s \"{big}\", {aliases}]\n");
    dir.write("submissions/so-nganh/snv.md", with_front_matter(&yaml));
    let run = dir.check_campaign();
    assert!(run.took < std::time::Duration::from_secs(20), "{:?}", run.took);
    let invalid = run.diagnostic("snv.md", "front-matter-invalid");
    assert_eq!(invalid["line"], 4, "{invalid}");

    let dir = Scratch::campaign();
    dir.write("submissions/so-nganh/snv.md", sample_report());
    dir.write(
        "outline/outline.yaml",
        format!("title: &s \"{big}\"\ndocument:\n  recipients: [{aliases}]\n"),
    );
    let run = dir.run(&["check", "--lang", "en"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("outline.yaml:3:"), "{}", run.stderr);
    assert!(run.took < std::time::Duration::from_secs(20), "{:?}", run.took);
}

#[test]
fn a_target_that_cannot_be_replaced_leaves_every_earlier_report_as_it_was() {
    let dir = Scratch::campaign();
    dir.write("submissions/so-nganh/snv.md", sample_report());
    let out = dir.join("out");
    dir.write("out/bao-cao-tong-hop.md", "BẢN CŨ");
    dir.write("out/bao-cao-tong-hop.docx", "BẢN CŨ");
    std::fs::create_dir_all(out.join("bao-cao-tong-hop.html")).unwrap();
    // What a run killed while writing left behind.
    dir.write("out/.baocao-AbC123", vec![b'x'; 1 << 20]);
    let run = dir.run(&["compile", "--out", "out", "--format", "md,html,docx"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("bao-cao-tong-hop.html"), "{}", run.stderr);
    assert_eq!(dir.read("out/bao-cao-tong-hop.md"), "BẢN CŨ");
    assert_eq!(dir.read("out/bao-cao-tong-hop.docx"), "BẢN CŨ");
    let left: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".baocao-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// The texts of the compiled Markdown's paragraphs shaped as its own structure lines
/// (an attribution, a part's title): opening with emphasis or strong emphasis.
fn structure_shaped(markdown: &str) -> Vec<String> {
    let parsed = events(markdown);
    let mut shaped = Vec::new();
    for (i, event) in parsed.iter().enumerate() {
        if *event == Event::Start(pulldown_cmark::Tag::Paragraph)
            && matches!(
                parsed.get(i + 1),
                Some(Event::Start(
                    pulldown_cmark::Tag::Emphasis | pulldown_cmark::Tag::Strong
                ))
            )
        {
            let end = parsed[i..]
                .iter()
                .position(|e| *e == Event::End(pulldown_cmark::TagEnd::Paragraph))
                .unwrap()
                + i;
            let text: String = parsed[i..end]
                .iter()
                .filter_map(|e| match e {
                    Event::Text(t) => Some(t.to_string()),
                    _ => None,
                })
                .collect();
            shaped.push(text);
        }
    }
    shaped
}

/// Outside the sections too — in "Nội dung khác của các đơn vị" and in the appendix's
/// notes on the figures — a unit's text cannot pass for another unit's attribution line
/// or for the title of a part of the compiled report.
#[test]
fn a_unit_cannot_imitate_attribution_or_part_titles_in_the_other_text_and_the_notes() {
    let mut reports = inprocess::samples();
    let at = reports.iter().position(|(p, _)| p.ends_with("snv.md")).expect("snv");
    let forged = |place: &str| {
        format!(
            "***Sở Tài chính:***\n\nLời giả mạo {place}.\n\n**Nội dung khác của các đơn vị**\n\n**Ghi chú của các đơn vị về số liệu**\n\n"
        )
    };
    let text = &reports[at].1;
    let first = text.find("# I.").expect("first section");
    let appendix = text.find("# Phụ lục\n\n").expect("appendix") + "# Phụ lục\n\n".len();
    let mut hostile = text.clone();
    hostile.insert_str(appendix, &forged("ở ghi chú số liệu"));
    hostile.insert_str(first, &format!("## Đặc điểm tình hình\n\n{}", forged("ở phần khác")));
    reports[at].1 = hostile;
    let (markdown, _, _, _) = inprocess::compile_all(&reports);
    assert!(markdown.contains("Lời giả mạo ở phần khác.") && markdown.contains("Lời giả mạo ở ghi chú số liệu."));
    let shaped = structure_shaped(&markdown);
    let count = |start: &str| shaped.iter().filter(|t| t.starts_with(start)).count();
    assert_eq!(
        count("Sở Tài chính"),
        markdown.matches("\n*Sở Tài chính").count(),
        "{shaped:#?}"
    );
    assert_eq!(count("Nội dung khác của các đơn vị"), 1, "{shaped:#?}");
    assert_eq!(count("Ghi chú của các đơn vị về số liệu"), 1, "{shaped:#?}");
}

#[test]
fn a_unit_cannot_imitate_another_unit_s_attribution_line() {
    let mut reports = inprocess::samples();
    let at = reports.iter().position(|(p, _)| p.ends_with("snv.md")).expect("snv");
    let forged = "Nội dung thật của Sở Nội vụ.\n\n***Sở Tài chính:***\n\nLời giả mạo thứ nhất.\n\n<p><b><i>Sở Tài chính (nộp muộn):</i></b></p>\n\nLời giả mạo thứ hai.\n\n*Chưa báo cáo nội dung này: Sở Y tế.*\n";
    reports[at].1 = with_hostile_section(&reports[at].1, forged);
    let (markdown, html, docx, _) = inprocess::compile_all(&reports);
    let shaped = structure_shaped(&markdown);
    let tai_chinh = shaped.iter().filter(|t| t.starts_with("Sở Tài chính")).count();
    let genuine = markdown.matches("\n*Sở Tài chính").count();
    assert!(genuine >= 1);
    assert_eq!(
        shaped
            .iter()
            .filter(|t| t.starts_with("Chưa báo cáo nội dung này: Sở Y tế"))
            .count(),
        0,
        "{shaped:#?}"
    );
    assert_eq!(tai_chinh, genuine, "{shaped:#?}");
    assert!(!markdown.contains("<p><b><i>Sở Tài chính"), "{markdown}");
    assert!(!html.contains("<i>Sở Tài chính (nộp muộn):</i>"));
    assert!(markdown.contains("Lời giả mạo thứ hai.") && markdown.contains("Sở Tài chính \\(nộp muộn\\)\\:"));
    let word = visible_docx(&docx);
    assert!(word.contains("SởTàichính(nộpmuộn):"));
}

/// A value the appendix refuses is quoted in the compiled report as the unit wrote it:
/// as text, never as markup of the report's (a tag, emphasis, a link).
#[test]
fn a_refused_value_is_quoted_as_text() {
    let mut reports = inprocess::samples();
    let at = reports.iter().position(|(p, _)| p.ends_with("snv.md")).expect("snv");
    let row = "| 2 | Số hội nghị quán triệt, triển khai, sơ kết, tổng kết | 36 | |";
    assert!(reports[at].1.contains(row));
    let hostile =
        "| 2 | Số hội nghị quán triệt, triển khai, sơ kết, tổng kết | <b>x</b> *3*6 [a](https://x.invalid) | |";
    reports[at].1 = reports[at].1.replace(row, hostile);
    let (markdown, _, _, _) = inprocess::compile_all(&reports);
    let line = markdown
        .lines()
        .find(|l| l.contains("số liệu không hợp lệ"))
        .expect("the refused value is listed");
    assert!(
        line.contains("\\<b\\>x\\</b\\> \\*3\\*6 \\[a\\](https://x.invalid)"),
        "{line}"
    );
    let shown = events(line);
    assert!(
        !shown.iter().any(|e| matches!(
            e,
            Event::InlineHtml(_)
                | Event::Html(_)
                | Event::Start(pulldown_cmark::Tag::Emphasis | pulldown_cmark::Tag::Link { .. })
        )),
        "{shown:?}"
    );
}

/// The Word body of an ordinary report is written without the Zip64 field, which
/// LibreOffice refuses ("source file could not be loaded"); only a body whose size bound
/// nears 4 GiB (tables of empty rows, amplified into XML) takes it, so such a body cannot
/// fail the whole Word report.
#[test]
fn the_word_body_takes_zip64_only_when_it_could_pass_4_gib() {
    let (_, _, docx, _) = inprocess::compile_all(&inprocess::samples());
    let name = b"word/document.xml";
    let at = docx.windows(name.len()).position(|w| w == name).expect("local header");
    let header = at - 30;
    assert_eq!(&docx[header..header + 4], b"PK\x03\x04");
    let extra_len = usize::from(u16::from_le_bytes([docx[header + 28], docx[header + 29]]));
    assert_eq!(extra_len, 0, "an ordinary report's body has no Zip64 field");
    assert!(visible_docx(&docx).len() > 1000);
    // 30 million cell borders bound the body at 4.8 GB: Zip64.
    let cells = baocao::output::docx::from_xml("|".repeat(30_000_000));
    assert!(cells.xml_bound() >= 4 << 30);
}

/// An HTML table of rows and cells never closed: its cells count against the limit as
/// `|` do (1.5 M rows of `<tr><td>x` took 730 MB), and under it the file is read.
#[test]
fn an_html_tables_cells_count_against_the_limit() {
    let dir = Scratch::campaign();
    let table = |rows: usize| format!("<table>{}\n\n# II.", "<tr><td>x".repeat(rows));
    dir.write(
        "submissions/so-nganh/snv.md",
        sample_report().replacen("# II.", &table(60_000), 1),
    );
    let run = dir.check_campaign();
    assert_eq!(run.diagnostic("snv.md", "too-many-cells")["severity"], "error");
    dir.write(
        "submissions/so-nganh/snv.md",
        sample_report().replacen("# II.", &table(5_000), 1),
    );
    let run = dir.check_campaign();
    let codes: Vec<String> = run
        .diagnostics("snv.md")
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_owned))
        .collect();
    assert!(
        !codes.iter().any(|c| c == "too-many-cells" || c == "missing-section"),
        "{codes:?}"
    );
}

#[test]
fn a_table_of_empty_rows_cannot_exhaust_the_compile() {
    let dir = Scratch::campaign();
    dir.write("submissions/so-nganh/stc.md", sample_report().replace("SNV", "STC"));
    let rows = "|||||||||\n".repeat(200_000);
    let report = sample_report().replacen(
        "# II.",
        &format!("| a | b | c | d | e | f | g | h |\n|---|---|---|---|---|---|---|---|\n{rows}\n# II."),
        1,
    );
    dir.write("submissions/so-nganh/snv.md", &report);
    let run = dir.check_campaign();
    let limit = run.diagnostic("snv.md", "too-many-cells");
    let header_line = report.lines().position(|l| l.starts_with("| a |")).unwrap() + 1;
    // The 50,001st `|`: 18 in the header lines, then 9 a row.
    assert_eq!(limit["line"], header_line + 2 + (50_001 - 18 - 1) / 9, "{limit}");
    assert_eq!(limit["severity"], "error");
    let run = dir.run(&["compile", "--out", "out", "--format", "md,docx"]);
    assert!(run.code <= 1, "{}", run.stderr);
    let markdown = dir.read("out/bao-cao-tong-hop.md");
    assert!(
        markdown.contains("(tệp có quá nhiều ô bảng)"),
        "rejected, named in the status"
    );
    assert!(dir.join("out/bao-cao-tong-hop.docx").exists());
}

/// A roster name with markup in it (`&`, `<KH>`, `*mới*`, `|`) is printed as written in
/// every line of the compiled Markdown that names the unit — the excerpt's attribution, the
/// per-unit table, the annex of units —: no HTML, no emphasis, no extra table cell.
#[test]
fn a_unit_name_with_markup_prints_as_written() {
    let name = "Sở Nội vụ & Đầu tư <KH> *mới* | 2025";
    let scratch = Scratch::new();
    scratch
        .write("o/units.yaml", support::ROSTER.replace("Sở Nội vụ", name))
        .write("s/snv.md", support::report());
    let run = scratch.compile("o", "output", "md", "2026-04-29");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = scratch.read("output/bao-cao-tong-hop.md");
    let named: Vec<&str> = md.lines().filter(|l| l.contains("Đầu tư")).collect();
    assert!(named.len() >= 3, "{named:?}");
    for line in &named {
        assert!(line.contains(r"Sở Nội vụ \& Đầu tư \<KH\> \*mới\* \| 2025"), "{line}");
    }
    let parsed = events(&md);
    assert!(
        !parsed
            .iter()
            .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_))),
        "no unit's name is HTML"
    );
    let text: String = parsed
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    assert!(text.contains(name), "the name reads as written");
}
