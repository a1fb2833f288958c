"""probe57's sixteen reports: .DOCX AS WRITERS OTHER THAN DESKTOP WORD PRODUCE THEM, AND WORD'S LESS
COMMON XML. Each report carries the unit's text, figures, number, date and signer as probe55's
generator gives them (loaded through probe56's gen/reports.py → probe55's → … → probe46's →
probe44's), in the usual báo cáo layout (header block, 'BÁO CÁO' and subject, the opening, parts I-IV
with 1.-5. under II, the closing, 'Nơi nhận' and the signature, the appendix table); ONLY THE
PACKAGE / XML SHAPE changes, one shape (or two) per file (expect.json 'layout', README.txt):
Google Docs, LibreOffice, WPS Office, the main part at word/document2.xml, Strict Open XML,
headings marked only by w:outlineLvl, w:altChunk (HTML and MHT), content controls / customXml /
smartTag, fields and hyperlinks, mc:AlternateContent text boxes, tracked moves and hidden text,
special characters (w:sym, w:noBreakHyphen, w:softHyphen, w:tab, w:br, w:cr, w:ptab), and table
shapes (gridBefore/gridAfter, vMerge without w:val, nested tables, tblHeader)."""

import html
import importlib.util
import os
import quopri
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r56 = _load("reports56", os.path.join(BENCH, "probe56", "gen", "reports.py"))
r55, r46 = r56.r55, r56.r46
sys.path.insert(0, HERE)
import dx57  # noqa: E402
dx = sys.modules["dx"]
cell, p, r, table, field, x, rpr = dx.cell, dx.p, dx.r, dx.table, dx.field, dx.x, dx.rpr
IND, LABELS, vn, dmy = r46.IND, r46.LABELS, r46.vn, r46.dmy
SUBJ2, SUBJ_LEAK, OPENING = r56.SUBJ2, r56.SUBJ_LEAK, r56.OPENING
RECIP_PARTY, RECIP_STATE = r56.RECIP_PARTY, r56.RECIP_STATE
sig_table, page_break, header3, hc, tc = r56.sig_table, r56.page_break, r56.header3, r56.hc, r56.tc
party_hdr, state_hdr, std_rows = r56.party_hdr, r56.state_hdr, r56.std_rows
HEADS = r46.HEADS            # (sec, level, 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO') … probe46's parts I-IV
CAPTION = r46.CAPTION
W4 = [700, 4700, 1300, 1600]
CH = 'w:author="Nguyễn Văn Hùng" w:date="2026-04-11T09:00:00Z"'


class Rep(r56.Rep):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        old = self.d
        self.d = dx57.Docx57()
        self.d.styles = list(old.styles)


def strip_no(t):
    return re.sub(r"^(?:[IVX]+|\d+)\.\s*", "", t)


def around(text, sub, before=3, after=3):
    """A snippet of the text spanning `sub` (the words a wrapper or a special character touches)."""
    i = text.index(sub)
    pre = text[:i].split()[-before:] if before else []
    post = text[i + len(sub):].split()[:after]
    s = " ".join(pre + [sub] + post) if not (text[:i].endswith(" ") or i == 0) else None
    head = " ".join(pre)
    s = (head + (" " if head and text[i - 1] == " " else "") + sub
         + (" " if post and text[i + len(sub):i + len(sub) + 1] == " " else "") + " ".join(post))
    assert s in text, (s, text)
    return s


def add_para(R, text, sec, xml, snippet=None):
    R.paragraphs.append((text, sec, snippet))
    R.d.add(xml)


def std_front(R, u):
    """The unit's header block, 'BÁO CÁO', the subject and the opening."""
    kind = u["kind"]
    if kind == "party":
        party_hdr(R, u["sup"], u["body"], number_line=u.get("number_line"))
    elif kind == "state":
        state_hdr(R, u["sup"], u["body"])
    else:
        header3(R, u["cols"], [4300, 5100])
        R.app(R.doc_number)
        R.app(R.place_date.split(" năm")[0])
    R.title(u["who"])


def std_end(R, u, appendix=True):
    R.closing_sentence(u["who"])
    sig_table(R, u["recip"], u["sig"], R.signer)
    if appendix:
        R.appendix()


def std_body(R, h, para=None):
    for sec, level, title in HEADS:
        h(title, level)
        if sec:
            for t in R.texts[sec]:
                (para or R.put)(t, sec)


