"""probe60's sixteen reports: THE USUAL BÁO CÁO AS IT TRAVELS TO THE SECRETARIAT IN 2026. Each report
carries the unit's text, figures, number, date and signer as probe55's generator gives them (loaded
through probe58's gen/reports.py → probe57's → probe56's → probe55's → … → probe46's → probe44's), in
the usual báo cáo (header block, 'BÁO CÁO' + subject, the opening, I. / II. with 1.-5. / III. / IV.,
the closing, 'Nơi nhận' + signature, 'PHỤ LỤC' with the nine-row table); ONLY THE ROUTE CHANGES, one
per file (expect.json 'layout', README.txt): Google Docs ▸ Download ▸ Markdown (headings from
styles; or auto-numbered lists) and ▸ Plain text; Word ▸ Save As ▸ Plain Text with 'Insert line
breaks', and in Windows-1258 with 'Allow character substitution'; a Zalo and a Viber chat copied back
out; an Outlook forward, a Gmail reply quoting with '>', an Outlook reply prefixing '> ' and wrapping
at 76; copy-paste from Edge and from Foxit of the signed PDF; LibreOffice's own .docx, .odt and .doc
(real soffice conversions); and a .docx Word makes when it opens the PDF (text boxes, frames, a
paragraph per printed line, the table rebuilt).

Every paragraph records what the officer reads: the unit's text, joined where the route broke it at a
printed or wrapped line end (the snippet is then chosen ACROSS that line end), without the route's
furniture (chat names and times, mail headers and quote marks, page numbers, Markdown escapes)."""

import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r58 = _load("reports58", os.path.join(BENCH, "probe58", "gen", "reports.py"))
r57, r56, r46 = r58.r57, r58.r56, r58.r46
D = r58.D
dx = sys.modules["dx"]
dx57 = sys.modules["dx57"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table
IND, dmy = r46.IND, r46.dmy
make, model, apparatus_std, header_cols = r58.make, r58.model, r58.apparatus_std, r58.header_cols
write_docx, bom_crlf, ocr_lines, HEADS = r58.write_docx, r58.bom_crlf, r58.ocr_lines, r58.HEADS
snippet_at = r58.snippet_at
NFC = D.NFC


def keep(R, officer, sec, focus=None):
    """probe58's keep, the snippet across a line end 10 words long (8 were not always unique)."""
    snip = None
    if focus is not None:
        for n in (10, 11, 12, 9, 8, 13, 14):
            s = snippet_at(officer, focus, n=n)
            if s and sum(1 for t in CORPUS if s in t) == 1:
                snip = s
                break
    R.paragraphs.append((officer, sec, snip))


CORPUS = [re.sub(r"\s+", " ", NFC(t)).strip() for c in r46.C.values() for t, _ in c["paragraphs"]]


def crlf(lines, bom=False, enc="utf-8"):
    text = "\n".join(lines) + "\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", "\r\n").encode(enc)


def sig_cells(it):
    """The signature table's two cells: (left lines, right lines) as Word keeps them."""
    return ["Nơi nhận:"] + list(it[1]), list(it[2]) + ["", "", ""] + [it[3]]


def wrapped(R, text, sec, width, first, prefix="", out=None):
    """A paragraph hard-wrapped at `width` (first line `first`): lines added to out, the snippet
    chosen across the first line end."""
    lines = D.wrap(text, width, first=first)
    out.extend(prefix + ln for ln in lines)
    keep(R, text, sec, len(lines[0].split(" ")) if len(lines) > 1 else None)


# ============================================================================ Google Docs
def md_esc(t):
    """Google Docs' Markdown escapes: a line-start list marker, '*', '_' and '#' at a line's start."""
    t = t.replace("*", "\\*").replace("_", "\\_")
    t = re.sub(r"^(\d+)\.", r"\1\\.", t)
    t = re.sub(r"^([-+])", r"\\\1", t)
    t = re.sub(r"^#", r"\\#", t)
    return t


def x001():
    R = make("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.md", "BÍ THƯ",
             "GOOGLE DOCS ▸ File ▸ Download ▸ Markdown (.md): the report drafted in Google Docs with "
             "Heading 1 for the parts and Heading 2 for the sub-parts. Google's Markdown: the HEADER TABLE "
             "as a one-row PIPE TABLE whose cells join their lines with '<br>' ('ĐẢNG BỘ TỈNH NGHỆ AN<br>"
             "**ĐẢNG ỦY PHƯỜNG VINH PHÚ**<br>\\*<br>Số 67-BC/ĐU | **ĐẢNG CỘNG SẢN VIỆT NAM**<br><br>*Vinh "
             "Phú, ngày 10 tháng 4 năm 2026*') over an alignment row '| :---: | :---: |'; '**BÁO CÁO**'; "
             "'# **I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**', '## *1\\. Những kết quả nổi bật*' (the ESCAPED '1\\.'); "
             "a blank line between paragraphs; the SIGNATURE TABLE as a pipe table ('***Nơi nhận:***<br>\\- "
             "Ban Tuyên giáo …<br>\\- Lưu Văn phòng. | **T/M BAN THƯỜNG VỤ**<br>**BÍ THƯ**<br><br><br>"
             "<br>**Trần Thị Hồng Nhung**', the ESCAPED '\\-'); the appendix as a pipe table with Google's "
             "alignment row '| :---: | :---- | :---: | ---: |' and bold header cells. Records X001, 67-BC/ĐU, "
             "10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.", "md")
    out = []
    for it in model(R):
        k = it[0]
        if k == "hdr":
            def col(lines):
                return "<br>".join((f"**{md_esc(t)}**" if b else md_esc(t)) if t else "" for t, b in lines)
            L, Rt = it[1], it[2]
            Rt = [(t, b) for t, b in Rt]
            right = "<br>".join(f"**{t}**" if b else (f"*{t}*" if "ngày" in t else t) for t, b in Rt)
            out += [f"| {col(L)} | {right} |", "| :---: | :---: |", ""]
        elif k == "center":
            out += [f"**{it[1]}**" if it[2] else f"*{it[1]}*", ""]
        elif k in ("open", "close"):
            out += [md_esc(it[1]), ""]
        elif k == "head":
            t = it[1]
            out += [f"# **{t}**" if it[2] == 1 else f"## *{md_esc(t)}*", ""]
        elif k == "para":
            out += [md_esc(it[1]), ""]
            keep(R, it[1], it[2])
        elif k == "sig":
            left, right = sig_cells(it)
            lc = "<br>".join(["***Nơi nhận:***"] + [md_esc(s) for s in it[1]])
            rc = "<br>".join(f"**{s}**" if s else "" for s in right)
            out += [f"| {lc} | {rc} |", "| :---- | :---: |", ""]
        elif k == "table":
            rows = it[1]
            out.append("| " + " | ".join(f"**{c}**" for c in rows[0]) + " |")
            out.append("| :---: | :---- | :---: | ---: |")
            out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            out.append("")
    R.data = ("\n".join(out)).encode("utf-8")
    apparatus_std(R, lambda s: s)
    R.tolerated += ["pseudo-heading"]      # bold lines / list items for headings: advice, not the point
    return R


