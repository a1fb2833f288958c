#!/usr/bin/env bash
# exp.sh NAME REL FILE [AS] : score FILE alone as submissions/AS (default REL) with probe54's
# key entry for REL. Binary: $BIN, default /work/review-bin14/baocao; campaign folder:
# $OUTLINE, default the probe's outline/. Copies and runs in /tmp/p54x/<NAME>/ (probe51's
# exp.sh, pointed at this probe, with AS for a variant that renames the file). Prints the
# TOTAL line, the misses (out/details.txt), the metadata read, and the errors and warnings.
set -eu
NAME=$1; REL=$2; FILE=$3; AS=${4:-$2}
P=/work/main/benches/probe54
D=/tmp/p54x/$NAME
rm -rf "$D"; mkdir -p "$D/submissions/$(dirname "$AS")"
cp "$P/../probe41/run.sh" "$D/"; cp -r "${OUTLINE:-$P/outline}" "$D/outline"
cp "$FILE" "$D/submissions/$AS"
python3 - "$P/expect.json" "$D/expect.json" "$REL" "$AS" <<'PY'
import json, sys
e = json.load(open(sys.argv[1])); rel, as_ = sys.argv[3], sys.argv[4]
json.dump({as_: e[rel]}, open(sys.argv[2], "w"), ensure_ascii=False)
PY
mkdir -p "$D/../probe39"; ln -sf /work/main/benches/probe39/score.py "$D/../probe39/score.py"
cd "$D" && ./run.sh "${BIN:-/work/review-bin14/baocao}" | tail -1
grep -v "^==" out/details.txt | grep -v "^  FALSE\|^  LOST\|^  FIGURE" | cut -c1-200 | head -${LINES_SHOWN:-8}
python3 - out/check.json <<'PY'
import json, sys
for F in json.load(open(sys.argv[1]))["files"]:
    md = F.get("metadata") or {}
    g = lambda k: (md.get(k) or {}).get("value")
    print(f"  meta: unit_code={F.get('unit_code')} unit={g('unit')!r} number={g('doc_number')!r} "
          f"date={g('date')} signer={g('signer')!r} title={g('signer_title')!r} late_days={F.get('late_days')}")
    for d in F["diagnostics"]:
        if d["severity"] != "note" and d["code"] != "pseudo-heading":
            print(f"  {d['severity']} {d['code']} line {d['line']}: {d['message'][:150]}")
PY
