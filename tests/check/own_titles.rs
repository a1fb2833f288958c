//! Sections a unit titles in its own words (`tests/fixtures/own-titles/`: the minimal
//! files of `benches/probe50/gen/experiments/repros.py`): the results' sub-sections run
//! into their paragraphs right under the results heading (`a) Những kết quả nổi bật: …`,
//! `**Ưu điểm:** …`) fill the results; the directions titled with the campaign's own
//! subject (`… NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN …`) are the directions, not the impact,
//! and a missing impact is said; the Party's self-assessment words (`Mặt chưa được`) and a
//! causes title asked as a question (`Vì sao còn …?`) are the sections they say; a report
//! whose parts are only lead-ins (`**Về công tác lãnh đạo, chỉ đạo:** …`) is read part by
//! part, and one whose parts open with a numbered title in bold run into their paragraph
//! (`**1. Công tác lãnh đạo, chỉ đạo được … nghiêm túc.** Ban Thường vụ …`) keeps every
//! paragraph; a part that says the results and the impact (`**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ
//! TÁC ĐỘNG**`) or the impact before a merged limitations part leaves the limitations,
//! lessons and directions after it their own bold Roman parts; a part that says the
//! results and the limitations with nothing under it to part them (`II. KẾT QUẢ ĐẠT ĐƯỢC
//! VÀ HẠN CHẾ`) gives the limitations the text from the paragraph announcing them on
//! (`Bên cạnh những kết quả đạt được, … còn một số hạn chế: …`), and a results lead-in
//! in the achievements' words (`**Về kết quả đạt được:** …`) is the achievements' text;
//! a part title ending with a full stop (`**IV. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN
//! TỚI.**`) is a heading, out of the outline's order too, and the impact written as one of
//! the results' lead-ins (`- Về tác động: …`) is the impact; a results' sub-section titled
//! under a part that names it with another (`III. BÀI HỌC KINH NGHIỆM VÀ TÁC ĐỘNG` / `1.
//! Bài học kinh nghiệm`) is found there; the results' title said again under a part of the
//! unit's own (`**I. KẾT QUẢ ĐẠT ĐƯỢC**` / `***2. Kết quả thực hiện***`), or the results'
//! part with its sub-sections under a later part (`**III. ĐÁNH GIÁ CHUNG**`), gives its text
//! to the achievements, and such parts are structure, not the unit's text; the outline
//! answered question by question (`**Những kết quả nổi bật …?** …`, `Câu 2.`), its
//! guidance left under the headings, a results part with no heading of its own and a
//! second review's table after the signature, the appendix's words heading a stretch
//! inside a section with the real appendix at the end, and the leadership part first under
//! the results' part in the words of an advisory body (`I. CÔNG TÁC THAM MƯU, HƯỚNG
//! DẪN`), the results' sub-sections under a results part said by its text and
//! under a general assessment after it, and lead-ins naming sections under a part that
//! assesses and requests at once, are read as an officer reads them.
//! Each report is checked and compiled alone: the findings are the ones deserved, and each
//! section's paragraph is compiled under it.

use crate::support::{self, Scratch, repo_root};

const DIR: &str = "tests/fixtures/own-titles";

struct Case {
    file: &'static str,
    /// `(code, section)` findings that must be there, and ones that must not.
    findings: &'static [(&'static str, &'static str)],
    not_findings: &'static [(&'static str, &'static str)],
    /// The start of a paragraph and the outline title it is compiled under.
    filed: &'static [(&'static str, &'static str)],
}

const LIMITS: (&str, &str) = (
    "Việc trả lời kiến nghị của cử tri",
    "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
);
const CAUSES: (&str, &str) = ("Xã mới sáp nhập từ ba xã cũ", "c) Nguyên nhân");
const LESSONS: (&str, &str) = ("Việc gì liên quan đến đất đai", "d) Bài học kinh nghiệm");
const DIRECTIONS: (&str, &str) = (
    "Lập sổ theo dõi số liệu dân vận",
    "đ) Chủ trương, giải pháp trong giai đoạn mới",
);

const IMPACT: (&str, &str) = ("Phong trào xây dựng nông thôn mới", "III- ĐÁNH GIÁ TÁC ĐỘNG");

const REQUESTS: (&str, &str) = ("Đề nghị Tỉnh ủy giao cơ quan chuyên môn", "IV- KIẾN NGHỊ, ĐỀ XUẤT");

/// Neither the requests nor the directions said missing.
const REQUESTS_AND_DIRECTIONS_FOUND: &[(&str, &str)] = &[
    ("missing-section", "kien-nghi"),
    ("missing-section", "ket-qua.giai-phap"),
];

const ACHIEVEMENTS: (&str, &str) = ("Lãnh đạo xã tiếp hơn 650 lượt", "a) Những kết quả nổi bật");

const LEADERSHIP: (&str, &str) = (
    "Ban Thường vụ Đảng ủy ban hành 19 văn bản",
    "I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
);

