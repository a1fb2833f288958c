"""Reports 7-12 of probe41."""

from docbuild import Report41 as Report
from reports_a import PARTY, STATE1, STATE2, RULE, SUBJECT, SUBJ_LEAK


def snnmt():
    R = Report("snnmt", "SNNMT", "so-nganh", "docx", "BC 1530 tong ket KL114 - SNNMT.docx",
               "2026-04-15", "1530/BC-SNNMT", "Võ Văn Đức",
               figures={"van-ban": 52, "hoi-nghi": 31, "tap-huan": 2215, "doi-thoai": 27,
                        "tiep-dan": 1842, "don-nhan": 1296, "don-giai-quyet": 1247,
                        "dan-van-kheo": 12, "truc-tuyen": 87.3},
               notes="Word file with decimal multi-level headings typed '1.' (bold), '1.1.' "
                     "(bold italic), '1.1.1.' (italic); state header table; '(Có biểu số "
                     "liệu kèm theo)' and NO table in the report: the appendix is the Excel "
                     "workbook 'SNNMT_Bieu so lieu KL114.xlsx' beside it (matched by the unit "
                     "code at the start of its name), with three title rows, a two-period + "
                     "'Tổng cộng' table, the indicators in the unit's order, a 'Trong đó' "
                     "row, numbers stored as numbers under '#,##0' and the rate as 0,873 "
                     "under '0.0%'.")
    R.header([([("UBND TỈNH NGHỆ AN", False, False),
                ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False), RULE,
                ("Số: 1530/BC-SNNMT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 15 tháng 4 năm 2026", False, True)])],
             leak=["1530/BC-SNNMT", "ngày 15 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.h("1. Công tác lãnh đạo, chỉ đạo")
    R.p("Đảng ủy, lãnh đạo Sở ban hành 52 văn bản lãnh đạo, chỉ đạo; tổ chức 31 hội nghị quán "
        "triệt, sơ kết đến toàn thể cán bộ, công chức, viên chức của Sở và các chi cục.",
        "lanh-dao")
    R.h("2. Kết quả thực hiện")
    R.h("2.1. Những kết quả nổi bật", style="bi")
    R.h("2.1.1. Trong lĩnh vực đất đai, môi trường", style="i")
    R.p("Lãnh đạo Sở tiếp 1.842 lượt công dân, tổ chức 27 cuộc đối thoại về bồi thường, tái "
        "định cư, ô nhiễm môi trường; tiếp nhận 1.296 đơn thư, đã giải quyết 1.247 đơn.",
        "ket-qua.noi-bat")
    R.h("2.1.2. Trong lĩnh vực nông nghiệp, nông thôn", style="i")
    R.p("Bồi dưỡng kỹ năng dân vận cho 2.215 lượt cán bộ khuyến nông, kiểm lâm, thủy lợi; 12 mô "
        "hình Dân vận khéo được công nhận; tỷ lệ hồ sơ trực tuyến năm 2025 đạt 87,3%.",
        "ket-qua.noi-bat")
    R.h("2.2. Hạn chế", style="bi")
    R.p("Khiếu nại về đất đai vẫn chiếm tỷ lệ lớn, một số vụ việc kéo dài nhiều năm; công tác "
        "phối hợp với địa phương trong giải quyết ô nhiễm môi trường có lúc chưa chặt chẽ.",
        "ket-qua.han-che")
    R.h("2.3. Nguyên nhân", style="bi")
    R.p("Chính sách đất đai thay đổi qua nhiều thời kỳ, hồ sơ lưu trữ không đầy đủ; lực lượng "
        "thanh tra chuyên ngành mỏng so với khối lượng công việc.", "ket-qua.nguyen-nhan")
    R.h("2.4. Bài học kinh nghiệm", style="bi")
    R.p("Công khai quy hoạch, kế hoạch sử dụng đất và phương án bồi thường ngay từ đầu là điều "
        "kiện để tạo đồng thuận trong Nhân dân.", "ket-qua.bai-hoc")
    R.h("3. Đánh giá tác động")
    R.p("Các dự án trọng điểm của tỉnh được bàn giao mặt bằng đúng tiến độ; sự hài lòng của "
        "người dân với thủ tục đất đai tăng rõ qua các năm.", "tac-dong")
    R.h("4. Phương hướng, giải pháp")
    R.p("Hoàn thiện cơ sở dữ liệu đất đai đa mục tiêu, kết nối với các xã, phường; tăng cường "
        "đối thoại ngay từ khâu lập phương án bồi thường.", "ket-qua.giai-phap")
    R.h("5. Kiến nghị")
    R.p("Đề nghị Bộ Nông nghiệp và Môi trường ban hành hướng dẫn xử lý các trường hợp sử dụng "
        "đất có nguồn gốc phức tạp trước năm 1993.", "kien-nghi")
    R.center("(Có biểu số liệu kèm theo)", bold=False, italic=True, leak="Có biểu số liệu kèm theo")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Võ Văn Đức"],
                leak=["Võ Văn Đức", "KT. GIÁM ĐỐC"])
    R.xlsx = ("SNNMT_Bieu so lieu KL114.xlsx", dict(
        title=["UBND TỈNH NGHỆ AN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
               "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW",
               "(Kèm theo Báo cáo số 1530/BC-SNNMT ngày 15/4/2026)"],
        header=["STT", "Chỉ tiêu", "ĐVT", "Giai đoạn 2015 - 2020", "Giai đoạn 2021 - 2025",
                "Tổng cộng"],
        rows=[["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", 23, 29, 52],
              ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", 14, 17, 31],
              ["3", "Lượt tiếp công dân", "Lượt", 874, 968, 1842],
              ["4", "Đơn thư tiếp nhận", "Đơn", 611, 685, 1296],
              ["", "Trong đó: lĩnh vực đất đai", "Đơn", 498, 560, 1058],
              ["5", "Đơn thư đã giải quyết", "Đơn", 586, 661, 1247],
              ["6", "Cuộc đối thoại với Nhân dân", "Cuộc", 12, 15, 27],
              ["7", "Lượt CBCCVC được bồi dưỡng", "Lượt", 964, 1251, 2215],
              ["8", "Mô hình Dân vận khéo", "Mô hình", 5, 7, 12],
              ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", None, 0.873, 0.873]]))
    R.table_text.extend(["Hội nghị quán triệt, sơ kết, tổng kết", "Lượt CBCCVC được bồi dưỡng",
                         "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến"])
    return R


def btctu():
    R = Report("btctu", "BTCTU", "co-quan-tham-muu", "docx", "Bao cao so 530 (KL 114).docx",
               "2026-04-12", "530-BC/BTCTU", "Nguyễn Đình Hưng",
               figures={"van-ban": 19, "hoi-nghi": 12, "tap-huan": 960, "doi-thoai": 6,
                        "tiep-dan": 214, "don-nhan": 187, "don-giai-quyet": 181,
                        "dan-van-kheo": 3, "truc-tuyen": None},
               notes="Word file with Heading 1/2 styles numbered by Word in the legal style: "
                     "level 1 '%1.' decimal, level 2 '%1.%2.' ('2.1.', the numbers not in the "
                     "text); the appendix is a workbook sent beside it under a name that says "
                     "nothing of the unit ('Bieu so lieu kem theo BC.xlsx'): tied by its "
                     "title rows ('BAN TỔ CHỨC TỈNH ỦY', 'Kèm theo Báo cáo số 530-BC/BTCTU'); "
                     "the workbook's rows are the outline's 9 rows with the online rate "
                     "'x'.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("BAN TỔ CHỨC TỈNH ỦY", True, False),
                ("*", False, False), ("Số 530-BC/BTCTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 12 tháng 4 năm 2026", False, True)])],
             leak=["Số 530-BC/BTCTU", "ngày 12 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    n = R.numlist([("decimal", "%1."), ("decimal", "%1.%2.")])
    R.hn("Công tác lãnh đạo, chỉ đạo", n, 0, style="Heading 1")
    R.p("Ban Tổ chức Tỉnh ủy ban hành 19 văn bản chỉ đạo, hướng dẫn; tổ chức 12 hội nghị quán "
        "triệt, sơ kết việc thực hiện Kết luận trong cơ quan và ngành tổ chức xây dựng Đảng.",
        "lanh-dao")
    R.hn("Kết quả thực hiện", n, 0, style="Heading 1")
    R.hn("Kết quả nổi bật", n, 1, style="Heading 2")
    R.p("Bồi dưỡng kỹ năng công tác dân vận cho 960 lượt cán bộ làm công tác tổ chức các cấp; "
        "tiếp 214 lượt công dân, tổ chức 6 cuộc đối thoại về chế độ, chính sách cán bộ.",
        "ket-qua.noi-bat")
    R.p("Tiếp nhận 187 đơn thư liên quan đến công tác cán bộ, đảng viên, đã xem xét, giải quyết "
        "181 đơn; 3 mô hình Dân vận khéo của cơ quan được công nhận.", "ket-qua.noi-bat")
    R.hn("Hạn chế, khuyết điểm", n, 1, style="Heading 2")
    R.p("Việc thẩm định, xác minh một số đơn thư liên quan đến nhân sự còn kéo dài, chưa trả "
        "lời kịp thời cho người gửi đơn.", "ket-qua.han-che")
    R.hn("Nguyên nhân", n, 1, style="Heading 2")
    R.p("Khối lượng công việc về sắp xếp tổ chức bộ máy rất lớn trong thời gian ngắn; một số "
        "nội dung phải chờ ý kiến của cấp có thẩm quyền.", "ket-qua.nguyen-nhan")
    R.hn("Bài học kinh nghiệm", n, 1, style="Heading 2")
    R.p("Công tác cán bộ phải công khai, dân chủ, đúng quy trình, lắng nghe ý kiến của Nhân dân "
        "về cán bộ.", "ket-qua.bai-hoc")
    R.hn("Đánh giá tác động", n, 0, style="Heading 1")
    R.p("Niềm tin của cán bộ, đảng viên đối với công tác cán bộ được nâng lên, góp phần giữ ổn "
        "định tư tưởng trong quá trình sắp xếp bộ máy.", "tac-dong")
    R.hn("Phương hướng, giải pháp", n, 0, style="Heading 1")
    R.p("Đưa tiêu chí gần dân, trọng dân vào đánh giá, quy hoạch cán bộ; tăng cường kiểm tra "
        "việc thực hiện quy chế dân chủ trong công tác cán bộ.", "ket-qua.giai-phap")
    R.hn("Kiến nghị", n, 0, style="Heading 1")
    R.p("Đề nghị Ban Tổ chức Trung ương hướng dẫn cụ thể tiêu chí về năng lực dân vận trong "
        "khung tiêu chuẩn chức danh cán bộ.", "kien-nghi")
    R.signature(["- Thường trực Tỉnh ủy (b/c),", "- Lưu VT."],
                ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "Nguyễn Đình Hưng"],
                leak=["Nguyễn Đình Hưng", "K/T TRƯỞNG BAN"])
    R.xlsx = ("Bieu so lieu kem theo BC.xlsx", dict(
        title=["BAN TỔ CHỨC TỈNH ỦY", "BIỂU SỐ LIỆU",
               "Kèm theo Báo cáo số 530-BC/BTCTU ngày 12/4/2026"],
        header=["STT", "Nội dung", "ĐVT", "Số liệu"],
        rows=[["1", "Văn bản chỉ đạo, hướng dẫn", "Văn bản", 19],
              ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", 12],
              ["3", "Lượt cán bộ được bồi dưỡng", "Lượt", 960],
              ["4", "Cuộc đối thoại", "Cuộc", 6],
              ["5", "Lượt tiếp công dân", "Lượt", 214],
              ["6", "Đơn thư tiếp nhận", "Đơn", 187],
              ["7", "Đơn thư đã giải quyết", "Đơn", 181],
              ["8", "Mô hình Dân vận khéo", "Mô hình", 3],
              ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "x"]]))
    return R


