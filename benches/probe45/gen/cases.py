"""probe45's twelve cases: what each unit's folder holds, file by file, and what an officer
reading them all makes of each file.

The reports' own text (paragraph, section), figures, numbers, dates and signers are
probe44's for the same roster units (benches/probe44/gen/r44_*.py, imported, not copied);
only the layout is this probe's: one plain, well-read layout for every report (Party or
state header table, BÁO CÁO and the subject, the opening formula, bold 'I.' parts and
bold-italic '1.' sub-parts, the closing './.', a signature table with 'Nơi nhận', the
appendix on a page of its own), so that a shortfall here comes from the FILES TOGETHER,
not from how one report is laid out (probe39-44 cover that).

Each case returns File records: rel (under submissions/), role, unit_code, what to write
(a Report45 to save and deliver as docx/doc/pdf, or raw bytes), and the officer's key."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
P44 = os.path.join(os.path.dirname(os.path.dirname(HERE)), "probe44", "gen")

# probe44's report definitions (they import probe44's own 'docbuild' and 'r44_common')
sys.path.insert(0, P44)
import r44_a  # noqa: E402
import r44_b  # noqa: E402
import r44_c  # noqa: E402
sys.path.remove(P44)

from docbuild45 import (Report45 as Report, WD_ALIGN_PARAGRAPH, Mm, Pt, common,  # noqa: E402
                        desktop_ini, owner_file, thumbs_db, write_workbook)

SUBJECT, SUBJ_LEAK, OPENING = common.SUBJECT, common.SUBJ_LEAK, common.OPENING
PARTY, STATE1, STATE2, RULE = common.PARTY, common.STATE1, common.STATE2, common.RULE
IND, LABELS, stat_rows, vn = common.IND, common.LABELS, common.stat_rows, common.vn
RECIPIENTS_PARTY = common.RECIPIENTS_PARTY
RECIPIENTS_STATE = ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- UBND tỉnh (b/c);", "- Lưu: VT, VP."]
HEADS = common.HEADS


def _probe44_content():
    out = {}
    for f in r44_a.REPORTS + r44_b.REPORTS + r44_c.REPORTS:
        R = f()
        # the unit's own context part (X006's 'MỞ ĐẦU') and a sentence announcing a table
        # (X002's) are left out: every report here has the outline's parts and nothing else
        paras = [(t, s) for t, s in R.paragraphs if s != "other" and not t.rstrip().endswith(":")]
        out[R.unit_code] = dict(paragraphs=paras, figures=dict(R.figures), number=R.doc_number,
                                date=R.date, signer=R.signer, category=R.category)
    return out


C = _probe44_content()

# who the unit is in its header and its formulas
UNITS = {
    "X001": dict(kind="party", body="ĐẢNG ỦY PHƯỜNG VINH PHÚ", place="Vinh Phú",
                 who="Ban Thường vụ Đảng ủy phường Vinh Phú", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    "X002": dict(kind="party", body="ĐẢNG ỦY XÃ DIỄN CHÂU", place="Diễn Châu",
                 who="Ban Thường vụ Đảng ủy xã Diễn Châu", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]),
    "X003": dict(kind="party", body="ĐẢNG ỦY XÃ QUỲNH LƯU", place="Quỳnh Lưu",
                 who="Ban Thường vụ Đảng ủy xã Quỳnh Lưu", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    "X004": dict(kind="party", body="ĐẢNG ỦY PHƯỜNG HOÀNG MAI", place="Hoàng Mai",
                 who="Ban Thường vụ Đảng ủy phường Hoàng Mai", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    "X005": dict(kind="party", body="ĐẢNG ỦY XÃ ĐÔ LƯƠNG", place="Đô Lương",
                 who="Ban Thường vụ Đảng ủy xã Đô Lương", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    "X006": dict(kind="party", body="ĐẢNG ỦY XÃ THANH CHƯƠNG", place="Thanh Chương",
                 who="Ban Thường vụ Đảng ủy xã Thanh Chương", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    "X007": dict(kind="party", body="ĐẢNG ỦY XÃ ANH SƠN", place="Anh Sơn",
                 who="Ban Thường vụ Đảng ủy xã Anh Sơn", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    "DUCA": dict(kind="party", body="ĐẢNG ỦY CÔNG AN TỈNH", place="Nghệ An",
                 who="Ban Thường vụ Đảng ủy Công an tỉnh", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    "SYT": dict(kind="state", body="SỞ Y TẾ", who="Sở Y tế", sig=["GIÁM ĐỐC"]),
    "SNV": dict(kind="state", body="SỞ NỘI VỤ", who="Sở Nội vụ", sig=["GIÁM ĐỐC"]),
    "STC": dict(kind="state", body="SỞ TÀI CHÍNH", who="Sở Tài chính", sig=["GIÁM ĐỐC"]),
    "TTT": dict(kind="state", body="THANH TRA TỈNH", who="Thanh tra tỉnh", sig=["CHÁNH THANH TRA"]),
    "MTTQ": dict(kind="front", body="BAN THƯỜNG TRỰC", who="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
                 sig=["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"]),
}


def dmy(iso):
    y, m, d = iso.split("-")
    return int(d), int(m), int(y)


def dated(iso):
    d, m, y = dmy(iso)
    return f"ngày {d:02d} tháng {m} năm {y}"


def short_date(iso):
    d, m, y = dmy(iso)
    return f"{d:02d}/{m:02d}/{y}"


def next_day(iso):
    d, m, y = dmy(iso)
    return f"{y}-{m:02d}-{d + 1:02d}"


class File:
    """One file of a unit's folder. role: report | cover-letter | appendix | old-version |
    copy | junk. R: a Report45 (saved as gen/docx/<key>.docx, delivered as `deliver`:
    docx | doc | pdf | xlsx) or data: raw bytes written by writer(dest)."""

    def __init__(self, rel, role, code, R=None, deliver="docx", writer=None, counts=False,
                 figures_count=None, figures=None, unit_figures=None, codes_expected=(),
                 problems=(), tolerated=(), layout="", leak_paras=(), meta=None):
        self.rel, self.role, self.code, self.R = rel, role, code, R
        self.deliver, self.writer = deliver, writer
        self.counts = counts                      # the file whose text counts for the unit
        self.figures_count = figures_count        # whether the figures it holds count
        self.figures = figures                    # the figures it holds ({} none)
        self.unit_figures = unit_figures          # on the counting report: the unit's figures
        self.codes_expected = list(codes_expected)
        self.problems, self.tolerated = list(problems), list(tolerated)
        self.layout = layout
        self.leak_paras = list(leak_paras)        # text never to be compiled (a letter's)
        self.meta = meta or {}                    # unit_code, date, doc_number, signer expected


# ======================================================================================
# The writers
# ======================================================================================

def header(R, code, number, iso, excerpt=None):
    """The unit's header table: Party (superior, body, '*', 'Số …' | ĐẢNG CỘNG SẢN VIỆT NAM,
    place and date), state (UBND TỈNH NGHỆ AN, body, rule, 'Số: …' | motto, date) or the
    Front's (ỦY BAN MTTQ VIỆT NAM / TỈNH NGHỆ AN / BAN THƯỜNG TRỰC). excerpt: a letter's
    'V/v …' lines under the number (two lines, italic, smaller)."""
    U = UNITS[code]
    ex = [(line, False, True) for line in (excerpt or [])]
    if U["kind"] == "party":
        R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), (U["body"], True, False),
                    ("*", False, False), (f"Số {number}", False, False)] + ex,
                   [PARTY, ("", False, False), (f"{U['place']}, {dated(iso)}", False, True)])],
                 leak=[number, f"{U['place']}, {dated(iso)}"])
    elif U["kind"] == "state":
        R.header([([("UBND TỈNH NGHỆ AN", False, False), (U["body"], True, False), RULE,
                    (f"Số: {number}", False, False)] + ex,
                   [STATE1, STATE2, ("---------------", False, False),
                    (f"Nghệ An, {dated(iso)}", False, True)])],
                 leak=[number, f"Nghệ An, {dated(iso)}"])
    else:
        R.header([([("ỦY BAN MTTQ VIỆT NAM", False, False), ("TỈNH NGHỆ AN", False, False),
                    (U["body"], True, False), ("", False, False), (f"Số: {number}", False, False)] + ex,
                   [STATE1, STATE2, ("", False, False), (f"Nghệ An, {dated(iso)}", False, True)])],
                 leak=[number, f"Nghệ An, {dated(iso)}"])


def appendix_caption(code, number, iso):
    return f"(Kèm theo Báo cáo số {number} ngày {short_date(iso)} của {UNITS[code]['who']})"


def report(key, code, filename, *, appendix="own", paragraphs=None, figs=None,
           number=None, iso=None, attach_note=None, notes=""):
    """A full report in the plain layout. appendix: 'own' (on a page of its own after the
    signature: PHỤ LỤC, its title, '(Kèm theo …)', the table), None (sent as another file;
    attach_note then says so under the opening: '(Có phụ lục số liệu kèm theo)')."""
    c = C[code]
    U = UNITS[code]
    number = number or c["number"]
    iso = iso or c["date"]
    figs = c["figures"] if figs is None else figs
    R = Report(key, code, c["category"], "docx", filename, iso, number, c["signer"], figures=figs,
               notes=notes)
    header(R, code, number, iso)
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who=U["who"]), leak=f"{U['who']} báo cáo như sau")
    if attach_note:
        p = R.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(attach_note).italic = True
        R.leak(attach_note.strip("()"))
    texts = {}
    for t, s in (paragraphs or c["paragraphs"]):
        texts.setdefault(s, []).append(t)
    common.body(R, texts)
    R.app(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {U['who']}./.",
          leak=f"Kết luận số 114-KL/TW của {U['who']}./.")
    R.signature(RECIPIENTS_PARTY if U["kind"] != "state" else RECIPIENTS_STATE,
                U["sig"] + ["", "", c["signer"]], leak=[c["signer"]])
    if appendix == "own":
        R.pagebreak()
        R.center("PHỤ LỤC")
        R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", leak="SỐ LIỆU KẾT QUẢ THỰC HIỆN")
        R.center(appendix_caption(code, number, iso), bold=False, italic=True,
                 leak=f"Kèm theo Báo cáo số {number}")
        R.table(stat_rows(figs))
    return R


def cover_letter(key, code, filename, number, iso, paras, signer, sig=None, excerpt=None,
                 recipients=None, notes=""):
    """A công văn sending the report: header with its own number and the 'V/v …' excerpt,
    'Kính gửi: …', one or two paragraphs, signature and 'Nơi nhận'. Every paragraph of it is
    text that must never reach the compiled report."""
    c = C[code]
    U = UNITS[code]
    R = Report(key, code, c["category"], "docx", filename, iso, number, signer, notes=notes)
    header(R, code, number, iso,
           excerpt=excerpt or ["V/v gửi báo cáo tổng kết 10 năm", "thực hiện Kết luận số 114-KL/TW"])
    R.leak("V/v gửi báo cáo tổng kết")
    R.doc.add_paragraph()
    R.addressee("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An.")
    for t in paras:
        R.body_para(t)
    if recipients is None:
        recipients = (["- Như trên;", "- Lưu VP Đảng ủy."] if U["kind"] == "party"
                      else ["- Như trên;", "- Giám đốc Sở (b/c);", "- Lưu: VT, VP."])
    R.signature(recipients, (sig or U["sig"]) + ["", "", signer], leak=[signer])
    return R


def appendix_doc(key, code, filename, figs, *, number=None, iso=None, with_header=True,
                 own_number=True, title=None, caption=None, landscape=True, note_col=True,
                 notes=""):
    """The appendix as a Word file of its own: landscape; with_header: the unit's header
    table (own_number: with 'Số …' and the place-and-date line; else the bodies and the
    motto only); else a bare title (the unit's name in capitals over 'PHỤ LỤC'); then the
    title, '(Kèm theo Báo cáo số … ngày …)' and the nine indicators."""
    c = C[code]
    U = UNITS[code]
    number = number or c["number"]
    iso = iso or c["date"]
    R = Report(key, code, c["category"], "docx", filename, iso, number, c["signer"], figures=figs,
               notes=notes)
    if landscape:
        R.whole_landscape()
    if with_header and own_number:
        header(R, code, number, iso)
    elif with_header:
        left = ([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), (U["body"], True, False), ("*", False, False)]
                if U["kind"] == "party" else
                [("UBND TỈNH NGHỆ AN", False, False), (U["body"], True, False), RULE])
        right = [PARTY] if U["kind"] == "party" else [STATE1, STATE2]
        R.header([(left, right)], leak=[])
    else:
        R.center(U["body"], leak=U["body"])
    R.center("PHỤ LỤC")
    R.center(title or "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
             leak=(title or "SỐ LIỆU KẾT QUẢ 10 NĂM")[:30])
    R.center(caption or appendix_caption(code, number, iso), bold=False, italic=True,
             leak=f"Kèm theo Báo cáo số {number}")
    t = R.table(stat_rows(figs, note_col=note_col))
    for row in t.rows:
        for cell in row.cells:
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(13)
    return R


def workbook_writer(code, figs, number, iso):
    """The unit's figures as an Excel workbook: title rows (the body, the sheet's title,
    '(Kèm theo Báo cáo số …)'), STT | Nội dung | ĐVT | Số liệu | Ghi chú, the rate in '0.0'."""
    U = UNITS[code]

    def write(dest):
        rows = []
        for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
            v = figs.get(ind)
            if v is None:
                rows.append([i, lab, dvt, "x", ""])
            elif isinstance(v, float):
                rows.append([i, lab, dvt, v, "", {"fmt": {4: "0.0"}}])
            else:
                rows.append([i, lab, dvt, v, ""])
        write_workbook(dest, [dict(
            name="Bieu so lieu",
            title=[U["body"], "BIỂU SỐ LIỆU TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                   appendix_caption(code, number, iso)],
            header=["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"],
            rows=rows)])
    return write


# ======================================================================================
# The cases
# ======================================================================================

def meta_of(code, number=None, iso=None, signer=None):
    c = C[code]
    return dict(unit_code=code, date=iso or c["date"], doc_number=number or c["number"],
                signer=signer or c["signer"])


def case01_x002():
    """1. Report + a Party cover letter (công văn) dated a day later."""
    code, c = "X002", C["X002"]
    d = "dang-uy-xa-phuong/DU xa Dien Chau/"
    R = report("x002", code, "BC 52 tong ket KL114.docx",
               notes="The report, plain layout, its appendix on its own page after the signature.")
    cv_date = next_day(c["date"])
    L = cover_letter(
        "x002-cv", code, "CV 123 gui BC tong ket KL114.docx", "123-CV/ĐU", cv_date,
        [f"Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 "
         f"năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI), Ban Thường "
         f"vụ Đảng ủy xã Diễn Châu gửi kèm theo Báo cáo số {c['number']} ngày {short_date(c['date'])} "
         f"về kết quả tổng kết 10 năm thực hiện Kết luận trên địa bàn xã (có phụ lục số liệu kèm theo).",
         "Do xã mới được sắp xếp theo mô hình chính quyền địa phương hai cấp, một số số liệu giai "
         "đoạn 2015 - 2020 được tổng hợp lại từ hồ sơ lưu trữ của các xã cũ trước khi hợp nhất. Kính "
         "đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy quan tâm, tổng hợp./."],
        "Trần Văn Bình", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        notes="Party cover letter: 'Số 123-CV/ĐU' with the excerpt 'V/v gửi báo cáo tổng kết 10 "
              "năm / thực hiện Kết luận số 114-KL/TW' under it, dated the day after the report, "
              "'Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An.', two paragraphs (the "
              "second a caveat on the figures), signature of another deputy secretary.")
    return [
        File(d + R.filename, "report", code, R, counts=True, figures=R.figures, unit_figures=R.figures,
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + L.filename, "cover-letter", code, L, figures={}, figures_count=False,
             codes_expected=["companion-file"], leak_paras=L.letter_paras,
             meta=dict(unit_code=code, date=cv_date, doc_number="123-CV/ĐU"), layout=L.notes),
    ]


def case02_syt():
    """2. Report + a state cover letter (Sở: 'Số: 1351/SYT-VP'), in the category folder."""
    code, c = "SYT", C["SYT"]
    d = "so-nganh/"
    R = report("syt", code, "BC 1342 SYT tong ket 10 nam KL114.docx",
               notes="State report of Sở Y tế, plain layout with its own appendix; delivered "
                     "straight into the category folder beside Sở Tài chính's files (no unit folder).")
    cv_date = next_day(c["date"])
    L = cover_letter(
        "syt-cv", code, "CV 1351 SYT-VP gui bao cao.docx", "1351/SYT-VP", cv_date,
        [f"Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 "
         f"năm thực hiện Kết luận số 114-KL/TW, Sở Y tế gửi kèm theo Báo cáo số {c['number']} ngày "
         f"{short_date(c['date'])} của Sở Y tế về kết quả 10 năm thực hiện Kết luận trong ngành y tế.",
         "Sở Y tế trân trọng đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy xem xét, tổng hợp./."],
        "Hồ Văn Thắng", sig=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        excerpt=["V/v gửi Báo cáo tổng kết 10 năm", "thực hiện Kết luận số 114-KL/TW"],
        notes="State cover letter: 'UBND TỈNH NGHỆ AN / SỞ Y TẾ / Số: 1351/SYT-VP / V/v gửi Báo "
              "cáo tổng kết …' beside the motto and 'Nghệ An, ngày 17 tháng 4 năm 2026' (a day "
              "after the report), 'Kính gửi', two paragraphs, 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC'.")
    return [
        File(d + R.filename, "report", code, R, counts=True, figures=R.figures, unit_figures=R.figures,
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + L.filename, "cover-letter", code, L, figures={}, figures_count=False,
             codes_expected=["companion-file"], leak_paras=L.letter_paras,
             meta=dict(unit_code=code, date=cv_date, doc_number="1351/SYT-VP"), layout=L.notes),
    ]


def case03_x001():
    """3. Report without its appendix + the appendix as a Word file with a full header."""
    code, c = "X001", C["X001"]
    d = "dang-uy-xa-phuong/DU phuong Vinh Phu/"
    R = report("x001", code, "BC 67 tong ket KL 114.docx", appendix=None,
               attach_note="(Có phụ lục số liệu kèm theo)",
               notes="The report WITHOUT its appendix; under the opening, centred in italics, "
                     "'(Có phụ lục số liệu kèm theo)'.")
    A = appendix_doc("x001-pl", code, "Phu luc so lieu BC 67.docx", c["figures"],
                     notes="The appendix as a Word file of its own, LANDSCAPE: the Party header in "
                           "a borderless 2-column table WITH 'Số 67-BC/ĐU' and 'Vinh Phú, ngày 10 "
                           "tháng 4 năm 2026' (the report's), 'PHỤ LỤC', 'SỐ LIỆU KẾT QUẢ 10 NĂM "
                           "…', '(Kèm theo Báo cáo số 67-BC/ĐU ngày 10/04/2026 của Ban Thường vụ "
                           "Đảng ủy phường Vinh Phú)', the nine indicators with a 'Ghi chú' column.")
    R.figures = {}
    return [
        File(d + R.filename, "report", code, R, counts=True, figures={}, unit_figures=c["figures"],
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + A.filename, "appendix", code, A, figures=c["figures"], figures_count=True,
             codes_expected=["companion-file"], meta=dict(unit_code=code, doc_number=c["number"]),
             layout=A.notes),
    ]


def case04_x003():
    """4. Report without its appendix + the appendix file under a bare title."""
    code, c = "X003", C["X003"]
    d = "dang-uy-xa-phuong/DU xa Quynh Luu/"
    R = report("x003", code, "Bao cao tong ket KL114 - Quynh Luu.docx", appendix=None,
               attach_note="(Có phụ lục số liệu kèm theo)",
               notes="The report WITHOUT its appendix, '(Có phụ lục số liệu kèm theo)' under the opening.")
    A = appendix_doc("x003-pl", code, "Phu luc.docx", c["figures"], with_header=False,
                     notes="The appendix as a Word file of its own under a BARE title: 'ĐẢNG ỦY XÃ "
                           "QUỲNH LƯU' (bold, centred), 'PHỤ LỤC', the title, '(Kèm theo Báo cáo "
                           "số 71-BC/ĐU ngày 13/04/2026 …)', the table: no '*', no number or date of "
                           "its own, landscape. README: tied by the number its caption cites.")
    R.figures = {}
    return [
        File(d + R.filename, "report", code, R, counts=True, figures={}, unit_figures=c["figures"],
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + A.filename, "appendix", code, A, figures=c["figures"], figures_count=True,
             codes_expected=["companion-file"], meta=dict(unit_code=code, doc_number=None),
             tolerated=["companion-file"],  # a warning when its figures differ: the wish, met
             layout=A.notes),
    ]


def case05_snv():
    """5. Report WITH its appendix + a separate appendix with DIFFERENT (updated) figures."""
    code, c = "SNV", C["SNV"]
    d = "so-nganh/So Noi vu/"
    R = report("snv", code, "BC 279 SNV tong ket KL114.docx",
               notes="The report with its own appendix (the figures its text gives).")
    upd = dict(c["figures"])
    upd.update({"van-ban": 54, "tap-huan": 2912, "tiep-dan": 971, "don-nhan": 318,
                "don-giai-quyet": 306, "truc-tuyen": 98.4})
    A = appendix_doc("snv-pl", code, "Phu luc so lieu (cap nhat 15-4).docx", upd, own_number=False,
                     title="SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW (CẬP NHẬT ĐẾN NGÀY 15/4/2026)",
                     notes="An appendix sent the day after, figures UPDATED (six of nine differ): "
                           "the state header table without number or date (UBND TỈNH NGHỆ AN / "
                           "SỞ NỘI VỤ beside the motto), 'PHỤ LỤC', '… (CẬP NHẬT ĐẾN NGÀY "
                           "15/4/2026)', '(Kèm theo Báo cáo số 279/BC-SNV ngày 14/04/2026 của Sở "
                           "Nội vụ)'. Officer: the signed report's own appendix counts; the loose "
                           "sheet does not replace it without a corrected report (and the unit is "
                           "asked which is right). Wanted: the disagreement said, not silently "
                           "dropped (scored as a wish in FINDINGS, not in TOTAL).")
    return [
        File(d + R.filename, "report", code, R, counts=True, figures=R.figures, unit_figures=R.figures,
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + A.filename, "appendix", code, A, figures=upd, figures_count=False,
             codes_expected=["companion-file"], meta=dict(unit_code=code, doc_number=None),
             layout=A.notes),
    ]


# the draft's and the old version's own wording (the rest is the final's, word for word)
X004_DRAFT = {
    "ket-qua.noi-bat#2": "Tiếp nhận 181 đơn thư, đã giải quyết 170 đơn; 4 mô hình Dân vận khéo được "
                         "công nhận; tỷ lệ hồ sơ thủ tục hành chính của phường giải quyết trực tuyến "
                         "năm 2025 ước đạt 89,5% (số liệu đang rà soát).",
    "ket-qua.han-che": "Ô nhiễm môi trường ở khu vực giáp khu công nghiệp vẫn là vấn đề người dân "
                       "phản ánh nhiều nhất; công tác nắm tình hình số lao động ngoại tỉnh thuê trọ "
                       "chưa thường xuyên, còn bị động.",
    "kien-nghi": "Kiến nghị cấp trên tăng cường kiểm tra các doanh nghiệp trong khu công nghiệp về "
                 "bảo vệ môi trường, xử lý nghiêm các trường hợp vi phạm để người dân yên tâm sinh sống.",
}
X004_DRAFT_FIGS = {"don-nhan": 181, "don-giai-quyet": 170, "dan-van-kheo": 4, "truc-tuyen": 89.5}

X005_OLD = {
    "lanh-dao": "Ban Thường vụ Đảng ủy ban hành 18 văn bản lãnh đạo, chỉ đạo, tổ chức 13 hội nghị "
                "quán triệt, sơ kết; giao Ủy ban nhân dân xã xây dựng chương trình dân vận chính quyền "
                "gắn với phong trào xây dựng nông thôn mới kiểu mẫu.",
    "ket-qua.giai-phap": "Từng bước lập sổ theo dõi số liệu dân vận chính quyền; tiếp tục hướng dẫn "
                         "người dân làm thủ tục hành chính trên môi trường điện tử tại bộ phận một "
                         "cửa của xã trong những năm tới.",
    "kien-nghi": "Đề nghị cấp trên quan tâm tập huấn cho cán bộ phụ trách công tác dân vận của xã về "
                 "cách thống kê, lưu trữ số liệu và bố trí kinh phí cho hoạt động của Ban Chỉ đạo.",
}
X005_OLD_FIGS = {"van-ban": 18, "tap-huan": 1150, "tiep-dan": 640, "truc-tuyen": 78.9}


def _variant(code, changes):
    """The report's paragraphs with some replaced: changes keyed by section ('sec#2' for the
    section's second paragraph)."""
    out, seen = [], {}
    for t, s in C[code]["paragraphs"]:
        seen[s] = seen.get(s, 0) + 1
        k = s if seen[s] == 1 else f"{s}#{seen[s]}"
        out.append((changes.get(k, t), s))
    return out