const CASES: &[Case] = &[
    Case {
        file: "bold-sentence-run-in.docx",
        findings: &[],
        not_findings: &[("missing-section", "lanh-dao"), ("missing-section", "tac-dong")],
        filed: &[LEADERSHIP, LIMITS, CAUSES, DIRECTIONS, IMPACT],
    },
    Case {
        file: "short-title-period-run-in.docx",
        findings: &[],
        not_findings: &[("missing-section", "lanh-dao"), ("missing-section", "tac-dong")],
        filed: &[LEADERSHIP, LIMITS, CAUSES, DIRECTIONS, IMPACT],
    },
    // What must stay as it was: a heading that quotes the subject and says the impact by
    // nothing else is still scored whole; a narrative whose sentences announce with a
    // colon (`Kết quả cụ thể như sau:`) has no parts; `Vì sao phải …` is no causes title.
    Case {
        file: "impact-title-quoting-the-subject.md",
        findings: &[],
        not_findings: &[("missing-section", "tac-dong")],
        filed: &[],
    },
    Case {
        file: "narrative-announcing-with-colons.md",
        findings: &[("missing-section", "ket-qua"), ("missing-section", "kien-nghi")],
        not_findings: &[],
        filed: &[],
    },
    Case {
        file: "directions-asked-vi-sao.md",
        findings: &[("missing-section", "ket-qua.nguyen-nhan")],
        not_findings: &[],
        filed: &[],
    },
    Case {
        file: "leadins-only.md",
        findings: &[],
        not_findings: &[
            ("missing-section", "lanh-dao"),
            ("missing-section", "ket-qua"),
            ("missing-section", "tac-dong"),
            ("missing-section", "kien-nghi"),
        ],
        filed: &[LIMITS, CAUSES, DIRECTIONS, IMPACT],
    },
    Case {
        file: "leadins-only.docx",
        findings: &[],
        not_findings: &[
            ("missing-section", "lanh-dao"),
            ("missing-section", "ket-qua"),
            ("missing-section", "tac-dong"),
            ("missing-section", "kien-nghi"),
        ],
        filed: &[LIMITS, CAUSES, DIRECTIONS, IMPACT],
    },
    Case {
        file: "leadin-subsections-under-results.md",
        findings: &[],
        not_findings: &[("empty-section", "ket-qua")],
        filed: &[LIMITS, CAUSES],
    },
    Case {
        file: "leadin-subsections-under-results.docx",
        findings: &[],
        not_findings: &[("empty-section", "ket-qua")],
        filed: &[LIMITS, CAUSES],
    },
    Case {
        file: "numbered-run-in-subsections-under-results.md",
        findings: &[],
        not_findings: &[("empty-section", "ket-qua")],
        filed: &[LIMITS, CAUSES],
    },
    Case {
        file: "leadins-numbered.md",
        findings: &[],
        not_findings: &[("empty-section", "ket-qua.noi-bat")],
        filed: &[LIMITS, CAUSES],
    },
    Case {
        file: "no-impact-directions-say-hieu-qua.docx",
        findings: &[("missing-section", "tac-dong")],
        not_findings: &[("missing-section", "ket-qua.giai-phap")],
        filed: &[DIRECTIONS],
    },
    Case {
        file: "no-impact-directions-say-hieu-qua-hash.md",
        findings: &[("missing-section", "tac-dong")],
        not_findings: &[("merged-sections", "tac-dong")],
        filed: &[DIRECTIONS],
    },
    // `# Phụ lục ảnh hoạt động` inside the results, the report's sub-sections and parts
    // after it and `# PHỤ LỤC` at the end: the last is the appendix, the first a heading of
    // the unit's own whose paragraph stays with the achievements.
    Case {
        file: "appendix-words-heading-a-stretch-inside-a-section.md",
        findings: &[],
        not_findings: &[
            ("missing-section", "ket-qua.han-che"),
            ("missing-section", "ket-qua.nguyen-nhan"),
            ("section-order", "tac-dong"),
            ("section-order", "kien-nghi"),
        ],
        filed: &[
            ("Danh sách 5 mô hình Dân vận khéo tiêu biểu", "a) Những kết quả nổi bật"),
            LIMITS,
            CAUSES,
            LESSONS,
            DIRECTIONS,
            REQUESTS,
        ],
    },
    Case {
        file: "mat-chua-duoc.docx",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.han-che")],
        filed: &[LIMITS],
    },
    Case {
        file: "causes-as-question-vi-sao.docx",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.nguyen-nhan")],
        filed: &[CAUSES],
    },
    // The results and the impact under one part, then the limitations, lessons and
    // directions as bold Roman parts of their own (`**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**`,
    // `**III. HẠN CHẾ VÀ NGUYÊN NHÂN**`, `**IV. BÀI HỌC KINH NGHIỆM**` …): each part is its
    // section, not the impact's text; and the impact before a merged limitations part
    // does not make the lessons and directions after it missing.
    Case {
        file: "results-and-impact-one-heading.md",
        findings: &[],
        not_findings: &[
            ("missing-section", "ket-qua.han-che"),
            ("missing-section", "ket-qua.nguyen-nhan"),
            ("missing-section", "ket-qua.bai-hoc"),
            ("missing-section", "ket-qua.giai-phap"),
        ],
        filed: &[
            LIMITS,
            ("xã mới sáp nhập từ ba xã cũ", "c) Nguyên nhân"),
            LESSONS,
            DIRECTIONS,
            ("Về tác động, phong trào", "III- ĐÁNH GIÁ TÁC ĐỘNG"),
        ],
    },
    Case {
        file: "impact-before-merged-limits.docx",
        findings: &[],
        not_findings: &[
            ("missing-section", "ket-qua.bai-hoc"),
            ("missing-section", "ket-qua.giai-phap"),
        ],
        filed: &[
            LIMITS,
            ("xã mới sáp nhập từ ba xã cũ", "c) Nguyên nhân"),
            LESSONS,
            DIRECTIONS,
            IMPACT,
        ],
    },
    // `II. KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ` with nothing under it to part them: the
    // limitations start at the paragraph that announces them (`Bên cạnh những kết quả đạt
    // được, … còn một số hạn chế: …`, `Tuy nhiên, … vẫn còn hạn chế: …`).
    Case {
        file: "limits-announced-in-results-text.docx",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.han-che")],
        filed: &[("còn một số hạn chế", "b) Tồn tại, hạn chế, khó khăn, vướng mắc")],
    },
    Case {
        file: "limits-announced-tuy-nhien.docx",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.han-che")],
        filed: &[("Tuy nhiên", "b) Tồn tại, hạn chế, khó khăn, vướng mắc")],
    },
    // Parts only as lead-ins, the results' label in the achievements' words (`**Về kết
    // quả đạt được:** Lãnh đạo xã tiếp …`): its paragraph is the achievements', once.
    Case {
        file: "leadins-only-results-label.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.noi-bat"), ("empty-section", "ket-qua")],
        filed: &[
            ("Lãnh đạo xã tiếp hơn 650", "a) Những kết quả nổi bật"),
            (
                "Việc trả lời kiến nghị của cử tri",
                "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
            ),
        ],
    },
    // The causes under two sibling headings in a row, each opening with the title
    // (`4. Nguyên nhân khách quan`, `5. Nguyên nhân chủ quan`): one section, no duplicate.
    Case {
        file: "causes-two-siblings-titled.docx",
        findings: &[],
        not_findings: &[("duplicate-section", "ket-qua.nguyen-nhan")],
        filed: &[CAUSES, ("Một số cán bộ, công chức còn ngại tiếp xúc", "c) Nguyên nhân")],
    },
    // The limitations said there without `còn` (`… vẫn bộc lộ một số hạn chế: …`), and a
    // clause naming difficulties as what was remedied (`Ủy ban nhân dân xã tập trung tháo
    // gỡ khó khăn, vướng mắc: …`), which is an achievement.
    Case {
        file: "limits-announced-boc-lo.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.han-che")],
        filed: &[("vẫn bộc lộ một số hạn chế", "b) Tồn tại, hạn chế, khó khăn, vướng mắc")],
    },
    Case {
        file: "remedied-difficulties-are-achievements.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.han-che")],
        filed: &[
            ("tập trung tháo gỡ khó khăn, vướng mắc", "a) Những kết quả nổi bật"),
            ("còn một số hạn chế", "b) Tồn tại, hạn chế, khó khăn, vướng mắc"),
        ],
    },
    // Every part titled in bold capitals ending with a full stop, the directions a part of
    // their own after the impact (`**IV. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI.**`):
    // a heading out of the outline's order still, not a sentence of the impact's.
    Case {
        file: "part-titles-with-full-stops.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.giai-phap")],
        filed: &[LEADERSHIP, LIMITS, CAUSES, LESSONS, DIRECTIONS, IMPACT],
    },
    // The impact as one of the results part's lead-ins (`***- Về tác động:*** …` after `- Về
    // kết quả nổi bật: …`, as army and police reports write the results): the impact, not
    // the achievements' second paragraph.
    Case {
        file: "impact-run-in-inside-the-results.md",
        findings: &[],
        not_findings: &[("missing-section", "tac-dong")],
        filed: &[
            IMPACT,
            ("Lãnh đạo xã tiếp hơn 650 lượt", "a) Những kết quả nổi bật"),
            LEADERSHIP,
            LIMITS,
            CAUSES,
        ],
    },
    // A part naming two sections that are not neighbours (`**III. BÀI HỌC KINH NGHIỆM VÀ TÁC
    // ĐỘNG**`), each its own sub-heading under it: the lessons, a sub-section of the
    // results, are found there by their title, not said missing nor left to the impact.
    Case {
        file: "part-naming-lessons-and-impact.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.bai-hoc"), ("missing-section", "tac-dong")],
        filed: &[LESSONS, IMPACT, DIRECTIONS, CAUSES],
    },
    // Not so where nothing says it: a paragraph of the leadership's opening with another
    // section's word (`**Hiệu quả:** nhờ quán triệt …`, a paragraph of its own, not one of
    // a run of lead-ins) and a bold line there opening with the lessons' title (`**Bài học
    // kinh nghiệm trong công tác quán triệt**`) stay the leadership's, the impact and the
    // lessons missing, as an officer reads them.
    Case {
        file: "lead-in-of-a-missing-section-in-leadership.md",
        findings: &[("missing-section", "tac-dong")],
        not_findings: &[],
        filed: &[
            ("nhờ quán triệt sâu rộng", "I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
            (
                "Đảng ủy tổ chức kiểm tra chuyên đề",
                "I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            ),
        ],
    },
    Case {
        file: "lessons-line-in-leadership.md",
        findings: &[("missing-section", "ket-qua.bai-hoc")],
        not_findings: &[],
        filed: &[
            (
                "Quán triệt phải gắn với kiểm tra",
                "I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            ),
            (
                "Đảng ủy tổ chức kiểm tra chuyên đề",
                "I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            ),
        ],
    },
    // The results' title said again a level down, under a part of the unit's own (`**I. KẾT
    // QUẢ ĐẠT ĐƯỢC**` / `***1. Công tác lãnh đạo, chỉ đạo***` / `***2. Kết quả thực hiện***`,
    // then `**II. HẠN CHẾ VÀ NGUYÊN NHÂN**`, as Party blocs write it): its text is the
    // achievements', not missing.
    // The Front's guidance as the first part under its results' part, in its own words
    // (`# PHẦN I. KẾT QUẢ THỰC HIỆN` / `## I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN`): `tham mưu`,
    // what an advisory body calls its leadership, is one of the part's keywords.
    Case {
        file: "leadership-in-own-words-first-under-results.md",
        findings: &[],
        not_findings: &[("missing-section", "lanh-dao")],
        filed: &[
            (
                "Ban Thường vụ Đảng ủy ban hành 19 văn bản",
                "I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            ),
            ("Lãnh đạo xã tiếp hơn 650 lượt", "a) Những kết quả nổi bật"),
            LIMITS,
            CAUSES,
            LESSONS,
        ],
    },
    // The results' part in the unit's own words, said by its text (`# II. CÔNG TÁC DÂN VẬN
    // CỦA CHÍNH QUYỀN XÃ`), its achievements under it and the rest of its sub-sections
    // under a part of the unit's own after it (`# III. ĐÁNH GIÁ CHUNG`): each is found
    // there, as under a part titled with the results' words.
    Case {
        file: "results-by-text-with-sub-sections-under-a-general-assessment.md",
        findings: &[("section-by-text", "ket-qua")],
        not_findings: &[("unknown-section", ""), ("missing-section", "ket-qua.han-che")],
        filed: EVERY_PART_FILED,
    },
    // A part assessing and requesting at once (`**3. Đánh giá chung và đề xuất, kiến
    // nghị**`, the requests by its tail) over lead-ins naming the limitations, causes,
    // lessons, impact and requests: each lead-in is its section's.
    Case {
        file: "assessment-and-requests-part-over-lead-ins.md",
        findings: &[],
        not_findings: &[
            ("missing-section", "ket-qua.han-che"),
            ("missing-section", "ket-qua.nguyen-nhan"),
            ("missing-section", "ket-qua.bai-hoc"),
            ("missing-section", "tac-dong"),
        ],
        filed: &[LIMITS, CAUSES, LESSONS, IMPACT, REQUESTS, DIRECTIONS],
    },
    Case {
        file: "results-alias-under-a-part.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.noi-bat")],
        filed: &[LEADERSHIP, ACHIEVEMENTS, LIMITS, CAUSES, LESSONS, IMPACT],
    },
    // The results' part with its text, and the limits, causes, lessons and impact under a
    // later part of the unit's own (`**III. ĐÁNH GIÁ CHUNG**`): the part's text is the
    // achievements'.
    Case {
        file: "results-alias-then-general-assessment.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.noi-bat")],
        filed: &[LEADERSHIP, ACHIEVEMENTS, LIMITS, CAUSES, LESSONS, IMPACT, DIRECTIONS],
    },
    // Not the unit's own parts numbered under the results (`**2.1. Tiếp công dân, đối
    // thoại**` under `**2. Kết quả đạt được**`): they are the achievements' text, up to the
    // next part numbered as the results are (`**3. Hạn chế, khuyết điểm**`).
    Case {
        file: "results-numbered-parts-under-results.md",
        findings: &[],
        not_findings: &[
            ("missing-section", "ket-qua.noi-bat"),
            ("empty-section", "ket-qua.noi-bat"),
        ],
        filed: &[
            ACHIEVEMENTS,
            ("Bộ phận Tiếp nhận và trả kết quả của xã", "a) Những kết quả nổi bật"),
            LIMITS,
            IMPACT,
        ],
    },
    // One heading style for every heading (`## II. KẾT QUẢ …` over `## 1. Về tiếp công
    // dân, đối thoại`, `## 2. Về giải quyết đơn thư`, `## 3. Tồn tại, hạn chế`): the
    // results told field by field are the achievements' text, their numbering lower than
    // the part's.
    Case {
        file: "results-fields-in-one-heading-style.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.noi-bat")],
        filed: &[
            ("Lãnh đạo xã tiếp hơn 650 lượt", "a) Những kết quả nổi bật"),
            ("Tiếp nhận 143 đơn thư", "a) Những kết quả nổi bật"),
            LIMITS,
        ],
    },
    // A requests part titled with the solutions' words after its own (`IV. MỘT SỐ KIẾN
    // NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP`, as many score as the solutions'): the
    // requests, the heading opening with them; the directions under the results stay theirs.
    Case {
        file: "requests-titled-with-the-solutions-words.docx",
        findings: &[],
        not_findings: REQUESTS_AND_DIRECTIONS_FOUND,
        filed: &[DIRECTIONS, REQUESTS, LESSONS],
    },
    // Not `IV. ĐỀ XUẤT GIẢI PHÁP` before `V. KIẾN NGHỊ`: `Đề xuất` is the verb of the
    // solutions there, which say what they are about by nothing after them.
    Case {
        file: "solutions-titled-de-xuat-then-requests.md",
        findings: &[],
        not_findings: REQUESTS_AND_DIRECTIONS_FOUND,
        filed: &[DIRECTIONS, REQUESTS],
    },
    // Text saved one paragraph a line, sub-headings lettered (`b) Tồn tại, hạn chế`) after
    // paragraphs left without their full stop: each a heading, not the line before's end.
    Case {
        file: "lettered-headings-after-paragraphs-without-full-stop.txt",
        findings: &[],
        not_findings: &[
            ("missing-section", "ket-qua.han-che"),
            ("missing-section", "ket-qua.nguyen-nhan"),
        ],
        filed: &[
            (
                "Công tác thống kê, lưu trữ số liệu dân vận",
                "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
            ),
            ("Xã mới sáp nhập từ ba xã cũ, hồ sơ", "c) Nguyên nhân"),
        ],
    },
    // A results part whose title lists its contents (`**II. KẾT QUẢ, HẠN CHẾ, NGUYÊN NHÂN
    // VÀ BÀI HỌC KINH NGHIỆM**`, `**II. KẾT QUẢ VÀ BÀI HỌC KINH NGHIỆM**`) over the
    // outline's own sub-headings: the results, not the lessons it names last — in bold
    // lines, and in Word's heading styles with a bold `PHỤ LỤC` whose caption says `KẾT QUẢ`.
    Case {
        file: "results-part-listing-its-contents.md",
        findings: &[],
        not_findings: LISTED_PARTS_FOUND,
        filed: LISTED_PARTS_FILED,
    },
    Case {
        file: "results-part-titled-results-and-lessons.md",
        findings: &[],
        not_findings: LISTED_PARTS_FOUND,
        filed: LISTED_PARTS_FILED,
    },
    Case {
        file: "results-part-listing-its-contents-heading-styles.docx",
        findings: &[],
        not_findings: LISTED_PARTS_FOUND,
        filed: LISTED_PARTS_FILED,
    },
    // A last part naming tasks and requests (`**IV. NHIỆM VỤ TRỌNG TÂM VÀ KIẾN NGHỊ**`)
    // after the directions' own sub-heading under the results (`**5. Phương hướng, giải
    // pháp thời gian tới**`): the requests, the directions left where they are — in bold
    // lines, `#` headings and Word's heading styles.
    Case {
        file: "requests-part-naming-tasks-after-directions-sub-part.md",
        findings: &[],
        not_findings: DIRECTIONS_KEPT,
        filed: &[DIRECTIONS, REQUESTS],
    },
    Case {
        file: "requests-part-naming-tasks-after-directions-sub-part-hashes.md",
        findings: &[],
        not_findings: DIRECTIONS_KEPT,
        filed: &[DIRECTIONS, REQUESTS],
    },
    Case {
        file: "requests-part-naming-tasks-after-directions-sub-part.docx",
        findings: &[],
        not_findings: DIRECTIONS_KEPT,
        filed: &[DIRECTIONS, REQUESTS],
    },
    // The causes as numbered items whose titles say which (`1. Nguyên nhân khách quan: …`,
    // `2. Nguyên nhân chủ quan: …`): their section, the words that say which kept.
    Case {
        file: "causes-as-items-with-their-kind.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.nguyen-nhan")],
        filed: &[
            ("Nguyên nhân khách quan: địa bàn rộng", "c) Nguyên nhân"),
            ("Nguyên nhân chủ quan: một số cấp ủy", "c) Nguyên nhân"),
        ],
    },
    // A footnote's mark raised after a heading (`3. Nguyên nhân¹`), in Word and typed: no
    // part of its title.
    Case {
        file: "heading-with-a-raised-note-mark.docx",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.nguyen-nhan")],
        filed: &[CAUSES],
    },
    Case {
        file: "heading-with-a-raised-note-mark.md",
        findings: &[],
        not_findings: &[("missing-section", "ket-qua.nguyen-nhan")],
        filed: &[CAUSES],
    },
    // Parts and sub-sections set apart by bold alone, none numbered, and a bold `PHỤ LỤC`
    // after the signature over the caption `KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU`: the caption
    // names the table, the results are not said twice — typed and in Word.
    Case {
        file: "unnumbered-bold-parts-with-appendix-caption.md",
        findings: &[],
        not_findings: UNNUMBERED_PARTS_FOUND,
        filed: UNNUMBERED_PARTS_FILED,
    },
    Case {
        file: "unnumbered-bold-parts-with-appendix-caption.docx",
        findings: &[],
        not_findings: UNNUMBERED_PARTS_FOUND,
        filed: UNNUMBERED_PARTS_FILED,
    },
    // Items under a lead in the limitations naming the causes (`1. Nguyên nhân khách
    // quan: …`, `2. Nguyên nhân chủ quan: …`) before the causes' own heading (`**3.
    // Nguyên nhân**`): the limitations' text, the heading the causes' — no duplicate.
    Case {
        file: "causes-items-in-limitations-before-their-heading.md",
        findings: &[],
        not_findings: CAUSES_HEADED,
        filed: CAUSES_HEADED_FILED,
    },
    Case {
        file: "causes-items-in-limitations-before-their-heading.txt",
        findings: &[],
        not_findings: CAUSES_HEADED,
        filed: CAUSES_HEADED_FILED,
    },
    Case {
        file: "causes-items-in-limitations-before-their-heading.docx",
        findings: &[],
        not_findings: CAUSES_HEADED,
        filed: CAUSES_HEADED_FILED,
    },
    // The outline answered question by question: the question in bold run into its
    // answer, numbered or not, or in bold lines of their own numbered `1.` … or `Câu 1.` …;
    // no question of the results part's own (the achievements' says it), the directions'
    // question opening with their alias (`Đề xuất chủ trương, giải pháp …?`) before the
    // requests'.
    Case {
        file: "outline-questions-run-in-bold.md",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: &[
            ("Mở các lớp bồi dưỡng cho 1.200 lượt", "a) Những kết quả nổi bật"),
            (
                "Công tác thống kê, lưu trữ số liệu dân vận",
                "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
            ),
            CAUSES,
            LESSONS,
            DIRECTIONS,
            IMPACT,
            REQUESTS,
        ],
    },
    Case {
        file: "outline-questions-run-in-bold.docx",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: EVERY_PART_FILED,
    },
    Case {
        file: "outline-questions-numbered-bold-lines.docx",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: EVERY_PART_FILED,
    },
    Case {
        file: "outline-questions-numbered-cau.docx",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: EVERY_PART_FILED,
    },
    // No `II. KẾT QUẢ …` line: its sub-sections `**1. Những kết quả nổi bật**` …
    // `**5. Phương hướng …**` right after the leadership's text are the results, from the
    // first of them, with a note.
    Case {
        file: "results-part-without-its-heading.md",
        findings: &[("section-without-heading", "ket-qua")],
        not_findings: QUESTIONS_ANSWERED,
        filed: &[
            LEADERSHIP,
            ("Mở các lớp bồi dưỡng cho 1.200 lượt", "a) Những kết quả nổi bật"),
            (
                "Công tác thống kê, lưu trữ số liệu dân vận",
                "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
            ),
            CAUSES,
            LESSONS,
            DIRECTIONS,
            IMPACT,
            REQUESTS,
        ],
    },
    // The outline's guidance left in brackets under every heading (`(Những kết quả nổi
    // bật, có số liệu minh họa.)`): the template's words, in no section's text.
    Case {
        file: "outline-guidance-left-under-headings.docx",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: EVERY_PART_FILED,
    },
    // A one-page report of run-in titles numbered `1.` … `8.`, the directions' (`7. Giải
    // pháp thời gian tới: …`) after the impact's: the directions.
    Case {
        file: "directions-run-in-after-impact.docx",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: EVERY_PART_FILED,
    },
    // One report for two reviews, each with its table after the signature (`**Biểu 01**`
    // / `**SỐ LIỆU KẾT QUẢ 10 NĂM …**`, `**Biểu 02**` / `**KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ
    // 07-ĐA/TU …**`): captions, not the results' heading; the parts stay where headed.
    Case {
        file: "two-reviews-two-tables-after-the-signature.docx",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: &[
            ("Bồi dưỡng 341 lượt cán bộ", "a) Những kết quả nổi bật"),
            (
                "Đời sống đồng bào ở các bản xa",
                "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
            ),
            ("Nguồn lực đầu tư cho vùng đồng bào", "c) Nguyên nhân"),
            ("Cán bộ phải biết tiếng dân tộc", "d) Bài học kinh nghiệm"),
            ("Mở lớp dạy tiếng Thái", "đ) Chủ trương, giải pháp trong giai đoạn mới"),
            ("Đồng bào các dân tộc tin tưởng", "III- ĐÁNH GIÁ TÁC ĐỘNG"),
        ],
    },
    // What those rules leave alone: a rhetorical question in bold opening one paragraph
    // of the achievements in a report of headings (the requests stay missing, the
    // paragraph the achievements'), a bracketed sentence of the unit's own saying the hint
    // and more (`(Không có kiến nghị, đề xuất với Trung ương, Tỉnh ủy.)`), a part written
    // after the appendix (out of place, still found).
    Case {
        file: "rhetorical-question-in-the-achievements.md",
        findings: &[("missing-section", "kien-nghi")],
        not_findings: &[
            ("missing-section", "ket-qua.han-che"),
            ("missing-section", "ket-qua.nguyen-nhan"),
            ("missing-section", "ket-qua.bai-hoc"),
            ("missing-section", "ket-qua.giai-phap"),
        ],
        filed: &[
            (
                "**Kiến nghị, đề xuất của cử tri được giải quyết ra sao?**",
                "a) Những kết quả nổi bật",
            ),
            CAUSES,
            LESSONS,
            DIRECTIONS,
            IMPACT,
        ],
    },
    Case {
        file: "own-bracketed-sentence-saying-the-hint.md",
        findings: &[("empty-section", "kien-nghi")],
        not_findings: &[],
        filed: &[(
            "(Không có kiến nghị, đề xuất với Trung ương, Tỉnh ủy.)",
            "IV- KIẾN NGHỊ, ĐỀ XUẤT",
        )],
    },
    Case {
        file: "requests-after-the-appendix.md",
        findings: &[("section-order", "kien-nghi")],
        not_findings: &[("missing-section", "kien-nghi")],
        filed: &[REQUESTS],
    },
    // No results heading, its sub-sections in the Party's self-assessment words first
    // (`**1. Mặt được**`, `**2. Mặt chưa được**`, then `**3. Nguyên nhân**` …): the results
    // from the first of them.
    Case {
        file: "results-part-without-its-heading-self-assessment-words.md",
        findings: &[("section-without-heading", "ket-qua")],
        not_findings: QUESTIONS_ANSWERED,
        filed: &[
            LEADERSHIP,
            ("Mở các lớp bồi dưỡng cho 1.200 lượt", "a) Những kết quả nổi bật"),
            (
                "Công tác thống kê, lưu trữ số liệu dân vận",
                "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
            ),
            CAUSES,
            LESSONS,
            DIRECTIONS,
        ],
    },
    // An annex filed as the report under the unit's header (`Phụ lục 02` / its subject /
    // `(Kèm theo Báo cáo số 318-BC/ĐU …)`, then the sections): the annex's number names
    // the document, not the appendix before every part.
    Case {
        file: "annex-filed-as-the-report.docx",
        findings: &[],
        not_findings: QUESTIONS_ANSWERED,
        filed: EVERY_PART_FILED,
    },
    // The part's own words opening its first item with the limitations' (`**1. Kết quả và
    // hạn chế**` under `**II. KẾT QUẢ THỰC HIỆN**`): the achievements and the limitations.
    Case {
        file: "results-and-limitations-as-the-first-item.md",
        findings: &[("merged-sections", "ket-qua.han-che")],
        not_findings: &[
            ("missing-section", "ket-qua.noi-bat"),
            ("missing-section", "ket-qua.han-che"),
        ],
        filed: &[
            ("Mở các lớp bồi dưỡng cho 1.200 lượt", "a) Những kết quả nổi bật"),
            CAUSES,
            LESSONS,
        ],
    },
];

