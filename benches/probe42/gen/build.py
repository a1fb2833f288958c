#!/usr/bin/env python3
"""probe42: builds submissions/ and expect.json from the report definitions (r42_a/b/c.py).

Word reports are written to gen/docx/<key>.docx and delivered as the .docx itself or
through pandoc (probe41's deliver(), loaded, not copied); Markdown a unit typed or exported
itself (md-hand, gdocs-md) is written as it is; 'utf16be-notepad' is a Notepad paste saved
as 'Unicode big endian'. Workbooks: docbuild.write_workbook. Every file is the same bytes on
every run (fixed document properties and zip entry times).
Usage: python3 gen/build.py   (python-docx 1.2, openpyxl, pandoc 2.17)"""

import importlib.util
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import r42_a  # noqa: E402
import r42_b  # noqa: E402
import r42_c  # noqa: E402
from docbuild import fix_zip, notepad_text, word_text, write_workbook  # noqa: E402

# probe41's build (deliver, snippets): its own folder goes last on the path so that its
# `import reports_a` finds probe41's modules and `docbuild` is ours (a superset of its own).
P41 = os.path.join(os.path.dirname(ROOT), "probe41", "gen")
sys.path.append(P41)
_spec = importlib.util.spec_from_file_location("build41", os.path.join(P41, "build.py"))
build41 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build41)
nfc, norm, pick_snippet = build41.nfc, build41.norm, build41.pick_snippet

DOCX_DIR = os.path.join(HERE, "docx")
SUB = os.path.join(ROOT, "submissions")
build41.SUB = SUB
MD_FORMATS = ("markdown", "gfm", "markdown_strict", "commonmark", "md-setext-html",
              "md-hand", "gdocs-md")


def deliver(R, docx_path):
    cat_dir = os.path.join(SUB, R.category)
    os.makedirs(cat_dir, exist_ok=True)
    dest = os.path.join(cat_dir, R.filename)
    if R.fmt in ("md-hand", "gdocs-md"):
        with open(dest, "w", encoding="utf-8", newline="\n") as f:
            f.write(nfc(R.text()))
    elif R.fmt == "utf16be-notepad":
        text = nfc(word_text(R)).replace("\n", "\r\n")
        with open(dest, "wb") as f:
            f.write(b"\xfe\xff" + text.encode("utf-16-be"))
    else:
        return build41.deliver(R, docx_path)
    return os.path.relpath(dest, SUB)


def own_lines(R):
    if R.doc is None:
        return [norm(l) for l in R.lines if l.strip() and not l.lstrip().startswith("|")]
    return [norm(p.text) for p in R.doc.paragraphs if p.text.strip()]


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    if os.path.isdir(SUB):
        shutil.rmtree(SUB)
    reports = [f() for f in r42_a.REPORTS + r42_b.REPORTS + r42_c.REPORTS]
    corpus = [norm(t) for R in reports for (t, _) in R.paragraphs]
    expect = {}
    for R in reports:
        docx_path = None
        if R.doc is not None:
            docx_path = os.path.join(DOCX_DIR, R.key + ".docx")
            R.save(docx_path)
        rel = deliver(R, docx_path)
        sheets = getattr(R, "xlsx_sheets", None)
        if sheets:
            write_workbook(os.path.join(SUB, R.category, sheets[0]), sheets[1])
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
            "tolerated": sorted(set(R.tolerated) | (
                {"pseudo-heading"} if R.fmt in MD_FORMATS else set())),
            "layout": R.notes,
        }
        print(f"{rel:62s} {R.fmt:16s} {len(paras):3d} paragraphs")
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