def x005():
    R = make("x005", "X005", "DU xa Do Luong - BC 58 KL114.md", "BÍ THƯ",
             "GOOGLE DOCS ▸ Download ▸ Markdown, the parts made with GOOGLE'S AUTO-NUMBERED LISTS (not "
             "headings): parts I-IV an upper-Roman list whose items are bold capitals, sub-parts 1.-5. a "
             "nested decimal list (italic). Markdown has no Roman list: Google writes the part items as "
             "'1. **CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**', '2. **KẾT QUẢ TRIỂN KHAI THỰC HIỆN**' … '4. **KIẾN NGHỊ, "
             "ĐỀ XUẤT**' (the list's count kept across the paragraphs between), the sub-parts indented "
             "three spaces '   1. *Những kết quả nổi bật*' … '   5. *Phương hướng, …*'; the header and the "
             "signature as Google's one-row pipe tables with '<br>'; blank lines between paragraphs; "
             "appendix pipe table. The officer files by the titles (bold capitals = the report's parts, "
             "numbered 1.-4. here only because Markdown cannot say I.-IV.) and records X005, 58-BC/ĐU, "
             "10/4/2026, Nguyễn Thị Thanh Tâm, BÍ THƯ. (Not verified in Google Docs: the arabic "
             "renumbering of a Roman list is this probe's assumption.)", "md")
    out = []
    part = [0]
    for it in model(R):
        k = it[0]
        if k == "hdr":
            L, Rt = it[1], it[2]
            left = "<br>".join((f"**{md_esc(t)}**" if b else md_esc(t)) for t, b in L)
            right = "<br>".join(f"**{t}**" if b else (f"*{t}*" if "ngày" in t else t) for t, b in Rt)
            out += [f"| {left} | {right} |", "| :---: | :---: |", ""]
        elif k == "center":
            out += [f"**{it[1]}**" if it[2] else f"*{it[1]}*", ""]
        elif k in ("open", "close"):
            out += [md_esc(it[1]), ""]
        elif k == "head":
            t = re.sub(r"^(?:[IVX]+|\d+)\.\s*", "", it[1])
            if it[2] == 1:
                part[0] += 1
                out += [f"{part[0]}. **{t}**", ""]
            else:
                n = re.match(r"^(\d+)\.", it[1]).group(1)
                out += [f"   {n}. *{t}*", ""]
        elif k == "para":
            out += [md_esc(it[1]), ""]
            keep(R, it[1], it[2])
        elif k == "sig":
            lc = "<br>".join(["***Nơi nhận:***"] + [md_esc(s) for s in it[1]])
            rc = "<br>".join(f"**{s}**" if s else "" for s in sig_cells(it)[1])
            out += [f"| {lc} | {rc} |", "| :---- | :---: |", ""]
        elif k == "table":
            rows = it[1]
            out.append("| " + " | ".join(f"**{c}**" for c in rows[0]) + " |")
            out.append("| :---: | :---- | :---: | ---: |")
            out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            out.append("")
    R.data = ("\n".join(out)).encode("utf-8")
    apparatus_std(R, lambda s: s)
    R.tolerated += ["pseudo-heading"]      # bold lines / list items for headings: advice, not the point
    return R