def case06a_x004():
    """6a. Draft and final of the full report side by side, the SAME date (no git)."""
    code, c = "X004", C["X004"]
    d = "dang-uy-xa-phuong/DU phuong Hoang Mai/"
    F = report("x004", code, "BC 98 tong ket KL114 (chinh thuc).docx",
               notes="The FINAL ('chính thức'): same number and date as the draft; three paragraphs "
                     "reworded and four figures corrected since.")
    dfigs = dict(c["figures"], **X004_DRAFT_FIGS)
    D = report("x004-draft", code, "BC 98 tong ket KL114 (du thao).docx",
               paragraphs=_variant(code, X004_DRAFT), figs=dfigs,
               notes="The DRAFT ('dự thảo' in the file name only: the document itself carries the "
                     "same header, number 98-BC/ĐU and date 15/4/2026 as the final, as a draft "
                     "circulated for comment the same day does); three paragraphs in their earlier "
                     "wording, four figures not yet checked. Officer: the final counts, the draft "
                     "is an old version.")
    final_texts = {t for t, _ in c["paragraphs"]}
    return [
        File(d + F.filename, "report", code, F, counts=True, figures=F.figures, unit_figures=F.figures,
             figures_count=True, meta=meta_of(code), layout=F.notes, tolerated=["duplicate-unit"]),
        File(d + D.filename, "old-version", code, D, figures=dfigs, figures_count=False,
             meta=dict(unit_code=code), layout=D.notes, tolerated=["duplicate-unit"],
             leak_paras=[]).with_stale([(t, s) for t, s in D.paragraphs if t not in final_texts]),
    ]