def x004():
    R = Report("x004", "X004", "dang-uy-xa-phuong", "docx", "Hoang Mai - BC KL114 (sua).docx",
               "2026-04-21", "79-BC/ĐU", "Lê Văn Thắng",
               problems=["late", "missing-section:kien-nghi"],
               figures={"van-ban": 30, "hoi-nghi": 20, "tap-huan": 575, "doi-thoai": 33,
                        "tiep-dan": 1012, "don-nhan": 268, "don-giai-quyet": 259,
                        "dan-van-kheo": 10, "truc-tuyen": 90.6},
               notes="Word file left with tracked changes (insertions and deletions, read "
                     "as accepted) and two reviewers' comments; Party header table; headings "
                     "typed bold 'I.' / '1.'; NO requests part at all (the unit ends with its "
                     "directions: missing-section kien-nghi deserved); dated 21/4: late; "
                     "signature table with Nơi nhận; appendix 'Biểu số 01' with the "
                     "indicators' own labels and a 'Tổng cộng' column.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                ("ĐẢNG ỦY PHƯỜNG HOÀNG MAI", True, False), ("*", False, False),
                ("Số 79-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Hoàng Mai, ngày 21 tháng 4 năm 2026", False, True)])],
             leak=["Số 79-BC/ĐU", "Hoàng Mai, ngày 21 tháng 4"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", leak="Tổng kết 10 năm thực hiện")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p_tracked([("t", "Ban Thường vụ Đảng ủy phường ban hành "), ("del", "28"), ("ins", "30"),
                 ("t", " văn bản lãnh đạo, chỉ đạo thực hiện Kết luận; tổ chức 20 hội nghị "
                       "quán triệt, sơ kết đến bí thư chi bộ, tổ trưởng tổ dân phố.")],
                "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Kết quả đạt được")
    par = R.p("Lãnh đạo phường tiếp 1.012 lượt công dân và tổ chức 33 cuộc đối thoại với Nhân "
              "dân về quy hoạch khu công nghiệp, tái định cư ven biển.", "ket-qua.noi-bat")
    R.comment(par, "Bổ sung số liệu đối thoại năm 2025")
    R.p_tracked([("t", "Tiếp nhận 268 đơn thư, đã giải quyết 259 đơn; bồi dưỡng kỹ năng cho 575 "
                       "lượt cán bộ; "),
                 ("ins", "10 mô hình Dân vận khéo được công nhận; "),
                 ("t", "tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 90,6%.")],
                "ket-qua.noi-bat")
    R.h("2. Hạn chế")
    R.p("Một số hộ dân vùng tái định cư chưa đồng thuận với phương án bồi thường; việc trả lời "
        "kiến nghị qua tiếp xúc cử tri có lúc chậm.", "ket-qua.han-che")
    R.h("3. Nguyên nhân")
    par = R.p_tracked([("t", "Chính sách bồi thường thay đổi, giá đất tái định cư cao hơn giá "
                             "bồi thường"),
                       ("del", " nên người dân không đồng ý nhận tiền"),
                       ("t", "; một số cán bộ chưa kiên trì vận động.")], "ket-qua.nguyen-nhan")
    R.comment(par, "Viết lại cho rõ nguyên nhân chủ quan")
    R.h("4. Bài học kinh nghiệm")
    R.p("Kiên trì đối thoại, vận động, công khai phương án bồi thường đến từng hộ dân; phát huy "
        "vai trò của Mặt trận và người có uy tín ở tổ dân phố.", "ket-qua.bai-hoc")
    R.h("III. TÁC ĐỘNG")
    R.p("Tình hình an ninh, trật tự trên địa bàn ổn định, Nhân dân đồng thuận bàn giao mặt bằng "
        "cho các dự án khu công nghiệp Đông Hồi.", "tac-dong")
    R.h("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    R.p("Tiếp tục tổ chức đối thoại định kỳ, giải quyết dứt điểm các kiến nghị về tái định cư; "
        "nâng cao chất lượng dịch vụ công trực tuyến.", "ket-qua.giai-phap")
    R.app("Trên đây là báo cáo của Đảng ủy phường Hoàng Mai./.",
          leak="báo cáo của Đảng ủy phường Hoàng Mai")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu Văn phòng Đảng ủy."],
                ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "Lê Văn Thắng"],
                leak=["Lê Văn Thắng", "T/M ĐẢNG ỦY"])
    R.center("Biểu số 01", leak="Biểu số 01")
    R.table([
        ["STT", "Chỉ tiêu", "ĐVT", "2015 - 2020", "2021 - 2025", "Tổng cộng"],
        ["1", "Nghị quyết, chỉ thị, kế hoạch của Đảng ủy", "Văn bản", "13", "17", "30"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "9", "11", "20"],
        ["3", "Lượt cán bộ được bồi dưỡng kỹ năng dân vận", "Lượt", "248", "327", "575"],
        ["4", "Đối thoại của Bí thư, Chủ tịch với Nhân dân", "Cuộc", "14", "19", "33"],
        ["5", "Lượt tiếp công dân", "Lượt", "478", "534", "1.012"],
        ["6", "Đơn thư khiếu nại, tố cáo, kiến nghị tiếp nhận", "Đơn", "126", "142", "268"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "121", "138", "259"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "4", "6", "10"],
        ["9", "Tỷ lệ hồ sơ trực tuyến", "%", "", "90,6", "90,6"],
    ])
    return R


