#!/usr/bin/env python3
"""Writes the one-change copies behind FINDINGS.txt to /tmp/p42x/files/ (each differs from
the delivered file in ONE thing); exp.sh scores each alone. Usage: python3 variants.py"""
import os
import sys

GEN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, GEN)
import build  # noqa: E402  (probe42's build: loads the reports and probe41's deliver)
import docbuild  # noqa: E402
import r42_b  # noqa: E402
import r42_c  # noqa: E402

OUT = "/tmp/p42x/files"
os.makedirs(OUT, exist_ok=True)


def save(R, name):
    p = os.path.join(OUT, name)
    R.save(p)
    print(p)


def patched(cls, attr, fn):
    old = getattr(cls, attr)
    setattr(cls, attr, fn)
    return old


# --- X004: the letterhead in the body (a borderless table) instead of the first-page header
old = patched(docbuild.Report42, "first_page_header",
              lambda self, rows, leak=(): self.header([rows], leak=leak))
save(r42_c.x004(), "x004-header-in-body.docx")
docbuild.Report42.first_page_header = old


# --- X004: the letterhead in the default header (every page), not a first-page one
def default_header(self, rows, leak=()):
    sec = self.doc.sections[0]
    t = sec.header.add_table(rows=1, cols=2, width=docbuild.Mm(165))
    docbuild._no_borders(t)
    for c, lines in ((0, rows[0]), (1, rows[1])):
        cell = t.cell(0, c)
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.add_run(ln[0])
    self.leak(*leak)


old = patched(docbuild.Report42, "first_page_header", default_header)
save(r42_c.x004(), "x004-default-header.docx")
docbuild.Report42.first_page_header = old

# --- SYT: three 'Căn cứ' paragraphs (the fourth, on the Department's duties, left out)
old_app = docbuild.Report42.app


def drop(pred):
    def app(self, text, leak, italic=False, bold_prefix=None):
        if pred(text):
            return None
        return old_app(self, text, leak, italic, bold_prefix)
    return app


docbuild.Report42.app = drop(lambda t: t.startswith("Căn cứ Quyết định số 21/2025"))
save(r42_b.syt(), "syt-3-can-cu.docx")
docbuild.Report42.app = drop(lambda t: t.startswith("Căn cứ Quyết định") or
                             t.startswith("Căn cứ Công văn"))
save(r42_b.syt(), "syt-2-can-cu.docx")
docbuild.Report42.app = old_app

# --- SYT: four 'Căn cứ' paragraphs, the opening sentence 'Sở Y tế báo cáo … như sau:' left
#     out (the last 'Căn cứ' then ends with ',' and the report starts at '1.')
docbuild.Report42.app = drop(lambda t: t.startswith("Sở Y tế báo cáo kết quả"))
save(r42_b.syt(), "syt-4-no-opening.docx")
docbuild.Report42.app = old_app
