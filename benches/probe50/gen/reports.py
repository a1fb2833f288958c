"""probe50's seventeen reports: SECTIONS TITLED IN THE UNIT'S OWN WORDS. Text, figures, numbers,
dates and signers are probe44's for the same roster units (through probe48's gen/reports.py,
which loads probe46's gen/reports.py and dx.py, which import probe44's r44_a/b/c); where a shape
needs a paragraph probe44 does not have (a second limits part, the leadership's own weak
points, a forecast under the directions, two models), this file writes it, in the unit's
matter. The LAYOUT — how the parts are titled, numbered, ordered, merged or split — is this
probe's: one shape per file that probes 39-49 did not have (expect.json "layout").

Each report records, as it writes, the section an officer files every paragraph under, the
figures, and the apparatus (header, title, formulas, signature, captions) that must never be
compiled as the unit's text. A paragraph opened by a run-in title (a bold lead-in, a bold
first sentence) is keyed by a snippet of its text after the title, so that the title being
kept or left out of the compiled text does not decide the score."""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
P48 = os.path.join(os.path.dirname(os.path.dirname(HERE)), "probe48", "gen")
_spec = importlib.util.spec_from_file_location("reports48", os.path.join(P48, "reports.py"))
r48 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r48)
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table

Rep48 = r48.Rep
std_rows, bold_h, commune, vn, dmy = r48.std_rows, r48.bold_h, r48.commune, r48.vn, r48.dmy
IND, LABELS, CAPTION, SUBJECT, OPENING, SUBJ_LEAK = (r48.IND, r48.LABELS, r48.CAPTION,
                                                     r48.SUBJECT, r48.OPENING, r48.SUBJ_LEAK)
RECIP_PARTY, RECIP_STATE, SIG_PARTY = r48.RECIP_PARTY, r48.RECIP_STATE, r48.SIG_PARTY
C44 = r48.r46.C


class Rep(Rep48):
    """A .docx report (probe46's Rep through probe48's), with the writers this probe uses."""
    ext = "docx"

    def text(self, sec, i=0):
        return self.texts[sec][i]

    def put(self, text, sec):
        """A paragraph of the unit's text, first-line indent, filed under sec."""
        self.para(text, sec)

    def runin(self, lead, text, sec, bold=True, italic=False):
        """One paragraph: a run-in title in bold (or bold italic), then the text after it.
        Keyed by a snippet of the text alone."""
        xml = p(r(lead, b=bold, i=italic) + r(" " + text), ind=567)
        self.paragraphs.append((text, sec, None))
        self.d.add(xml)

    def heading_styles(self):
        self.d.style("Heading1", "heading 1", based="Normal",
                     ppr='<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="0"/>',
                     rpr="<w:b/><w:bCs/>", extra='<w:next w:val="Normal"/><w:qFormat/>')
        self.d.style("Heading2", "heading 2", based="Normal",
                     ppr='<w:keepNext/><w:spacing w:before="60" w:after="60"/><w:outlineLvl w:val="1"/>',
                     rpr="<w:b/><w:bCs/><w:i/><w:iCs/>", extra='<w:next w:val="Normal"/><w:qFormat/>')

        def h(title, level):
            self.d.add(p(r(title), style=f"Heading{level}", ind=567 if level > 1 else None))
        return h


class MdRep:
    """A report pasted into a .md by a secretariat or a unit: the header typed as lines with
    tabs between its two columns, bold lines for what Word showed in bold, a blank line
    between paragraphs, the signature set right with tabs, the appendix a pipe table."""
    ext = "md"

    def __init__(self, key, code, filename, notes, place):
        c = C44[code]
        self.key, self.unit_code, self.filename, self.notes = key, code, filename, notes
        self.category, self.date, self.doc_number, self.signer = (c["category"], c["date"],
                                                                  c["number"], c["signer"])
        self.figures = dict(c["figures"])
        self.texts = {}
        for t, s in c["paragraphs"]:
            self.texts.setdefault(s, []).append(t)
        self.paragraphs, self.apparatus = [], []
        self.rows = [lab for lab, _ in LABELS]
        self.problems, self.tolerated = [], []
        d, m, y = dmy(self.date)
        self.place_date = f"{place}, ngày {d:02d} tháng {m} năm {y}"
        self.lines = []

    def text(self, sec, i=0):
        return self.texts[sec][i]

    def app(self, snippet):
        self.apparatus.append(snippet)

    def add(self, line):
        self.lines.append(line)

    def put(self, text, sec):
        self.paragraphs.append((text, sec, None))
        self.lines.append(text)

    def runin(self, lead, text, sec):
        self.paragraphs.append((text, sec, None))
        self.lines.append(f"**{lead}** {text}")

    def party_header(self, superior, body):
        self.lines += [f"{superior}\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", body, "*",
                       f"Số {self.doc_number}\t\t\t\t{self.place_date}"]
        self.app(self.doc_number)
        self.app(self.place_date.split(" năm")[0])

    def title(self, who):
        self.lines += ["**BÁO CÁO**", f"**{SUBJECT}**", OPENING.format(who=who)]
        self.app("BÁO CÁO")
        self.app(SUBJ_LEAK)
        self.app(f"{who} báo cáo như sau")

    def closing(self, who, recipients, sig):
        self.lines.append(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW "
                          f"của {who}./.")
        self.app(f"Kết luận số 114-KL/TW của {who}./.")
        self.lines += [f"\t\t\t\t\t{s}" for s in sig] + [f"\t\t\t\t\t{self.signer}"]
        self.lines.append("Nơi nhận:\n" + "\n".join(recipients))
        self.app("Nơi nhận")
        self.app(self.signer)

    def appendix(self):
        d, m, y = dmy(self.date)
        self.lines += ["**PHỤ LỤC**", f"**{CAPTION}**",
                       f"*(Kèm theo Báo cáo số {self.doc_number} ngày {d}/{m}/{y})*"]
        self.app(CAPTION[:34])
        self.app(f"Kèm theo Báo cáo số {self.doc_number}")
        rows = std_rows(self.figures)
        out = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|---:|"]
        out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        self.lines.append("\n".join(out))

    def save(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(self.lines) + "\n")


