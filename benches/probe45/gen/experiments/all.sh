#!/usr/bin/env bash
# all.sh : every experiment FINDINGS.txt names (variants.py, then exp.sh for each).
# BIN: the binary (default the newest in /work/probe-bin). Output: results-<binary>.txt.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
BIN="${BIN:-/work/probe-bin/$(ls -t /work/probe-bin | head -1)}"
export BIN
names=$(python3 "$HERE/variants.py")
for n in $names; do "$HERE/exp.sh" "$n"; echo; done
