#!/usr/bin/env python3
"""Scores probe45's run (out/ written by run.sh) against expect.json, UNIT BY UNIT: the point
is the files of a unit's folder together.

Per unit:
  counted    which of its files counted (the full compile's JSON: a file of the unit in
             check.json that is not superseded, not a companion, not rejected) vs the key's
             report (none for a unit that sent no report);
  status     `status --format json`: reported (on time / late) or not (missing / rejected);
  paragraphs every paragraph of the key's report in the full compiled Markdown: right
             (once, under its section and the unit's label), misfiled, lost, dup (probe39's
             parser, loaded by path); stale = a paragraph only the draft / old version has,
             found compiled;
  leak       the report's apparatus under the unit's label, and any sentence of a cover
             letter or e-mail ANYWHERE in the compiled Markdown;
  figures    the unit's own compile (all its files together, out/units/<code>/): by_category
             of the unit's category, against the key's figures for the unit (the full
             compile's table of units is compared too: a NOTE where it differs);
  meta       each file's unit_code (every file but junk and copies), and the counting
             report's date, number and signer (a cover letter's date and number) in check.json;
  codes      each file's codes in the full check JSON: codes_expected missing
             (`companion-file` on a cover letter…), false_diag = an error or warning the key
             neither expects nor tolerates.
Prints a block per unit, details to out/details.txt, and last
TOTAL units_right=../.. counted_right=../.. right=.. misfiled=.. lost=.. dup=.. stale=..
      leak=.. figs_right=../.. meta_wrong=.. codes_missing=.. false_diag=.. status_wrong=..
"""

import importlib.util
import json
import os
import sys
from collections import Counter, OrderedDict

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
OUT = os.path.join(ROOT, "out")

_spec = importlib.util.spec_from_file_location(
    "score39", os.path.join(os.path.dirname(ROOT), "probe39", "score.py"))
s39 = importlib.util.module_from_spec(_spec)
sys.argv_saved = sys.argv
_spec.loader.exec_module(s39)
s39.ROOT, s39.OUT = ROOT, OUT
nfc, clean, norm_number, num = s39.nfc, s39.clean, s39.norm_number, s39.num

IND = ["van-ban", "hoi-nghi", "tap-huan", "doi-thoai", "tiep-dan", "don-nhan",
       "don-giai-quyet", "dan-van-kheo", "truc-tuyen"]


def load(path, default):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception:
        return default


def rel_of(path):
    p = nfc(path or "")
    return p.split("submissions/", 1)[1] if "submissions/" in p else p


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(float(a) - float(b)) < 1e-6


