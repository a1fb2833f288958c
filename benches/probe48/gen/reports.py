"""probe48's sixteen reports. Text, figures, numbers, dates and signers are probe44's for the
same roster units (through probe46's gen/reports.py, which imports probe44's r44_a/b/c; its
Rep class and dx.py writer are reused); the LAYOUT is this probe's: one or two shapes per
file that probes 39-47 did not have, stated in each report's `notes` (expect.json "layout").
Each report records the section an officer files every paragraph under, and the apparatus
(header, title, formulas, signature, and text Word does not show as the report's: deleted
revisions, comments, hidden text, stamps, attached lists) that must never be compiled."""

import datetime
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
P46 = os.path.join(os.path.dirname(os.path.dirname(HERE)), "probe46", "gen")
sys.path.insert(0, P46)
_spec = importlib.util.spec_from_file_location("reports46", os.path.join(P46, "reports.py"))
r46 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r46)
from dx import Docx, cell, field, p, r, sect, table, x  # noqa: E402
sys.path.remove(P46)

Rep0, ORDER, TITLES, CAPTION, std_rows, bold_h, commune, vn = (
    r46.Rep, r46.ORDER, r46.TITLES, r46.CAPTION, r46.std_rows, r46.bold_h, r46.commune, r46.vn)
HEADS, RECIP_PARTY, RECIP_STATE, SIG_PARTY, IND, LABELS = (
    r46.HEADS, r46.RECIP_PARTY, r46.RECIP_STATE, r46.SIG_PARTY, r46.IND, r46.LABELS)
SUBJECT, OPENING, SUBJ_LEAK, dmy = r46.SUBJECT, r46.OPENING, r46.SUBJ_LEAK, r46.dmy

CH = 'w:author="Nguyễn Văn Thắng" w:date="2026-04-11T09:00:00Z"'
WEEKDAY = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
_ids = [100]


def nid():
    _ids[0] += 1
    return _ids[0]


def weekday(iso):
    return WEEKDAY[datetime.date.fromisoformat(iso).weekday()]


class Rep(Rep0):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.parts_extra = []     # callbacks run on the Docx before saving

    def save(self, path):
        for f in self.parts_extra:
            f(self.d)
        extra = getattr(self, "last_sect_xml", None)
        if extra is None:
            return super().save(path)
        pre, post = (extra, "") if "headerReference" in extra else ("", extra)
        self.d.add(f"<w:sectPr>{pre}{post}<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                   '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
                   'w:header="567" w:footer="567" w:gutter="0"/>'
                   + ("<w:titlePg/>" if getattr(self, "title_pg", False) else "") + "</w:sectPr>")
        self.d.save(path)


def state_closing(R, who, sig, recipients=RECIP_STATE, sig_xml_extra=""):
    R.closing(who, recipients, sig)


# ------------------------------------------------------------------------------------------
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx",
            "Party header table whose place-and-date line carries the WEEKDAY: 'Vinh Phú, thứ "
            "Sáu, ngày 10 tháng 4 năm 2026' (italic, right column), as some offices' templates "
            "and the Party's newer e-document forms write it; bold typed headings I.-IV. / "
            "bold-italic 1.-5.; ordinary appendix. The officer dates it 10/4/2026.",
            place="Vinh Phú")
    R.place_date = f"Vinh Phú, {weekday(R.date)}, ngày 10 tháng 4 năm 2026"
    commune(R, ["ĐẢNG ỦY PHƯỜNG VINH PHÚ"], "Đảng ủy phường Vinh Phú")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy phường Vinh Phú", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x002():
    R = Rep("x002", "X002", "Dien Chau - BC 52 tong ket KL114.docx",
            "Party header table whose date is written with SLASHES AND LEADING ZEROS in the "
            "header: 'Diễn Châu, ngày 09/04/2026'; bold typed headings; the appendix's figure "
            "cells hold TWO NUMBERS as units fill them: '14 (trong đó 4 hội nghị trực tuyến)', "
            "'372 lượt (trong đó 158 lượt nữ)', '233/241' (settled / received, in the settled "
            "row), '8/10' (models recognised / registered), '86,1% (2.583/3.000 hồ sơ)'. The "
            "officer takes the first number of each cell.", place="Diễn Châu")
    R.place_date = "Diễn Châu, ngày 09/04/2026"
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ DIỄN CHÂU"])
    R.place_date = "Diễn Châu, ngày 09/04/2026"
    R.apparatus[-1] = "Diễn Châu, ngày 09/04/2026"
    R.title("Ban Thường vụ Đảng ủy xã Diễn Châu")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Diễn Châu", RECIP_PARTY, SIG_PARTY)
    f = R.figures
    cells = {"hoi-nghi": f"{f['hoi-nghi']} (trong đó 4 hội nghị trực tuyến)",
             "tap-huan": f"{vn(f['tap-huan'])} lượt (trong đó 158 lượt nữ)",
             "don-giai-quyet": f"{f['don-giai-quyet']}/{f['don-nhan']}",
             "dan-van-kheo": f"{f['dan-van-kheo']}/10",
             "truc-tuyen": "86,1% (2.583/3.000 hồ sơ)"}
    rows = std_rows(f)
    for i, ind in enumerate(IND, 1):
        if ind in cells:
            rows[i][3] = cells[ind]
    R.appendix(rows=rows)
    # README ('Values as written') refuses two figures in a cell with advice; the officer
    # reads the first: figures keyed, the advice tolerated (probe42's '325(1)' precedent)
    R.tolerated.append("appendix-value-invalid")
    return R


