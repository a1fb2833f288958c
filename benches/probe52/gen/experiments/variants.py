#!/usr/bin/env python3
"""probe52's one-change copies behind FINDINGS.txt, written to /tmp/p52x/files/<name>.<ext>:
each starts from a report as gen/build.py wrote it (gen/docx/<key>.docx, .md or .txt) and
changes ONE thing — in word/document.xml (or the text) by a literal replacement (asserted to
occur) or a regex (asserted to match), or adds the custom document properties Word keeps
(a front matter, README). Run after gen/build.py; then all.sh scores each copy alone with
exp.sh (probe51's variants.py, pointed at this probe)."""
import importlib.util
import os
import re
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(os.path.dirname(HERE), "docx")
OUT = "/tmp/p52x/files"
BENCH = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


def _apply(s, name, pairs, regex):
    for a, b in pairs:
        s2 = re.sub(a, b, s, flags=re.S | re.M) if regex else s.replace(a, b)
        assert s2 != s, (name, a[:70])
        s = s2
    return s


def edit(src, name, *pairs, regex=False):
    """src: 'stc' (docx) or 'x004.txt' / 'x005.md'; each pair (old, new) replaced everywhere."""
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


def custom(src, name, props):
    """A copy with Word's custom document properties (README: they are the front matter)."""
    spec = importlib.util.spec_from_file_location("r49", os.path.join(BENCH, "probe49", "gen", "reports.py"))
    r49 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(r49)
    dest = os.path.join(OUT, name + ".docx")
    shutil.copy(os.path.join(SRC, src + ".docx"), dest)
    r49.add_custom_properties(dest, props)


def swap(a, b):
    return [(a, "\x00"), (b, a), ("\x00", b)]


def sgddt():
    # finding: 'SỞ GD&ĐT' read from Word as 'SỞ GD\&ĐT'
    edit("sgddt", "sgddt_full_name", ("SỞ GD&amp;ĐT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"))
    edit("sgddt", "sgddt_gd_va_dt", ("SỞ GD&amp;ĐT", "SỞ GD VÀ ĐT"))
    edit("sgddt", "sgddt_gddt_no_sign", ("SỞ GD&amp;ĐT", "SỞ GDĐT"))


def mttq():
    # finding: 'UBMTTQ' (joined) not spelled out
    edit("mttq.md", "mttq_ub_space_mttq", ("UBMTTQ TỈNH NGHỆ AN", "UB MTTQ TỈNH NGHỆ AN"))
    edit("mttq.md", "mttq_uy_ban_mttq", ("UBMTTQ TỈNH NGHỆ AN", "ỦY BAN MTTQ TỈNH NGHỆ AN"))
    edit("mttq.md", "mttq_ubmttq_viet_nam", ("UBMTTQ TỈNH NGHỆ AN", "UBMTTQ VIỆT NAM TỈNH NGHỆ AN"))


def td():
    # finding: a joint report led by a body not on the roster
    edit("td", "td_roster_body_first",
         *swap("ỦY BAN HỘI LHTN VIỆT NAM TỈNH NGHỆ AN</w:t>", "BCH ĐOÀN TỈNH NGHỆ AN</w:t>"))
    cellre = r"<w:tc>(?:(?!</w:tc>).)*{}</w:t>(?:(?!</w:tc>).)*</w:tc>"
    sigswap = (f"({cellre.format('TM. BAN THƯỜNG VỤ TỈNH ĐOÀN')})"
               f"({cellre.format('TM. ỦY BAN HỘI LHTN VIỆT NAM TỈNH')})", r"\2\1")
    edit("td", "td_roster_signature_right", sigswap, regex=True)
    edit("td", "td_roster_first_both",
         (sigswap[0], sigswap[1]),
         ("(ỦY BAN HỘI LHTN VIỆT NAM TỈNH NGHỆ AN)(</w:t>.*?)(BCH ĐOÀN TỈNH NGHỆ AN)(</w:t>)",
          r"\3\2\1\4"), regex=True)
    edit("td", "td_partner_line_removed",
         (r'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr>'
          r'<w:t xml:space="preserve">ỦY BAN HỘI LHTN VIỆT NAM TỈNH NGHỆ AN</w:t></w:r></w:p>', ""),
         regex=True)


def x003():
    # finding: the template's blank left in the issuing body
    edit("x003", "x003_name_filled", ("ĐẢNG ỦY XÃ ....................", "ĐẢNG ỦY XÃ QUỲNH LƯU"))
    edit("x003", "x003_blank_without_dots", ("ĐẢNG ỦY XÃ ....................", "ĐẢNG ỦY XÃ"))
    edit("x003", "x003_place_names_commune", ("Nghệ An, ngày 13 tháng 4", "Quỳnh Lưu, ngày 13 tháng 4"))


def x007():
    # finding (README's rule): no header block, the unit named in the opening sentence
    edit("x007.md", "x007_header_typed",
         ("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy\n\n",
          "ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\nĐẢNG ỦY XÃ ANH SƠN\n\n*\n\n"
          "Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy\n\n"))
    shutil.copy(os.path.join(SRC, "x007.md"), os.path.join(OUT, "x007_as_is.md"))


def stc():
    # finding: the number filled into the template's blank, and the date alone in figures
    edit("stc", "stc_number_closed", ("Số: 241     /BC-STC", "Số: 241/BC-STC"))
    edit("stc", "stc_date_ngay", ("16/4/2026</w:t>", "ngày 16/4/2026</w:t>"))
    edit("stc", "stc_date_place_ngay", ("16/4/2026</w:t>", "Nghệ An, ngày 16/4/2026</w:t>"))
    edit("stc", "stc_date_place_no_ngay", ("16/4/2026</w:t>", "Nghệ An, 16/4/2026</w:t>"))
    edit("stc", "stc_both_usual", ("Số: 241     /BC-STC", "Số: 241/BC-STC"),
         ("16/4/2026</w:t>", "Nghệ An, ngày 16 tháng 4 năm 2026</w:t>"))


def x004():
    # finding: 'Hoàng Mai, 15/4/2026' (no 'ngày')
    edit("x004.txt", "x004_ngay", ("Hoàng Mai, 15/4/2026\r\n", "Hoàng Mai, ngày 15/4/2026\r\n"))
    edit("x004.txt", "x004_unwrapped", ("ĐẢNG ỦY\r\nPHƯỜNG HOÀNG MAI", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI"))


def x005():
    # finding: '(bổ sung)' after the number
    edit("x005.md", "x005_no_remark", ("Số 58-BC/ĐU (bổ sung)", "Số 58-BC/ĐU"))
    edit("x005.md", "x005_remark_dash", ("Số 58-BC/ĐU (bổ sung)", "Số 58-BC/ĐU - bổ sung"))
    edit("x005.md", "x005_capitals", ("Đảng bộ tỉnh Nghệ An\t", "ĐẢNG BỘ TỈNH NGHỆ AN\t"),
         ("Đảng ủy xã Đô Lương\n", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG\n"))


def snv():
    # finding: no word when the file name names another unit; the front matter's case warns
    custom("snv", "snv_custom_unit_code_stc", [("unit_code", "STC"), ("category", "so-nganh")])
    shutil.copy(os.path.join(SRC, "snv.docx"), os.path.join(OUT, "snv_as_is.docx"))


if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for f in (sgddt, mttq, td, x003, x007, stc, x004, x005, snv):
        f()
    print("\n".join(sorted(os.listdir(OUT))))
