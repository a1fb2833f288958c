#!/usr/bin/env bash
# probe58's minimal repros: one construct per case, check + compile each alone.
# Usage: BIN=/path/to/baocao ./repro.sh   → prints metadata, errors and figures per case.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"; OUTLINE="$HERE/../../outline"; BIN="${BIN:-/work/review-bin23}"
D="$HERE/repro"; rm -rf "$D"; mkdir -p "$D"
mk() { mkdir -p "$D/$1/s"; printf "%b" "$2" > "$D/$1/s/$3"; }
HDR='ĐẢNG BỘ TỈNH NGHỆ AN        ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n*        Vinh Phú, ngày 10 tháng 4 năm 2026\nSố 67-BC/ĐU\n'
BODY='BÁO CÁO\nI. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\nBan Thường vụ Đảng ủy phường ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội nghị.\n'
SIG='T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Thị Hồng Nhung\n'
mk 0-control        "$HDR$BODY$SIG" a.txt
mk 1-telex-unit     "${HDR/ĐẢNG ỦY PHƯỜNG/DDARNG UYR PHƯỜNG}$BODY$SIG" a.txt
mk 1b-vni-unit      "${HDR/ĐẢNG ỦY PHƯỜNG/D9A3NG U3Y PHƯỜNG}$BODY$SIG" a.txt
mk 2-mojibake       "$(printf "%b" "$HDR$BODY$SIG" | iconv -f latin1 -t utf-8)" a.txt
mk 3-nbsp-entity    "${HDR/Số /Số&nbsp;}\n**I.&nbsp;CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**\n\nBan Thường vụ&nbsp;Đảng ủy phường ban hành 29 văn bản lãnh đạo, chỉ đạo.\n\n$SIG" a.md
mk 4-date-1O        "${HDR/ngày 10/ngày 1O}$BODY$SIG" a.txt
mk 5-stamp-line     "$HDR${BODY}T/M BAN THƯỜNG VỤ\nBÍ THƯ\nĐẢNG ỦY PHƯỜNG VINH PHÚ\nTrần Thị Hồng Nhung\n" a.txt
mk 6-sig-across     "$HDR${BODY}Nơi nhận: T/M BAN THƯỜNG VỤ\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c); BÍ THƯ\n- Lưu Văn phòng.\nTrần Thị Hồng Nhung\n" a.txt
mk 7-wrap-number    "$HDR${BODY}II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\n1. Những kết quả nổi bật\nMở lớp bồi dưỡng cho 428 lượt cán bộ, công chức và trưởng thôn; lãnh đạo xã tiếp\n1.038 lượt công dân, chủ trì 27 cuộc đối thoại về chuyển đổi đất lúa.\nTiếp nhận 219 đơn thư; 9 mô hình Dân vận khéo được công nhận;\ntỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 88,7%.\n$SIG" a.txt
mk 8-ocr-figures    "$HDR$BODY${SIG}PHỤ LỤC\nSTT\tNội dung\tĐVT\tSố liệu\n1\tVăn bản lãnh đạo, chỉ đạo được ban hành\tVăn bản\t29\n5\tLượt tiếp công dân\tLượt\t1.O38\n6\tĐơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận\tĐơn\t2l9\n7\tĐơn thư dã giải quyết\tĐơn\t211\n" a.txt
mk 9-number-l       "${HDR/Số 67/Số l67}$BODY$SIG" a.txt
for c in "$D"/*/; do c=${c%/}; n=$(basename "$c")
  "$BIN" check --format json "$c/s" --outline "$OUTLINE" > "$c/check.json" 2>/dev/null
  "$BIN" compile --submissions "$c/s" --outline "$OUTLINE" --out "$c/out" --format md,json --as-of 2026-04-30 >/dev/null 2>&1
  python3 - "$c" "$n" <<'PY'
import json, sys, os
c, n = sys.argv[1], sys.argv[2]
J = json.load(open(f"{c}/check.json"))
for f in J["files"]:
    m = f.get("metadata") or {}
    meta = {k: (v or {}).get("value") for k, v in m.items() if k in ("unit_code", "date", "doc_number", "signer")}
    errs = sorted({d["code"] for d in f["diagnostics"] if d["severity"] == "error" and d["code"] not in ("missing-section",)})
    figs = {}
    p = f"{c}/out/bao-cao-tong-hop.json"
    if os.path.exists(p):
        figs = {k: v["by_category"].get("dang-uy-xa-phuong") for k, v in json.load(open(p)).get("appendix", {}).items() if v.get("reported")}
    print(f"{n:16s} {meta} errors={errs} figs={figs}")
PY
  [ -f "$c/out/bao-cao-tong-hop.md" ] && grep -c "" "$c/out/bao-cao-tong-hop.md" >/dev/null
done
