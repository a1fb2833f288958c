#!/usr/bin/env python3
"""Writes the one-change copies behind FINDINGS.txt to /tmp/p43x/files/ (each differs from
the delivered file in ONE thing); exp.sh scores each alone (all.sh runs them all).
Builder-level changes patch a method of docbuild.Report43 while one report is built;
file-level changes edit the delivered .docx (python-docx) or text file.
Usage: python3 gen/experiments/variants.py   (after python3 gen/build.py)"""
import copy
import os
import re
import sys

GEN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(GEN)
sys.path.insert(0, GEN)
import docbuild  # noqa: E402
import r43_a  # noqa: E402
import r43_c  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

OUT = "/tmp/p43x/files"
os.makedirs(OUT, exist_ok=True)
SUB = os.path.join(ROOT, "submissions")
R43 = docbuild.Report43


def out(name):
    p = os.path.join(OUT, name)
    print(p)
    return p


def patched(attr, fn, build, name):
    old = getattr(R43, attr)
    setattr(R43, attr, fn(old))
    try:
        build().save(out(name))
    finally:
        setattr(R43, attr, old)


def docx_edit(src, name, edit):
    d = Document(os.path.join(SUB, src))
    edit(d)
    d.save(out(name))


def text_edit(src, name, edit):
    s = open(os.path.join(SUB, src), encoding="utf-8").read()
    open(out(name), "w", encoding="utf-8").write(edit(s))


def par_with(d, text):
    for p in d.element.body.iter(qn("w:p")):
        if "".join(t.text or "" for t in p.iter(qn("w:t"))) == text:
            return p
    raise KeyError(text)


# --- BTCTU: the three-column layout tables written with two columns --------------------
def two_columns(only=None):
    def wrap(old):
        calls = {"n": 0}

        def layout(self, left, right, leak=(), widths=None):
            calls["n"] += 1
            if only is not None and calls["n"] != only:
                return old(self, left, right, leak=leak)
            t = self.doc.add_table(rows=1, cols=2)
            docbuild._no_borders(t)
            for c, lines in ((0, left), (1, right)):
                cell = t.cell(0, c)
                for i, ln in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    r = p.add_run(ln[0])
                    r.bold, r.italic = ln[1], ln[2]
            self.leak(*leak)
            return t
        return layout
    return wrap


patched("layout3", two_columns(), r43_c.btctu, "btctu-2col.docx")
patched("layout3", two_columns(only=2), r43_c.btctu, "btctu-header3-only.docx")
patched("layout3", two_columns(only=1), r43_c.btctu, "btctu-signature3-only.docx")

# --- MTTQ: the date moved from the signature column to the header's right column -------
MTTQ = "mttq-doan-the/UBMTTQ tinh - BC 318 tham gia KL114.docx"


def mttq_date_in_header(d):
    p = par_with(d, "Nghệ An, ngày 14 tháng 4 năm 2026")
    p.getparent().remove(p)
    cell = d.tables[0].cell(0, 1)
    q = cell.add_paragraph()
    q.add_run("Nghệ An, ngày 14 tháng 4 năm 2026").italic = True


def mttq_date_above_table(d):
    p = par_with(d, "Nghệ An, ngày 14 tháng 4 năm 2026")
    p.getparent().remove(p)
    sig = d.tables[1]._tbl
    q = copy.deepcopy(p)
    sig.addprevious(q)   # a right-aligned body paragraph right over the signature table
    from docx.text.paragraph import Paragraph
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    Paragraph(q, d).alignment = WD_ALIGN_PARAGRAPH.RIGHT


docx_edit(MTTQ, "mttq-date-in-header.docx", mttq_date_in_header)
docx_edit(MTTQ, "mttq-date-above-signature.docx", mttq_date_above_table)


# --- X007: the transposed appendix changed one way at a time ---------------------------
def x007_table(transform):
    def wrap(old):
        def table(self, rows, merges=(), bold_rows=(0,), widths=None, title_row=None, labels=1):
            if rows and rows[0] and rows[0][0] == "Đơn vị":
                rows, merges, bold_rows = transform(rows, merges, bold_rows)
            return old(self, rows, merges=merges, bold_rows=bold_rows, widths=widths,
                       title_row=title_row, labels=labels)
        return table
    return wrap