/// The causes found once, at their own heading.
const CAUSES_HEADED: &[(&str, &str)] = &[
    ("duplicate-section", "ket-qua.nguyen-nhan"),
    ("missing-section", "ket-qua.nguyen-nhan"),
];

const CAUSES_HEADED_FILED: &[(&str, &str)] = &[
    (
        "Công tác thống kê, lưu trữ số liệu dân vận",
        "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
    ),
    (
        "Những hạn chế nêu trên xuất phát",
        "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
    ),
    CAUSES,
    LESSONS,
];

/// Every section found, in the outline's order.
const QUESTIONS_ANSWERED: &[(&str, &str)] = &[
    ("missing-section", "lanh-dao"),
    ("missing-section", "ket-qua"),
    ("missing-section", "ket-qua.noi-bat"),
    ("missing-section", "ket-qua.han-che"),
    ("missing-section", "ket-qua.nguyen-nhan"),
    ("missing-section", "ket-qua.bai-hoc"),
    ("missing-section", "ket-qua.giai-phap"),
    ("missing-section", "tac-dong"),
    ("missing-section", "kien-nghi"),
    ("section-order", "tac-dong"),
    ("section-order", "ket-qua"),
];

/// Each part's paragraph under its own title: the leadership, the results' five, the impact, the requests.
const EVERY_PART_FILED: &[(&str, &str)] = &[
    LEADERSHIP,
    ACHIEVEMENTS,
    LIMITS,
    CAUSES,
    LESSONS,
    DIRECTIONS,
    IMPACT,
    REQUESTS,
];

