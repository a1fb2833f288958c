#!/usr/bin/env bash
# Every experiment of FINDINGS.txt: the originals alone, then the one-change copies.
# BIN= the binary (default the pinned /work/review-bin3/baocao). Run gen/build.py and
# variants.py first. Output kept as results-review-bin3.txt.
set -u
H="$(cd "$(dirname "$0")" && pwd)"
F=/tmp/p48x/files
D=$H/../docx
run() { echo "### $1  ($3)"; "$H/exp.sh" "$1" "$2" "$3"; echo; }
X1="dang-uy-xa-phuong/DU phuong Vinh Phu - BC 67 KL114.docx"
X2="dang-uy-xa-phuong/Dien Chau - BC 52 tong ket KL114.docx"
X7="dang-uy-xa-phuong/Anh Son - BC 44 tong ket KL114.docx"
SNV="so-nganh/SNV - BC 279 KL114.docx"
SG="so-nganh/SGDDT - BC 731 KL114.docx"
MT="mttq-doan-the/MTTQ tinh - BC 322 KL114.docx"
SY="so-nganh/SYT - BC 1342 tong ket KL114 (ban sao).docx"
ST="so-nganh/STC - BC 241 KL114.docx"
run x001 "$X1" "$D/x001.docx"
run x001_no_weekday "$X1" "$F/x001_no_weekday.docx"
run x001_weekday_no_comma "$X1" "$F/x001_weekday_no_comma.docx"
run x007 "$X7" "$D/x007.docx"
run x007_no_weekday "$X7" "$F/x007_no_weekday.docx"
run x007_thu_hai "$X7" "$F/x007_thu_hai.docx"
run x002 "$X2" "$D/x002.docx"
run x002_pct_plain "$X2" "$F/x002_pct_plain.docx"
run x002_pct_tren_tong_so "$X2" "$F/x002_pct_tren_tong_so.docx"
LINES_SHOWN=12 run snv "$SNV" "$D/snv.docx"
run snv_no_group_heading "$SNV" "$F/snv_no_group_heading.docx"
run snv_group_hanche_khuyetdiem "$SNV" "$F/snv_group_hanche_khuyetdiem.docx"
run sgddt "$SG" "$D/sgddt.docx"
run sgddt_no_intro "$SG" "$F/sgddt_no_intro.docx"
run sgddt_no_school_table "$SG" "$F/sgddt_no_school_table.docx"
run mttq "$MT" "$D/mttq.docx"
run mttq_list_no_title "$MT" "$F/mttq_list_no_title.docx"
run mttq_list_before_appendix "$MT" "$F/mttq_list_before_appendix.docx"
run syt "$SY" "$D/syt.docx"
run syt_copy_before_appendix "$SY" "$F/syt_copy_before_appendix.docx"
run stc "$ST" "$D/stc.docx"
run stc_no_stamp "$ST" "$F/stc_no_stamp.docx"
run stc_stamp_as_lines "$ST" "$F/stc_stamp_as_lines.docx"
