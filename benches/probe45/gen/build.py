#!/usr/bin/env python3
"""probe45: builds submissions/ and expect.json from gen/cases.py (a unit's folder as it
arrives: the report and what comes with it).

Every Word document is written to gen/docx/<key>.docx (python-docx through probe44's
builders, fixed properties and zip times) and delivered as the .docx itself, as the PDF
LibreOffice prints from it (CreationDate and /ID fixed), or as a Word 97 '.doc' (LibreOffice,
from its .odt); the workbook through probe42's write_workbook (fixed times); the e-mail text
and the junk files as constant bytes. probe41's pick_snippet is loaded, not copied.
Two runs give the same bytes (md5sum over submissions/, gen/docx/*.docx and expect.json).
Usage: python3 gen/build.py   (python-docx 1.2, openpyxl, PyYAML, LibreOffice 7.4 'soffice')"""

import importlib.util
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases  # noqa: E402  (imports probe44's report definitions first)
from docbuild45 import to_doc, to_pdf  # noqa: E402

P41 = os.path.join(os.path.dirname(ROOT), "probe41", "gen")
_spec = importlib.util.spec_from_file_location("build41", os.path.join(P41, "build.py"))
build41 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build41)
nfc, norm, pick_snippet = build41.nfc, build41.norm, build41.pick_snippet

DOCX_DIR = os.path.join(HERE, "docx")
SUB = os.path.join(ROOT, "submissions")


def fmt_of(rel):
    ext = os.path.splitext(rel)[1].lower().lstrip(".")
    return ext or "none"


def leak_snippet(text, corpus):
    """A letter's sentence as a snippet: a distinctive run of it, else (a formula every
    letter shares, a short line) the sentence itself."""
    if len(text.split()) <= 12:
        return norm(text)
    try:
        return pick_snippet(text, corpus)
    except SystemExit:
        return norm(text)


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    for f in os.listdir(DOCX_DIR):
        os.remove(os.path.join(DOCX_DIR, f))
    if os.path.isdir(SUB):
        shutil.rmtree(SUB)
    files = [f for case in cases.CASES for f in case()]
    rels = [f.rel for f in files]
    assert len(rels) == len(set(rels)), rels
    # snippets are picked against every distinct text of the set (a final and its draft share
    # most paragraphs word for word: those are one text)
    # (and the subject and opening formula every report carries, so that a letter's snippet
    # is none of their words)
    corpus = sorted({norm(t) for f in files if f.R is not None for (t, _) in f.R.paragraphs}
                    | {norm(t) for f in files for t in f.leak_paras}
                    | {norm(cases.SUBJECT), norm(cases.OPENING.format(who=""))})
    saved = {}
    expect = {}
    for f in files:
        dest = os.path.join(SUB, f.rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        if f.R is not None:
            docx = os.path.join(DOCX_DIR, f.R.key + ".docx")
            if f.R.key not in saved:
                f.R.save(docx)
                saved[f.R.key] = docx
            if f.deliver == "docx":
                shutil.copy(docx, dest)
            elif f.deliver == "doc":
                to_doc(docx, dest)
            elif f.deliver == "pdf":
                to_pdf(docx, dest)
            else:
                raise SystemExit(f.deliver)
        else:
            f.writer(dest)
        E = {
            "unit_code": f.code,
            "category": cases.C[f.code]["category"],
            "role": f.role,
            "format": fmt_of(f.rel),
            "counts": f.counts,
            "figures_count": f.figures_count,
            "figures": f.figures,
            "meta": f.meta,
            "paragraphs": [],
            "stale": [],
            "apparatus": [],
            "leak": [],
            "appendix_rows": [],
            "codes_expected": f.codes_expected,
            "problems": f.problems,
            "tolerated": sorted(set(f.tolerated)),
            "layout": f.layout,
        }
        if f.role == "report":
            R = f.R
            words = {}
            for text, sec in R.paragraphs:
                words[sec] = words.get(sec, 0) + len(text.split())
            short = {k: v for k, v in words.items() if v < 22}
            if short:
                raise SystemExit(f"{f.rel}: sections under 22 words: {short}")
            E["paragraphs"] = [{"snippet": pick_snippet(t, corpus), "section": s}
                               for t, s in R.paragraphs]
            E["apparatus"] = R.apparatus
            E["appendix_rows"] = sorted(set(R.table_text))
            E["unit_figures"] = f.unit_figures
            for a in R.apparatus:
                for P in E["paragraphs"]:
                    if a in P["snippet"] or P["snippet"] in a:
                        raise SystemExit(f"{f.rel}: apparatus {a!r} overlaps {P['snippet']!r}")
        if f.role == "cover-letter" and f.R is not None:
            E["apparatus"] = f.R.apparatus     # its header, 'Kính gửi', signer: never compiled
        if f.role == "old-version":
            E["stale"] = [{"snippet": pick_snippet(t, corpus), "section": s} for t, s in f.stale]
        if f.role == "appendix" and f.R is not None:
            E["appendix_rows"] = sorted(set(f.R.table_text))
        E["leak"] = [leak_snippet(t, corpus) for t in f.leak_paras]
        expect[f.rel] = E
        print(f"{f.rel:70s} {f.role:13s} {len(E['paragraphs']):2d} paragraphs")
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as fh:
        json.dump(expect, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
