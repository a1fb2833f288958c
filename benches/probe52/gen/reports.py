"""probe52's sixteen reports: WHO SENT IT. The sections and the appendix are plain (probe46's
usual parts I.-IV. / 1.-5., the nine-row STT | Nội dung | ĐVT | Số liệu table, as probe50's are);
what is at issue is how each unit writes WHO IT IS and its report's METADATA: the issuing body
(abbreviated, wrapped, in sentence case, without diacritics, a template's blank, missing, a
joint report with a body not on the roster, a file named after another unit), the number
line, the place-and-date line, and the signature block (KT. / TM. / Q. / three-line
signatures, a rank or a degree before the name, a picture of the signature).

Text, figures, numbers, dates and signers are probe44's for the same roster units (through
probe51's gen/reports.py → probe50's → probe48's → probe46's, which imports probe44's r44_*;
their writers and probe46's dx.py are loaded, not copied). Where a shape needs a value probe44
does not have (a commune People's Committee's number and vice-chairman, the Youth Union's
joint partner and its signer, a later date), this file sets it.

Each report records what an officer files every paragraph under, the figures, the apparatus
(header, title, formulas, signature lines) that must never be compiled as the unit's text, and
the officer's reading of the metadata: unit_code, doc_number, date, signer, signer_title and
whether the report is late (expect.json)."""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r51 = _load("reports51", os.path.join(BENCH, "probe51", "gen", "reports.py"))
r50, r46 = r51.r50, r51.r46
dx = sys.modules["dx"]
cell, p, r, table, png = dx.cell, dx.p, dx.r, dx.table, dx.png

std_rows, bold_h, vn, dmy = r46.std_rows, r46.bold_h, r46.vn, r46.dmy
IND, LABELS, CAPTION, SUBJECT, OPENING, SUBJ_LEAK = (r46.IND, r46.LABELS, r46.CAPTION,
                                                     r46.SUBJECT, r46.OPENING, r46.SUBJ_LEAK)
HEADS, RECIP_PARTY, RECIP_STATE = r46.HEADS, r46.RECIP_PARTY, r46.RECIP_STATE
inline_pic, anchor_pic = r51.inline_pic, r51.anchor_pic

MOTTO = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
         ("Độc lập - Tự do - Hạnh phúc", True, True, False), ("---------------", False, False, False)]
PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False)
PLAN = "Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện Kết luận số 114-KL/TW"


def L(t, b=False, u=False, i=False):
    return (t, b, u, i)


class Meta:
    """The officer's reading of the metadata, beyond probe44's four keys."""

    def meta(self, signer_title, late=False, doc_number="keep", date=None, signer=None):
        self.signer_title = signer_title
        self.late = late
        if doc_number != "keep":
            self.doc_number = doc_number
        if date:
            self.date = date
        if signer:
            self.signer = signer


class Rep(Meta, r51.Rep):
    """A .docx report (probe51's Rep: probe50's, probe48's save, probe46's writers)."""

    def kem_theo(self):
        d, m, y = dmy(self.date)
        return f"Kèm theo Báo cáo số {self.doc_number} ngày {d}/{m}/{y}"

    def appendix(self, rows=None, caption=CAPTION, kem=None):
        """probe46's appendix (page break, PHỤ LỤC, caption, '(Kèm theo …)', the table) with the
        '(Kèm theo …)' line as the report's own number and date give it."""
        self.d.add(p('<w:r><w:br w:type="page"/></w:r>'))
        self.d.add(p(r("PHỤ LỤC", b=True), jc="center"))
        self.d.add(p(r(caption, b=True), jc="center"))
        kem = kem or self.kem_theo()
        self.d.add(p(r(f"({kem})", i=True), jc="center"))
        self.app(caption[:34])
        self.app(kem[:40])
        self.d.add(table(rows or std_rows(self.figures), [700, 4700, 1300, 1600], header_rows=1))

    def plain_body(self):
        self.heads(bold_h(self))

    def signature(self, recipients, sig, name_line=None, between=None, pre=None):
        """Nơi nhận left, the signature right (a borderless table): the sig lines in bold,
        `between` (paragraph XML: blank lines, a picture) and the name line."""
        left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
            [p(r(s, sz=22), spacing=False) for s in recipients]
        right = [p(r(t, i=True), jc="center", spacing=False) for t in (pre or [])] + \
            [p(r(s, b=True), jc="center", spacing=False) for s in sig] + \
            (between if between is not None else [p("", spacing=False)] * 3) + \
            [p(r(name_line or self.signer, b=True), jc="center", spacing=False)]
        self.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900],
                         borders=False))
        self.app("Nơi nhận")
        self.app(name_line or self.signer)
        for s in sig:
            self.app(s)

    def closing_sentence(self, who):
        t = f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
        self.d.add(p(r(t), ind=567))
        self.app(f"Kết luận số 114-KL/TW của {who}./.")


