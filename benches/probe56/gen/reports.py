"""probe56's sixteen reports: REPORTS NOT SHAPED AS A PLAIN BÁO CÁO. Each report carries the unit's
text, figures, number, date and signer as probe55's generator gives them (probe55's gen/reports.py
→ probe54's → … → probe46's → probe44's); only the SHAPE changes, to the ways units really answer a
campaign when they do not follow the report template, transcribed from published layouts (sources
S1-S8 in README.txt): a reply letter (công văn: 'V/v …' under the number, 'Kính gửi: …', a body
numbered 1./2. or a)/b), 'Trên đây là …', 'Nơi nhận: - Như trên;'), the outline's guidance left in
(italic '(…)' lines, guidance inside the heading, '……' placeholders), a report answering the
outline's questions one by one, a one-page report with run-in titles and its figures as dash
lines, an extract ('TRÍCH BÁO CÁO', parts III-IV, '(Đã ký)') and an annex ('Phụ lục' first), a
report serving two campaigns (KL114 + Đề án 07-ĐA/TU, the other campaign's figures in a second
table), a table of contents (a Word TOC field, or typed with dot leaders) and page headers /
footers repeating the unit's name, and the body set in a two- or three-column table.

Each report records the section an officer files every paragraph under (the other campaign's
parts: 'other', probe51's call for parts the outline does not ask for), the figures an officer
reads, the apparatus (header, guidance, questions, TOC lines, page headers and footers, the other
campaign's table rows) and the metadata as the officer reads it (a công văn's own number)."""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r55 = _load("reports55", os.path.join(BENCH, "probe55", "gen", "reports.py"))
r54, r52, r46 = r55.r54, r55.r52, r55.r46
dx = sys.modules["dx"]
cell, p, r, table, field, x = dx.cell, dx.p, dx.r, dx.table, dx.field, dx.x
IND, LABELS, vn = r46.IND, r46.LABELS, r46.vn
SUBJ2, SUBJ_LEAK, OPENING = r55.SUBJ2, r55.SUBJ_LEAK, r55.OPENING
RECIP_PARTY, RECIP_STATE = r55.RECIP_PARTY, r55.RECIP_STATE
sig_table, page_break, body = r55.sig_table, r55.page_break, r55.body
party_hdr, state_hdr, header3, hc, tc = r55.party_hdr, r55.state_hdr, r55.header3, r55.hc, r55.tc
std_rows = r46.std_rows
W4 = [700, 4700, 1300, 1600]


class Rep(r55.Rep):
    pass


class MdRep(r55.MdRep):
    pass


class TxtRep(r55.TxtRep):
    pass


# The outline's own guidance (outline.yaml 'hint'), as a template built from it carries it.
HINT = {
    "lanh-dao": "Việc quán triệt, cụ thể hóa, lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW của cấp ủy, tổ chức đảng.",
    "ket-qua": "Kết quả triển khai thực hiện Kết luận số 114-KL/TW và các văn bản của Đảng, Nhà nước.",
    "ket-qua.noi-bat": "Những kết quả nổi bật, có số liệu minh họa.",
    "ket-qua.han-che": "Những tồn tại, hạn chế, khó khăn, vướng mắc.",
    "ket-qua.nguyen-nhan": "Nguyên nhân khách quan và chủ quan.",
    "ket-qua.bai-hoc": "Những bài học kinh nghiệm rút ra qua 10 năm thực hiện.",
    "ket-qua.giai-phap": "Đề xuất chủ trương, giải pháp nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước.",
    "tac-dong": "Tác động đối với xây dựng Đảng, chính quyền; cải cách hành chính; chính quyền số; niềm tin của Nhân dân.",
    "kien-nghi": "Kiến nghị, đề xuất với Trung ương, Tỉnh ủy.",
    "phu-luc": "Biểu số liệu kèm theo: điền cột Số liệu cho từng chỉ tiêu.",
}
ORDER = ["lanh-dao", "ket-qua.noi-bat", "ket-qua.han-che", "ket-qua.nguyen-nhan", "ket-qua.bai-hoc",
         "ket-qua.giai-phap", "tac-dong", "kien-nghi"]
# The outline's questions as a unit retypes them when it answers one by one.
QUESTION = {
    "lanh-dao": "Việc quán triệt, cụ thể hóa, lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW của cấp ủy, tổ chức đảng được tiến hành như thế nào?",
    "ket-qua.noi-bat": "Những kết quả nổi bật trong triển khai thực hiện Kết luận (có số liệu minh họa)?",
    "ket-qua.han-che": "Những tồn tại, hạn chế, khó khăn, vướng mắc trong quá trình thực hiện?",
    "ket-qua.nguyen-nhan": "Nguyên nhân khách quan và chủ quan của những tồn tại, hạn chế?",
    "ket-qua.bai-hoc": "Những bài học kinh nghiệm rút ra qua 10 năm thực hiện?",
    "tac-dong": "Tác động của việc thực hiện Kết luận đối với xây dựng Đảng, chính quyền, cải cách hành chính và niềm tin của Nhân dân?",
    "ket-qua.giai-phap": "Đề xuất chủ trương, giải pháp nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước trong giai đoạn mới?",
    "kien-nghi": "Kiến nghị, đề xuất với Trung ương, Tỉnh ủy?",
}


def header_footer(R, header_text=None, footer_text=None, page_in_header=False, page_in_footer=False):
    """Page header / footer parts (every page), as Word keeps them: the unit's name repeated,
    the page number a PAGE field (36-HD/VPTW: centred at the top)."""
    kw = {}
    if header_text is not None or page_in_header:
        runs = (r(header_text, i=True, sz=20) if header_text else "")
        if page_in_header:
            runs = (runs + r("  -  ", sz=20) if header_text else "") + field("PAGE", "2", sz=20)
        kw["header"] = R.d.header_part("header1.xml", [p(runs, jc="center", spacing=False)])
    if footer_text is not None or page_in_footer:
        runs = r(footer_text, i=True, sz=20) if footer_text else ""
        if page_in_footer:
            runs += r(" - Trang ", sz=20) + field("PAGE", "1", sz=20)
        kw["footer"] = R.d.header_part("footer1.xml", [p(runs, jc="right", spacing=False)], kind="footer")
    R.last_sect = kw


def letter_hdr(R, left, right, vv, number_line):
    """A công văn's header (Nghị định 30/2020, S1/S2): the bodies and the number left with the
    'V/v …' summary UNDER the number, the motto and the date right."""
    L = [p(r(t, b=b), jc="center", spacing=False) for t, b in left] + \
        [p(r(number_line), jc="center", spacing=False), p(r(vv, sz=24), jc="center", spacing=False)]
    Rt = [p(r(t, b=b, i=i), jc="center", spacing=False) for t, b, i in right]
    R.d.add(table([[cell(L, 4200, False), cell(Rt, 5200, False)]], [4200, 5200], borders=False))
    R.app(vv[:40])
    R.app(R.place_date.split(" năm")[0])


def kinh_gui(R, recipients):
    """'Kính gửi:' then the recipients (one a line with a dash when there are several)."""
    if len(recipients) == 1:
        R.d.add(p(r("Kính gửi: ") + r(recipients[0]), jc="center"))
    else:
        R.d.add(p(r("Kính gửi:"), jc="center", spacing=False))
        for t in recipients:
            R.d.add(p(r(t), jc="center", spacing=False))
    R.app("Kính gửi")
    for t in recipients:
        R.app(t.strip("- ;.")[:40])


def figure_rows(R, rows):
    R.d.add(table(rows, W4, header_rows=1))


def kem(R, what):
    d, m, y = r46.dmy(R.date)
    return f"Kèm theo {what} số {R.doc_number} ngày {d}/{m}/{y}"


