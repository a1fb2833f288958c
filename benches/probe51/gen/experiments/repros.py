#!/usr/bin/env python3
"""Minimal files for each finding of FINDINGS.txt, written to gen/experiments/repro/: a Party
header, 'BÁO CÁO' and the subject, the outline's eight parts with ONE short paragraph each
(22-30 words, so that min_words never decides), the signature, a nine-row appendix — and
only the shapes at issue. Each finding has its failing file ('a') and controls each
differing from it in ONE thing (named in the file name). A .docx is written by probe46's
dx.py (raw WordprocessingML), a .md as a unit pastes a Word report. repro.sh runs check +
compile on each alone and prints the errors and warnings, the figures counted, and where
each paragraph of the unit lands in the compiled report (probe50's repros.py, extended)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "probe46", "gen"))
import dx  # noqa: E402
from dx import Docx, cell, p, r, table  # noqa: E402

OUT = os.path.join(HERE, "repro")
# One paragraph per outline section (Đảng ủy xã Đô Lương), each naming its own matter.
T = {
    "L": "Ban Thường vụ Đảng ủy ban hành 19 văn bản lãnh đạo, chỉ đạo, tổ chức 13 hội nghị quán "
         "triệt, sơ kết; giao Ủy ban nhân dân xã xây dựng chương trình dân vận chính quyền hằng năm.",
    "N": "Lãnh đạo xã tiếp hơn 650 lượt công dân, tổ chức 24 cuộc đối thoại về dồn điền đổi thửa; "
         "tiếp nhận 143 đơn thư, đã giải quyết 139 đơn; 5 mô hình Dân vận khéo được công nhận.",
    "H": "Việc trả lời kiến nghị của cử tri về thủy lợi nội đồng có lúc chậm; công tác thống kê, "
         "lưu trữ số liệu dân vận chưa được quan tâm nên một số số liệu chỉ ước tính.",
    "C": "Xã mới sáp nhập từ ba xã cũ nên hồ sơ lưu trữ không đồng bộ; cán bộ phụ trách dân vận "
         "thay đổi nhiều lần, chưa có sổ theo dõi thống nhất qua các năm.",
    "B": "Việc gì liên quan đến đất đai, đóng góp của dân đều phải đưa ra họp xóm bàn bạc công khai; "
         "cán bộ nói đi đôi với làm thì Nhân dân mới tin và làm theo.",
    "G": "Lập sổ theo dõi số liệu dân vận chính quyền thống nhất từ năm 2026; đẩy mạnh chuyển đổi "
         "số, hướng dẫn người cao tuổi làm thủ tục trực tuyến tại nhà văn hóa các xóm.",
    "T": "Phong trào xây dựng nông thôn mới được Nhân dân đồng tình hưởng ứng, nhiều hộ tự nguyện "
         "hiến đất; quan hệ giữa cán bộ xã với người dân ngày càng gắn bó, tin tưởng.",
    "K": "Đề nghị Tỉnh ủy giao cơ quan chuyên môn ban hành mẫu sổ theo dõi số liệu dân vận chính "
         "quyền thống nhất cho cấp xã và tập huấn cách ghi chép cho cán bộ phụ trách.",
}
HEAD = ["STT", "Nội dung", "ĐVT", "Số liệu"]
ROWS = [["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", "19"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "13"],
        ["3", "Lượt cán bộ, công chức được tập huấn, bồi dưỡng", "Lượt", "1.200"],
        ["4", "Cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", "24"],
        ["5", "Lượt tiếp công dân", "Lượt", "650"],
        ["6", "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn", "143"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "139"],
        ["8", "Mô hình “Dân vận khéo” được công nhận", "Mô hình", "5"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "79,6"]]
W = [700, 4700, 1300, 1600]
STD = [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "L"), ("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1, None),
       ("1. Những kết quả nổi bật", 2, "N"), ("2. Tồn tại, hạn chế", 2, "H"), ("3. Nguyên nhân", 2, "C"),
       ("4. Bài học kinh nghiệm", 2, "B"), ("5. Phương hướng, giải pháp thời gian tới", 2, "G"),
       ("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1, "T"), ("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1, "K")]


def heading(title, level):
    return p(r(title, b=True, i=level > 1), ind=567)


def text(t):
    return p(r(t), ind=567)


def low(t):
    return t[0].lower() + t[1:]


def hc(t, w, span=None, vmerge=None):
    return cell(p(r(t, b=True), jc="center", spacing=False) if t else p("", spacing=False), w,
                span=span, vmerge=vmerge)


def dc(runs, w):
    if runs and not runs.startswith("<"):
        runs = r(runs)
    return cell(p(runs, spacing=False) if runs else p("", spacing=False), w)


def sup(t):
    return r(t, extra='<w:vertAlign w:val="superscript"/>')


def std_appendix():
    return [p(r("PHỤ LỤC", b=True), jc="center"), table([HEAD] + ROWS, W, header_rows=1)]


def docx(name, body, appendix=None, header=None, title=True, signature=None, post=None,
         setup=None):
    """body: paragraph XML (heading(), text() …); appendix: XML blocks after the signature
    (default: 'PHỤ LỤC' and the nine-row table); header: XML replacing the header table;
    signature: XML replacing the signature table; post: XML after the appendix; setup(d):
    styles, numbering or parts the shape needs."""
    d = Docx()
    if setup:
        setup(d)
    if header is None:
        L = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", "Số 58-BC/ĐU"]
        R = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đô Lương, ngày 10 tháng 4 năm 2026"]
        d.add(table([[cell([p(r(t, b=t.startswith("ĐẢNG ỦY")), jc="center", spacing=False) for t in L],
                           4000, False),
                      cell([p(r(t, i="ngày" in t), jc="center", spacing=False) for t in R], 5400, False)]],
                    [4000, 5400], borders=False))
    else:
        for x in header:
            d.add(x)
    if title:
        d.add(p(r("BÁO CÁO", b=True), jc="center"))
        d.add(p(r("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", b=True), jc="center"))
    for x in body:
        d.add(x)
    if signature is None:
        right = [p(r(s, b=True), jc="center", spacing=False) for s in ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]] + \
            [p("", spacing=False), p(r("Nguyễn Thị Thanh Tâm", b=True), jc="center", spacing=False)]
        left = [p(r("Nơi nhận:", b=True, i=True), spacing=False), p(r("- Lưu Văn phòng."), spacing=False)]
        d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    else:
        for x in signature:
            d.add(x)
    for x in (std_appendix() if appendix is None else appendix):
        d.add(x)
    for x in post or []:
        d.add(x)
    d.add(dx.sect(last=True))
    os.makedirs(OUT, exist_ok=True)
    d.save(os.path.join(OUT, name + ".docx"))


def std_body(heads=STD, extra=None, h=heading):
    body = []
    for title, level, key in heads:
        body.append(h(title, level))
        if key:
            body.append(text(T[key]))
        for x in (extra or {}).get(title, []):
            body.append(x)
    return body


def md(name, lines, appendix=None, header=None, tail=None):
    head = header or ["ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*",
                      "Số 58-BC/ĐU\t\t\t\tĐô Lương, ngày 10 tháng 4 năm 2026"]
    head = head + ["**BÁO CÁO**", "**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**"]
    if tail is None:
        tail = ["\t\t\t\t\tT/M BAN THƯỜNG VỤ", "\t\t\t\t\tBÍ THƯ", "\t\t\t\t\tNguyễn Thị Thanh Tâm",
                "Nơi nhận:\n- Lưu Văn phòng."]
    if appendix is None:
        appendix = ["**PHỤ LỤC**", "| " + " | ".join(HEAD) + " |\n|---|---|---|---:|\n"
                    + "\n".join("| " + " | ".join(x) + " |" for x in ROWS)]
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(head + lines + tail + appendix) + "\n")


# ------------------------------------------------------------------------------------------
def f1_continued_table():
    """1. an appendix table split over a page: rows 1-5 under a TWO-ROW MERGED header, rows
    6-9 as a second table without a header under '(tiếp theo)'."""
    W6 = [700, 4300, 1100, 1200, 1200, 1300]
    per = {"1": ("8", "11"), "2": ("6", "7"), "3": ("520", "680"), "4": ("10", "14"),
           "5": ("280", "370"), "6": ("62", "81"), "7": ("60", "79"), "8": ("2", "3"),
           "9": ("48,3", "79,6")}

    def rows(mark):
        out = []
        for stt, lab, dvt, v in ROWS:
            a, b = per[stt]
            tot = r(v) + (sup("*") if mark and stt == "6" else "")
            out.append([dc(stt, W6[0]), dc(lab, W6[1]), dc(dvt, W6[2]), dc(a, W6[3]), dc(b, W6[4]),
                        dc(tot, W6[5])])
        return out

    merged = [[hc("STT", W6[0], vmerge="restart"), hc("Nội dung", W6[1], vmerge="restart"),
               hc("ĐVT", W6[2], vmerge="restart"), hc("Kết quả thực hiện", sum(W6[3:]), span=3)],
              [hc("", W6[0], vmerge="c"), hc("", W6[1], vmerge="c"), hc("", W6[2], vmerge="c"),
               hc("2016 - 2020", W6[3]), hc("2021 - 2025", W6[4]), hc("Tổng cộng", W6[5])]]
    single = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "2016 - 2020", "2021 - 2025",
                                         "Tổng cộng"], W6)]]

    def appendix(head, mark, cont=True, hr=None):
        rs = rows(mark)
        blocks = [p(r("PHỤ LỤC", b=True), jc="center"),
                  table(head + rs[:5], W6, header_rows=hr if hr is not None else len(head))]
        if cont:
            blocks += [p('<w:r><w:br w:type="page"/></w:r>'), p(r("(tiếp theo)", i=True), jc="right"),
                       table(rs[5:], W6)]
        else:
            blocks[-1] = table(head + rs, W6, header_rows=len(head))
        return blocks
    body = std_body()
    docx("1a-continued-table-merged-header-mark", body, appendix(merged, True))
    docx("1b-continued-table-merged-header-no-mark", body, appendix(merged, False))
    docx("1c-continued-table-single-header-mark", body, appendix(single, True))
    docx("1d-one-table-merged-header-mark", body, appendix(merged, True, cont=False))
    docx("1e-continued-table-merged-header-not-repeated", body, appendix(merged, False, hr=0))
    docx("1f-continued-table-single-header-no-mark", body, appendix(single, False))
    # control: probe49 DUCA's shape, four columns (one figure column), the mark kept
    rs = [[dc(a, W[0]), dc(b, W[1]), dc(c, W[2]), dc(r(v) + (sup("*") if a == "6" else ""), W[3])]
          for a, b, c, v in ROWS]
    docx("1g-continued-four-columns-mark", body,
         [p(r("PHỤ LỤC", b=True), jc="center"), table([HEAD] + rs[:5], W, header_rows=1),
          p('<w:r><w:br w:type="page"/></w:r>'), p(r("(tiếp theo)", i=True), jc="right"),
          table(rs[5:], W)])


def heading_styles(d):
    d.style("Heading1", "heading 1", based="Normal",
            ppr='<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="0"/>',
            rpr="<w:b/><w:bCs/>", extra='<w:next w:val="Normal"/><w:qFormat/>')
    d.style("Heading2", "heading 2", based="Normal",
            ppr='<w:keepNext/><w:spacing w:before="60" w:after="60"/><w:outlineLvl w:val="1"/>',
            rpr="<w:b/><w:bCs/><w:i/><w:iCs/>", extra='<w:next w:val="Normal"/><w:qFormat/>')
    d.style("TOC1", "toc 1", based="Normal", ppr='<w:spacing w:after="40"/>')
    d.style("TOC2", "toc 2", based="Normal", ppr='<w:spacing w:after="40"/><w:ind w:left="260"/>')


def styled(title, level):
    return p(r(title), style=f"Heading{level}")


def toc_xml(entries):
    """Word's TOC field as References > Table of Contents inserts it (probe51's reports.toc)."""
    out = []
    tab = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>'
    for k, (lvl, title, page) in enumerate(entries):
        bm = f"_Toc19{300 + k}"
        head = ""
        if k == 0:
            head = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                    'xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        out.append(f'<w:p><w:pPr><w:pStyle w:val="TOC{lvl}"/>{tab}</w:pPr>{head}<w:hyperlink '
                   f'w:anchor="{bm}" w:history="1">{r(title)}<w:r><w:tab/></w:r><w:r><w:fldChar '
                   f'w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF '
                   f'{bm} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                   f'{r(str(page))}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>')
    out.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return [p(r("MỤC LỤC", b=True), jc="center")] + out


CONCL = ("Mười năm thực hiện Kết luận số 114-KL/TW đã để lại nhiều dấu ấn trong công tác dân vận của "
         "xã; Ban Thường vụ Đảng ủy xác định đây là nhiệm vụ thường xuyên, lâu dài của cấp ủy, "
         "chính quyền và cả hệ thống chính trị.")


def f3_conclusion_and_captions():
    """3. a closing 'KẾT LUẬN' part after the requests, and an appendix whose tables carry
    captions in the indicators' words ('Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng')."""
    promoted = [h for h in STD if h[2] not in ("T", "G", "K")] + \
        [("III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 1, "G"), ("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1, "K")]
    with_impact = STD

    def body(heads, h=styled):
        return std_body(heads, h=h) + [h("KẾT LUẬN", 1), text(CONCL)]
    W2 = [600, 3300, 1000, 1100]
    cap1, cap2 = "Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng", "Biểu 2. Tiếp dân, đơn thư, mô hình, TTHC"

    def side(c1, c2):
        return table([[cell([p(r(c1, b=True), jc="center"), table([HEAD] + ROWS[:4], W2, header_rows=1),
                             p("")], 6500, False),
                        cell([p(r(c2, b=True), jc="center"), table([HEAD] + ROWS[4:], W2, header_rows=1),
                             p("")], 6500, False)]], [6500, 6500], borders=False)
    head = [p(r("PHỤ LỤC", b=True), jc="center")]
    stacked = head + [p(r(cap1, b=True), jc="center"), table([HEAD] + ROWS[:4], W2, header_rows=1),
                      p(r(cap2, b=True), jc="center"), table([HEAD] + ROWS[4:], W2, header_rows=1)]
    docx("3a-conclusion-then-captioned-tables-side-by-side", body(promoted), head + [side(cap1, cap2)],
         setup=heading_styles)
    docx("3b-same-with-an-impact-part", body(with_impact), head + [side(cap1, cap2)], setup=heading_styles)
    docx("3c-same-stacked-not-side-by-side", body(promoted), stacked, setup=heading_styles)
    docx("3d-same-bold-lines-not-heading-styles", body(promoted, h=heading), head + [side(cap1, cap2)])
    docx("3e-control-caption-1-without-words", body(promoted), head + [side("Biểu 1", cap2)],
         setup=heading_styles)
    docx("3f-control-one-table-no-caption", body(promoted), setup=heading_styles)


