"""probe51's sixteen reports: COMBINED SHAPES. Every earlier probe (39-50) puts one new shape
(or two) in a file; a real report carries many at once. Each report here combines five to
seven shapes, each taken from an earlier probe's README (the probe is named in the report's
`notes`, expect.json "layout"), so that every file holds at least one pairing no probe tried.

Text, figures, numbers, dates and signers are probe44's for the same roster units (through
probe50's gen/reports.py → probe48's → probe46's, which imports probe44's r44_a/b/c); where a
shape needs a paragraph probe44 does not have (a forecast, a clause announcing the limits, a
boxed model, a context part, a conclusion, footnotes, a sub-unit's table), this file writes
it in the unit's own matter. The .docx are written part by part as raw WordprocessingML by
probe46's dx.py (loaded, not copied), with probe48's, probe49's and probe50's writers; the
three .md and the .txt as a secretariat pastes or saves a Word report.

Each report records, as it writes, the section an officer files every paragraph under, the
figures, and the apparatus (header, title, formulas, signature, captions, comments, deleted
text, stamps, attached material) that must never be compiled as the unit's text."""

import datetime
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r50 = _load("reports50", os.path.join(BENCH, "probe50", "gen", "reports.py"))
r49 = _load("reports49", os.path.join(BENCH, "probe49", "gen", "reports.py"))
r48, r46 = r50.r48, r50.r48.r46
dx = sys.modules["dx"]
cell, p, r, table, sect, field, x, REL = dx.cell, dx.p, dx.r, dx.table, dx.sect, dx.field, dx.x, dx.REL
fixed_xlsx, png, W_NS = dx.fixed_xlsx, dx.png, dx.W_NS

std_rows, bold_h, vn, dmy = r46.std_rows, r46.bold_h, r46.vn, r46.dmy
IND, LABELS, CAPTION, SUBJECT, OPENING, SUBJ_LEAK = (r46.IND, r46.LABELS, r46.CAPTION,
                                                     r46.SUBJECT, r46.OPENING, r46.SUBJ_LEAK)
RECIP_PARTY, RECIP_STATE, SIG_PARTY = r46.RECIP_PARTY, r46.RECIP_STATE, r46.SIG_PARTY
hc, dc, appx, fld_sum, sup, box_run, kem_theo = (r49.hc, r49.dc, r49.appx, r49.fld_sum, r49.sup,
                                                 r49.box_run, r49.kem_theo)
split_years, split2, low = r46.split_years, r46.split2, r50.low
WEEKDAY = r48.WEEKDAY
CH = 'w:author="Nguyễn Văn Thắng" w:date="2026-04-11T09:00:00Z"'
W4 = [700, 4700, 1300, 1600]
_ids = [500]


def nid():
    _ids[0] += 1
    return _ids[0]


def weekday(iso):
    return WEEKDAY[datetime.date.fromisoformat(iso).weekday()]


FOOTNOTES_TPL = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ' + W_NS + '>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    '</w:footnote>{notes}</w:footnotes>')


class Rep(r50.Rep):
    """A .docx report: probe50's Rep (probe48's save with parts_extra, probe46's writers) with
    Word footnotes (word/footnotes.xml, as Word writes them: separator notes -1 and 0, the
    FootnoteText / FootnoteReference styles) and probe49's custom document properties."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.footnotes = []        # (id, text)
        self.custom = []
        self.short_ok = set()      # sections a unit answers in a line ('Không có …')

    def fn(self, text, sec):
        """A footnote: returns the reference run; its text is filed with the paragraph citing
        it (README: the note's text right after the paragraph), under sec."""
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        if sec:
            self.paragraphs.append((text, sec, None))
        return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>')

    def _footnotes(self, d):
        if not self.footnotes:
            return
        notes = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {x(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in self.footnotes)
        d.parts["word/footnotes.xml"] = FOOTNOTES_TPL.replace("{notes}", notes).encode()
        d.ctypes["/word/footnotes.xml"] = ("application/vnd.openxmlformats-officedocument."
                                           "wordprocessingml.footnotes+xml")
        d.rel(f"{REL}/footnotes", "footnotes.xml")
        d.style("FootnoteText", "footnote text", based="Normal",
                ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>')
        d.style("FootnoteReference", "footnote reference", typ="character",
                rpr='<w:vertAlign w:val="superscript"/>')

    def save(self, path):
        self.parts_extra.insert(0, self._footnotes)
        super().save(path)
        if self.custom:
            r49.add_custom_properties(path, self.custom)


class MdRep(r50.MdRep):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.short_ok = set()


def workbook(title_rows, data):
    """An .xlsx as a unit's clerk makes it in Excel: title rows, a two-row header whose
    'Kết quả thực hiện' is merged across the period columns and STT / Nội dung / ĐVT merged
    down, then the rows (numbers as numbers). Fixed properties and zip times (dx.py's
    fixed_xlsx, with merged cells)."""
    import datetime as _dt
    import io
    import re
    import zipfile
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for t in title_rows:
        ws.append([t])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    ws.append([])
    top = ws.max_row + 1
    ws.append(["STT", "Nội dung", "ĐVT", "Kết quả thực hiện", None, None])
    ws.append([None, None, None, "2016 - 2020", "2021 - 2025", "Tổng cộng"])
    for c in (1, 2, 3):
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=6)
    for row in data:
        ws.append(row)
    ws.column_dimensions["B"].width = 60
    when = _dt.datetime(2026, 4, 10, 8, 0, 0)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "Văn phòng"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            data_ = src.read(n)
            if n == "docProps/core.xml":
                data_ = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-04-10T08:00:00Z", data_)
            zi = zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data_)
    return out.getvalue()


class TxtRep(MdRep):
    """Word's File ▸ Save As ▸ Plain Text (UTF-8), as probe41's X001: a BOM, CRLF, a line per
    paragraph and no blank line, an automatic number written out with a TAB after it, a
    table row a line with its cells apart by tabs (a cell's paragraphs on lines of their
    own; a cell merged downwards empty below its first row)."""
    ext = "txt"

    def save(self, path):
        text = "\n".join(self.lines) + "\n"
        with open(path, "wb") as f:
            f.write(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))


def body(R, sec):
    for t in R.texts[sec]:
        R.put(t, sec)


def state_closing(R, who, sig, recipients=RECIP_STATE):
    R.closing(who, recipients, sig)


def para_runs(R, text, sec, runs_xml, snippet=None, ind=567):
    """A paragraph whose runs are given (a footnote reference, a wrapper …), filed under sec."""
    R.paragraphs.append((text, sec, snippet))
    R.d.add(p(runs_xml, ind=ind))


def with_fn(R, text, sec, note, note_sec=None):
    """The unit's paragraph with a footnote cited at its end (after the full stop)."""
    ref = R.fn(note, None)
    R.paragraphs.append((text, sec, None))
    R.paragraphs.append((note, note_sec or sec, None))
    R.d.add(p(r(text) + ref, ind=567))


def page_break(R):
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))


def state_header_table(R, superior, body_lines, place_date=None, number_line=None):
    """Nghị định 30/2020's header: the body (bold) under its superior, a rule, 'Số: …' | the
    motto, a rule, the place and date (italic). place_date None: no date line."""
    left = ([(superior, False, False, False)] if superior else []) + \
        [(b, True, False, False) for b in body_lines] + \
        [("-------", False, False, False), (number_line or f"Số: {R.doc_number}", False, False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False), ("---------------", False, False, False)]
    if place_date:
        right.append((place_date, False, False, True))
    R.header_table(left, right)
    R.app(R.doc_number)
    if place_date:
        R.app(place_date.split(" năm")[0])