L_ = lambda t, b=False, i=False, u=False: (t, b, i, u)  # noqa: E731
UNITS = {
    "X001": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY PHƯỜNG VINH PHÚ", place="Vinh Phú",
                 who="Ban Thường vụ Đảng ủy phường Vinh Phú", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], recip=RECIP_PARTY),
    "X002": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY XÃ DIỄN CHÂU", place="Diễn Châu",
                 who="Ban Thường vụ Đảng ủy xã Diễn Châu", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], recip=RECIP_PARTY),
    "X003": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY XÃ QUỲNH LƯU", place="Quỳnh Lưu",
                 who="Ban Thường vụ Đảng ủy xã Quỳnh Lưu", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], recip=RECIP_PARTY),
    "X004": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY PHƯỜNG HOÀNG MAI", place="Hoàng Mai",
                 who="Ban Thường vụ Đảng ủy phường Hoàng Mai", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
                 recip=RECIP_PARTY, number_line="Số: 98-BC/ĐU"),
    "X005": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY XÃ ĐÔ LƯƠNG", place="Đô Lương",
                 who="Ban Thường vụ Đảng ủy xã Đô Lương", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], recip=RECIP_PARTY),
    "X007": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY XÃ ANH SƠN", place="Anh Sơn",
                 who="Ban Thường vụ Đảng ủy xã Anh Sơn", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], recip=RECIP_PARTY),
    "SNV": dict(kind="state", sup="UBND TỈNH NGHỆ AN", body="SỞ NỘI VỤ", place="Nghệ An", who="Sở Nội vụ",
                sig=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], recip=RECIP_STATE),
    "SYT": dict(kind="state", sup="UBND TỈNH NGHỆ AN", body="SỞ Y TẾ", place="Nghệ An", who="Sở Y tế",
                sig=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], recip=RECIP_STATE),
    "STC": dict(kind="state", sup="UBND TỈNH NGHỆ AN", body="SỞ TÀI CHÍNH", place="Nghệ An", who="Sở Tài chính",
                sig=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], recip=RECIP_STATE),
    "SGDDT": dict(kind="state", sup="UBND TỈNH NGHỆ AN", body="SỞ GIÁO DỤC VÀ ĐÀO TẠO", place="Nghệ An",
                  who="Sở Giáo dục và Đào tạo", sig=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], recip=RECIP_STATE),
    "VPTU": dict(kind="cols", place="Nghệ An", who="Văn phòng Tỉnh ủy", sig=["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
                 recip=RECIP_PARTY),
    "TTT": dict(kind="state", sup="UBND TỈNH NGHỆ AN", body="THANH TRA TỈNH", place="Nghệ An", who="Thanh tra tỉnh",
                sig=["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], recip=RECIP_STATE),
    "DUQS": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY QUÂN SỰ TỈNH", place="Nghệ An",
                 who="Ban Thường vụ Đảng ủy Quân sự tỉnh", sig=["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], recip=RECIP_PARTY),
    "DUCA": dict(kind="party", sup="ĐẢNG BỘ TỈNH NGHỆ AN", body="ĐẢNG ỦY CÔNG AN TỈNH", place="Nghệ An",
                 who="Ban Thường vụ Đảng ủy Công an tỉnh", sig=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], recip=RECIP_PARTY),
    "TD": dict(kind="cols", place="Nghệ An", who="Ban Thường vụ Tỉnh đoàn",
               sig=["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC"],
               recip=["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Trung ương Đoàn (b/c);", "- Lưu VP Tỉnh đoàn."]),
    "MTTQ": dict(kind="cols", place="Nghệ An", who="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
                 sig=["TM. BAN THƯỜNG TRỰC", "K/T CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                 recip=["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu: VT, BTT."]),
}


def make(key, code, filename, title, notes, doc_number="keep"):
    u = UNITS[code]
    R = Rep(key, code, filename, notes, place=u["place"])
    R.meta(title, doc_number=doc_number)
    if code == "VPTU":
        u["cols"] = [[L_("TỈNH ỦY NGHỆ AN"), L_("VĂN PHÒNG", True), L_("*"), L_(f"Số {R.doc_number}")],
                     [L_("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True), L_(""), L_(R.place_date, i=True)]]
    if code == "TD":
        u["cols"] = [[L_("BCH ĐOÀN TNCS HỒ CHÍ MINH", True), L_("TỈNH NGHỆ AN", True), L_("***"),
                      L_(f"Số: {R.doc_number}")],
                     [L_("ĐOÀN TNCS HỒ CHÍ MINH", True, False, True), L_(""), L_(R.place_date, i=True)]]
    if code == "MTTQ":
        u["cols"] = [[L_("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"), L_("TỈNH NGHỆ AN", True), L_("BAN THƯỜNG TRỰC", True),
                      L_("***"), L_(f"Số: {R.doc_number}")],
                     [L_("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), L_("Độc lập - Tự do - Hạnh phúc", True, False, True),
                      L_(""), L_(R.place_date, i=True)]]
    for s in u["sig"]:
        R.app(s)
    return R, u


# ==========================================================================================
# GOOGLE DOCS (File ▸ Download ▸ Microsoft Word): its own styles.xml (Normal, Title, Subtitle,
# Heading1-6 with w:outlineLvl), every run with every property written, runs SPLIT MID-WORD, rsids
# zeroed, w14:paraId, tables with w:tblGrid, no numbering.xml, no settings of Word's.
GD_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" w:before="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b w:val="1"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="80" w:before="200" w:lineRule="auto"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b w:val="1"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="80" w:before="160" w:lineRule="auto"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b w:val="1"/><w:i w:val="1"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:before="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b w:val="1"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="240" w:before="0" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b w:val="1"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"""

GD_RPR = ('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" '
          'w:hAnsi="Times New Roman"/>{b}{i}<w:smallCaps w:val="0"/><w:strike w:val="0"/><w:color w:val="000000"/>'
          '<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>{u}<w:shd w:fill="auto" w:val="clear"/>'
          '<w:vertAlign w:val="baseline"/><w:rtl w:val="0"/>')


def gd_pieces(text):
    """Google Docs spans as a Vietnamese IME leaves them: every accented letter its own span."""
    out, cur = [], ""
    for ch in text:
        if ord(ch) > 127:
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def gd_tf(doc):
    def run(m):
        props, text = m.group(1) or "", m.group(2)
        b = '<w:b w:val="1"/>' if "<w:b/>" in props else '<w:b w:val="0"/>'
        i = '<w:i w:val="1"/>' if "<w:i/>" in props else '<w:i w:val="0"/>'
        u = '<w:u w:val="single"/>' if "<w:u " in props else '<w:u w:val="none"/>'
        szm = re.search(r'<w:sz w:val="(\d+)"/>', props)
        rp = GD_RPR.format(b=b, i=i, u=u, sz=szm.group(1) if szm else 26)
        return "".join(f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>{rp}</w:rPr>'
                       f'<w:t xml:space="preserve">{piece}</w:t></w:r>'
                       for piece in gd_pieces(html.unescape(text)) for piece in [x(piece)])
    doc = re.sub(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>', run, doc)
    n = [0]

    def para(m):
        n[0] += 1
        return (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
                f'w:rsidRPr="00000000" w14:paraId="{0x10000000 + n[0] * 7919:08X}">')
    return re.sub(r"<w:p>", para, doc)


def gdocs(R, h_styles):
    d = R.d
    d.styles_raw = GD_STYLES
    d.doc_tf.append(gd_tf)
    d.extra.append(("docProps/app.xml", dx57.app_props(""), dx57.CT_APP, dx57.REL_APP, "docProps/app.xml"))

    def h(title, level):
        d.add(p(r(title), style=h_styles[level], spacing=False))
    return h


def gd_title(R, who):
    R.d.add(p(r("BÁO CÁO"), style="Title", spacing=False))
    R.d.add(p(r(SUBJ2), style="Subtitle", spacing=False))
    R.d.add(p(r(OPENING.format(who=who)), ind=567))
    for a in ("BÁO CÁO", SUBJ_LEAK, f"{who} báo cáo như sau"):
        R.app(a)


def x001():
    R, u = make("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx", "BÍ THƯ",
                "GOOGLE DOCS EXPORT (File ▸ Download ▸ Microsoft Word .docx): Google's own styles.xml "
                "(docDefaults, 'normal', 'heading 1..3' with w:outlineLvl 0..2, 'Title', 'Subtitle', no Word "
                "latent styles), NO numbering.xml, no settings.xml; EVERY RUN WRITES EVERY PROPERTY (w:b "
                "w:val=\"0\", w:i w:val=\"0\", w:u none, smallCaps/strike 0, color, size, shd, vertAlign "
                "baseline, rtl 0), rsids zeroed, w14:paraId on each paragraph; and the RUNS ARE SPLIT MID-WORD: "
                "every accented letter is its own run ('Đ' 'ả' 'ng' ' ' 'ủ' 'y'), as spans come out of text "
                "typed with a Vietnamese IME. 'BÁO CÁO' in Title, the subject in Subtitle; parts 'I.' … 'IV.' "
                "(numbers typed) in Heading1, '1.' … '5.' in Heading2; the header block and signature in "
                "borderless tables with w:tblGrid; appendix bordered table. Records X001, 67-BC/ĐU, "
                "10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.")
    h = gdocs(R, {1: "Heading1", 2: "Heading2"})
    party_hdr(R, u["sup"], u["body"])
    gd_title(R, u["who"])
    std_body(R, h)
    std_end(R, u)
    return R


def td():
    R, u = make("td", "TD", "Tinh doan - BC 15 KL114.docx", "PHÓ BÍ THƯ THƯỜNG TRỰC",
                "GOOGLE DOCS EXPORT, the Youth Union's own report written in Google Docs: as X001 (Google's "
                "styles.xml, every property on every run, runs split at every accented letter, no "
                "numbering.xml) but with the LEVELS SHIFTED as Docs users pick them: 'BÁO CÁO' Title, subject "
                "Subtitle, parts 'I.' … 'IV.' in HEADING 2 (outlineLvl 1) and '1.' … '5.' in HEADING 3 "
                "(outlineLvl 2); no Heading 1 in the file. Tỉnh đoàn's header ('BCH ĐOÀN TNCS HỒ CHÍ MINH' / "
                "'TỈNH NGHỆ AN' / '***' / 'Số: 15-BC/TĐTN-BTG' | 'ĐOÀN TNCS HỒ CHÍ MINH' / date). Appendix "
                "('x' for the two indicators not reported). Records TD, 15-BC/TĐTN-BTG, 14/4/2026, Nguyễn Thị "
                "Bích Ngọc, PHÓ BÍ THƯ THƯỜNG TRỰC.", doc_number="15-BC/TĐTN-BTG")
    h = gdocs(R, {1: "Heading2", 2: "Heading3"})
    header3(R, u["cols"], [4300, 5100])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    gd_title(R, u["who"])
    std_body(R, h)
    std_end(R, u)
    return R


# ==========================================================================================
# LIBREOFFICE WRITER (Save As ▸ Word 2007-365): style ids from the ODF names ('Heading_20_1' named
# 'Heading 1', 'Text_20_body' named 'Text Body'), the heading numbers NOT TYPED but from the outline
# numbering attached to the heading STYLES (w:numPr in the style's pPr → numbering.xml 'I.' / '1.'),
# every heading wrapped in a '__RefHeading___Toc…' bookmark.
LO_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:bidi w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Text_20_body"/><w:qFormat/><w:pPr><w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading_20_1"><w:name w:val="Heading 1"/><w:basedOn w:val="Heading"/><w:next w:val="Text_20_body"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading_20_2"><w:name w:val="Heading 2"/><w:basedOn w:val="Heading"/><w:next w:val="Text_20_body"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="200" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Text_20_body"><w:name w:val="Text Body"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/><w:ind w:firstLine="567"/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Table_20_Contents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="false"/><w:suppressLineNumbers/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"""

OUTLINE_NUM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"""


def lvl(i, fmt, text, style=None, ind=0):
    ps = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="0"/></w:tabs><w:ind w:left="{ind}" w:hanging="0"/></w:pPr>'
            '<w:rPr></w:rPr></w:lvl>')


def x002():
    R, u = make("x002", "X002", "Dien Chau - BC 52 KL114.docx", "BÍ THƯ",
                "LIBREOFFICE WRITER EXPORT (Save As ▸ Word 2007-365 .docx): styles with ids from the ODF "
                "names — 'Heading_20_1' named 'Heading 1', 'Heading_20_2' named 'Heading 2', 'Text_20_body' "
                "named 'Text Body', 'Table_20_Contents' — and THE HEADING NUMBERS NOT TYPED: the part titles "
                "read 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'Những kết quả nổi bật' …, the 'I.' … 'IV.' and '1.' … '5.' "
                "come from the OUTLINE NUMBERING attached to the heading styles (w:numPr in the STYLE's pPr, "
                "numbering.xml upperRoman '%1.' / decimal '%2.', suff space); each heading's text inside a "
                "'__RefHeading___Toc…' BOOKMARK (w:bookmarkStart … w:bookmarkEnd). Body paragraphs in "
                "'Text_20_body'. Records X002, 52-BC/ĐU, 9/4/2026, Nguyễn Đình Lực, BÍ THƯ.")
    d = R.d
    d.styles_raw = LO_STYLES
    d.numbering_raw = OUTLINE_NUM.format(levels=lvl(0, "upperRoman", "%1.", "Heading_20_1")
                                         + lvl(1, "decimal", "%2.", "Heading_20_2", 567))
    d.extra.append(("docProps/app.xml", dx57.app_props("LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/"
                                                       "e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"),
                    dx57.CT_APP, dx57.REL_APP, "docProps/app.xml"))
    n = [0]

    def h(title, level):
        n[0] += 1
        bm = f"__RefHeading___Toc{1000 + n[0] * 37}_{2214732189 + n[0]}"
        d.add(f'<w:p><w:pPr><w:pStyle w:val="Heading_20_{level}"/><w:rPr></w:rPr></w:pPr>'
              f'<w:bookmarkStart w:id="{n[0]}" w:name="{bm}"/>{r(strip_no(title))}<w:bookmarkEnd w:id="{n[0]}"/></w:p>')

    def para(t, sec):
        add_para(R, t, sec, f'<w:p><w:pPr><w:pStyle w:val="Text_20_body"/><w:rPr></w:rPr></w:pPr>{r(t)}</w:p>')
    party_hdr(R, u["sup"], u["body"])
    R.title(u["who"])
    std_body(R, h, para)
    std_end(R, u)
    return R


# ==========================================================================================
# WPS OFFICE (Kingsoft): numeric style ids with CHINESE names ('标题 1'), the root with
# wpsCustomData / w14 / w15 namespaces and mc:Ignorable, docProps/custom.xml 'KSOProductBuildVer',
# the heading numbers from numbering.xml set on the paragraph (w:numPr), not typed.
def wps_styles(names):
    hs = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{nm}"/><w:basedOn w:val="1"/>'
        f'<w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:keepNext/><w:keepLines/>'
        f'<w:spacing w:before="120" w:beforeLines="0" w:beforeAutospacing="0" w:after="60" w:afterLines="0" '
        f'w:afterAutospacing="0" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="{lv}"/></w:pPr>'
        f'<w:rPr><w:b/>{"<w:i/>" if it else ""}<w:kern w:val="44"/></w:rPr></w:style>'
        for sid, nm, lv, it in names)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            'w:eastAsia="SimSun" w:cs="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="en-US" w:eastAsia="zh-CN" '
            'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="276" w:lineRule="auto"/>'
            '<w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:hint="default" w:ascii="Times New Roman" '
            'w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/><w:kern w:val="2"/>'
            '<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="ar"/></w:rPr></w:style>'
            + hs +
            '<w:style w:type="character" w:default="1" w:styleId="5"><w:name w:val="Default Paragraph Font"/>'
            '<w:semiHidden/><w:uiPriority w:val="0"/></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="6"><w:name w:val="Normal Table"/><w:semiHidden/>'
            '<w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
            'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
            '</w:tblPr></w:style></w:styles>')


def wps_num(levels):
    lv = "".join(f'<w:lvl w:ilvl="{i}" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                 f'<w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/>'
                 '</w:pPr><w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>' for i, (fmt, t) in enumerate(levels))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="8F3A2C1B"/><w:multiLevelType w:val="multilevel"/>'
            f'<w:tmpl w:val="8F3A2C1B"/>{lv}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '</w:numbering>')


def wps(R, names, levels, build="12.1.0.16388"):
    d = R.d
    d.styles_raw = wps_styles(names)
    d.numbering_raw = wps_num(levels)
    d.root_extra = dx57.WPS_NS
    d.extra.append(("docProps/custom.xml", dx57.custom_props([("KSOProductBuildVer", f"1066-{build}"),
                                                              ("ICV", "4B1E6A0F2C7D4E3B9A51D2C3E4F5A6B7_13")]),
                    dx57.CT_CUSTOM, dx57.REL_CUSTOM, "docProps/custom.xml"))
    d.extra.append(("docProps/app.xml", dx57.app_props(f"WPS Office_{build}_F1E327BC-269C-435d-A152-05C5408002CA"),
                    dx57.CT_APP, dx57.REL_APP, "docProps/app.xml"))
    d.doc_tf.append(lambda s: s.replace("<w:p><w:pPr>", '<w:p><w:pPr><w:bidi w:val="0"/>'.replace(
        '<w:bidi w:val="0"/>', "")))
    sid = {1: names[0][0], 2: names[1][0]}

    def h(title, level):
        d.add(f'<w:p><w:pPr><w:pStyle w:val="{sid[level]}"/><w:numPr><w:ilvl w:val="{level - 1}"/>'
              '<w:numId w:val="1"/></w:numPr><w:bidi w:val="0"/><w:ind w:firstLine="567"/>'
              '<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:pPr>'
              f'<w:r><w:rPr><w:rFonts w:hint="default"/><w:lang w:val="vi-VN"/></w:rPr>'
              f'<w:t xml:space="preserve">{x(strip_no(title))}</w:t></w:r></w:p>')

    def para(t, sec):
        add_para(R, t, sec, '<w:p><w:pPr><w:bidi w:val="0"/><w:ind w:firstLine="520" w:firstLineChars="200"/>'
                 '<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:hint="default"/>'
                 f'<w:lang w:val="vi-VN"/></w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>')
    return h, para


def x003():
    R, u = make("x003", "X003", "DU xa Quynh Luu - BC 71 KL114.docx", "BÍ THƯ",
                "WPS OFFICE (Kingsoft, common in Vietnam): root with the wpsCustomData, w14, w15, wp14, wps "
                "namespaces and mc:Ignorable=\"w14 w15 wp14\"; docProps/custom.xml 'KSOProductBuildVer' "
                "1066-12.1.0.16388 and 'ICV'; styles with NUMERIC ids and CHINESE names: '1' Normal, '2' named "
                "'标题 1' (outlineLvl 0), '3' named '标题 2' (outlineLvl 1), '5' Default Paragraph Font, '6' "
                "Normal Table; the HEADING NUMBERS NOT TYPED: numbering.xml multilevel decimal with lvlText "
                "'%1.' and '%1.%2.' on the paragraph's w:numPr, so the officer reads '1. CÔNG TÁC LÃNH ĐẠO, "
                "CHỈ ĐẠO', '2. KẾT QUẢ TRIỂN KHAI THỰC HIỆN', '2.1. Những kết quả nổi bật' … '2.5. Phương "
                "hướng, giải pháp thời gian tới', '3. TÁC ĐỘNG …', '4. KIẾN NGHỊ, ĐỀ XUẤT'; body paragraphs "
                "with w:firstLineChars, w:bidi 0, rFonts w:hint. Records X003, 71-BC/ĐU, 13/4/2026, Hồ Sỹ "
                "Nam, BÍ THƯ.")
    h, para = wps(R, [("2", "标题 1", 0, False), ("3", "标题 2", 1, True)], [("decimal", "%1."), ("decimal", "%1.%2.")])
    party_hdr(R, u["sup"], u["body"])
    R.title(u["who"])
    std_body(R, h, para)
    std_end(R, u)
    return R


def mttq():
    R, u = make("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.docx", "PHÓ CHỦ TỊCH",
                "WPS OFFICE, second shape: as X003 (wpsCustomData root, KSOProductBuildVer 1066-11.2.0.11440, "
                "numeric style ids) with the headings in '标题 2' (id '3', outlineLvl 1) and '标题 3' (id '4', "
                "outlineLvl 2) — no '标题 1' used — numbered from numbering.xml upperRoman '%1.' and decimal "
                "'%2.' (the officer reads 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '1. Những kết quả nổi bật' …, none "
                "typed). The Front's header ('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM' / 'TỈNH NGHỆ AN' / 'BAN THƯỜNG "
                "TRỰC' / '***' / 'Số: 322/BC-MTTQ-BTT' | motto / date); 'TM. BAN THƯỜNG TRỰC' / 'K/T CHỦ TỊCH' "
                "/ 'PHÓ CHỦ TỊCH'. Appendix ('x' for the rate). Records MTTQ, 322/BC-MTTQ-BTT, 14/4/2026, Võ "
                "Thị Hằng, PHÓ CHỦ TỊCH.")
    h, para = wps(R, [("3", "标题 2", 1, False), ("4", "标题 3", 2, True)], [("upperRoman", "%1."), ("decimal", "%2.")],
                  build="11.2.0.11440")
    std_front(R, u)
    std_body(R, h, para)
    std_end(R, u)
    return R


# ==========================================================================================
def word_h(R):
    return R.heading_styles()


def x004():
    R, u = make("x004", "X004", "Hoang Mai - BC 98 KL114.docx", "PHÓ BÍ THƯ",
                "THE MAIN PART AT word/document2.xml (as files saved by Word for the web / some converters "
                "carry it): _rels/.rels points the officeDocument relationship at 'word/document2.xml', its "
                "relationships in word/_rels/document2.xml.rels, [Content_Types].xml overrides "
                "/word/document2.xml; there is NO word/document.xml. Word 2010+ root namespaces with "
                "mc:Ignorable. Otherwise a plain report: Heading1 ('heading 1') parts I.-IV. typed, Heading2 "
                "sub-parts 1.-5.; 'Số: 98-BC/ĐU'. Records X004, 98-BC/ĐU, 15/4/2026, Lê Thị Mai, PHÓ BÍ THƯ.")
    R.d.main = "word/document2.xml"
    R.d.root_extra = dx57.WORD2010_NS
    h = word_h(R)
    std_front(R, u)
    std_body(R, h)
    std_end(R, u)
    return R


def x005():
    R, u = make("x005", "X005", "DU xa Do Luong - BC 58 KL114.docx", "BÍ THƯ",
                "STRICT OPEN XML (Word ▸ Save As ▸ 'Strict Open XML Document'): every part in the ISO Strict "
                "namespaces — w = http://purl.oclc.org/ooxml/wordprocessingml/main, r = "
                "http://purl.oclc.org/ooxml/officeDocument/relationships — and the relationship TYPES "
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument, …/styles, …/footer; "
                "w:conformance=\"strict\" on w:document; 'start'/'end' for left/right (w:jc, w:ind w:start, "
                "border w:start/w:end). Content: Heading1/Heading2 parts typed I.-IV. / 1.-5., a footer with a "
                "PAGE field. Records X005, 58-BC/ĐU, 10/4/2026, Nguyễn Thị Thanh Tâm, BÍ THƯ.")
    R.d.strict = True
    h = word_h(R)
    std_front(R, u)
    std_body(R, h)
    std_end(R, u)
    R.last_sect = {"footer": R.d.header_part("footer1.xml", [p(field("PAGE", "1", sz=22), jc="center", spacing=False)],
                                             kind="footer")}
    return R


def x007():
    R, u = make("x007", "X007", "Anh Son - BC 44 KL114.docx", "PHÓ BÍ THƯ",
                "HEADINGS MARKED ONLY BY w:outlineLvl IN THE PARAGRAPH'S OWN PROPERTIES (Paragraph ▸ Outline "
                "level, no Heading style; they show in Word's Navigation Pane): the parts 'I. CÔNG TÁC LÃNH "
                "ĐẠO, CHỈ ĐẠO' … 'IV. KIẾN NGHỊ, ĐỀ XUẤT' bold with outlineLvl 0; the sub-parts of II "
                "UNNUMBERED, ITALIC, NOT BOLD with outlineLvl 1: 'Những kết quả nổi bật', 'Tồn tại, hạn chế', "
                "'Nguyên nhân', 'Bài học kinh nghiệm', 'Phương hướng, giải pháp thời gian tới'. No style but "
                "Normal in styles.xml. Records X007, 44-BC/ĐU, 12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ.")

    def h(title, level):
        if level == 1:
            R.d.add(p(r(title, b=True), ind=567, extra='<w:outlineLvl w:val="0"/>'))
        else:
            R.d.add(p(r(strip_no(title), i=True), ind=567, extra='<w:outlineLvl w:val="1"/>'))
    std_front(R, u)
    std_body(R, h)
    std_end(R, u)
    return R


# ==========================================================================================
# w:altChunk — the body as an HTML (or MHT) part imported whole, as e-office systems write a .docx
# from the text typed in their web editor (CKEditor: <p>, <strong>, Latin letters as entities).
def ck(text):
    """CKEditor 4's default output: Latin-1 letters as named entities, the rest as UTF-8."""
    out = []
    for ch in text:
        n = html.entities.codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{n};" if n else html.escape(ch, quote=False))
    return "".join(out)


def html_body(R, heads, para_style="text-align:justify; text-indent:1cm"):
    out = []
    for sec, level, title in heads:
        no, _, rest = title.partition(" ")
        t = f"{ck(no)}&nbsp;{ck(rest)}"
        out.append(f'<p style="{para_style}"><strong>{t}</strong></p>' if level == 1 else
                   f'<p style="{para_style}"><strong><em>{t}</em></strong></p>')
        if sec:
            for s in R.texts[sec]:
                R.paragraphs.append((s, sec, None))
                out.append(f'<p style="{para_style}">{ck(s)}</p>')
    return "\n".join(out)


def html_table(rows):
    out = ['<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse; width:100%">',
           "<thead>"]
    for k, row in enumerate(rows):
        if k == 1:
            out.append("</thead><tbody>")
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{ck(c)}</{tag}>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


HTML_DOC = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<title></title>\n<style>body {{ font-family: "Times New Roman"; font-size: 13pt; }}</style>\n</head>\n'
            '<body>\n{body}\n</body>\n</html>\n')


def snv():
    R, u = make("snv", "SNV", "SNV - BC 279 KL114.docx", "PHÓ GIÁM ĐỐC",
                "THE BODY AS AN IMPORTED HTML CHUNK (w:altChunk), as the province's e-office system "
                "(quản lý văn bản điều hành) writes the .docx of a report typed in its web editor: the header "
                "table, 'BÁO CÁO', the subject and the opening are WordprocessingML; then "
                "<w:altChunk r:id=\"…\"/> → word/afchunk.htm (relationship type …/aFChunk, content type "
                "text/html, UTF-8) holding parts I-IV as CKEditor writes them: <p style=\"text-align:justify; "
                "text-indent:1cm\"><strong>I.&nbsp;CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO</strong></p>, the sub-parts "
                "<strong><em>, the Latin-1 letters as NAMED ENTITIES ('Nh&acirc;n d&acirc;n', "
                "'&Ocirc;'), the others UTF-8; then again WordprocessingML: the closing, the signature table, "
                "the appendix table. Word and LibreOffice show the chunk as ordinary paragraphs. Records SNV, "
                "279/BC-SNV, 14/4/2026, Trần Quốc Hưng, PHÓ GIÁM ĐỐC.")
    std_front(R, u)
    rid = R.d.chunk("afchunk.htm", HTML_DOC.format(body=html_body(R, HEADS)).encode("utf-8"), "text/html")
    R.d.add(f'<w:altChunk r:id="{rid}"/>')
    std_end(R, u)
    return R


def mht(html_text):
    qp = quopri.encodestring(html_text.encode("utf-8")).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DA8B2C.5E3F1A20\"\r\n\r\n"
            "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
            "------=_NextPart_01DA8B2C.5E3F1A20\r\nContent-Location: file:///C:/7F2A/noidung.htm\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
            + qp.replace("\n", "\r\n") + "\r\n------=_NextPart_01DA8B2C.5E3F1A20--\r\n").encode("ascii")


def duca():
    R, u = make("duca", "DUCA", "DUCA - BC 296 KL114.docx", "PHÓ BÍ THƯ",
                "TWO IMPORTED MHT CHUNKS (w:altChunk → word/afchunk.mht and word/afchunk2.mht, content type "
                "message/rfc822: a MIME 'Single File Web Page', multipart/related, the HTML part "
                "QUOTED-PRINTABLE UTF-8), as an e-office system writes them: the header table, 'BÁO CÁO', the "
                "subject and the opening in WordprocessingML; chunk 1 holds parts I-IV (<p><strong>I.&nbsp;…"
                "</strong></p>, entities for Latin-1 letters); the closing and the signature table in "
                "WordprocessingML; 'PHỤ LỤC', its caption and '(Kèm theo …)' in WordprocessingML and chunk 2 "
                "holds THE APPENDIX TABLE as an HTML <table> (thead/tbody). Records DUCA, 296-BC/ĐU, "
                "12/4/2026, Nguyễn Đức Hải, PHÓ BÍ THƯ.")
    std_front(R, u)
    rid = R.d.chunk("afchunk.mht", mht(HTML_DOC.format(body=html_body(R, HEADS))), "message/rfc822")
    R.d.add(f'<w:altChunk r:id="{rid}"/>')
    std_end(R, u, appendix=False)
    page_break(R)
    R.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    R.d.add(p(r(CAPTION, b=True), jc="center"))
    kem = R.kem_theo()
    R.d.add(p(r(f"({kem})", i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app(kem[:40])
    rid2 = R.d.chunk("afchunk2.mht", mht(HTML_DOC.format(body=html_table(std_rows(R.figures)))), "message/rfc822")
    R.d.add(f'<w:altChunk r:id="{rid2}"/>')
    return R


# ==========================================================================================
# Content controls, customXml and smart tags.
SDT_N = [500]


def sdt_block(inner, alias, tag=None, lock=None):
    SDT_N[0] += 1
    lk = f'<w:lock w:val="{lock}"/>' if lock else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag or alias}"/><w:id w:val="{SDT_N[0] * 7717}"/>'
            f'{lk}</w:sdtPr><w:sdtEndPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def sdt_run(runs, alias, text=True, placeholder=False):
    SDT_N[0] += 1
    ph = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
          if placeholder else "")
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{SDT_N[0] * 7717}"/>{ph}'
            f'{"<w:text/>" if text else ""}</w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>')


def cxml(inner, element, uri="http://qlvb.nghean.gov.vn/2024/vanban"):
    return f'<w:customXml w:uri="{uri}" w:element="{element}">{inner}</w:customXml>'


def smart(inner, element="place"):
    return f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{element}">{inner}</w:smartTag>'


def split_wrap(text, sub, wrap):
    i = text.index(sub)
    return r(text[:i]) + wrap(r(sub)) + r(text[i + len(sub):])


def syt():
    R, u = make("syt", "SYT", "SYT - BC 1342 KL114.docx", "PHÓ GIÁM ĐỐC",
                "EVERYTHING IN CONTENT CONTROLS, with customXml and smart tags, as a report made from the "
                "Department's form template (.dotx with content controls) and its document system: the "
                "header table inside a block w:sdt ('Tiêu đề văn bản', locked), its number and date each in a "
                "RUN-LEVEL w:sdt (<w:text/>); 'BÁO CÁO' + subject + opening in a block sdt; EACH PART (heading "
                "and its paragraphs) in its own block sdt ('Phần I' … 'Phần IV'), the sub-parts in nested "
                "block sdts; one paragraph wrapped in a BLOCK-LEVEL w:customXml (element 'NoiDung'), phrases "
                "inside paragraphs wrapped in RUN-LEVEL w:customXml ('SoLieu') and w:smartTag (place: "
                "'Bộ Y tế'); in 'Nơi nhận' an UNFILLED PLACEHOLDER control (w:showingPlcHdr: 'Nhấp hoặc "
                "gõ nhấn vào đây để nhập văn bản.') — template apparatus; the signature table and the "
                "appendix in block sdts. Records SYT, 1342/BC-SYT, 16/4/2026, Nguyễn Thị Hương Giang, PHÓ "
                "GIÁM ĐỐC.")
    d = R.d
    body = d.body
    # header: a table in a block sdt; number and date in run-level sdts
    left = [p(r("UBND TỈNH NGHỆ AN"), jc="center", spacing=False), p(r("SỞ Y TẾ", b=True), jc="center", spacing=False),
            p(r("-------"), jc="center", spacing=False),
            p(r("Số: ") + sdt_run(r(R.doc_number.split("/")[0]), "SoVanBan") + r("/BC-SYT"), jc="center", spacing=False)]
    right = [p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True), jc="center", spacing=False),
             p(r("Độc lập - Tự do - Hạnh phúc", b=True, u=True), jc="center", spacing=False),
             p(r("---------------"), jc="center", spacing=False),
             p(r("Nghệ An, ", i=True) + sdt_run(r(R.place_date.split(", ", 1)[1], i=True), "NgayBanHanh"),
               jc="center", spacing=False)]
    d.add(sdt_block(table([[cell(left, 3800, False), cell(right, 5600, False)]], [3800, 5600], borders=False),
                    "Tiêu đề văn bản", lock="sdtLocked"))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    start = len(body)
    R.title(u["who"])
    inner = "".join(body[start:])
    del body[start:]
    d.add(sdt_block(inner, "Trích yếu"))
    groups = [("Phần I", [HEADS[0]]), ("Phần II", HEADS[1:7]), ("Phần III", [HEADS[7]]), ("Phần IV", [HEADS[8]])]
    wraps = {"ket-qua.noi-bat": ("4.105 lượt", lambda x_: cxml(x_, "SoLieu")),
             "kien-nghi": ("Bộ Y tế", lambda x_: smart(x_, "place")),
             "ket-qua.han-che": ("bảo hiểm y tế", lambda x_: cxml(x_, "ThuatNgu"))}
    for alias, heads in groups:
        start = len(body)
        for sec, level, title in heads:
            s0 = len(body)
            d.add(p(r(title, b=True, i=level == 2), ind=567))
            if sec:
                for k, t in enumerate(R.texts[sec]):
                    if k == 0 and sec in wraps and wraps[sec][0] in t:
                        sub, fn = wraps[sec]
                        add_para(R, t, sec, p(split_wrap(t, sub, fn), ind=567), snippet=around(t, sub))
                    elif sec == "ket-qua.nguyen-nhan":
                        add_para(R, t, sec, cxml(p(r(t), ind=567), "NoiDung"))
                    else:
                        R.put(t, sec)
            if level == 2:
                inner = "".join(body[s0:])
                del body[s0:]
                d.add(sdt_block(inner, title[:2].strip(". ") + "." + alias[-1]))
        inner = "".join(body[start:])
        del body[start:]
        d.add(sdt_block(inner, alias))
    start = len(body)
    R.closing_sentence(u["who"])
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + [p(r(s, sz=22), spacing=False) for s in u["recip"]] + \
        [p(r("- ", sz=22) + sdt_run('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:sz w:val="22"/></w:rPr>'
                                    '<w:t>Nhấp hoặc gõ nhấn vào đây để nhập văn bản.</w:t></w:r>', "NoiNhanKhac",
                                    placeholder=True), spacing=False)]
    right = [p(r(s, b=True), jc="center", spacing=False) for s in u["sig"]] + [p("", spacing=False)] * 3 + \
        [p(sdt_run(r(R.signer, b=True), "NguoiKy"), jc="center", spacing=False)]
    d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    for a in ("Nơi nhận", R.signer, "Nhấp hoặc gõ nhấn vào đây"):
        R.app(a)
    inner = "".join(body[start:])
    del body[start:]
    d.add(sdt_block(inner, "Ký ban hành"))
    d.style("PlaceholderText", "Placeholder Text", typ="character", rpr='<w:color w:val="808080"/>')
    start = len(body)
    R.appendix()
    inner = "".join(body[start + 1:])
    del body[start + 1:]
    d.add(sdt_block(inner, "Phụ lục"))
    return R


# ==========================================================================================
# Fields and hyperlinks: a mail-merge header (MERGEFIELD), PAGE/NUMPAGES as w:fldSimple, a
# HYPERLINK field and w:hyperlink in the text, a DOCPROPERTY field inside a sentence.
def fld(instr, result_runs):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {x(instr)} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{result_runs}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def stc():
    R, u = make("stc", "STC", "STC - BC 241 KL114.docx", "PHÓ GIÁM ĐỐC",
                "FIELDS AND HYPERLINKS, as a report produced by MAIL MERGE from the Department's "
                "template: in the header block the body, the number and the date are COMPLEX MERGEFIELDs "
                "(fldChar begin / instrText ' MERGEFIELD TenCoQuan ' / separate / the result runs / end), "
                "their results 'SỞ TÀI CHÍNH', '241' and 'ngày 16 tháng 4 năm 2026' (the merge not "
                "finished: the fields are still there, the results are what prints); in the text: "
                "a w:fldSimple ' DOCPROPERTY Company ' whose result 'Sở Tài chính' is inside a sentence of "
                "part I; a w:hyperlink (r:id → an external URL) around 'ấn phẩm ngân sách công dân' in part "
                "II.5; a complex ' HYPERLINK \"https://stc.nghean.gov.vn\" ' field around 'cổng thông tin của "
                "Sở' in II.2; a w:hyperlink w:anchor (internal, to the appendix bookmark) around '(Phụ lục "
                "kèm theo)'; the footer 'Trang ' PAGE '/' NUMPAGES as w:fldSimple. Records STC, 241/BC-STC, "
                "16/4/2026, Nguyễn Văn Long, PHÓ GIÁM ĐỐC.")
    d = R.d
    left = [p(r("UBND TỈNH NGHỆ AN"), jc="center", spacing=False),
            p(fld("MERGEFIELD TenCoQuan", r("SỞ TÀI CHÍNH", b=True)), jc="center", spacing=False),
            p(r("-------"), jc="center", spacing=False),
            p(r("Số: ") + fld("MERGEFIELD SoVanBan", r("241")) + r("/BC-STC"), jc="center", spacing=False)]
    right = [p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True), jc="center", spacing=False),
             p(r("Độc lập - Tự do - Hạnh phúc", b=True, u=True), jc="center", spacing=False),
             p(r("---------------"), jc="center", spacing=False),
             p(r("Nghệ An, ", i=True) + fld("MERGEFIELD NgayBanHanh", r("ngày 16 tháng 4 năm 2026", i=True)),
               jc="center", spacing=False)]
    d.add(table([[cell(left, 3800, False), cell(right, 5600, False)]], [3800, 5600], borders=False))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title(u["who"])
    url = d.rel(f"{dx.REL}/hyperlink", "https://stc.nghean.gov.vn/ngan-sach-cong-dan", mode=' TargetMode="External"')
    special = {
        "lanh-dao": ("Sở Tài chính", lambda rr: f'<w:fldSimple w:instr=" DOCPROPERTY Company  \\* MERGEFORMAT ">{rr}</w:fldSimple>'),
        "ket-qua.giai-phap": ("ấn phẩm ngân sách công dân",
                              lambda rr: f'<w:hyperlink r:id="{url}" w:history="1">'
                              + rr.replace("<w:r>", '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>', 1) + "</w:hyperlink>"),
        "ket-qua.han-che": ("cổng thông tin của Sở",
                            lambda rr: fld('HYPERLINK "https://stc.nghean.gov.vn"', rr)),
    }

    def para(t, sec):
        if sec in special and special[sec][0] in t:
            sub, fn = special[sec]
            add_para(R, t, sec, p(split_wrap(t, sub, fn), ind=567), snippet=around(t, sub))
        else:
            R.put(t, sec)
    std_body(R, R.heading_styles(), para)
    d.style("Hyperlink", "Hyperlink", typ="character", rpr='<w:color w:val="0563C1"/><w:u w:val="single"/>')
    d.add(p(r("Số liệu chi tiết tại ") + '<w:hyperlink w:anchor="PhuLuc" w:history="1"><w:r><w:rPr><w:rStyle '
            'w:val="Hyperlink"/></w:rPr><w:t>(Phụ lục kèm theo)</w:t></w:r></w:hyperlink>' + r("."), ind=567))
    # the cross-reference line: neither the unit's text nor scored apparatus (probe56's '(Có biểu số
    # liệu kèm theo)' was left unscored the same way); the first run had it as apparatus (1 leak)
    R.closing_sentence(u["who"])
    sig_table(R, u["recip"], u["sig"], R.signer)
    page_break(R)
    d.add(p('<w:bookmarkStart w:id="77" w:name="PhuLuc"/>' + r("PHỤ LỤC", b=True) + '<w:bookmarkEnd w:id="77"/>',
            jc="center"))
    d.add(p(r(CAPTION, b=True), jc="center"))
    kem = R.kem_theo()
    d.add(p(r(f"({kem})", i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app(kem[:40])
    d.add(table(std_rows(R.figures), W4, header_rows=1))
    R.last_sect = {"footer": d.header_part("footer1.xml", [p(
        r("Trang ", sz=22) + '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t>1</w:t></w:r>'
        '</w:fldSimple>' + r("/", sz=22) + '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="22"/></w:rPr>'
        '<w:t>4</w:t></w:r></w:fldSimple>', jc="right", spacing=False)], kind="footer")}
    return R


# ==========================================================================================
# mc:AlternateContent text boxes (wps:txbx in mc:Choice, v:textbox in mc:Fallback, the SAME text).
BOX_N = [0]


def textbox(paras, cx, cy, x_off, behind=False):
    BOX_N[0] += 1
    n = BOX_N[0]
    inner = "".join(paras)
    wpt = cx / 12700.0
    hpt = cy / 12700.0
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" '
        f'behindDoc="{1 if behind else 0}" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x_off}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{x_off / 12700.0:.1f}pt;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;'
        f'z-index:{251658240 + n};visibility:visible;mso-wrap-style:square" filled="f" stroked="f" strokeweight=".5pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def sgddt():
    R, u = make("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx", "PHÓ GIÁM ĐỐC",
                "TEXT BOXES AS WORD 2010+ WRITES THEM: mc:AlternateContent with mc:Choice Requires=\"wps\" "
                "(a DrawingML wps:wsp whose wps:txbx/w:txbxContent holds the paragraphs) and mc:Fallback (a "
                "VML v:shape whose v:textbox/w:txbxContent holds THE SAME paragraphs again). The HEADER "
                "BLOCK is two such text boxes anchored in one empty paragraph (left: 'UBND TỈNH NGHỆ AN' / "
                "'SỞ GIÁO DỤC VÀ ĐÀO TẠO' / '-------' / 'Số: 731/BC-SGDĐT'; right: motto / date); the "
                "SECOND PARAGRAPH OF II.1 (the citizens, letters and rate) is set in a text box of its own "
                "under the first (a boxed highlight). Every boxed text must be read ONCE (the Fallback is "
                "the same content for older readers). Heading1/Heading2 typed I.-IV. / 1.-5. Records SGDDT, "
                "731/BC-SGDĐT, 15/4/2026, Thái Văn Thành, PHÓ GIÁM ĐỐC.")
    d = R.d
    d.root_extra = dx57.WORD2010_NS
    cp = lambda t, b=False, i=False, u_=False: p(r(t, b=b, i=i, u=u_), jc="center", spacing=False)  # noqa: E731
    left = [cp("UBND TỈNH NGHỆ AN"), cp("SỞ GIÁO DỤC VÀ ĐÀO TẠO", b=True), cp("-------"), cp(f"Số: {R.doc_number}")]
    right = [cp("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True), cp("Độc lập - Tự do - Hạnh phúc", b=True, u_=True),
             cp("---------------"), cp(R.place_date, i=True)]
    d.add(p(textbox(left, 2520000, 900000, -360000) + textbox(right, 3420000, 900000, 2340000), spacing=False))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title(u["who"])
    h = R.heading_styles()

    def para(t, sec):
        if sec == "ket-qua.noi-bat" and t == R.texts[sec][1]:
            R.paragraphs.append((t, sec, None))
            d.add(p(textbox([p(r(t, i=True), jc="both", spacing=False)], 5580000, 720000, 0), spacing=False))
        else:
            R.put(t, sec)
    std_body(R, h, para)
    std_end(R, u)
    return R


# ==========================================================================================
def vptu():
    R, u = make("vptu", "VPTU", "VPTU - BC 498 KL114.docx", "PHÓ CHÁNH VĂN PHÒNG",
                "TRACKED MOVES AND HIDDEN TEXT left in the file sent (Track Changes on, not accepted): part "
                "IV's paragraph was MOVED from the end of part III (w:moveFromRangeStart name 'move1' / a "
                "paragraph whose runs are in w:moveFrom and whose mark is w:moveFrom / w:moveFromRangeEnd) to "
                "part IV (w:moveToRangeStart / w:moveTo / w:moveToRangeEnd) — the officer reads it ONCE, in "
                "part IV (moveFrom is the old place: not text). HIDDEN TEXT (w:vanish, not printed): a "
                "whole hidden paragraph after part I ('Ghi chú nội bộ: số liệu văn bản lấy theo sổ theo dõi "
                "của Phòng Tổng hợp, chưa đối chiếu với Ban Tuyên giáo và Dân vận.'), a hidden run inside part "
                "I's paragraph (' [đ/c Hà kiểm tra lại số hội nghị]'), and in the appendix the OLD FIGURE "
                "HIDDEN in the cell before the new one (van-ban: a vanish run '21' then the visible value). "
                "Records VPTU, 498-BC/VPTU, 13/4/2026, Lê Văn Toàn, PHÓ CHÁNH VĂN PHÒNG; indicator 9 'x'.")
    d = R.d
    std_front(R, u)
    h = R.heading_styles()
    kn = R.texts["kien-nghi"][0]
    mv = lambda tag, i: f'<w:{tag} w:id="{i}" {CH}/>'  # noqa: E731

    def para(t, sec):
        if sec == "lanh-dao":
            k = t.index(";") if ";" in t else len(t) // 2
            d.add(p(r(t[:k]) + r(" [đ/c Hà kiểm tra lại số hội nghị]", extra="<w:vanish/>") + r(t[k:]), ind=567))
            R.paragraphs.append((t, sec, None))
            d.add('<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:vanish/></w:rPr></w:pPr>'
                  + r("Ghi chú nội bộ: số liệu văn bản lấy theo sổ theo dõi của Phòng Tổng hợp, chưa đối chiếu với "
                      "Ban Tuyên giáo và Dân vận.", i=True, extra="<w:vanish/>") + "</w:p>")
            R.app("Ghi chú nội bộ")
            R.app("kiểm tra lại số hội nghị")
        elif sec == "tac-dong":
            R.put(t, sec)
            d.add(f'<w:moveFromRangeStart w:id="901" {CH} w:name="move1"/>'
                  f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr>{mv("moveFrom", 902)}</w:rPr></w:pPr>'
                  f'<w:moveFrom w:id="903" {CH}>{r(kn)}</w:moveFrom></w:p><w:moveFromRangeEnd w:id="901"/>')
        elif sec == "kien-nghi":
            R.paragraphs.append((t, sec, None))
            d.add(f'<w:moveToRangeStart w:id="904" {CH} w:name="move1"/>'
                  f'<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr>{mv("moveTo", 905)}</w:rPr></w:pPr>'
                  f'<w:moveTo w:id="906" {CH}>{r(t)}</w:moveTo></w:p><w:moveToRangeEnd w:id="904"/>')
        else:
            R.put(t, sec)
    std_body(R, h, para)
    R.closing_sentence(u["who"])
    sig_table(R, u["recip"], u["sig"], R.signer)
    rows = std_rows(R.figures)
    rows[1][3] = cell(p(r("21", extra="<w:vanish/>") + r(rows[1][3]), spacing=False), w=1600)
    page_break(R)
    d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    d.add(p(r(CAPTION, b=True), jc="center"))
    kem = R.kem_theo()
    d.add(p(r(f"({kem})", i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app(kem[:40])
    d.add(table(rows, W4, header_rows=1))
    return R


# ==========================================================================================
def ttt():
    R, u = make("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx", "PHÓ CHÁNH THANH TRA",
                "WORD'S SPECIAL CHARACTERS IN THE RUNS: the number 'Số: 117/BC‑TTr' with a w:noBreakHyphen "
                "for its hyphen (and the closing's '114‑KL/TW'); the sub-part titles '1.<w:tab/>Những kết quả "
                "nổi bật' (a TAB after the number); II.1's first paragraph broken by a TEXT-WRAPPING BREAK "
                "(w:br, Shift+Enter) after its first clause, its second by a w:cr; part II.2's paragraph "
                "opening with a w:sym dash (Symbol F02D) and a w:tab, as a typed list item; a w:softHyphen "
                "inside a word of II.3 ('ngư<softHyphen/>ời') and of II.4; a w:sym (Wingdings F0E0 arrow) "
                "leading part IV's paragraph; the footer 'Thanh tra tỉnh Nghệ An' <w:ptab right> 'Trang' "
                "PAGE. Records TTT, 117/BC-TTr, 15/4/2026, Phạm Hồng Quang, PHÓ CHÁNH THANH TRA.")
    d = R.d
    NBH = "<w:r><w:noBreakHyphen/></w:r>"
    left = [p(r("UBND TỈNH NGHỆ AN"), jc="center", spacing=False), p(r("THANH TRA TỈNH", b=True), jc="center", spacing=False),
            p(r("-------"), jc="center", spacing=False),
            p(r("Số: 117/BC") + NBH + r("TTr"), jc="center", spacing=False)]
    right = [p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True), jc="center", spacing=False),
             p(r("Độc lập - Tự do - Hạnh phúc", b=True, u=True), jc="center", spacing=False),
             p(r("---------------"), jc="center", spacing=False), p(r(R.place_date, i=True), jc="center", spacing=False)]
    d.add(table([[cell(left, 3800, False), cell(right, 5600, False)]], [3800, 5600], borders=False))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title(u["who"])

    def h(title, level):
        if level == 1:
            d.add(p(r(title, b=True), ind=567))
        else:
            no, _, rest = title.partition(" ")
            d.add(p(r(no, b=True, i=True) + "<w:r><w:tab/></w:r>" + r(rest, b=True, i=True), ind=567))
    nb = R.texts["ket-qua.noi-bat"]

    def brk(t, tag):
        k = t.index(";") + 1
        return r(t[:k]) + f"<w:r>{tag}</w:r>" + r(t[k:].lstrip()), around(t, t[k - 6:k] if False else t[:k].split()[-1], 2, 3)

    def soft(t, word, at):
        i = t.index(word)
        return r(t[:i + at]) + "<w:r><w:softHyphen/></w:r>" + r(t[i + at:]), around(t, word)

    def para(t, sec):
        if sec == "ket-qua.noi-bat":
            xml, sn = brk(t, "<w:br/>" if t == nb[0] else "<w:cr/>")
            k = t.index(";") + 1
            sn = " ".join(t[:k].split()[-2:] + t[k:].split()[:3])
            add_para(R, t, sec, p(xml, ind=567), snippet=sn)
        elif sec == "ket-qua.han-che":
            add_para(R, t, sec, p('<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r><w:r><w:tab/></w:r>' + r(t), ind=567))
        elif sec == "ket-qua.nguyen-nhan":
            xml, sn = soft(t, "người dân", 3)
            add_para(R, t, sec, p(xml, ind=567), snippet=sn)
        elif sec == "ket-qua.bai-hoc":
            xml, sn = soft(t, "thấu tình", 2)
            add_para(R, t, sec, p(xml, ind=567), snippet=sn)
        elif sec == "kien-nghi":
            add_para(R, t, sec, p('<w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>' + r(" " + t), ind=567))
        else:
            R.put(t, sec)
    std_body(R, h, para)
    t = "Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114"
    d.add(p(r(t) + NBH + r("KL/TW của Thanh tra tỉnh./."), ind=567))
    R.app("Kết luận số 114-KL/TW của Thanh tra tỉnh./.")
    sig_table(R, u["recip"], u["sig"], R.signer)
    R.appendix()
    R.last_sect = {"footer": d.header_part("footer1.xml", [p(
        r("Thanh tra tỉnh Nghệ An", i=True, sz=20)
        + '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'
        + r("Trang ", sz=20) + field("PAGE", "1", sz=20), spacing=False)], kind="footer")}
    R.app("Thanh tra tỉnh Nghệ An")
    return R


# ==========================================================================================
def duqs():
    R, u = make("duqs", "DUQS", "DUQS - BC 318 KL114.docx", "BÍ THƯ",
                "TABLE SHAPES: the HEADER BLOCK is an outer borderless 1×2 table whose LEFT CELL HOLDS A "
                "NESTED TABLE (the Party committee's lines and 'Số 318-BC/ĐU', as the Military Party "
                "Committee's template nests them); the SIGNATURE is a nested table too. The APPENDIX table: "
                "grid of 5 columns 'Nhóm | STT | Nội dung | ĐVT | Số liệu', TWO HEADER ROWS marked "
                "w:tblHeader (repeat on every page): row 1 the titles, row 2 the column numbers '(1)' … '(5)' "
                "(a ROW WITH w:gridAfter 0, all cells); the 'Nhóm' column VERTICALLY MERGED ('Lãnh đạo, chỉ đạo' "
                "over rows 1-3, 'Tiếp dân, đơn thư' over rows 4-7, 'Kết quả' over row 8: w:vMerge "
                "w:val=\"restart\" then <w:vMerge/> WITH NO w:val for the continuation cells); the rate row "
                "with w:gridBefore 1 (no Nhóm cell); a note row under the table with w:gridBefore 1 and "
                "w:gridAfter 1 ('Ghi chú: số liệu tính đến 31/3/2026.'). Records DUQS, 318-BC/ĐU, 10/4/2026, "
                "Lê Minh Tuấn, BÍ THƯ; indicator 9 'x'.")
    d = R.d
    inner = table([[cell([p(r(t, b=b), jc="center", spacing=False) for t, b in
                          [(u["sup"], False), (u["body"], True), ("*", False), (f"Số {R.doc_number}", False)]], 4000, False)]],
                  [4000], borders=False)
    right = [p(r("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, u=True), jc="center", spacing=False), p("", spacing=False),
             p(r(R.place_date, i=True), jc="center", spacing=False)]
    d.add(table([[cell([inner, p("", spacing=False)], 4200, False), cell(right, 5200, False)]], [4200, 5200], borders=False))
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title(u["who"])
    std_body(R, R.heading_styles())
    R.closing_sentence(u["who"])
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + [p(r(s, sz=22), spacing=False) for s in u["recip"]]
    sig = [p(r(s, b=True), jc="center", spacing=False) for s in u["sig"]] + [p("", spacing=False)] * 3 + \
        [p(r(R.signer, b=True), jc="center", spacing=False)]
    nested = table([[cell(left, 4400, False), cell(sig, 4800, False)]], [4400, 4800], borders=False)
    d.add(table([[cell([nested, p("", spacing=False)], 9400, False)]], [9400], borders=False))
    R.app("Nơi nhận")
    R.app(R.signer)
    page_break(R)
    d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    d.add(p(r(CAPTION, b=True), jc="center"))
    kem = R.kem_theo()
    d.add(p(r(f"({kem})", i=True), jc="center"))
    R.app(CAPTION[:34])
    R.app(kem[:40])
    W = [1500, 600, 4300, 1200, 1400]
    B = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" '
         'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right '
         'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
         'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>')

    def c(t, w, b=False, vm=None, span=None, jc=None):
        tcp = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span else "")
        if vm == "restart":
            tcp += '<w:vMerge w:val="restart"/>'
        elif vm == "cont":
            tcp += "<w:vMerge/>"
        tcp += '<w:vAlign w:val="center"/>'
        return f"<w:tc><w:tcPr>{tcp}</w:tcPr>{p(r(t, b=b) if t else '', jc=jc, spacing=False)}</w:tc>"
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(W)}" w:type="dxa"/>{B}<w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in W) + "</w:tblGrid>"]
    out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
        c(t, w, b=True, jc="center") for t, w in zip(["Nhóm", "STT", "Nội dung", "ĐVT", "Số liệu"], W)) + "</w:tr>")
    out.append('<w:tr><w:trPr><w:gridAfter w:val="0"/><w:tblHeader/></w:trPr>' + "".join(
        c(f"({k})", w, jc="center") for k, w in enumerate(W, 1)) + "</w:tr>")
    groups = {0: "Lãnh đạo, chỉ đạo", 3: "Tiếp dân, đơn thư", 7: "Kết quả"}
    for k, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS)):
        v = R.figures[ind]
        val = "x" if v is None else vn(v)
        cells = [c(str(k + 1), W[1], jc="center"), c(lab, W[2]), c(dvt, W[3], jc="center"), c(val, W[4], jc="center")]
        if ind == "truc-tuyen":
            out.append('<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="1500" w:type="dxa"/></w:trPr>'
                       + "".join(cells) + "</w:tr>")
        else:
            g = c(groups[k], W[0], b=True, vm="restart") if k in groups else c("", W[0], vm="cont")
            out.append("<w:tr>" + g + "".join(cells) + "</w:tr>")
    out.append('<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="1500" w:type="dxa"/><w:gridAfter w:val="1"/>'
               '<w:wAfter w:w="1400" w:type="dxa"/></w:trPr>'
               + c("Ghi chú: số liệu tính đến 31/3/2026.", 6100, span=3) + "</w:tr>")
    out.append("</w:tbl>")
    d.add("".join(out))
    for a in ("Ghi chú: số liệu tính đến 31/3/2026", "Lãnh đạo, chỉ đạo", "Tiếp dân, đơn thư"):
        R.app(a)
    return R


REPORTS = [x001, x002, x003, x004, x005, x007, snv, syt, stc, sgddt, vptu, ttt, duqs, duca, td, mttq]