def case06b_x005():
    """6b. The old version kept in a subfolder 'ban cu/', the final beside it."""
    code, c = "X005", C["X005"]
    d = "dang-uy-xa-phuong/DU xa Do Luong/"
    F = report("x005", code, "BC 58 tong ket KL114 (ban cuoi).docx",
               notes="The FINAL ('bản cuối') in the unit's folder.")
    ofigs = dict(c["figures"], **X005_OLD_FIGS)
    O = report("x005-old", code, "BC 58 tong ket KL114.docx", paragraphs=_variant(code, X005_OLD),
               figs=ofigs,
               notes="The OLD version kept by the secretariat in a subfolder 'ban cu/' (old "
                     "version) of the unit's folder: same number 58-BC/ĐU and date 10/4/2026, three "
                     "paragraphs and four figures of an earlier state. Officer: the final counts.")
    final_texts = {t for t, _ in c["paragraphs"]}
    return [
        File(d + F.filename, "report", code, F, counts=True, figures=F.figures, unit_figures=F.figures,
             figures_count=True, meta=meta_of(code), layout=F.notes, tolerated=["duplicate-unit"]),
        File(d + "ban cu/" + O.filename, "old-version", code, O, figures=ofigs, figures_count=False,
             meta=dict(unit_code=code), layout=O.notes, tolerated=["duplicate-unit"]
             ).with_stale([(t, s) for t, s in O.paragraphs if t not in final_texts]),
    ]