const UNNUMBERED_PARTS_FOUND: &[(&str, &str)] = &[
    ("duplicate-section", "ket-qua"),
    ("merged-sections", "ket-qua.noi-bat"),
    ("missing-section", "ket-qua.noi-bat"),
];

const UNNUMBERED_PARTS_FILED: &[(&str, &str)] = &[
    ("Mở các lớp bồi dưỡng cho 1.200 lượt", "a) Những kết quả nổi bật"),
    ("Tiếp 650 lượt công dân", "a) Những kết quả nổi bật"),
    (
        "Công tác thống kê, lưu trữ số liệu dân vận",
        "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
    ),
    CAUSES,
    LESSONS,
    DIRECTIONS,
    IMPACT,
    REQUESTS,
];

/// The directions under their own sub-heading, the requests a part not merged with them.
const DIRECTIONS_KEPT: &[(&str, &str)] = &[
    ("missing-section", "kien-nghi"),
    ("missing-section", "ket-qua.giai-phap"),
    ("merged-sections", "ket-qua.giai-phap"),
    ("duplicate-section", "ket-qua.giai-phap"),
];

/// Every sub-section of the results found, and none twice.
const LISTED_PARTS_FOUND: &[(&str, &str)] = &[
    ("missing-section", "ket-qua.noi-bat"),
    ("missing-section", "ket-qua.han-che"),
    ("missing-section", "ket-qua.nguyen-nhan"),
    ("missing-section", "ket-qua.bai-hoc"),
    ("missing-section", "ket-qua.giai-phap"),
    ("duplicate-section", "ket-qua.bai-hoc"),
    ("section-order", "ket-qua"),
];

