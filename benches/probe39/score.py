#!/usr/bin/env python3
"""Scores a baocao run (out/ written by run.sh) against expect.json.

For every expected paragraph snippet: where it lands in the compiled Markdown (under which
outline section heading, and which unit's label), how many times; apparatus snippets found
in the unit's compiled excerpts (leak); figures of the unit (per-file compile JSON);
metadata in check JSON; error/warning diagnostics the report does not deserve.
Optional keys (probe52 on; a key without them is scored as before): "signer_title" (the
title the signer signs with, compared without case or spacing) and "late" (the report dated
after the unit's last day on time: check JSON's late_days > 0; no late_days counts only
against a late report), each wrong one a meta_wrong;
a deserved diagnostic ("problems") not given is counted as missed_diag on the EXTRA line,
printed only when there is one (earlier probes' lines unchanged).

Prints one line per file, details to out/details.txt, and last:
TOTAL right=.. misfiled=.. lost=.. dup=.. leak=.. figs_right=../.. meta_wrong=.. false_diag=..
"""

import json
import os
import re
import sys
import unicodedata

import yaml

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
OUT = os.path.join(ROOT, "out")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    """Case, diacritics (đ -> d), punctuation and leading numbering folded."""
    s = nfc(s).lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def strip_numbering(s):
    return re.sub(r"^\s*(?:[IVXLC]+|[0-9]+|[a-zđ])\s*[-.)/:]\s*", "", s.strip())


