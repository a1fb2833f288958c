#!/usr/bin/env bash
# all.sh: every experiment behind FINDINGS.txt (BIN= the binary, default
# /work/review-bin9/baocao). Writes the variants (variants.py, after gen/build.py), then
# scores each alone with exp.sh against the original report's key entry (a renamed copy with
# the same key). Output: results-review-bin9.txt (probe51's all.sh).
set -u
H="$(cd "$(dirname "$0")" && pwd)"
python3 "$H/variants.py" > /dev/null
F=/tmp/p52x/files
run() { echo "== $1${4:+ (as $4)}"; "$H/exp.sh" "$1" "$2" "$F/$1.$3" ${4:+"$4"} 2>&1; }
SGDDT="so-nganh/SGDDT - BC 731 KL114.docx"
for v in sgddt_full_name sgddt_gd_va_dt sgddt_gddt_no_sign; do run $v "$SGDDT" docx; done
MTTQ="mttq-doan-the/MTTQ tinh - BC 322 KL114.md"
for v in mttq_ub_space_mttq mttq_uy_ban_mttq mttq_ubmttq_viet_nam; do run $v "$MTTQ" md; done
TD="mttq-doan-the/Tinh doan - BC lien tich 15 KL114.docx"
for v in td_roster_body_first td_roster_signature_right td_roster_first_both td_partner_line_removed; do
  run $v "$TD" docx; done
X003="dang-uy-xa-phuong/DU xa Quynh Luu - BC 71 tong ket KL114.docx"
for v in x003_name_filled x003_blank_without_dots x003_place_names_commune; do run $v "$X003" docx; done
X007="dang-uy-xa-phuong/Bao cao tong ket KL114.md"
run x007_header_typed "$X007" md
run x007_as_is "$X007" md "dang-uy-xa-phuong/DU xa Anh Son - X007 - Bao cao tong ket KL114.md"
STC="so-nganh/STC - BC 241 KL114.docx"
for v in stc_number_closed stc_date_ngay stc_date_place_ngay stc_date_place_no_ngay stc_both_usual; do
  run $v "$STC" docx; done
X004="dang-uy-xa-phuong/Hoang Mai - BC 98 KL114.txt"
for v in x004_ngay x004_unwrapped; do run $v "$X004" txt; done
X005="dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114 (bo sung).md"
for v in x005_no_remark x005_remark_dash x005_capitals; do run $v "$X005" md; done
SNV="so-nganh/STC - BC tong ket KL114.docx"
run snv_as_is "$SNV" docx
run snv_custom_unit_code_stc "$SNV" docx
run snv_as_is "$SNV" docx "so-nganh/SNV - BC 279 KL114.docx"
