"""probe46's fifteen reports: the text, figures, numbers, dates and signers are probe44's for
the same roster units (benches/probe44/gen/r44_*.py imported, as probe45 does); the LAYOUT is
this probe's, one new shape (or two) per file, stated in each report's `notes` (expect.json
"layout"). Each report records, as it writes, the section an officer files every paragraph
under and the apparatus (header, title, formulas, signature, captions, and text Word shows
nowhere: deleted revisions, comments, page headers) that must never be compiled as text."""

import os
import sys

from dx import Docx, cell, field, fixed_xlsx, p, png, r, rpr, sect, table, x, REL

HERE = os.path.dirname(os.path.abspath(__file__))
P44 = os.path.join(os.path.dirname(os.path.dirname(HERE)), "probe44", "gen")
sys.path.insert(0, P44)
import r44_a  # noqa: E402
import r44_b  # noqa: E402
import r44_c  # noqa: E402
sys.path.remove(P44)
common = sys.modules["r44_common"]
SUBJECT, OPENING, IND, LABELS, vn = (common.SUBJECT, common.OPENING, common.IND, common.LABELS,
                                     common.vn)


def _content():
    out = {}
    for f in r44_a.REPORTS + r44_b.REPORTS + r44_c.REPORTS:
        R = f()
        paras = [(t, s) for t, s in R.paragraphs if s != "other" and not t.rstrip().endswith(":")]
        out[R.unit_code] = dict(paragraphs=paras, figures=dict(R.figures), number=R.doc_number,
                                date=R.date, signer=R.signer, category=R.category)
    return out


C = _content()
ORDER = ["lanh-dao", "ket-qua.noi-bat", "ket-qua.han-che", "ket-qua.nguyen-nhan",
         "ket-qua.bai-hoc", "ket-qua.giai-phap", "tac-dong", "kien-nghi"]
TITLES = {"lanh-dao": "Công tác lãnh đạo, chỉ đạo", "ket-qua": "Kết quả triển khai thực hiện",
          "ket-qua.noi-bat": "Những kết quả nổi bật", "ket-qua.han-che": "Tồn tại, hạn chế",
          "ket-qua.nguyen-nhan": "Nguyên nhân", "ket-qua.bai-hoc": "Bài học kinh nghiệm",
          "ket-qua.giai-phap": "Phương hướng, giải pháp thời gian tới",
          "tac-dong": "Tác động của việc thực hiện Kết luận", "kien-nghi": "Kiến nghị, đề xuất"}
SUBJ_LEAK = "hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
CAPTION = "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW"


def dmy(iso):
    y, m, d = iso.split("-")
    return int(d), int(m), int(y)


class Rep:
    def __init__(self, key, code, filename, notes, place="Nghệ An"):
        c = C[code]
        self.key, self.unit_code, self.filename, self.notes = key, code, filename, notes
        self.category, self.date, self.doc_number, self.signer = (c["category"], c["date"],
                                                                  c["number"], c["signer"])
        self.figures = dict(c["figures"])
        self.texts = {}
        for t, s in c["paragraphs"]:
            self.texts.setdefault(s, []).append(t)
        self.paragraphs = []      # (text, section, snippet or None)
        self.apparatus = []
        self.rows = [lab for lab, _ in LABELS]
        self.problems, self.tolerated = [], []
        self.place = place
        d, m, y = dmy(self.date)
        self.place_date = f"{place}, ngày {d:02d} tháng {m} năm {y}"
        self.d = Docx()

    # --- text
    def para(self, text, sec, xml=None, snippet=None):
        self.paragraphs.append((text, sec, snippet))
        self.d.add(xml if xml is not None else p(r(text), ind=567))

    def body(self, sec):
        for t in self.texts.get(sec, []):
            self.para(t, sec)

    def app(self, snippet):
        self.apparatus.append(snippet)

    # --- apparatus
    def header_table(self, left, right):
        """left/right: lines (text, bold, underline); a borderless two-column table."""
        def col(lines, w):
            return cell([p(r(t, b=b, u=u, i=i), jc="center", spacing=False)
                         for t, b, u, i in lines], w=w, borders=False)
        self.d.add(table([[col(left, 4000), col(right, 5400)]], [4000, 5400], borders=False))

    def party_header(self, superior, body, star="*", number_line=None):
        left = [(superior, False, False, False)] + [(b, True, False, False) for b in body]
        if star is not None:
            left.append((star, False, False, False))
        left.append((number_line or f"Số {self.doc_number}", False, False, False))
        right = [("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False), ("", False, False, False),
                 (self.place_date, False, False, True)]
        self.header_table(left, right)
        self.app(self.doc_number)
        self.app(self.place_date.split(" năm")[0])

    def state_header(self, superior, body, number_line=None):
        left = ([(superior, False, False, False)] if superior else []) + \
            [(b, True, False, False) for b in body] + [("-------", False, False, False),
                                                       (number_line or f"Số: {self.doc_number}",
                                                        False, False, False)]
        right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
                 ("Độc lập - Tự do - Hạnh phúc", True, True, False),
                 ("---------------", False, False, False), (self.place_date, False, False, True)]
        self.header_table(left, right)
        self.app(self.doc_number)
        self.app(self.place_date.split(" năm")[0])

    def title(self, who):
        self.d.add(p(r("BÁO CÁO", b=True, sz=28), jc="center"))
        self.d.add(p(r(SUBJECT, b=True), jc="center"))
        self.d.add(p(r(OPENING.format(who=who)), ind=567))
        self.app("BÁO CÁO")
        self.app(SUBJ_LEAK)
        self.app(f"{who} báo cáo như sau")

    def closing(self, who, recipients, sig):
        t = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
        self.d.add(p(r(t), ind=567))
        self.app(f"Kết luận số 114-KL/TW của {who}./.")
        left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
            [p(r(x_, sz=22), spacing=False) for x_ in recipients]
        right = [p(r(s, b=True), jc="center", spacing=False) for s in sig] + \
            [p("", spacing=False)] * 3 + [p(r(self.signer, b=True), jc="center", spacing=False)]
        self.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900],
                         borders=False))
        self.app("Nơi nhận")
        self.app(self.signer)

    def appendix(self, rows=None, caption=CAPTION, landscape_before=False):
        self.d.add(sect(last=False) if landscape_before else
                   p('<w:r><w:br w:type="page"/></w:r>'))
        self.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
        self.d.add(p(r(caption, b=True), jc="center"))
        self.d.add(p(r(f"(Kèm theo Báo cáo số {self.doc_number} ngày "
                       f"{'/'.join(str(v) for v in dmy(self.date))})", i=True), jc="center"))
        self.app(caption[:34])
        self.app(f"Kèm theo Báo cáo số {self.doc_number}")
        if rows is None:
            rows = std_rows(self.figures)
        self.d.add(table(rows, [700, 4700, 1300, 1600], header_rows=1))

    def heads(self, h, heads=None):
        """The usual parts in order; h(title, level) writes a heading."""
        for sec, level, title in heads or HEADS:
            h(title, level)
            if sec:
                self.body(sec)

    def save(self, path):
        self.d.add(sect(last=True, **getattr(self, "last_sect", {})))
        self.d.save(path)


