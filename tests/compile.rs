//! `compile` on a generated province of 150 units with every kind of problem: the JSON
//! figures must equal the figures this test computes from what it wrote, the Markdown
//! must pass `check`, and the HTML must render.

#![allow(clippy::unwrap_used)]

// Only some of the shared helpers are used here.
#[allow(dead_code)]
mod support;
#[path = "support/workbook.rs"]
mod workbook;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;
use support::Scratch;
use support::corpus::Rng;

const CATEGORIES: [&str; 5] = [
    "co-quan-tham-muu",
    "so-nganh",
    "mttq-doan-the",
    "dang-uy-xa-phuong",
    "dang-uy-truc-thuoc",
];

const INDICATORS: [(&str, &str, bool); 9] = [
    (
        "van-ban",
        "Số văn bản lãnh đạo, chỉ đạo về công tác dân vận được ban hành",
        false,
    ),
    (
        "hoi-nghi",
        "Số hội nghị quán triệt, triển khai, sơ kết, tổng kết",
        false,
    ),
    (
        "tap-huan",
        "Số lượt cán bộ, công chức, viên chức được tập huấn, bồi dưỡng",
        false,
    ),
    ("doi-thoai", "Số cuộc đối thoại của người đứng đầu với Nhân dân", false),
    ("tiep-dan", "Số lượt tiếp công dân", false),
    (
        "don-nhan",
        "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận",
        false,
    ),
    ("don-giai-quyet", "Số đơn thư đã giải quyết", false),
    ("dan-van-kheo", "Số mô hình “Dân vận khéo” được công nhận", false),
    (
        "truc-tuyen",
        "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến (%)",
        true,
    ),
];

/// What a cell of the appendix says, as the generator knows it.
#[derive(Clone, Copy)]
enum Cell {
    /// A count, or a percent in tenths.
    Value(u64),
    Blank,
    Invalid,
}

fn cell_text(cell: Cell, percent: bool, rng: &mut Rng) -> String {
    match cell {
        Cell::Value(v) if percent => format!("{},{}{}", v / 10, v % 10, if rng.chance(30) { "%" } else { "" }),
        Cell::Value(v) => support::corpus::group(v),
        // Empty, or marked not applicable: not counted either way.
        Cell::Blank => (*rng.pick(&["-", "", "—", "x", "Không áp dụng"])).to_owned(),
        // `12,5` is a valid percent: only counts get it.
        Cell::Invalid if percent => (*rng.pick(&["khoảng 70", "-3", "30 (ước tính)", "866/964"])).to_owned(),
        Cell::Invalid => (*rng.pick(&["khoảng 40", "12,5", "-3", "30 (ước tính)", "866/964", "4,35"])).to_owned(),
    }
}

/// Row labels as units reword them, and the unit each figure is counted in (ĐVT).
const REWORDED: [(&str, &str); 9] = [
    ("Văn bản chỉ đạo về công tác dân vận đã ban hành", "văn bản"),
    ("Hội nghị quán triệt, sơ kết, tổng kết", "hội nghị"),
    ("Lượt CBCCVC được tập huấn, bồi dưỡng", "lượt người"),
    ("Cuộc đối thoại của người đứng đầu với Nhân dân", "cuộc"),
    ("Tiếp công dân", "lượt"),
    ("Số đơn thư tiếp nhận", "đơn"),
    ("Đơn thư đã được giải quyết", "đơn"),
    ("Mô hình “Dân vận khéo” được công nhận", "mô hình"),
    ("Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%"),
];

