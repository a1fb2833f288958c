#!/usr/bin/env python3
"""probe48's one-change copies behind FINDINGS.txt, written to /tmp/p48x/files/<name>.docx:
each starts from a report's .docx (gen/docx/, written by gen/build.py) and changes ONE
thing in word/document.xml by a literal text replacement (asserted to occur). Run after
gen/build.py; then all.sh scores each copy alone with exp.sh."""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(os.path.dirname(HERE), "docx")
OUT = "/tmp/p48x/files"


def edit(src, name, *pairs, regex=False):
    os.makedirs(OUT, exist_ok=True)
    zin = zipfile.ZipFile(os.path.join(DOCX, src + ".docx"))
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "word/document.xml":
                s = data.decode()
                for a, b in pairs:
                    if regex:
                        s2 = re.sub(a, b, s, flags=re.S)
                    else:
                        s2 = s.replace(a, b)
                    assert s2 != s, (name, a[:60])
                    s = s2
                data = s.encode()
            z.writestr(it, data)


V = {}


def v(f):
    V[f.__name__] = f
    return f


@v
def x001_no_weekday():
    edit("x001", "x001_no_weekday", ("Vinh Phú, thứ Sáu, ngày", "Vinh Phú, ngày"))


@v
def x001_weekday_no_comma():      # 'Vinh Phú, thứ Sáu ngày 10 …' (no comma before 'ngày')
    edit("x001", "x001_weekday_no_comma", ("Vinh Phú, thứ Sáu, ngày", "Vinh Phú, thứ Sáu ngày"))


@v
def x007_no_weekday():
    edit("x007", "x007_no_weekday", ("Anh Sơn, Chủ nhật, ngày", "Anh Sơn, ngày"))


@v
def x007_thu_hai():              # another weekday word, 'thứ Hai' (the day kept, so the key holds)
    edit("x007", "x007_thu_hai", ("Anh Sơn, Chủ nhật, ngày 12", "Anh Sơn, thứ Hai, ngày 12"))


@v
def x002_pct_plain():            # the rate cell '86,1%' alone
    edit("x002", "x002_pct_plain", ("86,1% (2.583/3.000 hồ sơ)", "86,1%"))


@v
def x002_pct_trong_do():         # the rate cell's bracket opened with 'trên tổng số'
    edit("x002", "x002_pct_tren_tong_so", ("86,1% (2.583/3.000 hồ sơ)", "86,1% (2.583 trên tổng số 3.000 hồ sơ)"))


@v
def snv_no_group_heading():      # the '2.2.' group heading removed (its two sub-heads stay)
    edit("snv", "snv_no_group_heading",
         (r'<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
          r'(?:(?!</w:p>).)*Tồn tại, hạn chế và nguyên nhân</w:t></w:r></w:p>', ""), regex=True)


@v
def snv_group_renamed():         # the group heading worded 'Hạn chế, khuyết điểm và nguyên nhân'
    edit("snv", "snv_group_hanche_khuyetdiem",
         ("Tồn tại, hạn chế và nguyên nhân", "Hạn chế, khuyết điểm và nguyên nhân"))


@v
def sgddt_no_intro():            # the line 'BÁO CÁO CỦA ĐƠN VỊ ĐIỂN HÌNH (KÈM THEO)' removed
    edit("sgddt", "sgddt_no_intro",
         (r'<w:p><w:pPr>(?:(?!<w:p>).)*?BÁO CÁO CỦA ĐƠN VỊ ĐIỂN HÌNH \(KÈM THEO\)</w:t></w:r></w:p>', ""),
         regex=True)


@v
def sgddt_no_school_table():     # the school's statistics table (and its title) removed
    edit("sgddt", "sgddt_no_school_table",
         (r'<w:p><w:pPr>(?:(?!<w:p>).)*?BIỂU SỐ LIỆU CỦA TRƯỜNG THPT HUỲNH THÚC KHÁNG</w:t></w:r></w:p><w:tbl>.*?</w:tbl>', ""),
         regex=True)


@v
def mttq_list_no_title():        # the participants table without its title and caption
    edit("mttq", "mttq_list_no_title",
         (r'<w:p><w:pPr>(?:(?!<w:p>).)*?DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ(?:(?!</w:p>).)*</w:p>'
          r'<w:p>(?:(?!</w:p>).)*Kèm theo Báo cáo số(?:(?!</w:p>).)*</w:p>', ""), regex=True)


@v
def mttq_list_before_appendix():  # the list moved before 'PHỤ LỤC' (right after the signature)
    zin = zipfile.ZipFile(os.path.join(DOCX, "mttq.docx"))
    s = zin.read("word/document.xml").decode()
    i_pb = s.rindex('<w:p><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:r><w:br w:type="page"/>')
    lst = s[i_pb:s.rindex("<w:sectPr>")]
    rest = s[:i_pb]
    i_app = rest.rindex('<w:p><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:r><w:br w:type="page"/>')
    new = rest[:i_app] + lst + rest[i_app:] + s[s.rindex("<w:sectPr>"):]
    edit("mttq", "mttq_list_before_appendix", (s, new))


@v
def syt_copy_block_no_appendix_between():   # the copy block right after the signature
    zin = zipfile.ZipFile(os.path.join(DOCX, "syt.docx"))
    s = zin.read("word/document.xml").decode()
    i_rule = s.index('<w:p><w:pPr><w:pBdr>')
    block = s[i_rule:s.rindex("<w:sectPr>")]
    i_app = s.rindex('<w:p><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:r><w:br w:type="page"/>', 0, i_rule)
    new = s[:i_app] + block + s[i_app:i_rule] + s[s.rindex("<w:sectPr>"):]
    edit("syt", "syt_copy_before_appendix", (s, new))


@v
def stc_no_stamp():              # the stamp's text box removed (the cell's paragraph kept)
    edit("stc", "stc_no_stamp", (r'<w:r><w:pict>.*?</w:pict></w:r>', ""), regex=True)


@v
def stc_stamp_as_lines():        # the stamp's four lines typed as paragraphs of the cell
    zin = zipfile.ZipFile(os.path.join(DOCX, "stc.docx"))
    s = zin.read("word/document.xml").decode()
    m = re.search(r'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:pict>.*?</w:pict></w:r></w:p>', s, re.S)
    if not m:
        m = re.search(r'<w:p>(?:(?!<w:p>).)*?<w:r><w:pict>.*?</w:pict></w:r></w:p>', s, re.S)
    box = m.group(0)
    inner = re.search(r"<w:txbxContent>(.*)</w:txbxContent>", box, re.S).group(1)
    edit("stc", "stc_stamp_as_lines", (box, inner))


if __name__ == "__main__":
    for n in sys.argv[1:] or V:
        V[n]()
        print("wrote", n)
