#!/usr/bin/env bash
# all.sh: every experiment behind FINDINGS.txt (run gen/build.py and variants.py first).
# BIN= the binary (default /work/review-bin11/baocao). Output: results-review-bin11.txt.
H="$(cd "$(dirname "$0")" && pwd)"
F=/tmp/p53x/files
run() { echo "### $1  ($3)"; "$H/exp.sh" "$1" "$2" "$3"; }
D=$H/../docx
X005="dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114.docx"
STC="so-nganh/STC - BC 241 KL114.docx"
TTT="so-nganh/Thanh tra tinh - BC 117 KL114.docx"
DUQS="dang-uy-truc-thuoc/DUQS - BC 318 KL114.docx"
X004="dang-uy-xa-phuong/Hoang Mai - BC 98 KL114.txt"
X006="dang-uy-xa-phuong/Thanh Chuong - BC 66 KL114.md"
run x005_as_built "$X005" "$D/x005.docx"
for v in x005_no_full_stop x005_no_muc_tieu x005_giai_phap_first x005_muc_tieu_giai_phap x005_nhiem_vu_only; do run $v "$X005" $F/$v.docx; done
run stc_as_built "$STC" "$D/stc.docx"
for v in stc_part_tac_dong_first stc_part_bai_hoc_only stc_part_neutral; do run $v "$STC" $F/$v.docx; done
run ttt_as_built "$TTT" "$D/ttt.docx"
for v in ttt_results_short ttt_results_cong_tac_dan_van ttt_results_tiep_cong_dan ttt_results_khieu_nai ttt_tac_dong_alone ttt_tac_dong_first ttt_danh_gia_chung ttt_both; do run $v "$TTT" $F/$v.docx; done
run duqs_as_built "$DUQS" "$D/duqs.docx"
for v in duqs_runin_danh_gia_tac_dong duqs_runin_tac_dong_no_ve duqs_runin_hieu_qua_tac_dong duqs_runin_lanh_dao_removed duqs_runin_tac_dong_after_causes; do run $v "$DUQS" $F/$v.docx; done
run x004_as_built "$X004" "$D/x004.txt"
for v in x004_no_bar_lines x004_number_one_line x004_number_and_date_one_line x004_number_colon_split; do run $v "$X004" $F/$v.txt; done
run x006_as_built "$X006" "$D/x006.md"
for v in x006_sig_rule_line x006_sig_tabs x006_sig_name_no_bars; do run $v "$X006" $F/$v.md; done