def td():
    R = make("td", "TD", "Tinh doan - BC 15 KL114.txt", "PHÓ BÍ THƯ THƯỜNG TRỰC",
             "GOOGLE DOCS ▸ File ▸ Download ▸ Plain text (.txt): UTF-8 WITH BOM, CRLF, one line per "
             "paragraph, no blank line between paragraphs (an empty paragraph is an empty line); TABLES "
             "FLATTENED ONE CELL A LINE: the header's left cell's lines ('BCH ĐOÀN TNCS HỒ CHÍ MINH', 'TỈNH "
             "NGHỆ AN', '***', 'Số: 15-BC/TĐTN-BTG') then the right cell's ('ĐOÀN TNCS HỒ CHÍ MINH', '', "
             "'Nghệ An, ngày 14 tháng 4 năm 2026'); the signature table's left cell ('Nơi nhận:' and the "
             "three recipients) then its right cell (title lines, three empty lines, the name); the "
             "appendix as 40 lines, four per row ('STT' / 'Nội dung' / 'ĐVT' / 'Số liệu' / '1' / 'Văn bản "
             "lãnh đạo, chỉ đạo được ban hành' / 'Văn bản' / '34' …). The officer reads the rows four "
             "lines at a time and records TD, 15-BC/TĐTN-BTG, 14/4/2026, Nguyễn Thị Bích Ngọc, PHÓ BÍ THƯ "
             "THƯỜNG TRỰC; indicators 5 and 9 not reported.", "txt", doc_number="15-BC/TĐTN-BTG")
    out = []
    for it in model(R):
        k = it[0]
        if k == "hdr":
            out += [t for t, b in it[1]] + [t for t, b in it[2]]
        elif k == "center":
            out.append(it[1])
        elif k in ("open", "close", "head"):
            out.append(it[1])
        elif k == "para":
            out.append(it[1])
            keep(R, it[1], it[2])
        elif k == "sig":
            L, Rt = sig_cells(it)
            out += L + Rt
        elif k == "table":
            for row in it[1]:
                out += list(row)
    R.data = crlf(out, bom=True)
    apparatus_std(R, lambda s: s)
    return R


# ================================================================================ Word ▸ Plain Text
def word_cells(cells):
    """A table row as Word's Plain Text writes it: a cell's paragraphs on lines of their own, a TAB
    after each cell but the last."""
    return "\t".join("\n".join(c) for c in cells).split("\n")


def x002():
    R = make("x002", "X002", "Dien Chau - BC 52 KL114.txt", "BÍ THƯ",
             "WORD ▸ Save As ▸ Plain Text, Encoding Unicode (UTF-8), 'INSERT LINE BREAKS' ON, End lines "
             "with CR/LF: UTF-8 with BOM; EVERY PRINTED LINE ENDS WITH CRLF (about 85 characters, the "
             "first line of a paragraph shorter by its indent; a compound with a hyphen broken after the "
             "hyphen, '114-' / 'KL/TW'); no blank line between paragraphs, no indent kept; TABLES AS "
             "WORD WRITES THEM: a cell's paragraphs on lines of their own and a TAB after each cell but the "
             "last — the header's left cell 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY XÃ DIỄN CHÂU' / '*' / 'Số "
             "52-BC/ĐU<TAB>ĐẢNG CỘNG SẢN VIỆT NAM' / '' / 'Diễn Châu, ngày 09 tháng 4 năm 2026'; the "
             "signature's 'Nơi nhận:' … '- Lưu Văn phòng.<TAB>T/M BAN THƯỜNG VỤ' / 'BÍ THƯ' / '' / '' / '' / "
             "'Nguyễn Đình Lực'; appendix rows one a line with tabs (cells not wrapped). The officer reads "
             "the paragraphs joined and records X002, 52-BC/ĐU, 9/4/2026, Nguyễn Đình Lực, BÍ THƯ.", "txt")
    out = []
    for it in model(R):
        k = it[0]
        if k == "hdr":
            out += word_cells([[t for t, b in it[1]], [t for t, b in it[2]]])
        elif k == "center":
            out.append(it[1])
        elif k == "head":
            out.append(it[1])
        elif k in ("open", "close"):
            out += D.wrap(it[1], 85, first=80)
        elif k == "para":
            wrapped(R, it[1], it[2], 85, 80, out=out)
        elif k == "sig":
            out += word_cells(list(sig_cells(it)))
        elif k == "table":
            out += ["\t".join(row) for row in it[1]]
    R.data = crlf(out, bom=True)
    apparatus_std(R, lambda s: s)
    return R


TONE5 = "\u0300\u0301\u0303\u0309\u0323"
SUBST = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "\u00a0": " "}


def cp1258(s):
    """Word's Windows-1258: a letter with a tone is its base (with circumflex, breve, horn) + the tone
    as a combining mark; with 'Allow character substitution', typographic quotes and dashes ASCII."""
    out = []
    for ch in s:
        ch = SUBST.get(ch, ch)
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in d if m in TONE5)
        base = NFC("".join(m for m in d if m not in TONE5))
        out.append(base + tones)
    return "".join(out)


def snv():
    R = make("snv", "SNV", "SNV - BC 279 KL114.txt", "PHÓ GIÁM ĐỐC",
             "WORD ▸ Save As ▸ Plain Text, Encoding 'VIETNAMESE (WINDOWS)' = Windows-1258 with 'ALLOW "
             "CHARACTER SUBSTITUTION' ticked, no line breaks inserted, CRLF: every toned letter written as "
             "Windows-1258 must (base letter — with its circumflex, breve or horn — then the tone as a "
             "combining byte: 'Sở' is 'S' + 'ơ' + U+0309, written 53 F5 D2), the Word original's TYPOGRAPHIC "
             "characters substituted: the motto's EN DASHES ('Độc lập – Tự do – Hạnh phúc' → '-'), the "
             "recipients' en-dash bullets ('– Ban Tuyên giáo …' → '- Ban …'), the appendix label's CURLY "
             "QUOTES ('Mô hình “Dân vận khéo”' → '\"Dân vận khéo\"'); tables as Word's Plain Text writes them "
             "(a cell's paragraphs on lines, a tab after each cell but the last). The officer reads it as "
             "the same report and records SNV, 279/BC-SNV, 14/4/2026, Trần Quốc Hưng, PHÓ GIÁM ĐỐC.", "txt")
    out = []
    for it in model(R):
        k = it[0]
        if k == "hdr":
            L = [t for t, b in it[1]]
            Rt = [t.replace(" - ", " – ") for t, b in it[2]]
            out += word_cells([L, Rt])
        elif k in ("center", "head", "open", "close"):
            out.append(it[1])
        elif k == "para":
            out.append(it[1])
            keep(R, it[1], it[2])
        elif k == "sig":
            L, Rt = sig_cells(it)
            L = [re.sub(r"^- ", "– ", s) for s in L]
            out += word_cells([L, Rt])
        elif k == "table":
            out += ["\t".join(row) for row in it[1]]
    text = "\n".join(cp1258(ln) for ln in out) + "\n"
    R.data = text.replace("\n", "\r\n").encode("cp1258")
    apparatus_std(R, lambda s: s)
    R.tolerated += ["encoding"]            # the note that the file was Windows-1258 is true
    return R


