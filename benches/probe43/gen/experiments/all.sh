#!/usr/bin/env bash
# all.sh : every experiment behind FINDINGS.txt, each a one-change copy written by
# variants.py (run it first), scored alone by exp.sh. Prints name, TOTAL line, misses.
# BIN= to choose the binary (default the pinned /work/probe-bin/baocao-f610126).
set -u
X=/tmp/p43x/files
E="$(cd "$(dirname "$0")" && pwd)/exp.sh"
run() { echo "### $1"; LINES_SHOWN=${LINES_SHOWN:-6} "$E" "$@" 2>&1 | sed 's/^/    /'; }
BT="co-quan-tham-muu/BTCTU - BC 561 KL114.docx"
MT="mttq-doan-the/UBMTTQ tinh - BC 318 tham gia KL114.docx"
X7="dang-uy-xa-phuong/Anh Son - BC 41 tong ket KL114.docx"
X2="dang-uy-xa-phuong/Dien Chau - bao cao KL114.md"
DU="dang-uy-truc-thuoc/DUCA - BC 287 tong ket KL 114.docx"
SG="so-nganh/SGDDT - BC 702 KL114.docx"
ST="so-nganh/STC - BC 236 KL114 (theo mau).docx"
HN="mttq-doan-the/HND tinh - BC 231 KL114.docx"
X4="dang-uy-xa-phuong/Hoang Mai - BC KL114 (noi dung thu dien tu).txt"
TT="so-nganh/Thanh tra tinh - BC 104 KL114.docx"
VP="co-quan-tham-muu/VPTU - BC 472 tong ket KL114.docx"
for n in btctu-2col btctu-header3-only btctu-signature3-only; do run $n "$BT" $X/$n.docx; done
for n in mttq-date-in-header mttq-date-above-signature; do run $n "$MT" $X/$n.docx; done
for n in x007-one-header-row x007-no-unit-column x007-one-header-no-unit x007-row-tong-so \
         x007-portrait x007-no-caption x007-phu-luc-over-title x007-title-bieu-so-lieu \
         x007-title-short x007-title-without-ket-qua x007-table-not-turned; do
    run $n "$X7" $X/$n.docx; done
run x002-rows-tight "$X2" $X/x002-rows-tight.md
for n in duca-no-parts-under-1 duca-parts-a-paren duca-parts-dash duca-parts-decimal \
         duca-2380-alone duca-2380-trong-do duca-2380-one-paragraph; do run $n "$DU" $X/$n.docx; done
for n in sgddt-cell-note-on-label sgddt-cell-note-dropped; do run $n "$SG" $X/$n.docx; done
for n in stc-control-emptied stc-placeholder-typed; do run $n "$ST" $X/$n.docx; done
for n in hnd_lessons_first hnd_two_parts hnd_impact_title_only; do run $n "$HN" $X/$n.docx; done
for n in x004-rows-unwrapped x004-no-remarks; do run $n "$X4" $X/$n.txt; done
run ttt-paragraphs "$TT" $X/ttt-paragraphs.docx
run vptu-v-ket-luan "$VP" $X/vptu-v-ket-luan.docx
# the campaign's outline with 'kết luận' added to `context` (nothing else changed)
CTX=/tmp/p43x/outline-ctx; rm -rf $CTX; cp -r "$(dirname "$E")/../../outline" $CTX
sed -i 's/"khái quát", "bối cảnh"\]/"khái quát", "bối cảnh", "kết luận"]/' $CTX/outline.yaml
OUTLINE=$CTX run vptu-context-ket-luan "$VP" "$(dirname "$E")/../../submissions/$VP"
OUTLINE=$CTX run vptu-v-context-ket-luan "$VP" $X/vptu-v-ket-luan.docx
