#!/usr/bin/env python3
"""probe47's one-change copies behind FINDINGS.txt, written to /tmp/p47x/files/. Each starts
from the .docx a report was delivered from (gen/docx/, written by gen/build.py) and changes
ONE thing — the delivery format, a table unwrapped into its cells' paragraphs (probe46's
unwrap_table), an appended part or a picture removed — then delivers it the same way
(pandoc / MarkItDown as build.py does). Run after gen/build.py; then all.sh."""
import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.dirname(HERE)
BENCH = os.path.dirname(os.path.dirname(GEN))
DOCX = os.path.join(GEN, "docx")
OUT = "/tmp/p47x/files"
sys.path.insert(0, GEN)
import build  # noqa: E402
_s = importlib.util.spec_from_file_location("var46", os.path.join(BENCH, "probe46", "gen", "experiments", "variants.py"))
var46 = importlib.util.module_from_spec(_s)
_s.loader.exec_module(var46)
W = var46.W
q = var46.q


class R:
    def __init__(self, how):
        self.deliver = how


def edit(src, name, fn, how="docx", ext="docx"):
    """src .docx -> fn(document.xml) -> /tmp/p47x/files/name.docx -> delivered as `how`."""
    os.makedirs(OUT, exist_ok=True)
    mid = os.path.join(OUT, name + ".src.docx")
    z0 = zipfile.ZipFile(os.path.join(DOCX, src))
    with zipfile.ZipFile(mid, "w", zipfile.ZIP_DEFLATED) as z:
        for n in z0.namelist():
            data = z0.read(n)
            if n == "word/document.xml" and fn:
                new = fn(data.decode())
                assert new != data.decode(), name
                data = new.encode()
            z.writestr(zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0)), data)
    dest = os.path.join(OUT, f"{name}.{ext}")
    build.deliver(R(how), mid, dest)
    print(dest)


def drop_after_last_pagebreak(xml):
    """Everything from the last page-break paragraph to the section end removed."""
    root = etree.fromstring(xml.encode())
    body = root.find(q("body"))
    kids = list(body)
    brk = [k for k in kids if k.tag == q("p") and any(b.get(q("type")) == "page" for b in k.iter(q("br")))]
    for k in kids[kids.index(brk[-1]):]:
        if k.tag != q("sectPr"):
            body.remove(k)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode()


def drop_last_table(xml):
    root = etree.fromstring(xml.encode())
    body = root.find(q("body"))
    body.remove(body.findall(q("tbl"))[-1])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode()


def drop_picture(xml):
    root = etree.fromstring(xml.encode())
    body = root.find(q("body"))
    for k in body.findall(q("p")):
        if k.find(f".//{q('drawing')}") is not None:
            body.remove(k)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode()


def main():
    unwrap = var46.unwrap_table("Kết quả thực hiện")
    edit("x001-pandoc-md.docx", "x001-as-docx", None)
    edit("x001-pandoc-md.docx", "x001-md-unwrapped", unwrap, "pandoc-md", "md")
    edit("x001-pandoc-md.docx", "x001-md-as-gfm", None, "gfm", "md")
    edit("duca-gfm.docx", "duca-as-docx", None)
    edit("duca-gfm.docx", "duca-md-grid", None, "pandoc-md", "md")
    edit("x007.docx", "x007-as-docx", None)
    edit("x007.docx", "x007-md-unwrapped", unwrap, "markitdown", "md")
    edit("x006.docx", "x006-alone", drop_after_last_pagebreak)
    edit("x006.docx", "x006-no-sub-signature", drop_last_table)
    edit("stc.docx", "stc-no-picture", drop_picture)


if __name__ == "__main__":
    main()
