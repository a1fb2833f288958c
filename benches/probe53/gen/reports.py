"""probe53's sixteen reports: AS PUBLISHED. Each report transcribes the LAYOUT of a published
Vietnamese report (or official paper) found with the search tool — its header block, its own
section titles and numbering (parts, 'Phần thứ nhất', 'Đặc điểm tình hình', A-/I- letters, titles
ending with '.' or ':', run-in titles, '-' and '+' lists), its appendix table and its signature —
and fills it with the dân vận / Kết luận 114 review text of the same roster unit from probe44
(through probe52's gen/reports.py → probe51's → probe50's → probe48's → probe46's). The source of
each layout is named in its notes (expect.json "layout") and in README.txt.

Each report records the section an officer files every paragraph under (the unit's context —
'Đặc điểm tình hình' — is 'other', probe51's call), the figures, the apparatus, and the officer's
metadata (unit_code, doc_number, date, signer, signer_title, late)."""

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


r52 = _load("reports52", os.path.join(BENCH, "probe52", "gen", "reports.py"))
r51, r46 = r52.r51, r52.r46
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table
IND, LABELS, SUBJECT, vn, dmy = r46.IND, r46.LABELS, r46.SUBJECT, r46.vn, r46.dmy
SUBJ_LEAK, PLAN = r46.SUBJ_LEAK, r52.PLAN
L, MOTTO, PARTY = r52.L, r52.MOTTO, r52.PARTY
split_years = r46.split_years

SUBJ2 = ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI) "
         "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp")


class Rep(r52.Rep):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = []
        self.short_ok = set()

    def h(self, text, b=True, i=False, center=False, ind=567):
        self.d.add(p(r(text, b=b, i=i), jc="center" if center else None,
                     ind=None if center else ind))

    def ctx(self, text):
        self.para(text, "other")

    def item(self, mark, text, sec):
        """A typed list item: '- text' / '+ text' in one paragraph, keyed by the text."""
        self.paragraphs.append((text, sec, None))
        self.d.add(p(r(f"{mark} {text}"), ind=567))


class MdRep(r52.MdRep):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = []
        self.short_ok = set()

    def ctx(self, text):
        self.put(text, "other")


class TxtRep(r52.TxtRep):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = []
        self.short_ok = set()

    def ctx(self, text):
        self.put(text, "other")


def body(R, sec, mark=None):
    for t in R.texts[sec]:
        if mark and hasattr(R, "item"):
            R.item(mark, t, sec)
        elif mark:
            R.paragraphs.append((t, sec, None))
            R.lines.append(f"{mark} {t}")
        else:
            R.put(t, sec)


def rows_std(figs, ghi_chu=False, units_in_cell=False):
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"] + (["Ghi chú"] if ghi_chu else [])]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = figs.get(ind)
        val = "x" if v is None else vn(v)
        if units_in_cell and v is not None and dvt != "%":
            val = f"{val} {dvt.lower()}"
        rows.append([str(i), lab, dvt, val] + ([""] if ghi_chu else []))
    return rows


def sig_table(R, recipients, sig, name, sig_app=True):
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
        [p(r(s, sz=22), spacing=False) for s in recipients]
    right = [p(r(s, b=True), jc="center", spacing=False) for s in sig] + \
        [p("", spacing=False)] * 3 + [p(r(name, b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900],
                  borders=False))
    R.app("Nơi nhận")
    R.app(R.signer)
    if sig_app:
        for s in sig:
            R.app(s)


def appendix2(R, rows, widths, caption=r46.CAPTION):
    """probe46's appendix (page break, PHỤ LỤC, caption, '(Kèm theo …)') with a table of the
    unit's own columns."""
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(caption, b=True), jc="center"))
    kem = R.kem_theo()
    R.d.add(p(r(f"({kem})", i=True), jc="center"))
    R.app(caption[:34])
    R.app(kem[:40])
    R.d.add(table(rows, widths, header_rows=1))


def page_break(R):
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))


