#!/usr/bin/env python3
"""probe43: builds submissions/ and expect.json from the report definitions (r43_a/b/c.py).

Word reports are written to gen/docx/<key>.docx and delivered as the .docx itself, or as
an .odt saved by LibreOffice (made reproducible by docbuild.fix_odt); text a unit wrote
itself (md-hand: a blank line after every line; txt-mail: an e-mail body wrapped at 76
columns) is written as it is. probe41's build (pick_snippet, nfc, norm) is loaded, not
copied. Every file is the same bytes on every run (fixed properties and zip times).
Usage: python3 gen/build.py   (python-docx 1.2, openpyxl, PyYAML, soffice 7.4)"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import r43_a  # noqa: E402
import r43_b  # noqa: E402
import r43_c  # noqa: E402
from docbuild import fix_odt  # noqa: E402

P41 = os.path.join(os.path.dirname(ROOT), "probe41", "gen")
sys.path.append(P41)
_spec = importlib.util.spec_from_file_location("build41", os.path.join(P41, "build.py"))
build41 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build41)
nfc, norm, pick_snippet = build41.nfc, build41.norm, build41.pick_snippet

DOCX_DIR = os.path.join(HERE, "docx")
SUB = os.path.join(ROOT, "submissions")
LO_PROFILE = "file:///tmp/p43_lo_profile"
TEXT_FORMATS = ("md-hand", "txt-mail")


def deliver(R, docx_path):
    cat_dir = os.path.join(SUB, R.category)
    os.makedirs(cat_dir, exist_ok=True)
    dest = os.path.join(cat_dir, R.filename)
    if R.fmt in TEXT_FORMATS:
        with open(dest, "w", encoding="utf-8", newline="\n") as f:
            f.write(nfc(R.text()))
    elif R.fmt == "odt":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                            "--convert-to", "odt:writer8", "--outdir", td, docx_path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(td, R.key + ".odt"), dest)
        fix_odt(dest)
    elif R.fmt == "docx":
        shutil.copy(docx_path, dest)
    else:
        raise SystemExit(R.fmt)
    return os.path.relpath(dest, SUB)


def own_lines(R):
    """The unit's own lines outside tables (an appendix label found there is text too)."""
    if R.doc is None:
        return [norm(l) for l in R.lines
                if l.strip() and not l.lstrip().startswith("|") and "\t" not in l.strip()]
    return [norm(p.text) for p in R.doc.paragraphs if p.text.strip()]


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    if os.path.isdir(SUB):
        shutil.rmtree(SUB)
    reports = [f() for f in r43_a.REPORTS + r43_b.REPORTS + r43_c.REPORTS]
    corpus = [norm(t) for R in reports for (t, _) in R.paragraphs]
    codes = [R.unit_code for R in reports]
    assert len(codes) == len(set(codes)), codes
    expect = {}
    for R in reports:
        docx_path = None
        if R.doc is not None:
            docx_path = os.path.join(DOCX_DIR, R.key + ".docx")
            R.save(docx_path)
        rel = deliver(R, docx_path)
        words = {}
        for text, sec in R.paragraphs:
            words[sec] = words.get(sec, 0) + len(text.split())
        short = {k: v for k, v in words.items() if v < 22 and k not in ("other", "phu-luc")}
        if short:
            raise SystemExit(f"{R.key}: sections under 22 words: {short}")
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
        print(f"{rel:62s} {R.fmt:10s} {len(paras):3d} paragraphs")
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for dirpath, _, files in os.walk(SUB):
        for fn in files:
            if fn.endswith((".md", ".txt")):
                with open(os.path.join(dirpath, fn), "rb") as fh:
                    head = fh.read(8)
                assert not head.lstrip(b"\xef\xbb\xbf").startswith(b"---"), fn


if __name__ == "__main__":
    main()