def one_header_row(rows, merges, bold):
    head = ["Đơn vị", "Văn bản lãnh đạo, chỉ đạo", "Hội nghị quán triệt, sơ kết",
            "Tập huấn, bồi dưỡng (lượt)", "Đối thoại với Nhân dân (cuộc)", "Lượt tiếp công dân",
            "Đơn thư tiếp nhận", "Đơn thư đã giải quyết", "Mô hình Dân vận khéo",
            "TTHC giải quyết trực tuyến (%)"]
    return [head, rows[2]], [], (0,)


def no_unit_column(rows, merges, bold):
    rows = [r[1:] for r in rows]
    merges = [(a, b - 1, c, e - 1) for (a, b, c, e) in merges if b > 0]
    return rows, merges, bold


def data_row_tong(rows, merges, bold):
    rows = [list(r) for r in rows]
    rows[2][0] = "Tổng số"
    return rows, merges, bold


patched("table", x007_table(one_header_row), r43_a.x007, "x007-one-header-row.docx")
patched("table", x007_table(no_unit_column), r43_a.x007, "x007-no-unit-column.docx")
patched("table", x007_table(data_row_tong), r43_a.x007, "x007-row-tong-so.docx")
patched("table", x007_table(lambda r, m, b: one_header_row(*no_unit_column(r, m, b))),
        r43_a.x007, "x007-one-header-no-unit.docx")
patched("landscape", lambda old: (lambda self: self.pagebreak()), r43_a.x007,
        "x007-portrait.docx")


def x007_caption(old):
    def center(self, text, bold=True, italic=False, leak=None, size=None):
        if text.startswith("(Kèm theo"):
            return None
        return old(self, text, bold=bold, italic=italic, leak=leak, size=size)
    return center


patched("center", x007_caption, r43_a.x007, "x007-no-caption.docx")

# --- X002: the tab-separated rows without the blank lines between them -----------------
X002 = "dang-uy-xa-phuong/Dien Chau - bao cao KL114.md"


def x002_tight(s):
    head, tail = s.split("STT\tNội dung", 1)
    tail = "STT\tNội dung" + tail
    return head + re.sub(r"\n\n(?=[0-9]+\t)", "\n", tail)


text_edit(X002, "x002-rows-tight.md", x002_tight)

# --- DUCA: the nested rows one way at a time --------------------------------------------
DUCA = "dang-uy-truc-thuoc/DUCA - BC 287 tong ket KL 114.docx"


def rows_where(d, pred):
    t = d.tables[-1]
    return t, [r for r in t.rows if pred([c.text for c in r.cells])]


def drop_rows(pred):
    def edit(d):
        t, rows = rows_where(d, pred)
        for r in rows:
            r._tr.getparent().remove(r._tr)
    return edit


def set_cell(pred, col, text):
    def edit(d):
        t, rows = rows_where(d, pred)
        for r in rows:
            cell = r.cells[col]
            for p in cell.paragraphs[1:]:
                p._p.getparent().remove(p._p)
            runs = cell.paragraphs[0].runs
            old = "".join(x.text for x in runs)
            for x in runs[:-1]:
                x.text = ""
            runs[-1].text = text(old)
    return edit


docx_edit(DUCA, "duca-no-parts-under-1.docx",
          drop_rows(lambda c: c[1] in ("Nghị quyết, chỉ thị của Đảng ủy", "Kế hoạch, hướng dẫn")))
docx_edit(DUCA, "duca-parts-a-paren.docx",
          set_cell(lambda c: c[0] in ("a", "b"), 0, lambda t: t + ")"))
docx_edit(DUCA, "duca-parts-dash.docx",
          set_cell(lambda c: c[0] in ("a", "b"), 0, lambda t: "-"))
NUMS = {"Nghị quyết, chỉ thị của Đảng ủy": "1.1", "Kế hoạch, hướng dẫn": "1.2",
        "Do Công an tỉnh tổ chức": "3.1", "Do Công an cấp xã tổ chức": "3.2"}