def duca():
    R = Report("duca", "DUCA", "dang-uy-truc-thuoc", "markdown", "DUCA - BC 114.md",
               "2026-04-10", "268-BC/ĐU", "Nguyễn Mạnh Hùng",
               figures={"van-ban": 64, "hoi-nghi": 45, "tap-huan": 5320, "doi-thoai": 58,
                        "tiep-dan": 4710, "don-nhan": 2984, "don-giai-quyet": 2931,
                        "dan-van-kheo": 26, "truc-tuyen": 95.2},
               notes="pandoc -t markdown of a Word file whose headings are bold Normal "
                     "paragraphs numbered by Word's automatic multilevel list (I. / 1. / a)): "
                     "pandoc writes them as ordered-list items with fancy markers ('I.  "
                     "**KẾT QUẢ …**', '1.  **…**' under it, restarting numbers as "
                     "'{start}' markers, e.g. 'II.'), each list broken by the body paragraphs "
                     "after it; a result paragraph ends with a note in brackets; appendix "
                     "with a merged header (pandoc grid table) and 'Tổng cộng'.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                ("ĐẢNG ỦY CÔNG AN TỈNH", True, False), ("*", False, False),
                ("Số 268-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 10 tháng 4 năm 2026", False, True)])],
             leak=["Số 268-BC/ĐU", "ngày 10 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    n = R.numlist([("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    R.hn("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", n, 0)
    R.p("Đảng ủy Công an tỉnh ban hành 64 văn bản lãnh đạo, chỉ đạo, tổ chức 45 hội nghị quán "
        "triệt, sơ kết; gắn thực hiện Kết luận với phong trào Công an nhân dân học tập, thực "
        "hiện Sáu điều Bác Hồ dạy.", "lanh-dao")
    R.hn("KẾT QUẢ THỰC HIỆN", n, 0)
    R.hn("Những kết quả nổi bật", n, 1)
    R.p("Tập huấn kỹ năng dân vận, văn hóa ứng xử cho 5.320 lượt cán bộ, chiến sĩ; lãnh đạo Công "
        "an các cấp tiếp 4.710 lượt công dân, tổ chức 58 cuộc đối thoại với Nhân dân.",
        "ket-qua.noi-bat")
    R.p("Tiếp nhận 2.984 đơn thư, đã giải quyết 2.931 đơn; tỷ lệ hồ sơ dịch vụ công trực tuyến "
        "năm 2025 đạt 95,2%; 26 mô hình Dân vận khéo được công nhận (số liệu đến 31/3/2026).",
        "ket-qua.noi-bat")
    R.hn("Tồn tại, hạn chế", n, 1)
    R.p("Một số cán bộ, chiến sĩ tiếp xúc với Nhân dân còn thiếu niềm nở; việc giải quyết thủ "
        "tục cư trú ở một vài nơi còn để người dân đi lại nhiều lần.", "ket-qua.han-che")
    R.hn("Nguyên nhân", n, 1)
    R.p("Áp lực công việc lớn, địa bàn rộng; một số chỉ huy đơn vị chưa quan tâm giáo dục kỹ "
        "năng dân vận cho cán bộ trẻ.", "ket-qua.nguyen-nhan")
    R.hn("Bài học kinh nghiệm", n, 1)
    R.p("Lấy sự hài lòng của Nhân dân làm thước đo; mỗi cán bộ, chiến sĩ phải là một tuyên "
        "truyền viên, vận động viên ở cơ sở.", "ket-qua.bai-hoc")
    R.hn("TÁC ĐỘNG", n, 0)
    R.p("Hình ảnh người chiến sĩ Công an vì Nhân dân phục vụ được khẳng định; Nhân dân tích cực "
        "cung cấp thông tin, tham gia bảo vệ an ninh trật tự.", "tac-dong")
    R.hn("PHƯƠNG HƯỚNG, GIẢI PHÁP", n, 0)
    R.p("Tiếp tục đẩy mạnh cải cách thủ tục hành chính trong lĩnh vực cư trú, căn cước; xây dựng "
        "lực lượng Công an xã thật sự gần dân.", "ket-qua.giai-phap")
    R.hn("KIẾN NGHỊ", n, 0)
    R.p("Đề nghị Bộ Công an bổ sung trang thiết bị cho Công an xã ở vùng sâu, vùng xa, vùng "
        "đồng bào dân tộc thiểu số.", "kien-nghi")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu VP."],
                ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "Đại tá Nguyễn Mạnh Hùng"],
                leak=["T/M BAN THƯỜNG VỤ"])
    R.center("PHỤ LỤC SỐ LIỆU")
    R.table([
        ["STT", "Nội dung", "Đơn vị tính", "Số liệu", "", ""],
        ["", "", "", "2015 - 2020", "2021 - 2025", "Tổng cộng"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "29", "35", "64"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "21", "24", "45"],
        ["3", "Lượt cán bộ, chiến sĩ được tập huấn", "Lượt", "2.410", "2.910", "5.320"],
        ["4", "Cuộc đối thoại với Nhân dân", "Cuộc", "25", "33", "58"],
        ["5", "Lượt tiếp công dân", "Lượt", "2.240", "2.470", "4.710"],
        ["6", "Đơn thư tiếp nhận", "Đơn", "1.420", "1.564", "2.984"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "1.391", "1.540", "2.931"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "11", "15", "26"],
        ["9", "Tỷ lệ hồ sơ dịch vụ công trực tuyến", "%", "", "95,2", "95,2"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)], bold_rows=(0, 1))
    return R


