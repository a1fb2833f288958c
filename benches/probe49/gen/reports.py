"""probe49's sixteen reports. Text, figures, numbers, dates and signers are probe44's for the
same roster units (through probe48's gen/reports.py, which loads probe46's gen/reports.py and
dx.py, which import probe44's r44_a/b/c); the LAYOUT is this probe's: one shape per file that
probes 39-48 did not have, most of them in the STATISTICS APPENDIX as units fill it in Word
(merged three-row headers, Roman group rows across the table, a table continued under
'(tiếp theo)', Word formula fields, figure cells as Word holds them, superscript note marks,
a table in a text box, the appendix before the signature, a second table that is a list),
the rest in the METADATA (a weekday abbreviation, a date only in the custom properties, a
number left blank for the clerk, a supplementary report replacing an earlier one).
Each report records the section an officer files every paragraph under, the figures an
officer reads, and the apparatus (header, title, formulas, signature, captions, notes of the
table) that must never be compiled as the unit's text."""

import importlib.util
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
P48 = os.path.join(os.path.dirname(os.path.dirname(HERE)), "probe48", "gen")
_spec = importlib.util.spec_from_file_location("reports48", os.path.join(P48, "reports.py"))
r48 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r48)
dx = sys.modules["dx"]
cell, p, r, sect, table, x = dx.cell, dx.p, dx.r, dx.sect, dx.table, dx.x

Rep48 = r48.Rep
std_rows, bold_h, commune, vn, dmy = r48.std_rows, r48.bold_h, r48.commune, r48.vn, r48.dmy
IND, LABELS, CAPTION, SUBJECT, OPENING, SUBJ_LEAK = (r48.IND, r48.LABELS, r48.CAPTION,
                                                     r48.SUBJECT, r48.OPENING, r48.SUBJ_LEAK)
RECIP_PARTY, RECIP_STATE, SIG_PARTY = r48.RECIP_PARTY, r48.RECIP_STATE, r48.SIG_PARTY

NS_BOX = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


class Rep(Rep48):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.custom = []          # (name, value): docProps/custom.xml

    def save(self, path):
        super().save(path)
        if self.custom:
            add_custom_properties(path, self.custom)


