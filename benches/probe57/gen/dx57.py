"""probe57's package writer: probe46's gen/dx.py (raw WordprocessingML, fixed zip times), its
Docx saved as Word desktop would, then REWRITTEN into the package shapes other writers give:
  - main part at another path (word/document2.xml, as Word Online / some converters: the path
    is only in _rels/.rels), its rels part renamed with it;
  - Strict Open XML (ISO/IEC 29500 Strict: purl.oclc.org namespaces and relationship types,
    w:conformance="strict", 'start'/'end' for left/right);
  - extra root namespaces and mc:Ignorable (WPS Office, Word 2010+), extra parts (docProps/
    custom.xml, settings.xml, altChunk HTML / MHT parts) with their rels and content types;
  - a transform of document.xml (Google Docs' runs split and every property written).
Same bytes on every run."""

import io
import re
import zipfile

import dx  # probe46's, on sys.path through the report chain (probe56 → … → probe46)

W_T = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT = [
    (W_T, "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    (R_T, "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
     "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/picture", "http://purl.oclc.org/ooxml/drawingml/picture"),
    ("http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"),
]
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = ('xmlns:mc="' + MC + '" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
          'mc:Ignorable="w14 w15 wp14"')
WORD2010_NS = ('xmlns:mc="' + MC + '" '
               'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
               'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
               'xmlns:w10="urn:schemas-microsoft-com:office:word" '
               'mc:Ignorable="w14 w15 wp14"')


class Docx57(dx.Docx):
    def __init__(self):
        super().__init__()
        self.main = "word/document.xml"    # where _rels/.rels points
        self.strict = False
        self.root_extra = ""               # namespaces / attributes on every part's root
        self.doc_tf = []                   # functions str -> str on document.xml
        self.part_tf = []                  # functions (name, str) -> str on every XML part
        self.styles_raw = None             # a whole styles.xml (str) instead of dx's
        self.numbering_raw = None          # a whole numbering.xml (str)
        self.extra = []                    # (partname, bytes, content type or None, rel type or None, rid)
        self.app_name = None               # docProps/app.xml <Application>

    def chunk(self, name, data, ctype):
        """An altChunk part (word/<name>), returns its rId."""
        rid = self.rel(f"{dx.REL}/aFChunk", name)
        self.parts[f"word/{name}"] = data
        self.ctypes[f"/word/{name}"] = ctype
        return rid

    def save(self, path):
        buf = io.BytesIO()
        super().save(buf)
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        parts = {n: src.read(n) for n in src.namelist()}
        if self.styles_raw is not None:
            parts["word/styles.xml"] = self.styles_raw.encode()
        if self.numbering_raw is not None:
            parts["word/numbering.xml"] = self.numbering_raw.encode()
            rels = parts["word/_rels/document.xml.rels"].decode()
            if "numbering.xml" not in rels:
                rels = rels.replace("</Relationships>", f'<Relationship Id="rId2" Type="{dx.REL}/numbering" '
                                    'Target="numbering.xml"/></Relationships>')
                parts["word/_rels/document.xml.rels"] = rels.encode()
                ct = parts["[Content_Types].xml"].decode().replace(
                    "</Types>", '<Override PartName="/word/numbering.xml" ContentType="application/vnd.'
                    'openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
                parts["[Content_Types].xml"] = ct.encode()
        for name, data, ctype, reltype, target in self.extra:
            parts[name] = data
            if ctype:
                ct = parts["[Content_Types].xml"].decode().replace(
                    "</Types>", f'<Override PartName="/{name}" ContentType="{ctype}"/></Types>')
                parts["[Content_Types].xml"] = ct.encode()
            if reltype:     # a package-level relationship (docProps/custom.xml, app.xml)
                rr = parts["_rels/.rels"].decode()
                n = rr.count("<Relationship ") + 1
                rr = rr.replace("</Relationships>", f'<Relationship Id="rId{n}" Type="{reltype}" '
                                f'Target="{target}"/></Relationships>')
                parts["_rels/.rels"] = rr.encode()
        doc = parts["word/document.xml"].decode()
        for f in self.doc_tf:
            doc = f(doc)
        parts["word/document.xml"] = doc.encode()
        if self.root_extra:
            for n in list(parts):
                if n.startswith("word/") and n.endswith(".xml") and "_rels" not in n:
                    s = parts[n].decode()
                    s = re.sub(r"(<w:(?:document|styles|numbering|hdr|ftr|comments|footnotes|settings) "
                               r"xmlns:w=[^>]*?)>", lambda m: m.group(1) + " " + self.root_extra + ">", s, count=1)
                    parts[n] = s.encode()
        if self.main != "word/document.xml":
            base = self.main.split("/")[-1]
            parts[self.main] = parts.pop("word/document.xml")
            parts[f"word/_rels/{base}.rels"] = parts.pop("word/_rels/document.xml.rels")
            parts["_rels/.rels"] = parts["_rels/.rels"].replace(b'Target="word/document.xml"',
                                                                f'Target="{self.main}"'.encode())
            parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
                b'PartName="/word/document.xml"', f'PartName="/{self.main}"'.encode())
        for n in list(parts):
            if n.endswith(".xml") or n.endswith(".rels"):
                s = parts[n].decode()
                for f in self.part_tf:
                    s = f(n, s)
                parts[n] = s.encode()
        if self.strict:
            for n in list(parts):
                if n.endswith(".xml") or n.endswith(".rels"):
                    parts[n] = to_strict(n, parts[n].decode()).encode()
        order = ["[Content_Types].xml", "_rels/.rels"] + sorted(
            k for k in parts if k not in ("[Content_Types].xml", "_rels/.rels"))
        out = path if not isinstance(path, str) else open(path, "wb")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name in order:
                zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, parts[name])
        if isinstance(path, str):
            out.close()


def to_strict(name, s):
    """Transitional → Strict, as Word's 'Strict Open XML Document' writes it."""
    if name == "[Content_Types].xml":
        return s            # content types are the same in Strict
    for a, b in STRICT:
        s = s.replace(a, b)
    if name.endswith(".rels"):
        # the package's core-properties relationship stays OPC's own
        return s
    s = s.replace("<w:document xmlns", '<w:document w:conformance="strict" xmlns', 1)
    s = re.sub(r'<w:jc w:val="left"/>', '<w:jc w:val="start"/>', s)
    s = re.sub(r'<w:jc w:val="right"/>', '<w:jc w:val="end"/>', s)
    s = re.sub(r'(<w:ind [^>]*?)w:left=', r'\1w:start=', s)
    s = re.sub(r'(<w:ind [^>]*?)w:right=', r'\1w:end=', s)
    s = s.replace("<w:left ", "<w:start ").replace("<w:right ", "<w:end ")
    s = s.replace('w:type="dxa"', 'w:type="dxa"')
    return s


CUSTOM_PROPS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>')


def custom_props(pairs):
    props = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{n}">'
                    f'<vt:lpwstr>{v}</vt:lpwstr></property>' for i, (n, v) in enumerate(pairs, 2))
    return CUSTOM_PROPS.format(props=props).encode()


def app_props(app):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>{app}</Application></Properties>').encode()


CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
REL_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
REL_APP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
