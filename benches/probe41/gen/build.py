#!/usr/bin/env python3
"""probe41: builds submissions/ and expect.json from the report definitions.

Each report is written in Word (gen/docx/<key>.docx) and delivered the way a unit sends it:
pandoc Markdown, gfm, LibreOffice plain text (UTF-8), Windows-1258 text (CRLF), a Notepad
paste saved as "Unicode" (UTF-16 LE with a BOM, CRLF), or the .docx itself.  Usage: python3 gen/build.py  (needs python-docx, pandoc, soffice)."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import reports_a  # noqa: E402
import reports_b  # noqa: E402
import reports_c  # noqa: E402
from docbuild import notepad_text, word_text  # noqa: E402

DOCX_DIR = os.path.join(HERE, "docx")
SUB = os.path.join(ROOT, "submissions")
LO_PROFILE = "file:///tmp/lo_probe41_profile"

CLEAN_WORD = re.compile(r"^[0-9A-Za-zÀ-ỹĐđ.,;:%()/+\-]+$")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s)).strip()


def pick_snippet(text, corpus, lo=8):
    """A distinctive 6-10-word run of the paragraph: no quote, dash or markup characters,
    not at the paragraph's very start (a marker or run-in label may be reshaped), and
    found in no other paragraph of any report."""
    words = norm(text).split(" ")
    for n in (lo, 9, 10, 7, 6):
        starts = list(range(2, max(3, len(words) - n + 1))) + [0, 1]
        for s in starts:
            win = words[s:s + n]
            if len(win) < n:
                continue
            if not all(CLEAN_WORD.match(w) for w in win):
                continue
            if win[0] in ("-", "+") or win[-1] in ("-", "+"):
                continue
            snip = " ".join(win).strip(" ,;:")
            if len(snip.split()) < 6:
                continue
            hits = sum(1 for t in corpus if snip in t)
            if hits == 1:
                return snip
    raise SystemExit(f"no distinctive snippet in: {text}")


def soffice_txt(docx_path, outdir, charset="UTF8"):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", f"txt:Text (encoded):{charset}", "--outdir", outdir,
                    docx_path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".txt")


# Windows-1258 writes the letters with circumflex, breve, horn and đ precomposed and the
# five tone marks as combining characters (what Word's "Vietnamese (Windows)" does).
def to_cp1258(text):
    out = []
    for ch in nfc(text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        # recompose the base with a non-tone diacritic when cp1258 has it
        for m in ("\u0302", "\u0306", "\u031B"):
            if m in marks:
                cand = unicodedata.normalize("NFC", base + m)
                try:
                    cand.encode("cp1258")
                    base = cand
                    marks = marks.replace(m, "")
                except UnicodeEncodeError:
                    pass
        out.append((base + marks).encode("cp1258"))
    return b"".join(out)


def deliver(R, docx_path):
    cat_dir = os.path.join(SUB, R.category)
    os.makedirs(cat_dir, exist_ok=True)
    dest = os.path.join(cat_dir, R.filename)
    if R.fmt in ("markdown", "gfm", "markdown_strict"):
        subprocess.run(["pandoc", docx_path, "-t", R.fmt, "-o", dest], check=True)
    elif R.fmt == "lo-txt":
        with tempfile.TemporaryDirectory() as td:
            out = soffice_txt(docx_path, td)
            shutil.copy(out, dest)
    elif R.fmt == "cp1258":
        with tempfile.TemporaryDirectory() as td:
            out = soffice_txt(docx_path, td)
            text = open(out, encoding="utf-8-sig").read()
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
            with open(dest, "wb") as f:
                f.write(to_cp1258(text))
    elif R.fmt == "utf16-notepad":
        text = notepad_text(R.doc).replace("\n", "\r\n")
        with open(dest, "wb") as f:
            f.write(b"\xff\xfe" + nfc(text).encode("utf-16-le"))
    elif R.fmt == "docx":
        shutil.copy(docx_path, dest)
    elif R.fmt == "doc":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                            "--convert-to", "doc:MS Word 97", "--outdir", td, docx_path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(td, R.key + ".doc"), dest)
    elif R.fmt == "commonmark":
        subprocess.run(["pandoc", docx_path, "-t", "commonmark", "-o", dest], check=True)
    elif R.fmt == "md-setext-html":
        subprocess.run(["pandoc", docx_path, "-t",
                        "markdown-pipe_tables-simple_tables-multiline_tables-grid_tables",
                        "--markdown-headings=setext", "-o", dest], check=True)
    elif R.fmt == "word-txt":
        text = nfc(word_text(R)).replace("\n", "\r\n")
        with open(dest, "wb") as f:
            f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    else:
        raise SystemExit(R.fmt)
    return os.path.relpath(dest, SUB)


def write_xlsx(path, title, header, rows):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu 01"
    ncol = len(header)
    r = 1
    for t in title:
        ws.cell(row=r, column=1, value=t).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    for c, h in enumerate(header, 1):
        ws.cell(row=r, column=c, value=h).font = Font(bold=True)
    for row in rows:
        r += 1
        pct = row[2] == "%"
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, (int, float)) and c > 3:
                cell.number_format = "0.0%" if pct else "#,##0"
    ws.column_dimensions["B"].width = 48
    wb.save(path)


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    if os.path.isdir(SUB):
        shutil.rmtree(SUB)
    reports = [f() for f in reports_a.REPORTS + reports_b.REPORTS + reports_c.REPORTS]
    corpus = [norm(t) for R in reports for (t, _) in R.paragraphs]
    # headings and apparatus must not hold a snippet either
    extra = []
    for R in reports:
        for p in R.doc.paragraphs:
            extra.append(norm(p.text))
    expect = {}
    for R in reports:
        docx_path = os.path.join(DOCX_DIR, R.key + ".docx")
        R.save(docx_path)
        rel = deliver(R, docx_path)
        if R.xlsx:
            write_xlsx(os.path.join(SUB, R.category, R.xlsx[0]), **R.xlsx[1])
        words = {}
        for text, sec in R.paragraphs:
            words[sec] = words.get(sec, 0) + len(text.split())
        short = {k: v for k, v in words.items() if v < 22 and k not in ("other", "phu-luc")}
        if short:
            raise SystemExit(f"{R.key}: sections under the outline's min_words: {short}")
        paras = []
        for text, sec in R.paragraphs:
            snip = pick_snippet(text, corpus)
            paras.append({"snippet": snip, "section": sec})
        for a in R.apparatus:
            for P in paras:
                if a in P["snippet"] or P["snippet"] in a:
                    raise SystemExit(f"apparatus {a!r} overlaps {P['snippet']!r}")
        own = [norm(p.text).lower() for p in R.doc.paragraphs
               if p.text.strip() and p.text not in R.appendix_paras]
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
            # the tool's advice on a converted Word file's headings: intended, not a fault
            "tolerated": sorted(set(R.tolerated) | (
                {"pseudo-heading"} if R.fmt in ("markdown", "gfm", "markdown_strict", "commonmark", "md-setext-html") else set())),
            "layout": R.notes,
        }
        print(f"{rel:60s} {R.fmt:16s} {len(paras):3d} paragraphs")
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
    # no YAML front matter anywhere
    for dirpath, _, files in os.walk(SUB):
        for fn in files:
            if fn.endswith((".md", ".txt")):
                with open(os.path.join(dirpath, fn), "rb") as fh:
                    head = fh.read(8)
                assert not head.lstrip(b"\xef\xbb\xbf").startswith(b"---"), fn


if __name__ == "__main__":
    main()