def sig_table(R, recipients, sig, pre=None, extra_right=None, name=None):
    """The signature table: 'Nơi nhận' on the left, the signature on the right (pre: lines
    over the title, e.g. a place and date; extra_right: paragraphs between title and name)."""
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
        [p(r(s, sz=22), spacing=False) for s in recipients]
    right = [p(r(t, i=True), jc="center", spacing=False) for t in (pre or [])] + \
        [p(r(s, b=True), jc="center", spacing=False) for s in sig] + \
        (extra_right if extra_right is not None else [p("", spacing=False)] * 3) + \
        [p(r(name or R.signer, b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    R.app("Nơi nhận")
    R.app(name or R.signer)


def closing_sentence(R, who):
    t = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    R.d.add(p(r(t), ind=567))
    R.app(f"Kết luận số 114-KL/TW của {who}./.")


def merged_header_rows(W, periods=("2016 - 2020", "2021 - 2025", "Tổng cộng"),
                       over="Kết quả thực hiện"):
    """Two header rows: STT | Nội dung | ĐVT merged down, 'Kết quả thực hiện' merged across
    the period columns (probe41's SNV/VPTU shape, as Word writes it: vMerge + gridSpan)."""
    n = len(periods)
    return [[hc("STT", W[0], vmerge="restart"), hc("Nội dung", W[1], vmerge="restart"),
             hc("ĐVT", W[2], vmerge="restart"), hc(over, sum(W[3:3 + n]), span=n)],
            [hc("", W[0], vmerge="c"), hc("", W[1], vmerge="c"), hc("", W[2], vmerge="c")] +
            [hc(t, w) for t, w in zip(periods, W[3:])]]


def period_split(v, share=0.44):
    a = int(round(v * share))
    return a, v - a


# ------------------------------------------------------------------------------------------
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC tong ket KL114 (chua vao so).docx",
            "SIX SHAPES: (1) Party header in a borderless two-column table with the NUMBER LEFT "
            "BLANK for the registry clerk, 'Số      -BC/ĐU' (probe49 X007) and (2) the date line "
            "with the WEEKDAY, 'Vinh Phú, thứ Sáu, ngày 10 tháng 4 năm 2026' (probe48 X001), in "
            "the same table; (3) under 'II. KẾT QUẢ THỰC HIỆN KẾT LUẬN' the sub-parts as "
            "BOLD-ITALIC LEAD-INS in the unit's own words ('Mặt làm được:', 'Mặt còn hạn chế:', "
            "'Nguyên nhân:', 'Kinh nghiệm rút ra:', 'Thời gian tới:') (probe50 X005); (4) a BODY "
            "TABLE of figures inside the achievements, under a sentence announcing it: 'Chỉ tiêu "
            "| Năm 2016 | Năm 2025 | Tăng (+), giảm (-)', four rows (probe44 X002, probe41 TD) — "
            "the text's table, not the appendix; (5) WORD FOOTNOTES: one at the end of the "
            "leadership paragraph, one cited in a cell of that body table (probes 41 SGDDT, 43 "
            "SGDDT); (6) the appendix with a TWO-ROW MERGED HEADER ('Kết quả thực hiện' over "
            "'2016 - 2020 | 2021 - 2025 | Tổng cộng', STT/Nội dung/ĐVT merged down) (probe41 SNV) "
            "SPLIT OVER A PAGE: rows 1-5, a page break, '(tiếp theo)', rows 6-9 as a second "
            "table WITHOUT its header (probe49 DUCA), two total figures carrying RAISED NOTE "
            "MARKS ('1.129' + superscript '(1)', '262' + superscript '*') with the notes typed "
            "under the table (probe49 SYT). New pairings: lead-ins + a body table + a footnote "
            "cited in its cell; a continued table whose first part has a merged header, and "
            "raised marks in the total column of its parts. The officer: no number yet "
            "(doc_number null), dated 10/4/2026; the body table and its note are the "
            "achievements' text; the appendix's total column counts (1.129, 262).",
            place="Vinh Phú")
    R.place_date = f"Vinh Phú, {weekday(R.date)}, ngày 10 tháng 4 năm 2026"
    assert weekday(R.date) == "thứ Sáu"
    blank = "      -BC/ĐU"
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY PHƯỜNG VINH PHÚ"], number_line=f"Số {blank}")
    R.apparatus[R.apparatus.index(R.doc_number)] = "-BC/ĐU"
    who = "Ban Thường vụ Đảng ủy phường Vinh Phú"
    R.title(who)
    h = bold_h(R)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    with_fn(R, R.text("lanh-dao"), "lanh-dao",
            "Gồm 4 nghị quyết chuyên đề, 11 kế hoạch và 14 văn bản chỉ đạo, hướng dẫn của Ban "
            "Thường vụ Đảng ủy phường trong giai đoạn 2016 - 2025.")
    h("II. KẾT QUẢ THỰC HIỆN KẾT LUẬN", 1)
    R.runin("Mặt làm được:", R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat", italic=True)
    R.put(R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat")
    R.put("So với năm đầu thực hiện Kết luận, kết quả tiếp công dân, đối thoại và giải quyết "
          "đơn thư của phường năm 2025 có nhiều chuyển biến, cụ thể như sau:", "ket-qua.noi-bat")
    W = [3900, 1500, 1500, 2500]
    note = ("Số liệu năm 2025 tính đến ngày 31/12/2025, gồm cả tiếp công dân định kỳ và đột xuất "
            "của Bí thư, Chủ tịch phường.")
    ref = R.fn(note, None)
    rows = [[hc(t, w) for t, w in zip(["Chỉ tiêu", "Năm 2016", "Năm 2025", "Tăng (+), giảm (-)"], W)],
            [dc("Số lượt tiếp công dân", W[0]), dc("86", W[1], jc="center"),
             dc(r("142") + ref, W[2], jc="center"), dc("+56", W[3], jc="center")],
            [dc("Số cuộc đối thoại với Nhân dân", W[0]), dc("2", W[1], jc="center"),
             dc("4", W[2], jc="center"), dc("+2", W[3], jc="center")],
            [dc("Số đơn thư tiếp nhận", W[0]), dc("31", W[1], jc="center"),
             dc("22", W[2], jc="center"), dc("-9", W[3], jc="center")],
            [dc("Tỷ lệ hồ sơ giải quyết trực tuyến (%)", W[0]), dc("-", W[1], jc="center"),
             dc("93,4", W[2], jc="center"), dc("", W[3], jc="center")]]
    R.d.add(table(rows, W, header_rows=1))
    R.paragraphs.append((note, "ket-qua.noi-bat", None))
    R.runin("Mặt còn hạn chế:", R.text("ket-qua.han-che"), "ket-qua.han-che", italic=True)
    R.runin("Nguyên nhân:", R.text("ket-qua.nguyen-nhan"), "ket-qua.nguyen-nhan", italic=True)
    R.runin("Kinh nghiệm rút ra:", R.text("ket-qua.bai-hoc"), "ket-qua.bai-hoc", italic=True)
    R.runin("Thời gian tới:", R.text("ket-qua.giai-phap"), "ket-qua.giai-phap", italic=True)
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing(who, RECIP_PARTY, SIG_PARTY)
    # the appendix: merged two-row header, split over the page, raised marks
    f = R.figures
    W = [700, 4300, 1100, 1200, 1200, 1300]
    rows = []
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = f[ind]
        if ind == "truc-tuyen":
            a, b, t = "61,3", vn(v), r(vn(v))
        else:
            a, b = period_split(v)
            a, b, t = vn(a), vn(b), r(vn(v))
            if ind == "tiep-dan":
                t += sup("(1)")
            if ind == "don-nhan":
                t += sup("*")
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(a, W[3], jc="right"), dc(b, W[4], jc="right"), dc(t, W[5], jc="right")])
    head = merged_header_rows(W)
    notes = ["(1) Gồm 96 lượt tiếp công dân định kỳ của Bí thư Đảng ủy phường.",
             "(*) Kể cả đơn trùng lặp, đơn không đủ điều kiện xử lý đã hướng dẫn công dân."]
    appx(R, [table(head + rows[:5], W, header_rows=2), p('<w:r><w:br w:type="page"/></w:r>'),
             p(r("(tiếp theo)", i=True), jc="right"), table(rows[5:], W)] +
         [p(r(n, i=True, sz=22)) for n in notes], number=blank)
    R.app("(tiếp theo)")     # the notes under the table: the unit's notes on its figures (probe49 SYT)
    R.doc_number = None
    R.tolerated.append("appendix-value-read-as")
    return R


def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 tong ket KL114 (ban sao).docx",
            "SEVEN SHAPES: (1) state header table whose date is written in figures WITH LEADING "
            "ZEROS, 'Nghệ An, ngày 16/04/2026' (probe48 X002); (2) the body in two parts, 'Phần "
            "thứ nhất' / 'Phần thứ hai' (bold, centred) each over a capitals title (probe46 "
            "MTTQ), the Roman parts under them numbered ONLY BY WORD'S LIST (numbering.xml "
            "upperRoman '%1.', the numbers not in the text) on bold Normal paragraphs (probes 41 "
            "SNV, 46 X003), the list RESTARTING at I. in part two as Word's 'Restart at I' "
            "writes it: a second w:num over the same abstractNum with a startOverride (new); "
            "(3) A PART MERGED, the results and the limits under one heading with no "
            "sub-headings: 'II. KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ', the limits opening at a clause ended "
            "by a colon 'Bên cạnh những kết quả đạt được, công tác dân vận của ngành còn một số "
            "hạn chế: …' (probes 40, 43 HND merged parts), and 'III. NGUYÊN NHÂN VÀ BÀI HỌC KINH "
            "NGHIỆM', the lessons opening 'Từ thực tiễn 10 năm, Sở rút ra bài học kinh nghiệm: …'; "
            "(4) a FORECAST paragraph opening the directions part 'I. PHƯƠNG HƯỚNG, NHIỆM VỤ, "
            "GIẢI PHÁP' of part two ('Dự báo thời gian tới, … nhiều khó khăn, thách thức') "
            "(probe50 TTT); (5) 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'; (6) the appendix as an EMBEDDED "
            "EXCEL WORKSHEET (w:object, o:OLEObject Excel.Sheet.12, the .xlsx in word/"
            "embeddings/, a preview picture), no Word table (probe46 STC); (7) then, last in "
            "the file, the COPY CERTIFICATION block of Nghị định 30/2020 ('SAO Y', 'Số: 52/SY-VP', "
            "its date, 'TL. GIÁM ĐỐC' / 'CHÁNH VĂN PHÒNG' / name, its 'Nơi nhận') (probe48 SYT). "
            "New pairings: a restarted list under 'Phần thứ hai' with a merged results/limits "
            "part before it; an embedded worksheet followed by a copy certification. The officer: "
            "each part as its words and the announcing clauses say; the forecast with the "
            "directions; the worksheet's figures; the report's number, date (16/4/2026) and "
            "signer are the original's.")
    R.place_date = "Nghệ An, ngày 16/04/2026"
    state_header_table(R, "UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"], place_date=R.place_date)
    R.title("Sở Y tế")
    n1 = R.d.numbering([("upperRoman", "%1.", True)])
    n2 = R.d.numbering(None, start_override={0: 1}, abstract=R.d.abstract_of(n1))

    def part(a, b):
        R.d.add(p(r(a, b=True), jc="center"))
        R.d.add(p(r(b, b=True), jc="center"))

    def h(t, n):
        R.d.add(p(r(t, b=True), num=(n, 0)))
    part("Phần thứ nhất", "KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    h("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", n1)
    body(R, "lanh-dao")
    h("KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ", n1)
    body(R, "ket-qua.noi-bat")
    R.put("Bên cạnh những kết quả đạt được, công tác dân vận của ngành còn một số hạn chế: "
          + low(R.text("ket-qua.han-che")), "ket-qua.han-che")
    h("NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM", n1)
    body(R, "ket-qua.nguyen-nhan")
    R.put("Từ thực tiễn 10 năm, Sở rút ra bài học kinh nghiệm: " + low(R.text("ket-qua.bai-hoc")),
          "ket-qua.bai-hoc")
    h("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", n1)
    body(R, "tac-dong")
    part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ")
    h("PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", n2)
    R.put("Dự báo thời gian tới, nhu cầu khám, chữa bệnh và đòi hỏi của Nhân dân về chất lượng "
          "dịch vụ y tế tiếp tục tăng; việc thực hiện cơ chế tự chủ tài chính của các bệnh viện "
          "công lập đặt ra nhiều khó khăn, thách thức mới.", "ket-qua.giai-phap")
    body(R, "ket-qua.giai-phap")
    h("KIẾN NGHỊ, ĐỀ XUẤT", n2)
    body(R, "kien-nghi")
    R.closing("Sở Y tế", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    # the appendix: an embedded worksheet (probe46 STC's object)
    page_break(R)
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.d.add(p(r(kem_theo(R), i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app("Kèm theo Báo cáo số")
    rows = std_rows(R.figures)
    data = [rows[0]] + [[int(a), b, c, (R.figures[i] if R.figures[i] is not None else "x")]
                        for (a, b, c, _), i in zip(rows[1:], IND)]
    R.d.parts["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = fixed_xlsx(data)
    R.d.defaults["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    erid = R.d.rel(f"{REL}/package", "embeddings/Microsoft_Excel_Worksheet.xlsx")
    irid = R.d.image("image1.png", png(240, 120))
    R.d.add(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:object w:dxaOrig="9000" '
            f'w:dyaOrig="4200"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
            f'style="width:450pt;height:210pt" o:ole=""><v:imagedata r:id="{irid}" o:title=""/>'
            f'</v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
            f'DrawAspect="Content" ObjectID="_1805112234" r:id="{erid}"/></w:object></w:r></w:p>')
    # the copy certification, last in the file (probe48 SYT's block)
    R.d.add('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
            '</w:pBdr></w:pPr></w:p>')
    left = [p(r("SỞ Y TẾ TỈNH NGHỆ AN", b=True), jc="center", spacing=False),
            p(r("Số: 52/SY-VP"), jc="center", spacing=False),
            p(r("Nơi nhận:", b=True, i=True), spacing=False),
            p(r("- Các phòng, đơn vị trực thuộc Sở;", sz=22), spacing=False),
            p(r("- Lưu: VT.", sz=22), spacing=False)]
    right = [p(r("SAO Y", b=True), jc="center", spacing=False),
             p(r("Nghệ An, ngày 17 tháng 4 năm 2026", i=True), jc="center", spacing=False),
             p(r("TL. GIÁM ĐỐC", b=True), jc="center", spacing=False),
             p(r("CHÁNH VĂN PHÒNG", b=True), jc="center", spacing=False),
             p("", spacing=False), p("", spacing=False),
             p(r("Đinh Văn Lợi", b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    for a in ["52/SY-VP", "Nghệ An, ngày 17 tháng 4", "Đinh Văn Lợi", "CHÁNH VĂN PHÒNG",
              "Các phòng, đơn vị trực thuộc Sở", "Nghệ An, ngày 16/04/2026"]:
        R.app(a)
    return R


def x006():
    R = Rep("x006", "X006", "Thanh Chuong - BC 66 KL114 (ban sua).docx",
            "SIX SHAPES: (1) WHO AND WHEN IN THE CUSTOM PROPERTIES (unit, unit_code, category, "
            "date = 2026-04-11, as `baocao new --format docx` writes them) and the header's day "
            "LEFT BLANK, 'Thanh Chương, ngày      tháng 4 năm 2026' (probe49 X006); (2) headings "
            "set apart ONLY BY A LARGER FONT, unnumbered, sentence case, not bold, no style: "
            "parts 15 pt, sub-parts 14 pt, text 13 pt (probe46 X005); (3) TRACKED CHANGES left "
            "in (probes 41, 43, 46 X006): the sub-heading 'Bài học kinh nghiệm' INSERTED whole "
            "(its 14-pt run in w:ins, its paragraph mark inserted) over the lessons, a figure "
            "replaced in the leadership paragraph (w:del '21' / w:ins '23' văn bản), a whole "
            "paragraph of the achievements DELETED (text and mark); (4) a reviewer's COMMENT "
            "spanning the sub-heading 'Tồn tại, hạn chế' and its paragraph (probe48 DUQS); (5) A "
            "SECTION THE UNIT ANSWERS IN ONE LINE: 'Kiến nghị, đề xuất' over '(Không có nội dung "
            "kiến nghị, đề xuất.)' (new; probe50 DUQS left a section out); (6) a SUB-UNIT'S TABLE "
            "OF FIGURES in the achievements, under a sentence announcing it: 'TT | Thôn | Số cuộc "
            "đối thoại | Số lượt tiếp công dân | Số đơn thư tiếp nhận | Số mô hình Dân vận khéo', "
            "three villages and a 'Cộng' row (the shape README reads as an appendix turned; "
            "probes 47 SYT, 48 SGDDT had sub-units' figures in the appendix or an attached "
            "report) — the villages' share, NOT the commune's figures; the ordinary appendix "
            "after the signature is. New pairings: size-only headings with a heading inserted as "
            "a tracked change and a comment over one; a sub-unit's table in the text beside the "
            "appendix. The officer: date 11/4/2026 (the property), the changes accepted, the "
            "comment and the deleted paragraph nowhere, the one-line answer as the requests' "
            "text (an empty-section finding tolerated: README counts 20 words), the villages' "
            "table the achievements' text, the appendix's figures the commune's.",
            place="Thanh Chương")
    R.place_date = "Thanh Chương, ngày      tháng 4 năm 2026"
    r46.commune(R, ["ĐẢNG ỦY XÃ THANH CHƯƠNG"], "Đảng ủy xã Thanh Chương")
    R.apparatus[R.apparatus.index("Thanh Chương, ngày      tháng 4")] = "Thanh Chương, ngày"
    ch = 'w:author="Phó Bí thư" w:date="2026-04-10T09:00:00Z"'

    def h(title, level, ins=False, pre="", post=""):
        run = r(title, sz=30 if level == 1 else 28)
        if ins:
            R.d.add(f'<w:p><w:pPr><w:rPr><w:ins w:id="{nid()}" {ch}/></w:rPr></w:pPr>'
                    f'<w:ins w:id="{nid()}" {ch}>{run}</w:ins></w:p>')
        else:
            R.d.add(f"<w:p>{pre}{run}{post}</w:p>")
    h("Công tác lãnh đạo, chỉ đạo", 1)
    t = R.text("lanh-dao")
    a, b = t.split("23 văn bản", 1)
    R.para(t, "lanh-dao",
           f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>{r(a)}'
           f'<w:del w:id="{nid()}" {ch}><w:r><w:delText>21</w:delText></w:r></w:del>'
           f'<w:ins w:id="{nid()}" {ch}>{r("23")}</w:ins>{r(" văn bản" + b)}</w:p>')
    R.app("ban hành 21 văn bản")
    h("Kết quả triển khai thực hiện", 1)
    h("Những kết quả nổi bật", 2)
    body(R, "ket-qua.noi-bat")
    gone = ("Riêng năm 2016, Đảng ủy tổ chức thêm bốn hội nghị chuyên đề về công tác dân vận ở "
            "các thôn vùng giáo, mời linh mục quản xứ cùng dự.")
    R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:del w:id="{nid()}" {ch}/></w:rPr>'
            f'</w:pPr><w:del w:id="{nid()}" {ch}><w:r><w:delText xml:space="preserve">{x(gone)}'
            '</w:delText></w:r></w:del></w:p>')
    R.app("bốn hội nghị chuyên đề về công tác dân vận ở các thôn vùng giáo")
    R.put("Kết quả tiếp công dân, đối thoại và xây dựng mô hình ở ba thôn làm điểm của xã "
          "trong giai đoạn 2016 - 2025 như sau:", "ket-qua.noi-bat")
    W = [600, 2200, 1500, 1700, 1700, 1700]
    vill = [("1", "Thôn Yên Hồ", 5, 142, 31, 2), ("2", "Thôn Trung Mỹ", 4, 118, 27, 1),
            ("3", "Thôn Đồng Văn", 3, 96, 22, 1)]
    rows = [[hc(t_, w) for t_, w in zip(["TT", "Thôn", "Số cuộc đối thoại", "Số lượt tiếp công dân",
                                          "Số đơn thư tiếp nhận", "Số mô hình Dân vận khéo"], W)]]
    for tt, nm, *vals in vill:
        rows.append([dc(tt, W[0], jc="center"), dc(nm, W[1])] +
                    [dc(vn(v), w, jc="center") for v, w in zip(vals, W[2:])])
    sums = [sum(v[i] for v in vill) for i in range(2, 6)]
    rows.append([dc("", W[0]), dc("Cộng", W[1], b=True)] +
                [dc(vn(v), w, jc="center", b=True) for v, w in zip(sums, W[2:])])
    R.d.add(table(rows, W, header_rows=1))
    R.rows += ["Thôn Yên Hồ", "Thôn Trung Mỹ", "Thôn Đồng Văn"]
    h("Tồn tại, hạn chế", 2, pre='<w:commentRangeStart w:id="0"/>')
    t = R.text("ket-qua.han-che")
    R.para(t, "ket-qua.han-che",
           f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>{r(t)}<w:commentRangeEnd w:id="0"/>'
           '<w:r><w:commentReference w:id="0"/></w:r></w:p>')
    R.d.comment(0, "Đề nghị bổ sung hạn chế trong giải quyết kiến nghị về bồi thường làm đê bao "
                   "và nêu rõ trách nhiệm của từng bộ phận.")
    R.app("bổ sung hạn chế trong giải quyết kiến nghị về bồi thường")
    h("Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("Bài học kinh nghiệm", 2, ins=True)
    body(R, "ket-qua.bai-hoc")
    h("Phương hướng, giải pháp thời gian tới", 2)
    body(R, "ket-qua.giai-phap")
    h("Tác động của việc thực hiện Kết luận", 1)
    body(R, "tac-dong")
    h("Kiến nghị, đề xuất", 1)
    R.para("(Không có nội dung kiến nghị, đề xuất.)", "kien-nghi",
           snippet="Không có nội dung kiến nghị, đề xuất")
    R.short_ok.add("kien-nghi")
    R.tolerated.append("empty-section:kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Thanh Chương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    R.custom = [("unit", "Đảng ủy xã Thanh Chương"), ("unit_code", "X006"),
                ("category", "dang-uy-xa-phuong"), ("date", R.date)]
    assert R.date == "2026-04-11"
    return R


def frame(x_twips, w):
    return (f'<w:framePr w:w="{w}" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
            f'w:hAnchor="page" w:x="{x_twips}" w:y="1"/>')


def stamp_box(lines):
    """probe48's VML text box: the e-office signature stamp kept when a signed PDF is turned
    back into Word."""
    return r48.textbox(lines)


PICG = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def pic_xml(rid, cx=3600000, cy=1800000):
    return (f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
            f'</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext '
            f'cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'</pic:spPr></pic:pic>')


def inline_pic(n, rid, cx=3600000, cy=1800000):
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Hình {n}"/>'
            f'<a:graphic><a:graphicData uri="{PICG}">{pic_xml(rid, cx, cy)}</a:graphicData>'
            f'</a:graphic></wp:inline></w:drawing></w:r>')


def anchor_pic(n, rid, cx=1200000, cy=900000):
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            f'<wp:posOffset>4000000</wp:posOffset></wp:positionH><wp:positionV '
            f'relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{n}" name="Hình {n}"/><a:graphic><a:graphicData uri="{PICG}">'
            f'{pic_xml(rid, cx, cy)}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 tong ket KL114.docx",
            "SIX SHAPES: (1) the Party header block in FRAMES (paragraphs sharing a w:framePr, "
            "left column at 1 cm, right column at 11 cm), not a table (probe48 X003); (2) "
            "headings numbered ONLY BY WORD'S LIST, level 1 upperRoman 'I.', level 2 '%1.%2.' "
            "with <w:isLgl/> (Word shows '2.1.', not 'II.1.') on bold paragraphs (probe48 TTT); "
            "(3) an EXTRA PART THE OUTLINE LACKS inside the results, '2.2. Một số mô hình, điển "
            "hình tiêu biểu' between the achievements and the limits (probe50 DUCA); (4) a "
            "PICTURE with its caption 'Hình 1: …' inside the achievements, and a FLOATING "
            "picture anchored inside the impact paragraph between two runs (probe46 SYT); (5) "
            "the appendix with ROMAN GROUP ROWS MERGED ACROSS ('I' | title over four columns), "
            "Arabic rows numbered on, LETTERED SUB-ROWS a/b/c breaking down the petitions "
            "received (512 + 203 + 657 = 1.372) and a DASHED subset row '- Trong đó: …' without "
            "STT (probe49 TTT); (6) the e-office DIGITAL-SIGNATURE STAMP in a text box in the "
            "signature cell between 'BÍ THƯ' and the name (probe48 STC — there a state body's). "
            "New pairings: framed header over list-numbered headings; a models part numbered "
            "by the list's legal level; a Party signature with the stamp. The officer: the "
            "models are the achievements they illustrate; captions keyed neither way; the "
            "numbered rows' own figures; the signer the name under 'BÍ THƯ'.")
    L = [("ĐẢNG BỘ TỈNH NGHỆ AN", False), ("ĐẢNG ỦY CÔNG AN TỈNH", True), ("*", False),
         (f"Số {R.doc_number}", False)]
    for t, b in L:
        R.d.add(f'<w:p><w:pPr>{frame(1400, 4200)}<w:jc w:val="center"/></w:pPr>{r(t, b=b)}</w:p>')
    for t, b, i, u in [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True), ("", False, False, False),
                       (R.place_date, False, True, False)]:
        R.d.add(f'<w:p><w:pPr>{frame(6200, 5000)}<w:jc w:val="center"/></w:pPr>'
                f'{r(t, b=b, i=i, u=u) if t else ""}</w:p>')
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.d.add(p(""))
    who = "Ban Thường vụ Đảng ủy Công an tỉnh"
    R.title(who)
    n = R.d.numbering([("upperRoman", "%1.", True), ("decimal", "%1.%2.", True)])
    aid = R.d.abstract_of(n)
    lv = R.d.abstract[aid][1].replace('<w:lvl w:ilvl="1"><w:start w:val="1"/>',
                                      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/>')
    R.d.abstract[aid] = (aid, lv)

    def h(t, lvl):
        R.d.add(p(r(t, b=True, i=lvl == 1), num=(n, lvl)))
    img = R.d.image("image1.png", png())
    h("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 0)
    body(R, "lanh-dao")
    h("KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 0)
    h("Những kết quả nổi bật", 1)
    R.put(R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat")
    R.d.add(p(inline_pic(1, img), jc="center"))
    R.d.add(p(r("Hình 1: Công an xã hướng dẫn Nhân dân làm thủ tục cấp căn cước, định danh điện "
                "tử tại nhà văn hóa thôn", i=True, sz=24), jc="center"))
    R.put(R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat")
    h("Một số mô hình, điển hình tiêu biểu", 1)
    R.put("Mô hình “Camera an ninh - mắt thần khu dân cư” do Công an các xã, phường vận động "
          "Nhân dân cùng lắp đặt hơn 3.600 camera, giúp phát hiện, xử lý kịp thời nhiều vụ trộm "
          "cắp và vi phạm trật tự giao thông.", "ket-qua.noi-bat")
    R.put("Mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” được nhân rộng ở các khu nhà trọ, "
          "chợ đầu mối; cách làm vận động người dân tự nguyện giao nộp vũ khí, vật liệu nổ được "
          "Bộ Công an biểu dương.", "ket-qua.noi-bat")
    h("Tồn tại, hạn chế", 1)
    body(R, "ket-qua.han-che")
    h("Nguyên nhân", 1)
    body(R, "ket-qua.nguyen-nhan")
    h("Bài học kinh nghiệm", 1)
    body(R, "ket-qua.bai-hoc")
    h("Phương hướng, giải pháp thời gian tới", 1)
    body(R, "ket-qua.giai-phap")
    h("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 0)
    t = R.text("tac-dong")
    words = t.split(" ")
    k = len(words) // 2
    a, b = " ".join(words[:k]) + " ", " ".join(words[k:])
    wa, wb = a.split(), b.split()
    R.para(t, "tac-dong", f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>{r(a)}'
           f'{anchor_pic(3, img)}{r(b)}</w:p>', snippet=" ".join(wa[-4:] + wb[:4]))
    h("KIẾN NGHỊ, ĐỀ XUẤT", 0)
    body(R, "kien-nghi")
    closing_sentence(R, who)
    stamp = ["Ký bởi: Đảng ủy Công an tỉnh", "Email: dangucongan@nghean.gov.vn",
             "Cơ quan: Tỉnh ủy Nghệ An", "Thời gian ký: 12.04.2026 16:45:03 +07:00"]
    sig_table(R, RECIP_PARTY, SIG_PARTY,
              extra_right=[p(stamp_box(stamp), spacing=False), p("", spacing=False),
                           p("", spacing=False)])
    for s_ in stamp:
        R.app(s_)
    # appendix: Roman group rows across, numbered on, a/b/c sub-rows, a dashed subset row
    W = [800, 4900, 1200, 1300, 1200]
    f = R.figures
    rows = [[hc(t_, w) for t_, w in zip(["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"], W)]]

    def group(nr, title):
        rows.append([dc(nr, W[0], jc="center", b=True), dc(title, sum(W[1:]), span=4, b=True)])

    def row(stt, lab, dvt, val, note=""):
        rows.append([dc(stt, W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(val, W[3], jc="right"), dc(note, W[4])])
    group("I", "LÃNH ĐẠO, CHỈ ĐẠO, BỒI DƯỠNG")
    row("1", "Số văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", vn(f["van-ban"]))
    row("2", "Số hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", vn(f["hoi-nghi"]))
    row("3", "Số lượt cán bộ, chiến sĩ được tập huấn, bồi dưỡng", "Lượt", vn(f["tap-huan"]))
    group("II", "TIẾP CÔNG DÂN, ĐỐI THOẠI, GIẢI QUYẾT ĐƠN THƯ")
    row("4", "Số cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", vn(f["doi-thoai"]))
    row("5", "Số lượt tiếp công dân", "Lượt", vn(f["tiep-dan"]))
    row("", "- Trong đó: Giám đốc Công an tỉnh tiếp định kỳ", "Lượt", "96")
    row("6", "Số đơn thư tiếp nhận", "Đơn", vn(f["don-nhan"]))
    row("a", "Tố giác, tin báo về tội phạm", "Đơn", "512")
    row("b", "Khiếu nại, tố cáo", "Đơn", "203")
    row("c", "Kiến nghị, phản ánh", "Đơn", "657")
    assert 512 + 203 + 657 == f["don-nhan"]
    row("7", "Số đơn thư đã giải quyết", "Đơn", vn(f["don-giai-quyet"]))
    group("III", "PHONG TRÀO THI ĐUA, CẢI CÁCH HÀNH CHÍNH")
    row("8", "Số mô hình “Dân vận khéo” được công nhận", "Mô hình", vn(f["dan-van-kheo"]))
    row("9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", vn(f["truc-tuyen"]))
    appx(R, [table(rows, W, header_rows=1)])
    R.rows += ["Giám đốc Công an tỉnh tiếp định kỳ", "Tố giác, tin báo về tội phạm"]
    return R


def wrappers(R):
    url = R.d.rel(f"{REL}/hyperlink", "https://snv.nghean.gov.vn/", mode=' TargetMode="External"')
    return [
        lambda s: f'<w:hyperlink r:id="{url}" w:history="1">{r(s, u=True)}</w:hyperlink>',
        lambda s: (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                   f'w:element="place">{r(s)}</w:smartTag>'),
        lambda s: f'<w:fldSimple w:instr=" DOCPROPERTY  NoiDung  \\* MERGEFORMAT ">{r(s)}</w:fldSimple>',
        lambda s: field("MERGEFIELD NoiDung", s),
        lambda s: (f'<w:sdt><w:sdtPr><w:alias w:val="Nội dung"/><w:id w:val="-1201"/></w:sdtPr>'
                   f'<w:sdtContent>{r(s)}</w:sdtContent></w:sdt>'),
        lambda s: f'<w:customXml w:element="noidung">{r(s)}</w:customXml>',
    ]


def wrapped_para(R, t, sec, wrap, style_xml=""):
    """probe46 TTT's shape: the middle three words of the paragraph inside an inline
    wrapper; keyed by a snippet across it."""
    words = t.split(" ")
    n = len(words)
    a, mid, b = words[: n // 3], words[n // 3: n // 3 + 3], words[n // 3 + 3:]
    xml = (f'<w:p><w:pPr>{style_xml}<w:ind w:firstLine="567"/></w:pPr>{r(" ".join(a) + " ")}'
           f'{wrap(" ".join(mid))}{r(" " + " ".join(b))}</w:p>')
    snip = " ".join(a[-5:] + mid + b[:3]).strip(" ,;:")
    R.para(t, sec, xml, snippet=snip)


def snv():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.docx",
            "SIX SHAPES: (1) state header table, then under the subject a 'Kính gửi: Ban Tuyên "
            "giáo và Dân vận Tỉnh ủy Nghệ An.' line before the opening formula (probes 41 SNV, "
            "42 SYT); (2) Word's Heading 1 / Heading 2 styles, numbers typed, with TWO TOP-LEVEL "
            "SECTIONS UNDER ONE HEADING: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ KẾT QUẢ THỰC HIỆN KẾT "
            "LUẬN', its two opening paragraphs the leadership, then '1. Kết quả đạt được' … '4. "
            "Bài học kinh nghiệm' (probe50 SNV); (3) part of every paragraph's text INSIDE AN "
            "INLINE WRAPPER (hyperlink, smart tag, simple field, MERGEFIELD result, content "
            "control, custom XML), across the middle of the keyed snippet (probe46 TTT); (4) the "
            "appendix on a LANDSCAPE page with a THREE-ROW MERGED HEADER and the form's COLUMN "
            "LETTERS row 'A | B | C | 1 | 2 | 3 = 1 + 2 | D' (probe49 SNV), (5) whose 'Ghi chú' "
            "column holds REMARKS WITH NUMBERS ('Tăng 18% so với giai đoạn 2010 - 2015', 'Bình "
            "quân 96 lượt/năm', 'Đạt 97,1%' …) (probe49 MTTQ); (6) then an ATTACHED LIST OF "
            "PARTICIPANTS on the same landscape section ('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ …', "
            "'(Kèm theo Báo cáo số …)', 'STT | Họ và tên | Chức vụ, đơn vị | Ghi chú') (probe48 "
            "MTTQ). New pairings: two sections under one heading whose paragraphs hold "
            "wrappers; a three-row header with numeric remarks; a participants list after a "
            "landscape appendix. The officer: the two opening paragraphs the leadership; the "
            "'Tổng cộng 10 năm' column; the list attached material (apparatus).")
    state_header_table(R, "UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"], place_date=R.place_date)
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJECT, b=True), jc="center"))
    R.d.add(p(r("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An."), jc="center"))
    R.d.add(p(r(OPENING.format(who="Sở Nội vụ")), ind=567))
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.app("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy")
    R.app("Sở Nội vụ báo cáo như sau")
    h = R.heading_styles()
    wr = wrappers(R)
    k = [0]

    def put(t, sec):
        wrapped_para(R, t, sec, wr[k[0] % len(wr)])
        k[0] += 1

    def bod(sec):
        for t in R.texts[sec]:
            put(t, sec)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ KẾT QUẢ THỰC HIỆN KẾT LUẬN", 1)
    bod("lanh-dao")
    put("Hằng năm, Sở xây dựng kế hoạch dân vận chính quyền gắn với thực hiện Quy chế dân chủ "
        "ở cơ sở, phân công lãnh đạo Sở phụ trách từng lĩnh vực có nhiều phản ánh, kiến nghị "
        "của cán bộ, công chức và Nhân dân.", "lanh-dao")
    h("1. Kết quả đạt được", 2)
    bod("ket-qua.noi-bat")
    h("2. Hạn chế, tồn tại", 2)
    bod("ket-qua.han-che")
    h("3. Nguyên nhân", 2)
    bod("ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm", 2)
    bod("ket-qua.bai-hoc")
    h("II. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    bod("tac-dong")
    h("III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", 1)
    bod("ket-qua.giai-phap")
    h("IV. KIẾN NGHỊ", 1)
    bod("kien-nghi")
    R.closing("Sở Nội vụ", RECIP_STATE, ["GIÁM ĐỐC"])
    # appendix: three-row merged header with the form's column letters, numeric remarks
    W = [700, 5000, 1300, 1600, 1600, 1600, 2600]
    rows = [[hc("STT", W[0], vmerge="restart"), hc("Nội dung", W[1], vmerge="restart"),
             hc("Đơn vị tính", W[2], vmerge="restart"),
             hc("Kết quả thực hiện", sum(W[3:6]), span=3), hc("Ghi chú", W[6], vmerge="restart")],
            [hc("", W[0], vmerge="c"), hc("", W[1], vmerge="c"), hc("", W[2], vmerge="c"),
             hc("Giai đoạn 2015 - 2020", W[3]), hc("Giai đoạn 2021 - 2025", W[4]),
             hc("Tổng cộng 10 năm", W[5]), hc("", W[6], vmerge="c")],
            [hc(t_, w) for t_, w in zip(["A", "B", "C", "1", "2", "3 = 1 + 2", "D"], W)]]
    f = R.figures
    assert round(100 * f["don-giai-quyet"] / f["don-nhan"], 1) == 97.1
    notes = {"van-ban": "Trong đó 9 kế hoạch chuyên đề", "tap-huan": "Tăng 18% so với giai đoạn "
             "2010 - 2015", "tiep-dan": "Bình quân 96 lượt/năm", "don-giai-quyet": "Đạt 97,1%",
             "truc-tuyen": "Số liệu đến ngày 31/12/2025"}
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = f[ind]
        if ind == "truc-tuyen":
            a, b, t = "74,6", vn(v), vn(v)
        else:
            a, b = period_split(v)
            a, b, t = vn(a), vn(b), vn(v)
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(a, W[3], jc="right"), dc(b, W[4], jc="right"), dc(t, W[5], jc="right"),
                     dc(notes.get(ind, ""), W[6])])
    R.rows += list(notes.values())
    people = [("Trần Quốc Hưng", "Giám đốc Sở Nội vụ", "Chủ trì"),
              ("Nguyễn Thị Thu Hà", "Phó Giám đốc Sở Nội vụ", ""),
              ("Phan Đình Khánh", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy", ""),
              ("Hoàng Văn Lâm", "Chánh Văn phòng Sở Nội vụ", ""),
              ("Lê Thị Phương Thảo", "Trưởng phòng Xây dựng chính quyền và công tác thanh niên", ""),
              ("Võ Đình Trung", "Trưởng phòng Công chức, viên chức", ""),
              ("Đặng Thị Minh Nguyệt", "Chuyên viên Văn phòng Sở", "Thư ký")]
    plist = [[hc(t_, w) for t_, w in zip(["STT", "Họ và tên", "Chức vụ, đơn vị", "Ghi chú"],
                                          [800, 3400, 7000, 1800])]] + \
        [[dc(str(i), 800, jc="center"), dc(a, 3400), dc(b, 7000), dc(c, 1800)]
         for i, (a, b, c) in enumerate(people, 1)]
    appx(R, [table(rows, W, header_rows=3),
             p('<w:r><w:br w:type="page"/></w:r>'),
             p(r("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW "
                 "CỦA SỞ NỘI VỤ", b=True), jc="center"),
             p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 14/4/2026 của Sở Nội vụ)", i=True),
               jc="center"),
             table(plist, [800, 3400, 7000, 1800], header_rows=1)], landscape=True)
    R.app("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ")
    for a_, b_, c_ in people[1:]:
        R.app(a_)
    R.app("Trưởng phòng Xây dựng chính quyền")
    return R


def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "SEVEN SHAPES: (1) the Roman parts titled with the GUIDANCE'S QUESTIONS kept ('I. Công "
            "tác lãnh đạo, chỉ đạo thực hiện Kết luận như thế nào?', 'III. Việc thực hiện Kết "
            "luận đã tác động như thế nào?' …) (probe50 X003) and (2) set apart ONLY BY SMALL "
            "CAPITALS (w:smallCaps, typed in sentence case with the number, not bold, no style) "
            "(probe44 TTT); (3) the SHIFT+ENTER HABIT inside part II: its sub-headings (bold "
            "italic questions, '1. Những kết quả nổi bật đạt được là gì?' … '5. Thời gian tới "
            "cần tập trung những giải pháp gì?') and their paragraphs are LINES OF ONE WORD "
            "PARAGRAPH apart by w:br (probe43 TTT); (4) the appendix 'STT | Nội dung | ĐVT | 2016 "
            "- 2020 | 2021 - 2025 | Tổng cộng' whose total cells are WORD FORMULA FIELDS ' "
            "=SUM(LEFT) \\# \"#.##0\" ' with their results (probe49 X003), (5) the rate's total "
            "written with its working in words, '85% (1.275 trên 1.500 hồ sơ)' (probe49 SGDDT); "
            "(6) a page HEADER and a 'Trang {PAGE}/{NUMPAGES}' FOOTER (probe46 VPTU); (7) a WORD "
            "FOOTNOTE cited at the end of the first achievements line INSIDE the joined "
            "paragraph (probes 41, 43 had notes on ordinary paragraphs). New pairings: question "
            "titles marked by small capitals; Shift+Enter sub-parts under a small-capitals "
            "part; a footnote cited in one line of a Shift+Enter paragraph; formula totals "
            "beside a rate with its working. The officer: each question is the section it asks "
            "(3 'Vì sao …?' the causes); each line of the joined paragraph its own paragraph; "
            "the note with the line citing it (the achievements); the totals; 85.")
    state_header_table(R, "UBND TỈNH NGHỆ AN", ["THANH TRA TỈNH"], place_date=R.place_date)
    R.title("Thanh tra tỉnh")

    def h(t):
        R.d.add(p(r(t, extra="<w:smallCaps/>"), ind=567))
    h("I. Công tác lãnh đạo, chỉ đạo thực hiện Kết luận như thế nào?")
    body(R, "lanh-dao")
    h("II. Kết quả triển khai thực hiện Kết luận ra sao?")
    subs = [("1. Những kết quả nổi bật đạt được là gì?", "ket-qua.noi-bat"),
            ("2. Còn những tồn tại, hạn chế, khó khăn, vướng mắc gì?", "ket-qua.han-che"),
            ("3. Vì sao còn những tồn tại, hạn chế đó?", "ket-qua.nguyen-nhan"),
            ("4. Rút ra những bài học kinh nghiệm gì?", "ket-qua.bai-hoc"),
            ("5. Thời gian tới cần tập trung những giải pháp gì?", "ket-qua.giai-phap")]
    runs = []
    note = ("Trong đó có 3 cuộc đối thoại với các hộ dân khiếu nại về bồi thường, giải phóng mặt "
            "bằng dự án đường ven biển Nghi Sơn - Cửa Lò đoạn qua tỉnh.")
    for title, sec in subs:
        runs.append(r(title, b=True, i=True))
        for k, t in enumerate(R.texts[sec]):
            R.paragraphs.append((t, sec, None))
            if sec == "ket-qua.noi-bat" and k == 0:     # a footnote cited at this line's end
                runs.append(r(t) + R.fn(note, None))
                R.paragraphs.append((note, sec, None))
            else:
                runs.append(r(t))
    R.d.add(p("<w:r><w:br/></w:r>".join(runs), ind=567))
    h("III. Việc thực hiện Kết luận đã tác động như thế nào?")
    body(R, "tac-dong")
    h("IV. Có kiến nghị, đề xuất gì với cấp trên?")
    body(R, "kien-nghi")
    R.closing("Thanh tra tỉnh", RECIP_STATE, ["CHÁNH THANH TRA"])
    W = [700, 4300, 1100, 1200, 1200, 1700]
    rows = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "2016 - 2020", "2021 - 2025",
                                        "Tổng cộng"], W)]]
    f = R.figures
    assert round(100 * 1275 / 1500, 1) == f["truc-tuyen"] == 85
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = f[ind]
        if ind == "truc-tuyen":
            a, b, t = "58,4", "85", r("85% (1.275 trên 1.500 hồ sơ)")
        else:
            a, b = period_split(v, 0.41)
            a, b, t = vn(a), vn(b), fld_sum(vn(v))
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(a, W[3], jc="right"), dc(b, W[4], jc="right"), dc(t, W[5], jc="right")])
    appx(R, [table(rows, W, header_rows=1)])
    hd = R.d.header_part("header1.xml", [p(r("Thanh tra tỉnh - Báo cáo tổng kết KL 114", i=True,
                                               sz=20), jc="right")])
    ft = R.d.header_part("footer1.xml", [p(r("Trang ", sz=20) + field("PAGE", "1", sz=20)
                                           + r("/", sz=20) + field("NUMPAGES", "5", sz=20),
                                           jc="center")], kind="footer")
    R.app("Báo cáo tổng kết KL 114")
    R.app("Trang 1/5")
    R.last_sect = dict(header=hd, footer=ft)
    return R


def stc():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "FIVE SHAPES: (1) the whole state header block in the FIRST PAGE'S HEADER part "
            "(w:titlePg, header type 'first') TYPED WITH TAB STOPS, not a table: 'UBND TỈNH NGHỆ "
            "AN ⇥ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ TÀI CHÍNH ⇥ Độc lập - Tự do - Hạnh "
            "phúc', 'Số: 241/BC-STC ⇥ Nghệ An, ngày 16 tháng 4 năm 2026'; the later pages' header "
            "a PAGE field; the body opens at 'BÁO CÁO' (probe48 X005, a Party one there); (2) "
            "the unit's OWN NUMBERING, capital LETTERS for the parts and ROMAN numerals under "
            "them: 'A. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'B. KẾT QUẢ THỰC HIỆN' over 'I. Những "
            "kết quả nổi bật' … 'V. Phương hướng, giải pháp thời gian tới', 'C. TÁC ĐỘNG …', 'D. "
            "KIẾN NGHỊ, ĐỀ XUẤT' (probe50 X006); (3) the province's outline template's GUIDANCE "
            "left in as HIDDEN TEXT (w:vanish) under several headings (probe48 X006); (4) the "
            "statistics table INSIDE A TEXT BOX (mc:AlternateContent: wps shape + VML fallback) "
            "under the 'PHỤ LỤC' caption (probe49 STC), (5) its figure cells as Word keeps them "
            "after editing: a TAB before a figure, leading spaces, 'lượt' after a line break, a "
            "figure split over two runs around Word's _GoBack bookmark, a trailing no-break "
            "space, '97,6' + NBSP + '%' in a run of its own (probe49 X001). New pairings: a "
            "first-page header over lettered parts; hidden guidance under Roman sub-parts; "
            "Word's cell quirks inside a text-box table. The officer: 241/BC-STC, 16/4/2026; "
            "each part as titled; hidden text nothing; the figures as shown.")
    tabs = ('<w:tabs><w:tab w:val="center" w:pos="2000"/><w:tab w:val="center" w:pos="6800"/>'
            '</w:tabs>')

    def hp(left, right, lb=False, rb=False, ri=False, ru=False):
        runs = '<w:r><w:tab/></w:r>' + (r(left, b=lb) if left else "")
        if right:
            runs += '<w:r><w:tab/></w:r>' + r(right, b=rb, i=ri, u=ru)
        return f'<w:p><w:pPr>{tabs}<w:jc w:val="left"/></w:pPr>{runs}</w:p>'
    first = [hp("UBND TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rb=True),
             hp("SỞ TÀI CHÍNH", "Độc lập - Tự do - Hạnh phúc", lb=True, rb=True, ru=True),
             hp("-------", None),
             hp(f"Số: {R.doc_number}", R.place_date, ri=True)]
    rid_first = R.d.header_part("header1.xml", first)
    rid_def = R.d.header_part("header2.xml", [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                                              f'{field("PAGE", "2")}</w:p>'])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Sở Tài chính")
    V = "<w:vanish/>"

    def hidden(t):
        R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr>{V}</w:rPr></w:pPr>'
                f'<w:r><w:rPr><w:i/>{V}</w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>')
        R.app(t[:60])
    h = bold_h(R)
    hidden("(Mẫu đề cương kèm theo Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh "
           "ủy; các đơn vị xóa phần hướng dẫn in nghiêng trước khi gửi)")
    h("A. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    hidden("(Đánh giá việc quán triệt, ban hành văn bản lãnh đạo, chỉ đạo; nêu số văn bản, số "
           "hội nghị đã tổ chức)")
    body(R, "lanh-dao")
    h("B. KẾT QUẢ THỰC HIỆN", 1)
    guide = {"ket-qua.noi-bat": "(Nêu kết quả nổi bật về tiếp công dân, đối thoại, giải quyết đơn "
                                "thư; có số liệu cụ thể, so sánh với năm 2015)",
             "ket-qua.han-che": "(Chỉ rõ những tồn tại, hạn chế trong thực hiện Kết luận)"}
    for i, sec in enumerate(["ket-qua.noi-bat", "ket-qua.han-che", "ket-qua.nguyen-nhan",
                             "ket-qua.bai-hoc", "ket-qua.giai-phap"]):
        h(f"{['I', 'II', 'III', 'IV', 'V'][i]}. {r46.TITLES[sec]}", 2)
        if sec in guide:
            hidden(guide[sec])
        body(R, sec)
    h("C. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    hidden("(Đánh giá tác động đối với niềm tin của Nhân dân và kết quả phát triển kinh tế - xã "
           "hội của địa phương)")
    body(R, "tac-dong")
    h("D. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Sở Tài chính", RECIP_STATE, ["GIÁM ĐỐC"])
    f = R.figures
    assert vn(f["tiep-dan"]) == "372" and vn(f["tap-huan"]) == "1.725"
    cellruns = {
        "van-ban": '<w:r><w:tab/></w:r>' + r(vn(f["van-ban"])),
        "hoi-nghi": r("   " + vn(f["hoi-nghi"])),
        "tap-huan": (r("1.") + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd '
                     'w:id="0"/>' + r("725")),
        "doi-thoai": r(vn(f["doi-thoai"])),
        "tiep-dan": r(vn(f["tiep-dan"]) + "\nlượt"),
        "don-nhan": r(vn(f["don-nhan"])),
        "don-giai-quyet": r(vn(f["don-giai-quyet"]) + "\u00a0"),
        "dan-van-kheo": r(" " + vn(f["dan-van-kheo"]) + " "),
        "truc-tuyen": r(vn(f["truc-tuyen"])) + r("\u00a0%"),
    }
    W = [700, 4600, 1200, 1600]
    rows = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "Số liệu"], W)]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        rows.append([dc(str(i), W[0], jc="center"), dc(lab, W[1]), dc(dvt, W[2], jc="center"),
                     dc(cellruns[ind], W[3], jc="center")])
    inner = table(rows, W, header_rows=1) + p("", spacing=False)
    appx(R, [p(box_run(inner, 7), spacing=False)])
    R.last_sect_xml = (f'<w:headerReference w:type="first" r:id="{rid_first}"/>'
                       f'<w:headerReference w:type="default" r:id="{rid_def}"/>')
    R.title_pg = True
    return R


