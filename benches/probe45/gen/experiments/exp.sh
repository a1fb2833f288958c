#!/usr/bin/env bash
# exp.sh NAME : scores the one-change copy /tmp/p45x/files/NAME (written by variants.py) alone,
# in /tmp/p45x/NAME/, with probe45's run.sh and score.py (check + one compile over the copy,
# status, the unit's own compile). BIN: the binary (default the newest in /work/probe-bin).
set -eu
NAME=$1
P=/work/main/benches/probe45
BIN="${BIN:-/work/probe-bin/$(ls -t /work/probe-bin | head -1)}"
SRC=/tmp/p45x/files/$NAME
D=/tmp/p45x/$NAME
rm -rf "$D"; mkdir -p "$D"
cp -r "$SRC/submissions" "$SRC/expect.json" "$D/"
cp -r "$P/outline" "$D/outline"; cp "$P/run.sh" "$P/score.py" "$D/"
mkdir -p /tmp/p45x/probe39; ln -sf /work/main/benches/probe39/score.py /tmp/p45x/probe39/score.py
cd "$D" && ./run.sh "$BIN" > score.txt
echo "### $NAME — $(cat "$SRC/CHANGE.txt")"
grep -v '^EXTRA' score.txt
grep -v "^==" out/details.txt | cut -c1-230 | head -${LINES_SHOWN:-8}
# the messages of the codes this probe is about, file by file
python3 - out/check.json <<'PY'
import json, sys
for f in json.load(open(sys.argv[1], encoding="utf-8"))["files"]:
    for d in f["diagnostics"]:
        if d["code"] in ("companion-file", "needs-docx", "unsupported-file", "duplicate-unit",
                         "field-missing", "front-matter-missing"):
            print(f"  MSG {f['path'].rsplit('/', 1)[-1][:40]}: {d['code']}: {d['message'][:420]}")
PY
