#!/usr/bin/env bash
# Every experiment of FINDINGS.txt: the originals alone, then the one-change copies.
# BIN= the binary (default the pinned /work/review-bin6/baocao). Run gen/build.py and
# variants.py first. Output kept as results-review-bin6.txt.
set -u
H="$(cd "$(dirname "$0")" && pwd)"
F=/tmp/p49x/files
D=$H/../docx
run() { echo "### $1  ($3)"; "$H/exp.sh" "$1" "$2" "$3"; echo; }
DU="dang-uy-truc-thuoc/DUCA - BC 296 tong ket KL114.docx"
SY="so-nganh/SYT - BC 1342 tong ket KL114.docx"
SG="so-nganh/SGDDT - BC 731 KL114.docx"
X5="dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114.docx"
X6="dang-uy-xa-phuong/Thanh Chuong - BC 66 KL114.docx"
X7="dang-uy-xa-phuong/Anh Son - BC tong ket KL114 (chua vao so).docx"
LINES_SHOWN=10 run duca "$DU" "$D/duca.docx"
run duca_no_tieptheo "$DU" "$F/duca_no_tieptheo.docx"
run duca_header_repeated "$DU" "$F/duca_header_repeated.docx"
run duca_split_after_row6 "$DU" "$F/duca_split_after_row6.docx"
run duca_one_table "$DU" "$F/duca_one_table.docx"
run syt "$SY" "$D/syt.docx"
run syt_no_marks "$SY" "$F/syt_no_marks.docx"
run syt_star_typed "$SY" "$F/syt_star_typed.docx"
run syt_mark1_typed "$SY" "$F/syt_mark1_typed.docx"
run syt_mark1_paren "$SY" "$F/syt_mark1_paren.docx"
run sgddt "$SG" "$D/sgddt.docx"
run sgddt_rate_slash "$SG" "$F/sgddt_rate_slash.docx"
run sgddt_rate_tren_no_noun "$SG" "$F/sgddt_rate_tren_no_noun.docx"
run sgddt_rate_tren_tong_so "$SG" "$F/sgddt_rate_tren_tong_so.docx"
run sgddt_rate_plain "$SG" "$F/sgddt_rate_plain.docx"
run sgddt_models_single "$SG" "$F/sgddt_models_single.docx"
run x005 "$X5" "$D/x005.docx"
run x005_thu_sau "$X5" "$F/x005_thu_sau.docx"
run x005_thu_6 "$X5" "$F/x005_thu_6.docx"
run x005_no_weekday "$X5" "$F/x005_no_weekday.docx"
run x006 "$X6" "$D/x006.docx"
run x006_no_custom "$X6" "$F/x006_no_custom.docx"
run x006_dated_line "$X6" "$F/x006_dated_line.docx"
run x006_dotted_day "$X6" "$F/x006_dotted_day.docx"
run x006_custom_draft_day "$X6" "$F/x006_custom_draft_day.docx"
run x007 "$X7" "$D/x007.docx"
run x007_numbered "$X7" "$F/x007_numbered.docx"
run x007_dotted "$X7" "$F/x007_dotted.docx"
run x007_no_number_line "$X7" "$F/x007_no_number_line.docx"