def add_custom_properties(path, props):
    """docProps/custom.xml as Word writes it (File > Info > Properties > Advanced > Custom;
    `baocao new --format docx` writes the same), its relationship and content type."""
    zin = zipfile.ZipFile(path)
    parts = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">')
    for i, (n, v) in enumerate(props, 2):
        xml += (f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" '
                f'name="{x(n)}"><vt:lpwstr>{x(v)}</vt:lpwstr></property>')
    parts["docProps/custom.xml"] = (xml + "</Properties>").encode()
    ct = parts["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()
    rels = parts["_rels/.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
        "</Relationships>")
    parts["_rels/.rels"] = rels.encode()
    order = ["[Content_Types].xml", "_rels/.rels"] + sorted(
        k for k in parts if k not in ("[Content_Types].xml", "_rels/.rels"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[name])


# --- table cells ------------------------------------------------------------------------------
def hc(text, w, span=None, vmerge=None):
    """A header cell: bold, centred."""
    return cell(p(r(text, b=True), jc="center", spacing=False) if text else p("", spacing=False),
                w, span=span, vmerge=vmerge)


def dc(runs, w, jc=None, span=None, b=False, paras=None):
    """A body cell of one paragraph (text or run XML), or of the paragraphs given."""
    if paras is not None:
        return cell(paras, w, span=span)
    if runs and not runs.startswith("<"):
        runs = r(runs, b=b)
    return cell(p(runs, jc=jc, spacing=False) if runs else p("", spacing=False), w, span=span)


def kem_theo(R, number=None):
    d, m, y = dmy(R.date)
    return f"(Kèm theo Báo cáo số {number or R.doc_number} ngày {d}/{m}/{y})"


def appx(R, blocks, caption=CAPTION, head="PHỤ LỤC", landscape=False, number=None):
    """The appendix page: a page break (or a section break to a landscape section), 'PHỤ
    LỤC', the caption, '(Kèm theo Báo cáo số …)', then the blocks given (tables, notes)."""
    R.d.add(sect(last=False) if landscape else p('<w:r><w:br w:type="page"/></w:r>'))
    if head:
        R.d.add(p(r(head, b=True), jc="center"))
    R.d.add(p(r(caption, b=True), jc="center"))
    R.d.add(p(r(kem_theo(R, number), i=True), jc="center"))
    R.app(caption[:34])
    R.app("Kèm theo Báo cáo số")
    for b in blocks:
        R.d.add(b)
    if landscape:
        R.last_sect = {"landscape": True}


def split_periods(v, share=0.44):
    a = int(round(v * share))
    return a, v - a


# ------------------------------------------------------------------------------------------
def snv():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.docx",
            "State header table; bold typed headings I.-IV. / bold-italic 1.-5.; the appendix on "
            "a LANDSCAPE page with a THREE-ROW MERGED HEADER as statistics forms set it: row 1 "
            "'STT' | 'Nội dung' | 'Đơn vị tính' (each merged down over three rows, vMerge) | "
            "'Kết quả thực hiện' merged across three columns (gridSpan) | 'Ghi chú' (merged "
            "down); row 2 'Giai đoạn 2015 - 2020' | 'Giai đoạn 2021 - 2025' | 'Tổng cộng 10 "
            "năm'; row 3 the COLUMN LETTERS AND NUMBERS of a statistics form 'A' | 'B' | 'C' | "
            "'1' | '2' | '3 = 1 + 2' | 'D'; the three rows marked to repeat (w:tblHeader). Each "
            "count split over the two periods, the total its sum; the rate 74,6 / 98,2 / 98,2. "
            "'Ghi chú' holds words in two rows. The officer takes the 'Tổng cộng 10 năm' "
            "column. (probes 41/43 had TWO-row merged headers; probe42 a '(1) … (7)' row in an "
            "Excel sheet, none in a Word table.)")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"])
    R.title("Sở Nội vụ")
    R.heads(bold_h(R))
    R.closing("Sở Nội vụ", RECIP_STATE, ["GIÁM ĐỐC"])
    W = [700, 5000, 1300, 1600, 1600, 1600, 2100]
    rows = [[hc("STT", W[0], vmerge="restart"), hc("Nội dung", W[1], vmerge="restart"),
             hc("Đơn vị tính", W[2], vmerge="restart"),
             hc("Kết quả thực hiện", sum(W[3:6]), span=3), hc("Ghi chú", W[6], vmerge="restart")],
            [hc("", W[0], vmerge="c"), hc("", W[1], vmerge="c"), hc("", W[2], vmerge="c"),
             hc("Giai đoạn 2015 - 2020", W[3]), hc("Giai đoạn 2021 - 2025", W[4]),
             hc("Tổng cộng 10 năm", W[5]), hc("", W[6], vmerge="c")],
            [hc(t, w) for t, w in zip(["A", "B", "C", "1", "2", "3 = 1 + 2", "D"], W)]]
    notes = {"van-ban": "Nghị quyết, kế hoạch, hướng dẫn", "truc-tuyen": "Cổng dịch vụ công tỉnh"}
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        if ind == "truc-tuyen":
            a, b, t = "74,6", vn(v), vn(v)
        else:
            a, b = split_periods(v)
            a, b, t = vn(a), vn(b), vn(v)
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(a, W[3], jc="right"), dc(b, W[4], jc="right"), dc(t, W[5], jc="right"),
                     dc(notes.get(ind, ""), W[6])])
    appx(R, [table(rows, W, header_rows=3)], landscape=True)
    return R


