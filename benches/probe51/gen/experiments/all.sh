#!/usr/bin/env bash
# all.sh: every experiment behind FINDINGS.txt (BIN= the binary, default
# /work/oracle/s30-head-bin). Writes the variants (variants.py, after gen/build.py), then
# scores each alone with exp.sh against the original report's key entry. A variant that
# rewrites a keyed paragraph's words (the SYT clause) is followed by where that paragraph
# landed, found by its text. Output: results-s30-head-bin.txt (probe50's all.sh).
set -u
H="$(cd "$(dirname "$0")" && pwd)"
python3 "$H/variants.py"
F=/tmp/p51x/files
run() { echo "== $1"; "$H/exp.sh" "$1" "$2" "$F/$1.$3" 2>&1; }
where() {  # where <variant> <words>: the section the unit's paragraph holding <words> landed in
  python3 - "/tmp/p51x/$1" "$2" <<'PY'
import importlib.util, sys
D, words = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("s", "/work/main/benches/probe39/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
S.ROOT = D
t, c, sg, n, o = S.load_outline()
for sec, unit, text in S.parse_compiled(D + "/out/compiled/bao-cao-tong-hop.md", t, c, sg):
    if unit and words in text:
        print(f"  WHERE    '{words}' -> {sec}: {text[:90]}")
PY
}
X001="dang-uy-xa-phuong/DU phuong Vinh Phu - BC tong ket KL114 (chua vao so).docx"
for v in x001_one_table x001_no_raised_marks x001_header_rows_not_marked; do run $v "$X001" docx; done
X004="dang-uy-xa-phuong/Hoang Mai - BC 98 KL114.md"
for v in x004_no_weekday x004_no_attachment_note x004_figures_without_units x004_signature_apart \
         x004_lead_in_nhung_ket_qua_noi_bat; do run $v "$X004" md; done
DUQS="dang-uy-truc-thuoc/DUQS - BC 318 KL114.docx"
for v in duqs_captions_bieu_only duqs_caption1_only_bieu duqs_caption2_only_bieu duqs_no_toc duqs_toc_after_opening; do run $v "$DUQS" docx; done
SYT="so-nganh/SYT - BC 1342 tong ket KL114 (ban sao).docx"
for v in syt_limits_run_in_label syt_limits_announced_ben_canh_do; do
  run $v "$SYT" docx; where $v "thủ tục thanh toán"; done
for v in syt_heading_ket_qua_only syt_heading_uu_diem_va_han_che; do run $v "$SYT" docx; done
