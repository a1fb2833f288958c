"""Reports 1-7: delivered as pandoc Markdown (5), gfm (1), markdown_strict (1)."""

from docbuild import Report

SUBJ = ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư "
        "(khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp")
SUBJ_LEAK = "hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True)
STATE1 = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False)
STATE2 = ("Độc lập - Tự do - Hạnh phúc", True, False, True)


def x003():
    R = Report("x003", "X003", "dang-uy-xa-phuong", "markdown",
               "BC 114 Dang uy xa Quynh Luu.md", "2026-04-15", "86-BC/ĐU", "Hồ Văn Thắng",
               figures={"van-ban": 31, "hoi-nghi": 24, "tap-huan": 486, "doi-thoai": 28,
                        "tiep-dan": 512, "don-nhan": 164, "don-giai-quyet": 158,
                        "dan-van-kheo": 9, "truc-tuyen": 86.2},
               tolerated=["pseudo-heading"],
               notes="Party header table; bold typed headings; leadership as item 1 of "
                     "part II; results field by field under a) b) c); limits and causes "
                     "merged with dash items and a 'Nguyên nhân chủ yếu là' paragraph; "
                     "part IV = directions + requests; appendix after the signature with "
                     "'Kết quả thực hiện' merged over two terms sharing 2020, ĐVT column.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ QUỲNH LƯU", True, False),
                ("*", False, False), ("Số 86-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Quỳnh Lưu, ngày 15 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY XÃ QUỲNH LƯU", "Số 86-BC/ĐU", "Quỳnh Lưu, ngày 15 tháng 4"])
    R.center("BÁO CÁO", size=15)
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.center("-----", bold=False)
    R.app("Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng "
          "kết 10 năm thực hiện Kết luận số 114-KL/TW, Ban Thường vụ Đảng ủy xã Quỳnh Lưu "
          "báo cáo như sau:", leak="Ban Thường vụ Đảng ủy xã Quỳnh Lưu báo cáo như sau")
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH")
    R.p("Xã Quỳnh Lưu được thành lập ngày 01/7/2025 trên cơ sở sáp nhập thị trấn Cầu Giát và "
        "5 xã lân cận, diện tích tự nhiên 58,4 km2, dân số hơn 52 nghìn người, sinh sống ở "
        "47 thôn, khối.", "other")
    R.p("Đảng bộ xã có 68 tổ chức cơ sở đảng với 2.874 đảng viên; hệ thống chính trị từ xã "
        "đến thôn, khối cơ bản ổn định sau sắp xếp, đội ngũ cán bộ được kiện toàn.", "other")
    R.h("II. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.h("1. Công tác lãnh đạo, chỉ đạo")
    R.p("Ngay sau khi có Kết luận số 114-KL/TW, Ban Thường vụ Huyện ủy Quỳnh Lưu (cũ) và Đảng "
        "ủy các xã, thị trấn đã tổ chức quán triệt đến 100% chi bộ; ban hành 31 văn bản lãnh "
        "đạo, chỉ đạo gồm nghị quyết chuyên đề, kế hoạch và chương trình hành động.", "lanh-dao")
    R.p("Đảng ủy chỉ đạo đưa nội dung dân vận chính quyền vào nghị quyết hằng năm; phân công "
        "đồng chí Phó Bí thư Thường trực phụ trách, định kỳ 6 tháng nghe Ủy ban nhân dân báo "
        "cáo kết quả thực hiện quy chế dân chủ ở cơ sở.", "lanh-dao")
    R.h("2. Kết quả thực hiện trên các lĩnh vực")
    R.h("a) Về xây dựng đội ngũ cán bộ, công chức gần dân", style="i")
    R.p("Đội ngũ cán bộ, công chức xã được bồi dưỡng kỹ năng dân vận với 486 lượt người tham "
        "gia; thực hiện nghiêm quy tắc ứng xử, đeo thẻ công chức, niêm yết công khai lịch "
        "tiếp dân tại trụ sở.", "ket-qua.noi-bat")
    R.h("b) Về cải cách hành chính và chuyển đổi số", style="i")
    R.p("Bộ phận Tiếp nhận và trả kết quả được đầu tư đồng bộ; năm 2025 tỷ lệ hồ sơ giải quyết "
        "trực tuyến đạt 86,2%, tỷ lệ hồ sơ đúng hạn đạt 99,4%, không để xảy ra tình trạng gây "
        "phiền hà, sách nhiễu.", "ket-qua.noi-bat")
    R.h("c) Về tiếp công dân, đối thoại và giải quyết đơn thư", style="i")
    R.p("Lãnh đạo Đảng ủy, Ủy ban nhân dân xã tiếp 512 lượt công dân, tổ chức 28 cuộc đối thoại "
        "trực tiếp; tiếp nhận 164 đơn thư, đã giải quyết 158 đơn, đạt 96,3%, không có vụ việc "
        "khiếu kiện đông người.", "ket-qua.noi-bat")
    R.p("Phong trào thi đua Dân vận khéo được duy trì sâu rộng, có 9 mô hình được công nhận, "
        "tiêu biểu là mô hình hiến đất mở đường giao thông nông thôn ở thôn 5 và mô hình chợ "
        "văn minh ở khối 3.", "ket-qua.noi-bat")
    R.h("3. Hạn chế, khuyết điểm và nguyên nhân")
    R.p("Việc tiếp dân định kỳ của người đứng đầu ở một số thời điểm còn chậm, chủ yếu giao cho "
        "bộ phận chuyên môn; chất lượng một số cuộc đối thoại chưa cao.", "ket-qua.han-che",
        kind="dash")
    R.p("Giải quyết một số kiến nghị về đất đai, môi trường còn kéo dài, gây bức xúc trong Nhân "
        "dân ở các thôn ven biển.", "ket-qua.han-che", kind="dash")
    R.p("Nguyên nhân chủ yếu là nhận thức của một bộ phận cán bộ về công tác dân vận chính "
        "quyền chưa đầy đủ; hồ sơ địa chính qua nhiều thời kỳ thiếu thống nhất; cán bộ chuyên "
        "môn còn kiêm nhiệm nhiều việc.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm")
    R.p("Một là, cấp ủy phải thường xuyên lãnh đạo, kiểm tra, giám sát; người đứng đầu phải "
        "gương mẫu, gần dân, sâu sát cơ sở.", "ket-qua.bai-hoc")
    R.p("Hai là, phải công khai, minh bạch mọi chủ trương liên quan trực tiếp đến quyền lợi của "
        "Nhân dân, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng.",
        "ket-qua.bai-hoc")
    R.h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.p("Việc thực hiện Kết luận góp phần củng cố niềm tin của Nhân dân đối với cấp ủy, chính "
        "quyền; mối quan hệ giữa cán bộ và Nhân dân ngày càng gắn bó, tình hình an ninh trật "
        "tự ở địa bàn ổn định.", "tac-dong")
    R.h("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ")
    R.h("1. Phương hướng, nhiệm vụ trong thời gian tới")
    R.p("Tiếp tục quán triệt sâu sắc quan điểm của Đảng về công tác dân vận, gắn với thực hiện "
        "Luật Thực hiện dân chủ ở cơ sở năm 2022.", "ket-qua.giai-phap", kind="dash")
    R.p("Đẩy mạnh chuyển đổi số, phấn đấu đến năm 2030 tỷ lệ hồ sơ trực tuyến toàn trình đạt "
        "trên 90%.", "ket-qua.giai-phap", kind="dash")
    R.h("2. Đề xuất, kiến nghị")
    R.p("Đề nghị Ban Thường vụ Tỉnh ủy quan tâm bố trí kinh phí bồi dưỡng kỹ năng dân vận cho "
        "cán bộ cơ sở sau sắp xếp; chỉ đạo các sở, ngành sớm giải quyết dứt điểm tồn đọng về "
        "đất đai ở các xã ven biển.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy xã "
          "Quỳnh Lưu./.", leak="của Đảng ủy xã Quỳnh Lưu./.")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                 "- Các đồng chí Ủy viên BCH Đảng bộ xã,", "- Lưu Văn phòng Đảng ủy."],
                ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Hồ Văn Thắng"],
                leak=["Hồ Văn Thắng", "Các đồng chí Ủy viên BCH Đảng bộ xã",
                      "Lưu Văn phòng Đảng ủy", "T/M BAN THƯỜNG VỤ"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.center("(Kèm theo Báo cáo số 86-BC/ĐU ngày 15/4/2026 của Đảng ủy xã Quỳnh Lưu)",
             bold=False, italic=True, leak="Kèm theo Báo cáo số 86-BC/ĐU")
    R.table([
        ["TT", "Nội dung", "ĐVT", "Kết quả thực hiện", "", "Ghi chú"],
        ["", "", "", "Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025", ""],
        ["1", "Nghị quyết, chỉ thị, kế hoạch về dân vận chính quyền", "Văn bản", "14", "17", ""],
        ["2", "Hội nghị học tập, quán triệt, sơ kết", "Hội nghị", "11", "13", ""],
        ["3", "Cán bộ, công chức được bồi dưỡng kỹ năng dân vận", "Lượt", "208", "278", ""],
        ["4", "Đối thoại định kỳ của Bí thư, Chủ tịch xã với Nhân dân", "Cuộc", "12", "16", ""],
        ["5", "Tiếp công dân", "Lượt", "236", "276", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "89", "75", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "86", "72", ""],
        ["8", "Mô hình Dân vận khéo được công nhận", "Mô hình", "4", "5", ""],
        ["9", "Hồ sơ TTHC giải quyết trực tuyến", "%", "41,5", "86,2", "Năm cuối nhiệm kỳ"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)],
        bold_rows=(0, 1))
    R.p("Ghi chú: Số liệu nhiệm kỳ 2015 - 2020 là số liệu tổng hợp của thị trấn Cầu Giát và 5 "
        "xã trước khi sáp nhập.", "phu-luc")
    return R


def syt():
    R = Report("syt", "SYT", "so-nganh", "markdown",
               "Bao cao tong ket KL114 - So Y te.md", "2026-04-22", "142/BC-SYT",
               "Lê Thị Hoài Thu",
               figures={"van-ban": 63, "hoi-nghi": 52, "tap-huan": 9845, "doi-thoai": 38,
                        "tiep-dan": 2936, "don-nhan": 1128, "don-giai-quyet": 1097,
                        "dan-van-kheo": 21, "truc-tuyen": 58.3},
               notes="State header as a 2-row table (number | date in row 2); Kính gửi; "
                     "Heading styles with typed numbering (pandoc # headings); context part; "
                     "results 1.1/1.2/1.3 by field at level 3; causes as two dash paragraphs "
                     "with italic run-in labels; solutions and requests as Word bullets; "
                     "dated 22/4 (SYT's own due date is 24/4: on time); appendix: total "
                     "column + 'Trong đó năm 2025' + a 'Trong đó' sub-row.")
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("SỞ Y TẾ", True, False, True)],
               [STATE1, STATE2]),
              ([("Số: 142/BC-SYT", False, False)],
               [("Nghệ An, ngày 22 tháng 4 năm 2026", False, True)])],
             leak=["SỞ Y TẾ", "142/BC-SYT", "Nghệ An, ngày 22 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Kết quả 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả "
             "công tác dân vận của cơ quan nhà nước các cấp trong ngành Y tế",
             leak="cơ quan nhà nước các cấp trong ngành Y tế")
    R.center("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An.", bold=False,
             leak="Kính gửi")
    R.app("Thực hiện Công văn số 1520-CV/BTGDVTU ngày 02/4/2026 của Ban Tuyên giáo và Dân vận "
          "Tỉnh ủy, Sở Y tế báo cáo kết quả như sau:", leak="Công văn số 1520-CV/BTGDVTU")
    R.h("I. ĐẶC ĐIỂM, TÌNH HÌNH", "word", 1)
    R.p("Ngành Y tế Nghệ An hiện có 42 đơn vị trực thuộc Sở với hơn 11.600 cán bộ, viên chức, "
        "người lao động; Đảng bộ Sở có 38 tổ chức cơ sở đảng với 3.412 đảng viên.", "other")
    R.p("Nhu cầu khám, chữa bệnh của Nhân dân ngày càng cao, trong khi nguồn nhân lực y tế ở "
        "tuyến cơ sở, nhất là các xã miền núi phía Tây, còn thiếu và không ổn định.", "other")
    R.h("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN", "word", 1)
    R.p("Ban Thường vụ Đảng ủy Sở đã ban hành 63 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận, "
        "tổ chức 52 hội nghị quán triệt, sơ kết trong toàn ngành; nội dung dân vận được đưa vào "
        "tiêu chí thi đua hằng năm của các đơn vị.", "lanh-dao")
    R.p("Giám đốc Sở chỉ đạo các bệnh viện xây dựng quy tắc ứng xử, thành lập đường dây nóng, "
        "đặt hòm thư góp ý tại khoa khám bệnh và định kỳ khảo sát sự hài lòng của người bệnh.",
        "lanh-dao")
    R.h("III. KẾT QUẢ THỰC HIỆN", "word", 1)
    R.h("1. Kết quả đạt được", "word", 2)
    R.h("1.1. Đổi mới phong cách, thái độ phục vụ", "word", 3)
    R.p("Toàn ngành tổ chức 9.845 lượt tập huấn kỹ năng giao tiếp, ứng xử cho cán bộ y tế; mức "
        "độ hài lòng của người bệnh nội trú năm 2025 đạt 92,7%, tăng 11 điểm phần trăm so với "
        "năm 2016.", "ket-qua.noi-bat")
    R.h("1.2. Cải cách hành chính, chuyển đổi số", "word", 3)
    R.p("Sở đã cung cấp 100% thủ tục hành chính đủ điều kiện trên Cổng dịch vụ công; tỷ lệ hồ "
        "sơ giải quyết trực tuyến năm 2025 đạt 58,3%; triển khai bệnh án điện tử tại 12 bệnh "
        "viện tuyến tỉnh.", "ket-qua.noi-bat")
    R.h("1.3. Tiếp công dân, giải quyết đơn thư", "word", 3)
    R.p("Lãnh đạo Sở và các đơn vị đã tiếp 2.936 lượt công dân, tổ chức 38 cuộc đối thoại; tiếp "
        "nhận 1.128 đơn thư, giải quyết dứt điểm 1.097 đơn, số còn lại đang trong thời hạn xem "
        "xét.", "ket-qua.noi-bat")
    R.p("Toàn ngành có 21 mô hình Dân vận khéo được công nhận, nổi bật là mô hình Bệnh viện "
        "không khói thuốc và mô hình Trạm y tế xã thân thiện với người bệnh.", "ket-qua.noi-bat")
    R.h("2. Hạn chế, tồn tại", "word", 2)
    R.p("Tình trạng quá tải cục bộ ở một số bệnh viện tuyến tỉnh chưa được khắc phục triệt để; "
        "vẫn còn một số trường hợp nhân viên y tế có thái độ thiếu chuẩn mực, bị người bệnh "
        "phản ánh.", "ket-qua.han-che")
    R.p("Tỷ lệ hồ sơ giải quyết trực tuyến của ngành thấp hơn bình quân chung của tỉnh; việc "
        "kết nối dữ liệu giữa các cơ sở khám bệnh, chữa bệnh còn rời rạc.", "ket-qua.han-che")
    R.h("3. Nguyên nhân", "word", 2)
    R.p("nhu cầu khám, chữa bệnh tăng nhanh trong khi cơ sở vật chất, nhân lực y tế chưa đáp "
        "ứng; cơ chế tự chủ tài chính tạo áp lực lớn cho các đơn vị.", "ket-qua.nguyen-nhan",
        kind="dash", label="Nguyên nhân khách quan:", label_style="i")
    R.p("một số cấp ủy, người đứng đầu chưa quan tâm đúng mức đến công tác dân vận; việc kiểm "
        "tra, giám sát thực hiện quy tắc ứng xử có lúc chưa thường xuyên.",
        "ket-qua.nguyen-nhan", kind="dash", label="Nguyên nhân chủ quan:", label_style="i")
    R.h("4. Bài học kinh nghiệm", "word", 2)
    R.p("Lấy sự hài lòng của người bệnh làm thước đo chất lượng phục vụ; gắn trách nhiệm người "
        "đứng đầu với kết quả thực hiện quy tắc ứng xử tại đơn vị.", "ket-qua.bai-hoc")
    R.h("IV. HIỆU QUẢ, TÁC ĐỘNG", "word", 1)
    R.p("Hình ảnh người thầy thuốc ngày càng được Nhân dân tin yêu; số vụ việc phản ánh về thái "
        "độ phục vụ giảm rõ rệt, góp phần nâng cao uy tín của ngành Y tế và niềm tin của Nhân "
        "dân đối với chính quyền.", "tac-dong")
    R.h("V. NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2026 - 2030", "word", 1)
    R.p("Tiếp tục đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng của người bệnh; xử "
        "lý nghiêm các trường hợp vi phạm quy tắc ứng xử.", "ket-qua.giai-phap", kind="bullet")
    R.p("Đẩy mạnh chuyển đổi số trong quản lý bệnh viện, phấn đấu đến năm 2030 có 100% bệnh "
        "viện tuyến tỉnh sử dụng bệnh án điện tử.", "ket-qua.giai-phap", kind="bullet")
    R.h("VI. KIẾN NGHỊ, ĐỀ XUẤT", "word", 1)
    R.p("Đề nghị Ủy ban nhân dân tỉnh bố trí nguồn lực nâng cấp trạm y tế các xã miền núi; có "
        "chính sách thu hút bác sĩ về công tác tại vùng khó khăn.", "kien-nghi", kind="bullet")
    R.p("Đề nghị Bộ Y tế sớm ban hành bộ tiêu chí thống nhất đánh giá sự hài lòng của người "
        "bệnh trên nền tảng số.", "kien-nghi", kind="bullet")
    R.app("Sở Y tế báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
          leak="Sở Y tế báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp")
    R.signature(["- Như trên;", "- Đảng ủy Sở;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Thị Hoài Thu"],
                leak=["Lê Thị Hoài Thu", "KT. GIÁM ĐỐC", "Giám đốc, các PGĐ Sở"])
    R.pagebreak()
    R.center("Phụ lục")
    R.center("BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.center("(Kèm theo Báo cáo số 142/BC-SYT ngày 22/4/2026 của Sở Y tế)", bold=False,
             italic=True, leak="Kèm theo Báo cáo số 142/BC-SYT")
    R.table([
        ["STT", "Chỉ tiêu", "ĐVT", "Tổng số (2015 - 2025)", "Trong đó năm 2025", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo về công tác dân vận", "Văn bản", "63", "7", ""],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "52", "6", ""],
        ["3", "Lượt CBCCVC được tập huấn kỹ năng giao tiếp, ứng xử", "Lượt", "9.845", "1.320", ""],
        ["4", "Đối thoại của người đứng đầu với người bệnh, Nhân dân", "Cuộc", "38", "5", ""],
        ["5", "Tiếp công dân", "Lượt", "2.936", "311", ""],
        ["6", "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn", "1.128", "104", ""],
        ["", "Trong đó: đơn khiếu nại, tố cáo", "Đơn", "214", "18", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "1.097", "96", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "21", "3", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "58,3", "58,3", "Số liệu năm 2025"],
    ])
    return R


def snnmt():
    R = Report("snnmt", "SNNMT", "so-nganh", "markdown",
               "SNNMT_BC tong ket 10 nam KL 114.md", "2026-04-21", "389/BC-SNNMT",
               "Phạm Văn Hòa", problems=["late"], tolerated=["pseudo-heading"],
               figures={"van-ban": 52, "hoi-nghi": 31, "tap-huan": 3215, "doi-thoai": 22,
                        "tiep-dan": 1742, "don-nhan": 864, "don-giai-quyet": 823,
                        "dan-van-kheo": 10, "truc-tuyen": 74.6},
               notes="State header one row (number in the left cell, blank line before the "
                     "date); headings numbered 'I/' and '1/' in bold; the results' "
                     "sub-sections written as flat parts III/..VIII/; appendix as two tables "
                     "of successive periods (Biểu 1 2015-2020, Biểu 2 2021-2025), no total; "
                     "dated 21/4: late.")
    R.header([([("UBND TỈNH NGHỆ AN", False, False),
                ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False, True),
                ("Số: 389/BC-SNNMT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 21 tháng 4 năm 2026", False, True)])],
             leak=["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "389/BC-SNNMT", "ngày 21 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư "
             "khóa XI", leak="Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư khóa XI")
    R.app("Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy; Sở Nông "
          "nghiệp và Môi trường báo cáo kết quả thực hiện như sau:",
          leak="Căn cứ Kế hoạch số 86-KH/TU")
    R.h("I/ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT")
    R.p("Đảng ủy Sở và Đảng ủy hai sở trước hợp nhất đã ban hành 52 văn bản lãnh đạo, chỉ đạo; "
        "tổ chức 31 hội nghị quán triệt, sơ kết, gắn thực hiện Kết luận với Chương trình mục "
        "tiêu quốc gia xây dựng nông thôn mới.", "lanh-dao")
    R.p("Lãnh đạo Sở phân công rõ trách nhiệm từng phòng, đơn vị trong tiếp nhận, xử lý phản "
        "ánh về đất đai, môi trường; kết quả thực hiện được đưa vào đánh giá, xếp loại chi bộ "
        "hằng năm.", "lanh-dao")
    R.h("II/ KẾT QUẢ ĐẠT ĐƯỢC")
    R.h("1/ Trong lĩnh vực đất đai, môi trường", style="bi")
    R.p("Sở đã tham mưu giải quyết 823 đơn thư trên tổng số 864 đơn thư tiếp nhận, chủ yếu liên "
        "quan đến cấp giấy chứng nhận quyền sử dụng đất, bồi thường giải phóng mặt bằng và ô "
        "nhiễm môi trường.", "ket-qua.noi-bat")
    R.p("Lãnh đạo Sở tiếp 1.742 lượt công dân và tổ chức 22 cuộc đối thoại với người dân có đất "
        "bị thu hồi tại các dự án trọng điểm của tỉnh.", "ket-qua.noi-bat")
    R.h("2/ Trong lĩnh vực nông nghiệp, nông thôn", style="bi")
    R.p("Cán bộ của Sở trực tiếp về cơ sở hướng dẫn Nhân dân chuyển đổi cơ cấu cây trồng, vật "
        "nuôi; có 10 mô hình Dân vận khéo được công nhận, tiêu biểu là mô hình cánh đồng lớn "
        "liên kết tiêu thụ lúa ở Yên Thành.", "ket-qua.noi-bat")
    R.h("3/ Trong cải cách hành chính", style="bi")
    R.p("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 74,6%; thời gian "
        "giải quyết thủ tục đất đai được rút ngắn bình quân 5 ngày so với quy định; 3.215 lượt "
        "công chức được bồi dưỡng kỹ năng tiếp dân.", "ket-qua.noi-bat")
    R.h("III/ TỒN TẠI, HẠN CHẾ")
    R.p("Việc giải quyết một số vụ việc tranh chấp, khiếu nại về đất đai còn kéo dài qua nhiều "
        "năm; tình trạng ô nhiễm ở một số làng nghề, khu chăn nuôi tập trung chưa được xử lý "
        "dứt điểm.", "ket-qua.han-che")
    R.h("IV/ NGUYÊN NHÂN")
    R.p("Hệ thống pháp luật về đất đai thay đổi nhiều lần, hồ sơ lưu trữ không đầy đủ; lực "
        "lượng cán bộ địa chính, môi trường ở cơ sở mỏng, kiêm nhiệm, ít được bồi dưỡng kỹ năng "
        "vận động quần chúng.", "ket-qua.nguyen-nhan")
    R.h("V/ BÀI HỌC KINH NGHIỆM")
    R.p("Muốn dân tin, dân theo thì chủ trương phải hợp lòng dân, lợi ích phải được công khai, "
        "phân chia công bằng; cán bộ phải xuống tận thôn, xóm để đối thoại, thuyết phục.",
        "ket-qua.bai-hoc")
    R.h("VI/ TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.p("Nhiều dự án giao thông, thủy lợi được Nhân dân đồng thuận hiến đất, bàn giao mặt bằng "
        "sớm; niềm tin của nông dân đối với chủ trương của Đảng, chính sách của Nhà nước được "
        "nâng lên.", "tac-dong")
    R.h("VII/ GIẢI PHÁP TRONG THỜI GIAN TỚI")
    R.p("Hoàn thiện cơ sở dữ liệu đất đai, công khai quy hoạch, kế hoạch sử dụng đất đến từng "
        "thôn, bản; tăng cường đối thoại với người dân bị thu hồi đất trước khi phê duyệt "
        "phương án bồi thường.", "ket-qua.giai-phap")
    R.h("VIII/ KIẾN NGHỊ")
    R.p("Kiến nghị Trung ương sớm ban hành nghị định hướng dẫn xử lý hồ sơ đất đai tồn đọng qua "
        "các thời kỳ; đề nghị Ủy ban nhân dân tỉnh bổ sung biên chế công chức địa chính cho các "
        "xã sau sắp xếp.", "kien-nghi")
    R.app("Trên đây là báo cáo của Sở Nông nghiệp và Môi trường./.",
          leak="Trên đây là báo cáo của Sở Nông nghiệp và Môi trường")
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- UBND tỉnh (b/c);", "- Giám đốc Sở;",
                 "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Phạm Văn Hòa"],
                leak=["Phạm Văn Hòa", "PHÓ GIÁM ĐỐC"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU KÈM THEO")
    R.h("Biểu 1. Giai đoạn 2015 - 2020", style="bold")
    labels = ["Văn bản chỉ đạo (nghị quyết, kế hoạch, chương trình)",
              "Hội nghị quán triệt, sơ kết, tổng kết",
              "Lượt công chức, viên chức được bồi dưỡng",
              "Cuộc đối thoại với Nhân dân", "Lượt tiếp công dân",
              "Đơn thư tiếp nhận (khiếu nại, tố cáo, kiến nghị, phản ánh)",
              "Đơn thư đã giải quyết", "Mô hình Dân vận khéo", "Tỷ lệ hồ sơ trực tuyến (%)"]
    p1 = ["24", "14", "1.465", "9", "802", "412", "391", "4", "28,4"]
    p2 = ["28", "17", "1.750", "13", "940", "452", "432", "6", "74,6"]
    R.table([["STT", "Chỉ tiêu", "Số liệu"]] +
            [[str(i + 1), labels[i], p1[i]] for i in range(9)])
    R.h("Biểu 2. Giai đoạn 2021 - 2025", style="bold")
    R.table([["STT", "Chỉ tiêu", "Số liệu"]] +
            [[str(i + 1), labels[i], p2[i]] for i in range(9)])
    return R


def duqs():
    R = Report("duqs", "DUQS", "dang-uy-truc-thuoc", "markdown", "BC so 215 DUQS.md",
               "2026-04-09", "215-BC/ĐU", "Trần Quốc Hưng",
               figures={"van-ban": 44, "hoi-nghi": 38, "tap-huan": 4520, "doi-thoai": 8,
                        "tiep-dan": 212, "don-nhan": 37, "don-giai-quyet": 37,
                        "dan-van-kheo": 15, "truc-tuyen": None},
               notes="Headings in Word Heading styles with automatic multilevel numbering "
                     "(pandoc drops the numbers: '# KẾT QUẢ THỰC HIỆN' unnumbered); no "
                     "opening formula; signer with a rank on the name line ('Đại tá'); "
                     "appendix with a title row merged across the table, TTHC rate 'x' "
                     "with a note (not the unit's duty).")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY QUÂN SỰ TỈNH", True, False),
                ("*", False, False), ("Số 215-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 09 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY QUÂN SỰ TỈNH", "Số 215-BC/ĐU", "ngày 09 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI) về nâng "
             "cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp", leak=SUBJ_LEAK)
    R.h("KHÁI QUÁT TÌNH HÌNH", "auto", 1)
    R.p("Đảng bộ Quân sự tỉnh có 27 tổ chức cơ sở đảng, lãnh đạo toàn diện các cơ quan, đơn vị "
        "thuộc Bộ Chỉ huy Quân sự tỉnh, đứng chân trên địa bàn có 468 km đường biên giới và "
        "nhiều xã đặc biệt khó khăn.", "other")
    R.h("CÔNG TÁC QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO", "auto", 1)
    R.p("Đảng ủy Quân sự tỉnh ban hành 44 nghị quyết, chỉ thị, kế hoạch lãnh đạo công tác dân "
        "vận; tổ chức 38 hội nghị quán triệt, sơ kết, gắn với thực hiện Nghị quyết số "
        "49-NQ/QUTW của Quân ủy Trung ương về công tác dân vận trong tình hình mới.", "lanh-dao")
    R.p("Cấp ủy, chỉ huy các cơ quan, đơn vị đưa chỉ tiêu công tác dân vận vào nghị quyết lãnh "
        "đạo hằng năm; tập huấn cho 4.520 lượt cán bộ, chiến sĩ về kỹ năng tuyên truyền, vận "
        "động quần chúng.", "lanh-dao")
    R.h("KẾT QUẢ THỰC HIỆN", "auto", 1)
    R.h("Ưu điểm", "auto", 2)
    R.p("Các đơn vị đã tham gia giúp Nhân dân hơn 52.000 ngày công, xây dựng 146 nhà Đồng đội, "
        "nhà tình nghĩa; phối hợp tổ chức 8 cuộc đối thoại với Nhân dân ở các xã biên giới về "
        "chính sách hậu phương quân đội.", "ket-qua.noi-bat")
    R.p("Cơ quan quân sự các cấp tiếp 212 lượt công dân, tiếp nhận 37 đơn thư và giải quyết "
        "xong 37 đơn; 15 mô hình Dân vận khéo trong lực lượng vũ trang được cấp có thẩm quyền "
        "công nhận.", "ket-qua.noi-bat")
    R.h("Hạn chế", "auto", 2)
    R.p("Công tác nắm tình hình Nhân dân ở một số địa bàn giáp biên còn chưa thường xuyên; kỹ "
        "năng tuyên truyền của một số cán bộ trẻ còn hạn chế.", "ket-qua.han-che")
    R.h("Nguyên nhân của hạn chế", "auto", 2)
    R.p("Địa bàn rộng, giao thông đi lại khó khăn; nhiệm vụ huấn luyện, sẵn sàng chiến đấu nặng "
        "nề, thời gian dành cho công tác dân vận của cán bộ còn ít.", "ket-qua.nguyen-nhan")
    R.h("Bài học kinh nghiệm", "auto", 2)
    R.p("Phải phát huy vai trò của cấp ủy và người chỉ huy; mỗi cán bộ, chiến sĩ là một tuyên "
        "truyền viên, làm công tác dân vận bằng việc làm cụ thể, thiết thực.", "ket-qua.bai-hoc")
    R.h("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "auto", 1)
    R.p("Mối quan hệ đoàn kết quân dân được củng cố, thế trận lòng dân ngày càng vững chắc; "
        "niềm tin của Nhân dân vùng biên giới đối với Đảng, Nhà nước và Quân đội được nâng "
        "lên.", "tac-dong")
    R.h("PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", "auto", 1)
    R.p("Tiếp tục đổi mới nội dung, phương thức công tác dân vận của lực lượng vũ trang tỉnh, "
        "gắn với xây dựng khu vực phòng thủ vững chắc và xây dựng nông thôn mới ở các xã biên "
        "giới.", "ket-qua.giai-phap")
    R.h("ĐỀ XUẤT, KIẾN NGHỊ", "auto", 1)
    R.p("Đề nghị Tỉnh ủy, Ủy ban nhân dân tỉnh tiếp tục bố trí kinh phí hỗ trợ xây dựng nhà "
        "Đồng đội, nhà tình nghĩa cho gia đình chính sách ở các huyện miền núi.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy Quân "
          "sự tỉnh./.", leak="của Đảng ủy Quân sự tỉnh./.")
    R.signature(["- Thường trực Tỉnh ủy (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                 "- Lưu: VP, 02b."],
                ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Đại tá Trần Quốc Hưng"],
                leak=["Trần Quốc Hưng", "T/M ĐẢNG ỦY", "Lưu: VP, 02b"])
    R.pagebreak()
    R.center("PHỤ LỤC SỐ LIỆU")
    R.table([
        ["SỐ LIỆU TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN 114-KL/TW", "", "", ""],
        ["STT", "Nội dung", "Số lượng", "Ghi chú"],
        ["1", "Nghị quyết, chỉ thị, kế hoạch lãnh đạo công tác dân vận", "44", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "38", ""],
        ["3", "Lượt cán bộ, chiến sĩ được tập huấn công tác dân vận", "4.520", ""],
        ["4", "Đối thoại với Nhân dân", "8", "Phối hợp với chính quyền địa phương"],
        ["5", "Lượt tiếp công dân", "212", ""],
        ["6", "Đơn thư tiếp nhận", "37", ""],
        ["7", "Đơn thư đã giải quyết", "37", ""],
        ["8", "Mô hình Dân vận khéo", "15", ""],
        ["9", "Tỷ lệ TTHC giải quyết trực tuyến", "x", "Đơn vị không giải quyết TTHC cho công dân"],
    ], merges=[(0, 0, 0, 3)], bold_rows=(0, 1))
    return R


def td():
    R = Report("td", "TD", "mttq-doan-the", "markdown", "Tinh doan - BC 114.md", "2026-04-16",
               "512-BC/TĐTN-BTG", "Lê Văn Toàn", tolerated=["pseudo-heading"],
               figures={"van-ban": 33, "hoi-nghi": 27, "tap-huan": 2640, "doi-thoai": 41,
                        "tiep-dan": None, "don-nhan": 318, "don-giai-quyet": 296,
                        "dan-van-kheo": 12, "truc-tuyen": None},
               notes="Youth Union header (TỈNH ĐOÀN NGHỆ AN / *** | ĐOÀN TNCS HỒ CHÍ MINH); "
                     "top level numbered '1.'..'5.' in bold, sub-sections '2.1.'..'2.4.' bold "
                     "italic; solutions after impact as a top-level part ('4.'); most text "
                     "as Word bullets; appendix with group rows I/II, 'Không có nhiệm vụ' "
                     "and 'Không áp dụng' cells; youth petitions counted as đơn thư.")
    R.header([([("TỈNH ĐOÀN NGHỆ AN", True, False), ("***", False, False),
                ("Số: 512-BC/TĐTN-BTG", False, False)],
               [("ĐOÀN TNCS HỒ CHÍ MINH", True, False, True), ("", False, False),
                ("Nghệ An, ngày 16 tháng 4 năm 2026", False, True)])],
             leak=["TỈNH ĐOÀN NGHỆ AN", "512-BC/TĐTN-BTG", "ngày 16 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu "
             "quả công tác dân vận của cơ quan nhà nước các cấp", leak=SUBJ_LEAK)
    R.h("1. Công tác tham mưu, lãnh đạo, chỉ đạo")
    R.p("Ban Thường vụ Tỉnh đoàn đã tham mưu Ban Thường vụ Tỉnh ủy và ban hành theo thẩm quyền "
        "33 văn bản chỉ đạo, hướng dẫn các cấp bộ Đoàn tham gia công tác dân vận chính quyền, "
        "gắn với Chương trình phối hợp giữa Tỉnh đoàn và Ủy ban nhân dân tỉnh.", "lanh-dao")
    R.p("Tổ chức 27 hội nghị quán triệt, sơ kết cho cán bộ Đoàn chủ chốt các cấp, lồng ghép "
        "trong sinh hoạt chi đoàn định kỳ hằng tháng.", "lanh-dao", kind="bullet")
    R.p("Đưa chỉ tiêu tham gia xây dựng chính quyền vào chương trình công tác Đoàn và phong "
        "trào thanh niên hằng năm.", "lanh-dao", kind="bullet")
    R.h("2. Kết quả thực hiện")
    R.h("2.1. Những kết quả nổi bật", style="bi")
    R.p("Tập huấn kỹ năng dân vận, kỹ năng nắm bắt dư luận xã hội cho 2.640 lượt cán bộ Đoàn, "
        "đoàn viên là cán bộ, công chức, viên chức trẻ.", "ket-qua.noi-bat", kind="bullet")
    R.p("Duy trì 41 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền các cấp với thanh "
        "niên theo Quyết định số 1003/QĐ-TTg, tiếp nhận và chuyển 318 ý kiến, kiến nghị của "
        "thanh niên đến cơ quan có thẩm quyền.", "ket-qua.noi-bat", kind="bullet")
    R.p("Đội hình thanh niên tình nguyện hỗ trợ người dân thực hiện thủ tục hành chính trên môi "
        "trường số tại 460 điểm, góp phần nâng tỷ lệ hồ sơ trực tuyến của các địa phương.",
        "ket-qua.noi-bat", kind="bullet")
    R.p("Có 12 mô hình Dân vận khéo của tổ chức Đoàn được cấp ủy các cấp công nhận, tiêu biểu "
        "là mô hình Tổ công nghệ số cộng đồng thanh niên.", "ket-qua.noi-bat", kind="bullet")
    R.h("2.2. Tồn tại, hạn chế", style="bi")
    R.p("Chất lượng một số cuộc đối thoại với thanh niên còn hình thức, việc theo dõi, đôn đốc "
        "giải quyết kiến nghị sau đối thoại chưa chặt chẽ.", "ket-qua.han-che", kind="bullet")
    R.p("Một bộ phận cán bộ Đoàn cơ sở chưa chủ động nắm bắt tâm tư, nguyện vọng của thanh "
        "niên, nhất là thanh niên công nhân, thanh niên di cư.", "ket-qua.han-che",
        kind="bullet")
    R.h("2.3. Nguyên nhân", style="bi")
    R.p("Cán bộ Đoàn cơ sở thường xuyên thay đổi, phần lớn kiêm nhiệm; kinh phí cho hoạt động "
        "của Đoàn ở cơ sở còn hạn hẹp; một số cấp ủy chưa quan tâm đúng mức đến việc phát huy "
        "vai trò của Đoàn.", "ket-qua.nguyen-nhan")
    R.h("2.4. Bài học kinh nghiệm", style="bi")
    R.p("Phải bám sát sự lãnh đạo của cấp ủy, chủ động tham mưu; lấy đoàn viên, thanh niên làm "
        "trung tâm, phát huy tinh thần xung kích của tuổi trẻ trong thực hiện nhiệm vụ chính "
        "trị ở địa phương.", "ket-qua.bai-hoc")
    R.h("3. Hiệu quả, tác động")
    R.p("Thông qua các hoạt động của Đoàn, niềm tin của thanh niên đối với chính quyền được "
        "củng cố; nhiều kiến nghị chính đáng của thanh niên về việc làm, khởi nghiệp được giải "
        "quyết kịp thời.", "tac-dong")
    R.h("4. Giải pháp trong giai đoạn tới")
    R.p("Đổi mới hình thức đối thoại giữa người đứng đầu với thanh niên theo hướng thực chất, "
        "gắn với giải quyết các vấn đề cụ thể ở địa phương.", "ket-qua.giai-phap",
        kind="bullet")
    R.p("Nhân rộng mô hình Tổ công nghệ số cộng đồng thanh niên, hỗ trợ người dân sử dụng dịch "
        "vụ công trực tuyến toàn trình.", "ket-qua.giai-phap", kind="bullet")
    R.h("5. Kiến nghị")
    R.p("Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo cấp ủy, chính quyền các cấp duy trì đối thoại "
        "định kỳ với thanh niên ít nhất mỗi năm một lần; bố trí kinh phí cho hoạt động của Đoàn "
        "ở xã, phường sau sắp xếp.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Tỉnh đoàn./.", leak="của Ban Thường vụ Tỉnh đoàn./.")
    R.signature(["- Ban Thường vụ Trung ương Đoàn (b/c);",
                 "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VP, BTG."],
                ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "", "", "Lê Văn Toàn"],
                leak=["Lê Văn Toàn", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
                      "Ban Thường vụ Trung ương Đoàn (b/c)"])
    R.center("SỐ LIỆU KÈM THEO")
    R.table([
        ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"],
        ["I", "Công tác lãnh đạo, chỉ đạo", "", "", ""],
        ["1", "Văn bản chỉ đạo, hướng dẫn", "Văn bản", "33", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "27", ""],
        ["II", "Kết quả thực hiện", "", "", ""],
        ["3", "Cán bộ Đoàn, đoàn viên được tập huấn", "Lượt", "2.640", ""],
        ["4", "Đối thoại giữa người đứng đầu với thanh niên", "Cuộc", "41", ""],
        ["5", "Tiếp công dân", "Lượt", "Không có nhiệm vụ", ""],
        ["6", "Ý kiến, kiến nghị của thanh niên tiếp nhận", "Ý kiến", "318",
         "Chuyển cơ quan có thẩm quyền"],
        ["7", "Kiến nghị đã được giải quyết, trả lời", "Ý kiến", "296", ""],
        ["8", "Mô hình Dân vận khéo được công nhận", "Mô hình", "12", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "Không áp dụng", ""],
    ])
    return R


def btctu():
    R = Report("btctu", "BTCTU", "co-quan-tham-muu", "gfm", "BTCTU bao cao 114.md",
               "2026-04-14", "425-BC/BTCTU", "Phan Văn Lâm",
               figures={"van-ban": 36, "hoi-nghi": 20, "tap-huan": 1280, "doi-thoai": 6,
                        "tiep-dan": 86, "don-nhan": 58, "don-giai-quyet": 58,
                        "dan-van-kheo": 3, "truc-tuyen": 97.8},
               notes="Converted with pandoc -t gfm: header and signature tables as raw HTML "
                     "(<p> per line), headings as # from Word Heading styles; the outline "
                     "regrouped: I. results holding leadership + achievements; II. limits, "
                     "causes and lessons; IV. solutions and requests; appendix header "
                     "'Kết quả' merged over 2015-2020 / 2021-2025 / Tổng cộng (gfm flattens "
                     "the merge: the periods sit in the first data row).")
    R.header([([("TỈNH ỦY NGHỆ AN", False, False), ("BAN TỔ CHỨC", True, False),
                ("*", False, False), ("Số 425-BC/BTCTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 14 tháng 4 năm 2026", False, True)])],
             leak=["BAN TỔ CHỨC", "425-BC/BTCTU", "ngày 14 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
             leak="Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư")
    R.h("I. KẾT QUẢ THỰC HIỆN", "word", 1)
    R.h("1. Công tác lãnh đạo, chỉ đạo", "word", 2)
    R.p("Lãnh đạo Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành và ban hành theo thẩm quyền 36 "
        "văn bản, trọng tâm là quy định về đánh giá cán bộ gắn với sự hài lòng của Nhân dân và "
        "trách nhiệm nêu gương của người đứng đầu.", "lanh-dao")
    R.p("Chi bộ cơ quan tổ chức 20 hội nghị quán triệt, sơ kết; đưa tiêu chí gần dân, trọng dân "
        "vào kiểm điểm, đánh giá cán bộ, công chức của Ban cuối năm.", "lanh-dao")
    R.h("2. Kết quả nổi bật", "word", 2)
    R.p("Tham mưu tổ chức bồi dưỡng kỹ năng dân vận cho 1.280 lượt cán bộ làm công tác tổ chức "
        "các cấp; phối hợp tổ chức 6 cuộc đối thoại giữa lãnh đạo Ban với cán bộ, công chức cấp "
        "xã trong quá trình sắp xếp tổ chức bộ máy.", "ket-qua.noi-bat")
    R.p("Ban đã tiếp 86 lượt công dân, tiếp nhận 58 đơn thư liên quan đến công tác cán bộ, giải "
        "quyết 58 đơn theo thẩm quyền; có 3 mô hình Dân vận khéo trong khối cơ quan được công "
        "nhận.", "ket-qua.noi-bat")
    R.h("II. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM", "word", 1)
    R.h("1. Hạn chế", "word", 2)
    R.p("Việc lấy ý kiến Nhân dân nơi cư trú đối với cán bộ có nơi còn hình thức; công tác nắm "
        "bắt tâm tư, nguyện vọng của cán bộ dôi dư sau sắp xếp chưa kịp thời.", "ket-qua.han-che")
    R.h("2. Nguyên nhân", "word", 2)
    R.p("Khối lượng công việc sắp xếp bộ máy rất lớn trong thời gian ngắn; một số cấp ủy cơ sở "
        "chưa quan tâm đúng mức tới công tác tư tưởng trong quá trình thực hiện.",
        "ket-qua.nguyen-nhan")
    R.h("3. Bài học kinh nghiệm", "word", 2)
    R.p("Công tác cán bộ phải công khai, dân chủ, khách quan; mọi quyết định liên quan đến con "
        "người phải được chuẩn bị kỹ lưỡng về tư tưởng, lắng nghe ý kiến của cán bộ và Nhân "
        "dân.", "ket-qua.bai-hoc")
    R.h("III. ĐÁNH GIÁ TÁC ĐỘNG", "word", 1)
    R.p("Việc thực hiện Kết luận góp phần xây dựng đội ngũ cán bộ có phẩm chất, gần dân; sự "
        "đồng thuận của cán bộ, đảng viên và Nhân dân đối với chủ trương sắp xếp tổ chức bộ máy "
        "được nâng lên rõ rệt.", "tac-dong")
    R.h("IV. GIẢI PHÁP VÀ KIẾN NGHỊ", "word", 1)
    R.h("1. Giải pháp", "word", 2)
    R.p("Tiếp tục hoàn thiện quy định về đánh giá cán bộ theo kết quả, sản phẩm cụ thể và mức "
        "độ hài lòng của Nhân dân; bồi dưỡng kỹ năng dân vận cho cán bộ cấp xã sau sắp xếp.",
        "ket-qua.giai-phap")
    R.h("2. Kiến nghị", "word", 2)
    R.p("Đề nghị Ban Tổ chức Trung ương sớm hướng dẫn thống nhất tiêu chí đánh giá mức độ hài "
        "lòng của Nhân dân đối với cán bộ, công chức để áp dụng thống nhất trong cả nước.",
        "kien-nghi")
    R.signature(["- Thường trực Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                 "- Lãnh đạo Ban,", "- Lưu VT, phòng TCĐ-ĐV."],
                ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "", "", "Phan Văn Lâm"],
                leak=["Phan Văn Lâm", "K/T TRƯỞNG BAN", "Lưu VT, phòng TCĐ-ĐV"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.table([
        ["STT", "Chỉ tiêu", "Kết quả", "", ""],
        ["", "", "2015 - 2020", "2021 - 2025", "Tổng cộng"],
        ["1", "Văn bản lãnh đạo, chỉ đạo, hướng dẫn được ban hành", "16", "20", "36"],
        ["2", "Hội nghị quán triệt, sơ kết", "9", "11", "20"],
        ["3", "Lượt cán bộ được bồi dưỡng kỹ năng dân vận", "520", "760", "1.280"],
        ["4", "Cuộc đối thoại", "2", "4", "6"],
        ["5", "Lượt tiếp công dân", "40", "46", "86"],
        ["6", "Đơn thư tiếp nhận", "27", "31", "58"],
        ["7", "Đơn thư đã giải quyết", "27", "31", "58"],
        ["8", "Mô hình Dân vận khéo", "1", "2", "3"],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến (%)", "90,1", "97,8", "97,8"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)], bold_rows=(0, 1))
    return R


def hnd():
    R = Report("hnd", "HND", "mttq-doan-the", "markdown_strict", "HND BC tong ket KL114.md",
               "2026-04-11", "215-BC/HNDT", "Võ Văn Lực", tolerated=["pseudo-heading"],
               figures={"van-ban": 35, "hoi-nghi": 42, "tap-huan": 4860, "doi-thoai": 37,
                        "tiep-dan": None, "don-nhan": 254, "don-giai-quyet": 247,
                        "dan-van-kheo": 31, "truc-tuyen": None},
               notes="Converted with pandoc -t markdown_strict: every table raw HTML; bold "
                     "paragraph headings; 'PHẦN THỨ NHẤT' / title as two centred bold lines "
                     "over I.-V., 'PHẦN THỨ HAI' / 'NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ' over "
                     "I. (solutions) and II. (requests); limits and causes under one part with "
                     "italic sub-lines; appendix turned (indicators across, one row per "
                     "period and a Tổng cộng row) with a note saying two duties are not the "
                     "association's.")
    R.header([([("HỘI NÔNG DÂN TỈNH NGHỆ AN", True, False), ("BAN THƯỜNG VỤ", True, False),
                ("*", False, False), ("Số: 215-BC/HNDT", False, False)],
               [("HỘI NÔNG DÂN VIỆT NAM", True, False, True), ("", False, False),
                ("Nghệ An, ngày 11 tháng 4 năm 2026", False, True)])],
             leak=["HỘI NÔNG DÂN TỈNH NGHỆ AN", "215-BC/HNDT", "ngày 11 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.center("PHẦN THỨ NHẤT")
    R.center("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Ban Thường vụ Hội Nông dân tỉnh ban hành 35 văn bản hướng dẫn các cấp Hội phối hợp với "
        "chính quyền thực hiện Kết luận; tổ chức 42 hội nghị quán triệt, sơ kết chuyên đề đến "
        "cán bộ Hội chủ chốt.", "lanh-dao")
    R.h("II. KẾT QUẢ ĐẠT ĐƯỢC")
    R.p("Các cấp Hội đã phối hợp tổ chức 37 hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân với "
        "nông dân, tập trung vào chính sách đất đai, tín dụng và tiêu thụ nông sản; tập huấn kỹ "
        "năng vận động cho 4.860 lượt cán bộ Hội.", "ket-qua.noi-bat")
    R.p("Hội đã tiếp nhận 254 đơn thư, ý kiến của hội viên, nông dân, phối hợp giải quyết và "
        "chuyển cơ quan có thẩm quyền 247 trường hợp; 31 mô hình Dân vận khéo của các cấp Hội "
        "được công nhận.", "ket-qua.noi-bat")
    R.h("III. NHỮNG TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
    R.h("1. Tồn tại, hạn chế", style="i")
    R.p("Việc giám sát của Hội đối với cán bộ, công chức trong thực hiện thủ tục hành chính ở "
        "cơ sở chưa thường xuyên; một số kiến nghị của nông dân chậm được phản hồi.",
        "ket-qua.han-che")
    R.h("2. Nguyên nhân", style="i")
    R.p("Cán bộ Hội cơ sở chủ yếu kiêm nhiệm, tuổi cao, ít được bồi dưỡng; cơ chế phối hợp giữa "
        "Hội với chính quyền ở một số nơi chưa được thực hiện nghiêm túc.",
        "ket-qua.nguyen-nhan")
    R.h("IV. BÀI HỌC KINH NGHIỆM")
    R.p("Phải bám sát cơ sở, nắm chắc tâm tư, nguyện vọng của nông dân; chủ động đề xuất với cấp "
        "ủy, chính quyền những vấn đề nông dân quan tâm, bức xúc.", "ket-qua.bai-hoc")
    R.h("V. TÁC ĐỘNG")
    R.p("Nông dân tin tưởng hơn vào sự lãnh đạo của Đảng, tích cực tham gia xây dựng nông thôn "
        "mới, hiến đất làm đường, đóng góp ngày công; vai trò của Hội trong xây dựng chính "
        "quyền được khẳng định.", "tac-dong")
    R.center("PHẦN THỨ HAI")
    R.center("NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ")
    R.h("I. NHIỆM VỤ, GIẢI PHÁP")
    R.p("Nâng cao chất lượng các hội nghị đối thoại giữa chính quyền với nông dân; đẩy mạnh hỗ "
        "trợ hội viên chuyển đổi số trong sản xuất, tiêu thụ nông sản.", "ket-qua.giai-phap")
    R.h("II. KIẾN NGHỊ")
    R.p("Đề nghị Ủy ban nhân dân tỉnh ban hành quy chế phối hợp mới với Hội Nông dân tỉnh phù "
        "hợp với mô hình chính quyền địa phương hai cấp.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Hội Nông dân tỉnh./.", leak="của Ban Thường vụ Hội Nông dân tỉnh./.")
    R.signature(["- Trung ương Hội NDVN (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                 "- Lưu VP."],
                ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Võ Văn Lực"],
                leak=["Võ Văn Lực", "Trung ương Hội NDVN (b/c)"])
    R.h("BIỂU SỐ LIỆU", style="center")
    R.table([
        ["Giai đoạn", "Văn bản chỉ đạo", "Hội nghị quán triệt, sơ kết",
         "Lượt cán bộ Hội được tập huấn", "Đối thoại với nông dân", "Đơn thư tiếp nhận",
         "Đơn thư đã giải quyết", "Mô hình Dân vận khéo"],
        ["2015 - 2020", "16", "19", "2.140", "17", "118", "114", "13"],
        ["2021 - 2025", "19", "23", "2.720", "20", "136", "133", "18"],
        ["Tổng cộng", "35", "42", "4.860", "37", "254", "247", "31"],
    ], labels="header")
    R.p("Ghi chú: Hội Nông dân tỉnh không có nhiệm vụ tiếp công dân và giải quyết thủ tục hành "
        "chính nên không thống kê các chỉ tiêu này.", "phu-luc")
    return R


REPORTS = [x003, syt, snnmt, duqs, td, btctu, hnd]
