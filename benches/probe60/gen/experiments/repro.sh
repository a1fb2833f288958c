#!/usr/bin/env bash
# probe60's minimal repros: the control report (header + part I + signature + a 3-row appendix) with ONE
# route construct changed; check + compile each alone. Usage: BIN=/path/to/baocao ./repro.sh
# Every case, the control included, draws missing-section errors (one part only): only DIFFERENCES count.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"; OUTLINE="$HERE/../../outline"; BIN="${BIN:-/work/review-bin24}"
D="$HERE/repro"; rm -rf "$D"; mkdir -p "$D"
mk() { mkdir -p "$D/$1/s"; printf "%b" "$2" > "$D/$1/s/$3"; }
HDR='ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY PHƯỜNG VINH PHÚ\n*\nSố 67-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nVinh Phú, ngày 10 tháng 4 năm 2026\n'
TTL='BÁO CÁO\nTổng kết 10 năm thực hiện Kết luận số 114-KL/TW\n'
P1='Ban Thường vụ Đảng ủy phường ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội nghị quán triệt, sơ kết.\n'
H1='I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n'
H3='III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN\n'
P3='Quan hệ giữa chính quyền và Nhân dân khối phố gắn bó hơn, các vụ việc được giải quyết ngay tại cơ sở.\n'
SIG='T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Thị Hồng Nhung\n'
APX='PHỤ LỤC\nSTT\tNội dung\tĐVT\tSố liệu\n1\tVăn bản lãnh đạo, chỉ đạo được ban hành\tVăn bản\t29\n5\tLượt tiếp công dân\tLượt\t1.129\n'
APX1='PHỤ LỤC\nSTT Nội dung ĐVT Số liệu\n1 Văn bản lãnh đạo, chỉ đạo được ban hành Văn bản 29\n5 Lượt tiếp công dân Lượt 1.129\n'
mk 0-control      "$HDR$TTL$H1$P1$H3$P3$SIG$APX" a.txt
mk 1a-chat-sender "Nguyễn Thu Hà\n$HDR$TTL$H1$P1$H3$P3$SIG$APX" a.txt
mk 1b-chat-day    "16/04/2026\n$HDR$TTL$H1$P1$H3$P3$SIG$APX" a.txt
mk 1d-chat-both   "16/04/2026\nNguyễn Thu Hà\nEm gửi Ban báo cáo KL114 ạ 🙏\n08:47\nNguyễn Thu Hà\n$HDR$TTL$H1$P1$H3$P3$SIG$APX" a.txt
mk 1c-row-spaces  "$HDR$TTL$H1$P1$H3$P3$SIG$APX1" a.txt
mk 2a-prefix-hdr  "[12/04/2026 16:21] Nguyễn Văn Quế: $HDR$TTL$H1$P1$H3$P3$SIG$APX" a.txt
mk 2b-prefix-head "$HDR$TTL$H1$P1[12/04/2026 16:22] Nguyễn Văn Quế: $H3$P3$SIG$APX" a.txt
mk 3-mail-headers "From:\tVăn phòng Đảng ủy phường <vp@nghean.dcs.vn>\nSent:\tMonday, April 13, 2026 4:35 PM\nTo:\tBan Tuyên giáo và Dân vận Tỉnh ủy\nSubject:\tFW: Báo cáo KL114\n\n$HDR$TTL$H1$P1$H3$P3$SIG$APX" a.txt
mk 4a-quoted      "Ban đã nhận báo cáo.\n\nVào Th 6, 10 thg 4, 2026 lúc 09:40 VP <vp@nghean.dcs.vn> đã viết:\n$(printf "%b" "$HDR$TTL$H1$P1$H3$P3$SIG$APX" | sed 's/^/> /')" a.txt
mk 4b-quoted-wrap "$(printf "%b" "$HDR$TTL$H1")> Ban Thường vụ Đảng ủy phường ban hành 29 văn bản lãnh đạo, chỉ đạo,\n> tổ chức 18 hội nghị quán triệt, sơ kết.\n$H3$P3$SIG$APX" a.txt
mk 5a-wrap-number "$HDR$TTL$H1${P1}Tỷ lệ hồ sơ thủ tục hành chính của phường được giải quyết trực tuyến tăng nhanh, năm\n2025 đạt 93,4%, cao hơn mức bình quân.\n$H3$P3$SIG$APX" a.txt
mk 5b-wrap-semi   "$HDR$TTL$H1${P1}Quy hoạch khu dân cư mới cho các hộ trẻ; duy trì lịch tiếp dân định kỳ tại khối;\nđẩy mạnh hướng dẫn người dân nộp hồ sơ trực tuyến.\n$H3$P3$SIG$APX" a.txt
mk 5c-wrap-capital "$HDR$TTL$H1${P1}Tiếp 372 lượt công dân, tiếp nhận 158 đơn thư, đã giải quyết 154 đơn; 4 mô hình\nDân vận khéo được công nhận.\n$H3$P3$SIG$APX" a.txt
mk 5d-page-number "$HDR$TTL$H1${P1}Niềm tin của Nhân dân đối với chính quyền phường được củng cố; môi trường\n2\nsống thân thiện, đồng thuận giữa chính quyền và Nhân dân được nâng lên.\n$H3$P3$SIG$APX" a.txt
mk 6-subject-wrap "${HDR}BÁO CÁO\nTổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí\nthư (khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước\ncác cấp\n$H1$P1$H3$P3$SIG$APX" a.txt
python3 "$HERE/line_docx.py" "$D"     # 7-line-paragraphs-docx (python-docx)
for c in "$D"/*/; do c=${c%/}; n=$(basename "$c")
  "$BIN" check --format json "$c/s" --outline "$OUTLINE" > "$c/check.json" 2>/dev/null
  "$BIN" compile --submissions "$c/s" --outline "$OUTLINE" --out "$c/out" --format md,json --as-of 2026-04-30 >/dev/null 2>&1
  python3 - "$c" "$n" <<'PY'
import json, sys, os, re
c, n = sys.argv[1], sys.argv[2]
J = json.load(open(f"{c}/check.json"))
for f in J["files"]:
    m = f.get("metadata") or {}
    meta = {k: (v or {}).get("value") for k, v in m.items() if k in ("unit_code", "date", "doc_number", "signer")}
    errs = sorted({d["code"] for d in f["diagnostics"] if d["severity"] == "error" and d["code"] != "missing-section"})
    figs, other, paras = {}, "", []
    p = f"{c}/out/bao-cao-tong-hop.json"
    if os.path.exists(p):
        figs = {k: v["by_category"].get("dang-uy-xa-phuong") for k, v in json.load(open(p)).get("appendix", {}).items() if v.get("reported")}
    md = f"{c}/out/bao-cao-tong-hop.md"
    if os.path.exists(md):
        t = open(md).read()
        body = t.split("*Đảng ủy phường Vinh Phú:*")
        paras = [re.sub(r"[ \t]*\n[ \t]*", " ", re.sub(r"\n\s*\n", " ¶ ", b.split("\n\n##")[0].split("\n\n**")[0].strip()))[:170] for b in body[1:]]
    print(f"{n:18s} {meta} errors={errs} figs={figs}")
    for q in paras:
        print(f"{'':18s} | {q}")
PY
done
