//! A seeded, deterministic generator of a province's worth of unit reports for the
//! default (114-KL/TW) outline, with every input variation of issue 2 and the appendix
//! shapes of issue 17 (`appendix`), the exact diagnostics each file must get, and the
//! figures each report's appendix gives.
//!
//! The expectations are worked out here, from the generator's own knowledge of what it
//! wrote and from the rules of the issue, never by calling the library. The rules the
//! issue leaves open (where a missing section is reported, …) are written down next to
//! the code that applies them.

use std::collections::{BTreeMap, BTreeSet};

use super::{Scratch, crlf, nfd, strip_diacritics, utf8_bom, utf16be, utf16le, windows_1258};

mod appendix;

/// Every appendix shape and value form the corpus must hold (issue 17).
pub const APPENDIX_TAGS: &[&str] = appendix::TAGS;

// ---------------------------------------------------------------------------------------
// A small xorshift generator: the corpus must be the same on every machine and run.

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng((seed ^ 0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The default outline, as issue 2 states it.

struct Sec {
    id: &'static str,
    title: &'static str,
    aliases: &'static [&'static str],
}

const TOP: [Sec; 5] = [
    Sec {
        id: "lanh-dao",
        title: "Đánh giá công tác lãnh đạo, chỉ đạo",
        aliases: &[
            "Công tác lãnh đạo, chỉ đạo",
            "Việc lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW",
        ],
    },
    Sec {
        id: "ket-qua",
        title: "Kết quả triển khai thực hiện",
        aliases: &["Kết quả thực hiện", "Kết quả thực hiện Kết luận số 114-KL/TW"],
    },
    Sec {
        id: "tac-dong",
        title: "Đánh giá tác động",
        aliases: &["Tác động của việc thực hiện Kết luận số 114-KL/TW"],
    },
    Sec {
        id: "kien-nghi",
        title: "Kiến nghị, đề xuất",
        aliases: &["Đề xuất, kiến nghị"],
    },
    Sec {
        id: "phu-luc",
        title: "Phụ lục",
        aliases: &["Phụ lục số liệu", "Biểu số liệu"],
    },
];
const KET_QUA: usize = 1;
const PHU_LUC: usize = 4;

const CHILDREN: [Sec; 5] = [
    Sec {
        id: "ket-qua.noi-bat",
        title: "Những kết quả nổi bật",
        aliases: &["Kết quả nổi bật", "Ưu điểm"],
    },
    Sec {
        id: "ket-qua.han-che",
        title: "Tồn tại, hạn chế, khó khăn, vướng mắc",
        aliases: &["Hạn chế, khó khăn, vướng mắc", "Tồn tại, hạn chế"],
    },
    Sec {
        id: "ket-qua.nguyen-nhan",
        title: "Nguyên nhân",
        aliases: &["Nguyên nhân của tồn tại, hạn chế"],
    },
    Sec {
        id: "ket-qua.bai-hoc",
        title: "Bài học kinh nghiệm",
        aliases: &["Những bài học kinh nghiệm"],
    },
    Sec {
        id: "ket-qua.giai-phap",
        title: "Chủ trương, giải pháp trong giai đoạn mới",
        aliases: &["Phương hướng, giải pháp", "Đề xuất chủ trương, giải pháp"],
    },
];

struct Indicator {
    id: &'static str,
    stt: u32,
    name: &'static str,
    percent: bool,
}

const INDICATORS: [Indicator; 9] = [
    Indicator {
        id: "van-ban",
        stt: 1,
        name: "Số văn bản lãnh đạo, chỉ đạo về công tác dân vận được ban hành",
        percent: false,
    },
    Indicator {
        id: "hoi-nghi",
        stt: 2,
        name: "Số hội nghị quán triệt, triển khai, sơ kết, tổng kết",
        percent: false,
    },
    Indicator {
        id: "tap-huan",
        stt: 3,
        name: "Số lượt cán bộ, công chức, viên chức được tập huấn, bồi dưỡng",
        percent: false,
    },
    Indicator {
        id: "doi-thoai",
        stt: 4,
        name: "Số cuộc đối thoại của người đứng đầu với Nhân dân",
        percent: false,
    },
    Indicator {
        id: "tiep-dan",
        stt: 5,
        name: "Số lượt tiếp công dân",
        percent: false,
    },
    Indicator {
        id: "don-nhan",
        stt: 6,
        name: "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận",
        percent: false,
    },
    Indicator {
        id: "don-giai-quyet",
        stt: 7,
        name: "Số đơn thư đã giải quyết",
        percent: false,
    },
    Indicator {
        id: "dan-van-kheo",
        stt: 8,
        name: "Số mô hình “Dân vận khéo” được công nhận",
        percent: false,
    },
    Indicator {
        id: "truc-tuyen",
        stt: 9,
        name: "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến (%)",
        percent: true,
    },
];
const DON_NHAN: usize = 5;
const DON_GIAI_QUYET: usize = 6;

/// Last day on time of the default outline: "trước ngày 20/4/2026".
const DEADLINE: Day = Day(2026, 4, 19);

// ---------------------------------------------------------------------------------------
// Calendar days, enough for a campaign.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(i32, u32, u32);

impl Day {
    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn number(self) -> i64 {
        let Day(y, m, d) = self;
        let y = i64::from(if m <= 2 { y - 1 } else { y });
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_number(z: i64) -> Day {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
        Day(y, m, d)
    }

    fn plus(self, days: i64) -> Day {
        Day::from_number(self.number() + days)
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.0, self.1, self.2)
    }
}

// ---------------------------------------------------------------------------------------
// What the test compares.

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expect {
    pub line: u64,
    pub code: &'static str,
    pub key: Option<String>,
}

impl std::fmt::Display for Expect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{} {}", self.line, self.code, self.key.as_deref().unwrap_or("-"))
    }
}

/// What an officer reads off a report's appendix for one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Count(u64),
    /// In tenths of a percent: 67,8 % is 678.
    Percent(u64),
    /// Marked not applicable (`x`, `-`, `Không áp dụng`…): not counted, not a gap.
    NotApplicable,
    /// No row, an empty cell, or no appendix: the unit's to fill.
    Missing,
    /// Written, but not a figure that can count.
    Invalid,
}

/// The figures of `readings` the compiled totals count: a resolved figure over the
/// received one (`at_most`), or whose received one does not count, is not counted.
pub fn counted(readings: &[Reading]) -> Vec<Reading> {
    let mut counted = readings.to_vec();
    if let Reading::Count(resolved) = counted[DON_GIAI_QUYET]
        && !matches!(counted[DON_NHAN], Reading::Count(received) if resolved <= received)
    {
        counted[DON_GIAI_QUYET] = Reading::Invalid;
    }
    counted
}

#[derive(Debug, Clone)]
pub struct ExpectedFile {
    /// As shown in the output: `nop/…`.
    pub path: String,
    pub unit_code: Option<String>,
    pub submitted: Option<String>,
    /// When it was sent, in minutes from 1970 in Vietnam's time: of two reports of one
    /// unit, the later counts (issue 3).
    pub submitted_at: Option<i64>,
    pub late_days: Option<i64>,
    pub diagnostics: Vec<Expect>,
    /// Per indicator, in the outline's order, what the appendix gives (all `Missing` for a
    /// file that is not a report).
    pub readings: Vec<Reading>,
}

pub struct Corpus {
    /// Files to write, relative to the submissions folder (`nop`).
    pub files: Vec<(String, Vec<u8>)>,
    /// `units.yaml`.
    pub roster: String,
    /// In the order the output lists them.
    pub expected: Vec<ExpectedFile>,
    pub missing_units: Vec<String>,
    /// Units with no report that counts and a file named after them: (code, path).
    pub rejected_units: Vec<(String, String)>,
    /// Every variation written, for the coverage check.
    pub tags: BTreeSet<&'static str>,
    /// Each generated report's text as written, before it was saved (line endings,
    /// normalisation, encoding), with its path relative to `nop`: a report to save
    /// another way (as Word).
    pub sources: Vec<(String, String)>,
    /// The Excel appendix sent beside a report instead of a table in its text: report
    /// path → (workbook path, bytes), relative to `nop` (the workbook is in `files` too).
    pub workbooks: BTreeMap<String, (String, Vec<u8>)>,
    /// Every roster unit's category, by code.
    pub categories: BTreeMap<String, &'static str>,
}

