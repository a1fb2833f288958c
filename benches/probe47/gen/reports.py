"""probe47's reports: probe46's Rep (text, figures, numbers, dates and signers of probe44's
units) and its Word writer dx.py, loaded from ../probe46/gen, with this probe's layouts. Each
report says how it is DELIVERED (R.deliver): the .docx as is, or converted by another tool
(pandoc, MarkItDown, LibreOffice) — the shapes of probe46 as other tools save them — plus
Word files written the way LibreOffice, Google Docs and WPS write them, a long report, an
appendix of sub-units with a total row, an appendix as a picture, a report quoting the
outline's headings, and two reports in one file."""

import importlib.util
import os
import zlib
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
P46 = os.path.join(os.path.dirname(os.path.dirname(HERE)), "probe46", "gen")
sys.path.insert(0, P46)
_spec = importlib.util.spec_from_file_location("reports46", os.path.join(P46, "reports.py"))
R46 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R46)
sys.path.remove(P46)
from dx import cell, p, r, sect, table, x, REL  # noqa: E402  (probe46's dx, now imported)

Rep, C, ORDER, TITLES, HEADS = R46.Rep, R46.C, R46.ORDER, R46.TITLES, R46.HEADS
std_rows, bold_h, split2, CAPTION = R46.std_rows, R46.bold_h, R46.split2, R46.CAPTION
RECIP_PARTY, RECIP_STATE, SIG_PARTY = R46.RECIP_PARTY, R46.RECIP_STATE, R46.SIG_PARTY
IND, LABELS, vn = R46.IND, R46.LABELS, R46.vn


def from46(fn, filename, deliver, notes):
    """A probe46 report, delivered another way (its key unchanged but for the layout note)."""
    R = fn()
    R.key = R.key + "-" + deliver
    R.filename = filename
    R.deliver = deliver
    if deliver in ("pandoc-md", "gfm"):
        R.tolerated += ["pseudo-heading"]    # as probe44 for text deliveries
    R.notes = notes + " SOURCE: probe46's " + R.unit_code + " .docx (layout there: " + R.notes + ")"
    return R


# ------------------------------------------------------------------------------------------
ACCT_NUM = {"lanh-dao": "1. Công tác lãnh đạo, chỉ đạo", "ket-qua.noi-bat": "2.1. Những kết quả nổi bật",
            "ket-qua.han-che": "2.2. Tồn tại, hạn chế", "ket-qua.nguyen-nhan": "2.3. Nguyên nhân",
            "ket-qua.bai-hoc": "2.4. Bài học kinh nghiệm",
            "ket-qua.giai-phap": "2.5. Phương hướng, giải pháp thời gian tới",
            "tac-dong": "3. Tác động của việc thực hiện Kết luận", "kien-nghi": "4. Kiến nghị, đề xuất"}


def account_table(R):
    """probe46 X001's account table ('Nội dung' | 'Kết quả thực hiện'), for any unit."""
    rows = [[cell(p(r("Nội dung", b=True), jc="center"), 2800),
             cell(p(r("Kết quả thực hiện", b=True), jc="center"), 6600)]]
    for sec in ORDER:
        if sec == "ket-qua.noi-bat":
            rows.append([cell(p(r("2. Kết quả triển khai thực hiện", b=True)), 9400, span=2)])
        paras = []
        for t in R.texts[sec]:
            for piece in split2(t):
                R.paragraphs.append((piece, sec, None))
                paras.append(p(r(piece)))
        rows.append([cell(p(r(ACCT_NUM[sec], b=True)), 2800, valign="top"), cell(paras, 6600)])
    R.d.add(table(rows, [2800, 6600], header_rows=1))


def x007_md():
    R = Rep("x007", "X007", "BC 44 DU xa Anh Son KL114.md",
            "MARKITDOWN 0.1.9's Markdown of a Word report whose account is probe46 X001's "
            "TWO-COLUMN TABLE 'Nội dung' | 'Kết quả thực hiện' (the part in the left cell, "
            "several paragraphs in the right): a pipe table under an EMPTY header row, each "
            "right cell's paragraphs run together on ONE line (MarkItDown joins a cell's "
            "paragraphs with a space), '2. Kết quả triển khai thực hiện' a row of its own; "
            "the header and signature tables also pipe tables.", place="Anh Sơn")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ ANH SƠN"])
    R.title("Ban Thường vụ Đảng ủy xã Anh Sơn")
    account_table(R)
    R.closing("Ban Thường vụ Đảng ủy xã Anh Sơn", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    R.deliver = "markitdown"
    R.tolerated += ["pseudo-heading"]
    return R


def vptu_txt():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.txt",
            "LIBREOFFICE 7.4 'Save as Text (encoded) UTF-8' of a Word report whose account is "
            "the two-column table 'Nội dung' | 'Kết quả thực hiện' (probe46 X001's shape): "
            "LibreOffice writes every cell's paragraphs as lines, the left cell then the "
            "right, row by row, with no mark between cells, so the part titles "
            "('1. Công tác lãnh đạo, chỉ đạo', '2.1. Những kết quả nổi bật' …) stand as "
            "lines before their paragraphs; the header and signature tables are lines too, "
            "the appendix rows one cell a line.", place="Nghệ An")
    R.header_table([("TỈNH ỦY NGHỆ AN", False, False, False), ("VĂN PHÒNG", True, False, False),
                    ("*", False, False, False), (f"Số {R.doc_number}", False, False, False)],
                   [("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False), ("", False, False, False),
                    (R.place_date, False, False, True)])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Văn phòng Tỉnh ủy")
    account_table(R)
    R.closing("Văn phòng Tỉnh ủy", RECIP_PARTY, ["CHÁNH VĂN PHÒNG"])
    R.appendix()
    R.deliver = "lo-txt"
    R.tolerated += ["pseudo-heading"]
    return R


def snv_odt():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.odt",
            "OPENDOCUMENT .odt saved by LibreOffice 7.4 from a Word report whose account is "
            "the two-column table 'Nội dung' | 'Kết quả thực hiện' (probe46 X001's shape; "
            "table:table with several text:p per cell, the merged '2. Kết quả …' row "
            "table:number-columns-spanned); state header table. Read through LibreOffice "
            "(README), so the 'conversion' note is informational.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"])
    R.title("Sở Nội vụ")
    account_table(R)
    R.closing("Sở Nội vụ", RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    R.deliver = "odt"
    R.tolerated += ["conversion"]
    return R


# ------------------------------------------------------------------------------------------
def sgddt_lo():
    """Written as LibreOffice Writer writes a document (flat ODT: 'Text Body', 'Heading 1'/'2'
    with the OUTLINE numbering in text:outline-style), then saved as .docx by LibreOffice."""
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "A .docx SAVED BY LIBREOFFICE WRITER 7.4 (made in Writer: its own XML — styles "
            "'Text Body' (styleId 'TextBody'), 'Heading 1' / 'Heading 2' whose numbering "
            "'I.' / '1.' comes from the OUTLINE NUMBERING bound to the heading styles "
            "(numbering.xml referenced from styles.xml only; the numbers not in the text), "
            "the header block and signature as borderless Writer tables, the appendix a "
            "Writer table). Headings: the outline's titles; sub-parts under part II.")
    R.lo = True
    R.deliver = "lo-docx"
    return R


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" fo:text-align="justify" fo:text-indent="1cm"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
 </text:outline-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CB" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CBig" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CBody" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="L" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>
 <style:style style:name="Tbox" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
 <style:style style:name="Tnone" style:family="table-cell"><style:table-cell-properties fo:border="none"/></style:style>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="bold" style:text-underline-style="solid"/></style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="CBody"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:body><office:text>