/// The appendix table in one of the shapes units send (published layouts): the cells of
/// each indicator as (label, unit, the value columns), written out by `shape`.
fn table(shape: usize, cells: &[Cell], rng: &mut Rng) -> String {
    // The figure of each row split over two periods where the shape has them: the
    // periods add up to what an officer reads as the unit's figure.
    let periods = |cell: Cell, percent: bool, rng: &mut Rng| -> (String, String) {
        match cell {
            Cell::Value(v) if percent => (cell_text(Cell::Value(v / 2), true, rng), cell_text(cell, true, rng)),
            Cell::Value(v) => (support::corpus::group(v / 3), support::corpus::group(v - v / 3)),
            Cell::Blank => ("".into(), "".into()),
            Cell::Invalid => (cell_text(cell, percent, rng), "".into()),
        }
    };
    let mut out = String::new();
    match shape {
        // STT | Nội dung | ĐVT | Số liệu | Ghi chú, group rows, reworded labels, units.
        1 => {
            out.push_str("| STT | Nội dung | ĐVT | Số liệu | Ghi chú |\n|:-:|---|:-:|--:|---|\n");
            for (i, ((_, _, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                match i {
                    0 => out.push_str("| **I** | **Công tác lãnh đạo, chỉ đạo** | | | |\n"),
                    4 => out.push_str("| **II** | **Tiếp công dân, giải quyết đơn thư** | | | |\n"),
                    _ => {}
                }
                let (label, unit) = REWORDED[i];
                let mut value = cell_text(*cell, *percent, rng);
                if matches!(cell, Cell::Value(_)) && !*percent && rng.chance(50) {
                    value = format!("{value} {unit}");
                }
                out.push_str(&format!("| {} | {label} | {unit} | {value} | |\n", i + 1));
            }
        }
        // Period columns and a total.
        2 => {
            out.push_str("| TT | Nội dung | Đơn vị tính | Giai đoạn 2015 - 2020 | Giai đoạn 2021 - 2025 | Tổng cộng |\n|---|---|---|---|---|---|\n");
            for (i, ((_, name, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                let total = cell_text(*cell, *percent, rng);
                let (a, b) = match cell {
                    Cell::Value(_) if !*percent => periods(*cell, false, rng),
                    _ => (String::new(), String::new()),
                };
                out.push_str(&format!(
                    "| {} | {name} | {} | {a} | {b} | {total} |\n",
                    i + 1,
                    REWORDED[i].1
                ));
            }
        }
        // Period columns, no total: their sum counts (a percent takes the latest).
        3 => {
            out.push_str("| STT | Chỉ tiêu | 2015 - 2020 | 2021 - 2025 | Ghi chú |\n|---|---|---|---|---|\n");
            for (i, ((_, name, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                let (a, b) = periods(*cell, *percent, rng);
                out.push_str(&format!("| {} | {name} | {a} | {b} | |\n", i + 1));
            }
        }
        // Tab-separated rows pasted from Excel.
        4 => {
            out.push_str("STT\tChỉ tiêu\tSố liệu\n");
            for (i, ((_, name, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                out.push_str(&format!("{}\t{name}\t{}\n", i + 1, cell_text(*cell, *percent, rng)));
            }
        }
        // Raw HTML with a merged header.
        5 => {
            out.push_str("<table>\n<tr><th rowspan=\"2\">STT</th><th rowspan=\"2\">Nội dung</th><th colspan=\"2\">Kết quả thực hiện</th></tr>\n<tr><th>Số liệu</th><th>Ghi chú</th></tr>\n");
            for (i, ((_, _, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                let value = cell_text(*cell, *percent, rng);
                out.push_str(&format!(
                    "<tr><td>{}</td><td>{}</td><td>{value}</td><td></td></tr>\n",
                    i + 1,
                    REWORDED[i].0
                ));
            }
            out.push_str("</table>\n");
        }
        // No separator row.
        6 => {
            out.push_str("| STT | Nội dung | Số liệu |\n");
            for (i, ((_, name, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                out.push_str(&format!(
                    "| {} | {name} | {} |\n",
                    i + 1,
                    cell_text(*cell, *percent, rng)
                ));
            }
        }
        // Two tables: Biểu 1 and Biểu 2.
        7 => {
            for (i, ((_, name, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                match i {
                    0 => out.push_str("Biểu 1. Công tác lãnh đạo, chỉ đạo\n\n| STT | Chỉ tiêu | Số liệu |\n|---|---|---|\n"),
                    4 => out.push_str("\nBiểu 2. Tiếp công dân, giải quyết đơn thư, cải cách hành chính\n\n| STT | Chỉ tiêu | Kết quả |\n|---|---|---|\n"),
                    _ => {}
                }
                out.push_str(&format!(
                    "| {} | {name} | {} |\n",
                    i + 1,
                    cell_text(*cell, *percent, rng)
                ));
            }
        }
        // The template.
        _ => {
            out.push_str("| STT | Chỉ tiêu | Số liệu | Ghi chú |\n|---:|---|---:|---|\n");
            for (i, ((_, indicator, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
                out.push_str(&format!(
                    "| {} | {indicator} | {} | |\n",
                    i + 1,
                    cell_text(*cell, *percent, rng)
                ));
            }
        }
    }
    out
}

fn report(code: &str, name: &str, category: &str, submitted: &str, cells: &[Cell], rng: &mut Rng) -> String {
    let mut text = format!(
        "---\nunit: \"{name}\"\nunit_code: {code}\ncategory: {category}\ndate: 2026-04-10\nsubmitted: {submitted}\n---\n"
    );
    let body = support::body();
    let table_start = body.find("| STT |").unwrap();
    let shape = rng.below(10);
    let mut head = body[..table_start].to_owned();
    if shape == 8 {
        // The table at the end under a plain line, without a heading of its own.
        head = head.replace("# Phụ lục", "BIỂU SỐ LIỆU KÈM THEO");
    }
    text.push_str(&head);
    text.push_str(&table(shape, cells, rng));
    text
}

/// One indicator's expected figures: the total (counts) or the mean in tenths
/// (percents), how many units gave a valid value, and the same per category.
struct Figure {
    total: Option<u64>,
    reported: usize,
    by_category: BTreeMap<&'static str, Option<u64>>,
}

struct Province {
    files: Vec<(String, Vec<u8>)>,
    roster: String,
    /// Per indicator: total (counts) or mean in tenths (percents), reported units, and
    /// per category the same.
    figures: BTreeMap<&'static str, Figure>,
    submitted: usize,
    late: usize,
    missing: BTreeSet<String>,
    rejected: BTreeSet<(String, String)>,
    superseded: BTreeSet<String>,
    /// Reports whose row 7 exceeds their row 6.
    over_limit: usize,
}

/// Mean of tenths, rounded half away from zero to a tenth.
fn mean_tenths(values: &[u64]) -> Option<u64> {
    let n = values.len() as u64;
    (n > 0).then(|| (2 * values.iter().sum::<u64>() + n) / (2 * n))
}

fn generate(seed: u64) -> Province {
    let mut rng = Rng::new(seed);
    let mut roster = String::from("units:\n");
    let mut files = Vec::new();
    // (category, values) of every report that counts.
    let mut counted: Vec<(&'static str, Vec<Cell>)> = Vec::new();
    let (mut late, mut missing, mut rejected, mut superseded) = (0, BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    let mut over_limit = 0;
    for i in 1..=150 {
        let code = format!("U{i:03}");
        let category = CATEGORIES[if i <= 100 { 3 } else { i % 5 }];
        let name = format!("Đơn vị số {i}");
        roster.push_str(&format!(
            "  - code: {code}\n    name: \"{name}\"\n    category: {category}\n"
        ));
        let folder = format!("submissions/{category}");
        let roll = rng.below(100);
        if roll < 8 {
            missing.insert(code);
            continue;
        }
        if roll < 12 {
            // A file that cannot be tied to the unit: the unit stays missing.
            let path = format!("{folder}/{}.md", code.to_lowercase());
            let (bytes, reason) = match rng.below(4) {
                0 => (
                    b"# B\xc3\xa1o c\xc3\xa1o\n\nKh\xc3\xb4ng c\xc3\xb3 front matter.\n".to_vec(),
                    "front-matter-missing",
                ),
                1 => (b"---\nunit: [oops\n---\n# x\n".to_vec(), "front-matter-invalid"),
                2 => (b"PK\x03\x04\x00\x00binary".to_vec(), "not-text"),
                _ => (
                    report(
                        &format!("ZZ{i}"),
                        &name,
                        category,
                        "2026-04-15",
                        &[Cell::Value(1); 9],
                        &mut rng,
                    )
                    .into_bytes(),
                    "unknown-unit",
                ),
            };
            rejected.insert((path.clone(), reason.to_owned()));
            files.push((path, bytes));
            missing.insert(code);
            continue;
        }
        let mut cells: Vec<Cell> = INDICATORS
            .iter()
            .map(|(_, _, percent)| match rng.below(100) {
                0..=4 => Cell::Blank,
                5..=7 => Cell::Invalid,
                _ if *percent => Cell::Value(rng.below(1001) as u64),
                _ => Cell::Value(rng.below(if category == "dang-uy-xa-phuong" { 300 } else { 9000 }) as u64),
            })
            .collect();
        // Letters resolved (row 7) are at most letters received (row 6), but for a few units
        // that break the rule by a little: those are not counted (listed), and neither is a
        // resolved figure whose received one does not count.
        if let (Cell::Value(received), Cell::Value(resolved)) = (cells[5], cells[6]) {
            let breaks = rng.chance(5);
            over_limit += usize::from(breaks);
            cells[6] = Cell::Value(if breaks {
                received + 1 + rng.below(5) as u64
            } else {
                resolved.min(received)
            });
        }
        let is_late = rng.chance(10);
        let submitted = if is_late {
            "2026-04-22T10:00:00+07:00"
        } else {
            "2026-04-18T10:00:00+07:00"
        };
        if rng.chance(5) {
            // An earlier version, superseded by the one below: its figures must not count.
            let path = format!("{folder}/{}-ban-dau.md", code.to_lowercase());
            let text = report(
                &code,
                &name,
                category,
                "2026-04-12T08:00:00+07:00",
                &[Cell::Value(99_999); 9],
                &mut rng,
            );
            files.push((path.clone(), text.into_bytes()));
            superseded.insert(path);
        }
        let text = report(&code, &name, category, submitted, &cells, &mut rng);
        let path = format!("{folder}/{}.md", code.to_lowercase());
        let bytes = match rng.below(10) {
            0 => support::utf16le(&text),
            1 => support::windows_1258(&text),
            2 => support::crlf(&text).into_bytes(),
            _ => text.into_bytes(),
        };
        files.push((path, bytes));
        late += usize::from(is_late);
        let mut counts = cells;
        if let Cell::Value(resolved) = counts[6]
            && !matches!(counts[5], Cell::Value(received) if resolved <= received)
        {
            counts[6] = Cell::Invalid;
        }
        counted.push((category, counts));
    }
    // A stray Word file: rejected, and no unit's.
    files.push(("submissions/so-nganh/ghi-chu.docx".into(), b"PK\x03\x04".to_vec()));
    rejected.insert(("submissions/so-nganh/ghi-chu.docx".into(), "word-invalid".into()));

    let mut figures = BTreeMap::new();
    for (index, (id, _, percent)) in INDICATORS.iter().enumerate() {
        let values_in = |category: Option<&str>| -> Vec<u64> {
            counted
                .iter()
                .filter(|(c, _)| category.is_none_or(|want| *c == want))
                .filter_map(|(_, cells)| match cells[index] {
                    Cell::Value(v) => Some(v),
                    _ => None,
                })
                .collect()
        };
        let aggregate = |values: Vec<u64>| {
            if *percent {
                mean_tenths(&values)
            } else {
                Some(values.iter().sum())
            }
        };
        let all = values_in(None);
        let reported = all.len();
        let by_category = CATEGORIES.iter().map(|c| (*c, aggregate(values_in(Some(c))))).collect();
        figures.insert(
            *id,
            Figure {
                total: aggregate(all),
                reported,
                by_category,
            },
        );
    }
    Province {
        files,
        roster,
        figures,
        submitted: counted.len(),
        late,
        missing,
        rejected,
        superseded,
        over_limit,
    }
}

fn write(dir: &Scratch, province: &Province) {
    dir.write("outline/units.yaml", &province.roster);
    for (path, bytes) in &province.files {
        dir.write(path, bytes);
    }
}

fn number(value: &Value) -> Option<f64> {
    value.as_f64()
}

#[test]
fn figures_equal_the_independently_computed_ones() {
    let province = generate(20260429);
    // The seed must exercise what it claims to.
    assert!(province.late > 3 && !province.superseded.is_empty() && province.rejected.len() > 3);
    assert!(province.over_limit > 0);
    let dir = Scratch::new();
    write(&dir, &province);
    let run = dir.run(&["compile", "--as-of", "2026-04-29", "--format", "md,html,json,xlsx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = dir.read_json("output/bao-cao-tong-hop.json");
    // The Excel appendix, read back, gives the same figures.
    workbook::assert_matches_json(&dir.join("output/bao-cao-tong-hop.xlsx"), &json);

    let units = &json["units"];
    assert_eq!(units["expected"], 150);
    assert_eq!(units["submitted"], province.submitted);
    assert_eq!(units["late"], province.late);
    assert_eq!(units["on_time"], province.submitted - province.late);
    // No report at all, or only a rejected file: not reported either way.
    let missing: BTreeSet<String> = units["missing"]
        .as_array()
        .unwrap()
        .iter()
        .chain(units["rejected_units"].as_array().unwrap())
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(missing, province.missing);
    let rejected: BTreeSet<(String, String)> = units["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["path"].as_str().unwrap().to_owned(),
                r["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(rejected, province.rejected);
    let superseded: BTreeSet<String> = units["superseded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(superseded, province.superseded);

    for (
        id,
        Figure {
            total,
            reported,
            by_category,
        },
    ) in &province.figures
    {
        let got = &json["appendix"][id];
        let percent = *id == "truc-tuyen";
        let expect = |v: &Option<u64>| v.map(|v| if percent { v as f64 / 10.0 } else { v as f64 });
        assert_eq!(number(&got["total"]), expect(total), "{id} total");
        assert_eq!(got["reported"], *reported, "{id} reported");
        for (category, value) in by_category {
            assert_eq!(
                number(&got["by_category"][category]),
                expect(value),
                "{id} in {category}"
            );
        }
        if !percent {
            assert!(got["total"].is_u64(), "{id}: counts are exact integers");
        }
    }

    // Values that break a rule are not counted, and listed: the totals keep the rule.
    let md = dir.read("output/bao-cao-tong-hop.md");
    let notes = md
        .lines()
        .find(|l| l.starts_with("- 7. Số đơn thư đã giải quyết"))
        .unwrap();
    assert!(
        notes.contains(
            "vượt số liệu “Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận” của đơn vị (không tính)"
        ),
        "{notes}"
    );
    let total = |id: &str| number(&json["appendix"][id]["total"]).unwrap_or_default();
    assert!(total("don-giai-quyet") <= total("don-nhan"));

    // The Markdown is itself a valid report of the next level up.
    let check = dir.check_as_the_centre();
    assert_eq!(check.code, 0, "{}", check.stdout);
    let codes: Vec<String> = support::codes(&check.json(), "output/bao-cao-tong-hop.md");
    // The provincial date is after the units' deadline, but a file named alone is a draft
    // being looked at: its date of signing is not yet a submission.
    assert_eq!(codes, Vec::<String>::new());

    // The HTML renders in headless Chromium when it is installed.
    let html = dir.join("output/bao-cao-tong-hop.html");
    screenshot(&html, &dir.join("page1.png"));
}

fn screenshot(html: &Path, png: &Path) {
    let Ok(version) = std::process::Command::new("chromium").arg("--version").output() else {
        eprintln!("skipped the screenshot: chromium is not installed (apt-get install chromium)");
        return;
    };
    assert!(version.status.success());
    let profile = Scratch::new();
    // Chromium is the reader's browser, not code under test: the tests' second run under
    // faketime (`.ci/run`) must not slow it into spinning for minutes beside the other tests.
    let status = std::process::Command::new("chromium")
        .env_remove("LD_PRELOAD")
        .env_remove("FAKETIME")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1000,1400",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let size = fs::metadata(png).unwrap().len();
    assert!(size > 20_000, "a blank page? {size} bytes");
}

/// The paragraphs and list items of a report that are the unit's own text: not its
/// apparatus (header, title, signature, recipients), not a wrapper line, not a heading or
/// a line standing in for one, not a caption over the appendix's table (the table is
/// read, not copied).
fn own_paragraphs(bytes: &[u8], outline: &baocao::campaign::outline::Outline) -> Vec<String> {
    use baocao::read::markdown::BlockKind;
    let baocao::read::decode::Decoded::Text { text, .. } = baocao::read::decode::decode(bytes) else {
        return Vec::new();
    };
    let index = baocao::diagnostic::LineIndex::new(&text);
    let top = baocao::report::front_matter::parse(&text, &index, outline);
    let blocks = baocao::read::markdown::blocks(&text[top.body_start..], top.body_start);
    let structure = baocao::report::structure::analyze(&blocks, &text, &index, outline);
    let appendix = outline.appendix.section;
    let tables: Vec<std::ops::Range<usize>> = baocao::read::table::grids(&text, 0, text.len())
        .into_iter()
        .map(|g| g.start..g.end)
        .collect();
    (0..blocks.len())
        .filter(|&i| matches!(blocks[i].kind, BlockKind::Paragraph | BlockKind::Item) && blocks[i].words(1) > 0)
        .filter(|&i| !baocao::report::apparatus::contains(&structure.apparatus, i) && !structure.wrappers.contains(&i))
        // The second line of a heading wrapped over two paragraphs is the heading's.
        .filter(|&i| !structure.continued.contains(&i))
        .filter(|&i| !structure.placed.iter().any(|p| p.heading == i))
        // In the appendix, its tables in every shape read (pipe rows without their `|---|`
        // row, rows pasted with tabs) and their captions (a short line over one) are the
        // figures'; the notes on the figures are the unit's text.
        .filter(|&i| {
            let in_appendix = structure
                .placed
                .iter()
                .any(|p| Some(p.section) == appendix && (p.heading..p.body.end).contains(&i));
            let in_table = |b: &baocao::read::markdown::Block| {
                b.kind == BlockKind::Table || tables.iter().any(|t| t.start < b.end && b.start < t.end)
            };
            // A short line, or one naming its table however long (`Biểu 2. Tiếp công dân,
            // giải quyết đơn thư, cải cách hành chính`); one saying what the figures leave
            // out (`chưa`, `không`, `trừ`, `ngoài`) is the unit's, unless numbered (`Biểu 2`).
            let words = blocks[i].text.split_whitespace().count();
            let text = blocks[i].text.trim_start_matches(['*', '_']).to_lowercase();
            let names_table = ["biểu ", "bảng ", "phụ lục "].iter().any(|w| text.starts_with(w));
            let tokens: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let number = |w: Option<&&str>| {
                w.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || w.chars().all(|c| "ivxlc".contains(c)))
            };
            let after = if text.starts_with("phụ lục") || text.starts_with("biểu mẫu") {
                2
            } else {
                1
            };
            let colon = text
                .split_once(':')
                .is_some_and(|(name, _)| ["biểu", "bảng", "mẫu", "biểu mẫu", "phụ lục"].contains(&name.trim()));
            let numbered = colon
                || names_table
                    && (number(tokens.get(after)) || tokens.get(after) == Some(&"số") && number(tokens.get(after + 1)));
            let qualifies = tokens.iter().any(|w| ["chưa", "không", "trừ", "ngoài"].contains(w));
            let caption = blocks.get(i + 1).is_some_and(in_table)
                && blocks[i].lines == 1
                && (numbered && words <= 40 || !qualifies && (words <= 12 || names_table && words <= 40));
            !(in_appendix && (caption || in_table(&blocks[i])))
        })
        .map(|i| blocks[i].text.clone())
        .collect()
}

/// `path` in a list the compiled report prints in backquotes after `label`.
fn listed_paths(markdown: &str, label: &str) -> BTreeSet<String> {
    markdown
        .lines()
        .filter(|l| l.starts_with(label))
        .flat_map(|l| l.split('`').skip(1).step_by(2).map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// Compiles `submissions` in `dir` and checks that every paragraph of every report that
/// counts is in the compiled Markdown exactly once (issue 16 §4).
fn every_paragraph_once(dir: &Path, args: &[&str], submissions: &str) {
    let outline = baocao::campaign::outline::Outline::builtin();
    let out = Scratch::new();
    let out_path = out.path().to_string_lossy().into_owned();
    let mut all = vec!["compile", "--as-of", "2026-04-29", "--format", "md", "--out", &out_path];
    all.extend_from_slice(args);
    let run = support::run(dir, &all);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let compiled = out.read("bao-cao-tong-hop.md");
    let mut left_out = listed_paths(&compiled, "*Báo cáo được thay thế");
    left_out.extend(listed_paths(&compiled, "*Tệp không tổng hợp được"));
    // Superseded files are listed before the arrow; the arrow's target counts.
    let winners: BTreeSet<String> = compiled
        .lines()
        .filter(|l| l.starts_with("*Báo cáo được thay thế"))
        .flat_map(|l| {
            l.split(" → `")
                .skip(1)
                .map(|p| p.split('`').next().unwrap_or("").to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    let mut reports = 0;
    let mut per_report: Vec<(String, Vec<String>)> = Vec::new();
    let mut stack = vec![dir.join(submissions)];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            // Hidden files and folders, `_drafts`: passed over by the walk.
            let entry_name = entry.file_name().to_string_lossy().into_owned();
            if entry_name.starts_with('.') || entry_name.starts_with('_') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            let name = path.file_name().unwrap().to_string_lossy().to_lowercase();
            let markdown = name.ends_with(".md") || name.ends_with(".markdown") || name.ends_with(".txt");
            if !markdown
                || name == "readme.md"
                || name.starts_with('.')
                || (left_out.contains(&relative) && !winners.contains(&relative))
            {
                continue;
            }
            reports += 1;
            let own = own_paragraphs(&fs::read(&path).unwrap(), &outline);
            for paragraph in &own {
                *expected.entry(paragraph.clone()).or_default() += 1;
            }
            per_report.push((relative, own));
        }
    }
    assert!(reports > 10, "{reports} reports");
    let mut found: BTreeMap<String, usize> = BTreeMap::new();
    for block in baocao::read::markdown::blocks(&compiled, 0) {
        if expected.contains_key(&block.text) {
            *found.entry(block.text.clone()).or_default() += 1;
        }
    }
    let wrong: Vec<String> = expected
        .iter()
        .filter(|(text, n)| found.get(*text) != Some(n))
        .map(|(text, n)| {
            format!(
                "{n}× in reports, {}× compiled: {text}",
                found.get(text).copied().unwrap_or(0)
            )
        })
        .collect();
    let missing: BTreeSet<&String> = expected
        .iter()
        .filter(|(text, n)| found.get(*text).copied().unwrap_or(0) < **n)
        .map(|(text, _)| text)
        .collect();
    let suspects: Vec<&String> = per_report
        .iter()
        .filter(|(_, own)| !own.is_empty() && own.iter().all(|p| missing.contains(p)))
        .map(|(path, _)| path)
        .collect();
    let counted = compiled
        .lines()
        .filter(|l| l.ends_with("| Đúng hạn |") || l.ends_with("| Nộp muộn |"))
        .count();
    assert!(
        wrong.is_empty(),
        "{} paragraphs not exactly once ({reports} reports read, {counted} units compiled; reports that may have lost them: {suspects:?}):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_paragraph_of_the_sample_is_compiled_exactly_once() {
    every_paragraph_once(support::repo_root(), &[], "submissions");
}

/// Reports saved from Word as plain text, one line per paragraph (`tests/fixtures/layouts`):
/// each line is a paragraph of its own in the compiled report, once.
#[test]
fn every_paragraph_of_reports_pasted_as_plain_text_is_compiled_exactly_once() {
    let scratch = Scratch::sample();
    let fixture = |name: &str| fs::read(support::repo_root().join("tests/fixtures/layouts").join(name)).unwrap();
    scratch.write(
        "submissions/dang-uy-xa-phuong/x006.txt",
        fixture("notepad-dang-uy-xa.txt"),
    );
    fs::remove_file(scratch.join("submissions/so-nganh/ttt.md")).unwrap();
    scratch.write("submissions/so-nganh/ttt.txt", fixture("notepad-thanh-tra-utf16.txt"));
    fs::remove_file(scratch.join("submissions/so-nganh/snnmt.md")).unwrap();
    scratch.write("submissions/so-nganh/snnmt.txt", fixture("notepad-ve-phan.txt"));
    every_paragraph_once(scratch.path(), &[], "submissions");
}

#[test]
fn every_paragraph_of_a_generated_campaign_is_compiled_exactly_once() {
    let dir = support::corpus::generate(20260415).scratch();
    every_paragraph_once(dir.path(), &["--outline", "dot", "--submissions", "nop"], "nop");
}

/// The reports of `tests/fixtures/layouts` written as units send them (no front matter:
/// bold and plain headings, parts around the sections, headings over two paragraphs or run
/// into their text), and some laid out another way as other units' reports.
#[test]
fn every_paragraph_of_reports_in_units_own_layouts_is_compiled_exactly_once() {
    use support::{HeadingStyle, headings_as};
    let fixture =
        |name: &str| fs::read_to_string(support::repo_root().join("tests/fixtures/layouts").join(name)).unwrap();
    let scratch = Scratch::new();
    support::copy_dir(&support::repo_root().join("outline"), &scratch.join("outline"));
    let mut reports: Vec<(String, String)> = [
        "muc-dam-giai-phap.md",
        "phan-thu-nhat-tieu-de-rieng.md",
        "phan-mot-dong.md",
        "tieu-de-hai-doan.md",
        "muc-dam-khong-so.md",
        "tieu-de-lien-dong.md",
        "danh-gia-chung.md",
        "han-che-va-nguyen-nhan.md",
        "muc-ngang-hang.md",
        "lanh-dao-trong-ket-qua.md",
        "phan-chu-cai.md",
    ]
    .iter()
    .map(|name| ((*name).to_owned(), fixture(name)))
    .collect();
    // The same layouts from other units (named in the issuing body's line).
    let as_unit = |name: &str, body: &str, unit: &str, style: HeadingStyle| {
        let text = headings_as(&fixture(name), style);
        assert!(text.contains(body), "{name}");
        text.replace(body, unit)
    };
    reports.extend([
        (
            "cong-an.md".to_owned(),
            as_unit(
                "muc-dam-giai-phap.md",
                "ĐẢNG ỦY XÃ DIỄN CHÂU",
                "ĐẢNG ỦY CÔNG AN TỈNH",
                HeadingStyle::Plain,
            ),
        ),
        (
            "quan-su.md".to_owned(),
            as_unit(
                "muc-dam-giai-phap.md",
                "ĐẢNG ỦY XÃ DIỄN CHÂU",
                "ĐẢNG ỦY QUÂN SỰ TỈNH",
                HeadingStyle::Markdown,
            ),
        ),
        (
            "vinh-phu.md".to_owned(),
            as_unit(
                "phan-thu-nhat-tieu-de-rieng.md",
                "ĐẢNG ỦY XÃ QUỲNH LƯU",
                "ĐẢNG ỦY PHƯỜNG VINH PHÚ",
                HeadingStyle::Bold,
            ),
        ),
        (
            "hoi-nong-dan.md".to_owned(),
            as_unit(
                "phan-mot-dong.md",
                "ĐẢNG ỦY PHƯỜNG HOÀNG MAI",
                "HỘI NÔNG DÂN TỈNH NGHỆ AN",
                HeadingStyle::Plain,
            )
            .replace("PHẦN THỨ NHẤT: ", "A. ")
            .replace("PHẦN THỨ HAI: ", "B. "),
        ),
    ]);
    for (name, text) in &reports {
        scratch.write(&format!("nop/{name}"), text);
    }
    every_paragraph_once(scratch.path(), &["--outline", "outline", "--submissions", "nop"], "nop");
    let compiled = Scratch::new();
    let out = compiled.path().to_string_lossy().into_owned();
    let run = scratch.run(&[
        "compile",
        "--as-of",
        "2026-04-29",
        "--format",
        "md",
        "--out",
        &out,
        "--outline",
        "outline",
        "--submissions",
        "nop",
    ]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let md = compiled.read("bao-cao-tong-hop.md");
    // Every report counted, none of their text outside the outline's sections.
    for unit in [
        "Đảng ủy Công an tỉnh",
        "Đảng ủy Quân sự tỉnh",
        "Hội Nông dân tỉnh",
        "Thanh tra tỉnh",
        "Đảng ủy xã Anh Sơn",
    ] {
        assert!(md.contains(&format!("*{unit}:*")), "{unit}\n{md}");
    }
    // Outside the outline's sections only what is outside it by design: Sở Y tế's
    // `I. ĐẶC ĐIỂM TÌNH HÌNH`, a context part.
    let other = md.split_once("**Nội dung khác của các đơn vị**").map(|(_, rest)| rest);
    let other = other
        .and_then(|rest| rest.split_once("**T/M BAN THƯỜNG VỤ**"))
        .map(|(other, _)| other);
    let units: Vec<&str> = other
        .into_iter()
        .flat_map(str::lines)
        .filter(|l| l.starts_with('*') && l.ends_with(":*"))
        .collect();
    assert_eq!(units, ["*Sở Y tế:*"], "{md}");
    assert!(other.is_some_and(|o| o.contains("### I. ĐẶC ĐIỂM TÌNH HÌNH")), "{md}");
}

/// A fixture's `reports` compiled with its `outline` in a scratch folder (into `output/`,
/// as of 2026-04-29, in `formats`), which must succeed.
fn compile_fixture(fixture: &str, formats: &str) -> Scratch {
    let dir = Scratch::new();
    let fixture = support::repo_root().join("tests/fixtures").join(fixture);
    for sub in ["outline", "reports"] {
        support::copy_dir(&fixture.join(sub), &dir.join(sub));
    }
    let run = dir.run(&[
        "compile",
        "--submissions",
        "reports",
        "--outline",
        "outline",
        "--out",
        "output",
        "--format",
        formats,
        "--as-of",
        "2026-04-29",
    ]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    dir
}

/// The fixture of appendix shapes (`tests/fixtures/appendix-shapes`, written by its
/// `make.py` from published layouts): the compiled totals are the figures an officer
/// reads off each unit's table, worked out by hand here, unit by unit.
#[test]
fn appendix_shapes_compile_to_the_figures_an_officer_reads() {
    // Per indicator, each unit's figure as an officer reads it (`None`: not counted —
    // not applicable, blank, or not a figure), in unit order A01…A12.
    #[rustfmt::skip]
    let read: [(&str, [Option<u64>; 12]); 8] = [
        // A01 STT|Nội dung|ĐVT|Số liệu; A02 periods + total; A03 periods only; A04 no `|---|`;
        // A05 tabs; A06 HTML; A07 two tables; A08 under a plain line; A09 .xlsx of the same
        // name; A10 .xlsx named in the front matter; A11, A12 sheets of one workbook.
        ("van-ban",        [Some(15), Some(48), Some(22), Some(8), Some(11), Some(9), Some(14), Some(6), Some(16), Some(22), Some(5), Some(4)]),
        ("hoi-nghi",       [Some(12), Some(36), Some(14), Some(5), Some(7), Some(4), Some(9), Some(4), Some(7), Some(15), Some(3), Some(2)]),
        // A04 wrote "866 lượt/964 lượt người": two figures, not counted.
        ("tap-huan",       [Some(1250), Some(2071), Some(720), None, Some(540), Some(3120), Some(4210), Some(215), Some(940), Some(6400), Some(120), Some(95)]),
        // A01 `x`; A12 left the cell empty.
        ("doi-thoai",      [None, Some(24), Some(8), Some(6), Some(4), Some(12), Some(18), Some(5), Some(5), Some(30), Some(2), None]),
        // A04 "khoảng 640"; A06 "Không áp dụng".
        ("tiep-dan",       [Some(2783), Some(1215), Some(300), None, Some(230), None, Some(96), Some(148), Some(152), Some(2900), Some(80), Some(64)]),
        ("don-nhan",       [Some(356), Some(356), Some(100), Some(45), Some(62), Some(14), Some(7), Some(21), Some(28), Some(480), Some(9), Some(6)]),
        ("don-giai-quyet", [Some(341), Some(341), Some(95), Some(45), Some(60), Some(14), Some(7), Some(20), Some(27), Some(466), Some(9), Some(5)]),
        // A03 "-" in the first period and 2 in the second.
        ("dan-van-kheo",   [Some(4), Some(12), Some(2), Some(3), Some(5), Some(21), Some(33), Some(2), Some(1), Some(9), Some(1), Some(0)]),
    ];
    // Percents in tenths: A01 "Đạt 94,8%" in the note column, A02 the total, A03 the latest
    // period, A09 0.915 under Excel's percent format; A06 K/A, A07 x, A10 x.
    let rates: [Option<u64>; 12] = [
        Some(948),
        Some(882),
        Some(765),
        Some(625),
        Some(714),
        None,
        None,
        Some(580),
        Some(915),
        None,
        Some(555),
        Some(485),
    ];
    let dir = compile_fixture("appendix-shapes", "json,md");
    // Not applicable is shown as such, not as a gap.
    let md = dir.read("output/bao-cao-tong-hop.md");
    let note = md.lines().find(|l| l.starts_with("- 4. ")).unwrap();
    assert!(note.contains("không áp dụng (ghi “x”): Sở Tư pháp"), "{note}");
    assert!(note.contains("chưa có số liệu: Đảng ủy xã Yên Thành"), "{note}");
    let json = dir.read_json("output/bao-cao-tong-hop.json");
    assert_eq!(json["units"]["submitted"], 12, "every report counts, none is rejected");
    for (id, values) in read {
        let total: u64 = values.iter().flatten().sum();
        let reported = values.iter().flatten().count();
        assert_eq!(json["appendix"][id]["total"], total, "{id} total");
        assert_eq!(json["appendix"][id]["reported"], reported, "{id} reported");
    }
    let given: Vec<u64> = rates.iter().flatten().copied().collect();
    let mean = mean_tenths(&given).unwrap();
    assert_eq!(
        number(&json["appendix"]["truc-tuyen"]["total"]),
        Some(mean as f64 / 10.0),
        "truc-tuyen mean"
    );
    assert_eq!(json["appendix"]["truc-tuyen"]["reported"], given.len());

    // `check` says what the unit can act on, at the cell.
    let check = dir.run(&["check", "reports", "--outline", "outline", "--format", "json"]);
    let json = check.json();
    let codes = |path: &str| support::codes(&json, path);
    assert!(codes("reports/a04.md").contains(&"appendix-value-invalid".to_owned()));
    let a12 = support::file(&json, "reports/a12.md");
    let blank = support::diags(a12)
        .into_iter()
        .find(|d| d.code == "appendix-value-missing")
        .expect("A12's empty cell");
    assert_eq!(blank.key.as_deref(), Some("doi-thoai"));
    let message = a12["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "appendix-value-missing")
        .and_then(|d| d["message"].as_str())
        .unwrap();
    assert!(message.contains("bieu-so-lieu-cac-xa.xlsx!A12!C6"), "{message}");
    // The workbooks are appendices, not stray files.
    let paths = support::paths(&json);
    assert!(!paths.iter().any(|p| p.ends_with(".xlsx")), "{paths:?}");
}

/// The fixture of appendix readings (`tests/fixtures/appendix-readings`, written by its
/// `make.py`): tables that set beside the figure that counts others an officer does not
/// count, and rows that share an indicator's words but count something else. Each unit's
/// compiled figures (the `.xlsx` units sheet) are the ones worked out by hand here.
#[test]
fn appendix_readings_compile_to_the_figures_an_officer_reads() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    // Per unit, the nine indicators as an officer reads them: counts, then the rate in
    // tenths of a percent (`None`: not counted).
    #[rustfmt::skip]
    let read: [(&str, [Option<u64>; 9]); 25] = [
        // 2015 - 2025 spans 2015 - 2020 and 2021 - 2025: it is the whole.
        ("B01", [Some(48), Some(36), Some(2071), Some(24), Some(1215), Some(356), Some(341), Some(12), Some(750)]),
        // Two periods add up; "Trong đó: năm 2025" is aside; the rate is the latest period's.
        ("B02", [Some(48), Some(36), Some(2071), Some(24), Some(1215), Some(356), Some(341), Some(12), Some(600)]),
        // Năm 2024 + Năm 2025; the comparison (%) is aside.
        ("B03", [Some(22), Some(9), Some(750), Some(5), Some(220), Some(70), Some(67), Some(3), Some(902)]),
        // The result, not the target for 2030.
        ("B04", [Some(48), Some(36), Some(2071), Some(24), Some(1215), Some(356), Some(341), Some(12), Some(678)]),
        // "Số liệu", not "Riêng năm 2025"; "Kết quả 10 năm", not "Trong đó: năm 2025".
        ("B05", [Some(15), Some(12), Some(640), Some(6), Some(310), Some(45), Some(45), Some(3), Some(625)]),
        ("B06", [Some(11), Some(7), Some(540), Some(4), Some(230), Some(62), Some(60), Some(5), Some(714)]),
        // Conferences, not participants; sessions of dialogue, not opinions; citizens
        // received, not reception days.
        ("B07", [Some(8), Some(5), Some(215), Some(6), Some(230), Some(45), Some(45), Some(3), Some(625)]),
        // The rate row, not the count of online procedures.
        ("B08", [Some(5), Some(3), Some(120), Some(2), Some(80), Some(9), Some(9), Some(1), Some(555)]),
        // A petitions rate is neither the count of petitions resolved nor the online rate.
        ("B09", [Some(9), Some(4), Some(3120), Some(12), Some(14), Some(14), None, Some(21), None]),
        // The rate from the "Tỷ lệ (%)" column, beside the count.
        ("B10", [Some(14), Some(9), Some(4210), Some(18), Some(96), Some(7), Some(7), Some(33), Some(882)]),
        // One row per period under a label spanning them: the periods add up; `x` alone.
        ("B11", [Some(22), Some(15), Some(6400), Some(30), Some(2900), Some(480), Some(466), Some(9), None]),
        // The label's header over two columns: "Đơn thư" + "Đã giải quyết".
        ("B12", [Some(7), Some(4), Some(95), Some(2), Some(64), Some(6), Some(5), Some(1), Some(485)]),
        // A row given twice: the first counts (and the unit is told, below).
        ("B13", [Some(6), Some(4), Some(215), Some(5), Some(148), Some(21), Some(20), Some(2), Some(580)]),
        // VB, CBCCVC, TCD, KNTC, GQ spelled out.
        ("B14", [Some(17), Some(8), Some(640), Some(5), Some(90), Some(25), Some(24), Some(2), Some(931)]),
        // The petitions row empty: its parts 6.1–6.3 closed by "Cộng" 60.
        ("B15", [Some(20), Some(11), Some(400), Some(6), Some(150), Some(60), Some(58), Some(4), Some(725)]),
        // The petitions row empty: its dashed parts add up to 6.
        ("B16", [Some(4), Some(2), Some(95), Some(2), Some(64), Some(6), Some(5), Some(0), Some(485)]),
        // No header row: STT | label | figure.
        ("B17", [Some(9), Some(6), Some(1150), Some(4), Some(75), Some(18), Some(18), Some(7), Some(810)]),
        // The indicators across, a row per period: the total row, turned.
        ("B18", [Some(16), Some(11), Some(2150), Some(14), Some(92), Some(27), Some(26), Some(23), Some(764)]),
        // The indicators across, a row per village: the `Cộng` row; no rate written.
        ("B19", [Some(6), Some(4), Some(135), Some(4), Some(41), Some(9), Some(8), Some(2), None]),
        // No row for visits nor the rate, and a note under the table: "không có nhiệm vụ
        // tiếp công dân".
        ("B20", [Some(5), Some(3), Some(210), Some(2), None, Some(4), Some(4), Some(3), None]),
        // Năm 2025 is inside 2021 - 2025: the two periods add up, the year is shown aside.
        ("B21", [Some(43), Some(24), Some(1875), Some(6), Some(118), Some(75), Some(75), Some(5), Some(746)]),
        // One period of the training left empty: not counted (and the unit is told).
        ("B22", [Some(64), Some(27), None, Some(18), Some(260), Some(126), Some(122), Some(10), Some(880)]),
        // Biểu 1 is the year 2025, inside Biểu 2's 2015 - 2025: the whole counts.
        ("B23", [Some(31), Some(17), Some(905), Some(9), Some(260), Some(74), Some(71), Some(6), Some(850)]),
        // Biểu 1 2015 – 2020 and Biểu 2 2021 – 2025: they add up; the rate is the latest.
        ("B24", [Some(27), Some(15), Some(730), Some(10), Some(225), Some(51), Some(49), Some(5), Some(912)]),
        // Petitions resolved are 6.2 "Đã giải quyết" (in "Đơn") under the petitions row,
        // not row 7, the inspections (in "Cuộc") that share their words and the STT.
        ("B25", [Some(18), Some(21), Some(1580), Some(64), Some(2318), Some(3472), Some(3385), Some(6), Some(884)]),
    ];
    let dir = compile_fixture("appendix-readings", "json,xlsx,html");
    assert!(dir.join("output/bao-cao-tong-hop.json").exists());
    // B11's `x` is listed once under its indicator.
    let html = dir.read("output/bao-cao-tong-hop.html");
    let item = html.lines().find(|l| l.contains("<li>9. ")).expect("the rate's note");
    assert_eq!(item.matches("không áp dụng").count(), 1, "{item}");
    let mut book: Xlsx<_> = open_workbook(dir.join("output/bao-cao-tong-hop.xlsx")).unwrap();
    let units = book.worksheet_range(workbook::UNITS).unwrap();
    let mut compiled: BTreeMap<String, Vec<Option<u64>>> = BTreeMap::new();
    for r in 1..units.height() as u32 {
        let Some(Data::String(code)) = units.get_value((r, 1)) else {
            continue;
        };
        let figures = (0..9u32)
            .map(|k| match units.get_value((r, 4 + k)) {
                Some(Data::Float(v)) if k == 8 => Some((v * 1000.0).round() as u64),
                Some(Data::Float(v)) => Some(*v as u64),
                Some(Data::Int(v)) => Some(*v as u64),
                _ => None,
            })
            .collect();
        compiled.insert(code.clone(), figures);
    }
    let differences: Vec<String> = read
        .iter()
        .filter(|(code, want)| compiled.get(*code).map(Vec::as_slice) != Some(want.as_slice()))
        .map(|(code, want)| format!("{code}: compiled {:?}, an officer reads {want:?}", compiled.get(*code)))
        .collect();
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    // Not applicable is `x` there, as in the report; a missing figure is an empty cell.
    let cell = |code: &str, k: u32| {
        (1..units.height() as u32)
            .find(|&r| units.get_value((r, 1)) == Some(&Data::String(code.into())))
            .and_then(|r| units.get_value((r, 4 + k)).cloned())
    };
    assert_eq!(cell("B11", 8), Some(Data::String("x".into())));
    assert!(
        matches!(cell("B20", 8), None | Some(Data::Empty)),
        "{:?}",
        cell("B20", 8)
    );

    // What the unit is told: the row given twice, at its second figure; the periods added.
    let check = dir.run(&["check", "reports", "--outline", "outline", "--format", "json"]);
    let json = check.json();
    let b13 = support::diags(support::file(&json, "reports/b13.md"));
    let twice = b13
        .iter()
        .find(|d| d.code == "appendix-value-twice")
        .expect("B13's second row");
    assert_eq!(twice.key.as_deref(), Some("tiep-dan"));
    assert_eq!(twice.line, 59, "the row of the second figure");
    assert_eq!(support::codes(&json, "reports/b16.md"), ["appendix-parts-summed"]);
    // A year's table beside the whole period's is no second figure; successive periods'
    // tables are added, and the unit is told which.
    assert!(
        support::codes(&json, "reports/b23.md").is_empty(),
        "{:?}",
        support::codes(&json, "reports/b23.md")
    );
    assert_eq!(support::codes(&json, "reports/b24.md"), ["appendix-periods-summed"]);
    let summed = support::file(&json, "reports/b24.md")["diagnostics"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        summed.contains("“Biểu 1. Kết quả giai đoạn 2015 – 2020”, “Biểu 2. Kết quả giai đoạn 2021 – 2025”"),
        "{summed}"
    );
    let b22 = support::diags(support::file(&json, "reports/b22.md"));
    let half = b22
        .iter()
        .find(|d| d.code == "appendix-value-invalid")
        .expect("B22's training, half given");
    assert_eq!(half.key.as_deref(), Some("tap-huan"), "{b22:?}");
    // A category where no unit gave a figure has none, not a total of 0.
    let figures = dir.read("output/bao-cao-tong-hop.json");
    let figures: serde_json::Value = serde_json::from_str(&figures).expect("json");
    assert_eq!(
        figures["appendix"]["tap-huan"]["by_category"]["tinh-uy"],
        serde_json::Value::Null
    );
    assert_eq!(figures["appendix"]["van-ban"]["by_category"]["tinh-uy"], 64);
    // The visits the note says are no duty of the unit's are not applicable, quoted; the
    // rate it does not speak of is still missing.
    let b20 = support::diags(support::file(&json, "reports/b20.md"));
    let said: Vec<_> = b20.iter().map(|d| (d.code.as_str(), d.key.as_deref())).collect();
    assert_eq!(
        said,
        [
            ("appendix-value-missing", Some("truc-tuyen")),
            ("appendix-not-applicable", Some("tiep-dan"))
        ],
        "{b20:?}"
    );
    let not_applicable = support::file(&json, "reports/b20.md")["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "appendix-not-applicable")
        .expect("the note")
        .clone();
    assert_eq!(not_applicable["line"], 62, "the note's line: {not_applicable}");
    assert!(
        not_applicable["message"]
            .as_str()
            .expect("message")
            .ends_with("“Hội Cựu chiến binh tỉnh không có nhiệm vụ tiếp công dân nên không có số liệu chỉ tiêu này.”"),
        "{not_applicable}"
    );
    for summed in ["reports/b02.md", "reports/b03.md", "reports/b11.md"] {
        assert!(
            support::codes(&json, summed).contains(&"appendix-periods-summed".to_owned()),
            "{summed}"
        );
    }
    for whole in [
        "reports/b01.md",
        "reports/b04.md",
        "reports/b05.md",
        "reports/b06.md",
        "reports/b10.md",
    ] {
        assert!(
            support::codes(&json, whole).is_empty(),
            "{whole}: {:?}",
            support::codes(&json, whole)
        );
    }
}

/// The generated campaign of `check`'s corpus test (`tests/support/corpus.rs`), with every
/// appendix shape of issue 17: the compiled figures are the generator's, worked out from
/// what each report's appendix says to an officer (its own record of every cell), never
/// from the library. Unit by unit (the units sheet of the `.xlsx`, with the file that
/// counted), then in total and by category (the JSON).
#[test]
fn figures_of_the_generated_campaign_are_the_ones_its_reports_give() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    use support::corpus::{self, Reading};

    let corpus = corpus::generate(0x00B4_0CA0_2026_0419);
    for tag in corpus::APPENDIX_TAGS {
        assert!(corpus.tags.contains(tag), "the seed does not write {tag}");
    }
    let dir = corpus.scratch();
    let run = dir.run(&[
        "compile",
        "--as-of",
        "2026-04-29",
        "--outline",
        "dot",
        "--submissions",
        "nop",
        "--out",
        "out",
        "--format",
        "json,xlsx",
    ]);
    assert!(run.code == 0, "{}", run.stderr);

    // The report that counts for each unit: of those claiming it, the one sent last (the
    // last in path order among equals).
    let mut counted: BTreeMap<&str, &corpus::ExpectedFile> = BTreeMap::new();
    for file in &corpus.expected {
        if let Some(code) = &file.unit_code {
            let best = counted.entry(code).or_insert(file);
            if file.submitted_at >= best.submitted_at {
                *best = file;
            }
        }
    }
    assert!(counted.len() > 120, "{} units counted", counted.len());

    // Unit by unit: the `.xlsx` units sheet holds each counted unit's figures.
    let mut book: Xlsx<_> = open_workbook(dir.join("out/bao-cao-tong-hop.xlsx")).unwrap();
    let units = book.worksheet_range(workbook::UNITS).unwrap();
    let width = units.width() as u32;
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for r in 1..units.height() as u32 {
        let Some(Data::String(code)) = units.get_value((r, 1)) else {
            continue;
        };
        seen.insert(code.clone());
        let Some(file) = counted.get(code.as_str()) else {
            problems.push(format!("{code}: compiled, but no report of it counts"));
            continue;
        };
        let path = match units.get_value((r, width - 1)) {
            Some(Data::String(p)) => p.clone(),
            _ => String::new(),
        };
        if path != file.path {
            problems.push(format!("{code}: {path} counted, not {}", file.path));
        }
        for (k, (id, _, percent)) in INDICATORS.iter().enumerate() {
            let got = match units.get_value((r, 4 + k as u32)) {
                Some(Data::Float(v)) if *percent => Some((v * 1000.0).round() as u64),
                Some(Data::Float(v)) => Some(*v as u64),
                Some(Data::Int(v)) => Some(*v as u64),
                _ => None,
            };
            let want = match corpus::counted(&file.readings)[k] {
                Reading::Count(v) | Reading::Percent(v) => Some(v),
                _ => None,
            };
            if got != want {
                problems.push(format!(
                    "{} {id}: compiled {got:?}, the report gives {want:?}",
                    file.path
                ));
            }
        }
    }
    let unseen: Vec<&&str> = counted.keys().filter(|c| !seen.contains(**c)).collect();
    assert!(unseen.is_empty(), "units whose report counts, not compiled: {unseen:?}");
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );

    // In total and by category: counts summed, percents the mean of the units that gave one.
    let json = dir.read_json("out/bao-cao-tong-hop.json");
    for (k, (id, _, percent)) in INDICATORS.iter().enumerate() {
        let values = |category: Option<&str>| -> Vec<u64> {
            counted
                .iter()
                .filter(|(code, _)| category.is_none_or(|c| corpus.categories[**code] == c))
                .filter_map(|(_, file)| match corpus::counted(&file.readings)[k] {
                    Reading::Count(v) | Reading::Percent(v) => Some(v),
                    _ => None,
                })
                .collect()
        };
        let aggregate = |values: &[u64]| {
            if *percent {
                mean_tenths(values).map(|v| v as f64 / 10.0)
            } else {
                Some(values.iter().sum::<u64>() as f64)
            }
        };
        let all = values(None);
        let got = &json["appendix"][id];
        assert_eq!(number(&got["total"]), aggregate(&all), "{id} total");
        assert_eq!(got["reported"], all.len(), "{id} reported");
        for category in CATEGORIES {
            assert_eq!(
                number(&got["by_category"][category]),
                aggregate(&values(Some(category))),
                "{id} in {category}"
            );
        }
    }
}

/// A unit whose `tiếp nhận` is refused (`khoảng 300`) adds no `đã giải quyết` alone: the
/// totals keep `don-giai-quyet` ≤ `don-nhan`, the figure is listed as not counted, and the
/// compiled report passes `check` one level up.
#[test]
fn a_figure_whose_bound_is_refused_is_not_counted_alone() {
    let scratch = Scratch::new();
    let td = support::front_matter("TD", "Tỉnh đoàn", "mttq-doan-the") + &support::body();
    let td = td.replace("| 356 |", "| 40 |").replace("| 341 |", "| 30 |");
    scratch
        .write("o/units.yaml", support::ROSTER)
        .write("s/snv.md", support::report().replace("| 356 |", "| khoảng 300 |"))
        .write("s/td.md", td);
    let run = scratch.compile("o", "output", "md,json", "2026-04-29");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = scratch.read_json("output/bao-cao-tong-hop.json");
    assert_eq!(json["appendix"]["don-nhan"]["total"], 40);
    assert_eq!(json["appendix"]["don-giai-quyet"]["total"], 30);
    assert_eq!(json["appendix"]["don-giai-quyet"]["reported"], 1);
    let md = scratch.read("output/bao-cao-tong-hop.md");
    let note = md
        .lines()
        .find(|l| l.starts_with("- 7. "))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(note.contains("(không tính): Sở Nội vụ (341)"), "{note}");
    let check = scratch.check_as_the_centre();
    let codes = support::codes(&check.json(), "output/bao-cao-tong-hop.md");
    assert!(!codes.iter().any(|c| c == "appendix-constraint"), "{codes:?}");
}

/// A unit's notes (`[^1]`, labelled the unit's by compile) are notes in the HTML and Word
/// reports: a raised number where cited, and the note's paragraph opening with it — never
/// the Markdown marks as text.
#[test]
fn a_units_footnotes_are_notes_in_the_html_and_word_reports() {
    let scratch = Scratch::new();
    let text = support::report().replacen(
        "# II. Kết quả",
        "Đảng ủy ban hành 41 văn bản[^1].\n\n[^1]: Gồm cả văn bản của các chi bộ trực thuộc.\n\n# II. Kết quả",
        1,
    );
    scratch.write("o/units.yaml", support::ROSTER).write("s/snv.md", text);
    let run = scratch.compile("o", "output", "md,html,docx", "2026-04-29");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = scratch.read("output/bao-cao-tong-hop.md");
    assert!(md.contains("văn bản[^snv-1]."), "the Markdown keeps the note, labelled");
    let html = scratch.read("output/bao-cao-tong-hop.html");
    assert!(!html.contains("[^"), "no Markdown mark in the HTML");
    assert!(html.contains("class=\"footnote-reference\""), "{html}");
    assert!(html.contains("Gồm cả văn bản của các chi bộ trực thuộc."));
    let docx = std::fs::read(scratch.join("output/bao-cao-tong-hop.docx")).expect("docx");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
    let mut document = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").expect("part"), &mut document)
        .expect("read");
    assert!(!document.contains("[^"), "no Markdown mark in the Word report");
    let raised = r#"<w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">1</w:t>"#;
    assert_eq!(document.matches(raised).count(), 2, "the mark and the note's number");
}