# ============================================================================ chats
def chat_lines(R, items, table_sep=" "):
    """The report as text pasted into a chat: a line per paragraph, the header's cells one line each
    (left column, then right), the signature's cells likewise, table rows one a line."""
    msgs, cur = [], []
    for it in items:
        k = it[0]
        if k == "head" and it[2] == 1 and it[1][:3] in ("II.", "III"):
            msgs.append(cur)
            cur = []
        if k == "center" and it[1] == "PHỤ LỤC":
            msgs.append(cur)
            cur = []
        if k == "hdr":
            cur += [t for t, b in it[1] if t] + [t for t, b in it[2] if t]
        elif k in ("center", "head", "open", "close"):
            cur.append(it[1])
        elif k == "para":
            cur.append(it[1])
            keep(R, it[1], it[2])
        elif k == "sig":
            cur += ["Nơi nhận:"] + list(it[1]) + list(it[2]) + [it[3]]
        elif k == "table":
            cur += [table_sep.join(row) for row in it[1]]
    msgs.append(cur)
    return msgs


def x004():
    R = make("x004", "X004", "Hoang Mai - BC 98 KL114 (Zalo).txt", "PHÓ BÍ THƯ",
             "PASTED INTO A ZALO CHAT AND COPIED BACK OUT (Zalo PC: the phường's clerk pasted the report "
             "from Word into four messages, part by part; the secretariat selected the conversation and "
             "pasted it into Notepad, UTF-8): the day separator '16/04/2026', then per message the "
             "SENDER'S NAME line ('Nguyễn Thu Hà'), the text, and the TIME line ('08:47'); a first "
             "message 'Em gửi Ban báo cáo tổng kết 10 năm KL114 của Đảng ủy phường Hoàng Mai ạ, bản ký số "
             "em gửi qua iOffice sau 🙏', the secretariat's reply 'Đã nhận, cảm ơn em 👍' (sender 'Văn thư "
             "Ban TG&DV'); ONE LINE PER PARAGRAPH, no blank lines, no tabs: the header's cells one line "
             "each (left column, then right), the signature's likewise, the APPENDIX TABLE FLATTENED a row "
             "a line, its cells apart by ONE SPACE ('5 Lượt tiếp công dân Lượt 731'). The officer reads "
             "the report between the chat's lines and records X004, 98-BC/ĐU, 15/4/2026, Lê Thị Mai, PHÓ "
             "BÍ THƯ (the chat's date is no report's date).", "txt")
    msgs = chat_lines(R, model(R))
    who, times = "Nguyễn Thu Hà", ["08:47", "08:47", "08:48", "08:48", "08:49"]
    out = ["16/04/2026", who,
           "Em gửi Ban báo cáo tổng kết 10 năm KL114 của Đảng ủy phường Hoàng Mai ạ, bản ký số em gửi qua iOffice sau 🙏",
           times[0]]
    for m, t in zip(msgs, times[1:]):
        out += [who] + m + [t]
    out += ["Văn thư Ban TG&DV", "Đã nhận, cảm ơn em 👍", "09:02"]
    R.data = crlf(out)
    apparatus_std(R, lambda s: s)
    R.app("Nguyễn Thu Hà")
    R.app("bản ký số em gửi qua iOffice sau")
    R.app("Đã nhận, cảm ơn em")
    R.app("Văn thư Ban TG&DV")
    return R


def x007():
    R = make("x007", "X007", "Anh Son - BC 44 KL114 (Viber).txt", "PHÓ BÍ THƯ",
             "PASTED INTO A VIBER CHAT AND COPIED BACK OUT (Viber desktop, several messages selected and "
             "copied: each message opens with '[12/04/2026 16:20] Nguyễn Văn Quế: ' ON ITS FIRST LINE, "
             "the message's other lines follow as they are): a first message 'Em gửi báo cáo KL114 của "
             "Đảng ủy xã Anh Sơn ạ 📄', then the report in four messages split before II., III. and PHỤ "
             "LỤC — so the header's first line is '[12/04/2026 16:21] Nguyễn Văn Quế: ĐẢNG BỘ TỈNH NGHỆ "
             "AN' and THE HEADINGS 'II. …', 'III. …' and 'PHỤ LỤC' SIT AFTER A MESSAGE PREFIX; one line per "
             "paragraph; the header's and signature's cells one line each; the appendix rows one a line "
             "with TABS kept; a last message '🙏🙏' and the secretariat's '👍'. The officer reads past the "
             "prefixes and records X007, 44-BC/ĐU, 12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ.", "txt")
    msgs = chat_lines(R, model(R), table_sep="\t")
    who = "Nguyễn Văn Quế"
    out = [f"[12/04/2026 16:20] {who}: Em gửi báo cáo KL114 của Đảng ủy xã Anh Sơn ạ 📄"]
    for n, m in enumerate(msgs):
        out.append(f"[12/04/2026 16:{21 + n:02d}] {who}: {m[0]}")
        out += m[1:]
    out += [f"[12/04/2026 16:26] {who}: 🙏🙏", "[12/04/2026 16:40] Ban TG&DV Tỉnh ủy: 👍"]
    R.data = crlf(out)
    apparatus_std(R, lambda s: s)
    R.app("Nguyễn Văn Quế")
    R.app("Em gửi báo cáo KL114 của Đảng ủy xã Anh Sơn")
    R.app("Ban TG&DV Tỉnh ủy")
    return R


