#!/usr/bin/env bash
# exp.sh NAME REL FILE : score FILE alone as submissions/REL with probe41's key entry for REL
set -eu
NAME=$1; REL=$2; FILE=$3
P=/work/main/benches/probe41
D=/tmp/p41x/$NAME
rm -rf "$D"; mkdir -p "$D/submissions/$(dirname "$REL")"
cp "$P/run.sh" "$D/"; cp -r "$P/outline" "$D/"
DESTREL=${DEST:-$REL}; cp "$FILE" "$D/submissions/$DESTREL"
shift 3
for extra in "$@"; do cp "$extra" "$D/submissions/$(dirname "$REL")/"; done
DEST="${DEST:-$REL}" python3 - "$P/expect.json" "$D/expect.json" "$REL" <<'PY'
import json, sys
import os
e = json.load(open(sys.argv[1])); rel = sys.argv[3]
json.dump({os.environ.get("DEST", rel): e[rel]}, open(sys.argv[2], "w"), ensure_ascii=False)
PY
cd "$D" && ./run.sh /work/main/target/release/baocao | tail -1
grep -v "^==" out/details.txt | cut -c1-200 | head -${LINES_SHOWN:-8}
