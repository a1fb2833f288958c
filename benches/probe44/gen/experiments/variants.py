#!/usr/bin/env python3
"""Writes the one-change copies behind FINDINGS.txt to /tmp/p44x/files/ (each differs from
the delivered file in ONE thing); exp.sh scores each alone (all.sh runs them all).
Word files are edited with python-docx, text files as text; an outline with one change is
written to /tmp/p44x/outline-*/ for the experiments that try the campaign's own remedy.
Usage: python3 gen/experiments/variants.py   (after python3 gen/build.py)"""
import os
import re
import shutil
import sys

GEN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(GEN)
sys.path.insert(0, GEN)
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

OUT = "/tmp/p44x/files"
os.makedirs(OUT, exist_ok=True)
SUB = os.path.join(ROOT, "submissions")

X007 = "dang-uy-xa-phuong/BC 44 Dang uy xa Anh Son - KL114.docx"
X005 = "dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114.docx"
X003 = "dang-uy-xa-phuong/Quynh Luu - BC 71 KL 114.docx"
X002 = "dang-uy-xa-phuong/Dien Chau - BC 52 KL114 (gui BTGDV).docx"
X006 = "dang-uy-xa-phuong/Thanh Chuong - BC 66 tong ket KL114.docx"
TD = "mttq-doan-the/BC lien tich TD-HND 15 KL114.docx"
TTT = "so-nganh/Thanh tra tinh - BC 117 KL114.docx"
X004 = "dang-uy-xa-phuong/Hoang Mai - BC 98 KL114 (tu ban PDF).txt"
DUCA = "dang-uy-truc-thuoc/DUCA - BC 296 KL114.md"
SYT = "so-nganh/SYT - BC 1342 KL114 (copy tu PDF).txt"

NUMBERS = {"Công tác lãnh đạo, chỉ đạo": "I. ", "Kết quả triển khai thực hiện": "II. ",
           "Những kết quả nổi bật": "1. ", "Tồn tại, hạn chế": "2. ", "Nguyên nhân": "3. ",
           "Bài học kinh nghiệm": "4. ", "Phương hướng, giải pháp thời gian tới": "5. ",
           "Tác động của việc thực hiện Kết luận": "III. ", "Kiến nghị, đề xuất": "IV. "}


def out(name):
    p = os.path.join(OUT, name)
    print(p)
    return p


def docx_edit(src, name, edit):
    d = Document(os.path.join(SUB, src))
    edit(d)
    d.save(out(name))


def text_edit(src, name, edit):
    s = open(os.path.join(SUB, src), encoding="utf-8").read()
    t = edit(s)
    assert t != s, name
    open(out(name), "w", encoding="utf-8").write(t)


def body_pars(d):
    """Paragraphs of the body (not in tables)."""
    return list(d.paragraphs)


def set_text(par, text):
    runs = par.runs
    runs[0].text = text
    for r in runs[1:]:
        r._r.getparent().remove(r._r)


def cell_with(d, text):
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    if p.text == text:
                        return p
    raise KeyError(text)


def par_with(d, text):
    for p in d.paragraphs:
        if p.text == text:
            return p
    raise KeyError(text)


# --- X007: headings in All Caps set by the font -----------------------------------------
def caps_runs(d):
    return [r for p in body_pars(d) for r in p.runs if r.font.all_caps]


def x007_typed_caps(d):
    for r in caps_runs(d):
        r.text = r.text.upper()
        r.font.all_caps = False


def x007_caps_bold(d):
    for r in caps_runs(d):
        r.bold = True


# --- X005: headings underlined only; estimates -----------------------------------------
def underlined(d):
    return [r for p in body_pars(d) for r in p.runs if r.underline]


def x005_bold(d):
    for r in underlined(d):
        r.underline = False
        r.bold = True


def x005_numbered(d):
    for p in body_pars(d):
        if p.runs and p.runs[0].underline and p.text in NUMBERS:
            p.runs[0].text = NUMBERS[p.text] + p.text


def x005_figures_plain(d):
    for old, new in (("khoảng 1.200", "1.200"), ("~24", "24"), (">650", "650")):
        set_text(cell_with(d, old), new)


# --- TTT: small capitals without numbers (what the delivered file is saved by); the rate -
def ttt_unnumbered(d):
    for p in body_pars(d):
        if p.runs and p.runs[0].font.small_caps:
            p.runs[0].text = re.sub(r"^[IVX]+\. |^\d\. ", "", p.runs[0].text)


def ttt_rate_85(d):
    set_text(cell_with(d, "85/100 hồ sơ"), "85")


# --- X003: one reworded title given the outline's words ---------------------------------
def retitle(old, new):
    def edit(d):
        set_text(par_with(d, old), new)
    return edit


# --- TD: the joint header ---------------------------------------------------------------
def td_one_body(d):
    p = cell_with(d, "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH")
    p._p.getparent().remove(p._p)


def td_one_body_bao_cao(d):
    """td_one_body, and the type line 'BÁO CÁO' instead of 'BÁO CÁO LIÊN TỊCH' (two changes:
    the second shows what the first hides, the title block compiled as text)."""
    td_one_body(d)
    set_text(par_with(d, "BÁO CÁO LIÊN TỊCH"), "BÁO CÁO")


