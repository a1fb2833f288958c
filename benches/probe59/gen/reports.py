"""probe59's sixteen reports: LAYOUTS OF REAL PUBLISHED VIETNAMESE DOCUMENTS THAT PROBES 53-55 DID NOT
USE. Each report carries the unit's text, figures, number, date and signer as probe58's chain gives them
(probe58's gen/reports.py → probe57's → probe56's → probe55's → … → probe46's → probe44's); the LAYOUT is
transcribed from a published document found with the search tool (README.txt, sources Q1-Q14): its
header block and how a web copy or a plain-text save flattens it, its number line, its title block, how
its parts are numbered and titled, where the context part, results, limitations, causes, lessons,
tasks and proposals go, how its statistics table is shaped, its closing, signature and 'Nơi nhận'.

Every paragraph records the section an officer files it under; every header, title, formula,
signature, caption and non-indicator row is apparatus (never compiled as the unit's text)."""

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


r58 = _load("reports58", os.path.join(BENCH, "probe58", "gen", "reports.py"))
r57, r56 = r58.r57, r58.r56
r55, r54, r53, r46 = r56.r55, r56.r55.r54, r56.r55.r53, r56.r46
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table
IND, LABELS, vn, dmy = r46.IND, r46.LABELS, r46.vn, r46.dmy
SUBJ2, SUBJ_LEAK, OPENING, CAPTION = r56.SUBJ2, r56.SUBJ_LEAK, r56.OPENING, r46.CAPTION
UNITS = r57.UNITS
header3, sig_table, page_break, workbook = r55.header3, r53.sig_table, r53.page_break, r54.workbook
hc, tc = r54.hc, r54.tc
W4 = [700, 4700, 1300, 1600]
L4 = lambda t, b=False, i=False, u=False: (t, b, i, u)  # noqa: E731


class Rep(r56.Rep):
    ext = "docx"

    def numbered(self, n, text, sec, mark="."):
        """A paragraph of text that begins with its own number ('1. Ban Thường vụ …'), not a heading."""
        self.paragraphs.append((text, sec, None))
        self.d.add(p(r(f"{n}{mark} {text}"), ind=567))

    def dash(self, text, sec, mark="-"):
        self.paragraphs.append((text, sec, None))
        self.d.add(p(r(f"{mark} {text}"), ind=567))

    def runin(self, lead, text, sec, bold=True, italic=False):
        self.paragraphs.append((text, sec, None))
        self.d.add(p(r(lead, b=bold, i=italic) + r(" " + text), ind=567))

    def center(self, text, b=True, i=False, app=None):
        self.d.add(p(r(text, b=b, i=i), jc="center"))
        if app:
            self.app(app)


class MdRep(r56.MdRep):
    ext = "md"

    def numbered(self, n, text, sec, mark="."):
        self.paragraphs.append((text, sec, None))
        self.lines.append(f"{n}{mark} {text}")

    def dash(self, text, sec, mark="-"):
        self.paragraphs.append((text, sec, None))
        self.lines.append(f"{mark} {text}")


class TxtRep(r56.TxtRep):
    """Plain text; sep between lines, BOM and CRLF as the save gave them."""
    ext = "txt"
    sep, bom, crlf = "\n", True, True

    def numbered(self, n, text, sec, mark="."):
        self.paragraphs.append((text, sec, None))
        self.lines.append(f"{n}{mark} {text}")

    def save(self, path):
        text = self.sep.join(self.lines) + "\n"
        if self.crlf:
            text = text.replace("\n", "\r\n")
        with open(path, "wb") as f:
            f.write((b"\xef\xbb\xbf" if self.bom else b"") + text.encode("utf-8"))


def make(cls, key, code, filename, title, notes, doc_number="keep"):
    u = UNITS[code]
    R = cls(key, code, filename, notes, place=u["place"])
    R.meta(title, doc_number=doc_number)
    R.u = u
    return R


def std_app(R, who=None, opening=True, closing=True, subject=True):
    """The apparatus every report has (the officer's eye: none of it is the unit's text)."""
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    if subject:
        R.app(SUBJ_LEAK)
    who = who or R.u["who"]
    if opening:
        R.app(f"{who} báo cáo như sau")
    if closing:
        R.app(f"Kết luận số 114-KL/TW của {who}./.")


def closing_text(R, who=None):
    return f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who or R.u['who']}./."


def kem(R, what="Báo cáo"):
    d, m, y = dmy(R.date)
    return f"Kèm theo {what} số {R.doc_number} ngày {d}/{m}/{y}"


def rows9(R, val=None, unit_col=True):
    """The nine indicator rows [STT, label, ĐVT, value]; val(ind, v) → cell text."""
    out = []
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures.get(ind)
        cellv = val(ind, v) if val else ("x" if v is None else vn(v))
        out.append([str(i), lab, dvt, cellv] if unit_col else [str(i), lab, cellv])
    return out


def body(R, sec, how=None):
    for t in R.texts[sec]:
        (how or R.put)(t, sec)


def docx_appendix(R, rows, W=W4, caption_=CAPTION, lead="PHỤ LỤC", extra_rows=()):
    page_break(R)
    R.center(lead)
    R.center(caption_, app=caption_[:34])
    k = kem(R)
    R.center(f"({k})", b=False, i=True, app=k[:40])
    R.d.add(table(rows, W, header_rows=1))
    for lab in extra_rows:
        R.rows.append(lab)


# ==========================================================================================
# Q1 danvan.vn 'Nghiệp vụ công tác của cán bộ dân vận: Thông tin, báo cáo công tác dân vận (P.2)' —
# 'PHẦN THỨ NHẤT: ĐÁNH GIÁ …' on one line in capitals, 'I. Khái quát tình hình (kinh tế - xã hội, an
# ninh, quốc phòng)' in sentence case with its parenthesis, the unit's own sub-titles under II, a
# part 'Đánh giá chung' holding limitations, experience …, the proposals INSIDE part one, then
# 'PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ …'.
def x001():
    R = make(Rep, "x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx", "BÍ THƯ",
             "Q1 (danvan.vn, the Central Mass Mobilisation Board's model outline for a dân vận report): Party "
             "header 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY PHƯỜNG VINH PHÚ' / '*' / 'Số 67-BC/ĐU'; 'PHẦN THỨ NHẤT: "
             "ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' (one line, capitals, colon, centred); "
             "'I. Khái quát tình hình (kinh tế - xã hội, an ninh, quốc phòng)' — sentence case with the "
             "outline's parenthesis (context: 'other'); 'II. Công tác lãnh đạo, chỉ đạo của cấp ủy'; 'III. "
             "Công tác dân vận của chính quyền' with the unit's own sub-titles '1. Kết quả nổi bật' and '2. "
             "Phối hợp với Mặt trận, các đoàn thể' (both results); 'IV. Đánh giá chung' with '1. Tồn tại, "
             "hạn chế', '2. Nguyên nhân', '3. Kinh nghiệm', '4. Hiệu quả, tác động'; 'V. Những kiến nghị, đề "
             "xuất' (the proposals inside part one, as Q1 puts them); 'PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ "
             "THỜI GIAN TỚI' with the solutions right under it. Usual signature and appendix. Records X001, "
             "67-BC/ĐU, 10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.")
    r55.party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG VINH PHÚ")
    R.title(R.u["who"])
    R.H("PHẦN THỨ NHẤT: ĐÁNH GIÁ KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 0)
    R.H("I. Khái quát tình hình (kinh tế - xã hội, an ninh, quốc phòng)", 1)
    R.ctx("Phường Vinh Phú có 41 chi bộ trực thuộc với hơn 2.300 đảng viên; kinh tế của phường tăng trưởng "
          "khá, thu nhập bình quân đầu người năm 2025 đạt 92 triệu đồng; an ninh chính trị, trật tự an toàn "
          "xã hội được giữ vững, không để xảy ra điểm nóng.")
    R.H("II. Công tác lãnh đạo, chỉ đạo của cấp ủy", 1)
    body(R, "lanh-dao")
    R.H("III. Công tác dân vận của chính quyền", 1)
    t1, t2 = R.texts["ket-qua.noi-bat"]
    R.H("1. Kết quả nổi bật", 2)
    R.put(t1, "ket-qua.noi-bat")
    R.H("2. Phối hợp với Mặt trận, các đoàn thể", 2)
    R.put(t2, "ket-qua.noi-bat")
    R.H("IV. Đánh giá chung", 1)
    for t, s in (("1. Tồn tại, hạn chế", "ket-qua.han-che"), ("2. Nguyên nhân", "ket-qua.nguyen-nhan"),
                 ("3. Kinh nghiệm", "ket-qua.bai-hoc"), ("4. Hiệu quả, tác động", "tac-dong")):
        R.H(t, 2)
        body(R, s)
    R.H("V. Những kiến nghị, đề xuất", 1)
    body(R, "kien-nghi")
    R.H("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", 0)
    body(R, "ket-qua.giai-phap")
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_PARTY, R.u["sig"], R.signer)
    R.appendix()
    return R


