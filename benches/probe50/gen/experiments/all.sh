#!/usr/bin/env bash
# Every experiment of FINDINGS.txt: the originals alone, then the one-change copies.
# BIN= the binary (default the pinned /work/review-bin7/baocao). Run gen/build.py and
# variants.py first. Output kept as results-review-bin7.txt.
set -u
H="$(cd "$(dirname "$0")" && pwd)"
F=/tmp/p50x/files
O=/tmp/p50x/outlines
D=$H/../docx
run() { echo "### $1  ($(basename "$3"))"; "$H/exp.sh" "$1" "$2" "$3"; echo; }
X4="dang-uy-xa-phuong/Hoang Mai - BC 98 KL114.md"
X7="dang-uy-xa-phuong/Anh Son - BC 44 KL114.docx"
TD="mttq-doan-the/Tinh doan - BC 61 KL114.md"
DQ="dang-uy-truc-thuoc/DUQS - BC 318 KL114.docx"
MT="mttq-doan-the/MTTQ tinh - BC 322 KL114.docx"
ST="so-nganh/STC - BC 241 KL114.docx"
X1="dang-uy-xa-phuong/DU phuong Vinh Phu - BC 67 tong ket KL114.docx"
X3="dang-uy-xa-phuong/Quynh Luu - BC 71 KL114.docx"
X2="dang-uy-xa-phuong/Dien Chau - BC 52 KL114 (dan tu Word).md"
X5="dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114.docx"
run x004 "$X4" "$D/x004.md"
for v in x004_numbered x004_own_lines x004_outline_titles x004_first_part_a_heading; do run $v "$X4" "$F/$v.md"; done
run x007 "$X7" "$D/x007.docx"
for v in x007_own_paragraphs x007_colon x007_outline_titles_period x007_outline_titles_colon; do run $v "$X7" "$F/$v.docx"; done
run td "$TD" "$D/td.md"
for v in td_hash_headings td_results_only td_impact_own_part td_ket_qua_va_hieu_qua td_nested; do run $v "$TD" "$F/$v.md"; done
run duqs "$DQ" "$D/duqs.docx"
for v in duqs_plain_title duqs_giai_phap_title duqs_with_impact_before duqs_sub_level; do run $v "$DQ" "$F/$v.docx"; done
run mttq "$MT" "$D/mttq.docx"
for v in mttq_requests_plain mttq_requests_titled mttq_requests_chinh_sach; do run $v "$MT" "$F/$v.docx"; done
run stc "$ST" "$D/stc.docx"
for v in stc_same_order_regenerated stc_impact_last stc_impact_after_lessons stc_impact_after_limits stc_causes_own_part; do run $v "$ST" "$F/$v.docx"; done
run x001 "$X1" "$D/x001.docx"
for v in x001_chua_lam_duoc x001_con_han_che; do run $v "$X1" "$F/$v.docx"; done
echo "### x001 with outline keyword 'mặt chưa được'"; OUTLINE=$O/keyword_mat_chua_duoc "$H/exp.sh" x001_kw "$X1" "$D/x001.docx"; echo
run x003 "$X3" "$D/x003.docx"
for v in x003_vi_sao_alone x003_nguyen_nhan_question; do run $v "$X3" "$F/$v.docx"; done
echo "### x003 with outline keyword 'vì sao'"; OUTLINE=$O/keyword_vi_sao "$H/exp.sh" x003_kw "$X3" "$D/x003.docx"; echo
echo "### x003_vi_sao_alone with outline keyword 'vì sao'"; OUTLINE=$O/keyword_vi_sao "$H/exp.sh" x003_kw2 "$X3" "$F/x003_vi_sao_alone.docx"; echo
run x002 "$X2" "$D/x002.md"
for v in x002_hash_headings x002_causes_one_heading x002_causes_lettered x002_causes_nhung x002_limits_anchored_twice; do run $v "$X2" "$F/$v.md"; done
run x005 "$X5" "$D/x005.docx"
for v in x005_bold_leads_all x005_one_achievements_paragraph; do run $v "$X5" "$F/$v.docx"; done