def case07_stc():
    """7. The signed copy as a PDF beside the Word report (category folder)."""
    code = "STC"
    d = "so-nganh/"
    R = report("stc", code, "BC 241 STC tong ket KL114.docx",
               notes="State report of Sở Tài chính, plain layout, own appendix; in the category "
                     "folder beside Sở Y tế's files.")
    return [
        File(d + R.filename, "report", code, R, counts=True, figures=R.figures, unit_figures=R.figures,
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + "BC 241 STC tong ket KL114 (ban ky).pdf", "copy", code, R, deliver="pdf",
             figures=R.figures, figures_count=False,
             layout="The same report printed to PDF by LibreOffice ('bản ký', the signed copy; a "
                    "text PDF). Officer: the official copy of the Word report beside it, not a "
                    "second report; reads the Word file, files the PDF. Wanted: at most a note."),
    ]


def case08_duca():
    """8. Word's owner file, Thumbs.db and desktop.ini beside the report."""
    code = "DUCA"
    d = "dang-uy-truc-thuoc/DU Cong an tinh/"
    R = report("duca", code, "BC 296 KL114.docx", notes="The report, plain layout, own appendix.")
    return [
        File(d + R.filename, "report", code, R, counts=True, figures=R.figures, unit_figures=R.figures,
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + "~$BC 296 KL114.docx", "junk", code, writer=owner_file,
             layout="Word's owner ('lock') file, 162 bytes, left when the report was open on the "
                    "officer's machine or copied while open. README: skipped without a word."),
        File(d + "Thumbs.db", "junk", code, writer=thumbs_db,
             layout="Explorer's thumbnail cache (OLE header, 1.5 KB), a hidden system file on "
                    "Windows. Officer: never sees it."),
        File(d + "desktop.ini", "junk", code, writer=desktop_ini,
             layout="Explorer's folder settings (UTF-16 LE, [ViewState]), a hidden system file on "
                    "Windows. Officer: never sees it."),
    ]