docx_edit(DUCA, "duca-parts-decimal.docx",
          lambda d: [set_cell(lambda c, k=k: c[1] == k, 0, lambda t, v=v: v)(d) for k, v in NUMS.items()])
docx_edit(DUCA, "duca-2380-alone.docx", set_cell(lambda c: c[0] == "5", 3, lambda t: t))


def duca_trong_do(d):
    t, rows = rows_where(d, lambda c: c[0] == "5")
    cell = rows[0].cells[3]
    cell.paragraphs[1].runs[-1].text = "(trong đó năm 2025: 245)"


docx_edit(DUCA, "duca-2380-trong-do.docx", duca_trong_do)


def duca_one_para(d):
    t, rows = rows_where(d, lambda c: c[0] == "5")
    cell = rows[0].cells[3]
    cell.paragraphs[1]._p.getparent().remove(cell.paragraphs[1]._p)
    cell.paragraphs[0].runs[-1].text = "2.380 (năm 2025: 245)"


docx_edit(DUCA, "duca-2380-one-paragraph.docx", duca_one_para)

# --- SGDDT: the footnote cited in the appendix cell moved or dropped --------------------
SGDDT = "so-nganh/SGDDT - BC 702 KL114.docx"


def sgddt_move_ref(to_label):
    def edit(d):
        t = d.tables[-1]
        cell = t.cell(5, 3)
        ref = [r for r in cell._tc.iter(qn("w:r")) if r.find(qn("w:footnoteReference")) is not None][0]
        ref.getparent().remove(ref)
        if to_label:
            t.cell(5, 1).paragraphs[0]._p.append(ref)
    return edit


docx_edit(SGDDT, "sgddt-cell-note-on-label.docx", sgddt_move_ref(True))
docx_edit(SGDDT, "sgddt-cell-note-dropped.docx", sgddt_move_ref(False))

# --- STC: the unfilled content control emptied ------------------------------------------
STC = "so-nganh/STC - BC 236 KL114 (theo mau).docx"


def stc_empty(d):
    for sdt in d.element.body.iter(qn("w:sdt")):
        pr = sdt.find(qn("w:sdtPr"))
        if pr.find(qn("w:showingPlcHdr")) is not None:
            for t in sdt.iter(qn("w:t")):
                t.text = ""


def stc_plain_placeholder(d):
    """the placeholder text kept, but typed: no content control around it"""
    for sdt in list(d.element.body.iter(qn("w:sdt"))):
        pr = sdt.find(qn("w:sdtPr"))
        if pr.find(qn("w:showingPlcHdr")) is not None:
            runs = sdt.find(qn("w:sdtContent")).findall(qn("w:r"))
            for r in runs:
                sdt.addprevious(r)
            sdt.getparent().remove(sdt)


docx_edit(STC, "stc-control-emptied.docx", stc_empty)
docx_edit(STC, "stc-placeholder-typed.docx", stc_plain_placeholder)


# --- HND: the merged part written other ways ---------------------------------------------
def hnd_heads(transform):
    old = r43_c.body

    def body(R, texts, heads=r43_c.HEADS, h=None):
        return old(R, texts, transform(heads), h)
    r43_c.body = body
    try:
        r43_c.hnd().save(out(transform.__name__ + ".docx"))
    finally:
        r43_c.body = old


def hnd_lessons_first(heads):
    heads = list(heads)
    i = [k for k, x in enumerate(heads) if x[2].startswith("III.")][0]
    heads[i] = (None, 1, "III. BÀI HỌC KINH NGHIỆM VÀ ĐÁNH GIÁ TÁC ĐỘNG")
    heads[i + 1], heads[i + 2] = (("ket-qua.bai-hoc", 2, "1. Bài học kinh nghiệm"),
                                  ("tac-dong", 2, "2. Tác động của việc thực hiện Kết luận"))
    return heads