def body(R, sec):
    for t in R.texts[sec]:
        R.put(t, sec)


def low(t):
    return t[0].lower() + t[1:]


# ------------------------------------------------------------------------------------------
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 tong ket KL114.docx",
            "Party header table; bold typed headings I.-IV. / bold-italic 1.-5.; the results' "
            "sub-parts titled as Party self-assessments say it: '1. Mặt được' (the "
            "achievements), '2. Mặt chưa được' (the limits), '3. Nguyên nhân của mặt chưa "
            "được', '4. Bài học rút ra', '5. Phương hướng, nhiệm vụ thời gian tới'. The officer "
            "files 'Mặt chưa được' as the limits (it is their text: what was not done well).",
            place="Vinh Phú")
    commune(R, ["ĐẢNG ỦY PHƯỜNG VINH PHÚ"], "Đảng ủy phường Vinh Phú")
    h = bold_h(R)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ THỰC HIỆN", 1)
    h("1. Mặt được", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Mặt chưa được", 2)
    body(R, "ket-qua.han-che")
    h("3. Nguyên nhân của mặt chưa được", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("4. Bài học rút ra", 2)
    body(R, "ket-qua.bai-hoc")
    h("5. Phương hướng, nhiệm vụ thời gian tới", 2)
    body(R, "ket-qua.giai-phap")
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("IV. ĐỀ XUẤT, KIẾN NGHỊ", 1)
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy phường Vinh Phú", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x002():
    R = MdRep("x002", "X002", "Dien Chau - BC 52 KL114 (dan tu Word).md",
              "Markdown pasted from Word (header typed with tabs, bold lines for the headings); ONE "
              "OUTLINE SECTION SPLIT OVER SIBLING HEADINGS: under 'II. KẾT QUẢ TRIỂN KHAI THỰC "
              "HIỆN' the limits are '2. Hạn chế, khuyết điểm' AND '3. Khó khăn, vướng mắc', the "
              "causes '4. Nguyên nhân khách quan' AND '5. Nguyên nhân chủ quan', each a part of its "
              "own at the same level as '1. Những kết quả nổi bật'. The officer files 2 and 3 as "
              "the limits, 4 and 5 as the causes; nothing is written twice.", place="Diễn Châu")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ DIỄN CHÂU")
    R.title("Ban Thường vụ Đảng ủy xã Diễn Châu")
    R.add("**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**")
    body(R, "lanh-dao")
    R.add("**II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN**")
    R.add("***1. Những kết quả nổi bật***")
    body(R, "ket-qua.noi-bat")
    R.add("***2. Hạn chế, khuyết điểm***")
    body(R, "ket-qua.han-che")
    R.add("***3. Khó khăn, vướng mắc***")
    R.put("Quỹ đất để bố trí tái định cư cho các hộ sống ngoài đê biển gần như không còn; kinh "
          "phí cho hoạt động của tổ hòa giải và tổ công nghệ số cộng đồng ở các xóm rất hạn hẹp, "
          "chủ yếu dựa vào đóng góp của Nhân dân.", "ket-qua.han-che")
    R.add("***4. Nguyên nhân khách quan***")
    R.put("Xã có bờ biển dài, thường xuyên chịu ảnh hưởng của bão và triều cường nên đê biển "
          "xuống cấp nhanh; nhu cầu đất ở của các hộ trẻ tăng trong khi quỹ đất của xã có hạn.",
          "ket-qua.nguyen-nhan")
    R.add("***5. Nguyên nhân chủ quan***")
    R.put("Cán bộ địa chính kiêm nhiệm nhiều việc, có lúc chưa sâu sát; sự phối hợp giữa các "
          "ban, ngành, đoàn thể của xã trong vận động các hộ tự tháo dỡ công trình lấn chiếm "
          "chưa chặt chẽ.", "ket-qua.nguyen-nhan")
    R.add("***6. Bài học kinh nghiệm***")
    body(R, "ket-qua.bai-hoc")
    R.add("***7. Phương hướng, giải pháp thời gian tới***")
    body(R, "ket-qua.giai-phap")
    R.add("**III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN**")
    body(R, "tac-dong")
    R.add("**IV. KIẾN NGHỊ, ĐỀ XUẤT**")
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Diễn Châu", ["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);",
                                                     "- Lưu Văn phòng."], SIG_PARTY)
    R.appendix()
    return R