# ==========================================================================================
# S3 (thanhphovinh.com: a template's guidance kept in parentheses) + the outline's own hints:
# the unit wrote into the draft built from the outline and LEFT THE GUIDANCE as an italic line
# under every heading; the ward's name repeated in the page footer.
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx",
            "THE OUTLINE'S GUIDANCE LEFT IN: the ward filled in the draft made from the outline "
            "(headings numbered as the outline: '1. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '2. KẾT QUẢ "
            "TRIỂN KHAI THỰC HIỆN' with 'a) Những kết quả nổi bật' … 'đ) Chủ trương, giải pháp trong "
            "giai đoạn mới', '3. ĐÁNH GIÁ TÁC ĐỘNG', '4. KIẾN NGHỊ, ĐỀ XUẤT', 'PHỤ LỤC') and kept, under "
            "every heading, the outline's hint as an ITALIC LINE IN PARENTHESES ('(Việc quán triệt, cụ "
            "thể hóa, lãnh đạo, chỉ đạo …)', '(Những kết quả nổi bật, có số liệu minh họa.)' …); its own "
            "text follows. The guidance is apparatus, never the ward's text. A PAGE FOOTER on every "
            "page 'Đảng ủy phường Vinh Phú - Báo cáo tổng kết Kết luận 114 - Trang N'. Party header "
            "'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY PHƯỜNG VINH PHÚ' / '*' / 'Số 67-BC/ĐU'. Records X001, "
            "67-BC/ĐU, 10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.", place="Vinh Phú")
    R.meta("BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG VINH PHÚ")
    R.title("Ban Thường vụ Đảng ủy phường Vinh Phú")

    def guide(key):
        R.d.add(p(r(f"({HINT[key]})", i=True), ind=567))
        R.app(f"({HINT[key]})"[:45])
    for title, key, sec, lvl in [
            ("1. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "lanh-dao", "lanh-dao", 1),
            ("2. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "ket-qua", None, 1),
            ("a) Những kết quả nổi bật", "ket-qua.noi-bat", "ket-qua.noi-bat", 2),
            ("b) Tồn tại, hạn chế, khó khăn, vướng mắc", "ket-qua.han-che", "ket-qua.han-che", 2),
            ("c) Nguyên nhân", "ket-qua.nguyen-nhan", "ket-qua.nguyen-nhan", 2),
            ("d) Bài học kinh nghiệm", "ket-qua.bai-hoc", "ket-qua.bai-hoc", 2),
            ("đ) Chủ trương, giải pháp trong giai đoạn mới", "ket-qua.giai-phap", "ket-qua.giai-phap", 2),
            ("3. ĐÁNH GIÁ TÁC ĐỘNG", "tac-dong", "tac-dong", 1),
            ("4. KIẾN NGHỊ, ĐỀ XUẤT", "kien-nghi", "kien-nghi", 1)]:
        R.H(title, lvl)
        guide(key)
        if sec:
            body(R, sec)
    R.closing_sentence("Ban Thường vụ Đảng ủy phường Vinh Phú")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    page_break(R)
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    guide("phu-luc")
    R.d.add(p(r("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"))
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    figure_rows(R, std_rows(R.figures))
    header_footer(R, footer_text="Đảng ủy phường Vinh Phú - Báo cáo tổng kết Kết luận 114", page_in_footer=True)
    R.app("Báo cáo tổng kết Kết luận 114 - Trang")
    return R


# S5 (allavida.org: a chi bộ's short report) — a small commune's ONE-PAGE report: run-in titles
# ('1. Công tác lãnh đạo, chỉ đạo: …'), one paragraph per part, and its figures as DASH LINES in
# the text ('- Văn bản lãnh đạo, chỉ đạo được ban hành: 22 văn bản;'), no table. Plain Text.
def x002():
    R = TxtRep("x002", "X002", "Dien Chau - BC 52 KL114.txt",
               "A SMALL COMMUNE'S ONE-PAGE REPORT as Word's Save As ▸ Plain Text (UTF-8 with BOM, CRLF): "
               "header lines 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY XÃ DIỄN CHÂU' / '*' / 'Số 52-BC/ĐU' / 'ĐẢNG "
               "CỘNG SẢN VIỆT NAM' / date, 'BÁO CÁO' and the subject, then ONE PARAGRAPH PER PART WITH A "
               "RUN-IN TITLE: '1. Công tác lãnh đạo, chỉ đạo: …', '2. Kết quả nổi bật: …' (its second "
               "paragraph plain), '3. Hạn chế: …', '4. Nguyên nhân: …', '5. Bài học kinh nghiệm: …', '6. "
               "Tác động: …', '7. Giải pháp thời gian tới: …', '8. Kiến nghị: …'; then '9. Số liệu chủ "
               "yếu:' and the nine figures AS DASH LINES IN THE TEXT ('- Văn bản lãnh đạo, chỉ đạo được "
               "ban hành: 22 văn bản;' … '- Tỷ lệ hồ sơ TTHC giải quyết trực tuyến: 86,1%.'), no table. "
               "The officer reads the nine figures from the lines. (pseudo-heading tolerated; a warning "
               "that the figures are not in the form's table tolerated) Records X002, 52-BC/ĐU, "
               "9/4/2026, Nguyễn Đình Lực, BÍ THƯ.", place="Diễn Châu")
    R.meta("BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ DIỄN CHÂU", "*", "Số 52-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                R.place_date, "BÁO CÁO", SUBJ2]
    who = "Ban Thường vụ Đảng ủy xã Diễn Châu"
    R.add(OPENING.format(who=who))
    for a in ("52-BC/ĐU", R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK, f"{who} báo cáo như sau"):
        R.app(a)
    for n, (lead, sec) in enumerate([("Công tác lãnh đạo, chỉ đạo:", "lanh-dao"), ("Kết quả nổi bật:", "ket-qua.noi-bat"),
                                     ("Hạn chế:", "ket-qua.han-che"), ("Nguyên nhân:", "ket-qua.nguyen-nhan"),
                                     ("Bài học kinh nghiệm:", "ket-qua.bai-hoc"), ("Tác động:", "tac-dong"),
                                     ("Giải pháp thời gian tới:", "ket-qua.giai-phap"), ("Kiến nghị:", "kien-nghi")], 1):
        ts = R.texts[sec]
        R.paragraphs.append((ts[0], sec, None))
        R.lines.append(f"{n}. {lead} {ts[0]}")
        for t in ts[1:]:
            R.put(t, sec)
    R.lines.append("9. Số liệu chủ yếu:")
    R.app("Số liệu chủ yếu")
    f = R.figures
    units = {"van-ban": "văn bản", "hoi-nghi": "hội nghị", "tap-huan": "lượt", "doi-thoai": "cuộc", "tiep-dan": "lượt",
             "don-nhan": "đơn", "don-giai-quyet": "đơn", "dan-van-kheo": "mô hình"}
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS)):
        end = "." if ind == "truc-tuyen" else ";"
        v = f"{vn(f[ind])}%" if ind == "truc-tuyen" else f"{vn(f[ind])} {units[ind]}"
        R.lines.append(f"- {lab}: {v}{end}")
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["T/M ĐẢNG ỦY", "BÍ THƯ", "", R.signer, "Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);",
                "- Lưu Văn phòng Đảng ủy."]
    for a in ("T/M ĐẢNG ỦY", R.signer, "Nơi nhận"):
        R.app(a)
    R.tolerated += ["pseudo-heading", "missing-section:phu-luc"]
    return R


# S3 (thanhphovinh.com: '(báo cáo theo 5 tiêu chuẩn …)' in the heading; '……' blanks; '(ký, ghi rõ
# họ tên)') — the guidance INSIDE the heading, blanks left in the caption and 'Nơi nhận'.
def x003():
    R = Rep("x003", "X003", "DU xa Quynh Luu - BC 71 KL114.docx",
            "THE TEMPLATE'S GUIDANCE INSIDE THE HEADINGS AND ITS BLANKS LEFT, as S3's published template "
            "reads ('2. Thành tích … (báo cáo theo 5 tiêu chuẩn …)', '(ký, ghi rõ họ tên)'): bold "
            "headings with the guidance in parentheses after the title: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO "
            "(nêu rõ việc quán triệt, cụ thể hóa, ban hành văn bản lãnh đạo, chỉ đạo)', 'II. KẾT QUẢ "
            "ĐẠT ĐƯỢC (đánh giá những kết quả nổi bật, có số liệu minh họa)', 'III. TỒN TẠI, HẠN CHẾ "
            "(nêu cụ thể những khó khăn, vướng mắc)', 'IV. NGUYÊN NHÂN (khách quan, chủ quan)', 'V. BÀI "
            "HỌC KINH NGHIỆM', 'VI. TÁC ĐỘNG (đối với xây dựng Đảng, chính quyền, niềm tin của Nhân "
            "dân)', 'VII. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI', 'VIII. KIẾN NGHỊ, ĐỀ XUẤT (nếu có)'. "
            "Template BLANKS left: the signature's '(Ký tên, đóng dấu)' line, 'Nơi nhận:' with '- "
            "…………………;' and the appendix caption '(Kèm theo Báo cáo số ……-BC/ĐU ngày ……/……/2026)'. "
            "Header 'Số 71-BC/ĐU'. Records X003, 71-BC/ĐU, 13/4/2026, Hồ Sỹ Nam, BÍ THƯ.", place="Quỳnh Lưu")
    R.meta("BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ QUỲNH LƯU")
    R.title("Ban Thường vụ Đảng ủy xã Quỳnh Lưu")
    for title, guide, sec in [
            ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "nêu rõ việc quán triệt, cụ thể hóa, ban hành văn bản lãnh đạo, chỉ đạo", "lanh-dao"),
            ("II. KẾT QUẢ ĐẠT ĐƯỢC", "đánh giá những kết quả nổi bật, có số liệu minh họa", "ket-qua.noi-bat"),
            ("III. TỒN TẠI, HẠN CHẾ", "nêu cụ thể những khó khăn, vướng mắc", "ket-qua.han-che"),
            ("IV. NGUYÊN NHÂN", "khách quan, chủ quan", "ket-qua.nguyen-nhan"),
            ("V. BÀI HỌC KINH NGHIỆM", None, "ket-qua.bai-hoc"),
            ("VI. TÁC ĐỘNG", "đối với xây dựng Đảng, chính quyền, niềm tin của Nhân dân", "tac-dong"),
            ("VII. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", None, "ket-qua.giai-phap"),
            ("VIII. KIẾN NGHỊ, ĐỀ XUẤT", "nếu có", "kien-nghi")]:
        runs = r(title, b=True) + (r(f" ({guide})", i=True) if guide else "")
        R.d.add(p(runs, ind=567))
        if guide:
            R.app(f"({guide})"[:40])
        body(R, sec)
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Quỳnh Lưu")
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- …………………………;", "- Lưu Văn phòng."],
                ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
                between=[p(r("(Ký tên, đóng dấu)", i=True), jc="center", spacing=False), p("", spacing=False),
                         p("", spacing=False)])
    R.app("(Ký tên, đóng dấu)")
    R.appendix(kem="Kèm theo Báo cáo số ……-BC/ĐU ngày ……/……/2026")
    return R