# ============================================================================ e-mail
def mail_body(R, items, blank=True):
    """The report as a mail client's text: a paragraph a line (a blank line between paragraphs when
    `blank`), tables as Word's Plain Text writes them (the mail editor is Word)."""
    out = []
    for it in items:
        k = it[0]
        if k == "hdr":
            out += word_cells([[t for t, b in it[1]], [t for t, b in it[2]]])
        elif k in ("center", "head", "open", "close"):
            out.append(it[1])
        elif k == "para":
            out.append(it[1])
            keep(R, it[1], it[2])
        elif k == "sig":
            out += word_cells(list(sig_cells(it)))
        elif k == "table":
            out += ["\t".join(row) for row in it[1]]
            continue
        if blank:
            out.append("")
    return out


def x003():
    R = make("x003", "X003", "DU xa Quynh Luu - FW Bao cao KL114.txt", "BÍ THƯ",
             "A FORWARDED E-MAIL WHOSE BODY IS THE REPORT (Outlook ▸ Save As ▸ Text Only, UTF-8): the "
             "forward's headers 'From:<TAB>Văn phòng Đảng ủy xã Quỳnh Lưu <…>' / 'Sent:<TAB>Monday, April "
             "13, 2026 4:35 PM' / 'To:' / 'Subject:<TAB>FW: Báo cáo tổng kết 10 năm thực hiện KL 114-KL/TW', "
             "the forwarder's two-line note, Outlook's rule '________________________________' and the "
             "original's headers ('From: Hồ Thị Lan <…>' / 'Sent: …' / 'To: …' / 'Subject: Báo cáo KL114'), "
             "then THE REPORT pasted into the body (a blank line between paragraphs; the header and "
             "signature tables as Word's text: a cell's lines, a tab between cells), and under the "
             "appendix THE E-MAIL SENDER'S SIGNATURE '--' / 'Hồ Thị Lan' / 'Chuyên viên Văn phòng Đảng ủy "
             "xã Quỳnh Lưu' / 'ĐT: 0912 345 678'. The officer reads the report and records X003, 71-BC/ĐU, "
             "13/4/2026, Hồ Sỹ Nam, BÍ THƯ (not the mail's sender, not the mail's date).", "txt")
    out = ["From:\tVăn phòng Đảng ủy xã Quỳnh Lưu <vanphong.dux.quynhluu@nghean.dcs.vn>",
           "Sent:\tMonday, April 13, 2026 4:35 PM",
           "To:\tBan Tuyên giáo và Dân vận Tỉnh ủy <bantgdv@nghean.dcs.vn>",
           "Subject:\tFW: Báo cáo tổng kết 10 năm thực hiện KL 114-KL/TW", "",
           "Văn phòng Đảng ủy xã kính chuyển Ban báo cáo của Ban Thường vụ Đảng ủy xã; bản ký số gửi qua hệ thống.",
           "Trân trọng!", "",
           "________________________________",
           "From: Hồ Thị Lan <lanht.quynhluu@gmail.com>",
           "Sent: Monday, April 13, 2026 3:10 PM",
           "To: vanphong.dux.quynhluu@nghean.dcs.vn",
           "Subject: Báo cáo KL114", ""]
    out += mail_body(R, model(R))
    out += ["", "--", "Hồ Thị Lan", "Chuyên viên Văn phòng Đảng ủy xã Quỳnh Lưu", "ĐT: 0912 345 678"]
    R.data = crlf(out, bom=True)
    apparatus_std(R, lambda s: s)
    for a in ("Hồ Thị Lan", "Văn phòng Đảng ủy xã kính chuyển Ban", "Subject", "Chuyên viên Văn phòng Đảng ủy",
              "0912 345 678", "Monday, April 13, 2026"):
        R.app(a)
    return R


def syt():
    R = make("syt", "SYT", "SYT - Re Bao cao KL114.txt", "PHÓ GIÁM ĐỐC",
             "A GMAIL REPLY QUOTING THE REPORT WITH '>' (the secretariat's answer to the Sở's mail, the "
             "thread saved as text, Gmail in Vietnamese): on top the reply 'Ban đã nhận báo cáo. Đề nghị Sở "
             "gửi bản ký số qua hệ thống iOffice trước ngày 19/4/2026.' / 'Trân trọng!' and the replier's "
             "signature ('--' / 'Trần Minh Đức' / 'Ban Tuyên giáo và Dân vận Tỉnh ủy'), then Gmail's "
             "attribution 'Vào Th 5, 16 thg 4, 2026 vào lúc 09:40 Văn phòng Sở Y tế <…> đã viết:' and THE "
             "REPORT QUOTED, EVERY LINE PREFIXED '> ' (empty quoted lines '>' between paragraphs; the "
             "header and signature tables as Word's text: a cell's lines, a tab between cells; the "
             "appendix rows with tabs). The officer reads the quoted report and records SYT, "
             "1342/BC-SYT, 16/4/2026, Nguyễn Thị Hương Giang, PHÓ GIÁM ĐỐC (not the reply's date or "
             "signer).", "txt")
    body = mail_body(R, model(R))
    out = ["Ban đã nhận báo cáo. Đề nghị Sở gửi bản ký số qua hệ thống iOffice trước ngày 19/4/2026.", "",
           "Trân trọng!", "", "--", "Trần Minh Đức", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "",
           "Vào Th 5, 16 thg 4, 2026 vào lúc 09:40 Văn phòng Sở Y tế <vanphong.syt@nghean.gov.vn> đã viết:", ""]
    out += [("> " + ln) if ln else ">" for ln in body]
    R.data = crlf(out)
    apparatus_std(R, lambda s: s)
    for a in ("Trần Minh Đức", "Ban đã nhận báo cáo", "qua hệ thống iOffice", "Văn phòng Sở Y tế <"):
        R.app(a)
    return R


