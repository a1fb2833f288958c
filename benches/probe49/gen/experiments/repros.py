#!/usr/bin/env python3
"""Minimal files for each finding of FINDINGS.txt, written to gen/experiments/repro/: a
.docx (probe46's dx.py writer) as small as shows the symptom — the header table, 'BÁO CÁO',
the four outline parts with one paragraph each, the signature table, and only the shape at
issue (a table continued without its header, a raised note mark, a rate's working with
'trên', a weekday cut short, a number or a day left blank with spaces, a custom date) —
and two .md files for the Markdown side of finding 2. repro.sh runs check / compile on each
alone and prints what it reads (probe48's repros.py, with an appendix and custom
properties)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "probe46", "gen"))
from dx import Docx, cell, p, r, table  # noqa: E402
sys.path.insert(0, os.path.join(HERE, ".."))
from reports import add_custom_properties  # noqa: E402

OUT = os.path.join(HERE, "repro")
TXT = ("Ban Thường vụ Đảng ủy ban hành 19 văn bản lãnh đạo, chỉ đạo, tổ chức 13 hội nghị "
       "quán triệt, sơ kết về công tác dân vận chính quyền.")
PARTS = [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", TXT),
         ("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "Tiếp 650 lượt công dân, tiếp nhận 143 đơn thư, "
          "giải quyết xong 139 đơn; đối thoại trực tiếp với Nhân dân 24 cuộc."),
         ("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "Niềm tin của Nhân dân đối với cấp ủy, "
          "chính quyền được củng cố; nhiều vụ việc được giải quyết ngay tại cơ sở."),
         ("IV. KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị tỉnh bố trí kinh phí bồi dưỡng kỹ năng dân vận "
          "cho cán bộ, công chức cấp xã sau sắp xếp.")]
STATE_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
ROWS = [["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", "19"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "13"],
        ["3", "Lượt cán bộ, công chức được tập huấn, bồi dưỡng", "Lượt", "1.200"],
        ["4", "Cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", "24"],
        ["5", "Lượt tiếp công dân", "Lượt", "650"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "79,6"]]
HEAD = ["STT", "Nội dung", "ĐVT", "Số liệu"]
W = [700, 4700, 1300, 1600]


def doc(date_line="Đô Lương, ngày 10 tháng 4 năm 2026", number="Số 58-BC/ĐU", state=False,
        appendix=None):
    d = Docx()
    if state:
        L = ["UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "-------", number]
        R = STATE_R + [date_line]
    else:
        L = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", number]
        R = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", date_line]
    d.add(table([[cell([p(r(t), jc="center", spacing=False) for t in L], 4000, False),
                  cell([p(r(t, i="ngày" in t), jc="center", spacing=False) for t in R], 5400, False)]],
                [4000, 5400], borders=False))
    d.add(p(r("BÁO CÁO", b=True), jc="center"))
    d.add(p(r("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", b=True), jc="center"))
    for h, t in PARTS:
        d.add(p(r(h, b=True)))
        d.add(p(r(t)))
    sig = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] if state else ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]
    right = [p(r(s, b=True), jc="center", spacing=False) for s in sig] + \
        [p("", spacing=False), p(r("Nguyễn Thị Thanh Tâm", b=True), jc="center", spacing=False)]
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False), p(r("- Lưu Văn phòng."), spacing=False)]
    d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    for block in appendix if appendix is not None else [table([HEAD] + ROWS, W, header_rows=1)]:
        d.add(block)
    return d


def rows_with(values):
    """ROWS with the figure cells given (run XML or text) by STT."""
    out = []
    for row in ROWS:
        v = values.get(row[0], row[3])
        c = cell(p(v if v.startswith("<") else r(v), jc="center", spacing=False), W[3])
        out.append(row[:3] + [c])
    return out


def sup(t):
    return r(t, extra='<w:vertAlign w:val="superscript"/>')


def save(name, d, custom=None):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".docx")
    d.save(path)
    if custom:
        add_custom_properties(path, custom)


MD = """---
unit: "Đảng ủy xã Đô Lương"
unit_code: X005
category: dang-uy-xa-phuong
date: 10/04/2026
---

**BÁO CÁO**

## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

{p0}

## II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN

{p1}

## III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN

{p2}

## IV. KIẾN NGHỊ, ĐỀ XUẤT

{p3}

