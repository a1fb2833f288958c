//! Inputs that must not make `check` panic, hang, or write anything: malformed and
//! hostile YAML, empty and huge files, binary content, deep folders, links; and the
//! campaign's own files, which stop the run (exit 2) with a located message.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use crate::support::{self, Run, Scratch, report};

/// Every file and folder under `dir`, to see that a run wrote nothing.
fn listing(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            out.insert(path.strip_prefix(dir).expect("inside").to_string_lossy().into_owned());
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            }
        }
    }
    out
}

/// Runs `check --format json` on `s/` and checks the run finished in time, did not
/// panic, wrote nothing and exited with `code`.
fn survive(scratch: &Scratch, code: i32) -> (Run, serde_json::Value) {
    let before = listing(scratch.path());
    let (run, json) = scratch.check_json("o", &["s"]);
    assert!(run.took < Duration::from_secs(30), "took {:?}", run.took);
    assert_eq!(run.code, code, "{}", run.stderr);
    assert_eq!(listing(scratch.path()), before, "the run wrote or removed files");
    (run, json)
}

#[test]
fn malformed_front_matter() {
    let scratch = Scratch::new();
    scratch.mkdir("o");
    let cases: [(&str, String); 9] = [
        ("tab.md", "---\nunit: a\n\tunit_code: B\n---\n".into()),
        ("quote.md", "---\nunit: \"a\nunit_code: B\n---\n".into()),
        ("flow.md", "---\nunit: [a, {b: c\n---\n".into()),
        ("list.md", "---\n- unit\n- unit_code\n---\n".into()),
        ("scalar.md", "---\njust a line\n---\n".into()),
        ("anchor.md", "---\nunit: *nothing\n---\n".into()),
        ("tag.md", "---\nunit: !!binary AAAA\nunit_code: !custom X\n---\n".into()),
        ("dupe.md", "---\nunit: a\nunit: b\n---\n".into()),
        ("dots.md", "---\nunit: a\n...\n# I. Đánh giá\n".into()),
    ];
    for (name, text) in &cases {
        scratch.write(&format!("s/{name}"), text);
    }
    let (_, json) = survive(&scratch, 1);
    for (name, _) in &cases {
        let codes = support::codes(&json, &format!("s/{name}"));
        assert!(
            codes
                .iter()
                .any(|c| c == "front-matter-invalid" || c == "field-missing" || c == "field-invalid"),
            "{name}: {codes:?}"
        );
        // The body is still checked: every section is missing.
        assert!(codes.iter().any(|c| c == "missing-section"), "{name}: {codes:?}");
    }
    assert_eq!(support::codes(&json, "s/tab.md")[0], "front-matter-invalid");
    assert_eq!(support::codes(&json, "s/list.md")[0], "front-matter-invalid");
}