const LISTED_PARTS_FILED: &[(&str, &str)] = &[
    ("Tiếp 650 lượt công dân", "a) Những kết quả nổi bật"),
    (
        "Công tác thống kê, lưu trữ số liệu dân vận",
        "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
    ),
    ("Xã mới sáp nhập từ ba xã cũ, hồ sơ", "c) Nguyên nhân"),
    LESSONS,
    DIRECTIONS,
    IMPACT,
    REQUESTS,
];

/// A scratch folder holding the fixture `file` alone, in `s/`.
fn alone(file: &str) -> Scratch {
    let scratch = Scratch::new();
    let bytes = std::fs::read(repo_root().join(DIR).join(file)).expect("fixture");
    scratch.write(&format!("s/{file}"), &bytes);
    scratch
}

/// A part of the unit's own over sections found under it (`**I. KẾT QUẢ ĐẠT ĐƯỢC**` over
/// the leadership and the results, `**III. ĐÁNH GIÁ CHUNG**` over the limits and the
/// impact) is their part: no text of the unit's outside every section.
#[test]
fn a_part_over_sections_found_under_it_is_not_the_units_text() {
    for (file, line) in [
        ("results-alias-under-a-part.md", "KẾT QUẢ ĐẠT ĐƯỢC"),
        ("results-alias-then-general-assessment.md", "ĐÁNH GIÁ CHUNG"),
    ] {
        let compiled = alone(file).compiled_md();
        assert!(!compiled.contains(line), "{file}: {line:?} compiled\n{compiled}");
    }
}

