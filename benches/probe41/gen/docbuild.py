"""probe41's Word builder: probe40's (benches/probe40/gen/docbuild.py, loaded, not copied)
and the extensions below."""
import importlib.util as _util
import pathlib as _pathlib

_spec = _util.spec_from_file_location(
    "docbuild40", _pathlib.Path(__file__).resolve().parents[2] / "probe40" / "gen" / "docbuild.py")
_base = _util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})


# ======================================================================================
# probe41 extensions: Word automatic numbering on plain paragraphs, footnotes, tracked
# changes, comments, page header/footer, TCVN3 (.VnTime) text, Word "Plain Text" export,
# Excel appendix.
# ======================================================================================

from docx.opc.part import Part
from docx.opc.packuri import PackURI

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VI_LETTERS = "abcdđeghiklmnopqrstuvxy"


def roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def fmt_num(fmt, n):
    return {"upperRoman": roman(n), "lowerRoman": roman(n).lower(), "decimal": str(n),
            "lowerLetter": VI_LETTERS[n - 1], "upperLetter": VI_LETTERS[n - 1].upper()}[fmt]


def multilevel(doc, levels):
    """levels: [(numFmt, lvlText)], e.g. [("upperRoman", "%1."), ("decimal", "%2."),
    ("lowerLetter", "%3)")]. Returns the numId of a new multilevel list."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        for i, (fmt, txt) in enumerate(levels))
    absn = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                     f'<w:multiLevelType w:val="multilevel"/>{body}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}">'
                               f'<w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>{notes}</w:footnotes>')


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Report41(Report):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.lists = {}        # numId -> (levels, counters)
        self.labels = {}       # id(w:p element) -> typed label for the plain-text export
        self.footnotes = []    # (id, text)
        self.tcvn = False
        self.xlsx = None       # (filename, builder function)

    # ---- automatic numbering on any paragraph ------------------------------------------
    def numlist(self, levels):
        nid = multilevel(self.doc, levels)
        self.lists[nid] = (levels, [0] * len(levels))
        return nid

    def hn(self, text, nid, ilvl=0, bold=True, italic=False, style=None, caps=None):
        """A heading stand-in (or Heading N when style given) numbered by Word: the number
        is in numbering.xml, not in the text."""
        p = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        if not style:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(text)
        if not style:
            r.bold, r.italic = bold, italic
        if nid not in getattr(self, "linked", set()):
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                                 f'<w:numId w:val="{nid}"/></w:numPr>'))
        levels, ctr = self.lists[nid]
        ctr[ilvl] += 1
        for j in range(ilvl + 1, len(ctr)):
            ctr[j] = 0
        lab = levels[ilvl][1]
        for j in range(ilvl + 1):
            lab = lab.replace(f"%{j + 1}", fmt_num(levels[j][0], ctr[j]))
        self.labels[p._p] = lab
        return p

    def link_styles(self, nid, styles):
        """Word's usual way: the multilevel list is linked to the Heading styles (numPr in
        styles.xml, pStyle in each level), so the paragraphs carry no numPr at all."""
        self.linked = getattr(self, "linked", set()) | {nid}
        numbering = self.doc.part.numbering_part.element
        num = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(nid)][0]
        aid = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        absn = [a for a in numbering.findall(qn("w:abstractNum"))
                if a.get(qn("w:abstractNumId")) == aid][0]
        for i, name in enumerate(styles):
            st = self.doc.styles[name]
            lvl = absn.findall(qn("w:lvl"))[i]
            lvl.find(qn("w:start")).addnext(parse_xml(
                f'<w:pStyle {nsdecls("w")} w:val="{st.style_id}"/>'))
            ppr = st.element.get_or_add_pPr()
            ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}>'
                                    + (f'<w:ilvl w:val="{i}"/>' if i else "")
                                    + f'<w:numId w:val="{nid}"/></w:numPr>'))

    # ---- footnotes, tracked changes, comments ----------------------------------------------
    def footnote(self, par, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def p_tracked(self, parts, sec, kind="p", author="Phòng Tổng hợp"):
        """parts: [("t"|"ins"|"del", text)]: a paragraph with tracked changes. The officer
        reads it as accepted; deleted text is apparatus (must not show)."""
        par = self.doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.paragraph_format.first_line_indent = Mm(10)
        if kind == "dash":
            par.add_run("- ")
        rid = 100 + len(self.apparatus)
        for i, (k, t) in enumerate(parts):
            if k == "t":
                par.add_run(t)
            elif k == "ins":
                par._p.append(parse_xml(
                    f'<w:ins {nsdecls("w")} w:id="{rid + i}" w:author="{author}" '
                    f'w:date="2026-04-10T08:00:00Z"><w:r><w:t xml:space="preserve">{_esc(t)}'
                    f'</w:t></w:r></w:ins>'))
            else:
                par._p.append(parse_xml(
                    f'<w:del {nsdecls("w")} w:id="{rid + i}" w:author="{author}" '
                    f'w:date="2026-04-10T08:00:00Z"><w:r><w:delText xml:space="preserve">'
                    f'{_esc(t)}</w:delText></w:r></w:del>'))
                self.leak(t.strip(" ,;."))
        text = "".join(t for k, t in parts if k != "del")
        self.paragraphs.append((text, sec))
        return par

    def comment(self, par, text, author="Nguyễn Văn Hải", initials="NVH"):
        self.doc.add_comment(par.runs[-1] if par.runs else par.add_run(""), text=text,
                             author=author, initials=initials)
        self.leak(text)

    def page_header(self, text=None, footer=None, page_field=True):
        sec = self.doc.sections[0]
        if text:
            sec.header.paragraphs[0].text = text
            sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.leak(text)
        if footer or page_field:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if footer:
                fp.add_run(footer + "   ")
                self.leak(footer)
            if page_field:
                fp._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
                fp._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
                fp._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
                fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
                fp._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

    # ---- saving ---------------------------------------------------------------------------
    def _write_footnotes(self):
        if not self.footnotes:
            return
        notes = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in self.footnotes)
        xml = FOOTNOTES_XML.replace("{notes}", notes).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml,
                    self.doc.part.package)
        self.doc.part.relate_to(
            part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")

    def _apply_tcvn(self):
        body = self.doc.element.body
        for r in body.iter(qn("w:r")):
            ts = r.findall(qn("w:t"))
            if not ts:
                continue
            full = "".join(t.text or "" for t in ts)
            letters = [c for c in full if c.isalpha()]
            caps = bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1
            for t in ts:
                t.text = to_tcvn3(t.text or "", caps)
            rPr = r.get_or_add_rPr()
            font = ".VnTimeH" if caps else ".VnTime"
            rPr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{font}" '
                                    f'w:hAnsi="{font}" w:cs="{font}"/>'))

    def save(self, path):
        self._write_footnotes()
        if self.tcvn:
            self._apply_tcvn()
        self.doc.save(path)


# ---- TCVN3 (ABC, TCVN 5712:1993) -------------------------------------------------------
_T3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}


def to_tcvn3(text, caps=False):
    """Unicode -> the Latin-1 characters a .VnTime (or, for lines in capitals, .VnTimeH,
    which draws small-letter codes as capitals) font shows. Capital toned vowels have no
    code in .VnTime: refuse them (the text must avoid them, as typists did)."""
    import unicodedata
    out = []
    for ch in unicodedata.normalize("NFC", text):
        c = ch.lower() if caps else ch
        if ord(c) < 0x80:
            out.append(c.upper() if caps and c.isalpha() else c)
        elif caps and c in "đ":
            out.append(chr(_T3["đ"]))
        elif c in _T3:
            out.append(chr(_T3[c]))
        else:
            raise SystemExit(f"no TCVN3 code for {ch!r} in {text!r}")
    return "".join(out)


# ---- Word "Save As > Plain Text" --------------------------------------------------------
def word_text(R):
    """What Word writes with Save As > Plain Text (UTF-8): a line per paragraph, no blank
    lines, an automatic number written out with a tab after it, a table row a line with
    its cells apart by tabs (a cell merged across written once, a cell merged downwards
    empty below its first row), footnotes at the end."""
    from docx.text.paragraph import Paragraph
    doc = R.doc
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            txt = Paragraph(el, doc).text
            lab = R.labels.get(el)
            out.append((lab + "\t" + txt) if lab else txt)
        elif el.tag == qn("w:tbl"):
            for tr in el.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
                    if vm is not None and vm.get(qn("w:val")) != "restart":
                        cells.append("")
                        continue
                    texts = ["".join(t.text or "" for t in p.iter(qn("w:t")))
                             for p in tc.iter(qn("w:p"))]
                    # Word writes a cell's paragraphs on lines of their own
                    cells.append("\n".join(texts))
                out.append("\t".join(cells))
    for i, t in R.footnotes:
        out.append(f"[{i}] {t}")
    return "\n".join(out) + "\n"
