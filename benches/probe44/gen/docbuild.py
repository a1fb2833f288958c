"""probe44's builders: probe43's (benches/probe43/gen/docbuild.py, loaded, not copied; it
loads probe42's, probe41's and probe40's) and the extensions below: headings in small
capitals, underlined only, in All Caps set by the font (text typed in small letters), with
a typed TAB after the number, wrapped by a line break, or cut into runs by proofing marks
and bookmarks as Word saves them; a template's own paragraph styles with an outline level;
header lines typed with runs of spaces; a joint report's two signatures; a 'TL.'
signature; an appendix page that repeats the header block; the deliveries that go through
other programs (an .rtf saved by LibreOffice, the text of a PDF as pdftotext gives it, a
Markdown file as MarkItDown writes it), each made the same bytes on every run."""
import importlib.util as _util
import os as _os
import pathlib as _pathlib
import re as _re
import shutil as _shutil
import subprocess as _subprocess
import tempfile as _tempfile

_spec = _util.spec_from_file_location(
    "docbuild43", _pathlib.Path(__file__).resolve().parents[2] / "probe43" / "gen" / "docbuild.py")
_base = _util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

from docx.enum.style import WD_STYLE_TYPE  # noqa: E402,F811

LO_PROFILE = "file:///tmp/p44_lo_profile"
VENV_PY = "/tmp/p44venv/bin/python"   # python3 -m venv --system-site-packages /tmp/p44venv
                                        # && /tmp/p44venv/bin/pip install "markitdown[docx]==0.1.9"


class Report44(Report43):
    # ---- headings set apart by a font effect only --------------------------------------
    def h_fx(self, text, fx, align="justify", size=None):
        """A heading paragraph (Normal style) whose only mark is a font effect: fx is a set of
        'smallcaps', 'caps' (All Caps: the text stays as typed), 'u' (underline), 'b', 'i'."""
        p = self.doc.add_paragraph()
        p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if align == "justify":
            p.paragraph_format.first_line_indent = Mm(10)
        r = p.add_run(text)
        r.bold = "b" in fx
        r.italic = "i" in fx
        r.underline = "u" in fx
        if "smallcaps" in fx:
            r.font.small_caps = True
        if "caps" in fx:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        return p

    def h_tab(self, number, title, bold=True, italic=False):
        """'I.' + a typed TAB + the title, one paragraph (Word keeps the tab as w:tab)."""
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Mm(10)
        r = p.add_run(number)
        r.bold, r.italic = bold, italic
        r.add_tab()
        r2 = p.add_run(title)
        r2.bold, r2.italic = bold, italic
        return p

    def h_styled(self, lines, style, proof_cut=None, bookmark=None):
        """A heading in a paragraph style, its title over several lines of ONE paragraph
        (a line break, as typists wrap a long centred title); proof_cut: a word the title
        is cut at by a w:proofErr pair (as Word saves a word its speller flagged);
        bookmark: a bookmark around the title (_Toc…, _Hlk… as Word adds them)."""
        p = self.doc.add_paragraph(style=style)
        self._bm = getattr(self, "_bm", 300) + 1
        if bookmark:
            p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{self._bm}" '
                                  f'w:name="{bookmark}"/>'))
        for i, line in enumerate(lines):
            if proof_cut and proof_cut in line:
                before, after = line.split(proof_cut, 1)
                if before:
                    p.add_run(before)
                p._p.append(parse_xml(f'<w:proofErr {nsdecls("w")} w:type="spellStart"/>'))
                p.add_run(proof_cut[:2])
                p.add_run(proof_cut[2:])
                p._p.append(parse_xml(f'<w:proofErr {nsdecls("w")} w:type="spellEnd"/>'))
                if after:
                    p.add_run(after)
            else:
                p.add_run(line)
            if i < len(lines) - 1:
                p.runs[-1].add_break()
        if bookmark:
            p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{self._bm}"/>'))
        return p

    # ---- a template's own paragraph styles ---------------------------------------------
    def add_style(self, style_id, name, bold=False, italic=False, outline=None, indent=False,
                  align=None, base="Normal"):
        """A paragraph style of the template's own ('Muc1' named 'Mục 1'), based on Normal;
        outline: w:outlineLvl (0 = level 1), as a template sets it for the navigation pane."""
        st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.element.set(qn("w:styleId"), style_id)
        st.base_style = self.doc.styles[base]
        st.font.bold = bold
        st.font.italic = italic
        st.quick_style = True
        if indent:
            st.paragraph_format.first_line_indent = Mm(10)
        if align:
            st.paragraph_format.alignment = align
        if outline is not None:
            ppr = st.element.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))
        return st

    def p_style(self, text, sec, style, expect=True):
        par = self.doc.add_paragraph(text, style=style)
        if expect:
            self.paragraphs.append((text, sec))
        return par

    # ---- apparatus ------------------------------------------------------------------------
    def spaced_lines(self, pairs, leak=()):
        """Header lines typed as paragraphs, the two columns apart by a run of spaces (a
        typist's way without a table): (left, right, bold_left, bold_right, italic_right)."""
        for left, right, bl, br, ir in pairs:
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(left)
            r.bold = bl
            if right:
                gap = max(4, 46 - len(left))
                p.add_run(" " * gap)
                r2 = p.add_run(right)
                r2.bold, r2.italic = br, ir
        self.leak(*leak)

    def signature_joint(self, left, right, recipients, leak=()):
        """A joint report's two signatures side by side (Nghị định 30/2020: the lead body
        signs on the right), then 'Nơi nhận' under them, left."""
        t = self.doc.add_table(rows=1, cols=2)
        _no_borders(t)
        for c, lines in ((0, left), (1, right)):
            cell = t.cell(0, c)
            for i, text in enumerate(lines):
                q = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                q.add_run(text).bold = True
        p = self.doc.add_paragraph()
        r = p.add_run("Nơi nhận:")
        r.bold, r.italic = True, True
        for line in recipients:
            q = self.doc.add_paragraph()
            q.add_run(line).font.size = Pt(12)
        self.leak("Nơi nhận", *leak)
        return t

    def wide_table(self, rows, bold_rows=(0,), labels=1, size=10):
        """A table with many columns (a year a column), small type."""
        t = self.table(rows, bold_rows=bold_rows, labels=labels)
        for row in t.rows:
            for cell in row.cells:
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(size)
        return t

    def page_numbers_top(self):
        """Page numbers centred at the top from page 2 (Hướng dẫn 36-HD/VPTW): a 'first'
        header left empty, the default header a PAGE field."""
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for xml in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                    '<w:r {ns}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                    '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
                    '<w:r {ns}><w:t>2</w:t></w:r>',
                    '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):
            hp._p.append(parse_xml(xml.format(ns=nsdecls("w"))))


