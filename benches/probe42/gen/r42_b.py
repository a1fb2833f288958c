"""probe42 reports 7-11: a list of documents before the statistics (SNNMT), figures typed the
English way (X002), an Excel appendix with a merged title, a row of column numbers, a
percent cell and a footnote mark (X003), Notepad 'Unicode big endian' (X006), a state
report with 'Căn cứ' paragraphs and 1./1.1. numbering (SYT)."""

from docbuild import Report42 as Report
from r42_common import (LABELS, department_header, PARTY, RECIPIENTS_PARTY, SUBJ_LEAK,
                        SUBJECT, stat_rows)


def snnmt():
    figs = {"van-ban": 44, "hoi-nghi": 20, "tap-huan": 2260, "doi-thoai": 28, "tiep-dan": 483,
            "don-nhan": 276, "don-giai-quyet": 262, "dan-van-kheo": 11, "truc-tuyen": 91.7}
    R = Report("snnmt", "SNNMT", "so-nganh", "docx", "SNNMT - BC 1602 KL114 kem phu luc.docx",
               "2026-04-16", "1602/BC-SNNMT", "Hồ Văn Tuấn", figures=figs,
               notes="Word file, state header; two appendices after the signature: 'Phụ lục "
                     "01' a LIST OF DOCUMENTS issued (STT | Số, ký hiệu | Ngày ban hành | "
                     "Trích yếu nội dung: plans, directives, decisions — words such as 'Kế "
                     "hoạch', 'Chỉ thị', 'hội nghị', 'tiếp công dân' in the abstracts, numbers "
                     "and dates in the cells), then 'Phụ lục 02' the statistics table. The list "
                     "is no figure; its rows are not text either.")
    department_header(R, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "1602/BC-SNNMT", "16")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Nông nghiệp "
          "và Môi trường báo cáo như sau:", leak="Sở Nông nghiệp và Môi trường báo cáo như sau")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy, lãnh đạo Sở ban hành 44 văn bản lãnh đạo, chỉ đạo (danh mục tại Phụ lục 01), tổ "
        "chức 20 hội nghị quán triệt, sơ kết; phân công lãnh đạo phụ trách từng lĩnh vực dễ phát "
        "sinh khiếu kiện như đất đai, môi trường.", "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Những kết quả nổi bật", style="bi")
    R.p("Bồi dưỡng kỹ năng dân vận cho 2.260 lượt công chức, viên chức và cán bộ khuyến nông cơ "
        "sở; lãnh đạo Sở tiếp 483 lượt công dân, chủ trì 28 cuộc đối thoại về bồi thường, tái "
        "định cư, ô nhiễm môi trường.", "ket-qua.noi-bat")
    R.p("Tiếp nhận 276 đơn thư, đã giải quyết 262 đơn; tỷ lệ hồ sơ đất đai, môi trường giải quyết "
        "trực tuyến năm 2025 đạt 91,7%; 11 mô hình Dân vận khéo trong sản xuất nông nghiệp được "
        "công nhận.", "ket-qua.noi-bat")
    R.h("2. Hạn chế, vướng mắc", style="bi")
    R.p("Tình trạng ô nhiễm ở một số làng nghề, khu chăn nuôi tập trung chậm được khắc phục; việc "
        "cấp giấy chứng nhận quyền sử dụng đất lần đầu ở vùng giáp ranh còn vướng.",
        "ket-qua.han-che")
    R.h("3. Nguyên nhân", style="bi")
    R.p("Nguồn lực đầu tư xử lý môi trường nông thôn hạn chế; hồ sơ địa chính qua nhiều thời kỳ "
        "thiếu đồng bộ, đội ngũ công chức địa chính cấp xã biến động sau sắp xếp.",
        "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", style="bi")
    R.p("Mọi dự án liên quan đến đất đai, môi trường phải lấy ý kiến người dân từ khâu lập quy "
        "hoạch; công khai, minh bạch là điều kiện để Nhân dân đồng thuận, hiến đất làm đường.",
        "ket-qua.bai-hoc")
    R.h("5. Giải pháp thời gian tới", style="bi")
    R.p("Hoàn thành cơ sở dữ liệu đất đai toàn tỉnh; xây dựng bản đồ các điểm nóng môi trường, "
        "giao trách nhiệm xử lý dứt điểm từng điểm với thời hạn cụ thể.", "ket-qua.giai-phap")
    R.h("III. TÁC ĐỘNG")
    R.p("Người nông dân tin tưởng và chủ động tham gia chuyển đổi cơ cấu cây trồng, liên kết sản "
        "xuất; khiếu kiện đông người về đất đai giảm, góp phần ổn định tình hình nông thôn.",
        "tac-dong")
    R.h("IV. KIẾN NGHỊ")
    R.p("Đề nghị Bộ Nông nghiệp và Môi trường hỗ trợ kinh phí xử lý ô nhiễm làng nghề và ban "
        "hành hướng dẫn cấp giấy chứng nhận cho đất có nguồn gốc nông, lâm trường.", "kien-nghi")
    R.app("(Có phụ lục kèm theo)", leak="Có phụ lục kèm theo", italic=True)
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hồ Văn Tuấn"], leak=["Hồ Văn Tuấn"])
    R.pagebreak()
    R.center("Phụ lục 01")
    R.center("DANH MỤC VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.center("(Kèm theo Báo cáo số 1602/BC-SNNMT ngày 16/4/2026 của Sở Nông nghiệp và Môi "
             "trường)", bold=False, italic=True, leak="Kèm theo Báo cáo số 1602/BC-SNNMT")
    R.table([
        ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung"],
        ["1", "45/KH-SNN", "12/5/2016", "Kế hoạch thực hiện Kết luận số 114-KL/TW của Ban Bí thư "
                                        "trong ngành nông nghiệp"],
        ["2", "08/CT-SNN", "20/3/2018", "Chỉ thị về tăng cường tiếp công dân, giải quyết đơn thư "
                                        "lĩnh vực thủy lợi, lâm nghiệp"],
        ["3", "126/QĐ-STNMT", "04/9/2019", "Quyết định ban hành Quy chế dân chủ trong hoạt động "
                                           "của cơ quan Sở Tài nguyên và Môi trường"],
        ["4", "17-NQ/ĐU", "15/01/2022", "Nghị quyết về nâng cao chất lượng đối thoại với Nhân "
                                        "dân trong thu hồi đất"],
        ["5", "212/KH-SNNMT", "18/6/2025", "Kế hoạch tổ chức hội nghị quán triệt sau hợp nhất hai "
                                           "sở về công tác dân vận chính quyền"],
    ], labels=3)
    R.pagebreak()
    R.center("Phụ lục 02", leak="Phụ lục 02")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.table(stat_rows(figs))
    return R


def x002():
    figs = {"van-ban": 24, "hoi-nghi": 17, "tap-huan": 1250, "doi-thoai": 36, "tiep-dan": 2146,
            "don-nhan": 1032, "don-giai-quyet": 987, "dan-van-kheo": 6, "truc-tuyen": 86.4}
    R = Report("x002", "X002", "dang-uy-xa-phuong", "docx", "Dien Chau BC KL114 (ban gui).docx",
               "2026-04-11", "64-BC/ĐU", "Cao Xuân Thành", figures=figs,
               tolerated=["appendix-value-read-as"],
               notes="Word file, Party header; the appendix table pasted from an Excel set to "
                     "ENGLISH (United States): every figure of four digits written '1,250', "
                     "'2,146', '1,032' and the rate '86.4' (no '%'): every number of the "
                     "table in the same convention. Judgement call: the officer reads 1.250 "
                     "lượt (a count of people is whole) and 86,4 %. ARGUABLE: README refuses "
                     "'4,350' in a count with a suggestion.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ DIỄN CHÂU", True, False),
                ("*", False, False), ("Số 64-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Diễn Châu, ngày 11 tháng 4 năm 2026", False, True)])],
             leak=["64-BC/ĐU", "Diễn Châu, ngày 11 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Ban Thường vụ Đảng ủy ban hành 24 văn bản lãnh đạo công tác dân vận chính quyền, tổ chức "
        "17 hội nghị quán triệt, sơ kết; giao chỉ tiêu dân vận cho từng chi bộ thôn, xóm và cơ "
        "quan xã.", "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Kết quả nổi bật", style="bi")
    R.p("Xã đã tổ chức bồi dưỡng 1.250 lượt cán bộ, công chức, trưởng thôn về kỹ năng tiếp dân; "
        "Chủ tịch Ủy ban nhân dân xã tiếp 2.146 lượt công dân, chủ trì 36 cuộc đối thoại ở các "
        "thôn ven biển.", "ket-qua.noi-bat")
    R.p("Tiếp nhận 1.032 đơn thư chủ yếu về đất đai, đã giải quyết 987 đơn; 6 mô hình Dân vận khéo "
        "được công nhận; tỷ lệ hồ sơ dịch vụ công trực tuyến năm 2025 đạt 86,4%.",
        "ket-qua.noi-bat")
    R.h("2. Hạn chế", style="bi")
    R.p("Đơn thư về tranh chấp đất đai, lấn chiếm hành lang giao thông còn nhiều; một số cán bộ "
        "thôn chưa nắm chắc quy định, hướng dẫn người dân chưa đúng trình tự.", "ket-qua.han-che")
    R.h("3. Nguyên nhân", style="bi")
    R.p("Địa bàn rộng sau khi sáp nhập bốn xã cũ, dân số đông; hồ sơ địa chính lưu trữ phân tán, "
        "cán bộ địa chính vừa làm chuyên môn vừa phải tiếp dân.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", style="bi")
    R.p("Nắm chắc tình hình từ chi bộ thôn, xóm; giải quyết đơn thư ngay tại cơ sở bằng hòa giải, "
        "đối thoại thì hạn chế được khiếu kiện vượt cấp và giữ được tình làng nghĩa xóm.",
        "ket-qua.bai-hoc")
    R.h("5. Giải pháp", style="bi")
    R.p("Số hóa hồ sơ địa chính trong năm 2026; duy trì ngày thứ Năm hằng tuần Bí thư, Chủ tịch xã "
        "cùng tiếp dân, công khai kết quả giải quyết trên loa truyền thanh.", "ket-qua.giai-phap")
    R.h("III. TÁC ĐỘNG")
    R.p("Quan hệ giữa chính quyền xã với Nhân dân gắn bó hơn, người dân đồng thuận hiến đất mở rộng "
        "đường liên thôn, góp phần hoàn thành tiêu chí nông thôn mới nâng cao.", "tac-dong")
    R.h("IV. KIẾN NGHỊ")
    R.p("Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí đo đạc, chỉnh lý bản đồ địa chính cho các xã "
        "sau sắp xếp, làm căn cứ giải quyết dứt điểm tranh chấp đất đai.", "kien-nghi")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Cao Xuân Thành"],
                leak=["Cao Xuân Thành", "T/M BAN THƯỜNG VỤ"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU KÈM THEO BÁO CÁO")
    R.table(stat_rows(figs, english=True))
    return R


def x003():
    figs = {"van-ban": 29, "hoi-nghi": 18, "tap-huan": 412, "doi-thoai": 31, "tiep-dan": 1064,
            "don-nhan": 325, "don-giai-quyet": 311, "dan-van-kheo": 9, "truc-tuyen": 85.5}
    R = Report("x003", "X003", "dang-uy-xa-phuong", "docx", "BC KL114 Dang uy xa Quynh Luu.docx",
               "2026-04-12", "57-BC/ĐU", "Trần Đình Hiếu", figures=figs,
               # the reading said (appendix-value-read-as): deserved, not required
               tolerated=["appendix-value-invalid:don-nhan", "appendix-value-read-as"],
               notes="Word file without a table ('Có biểu số liệu kèm theo') and an Excel "
                     "appendix 'X003 - Bieu so lieu.xlsx': title rows merged across the sheet, "
                     "a two-row header (STT, Nội dung, ĐVT, Ghi chú merged down; 'Kết quả thực "
                     "hiện' merged over '2015 - 2020 | 2021 - 2025 | Tổng cộng'), then a ROW "
                     "OF COLUMN NUMBERS '(1) … (7)'; the rate stored as fractions 0,812 / "
                     "0,855 under a '0.0%' format (shows 85,5%); the petitions received "
                     "typed as text '325(1)' in Tổng cộng with the note '(1) …' under the "
                     "table (the periods 141 + 184 as numbers). Judgement call: the officer "
                     "reads 325; the invalid-value advice is tolerated.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ QUỲNH LƯU", True, False),
                ("*", False, False), ("Số 57-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Quỳnh Lưu, ngày 12 tháng 4 năm 2026", False, True)])],
             leak=["57-BC/ĐU", "Quỳnh Lưu, ngày 12 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.h("I. LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy xã ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội nghị quán triệt, sơ kết "
        "việc thực hiện Kết luận; đưa nội dung dân vận chính quyền vào sinh hoạt chuyên đề của "
        "các chi bộ.", "lanh-dao")
    R.h("II. KẾT QUẢ")
    R.h("1. Những việc làm được", style="bi")
    R.p("Bồi dưỡng 412 lượt cán bộ, công chức xã và cán bộ thôn; lãnh đạo xã tiếp 1.064 lượt công "
        "dân, tổ chức 31 cuộc đối thoại chuyên đề về giải phóng mặt bằng đường ven biển và khu "
        "công nghiệp.", "ket-qua.noi-bat")
    R.p("Nhận 325 đơn thư, đã giải quyết 311 đơn; 9 mô hình Dân vận khéo được công nhận; tỷ lệ hồ "
        "sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 85,5%.", "ket-qua.noi-bat")
    R.h("2. Tồn tại, hạn chế", style="bi")
    R.p("Việc giải quyết kiến nghị của người dân vùng dự án có lúc chậm; một số công chức chưa "
        "thành thạo dịch vụ công trực tuyến, còn yêu cầu người dân nộp hồ sơ giấy.",
        "ket-qua.han-che")
    R.h("3. Nguyên nhân", style="bi")
    R.p("Khối lượng công việc sau sáp nhập tăng lớn trong khi hạ tầng mạng ở vùng bãi ngang chưa "
        "ổn định; một số chủ đầu tư chậm chi trả tiền bồi thường cho người dân.",
        "ket-qua.nguyen-nhan")
    R.h("4. Bài học", style="bi")
    R.p("Công khai phương án bồi thường tại thôn và để người dân bàn bạc trước khi quyết định thì "
        "dự án được đồng thuận, mặt bằng được bàn giao đúng tiến độ.", "ket-qua.bai-hoc")
    R.h("5. Phương hướng, giải pháp", style="bi")
    R.p("Thành lập tổ công nghệ số cộng đồng ở tất cả các thôn, hướng dẫn người dân nộp hồ sơ trực "
        "tuyến; giao ban định kỳ với chủ đầu tư về tiến độ chi trả bồi thường.",
        "ket-qua.giai-phap")
    R.h("III. TÁC ĐỘNG")
    R.p("Chính quyền xã gần dân, sát dân hơn, niềm tin của Nhân dân được nâng lên; các dự án trọng "
        "điểm trên địa bàn được người dân ủng hộ, góp phần phát triển kinh tế biển.", "tac-dong")
    R.h("IV. ĐỀ XUẤT, KIẾN NGHỊ")
    R.p("Đề nghị tỉnh đầu tư hạ tầng mạng cho vùng bãi ngang và chỉ đạo các chủ đầu tư chi trả "
        "dứt điểm tiền bồi thường còn nợ người dân của dự án đường ven biển.", "kien-nghi")
    R.app("(Có biểu số liệu kèm theo)", leak="Có biểu số liệu kèm theo", italic=True)
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "Trần Đình Hiếu"],
                leak=["Trần Đình Hiếu"])
    pct = {"fmt": {4: "0.0%", 5: "0.0%", 6: "0.0%"}}
    rows = [[1, LABELS[0][0], "Văn bản", 12, 17, 29, ""],
            [2, LABELS[1][0], "Hội nghị", 8, 10, 18, ""],
            [3, LABELS[2][0], "Lượt", 176, 236, 412, ""],
            [4, LABELS[3][0], "Cuộc", 13, 18, 31, ""],
            [5, LABELS[4][0], "Lượt", 498, 566, 1064, ""],
            [6, LABELS[5][0], "Đơn", 141, 184, "325(1)", ""],
            [7, LABELS[6][0], "Đơn", 135, 176, 311, ""],
            [8, LABELS[7][0], "Mô hình", 4, 5, 9, ""],
            [9, LABELS[8][0], "%", None, 0.855, 0.855, "", pct]]
    R.xlsx_sheets = ("X003 - Bieu so lieu.xlsx", [dict(
        name="Sheet1",
        title=["ĐẢNG ỦY XÃ QUỲNH LƯU",
               "BIỂU SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
               "(Kèm theo Báo cáo số 57-BC/ĐU ngày 12/4/2026)"],
        header=[["STT", "Nội dung", "ĐVT", "Kết quả thực hiện", None, None, "Ghi chú"],
                [None, None, None, "2015 - 2020", "2021 - 2025", "Tổng cộng", None]],
        header_merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
        colnums=True, rows=rows,
        after=["(1) Trong đó có 37 đơn trùng lặp, gửi nhiều nơi, đã được hướng dẫn, trả lời."])])
    return R


