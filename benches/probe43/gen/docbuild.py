"""probe43's builders: probe42's (benches/probe42/gen/docbuild.py, loaded, not copied; it
loads probe41's, which loads probe40's) and the extensions below: text boxes as Word 2010+
writes them (mc:AlternateContent, a DrawingML shape and its VML fallback), content controls
(w:sdt at block, run and placeholder level), tracked moves and a changed figure, Title and
Subtitle styles, three-column layout tables, a landscape section, a repeated header row,
a Markdown or text file a unit wrote (blank lines after every line, an e-mail body wrapped
at 76 columns), and an .odt saved by LibreOffice made reproducible."""
import importlib.util as _util
import pathlib as _pathlib
import re as _re
import textwrap as _textwrap
import zipfile as _zipfile

_spec = _util.spec_from_file_location(
    "docbuild42", _pathlib.Path(__file__).resolve().parents[2] / "probe42" / "gen" / "docbuild.py")
_base = _util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402

NS_ALL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _runs_xml(lines, center=True, size=28):
    """Paragraphs of a text box: lines are (text, bold, italic[, underline])."""
    out = []
    for ln in lines:
        text, bold, italic = ln[0], ln[1], ln[2]
        under = len(ln) > 3 and ln[3]
        rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (
            '<w:u w:val="single"/>' if under else "") + f'<w:sz w:val="{size}"/>'
        jc = '<w:jc w:val="center"/>' if center else '<w:jc w:val="both"/>'
        out.append(f'<w:p><w:pPr><w:spacing w:after="0"/>{jc}</w:pPr>'
                   f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
    return "".join(out)


class Report43(Report42):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._shape_id = 0
        self._sdt_id = 500000
        self._rev = 900

    # ---- text boxes as Word 2010+ saves them -------------------------------------------
    def _textbox_run(self, inner_xml, x_mm, y_mm, w_mm, h_mm, border=False):
        """A w:r holding mc:AlternateContent: the wps text box (Choice) and its VML copy
        (Fallback), as Word writes every text box since 2010."""
        self._shape_id += 1
        sid = self._shape_id
        emu = lambda mm: int(mm * 36000)
        ln = ('<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
              if border else '<a:ln><a:noFill/></a:ln>')
        stroke = 'strokeweight=".5pt"' if border else 'stroked="f"'
        xml = (
            f'<w:r {NS_ALL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{emu(x_mm)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{emu(y_mm)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu(w_mm)}" cy="{emu(h_mm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapTopAndBottom/><wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{emu(w_mm)}" cy="{emu(h_mm)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:schemeClr val="lt1"/></a:solidFill>{ln}</wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner_xml}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
            f'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{x_mm}mm;margin-top:{y_mm}mm;width:{w_mm}mm;'
            f'height:{h_mm}mm;z-index:{sid}" fillcolor="white [3201]" {stroke}>'
            f'<v:textbox><w:txbxContent>{inner_xml}</w:txbxContent></v:textbox>'
            f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r>')
        return parse_xml(xml)

    def textbox_header(self, left, right, leak=()):
        """The header block in two borderless text boxes side by side (an old template's
        way), anchored in an empty paragraph at the top of the page."""
        p = self.doc.add_paragraph()
        p._p.append(self._textbox_run(_runs_xml(left), -5, 0, 80, 32))
        p._p.append(self._textbox_run(_runs_xml(right), 78, 0, 95, 32))
        self.leak(*leak)
        return p

    def textbox_in(self, par, text, sec, border=True):
        """A bordered text box holding one paragraph of the unit's own text, anchored in
        `par` (an example set apart in a box)."""
        inner = _runs_xml([(text, False, True)], center=False)
        par._p.append(self._textbox_run(inner, 10, 2, 150, 28, border=border))
        self.paragraphs.append((text, sec))

    # ---- content controls (w:sdt) -------------------------------------------------------
    def _next_sdt(self):
        self._sdt_id += 7
        return self._sdt_id

    def mark(self):
        """Where a block-level content control will start (the body's child count)."""
        return len(self.doc.element.body) - 1   # the final sectPr stays outside

    def wrap_blocks(self, start, alias, tag):
        """Moves the body's blocks from `start` to the end into one rich-text content
        control (a template's 'Nội dung báo cáo' placeholder the unit typed into)."""
        body = self.doc.element.body
        kids = [k for k in list(body)[start:] if k.tag != qn("w:sectPr")]
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/>'
                        f'<w:tag w:val="{tag}"/><w:id w:val="{self._next_sdt()}"/></w:sdtPr>'
                        f'<w:sdtContent/></w:sdt>')
        kids[0].addprevious(sdt)
        content = sdt.find(qn("w:sdtContent"))
        for k in kids:
            content.append(k)
        return sdt

    def sdt_run_xml(self, text, alias, placeholder=False, date=None, bold=False, italic=False):
        rpr = ('<w:rStyle w:val="PlaceholderText"/>' if placeholder else "") + (
            "<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        kind = (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="\'ngày\' dd '
                f'\'tháng\' M \'năm\' yyyy"/><w:lid w:val="vi-VN"/><w:storeMappedDataAs '
                f'w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>' if date else "<w:text/>")
        return parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:rPr>{rpr}</w:rPr><w:alias w:val="{alias}"/>'
            f'<w:tag w:val="{alias}"/><w:id w:val="{self._next_sdt()}"/>'
            + ("<w:showingPlcHdr/>" if placeholder else "") + kind +
            f'</w:sdtPr><w:sdtContent><w:r><w:rPr>{rpr}</w:rPr>'
            f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:sdtContent></w:sdt>')

    def sdt_replace(self, par, whole, inner, alias, **kw):
        """Rewrites paragraph `par` (text `whole`) so that `inner` (a part of it) is a
        run-level content control, the rest plain runs with the first run's format."""
        r0 = par.runs[0]
        bold, italic = r0.bold, r0.italic
        for r in list(par.runs):
            r._r.getparent().remove(r._r)
        before, after = whole.split(inner, 1)
        if before:
            rr = par.add_run(before)
            rr.bold, rr.italic = bold, italic
        par._p.append(self.sdt_run_xml(inner, alias, bold=bool(bold), italic=bool(italic), **kw))
        if after:
            rr = par.add_run(after)
            rr.bold, rr.italic = bold, italic

    def find_par(self, text, scope=None):
        from docx.text.paragraph import Paragraph
        root = scope if scope is not None else self.doc.element.body
        for p in root.iter(qn("w:p")):
            par = Paragraph(p, self.doc)
            if par.text == text:
                return par
        raise KeyError(text)

    # ---- tracked changes: a moved paragraph, a changed figure ---------------------------
    def _rev_id(self):
        self._rev += 1
        return self._rev

    def p_moved(self, text, sec, direction, name="move1", author="Phòng Tổng hợp"):
        """A paragraph moved with Track Changes on: direction 'from' is the old place (the
        officer does not see it there), 'to' the new one. Word writes the range marks, the
        runs inside w:moveFrom / w:moveTo, and the paragraph mark as moved."""
        par = self.doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.paragraph_format.first_line_indent = Mm(10)
        tag = "moveFrom" if direction == "from" else "moveTo"
        rid, did = self._rev_id(), self._rev_id()
        attrs = f'w:author="{author}" w:date="2026-04-09T15:20:00Z"'
        ppr = par._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:{tag} w:id="{self._rev_id()}" {attrs}/></w:rPr>'))
        par._p.append(parse_xml(f'<w:{tag}RangeStart {nsdecls("w")} w:id="{rid}" w:name="{name}" {attrs}/>'))
        t = "delText" if direction == "from" else "t"
        par._p.append(parse_xml(f'<w:{tag} {nsdecls("w")} w:id="{did}" {attrs}><w:r>'
                                f'<w:{t} xml:space="preserve">{_esc(text)}</w:{t}></w:r></w:{tag}>'))
        par._p.append(parse_xml(f'<w:{tag}RangeEnd {nsdecls("w")} w:id="{rid}"/>'))
        if direction == "to":
            self.paragraphs.append((text, sec))
        return par

    def cell_changed(self, cell, old, new, author="Phòng Tổng hợp"):
        """A figure corrected with Track Changes on: the old one deleted, the new inserted."""
        par = cell.paragraphs[0]
        size = par.runs[0].font.size if par.runs else None
        for r in list(par.runs):
            r._r.getparent().remove(r._r)
        attrs = f'w:author="{author}" w:date="2026-04-09T15:25:00Z"'
        sz = f'<w:rPr><w:sz w:val="{int(size.pt * 2)}"/></w:rPr>' if size else ""
        par._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{self._rev_id()}" {attrs}><w:r>{sz}'
                                f'<w:delText>{_esc(old)}</w:delText></w:r></w:del>'))
        par._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{self._rev_id()}" {attrs}><w:r>{sz}'
                                f'<w:t>{_esc(new)}</w:t></w:r></w:ins>'))

    # ---- styles, layout tables, sections ------------------------------------------------
    def styled(self, text, style, leak=None):
        p = self.doc.add_paragraph(text, style=style)
        if leak:
            self.leak(leak)
        return p

    def layout3(self, left, right, leak=(), widths=(80, 10, 80)):
        """A borderless table of THREE columns: left block, an empty spacer column, right
        block (lines as for header()); a template's header or signature."""
        t = self.doc.add_table(rows=1, cols=3)
        _no_borders(t)
        for c, lines in ((0, left), (2, right)):
            cell = t.cell(0, c)
            for i, ln in enumerate(lines):
                text, bold, italic = ln[0], ln[1], ln[2]
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ln[3:4] != ("left",) else WD_ALIGN_PARAGRAPH.LEFT
                run = p.add_run(text)
                run.bold, run.italic = bold, italic
        for c, w in enumerate(widths):
            t.cell(0, c).width = Mm(w)
        self.leak(*leak)
        return t

    def landscape(self):
        """A new section on a new page, landscape (a wide appendix table)."""
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        return sec

    def save(self, path):
        """probe42's save (fixed zip times), then the comments' dates fixed too: python-docx
        stamps a comment with the time it was added."""
        super().save(path)
        with _zipfile.ZipFile(path) as z:
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        if not any(i.filename == "word/comments.xml" for i, _ in items):
            return
        with _zipfile.ZipFile(path, "w", _zipfile.ZIP_DEFLATED) as z:
            for info, data in items:
                if info.filename == "word/comments.xml":
                    data = _re.sub(rb'w:date="[^"]*"', b'w:date="2026-04-09T15:30:00Z"', data)
                z.writestr(info, data)

    @staticmethod
    def repeat_header(table, rows=1):
        for tr in table._tbl.tr_lst[:rows]:
            trpr = tr.get_or_add_trPr()
            trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ======================================================================================