MODELS_SGD = [("Trường học hạnh phúc, phụ huynh đồng hành", "Trường THPT Huỳnh Thúc Khánh", "2019",
               "Tỉnh"),
              ("Một cửa thân thiện trong tuyển sinh đầu cấp", "Phòng Giáo dục Trung học", "2021",
               "Tỉnh"),
              ("Công khai các khoản thu qua ứng dụng liên lạc điện tử", "Trường THPT Lê Viết Thuật",
               "2023", "Ngành")]


def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114 (BS).docx",
            "SIX SHAPES: (1) a SUPPLEMENTARY REPORT: 'BÁO CÁO BỔ SUNG' and under the subject "
            "'(Thay thế Báo cáo số 725/BC-SGDĐT ngày 10/4/2026 của Sở Giáo dục và Đào tạo)', the "
            "file name ending '(BS)' (probe49 DUQS); (2) headings on heading styles SAVED BY A "
            "VIETNAMESE WORD: ids 'u1' / 'u2' named 'heading 1' / 'heading 2', the parts in a "
            "CUSTOM style 'Tiêu đề phần' BASED ON 'u1' with no outline level of its own (probe46 "
            "SGDDT), (3) WITH NO NUMBERING, in the unit's SHORT OWN WORDS: 'Quán triệt, triển "
            "khai Kết luận', 'Kết quả' over 'Ưu điểm', 'Khuyết điểm', 'Nguyên nhân của khuyết "
            "điểm', 'Kinh nghiệm', then 'Tác động', 'Nhiệm vụ thời gian tới', 'Đề xuất' (probe50 "
            "SGDDT); (4) WORD FOOTNOTES CARRYING FIGURES, two at the ends of body paragraphs and "
            "one cited IN AN APPENDIX VALUE CELL right after the figure (probe43 SGDDT); (5) the "
            "appendix's SECOND TABLE A LIST ('Biểu 2. Danh sách mô hình …': STT | Tên mô hình | "
            "Đơn vị thực hiện | Năm công nhận | Cấp công nhận) (probe49 X004); (6) after it a "
            "SUB-UNIT'S REPORT appended with its OWN STATISTICS TABLE (a school's: header, "
            "number, BÁO CÁO, I.-III., HIỆU TRƯỞNG, its nine figures) (probe48 SGDDT). New "
            "pairings: a supplementary report on localised styles; a footnote in the figures "
            "table followed by a list table and an attached report with its own figures. The "
            "officer: number 731/BC-SGDĐT and 15/4/2026; the notes with the paragraphs citing "
            "them (the cell's with the notes on the figures, phu-luc); the department's "
            "figures only; the list and the school's report attached material.")
    R.d.style("u1", "heading 1", based="Normal", ppr='<w:keepNext/><w:spacing w:before="120"/>'
              '<w:outlineLvl w:val="0"/>', rpr='<w:b/><w:sz w:val="26"/>', extra="<w:qFormat/>")
    R.d.style("u2", "heading 2", based="Normal", ppr='<w:keepNext/><w:outlineLvl w:val="1"/>',
              rpr="<w:b/><w:i/>", extra="<w:qFormat/>")
    R.d.style("Tieudephan", "Tiêu đề phần", based="u1", ppr='<w:ind w:firstLine="567"/>',
              rpr="<w:caps/>", extra='<w:qFormat/>')
    state_header_table(R, "UBND TỈNH NGHỆ AN", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"], place_date=R.place_date)
    who = "Sở Giáo dục và Đào tạo"
    R.d.add(p(r("BÁO CÁO BỔ SUNG", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJECT, b=True), jc="center"))
    R.d.add(p(r(f"(Thay thế Báo cáo số 725/BC-SGDĐT ngày 10/4/2026 của {who})", i=True),
              jc="center"))
    R.d.add(p(r(OPENING.format(who=who)), ind=567))
    for a in ["BÁO CÁO BỔ SUNG", SUBJ_LEAK, "Thay thế Báo cáo số 725/BC-SGDĐT",
              f"{who} báo cáo như sau"]:
        R.app(a)

    def h(title, level):
        R.d.add(p(r(title), style="Tieudephan" if level == 1 else "u2"))
    h("Quán triệt, triển khai Kết luận", 1)
    body(R, "lanh-dao")
    h("Kết quả", 1)
    h("Ưu điểm", 2)
    with_fn(R, R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat",
            "Giai đoạn 2016 - 2020: 2.860 lượt; giai đoạn 2021 - 2025: 3.260 lượt, trong đó có "
            "1.140 lượt cán bộ quản lý các trường mầm non.")
    with_fn(R, R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat",
            "Trong 402 đơn thư tiếp nhận có 236 đơn phản ánh về các khoản thu đầu năm học, dạy "
            "thêm, học thêm và 166 đơn về chế độ, chính sách của giáo viên.")
    h("Khuyết điểm", 2)
    body(R, "ket-qua.han-che")
    h("Nguyên nhân của khuyết điểm", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("Kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("Tác động", 1)
    body(R, "tac-dong")
    h("Nhiệm vụ thời gian tới", 1)
    body(R, "ket-qua.giai-phap")
    h("Đề xuất", 1)
    body(R, "kien-nghi")
    R.closing(who, RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    # appendix: Biểu 1 (a footnote cited in the citizens' cell), Biểu 2 a list
    f = R.figures
    cellnote = ("Gồm tiếp định kỳ của Giám đốc Sở và tiếp thường xuyên tại Phòng tiếp công dân "
                "của Sở.")
    ref = R.fn(cellnote, None)
    rows = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "Số liệu"], W4)]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = r(vn(f[ind])) + (ref if ind == "tiep-dan" else "")
        rows.append([dc(str(i), W4[0], jc="center"), dc(lab, W4[1]), dc(dvt, W4[2], jc="center"),
                     dc(v, W4[3], jc="center")])
    W2 = [700, 3900, 2600, 1100, 1100]
    lst = [[hc(t, w) for t, w in zip(["STT", "Tên mô hình", "Đơn vị thực hiện", "Năm công nhận",
                                       "Cấp công nhận"], W2)]]
    for i, (nm, unit, year, lvl) in enumerate(MODELS_SGD, 1):
        lst.append([dc(str(i), W2[0], jc="center"), dc(nm, W2[1]), dc(unit, W2[2]),
                    dc(year, W2[3], jc="center"), dc(lvl, W2[4], jc="center")])
    appx(R, [p(r("Biểu 1. Số liệu kết quả thực hiện", b=True, i=True)),
             table(rows, W4, header_rows=1), p(""),
             p(r("Biểu 2. Danh sách một số mô hình “Dân vận khéo” tiêu biểu", b=True, i=True)),
             table(lst, W2, header_rows=1)])
    R.paragraphs.append((cellnote, "phu-luc", None))
    R.short_ok.add("phu-luc")          # a note on a figure, not a section's text
    R.rows += [m[0] for m in MODELS_SGD]
    # the school's report, appended (probe48 SGDDT's, shorter)
    page_break(R)
    R.d.add(p(r("BÁO CÁO CỦA ĐƠN VỊ ĐIỂN HÌNH (KÈM THEO)", b=True, i=True), jc="center"))
    R.app("BÁO CÁO CỦA ĐƠN VỊ ĐIỂN HÌNH")
    R.header_table([("SỞ GD&ĐT NGHỆ AN", False, False, False),
                    ("TRƯỜNG THPT HUỲNH THÚC KHÁNG", True, False, False),
                    ("-------", False, False, False), ("Số: 45/BC-THPT.HTK", False, False, False)],
                   [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
                    ("Độc lập - Tự do - Hạnh phúc", True, True, False),
                    ("---------------", False, False, False),
                    ("Vinh, ngày 08 tháng 4 năm 2026", False, False, True)])
    R.app("TRƯỜNG THPT HUỲNH THÚC KHÁNG")
    R.app("45/BC-THPT.HTK")
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r("Kết quả thực hiện công tác dân vận chính quyền tại Trường THPT Huỳnh Thúc "
                "Kháng giai đoạn 2015 - 2025", b=True), jc="center"))
    R.app("công tác dân vận chính quyền tại Trường THPT Huỳnh Thúc Kháng")
    school = [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
         "Chi bộ nhà trường ban hành 6 nghị quyết chuyên đề về công tác dân vận trong trường "
         "học, gắn với thực hiện quy chế dân chủ ở cơ sở và phong trào thi đua dạy tốt, học tốt."),
        ("II. KẾT QUẢ THỰC HIỆN",
         "Nhà trường tổ chức 11 buổi đối thoại giữa Ban Giám hiệu với học sinh và cha mẹ học "
         "sinh; công khai các khoản thu, chi đầu năm học trên bảng tin và cổng thông tin điện tử."),
        ("III. ĐỀ XUẤT",
         "Đề nghị Sở tổ chức tập huấn kỹ năng dân vận, kỹ năng đối thoại cho cán bộ quản lý và "
         "giáo viên chủ nhiệm các trường trung học phổ thông trên địa bàn tỉnh."),
    ]
    for head, text in school:
        R.d.add(p(r(head, b=True), ind=567))
        R.d.add(p(r(text), ind=567))
        R.app(text[:60])
    R.d.add(table([[cell([p("")], 4500, False),
                    cell([p(r("HIỆU TRƯỞNG", b=True), jc="center", spacing=False)] +
                         [p("", spacing=False)] * 3 +
                         [p(r("Trần Đình Khoa", b=True), jc="center", spacing=False)], 4900, False)]],
                  [4500, 4900], borders=False))
    R.app("Trần Đình Khoa")
    R.d.add(p(r("BIỂU SỐ LIỆU CỦA TRƯỜNG THPT HUỲNH THÚC KHÁNG", b=True), jc="center"))
    R.app("BIỂU SỐ LIỆU CỦA TRƯỜNG THPT")
    sf = {"van-ban": 6, "hoi-nghi": 4, "tap-huan": 86, "doi-thoai": 11, "tiep-dan": 42,
          "don-nhan": 5, "don-giai-quyet": 5, "dan-van-kheo": 1, "truc-tuyen": None}
    R.d.add(table(std_rows(sf), W4, header_rows=1))
    R.tolerated.append("appendix-value-read-as")
    return R