## PHỤ LỤC

| STT | Nội dung | ĐVT | Số liệu |
|---|---|---|---|
| 1 | Văn bản lãnh đạo, chỉ đạo được ban hành | Văn bản | 19 |
| 2 | Hội nghị quán triệt, sơ kết, tổng kết | Hội nghị | {v2} |
"""


def main():
    # 1. the appendix table continued as a second table without its header row
    t1 = table([HEAD] + ROWS[:3], W, header_rows=1)
    t2 = table(ROWS[3:], W)
    save("1a-continued-table-tiep-theo", doc(appendix=[t1, p(r("(tiếp theo)", i=True), jc="right"), t2]))
    save("1b-continued-table-no-caption", doc(appendix=[t1, p(""), t2]))
    save("1c-continued-table-header-repeated",
         doc(appendix=[t1, p(r("(tiếp theo)", i=True), jc="right"), table([HEAD] + ROWS[3:], W, header_rows=1)]))
    # 2. note marks after a figure: raised (superscript runs) or typed
    save("2a-superscript-digit-after-figure", doc(appendix=[table([HEAD] + rows_with(
        {"2": r("13") + sup("1"), "5": r("650") + sup("2")}), W, header_rows=1)]))
    save("2b-superscript-star-after-figure", doc(appendix=[table([HEAD] + rows_with(
        {"2": r("13") + sup("*")}), W, header_rows=1)]))
    save("2c-typed-star-after-figure", doc(appendix=[table([HEAD] + rows_with({"2": "13*"}), W, header_rows=1)]))
    save("2d-superscript-paren-after-figure", doc(appendix=[table([HEAD] + rows_with(
        {"2": r("13") + sup("(1)")}), W, header_rows=1)]))
    os.makedirs(OUT, exist_ok=True)
    for name, v2 in [("2e-markdown-typed-star", "13*"), ("2f-markdown-escaped-star", "13\\*")]:
        with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8") as f:
            f.write(MD.format(p0=PARTS[0][1], p1=PARTS[1][1], p2=PARTS[2][1], p3=PARTS[3][1], v2=v2))
    # 3. a rate's working in brackets written with 'trên'
    save("3a-rate-tren", doc(appendix=[table([HEAD] + rows_with({"9": "86,1% (2.583 trên 3.000 hồ sơ)"}), W, header_rows=1)]))
    save("3b-rate-slash", doc(appendix=[table([HEAD] + rows_with({"9": "86,1% (2.583/3.000 hồ sơ)"}), W, header_rows=1)]))
    # 4. the weekday cut short in the place-and-date line
    save("4a-weekday-T6", doc("Đô Lương, T6, ngày 10 tháng 4 năm 2026"))
    save("4b-weekday-CN", doc("Đô Lương, CN, ngày 12 tháng 4 năm 2026"))
    save("4c-weekday-thu-6", doc("Đô Lương, thứ 6, ngày 10 tháng 4 năm 2026"))
    # 5. a number or a day left blank for the clerk, typed as spaces
    save("5a-number-blank-7-spaces", doc(number="Số       -BC/ĐU"))
    save("5b-number-blank-2-spaces", doc(number="Số  -BC/ĐU"))
    save("5c-state-number-blank-spaces", doc("Nghệ An, ngày 16 tháng 4 năm 2026", number="Số:      /BC-SYT", state=True))
    save("5d-day-blank-4-spaces", doc("Đô Lương, ngày    tháng 4 năm 2026"),
         custom=[("unit_code", "X005"), ("unit", "Đảng ủy xã Đô Lương"), ("category", "dang-uy-xa-phuong"),
                 ("date", "2026-04-10")])
    save("5e-day-blank-dots", doc("Đô Lương, ngày …. tháng 4 năm 2026"),
         custom=[("unit_code", "X005"), ("unit", "Đảng ủy xã Đô Lương"), ("category", "dang-uy-xa-phuong"),
                 ("date", "2026-04-10")])
    # 6. the template's custom date (the draft's day) beside a dated header
    save("6-custom-date-of-the-draft", doc("Đô Lương, ngày 10 tháng 4 năm 2026"),
         custom=[("unit_code", "X005"), ("unit", "Đảng ủy xã Đô Lương"), ("category", "dang-uy-xa-phuong"),
                 ("date", "2026-04-02")])


if __name__ == "__main__":
    main()
