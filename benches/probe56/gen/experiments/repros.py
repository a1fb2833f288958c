#!/usr/bin/env python3
"""Minimal files for each finding of FINDINGS.txt, written to gen/experiments/repro/ (probe55's
way: probe51's repros.py loaded for its docx() / md() writers, its one-paragraph-per-section
text T and nine-row appendix). Each finding has its failing file ('a') and controls differing
from it in ONE thing (named in the file name). repro.sh runs check + compile on each alone.
The body follows the units' usual order: lãnh đạo, kết quả, hạn chế, nguyên nhân, bài học,
TÁC ĐỘNG, then GIẢI PHÁP, then kiến nghị."""
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
docx, md, T, ROWS, W, HEAD = R51.docx, R51.md, R51.T, R51.ROWS, R51.W, R51.HEAD
heading, text = R51.heading, R51.text

# the units' order (tác động before giải pháp)
ORD = ["L", "N", "H", "C", "B", "T", "G", "K"]
TITLE = {"L": "Công tác lãnh đạo, chỉ đạo", "N": "Kết quả nổi bật", "H": "Hạn chế", "C": "Nguyên nhân",
         "B": "Bài học kinh nghiệm", "T": "Tác động", "G": "Giải pháp thời gian tới", "K": "Kiến nghị"}
ROMAN = {"L": "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "N": "II. KẾT QUẢ ĐẠT ĐƯỢC", "H": "III. HẠN CHẾ",
         "C": "IV. NGUYÊN NHÂN", "B": "V. BÀI HỌC KINH NGHIỆM", "T": "VI. TÁC ĐỘNG",
         "G": "VII. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", "K": "VIII. KIẾN NGHỊ, ĐỀ XUẤT"}
Q = {"L": "Việc quán triệt, cụ thể hóa, lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW của cấp ủy, tổ chức đảng được tiến hành như thế nào?",
     "N": "Những kết quả nổi bật trong triển khai thực hiện Kết luận (có số liệu minh họa)?",
     "H": "Những tồn tại, hạn chế, khó khăn, vướng mắc trong quá trình thực hiện?",
     "C": "Nguyên nhân khách quan và chủ quan của những tồn tại, hạn chế?",
     "B": "Những bài học kinh nghiệm rút ra qua 10 năm thực hiện?",
     "T": "Tác động của việc thực hiện Kết luận đối với xây dựng Đảng, chính quyền, cải cách hành chính và niềm tin của Nhân dân?",
     "G": "Đề xuất chủ trương, giải pháp nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước trong giai đoạn mới?",
     "K": "Kiến nghị, đề xuất với Trung ương, Tỉnh ủy?"}
HINT_G = "(Đề xuất chủ trương, giải pháp nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước.)"


def runin(lead, t):
    return p(r(lead + " ", b=True) + r(t), ind=567)