/// The severity issue 2 gives each code.
pub fn severity(code: &str) -> &'static str {
    match code {
        "section-order"
        | "unknown-section"
        | "no-diacritics"
        | "pseudo-heading"
        | "unit-mismatch"
        | "late"
        | "encoding"
        | "unsupported-file"
        | "appendix-value-missing"
        | "appendix-total-mismatch" => "warning",
        "appendix-periods-summed" => "note",
        _ => "error",
    }
}

impl Corpus {
    /// The corpus written in a new folder: the roster as `dot/units.yaml`, the files under
    /// `nop/`.
    pub fn scratch(&self) -> Scratch {
        let scratch = Scratch::new();
        scratch.write("dot/units.yaml", &self.roster);
        for (relative, bytes) in &self.files {
            scratch.write(&format!("nop/{relative}"), bytes);
        }
        scratch
    }
}

/// Every variation the corpus must hold.
pub const REQUIRED_TAGS: &[&str] = &[
    "style-I-",
    "style-I.",
    "style-I/",
    "style-I –",
    "style-Phần I:",
    "style-PHẦN THỨ",
    "style-1.",
    "style-1)",
    "style-1.1.",
    "style-a)",
    "style-a.",
    "style-đ",
    "upper-case",
    "trailing-colon",
    "alias",
    "title-with-suffix",
    "level-1",
    "level-2",
    "child-level+2",
    "bold-heading",
    "plain-numbered-heading",
    "mixed-bold-heading",
    "no-diacritics",
    "nbsp",
    "zero-width-space",
    "nfd",
    "crlf",
    "utf8-bom",
    "utf16le",
    "utf16be",
    "windows-1258",
    "tone-placement",
    "unit-uppercase",
    "date-iso",
    "date-d/m/yyyy",
    "date-dd/mm/yyyy",
    "date-written",
    "submitted-absent",
    "submitted-date",
    "submitted-rfc3339",
    "submitted-rfc3339-utc",
    "deep-folder",
    "markdown-extension",
    "title-block-heading",
    "inner-heading",
    "table-no-stt",
    "table-by-stt",
    "table-shuffled",
    "extension-due",
    "parent-missing",
    "appendix-section-missing",
    "appendix-no-table",
    "subject-like-an-alias",
];

// ---------------------------------------------------------------------------------------
// The roster.

struct Unit {
    code: String,
    name: String,
    category: &'static str,
    due: Option<Day>,
}

