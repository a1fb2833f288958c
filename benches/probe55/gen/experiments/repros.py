#!/usr/bin/env python3
"""Minimal files for each finding of FINDINGS.txt, written to gen/experiments/repro/ (probe52's
way: probe51's repros.py loaded for its docx() / md() writers, its one-paragraph-per-section
text and nine-row appendix). Each finding has its failing file ('a') and controls differing
from it in ONE thing (named in the file name). repro.sh runs check + compile on each alone."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
_spec = importlib.util.spec_from_file_location(
    "repros51", os.path.join(BENCH, "probe51", "gen", "experiments", "repros.py"))
R51 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R51)
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table
OUT = os.path.join(HERE, "repro")
R51.OUT = OUT
docx, md, std_body, T, ROWS, W = R51.docx, R51.md, R51.std_body, R51.T, R51.ROWS, R51.W
BODY = std_body()
MD_BODY = []
for _t, _l, _k in R51.STD:
    MD_BODY.append(f"**{_t}**" if _l == 1 else f"***{_t}***")
    if _k:
        MD_BODY.append(T[_k])
PLAN = [18, 12, 1100, 20, 600, 150, 140, 4, 80]


def vn(s):
    return s


def ratio_rows(plain=False):
    out = []
    for (i, lab, dvt, v), k in zip(ROWS, PLAN):
        if dvt == "%" or plain:
            out.append([i, lab, dvt, v])
        else:
            x = float(v.replace(".", ""))
            rate = f"{x * 100 / k:.1f}".replace(".", ",").replace(",0", "")
            out.append([i, lab, dvt, f"{v}/{k:,}".replace(",", ".") + f" (đạt {rate}%)"])
    return out


def md_table(head, rows):
    return ["**PHỤ LỤC**", "| " + " | ".join(head) + " |\n|---|---|---|---|\n" +
            "\n".join("| " + " | ".join(x) + " |" for x in rows)]


def docx_table(head, rows):
    return [p(r("PHỤ LỤC", b=True), jc="center"), table([head] + rows, W, header_rows=1)]


def hdr(cols, widths):
    return [table([[cell([p(r(t, b=b), jc="center", spacing=False) for t, b in col], w, False)
                    for col, w in zip(cols, widths)]], widths, borders=False)]


def main():
    os.makedirs(OUT, exist_ok=True)
    # 1. result over target with the rate in ONE cell (P5), X003 / STC / MTTQ
    H = ["STT", "Nội dung", "ĐVT"]
    md("1a-md-thuc-hien-chi-tieu-ratio-cells", MD_BODY, appendix=md_table(H + ["Thực hiện/Chỉ tiêu"], ratio_rows()))
    md("1b-md-thuc-hien-ke-hoach-ratio-cells", MD_BODY, appendix=md_table(H + ["Thực hiện/Kế hoạch"], ratio_rows()))
    md("1c-control-md-thuc-hien-ratio-cells", MD_BODY, appendix=md_table(H + ["Thực hiện"], ratio_rows()))
    md("1d-control-md-thuc-hien-chi-tieu-plain-numbers", MD_BODY,
       appendix=md_table(H + ["Thực hiện/Chỉ tiêu"], ratio_rows(plain=True)))
    md("1e-control-md-so-lieu-ratio-cells", MD_BODY, appendix=md_table(H + ["Số liệu"], ratio_rows()))
    docx("1f-docx-thuc-hien-chi-tieu-ratio-cells", BODY, appendix=docx_table(H + ["Thực hiện/Chỉ tiêu"], ratio_rows()))
    # 2. a three-cell header (the lead body | the partner body | the motto), TD
    lead = [("BCH ĐOÀN TNCS HỒ CHÍ MINH", True), ("TỈNH NGHỆ AN", True), ("***", False),
            ("Số: 15 /BCLT-TĐ-HND", False)]
    partner = [("HỘI NÔNG DÂN VIỆT NAM", False), ("BCH HỘI NÔNG DÂN TỈNH NGHỆ AN", True), ("***", False)]
    motto = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
             ("Nghệ An, ngày 14 tháng 4 năm 2026", False)]
    sig = None
    docx("2a-docx-three-cell-header", BODY, header=hdr([lead, partner, motto], [3000, 3000, 3600]))
    docx("2b-control-docx-two-cell-header-lead-and-motto", BODY, header=hdr([lead, motto], [4000, 5400]))
    docx("2c-control-docx-three-cells-number-in-motto-cell", BODY,
         header=hdr([lead[:3], partner, motto[:3] + [("Số: 15 /BCLT-TĐ-HND", False), motto[3]]], [3000, 3000, 3600]))
    docx("2d-control-docx-three-cells-date-under-lead", BODY,
         header=hdr([lead + [("Nghệ An, ngày 14 tháng 4 năm 2026", False)], partner, motto[:2]], [3000, 3000, 3600]))
    # 3. the Đoàn's '- Căn cứ …' basis lines between the title and part I, TD
    can_cu = [p(r("- Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm "
                  "thực hiện Kết luận số 114-KL/TW;"), ind=567),
              p(r("- Căn cứ Chương trình phối hợp giữa Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Hội Nông dân "
                  "tỉnh giai đoạn 2021 - 2025;"), ind=567),
              p(r("Ban Thường vụ Đảng ủy xã báo cáo kết quả như sau:"), ind=567)]
    docx("3a-docx-can-cu-lines-before-part-one", can_cu + BODY)
    docx("3b-control-docx-can-cu-without-dash", [p(r(x), ind=567) for x in (
        "Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện "
        "Kết luận số 114-KL/TW, Ban Thường vụ Đảng ủy xã báo cáo kết quả như sau:",)] + BODY)
    # 4. Google Docs Markdown: the dot after the number ESCAPED in '#' headings, MTTQ
    def gbody(esc, hashes=True):
        out = []
        for t, l, k in R51.STD:
            t2 = t.replace(". ", "\\. ", 1) if esc else t
            out.append(("#" * (l + 1) + " " + t2) if hashes else (f"**{t2}**" if l == 1 else f"***{t2}***"))
            if k:
                out.append(T[k])
        return out
    md("4a-md-google-headings-escaped-dot", gbody(True))
    md("4b-control-md-google-headings-plain-dot", gbody(False))
    md("4c-control-md-bold-titles-escaped-dot", gbody(True, hashes=False))
    mt = [("I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN", 1, "L"), ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "N"),
          ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None), ("1. Hạn chế", 2, "H"), ("2. Nguyên nhân", 2, "C"),
          ("IV. BÀI HỌC KINH NGHIỆM", 1, "B"), ("V. TÁC ĐỘNG", 1, "T"),
          ("PHẦN II. KIẾN NGHỊ, ĐỀ XUẤT", 0, "K"), ("PHẦN III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 0, "G")]
    def mbody(esc, first="# PHẦN I. KẾT QUẢ THỰC HIỆN"):
        out = [first.replace(". ", "\\. ", 1) if esc else first] if first else []
        for t, l, k in mt:
            t2 = t.replace(". ", "\\. ", 1) if esc else t
            out.append("#" * (l + 1) + " " + t2)
            if k:
                out.append(T[k])
        return out
    md("4d-md-front-parts-escaped", mbody(True))
    md("4e-control-md-front-parts-plain", mbody(False))
    md("4f-control-md-front-escaped-no-part-one", mbody(True, first=None))
    md("4g-control-md-front-plain-no-part-one", mbody(False, first=None))
    md("4h-control-md-front-part-one-neutral-title", mbody(False, first="# PHẦN I. ĐÁNH GIÁ 10 NĂM THỰC HIỆN"))
    mt[0] = ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "L")
    md("4i-control-md-front-part-one-lanh-dao-title", mbody(False))
    # 5. a superior line over the Provincial Office's own letterhead, VPTU
    right = [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("", False), ("Nghệ An, ngày 13 tháng 4 năm 2026", False)]
    docx("5a-docx-office-three-lines-over-star", BODY, header=hdr(
        [[("ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH", False), ("TỈNH ỦY NGHỆ AN", False), ("VĂN PHÒNG", True), ("*", False),
          ("Số 498-BC/VPTU", False)], right], [4300, 5100]))
    docx("5b-control-docx-office-letterhead", BODY, header=hdr(
        [[("TỈNH ỦY NGHỆ AN", False), ("VĂN PHÒNG", True), ("*", False), ("Số 498-BC/VPTU", False)], right], [4300, 5100]))
    docx("5c-control-docx-office-full-name", BODY, header=hdr(
        [[("ĐẢNG BỘ TỈNH NGHỆ AN", False), ("VĂN PHÒNG TỈNH ỦY", True), ("*", False), ("Số 498-BC/VPTU", False)], right],
        [4300, 5100]))


if __name__ == "__main__":
    main()