MAIL = ("From: Văn phòng Ủy ban MTTQ tỉnh <vanphong.mttq@nghean.gov.vn>\r\n"
        "Sent: Tuesday, April 14, 2026 4:32 PM\r\n"
        "To: Ban Tuyên giáo và Dân vận Tỉnh ủy <btgdv@nghean.dcs.vn>\r\n"
        "Subject: Gửi Báo cáo tổng kết 10 năm thực hiện Kết luận 114-KL/TW\r\n"
        "Attachments: BC 322 MTTQ tong ket KL114.docx\r\n"
        "\r\n"
        "Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy,\r\n"
        "\r\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh gửi Báo cáo số 322/BC-MTTQ-BTT ngày 14/4/2026 "
        "tổng kết 10 năm thực hiện Kết luận số 114-KL/TW (tệp Word đính kèm). Bản có chữ ký, đóng "
        "dấu sẽ được gửi qua đường văn thư trong tuần này.\r\n"
        "\r\n"
        "Trân trọng!\r\n"
        "\r\n"
        "Nguyễn Thị Thu Trang\r\n"
        "Văn phòng Ủy ban MTTQ Việt Nam tỉnh Nghệ An\r\n"
        "ĐT: 0238 3844 216\r\n")
MAIL_LEAKS = ["Bản có chữ ký, đóng dấu sẽ được gửi qua đường văn thư",
              "Văn phòng Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Nguyễn Thị Thu Trang"]