# Q3 vbpl.vn (Bộ Quốc phòng, Thông tư 769/1998/TT-QP, print view): the header FLATTENED COLUMN BY
# COLUMN — the left column's lines, the NUMBER, then the motto and the place-and-date — with lines
# holding one no-break space between blocks; part titles in capitals ending with ':'; under each
# title the text as NUMBERED PARAGRAPHS ('1. Thực hiện tiếp công dân … bao gồm …'), not headings.
def x002():
    R = make(TxtRep, "x002", "X002", "Dien Chau - BC 52 KL114.txt", "BÍ THƯ",
             "Q3 (vbpl.vn print view of Thông tư 769/1998/TT-QP), saved as a .txt (UTF-8, no BOM, LF, a "
             "blank line between paragraphs and lines holding ONE NO-BREAK SPACE between the header's "
             "blocks, as the print view copies): header flattened column by column — 'ĐẢNG BỘ TỈNH NGHỆ AN' / "
             "'ĐẢNG ỦY XÃ DIỄN CHÂU' / '*' / 'Số 52-BC/ĐU' / 'ĐẢNG CỘNG SẢN VIỆT NAM' / 'Diễn Châu, ngày 09 "
             "tháng 4 năm 2026'; 'BÁO CÁO' and the subject; part titles in CAPITALS ENDING WITH ':' ('I. "
             "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:' … 'VIII. KIẾN NGHỊ, ĐỀ XUẤT:'); under each, the text as "
             "NUMBERED PARAGRAPHS '1. Ban Thường vụ …', '2. …' (Q3's '1. Thực hiện tiếp công dân trong "
             "quân đội bao gồm …'): text, not sub-headings. Signature, 'Nơi nhận:', the appendix as tab "
             "rows. Records X002, 52-BC/ĐU, 9/4/2026, Nguyễn Đình Lực, BÍ THƯ.")
    R.sep, R.bom, R.crlf = "\n\n", False, False
    nb = "\u00a0"
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ DIỄN CHÂU\n*\nSố 52-BC/ĐU", nb,
                f"ĐẢNG CỘNG SẢN VIỆT NAM\n{R.place_date}", nb, nb, "BÁO CÁO", SUBJ2, nb,
                OPENING.format(who=R.u["who"])]
    std_app(R)
    R.app("BÁO CÁO")
    for title, secs in (("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:", ["lanh-dao"]),
                        ("II. KẾT QUẢ ĐẠT ĐƯỢC:", ["ket-qua.noi-bat"]),
                        ("III. TỒN TẠI, HẠN CHẾ:", ["ket-qua.han-che"]),
                        ("IV. NGUYÊN NHÂN:", ["ket-qua.nguyen-nhan"]),
                        ("V. BÀI HỌC KINH NGHIỆM:", ["ket-qua.bai-hoc"]),
                        ("VI. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN:", ["tac-dong"]),
                        ("VII. PHƯƠNG HƯỚNG, GIẢI PHÁP THỜI GIAN TỚI:", ["ket-qua.giai-phap"]),
                        ("VIII. KIẾN NGHỊ, ĐỀ XUẤT:", ["kien-nghi"])):
        R.add(title)
        n = 0
        for s in secs:
            for t in R.texts[s]:
                n += 1
                R.numbered(n, t, s)
    R.add(closing_text(R))
    R.lines += ["T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n" + R.signer, "Nơi nhận:\n" + "\n".join(r56.RECIP_PARTY)]
    for a in ["Nơi nhận", R.signer, "T/M BAN THƯỜNG VỤ"]:
        R.app(a)
    k = kem(R)
    R.lines += ["PHỤ LỤC", CAPTION, f"({k})",
                "\n".join("\t".join(row) for row in [["STT", "Nội dung", "ĐVT", "Số liệu"]] + rows9(R))]
    R.app(CAPTION[:34])
    R.app(k[:40])
    R.tolerated += ["pseudo-heading"]
    return R


# Q5 thuvienphapluat.vn 'Mẫu báo cáo tổng kết công tác năm của chi bộ và cách ghi' — the body's items
# 'Công tác lãnh đạo chính trị tư tưởng', 'Lãnh đạo thực hiện nhiệm vụ chính trị', 'Đánh giá chung và
# đề xuất, kiến nghị' under '(6) Phần tình hình, kết quả …', then '(7) Phần phương hướng, nhiệm vụ'.
def x003():
    R = make(Rep, "x003", "X003", "DU xa Quynh Luu - BC 71 KL114.docx", "BÍ THƯ",
             "Q5 (thuvienphapluat.vn, the Party cell's year-end report form and how to fill it): 'I. TÌNH "
             "HÌNH, KẾT QUẢ THỰC HIỆN' with the form's items as sub-titles — '1. Công tác lãnh đạo chính trị "
             "tư tưởng' (the leadership: lanh-dao), '2. Lãnh đạo thực hiện nhiệm vụ chính trị' (the results, "
             "two paragraphs), '3. Đánh giá chung và đề xuất, kiến nghị' holding RUN-IN dash paragraphs '- Hạn "
             "chế: …', '- Nguyên nhân: …', '- Bài học kinh nghiệm: …', '- Tác động: …', '- Đề xuất, kiến nghị: "
             "…' (each filed by its lead); then 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI' (solutions). Party "
             "header, signature, appendix as usual. Records X003, 71-BC/ĐU, 13/4/2026, Hồ Sỹ Nam, BÍ THƯ.")
    r55.party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ QUỲNH LƯU")
    R.title(R.u["who"])
    R.H("I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", 1)
    R.H("1. Công tác lãnh đạo chính trị tư tưởng", 2)
    body(R, "lanh-dao")
    R.H("2. Lãnh đạo thực hiện nhiệm vụ chính trị", 2)
    body(R, "ket-qua.noi-bat")
    R.H("3. Đánh giá chung và đề xuất, kiến nghị", 2)
    for lead, s in (("- Hạn chế:", "ket-qua.han-che"), ("- Nguyên nhân:", "ket-qua.nguyen-nhan"),
                    ("- Bài học kinh nghiệm:", "ket-qua.bai-hoc"), ("- Tác động:", "tac-dong"),
                    ("- Đề xuất, kiến nghị:", "kien-nghi")):
        for t in R.texts[s]:
            R.runin(lead, t, s, bold=False, italic=True)
    R.H("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", 1)
    body(R, "ket-qua.giai-phap")
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_PARTY, R.u["sig"], R.signer)
    R.appendix()
    return R