class MdRep(Meta, r51.MdRep):
    """A .md as a unit or a secretariat pastes a report (probe50's MdRep)."""

    def plain_body(self):
        for sec, level, title in HEADS:
            self.add(f"**{title}**" if level == 1 else f"***{title}***")
            if sec:
                body(self, sec)

    def appendix_md(self, kem):
        self.lines += ["**PHỤ LỤC**", f"**{CAPTION}**", f"*({kem})*"]
        self.app(CAPTION[:34])
        self.app(kem[:40])
        rows = std_rows(self.figures)
        out = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|---:|"]
        out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        self.lines.append("\n".join(out))


class TxtRep(Meta, r51.TxtRep):
    """Word's File ▸ Save As ▸ Plain Text (probe51's TxtRep: BOM, CRLF, a line per paragraph,
    table rows a line with cells apart by tabs, a cell's paragraphs on lines of their own)."""

    def plain_body(self):
        for sec, level, title in HEADS:
            self.add(title)
            if sec:
                body(self, sec)

    def appendix_txt(self, kem):
        self.lines += ["PHỤ LỤC", CAPTION, f"({kem})"]
        self.app(CAPTION[:34])
        self.app(kem[:40])
        for row in std_rows(self.figures):
            self.lines.append("\t".join(row))


class MailRep(TxtRep):
    """An e-mail's body as a secretariat saves it from the mail client (Notepad: UTF-8 without
    a BOM, CRLF): a line per paragraph and a BLANK LINE between paragraphs, the tables pasted
    from Word a row a line with tabs between the cells."""

    def appendix_txt(self, kem):
        self.lines += ["PHỤ LỤC", CAPTION, f"({kem})"]
        self.app(CAPTION[:34])
        self.app(kem[:40])
        self.lines.append("\n".join("\t".join(row) for row in std_rows(self.figures)))

    def save(self, path):
        text = "\n\n".join(self.lines) + "\n"
        with open(path, "wb") as f:
            f.write(text.replace("\n", "\r\n").encode("utf-8"))


def body(R, sec):
    for t in R.texts[sec]:
        R.put(t, sec)


def party_left(superior, body_lines, number_line, star="*"):
    left = ([L(superior)] if superior else []) + [L(b, True) for b in body_lines]
    if star:
        left.append(L(star))
    return left + [L(number_line)]


def state_left(superior, body_lines, number_line):
    return ([L(superior)] if superior else []) + [L(b, True) for b in body_lines] + \
        [L("-------"), L(number_line)]


# ------------------------------------------------------------------------------------------
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx",
            "UNIT: the issuing body written 'BCH ĐẢNG BỘ PHƯỜNG VINH PHÚ' (the abbreviation BCH = "
            "Ban Chấp hành, AND the Party's other name for a Party committee: 'Ban Chấp hành Đảng "
            "bộ phường' is 'Đảng ủy phường') under 'ĐẢNG BỘ TỈNH NGHỆ AN', in the usual Party "
            "header table. DATE: 'Vinh Phú, Ngày 10 tháng 04 năm 2026' — 'Ngày' with a CAPITAL "
            "after the comma, the month with a leading zero. SIGNATURE: 'TM. ĐẢNG ỦY' / 'BÍ THƯ' "
            "(the state's dotted 'TM.' in a Party report, on behalf of the whole Party "
            "committee, not its standing committee). Sections and appendix plain. The officer "
            "records X001, 67-BC/ĐU, 10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.", place="Vinh Phú")
    R.meta("BÍ THƯ")
    date_line = "Vinh Phú, Ngày 10 tháng 04 năm 2026"
    R.header_table(party_left("ĐẢNG BỘ TỈNH NGHỆ AN", ["BCH ĐẢNG BỘ PHƯỜNG VINH PHÚ"],
                              f"Số {R.doc_number}"),
                   [PARTY, L(""), L(date_line, i=True)])
    R.app(R.doc_number)
    R.app("BCH ĐẢNG BỘ PHƯỜNG VINH PHÚ")
    R.app(date_line.split(" năm")[0])
    who = "Ban Chấp hành Đảng bộ phường Vinh Phú"
    R.title(who)
    R.plain_body()
    R.closing_sentence(who)
    R.signature(RECIP_PARTY, ["TM. ĐẢNG ỦY", "BÍ THƯ"])
    R.appendix()
    return R


