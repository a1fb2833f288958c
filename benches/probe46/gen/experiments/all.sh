#!/usr/bin/env bash
# all.sh : every experiment behind FINDINGS.txt, each a one-change copy written by
# variants.py (run it first), scored alone by exp.sh. Prints name, TOTAL line, misses.
# BIN= to choose the binary (default the pinned /work/probe-bin/baocao-0bf7dce).
set -u
X=/tmp/p46x/files
E="$(cd "$(dirname "$0")" && pwd)/exp.sh"
S="$(cd "$(dirname "$0")/../.." && pwd)/submissions"
run() { echo "### $1"; LINES_SHOWN=${LINES_SHOWN:-6} "$E" "$@" 2>&1 | sed 's/^/    /'; }
X1="dang-uy-xa-phuong/DU phuong Vinh Phu - BC 67 KL114.docx"
DU="dang-uy-truc-thuoc/DUCA - BC 296 tong ket KL114.docx"
X4="dang-uy-xa-phuong/Hoang Mai - BC 98 KL114.docx"
X5="dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114.docx"
X6="dang-uy-xa-phuong/Thanh Chuong - BC 66 KL114 (ban sua).docx"
SN="so-nganh/SNV - BC 279 KL114.docx"
ST="so-nganh/STC - BC 241 KL114.docx"
run x001-unwrapped "$X1" $X/x001-unwrapped.docx
run duca-unwrapped "$DU" $X/duca-unwrapped.docx
run x004-italic-bold "$X4" $X/x004-italic-bold.docx
run x005-size-bold "$X5" $X/x005-size-bold.docx
run x005-size-numbered "$X5" $X/x005-size-numbered.docx
run x006-one-paragraph "$X6" $X/x006-one-paragraph.docx
run snv-tables-apart "$SN" $X/snv-tables-apart.docx
run stc-word-table "$ST" $X/stc-word-table.docx
run stc-xlsx-beside "$ST" "$S/$ST" "$X/STC_Bieu so lieu KL114.xlsx"
run duca-no-bullets "$DU" $X/duca-no-bullets.docx