def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "State header table; bold typed headings; the appendix 'STT | Nội dung | ĐVT | Số "
            "liệu | Ghi chú' with ROMAN GROUP ROWS MERGED ACROSS the table (the STT cell 'I' / "
            "'II' / 'III', the group's title bold in one cell spanning the other four columns, "
            "gridSpan=4: 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT "
            "KHIẾU NẠI, TỐ CÁO', 'DÂN VẬN CHÍNH QUYỀN, CẢI CÁCH HÀNH CHÍNH'), ARABIC ROWS "
            "NUMBERED ON across the groups (1-3 / 4-7 / 8-9), LETTERED SUB-ROWS a/b/c breaking "
            "down the petitions received (1.104 + 387 + 1.255 = 2.746, the row's own figure), "
            "and a DASHED SUBSET ROW without STT under citizen reception ('- Trong đó: Chánh "
            "Thanh tra tiếp định kỳ' 118). The officer reads the numbered rows' own figures. "
            "(probe43 DUCA had I/1/a rows, its group rows not merged across; probe40 had "
            "'Trong đó' rows, not dashed.)")
    R.state_header("UBND TỈNH NGHỆ AN", ["THANH TRA TỈNH"])
    R.title("Thanh tra tỉnh")
    R.heads(bold_h(R))
    R.closing("Thanh tra tỉnh", RECIP_STATE, ["CHÁNH THANH TRA"])
    W = [800, 4900, 1200, 1300, 1200]
    f = R.figures
    rows = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"], W)]]

    def group(n, title):
        rows.append([dc(n, W[0], jc="center", b=True), dc(title, sum(W[1:]), span=4, b=True)])

    def row(stt, lab, dvt, val, note=""):
        rows.append([dc(stt, W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(val, W[3], jc="right"), dc(note, W[4])])
    group("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    row("1", "Số văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", vn(f["van-ban"]))
    row("2", "Số hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", vn(f["hoi-nghi"]))
    row("3", "Số lượt cán bộ, công chức được tập huấn, bồi dưỡng", "Lượt", vn(f["tap-huan"]))
    group("II", "CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO")
    row("4", "Số cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", vn(f["doi-thoai"]))
    row("5", "Số lượt tiếp công dân", "Lượt", vn(f["tiep-dan"]))
    row("", "- Trong đó: Chánh Thanh tra tiếp định kỳ", "Lượt", "118")
    row("6", "Số đơn thư tiếp nhận", "Đơn", vn(f["don-nhan"]))
    row("a", "Đơn khiếu nại", "Đơn", "1.104")
    row("b", "Đơn tố cáo", "Đơn", "387")
    row("c", "Đơn kiến nghị, phản ánh", "Đơn", "1.255")
    assert 1104 + 387 + 1255 == f["don-nhan"]
    row("7", "Số đơn thư đã giải quyết", "Đơn", vn(f["don-giai-quyet"]))
    group("III", "DÂN VẬN CHÍNH QUYỀN, CẢI CÁCH HÀNH CHÍNH")
    row("8", "Số mô hình “Dân vận khéo” được công nhận", "Mô hình", vn(f["dan-van-kheo"]))
    row("9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", vn(f["truc-tuyen"]))
    appx(R, [table(rows, W, header_rows=1)])
    R.rows += ["Chánh Thanh tra tiếp định kỳ", "CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI"]
    return R


def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 tong ket KL114.docx",
            "Party header table; bold typed headings; the appendix table CONTINUED ON THE NEXT "
            "PAGE AS A SECOND TABLE: the first table (header row 'STT | Nội dung | ĐVT | Số liệu' "
            "marked to repeat, rows 1-5), a page break, a right-aligned italic '(tiếp theo)' "
            "line, then a second table holding rows 6-9 with NO header row (the typist split "
            "the table at the page: Table > Split Table). The officer reads rows 1-9 as one "
            "table. (probe43 SNV split the table over two, the header typed again on the second, "
            "no '(tiếp theo)'.)")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY CÔNG AN TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Công an tỉnh")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy Công an tỉnh", RECIP_PARTY, SIG_PARTY)
    rows = std_rows(R.figures)
    W = [700, 4700, 1300, 1600]
    appx(R, [table(rows[:6], W, header_rows=1), p('<w:r><w:br w:type="page"/></w:r>'),
             p(r("(tiếp theo)", i=True), jc="right"), table(rows[6:], W)])
    R.app("(tiếp theo)")
    return R