def vptu():
    R = make("vptu", "VPTU", "VPTU - RE Bao cao KL114.txt", "PHÓ CHÁNH VĂN PHÒNG",
             "AN OUTLOOK PLAIN-TEXT REPLY WITH 'PREFIX EACH LINE OF THE ORIGINAL MESSAGE' (Outlook ▸ Mail "
             "▸ When replying: prefix each line, prefix '> '; plain text WRAPPED AT 76 characters): the "
             "reply 'Ban đã nhận, sẽ tổng hợp vào báo cáo chung của Tỉnh.' / 'Trần Minh Đức', then "
             "'-----Original Message-----' / 'From: …' / 'Sent: Monday, April 13, 2026 2:15 PM' / 'To: …' / "
             "'Subject: Bao cao tong ket KL 114 - VPTU', then THE REPORT, EVERY LINE '> ' AND EVERY "
             "PARAGRAPH WRAPPED at 76 (the continuation lines '> ' too; a compound with a hyphen broken "
             "after it), '> ' lines between paragraphs; the header's and signature's cells as Word's text "
             "(a cell's lines, a tab between cells); appendix rows with tabs (not wrapped). The officer "
             "reads the paragraphs joined and records VPTU, 498-BC/VPTU, 13/4/2026, Lê Văn Toàn, PHÓ CHÁNH "
             "VĂN PHÒNG; indicator 9 not reported.", "txt")
    out = ["Ban đã nhận, sẽ tổng hợp vào báo cáo chung của Tỉnh.", "", "Trần Minh Đức", "",
           "-----Original Message-----",
           "From: Văn phòng Tỉnh ủy [mailto:vanphong@nghean.dcs.vn]",
           "Sent: Monday, April 13, 2026 2:15 PM",
           "To: Ban Tuyên giáo và Dân vận Tỉnh ủy",
           "Subject: Bao cao tong ket KL 114 - VPTU", ""]
    for it in model(R):
        k = it[0]
        if k == "hdr":
            out += ["> " + ln for ln in word_cells([[t for t, b in it[1]], [t for t, b in it[2]]])]
        elif k in ("center", "head"):
            out.append("> " + it[1])
        elif k in ("open", "close"):
            out += ["> " + ln for ln in D.wrap(it[1], 74, first=74)]
        elif k == "para":
            wrapped(R, it[1], it[2], 74, 74, prefix="> ", out=out)
        elif k == "sig":
            out += ["> " + ln for ln in word_cells(list(sig_cells(it)))]
        elif k == "table":
            out += ["> " + "\t".join(row) for row in it[1]]
            continue
        out.append("> ")
    R.data = crlf(out)
    apparatus_std(R, lambda s: s)
    for a in ("Trần Minh Đức", "Original Message", "sẽ tổng hợp vào báo cáo chung", "Bao cao tong ket KL 114"):
        R.app(a)
    return R