def td_lead_second(d):
    a = cell_with(d, "BCH TỈNH ĐOÀN NGHỆ AN")
    b = cell_with(d, "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH")
    a._p.addprevious(b._p)


# --- X002: the header's number and date -------------------------------------------------
def x002_date(text):
    def edit(d):
        set_text(cell_with(d, "Diễn Châu, ngày 9/4/2026"), text)
    return edit


def x002_number_plain(d):
    set_text(cell_with(d, "Số: 52 -BC/ĐU"), "Số 52-BC/ĐU")


# --- X006: the rate; the opening after 'MỞ ĐẦU' ------------------------------------------
def x006_rate(d):
    set_text(cell_with(d, "0,855"), "85,5")


def x006_no_mo_dau(d):
    """The 'MỞ ĐẦU' line and its paragraph left out (the opening formula then follows the
    title block at once)."""
    h = par_with(d, "MỞ ĐẦU")
    nxt = h._p.getnext()
    h._p.getparent().remove(h._p)
    nxt.getparent().remove(nxt)


def x006_opening_first(d):
    p = par_with(d, "Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban "
                    "Thường vụ Đảng ủy xã Thanh Chương báo cáo kết quả như sau:")
    par_with(d, "MỞ ĐẦU")._p.addprevious(p._p)


# --- X004: pdftotext -layout -------------------------------------------------------------
def x004_no_indent(s):
    return "\n".join(l.lstrip(" ") for l in s.split("\n"))


def x004_no_pages(s):
    return re.sub(r"\f *\d+\n", "", s)


def x004_table_tabs(s):
    """The appendix's rows as tab-separated rows, each label's wrapped lines joined."""
    head, _, table = s.partition("BIỂU SỐ LIỆU\n")
    rows = []
    for line in table.split("\n"):
        if not line.strip() or line.startswith("\f"):
            continue
        cells = re.split(r" {2,}", line.strip())
        if line.startswith(" " * 10) and rows and len(cells) == 1:
            rows[-1][1] += " " + cells[0]
        else:
            rows.append(cells)
    return head + "BIỂU SỐ LIỆU\n" + "\n".join("\t".join(r) for r in rows) + "\n"


def x004_closing_one_line(s):
    return s.replace("Kết luận số 114-KL/TW của\nBan Thường vụ Đảng ủy phường Hoàng Mai./.",
                     "Kết luận số 114-KL/TW của Ban Thường vụ Đảng ủy phường Hoàng Mai./.")


# --- SYT: pdftotext in reading order ----------------------------------------------------
def syt_lines_joined(s):
    """Between the opening formula and 'Nơi nhận:', each paragraph's printed lines joined into
    one line (a paragraph a line, as a Word paste gives it): a line is joined to the one
    before it unless either is a numbered heading or the one before ends a sentence
    ('.', ':'; ';' only before a line in capitals); nothing else changes."""
    lines = s.split("\n")
    start = next(i for i, l in enumerate(lines) if l == "sau:") + 1   # after the opening
    end = next(i for i, l in enumerate(lines) if l.startswith("Nơi nhận:"))
    numbered = lambda l: re.match(r"^(?:[IVX]+|\d)\. ", l) is not None
    out = lines[:start]
    for line in lines[start:end]:
        prev = out[-1] if out else ""
        if (prev and line and not numbered(prev) and not numbered(line)
                and not prev.endswith((".", ":")) and not (prev.endswith(";") and line[0].isupper())
                and not prev.strip().isdigit() and not line.strip().isdigit()):
            out[-1] = prev + " " + line
        else:
            out.append(line)
    return "\n".join(out + lines[end:])


def syt_table_rows(s):
    """The appendix as the table's rows, tab-separated (the order a viewer that copies a
    table row by row gives), instead of pdftotext's column after column."""
    from r44_common import LABELS, IND  # noqa: F401 (the generator's rows)
    head = s.split("PHỤ LỤC\n")[0]
    figs = ["38", "20", "4.105", "34", "1.312", "598", "583", "13", "97,8"]
    rows = ["STT\tNội dung\tĐVT\tSố liệu"] + [
        f"{i}\t{lab}\t{dvt}\t{v}" for i, ((lab, dvt), v) in enumerate(zip(LABELS, figs), 1)]
    return head + "PHỤ LỤC\n" + "\n".join(rows) + "\n"


# --- DUCA: MarkItDown's tables -----------------------------------------------------------
def _table_lines(s, pred, fix):
    return "\n".join(fix(l) if pred(l) else l for l in s.split("\n"))


def duca_br(s):
    """The header's and the signature's cells with '<br>' between their lines, as Google
    Docs writes them, instead of MarkItDown's two spaces."""
    pred = lambda l: l.startswith("| ") and ("Số 296-BC/ĐU" in l or "Nơi nhận" in l)
    return _table_lines(s, pred, lambda l: l.replace("  ", "<br>"))