def fld_sum(result):
    """A Word formula field (Table > Formula: '=SUM(LEFT)' with the number format '#.##0'),
    its result as Word shows it after F9."""
    instr = ' =SUM(LEFT) \\# "#.##0" '
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{x(instr)}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr><w:noProof/></w:rPr><w:t>{x(result)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def x003():
    R = Rep("x003", "X003", "Quynh Luu - BC 71 tong ket KL114.docx",
            "Party header table; bold typed headings; the appendix 'STT | Nội dung | ĐVT | "
            "2015 - 2020 | 2021 - 2025 | Tổng cộng' whose TOTAL CELLS ARE WORD FORMULA FIELDS "
            "(Table > Formula: a complex field ' =SUM(LEFT) \\# \"#.##0\" ', its result the "
            "sum as Word shows it after updating, '1.038'); the rate row's total typed '88,7' "
            "(2025's rate, not a sum). The officer reads each field's result.",
            place="Quỳnh Lưu")
    commune(R, ["ĐẢNG ỦY XÃ QUỲNH LƯU"], "Đảng ủy xã Quỳnh Lưu")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Quỳnh Lưu", RECIP_PARTY, SIG_PARTY)
    W = [700, 4300, 1100, 1200, 1200, 1200]
    rows = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "2015 - 2020", "2021 - 2025",
                                        "Tổng cộng"], W)]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        if ind == "truc-tuyen":
            a, b, t = "61,2", vn(v), r(vn(v))
        else:
            a, b = split_periods(v, 0.41)
            a, b, t = vn(a), vn(b), fld_sum(vn(v))
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(a, W[3], jc="right"), dc(b, W[4], jc="right"), dc(t, W[5], jc="right")])
    appx(R, [table(rows, W, header_rows=1)])
    return R


def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx",
            "Party header table; bold typed headings; an ordinary appendix table whose FIGURE "
            "CELLS HOLD WHAT WORD KEEPS WHEN A TYPIST ALIGNS AND EDITS THEM: a TAB before '29' "
            "(w:tab, to push it right), three spaces before '18', '447' and 'lượt' on two lines "
            "(Shift+Enter, w:br), '1.129' split in two runs with Word's _GoBack bookmark between "
            "them (the last edit point), '262' followed by an empty second paragraph (Enter "
            "pressed in the cell), '255' followed by a no-break space, ' 10 ' with spaces both "
            "sides, and the rate '93,4' with a no-break space and '%' in a run of its own. The "
            "officer reads 29, 18, 447, 31, 1.129, 262, 255, 10, 93,4.", place="Vinh Phú")
    commune(R, ["ĐẢNG ỦY PHƯỜNG VINH PHÚ"], "Đảng ủy phường Vinh Phú")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy phường Vinh Phú", RECIP_PARTY, SIG_PARTY)
    W = [700, 4700, 1300, 1600]
    f = R.figures
    cellruns = {
        "van-ban": '<w:r><w:tab/></w:r>' + r(vn(f["van-ban"])),
        "hoi-nghi": r("   " + vn(f["hoi-nghi"])),
        "tap-huan": r(vn(f["tap-huan"]) + "\nlượt"),
        "doi-thoai": r(vn(f["doi-thoai"])),
        "tiep-dan": (r("1.") + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd '
                     'w:id="0"/>' + r("129")),
        "don-giai-quyet": r(vn(f["don-giai-quyet"]) + "\u00a0"),
        "dan-van-kheo": r(" " + vn(f["dan-van-kheo"]) + " "),
        "truc-tuyen": r(vn(f["truc-tuyen"])) + r("\u00a0%"),
    }
    assert vn(f["tiep-dan"]) == "1.129"
    rows = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "Số liệu"], W)]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        if ind == "don-nhan":
            v = dc(None, W[3], paras=[p(r(vn(f[ind])), jc="center", spacing=False),
                                      p("", jc="center", spacing=False)])
        else:
            v = dc(cellruns[ind], W[3], jc="center")
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"), v])
    appx(R, [table(rows, W, header_rows=1)])
    return R


def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "Party header table ('TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG'); bold typed headings; the "
            "appendix's small counts written with a LEADING ZERO as many offices type them "
            "('06' dialogues, '03' models) and the online rate, not the Office's duty, written "
            "'không' (lower case) in the figure cell. The officer reads 6, 3 and no rate (not "
            "applicable: README lists 'Không' among the marks of none).")
    R.party_header("TỈNH ỦY NGHỆ AN", ["VĂN PHÒNG"])
    R.title("Văn phòng Tỉnh ủy")
    R.heads(bold_h(R))
    R.closing("Văn phòng Tỉnh ủy", RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])
    rows = std_rows(R.figures)
    rows[4][3] = "06"
    rows[8][3] = "03"
    rows[9][3] = "không"
    assert R.figures["doi-thoai"] == 6 and R.figures["dan-van-kheo"] == 3
    assert R.figures["truc-tuyen"] is None
    appx(R, [table(rows, [700, 4700, 1300, 1600], header_rows=1)])
    return R


