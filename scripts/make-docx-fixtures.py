#!/usr/bin/env python3
"""Makes the Word fixtures of tests/fixtures/docx/ with three producers, so the reader is
tested on what real tools write, not on what baocao writes itself:

- python-docx: a report with heading styles (header block as a borderless table, tracked
  changes, a picture, an appendix with merged header cells), and the same report with
  bold paragraphs only;
- LibreOffice (`soffice --convert-to docx`) from a flat OpenDocument file with automatic
  outline numbering (I., 1., a)) and a footnote; also the .odt itself for the conversion test;
- pandoc from the Markdown report (front matter into custom properties);
- a hostile set: zip bomb, billion laughs, deep nesting, a missing part, not a zip.

Needs: pip install python-docx; apt-get install pandoc libreoffice-writer-nogui.
Run from the repository root: python3 scripts/make-docx-fixtures.py
The tests need none of these tools: the files are committed.
"""

import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = "tests/fixtures/docx"
REPORT = os.path.join(OUT, "report.md")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def front_matter_and_body(path):
    text = open(path, encoding="utf-8").read()
    _, fm, body = text.split("---\n", 2)
    fields = []
    for line in fm.splitlines():
        if ":" in line and not line.startswith("#"):
            k, v = line.split(":", 1)
            fields.append((k.strip(), v.strip().strip('"')))
    return fields, body


def add_custom_properties(path, fields):
    """python-docx has no custom properties: written into the package afterwards."""
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{k}">'
        f"<vt:lpwstr>{v}</vt:lpwstr></property>"
        for i, (k, v) in enumerate(fields)
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{props}</Properties>"
    )
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            if item.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            out.writestr(item, data)
        out.writestr("docProps/custom.xml", custom)
    src.close()
    open(path, "wb").write(buf.getvalue())


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblPr.append(borders)


def add_runs(paragraph, text, bold_all=False):
    """`**bold**` and `*italic*` of the Markdown source as runs."""
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            r = paragraph.add_run(part[1:-1])
            r.italic = True
            r.bold = bold_all or None
        else:
            r = paragraph.add_run(part)
            if bold_all:
                r.bold = True