# The outline answered QUESTION BY QUESTION: 'Câu 1. … ?' in bold, then 'Trả lời:' and the answer.
def x004():
    R = Rep("x004", "X004", "Hoang Mai - BC 98 KL114.docx",
            "A REPORT ANSWERING THE OUTLINE'S QUESTIONS ONE BY ONE: after the header ('Số: 98-BC/ĐU'), "
            "'BÁO CÁO' and 'Trả lời đề cương tổng kết 10 năm thực hiện Kết luận số 114-KL/TW', each "
            "question retyped IN BOLD as its own paragraph ('Câu 1. Việc quán triệt, cụ thể hóa, lãnh "
            "đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW của cấp ủy, tổ chức đảng được tiến hành như "
            "thế nào?' … 'Câu 8. Kiến nghị, đề xuất với Trung ương, Tỉnh ủy?'), then the answer, its "
            "first paragraph opening with an italic run-in 'Trả lời:'. The questions follow the "
            "outline's order except 'Câu 6' (tác động) before 'Câu 7' (giải pháp). 'Câu 9. Số liệu kết "
            "quả thực hiện?' then the nine-row table. The unit's name in the page FOOTER. Records X004, "
            "98-BC/ĐU, 15/4/2026, Lê Thị Mai, PHÓ BÍ THƯ.", place="Hoàng Mai")
    R.meta("PHÓ BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI", number_line=f"Số: {R.doc_number}")
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r("Trả lời đề cương tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư", b=True), jc="center"))
    R.app("BÁO CÁO")
    R.app("Trả lời đề cương tổng kết 10 năm")
    order = ["lanh-dao", "ket-qua.noi-bat", "ket-qua.han-che", "ket-qua.nguyen-nhan", "ket-qua.bai-hoc", "tac-dong",
             "ket-qua.giai-phap", "kien-nghi"]
    for n, sec in enumerate(order, 1):
        q = f"Câu {n}. {QUESTION[sec]}"
        R.d.add(p(r(q, b=True), ind=567))
        R.app(q[:45])
        ts = R.texts[sec]
        R.runin("Trả lời:", ts[0], sec, bold=False, italic=True)
        for t in ts[1:]:
            R.put(t, sec)
    R.closing_sentence("Ban Thường vụ Đảng ủy phường Hoàng Mai")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    page_break(R)
    R.d.add(p(r("Câu 9. Số liệu kết quả thực hiện Kết luận (theo biểu kèm theo)?", b=True), ind=567))
    R.app("Câu 9. Số liệu kết quả thực hiện")
    figure_rows(R, std_rows(R.figures))
    header_footer(R, footer_text="Đảng ủy phường Hoàng Mai", page_in_footer=True)
    R.app("Đảng ủy phường Hoàng Mai - Trang")
    return R