def mttq():
    R = Rep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.docx",
            "The Front's header table; bold typed headings; the appendix 'STT | Nội dung | ĐVT | "
            "Số liệu | Ghi chú' whose 'GHI CHÚ' COLUMN HOLDS REMARKS WITH NUMBERS IN THEM, as "
            "units explain their figures: 'Trong đó 12 nghị quyết chuyên đề', 'Có 8 hội nghị "
            "trực tuyến', 'Tăng 27% so với giai đoạn 2010 - 2015', 'Bình quân 29 lượt/năm', "
            "'Số liệu đến ngày 31/3/2026', 'Đạt 95,6%' (beside the petitions settled: their "
            "share of those received) and 'Không thuộc chức năng, nhiệm vụ' beside the online "
            "rate, whose figure cell holds an EM DASH '—'. The officer reads the 'Số liệu' "
            "column only; no rate (not the Front's duty).")
    R.d.add(table([[cell([p(r(t, b=b), jc="center", spacing=False) for t, b in
                          [("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", False), ("TỈNH NGHỆ AN", True),
                           ("BAN THƯỜNG TRỰC", True), ("***", False),
                           (f"Số: {R.doc_number}", False)]], 4300, False),
                    cell([p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True), jc="center", spacing=False),
                          p(r("Độc lập - Tự do - Hạnh phúc", b=True, u=True), jc="center", spacing=False),
                          p("", spacing=False),
                          p(r(R.place_date, i=True), jc="center", spacing=False)], 5100, False)]],
                  [4300, 5100], borders=False))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")
    R.heads(bold_h(R))
    R.closing("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", RECIP_PARTY,
              ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"])
    f = R.figures
    notes = {"van-ban": "Trong đó 12 nghị quyết chuyên đề", "hoi-nghi": "Có 8 hội nghị trực tuyến",
             "tap-huan": "Tăng 27% so với giai đoạn 2010 - 2015",
             "tiep-dan": "Bình quân 29 lượt/năm", "don-nhan": "Số liệu đến ngày 31/3/2026",
             "don-giai-quyet": "Đạt 95,6%", "truc-tuyen": "Không thuộc chức năng, nhiệm vụ"}
    assert round(100 * f["don-giai-quyet"] / f["don-nhan"], 1) == 95.6
    rows = std_rows(f)
    rows[0].append("Ghi chú")
    for i, ind in enumerate(IND, 1):
        rows[i].append(notes.get(ind, ""))
    rows[9][3] = "—"
    assert f["truc-tuyen"] is None
    appx(R, [table(rows, [700, 4000, 1000, 1300, 2400], header_rows=1)])
    return R


def sup(text):
    return r(text, extra='<w:vertAlign w:val="superscript"/>')


def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 tong ket KL114.docx",
            "State header table; bold typed headings; 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'; the "
            "appendix's figures carry NOTE MARKS TYPED AS SUPERSCRIPT RUNS (w:vertAlign "
            "superscript, Ctrl+Shift+=), not Word footnotes: '20' + '*', '1.312' + '1', '598' + "
            "'(2)'; the notes typed as italic lines under the table ('(*) Trong đó 6 hội nghị "
            "trực tuyến.', '(1) Số liệu tiếp công dân tính đến ngày 31/3/2026.', '(2) Gồm cả "
            "đơn trùng lặp, đơn không đủ điều kiện xử lý.'). On the page the marks are small and "
            "raised: the officer reads 20, 1.312, 598. (probe43 SGDDT had a Word FOOTNOTE cited "
            "in a cell; README's '30*', '30 (1)', '30¹' are marks typed as characters.)")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"])
    R.title("Sở Y tế")
    R.heads(bold_h(R))
    R.closing("Sở Y tế", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    f = R.figures
    W = [700, 4700, 1300, 1600]
    marks = {"hoi-nghi": "*", "tiep-dan": "1", "don-nhan": "(2)"}
    rows = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "Số liệu"], W)]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = r(vn(f[ind])) + (sup(marks[ind]) if ind in marks else "")
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(v, W[3], jc="center")])
    notes = ["(*) Trong đó 6 hội nghị trực tuyến.",
             "(1) Số liệu tiếp công dân tính đến ngày 31/3/2026.",
             "(2) Gồm cả đơn trùng lặp, đơn không đủ điều kiện xử lý."]
    appx(R, [table(rows, W, header_rows=1)] + [p(r(n, i=True, sz=22)) for n in notes])
    # README: a mark after a figure is read past with a warning telling the unit how to write
    # it; deserved (a mark in the figure cell), not required (on the page it is a raised mark)
    R.tolerated.append("appendix-value-read-as")
    return R