def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114 (ban trinh ky).docx",
            "SIX SHAPES: (1) TRACKED CHANGES IN THE APPARATUS: the number corrected in the header "
            "('Số 495-BC/VPTU': '495' w:del, '498' w:ins) and the day in the place-and-date line "
            "('ngày 10' deleted, '13' inserted) (probe48 DUCA); (2) two LETTERED PARTS WITH "
            "DASHES, 'A- KẾT QUẢ 10 NĂM …' / 'B- PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ' (bold, "
            "centred), over Roman sub-parts with dashes 'I- …', '1- …', the Roman numbers "
            "restarting in B- (probe48 VPTU), (3) the leadership part ASSESSED, 'I- ĐÁNH GIÁ "
            "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO' over '1- Ưu điểm' and '2- Hạn chế' (its own weak points) "
            "before 'II- KẾT QUẢ …' with its own '2- Tồn tại, hạn chế' (probe50 VPTU); (4) the "
            "body from 'A-' to the last part inside ONE BLOCK-LEVEL CONTENT CONTROL (a template's "
            "rich-text field, w:sdt) (probe43 STC), a paragraph of the limits INSERTED as a "
            "tracked change inside it (probe46 X006's w:ins); (5) the STATISTICS TABLE BEFORE THE "
            "SIGNATURE, under a bold caption after part B-II's text, no 'PHỤ LỤC', no page break "
            "(probe49 X002), its counts with LEADING ZEROS ('06' dialogues, '03' models) and the "
            "rate 'không' (not the Office's duty) (probe49 VPTU); (6) a page HEADER 'VPTU - Báo "
            "cáo tổng kết KL 114 (bản trình ký)' and a 'Trang {PAGE}/{NUMPAGES}' FOOTER (probe46 "
            "VPTU). New pairings: apparatus corrections with a body in a content control; "
            "dashed lettered parts over an assessed leadership part; a table before the "
            "signature with leading zeros. The officer: 498-BC/VPTU, 13/4/2026; I-1 and I-2 "
            "the leadership; 6, 3 and no rate.")
    L = [r("TỈNH ỦY NGHỆ AN"), r("VĂN PHÒNG", b=True), r("*"),
         r("Số ") + f'<w:del w:id="{nid()}" {CH}><w:r><w:delText>495</w:delText></w:r></w:del>'
         f'<w:ins w:id="{nid()}" {CH}>{r("498")}</w:ins>' + r("-BC/VPTU")]
    Rt = [r("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, u=True), "",
          r("Nghệ An, ngày ", i=True) +
          f'<w:del w:id="{nid()}" {CH}><w:r><w:rPr><w:i/></w:rPr><w:delText>10</w:delText></w:r></w:del>'
          f'<w:ins w:id="{nid()}" {CH}>{r("13", i=True)}</w:ins>' + r(" tháng 4 năm 2026", i=True)]
    R.d.add(table([[cell([p(t, jc="center", spacing=False) if t else p("", spacing=False) for t in L],
                         4000, False),
                    cell([p(t, jc="center", spacing=False) if t else p("", spacing=False) for t in Rt],
                         5400, False)]], [4000, 5400], borders=False))
    assert R.doc_number == "498-BC/VPTU" and R.date == "2026-04-13"
    for a in ["498-BC/VPTU", "495-BC/VPTU", "Nghệ An, ngày 13 tháng 4", "Nghệ An, ngày 10 tháng 4"]:
        R.app(a)
    R.title("Văn phòng Tỉnh ủy")
    outer = R.d.body
    R.d.body = []
    h = bold_h(R)
    R.d.add(p(r("A- KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", b=True), jc="center"))
    h("I- ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    h("1- Ưu điểm", 2)
    body(R, "lanh-dao")
    h("2- Hạn chế", 2)
    R.put("Việc cụ thể hóa Kết luận thành quy định về trách nhiệm của văn phòng cấp ủy cấp xã "
          "còn chậm; kiểm tra, giám sát việc thực hiện ở một số đảng ủy cơ sở chưa thường "
          "xuyên, có nơi còn nặng về nghe báo cáo.", "lanh-dao")
    h("II- KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1)
    for i, sec in enumerate(["ket-qua.noi-bat", "ket-qua.han-che", "ket-qua.nguyen-nhan",
                             "ket-qua.bai-hoc"], 1):
        h(f"{i}- {r46.TITLES[sec]}", 2)
        body(R, sec)
        if sec == "ket-qua.han-che":     # a paragraph the Chief's reviewer inserted (w:ins)
            new = ("Việc tổng hợp, báo cáo kết quả giải quyết đơn thư của một số đảng ủy cơ sở "
                   "gửi về Văn phòng còn chậm, số liệu có lúc chưa khớp với báo cáo của chính "
                   "quyền cùng cấp.")
            R.para(new, sec, f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:ins w:id="{nid()}" '
                   f'{CH}/></w:rPr></w:pPr><w:ins w:id="{nid()}" {CH}>{r(new)}</w:ins></w:p>')
    h("III- TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    R.d.add(p(r("B- PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ", b=True), jc="center"))
    h("I- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 1)
    body(R, "ket-qua.giai-phap")
    h("II- KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    inner = "".join(R.d.body)
    R.d.body = outer
    R.d.add('<w:sdt><w:sdtPr><w:alias w:val="Nội dung báo cáo"/><w:tag w:val="NoiDung"/>'
            '<w:id w:val="-1843200311"/><w:richText/></w:sdtPr><w:sdtContent>'
            f'{inner}</w:sdtContent></w:sdt>')
    # the statistics table before the signature
    cap = "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW"
    R.d.add(p(r(cap, b=True), jc="center"))
    R.app(cap[:30])
    rows = std_rows(R.figures)
    rows[4][3] = "06"
    rows[8][3] = "03"
    rows[9][3] = "không"
    assert R.figures["doi-thoai"] == 6 and R.figures["dan-van-kheo"] == 3
    assert R.figures["truc-tuyen"] is None
    R.d.add(table(rows, W4, header_rows=1))
    R.closing("Văn phòng Tỉnh ủy", RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])
    hd = R.d.header_part("header1.xml", [p(r("VPTU - Báo cáo tổng kết KL 114 (bản trình ký)",
                                               i=True, sz=20), jc="right")])
    ft = R.d.header_part("footer1.xml", [p(r("Trang ", sz=20) + field("PAGE", "1", sz=20)
                                           + r("/", sz=20) + field("NUMPAGES", "4", sz=20),
                                           jc="center")], kind="footer")
    R.app("bản trình ký")
    R.app("Trang 1/4")
    R.last_sect = dict(header=hd, footer=ft)
    return R


def toc(entries):
    """A Word table of contents as Word inserts it (References ▸ Table of Contents): a TOC
    field whose result is one paragraph per entry, TOC1/TOC2 styles, a dotted right tab,
    each entry a hyperlink to its heading's _Toc bookmark with a PAGEREF field's page."""
    out = []
    tab = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>'
    for k, (lvl, title, page, bm) in enumerate(entries):
        head = ""
        if k == 0:
            head = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                    'xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        out.append(f'<w:p><w:pPr><w:pStyle w:val="TOC{lvl}"/>{tab}<w:spacing w:after="40"/></w:pPr>'
                   f'{head}<w:hyperlink w:anchor="{bm}" w:history="1">{r(title)}<w:r><w:tab/></w:r>'
                   f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                   f'xml:space="preserve"> PAGEREF {bm} \\h </w:instrText></w:r><w:r><w:fldChar '
                   f'w:fldCharType="separate"/></w:r>{r(str(page))}<w:r><w:fldChar '
                   f'w:fldCharType="end"/></w:r></w:hyperlink></w:p>')
    out.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return out


def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 KL114.docx",
            "SIX SHAPES: (1) the Party header table WITHOUT a place-and-date line; the date ONLY "
            "OVER THE SIGNATURE, with the WEEKDAY: 'Nghệ An, thứ Sáu, ngày 10 tháng 4 năm 2026' "
            "in the signature column over 'T/M BAN THƯỜNG VỤ' (probe48 X007); (2) a WORD TABLE "
            "OF CONTENTS after the title block ('MỤC LỤC', a TOC field, entries with dotted "
            "leaders and PAGEREF page numbers, hyperlinks to _Toc bookmarks on the headings) "
            "(probe42 SNV) between the subject and the opening formula, headings in Heading 1 / "
            "Heading 2 styles; (3) A SECTION TRULY "
            "MISSING: no impact part (probe50 DUQS); (4) a closing 'KẾT LUẬN' part after the "
            "requests (probes 42 HND, 43 VPTU), its text summing up in no section's words; (5) "
            "the appendix on a LANDSCAPE page as TWO TABLES SIDE BY SIDE in the cells of a "
            "borderless layout table, 'Biểu 1' rows 1-4 / 'Biểu 2' rows 5-9 (probe46 SNV); (6) a "
            "military RANK on its own line over the signer's name, 'Đại tá' (README's rank rule; "
            "probe44 DUQS had a rank). New pairings: a missing impact beside a closing "
            "conclusion (the one part a reader could take for it); a TOC listing the parts "
            "present; the date over a signature with a rank. The officer: dated 10/4/2026; "
            "missing-section for the impact deserved; the conclusion 'Nội dung khác' (other).")
    left = [("ĐẢNG BỘ TỈNH NGHỆ AN", False, False, False), ("ĐẢNG ỦY QUÂN SỰ TỈNH", True, False, False),
            ("*", False, False, False), (f"Số {R.doc_number}", False, False, False)]
    R.header_table(left, [("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False)])
    R.app(R.doc_number)
    who = "Ban Thường vụ Đảng ủy Quân sự tỉnh"
    R.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJECT, b=True), jc="center"))
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.d.style("TOC1", "toc 1", based="Normal", ppr='<w:spacing w:after="40"/>')
    R.d.style("TOC2", "toc 2", based="Normal", ppr='<w:spacing w:after="40"/><w:ind w:left="260"/>')
    heads = [(1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 2), (1, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 2),
             (2, "1. Những kết quả nổi bật", 2), (2, "2. Tồn tại, hạn chế", 3),
             (2, "3. Nguyên nhân", 3), (2, "4. Bài học kinh nghiệm", 4),
             (1, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 4),
             (1, "IV. ĐỀ XUẤT, KIẾN NGHỊ", 5), (1, "KẾT LUẬN", 5)]
    bms = {t: f"_Toc19{300 + i}" for i, (_, t, _) in enumerate(heads)}
    R.d.add(p(r("MỤC LỤC", b=True), jc="center"))
    for xml in toc([(lvl, t, pg, bms[t]) for lvl, t, pg in heads]):
        R.d.add(xml)
    R.app("MỤC LỤC")
    R.app("KẾT LUẬN 5")
    R.d.add(p(r(OPENING.format(who=who)), ind=567))
    R.app(f"{who} báo cáo như sau")
    R.d.style("Heading1", "heading 1", based="Normal",
              ppr='<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="0"/>',
              rpr="<w:b/><w:bCs/>", extra='<w:next w:val="Normal"/><w:qFormat/>')
    R.d.style("Heading2", "heading 2", based="Normal",
              ppr='<w:keepNext/><w:spacing w:before="60" w:after="60"/><w:outlineLvl w:val="1"/>',
              rpr="<w:b/><w:bCs/><w:i/><w:iCs/>", extra='<w:next w:val="Normal"/><w:qFormat/>')
    bid = [0]

    def h(t):
        lvl = [lv for lv, tt, _ in heads if tt == t][0]
        bid[0] += 1
        R.d.add(f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/>'
                + ('<w:ind w:firstLine="567"/>' if lvl > 1 else "") + '</w:pPr>'
                f'<w:bookmarkStart w:id="{40 + bid[0]}" w:name="{bms[t]}"/>{r(t)}'
                f'<w:bookmarkEnd w:id="{40 + bid[0]}"/></w:p>')
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    body(R, "lanh-dao")
    h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    h("1. Những kết quả nổi bật")
    body(R, "ket-qua.noi-bat")
    h("2. Tồn tại, hạn chế")
    body(R, "ket-qua.han-che")
    h("3. Nguyên nhân")
    body(R, "ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm")
    body(R, "ket-qua.bai-hoc")
    h("III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    body(R, "ket-qua.giai-phap")
    h("IV. ĐỀ XUẤT, KIẾN NGHỊ")
    body(R, "kien-nghi")
    h("KẾT LUẬN")
    R.put("Mười năm thực hiện Kết luận số 114-KL/TW đã để lại nhiều dấu ấn trong công tác dân vận "
          "của lực lượng vũ trang tỉnh; Ban Thường vụ Đảng ủy Quân sự tỉnh xác định đây là nhiệm "
          "vụ thường xuyên, lâu dài của cấp ủy, chỉ huy các cấp trong toàn lực lượng.", "other")
    R.problems.append("missing-section:tac-dong")
    closing_sentence(R, who)
    dl = f"Nghệ An, {weekday(R.date)}, ngày 10 tháng 4 năm 2026"
    assert weekday(R.date) == "thứ Sáu"
    sig_table(R, RECIP_PARTY, SIG_PARTY, pre=[dl],
              extra_right=[p("", spacing=False), p("", spacing=False),
                           p(r("Đại tá", b=True), jc="center", spacing=False)])
    R.app("Nghệ An, thứ Sáu, ngày 10 tháng 4")
    # appendix: two tables side by side on a landscape page (probe46 SNV)
    R.d.add(sect(last=False))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.d.add(p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 10/4/2026 của {who})", i=True),
              jc="center"))
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    allrows = std_rows(R.figures)
    W = [600, 3300, 1000, 1100]
    left = [p(r("Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng", b=True), jc="center"),
            table([allrows[0]] + allrows[1:5], W, header_rows=1), p("")]
    right = [p(r("Biểu 2. Tiếp dân, đơn thư, mô hình, TTHC", b=True), jc="center"),
             table([allrows[0]] + allrows[5:], W, header_rows=1), p("")]
    R.d.add(table([[cell(left, 6500, False), cell(right, 6500, False)]], [6500, 6500], borders=False))
    R.app("Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng")
    R.app("Biểu 2. Tiếp dân, đơn thư, mô hình")
    R.last_sect = dict(landscape=True)
    return R


def x003():
    R = Rep("x003", "X003", "Quynh Luu - BC 71 KL114.docx",
            "FIVE SHAPES: (1) the header TYPED AS PARAGRAPHS (no table): 'ĐẢNG BỘ TỈNH NGHỆ AN' "
            "TAB 'ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY XÃ QUỲNH LƯU', '*', then the PLACE-AND-DATE "
            "LINE (right-aligned, italic) BEFORE the number line 'Số 71-BC/ĐU' (probe46 X004); "
            "(2) headings set apart ONLY BY ITALICS: unnumbered, sentence case, not bold, no "
            "style (probe46 X004), (3) in the Party's SELF-ASSESSMENT words: 'Kết quả thực "
            "hiện' over 'Mặt được', 'Mặt chưa được', 'Nguyên nhân của mặt chưa được', 'Bài học "
            "rút ra', 'Phương hướng, nhiệm vụ thời gian tới'; 'Đề xuất, kiến nghị' (probe50 "
            "X001); (4) under each heading the text as a TYPED NESTED LIST: each of the unit's "
            "paragraphs cut at its first semicolon, the first piece opening with '-', the second "
            "indented with '+' (typed characters, no Word numbering) (probe46 X002); (5) the "
            "appendix on a LANDSCAPE page with ONE COLUMN PER YEAR 2016 … 2025 AND 'Tổng cộng', "
            "rows GROUPED '1' / '1.1' …, the unit's own wording of the indicators, and ONE "
            "INDICATOR SPLIT OVER TWO ROWS (probe46 X007). New pairings: italic-only headings "
            "in self-assessment words over typed lists (no line in the text is bold or "
            "numbered); a paragraph header with the date first over a year-by-year appendix. "
            "The officer: each item of a list is a paragraph of the part above it; 'Mặt chưa "
            "được' the limits; the 'Tổng cộng' column (the rate's total cell is 2025's).",
            place="Quỳnh Lưu")
    tab = '<w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs>'
    R.d.add(p(r("ĐẢNG BỘ TỈNH NGHỆ AN") + r("\t") + r("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, u=True),
              spacing=False, extra=tab))
    R.d.add(p(r("ĐẢNG ỦY XÃ QUỲNH LƯU", b=True), spacing=False))
    R.d.add(p(r("*"), spacing=False, extra='<w:ind w:left="1700"/>'))
    R.d.add(p(r(R.place_date, i=True), jc="right", spacing=False))
    R.d.add(p(r(f"Số {R.doc_number}"), spacing=False, extra='<w:ind w:left="900"/>'))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường vụ Đảng ủy xã Quỳnh Lưu"
    R.title(who)

    def h(title):
        R.d.add(p(r(title, i=True), ind=567))

    def items(sec):
        for t in R.texts[sec]:
            for lvl, piece in enumerate(split2(t)):
                R.paragraphs.append((piece, sec, None))
                m = "-" if lvl == 0 else "+"
                R.d.add(f'<w:p><w:pPr><w:spacing w:before="40" w:after="40"/>'
                        f'<w:ind w:left="{284 + 425 * lvl}" w:hanging="284"/></w:pPr>'
                        f'{r(m + " ")}{r(piece)}</w:p>')
    for title, sec in [("Công tác lãnh đạo, chỉ đạo", "lanh-dao"), ("Kết quả thực hiện", None),
                       ("Mặt được", "ket-qua.noi-bat"), ("Mặt chưa được", "ket-qua.han-che"),
                       ("Nguyên nhân của mặt chưa được", "ket-qua.nguyen-nhan"),
                       ("Bài học rút ra", "ket-qua.bai-hoc"),
                       ("Phương hướng, nhiệm vụ thời gian tới", "ket-qua.giai-phap"),
                       ("Tác động của việc thực hiện Kết luận", "tac-dong"),
                       ("Đề xuất, kiến nghị", "kien-nghi")]:
        h(title)
        if sec:
            items(sec)
    R.closing(who, RECIP_PARTY, SIG_PARTY)
    f = R.figures
    years = list(range(2016, 2026))
    wts = [6, 7, 8, 9, 10, 10, 11, 12, 13, 14]
    rates = ["-", "-", "-", "21,4", "34,0", "47,5", "60,2", "71,9", "80,3", "88,7"]
    own = {"van-ban": "Nghị quyết, chỉ thị, kế hoạch, hướng dẫn đã ban hành",
           "hoi-nghi": "Hội nghị quán triệt, sơ kết, tổng kết đã tổ chức",
           "tap-huan": "Lượt người được bồi dưỡng kỹ năng dân vận",
           "doi-thoai": "Cuộc đối thoại của Bí thư, Chủ tịch xã với Nhân dân",
           "tiep-dan": "Lượt công dân được tiếp",
           "don-giai-quyet": "Đơn thư đã giải quyết xong",
           "dan-van-kheo": "Mô hình “Dân vận khéo” được công nhận các cấp",
           "truc-tuyen": "Tỷ lệ hồ sơ TTHC nộp và giải quyết trực tuyến"}
    dvt = dict(zip(IND, [d for _, d in LABELS]))
    rows = [["TT", "Chỉ tiêu", "ĐVT"] + [str(y) for y in years] + ["Tổng cộng"]]

    def row(tt, ind, label=None):
        vals = rates + ["88,7"] if ind == "truc-tuyen" else \
            [vn(v) for v in split_years(f[ind], wts)] + [vn(f[ind])]
        rows.append([tt, label or own[ind], dvt[ind]] + vals)
    rows.append(["1", "Lãnh đạo, chỉ đạo"] + [""] * 12)
    row("1.1", "van-ban")
    row("1.2", "hoi-nghi")
    row("1.3", "tap-huan")
    rows.append(["2", "Tiếp dân, giải quyết đơn thư"] + [""] * 12)
    row("2.1", "doi-thoai")
    row("2.2", "tiep-dan")
    row("2.3", "don-nhan", "Đơn thư khiếu nại, tố cáo, kiến nghị,")
    rows.append(["", "phản ánh đã tiếp nhận"] + [""] * 12)
    row("2.4", "don-giai-quyet")
    rows.append(["3", "Phong trào thi đua, cải cách hành chính"] + [""] * 12)
    row("3.1", "dan-van-kheo")
    row("3.2", "truc-tuyen")
    R.rows = [own[i] for i in IND if i in own] + ["Đơn thư khiếu nại, tố cáo, kiến nghị,"]
    R.d.add(sect(last=False))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.d.add(p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 13/4/2026)", i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    R.d.add(table(rows, [450, 3300, 800] + [820] * 10 + [1000], header_rows=1))
    R.last_sect = dict(landscape=True)
    return R


def para_box(inner_paras, sid):
    """probe43 X001's boxed paragraph: a bordered text box (wps + VML fallback, probe49's
    box_run with a border) anchored in an empty paragraph."""
    run = box_run("".join(inner_paras), sid, w_mm=150, h_mm=30)
    return run.replace("<a:noFill/><a:ln><a:noFill/></a:ln>",
                       '<a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/>'
                       '</a:solidFill></a:ln>').replace('filled="f" stroked="f"', 'filled="f"')


def x007():
    R = Rep("x007", "X007", "Anh Son - BC 44 KL114.docx",
            "FIVE SHAPES: (1) the Party header laid out in a TWO-COLUMN SECTION (w:cols num=2, a "
            "column break, a continuous section break back to one column) (probe48 X004); (2) NO "
            "HEADINGS: each part ONE paragraph opening with a NUMBERED BOLD SENTENCE that sums "
            "it up, the text going on in regular type ('**1. Công tác lãnh đạo, chỉ đạo được Ban "
            "Thường vụ quan tâm, triển khai kịp thời, nghiêm túc.** Ban Thường vụ …' … '**8. …**') "
            "(probe50 X007); (3) a TEXT BOX (bordered, wps + VML fallback) holding a third "
            "achievements paragraph, a model described, anchored in an empty paragraph after "
            "the second (probe43 X001); (4) appendix cells holding a figure and a breakdown in "
            "brackets: '15 (trong đó 4 hội nghị trực tuyến)', '341 lượt (trong đó 97 lượt nữ)', "
            "'22 cuộc (trong đó 9 cuộc tại bản)' (probe48 X002, the '(trong đó …)' forms README "
            "reads); (5) the appendix's OWN SIGN-OFF under its table, 'NGƯỜI LẬP BIỂU' | 'T/M BAN "
            "THƯỜNG VỤ / BÍ THƯ' with two names (probe40 X004). New pairings: a boxed paragraph "
            "among run-in bold sentences (the box read before its anchor, between parts 2 and "
            "3); a two-column-section header over a report with no heading at all. The "
            "officer: each paragraph where its bold sentence says, the boxed model the "
            "achievements; 15, 341, 22; the signer Lô Văn Thành (the report's).",
            place="Anh Sơn")
    for t, b in [("ĐẢNG BỘ TỈNH NGHỆ AN", False), ("ĐẢNG ỦY XÃ ANH SƠN", True), ("*", False),
                 (f"Số {R.doc_number}", False)]:
        R.d.add(p(r(t, b=b), jc="center", spacing=False))
    R.d.add(p('<w:r><w:br w:type="column"/></w:r>' + r("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, u=True),
              jc="center", spacing=False))
    R.d.add(p("", spacing=False))
    sp = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
          'w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
          '<w:cols w:num="2" w:space="454"/></w:sectPr>')
    R.d.add(f'<w:p><w:pPr><w:jc w:val="center"/>{sp}</w:pPr>{r(R.place_date, i=True)}</w:p>')
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường vụ Đảng ủy xã Anh Sơn"
    R.title(who)
    R.runin("1. Công tác lãnh đạo, chỉ đạo được Ban Thường vụ quan tâm, triển khai kịp thời, "
            "nghiêm túc.", R.text("lanh-dao"), "lanh-dao")
    R.runin("2. Sau 10 năm, công tác dân vận của chính quyền xã đạt nhiều kết quả nổi bật.",
            R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat")
    R.put(R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat")
    boxed = ("Mô hình “Trưởng bản nói tiếng dân tộc” ở bản Cò Phạt: 12 trưởng bản, bí thư chi bộ "
             "người Thái được bồi dưỡng để tuyên truyền chủ trương bằng tiếng Thái tại các buổi "
             "sinh hoạt cộng đồng; sau ba năm, bản không còn đơn thư vượt cấp.")
    R.paragraphs.append((boxed, "ket-qua.noi-bat", None))
    R.d.add(p(para_box([p(r(boxed), spacing=False)], 9), spacing=False))
    R.runin("3. Bên cạnh đó, vẫn còn một số tồn tại, hạn chế cần khắc phục.",
            R.text("ket-qua.han-che"), "ket-qua.han-che")
    R.runin("4. Những hạn chế trên do cả nguyên nhân khách quan và chủ quan.",
            R.text("ket-qua.nguyen-nhan"), "ket-qua.nguyen-nhan")
    R.runin("5. Qua 10 năm, Đảng ủy rút ra một số bài học kinh nghiệm.",
            R.text("ket-qua.bai-hoc"), "ket-qua.bai-hoc")
    R.runin("6. Thời gian tới, Đảng ủy tập trung thực hiện các giải pháp sau.",
            R.text("ket-qua.giai-phap"), "ket-qua.giai-phap")
    R.runin("7. Việc thực hiện Kết luận đã tác động tích cực đến xây dựng Đảng, chính quyền.",
            R.text("tac-dong"), "tac-dong")
    R.runin("8. Đảng ủy xã kiến nghị, đề xuất một số nội dung sau.", R.text("kien-nghi"),
            "kien-nghi")
    R.closing(who, RECIP_PARTY, SIG_PARTY)
    f = R.figures
    assert (f["hoi-nghi"], f["tap-huan"], f["doi-thoai"]) == (15, 341, 22)
    rows = std_rows(f)
    rows[2][3] = "15 (trong đó 4 hội nghị trực tuyến)"
    rows[3][3] = "341 lượt (trong đó 97 lượt nữ)"
    rows[4][3] = "22 cuộc (trong đó 9 cuộc tại bản)"
    signoff = table([[cell([p(r("NGƯỜI LẬP BIỂU", b=True), jc="center", spacing=False)] +
                           [p("", spacing=False)] * 3 +
                           [p(r("Lương Thị Hoa", b=True), jc="center", spacing=False)], 4500, False),
                      cell([p(r("T/M BAN THƯỜNG VỤ", b=True), jc="center", spacing=False),
                            p(r("BÍ THƯ", b=True), jc="center", spacing=False)] +
                           [p("", spacing=False)] * 3 +
                           [p(r(R.signer, b=True), jc="center", spacing=False)], 4900, False)]],
                    [4500, 4900], borders=False)
    appx(R, [table(rows, W4, header_rows=1), p(""), signoff])
    R.app("NGƯỜI LẬP BIỂU")
    R.app("Lương Thị Hoa")
    return R


# --- the pasted and saved ones --------------------------------------------------------------
def x002():
    R = MdRep("x002", "X002", "Dien Chau - BC 52 KL114 (dan tu Word).md",
              "Markdown pasted from Word by the secretariat (a blank line between paragraphs, bold "
              "lines for Word's bold headings, the header typed with tabs); SIX SHAPES: (1) the "
              "date in figures WITH LEADING ZEROS, 'Diễn Châu, ngày 09/04/2026' (probe48 X002); "
              "(2) two PARTS as bold wrapper lines, '**PHẦN THỨ NHẤT**' / '**KẾT QUẢ 10 NĂM …**' and "
              "'**PHẦN THỨ HAI**' / '**PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ**', the Roman parts "
              "RESTARTING at I. in part two (probes 41, 46 MTTQ); (3) the unit's CONTEXT part "
              "first, '**I. ĐẶC ĐIỂM TÌNH HÌNH**', so the outline's parts are II.-IV. (probes 41, "
              "44 X006); (4) a BODY TABLE (a pipe table: 'Năm | Số lượt tiếp công dân | Số đơn thư "
              "tiếp nhận | Số đơn thư đã giải quyết', the years 2016, 2020, 2025) inside the "
              "achievements (probe41 TD); (5) a merged '***2. Hạn chế và nguyên nhân***' whose "
              "causes open 'Nguyên nhân: …' (probe40); (6) the appendix pasted from Excel as "
              "TAB-SEPARATED ROWS apart by blank lines (probe43 X002) under a TWO-ROW header "
              "('Kết quả thực hiện' over '2016 - 2020 | 2021 - 2025 | Tổng cộng', the merged cells "
              "empty as Excel copies them) (probe41). New pairings: a context part numbered I. "
              "inside a 'PHẦN THỨ NHẤT' wrapper; a year table in the text before a pasted "
              "two-row header. The officer: the context 'Nội dung khác'; parts as titled; the "
              "year table the achievements' text; the 'Tổng cộng' column.", place="Diễn Châu")
    R.place_date = "Diễn Châu, ngày 09/04/2026"
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ DIỄN CHÂU")
    who = "Ban Thường vụ Đảng ủy xã Diễn Châu"
    R.title(who)
    R.add("**PHẦN THỨ NHẤT**")
    R.add("**KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**")
    R.add("**I. ĐẶC ĐIỂM TÌNH HÌNH**")
    R.put("Diễn Châu là xã ven biển được thành lập năm 2025 trên cơ sở sáp nhập bốn xã cũ, dân số "
          "hơn 38.000 người, phần lớn làm nghề đánh bắt, nuôi trồng thủy sản và dịch vụ hậu cần "
          "nghề cá; đời sống Nhân dân còn nhiều khó khăn.", "other")
    R.add("**II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**")
    body(R, "lanh-dao")
    R.add("**III. KẾT QUẢ THỰC HIỆN**")
    R.add("***1. Những kết quả nổi bật***")
    body(R, "ket-qua.noi-bat")
    R.put("Kết quả tiếp công dân và giải quyết đơn thư của xã qua một số năm như sau:",
          "ket-qua.noi-bat")
    R.add("| Năm | Số lượt tiếp công dân | Số đơn thư tiếp nhận | Số đơn thư đã giải quyết |\n"
          "|---|---:|---:|---:|\n| 2016 | 84 | 19 | 18 |\n| 2020 | 112 | 26 | 25 |\n"
          "| 2025 | 146 | 31 | 30 |")
    R.add("***2. Hạn chế và nguyên nhân***")
    body(R, "ket-qua.han-che")
    R.paragraphs.append((low(R.text("ket-qua.nguyen-nhan")), "ket-qua.nguyen-nhan", None))
    R.add("Nguyên nhân: " + low(R.text("ket-qua.nguyen-nhan")))
    R.add("***3. Bài học kinh nghiệm***")
    body(R, "ket-qua.bai-hoc")
    R.add("**IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN**")
    body(R, "tac-dong")
    R.add("**PHẦN THỨ HAI**")
    R.add("**PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ**")
    R.add("**I. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP**")
    body(R, "ket-qua.giai-phap")
    R.add("**II. KIẾN NGHỊ, ĐỀ XUẤT**")
    body(R, "kien-nghi")
    R.closing(who, ["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Lưu Văn phòng."], SIG_PARTY)
    d, m, y = dmy(R.date)
    R.lines += ["**PHỤ LỤC**", f"**{CAPTION}**",
                f"*(Kèm theo Báo cáo số {R.doc_number} ngày {d}/{m}/{y})*"]
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    f = R.figures
    R.lines.append("STT\tNội dung\tĐVT\tKết quả thực hiện\t\t")
    R.lines.append("\t\t\t2016 - 2020\t2021 - 2025\tTổng cộng")
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = f[ind]
        if ind == "truc-tuyen":
            a, b, t = "52,7", vn(v), vn(v)
        else:
            a, b = period_split(v)
            a, b, t = vn(a), vn(b), vn(v)
        R.lines.append(f"{i}\t{lab}\t{dvt}\t{a}\t{b}\t{t}")
    return R


def x004():
    R = MdRep("x004", "X004", "Hoang Mai - BC 98 KL114.md",
              "Markdown pasted from Word by the unit (the header typed with tabs); FIVE SHAPES: "
              "(1) the place-and-date line with the WEEKDAY CUT SHORT, 'Hoàng Mai, T4, ngày 15 "
              "tháng 4 năm 2026' (probe49 X005); (2) NO HEADINGS: every part a paragraph OPENED "
              "BY A BOLD LEAD-IN ending with ':' ('**Về công tác lãnh đạo, chỉ đạo:** …' … '**Kiến "
              "nghị, đề xuất:** …'), the second results paragraph without one (probe50 X004); (3) "
              "the ATTACHMENT NOTE on a line of its own after the opening formula, '(Có biểu số "
              "liệu kèm theo)' (probe41 SNNMT, README's opening rule); (4) the SIGNATURE BESIDE "
              "THE RECIPIENTS on the same lines, tabbed, as a pasted Word signature table gives "
              "them ('Nơi nhận: ⇥ T/M BAN THƯỜNG VỤ', '- Ban Tuyên giáo … ⇥ PHÓ BÍ THƯ' …, the "
              "name last) (README; probe44 X004 had it by spaces); (5) the appendix a pipe table "
              "whose every FIGURE CARRIES ITS UNIT ('20 văn bản', '298 lượt', '90,8 %') and no "
              "ĐVT column (probe43 BTCTU). New pairings: a report of lead-ins only, with an "
              "attachment note before its first lead-in and a tabbed signature after its last. "
              "The officer: 15/4/2026; each paragraph where its lead-in says; signer Lê Thị "
              "Mai (PHÓ BÍ THƯ); the figures without their units.", place="Hoàng Mai")
    R.place_date = "Hoàng Mai, T4, ngày 15 tháng 4 năm 2026"
    assert weekday(R.date) == "thứ Tư"
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI")
    who = "Ban Thường vụ Đảng ủy phường Hoàng Mai"
    R.title(who)
    R.add("(Có biểu số liệu kèm theo)")
    R.app("Có biểu số liệu kèm theo")
    R.runin("Về công tác lãnh đạo, chỉ đạo:", R.text("lanh-dao"), "lanh-dao")
    R.runin("Về kết quả đạt được:", R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat")
    R.put(R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat")
    R.runin("Về hạn chế, khó khăn:", R.text("ket-qua.han-che"), "ket-qua.han-che")
    R.runin("Nguyên nhân:", R.text("ket-qua.nguyen-nhan"), "ket-qua.nguyen-nhan")
    R.runin("Bài học kinh nghiệm:", R.text("ket-qua.bai-hoc"), "ket-qua.bai-hoc")
    R.runin("Phương hướng thời gian tới:", R.text("ket-qua.giai-phap"), "ket-qua.giai-phap")
    R.runin("Về tác động:", R.text("tac-dong"), "tac-dong")
    R.runin("Kiến nghị, đề xuất:", R.text("kien-nghi"), "kien-nghi")
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.add("**Nơi nhận:**\t\t\t\t\t**T/M BAN THƯỜNG VỤ**\n"
          "- Ban Tuyên giáo và Dân vận Tỉnh ủy;\t\t\t**PHÓ BÍ THƯ**\n"
          "- Thường trực Đảng ủy;\n"
          "- Lưu Văn phòng Đảng ủy.\t\t\t\t**" + R.signer + "**")
    R.app("Nơi nhận")
    R.app(R.signer)
    d, m, y = dmy(R.date)
    R.lines += ["**PHỤ LỤC**", f"**{CAPTION}**",
                f"*(Kèm theo Báo cáo số {R.doc_number} ngày {d}/{m}/{y})*"]
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    f = R.figures
    units = {"van-ban": "văn bản", "hoi-nghi": "hội nghị", "tap-huan": "lượt", "doi-thoai": "cuộc",
             "tiep-dan": "lượt", "don-nhan": "đơn", "don-giai-quyet": "đơn",
             "dan-van-kheo": "mô hình", "truc-tuyen": "%"}
    out = ["| STT | Nội dung | Số liệu |", "|---|---|---:|"]
    for i, (ind, (lab, _)) in enumerate(zip(IND, LABELS), 1):
        out.append(f"| {i} | {lab} | {vn(f[ind])} {units[ind]} |")
    R.lines.append("\n".join(out))
    return R


def mttq():
    R = MdRep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md",
              "Markdown pasted from Word by the Front's office; FIVE SHAPES: (1) the Front's "
              "header, the issuing body over THREE LINES ('ỦY BAN MTTQ VIỆT NAM' / 'TỈNH NGHỆ AN' / "
              "'BAN THƯỜNG TRỰC') with its '***' line pasted as typed (which Markdown reads as a "
              "thematic break) (probe46 MTTQ), the header WITHOUT a date line, (2) the date ONLY "
              "OVER THE SIGNATURE, 'Nghệ An, ngày 14 tháng 4 năm 2026' over 'TM. BAN THƯỜNG TRỰC' "
              "(probe43 MTTQ); (3) titles QUOTING THE OUTLINE'S WORDS AND GOING ON in the Front's "
              "own, with other sections' keywords in the words added ('I. CÔNG TÁC LÃNH ĐẠO, CHỈ "
              "ĐẠO, HƯỚNG DẪN NHẰM NÂNG CAO HIỆU QUẢ …', '2. Những hạn chế, khó khăn trong phối "
              "hợp … giải quyết kiến nghị của Nhân dân') (probe50 MTTQ, its parts I-III); (4) a "
              "LIST OF DOCUMENTS the Front issued, as '-' items in the leadership part (probe42 "
              "SNNMT had one before its table); (5) the appendix 'STT | Nội dung | ĐVT | Số liệu | "
              "Ghi chú' with REMARKS WITH NUMBERS in 'Ghi chú' and '—' for the rate beside "
              "'Không thuộc chức năng, nhiệm vụ' (probe49 MTTQ). New pairings: a '***' thematic "
              "break inside a header that has no date line; quoted-and-extended titles over a "
              "list of documents. The officer: 14/4/2026 (over the signature); each item of the "
              "list the leadership's text; no rate.", place="Nghệ An")
    R.lines += ["ỦY BAN MTTQ VIỆT NAM\t\t\t**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                "TỈNH NGHỆ AN\t\t\t\t**Độc lập - Tự do - Hạnh phúc**",
                "**BAN THƯỜNG TRỰC**", "***", f"Số: {R.doc_number}"]
    R.app(R.doc_number)
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.title(who)
    R.add("**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, HƯỚNG DẪN NHẰM NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN "
          "CỦA CƠ QUAN NHÀ NƯỚC**")
    body(R, "lanh-dao")
    R.put("Một số văn bản chủ yếu Ban Thường trực đã ban hành trong 10 năm thực hiện Kết luận "
          "gồm:", "lanh-dao")
    for t in ["- Hướng dẫn số 12/HD-MTTQ-BTT ngày 20/8/2015 về việc Mặt trận các cấp tham gia "
              "thực hiện Kết luận số 114-KL/TW;",
              "- Kế hoạch số 45/KH-MTTQ-BTT ngày 15/3/2018 về giám sát việc tiếp công dân, giải "
              "quyết khiếu nại, tố cáo của cơ quan nhà nước;",
              "- Chương trình phối hợp số 08/CTPH-MTTQ-UBND ngày 10/01/2021 về tiếp nhận, giải "
              "quyết kiến nghị của cử tri và Nhân dân."]:
        R.paragraphs.append((t[2:], "lanh-dao", None))
        R.lines.append(t)
    R.add("**II. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN 114 TRONG HỆ THỐNG MẶT TRẬN TỔ QUỐC TỈNH**")
    R.add("***1. Kết quả nổi bật trong giám sát, phản biện xã hội và tham gia tiếp công dân***")
    body(R, "ket-qua.noi-bat")
    R.add("***2. Những hạn chế, khó khăn trong phối hợp với chính quyền giải quyết kiến nghị của "
          "Nhân dân***")
    body(R, "ket-qua.han-che")
    R.add("***3. Nguyên nhân của những hạn chế***")
    body(R, "ket-qua.nguyen-nhan")
    R.add("***4. Bài học kinh nghiệm trong công tác vận động Nhân dân***")
    body(R, "ket-qua.bai-hoc")
    R.add("***5. Phương hướng, nhiệm vụ, giải pháp trong giai đoạn mới***")
    body(R, "ket-qua.giai-phap")
    R.add("**III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN ĐỐI VỚI KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC**")
    body(R, "tac-dong")
    R.add("**IV. KIẾN NGHỊ, ĐỀ XUẤT VỚI TỈNH ỦY, HỘI ĐỒNG NHÂN DÂN TỈNH**")
    body(R, "kien-nghi")
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    dl = "Nghệ An, ngày 14 tháng 4 năm 2026"
    assert R.date == "2026-04-14"
    R.lines += [f"\t\t\t\t\t*{dl}*", "\t\t\t\t\t**TM. BAN THƯỜNG TRỰC**",
                "\t\t\t\t\t**PHÓ CHỦ TỊCH**", f"\t\t\t\t\t**{R.signer}**",
                "**Nơi nhận:**\n- Ban Tuyên giáo và Dân vận Tỉnh ủy;\n- Thường trực HĐND, UBND "
                "tỉnh;\n- Lưu: VT."]
    R.app("Nghệ An, ngày 14 tháng 4")
    R.app("Nơi nhận")
    R.app(R.signer)
    d, m, y = dmy(R.date)
    R.lines += ["**PHỤ LỤC**", f"**{CAPTION}**",
                f"*(Kèm theo Báo cáo số {R.doc_number} ngày {d}/{m}/{y})*"]
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    f = R.figures
    notes = {"van-ban": "Trong đó 12 hướng dẫn chuyên đề", "hoi-nghi": "Có 8 hội nghị trực tuyến",
             "tap-huan": "Tăng 27% so với giai đoạn 2010 - 2015",
             "tiep-dan": "Bình quân 29 lượt/năm", "don-nhan": "Số liệu đến ngày 31/3/2026",
             "don-giai-quyet": "Đạt 95,6%", "truc-tuyen": "Không thuộc chức năng, nhiệm vụ"}
    assert round(100 * f["don-giai-quyet"] / f["don-nhan"], 1) == 95.6 and f["truc-tuyen"] is None
    out = ["| STT | Nội dung | ĐVT | Số liệu | Ghi chú |", "|---|---|---|---:|---|"]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = "—" if ind == "truc-tuyen" else vn(f[ind])
        out.append(f"| {i} | {lab} | {dvt} | {v} | {notes.get(ind, '')} |")
    R.lines.append("\n".join(out))
    R.rows += [v for v in notes.values()]
    return R


def x005():
    R = TxtRep("x005", "X005", "DU xa Do Luong - BC 58 KL114.txt",
               "Word's File ▸ Save As ▸ PLAIN TEXT (UTF-8 with a BOM, CRLF, a line per paragraph, "
               "no blank line but the empty paragraphs of the header and signature cells, table "
               "rows a line each with their cells apart by tabs, a cell's paragraphs on lines of "
               "their own) (probe41 X001); FIVE SHAPES: (1) that delivery, with the headings' "
               "automatic numbers written out with a TAB after them ('I.\\tCÔNG TÁC …', "
               "'1.\\tNhững kết quả nổi bật') (probe41 X001); (2) the issuing body over THREE "
               "LINES, 'BAN CHẤP HÀNH ĐẢNG BỘ' / 'XÃ ĐÔ LƯƠNG' under the superior body, in the "
               "header table's left cell (probe46 X005); (3) a part MERGING A TOP-LEVEL SECTION "
               "AND A SUB-SECTION ACROSS LEVELS, 'III.\\tĐÁNH GIÁ TÁC ĐỘNG VÀ BÀI HỌC KINH "
               "NGHIỆM' over '1.\\tTác động …' and '2.\\tBài học kinh nghiệm' (probe43 HND); (4) a "
               "FORECAST paragraph opening the directions part 'IV.\\tPHƯƠNG HƯỚNG, NHIỆM VỤ, "
               "GIẢI PHÁP' (probe50 TTT); (5) no table in the text ('(Có biểu số liệu kèm theo)' "
               "after the opening formula): the appendix is an EXCEL WORKBOOK BESIDE THE REPORT, "
               "'Bieu so lieu kem theo BC 58.xlsx' (no unit code in its name), tied by its TITLE "
               "ROWS ('ĐẢNG ỦY XÃ ĐÔ LƯƠNG' / 'BIỂU SỐ LIỆU …' / '(Kèm theo Báo cáo số 58-BC/ĐU …)') "
               "(probes 41 BTCTU, 45 X006), under a TWO-ROW MERGED HEADER ('Kết quả thực hiện' "
               "merged over '2016 - 2020 | 2021 - 2025 | Tổng cộng', STT / Nội dung / ĐVT merged "
               "down) (probe42 X003). New pairings: a plain-text report with a workbook beside it "
               "(every earlier workbook went with a .docx); a part merged across levels in a "
               "tab-numbered plain text; a three-line issuing body in a header whose cells run "
               "over lines. The officer: the lessons under III (section-order tolerated: the "
               "unit's order); the forecast with the directions; the workbook's 'Tổng cộng'.",
               place="Đô Lương")
    who = "Ban Thường vụ Đảng ủy xã Đô Lương"
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "BAN CHẤP HÀNH ĐẢNG BỘ", "XÃ ĐÔ LƯƠNG", "*",
                f"Số {R.doc_number}\tĐẢNG CỘNG SẢN VIỆT NAM", "", R.place_date]
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.lines += ["BÁO CÁO", SUBJECT, OPENING.format(who=who), "(Có biểu số liệu kèm theo)"]
    R.app("Có biểu số liệu kèm theo")
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.app(f"{who} báo cáo như sau")
    R.add("I.\tCÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    body(R, "lanh-dao")
    R.add("II.\tKẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    R.add("1.\tNhững kết quả nổi bật")
    body(R, "ket-qua.noi-bat")
    R.add("2.\tTồn tại, hạn chế")
    body(R, "ket-qua.han-che")
    R.add("3.\tNguyên nhân")
    body(R, "ket-qua.nguyen-nhan")
    R.add("III.\tĐÁNH GIÁ TÁC ĐỘNG VÀ BÀI HỌC KINH NGHIỆM")
    R.add("1.\tTác động đối với xây dựng Đảng, chính quyền và đời sống Nhân dân")
    body(R, "tac-dong")
    R.add("2.\tBài học kinh nghiệm")
    body(R, "ket-qua.bai-hoc")
    R.add("IV.\tPHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP")
    R.put("Dự báo thời gian tới, việc vận hành chính quyền địa phương hai cấp và yêu cầu xây "
          "dựng nông thôn mới kiểu mẫu đặt ra nhiều khó khăn mới cho xã về nhân lực, nguồn lực "
          "và công tác vận động Nhân dân.", "ket-qua.giai-phap")
    body(R, "ket-qua.giai-phap")
    R.add("V.\tKIẾN NGHỊ, ĐỀ XUẤT")
    body(R, "kien-nghi")
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["Nơi nhận:"] + RECIP_PARTY[:-1] + \
        [RECIP_PARTY[-1] + "\tT/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", R.signer]
    R.app("Nơi nhận")
    R.app(R.signer)
    # the appendix: an Excel workbook beside the report, tied by its title rows
    f = R.figures
    data = []
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = f[ind]
        if ind == "truc-tuyen":
            data.append([i, lab, dvt, 48.3, v, v])
        else:
            a, b = period_split(v, 0.39)
            data.append([i, lab, dvt, a, b, v])
    d, m, y = dmy(R.date)
    R.extra = [("Bieu so lieu kem theo BC 58.xlsx", workbook(
        ["ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "BIỂU SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
         f"(Kèm theo Báo cáo số {R.doc_number} ngày {d:02d}/{m:02d}/{y} của {who})"], data))]
    R.tolerated.append("section-order")
    return R


REPORTS = [x001, syt, x006, duca, snv, ttt, stc, sgddt, vptu, duqs, x003, x007, x002, x004, mttq,
           x005]
