"""probe46's Word writer: a .docx written part by part as raw WordprocessingML (no template),
so that every shape this probe tests is exactly the XML Word itself writes for it: page
headers and footers with PAGE / NUMPAGES fields, comments, tracked changes (paragraphs
inserted, deleted, joined by a deleted paragraph mark, formatting changes with the old
properties kept in w:pPrChange / w:rPrChange), numbering.xml lists (bullets, 'PHẦN %1.',
upperLetter, '%1)'), localised style ids ('u1' named 'heading 1', as Vietnamese Word saves
them) and custom styles based on them, hyperlinks, smart tags, simple and complex fields,
an inline picture, a chart part, an embedded Excel worksheet (OLE, Excel.Sheet.12), nested
tables and landscape sections. Every file is the same bytes on every run (fixed zip times
and core properties)."""

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATE = "2026-04-10T08:00:00Z"
AUTHOR = "Văn phòng"


def x(s):
    return escape(s)


def rpr(b=False, i=False, u=False, sz=None, caps=False, font=None, extra=""):
    p = ""
    if font:
        p += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        p += "<w:b/><w:bCs/>"
    if i:
        p += "<w:i/><w:iCs/>"
    if caps:
        p += "<w:caps/>"
    if sz:
        p += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if u:
        p += '<w:u w:val="single"/>'
    p += extra
    return f"<w:rPr>{p}</w:rPr>" if p else ""


def r(text, **kw):
    """One run; '\n' in text is a line break (Shift+Enter)."""
    parts = text.split("\n")
    inner = '<w:br/>'.join(f'<w:t xml:space="preserve">{x(t)}</w:t>' for t in parts)
    return f"<w:r>{rpr(**kw)}{inner}</w:r>"


def ppr(jc=None, style=None, num=None, ind=None, spacing=True, extra="", mark=""):
    p = ""
    if style:
        p += f'<w:pStyle w:val="{style}"/>'
    if num:
        nid, lvl = num
        p += f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{nid}"/></w:numPr>'
    if spacing:
        p += '<w:spacing w:before="60" w:after="60"/>'
    if ind is not None:
        p += f'<w:ind w:firstLine="{ind}"/>'
    if jc:
        p += f'<w:jc w:val="{jc}"/>'
    p += extra
    if mark:
        p += f"<w:rPr>{mark}</w:rPr>"
    return f"<w:pPr>{p}</w:pPr>" if p else ""


def p(runs, **kw):
    if not runs.startswith("<"):
        runs = r(runs)      # plain text; XML (runs, fields, wrappers) is taken as is
    return f"<w:p>{ppr(**kw)}{runs}</w:p>"


def cell(paras, w=4500, borders=True, vmerge=None, span=None, valign=None):
    tc = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span:
        tc += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        tc += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    if not borders:
        tc += ('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
               '<w:right w:val="nil"/></w:tcBorders>')
    if valign:
        tc += f'<w:vAlign w:val="{valign}"/>'
    if isinstance(paras, str):
        paras = [paras]
    body = "".join(paras) or "<w:p/>"
    return f"<w:tc><w:tcPr>{tc}</w:tcPr>{body}</w:tc>"


def table(rows, widths, borders=True, header_rows=0, layout=False):
    """rows: list of rows, each a list of cell XML (from cell()) or plain strings."""
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
         if borders else
         '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
         '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    for n, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if n < header_rows else ""
        cells = []
        col = 0
        for c in row:
            if not c.startswith("<w:tc>"):     # plain text: a cell of one paragraph
                c = cell(p(c, jc="center" if n < header_rows else None, spacing=False),
                         w=widths[col], borders=borders)
            cells.append(c)
            col += 1
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def sect(landscape=False, header=None, footer=None, first=False, last=False, cols=None):
    refs = ""
    if header:
        refs += f'<w:headerReference w:type="default" r:id="{header}"/>'
    if footer:
        refs += f'<w:footerReference w:type="default" r:id="{footer}"/>'
    size = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if landscape else
            '<w:pgSz w:w="11906" w:h="16838"/>')
    s = (f"<w:sectPr>{refs}{size}"
         '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" '
         'w:footer="567" w:gutter="0"/>'
         + (f'<w:cols w:num="{cols}" w:space="454"/>' if cols else "")
         + ("<w:titlePg/>" if first else "") + "</w:sectPr>")
    return s if last else f"<w:p><w:pPr>{s}</w:pPr></w:p>"