def case09_mttq():
    """9. An e-mail body saved as .txt beside the report."""
    code = "MTTQ"
    d = "mttq-doan-the/UB MTTQ tinh/"
    R = report("mttq", code, "BC 322 MTTQ tong ket KL114.docx",
               notes="The Front's report (ỦY BAN MTTQ VIỆT NAM / TỈNH NGHỆ AN / BAN THƯỜNG TRỰC), "
                     "plain layout, own appendix, online rate 'x'.")

    def write_mail(dest):
        with open(dest, "wb") as f:
            f.write(MAIL.encode("utf-8"))
    return [
        File(d + R.filename, "report", code, R, counts=True, figures=R.figures, unit_figures=R.figures,
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + "Noi dung email.txt", "cover-letter", code, writer=write_mail, figures={},
             figures_count=False, leak_paras=MAIL_LEAKS,
             layout="The e-mail that brought the report, saved by Outlook as text (UTF-8, CRLF): "
                    "From/Sent/To/Subject/Attachments, 'Kính gửi: …', one paragraph citing 'Báo cáo "
                    "số 322/BC-MTTQ-BTT', 'Trân trọng!', the sender's name and office. Officer: a "
                    "covering note, no report. Wanted: a companion (or at most a note), never an "
                    "error or a rejected file; its text never compiled."),
    ]


