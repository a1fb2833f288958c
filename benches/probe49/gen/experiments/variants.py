#!/usr/bin/env python3
"""probe49's one-change copies behind FINDINGS.txt, written to /tmp/p49x/files/<name>.docx:
each starts from a report's .docx (gen/docx/, written by gen/build.py) and changes ONE thing
— in word/document.xml by a literal text replacement (asserted to occur) or a regex, or in
the package's custom properties. Run after gen/build.py; then all.sh scores each copy alone
with exp.sh (probe48's variants.py, pointed at this probe)."""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(os.path.dirname(HERE), "docx")
OUT = "/tmp/p49x/files"


def edit(src, name, *pairs, regex=False, drop_custom=False, custom=None):
    os.makedirs(OUT, exist_ok=True)
    zin = zipfile.ZipFile(os.path.join(DOCX, src + ".docx"))
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "word/document.xml":
                s = data.decode()
                for a, b in pairs:
                    s2 = re.sub(a, b, s, count=1, flags=re.S) if regex else s.replace(a, b)
                    assert s2 != s, (name, a[:60])
                    s = s2
                data = s.encode()
            if drop_custom:
                if it.filename == "docProps/custom.xml":
                    continue
                if it.filename in ("_rels/.rels", "[Content_Types].xml"):
                    s = data.decode()
                    s2 = re.sub(r'<(Relationship|Override)[^>]*custom[^>]*/>', "", s)
                    assert s2 != s, name
                    data = s2.encode()
            if custom and it.filename == "docProps/custom.xml":
                s = data.decode()
                for a, b in custom:
                    assert a in s, (name, a)
                    s = s.replace(a, b)
                data = s.encode()
            z.writestr(it, data)


def t(text):
    return f'<w:t xml:space="preserve">{text}</w:t>'


V = {}


def v(f):
    V[f.__name__] = f
    return f


# --- DUCA: the table continued as a second table under '(tiếp theo)' -------------------------
TIEP = (r'<w:p><w:pPr><w:spacing w:before="60" w:after="60"/><w:jc w:val="right"/></w:pPr>'
        r'<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">\(tiếp theo\)</w:t></w:r></w:p>')
BREAK = (r'<w:p><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:r><w:br w:type="page"/>'
         r'</w:r></w:p>')
HDR = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(
    f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/>'
    f'</w:pPr><w:r>{t(h)}</w:r></w:p></w:tc>'
    for h, w in [("STT", 700), ("Nội dung", 4700), ("ĐVT", 1300), ("Số liệu", 1600)]) + '</w:tr>')


@v
def duca_no_tieptheo():           # the '(tiếp theo)' line removed (page break and 2nd table kept)
    edit("duca", "duca_no_tieptheo", (TIEP, ""), regex=True)


@v
def duca_header_repeated():       # the second table opens with the header row typed again
    edit("duca", "duca_header_repeated",
         (r'(\(tiếp theo\)</w:t></w:r></w:p><w:tbl>.*?</w:tblGrid>)', r'\g<1>' + HDR), regex=True)


@v
def duca_one_table():             # rows 6-9 in the first table (no break, no caption, one table)
    edit("duca", "duca_one_table",
         (r'</w:tbl>' + BREAK + TIEP + r'<w:tbl>.*?</w:tblGrid>', ""), regex=True)


@v
def duca_second_table_rows_7_9():  # the split one row later: the 2nd table opens with row 7
    edit("duca", "duca_split_after_row6",
         (r'(</w:tr>)(</w:tbl>' + BREAK + TIEP + r'<w:tbl>.*?</w:tblGrid>)(<w:tr>.*?</w:tr>)',
          r'\1\3\2'), regex=True)


# --- SYT: note marks as superscript runs --------------------------------------------------------
SUP = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'


@v
def syt_no_marks():               # the three superscript marks removed
    edit("syt", "syt_no_marks", (r'<w:r>' + re.escape(SUP) + r'<w:t xml:space="preserve">[^<]*</w:t></w:r>', ""),
         (r'<w:r>' + re.escape(SUP) + r'<w:t xml:space="preserve">[^<]*</w:t></w:r>', ""),
         (r'<w:r>' + re.escape(SUP) + r'<w:t xml:space="preserve">[^<]*</w:t></w:r>', ""), regex=True)


@v
def syt_star_typed():             # '20' + '*' not raised: '20*' typed (README: '30*' is read as 30)
    edit("syt", "syt_star_typed", (f'<w:r>{SUP}{t("*")}</w:r>', f'<w:r>{t("*")}</w:r>'))