# Q8 hoaphu.hanoi.gov.vn (UBND xã Hòa Phú, 7/2025: 'tiếp nhận và chỉ đạo xử lý 1.195 văn bản đến; ban
# hành văn bản đi 282 …; tiếp nhận tổng số 2.699 hồ sơ. Trong đó tiếp nhận trực tiếp 1.956 hồ sơ, tiếp
# nhận trực tuyến 743 hồ sơ') — the new commune's figures as its office keeps them, in a WORKBOOK beside.
def x004():
    R = make(Rep, "x004", "X004", "Hoang Mai - BC 98 KL114.docx", "PHÓ BÍ THƯ",
             "Q8 (hoaphu.hanoi.gov.vn, a new commune's monthly report after 7/2025: incoming vs issued "
             "documents, records received in total / in person / online). The .docx: Party header with "
             "'Số: 98-BC/ĐU', eight flat Roman parts 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO' … 'VIII. KIẾN NGHỊ, ĐỀ "
             "XUẤT', the closing and signature, and NO TABLE: 'Có biểu số liệu kèm theo.' The figures ONLY "
             "in 'Hoang Mai - Bieu so lieu KL114.xlsx' beside it: title rows 'ĐẢNG ỦY PHƯỜNG HOÀNG MAI' / "
             "'BIỂU SỐ LIỆU …' / '(Kèm theo …)', 'STT | Nội dung | ĐVT | Số liệu | Ghi chú', with Q8's "
             "rows: 'Văn bản đến được tiếp nhận, xử lý' (NOT the indicator) before 'Văn bản lãnh đạo, chỉ "
             "đạo được ban hành'; under the rate 'Tổng số hồ sơ TTHC tiếp nhận' (hồ sơ), '- Trong đó: tiếp "
             "nhận trực tiếp', '- Tiếp nhận trực tuyến' (hồ sơ counts, NOT the rate, NOT letters received) "
             "and 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến | % | 90,8'. Records X004, 98-BC/ĐU, 15/4/2026, "
             "Lê Thị Mai, PHÓ BÍ THƯ.")
    r55.party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI", number_line=f"Số: {R.doc_number}")
    R.title(R.u["who"])
    for title, s in (("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "lanh-dao"), ("II. KẾT QUẢ ĐẠT ĐƯỢC", "ket-qua.noi-bat"),
                     ("III. TỒN TẠI, HẠN CHẾ", "ket-qua.han-che"), ("IV. NGUYÊN NHÂN", "ket-qua.nguyen-nhan"),
                     ("V. BÀI HỌC KINH NGHIỆM", "ket-qua.bai-hoc"), ("VI. TÁC ĐỘNG", "tac-dong"),
                     ("VII. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", "ket-qua.giai-phap"),
                     ("VIII. KIẾN NGHỊ, ĐỀ XUẤT", "kien-nghi")):
        R.H(title, 1)
        body(R, s)
    R.d.add(p(r("(Có biểu số liệu kèm theo)", i=True), ind=567))
    R.app("Có biểu số liệu kèm theo")
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_PARTY, R.u["sig"], R.signer)
    f = R.figures
    rate = f["truc-tuyen"]
    total = 12480
    online = int(round(total * rate / 100.0))
    data = []
    n = 0
    for ind, (lab, dvt) in zip(IND, LABELS):
        if ind == "van-ban":
            n += 1
            data.append([n, "Văn bản đến được tiếp nhận, xử lý", "Văn bản", 4812, ""])
        if ind == "truc-tuyen":
            n += 1
            data.append([n, "Tổng số hồ sơ TTHC tiếp nhận", "Hồ sơ", total, ""])
            data.append(["", "- Trong đó: tiếp nhận trực tiếp", "Hồ sơ", total - online, ""])
            data.append(["", "- Tiếp nhận trực tuyến", "Hồ sơ", online, ""])
        n += 1
        data.append([n, lab, dvt, f[ind], ""])
    R.rows += ["Văn bản đến được tiếp nhận, xử lý", "Tổng số hồ sơ TTHC tiếp nhận", "Trong đó: tiếp nhận trực tiếp",
               "Tiếp nhận trực tuyến"]
    k = kem(R)
    wb = workbook(["ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "BIỂU SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                   f"({k})"], [["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"]], data, [])
    R.extra.append(("Hoang Mai - Bieu so lieu KL114.xlsx", wb))
    return R


# Q9 ls1.hethongphapluat.com (QĐ 30/2018/QĐ-UBND Hải Phòng, web copy): the header as TWO PIPE ROWS
# WITH A TRAILING PIPE AND NO LEADING ONE ('ỦY BAN NHÂN DÂN | CỘNG HÒA … |' / 'Số: 30/2018/QĐ-UBND |
# Hải Phòng, ngày 09 tháng 10 năm 2018 |'), the superior line and the motto's second line lost; the
# subject in CAPITALS; the issuing body's name on its own line over 'Căn cứ …;' lines; articles as
# RUN-IN titles ('Điều 1. Ban hành …').
def x005():
    R = make(MdRep, "x005", "X005", "DU xa Do Luong - BC 58 KL114.md", "BÍ THƯ",
             "Q9 (ls1.hethongphapluat.com web copy of QĐ 30/2018/QĐ-UBND), pasted into a .md: the header as "
             "two PIPE ROWS with a trailing pipe only — 'ĐẢNG ỦY XÃ ĐÔ LƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |' / 'Số "
             "58-BC/ĐU | Đô Lương, ngày 10 tháng 4 năm 2026 |' (the superior line and the '*' lost, as Q9 "
             "lost its province line); 'BÁO CÁO' and the subject IN CAPITALS; 'BAN THƯỜNG VỤ ĐẢNG ỦY XÃ ĐÔ "
             "LƯƠNG' on its own line over two 'Căn cứ …;' lines (apparatus, as Q9's 'ỦY BAN NHÂN DÂN THÀNH "
             "PHỐ HẢI PHÒNG' / 'Căn cứ …'); the parts as Q9's articles, RUN-IN BOLD TITLES in one paragraph "
             "with their text: '**1. Công tác lãnh đạo, chỉ đạo.** Ban Thường vụ …', '**2. Những kết quả nổi "
             "bật.** …' (its 2nd paragraph plain), '**3. Tồn tại, hạn chế.**' … '**8. Kiến nghị, đề xuất.**'. "
             "Closing, signature lines, 'Nơi nhận:', appendix pipe table. Records X005, 58-BC/ĐU, 10/4/2026, "
             "Nguyễn Thị Thanh Tâm, BÍ THƯ.")
    who = R.u["who"]
    R.lines += ["ĐẢNG ỦY XÃ ĐÔ LƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |",
                f"Số {R.doc_number} | {R.place_date} |", "BÁO CÁO", SUBJ2.upper(), who.upper(),
                "Căn cứ Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI);",
                "Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy,",
                f"{who} báo cáo như sau:"]
    std_app(R)
    R.app(SUBJ_LEAK.upper())
    R.app("BÁO CÁO")
    R.app(who.upper())
    R.app("Căn cứ Kết luận số 114-KL/TW")
    R.app("Căn cứ Kế hoạch số 86-KH/TU")
    for n, (lead, s) in enumerate((("Công tác lãnh đạo, chỉ đạo.", "lanh-dao"),
                                   ("Những kết quả nổi bật.", "ket-qua.noi-bat"),
                                   ("Tồn tại, hạn chế.", "ket-qua.han-che"), ("Nguyên nhân.", "ket-qua.nguyen-nhan"),
                                   ("Bài học kinh nghiệm.", "ket-qua.bai-hoc"),
                                   ("Tác động của việc thực hiện Kết luận.", "tac-dong"),
                                   ("Phương hướng, giải pháp thời gian tới.", "ket-qua.giai-phap"),
                                   ("Kiến nghị, đề xuất.", "kien-nghi")), 1):
        ts = R.texts[s]
        R.runin(f"{n}. {lead}", ts[0], s)
        for t in ts[1:]:
            R.put(t, s)
    R.add(closing_text(R))
    R.lines += ["**T/M BAN THƯỜNG VỤ**", "**BÍ THƯ**", f"**{R.signer}**", "***Nơi nhận:***"] + list(r56.RECIP_PARTY)
    for a in ("Nơi nhận", R.signer, "T/M BAN THƯỜNG VỤ"):
        R.app(a)
    R.appendix_md(kem(R))
    R.tolerated += ["pseudo-heading"]
    return R


