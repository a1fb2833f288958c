"""probe55's sixteen reports: MASS ORGANISATIONS AND THE NEW TWO-TIER LOCAL GOVERNMENT. Each report
carries the unit's text, figures, number, date and signer as probe54's generator gives them
(probe54's gen/reports.py → probe53's → … → probe46's → probe44's), in the LAYOUT of published
reports of mass organisations (Đoàn TNCS, Hội Nông dân, Hội LHPN, the Front after its 2025
reorganisation) and of the new commune/ward Party committees (after the 2025 merger of communes
and the end of districts): their header blocks (the organisation's own motto line 'ĐOÀN TNCS HỒ
CHÍ MINH', a three-cell joint header, the national organisation over the provincial committee),
number lines with spaces ('Số 52 -BC/ĐU',
'Số: 241 /BC-STC'), their part titles ('PHẦN I. …', 'Phần thứ hai: …', 'NHIỆM VỤ, GIẢI PHÁP
TRỌNG TÂM THỜI GIAN TỚI', 'KIẾN NGHỊ, ĐỀ XUẤT' BEFORE the solutions), their sign-offs ('T/M
ĐẢNG ỦY', 'TM. BAN THƯỜNG TRỰC' / 'K/T CHỦ TỊCH' / 'PHÓ CHỦ TỊCH', two bodies side by side, a
'Nơi nhận:' list set in two columns) and their statistics tables (columns per former ward with
'Cộng', 'Thực hiện/Chỉ tiêu (đạt …%)' in one cell, a 'Kinh phí (triệu đồng)' / 'tr.đ' column or
row, 'Câu lạc bộ' / 'Đoàn viên mới kết nạp' / 'Hội viên' rows that are not indicators, rows per
sub-unit with 'Tổng cộng', a workbook of two sheets). Sources: README.txt (P1-P9)."""

import importlib.util
import io
import os
import sys
import unicodedata
import zipfile
import datetime as _dt
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


r54 = _load("reports54", os.path.join(BENCH, "probe54", "gen", "reports.py"))
r53, r52, r46 = r54.r53, r54.r52, r54.r46
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table
IND, LABELS, vn = r46.IND, r46.LABELS, r46.vn
SUBJ2, SUBJ_LEAK, OPENING, PLAN = r54.SUBJ2, r54.SUBJ_LEAK, r54.OPENING, r52.PLAN
RECIP_PARTY, RECIP_STATE = r54.RECIP_PARTY, r54.RECIP_STATE
sig_table, page_break, usual_parts, body = r54.sig_table, r54.page_break, r54.usual_parts, r54.body
hc, tc, plan_of, split_years, sp = r54.hc, r54.tc, r54.plan_of, r54.split_years, r54.sp


class Rep(r54.Rep):
    pass


class MdRep(r54.MdRep):
    pass


class TxtRep(r54.TxtRep):
    pass


