#!/usr/bin/env python3
"""probe59: builds submissions/ and expect.json from the report definitions (reports.py).

probe52's build (probe50's: probe41's pick_snippet and norm loaded, not copied; a section under
22 words refused; apparatus checked not to overlap a snippet; signer_title and late) with
probe51's handling of a workbook sent beside a report (R.extra). Same bytes on every run.
Usage: python3 gen/build.py   (python3, PyYAML, openpyxl; the gen/ of probes 58, 57, 56, 55, 54, 53, 52, 51, 50, 49,
48, 46, 44 and 41 must be there)."""

import importlib.util
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import reports  # noqa: E402

P41 = os.path.join(os.path.dirname(ROOT), "probe41", "gen")
_spec = importlib.util.spec_from_file_location("build41", os.path.join(P41, "build.py"))
build41 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build41)
norm, pick_snippet = build41.norm, build41.pick_snippet

DOCX_DIR = os.path.join(HERE, "docx")
SUB = os.path.join(ROOT, "submissions")


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    if os.path.isdir(SUB):
        shutil.rmtree(SUB)
    reps = [f() for f in reports.REPORTS]
    corpus = [norm(t) for R in reps for (t, _, _) in R.paragraphs]
    codes = [R.unit_code for R in reps]
    assert len(codes) == len(set(codes)), codes
    expect = {}
    for R in reps:
        path = os.path.join(DOCX_DIR, R.key + "." + R.ext)
        R.save(path)
        dest = os.path.join(SUB, R.category, R.filename)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        assert not os.path.exists(dest), dest
        shutil.copy(path, dest)
        for name, data in getattr(R, "extra", []):    # a workbook sent beside the report
            with open(os.path.join(DOCX_DIR, name), "wb") as f:
                f.write(data)
            shutil.copy(os.path.join(DOCX_DIR, name), os.path.join(os.path.dirname(dest), name))
        rel = os.path.relpath(dest, SUB)
        words = {}
        for text, sec, _ in R.paragraphs:
            words[sec] = words.get(sec, 0) + len(text.split())
        short = {k: v for k, v in words.items() if v < 22 and k not in R.short_ok}
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
            "unit_code": R.unit_code, "category": R.category, "format": R.ext,
            "date": R.date, "doc_number": R.doc_number, "signer": R.signer,
            "signer_title": R.signer_title, "late": R.late,
            "paragraphs": paras, "apparatus": R.apparatus, "appendix_rows": R.rows,
            "figures": R.figures, "problems": R.problems,
            "tolerated": sorted(set(R.tolerated)), "layout": R.notes,
        }
        print(f"{rel:62s} {len(paras):3d} paragraphs")
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