@v
def syt_mark1_typed():            # '1.312' + '1' not raised: '1.3121' on the page too (control)
    edit("syt", "syt_mark1_typed", (f'<w:r>{SUP}{t("1")}</w:r>', f'<w:r>{t("1")}</w:r>'))


@v
def syt_mark1_paren():            # the tiep-dan mark raised as '(1)' instead of '1'
    edit("syt", "syt_mark1_paren", (f'<w:r>{SUP}{t("1")}</w:r>', f'<w:r>{SUP}{t("(1)")}</w:r>'))


# --- SGDDT: the rate's working written with 'trên' -------------------------------------------
RATE = "99,1% (6.342 trên 6.400 hồ sơ)"


@v
def sgddt_rate_slash():           # '(6.342/6.400 hồ sơ)': README's form
    edit("sgddt", "sgddt_rate_slash", (RATE, "99,1% (6.342/6.400 hồ sơ)"))


@v
def sgddt_rate_tren_no_noun():    # the brief's '(6.342 trên 6.400)'
    edit("sgddt", "sgddt_rate_tren_no_noun", (RATE, "99,1% (6.342 trên 6.400)"))


@v
def sgddt_rate_tren_tong_so():    # '(6.342 trên tổng số 6.400 hồ sơ)'
    edit("sgddt", "sgddt_rate_tren_tong_so", (RATE, "99,1% (6.342 trên tổng số 6.400 hồ sơ)"))


@v
def sgddt_rate_plain():           # '99,1%' alone
    edit("sgddt", "sgddt_rate_plain", (RATE, "99,1%"))


@v
def sgddt_models_single():        # '19' instead of '19/21'
    edit("sgddt", "sgddt_models_single", (t("19/21"), t("19")))


# --- X005: the weekday cut short in the place-and-date line -----------------------------------
@v
def x005_thu_sau():               # written out, 'thứ Sáu,' (probe48's finding 1, fixed)
    edit("x005", "x005_thu_sau", ("Đô Lương, T6, ngày", "Đô Lương, thứ Sáu, ngày"))


@v
def x005_thu_6():                 # 'thứ 6,' (the weekday as a numeral)
    edit("x005", "x005_thu_6", ("Đô Lương, T6, ngày", "Đô Lương, thứ 6, ngày"))


@v
def x005_no_weekday():
    edit("x005", "x005_no_weekday", ("Đô Lương, T6, ngày", "Đô Lương, ngày"))


# --- X006: the date only in the custom properties, the header's day left blank ---------------
@v
def x006_no_custom():             # custom properties removed (core: created 8/4, modified 10/4)
    edit("x006", "x006_no_custom", drop_custom=True)


@v
def x006_dated_line():            # the header's day filled in: 'ngày 11 tháng 4 năm 2026'
    edit("x006", "x006_dated_line", ("Thanh Chương, ngày      tháng 4", "Thanh Chương, ngày 11 tháng 4"))


@v
def x006_dotted_day():            # the blank day as dots: 'ngày ….. tháng 4 năm 2026'
    edit("x006", "x006_dotted_day", ("Thanh Chương, ngày      tháng 4", "Thanh Chương, ngày ….. tháng 4"))


@v
def x006_custom_draft_day():      # header dated 11/4, custom date the draft's day 2026-04-02
    edit("x006", "x006_custom_draft_day",
         ("Thanh Chương, ngày      tháng 4", "Thanh Chương, ngày 11 tháng 4"),
         custom=[("<vt:lpwstr>2026-04-11</vt:lpwstr>", "<vt:lpwstr>2026-04-02</vt:lpwstr>")])


# --- X007: the number line left blank for the clerk --------------------------------------------
@v
def x007_numbered():              # 'Số 44-BC/ĐU' (the number filled in)
    edit("x007", "x007_numbered", (t("Số       -BC/ĐU"), t("Số 44-BC/ĐU")))


@v
def x007_dotted():                # 'Số ….-BC/ĐU' (dots for the number)
    edit("x007", "x007_dotted", (t("Số       -BC/ĐU"), t("Số ….-BC/ĐU")))


@v
def x007_no_number_line():        # the number line removed from the header
    edit("x007", "x007_no_number_line",
         (r'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Số       -BC/ĐU</w:t></w:r></w:p>', ""),
         regex=True)


if __name__ == "__main__":
    for f in V.values():
        f()
    print(f"{len(V)} variants in {OUT}")