def python_docx(fields, body, styled, extras):
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(14)
    lines = body.strip("\n").split("\n")
    # The header block: the lines before BÁO CÁO, as the two-column borderless table.
    top = []
    while lines and lines[0].strip() != "**BÁO CÁO**":
        if lines[0].strip():
            top.append(lines[0].strip())
        lines.pop(0)
    if top:
        left = [l for l in top if not l.startswith("*")]
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM"] + [l for l in top if l.startswith("*")]
        table = doc.add_table(rows=1, cols=2)
        no_borders(table)
        for cell, items in zip(table.rows[0].cells, [left, right]):
            cell.paragraphs[0].text = ""
            for i, item in enumerate(items):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_runs(p, item)
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = re.match(r"^(#+) (.*)$", line)
        if m:
            level = len(m.group(1))
            if styled:
                doc.add_heading(m.group(2), level=level)
            else:
                p = doc.add_paragraph()
                add_runs(p, m.group(2), bold_all=True)
            i += 1
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.match(r"^:?-+:?$", c) for c in cells):
                    rows.append(cells)
                i += 1
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    p = table.rows[r].cells[c].paragraphs[0]
                    add_runs(p, text, bold_all=(r == 0))
            continue
        if line.startswith("- "):
            p = doc.add_paragraph(style="List Bullet")
            add_runs(p, line[2:])
            i += 1
            continue
        p = doc.add_paragraph()
        add_runs(p, line.strip())
        i += 1
    if extras:
        # A picture, a tracked insertion and deletion.
        png = tiny_png()
        doc.add_picture(io.BytesIO(png))
        p = doc.add_paragraph("Số liệu trên ")
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), "1")
        ins.set(qn("w:author"), "Văn phòng")
        ins.set(qn("w:date"), "2026-04-10T08:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "đã được đối chiếu"
        r.append(t)
        ins.append(r)
        p._p.append(ins)
        d = OxmlElement("w:del")
        d.set(qn("w:id"), "2")
        d.set(qn("w:author"), "Văn phòng")
        d.set(qn("w:date"), "2026-04-10T08:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.text = " chưa được kiểm tra"
        r.append(t)
        d.append(r)
        p._p.append(d)
        p.add_run(" với sổ theo dõi của Văn phòng.")
    return doc


def tiny_png():
    import struct
    import zlib

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\xc0\x20\x20" * 8 for _ in range(8)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def merged_appendix(path):
    """The appendix as units lay it out: STT and Nội dung merged down two header rows,
    Số liệu across two period columns."""
    doc = Document()
    doc.add_heading("Phụ lục", level=1)
    table = doc.add_table(rows=4, cols=5)
    table.style = "Table Grid"
    h1, h2 = table.rows[0].cells, table.rows[1].cells
    h1[0].text, h1[1].text, h1[2].text, h1[4].text = "STT", "Nội dung", "Số liệu", "Ghi chú"
    h2[2].text, h2[3].text = "2015 - 2020", "2021 - 2025"
    h1[0].merge(h2[0])
    h1[1].merge(h2[1])
    h1[2].merge(h1[3])
    h1[4].merge(h2[4])
    rows = [("1", "Số lượt tiếp công dân", "2.783 lượt", "3.104 lượt", ""), ("2", "Số đơn thư | đã giải quyết", "866", "964", "x")]
    for r, values in enumerate(rows, start=2):
        for c, v in enumerate(values):
            table.rows[r].cells[c].text = v
    p = doc.add_paragraph("# không phải tiêu đề, và 3. không phải danh sách")
    doc.save(path)


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"/>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>
<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/>
<text:outline-level-style text:level="3" style:num-format="a" style:num-suffix=")"/>
</text:outline-style>
</office:styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""


def fodt_body(body):
    out = []
    for block in re.split(r"\n\s*\n", body.strip()):
        block = block.strip()
        m = re.match(r"^(#+) (?:[IVX]+\.|\d+\.|[a-zđ]\)) (.*)$", block)
        if m:
            # The report's top sections are `##` (the `#` level is the document's).
            level = len(m.group(1)) - 1
            out.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{m.group(2)}</text:h>')
        elif block.startswith("#"):
            title = block.lstrip("# ")
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1" text:is-list-header="true">{title}</text:h>')
        elif block.startswith("|"):
            rows = [l for l in block.splitlines() if not re.match(r"^\|[\s:|-]+\|$", l)]
            cols = len(rows[0].strip().strip("|").split("|"))
            out.append(f'<table:table table:name="PhuLuc"><table:table-column table:number-columns-repeated="{cols}"/>')
            for r in rows:
                out.append("<table:table-row>")
                for c in r.strip().strip("|").split("|"):
                    out.append(f'<table:table-cell><text:p>{c.strip()}</text:p></table:table-cell>')
                out.append("</table:table-row>")
            out.append("</table:table>")
        elif block.startswith("[^1]:"):
            continue
        else:
            for line in block.splitlines():
                text = re.sub(r"\*+", "", line.lstrip("- "))
                text = text.replace("[^1]", '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Theo số liệu của Văn phòng Đảng ủy xã.</text:p></text:note-body></text:note>')
                out.append(f"<text:p>{text}</text:p>")
    return "\n".join(out)


def hostile():
    def package(parts):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
        return buf.getvalue()

    doc = '<?xml version="1.0"?><w:document xmlns:w="%s"><w:body>{}</w:body></w:document>' % W
    para = "<w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p>"
    # 40 MB of spaces inflating from some 40 KB.
    bomb = doc.format(para + " " * (40 * 1024 * 1024))
    open(os.path.join(OUT, "hostile-zip-bomb.docx"), "wb").write(package({"word/document.xml": bomb}))
    laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
    laughs += '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>' % W
    open(os.path.join(OUT, "hostile-billion-laughs.docx"), "wb").write(package({"word/document.xml": laughs}))
    deep = doc.format("<w:sdt><w:sdtContent>" * 50000 + para + "</w:sdtContent></w:sdt>" * 50000)
    open(os.path.join(OUT, "hostile-deep.docx"), "wb").write(package({"word/document.xml": deep}))
    open(os.path.join(OUT, "hostile-missing-part.docx"), "wb").write(
        package({"[Content_Types].xml": "<Types/>", "word/styles.xml": "<w:styles xmlns:w='%s'/>" % W})
    )
    open(os.path.join(OUT, "hostile-not-a-zip.docx"), "wb").write("BÁO CÁO\nđây là văn bản, không phải tệp Word\n".encode())


def main():
    fields, body = front_matter_and_body(REPORT)
    styled = os.path.join(OUT, "python-docx-styles.docx")
    python_docx(fields, body, styled=True, extras=False).save(styled)
    add_custom_properties(styled, fields)
    bold = os.path.join(OUT, "python-docx-bold.docx")
    python_docx(fields, body, styled=False, extras=False).save(bold)
    add_custom_properties(bold, fields)
    extras = os.path.join(OUT, "python-docx-extras.docx")
    python_docx(fields, body, styled=True, extras=True).save(extras)
    add_custom_properties(extras, fields)
    merged_appendix(os.path.join(OUT, "python-docx-merged-appendix.docx"))

    subprocess.run(["pandoc", REPORT, "-o", os.path.join(OUT, "pandoc.docx")], check=True)

    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, "libreoffice-numbered.fodt")
        open(fodt, "w", encoding="utf-8").write(FODT.replace("{body}", fodt_body(body)))
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        for target in ["docx", "odt"]:
            subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", tmp, fodt], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, "libreoffice-numbered.docx"), OUT)
        shutil.copy(os.path.join(tmp, "libreoffice-numbered.odt"), os.path.join(OUT, "report.odt"))
    hostile()


if __name__ == "__main__":
    main()
