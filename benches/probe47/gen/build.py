#!/usr/bin/env python3
"""probe47: builds submissions/ and expect.json from the report definitions (reports.py).

Each report is first a .docx (probe46's dx.py writer; SGDDT a flat ODT written as LibreOffice
writes one), kept in gen/docx/, then DELIVERED as R.deliver says: as is, or converted by
pandoc 2.17 (-t markdown / -t gfm), MarkItDown 0.1.9 (probe44's venv call), LibreOffice 7.4
(Text (encoded) UTF-8, .odt, .rtf, .docx). Zip and RTF time stamps are fixed after
conversion so that two runs give the same bytes. probe41's build (pick_snippet, norm) is
loaded, not copied.
Usage: python3 gen/build.py   (python3, PyYAML, pandoc, soffice, /tmp/p44venv for MarkItDown:
  python3 -m venv --system-site-packages /tmp/p44venv
  /tmp/p44venv/bin/pip install "markitdown[docx]==0.1.9")"""

import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import reports  # noqa: E402
from dx import Docx, table, sect  # noqa: E402  (probe46's, put on the path by reports)

BENCH = os.path.dirname(ROOT)
_spec = importlib.util.spec_from_file_location("build41", os.path.join(BENCH, "probe41", "gen", "build.py"))
build41 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build41)
norm, pick_snippet = build41.norm, build41.pick_snippet
_spec = importlib.util.spec_from_file_location("docbuild44", os.path.join(BENCH, "probe44", "gen", "docbuild.py"))
MARKITDOWN = None
with open(os.path.join(BENCH, "probe44", "gen", "docbuild.py"), encoding="utf-8") as f:
    MARKITDOWN = re.search(r"MARKITDOWN = r'''(.*?)'''", f.read(), re.S).group(1)
VENV_PY = "/tmp/p44venv/bin/python"
LO = ["soffice", "-env:UserInstallation=file:///tmp/p47-lo-profile", "--headless"]

DOCX_DIR = os.path.join(HERE, "docx")
SUB = os.path.join(ROOT, "submissions")
FIXED = (1980, 1, 1, 0, 0, 0)


def lo_convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = fmt.split(":")[0]
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)


