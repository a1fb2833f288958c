"""probe58's sixteen reports: DEGRADED TEXT AS IT REALLY REACHES THE SECRETARIAT. Each report carries
the unit's text, figures, number, date and signer as probe55's generator gives them (loaded through
probe57's gen/reports.py → probe56's → probe55's → … → probe46's → probe44's), in the usual báo cáo
(header block, 'BÁO CÁO' + subject, the opening, I. / II. with 1.-5. / III. / IV., the closing, 'Nơi
nhận' + signature, 'PHỤ LỤC' with the nine-row table); ONLY THE TEXT'S CONDITION CHANGES, one or two
degradations per file (expect.json 'layout', README.txt): OCR of a signed scan (Google Docs, ABBYY
FineReader .txt and .docx), typed without diacritics, Telex / VNI keystrokes left, old-style tone
placement and decomposed (NFD) text, Caps Lock, headings only in capitals, a web editor's invisible
characters, and UTF-8 mojibake (read as Latin-1 / Windows-1252, saved again as UTF-8).

Every paragraph records what the file holds (written) and what the officer reads (the text kept as
written, but: OCR's line ends joined and its page furniture dropped; invisible characters gone; the
mojibake undone — a reversible accident); the snippet is taken from the officer's text around the
place the degradation touches (a line end, an invisible character) where there is one."""

import importlib.util
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r57 = _load("reports57", os.path.join(BENCH, "probe57", "gen", "reports.py"))
r56, r46 = r57.r56, r57.r46
sys.path.insert(0, HERE)
import degrade as D  # noqa: E402
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table
IND, LABELS, vn, dmy = r46.IND, r46.LABELS, r46.vn, r46.dmy
SUBJ2, SUBJ_LEAK, OPENING, CAPTION, HEADS = r56.SUBJ2, r56.SUBJ_LEAK, r56.OPENING, r46.CAPTION, r46.HEADS
UNITS, L_ = r57.UNITS, r57.L_
std_rows = r46.std_rows
CLEAN_WORD = re.compile(r"^[0-9A-Za-zÀ-ỹĐđ.,;:%()/+\-]+$")
W4 = [700, 4700, 1300, 1600]


class Rep(r56.Rep):
    """One report: probe56's Rep for the unit's data and the .docx writer; ext may be txt / md, then
    self.data (bytes) is the file."""

    def __init__(self, key, code, filename, notes, ext):
        u = UNITS[code]
        super().__init__(key, code, filename, notes, place=u["place"])
        self.ext = ext
        self.u = u
        self.data = None

    def save(self, path):
        if self.ext == "docx":
            return super().save(path)
        with open(path, "wb") as f:
            f.write(self.data)


def make(key, code, filename, title, notes, ext, doc_number="keep"):
    R = Rep(key, code, filename, notes, ext)
    R.meta(title, doc_number=doc_number)
    u = R.u
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
    return R


# ------------------------------------------------------------------------------- the model
def header_cols(R):
    """The header block's two columns: [(text, bold)], [(text, bold)]."""
    u = R.u
    if u["kind"] == "party":
        return ([(u["sup"], False), (u["body"], True), ("*", False), (f"Số {R.doc_number}", False)],
                [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("", False), (R.place_date, False)])
    if u["kind"] == "state":
        return ([(u["sup"], False), (u["body"], True), ("-------", False), (f"Số: {R.doc_number}", False)],
                [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
                 ("---------------", False), (R.place_date, False)])
    return ([(t, b) for t, b, i, u_ in u["cols"][0]], [(t, b) for t, b, i, u_ in u["cols"][1]])