def roman_body(order=ORD, title=ROMAN):
    out = []
    for k in order:
        out += [heading(title[k], 1), text(T[k])]
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    # 1. run-in QUESTIONS ending with '?' and no headings (TD)
    docx("1a-docx-runin-questions", [runin(Q[k], T[k]) for k in ORD])
    docx("1b-control-docx-runin-short-titles-colon", [runin(TITLE[k] + ":", T[k]) for k in ORD])
    docx("1c-control-docx-questions-as-own-paragraphs", sum([[heading(Q[k], 1), text(T[k])] for k in ORD], []))
    docx("1d-control-docx-runin-questions-colon-not-question-mark",
         [runin(Q[k].rstrip("?") + ":", T[k]) for k in ORD])
    # 2. one report for two reviews (X007)
    de_an = [heading("PHẦN THỨ HAI", 1), heading("SƠ KẾT THỰC HIỆN ĐỀ ÁN SỐ 07-ĐA/TU", 1),
             heading("1. Kết quả tổ chức tiếp xúc, đối thoại", 1),
             text("Từ năm 2022 đến nay đã tổ chức 46 hội nghị tiếp xúc, đối thoại với Nhân dân theo Đề án, tiếp "
                  "nhận 318 ý kiến, kiến nghị, sau mỗi buổi đều ban hành thông báo kết luận."),
             heading("2. Hạn chế", 1),
             text("Một số buổi đối thoại còn nặng về hình thức, người dân chưa mạnh dạn phát biểu; việc theo dõi "
                  "thực hiện thông báo kết luận ở một số thôn chưa chặt chẽ.")]
    part1 = [heading("PHẦN THỨ NHẤT", 1), heading("TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 1)]
    kl = roman_body(ORD[:7])
    k3 = [heading("PHẦN THỨ BA", 1), heading("KIẾN NGHỊ, ĐỀ XUẤT", 1), text(T["K"])]
    docx("2a-docx-two-reviews-parts", part1 + kl + de_an + k3)
    docx("2b-control-docx-two-reviews-no-de-an-part", part1 + kl + k3)
    docx("2c-control-docx-two-reviews-no-part-one-title", part1[:1] + kl + de_an + k3)
    docx("2d-control-docx-no-parts-at-all", kl + [heading("VIII. KIẾN NGHỊ, ĐỀ XUẤT", 1), text(T["K"])])
    docx("2e-control-docx-part-one-title-only", part1 + kl + [heading("VIII. KIẾN NGHỊ, ĐỀ XUẤT", 1), text(T["K"])])
    # 3. an annex sent alone: 'Phụ lục 02' first, the unit only in '(Kèm theo Báo cáo số … của …)' (DUQS)
    annex = [p(r("Phụ lục 02", b=True), jc="center"),
             p(r("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"),
             p(r("(Kèm theo Báo cáo số 58-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy xã Đô Lương về công tác "
                 "dân vận năm 2025)", i=True), jc="center")]
    docx("3a-docx-annex-first-no-header", roman_body(), header=annex, title=False)
    docx("3b-control-docx-annex-lines-under-party-header", annex + roman_body(), title=False)
    docx("3c-control-docx-annex-no-phu-luc-line", roman_body(), header=annex[1:], title=False)
    # 4. figures as dash lines in the text, no table (X002)
    dash = [p(r("9. Số liệu chủ yếu:"), ind=567)] + [p(r(f"- {lab}: {v} {dvt.lower() if dvt != '%' else '%'};"), ind=567)
                                                     for _, lab, dvt, v in ROWS]
    docx("4a-docx-figures-as-dash-lines", roman_body(), appendix=dash)
    docx("4b-control-docx-figures-as-table", roman_body())
    # 5. giải pháp after tác động: run-in (X002, STC) and 'Đề xuất chủ trương, giải pháp …' (X004, VPTU, MTTQ)
    docx("5a-docx-runin-giai-phap-after-tac-dong", [runin(f"{n}. {TITLE[k]}:", T[k]) for n, k in enumerate(ORD, 1)])
    order2 = ["L", "N", "H", "C", "B", "G", "T", "K"]
    docx("5b-control-docx-runin-giai-phap-before-tac-dong",
         [runin(f"{n}. {TITLE[k]}:", T[k]) for n, k in enumerate(order2, 1)])
    docx("5c-control-docx-heading-giai-phap-after-tac-dong", roman_body())
    docx("5d-docx-heading-de-xuat-chu-truong-giai-phap-after-tac-dong",
         roman_body(title=dict(ROMAN, G="VII. ĐỀ XUẤT CHỦ TRƯƠNG, GIẢI PHÁP TRONG GIAI ĐOẠN MỚI")))
    docx("5e-control-docx-heading-de-xuat-chu-truong-giai-phap-before-tac-dong",
         roman_body(order=order2, title=dict(ROMAN, G="VI. ĐỀ XUẤT CHỦ TRƯƠNG, GIẢI PHÁP TRONG GIAI ĐOẠN MỚI",
                                                T="VII. TÁC ĐỘNG")))
    docx("5f-docx-heading-giai-phap-with-hint-line-after-tac-dong",
         sum([[heading(ROMAN[k], 1)] + ([p(r(HINT_G, i=True), ind=567)] if k == "G" else []) + [text(T[k])]
              for k in ORD], []))
    # 6. 'Câu N.' questions as headings (X004)
    docx("6a-docx-cau-questions", sum([[heading(f"Câu {n}. {Q[k]}", 1), text(T[k])] for n, k in enumerate(ORD, 1)], []))
    docx("6b-control-docx-numbered-questions", sum([[heading(f"{n}. {Q[k]}", 1), text(T[k])]
                                                    for n, k in enumerate(ORD, 1)], []))
    docx("6c-control-docx-cau-short-titles", sum([[heading(f"Câu {n}. {TITLE[k]}", 1), text(T[k])]
                                                  for n, k in enumerate(ORD, 1)], []))
    # 7. the outline's hint left as an italic line under each heading (X001)
    hints = {"L": "(Việc quán triệt, cụ thể hóa, lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW của cấp ủy, tổ chức đảng.)",
             "N": "(Những kết quả nổi bật, có số liệu minh họa.)", "H": "(Những tồn tại, hạn chế, khó khăn, vướng mắc.)",
             "C": "(Nguyên nhân khách quan và chủ quan.)", "B": "(Những bài học kinh nghiệm rút ra qua 10 năm thực hiện.)",
             "T": "(Tác động đối với xây dựng Đảng, chính quyền; cải cách hành chính; chính quyền số; niềm tin của Nhân dân.)",
             "G": HINT_G[:-2] + ".)", "K": "(Kiến nghị, đề xuất với Trung ương, Tỉnh ủy.)"}
    docx("7a-docx-hint-lines-italic", sum([[heading(ROMAN[k], 1), p(r(hints[k], i=True), ind=567), text(T[k])]
                                           for k in ORD], []))
    docx("7b-control-docx-no-hint-lines", roman_body())
    md("7c-md-hint-as-html-comment", sum([[f"**{ROMAN[k]}**", f"<!-- Gợi ý: {hints[k][1:-1]} -->", T[k]] for k in ORD], []))
    # 8. 'TRÍCH BÁO CÁO' and the copy's certification 'TRÍCH SAO' (X005); 8d: the first build's 'SAO TRÍCH'
    hdr = ["ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*",
           "Số 58-BC/ĐU\t\t\t\tĐô Lương, ngày 10 tháng 4 năm 2026"]
    mbody = sum([[f"**{ROMAN[k]}**", T[k]] for k in ORD], [])
    tail = ["\t\t\t\t\tT/M BAN THƯỜNG VỤ", "\t\t\t\t\tBÍ THƯ", "\t\t\t\t\t(Đã ký)", "\t\t\t\t\tNguyễn Thị Thanh Tâm"]
    sao = ["\t\t\t\t\tTRÍCH SAO", "\t\t\t\t\tT/L BAN THƯỜNG VỤ", "\t\t\t\t\tCHÁNH VĂN PHÒNG", "\t\t\t\t\tPhan Văn Hòa",
           "Nơi nhận:\n- Lưu Văn phòng."]
    trich = ["**TRÍCH BÁO CÁO**", "**Tổng kết công tác dân vận năm 2025 và 10 năm thực hiện Kết luận số 114-KL/TW**",
             "*(Trích Phần III và Phần IV)*"]
    md8 = lambda name, lines, tl: R51.md(name, lines, header=hdr[:], tail=tl)  # noqa: E731
    # R51.md always adds BÁO CÁO + subject after the header; write 8x by hand for the TRÍCH title block
    for name, top, tl in [("8a-md-trich-bao-cao-and-sao-trich", trich, tail + sao),
                          ("8b-control-md-bao-cao-with-sao-trich", ["**BÁO CÁO**", trich[1]], tail + sao),
                          ("8c-control-md-trich-bao-cao-no-sao-trich", trich, tail + ["Nơi nhận:\n- Lưu Văn phòng."]),
                          ("8d-control-md-trich-bao-cao-sao-trich-word-order", trich,
                           tail + [s.replace("TRÍCH SAO", "SAO TRÍCH") for s in sao])]:
        app = ["**PHỤ LỤC**", "| " + " | ".join(HEAD) + " |\n|---|---|---|---:|\n" +
               "\n".join("| " + " | ".join(x) + " |" for x in ROWS)]
        with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(hdr + top + mbody + tl + app) + "\n")
    del md8
    # 2f-2j: the probe's own X007 (gen/reports.py) and variants differing in ONE thing
    sys.path.insert(0, os.path.dirname(HERE))
    import reports  # noqa: E402
    for name, kw in [("2f-docx-x007-as-in-probe", {}),
                     ("2g-control-docx-x007-without-de-an-part", {"de_an": False}),
                     ("2h-control-docx-x007-without-bieu-02", {"bieu2": False}),
                     ("2i-control-docx-x007-subject-kl114-only", {"subj_two": False}),
                     ("2j-control-docx-x007-without-phan-thu-nhat-lines", {"part_lines": False})]:
        R = reports.x007(**kw)
        R.save(os.path.join(OUT, name + ".docx"))


if __name__ == "__main__":
    main()