# Q11 thcstienhoa.edu.vn (a Party cell's congress report: '2. Phần mở đầu: Giới thiệu về quá trình
# hoạt động …', '3. Phần đánh giá …', '4. Đ[ề xuất] …') + Q13 baobariavungtau.com.vn ('2.071 mô hình,
# điển hình “Dân vận khéo” được đăng ký xây dựng, trong đó có 1.808 mô hình … được triển khai hiệu quả').
def x007():
    R = make(Rep, "x007", "X007", "Anh Son - BC 44 KL114.docx", "PHÓ BÍ THƯ",
             "Q11 (thcstienhoa.edu.vn, what a Party cell's report holds: 'Phần mở đầu', 'Phần đánh giá', "
             "'Đề xuất'): parts titled by their role, centred bold capitals, NO NUMBER — 'PHẦN MỞ ĐẦU' (an "
             "introduction of the commune's Party organisation after the 2025 merger: context, 'other'), "
             "'PHẦN ĐÁNH GIÁ' with '1. Công tác lãnh đạo, chỉ đạo', '2. Kết quả đạt được', '3. Hạn chế', '4. "
             "Nguyên nhân', '5. Bài học kinh nghiệm', '6. Tác động', and 'PHẦN ĐỀ XUẤT' with '1. Phương "
             "hướng, giải pháp thời gian tới', '2. Kiến nghị'. Appendix (Q13's 'đăng ký xây dựng … trong đó "
             "… được công nhận'): the Dân vận khéo row preceded by 'Mô hình “Dân vận khéo” đăng ký xây dựng "
             "| Mô hình | 15' (NOT the indicator) and followed by '- Trong đó: tập thể | 4', '- Cá nhân | 2'. "
             "Records X007, 44-BC/ĐU, 12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ; indicator 8 = 6.")
    r55.party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ANH SƠN")
    R.title(R.u["who"])
    R.H("PHẦN MỞ ĐẦU", 0)
    R.ctx("Xã Anh Sơn được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp thị trấn Anh Sơn và các xã Thạch "
          "Sơn, Phúc Sơn; Đảng bộ xã có 38 chi bộ trực thuộc, địa bàn rộng, đồng bào dân tộc thiểu số chiếm "
          "gần 12% dân số.")
    R.H("PHẦN ĐÁNH GIÁ", 0)
    for title, s in (("1. Công tác lãnh đạo, chỉ đạo", "lanh-dao"), ("2. Kết quả đạt được", "ket-qua.noi-bat"),
                     ("3. Hạn chế", "ket-qua.han-che"), ("4. Nguyên nhân", "ket-qua.nguyen-nhan"),
                     ("5. Bài học kinh nghiệm", "ket-qua.bai-hoc"), ("6. Tác động", "tac-dong")):
        R.H(title, 1)
        body(R, s)
    R.H("PHẦN ĐỀ XUẤT", 0)
    R.H("1. Phương hướng, giải pháp thời gian tới", 1)
    body(R, "ket-qua.giai-phap")
    R.H("2. Kiến nghị", 1)
    body(R, "kien-nghi")
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_PARTY, R.u["sig"], R.signer)
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    v = R.figures["dan-van-kheo"]
    for row in rows9(R):
        if row[1].startswith("Mô hình"):
            rows.append(["", "Mô hình “Dân vận khéo” đăng ký xây dựng", "Mô hình", "15"])
            rows.append(row)
            rows.append(["", "- Trong đó: tập thể", "Mô hình", str(v - 2)])
            rows.append(["", "- Cá nhân", "Mô hình", "2"])
        else:
            rows.append(row)
    docx_appendix(R, rows, extra_rows=["Mô hình “Dân vận khéo” đăng ký xây dựng"])
    return R


# Q2 danluc.trieuson.gov.vn (UBND xã Dân Lực, KẾ HOẠCH 2021): 'UỶ BAN NHÂN DÂN' / 'XÃ DÂN  LỰC'
# (doubled space), 'Số:        /KH-UBND' (the template's blank), 'CỘNG HOÀ' (old tones), 'I. MỤC ĐÍCH -
# YÊU CẦU:' capitals + colon, '1. Mục đích.' sub-title with a FULL STOP, then text numbered '1. Làm
# cho …' AGAIN from 1 under it.
def snv():
    R = make(Rep, "snv", "SNV", "SNV - BC 279 KL114.docx", "PHÓ GIÁM ĐỐC",
             "Q2 (danluc.trieuson.gov.vn, a commune People's Committee plan): state header typed into an old "
             "template — 'UBND TỈNH NGHỆ AN' / 'SỞ  NỘI VỤ' (doubled space) / 'Số:        279/BC-SNV' (the "
             "number typed into the template's blank, the spaces left) | 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' "
             "(old-style tone) / 'Độc lập - Tự do - Hạnh phúc' / date; part titles in CAPITALS WITH A COLON "
             "('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:' … 'IV. KIẾN NGHỊ, ĐỀ XUẤT:'); sub-titles with a FULL STOP "
             "('1. Những kết quả nổi bật.' … '5. Phương hướng, giải pháp thời gian tới.'); under '1. Những "
             "kết quả nổi bật.' the two paragraphs NUMBERED AGAIN FROM 1 ('1. Sở Nội vụ …', '2. …'), as Q2 "
             "numbers its items under '1. Mục đích.'. Signature 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'. Records SNV, "
             "279/BC-SNV, 14/4/2026, Trần Quốc Hưng, PHÓ GIÁM ĐỐC.")
    header3(R, [[L4("UBND TỈNH NGHỆ AN"), L4("SỞ  NỘI VỤ", True), L4(""), L4(f"Số:        {R.doc_number}")],
                [L4("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), L4("Độc lập - Tự do - Hạnh phúc", True, False, True),
                 L4(""), L4(R.place_date, i=True)]], [3800, 5600])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title(R.u["who"])
    R.H("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:", 1)
    body(R, "lanh-dao")
    R.H("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN:", 1)
    R.H("1. Những kết quả nổi bật.", 2)
    for n, t in enumerate(R.texts["ket-qua.noi-bat"], 1):
        R.numbered(n, t, "ket-qua.noi-bat")
    for title, s in (("2. Tồn tại, hạn chế.", "ket-qua.han-che"), ("3. Nguyên nhân.", "ket-qua.nguyen-nhan"),
                     ("4. Bài học kinh nghiệm.", "ket-qua.bai-hoc"),
                     ("5. Phương hướng, giải pháp thời gian tới.", "ket-qua.giai-phap")):
        R.H(title, 2)
        body(R, s)
    R.H("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN:", 1)
    body(R, "tac-dong")
    R.H("IV. KIẾN NGHỊ, ĐỀ XUẤT:", 1)
    body(R, "kien-nghi")
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_STATE, R.u["sig"], R.signer)
    R.appendix()
    return R