def duca_header_row(s):
    """Markdownify's empty first row dropped: the first row with text is the table's header."""
    return s.replace("|  |  |\n| --- | --- |\n| ĐẢNG BỘ", "| ĐẢNG BỘ", 1).replace(
        "Nghệ An, ngày 12 tháng 4 năm 2026* |\n", "Nghệ An, ngày 12 tháng 4 năm 2026* |\n| --- | --- |\n", 1)


def outline_with(name, edit):
    d = f"/tmp/p44x/outline-{name}"
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "outline"), d)
    p = os.path.join(d, "outline.yaml")
    s = open(p, encoding="utf-8").read()
    t = edit(s)
    assert t != s, name
    open(p, "w", encoding="utf-8").write(t)
    print(d)


def main():
    docx_edit(X007, "x007-typed-caps.docx", x007_typed_caps)
    docx_edit(X007, "x007-caps-bold.docx", x007_caps_bold)
    docx_edit(X005, "x005-bold.docx", x005_bold)
    docx_edit(X005, "x005-numbered.docx", x005_numbered)
    docx_edit(X005, "x005-figures-plain.docx", x005_figures_plain)
    docx_edit(TTT, "ttt-unnumbered.docx", ttt_unnumbered)
    docx_edit(TTT, "ttt-rate-85.docx", ttt_rate_85)
    docx_edit(X003, "x003-i-lanh-dao.docx",
              retitle("I. CÔNG TÁC TỔ CHỨC THỰC HIỆN", "I. CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN"))
    docx_edit(X003, "x003-ii-mat-lam-duoc.docx",
              retitle("II. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC", "II. NHỮNG MẶT LÀM ĐƯỢC"))
    docx_edit(X003, "x003-iii-han-che.docx",
              retitle("III. MẶT CÒN TỒN TẠI", "III. MẶT CÒN TỒN TẠI, HẠN CHẾ"))
    docx_edit(X003, "x003-vii-nhiem-vu.docx",
              retitle("VII. HƯỚNG TỚI", "VII. NHIỆM VỤ THỜI GIAN TỚI"))
    # and cumulatively (I, then I+II, I+II+III, all four): what each title costs
    steps = [retitle("I. CÔNG TÁC TỔ CHỨC THỰC HIỆN", "I. CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN"),
             retitle("II. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC", "II. NHỮNG MẶT LÀM ĐƯỢC"),
             retitle("III. MẶT CÒN TỒN TẠI", "III. MẶT CÒN TỒN TẠI, HẠN CHẾ"),
             retitle("VII. HƯỚNG TỚI", "VII. NHIỆM VỤ THỜI GIAN TỚI")]
    for n, name in ((2, "x003-i-ii"), (3, "x003-i-ii-iii"), (4, "x003-all4")):
        docx_edit(X003, name + ".docx", lambda d, n=n: [f(d) for f in steps[:n]])
    docx_edit(TD, "td-one-body.docx", td_one_body)
    docx_edit(TD, "td-lead-second.docx", td_lead_second)
    docx_edit(TD, "td-one-body-bao-cao.docx", td_one_body_bao_cao)
    docx_edit(X002, "x002-date-words.docx", x002_date("Diễn Châu, ngày 09 tháng 4 năm 2026"))
    docx_edit(X002, "x002-date-09.docx", x002_date("Diễn Châu, ngày 09/4/2026"))
    docx_edit(X002, "x002-date-9-words.docx", x002_date("Diễn Châu, ngày 9 tháng 4 năm 2026"))
    docx_edit(X002, "x002-number-plain.docx", x002_number_plain)
    docx_edit(X006, "x006-rate-855.docx", x006_rate)
    docx_edit(X006, "x006-no-mo-dau.docx", x006_no_mo_dau)
    docx_edit(X006, "x006-opening-first.docx", x006_opening_first)
    text_edit(X004, "x004-no-indent.txt", x004_no_indent)
    text_edit(X004, "x004-no-pages.txt", x004_no_pages)
    text_edit(X004, "x004-table-tabs.txt", x004_table_tabs)
    text_edit(X004, "x004-closing-one-line.txt", x004_closing_one_line)
    text_edit(SYT, "syt-lines-joined.txt", syt_lines_joined)
    text_edit(SYT, "syt-table-rows.txt", syt_table_rows)
    text_edit(DUCA, "duca-br.md", duca_br)
    text_edit(DUCA, "duca-header-row.md", duca_header_row)
    # the campaign's remedy for X003: the unit's words added to the sections' keywords
    outline_with("x003-keywords", lambda s: s.replace(
        'keywords: ["lãnh đạo, chỉ đạo", "quán triệt"',
        'keywords: ["tổ chức thực hiện", "lãnh đạo, chỉ đạo", "quán triệt"').replace(
        '"nổi bật", "mặt làm được"]', '"nổi bật", "mặt làm được", "việc đã làm được"]').replace(
        '"bất cập", "chưa làm được"]', '"bất cập", "chưa làm được", "mặt còn tồn tại"]').replace(
        '"thời gian tới", "giai đoạn mới"]', '"thời gian tới", "giai đoạn mới", "hướng tới"]'))


if __name__ == "__main__":
    sys.exit(main())