def case10_x006():
    """10. Report .docx (no table) + appendix .xlsx + cover letter .docx."""
    code, c = "X006", C["X006"]
    d = "dang-uy-xa-phuong/DU xa Thanh Chuong/"
    R = report("x006", code, "BC 66 tong ket KL114.docx", appendix=None,
               attach_note="(Có biểu số liệu kèm theo)",
               notes="The report WITHOUT a table, '(Có biểu số liệu kèm theo)' under the opening.")
    cv_date = next_day(c["date"])
    L = cover_letter(
        "x006-cv", code, "CV 131 gui BC va bieu so lieu.docx", "131-CV/ĐU", cv_date,
        [f"Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
         f"Đảng ủy xã Thanh Chương gửi kèm theo công văn này Báo cáo số {c['number']} ngày "
         f"{short_date(c['date'])} tổng kết 10 năm thực hiện Kết luận số 114-KL/TW và biểu số liệu "
         f"kèm theo (tệp Excel).",
         "Các số liệu về tiếp công dân, đơn thư của giai đoạn 2015 - 2019 được tổng hợp từ sổ sách "
         "của bốn xã cũ trước khi hợp nhất. Kính đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./."],
        "Phan Thị Lan", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        notes="Party cover letter 'Số 131-CV/ĐU', a day after the report, naming the report and "
              "the Excel sheet it sends.")
    R.figures = {}
    return [
        File(d + R.filename, "report", code, R, counts=True, figures={}, unit_figures=c["figures"],
             figures_count=True, meta=meta_of(code), layout=R.notes),
        File(d + "Bieu so lieu kem theo BC 66.xlsx", "appendix", code, deliver="xlsx",
             writer=workbook_writer(code, c["figures"], c["number"], c["date"]), figures=c["figures"],
             figures_count=True,
             layout="The figures as an Excel workbook: title rows 'ĐẢNG ỦY XÃ THANH CHƯƠNG' / 'BIỂU "
                    "SỐ LIỆU TỔNG KẾT …' / '(Kèm theo Báo cáo số 66-BC/ĐU ngày 11/04/2026 …)', then "
                    "STT | Nội dung | ĐVT | Số liệu | Ghi chú (the rate 85,5 in '0.0'). Its name "
                    "neither shares the report's stem nor starts with the unit code: README ties it "
                    "by its title rows, to the unit's one report in the folder."),
        File(d + L.filename, "cover-letter", code, L, figures={}, figures_count=False,
             codes_expected=["companion-file"], leak_paras=L.letter_paras,
             meta=dict(unit_code=code, date=cv_date, doc_number="131-CV/ĐU"), layout=L.notes),
    ]


