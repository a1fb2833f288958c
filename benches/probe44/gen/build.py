#!/usr/bin/env python3
"""probe44: builds submissions/ and expect.json from the report definitions (r44_a/b/c.py).

Every report is written as a Word file to gen/docx/<key>.docx and delivered as the .docx
itself, or through another program: an .rtf saved by LibreOffice (docbuild.to_rtf), the
text of the PDF LibreOffice prints from it as poppler's pdftotext gives it, with -layout or
in reading order (docbuild.to_pdf_text; the PDF is kept in gen/docx/), or the Markdown
MarkItDown writes (docbuild.to_markitdown). probe41's build (pick_snippet, nfc, norm) is
loaded, not copied. Every file is the same bytes on every run (fixed properties, zip
times and RTF info times; pdftotext and MarkItDown write no time).
Usage: python3 gen/build.py   (python-docx 1.2, PyYAML, soffice 7.4, pdftotext (poppler),
/tmp/p44venv with markitdown[docx] 0.1.9: see docbuild.VENV_PY)"""

import importlib.util
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import r44_a  # noqa: E402
import r44_b  # noqa: E402
import r44_c  # noqa: E402
from docbuild import to_markitdown, to_pdf_text, to_rtf  # noqa: E402

P41 = os.path.join(os.path.dirname(ROOT), "probe41", "gen")
sys.path.append(P41)
_spec = importlib.util.spec_from_file_location("build41", os.path.join(P41, "build.py"))
build41 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build41)
nfc, norm, pick_snippet = build41.nfc, build41.norm, build41.pick_snippet

DOCX_DIR = os.path.join(HERE, "docx")
SUB = os.path.join(ROOT, "submissions")


def deliver(R, docx_path):
    cat_dir = os.path.join(SUB, R.category)
    os.makedirs(cat_dir, exist_ok=True)
    dest = os.path.join(cat_dir, R.filename)
    if R.fmt == "docx":
        shutil.copy(docx_path, dest)
    elif R.fmt == "rtf":
        to_rtf(docx_path, dest)
    elif R.fmt == "txt-pdftotext-layout":
        to_pdf_text(docx_path, dest, layout=True)
    elif R.fmt == "txt-pdftotext":
        to_pdf_text(docx_path, dest, layout=False)
    elif R.fmt == "md-markitdown":
        to_markitdown(docx_path, dest)
    else:
        raise SystemExit(R.fmt)
    return os.path.relpath(dest, SUB)


def straddling(text, delivered, corpus):
    """For the text of a PDF, a snippet across the paragraph's first printed line break
    (the last four words of its first line, the first four of the next), so that a
    paragraph is found only if it was read whole, not cut at the page's line ends; a
    paragraph printed on one line takes pick_snippet's."""
    words = norm(text).split(" ")
    lines = [norm(l) for l in delivered.replace("\f", "\n").split("\n")]
    head = " ".join(words[:5])
    for i, line in enumerate(lines[:-1]):
        if line.startswith(head) and len(line.split(" ")) < len(words):
            snip = " ".join(line.split(" ")[-4:] + lines[i + 1].split(" ")[:4])
            if snip in norm(text) and sum(1 for t in corpus if snip in t) == 1:
                return snip
    return pick_snippet(text, corpus)


def own_lines(R):
    """The unit's own lines outside tables (an appendix label found there is text too)."""
    return [norm(p.text) for p in R.doc.paragraphs if p.text.strip()]


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    if os.path.isdir(SUB):
        shutil.rmtree(SUB)
    reports = [f() for f in r44_a.REPORTS + r44_b.REPORTS + r44_c.REPORTS]
    corpus = [norm(t) for R in reports for (t, _) in R.paragraphs]
    codes = [R.unit_code for R in reports]
    assert len(codes) == len(set(codes)), codes
    expect = {}
    for R in reports:
        docx_path = os.path.join(DOCX_DIR, R.key + ".docx")
        R.save(docx_path)
        rel = deliver(R, docx_path)
        words = {}
        for text, sec in R.paragraphs:
            words[sec] = words.get(sec, 0) + len(text.split())
        short = {k: v for k, v in words.items() if v < 22 and k not in ("other", "phu-luc")}
        if short:
            raise SystemExit(f"{R.key}: sections under 22 words: {short}")
        if R.fmt.startswith("txt-pdftotext"):
            delivered = open(os.path.join(SUB, rel), encoding="utf-8").read()
            paras = [{"snippet": straddling(text, delivered, corpus), "section": sec}
                     for text, sec in R.paragraphs]
        else:
            paras = [{"snippet": pick_snippet(text, corpus), "section": sec}
                     for text, sec in R.paragraphs]
        for a in R.apparatus:
            for P in paras:
                if a in P["snippet"] or P["snippet"] in a:
                    raise SystemExit(f"{R.key}: apparatus {a!r} overlaps {P['snippet']!r}")
        own = [t.lower() for t in own_lines(R) if t not in R.appendix_paras]
        rows = [x for x in dict.fromkeys(R.table_text)
                if not any(norm(x).lower() in t for t in own)]
        expect[rel] = {
            "unit_code": R.unit_code,
            "category": R.category,
            "format": R.fmt,
            "date": R.date,
            "doc_number": R.doc_number,
            "signer": R.signer,
            "paragraphs": paras,
            "apparatus": R.apparatus,
            "appendix_rows": rows,
            "figures": R.figures,
            "problems": R.problems,
            "tolerated": sorted(set(R.tolerated)),
            "layout": R.notes,
        }
        print(f"{rel:62s} {R.fmt:22s} {len(paras):3d} paragraphs")
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