def box_run(inner, sid, w_mm=160, h_mm=120):
    """A text box as Word 2010+ saves it: mc:AlternateContent, a wps shape (Choice) and its
    VML copy (Fallback), both holding the same w:txbxContent."""
    emu = lambda mm: int(mm * 36000)  # noqa: E731
    return (
        f'<w:r><mc:AlternateContent {NS_BOX}><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu(w_mm)}" cy="{emu(h_mm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{emu(w_mm)}" cy="{emu(h_mm)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        f'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{w_mm}mm;height:{h_mm}mm;'
        f'z-index:{sid}" filled="f" stroked="f">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>')


def stc():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "State header table; bold typed headings; the appendix page's 'PHỤ LỤC', caption and "
            "'(Kèm theo …)' as paragraphs, and the STATISTICS TABLE INSIDE A TEXT BOX (as Word "
            "2010+ saves one: mc:AlternateContent, a wps shape and its VML fallback, both holding "
            "the table in w:txbxContent, followed by the box's closing empty paragraph), the box "
            "anchored in an empty paragraph under the caption, borderless and unfilled, so that "
            "on the page it looks like an ordinary table — as a unit gets when it pastes a "
            "table drawn in a shape, or moves it to fit a page. The officer reads the table. "
            "(probe43 X001 had the header block and a body paragraph in text boxes, no table.)")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"])
    R.title("Sở Tài chính")
    R.heads(bold_h(R))
    R.closing("Sở Tài chính", RECIP_STATE, ["GIÁM ĐỐC"])
    inner = table(std_rows(R.figures), [700, 4600, 1200, 1600], header_rows=1) + p("", spacing=False)
    appx(R, [p(box_run(inner, 7), spacing=False)])
    return R


def x002():
    R = Rep("x002", "X002", "Dien Chau - BC 52 tong ket KL114.docx",
            "Party header table; bold typed headings I.-IV.; the STATISTICS TABLE PLACED BEFORE "
            "THE SIGNATURE: right after part IV's text, a bold centred caption 'BIỂU SỐ LIỆU KẾT "
            "QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' (no 'PHỤ LỤC', no page break) and the table, "
            "then the closing sentence 'Trên đây là báo cáo …./.' and the signature table "
            "with 'Nơi nhận'; nothing after the signature. The officer reads the table as the "
            "appendix; the closing sentence stays apparatus.", place="Diễn Châu")
    commune(R, ["ĐẢNG ỦY XÃ DIỄN CHÂU"], "Đảng ủy xã Diễn Châu")
    R.heads(bold_h(R))
    cap = "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW"
    R.d.add(p(r(cap, b=True), jc="center"))
    R.app(cap[:30])
    R.d.add(table(std_rows(R.figures), [700, 4700, 1300, 1600], header_rows=1))
    R.closing("Ban Thường vụ Đảng ủy xã Diễn Châu", RECIP_PARTY, SIG_PARTY)
    return R


MODELS = [("Tổ tự quản an ninh trật tự khối 5", "Khối 5", "2018", "Tỉnh"),
          ("Đường hoa khu dân cư kiểu mẫu", "Khối 12", "2020", "Thị xã"),
          ("Ngày thứ Bảy xanh vì phố phường sạch đẹp", "Đoàn Thanh niên phường", "2021", "Tỉnh"),
          ("Một cửa thân thiện, hẹn một lần trả đúng hẹn", "Ủy ban nhân dân phường", "2023", "Tỉnh"),
          ("Chi hội phụ nữ không có hội viên vi phạm pháp luật", "Hội Liên hiệp Phụ nữ phường",
           "2024", "Phường")]