def x002():
    R = MailRep("x002", "X002", "Dien Chau - BC 52 KL114 (noi dung email).txt",
                "An E-MAIL'S BODY saved as .txt by the secretariat (UTF-8, CRLF, a blank line "
                "between paragraphs, the appendix pasted from Word a row a line with tabs): the "
                "sender pasted the report's text from Word but RETYPED the header and the "
                "signature lines (the Word tables did not paste) in CAPITALS WITHOUT "
                "DIACRITICS, as typed with the Vietnamese keyboard off: 'DANG BO TINH NGHE AN' / "
                "'DANG UY XA DIEN CHAU' / '*' / 'So 52-BC/DU' / 'Dien Chau, ngay 09 thang 4 nam "
                "2026', and over the name 'T/M BAN THUONG VU' / 'BI THU' / 'Nguyen Dinh Luc'. "
                "The headings are plain lines with their typed numbers (pseudo-heading warnings "
                "tolerated). The officer records the values AS WRITTEN (restoring diacritics is "
                "not asked): X002, '52-BC/DU', 9/4/2026, 'Nguyen Dinh Luc', 'BI THU'.",
                place="Diễn Châu")
    R.meta("BI THU", doc_number="52-BC/DU", signer="Nguyen Dinh Luc")
    hdr = ["DANG BO TINH NGHE AN", "DANG UY XA DIEN CHAU", "*", "So 52-BC/DU",
           "Dien Chau, ngay 09 thang 4 nam 2026"]
    R.lines.append("\n".join(hdr))
    for h in ("DANG UY XA DIEN CHAU", "So 52-BC/DU", "Dien Chau, ngay 09 thang 4"):
        R.app(h)
    who = "Ban Thường vụ Đảng ủy xã Diễn Châu"
    R.lines += ["BÁO CÁO", SUBJECT, OPENING.format(who=who)]
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.app(f"{who} báo cáo như sau")
    R.plain_body()
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.add("T/M BAN THUONG VU\nBI THU\n\n\nNguyen Dinh Luc")
    R.add("Nơi nhận:\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n- Lưu Văn phòng.")
    for a in ("T/M BAN THUONG VU", "Nguyen Dinh Luc", "Nơi nhận"):
        R.app(a)
    R.appendix_txt("Kèm theo Báo cáo số 52-BC/ĐU ngày 9/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


def x003():
    R = Rep("x003", "X003", "DU xa Quynh Luu - BC 71 tong ket KL114.docx",
            "UNIT NAMED ONLY IN THE FILE NAME: the Party header table of the province's "
            "TEMPLATE with the commune's name NEVER FILLED IN — 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG "
            "ỦY XÃ ....................' (dots, as the template has them) / '*' / 'Số 71-BC/ĐU' "
            "| 'ĐẢNG CỘNG SẢN VIỆT NAM' / 'Nghệ An, ngày 13 tháng 4 năm 2026' (the province as "
            "the place); the opening formula says 'Ban Thường vụ Đảng ủy xã báo cáo như sau' "
            "and the closing 'của Ban Thường vụ Đảng ủy xã' (no name); nothing in the text names "
            "the commune. The FILE NAME 'DU xa Quynh Luu - BC 71 tong ket KL114.docx' does. "
            "The officer files it as Quỳnh Lưu's (X003: the one roster unit the header — a "
            "commune's Party committee — and the file name both fit; nothing says otherwise), "
            "71-BC/ĐU, 13/4/2026, Hồ Sỹ Nam, BÍ THƯ, and asks the unit to fill in its name: a "
            "WARNING is wanted (the binary has no code that says it: none keyed); an error "
            "rejecting the report is counted false. ARGUABLE: README 'a file name alone "
            "identifies nothing' — here the file name does not stand alone, it picks one of "
            "the units the header fits.", place="Nghệ An")
    R.meta("BÍ THƯ")
    R.header_table(party_left("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY XÃ ...................."],
                              f"Số {R.doc_number}"),
                   [PARTY, L(""), L(R.place_date, i=True)])
    R.app(R.doc_number)
    R.app("ĐẢNG ỦY XÃ ....")
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường vụ Đảng ủy xã"
    R.title(who)
    R.plain_body()
    R.closing_sentence(who)
    R.signature(RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"])
    R.appendix()
    return R


def x004():
    R = TxtRep("x004", "X004", "Hoang Mai - BC 98 KL114.txt",
               "Word's File ▸ Save As ▸ PLAIN TEXT (probe51 X005's delivery: BOM, CRLF, a line per "
               "paragraph, no blank lines, a table's row a line with its cells apart by a tab, a "
               "cell's paragraphs on lines of their own). UNIT: the issuing body WRAPPED over two "
               "lines in the header's left cell, 'ĐẢNG ỦY' / 'PHƯỜNG HOÀNG MAI', under 'ĐẢNG BỘ "
               "TỈNH NGHỆ AN' (a narrow column; README: a line naming only a place continues the "
               "one above). DATE: 'Hoàng Mai, 15/4/2026' — in figures with the place and WITHOUT "
               "'ngày'. SIGNATURE: 'T/M BAN THƯỜNG VỤ' / 'PHÓ BÍ THƯ' (a deputy signs on behalf of "
               "the standing committee, as Party rules have it). Headings plain lines with typed "
               "numbers (pseudo-heading warnings tolerated). The officer records X004, 98-BC/ĐU, "
               "15/4/2026, Lê Thị Mai, PHÓ BÍ THƯ.", place="Hoàng Mai")
    R.meta("PHÓ BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY", "PHƯỜNG HOÀNG MAI", "*",
                f"Số {R.doc_number}\tĐẢNG CỘNG SẢN VIỆT NAM", "", "Hoàng Mai, 15/4/2026"]
    for a in (R.doc_number, "PHƯỜNG HOÀNG MAI", "Hoàng Mai, 15/4/2026"):
        R.app(a)
    who = "Ban Thường vụ Đảng ủy phường Hoàng Mai"
    R.lines += ["BÁO CÁO", SUBJECT, OPENING.format(who=who)]
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.app(f"{who} báo cáo như sau")
    R.plain_body()
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["Nơi nhận:"] + RECIP_PARTY[:-1] + \
        [RECIP_PARTY[-1] + "\tT/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", R.signer]
    for a in ("Nơi nhận", R.signer, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"):
        R.app(a)
    R.appendix_txt("Kèm theo Báo cáo số 98-BC/ĐU ngày 15/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


def x005():
    R = MdRep("x005", "X005", "DU xa Do Luong - BC 58 KL114 (bo sung).md",
              "Markdown pasted from Word by the unit (header typed with tabs, bold lines for the "
              "headings; probe50's .md). UNIT: the header typed in SENTENCE CASE, not capitals: "
              "'Đảng bộ tỉnh Nghệ An' / 'Đảng ủy xã Đô Lương' (as a unit types it when it does not "
              "follow the form). NUMBER: 'Số 58-BC/ĐU (bổ sung)' — the unit marks in the NUMBER "
              "LINE that it sends the report again with what was missing (no earlier report of "
              "X005 is in the folder). The officer records X005, 58-BC/ĐU (the number; '(bổ "
              "sung)' is a remark, not part of it), 10/4/2026, Nguyễn Thị Thanh Tâm, BÍ THƯ.",
              place="Đô Lương")
    R.meta("BÍ THƯ")
    R.lines += ["Đảng bộ tỉnh Nghệ An\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "Đảng ủy xã Đô Lương", "*",
                f"Số {R.doc_number} (bổ sung)\t\t\t{R.place_date}"]
    for a in ("Đảng ủy xã Đô Lương", R.doc_number, R.place_date.split(" năm")[0]):
        R.app(a)
    who = "Ban Thường vụ Đảng ủy xã Đô Lương"
    R.title(who)
    R.plain_body()
    R.closing(who, ["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Lưu Văn phòng."],
              ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"])
    R.app("T/M BAN THƯỜNG VỤ")
    R.appendix_md("Kèm theo Báo cáo số 58-BC/ĐU ngày 10/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


def x006():
    R = Rep("x006", "X006", "Thanh Chuong - BC 15 UBND KL114.docx",
            "The report WRITTEN AND SIGNED BY THE COMMUNE'S PEOPLE'S COMMITTEE (as the Party "
            "committee has it drafted): state header 'ỦY BAN NHÂN DÂN' / 'XÃ THANH CHƯƠNG' (one "
            "name over two lines) / '-------' / 'Số: 15/BC-UBND' | the motto / 'Thanh Chương, "
            "ngày 11 tháng 4 năm 2026'; SIGNATURE ON THREE LINES: 'TM. ỦY BAN NHÂN DÂN' / 'KT. "
            "CHỦ TỊCH' / 'PHÓ CHỦ TỊCH' / 'Nguyễn Văn Thịnh' (a vice-chairman signs for the "
            "chairman, on behalf of the committee: Nghị định 30/2020's form). The officer files "
            "it as the commune's report (X006; probe41 X003's call, README's rule for a "
            "commune's People's Committee), 15/BC-UBND, 11/4/2026, Nguyễn Văn Thịnh, PHÓ CHỦ "
            "TỊCH (the signer's own title; 'KT. CHỦ TỊCH' says for whom he signs).",
            place="Thanh Chương")
    R.meta("PHÓ CHỦ TỊCH", doc_number="15/BC-UBND", signer="Nguyễn Văn Thịnh")
    R.place_date = "Thanh Chương, ngày 11 tháng 4 năm 2026"
    R.header_table(state_left("ỦY BAN NHÂN DÂN", ["XÃ THANH CHƯƠNG"], f"Số: {R.doc_number}"),
                   MOTTO + [L(R.place_date, i=True)])
    for a in (R.doc_number, "XÃ THANH CHƯƠNG", R.place_date.split(" năm")[0]):
        R.app(a)
    who = "Ủy ban nhân dân xã Thanh Chương"
    R.title(who)
    R.plain_body()
    R.closing_sentence(who)
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Thường trực Đảng ủy xã;", "- Lưu: VT."],
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    R.appendix()
    return R


def x007():
    R = MdRep("x007", "X007", "Bao cao tong ket KL114.md",
              "UNIT NAMED ONLY IN THE OPENING SENTENCE: a report a commune's staffer typed "
              "straight into a Markdown file (from a mail draft), WITH NO HEADER BLOCK at all — "
              "'Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy', then '**BÁO CÁO**', the subject, and "
              "'Thực hiện Kế hoạch số 86-KH/TU …, Đảng ủy xã Anh Sơn báo cáo kết quả 10 năm thực "
              "hiện Kết luận số 114-KL/TW như sau:'; no number; the DATE ONLY OVER THE SIGNATURE, "
              "in figures: 'Anh Sơn, ngày 12/4/2026' / 'T/M BAN THƯỜNG VỤ' / 'BÍ THƯ' / 'Lô Văn "
              "Thành'; a generic file name ('Bao cao tong ket KL114.md'). The officer files it as "
              "Anh Sơn's (X007: the report says who sends it, and the place agrees), no number "
              "(null), 12/4/2026, Lô Văn Thành, BÍ THƯ, and asks for a proper header: a WARNING is "
              "wanted (no code of the binary says it: none keyed); an error rejecting it is "
              "counted false. ARGUABLE: README identifies a unit by its header block only.",
              place="Anh Sơn")
    R.meta("BÍ THƯ", doc_number=None)
    R.add("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy")
    R.app("Kính gửi: Ban Tuyên giáo")
    R.lines += ["**BÁO CÁO**", f"**{SUBJECT}**",
                f"{PLAN}, Đảng ủy xã Anh Sơn báo cáo kết quả 10 năm thực hiện Kết luận số "
                "114-KL/TW như sau:"]
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.app("Đảng ủy xã Anh Sơn báo cáo kết quả")
    R.plain_body()
    R.add("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy./.")
    R.app("Kết luận số 114-KL/TW của Ban Thường vụ Đảng ủy./.")
    R.lines += ["\t\t\t\t\t*Anh Sơn, ngày 12/4/2026*", "\t\t\t\t\t**T/M BAN THƯỜNG VỤ**",
                "\t\t\t\t\t**BÍ THƯ**", f"\t\t\t\t\t**{R.signer}**",
                "Nơi nhận:\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n- Lưu Văn phòng."]
    for a in ("Anh Sơn, ngày 12/4/2026", "T/M BAN THƯỜNG VỤ", R.signer, "Nơi nhận"):
        R.app(a)
    R.appendix_md("Kèm theo Báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW")
    R.tolerated.append("pseudo-heading")
    return R


def mttq():
    R = MdRep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md",
              "Markdown pasted from Word by the secretariat (header typed with tabs, bold lines "
              "for the headings). UNIT: the Front written as it is called every day, 'UBMTTQ "
              "TỈNH NGHỆ AN' — the JOINED ABBREVIATION (one word, as the Front's own papers and "
              "e-mails shorten it) and the name WITHOUT 'VIỆT NAM' (the roster: 'Ủy ban MTTQ Việt "
              "Nam tỉnh Nghệ An', no alias) — over 'BAN THƯỜNG TRỰC', beside the motto. NUMBER: 'Số: 322 /BC-MTTQ-BTT' — a STRAY "
              "SPACE before the slash (the number typed into the template's blank). SIGNATURE ON "
              "THREE LINES: 'TM. BAN THƯỜNG TRỰC' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH' / 'Võ Thị "
              "Hằng'. The officer records MTTQ, 322/BC-MTTQ-BTT, 14/4/2026, Võ Thị Hằng, PHÓ CHỦ "
              "TỊCH.", place="Nghệ An")
    R.meta("PHÓ CHỦ TỊCH")
    R.lines += ["UBMTTQ TỈNH NGHỆ AN\t\t\t**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                "**BAN THƯỜNG TRỰC**\t\t\t**Độc lập - Tự do - Hạnh phúc**",
                f"Số: 322 /BC-MTTQ-BTT\t\t\t\t*{R.place_date}*"]
    for a in ("UBMTTQ TỈNH NGHỆ AN", "322 /BC-MTTQ-BTT", R.place_date.split(" năm")[0]):
        R.app(a)
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.title(who)
    R.plain_body()
    R.closing(who, ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Ủy ban Trung ương MTTQ Việt Nam (b/c);",
                    "- Lưu: VT, BTT."], ["TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    for a in ("TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH"):
        R.app(a)
    R.appendix_md("Kèm theo Báo cáo số 322/BC-MTTQ-BTT ngày 14/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "UNIT: the issuing body ABBREVIATED in the state header: 'UBND TỈNH NGHỆ AN' / 'SỞ "
            "GD&ĐT' / '-------' / 'Số: 731/BC-SGDĐT' (the department's everyday short name, "
            "README's abbreviation table has 'GD&ĐT'). SIGNATURE: 'GIÁM ĐỐC' over the name with "
            "an ACADEMIC DEGREE on the name line, 'TS. Thái Văn Thành' (README: a degree before "
            "the name is not part of it). The officer records SGDDT, 731/BC-SGDĐT, 15/4/2026, "
            "Thái Văn Thành, GIÁM ĐỐC.")
    R.meta("GIÁM ĐỐC")
    R.header_table(state_left("UBND TỈNH NGHỆ AN", ["SỞ GD&ĐT"], f"Số: {R.doc_number}"),
                   MOTTO + [L(R.place_date, i=True)])
    for a in (R.doc_number, "SỞ GD&ĐT", R.place_date.split(" năm")[0]):
        R.app(a)
    R.title("Sở Giáo dục và Đào tạo")
    R.plain_body()
    R.closing_sentence("Sở Giáo dục và Đào tạo")
    R.signature(RECIP_STATE, ["GIÁM ĐỐC"], name_line=f"TS. {R.signer}")
    R.app(R.signer)
    R.appendix()
    return R


def td():
    R = Rep("td", "TD", "Tinh doan - BC lien tich 15 KL114.docx",
            "A JOINT REPORT (báo cáo liên tịch) of the Youth Union (Tỉnh đoàn, on the roster) and "
            "the provincial YOUTH FEDERATION (Hội Liên hiệp Thanh niên Việt Nam tỉnh, NOT on the "
            "roster), the FEDERATION NAMED FIRST as the lead (it runs the youth start-up "
            "programme the report is about): header left 'ỦY BAN HỘI LHTN VIỆT NAM TỈNH NGHỆ "
            "AN' / 'BCH ĐOÀN TỈNH NGHỆ AN' / '***' / 'Số: 15/BCLT-HLHTN-TĐ' | the motto / 'Nghệ "
            "An, ngày 14 tháng 4 năm 2026'; 'BÁO CÁO LIÊN TỊCH'; TWO SIGNATURES side by side, the "
            "lead on the right as Nghị định 30/2020 lays a joint paper out: left 'TM. BAN THƯỜNG "
            "VỤ TỈNH ĐOÀN' / 'PHÓ BÍ THƯ THƯỜNG TRỰC' / 'Nguyễn Thị Bích Ngọc', right 'TM. ỦY "
            "BAN HỘI LHTN VIỆT NAM TỈNH' / 'CHỦ TỊCH' / 'Phan Văn Quân'; 'Nơi nhận' under them. "
            "The text is probe44's joint Youth Union report (its request reworded for this "
            "partner). The officer files it as Tỉnh đoàn's report — the one body of the two the "
            "roster expects, whichever is named first — with Tỉnh đoàn's signer (TD, "
            "15/BCLT-HLHTN-TĐ, 14/4/2026, Nguyễn Thị Bích Ngọc, PHÓ BÍ THƯ THƯỜNG TRỰC). "
            "ARGUABLE: a note naming the partner would be welcome; none is required.")
    R.meta("PHÓ BÍ THƯ THƯỜNG TRỰC", doc_number="15/BCLT-HLHTN-TĐ")
    R.texts["kien-nghi"] = [
        "Đề nghị Tỉnh ủy chỉ đạo bố trí nguồn vốn ủy thác qua Tỉnh đoàn và Hội Liên hiệp Thanh "
        "niên tỉnh cho thanh niên nông thôn khởi nghiệp, vay không cần tài sản bảo đảm."]
    R.header_table([L("ỦY BAN HỘI LHTN VIỆT NAM TỈNH NGHỆ AN", True), L("BCH ĐOÀN TỈNH NGHỆ AN", True),
                    L("***"), L(f"Số: {R.doc_number}")],
                   MOTTO + [L(R.place_date, i=True)])
    for a in (R.doc_number, "ỦY BAN HỘI LHTN VIỆT NAM", "BCH ĐOÀN TỈNH NGHỆ AN",
              R.place_date.split(" năm")[0]):
        R.app(a)
    R.d.add(p(r("BÁO CÁO LIÊN TỊCH", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJECT, b=True), jc="center"))
    who = "Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh và Ban Thường vụ Tỉnh đoàn"
    R.d.add(p(r(f"{PLAN}, {who} báo cáo liên tịch như sau:"), ind=567))
    for a in ("BÁO CÁO LIÊN TỊCH", SUBJ_LEAK, "Ban Thường vụ Tỉnh đoàn báo cáo liên tịch"):
        R.app(a)
    R.plain_body()
    t = (f"Trên đây là báo cáo liên tịch tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của "
         f"{who}./.")
    R.d.add(p(r(t), ind=567))
    R.app("và Ban Thường vụ Tỉnh đoàn./.")

    def sigcol(lines, name):
        return cell([p(r(s, b=True), jc="center", spacing=False) for s in lines] +
                    [p("", spacing=False)] * 3 + [p(r(name, b=True), jc="center", spacing=False)],
                    4700, False)
    R.d.add(table([[sigcol(["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC"], R.signer),
                    sigcol(["TM. ỦY BAN HỘI LHTN VIỆT NAM TỈNH", "CHỦ TỊCH"], "Phan Văn Quân")]],
                  [4700, 4700], borders=False))
    R.d.add(p(r("Nơi nhận:", b=True, i=True), spacing=False))
    for s in ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Trung ương Đoàn, Trung ương Hội LHTN Việt Nam (b/c);",
              "- Lưu: VP Tỉnh đoàn, VP Hội."]:
        R.d.add(p(r(s, sz=22), spacing=False))
    for a in ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC", R.signer,
              "TM. ỦY BAN HỘI LHTN", "Phan Văn Quân", "Nơi nhận"):
        R.app(a)
    R.appendix()
    return R


def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 KL114.docx",
            "UNIT: 'ĐẢNG UỶ QUÂN SỰ TỈNH' in the OLD TONE PLACEMENT ('UỶ', as older templates and "
            "keyboards still type it) under 'ĐẢNG BỘ TỈNH NGHỆ AN'. SIGNATURE: 'KT. BÍ THƯ' / "
            "'PHÓ BÍ THƯ' (the state's 'KT.' — on behalf of the secretary — in a Party report) "
            "over 'Đại tá Lê Minh Tuấn' (the RANK ON THE NAME LINE, probes 39-41's shape, here "
            "under a KT. signature). The officer records DUQS, 318-BC/ĐU, 10/4/2026, Lê Minh "
            "Tuấn, PHÓ BÍ THƯ.")
    R.meta("PHÓ BÍ THƯ")
    R.header_table(party_left("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG UỶ QUÂN SỰ TỈNH"], f"Số {R.doc_number}"),
                   [PARTY, L(""), L(R.place_date, i=True)])
    for a in (R.doc_number, "ĐẢNG UỶ QUÂN SỰ TỈNH", R.place_date.split(" năm")[0]):
        R.app(a)
    who = "Ban Thường vụ Đảng ủy Quân sự tỉnh"
    R.title(who)
    R.plain_body()
    R.closing_sentence(who)
    R.signature(RECIP_PARTY, ["KT. BÍ THƯ", "PHÓ BÍ THƯ"], name_line=f"Đại tá {R.signer}")
    R.app(R.signer)
    R.appendix()
    return R


def stc():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "SIGNATURE: an ACTING director signs, 'Q. GIÁM ĐỐC' alone over 'Nguyễn Văn Long' (no "
            "title under it: README's rule). NUMBER: 'Số: 241     /BC-STC' — the number typed "
            "into the template's blank, the SPACES left before the slash. DATE: '16/4/2026' "
            "ALONE under the motto (no place, no 'ngày'). State header table otherwise usual. "
            "The officer records STC, 241/BC-STC, 16/4/2026, Nguyễn Văn Long, Q. GIÁM ĐỐC.")
    R.meta("Q. GIÁM ĐỐC")
    R.header_table(state_left("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"], "Số: 241     /BC-STC"),
                   MOTTO + [L("16/4/2026", i=True)])
    for a in ("241     /BC-STC", "SỞ TÀI CHÍNH", "16/4/2026"):
        R.app(a)
    R.title("Sở Tài chính")
    R.plain_body()
    R.closing_sentence("Sở Tài chính")
    R.signature(RECIP_STATE, ["Q. GIÁM ĐỐC"])
    R.appendix()
    return R


