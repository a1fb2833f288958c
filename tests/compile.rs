//! `compile` on a generated province of 150 units with every kind of problem: the JSON
//! figures must equal the figures this test computes from what it wrote, the Markdown
//! must pass `check`, and the HTML must render.

#![allow(clippy::unwrap_used)]

#[allow(dead_code)]
mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;
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
        Cell::Blank => (*rng.pick(&["-", "", "—"])).to_owned(),
        Cell::Invalid => (*rng.pick(&["khoảng 40", "12,5", "-3", "n/a"])).to_owned(),
    }
}

fn report(code: &str, name: &str, category: &str, submitted: &str, cells: &[Cell], rng: &mut Rng) -> String {
    let mut text = format!(
        "---\nunit: \"{name}\"\nunit_code: {code}\ncategory: {category}\ndate: 2026-04-10\nsubmitted: {submitted}\n---\n"
    );
    let body = support::body();
    let table_start = body.find("| STT |").unwrap();
    text.push_str(&body[..table_start]);
    text.push_str("| STT | Chỉ tiêu | Số liệu | Ghi chú |\n|---:|---|---:|---|\n");
    for (i, ((_, indicator, percent), cell)) in INDICATORS.iter().zip(cells).enumerate() {
        // Counts that are not whole for percent cells are fine; `12,5` is invalid as a count.
        let value = match (cell, *percent) {
            (Cell::Invalid, true) => "khoảng 70".to_owned(),
            _ => cell_text(*cell, *percent, rng),
        };
        text.push_str(&format!("| {} | {indicator} | {value} | |\n", i + 1));
    }
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
        // that break the rule by a little: they still count.
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
        counted.push((category, cells));
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

fn write(dir: &Path, province: &Province) {
    fs::create_dir_all(dir.join("outline")).unwrap();
    fs::write(dir.join("outline/units.yaml"), &province.roster).unwrap();
    for (path, bytes) in &province.files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
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
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &province);
    let run = support::run(
        dir.path(),
        &["compile", "--as-of", "2026-04-29", "--format", "md,html,json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("output/bao-cao-tong-hop.json")).unwrap()).unwrap();

    let units = &json["units"];
    assert_eq!(units["expected"], 150);
    assert_eq!(units["submitted"], province.submitted);
    assert_eq!(units["late"], province.late);
    assert_eq!(units["on_time"], province.submitted - province.late);
    let missing: BTreeSet<String> = units["missing"]
        .as_array()
        .unwrap()
        .iter()
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

    // Values that break a rule are counted, and listed.
    let md = fs::read_to_string(dir.path().join("output/bao-cao-tong-hop.md")).unwrap();
    let notes = md
        .lines()
        .find(|l| l.starts_with("- 7. Số đơn thư đã giải quyết"))
        .unwrap();
    assert!(notes.contains("vượt ràng buộc (vẫn tính)"), "{notes}");

    // The Markdown is itself a valid report of the next level up.
    fs::create_dir_all(dir.path().join("centre")).unwrap();
    let check = support::run(
        dir.path(),
        &[
            "check",
            "output/bao-cao-tong-hop.md",
            "--outline",
            "centre",
            "--format",
            "json",
        ],
    );
    assert_eq!(check.code, 0, "{}", check.stdout);
    let codes: Vec<String> = support::codes(&check.json(), "output/bao-cao-tong-hop.md");
    assert_eq!(codes, ["late"], "only the provincial date is after the units' deadline");

    // The HTML renders in headless Chromium when it is installed.
    let html = dir.path().join("output/bao-cao-tong-hop.html");
    screenshot(&html, &dir.path().join("page1.png"));
}

fn screenshot(html: &Path, png: &Path) {
    let Ok(version) = std::process::Command::new("chromium").arg("--version").output() else {
        eprintln!("skipped the screenshot: chromium is not installed (apt-get install chromium)");
        return;
    };
    assert!(version.status.success());
    let profile = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("chromium")
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
