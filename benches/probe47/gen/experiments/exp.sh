#!/usr/bin/env bash
# exp.sh NAME REL FILE [EXTRA...] : score FILE alone as submissions/REL with probe47's key
# entry for REL (DEST=other/rel.ext to file it under another name); extra files (a
# workbook) go beside it. Binary: $BIN, default the pinned /work/probe-bin/baocao-ca60a61.
# Copies and runs in /tmp/p47x/<NAME>/ (probe46 exp.sh, pointed at this probe).
# OUTLINE=dir: another campaign folder (an outline.yaml changed for one experiment).
set -eu
NAME=$1; REL=$2; FILE=$3
P=/work/main/benches/probe47
D=/tmp/p47x/$NAME
rm -rf "$D"; mkdir -p "$D/submissions/$(dirname "${DEST:-$REL}")"
cp "$P/../probe41/run.sh" "$D/"; cp -r "${OUTLINE:-$P/outline}" "$D/outline"
DESTREL=${DEST:-$REL}; cp "$FILE" "$D/submissions/$DESTREL"
shift 3
for extra in "$@"; do cp "$extra" "$D/submissions/$(dirname "$DESTREL")/"; done
DEST="$DESTREL" python3 - "$P/expect.json" "$D/expect.json" "$REL" <<'PY'
import json, os, sys
e = json.load(open(sys.argv[1])); rel = sys.argv[3]
json.dump({os.environ["DEST"]: e[rel]}, open(sys.argv[2], "w"), ensure_ascii=False)
PY
mkdir -p "$D/../probe39"; ln -sf /work/main/benches/probe39/score.py "$D/../probe39/score.py"
cd "$D" && ./run.sh "${BIN:-/work/probe-bin/baocao-ca60a61}" | tail -1
grep -v "^==" out/details.txt | cut -c1-220 | head -${LINES_SHOWN:-8}