def syt():
    R = Report("syt", "SYT", "so-nganh", "docx", "SYT cong van 1192 - BC KL114.docx",
               "2026-04-23", "1192/SYT-VP", "Phạm Thị Lan",
               figures={"van-ban": 44, "hoi-nghi": 26, "tap-huan": 6830, "doi-thoai": 21,
                        "tiep-dan": 905, "don-nhan": 642, "don-giai-quyet": 618,
                        "dan-van-kheo": 17, "truc-tuyen": 83.9},
               notes="Sent as an official letter (công văn), not a 'BÁO CÁO': state header "
                     "with the number 'Số: 1192/SYT-VP' and the 'V/v …' subject line under "
                     "it in the left cell, 'Kính gửi:' block; no type line; headings typed "
                     "'1/' … '5/' and 'a/' … in bold / italic; a page header on every page "
                     "('SỞ Y TẾ NGHỆ AN') and a PAGE field in the footer; two footnotes; "
                     "dated 23/4: after the common deadline but on time for SYT (its own due "
                     "day 24/4); appendix as a table of four columns with 'Số lượng' and "
                     "the ĐVT folded into the label ('Lượt tiếp công dân (lượt)').")
    R.page_header(text="SỞ Y TẾ NGHỆ AN", page_field=True)
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("SỞ Y TẾ", True, False), RULE,
                ("Số: 1192/SYT-VP", False, False),
                ("V/v báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 23 tháng 4 năm 2026", False, True)])],
             leak=["1192/SYT-VP", "ngày 23 tháng 4 năm 2026",
                   "báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW"])
    R.center("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", bold=False,
             leak="Kính gửi")
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Y tế báo "
          "cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW như sau:",
          leak="Sở Y tế báo cáo kết quả 10 năm thực hiện")
    R.h("1/ Công tác lãnh đạo, chỉ đạo")
    par = R.p("Đảng ủy, Ban Giám đốc Sở ban hành 44 văn bản lãnh đạo, chỉ đạo; tổ chức 26 hội "
              "nghị quán triệt, sơ kết đến các bệnh viện, trung tâm y tế trong tỉnh.",
              "lanh-dao")
    R.footnote(par, "Trong đó có Chỉ thị số 03/CT-SYT ngày 15/02/2017 về đổi mới phong cách, "
                    "thái độ phục vụ.")
    R.h("2/ Kết quả thực hiện")
    R.h("a/ Kết quả nổi bật", style="i")
    R.p("Tập huấn kỹ năng giao tiếp, ứng xử cho 6.830 lượt cán bộ y tế; lãnh đạo Sở và các đơn "
        "vị tiếp 905 lượt công dân, tổ chức 21 cuộc đối thoại với người bệnh và người nhà.",
        "ket-qua.noi-bat")
    par = R.p("Tiếp nhận 642 đơn thư, phản ánh, đã giải quyết 618 đơn; 17 mô hình Dân vận khéo "
              "được công nhận; tỷ lệ hồ sơ trực tuyến năm 2025 đạt 83,9%.", "ket-qua.noi-bat")
    R.footnote(par, "Số liệu của Văn phòng Sở, tổng hợp đến ngày 31/3/2026.")
    R.h("b/ Hạn chế", style="i")
    R.p("Tình trạng quá tải ở một số bệnh viện tuyến tỉnh vẫn còn; thái độ phục vụ của một bộ "
        "phận nhân viên y tế chưa làm người bệnh hài lòng.", "ket-qua.han-che")
    R.h("c/ Nguyên nhân", style="i")
    R.p("Nhân lực y tế thiếu, nhất là bác sĩ ở tuyến cơ sở; áp lực công việc lớn, thu nhập của "
        "nhân viên y tế còn thấp.", "ket-qua.nguyen-nhan")
    R.h("d/ Bài học kinh nghiệm", style="i")
    R.p("Đổi mới phong cách phục vụ phải bắt đầu từ người đứng đầu, gắn với kiểm tra, giám sát "
        "và lấy ý kiến người bệnh thường xuyên.", "ket-qua.bai-hoc")
    R.h("3/ Tác động")
    R.p("Tỷ lệ hài lòng của người bệnh nội trú tăng từ 82% năm 2016 lên 94% năm 2025, góp phần "
        "củng cố niềm tin của Nhân dân đối với ngành y tế.", "tac-dong")
    R.h("4/ Phương hướng, giải pháp")
    R.p("Tiếp tục chuyển đổi số trong khám chữa bệnh, mở rộng đặt lịch khám trực tuyến; xây "
        "dựng bệnh viện xanh, sạch, đẹp, văn minh.", "ket-qua.giai-phap")
    R.h("5/ Kiến nghị")
    R.p("Đề nghị tỉnh có chính sách thu hút bác sĩ về công tác tại trạm y tế xã vùng sâu, "
        "vùng xa.", "kien-nghi")
    R.app("Sở Y tế báo cáo để Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
          leak="Sở Y tế báo cáo để Ban Tuyên giáo")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Phạm Thị Lan"],
                leak=["Phạm Thị Lan", "KT. GIÁM ĐỐC", "(Đã ký)"])
    R.center("PHỤ LỤC")
    R.table([
        ["TT", "Nội dung", "Số lượng", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo (văn bản)", "44", ""],
        ["2", "Hội nghị quán triệt, sơ kết (hội nghị)", "26", ""],
        ["3", "Cán bộ y tế được tập huấn (lượt)", "6.830", ""],
        ["4", "Cuộc đối thoại với người bệnh (cuộc)", "21", ""],
        ["5", "Lượt tiếp công dân (lượt)", "905", ""],
        ["6", "Đơn thư tiếp nhận (đơn)", "642", ""],
        ["7", "Đơn thư đã giải quyết (đơn)", "618", ""],
        ["8", "Mô hình Dân vận khéo (mô hình)", "17", ""],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến (%)", "83,9", "Năm 2025"],
    ])
    return R


def mttq():
    R = Report("mttq", "MTTQ", "mttq-doan-the", "docx", "MTTQ tinh - BC KL 114.docx",
               "2026-04-18", "512/BC-MTTQ-BTT", "Võ Thị Minh Hà",
               figures={"van-ban": 42, "hoi-nghi": 38, "tap-huan": 4150, "doi-thoai": 63,
                        "tiep-dan": 728, "don-nhan": 534, "don-giai-quyet": 502,
                        "dan-van-kheo": 48, "truc-tuyen": None},
               notes="Word file with Heading 1/2/3 styles numbered by Word with dashes, the "
                     "list LINKED TO THE STYLES (numPr in styles.xml, none in the paragraphs) "
                     "(upperRoman '%1-', decimal '%2-', lowerLetter '%3-': 'I-', '1-', 'a-'; "
                     "not in the text); results split by field at level 3; the Front's header "
                     "(ỦY BAN MTTQ VIỆT NAM / TỈNH NGHỆ AN / BAN THƯỜNG TRỰC); appendix "
                     "split by level: 'Cấp tỉnh | Cấp xã | Tổng cộng', indicators in the "
                     "unit's order, the online rate 'x'.")
    R.header([([("ỦY BAN MTTQ VIỆT NAM", True, False), ("TỈNH NGHỆ AN", True, False),
                ("BAN THƯỜNG TRỰC", True, False), ("Số: 512/BC-MTTQ-BTT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 18 tháng 4 năm 2026", False, True)])],
             leak=["512/BC-MTTQ-BTT", "ngày 18 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Kết quả 10 năm tham gia thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
             leak="Kết quả 10 năm tham gia thực hiện Kết luận số 114-KL/TW")
    n = R.numlist([("upperRoman", "%1-"), ("decimal", "%2-"), ("lowerLetter", "%3-")])
    R.link_styles(n, ["Heading 1", "Heading 2", "Heading 3"])
    R.hn("CÔNG TÁC TRIỂN KHAI, QUÁN TRIỆT", n, 0, style="Heading 1")
    R.p("Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh ban hành 42 văn bản hướng dẫn, tổ chức 38 "
        "hội nghị quán triệt, sơ kết việc tham gia thực hiện Kết luận trong hệ thống Mặt trận.",
        "lanh-dao")
    R.hn("KẾT QUẢ THỰC HIỆN", n, 0, style="Heading 1")
    R.hn("Ưu điểm", n, 1, style="Heading 2")
    R.hn("Giám sát, phản biện xã hội", n, 2, style="Heading 3")
    R.p("Chủ trì 63 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; tiếp "
        "728 lượt công dân, tiếp nhận 534 đơn thư và theo dõi, đôn đốc giải quyết 502 đơn.",
        "ket-qua.noi-bat")
    R.hn("Xây dựng mô hình, bồi dưỡng cán bộ", n, 2, style="Heading 3")
    R.p("Bồi dưỡng nghiệp vụ cho 4.150 lượt cán bộ Mặt trận các cấp; 48 mô hình Dân vận khéo "
        "trong hệ thống Mặt trận được công nhận.", "ket-qua.noi-bat")
    R.hn("Hạn chế", n, 1, style="Heading 2")
    R.p("Hoạt động giám sát ở một số nơi còn hình thức, kiến nghị sau giám sát chưa được theo "
        "dõi đến cùng.", "ket-qua.han-che")
    R.hn("Nguyên nhân", n, 1, style="Heading 2")
    R.p("Cơ chế phối hợp giữa Mặt trận và chính quyền một số nơi chưa chặt chẽ; cán bộ Mặt trận "
        "cơ sở thiếu kỹ năng giám sát.", "ket-qua.nguyen-nhan")
    R.hn("Bài học kinh nghiệm", n, 1, style="Heading 2")
    R.p("Phát huy vai trò chủ thể của Nhân dân, lắng nghe và phản ánh trung thực ý kiến, kiến "
        "nghị của cử tri đến cấp ủy, chính quyền.", "ket-qua.bai-hoc")
    R.hn("TÁC ĐỘNG", n, 0, style="Heading 1")
    R.p("Khối đại đoàn kết toàn dân tộc được củng cố, đồng thuận xã hội được tăng cường trong "
        "quá trình sắp xếp đơn vị hành chính.", "tac-dong")
    R.hn("NHIỆM VỤ, GIẢI PHÁP", n, 0, style="Heading 1")
    R.p("Nâng cao chất lượng giám sát, phản biện xã hội; chủ trì tổ chức đối thoại định kỳ giữa "
        "người đứng đầu với Nhân dân ở các xã, phường mới.", "ket-qua.giai-phap")
    R.hn("KIẾN NGHỊ", n, 0, style="Heading 1")
    R.p("Đề nghị Tỉnh ủy ban hành quy định về trách nhiệm của chính quyền trong việc trả lời "
        "kiến nghị sau giám sát của Mặt trận.", "kien-nghi")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu VP."],
                ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "Võ Thị Minh Hà"],
                leak=["Võ Thị Minh Hà", "TM. BAN THƯỜNG TRỰC"])
    R.center("PHỤ LỤC")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Cấp tỉnh", "Cấp xã", "Tổng cộng"],
        ["1", "Văn bản hướng dẫn", "Văn bản", "42", "", "42"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "9", "29", "38"],
        ["3", "Cuộc đối thoại do Mặt trận chủ trì", "Cuộc", "11", "52", "63"],
        ["4", "Đơn thư tiếp nhận", "Đơn", "143", "391", "534"],
        ["5", "Đơn thư đã được giải quyết", "Đơn", "136", "366", "502"],
        ["6", "Lượt tiếp công dân", "Lượt", "206", "522", "728"],
        ["7", "Lượt cán bộ được bồi dưỡng", "Lượt", "980", "3.170", "4.150"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "6", "42", "48"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "x", "x", "x"],
    ])
    return R


REPORTS = [snnmt, btctu, x004, duca, syt, mttq]
