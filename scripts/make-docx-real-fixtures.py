#!/usr/bin/env python3
"""Writes tests/fixtures/docx-real/: four unit reports laid out as units really make them
in Word (no custom properties, no front matter; who it is comes from the header block).

  1. x005-do-luong.docx   Party header as a borderless 2-column table, bold-paragraph
                          headings with typed numbering, signature table, appendix with a
                          merged "Số liệu" header over two periods, "1.250 lượt" values.
  2. syt-so-y-te.docx     state header (UBND TỈNH / SỞ Y TẾ, Số: 125/BC-SYT, motto),
                          Heading styles with automatic multilevel numbering, the unit's
                          own titles, PHẦN THỨ NHẤT / PHẦN THỨ HAI wrappers, tracked
                          changes, a footnote.
  3. x006-thanh-chuong.docx + x006-thanh-chuong.xlsx   appendix in a workbook beside it.
  4. x004-hoang-mai.docx  a line break inside a heading, tabs after numbering, a table of
                          figures in the body, a text box and a picture.
  5. x002-dien-chau.docx  header and signature cells typed with Shift+Enter, the subject
                          in Heading 2, Word's table of contents (titled "Contents"), a
                          numbered list item opening with a section's words, "Tác động"
                          after "Kiến nghị" under the unit's own title, a second appendix
                          (a list of models) after the figures, an endnote.
  6. hnd-hoi-nong-dan.docx  an old template: the header block in two VML text boxes
                          anchored in one empty paragraph (the right-hand one first), the
                          signature in a DrawingML text box with its VML fallback copy, an
                          appendix without the rows the association has no duty for and a
                          note under it saying so.
  7. x001-vinh-phu.docx   a letterhead template: the header block only in the first page's
                          header (Different First Page), the page number in the later
                          pages' header, a footer; the body opens at "BÁO CÁO".

Usage: python3 scripts/make-docx-real-fixtures.py   (needs python-docx and openpyxl)
The tests read the committed files; they do not need python.
"""

import copy
import os
import struct
import zlib

import openpyxl
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "docx-real")
SUBJECT = ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư "
           "(khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_document():
    doc = Document()
    # A fixed core so the files are reproducible byte for byte apart from zip times.
    doc.core_properties.author = "Văn phòng"
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    return doc


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{b} w:val="nil"/>' for b in
                  ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    tbl_pr.append(borders)


def cell_lines(cell, lines):
    """Lines of a header cell: (text, bold, italic)."""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.italic = bold, italic


def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    return t


def centered(doc, text, bold=True, size=None):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def body(doc, text):
    p = doc.add_paragraph(text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Mm(10)
    return p


def bold_heading(doc, text, italic=False):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Mm(10)
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    return p


def signature_table(doc, recipients, on_behalf, title, name):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left = t.cell(0, 0)
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    for line in recipients:
        q = left.add_paragraph()
        rr = q.add_run(line)
        rr.font.size = Pt(12)
    right = t.cell(0, 1)
    cell_lines(right, [(on_behalf, True, False), (title, True, False), ("", False, False),
                       ("", False, False), (name, True, False)])


def shade(cell):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))