def clean(s):
    """Markdown text as read: escapes, emphasis, spans, HTML tags and table rules gone."""
    s = nfc(s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = re.sub(r"\]\{[^}]*\}", "", s)
    s = s.replace("\\", "")
    s = re.sub(r"[*\[\]|]", " ", s)
    s = re.sub(r"(?<!\w)_+|_+(?!\w)", " ", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def load_outline():
    with open(os.path.join(ROOT, "outline", "outline.yaml"), encoding="utf-8") as f:
        o = yaml.safe_load(f)
    titles = {}

    def walk(secs, prefix=""):
        for s in secs:
            sid = prefix + s["id"]
            titles[fold(s["title"])] = sid
            walk(s.get("sections", []) or [], sid + ".")
    walk(o["sections"])
    cats = {c["name"] for c in o["categories"]}
    doc = o.get("document", {})
    sig = doc.get("signature", {})
    with open(os.path.join(ROOT, "outline", "units.yaml"), encoding="utf-8") as f:
        units = yaml.safe_load(f)["units"]
    names = {u["code"]: nfc(u["name"]) for u in units}
    out_name = doc.get("output_name", "bao-cao-tong-hop")
    return titles, cats, sig, names, out_name


def parse_compiled(path, titles, cats, sig):
    """Blocks of the compiled Markdown: (section, unit, text)."""
    blocks = []
    if not os.path.exists(path):
        return blocks
    lines = open(path, encoding="utf-8").read().split("\n")
    section, unit, buf = "preamble", None, []
    sig_lines = [f"**{sig.get('on_behalf', '')}**", f"**{sig.get('title', '')}**",
                 f"**{sig.get('name', '')}**"]

    def flush():
        nonlocal buf
        text = clean(" ".join(buf))
        if text:
            blocks.append((section, unit, text))
        buf = []

    i = 0
    in_fm = lines and lines[0].strip() == "---"
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        if in_fm:
            if i > 0 and line == "---":
                in_fm = False
            i += 1
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        if m:
            key = fold(strip_numbering(m.group(2)))
            if key in titles and len(m.group(1)) == titles[key].count(".") + 1:
                # the compiled report's own section heading (a unit's heading quoted in
                # an excerpt is set deeper, ### and below)
                flush()
                section, unit = titles[key], None
                i += 1
                continue
            if key == fold("Danh sách đơn vị và tình hình gửi báo cáo"):
                flush()
                section, unit = "end", None
                i += 1
                continue
        if line == "**Nội dung khác của các đơn vị**":
            flush()
            section, unit = "other", None
            i += 1
            continue
        if line.startswith("**") and line.endswith("**") and line[2:-2] in cats:
            flush()
            unit = None
            i += 1
            continue
        if line in ("**Biểu 1. Tổng hợp số liệu theo loại đơn vị**",
                    "**Biểu 2. Số liệu của từng đơn vị**",
                    "**Ghi chú của các đơn vị về số liệu**"):
            flush()
            unit = None
            i += 1
            continue
        if line.rstrip() == sig_lines[0]:
            nxt = [l.strip() for l in lines[i + 1:i + 6] if l.strip()]
            if len(nxt) >= 2 and nxt[0] == sig_lines[1] and nxt[1] == sig_lines[2]:
                flush()
                section, unit = "compiled-signature", None
                i += 1
                continue
        m = re.match(r"^\*([^*].*?)(?: \(nộp muộn\))?:\*$", line)
        if m and section not in ("preamble",):
            flush()
            unit = nfc(m.group(1))
            i += 1
            continue
        if not line:
            flush()
        else:
            buf.append(line)
        i += 1
    flush()
    return blocks


def parse_md_unit_table(path):
    """Biểu 2 of the compiled Markdown: unit name -> list of 9 cells."""
    rows = {}
    if not os.path.exists(path):
        return rows
    text = open(path, encoding="utf-8").read()
    m = re.search(r"\*\*Biểu 2\. Số liệu của từng đơn vị\*\*\n\n(.*?)\n\n", text, re.S)
    if not m:
        return rows
    for line in m.group(1).split("\n")[2:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3:
            rows[nfc(cells[1])] = cells[2:]
    return rows


def num(cell):
    cell = cell.strip()
    if not cell or cell == "x":
        return None
    try:
        return float(cell.replace(".", "").replace(",", "."))
    except ValueError:
        return None


def norm_number(s):
    s = nfc(s or "").strip()
    s = re.sub(r"^Số\s*:?\s*", "", s)
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", "", s)


def title_key(s):
    """A signer's title compared as an officer reads it: NFC, case and spacing aside."""
    return re.sub(r"\s+", " ", nfc(s)).strip().lower()


def main():
    titles, cats, sig, names, out_name = load_outline()
    expect = json.load(open(os.path.join(ROOT, "expect.json"), encoding="utf-8"))
    md_path = os.path.join(OUT, "compiled", out_name + ".md")
    blocks = parse_compiled(md_path, titles, cats, sig)
    md_units = parse_md_unit_table(md_path)
    indicator_order = ["van-ban", "hoi-nghi", "tap-huan", "doi-thoai", "tiep-dan", "don-nhan",
                       "don-giai-quyet", "dan-van-kheo", "truc-tuyen"]
    try:
        check = json.load(open(os.path.join(OUT, "check.json"), encoding="utf-8"))
    except Exception:
        check = {"files": []}
    by_path = {}
    for f in check.get("files", []):
        p = f.get("path", "")
        k = p.split("submissions/", 1)[1] if "submissions/" in p else p
        by_path[nfc(k)] = f
    single = {}
    idx = os.path.join(OUT, "single", "index.tsv")
    if os.path.exists(idx):
        for line in open(idx, encoding="utf-8"):
            n, rel = line.rstrip("\n").split("\t")
            single[nfc(rel)] = os.path.join(OUT, "single", n, "out", out_name + ".json")

    T = dict(right=0, misfiled=0, lost=0, dup=0, leak=0, figs=0, figs_n=0, meta=0, false=0,
             quoted=0, tolerated=0, missed=0)
    details = []
    for rel, E in expect.items():
        rel = nfc(rel)
        name = names.get(E["unit_code"], "?")
        r = dict(right=0, misfiled=0, lost=0, dup=0, leak=0, figs=0, figs_n=0, meta=0,
                 false=0, quoted=0, tolerated=0, missed=0)
        det = [f"== {rel}  [{E['unit_code']} {name}; {E['format']}]"]
        for P in E["paragraphs"]:
            snip = clean(P["snippet"])
            hits = [(b[0], b[1], b[2].count(snip)) for b in blocks if snip in b[2]]
            n = sum(h[2] for h in hits)
            where = "; ".join(f"{h[0]} / {h[1]}" + (f" x{h[2]}" if h[2] > 1 else "")
                              for h in hits)
            if n == 0:
                r["lost"] += 1
                det.append(f"  LOST     [{P['section']}] {P['snippet']}")
            elif n > 1:
                r["dup"] += 1
                det.append(f"  DUP      [{P['section']}] {P['snippet']}  -> {where}")
            elif hits[0][0] == P["section"] and hits[0][1] == name:
                r["right"] += 1
            else:
                r["misfiled"] += 1
                det.append(f"  MISFILED [{P['section']}] {P['snippet']}  -> {where}")
        for a in E["apparatus"]:
            s = clean(a)
            found = [b for b in blocks if b[1] == name and s in b[2]]
            if found:
                r["leak"] += 1
                det.append(f"  LEAK     {a!r} in {found[0][0]}: …{found[0][2][:160]}…")
        for a in E.get("appendix_rows", []):
            s = clean(a)
            found = [b for b in blocks if b[1] == name and s in b[2]]
            if found:
                r["quoted"] += 1
                det.append(f"  QUOTED   appendix row {a!r} quoted as text in {found[0][0]}")
        # figures: the unit's own compile
        fig_json = {}
        jp = single.get(rel)
        if jp and os.path.exists(jp):
            J = json.load(open(jp, encoding="utf-8"))
            for ind, v in J.get("appendix", {}).items():
                if v.get("reported", 0) == 0:
                    fig_json[ind] = None
                else:
                    fig_json[ind] = v.get("by_category", {}).get(E["category"])
        md_row = md_units.get(name)
        for ind, want in E["figures"].items():
            r["figs_n"] += 1
            got = fig_json.get(ind) if jp and os.path.exists(jp) else "no compile"
            ok = (want is None and got is None) or (
                want is not None and isinstance(got, (int, float))
                and abs(float(got) - float(want)) < 1e-6)
            mdv = None
            if md_row and ind in indicator_order:
                mdv = num(md_row[indicator_order.index(ind)])
            if jp and os.path.exists(jp) and md_row is not None and not (
                    (mdv is None and got is None) or (mdv is not None and isinstance(
                        got, (int, float)) and abs(float(got) - mdv) < 1e-6)):
                det.append(f"  NOTE     {ind}: per-file compile JSON {got} but the full "
                           f"compile's table of units says {mdv}")
            if ok:
                r["figs"] += 1
            else:
                det.append(f"  FIGURE   {ind}: expected {want}, compiled JSON {got}"
                           f" (compiled table: {mdv})")
        # metadata and diagnostics
        F = by_path.get(rel)
        if F is None:
            r["meta"] += 4 + sum(1 for k in ("signer_title", "late") if k in E)
            det.append("  META     file not in check JSON")
            diags = []
        else:
            md = F.get("metadata") or {}

            def val(k):
                v = md.get(k)
                return nfc(str(v.get("value"))) if isinstance(v, dict) and v.get("value") is not None else None
            got = {"unit_code": F.get("unit_code") or val("unit_code"), "date": val("date"),
                   "doc_number": val("doc_number"), "signer": val("signer")}
            for k in ("unit_code", "date", "doc_number", "signer"):
                g, w = got[k], E[k]
                ok = (norm_number(g) == norm_number(w)) if k == "doc_number" else (
                    g is not None and nfc(g).strip() == nfc(w))
                if not ok:
                    r["meta"] += 1
                    det.append(f"  META     {k}: expected {w!r}, got {g!r}")
            # probe52 on: the officer's reading of the signer's title (as written, case and
            # spacing aside) and of the deadline (late or not), scored where the key has them
            if "signer_title" in E:
                g, w = val("signer_title"), E["signer_title"]
                if (g is None) != (w is None) or (g is not None and title_key(g) != title_key(w)):
                    r["meta"] += 1
                    det.append(f"  META     signer_title: expected {w!r}, got {g!r}")
            if "late" in E:
                ld = F.get("late_days")
                g = None if ld is None else ld > 0
                # no late_days (no date or no unit read): already a date or unit_code miss,
                # counted again only where the report is late
                if g != E["late"] and not (g is None and not E["late"]):
                    r["meta"] += 1
                    det.append(f"  META     late: expected {E['late']!r}, got late_days {ld!r}")
            diags = F.get("diagnostics", [])
        def expected(d, entries):
            for p in entries:
                code, _, target = p.partition(":")
                if code == d["code"] and (not target or target in (d.get("section"),
                                                                   d.get("indicator"))):
                    return p
            return None
        allowed = list(E["problems"]) + list(E.get("tolerated", []))
        emitted = set()
        for d in diags:
            hit = expected(d, E["problems"])
            if hit:
                emitted.add(hit)
            if d["severity"] in ("error", "warning") and not hit and expected(
                    d, E.get("tolerated", [])):
                r["tolerated"] += 1
            if d["severity"] in ("error", "warning") and not expected(d, allowed):
                r["false"] += 1
                det.append(f"  FALSE    {d['severity']} {d['code']} line {d.get('line')}: "
                           f"{d.get('message', '')[:220]}")
        for p in E["problems"]:
            if p not in emitted:
                r["missed"] += 1
                det.append(f"  MISSED   expected diagnostic {p} not given")
        for k in T:
            T[k] += r[k]
        total_p = len(E["paragraphs"])
        print(f"{rel:62s} right={r['right']}/{total_p} misfiled={r['misfiled']} "
              f"lost={r['lost']} dup={r['dup']} leak={r['leak']} "
              f"figs={r['figs']}/{r['figs_n']} meta_wrong={r['meta']} false_diag={r['false']}"
              f" | quoted_rows={r['quoted']} tolerated_diag={r['tolerated']}")
        details.extend(det)
    with open(os.path.join(OUT, "details.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(details) + "\n")
    # a deserved diagnostic not given is counted here, not in TOTAL (probe52 on); the field is
    # printed only when there is one, so that earlier probes' lines stay as they were
    print(f"EXTRA appendix_rows_quoted={T['quoted']} tolerated_diag={T['tolerated']} "
          f"paragraphs={sum(len(E['paragraphs']) for E in expect.values())}"
          + (f" missed_diag={T['missed']}" if T["missed"] else ""))
    print(f"TOTAL right={T['right']} misfiled={T['misfiled']} lost={T['lost']} dup={T['dup']} "
          f"leak={T['leak']} figs_right={T['figs']}/{T['figs_n']} meta_wrong={T['meta']} "
          f"false_diag={T['false']}")


if __name__ == "__main__":
    main()