def x004():
    R = Rep("x004", "X004", "Hoang Mai - BC 98 KL114.docx",
            "Party header table; bold typed headings; the appendix holds TWO TABLES: 'Biểu 1. "
            "Số liệu kết quả thực hiện' (the nine indicators) and 'Biểu 2. Danh sách mô hình "
            "“Dân vận khéo” được công nhận' — A LIST, not figures: 'STT | Tên mô hình | Đơn vị "
            "thực hiện | Năm công nhận | Cấp công nhận', five rows (years 2018-2024, levels "
            "'Tỉnh' / 'Thị xã' / 'Phường'), the five models Biểu 1 counts. The officer reads "
            "Biểu 1's figures; the list is the unit's supporting material (not keyed either "
            "way, its names counted as appendix_rows when quoted). (probe40 HND / probe41 HND "
            "had two tables of FIGURES by topic; probe42 SNNMT a list of documents in the "
            "text.)", place="Hoàng Mai")
    commune(R, ["ĐẢNG ỦY PHƯỜNG HOÀNG MAI"], "Đảng ủy phường Hoàng Mai")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy phường Hoàng Mai", RECIP_PARTY, SIG_PARTY)
    assert R.figures["dan-van-kheo"] == len(MODELS)
    W2 = [700, 3900, 2600, 1100, 1100]
    lst = [[hc(t, w) for t, w in zip(["STT", "Tên mô hình", "Đơn vị thực hiện", "Năm công nhận",
                                       "Cấp công nhận"], W2)]]
    for i, (name, who, year, lvl) in enumerate(MODELS, 1):
        lst.append([dc(str(i), W2[0], jc="center"), dc(name, W2[1]), dc(who, W2[2]),
                    dc(year, W2[3], jc="center"), dc(lvl, W2[4], jc="center")])
    appx(R, [p(r("Biểu 1. Số liệu kết quả thực hiện", b=True, i=True)),
             table(std_rows(R.figures), [700, 4700, 1300, 1600], header_rows=1),
             p(""),
             p(r("Biểu 2. Danh sách mô hình “Dân vận khéo” được công nhận", b=True, i=True)),
             table(lst, W2, header_rows=1)])
    R.rows += [m[0] for m in MODELS]
    return R


