#!/usr/bin/env python3
"""probe51's one-change copies behind FINDINGS.txt, written to /tmp/p51x/files/<name>.<ext>:
each starts from a report as gen/build.py wrote it (gen/docx/<key>.docx, .md or .txt) and
changes ONE thing — in word/document.xml (or the text) by a literal replacement (asserted to
occur) or a regex (asserted to match). Run after gen/build.py; then all.sh scores each copy
alone with exp.sh (probe50's variants.py, pointed at this probe)."""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(os.path.dirname(HERE), "docx")
OUT = "/tmp/p51x/files"


def _apply(s, name, pairs, regex):
    for a, b in pairs:
        s2 = re.sub(a, b, s, flags=re.S | re.M) if regex else s.replace(a, b)
        assert s2 != s, (name, a[:70])
        s = s2
    return s


def edit(src, name, *pairs, regex=False):
    """src: 'duqs' (docx) or 'x004.md' / 'x005.txt'; each pair (old, new) replaced everywhere."""
    os.makedirs(OUT, exist_ok=True)
    if src.endswith((".md", ".txt")):
        raw = open(os.path.join(SRC, src), "rb").read()
        bom = raw.startswith(b"\xef\xbb\xbf")
        s = raw.decode("utf-8-sig")
        out = _apply(s, name, pairs, regex).encode("utf-8")
        with open(os.path.join(OUT, name + os.path.splitext(src)[1]), "wb") as f:
            f.write((b"\xef\xbb\xbf" if bom else b"") + out)
        return
    zin = zipfile.ZipFile(os.path.join(SRC, src + ".docx"))
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "word/document.xml":
                data = _apply(data.decode(), name, pairs, regex).encode()
            z.writestr(it, data)


SPLIT = (r'</w:tbl><w:p><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:r><w:br w:type="page"/>'
         r'</w:r></w:p><w:p><w:pPr>(?:(?!</w:p>).)*?\(tiếp theo\)</w:t></w:r></w:p><w:tbl>.*?</w:tblGrid>')


def x001():
    # finding 1: the appendix's second part read or not
    edit("x001", "x001_one_table", (SPLIT, ""), regex=True)
    edit("x001", "x001_no_raised_marks",
         (r'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">'
          r'\((1|\*)\)?\*?</w:t></w:r>', ""), regex=True)
    # the header not marked to repeat (the merged rows as plain first rows)
    edit("x001", "x001_header_rows_not_marked", ("<w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"700\"",
                                                 "<w:tc><w:tcPr><w:tcW w:w=\"700\""))


TOC = (r'<w:p><w:pPr><w:spacing w:before="60" w:after="60"/><w:jc w:val="center"/></w:pPr>'
       r'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">MỤC LỤC.*?'
       r'<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
OPENING = (r'<w:p><w:pPr><w:spacing w:before="60" w:after="60"/><w:ind w:firstLine="567"/></w:pPr>'
           r'<w:r><w:t xml:space="preserve">Thực hiện Kế hoạch.*?</w:p>')


def duqs():
    # finding 3: the captions of the side-by-side tables stop the search for a closing part
    edit("duqs", "duqs_captions_bieu_only", ("Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng", "Biểu 1"),
         ("Biểu 2. Tiếp dân, đơn thư, mô hình, TTHC", "Biểu 2"))
    edit("duqs", "duqs_caption1_only_bieu", ("Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng", "Biểu 1"))
    edit("duqs", "duqs_caption2_only_bieu", ("Biểu 2. Tiếp dân, đơn thư, mô hình, TTHC", "Biểu 2"))
    edit("duqs", "duqs_no_toc", (TOC, ""), regex=True)
    # side note 5: the TOC after the opening formula instead of before it
    edit("duqs", "duqs_toc_after_opening", ("(" + TOC + ")(" + OPENING + ")", r"\2\1"), regex=True)


def x004():
    # each of the file's other shapes taken out, one at a time: the lead-ins' miss stays
    edit("x004.md", "x004_no_weekday", ("Hoàng Mai, T4, ngày", "Hoàng Mai, ngày"))
    edit("x004.md", "x004_no_attachment_note", ("(Có biểu số liệu kèm theo)\n\n", ""))
    edit("x004.md", "x004_figures_without_units", (r"\| ([0-9.,]+) [^|0-9]+ \|$", r"| \1 |"), regex=True)
    edit("x004.md", "x004_signature_apart",
         (r"\*\*Nơi nhận:\*\*.*?\*\*Lê Thị Mai\*\*",
          "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\n\t\t\t\t\tPHÓ BÍ THƯ\n\n\t\t\t\t\tLê Thị Mai\n\n"
          "Nơi nhận:\n- Ban Tuyên giáo và Dân vận Tỉnh ủy;\n- Lưu Văn phòng Đảng ủy."), regex=True)
    # the results' lead-in in the first sub-section's words (probe50 finding 1's remainder)
    edit("x004.md", "x004_lead_in_nhung_ket_qua_noi_bat",
         ("**Về kết quả đạt được:**", "**Về những kết quả nổi bật:**"))


def syt():
    a = "Bên cạnh những kết quả đạt được, công tác dân vận của ngành còn một số hạn chế: thủ tục"
    edit("syt", "syt_limits_run_in_label", (a, "Hạn chế: thủ tục"))
    edit("syt", "syt_limits_announced_ben_canh_do",
         (a, "Bên cạnh đó, công tác dân vận của ngành còn một số hạn chế: thủ tục"))
    edit("syt", "syt_heading_ket_qua_only", (">KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ<", ">KẾT QUẢ ĐẠT ĐƯỢC<"))
    edit("syt", "syt_heading_uu_diem_va_han_che", (">KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ<", ">ƯU ĐIỂM VÀ HẠN CHẾ<"))


def main():
    x001()
    x004()
    duqs()
    syt()


if __name__ == "__main__":
    main()
