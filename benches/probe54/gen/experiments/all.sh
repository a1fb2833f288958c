#!/usr/bin/env bash
# all.sh: every experiment behind FINDINGS.txt (run gen/build.py and variants.py first).
# BIN= the binary (default /work/review-bin14/baocao). Output: results-review-bin14.txt.
H="$(cd "$(dirname "$0")" && pwd)"
F=/tmp/p54x/files
run() { echo "### $1  ($3)"; "$H/exp.sh" "$1" "$2" "$3"; }
D=$H/../docx
STC="so-nganh/STC - BC 241 KL114.txt"
VPTU="co-quan-tham-muu/VPTU - BC 498 KL114.docx"
DUQS="dang-uy-truc-thuoc/DUQS - BC 318 KL114.docx"
MTTQ="mttq-doan-the/MTTQ tinh - BC 322 KL114.md"
TTT="so-nganh/Thanh tra tinh - BC 117 KL114.docx"
run stc_as_built "$STC" "$D/stc.txt"
for v in stc_header_one_row stc_top_cell_blank stc_top_cell_thuc_hien stc_second_row_stt; do run $v "$STC" $F/$v.txt; done
run vptu_as_built "$VPTU" "$D/vptu.docx"
for v in vptu_sub_nhung_ket_qua vptu_sub_ket_qua_cu_the vptu_sub_ket_qua_dat_duoc vptu_part_neutral vptu_no_item_numbers vptu_lanh_dao_before_part vptu_no_context vptu_sub1_roman; do run $v "$VPTU" $F/$v.docx; done
run duqs_as_built "$DUQS" "$D/duqs.docx"
for v in duqs_sub_nhung_ket_qua duqs_sub_ket_qua_cu_the duqs_sub_ket_qua_dat_duoc duqs_part_neutral duqs_lanh_dao_before_part duqs_no_context duqs_sub1_roman; do run $v "$DUQS" $F/$v.docx; done
run mttq_as_built "$MTTQ" "$D/mttq.md"
for v in mttq_ket_qua_dat_duoc mttq_nhung_ket_qua mttq_danh_gia_han_che mttq_no_danh_gia_part mttq_tac_dong_first; do run $v "$MTTQ" $F/$v.md; done
run ttt_as_built "$TTT" "$D/ttt.docx"
for v in ttt_bieu_centred ttt_bieu_no_colon ttt_bieu_01 ttt_bieu_no_code ttt_bieu_removed; do run $v "$TTT" $F/$v.docx; done
