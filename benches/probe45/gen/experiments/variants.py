#!/usr/bin/env python3
"""probe45's one-change copies: each experiment takes ONE unit's files as delivered in
benches/probe45/submissions (and their key in expect.json) and changes one thing — a name,
a folder, one line of one document — so that a shortfall's cause is shown by the change
that removes it. Written to /tmp/p45x/files/<name>/ (submissions/ and expect.json), scored
by exp.sh. Usage: python3 gen/experiments/variants.py [name ...]  (default: all)."""

import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.dirname(HERE)
ROOT = os.path.dirname(GEN)
sys.path.insert(0, GEN)

import cases  # noqa: E402
from cases import C, UNITS, cover_letter, report, appendix_doc, header, short_date  # noqa: E402,F401
from docbuild45 import WD_ALIGN_PARAGRAPH, to_pdf  # noqa: E402

OUT = "/tmp/p45x/files"
EXPECT = json.load(open(os.path.join(ROOT, "expect.json"), encoding="utf-8"))
SUB = os.path.join(ROOT, "submissions")


def unit_files(code):
    return [rel for rel, E in EXPECT.items() if E["unit_code"] == code]


class Exp:
    """A copy of one unit's files and key, to change."""

    def __init__(self, name, code):
        self.name, self.code = name, code
        self.dir = os.path.join(OUT, name)
        if os.path.isdir(self.dir):
            shutil.rmtree(self.dir)
        self.expect = {}
        for rel in unit_files(code):
            dest = os.path.join(self.dir, "submissions", rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copy(os.path.join(SUB, rel), dest)
            self.expect[rel] = json.loads(json.dumps(EXPECT[rel]))

    def path(self, rel):
        return os.path.join(self.dir, "submissions", rel)

    def rename(self, rel, new):
        os.makedirs(os.path.dirname(self.path(new)), exist_ok=True)
        shutil.move(self.path(rel), self.path(new))
        self.expect[new] = self.expect.pop(rel)
        d = os.path.dirname(self.path(rel))
        while d != os.path.join(self.dir, "submissions") and not os.listdir(d):
            os.rmdir(d)
            d = os.path.dirname(d)

    def remove(self, rel):
        os.remove(self.path(rel))
        self.expect.pop(rel)

    def replace_docx(self, rel, R):
        """rel rewritten from a rebuilt Report45 (same name)."""
        R.save(self.path(rel))

    def done(self, note):
        with open(os.path.join(self.dir, "expect.json"), "w", encoding="utf-8") as f:
            json.dump(self.expect, f, ensure_ascii=False, indent=1)
        with open(os.path.join(self.dir, "CHANGE.txt"), "w", encoding="utf-8") as f:
            f.write(note + "\n")


def _rel(code, role, contains=""):
    return next(r for r in unit_files(code) if EXPECT[r]["role"] == role and contains in r)


# ---- versions: which one counts --------------------------------------------------------

def x004_draft_sorted_first():
    e = Exp("x004-draft-sorted-first", "X004")
    old = _rel("X004", "old-version")
    e.rename(old, old.replace("(du thao)", "(ban du thao)"))
    e.done("X004: the draft renamed '(du thao)' -> '(ban du thao)': still a draft by its name, "
           "but now sorting BEFORE '(chinh thuc)'. Nothing else changed.")


def x004_draft_stamp():
    e = Exp("x004-draft-stamp", "X004")
    old = _rel("X004", "old-version")
    c = C["X004"]
    D = report("x004-draft", "X004", os.path.basename(old),
               paragraphs=cases._variant("X004", cases.X004_DRAFT),
               figs=dict(c["figures"], **cases.X004_DRAFT_FIGS))
    # the stamp typed at the top, right-aligned, bold, boxed by nothing (as typists mark it)
    body = D.doc.element.body
    p = D.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("DỰ THẢO").bold = True
    body.remove(p._p)
    body.insert(0, p._p)
    e.replace_docx(old, D)
    e.done("X004: the draft also says so in the document: a bold right-aligned 'DỰ THẢO' "
           "paragraph over its header (names unchanged, so the draft still sorts last).")


def x005_oldfolder_sorted_first():
    e = Exp("x005-oldfolder-sorted-first", "X005")
    old = _rel("X005", "old-version")
    e.rename(old, old.replace("/ban cu/", "/0 ban cu/"))
    e.done("X005: the subfolder 'ban cu/' renamed '0 ban cu/' (sorts before the final's name). "
           "Nothing else changed.")


# ---- the signed PDF ----------------------------------------------------------------------

def stc_pdf_same_stem():
    e = Exp("stc-pdf-same-stem", "STC")
    pdf = _rel("STC", "copy")
    e.rename(pdf, pdf.replace(" (ban ky).pdf", ".pdf"))
    e.done("STC: the PDF named with the Word report's very stem ('BC 241 STC tong ket KL114.pdf').")


def stc_without_pdf():
    e = Exp("stc-without-pdf", "STC")
    e.remove(_rel("STC", "copy"))
    e.done("STC: control, the PDF removed (the Word report alone).")


# ---- Windows' files --------------------------------------------------------------------------

def duca_without_system_files():
    e = Exp("duca-without-system-files", "DUCA")
    for rel in unit_files("DUCA"):
        if rel.endswith(("Thumbs.db", "desktop.ini")):
            e.remove(rel)
    e.done("DUCA: control, Thumbs.db and desktop.ini removed (the owner file '~$…' kept).")


# ---- the e-mail -------------------------------------------------------------------------------

def mttq_mail_kem_theo():
    e = Exp("mttq-mail-kem-theo", "MTTQ")
    rel = _rel("MTTQ", "cover-letter")
    text = open(e.path(rel), encoding="utf-8").read()
    new = text.replace("tỉnh gửi Báo cáo số", "tỉnh gửi kèm theo Báo cáo số")
    assert new != text
    open(e.path(rel), "w", encoding="utf-8", newline="").write(new)
    e.done("MTTQ: the e-mail's sentence 'gửi Báo cáo số 322/BC-MTTQ-BTT' written 'gửi kèm theo "
           "Báo cáo số 322/BC-MTTQ-BTT' (two words added).")


# ---- the updated appendix without a date ------------------------------------------------------

def snv_appendix_dated():
    e = Exp("snv-appendix-dated", "SNV")
    rel = _rel("SNV", "appendix")
    c = C["SNV"]
    upd = {k: v for k, v in EXPECT[rel]["figures"].items()}
    A = appendix_doc("snv-pl", "SNV", os.path.basename(rel), upd, own_number=False,
                     title="SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW (CẬP NHẬT ĐẾN NGÀY 15/4/2026)")
    # the header's right column gets the place-and-date line under the motto
    t = A.doc.tables[0]
    cell = t.cell(0, 1)
    q = cell.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run("Nghệ An, ngày 15 tháng 4 năm 2026").italic = True
    e.replace_docx(rel, A)
    e.done("SNV: the updated appendix's header given a place-and-date line ('Nghệ An, ngày 15 "
           "tháng 4 năm 2026') under the motto. Nothing else changed.")


def snv_appendix_same_figures():
    e = Exp("snv-appendix-same-figures", "SNV")
    rel = _rel("SNV", "appendix")
    A = appendix_doc("snv-pl", "SNV", os.path.basename(rel), C["SNV"]["figures"], own_number=False,
                     title="SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW (CẬP NHẬT ĐẾN NGÀY 15/4/2026)")
    e.replace_docx(rel, A)
    e.expect[rel]["figures"] = C["SNV"]["figures"]
    e.done("SNV: control, the separate appendix given the REPORT's own figures (no disagreement); "
           "compare its companion-file message with the delivered one's.")


# ---- the bare appendix title read as a number line ---------------------------------------------

def x003_appendix_title_ket_qua():
    e = Exp("x003-appendix-title-ket-qua", "X003")
    rel = _rel("X003", "appendix")
    A = appendix_doc("x003-pl", "X003", os.path.basename(rel), C["X003"]["figures"], with_header=False,
                     title="KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    e.replace_docx(rel, A)
    e.done("X003: the bare appendix's title 'SỐ LIỆU KẾT QUẢ 10 NĂM …' written 'KẾT QUẢ 10 NĂM …' "
           "(the word 'SỐ LIỆU' dropped). Nothing else changed.")


# ---- the cover letter alone ---------------------------------------------------------------------

def _x007_letter(excerpt):
    c = C["X007"]
    return cover_letter(
        "x007-cv", "X007", "CV 47 gui BC tong ket KL114.docx", "47-CV/ĐU", cases.next_day(c["date"]),
        [f"Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
         f"Đảng ủy xã Anh Sơn gửi kèm theo Báo cáo số {c['number']} ngày {short_date(c['date'])} về "
         f"tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư trên địa bàn xã.",
         "Đảng ủy xã Anh Sơn kính đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, tổng hợp./."],
        "Vi Văn Hùng", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], excerpt=excerpt)


def x007_vv_one_line():
    e = Exp("x007-vv-one-line", "X007")
    rel = _rel("X007", "cover-letter")
    e.replace_docx(rel, _x007_letter(["V/v gửi báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW"]))
    e.done("X007: the letter's excerpt 'V/v gửi báo cáo tổng kết 10 năm' / 'thực hiện Kết luận số "
           "114-KL/TW' typed as ONE paragraph instead of two. Nothing else changed.")


def x007_with_report():
    e = Exp("x007-with-report", "X007")
    R = report("x007", "X007", "BC 44 tong ket KL114.docx")
    d = os.path.dirname(_rel("X007", "cover-letter"))
    rel = f"{d}/BC 44 tong ket KL114.docx"
    R.save(e.path(rel))
    e.expect[rel] = {"unit_code": "X007", "category": "dang-uy-xa-phuong", "role": "report",
                     "format": "docx", "counts": True, "figures_count": True, "figures": R.figures,
                     "unit_figures": R.figures, "meta": {"unit_code": "X007"}, "paragraphs": [],
                     "stale": [], "apparatus": [], "leak": [], "appendix_rows": [],
                     "codes_expected": [], "problems": [], "tolerated": [], "layout": "added"}
    cl = _rel("X007", "cover-letter")
    e.expect[cl]["codes_expected"] = ["companion-file"]
    e.expect[cl]["problems"] = []
    e.done("X007: control, the forgotten report (probe44's X007 text, plain layout) put beside the "
           "letter.")


# ---- a REPORT whose number carries a two-line excerpt --------------------------------------------

def x002_report_vv_two_lines():
    e = Exp("x002-report-vv-two-lines", "X002")
    rel = _rel("X002", "report")
    c = C["X002"]
    R = report("x002", "X002", os.path.basename(rel))
    # the excerpt under the number, two paragraphs of the header's left cell
    cell = R.doc.tables[0].cell(0, 0)
    for line in ("V/v báo cáo tổng kết 10 năm", "thực hiện Kết luận số 114-KL/TW"):
        q = cell.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(line).italic = True
    e.replace_docx(rel, R)
    e.expect[rel]["apparatus"] += ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    e.done("X002: the REPORT's header given the excerpt 'V/v báo cáo tổng kết 10 năm' / 'thực "
           "hiện Kết luận số 114-KL/TW' under its number, two paragraphs (README reads a one-line "
           "excerpt as apparatus). The cover letter kept.")


def x002_report_vv_one_line():
    e = Exp("x002-report-vv-one-line", "X002")
    rel = _rel("X002", "report")
    R = report("x002", "X002", os.path.basename(rel))
    cell = R.doc.tables[0].cell(0, 0)
    q = cell.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run("V/v báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW").italic = True
    e.replace_docx(rel, R)
    e.expect[rel]["apparatus"] += ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    e.done("X002: control for the above, the same excerpt in ONE paragraph.")


ALL = [x004_draft_sorted_first, x004_draft_stamp, x005_oldfolder_sorted_first, stc_pdf_same_stem,
       stc_without_pdf, duca_without_system_files, mttq_mail_kem_theo, snv_appendix_dated,
       snv_appendix_same_figures, x003_appendix_title_ket_qua, x007_vv_one_line, x007_with_report,
       x002_report_vv_two_lines, x002_report_vv_one_line]

if __name__ == "__main__":
    want = set(sys.argv[1:])
    for f in ALL:
        name = f.__name__.replace("_", "-")
        if want and name not in want:
            continue
        f()
        print(name)