# ============================================================================ PDF copy-paste
def stc():
    R = make("stc", "STC", "STC - BC 241 KL114 (copy tu PDF).txt", "PHÓ GIÁM ĐỐC",
             "COPIED FROM THE SIGNED PDF IN MICROSOFT EDGE (Ctrl+A, Ctrl+C) and pasted into Notepad "
             "(UTF-8): A LINE PER PRINTED LINE (about 88 characters, the first line of a paragraph shorter "
             "by its indent; a compound with a hyphen broken after the hyphen), no blank line between "
             "paragraphs; the page number ('2', '3', 36-HD's place at the top) as a line of its own at "
             "every page top, even inside a paragraph; THE HEADER TABLE READ CELL BY CELL (the left "
             "column's lines, then the right column's: 'UBND TỈNH NGHỆ AN' / 'SỞ TÀI CHÍNH' / '-------' / "
             "'Số: 241/BC-STC' / 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' / 'Độc lập - Tự do - Hạnh phúc' / "
             "'---------------' / 'Nghệ An, ngày 16 tháng 4 năm 2026'); the signature likewise ('Nơi "
             "nhận:' and the recipients, then 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC' / the name); the APPENDIX "
             "TABLE ONE CELL A LINE (36 lines after the header row's four). The officer reads the "
             "paragraphs joined and the rows four lines at a time, and records STC, 241/BC-STC, "
             "16/4/2026, Nguyễn Văn Long, PHÓ GIÁM ĐỐC.", "txt")
    out, n = [], [0]

    def emit(ln):
        if n[0] and n[0] % 38 == 0:
            out.append(str(n[0] // 38 + 1))
        out.append(ln)
        n[0] += 1
    for it in model(R):
        k = it[0]
        if k == "hdr":
            for t, b in it[1] + it[2]:
                if t:
                    emit(t)
        elif k == "center":
            if it[1] == "PHỤ LỤC":
                n[0] += 38 - n[0] % 38
            for ln in D.wrap(it[1], 70):
                emit(ln)
        elif k == "head":
            emit(it[1])
        elif k in ("open", "close"):
            for ln in D.wrap(it[1], 88, first=82):
                emit(ln)
        elif k == "para":
            lines = D.wrap(it[1], 88, first=82)
            for ln in lines:
                emit(ln)
            keep(R, it[1], it[2], len(lines[0].split(" ")) if len(lines) > 1 else None)
        elif k == "sig":
            for s in ["Nơi nhận:"] + list(it[1]) + list(it[2]) + [it[3]]:
                emit(s)
        elif k == "table":
            for row in it[1]:
                for c in row:
                    emit(c)
    R.data = crlf(out)
    apparatus_std(R, lambda s: s)
    return R


def sgddt():
    R = make("sgddt", "SGDDT", "SGDDT - BC 731 KL114 (copy tu PDF).txt", "PHÓ GIÁM ĐỐC",
             "COPIED FROM THE SIGNED PDF IN FOXIT PDF READER (Select Text, Ctrl+A, Ctrl+C) into Notepad: "
             "Foxit reads by position, so THE HEADER'S TWO COLUMNS COME ACROSS, one printed line with a "
             "RUN OF SPACES between the columns ('UBND TỈNH NGHỆ AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
             "NAM', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc', …, 'Số: 731/BC-SGDĐT          "
             "Nghệ An, ngày 15 tháng 4 năm 2026'); A LINE PER PRINTED LINE (about 90 characters, hyphen "
             "compounds broken after the hyphen), no blank lines; the page number as a line at every page "
             "top, even mid-paragraph; 'Nơi nhận' and the signature ACROSS ('Nơi nhận:          KT. GIÁM "
             "ĐỐC', '- Ban Tuyên giáo …          PHÓ GIÁM ĐỐC', then the name); the appendix rows as lines of "
             "cells apart by runs of spaces, the one label too long for its cell WRAPPED in it ('Đơn thư khiếu nại, tố cáo, kiến "
             "nghị, phản ánh' / '      tiếp nhận'). No OCR (a PDF with a text layer): every letter right. The "
             "officer records SGDDT, 731/BC-SGDĐT, 15/4/2026, Thái Văn Thành, PHÓ GIÁM ĐỐC.", "txt")
    lines = ocr_lines(R, model(R), lambda s: s, width=90, page=36, gap=10, page_head=lambda n: [str(n)],
                      wrap_label={"don-nhan": ("Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh", "tiếp nhận")})
    R.data = crlf(lines)
    apparatus_std(R, lambda s: s)
    return R


# ============================================================================ LibreOffice
LO_PROFILE = "file:///tmp/probe60-lo-profile"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = fmt.split(":")[0]
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)


def fix_zip(data):
    """A zip package with fixed entry times and fixed save dates in its metadata (same bytes per run)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename in ("meta.xml", "docProps/core.xml", "docProps/app.xml"):
                s = b.decode("utf-8")
                s = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?", "2026-04-15T08:00:00Z", s)
                s = re.sub(r"PT\d+H\d+M\d+S", "PT0S", s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, (2026, 4, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return buf.getvalue()


class LoRep(r58.Rep):
    """A report written by probe46's writer, then passed through LibreOffice (soffice): `route` is
    the list of formats it is converted to in turn; the last is the file sent."""

    def __init__(self, *a, route=(), **kw):
        super().__init__(*a, **kw)
        self.route = route

    def save(self, path):
        tmp = tempfile.mkdtemp(prefix="p60lo")
        base = os.path.join(tmp, "bao-cao.docx")
        self.d.add(p("", spacing=False))     # Word always ends a document with a paragraph after a table
        r56.Rep.save(self, base)
        cur = base
        for i, fmt in enumerate(self.route):
            d = os.path.join(tmp, f"s{i}")
            os.makedirs(d)
            cur = soffice(cur, fmt, d)
        data = open(cur, "rb").read()
        if not cur.endswith(".doc"):
            data = fix_zip(data)
        with open(path, "wb") as f:
            f.write(data)
        shutil.rmtree(tmp)


def lo_make(key, code, filename, title, notes, ext, route):
    R = make(key, code, filename, title, notes, "docx")
    L = LoRep(key, code, filename, notes, ext, route=route)
    L.__dict__.update({k: v for k, v in R.__dict__.items() if k not in ("route", "ext")})
    L.ext = ext
    return L


def ttt():
    R = lo_make("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx", "PHÓ CHÁNH THANH TRA",
                "LIBREOFFICE WRITER ▸ Save As ▸ Word 2007-365 (.docx): the usual Word report (header table, "
                "bold parts, bold-italic sub-parts, signature table, appendix table) opened in LibreOffice "
                "Writer, kept as .odt, and saved as .docx — the file is LibreOffice's OWN .docx writer's "
                "(soffice --convert-to odt, then --convert-to docx:'MS Word 2007 XML', LibreOffice of this "
                "machine; zip times and save dates fixed afterwards). Records TTT, 117/BC-TTr, 15/4/2026, "
                "Phạm Hồng Quang, PHÓ CHÁNH THANH TRA.", "docx", ["odt", 'docx:MS Word 2007 XML'])
    write_docx(R, model(R), lambda s: s)
    apparatus_std(R, lambda s: s)
    return R


def mttq():
    R = lo_make("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.odt", "PHÓ CHỦ TỊCH",
                "LIBREOFFICE WRITER'S OWN FORMAT (.odt): the usual report (the Front's three-line header "
                "table, parts, signature table with 'TM. BAN THƯỜNG TRỰC' / 'K/T CHỦ TỊCH' / 'PHÓ CHỦ TỊCH', "
                "appendix table with 'x' for indicator 9) as LibreOffice saves it (soffice --convert-to odt "
                "of the Word file; zip times and meta dates fixed). baocao reads .odt through soffice. "
                "Records MTTQ, 322/BC-MTTQ-BTT, 14/4/2026, Võ Thị Hằng, PHÓ CHỦ TỊCH; indicator 9 not "
                "reported.", "odt", ["odt"])
    write_docx(R, model(R), lambda s: s)
    apparatus_std(R, lambda s: s)
    return R


def duqs():
    R = lo_make("duqs", "DUQS", "DUQS - BC 318 KL114.doc", "BÍ THƯ",
                "WORD 97-2003 (.doc), as an old office machine still saves it: the usual report written "
                "by LibreOffice's 'MS Word 97' filter (soffice --convert-to doc of the Word file; the "
                ".doc's own save times are NOT fixed: its bytes change between builds, its text does not). "
                "baocao reads .doc through soffice. Records DUQS, 318-BC/ĐU, 10/4/2026, Lê Minh Tuấn, BÍ "
                "THƯ; indicator 9 'x'.", "doc", ["doc:MS Word 97"])
    write_docx(R, model(R), lambda s: s)
    apparatus_std(R, lambda s: s)
    return R


# ============================================================================ Word ▸ Open PDF
def frame(x, y):
    return (f'<w:framePr w:w="1200" w:h="300" w:hRule="exact" w:wrap="around" w:vAnchor="page" '
            f'w:hAnchor="page" w:x="{x}" w:y="{y}"/>')


def duca():
    R = make("duca", "DUCA", "DUCA - BC 296 KL114 (Word mo tu PDF).docx", "PHÓ BÍ THƯ",
             "A .DOCX MADE BY WORD FROM THE SIGNED PDF (File ▸ Open ▸ the PDF: 'Word will now convert your "
             "PDF to an editable Word document'; written here with probe46's writer as Word's PDF Reflow "
             "lays it out, not Word's own XML): THE HEADER BLOCK AS TWO TEXT BOXES (mc:AlternateContent, "
             "wps + VML fallback, the same paragraphs twice) anchored in the first paragraph; EVERY PRINTED "
             "LINE ITS OWN PARAGRAPH (about 88 characters, the first line of a report paragraph indented "
             "and shorter, a compound with a hyphen broken after it); the page numbers ('2', '3') as "
             "FRAMED paragraphs (w:framePr anchored to the page) where the page turned, even inside a "
             "paragraph; headings as bold lines; 'Nơi nhận' and the recipients as lines, the signature "
             "lines in a FRAME on the right; the appendix TABLE REBUILT with a spare empty column (the "
             "header row's 'Nội dung' spanning two grid columns, each body row an empty cell after the "
             "label). The officer reads the paragraphs joined and records DUCA, 296-BC/ĐU, 12/4/2026, "
             "Nguyễn Đức Hải, PHÓ BÍ THƯ.", "docx")
    old = R.d
    R.d = dx57.Docx57()
    R.d.styles = list(old.styles)
    R.d.root_extra = dx57.WORD2010_NS
    d = R.d
    textbox = r57.textbox
    n = [0]

    def line(xml_runs, **kw):
        if n[0] and n[0] % 36 == 0:
            d.add(p(r(str(n[0] // 36 + 1), sz=24), spacing=False, extra=frame(5900, 600)))
        d.add(p(xml_runs, spacing=False, **kw))
        n[0] += 1
    for it in model(R):
        k = it[0]
        if k == "hdr":
            cp = lambda t, b: p(r(t, b=b), jc="center", spacing=False)  # noqa: E731
            d.add(p(textbox([cp(t, b) for t, b in it[1]], 2700000, 1000000, -300000) +
                    textbox([cp(t, b) for t, b in it[2]], 3400000, 1000000, 2500000), spacing=False))
            n[0] += 5
        elif k == "center":
            if it[1] == "PHỤ LỤC":
                d.add(p('<w:r><w:br w:type="page"/></w:r>', spacing=False))
                n[0] += 36 - n[0] % 36
            line(r(it[1], b=it[2], i=not it[2]), jc="center")
        elif k == "head":
            line(r(it[1], b=True, i=it[2] > 1), ind=567)
        elif k in ("open", "close", "para"):
            lines = D.wrap(it[1], 88, first=82)
            for j, ln in enumerate(lines):
                line(r(ln), jc="both", **({"ind": 567} if j == 0 else {}))
            if k == "para":
                keep(R, it[1], it[2], len(lines[0].split(" ")) if len(lines) > 1 else None)
        elif k == "sig":
            line(r("Nơi nhận:", b=True, i=True))
            for s in it[1]:
                line(r(s, sz=22))
            for j, s in enumerate(list(it[2]) + [it[3]]):
                d.add(p(r(s, b=True), spacing=False,
                        extra=frame(6200, 11200 + j * 400).replace('w:w="1200"', 'w:w="4200"') + '<w:jc w:val="center"/>'))
        elif k == "table":
            rows = it[1]
            W = [700, 4300, 400, 1300, 1600]
            hdr = [cell(p(r(c, b=True), jc="center", spacing=False), w=W[0] if j == 0 else W[j + 1],
                        span=2 if j == 1 else None) for j, c in enumerate(rows[0])]
            hdr[1] = cell(p(r(rows[0][1], b=True), jc="center", spacing=False), w=W[1] + W[2], span=2)
            body = [[row[0], row[1], "", row[2], row[3]] for row in rows[1:]]
            d.add(table([hdr] + body, W))
    apparatus_std(R, lambda s: s)
    return R


REPORTS = [x001, x002, x003, x004, x005, x007, snv, syt, stc, sgddt, vptu, ttt, duqs, duca, td, mttq]
