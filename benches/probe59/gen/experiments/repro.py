#!/usr/bin/env python3
"""probe59's minimal repros: one construct per case (a .txt or .md of a few lines), check + compile
each alone with the probe's outline; prints where every marked paragraph lands in the compiled
report (probe39's parser), the errors/warnings and the figures. Usage:
    BIN=/work/review-bin24 python3 gen/experiments/repro.py   (writes gen/experiments/repro/<case>/)"""
import importlib.util, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("BIN", "/work/review-bin24")
spec = importlib.util.spec_from_file_location("score", os.path.join(ROOT, "..", "probe39", "score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S); S.ROOT = ROOT

HDR = ["ĐẢNG BỘ TỈNH NGHỆ AN\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY PHƯỜNG VINH PHÚ", "*",
       "Số 67-BC/ĐU\t\tVinh Phú, ngày 10 tháng 4 năm 2026", "BÁO CÁO",
       "Thực hiện Kế hoạch số 86-KH/TU, Ban Thường vụ Đảng ủy phường Vinh Phú báo cáo như sau:"]
SIG = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Thị Hồng Nhung"]
T = {  # marked paragraphs: the marker word says where an officer files it
 "LD": "Đoạn LD: Ban Thường vụ ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội nghị quán triệt Kết luận.",
 "NB": "Đoạn NB: bồi dưỡng 447 lượt cán bộ, công chức; tiếp 1.129 lượt công dân, giải quyết 255 đơn thư.",
 "HC": "Đoạn HC: việc xử lý vi phạm trật tự xây dựng ở một số khu dân cư còn chậm, có nơi để kéo dài.",
 "NN": "Đoạn NN: lực lượng quản lý trật tự đô thị mỏng, tốc độ đô thị hóa nhanh, ý thức một bộ phận chưa cao.",
 "BH": "Đoạn BH: làm tốt công tác vận động trước khi ra quyết định thì việc khó cũng thành công.",
 "GP": "Đoạn GP: thời gian tới phường tập trung số hóa hồ sơ, mở rộng dịch vụ công trực tuyến toàn trình.",
 "TD": "Đoạn TD: bộ máy chính quyền gần dân hơn, sự hài lòng của người dân được nâng lên rõ rệt.",
 "KN": "Đoạn KN: đề nghị Tỉnh ủy bố trí kinh phí cho mô hình Dân vận khéo ở cơ sở.",
}
WANT = {"LD": "lanh-dao", "NB": "ket-qua.noi-bat", "HC": "ket-qua.han-che", "NN": "ket-qua.nguyen-nhan",
        "BH": "ket-qua.bai-hoc", "GP": "ket-qua.giai-phap", "TD": "tac-dong", "KN": "kien-nghi"}

def doc(*parts):
    out = list(HDR) if "OPEN" not in parts else list(HDR[:-1])
    parts = [HDR[-1] if x == "OPEN" else x for x in parts]
    for x in parts:
        out.append(T.get(x, x))
    return out + SIG

CTRL = ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "LD", "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "1. Những kết quả nổi bật", "NB",
        "2. Tồn tại, hạn chế", "HC", "3. Nguyên nhân", "NN", "4. Bài học kinh nghiệm", "BH",
        "5. Phương hướng, giải pháp thời gian tới", "GP", "III. TÁC ĐỘNG", "TD", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "KN"]
def sub(lst, old, new):
    return [new if x == old else x for x in lst]

CASES = {
 "0-control": (CTRL, "txt"),
 # A: a parent heading read by its text ('section-by-text'), its sub-headings swallowed
 "1-parent-own-title": (sub(CTRL, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "II. CÔNG TÁC DÂN VẬN CỦA CHÍNH QUYỀN"), "txt"),
 "1b-parent-glued": (sub(CTRL, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢTRIỂN KHAI THỰC HIỆN"), "txt"),
 # B: 'Đánh giá chung' over the limitations
 "2-danh-gia-chung": (["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "LD", "II. KẾT QUẢ THỰC HIỆN", "NB", "III. ĐÁNH GIÁ CHUNG",
                       "1. Tồn tại, hạn chế", "HC", "2. Nguyên nhân", "NN", "3. Kinh nghiệm", "BH",
                       "IV. PHƯƠNG HƯỚNG, GIẢI PHÁP", "GP", "V. TÁC ĐỘNG", "TD", "VI. KIẾN NGHỊ, ĐỀ XUẤT", "KN"], "txt"),
 "2b-danh-gia-chung-noroman": (["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "LD", "II. KẾT QUẢ THỰC HIỆN", "NB",
                       "III. TỒN TẠI, HẠN CHẾ", "HC", "IV. NGUYÊN NHÂN", "NN", "V. KINH NGHIỆM", "BH",
                       "VI. PHƯƠNG HƯỚNG, GIẢI PHÁP", "GP", "VII. TÁC ĐỘNG", "TD", "VIII. KIẾN NGHỊ, ĐỀ XUẤT", "KN"], "txt"),
 # C: the unit's own sub-titles under a results part
 "3-lanh-dao-ctt": (sub(CTRL, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "I. CÔNG TÁC LÃNH ĐẠO CHÍNH TRỊ TƯ TƯỞNG"), "txt"),
 "4-nhiem-vu-subtitle": (sub(CTRL, "1. Những kết quả nổi bật", "1. Lãnh đạo thực hiện nhiệm vụ chính trị"), "txt"),
 "2c-own-title-then-danh-gia": (["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "LD", "II. CÔNG TÁC DÂN VẬN CỦA CHÍNH QUYỀN", "1. Kết quả nổi bật", "NB",
                       "III. ĐÁNH GIÁ CHUNG", "1. Tồn tại, hạn chế", "HC", "2. Nguyên nhân", "NN", "3. Kinh nghiệm", "BH",
                       "4. Hiệu quả, tác động", "TD", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "KN", "PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ", "GP"], "txt"),
 "3b-wrapper-part": (["I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", "1. Công tác lãnh đạo chính trị tư tưởng", "LD",
                       "2. Lãnh đạo thực hiện nhiệm vụ chính trị", "NB", "3. Tồn tại, hạn chế", "HC", "4. Nguyên nhân", "NN",
                       "5. Bài học kinh nghiệm", "BH", "6. Tác động", "TD", "7. Kiến nghị, đề xuất", "KN",
                       "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "GP"], "txt"),
 "3c-wrapper-usual-subs": (["I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", "1. Công tác lãnh đạo, chỉ đạo", "LD",
                       "2. Những kết quả nổi bật", "NB", "3. Tồn tại, hạn chế", "HC", "4. Nguyên nhân", "NN",
                       "5. Bài học kinh nghiệm", "BH", "6. Tác động", "TD", "7. Kiến nghị, đề xuất", "KN",
                       "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "GP"], "txt"),
 # D: run-in leads under a heading that names kiến nghị
 "5-runin-under-kien-nghi": (["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "LD", "II. KẾT QUẢ THỰC HIỆN", "NB",
                       "III. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT, KIẾN NGHỊ", "- Hạn chế: " + T["HC"], "- Nguyên nhân: " + T["NN"],
                       "- Bài học kinh nghiệm: " + T["BH"], "- Tác động: " + T["TD"], "- Đề xuất, kiến nghị: " + T["KN"],
                       "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "GP"], "txt"),
 "5b-runin-under-danh-gia": (["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "LD", "II. KẾT QUẢ THỰC HIỆN", "NB",
                       "III. ĐÁNH GIÁ CHUNG", "- Hạn chế: " + T["HC"], "- Nguyên nhân: " + T["NN"],
                       "- Bài học kinh nghiệm: " + T["BH"], "- Tác động: " + T["TD"], "- Đề xuất, kiến nghị: " + T["KN"],
                       "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "GP"], "txt"),
 # E: a sub-section of II placed after III, as an unnumbered capital line
 "6-unnumbered-after": (["CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:", "LD", "NHỮNG KẾT QUẢ ĐẠT ĐƯỢC:", "NB", "TỒN TẠI VÀ HẠN CHẾ:", "HC",
                         "NGUYÊN NHÂN:", "NN", "BÀI HỌC KINH NGHIỆM:", "BH", "TÁC ĐỘNG:", "TD",
                         "PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI:", "GP", "KIẾN NGHỊ, ĐỀ XUẤT:", "KN"], "md"),
 "6b-numbered-after": (["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:", "LD", "II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC:", "NB", "III. TỒN TẠI VÀ HẠN CHẾ:", "HC",
                         "IV. NGUYÊN NHÂN:", "NN", "V. BÀI HỌC KINH NGHIỆM:", "BH", "VI. TÁC ĐỘNG:", "TD",
                         "VII. PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI:", "GP", "VIII. KIẾN NGHỊ, ĐỀ XUẤT:", "KN"], "md"),
 "6c-unnumbered-inorder": (["CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:", "LD", "NHỮNG KẾT QUẢ ĐẠT ĐƯỢC:", "NB", "TỒN TẠI VÀ HẠN CHẾ:", "HC",
                         "NGUYÊN NHÂN:", "NN", "BÀI HỌC KINH NGHIỆM:", "BH", "PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI:", "GP",
                         "TÁC ĐỘNG:", "TD", "KIẾN NGHỊ, ĐỀ XUẤT:", "KN"], "md"),
 # F: basis lines and the authority's name over the opening
 "9-can-cu": (["Căn cứ Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI);",
               "Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy,", "OPEN"] + CTRL, "md"),
 "9b-authority-then-can-cu": (["BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ", "Căn cứ Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI);",
               "Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy,", "OPEN"] + CTRL, "md"),
 "9c-caps-subject-authority-can-cu": (["TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW, NGÀY 14/7/2015 CỦA BAN BÍ THƯ (KHÓA XI) VỀ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN CỦA CƠ QUAN NHÀ NƯỚC CÁC CẤP",
               "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ", "Căn cứ Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI);",
               "Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy,", "OPEN"] + CTRL, "md"),
 "9d-sentence-subject-authority-can-cu": (["Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
               "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ", "Căn cứ Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI);",
               "Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy,", "OPEN"] + CTRL, "md"),
 "10b-caps-subject-authority": (["TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW, NGÀY 14/7/2015 CỦA BAN BÍ THƯ (KHÓA XI) VỀ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN CỦA CƠ QUAN NHÀNƯỚC CÁC CẤP",
               "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ", "OPEN"] + CTRL, "txt"),
 "10-authority-line": (["BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG VINH PHÚ", "OPEN"] + CTRL, "txt"),
}
TAB = "STT\tNội dung\tĐVT\tSố liệu"
APPX = {  # G: appendix rows
 "7-van-ban-den": [TAB, "1\tVăn bản đến được tiếp nhận, xử lý\tVăn bản\t4.812",
                   "2\tVăn bản lãnh đạo, chỉ đạo được ban hành\tVăn bản\t20", "3\tHội nghị quán triệt, sơ kết, tổng kết\tHội nghị\t12"],
 "7b-van-ban-den-after": [TAB, "1\tVăn bản lãnh đạo, chỉ đạo được ban hành\tVăn bản\t20",
                   "2\tVăn bản đến được tiếp nhận, xử lý\tVăn bản\t4.812", "3\tHội nghị quán triệt, sơ kết, tổng kết\tHội nghị\t12"],
 "8-luot-nguoi": [TAB, "1\tVăn bản lãnh đạo, chỉ đạo được ban hành\tVăn bản\t20",
                  "5\tLượt tiếp công dân\tLượt/người\t1.312 lượt/1.527 người",
                  "\t- Tiếp thường xuyên\tLượt/người\t894 lượt/1.031 người"],
 "8b-ratio-plan": [TAB, "1\tVăn bản lãnh đạo, chỉ đạo được ban hành\tVăn bản\t20",
                   "5\tLượt tiếp công dân\tLượt\t1.312/1.300 (đạt 100,9%)"],
}
for k, rows in APPX.items():
    CASES[k] = (CTRL + ["PHỤ LỤC"] + rows, "txt")

D = os.path.join(HERE, "repro"); shutil.rmtree(D, ignore_errors=True)
titles, cats, sig, names, out_name = S.load_outline()
for name, (parts, ext) in CASES.items():
    c = os.path.join(D, name); os.makedirs(os.path.join(c, "s"))
    lines = doc(*parts)
    if name in APPX:   # the signature before the appendix
        i = lines.index("PHỤ LỤC"); lines = lines[:i] + SIG + lines[i:len(lines) - 3]
    text = ("\n\n" if ext == "md" else "\n").join(lines) + "\n"
    open(os.path.join(c, "s", "a." + ext), "w", encoding="utf-8").write(text)
    with open(os.path.join(c, "check.json"), "w") as f:
        subprocess.run([BIN, "check", "--format", "json", os.path.join(c, "s"), "--outline", os.path.join(ROOT, "outline")], stdout=f, stderr=subprocess.DEVNULL)
    subprocess.run([BIN, "compile", "--submissions", os.path.join(c, "s"), "--outline", os.path.join(ROOT, "outline"), "--out",
                    os.path.join(c, "out"), "--format", "md,json", "--as-of", "2026-04-30"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    J = json.load(open(os.path.join(c, "check.json")))
    diags = [f"{d['severity'][0]}:{d['code']}:{d.get('section') or d.get('indicator') or ''}" for f in J["files"]
             for d in f["diagnostics"] if d["severity"] in ("error", "warning") and not (d["code"] == "missing-section" and name.startswith(("7", "8")))]
    blocks = S.parse_compiled(os.path.join(c, "out", out_name + ".md"), titles, cats, sig)
    land = []
    for m, want in WANT.items():
        hit = [b[0] for b in blocks if f"Đoạn {m}:" in b[2]]
        if name in APPX and m not in ("LD", "NB"):
            continue
        land.append(f"{m}" + ("" if hit == [want] else f"→{'/'.join(hit) or 'LOST'}"))
    leak = [b[0] for b in blocks if ("Căn cứ" in b[2] or "BAN THƯỜNG VỤ ĐẢNG ỦY" in b[2])]
    figs = {}
    jp = os.path.join(c, "out", out_name + ".json")
    if os.path.exists(jp):
        figs = {k: v["by_category"].get("dang-uy-xa-phuong") for k, v in json.load(open(jp)).get("appendix", {}).items() if v.get("reported")}
    print(f"{name:26s} {' '.join(land)}" + (f" LEAK:{leak}" if leak else "") + (f" figs={figs}" if name in APPX else "")
          + f"\n{'':26s} diags={sorted(set(diags))}")