const PROVINCIAL: [(&str, &str); 22] = [
    ("co-quan-tham-muu", "Văn phòng Tỉnh ủy"),
    ("co-quan-tham-muu", "Ban Tổ chức Tỉnh ủy"),
    ("co-quan-tham-muu", "Ủy ban Kiểm tra Tỉnh ủy"),
    ("co-quan-tham-muu", "Ban Nội chính Tỉnh ủy"),
    ("co-quan-tham-muu", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("so-nganh", "Sở Nội vụ"),
    ("so-nganh", "Sở Tài chính"),
    ("so-nganh", "Sở Y tế"),
    ("so-nganh", "Sở Giáo dục và Đào tạo"),
    ("so-nganh", "Sở Nông nghiệp và Môi trường"),
    ("so-nganh", "Sở Xây dựng"),
    ("so-nganh", "Sở Công Thương"),
    ("so-nganh", "Sở Tư pháp"),
    ("so-nganh", "Thanh tra tỉnh"),
    ("mttq-doan-the", "Uỷ ban MTTQ Việt Nam tỉnh"),
    ("mttq-doan-the", "Hội Nông dân tỉnh"),
    ("mttq-doan-the", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("mttq-doan-the", "Tỉnh đoàn"),
    ("dang-uy-truc-thuoc", "Đảng ủy Công an tỉnh"),
    ("dang-uy-truc-thuoc", "Đảng uỷ Quân sự tỉnh"),
    ("dang-uy-truc-thuoc", "Đảng ủy các cơ quan Đảng tỉnh"),
    ("dang-uy-truc-thuoc", "Đảng ủy Ủy ban nhân dân tỉnh"),
];

const PLACE_FIRST: [&str; 14] = [
    "Hoà", "Thuỷ", "Diễn", "Quỳnh", "Nghĩa", "Hưng", "Thanh", "Đô", "Yên", "Tân", "Kỳ", "Anh", "Châu", "Khoẻ",
];
const PLACE_SECOND: [&str; 10] = ["Bình", "Lộc", "An", "Phú", "Sơn", "Thành", "Hợp", "Lương", "Hải", "Mỹ"];

fn roster(rng: &mut Rng) -> Vec<Unit> {
    let mut units = Vec::new();
    for (i, (category, name)) in PROVINCIAL.iter().enumerate() {
        units.push(Unit {
            code: format!("T{:02}", i + 1),
            name: (*name).to_owned(),
            category,
            due: None,
        });
    }
    for i in 0..135 {
        let place = format!(
            "{} {}",
            PLACE_FIRST[i % PLACE_FIRST.len()],
            PLACE_SECOND[(i / PLACE_FIRST.len()) % 10]
        );
        let kind = if i % 4 == 0 { "phường" } else { "xã" };
        units.push(Unit {
            code: format!("X{:03}", i + 1),
            name: format!("Đảng ủy {kind} {place}"),
            category: "dang-uy-xa-phuong",
            due: None,
        });
    }
    // A few extensions: the unit's own last day on time.
    for _ in 0..8 {
        let i = rng.below(units.len());
        units[i].due = Some(DEADLINE.plus(1 + rng.below(6) as i64));
    }
    units
}

fn roster_yaml(units: &[Unit]) -> String {
    let mut out = String::from("# Generated roster\nunits:\n");
    for unit in units {
        out.push_str(&format!(
            "  - code: {}\n    name: \"{}\"\n    category: {}\n",
            unit.code, unit.name, unit.category
        ));
        if let Some(due) = unit.due {
            out.push_str(&format!("    due: {}\n", due.iso()));
        }
    }
    out
}

/// The other spelling of a tone placement, as units write it.
fn swap_tone_placement(name: &str) -> Option<String> {
    const PAIRS: [(&str, &str); 5] = [
        ("Hoà", "Hòa"),
        ("Thuỷ", "Thủy"),
        ("Khoẻ", "Khỏe"),
        ("Uỷ", "Ủy"),
        ("ủy", "uỷ"),
    ];
    for (a, b) in PAIRS {
        if name.contains(a) {
            return Some(name.replace(a, b));
        }
        if name.contains(b) {
            return Some(name.replace(b, a));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Headings.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `#` heading.
    Real,
    /// A paragraph entirely in bold.
    Bold,
    /// A plain one-line paragraph or list item opening with a numbering marker.
    Plain,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TopStyle {
    RomanDash,
    RomanDot,
    RomanSlash,
    RomanEnDash,
    PartRoman,
    PartOrdinal,
    ArabicDot,
    ArabicParen,
    Unnumbered,
}

const TOP_STYLES: [TopStyle; 9] = [
    TopStyle::RomanDash,
    TopStyle::RomanDot,
    TopStyle::RomanSlash,
    TopStyle::RomanEnDash,
    TopStyle::PartRoman,
    TopStyle::PartOrdinal,
    TopStyle::ArabicDot,
    TopStyle::ArabicParen,
    TopStyle::Unnumbered,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ChildStyle {
    LetterParen,
    LetterDot,
    ArabicDot,
    ArabicParen,
    Dotted,
    Unnumbered,
}

const CHILD_STYLES: [ChildStyle; 6] = [
    ChildStyle::LetterParen,
    ChildStyle::LetterDot,
    ChildStyle::ArabicDot,
    ChildStyle::ArabicParen,
    ChildStyle::Dotted,
    ChildStyle::Unnumbered,
];

fn roman(n: usize) -> &'static str {
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][n - 1]
}

fn top_marker(style: TopStyle, n: usize) -> (String, Option<&'static str>) {
    const ORDINALS: [&str; 8] = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám"];
    match style {
        TopStyle::RomanDash => (format!("{}- ", roman(n)), Some("style-I-")),
        TopStyle::RomanDot => (format!("{}. ", roman(n)), Some("style-I.")),
        TopStyle::RomanSlash => (format!("{}/ ", roman(n)), Some("style-I/")),
        TopStyle::RomanEnDash => (format!("{} – ", roman(n)), Some("style-I –")),
        TopStyle::PartRoman => (format!("Phần {}: ", roman(n)), Some("style-Phần I:")),
        TopStyle::PartOrdinal => (format!("Phần thứ {} ", ORDINALS[n - 1]), Some("style-PHẦN THỨ")),
        TopStyle::ArabicDot => (format!("{n}. "), Some("style-1.")),
        TopStyle::ArabicParen => (format!("{n}) "), Some("style-1)")),
        TopStyle::Unnumbered => (String::new(), None),
    }
}

fn child_marker(style: ChildStyle, parent: usize, n: usize) -> (String, Option<&'static str>) {
    const LETTERS: [&str; 8] = ["a", "b", "c", "d", "đ", "e", "g", "h"];
    let letter = LETTERS[n - 1];
    let letter_tag = if letter == "đ" { Some("style-đ") } else { None };
    match style {
        ChildStyle::LetterParen => (format!("{letter}) "), letter_tag.or(Some("style-a)"))),
        ChildStyle::LetterDot => (format!("{letter}. "), letter_tag.or(Some("style-a."))),
        ChildStyle::ArabicDot => (format!("{n}. "), Some("style-1.")),
        ChildStyle::ArabicParen => (format!("{n}) "), Some("style-1)")),
        ChildStyle::Dotted => (format!("{parent}.{n}. "), Some("style-1.1.")),
        ChildStyle::Unnumbered => (String::new(), None),
    }
}

/// How one heading is written.
#[derive(Debug, Clone)]
struct HeadingLook {
    kind: Kind,
    upper: bool,
    colon: bool,
    alias: Option<usize>,
    suffix: bool,
    odd_space: Option<char>,
    bare: bool,
}

// ---------------------------------------------------------------------------------------
// Body text that can never be taken for a heading of the outline.

const SENTENCES: [&str; 10] = [
    "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân.",
    "Cấp ủy thường xuyên kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở, kịp thời chấn chỉnh những thiếu sót.",
    "Người đứng đầu định kỳ tiếp công dân, đối thoại trực tiếp với Nhân dân và giải quyết dứt điểm nhiều kiến nghị chính đáng.",
    "Đội ngũ cán bộ, công chức có tinh thần, thái độ phục vụ Nhân dân tốt hơn, được người dân và doanh nghiệp ghi nhận.",
    "Hằng năm, các chi bộ đưa nội dung công tác dân vận vào nghị quyết, chương trình công tác và tiêu chí đánh giá đảng viên.",
    "Trong giai đoạn 2015 - 2025, nhiều mô hình hay, cách làm sáng tạo được nhân rộng, tạo sức lan tỏa trong toàn tỉnh.",
    "Mặt trận Tổ quốc và các đoàn thể phối hợp chặt chẽ với chính quyền trong tuyên truyền, vận động Nhân dân thực hiện chủ trương.",
    "Ban Thường vụ chỉ đạo đẩy mạnh cải cách hành chính, chuyển đổi số, công khai minh bạch thủ tục để người dân dễ tiếp cận.",
    "Các cơ quan chuyên môn tăng cường phối hợp, chia sẻ dữ liệu, rút ngắn thời gian giải quyết hồ sơ cho tổ chức và công dân.",
    "Việc tiếp nhận, xử lý phản ánh, kiến nghị qua cổng thông tin điện tử được duy trì nền nếp, đúng quy định của pháp luật.",
];

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A paragraph of at least 20 words.
fn paragraph(rng: &mut Rng) -> String {
    let first = rng.below(SENTENCES.len());
    let second = (first + 1 + rng.below(SENTENCES.len() - 1)) % SENTENCES.len();
    let text = format!("{} {}", SENTENCES[first], SENTENCES[second]);
    assert!(words(&text) >= 25, "generator prose too short: {text}");
    text
}

// ---------------------------------------------------------------------------------------
// A report being written, line by line.

#[derive(Default)]
struct Doc {
    lines: Vec<String>,
}

impl Doc {
    /// Appends a line; returns its 1-based number.
    fn push(&mut self, line: impl Into<String>) -> u64 {
        self.lines.push(line.into());
        self.lines.len() as u64
    }

    fn blank(&mut self) {
        self.lines.push(String::new());
    }

    /// The line at which a finding about the end of the file is placed: its last line with
    /// text, inside the file (issue 13, point 7).
    fn end_line(&self) -> u64 {
        self.lines
            .iter()
            .rposition(|l| !l.trim().is_empty())
            .map_or(1, |i| i as u64 + 1)
    }

    fn text(&self) -> String {
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}

/// One heading-level item of the report, as written.
#[derive(Debug, Clone)]
struct Written {
    /// Outline index among its siblings; `None` for a heading that is not in the outline.
    section: Option<usize>,
    line: u64,
    duplicate: bool,
    pseudo: bool,
    bare: bool,
    words: usize,
}

/// Everything one file's generation needs to know and record.
struct Writer<'a> {
    rng: &'a mut Rng,
    tags: &'a mut BTreeSet<&'static str>,
    doc: Doc,
    expect: Vec<Expect>,
    /// Zero-width spaces cannot be written in Windows-1258.
    allow_zero_width: bool,
    /// No `...` line (the front matter has no closing `---`).
    no_dots: bool,
    /// The appendix may be sent as an `.xlsx` beside the report (not for a unit that sends
    /// two reports: a workbook named after the unit would stand for either).
    allow_workbook: bool,
    /// The workbook written, when the appendix was sent as one.
    workbook: Option<Vec<u8>>,
    /// What the appendix gives, per indicator.
    readings: Vec<Reading>,
}

impl Writer<'_> {
    fn expect(&mut self, line: u64, code: &'static str, key: Option<&str>) {
        self.expect.push(Expect {
            line,
            code,
            key: key.map(str::to_owned),
        });
    }

    fn tag(&mut self, tag: &'static str) {
        self.tags.insert(tag);
    }

    fn look(&mut self, kind: Kind, sec: &Sec) -> HeadingLook {
        let alias = (self.rng.chance(25) && !sec.aliases.is_empty()).then(|| self.rng.below(sec.aliases.len()));
        HeadingLook {
            kind,
            upper: self.rng.chance(35),
            colon: self.rng.chance(15),
            alias,
            suffix: self.rng.chance(8),
            odd_space: if self.rng.chance(10) {
                Some(if self.allow_zero_width && self.rng.chance(50) {
                    '\u{200B}'
                } else {
                    '\u{00A0}'
                })
            } else {
                None
            },
            bare: self.rng.chance(6),
        }
    }

    /// Writes a heading line; returns its line number.
    fn heading(&mut self, marker: (String, Option<&'static str>), sec: &Sec, look: &HeadingLook, level: usize) -> u64 {
        let (marker, marker_tag) = marker;
        if let Some(tag) = marker_tag {
            self.tag(tag);
        }
        let mut title = match look.alias {
            Some(i) => {
                self.tag("alias");
                sec.aliases[i].to_owned()
            }
            None => sec.title.to_owned(),
        };
        if look.suffix {
            self.tag("title-with-suffix");
            title.push_str(" (giai đoạn 2015 - 2025)");
        }
        if let Some(space) = look.odd_space {
            // Replace one space between words: pasted from Word or a web page.
            let spaces: Vec<usize> = title.match_indices(' ').map(|(i, _)| i).collect();
            if let Some(&at) = spaces.get(self.rng.below(spaces.len().max(1))) {
                title.replace_range(at..at + 1, &space.to_string());
                self.tag(if space == '\u{200B}' {
                    "zero-width-space"
                } else {
                    "nbsp"
                });
            }
        }
        let mut text = format!("{marker}{title}");
        if look.colon {
            self.tag("trailing-colon");
            text.push(':');
        }
        if look.upper {
            self.tag("upper-case");
            text = text.to_uppercase();
        }
        if look.bare {
            self.tag("no-diacritics");
            text = strip_diacritics(&text);
        }
        let line = match look.kind {
            Kind::Real => format!("{} {text}", "#".repeat(level)),
            Kind::Bold => {
                self.tag("bold-heading");
                format!("**{text}**")
            }
            Kind::Plain => {
                self.tag("plain-numbered-heading");
                text
            }
        };
        let number = self.doc.push(line);
        self.doc.blank();
        number
    }

    /// Writes a section body: prose (maybe a list, maybe a deeper heading), or a
    /// placeholder when `empty`. Returns its word count as the tool counts it.
    fn body(&mut self, empty: bool, inner_level: Option<usize>) -> usize {
        if empty {
            // `...` would close an unclosed front matter (YAML's document end).
            let choices: &[&str] = if self.no_dots {
                &["(Đang tổng hợp)", "Đơn vị sẽ báo cáo sau.", "(Đang cập nhật)"]
            } else {
                &["(Đang tổng hợp)", "...", "Đơn vị sẽ báo cáo sau.", "(Đang cập nhật)"]
            };
            let placeholder = *self.rng.pick(choices);
            self.doc.push(placeholder);
            self.doc.blank();
            return if placeholder.starts_with('(') || placeholder == "..." {
                0
            } else {
                words(placeholder)
            };
        }
        let mut count = 0;
        let text = paragraph(self.rng);
        count += words(&text);
        self.doc.push(text);
        self.doc.blank();
        if self.rng.chance(25) {
            for i in 0..2 {
                let item = *self.rng.pick(&SENTENCES);
                count += words(item);
                let marker = if self.rng.chance(50) {
                    "-".to_owned()
                } else {
                    format!("{}.", i + 1)
                };
                self.doc.push(format!("{marker} {item}"));
            }
            self.doc.blank();
        }
        if let Some(level) = inner_level.filter(|l| *l <= 6 && self.rng.chance(10)) {
            self.tag("inner-heading");
            self.doc.push(format!("{} Một số kết quả cụ thể", "#".repeat(level)));
            self.doc.blank();
            let text = paragraph(self.rng);
            count += words(&text);
            self.doc.push(text);
            self.doc.blank();
        }
        count
    }
}

/// Which problems a file's structure has.
#[derive(Default)]
struct Structure {
    missing_top: Option<usize>,
    missing_child: Option<usize>,
    swap_top: Option<usize>,
    swap_child: Option<usize>,
    duplicate_top: Option<usize>,
    duplicate_child: Option<usize>,
    empty_top: Option<usize>,
    empty_child: Option<usize>,
    unknown_after: Option<usize>,
}

/// How the appendix is written and what is wrong with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Good,
    RowMissing,
    Blank,
    Invalid,
}

/// Expected findings of one level of sections, by the rules of issue 2:
/// - `section-order` on every section that comes after one the outline puts after it;
/// - `duplicate-section` on each repeated heading (nothing else is said about it);
/// - `no-diacritics` and `pseudo-heading` on the heading that stands for the section;
/// - `empty-section` on the heading of a section with fewer than 20 words;
/// - `missing-section` at the heading of the next section of the outline that is present
///   (outline order), else at `fallback` (the end of the enclosing span).
fn level_findings(written: &[Written], ids: &[&'static str], fallback: u64, out: &mut Vec<Expect>) {
    let mut furthest: Option<usize> = None;
    let mut first_line: BTreeMap<usize, u64> = BTreeMap::new();
    for w in written {
        let Some(section) = w.section else {
            continue;
        };
        let key = Some(ids[section].to_owned());
        if w.duplicate {
            out.push(Expect {
                line: w.line,
                code: "duplicate-section",
                key,
            });
            continue;
        }
        first_line.insert(section, w.line);
        match furthest {
            Some(f) if f > section => out.push(Expect {
                line: w.line,
                code: "section-order",
                key: key.clone(),
            }),
            _ => furthest = Some(section),
        }
        if w.bare {
            out.push(Expect {
                line: w.line,
                code: "no-diacritics",
                key: key.clone(),
            });
        }
        if w.pseudo {
            out.push(Expect {
                line: w.line,
                code: "pseudo-heading",
                key: key.clone(),
            });
        }
        if w.words < 20 {
            out.push(Expect {
                line: w.line,
                code: "empty-section",
                key,
            });
        }
    }
    for (section, id) in ids.iter().enumerate() {
        if first_line.contains_key(&section) {
            continue;
        }
        let line = (section + 1..ids.len())
            .find_map(|s| first_line.get(&s).copied())
            .unwrap_or(fallback);
        out.push(Expect {
            line,
            code: "missing-section",
            key: Some((*id).to_owned()),
        });
    }
}

/// Writes the sections and the appendix of one report; returns nothing, records into `w`.
fn write_sections(w: &mut Writer<'_>) {
    let top_kind = match w.rng.below(100) {
        0..=69 => Kind::Real,
        70..=84 => Kind::Bold,
        _ => Kind::Plain,
    };
    let child_kind = match w.rng.below(100) {
        0..=74 => Kind::Real,
        75..=87 => Kind::Bold,
        _ => Kind::Plain,
    };
    let level = 1 + w.rng.below(2);
    w.tag(if level == 1 { "level-1" } else { "level-2" });
    let child_level = level + 1 + usize::from(w.rng.chance(25));
    if child_level == level + 2 && child_kind == Kind::Real {
        w.tag("child-level+2");
    }
    let inner_level = child_level + 1;
    let mut top_style = *w.rng.pick(&TOP_STYLES);
    let mut child_style = *w.rng.pick(&CHILD_STYLES);
    // A plain line stands in for a heading only with a numbering marker.
    if top_kind == Kind::Plain && top_style == TopStyle::Unnumbered {
        top_style = TopStyle::RomanDot;
    }
    if child_kind == Kind::Plain && child_style == ChildStyle::Unnumbered {
        child_style = ChildStyle::LetterParen;
    }

    let mut s = Structure::default();
    if w.rng.chance(8) {
        let section = w.rng.below(5);
        s.missing_top = Some(section);
        match section {
            KET_QUA => w.tag("parent-missing"),
            PHU_LUC => w.tag("appendix-section-missing"),
            _ => {}
        }
    }
    if w.rng.chance(8) {
        s.missing_child = Some(w.rng.below(5));
    }
    if w.rng.chance(5) {
        s.swap_top = Some(w.rng.below(4));
    }
    if w.rng.chance(5) {
        s.swap_child = Some(w.rng.below(4));
    }
    if w.rng.chance(4) {
        s.duplicate_top = Some(*w.rng.pick(&[0, 2, 3]));
    }
    if w.rng.chance(4) {
        s.duplicate_child = Some(w.rng.below(5));
    }
    if w.rng.chance(6) {
        s.empty_top = Some(*w.rng.pick(&[0, 2, 3]));
    }
    if w.rng.chance(6) {
        s.empty_child = Some(w.rng.below(5));
    }
    if w.rng.chance(6) {
        s.unknown_after = Some(w.rng.below(4));
    }

    // The top-level items as written: (section, duplicate, kind); `None` is a heading
    // that is not in the outline. A repeated heading is written like the first one.
    let mut order: Vec<usize> = (0..5).filter(|&i| Some(i) != s.missing_top).collect();
    if let Some(at) = s.swap_top.filter(|&at| at + 1 < order.len()) {
        order.swap(at, at + 1);
    }
    let mut items: Vec<(Option<usize>, bool, Kind)> = Vec::new();
    for &section in &order {
        let kind = if top_kind == Kind::Real && w.rng.chance(5) {
            Kind::Bold
        } else {
            top_kind
        };
        items.push((Some(section), false, kind));
        if s.duplicate_top == Some(section) {
            items.push((Some(section), true, kind));
        }
    }
    let has_real = items.iter().any(|(_, _, k)| *k == Kind::Real);
    if has_real && items.iter().any(|(_, _, k)| *k == Kind::Bold) {
        w.tag("mixed-bold-heading");
    }
    // A heading is only "at the level of the top-level sections" when they have one.
    if has_real && let Some(after) = s.unknown_after.filter(|&a| a < items.len()) {
        items.insert(after + 1, (None, false, Kind::Real));
    }

    // The title block: never flagged, whatever it holds. Its bold subject line may read
    // like the alias of `ket-qua`; that is fine while `ket-qua` has a real heading or a
    // numbered stand-in, which wins over it.
    let ket_qua_kind = items
        .iter()
        .find(|(section, _, _)| *section == Some(KET_QUA))
        .map(|(_, _, kind)| *kind);
    let subject_is_safe = ket_qua_kind.is_some_and(|kind| kind == Kind::Real || top_style != TopStyle::Unnumbered);
    w.doc.push("ĐẢNG BỘ TỈNH NGHỆ AN");
    w.doc.blank();
    if w.rng.chance(20) {
        w.tag("title-block-heading");
        w.doc.push(format!("{} BÁO CÁO TỔNG KẾT", "#".repeat(level)));
    } else {
        w.doc.push("**BÁO CÁO**");
    }
    w.doc.blank();
    if subject_is_safe && w.rng.chance(30) {
        w.tag("subject-like-an-alias");
        w.doc
            .push("**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW CỦA BAN BÍ THƯ (KHÓA XI)**");
    } else {
        w.doc
            .push("**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI)**");
    }
    w.doc.blank();
    w.doc
        .push("Thực hiện Kế hoạch số 86-KH/TU của Ban Thường vụ Tỉnh ủy, đơn vị báo cáo như sau:");
    w.doc.blank();

    let mut written: Vec<Written> = Vec::new();
    let mut ket_qua: Option<(u64, usize)> = None; // (heading line, index in `written`)
    let mut children: Vec<Written> = Vec::new();
    let mut appendix: Vec<Expect> = Vec::new();
    for (position, (section, duplicate, kind)) in items.iter().copied().enumerate() {
        let number = position + 1;
        let Some(section) = section else {
            let style = if top_style == TopStyle::Unnumbered {
                TopStyle::RomanDot
            } else {
                top_style
            };
            let (marker, _) = top_marker(style, number);
            let line = w
                .doc
                .push(format!("{} {marker}MỘT SỐ HÌNH ẢNH HOẠT ĐỘNG", "#".repeat(level)));
            w.doc.blank();
            w.doc.push("Ảnh và tư liệu kèm theo báo cáo.");
            w.doc.blank();
            w.expect(line, "unknown-section", None);
            written.push(Written {
                section: None,
                line,
                duplicate: false,
                pseudo: false,
                bare: false,
                words: 0,
            });
            continue;
        };
        let sec = &TOP[section];
        let look = w.look(kind, sec);
        // The appendix often keeps its plain title, `Phụ lục`, without a number.
        let marker = if section == PHU_LUC && kind == Kind::Real && w.rng.chance(50) {
            (String::new(), None)
        } else {
            top_marker(top_style, number)
        };
        // What the appendix holds is known before its heading: a table at the end may
        // stand under a plain line in capitals instead, which stands in for the heading.
        let plan = (section == PHU_LUC).then(|| appendix::plan(w));
        let plain_line = plan.as_ref().is_some_and(appendix::Plan::under_plain_line);
        let line = if plain_line {
            appendix::plain_line(w)
        } else {
            w.heading(marker, sec, &look, level)
        };
        let words = if section == KET_QUA {
            ket_qua = Some((line, written.len()));
            let intro = w.body(false, Some(inner_level));
            intro + write_children(w, &s, child_kind, child_style, child_level, number, &mut children)
        } else if let Some(plan) = plan {
            let (words, expectations) = write_appendix(w, line, plan);
            if !duplicate {
                appendix = expectations;
            }
            words
        } else {
            w.body(s.empty_top == Some(section) && !duplicate, Some(inner_level))
        };
        written.push(Written {
            section: Some(section),
            line,
            duplicate,
            pseudo: kind != Kind::Real || plain_line,
            bare: look.bare && !plain_line,
            words,
        });
    }

    let top_ids: Vec<&'static str> = TOP.iter().map(|s| s.id).collect();
    level_findings(&written, &top_ids, w.doc.end_line(), &mut w.expect);
    if let Some((ket_qua_line, index)) = ket_qua {
        // The children's span ends at the next top-level item; a missing child with no
        // later sibling present is reported there, or at the parent's heading when the
        // parent runs to the end of the file.
        let fallback = written.get(index + 1).map_or(ket_qua_line, |next| next.line);
        let child_ids: Vec<&'static str> = CHILDREN.iter().map(|s| s.id).collect();
        level_findings(&children, &child_ids, fallback, &mut w.expect);
    }
    w.expect.extend(appendix);
}

/// Writes the sub-sections of `ket-qua`; returns their words. `written` collects them.
fn write_children(
    w: &mut Writer<'_>,
    s: &Structure,
    kind: Kind,
    style: ChildStyle,
    level: usize,
    parent_number: usize,
    written: &mut Vec<Written>,
) -> usize {
    let mut order: Vec<usize> = (0..5).filter(|&i| Some(i) != s.missing_child).collect();
    if let Some(at) = s.swap_child.filter(|&at| at + 1 < order.len()) {
        order.swap(at, at + 1);
    }
    let mut total = 0;
    for &child in &order {
        let copies = if s.duplicate_child == Some(child) { 2 } else { 1 };
        for copy in 0..copies {
            let sec = &CHILDREN[child];
            // Letters follow the outline (đ is the fifth), whatever the order written.
            let marker = child_marker(style, parent_number, child + 1);
            let look = w.look(kind, sec);
            let line = w.heading(marker, sec, &look, level);
            let empty = s.empty_child == Some(child) && copy == 0;
            let words = w.body(empty, Some(level + 1));
            total += words;
            written.push(Written {
                section: Some(child),
                line,
                duplicate: copy > 0,
                pseudo: kind != Kind::Real,
                bare: look.bare,
                words,
            });
        }
    }
    total
}

/// Writes what the appendix section holds, as planned; returns the section's words (at
/// least 20 unless it has no table) and the appendix expectations. The readings are
/// recorded in `w`.
fn write_appendix(w: &mut Writer<'_>, heading_line: u64, plan: appendix::Plan) -> (usize, Vec<Expect>) {
    let no_table = no_table_at(heading_line);
    match plan {
        appendix::Plan::Placeholder => {
            // A placeholder instead of the table: one error, the appendix has no table.
            w.doc.push("(Đang tổng hợp)");
            w.doc.blank();
            (0, vec![no_table])
        }
        appendix::Plan::Prose => {
            // Prose but no table: the same one error.
            let text = paragraph(w.rng);
            let count = words(&text);
            w.doc.push(text);
            w.doc.blank();
            (count, vec![no_table])
        }
        appendix::Plan::Template => write_template(w, heading_line),
        appendix::Plan::Shaped(shape) => appendix::write(w, heading_line, &shape),
    }
}

/// Writes the template's table (`STT | Chỉ tiêu | Số liệu`, or one of two variants);
/// returns the section's words and the appendix expectations.
fn write_template(w: &mut Writer<'_>, heading_line: u64) -> (usize, Vec<Expect>) {
    let mut expect = Vec::new();
    let layout = w.rng.below(100);
    let (no_stt, by_stt, notes) = (layout < 12, (12..24).contains(&layout), layout >= 60);
    let mut count = 0;
    // Rows found by their number have "…" for a name: prose keeps the section non-empty.
    if by_stt || w.rng.chance(40) {
        let text = paragraph(w.rng);
        count += words(&text);
        w.doc.push(text);
        w.doc.blank();
    }
    if no_stt {
        w.tag("table-no-stt");
        w.doc.push("| Chỉ tiêu | Số liệu |");
        w.doc.push("|---|---:|");
    } else if notes {
        w.doc.push("| TT | Nội dung | Kết quả | Ghi chú |");
        w.doc.push("|:-:|---|--:|---|");
    } else {
        w.doc.push("| STT | Chỉ tiêu | Số liệu |");
        w.doc.push("|---|---|---|");
    }
    if by_stt {
        w.tag("table-by-stt");
    }
    // Values, problems and the constraint between don-giai-quyet and don-nhan.
    let mut values: Vec<(Value, String, Option<u64>)> = Vec::new();
    for ind in &INDICATORS {
        let problem = match w.rng.below(100) {
            0..=2 => Value::RowMissing,
            3..=5 => Value::Blank,
            6..=8 => Value::Invalid,
            _ => Value::Good,
        };
        let (text, number) = match problem {
            Value::Good | Value::RowMissing => good_value(w.rng, ind.percent),
            Value::Blank => ((*w.rng.pick(&["-", "—", "", "x"])).to_owned(), None),
            Value::Invalid => {
                let bad: &[&str] = if ind.percent {
                    &["101", "120%", "-1", "khoảng 70"]
                } else {
                    &["khoảng 70", "12,5", "-3", "1.5", "30 (ước tính)", "4,35", "866/964"]
                };
                ((*w.rng.pick(bad)).to_owned(), None)
            }
        };
        values.push((problem, text, number));
    }
    // Solved within received, or (sometimes) more: a constraint error.
    if let (Some(received), Value::Good) = (values[DON_NHAN].2, values[DON_GIAI_QUYET].0) {
        let solved = if w.rng.chance(10) {
            received + 1 + w.rng.below(50) as u64
        } else {
            received - (received / 3)
        };
        values[DON_GIAI_QUYET].1 = group(solved);
        values[DON_GIAI_QUYET].2 = Some(solved);
    }
    let mut rows: Vec<usize> = (0..INDICATORS.len()).collect();
    if w.rng.chance(15) {
        w.tag("table-shuffled");
        w.rng.shuffle(&mut rows);
    }
    for i in rows {
        let ind = &INDICATORS[i];
        let (problem, value, _) = &values[i];
        if *problem == Value::RowMissing {
            expect.push(Expect {
                line: heading_line,
                code: "appendix-value-missing",
                key: Some(ind.id.to_owned()),
            });
            continue;
        }
        let name = if by_stt { "…" } else { ind.name };
        count += words(name);
        let line = if no_stt {
            w.doc.push(format!("| {name} | {value} |"))
        } else if notes {
            let note = if w.rng.chance(20) { "Số liệu năm 2025" } else { "" };
            w.doc.push(format!("| {}. | {name} | {value} | {note} |", ind.stt))
        } else {
            w.doc.push(format!("| {} | {name} | {value} |", ind.stt))
        };
        match problem {
            // `-`, `—` and `x` say "not applicable": not counted, nothing to say. Only an
            // empty cell is the unit's to fill.
            Value::Blank if value.is_empty() => expect.push(Expect {
                line,
                code: "appendix-value-missing",
                key: Some(ind.id.to_owned()),
            }),
            Value::Invalid => expect.push(Expect {
                line,
                code: "appendix-value-invalid",
                key: Some(ind.id.to_owned()),
            }),
            _ => {}
        }
        if i == DON_GIAI_QUYET
            && let (Some(solved), Some(received)) = (values[DON_GIAI_QUYET].2, values[DON_NHAN].2)
            && values[DON_NHAN].0 == Value::Good
            && *problem == Value::Good
            && solved > received
        {
            expect.push(Expect {
                line,
                code: "appendix-constraint",
                key: Some(ind.id.to_owned()),
            });
        }
    }
    w.doc.blank();
    assert!(count >= 20, "generator: an appendix that may be counted empty");
    w.readings = values
        .iter()
        .zip(&INDICATORS)
        .map(|((problem, text, number), ind)| match (problem, number) {
            (Value::Good, Some(v)) if ind.percent => Reading::Percent(*v),
            (Value::Good, Some(v)) => Reading::Count(*v),
            (Value::Blank, _) if !text.is_empty() => Reading::NotApplicable,
            (Value::Invalid, _) => Reading::Invalid,
            _ => Reading::Missing,
        })
        .collect();
    if w.readings.iter().all(|r| *r == Reading::Missing) {
        // Nothing to count: one finding says so, instead of one per row.
        return (count, vec![no_table_at(heading_line)]);
    }
    (count, expect)
}

fn no_table_at(line: u64) -> Expect {
    Expect {
        line,
        code: "appendix-empty",
        key: None,
    }
}

/// Formats a count the Vietnamese way: `.` between thousands.
pub fn group(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn good_value(rng: &mut Rng, percent: bool) -> (String, Option<u64>) {
    if percent {
        let tenths = rng.below(1001);
        let text = if tenths.is_multiple_of(10) {
            (tenths / 10).to_string()
        } else {
            format!("{},{}", tenths / 10, tenths % 10)
        };
        let text = if rng.chance(40) { format!("{text}%") } else { text };
        (text, Some(tenths as u64))
    } else {
        let value = match rng.below(4) {
            0 => rng.below(10) as u64,
            1 => rng.below(1000) as u64,
            2 => 1000 + rng.below(99_000) as u64,
            _ => 1_000_000 + rng.below(2_000_000) as u64,
        };
        (group(value), Some(value))
    }
}

// ---------------------------------------------------------------------------------------
// Front matter and lateness.

fn write_date(rng: &mut Rng, day: Day, tags: &mut BTreeSet<&'static str>) -> String {
    let Day(y, m, d) = day;
    match rng.below(4) {
        0 => {
            tags.insert("date-iso");
            day.iso()
        }
        1 => {
            tags.insert("date-d/m/yyyy");
            format!("{d}/{m}/{y}")
        }
        2 => {
            tags.insert("date-dd/mm/yyyy");
            format!("{d:02}/{m:02}/{y}")
        }
        _ => {
            tags.insert("date-written");
            if rng.chance(50) {
                format!("\"ngày {d} tháng {m} năm {y}\"")
            } else {
                format!("Ngày {d:02} tháng {m:02} năm {y}")
            }
        }
    }
}

/// What the front matter says, and what the tool must make of it.
struct FrontOutcome {
    /// The roster code the file is tied to, if any.
    code: Option<String>,
    /// Line of `unit_code` (where `duplicate-unit` goes).
    code_line: u64,
    /// The submission day, the line of `submitted` (or 1 when it came from `date`), and
    /// the minute of that day it was sent (a bare date counts from its start).
    submission: Option<(Day, u64, u32)>,
}

/// Writes the front matter of a report for `unit` (`None`: a code not in the roster).
fn write_front_matter(w: &mut Writer<'_>, unit: Option<&Unit>) -> FrontOutcome {
    let none = FrontOutcome {
        code: None,
        code_line: 1,
        submission: None,
    };
    let roll = w.rng.below(100);
    if roll < 2 {
        // No front matter at all.
        w.expect(1, "front-matter-missing", None);
        return none;
    }
    let code = unit.map_or_else(|| format!("ZZ{:02}", w.rng.below(100)), |u| u.code.clone());
    let name = unit.map_or_else(|| "Đảng ủy xã Không Có".to_owned(), |u| u.name.clone());
    let category = unit.map_or("dang-uy-xa-phuong", |u| u.category);

    // The unit's name as written: exact, another tone placement, in capitals, with an
    // NBSP, or (a mismatch) something else.
    let mut mismatch = false;
    let written_name = match w.rng.below(100) {
        0..=44 => name.clone(),
        45..=69 => match swap_tone_placement(&name) {
            Some(other) => {
                w.tag("tone-placement");
                other
            }
            None => name.clone(),
        },
        70..=79 => {
            w.tag("unit-uppercase");
            name.to_uppercase()
        }
        80..=89 => {
            w.tag("nbsp");
            name.replacen(' ', "\u{00A0}", 1)
        }
        _ if unit.is_some() && w.rng.chance(50) => {
            mismatch = true;
            format!("{name} tỉnh Nghệ An")
        }
        _ => name.clone(),
    };
    let date = Day(2026, 4, 1 + w.rng.below(19) as u32);
    let mut fields: Vec<(&'static str, String)> = vec![
        ("unit", format!("\"{written_name}\"")),
        ("unit_code", code.clone()),
        ("category", category.to_owned()),
        ("date", write_date(w.rng, date, w.tags)),
    ];
    // When it was sent.
    let sent = date.plus(w.rng.below(3) as i64 + if w.rng.chance(12) { 3 + w.rng.below(5) as i64 } else { 0 });
    // (as written, the day in Vietnam, the minute of that day: a bare date counts from
    // its start)
    let submitted: Option<(String, Day, u32)> = match w.rng.below(100) {
        0..=29 => {
            w.tag("submitted-absent");
            None
        }
        30..=49 => {
            w.tag("submitted-date");
            Some((write_date(w.rng, sent, w.tags), sent, 0))
        }
        50..=84 => {
            w.tag("submitted-rfc3339");
            let Day(y, m, d) = sent;
            let hour = 7 + w.rng.below(16);
            let minute = w.rng.below(60);
            Some((
                format!("{y:04}-{m:02}-{d:02}T{hour:02}:{minute:02}:00+07:00"),
                sent,
                (hour * 60 + minute) as u32,
            ))
        }
        _ => {
            // In UTC: from 17:00Z the day in Vietnam is the next one.
            w.tag("submitted-rfc3339-utc");
            let Day(y, m, d) = sent;
            let hour = w.rng.below(24);
            let day = if hour >= 17 { sent.plus(1) } else { sent };
            let minute = w.rng.below(60);
            Some((
                format!("{y:04}-{m:02}-{d:02}T{hour:02}:{minute:02}:00Z"),
                day,
                (((hour + 7) % 24) * 60 + minute) as u32,
            ))
        }
    };
    if let Some((text, _, _)) = &submitted {
        fields.push(("submitted", text.clone()));
    }
    if w.rng.chance(60) {
        fields.push(("doc_number", format!("{}-BC/ĐU", 10 + w.rng.below(400))));
        fields.push(("signer", "\"Nguyễn Văn An\"".to_owned()));
        fields.push(("signer_title", "Bí thư Đảng ủy".to_owned()));
    }
    if w.rng.chance(25) {
        w.rng.shuffle(&mut fields);
    }

    // Problems with the front matter, at most one kind per file.
    let problem = w.rng.below(100);
    let mut date_ok = true;
    let mut submitted_ok = submitted.is_some();
    let mut code_ok = true;
    let mut unit_given = true;
    let mut field_expect: Vec<(&'static str, &'static str)> = Vec::new(); // (code, key) located at the key's line
    let mut absent: Vec<&'static str> = Vec::new();
    match problem {
        0..=1 => {
            // A YAML syntax error: a second `: ` on a line.
            if fields.iter().any(|(k, _)| *k == "signer_title") {
                set(&mut fields, "signer_title", "Bí thư: Đảng ủy");
            } else {
                fields.push(("signer_title", "Bí thư: Đảng ủy".to_owned()));
            }
        }
        2 => {
            // The closing `---` is missing.
        }
        3..=5 => {
            // A required field left out.
            let key = *w.rng.pick(&["unit", "unit_code", "category", "date"]);
            fields.retain(|(k, _)| *k != key);
            absent.push(key);
            match key {
                "unit" => unit_given = false,
                "unit_code" => code_ok = false,
                "date" => date_ok = false,
                _ => {}
            }
        }
        6..=7 => {
            // A required field written but empty (`key:`): missing, at its line.
            let key = *w.rng.pick(&["unit", "unit_code", "category", "date"]);
            for (k, v) in &mut fields {
                if *k == key {
                    v.clear();
                }
            }
            field_expect.push(("field-missing", key));
            match key {
                "unit" => unit_given = false,
                "unit_code" => code_ok = false,
                "date" => date_ok = false,
                _ => {}
            }
        }
        8..=11 => {
            // A malformed value.
            match w.rng.below(5) {
                0 | 1 => {
                    let bad = *w.rng.pick(&["30/2/2026", "31/4/2026", "04/15/2026", "15/4", "hôm qua"]);
                    set(&mut fields, "date", bad);
                    field_expect.push(("field-invalid", "date"));
                    date_ok = false;
                }
                2 => {
                    set(&mut fields, "category", "so-nganh-cu");
                    field_expect.push(("field-invalid", "category"));
                }
                3 if submitted.is_some() => {
                    set(&mut fields, "submitted", "sáng thứ Hai");
                    field_expect.push(("field-invalid", "submitted"));
                    submitted_ok = false;
                }
                _ => {
                    set(&mut fields, "unit_code", "\"\"");
                    field_expect.push(("field-invalid", "unit_code"));
                    code_ok = false;
                }
            }
        }
        _ => {}
    }

    assert_eq!(w.doc.push("---"), 1, "front matter opens the file");
    let mut lines: BTreeMap<&'static str, u64> = BTreeMap::new();
    for (key, value) in &fields {
        let line = if value.is_empty() {
            w.doc.push(format!("{key}:"))
        } else {
            w.doc.push(format!("{key}: {value}"))
        };
        lines.entry(key).or_insert(line);
        if problem <= 1 && *key == "signer_title" && value.contains(": ") {
            w.expect(line, "front-matter-invalid", None);
        }
    }
    if problem == 2 {
        w.no_dots = true;
        w.expect(1, "front-matter-invalid", None);
        w.doc.blank();
        return none;
    }
    w.doc.push("---");
    w.doc.blank();
    if problem <= 1 {
        return none;
    }
    for key in absent {
        w.expect(1, "field-missing", Some(key));
    }
    for (code, key) in field_expect {
        let line = lines.get(key).copied().unwrap_or(1);
        w.expect(line, code, Some(key));
    }
    let code_line = lines.get("unit_code").copied().unwrap_or(1);
    if unit.is_none() && code_ok {
        w.expect(code_line, "unknown-unit", Some("unit_code"));
    }
    let tied = (code_ok && unit.is_some()).then_some(code);
    if tied.is_some() && mismatch && unit_given {
        w.expect(lines.get("unit").copied().unwrap_or(1), "unit-mismatch", Some("unit"));
    }
    let submission = match (&submitted, submitted_ok, date_ok) {
        (Some((_, day, minute)), true, _) => Some((*day, lines.get("submitted").copied().unwrap_or(1), *minute)),
        (_, _, true) => Some((date, 1, 0)),
        _ => None,
    };
    FrontOutcome {
        code: tied,
        code_line,
        submission,
    }
}

fn set(fields: &mut [(&'static str, String)], key: &str, value: &str) {
    for (k, v) in fields.iter_mut() {
        if *k == key {
            *v = value.to_owned();
        }
    }
}

// ---------------------------------------------------------------------------------------
// The corpus.

struct Pending {
    rel: String,
    bytes: Vec<u8>,
    expected: ExpectedFile,
    /// (roster code, line of `unit_code`) when the file is tied to a unit.
    claim: Option<(String, u64)>,
    /// The report's text before it was saved; `None` for the stray files.
    source: Option<String>,
}

/// Generates the corpus for `seed`: ~150 reports, a roster, a few stray files.
pub fn generate(seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let mut tags = BTreeSet::new();
    let units = roster(&mut rng);
    if units.iter().any(|u| u.due.is_some()) {
        tags.insert("extension-due");
    }
    // Who writes: most units once, a few not at all, a few twice (a duplicate claim),
    // and a few codes that are not in the roster.
    let mut writers: Vec<Option<usize>> = Vec::new();
    for i in 0..units.len() {
        if rng.chance(6) {
            continue;
        }
        writers.push(Some(i));
        if rng.chance(2) {
            writers.push(Some(i));
        }
    }
    writers.truncate(147);
    for at in [10, 70, 130] {
        writers.insert(at, None);
    }

    let mut pending: Vec<Pending> = Vec::new();
    let mut workbooks = BTreeMap::new();
    for (n, who) in writers.iter().enumerate() {
        let unit = who.map(|i| &units[i]);
        let writes_once = writers.iter().filter(|w| **w == *who).count() == 1 || who.is_none();
        let encoding = rng.below(100);
        let allow_zero_width = !(55..65).contains(&encoding);
        let mut writer = Writer {
            rng: &mut rng,
            tags: &mut tags,
            doc: Doc::default(),
            expect: Vec::new(),
            allow_zero_width,
            no_dots: false,
            allow_workbook: writes_once,
            workbook: None,
            readings: vec![Reading::Missing; INDICATORS.len()],
        };
        let front = write_front_matter(&mut writer, unit);
        write_sections(&mut writer);
        let Writer {
            doc,
            mut expect,
            workbook,
            readings,
            ..
        } = writer;
        let mut text = doc.text();
        let source = text.clone();

        // How it is saved.
        let use_crlf = rng.chance(20);
        if use_crlf {
            tags.insert("crlf");
            text = crlf(&text);
        }
        let decomposed = rng.chance(10) && !(55..65).contains(&encoding);
        if decomposed {
            tags.insert("nfd");
            text = nfd(&text);
        }
        let bytes = match encoding {
            0..=39 => text.into_bytes(),
            40..=47 => {
                tags.insert("utf8-bom");
                utf8_bom(&text)
            }
            48..=51 => {
                tags.insert("utf16le");
                expect.push(Expect {
                    line: 1,
                    code: "encoding",
                    key: None,
                });
                utf16le(&text)
            }
            52..=54 => {
                tags.insert("utf16be");
                expect.push(Expect {
                    line: 1,
                    code: "encoding",
                    key: None,
                });
                utf16be(&text)
            }
            55..=64 => {
                tags.insert("windows-1258");
                expect.push(Expect {
                    line: 1,
                    code: "encoding",
                    key: None,
                });
                windows_1258(&text)
            }
            _ => text.into_bytes(),
        };

        // Where it is saved.
        let category = unit.map_or("khac", |u| u.category);
        let stem = unit.map_or_else(|| format!("khong-ro-{n}"), |u| u.code.to_lowercase());
        let extension = if rng.chance(4) {
            tags.insert("markdown-extension");
            "markdown"
        } else {
            "md"
        };
        let folder = if rng.chance(8) {
            tags.insert("deep-folder");
            format!("{category}/cum-{}/dot-{}", 1 + rng.below(3), 1 + rng.below(2))
        } else {
            category.to_owned()
        };
        let rel = format!("{folder}/{stem}-{n:03}.{extension}");
        if let Some(bytes) = workbook {
            // Beside the report, of the same name: its appendix.
            workbooks.insert(rel.clone(), (format!("{folder}/{stem}-{n:03}.xlsx"), bytes));
        }

        // Lateness: days after the unit's last day on time.
        let due = front
            .code
            .as_ref()
            .and_then(|c| units.iter().find(|u| &u.code == c))
            .and_then(|u| u.due)
            .unwrap_or(DEADLINE);
        let submitted_at = front
            .submission
            .map(|(day, _, minute)| day.number() * 1440 + i64::from(minute));
        let (submitted, late_days) = match front.submission {
            Some((day, line, _)) => {
                let days = day.number() - due.number();
                if days > 0 {
                    expect.push(Expect {
                        line,
                        code: "late",
                        key: None,
                    });
                }
                (Some(day.iso()), Some(days.max(0)))
            }
            None => (None, None),
        };
        let claim = front.code.clone().map(|c| (c, front.code_line));
        pending.push(Pending {
            rel: rel.clone(),
            bytes,
            expected: ExpectedFile {
                path: format!("nop/{rel}"),
                unit_code: front.code,
                submitted,
                submitted_at,
                late_days,
                diagnostics: expect,
                readings,
            },
            claim,
            source: Some(source),
        });
    }

    // Files that are not reports.
    let stray: [(&str, &[u8], Option<&'static str>); 5] = [
        (
            "dang-uy-xa-phuong/x007-bao-cao.docx",
            b"PK\x03\x04\x14\x00\x06\x00",
            Some("word-invalid"),
        ),
        ("so-nganh/bang-tong-hop.xlsx", b"PK\x03\x04", Some("unsupported-file")),
        (
            "so-nganh/ghi-chu.jpg",
            "Ghi chú của văn thư".as_bytes(),
            Some("unsupported-file"),
        ),
        (
            "mttq-doan-the/anh-chup.md",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            Some("not-text"),
        ),
        (
            "co-quan-tham-muu/scan.pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
            Some("needs-docx"),
        ),
    ];
    for (rel, bytes, code) in stray {
        let diagnostics = code
            .map(|c| {
                vec![Expect {
                    line: 1,
                    code: c,
                    key: None,
                }]
            })
            .unwrap_or_default();
        pending.push(Pending {
            rel: rel.to_owned(),
            bytes: bytes.to_vec(),
            expected: ExpectedFile {
                path: format!("nop/{rel}"),
                unit_code: None,
                submitted: None,
                submitted_at: None,
                late_days: None,
                diagnostics,
                readings: vec![Reading::Missing; INDICATORS.len()],
            },
            claim: None,
            source: None,
        });
    }

    // duplicate-unit: on every file claiming a code another file claims too.
    let mut claims: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in pending.iter().enumerate() {
        if let Some((code, _)) = &p.claim {
            claims.entry(code.clone()).or_default().push(i);
        }
    }
    for files in claims.values().filter(|f| f.len() > 1) {
        for &i in files {
            let line = pending[i].claim.as_ref().map_or(1, |(_, line)| *line);
            pending[i].expected.diagnostics.push(Expect {
                line,
                code: "duplicate-unit",
                key: Some("unit_code".into()),
            });
        }
    }
    // A unit nobody claims is missing, unless a file that claims nobody is named after it
    // (`x038.md`, `X038-bao-cao.docx`): then it sent that file, which is sent back.
    let named_after = |rel: &str, code: &str| {
        let stem = rel.rsplit('/').next().unwrap_or(rel).split('.').next().unwrap_or("");
        stem.to_lowercase().starts_with(&code.to_lowercase())
            && stem[code.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
    };
    let mut missing_units = Vec::new();
    let mut rejected_units = Vec::new();
    for unit in units.iter().filter(|u| !claims.contains_key(&u.code)) {
        match pending
            .iter()
            .find(|p| p.claim.is_none() && named_after(&p.rel, &unit.code))
        {
            Some(file) => rejected_units.push((unit.code.clone(), format!("nop/{}", file.rel))),
            None => missing_units.push(unit.code.clone()),
        }
    }

    // Files the walk passes over without a word.
    let mut files: Vec<(String, Vec<u8>)> = pending.iter().map(|p| (p.rel.clone(), p.bytes.clone())).collect();
    files.extend(workbooks.values().cloned());
    for rel in [
        "README.md",
        "so-nganh/readme.MD",
        "_nhap/snv.md",
        "so-nganh/_ban-cu.md",
        ".git-like/x.md",
        "so-nganh/.~lock.md",
    ] {
        files.push((rel.to_owned(), b"---\nunit: x\n---\n# not a report\n".to_vec()));
    }

    let sources = pending
        .iter()
        .filter_map(|p| Some((p.rel.clone(), p.source.clone()?)))
        .collect();
    // The order of the output: a walk of the folders in name order.
    pending.sort_by(|a, b| a.rel.split('/').cmp(b.rel.split('/')));
    let expected = pending
        .into_iter()
        .map(|mut p| {
            p.expected.diagnostics.sort();
            p.expected
        })
        .collect();
    Corpus {
        files,
        roster: roster_yaml(&units),
        expected,
        missing_units,
        rejected_units,
        tags,
        sources,
        workbooks,
        categories: units.iter().map(|u| (u.code.clone(), u.category)).collect(),
    }
}
