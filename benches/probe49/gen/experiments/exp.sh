#!/usr/bin/env bash
# exp.sh NAME REL FILE : score FILE alone as submissions/REL with probe49's key entry for REL.
# Binary: $BIN, default the pinned /work/review-bin6/baocao. Copies and runs in
# /tmp/p49x/<NAME>/ (probe48's exp.sh, pointed at this probe). Prints the TOTAL line, the
# misses (out/details.txt) and the metadata read.
set -eu
NAME=$1; REL=$2; FILE=$3
P=/work/main/benches/probe49
D=/tmp/p49x/$NAME
rm -rf "$D"; mkdir -p "$D/submissions/$(dirname "$REL")"
cp "$P/../probe41/run.sh" "$D/"; cp -r "$P/outline" "$D/outline"
cp "$FILE" "$D/submissions/$REL"
python3 - "$P/expect.json" "$D/expect.json" "$REL" <<'PY'
import json, sys
e = json.load(open(sys.argv[1])); rel = sys.argv[3]
json.dump({rel: e[rel]}, open(sys.argv[2], "w"), ensure_ascii=False)
PY
mkdir -p "$D/../probe39"; ln -sf /work/main/benches/probe39/score.py "$D/../probe39/score.py"
cd "$D" && ./run.sh "${BIN:-/work/review-bin6/baocao}" | tail -1
grep -v "^==" out/details.txt | cut -c1-220 | head -${LINES_SHOWN:-8}
python3 - out/check.json <<'PY'
import json, sys
for F in json.load(open(sys.argv[1]))["files"]:
    m = F.get("metadata") or {}
    g = lambda k: (m.get(k) or {}).get("value")
    print(f"  read: date={g('date')} ({(m.get('date') or {}).get('source')}) number={g('doc_number')} signer={g('signer')}")
PY
