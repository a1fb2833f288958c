#!/usr/bin/env bash
# exp.sh NAME REL FILE : score FILE alone as submissions/REL with probe51's key entry for REL.
# Binary: $BIN, default /work/oracle/s30-head-bin; campaign folder: $OUTLINE, default
# the probe's outline/ (a variant's outline from variants.py: /tmp/p51x/outlines/<name>).
# Copies and runs in /tmp/p51x/<NAME>/ (probe49's exp.sh, pointed at this probe). Prints the
# TOTAL line, the misses (out/details.txt) and the errors and warnings with their section.
set -eu
NAME=$1; REL=$2; FILE=$3
P=/work/main/benches/probe51
D=/tmp/p51x/$NAME
rm -rf "$D"; mkdir -p "$D/submissions/$(dirname "$REL")"
cp "$P/../probe41/run.sh" "$D/"; cp -r "${OUTLINE:-$P/outline}" "$D/outline"
cp "$FILE" "$D/submissions/$REL"
python3 - "$P/expect.json" "$D/expect.json" "$REL" <<'PY'
import json, sys
e = json.load(open(sys.argv[1])); rel = sys.argv[3]
json.dump({rel: e[rel]}, open(sys.argv[2], "w"), ensure_ascii=False)
PY
mkdir -p "$D/../probe39"; ln -sf /work/main/benches/probe39/score.py "$D/../probe39/score.py"
cd "$D" && ./run.sh "${BIN:-/work/oracle/s30-head-bin}" | tail -1
grep -v "^==" out/details.txt | grep -v "^  FALSE" | cut -c1-200 | head -${LINES_SHOWN:-6}
python3 - out/check.json <<'PY'
import json, sys
for F in json.load(open(sys.argv[1]))["files"]:
    for d in F["diagnostics"]:
        if d["severity"] != "note" or d["code"] in ("merged-sections", "section-by-text"):
            if d["code"] in ("pseudo-heading",):
                continue
            print(f"  {d['severity']} {d['code']} [{d.get('section') or d.get('indicator')}] line {d['line']}: {d['message'][:150]}")
PY