# Text a unit wrote itself: Markdown with a blank line after every line, an e-mail body
# ======================================================================================

class TextReport(MdReport):
    """MdReport whose text() may be post-processed: 'blank-every-line' (a blank line after
    every line, so a Markdown editor keeps each as a paragraph) or 'mail' (an e-mail body
    in plain text, wrapped at 76 columns as Outlook wraps it)."""

    def __init__(self, *a, shape="md", **k):
        super().__init__(*a, **k)
        self.shape = shape

    def text(self):
        lines = [l for l in self.lines]
        if self.shape == "blank-every-line":
            out = []
            for l in lines:
                if l == "":
                    continue
                out += [l, ""]
            return "\n".join(out).rstrip("\n") + "\n"
        if self.shape == "mail":
            out = []
            for l in lines:
                if len(l) <= 76:
                    out.append(l)
                    continue
                out += _textwrap.wrap(l, 76, expand_tabs=False, replace_whitespace=False,
                                      break_long_words=False, break_on_hyphens=False)
            return "\n".join(out).rstrip("\n") + "\n"
        return super().text()


# ======================================================================================
# LibreOffice: an .odt made from the .docx, made the same bytes on every run
# ======================================================================================

def fix_odt(path):
    """LibreOffice stamps meta.xml with the time and writes random rsids: fixed, the
    thumbnail dropped (a rendering), zip times fixed, 'mimetype' first and stored."""
    with _zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name.startswith("Thumbnails/"):
            continue
        if name == "META-INF/manifest.xml":
            data = _re.sub(rb'\s*<manifest:file-entry[^>]*Thumbnails/[^>]*/>', b"", data)
        if name == "meta.xml":
            data = _re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-04-16T08:00:00</dc:date>", data)
            data = _re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                           b"<meta:creation-date>2026-04-16T08:00:00</meta:creation-date>", data)
            data = _re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>",
                           b"<meta:editing-duration>PT1H</meta:editing-duration>", data)
            data = _re.sub(rb"<meta:generator>[^<]*</meta:generator>",
                           b"<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>", data)
        if name.endswith(".xml"):
            data = _re.sub(rb' officeooo:(?:paragraph-)?rsid="[0-9a-f]+"', b"", data)
            data = _re.sub(rb'<config:config-item config:name="Rsid[^"]*" config:type="[a-z]+">[^<]*</config:config-item>', b"", data)
        out.append((name, data))
    out.sort(key=lambda x: x[0] != "mimetype")
    with _zipfile.ZipFile(path, "w") as z:
        for name, data in out:
            zi = _zipfile.ZipInfo(name, date_time=(2026, 4, 16, 8, 0, 0))
            zi.compress_type = _zipfile.ZIP_STORED if name == "mimetype" else _zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