# ------------------------------------------------------------------------------------------
# S1  tranphu.hatinh.gov.vn — Đảng ủy phường Trần Phú, 'Sơ kết 5 năm thực hiện Nghị quyết số
#     25-NQ/TW …' (Số: 70 - BC/ĐU, 18/4/2018): 'Phần thứ nhất' / 'KẾT QUẢ 5 NĂM THỰC HIỆN NGHỊ
#     QUYẾT 25' / 'I. ĐẶC ĐIỂM TÌNH HÌNH' / '1. Tình hình kinh tế, chính trị, văn hóa xã hội …'
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC tong ket KL114.docx",
            "AS PUBLISHED by Đảng ủy phường Trần Phú (Hà Tĩnh), 'Sơ kết 5 năm thực hiện Nghị quyết "
            "số 25-NQ/TW' (tranphu.hatinh.gov.vn): Party header table 'ĐẢNG BỘ TỈNH NGHỆ AN' / "
            "'ĐẢNG ỦY PHƯỜNG VINH PHÚ' / '*' / 'Số: 67 - BC/ĐU' (colon and spaces round the dash, as "
            "published) | 'ĐẢNG CỘNG SẢN VIỆT NAM' / 'Phường Vinh Phú, ngày 10 tháng 4 năm 2026' "
            "(the place with its 'Phường', as published); 'BÁO CÁO' and the subject in sentence "
            "case; then 'Phần thứ nhất' (centred, bold) and its title on the next line 'KẾT QUẢ 10 "
            "NĂM THỰC HIỆN KẾT LUẬN 114'; 'I. ĐẶC ĐIỂM TÌNH HÌNH' with '1. Tình hình kinh tế, chính "
            "trị, văn hóa xã hội của địa phương' (context: 'other'); 'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO "
            "…'; 'III. KẾT QUẢ THỰC HIỆN'; 'IV. ĐÁNH GIÁ CHUNG' with '1. Tác động …', '2. Hạn chế, "
            "khuyết điểm', '3. Nguyên nhân của hạn chế', '4. Bài học kinh nghiệm'; 'Phần thứ hai' / "
            "'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI' with 'I. NHIỆM VỤ, GIẢI PHÁP' and 'II. ĐỀ XUẤT, "
            "KIẾN NGHỊ'. 'T/M ĐẢNG ỦY' / 'BÍ THƯ'. Appendix: the nine-row table. The officer records "
            "X001, 67-BC/ĐU, 10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.", place="Phường Vinh Phú")
    R.meta("BÍ THƯ")
    num = "Số: 67 - BC/ĐU"
    R.header_table([L("ĐẢNG BỘ TỈNH NGHỆ AN"), L("ĐẢNG ỦY PHƯỜNG VINH PHÚ", True), L("*"), L(num)],
                   [PARTY, L(""), L(R.place_date.replace(" 04 ", " 4 "), i=True)])
    R.app("67 - BC/ĐU")
    R.app("Phường Vinh Phú, ngày 10 tháng")
    R.h("BÁO CÁO", center=True)
    R.h(SUBJ2, center=True)
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.h("Phần thứ nhất", center=True)
    R.h("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN 114", center=True)
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH")
    R.h("1. Tình hình kinh tế, chính trị, văn hóa xã hội của địa phương", i=True)
    R.ctx("Phường Vinh Phú có diện tích tự nhiên 1.250 ha, 14 khối phố với hơn 9.800 hộ dân; Đảng bộ "
          "có 27 chi bộ trực thuộc, tốc độ đô thị hóa nhanh nên nhiều vấn đề về đất đai, trật tự xây "
          "dựng phát sinh.")
    R.h("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN KẾT LUẬN 114")
    body(R, "lanh-dao")
    R.h("III. KẾT QUẢ THỰC HIỆN")
    body(R, "ket-qua.noi-bat")
    R.h("IV. ĐÁNH GIÁ CHUNG")
    R.h("1. Tác động của việc thực hiện Kết luận", i=True)
    body(R, "tac-dong")
    R.h("2. Hạn chế, khuyết điểm", i=True)
    body(R, "ket-qua.han-che")
    R.h("3. Nguyên nhân của hạn chế", i=True)
    body(R, "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", i=True)
    body(R, "ket-qua.bai-hoc")
    R.h("Phần thứ hai", center=True)
    R.h("PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", center=True)
    R.h("I. NHIỆM VỤ, GIẢI PHÁP")
    body(R, "ket-qua.giai-phap")
    R.h("II. ĐỀ XUẤT, KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.closing_sentence("Đảng ủy phường Vinh Phú")
    sig_table(R, r52.RECIP_PARTY, ["T/M ĐẢNG ỦY", "BÍ THƯ"], R.signer)
    R.appendix()
    return R


# S2  vinhha.thuathienhue.gov.vn — 'ĐẢNG UỶ XÃ VINH HÀ' / 'KHỐI DÂN VẬN' / '*' / 'Số: 07-BC/DV';
#     'BÁO CÁO' / 'THỰC HIỆN CÔNG TÁC DÂN VẬN VÀ' / 'THỰC HIỆN XÂY DỰNG MÔ HÌNH DÂN VẬN' (title
#     in capitals over two lines); 'I. Một số đặc điểm tình hình chung của xã:' (sentence case,
#     a colon); '•' bullets and '+ Hộ nghèo …' items.
def x002():
    R = Rep("x002", "X002", "Dien Chau - BC 52 KL114.docx",
            "AS PUBLISHED by Đảng ủy xã Vinh Hà (Thừa Thiên Huế), 'Báo cáo thực hiện công tác dân vận "
            "…' (vinhha.thuathienhue.gov.vn): header with NO SUPERIOR LINE, the old tone 'ĐẢNG UỶ XÃ "
            "DIỄN CHÂU' / '*' / 'Số: 52-BC/ĐU' (a colon in a Party number, as published) | 'ĐẢNG CỘNG "
            "SẢN VIỆT NAM' / 'Diễn Châu, ngày 09 tháng 4 năm 2026'; the TITLE IN CAPITALS WRAPPED over "
            "three lines ('BÁO CÁO' / 'TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' / 'VỀ NÂNG CAO "
            "HIỆU QUẢ CÔNG TÁC DÂN VẬN CỦA CƠ QUAN NHÀ NƯỚC CÁC CẤP'); part titles in SENTENCE CASE "
            "ENDING WITH A COLON, plain bold ('I. Một số đặc điểm tình hình chung của xã:' — "
            "context, 'other', with '+' items; 'II. Công tác lãnh đạo, chỉ đạo:'; 'III. Kết quả đạt "
            "được:'; 'IV. Tồn tại, hạn chế:'; 'V. Nguyên nhân:'; 'VI. Bài học kinh nghiệm:'; 'VII. "
            "Tác động:'; 'VIII. Phương hướng, nhiệm vụ thời gian tới:'; 'IX. Kiến nghị, đề xuất:'); "
            "the results as '-' items. 'T/M BAN THƯỜNG VỤ' / 'BÍ THƯ'. Appendix STT | Nội dung | ĐVT "
            "| Số liệu | Ghi chú with the figures written WITH THEIR UNIT ('372 lượt', GUIDE §2b). The "
            "officer records X002, 52-BC/ĐU, 9/4/2026, Nguyễn Đình Lực, BÍ THƯ.", place="Diễn Châu")
    R.meta("BÍ THƯ")
    R.header_table([L("ĐẢNG UỶ XÃ DIỄN CHÂU", True), L("*"), L("Số: 52-BC/ĐU")],
                   [PARTY, L(""), L(R.place_date, i=True)])
    R.app("52-BC/ĐU")
    R.app("Diễn Châu, ngày 09 tháng 4")
    for t in ("BÁO CÁO", "TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
              "VỀ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN CỦA CƠ QUAN NHÀ NƯỚC CÁC CẤP"):
        R.h(t, center=True)
    R.app("BÁO CÁO")
    R.app("TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114")
    R.app("VỀ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN")
    R.h("I. Một số đặc điểm tình hình chung của xã:")
    R.ctx("Diễn Châu là xã đồng bằng ven biển được thành lập năm 2025 trên cơ sở sáp nhập bốn xã cũ, "
          "có 32 xóm, dân số trên 41.000 người, Đảng bộ có 58 chi bộ trực thuộc với hơn 2.100 đảng viên.")
    R.item("+", "Hộ nghèo 412 hộ, chiếm 3,9%; hộ cận nghèo 538 hộ, chiếm 5,1%; phần lớn lao động trẻ "
           "đi làm ăn xa nên việc vận động Nhân dân ở các xóm gặp nhiều khó khăn.", "other")
    R.h("II. Công tác lãnh đạo, chỉ đạo:")
    body(R, "lanh-dao")
    R.h("III. Kết quả đạt được:")
    body(R, "ket-qua.noi-bat", mark="-")
    R.h("IV. Tồn tại, hạn chế:")
    body(R, "ket-qua.han-che", mark="-")
    R.h("V. Nguyên nhân:")
    body(R, "ket-qua.nguyen-nhan", mark="-")
    R.h("VI. Bài học kinh nghiệm:")
    body(R, "ket-qua.bai-hoc")
    R.h("VII. Tác động:")
    body(R, "tac-dong")
    R.h("VIII. Phương hướng, nhiệm vụ thời gian tới:")
    body(R, "ket-qua.giai-phap", mark="-")
    R.h("IX. Kiến nghị, đề xuất:")
    body(R, "kien-nghi")
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Diễn Châu")
    sig_table(R, r52.RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    appendix2(R, rows_std(R.figures, ghi_chu=True, units_in_cell=True), [600, 4300, 1000, 1500, 1400])
    return R


# S3  text.123docz.net/document/5013528 — 'BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ 2015 - 2020' (UBND xã):
#     the text as the site extracts it (left header cell, then the right), 'Phần thứ nhất' /
#     'TÌNH HÌNH THỰC HIỆN …' / 'ĐẶC ĐIỂM TÌNH HÌNH' (unnumbered) / 'A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC'
#     / 'I- VỀ PHÁT TRIỂN KINH TẾ' / '1. Sản xuất nông nghiệp'.
def x003():
    R = MdRep("x003", "X003", "DU xa Quynh Luu - BC 71 KL114.md",
              "AS PUBLISHED in the text of a commune's mid-term report ('Báo cáo sơ kết giữa nhiệm kỳ "
              "2015 - 2020', text.123docz.net/document/5013528), pasted into Markdown as that text "
              "runs: the header's LEFT CELL FIRST, THEN THE RIGHT, each line on its own ('ĐẢNG BỘ TỈNH "
              "NGHỆ AN' / 'ĐẢNG ỦY XÃ QUỲNH LƯU' / 'Số 71-BC/ĐU' / 'ĐẢNG CỘNG SẢN VIỆT NAM' / 'Quỳnh Lưu, "
              "ngày 13 tháng 4 năm 2026'); 'BÁO CÁO' and the subject wrapped over two lines; 'Phần "
              "thứ nhất' / 'TÌNH HÌNH, KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW'; 'ĐẶC ĐIỂM TÌNH "
              "HÌNH' (unnumbered; context 'other'); LETTERED PARTS WITH A DASH 'A- NHỮNG KẾT QUẢ ĐẠT "
              "ĐƯỢC' holding 'I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II- KẾT QUẢ CỤ THỂ', 'III- TÁC ĐỘNG CỦA "
              "VIỆC THỰC HIỆN KẾT LUẬN'; 'B- TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' holding 'I- Tồn tại, hạn "
              "chế', 'II- Nguyên nhân'; 'C- BÀI HỌC KINH NGHIỆM'; 'Phần thứ hai' / 'PHƯƠNG HƯỚNG, NHIỆM "
              "VỤ, GIẢI PHÁP' with 'I- NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU' and 'II- ĐỀ XUẤT, KIẾN NGHỊ'. Every "
              "heading a bold line (pseudo-heading warnings tolerated). 'T/M BAN THƯỜNG VỤ' / 'BÍ "
              "THƯ'; a pipe-table appendix. The officer records X003, 71-BC/ĐU, 13/4/2026, Hồ Sỹ Nam, "
              "BÍ THƯ.", place="Quỳnh Lưu")
    R.meta("BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ QUỲNH LƯU\nSố 71-BC/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM\n" + R.place_date]
    for a in ("71-BC/ĐU", "Quỳnh Lưu, ngày 13 tháng 4"):
        R.app(a)
    R.lines += ["**BÁO CÁO**", "**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư**\n"
                "**về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp**"]
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.add("**Phần thứ nhất**")
    R.add("**TÌNH HÌNH, KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**")
    R.add("**ĐẶC ĐIỂM TÌNH HÌNH**")
    R.ctx("Quỳnh Lưu là xã bán sơn địa phía bắc tỉnh, có 29 thôn, hơn 8.600 hộ với 35.000 nhân khẩu; "
          "sau sắp xếp đơn vị hành chính năm 2025, bộ máy chính quyền xã mới đi vào hoạt động nên "
          "còn nhiều việc phải kiện toàn.")
    R.add("**A- NHỮNG KẾT QUẢ ĐẠT ĐƯỢC**")
    R.add("**I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**")
    body(R, "lanh-dao")
    R.add("**II- KẾT QUẢ CỤ THỂ**")
    body(R, "ket-qua.noi-bat")
    R.add("**III- TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN**")
    body(R, "tac-dong")
    R.add("**B- TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN**")
    R.add("**I- Tồn tại, hạn chế**")
    body(R, "ket-qua.han-che")
    R.add("**II- Nguyên nhân**")
    body(R, "ket-qua.nguyen-nhan")
    R.add("**C- BÀI HỌC KINH NGHIỆM**")
    body(R, "ket-qua.bai-hoc")
    R.add("**Phần thứ hai**")
    R.add("**PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP**")
    R.add("**I- NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**")
    body(R, "ket-qua.giai-phap")
    R.add("**II- ĐỀ XUẤT, KIẾN NGHỊ**")
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Quỳnh Lưu",
              ["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Lưu Văn phòng Đảng ủy."],
              ["**T/M BAN THƯỜNG VỤ**", "**BÍ THƯ**"])
    R.app("T/M BAN THƯỜNG VỤ")
    R.appendix_md("Kèm theo Báo cáo số 71-BC/ĐU ngày 13/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


# S11 thuvienphapluat.vn / thuviennhadat.vn text of a published paper (e.g. Quyết định
#     15/2023/QĐ-UBND Tiền Giang): the header's cells apart by '|' lines and WRAPPED MID-PHRASE
#     ('CỘNG HÒA XÃ HỘI' / 'CHỦ NGHĨA VIỆT NAM', 'Số:' / '15/2023/QĐ-UBND', 'Tiền Giang, ngày' /
#     '02 tháng 8 năm 2023'), headings wrapped ('I. MỤC ĐÍCH,' / 'YÊU CẦU'), and the body's
#     paragraphs HARD-WRAPPED at about 80 characters.
def _wrap(text, width=78):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    if line:
        out.append(line)
    return "\n".join(out)


def x004():
    R = TxtRep("x004", "X004", "Hoang Mai - BC 98 KL114.txt",
               "AS PUBLISHED on a legal-text site and COPIED FROM THE WEB PAGE into Notepad (the text of "
               "thuvienphapluat.vn / thuviennhadat.vn pages, e.g. Quyết định 15/2023/QĐ-UBND Tiền Giang "
               "and Kế hoạch 4544/KH-UBND Quảng Nam): the header's cells each on lines of their own "
               "with a lone '|' between cells and the cells WRAPPED MID-PHRASE ('ĐẢNG BỘ TỈNH NGHỆ AN' / "
               "'ĐẢNG ỦY PHƯỜNG' / 'HOÀNG MAI' / '*' / '|' / 'ĐẢNG CỘNG SẢN VIỆT NAM' / '|' / 'Số' / "
               "'98-BC/ĐU' / '|' / 'Hoàng Mai, ngày' / '15 tháng 4 năm 2026' / '|'); a heading WRAPPED "
               "over two lines ('II. KẾT QUẢ TRIỂN KHAI' / 'THỰC HIỆN'); every body paragraph "
               "HARD-WRAPPED at about 78 characters, one paragraph following the next with no blank "
               "line (as the site's text is). Parts I.-V. with 1.-5. (the usual outline's words). "
               "Signature as the site prints it: 'Nơi nhận:' list, then 'T/M BAN THƯỜNG VỤ' / 'PHÓ BÍ "
               "THƯ' / name. Appendix rows with cells apart by ' | '. (pseudo-heading warnings "
               "tolerated). The officer records X004, 98-BC/ĐU, 15/4/2026, Lê Thị Mai, PHÓ BÍ THƯ.",
               place="Hoàng Mai")
    R.meta("PHÓ BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG", "HOÀNG MAI", "*", "|",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "|", "Số", "98-BC/ĐU", "|", "Hoàng Mai, ngày",
                "15 tháng 4 năm 2026", "|", "BÁO CÁO", _wrap(SUBJ2)]
    for a in ("98-BC/ĐU", "Hoàng Mai, ngày", "BÁO CÁO", "HOÀNG MAI"):
        R.app(a)
    who = "Ban Thường vụ Đảng ủy phường Hoàng Mai"
    R.lines.append(_wrap(r46.OPENING.format(who=who)))
    R.app(f"{who} báo cáo như sau")

    def w(sec):
        for t in R.texts[sec]:
            R.paragraphs.append((t, sec, None))
            R.lines.append(_wrap(t))
    R.add("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    w("lanh-dao")
    R.add("II. KẾT QUẢ TRIỂN KHAI\nTHỰC HIỆN")
    R.add("1. Những kết quả nổi bật")
    w("ket-qua.noi-bat")
    R.add("2. Tồn tại, hạn chế")
    w("ket-qua.han-che")
    R.add("3. Nguyên nhân")
    w("ket-qua.nguyen-nhan")
    R.add("4. Bài học kinh nghiệm")
    w("ket-qua.bai-hoc")
    R.add("5. Phương hướng, giải pháp\nthời gian tới")
    w("ket-qua.giai-phap")
    R.add("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN\nKẾT LUẬN")
    w("tac-dong")
    R.add("IV. KIẾN NGHỊ, ĐỀ XUẤT")
    w("kien-nghi")
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Lưu Văn phòng.", "|",
                "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", R.signer]
    for a in ("Nơi nhận", R.signer, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"):
        R.app(a)
    R.lines += ["PHỤ LỤC", "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                "(Kèm theo Báo cáo số 98-BC/ĐU ngày 15/4/2026)"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 98-BC/ĐU")
    for row in rows_std(R.figures):
        R.lines.append(" | ".join(row) + " |")
    R.tolerated.append("pseudo-heading")
    return R


# S4  hoangthai.hoanghoa.gov.vn — 'Những thành tựu đạt được trong nhiệm kì 2015 - 2020 (Trích
#     báo cáo chính trị …)': 'I. KHÁI QUÁT TÌNH HÌNH, ĐẶC ĐIỂM CỦA ĐỊA PHƯƠNG KHI THỰC HIỆN NGHỊ
#     QUYẾT.' / 'II. CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT.' (titles END WITH A FULL
#     STOP). Appendix per GUIDE §2b: period columns with a total.
def x005():
    R = Rep("x005", "X005", "DU xa Do Luong - BC 58 KL114.docx",
            "AS PUBLISHED by Đảng bộ xã Hoằng Thái (Thanh Hóa), report on the 2015-2020 term "
            "(hoangthai.hoanghoa.gov.vn): Roman part titles in capitals ENDING WITH A FULL STOP, "
            "bold: 'I. KHÁI QUÁT TÌNH HÌNH, ĐẶC ĐIỂM CỦA ĐỊA PHƯƠNG KHI THỰC HIỆN KẾT LUẬN.' (context: "
            "'other'), 'II. CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN KẾT LUẬN.', 'III. NHỮNG KẾT QUẢ ĐẠT "
            "ĐƯỢC.', 'IV. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN.' with '1. Hạn chế, yếu kém.' and '2. "
            "Nguyên nhân.', 'V. BÀI HỌC KINH NGHIỆM.', 'VI. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN.', "
            "'VII. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI.', 'VIII. ĐỀ XUẤT, KIẾN NGHỊ.'. Usual "
            "Party header table. APPENDIX IN THE DOCX'S OWN SHAPE (GUIDE §2b): caption 'Biểu 01', "
            "columns STT | Nội dung | ĐVT | Giai đoạn 2015 - 2020 | Giai đoạn 2021 - 2025 | Tổng cộng "
            "| Ghi chú (two header rows, 'Kết quả thực hiện' merged over the three figure columns), "
            "the rate 'x' before 2021 with 'Năm 2025' in Ghi chú; the officer takes the Tổng cộng "
            "column. 'T/M BAN THƯỜNG VỤ' / 'BÍ THƯ'. The officer records X005, 58-BC/ĐU, 10/4/2026, "
            "Nguyễn Thị Thanh Tâm, BÍ THƯ.", place="Đô Lương")
    R.meta("BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ ĐÔ LƯƠNG"])
    R.title("Ban Thường vụ Đảng ủy xã Đô Lương")
    R.h("I. KHÁI QUÁT TÌNH HÌNH, ĐẶC ĐIỂM CỦA ĐỊA PHƯƠNG KHI THỰC HIỆN KẾT LUẬN.")
    R.ctx("Đô Lương là xã trung du có quốc lộ 7 và quốc lộ 15 chạy qua, 31 xóm, hơn 10.200 hộ; kinh tế "
          "chủ yếu là nông nghiệp và dịch vụ, tình hình an ninh chính trị ổn định nhưng khiếu kiện về "
          "đất đai còn phát sinh.")
    R.h("II. CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN KẾT LUẬN.")
    body(R, "lanh-dao")
    R.h("III. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC.")
    body(R, "ket-qua.noi-bat")
    R.h("IV. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN.")
    R.h("1. Hạn chế, yếu kém.", i=True)
    body(R, "ket-qua.han-che")
    R.h("2. Nguyên nhân.", i=True)
    body(R, "ket-qua.nguyen-nhan")
    R.h("V. BÀI HỌC KINH NGHIỆM.")
    body(R, "ket-qua.bai-hoc")
    R.h("VI. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN.")
    body(R, "tac-dong")
    R.h("VII. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI.")
    body(R, "ket-qua.giai-phap")
    R.h("VIII. ĐỀ XUẤT, KIẾN NGHỊ.")
    body(R, "kien-nghi")
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Đô Lương")
    sig_table(R, r52.RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    # the appendix: Biểu 01 with period columns
    page_break(R)
    R.h("Biểu 01", center=True)
    R.h("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW GIAI ĐOẠN 2015 - 2025", center=True)
    R.h("(Kèm theo Báo cáo số 58-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy xã)", b=False,
        i=True, center=True)
    R.app("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW GIAI")
    R.app("Kèm theo Báo cáo số 58-BC/ĐU")
    W = [600, 3300, 900, 1100, 1100, 1100, 1300]

    def hc(t, **kw):
        return cell(p(r(t, b=True), jc="center", spacing=False), **kw)
    rows = [[hc("STT", w=W[0], vmerge="restart"), hc("Nội dung", w=W[1], vmerge="restart"),
             hc("ĐVT", w=W[2], vmerge="restart"), hc("Kết quả thực hiện", w=sum(W[3:6]), span=3),
             hc("Ghi chú", w=W[6], vmerge="restart")],
            [hc("", w=W[0], vmerge="cont"), hc("", w=W[1], vmerge="cont"), hc("", w=W[2], vmerge="cont"),
             hc("Giai đoạn 2015 - 2020", w=W[3]), hc("Giai đoạn 2021 - 2025", w=W[4]),
             hc("Tổng cộng", w=W[5]), hc("", w=W[6], vmerge="cont")]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        if ind == "truc-tuyen":
            rows.append([str(i), lab, dvt, "x", vn(v), vn(v), "Năm 2025"])
        else:
            a, b = split_years(v, [4, 6])
            rows.append([str(i), lab, dvt, vn(a), vn(b), vn(v), ""])
    R.d.add(table(rows, W, header_rows=2))
    return R


# S10 dulieuphapluat.vn (Quyết định 41/2019/QĐ-UBND Quảng Trị): the page's text with the header
#     and the signature as PIPE ROWS WITHOUT A TABLE'S RULE LINE ('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ
#     HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |',
#     '- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |').
def x006():
    R = MdRep("x006", "X006", "Thanh Chuong - BC 66 KL114.md",
              "AS PUBLISHED on dulieuphapluat.vn (Quyết định 41/2019/QĐ-UBND Quảng Trị) and saved as "
              ".md by the secretariat: the header and the signature as PIPE ROWS WITH NO RULE LINE "
              "(so no Markdown table): 'ĐẢNG ỦY XÃ THANH CHƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |' / 'Số "
              "66-BC/ĐU | Thanh Chương, ngày 11 tháng 4 năm 2026 |', and at the end '- Ban Tuyên giáo và "
              "Dân vận Tỉnh ủy (b/c); | T/M BAN THƯỜNG VỤ |' / '- Lưu Văn phòng. | BÍ THƯ |' / '| Hoàng "
              "Văn Sơn |' (the superior line and '*' lost, as the page drops them). Sections with the "
              "unit's own titles from GUIDE §2b, in capitals, no markup: 'I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC' "
              "with '1. Công tác lãnh đạo, chỉ đạo' and '2. Kết quả cụ thể'; 'II. TỒN TẠI, HẠN CHẾ VÀ "
              "NGUYÊN NHÂN' — one part for both, the cause paragraph led by a bold run-in '*Nguyên "
              "nhân:*' (filed under nguyen-nhan: the unit says so); 'III. HIỆU QUẢ, TÁC ĐỘNG'; 'IV. BÀI "
              "HỌC KINH NGHIỆM'; 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI'; 'VI. ĐỀ XUẤT, "
              "KIẾN NGHỊ'. Appendix a pipe table with Ghi chú. (pseudo-heading tolerated) The officer "
              "records X006, 66-BC/ĐU, 11/4/2026, Hoàng Văn Sơn, BÍ THƯ.", place="Thanh Chương")
    R.meta("BÍ THƯ")
    R.lines += ["ĐẢNG ỦY XÃ THANH CHƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\n"
                f"Số 66-BC/ĐU | {R.place_date} |"]
    R.app("66-BC/ĐU")
    R.app("Thanh Chương, ngày 11 tháng 4")
    R.lines += ["BÁO CÁO", SUBJ2]
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    who = "Ban Thường vụ Đảng ủy xã Thanh Chương"
    R.add(r46.OPENING.format(who=who))
    R.app(f"{who} báo cáo như sau")
    R.add("I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC")
    R.add("1. Công tác lãnh đạo, chỉ đạo")
    body(R, "lanh-dao")
    R.add("2. Kết quả cụ thể")
    body(R, "ket-qua.noi-bat")
    R.add("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
    body(R, "ket-qua.han-che")
    for t in R.texts["ket-qua.nguyen-nhan"]:
        R.runin("*Nguyên nhân:*", t, "ket-qua.nguyen-nhan")
    R.add("III. HIỆU QUẢ, TÁC ĐỘNG")
    body(R, "tac-dong")
    R.add("IV. BÀI HỌC KINH NGHIỆM")
    body(R, "ket-qua.bai-hoc")
    R.add("V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    body(R, "ket-qua.giai-phap")
    R.add("VI. ĐỀ XUẤT, KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.add("Nơi nhận: | |\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c); | T/M BAN THƯỜNG VỤ |\n"
          f"- Lưu Văn phòng. | BÍ THƯ |\n| {R.signer} |")
    for a in ("Nơi nhận", "T/M BAN THƯỜNG VỤ", R.signer):
        R.app(a)
    R.lines += ["PHỤ LỤC", "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                "(Kèm theo Báo cáo số 66-BC/ĐU ngày 11/4/2026)"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 66-BC/ĐU")
    rows = rows_std(R.figures, ghi_chu=True)
    out = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|---:|---|"]
    out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    R.add("\n".join(out))
    R.tolerated.append("pseudo-heading")
    return R


# S1 again, its 'Phần thứ nhất' shape with the context numbered '1.' inside part I, here with
# a), b) items (GUIDE §2) and the title of each 'Phần' on the SAME line after a colon.
def x007():
    R = Rep("x007", "X007", "Anh Son - BC 44 KL114.docx",
            "AS PUBLISHED by Đảng ủy phường Trần Phú (S1, tranphu.hatinh.gov.vn) in its two-part "
            "shape, with the part's title ON THE SAME LINE after a colon as many units type it "
            "('PHẦN THỨ NHẤT: KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW', 'PHẦN THỨ HAI: PHƯƠNG "
            "HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ'); inside part one 'I. ĐẶC ĐIỂM TÌNH HÌNH' (context "
            "'other'), 'II. KẾT QUẢ THỰC HIỆN' with '1. Công tác lãnh đạo, chỉ đạo', '2. Kết quả "
            "cụ thể' whose items are LETTERED 'a)', 'b)', '3. Tác động'; 'III. HẠN CHẾ, NGUYÊN "
            "NHÂN VÀ BÀI HỌC KINH NGHIỆM' with '1. Hạn chế', '2. Nguyên nhân', '3. Bài học kinh "
            "nghiệm'; part two 'I. PHƯƠNG HƯỚNG, NHIỆM VỤ' and 'II. KIẾN NGHỊ'. Usual Party header. "
            "'T/M BAN THƯỜNG VỤ' / 'PHÓ BÍ THƯ'. Appendix: the nine-row table with REWORDED ROW LABELS "
            "as the commune wrote them (the outline's keywords are in them). The officer records "
            "X007, 44-BC/ĐU, 12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ.", place="Anh Sơn")
    R.meta("PHÓ BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ ANH SƠN"])
    R.title("Ban Thường vụ Đảng ủy xã Anh Sơn")
    R.h("PHẦN THỨ NHẤT: KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", center=True)
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH")
    R.ctx("Anh Sơn là xã miền núi dọc sông Lam, có 24 bản, xóm với hơn 6.900 hộ, trong đó đồng bào dân "
          "tộc Thái, Khơ Mú chiếm gần một phần năm dân số; đời sống một bộ phận Nhân dân còn khó khăn.")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Công tác lãnh đạo, chỉ đạo", i=True)
    body(R, "lanh-dao")
    R.h("2. Kết quả cụ thể", i=True)
    for k, t in zip("ab", R.texts["ket-qua.noi-bat"]):
        R.item(f"{k})", t, "ket-qua.noi-bat")
    R.h("3. Tác động", i=True)
    body(R, "tac-dong")
    R.h("III. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM")
    R.h("1. Hạn chế", i=True)
    body(R, "ket-qua.han-che")
    R.h("2. Nguyên nhân", i=True)
    body(R, "ket-qua.nguyen-nhan")
    R.h("3. Bài học kinh nghiệm", i=True)
    body(R, "ket-qua.bai-hoc")
    R.h("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ", center=True)
    R.h("I. PHƯƠNG HƯỚNG, NHIỆM VỤ")
    body(R, "ket-qua.giai-phap")
    R.h("II. KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Anh Sơn")
    sig_table(R, r52.RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    labels = ["Văn bản của cấp ủy, chính quyền về công tác dân vận", "Hội nghị quán triệt, sơ kết, tổng kết",
              "Cán bộ, công chức được bồi dưỡng kỹ năng dân vận", "Đối thoại trực tiếp với Nhân dân",
              "Tiếp công dân", "Đơn thư tiếp nhận", "Đơn thư đã giải quyết xong",
              "Mô hình Dân vận khéo", "Hồ sơ TTHC giải quyết trực tuyến"]
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for i, (ind, (lab, dvt), lab2) in enumerate(zip(IND, LABELS, labels), 1):
        v = R.figures[ind]
        rows.append([str(i), lab2, dvt, "x" if v is None else vn(v)])
    R.appendix(rows=rows)
    R.rows = labels
    return R


# S9  vanbanphapluat.co — Công văn 2618/BHXH-KHTC: a state body answers BY OFFICIAL LETTER:
#     'Số: 2618/BHXH-KHTC' with 'V/v chỉ tiêu báo cáo thống kê' under it, 'Kính gửi: …', the
#     body in numbered points.
def snv():
    R = Rep("snv", "SNV", "SNV - CV 279 bao cao KL114.docx",
            "AS PUBLISHED for an answer BY OFFICIAL LETTER (công văn), the layout of Công văn "
            "2618/BHXH-KHTC (vanbanphapluat.co): state header table 'UBND TỈNH NGHỆ AN' / 'SỞ NỘI VỤ' / "
            "'-------' / 'Số: 279/SNV-XDCQ' / 'V/v báo cáo tổng kết 10 năm thực hiện Kết luận số "
            "114-KL/TW' (the subject under the number, no 'BÁO CÁO' title) | motto / 'Nghệ An, ngày "
            "14 tháng 4 năm 2026'; 'Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy'; a lead-in; the "
            "body in BOLD NUMBERED POINTS '1. Công tác lãnh đạo, chỉ đạo', '2. Kết quả đạt được', "
            "'3. Hạn chế và nguyên nhân' with run-in 'a) Hạn chế:' / 'b) Nguyên nhân:' paragraphs, "
            "'4. Bài học kinh nghiệm', '5. Tác động', '6. Giải pháp thời gian tới', '7. Kiến nghị'; "
            "'Số liệu cụ thể tại Phụ lục kèm theo.'; 'GIÁM ĐỐC' / name; the appendix after the "
            "signature. The officer files it as SNV's report: SNV, 279/SNV-XDCQ, 14/4/2026, Trần "
            "Quốc Hưng, GIÁM ĐỐC.")
    R.meta("GIÁM ĐỐC", doc_number="279/SNV-XDCQ")
    R.header_table([L("UBND TỈNH NGHỆ AN"), L("SỞ NỘI VỤ", True), L("-------"), L("Số: 279/SNV-XDCQ"),
                    L("V/v báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW")],
                   MOTTO + [L(R.place_date, i=True)])
    for a in ("279/SNV-XDCQ", "V/v báo cáo tổng kết 10 năm", R.place_date.split(" năm")[0], "SỞ NỘI VỤ"):
        R.app(a)
    R.h("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy", b=False, center=True)
    R.app("Kính gửi: Ban Tuyên giáo")
    R.d.add(p(r(f"{PLAN}, Sở Nội vụ báo cáo kết quả như sau:"), ind=567))
    R.app("Sở Nội vụ báo cáo kết quả như sau")
    R.h("1. Công tác lãnh đạo, chỉ đạo")
    body(R, "lanh-dao")
    R.h("2. Kết quả đạt được")
    body(R, "ket-qua.noi-bat")
    R.h("3. Hạn chế và nguyên nhân")
    for t in R.texts["ket-qua.han-che"]:
        R.runin("a) Hạn chế:", t, "ket-qua.han-che", bold=False, italic=True)
    for t in R.texts["ket-qua.nguyen-nhan"]:
        R.runin("b) Nguyên nhân:", t, "ket-qua.nguyen-nhan", bold=False, italic=True)
    R.h("4. Bài học kinh nghiệm")
    body(R, "ket-qua.bai-hoc")
    R.h("5. Tác động")
    body(R, "tac-dong")
    R.h("6. Giải pháp thời gian tới")
    body(R, "ket-qua.giai-phap")
    R.h("7. Kiến nghị")
    body(R, "kien-nghi")
    R.d.add(p(r("(Số liệu cụ thể tại Phụ lục kèm theo.)", i=True), ind=567))
    R.d.add(p(r("Sở Nội vụ trân trọng báo cáo./."), ind=567))
    R.app("Số liệu cụ thể tại Phụ lục kèm theo")
    R.app("Sở Nội vụ trân trọng báo cáo")
    sig_table(R, ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, XDCQ."], ["GIÁM ĐỐC"], R.signer)
    R.appendix(kem="Kèm theo Công văn số 279/SNV-XDCQ ngày 14/4/2026 của Sở Nội vụ")
    return R


# S8  vpubnd.quangnam.gov.vn — UBND tỉnh Quảng Nam's monthly report 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU
#     HÀNH CỦA UBND TỈNH THÁNG 5/2017'; S7 skhcn.laocai.gov.vn '1. Công tác chỉ đạo, điều hành'.
def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 KL114.docx",
            "AS PUBLISHED in a provincial People's Committee's report (vpubnd.quangnam.gov.vn: 'I. "
            "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CỦA UBND TỈNH …'; skhcn.laocai.gov.vn: '1. Công tác chỉ "
            "đạo, điều hành'): state header table 'UBND TỈNH NGHỆ AN' / 'SỞ Y TẾ' / 'Số: 1342/BC-SYT'; "
            "parts 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH' (the leadership part in the state's words), 'II. "
            "KẾT QUẢ THỰC HIỆN', 'III. ĐÁNH GIÁ CHUNG' with '1. Tác động', '2. Tồn tại, hạn chế', "
            "'3. Nguyên nhân', '4. Bài học kinh nghiệm', 'IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI "
            "GIAN TỚI', 'V. ĐỀ XUẤT, KIẾN NGHỊ'. 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'. Appendix as a "
            "state department fills it: 'Biểu số 01' caption, columns STT | Chỉ tiêu | Đơn vị tính | "
            "Kết quả | Ghi chú. The officer records SYT, 1342/BC-SYT, 16/4/2026, Nguyễn Thị Hương "
            "Giang, PHÓ GIÁM ĐỐC (due 24/4 by extension: on time).")
    R.meta("PHÓ GIÁM ĐỐC")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"])
    R.title("Sở Y tế")
    R.h("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    body(R, "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    body(R, "ket-qua.noi-bat")
    R.h("III. ĐÁNH GIÁ CHUNG")
    R.h("1. Tác động", i=True)
    body(R, "tac-dong")
    R.h("2. Tồn tại, hạn chế", i=True)
    body(R, "ket-qua.han-che")
    R.h("3. Nguyên nhân", i=True)
    body(R, "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", i=True)
    body(R, "ket-qua.bai-hoc")
    R.h("IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI")
    body(R, "ket-qua.giai-phap")
    R.h("V. ĐỀ XUẤT, KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.closing_sentence("Sở Y tế")
    sig_table(R, r52.RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    rows = [["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Ghi chú"]]
    for row in rows_std(R.figures)[1:]:
        rows.append(row + [""])
    page_break(R)
    R.h("Biểu số 01", center=True)
    R.h("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỀ CÔNG TÁC DÂN VẬN CỦA CƠ QUAN NHÀ NƯỚC", center=True)
    R.h("(Kèm theo Báo cáo số 1342/BC-SYT ngày 16/4/2026 của Sở Y tế)", b=False, i=True, center=True)
    R.app("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
    R.app("Kèm theo Báo cáo số 1342/BC-SYT")
    R.d.add(table(rows, [600, 4300, 1200, 1400, 1400], header_rows=1))
    return R


# Biểu 01 workbook beside a docx (GUIDE §2b: 'có biểu số liệu kèm theo'), the S4 period columns.
def stc():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "A .DOCX WITH AN .XLSX APPENDIX (GUIDE §2b: 'có biểu số liệu kèm theo'): the report's "
            "text in the state shape of S8/S7 (parts 'I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN', 'II. KẾT "
            "QUẢ ĐẠT ĐƯỢC', 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' with '1. Tồn tại, hạn chế', '2. "
            "Nguyên nhân', 'IV. BÀI HỌC KINH NGHIỆM VÀ TÁC ĐỘNG' with '1. Bài học kinh nghiệm', '2. "
            "Tác động', 'V. GIẢI PHÁP THỜI GIAN TỚI', 'VI. KIẾN NGHỊ'), ending '(Có Biểu số liệu kèm "
            "theo)'; the figures ONLY in the workbook 'STC - Bieu so lieu KL114.xlsx' beside it: "
            "title rows 'SỞ TÀI CHÍNH TỈNH NGHỆ AN' / 'Biểu 01' / 'SỐ LIỆU KẾT QUẢ …' / '(Kèm theo "
            "Báo cáo số 241/BC-STC …)', two header rows (STT / Nội dung / ĐVT merged down, 'Kết quả "
            "thực hiện' merged over '2016 - 2020', '2021 - 2025', 'Tổng cộng'), numbers as numbers. "
            "'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC' / 'Nguyễn Văn Long'. The officer records STC, 241/BC-STC, "
            "16/4/2026, Nguyễn Văn Long, PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"])
    R.title("Sở Tài chính")
    R.h("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN")
    body(R, "lanh-dao")
    R.h("II. KẾT QUẢ ĐẠT ĐƯỢC")
    body(R, "ket-qua.noi-bat")
    R.h("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
    R.h("1. Tồn tại, hạn chế", i=True)
    body(R, "ket-qua.han-che")
    R.h("2. Nguyên nhân", i=True)
    body(R, "ket-qua.nguyen-nhan")
    R.h("IV. BÀI HỌC KINH NGHIỆM VÀ TÁC ĐỘNG")
    R.h("1. Bài học kinh nghiệm", i=True)
    body(R, "ket-qua.bai-hoc")
    R.h("2. Tác động", i=True)
    body(R, "tac-dong")
    R.h("V. GIẢI PHÁP THỜI GIAN TỚI")
    body(R, "ket-qua.giai-phap")
    R.h("VI. KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.d.add(p(r("(Có Biểu số liệu kèm theo)", i=True), ind=567))
    R.app("Có Biểu số liệu kèm theo")
    R.closing_sentence("Sở Tài chính")
    sig_table(R, r52.RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    data = []
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        if ind == "truc-tuyen":
            data.append([i, lab, dvt, None, v, v])
        else:
            a, b = split_years(v, [2, 3])
            data.append([i, lab, dvt, a, b, v])
    R.extra = [("STC - Bieu so lieu KL114.xlsx", r51.workbook(
        ["SỞ TÀI CHÍNH TỈNH NGHỆ AN", "Biểu 01",
         "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
         "(Kèm theo Báo cáo số 241/BC-STC ngày 16/4/2026 của Sở Tài chính)"], data))]
    return R


# GUIDE §2 / Hướng dẫn 36: the Office of the Provincial Party Committee; 'Phần I:' headings.
def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "AS PUBLISHED in the two-part Party shape of S1 (tranphu.hatinh.gov.vn) but with the "
            "parts typed 'PHẦN I: …' / 'PHẦN II: …' (GUIDE §2's 'Phần I:') and the Roman numbering "
            "RESTARTING in each part: part I 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ THỰC HIỆN', "
            "'III. HẠN CHẾ VÀ NGUYÊN NHÂN' (with run-in 'Hạn chế:' / 'Nguyên nhân:' paragraphs), 'IV. "
            "BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG'; part II 'I. NHIỆM VỤ, GIẢI PHÁP', 'II. KIẾN NGHỊ'. "
            "Party header 'TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG' / '*' / 'Số 498-BC/VPTU'. 'K/T CHÁNH VĂN "
            "PHÒNG' / 'PHÓ CHÁNH VĂN PHÒNG'. Appendix: the nine-row table. The officer records VPTU, "
            "498-BC/VPTU, 13/4/2026, Lê Văn Toàn, PHÓ CHÁNH VĂN PHÒNG.")
    R.meta("PHÓ CHÁNH VĂN PHÒNG")
    R.party_header("TỈNH ỦY NGHỆ AN", ["VĂN PHÒNG"])
    R.title("Văn phòng Tỉnh ủy")
    R.h("PHẦN I: KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", center=True)
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    body(R, "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    body(R, "ket-qua.noi-bat")
    R.h("III. HẠN CHẾ VÀ NGUYÊN NHÂN")
    for t in R.texts["ket-qua.han-che"]:
        R.runin("Hạn chế:", t, "ket-qua.han-che", bold=False, italic=True)
    for t in R.texts["ket-qua.nguyen-nhan"]:
        R.runin("Nguyên nhân:", t, "ket-qua.nguyen-nhan", bold=False, italic=True)
    R.h("IV. BÀI HỌC KINH NGHIỆM")
    body(R, "ket-qua.bai-hoc")
    R.h("V. TÁC ĐỘNG")
    body(R, "tac-dong")
    R.h("PHẦN II: NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ", center=True)
    R.h("I. NHIỆM VỤ, GIẢI PHÁP")
    body(R, "ket-qua.giai-phap")
    R.h("II. KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.closing_sentence("Văn phòng Tỉnh ủy")
    sig_table(R, r52.RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], R.signer)
    R.appendix()
    return R


# Thanh tra: the inspectorate's statistics appendix as its reports print it.
def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "AS PUBLISHED in the state report shape of S8/S7 with the inspectorate's own words: "
            "'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH', 'II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, GIẢI "
            "QUYẾT KHIẾU NẠI, TỐ CÁO VÀ DÂN VẬN' (the results), 'III. ĐÁNH GIÁ' with '1. Ưu điểm, "
            "tác động' (the impact paragraph), '2. Khó khăn, vướng mắc' (the limitation), '3. "
            "Nguyên nhân', '4. Bài học kinh nghiệm', 'IV. NHIỆM VỤ, GIẢI PHÁP', 'V. ĐỀ XUẤT'. State "
            "header 'UBND TỈNH NGHỆ AN' / 'THANH TRA TỈNH' / 'Số: 117/BC-TTr'. 'KT. CHÁNH THANH TRA' / "
            "'PHÓ CHÁNH THANH TRA'. Appendix with GROUP ROWS as the inspectorate's tables have "
            "them: 'I | Công tác lãnh đạo, chỉ đạo' (rows 1-3), 'II | Tiếp công dân, xử lý đơn "
            "thư' (rows 4-7), 'III | Kết quả khác' (rows 8-9), the group rows without figures, and "
            "a 'Ghi chú' column. The officer records TTT, 117/BC-TTr, 15/4/2026, Phạm Hồng Quang, "
            "PHÓ CHÁNH THANH TRA.")
    R.meta("PHÓ CHÁNH THANH TRA")
    R.state_header("UBND TỈNH NGHỆ AN", ["THANH TRA TỈNH"])
    R.title("Thanh tra tỉnh")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH")
    body(R, "lanh-dao")
    R.h("II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO VÀ DÂN VẬN")
    body(R, "ket-qua.noi-bat")
    R.h("III. ĐÁNH GIÁ")
    R.h("1. Ưu điểm, tác động", i=True)
    body(R, "tac-dong")
    R.h("2. Khó khăn, vướng mắc", i=True)
    body(R, "ket-qua.han-che")
    R.h("3. Nguyên nhân", i=True)
    body(R, "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", i=True)
    body(R, "ket-qua.bai-hoc")
    R.h("IV. NHIỆM VỤ, GIẢI PHÁP")
    body(R, "ket-qua.giai-phap")
    R.h("V. ĐỀ XUẤT")
    body(R, "kien-nghi")
    R.closing_sentence("Thanh tra tỉnh")
    sig_table(R, r52.RECIP_STATE, ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], R.signer)
    std = rows_std(R.figures, ghi_chu=True)
    groups = {0: ("I", "Công tác lãnh đạo, chỉ đạo"), 3: ("II", "Tiếp công dân, xử lý đơn thư"),
              7: ("III", "Kết quả khác")}
    rows = [std[0]]
    for k, row in enumerate(std[1:]):
        if k in groups:
            g, t = groups[k]
            rows.append([cell(p(r(g, b=True), jc="center", spacing=False), w=700),
                         cell(p(r(t, b=True), spacing=False), w=4300), "", "", ""])
        rows.append(row)
    page_break(R)
    R.h("PHỤ LỤC", center=True)
    R.h("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", center=True)
    R.h("(Kèm theo Báo cáo số 117/BC-TTr ngày 15/4/2026 của Thanh tra tỉnh)", b=False, i=True,
        center=True)
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 117/BC-TTr")
    R.d.add(table(rows, [700, 4300, 1100, 1400, 1300], header_rows=1))
    return R


# DUQS: bold run-in titles (GUIDE §2b; the Party's army committees write results so).
def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 KL114.docx",
            "AS PUBLISHED in the Party shape of S1 with the body written in BOLD RUN-IN TITLES, "
            "each part one heading and its paragraphs each opening with a bold-italic lead-in in the "
            "same paragraph: 'I. KẾT QUẢ THỰC HIỆN' holding '- Về lãnh đạo, chỉ đạo:' …, '- Về kết "
            "quả nổi bật:' … (two), '- Về tác động:' …; 'II. HẠN CHẾ, NGUYÊN NHÂN' holding '- Hạn "
            "chế:' … and '- Nguyên nhân:' …; 'III. BÀI HỌC KINH NGHIỆM'; 'IV. PHƯƠNG HƯỚNG, NHIỆM "
            "VỤ, GIẢI PHÁP'; 'V. KIẾN NGHỊ' — an officer files each paragraph by its lead-in. Party "
            "header 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY QUÂN SỰ TỈNH' / '*' / 'Số 318-BC/ĐU'. 'T/M BAN "
            "THƯỜNG VỤ' / 'BÍ THƯ' over 'Đại tá Lê Minh Tuấn'. Appendix: caption 'Biểu 01', 'x' "
            "where not applicable. The officer records DUQS, 318-BC/ĐU, 10/4/2026, Lê Minh Tuấn, "
            "BÍ THƯ.")
    R.meta("BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY QUÂN SỰ TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    R.h("I. KẾT QUẢ THỰC HIỆN")
    for t in R.texts["lanh-dao"]:
        R.runin("- Về lãnh đạo, chỉ đạo:", t, "lanh-dao", bold=True, italic=True)
    for t in R.texts["ket-qua.noi-bat"]:
        R.runin("- Về kết quả nổi bật:", t, "ket-qua.noi-bat", bold=True, italic=True)
    for t in R.texts["tac-dong"]:
        R.runin("- Về tác động:", t, "tac-dong", bold=True, italic=True)
    R.h("II. HẠN CHẾ, NGUYÊN NHÂN")
    for t in R.texts["ket-qua.han-che"]:
        R.runin("- Hạn chế:", t, "ket-qua.han-che", bold=True, italic=True)
    for t in R.texts["ket-qua.nguyen-nhan"]:
        R.runin("- Nguyên nhân:", t, "ket-qua.nguyen-nhan", bold=True, italic=True)
    R.h("III. BÀI HỌC KINH NGHIỆM")
    body(R, "ket-qua.bai-hoc")
    R.h("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP")
    body(R, "ket-qua.giai-phap")
    R.h("V. KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.closing_sentence("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    sig_table(R, r52.RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], f"Đại tá {R.signer}")
    R.appendix(caption="Biểu 01 — SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    return R


# DUCA: 'Phần thứ nhất' / title next line, '-' and '+' lists (GUIDE §2b), S1 and S3.
def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 KL114.docx",
            "AS PUBLISHED in the two-part shape of S1/S3 ('Phần thứ nhất' / its title on the next "
            "line) with the units' lists: 'Phần thứ nhất' / 'KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' "
            "holding 'I. TÌNH HÌNH CHUNG' (context 'other'), 'II. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI', "
            "'III. KẾT QUẢ ĐẠT ĐƯỢC' (its two paragraphs as '-' items, the second with a '+' sub-item "
            "split off: '+ Tiếp … công dân, …' kept whole as the unit's item), 'IV. HẠN CHẾ, KHUYẾT "
            "ĐIỂM VÀ NGUYÊN NHÂN' with '1. Hạn chế, khuyết điểm' / '2. Nguyên nhân', 'V. BÀI HỌC KINH "
            "NGHIỆM', 'VI. HIỆU QUẢ, TÁC ĐỘNG'; 'Phần thứ hai' / 'PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP VÀ "
            "ĐỀ XUẤT, KIẾN NGHỊ' holding 'I. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP' and 'II. ĐỀ XUẤT, KIẾN "
            "NGHỊ'. Party header 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY CÔNG AN TỈNH' / '*' / 'Số "
            "296-BC/ĐU'. 'T/M BAN THƯỜNG VỤ' / 'PHÓ BÍ THƯ'. Appendix: nine-row table. The officer "
            "records DUCA, 296-BC/ĐU, 12/4/2026, Nguyễn Đức Hải, PHÓ BÍ THƯ.")
    R.meta("PHÓ BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY CÔNG AN TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Công an tỉnh")
    R.h("Phần thứ nhất", center=True)
    R.h("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", center=True)
    R.h("I. TÌNH HÌNH CHUNG")
    R.ctx("Đảng bộ Công an tỉnh có 86 tổ chức cơ sở đảng; từ năm 2025 lực lượng Công an cấp xã được "
          "bố trí chính quy về tất cả các xã, phường, trực tiếp tiếp nhận, giải quyết nhiều thủ tục hành "
          "chính liên quan đến người dân.")
    R.h("II. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI")
    body(R, "lanh-dao")
    R.h("III. KẾT QUẢ ĐẠT ĐƯỢC")
    body(R, "ket-qua.noi-bat", mark="-")
    R.h("IV. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN")
    R.h("1. Hạn chế, khuyết điểm", i=True)
    body(R, "ket-qua.han-che", mark="-")
    R.h("2. Nguyên nhân", i=True)
    body(R, "ket-qua.nguyen-nhan", mark="-")
    R.h("V. BÀI HỌC KINH NGHIỆM")
    body(R, "ket-qua.bai-hoc", mark="+")
    R.h("VI. HIỆU QUẢ, TÁC ĐỘNG")
    body(R, "tac-dong")
    R.h("Phần thứ hai", center=True)
    R.h("PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP VÀ ĐỀ XUẤT, KIẾN NGHỊ", center=True)
    R.h("I. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP")
    body(R, "ket-qua.giai-phap", mark="-")
    R.h("II. ĐỀ XUẤT, KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.closing_sentence("Ban Thường vụ Đảng ủy Công an tỉnh")
    sig_table(R, r52.RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    R.appendix()
    return R


# S6  thuvienphapluat.vn — Quy chế 01/QCPH/UBND-UBMTTQ Đắk Lắk: a JOINT paper's header, the two
#     bodies over ONE SHARED PLACE LINE ('ỦY BAN NHÂN DÂN' / 'ỦY BAN MTTQ VIỆT NAM' / 'TỈNH ĐẮK LẮK').
def td():
    R = TxtRep("td", "TD", "Tinh doan - BC lien tich 15 KL114.txt",
               "AS PUBLISHED for a joint paper (Quy chế 01/QCPH/UBND-UBMTTQ Đắk Lắk, thuvienphapluat.vn): "
               "the two bodies over ONE SHARED PLACE LINE — 'BAN THƯỜNG VỤ TỈNH ĐOÀN' / 'BAN THƯỜNG VỤ HỘI "
               "NÔNG DÂN' / 'TỈNH NGHỆ AN' / '-------' / 'Số: 15/BCLT-TĐ-HND' — the lead (Tỉnh đoàn) "
               "first; right the motto and 'Nghệ An, ngày 14 tháng 4 năm 2026'; 'BÁO CÁO LIÊN TỊCH'. "
               "Delivered as Word's Save As ▸ Plain Text (probe51's TxtRep: BOM, CRLF, a line per "
               "paragraph, the header table's cells on lines of their own). Body: 'I. CÔNG TÁC PHỐI "
               "HỢP LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ PHỐI HỢP THỰC HIỆN', 'III. HẠN CHẾ, NGUYÊN NHÂN' "
               "('1. Hạn chế' / '2. Nguyên nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. "
               "PHƯƠNG HƯỚNG PHỐI HỢP THỜI GIAN TỚI', 'VII. KIẾN NGHỊ'. Two signatures on one line "
               "apart by a tab (as the plain-text export writes a two-cell row): 'TM. BAN THƯỜNG VỤ "
               "TỈNH ĐOÀN\\tTM. BAN THƯỜNG VỤ HỘI NÔNG DÂN' / 'PHÓ BÍ THƯ THƯỜNG TRỰC\\tCHỦ TỊCH' / "
               "names. Appendix tab-separated. (pseudo-heading tolerated) The officer files it as "
               "Tỉnh đoàn's (the lead, first): TD, 15/BCLT-TĐ-HND, 14/4/2026, Nguyễn Thị Bích Ngọc, PHÓ "
               "BÍ THƯ THƯỜNG TRỰC.", place="Nghệ An")
    R.meta("PHÓ BÍ THƯ THƯỜNG TRỰC")
    R.lines += ["BAN THƯỜNG VỤ TỈNH ĐOÀN", "BAN THƯỜNG VỤ HỘI NÔNG DÂN", "TỈNH NGHỆ AN", "-------",
                f"Số: {R.doc_number}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "---------------", R.place_date]
    for a in (R.doc_number, "BAN THƯỜNG VỤ HỘI NÔNG DÂN", R.place_date.split(" năm")[0]):
        R.app(a)
    who = "Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Hội Nông dân tỉnh"
    R.lines += ["BÁO CÁO LIÊN TỊCH", SUBJ2, f"{PLAN}, {who} báo cáo liên tịch như sau:"]
    for a in ("BÁO CÁO LIÊN TỊCH", SUBJ_LEAK, "Hội Nông dân tỉnh báo cáo liên tịch"):
        R.app(a)
    R.add("I. CÔNG TÁC PHỐI HỢP LÃNH ĐẠO, CHỈ ĐẠO")
    body(R, "lanh-dao")
    R.add("II. KẾT QUẢ PHỐI HỢP THỰC HIỆN")
    body(R, "ket-qua.noi-bat")
    R.add("III. HẠN CHẾ, NGUYÊN NHÂN")
    R.add("1. Hạn chế")
    body(R, "ket-qua.han-che")
    R.add("2. Nguyên nhân")
    body(R, "ket-qua.nguyen-nhan")
    R.add("IV. BÀI HỌC KINH NGHIỆM")
    body(R, "ket-qua.bai-hoc")
    R.add("V. TÁC ĐỘNG")
    body(R, "tac-dong")
    R.add("VI. PHƯƠNG HƯỚNG PHỐI HỢP THỜI GIAN TỚI")
    body(R, "ket-qua.giai-phap")
    R.add("VII. KIẾN NGHỊ")
    body(R, "kien-nghi")
    R.add(f"Trên đây là báo cáo liên tịch tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app("Hội Nông dân tỉnh./.")
    R.lines += ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\tTM. BAN THƯỜNG VỤ HỘI NÔNG DÂN",
                "PHÓ BÍ THƯ THƯỜNG TRỰC\tCHỦ TỊCH", "\t", "\t", f"{R.signer}\tNguyễn Văn Bình",
                "Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Trung ương Đoàn, Trung ương Hội NDVN (b/c);",
                "- Lưu: VP Tỉnh đoàn, VP Hội."]
    for a in ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC", R.signer, "Nguyễn Văn Bình",
              "Nơi nhận"):
        R.app(a)
    R.appendix_txt("Kèm theo Báo cáo liên tịch số 15/BCLT-TĐ-HND ngày 14/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


# MTTQ .md: a Front report pasted as a two-column pipe table with <br> (GUIDE §2b), the Front's
# name WRAPPED with its place on the next line, state-style parts (S8).
def mttq():
    R = MdRep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md",
              "AS PUBLISHED by a provincial Front (the Front's header as its papers print it: 'ỦY BAN "
              "MTTQ VIỆT NAM' / 'TỈNH NGHỆ AN' / 'BAN THƯỜNG TRỰC', the name wrapped with its place on "
              "the next line, cf. S6's 'ỦY BAN MTTQ VIỆT NAM' / 'TỈNH ĐẮK LẮK') pasted by the "
              "secretariat as a TWO-COLUMN PIPE TABLE WITH <br> (GUIDE §2b): '| ỦY BAN MTTQ VIỆT NAM<br>"
              "TỈNH NGHỆ AN<br>**BAN THƯỜNG TRỰC**<br>Số: 322/BC-MTTQ-BTT | **CỘNG HÒA …**<br>**Độc lập "
              "- Tự do - Hạnh phúc**<br>*Nghệ An, ngày 14 tháng 4 năm 2026* |'. Parts as the Front "
              "writes them: '**I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN**', '**II. KẾT QUẢ THỰC HIỆN**', '**III. "
              "ĐÁNH GIÁ CHUNG**' with '***1. Tác động***', '***2. Hạn chế***', '***3. Nguyên "
              "nhân***', '***4. Bài học kinh nghiệm***', '**IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN "
              "TỚI**', '**V. KIẾN NGHỊ**'. Signature in a pipe table too: '| **Nơi nhận:**<br>- …<br>- "
              "… | **TM. BAN THƯỜNG TRỰC**<br>**PHÓ CHỦ TỊCH**<br><br>**Võ Thị Hằng** |'. Appendix a "
              "pipe table. (pseudo-heading tolerated) The officer records MTTQ, 322/BC-MTTQ-BTT, "
              "14/4/2026, Võ Thị Hằng, PHÓ CHỦ TỊCH.", place="Nghệ An")
    R.meta("PHÓ CHỦ TỊCH")
    R.lines += ["| ỦY BAN MTTQ VIỆT NAM<br>TỈNH NGHỆ AN<br>**BAN THƯỜNG TRỰC**<br>Số: 322/BC-MTTQ-BTT | "
                "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>"
                f"*{R.place_date}* |\n|---|---|"]
    for a in ("322/BC-MTTQ-BTT", "BAN THƯỜNG TRỰC", R.place_date.split(" năm")[0]):
        R.app(a)
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.title(who)
    R.add("**I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN**")
    body(R, "lanh-dao")
    R.add("**II. KẾT QUẢ THỰC HIỆN**")
    body(R, "ket-qua.noi-bat")
    R.add("**III. ĐÁNH GIÁ CHUNG**")
    R.add("***1. Tác động***")
    body(R, "tac-dong")
    R.add("***2. Hạn chế***")
    body(R, "ket-qua.han-che")
    R.add("***3. Nguyên nhân***")
    body(R, "ket-qua.nguyen-nhan")
    R.add("***4. Bài học kinh nghiệm***")
    body(R, "ket-qua.bai-hoc")
    R.add("**IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI**")
    body(R, "ket-qua.giai-phap")
    R.add("**V. KIẾN NGHỊ**")
    body(R, "kien-nghi")
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.add("| **Nơi nhận:**<br>- Ban Tuyên giáo và Dân vận Tỉnh ủy;<br>- Ủy ban Trung ương MTTQ Việt Nam "
          "(b/c);<br>- Lưu: VT, BTT. | **TM. BAN THƯỜNG TRỰC**<br>**PHÓ CHỦ TỊCH**<br><br><br>"
          f"**{R.signer}** |\n|---|---|")
    for a in ("Nơi nhận", "TM. BAN THƯỜNG TRỰC", R.signer):
        R.app(a)
    R.appendix_md("Kèm theo Báo cáo số 322/BC-MTTQ-BTT ngày 14/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


REPORTS = [x001, x002, x003, x004, x005, x006, x007, snv, syt, stc, vptu, ttt, duqs, duca, td, mttq]