/// The outline title over the compiled line that holds `text` (after its lead-in, if it
/// kept one): the nearest of the outline's headings above it.
fn filed_under<'c>(compiled: &'c str, text: &str) -> Option<&'c str> {
    let at = compiled.lines().position(|l| !l.starts_with('#') && l.contains(text))?;
    compiled
        .lines()
        .take(at)
        // The outline's titles; a unit's own headings are set below them (`###`).
        .filter(|l| l.starts_with('#') && !l.starts_with("###"))
        .last()
        .map(|l| l.trim_start_matches('#').trim())
}

#[test]
fn sections_titled_in_the_units_own_words_are_the_sections_they_say() {
    for case in CASES {
        let scratch = alone(case.file);
        let run = scratch.run(&["check", "--outline", support::sample_outline(), "--format", "json", "s"]);
        let json = run.json();
        let found: Vec<(String, String)> = support::diags(support::file(&json, &format!("s/{}", case.file)))
            .into_iter()
            .map(|d| (d.code, d.key.unwrap_or_default()))
            .collect();
        let has = |(code, section): &(&str, &str)| found.iter().any(|(c, s)| c == code && s == section);
        for finding in case.findings {
            assert!(has(finding), "{}: {finding:?} not in {found:?}", case.file);
        }
        for finding in case.not_findings {
            assert!(!has(finding), "{}: {finding:?} in {found:?}", case.file);
        }
        let compiled = scratch.compiled_md();
        for (text, title) in case.filed {
            assert_eq!(
                filed_under(&compiled, text),
                Some(*title),
                "{}: {text:?}\n{compiled}",
                case.file
            );
        }
    }
}