def field(instr, result, **kw):
    """A complex field: begin, instruction, separate, result, end."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {x(instr)} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(result, **kw)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def png(w=120, h=60, shade=200):
    """A small grey PNG (the picture's or the embedded object's preview)."""
    raw = b"".join(b"\x00" + bytes([shade, shade, shade]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


BASE_STYLES = [
    # (styleId, name, type, basedOn, pPr, rPr, extra)
    ("Normal", "Normal", "paragraph", None, '<w:spacing w:after="0" w:line="276" w:lineRule="auto"/>'
     '<w:jc w:val="both"/>', "", '<w:qFormat/>'),
    ("TableGrid", "Table Grid", "table", None, "", "", ""),
    ("ListParagraph", "List Paragraph", "paragraph", "Normal", '<w:ind w:left="720"/>', "",
     "<w:qFormat/>"),
]


class Docx:
    def __init__(self):
        self.body = []
        self.styles = list(BASE_STYLES)
        self.abstract = []     # (abstractId, levels xml)
        self.nums = []         # (numId, abstractId, overrides xml)
        self.parts = {}        # name -> bytes
        self.rels = []         # (rId, type, target, extra)
        self.ctypes = {}       # partname -> content type
        self.defaults = {}     # extension -> content type
        self.comments = []
        self._rid = 10

    def add(self, xml):
        self.body.append(xml)

    def style(self, sid, name, typ="paragraph", based=None, ppr="", rpr="", extra=""):
        self.styles.append((sid, name, typ, based, ppr, rpr, extra))

    def rel(self, typ, target, mode=""):
        self._rid += 1
        rid = f"rId{self._rid}"
        self.rels.append((rid, typ, target, mode))
        return rid

    def numbering(self, levels, start_override=None, abstract=None):
        """levels: [(numFmt, lvlText, indent, bold)...]; returns numId. abstract: reuse
        an abstractNum (a second instance, e.g. with a startOverride)."""
        if abstract is None:
            aid = len(self.abstract)
            lv = []
            for i, (fmt, text, bold) in enumerate(levels):
                font = ('<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
                        if text == "\uf0b7" else ("<w:rPr><w:b/></w:rPr>" if bold else ""))
                lv.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                          f'<w:lvlText w:val="{x(text)}"/><w:lvlJc w:val="left"/>'
                          f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr>'
                          f"{font}</w:lvl>")
            self.abstract.append((aid, "".join(lv)))
        else:
            aid = abstract
        nid = len(self.nums) + 1
        ov = ""
        if start_override:
            for lvl, val in start_override.items():
                ov += (f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{val}"/>'
                       "</w:lvlOverride>")
        self.nums.append((nid, aid, ov))
        return nid

    def abstract_of(self, nid):
        return [a for n, a, _ in self.nums if n == nid][0]

    def comment(self, cid, text):
        self.comments.append((cid, text))

    def header_part(self, name, paras_xml, kind="header"):
        tag = "w:hdr" if kind == "header" else "w:ftr"
        self.parts[f"word/{name}"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                      f"<{tag} {W_NS}>{''.join(paras_xml)}</{tag}>").encode()
        self.ctypes[f"/word/{name}"] = ("application/vnd.openxmlformats-officedocument."
                                        f"wordprocessingml.{kind}+xml")
        return self.rel(f"{REL}/{kind}", name)

    def image(self, name, data):
        self.parts[f"word/media/{name}"] = data
        self.defaults[name.rsplit(".", 1)[1]] = "image/png"
        return self.rel(f"{REL}/image", f"media/{name}")

    def _styles_xml(self):
        out = []
        for sid, name, typ, based, pp, rp, extra in self.styles:
            b = f'<w:basedOn w:val="{based}"/>' if based else ""
            out.append(f'<w:style w:type="{typ}" w:styleId="{sid}"'
                       + (' w:default="1"' if sid in ("Normal",) else "")
                       + f'><w:name w:val="{x(name)}"/>{b}{extra}'
                       + (f"<w:pPr>{pp}</w:pPr>" if pp else "")
                       + (f"<w:rPr>{rp}</w:rPr>" if rp else "") + "</w:style>")
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr>'
                '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"'
                ' w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/>'
                '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
                + "".join(out) + "</w:styles>")

    def save(self, path):
        parts = dict(self.parts)
        parts["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                      f"<w:document {W_NS}><w:body>{''.join(self.body)}"
                                      "</w:body></w:document>").encode()
        parts["word/styles.xml"] = self._styles_xml().encode()
        rels = [("rId1", f"{REL}/styles", "styles.xml", "")]
        ct = {"/word/document.xml": "application/vnd.openxmlformats-officedocument."
              "wordprocessingml.document.main+xml",
              "/word/styles.xml": "application/vnd.openxmlformats-officedocument."
              "wordprocessingml.styles+xml",
              "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml"}
        if self.abstract:
            ab = "".join(f'<w:abstractNum w:abstractNumId="{a}"><w:multiLevelType '
                         f'w:val="hybridMultilevel"/>{lv}</w:abstractNum>' for a, lv in self.abstract)
            nu = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{ov}</w:num>'
                         for n, a, ov in self.nums)
            parts["word/numbering.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                           f"<w:numbering {W_NS}>{ab}{nu}</w:numbering>").encode()
            rels.append(("rId2", f"{REL}/numbering", "numbering.xml", ""))
            ct["/word/numbering.xml"] = ("application/vnd.openxmlformats-officedocument."
                                         "wordprocessingml.numbering+xml")
        if self.comments:
            cs = "".join(f'<w:comment w:id="{i}" w:author="{AUTHOR}" w:date="{DATE}" w:initials="VP">'
                         f'<w:p><w:r><w:annotationRef/></w:r>{r(t)}</w:p></w:comment>'
                         for i, t in self.comments)
            parts["word/comments.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                          f"<w:comments {W_NS}>{cs}</w:comments>").encode()
            rels.append(("rId3", f"{REL}/comments", "comments.xml", ""))
            ct["/word/comments.xml"] = ("application/vnd.openxmlformats-officedocument."
                                        "wordprocessingml.comments+xml")
        rels += self.rels
        ct.update(self.ctypes)
        parts["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"{m}/>' for i, t, g, m in rels)
            + "</Relationships>").encode()
        parts["_rels/.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>").encode()
        parts["docProps/core.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Văn phòng</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-08T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-10T08:00:00Z</dcterms:modified>'
            "</cp:coreProperties>").encode()
        defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                    "xml": "application/xml"}
        defaults.update(self.defaults)
        parts["[Content_Types].xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in sorted(defaults.items()))
            + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in sorted(ct.items()))
            + "</Types>").encode()
        order = ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in parts
                                                                 if k not in ("[Content_Types].xml", "_rels/.rels"))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in order:
                zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, parts[name])


def fixed_xlsx(rows, title_rows=()):
    """An .xlsx (openpyxl) with fixed properties and zip times: the embedded worksheet."""
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for t in title_rows:
        ws.append([t])
    for row in rows:
        ws.append(row)
    when = datetime.datetime(2026, 4, 10, 8, 0, 0)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "Văn phòng"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            data = src.read(n)
            if n == "docProps/core.xml":     # openpyxl stamps 'modified' with the time of saving
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-04-10T08:00:00Z", data)
            zi = zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()