# ======================================================================================
# Deliveries through other programs, made the same bytes on every run
# ======================================================================================

def _soffice(src, fmt, outdir):
    _subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                     "--convert-to", fmt, "--outdir", outdir, src], check=True,
                    stdout=_subprocess.DEVNULL, stderr=_subprocess.DEVNULL)
    return _os.path.join(outdir, _os.path.splitext(_os.path.basename(src))[0] + "." + fmt.split(":")[0])


def to_rtf(docx_path, dest):
    """The .docx saved as Rich Text by LibreOffice Writer (a unit's 'Save As > Rich Text
    Format'); the times LibreOffice stamps in {\\info} fixed."""
    with _tempfile.TemporaryDirectory() as td:
        out = _soffice(docx_path, "rtf", td)
        data = open(out, "rb").read()
    data = _re.sub(rb"\{\\(creatim|revtim|printim)[^}]*\}",
                   rb"{\\\1\\yr2026\\mo4\\dy14\\hr8\\min0}", data)
    data = _re.sub(rb"\{\\\*\\company[^}]*\}", b"", data)
    data = _re.sub(rb"\\rsid[0-9]+", b"", data)
    data = _re.sub(rb"\{\\\*\\rsidtbl[^}]*\}", b"", data)
    with open(dest, "wb") as f:
        f.write(data)


def to_pdf_text(docx_path, dest, layout=True):
    """The PDF LibreOffice prints from the .docx (the signed copy a unit sends), then its
    text as poppler's pdftotext gives it: -layout (columns kept with spaces, a form feed
    between pages) or its reading order (a PDF viewer's copy)."""
    with _tempfile.TemporaryDirectory() as td:
        pdf = _soffice(docx_path, "pdf", td)
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, dest]
        _subprocess.run(args, check=True)
        data = open(pdf, "rb").read()
    # kept beside the .docx for the experiments; LibreOffice's time and random /ID fixed
    # (same lengths, so the cross-reference offsets stay right)
    data = _re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260415080000", data)
    data = _re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = _re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(_os.path.splitext(docx_path)[0] + ".pdf", "wb") as f:
        f.write(data)


MARKITDOWN = r'''
import sys, mammoth
from markitdown.converters._html_converter import HtmlConverter
html = mammoth.convert_to_html(open(sys.argv[1], "rb"), style_map="u => u").value
sys.stdout.write(HtmlConverter().convert_string(html).markdown)
'''


def to_markitdown(docx_path, dest):
    """Markdown as MarkItDown 0.1.9 writes a .docx: mammoth 1.13's HTML, then its own
    markdownify (Word tables as pipe tables whose first row is an empty header, a cell's
    paragraphs joined on one line). Its OMML pre-processing step is left out: in 0.1.9 it
    fails on every python-docx package ('Could not find the body element'), and for a
    document without equations or struck text it changes nothing."""
    out = _subprocess.run([VENV_PY, "-c", MARKITDOWN, docx_path], check=True,
                          capture_output=True).stdout
    with open(dest, "wb") as f:
        f.write(out)
