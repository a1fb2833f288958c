#!/usr/bin/env bash
# all.sh : every experiment behind FINDINGS.txt, each a one-change copy written by
# variants.py (run it first), scored alone by exp.sh. Prints name, TOTAL line, misses.
# BIN= to choose the binary (default the pinned /work/probe-bin/baocao-ca60a61).
set -u
X=/tmp/p47x/files
E="$(cd "$(dirname "$0")" && pwd)/exp.sh"
run() { echo "### $1"; LINES_SHOWN=${LINES_SHOWN:-6} "$E" "$@" 2>&1 | sed 's/^/    /'; }
X1="dang-uy-xa-phuong/DU phuong Vinh Phu - BC 67 KL114.md"
DU="dang-uy-truc-thuoc/DUCA - BC 296 tong ket KL114.md"
X7="dang-uy-xa-phuong/BC 44 DU xa Anh Son KL114.md"
X6="dang-uy-xa-phuong/Thanh Chuong - BC 66 KL114.docx"
ST="so-nganh/STC - BC 241 KL114.docx"
DEST="${X1%.md}.docx" run x001-as-docx "$X1" $X/x001-as-docx.docx
run x001-md-unwrapped "$X1" $X/x001-md-unwrapped.md
run x001-md-as-gfm "$X1" $X/x001-md-as-gfm.md
DEST="${DU%.md}.docx" run duca-as-docx "$DU" $X/duca-as-docx.docx
run duca-md-grid "$DU" $X/duca-md-grid.md
DEST="${X7%.md}.docx" run x007-as-docx "$X7" $X/x007-as-docx.docx
run x007-md-unwrapped "$X7" $X/x007-md-unwrapped.md
run x006-alone "$X6" $X/x006-alone.docx
run x006-no-sub-signature "$X6" $X/x006-no-sub-signature.docx
run stc-no-picture "$ST" $X/stc-no-picture.docx
