"""probe42's builders: probe41's Word builder (benches/probe41/gen/docbuild.py, which itself
loads probe40's; loaded, not copied) and the extensions below: a header table with merged
cells, a Word table of contents (TOC field), the header block only in the first page's
header part, typewriter-style paragraphs, a Markdown writer for files a unit typed or
exported itself (Google Docs, a web page pasted), an Excel writer with several sheets, and
fixed dates / zip times so that every generated file is the same bytes on every run."""
import datetime as _dt
import importlib.util as _util
import pathlib as _pathlib
import re as _re
import zipfile as _zipfile

_spec = _util.spec_from_file_location(
    "docbuild41", _pathlib.Path(__file__).resolve().parents[2] / "probe41" / "gen" / "docbuild.py")
_base = _util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402

FIXED = _dt.datetime(2026, 4, 1, 8, 0, 0)


def fix_zip(path):
    """Rewrite a zip (docx, xlsx) with fixed entry times, in the same order."""
    with _zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with _zipfile.ZipFile(path, "w", _zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the save time
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                               rb"\g<1>2026-04-01T08:00:00Z\g<2>", data)
            zi = _zipfile.ZipInfo(name, date_time=(2026, 4, 1, 8, 0, 0))
            zi.compress_type = _zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


class Report42(Report41):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        cp = self.doc.core_properties
        cp.created = cp.modified = cp.last_printed = FIXED
        cp.revision = 1
        cp.last_modified_by = "Văn phòng"
        self._toc_n = 0

    # ---- a header block in a table with merged cells ------------------------------------
    def header_merged(self, left, right_top, right_date, leak=()):
        """Two rows x two columns: the left cell merged down over both rows (superior body,
        issuing body, '*', number, one paragraph each); right: the Party's title in row 1,
        the place and date, italic, alone in row 2."""
        t = self.doc.add_table(rows=2, cols=2)
        _no_borders(t)
        m = t.cell(0, 0).merge(t.cell(1, 0))
        for i, (text, bold, italic) in enumerate(left):
            p = m.paragraphs[0] if i == 0 else m.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
        c = t.cell(0, 1)
        for i, (text, bold, italic, *u) in enumerate(right_top):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            r.underline = bool(u and u[0])
        c = t.cell(1, 1)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(right_date)
        r.italic = True
        self.leak(*leak)
        return t

    # ---- the header block in the first page's header part only ------------------------------
    def first_page_header(self, rows, leak=()):
        """rows: (left_lines, right_lines) as for header(); written in a borderless table in
        the FIRST PAGE header (w:titlePg), the document body holding none of it."""
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = True
        hdr = sec.first_page_header
        t = hdr.add_table(rows=1, cols=2, width=Mm(165))
        _no_borders(t)
        left, right = rows
        for c, lines in ((0, left), (1, right)):
            cell = t.cell(0, c)
            for i, ln in enumerate(lines):
                text, bold, italic = ln[0], ln[1], ln[2]
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(text)
                run.bold, run.italic = bold, italic
                if len(ln) > 3 and ln[3]:
                    run.underline = True
        # the default (later pages') header: a page number, as units set it
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for xml in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                    '<w:r {ns}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                    '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
                    '<w:r {ns}><w:t>2</w:t></w:r>',
                    '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):
            hp._p.append(parse_xml(xml.format(ns=nsdecls("w"))))
        self.leak(*leak)

    # ---- Word table of contents -------------------------------------------------------------
    def _toc_style(self, level):
        name = f"toc {level}"
        try:
            return self.doc.styles[name]
        except KeyError:
            st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = self.doc.styles["Normal"]
            st.paragraph_format.left_indent = Mm(5 * (level - 1))
            st.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT,
                                                       WD_TAB_LEADER.DOTS)
            st.element.set(qn("w:styleId"), f"TOC{level}")
            return st

    def toc(self, title, entries, leak_title=True):
        """A Word TOC field as Word inserts it (References > Table of Contents), its result
        already filled: one paragraph per entry in style 'toc N', a hyperlink to the
        heading's _Toc bookmark, a dot leader tab and a PAGEREF field with the page number.
        entries: (level, text, page, bookmark)."""
        if title:
            self.center(title, leak=title if leak_title else None)
        n = len(entries)
        for i, (level, text, page, bm) in enumerate(entries):
            p = self.doc.add_paragraph(style=self._toc_style(level))
            pp = p._p
            ns = nsdecls("w")
            if i == 0:
                pp.append(parse_xml(f'<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>'))
                pp.append(parse_xml(f'<w:r {ns}><w:instrText xml:space="preserve"> TOC \\o "1-3" '
                                    f'\\h \\z \\u </w:instrText></w:r>'))
                pp.append(parse_xml(f'<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>'))
            hl = (f'<w:hyperlink {ns} w:anchor="{bm}" w:history="1">'
                  f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'
                  f'<w:r><w:tab/></w:r>'
                  f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  f'<w:r><w:instrText xml:space="preserve"> PAGEREF {bm} \\h </w:instrText></w:r>'
                  f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                  f'<w:r><w:t>{page}</w:t></w:r>'
                  f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
            pp.append(parse_xml(hl))
            if i == n - 1:
                pp.append(parse_xml(f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'))
            self.leak(f"{text} {page}")  # a TOC line is never text of the report
        return entries

    def bookmark(self, par, name):
        self._toc_n += 1
        ns = nsdecls("w")
        par._p.insert(1 if par._p.pPr is not None else 0,
                      parse_xml(f'<w:bookmarkStart {ns} w:id="{self._toc_n}" w:name="{name}"/>'))
        par._p.append(parse_xml(f'<w:bookmarkEnd {ns} w:id="{self._toc_n}"/>'))

    # ---- typewriter style: no bold, no numbering, first lines indented with spaces ---------
    def tw(self, text, sec=None, indent=6, expect=True):
        """A Normal paragraph, left aligned, its first line indented with typed spaces (an
        old template's habit); sec None = a heading line typed in capitals (no bold)."""
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.add_run(" " * indent + text if sec else text)
        if sec and expect:
            self.paragraphs.append((text, sec))
        return p

    def save(self, path):
        super().save(path)
        fix_zip(path)


# ======================================================================================
# A Markdown file a unit wrote or exported itself (not through pandoc)
# ======================================================================================

class MdReport:
    """Same record as Report (paragraphs, apparatus, table_text, figures…), the text kept
    as Markdown lines. doc is None: build.py writes self.text()."""

    def __init__(self, key, unit_code, category, fmt, filename, date, doc_number, signer,
                 problems=(), tolerated=(), figures=None, notes=""):
        self.key, self.unit_code, self.category, self.fmt = key, unit_code, category, fmt
        self.filename, self.date, self.doc_number, self.signer = filename, date, doc_number, signer
        self.problems, self.tolerated = list(problems), list(tolerated)
        self.figures, self.notes = figures or {}, notes
        self.paragraphs, self.apparatus, self.table_text = [], [], []
        self.appendix_paras = set()
        self.lines = []
        self.doc = None
        self.xlsx = None

    def leak(self, *s):
        self.apparatus.extend(s)

    def raw(self, *lines):
        self.lines.extend(lines)

    def block(self, text):
        """A paragraph block followed by a blank line."""
        self.lines.extend([text, ""])

    def p(self, text, sec, md=None):
        """A body paragraph; md: how the file writes it (escaped, bold…), default text."""
        self.block(md if md is not None else text)
        self.paragraphs.append((text, sec))

    def table(self, rows, align=None, labels=1):
        ncol = len(rows[0])
        self.lines.append("| " + " | ".join(rows[0]) + " |")
        self.lines.append("| " + " | ".join(align or ["---"] * ncol) + " |")
        for r in rows[1:]:
            self.lines.append("| " + " | ".join(r) + " |")
        self.lines.append("")
        if labels is not None:
            self.table_text.extend(r[labels] for r in rows[1:] if len(r[labels].split()) >= 3)

    def all_text(self):
        return self.lines

    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"


# ======================================================================================
# Excel: several sheets, merged title rows, a row of column numbers, text cells
# ======================================================================================

def write_workbook(path, sheets):
    """sheets: [dict(name, title=[...], header=[...] or [[...], [...]] (several header
    rows), colnums=bool (a row '(1) (2) …' under the header), rows=[[...]],
    formats={col_index: fmt}, after=[...] lines under the table)]. A value that is a str
    is written as text; numbers with the row's format (row[-1] may be a dict of overrides:
    {"fmt": {col: fmt}})."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.properties.creator = "Văn phòng"
    wb.properties.lastModifiedBy = "Văn phòng"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    first = True
    for sh in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sh["name"]
        headers = sh["header"] if isinstance(sh["header"][0], list) else [sh["header"]]
        ncol = len(headers[0])
        r = 1
        for t in sh.get("title", []):
            ws.cell(row=r, column=1, value=t).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
            r += 1
        if sh.get("title"):
            r += 1
        for hrow in headers:
            for c, h in enumerate(hrow, 1):
                if h is None:
                    continue
                ws.cell(row=r, column=c, value=h).font = Font(bold=True)
            r += 1
        for (r0, c0, r1, c1) in sh.get("header_merges", []):
            base = r - len(headers)
            ws.merge_cells(start_row=base + r0, start_column=c0 + 1, end_row=base + r1,
                           end_column=c1 + 1)
        if sh.get("colnums"):
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c, value=f"({c})").alignment = Alignment(horizontal="center")
            r += 1
        for row in sh["rows"]:
            fmts = {}
            if row and isinstance(row[-1], dict):
                fmts = row[-1].get("fmt", {})
                row = row[:-1]
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (int, float)):
                    cell.number_format = fmts.get(c, "#,##0")
            r += 1
        for line in sh.get("after", []):
            r += 1
            ws.cell(row=r, column=1, value=line)
        ws.column_dimensions["B"].width = 50
    wb.save(path)
    fix_zip(path)