def case11_x007():
    """11. Only the cover letter: the report was forgotten."""
    code, c = "X007", C["X007"]
    d = "dang-uy-xa-phuong/DU xa Anh Son/"
    cv_date = next_day(c["date"])
    L = cover_letter(
        "x007-cv", code, "CV 47 gui BC tong ket KL114.docx", "47-CV/ĐU", cv_date,
        [f"Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
         f"Đảng ủy xã Anh Sơn gửi kèm theo Báo cáo số {c['number']} ngày {short_date(c['date'])} về "
         f"tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư trên địa bàn xã.",
         "Đảng ủy xã Anh Sơn kính đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, tổng hợp./."],
        "Vi Văn Hùng", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        notes="The unit's ONLY file: its cover letter ('Số 47-CV/ĐU', citing Báo cáo số 44-BC/ĐU), "
              "the report itself forgotten. Officer: the unit has not reported; the letter is no "
              "report (a missing-section error, or the file rejected, is deserved; the unit must "
              "not count as having reported).")
    return [
        File(d + L.filename, "cover-letter", code, L, figures={}, figures_count=False,
             leak_paras=L.letter_paras, codes_expected=["letter-without-report"],
             problems=["letter-without-report"],
             tolerated=["appendix-value-missing", "empty-section", "missing-section"],
             meta=dict(unit_code=code), layout=L.notes),
    ]


def case12_ttt():
    """12. A Word 97 '.doc' report beside its cover letter (.docx)."""
    code, c = "TTT", C["TTT"]
    d = "so-nganh/Thanh tra tinh/"
    R = report("ttt", code, "BC 117 Thanh tra tinh tong ket KL114.docx",
               notes="The report as a Word 97-2003 '.doc' (LibreOffice Writer's, from its .odt of "
                     "the .docx; see docbuild45.to_doc), state header, own appendix. README: read "
                     "through LibreOffice with a 'conversion' note.")
    cv_date = next_day(c["date"])
    L = cover_letter(
        "ttt-cv", code, "CV 121 gui BC tong ket.docx", "121/TTr-VP", cv_date,
        [f"Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Thanh tra tỉnh "
         f"gửi kèm theo Báo cáo số {c['number']} ngày {short_date(c['date'])} tổng kết 10 năm thực "
         f"hiện Kết luận số 114-KL/TW của Ban Bí thư trong ngành thanh tra.",
         "Thanh tra tỉnh kính đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy xem xét, tổng hợp./."],
        "Nguyễn Hữu Phúc", sig=["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"],
        recipients=["- Như trên;", "- Lưu: VT, VP."],
        notes="State cover letter 'Số: 121/TTr-VP', a day after the report, .docx.")
    return [
        File(d + "BC 117 Thanh tra tinh tong ket KL114.doc", "report", code, R, deliver="doc",
             counts=True, figures=R.figures, unit_figures=R.figures, figures_count=True,
             meta=meta_of(code), layout=R.notes, tolerated=["conversion"]),
        File(d + L.filename, "cover-letter", code, L, figures={}, figures_count=False,
             codes_expected=["companion-file"], leak_paras=L.letter_paras,
             meta=dict(unit_code=code, date=cv_date, doc_number="121/TTr-VP"), layout=L.notes),
    ]


def _with_stale(self, paras):
    self.stale = list(paras)
    return self


File.with_stale = _with_stale
File.stale = ()

CASES = [case01_x002, case02_syt, case03_x001, case04_x003, case05_snv, case06a_x004,
         case06b_x005, case07_stc, case08_duca, case09_mttq, case10_x006, case11_x007,
         case12_ttt]
