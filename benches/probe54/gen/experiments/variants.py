#!/usr/bin/env python3
"""probe54's one-change copies behind FINDINGS.txt, written to /tmp/p54x/files/<name>.<ext>:
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
v52.OUT = "/tmp/p54x/files"
edit = v52.edit

# 1. STC (plain text): the merged 'Kết quả 10 năm' header over 'Kế hoạch | Thực hiện | Tỷ lệ (%)'
H1 = "STT\tNội dung\tĐVT\tKết quả 10 năm\t\t\r\n\t\t\tKế hoạch\tThực hiện\tTỷ lệ (%)"
edit("stc.txt", "stc_header_one_row", (H1, "STT\tNội dung\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ (%)"))
edit("stc.txt", "stc_top_cell_blank", ("\tKết quả 10 năm\t\t\r\n", "\t\t\t\r\n"))
edit("stc.txt", "stc_top_cell_thuc_hien", ("\tKết quả 10 năm\t\t\r\n", "\tKết quả thực hiện\t\t\r\n"))
edit("stc.txt", "stc_second_row_stt", ("\r\n\t\t\tKế hoạch\tThực hiện", "\r\n(1)\t(2)\t(3)\tKế hoạch\tThực hiện"))
# 2. VPTU / DUQS: '2. Kết quả thực hiện' under 'I. KẾT QUẢ ĐẠT ĐƯỢC'
for key in ("vptu", "duqs"):
    edit(key, f"{key}_sub_nhung_ket_qua", (">2. Kết quả thực hiện<", ">2. Những kết quả nổi bật<"))
    edit(key, f"{key}_sub_ket_qua_cu_the", (">2. Kết quả thực hiện<", ">2. Kết quả cụ thể<"))
    edit(key, f"{key}_sub_ket_qua_dat_duoc", (">2. Kết quả thực hiện<", ">2. Kết quả đạt được<"))
    edit(key, f"{key}_part_neutral", (">I. KẾT QUẢ ĐẠT ĐƯỢC<", ">I. ĐÁNH GIÁ CHUNG<"))
edit("vptu", "vptu_no_item_numbers", (">(1) ", ">"), (">(2) ", ">"))
# 3. MTTQ (.md): '**II. KẾT QUẢ THỰC HIỆN**' with the text under it, then '**III. ĐÁNH GIÁ CHUNG**'
edit("mttq.md", "mttq_ket_qua_dat_duoc", ("**II. KẾT QUẢ THỰC HIỆN**", "**II. KẾT QUẢ ĐẠT ĐƯỢC**"))
edit("mttq.md", "mttq_nhung_ket_qua", ("**II. KẾT QUẢ THỰC HIỆN**", "**II. NHỮNG KẾT QUẢ NỔI BẬT**"))
edit("mttq.md", "mttq_danh_gia_han_che", ("**III. ĐÁNH GIÁ CHUNG**", "**III. HẠN CHẾ, NGUYÊN NHÂN**"))
edit("mttq.md", "mttq_no_danh_gia_part", ("**III. ĐÁNH GIÁ CHUNG**\n\n", ""))
# 4. TTT: the left-aligned bold 'Biểu số: 01/KL114' line over the appendix
B = "<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Biểu số: 01/KL114</w:t>"
edit("ttt", "ttt_bieu_centred", (B, B.replace("<w:p><w:r>", "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r>")))
edit("ttt", "ttt_bieu_no_colon", (">Biểu số: 01/KL114<", ">Biểu số 01/KL114<"))
edit("ttt", "ttt_bieu_01", (">Biểu số: 01/KL114<", ">Biểu 01<"))
edit("ttt", "ttt_bieu_no_code", (">Biểu số: 01/KL114<", ">Biểu số: 01<"))
edit("ttt", "ttt_bieu_removed", (B + "</w:r></w:p>", ""))
print("written to", v52.OUT)

# 3b. MTTQ: the impact sub-part first under 'III. ĐÁNH GIÁ CHUNG' (probe53's order, which passed)
src = open(os.path.join(v52.SRC, "mttq.md"), encoding="utf-8").read()
a = src.index("***1. Hạn chế***")
t = src.index("***4. Tác động***")
e = src.index("**IV. PHƯƠNG HƯỚNG")
out = src[:a] + src[t:e] + src[a:t] + src[e:]
assert out != src
open(os.path.join(v52.OUT, "mttq_tac_dong_first.md"), "w", encoding="utf-8").write(out)

# 2b. VPTU / DUQS: the context paragraph and the lead sub-part '1. Công tác tham mưu …' (lanh-dao,
# a top-level section) inside 'I. KẾT QUẢ ĐẠT ĐƯỢC'
import re as _re  # noqa: E402
import zipfile as _zf  # noqa: E402


def _docx_edit(key, name, fn):
    zin = _zf.ZipFile(os.path.join(v52.SRC, key + ".docx"))
    with _zf.ZipFile(os.path.join(v52.OUT, name + ".docx"), "w", _zf.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "word/document.xml":
                s = data.decode()
                s2 = fn(s)
                assert s2 != s, name
                data = s2.encode()
            z.writestr(it, data)


def _paras(s):
    return _re.findall(r"<w:p>(?:(?!<w:p>).)*?</w:p>", s, flags=_re.S)


def lanh_dao_before_part(s):
    ps = _paras(s)
    part = [q for q in ps if ">I. KẾT QUẢ ĐẠT ĐƯỢC<" in q][0]
    i = ps.index(part)
    sub, body = ps[i + 1], ps[i + 2]          # '1. Công tác tham mưu …' and its paragraph
    return s.replace(part + sub + body, sub + body + part, 1)


def no_context(s):
    ps = _paras(s)
    ctx = [q for q in ps if "Mười năm qua" in q][0]
    return s.replace(ctx, "", 1)


for key in ("vptu", "duqs"):
    _docx_edit(key, f"{key}_lanh_dao_before_part", lanh_dao_before_part)
    _docx_edit(key, f"{key}_no_context", no_context)
    edit(key, f"{key}_sub1_roman", (">1. Công tác tham mưu giúp cấp ủy lãnh đạo, chỉ đạo<",
                                     ">I. CÔNG TÁC THAM MƯU GIÚP CẤP ỦY LÃNH ĐẠO, CHỈ ĐẠO<"))