def to_cp1258(text):
    """probe39's: Word's 'Vietnamese (Windows)' plain text — the letters with circumflex, breve,
    horn and đ precomposed, the five tone marks as combining characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        for m in ("\u0302", "\u0306", "\u031B"):
            if m in marks:
                cand = unicodedata.normalize("NFC", base + m)
                try:
                    cand.encode("cp1258")
                    base = cand
                    marks = marks.replace(m, "")
                except UnicodeEncodeError:
                    pass
        out.append((base + marks).encode("cp1258"))
    return b"".join(out)


class Txt1258Rep(TxtRep):
    """Word ▸ Save As ▸ Plain Text, encoding 'Vietnamese (Windows)': no BOM, CRLF."""

    def save(self, path):
        text = "\n".join(self.lines) + "\n"
        with open(path, "wb") as f:
            f.write(to_cp1258(text.replace("\n", "\r\n")))


def money(v):
    """An amount in triệu đồng with a decimal comma ('1.250,5')."""
    return vn(v)


def header3(R, cols, widths):
    """A borderless header table of len(cols) cells; each col: lines (text, bold, italic, underline)."""
    cells = []
    for lines, w in zip(cols, widths):
        cells.append(cell([p(r(t, b=b, i=i, u=u), jc="center", spacing=False) for t, b, i, u in lines],
                          w=w, borders=False))
    R.d.add(table([cells], widths, borders=False))


def party_hdr(R, superior, body_line, number_line=None, right_top="ĐẢNG CỘNG SẢN VIỆT NAM"):
    header3(R, [[(superior, False, False, False), (body_line, True, False, False), ("*", False, False, False),
                 (number_line or f"Số {R.doc_number}", False, False, False)],
                [(right_top, True, False, True), ("", False, False, False), (R.place_date, False, True, False)]],
            [4300, 5100])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])


def state_hdr(R, superior, body_line, number_line=None):
    header3(R, [[(superior, False, False, False), (body_line, True, False, False), ("-------", False, False, False),
                 (number_line or f"Số: {R.doc_number}", False, False, False)],
                [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
                 ("Độc lập - Tự do - Hạnh phúc", True, False, True), ("---------------", False, False, False),
                 (R.place_date, False, True, False)]],
            [3800, 5600])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])


def std_table(R, head, value_cells, W, extra=None, cap=None, header_rows=1):
    """Caption lines, then a table: head (rows of header cells), one row per indicator from
    value_cells(i, ind, lab, dvt, v) → list of cells; extra: {ind: [rows after it]} (not indicators)."""
    page_break(R)
    if cap:
        R.cap(*cap)
    rows = list(head)
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        rows.append(value_cells(i, ind, lab, dvt, R.figures[ind]))
        for row, label in (extra or {}).get(ind, []):
            rows.append(row)
            R.rows.append(label)
    R.d.add(table(rows, W, header_rows=header_rows))


def caption(R, title, kem, lead="PHỤ LỤC"):
    return ([(lead, True, False), (title, True, False), (f"({kem})", False, True)],
            [title[:34], kem[:30]])


def ratio(v, k):
    return f"{vn(v)}/{vn(k)} (đạt {vn(round(v * 100.0 / k, 1))}%)"


# ==========================================================================================
# P9 (Đảng bộ các cơ quan Đảng tỉnh, 2025) + P6 (Hướng dẫn 31-HD/BTCTW: the new ward's Party
# committee directly under the province) — ward Vinh Phú after the merger; 'PHẦN I/II/III';
# appendix: a column per FORMER ward and the new ward, 'Cộng'.
def x001():
    R = Rep("x001", "X001", "DU phuong Vinh Phu - BC 67 KL114.docx",
            "A NEW WARD'S PARTY COMMITTEE after the 2025 merger (P6: Hướng dẫn 31-HD/BTCTW, đảng bộ "
            "phường mới directly under the Tỉnh ủy; no district line): header 'ĐẢNG BỘ TỈNH NGHỆ AN' / "
            "'ĐẢNG ỦY PHƯỜNG VINH PHÚ' / '*' / 'Số 67-BC/ĐU'. Body in THREE PARTS as a mass "
            "organisation's tổng kết prints them: 'PHẦN I. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ "
            "114-KL/TW' (centred) with 'I. KHÁI QUÁT TÌNH HÌNH SAU SẮP XẾP' (the merger: context, "
            "'other'), 'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'III. KẾT QUẢ ĐẠT ĐƯỢC', 'IV. HẠN CHẾ, "
            "NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân'), 'V. BÀI HỌC KINH NGHIỆM', 'VI. TÁC "
            "ĐỘNG'; 'PHẦN II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI' (text right under the "
            "part, no Roman heading); 'PHẦN III. KIẾN NGHỊ, ĐỀ XUẤT'. APPENDIX 'BIỂU TỔNG HỢP SỐ "
            "LIỆU' with A COLUMN PER FORMER WARD and the new ward: 'STT | Nội dung | ĐVT | Phường "
            "Bến Thủy (cũ) | Phường Trung Đô (cũ) | Phường Vinh Phú (từ 01/7/2025) | Cộng' (the "
            "two former wards to 6/2025); the rate 'x' in the former wards' cells. The officer "
            "takes 'Cộng'. Records X001, 67-BC/ĐU, 10/4/2026, Trần Thị Hồng Nhung, BÍ THƯ.",
            place="Vinh Phú")
    R.meta("BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG VINH PHÚ")
    R.title("Ban Thường vụ Đảng ủy phường Vinh Phú")
    usual_parts(R, [
        ("PHẦN I. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 0, None),
        ("I. KHÁI QUÁT TÌNH HÌNH SAU SẮP XẾP", 1,
         "ctx:Phường Vinh Phú được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp phường Bến Thủy, phường "
         "Trung Đô và một phần phường Hưng Phúc; Đảng bộ phường mới trực thuộc Tỉnh ủy, có 41 chi bộ."),
        ("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("III. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
        ("IV. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("V. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("VI. TÁC ĐỘNG", 1, "tac-dong"),
        ("PHẦN II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 0, "ket-qua.giai-phap"),
        ("PHẦN III. KIẾN NGHỊ, ĐỀ XUẤT", 0, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy phường Vinh Phú")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    W = [500, 3000, 800, 1200, 1200, 1300, 1000]
    head = [[hc(t, w) for t, w in zip(["STT", "Nội dung", "ĐVT", "Phường Bến Thủy (cũ)", "Phường Trung Đô (cũ)",
                                       "Phường Vinh Phú (từ 01/7/2025)", "Cộng"], W)]]

    def row(i, ind, lab, dvt, v):
        if ind == "truc-tuyen":
            return [str(i), lab, dvt, "x", "x", vn(v), vn(v)]
        a, b, c = split_years(v, [4, 4, 2])
        return [str(i), lab, dvt, vn(a), vn(b), vn(c), vn(v)]
    std_table(R, head, row, W, cap=caption(R, "BIỂU TỔNG HỢP SỐ LIỆU 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                                          "Kèm theo Báo cáo số 67-BC/ĐU ngày 10/4/2026"))
    return R


# P6 again: a new commune, delivered as Word ▸ Plain Text in WINDOWS-1258; 'Số 52 -BC/ĐU'
# (a space before the hyphen, P1's habit), 'KIẾN NGHỊ, ĐỀ XUẤT' BEFORE 'NHIỆM VỤ, GIẢI PHÁP
# TRỌNG TÂM THỜI GIAN TỚI'; 'T/M ĐẢNG ỦY'; a 'tr.đ' row in the appendix.
def x002():
    R = Txt1258Rep("x002", "X002", "Dien Chau - BC 52 KL114.txt",
                   "A NEW COMMUNE'S PARTY COMMITTEE (P6) delivered as Word's Save As ▸ Plain Text with "
                   "the encoding 'Vietnamese (Windows)' = WINDOWS-1258 (no BOM, CRLF, tone marks as "
                   "combining characters): 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY XÃ DIỄN CHÂU' / '*' / 'Số "
                   "52 -BC/ĐU' (A SPACE BEFORE THE HYPHEN, as P1's 'Số: 225 - KH/TWĐTN-CTTN') / 'ĐẢNG CỘNG "
                   "SẢN VIỆT NAM' / date. Parts 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ THỰC "
                   "HIỆN', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân'), 'IV. BÀI HỌC "
                   "KINH NGHIỆM', 'V. TÁC ĐỘNG', then 'VI. KIẾN NGHỊ, ĐỀ XUẤT' BEFORE 'VII. NHIỆM VỤ, "
                   "GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI' (the mass organisations' order). Signature 'T/M "
                   "ĐẢNG ỦY' / 'BÍ THƯ' / name, then 'Nơi nhận:'. APPENDIX tab rows 'TT\\tNội "
                   "dung\\tĐVT\\tSố liệu' with, after the Dân vận khéo row, 'Kinh phí hỗ trợ xây dựng "
                   "mô hình\\ttr.đ\\t185,5' (an amount, not an indicator). (pseudo-heading tolerated) "
                   "Records X002, 52-BC/ĐU, 9/4/2026, Nguyễn Đình Lực, BÍ THƯ.", place="Diễn Châu")
    R.meta("BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ DIỄN CHÂU", "*", "Số 52 -BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                R.place_date, "BÁO CÁO", SUBJ2]
    for a in ("52 -BC/ĐU", R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK):
        R.app(a)
    who = "Ban Thường vụ Đảng ủy xã Diễn Châu"
    R.add(OPENING.format(who=who))
    R.app(f"{who} báo cáo như sau")
    usual_parts(R, [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi"),
        ("VII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap")])
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", R.signer, "Nơi nhận:",
                "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."]
    for a in ("T/M ĐẢNG ỦY", R.signer, "Nơi nhận"):
        R.app(a)
    R.lines += ["PHỤ LỤC", "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                "(Kèm theo Báo cáo số 52-BC/ĐU ngày 09/4/2026)", "TT\tNội dung\tĐVT\tSố liệu"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 52-BC/ĐU")
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        R.lines.append(f"{i}\t{lab}\t{dvt}\t{vn(R.figures[ind])}")
        if ind == "dan-van-kheo":
            R.lines.append("\tKinh phí hỗ trợ xây dựng mô hình\ttr.đ\t185,5")
            R.rows.append("Kinh phí hỗ trợ xây dựng mô hình")
    R.tolerated.append("pseudo-heading")
    R.problems.append("encoding")    # probes 39/40/42 keyed a Windows-1258 file so
    return R


# P5 hoinongdan.camau.gov.vn ('vận động quỹ … được 62.515.000/53.781.000 đồng (đạt 116%)') — the
# result over the target IN ONE CELL; 'Phần thứ nhất: …' / 'Phần thứ hai: …' on one line.
def x003():
    R = Rep("x003", "X003", "DU xa Quynh Luu - BC 71 KL114.docx",
            "A NEW COMMUNE (P6) with the body in two parts titled ON ONE LINE WITH A COLON, as the "
            "Farmers' Union's reports print them: 'Phần thứ nhất: KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN "
            "SỐ 114-KL/TW' ('I. Công tác lãnh đạo, chỉ đạo', 'II. Kết quả đạt được', 'III. Hạn chế, "
            "nguyên nhân' with '1. Hạn chế' / '2. Nguyên nhân', 'IV. Bài học kinh nghiệm', 'V. Tác "
            "động') and 'Phần thứ hai: NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ KIẾN NGHỊ' ('I. Nhiệm vụ, "
            "giải pháp trọng tâm', 'II. Kiến nghị, đề xuất'), sentence-case Roman titles in bold. "
            "Header 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY XÃ QUỲNH LƯU' / '*' / 'Số 71-BC/ĐU'. APPENDIX "
            "'STT | Nội dung | ĐVT | Thực hiện/Chỉ tiêu | Ghi chú' with the result OVER THE TARGET AND "
            "THE RATE IN ONE CELL, as P5 writes them: '25/20 (đạt 125%)', '428/450 (đạt 95,1%)'; the "
            "online-procedures rate plain ('88,7'). The officer takes the number before the slash. "
            "Records X003, 71-BC/ĐU, 13/4/2026, Hồ Sỹ Nam, BÍ THƯ.", place="Quỳnh Lưu")
    R.meta("BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ QUỲNH LƯU")
    R.title("Ban Thường vụ Đảng ủy xã Quỳnh Lưu")
    usual_parts(R, [
        ("Phần thứ nhất: KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 0, None),
        ("I. Công tác lãnh đạo, chỉ đạo", 1, "lanh-dao"),
        ("II. Kết quả đạt được", 1, "ket-qua.noi-bat"),
        ("III. Hạn chế, nguyên nhân", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. Bài học kinh nghiệm", 1, "ket-qua.bai-hoc"),
        ("V. Tác động", 1, "tac-dong"),
        ("Phần thứ hai: NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ KIẾN NGHỊ", 0, None),
        ("I. Nhiệm vụ, giải pháp trọng tâm", 1, "ket-qua.giai-phap"),
        ("II. Kiến nghị, đề xuất", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Quỳnh Lưu")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    W = [600, 4200, 1000, 2200, 1000]
    head = [["STT", "Nội dung", "ĐVT", "Thực hiện/Chỉ tiêu", "Ghi chú"]]

    def row(i, ind, lab, dvt, v):
        return [str(i), lab, dvt, vn(v) if ind == "truc-tuyen" else ratio(v, plan_of(ind, v)), ""]
    std_table(R, head, row, W, cap=caption(R, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 10 NĂM (2015 - 2025)",
                                          "Kèm theo Báo cáo số 71-BC/ĐU ngày 13/4/2026"))
    return R


# P3 hoilhpn.phuyen.gov.vn (a Women's Union paper) — models and CLUBS; an amount column in
# 'triệu đồng' beside the count.
def x004():
    R = Rep("x004", "X004", "Hoang Mai - BC 98 KL114.docx",
            "A NEW WARD (P6). Body with the mass organisations' closing parts: 'I. CÔNG TÁC LÃNH ĐẠO, "
            "CHỈ ĐẠO', 'II. KẾT QUẢ THỰC HIỆN', 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' ('1. Tồn tại, "
            "hạn chế', '2. Nguyên nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. NHIỆM VỤ, "
            "GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI', 'VII. KIẾN NGHỊ, ĐỀ XUẤT'. Header 'ĐẢNG BỘ TỈNH "
            "NGHỆ AN' / 'ĐẢNG ỦY PHƯỜNG HOÀNG MAI' / '*' / 'Số: 98-BC/ĐU'. APPENDIX as the Women's "
            "Union's tables of models and clubs (P3): 'STT | Nội dung | ĐVT | Số lượng | Kinh phí "
            "(triệu đồng)' — an AMOUNT COLUMN beside the count ('125,5', '1.250', '-'), and under "
            "the Dân vận khéo row a row 'Câu lạc bộ “Dân vận khéo” được thành lập' (Câu lạc bộ, 7; "
            "not the indicator). The officer takes 'Số lượng'. Records X004, 98-BC/ĐU, 15/4/2026, "
            "Lê Thị Mai, PHÓ BÍ THƯ.", place="Hoàng Mai")
    R.meta("PHÓ BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI", number_line=f"Số: {R.doc_number}")
    R.title("Ban Thường vụ Đảng ủy phường Hoàng Mai")
    usual_parts(R, [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", 1, None),
        ("1. Tồn tại, hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap"),
        ("VII. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy phường Hoàng Mai")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    W = [600, 4200, 1000, 1300, 1600]
    head = [["STT", "Nội dung", "ĐVT", "Số lượng", "Kinh phí (triệu đồng)"]]
    cost = {"van-ban": "-", "hoi-nghi": "125,5", "tap-huan": "1.250", "doi-thoai": "36,8", "tiep-dan": "-",
            "don-nhan": "-", "don-giai-quyet": "-", "dan-van-kheo": "310,4", "truc-tuyen": "-"}

    def row(i, ind, lab, dvt, v):
        return [str(i), lab, dvt, vn(v), cost[ind]]
    extra = {"dan-van-kheo": [(["", tc("Câu lạc bộ “Dân vận khéo” được thành lập", 4200, i=True), "Câu lạc bộ",
                                 "7", "42,0"], "Câu lạc bộ “Dân vận khéo” được thành lập")]}
    std_table(R, head, row, W, extra=extra,
              cap=caption(R, "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                          "Kèm theo Báo cáo số 98-BC/ĐU ngày 15/4/2026"))
    return R


# P8 hoitruongson.vn (a union's congress report: 'Phần thứ nhất' / title) as PANDOC MARKDOWN with
# ATX headings ('#', '##', '###') and the appendix as a PANDOC GRID TABLE (+---+).
def x005():
    R = MdRep("x005", "X005", "DU xa Do Luong - BC 58 KL114.md",
              "A NEW COMMUNE (P6) converted with pandoc (docx → markdown) from a file whose titles "
              "carry Word's Heading styles: ATX HEADINGS '# PHẦN I. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN "
              "SỐ 114-KL/TW', '## I. Công tác lãnh đạo, chỉ đạo', '## II. Kết quả đạt được', '## III. "
              "Hạn chế, nguyên nhân' with '### 1. Hạn chế', '### 2. Nguyên nhân', '## IV. Bài học kinh "
              "nghiệm', '## V. Tác động', '# PHẦN II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI' "
              "(text under it), '# PHẦN III. KIẾN NGHỊ, ĐỀ XUẤT'. Header as paragraphs ('ĐẢNG BỘ TỈNH "
              "NGHỆ AN', '**ĐẢNG ỦY XÃ ĐÔ LƯƠNG**', '\\*', 'Số 58-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', "
              "'*Đô Lương, ngày …*'). APPENDIX as a PANDOC GRID TABLE ('+----+----+' borders, '+====+' "
              "under the header, a long label WRAPPED over two lines of its cell), '1.200', '79,6'. "
              "(pseudo-heading tolerated) Records X005, 58-BC/ĐU, 10/4/2026, Nguyễn Thị Thanh Tâm, "
              "BÍ THƯ.", place="Đô Lương")
    R.meta("BÍ THƯ")
    R.lines += ["ĐẢNG BỘ TỈNH NGHỆ AN", "**ĐẢNG ỦY XÃ ĐÔ LƯƠNG**", "\\*", f"Số {R.doc_number}",
                "**ĐẢNG CỘNG SẢN VIỆT NAM**", f"*{R.place_date}*", "**BÁO CÁO**", f"**{SUBJ2}**"]
    who = "Ban Thường vụ Đảng ủy xã Đô Lương"
    R.add(OPENING.format(who=who))
    for a in (R.doc_number, R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK, f"{who} báo cáo như sau"):
        R.app(a)
    for title, level, sec in [
            ("PHẦN I. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 1, None),
            ("I. Công tác lãnh đạo, chỉ đạo", 2, "lanh-dao"),
            ("II. Kết quả đạt được", 2, "ket-qua.noi-bat"),
            ("III. Hạn chế, nguyên nhân", 2, None),
            ("1. Hạn chế", 3, "ket-qua.han-che"),
            ("2. Nguyên nhân", 3, "ket-qua.nguyen-nhan"),
            ("IV. Bài học kinh nghiệm", 2, "ket-qua.bai-hoc"),
            ("V. Tác động", 2, "tac-dong"),
            ("PHẦN II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap"),
            ("PHẦN III. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")]:
        R.add("#" * level + " " + title)
        if sec:
            body(R, sec)
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["**T/M BAN THƯỜNG VỤ**", "**BÍ THƯ**", f"**{R.signer}**",
                "***Nơi nhận:***\n- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);\n- Lưu Văn phòng."]
    for a in ("T/M BAN THƯỜNG VỤ", R.signer, "Nơi nhận"):
        R.app(a)
    R.lines += ["**PHỤ LỤC**", "**SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**",
                "*(Kèm theo Báo cáo số 58-BC/ĐU ngày 10/4/2026)*"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 58-BC/ĐU")
    w = [5, 30, 10, 10]

    def line(ch="-"):
        return "+" + "+".join(ch * (n + 2) for n in w) + "+"

    def cells(vals):
        out = []
        wrapped = [_wrap(v, n) for v, n in zip(vals, w)]
        for k in range(max(len(x) for x in wrapped)):
            out.append("| " + " | ".join((x[k] if k < len(x) else "").ljust(n)
                                          for x, n in zip(wrapped, w)) + " |")
        return out
    out = [line()] + cells(["STT", "Nội dung", "ĐVT", "Số liệu"]) + [line("=")]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        out += cells([str(i), lab, dvt, vn(R.figures[ind])]) + [line()]
    R.add("\n".join(out))
    R.tolerated.append("pseudo-heading")
    return R


def _wrap(text, n):
    words, lines, cur = text.split(), [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > n:
            lines.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    lines.append(cur)
    return lines


# P4 hoinongdan.thuathienhue.gov.vn (Farmers' Union sơ kết: members admitted, 'Quỹ Hội … triệu
# đồng') — a workbook of TWO SHEETS beside the report: 'Biểu 01' the organisations' members and
# funds (not the campaign's indicators), 'Biểu 02' the nine indicators.
def x007():
    R = Rep("x007", "X007", "Anh Son - BC 44 KL114.docx",
            "A NEW COMMUNE (P6) whose figures are ONLY in the workbook beside it, 'Anh Son - Bieu so "
            "lieu KL114.xlsx', of TWO SHEETS as the commune's mass organisations fill them (P4): sheet "
            "'Bieu 01' 'SỐ LIỆU TỔ CHỨC HỘI, ĐOÀN THỂ' (rows 'Hội viên Hội Nông dân', 'Hội viên mới "
            "kết nạp', 'Đoàn viên mới kết nạp', 'Quỹ hỗ trợ nông dân' in triệu đồng with decimals — "
            "NOT the campaign's indicators) and sheet 'Bieu 02' 'SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT "
            "LUẬN SỐ 114-KL/TW' (the nine indicators, numbers as numbers). Body: 'I. ĐẶC ĐIỂM TÌNH "
            "HÌNH' (after the merger: context 'other'), 'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'III. KẾT QUẢ "
            "THỰC HIỆN' (closing '(Có biểu số liệu kèm theo)'), 'IV. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn "
            "chế', '2. Nguyên nhân'), 'V. BÀI HỌC KINH NGHIỆM', 'VI. TÁC ĐỘNG', 'VII. NHIỆM VỤ, GIẢI "
            "PHÁP TRỌNG TÂM THỜI GIAN TỚI', 'VIII. KIẾN NGHỊ, ĐỀ XUẤT'. Header 'ĐẢNG BỘ TỈNH NGHỆ AN' "
            "/ 'ĐẢNG ỦY XÃ ANH SƠN' / '*'. The officer takes Biểu 02 and nothing from Biểu 01. "
            "Records X007, 44-BC/ĐU, 12/4/2026, Lô Văn Thành, PHÓ BÍ THƯ.", place="Anh Sơn")
    R.meta("PHÓ BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ANH SƠN")
    R.title("Ban Thường vụ Đảng ủy xã Anh Sơn")
    usual_parts(R, [
        ("I. ĐẶC ĐIỂM TÌNH HÌNH", 1,
         "ctx:Xã Anh Sơn được thành lập từ ngày 01/7/2025 trên cơ sở sáp nhập thị trấn Anh Sơn và các xã "
         "Thạch Sơn, Phúc Sơn; có 38 thôn, bản với hơn 8.600 hộ, đồng bào dân tộc thiểu số chiếm gần 18%."),
        ("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("III. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat")])
    R.d.add(p(r("(Có biểu số liệu kèm theo)", i=True), ind=567))
    usual_parts(R, [
        ("IV. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("V. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("VI. TÁC ĐỘNG", 1, "tac-dong"),
        ("VII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap"),
        ("VIII. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy xã Anh Sơn")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    import openpyxl
    wb = openpyxl.Workbook()
    s1 = wb.active
    s1.title = "Bieu 01"
    s1.append(["ĐẢNG ỦY XÃ ANH SƠN"])
    s1.append(["SỐ LIỆU TỔ CHỨC HỘI, ĐOÀN THỂ"])
    s1.append([])
    s1.append(["STT", "Nội dung", "ĐVT", "Số liệu"])
    org = [(1, "Hội viên Hội Nông dân", "Hội viên", 4126), (2, "Hội viên mới kết nạp", "Hội viên", 312),
           (3, "Đoàn viên mới kết nạp", "Đoàn viên", 468), (4, "Hội viên phụ nữ", "Hội viên", 5210),
           (5, "Quỹ hỗ trợ nông dân", "Triệu đồng", 1250.5), (6, "Câu lạc bộ, tổ hợp tác", "CLB", 23)]
    for row in org:
        s1.append(list(row))
        R.rows.append(row[1])
    s2 = wb.create_sheet("Bieu 02")
    s2.append(["ĐẢNG ỦY XÃ ANH SƠN"])
    s2.append(["SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW"])
    s2.append(["(Kèm theo Báo cáo số 44-BC/ĐU ngày 12/4/2026)"])
    s2.append([])
    s2.append(["STT", "Nội dung", "ĐVT", "Số liệu"])
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        s2.append([i, lab, dvt, R.figures[ind]])
    for ws in (s1, s2):
        ws.column_dimensions["B"].width = 58
    R.extra = [("Anh Son - Bieu so lieu KL114.xlsx", _fixed(wb))]
    return R


def _fixed(wb):
    when = _dt.datetime(2026, 4, 12, 8, 0, 0)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "Văn phòng Đảng ủy"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            d = src.read(n)
            if n == "docProps/core.xml":
                d = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-04-12T08:00:00Z", d)
            zi = zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return out.getvalue()


# State department with the mass organisations' closing order and a 'Nơi nhận:' list SET IN TWO
# COLUMNS below the signature.
def snv():
    R = Rep("snv", "SNV", "SNV - BC 279 KL114.docx",
            "State header 'UBND TỈNH NGHỆ AN' / 'SỞ NỘI VỤ' / 'Số: 279/BC-SNV'. Body: 'I. CÔNG TÁC CHỈ "
            "ĐẠO, ĐIỀU HÀNH', 'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' ('1. Tồn "
            "tại, hạn chế', '2. Nguyên nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. NHIỆM VỤ, "
            "GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI', 'VII. KIẾN NGHỊ, ĐỀ XUẤT'. Signature ALONE on the "
            "right ('KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC' / name, a borderless one-row table with an empty "
            "left cell), then 'Nơi nhận:' and the recipients SET IN TWO COLUMNS (a borderless 2×3 "
            "table: '- Ban Tuyên giáo và Dân vận Tỉnh ủy;' | '- Sở Tư pháp;' …). Appendix "
            "'STT | Nội dung | ĐVT | Số liệu'. Records SNV, 279/BC-SNV, 14/4/2026, Trần Quốc Hưng, "
            "PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    state_hdr(R, "UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ")
    R.title("Sở Nội vụ")
    usual_parts(R, [
        ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1, "lanh-dao"),
        ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
        ("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", 1, None),
        ("1. Tồn tại, hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap"),
        ("VII. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")])
    R.closing_sentence("Sở Nội vụ")
    right = [p(r(s, b=True), jc="center", spacing=False) for s in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")] + \
        [p("", spacing=False)] * 3 + [p(r(R.signer, b=True), jc="center", spacing=False)]
    R.d.add(table([[cell([p("", spacing=False)], 4500, False), cell(right, 4900, False)]], [4500, 4900],
                  borders=False))
    R.d.add(p(r("Nơi nhận:", b=True, i=True), spacing=False))
    rec = [("- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Sở Tư pháp;"), ("- UBND tỉnh (b/c);", "- Các phòng thuộc Sở;"),
           ("- Giám đốc Sở;", "- Lưu: VT, XDCQ.")]
    R.d.add(table([[cell([p(r(a, sz=22), spacing=False)], 4700, False), cell([p(r(b, sz=22), spacing=False)], 4700, False)]
                   for a, b in rec], [4700, 4700], borders=False))
    for a in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", R.signer, "Nơi nhận", "Các phòng thuộc Sở"):
        R.app(a)
    R.appendix()
    return R


# SYT: 'KIẾN NGHỊ, ĐỀ XUẤT' before the tasks; appendix with a 'Kinh phí (tr.đ)' column.
def syt():
    R = Rep("syt", "SYT", "SYT - BC 1342 KL114.docx",
            "State header 'UBND TỈNH NGHỆ AN' / 'SỞ Y TẾ'. Body: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', "
            "'II. KẾT QUẢ THỰC HIỆN', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân'), "
            "'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', then 'VI. KIẾN NGHỊ, ĐỀ XUẤT' BEFORE 'VII. "
            "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI'. APPENDIX 'TT | Chỉ tiêu | Đơn vị | Kết quả "
            "| Kinh phí (tr.đ)' — an amount column with decimal commas after the result. The officer "
            "takes 'Kết quả'. 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'. Records SYT, 1342/BC-SYT, 16/4/2026 "
            "(the unit's own extension to 24/4: on time), Nguyễn Thị Hương Giang, PHÓ GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    state_hdr(R, "UBND TỈNH NGHỆ AN", "SỞ Y TẾ")
    R.title("Sở Y tế")
    usual_parts(R, [
        ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi"),
        ("VII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap")])
    R.closing_sentence("Sở Y tế")
    sig_table(R, RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    W = [600, 4300, 1000, 1300, 1500]
    head = [["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Kinh phí (tr.đ)"]]
    cost = {"van-ban": "", "hoi-nghi": "312,6", "tap-huan": "2.140,8", "doi-thoai": "58,5", "tiep-dan": "",
            "don-nhan": "", "don-giai-quyet": "", "dan-van-kheo": "97,2", "truc-tuyen": "1.820"}

    def row(i, ind, lab, dvt, v):
        return [str(i), lab, dvt, vn(v), cost[ind]]
    std_table(R, head, row, W, cap=caption(R, "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                                          "Kèm theo Báo cáo số 1342/BC-SYT ngày 16/4/2026 của Sở Y tế",
                                          lead="Biểu số 01"))
    return R


# STC: Word ▸ Plain Text (UTF-8), 'Số: 241 /BC-STC' (a space before the slash), 'PHẦN I/II',
# the appendix's result over the target in one cell (P5) as text.
def stc():
    R = TxtRep("stc", "STC", "STC - BC 241 KL114.txt",
               "State header as Word's Save As ▸ Plain Text writes it (UTF-8 BOM, CRLF): 'UBND TỈNH "
               "NGHỆ AN' / 'SỞ TÀI CHÍNH' / '-------' / 'Số: 241 /BC-STC' (A SPACE BEFORE THE SLASH, "
               "the number typed into a template's 'Số:      /BC-STC') / motto / date. Body 'PHẦN I. "
               "KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' ('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II. "
               "KẾT QUẢ ĐẠT ĐƯỢC', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân'), 'IV. "
               "BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG') / 'PHẦN II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ KIẾN "
               "NGHỊ' ('I. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 'II. KIẾN NGHỊ, ĐỀ XUẤT'). APPENDIX tab "
               "rows 'STT\\tNội dung\\tĐVT\\tThực hiện/Kế hoạch' with P5's cells '33/30 (đạt 110%)'; "
               "the rate plain ('97,6'). (pseudo-heading tolerated) Records STC, 241/BC-STC, "
               "16/4/2026, Nguyễn Văn Long, PHÓ GIÁM ĐỐC.", place="Nghệ An")
    R.meta("PHÓ GIÁM ĐỐC")
    R.lines += ["UBND TỈNH NGHỆ AN", "SỞ TÀI CHÍNH", "-------", "Số: 241 /BC-STC",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                R.place_date, "BÁO CÁO", SUBJ2, OPENING.format(who="Sở Tài chính")]
    for a in ("241 /BC-STC", R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK, "Sở Tài chính báo cáo như sau"):
        R.app(a)
    usual_parts(R, [
        ("PHẦN I. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", 1, None),
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("PHẦN II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ KIẾN NGHỊ", 1, None),
        ("I. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", 1, "ket-qua.giai-phap"),
        ("II. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")])
    R.add("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Tài chính./.")
    R.app("Kết luận số 114-KL/TW của Sở Tài chính./.")
    R.lines += ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- UBND tỉnh (b/c);",
                "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", R.signer]
    for a in ("Nơi nhận", "KT. GIÁM ĐỐC", R.signer):
        R.app(a)
    R.lines += ["Biểu số 01", "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                "(Kèm theo Báo cáo số 241/BC-STC ngày 16/4/2026 của Sở Tài chính)",
                "STT\tNội dung\tĐVT\tThực hiện/Kế hoạch"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 241/BC-STC")
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        R.lines.append(f"{i}\t{lab}\t{dvt}\t{vn(v) if ind == 'truc-tuyen' else ratio(v, plan_of(ind, v))}")
    R.tolerated.append("pseudo-heading")
    return R


# SGDDT: ROWS PER SUB-UNIT (Cơ quan Sở, trường THPT, trung tâm GDNN-GDTX) with 'Tổng cộng', the
# indicators as columns (a Công đoàn ngành's statistics sheet by member unit).
def sgddt():
    R = Rep("sgddt", "SGDDT", "SGDDT - BC 731 KL114.docx",
            "State header 'UBND TỈNH NGHỆ AN' / 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'. Body 'I. CÔNG TÁC LÃNH ĐẠO, "
            "CHỈ ĐẠO', 'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên "
            "nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI "
            "GIAN TỚI', 'VII. KIẾN NGHỊ, ĐỀ XUẤT'. APPENDIX ON A LANDSCAPE-WIDE TABLE WITH ROWS PER "
            "SUB-UNIT, as a sector union sums its member units: 'TT | Đơn vị | Văn bản | Hội nghị | "
            "Tập huấn (lượt) | Đối thoại | Tiếp dân (lượt) | Đơn nhận | Đơn đã giải quyết | Dân vận "
            "khéo | TTHC trực tuyến (%)' with rows '1 | Cơ quan Sở', '2 | Các trường THPT', '3 | Các "
            "trung tâm GDNN-GDTX' and 'TỔNG CỘNG' (the rate only in TỔNG CỘNG; 'x' above). The "
            "officer takes TỔNG CỘNG. Records SGDDT, 731/BC-SGDĐT, 15/4/2026, Thái Văn Thành, PHÓ "
            "GIÁM ĐỐC.")
    R.meta("PHÓ GIÁM ĐỐC")
    state_hdr(R, "UBND TỈNH NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    R.title("Sở Giáo dục và Đào tạo")
    usual_parts(R, [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap"),
        ("VII. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")])
    R.closing_sentence("Sở Giáo dục và Đào tạo")
    sig_table(R, RECIP_STATE, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], R.signer)
    page_break(R)
    R.cap(*caption(R, "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW THEO ĐƠN VỊ",
                   "Kèm theo Báo cáo số 731/BC-SGDĐT ngày 15/4/2026"))
    cols = ["Văn bản", "Hội nghị", "Tập huấn (lượt)", "Đối thoại", "Tiếp dân (lượt)", "Đơn nhận",
            "Đơn đã giải quyết", "Dân vận khéo", "TTHC trực tuyến (%)"]
    W = [450, 1700] + [800] * 9
    rows = [[hc(t, w) for t, w in zip(["TT", "Đơn vị"] + cols, W)]]
    f = R.figures
    parts = {ind: split_years(f[ind], [3, 5, 2]) for ind in IND if ind != "truc-tuyen"}
    for k, name in enumerate(["Cơ quan Sở", "Các trường THPT", "Các trung tâm GDNN-GDTX"]):
        rows.append([str(k + 1), name] + [vn(parts[ind][k]) if ind != "truc-tuyen" else "x" for ind in IND])
        R.rows.append(name)
    rows.append([tc("", W[0]), tc("TỔNG CỘNG", W[1], b=True)] + [tc(vn(f[ind]), 800, b=True) for ind in IND])
    R.rows = [x for x in R.rows if x not in [lab for lab, _ in LABELS]] + ["TỔNG CỘNG"]
    R.d.add(table(rows, W, header_rows=1))
    return R


# VPTU: the Office's letterhead; 'A./B./C.' parts with text right under 'B.' and 'C.'; 'K/T CHÁNH VĂN
# PHÒNG'.
def vptu():
    R = Rep("vptu", "VPTU", "VPTU - BC 498 KL114.docx",
            "The Office's own letterhead 'TỈNH ỦY NGHỆ AN' / 'VĂN PHÒNG' / '*' / 'Số 498-BC/VPTU' (the "
            "first build put 'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH' (P9) over it — not how the Office writes, "
            "so not kept; repro 5a records what it did). Body: 'A. KẾT QUẢ THỰC HIỆN' ('I. CÔNG TÁC "
            "THAM MƯU, LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn "
            "chế', '2. Nguyên nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG') and 'B. NHIỆM VỤ, GIẢI "
            "PHÁP TRỌNG TÂM THỜI GIAN TỚI' (text right under the letter part) and 'C. KIẾN NGHỊ, ĐỀ "
            "XUẤT'. 'K/T CHÁNH VĂN PHÒNG' / 'PHÓ CHÁNH VĂN PHÒNG'. Appendix with 'x' for the rate "
            "(not the Office's remit). The officer files it as VPTU. Records VPTU, 498-BC/VPTU, "
            "13/4/2026, Lê Văn Toàn, PHÓ CHÁNH VĂN PHÒNG; indicator 9 not reported.")
    R.meta("PHÓ CHÁNH VĂN PHÒNG")
    header3(R, [[("TỈNH ỦY NGHỆ AN", False, False, False), ("VĂN PHÒNG", True, False, False), ("*", False, False, False), (f"Số {R.doc_number}", False, False, False)],
                [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True), ("", False, False, False),
                 (R.place_date, False, True, False)]], [4300, 5100])
    R.app(R.doc_number)
    R.app(R.place_date.split(" năm")[0])
    R.title("Văn phòng Tỉnh ủy")
    usual_parts(R, [
        ("A. KẾT QUẢ THỰC HIỆN", 0, None),
        ("I. CÔNG TÁC THAM MƯU, LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ ĐẠT ĐƯỢC", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("B. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 0, "ket-qua.giai-phap"),
        ("C. KIẾN NGHỊ, ĐỀ XUẤT", 0, "kien-nghi")])
    R.closing_sentence("Văn phòng Tỉnh ủy")
    sig_table(R, RECIP_PARTY, ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], R.signer)
    R.appendix()
    return R


# TTT: an amount row in triệu đồng under the letters (not an indicator); 'Số: 117 /BC-TTr'.
def ttt():
    R = Rep("ttt", "TTT", "Thanh tra tinh - BC 117 KL114.docx",
            "State header 'UBND TỈNH NGHỆ AN' / 'THANH TRA TỈNH' / 'Số: 117 /BC-TTr' (a space before "
            "the slash). Body: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH', 'II. KẾT QUẢ THỰC HIỆN', "
            "'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' ('1. Tồn tại, hạn chế', '2. Nguyên nhân'), 'IV. "
            "BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. KIẾN NGHỊ, ĐỀ XUẤT', 'VII. NHIỆM VỤ, GIẢI PHÁP "
            "TRỌNG TÂM THỜI GIAN TỚI' (proposals first). APPENDIX 'STT | Nội dung | ĐVT | Số liệu' "
            "with, under the resolved letters, a row 'Số tiền kiến nghị thu hồi | Triệu đồng | "
            "1.250,5' (an amount, not an indicator). 'KT. CHÁNH THANH TRA' / 'PHÓ CHÁNH THANH TRA'. "
            "Records TTT, 117/BC-TTr, 15/4/2026, Phạm Hồng Quang, PHÓ CHÁNH THANH TRA.")
    R.meta("PHÓ CHÁNH THANH TRA")
    state_hdr(R, "UBND TỈNH NGHỆ AN", "THANH TRA TỈNH", number_line="Số: 117 /BC-TTr")
    R.app("117 /BC-TTr")
    R.title("Thanh tra tỉnh")
    usual_parts(R, [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", 1, None),
        ("1. Tồn tại, hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi"),
        ("VII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap")])
    R.closing_sentence("Thanh tra tỉnh")
    sig_table(R, RECIP_STATE, ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], R.signer)
    W = [700, 4700, 1300, 1600]
    head = [["STT", "Nội dung", "ĐVT", "Số liệu"]]

    def row(i, ind, lab, dvt, v):
        return [str(i), lab, dvt, vn(v)]
    extra = {"don-giai-quyet": [(["", tc("Số tiền kiến nghị thu hồi", 4700, i=True), "Triệu đồng", "1.250,5"],
                                 "Số tiền kiến nghị thu hồi")]}
    std_table(R, head, row, W, extra=extra,
              cap=caption(R, "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                          "Kèm theo Báo cáo số 117/BC-TTr ngày 15/4/2026 của Thanh tra tỉnh"))
    return R


# DUQS: Party; the veterans' association's way of reporting (coordination with Hội CCB), proposals
# before tasks; 'x' for the rate.
def duqs():
    R = Rep("duqs", "DUQS", "DUQS - BC 318 KL114.docx",
            "Party header 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY QUÂN SỰ TỈNH' / '*' / 'Số 318-BC/ĐU'. Body "
            "as the veterans' association prints its tổng kết: 'Phần thứ nhất' / 'KẾT QUẢ THỰC HIỆN' "
            "(two centred lines) with '1. Công tác lãnh đạo, chỉ đạo', '2. Kết quả đạt được', '3. Hạn "
            "chế, nguyên nhân' (run on: '- Hạn chế:' and '- Nguyên nhân:' as bold lead lines of their "
            "own), '4. Bài học kinh nghiệm', '5. Tác động'; 'Phần thứ hai' / 'KIẾN NGHỊ, ĐỀ XUẤT VÀ "
            "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM' with '1. Kiến nghị, đề xuất' BEFORE '2. Nhiệm vụ, giải "
            "pháp trọng tâm thời gian tới'. 'T/M BAN THƯỜNG VỤ' / 'BÍ THƯ'. Appendix 'x' for the "
            "rate. Records DUQS, 318-BC/ĐU, 10/4/2026, Lê Minh Tuấn, BÍ THƯ; indicator 9 not "
            "reported.", place="Nghệ An")
    R.meta("BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY QUÂN SỰ TỈNH")
    R.title("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    usual_parts(R, [
        ("Phần thứ nhất", 0, None), ("KẾT QUẢ THỰC HIỆN", 0, None),
        ("1. Công tác lãnh đạo, chỉ đạo", 1, "lanh-dao"),
        ("2. Kết quả đạt được", 1, "ket-qua.noi-bat"),
        ("3. Hạn chế, nguyên nhân", 1, None),
        ("- Hạn chế:", 2, "ket-qua.han-che"),
        ("- Nguyên nhân:", 2, "ket-qua.nguyen-nhan"),
        ("4. Bài học kinh nghiệm", 1, "ket-qua.bai-hoc"),
        ("5. Tác động", 1, "tac-dong"),
        ("Phần thứ hai", 0, None), ("KIẾN NGHỊ, ĐỀ XUẤT VÀ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", 0, None),
        ("1. Kiến nghị, đề xuất", 1, "kien-nghi"),
        ("2. Nhiệm vụ, giải pháp trọng tâm thời gian tới", 1, "ket-qua.giai-phap")])
    R.closing_sentence("Ban Thường vụ Đảng ủy Quân sự tỉnh")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], R.signer)
    R.appendix()
    return R


# DUCA: Party; a Youth-Union row in the appendix with the unit 'Lượt' (ra quân), not an indicator.
def duca():
    R = Rep("duca", "DUCA", "DUCA - BC 296 KL114.docx",
            "Party header 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'ĐẢNG ỦY CÔNG AN TỈNH' / '*'. Body: 'I. CÔNG TÁC LÃNH "
            "ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ THỰC HIỆN', 'III. HẠN CHẾ, NGUYÊN NHÂN' ('1. Hạn chế', '2. "
            "Nguyên nhân'), 'IV. BÀI HỌC KINH NGHIỆM', 'V. TÁC ĐỘNG', 'VI. NHIỆM VỤ, GIẢI PHÁP TRỌNG "
            "TÂM THỜI GIAN TỚI', 'VII. KIẾN NGHỊ, ĐỀ XUẤT'. APPENDIX 'STT | Nội dung | ĐVT | Số liệu' "
            "with the Youth Union's rows as the Đoàn Thanh niên Công an fills them, after the "
            "training row: 'Đoàn viên mới kết nạp' (Đoàn viên, 312) and 'Lượt đoàn viên thanh niên "
            "tham gia ra quân giúp dân' (Lượt, 4.860 — the SAME UNIT as the training and citizen-"
            "reception rows; not an indicator). 'T/M BAN THƯỜNG VỤ' / 'PHÓ BÍ THƯ'. Records DUCA, "
            "296-BC/ĐU, 12/4/2026, Nguyễn Đức Hải, PHÓ BÍ THƯ.", place="Nghệ An")
    R.meta("PHÓ BÍ THƯ")
    party_hdr(R, "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY CÔNG AN TỈNH")
    R.title("Ban Thường vụ Đảng ủy Công an tỉnh")
    usual_parts(R, [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("II. KẾT QUẢ THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("III. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("IV. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("V. TÁC ĐỘNG", 1, "tac-dong"),
        ("VI. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap"),
        ("VII. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi")])
    R.closing_sentence("Ban Thường vụ Đảng ủy Công an tỉnh")
    sig_table(R, RECIP_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], R.signer)
    W = [700, 4700, 1300, 1600]
    head = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    n = [0]

    def row(i, ind, lab, dvt, v):
        n[0] += 1
        return [str(n[0]), lab, dvt, vn(v)]
    extra = {"tap-huan": [(["", "Đoàn viên mới kết nạp", "Đoàn viên", "312"], "Đoàn viên mới kết nạp"),
                          (["", "Lượt đoàn viên thanh niên tham gia ra quân giúp dân", "Lượt", "4.860"],
                           "Lượt đoàn viên thanh niên tham gia ra quân giúp dân")]}
    std_table(R, head, row, W, extra=extra,
              cap=caption(R, "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                          "Kèm theo Báo cáo số 296-BC/ĐU ngày 12/4/2026"))
    return R


# P1 thieunhivietnam.vn (BCH TW Đoàn: 'BAN CHẤP HÀNH TRUNG ƯƠNG' / 'ĐOÀN TNCS HỒ CHÍ MINH' / '***'
# / 'Số: 225 - KH/TWĐTN-CTTN') and P2 scribd (a Đoàn report: 'A. BÁO CÁO TỔNG KẾT', '- Căn cứ …',
# 'I. ĐẶC ĐIỂM TÌNH HÌNH', '1. Thuận lợi') — the joint Đoàn + Hội Nông dân report with a
# THREE-CELL header (the two bodies and the motto) and two signatures.
def td():
    R = Rep("td", "TD", "Tinh doan - BC lien tich 15 KL114.docx",
            "THE YOUTH UNION'S OWN HEADER (P1) for a JOINT report, a THREE-CELL borderless header "
            "table: 'BCH ĐOÀN TNCS HỒ CHÍ MINH' / 'TỈNH NGHỆ AN' / '***' / 'Số: 15 /BCLT-TĐ-HND' | "
            "'HỘI NÔNG DÂN VIỆT NAM' / 'BCH HỘI NÔNG DÂN TỈNH NGHỆ AN' / '***' | 'CỘNG HÒA XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM' / 'Độc lập - Tự do - Hạnh phúc' / date. 'BÁO CÁO LIÊN TỊCH'. Body "
            "as P2's Đoàn report: the basis as '- Căn cứ …' lines (apparatus), 'A. BÁO CÁO TỔNG KẾT' "
            "with 'I. ĐẶC ĐIỂM TÌNH HÌNH' ('1. Thuận lợi', '2. Khó khăn': context, 'other'), 'II. "
            "CÔNG TÁC PHỐI HỢP LÃNH ĐẠO, CHỈ ĐẠO', 'III. KẾT QUẢ PHỐI HỢP THỰC HIỆN', 'IV. HẠN CHẾ, "
            "NGUYÊN NHÂN' ('1. Hạn chế', '2. Nguyên nhân'), 'V. BÀI HỌC KINH NGHIỆM', 'VI. TÁC "
            "ĐỘNG'; 'B. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI' (text under it); 'C. ĐỀ "
            "XUẤT, KIẾN NGHỊ'. Two signatures side by side ('TM. BAN THƯỜNG VỤ TỈNH ĐOÀN' / 'PHÓ BÍ "
            "THƯ THƯỜNG TRỰC' / name | 'TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH' / 'CHỦ TỊCH' / 'Nguyễn "
            "Văn Bình'), then 'Nơi nhận:'. APPENDIX with the organisations' rows 'Đoàn viên mới kết "
            "nạp' (Đoàn viên) and 'Hội viên nông dân mới kết nạp' (Hội viên) after the training row, "
            "'Quỹ hỗ trợ thanh niên, nông dân khởi nghiệp | Triệu đồng | 3.480,5' after the Dân vận "
            "khéo row (none of them indicators), '-' for citizen reception, 'Không phát sinh' for "
            "the rate. The officer files it as Tỉnh đoàn's (the lead, first; probe53's call): TD, "
            "15/BCLT-TĐ-HND, 14/4/2026, Nguyễn Thị Bích Ngọc, PHÓ BÍ THƯ THƯỜNG TRỰC; indicators 5 "
            "and 9 not reported.", place="Nghệ An")
    R.meta("PHÓ BÍ THƯ THƯỜNG TRỰC")
    L = lambda t, b=False, i=False: (t, b, i, False)  # noqa: E731
    header3(R, [[L("BCH ĐOÀN TNCS HỒ CHÍ MINH", True), L("TỈNH NGHỆ AN", True), L("***"),
                 L("Số: 15 /BCLT-TĐ-HND")],
                [L("HỘI NÔNG DÂN VIỆT NAM"), L("BCH HỘI NÔNG DÂN TỈNH NGHỆ AN", True), L("***")],
                [L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), L("Độc lập - Tự do - Hạnh phúc", True),
                 L(""), L(R.place_date, i=True)]], [3000, 3000, 3600])
    for a in ("15 /BCLT-TĐ-HND", "BCH HỘI NÔNG DÂN TỈNH NGHỆ AN", R.place_date.split(" năm")[0]):
        R.app(a)
    R.d.add(p(r("BÁO CÁO LIÊN TỊCH", b=True, sz=28), jc="center"))
    R.d.add(p(r(SUBJ2, b=True), jc="center"))
    for t in ("- Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm "
              "thực hiện Kết luận số 114-KL/TW;",
              "- Căn cứ Chương trình phối hợp giữa Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Hội Nông dân tỉnh "
              "giai đoạn 2021 - 2025;"):
        R.d.add(p(r(t), ind=567))
    who = "Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Hội Nông dân tỉnh"
    R.d.add(p(r(f"{who} báo cáo liên tịch kết quả như sau:"), ind=567))
    for a in ("BÁO CÁO LIÊN TỊCH", SUBJ_LEAK, "Căn cứ Kế hoạch số 86-KH/TU", "Căn cứ Chương trình phối hợp",
              "Hội Nông dân tỉnh báo cáo liên tịch"):
        R.app(a)
    usual_parts(R, [
        ("A. BÁO CÁO TỔNG KẾT", 0, None),
        ("I. ĐẶC ĐIỂM TÌNH HÌNH", 1, None),
        ("1. Thuận lợi", 2,
         "ctx:Sau sắp xếp, các cơ sở Đoàn, Hội ở 130 xã, phường mới được kiện toàn, trực thuộc Ủy ban MTTQ "
         "Việt Nam cấp xã; cấp ủy, chính quyền cơ sở quan tâm, tạo điều kiện cho hoạt động phối hợp."),
        ("2. Khó khăn", 2,
         "ctx:Phần lớn thanh niên nông thôn đi làm ăn xa, địa bàn xã mới rộng, việc tập hợp đoàn viên, hội "
         "viên sinh hoạt ở chi đoàn, chi hội gặp nhiều khó khăn trong giai đoạn chuyển tiếp."),
        ("II. CÔNG TÁC PHỐI HỢP LÃNH ĐẠO, CHỈ ĐẠO", 1, "lanh-dao"),
        ("III. KẾT QUẢ PHỐI HỢP THỰC HIỆN", 1, "ket-qua.noi-bat"),
        ("IV. HẠN CHẾ, NGUYÊN NHÂN", 1, None),
        ("1. Hạn chế", 2, "ket-qua.han-che"),
        ("2. Nguyên nhân", 2, "ket-qua.nguyen-nhan"),
        ("V. BÀI HỌC KINH NGHIỆM", 1, "ket-qua.bai-hoc"),
        ("VI. TÁC ĐỘNG", 1, "tac-dong"),
        ("B. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", 0, "ket-qua.giai-phap"),
        ("C. ĐỀ XUẤT, KIẾN NGHỊ", 0, "kien-nghi")])
    t = f"Trên đây là báo cáo liên tịch tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./."
    R.d.add(p(r(t), ind=567))
    R.app("Hội Nông dân tỉnh./.")

    def col(lines, name):
        return cell([p(r(s, b=True), jc="center", spacing=False) for s in lines] + [p("", spacing=False)] * 3 +
                    [p(r(name, b=True), jc="center", spacing=False)], 4700, False)
    R.d.add(table([[col(["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC"], R.signer),
                    col(["TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH", "CHỦ TỊCH"], "Nguyễn Văn Bình")]],
                  [4700, 4700], borders=False))
    R.d.add(p(r("Nơi nhận:", b=True, i=True), spacing=False))
    for s in ("- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Ủy ban MTTQ Việt Nam tỉnh (b/c);",
              "- Trung ương Đoàn, Trung ương Hội NDVN (b/c);", "- Lưu: VP Tỉnh đoàn, VP Hội."):
        R.d.add(p(r(s, sz=22), spacing=False))
    for a in ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC", R.signer, "Nguyễn Văn Bình", "Nơi nhận",
              "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN"):
        R.app(a)
    W = [700, 4700, 1300, 1600]
    head = [["STT", "Nội dung", "ĐVT", "Số liệu"]]

    def row(i, ind, lab, dvt, v):
        return [str(i), lab, dvt, vn(v) if v is not None else ("Không phát sinh" if ind == "truc-tuyen" else "-")]
    extra = {"tap-huan": [(["", "Đoàn viên mới kết nạp", "Đoàn viên", "18.640"], "Đoàn viên mới kết nạp"),
                          (["", "Hội viên nông dân mới kết nạp", "Hội viên", "9.215"], "Hội viên nông dân mới kết nạp")],
             "dan-van-kheo": [(["", "Quỹ hỗ trợ thanh niên, nông dân khởi nghiệp", "Triệu đồng", "3.480,5"],
                               "Quỹ hỗ trợ thanh niên, nông dân khởi nghiệp")]}
    std_table(R, head, row, W, extra=extra,
              cap=caption(R, "SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
                          "Kèm theo Báo cáo liên tịch số 15/BCLT-TĐ-HND ngày 14/4/2026"))
    return R


# P7 sggp.org.vn (Hướng dẫn 18-HD/MTTW-BTT: the Front and the mass organisations reorganised in
# 2025) — the Front's report as GOOGLE DOCS ▸ Download ▸ Markdown writes it: '#' headings from
# Word's heading styles, every '.' after a number ESCAPED ('I\\.', '1\\.'), '\\-' list marks;
# 'TM. BAN THƯỜNG TRỰC' / 'K/T CHỦ TỊCH' / 'PHÓ CHỦ TỊCH'.
def mttq():
    R = MdRep("mttq", "MTTQ", "MTTQ tinh - BC 322 KL114.md",
              "THE FRONT AFTER ITS 2025 REORGANISATION (P7: the mass organisations now under it) as "
              "GOOGLE DOCS ▸ Download ▸ Markdown (.md) writes a report: header paragraphs 'ỦY BAN MẶT "
              "TRẬN TỔ QUỐC VIỆT NAM' / '**TỈNH NGHỆ AN**' / '**BAN THƯỜNG TRỰC**' / 'Số: 322/BC-MTTQ-BTT' "
              "/ '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' / … / '*Nghệ An, ngày 14 tháng 4 năm 2026*'; "
              "titles in Word heading styles → '#' / '##' with THE DOT AFTER EVERY NUMBER ESCAPED as "
              "Google writes it: '# PHẦN I\\. KẾT QUẢ THỰC HIỆN', '## I\\. CÔNG TÁC THAM MƯU, HƯỚNG DẪN', "
              "'## II\\. KẾT QUẢ ĐẠT ĐƯỢC', '## III\\. HẠN CHẾ, NGUYÊN NHÂN' with '### 1\\. Hạn chế', '### "
              "2\\. Nguyên nhân', '## IV\\. BÀI HỌC KINH NGHIỆM', '## V\\. TÁC ĐỘNG', '# PHẦN II\\. KIẾN "
              "NGHỊ, ĐỀ XUẤT' BEFORE '# PHẦN III\\. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI' (text "
              "right under the parts); recipients '\\- …'. Signature '**TM. BAN THƯỜNG TRỰC**' / '**K/T "
              "CHỦ TỊCH**' / '**PHÓ CHỦ TỊCH**' / name. APPENDIX a pipe table 'STT | Nội dung | ĐVT | Kết "
              "quả/Chỉ tiêu' with P5's '57/50 (đạt 114%)' cells and 'x' for the rate. The officer "
              "takes the number before the slash. (pseudo-heading tolerated) Records MTTQ, "
              "322/BC-MTTQ-BTT, 14/4/2026, Võ Thị Hằng, PHÓ CHỦ TỊCH; indicator 9 not reported.",
              place="Nghệ An")
    R.meta("PHÓ CHỦ TỊCH")
    R.lines += ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "**TỈNH NGHỆ AN**", "**BAN THƯỜNG TRỰC**",
                "Số: 322/BC-MTTQ-BTT", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập \\- Tự do \\- Hạnh phúc**",
                f"*{R.place_date}*", "**BÁO CÁO**", f"**{SUBJ2}**"]
    who = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
    R.add(OPENING.format(who=who))
    for a in ("322/BC-MTTQ-BTT", "BAN THƯỜNG TRỰC", R.place_date.split(" năm")[0], "BÁO CÁO", SUBJ_LEAK,
              f"{who} báo cáo như sau"):
        R.app(a)
    for title, level, sec in [
            ("PHẦN I\\. KẾT QUẢ THỰC HIỆN", 1, None),
            ("I\\. CÔNG TÁC THAM MƯU, HƯỚNG DẪN", 2, "lanh-dao"),
            ("II\\. KẾT QUẢ ĐẠT ĐƯỢC", 2, "ket-qua.noi-bat"),
            ("III\\. HẠN CHẾ, NGUYÊN NHÂN", 2, None),
            ("1\\. Hạn chế", 3, "ket-qua.han-che"),
            ("2\\. Nguyên nhân", 3, "ket-qua.nguyen-nhan"),
            ("IV\\. BÀI HỌC KINH NGHIỆM", 2, "ket-qua.bai-hoc"),
            ("V\\. TÁC ĐỘNG", 2, "tac-dong"),
            ("PHẦN II\\. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien-nghi"),
            ("PHẦN III\\. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", 1, "ket-qua.giai-phap")]:
        R.add("#" * level + " " + title)
        if sec:
            body(R, sec)
    R.add(f"Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của {who}./.")
    R.app(f"Kết luận số 114-KL/TW của {who}./.")
    R.lines += ["**TM. BAN THƯỜNG TRỰC**", "**K/T CHỦ TỊCH**", "**PHÓ CHỦ TỊCH**", f"**{R.signer}**",
                "***Nơi nhận:***", "\\- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "\\- Ủy ban Trung ương MTTQ Việt Nam (b/c);",
                "\\- Lưu: VT, BTT."]
    for a in ("TM. BAN THƯỜNG TRỰC", "K/T CHỦ TỊCH", R.signer, "Nơi nhận"):
        R.app(a)
    R.lines += ["**PHỤ LỤC**", "**SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**",
                "*(Kèm theo Báo cáo số 322/BC-MTTQ-BTT ngày 14/4/2026)*"]
    R.app("SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN")
    R.app("Kèm theo Báo cáo số 322/BC-MTTQ-BTT")
    out = ["| STT | Nội dung | ĐVT | Kết quả/Chỉ tiêu |", "| :---- | :---- | :---- | :---- |"]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = R.figures[ind]
        out.append(f"| {i} | {lab} | {dvt} | {'x' if v is None else ratio(v, plan_of(ind, v))} |")
    R.add("\n".join(out))
    R.tolerated.append("pseudo-heading")
    return R


REPORTS = [x001, x002, x003, x004, x005, x007, snv, syt, stc, sgddt, vptu, ttt, duqs, duca, td, mttq]