HEADS = [("lanh-dao", 1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
         (None, 1, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN"),
         ("ket-qua.noi-bat", 2, "1. Những kết quả nổi bật"),
         ("ket-qua.han-che", 2, "2. Tồn tại, hạn chế"),
         ("ket-qua.nguyen-nhan", 2, "3. Nguyên nhân"),
         ("ket-qua.bai-hoc", 2, "4. Bài học kinh nghiệm"),
         ("ket-qua.giai-phap", 2, "5. Phương hướng, giải pháp thời gian tới"),
         ("tac-dong", 1, "III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"),
         ("kien-nghi", 1, "IV. KIẾN NGHỊ, ĐỀ XUẤT")]


def std_rows(figs):
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = figs.get(ind)
        rows.append([str(i), lab, dvt, "x" if v is None else vn(v)])
    return rows


def bold_h(R):
    def h(title, level):
        R.d.add(p(r(title, b=True, i=level > 1), ind=567))
    return h


RECIP_PARTY = ["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Thường trực Đảng ủy;", "- Lưu Văn phòng."]
RECIP_STATE = ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- UBND tỉnh (b/c);", "- Lưu: VT, VP."]
SIG_PARTY = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]


def commune(R, body_lines, who, star="*", superior="ĐẢNG BỘ TỈNH NGHỆ AN"):
    R.party_header(superior, body_lines, star=star)
    R.title(f"Ban Thường vụ {who}")


def split2(text):
    """A paragraph cut at its first '; ' into two (the typist's items)."""
    if "; " not in text:
        return [text]
    a, b = text.split("; ", 1)
    if len(a.split()) < 7 or len(b.split()) < 7:
        return [text]
    return [a + ";", b[0].upper() + b[1:]]


# ------------------------------------------------------------------------------------------
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx",
            "Party header table WITHOUT the '*' under the issuing body (number right under "
            "'ĐẢNG ỦY PHƯỜNG VINH PHÚ'); after the opening formula the whole account is a "
            "bordered TWO-COLUMN TABLE 'Nội dung' | 'Kết quả thực hiện' (header row repeated, "
            "w:tblHeader): the left cell names the part ('1. Công tác lãnh đạo, chỉ đạo', "
            "'2.1. Những kết quả nổi bật' … '4. Kiến nghị, đề xuất'; '2. Kết quả triển khai "
            "thực hiện' a row merged across both columns), the right cell holds the part's "
            "text as SEVERAL PARAGRAPHS (each of the unit's paragraphs cut at its first "
            "semicolon, as the typist broke them). Every paragraph of a right cell goes to the "
            "part its row names; the appendix is an ordinary table after the signature.",
            place="Vinh Phú")
    commune(R, ["ĐẢNG ỦY PHƯỜNG VINH PHÚ"], "Đảng ủy phường Vinh Phú", star=None)
    rows = [[cell(p(r("Nội dung", b=True), jc="center"), 2800),
             cell(p(r("Kết quả thực hiện", b=True), jc="center"), 6600)]]
    num = {"lanh-dao": "1. Công tác lãnh đạo, chỉ đạo", "ket-qua.noi-bat": "2.1. Những kết quả nổi bật",
           "ket-qua.han-che": "2.2. Tồn tại, hạn chế", "ket-qua.nguyen-nhan": "2.3. Nguyên nhân",
           "ket-qua.bai-hoc": "2.4. Bài học kinh nghiệm",
           "ket-qua.giai-phap": "2.5. Phương hướng, giải pháp thời gian tới",
           "tac-dong": "3. Tác động của việc thực hiện Kết luận", "kien-nghi": "4. Kiến nghị, đề xuất"}
    for sec in ORDER:
        if sec == "ket-qua.noi-bat":
            rows.append([cell(p(r("2. Kết quả triển khai thực hiện", b=True)), 9400, span=2)])
        paras = []
        for t in R.texts[sec]:
            for piece in split2(t):
                R.paragraphs.append((piece, sec, None))
                paras.append(p(r(piece)))
        rows.append([cell(p(r(num[sec], b=True)), 2800, valign="top"), cell(paras, 6600)])
    R.d.add(table(rows, [2800, 6600], header_rows=1))
    R.closing("Ban Thường vụ Đảng ủy phường Vinh Phú", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 tong ket KL114.docx",
            "Party header table; the account in a bordered THREE-COLUMN table 'TT' | 'Nội "
            "dung' | 'Kết quả thực hiện': group rows 'I' / 'II' / 'III' / 'IV' with the part's "
            "title and an empty result cell, sub-rows '1' … '5' under II; every result cell a "
            "Word BULLETED LIST (numbering.xml: level 1 '-', level 2 '+', the markers not in "
            "the text): each of the unit's paragraphs cut at its first semicolon, the first "
            "piece a '-' item, the second a '+' item under it. Every item goes to the part its "
            "row names.")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY CÔNG AN TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Công an tỉnh")
    nid = R.d.numbering([("bullet", "-", False), ("bullet", "+", False)])
    W = [700, 2900, 5800]
    rows = [[cell(p(r(h, b=True), jc="center"), w) for h, w in
             zip(["TT", "Nội dung", "Kết quả thực hiện"], W)]]

    def items(sec):
        out = []
        for t in R.texts[sec]:
            for lvl, piece in enumerate(split2(t)):
                R.paragraphs.append((piece, sec, None))
                out.append(p(r(piece), style="ListParagraph", num=(nid, lvl), spacing=False))
        return out
    for tt, title, sec in [("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "lanh-dao"),
                           ("II", "KẾT QUẢ TRIỂN KHAI THỰC HIỆN", None),
                           ("1", "Những kết quả nổi bật", "ket-qua.noi-bat"),
                           ("2", "Tồn tại, hạn chế", "ket-qua.han-che"),
                           ("3", "Nguyên nhân", "ket-qua.nguyen-nhan"),
                           ("4", "Bài học kinh nghiệm", "ket-qua.bai-hoc"),
                           ("5", "Phương hướng, giải pháp thời gian tới", "ket-qua.giai-phap"),
                           ("III", "TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "tac-dong"),
                           ("IV", "KIẾN NGHỊ, ĐỀ XUẤT", "kien-nghi")]:
        bold = tt.isalpha()
        rows.append([cell(p(r(tt, b=bold), jc="center"), W[0]), cell(p(r(title, b=bold)), W[1]),
                     cell(items(sec) if sec else [p("")], W[2])])
    R.d.add(table(rows, W, header_rows=1))
    R.closing("Ban Thường vụ Đảng ủy Công an tỉnh", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x002():
    R = Rep("x002", "X002", "Dien Chau - BC 52 tong ket KL114.docx",
            "Party header table with '---' typed in place of the '*' under the issuing body; "
            "bold typed headings I.-IV. / bold-italic 1.-5.; under each heading the text is a "
            "TYPED NESTED LIST: each of the unit's paragraphs cut at its first semicolon, the "
            "first piece opening with a first-level marker, the second indented with a "
            "second-level one, the markers varying by part as typists mix them: '-' / '+', "
            "'•' / '–' (en dash), '✓' / '+', '–' / '•' (typed characters, no Word numbering). "
            "Every item is text of the part it stands under.", place="Diễn Châu")
    commune(R, ["ĐẢNG ỦY XÃ DIỄN CHÂU"], "Đảng ủy xã Diễn Châu", star="---")
    markers = {"lanh-dao": ("•", "–"), "ket-qua.noi-bat": ("-", "+"), "ket-qua.han-che": ("✓", "+"),
               "ket-qua.nguyen-nhan": ("–", "•"), "ket-qua.bai-hoc": ("-", "+"),
               "ket-qua.giai-phap": ("✓", "-"), "tac-dong": ("•", "–"), "kien-nghi": ("-", "+")}
    h = bold_h(R)
    for sec, level, title in HEADS:
        h(title, level)
        if not sec:
            continue
        for t in R.texts[sec]:
            for lvl, piece in enumerate(split2(t)):
                R.paragraphs.append((piece, sec, None))
                m = markers[sec][lvl]
                R.d.add(f'<w:p><w:pPr><w:spacing w:before="40" w:after="40"/>'
                        f'<w:ind w:left="{284 + 425 * lvl}" w:hanging="284"/></w:pPr>'
                        f'{r(m + chr(9) if m in "•✓" else m + " ")}{r(piece)}</w:p>')
    R.closing("Ban Thường vụ Đảng ủy xã Diễn Châu", RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"])
    R.appendix()
    return R


def x003():
    R = Rep("x003", "X003", "Quynh Luu - BC 71 tong ket KL114.docx",
            "Party header table; headings are bold Normal paragraphs numbered ONLY by Word's "
            "multi-level list (numbering.xml, the numbers not in the text): level 1 upperRoman "
            "'PHẦN %1:' ('PHẦN I: KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW', 'PHẦN II: PHƯƠNG "
            "HƯỚNG VÀ KIẾN NGHỊ'), level 2 upperLetter '%2.' (A. leadership, B. results, C. "
            "impact; RESTARTING at A. in part II: A. directions, B. requests), level 3 decimal "
            "'%3)' (1) achievements … 4) lessons under B.).", place="Quỳnh Lưu")
    commune(R, ["ĐẢNG ỦY XÃ QUỲNH LƯU"], "Đảng ủy xã Quỳnh Lưu")
    nid = R.d.numbering([("upperRoman", "PHẦN %1:", True), ("upperLetter", "%2.", True),
                         ("decimal", "%3)", True)])

    def h(title, lvl):
        R.d.add(p(r(title, b=True, i=lvl == 2), num=(nid, lvl), jc="center" if lvl == 0 else None))
    h("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 0)
    h("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    R.body("lanh-dao")
    h("KẾT QUẢ THỰC HIỆN", 1)
    for sec in ORDER[1:5]:
        h(TITLES[sec], 2)
        R.body(sec)
    h("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    R.body("tac-dong")
    h("PHƯƠNG HƯỚNG VÀ KIẾN NGHỊ", 0)
    h("PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 1)
    R.body("ket-qua.giai-phap")
    h("KIẾN NGHỊ, ĐỀ XUẤT", 1)
    R.body("kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Quỳnh Lưu", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x004():
    R = Rep("x004", "X004", "Hoang Mai - BC 98 KL114.docx",
            "Header TYPED AS PARAGRAPHS (no table): 'ĐẢNG BỘ TỈNH NGHỆ AN' TAB 'ĐẢNG CỘNG SẢN "
            "VIỆT NAM', 'ĐẢNG ỦY PHƯỜNG HOÀNG MAI', '*', then the PLACE-AND-DATE LINE "
            "(right-aligned, italic) BEFORE the number line 'Số 98-BC/ĐU'; headings set apart "
            "ONLY BY ITALICS: unnumbered, sentence case, not bold, no Heading style ('Công tác "
            "lãnh đạo, chỉ đạo', 'Kết quả triển khai thực hiện', 'Những kết quả nổi bật' …).",
            place="Hoàng Mai")
    tab = '<w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs>'
    R.d.add(p(r("ĐẢNG BỘ TỈNH NGHỆ AN") + r("\t") + r("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, u=True),
              spacing=False, extra=tab))
    R.d.add(p(r("ĐẢNG ỦY PHƯỜNG HOÀNG MAI", b=True), spacing=False))
    R.d.add(p(r("*"), spacing=False, extra='<w:ind w:left="1700"/>'))
    R.d.add(p(r(R.place_date, i=True), jc="right", spacing=False))
    R.d.add(p(r(f"Số {R.doc_number}"), spacing=False, extra='<w:ind w:left="900"/>'))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Ban Thường vụ Đảng ủy phường Hoàng Mai")

    def h(title, level):
        R.d.add(p(r(title, i=True), ind=567))
    R.heads(h, [(s, l, TITLES.get(s) or "Kết quả triển khai thực hiện") for s, l, _ in HEADS])
    R.closing("Ban Thường vụ Đảng ủy phường Hoàng Mai", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x005():
    R = Rep("x005", "X005", "DU xa Do Luong - BC 58 KL114.docx",
            "Party header table whose ISSUING BODY RUNS OVER THREE LINES under the superior "
            "body: 'BAN CHẤP HÀNH ĐẢNG BỘ' / 'XÃ ĐÔ LƯƠNG' (both bold), then '*' and the "
            "number; headings set apart ONLY BY A LARGER FONT: unnumbered, sentence case, not "
            "bold, no style — the parts 15 pt, the sub-parts 14 pt, the text 13 pt.",
            place="Đô Lương")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["BAN CHẤP HÀNH ĐẢNG BỘ", "XÃ ĐÔ LƯƠNG"])
    R.title("Ban Thường vụ Đảng ủy xã Đô Lương")

    def h(title, level):
        R.d.add(p(r(title, sz=30 if level == 1 else 28)))
    R.heads(h, [(s, l, TITLES.get(s) or "Kết quả triển khai thực hiện") for s, l, _ in HEADS])
    R.closing("Ban Thường vụ Đảng ủy xã Đô Lương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x006():
    R = Rep("x006", "X006", "Thanh Chuong - BC 66 KL114 (ban sua).docx",
            "Party header table with the body 'ĐẢNG ỦY XÃ THANH CHƯƠNG (MỚI)' (the commune "
            "formed by the 2025 merger); bold typed headings; the file sent with TRACKED "
            "CHANGES and a comment left in: a whole paragraph DELETED (w:del runs and its "
            "deleted paragraph mark) in the achievements, a paragraph INSERTED (w:ins) in the "
            "limits, a DELETED PARAGRAPH MARK joining the causes' two halves into one "
            "paragraph, the lessons' paragraph carrying a FORMATTING CHANGE whose old "
            "properties (w:pPrChange: Heading 2; w:rPrChange: bold) are kept, a word replaced "
            "inside the leadership paragraph (w:del '16' / w:ins '18' hội nghị), and a reviewer's "
            "comment on the impact paragraph. The officer reads the changes as accepted: the "
            "deleted text nowhere, the inserted paragraph in the limits, the causes one "
            "paragraph.", place="Thanh Chương")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ THANH CHƯƠNG (MỚI)"])
    R.title("Ban Thường vụ Đảng ủy xã Thanh Chương")
    R.d.style("Heading2", "heading 2", based="Normal", ppr='<w:keepNext/><w:outlineLvl w:val="1"/>',
              rpr="<w:b/><w:i/>")
    ch = 'w:author="Phó Bí thư" w:date="2026-04-10T09:00:00Z"'
    h = bold_h(R)
    rid = [100]

    def nid():
        rid[0] += 1
        return rid[0]
    for sec, level, title in HEADS:
        h(title, level)
        if not sec:
            continue
        texts = R.texts[sec]
        if sec == "lanh-dao":
            t = texts[0]
            # a figure of the leadership text corrected: '16' deleted, '18' inserted
            a, b = t.split("16 hội nghị", 1)
            full = a + "18 hội nghị" + b
            xml = (f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>{r(a)}'
                   f'<w:del w:id="{nid()}" {ch}><w:r><w:delText>16</w:delText></w:r></w:del>'
                   f'<w:ins w:id="{nid()}" {ch}>{r("18")}</w:ins>{r(" hội nghị" + b)}</w:p>')
            R.app("tổ chức 16 hội nghị")
            R.para(full, sec, xml)
            continue
        if sec == "ket-qua.noi-bat":
            for t in texts:
                R.para(t, sec)
            gone = ("Riêng năm 2016, Đảng ủy tổ chức thêm bốn hội nghị chuyên đề về công tác "
                    "dân vận ở các thôn vùng giáo, mời linh mục quản xứ cùng dự.")
            R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:del w:id="{nid()}" {ch}/>'
                    f'</w:rPr></w:pPr><w:del w:id="{nid()}" {ch}><w:r><w:delText xml:space='
                    f'"preserve">{x(gone)}</w:delText></w:r></w:del></w:p>')
            R.app("bốn hội nghị chuyên đề về công tác dân vận ở các thôn vùng giáo")
            continue
        if sec == "ket-qua.han-che":
            for t in texts:
                R.para(t, sec)
            new = ("Hệ thống loa truyền thanh ở một số thôn đã xuống cấp, thông tin về chủ "
                   "trương của xã đến với người dân vùng sâu còn chậm và chưa đầy đủ.")
            R.para(new, sec, f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:ins w:id="{nid()}" '
                   f'{ch}/></w:rPr></w:pPr><w:ins w:id="{nid()}" {ch}>{r(new)}</w:ins></w:p>')
            continue
        if sec == "ket-qua.nguyen-nhan":
            t = texts[0]
            a, b = t.split("; ", 1)
            joined = a + "; " + b
            R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:del w:id="{nid()}" {ch}/>'
                    f'</w:rPr></w:pPr>{r(a + "; ")}</w:p>')
            R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>{r(b)}</w:p>')
            wa, wb = a.split(), b.split()
            R.paragraphs.append((joined, sec, " ".join(wa[-4:]) + "; " + " ".join(wb[:4])))
            continue
        if sec == "ket-qua.bai-hoc":
            t = texts[0]
            R.para(t, sec, f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:pPrChange w:id="{nid()}" '
                   f'{ch}><w:pPr><w:pStyle w:val="Heading2"/></w:pPr></w:pPrChange></w:pPr>'
                   f'<w:r><w:rPr><w:rPrChange w:id="{nid()}" {ch}><w:rPr><w:b/></w:rPr>'
                   f'</w:rPrChange></w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>')
            continue
        if sec == "tac-dong":
            t = texts[0]
            R.d.comment(0, "Đề nghị bổ sung số liệu so sánh với năm 2015 cho thuyết phục.")
            R.app("bổ sung số liệu so sánh với năm 2015")
            R.para(t, sec, f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr><w:commentRangeStart '
                   f'w:id="0"/>{r(t)}<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle '
                   f'w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>')
            continue
        for t in texts:
            R.para(t, sec)
    R.closing("Ban Thường vụ Đảng ủy xã Thanh Chương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def split_years(total, weights):
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[-1] += total - sum(parts)
    return parts


def x007():
    R = Rep("x007", "X007", "BC 44 DU xa Anh Son tong ket KL114.docx",
            "Party header table; bold typed headings; the appendix on a LANDSCAPE page "
            "(w:sectPr orient=landscape) as a table with ONE COLUMN PER YEAR 2016 … 2025 AND "
            "'Tổng cộng' ('TT | Chỉ tiêu | ĐVT | 2016 … 2025 | Tổng cộng'), rows GROUPED and "
            "NUMBERED '1' / '1.1' / '1.2' … ('1 Lãnh đạo, chỉ đạo' and '2 Tiếp dân, giải "
            "quyết đơn thư' and '3 Phong trào thi đua, cải cách hành chính' group rows with no "
            "figures), the unit's OWN wording of the indicators ('Nghị quyết, chỉ thị, kế "
            "hoạch, hướng dẫn đã ban hành', 'Lượt người được bồi dưỡng kỹ năng dân vận' …), "
            "and ONE INDICATOR SPLIT OVER TWO ROWS (the typist pressed Tab into a new row: "
            "'2.3 | Đơn thư khiếu nại, tố cáo, kiến nghị, | Đơn | … figures' then ' | phản ánh "
            "đã tiếp nhận | | (empty)'). The officer takes the 'Tổng cộng' column; the rate's "
            "total cell holds 2025's 83,2.", place="Anh Sơn")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ ANH SƠN"])
    R.title("Ban Thường vụ Đảng ủy xã Anh Sơn")
    R.heads(bold_h(R))
    R.closing("Ban Thường vụ Đảng ủy xã Anh Sơn", RECIP_PARTY, SIG_PARTY)
    f = R.figures
    years = list(range(2016, 2026))
    wts = [6, 7, 8, 9, 10, 10, 11, 12, 13, 14]
    rates = ["-", "-", "-", "15,2", "28,7", "41,0", "55,3", "66,8", "75,4", "83,2"]
    own = {"van-ban": "Nghị quyết, chỉ thị, kế hoạch, hướng dẫn đã ban hành",
           "hoi-nghi": "Hội nghị quán triệt, sơ kết, tổng kết đã tổ chức",
           "tap-huan": "Lượt người được bồi dưỡng kỹ năng dân vận",
           "doi-thoai": "Cuộc đối thoại của Bí thư, Chủ tịch xã với Nhân dân",
           "tiep-dan": "Lượt công dân được tiếp",
           "don-giai-quyet": "Đơn thư đã giải quyết xong",
           "dan-van-kheo": "Mô hình “Dân vận khéo” được công nhận các cấp",
           "truc-tuyen": "Tỷ lệ hồ sơ TTHC nộp và giải quyết trực tuyến"}
    dvt = dict(zip(IND, [d for _, d in LABELS]))
    head = ["TT", "Chỉ tiêu", "ĐVT"] + [str(y) for y in years] + ["Tổng cộng"]
    rows = [head]

    def row(tt, ind, label=None):
        if ind == "truc-tuyen":
            vals = rates + ["83,2"]
        else:
            vals = [vn(v) for v in split_years(f[ind], wts)] + [vn(f[ind])]
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
    R.d.add(sect(last=False))       # the text's portrait section ends here
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.d.add(p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 12/4/2026)", i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    R.d.add(table(rows, [450, 3300, 800] + [820] * 10 + [1000], header_rows=1))
    R.last_sect = dict(landscape=True)
    return R


def snv():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.docx",
            "State header table; bold typed headings; the appendix on a LANDSCAPE page as TWO "
            "TABLES SIDE BY SIDE: a borderless one-row layout table of two cells, each holding "
            "a caption ('Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng', 'Biểu 2. Tiếp dân, đơn thư, "
            "mô hình, TTHC') and a bordered NESTED table 'STT | Nội dung | ĐVT | Số liệu' — "
            "rows 1-4 on the left, 5-9 on the right.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"])
    R.title("Sở Nội vụ")
    R.heads(bold_h(R))
    R.closing("Sở Nội vụ", RECIP_STATE, ["GIÁM ĐỐC"])
    R.d.add(sect(last=False))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.d.add(p(r(f"(Kèm theo Báo cáo số {R.doc_number} ngày 14/4/2026 của Sở Nội vụ)", i=True),
              jc="center"))
    R.app(CAPTION[:34])
    R.app(f"Kèm theo Báo cáo số {R.doc_number}")
    allrows = std_rows(R.figures)
    W = [600, 3300, 1000, 1100]
    left = [p(r("Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng", b=True), jc="center"),
            table([allrows[0]] + allrows[1:5], W, header_rows=1), p("")]
    right = [p(r("Biểu 2. Tiếp dân, đơn thư, mô hình, TTHC", b=True), jc="center"),
             table([allrows[0]] + allrows[5:], W, header_rows=1), p("")]
    R.d.add(table([[cell(left, 6500, False), cell(right, 6500, False)]], [6500, 6500],
                  borders=False))
    R.app("Biểu 1. Lãnh đạo, chỉ đạo, bồi dưỡng")
    R.app("Biểu 2. Tiếp dân, đơn thư, mô hình")
    R.last_sect = dict(landscape=True)
    return R


def stc():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "State header table; bold typed headings; the appendix is an EMBEDDED EXCEL "
            "WORKSHEET (Insert > Object: w:object with a VML preview picture and o:OLEObject "
            "ProgID 'Excel.Sheet.12'; the workbook itself stored as word/embeddings/"
            "Microsoft_Excel_Worksheet.xlsx, sheet 'STT | Nội dung | ĐVT | Số liệu'), under "
            "'PHỤ LỤC' and its caption; no Word table. On paper (and on screen) the table "
            "shows; a double click opens it. The officer reads its figures.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"])
    R.title("Sở Tài chính")
    R.heads(bold_h(R))
    R.closing("Sở Tài chính", RECIP_STATE, ["GIÁM ĐỐC"])
    R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    R.app(CAPTION[:34])
    rows = std_rows(R.figures)
    data = [rows[0]] + [[int(a), b, c, (R.figures[i] if R.figures[i] is not None else "x")]
                        for (a, b, c, _), i in zip(rows[1:], IND)]
    xl = fixed_xlsx(data)
    R.d.parts["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = xl
    R.d.defaults["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    erid = R.d.rel(f"{REL}/package", "embeddings/Microsoft_Excel_Worksheet.xlsx")
    irid = R.d.image("image1.png", png(240, 120))
    R.d.add(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:object w:dxaOrig="9000" '
            f'w:dyaOrig="4200"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
            f'style="width:450pt;height:210pt" o:ole=""><v:imagedata r:id="{irid}" o:title=""/>'
            f'</v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
            f'DrawAspect="Content" ObjectID="_1805112233" r:id="{erid}"/></w:object></w:r></w:p>')
    return R


def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 tong ket KL114.docx",
            "State header table; bold typed headings; the results carry a PICTURE (inline "
            "w:drawing, a photo of the one-stop desk) with its caption 'Hình 1: …' under it, "
            "a CHART (inline w:drawing of a c:chart part, bars per year, with its cached "
            "values) captioned 'Biểu đồ 1: …', and a FLOATING picture (wp:anchor) anchored "
            "INSIDE the impact paragraph, between two runs of its text. The captions are "
            "the figures' labels, not text the officer compiles (not keyed either way).")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"])
    R.title("Sở Y tế")
    h = bold_h(R)
    img = R.d.image("image1.png", png())
    chart = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace '
             'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>'
             '<c:plotArea><c:barChart><c:barDir w:val="col" xmlns:w="http://x"/><c:ser><c:idx '
             'val="0"/><c:order val="0"/><c:tx><c:v>Lượt tiếp công dân</c:v></c:tx><c:cat>'
             '<c:strLit><c:ptCount val="3"/><c:pt idx="0"><c:v>2016</c:v></c:pt><c:pt idx="1">'
             '<c:v>2020</c:v></c:pt><c:pt idx="2"><c:v>2025</c:v></c:pt></c:strLit></c:cat>'
             '<c:val><c:numLit><c:ptCount val="3"/><c:pt idx="0"><c:v>52</c:v></c:pt><c:pt '
             'idx="1"><c:v>71</c:v></c:pt><c:pt idx="2"><c:v>98</c:v></c:pt></c:numLit></c:val>'
             '</c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>')
    chart = chart.replace('<c:barDir w:val="col" xmlns:w="http://x"/>', '<c:barDir val="col"/>')
    R.d.parts["word/charts/chart1.xml"] = chart.encode()
    R.d.ctypes["/word/charts/chart1.xml"] = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    crid = R.d.rel(f"{REL}/chart", "charts/chart1.xml")

    def inline(n, graphic, cx=3600000, cy=1800000):
        return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
                f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Hình {n}"/>'
                f'<a:graphic><a:graphicData uri="{graphic[0]}">{graphic[1]}</a:graphicData>'
                f'</a:graphic></wp:inline></w:drawing></w:r>')
    picg = ("http://schemas.openxmlformats.org/drawingml/2006/picture",
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{img}"/><a:stretch><a:fillRect/>'
            f'</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext '
            f'cx="3600000" cy="1800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            f'</a:prstGeom></pic:spPr></pic:pic>')
    chg = ("http://schemas.openxmlformats.org/drawingml/2006/chart", f'<c:chart r:id="{crid}"/>')
    for sec, level, title in HEADS:
        h(title, level)
        if not sec:
            continue
        texts = R.texts[sec]
        if sec == "ket-qua.noi-bat":
            R.para(texts[0], sec)
            R.d.add(p(inline(1, picg), jc="center"))
            R.d.add(p(r("Hình 1: Người dân làm thủ tục tại Bộ phận tiếp nhận và trả kết quả "
                        "của Sở Y tế", i=True, sz=24), jc="center"))
            for t in texts[1:]:
                R.para(t, sec)
            R.d.add(p(inline(2, chg), jc="center"))
            R.d.add(p(r("Biểu đồ 1: Tỷ lệ hồ sơ giải quyết đúng hạn qua các năm (%)", i=True,
                        sz=24), jc="center"))
            continue
        if sec == "tac-dong":
            t = texts[0]
            words = t.split(" ")
            k = len(words) // 2
            a, b = " ".join(words[:k]) + " ", " ".join(words[k:])
            anchor = (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
                      f'distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" '
                      f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                      f'<wp:positionH relativeFrom="column"><wp:posOffset>4000000</wp:posOffset>'
                      f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
                      f'</wp:posOffset></wp:positionV><wp:extent cx="1200000" cy="900000"/>'
                      f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="3" name="Hình 3"/>'
                      f'<a:graphic><a:graphicData uri="{picg[0]}">'
                      f'{picg[1].replace("3600000", "1200000").replace("1800000", "900000")}'
                      f'</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
            wa, wb = a.split(), b.split()
            R.para(t, sec, f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>{r(a)}{anchor}{r(b)}</w:p>',
                   snippet=" ".join(wa[-4:] + wb[:4]))
            continue
        for t in texts:
            R.para(t, sec)
    R.closing("Sở Y tế", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    R.appendix()
    return R


def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "State header table; headings on Word's heading styles SAVED BY A VIETNAMESE WORD: "
            "style ids 'u1' / 'u2' named 'heading 1' / 'heading 2' (w:outlineLvl 0 / 1), as "
            "the localised Word writes them ('Đầu đề 1' stripped to ASCII); the parts I.-IV. "
            "in a CUSTOM style 'Tiêu đề phần' (id 'TiudphnChar0'-like 'Tieudephan') BASED ON "
            "'u1' (w:basedOn, no outline level of its own), the sub-parts 1.-5. in 'u2' "
            "itself; numbers typed.")
    R.d.style("u1", "heading 1", based="Normal", ppr='<w:keepNext/><w:spacing w:before="120"/>'
              '<w:outlineLvl w:val="0"/>', rpr='<w:b/><w:sz w:val="26"/>', extra="<w:qFormat/>")
    R.d.style("u2", "heading 2", based="Normal", ppr='<w:keepNext/><w:outlineLvl w:val="1"/>',
              rpr="<w:b/><w:i/>", extra="<w:qFormat/>")
    R.d.style("Tieudephan", "Tiêu đề phần", based="u1", ppr='<w:ind w:firstLine="567"/>',
              rpr="<w:caps/>", extra='<w:qFormat/>')
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
    R.title("Sở Giáo dục và Đào tạo")

    def h(title, level):
        R.d.add(p(r(title), style="Tieudephan" if level == 1 else "u2"))
    R.heads(h)
    R.closing("Sở Giáo dục và Đào tạo", RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    return R


def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "Party header table ('TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG'); headings typed 'I.' / '1.' "
            "on NORMAL paragraphs whose runs carry the LINKED CHARACTER STYLES 'Heading 1 "
            "Char' / 'Heading 2 Char' (w:rStyle Heading1Char / Heading2Char: bold 14 pt / bold "
            "italic, w:link to the paragraph styles), as when a heading is pasted or the "
            "style applied to a selection: no bold run property, no Heading paragraph style; "
            "a page FOOTER 'Trang {PAGE}/{NUMPAGES}' (complex fields) and a page HEADER "
            "'VPTU - Báo cáo tổng kết KL 114 (bản trình ký)'.")
    R.d.style("Heading1", "heading 1", based="Normal", ppr='<w:keepNext/><w:outlineLvl w:val="0"/>',
              rpr='<w:b/><w:sz w:val="28"/>', extra='<w:link w:val="Heading1Char"/><w:qFormat/>')
    R.d.style("Heading2", "heading 2", based="Normal", ppr='<w:keepNext/><w:outlineLvl w:val="1"/>',
              rpr="<w:b/><w:i/>", extra='<w:link w:val="Heading2Char"/><w:qFormat/>')
    R.d.style("Heading1Char", "Heading 1 Char", typ="character", rpr='<w:b/><w:sz w:val="28"/>',
              extra='<w:link w:val="Heading1"/><w:uiPriority w:val="9"/>')
    R.d.style("Heading2Char", "Heading 2 Char", typ="character", rpr="<w:b/><w:i/>",
              extra='<w:link w:val="Heading2"/><w:uiPriority w:val="9"/>')
    R.header_table([("TỈNH ỦY NGHỆ AN", False, False, False), ("VĂN PHÒNG", True, False, False),
                    ("*", False, False, False), (f"Số {R.doc_number}", False, False, False)],
                   [("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False), ("", False, False, False),
                    (R.place_date, False, False, True)])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Văn phòng Tỉnh ủy")

    def h(title, level):
        st = "Heading1Char" if level == 1 else "Heading2Char"
        R.d.add(f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr><w:r><w:rPr><w:rStyle '
                f'w:val="{st}"/></w:rPr><w:t xml:space="preserve">{x(title)}</w:t></w:r></w:p>')
    R.heads(h)
    R.closing("Văn phòng Tỉnh ủy", RECIP_PARTY, ["CHÁNH VĂN PHÒNG"])
    R.appendix()
    hd = R.d.header_part("header1.xml", [p(r("VPTU - Báo cáo tổng kết KL 114 (bản trình ký)",
                                               i=True, sz=20), jc="right")])
    ft = R.d.header_part("footer1.xml", [p(r("Trang ", sz=20) + field("PAGE", "1", sz=20)
                                           + r("/", sz=20) + field("NUMPAGES", "4", sz=20),
                                           jc="center")], kind="footer")
    R.app("bản trình ký")
    R.app("Trang 1/4")
    R.last_sect = dict(header=hd, footer=ft)
    return R


def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "State header table; bold typed headings; part of every paragraph's text lies "
            "INSIDE AN INLINE WRAPPER Word writes around runs: a HYPERLINK (w:hyperlink, "
            "external r:id), a SMART TAG (w:smartTag, the 'place'/'date' tags of older Word), "
            "a CUSTOM XML element (w:customXml), a SIMPLE FIELD (w:fldSimple 'DOCPROPERTY' with "
            "its result), a COMPLEX FIELD's result (a MERGEFIELD: begin / instrText / separate "
            "/ result / end), a run-level CONTENT CONTROL (w:sdt, filled), a BOOKMARK range, "
            "and a non-breaking hyphen (w:noBreakHyphen) — the wrapper covers the middle of "
            "the keyed snippet, so a paragraph counts only if the wrapped words were read in "
            "place.")
    R.state_header("UBND TỈNH NGHỆ AN", ["THANH TRA TỈNH"])
    R.title("Thanh tra tỉnh")
    h = bold_h(R)
    url = R.d.rel(f"{REL}/hyperlink", "https://thanhtra.nghean.gov.vn/", mode=' TargetMode="External"')
    wrappers = [
        lambda s: f'<w:hyperlink r:id="{url}" w:history="1">{r(s, u=True)}</w:hyperlink>',
        lambda s: (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                   f'w:element="place">{r(s)}</w:smartTag>'),
        lambda s: f'<w:customXml w:element="noidung">{r(s)}</w:customXml>',
        lambda s: f'<w:fldSimple w:instr=" DOCPROPERTY  NoiDung  \\* MERGEFORMAT ">{r(s)}</w:fldSimple>',
        lambda s: field("MERGEFIELD NoiDung", s),
        lambda s: (f'<w:sdt><w:sdtPr><w:alias w:val="Nội dung"/><w:id w:val="-1201"/></w:sdtPr>'
                   f'<w:sdtContent>{r(s)}</w:sdtContent></w:sdt>'),
        lambda s: (f'<w:bookmarkStart w:id="7" w:name="NoiDung1"/>{r(s)}'
                   f'<w:bookmarkEnd w:id="7"/>'),
        lambda s: (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                   f'w:element="date"><w:smartTagPr><w:attr w:name="Year" w:val="2025"/>'
                   f'</w:smartTagPr>{r(s)}</w:smartTag>'),
    ]
    k = [0]
    for sec, level, title in HEADS:
        h(title, level)
        if not sec:
            continue
        for t in R.texts[sec]:
            words = t.split(" ")
            n = len(words)
            a, mid, b = words[: n // 3], words[n // 3: n // 3 + 3], words[n // 3 + 3:]
            wrap = wrappers[k[0] % len(wrappers)]
            k[0] += 1
            xml = (f'<w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>{r(" ".join(a) + " ")}'
                   f'{wrap(" ".join(mid))}{r(" " + " ".join(b))}</w:p>')
            snip = " ".join(a[-3:] + mid + b[:2]).strip(" ,;:")
            R.para(t, sec, xml, snippet=snip)
    R.closing("Thanh tra tỉnh", RECIP_STATE, ["CHÁNH THANH TRA"])
    R.appendix()
    return R


def mttq():
    R = Rep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.docx",
            "The Front's header: the issuing body over THREE LINES ('ỦY BAN MẶT TRẬN TỔ QUỐC' / "
            "'VIỆT NAM TỈNH NGHỆ AN' / 'BAN THƯỜNG TRỰC' bold), '***', 'Số: 322/BC-MTTQ-BTT', "
            "the state motto on the right; the body in two parts titled 'Phần thứ nhất' / "
            "'Phần thứ hai' (bold, centred) each over a capitals line ('KẾT QUẢ 10 NĂM THỰC "
            "HIỆN KẾT LUẬN SỐ 114-KL/TW', 'PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ'), the Roman "
            "parts RESTARTING at I. in part two (I. directions, II. requests); "
            "'TM. BAN THƯỜNG TRỰC' / 'PHÓ CHỦ TỊCH'.")
    left = [("ỦY BAN MẶT TRẬN TỔ QUỐC", False, False, False), ("VIỆT NAM TỈNH NGHỆ AN", False, False, False),
            ("BAN THƯỜNG TRỰC", True, False, False), ("***", False, False, False),
            (f"Số: {R.doc_number}", False, False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False), ("", False, False, False),
             (R.place_date, False, False, True)]
    R.header_table(left, right)
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.title(who)
    h = bold_h(R)

    def part(a, b):
        R.d.add(p(r(a, b=True), jc="center"))
        R.d.add(p(r(b, b=True), jc="center"))
    part("Phần thứ nhất", "KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    R.body("lanh-dao")
    h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1)
    for i, sec in enumerate(ORDER[1:5], 1):
        h(f"{i}. {TITLES[sec]}", 2)
        R.body(sec)
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    R.body("tac-dong")
    part("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ")
    h("I. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", 1)
    R.body("ket-qua.giai-phap")
    h("II. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    R.body("kien-nghi")
    R.closing(who, RECIP_STATE, ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"])
    R.appendix()
    return R


REPORTS = [x001, duca, x002, x003, x004, x005, x006, x007, snv, stc, syt, sgddt, vptu, ttt, mttq]
