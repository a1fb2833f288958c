#!/usr/bin/env bash
# repro.sh [FILE ...]: check + compile each minimal file of repro/ alone (BIN= the binary,
# default /work/review-bin20/baocao) and print the metadata read (unit code, the unit as
# written, number, date, signer, title, late days), the errors and warnings, the unit_code
# note (it says when the file name agrees), the figures the compiled JSON counts, then every
# block of the unit's text in the compiled report with the outline section it landed under
# ('other' = 'Nội dung khác của các đơn vị'), first 90 characters. A header line in 'other'
# is a leak; nothing listed means the report was not compiled.
# (probe55's repro.sh.)
set -u
H="$(cd "$(dirname "$0")" && pwd)"
BIN=${BIN:-/work/review-bin20/baocao}
OUTL=$H/../../outline
[ $# -gt 0 ] || set -- "$H"/repro/*
for f in "$@"; do
  n=$(basename "$f"); n=${n%.*}; D="/tmp/p56r/$n"
  rm -rf "$D"; mkdir -p "$D/sub"; cp "$f" "$D/sub/"
  "$BIN" check --format json "$D/sub" --outline "$OUTL" > "$D/check.json" 2>/dev/null
  "$BIN" compile --submissions "$D/sub" --outline "$OUTL" --out "$D/out" --format md,json --as-of 2026-04-30 >/dev/null 2>&1
  echo "### $(basename "$f")"
  python3 - "$D" "$OUTL" <<'PY'
import importlib.util, json, shutil, sys
D, OUTL = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("score", "/work/main/benches/probe39/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
for F in json.load(open(D + "/check.json"))["files"]:
    md = F.get("metadata") or {}
    get = lambda k: (md.get(k) or {}).get("value")
    print(f"  meta: unit_code={F.get('unit_code')} unit={get('unit')!r} number={get('doc_number')!r} "
          f"date={get('date')} signer={get('signer')!r} title={get('signer_title')!r} late_days={F.get('late_days')}")
    for d in F["diagnostics"]:
        note = d["code"] == "metadata-inferred" and d.get("field") == "unit_code"
        if (d["severity"] != "note" and d["code"] != "pseudo-heading") or note:
            print(f"  {d['severity']} {d['code']} line {d['line']}: {d['message'][:170]}")
try:
    J = json.load(open(D + "/out/bao-cao-tong-hop.json"))
    figs = {k: (v.get("total") if v.get("reported") else None) for k, v in J.get("appendix", {}).items()}
    print("  figures:", " ".join(f"{k}={v}" for k, v in figs.items()))
except Exception as e:
    print("  figures: (no compiled JSON)", e)
S.ROOT = D
shutil.copytree(OUTL, D + "/outline", dirs_exist_ok=True)
titles, cats, sig, names, out_name = S.load_outline()
for sec, unit, text in S.parse_compiled(D + "/out/bao-cao-tong-hop.md", titles, cats, sig):
    if unit and sec != "end":
        print(f"    {sec:20s} | {text[:90]}")
PY
done
