#!/usr/bin/env bash
# Usage: ./run.sh [BIN]   (BIN: a baocao binary; default the newest in /work/probe-bin)
# probe45 — a unit's folder as it arrives. Runs, over the WHOLE submissions/ folder (the
# point is the files together): check --format json, ONE compile (--as-of 2026-04-30,
# --format md,json) and status --format json. Then, for a unit's own figures (the compiled
# JSON gives totals by category only), one compile (and check) PER UNIT over ALL that unit's
# files together, kept at their paths (for the units delivered straight into a category
# folder, the unit's files of that folder: what the officer sorts out as the unit's). Scores.
set -u
HERE="${PROBE:-$(cd "$(dirname "$0")" && pwd)}"
BIN="${1:-/work/probe-bin/$(ls -t /work/probe-bin | head -1)}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
cd "$HERE"
rm -rf out
mkdir -p out/units

"$BIN" --version > out/version.txt 2>&1
"$BIN" check --format json submissions --outline outline > out/check.json 2> out/check.stderr
echo "check exit: $?" > out/exit-codes.txt
"$BIN" check --format human --color never submissions --outline outline > out/check.txt 2>&1
"$BIN" compile --submissions submissions --outline outline --out out/compiled \
    --format md,json --as-of 2026-04-30 > out/compile.stdout 2> out/compile.stderr
echo "compile exit: $?" >> out/exit-codes.txt
"$BIN" status --submissions submissions --outline outline --as-of 2026-04-30 \
    --format json > out/status.json 2> out/status.stderr
echo "status exit: $?" >> out/exit-codes.txt

# the units and their files, from the key
python3 - "$HERE/expect.json" > out/units/index.tsv <<'PY'
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
for rel, E in e.items():
    print(f"{E['unit_code']}\t{rel}")
PY
for code in $(cut -f1 out/units/index.tsv | sort -u); do
    d="out/units/$code"
    mkdir -p "$d/submissions"
    while IFS=$'\t' read -r c rel; do
        [ "$c" = "$code" ] || continue
        mkdir -p "$d/submissions/$(dirname "$rel")"
        cp "submissions/$rel" "$d/submissions/$rel"
    done < out/units/index.tsv
    "$BIN" check --format json "$d/submissions" --outline outline > "$d/check.json" 2> "$d/check.stderr"
    "$BIN" compile --submissions "$d/submissions" --outline outline --out "$d/out" \
        --format md,json --as-of 2026-04-30 > "$d/stdout" 2> "$d/stderr"
    echo "compile exit: $?" >> "$d/stdout"
done

python3 "$HERE/score.py" "$HERE" | tee out/score.txt
