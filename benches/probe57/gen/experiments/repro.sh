#!/usr/bin/env bash
# Usage: BIN=/path/to/baocao gen/experiments/repro.sh  → check + compile each repro alone
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
BIN="${BIN:-/work/review-bin23}"
OUTLINE="$HERE/../../outline"
for d in "$HERE"/repro/*/; do
    n="$(basename "$d")"
    echo "== $n"
    "$BIN" check --format json "$d/submissions" --outline "$OUTLINE" 2>/dev/null | python3 -c '
import json,sys
c=json.load(sys.stdin)
for f in c["files"]:
    for g in f["diagnostics"]:
        if g["severity"]!="note": print("  ",g["severity"],g["code"],g["message"][:110])'
    rm -rf "$d/out"
    "$BIN" compile --submissions "$d/submissions" --outline "$OUTLINE" --out "$d/out" --format md,json --as-of 2026-04-30 >/dev/null 2>&1
    python3 - "$d/out" <<'PY'
import json,sys,glob,re
out=sys.argv[1]
md=open(glob.glob(out+"/*.md")[0],encoding="utf-8").read()
for k in ["25 văn bản","428 lượt","Niềm tin của Nhân dân","kinh phí số hóa"]:
    print("   text %-22s %s" % (k, "found" if k in md else "MISSING"))
j=json.load(open(glob.glob(out+"/*.json")[0],encoding="utf-8"))
s=json.dumps(j,ensure_ascii=False)
m=re.search(r'"truc-tuyen"[^}]{0,200}',s)
print("   truc-tuyen:", (m.group(0)[:150] if m else None))
PY
done
