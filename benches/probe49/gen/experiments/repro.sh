#!/usr/bin/env bash
# repro.sh [FILE ...]: check + compile each minimal file of repro/ alone (BIN= the binary,
# default the pinned /work/review-bin6/baocao) and print its date, number and signer as
# read, the figures counted, its errors and warnings (and notes naming a figure), and the
# lines of the compiled report that are the unit's (its excerpts, 'Nội dung khác', 'Ghi
# chú … về số liệu'). probe48's repro.sh with the figures added.
set -u
H="$(cd "$(dirname "$0")" && pwd)"
BIN=${BIN:-/work/review-bin6/baocao}
OUTL=$H/../../outline
[ $# -gt 0 ] || set -- "$H"/repro/*
for f in "$@"; do
  n=$(basename "$f"); n=${n%.*}; D=/tmp/p49r/$n
  rm -rf "$D"; mkdir -p "$D/sub"; cp "$f" "$D/sub/"
  "$BIN" check --format json "$D/sub" --outline "$OUTL" > "$D/check.json" 2>/dev/null
  "$BIN" compile --submissions "$D/sub" --outline "$OUTL" --out "$D/out" --format md,json --as-of 2026-04-30 >/dev/null 2>&1
  echo "### $(basename "$f")"
  python3 - "$D/check.json" "$D/out/bao-cao-tong-hop.md" "$D/out/bao-cao-tong-hop.json" <<'PY'
import json, sys, re
J = json.load(open(sys.argv[1]))
for F in J["files"]:
    m = F.get("metadata") or {}
    g = lambda k: (m.get(k) or {}).get("value")
    print(f"  read: unit={F.get('unit_code') or g('unit_code')} date={g('date')} number={g('doc_number')} signer={g('signer')}")
    for d in F["diagnostics"]:
        if (d["severity"] in ("error", "warning") or d.get("indicator")) and d["code"] not in ("missing-section", "empty-section", "appendix-value-missing"):
            print(f"  {d['severity']} {d['code']} line {d.get('line')}: {d['message'][:170]}")
try:
    A = json.load(open(sys.argv[3]))["appendix"]
    print("  figures: " + ", ".join(f"{k}={v['total']}" for k, v in A.items() if v.get("reported")))
except (OSError, KeyError):
    pass
try:
    md = open(sys.argv[2], encoding="utf-8").read()
except OSError:
    print("  (no compiled report)"); sys.exit()
keep, out = False, []
for line in md.split("\n"):
    if re.match(r"^\*[^*].*:\*$", line):
        keep = True; continue
    if line.startswith("#") or re.match(r"^\*\*(Biểu|Nội dung khác|Ghi chú|Các |Đảng ủy|Mặt trận|T/M)", line):
        keep = line.startswith("**Nội dung khác") or line.startswith("**Ghi chú")
        if keep: out.append("  [" + line.strip("*") + "]")
        continue
    if keep and line.strip():
        out.append("  | " + line[:150])
print("\n".join(out[:40]))
PY
done
