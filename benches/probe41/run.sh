#!/usr/bin/env bash
# Usage: ./run.sh [BIN]    (BIN: a baocao binary; default /work/main/target/release/baocao)
# Runs check + compile on submissions/ with outline/, one compile per file for the
# unit's own figures (the compiled JSON gives totals by category only), then scores.
set -u
# PROBE: another probe's folder of the same shape (probe42 runs this script on its own).
HERE="${PROBE:-$(cd "$(dirname "$0")" && pwd)}"
BIN="${1:-$HERE/../../target/release/baocao}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
cd "$HERE"
rm -rf out
mkdir -p out/single

"$BIN" check --format json submissions --outline outline > out/check.json 2> out/check.stderr
echo "check exit: $?" > out/exit-codes.txt
"$BIN" compile --submissions submissions --outline outline --out out/compiled \
    --format md,json --as-of 2026-04-30 > out/compile.stdout 2> out/compile.stderr
echo "compile exit: $?" >> out/exit-codes.txt

i=0
: > out/single/index.tsv
while IFS= read -r -d '' f; do
    case "$f" in *.xlsx) continue ;; esac   # a workbook goes with the reports beside it
    i=$((i + 1))
    rel="${f#submissions/}"
    d="out/single/$i"
    mkdir -p "$d/submissions/$(dirname "$rel")"
    cp "$f" "$d/submissions/$rel"
    # probe41: the Excel appendices beside a report travel with it (README: a workbook is
    # claimed by name stem, unit code, or its title rows)
    find "$(dirname "$f")" -maxdepth 1 -name '*.xlsx' -exec cp {} "$d/submissions/$(dirname "$rel")/" \;
    "$BIN" compile --submissions "$d/submissions" --outline outline --out "$d/out" \
        --format json --as-of 2026-04-30 > "$d/stdout" 2> "$d/stderr"
    echo "compile exit: $?" >> "$d/stdout"
    printf '%s\t%s\n' "$i" "$rel" >> out/single/index.tsv
done < <(find submissions -type f -print0 | sort -z)

python3 "$HERE/../probe39/score.py" "$HERE"  # one scorer for every probe
