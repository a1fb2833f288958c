"""probe54's sixteen reports: THE STATISTICS APPENDIX AS PUBLISHED, and body layouts of other
campaigns' published reports. Each report carries the unit's figures (probe44's, through
probe53's gen/reports.py → probe52's → … → probe46's) in a 'biểu số liệu' shaped as published
Vietnamese tổng kết / sơ kết tables are: two-level headers with merged cells, 'Kế hoạch |
Thực hiện | Tỷ lệ (%)', 'Trong đó:' / '- Nữ' breakdown rows, a unit column, Roman/Arabic STT with
group rows, a column-number row, the table split into 'Biểu 01' / 'Biểu 02', a note row spanning
the table, numbers as '1.250', '1 250', '85,5%', 'x', '-', 'Không phát sinh', and one appendix
only in an .xlsx beside the report with a title block. The body of each report follows the
layout of a published report of another campaign (sources N1-N9 in README.txt, and notes).

Each report records the section an officer files every paragraph under (context parts: 'other',
probe51's call), the figures an officer reads from the table (the judgement calls in
README.txt), the apparatus (header, titles, captions, signature) and the metadata."""

import datetime as _dt
import importlib.util
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r53 = _load("reports53", os.path.join(BENCH, "probe53", "gen", "reports.py"))
r52, r51, r46 = r53.r52, r53.r51, r53.r46
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table
IND, LABELS, vn, dmy = r46.IND, r46.LABELS, r46.vn, r46.dmy
SUBJ2, SUBJ_LEAK, PLAN, PARTY, L = r53.SUBJ2, r53.SUBJ_LEAK, r52.PLAN, r52.PARTY, r52.L
split_years, _wrap, sig_table, page_break = r46.split_years, r53._wrap, r53.sig_table, r53.page_break
RECIP_PARTY, RECIP_STATE = r52.RECIP_PARTY, r52.RECIP_STATE
OPENING = r46.OPENING


class Rep(r53.Rep):
    def H(self, text, level=1):
        """A heading as typed: level 0 centred bold, 1 bold, 2 bold italic, 3 italic."""
        if level == 0:
            self.h(text, center=True)
        else:
            self.d.add(p(r(text, b=level < 3, i=level >= 2), ind=567))

    def cap(self, lines, leak=None):
        """Centred caption lines over an appendix table: (text, bold, italic)."""
        for t, b, i in lines:
            self.d.add(p(r(t, b=b, i=i), jc="center", spacing=False))
        for a in leak or []:
            self.app(a)


class MdRep(r53.MdRep):
    def H(self, text, level=1):
        self.add(f"**{text}**" if level <= 1 else f"***{text}***" if level == 2 else f"*{text}*")


class TxtRep(r53.TxtRep):
    def H(self, text, level=1):
        self.add(text)


def body(R, sec, mark=None):
    r53.body(R, sec, mark)


def sp(v):
    """'1 250': a space for the thousands, as many clerks type them."""
    return vn(v).replace(".", " ")


def pct(v):
    return vn(v) + "%"


def plan_of(ind, v):
    """The unit's own plan (Kế hoạch) for an indicator: a round target near the result."""
    if ind == "truc-tuyen":
        return 95 if v >= 95 else 80
    if v < 20:
        return v - 1 if v % 2 else v + 2
    step = 10 if v < 200 else 50 if v < 2000 else 100
    k = int(round(v / step)) * step
    return k if k != v else k + step


def rate(ind, v):
    return vn(round(v * 100.0 / plan_of(ind, v), 1))


def hc(t, w, **kw):
    return cell(p(r(t, b=True), jc="center", spacing=False), w=w, **kw)


def tc(t, w, b=False, i=False, jc=None, **kw):
    return cell(p(r(t, b=b, i=i), jc=jc, spacing=False), w=w, **kw)