def snv():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.docx",
            "State header table; headings in Word's Heading 1 / Heading 2 styles, numbers typed; "
            "TWO TOP-LEVEL SECTIONS UNDER ONE HEADING: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ KẾT QUẢ "
            "THỰC HIỆN KẾT LUẬN', its first two paragraphs the leadership (no sub-heading of "
            "their own), then '1. Kết quả đạt được', '2. Hạn chế, tồn tại', '3. Nguyên nhân', "
            "'4. Bài học kinh nghiệm'; 'II. TÁC ĐỘNG …', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI "
            "PHÁP', 'IV. KIẾN NGHỊ'. The officer files the two opening paragraphs as the "
            "leadership, 1.-4. as the results' sub-sections.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ NỘI VỤ"])
    R.title("Sở Nội vụ")
    h = R.heading_styles()
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ KẾT QUẢ THỰC HIỆN KẾT LUẬN", 1)
    body(R, "lanh-dao")
    R.put("Hằng năm, Sở xây dựng kế hoạch dân vận chính quyền gắn với thực hiện Quy chế dân chủ "
          "ở cơ sở, phân công lãnh đạo Sở phụ trách từng lĩnh vực có nhiều phản ánh, kiến nghị "
          "của cán bộ, công chức và Nhân dân.", "lanh-dao")
    h("1. Kết quả đạt được", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Hạn chế, tồn tại", 2)
    body(R, "ket-qua.han-che")
    h("3. Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("II. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", 1)
    body(R, "ket-qua.giai-phap")
    h("IV. KIẾN NGHỊ", 1)
    body(R, "kien-nghi")
    R.closing("Sở Nội vụ", RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    return R


def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "Party header ('TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG'); bold typed headings; the leadership "
            "part is ASSESSED AS THE OUTLINE'S OWN TITLE ASKS ('Đánh giá công tác lãnh đạo, chỉ "
            "đạo'), with sub-headings whose words are other sections': 'I. ĐÁNH GIÁ CÔNG TÁC LÃNH "
            "ĐẠO, CHỈ ĐẠO' over '1. Ưu điểm' and '2. Hạn chế' (the leadership's own strengths "
            "and weak points), then the usual 'II. KẾT QUẢ …' with its own '1. Những kết quả "
            "nổi bật', '2. Tồn tại, hạn chế' … The officer files I.1 and I.2 as the leadership.")
    R.party_header("TỈNH ỦY NGHỆ AN", ["VĂN PHÒNG"])
    R.title("Văn phòng Tỉnh ủy")
    h = bold_h(R)
    h("I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    h("1. Ưu điểm", 2)
    body(R, "lanh-dao")
    h("2. Hạn chế", 2)
    R.put("Việc cụ thể hóa Kết luận thành quy định về trách nhiệm của văn phòng cấp ủy cấp xã "
          "còn chậm; kiểm tra, giám sát việc thực hiện ở một số đảng ủy cơ sở chưa thường "
          "xuyên, có nơi còn nặng về nghe báo cáo.", "lanh-dao")
    h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1)
    h("1. Những kết quả nổi bật", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Tồn tại, hạn chế", 2)
    body(R, "ket-qua.han-che")
    h("3. Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("5. Phương hướng, giải pháp thời gian tới", 2)
    body(R, "ket-qua.giai-phap")
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Văn phòng Tỉnh ủy", RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])
    R.appendix()
    return R


def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "State header table; headings in Word's Heading 1 / Heading 2 styles; the directions "
            "promoted to a Roman part after the impact, 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP "
            "THỜI GIAN TỚI', and — as directions parts open — its first sub-heading is a "
            "FORECAST in another section's words: '1. Dự báo tình hình, thuận lợi, khó khăn' "
            "(the limits' keyword 'khó khăn'), then '2. Nhiệm vụ, giải pháp chủ yếu'. The officer "
            "files the forecast with the directions.")
    R.state_header("UBND TỈNH NGHỆ AN", ["THANH TRA TỈNH"])
    R.title("Thanh tra tỉnh")
    h = R.heading_styles()
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ THỰC HIỆN", 1)
    h("1. Những kết quả nổi bật", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Tồn tại, hạn chế", 2)
    body(R, "ket-qua.han-che")
    h("3. Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 1)
    h("1. Dự báo tình hình, thuận lợi, khó khăn", 2)
    R.put("Thời gian tới, việc sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp "
          "và thi hành Luật Đất đai năm 2024 dự báo sẽ làm phát sinh thêm khiếu nại, tố cáo "
          "phức tạp, đông người; thuận lợi là cơ sở dữ liệu đã dần hoàn thiện.", "ket-qua.giai-phap")
    h("2. Nhiệm vụ, giải pháp chủ yếu", 2)
    body(R, "ket-qua.giai-phap")
    h("V. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Thanh tra tỉnh", RECIP_STATE, ["CHÁNH THANH TRA"])
    R.appendix()
    return R


def x003():
    R = Rep("x003", "X003", "Quynh Luu - BC 71 KL114.docx",
            "Party header table; bold typed headings copied from the GUIDANCE'S QUESTIONS (the "
            "unit kept the prompts of an outline written as questions, question marks and "
            "all): 'I. Công tác lãnh đạo, chỉ đạo thực hiện Kết luận như thế nào?', 'II. Kết quả "
            "triển khai thực hiện' over '1. Những kết quả nổi bật đạt được là gì?', '2. Còn những "
            "tồn tại, hạn chế, khó khăn, vướng mắc gì?', '3. Vì sao còn những tồn tại, hạn chế "
            "đó?', '4. Rút ra những bài học kinh nghiệm gì?', '5. Thời gian tới cần tập trung "
            "những giải pháp gì?', 'III. Việc thực hiện Kết luận đã tác động như thế nào?', 'IV. "
            "Có kiến nghị, đề xuất gì với cấp trên?'. Each question is the section it asks; 3 "
            "asks for the causes ('Vì sao …?').", place="Quỳnh Lưu")
    commune(R, ["ĐẢNG ỦY XÃ QUỲNH LƯU"], "Đảng ủy xã Quỳnh Lưu")
    h = bold_h(R)
    h("I. Công tác lãnh đạo, chỉ đạo thực hiện Kết luận như thế nào?", 1)
    body(R, "lanh-dao")
    h("II. Kết quả triển khai thực hiện", 1)
    h("1. Những kết quả nổi bật đạt được là gì?", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Còn những tồn tại, hạn chế, khó khăn, vướng mắc gì?", 2)
    body(R, "ket-qua.han-che")
    h("3. Vì sao còn những tồn tại, hạn chế đó?", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("4. Rút ra những bài học kinh nghiệm gì?", 2)
    body(R, "ket-qua.bai-hoc")
    h("5. Thời gian tới cần tập trung những giải pháp gì?", 2)
    body(R, "ket-qua.giai-phap")
    h("III. Việc thực hiện Kết luận đã tác động như thế nào?", 1)
    body(R, "tac-dong")
    h("IV. Có kiến nghị, đề xuất gì với cấp trên?", 1)
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Quỳnh Lưu", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x004():
    R = MdRep("x004", "X004", "Hoang Mai - BC 98 KL114.md",
              "Markdown pasted from Word by the unit (header typed with tabs); a short commune "
              "report with NO HEADINGS AT ALL: every part is a paragraph OPENED BY A BOLD "
              "LEAD-IN PHRASE ending with ':' ('**Về công tác lãnh đạo, chỉ đạo:** …', '**Về "
              "kết quả đạt được:** …' and a second paragraph without one, '**Về hạn chế, khó "
              "khăn:** …', '**Nguyên nhân:** …', '**Bài học kinh nghiệm:** …', '**Phương hướng "
              "thời gian tới:** …', '**Về tác động:** …', '**Kiến nghị, đề xuất:** …'), unnumbered. "
              "The officer files each paragraph under the part its lead-in names (the second "
              "results paragraph with the first).", place="Hoàng Mai")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI")
    R.title("Ban Thường vụ Đảng ủy phường Hoàng Mai")
    R.runin("Về công tác lãnh đạo, chỉ đạo:", R.text("lanh-dao"), "lanh-dao")
    R.runin("Về kết quả đạt được:", R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat")
    R.put(R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat")
    R.runin("Về hạn chế, khó khăn:", R.text("ket-qua.han-che"), "ket-qua.han-che")
    R.runin("Nguyên nhân:", R.text("ket-qua.nguyen-nhan"), "ket-qua.nguyen-nhan")
    R.runin("Bài học kinh nghiệm:", R.text("ket-qua.bai-hoc"), "ket-qua.bai-hoc")
    R.runin("Phương hướng thời gian tới:", R.text("ket-qua.giai-phap"), "ket-qua.giai-phap")
    R.runin("Về tác động:", R.text("tac-dong"), "tac-dong")
    R.runin("Kiến nghị, đề xuất:", R.text("kien-nghi"), "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy phường Hoàng Mai", ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                                                          "- Lưu Văn phòng Đảng ủy."], SIG_PARTY)
    R.appendix()
    return R


def x005():
    R = Rep("x005", "X005", "DU xa Do Luong - BC 58 KL114.docx",
            "Party header table; bold typed Roman parts I.-IV.; inside 'II. KẾT QUẢ THỰC HIỆN "
            "KẾT LUẬN' the sub-parts are NOT headings but BOLD-ITALIC LEAD-INS in the unit's own "
            "words at the start of paragraphs, unnumbered: '*Mặt làm được:* …' (and a second "
            "paragraph without one), '*Mặt còn hạn chế:* …', '*Nguyên nhân:* …', '*Kinh nghiệm "
            "rút ra:* …', '*Thời gian tới:* …'. The officer files each under the sub-section its "
            "lead-in names; the results part itself has no text of its own (none is asked: "
            "its sub-sections carry it).", place="Đô Lương")
    commune(R, ["ĐẢNG ỦY XÃ ĐÔ LƯƠNG"], "Đảng ủy xã Đô Lương")
    h = bold_h(R)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ THỰC HIỆN KẾT LUẬN", 1)
    R.runin("Mặt làm được:", R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat", italic=True)
    R.put(R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat")
    R.runin("Mặt còn hạn chế:", R.text("ket-qua.han-che"), "ket-qua.han-che", italic=True)
    R.runin("Nguyên nhân:", R.text("ket-qua.nguyen-nhan"), "ket-qua.nguyen-nhan", italic=True)
    R.runin("Kinh nghiệm rút ra:", R.text("ket-qua.bai-hoc"), "ket-qua.bai-hoc", italic=True)
    R.runin("Thời gian tới:", R.text("ket-qua.giai-phap"), "ket-qua.giai-phap", italic=True)
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Đô Lương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def mttq():
    R = Rep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.docx",
            "The Front's header table; headings in Word's Heading 1 / Heading 2 styles; every "
            "title QUOTES THE OUTLINE'S WORDS AND GOES ON with the Front's own, and the words "
            "added carry OTHER SECTIONS' KEYWORDS: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, HƯỚNG DẪN NHẰM "
            "NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN …' ('hiệu quả': impact), 'II. KẾT QUẢ 10 NĂM THỰC "
            "HIỆN KẾT LUẬN 114 TRONG HỆ THỐNG MẶT TRẬN TỔ QUỐC TỈNH', '2. Những hạn chế, khó khăn "
            "trong phối hợp với chính quyền giải quyết kiến nghị của Nhân dân' ('kiến nghị': "
            "requests), '5. Phương hướng, nhiệm vụ, giải pháp trong giai đoạn mới', 'III. TÁC "
            "ĐỘNG … ĐỐI VỚI KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC', 'IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ "
            "TRƯƠNG, GIẢI PHÁP' (the requests, worded with the solutions' 'chủ trương, giải "
            "pháp'). The officer files each part as its numbering and first words say.")
    left = [("ỦY BAN MẶT TRẬN TỔ QUỐC", False, False, False), ("VIỆT NAM TỈNH NGHỆ AN", False, False, False),
            ("BAN THƯỜNG TRỰC", True, False, False), ("***", False, False, False),
            (f"Số: {R.doc_number}", False, False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False), ("", False, False, False),
             (R.place_date, False, False, True)]
    R.header_table(left, right)
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.title(who)
    h = R.heading_styles()
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, HƯỚNG DẪN NHẰM NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN CỦA CƠ "
      "QUAN NHÀ NƯỚC", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN 114 TRONG HỆ THỐNG MẶT TRẬN TỔ QUỐC TỈNH", 1)
    h("1. Kết quả nổi bật trong giám sát, phản biện xã hội và tham gia tiếp công dân", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Những hạn chế, khó khăn trong phối hợp với chính quyền giải quyết kiến nghị của Nhân "
      "dân", 2)
    body(R, "ket-qua.han-che")
    h("3. Nguyên nhân của những hạn chế", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm trong công tác vận động Nhân dân", 2)
    body(R, "ket-qua.bai-hoc")
    h("5. Phương hướng, nhiệm vụ, giải pháp trong giai đoạn mới", 2)
    body(R, "ket-qua.giai-phap")
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN ĐỐI VỚI KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC", 1)
    body(R, "tac-dong")
    h("IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP", 1)
    body(R, "kien-nghi")
    R.closing(who, RECIP_STATE, ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"])
    R.appendix()
    return R


def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 KL114.docx",
            "State header table; bold typed headings; SECTIONS IN ANOTHER ORDER, one across "
            "levels: the impact written INSIDE the results, right after the achievements and "
            "before the limits, as a sub-part numbered with them ('II. KẾT QUẢ THỰC HIỆN' over '1. "
            "Kết quả đạt được', '2. Hiệu quả, tác động', '3. Hạn chế, khó khăn', '4. Nguyên nhân', "
            "'5. Bài học kinh nghiệm'); the directions a Roman part 'III. PHƯƠNG HƯỚNG, GIẢI "
            "PHÁP THỜI GIAN TỚI'. The officer files II.2 as the impact; a section-order warning "
            "is tolerated, not required.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ Y TẾ"])
    R.title("Sở Y tế")
    h = bold_h(R)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ THỰC HIỆN", 1)
    h("1. Kết quả đạt được", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Hiệu quả, tác động", 2)
    body(R, "tac-dong")
    h("3. Hạn chế, khó khăn", 2)
    body(R, "ket-qua.han-che")
    h("4. Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("5. Bài học kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("III. PHƯƠNG HƯỚNG, GIẢI PHÁP THỜI GIAN TỚI", 1)
    body(R, "ket-qua.giai-phap")
    h("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Sở Y tế", RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    R.appendix()
    R.tolerated.append("section-order")
    return R


def stc():
    R = Rep("stc", "STC", "STC - BC 241 KL114.docx",
            "State header table; bold typed headings; SEVEN FLAT ROMAN PARTS, the impact placed "
            "RIGHT AFTER THE ACHIEVEMENTS and before the limits: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', "
            "'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. HIỆU QUẢ, TÁC ĐỘNG', 'IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN "
            "NHÂN' (the causes a paragraph opening 'Nguyên nhân:'), 'V. BÀI HỌC KINH NGHIỆM', 'VI. "
            "PHƯƠNG HƯỚNG, GIẢI PHÁP', 'VII. KIẾN NGHỊ, ĐỀ XUẤT' — no part names the results as "
            "a whole. The officer files each part as it says; section-order tolerated.")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"])
    R.title("Sở Tài chính")
    h = bold_h(R)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ ĐẠT ĐƯỢC", 1)
    body(R, "ket-qua.noi-bat")
    h("III. HIỆU QUẢ, TÁC ĐỘNG", 1)
    body(R, "tac-dong")
    h("IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", 1)
    body(R, "ket-qua.han-che")
    R.runin("Nguyên nhân:", low(R.text("ket-qua.nguyen-nhan")), "ket-qua.nguyen-nhan", bold=False)
    h("V. BÀI HỌC KINH NGHIỆM", 1)
    body(R, "ket-qua.bai-hoc")
    h("VI. PHƯƠNG HƯỚNG, GIẢI PHÁP", 1)
    body(R, "ket-qua.giai-phap")
    h("VII. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Sở Tài chính", RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    R.tolerated.append("section-order")
    return R


def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "State header table; headings in Word's Heading 1 / Heading 2 styles WITH NO "
            "NUMBERING at all (none typed, no list), sentence case, in the unit's SHORT OWN "
            "WORDS: 'Quán triệt, triển khai Kết luận', 'Kết quả' over 'Ưu điểm', 'Khuyết điểm', "
            "'Nguyên nhân của khuyết điểm', 'Kinh nghiệm', then 'Tác động', 'Nhiệm vụ thời gian "
            "tới', 'Đề xuất'. The officer files each as its title says ('Kinh nghiệm' the "
            "lessons, 'Nhiệm vụ thời gian tới' the directions).")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
    R.title("Sở Giáo dục và Đào tạo")
    h = R.heading_styles()
    h("Quán triệt, triển khai Kết luận", 1)
    body(R, "lanh-dao")
    h("Kết quả", 1)
    h("Ưu điểm", 2)
    body(R, "ket-qua.noi-bat")
    h("Khuyết điểm", 2)
    body(R, "ket-qua.han-che")
    h("Nguyên nhân của khuyết điểm", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("Kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("Tác động", 1)
    body(R, "tac-dong")
    h("Nhiệm vụ thời gian tới", 1)
    body(R, "ket-qua.giai-phap")
    h("Đề xuất", 1)
    body(R, "kien-nghi")
    R.closing("Sở Giáo dục và Đào tạo", RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    return R


def x006():
    R = Rep("x006", "X006", "Thanh Chuong - BC 66 KL114.docx",
            "Party header table; the unit's OWN NUMBERING: capital LETTERS for the parts, ROMAN "
            "numerals under them (bold typed): 'A. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'B. KẾT "
            "QUẢ THỰC HIỆN' over 'I. Những kết quả nổi bật', 'II. Tồn tại, hạn chế', 'III. "
            "Nguyên nhân', 'IV. Bài học kinh nghiệm', 'V. Phương hướng, giải pháp thời gian tới', "
            "'C. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN', 'D. KIẾN NGHỊ, ĐỀ XUẤT' (the Roman level "
            "is the sub-level here, the reverse of probes 40/48's A. over I.).",
            place="Thanh Chương")
    commune(R, ["ĐẢNG ỦY XÃ THANH CHƯƠNG"], "Đảng ủy xã Thanh Chương")
    h = bold_h(R)
    h("A. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("B. KẾT QUẢ THỰC HIỆN", 1)
    h("I. Những kết quả nổi bật", 2)
    body(R, "ket-qua.noi-bat")
    h("II. Tồn tại, hạn chế", 2)
    body(R, "ket-qua.han-che")
    h("III. Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("IV. Bài học kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("V. Phương hướng, giải pháp thời gian tới", 2)
    body(R, "ket-qua.giai-phap")
    h("C. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("D. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Thanh Chương", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def x007():
    R = Rep("x007", "X007", "Anh Son - BC 44 KL114.docx",
            "Party header table; NO HEADINGS: each part is ONE paragraph opening with a "
            "NUMBERED BOLD SENTENCE that sums it up (a judgement, ending with '.'), the text "
            "going on in the same paragraph in regular type: '**1. Công tác lãnh đạo, chỉ đạo "
            "được Ban Thường vụ quan tâm, triển khai kịp thời, nghiêm túc.** Ban Thường vụ …', "
            "'**2. Sau 10 năm, công tác dân vận của chính quyền xã đạt nhiều kết quả nổi "
            "bật.** …' (and a second paragraph), '**3. Bên cạnh đó, vẫn còn một số tồn tại, hạn "
            "chế cần khắc phục.**', '**4. Những hạn chế trên do cả nguyên nhân khách quan và "
            "chủ quan.**', '**5. Qua 10 năm, Đảng ủy rút ra một số bài học kinh nghiệm.**', "
            "'**6. Thời gian tới, Đảng ủy tập trung thực hiện các giải pháp sau.**', '**7. Việc "
            "thực hiện Kết luận đã tác động tích cực đến xây dựng Đảng, chính quyền.**', '**8. "
            "Đảng ủy xã kiến nghị, đề xuất một số nội dung sau.**'. The officer files each by "
            "its sentence.", place="Anh Sơn")
    commune(R, ["ĐẢNG ỦY XÃ ANH SƠN"], "Đảng ủy xã Anh Sơn")
    R.runin("1. Công tác lãnh đạo, chỉ đạo được Ban Thường vụ quan tâm, triển khai kịp thời, "
            "nghiêm túc.", R.text("lanh-dao"), "lanh-dao")
    R.runin("2. Sau 10 năm, công tác dân vận của chính quyền xã đạt nhiều kết quả nổi bật.",
            R.text("ket-qua.noi-bat", 0), "ket-qua.noi-bat")
    R.put(R.text("ket-qua.noi-bat", 1), "ket-qua.noi-bat")
    R.runin("3. Bên cạnh đó, vẫn còn một số tồn tại, hạn chế cần khắc phục.",
            R.text("ket-qua.han-che"), "ket-qua.han-che")
    R.runin("4. Những hạn chế trên do cả nguyên nhân khách quan và chủ quan.",
            R.text("ket-qua.nguyen-nhan"), "ket-qua.nguyen-nhan")
    R.runin("5. Qua 10 năm, Đảng ủy rút ra một số bài học kinh nghiệm.",
            R.text("ket-qua.bai-hoc"), "ket-qua.bai-hoc")
    R.runin("6. Thời gian tới, Đảng ủy tập trung thực hiện các giải pháp sau.",
            R.text("ket-qua.giai-phap"), "ket-qua.giai-phap")
    R.runin("7. Việc thực hiện Kết luận đã tác động tích cực đến xây dựng Đảng, chính quyền.",
            R.text("tac-dong"), "tac-dong")
    R.runin("8. Đảng ủy xã kiến nghị, đề xuất một số nội dung sau.", R.text("kien-nghi"),
            "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy xã Anh Sơn", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 tong ket KL114.docx",
            "Party header table; bold typed headings; an EXTRA PART THE OUTLINE LACKS inside the "
            "results: '2. Một số mô hình, điển hình tiêu biểu' between '1. Những kết quả nổi "
            "bật' and '3. Tồn tại, hạn chế' (two paragraphs, each a model with its results). "
            "The officer files the models with the achievements they illustrate (the outline's "
            "hint: 'Những kết quả nổi bật, có số liệu minh họa').")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY CÔNG AN TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Công an tỉnh")
    h = bold_h(R)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1)
    h("1. Những kết quả nổi bật", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Một số mô hình, điển hình tiêu biểu", 2)
    R.put("Mô hình “Camera an ninh - mắt thần khu dân cư” do Công an các xã, phường vận động "
          "Nhân dân cùng lắp đặt hơn 3.600 camera, giúp phát hiện, xử lý kịp thời nhiều vụ trộm "
          "cắp và vi phạm trật tự giao thông.", "ket-qua.noi-bat")
    R.put("Mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” được nhân rộng ở các khu nhà trọ, "
          "chợ đầu mối; cách làm vận động người dân tự nguyện giao nộp vũ khí, vật liệu nổ được "
          "Bộ Công an biểu dương.", "ket-qua.noi-bat")
    h("3. Tồn tại, hạn chế", 2)
    body(R, "ket-qua.han-che")
    h("4. Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("5. Bài học kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("6. Phương hướng, giải pháp thời gian tới", 2)
    body(R, "ket-qua.giai-phap")
    h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1)
    body(R, "tac-dong")
    h("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1)
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy Công an tỉnh", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    return R


def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 KL114.docx",
            "Party header table; bold typed headings; A SECTION TRULY MISSING: no impact part "
            "(the unit wrote none), while the directions' title carries the impact's keyword "
            "'hiệu quả': 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN THỜI "
            "GIAN TỚI', then 'IV. ĐỀ XUẤT, KIẾN NGHỊ'. missing-section for the impact is "
            "deserved (problems); nothing else may be taken for it.")
    R.party_header("ĐẢNG BỘ TỈNH NGHỆ AN", ["ĐẢNG ỦY QUÂN SỰ TỈNH"])
    R.title("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    h = bold_h(R)
    h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1)
    body(R, "lanh-dao")
    h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1)
    h("1. Những kết quả nổi bật", 2)
    body(R, "ket-qua.noi-bat")
    h("2. Tồn tại, hạn chế", 2)
    body(R, "ket-qua.han-che")
    h("3. Nguyên nhân", 2)
    body(R, "ket-qua.nguyen-nhan")
    h("4. Bài học kinh nghiệm", 2)
    body(R, "ket-qua.bai-hoc")
    h("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN THỜI GIAN TỚI", 1)
    body(R, "ket-qua.giai-phap")
    h("IV. ĐỀ XUẤT, KIẾN NGHỊ", 1)
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Đảng ủy Quân sự tỉnh", RECIP_PARTY, SIG_PARTY)
    R.appendix()
    R.problems.append("missing-section:tac-dong")
    return R


def td():
    R = MdRep("td", "TD", "Tinh doan - BC 61 KL114.md",
              "Markdown pasted from Word (the Youth Union's header typed with tabs, bold lines for "
              "the headings); TWO SECTIONS OF DIFFERENT LEVELS UNDER ONE HEADING, the sub-section "
              "first: 'II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG' over the achievements (two paragraphs) "
              "and then the impact in a paragraph opening 'Về tác động, …'; then 'III. HẠN CHẾ VÀ "
              "NGUYÊN NHÂN' (the causes opening 'Nguyên nhân:'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. "
              "PHƯƠNG HƯỚNG, GIẢI PHÁP', 'VI. KIẾN NGHỊ, ĐỀ XUẤT'. The Youth Union's own report "
              "(number 61-BC/TĐTN-VP), not probe44's joint one. The officer files the 'Về tác "
              "động' paragraph as the impact, the rest as the headings say.", place="Nghệ An")
    R.doc_number = "61-BC/TĐTN-VP"
    R.lines += ["BCH ĐOÀN TỈNH NGHỆ AN\t\t\t**ĐOÀN TNCS HỒ CHÍ MINH**", "***",
                f"Số: {R.doc_number}\t\t\t\t*{R.place_date}*"]
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Ban Thường vụ Tỉnh đoàn")
    R.add("**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**")
    body(R, "lanh-dao")
    R.add("**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**")
    body(R, "ket-qua.noi-bat")
    R.put("Về tác động, " + low(R.text("tac-dong")), "tac-dong")
    R.add("**III. HẠN CHẾ VÀ NGUYÊN NHÂN**")
    body(R, "ket-qua.han-che")
    R.put("Nguyên nhân: " + low(R.text("ket-qua.nguyen-nhan")), "ket-qua.nguyen-nhan")
    R.add("**IV. BÀI HỌC KINH NGHIỆM**")
    body(R, "ket-qua.bai-hoc")
    R.add("**V. PHƯƠNG HƯỚNG, GIẢI PHÁP**")
    body(R, "ket-qua.giai-phap")
    R.add("**VI. KIẾN NGHỊ, ĐỀ XUẤT**")
    body(R, "kien-nghi")
    R.closing("Ban Thường vụ Tỉnh đoàn", ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                                          "- Trung ương Đoàn (b/c);", "- Lưu VP."],
              ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ"])
    R.appendix()
    return R


REPORTS = [x001, x002, snv, vptu, ttt, x003, x004, x005, mttq, syt, stc, sgddt, x006, x007,
           duca, duqs, td]