def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "State header table; bold typed headings; the appendix's online-rate cell gives the "
            "rate WITH THE COUNT AND TOTAL IN WORDS: '99,1% (6.342 trên 6.400 hồ sơ)' (6.342 / "
            "6.400 = 99,09 %: they agree), and the models row '19/21' (recognised / "
            "registered). The officer reads 99,1 and 19. README: '866/964' is refused as two "
            "figures BY DESIGN (its appendix-value-invalid is tolerated for the models row, the "
            "figure keyed as the officer reads it); a rate with '(2.583/3.000 hồ sơ)' is read "
            "when they agree — the same working written with 'trên' ('on', 'out of') is what "
            "this file tests. (probe48 X002 had '86,1% (2.583/3.000 hồ sơ)' and '233/241'.)")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
    R.title("Sở Giáo dục và Đào tạo")
    R.heads(bold_h(R))
    R.closing("Sở Giáo dục và Đào tạo", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    f = R.figures
    assert f["truc-tuyen"] == 99.1 and f["dan-van-kheo"] == 19
    assert round(100 * 6342 / 6400, 1) == 99.1
    rows = std_rows(f)
    rows[8][3] = "19/21"
    rows[9][3] = "99,1% (6.342 trên 6.400 hồ sơ)"
    appx(R, [table(rows, [700, 4600, 1200, 2000], header_rows=1)])
    R.tolerated.append("appendix-value-invalid:dan-van-kheo")
    return R


def x005():
    R = Rep("x005", "X005", "DU xa Do Luong - BC 58 KL114.docx",
            "Party header table whose place-and-date line carries the WEEKDAY CUT SHORT as "
            "offices abbreviate it in schedules and e-office lists: 'Đô Lương, T6, ngày 10 tháng "
            "4 năm 2026' ('T6' = thứ Sáu; 'T2' … 'T7', 'CN'); bold typed headings; ordinary "
            "appendix. The officer dates it 10/4/2026. (probe48 X001/X007 had the weekday "
            "written out, 'thứ Sáu', 'Chủ nhật'.)", place="Đô Lương")
    R.place_date = "Đô Lương, T6, ngày 10 tháng 4 năm 2026"
    commune(R, ["ĐẢNG ỦY XÃ ĐÔ LƯƠNG"], "Đảng ủy xã Đô Lương")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Đô Lương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x006():
    R = Rep("x006", "X006", "Thanh Chuong - BC 66 KL114.docx",
            "Drafted on the Word template 'baocao new --unit X006 --format docx' writes: WHO "
            "AND WHEN IN THE CUSTOM PROPERTIES (docProps/custom.xml: unit, unit_code, category, "
            "date = 2026-04-11, exactly as the template keeps them), and the header's "
            "place-and-date line LEFT WITH THE DAY BLANK for the signer to write by hand, as "
            "offices do: 'Thanh Chương, ngày      tháng 4 năm 2026'. Bold typed headings; "
            "ordinary appendix. README: custom properties named like front-matter fields are "
            "the front matter, and an undated line 'ngày    tháng 4' gives no date: the date is "
            "the property's, 11/4/2026.", place="Thanh Chương")
    R.place_date = "Thanh Chương, ngày      tháng 4 năm 2026"
    commune(R, ["ĐẢNG ỦY XÃ THANH CHƯƠNG"], "Đảng ủy xã Thanh Chương")
    R.apparatus[R.apparatus.index("Thanh Chương, ngày      tháng 4")] = "Thanh Chương, ngày"
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Thanh Chương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    R.custom = [("unit", "Đảng ủy xã Thanh Chương"), ("unit_code", "X006"),
                ("category", "dang-uy-xa-phuong"), ("date", R.date)]
    assert R.date == "2026-04-11"
    return R


def x007():
    R = Rep("x007", "X007", "Anh Son - BC tong ket KL114 (chua vao so).docx",
            "Party header table whose NUMBER LINE IS LEFT BLANK for the registry clerk, as "
            "documents leave the drafting office before they are registered: 'Số      -BC/ĐU' "
            "(six spaces before the dash), and the appendix's '(Kèm theo Báo cáo số      -BC/ĐU "
            "ngày 12/4/2026)' likewise; the date filled in; bold typed headings. The report has "
            "NO number: doc_number is null in the key (nothing, not '-BC/ĐU', is its number).",
            place="Anh Sơn")
    blank = "      -BC/ĐU"
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ ANH SƠN"], number_line=f"Số {blank}")
    R.apparatus[R.apparatus.index(R.doc_number)] = "-BC/ĐU"
    R.title("Ban Thường vụ Đảng ủy xã Anh Sơn")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Anh Sơn", RECIP_PARTY, SIG_PARTY)
    appx(R, [table(std_rows(R.figures), [700, 4700, 1300, 1600], header_rows=1)], number=blank)
    R.doc_number = None
    return R


def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 KL114 (BS).docx",
            "A SUPPLEMENTARY REPORT REPLACING AN EARLIER ONE, as units resend after the "
            "secretariat asks for corrections: Party header table with its own number 'Số "
            "318-BC/ĐU' and date; the title 'BÁO CÁO BỔ SUNG' (not 'BÁO CÁO'), the subject, and "
            "an italic line under it '(Thay thế Báo cáo số 310-BC/ĐU ngày 08/4/2026 của Ban "
            "Thường vụ Đảng ủy Quân sự tỉnh)'; the file name ends '(BS)'; bold typed headings; "
            "ordinary appendix. The report's number and date are 318-BC/ĐU and 10/4/2026 (not "
            "the replaced report's); the title block is apparatus.")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY QUÂN SỰ TỈNH"])
    who = "Ban Thường vụ Đảng ủy Quân sự tỉnh"
    R.d.add(p(r("BÁO CÁO BỔ SUNG", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJECT, b=True), jc="center"))
    R.d.add(p(r(f"(Thay thế Báo cáo số 310-BC/ĐU ngày 08/4/2026 của {who})", i=True), jc="center"))
    R.d.add(p(r(OPENING.format(who=who)), ind=567))
    R.app("BÁO CÁO BỔ SUNG")
    R.app(SUBJ_LEAK)
    R.app("Thay thế Báo cáo số 310-BC/ĐU")
    R.app(f"{who} báo cáo như sau")
    R.heads(bold_h(R))
    R.closing(who, RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


REPORTS = [snv, ttt, duca, x003, x001, vptu, mttq, syt, stc, x002, x004, sgddt, x005, x006, x007,
           duqs]