def x006():
    figs = {"van-ban": 21, "hoi-nghi": 15, "tap-huan": 338, "doi-thoai": 26, "tiep-dan": 871,
            "don-nhan": 193, "don-giai-quyet": 188, "dan-van-kheo": 7, "truc-tuyen": 83.9}
    R = Report("x006", "X006", "dang-uy-xa-phuong", "utf16be-notepad", "BC 114 Thanh Chuong.txt",
               "2026-04-07", "38-BC/ĐU", "Nguyễn Thị Hương", figures=figs,
               tolerated=["encoding"],
               notes="A Word report copied into Notepad and saved as 'Unicode big endian' "
                     "(UTF-16 BE with a BOM FE FF), CRLF, one line a paragraph, no blank "
                     "lines; a table row a line, its cells apart by tabs, a cell's paragraphs "
                     "on lines of their own (header and signature tables); the 'encoding' "
                     "warning tolerated as for probe40's UTF-16 LE file.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ THANH CHƯƠNG", True, False),
                ("*", False, False), ("Số 38-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("", False, False),
                ("Thanh Chương, ngày 07 tháng 4 năm 2026", False, True)])],
             leak=["38-BC/ĐU", "Thanh Chương, ngày 07 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy xã ban hành 21 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận, tổ chức 15 hội nghị "
        "quán triệt, sơ kết; phân công đảng ủy viên phụ trách các thôn vùng cao, vùng giáo.",
        "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Kết quả nổi bật")
    R.p("Bồi dưỡng 338 lượt cán bộ, công chức về kỹ năng dân vận; lãnh đạo xã tiếp 871 lượt công "
        "dân, tổ chức 26 cuộc đối thoại, nhận 193 đơn thư và đã giải quyết 188 đơn.",
        "ket-qua.noi-bat")
    R.p("Có 7 mô hình Dân vận khéo được công nhận, tiêu biểu là mô hình nắn dòng suối, làm cầu "
        "tràn do Nhân dân góp công; tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 83,9%.",
        "ket-qua.noi-bat")
    R.h("2. Hạn chế")
    R.p("Việc tuyên truyền ở các bản đồng bào dân tộc thiểu số có lúc chưa phù hợp; người dân vùng "
        "cao còn khó khăn khi sử dụng dịch vụ công trực tuyến.", "ket-qua.han-che")
    R.h("3. Nguyên nhân")
    R.p("Địa hình chia cắt, giao thông đi lại khó khăn; sóng điện thoại ở một số bản chưa ổn định, "
        "đội ngũ cán bộ biết tiếng dân tộc còn ít.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm")
    R.p("Cán bộ phải đến từng bản, nói tiếng của dân, làm cùng dân; phát huy vai trò già làng, "
        "trưởng bản và người có uy tín trong vận động Nhân dân.", "ket-qua.bai-hoc")
    R.h("5. Giải pháp")
    R.p("Mở lớp học tiếng dân tộc cho cán bộ xã, phối hợp nhà mạng phủ sóng các bản vùng cao, "
        "thành lập tổ hỗ trợ dịch vụ công lưu động.", "ket-qua.giai-phap")
    R.h("III. TÁC ĐỘNG")
    R.p("Đồng bào các dân tộc tin tưởng vào cấp ủy, chính quyền, tích cực tham gia bảo vệ rừng và "
        "xây dựng nông thôn mới, góp phần giữ vững an ninh vùng biên giới.", "tac-dong")
    R.h("IV. KIẾN NGHỊ")
    R.p("Đề nghị tỉnh có cơ chế hỗ trợ phụ cấp cho cán bộ học tiếng dân tộc thiểu số và ưu tiên "
        "đầu tư hạ tầng viễn thông cho các bản đặc biệt khó khăn.", "kien-nghi")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "Nguyễn Thị Hương"],
                leak=["Nguyễn Thị Hương"])
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def syt():
    figs = {"van-ban": 39, "hoi-nghi": 24, "tap-huan": 5318, "doi-thoai": 33, "tiep-dan": 742,
            "don-nhan": 408, "don-giai-quyet": 396, "dan-van-kheo": 13, "truc-tuyen": 90.8}
    R = Report("syt", "SYT", "so-nganh", "docx", "So Y te - BC 1305 tong ket KL114.docx",
               "2026-04-17", "1305/BC-SYT", "Lê Văn Sơn", figures=figs,
               notes="State report laid out as the ministries' reports are: 'Kính gửi: Ban "
                     "Tuyên giáo và Dân vận Tỉnh ủy Nghệ An.' on one line, FOUR 'Căn cứ …;' "
                     "paragraphs (Kết luận, Kế hoạch, Công văn, Quyết định on the Department's "
                     "duties) before the opening '… báo cáo như sau:'; numbering '1.' at the "
                     "top level and '1.1.' / '2.1.' below, no Roman numerals anywhere; the "
                     "'2.' part holds the results 2.1-2.5.")
    department_header(R, "SỞ Y TẾ", "1305/BC-SYT", "17")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.center("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An.", bold=False,
             leak="Kính gửi")
    R.app("Căn cứ Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác "
          "dân vận của cơ quan nhà nước các cấp;", leak="Căn cứ Kết luận số 114-KL/TW")
    R.app("Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm "
          "thực hiện Kết luận số 114-KL/TW;", leak="Căn cứ Kế hoạch số 86-KH/TU")
    R.app("Căn cứ Công văn số 1520-CV/BTGDVTU ngày 03/4/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy "
          "về việc hướng dẫn đề cương báo cáo;", leak="Căn cứ Công văn số 1520-CV/BTGDVTU")
    R.app("Căn cứ Quyết định số 21/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định "
          "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế;",
          leak="Căn cứ Quyết định số 21/2025/QĐ-UBND")
    R.app("Sở Y tế báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW như sau:",
          leak="Sở Y tế báo cáo kết quả 10 năm thực hiện")
    R.h("1. Công tác lãnh đạo, chỉ đạo")
    R.p("Ban cán sự đảng, Đảng ủy Sở ban hành 39 văn bản chỉ đạo, tổ chức 24 hội nghị quán triệt, "
        "sơ kết; đưa tiêu chí thái độ phục vụ người bệnh vào đánh giá thi đua của các bệnh viện, "
        "trung tâm y tế.", "lanh-dao")
    R.h("2. Kết quả thực hiện")
    R.h("2.1. Kết quả nổi bật", style="bi")
    R.p("Tập huấn kỹ năng giao tiếp, ứng xử cho 5.318 lượt cán bộ y tế; lãnh đạo Sở và giám đốc "
        "các bệnh viện tiếp 742 lượt công dân, tổ chức 33 cuộc đối thoại với người bệnh và thân "
        "nhân.", "ket-qua.noi-bat")
    R.p("Tiếp nhận 408 đơn thư, phản ánh qua đường dây nóng, đã giải quyết 396 trường hợp; 13 mô "
        "hình Dân vận khéo được công nhận; tỷ lệ hồ sơ thủ tục giải quyết trực tuyến năm 2025 đạt "
        "90,8%.", "ket-qua.noi-bat")
    R.h("2.2. Tồn tại, hạn chế", style="bi")
    R.p("Tình trạng quá tải ở một số bệnh viện tuyến tỉnh chưa được khắc phục triệt để; vẫn còn "
        "phản ánh về thái độ của nhân viên y tế ở khu vực khám bệnh, cấp cứu.", "ket-qua.han-che")
    R.h("2.3. Nguyên nhân", style="bi")
    R.p("Cơ sở vật chất, nhân lực chưa theo kịp nhu cầu khám chữa bệnh tăng nhanh; áp lực công "
        "việc lớn, chế độ đãi ngộ cho nhân viên y tế còn thấp.", "ket-qua.nguyen-nhan")
    R.h("2.4. Bài học kinh nghiệm", style="bi")
    R.p("Lấy sự hài lòng của người bệnh làm thước đo chất lượng phục vụ; lắng nghe phản ánh qua "
        "đường dây nóng và trả lời công khai giúp ngành kịp thời chấn chỉnh sai sót.",
        "ket-qua.bai-hoc")
    R.h("2.5. Giải pháp trong giai đoạn mới", style="bi")
    R.p("Mở rộng đặt lịch khám, thanh toán viện phí không dùng tiền mặt; đầu tư khoa cấp cứu, "
        "nhi tại các bệnh viện tuyến tỉnh để giảm quá tải trong năm 2026.", "ket-qua.giai-phap")
    R.h("3. Tác động")
    R.p("Chỉ số hài lòng của người bệnh nội trú năm 2025 đạt trên 92%, hình ảnh người thầy thuốc "
        "được cải thiện, niềm tin của Nhân dân vào hệ thống y tế công lập được nâng lên.",
        "tac-dong")
    R.h("4. Kiến nghị, đề xuất")
    R.p("Đề nghị Bộ Y tế sớm điều chỉnh giá dịch vụ khám chữa bệnh tính đủ chi phí, và có chính "
        "sách thu hút bác sĩ về công tác tại các trạm y tế xã miền núi.", "kien-nghi")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Văn Sơn"], leak=["Lê Văn Sơn"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.table(stat_rows(figs))
    return R


REPORTS = [snnmt, x002, x003, x006, syt]