def grid_table(doc, rows):
    """A bordered table of text cells, as units type their appendix in Word."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    return t


def merged_appendix(doc, rows):
    """STT | Nội dung | ĐVT | Số liệu (2015-2020 | 2021-2025) | Ghi chú."""
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["STT", "Nội dung", "ĐVT", "Số liệu", None, "Ghi chú"]
    for i, h in enumerate(heads):
        if h is not None:
            c = t.cell(0, i)
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            shade(c)
    t.cell(0, 3).merge(t.cell(0, 4))
    for i in (0, 1, 2, 5):
        t.cell(0, i).merge(t.cell(1, i))
    t.cell(1, 3).text = "2015-2020"
    t.cell(1, 4).text = "2021-2025"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(2 + r, c).text = v
    return t


def tiny_png():
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"\x00\xff\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def save(doc, name):
    os.makedirs(OUT, exist_ok=True)
    doc.save(os.path.join(OUT, name))


# ---------------------------------------------------------------------------------------
# 1. Đảng ủy xã Đô Lương (X005): everything typed by hand.

def report_x005():
    doc = new_document()
    header_table(doc,
                 [("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ ĐÔ LƯƠNG", True, False),
                  ("*", False, False), ("Số 47-BC/ĐU", False, False)],
                 [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False), ("", False, False),
                  ("Đô Lương, ngày 09 tháng 4 năm 2026", False, True)])
    doc.add_paragraph()
    commune_report(doc, "xã Đô Lương", "Nguyễn Văn Hùng")
    save(doc, "x005-do-luong.docx")


def commune_report(doc, commune, signer):
    """A commune's report from its title to its signature, typed by hand."""
    centered(doc, "BÁO CÁO", size=15)
    centered(doc, SUBJECT)
    centered(doc, "-----", bold=False)
    body(doc, "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, "
              f"Ban Chấp hành Đảng bộ {commune} báo cáo kết quả 10 năm thực hiện Kết luận "
              "số 114-KL/TW như sau:")
    bold_heading(doc, "I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    body(doc, "Ngay sau khi Kết luận số 114-KL/TW được ban hành, Đảng ủy các xã, thị trấn trước "
              f"đây và Đảng ủy {commune} hiện nay đã tổ chức quán triệt đến 100% chi bộ; ban "
              "hành 31 văn bản lãnh đạo, chỉ đạo về công tác dân vận chính quyền, gắn với thực "
              "hiện quy chế dân chủ ở cơ sở và phong trào thi đua “Dân vận khéo”.")
    body(doc, "Đảng ủy phân công đồng chí Phó Bí thư Thường trực phụ trách khối dân vận; hằng năm "
              "đưa nội dung dân vận chính quyền vào chương trình kiểm tra, giám sát và đánh giá "
              "xếp loại tổ chức đảng, đảng viên.")
    bold_heading(doc, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    body(doc, "Trong 10 năm, Đảng ủy tổ chức 23 hội nghị quán triệt, sơ kết, tổng kết; phối hợp "
              "mở các lớp tập huấn cho 1.250 lượt cán bộ, công chức xã và cán bộ thôn, xóm về "
              "kỹ năng dân vận, tiếp công dân và giải quyết đơn thư.")
    bold_heading(doc, "1. Những kết quả nổi bật")
    body(doc, "Ủy ban nhân dân xã duy trì tiếp công dân định kỳ; người đứng đầu tổ chức 27 cuộc "
              "đối thoại trực tiếp với Nhân dân về giải phóng mặt bằng, xây dựng nông thôn mới "
              "nâng cao; tiếp 642 lượt công dân, tiếp nhận 215 đơn thư, đã giải quyết 209 đơn.")
    body(doc, "Toàn xã có 7 mô hình “Dân vận khéo” được công nhận; tỷ lệ hồ sơ thủ tục hành "
              "chính giải quyết trực tuyến năm 2025 đạt 82,4%.")
    bold_heading(doc, "2. Tồn tại, hạn chế, khó khăn, vướng mắc")
    body(doc, "Một số cán bộ, công chức còn lúng túng khi đối thoại với Nhân dân; việc giải quyết "
              "một số vụ việc đất đai tồn đọng còn chậm, để đơn thư vượt cấp.")
    bold_heading(doc, "3. Nguyên nhân")
    body(doc, "Địa bàn rộng sau sắp xếp, đội ngũ cán bộ có nhiều biến động; một số cấp ủy chi bộ "
              "chưa quan tâm đúng mức đến công tác dân vận chính quyền.")
    bold_heading(doc, "4. Bài học kinh nghiệm")
    body(doc, "Cấp ủy phải sâu sát cơ sở, lắng nghe và giải quyết kịp thời, dứt điểm những kiến "
              "nghị chính đáng của Nhân dân ngay từ thôn, xóm.")
    bold_heading(doc, "5. Chủ trương, giải pháp trong giai đoạn mới")
    body(doc, "Tiếp tục nâng cao chất lượng đối thoại của người đứng đầu; đẩy mạnh chuyển đổi "
              "số trong giải quyết thủ tục hành chính; nhân rộng mô hình “Dân vận khéo”.")
    bold_heading(doc, "III. ĐÁNH GIÁ TÁC ĐỘNG")
    body(doc, "Việc thực hiện Kết luận số 114-KL/TW góp phần củng cố niềm tin của Nhân dân đối "
              "với cấp ủy, chính quyền; an ninh chính trị, trật tự an toàn xã hội ở địa bàn "
              "được giữ vững, không phát sinh điểm nóng.")
    bold_heading(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT")
    body(doc, "Đề nghị Tỉnh ủy quan tâm bố trí kinh phí tập huấn kỹ năng dân vận cho cán bộ cơ "
              "sở sau sắp xếp đơn vị hành chính hai cấp.")
    bold_heading(doc, "PHỤ LỤC")
    body(doc, "Biểu số liệu kết quả thực hiện Kết luận số 114-KL/TW giai đoạn 2015 - 2025.")
    merged_appendix(doc, [
        ["1", "Số văn bản lãnh đạo, chỉ đạo ban hành", "Văn bản", "14", "17", ""],
        ["2", "Số hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "10", "13", ""],
        ["3", "Số lượt CBCCVC được tập huấn, bồi dưỡng", "Lượt", "530 lượt", "720 lượt", ""],
        ["4", "Số cuộc đối thoại của người đứng đầu", "Cuộc", "12", "15", ""],
        ["5", "Số lượt tiếp công dân", "Lượt", "301 lượt", "341 lượt", ""],
        ["6", "Số đơn thư đã tiếp nhận", "Đơn", "98", "117", ""],
        ["7", "Số đơn thư đã giải quyết", "Đơn", "95", "114", ""],
        ["8", "Số mô hình “Dân vận khéo” được công nhận", "Mô hình", "3", "4", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "x", "82,4", "Năm 2025"],
    ])
    doc.add_paragraph()
    signature_table(doc, ["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                          "- Lưu Văn phòng Đảng ủy."],
                    "T/M ĐẢNG ỦY", "BÍ THƯ", signer)


# ---------------------------------------------------------------------------------------
# 7. Đảng ủy phường Vinh Phú (X001): a letterhead template. The header block is in the
#    first page's header (Word: Different First Page), the later pages' header holds the
#    page number; the body opens at "BÁO CÁO".

def page_number_field(paragraph):
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))


def report_x001():
    doc = new_document()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    letterhead = section.first_page_header
    letterhead.is_linked_to_previous = False
    t = letterhead.add_table(rows=1, cols=2, width=Mm(165))
    no_borders(t)
    cell_lines(t.cell(0, 0), [("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                              ("ĐẢNG ỦY PHƯỜNG VINH PHÚ", True, False),
                              ("*", False, False), ("Số 58-BC/ĐU", False, False)])
    cell_lines(t.cell(0, 1), [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False), ("", False, False),
                              ("Vinh Phú, ngày 11 tháng 4 năm 2026", False, True)])
    page_number_field(section.header.paragraphs[0])
    section.footer.paragraphs[0].text = "Văn phòng Đảng ủy phường Vinh Phú"
    commune_report(doc, "phường Vinh Phú", "Hồ Thị Lan")
    save(doc, "x001-vinh-phu.docx")


# ---------------------------------------------------------------------------------------
# 2. Sở Y tế (SYT): state layout, Heading styles with automatic numbering.

NUMBERING = f'''<w:numbering {nsdecls("w")}>
<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Heading3"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>'''

FOOTNOTES = f'''<w:footnotes {nsdecls("w")}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Số liệu của Phòng Nghiệp vụ Y, tính đến ngày 31/3/2026.</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''


def set_numbering(doc):
    part = doc.part.numbering_part
    part._element = parse_xml(NUMBERING)


def numbered_heading(doc, text, level, num_id=3):
    p = doc.add_paragraph(text, style=f"Heading {level}")
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level - 1}"/>'
                         f'<w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def add_notes(doc, kind, xml, relationship):
    """The document's footnotes or endnotes part (`kind`: "footnotes", "endnotes")."""
    part = Part(PackURI(f"/word/{kind}.xml"),
                f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, relationship)


def add_footnotes(doc):
    add_notes(doc, "footnotes", FOOTNOTES, RT.FOOTNOTES)


def report_syt():
    doc = new_document()
    set_numbering(doc)
    header_table(doc,
                 [("UBND TỈNH NGHỆ AN", False, False), ("SỞ Y TẾ", True, False),
                  ("", False, False), ("Số: 125/BC-SYT", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                  ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                  ("Nghệ An, ngày 17 tháng 4 năm 2026", False, True)])
    doc.add_paragraph()
    centered(doc, "BÁO CÁO")
    centered(doc, SUBJECT)
    body(doc, "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Y "
              "tế báo cáo kết quả thực hiện như sau:")
    centered(doc, "PHẦN THỨ NHẤT")
    centered(doc, "KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    numbered_heading(doc, "Công tác lãnh đạo, chỉ đạo", 1)
    body(doc, "Đảng ủy, Ban Giám đốc Sở đã ban hành 18 văn bản chỉ đạo các đơn vị trực thuộc "
              "quán triệt, triển khai Kết luận số 114-KL/TW gắn với Quy tắc ứng xử của công "
              "chức, viên chức ngành y tế và đổi mới phong cách, thái độ phục vụ người bệnh.")
    numbered_heading(doc, "Kết quả thực hiện", 1)
    numbered_heading(doc, "Kết quả đạt được", 2)
    p = body(doc, "Toàn ngành tổ chức 12 hội nghị quán triệt, sơ kết; tập huấn kỹ năng giao tiếp, "
                  "ứng xử cho 4.860 lượt cán bộ, viên chức y tế")
    # A tracked insertion and a tracked deletion, as a reviewer leaves them.
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="101" w:author="Phòng TCCB" w:date="2026-04-16T09:00:00Z">'
        '<w:r><w:t xml:space="preserve">; tiếp 1.126 lượt công dân</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="102" w:author="Phòng TCCB" w:date="2026-04-16T09:01:00Z">'
        '<w:r><w:delText xml:space="preserve"> (chưa đầy đủ)</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>.</w:t></w:r>'))
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign '
        'w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    body(doc, "Tỷ lệ hồ sơ thủ tục hành chính lĩnh vực y tế được giải quyết trực tuyến đạt "
              "96,5%; đã tiếp nhận 348 đơn thư, giải quyết 341 đơn.")
    numbered_heading(doc, "Hạn chế, khuyết điểm và nguyên nhân", 2)
    numbered_heading(doc, "Hạn chế, khuyết điểm", 3)
    body(doc, "Tinh thần, thái độ phục vụ của một bộ phận nhân viên y tế tuyến cơ sở chưa đáp "
              "ứng sự hài lòng của người bệnh; tình trạng quá tải còn xảy ra ở tuyến tỉnh.")
    numbered_heading(doc, "Nguyên nhân", 3)
    body(doc, "Nhân lực y tế thiếu và biến động; cơ chế tài chính, giá dịch vụ y tế chưa tính "
              "đủ chi phí; một số người đứng đầu chưa quan tâm đúng mức.")
    numbered_heading(doc, "Bài học kinh nghiệm", 2)
    body(doc, "Người đứng đầu phải gương mẫu, trực tiếp đối thoại và xử lý dứt điểm phản ánh "
              "của người bệnh qua đường dây nóng.")
    numbered_heading(doc, "Tác động của việc thực hiện Kết luận số 114-KL/TW", 1)
    body(doc, "Sự hài lòng của người bệnh năm 2025 đạt trên 90%; hình ảnh người thầy thuốc "
              "được củng cố, niềm tin của Nhân dân vào ngành y tế được nâng lên rõ rệt.")
    centered(doc, "PHẦN THỨ HAI")
    centered(doc, "PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ")
    numbered_heading(doc, "Phương hướng, nhiệm vụ, giải pháp", 1, num_id=4)
    body(doc, "Tiếp tục đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người "
              "bệnh; đẩy mạnh chuyển đổi số, bệnh án điện tử và thanh toán không dùng tiền mặt.")
    numbered_heading(doc, "Đề xuất, kiến nghị", 1, num_id=4)
    body(doc, "Kiến nghị Bộ Y tế sớm hoàn thiện cơ chế giá dịch vụ khám bệnh, chữa bệnh tính "
              "đủ chi phí; đề nghị Tỉnh ủy chỉ đạo ưu đãi thu hút bác sĩ về tuyến xã.")
    doc.add_paragraph()
    signature_table(doc, ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- UBND tỉnh (b/c);",
                          "- Lưu: VT, TCCB."],
                    "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai")
    add_footnotes(doc)
    save(doc, "syt-so-y-te.docx")


# ---------------------------------------------------------------------------------------
# 3. Đảng ủy xã Thanh Chương (X006): the appendix in a workbook beside the report.

def report_x006():
    doc = new_document()
    header_table(doc,
                 [("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                  ("ĐẢNG ỦY XÃ THANH CHƯƠNG", True, False), ("*", False, False),
                  ("Số 52-BC/ĐU", False, False)],
                 [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False), ("", False, False),
                  ("Thanh Chương, ngày 14 tháng 4 năm 2026", False, True)])
    centered(doc, "BÁO CÁO")
    centered(doc, SUBJECT)
    body(doc, "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Đảng "
              "ủy xã Thanh Chương báo cáo như sau (có biểu số liệu kèm theo):")
    bold_heading(doc, "I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    body(doc, "Đảng ủy ban hành 22 văn bản lãnh đạo, chỉ đạo; đưa nội dung Kết luận số "
              "114-KL/TW vào nghị quyết chuyên đề hằng năm về công tác dân vận.")
    bold_heading(doc, "II- KẾT QUẢ THỰC HIỆN")
    bold_heading(doc, "1- Ưu điểm")
    body(doc, "Chính quyền xã giải quyết kịp thời kiến nghị của Nhân dân; tổ chức 19 cuộc đối "
              "thoại; tiếp 508 lượt công dân; xây dựng 6 mô hình “Dân vận khéo”.")
    bold_heading(doc, "2- Tồn tại, hạn chế")
    body(doc, "Việc công khai thủ tục hành chính ở một số thôn chưa thường xuyên; kỹ năng dân "
              "vận của một số cán bộ trẻ còn hạn chế.")
    bold_heading(doc, "3- Nguyên nhân")
    body(doc, "Địa bàn miền núi rộng, giao thông khó khăn; một số cán bộ chưa được đào tạo "
              "chuyên sâu về công tác dân vận.")
    bold_heading(doc, "4- Bài học kinh nghiệm")
    body(doc, "Phát huy vai trò người có uy tín trong cộng đồng các dân tộc; cán bộ phải "
              "gần dân, hiểu dân, trọng dân.")
    bold_heading(doc, "5- Giải pháp thời gian tới")
    body(doc, "Nâng cao hiệu quả bộ phận một cửa; tăng cường đối thoại của người đứng đầu; "
              "đẩy mạnh dịch vụ công trực tuyến ở các thôn, bản.")
    bold_heading(doc, "III- ĐÁNH GIÁ TÁC ĐỘNG")
    body(doc, "Niềm tin của Nhân dân đối với Đảng, chính quyền được nâng lên; tình hình an ninh "
              "trật tự ổn định, không có khiếu kiện đông người.")
    bold_heading(doc, "IV- KIẾN NGHỊ, ĐỀ XUẤT")
    body(doc, "Đề nghị tỉnh hỗ trợ kinh phí xây dựng hạ tầng số cho các thôn, bản vùng cao; mở lớp "
              "bồi dưỡng kỹ năng dân vận cho cán bộ thôn, bản.")
    signature_table(doc, ["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu Văn phòng Đảng ủy."],
                    "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Lê Đình Sơn")
    save(doc, "x006-thanh-chuong.docx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu số liệu"
    ws.append(["BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW"])
    ws.merge_cells("A1:E1")
    ws.append(["(Kèm theo Báo cáo số 52-BC/ĐU ngày 14/4/2026 của Đảng ủy xã Thanh Chương)"])
    ws.merge_cells("A2:E2")
    ws.append([])
    ws.append(["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"])
    rows = [
        (1, "Văn bản lãnh đạo, chỉ đạo ban hành", "Văn bản", 22, None),
        (2, "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", 16, None),
        (3, "Lượt cán bộ được tập huấn, bồi dưỡng", "Lượt", 1085, None),
        (4, "Cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", 19, None),
        (5, "Lượt tiếp công dân", "Lượt", 508, None),
        (6, "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn", 164, None),
        (7, "Đơn thư đã giải quyết", "Đơn", 158, None),
        (8, "Mô hình “Dân vận khéo” được công nhận", "Mô hình", 6, None),
        (9, "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", 0.715, "Năm 2025"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.cell(row=ws.max_row, column=4).number_format = "0.0%"
    wb.save(os.path.join(OUT, "x006-thanh-chuong.xlsx"))


# ---------------------------------------------------------------------------------------
# 4. Đảng ủy phường Hoàng Mai (X004): breaks, tabs, a body table, a text box, a picture.

TEXTBOX = '''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0"
 relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="1800000" cy="400000"/><wp:wrapNone/><wp:docPr id="5" name="Text Box 5"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></wps:txbx>
<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape style="width:140pt;height:30pt"><v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''


def tab_heading(doc, number, text, lines=None):
    """`I.<tab>TITLE`, bold, optionally with a line break inside the title."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(number)
    r.bold = True
    r.add_tab()
    r2 = p.add_run(text)
    r2.bold = True
    for more in lines or []:
        r2.add_break()
        r2.add_text(more)
    return p


def report_x004():
    doc = new_document()
    header_table(doc,
                 [("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                  ("ĐẢNG ỦY PHƯỜNG HOÀNG MAI", True, False), ("*", False, False),
                  ("Số 61-BC/ĐU", False, False)],
                 [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False), ("", False, False),
                  ("Hoàng Mai, ngày 03 tháng 4 năm 2026", False, True)])
    p = doc.add_paragraph()
    p._p.append(parse_xml(TEXTBOX))
    centered(doc, "BÁO CÁO")
    centered(doc, SUBJECT)
    body(doc, "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Đảng "
              "ủy phường Hoàng Mai báo cáo như sau:")
    tab_heading(doc, "I.", "ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN",
                ["KẾT LUẬN SỐ 114-KL/TW"])
    body(doc, "Đảng ủy ban hành 28 văn bản lãnh đạo, chỉ đạo; tổ chức quán triệt đến 100% chi "
              "bộ, cán bộ, đảng viên; phân công cấp ủy viên phụ trách khu dân cư.")
    tab_heading(doc, "II.", "KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    body(doc, "Kết quả một số chỉ tiêu chủ yếu qua hai giai đoạn như sau:")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([["Chỉ tiêu", "2015 - 2020", "2021 - 2025"],
                             ["Hội nghị quán triệt, sơ kết", "9", "11"],
                             ["Lượt tiếp công dân", "287", "395"],
                             ["Cuộc đối thoại", "10", "14"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    body(doc, "Qua bảng trên cho thấy số cuộc đối thoại và lượt tiếp công dân giai đoạn sau "
              "tăng rõ rệt so với giai đoạn trước.")
    tab_heading(doc, "1.", "Những kết quả nổi bật")
    body(doc, "Phường tổ chức 24 cuộc đối thoại; tiếp 682 lượt công dân; tiếp nhận 203 đơn thư, "
              "đã giải quyết 198 đơn; 9 mô hình “Dân vận khéo” được công nhận.")
    pic = doc.add_paragraph()
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    import io
    pic.add_run().add_picture(io.BytesIO(tiny_png()), width=Mm(40))
    tab_heading(doc, "2.", "Tồn tại, hạn chế, khó khăn, vướng mắc")
    body(doc, "Một số vụ việc tranh chấp đất đai kéo dài; việc đối thoại ở một số khối phố "
              "còn hình thức.")
    tab_heading(doc, "3.", "Nguyên nhân")
    body(doc, "Hồ sơ đất đai qua nhiều thời kỳ không đầy đủ; năng lực một số cán bộ khối phố "
              "còn hạn chế.")
    tab_heading(doc, "4.", "Bài học kinh nghiệm")
    body(doc, "Phải công khai, minh bạch và đối thoại sớm từ khi phát sinh vụ việc; cán bộ khối phố "
              "phải nắm chắc tình hình, lắng nghe Nhân dân.")
    tab_heading(doc, "5.", "Giải pháp trong giai đoạn mới")
    body(doc, "Nâng cao chất lượng tiếp công dân; số hóa hồ sơ đất đai; nhân rộng mô hình "
              "“Dân vận khéo” trong lĩnh vực cải cách hành chính.")
    tab_heading(doc, "III.", "ĐÁNH GIÁ TÁC ĐỘNG")
    body(doc, "Quan hệ giữa chính quyền và Nhân dân gắn bó hơn; niềm tin của Nhân dân vào cấp "
              "ủy, chính quyền phường được củng cố.")
    tab_heading(doc, "IV.", "KIẾN NGHỊ, ĐỀ XUẤT")
    body(doc, "Đề nghị tỉnh sớm ban hành hướng dẫn giải quyết hồ sơ đất đai tồn đọng qua nhiều thời "
              "kỳ, làm cơ sở cấp giấy chứng nhận cho Nhân dân.")
    tab_heading(doc, "", "PHỤ LỤC")
    t = doc.add_table(rows=10, cols=4)
    t.style = "Table Grid"
    for r, row in enumerate([
            ["STT", "Chỉ tiêu", "Số liệu", "Ghi chú"],
            ["1", "Số văn bản lãnh đạo, chỉ đạo ban hành", "28", ""],
            ["2", "Số hội nghị quán triệt, sơ kết, tổng kết", "20", ""],
            ["3", "Số lượt cán bộ được tập huấn, bồi dưỡng", "930", ""],
            ["4", "Số cuộc đối thoại của người đứng đầu", "24", ""],
            ["5", "Số lượt tiếp công dân", "682", ""],
            ["6", "Số đơn thư tiếp nhận", "203", ""],
            ["7", "Số đơn thư đã giải quyết", "198", ""],
            ["8", "Số mô hình “Dân vận khéo”", "9", ""],
            ["9", "Tỷ lệ hồ sơ TTHC trực tuyến (%)", "78,6", ""]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    signature_table(doc, ["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu Văn phòng Đảng ủy."],
                    "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Phạm Thị Hồng")
    save(doc, "x004-hoang-mai.docx")


def broken_cell(cell, lines):
    """One paragraph of lines split by Shift+Enter (a line break, not a new paragraph)."""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (text, bold) in enumerate(lines):
        if i:
            p.add_run().add_break()
        p.add_run(text).bold = bold


def table_of_contents(doc, entries):
    """Word's table of contents: a TOC field in a content control, entries linked to
    their headings with a dot leader and a PAGEREF page number."""
    xml = (f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:docPartObj><w:docPartGallery '
           'w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
           '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>')
    for i, (text, level, page) in enumerate(entries):
        first = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                 ' TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                 '</w:r>') if i == 0 else ''
        xml += (f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot" '
                f'w:pos="9350"/></w:tabs></w:pPr>{first}<w:hyperlink w:anchor="_Toc{i}" w:history="1"><w:r>'
                f'<w:t xml:space="preserve">{text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar '
                f'w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc{i} \\h '
                f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t>'
                '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>')
    xml += '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>'
    # Before the body's closing section properties, where the next paragraph goes.
    doc.element.body[-1].addprevious(parse_xml(xml))


ENDNOTES = f'''<w:endnotes {nsdecls("w")}>
<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>
<w:endnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Theo sổ theo dõi tiếp công dân của Ủy ban nhân dân xã, năm 2015 - 2025.</w:t></w:r></w:p></w:endnote>
</w:endnotes>'''


def add_endnotes(doc):
    add_notes(doc, "endnotes", ENDNOTES, RT.ENDNOTES)


def report_x002():
    doc = new_document()
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    broken_cell(t.cell(0, 0), [("ĐẢNG BỘ TỈNH NGHỆ AN", False), ("ĐẢNG ỦY XÃ DIỄN CHÂU", True),
                               ("*", False), ("Số 61-BC/ĐU", False)])
    broken_cell(t.cell(0, 1), [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("", False),
                               ("Diễn Châu, ngày 07 tháng 4 năm 2026", False)])
    centered(doc, "BÁO CÁO")
    doc.add_heading(SUBJECT, 2)
    table_of_contents(doc, [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, 2),
                            ("II. KẾT QUẢ, HẠN CHẾ VÀ NGUYÊN NHÂN", 1, 3),
                            ("III. KIẾN NGHỊ, ĐỀ XUẤT", 1, 6),
                            ("IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1, 7),
                            ("PHỤ LỤC", 1, 8)])
    body(doc, "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban "
              "Thường vụ Đảng ủy xã Diễn Châu báo cáo như sau:")
    bold_heading(doc, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    body(doc, "Đảng ủy ban hành 19 văn bản lãnh đạo, chỉ đạo; quán triệt Kết luận đến toàn bộ chi "
              "bộ và phân công cấp ủy viên phụ trách từng thôn, xóm.")
    bold_heading(doc, "II. KẾT QUẢ, HẠN CHẾ VÀ NGUYÊN NHÂN")
    bold_heading(doc, "1. Những kết quả nổi bật")
    p = body(doc, "Xã tổ chức 12 cuộc đối thoại giữa người đứng đầu với Nhân dân, tiếp 310 lượt công "
                  "dân, giải quyết dứt điểm các vụ việc tồn đọng về đất đai.")
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:endnoteReference w:id="1"/></w:r>'))
    add_endnotes(doc)
    body(doc, "3. Bài học kinh nghiệm của xã trong tiếp công dân được các địa phương trong huyện "
              "đến học tập.")
    bold_heading(doc, "2. Hạn chế, khuyết điểm")
    body(doc, "Việc đối thoại ở một số thôn còn hình thức; một số kiến nghị của Nhân dân chậm được "
              "trả lời.")
    bold_heading(doc, "3. Nguyên nhân")
    body(doc, "Năng lực một bộ phận cán bộ cơ sở còn hạn chế; hồ sơ đất đai qua nhiều thời kỳ "
              "không đầy đủ.")
    bold_heading(doc, "4. Bài học kinh nghiệm")
    body(doc, "Phải lắng nghe và trả lời kịp thời kiến nghị của Nhân dân; cán bộ phải sâu sát "
              "địa bàn, công khai, minh bạch trong giải quyết công việc.")
    bold_heading(doc, "5. Giải pháp thời gian tới")
    body(doc, "Nâng cao chất lượng đối thoại, số hóa hồ sơ đất đai, nhân rộng các mô hình "
              "“Dân vận khéo” trong cải cách hành chính.")
    bold_heading(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT")
    body(doc, "Đề nghị tỉnh hỗ trợ kinh phí tập huấn kỹ năng dân vận cho cán bộ xã sau khi sắp xếp "
              "đơn vị hành chính.")
    bold_heading(doc, "IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    body(doc, "Quan hệ giữa chính quyền và Nhân dân gắn bó hơn; niềm tin của Nhân dân vào cấp ủy, "
              "chính quyền xã được củng cố rõ rệt.")
    bold_heading(doc, "PHỤ LỤC 1: BIỂU SỐ LIỆU")
    grid_table(doc, [
        ["STT", "Chỉ tiêu", "Số liệu"],
        ["1", "Số văn bản lãnh đạo, chỉ đạo ban hành", "19"],
        ["2", "Số hội nghị quán triệt, sơ kết, tổng kết", "14"],
        ["3", "Số lượt cán bộ được tập huấn, bồi dưỡng", "620"],
        ["4", "Số cuộc đối thoại của người đứng đầu", "12"],
        ["5", "Số lượt tiếp công dân", "310"],
        ["6", "Số đơn thư tiếp nhận", "48"],
        ["7", "Số đơn thư đã giải quyết", "47"],
        ["8", "Số mô hình “Dân vận khéo”", "3"],
        ["9", "Tỷ lệ hồ sơ TTHC trực tuyến (%)", "68,2"]])
    bold_heading(doc, "PHỤ LỤC 2: DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” TIÊU BIỂU")
    grid_table(doc, [["STT", "Tên mô hình", "Năm công nhận"],
               ["1", "Tổ hòa giải thôn Yên Lý", "2019"],
               ["2", "Dịch vụ công trực tuyến tại nhà", "2023"]])
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left = t.cell(0, 0).paragraphs[0]
    for i, line in enumerate(["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu Văn phòng Đảng ủy."]):
        if i:
            left.add_run().add_break()
        left.add_run(line).italic = i == 0
    broken_cell(t.cell(0, 1), [("T/M BAN THƯỜNG VỤ", True), ("BÍ THƯ", True), ("", False),
                               ("", False), ("Trần Văn Hải", True)])
    save(doc, "x002-dien-chau.docx")


VML_BOX = ('<w:r {ns}><w:pict><v:shape id="hdr{n}" type="#_x0000_t202" '
           'style="position:absolute;margin-left:{x}pt;margin-top:0;width:220pt;height:120pt;z-index:{n}">'
           '<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def box_paragraphs(lines):
    """The paragraphs of a text box: (text, bold), centred."""
    return "".join(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>'
        + ("<w:rPr><w:b/></w:rPr>" if bold else "")
        + f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for text, bold in lines)


def drawing_box(lines):
    """A DrawingML text box (Word 2010+) with the VML copy Word writes as its fallback."""
    paragraphs = box_paragraphs(lines)
    return (
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0"'
        ' relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3000000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2700000" cy="2000000"/><wp:wrapNone/><wp:docPr id="7" name="Text Box 7"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape style="position:absolute;margin-left:236pt;width:212pt;height:158pt">'
        f'<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


def report_hnd():
    doc = new_document()
    anchor = doc.add_paragraph()
    vml = f'{nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"'
    anchor._p.append(parse_xml(VML_BOX.format(ns=vml, n=2, x=250, paragraphs=box_paragraphs(
        [("HỘI NÔNG DÂN VIỆT NAM", True), ("Nghệ An, ngày 16 tháng 4 năm 2026", False)]))))
    anchor._p.append(parse_xml(VML_BOX.format(ns=vml, n=1, x=0, paragraphs=box_paragraphs(
        [("HỘI NÔNG DÂN TỈNH NGHỆ AN", True), ("BAN THƯỜNG VỤ", True), ("***", False),
         ("Số 215-BC/HNDT", False)]))))
    # The boxes float: empty paragraphs keep the title below them, as the template does.
    for _ in range(5):
        doc.add_paragraph()
    centered(doc, "BÁO CÁO")
    centered(doc, SUBJECT)
    body(doc, "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban "
              "Thường vụ Hội Nông dân tỉnh báo cáo như sau:")
    for heading, text in [
            ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "Ban Thường vụ Hội ban hành 14 văn bản chỉ đạo các cấp hội "
             "quán triệt Kết luận; đưa nội dung dân vận vào chương trình công tác hằng năm."),
            ("II. KẾT QUẢ THỰC HIỆN", None),
            ("1. Những kết quả nổi bật", "Các cấp hội tổ chức 9 cuộc đối thoại giữa lãnh đạo chính "
             "quyền với hội viên nông dân, tiếp nhận 35 đơn thư và phối hợp giải quyết 34 đơn thư."),
            ("2. Hạn chế", "Một số cơ sở hội chưa chủ động nắm tình hình tư tưởng hội viên; việc "
             "phản ánh kiến nghị của nông dân có lúc chưa kịp thời."),
            ("3. Nguyên nhân", "Cán bộ hội cơ sở kiêm nhiệm nhiều việc, kinh phí hoạt động hạn hẹp, "
             "một số cấp ủy chưa quan tâm đúng mức."),
            ("4. Bài học kinh nghiệm", "Phải bám sát cơ sở, lắng nghe ý kiến hội viên và phối hợp "
             "chặt chẽ với chính quyền trong giải quyết kiến nghị của nông dân."),
            ("5. Giải pháp thời gian tới", "Nhân rộng các mô hình “Dân vận khéo” trong phát triển "
             "kinh tế hộ, nâng cao chất lượng đối thoại ở cơ sở."),
            ("III. TÁC ĐỘNG", "Hội viên tin tưởng hơn vào chủ trương của Đảng; quan hệ giữa chính "
             "quyền cơ sở và nông dân gắn bó hơn."),
            ("IV. KIẾN NGHỊ", "Đề nghị Tỉnh ủy, Ủy ban nhân dân tỉnh bố trí kinh phí tập huấn kỹ năng dân vận cho cán bộ hội "
             "cơ sở.")]:
        bold_heading(doc, heading)
        if text:
            body(doc, text)
    closing = doc.add_paragraph()
    r = closing.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    closing._p.append(parse_xml(drawing_box(
        [("TM. BAN THƯỜNG VỤ", True), ("CHỦ TỊCH", True), ("", False), ("", False),
         ("Nguyễn Văn Bình", True)])))
    for line in ["- Ban Thường vụ Tỉnh ủy (b/c);", "- Lưu VT."]:
        doc.add_paragraph(line).runs[0].font.size = Pt(12)
    for _ in range(4):
        doc.add_paragraph()
    bold_heading(doc, "PHỤ LỤC: SỐ LIỆU")
    grid_table(doc, [
        ["STT", "Chỉ tiêu", "Số liệu"],
        ["1", "Số văn bản lãnh đạo, chỉ đạo", "14"],
        ["2", "Số hội nghị quán triệt, sơ kết, tổng kết", "9"],
        ["3", "Số lượt cán bộ hội được tập huấn", "450"],
        ["4", "Số cuộc đối thoại", "9"],
        ["5", "Số đơn thư tiếp nhận", "35"],
        ["6", "Số đơn thư đã giải quyết", "34"],
        ["7", "Số mô hình “Dân vận khéo”", "9"]])
    body(doc, "Hội Nông dân không có nhiệm vụ tiếp công dân và giải quyết thủ tục hành chính.")
    save(doc, "hnd-hoi-nong-dan.docx")


def main():
    report_x005()
    report_syt()
    report_x006()
    report_x004()
    report_x002()
    report_hnd()
    report_x001()


if __name__ == "__main__":
    main()