def fix_zip(path):
    """Fixed entry times and document dates (LibreOffice stamps the time of saving)."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("meta.xml", "docProps/core.xml", "docProps/app.xml"):
                data = re.sub(rb"(<(?:meta:creation-date|dc:date|dcterms:created|dcterms:modified)[^>]*>)[^<]*",
                              rb"\g<1>2026-04-10T08:00:00Z", data)
                data = re.sub(rb"(<(?:meta:editing-duration|TotalTime)[^>]*>)[^<]*", rb"\g<1>PT0S"
                              if info.filename == "meta.xml" else rb"\g<1>0", data)
                data = re.sub(rb"(<meta:generator>)[^<]*", rb"\g<1>LibreOffice/7.4", data)
                data = re.sub(rb"(<Application>)[^<]*", rb"\g<1>LibreOffice/7.4", data)
            if info.filename == "settings.xml":      # a random rsid LibreOffice stamps
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)[0-9]+', rb"\g<1>1", data)
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            z.writestr(zi, data)


def fix_rtf(path):
    data = open(path, "rb").read()
    data = re.sub(rb"\{\\(creatim|revtim|printim)[^}]*\}", rb"{\\\1\\yr2026\\mo4\\dy10\\hr8\\min0}", data)
    data = re.sub(rb"\{\\\*\\generator [^}]*\}", rb"{\\*\\generator LibreOffice/7.4}", data)
    open(path, "wb").write(data)


def render_png(rows, dest_png):
    """The appendix table rendered to a PNG by LibreOffice (page 1 of a one-table .docx)."""
    tmp = tempfile.mkdtemp(prefix="p47png")
    d = Docx()
    d.add(table(rows, [700, 4700, 1300, 1600], header_rows=1))
    d.add(sect(last=True))
    src = os.path.join(tmp, "scan.docx")
    d.save(src)
    pdf = lo_convert(src, "pdf", tmp)     # LibreOffice 7.4 has no PNG export for Writer here
    subprocess.run(["pdftoppm", "-png", "-gray", "-r", "100", "-f", "1", "-l", "1", "-x", "90",
                    "-y", "60", "-W", "700", "-H", "300", pdf, os.path.join(tmp, "scan")], check=True)
    shutil.copy(os.path.join(tmp, "scan-1.png"), dest_png)
    shutil.rmtree(tmp)


def deliver(R, docx_path, dest):
    how = R.deliver
    tmp = tempfile.mkdtemp(prefix="p47")
    try:
        if how == "docx":
            shutil.copy(docx_path, dest)
        elif how in ("pandoc-md", "gfm"):
            fmt = "markdown" if how == "pandoc-md" else "gfm"
            subprocess.run(["pandoc", "-f", "docx", "-t", fmt, "-o", dest, docx_path], check=True)
        elif how == "markitdown":
            out = subprocess.run([VENV_PY, "-c", MARKITDOWN, docx_path], check=True,
                                 capture_output=True).stdout
            open(dest, "wb").write(out)
        elif how == "lo-txt":
            shutil.copy(lo_convert(docx_path, "txt:Text (encoded):UTF8", tmp), dest)
        elif how == "odt":
            shutil.copy(lo_convert(docx_path, "odt", tmp), dest)
            fix_zip(dest)
        elif how == "rtf":
            shutil.copy(lo_convert(docx_path, "rtf", tmp), dest)
            fix_rtf(dest)
        elif how == "lo-docx":
            shutil.copy(lo_convert(docx_path, "docx:MS Word 2007 XML", tmp), dest)
            fix_zip(dest)
        else:
            raise SystemExit(how)
    finally:
        shutil.rmtree(tmp)


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    if os.path.isdir(SUB):
        shutil.rmtree(SUB)
    reps = [f() for f in reports.REPORTS]
    fodt = {}
    for R in reps:
        if getattr(R, "lo", False):
            fodt[R.key] = reports.fodt_sgddt(R)
    corpus = [norm(t) for R in reps for (t, _, _) in R.paragraphs]
    codes = [R.unit_code for R in reps]
    assert len(codes) == len(set(codes)), codes
    expect = {}
    for R in reps:
        if R.key in fodt:
            path = os.path.join(DOCX_DIR, R.key + ".fodt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(fodt[R.key])
        else:
            if hasattr(R, "picture_rows"):
                png = os.path.join(DOCX_DIR, R.key + "-scan.png")
                render_png(R.picture_rows, png)
                rid = R.d.image("image1.png", open(png, "rb").read())
                R.d.add(reports.picture_xml(rid))
            path = os.path.join(DOCX_DIR, R.key + ".docx")
            R.save(path)
        dest = os.path.join(SUB, R.category, R.filename)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        deliver(R, path, dest)
        rel = os.path.relpath(dest, SUB)
        words = {}
        for text, sec, _ in R.paragraphs:
            words[sec] = words.get(sec, 0) + len(text.split())
        short = {k: v for k, v in words.items() if v < 22}
        if short:
            raise SystemExit(f"{R.key}: sections under 22 words: {short}")
        paras = []
        for text, sec, snip in R.paragraphs:
            if snip:
                snip = norm(snip)
                assert snip in norm(text), (R.key, snip)
                assert sum(1 for t in corpus if snip in t) == 1, (R.key, snip)
            paras.append({"snippet": snip or pick_snippet(text, corpus), "section": sec})
        for a in R.apparatus:
            for P in paras:
                if a in P["snippet"] or P["snippet"] in a:
                    raise SystemExit(f"{R.key}: apparatus {a!r} overlaps {P['snippet']!r}")
        expect[rel] = {
            "unit_code": R.unit_code, "category": R.category,
            "format": os.path.splitext(R.filename)[1][1:],
            "date": R.date, "doc_number": R.doc_number, "signer": R.signer,
            "paragraphs": paras, "apparatus": R.apparatus, "appendix_rows": R.rows,
            "figures": R.figures, "problems": R.problems,
            "tolerated": sorted(set(R.tolerated)), "layout": R.notes,
        }
        print(f"{rel:62s} {len(paras):3d} paragraphs ({R.deliver})")
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