def f5_toc_after_opening():
    """5. (no point in the TOTAL) a Word TOC after the opening formula."""
    opening = p(r("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban "
                  "Thường vụ Đảng ủy xã Đô Lương báo cáo như sau:"), ind=567)
    toc = toc_xml([(lvl, t, 2 + i // 3) for i, (t, lvl, _) in enumerate(STD)])
    docx("5a-toc-after-opening-formula", [opening] + toc + std_body(STD, h=styled), setup=heading_styles)
    docx("5b-control-toc-before-opening-formula", toc + [opening] + std_body(STD, h=styled),
         setup=heading_styles)


def f4_announced_limits():
    """4. results and limits under one heading, no sub-headings: the limits opened by a
    clause ended with a colon."""
    def body(clause):
        return [heading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1), text(T["L"]),
                heading("II. KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ", 1), text(T["N"]),
                text(clause + low(T["H"])),
                heading("III. NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM", 1), text(T["C"]),
                text("Từ thực tiễn 10 năm, Đảng ủy rút ra bài học kinh nghiệm: " + low(T["B"])),
                heading("IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1), text(T["T"]),
                heading("V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", 1), text(T["G"]),
                heading("VI. KIẾN NGHỊ, ĐỀ XUẤT", 1), text(T["K"])]
    docx("4a-limits-announced-after-ket-qua-dat-duoc",
         body("Bên cạnh những kết quả đạt được, công tác dân vận của xã còn một số hạn chế: "))
    docx("4b-limits-announced-ben-canh-do", body("Bên cạnh đó, công tác dân vận của xã còn một số hạn chế: "))
    docx("4c-limits-announced-tuy-nhien", body("Tuy nhiên, công tác dân vận của xã còn một số hạn chế: "))
    docx("4d-limits-announced-nhung-han-che", body("Những hạn chế của công tác dân vận của xã là: "))
    docx("4e-control-limits-run-in-label", body("Hạn chế: "))
    docx("4f-control-heading-uu-diem-va-han-che",
         [x if "KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ" not in x else heading("II. ƯU ĐIỂM VÀ HẠN CHẾ", 1)
          for x in body("Bên cạnh những kết quả đạt được, công tác dân vận của xã còn một số hạn chế: ")])


def f2_leadins_only():
    """2. (probe50 finding 1's remainder) a report whose parts are only bold lead-ins."""
    leads = [("Về công tác lãnh đạo, chỉ đạo:", "L"), ("Về kết quả đạt được:", "N"),
             ("Về hạn chế, khó khăn:", "H"), ("Nguyên nhân:", "C"), ("Bài học kinh nghiệm:", "B"),
             ("Phương hướng thời gian tới:", "G"), ("Về tác động:", "T"), ("Kiến nghị, đề xuất:", "K")]
    md("2a-leadins-only", [f"**{a}** {T[k]}" for a, k in leads])
    md("2b-leadins-only-results-label-nhung-ket-qua-noi-bat",
       [f"**{a}** {T[k]}" for a, k in [leads[0], ("Về những kết quả nổi bật:", "N")] + leads[2:]])
    md("2c-control-leadins-numbered", [f"**{i}. {a}** {T[k]}" for i, (a, k) in enumerate(leads, 1)])


def main():
    import shutil
    shutil.rmtree(OUT, ignore_errors=True)
    f1_continued_table()
    f2_leadins_only()
    f3_conclusion_and_captions()
    f4_announced_limits()
    f5_toc_after_opening()


if __name__ == "__main__":
    main()