def model(R, heads=None):
    """The usual báo cáo as a list of items (kind, ...): 'hdr' (left, right), 'center' (text, bold),
    'open' / 'close' (text), 'head' (text, level), 'para' (text, sec), 'sig' (recipients, sig lines,
    name), 'table' (rows)."""
    u = R.u
    who = u["who"]
    d, m, y = dmy(R.date)
    items = [("hdr",) + header_cols(R), ("center", "BÁO CÁO", True), ("center", SUBJ2, True),
             ("open", OPENING.format(who=who))]
    for sec, level, title in (heads or HEADS):
        items.append(("head", title, level))
        if sec:
            for t in R.texts[sec]:
                items.append(("para", t, sec))
    items.append(("close", f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."))
    items.append(("sig", u["recip"], u["sig"], R.signer))
    items += [("center", "PHỤ LỤC", True), ("center", CAPTION, True),
              ("center", f"(Kèm theo Báo cáo số {R.doc_number} ngày {d}/{m}/{y})", False),
              ("table", std_rows(R.figures))]
    return items


def apparatus_std(R, A):
    """The usual apparatus, as the officer would see it leak (A: the officer's form)."""
    u = R.u
    who = u["who"]
    d, m, y = dmy(R.date)
    for a in [R.doc_number, R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK, f"{who} báo cáo như sau",
              f"Kết luận số 114-KL/TW của {who}./.", "Nơi nhận", R.signer] + list(u["sig"]) + \
            [CAPTION[:34], f"Kèm theo Báo cáo số {R.doc_number} ngày {d}/{m}/{y}"[:40]]:
        R.app(A(a))


def snippet_at(text, k, corpus_ok=None, n=8):
    """An 8-word run of the officer's text holding word k (the place a degradation touches) —
    clean words only, not at the paragraph's very start; None when there is none."""
    words = text.split(" ")
    for n_ in (n, 9, 7, 10, 6):
        for s in sorted(range(max(2, k - n_ + 2), min(k, len(words) - n_) + 1), key=lambda s: abs(s - (k - n_ // 2))):
            win = words[s:s + n_]
            if len(win) == n_ and all(CLEAN_WORD.match(w) for w in win):
                snip = " ".join(win).strip(" ,;:")
                if len(snip.split()) >= 6:
                    return snip
    return None


def keep(R, officer, sec, focus=None):
    """A paragraph of the unit's text: what the officer reads, filed under sec; the snippet
    around word `focus` of the officer's text when a degradation touched it."""
    snip = snippet_at(officer, focus) if focus is not None else None
    R.paragraphs.append((officer, sec, snip))


# --------------------------------------------------------------------------- writers
def docx_hdr(R, left, right, T):
    cols = []
    for lines, w in ((left, 4300), (right, 5100)):
        cols.append(cell([p(r(T(t), b=b), jc="center", spacing=False) for t, b in lines], w=w, borders=False))
    R.d.add(table([cols], [4300, 5100], borders=False))


def docx_sig(R, recip, sig, name, T, stamp=None):
    left = [p(r(T("Nơi nhận:"), b=True, i=True), spacing=False)] + [p(r(T(s), sz=22), spacing=False) for s in recip]
    mid = [p("", spacing=False)] * 3 if not stamp else [p(r(s, sz=20), jc="center", spacing=False) for s in stamp]
    right = [p(r(T(s), b=True), jc="center", spacing=False) for s in sig] + mid + \
        [p(r(T(name), b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))


def write_docx(R, items, T, para=None, head=None, cellT=None):
    """The model as an ordinary Word report, every text through T (written form); para(text, sec)
    returns (written, officer, focus) for the unit's paragraphs; head(title, level) writes a heading."""
    for it in items:
        k = it[0]
        if k == "hdr":
            docx_hdr(R, it[1], it[2], T)
        elif k == "center":
            if it[1] == "PHỤ LỤC":
                R.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
            R.d.add(p(r(T(it[1]), b=it[2], i=not it[2], sz=28 if it[1] == "BÁO CÁO" else None), jc="center"))
        elif k in ("open", "close"):
            R.d.add(p(r(T(it[1])), ind=567))
        elif k == "head":
            if head:
                head(it[1], it[2])
            else:
                R.d.add(p(r(T(it[1]), b=True, i=it[2] > 1), ind=567))
        elif k == "para":
            w, o, f = para(it[1], it[2]) if para else (T(it[1]), T(it[1]), None)
            R.d.add(p(r(w), ind=567))
            keep(R, o, it[2], f)
        elif k == "sig":
            docx_sig(R, it[1], it[2], it[3], T)
        elif k == "table":
            CT = cellT or T
            rows = [[CT(c) for c in row] for row in it[1]]
            R.d.add(table(rows, W4, header_rows=1))


def write_lines(R, items, T, para=None, head=None, md=False):
    """The model as Word ▸ Save As ▸ Plain Text gives it (or a .md pasted from it): a line per
    paragraph, the header's columns on one line apart by tabs, table rows with tabs (md: pipes)."""
    out = []
    for it in items:
        k = it[0]
        if k == "hdr":
            L, Rt = it[1], it[2]
            for i in range(max(len(L), len(Rt))):
                a = L[i][0] if i < len(L) else ""
                b = Rt[i][0] if i < len(Rt) else ""
                out.append(T(f"{a}\t\t{b}".strip("\t")) if (a or b) else "")
        elif k == "center":
            t = T(it[1])
            out.append(f"**{t}**" if md and it[2] else t)
        elif k in ("open", "close"):
            out.append(T(it[1]))
        elif k == "head":
            t = head(it[1], it[2]) if head else T(it[1])
            out.append(f"**{t}**" if md and not head else t)
        elif k == "para":
            w, o, f = para(it[1], it[2]) if para else (T(it[1]), T(it[1]), None)
            out.append(w)
            keep(R, o, it[2], f)
        elif k == "sig":
            out += [T(s) for s in it[2]] + ["", T(it[3]), T("Nơi nhận:")] + [T(s) for s in it[1]]
        elif k == "table":
            rows = [[T(c) for c in row] for row in it[1]]
            if md:
                out.append("\n".join(["| " + " | ".join(rows[0]) + " |", "|---|---|---|---:|"] +
                                     ["| " + " | ".join(x_) + " |" for x_ in rows[1:]]))
            else:
                out += ["\t".join(x_) for x_ in rows]
    return out


def ocr_lines(R, items, T, width=88, page=34, page_head=None, figs=None, stamp=(), table_w=(6, 50, 12, 10),
              wrap_label=None, gap=False):
    """A signed scan OCR'd to plain lines: the header's two columns read across (left line and
    right line on one line, apart by `gap` spaces or one), every paragraph broken at the end of each
    printed line, hyphen compounds broken after the hyphen, a page-top line (page_head(n) → lines)
    every `page` printed lines, Nơi nhận and the signature read across, the stamp's text as stray
    lines before the name, the table as lines of cells apart by runs of spaces (figs: written cells).
    T is the OCR's reading of a text."""
    out, n_page = [], [1]

    def emit(line):
        if emit.count and emit.count % page == 0:
            n_page[0] += 1
            out.extend(page_head(n_page[0]) if page_head else [str(n_page[0])])
        out.append(line)
        emit.count += 1
    emit.count = 0
    for it in items:
        k = it[0]
        if k == "hdr":
            L, Rt = it[1], it[2]
            for i in range(max(len(L), len(Rt))):
                a = T(L[i][0]) if i < len(L) else ""
                b = T(Rt[i][0]) if i < len(Rt) else ""
                sep = " " * gap if gap else " "
                emit((a + sep + b).strip() if (a or b) else "")
        elif k == "center":
            if it[1] == "PHỤ LỤC":
                while emit.count % page:
                    emit.count += 1
            for ln in D.wrap(T(it[1]), 70):
                emit(ln)
        elif k in ("open", "close", "para"):
            o = T(it[1])
            lines = D.wrap(o, width, first=width - 6)
            for ln in lines:
                emit(ln)
            if k == "para":
                n1 = len(lines[0].split(" "))
                keep(R, o, it[2], n1 if len(lines) > 1 else None)
        elif k == "head":
            emit(T(it[1]))
        elif k == "sig":
            recip = [T("Nơi nhận:")] + [T(s) for s in it[1]]
            right = list(it[2])            # the signature's bold title: read right
            for i in range(max(len(recip), len(right))):
                a = recip[i] if i < len(recip) else ""
                b = right[i] if i < len(right) else ""
                emit((a + (" " * gap if gap else " ") + b).strip())
            for s in stamp:
                emit(s)
            emit(it[3])
        elif k == "table":
            rows = it[1]
            for j, row in enumerate(rows):
                cells = [T(c) for c in row]
                if figs and j > 0:
                    cells[3] = figs.get(IND[j - 1], cells[3])
                if wrap_label and j > 0 and IND[j - 1] in wrap_label:
                    a, b = wrap_label[IND[j - 1]]
                    emit(D.cells_line([cells[0], a, cells[2], cells[3]], table_w))
                    emit(" " * table_w[0] + b)
                else:
                    emit(D.cells_line(cells, table_w))
    return out


def bom_crlf(lines, bom=True, sep="\n"):
    text = sep.join(lines) + "\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", "\r\n").encode("utf-8")


# ======================================================================================
# 1. OCR (Google Docs) → .docx: every printed line its own paragraph.
def x001():
    R = make("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114 (scan).docx", "BÍ THƯ",
             "OCR OF THE SIGNED SCAN BY GOOGLE DOCS (Drive ▸ Open with Google Docs on the PDF, then File ▸ "
             "Download ▸ .docx; written here with probe46's writer, not Google's XML): EVERY PRINTED LINE IS "
             "ITS OWN PARAGRAPH (a paragraph of the report runs over 2-4 Word paragraphs, the first line "
             "shorter by the indent; a hyphen compound split after the hyphen, '114-' / 'KL/TW'); "
             "Vietnamese OCR ERRORS on diacritics (about 1 accented letter in 12: hook read as acute or "
             "lost 'ủ'→'ú', dot below lost 'ệ'→'ê', 'Đ'→'D', horn lost) in text, headings and labels; the "
             "HEADER BLOCK'S TWO COLUMNS READ ACROSS, one Word paragraph per printed line ('ĐẢNG BỘ TỈNH "
             "NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY PHƯỜNG VINH PHÚ', '*', 'Số 67-BC/ĐU Vinh Phú, ngày "
             "1O tháng 4 năm 2026' with O for 0 in the day); the PAGE NUMBER ('2', '3' …) as a paragraph at "
             "the top of every page, even inside a paragraph that runs on; 'Nơi nhận' and the signature "
             "READ ACROSS ('Nơi nhận: T/M BAN THƯỜNG VỤ'); the round STAMP'S TEXT read as two stray lines "
             "before the name ('ĐẢNG BỘ TỈNH NGHỆ AN * ĐẢNG ÚY' / 'PHƯỜNG VINH PHU'); the appendix table "
             "as one paragraph per row, cells apart by runs of spaces, with 'l8' (hội nghị) and '1.l29' "
             "(tiếp dân) for 18 and 1.129. The officer reads the paragraphs joined (OCR's errors kept: no "
             "spelling is invented), 18 and 1129, and records X001, 67-BC/ĐU, 10/4/2026, Trần Thị Hồng "
             "Nhung, BÍ THƯ.", "docx")
    T = lambda s: s if s.startswith("Số") else D.ocr_text(s, 0.08, "x001")  # noqa: E731
    items = model(R)
    d, m, y = dmy(R.date)
    # the date's day read 1O: the header's right column carries it
    L, Rt = items[0][1], items[0][2]
    items[0] = ("hdr", L, Rt[:2] + [(R.place_date.replace("ngày 10", "ngày 1O"), False)])
    stamp = ["ĐẢNG BỘ TỈNH NGHỆ AN * ĐẢNG ÚY", "PHƯỜNG VINH PHU"]
    lines = ocr_lines(R, items, T, page=30, stamp=stamp, figs={"hoi-nghi": "l8", "tiep-dan": "1.l29"},
                      page_head=lambda n: [str(n)])
    # the header's interleaving: the number and the date on one printed line
    for ln in lines:
        R.d.add(p(r(ln), spacing=False))
    apparatus_std(R, T)
    for s in stamp:
        R.app(s)
    R.tolerated += ["appendix-value-read-as:hoi-nghi", "appendix-value-read-as:tiep-dan", "no-diacritics",
                    "pseudo-heading"]
    return R


# 2. OCR (ABBYY FineReader) → .txt: hard line ends, a running header + page number, a form feed.
def x003():
    R = make("x003", "X003", "DU xa Quynh Luu - BC 71 KL114 (OCR).txt", "BÍ THƯ",
             "OCR OF THE SIGNED SCAN BY ABBYY FINEREADER, File ▸ Save as ▸ Text (UTF-8 with BOM, CRLF; "
             "'keep line breaks' on, 'insert page break character (#12)' on): a LINE BREAK AT THE END OF "
             "EVERY PRINTED LINE (no blank line between paragraphs; the first line shorter by the indent), "
             "a hyphen compound split after the hyphen; OCR ERRORS on diacritics (about 1 accented letter "
             "in 10, as X001) and an l for a 1 or an O for a 0 inside some numbers of the text; at every "
             "page break a FORM FEED, the page's RUNNING HEADER 'Đảng ủy xã Quỳnh Lưu - Báo cáo tổng kết 10 "
             "năm thực hiện Kết luận 114' (OCR'd) and the PAGE NUMBER '- N -', even inside a paragraph; the "
             "HEADER BLOCK READ ACROSS with RUNS OF SPACES between the columns ('ĐẢNG BỘ TỈNH NGHỆ AN      "
             "ĐẢNG CỘNG SẢN VIỆT NAM'); 'Nơi nhận' and the signature read across the same way; the STAMP'S "
             "TEXT as a stray line ('* ĐẢNG ỦY XÃ QUỲNH LƯU *' read 'ĐẢNG ỦY XÃ QUYNH LƯU') before the "
             "name; the appendix as lines of cells apart by runs of spaces, the 'tập huấn' label WRAPPED in "
             "its cell (continuation line indented), '1.O38' (tiếp dân) and '2l9' (đơn nhận) for 1.038 and "
             "219. The officer reads paragraphs joined, page furniture dropped, 1038 and 219, and records "
             "X003, 71-BC/ĐU, 13/4/2026, Hồ Sỹ Nam, BÍ THƯ.", "txt")
    T = lambda s: s if s.startswith("Số") else D.ocr_text(s, 0.1, "x003", digits=0.15)  # noqa: E731
    TH = lambda s: s if s.startswith("Số") else D.ocr_text(s, 0.1, "x003")  # noqa: E731  (header, labels)
    items = model(R)
    run_head = TH("Đảng ủy xã Quỳnh Lưu - Báo cáo tổng kết 10 năm thực hiện Kết luận 114")
    stamp = ["ĐẢNG ỦY XÃ QUYNH LƯU"]

    def TT(s):
        return TH(s) if (s in (R.place_date, f"Số {R.doc_number}") or s == R.signer) else T(s)
    lines = ocr_lines(R, items, TT, width=90, page=32, gap=8, stamp=stamp,
                      figs={"tiep-dan": "1.O38", "don-nhan": "2l9"},
                      wrap_label={"tap-huan": ("Lượt cán bộ, công chức được tập huấn,", "bồi dưỡng")},
                      page_head=lambda n: ["\f" + run_head, f"- {n} -", ""])
    R.data = bom_crlf(lines)
    apparatus_std(R, TT)
    R.app(run_head[:40])
    R.app(stamp[0])
    R.tolerated += ["appendix-value-read-as:tiep-dan", "appendix-value-read-as:don-nhan", "no-diacritics",
                    "pseudo-heading"]
    return R


# 3. OCR (ABBYY FineReader) → .docx: paragraphs kept but a w:br at each printed line end, tables rebuilt.
def syt():
    R = make("syt", "SYT", "SYT - BC 1342 KL114 (OCR).docx", "PHÓ GIÁM ĐỐC",
             "OCR OF THE SIGNED SCAN BY ABBYY FINEREADER ▸ Save as ▸ Word Document ('Editable copy', "
             "'keep line breaks' on): paragraphs are Word paragraphs but EVERY PRINTED LINE ENDS WITH A "
             "w:br (no space before or after it), hyphen compounds split after the hyphen before a w:br; "
             "OCR ERRORS on diacritics (as X001); the header block and the appendix REBUILT AS TABLES; "
             "the number read 'Số: l342/BC-SYT' (l for 1); a PAGE NUMBER paragraph ('2', '3', centred) "
             "between paragraphs; the STAMP'S TEXT ('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN * SỞ Y TẾ', OCR'd) as a "
             "line between the signature's title and the name; in the appendix 'tập huấn' read '4.1O5' "
             "(O for 0: the officer reads 4.105) and 'tiếp dân' read '1.3 2' — a digit under the stamp's "
             "ink LOST, the gap left: the officer cannot tell 1.302 from 1.392 and expects a finding, not "
             "a value (figure null, 'appendix-value-invalid' deserved). Records SYT, 1342/BC-SYT, "
             "16/4/2026, Nguyễn Thị Hương Giang, PHÓ GIÁM ĐỐC.", "docx")
    T = lambda s: D.ocr_text(s, 0.08, "syt")  # noqa: E731
    items = model(R)
    L, Rt = items[0][1], items[0][2]
    items[0] = ("hdr", [(t.replace("1342", "l342"), b) for t, b in L], Rt)
    stamp = [T("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN * SỞ Y TẾ")]
    n = [0]

    def para(text, sec):
        o = T(text)
        lines = D.wrap(o, 86, first=80)
        n[0] += 1
        if n[0] in (4, 8):                 # the page turns between paragraphs
            R.d.add(p(r(str(n[0] // 4 + 1)), jc="center"))
        runs = '<w:r><w:br/></w:r>'.join(r(ln) for ln in lines)
        R.d.add(p(runs, ind=567))
        keep(R, o, sec, len(lines[0].split(" ")) if len(lines) > 1 else None)
        return None
    for it in items:
        k = it[0]
        if k == "hdr":
            docx_hdr(R, it[1], it[2], lambda s: s if s.startswith("Số") else T(s))
        elif k == "para":
            para(it[1], it[2])
        elif k == "sig":
            docx_sig(R, it[1], it[2], it[3], lambda s: s if s in it[2] or s == it[3] else T(s), stamp=stamp)
        elif k == "table":
            rows = [[T(c) for c in row] for row in it[1]]
            rows[IND.index("tap-huan") + 1][3] = "4.1O5"
            rows[IND.index("tiep-dan") + 1][3] = "1.3 2"
            R.d.add(table(rows, W4, header_rows=1))
        else:
            write_docx(R, [it], T)
    apparatus_std(R, T)
    R.app(stamp[0])
    R.figures["tiep-dan"] = None
    R.problems.append("appendix-value-invalid:tiep-dan")
    R.tolerated += ["appendix-value-missing:tiep-dan", "appendix-value-read-as:tap-huan", "no-diacritics"]
    return R


# 4. No diacritics: an e-mail body saved as .txt.
def x002():
    R = make("x002", "X002", "Dien Chau - BC 52 KL114.txt", "BI THU",
             "TYPED WITHOUT DIACRITICS (the commune's clerk at a machine with no Vietnamese input method; "
             "the report SENT AS AN E-MAIL BODY, saved by the secretariat from the mail client: UTF-8 "
             "without BOM, CRLF, a BLANK LINE BETWEEN PARAGRAPHS): the whole report in plain ASCII — "
             "'DANG BO TINH NGHE AN', 'DANG UY XA DIEN CHAU', 'So 52-BC/DU', 'Dien Chau, ngay 09 thang 4 nam "
             "2026', 'BAO CAO', 'I. CONG TAC LANH DAO, CHI DAO', '1. Nhung ket qua noi bat' …, straight "
             "quotes, 'Noi nhan:', 'BI THU' / 'Nguyen Dinh Luc'; the appendix rows with tabs. The officer "
             "reads the text as written (no diacritics are invented for it: the compiled report quotes "
             "it so) and records X002, the number and the signer AS WRITTEN ('52-BC/DU', 'Nguyen Dinh Luc', "
             "'BI THU'), 9/4/2026. (A 'no-diacritics' warning on the headings tolerated.)", "txt")
    R.meta("BI THU", doc_number=D.ascii_text(R.doc_number), signer=D.ascii_text(R.signer))
    T = D.ascii_text
    items = model(R)
    R.data = bom_crlf(write_lines(R, items, T), bom=False, sep="\n\n")
    apparatus_std(R, T)
    R.tolerated += ["no-diacritics"]
    return R


# 5. No diacritics in Word.
def x005():
    R = make("x005", "X005", "DU xa Do Luong - BC 58 KL114.docx", "BI THU",
             "TYPED WITHOUT DIACRITICS IN WORD (no Vietnamese keyboard on the machine): an ordinary Word "
             "report (header table, bold centred 'BAO CAO', bold headings 'I. DANH GIA CONG TAC LANH DAO, "
             "CHI DAO', 'II. KET QUA TRIEN KHAI THUC HIEN', bold-italic '1. Nhung ket qua noi bat' … "
             "'5. Phuong huong, giai phap thoi gian toi', 'III. TAC DONG CUA VIEC THUC HIEN KET LUAN', 'IV. "
             "KIEN NGHI, DE XUAT', signature table, appendix table 'STT | Noi dung | DVT | So lieu'), "
             "every letter plain ASCII. The officer reads it as written and records X005, '58-BC/DU', "
             "10/4/2026, 'Nguyen Thi Thanh Tam', 'BI THU' as written. ('no-diacritics' tolerated.)", "docx")
    R.meta("BI THU", doc_number=D.ascii_text(R.doc_number), signer=D.ascii_text(R.signer))
    T = D.ascii_text
    heads = [(s, lv, "I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO" if s == "lanh-dao" else t) for s, lv, t in HEADS]
    write_docx(R, model(R, heads), T)
    apparatus_std(R, T)
    R.tolerated += ["no-diacritics"]
    return R


# 6. Telex keystrokes left in a few words.
def x004():
    R = make("x004", "X004", "Hoang Mai - BC 98 KL114.docx", "PHÓ BÍ THƯ",
             "TELEX KEYSTROKES LEFT WHERE THE INPUT METHOD WAS OFF (Unikey toggled by Ctrl+Shift for a few "
             "words): the header's body line 'DDARNG UYR PHƯỜNG HOÀNG MAI' (for 'ĐẢNG ỦY'), the heading "
             "'II. KEETS QUAR TRIỂN KHAI THỰC HIỆN', and one or two words in four paragraphs ('Ban Thường vụ "
             "Ddarng uyr phường', 'nhaan daan', 'thuwcj hieenj' …). Everything else ordinary Word. The "
             "officer reads the words as typed (the compiled text quotes them), files II's sub-parts under "
             "kết quả and records X004 (the body line says ĐẢNG ỦY PHƯỜNG HOÀNG MAI to him), 98-BC/ĐU, "
             "15/4/2026, Lê Thị Mai, PHÓ BÍ THƯ.", "docx")
    R.u = dict(R.u, body="DDARNG UYR PHƯỜNG HOÀNG MAI")
    heads = [(s, lv, "II. KEETS QUAR TRIỂN KHAI THỰC HIỆN" if t.startswith("II.") else t) for s, lv, t in HEADS]
    n = [0]

    def para(text, sec):
        n[0] += 1
        if n[0] in (1, 3, 6, 9):
            ws = [w for w in text.split(" ") if re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", w)
                  and re.fullmatch(r"[\wÀ-ỹ]+", w)][:2]
            if "Đảng ủy" in text:
                text = text.replace("Đảng ủy", "Ddarng uyr", 1)
            else:
                text = D.keys_in(text, ws)
        return text, text, None
    write_docx(R, model(R, heads), lambda s: s, para=para)
    apparatus_std(R, lambda s: s)
    return R


# 7. VNI keystrokes left in a few words.
def x007():
    R = make("x007", "X007", "Anh Son - BC 44 KL114.docx", "PHÓ BÍ THƯ",
             "VNI KEYSTROKES LEFT WHERE THE INPUT METHOD WAS OFF (VNI typing: tone digits 1-5, 6 circumflex, "
             "7 horn, 8 breve, 9 đ): the header's body line 'D9A3NG U3Y XÃ ANH SƠN', the heading 'III. TA1C "
             "D9O65NG CỦA VIỆC THỰC HIỆN KẾT LUẬN', and a word or two in three paragraphs ('D9a3ng u3y xa4', "
             "'nha6n da6n' …). The officer reads the words as typed, files III under tác động, and records "
             "X007, 44-BC/ĐU, 12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ.", "docx")
    R.u = dict(R.u, body="D9A3NG U3Y XÃ ANH SƠN")
    heads = [(s, lv, "III. TA1C D9O65NG CỦA VIỆC THỰC HIỆN KẾT LUẬN" if t.startswith("III.") else t)
             for s, lv, t in HEADS]
    n = [0]

    def para(text, sec):
        n[0] += 1
        if n[0] in (2, 5, 8):
            ws = [w for w in text.split(" ") if re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđâêô]", w)
                  and re.fullmatch(r"[\wÀ-ỹ]+", w)][1:3]
            text = D.keys_in(text, ws, vni=True)
        return text, text, None
    write_docx(R, model(R, heads), lambda s: s, para=para)
    apparatus_std(R, lambda s: s)
    return R


# 8. Old-style tones + NFD pasted from a Mac, mixed in one .docx.
def snv():
    R = make("snv", "SNV", "SNV - BC 279 KL114.docx", "PHÓ GIÁM ĐỐC",
             "OLD-STYLE TONE PLACEMENT AND DECOMPOSED TEXT MIXED: typed on a Windows machine with Unikey's "
             "old-style tones ('uỷ', 'hoà', 'thuỷ', 'khoẻ', 'tuỳ' — the tone on the last vowel of an "
             "open oa/oe/uy) throughout, header and signature included ('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT "
             "NAM', 'UỶ BAN', 'Tỉnh uỷ'); parts III and IV and the appendix PASTED FROM A COLLEAGUE'S MAC "
             "in DECOMPOSED form (NFD: base letter + combining marks, in the w:t text), their headings "
             "too, and the signer's name in NFD. The officer reads the text as typed (both spellings are "
             "Vietnamese) and records SNV, 279/BC-SNV, 14/4/2026, Trần Quốc Hưng, PHÓ GIÁM ĐỐC.", "docx")
    T = D.old_style
    items = model(R)
    out, nfd = [], False
    for it in items:
        if it[0] == "head" and it[1].startswith("III."):
            nfd = True
        if it[0] == "sig":
            it = ("sig", it[1], it[2], D.NFD(it[3]))
        out.append((it, nfd))
    for it, nfd_ in out:
        Tx = (lambda s: D.NFD(T(s))) if nfd_ else T
        write_docx(R, [it], Tx, cellT=(lambda s: D.NFD(T(s))) if nfd_ else None)
    apparatus_std(R, lambda s: D.NFC(T(s)))
    return R


# 9. NFD everywhere (Markdown from a Mac) + old-style tones.
def sgddt():
    R = make("sgddt", "SGDDT", "SGDDT - BC 731 KL114.md", "PHÓ GIÁM ĐỐC",
             "A MARKDOWN FILE WRITTEN ON A MAC, EVERY LETTER DECOMPOSED (NFD, as macOS file systems and some "
             "Mac editors leave it: 'Đ' stays one letter, 'ả' is 'a' + U+0309), with OLD-STYLE TONES "
             "('Uỷ ban', 'hoà', 'thuỷ'): header lines with tabs between the columns, '**BÁO CÁO**', the "
             "subject, the opening, bold parts '**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**' … and sub-parts, the "
             "closing, signature lines, 'Nơi nhận:', the appendix as a pipe table. The officer reads it "
             "as an ordinary report and records SGDDT, 731/BC-SGDĐT (NFD in the file), 15/4/2026, Thái "
             "Văn Thành, PHÓ GIÁM ĐỐC.", "md")
    T = lambda s: D.NFD(D.old_style(s))  # noqa: E731
    lines = write_lines(R, model(R), T, md=True)
    R.data = ("\n\n".join(lines) + "\n").encode("utf-8")
    apparatus_std(R, lambda s: D.NFC(D.old_style(s)))
    R.tolerated += ["pseudo-heading"]          # bold lines for headings (probe50's MdRep), not the point
    return R


# 10. Caps Lock: the whole body in capitals.
def stc():
    R = make("stc", "STC", "STC - BC 241 KL114.docx", "PHÓ GIÁM ĐỐC",
             "THE WHOLE BODY IN CAPITALS (typed with Caps Lock on): every paragraph of parts I-IV IN "
             "CAPITALS ('SỞ TÀI CHÍNH ĐÃ THAM MƯU …'), plain (not bold), first-line indent, most over two "
             "printed lines; the headings as usual (bold 'I. CÔNG TÁC …', bold-italic '1. Những kết quả "
             "nổi bật'); header, opening, closing, signature and appendix as usual. The officer reads "
             "every capitalised paragraph as the unit's text (not as a heading) and records STC, "
             "241/BC-STC, 16/4/2026, Nguyễn Văn Long, PHÓ GIÁM ĐỐC.", "docx")

    def para(text, sec):
        return text.upper(), text.upper(), None
    write_docx(R, model(R), lambda s: s, para=para)
    apparatus_std(R, lambda s: s)
    return R


# 11. Headings only in capitals, no numbering (docx).
CAPS_HEADS = [("lanh-dao", 1, "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"), (None, 1, "KẾT QUẢ TRIỂN KHAI THỰC HIỆN"),
              ("ket-qua.noi-bat", 2, "NHỮNG KẾT QUẢ NỔI BẬT"), ("ket-qua.han-che", 2, "TỒN TẠI, HẠN CHẾ"),
              ("ket-qua.nguyen-nhan", 2, "NGUYÊN NHÂN"), ("ket-qua.bai-hoc", 2, "BÀI HỌC KINH NGHIỆM"),
              ("ket-qua.giai-phap", 2, "PHƯƠNG HƯỚNG, GIẢI PHÁP THỜI GIAN TỚI"),
              ("tac-dong", 1, "TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"), ("kien-nghi", 1, "KIẾN NGHỊ, ĐỀ XUẤT")]


def ttt():
    R = make("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx", "PHÓ CHÁNH THANH TRA",
             "HEADINGS ONLY IN CAPITALS, NO NUMBERING, NOT BOLD: 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'KẾT QUẢ "
             "TRIỂN KHAI THỰC HIỆN', then 'NHỮNG KẾT QUẢ NỔI BẬT', 'TỒN TẠI, HẠN CHẾ', 'NGUYÊN NHÂN', 'BÀI "
             "HỌC KINH NGHIỆM', 'PHƯƠNG HƯỚNG, GIẢI PHÁP THỜI GIAN TỚI' (the same capitals: the level only "
             "from the outline), 'TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN', 'KIẾN NGHỊ, ĐỀ XUẤT' — each a plain "
             "paragraph of capitals with a first-line indent, no number, no bold, no heading style. The rest "
             "as usual. The officer files by the titles and records TTT, 117/BC-TTr, 15/4/2026, Phạm Hồng "
             "Quang, PHÓ CHÁNH THANH TRA. (pseudo-heading tolerated)", "docx")
    write_docx(R, model(R, CAPS_HEADS), lambda s: s, head=lambda t, lv: R.d.add(p(r(t), ind=567)))
    apparatus_std(R, lambda s: s)
    R.tolerated += ["pseudo-heading"]
    return R


# 12. Headings only in capitals, no numbering (md), the body's parts in Caps Lock for one part.
def mttq():
    R = make("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md", "PHÓ CHỦ TỊCH",
             "A PASTED MARKDOWN REPORT WITH HEADINGS ONLY IN CAPITALS, NO NUMBERING, NO MARKUP (plain lines "
             "'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'KẾT QUẢ TRIỂN KHAI THỰC HIỆN', 'NHỮNG KẾT QUẢ NỔI BẬT' … 'KIẾN "
             "NGHỊ, ĐỀ XUẤT'); and PART 'TÁC ĐỘNG' TYPED WITH CAPS LOCK (its paragraph in capitals). Header "
             "lines with tabs, '**BÁO CÁO**', closing, signature lines, 'Nơi nhận:', appendix pipe table "
             "(rate 'x'). The officer records MTTQ, 322/BC-MTTQ-BTT, 14/4/2026, Võ Thị Hằng, PHÓ CHỦ TỊCH; "
             "indicator 9 not reported. (pseudo-heading tolerated)", "md")

    def para(text, sec):
        t = text.upper() if sec == "tac-dong" else text
        return t, t, None
    lines = write_lines(R, model(R, CAPS_HEADS), lambda s: s, para=para, head=lambda t, lv: t, md=True)
    R.data = ("\n\n".join(lines) + "\n").encode("utf-8")
    apparatus_std(R, lambda s: s)
    R.tolerated += ["pseudo-heading"]
    return R


# 13. A web editor's invisibles in a .docx.
def duca():
    R = make("duca", "DUCA", "DUCA - BC 296 KL114.docx", "PHÓ BÍ THƯ",
             "INVISIBLE CHARACTERS SCATTERED BY A WEB EDITOR (the report drafted in the e-office system's "
             "rich-text editor, exported to .docx): ZERO-WIDTH SPACES (U+200B) after some spaces, NO-BREAK "
             "SPACES (U+00A0) after some short words, SOFT HYPHENS (U+00AD) inside some long syllables "
             "('thư\\u00adờng') — in the text, in the headings ('I.\\u00a0CÔNG TÁC …', 'II.\\u200bKẾT QUẢ "
             "…'), in the number line ('Số\\u00a0296-BC/ĐU'), the date ('ngày\\u00a012'), the signer "
             "('Nguyễn\\u00a0Đức Hải') and the appendix's figure cells ('5.386\\u200b', '96,5\\u00a0'). "
             "The officer reads what prints (none of these is visible) and records DUCA, 296-BC/ĐU, "
             "12/4/2026, Nguyễn Đức Hải, PHÓ BÍ THƯ; figures as printed.", "docx")
    heads = [(s, lv, t.replace("I. ", "I.\u00a0", 1) if t.startswith("I.") else
              t.replace("II. ", "II.\u200b", 1) if t.startswith("II.") else
              t.replace("1. ", "1.\u00a0\u200b", 1) if t.startswith("1.") else t) for s, lv, t in HEADS]
    items = model(R, heads)
    L, Rt = items[0][1], items[0][2]
    items[0] = ("hdr", [(t.replace("Số ", "Số\u00a0"), b) for t, b in L],
                [(t.replace("ngày ", "ngày\u00a0"), b) for t, b in Rt])
    items = [("sig", it[1], it[2], it[3].replace(" ", "\u00a0", 1)) if it[0] == "sig" else it for it in items]
    for it in items:
        if it[0] == "table":
            rows = it[1]
            rows[IND.index("tap-huan") + 1][3] += "\u200b"
            rows[IND.index("truc-tuyen") + 1][3] += "\u00a0"
            rows[IND.index("tiep-dan") + 1][3] = "\u200b" + rows[IND.index("tiep-dan") + 1][3]

    def para(text, sec):
        w, k = D.invisibles(text, "duca", 0.14)
        return w, text, k
    write_docx(R, items, lambda s: s, para=para)
    apparatus_std(R, lambda s: s)
    return R


# 14. A web editor's invisibles in Markdown: &nbsp; entities, U+200B, U+FEFF, soft hyphens.
def vptu():
    R = make("vptu", "VPTU", "VPTU - BC 498 KL114.md", "PHÓ CHÁNH VĂN PHÒNG",
             "A REPORT COPIED FROM THE E-OFFICE WEB EDITOR INTO MARKDOWN: literal '&nbsp;' ENTITIES (the "
             "editor's HTML source pasted: 'Số&nbsp;498-BC/VPTU', '**I.&nbsp;CÔNG TÁC …**', between words "
             "in some paragraphs), ZERO-WIDTH SPACES (U+200B) and ZERO-WIDTH NO-BREAK SPACES (U+FEFF, a BOM "
             "character in mid-text) after some spaces, SOFT HYPHENS inside some long syllables; the "
             "appendix pipe table with '&nbsp;' in cells ('2.318&nbsp;'). The officer reads what prints "
             "and records VPTU, 498-BC/VPTU, 13/4/2026, Lê Văn Toàn, PHÓ CHÁNH VĂN PHÒNG; indicator 9 "
             "not reported.", "md")
    heads = [(s, lv, t.replace(". ", ".&nbsp;", 1) if lv == 1 else t) for s, lv, t in HEADS]
    items = model(R, heads)
    L, Rt = items[0][1], items[0][2]
    items[0] = ("hdr", [(t.replace("Số ", "Số&nbsp;"), b) for t, b in L], Rt)
    for it in items:
        if it[0] == "table":
            it[1][IND.index("tiep-dan") + 1][3] += "&nbsp;"
            it[1][IND.index("don-nhan") + 1][3] = "\u200b" + it[1][IND.index("don-nhan") + 1][3]

    def para(text, sec):
        w, k = D.invisibles(text, "vptu", 0.14, feff=True)
        w = w.replace("\u00a0", "&nbsp;")
        return w, text, k
    lines = write_lines(R, items, lambda s: s, para=para, md=True)
    R.data = ("\n\n".join(lines) + "\n").encode("utf-8")
    apparatus_std(R, lambda s: s)
    R.tolerated += ["pseudo-heading"]          # bold lines for headings (probe50's MdRep), not the point
    return R


# 15. Mojibake in two parts of a .docx (pasted from a mis-decoded mail).
def duqs():
    R = make("duqs", "DUQS", "DUQS - BC 318 KL114.docx", "BÍ THƯ",
             "MOJIBAKE IN PART OF THE FILE: parts III and IV (headings and text) were pasted from an e-mail "
             "that had shown the UTF-8 text as ISO-8859-1 ('Ä\\x90áº£ng á»§y' for 'Đảng ủy', C1 control "
             "characters U+0080-U+009F kept), the rest typed in the file and sound. The mojibake is "
             "reversible (encode Latin-1, decode UTF-8): the officer (with the IT desk's one-click repair) "
             "reads parts III and IV as the unit wrote them and files them; a compiled report quoting the "
             "mojibake loses them. Records DUQS, 318-BC/ĐU, 10/4/2026, Lê Minh Tuấn, BÍ THƯ; indicator 9 "
             "'x'.", "docx")
    items = model(R)
    moj = False
    for it in items:
        if it[0] == "head" and it[1].startswith("III."):
            moj = True
        if it[0] == "close":
            moj = False
        if moj:
            if it[0] == "para":
                write_docx(R, [it], D.moji_latin1, para=lambda t, s: (D.moji_latin1(t), t, None))
            else:
                write_docx(R, [it], D.moji_latin1)
        else:
            write_docx(R, [it], lambda s: s)
    apparatus_std(R, lambda s: s)
    return R


# 16. The whole .txt mojibake (UTF-8 → Windows-1252 → UTF-8).
def td():
    R = make("td", "TD", "Tinh doan - BC 15 KL114.txt", "PHÓ BÍ THƯ THƯỜNG TRỰC",
             "THE WHOLE FILE MOJIBAKE: Word ▸ Plain Text (UTF-8) sent by mail, opened by the district "
             "secretariat in an editor that took it for WINDOWS-1252 and SAVED AGAIN AS UTF-8 (with BOM): "
             "every Vietnamese letter is two or three Latin-1 letters ('Ä\\x90oÃ n' for 'Đoàn', 'BÃ\\x81O "
             "CÃ\\x81O', 'á»§' for 'ủ'; the bytes Windows-1252 leaves undefined kept as C1 controls, the "
             "others as '‚ƒ„…†‡ˆ‰Š‹ŒŽ' letters). Layout as Word's Plain Text: header columns on one line "
             "apart by tabs, a line per paragraph, appendix rows with tabs. The officer (with the repair) "
             "reads the report as written; records TD, 15-BC/TĐTN-BTG, 14/4/2026, Nguyễn Thị Bích Ngọc, "
             "PHÓ BÍ THƯ THƯỜNG TRỰC; indicators 5 and 9 not reported.", "txt",
             doc_number="15-BC/TĐTN-BTG")
    T = D.moji_cp1252

    def para(text, sec):
        return T(text), text, None
    lines = write_lines(R, model(R), T, para=para)
    R.data = bom_crlf(lines)
    apparatus_std(R, lambda s: s)
    return R


REPORTS = [x001, x002, x003, x004, x005, x007, snv, syt, stc, sgddt, vptu, ttt, duqs, duca, td, mttq]