def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 KL114.docx",
            "SIGNATURE WITH A PICTURE: 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC', then an INLINE PICTURE of "
            "the handwritten signature (a PNG in its own paragraph, as units paste a scanned "
            "signature), the name 'Nguyễn Thị Hương Giang' under it, and the office's round "
            "STAMP as a FLOATING picture anchored in the title's paragraph (over the signature). "
            "State header table, date and number usual. The officer records SYT, "
            "1342/BC-SYT, 16/4/2026, Nguyễn Thị Hương Giang, PHÓ GIÁM ĐỐC (the pictures are no "
            "text; their 'conversion' note is informational).")
    R.meta("PHÓ GIÁM ĐỐC")
    R.header_table(state_left("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"], f"Số: {R.doc_number}"),
                   MOTTO + [L(R.place_date, i=True)])
    for a in (R.doc_number, "SỞ Y TẾ", R.place_date.split(" năm")[0]):
        R.app(a)
    R.title("Sở Y tế")
    R.plain_body()
    R.closing_sentence("Sở Y tế")
    rid_sig = R.d.image("chuky.png", png(160, 60, 90))
    rid_stamp = R.d.image("condau.png", png(90, 90, 170))
    sig_title = p(r("PHÓ GIÁM ĐỐC", b=True) + anchor_pic(2, rid_stamp, 1100000, 1100000),
                  jc="center", spacing=False)
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False)] + \
        [p(r(s, sz=22), spacing=False) for s in RECIP_STATE]
    right = [p(r("KT. GIÁM ĐỐC", b=True), jc="center", spacing=False), sig_title,
             p(inline_pic(1, rid_sig, 1600000, 600000), jc="center", spacing=False),
             p(r(R.signer, b=True), jc="center", spacing=False)]
    R.d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    for a in ("Nơi nhận", R.signer, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"):
        R.app(a)
    R.appendix()
    R.tolerated.append("conversion")
    return R


def snv():
    R = Rep("snv", "SNV", "STC - BC tong ket KL114.docx",
            "A FILE NAMED AFTER ANOTHER UNIT: the Department of Home Affairs' report (state header "
            "'UBND TỈNH NGHỆ AN' / 'SỞ NỘI VỤ' / 'Số: 279/BC-SNV', 'GIÁM ĐỐC' / 'Trần Quốc "
            "Hưng') saved under the name of the file its clerk started from, 'STC - BC tong ket "
            "KL114.docx' (the Finance Department's draft, shared for its layout: a copy-paste "
            "mistake), in the same folder as the Finance Department's own report 'STC - BC 241 "
            "KL114.docx'. Everything in the document is SNV's. The officer files it as SNV's "
            "(the signed header decides), 279/BC-SNV, 14/4/2026, Trần Quốc Hưng, GIÁM ĐỐC, and "
            "must be TOLD that the file name names another unit (else the register shows two "
            "reports of STC and none of SNV when filed by name): a WARNING naming both is "
            "deserved — keyed as metadata-conflict, the binary's code for two sources naming "
            "different units (problems).")
    R.meta("GIÁM ĐỐC")
    R.header_table(state_left("UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"], f"Số: {R.doc_number}"),
                   MOTTO + [L(R.place_date, i=True)])
    for a in (R.doc_number, "SỞ NỘI VỤ", R.place_date.split(" năm")[0]):
        R.app(a)
    R.title("Sở Nội vụ")
    R.plain_body()
    R.closing_sentence("Sở Nội vụ")
    R.signature(RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    R.problems.append("metadata-conflict")
    return R


def ttt():
    R = TxtRep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.txt",
               "Word's File ▸ Save As ▸ PLAIN TEXT (probe51 X005's delivery). DATE WITH A TYPO: "
               "'Nghệ An, ngày 15 thang 4 năm 2026' ('thang', the month's word without its "
               "diacritic, as typed). SIGNATURE: 'KT. CHÁNH THANH TRA' / 'PHÓ CHÁNH THANH TRA' / "
               "'Phạm Hồng Quang' (a head's title README's list does not name). State header "
               "(motto) as the table's lines; headings plain lines with typed numbers "
               "(pseudo-heading warnings tolerated). The officer records TTT, 117/BC-TTr, "
               "15/4/2026, Phạm Hồng Quang, PHÓ CHÁNH THANH TRA.", place="Nghệ An")
    R.meta("PHÓ CHÁNH THANH TRA")
    date_line = "Nghệ An, ngày 15 thang 4 năm 2026"
    R.lines += ["UBND TỈNH NGHỆ AN", "THANH TRA TỈNH", "-------",
                f"Số: {R.doc_number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "---------------", date_line]
    for a in (R.doc_number, "THANH TRA TỈNH", "Nghệ An, ngày 15 thang 4"):
        R.app(a)
    R.lines += ["BÁO CÁO", SUBJECT, OPENING.format(who="Thanh tra tỉnh")]
    R.app("BÁO CÁO")
    R.app(SUBJ_LEAK)
    R.app("Thanh tra tỉnh báo cáo như sau")
    R.plain_body()
    R.add("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Thanh tra tỉnh./.")
    R.app("Kết luận số 114-KL/TW của Thanh tra tỉnh./.")
    R.lines += ["Nơi nhận:"] + RECIP_STATE[:-1] + \
        [RECIP_STATE[-1] + "\tKT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "", "", "", R.signer]
    for a in ("Nơi nhận", R.signer, "KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"):
        R.app(a)
    R.appendix_txt("Kèm theo Báo cáo số 117/BC-TTr ngày 15/4/2026")
    R.tolerated.append("pseudo-heading")
    return R


def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "LATE: dated 'Nghệ An, ngày 22 tháng 4 năm 2026', three days after the common "
            "deadline (last day on time 19/4/2026; the Office has no extension). Party header "
            "'TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG' / '*' / 'Số 498-BC/VPTU'; 'K/T CHÁNH VĂN PHÒNG' / "
            "'PHÓ CHÁNH VĂN PHÒNG' / 'Lê Văn Toàn'. The officer records VPTU, 498-BC/VPTU, "
            "22/4/2026, Lê Văn Toàn, PHÓ CHÁNH VĂN PHÒNG, late (3 days): the 'late' warning is "
            "deserved (problems).")
    R.meta("PHÓ CHÁNH VĂN PHÒNG", late=True, date="2026-04-22")
    R.place_date = "Nghệ An, ngày 22 tháng 4 năm 2026"
    R.header_table(party_left("TỈNH ỦY NGHỆ AN", ["VĂN PHÒNG"], f"Số {R.doc_number}"),
                   [PARTY, L(""), L(R.place_date, i=True)])
    for a in (R.doc_number, R.place_date.split(" năm")[0]):
        R.app(a)
    R.title("Văn phòng Tỉnh ủy")
    R.plain_body()
    R.closing_sentence("Văn phòng Tỉnh ủy")
    R.signature(RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])
    R.appendix()
    R.problems.append("late")
    return R


REPORTS = [vptu, snv, stc, syt, sgddt, ttt, mttq, td, x001, x002, x003, x004, x005, x006, x007,
           duqs]
