"""probe45's builders: probe44's (benches/probe44/gen/docbuild.py, loaded by path, not
copied; it loads probe43's, 42's, 41's and 40's) and what a unit's FOLDER holds besides its
report: a cover letter (công văn, Party or state style), an appendix sent as a Word file of
its own (landscape, with or without a header block), the signed copy as a PDF, a Word 97
'.doc', an e-mail body saved as text, and what Windows and Word leave in a folder (an
owner/lock file '~$…', Thumbs.db, desktop.ini). Every file is the same bytes on every run:
python-docx packages through probe42's fix_zip (fixed core properties and zip times), the
PDF's CreationDate and /ID fixed as probe44's to_pdf_text does, the .doc as LibreOffice
writes it from an .odt (byte-identical run to run, checked), the junk files constant."""
import importlib.util as _util
import os as _os
import pathlib as _pathlib
import re as _re
import shutil as _shutil
import subprocess as _subprocess
import tempfile as _tempfile

_P = _pathlib.Path(__file__).resolve().parents[2]
_spec = _util.spec_from_file_location("docbuild44", _P / "probe44" / "gen" / "docbuild.py")
_base = _util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

_spec = _util.spec_from_file_location("r44_common", _P / "probe44" / "gen" / "r44_common.py")
common = _util.module_from_spec(_spec)
_spec.loader.exec_module(common)

from docx.enum.section import WD_ORIENT  # noqa: E402

LO_PROFILE45 = "file:///tmp/p45_lo_profile"


class Report45(Report44):
    """A Word document of a unit: a report, a cover letter or an appendix on its own.
    letter_paras: the paragraphs of a cover letter (or of any file whose text must never be
    compiled), full text; build.py keys a snippet of each as text that must not leak."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.letter_paras = []

    def body_para(self, text, leak_record=True, italic=False, indent=True):
        """A justified body paragraph that is NOT report text (a cover letter's)."""
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Mm(10)
        r = p.add_run(text)
        r.italic = italic
        if leak_record:
            self.letter_paras.append(text)
        return p

    def addressee(self, text):
        """'Kính gửi: …' centred, the label in italics as typists set it."""
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("Kính gửi: ")
        r.italic = True
        p.add_run(text)
        self.leak("Kính gửi")

    def whole_landscape(self):
        """The document's only section turned landscape (an appendix file)."""
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.left_margin, sec.right_margin = Mm(20), Mm(15)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)


# ======================================================================================
# Deliveries through LibreOffice, made the same bytes on every run
# ======================================================================================

def _soffice45(src, fmt, outdir):
    _subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE45}", "--headless",
                     "--convert-to", fmt, "--outdir", outdir, src], check=True,
                    stdout=_subprocess.DEVNULL, stderr=_subprocess.DEVNULL)
    out = _os.path.join(outdir, _os.path.splitext(_os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not _os.path.exists(out):
        raise SystemExit(f"soffice wrote nothing for {src} -> {fmt}")
    return out


def to_pdf(docx_path, dest):
    """The PDF LibreOffice prints from the .docx (the signed copy a unit scans or exports);
    its CreationDate and random /ID fixed (same lengths: offsets stay right)."""
    with _tempfile.TemporaryDirectory() as td:
        pdf = _soffice45(docx_path, "pdf", td)
        data = open(pdf, "rb").read()
    data = _re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260416080000", data)
    data = _re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = _re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(dest, "wb") as f:
        f.write(data)


def to_doc(docx_path, dest):
    """A Word 97-2003 '.doc' as LibreOffice Writer saves it. Written from the .odt Writer
    makes of the .docx: LibreOffice's direct .docx -> .doc export of a python-docx package
    flattens its tables into one paragraph (probe41 FINDINGS c), while the .odt keeps them.
    The .doc is byte-identical from run to run (checked); the .odt is not, and not kept."""
    with _tempfile.TemporaryDirectory() as td:
        odt = _soffice45(docx_path, "odt", td)
        doc = _soffice45(odt, "doc", _os.path.join(td, "doc"))
        _shutil.copy(doc, dest)


# ======================================================================================
# What Windows and Word leave in a folder
# ======================================================================================

def owner_file(dest, user="Van phong"):
    """Word's owner ('lock') file, '~$…docx', 162 bytes: the user name's length and the
    name in the ANSI code page padded to 54 bytes, then its length and the name in UTF-16
    LE, padded with spaces (UTF-16) to 162 bytes, as Word writes it while the file is open."""
    a = bytes([len(user)]) + user.encode("ascii")
    a += b" " * (54 - len(a))
    w = len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    data = a + w
    data += " ".encode("utf-16-le") * ((162 - len(data)) // 2)
    assert len(data) == 162, len(data)
    with open(dest, "wb") as f:
        f.write(data)


def thumbs_db(dest):
    """Explorer's thumbnail cache: an OLE compound file (its 512-byte header, the rest of
    its sectors empty here), 3 sectors."""
    hdr = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + bytes.fromhex("3E000300FEFF0900")
    hdr += bytes.fromhex("0600000000000000") + b"\0" * 4 + (1).to_bytes(4, "little")
    hdr += (1).to_bytes(4, "little") + b"\0" * 4 + (0x1000).to_bytes(4, "little")
    hdr += (2).to_bytes(4, "little") + (1).to_bytes(4, "little") + b"\xff\xff\xff\xfe"
    hdr += b"\0" * 4 + (0).to_bytes(4, "little")
    hdr += b"\xff" * (512 - len(hdr))
    data = hdr + b"\xfd\xff\xff\xff" + b"\xfe\xff\xff\xff" * 2 + b"\xff" * 500 + b"\0" * 1024
    with open(dest, "wb") as f:
        f.write(data)


def desktop_ini(dest):
    """A folder's desktop.ini as Explorer writes it (UTF-16 LE with a BOM, CRLF)."""
    text = "\r\n[ViewState]\r\nMode=\r\nVid=\r\nFolderType=Documents\r\n"
    with open(dest, "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