#[test]
fn yaml_bombs_in_front_matter() {
    let scratch = Scratch::new();
    scratch.mkdir("o");
    // Billion laughs: nine levels of nine aliases.
    let mut laughs = String::from(
        "---\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    for i in 1..10 {
        let p = i - 1;
        laughs.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    laughs.push_str("unit: x\n---\n");
    scratch.write("s/laughs.md", &laughs);
    // Deep flow nesting, and deep block nesting.
    scratch.write(
        "s/flow.md",
        format!("---\nunit: {}{}\n---\n", "[".repeat(200_000), "]".repeat(200_000)),
    );
    let block: String = (0..2_000).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect();
    scratch.write("s/block.md", format!("---\n{block}---\n"));
    // Many keys, each aliasing the same small list.
    let many: String = (0..50_000).map(|i| format!("k{i}: *a\n")).collect();
    scratch.write("s/many.md", format!("---\na: &a [x]\n{many}---\n"));
    let (_, json) = survive(&scratch, 1);
    for name in ["laughs", "flow", "block"] {
        assert_eq!(
            support::codes(&json, &format!("s/{name}.md"))[0],
            "front-matter-invalid",
            "{name}"
        );
    }
    // Anchors are refused in front matter (issue 14): no report needs them.
    assert_eq!(support::codes(&json, "s/many.md")[0], "front-matter-invalid");
}

#[test]
fn empty_dashes_and_blank_files() {
    let scratch = Scratch::new();
    scratch
        .mkdir("o")
        .write("s/empty.md", "")
        .write("s/dashes.md", "---")
        .write("s/dashes-nl.md", "---\n")
        .write("s/two-dashes.md", "---\n---\n")
        .write("s/blank.md", "\n\n   \n")
        .write("s/bom-only.md", [0xEF, 0xBB, 0xBF])
        .write("s/utf16-bom-only.md", [0xFF, 0xFE]);
    let (_, json) = survive(&scratch, 1);
    assert_eq!(support::codes(&json, "s/empty.md")[0], "front-matter-missing");
    assert_eq!(support::codes(&json, "s/blank.md")[0], "front-matter-missing");
    assert_eq!(support::codes(&json, "s/bom-only.md")[0], "front-matter-missing");
    assert_eq!(support::codes(&json, "s/dashes.md")[0], "front-matter-invalid");
    assert_eq!(support::codes(&json, "s/dashes-nl.md")[0], "front-matter-invalid");
    assert_eq!(
        support::codes_lines(&json, "s/two-dashes.md")[..4],
        ["unit", "unit_code", "category", "date"].map(|f| ("field-missing".to_owned(), 1, Some(f.to_owned())))
    );
    assert_eq!(
        support::codes(&json, "s/utf16-bom-only.md")[..2],
        ["encoding", "front-matter-missing"]
    );
    // Every section is missing, reported once each, nowhere past the end of the file.
    for name in ["empty", "dashes", "two-dashes", "blank"] {
        let missing: Vec<_> = support::codes_lines(&json, &format!("s/{name}.md"))
            .into_iter()
            .filter(|(c, _, _)| c == "missing-section")
            .collect();
        assert_eq!(missing.len(), 5, "{name}: the five top-level sections");
        assert!(missing.iter().all(|(_, line, _)| *line <= 4), "{name}: {missing:?}");
    }
}

#[test]
fn huge_lines_and_huge_files() {
    let scratch = Scratch::new();
    scratch.mkdir("o");
    // A 4 MB paragraph on one line, and a 1 MB heading.
    let mut text = report();
    text.push('\n');
    text.push_str(&"Đơn vị báo cáo ".repeat(250_000));
    text.push('\n');
    scratch.write("s/long-line.md", &text);
    scratch.write(
        "s/long-heading.md",
        format!(
            "{}# {}\n",
            support::front_matter("HB", "x", "so-nganh"),
            "Đánh giá ".repeat(100_000)
        ),
    );
    // Larger than any report: refused unread (a sparse file, so the test stays fast).
    let big = std::fs::File::create(scratch.join("s/big.md")).expect("create");
    big.set_len(20 * 1024 * 1024).expect("sparse file");
    let (run, json) = survive(&scratch, 1);
    assert_eq!(support::codes(&json, "s/long-line.md"), Vec::<String>::new());
    assert!(support::codes(&json, "s/long-heading.md").contains(&"missing-section".to_owned()));
    assert_eq!(support::codes(&json, "s/big.md"), ["too-large"]);
    // A snippet of a huge line is cut: the output stays small.
    let human = scratch.run(&["check", "--outline", "o", "s"]);
    assert!(human.stdout.len() < 64 * 1024, "{} bytes of output", human.stdout.len());
    assert!(run.stdout.len() < 64 * 1024, "{} bytes of JSON", run.stdout.len());
}

#[test]
fn binary_and_broken_utf16() {
    let scratch = Scratch::new();
    scratch
        .mkdir("o")
        .write("s/nul.md", b"---\nunit: a\x00b\n---\n")
        .write("s/png.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
        .write(
            "s/random.md",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect::<Vec<u8>>(),
        )
        .write("s/lone-surrogate.md", [0xFF, 0xFE, 0x00, 0xD8, b'-', 0x00, b'-', 0x00])
        .write("s/odd-length.md", [0xFF, 0xFE, b'#', 0x00, b' ', 0x00, b'x'])
        .write("s/be-garbage.md", [0xFE, 0xFF, 0xDC, 0x00, 0xD8, 0x00]);
    let (_, json) = survive(&scratch, 1);
    assert_eq!(support::codes(&json, "s/nul.md"), ["not-text"]);
    assert_eq!(support::codes(&json, "s/png.md"), ["not-text"]);
    assert_eq!(support::codes(&json, "s/random.md"), ["not-text"]);
    for name in ["lone-surrogate", "odd-length", "be-garbage"] {
        assert_eq!(
            support::codes(&json, &format!("s/{name}.md"))[..2],
            ["encoding", "front-matter-missing"],
            "{name}"
        );
    }
}

#[test]
fn deep_folders() {
    let scratch = Scratch::new();
    scratch.mkdir("o");
    let shallow: String = (0..20).map(|i| format!("d{i}/")).collect();
    scratch.write(&format!("s/{shallow}snv.md"), report());
    let deep: String = (0..45).map(|i| format!("e{i}/")).collect();
    scratch.write(&format!("s/{deep}deep.md"), report());
    let (_, json) = survive(&scratch, 1);
    // Twenty levels are read; past the limit the walk stops with an error, not a crash.
    assert_eq!(
        support::codes(&json, &format!("s/{shallow}snv.md")),
        Vec::<String>::new()
    );
    let files = json["files"].as_array().expect("files");
    let stopped = files
        .iter()
        .find(|f| f["path"].as_str().is_some_and(|p| p.starts_with("s/e0/")))
        .expect("the deep branch is reported");
    assert_eq!(stopped["diagnostics"][0]["severity"], "error");
    assert!(
        !files
            .iter()
            .any(|f| f["path"].as_str().is_some_and(|p| p.ends_with("deep.md"))),
        "not read past the limit"
    );
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_never_followed() {
    use std::os::unix::fs::symlink;
    let scratch = Scratch::new();
    scratch
        .mkdir("o")
        .mkdir("s/real")
        .write("outside/secret.md", "# I. Đánh giá\n");
    scratch.write("s/real/snv.md", report());
    symlink(scratch.join("outside/secret.md"), scratch.join("s/link-out.md")).expect("link");
    symlink(scratch.join("outside"), scratch.join("s/dir-out")).expect("link");
    symlink(scratch.join("s"), scratch.join("s/real/loop")).expect("loop");
    symlink("b.md", scratch.join("s/a.md")).expect("link");
    symlink("a.md", scratch.join("s/b.md")).expect("link");
    symlink("nowhere.md", scratch.join("s/dangling.md")).expect("link");
    let (run, json) = survive(&scratch, 0);
    let paths = support::paths(&json);
    assert_eq!(
        paths,
        [
            "s/a.md",
            "s/b.md",
            "s/dangling.md",
            "s/dir-out",
            "s/link-out.md",
            "s/real/loop",
            "s/real/snv.md"
        ]
    );
    for link in [
        "s/a.md",
        "s/b.md",
        "s/dangling.md",
        "s/dir-out",
        "s/link-out.md",
        "s/real/loop",
    ] {
        assert_eq!(support::codes(&json, link), ["unsupported-file"], "{link}");
    }
    assert!(!run.stdout.contains("secret"), "the target was not read");
    assert_eq!(support::codes(&json, "s/real/snv.md"), Vec::<String>::new());
    // A link named on the command line is what the user pointed at: it is walked.
    symlink(scratch.join("s/real"), scratch.join("nop")).expect("link");
    let (run, json) = scratch.check_json("o", &["nop"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let paths = support::paths(&json);
    assert_eq!(paths, ["nop/loop", "nop/snv.md"]);
}

#[test]
fn a_path_that_does_not_exist_is_fatal() {
    let scratch = Scratch::new();
    scratch.mkdir("o");
    let run = scratch.run(&["check", "--outline", "o", "khong-co"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("khong-co"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    // Nor does the default path, in a folder without `submissions/`.
    let run = scratch.run(&["check", "--outline", "o"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("submissions"), "{}", run.stderr);
}

/// A campaign file that stops the run: exit 2, the file, line and column on stderr.
fn fatal(file: &str, text: &str, location: &str) {
    let scratch = Scratch::new();
    scratch.write(&format!("o/{file}"), text).write("s/snv.md", report());
    let run = scratch.run(&["check", "--outline", "o", "s"]);
    assert_eq!(run.code, 2, "{file}: {text}\n{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("o/{file}:{location}")),
        "want {file}:{location} in: {}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "nothing checked: {}", run.stdout);
}

#[test]
fn bad_outline_is_fatal_and_located() {
    fatal("outline.yaml", "title: x\nsections:\n  - id: a\n    titel: A\n", "4:5");
    fatal("outline.yaml", "title: \"unclosed\nlanguage: vi\n", "3:1");
    fatal("outline.yaml", "title: x\n\ndeadline: 31/4/2026\n", "3:1");
    fatal(
        "outline.yaml",
        "sections:\n  - id: a\n    title: A\n  - id: a\n    title: B\n",
        "4:5",
    );
    // A repeated key is refused, but located at the start of its mapping rather than at
    // the repetition (line 2): only "some place in the file" is checked here.
    fatal("outline.yaml", "language: vi\nlanguage: en\n", "");
    fatal(
        "outline.yaml",
        &format!("sections: {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
        "1:",
    );
    fatal("outline.yaml", "- just\n- a list\n", "1:1");
}

/// A campaign file that stops the run before the campaign's language is known is said
/// in Vietnamese, then in English, at the same place; with `--lang`, in that language.
#[test]
fn a_broken_outline_is_said_in_vietnamese_then_in_english() {
    let scratch = Scratch::new();
    scratch
        .write(
            "o/outline.yaml",
            "sections:\n  - id: a\n    title: A\n  - id: a\n    title: B\n",
        )
        .write("s/snv.md", report());
    let lines = |run: &Run| -> Vec<String> {
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        run.stderr.lines().map(str::to_owned).collect()
    };
    let run = scratch.run(&["check", "--outline", "o", "s"]);
    assert_eq!(
        lines(&run),
        [
            "lỗi: o/outline.yaml:4:5: mã mục `a` bị trùng: mỗi mục phải có `id` riêng; hãy đổi mã của một trong hai mục",
            "error: o/outline.yaml:4:5: duplicate section id `a`",
        ]
    );

    // The YAML library's words: a misspelt key.
    scratch.write("o/outline.yaml", "sections:\n  - id: a\n    titel: A\n");
    let run = scratch.run(&["check", "--outline", "o", "s"]);
    let said = lines(&run);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(
        said[0].starts_with("lỗi: o/outline.yaml:3:5: ở `sections[0]`: trường `titel` không dùng được ở chỗ này; các trường dùng được: `id`, `number`, `title`,"),
        "{said:?}"
    );
    assert!(
        said[1].starts_with("error: o/outline.yaml:3:5: sections[0]: unknown field `titel`, expected one of `id`"),
        "{said:?}"
    );

    // A YAML syntax error.
    scratch.write("o/outline.yaml", "title: Báo cáo: tổng kết\n");
    let said = lines(&scratch.run(&["check", "--outline", "o", "s"]));
    assert!(
        said[0].starts_with("lỗi: o/outline.yaml:1:") && said[0].contains("sai cú pháp YAML: "),
        "{said:?}"
    );
    assert!(said[1].starts_with("error: o/outline.yaml:1:"), "{said:?}");

    // `--lang` is known before the campaign is read: one language only.
    scratch.write("o/outline.yaml", "language: vn\n");
    let said = lines(&scratch.run(&["check", "--outline", "o", "s", "--lang", "vi"]));
    assert_eq!(
        said,
        [
            "lỗi: o/outline.yaml:1:1: `language`: `vn` không phải `vi` hay `en`: hãy ghi `language: vi` cho tiếng Việt, hoặc `language: en` cho tiếng Anh"
        ]
    );
    let said = lines(&scratch.run(&["check", "--outline", "o", "s", "--lang", "en"]));
    assert_eq!(
        said,
        ["error: o/outline.yaml:1:1: `language`: `vn` is not `vi` or `en`"]
    );

    // The roster is read once the outline has said the campaign's language: in that one.
    scratch.write("o/outline.yaml", "title: x\n").write(
        "o/units.yaml",
        "units:\n  - code: A\n    name: x\n    category: so-nganh\n  - code: A\n    name: y\n    category: so-nganh\n",
    );
    let said = lines(&scratch.run(&["check", "--outline", "o", "s"]));
    assert_eq!(
        said,
        [
            "lỗi: o/units.yaml:5:5: mã đơn vị `A` xuất hiện hai lần: mỗi đơn vị phải có mã riêng; hãy sửa mã hoặc bỏ đơn vị bị ghi trùng"
        ]
    );
    scratch.write("o/outline.yaml", "language: en\n");
    let said = lines(&scratch.run(&["check", "--outline", "o", "s"]));
    assert_eq!(said, ["error: o/units.yaml:5:5: unit code `A` appears twice"]);
}

#[test]
fn bad_roster_is_fatal_and_located() {
    fatal(
        "units.yaml",
        "units:\n  - code: A\n    name: x\n    category: khong-co\n",
        "4:5",
    );
    fatal(
        "units.yaml",
        "units:\n  - code: A\n    name: x\n    category: so-nganh\n  - code: A\n    name: y\n    category: so-nganh\n",
        "5:",
    );
    fatal(
        "units.yaml",
        "units:\n  - code: A\n    nam: x\n    category: so-nganh\n",
        "3:5",
    );
    fatal(
        "units.yaml",
        "units:\n  - code: A\n    name: x\n    category: so-nganh\n    due: 31/4/2026\n",
        "5:",
    );
    fatal("units.yaml", "units:\n  - code: A\n    name: [x\n", "3:");
}

#[test]
fn a_folder_in_place_of_a_campaign_file_is_fatal() {
    let scratch = Scratch::new();
    scratch.mkdir("o/units.yaml").write("s/snv.md", report());
    let run = scratch.run(&["check", "--outline", "o", "s"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("o/units.yaml"), "{}", run.stderr);
}
