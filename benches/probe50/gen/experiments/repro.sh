#!/usr/bin/env bash
# repro.sh [FILE ...]: check + compile each minimal file of repro/ alone (BIN= the binary,
# default the pinned /work/review-bin7/baocao) and print its errors and warnings (and the
# merged-sections / section-by-text notes), then every block of the unit's text in the
# compiled report with the outline section it landed under ('other' = 'Nội dung khác của các
# đơn vị'), first 90 characters. A paragraph missing from that list was compiled nowhere.
# (probe49's repro.sh, for structure: compiled blocks by section instead of figures.)
set -u
H="$(cd "$(dirname "$0")" && pwd)"
BIN=${BIN:-/work/review-bin7/baocao}
OUTL=$H/../../outline
[ $# -gt 0 ] || set -- "$H"/repro/*
for f in "$@"; do
  n=$(basename "$f"); n=${n%.*}; D=/tmp/p50r/$n
  rm -rf "$D"; mkdir -p "$D/sub"; cp "$f" "$D/sub/"; cp -r "$OUTL" "$D/outline"
  "$BIN" check --format json "$D/sub" --outline "$OUTL" > "$D/check.json" 2>/dev/null
  "$BIN" compile --submissions "$D/sub" --outline "$OUTL" --out "$D/out" --format md --as-of 2026-04-30 >/dev/null 2>&1
  echo "### $(basename "$f")"
  python3 - "$D" <<'PY'
import importlib.util, json, sys
D = sys.argv[1]
spec = importlib.util.spec_from_file_location("score", "/work/main/benches/probe39/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
for F in json.load(open(D + "/check.json"))["files"]:
    for d in F["diagnostics"]:
        if d["severity"] != "note" and d["code"] != "pseudo-heading" or d["code"] in ("merged-sections", "section-by-text"):
            print(f"  {d['severity']} {d['code']} [{d.get('section') or d.get('indicator')}] line {d['line']}: {d['message'][:170]}")
S.ROOT = D
titles, cats, sig, names, out_name = S.load_outline()
for sec, unit, text in S.parse_compiled(D + "/out/bao-cao-tong-hop.md", titles, cats, sig):
    if unit and sec != "end":
        print(f"    {sec:20s} | {text[:90]}")
PY
done