# S6 (36-HD/VPTW: the 'bản trích sao' — TRÍCH SAO with its own signature) — an EXTRACT of a larger
# annual report, its parts numbered as in the original (III, IV), '(Đã ký)', pasted into Markdown.
def x005():
    R = MdRep("x005", "X005", "DU xa Do Luong - BC 58 KL114.md",
              "AN EXTRACT OF A LARGER REPORT, pasted into Markdown: header lines ('ĐẢNG BỘ TỈNH NGHỆ AN', "
              "'**ĐẢNG ỦY XÃ ĐÔ LƯƠNG**', '\\*', 'Số 58-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', date), "
              "'**TRÍCH BÁO CÁO**', '**Tổng kết công tác dân vận năm 2025, phương hướng năm 2026 và tổng "
              "kết 10 năm thực hiện Kết luận số 114-KL/TW**', '*(Trích Phần III và Phần IV)*'; the parts "
              "KEEP THE ORIGINAL'S NUMBERING: '**III. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**' "
              "with '***1. Công tác lãnh đạo, chỉ đạo***', '***2. Kết quả đạt được***', '***3. Hạn chế, "
              "khuyết điểm***', '***4. Nguyên nhân***', '***5. Bài học kinh nghiệm***', '***6. Tác "
              "động***'; '**IV. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ**' with '***1. Nhiệm vụ, giải pháp thời "
              "gian tới***', '***2. Kiến nghị, đề xuất***'; '*(Hết phần trích)*'; the original's signature "
              "'**T/M BAN THƯỜNG VỤ**' / '**BÍ THƯ**' / '*(Đã ký)*' / name; then the extract's own "
              "certification (S6: bản trích sao; the first build typed 'SAO TRÍCH', corrected to the standard 'TRÍCH SAO') '**TRÍCH SAO**' / '**T/L BAN THƯỜNG VỤ**' / '**CHÁNH VĂN "
              "PHÒNG**' / 'Phan Văn Hòa' and 'Nơi nhận'; the appendix a pipe table. The officer records "
              "the report's signer (the original's). (pseudo-heading tolerated) Records X005, 58-BC/ĐU, "
              "10/4/2026, Nguyễn Thị Thanh Tâm, BÍ THƯ.", place="Đô Lương")
    R.meta("BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "**ĐẢNG ỦY XÃ ĐÔ LƯƠNG**", "\\*", f"Số {R.doc_number}",
                "**ĐẢNG CỘNG SẢN VIỆT NAM**", f"*{R.place_date}*", "**TRÍCH BÁO CÁO**",
                "**Tổng kết công tác dân vận năm 2025, phương hướng năm 2026 và tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**",
                "*(Trích Phần III và Phần IV)*"]
    for a in (R.doc_number, R.place_date.split(" năm")[0], "TRÍCH BÁO CÁO", "Tổng kết công tác dân vận năm 2025",
              "Trích Phần III và Phần IV"):
        R.app(a)
    for title, lvl, sec in [("III. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 1, None),
                            ("1. Công tác lãnh đạo, chỉ đạo", 2, "lanh-dao"),
                            ("2. Kết quả đạt được", 2, "ket-qua.noi-bat"),
                            ("3. Hạn chế, khuyết điểm", 2, "ket-qua.han-che"),
                            ("4. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
                            ("5. Bài học kinh nghiệm", 2, "ket-qua.bai-hoc"),
                            ("6. Tác động", 2, "tac-dong"),
                            ("IV. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ", 1, None),
                            ("1. Nhiệm vụ, giải pháp thời gian tới", 2, "ket-qua.giai-phap"),
                            ("2. Kiến nghị, đề xuất", 2, "kien-nghi")]:
        R.add(f"**{title}**" if lvl == 1 else f"***{title}***")
        if sec:
            body(R, sec)
    R.lines += ["*(Hết phần trích)*", "**T/M BAN THƯỜNG VỤ**", "**BÍ THƯ**", "*(Đã ký)*", f"**{R.signer}**",
                "**TRÍCH SAO**", "**T/L BAN THƯỜNG VỤ**", "**CHÁNH VĂN PHÒNG**", "**Phan Văn Hòa**",
                "***Nơi nhận:***\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n- Lưu Văn phòng."]
    for a in ("Hết phần trích", "T/M BAN THƯỜNG VỤ", "(Đã ký)", R.signer, "TRÍCH SAO", "T/L BAN THƯỜNG VỤ",
              "CHÁNH VĂN PHÒNG", "Phan Văn Hòa", "Nơi nhận"):
        R.app(a)
    R.lines += ["**PHỤ LỤC**", "**SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    rows = std_rows(R.figures)
    R.add("\n".join(["| " + " | ".join(rows[0]) + " |", "|---|---|---|---:|"] +
                    ["| " + " | ".join(x_) + " |" for x_ in rows[1:]]))
    R.tolerated.append("pseudo-heading")
    return R


# S7 (nghean.dcs.vn: Đề án 07-ĐA/TU on dialogue between leaders and the people, 2021-2025) — ONE
# report serving TWO reviews: KL114's parts, the Đề án's parts (with their own 'Hạn chế'), the
# proposals shared; the Đề án's figures in a SECOND table that must not be counted.
def x007(de_an=True, bieu2=True, subj_two=True, part_lines=True):
    """The keyword arguments exist for gen/experiments only (repro 2f-2j); the probe uses the defaults."""
    R = Rep("x007", "X007", "Anh Son - BC 44 KL114.docx",
            "ONE REPORT FOR TWO REVIEWS: 'BÁO CÁO' / 'Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW "
            "và sơ kết thực hiện Đề án số 07-ĐA/TU của Ban Thường vụ Tỉnh ủy về tiếp xúc, đối thoại "
            "với Nhân dân' (S7: Nghệ An's Đề án 07). 'PHẦN THỨ NHẤT' / 'TỔNG KẾT 10 NĂM THỰC HIỆN KẾT "
            "LUẬN SỐ 114-KL/TW' with 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. HẠN "
            "CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC "
            "ĐỘNG', 'VI. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI'; 'PHẦN THỨ HAI' / 'SƠ KẾT THỰC HIỆN ĐỀ ÁN "
            "SỐ 07-ĐA/TU' with '1. Kết quả tổ chức tiếp xúc, đối thoại', '2. Hạn chế' (THE OTHER "
            "REVIEW'S shortcomings), '3. Nhiệm vụ thời gian tới' — the other review's parts are 'other' "
            "(parts the outline does not ask for); 'PHẦN THỨ BA' / 'KIẾN NGHỊ, ĐỀ XUẤT' (shared: "
            "kien-nghi). Appendix 'Biểu 01' (KL114's nine rows: the figures) and 'Biểu 02. KẾT QUẢ THỰC "
            "HIỆN ĐỀ ÁN SỐ 07-ĐA/TU (2022 - 2025)' with rows 'Hội nghị tiếp xúc, đối thoại của người "
            "đứng đầu cấp ủy với Nhân dân | Cuộc | 46', 'Ý kiến, kiến nghị của Nhân dân được tiếp nhận "
            "| Ý kiến | 318', '… đã giải quyết xong | Ý kiến | 296', 'Thông báo kết luận sau đối thoại "
            "được ban hành | Thông báo | 41' — NOT KL114's indicators. Records X007, 44-BC/ĐU, "
            "12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ.", place="Anh Sơn")
    R.meta("PHÓ BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ANH SƠN")
    subj = ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW và sơ kết thực hiện Đề án số 07-ĐA/TU của Ban "
            "Thường vụ Tỉnh ủy về tiếp xúc, đối thoại với Nhân dân") if subj_two else SUBJ2
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r(subj, b=True), jc="center"))
    who = "Ban Thường vụ Đảng ủy xã Anh Sơn"
    R.d.add(p(r(f"Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy và Công văn số "
                f"512-CV/TU ngày 20/3/2026 về sơ kết Đề án số 07-ĐA/TU, {who} báo cáo như sau:"), ind=567))
    for a in ("BÁO CÁO", "sơ kết thực hiện Đề án số 07-ĐA/TU của Ban", "Công văn số 512-CV/TU", f"{who} báo cáo như sau"):
        R.app(a)
    if part_lines:
        R.H("PHẦN THỨ NHẤT", 0)
        R.H("TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 0)
    for title, lvl, sec in [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"), ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
                            ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None), ("1. Hạn chế", 2, "ket-qua.han-che"),
                            ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"), ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
                            ("V. TÁC ĐỘNG", 1, "tac-dong"), ("VI. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 1, "ket-qua.giai-phap")]:
        R.H(title, lvl)
        if sec:
            body(R, sec)
    if de_an:
        R.H("PHẦN THỨ HAI", 0)
        R.H("SƠ KẾT THỰC HIỆN ĐỀ ÁN SỐ 07-ĐA/TU", 0)
        R.H("1. Kết quả tổ chức tiếp xúc, đối thoại", 1)
        R.ctx("Từ năm 2022 đến nay, Bí thư Đảng ủy và Chủ tịch UBND xã đã chủ trì 46 hội nghị tiếp xúc, đối thoại "
              "với Nhân dân theo Đề án số 07-ĐA/TU, tiếp nhận 318 ý kiến, kiến nghị; sau mỗi buổi đối thoại đều ban "
              "hành thông báo kết luận và phân công cụ thể việc giải quyết.")
        R.ctx("Đến nay đã giải quyết xong 296 ý kiến, kiến nghị, chủ yếu về cấp giấy chứng nhận quyền sử dụng đất, "
              "sửa chữa đường giao thông nông thôn và chi trả chế độ chính sách.")
        R.H("2. Hạn chế", 1)
        R.ctx("Một số buổi đối thoại còn nặng về hình thức, người dân chưa mạnh dạn phát biểu; việc theo dõi thực hiện "
              "thông báo kết luận sau đối thoại ở một số thôn, bản chưa chặt chẽ, có việc giải quyết còn kéo dài.")
        R.H("3. Nhiệm vụ thời gian tới", 1)
        R.ctx("Duy trì đối thoại định kỳ 6 tháng một lần ở các thôn, bản; công khai kết quả giải quyết kiến nghị trên "
              "loa truyền thanh và nhóm Zalo của các khu dân cư để Nhân dân cùng giám sát.")
    R.H("PHẦN THỨ BA", 0)
    R.H("KIẾN NGHỊ, ĐỀ XUẤT", 0)
    body(R, "kien-nghi")
    t = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW và sơ kết Đề án số 07-ĐA/TU của {who}./."
    R.d.add(p(r(t), ind=567))
    R.app("sơ kết Đề án số 07-ĐA/TU của Ban Thường vụ Đảng ủy xã Anh Sơn./.")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    page_break(R)
    R.d.add(p(r("Biểu 01", b=True), jc="center"))
    R.d.add(p(r("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"))
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    figure_rows(R, std_rows(R.figures))
    if bieu2:
        R.d.add(p(""))
        R.d.add(p(r("Biểu 02", b=True), jc="center"))
        R.d.add(p(r("KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ 07-ĐA/TU (2022 - 2025)", b=True), jc="center"))
        R.app("KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ 07-ĐA/TU")
        rows2 = [["STT", "Nội dung", "ĐVT", "Số liệu"],
                 ["1", "Hội nghị tiếp xúc, đối thoại của người đứng đầu cấp ủy với Nhân dân", "Cuộc", "46"],
                 ["2", "Ý kiến, kiến nghị của Nhân dân được tiếp nhận", "Ý kiến", "318"],
                 ["3", "Ý kiến, kiến nghị đã giải quyết xong", "Ý kiến", "296"],
                 ["4", "Thông báo kết luận sau đối thoại được ban hành", "Thông báo", "41"]]
        for row in rows2[1:]:
            R.rows.append(row[1])
        figure_rows(R, rows2)
    return R


# S1 (tailieumienphi.vn: Công văn 2917/SGDĐT-VP, 'V/v báo cáo …' under the number, 'Kính gửi:') and
# S2 (vdocuments.mx: a công văn numbered 1., 2., … 'Nơi nhận: - Như trên;') — a department answers
# with a LETTER; its name repeated in the page header.
def snv():
    R = Rep("snv", "SNV", "SNV - CV 279 bao cao KL114.docx",
            "A REPLY LETTER (công văn) INSTEAD OF A REPORT, as S1/S2 publish them: state header 'UBND "
            "TỈNH NGHỆ AN' / 'SỞ NỘI VỤ' / 'Số: 279/SNV-XDCQ' with 'V/v báo cáo tổng kết 10 năm thực "
            "hiện Kết luận số 114-KL/TW' UNDER THE NUMBER | motto / date; 'Kính gửi: Ban Tuyên giáo và "
            "Dân vận Tỉnh ủy.'; no 'BÁO CÁO' title; the body NUMBERED 1., 2., … with a) b) c) d): '1. "
            "Công tác lãnh đạo, chỉ đạo', '2. Kết quả thực hiện' ('a) Kết quả nổi bật', 'b) Hạn chế, "
            "khó khăn', 'c) Nguyên nhân', 'd) Bài học kinh nghiệm'), '3. Tác động', '4. Nhiệm vụ, giải "
            "pháp thời gian tới', '5. Kiến nghị, đề xuất', '(Có biểu số liệu kèm theo)'; closing 'Trên "
            "đây là báo cáo … Sở Nội vụ kính gửi Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.'; "
            "'Nơi nhận: - Như trên; - Giám đốc Sở (b/c); - Lưu: VT, XDCQ.' with 'KT. GIÁM ĐỐC' / 'PHÓ "
            "GIÁM ĐỐC'. A PAGE HEADER on every page 'Sở Nội vụ tỉnh Nghệ An' with the page number. "
            "Appendix '(Kèm theo Công văn số 279/SNV-XDCQ …)'. The officer records the letter's own "
            "number: SNV, 279/SNV-XDCQ, 14/4/2026, Trần Quốc Hưng, PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC", doc_number="279/SNV-XDCQ")
    letter_hdr(R, [("UBND TỈNH NGHỆ AN", False), ("SỞ NỘI VỤ", True), ("-------", False)],
               [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                ("---------------", False, False), (R.place_date, False, True)],
               "V/v báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", f"Số: {R.doc_number}")
    R.app(R.doc_number)
    kinh_gui(R, ["Ban Tuyên giáo và Dân vận Tỉnh ủy."])
    R.d.add(p(r(OPENING.format(who="Sở Nội vụ").replace("báo cáo như sau", "báo cáo kết quả như sau")), ind=567))
    R.app("Sở Nội vụ báo cáo kết quả như sau")
    for title, lvl, sec in [("1. Công tác lãnh đạo, chỉ đạo", 1, "lanh-dao"), ("2. Kết quả thực hiện", 1, None),
                            ("a) Kết quả nổi bật", 2, "ket-qua.noi-bat"), ("b) Hạn chế, khó khăn", 2, "ket-qua.han-che"),
                            ("c) Nguyên nhân", 2, "ket-qua.nguyen-nhan"), ("d) Bài học kinh nghiệm", 2, "ket-qua.bai-hoc"),
                            ("3. Tác động", 1, "tac-dong"), ("4. Nhiệm vụ, giải pháp thời gian tới", 1, "ket-qua.giai-phap"),
                            ("5. Kiến nghị, đề xuất", 1, "kien-nghi")]:
        R.H(title, lvl)
        if sec:
            body(R, sec)
    R.d.add(p(r("(Có biểu số liệu kèm theo)", i=True), ind=567))
    t = ("Trên đây là báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nội vụ, kính gửi Ban Tuyên "
         "giáo và Dân vận Tỉnh ủy tổng hợp./.")
    R.d.add(p(r(t), ind=567))
    R.app("kính gửi Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.")
    sig_table(R, ["- Như trên;", "- Giám đốc Sở (b/c);", "- Lưu: VT, XDCQ."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    R.appendix(kem=f"Kèm theo Công văn số {R.doc_number} ngày 14/4/2026 của Sở Nội vụ")
    header_footer(R, header_text="Sở Nội vụ tỉnh Nghệ An", page_in_header=True)
    R.app("Sở Nội vụ tỉnh Nghệ An")
    return R


# S1 again: 'Kính gửi:' with TWO recipients set as dash lines; the body's parts opening 'Về …'.
def syt():
    R = Rep("syt", "SYT", "SYT - CV 1342 KL114.docx",
            "A REPLY LETTER to two bodies, as S1 sets it: 'UBND TỈNH NGHỆ AN' / 'SỞ Y TẾ' / 'Số: "
            "1342/SYT-VP' / 'V/v báo cáo kết quả thực hiện Kết luận số 114-KL/TW' | motto / date; "
            "'Kính gửi:' then TWO DASH LINES '- Ban Tuyên giáo và Dân vận Tỉnh ủy;' / '- Ủy ban nhân "
            "dân tỉnh.'; 'Sở Y tế báo cáo như sau:'; the body's parts each opening with 'Về': '1. Về công "
            "tác lãnh đạo, chỉ đạo', '2. Về kết quả thực hiện', '3. Về tồn tại, hạn chế', '4. Về nguyên "
            "nhân', '5. Về bài học kinh nghiệm', '6. Về tác động', '7. Về nhiệm vụ, giải pháp thời gian "
            "tới', '8. Về kiến nghị, đề xuất'; 'Nơi nhận: - Như trên;'; 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM "
            "ĐỐC'. Appendix 'Biểu số liệu kèm theo Công văn số 1342/SYT-VP'. Records SYT, "
            "1342/SYT-VP, 16/4/2026 (its own extension to 24/4: on time), Nguyễn Thị Hương Giang, "
            "PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC", doc_number="1342/SYT-VP")
    letter_hdr(R, [("UBND TỈNH NGHỆ AN", False), ("SỞ Y TẾ", True), ("-------", False)],
               [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                ("---------------", False, False), (R.place_date, False, True)],
               "V/v báo cáo kết quả thực hiện Kết luận số 114-KL/TW", f"Số: {R.doc_number}")
    R.app(R.doc_number)
    kinh_gui(R, ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Ủy ban nhân dân tỉnh."])
    R.d.add(p(r(OPENING.format(who="Sở Y tế")), ind=567))
    R.app("Sở Y tế báo cáo như sau")
    for title, sec in [("1. Về công tác lãnh đạo, chỉ đạo", "lanh-dao"), ("2. Về kết quả thực hiện", "ket-qua.noi-bat"),
                       ("3. Về tồn tại, hạn chế", "ket-qua.han-che"), ("4. Về nguyên nhân", "ket-qua.nguyen-nhan"),
                       ("5. Về bài học kinh nghiệm", "ket-qua.bai-hoc"), ("6. Về tác động", "tac-dong"),
                       ("7. Về nhiệm vụ, giải pháp thời gian tới", "ket-qua.giai-phap"),
                       ("8. Về kiến nghị, đề xuất", "kien-nghi")]:
        R.H(title, 1)
        body(R, sec)
    t = "Trên đây là báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW của Sở Y tế./."
    R.d.add(p(r(t), ind=567))
    R.app("Kết luận số 114-KL/TW của Sở Y tế./.")
    sig_table(R, ["- Như trên;", "- Giám đốc Sở (b/c);", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    R.appendix(caption="BIỂU SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
               kem=f"Kèm theo Công văn số {R.doc_number} ngày 16/4/2026 của Sở Y tế")
    return R


# S2 + S5: a letter as Word's Plain Text, the body LETTERED a), b) … with run-in titles.
def stc():
    R = TxtRep("stc", "STC", "STC - CV 241 KL114.txt",
               "A REPLY LETTER AS WORD'S PLAIN TEXT (UTF-8 with BOM, CRLF): 'UBND TỈNH NGHỆ AN' / 'SỞ TÀI "
               "CHÍNH' / '-------' / 'Số: 241/STC-VP' / 'V/v báo cáo kết quả thực hiện Kết luận số "
               "114-KL/TW' / motto / date / 'Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy'; the opening; "
               "then ONE PARAGRAPH PER PART, LETTERED in the Vietnamese order with RUN-IN TITLES: 'a) Công "
               "tác lãnh đạo, chỉ đạo: …', 'b) Kết quả nổi bật: …' (second paragraph plain), 'c) Hạn chế: "
               "…', 'd) Nguyên nhân: …', 'đ) Bài học kinh nghiệm: …', 'e) Tác động: …', 'g) Giải pháp "
               "thời gian tới: …', 'h) Kiến nghị: …'; '(Có biểu số liệu kèm theo)'; closing; 'Nơi nhận: "
               "- Như trên; …', 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'; the table as tab rows. (pseudo-heading "
               "tolerated) Records STC, 241/STC-VP, 16/4/2026, Nguyễn Văn Long, PHÓ GIÁM ĐỐC.",
               place="Nghệ An")
    R.meta("PHÓ GIÁM ĐỐC", doc_number="241/STC-VP")
    R.lines += ["UBND TỈNH NGHỆ AN", "SỞ TÀI CHÍNH", "-------", f"Số: {R.doc_number}",
                "V/v báo cáo kết quả thực hiện Kết luận số 114-KL/TW", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "---------------", R.place_date,
                "Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy", OPENING.format(who="Sở Tài chính")]
    for a in (R.doc_number, "V/v báo cáo kết quả thực hiện", R.place_date.split(" năm")[0], "Kính gửi",
              "Sở Tài chính báo cáo như sau"):
        R.app(a)
    for lead, sec in [("a) Công tác lãnh đạo, chỉ đạo:", "lanh-dao"), ("b) Kết quả nổi bật:", "ket-qua.noi-bat"),
                      ("c) Hạn chế:", "ket-qua.han-che"), ("d) Nguyên nhân:", "ket-qua.nguyen-nhan"),
                      ("đ) Bài học kinh nghiệm:", "ket-qua.bai-hoc"), ("e) Tác động:", "tac-dong"),
                      ("g) Giải pháp thời gian tới:", "ket-qua.giai-phap"), ("h) Kiến nghị:", "kien-nghi")]:
        ts = R.texts[sec]
        R.paragraphs.append((ts[0], sec, None))
        R.lines.append(f"{lead} {ts[0]}")
        for t in ts[1:]:
            R.put(t, sec)
    R.lines += ["(Có biểu số liệu kèm theo)",
                "Trên đây là báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW của Sở Tài chính./.",
                "Nơi nhận:", "- Như trên;", "- Giám đốc Sở (b/c);", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                "", "", R.signer, "BIỂU SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                f"(Kèm theo Công văn số {R.doc_number} ngày 16/4/2026 của Sở Tài chính)"]
    for a in ("Có biểu số liệu kèm theo", "Kết luận số 114-KL/TW của Sở Tài chính./.", "Nơi nhận", "KT. GIÁM ĐỐC",
              R.signer, "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN", "Kèm theo Công văn số"):
        R.app(a)
    for row in std_rows(R.figures):
        R.lines.append("\t".join(row))
    R.tolerated.append("pseudo-heading")
    return R


def toc_field(R, entries):
    """S4 (a published report opening with 'MỤC LỤC' and page numbers) as Word inserts it
    (References ▸ Table of Contents): one paragraph per entry in style TOC1/TOC2, a hyperlink to
    the heading's bookmark, a tab with dot leader and a PAGEREF field; entries (level, text, page)."""
    for lvl in (1, 2):
        R.d.style(f"TOC{lvl}", f"toc {lvl}", based="Normal",
                  ppr=f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
                      f'<w:spacing w:after="60"/><w:ind w:left="{(lvl - 1) * 280}"/>')
    n = len(entries)
    for i, (lvl, text, page) in enumerate(entries):
        bm = f"_Toc19{i:04d}"
        runs = ""
        if i == 0:
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                     'TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        runs += (f'<w:hyperlink w:anchor="{bm}" w:history="1">{r(text)}<w:r><w:tab/></w:r>'
                 + field(f"PAGEREF {bm} \\h", str(page)) + "</w:hyperlink>")
        if i == n - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        R.d.add(f'<w:p><w:pPr><w:pStyle w:val="TOC{lvl}"/></w:pPr>{runs}</w:p>')
        R.app(f"{text} {page}")


def heading_bm(R, text, level, n):
    """A heading in Word's Heading style with the _Toc bookmark the TOC links to."""
    bm = f"_Toc19{n:04d}"
    R.d.add(f'<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr><w:bookmarkStart w:id="{n}" w:name="{bm}"/>'
            f'{r(text)}<w:bookmarkEnd w:id="{n}"/></w:p>')


# S4 (123doc.net: a published programme report opening with 'MỤC LỤC … PHẦN I 6 …') + S6 (36-HD/
# VPTW: page numbers at the top) — a Word TOC FIELD after the title; a running header.
def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "A TABLE OF CONTENTS AT THE START, as a Word TOC field (S4's published report opens with "
            "'MỤC LỤC' and page numbers): after the header ('Số: 731/BC-SGDĐT'), 'BÁO CÁO' and the "
            "subject, a centred 'MỤC LỤC' and a TOC field (TOC \\o \"1-2\" \\h \\z \\u: one paragraph "
            "per entry in style TOC1/TOC2, a hyperlink, a dot-leader tab and a PAGEREF page number: 'I. "
            "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO  2', 'II. KẾT QUẢ ĐẠT ĐƯỢC  2', '1. Kết quả nổi bật  2', '2. Hạn "
            "chế  3', '3. Nguyên nhân  3', '4. Bài học kinh nghiệm  3', 'III. TÁC ĐỘNG  4', 'IV. NHIỆM "
            "VỤ, GIẢI PHÁP THỜI GIAN TỚI  4', 'V. KIẾN NGHỊ, ĐỀ XUẤT  4', 'PHỤ LỤC  5'), a page break, "
            "then the opening and the body in Word's Heading 1 / Heading 2 styles with the TOC's "
            "bookmarks. A RUNNING HEADER on every page 'Sở Giáo dục và Đào tạo Nghệ An - Báo cáo tổng "
            "kết 10 năm thực hiện Kết luận số 114-KL/TW' with a PAGE field (36-HD/VPTW: page number at "
            "the top). The TOC lines and the header are apparatus. Records SGDDT, 731/BC-SGDĐT, "
            "15/4/2026, Thái Văn Thành, PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    R.heading_styles()
    state_hdr(R, "UBND TỈNH NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJ2, b=True), jc="center"))
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.d.add(p(r("MỤC LỤC", b=True), jc="center"))
    R.app("MỤC LỤC")
    parts = [(1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 2, "lanh-dao"), (1, "II. KẾT QUẢ ĐẠT ĐƯỢC", 2, None),
             (2, "1. Kết quả nổi bật", 2, "ket-qua.noi-bat"), (2, "2. Hạn chế", 3, "ket-qua.han-che"),
             (2, "3. Nguyên nhân", 3, "ket-qua.nguyen-nhan"), (2, "4. Bài học kinh nghiệm", 3, "ket-qua.bai-hoc"),
             (1, "III. TÁC ĐỘNG", 4, "tac-dong"), (1, "IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 4, "ket-qua.giai-phap"),
             (1, "V. KIẾN NGHỊ, ĐỀ XUẤT", 4, "kien-nghi"), (1, "PHỤ LỤC", 5, None)]
    toc_field(R, [(lvl, t, pg) for lvl, t, pg, _ in parts])
    page_break(R)
    R.d.add(p(r(OPENING.format(who="Sở Giáo dục và Đào tạo")), ind=567))
    R.app("Sở Giáo dục và Đào tạo báo cáo như sau")
    for n, (lvl, t, pg, sec) in enumerate(parts[:-1]):
        heading_bm(R, t, lvl, n)
        if sec:
            body(R, sec)
    R.closing_sentence("Sở Giáo dục và Đào tạo")
    sig_table(R, RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    page_break(R)
    heading_bm(R, "PHỤ LỤC", 1, len(parts) - 1)
    R.d.add(p(r("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"))
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    figure_rows(R, std_rows(R.figures))
    header_footer(R, header_text="Sở Giáo dục và Đào tạo Nghệ An - Báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW",
                  page_in_header=True)
    R.app("Sở Giáo dục và Đào tạo Nghệ An - Báo cáo tổng kết")
    return R


def cell_paras(texts, w, italic_after=None):
    ps = [p(r(t), spacing=False) for t in texts]
    if italic_after:
        ps.append(p(r(italic_after, i=True, sz=22), spacing=False))
    return cell(ps, w)


# The WHOLE BODY IN A TABLE 'TT | Nội dung | Kết quả thực hiện', the left cell holding the outline's
# item and its guidance in italic (as units fill a reporting form in Word).
def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "THE WHOLE BODY IN A TABLE, as units fill a reporting form: after the Office's letterhead "
            "('TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG' / '*' / 'Số 498-BC/VPTU'), 'BÁO CÁO', the subject and the "
            "opening, ONE BORDERED TABLE 'TT | Nội dung | Kết quả thực hiện' with a row per outline "
            "item: the left cell the item ('Công tác lãnh đạo, chỉ đạo', 'Những kết quả nổi bật', 'Tồn "
            "tại, hạn chế', 'Nguyên nhân', 'Bài học kinh nghiệm', 'Tác động của việc thực hiện Kết "
            "luận', 'Phương hướng, giải pháp thời gian tới', 'Kiến nghị, đề xuất') WITH THE OUTLINE'S "
            "GUIDANCE IN ITALIC under it; the right cell the Office's text (two paragraphs in the "
            "results row). Then the closing, 'K/T CHÁNH VĂN PHÒNG' / 'PHÓ CHÁNH VĂN PHÒNG', and the "
            "appendix (rate 'x'). Records VPTU, 498-BC/VPTU, 13/4/2026, Lê Văn Toàn, PHÓ CHÁNH VĂN "
            "PHÒNG; indicator 9 not reported.")
    R.meta("PHÓ CHÁNH VĂN PHÒNG")
    header3(R, [[("TỈNH ỦY NGHỆ AN", False, False, False), ("VĂN PHÒNG", True, False, False), ("*", False, False, False),
                 (f"Số {R.doc_number}", False, False, False)],
                [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True), ("", False, False, False), (R.place_date, False, True, False)]],
            [4300, 5100])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Văn phòng Tỉnh ủy")
    W = [600, 2900, 5800]
    rows = [[hc("TT", W[0]), hc("Nội dung", W[1]), hc("Kết quả thực hiện", W[2])]]
    items = [("Công tác lãnh đạo, chỉ đạo", "lanh-dao"), ("Những kết quả nổi bật", "ket-qua.noi-bat"),
             ("Tồn tại, hạn chế", "ket-qua.han-che"), ("Nguyên nhân", "ket-qua.nguyen-nhan"),
             ("Bài học kinh nghiệm", "ket-qua.bai-hoc"), ("Tác động của việc thực hiện Kết luận", "tac-dong"),
             ("Phương hướng, giải pháp thời gian tới", "ket-qua.giai-phap"), ("Kiến nghị, đề xuất", "kien-nghi")]
    for n, (item, sec) in enumerate(items, 1):
        left = cell([p(r(item, b=True), spacing=False), p(r(f"({HINT[sec]})", i=True, sz=22), spacing=False)], W[1])
        R.app(f"({HINT[sec]})"[:45])
        right = cell([p(r(t), spacing=False) for t in R.texts[sec]], W[2])
        for t in R.texts[sec]:
            R.paragraphs.append((t, sec, None))
        rows.append([tc(str(n), W[0], jc="center"), left, right])
    R.d.add(table(rows, W, header_rows=1))
    R.closing_sentence("Văn phòng Tỉnh ủy")
    sig_table(R, RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], R.signer)
    R.appendix()
    return R


# Part II's sub-parts in a TWO-COLUMN table 'Nội dung | Kết quả', the rest in prose.
def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "SECTIONS IN A TWO-COLUMN TABLE inside an ordinary report: 'UBND TỈNH NGHỆ AN' / 'THANH TRA "
            "TỈNH' / 'Số: 117/BC-TTr'; 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' in prose; 'II. KẾT QUẢ "
            "THỰC HIỆN' followed by a bordered table 'Nội dung | Kết quả' with rows 'Kết quả nổi bật' "
            "(two paragraphs in the cell), 'Tồn tại, hạn chế', 'Nguyên nhân', 'Bài học kinh nghiệm'; "
            "then 'III. TÁC ĐỘNG', 'IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI', 'V. KIẾN NGHỊ, ĐỀ XUẤT' in "
            "prose. 'KT. CHÁNH THANH TRA' / 'PHÓ CHÁNH THANH TRA'. Records TTT, 117/BC-TTr, 15/4/2026, "
            "Phạm Hồng Quang, PHÓ CHÁNH THANH TRA.")
    R.meta("PHÓ CHÁNH THANH TRA")
    state_hdr(R, "UBND TỈNH NGHỆ AN", "THANH TRA TỈNH")
    R.title("Thanh tra tỉnh")
    R.H("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH", 1)
    body(R, "lanh-dao")
    R.H("II. KẾT QUẢ THỰC HIỆN", 1)
    W = [2600, 6700]
    rows = [[hc("Nội dung", W[0]), hc("Kết quả", W[1])]]
    for item, sec in [("Kết quả nổi bật", "ket-qua.noi-bat"), ("Tồn tại, hạn chế", "ket-qua.han-che"),
                      ("Nguyên nhân", "ket-qua.nguyen-nhan"), ("Bài học kinh nghiệm", "ket-qua.bai-hoc")]:
        rows.append([tc(item, W[0], b=True), cell([p(r(t), spacing=False) for t in R.texts[sec]], W[1])])
        for t in R.texts[sec]:
            R.paragraphs.append((t, sec, None))
    R.d.add(table(rows, W, header_rows=1))
    for title, sec in [("III. TÁC ĐỘNG", "tac-dong"), ("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", "ket-qua.giai-phap"),
                       ("V. KIẾN NGHỊ, ĐỀ XUẤT", "kien-nghi")]:
        R.H(title, 1)
        body(R, sec)
    R.closing_sentence("Thanh tra tỉnh")
    sig_table(R, RECIP_STATE, ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], R.signer)
    R.appendix(kem="Kèm theo Báo cáo số 117/BC-TTr ngày 15/4/2026 của Thanh tra tỉnh")
    return R


# An ANNEX of a larger report: 'Phụ lục 02' FIRST, no header block; who sent it and its number and
# date only in the '(Kèm theo Báo cáo số … của …)' line; signed at the end.
def duqs():
    R = Rep("duqs", "DUQS", "DUQS - Phu luc 02 BC 318.docx",
            "AN ANNEX OF A LARGER REPORT, SENT ALONE: the file opens with 'Phụ lục 02' (bold, centred), "
            "'KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' and '(Kèm theo Báo cáo số 318-BC/ĐU ngày "
            "10/4/2026 của Ban Thường vụ Đảng ủy Quân sự tỉnh về công tác dân vận năm 2025)' — NO "
            "HEADER BLOCK, no 'BÁO CÁO': the unit, the number and the date are only in that line. Body "
            "'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. "
            "Hạn chế', '2. Nguyên nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. NHIỆM VỤ, GIẢI "
            "PHÁP', 'VII. KIẾN NGHỊ, ĐỀ XUẤT'; signed at the end 'T/M BAN THƯỜNG VỤ' / 'BÍ THƯ' / name "
            "(no 'Nơi nhận'); then 'Biểu số liệu' (rate 'x'). The officer records DUQS, 318-BC/ĐU, "
            "10/4/2026, Lê Minh Tuấn, BÍ THƯ; indicator 9 not reported.")
    R.meta("BÍ THƯ")
    R.d.add(p(r("Phụ lục 02", b=True), jc="center"))
    R.d.add(p(r("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"))
    R.d.add(p(r("(Kèm theo Báo cáo số 318-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy Quân sự tỉnh về công tác "
                "dân vận năm 2025)", i=True), jc="center"))
    for a in ("Phụ lục 02", "KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114", "Kèm theo Báo cáo số 318-BC/ĐU",
              "về công tác dân vận năm 2025"):
        R.app(a)
    for title, lvl, sec in [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"), ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
                            ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None), ("1. Hạn chế", 2, "ket-qua.han-che"),
                            ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"), ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
                            ("V. TÁC ĐỘNG", 1, "tac-dong"), ("VI. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
                            ("VII. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")]:
        R.H(title, lvl)
        if sec:
            body(R, sec)
    right = [p(r(s, b=True), jc="center", spacing=False) for s in ("T/M BAN THƯỜNG VỤ", "BÍ THƯ")] + \
        [p("", spacing=False)] * 3 + [p(r(R.signer, b=True), jc="center", spacing=False)]
    R.d.add(table([[cell([p("")], 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    for a in ("T/M BAN THƯỜNG VỤ", R.signer):
        R.app(a)
    R.d.add(p(r("Biểu số liệu", b=True), jc="center"))
    R.app("Biểu số liệu")
    figure_rows(R, std_rows(R.figures))
    return R


# A TYPED table of contents (dot leaders typed, not a field) + the unit in a page header and a
# footer with the page number.
def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 KL114.docx",
            "A TYPED TABLE OF CONTENTS (no field): after 'BÁO CÁO' and the subject, 'MỤC LỤC' and plain "
            "paragraphs with the dots typed and the page number at the end ('I. Công tác lãnh đạo, chỉ "
            "đạo ........................ 2', '1. Những kết quả nổi bật ............ 2', … 'Phụ lục "
            "...... 6'), then the body 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ THỰC HIỆN' ('1. "
            "Những kết quả nổi bật', '2. Tồn tại, hạn chế', '3. Nguyên nhân', '4. Bài học kinh "
            "nghiệm'), 'III. TÁC ĐỘNG', 'IV. PHƯƠNG HƯỚNG, GIẢI PHÁP', 'V. KIẾN NGHỊ, ĐỀ XUẤT'. A PAGE "
            "HEADER on every page 'ĐẢNG ỦY CÔNG AN TỈNH NGHỆ AN' and a FOOTER 'Báo cáo tổng kết Kết "
            "luận 114 - Trang N'. Party header '*' / 'Số 296-BC/ĐU'. Records DUCA, 296-BC/ĐU, "
            "12/4/2026, Nguyễn Đức Hải, PHÓ BÍ THƯ.", place="Nghệ An")
    R.meta("PHÓ BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY CÔNG AN TỈNH")
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJ2, b=True), jc="center"))
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.d.add(p(r("MỤC LỤC", b=True), jc="center"))
    R.app("MỤC LỤC")
    parts = [(1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 2, "lanh-dao"), (1, "II. KẾT QUẢ THỰC HIỆN", 2, None),
             (2, "1. Những kết quả nổi bật", 2, "ket-qua.noi-bat"), (2, "2. Tồn tại, hạn chế", 3, "ket-qua.han-che"),
             (2, "3. Nguyên nhân", 3, "ket-qua.nguyen-nhan"), (2, "4. Bài học kinh nghiệm", 4, "ket-qua.bai-hoc"),
             (1, "III. TÁC ĐỘNG", 4, "tac-dong"), (1, "IV. PHƯƠNG HƯỚNG, GIẢI PHÁP", 5, "ket-qua.giai-phap"),
             (1, "V. KIẾN NGHỊ, ĐỀ XUẤT", 5, "kien-nghi"), (1, "Phụ lục", 6, None)]
    for lvl, t, pg, _ in parts:
        shown = t if lvl == 2 else t.title() if t.isupper() else t
        shown = {"I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO": "I. Công tác lãnh đạo, chỉ đạo",
                 "II. KẾT QUẢ THỰC HIỆN": "II. Kết quả thực hiện", "III. TÁC ĐỘNG": "III. Tác động",
                 "IV. PHƯƠNG HƯỚNG, GIẢI PHÁP": "IV. Phương hướng, giải pháp",
                 "V. KIẾN NGHỊ, ĐỀ XUẤT": "V. Kiến nghị, đề xuất"}.get(t, shown)
        dots = "." * max(8, 60 - len(shown))
        line = ("    " if lvl == 2 else "") + f"{shown} {dots} {pg}"
        R.d.add(p(r(line), spacing=False))
        R.app(f"{shown} {dots[:6]}")
    page_break(R)
    R.d.add(p(r(OPENING.format(who="Ban Thường vụ Đảng ủy Công an tỉnh")), ind=567))
    R.app("Ban Thường vụ Đảng ủy Công an tỉnh báo cáo như sau")
    for lvl, t, pg, sec in parts[:-1]:
        R.H(t, lvl)
        if sec:
            body(R, sec)
    R.closing_sentence("Ban Thường vụ Đảng ủy Công an tỉnh")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    page_break(R)
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"))
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    figure_rows(R, std_rows(R.figures))
    header_footer(R, header_text="ĐẢNG ỦY CÔNG AN TỈNH NGHỆ AN",
                  footer_text="Báo cáo tổng kết Kết luận 114", page_in_footer=True)
    R.app("Báo cáo tổng kết Kết luận 114 - Trang")
    return R


# No headings at all: every paragraph OPENS WITH THE OUTLINE'S QUESTION as a bold run-in, the
# answer after it in the same paragraph (the Youth Union's own report).
def td():
    R = Rep("td", "TD", "Tinh doan - BC 15 KL114.docx",
            "ANSWERS RUN ON AFTER THE QUESTION, NO HEADINGS: Tỉnh đoàn's own header ('BCH ĐOÀN TNCS HỒ "
            "CHÍ MINH' / 'TỈNH NGHỆ AN' / '***' / 'Số: 15-BC/TĐTN-BTG' | 'ĐOÀN TNCS HỒ CHÍ MINH' / "
            "date), 'BÁO CÁO', the subject, the opening; then EVERY PART IS ONE PARAGRAPH OPENING WITH "
            "THE OUTLINE'S QUESTION AS A BOLD RUN-IN ending with '?', the answer after it in the same "
            "paragraph ('Việc quán triệt, cụ thể hóa, lãnh đạo, chỉ đạo thực hiện Kết luận số 114-KL/TW "
            "của cấp ủy, tổ chức đảng được tiến hành như thế nào? Ban Thường vụ Tỉnh đoàn …'); the "
            "results' second paragraph plain. Order: lãnh đạo, kết quả, hạn chế, nguyên nhân, bài học, "
            "tác động, giải pháp, kiến nghị. 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN' / 'PHÓ BÍ THƯ THƯỜNG TRỰC'. "
            "Appendix ('-' citizen reception, 'x' rate). Records TD, 15-BC/TĐTN-BTG, 14/4/2026, Nguyễn "
            "Thị Bích Ngọc, PHÓ BÍ THƯ THƯỜNG TRỰC; indicators 5 and 9 not reported.", place="Nghệ An")
    R.meta("PHÓ BÍ THƯ THƯỜNG TRỰC", doc_number="15-BC/TĐTN-BTG")
    L_ = lambda t, b=False, i=False, u=False: (t, b, i, u)  # noqa: E731
    header3(R, [[L_("BCH ĐOÀN TNCS HỒ CHÍ MINH", True), L_("TỈNH NGHỆ AN", True), L_("***"), L_(f"Số: {R.doc_number}")],
                [L_("ĐOÀN TNCS HỒ CHÍ MINH", True, False, True), L_(""), L_(R.place_date, i=True)]], [4300, 5100])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Ban Thường vụ Tỉnh đoàn")
    for sec in ["lanh-dao", "ket-qua.noi-bat", "ket-qua.han-che", "ket-qua.nguyen-nhan", "ket-qua.bai-hoc", "tac-dong",
                "ket-qua.giai-phap", "kien-nghi"]:
        ts = R.texts[sec]
        R.runin(QUESTION[sec], ts[0], sec)
        R.app(QUESTION[sec][:45])
        for t in ts[1:]:
            R.put(t, sec)
    R.closing_sentence("Ban Thường vụ Tỉnh đoàn")
    sig_table(R, ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Trung ương Đoàn (b/c);", "- Lưu VP Tỉnh đoàn."],
              ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC"], R.signer)
    rows = std_rows(R.figures)
    for row in rows[1:]:
        if row[3] == "x" and row[2] != "%":
            row[3] = "-"
    R.appendix(rows=rows, kem="Kèm theo Báo cáo số 15-BC/TĐTN-BTG ngày 14/4/2026")
    return R


# The body as a PIPE TABLE 'TT | Nội dung đề cương | Kết quả thực hiện' (a Word table pasted into
# Markdown; a cell's paragraphs joined with '<br>'), the left column the outline's questions.
def mttq():
    R = MdRep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md",
              "THE BODY AS A MARKDOWN PIPE TABLE (a Word form pasted by the secretariat): header lines "
              "('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM' / '**TỈNH NGHỆ AN**' / '**BAN THƯỜNG TRỰC**' / 'Số: "
              "322/BC-MTTQ-BTT' / motto / date), '**BÁO CÁO**', the subject, the opening; then ONE TABLE "
              "'| TT | Nội dung đề cương | Kết quả thực hiện |' with a row per outline item, the middle "
              "column THE OUTLINE'S QUESTION ('Việc quán triệt, cụ thể hóa, lãnh đạo, chỉ đạo … được tiến "
              "hành như thế nào?' …), the right column the Front's text (the results' two paragraphs "
              "joined with '<br>'). Then closing, '**TM. BAN THƯỜNG TRỰC**' / '**K/T CHỦ TỊCH**' / "
              "'**PHÓ CHỦ TỊCH**' / name, 'Nơi nhận', appendix pipe table (rate 'x'). (pseudo-heading "
              "tolerated) Records MTTQ, 322/BC-MTTQ-BTT, 14/4/2026, Võ Thị Hằng, PHÓ CHỦ TỊCH; "
              "indicator 9 not reported.", place="Nghệ An")
    R.meta("PHÓ CHỦ TỊCH")
    R.lines += ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "**TỈNH NGHỆ AN**", "**BAN THƯỜNG TRỰC**", "Số: 322/BC-MTTQ-BTT",
                "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", f"*{R.place_date}*",
                "**BÁO CÁO**", f"**{SUBJ2}**"]
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.add(OPENING.format(who=who))
    for a in ("322/BC-MTTQ-BTT", "BAN THƯỜNG TRỰC", R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK,
              f"{who} báo cáo như sau"):
        R.app(a)
    out = ["| TT | Nội dung đề cương | Kết quả thực hiện |", "|---|---|---|"]
    for n, sec in enumerate(ORDER[:5] + ["tac-dong", "ket-qua.giai-phap", "kien-nghi"], 1):
        ts = R.texts[sec]
        for t in ts:
            R.paragraphs.append((t, sec, None))
        out.append(f"| {n} | {QUESTION[sec]} | {'<br>'.join(ts)} |")
        R.app(QUESTION[sec][:45])
    R.add("\n".join(out))
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["**TM. BAN THƯỜNG TRỰC**", "**K/T CHỦ TỊCH**", "**PHÓ CHỦ TỊCH**", f"**{R.signer}**",
                "***Nơi nhận:***\n- Ban Tuyên giáo và Dân vận Tỉnh ủy;\n- Lưu: VT, BTT."]
    for a in ("TM. BAN THƯỜNG TRỰC", "K/T CHỦ TỊCH", R.signer, "Nơi nhận"):
        R.app(a)
    R.lines += ["**PHỤ LỤC**", "**SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    rows = std_rows(R.figures)
    R.add("\n".join(["| " + " | ".join(rows[0]) + " |", "|---|---|---|---:|"] +
                    ["| " + " | ".join(x_) + " |" for x_ in rows[1:]]))
    R.tolerated.append("pseudo-heading")
    return R


REPORTS = [x001, x002, x003, x004, x005, x007, snv, syt, stc, sgddt, vptu, ttt, duqs, duca, td, mttq]