# Q7 lamdong.gov.vn (Thanh tra tỉnh Lâm Đồng, 'Kết quả tiếp công dân tháng 4 năm 2017': '259 lượt công
# dân/316 người …; tiếp thường xuyên 161/201 người; tiếp định kỳ 98 lượt/115 người') — the citizen
# reception figure as 'lượt/người' in one cell, with its two kinds of reception under it.
def syt():
    R = make(Rep, "syt", "SYT", "SYT - BC 1342 KL114.docx", "PHÓ GIÁM ĐỐC",
             "Q7 (lamdong.gov.vn, a provincial inspectorate's citizen-reception summary): usual state report "
             "(header 'UBND TỈNH NGHỆ AN' / 'SỞ Y TẾ' / 'Số: 1342/BC-SYT', parts I-IV with 1.-5. under II); "
             "APPENDIX 'STT | Nội dung | ĐVT | Số liệu' whose citizen-reception row reads 'Lượt tiếp công "
             "dân | Lượt/người | 1.312 lượt/1.527 người' (the visits AND the people in one cell, Q7's '259 "
             "lượt công dân/316 người'), followed by '- Tiếp thường xuyên | … | 894 lượt/1.031 người' and '- "
             "Tiếp định kỳ | … | 418 lượt/496 người' (a breakdown, not added). The indicator counts visits "
             "('Số lượt tiếp công dân'): the officer reads 1.312 (ARGUABLE: a strict reader may ask the unit "
             "to move the people to 'Ghi chú'). Records SYT, 1342/BC-SYT, 16/4/2026, "
             "Nguyễn Thị Hương Giang, PHÓ GIÁM ĐỐC.")
    r55.state_hdr(R, "UBND TỈNH NGHỆ AN", "SỞ Y TẾ")
    R.title(R.u["who"])
    R.plain_body()
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_STATE, R.u["sig"], R.signer)
    v = R.figures["tiep-dan"]
    a = v - 418
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for row in rows9(R):
        if row[1] == "Lượt tiếp công dân":
            rows.append([row[0], row[1], "Lượt/người", f"{vn(v)} lượt/{vn(v + 215)} người"])
            rows.append(["", "- Tiếp thường xuyên", "Lượt/người", f"{vn(a)} lượt/{vn(a + 137)} người"])
            rows.append(["", "- Tiếp định kỳ", "Lượt/người", f"418 lượt/{vn(496)} người"])
        else:
            rows.append(row)
    docx_appendix(R, rows, extra_rows=["Tiếp thường xuyên", "Tiếp định kỳ"])
    return R