def main():
    titles, cats, sig, names, out_name = s39.load_outline()
    expect = load(os.path.join(ROOT, "expect.json"), {})
    md_path = os.path.join(OUT, "compiled", out_name + ".md")
    blocks = s39.parse_compiled(md_path, titles, cats, sig)
    md_units = s39.parse_md_unit_table(md_path)
    all_text = " ".join(b[2] for b in blocks)
    check = load(os.path.join(OUT, "check.json"), {"files": []})
    comp = load(os.path.join(OUT, "compiled", out_name + ".json"), {})
    status = load(os.path.join(OUT, "status.json"), {})
    cu = comp.get("units", {})
    superseded = {rel_of(x["path"]): x for x in cu.get("superseded", [])}
    companions = {rel_of(x["path"]): x for x in cu.get("companions", [])}
    rejected = {rel_of(x["path"]): x for x in cu.get("rejected", [])}
    by_path = {rel_of(f["path"]): f for f in check.get("files", [])}
    states = {r["code"]: r for g in status.get("groups", []) for r in g.get("rows", [])}

    units = OrderedDict()
    for rel, E in expect.items():
        units.setdefault(E["unit_code"], []).append((nfc(rel), E))

    T = Counter()
    details = []
    for code, files in units.items():
        name = names.get(code, "?")
        cat = files[0][1]["category"]
        r = Counter()
        det = [f"== {code} {name}"]
        lines = []
        # ---- which file counted ---------------------------------------------------------
        want = [rel for rel, E in files if E["counts"]]
        got = sorted(rel for rel, f in by_path.items()
                     if f.get("unit_code") == code and rel not in superseded
                     and rel not in companions and rel not in rejected)
        counted_ok = sorted(want) == got
        r["counted_ok"] = int(counted_ok)
        # ---- status ---------------------------------------------------------------------
        st = states.get(code, {}).get("state")
        st_ok = (st in ("on-time", "late")) == bool(want)
        if not st_ok:
            r["status_wrong"] += 1
            det.append(f"  STATUS   {st!r}; expected {'reported' if want else 'missing or rejected'}")
        # ---- paragraphs, stale, leaks ---------------------------------------------------
        for rel, E in files:
            for P in E["paragraphs"]:
                snip = clean(P["snippet"])
                hits = [(b[0], b[1], b[2].count(snip)) for b in blocks if snip in b[2]]
                n = sum(h[2] for h in hits)
                where = "; ".join(f"{h[0]} / {h[1]}" + (f" x{h[2]}" if h[2] > 1 else "") for h in hits)
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
                r["paragraphs"] += 1
            for P in E["stale"]:
                snip = clean(P["snippet"])
                hits = [(b[0], b[1]) for b in blocks if snip in b[2]]
                if hits:
                    r["stale"] += 1
                    det.append(f"  STALE    {rel_of(rel)}: [{P['section']}] {P['snippet']} -> "
                               f"{hits[0][0]} / {hits[0][1]}")
            for a in E["apparatus"]:
                s = clean(a)
                found = [b for b in blocks if b[1] == name and s in b[2]]
                if found:
                    r["leak"] += 1
                    det.append(f"  LEAK     {a!r} in {found[0][0]}: …{found[0][2][:160]}…")
            for a in E["leak"]:
                s = clean(a)
                found = [b for b in blocks if s in b[2]]
                if found:
                    r["leak"] += 1
                    det.append(f"  LEAK     {os.path.basename(rel)}: {a!r} in {found[0][0]} / "
                               f"{found[0][1]}")
            for a in E["appendix_rows"]:
                s = clean(a)
                if any(b[1] == name and s in b[2] for b in blocks):
                    r["quoted"] += 1
                    det.append(f"  QUOTED   appendix row {a!r} ({os.path.basename(rel)})")
        # ---- figures: the unit's own compile --------------------------------------------
        keyfig = next((E.get("unit_figures") for rel, E in files if E["counts"]), None)
        uj = load(os.path.join(OUT, "units", code, "out", out_name + ".json"), None)
        ustdout = ""
        try:
            ustdout = open(os.path.join(OUT, "units", code, "stdout"), encoding="utf-8").read()
        except OSError:
            pass
        uexit = ustdout.strip().rsplit("compile exit:", 1)[-1].strip() if "compile exit:" in ustdout else "?"
        figs_line = ""
        if keyfig is not None:
            md_row = md_units.get(name)
            for ind in IND:
                w = keyfig.get(ind)
                if uj is None:
                    g = "no compile"
                else:
                    v = uj.get("appendix", {}).get(ind, {})
                    g = None if v.get("reported", 0) == 0 else v.get("by_category", {}).get(cat)
                r["figs_n"] += 1
                if same(w, g):
                    r["figs"] += 1
                else:
                    det.append(f"  FIGURE   {ind}: expected {w}, unit compile {g}")
                if md_row is not None:
                    mdv = num(md_row[IND.index(ind)])
                    if not same(mdv, w):
                        det.append(f"  NOTE     {ind}: full compile's table of units says {mdv} "
                                   f"(expected {w})")
            figs_line = f"figs={r['figs']}/{r['figs_n']}"
        else:
            rep = None if uj is None else sum(1 for v in uj.get("appendix", {}).values()
                                              if v.get("reported", 0))
            figs_line = (f"figs: none expected; unit compile exit {uexit}"
                         + ("" if rep is None else f", {rep} indicators counted"))
            if rep:
                det.append(f"  FIGURE   a unit with no report: its compile counted {rep} indicators")
        # ---- per file: metadata and codes -----------------------------------------------
        for rel, E in files:
            F = by_path.get(rel)
            diags = F.get("diagnostics", []) if F else []
            cs = Counter(d["code"] for d in diags if d["code"] != "metadata-inferred")
            codes = ", ".join(f"{c}×{n}" if n > 1 else c for c, n in sorted(cs.items())) or "-"
            marks = []
            if F is None and E["format"] != "xlsx":
                marks.append("not in check")
            claimed = F is None and E["format"] == "xlsx"
            if claimed:
                marks.append("not listed: claimed by a report (README)")
            if E["role"] not in ("junk", "copy") and not claimed:
                gotc = F.get("unit_code") if F else None
                if gotc != code:
                    r["meta"] += 1
                    marks.append(f"unit_code {gotc}")
                    det.append(f"  META     {rel_of(rel)}: unit_code {gotc!r}, expected {code!r}")
            if F is not None:
                md = F.get("metadata") or {}

                def val(k):
                    v = md.get(k)
                    return nfc(str(v.get("value"))) if isinstance(v, dict) and v.get("value") is not None else None
                for k in ("date", "doc_number", "signer"):
                    if k not in E["meta"]:
                        continue
                    w = E["meta"][k]           # None: the file has none of its own
                    g = val(k)
                    if w is None:
                        ok = g is None
                    else:
                        ok = (norm_number(g) == norm_number(w)) if k == "doc_number" else (
                            g is not None and nfc(g).strip() == nfc(w))
                    if not ok:
                        r["meta"] += 1
                        marks.append(f"{k} {g}")
                        det.append(f"  META     {rel_of(rel)}: {k} expected {w!r}, got {g!r}")
            for c in E["codes_expected"]:
                if c not in cs:
                    r["codes_missing"] += 1
                    marks.append(f"MISSING {c}")
                    det.append(f"  MISSING  {rel_of(rel)}: expected code {c} not given")
            allowed = set(E["problems"]) | set(E["tolerated"])
            for d in diags:
                if d["severity"] in ("error", "warning") and d["code"] not in allowed:
                    r["false"] += 1
                    det.append(f"  FALSE    {rel_of(rel)}: {d['severity']} {d['code']} "
                               f"line {d.get('line')}: {d.get('message', '')[:200]}")
                    if f"FALSE {d['code']}" not in marks:
                        marks.append(f"FALSE {d['code']}")
            fate = ("counted" if rel in got else "superseded" if rel in superseded else
                    "companion" + ("+figures" if companions[rel].get("figures") else "")
                    if rel in companions else "rejected" if rel in rejected else
                    "claimed by a report (not listed)" if F is None and E["format"] == "xlsx" else
                    "not read" if F is None else "-")
            if rel in companions and companions[rel].get("of"):
                fate += " of " + os.path.basename(rel_of(companions[rel]["of"]))
            lines.append(f"   {E['role']:12s} {os.path.basename(rel)[:52]:52s} {fate}\n"
                         f"   {'':12s} codes: {codes}" + (f"  [{'; '.join(marks)}]" if marks else ""))
        # ---- the unit's line ------------------------------------------------------------
        bad = (not counted_ok or not st_ok or r["lost"] or r["dup"] or r["misfiled"] or r["stale"]
               or r["leak"] or r["figs"] != r["figs_n"] or r["meta"] or r["codes_missing"] or r["false"])
        r["unit_ok"] = int(not bad)
        print(f"== {code} {name}: {'OK' if not bad else 'SHORT'}")
        print(f"   counted: {', '.join(os.path.basename(g) for g in got) or 'none'} "
              f"[{'ok' if counted_ok else 'WRONG, key: ' + (', '.join(os.path.basename(w) for w in want) or 'none')}]"
              f"; status {st} [{'ok' if st_ok else 'WRONG'}]")
        print(f"   paragraphs right={r['right']}/{r['paragraphs']} misfiled={r['misfiled']} "
              f"lost={r['lost']} dup={r['dup']} stale={r['stale']} leak={r['leak']}; {figs_line}; "
              f"meta_wrong={r['meta']} codes_missing={r['codes_missing']} false_diag={r['false']}")
        for line in lines:
            print(line)
        details.extend(det)
        T.update(r)
        T["units"] += 1
    # files the key does not know (none expected)
    for rel in sorted(set(by_path) - {nfc(k) for k in expect}):
        print(f"EXTRA FILE in check.json: {rel}")
    with open(os.path.join(OUT, "details.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(details) + "\n")
    print(f"EXTRA appendix_rows_quoted={T['quoted']} paragraphs={T['paragraphs']} "
          f"superseded={len(superseded)} companions={len(companions)} rejected={len(rejected)}")
    print(f"TOTAL units_right={T['unit_ok']}/{T['units']} counted_right={T['counted_ok']}/{T['units']} "
          f"right={T['right']} misfiled={T['misfiled']} lost={T['lost']} dup={T['dup']} "
          f"stale={T['stale']} leak={T['leak']} figs_right={T['figs']}/{T['figs_n']} "
          f"meta_wrong={T['meta']} codes_missing={T['codes_missing']} false_diag={T['false']} "
          f"status_wrong={T['status_wrong']}")


if __name__ == "__main__":
    main()
