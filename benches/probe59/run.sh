#!/usr/bin/env bash
# Usage: ./run.sh [BIN]    (BIN: a baocao binary; default /work/main/target/release/baocao)
# The harness is probe41's (check + compile, one compile per file, then ../probe39/score.py),
# run on this folder, as probe44's and probe46's-probe51's run.sh do.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
PROBE="$HERE" exec "$HERE/../probe41/run.sh" "$@"