# Q10 luatminhkhue.vn (QĐ 39/2011/QĐ-UBND Khánh Hòa, web copy): the header flattened LEFT COLUMN, then
# RIGHT COLUMN, then the NUMBER, then the DATE ('ỦY BAN NHÂN DÂN' / 'TỈNH KHÁNH HÒA' / '-------' /
# 'CỘNG HÒA …' / 'Độc lập …' / '---------------' / 'Số: 39/2011/QĐ-UBND' / 'Khánh Hòa, ngày …'), the
# subject in capitals with WORDS GLUED where the page joined two lines ('VỀTIẾP', 'TỈNHKHÁNH HÒA').
def stc():
    R = make(TxtRep, "stc", "STC", "STC - BC 241 KL114.txt", "PHÓ GIÁM ĐỐC",
             "Q10 (luatminhkhue.vn web copy of QĐ 39/2011/QĐ-UBND Khánh Hòa), saved as .txt (UTF-8 with BOM, "
             "CRLF, a blank line between paragraphs): header flattened as Q10 — 'UBND TỈNH NGHỆ AN' / 'SỞ TÀI "
             "CHÍNH' / '-------' / 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' / 'Độc lập - Tự do - Hạnh phúc' / "
             "'---------------' / 'Số: 241/BC-STC' / 'Nghệ An, ngày 16 tháng 4 năm 2026' (the number AFTER "
             "the motto); 'BÁO CÁO'; the subject in capitals with WORDS GLUED at the page's line joins "
             "('… CỦA CƠ QUAN NHÀNƯỚC CÁC CẤP'); 'SỞ TÀI CHÍNH TỈNH NGHỆ AN' and the opening; usual parts, "
             "one title glued too: 'II. KẾT QUẢTRIỂN KHAI THỰC HIỆN' (the officer reads KẾT QUẢ TRIỂN KHAI); "
             "signature lines, 'Nơi nhận:', appendix tab rows. Records STC, 241/BC-STC, 16/4/2026, Nguyễn "
             "Văn Long, PHÓ GIÁM ĐỐC.")
    R.sep = "\n\n"
    subj = SUBJ2.upper().replace("NHÀ NƯỚC", "NHÀNƯỚC").replace("VỀ NÂNG", "VỀNÂNG")
    R.lines += ["UBND TỈNH NGHỆ AN", "SỞ TÀI CHÍNH", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "---------------", f"Số: {R.doc_number}", R.place_date,
                "BÁO CÁO", subj, "SỞ TÀI CHÍNH TỈNH NGHỆ AN", OPENING.format(who=R.u["who"])]
    std_app(R, subject=False)
    R.app("BÁO CÁO")
    R.app("CÔNG TÁC DÂN VẬN CỦA CƠ QUAN")
    R.app("SỞ TÀI CHÍNH TỈNH NGHỆ AN")
    for sec, level, title in r46.HEADS:
        R.add(title.replace("II. KẾT QUẢ TRIỂN", "II. KẾT QUẢTRIỂN"))
        if sec:
            body(R, sec)
    R.add(closing_text(R))
    R.lines += ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n" + R.signer, "Nơi nhận:\n" + "\n".join(r56.RECIP_STATE)]
    for a in ("Nơi nhận", R.signer, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"):
        R.app(a)
    k = kem(R)
    R.lines += ["PHỤ LỤC", CAPTION, f"({k})",
                "\n".join("\t".join(row) for row in [["STT", "Nội dung", "ĐVT", "Số liệu"]] + rows9(R))]
    R.app(CAPTION[:34])
    R.app(k[:40])
    R.tolerated += ["pseudo-heading"]
    return R


# Q9b ls1.hethongphapluat.com (KH 4851/KH-UBND 2018 Bình Dương, web copy): the header as two pipe rows
# ('ỦY BAN NHÂN DÂN | CỘNG HÒA … |' / 'Số: 4851/KH-UBND | Bình Dương, ngày … |') and NO TITLE LINE
# (the copy lost 'KẾ HOẠCH'): the text starts with 'Căn cứ …'; parts '1. Mục tiêu' / '- …' dash items
# and decimal sub-parts '2.1.', '2.2.'.
def sgddt():
    R = make(MdRep, "sgddt", "SGDDT", "SGDDT - BC 731 KL114.md", "PHÓ GIÁM ĐỐC",
             "Q9b (ls1.hethongphapluat.com web copy of KH 4851/KH-UBND Bình Dương), pasted into a .md: two "
             "PIPE ROWS with a trailing pipe 'SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |' / "
             "'Số: 731/BC-SGDĐT | Nghệ An, ngày 15 tháng 4 năm 2026 |' (superior line lost) and NO 'BÁO CÁO' "
             "TITLE AND NO SUBJECT (lost in the copy, as Q9b's 'KẾ HOẠCH'): the text starts with the opening "
             "formula; Arabic parts as plain lines '1. Công tác lãnh đạo, chỉ đạo', '2. Kết quả triển khai "
             "thực hiện' with DECIMAL sub-parts '2.1. Những kết quả nổi bật' … '2.5. Phương hướng, giải pháp "
             "thời gian tới', '3. Tác động của việc thực hiện Kết luận', '4. Kiến nghị, đề xuất'; every "
             "paragraph a DASH ITEM '- …' (Q9b's '- Xác định được …'). Signature lines, 'Nơi nhận:', pipe "
             "table. Records SGDDT, 731/BC-SGDĐT, 15/4/2026, Thái Văn Thành, PHÓ GIÁM ĐỐC.")
    R.lines += ["SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                f"Số: {R.doc_number} | {R.place_date} |", OPENING.format(who=R.u["who"])]
    std_app(R, subject=False)
    for title, s in (("1. Công tác lãnh đạo, chỉ đạo", "lanh-dao"), ("2. Kết quả triển khai thực hiện", None),
                     ("2.1. Những kết quả nổi bật", "ket-qua.noi-bat"), ("2.2. Tồn tại, hạn chế", "ket-qua.han-che"),
                     ("2.3. Nguyên nhân", "ket-qua.nguyen-nhan"), ("2.4. Bài học kinh nghiệm", "ket-qua.bai-hoc"),
                     ("2.5. Phương hướng, giải pháp thời gian tới", "ket-qua.giai-phap"),
                     ("3. Tác động của việc thực hiện Kết luận", "tac-dong"), ("4. Kiến nghị, đề xuất", "kien-nghi")):
        R.add(title)
        if s:
            body(R, s, R.dash)
    R.add(closing_text(R))
    R.lines += ["**KT. GIÁM ĐỐC**", "**PHÓ GIÁM ĐỐC**", f"**{R.signer}**", "***Nơi nhận:***"] + list(r56.RECIP_STATE)
    for a in ("Nơi nhận", R.signer, "KT. GIÁM ĐỐC"):
        R.app(a)
    R.appendix_md(kem(R))
    R.tolerated += ["pseudo-heading"]
    return R


# Q6 danvan.vn 'Chế độ thông tin, báo cáo công tác dân vận' — items numbered with a CLOSING PARENTHESIS
# ('1) Báo cáo trực tiếp: …', '4) Báo cáo sơ kết, báo cáo chuyên đề: …') and dash lines under them.
def vptu():
    R = make(Rep, "vptu", "VPTU", "VPTU - BC 498 KL114.docx", "PHÓ CHÁNH VĂN PHÒNG",
             "Q6 (danvan.vn, the Board's note on reporting: items '1) …', '2) …', '4) Báo cáo sơ kết, báo cáo "
             "chuyên đề: …' and '- …' lines under them): header 'TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG' / '*' / 'Số "
             "498-BC/VPTU'; parts numbered WITH A CLOSING PARENTHESIS, bold: '1) Công tác tham mưu lãnh đạo, "
             "chỉ đạo', '2) Kết quả thực hiện' (its two paragraphs as '- …' lines), '3) Tồn tại, hạn chế', "
             "'4) Nguyên nhân', '5) Bài học kinh nghiệm', '6) Phương hướng, giải pháp thời gian tới', '7) Tác "
             "động', '8) Kiến nghị, đề xuất'. Signature 'K/T CHÁNH VĂN PHÒNG' / 'PHÓ CHÁNH VĂN PHÒNG'; "
             "appendix with 'x' for the rate (the Office handles no procedures). Records VPTU, 498-BC/VPTU, "
             "13/4/2026, Lê Văn Toàn, PHÓ CHÁNH VĂN PHÒNG.")
    header3(R, [[L4("TỈNH ỦY NGHỆ AN"), L4("VĂN PHÒNG", True), L4("*"), L4(f"Số {R.doc_number}")],
                [L4("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True), L4(""), L4(R.place_date, i=True)]], [4300, 5100])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title(R.u["who"])
    for n, (title, s) in enumerate((("Công tác tham mưu lãnh đạo, chỉ đạo", "lanh-dao"),
                                    ("Kết quả thực hiện", "ket-qua.noi-bat"), ("Tồn tại, hạn chế", "ket-qua.han-che"),
                                    ("Nguyên nhân", "ket-qua.nguyen-nhan"), ("Bài học kinh nghiệm", "ket-qua.bai-hoc"),
                                    ("Phương hướng, giải pháp thời gian tới", "ket-qua.giai-phap"),
                                    ("Tác động", "tac-dong"), ("Kiến nghị, đề xuất", "kien-nghi")), 1):
        R.H(f"{n}) {title}", 1)
        body(R, s, R.dash if s == "ket-qua.noi-bat" else None)
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_PARTY, R.u["sig"], R.signer)
    R.appendix()
    return R


# Q12 baodauthau.vn (Thanh tra Chính phủ asks for 'báo cáo và biểu tổng hợp … theo mẫu biểu quy định
# tại Thông tư số 03/2013/TT-TTCP'): the report with its 'biểu tổng hợp' as a WORKBOOK in the
# inspectorate's form — 'Biểu số 01/…', 'Số liệu tính từ ngày … đến ngày …', a COLUMN-NUMBER ROW.
def ttt():
    R = make(Rep, "ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx", "PHÓ CHÁNH THANH TRA",
             "Q12 (baodauthau.vn on the Government Inspectorate's reporting: a report plus a 'biểu tổng hợp' "
             "in the form of Thông tư 03/2013/TT-TTCP). The .docx: state header 'UBND TỈNH NGHỆ AN' / "
             "'THANH TRA TỈNH' / 'Số: 117/BC-TTr'; parts 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH', 'II. "
             "KẾT QUẢ THỰC HIỆN' ('1. Kết quả nổi bật', '2. Tồn tại, hạn chế', '3. Nguyên nhân của tồn tại, "
             "hạn chế', '4. Bài học kinh nghiệm'), 'III. TÁC ĐỘNG', 'IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 'V. "
             "KIẾN NGHỊ'; 'Có biểu tổng hợp kèm theo.'; NO TABLE. The figures ONLY in 'Thanh tra tinh - Bieu "
             "tong hop KL114.xlsx': 'THANH TRA TỈNH NGHỆ AN' / 'Biểu số 01/KL114' / 'TỔNG HỢP SỐ LIỆU 10 NĂM "
             "THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' / 'Số liệu tính từ ngày 01/7/2015 đến ngày 31/3/2026' / '(Kèm "
             "theo …)', header 'STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú' and a COLUMN-NUMBER ROW "
             "'(1) | (2) | (3) | (4) | (5)'. Records TTT, 117/BC-TTr, 15/4/2026, Phạm Hồng Quang, PHÓ "
             "CHÁNH THANH TRA.")
    r55.state_hdr(R, "UBND TỈNH NGHỆ AN", "THANH TRA TỈNH")
    R.title(R.u["who"])
    R.H("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH", 1)
    body(R, "lanh-dao")
    R.H("II. KẾT QUẢ THỰC HIỆN", 1)
    for title, s in (("1. Kết quả nổi bật", "ket-qua.noi-bat"), ("2. Tồn tại, hạn chế", "ket-qua.han-che"),
                     ("3. Nguyên nhân của tồn tại, hạn chế", "ket-qua.nguyen-nhan"),
                     ("4. Bài học kinh nghiệm", "ket-qua.bai-hoc")):
        R.H(title, 2)
        body(R, s)
    for title, s in (("III. TÁC ĐỘNG", "tac-dong"), ("IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "ket-qua.giai-phap"),
                     ("V. KIẾN NGHỊ", "kien-nghi")):
        R.H(title, 1)
        body(R, s)
    R.d.add(p(r("(Có biểu tổng hợp kèm theo)", i=True), ind=567))
    R.app("Có biểu tổng hợp kèm theo")
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_STATE, R.u["sig"], R.signer)
    data = [["(1)", "(2)", "(3)", "(4)", "(5)"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        data.append([i, lab, dvt, R.figures[ind], ""])
    k = kem(R)
    wb = workbook(["THANH TRA TỈNH NGHỆ AN", "Biểu số 01/KL114",
                   "TỔNG HỢP SỐ LIỆU 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                   "Số liệu tính từ ngày 01/7/2015 đến ngày 31/3/2026", f"({k})"],
                  [["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]], data, [])
    R.extra.append(("Thanh tra tinh - Bieu tong hop KL114.xlsx", wb))
    return R


# Q14 baoninhbinh.org.vn ('Tổng kết 10 năm thực hiện Nghị quyết số 152-NQ/ĐUQSTW': 'LLVT tỉnh đã tổ
# chức 110 tổ công tác xuống xây dựng cơ sở chính trị địa phương ở 110 lượt xã …; tham gia củng cố 62
# tổ chức đảng, chính quyền, 514 tổ chức đoàn thể') — the armed forces' own dân vận rows in the table.
def duqs():
    R = make(Rep, "duqs", "DUQS", "DUQS - BC 318 KL114.docx", "BÍ THƯ",
             "Q14 (baoninhbinh.org.vn, a provincial Military Party Committee's 10-year review of its dân vận "
             "resolution): Party header 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY QUÂN SỰ TỈNH' / '*' / 'Số "
             "318-BC/ĐU'; parts 'I. QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ 10 NĂM THỰC HIỆN' ('1. Kết "
             "quả nổi bật', '2. Hạn chế', '3. Nguyên nhân', '4. Bài học kinh nghiệm'), 'III. TÁC ĐỘNG', 'IV. "
             "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', 'V. ĐỀ XUẤT, KIẾN NGHỊ'. APPENDIX with Q14's armed-forces "
             "rows among the indicators, NOT indicators: 'Tổ công tác xuống xây dựng cơ sở chính trị | Tổ | "
             "110', '- Số lượt xã, phường được giúp đỡ | Lượt | 110', 'Tổ chức đảng, chính quyền được tham "
             "gia củng cố | Tổ chức | 62', 'Tổ chức đoàn thể được tham gia củng cố | Tổ chức | 514'; the rate "
             "'x'. Records DUQS, 318-BC/ĐU, 10/4/2026, Lê Minh Tuấn, BÍ THƯ.")
    r55.party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY QUÂN SỰ TỈNH")
    R.title(R.u["who"])
    R.H("I. QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    R.H("II. KẾT QUẢ 10 NĂM THỰC HIỆN", 1)
    for title, s in (("1. Kết quả nổi bật", "ket-qua.noi-bat"), ("2. Hạn chế", "ket-qua.han-che"),
                     ("3. Nguyên nhân", "ket-qua.nguyen-nhan"), ("4. Bài học kinh nghiệm", "ket-qua.bai-hoc")):
        R.H(title, 2)
        body(R, s)
    for title, s in (("III. TÁC ĐỘNG", "tac-dong"), ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", "ket-qua.giai-phap"),
                     ("V. ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi")):
        R.H(title, 1)
        body(R, s)
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_PARTY, R.u["sig"], R.signer)
    extra = [["", "Tổ công tác xuống xây dựng cơ sở chính trị", "Tổ", "110"],
             ["", "- Số lượt xã, phường được giúp đỡ", "Lượt", "110"],
             ["", "Tổ chức đảng, chính quyền được tham gia củng cố", "Tổ chức", "62"],
             ["", "Tổ chức đoàn thể được tham gia củng cố", "Tổ chức", "514"]]
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for row in rows9(R):
        rows.append(row)
        if row[0] == "4":
            rows += extra
    docx_appendix(R, rows, extra_rows=[e[1].lstrip("- ") for e in extra])
    return R


# Q13b baobackan.com.vn (Chợ Đồn: 'công nhận 123 mô hình Dân vận khéo …, trong đó có 54 mô hình cá nhân
# và 69 mô hình tập thể …; tiếp tục bình xét và công nhận 55 mô hình … là mô hình “Dân vận khéo” tiêu
# biểu') — recognised models, their breakdown and the 'tiêu biểu' subset.
def duca():
    R = make(Rep, "duca", "DUCA", "DUCA - BC 296 KL114.docx", "PHÓ BÍ THƯ",
             "Q13b (baobackan.com.vn, a district's Dân vận khéo recognition): usual Party report (header "
             "'ĐẢNG ỦY CÔNG AN TỈNH' / 'Số 296-BC/ĐU', parts I-IV with 1.-5. under II); APPENDIX with the "
             "Dân vận khéo row 'Mô hình “Dân vận khéo” được công nhận | Mô hình | 17' followed by its "
             "breakdown '- Trong đó: tập thể | 11', '- Cá nhân | 6' and 'Mô hình “Dân vận khéo” tiêu biểu "
             "(được khen thưởng) | 5' (a subset, not the indicator). Records DUCA, 296-BC/ĐU, 12/4/2026, "
             "Nguyễn Đức Hải, PHÓ BÍ THƯ; indicator 8 = 17.")
    r55.party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY CÔNG AN TỈNH")
    R.title(R.u["who"])
    R.plain_body()
    R.closing_sentence(R.u["who"])
    sig_table(R, r56.RECIP_PARTY, R.u["sig"], R.signer)
    v = R.figures["dan-van-kheo"]
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for row in rows9(R):
        rows.append(row)
        if row[1].startswith("Mô hình"):
            rows += [["", "- Trong đó: tập thể", "Mô hình", str(v - 6)], ["", "- Cá nhân", "Mô hình", "6"],
                     ["", "Mô hình “Dân vận khéo” tiêu biểu (được khen thưởng)", "Mô hình", "5"]]
    docx_appendix(R, rows, extra_rows=["Mô hình “Dân vận khéo” tiêu biểu (được khen thưởng)"])
    return R


# Q15 clbbtlt.blogspot.com (Thành đoàn Hà Nội, 'KẾ HOẠCH Tổ chức đại hội Đoàn các cấp …'): the subject
# WRAPPED OVER THREE CENTRED LINES; the opening 'Căn cứ Điều lệ Đoàn … ; Ban Chấp hành Thành đoàn …
# ban hành …, cụ thể như sau:'; short capital titles 'I. YÊU CẦU'; text as numbered paragraphs '1. …'.
def td():
    R = make(Rep, "td", "TD", "Tinh doan - BC 15 KL114.docx", "PHÓ BÍ THƯ THƯỜNG TRỰC",
             "Q15 (clbbtlt.blogspot.com copy of a Thành đoàn Hà Nội plan): header 'BCH ĐOÀN TNCS HỒ CHÍ MINH' "
             "/ 'TỈNH NGHỆ AN' / '***' / 'Số: 15-BC/TĐTN-BTG' | 'ĐOÀN TNCS HỒ CHÍ MINH' / date; 'BÁO CÁO' and "
             "the subject WRAPPED OVER THREE CENTRED LINES; the opening in Q15's words ('Căn cứ Kế hoạch số "
             "86-KH/TU …; Ban Thường vụ Tỉnh đoàn báo cáo …, cụ thể như sau:'); SHORT capital titles 'I. "
             "LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ', 'III. HẠN CHẾ', 'IV. NGUYÊN NHÂN', 'V. BÀI HỌC', 'VI. TÁC "
             "ĐỘNG', 'VII. GIẢI PHÁP', 'VIII. KIẾN NGHỊ'; under each the text as NUMBERED PARAGRAPHS '1. …' "
             "(Q15's '1. Đại hội Đoàn các cấp … phải …'). Signature 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN' / 'PHÓ BÍ "
             "THƯ THƯỜNG TRỰC'. Records TD, 15-BC/TĐTN-BTG, 14/4/2026, Nguyễn Thị Bích Ngọc, PHÓ BÍ THƯ "
             "THƯỜNG TRỰC; indicators not reported as 'x'.", doc_number="15-BC/TĐTN-BTG")
    header3(R, [[L4("BCH ĐOÀN TNCS HỒ CHÍ MINH", True), L4("TỈNH NGHỆ AN", True), L4("***"), L4(f"Số: {R.doc_number}")],
                [L4("ĐOÀN TNCS HỒ CHÍ MINH", True, False, True), L4(""), L4(R.place_date, i=True)]], [4300, 5100])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.center("BÁO CÁO", app="BÁO CÁO")
    for ln in ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015",
               "của Ban Bí thư (khóa XI) về nâng cao hiệu quả công tác dân vận",
               "của cơ quan nhà nước các cấp"):
        R.center(ln, app=ln)
    who = R.u["who"]
    op = ("Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện "
          f"Kết luận số 114-KL/TW; {who} báo cáo kết quả 10 năm thực hiện Kết luận, cụ thể như sau:")
    R.d.add(p(r(op), ind=567))
    R.app(f"{who} báo cáo kết quả 10 năm thực hiện")
    R.app("Căn cứ Kế hoạch số 86-KH/TU")
    for title, s in (("I. LÃNH ĐẠO, CHỈ ĐẠO", "lanh-dao"), ("II. KẾT QUẢ", "ket-qua.noi-bat"),
                     ("III. HẠN CHẾ", "ket-qua.han-che"), ("IV. NGUYÊN NHÂN", "ket-qua.nguyen-nhan"),
                     ("V. BÀI HỌC", "ket-qua.bai-hoc"), ("VI. TÁC ĐỘNG", "tac-dong"),
                     ("VII. GIẢI PHÁP", "ket-qua.giai-phap"), ("VIII. KIẾN NGHỊ", "kien-nghi")):
        R.H(title, 1)
        for n, t in enumerate(R.texts[s], 1):
            R.numbered(n, t, s)
    R.closing_sentence(who)
    sig_table(R, R.u["recip"], R.u["sig"], R.signer)
    R.appendix()
    return R


# Q4 luatduonggia.vn ('Mẫu báo cáo tổng kết công tác mặt trận thôn, khu phố'): 'BÁO CÁO TỔNG KẾT CÔNG
# TÁC MẶT TRẬN' as ONE title line; UNNUMBERED CAPITAL TITLES ENDING WITH ':' — 'LỜI MỞ ĐẦU:', 'NHỮNG
# KẾT QUẢ ĐẠT ĐƯỢC:', 'TỒN TẠI VÀ HẠN CHẾ:', 'PHƯƠNG HƯỚNG NHIỆM VỤ NHIỆM KỲ MỚI:'.
def mttq():
    R = make(MdRep, "mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md", "PHÓ CHỦ TỊCH",
             "Q4 (luatduonggia.vn, the Front's year-end report form), pasted into a .md: header lines "
             "'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM' / 'TỈNH NGHỆ AN' / 'BAN THƯỜNG TRỰC' / '***' / 'Số: "
             "322/BC-MTTQ-BTT', then the motto and the date; the title ON ONE LINE '**BÁO CÁO TỔNG KẾT 10 NĂM "
             "THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**'; UNNUMBERED CAPITAL TITLES ENDING WITH ':' as plain lines — "
             "'LỜI MỞ ĐẦU:' (the opening formula and a context paragraph on the Front after its 2025 "
             "reorganisation: 'other'), 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:', 'NHỮNG KẾT QUẢ ĐẠT ĐƯỢC:', 'TỒN TẠI VÀ "
             "HẠN CHẾ:', 'NGUYÊN NHÂN:', 'BÀI HỌC KINH NGHIỆM:', 'TÁC ĐỘNG:', 'PHƯƠNG HƯỚNG NHIỆM VỤ THỜI "
             "GIAN TỚI:', 'KIẾN NGHỊ, ĐỀ XUẤT:'. 'TM. BAN THƯỜNG TRỰC' / 'K/T CHỦ TỊCH' / 'PHÓ CHỦ TỊCH'; pipe "
             "table with 'x' for the rate. Records MTTQ, 322/BC-MTTQ-BTT, 14/4/2026, Võ Thị Hằng, PHÓ CHỦ TỊCH.")
    who = R.u["who"]
    R.lines += ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "**TỈNH NGHỆ AN**", "**BAN THƯỜNG TRỰC**", "\\*\\*\\*",
                f"Số: {R.doc_number}", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**",
                f"*{R.place_date}*", "**BÁO CÁO TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**", "LỜI MỞ ĐẦU:",
                OPENING.format(who=who)]
    std_app(R, subject=False)
    R.app("BÁO CÁO TỔNG KẾT 10 NĂM THỰC HIỆN")
    R.ctx("Thực hiện Hướng dẫn số 18-HD/MTTW-BTT, từ năm 2025 các tổ chức chính trị - xã hội và các hội quần "
          "chúng được Đảng, Nhà nước giao nhiệm vụ đã trực thuộc Ủy ban MTTQ Việt Nam tỉnh; bộ máy cơ quan "
          "Mặt trận tỉnh gồm 9 ban chuyên môn.")
    for title, s in (("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO:", "lanh-dao"), ("NHỮNG KẾT QUẢ ĐẠT ĐƯỢC:", "ket-qua.noi-bat"),
                     ("TỒN TẠI VÀ HẠN CHẾ:", "ket-qua.han-che"), ("NGUYÊN NHÂN:", "ket-qua.nguyen-nhan"),
                     ("BÀI HỌC KINH NGHIỆM:", "ket-qua.bai-hoc"), ("TÁC ĐỘNG:", "tac-dong"),
                     ("PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI:", "ket-qua.giai-phap"),
                     ("KIẾN NGHỊ, ĐỀ XUẤT:", "kien-nghi")):
        R.add(title)
        body(R, s)
    R.add(closing_text(R))
    R.lines += ["**TM. BAN THƯỜNG TRỰC**", "**K/T CHỦ TỊCH**", "**PHÓ CHỦ TỊCH**", f"**{R.signer}**",
                "***Nơi nhận:***"] + list(R.u["recip"])
    for a in ("Nơi nhận", R.signer, "TM. BAN THƯỜNG TRỰC", "K/T CHỦ TỊCH"):
        R.app(a)
    R.appendix_md(kem(R))
    R.tolerated += ["pseudo-heading"]
    return R


REPORTS = [x001, x002, x003, x004, x005, x007, snv, syt, stc, sgddt, vptu, ttt, duqs, duca, td, mttq]