def workbook(title_rows, head, data, merges, width_b=58):
    """An .xlsx as a clerk makes it: title rows (each merged across the table), a blank row, the
    header rows, the data (numbers as numbers); merges: (r1, c1, r2, c2) counted from the first
    header row. Fixed properties and zip times (as probe51's workbook)."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu"
    ncol = max(len(h) for h in head)
    for t in title_rows:
        ws.append([t])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncol)
    ws.append([])
    top = ws.max_row + 1
    for h in head:
        ws.append(h)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=top + r1, start_column=c1, end_row=top + r2, end_column=c2)
    for row in data:
        ws.append(row)
    ws.column_dimensions["B"].width = width_b
    when = _dt.datetime(2026, 4, 12, 8, 0, 0)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "Văn phòng Đảng ủy"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            d = src.read(n)
            if n == "docProps/core.xml":
                d = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-04-12T08:00:00Z", d)
            zi = zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return out.getvalue()


def usual_parts(R, heads):
    """heads: (title, level, sec or None); sec 'ctx:<text>' writes a context paragraph."""
    for title, level, sec in heads:
        if title:
            R.H(title, level)
        if sec and sec.startswith("ctx:"):
            R.ctx(sec[4:])
        elif sec:
            body(R, sec)


# ==========================================================================================
# N4  baoninhthuan.com.vn — Nghị quyết 10-NQ/TU Ninh Thuận: 'I- Khái quát tình hình' (Roman with a
#     HYPHEN, sentence case). Appendix A1: two-level merged header, one column per year 2021-2025
#     after a 2015-2020 column, and 'Tổng cộng'.
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx",
            "BODY AS PUBLISHED in Nghị quyết 10-NQ/TU of the Ninh Thuận Party Committee "
            "(baoninhthuan.com.vn, N4): part titles numbered with a Roman numeral and a HYPHEN, in "
            "sentence case, bold: 'I- Khái quát tình hình' (context: 'other'), 'II- Công tác lãnh "
            "đạo, chỉ đạo', 'III- Kết quả thực hiện', 'IV- Hạn chế và nguyên nhân' with '1- Hạn chế' "
            "/ '2- Nguyên nhân' (bold italic), 'V- Bài học kinh nghiệm', 'VI- Tác động', 'VII- Nhiệm "
            "vụ, giải pháp thời gian tới', 'VIII- Kiến nghị'. Usual Party header table. APPENDIX "
            "'Biểu số 01' with a TWO-LEVEL MERGED HEADER (w:vMerge / w:gridSpan): STT | Nội dung | ĐVT "
            "merged down, 'Kết quả thực hiện' spanning 'Giai đoạn 2015 - 2020 | Năm 2021 | Năm 2022 | "
            "Năm 2023 | Năm 2024 | Năm 2025 | Tổng cộng'; the rate only in 'Năm 2025' and 'Tổng "
            "cộng' ('x' elsewhere). The officer takes 'Tổng cộng'. Records X001, 67-BC/ĐU, "
            "10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.", place="Vinh Phú")
    R.meta("BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY PHƯỜNG VINH PHÚ"])
    R.title("Ban Thường vụ Đảng ủy phường Vinh Phú")
    usual_parts(R, [
        ("I- Khái quát tình hình", 1,
         "ctx:Phường Vinh Phú có 14 khối phố với hơn 9.800 hộ dân, tốc độ đô thị hóa nhanh; Đảng bộ có 27 "
         "chi bộ trực thuộc, nhiều vụ việc về đất đai, trật tự xây dựng phát sinh trong giai đoạn."),
        ("II- Công tác lãnh đạo, chỉ đạo", 1, "lanh-dao"),
        ("III- Kết quả thực hiện", 1, "ket-qua.noi-bat"),
        ("IV- Hạn chế và nguyên nhân", 1, None),
        ("1- Hạn chế", 2, "ket-qua.han-che"),
        ("2- Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("V- Bài học kinh nghiệm", 1, "ket-qua.bai-hoc"),
        ("VI- Tác động", 1, "tac-dong"),
        ("VII- Nhiệm vụ, giải pháp thời gian tới", 1, "ket-qua.giai-phap"),
        ("VIII- Kiến nghị", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy phường Vinh Phú")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    page_break(R)
    R.cap([("Biểu số 01", True, False),
           ("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW GIAI ĐOẠN 2015 - 2025", True, False),
           ("(Kèm theo Báo cáo số 67-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy phường)", False, True)],
          ["KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW GIAI", "Kèm theo Báo cáo số 67-BC/ĐU"])
    W = [500, 2700, 800] + [800] * 7
    yrs = ["Giai đoạn 2015 - 2020", "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025",
           "Tổng cộng"]
    rows = [[hc("STT", W[0], vmerge="restart"), hc("Nội dung", W[1], vmerge="restart"),
             hc("ĐVT", W[2], vmerge="restart"), hc("Kết quả thực hiện", sum(W[3:]), span=7)],
            [hc("", W[0], vmerge="c"), hc("", W[1], vmerge="c"), hc("", W[2], vmerge="c")] +
            [hc(y, w) for y, w in zip(yrs, W[3:])]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        if ind == "truc-tuyen":
            vals = ["x"] * 5 + [vn(v), vn(v)]
        else:
            parts = split_years(v, [10, 2, 2, 2, 3, 3])
            vals = [vn(x) for x in parts] + [vn(v)]
        rows.append([str(i), lab, dvt] + vals)
    R.d.add(table(rows, W, header_rows=2))
    return R


# N3  allavida.org — a Party cell's sơ kết report template as the page prints it: 'ĐẢNG BỘ …' /
#     'ĐẢNG ỦY (CHI BỘ)……' / '*' / 'ĐẢNG CỘNG SẢN VIỆT NAM' / '…, ngày …' / 'Số -BC/ĐU (CB)…' (the
#     NUMBER AFTER THE DATE, the left cell's last line coming out last) and 'BÁO CÁO sơ kết …' (the
#     title word and the subject on ONE line). Appendix in text: spaces for thousands, '%' signs.
def x002():
    R = TxtRep("x002", "X002", "Dien Chau - BC 52 KL114.txt",
               "BODY AS PUBLISHED on allavida.org (N3, a Party committee's sơ kết report template as "
               "the page prints it) and saved as plain text (BOM, CRLF, a line per paragraph): header "
               "'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY XÃ DIỄN CHÂU' / '*' / 'ĐẢNG CỘNG SẢN VIỆT NAM' / "
               "'Diễn Châu, ngày 09 tháng 4 năm 2026' / 'Số 52-BC/ĐU' (THE NUMBER LINE AFTER THE DATE, "
               "as the page has it); 'BÁO CÁO tổng kết 10 năm thực hiện Kết luận số 114-KL/TW …' (title "
               "word and subject on ONE line); parts 'I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ THỰC "
               "HIỆN', 'III. HẠN CHẾ, NGUYÊN NHÂN' with '1. Hạn chế', '2. Nguyên nhân', 'IV. BÀI HỌC "
               "KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. NHIỆM VỤ, GIẢI PHÁP', 'VII. KIẾN NGHỊ'. Signature "
               "lines after 'Nơi nhận'. APPENDIX as typed text with tabs: 'TT\\tNội dung\\tĐVT\\tSố "
               "liệu', NUMBERS WITH A SPACE FOR THE THOUSANDS ('1 164') and the rate with its SIGN "
               "('86,1%'). (pseudo-heading tolerated) Records X002, 52-BC/ĐU, 9/4/2026, Nguyễn Đình "
               "Lực, BÍ THƯ.", place="Diễn Châu")
    R.meta("BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ DIỄN CHÂU", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
                R.place_date, "Số 52-BC/ĐU"]
    R.app("52-BC/ĐU")
    R.app("Diễn Châu, ngày 09 tháng 4")
    R.add("BÁO CÁO " + SUBJ2[0].lower() + SUBJ2[1:])
    R.app(SUBJ_LEAK)
    who = "Ban Thường vụ Đảng ủy xã Diễn Châu"
    R.add(OPENING.format(who=who))
    R.app(f"{who} báo cáo như sau")
    usual_parts(R, [
        ("I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("VII. KIẾN NGHỊ", 1, "kien-nghi")])
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Lưu Văn phòng.",
                "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", R.signer]
    for a in ("Nơi nhận", "T/M BAN THƯỜNG VỤ", R.signer):
        R.app(a)
    R.lines += ["PHỤ LỤC", "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                "(Kèm theo Báo cáo số 52-BC/ĐU ngày 9/4/2026)", "TT\tNội dung\tĐVT\tSố liệu"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 52-BC/ĐU")
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        R.lines.append(f"{i}\t{lab}\t{dvt}\t{pct(v) if ind == 'truc-tuyen' else sp(v)}")
    R.tolerated.append("pseudo-heading")
    return R


# N5  thanhuytphcm.vn — Báo cáo kiểm điểm của Ban Chấp hành lâm thời Đảng bộ Quận 12: the
#     assessment under BARE CAPITAL TITLES WITHOUT NUMBERS ('ƯU ĐIỂM', …). Appendix A8: ONLY IN AN
#     .xlsx beside the report, a title block over a 'Kế hoạch | Thực hiện | Tỷ lệ (%)' table.
def x003():
    R = Rep("x003", "X003", "DU xa Quynh Luu - BC 71 KL114.docx",
            "BODY AS PUBLISHED in the Quận 12 Party Committee's review report (thanhuytphcm.vn, N5): "
            "the assessment under BARE CAPITAL TITLES WITHOUT NUMBERS, bold: 'I. CÔNG TÁC LÃNH ĐẠO, "
            "CHỈ ĐẠO', 'II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN' with 'ƯU ĐIỂM', 'KHUYẾT ĐIỂM', 'NGUYÊN NHÂN', "
            "'BÀI HỌC KINH NGHIỆM' (no numbers), 'III. TÁC ĐỘNG', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ', 'V. "
            "KIẾN NGHỊ'; the results close with '(Có biểu số liệu kèm theo)'. Usual Party header. "
            "NO TABLE IN THE DOCX: the figures are ONLY in 'Quynh Luu - Bieu so lieu KL114.xlsx' "
            "beside it, with a TITLE BLOCK ('ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY XÃ QUỲNH LƯU' / 'BIỂU "
            "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' / '(Kèm theo Báo cáo số "
            "71-BC/ĐU …)') over a two-row header 'STT | Nội dung | ĐVT | Kết quả 10 năm (Kế hoạch | "
            "Thực hiện | Tỷ lệ (%))' and a 'Trong đó: nữ' row under the training row (numbers as "
            "numbers). The officer takes 'Thực hiện', never the plan, and does not add the "
            "'Trong đó' row. Records X003, 71-BC/ĐU, 13/4/2026, Hồ Sỹ Nam, BÍ THƯ.", place="Quỳnh Lưu")
    R.meta("BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ QUỲNH LƯU"])
    R.title("Ban Thường vụ Đảng ủy xã Quỳnh Lưu")
    R.H("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    body(R, "lanh-dao")
    R.H("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN")
    R.H("ƯU ĐIỂM", 0)
    body(R, "ket-qua.noi-bat")
    R.d.add(p(r("(Có biểu số liệu kèm theo)", i=True), ind=567))
    R.H("KHUYẾT ĐIỂM", 0)
    body(R, "ket-qua.han-che")
    R.H("NGUYÊN NHÂN", 0)
    body(R, "ket-qua.nguyen-nhan")
    R.H("BÀI HỌC KINH NGHIỆM", 0)
    body(R, "ket-qua.bai-hoc")
    usual_parts(R, [("III. TÁC ĐỘNG", 1, "tac-dong"),
                    ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", 1, "ket-qua.giai-phap"),
                    ("V. KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Quỳnh Lưu")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    data = []
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        k = plan_of(ind, v)
        data.append([i, lab, dvt, k, v, round(v * 100.0 / k, 1)])
        if ind == "tap-huan":
            data.append([None, "Trong đó: nữ", "Lượt", 180, 196, round(196 * 100.0 / 180, 1)])
            R.rows.append("Trong đó: nữ")
    R.extra = [("Quynh Luu - Bieu so lieu KL114.xlsx", workbook(
        ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ QUỲNH LƯU",
         "BIỂU SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
         "(Kèm theo Báo cáo số 71-BC/ĐU ngày 13/4/2026 của Ban Thường vụ Đảng ủy xã)"],
        [["STT", "Nội dung", "ĐVT", "Kết quả 10 năm (2015 - 2025)", None, None],
         [None, None, None, "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]],
        data, [(0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6)]))]
    return R


# N9  vanbanphapluat.co — Công văn 4836/BNN-VPĐP 2018 (sơ kết 3 năm nông thôn mới): the parts
#     numbered '1. Mục đích:' — ARABIC NUMBERS AT THE TOP, TITLES ENDING WITH A COLON. Appendix:
#     'Thực hiện | Kế hoạch | So sánh (%)' — the result BEFORE the plan.
def x004():
    R = Rep("x004", "X004", "Hoang Mai - BC 98 KL114.docx",
            "BODY AS PUBLISHED in Công văn 4836/BNN-VPĐP (vanbanphapluat.co, N9): the parts numbered "
            "with ARABIC NUMBERS at the top level and titles ENDING WITH A COLON, bold, one flat "
            "list: '1. Công tác lãnh đạo, chỉ đạo:', '2. Kết quả thực hiện:', '3. Hạn chế, khó "
            "khăn:', '4. Nguyên nhân:', '5. Bài học kinh nghiệm:', '6. Tác động:', '7. Phương hướng, "
            "nhiệm vụ thời gian tới:', '8. Kiến nghị:' (the outline's children of 'Kết quả' at the "
            "same level as its top sections). Usual Party header. Appendix 'PHỤ LỤC' with the "
            "RESULT BEFORE THE PLAN: 'STT | Nội dung | ĐVT | Thực hiện | Kế hoạch | So sánh (%)'. "
            "The officer takes 'Thực hiện'. Records X004, 98-BC/ĐU, 15/4/2026, Lê Thị Mai, PHÓ "
            "BÍ THƯ.", place="Hoàng Mai")
    R.meta("PHÓ BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY PHƯỜNG HOÀNG MAI"])
    R.title("Ban Thường vụ Đảng ủy phường Hoàng Mai")
    usual_parts(R, [
        ("1. Công tác lãnh đạo, chỉ đạo:", 1, "lanh-dao"),
        ("2. Kết quả thực hiện:", 1, "ket-qua.noi-bat"),
        ("3. Hạn chế, khó khăn:", 1, "ket-qua.han-che"),
        ("4. Nguyên nhân:", 1, "ket-qua.nguyen-nhan"),
        ("5. Bài học kinh nghiệm:", 1, "ket-qua.bai-hoc"),
        ("6. Tác động:", 1, "tac-dong"),
        ("7. Phương hướng, nhiệm vụ thời gian tới:", 1, "ket-qua.giai-phap"),
        ("8. Kiến nghị:", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy phường Hoàng Mai")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    rows = [["STT", "Nội dung", "ĐVT", "Thực hiện", "Kế hoạch", "So sánh (%)"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        rows.append([str(i), lab, dvt, vn(v), vn(plan_of(ind, v)), rate(ind, v)])
    page_break(R)
    R.cap([("PHỤ LỤC", True, False), ("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", True, False),
           ("(Kèm theo Báo cáo số 98-BC/ĐU ngày 15/4/2026)", False, True)],
          ["SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN", "Kèm theo Báo cáo số 98-BC/ĐU"])
    R.d.add(table(rows, [600, 3900, 900, 1200, 1200, 1300], header_rows=1))
    return R


# N2  snnptnt.hanam.gov.vn — Kế hoạch Chương trình MTQG Nước sạch … Hà Nam 2014: 'Phần I' /
#     'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2013' / 'I. TÌNH HÌNH CHUNG'. Appendix A9 in Markdown: the
#     second header row pasted as the first BODY row; 'Lũy kế'; '1 200', '79,6%'.
def x005():
    R = MdRep("x005", "X005", "DU xa Do Luong - BC 58 KL114.md",
              "BODY AS PUBLISHED by the Hà Nam Department of Agriculture (snnptnt.hanam.gov.vn, N2), "
              "pasted into Markdown: '**Phần I**' / '**ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN "
              "114**' / '**I. TÌNH HÌNH CHUNG**' (context: 'other') / '**II. KẾT QUẢ THỰC HIỆN**' with "
              "'***1. Công tác lãnh đạo, chỉ đạo***', '***2. Kết quả cụ thể***' / '**III. TỒN TẠI, HẠN "
              "CHẾ VÀ NGUYÊN NHÂN**' with '***1. Tồn tại, hạn chế***', '***2. Nguyên nhân***', "
              "'***3. Bài học kinh nghiệm***' / '**IV. TÁC ĐỘNG**' / '**Phần II**' / '**NHIỆM VỤ, GIẢI "
              "PHÁP VÀ KIẾN NGHỊ**' / '**I. NHIỆM VỤ, GIẢI PHÁP**' / '**II. KIẾN NGHỊ**'. Party header "
              "as tab lines. APPENDIX a pipe table PASTED FROM WORD WITH ITS TWO HEADER ROWS: the "
              "rule after the first ('| STT | Nội dung | ĐVT | Kết quả thực hiện | | |'), the second "
              "header row ('| | | | 2015 - 2020 | 2021 - 2025 | Lũy kế |') the first body row; "
              "numbers with a SPACE FOR THE THOUSANDS ('1 200') and the rate with '%'. The officer "
              "takes 'Lũy kế'. (pseudo-heading tolerated) Records X005, 58-BC/ĐU, 10/4/2026, Nguyễn "
              "Thị Thanh Tâm, BÍ THƯ.", place="Đô Lương")
    R.meta("BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", "**ĐẢNG ỦY XÃ ĐÔ LƯƠNG**")
    R.title("Ban Thường vụ Đảng ủy xã Đô Lương")
    usual_parts(R, [
        ("Phần I", 1, None), ("ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN 114", 1, None),
        ("I. TÌNH HÌNH CHUNG", 1,
         "ctx:Đô Lương là xã trung du có quốc lộ 7 và quốc lộ 15 chạy qua, 31 xóm với hơn 10.200 hộ; "
         "kinh tế chủ yếu là nông nghiệp, dịch vụ, khiếu kiện về đất đai còn phát sinh."),
        ("II. KẾT QUẢ THỰC HIỆN", 1, None),
        ("1. Công tác lãnh đạo, chỉ đạo", 2, "lanh-dao"),
        ("2. Kết quả cụ thể", 2, "ket-qua.noi-bat"),
        ("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", 1, None),
        ("1. Tồn tại, hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("3. Bài học kinh nghiệm", 2, "ket-qua.bai-hoc"),
        ("IV. TÁC ĐỘNG", 1, "tac-dong"),
        ("Phần II", 1, None), ("NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ", 1, None),
        ("I. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("II. KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing("Ban Thường vụ Đảng ủy xã Đô Lương", RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"])
    R.app("T/M BAN THƯỜNG VỤ")
    R.lines += ["**Biểu 01**", "**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW GIAI ĐOẠN 2015 - 2025**",
                "*(Kèm theo Báo cáo số 58-BC/ĐU ngày 10/4/2026)*"]
    R.app("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW GIAI")
    R.app("Kèm theo Báo cáo số 58-BC/ĐU")
    out = ["| STT | Nội dung | ĐVT | Kết quả thực hiện | | |", "|---|---|---|---|---|---|",
           "| | | | 2015 - 2020 | 2021 - 2025 | Lũy kế |"]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        if ind == "truc-tuyen":
            out.append(f"| {i} | {lab} | {dvt} | x | {pct(v)} | {pct(v)} |")
        else:
            a, b = split_years(v, [4, 6])
            out.append(f"| {i} | {lab} | {dvt} | {sp(a)} | {sp(b)} | {sp(v)} |")
    R.add("\n".join(out))
    R.tolerated.append("pseudo-heading")
    return R


# N7  baodaknong.vn — Nghị quyết của Bộ Chính trị về Hội Nông dân Việt Nam (toàn văn): 'I- TÌNH
#     HÌNH' (CAPITALS after a Roman numeral and a HYPHEN). Appendix: Roman group rows and a
#     'Trong đó:' breakdown whose sub-rows carry the indicator's own keywords.
def x007():
    R = Rep("x007", "X007", "Anh Son - BC 44 KL114.docx",
            "BODY AS PUBLISHED in the Politburo's resolution on the Farmers' Union (baodaknong.vn, "
            "N7): part titles in CAPITALS after a Roman numeral and a HYPHEN, bold: 'I- TÌNH HÌNH' "
            "(context: 'other'), 'II- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'III- KẾT QUẢ', 'IV- HẠN CHẾ' with "
            "'1- Hạn chế' / '2- Nguyên nhân', 'V- BÀI HỌC KINH NGHIỆM', 'VI- TÁC ĐỘNG', 'VII- NHIỆM "
            "VỤ VÀ GIẢI PHÁP', 'VIII- KIẾN NGHỊ'. Usual Party header. APPENDIX with ROMAN GROUP ROWS "
            "('I | LÃNH ĐẠO, CHỈ ĐẠO', 'II | TIẾP DÂN, ĐỐI THOẠI, ĐƠN THƯ', 'III | KẾT QUẢ KHÁC') "
            "and Arabic rows restarting under each, and a 'Trong đó:' BREAKDOWN under the meetings "
            "row ('- Hội nghị quán triệt, triển khai' 6, '- Hội nghị sơ kết' 5, '- Hội nghị tổng "
            "kết' 4 — sub-rows with the hoi-nghi keywords, no STT, summing to the row). The officer "
            "takes the indicator row (15) and never adds the breakdown. Records X007, 44-BC/ĐU, "
            "12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ.", place="Anh Sơn")
    R.meta("PHÓ BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ ANH SƠN"])
    R.title("Ban Thường vụ Đảng ủy xã Anh Sơn")
    usual_parts(R, [
        ("I- TÌNH HÌNH", 1,
         "ctx:Anh Sơn là xã miền núi dọc sông Lam, có 24 bản, xóm với hơn 6.900 hộ; đồng bào dân tộc "
         "Thái, Khơ Mú chiếm gần một phần năm dân số, đời sống một bộ phận Nhân dân còn khó khăn."),
        ("II- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("III- KẾT QUẢ", 1, "ket-qua.noi-bat"),
        ("IV- HẠN CHẾ", 1, None),
        ("1- Hạn chế", 2, "ket-qua.han-che"),
        ("2- Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("V- BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("VI- TÁC ĐỘNG", 1, "tac-dong"),
        ("VII- NHIỆM VỤ VÀ GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("VIII- KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Anh Sơn")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    W = [700, 4700, 1300, 1600]
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    groups = {0: ("I", "LÃNH ĐẠO, CHỈ ĐẠO"), 3: ("II", "TIẾP DÂN, ĐỐI THOẠI, ĐƠN THƯ"),
              7: ("III", "KẾT QUẢ KHÁC")}
    n = 0
    for k, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS)):
        if k in groups:
            g, t = groups[k]
            rows.append([tc(g, W[0], b=True, jc="center"), tc(t, W[1], b=True), tc("", W[2]),
                         tc("", W[3])])
            R.rows.append(t)
            n = 0
        n += 1
        rows.append([str(n), lab, dvt, vn(R.figures[ind])])
        if ind == "hoi-nghi":
            rows.append(["", tc("Trong đó:", W[1], i=True), "", ""])
            for sub, val in (("- Hội nghị quán triệt, triển khai", 6), ("- Hội nghị sơ kết", 5),
                             ("- Hội nghị tổng kết", 4)):
                rows.append(["", tc(sub, W[1], i=True), "Hội nghị", str(val)])
                R.rows.append(sub)
    assert R.figures["hoi-nghi"] == 15
    R.appendix(rows=rows)
    return R


# State-report shape (probe53's S7/S8) with the appendix A10: 'Trong đó:' rows — a breakdown that
# must not be added (van-ban), and the only row for an indicator given AS a 'Trong đó' row
# (don-giai-quyet under don-nhan).
def snv():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.docx",
            "BODY in the state report shape (probe53's S7/S8: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'II. "
            "KẾT QUẢ ĐẠT ĐƯỢC', 'III. ĐÁNH GIÁ CHUNG' with '1. Hạn chế, khó khăn', '2. Nguyên nhân', "
            "'3. Bài học kinh nghiệm', '4. Tác động', 'IV. NHIỆM VỤ, GIẢI PHÁP', 'V. ĐỀ XUẤT, KIẾN "
            "NGHỊ'). State header 'UBND TỈNH NGHỆ AN' / 'SỞ NỘI VỤ' / 'Số: 279/BC-SNV'. APPENDIX "
            "'Biểu số 01' with 'TRONG ĐÓ' ROWS as state tables print them (qdnd.vn's table of the "
            "2019 targets, N6: '- Trong đó: …' under an indicator): under row 1 (52 văn bản) 'Trong "
            "đó:' / '- Cấp tỉnh' 18 / '- Cấp huyện, cấp xã' 34 (a breakdown, never added); under "
            "row 6 (311 đơn) '- Trong đó: đã giải quyết' 302 — the table has NO OTHER ROW for the "
            "resolved letters, so the officer reads 302 as indicator 7 (judgement call); rows "
            "renumbered 1-8. 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'. Records SNV, 279/BC-SNV, 14/4/2026, "
            "Trần Quốc Hưng, PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"])
    R.title("Sở Nội vụ")
    usual_parts(R, [
        ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1, "lanh-dao"),
        ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
        ("III. ĐÁNH GIÁ CHUNG", 1, None),
        ("1. Hạn chế, khó khăn", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("3. Bài học kinh nghiệm", 2, "ket-qua.bai-hoc"),
        ("4. Tác động", 2, "tac-dong"),
        ("IV. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("V. ĐỀ XUẤT, KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Sở Nội vụ")
    sig_table(R, RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    W = [700, 4700, 1300, 1600]
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Kết quả"]]
    f = R.figures
    assert f["van-ban"] == 52
    n = 0
    for ind, (lab, dvt) in zip(IND, LABELS):
        if ind == "don-giai-quyet":
            rows.append(["", tc("- Trong đó: đã giải quyết", W[1], i=True), "Đơn", vn(f[ind])])
            R.rows.append("- Trong đó: đã giải quyết")
            continue
        n += 1
        rows.append([str(n), lab, dvt, vn(f[ind])])
        if ind == "van-ban":
            rows.append(["", tc("Trong đó:", W[1], i=True), "", ""])
            for sub, val in (("- Cấp tỉnh", 18), ("- Cấp huyện, cấp xã", 34)):
                rows.append(["", tc(sub, W[1], i=True), "Văn bản", str(val)])
                R.rows.append(sub)
    page_break(R)
    R.cap([("Biểu số 01", True, False), ("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", True, False),
           ("(Kèm theo Báo cáo số 279/BC-SNV ngày 14/4/2026 của Sở Nội vụ)", False, True)],
          ["SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN", "Kèm theo Báo cáo số 279/BC-SNV"])
    R.d.add(table(rows, W, header_rows=1))
    return R


# N6  qdnd.vn — 'Kết quả thực hiện 12 chỉ tiêu kinh tế - xã hội chủ yếu năm 2019': 'TT | Chỉ tiêu |
#     Đơn vị | Kế hoạch năm 2019 | Ước thực hiện năm 2019 | Đánh giá', '- Trong đó: …' rows.
def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 KL114.docx",
            "BODY in the state report shape (S7/S8). APPENDIX AS PUBLISHED in qdnd.vn's table of the "
            "2019 socio-economic targets (N6): 'TT | Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện | Đánh "
            "giá' with 'Vượt' / 'Đạt' / 'Chưa đạt' in the last column, and '- Trong đó: nữ' / '- "
            "Trong đó: tại trạm y tế xã' rows under two indicators (the breakdown's own plan and "
            "result). The officer takes 'Thực hiện', not 'Kế hoạch', and does not add the "
            "breakdowns. State header 'UBND TỈNH NGHỆ AN' / 'SỞ Y TẾ'. 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM "
            "ĐỐC'. Records SYT, 1342/BC-SYT, 16/4/2026 (the unit's own extension to 24/4: on time), "
            "Nguyễn Thị Hương Giang, PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"])
    R.title("Sở Y tế")
    usual_parts(R, [
        ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("VII. KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Sở Y tế")
    sig_table(R, RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    W = [600, 3900, 900, 1200, 1200, 1200]
    rows = [["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Đánh giá"]]
    f = R.figures
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v, k = f[ind], plan_of(ind, f[ind])
        rows.append([str(i), lab, dvt, vn(k), vn(v), "Vượt" if v > k else "Đạt" if v == k else "Chưa đạt"])
        if ind == "tap-huan":
            rows.append(["", tc("- Trong đó: nữ", W[1], i=True), "Lượt", "2.500", "2.864", "Vượt"])
            R.rows.append("- Trong đó: nữ")
        if ind == "tiep-dan":
            rows.append(["", tc("- Trong đó: tại trạm y tế xã", W[1], i=True), "Lượt", "500", "468",
                         "Chưa đạt"])
            R.rows.append("- Trong đó: tại trạm y tế xã")
    page_break(R)
    R.cap([("Biểu số 01", True, False),
           ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", True, False),
           ("(Kèm theo Báo cáo số 1342/BC-SYT ngày 16/4/2026 của Sở Y tế)", False, True)],
          ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 10 NĂM", "Kèm theo Báo cáo số 1342/BC-SYT"])
    R.d.add(table(rows, W, header_rows=1))
    return R


# N2 again (department, 'Phần I' / 'I. TÌNH HÌNH CHUNG'), saved as plain text; appendix with a
# merged 'Kết quả 10 năm' header as Word's Save As ▸ Plain Text writes it (a row a line, tabs).
def stc():
    R = TxtRep("stc", "STC", "STC - BC 241 KL114.txt",
               "BODY AS PUBLISHED by the Hà Nam Department of Agriculture (snnptnt.hanam.gov.vn, N2): "
               "'Phần I' / 'ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' / 'I. TÌNH HÌNH "
               "CHUNG' (context: 'other') / 'II. KẾT QUẢ THỰC HIỆN' ('1. Công tác lãnh đạo, chỉ đạo', "
               "'2. Kết quả đạt được') / 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân') "
               "/ 'IV. BÀI HỌC KINH NGHIỆM' / 'V. TÁC ĐỘNG' / 'Phần II' / 'NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN "
               "NGHỊ' ('I. NHIỆM VỤ, GIẢI PHÁP', 'II. KIẾN NGHỊ'), delivered as Word's Save As ▸ Plain "
               "Text (BOM, CRLF, a line per paragraph, the header's cells on lines of their own). "
               "APPENDIX 'Biểu số 01' with a MERGED HEADER AS PLAIN TEXT WRITES IT: 'STT\\tNội "
               "dung\\tĐVT\\tKết quả 10 năm\\t\\t' / '\\t\\t\\tKế hoạch\\tThực hiện\\tTỷ lệ (%)', rows "
               "with tabs, '1.725'. The officer takes 'Thực hiện'. (pseudo-heading tolerated) "
               "Records STC, 241/BC-STC, 16/4/2026, Nguyễn Văn Long, PHÓ GIÁM ĐỐC.", place="Nghệ An")
    R.meta("PHÓ GIÁM ĐỐC")
    R.lines += ["UBND TỈNH NGHỆ AN", "SỞ TÀI CHÍNH", "-------", "Số: 241/BC-STC",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                R.place_date, "BÁO CÁO", SUBJ2, OPENING.format(who="Sở Tài chính")]
    for a in ("241/BC-STC", R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK,
              "Sở Tài chính báo cáo như sau"):
        R.app(a)
    usual_parts(R, [
        ("Phần I", 1, None), ("ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 1, None),
        ("I. TÌNH HÌNH CHUNG", 1,
         "ctx:Sở Tài chính có 9 phòng chuyên môn và 2 đơn vị sự nghiệp trực thuộc, quản lý lĩnh vực "
         "ngân sách, giá, tài sản công; nhiều thủ tục liên quan trực tiếp đến người dân, doanh nghiệp."),
        ("II. KẾT QUẢ THỰC HIỆN", 1, None),
        ("1. Công tác lãnh đạo, chỉ đạo", 2, "lanh-dao"),
        ("2. Kết quả đạt được", 2, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("Phần II", 1, None), ("NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ", 1, None),
        ("I. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("II. KIẾN NGHỊ", 1, "kien-nghi")])
    R.add("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Tài chính./.")
    R.app("Kết luận số 114-KL/TW của Sở Tài chính./.")
    R.lines += ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- UBND tỉnh (b/c);",
                "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", R.signer]
    for a in ("Nơi nhận", "KT. GIÁM ĐỐC", R.signer):
        R.app(a)
    R.lines += ["Biểu số 01", "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                "(Kèm theo Báo cáo số 241/BC-STC ngày 16/4/2026 của Sở Tài chính)",
                "STT\tNội dung\tĐVT\tKết quả 10 năm\t\t", "\t\t\tKế hoạch\tThực hiện\tTỷ lệ (%)"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 241/BC-STC")
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        R.lines.append(f"{i}\t{lab}\t{dvt}\t{vn(plan_of(ind, v))}\t{vn(v)}\t{rate(ind, v)}")
    R.tolerated.append("pseudo-heading")
    return R


# S3 (probe53) 'A- …' lettered parts; appendix: Arabic group rows '1' / '2' with rows '1.1' …,
# the VALUE BEFORE THE UNIT ('Nội dung | Số liệu | Đơn vị tính').
def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "BODY in two lettered parts as S3 (text.123docz.net's sơ kết report, probe53) and "
            "state reports print them: 'A. KẾT QUẢ THỰC HIỆN' with 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', "
            "'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân'), "
            "'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG'; 'B. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ' with "
            "'I. NHIỆM VỤ, GIẢI PHÁP', 'II. KIẾN NGHỊ'. State header. APPENDIX with ARABIC GROUP "
            "ROWS ('1 | Lãnh đạo, chỉ đạo, tập huấn', '2 | Tiếp dân, đối thoại, đơn thư', '3 | Kết "
            "quả khác') and rows '1.1' … '3.2', the columns 'STT | Nội dung | Số liệu | Đơn vị "
            "tính' (THE VALUE BEFORE THE UNIT). Records SGDDT, 731/BC-SGDĐT, 15/4/2026, Thái Văn "
            "Thành, PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
    R.title("Sở Giáo dục và Đào tạo")
    usual_parts(R, [
        ("A. KẾT QUẢ THỰC HIỆN", 0, None),
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("B. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ", 0, None),
        ("I. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("II. KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Sở Giáo dục và Đào tạo")
    sig_table(R, RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    W = [700, 4700, 1600, 1300]
    rows = [["STT", "Nội dung", "Số liệu", "Đơn vị tính"]]
    groups = {0: "Lãnh đạo, chỉ đạo, tập huấn", 3: "Tiếp dân, đối thoại, đơn thư", 7: "Kết quả khác"}
    g = n = 0
    for k, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS)):
        if k in groups:
            g, n = g + 1, 0
            rows.append([tc(str(g), W[0], b=True, jc="center"), tc(groups[k], W[1], b=True),
                         tc("", W[2]), tc("", W[3])])
            R.rows.append(groups[k])
        n += 1
        rows.append([f"{g}.{n}", lab, vn(R.figures[ind]), dvt])
    page_break(R)
    R.cap([("PHỤ LỤC", True, False), ("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", True, False),
           ("(Kèm theo Báo cáo số 731/BC-SGDĐT ngày 15/4/2026)", False, True)],
          ["SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN", "Kèm theo Báo cáo số 731/BC-SGDĐT"])
    R.d.add(table(rows, W, header_rows=1))
    return R


# N1  text.123docz.net — Đảng ủy Khối các cơ quan TW, 'Báo cáo tổng kết công tác tuyên giáo năm
#     2020': the subject in lower case over two lines, 'Phần thứ nhất' / 'ĐÁNH GIÁ …', an
#     UNTITLED CONTEXT PARAGRAPH right under the part, 'I. KẾT QUẢ ĐẠT ĐƯỢC' / '1. Công tác tham
#     mưu giúp cấp ủy lãnh đạo, chỉ đạo', '(1) …' items. Appendix A5: a NOTE ROW spanning the table,
#     'Không phát sinh' for an indicator outside the office's remit.
def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "BODY AS PUBLISHED by the Party Committee of the Central Agencies' Bloc, 'Báo cáo tổng "
            "kết công tác tuyên giáo năm 2020' (text.123docz.net, N1): 'BÁO CÁO' then the subject IN "
            "LOWER CASE over two lines ('tổng kết 10 năm thực hiện Kết luận số 114-KL/TW;' / 'nhiệm "
            "vụ, giải pháp thời gian tới'); 'Phần thứ nhất' / 'ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT "
            "LUẬN SỐ 114-KL/TW' and AN UNTITLED CONTEXT PARAGRAPH right under it (context: 'other'); "
            "'I. KẾT QUẢ ĐẠT ĐƯỢC' with '1. Công tác tham mưu giúp cấp ủy lãnh đạo, chỉ đạo' (lanh-dao) "
            "and '2. Kết quả thực hiện' whose paragraphs open '(1)', '(2)'; 'II. HẠN CHẾ, NGUYÊN "
            "NHÂN' ('1. Hạn chế', '2. Nguyên nhân'); 'III. BÀI HỌC KINH NGHIỆM'; 'IV. TÁC ĐỘNG'; "
            "'Phần thứ hai' / 'NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI' with 'I. NHIỆM VỤ, GIẢI PHÁP' and "
            "'II. KIẾN NGHỊ'. Party header 'TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG' / '*' / 'Số 498-BC/VPTU'. "
            "APPENDIX with 'Không phát sinh' for the online-procedures rate and a NOTE ROW SPANNING "
            "THE TABLE (gridSpan 4) at its foot: 'Ghi chú: Số liệu tính từ ngày 01/7/2015 đến ngày "
            "31/3/2026; chỉ tiêu 9 không thuộc chức năng, nhiệm vụ của Văn phòng Tỉnh ủy.' 'K/T "
            "CHÁNH VĂN PHÒNG' / 'PHÓ CHÁNH VĂN PHÒNG'. Records VPTU, 498-BC/VPTU, 13/4/2026, Lê Văn "
            "Toàn, PHÓ CHÁNH VĂN PHÒNG; indicator 9 not reported.")
    R.meta("PHÓ CHÁNH VĂN PHÒNG")
    R.party_header("TỈNH ỦY NGHỆ AN", ["VĂN PHÒNG"])
    R.h("BÁO CÁO", center=True)
    R.d.add(p(r("tổng kết 10 năm thực hiện Kết luận số 114-KL/TW;", b=True), jc="center", spacing=False))
    R.d.add(p(r("nhiệm vụ, giải pháp thời gian tới", b=True), jc="center"))
    for a in ("BÁO CÁO", "tổng kết 10 năm thực hiện Kết luận số 114-KL/TW;"):
        R.app(a)
    R.H("Phần thứ nhất", 0)
    R.H("ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 0)
    R.ctx("Mười năm qua, trong bối cảnh khối lượng công việc tham mưu, phục vụ Thường trực, Ban "
          "Thường vụ Tỉnh ủy ngày càng lớn, Văn phòng Tỉnh ủy vừa bảo đảm hoạt động của cơ quan, vừa "
          "thực hiện công tác tiếp nhận, xử lý đơn thư gửi Tỉnh ủy.")
    R.H("I. KẾT QUẢ ĐẠT ĐƯỢC")
    R.H("1. Công tác tham mưu giúp cấp ủy lãnh đạo, chỉ đạo", 2)
    body(R, "lanh-dao")
    R.H("2. Kết quả thực hiện", 2)
    for k, t in enumerate(R.texts["ket-qua.noi-bat"], 1):
        R.paragraphs.append((t, "ket-qua.noi-bat", None))
        R.d.add(p(r(f"({k}) {t}"), ind=567))
    usual_parts(R, [
        ("II. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("III. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("IV. TÁC ĐỘNG", 1, "tac-dong"),
        ("Phần thứ hai", 0, None), ("NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 0, None),
        ("I. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("II. KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Văn phòng Tỉnh ủy")
    sig_table(R, RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], R.signer)
    W = [700, 4700, 1300, 1600]
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        rows.append([str(i), lab, dvt, "Không phát sinh" if v is None else vn(v)])
    note = ("Ghi chú: Số liệu tính từ ngày 01/7/2015 đến ngày 31/3/2026; chỉ tiêu 9 không thuộc chức "
            "năng, nhiệm vụ của Văn phòng Tỉnh ủy.")
    rows.append([tc(note, sum(W), i=True, span=4)])
    R.app("Số liệu tính từ ngày 01/7/2015 đến ngày 31/3/2026")
    R.rows.append(note)
    page_break(R)
    R.cap([("PHỤ LỤC", True, False), ("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", True, False),
           ("(Kèm theo Báo cáo số 498-BC/VPTU ngày 13/4/2026)", False, True)],
          ["SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN", "Kèm theo Báo cáo số 498-BC/VPTU"])
    R.d.add(table(rows, W, header_rows=1))
    return R


# N8  tailieu.vn — 'Biểu số: 01/XLD' (Thanh tra Chính phủ's form 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN'):
#     'Số liệu tính từ ngày … đến …', '(kèm theo báo cáo số …)', a COLUMN-NUMBER ROW under the
#     header ('MS' / '1' '2' …), Roman groups.
def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "BODY in the state report shape (S7/S8) with the inspectorate's usual parts. APPENDIX AS "
            "PUBLISHED in the Government Inspectorate's form 'Biểu số: 01/XLD' (tailieu.vn, N8): "
            "caption 'Biểu số: 01/KL114' (left, bold), 'TỔNG HỢP KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ "
            "114-KL/TW', 'Số liệu tính từ ngày 01/7/2015 đến ngày 31/3/2026', '(kèm theo báo cáo số "
            "117/BC-TTr ngày 15/4/2026 của Thanh tra tỉnh)'; columns 'STT | Nội dung | Đơn vị tính | "
            "Số liệu | Ghi chú' then A COLUMN-NUMBER ROW '(1) | (2) | (3) | (4) | (5)' (the form's "
            "'MS' row); ROMAN GROUP ROWS 'I | CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO' (1-3), 'II | TIẾP CÔNG DÂN, "
            "XỬ LÝ ĐƠN THƯ' (4-7), 'III | KẾT QUẢ KHÁC' (8-9); numbers '1.532', '2.746', '2.688'. "
            "State header 'UBND TỈNH NGHỆ AN' / 'THANH TRA TỈNH' / 'Số: 117/BC-TTr'. 'KT. CHÁNH "
            "THANH TRA' / 'PHÓ CHÁNH THANH TRA'. Records TTT, 117/BC-TTr, 15/4/2026, Phạm Hồng "
            "Quang, PHÓ CHÁNH THANH TRA.")
    R.meta("PHÓ CHÁNH THANH TRA")
    R.state_header("UBND TỈNH NGHỆ AN", ["THANH TRA TỈNH"])
    R.title("Thanh tra tỉnh")
    usual_parts(R, [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("VII. ĐỀ XUẤT", 1, "kien-nghi")])
    R.closing_sentence("Thanh tra tỉnh")
    sig_table(R, RECIP_STATE, ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], R.signer)
    page_break(R)
    R.d.add(p(r("Biểu số: 01/KL114", b=True), spacing=False))
    R.cap([("TỔNG HỢP KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", True, False),
           ("Số liệu tính từ ngày 01/7/2015 đến ngày 31/3/2026", False, True),
           ("(kèm theo báo cáo số 117/BC-TTr ngày 15/4/2026 của Thanh tra tỉnh)", False, True)],
          ["Biểu số: 01/KL114", "TỔNG HỢP KẾT QUẢ 10 NĂM THỰC HIỆN",
           "Số liệu tính từ ngày 01/7/2015", "kèm theo báo cáo số 117/BC-TTr"])
    W = [700, 4300, 1100, 1400, 1300]
    rows = [["STT", "Nội dung", "Đơn vị tính", "Số liệu", "Ghi chú"],
            [tc(f"({k})", w, i=True, jc="center") for k, w in enumerate(W, 1)]]
    groups = {0: ("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"), 3: ("II", "TIẾP CÔNG DÂN, XỬ LÝ ĐƠN THƯ"),
              7: ("III", "KẾT QUẢ KHÁC")}
    for k, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS)):
        if k in groups:
            g, t = groups[k]
            rows.append([tc(g, W[0], b=True, jc="center"), tc(t, W[1], b=True), tc("", W[2]),
                         tc("", W[3]), tc("", W[4])])
            R.rows.append(t)
        rows.append([str(k + 1), lab, dvt, vn(R.figures[ind]), ""])
    R.d.add(table(rows, W, header_rows=2))
    return R


# N1 again, its '(1)', '(2)' run-in items for the Army Party Committee; appendix: ĐVT between label
# and value, 'x' for the online-procedures rate (not the army's remit), '- Nữ' under training.
def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 KL114.docx",
            "BODY AS PUBLISHED by the Party Committee of the Central Agencies' Bloc (N1): 'Phần thứ "
            "nhất' / 'ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' / an UNTITLED CONTEXT "
            "PARAGRAPH ('other') / 'I. KẾT QUẢ ĐẠT ĐƯỢC' with '1. Công tác tham mưu giúp cấp ủy lãnh "
            "đạo, chỉ đạo' and '2. Kết quả thực hiện'; 'II. HẠN CHẾ VÀ NGUYÊN NHÂN' ('1. Hạn chế', "
            "'2. Nguyên nhân'); 'III. BÀI HỌC KINH NGHIỆM'; 'IV. TÁC ĐỘNG'; 'Phần thứ hai' / 'NHIỆM "
            "VỤ, GIẢI PHÁP' ('I. NHIỆM VỤ, GIẢI PHÁP', 'II. KIẾN NGHỊ'). Party header 'ĐẢNG BỘ TỈNH "
            "NGHỆ AN' / 'ĐẢNG ỦY QUÂN SỰ TỈNH'. APPENDIX 'STT | Nội dung | ĐVT | Số liệu' with 'x' "
            "for the online-procedures rate and a '- Nữ' row (no STT) under the training row. "
            "Records DUQS, 318-BC/ĐU, 10/4/2026, Lê Minh Tuấn, BÍ THƯ; indicator 9 not reported.",
            place="Nghệ An")
    R.meta("BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY QUÂN SỰ TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    usual_parts(R, [
        ("Phần thứ nhất", 0, None), ("ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 0,
                                     "ctx:Mười năm qua, nhiệm vụ quân sự, quốc phòng địa phương có nhiều "
                                     "yêu cầu mới; lực lượng vũ trang tỉnh vừa huấn luyện sẵn sàng chiến "
                                     "đấu, vừa tham gia giúp dân phòng chống thiên tai, xây dựng cơ sở."),
        ("I. KẾT QUẢ ĐẠT ĐƯỢC", 1, None),
        ("1. Công tác tham mưu giúp cấp ủy lãnh đạo, chỉ đạo", 2, "lanh-dao"),
        ("2. Kết quả thực hiện", 2, "ket-qua.noi-bat"),
        ("II. HẠN CHẾ VÀ NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("III. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("IV. TÁC ĐỘNG", 1, "tac-dong"),
        ("Phần thứ hai", 0, None), ("NHIỆM VỤ, GIẢI PHÁP", 0, None),
        ("I. NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("II. KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    W = [700, 4700, 1300, 1600]
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        rows.append([str(i), lab, dvt, "x" if v is None else vn(v)])
        if ind == "tap-huan":
            rows.append(["", tc("- Nữ", W[1], i=True), "Lượt", "214"])
            R.rows.append("- Nữ")
    R.appendix(rows=rows)
    return R


# N7 again ('I- …' capitals) for the Police Party Committee; appendix A4: the table SPLIT IN TWO,
# 'Biểu 01' (lãnh đạo, tuyên truyền: rows 1-4) and 'Biểu 02' (tiếp dân, đơn thư, kết quả khác: rows
# 1-5 renumbered), each with its own caption and header.
def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 KL114.docx",
            "BODY AS PUBLISHED in the Politburo's resolution text on baodaknong.vn (N7): 'I- TÌNH "
            "HÌNH' (context: 'other'), 'II- LÃNH ĐẠO, CHỈ ĐẠO', 'III- KẾT QUẢ', 'IV- HẠN CHẾ, NGUYÊN "
            "NHÂN' ('1- Hạn chế', '2- Nguyên nhân'), 'V- BÀI HỌC KINH NGHIỆM', 'VI- TÁC ĐỘNG', "
            "'VII- NHIỆM VỤ, GIẢI PHÁP', 'VIII- KIẾN NGHỊ'. Party header 'ĐẢNG BỘ TỈNH NGHỆ AN' / "
            "'ĐẢNG ỦY CÔNG AN TỈNH'. APPENDIX SPLIT IN TWO TABLES: 'Biểu 01' / 'KẾT QUẢ LÃNH ĐẠO, "
            "CHỈ ĐẠO, TUYÊN TRUYỀN, TẬP HUẤN' (rows 1-4: văn bản, hội nghị, tập huấn, đối thoại) "
            "and, after it, 'Biểu 02' / 'KẾT QUẢ TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ VÀ KẾT QUẢ KHÁC' "
            "(rows RENUMBERED 1-5: tiếp dân, đơn nhận, đơn giải quyết, Dân vận khéo, trực tuyến), "
            "each with its header row. The officer reads both. Records DUCA, 296-BC/ĐU, "
            "12/4/2026, Nguyễn Đức Hải, PHÓ BÍ THƯ.", place="Nghệ An")
    R.meta("PHÓ BÍ THƯ")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY CÔNG AN TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Công an tỉnh")
    usual_parts(R, [
        ("I- TÌNH HÌNH", 1,
         "ctx:Công an tỉnh quản lý địa bàn rộng, có tuyến biên giới dài, tình hình an ninh nông thôn, "
         "khiếu kiện đông người về đất đai ở một số nơi còn diễn biến phức tạp trong giai đoạn."),
        ("II- LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("III- KẾT QUẢ", 1, "ket-qua.noi-bat"),
        ("IV- HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1- Hạn chế", 2, "ket-qua.han-che"),
        ("2- Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("V- BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("VI- TÁC ĐỘNG", 1, "tac-dong"),
        ("VII- NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("VIII- KIẾN NGHỊ", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy Công an tỉnh")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    W = [700, 4700, 1300, 1600]
    kem = "(Kèm theo Báo cáo số 296-BC/ĐU ngày 12/4/2026 của Ban Thường vụ Đảng ủy Công an tỉnh)"
    for nr, title, inds in (("Biểu 01", "KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO, TUYÊN TRUYỀN, TẬP HUẤN", IND[:4]),
                            ("Biểu 02", "KẾT QUẢ TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ VÀ KẾT QUẢ KHÁC",
                             IND[4:])):
        page_break(R)
        R.cap([(nr, True, False), (title, True, False), (kem, False, True)], [title[:30]])
        rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
        for i, ind in enumerate(inds, 1):
            lab, dvt = LABELS[IND.index(ind)]
            rows.append([str(i), lab, dvt, vn(R.figures[ind])])
        R.d.add(table(rows, W, header_rows=1))
    R.app("Kèm theo Báo cáo số 296-BC/ĐU")
    return R


# N7 for a mass organisation, delivered as plain text: 'I- TÌNH HÌNH'; appendix with '-' (none)
# and 'Không phát sinh'.
def td():
    R = TxtRep("td", "TD", "Tinh doan - BC lien tich 15 KL114.txt",
               "BODY AS PUBLISHED in the Politburo's resolution on the Farmers' Union (baodaknong.vn, "
               "N7): 'I- TÌNH HÌNH' (context 'other'), 'II- CÔNG TÁC PHỐI HỢP LÃNH ĐẠO, CHỈ ĐẠO', 'III- "
               "KẾT QUẢ', 'IV- HẠN CHẾ, NGUYÊN NHÂN' ('1- Hạn chế', '2- Nguyên nhân'), 'V- BÀI HỌC "
               "KINH NGHIỆM', 'VI- TÁC ĐỘNG', 'VII- NHIỆM VỤ, GIẢI PHÁP', 'VIII- KIẾN NGHỊ', delivered "
               "as Word's Save As ▸ Plain Text. Joint header as probe53's TD ('BAN THƯỜNG VỤ TỈNH "
               "ĐOÀN' / 'BAN THƯỜNG VỤ HỘI NÔNG DÂN' / 'TỈNH NGHỆ AN' / 'Số: 15/BCLT-TĐ-HND'), the "
               "lead's signature only. APPENDIX tab-separated with '-' for the citizen-reception row "
               "(none) and 'Không phát sinh' for the online-procedures rate. (pseudo-heading "
               "tolerated) Records TD, 15/BCLT-TĐ-HND, 14/4/2026, Nguyễn Thị Bích Ngọc, PHÓ BÍ THƯ "
               "THƯỜNG TRỰC; indicators 5 and 9 not reported.", place="Nghệ An")
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
    usual_parts(R, [
        ("I- TÌNH HÌNH", 1,
         "ctx:Toàn tỉnh có hơn 290 nghìn đoàn viên và 330 nghìn hội viên nông dân; phần lớn thanh niên "
         "nông thôn đi làm ăn xa, việc tập hợp, sinh hoạt ở cơ sở gặp nhiều khó khăn trong giai đoạn."),
        ("II- CÔNG TÁC PHỐI HỢP LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("III- KẾT QUẢ", 1, "ket-qua.noi-bat"),
        ("IV- HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1- Hạn chế", 2, "ket-qua.han-che"),
        ("2- Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("V- BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("VI- TÁC ĐỘNG", 1, "tac-dong"),
        ("VII- NHIỆM VỤ, GIẢI PHÁP", 1, "ket-qua.giai-phap"),
        ("VIII- KIẾN NGHỊ", 1, "kien-nghi")])
    R.add(f"Trên đây là báo cáo liên tịch tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app("Hội Nông dân tỉnh./.")
    R.lines += ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu: VP Tỉnh đoàn, VP Hội.",
                "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", R.signer]
    for a in ("Nơi nhận", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC", R.signer):
        R.app(a)
    R.lines += ["PHỤ LỤC", "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                "(Kèm theo Báo cáo liên tịch số 15/BCLT-TĐ-HND ngày 14/4/2026)",
                "STT\tNội dung\tĐVT\tSố liệu"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo liên tịch số 15/BCLT")
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        val = vn(v) if v is not None else ("Không phát sinh" if ind == "truc-tuyen" else "-")
        R.lines.append(f"{i}\t{lab}\t{dvt}\t{val}")
    R.tolerated.append("pseudo-heading")
    return R


# S6/S8 Front shape (probe53) in Markdown; appendix A9: the second header row as a body row, a
# 'Tổng' column, 'x' for the rate.
def mttq():
    R = MdRep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md",
              "BODY in the Front's shape (probe53's MTTQ: header as a two-column pipe table with "
              "<br>; '**I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN**', '**II. KẾT QUẢ THỰC HIỆN**', '**III. ĐÁNH "
              "GIÁ CHUNG**' with '***1. Hạn chế***', '***2. Nguyên nhân***', '***3. Bài học kinh "
              "nghiệm***', '***4. Tác động***', '**IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI**', '**V. "
              "KIẾN NGHỊ**'). APPENDIX a pipe table pasted from Word with TWO HEADER ROWS, the second "
              "as the first body row: '| STT | Nội dung | ĐVT | Kết quả thực hiện | | |' / "
              "'|---|…|' / '| | | | Giai đoạn 2015 - 2020 | Giai đoạn 2021 - 2025 | Tổng |'; 'x' for "
              "the online-procedures rate in every column. The officer takes 'Tổng'. (pseudo-heading "
              "tolerated) Records MTTQ, 322/BC-MTTQ-BTT, 14/4/2026, Võ Thị Hằng, PHÓ CHỦ TỊCH; "
              "indicator 9 not reported.", place="Nghệ An")
    R.meta("PHÓ CHỦ TỊCH")
    R.lines += ["| ỦY BAN MTTQ VIỆT NAM<br>TỈNH NGHỆ AN<br>**BAN THƯỜNG TRỰC**<br>Số: 322/BC-MTTQ-BTT | "
                "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>"
                f"*{R.place_date}* |\n|---|---|"]
    for a in ("322/BC-MTTQ-BTT", "BAN THƯỜNG TRỰC", R.place_date.split(" năm")[0]):
        R.app(a)
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.title(who)
    usual_parts(R, [
        ("I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. ĐÁNH GIÁ CHUNG", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("3. Bài học kinh nghiệm", 2, "ket-qua.bai-hoc"),
        ("4. Tác động", 2, "tac-dong"),
        ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", 1, "ket-qua.giai-phap"),
        ("V. KIẾN NGHỊ", 1, "kien-nghi")])
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.add("| **Nơi nhận:**<br>- Ban Tuyên giáo và Dân vận Tỉnh ủy;<br>- Lưu: VT, BTT. | "
          f"**TM. BAN THƯỜNG TRỰC**<br>**PHÓ CHỦ TỊCH**<br><br><br>**{R.signer}** |\n|---|---|")
    for a in ("Nơi nhận", "TM. BAN THƯỜNG TRỰC", R.signer):
        R.app(a)
    R.lines += ["**PHỤ LỤC**", "**SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**",
                "*(Kèm theo Báo cáo số 322/BC-MTTQ-BTT ngày 14/4/2026)*"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 322/BC-MTTQ-BTT")
    out = ["| STT | Nội dung | ĐVT | Kết quả thực hiện | | |", "|---|---|---|---|---|---|",
           "| | | | Giai đoạn 2015 - 2020 | Giai đoạn 2021 - 2025 | Tổng |"]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        if v is None:
            out.append(f"| {i} | {lab} | {dvt} | x | x | x |")
        else:
            a, b = split_years(v, [4, 6])
            out.append(f"| {i} | {lab} | {dvt} | {vn(a)} | {vn(b)} | {vn(v)} |")
    R.add("\n".join(out))
    R.tolerated.append("pseudo-heading")
    return R


REPORTS = [x001, x002, x003, x004, x005, x007, snv, syt, stc, sgddt, vptu, ttt, duqs, duca, td, mttq]