def x007():
    R = Rep("x007", "X007", "Anh Son - BC 44 tong ket KL114.docx",
            "Party header table WITHOUT a place-and-date line (superior body, issuing body, '*', "
            "number | 'ĐẢNG CỘNG SẢN VIỆT NAM' alone); the date appears ONLY at the END, in the "
            "signature column over 'T/M BAN THƯỜNG VỤ', with the WEEKDAY: 'Anh Sơn, Chủ nhật, "
            "ngày 12 tháng 4 năm 2026' (italic); bold typed headings; ordinary appendix. The "
            "officer dates it 12/4/2026.", place="Anh Sơn")
    left = [("ĐẢNG BỘ TỈNH NGHỆ AN", False, False, False), ("ĐẢNG ỦY XÃ ANH SƠN", True, False, False),
            ("*", False, False, False), (f"Số {R.doc_number}", False, False, False)]
    right = [("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False)]
    R.header_table(left, right)
    R.app(R.doc_number)
    R.title("Ban Thường vụ Đảng ủy xã Anh Sơn")
    R.heads(bold_h(R))
    who = "Ban Thường vụ Đảng ủy xã Anh Sơn"
    t = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    R.d.add(p(r(t), ind=567))
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    dl = f"Anh Sơn, {weekday(R.date)}, ngày 12 tháng 4 năm 2026"
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
        [p(r(s, sz=22), spacing=False) for s in RECIP_PARTY]
    right = [p(r(dl, i=True), jc="center", spacing=False)] + \
        [p(r(s, b=True), jc="center", spacing=False) for s in SIG_PARTY] + \
        [p("", spacing=False)] * 3 + [p(r(R.signer, b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    R.app("Nơi nhận")
    R.app(R.signer)
    R.app("Anh Sơn, Chủ nhật, ngày 12 tháng 4")
    R.appendix()
    return R


def frame(x_twips, w):
    return (f'<w:framePr w:w="{w}" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
            f'w:hAnchor="page" w:x="{x_twips}" w:y="1"/>')


def x003():
    R = Rep("x003", "X003", "Quynh Luu - BC 71 tong ket KL114.docx",
            "The header block in FRAMES, not a table: the left column's lines (superior body, "
            "issuing body bold, '*', number) are paragraphs sharing one w:framePr (a frame "
            "anchored to the page at x=1.0 cm), the right column's ('ĐẢNG CỘNG SẢN VIỆT NAM', "
            "the place and date, italic) another frame at x=11 cm — as old templates converted "
            "from .doc and WordPerfect keep them; body from 'BÁO CÁO' in ordinary paragraphs; "
            "bold typed headings.", place="Quỳnh Lưu")
    L = [("ĐẢNG BỘ TỈNH NGHỆ AN", False), ("ĐẢNG ỦY XÃ QUỲNH LƯU", True), ("*", False),
         (f"Số {R.doc_number}", False)]
    for t, b in L:
        R.d.add(f'<w:p><w:pPr>{frame(1400, 4200)}<w:jc w:val="center"/></w:pPr>{r(t, b=b)}</w:p>')
    for t, b, i, u in [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True), ("", False, False, False),
                       (R.place_date, False, True, False)]:
        R.d.add(f'<w:p><w:pPr>{frame(6200, 5000)}<w:jc w:val="center"/></w:pPr>'
                f'{r(t, b=b, i=i, u=u) if t else ""}</w:p>')
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.d.add(p(""))
    R.title("Ban Thường vụ Đảng ủy xã Quỳnh Lưu")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Quỳnh Lưu", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x004():
    R = Rep("x004", "X004", "Hoang Mai - BC 98 KL114.docx",
            "The header block laid out in a TWO-COLUMN SECTION (w:cols w:num=2) instead of a "
            "table: the left column's lines, a COLUMN BREAK (w:br w:type=column), the right "
            "column's lines, then a CONTINUOUS section break back to one column for 'BÁO CÁO' "
            "and the body; bold typed headings.", place="Hoàng Mai")
    for t, b in [("ĐẢNG BỘ TỈNH NGHỆ AN", False), ("ĐẢNG ỦY PHƯỜNG HOÀNG MAI", True), ("*", False),
                 (f"Số {R.doc_number}", False)]:
        R.d.add(p(r(t, b=b), jc="center", spacing=False))
    R.d.add(p('<w:r><w:br w:type="column"/></w:r>' + r("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, u=True),
              jc="center", spacing=False))
    R.d.add(p("", spacing=False))
    sp = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
          'w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
          '<w:cols w:num="2" w:space="454"/></w:sectPr>')
    R.d.add(f'<w:p><w:pPr><w:jc w:val="center"/>{sp}</w:pPr>{r(R.place_date, i=True)}</w:p>')
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Ban Thường vụ Đảng ủy phường Hoàng Mai")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy phường Hoàng Mai", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    R.last_sect_xml = '<w:type w:val="continuous"/>'
    return R


def x005():
    R = Rep("x005", "X005", "DU xa Do Luong - BC 58 KL114.docx",
            "The whole header block in the FIRST PAGE'S HEADER part (w:titlePg, header type "
            "'first') TYPED WITH TAB STOPS, not a table: each line 'left column TAB right "
            "column' over centre tab stops at 3.5 cm and 11.5 cm ('ĐẢNG BỘ TỈNH NGHỆ AN ⇥ ĐẢNG "
            "CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY XÃ ĐÔ LƯƠNG', '* ⇥ Đô Lương, ngày 10 tháng 4 năm "
            "2026', 'Số 58-BC/ĐU'); the later pages' header a PAGE field; the body starts at "
            "'BÁO CÁO'; bold typed headings. (probe42 X004 had the block in the first-page "
            "header as a TABLE.)", place="Đô Lương")
    tabs = ('<w:tabs><w:tab w:val="center" w:pos="2000"/><w:tab w:val="center" w:pos="6800"/>'
            '</w:tabs>')

    def hp(left, right, lb=False, rb=False, ri=False, ru=False):
        runs = '<w:r><w:tab/></w:r>' + (r(left, b=lb) if left else "")
        if right:
            runs += '<w:r><w:tab/></w:r>' + r(right, b=rb, i=ri, u=ru)
        return f'<w:p><w:pPr>{tabs}<w:jc w:val="left"/></w:pPr>{runs}</w:p>'
    first = [hp("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG CỘNG SẢN VIỆT NAM", rb=True, ru=True),
             hp("ĐẢNG ỦY XÃ ĐÔ LƯƠNG", None, lb=True),
             hp("*", R.place_date, ri=True),
             hp(f"Số {R.doc_number}", None)]
    rid_first = R.d.header_part("header1.xml", first)
    rid_def = R.d.header_part("header2.xml", [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                                              f'{field("PAGE", "2")}</w:p>'])
    R.rid_first, R.rid_def = rid_first, rid_def
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Ban Thường vụ Đảng ủy xã Đô Lương")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Đô Lương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    R.last_sect_xml = (f'<w:headerReference w:type="first" r:id="{rid_first}"/>'
                       f'<w:headerReference w:type="default" r:id="{rid_def}"/>')
    R.title_pg = True
    return R


def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "Party header table; the account in two LETTERED PARTS WITH DASHES: 'A- KẾT QUẢ 10 "
            "NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' over Roman sub-parts with dashes 'I- CÔNG TÁC "
            "LÃNH ĐẠO, CHỈ ĐẠO', 'II- KẾT QUẢ TRIỂN KHAI THỰC HIỆN' (over '1-' … '4-' "
            "achievements, limits, causes, lessons), 'III- TÁC ĐỘNG …'; 'B- PHƯƠNG HƯỚNG, NHIỆM "
            "VỤ VÀ KIẾN NGHỊ' over 'I- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI' (the "
            "results' solutions) and 'II- KIẾN NGHỊ, ĐỀ XUẤT' — the Roman numbers RESTART in B-; "
            "all typed, bold (A-/B- centred).")
    R.party_header("TỈNH ỦY NGHỆ AN", ["VĂN PHÒNG"])
    R.title("Văn phòng Tỉnh ủy")
    h = bold_h(R)
    R.d.add(p(r("A- KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"))
    h("I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    R.body("lanh-dao")
    h("II- KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1)
    for i, sec in enumerate(ORDER[1:5], 1):
        h(f"{i}- {TITLES[sec]}", 2)
        R.body(sec)
    h("III- TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    R.body("tac-dong")
    R.d.add(p(r("B- PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ", b=True), jc="center"))
    h("I- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 1)
    R.body("ket-qua.giai-phap")
    h("II- KIẾN NGHỊ, ĐỀ XUẤT", 1)
    R.body("kien-nghi")
    R.closing("Văn phòng Tỉnh ủy", RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])
    R.appendix()
    return R


def snv():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.docx",
            "State header table; headings are bold Normal paragraphs numbered ONLY by Word's "
            "automatic LEGAL multi-level list, THREE levels (numbering.xml: '%1.', '%1.%2.', "
            "'%1.%2.%3.', decimal; the numbers not in the text): '1. CÔNG TÁC LÃNH ĐẠO …', "
            "'2. KẾT QUẢ TRIỂN KHAI THỰC HIỆN' over '2.1. Kết quả đạt được' (over '2.1.1. Những "
            "kết quả nổi bật', '2.1.2. Bài học kinh nghiệm'), '2.2. Tồn tại, hạn chế và nguyên "
            "nhân' (over '2.2.1. Tồn tại, hạn chế', '2.2.2. Nguyên nhân'), '2.3. Phương hướng, "
            "giải pháp thời gian tới', '3. TÁC ĐỘNG …', '4. KIẾN NGHỊ, ĐỀ XUẤT'. (probes 41/44 "
            "had two levels.)")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"])
    R.title("Sở Nội vụ")
    n = R.d.numbering([("decimal", "%1.", True), ("decimal", "%1.%2.", True),
                       ("decimal", "%1.%2.%3.", True)])

    def h(t, lvl):
        R.d.add(p(r(t, b=True, i=lvl == 2), num=(n, lvl)))
    h("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 0)
    R.body("lanh-dao")
    h("KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 0)
    h("Kết quả đạt được", 1)
    h("Những kết quả nổi bật", 2)
    R.body("ket-qua.noi-bat")
    h("Bài học kinh nghiệm", 2)
    R.body("ket-qua.bai-hoc")
    h("Tồn tại, hạn chế và nguyên nhân", 1)
    h("Tồn tại, hạn chế", 2)
    R.body("ket-qua.han-che")
    h("Nguyên nhân", 2)
    R.body("ket-qua.nguyen-nhan")
    h("Phương hướng, giải pháp thời gian tới", 1)
    R.body("ket-qua.giai-phap")
    h("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 0)
    R.body("tac-dong")
    h("KIẾN NGHỊ, ĐỀ XUẤT", 0)
    R.body("kien-nghi")
    R.closing("Sở Nội vụ", RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    R.tolerated.append("section-order")     # lessons under 2.1 before the limits: the unit's order
    return R


def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "State header table; headings are bold Normal paragraphs numbered ONLY by Word's "
            "multi-level list: level 1 upperRoman 'I.', level 2 '%1.%2.' with <w:isLgl/> (Word's "
            "'Legal style numbering': the Roman level shown in Arabic inside level 2), so Word "
            "shows 'II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN' over '2.1. Những kết quả nổi bật' … '2.5. "
            "Phương hướng, giải pháp thời gian tới'; the numbers not in the text.")
    R.state_header("UBND TỈNH NGHỆ AN", ["THANH TRA TỈNH"])
    R.title("Thanh tra tỉnh")
    n = R.d.numbering([("upperRoman", "%1.", True), ("decimal", "%1.%2.", True)])
    aid = R.d.abstract_of(n)
    lv = R.d.abstract[aid][1]
    lv = lv.replace('<w:lvl w:ilvl="1"><w:start w:val="1"/>', '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/>')
    R.d.abstract[aid] = (aid, lv)

    def h(t, lvl):
        R.d.add(p(r(t, b=True, i=lvl == 1), num=(n, lvl)))
    for sec, level, title in HEADS:
        h(title.split(" ", 1)[1], level - 1)
        if sec:
            R.body(sec)
    R.closing("Thanh tra tỉnh", RECIP_STATE, ["CHÁNH THANH TRA"])
    R.appendix()
    return R


def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "State header table; bold typed headings; signature; the department's appendix; "
            "THEN a SUB-UNIT'S REPORT appended, with a STATISTICS TABLE OF ITS OWN: 'SỞ GD&ĐT "
            "NGHỆ AN / TRƯỜNG THPT HUỲNH THÚC KHÁNG', 'Số: 45/BC-THPT.HTK', dated 08/4/2026, "
            "'BÁO CÁO' and its subject, I.-IV. parts of its own, 'HIỆU TRƯỞNG' / name, and "
            "'STT | Nội dung | ĐVT | Số liệu' with the school's nine figures, introduced by "
            "'Báo cáo của đơn vị điển hình (kèm theo)'. The department's figures count once; "
            "the school's are not the department's and not added to them; the school's text "
            "is attached material (apparatus).")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
    R.title("Sở Giáo dục và Đào tạo")
    R.heads(bold_h(R))
    R.closing("Sở Giáo dục và Đào tạo", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    R.appendix()
    # --- the school's report
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    R.d.add(p(r("BÁO CÁO CỦA ĐƠN VỊ ĐIỂN HÌNH (KÈM THEO)", b=True, i=True), jc="center"))
    R.app("BÁO CÁO CỦA ĐƠN VỊ ĐIỂN HÌNH")
    left = [("SỞ GD&ĐT NGHỆ AN", False, False, False), ("TRƯỜNG THPT HUỲNH THÚC KHÁNG", True, False, False),
            ("-------", False, False, False), ("Số: 45/BC-THPT.HTK", False, False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False), ("---------------", False, False, False),
             ("Vinh, ngày 08 tháng 4 năm 2026", False, False, True)]
    R.header_table(left, right)
    R.app("TRƯỜNG THPT HUỲNH THÚC KHÁNG")
    R.app("45/BC-THPT.HTK")
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r("Kết quả thực hiện công tác dân vận chính quyền tại Trường THPT Huỳnh Thúc "
                "Kháng giai đoạn 2015 - 2025", b=True), jc="center"))
    R.app("công tác dân vận chính quyền tại Trường THPT Huỳnh Thúc Kháng")
    school = [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
         "Chi bộ nhà trường ban hành 6 nghị quyết chuyên đề về công tác dân vận trong trường "
         "học, gắn với thực hiện quy chế dân chủ ở cơ sở và phong trào thi đua dạy tốt, học tốt."),
        ("II. KẾT QUẢ THỰC HIỆN",
         "Nhà trường tổ chức 11 buổi đối thoại giữa Ban Giám hiệu với học sinh và cha mẹ học "
         "sinh; công khai các khoản thu, chi đầu năm học trên bảng tin và cổng thông tin điện tử."),
        ("III. TỒN TẠI, HẠN CHẾ",
         "Một số giáo viên trẻ chưa chủ động nắm bắt tâm tư của học sinh và phụ huynh; việc "
         "tiếp nhận ý kiến qua hộp thư góp ý còn hình thức, chưa phản hồi kịp thời."),
        ("IV. ĐỀ XUẤT",
         "Đề nghị Sở tổ chức tập huấn kỹ năng dân vận, kỹ năng đối thoại cho cán bộ quản lý và "
         "giáo viên chủ nhiệm các trường trung học phổ thông trên địa bàn tỉnh."),
    ]
    for head, text in school:
        R.d.add(p(r(head, b=True), ind=567))
        R.d.add(p(r(text), ind=567))
        R.app(text[:60])
    R.d.add(table([[cell([p("")], 4500, False),
                    cell([p(r("HIỆU TRƯỞNG", b=True), jc="center", spacing=False)] +
                         [p("", spacing=False)] * 3 +
                         [p(r("Trần Đình Khoa", b=True), jc="center", spacing=False)], 4900, False)]],
                  [4500, 4900], borders=False))
    R.app("Trần Đình Khoa")
    R.d.add(p(r("BIỂU SỐ LIỆU CỦA TRƯỜNG THPT HUỲNH THÚC KHÁNG", b=True), jc="center"))
    R.app("BIỂU SỐ LIỆU CỦA TRƯỜNG THPT")
    sf = {"van-ban": 6, "hoi-nghi": 4, "tap-huan": 86, "doi-thoai": 11, "tiep-dan": 42,
          "don-nhan": 5, "don-giai-quyet": 5, "dan-van-kheo": 1, "truc-tuyen": None}
    R.d.add(table(std_rows(sf), [700, 4700, 1300, 1600], header_rows=1))
    return R


def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 tong ket KL114 (sua).docx",
            "TRACKED CHANGES left in the APPARATUS and the APPENDIX: the number corrected in the "
            "header ('Số 290-BC/ĐU': '290' w:del, '296' w:ins), the day corrected in the "
            "place-and-date line ('ngày 10' deleted, '12' inserted), the SIGNER replaced in the "
            "signature table (old name w:del, new name w:ins); in the appendix a WHOLE ROW "
            "DELETED (w:trPr/w:del: the conferences row with the old figure 21) and a row "
            "INSERTED under it (w:trPr/w:ins: the same indicator, 25). Body: bold typed "
            "headings, no change. Read as accepted: 296-BC/ĐU, 12/4/2026, Nguyễn Đức Hải, 25.")
    L = [r("ĐẢNG BỘ TỈNH NGHỆ AN"), r("ĐẢNG ỦY CÔNG AN TỈNH", b=True), r("*"),
         r("Số ") + f'<w:del w:id="{nid()}" {CH}><w:r><w:delText>290</w:delText></w:r></w:del>'
         f'<w:ins w:id="{nid()}" {CH}>{r("296")}</w:ins>' + r("-BC/ĐU")]
    Rt = [r("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, u=True), "",
          r("Nghệ An, ngày ", i=True) +
          f'<w:del w:id="{nid()}" {CH}><w:r><w:rPr><w:i/></w:rPr><w:delText>10</w:delText></w:r></w:del>'
          f'<w:ins w:id="{nid()}" {CH}>{r("12", i=True)}</w:ins>' + r(" tháng 4 năm 2026", i=True)]
    R.d.add(table([[cell([p(t, jc="center", spacing=False) if t else p("", spacing=False) for t in L], 4000, False),
                    cell([p(t, jc="center", spacing=False) if t else p("", spacing=False) for t in Rt], 5400, False)]],
                  [4000, 5400], borders=False))
    R.app("290")
    R.app("ngày 10 tháng 4")
    R.title("Ban Thường vụ Đảng ủy Công an tỉnh")
    R.heads(bold_h(R))
    who = "Ban Thường vụ Đảng ủy Công an tỉnh"
    t = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    R.d.add(p(r(t), ind=567))
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
        [p(r(s, sz=22), spacing=False) for s in RECIP_PARTY]
    name = (f'<w:del w:id="{nid()}" {CH}><w:r><w:rPr><w:b/></w:rPr><w:delText>Trần Văn Hùng'
            f'</w:delText></w:r></w:del><w:ins w:id="{nid()}" {CH}>{r(R.signer, b=True)}</w:ins>')
    right = [p(r(s, b=True), jc="center", spacing=False) for s in SIG_PARTY] + \
        [p("", spacing=False)] * 3 + [p(name, jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    R.app("Nơi nhận")
    R.app("Trần Văn Hùng")
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.app(CAPTION[:34])
    rows = std_rows(R.figures)
    W = [700, 4700, 1300, 1600]
    xml = table(rows, W, header_rows=1)
    # the conferences row (the 3rd <w:tr>): a deleted copy with 21, then the inserted row

    def row(vals, kind):
        cells = ""
        for v, w in zip(vals, W):
            if kind == "del":
                run = f'<w:del w:id="{nid()}" {CH}><w:r><w:delText xml:space="preserve">{x(v)}</w:delText></w:r></w:del>'
                mark = f'<w:rPr><w:del w:id="{nid()}" {CH}/></w:rPr>'
            else:
                run = f'<w:ins w:id="{nid()}" {CH}>{r(v)}</w:ins>'
                mark = f'<w:rPr><w:ins w:id="{nid()}" {CH}/></w:rPr>'
            cells += (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                      f'<w:p><w:pPr><w:spacing w:before="60" w:after="60"/>{mark}</w:pPr>{run}</w:p></w:tc>')
        return f'<w:tr><w:trPr><w:{kind} w:id="{nid()}" {CH}/></w:trPr>{cells}</w:tr>'
    trs = xml.split("<w:tr>")
    # trs[0] = table start; trs[1] header; trs[2] row 1; trs[3] row 2 (hội nghị)
    lab, dvt = LABELS[1]
    deleted = row(["2", lab, dvt, "21"], "del")
    inserted = row(["2", lab, dvt, str(R.figures["hoi-nghi"])], "ins")
    trs[3] = deleted[len("<w:tr>"):] + inserted
    xml = "<w:tr>".join(trs[:3]) + "<w:tr>" + trs[3] + "<w:tr>" + "<w:tr>".join(trs[4:])
    R.d.add(xml)
    return R


def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 tong ket KL114 (gop y).docx",
            "TRACKED CHANGES across HEADINGS and a COMMENT THREAD: the part 'III. TÁC ĐỘNG …' "
            "(heading AND its paragraph) MOVED from the end (after IV., w:moveFrom with range "
            "marks and moved paragraph marks) to its place before 'IV.' (w:moveTo); the heading "
            "'3. Nguyên nhân' DELETED whole (runs and mark, w:del) and '3. Nguyên nhân của tồn "
            "tại, hạn chế' INSERTED (w:ins); a reviewer's comment spanning the heading '2. Tồn "
            "tại, hạn chế' and its paragraph, with a REPLY (word/comments.xml two comments, "
            "commentsExtended.xml w15:paraIdParent), its text worded like report text. Read as "
            "accepted: each part once in its place; the comments nowhere.")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY QUÂN SỰ TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    h = bold_h(R)
    C1 = ("Đề nghị bổ sung nguyên nhân chủ quan, làm rõ trách nhiệm người đứng đầu cơ quan, "
          "đơn vị trong việc để xảy ra tồn tại, hạn chế nêu trên.")
    C2 = "Đã tiếp thu, bổ sung vào mục nguyên nhân theo ý kiến của đồng chí Phó Bí thư."
    R.app(C1[:70])
    R.app(C2[:60])
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    R.body("lanh-dao")
    h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1)
    h("1. Những kết quả nổi bật", 2)
    R.body("ket-qua.noi-bat")
    R.d.add('<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr><w:commentRangeStart w:id="0"/>'
            + r("2. Tồn tại, hạn chế", b=True, i=True) + "</w:p>")
    t = R.texts["ket-qua.han-che"][0]
    R.para(t, "ket-qua.han-che",
           '<w:p w14:paraId="1A2B3C01"><w:pPr><w:ind w:firstLine="567"/></w:pPr>' + r(t) +
           '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
           '<w:commentRangeStart w:id="1"/><w:commentRangeEnd w:id="1"/>'
           '<w:r><w:commentReference w:id="1"/></w:r></w:p>')
    # deleted heading, inserted heading
    R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:del w:id="{nid()}" {CH}/></w:rPr></w:pPr>'
            f'<w:del w:id="{nid()}" {CH}><w:r><w:rPr><w:b/><w:i/></w:rPr><w:delText>3. Nguyên nhân'
            '</w:delText></w:r></w:del></w:p>')
    R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:ins w:id="{nid()}" {CH}/></w:rPr></w:pPr>'
            f'<w:ins w:id="{nid()}" {CH}>{r("3. Nguyên nhân của tồn tại, hạn chế", b=True, i=True)}</w:ins></w:p>')
    R.body("ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm", 2)
    R.body("ket-qua.bai-hoc")
    h("5. Phương hướng, giải pháp thời gian tới", 2)
    R.body("ket-qua.giai-phap")
    # III moved here (moveTo)
    head3 = "III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"
    t3 = R.texts["tac-dong"][0]
    R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:moveTo w:id="{nid()}" {CH}/></w:rPr></w:pPr>'
            f'<w:moveToRangeStart w:id="901" {CH} w:name="move1"/>'
            f'<w:moveTo w:id="{nid()}" {CH}>{r(head3, b=True)}</w:moveTo></w:p>')
    R.para(t3, "tac-dong",
           f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:moveTo w:id="{nid()}" {CH}/></w:rPr></w:pPr>'
           f'<w:moveTo w:id="{nid()}" {CH}>{r(t3)}</w:moveTo><w:moveToRangeEnd w:id="901"/></w:p>')
    h("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    R.body("kien-nghi")
    # ... moved from here (moveFrom)
    R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:moveFrom w:id="{nid()}" {CH}/></w:rPr></w:pPr>'
            f'<w:moveFromRangeStart w:id="900" {CH} w:name="move1"/>'
            f'<w:moveFrom w:id="{nid()}" {CH}><w:r><w:rPr><w:b/></w:rPr><w:t>{x(head3)}</w:t></w:r></w:moveFrom></w:p>')
    R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:moveFrom w:id="{nid()}" {CH}/></w:rPr></w:pPr>'
            f'<w:moveFrom w:id="{nid()}" {CH}><w:r><w:t xml:space="preserve">{x(t3)}</w:t></w:r></w:moveFrom>'
            '<w:moveFromRangeEnd w:id="900"/></w:p>')
    R.closing("Ban Thường vụ Đảng ủy Quân sự tỉnh", RECIP_PARTY, SIG_PARTY)
    R.appendix()

    def comments(d):
        W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
        from dx import W_NS, REL
        cs = ""
        for cid, text, pid in [(0, C1, "5C0A0001"), (1, C2, "5C0A0002")]:
            cs += (f'<w:comment w:id="{cid}" w:author="Phạm Văn Đức" w:date="2026-04-09T10:00:00Z" '
                   f'w:initials="PVĐ"><w:p w14:paraId="{pid}"><w:r><w:annotationRef/></w:r>{r(text)}'
                   '</w:p></w:comment>')
        d.parts["word/comments.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                        f"<w:comments {W_NS}>{cs}</w:comments>").encode()
        d.ctypes["/word/comments.xml"] = ("application/vnd.openxmlformats-officedocument."
                                          "wordprocessingml.comments+xml")
        d.rel(f"{REL}/comments", "comments.xml")
        d.parts["word/commentsExtended.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w15:commentsEx {W15}><w15:commentEx w15:paraId="5C0A0001" w15:done="0"/>'
            '<w15:commentEx w15:paraId="5C0A0002" w15:paraIdParent="5C0A0001" w15:done="0"/>'
            '</w15:commentsEx>').encode()
        d.ctypes["/word/commentsExtended.xml"] = ("application/vnd.openxmlformats-officedocument."
                                                  "wordprocessingml.commentsExtended+xml")
        d.rel("http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
              "commentsExtended.xml")
    R.parts_extra.append(comments)
    return R


def mttq():
    R = Rep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.docx",
            "The Front's header (state motto); bold typed headings; 'TM. BAN THƯỜNG TRỰC' / "
            "'PHÓ CHỦ TỊCH'; the appendix; then an ATTACHED LIST OF PARTICIPANTS on a page of "
            "its own: 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT …' / '(Kèm theo Báo cáo số …)' "
            "and a table 'STT | Họ và tên | Chức vụ, đơn vị | Ghi chú' of 9 people (the signer "
            "among them, 'Chủ trì'; names of two to four capitalised words). The list is "
            "attached material: not text, not figures, not the signer.")
    left = [("ỦY BAN MTTQ VIỆT NAM", False, False, False), ("TỈNH NGHỆ AN", False, False, False),
            ("BAN THƯỜNG TRỰC", True, False, False), ("***", False, False, False),
            (f"Số: {R.doc_number}", False, False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False), ("", False, False, False),
             (R.place_date, False, False, True)]
    R.header_table(left, right)
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.title(who)
    R.heads(bold_h(R))
    R.closing(who, RECIP_STATE, ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"])
    R.appendix()
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    R.d.add(p(r("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                b=True), jc="center"))
    R.d.add(p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 14/4/2026 của Ban Thường trực Ủy ban "
                "MTTQ Việt Nam tỉnh)", i=True), jc="center"))
    R.app("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ")
    people = [("Võ Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ trì"),
              ("Nguyễn Văn Quang", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy", ""),
              ("Trần Thị Lan Anh", "Trưởng ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh", ""),
              ("Lê Hữu Phước", "Phó Chủ tịch Hội Nông dân tỉnh", ""),
              ("Hồ Thị Minh Châu", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", ""),
              ("Đặng Quốc Việt", "Phó Bí thư Tỉnh đoàn", ""),
              ("Phan Văn Sáu", "Phó Chủ tịch Hội Cựu chiến binh tỉnh", ""),
              ("Cao Thị Thu Hà", "Phó Chủ tịch Liên đoàn Lao động tỉnh", ""),
              ("Bùi Đình Nghĩa", "Chuyên viên Ban Dân chủ - Pháp luật", "Thư ký")]
    rows = [["STT", "Họ và tên", "Chức vụ, đơn vị", "Ghi chú"]] + \
        [[str(i), a, b, c] for i, (a, b, c) in enumerate(people, 1)]
    R.d.add(table(rows, [700, 2800, 4700, 1200], header_rows=1))
    for a, b, c in people[1:]:
        R.app(a)
    R.app("Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy")
    return R


def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 tong ket KL114 (ban sao).docx",
            "State header table; bold typed headings; 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC' / name; "
            "the appendix; and at the END the COPY CERTIFICATION block of Nghị định 30/2020 "
            "(Phụ lục I form: the office copies the signed report for distribution): a rule, "
            "then a borderless table: 'SỞ Y TẾ TỈNH NGHỆ AN' / 'Số: 52/SY-VP' / 'Nơi nhận:' "
            "list on the left, 'SAO Y' / 'Nghệ An, ngày 17 tháng 4 năm 2026' / 'TL. GIÁM ĐỐC' "
            "/ 'CHÁNH VĂN PHÒNG' / 'Đinh Văn Lợi' on the right. The report's number, date and "
            "signer stay the original's (1342/BC-SYT, 16/4/2026, Nguyễn Thị Hương Giang).")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"])
    R.title("Sở Y tế")
    R.heads(bold_h(R))
    R.closing("Sở Y tế", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    R.appendix()
    R.d.add('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
            '</w:pBdr></w:pPr></w:p>')
    left = [p(r("SỞ Y TẾ TỈNH NGHỆ AN", b=True), jc="center", spacing=False),
            p(r("Số: 52/SY-VP"), jc="center", spacing=False),
            p(r("Nơi nhận:", b=True, i=True), spacing=False),
            p(r("- Các phòng, đơn vị trực thuộc Sở;", sz=22), spacing=False),
            p(r("- Lưu: VT.", sz=22), spacing=False)]
    right = [p(r("SAO Y", b=True), jc="center", spacing=False),
             p(r("Nghệ An, ngày 17 tháng 4 năm 2026", i=True), jc="center", spacing=False),
             p(r("TL. GIÁM ĐỐC", b=True), jc="center", spacing=False),
             p(r("CHÁNH VĂN PHÒNG", b=True), jc="center", spacing=False),
             p("", spacing=False), p("", spacing=False),
             p(r("Đinh Văn Lợi", b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    for a in ["52/SY-VP", "Nghệ An, ngày 17 tháng 4", "Đinh Văn Lợi", "CHÁNH VĂN PHÒNG",
              "Các phòng, đơn vị trực thuộc Sở"]:
        R.app(a)
    return R


def textbox(lines):
    """A VML text box (w:pict / v:shape / v:textbox), as a signed PDF converted to Word keeps
    the signature stamp."""
    inner = "".join(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>{r(t, sz=18)}</w:p>'
                    for t in lines)
    return ('<w:r><w:pict><v:shape id="KySo1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-left:10pt;margin-top:0;width:190pt;height:48pt;'
            'z-index:251659264" strokecolor="red"><v:textbox><w:txbxContent>'
            f'{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def stc():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "State header table; bold typed headings; the DIGITAL-SIGNATURE STAMP that "
            "government e-document systems print over the signature (VGCA: 'Ký bởi: Sở Tài "
            "chính', 'Email: stc@nghean.gov.vn', 'Cơ quan: Tỉnh Nghệ An', 'Thời gian ký: "
            "16.04.2026 15:20:11 +07:00') kept as a TEXT BOX anchored in the signature cell, "
            "between 'GIÁM ĐỐC' and the name, as a signed PDF converted back to Word keeps it. "
            "The stamp is apparatus; the signer is the name.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"])
    R.title("Sở Tài chính")
    R.heads(bold_h(R))
    who = "Sở Tài chính"
    t = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    R.d.add(p(r(t), ind=567))
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    stamp = ["Ký bởi: Sở Tài chính", "Email: stc@nghean.gov.vn", "Cơ quan: Tỉnh Nghệ An",
             "Thời gian ký: 16.04.2026 15:20:11 +07:00"]
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
        [p(r(s, sz=22), spacing=False) for s in RECIP_STATE]
    right = [p(r("GIÁM ĐỐC", b=True), jc="center", spacing=False),
             p(textbox(stamp), spacing=False), p("", spacing=False), p("", spacing=False),
             p(r(R.signer, b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    R.app("Nơi nhận")
    R.app(R.signer)
    for s in stamp:
        R.app(s)
    R.appendix()
    return R


def x006():
    R = Rep("x006", "X006", "Thanh Chuong - BC 66 KL114.docx",
            "Written on the province's outline template with its GUIDANCE left in as HIDDEN "
            "TEXT (w:vanish): under each heading an italic hidden paragraph '(Đánh giá …; nêu "
            "số liệu cụ thể …)', and the hidden note at the top '(Mẫu đề cương kèm theo Kế "
            "hoạch số 86-KH/TU …)'; Word neither shows nor prints them. Bold typed headings; "
            "ordinary appendix.", place="Thanh Chương")
    commune(R, ["ĐẢNG ỦY XÃ THANH CHƯƠNG"], "Đảng ủy xã Thanh Chương")
    V = '<w:vanish/>'

    def hidden(t):
        R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr>{V}</w:rPr></w:pPr>'
                f'<w:r><w:rPr><w:i/>{V}</w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>')
        R.app(t[:60])
    hidden("(Mẫu đề cương kèm theo Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy; "
           "các đơn vị xóa phần hướng dẫn in nghiêng trước khi gửi)")
    guide = {"lanh-dao": "(Đánh giá việc quán triệt, ban hành văn bản lãnh đạo, chỉ đạo; nêu số "
                         "văn bản, số hội nghị đã tổ chức)",
             "ket-qua.noi-bat": "(Nêu kết quả nổi bật về tiếp công dân, đối thoại, giải quyết đơn "
                                "thư; có số liệu cụ thể, so sánh với năm 2015)",
             "ket-qua.han-che": "(Chỉ rõ những tồn tại, hạn chế trong thực hiện Kết luận)",
             "tac-dong": "(Đánh giá tác động đối với niềm tin của Nhân dân và kết quả phát triển "
                         "kinh tế - xã hội của địa phương)",
             "kien-nghi": "(Nêu kiến nghị cụ thể với Trung ương, Tỉnh ủy, UBND tỉnh)"}
    h = bold_h(R)
    for sec, level, title in HEADS:
        h(title, level)
        if sec in guide:
            hidden(guide[sec])
        if sec:
            R.body(sec)
    R.closing("Ban Thường vụ Đảng ủy xã Thanh Chương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


REPORTS = [x001, x002, x007, x003, x004, x005, vptu, snv, ttt, sgddt, duca, duqs, mttq, syt, stc,
           x006]
