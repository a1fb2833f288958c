#!/usr/bin/env python3
"""probe53's one-change copies behind FINDINGS.txt, written to /tmp/p53x/files/<name>.<ext>:
each starts from a report as gen/build.py wrote it (gen/docx/<key>.docx, .md or .txt) and
changes ONE thing (a literal replacement in word/document.xml or in the text, asserted to
occur). probe52's variants.py's edit() loaded, pointed at this probe. Run after gen/build.py;
then all.sh scores each copy alone with exp.sh."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "v52", os.path.join(HERE, "..", "..", "..", "probe52", "gen", "experiments", "variants.py"))
v52 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v52)
v52.SRC = os.path.join(os.path.dirname(HERE), "docx")
v52.OUT = "/tmp/p53x/files"
edit = v52.edit

# 1. X005: 'VII. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI.'
H = "VII. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI."
edit("x005", "x005_no_full_stop", (H, H[:-1]))
edit("x005", "x005_no_muc_tieu", (H, "VII. NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI."))
edit("x005", "x005_giai_phap_first", (H, "VII. GIẢI PHÁP, NHIỆM VỤ VÀ MỤC TIÊU THỜI GIAN TỚI."))
edit("x005", "x005_muc_tieu_giai_phap", (H, "VII. MỤC TIÊU VÀ GIẢI PHÁP THỜI GIAN TỚI."))
edit("x005", "x005_nhiem_vu_only", (H, "VII. NHIỆM VỤ THỜI GIAN TỚI."))
# 2. STC: 'IV. BÀI HỌC KINH NGHIỆM VÀ TÁC ĐỘNG' / '1. Bài học kinh nghiệm' / '2. Tác động'
S = "IV. BÀI HỌC KINH NGHIỆM VÀ TÁC ĐỘNG"
edit("stc", "stc_part_tac_dong_first", (S, "IV. TÁC ĐỘNG VÀ BÀI HỌC KINH NGHIỆM"))
edit("stc", "stc_part_bai_hoc_only", (S, "IV. BÀI HỌC KINH NGHIỆM"))
edit("stc", "stc_part_neutral", (S, "IV. ĐÁNH GIÁ CHUNG"))
# 3. TTT: the results' long title; '1. Ưu điểm, tác động'
T = "II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO VÀ DÂN VẬN"
edit("ttt", "ttt_results_short", (T, "II. KẾT QUẢ THỰC HIỆN"))
edit("ttt", "ttt_results_cong_tac_dan_van", (T, "II. KẾT QUẢ CÔNG TÁC DÂN VẬN"))
edit("ttt", "ttt_results_tiep_cong_dan", (T, "II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN"))
edit("ttt", "ttt_results_khieu_nai", (T, "II. KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO"))
edit("ttt", "ttt_tac_dong_alone", ("1. Ưu điểm, tác động", "1. Tác động"))
edit("ttt", "ttt_tac_dong_first", ("1. Ưu điểm, tác động", "1. Tác động, ưu điểm"))
edit("ttt", "ttt_danh_gia_chung", ("III. ĐÁNH GIÁ<", "III. ĐÁNH GIÁ CHUNG<"))
edit("ttt", "ttt_both", (T, "II. KẾT QUẢ THỰC HIỆN"), ("1. Ưu điểm, tác động", "1. Tác động"))
# 4. DUQS: the run-in '- Về tác động:'
edit("duqs", "duqs_runin_danh_gia_tac_dong", ("- Về tác động:", "- Về đánh giá tác động:"))
edit("duqs", "duqs_runin_tac_dong_no_ve", ("- Về tác động:", "- Tác động:"))
edit("duqs", "duqs_runin_hieu_qua_tac_dong", ("- Về tác động:", "- Về hiệu quả, tác động:"))
edit("duqs", "duqs_runin_lanh_dao_removed", ("- Về lãnh đạo, chỉ đạo:", "-"))
# 5. X004: the web page's header
edit("x004.txt", "x004_no_bar_lines", ("\r\n|\r\n", "\r\n"))
edit("x004.txt", "x004_number_one_line", ("Số\r\n98-BC/ĐU", "Số 98-BC/ĐU"))
edit("x004.txt", "x004_number_and_date_one_line", ("Số\r\n98-BC/ĐU", "Số 98-BC/ĐU"),
     ("Hoàng Mai, ngày\r\n15 tháng", "Hoàng Mai, ngày 15 tháng"))
edit("x004.txt", "x004_number_colon_split", ("Số\r\n98-BC/ĐU", "Số:\r\n98-BC/ĐU"))
# 6. X006: the signature as pipe rows without a rule line
edit("x006.md", "x006_sig_rule_line", ("Nơi nhận: | |\n", "| Nơi nhận: | |\n|---|---|\n"))
edit("x006.md", "x006_sig_tabs", ("- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c); | T/M BAN THƯỜNG VỤ |\n"
                                  "- Lưu Văn phòng. | BÍ THƯ |\n| Hoàng Văn Sơn |",
                                  "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\t\t\tT/M BAN THƯỜNG VỤ\n"
                                  "- Lưu Văn phòng.\t\t\tBÍ THƯ\n\t\t\tHoàng Văn Sơn"))
edit("x006.md", "x006_sig_name_no_bars", ("| Hoàng Văn Sơn |", "Hoàng Văn Sơn"))
print("written to", v52.OUT)

# 4b. DUQS: the '- Về tác động:' paragraph moved after the '- Nguyên nhân:' one (in order)
import re, zipfile  # noqa: E402
zin = zipfile.ZipFile(os.path.join(v52.SRC, "duqs.docx"))
with zipfile.ZipFile(os.path.join(v52.OUT, "duqs_runin_tac_dong_after_causes.docx"), "w",
                     zipfile.ZIP_DEFLATED) as z:
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "word/document.xml":
            s = data.decode()
            paras = re.findall(r"<w:p>(?:(?!<w:p>).)*?</w:p>", s, flags=re.S)
            td = [q for q in paras if "- Về tác động:" in q][0]
            nn = [q for q in paras if "- Nguyên nhân:" in q][0]
            s2 = s.replace(td, "", 1).replace(nn, nn + td, 1)
            assert s2 != s
            data = s2.encode()
        z.writestr(it, data)