def hnd_two_parts(heads):
    """impact and lessons as Roman parts of their own: III. TÁC ĐỘNG, IV. BÀI HỌC …"""
    out_ = []
    for sec, lv, title in heads:
        if title.startswith("III."):
            continue
        if sec == "tac-dong":
            out_.append((sec, 1, "III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"))
        elif sec == "ket-qua.bai-hoc":
            out_.append((sec, 1, "IV. BÀI HỌC KINH NGHIỆM"))
        elif title.startswith("IV."):
            out_.append((sec, 1, "V." + title[3:]))
        elif title.startswith("V."):
            out_.append((sec, 1, "VI." + title[2:]))
        else:
            out_.append((sec, lv, title))
    return out_


def hnd_impact_title_only(heads):
    return [(s, l, "III. ĐÁNH GIÁ TÁC ĐỘNG" if t.startswith("III.") else t) for s, l, t in heads]


for tf in (hnd_lessons_first, hnd_two_parts, hnd_impact_title_only):
    hnd_heads(tf)

# --- X004: the e-mail's appendix without the wrapped rows -------------------------------
X004 = "dang-uy-xa-phuong/Hoang Mai - BC KL114 (noi dung thu dien tu).txt"
text_edit(X004, "x004-rows-unwrapped.txt",
          lambda s: s.replace("\tGồm\ncả cán bộ", "\tGồm cả cán bộ").replace("\tCó\n19 đơn", "\tCó 19 đơn"))
text_edit(X004, "x004-no-remarks.txt",
          lambda s: s.replace("\tGồm\ncả cán bộ tổ dân phố, khối phố", "\t").replace(
              "\tCó\n19 đơn trùng lặp, gửi nhiều nơi", "\t"))

# --- TTT: every line of a part its own paragraph (no Shift+Enter) -----------------------
TTT = "so-nganh/Thanh tra tinh - BC 104 KL114.docx"


def split_breaks(d):
    body = d.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        if p.find(".//" + qn("w:br")) is None:
            continue
        ppr = p.find(qn("w:pPr"))
        groups, cur = [], []
        for r in p.findall(qn("w:r")):
            if r.find(qn("w:br")) is not None:
                groups.append(cur)
                cur = []
            else:
                cur.append(r)
        groups.append(cur)
        for g in groups:
            q = copy.deepcopy(p)
            for r in q.findall(qn("w:r")):
                q.remove(r)
            for r in g:
                q.append(r)
            p.addprevious(q)
        body.remove(p)
    _ = ppr


docx_edit(TTT, "ttt-paragraphs.docx", split_breaks)

# --- VPTU: the closing part numbered as the parts ---------------------------------------
VPTU = "co-quan-tham-muu/VPTU - BC 472 tong ket KL114.docx"


def vptu_numbered(d):
    p = par_with(d, "KẾT LUẬN")
    p.findall(".//" + qn("w:t"))[0].text = "V. KẾT LUẬN"


docx_edit(VPTU, "vptu-v-ket-luan.docx", vptu_numbered)


# --- X007: where the transposed table stands, and what stands over it --------------------
def x007_title(new):
    def wrap(old):
        def center(self, text, bold=True, italic=False, leak=None, size=None):
            if text.startswith("BIỂU TỔNG HỢP"):
                for t in new:
                    old(self, t, bold=True)
                return None
            return old(self, text, bold=bold, italic=italic, leak=leak, size=size)
        return center
    return wrap


patched("center", x007_title(["PHỤ LỤC", "BIỂU TỔNG HỢP SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT "
                              "LUẬN SỐ 114-KL/TW"]), r43_a.x007, "x007-phu-luc-over-title.docx")
patched("center", x007_title(["BIỂU SỐ LIỆU"]), r43_a.x007, "x007-title-bieu-so-lieu.docx")


def x007_standard(rows, merges, bold):
    import r43_common
    figs = {k: v for k, v in zip(r43_common.IND, [26, 15, 318, 21, 742, 168, 161, 7, 84.6])}
    return r43_common.stat_rows(figs), [], (0,)


patched("table", x007_table(x007_standard), r43_a.x007, "x007-table-not-turned.docx")
patched("center", x007_title(["BIỂU TỔNG HỢP SỐ LIỆU THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW"]), r43_a.x007,
        "x007-title-without-ket-qua.docx")
patched("center", x007_title(["BIỂU TỔNG HỢP SỐ LIỆU"]), r43_a.x007, "x007-title-short.docx")
