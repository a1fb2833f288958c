#!/usr/bin/env bash
# all.sh : every experiment behind FINDINGS.txt, each a one-change copy written by
# variants.py (run it first), scored alone by exp.sh. Prints name, TOTAL line, misses.
# BIN= to choose the binary (default the pinned /work/probe-bin/baocao-bd04172).
set -u
X=/tmp/p44x/files
E="$(cd "$(dirname "$0")" && pwd)/exp.sh"
S="$(cd "$(dirname "$0")/../.." && pwd)/submissions"
run() { echo "### $1"; LINES_SHOWN=${LINES_SHOWN:-6} "$E" "$@" 2>&1 | sed 's/^/    /'; }
X7="dang-uy-xa-phuong/BC 44 Dang uy xa Anh Son - KL114.docx"
X5="dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114.docx"
X3="dang-uy-xa-phuong/Quynh Luu - BC 71 KL 114.docx"
X2="dang-uy-xa-phuong/Dien Chau - BC 52 KL114 (gui BTGDV).docx"
X6="dang-uy-xa-phuong/Thanh Chuong - BC 66 tong ket KL114.docx"
TD="mttq-doan-the/BC lien tich TD-HND 15 KL114.docx"
TT="so-nganh/Thanh tra tinh - BC 117 KL114.docx"
X4="dang-uy-xa-phuong/Hoang Mai - BC 98 KL114 (tu ban PDF).txt"
DU="dang-uy-truc-thuoc/DUCA - BC 296 KL114.md"
for n in x007-typed-caps x007-caps-bold; do run $n "$X7" $X/$n.docx; done
for n in x005-bold x005-numbered x005-figures-plain; do run $n "$X5" $X/$n.docx; done
for n in ttt-unnumbered ttt-rate-85; do run $n "$TT" $X/$n.docx; done
for n in x003-i-lanh-dao x003-ii-mat-lam-duoc x003-iii-han-che x003-vii-nhiem-vu \
         x003-i-ii x003-i-ii-iii x003-all4; do
    run $n "$X3" $X/$n.docx; done
OUTLINE=/tmp/p44x/outline-x003-keywords run x003-outline-keywords "$X3" "$S/$X3"
for n in td-one-body td-one-body-bao-cao td-lead-second; do run $n "$TD" $X/$n.docx; done
for n in x002-date-words x002-date-09 x002-date-9-words x002-number-plain; do run $n "$X2" $X/$n.docx; done
for n in x006-rate-855 x006-opening-first x006-no-mo-dau; do run $n "$X6" $X/$n.docx; done
for n in x004-no-indent x004-no-pages x004-table-tabs x004-closing-one-line; do run $n "$X4" $X/$n.txt; done
SY="so-nganh/SYT - BC 1342 KL114 (copy tu PDF).txt"
for n in syt-lines-joined syt-table-rows; do run $n "$SY" $X/$n.txt; done
for n in duca-br duca-header-row; do run $n "$DU" $X/$n.md; done