"""


def fodt_sgddt(R):
    """The .fodt text of sgddt_lo() (and R.paragraphs / apparatus recorded)."""
    def t(s):
        return x(s)
    out = [FODT_HEAD]

    def cellp(lines, cstyle="Tnone"):
        ps = "".join(f'<text:p text:style-name="{st}">{t(s)}</text:p>' for s, st in lines)
        return f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">{ps}</table:table-cell>'

    def tbl(name, rows, ncol, cstyle="Tnone"):
        o = [f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="{ncol}"/>']
        for row in rows:
            o.append("<table:table-row>" + "".join(cellp(c, cstyle) for c in row) + "</table:table-row>")
        o.append("</table:table>")
        return "".join(o)
    out.append(tbl("Header", [[[("UBND TỈNH NGHỆ AN", "C"), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CB"),
                                 ("-------", "C"), (f"Số: {R.doc_number}", "C")],
                                [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CB"),
                                 ("Độc lập - Tự do - Hạnh phúc", "CB"), ("---------------", "C"),
                                 (R.place_date, "C")]]], 2))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    out.append(f'<text:p text:style-name="CBig">BÁO CÁO</text:p>'
               f'<text:p text:style-name="CBody">{t(R46.SUBJECT)}</text:p>')
    who = "Sở Giáo dục và Đào tạo"
    out.append(f'<text:p text:style-name="Text_20_body">{t(R46.OPENING.format(who=who))}</text:p>')
    R.app("BÁO CÁO")
    R.app(R46.SUBJ_LEAK)
    R.app(f"{who} báo cáo như sau")
    for sec, level, title in HEADS:
        title = title.split(" ", 1)[1]      # the numbers come from the outline numbering
        out.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                   f'{t(title)}</text:h>')
        if sec:
            for s in R.texts[sec]:
                R.paragraphs.append((s, sec, None))
                out.append(f'<text:p text:style-name="Text_20_body">{t(s)}</text:p>')
    close = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    out.append(f'<text:p text:style-name="Text_20_body">{t(close)}</text:p>')
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    out.append(tbl("Signature", [[[("Nơi nhận:", "L")] + [(s, "L") for s in RECIP_STATE],
                                   [("KT. GIÁM ĐỐC", "CB"), ("PHÓ GIÁM ĐỐC", "CB"), ("", "C"),
                                    ("", "C"), (R.signer, "CB")]]], 2))
    R.app("Nơi nhận")
    R.app(R.signer)
    out.append('<text:p text:style-name="PB">PHỤ LỤC</text:p>'
               f'<text:p text:style-name="CBody">{t(CAPTION)}</text:p>'
               f'<text:p text:style-name="C">(Kèm theo Báo cáo số {t(R.doc_number)} ngày 15/4/2026)</text:p>')
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    rows = [[[(c, "CB" if i == 0 else "L")] for c in row] for i, row in enumerate(std_rows(R.figures))]
    out.append(tbl("Appendix", rows, 4, "Tbox"))
    out.append("</office:text></office:body></office:document>\n")
    return "".join(out)


# ------------------------------------------------------------------------------------------
GD_RPR = ('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" '
          'w:hAnsi="Times New Roman"/>{b}{i}<w:smallCaps w:val="0"/><w:strike w:val="0"/>'
          '<w:color w:val="000000"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>{u}'
          '<w:shd w:fill="auto" w:val="clear"/><w:vertAlign w:val="baseline"/><w:rtl w:val="0"/>')


def gd_run(text, b=False, i=False, u=False, sz=26):
    """A run as Google Docs exports it: EVERY property written, false ones as w:val="0"."""
    rp = GD_RPR.format(b=f'<w:b w:val="{1 if b else 0}"/>', i=f'<w:i w:val="{1 if i else 0}"/>',
                       sz=sz, u='<w:u w:val="single"/>' if u else '<w:u w:val="none"/>')
    return f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>{rp}</w:rPr><w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def gd_p(text, jc="both", style=None, b=False, i=False, u=False, sz=26, ind=True):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    indent = '<w:ind w:firstLine="567"/>' if ind else '<w:ind w:firstLine="0"/>'
    return (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
            f'w:rsidRPr="00000000" w14:paraId="{zlib.crc32(text.encode()) % 0x7FFFFFFF:08X}">'
            f'<w:pPr>{st}<w:spacing w:after="60" w:before="60" w:line="276" w:lineRule="auto"/>'
            f'{indent}<w:jc w:val="{jc}"/><w:rPr/></w:pPr>{gd_run(text, b, i, u, sz)}</w:p>')


def td_gdocs():
    R = Rep("td", "TD", "Tinh doan - BC tong ket KL114 (Google Docs).docx",
            "A .docx DOWNLOADED FROM GOOGLE DOCS (File > Download > Word): every run carries "
            "EVERY property, the false ones written out — <w:b w:val=\"0\"/>, <w:i w:val=\"0\"/>, "
            "<w:u w:val=\"none\"/>, smallCaps/strike val 0, color, size, vertAlign baseline, "
            "rtl 0 — so a body run 'has' w:b and w:i elements that say NOT bold / NOT italic; "
            "'BÁO CÁO' in the TITLE style and the subject in SUBTITLE; parts and sub-parts in "
            "'Heading 1' / 'Heading 2' styles WITHOUT numbers (no numbering, none typed); the "
            "Youth Union's header in a fixed-width borderless table; rsid attributes zeroed "
            "and w14:paraId on each paragraph, as Google writes them. The Youth Union's own "
            "report (not probe44's joint one): its own number and signer.")
    R.doc_number = "27-BC/TĐTN-VP"
    R.signer = "Nguyễn Thị Bích Ngọc"
    R.deliver = "docx"
    d = R.d
    d.styles = [s for s in d.styles if s[0] != "Normal"]
    d.style("Normal", "normal", ppr='<w:jc w:val="both"/>', rpr='<w:sz w:val="26"/>', extra="<w:qFormat/>")
    d.style("Title", "Title", based="Normal", ppr='<w:keepNext/><w:keepLines/><w:spacing w:after="60" w:before="240"/><w:jc w:val="center"/>',
            rpr='<w:b w:val="1"/><w:sz w:val="32"/>', extra='<w:next w:val="Normal"/><w:pPr/>')
    d.style("Subtitle", "Subtitle", based="Normal", ppr='<w:keepNext/><w:keepLines/><w:spacing w:after="240" w:before="0"/><w:jc w:val="center"/>',
            rpr='<w:b w:val="1"/><w:sz w:val="26"/>', extra='<w:next w:val="Normal"/>')
    d.style("Heading1", "heading 1", based="Normal", ppr='<w:keepNext/><w:keepLines/><w:spacing w:after="120" w:before="240"/><w:outlineLvl w:val="0"/>',
            rpr='<w:b w:val="1"/><w:sz w:val="28"/>', extra='<w:next w:val="Normal"/>')
    d.style("Heading2", "heading 2", based="Normal", ppr='<w:keepNext/><w:keepLines/><w:spacing w:after="80" w:before="200"/><w:outlineLvl w:val="1"/>',
            rpr='<w:b w:val="1"/><w:i w:val="1"/><w:sz w:val="26"/>', extra='<w:next w:val="Normal"/>')

    def c(lines, w):
        return cell([gd_p(s, jc="center", b=b, u=u, i=i, ind=False) for s, b, u, i in lines], w=w, borders=False)
    d.add(table([[c([("BCH ĐOÀN TỈNH NGHỆ AN", True, False, False), ("***", False, False, False),
                     (f"Số: {R.doc_number}", False, False, False)], 4200),
                  c([("ĐOÀN TNCS HỒ CHÍ MINH", True, True, False), ("", False, False, False),
                     (R.place_date, False, False, True)], 5200)]], [4200, 5200], borders=False))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    d.add(gd_p("BÁO CÁO", jc="center", style="Title", b=True, sz=32, ind=False))
    d.add(gd_p(R46.SUBJECT, jc="center", style="Subtitle", b=True, ind=False))
    who = "Ban Thường vụ Tỉnh đoàn"
    d.add(gd_p(R46.OPENING.format(who=who)))
    R.app("BÁO CÁO")
    R.app(R46.SUBJ_LEAK)
    R.app(f"{who} báo cáo như sau")
    for sec, level, title in HEADS:
        title = TITLES.get(sec) or "Kết quả triển khai thực hiện"
        d.add(gd_p(title, jc="left", style=f"Heading{level}", b=True, i=level == 2,
                   sz=28 if level == 1 else 26, ind=False))
        if sec:
            for s in R.texts[sec]:
                R.paragraphs.append((s, sec, None))
                d.add(gd_p(s))
    close = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    d.add(gd_p(close))
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    d.add(table([[c([("Nơi nhận:", True, False, True)] + [(s, False, False, False) for s in RECIP_PARTY], 4500),
                  c([("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", True, False, False),
                     ("PHÓ BÍ THƯ THƯỜNG TRỰC", True, False, False), ("", False, False, False),
                     ("", False, False, False), (R.signer, True, False, False)], 4900)]],
                [4500, 4900], borders=False))
    R.app("Nơi nhận")
    R.app(R.signer)
    d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    d.add(gd_p("PHỤ LỤC", jc="center", b=True, ind=False))
    d.add(gd_p(CAPTION, jc="center", b=True, ind=False))
    d.add(gd_p(f"(Kèm theo Báo cáo số {R.doc_number} ngày 14/4/2026)", jc="center", i=True, ind=False))
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    W = [700, 4700, 1300, 1600]
    rows = [[cell(gd_p(v, jc="center" if j != 1 else "left", b=i == 0, ind=False), W[j])
             for j, v in enumerate(row)] for i, row in enumerate(std_rows(R.figures))]
    d.add(table(rows, W))
    return R


# ------------------------------------------------------------------------------------------
def wps_style(R):
    d = R.d
    d.styles = []
    # WPS Office saves its styles with NUMERIC ids: '1' Normal, '2' heading 1, '3' heading 2,
    # '4' Default Paragraph Font, '5' Normal Table, '6' Table Grid.
    d.style("1", "Normal", ppr='<w:widowControl w:val="0"/><w:spacing w:line="360" w:lineRule="auto"/><w:jc w:val="both"/>',
            rpr='<w:rFonts w:hint="default" w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="26"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar"/>',
            extra='<w:qFormat/>')
    d.style("2", "heading 1", based="1", ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:beforeLines="0" w:after="120" w:afterLines="0"/><w:outlineLvl w:val="0"/>',
            rpr='<w:b/><w:kern w:val="44"/>', extra='<w:next w:val="1"/><w:qFormat/>')
    d.style("3", "heading 2", based="1", ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="60" w:beforeLines="0" w:after="60" w:afterLines="0"/><w:outlineLvl w:val="1"/>',
            rpr='<w:b/><w:i/>', extra='<w:next w:val="1"/><w:semiHidden/><w:unhideWhenUsed/><w:qFormat/>')
    d.style("4", "Default Paragraph Font", typ="character", extra='<w:semiHidden/>')
    d.style("6", "Table Grid", typ="table", based="5")
    d.style("5", "Normal Table", typ="table", extra='<w:semiHidden/>')
    orig = d._styles_xml
    d._styles_xml = lambda: orig().replace('<w:style w:type="paragraph" w:styleId="1">',
                                           '<w:style w:type="paragraph" w:default="1" w:styleId="1">')


def wps_p(text, style=None, b=False, i=False, jc=None, chars=True):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    ind = ('<w:ind w:firstLine="520" w:firstLineChars="200"/>' if chars and not style else "")
    j = f'<w:jc w:val="{jc}"/>' if jc else ""
    rp = '<w:rFonts w:hint="default" w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    rp += ("<w:b/><w:bCs/>" if b else "") + ("<w:i/><w:iCs/>" if i else "")
    rp += '<w:lang w:val="vi-VN"/>'
    return (f'<w:p><w:pPr>{st}<w:bidi w:val="0"/>{ind}{j}<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:pPr>'
            f'<w:r><w:rPr>{rp}</w:rPr><w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>')


def mttq_wps():
    R = Rep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114 (WPS).docx",
            "A .docx SAVED BY WPS OFFICE: styles with NUMERIC ids ('1' = Normal, '2' = heading "
            "1, '3' = heading 2, no style with id 'Normal' or 'Heading1'), w:rFonts "
            "w:hint=\"default\" and eastAsia SimSun, indents in CHARACTER units "
            "(w:firstLineChars=\"200\"), w:bidi val 0 on every paragraph, lang en-US / zh-CN "
            "defaults in the Normal style; the parts 'I.' … 'IV.' in style '2', sub-parts "
            "'1.' … '5.' in style '3' (numbers typed); the Front's header over three lines.")
    R.deliver = "docx"
    wps_style(R)
    d = R.d

    def c(lines, w):
        return cell([wps_p(s, b=b, i=i, jc="center", chars=False) for s, b, i in lines], w=w, borders=False)
    d.add(table([[c([("ỦY BAN MẶT TRẬN TỔ QUỐC", False, False), ("VIỆT NAM TỈNH NGHỆ AN", False, False),
                     ("BAN THƯỜNG TRỰC", True, False), ("***", False, False),
                     (f"Số: {R.doc_number}", False, False)], 4300),
                  c([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                     ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                     (R.place_date, False, True)], 5100)]], [4300, 5100], borders=False))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    d.add(wps_p("BÁO CÁO", b=True, jc="center", chars=False))
    d.add(wps_p(R46.SUBJECT, b=True, jc="center", chars=False))
    d.add(wps_p(R46.OPENING.format(who=who)))
    R.app("BÁO CÁO")
    R.app(R46.SUBJ_LEAK)
    R.app(f"{who} báo cáo như sau")
    for sec, level, title in HEADS:
        d.add(wps_p(title, style="2" if level == 1 else "3"))
        if sec:
            for s in R.texts[sec]:
                R.paragraphs.append((s, sec, None))
                d.add(wps_p(s))
    close = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    d.add(wps_p(close))
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    d.add(table([[c([("Nơi nhận:", True, True)] + [(s, False, False) for s in RECIP_PARTY], 4500),
                  c([("TM. BAN THƯỜNG TRỰC", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False),
                     ("", False, False), (R.signer, True, False)], 4900)]], [4500, 4900], borders=False))
    R.app("Nơi nhận")
    R.app(R.signer)
    R.appendix()
    return R


# ------------------------------------------------------------------------------------------
DIST = ["Nam Đàn", "Thanh Chương", "Yên Thành", "Quỳnh Lưu", "Diễn Châu", "Nghi Lộc", "Hưng Nguyên",
        "Đô Lương", "Anh Sơn", "Con Cuông", "Tân Kỳ", "Nghĩa Đàn", "Quỳ Hợp", "Quỳ Châu",
        "Tương Dương", "Kỳ Sơn", "Quế Phong", "Thái Hòa", "Hoàng Mai", "Cửa Lò"]


def hnd_texts():
    """HND's long report: (level, heading) and (None, paragraph, section) items in order."""
    T = []

    def H(level, s):
        T.append((level, s, None))

    def P(s, sec):
        T.append((None, s, sec))
    H(1, "I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    H(2, "1. Công tác quán triệt, tuyên truyền")
    H(3, "a) Quán triệt trong cán bộ, hội viên")
    P("Ngay sau khi Kết luận số 114-KL/TW được ban hành, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị quán triệt cho 100% cán bộ chủ chốt cấp tỉnh, cấp huyện; chỉ đạo cơ sở hội tổ chức quán triệt đến chi hội, tổ hội nghề nghiệp.", "lanh-dao")
    P("Nội dung quán triệt gắn với Quy chế dân chủ ở cơ sở, Luật Tiếp công dân và trách nhiệm của tổ chức hội trong tham gia xây dựng Đảng, xây dựng chính quyền; số cán bộ, hội viên được học tập qua các năm đạt trên 92%.", "lanh-dao")
    H(3, "b) Tuyên truyền trên các phương tiện thông tin")
    P("Chuyên mục “Nhà nông với pháp luật” trên Báo Nghệ An và Đài Phát thanh - Truyền hình tỉnh duy trì định kỳ hằng tháng; bản tin Hội phát hành 4 số mỗi năm, đưa tin về các mô hình tiếp xúc, đối thoại với nông dân.", "lanh-dao")
    P("Từ năm 2020, Hội mở trang thông tin điện tử và các nhóm Zalo chi hội, giúp hội viên ở vùng sâu, vùng xa tiếp cận kịp thời chủ trương của Đảng, chính sách của Nhà nước về đất đai, giống cây trồng và tín dụng nông nghiệp.", "lanh-dao")
    H(2, "2. Cụ thể hóa thành chương trình, kế hoạch")
    P("Ban Thường vụ Hội ban hành 46 văn bản lãnh đạo, chỉ đạo, trong đó có Chương trình hành động thực hiện Kết luận số 114-KL/TW và các kế hoạch hằng năm về tham gia giám sát, phản biện xã hội.", "lanh-dao")
    P("Hội ký kết chương trình phối hợp với Sở Nông nghiệp và Môi trường, Ngân hàng Chính sách xã hội tỉnh và Thanh tra tỉnh, xác định rõ trách nhiệm của mỗi bên trong việc nắm bắt, phản ánh tâm tư, nguyện vọng của nông dân.", "lanh-dao")
    P("Các cấp hội đưa chỉ tiêu về công tác dân vận vào tiêu chí thi đua, đánh giá xếp loại tổ chức cơ sở hội hằng năm, làm căn cứ khen thưởng và xem xét trách nhiệm của cán bộ chủ chốt.", "lanh-dao")
    H(2, "3. Công tác kiểm tra, giám sát")
    P("Mười năm qua, Ban Thường vụ Hội tổ chức 27 cuộc kiểm tra, giám sát việc thực hiện Kết luận ở cấp huyện và cơ sở; kết quả kiểm tra được thông báo công khai, chỉ rõ địa chỉ của từng thiếu sót.", "lanh-dao")
    P("Qua kiểm tra đã kiến nghị cấp ủy, chính quyền địa phương chấn chỉnh 14 trường hợp chậm trả lời kiến nghị của hội viên, chỉ đạo hội cơ sở theo dõi việc khắc phục đến khi có kết quả cuối cùng.", "lanh-dao")
    H(1, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    H(2, "1. Những kết quả nổi bật")
    H(3, "a) Tham gia xây dựng chính quyền, tiếp xúc và đối thoại với nông dân")
    years = list(range(2016, 2026))
    topics = ["giá vật tư nông nghiệp", "thu hồi đất làm khu công nghiệp", "dồn điền đổi thửa",
              "bảo hiểm nông nghiệp", "tiêu thụ nông sản", "nước tưới vụ hè thu",
              "chuyển đổi cơ cấu cây trồng", "cấp giấy chứng nhận quyền sử dụng đất",
              "vốn vay ưu đãi", "phòng chống dịch bệnh gia súc"]
    for k in range(10):
        d, y, tp = DIST[k], years[k], topics[k]
        n, m = 9 + 3 * k, 31 + 7 * k
        P(f"Năm {y}, Hội Nông dân huyện {d} phối hợp với Ủy ban nhân dân huyện tổ chức {n} cuộc "
          f"đối thoại với hội viên về {tp}, tiếp nhận {m} ý kiến; đến cuối năm đã có {m - 2 - k % 3} "
          f"ý kiến được trả lời bằng văn bản.", "ket-qua.noi-bat")
    H(3, "b) Tham gia tiếp công dân và giải quyết đơn thư")
    kinds = ["tranh chấp ranh giới đất", "bồi thường giải phóng mặt bằng", "ô nhiễm môi trường chăn nuôi",
             "chính sách hỗ trợ giống", "nợ đọng tiền điện thủy lợi", "chất lượng phân bón",
             "chế độ người có công", "mốc giới rừng sản xuất", "hợp đồng liên kết bao tiêu",
             "cấp nước sinh hoạt"]
    for k in range(10):
        d = DIST[10 + k]
        a = 12 + 5 * k
        P(f"Hội Nông dân {'thị xã' if d in ('Thái Hòa', 'Hoàng Mai', 'Cửa Lò') else 'huyện'} {d} cử "
          f"cán bộ tham gia tiếp công dân định kỳ tại trụ sở tiếp dân, phối hợp hòa giải {a} vụ "
          f"việc về {kinds[k]}, thành công {a - 1 - k % 2} vụ, không để phát sinh khiếu kiện "
          f"vượt cấp.", "ket-qua.noi-bat")
    H(3, "c) Phong trào “Dân vận khéo” và cải cách hành chính")
    models = ["Tổ hợp tác trồng cam", "Chi hội nông dân nuôi ong", "Tổ hội nghề nghiệp chè",
              "Câu lạc bộ nông dân với pháp luật", "Tổ liên kết rau an toàn", "Hợp tác xã dược liệu",
              "Tổ tiết kiệm vay vốn", "Mô hình cánh đồng lớn", "Điểm tư vấn pháp luật lưu động",
              "Tổ nông dân giúp nhau làm kinh tế"]
    for k in range(10):
        d = DIST[(k * 3) % 20]
        P(f"{models[k]} ở {d} được công nhận mô hình “Dân vận khéo” cấp huyện năm "
          f"{2017 + k % 9}; mô hình thu hút {40 + 11 * k} hộ tham gia, thu nhập bình quân "
          f"tăng {12 + k}% so với trước khi tham gia.", "ket-qua.noi-bat")
    H(2, "2. Tồn tại, hạn chế")
    H(3, "a) Trong công tác lãnh đạo, chỉ đạo")
    P("Một số cấp hội chưa kịp thời cụ thể hóa Kết luận thành kế hoạch riêng, còn lồng ghép chung trong chương trình công tác năm, nên việc theo dõi, đánh giá kết quả thiếu cụ thể.", "ket-qua.han-che")
    P("Công tác quán triệt ở một số chi hội còn hình thức, đọc lại văn bản là chính, chưa liên hệ với những vướng mắc cụ thể mà hội viên đang gặp phải ở địa phương.", "ket-qua.han-che")
    H(3, "b) Trong tổ chức thực hiện")
    P("Việc tham gia tiếp công dân của cán bộ hội ở một số huyện miền núi chưa thường xuyên; nhiều ý kiến của nông dân được tổng hợp nhưng chưa theo dõi đến khi cơ quan có thẩm quyền trả lời.", "ket-qua.han-che")
    P("Một số mô hình “Dân vận khéo” thiếu tính bền vững, sau khi được công nhận không được nhân rộng, hiệu quả kinh tế giảm dần khi hết nguồn hỗ trợ ban đầu.", "ket-qua.han-che")
    H(2, "3. Nguyên nhân")
    H(3, "a) Nguyên nhân khách quan")
    P("Địa bàn rộng, giao thông miền núi khó khăn, thiên tai, dịch bệnh xảy ra liên tiếp trong các năm 2020 - 2022 ảnh hưởng lớn đến hoạt động tiếp xúc, đối thoại trực tiếp với nông dân.", "ket-qua.nguyen-nhan")
    P("Kinh phí cho hoạt động tham gia giám sát, phản biện của hội còn hạn hẹp, chưa có cơ chế hỗ trợ cán bộ hội tham gia hòa giải ở cơ sở.", "ket-qua.nguyen-nhan")
    H(3, "b) Nguyên nhân chủ quan")
    P("Một bộ phận cán bộ hội cơ sở kiêm nhiệm nhiều việc, thường xuyên thay đổi, kỹ năng vận động, thuyết phục và hiểu biết pháp luật còn hạn chế.", "ket-qua.nguyen-nhan")
    P("Sự phối hợp giữa hội với chính quyền một số nơi chưa chặt chẽ; người đứng đầu cấp hội ở vài địa phương chưa sâu sát, còn ngại va chạm khi phản ánh ý kiến của hội viên.", "ket-qua.nguyen-nhan")
    H(2, "4. Bài học kinh nghiệm")
    P("Phải nắm chắc tâm tư, nguyện vọng của nông dân từ chi hội, tổ hội; ý kiến nào thuộc thẩm quyền thì giải quyết ngay tại cơ sở, ý kiến vượt thẩm quyền phải theo đến cùng.", "ket-qua.bai-hoc")
    P("Người đứng đầu cấp hội gương mẫu, trực tiếp đối thoại thì hội viên tin tưởng, nhiều vụ việc phức tạp được hòa giải thành ngay từ đầu.", "ket-qua.bai-hoc")
    P("Mô hình dân vận chỉ bền vững khi gắn với lợi ích kinh tế của hộ nông dân và có sự đồng hành của chính quyền, doanh nghiệp.", "ket-qua.bai-hoc")
    H(2, "5. Phương hướng, giải pháp thời gian tới")
    H(3, "a) Đẩy mạnh tuyên truyền, quán triệt, nâng cao nhận thức")
    P("Tiếp tục quán triệt sâu rộng các chủ trương của Đảng về công tác dân vận trong tình hình mới đến từng chi hội sau sắp xếp chính quyền địa phương hai cấp, đổi mới hình thức tuyên truyền trên nền tảng số.", "ket-qua.giai-phap")
    P("Biên soạn tài liệu hỏi - đáp ngắn gọn về quyền, nghĩa vụ của nông dân trong tiếp công dân, khiếu nại, tố cáo, phát đến 100% chi hội trong năm 2026.", "ket-qua.giai-phap")
    H(3, "b) Nâng cao kết quả tham gia giải quyết đơn thư, kiến nghị")
    P("Duy trì cán bộ hội tham gia tiếp công dân định kỳ ở cấp xã; lập sổ theo dõi từng kiến nghị của hội viên đến khi có kết quả giải quyết, báo cáo Ban Thường vụ Hội hằng quý.", "ket-qua.giai-phap")
    P("Phối hợp với Thanh tra tỉnh bồi dưỡng kỹ năng hòa giải cho 500 cán bộ chi hội trưởng, ưu tiên các xã có nhiều vụ việc tranh chấp đất đai kéo dài.", "ket-qua.giai-phap")
    H(3, "c) Nhân rộng mô hình “Dân vận khéo”")
    P("Chọn 20 mô hình tiêu biểu để tổng kết, hỗ trợ vốn từ Quỹ Hỗ trợ nông dân và nhân rộng ở các xã có điều kiện tương đồng trong giai đoạn 2026 - 2030.", "ket-qua.giai-phap")
    H(1, "III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    P("Niềm tin của nông dân vào sự lãnh đạo của Đảng, sự điều hành của chính quyền được củng cố; số vụ khiếu kiện đông người liên quan đến đất nông nghiệp giảm rõ rệt so với giai đoạn trước năm 2015.", "tac-dong")
    P("Tổ chức hội được củng cố, số hội viên tăng hơn 18.000 người trong mười năm, vai trò cầu nối giữa nông dân với cấp ủy, chính quyền được khẳng định.", "tac-dong")
    P("Nhiều chính sách hỗ trợ sản xuất được điều chỉnh sát thực tế hơn nhờ ý kiến phản biện của nông dân, góp phần thực hiện thành công Chương trình xây dựng nông thôn mới.", "tac-dong")
    H(1, "IV. KIẾN NGHỊ, ĐỀ XUẤT")
    P("Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo cấp ủy cơ sở tạo điều kiện để cán bộ hội nông dân tham gia tiếp công dân định kỳ cùng chính quyền xã sau sắp xếp.", "kien-nghi")
    P("Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí hằng năm cho hoạt động hòa giải ở cơ sở của Hội và có cơ chế hỗ trợ nhân rộng các mô hình “Dân vận khéo” trong nông nghiệp.", "kien-nghi")
    return T


def hnd_long():
    C["HND"] = dict(paragraphs=[], figures={"van-ban": 46, "hoi-nghi": 38, "tap-huan": 5820,
                                            "doi-thoai": 214, "tiep-dan": 3460, "don-nhan": 1126,
                                            "don-giai-quyet": 1018, "dan-van-kheo": 57,
                                            "truc-tuyen": None},
                    number="112-BC/HNDT", date="2026-04-13", signer="Nguyễn Văn Đệ",
                    category="mttq-doan-the")
    R = Rep("hnd", "HND", "HND tinh - BC 112 tong ket KL114.docx",
            "A LONG report (60 paragraphs, 30 in 'Những kết quả nổi bật'): FOUR levels of "
            "typed headings — 'I.' (bold capitals) / '1.' (bold italic) / 'a)' 'b)' 'c)' "
            "(italic) — the a)/b)/c) sub-sub-parts under '1.' of part I and under '1.', '2.', "
            "'3.', '5.' of part II; sub-sub-parts whose TITLES CARRY ANOTHER PART'S KEYWORDS "
            "('a) Trong công tác lãnh đạo, chỉ đạo' under 'Tồn tại, hạn chế'; 'a) Đẩy mạnh "
            "tuyên truyền, quán triệt …' and 'b) Nâng cao kết quả tham gia giải quyết đơn "
            "thư, kiến nghị' under 'Phương hướng, giải pháp'); 'a) Nguyên nhân khách quan' / "
            "'b) Nguyên nhân chủ quan'. Every paragraph belongs to the outline section of "
            "its '1.'-level part (or its Roman part). The Farmers' Association's header ('HỘI "
            "NÔNG DÂN TỈNH NGHỆ AN' / 'BAN THƯỜNG VỤ' / '***', 'HỘI NÔNG DÂN VIỆT NAM' on the "
            "right); 'x' in the online rate (not its duty): null.")
    R.header_table([("HỘI NÔNG DÂN TỈNH NGHỆ AN", False, False, False), ("BAN THƯỜNG VỤ", True, False, False),
                    ("***", False, False, False), (f"Số {R.doc_number}", False, False, False)],
                   [("HỘI NÔNG DÂN VIỆT NAM", True, True, False), ("", False, False, False),
                    (R.place_date, False, False, True)])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường vụ Hội Nông dân tỉnh"
    R.title(who)
    for level, s, sec in hnd_texts():
        if level:
            R.d.add(p(r(s, b=level < 3, i=level > 1), ind=567))
        else:
            R.para(s, sec)
    R.closing(who, RECIP_PARTY, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"])
    R.appendix()
    R.deliver = "docx"
    return R


# ------------------------------------------------------------------------------------------
def syt_units():
    R = Rep("syt", "SYT", "SYT - BC 1342 tong ket KL114.docx",
            "State header; bold typed headings; the appendix on a LANDSCAPE page is a table "
            "BY SUB-UNIT: rows are the Department's units under GROUP ROWS 'A. KHỐI QUẢN LÝ "
            "NHÀ NƯỚC' / 'B. KHỐI SỰ NGHIỆP' (merged across), columns the nine indicators, "
            "and a 'TỔNG CỘNG' ROW at the bottom; every cell carries its UNIT OR WORDS with "
            "the figure ('12 văn bản', '1.250 lượt', '34 cuộc', 'Đạt 97,8%'); the rate in "
            "each unit's row is the unit's own, in the total row the Department's. The "
            "officer takes the TỔNG CỘNG row.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"])
    R.title("Sở Y tế")
    R.heads(bold_h(R))
    R.closing("Sở Y tế", RECIP_STATE, ["GIÁM ĐỐC"])
    R.d.add(sect(last=False))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW THEO ĐƠN VỊ", b=True), jc="center"))
    R.d.add(p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 16/4/2026 của Sở Y tế)", i=True), jc="center"))
    R.app("THEO ĐƠN VỊ")
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    f = R.figures
    split = {"van-ban": [14, 6, 11, 7], "hoi-nghi": [6, 3, 7, 4], "tap-huan": [412, 238, 2105, 1350],
             "doi-thoai": [8, 4, 12, 10], "tiep-dan": [286, 97, 568, 361], "don-nhan": [121, 38, 274, 165],
             "don-giai-quyet": [118, 37, 268, 160], "dan-van-kheo": [2, 1, 6, 4]}
    for k, v in split.items():
        assert sum(v) == f[k], k
    rates = ["Đạt 99,1%", "Đạt 98,4%", "Đạt 97,2%", "Đạt 96,9%"]
    words = {"van-ban": "văn bản", "hoi-nghi": "hội nghị", "tap-huan": "lượt", "doi-thoai": "cuộc",
             "tiep-dan": "lượt", "don-nhan": "đơn", "don-giai-quyet": "đơn", "dan-van-kheo": "mô hình"}
    heads = ["STT", "Đơn vị", "Văn bản lãnh đạo, chỉ đạo", "Hội nghị quán triệt, sơ kết",
             "Tập huấn, bồi dưỡng", "Đối thoại của người đứng đầu", "Tiếp công dân",
             "Đơn thư tiếp nhận", "Đơn thư đã giải quyết", "Mô hình “Dân vận khéo”",
             "Hồ sơ TTHC trực tuyến"]
    W = [500, 2600] + [1300] * 9
    rows = [heads]
    names = [("A", "KHỐI QUẢN LÝ NHÀ NƯỚC", None), ("1", "Cơ quan Văn phòng Sở", 0),
             ("2", "Chi cục Dân số - Kế hoạch hóa gia đình", 1), ("B", "KHỐI SỰ NGHIỆP", None),
             ("3", "Các bệnh viện tuyến tỉnh", 2), ("4", "Các Trung tâm Y tế khu vực", 3)]
    for tt, name, j in names:
        if j is None:
            rows.append([cell(p(r(tt, b=True), jc="center", spacing=False), W[0]),
                         cell(p(r(name, b=True), spacing=False), sum(W[1:]), span=10)])
            continue
        rows.append([tt, name] + [f"{vn(split[k][j])} {words[k]}" for k in IND[:8]] + [rates[j]])
    rows.append([cell(p(r("", b=True), spacing=False), W[0]),
                 cell(p(r("TỔNG CỘNG", b=True), jc="center", spacing=False), W[1])] +
                [cell(p(r(f"{vn(f[k])} {words[k]}", b=True), jc="center", spacing=False), W[2 + i])
                 for i, k in enumerate(IND[:8])] +
                [cell(p(r(f"Đạt {vn(f['truc-tuyen'])}%", b=True), jc="center", spacing=False), W[10])])
    R.d.add(table(rows, W, header_rows=1))
    R.rows = ["Cơ quan Văn phòng Sở", "Chi cục Dân số - Kế hoạch hóa gia đình", "Các bệnh viện tuyến tỉnh",
              "Các Trung tâm Y tế khu vực"]
    R.last_sect = dict(landscape=True)
    R.deliver = "docx"
    return R


# ------------------------------------------------------------------------------------------
def stc_picture():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "State header; bold typed headings; the appendix page has 'PHỤ LỤC', its caption "
            "and '(Kèm theo …)' and then the table ONLY AS A PICTURE (a scan of the signed "
            "table pasted as an inline PNG, no Word table, no embedded workbook, no workbook "
            "beside it). No tool can take the figures from it without OCR: the officer asks "
            "the unit for the table in Word or Excel — so the figures are keyed null, and "
            "the report DESERVES a finding on its appendix (appendix-empty, or any diagnostic "
            "naming the picture); silence would be wrong.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"])
    R.title("Sở Tài chính")
    R.heads(bold_h(R))
    R.closing("Sở Tài chính", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.d.add(p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 16/4/2026 của Sở Tài chính)", i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    R.picture_rows = std_rows(R.figures)     # build.py renders them to a PNG (LibreOffice)
    R.figures = {k: None for k in R.figures}
    R.problems = ["appendix-empty"]
    R.deliver = "docx"
    return R


def picture_xml(rid, cx=5400000, cy=2700000):
    return (f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Picture 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="scan.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
            '</a:graphic></wp:inline></w:drawing></w:r></w:p>')


# ------------------------------------------------------------------------------------------
def duqs_quotes():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 tong ket KL114.docx",
            "Party header; bold typed headings I.-IV. / bold-italic 1.-5.; the report QUOTES "
            "THE OUTLINE'S OWN HEADINGS IN ITS TEXT: a paragraph after the opening lists the "
            "outline's four parts in quotation marks; a paragraph of the leadership part "
            "names 'những kết quả nổi bật; tồn tại, hạn chế; nguyên nhân; bài học kinh "
            "nghiệm' as what the Party cells must report; a paragraph under 'Tồn tại, hạn chế' "
            "OPENS with 'Bài học kinh nghiệm …' and one under 'Bài học kinh nghiệm' with "
            "'Kết quả triển khai thực hiện …' (plain, long, not bold, ending with a full "
            "stop): each stays text of the part it stands in.")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY QUÂN SỰ TỈNH"])
    who = "Ban Thường vụ Đảng ủy Quân sự tỉnh"
    R.title(who)
    R.para("Thực hiện hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo được xây dựng "
           "theo đề cương gồm bốn phần: “Đánh giá công tác lãnh đạo, chỉ đạo”; “Kết quả triển "
           "khai thực hiện”; “Tác động của việc thực hiện Kết luận” và “Kiến nghị, đề xuất”, "
           "số liệu tính từ tháng 7/2015 đến hết tháng 3/2026.", "other")
    extra = {
        "lanh-dao": ["Đảng ủy yêu cầu các chi bộ, đảng bộ cơ sở khi sơ kết hằng năm phải nêu rõ "
                     "những kết quả nổi bật; tồn tại, hạn chế; nguyên nhân; bài học kinh nghiệm "
                     "trong công tác dân vận, không báo cáo chung chung, có số liệu cụ thể của "
                     "từng đơn vị."],
        "ket-qua.han-che": ["Bài học kinh nghiệm từ các đợt giúp dân khắc phục hậu quả bão lũ chưa "
                            "được một số đơn vị tổng kết, vận dụng kịp thời, nên có lúc còn lúng "
                            "túng trong hiệp đồng với địa phương khi lực lượng đến địa bàn."],
        "ket-qua.bai-hoc": ["Kết quả triển khai thực hiện ở từng cơ quan, đơn vị cho thấy nơi nào "
                            "cấp ủy, chỉ huy quan tâm, trực tiếp chỉ đạo thì nơi đó công tác dân "
                            "vận có chuyển biến rõ, quan hệ quân dân gắn bó."],
    }
    h = bold_h(R)
    for sec, level, title in HEADS:
        h(title, level)
        if sec:
            R.body(sec)
            for t in extra.get(sec, []):
                R.para(t, sec)
    R.closing(who, RECIP_PARTY, SIG_PARTY)
    R.appendix()
    R.deliver = "docx"
    return R


# ------------------------------------------------------------------------------------------
SUB_REPORT = [
    ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", ["Chi bộ xóm 5 tổ chức quán triệt Kết luận số 114-KL/TW đến 100% đảng viên; ban hành nghị quyết chuyên đề về công tác dân vận, phân công mỗi đảng viên phụ trách từ 10 đến 15 hộ gia đình trong xóm."]),
    ("II. KẾT QUẢ THỰC HIỆN", ["Mười năm qua, Ban công tác Mặt trận xóm tổ chức 21 buổi đối thoại với bà con, hòa giải thành 17 vụ mâu thuẫn về đất vườn, đường làng; xóm được công nhận khu dân cư văn hóa 8 năm liền.",
                               "Việc vận động hiến đất làm đường giao thông nông thôn năm 2019 còn chậm do một số hộ chưa đồng thuận; sinh hoạt chi bộ có lúc chưa dành thời gian bàn về công tác dân vận."]),
    ("III. TÁC ĐỘNG", ["Nhân dân trong xóm đồng thuận, tin tưởng; các khoản đóng góp xây dựng nhà văn hóa xóm được công khai, không có đơn thư vượt cấp."]),
    ("IV. ĐỀ XUẤT", ["Đề nghị Đảng ủy xã hỗ trợ kinh phí sửa chữa nhà văn hóa xóm và mở lớp bồi dưỡng kỹ năng dân vận cho bí thư chi bộ, trưởng xóm."]),
]


def x006_two():
    R = Rep("x006", "X006", "Thanh Chuong - BC 66 KL114.docx",
            "TWO REPORTS IN ONE FILE: the commune's report (Party header, I.-IV. / 1.-5. bold "
            "headings, signature, its appendix) and then, after a page break, the report of "
            "its sub-unit CHI BỘ XÓM 5 appended as the unit typed it in ('ĐẢNG BỘ XÃ THANH "
            "CHƯƠNG' / 'CHI BỘ XÓM 5' / 'Số 07-BC/CB', 'Thanh Chương, ngày 02 tháng 4 năm "
            "2026', 'BÁO CÁO', its own I.-IV. parts, 'T/M CHI BỘ' / 'BÍ THƯ' / 'Nguyễn Văn "
            "Bình'). The officer files the commune's report (its number, date, signer, "
            "figures) and does NOT compile the cell's text as the commune's account (keyed as "
            "apparatus: attached material). ARGUABLE: a note that the file holds a second "
            "report would be welcome; none is required.", place="Thanh Chương")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ THANH CHƯƠNG"])
    who = "Ban Thường vụ Đảng ủy xã Thanh Chương"
    R.title(who)
    R.heads(bold_h(R))
    R.closing(who, RECIP_PARTY, SIG_PARTY)
    R.appendix()
    d = R.d
    d.add(p('<w:r><w:br w:type="page"/></w:r>'))

    def col(lines, w):
        return cell([p(r(t, b=b, u=u, i=i), jc="center", spacing=False) for t, b, u, i in lines],
                    w=w, borders=False)
    d.add(table([[col([("ĐẢNG BỘ XÃ THANH CHƯƠNG", False, False, False), ("CHI BỘ XÓM 5", True, False, False),
                       ("*", False, False, False), ("Số 07-BC/CB", False, False, False)], 4000),
                  col([("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False), ("", False, False, False),
                       ("Thanh Chương, ngày 02 tháng 4 năm 2026", False, False, True)], 5400)]],
                [4000, 5400], borders=False))
    d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    d.add(p(r("Kết quả 10 năm thực hiện Kết luận số 114-KL/TW ở Chi bộ xóm 5", b=True), jc="center"))
    R.app("Số 07-BC/CB")
    R.app("Kết quả 10 năm thực hiện Kết luận số 114-KL/TW ở Chi bộ xóm 5")
    for head, paras in SUB_REPORT:
        d.add(p(r(head, b=True), ind=567))
        for t in paras:
            d.add(p(r(t), ind=567))
            R.app(" ".join(t.split()[3:11]))
    d.add(table([[cell([p(r("Nơi nhận:", b=True, i=True), spacing=False),
                        p(r("- Đảng ủy xã (b/c);", sz=22), spacing=False),
                        p(r("- Lưu Chi bộ.", sz=22), spacing=False)], 4500, False),
                  cell([p(r("T/M CHI BỘ", b=True), jc="center", spacing=False),
                        p(r("BÍ THƯ", b=True), jc="center", spacing=False), p("", spacing=False),
                        p(r("Nguyễn Văn Bình", b=True), jc="center", spacing=False)], 4900, False)]],
                [4500, 4900], borders=False))
    R.app("Nguyễn Văn Bình")
    R.deliver = "docx"
    return R


# ------------------------------------------------------------------------------------------
def x001_pandoc():
    return from46(R46.x001, "DU phuong Vinh Phu - BC 67 KL114.md", "pandoc-md",
                  "PANDOC 2.17 '-t markdown' of probe46's X001 .docx (the account as the "
                  "two-column table 'Nội dung' | 'Kết quả thực hiện', several paragraphs per "
                  "right cell): pandoc writes it as a GRID TABLE (+---+ borders, '|' cell edges, "
                  "each cell's paragraphs wrapped inside the column, blank cell lines between "
                  "them), the merged '2. Kết quả …' row spanning; header and signature tables "
                  "as simple/grid tables too.")


def duca_gfm():
    return from46(R46.duca, "DUCA - BC 296 tong ket KL114.md", "gfm",
                  "PANDOC 2.17 '-t gfm' of probe46's DUCA .docx (the 'TT | Nội dung | Kết quả "
                  "thực hiện' table whose result cells are Word bulleted lists): GitHub Markdown "
                  "has no multi-paragraph cells, so pandoc writes the table as RAW HTML "
                  "(<table><tr><td><ul><li>…), each right cell a <ul> with a nested <ul>.")


def x004_odt():
    R = from46(R46.x004, "Hoang Mai - BC 98 KL114.odt", "odt",
               "OPENDOCUMENT .odt saved by LibreOffice 7.4 from probe46's X004 .docx: headings set "
               "apart ONLY BY ITALICS (an automatic paragraph/text style with fo:font-style "
               "italic), unnumbered, sentence case. Read through LibreOffice (README).")
    R.tolerated += ["conversion", "pseudo-heading"]
    return R


def x005_rtf():
    R = from46(R46.x005, "DU xa Do Luong - BC 58 KL114.rtf", "rtf",
               "RTF saved by LibreOffice 7.4 from probe46's X005 .docx: headings set apart ONLY "
               "BY A LARGER FONT (\\fs30 / \\fs28 over \\fs26), unnumbered, sentence case, not "
               "bold. Read through LibreOffice (README).")
    R.tolerated += ["conversion", "pseudo-heading"]
    return R


REPORTS = [x001_pandoc, duca_gfm, x007_md, vptu_txt, snv_odt, x004_odt, x005_rtf, sgddt_lo,
           td_gdocs, mttq_wps, hnd_long, syt_units, stc_picture, duqs_quotes, x006_two]
