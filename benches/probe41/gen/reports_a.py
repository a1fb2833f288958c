"""Reports 1-7 of probe41 (layouts probe39 and probe40 did not cover)."""

from docbuild import Report41 as Report

SUBJ_LEAK = "hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True)
STATE1 = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False)
STATE2 = ("Độc lập - Tự do - Hạnh phúc", True, False, True)
RULE = ("-------", False, False)
SUBJECT = ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư "
           "(khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp")


def snv():
    R = Report("snv", "SNV", "so-nganh", "docx", "SNV_BC 245 tong ket KL114.docx",
               "2026-04-13", "245/BC-SNV", "Trần Quốc Khánh",
               figures={"van-ban": 47, "hoi-nghi": 29, "tap-huan": 3864, "doi-thoai": 18,
                        "tiep-dan": 526, "don-nhan": 318, "don-giai-quyet": 305,
                        "dan-van-kheo": 7, "truc-tuyen": 92.3},
               notes="Word file: headings are bold Normal paragraphs numbered by Word's "
                     "automatic multilevel list (numPr: I. / 1. / a), no Heading style, the "
                     "numbers not in the text); state header table with '-------' rules under "
                     "the body and the motto; 'Kính gửi:' over two dash addressees; context "
                     "'Đặc điểm tình hình' first; page footer with text and a PAGE field; "
                     "appendix captioned 'Biểu số 01' with a two-row header (STT, Nội dung, "
                     "ĐVT merged downwards; 'Số liệu' merged across '2015 - 2020 | 2021 - "
                     "2025 | Tổng cộng'), a 'Trong đó' row without STT.")
    R.page_header(footer="Sở Nội vụ - Báo cáo tổng kết Kết luận 114")
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("SỞ NỘI VỤ", True, False), RULE,
                ("Số: 245/BC-SNV", False, False)],
               [STATE1, STATE2, ("---------------", False, False),
                ("Nghệ An, ngày 13 tháng 4 năm 2026", False, True)])],
             leak=["245/BC-SNV", "ngày 13 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.center("Kính gửi:", bold=False, leak="Kính gửi")
    R.lines(["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Ủy ban nhân dân tỉnh."],
            align="center", leak=["Ban Tuyên giáo và Dân vận Tỉnh ủy;"])
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Nội vụ "
          "báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW như sau:",
          leak="Sở Nội vụ báo cáo kết quả 10 năm thực hiện")
    n = R.numlist([("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    R.hn("ĐẶC ĐIỂM TÌNH HÌNH", n, 0)
    R.p("Sở Nội vụ là cơ quan chuyên môn tham mưu Ủy ban nhân dân tỉnh về tổ chức bộ máy, biên "
        "chế, cán bộ, công chức, viên chức, cải cách hành chính, thi đua, khen thưởng, lao động "
        "và người có công; sau hợp nhất ngày 01/3/2025, Sở có 11 phòng, 4 đơn vị sự nghiệp.",
        "other")
    R.hn("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", n, 0)
    R.hn("Công tác lãnh đạo, chỉ đạo", n, 1)
    R.p("Đảng ủy, Ban Giám đốc Sở ban hành 47 văn bản lãnh đạo, chỉ đạo về công tác dân vận "
        "chính quyền; tổ chức 29 hội nghị quán triệt, sơ kết, tổng kết, trong đó có hội nghị "
        "tập huấn quy tắc ứng xử cho công chức toàn ngành.", "lanh-dao")
    R.p("Sở tham mưu Ủy ban nhân dân tỉnh ban hành Bộ chỉ số đánh giá sự hài lòng của người dân "
        "đối với sự phục vụ của cơ quan hành chính nhà nước và công bố kết quả hằng năm trên "
        "các phương tiện thông tin đại chúng.", "lanh-dao")
    R.hn("Kết quả đạt được", n, 1)
    R.hn("Xây dựng đội ngũ cán bộ, công chức", n, 2, bold=False, italic=True)
    R.p("Tổ chức bồi dưỡng kỹ năng dân vận, đạo đức công vụ cho 3.864 lượt cán bộ, công chức, "
        "viên chức cấp tỉnh và cấp xã; kiểm tra công vụ đột xuất 126 cơ quan, đơn vị, chấn "
        "chỉnh kịp thời các biểu hiện gây phiền hà cho người dân.", "ket-qua.noi-bat")
    R.hn("Tiếp công dân, đối thoại, cải cách hành chính", n, 2, bold=False, italic=True)
    R.p("Lãnh đạo Sở tiếp 526 lượt công dân, chủ trì 18 cuộc đối thoại về chế độ chính sách, "
        "tuyển dụng, sắp xếp cán bộ sau hợp nhất; tiếp nhận 318 đơn thư và đã giải quyết 305 "
        "đơn, không để phát sinh điểm nóng.", "ket-qua.noi-bat")
    R.p("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 92,3%; 7 mô hình Dân "
        "vận khéo của ngành được công nhận, trong đó mô hình Chi trả chế độ người có công tận "
        "nhà được nhân rộng ở nhiều xã.", "ket-qua.noi-bat")
    R.hn("Hạn chế, khó khăn", n, 1)
    R.p("Việc sắp xếp bộ máy, tinh giản biên chế trong thời gian ngắn làm một bộ phận cán bộ, "
        "công chức băn khoăn, tâm tư; công tác nắm tình hình, định hướng dư luận có lúc chưa "
        "kịp thời.", "ket-qua.han-che")
    R.hn("Nguyên nhân", n, 1)
    R.p("Khối lượng công việc tăng nhanh trong khi biên chế giảm; một số người đứng đầu chưa "
        "quan tâm đúng mức đến công tác dân vận, còn xem đây là nhiệm vụ của tổ chức đoàn thể.",
        "ket-qua.nguyen-nhan")
    R.hn("Bài học kinh nghiệm", n, 1)
    R.p("Làm tốt công tác tư tưởng trước, trong và sau khi sắp xếp tổ chức bộ máy; công khai, "
        "minh bạch tiêu chí, quy trình để cán bộ, công chức và Nhân dân đồng tình ủng hộ.",
        "ket-qua.bai-hoc")
    R.hn("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", n, 0)
    R.p("Chỉ số hài lòng về sự phục vụ hành chính của tỉnh tăng 9 bậc so với năm 2016; niềm tin "
        "của Nhân dân đối với đội ngũ cán bộ, công chức được củng cố rõ rệt.", "tac-dong")
    R.hn("PHƯƠNG HƯỚNG, GIẢI PHÁP THỜI GIAN TỚI", n, 0)
    R.p("Tiếp tục hoàn thiện thể chế về công vụ, đánh giá cán bộ, công chức theo kết quả phục vụ "
        "Nhân dân; gắn thi đua, khen thưởng với kết quả thực hiện công tác dân vận chính quyền.",
        "ket-qua.giai-phap")
    R.hn("KIẾN NGHỊ, ĐỀ XUẤT", n, 0)
    R.p("Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn về vị trí việc làm của công chức cấp xã theo "
        "mô hình chính quyền địa phương hai cấp để các địa phương bố trí, sắp xếp ổn định.",
        "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nội vụ./.",
          leak="của Sở Nội vụ./.")
    R.signature(["- Như trên;", "- Giám đốc Sở;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Quốc Khánh"],
                leak=["Trần Quốc Khánh", "KT. GIÁM ĐỐC"])
    R.pagebreak()
    R.center("Biểu số 01", leak="Biểu số 01")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.center("(Kèm theo Báo cáo số 245/BC-SNV ngày 13/4/2026 của Sở Nội vụ)", bold=False,
             italic=True, leak="Kèm theo Báo cáo số 245/BC-SNV")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Số liệu", "", ""],
        ["", "", "", "2015 - 2020", "2021 - 2025", "Tổng cộng"],
        ["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", "21", "26", "47"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "13", "16", "29"],
        ["3", "Lượt CBCCVC được bồi dưỡng kỹ năng dân vận", "Lượt", "1.512", "2.352", "3.864"],
        ["4", "Cuộc đối thoại của lãnh đạo Sở với Nhân dân", "Cuộc", "7", "11", "18"],
        ["5", "Lượt tiếp công dân", "Lượt", "248", "278", "526"],
        ["6", "Đơn thư tiếp nhận", "Đơn", "151", "167", "318"],
        ["", "Trong đó: đơn khiếu nại về chế độ chính sách", "Đơn", "38", "45", "83"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "144", "161", "305"],
        ["8", "Mô hình Dân vận khéo được công nhận", "Mô hình", "3", "4", "7"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "", "92,3", "92,3"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)], bold_rows=(0, 1))
    return R


def sgddt():
    R = Report("sgddt", "SGDDT", "so-nganh", "docx", "SGD&DT - Bao cao 114 (ban sua).docx",
               "2026-04-16", "612/BC-SGDĐT", "Lê Thị Hồng Vân",
               figures={"van-ban": 36, "hoi-nghi": 22, "tap-huan": 12460, "doi-thoai": 41,
                        "tiep-dan": 694, "don-nhan": 437, "don-giai-quyet": 421,
                        "dan-van-kheo": 15, "truc-tuyen": 88.5},
               notes="Word file, four levels typed: 'PHẦN THỨ NHẤT' / title (bold centred), "
                     "'I.' (bold), '1.' (bold italic), 'a)' (italic), '-' items; the outline's "
                     "sections sit one or two levels deeper than in the outline (leadership "
                     "is '1.' under 'II. KẾT QUẢ …', the results' sub-sections are 'a)' / "
                     "'b)' under '2.'/'3.'); context part I.; 'PHẦN THỨ HAI' over I. "
                     "solutions and II. requests; two footnotes; tracked changes left in "
                     "(an insertion and a deletion: read as accepted) and a reviewer's "
                     "comment; appendix with a 'Tổng cộng' column only, 'Trong đó' rows and "
                     "empty cells.")
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True, False),
                RULE, ("Số: 612/BC-SGDĐT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 16 tháng 4 năm 2026", False, True)])],
             leak=["612/BC-SGDĐT", "ngày 16 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Giáo "
          "dục và Đào tạo báo cáo như sau:", leak="Sở Giáo dục và Đào tạo báo cáo như sau")
    R.h("PHẦN THỨ NHẤT", style="center")
    R.h("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", style="center")
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH")
    R.p("Toàn ngành hiện có 1.486 cơ sở giáo dục với hơn 52 nghìn cán bộ quản lý, giáo viên, "
        "nhân viên; hằng năm tiếp nhận nhiều phản ánh của phụ huynh về tuyển sinh, thu chi "
        "đầu năm học, dạy thêm, học thêm.", "other")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Công tác lãnh đạo, chỉ đạo", style="bi")
    par = R.p("Ban cán sự đảng (nay là Đảng ủy Sở) ban hành 36 văn bản lãnh đạo, chỉ đạo và tổ "
              "chức 22 hội nghị quán triệt, sơ kết việc thực hiện Kết luận trong toàn ngành.",
              "lanh-dao")
    R.footnote(par, "Nghị quyết số 05-NQ/BCS ngày 12/3/2016; Kế hoạch số 14-KH/ĐU ngày "
                    "20/5/2021 và các văn bản khác.")
    R.p_tracked([("t", "Quy chế dân chủ trong trường học được sửa đổi, "),
                 ("ins", "công khai trên cổng thông tin của từng trường, "),
                 ("t", "gắn với việc tiếp nhận ý kiến của phụ huynh qua hộp thư góp ý và "
                       "đường dây nóng của Sở"),
                 ("del", " và các phòng giáo dục cấp huyện trước đây"),
                 ("t", ".")], "lanh-dao")
    R.h("2. Kết quả đạt được", style="bi")
    R.h("a) Xây dựng đội ngũ nhà giáo gần dân", style="i")
    par = R.p("Tổ chức tập huấn kỹ năng giao tiếp, ứng xử sư phạm, vận động phụ huynh cho "
              "12.460 lượt cán bộ quản lý, giáo viên; 15 mô hình Dân vận khéo trong trường học "
              "được công nhận.", "ket-qua.noi-bat")
    R.comment(par, "Kiểm tra lại số lượt tập huấn với Phòng Tổ chức cán bộ")
    R.h("b) Tiếp công dân, giải quyết đơn thư", style="i")
    R.p("Lãnh đạo Sở tiếp 694 lượt công dân, tổ chức 41 cuộc đối thoại với phụ huynh, giáo "
        "viên; tiếp nhận 437 đơn thư, đã giải quyết 421 đơn; tỷ lệ hồ sơ thủ tục giải quyết "
        "trực tuyến năm 2025 đạt 88,5%.", "ket-qua.noi-bat", kind="dash")
    R.h("3. Hạn chế và nguyên nhân", style="bi")
    R.h("a) Hạn chế", style="i")
    R.p("Tình trạng lạm thu đầu năm học, dạy thêm không đúng quy định vẫn còn ở một số trường; "
        "việc trả lời phản ánh của phụ huynh có lúc chậm, chưa thỏa đáng.", "ket-qua.han-che",
        kind="dash")
    R.h("b) Nguyên nhân", style="i")
    R.p("Quy mô trường lớp lớn, địa bàn rộng; việc kiểm tra, giám sát của một số phòng chuyên "
        "môn và hiệu trưởng chưa thường xuyên, xử lý vi phạm chưa kiên quyết.",
        "ket-qua.nguyen-nhan", kind="dash")
    R.h("4. Bài học kinh nghiệm", style="bi")
    R.p("Nhà trường phải thật sự dân chủ, công khai với cha mẹ học sinh; người đứng đầu cơ sở "
        "giáo dục phải trực tiếp lắng nghe và giải quyết dứt điểm các phản ánh ngay tại trường.",
        "ket-qua.bai-hoc")
    R.h("III. TÁC ĐỘNG")
    par = R.p("Sự đồng thuận của phụ huynh và xã hội với các chủ trương đổi mới giáo dục được nâng "
              "lên; nguồn lực xã hội hóa cho giáo dục 10 năm qua đạt hơn 2.100 tỷ đồng.",
              "tac-dong")
    R.footnote(par, "Số liệu của Phòng Kế hoạch - Tài chính, tính đến ngày 31/12/2025.")
    R.h("PHẦN THỨ HAI", style="center")
    R.h("NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ", style="center")
    R.h("I. Nhiệm vụ, giải pháp")
    R.p("Xây dựng văn hóa học đường gắn với dân vận khéo; số hóa việc tiếp nhận, trả lời phản "
        "ánh của phụ huynh trên ứng dụng của ngành.", "ket-qua.giai-phap", kind="dash")
    R.h("II. Kiến nghị")
    R.p("Đề nghị Bộ Giáo dục và Đào tạo sửa đổi quy định về các khoản thu ngoài học phí, tạo "
        "hành lang pháp lý rõ ràng cho việc vận động tài trợ của nhà trường.", "kien-nghi",
        kind="dash")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["GIÁM ĐỐC", "", "", "Lê Thị Hồng Vân"], leak=["Lê Thị Hồng Vân"])
    R.pagebreak()
    R.center("PHỤ LỤC SỐ LIỆU")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Tổng cộng", "Ghi chú"],
        ["1", "Số văn bản lãnh đạo, chỉ đạo", "Văn bản", "36", ""],
        ["2", "Số hội nghị quán triệt, sơ kết", "Hội nghị", "22", ""],
        ["3", "Lượt cán bộ, giáo viên được tập huấn", "Lượt", "12.460", ""],
        ["", "Trong đó: cán bộ quản lý", "Lượt", "1.730", ""],
        ["4", "Cuộc đối thoại với phụ huynh, giáo viên", "Cuộc", "41", ""],
        ["5", "Lượt tiếp công dân", "Lượt", "694", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "437", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "421", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "15", ""],
        ["9", "Tỷ lệ hồ sơ TTHC trực tuyến", "%", "88,5", "Năm 2025"],
    ])
    return R


def x007():
    R = Report("x007", "X007", "dang-uy-xa-phuong", "docx", "BC 114 Anh Son (font VnTime).docx",
               "2026-04-09", "41-BC/ĐU", "Phan Đình Lộc",
               tolerated=["encoding"],
               figures={"van-ban": 26, "hoi-nghi": 18, "tap-huan": 430, "doi-thoai": 24,
                        "tiep-dan": 1250, "don-nhan": 214, "don-giai-quyet": 209,
                        "dan-van-kheo": 9, "truc-tuyen": 76.4},
               notes="Word file typed in the legacy TCVN3 font: every run in .VnTime (lines in "
                     "capitals in .VnTimeH, small-letter codes drawn as capitals), so the "
                     "text in the file is Latin-1 characters ('B¸o c¸o', '§¶ng ñy'); Party "
                     "header table; headings typed 'I-' / '1-' in bold; appendix in the same "
                     "font, figures '1.250', '76,4'. The encoding warning is tolerated.")
    R.tcvn = True
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ ANH SƠN", True, False),
                ("*", False, False), ("Số 41-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Anh Sơn, ngày 09 tháng 4 năm 2026", False, True)])],
             leak=["Số 41-BC/ĐU", "Anh Sơn, ngày 09 tháng 4"])
    R.center("BÁO CÁO")
    R.center("tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
             leak="tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư")
    R.h("I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Ban Thường vụ Đảng ủy xã ban hành 26 văn bản lãnh đạo, chỉ đạo; tổ chức 18 hội nghị "
        "quán triệt, sơ kết đến cán bộ chủ chốt, bí thư chi bộ và trưởng thôn trên địa bàn.",
        "lanh-dao")
    R.p("Đảng ủy phân công đồng chí Phó Bí thư Thường trực phụ trách công tác dân vận chính "
        "quyền; đưa nội dung dân vận vào sinh hoạt chi bộ định kỳ hằng quý.", "lanh-dao")
    R.h("II- KẾT QUẢ ĐẠT ĐƯỢC")
    R.h("1- Những kết quả nổi bật")
    R.p("Bồi dưỡng kỹ năng dân vận cho 430 lượt cán bộ, công chức xã; lãnh đạo xã tiếp 1.250 "
        "lượt công dân và tổ chức 24 cuộc đối thoại với Nhân dân về đất đai, giải phóng mặt "
        "bằng.", "ket-qua.noi-bat")
    R.p("Tiếp nhận 214 đơn thư, đã giải quyết 209 đơn; 9 mô hình Dân vận khéo được công nhận; "
        "tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 76,4%.", "ket-qua.noi-bat")
    R.h("2- Tồn tại, hạn chế")
    R.p("Một số thôn vùng sâu việc tuyên truyền chưa thường xuyên; hạ tầng mạng chưa đồng bộ "
        "nên người dân còn ngại nộp hồ sơ qua mạng.", "ket-qua.han-che")
    R.h("3- Nguyên nhân")
    R.p("Địa bàn rộng, giao thông đi lại khó khăn; trình độ của một bộ phận cán bộ thôn còn hạn "
        "chế, phần lớn kiêm nhiệm nhiều việc.", "ket-qua.nguyen-nhan")
    R.h("4- Bài học kinh nghiệm")
    R.p("Cán bộ phải bám thôn, bám dân, nói đi đôi với làm; phát huy vai trò người có uy tín "
        "trong đồng bào các dân tộc.", "ket-qua.bai-hoc")
    R.h("III- TÁC ĐỘNG")
    R.p("Nhân dân tin tưởng, đồng thuận hiến đất làm đường giao thông nông thôn, góp phần đưa "
        "xã đạt chuẩn nông thôn mới nâng cao.", "tac-dong")
    R.h("IV- PHƯƠNG HƯỚNG, NHIỆM VỤ")
    R.p("Duy trì đối thoại định kỳ giữa Bí thư, Chủ tịch xã với Nhân dân; đẩy mạnh chuyển đổi "
        "số, hỗ trợ người dân sử dụng dịch vụ công.", "ket-qua.giai-phap")
    R.h("V- KIẾN NGHỊ")
    R.p("Đề nghị tỉnh hỗ trợ kinh phí đầu tư hạ tầng mạng cho các thôn vùng sâu của xã; bố trí "
        "thêm biên chế công chức văn hóa - xã hội cho xã sau sắp xếp.",
        "kien-nghi")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu Văn phòng Đảng ủy."],
                ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Phan Đình Lộc"],
                leak=["Phan Đình Lộc", "T/M ĐẢNG ỦY"])
    R.center("BIỂU SỐ LIỆU")
    R.table([
        ["TT", "Nội dung", "ĐVT", "Số liệu"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "26"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "18"],
        ["3", "Lượt cán bộ được bồi dưỡng", "Lượt", "430"],
        ["4", "Cuộc đối thoại với Nhân dân", "Cuộc", "24"],
        ["5", "Lượt tiếp công dân", "Lượt", "1.250"],
        ["6", "Đơn thư tiếp nhận", "Đơn", "214"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "209"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "9"],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "76,4"],
    ])
    return R


def hnd():
    R = Report("hnd", "HND", "mttq-doan-the", "md-setext-html", "HND_bao cao KL114.md",
               "2026-04-17", "318-BC/HNDT", "Nguyễn Văn Tứ",
               figures={"van-ban": 31, "hoi-nghi": 27, "tap-huan": 2640, "doi-thoai": 35,
                        "tiep-dan": 412, "don-nhan": 176, "don-giai-quyet": 168,
                        "dan-van-kheo": 21, "truc-tuyen": None},
               notes="Markdown from another converter: setext headings ('====' under the "
                     "parts, '----' under the sub-parts; pandoc --markdown-headings=setext of "
                     "Heading 1/2 styles) typed 'I-' / '1-'; every table raw HTML (the "
                     "header, the signature and the appendix); appendix in TWO tables "
                     "'Biểu 1. Công tác lãnh đạo, chỉ đạo' and 'Biểu 2. Kết quả thực hiện' "
                     "with the indicators in another order than the outline (petitions "
                     "before reception), 'Tổng cộng' column, '12,5%' in a note column, the "
                     "online rate 'x' (the Association handles no procedures).")
    R.header([([("TỈNH HỘI NÔNG DÂN NGHỆ AN", True, False), ("***", False, False),
                ("Số 318-BC/HNDT", False, False)],
               [("HỘI NÔNG DÂN VIỆT NAM", True, False, True), ("", False, False),
                ("Nghệ An, ngày 17 tháng 4 năm 2026", False, True)])],
             leak=["Số 318-BC/HNDT", "ngày 17 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm tham gia thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
             leak="Tổng kết 10 năm tham gia thực hiện Kết luận số 114-KL/TW")
    R.h("I- CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI", "word", 1)
    R.p("Ban Thường vụ Hội Nông dân tỉnh ban hành 31 văn bản chỉ đạo, hướng dẫn; tổ chức 27 hội "
        "nghị quán triệt, sơ kết việc tham gia thực hiện Kết luận đến cán bộ Hội các cấp.",
        "lanh-dao")
    R.h("II- KẾT QUẢ THAM GIA THỰC HIỆN", "word", 1)
    R.h("1- Kết quả nổi bật", "word", 2)
    R.p("Bồi dưỡng nghiệp vụ công tác Hội, kỹ năng vận động nông dân cho 2.640 lượt cán bộ; "
        "phối hợp tổ chức 35 cuộc đối thoại giữa người đứng đầu chính quyền với nông dân.",
        "ket-qua.noi-bat")
    R.p("Tiếp 412 lượt hội viên, nông dân đến phản ánh; tiếp nhận 176 đơn thư và đã phối hợp "
        "giải quyết 168 đơn; 21 mô hình Dân vận khéo của Hội được công nhận các cấp.",
        "ket-qua.noi-bat")
    R.h("2- Hạn chế", "word", 2)
    R.p("Việc nắm tình hình, phản ánh tâm tư của nông dân về giá vật tư, tiêu thụ nông sản có "
        "lúc chưa kịp thời; chất lượng giám sát, phản biện xã hội của Hội cơ sở chưa cao.",
        "ket-qua.han-che")
    R.h("3- Nguyên nhân", "word", 2)
    R.p("Cán bộ Hội cơ sở phần lớn kiêm nhiệm, thường xuyên thay đổi; kinh phí hoạt động của "
        "chi hội còn rất hạn hẹp.", "ket-qua.nguyen-nhan")
    R.h("4- Bài học", "word", 2)
    R.p("Hội phải thật sự là cầu nối giữa nông dân với cấp ủy, chính quyền, lấy lợi ích chính "
        "đáng của hội viên làm mục tiêu hoạt động.", "ket-qua.bai-hoc")
    R.h("III- TÁC ĐỘNG", "word", 1)
    R.p("Nông dân tin tưởng, tích cực tham gia dồn điền đổi thửa và xây dựng nông thôn mới; "
        "nhiều hộ tự nguyện hiến đất làm đường nội đồng.", "tac-dong")
    R.h("IV- NHIỆM VỤ, GIẢI PHÁP", "word", 1)
    R.p("Nâng cao chất lượng đối thoại giữa nông dân với người đứng đầu cấp ủy, chính quyền; "
        "đổi mới nội dung sinh hoạt chi hội, tổ hội nghề nghiệp.", "ket-qua.giai-phap")
    R.h("V- KIẾN NGHỊ", "word", 1)
    R.p("Đề nghị Ủy ban nhân dân tỉnh bổ sung nguồn vốn ủy thác qua Hội để hỗ trợ nông dân "
        "phát triển sản xuất theo chuỗi giá trị.", "kien-nghi")
    R.signature(["- Trung ương Hội (b/c),", "- Lưu VP."],
                ["T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Nguyễn Văn Tứ"],
                leak=["Nguyễn Văn Tứ", "T/M BAN THƯỜNG VỤ"])
    R.center("PHỤ LỤC")
    R.p("Biểu 1. Công tác lãnh đạo, chỉ đạo", "", expect=False)
    R.table([
        ["STT", "Nội dung", "ĐVT", "2015 - 2020", "2021 - 2025", "Tổng cộng"],
        ["1", "Văn bản chỉ đạo, hướng dẫn", "Văn bản", "14", "17", "31"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "12", "15", "27"],
        ["3", "Lượt cán bộ Hội được bồi dưỡng", "Lượt", "1.120", "1.520", "2.640"],
    ])
    R.p("Biểu 2. Kết quả thực hiện", "", expect=False)
    R.table([
        ["STT", "Nội dung", "ĐVT", "2015 - 2020", "2021 - 2025", "Tổng cộng"],
        ["1", "Đơn thư của hội viên, nông dân tiếp nhận", "Đơn", "82", "94", "176"],
        ["2", "Đơn thư đã phối hợp giải quyết", "Đơn", "77", "91", "168"],
        ["3", "Lượt tiếp hội viên, nông dân", "Lượt", "196", "216", "412"],
        ["4", "Cuộc đối thoại với nông dân", "Cuộc", "15", "20", "35"],
        ["5", "Mô hình Dân vận khéo", "Mô hình", "8", "13", "21"],
        ["6", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "x", "x", "x"],
    ])
    R.p("Ghi chú: đơn thư đã giải quyết năm 2025 tăng 12,5% so với năm 2020.", "phu-luc")
    return R


def vptu():
    R = Report("vptu", "VPTU", "co-quan-tham-muu", "commonmark", "VPTU BC114.md",
               "2026-04-14", "407-BC/VPTU", "Đặng Quang Huy",
               tolerated=["appendix-value-missing:truc-tuyen"],
               figures={"van-ban": 28, "hoi-nghi": 16, "tap-huan": 742, "doi-thoai": 9,
                        "tiep-dan": 318, "don-nhan": 1265, "don-giai-quyet": 1238,
                        "dan-van-kheo": 4, "truc-tuyen": None},
               notes="pandoc -t commonmark of a Word file whose headings are typed with the "
                     "number in bold and the title in plain text ('**I.** KẾT QUẢ …', '**1.** "
                     "Những kết quả nổi bật'): no heading line is wholly bold; context part "
                     "'Đặc điểm tình hình' first; every table raw HTML (commonmark has no "
                     "pipe tables), the appendix with rowspan/colspan from merged cells "
                     "(a two-row header); the online rate left empty (not the Office's duty).")
    R.header([([("TỈNH ỦY NGHỆ AN", False, False), ("VĂN PHÒNG", True, False),
                ("*", False, False), ("Số 407-BC/VPTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 14 tháng 4 năm 2026", False, True)])],
             leak=["Số 407-BC/VPTU", "ngày 14 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)

    def hb(num, title):
        p = R.doc.add_paragraph()
        r = p.add_run(num + " ")
        r.bold = True
        p.add_run(title)
    hb("I.", "ĐẶC ĐIỂM TÌNH HÌNH")
    R.p("Văn phòng Tỉnh ủy có 8 phòng và 2 đơn vị trực thuộc, là cơ quan tiếp nhận, xử lý đơn "
        "thư gửi Thường trực, Ban Thường vụ Tỉnh ủy và phục vụ các buổi tiếp dân định kỳ của "
        "đồng chí Bí thư Tỉnh ủy.", "other")
    hb("II.", "KẾT QUẢ THỰC HIỆN")
    hb("1.", "Công tác lãnh đạo, chỉ đạo")
    R.p("Chi ủy, lãnh đạo Văn phòng ban hành 28 văn bản lãnh đạo, chỉ đạo, tổ chức 16 hội nghị "
        "quán triệt, sơ kết; xây dựng quy chế tiếp nhận, xử lý đơn thư gửi Thường trực Tỉnh ủy.",
        "lanh-dao")
    hb("2.", "Những kết quả nổi bật")
    R.p("Phục vụ đồng chí Bí thư Tỉnh ủy tiếp 318 lượt công dân và 9 cuộc đối thoại trực tiếp "
        "với Nhân dân; tiếp nhận 1.265 đơn thư, đã xử lý, chuyển và đôn đốc giải quyết 1.238 "
        "đơn.", "ket-qua.noi-bat")
    R.p("Bồi dưỡng nghiệp vụ văn phòng, kỹ năng tiếp dân cho 742 lượt cán bộ văn phòng cấp ủy "
        "các cấp; 4 mô hình Dân vận khéo của Văn phòng được công nhận.", "ket-qua.noi-bat")
    hb("3.", "Hạn chế")
    R.p("Việc theo dõi, đôn đốc kết quả giải quyết đơn thư sau khi chuyển có lúc chưa chặt chẽ; "
        "phần mềm quản lý đơn thư chưa liên thông với các cơ quan nhà nước.", "ket-qua.han-che")
    hb("4.", "Nguyên nhân")
    R.p("Số lượng đơn thư lớn, nhiều đơn trùng lặp, vượt cấp; biên chế làm công tác tiếp dân, "
        "xử lý đơn còn mỏng.", "ket-qua.nguyen-nhan")
    hb("5.", "Bài học kinh nghiệm")
    R.p("Người đứng đầu cấp ủy trực tiếp tiếp dân là biện pháp quan trọng để giải quyết dứt "
        "điểm các vụ việc phức tạp, kéo dài.", "ket-qua.bai-hoc")
    hb("III.", "TÁC ĐỘNG")
    R.p("Việc Bí thư Tỉnh ủy tiếp dân định kỳ tạo chuyển biến rõ nét trong trách nhiệm của người "
        "đứng đầu các cấp, được Nhân dân đồng tình.", "tac-dong")
    hb("IV.", "PHƯƠNG HƯỚNG, GIẢI PHÁP")
    R.p("Hoàn thiện phần mềm quản lý đơn thư liên thông với Trụ sở tiếp công dân tỉnh; duy trì "
        "tiếp dân định kỳ của người đứng đầu cấp ủy.", "ket-qua.giai-phap")
    hb("V.", "ĐỀ XUẤT, KIẾN NGHỊ")
    R.p("Đề nghị Văn phòng Trung ương Đảng ban hành hướng dẫn thống nhất về xử lý đơn thư gửi "
        "cấp ủy trong mô hình chính quyền hai cấp.", "kien-nghi")
    R.signature(["- Thường trực Tỉnh ủy (b/c),", "- Lưu VPTU."],
                ["CHÁNH VĂN PHÒNG", "", "", "Đặng Quang Huy"], leak=["Đặng Quang Huy"])
    R.center("PHỤ LỤC SỐ LIỆU")
    R.table([
        ["TT", "Chỉ tiêu", "ĐVT", "Kết quả", "", ""],
        ["", "", "", "2015 - 2020", "2021 - 2025", "Cộng"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "12", "16", "28"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "7", "9", "16"],
        ["3", "Lượt cán bộ được bồi dưỡng nghiệp vụ", "Lượt", "318", "424", "742"],
        ["4", "Cuộc đối thoại trực tiếp với Nhân dân", "Cuộc", "4", "5", "9"],
        ["5", "Lượt công dân được tiếp", "Lượt", "152", "166", "318"],
        ["6", "Đơn thư tiếp nhận", "Đơn", "604", "661", "1.265"],
        ["7", "Đơn thư đã xử lý, giải quyết", "Đơn", "590", "648", "1.238"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "2", "2", "4"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "", "", ""],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)], bold_rows=(0, 1))
    return R


def x001():
    R = Report("x001", "X001", "dang-uy-xa-phuong", "word-txt", "BC114 Vinh Phu.txt",
               "2026-04-11", "88-BC/ĐU", "Hồ Thị Thanh Tâm",
               figures={"van-ban": 34, "hoi-nghi": 25, "tap-huan": 815, "doi-thoai": 46,
                        "tiep-dan": 1384, "don-nhan": 362, "don-giai-quyet": 351,
                        "dan-van-kheo": 13, "truc-tuyen": 94.1},
               notes="Word 'Save As > Plain Text' (UTF-8 with a BOM, CRLF, no blank lines): "
                     "automatic numbers written out with a TAB after them ('I.\\tKẾT QUẢ', "
                     "'1/\\tCông tác …', 'a-\\t…'), headings in capitals at the top level; the "
                     "header table one row a line, cells apart by tabs; the signature table "
                     "likewise; appendix rows tab-separated with a 'Tổng cộng' column, a "
                     "'Trong đó' row and an empty cell; 'Đặc điểm tình hình' first.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False)], [PARTY]),
              ([("ĐẢNG ỦY PHƯỜNG VINH PHÚ", True, False)], [("", False, False)]),
              ([("*", False, False)], [("Vinh Phú, ngày 11 tháng 4 năm 2026", False, True)]),
              ([("Số 88-BC/ĐU", False, False)], [("", False, False)])],
             leak=["Số 88-BC/ĐU", "Vinh Phú, ngày 11 tháng 4"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
             leak="Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư")
    n = R.numlist([("upperRoman", "%1."), ("decimal", "%2/"), ("lowerLetter", "%3-")])
    R.hn("ĐẶC ĐIỂM TÌNH HÌNH", n, 0)
    R.p("Phường Vinh Phú được thành lập từ ngày 01/7/2025 trên cơ sở 6 phường, xã cũ, có 68 "
        "khối, xóm với hơn 94 nghìn nhân khẩu; Đảng bộ phường có 96 tổ chức cơ sở đảng.",
        "other")
    R.hn("KẾT QUẢ THỰC HIỆN", n, 0)
    R.hn("Công tác lãnh đạo, chỉ đạo", n, 1, bold=False)
    R.p("Đảng ủy phường và các đảng ủy trước sáp nhập ban hành 34 văn bản lãnh đạo, chỉ đạo; tổ "
        "chức 25 hội nghị quán triệt, sơ kết việc thực hiện Kết luận.", "lanh-dao")
    R.hn("Kết quả đạt được", n, 1, bold=False)
    R.hn("Tiếp công dân, đối thoại", n, 2, bold=False, italic=True)
    R.p("Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường tiếp 1.384 lượt công dân, tổ chức 46 "
        "cuộc đối thoại với Nhân dân về chỉnh trang đô thị, giải phóng mặt bằng.",
        "ket-qua.noi-bat")
    R.hn("Giải quyết đơn thư, cải cách hành chính", n, 2, bold=False, italic=True)
    R.p("Tiếp nhận 362 đơn thư, đã giải quyết 351 đơn; tỷ lệ hồ sơ thủ tục hành chính giải "
        "quyết trực tuyến năm 2025 đạt 94,1%; bồi dưỡng kỹ năng cho 815 lượt cán bộ.",
        "ket-qua.noi-bat")
    R.p("Có 13 mô hình Dân vận khéo được công nhận, tiêu biểu là mô hình Khối phố không rác thải "
        "nhựa và mô hình Tổ tự quản an ninh trật tự.", "ket-qua.noi-bat")
    R.hn("Tồn tại, hạn chế", n, 1, bold=False)
    R.p("Một số vụ việc về đất đai, trật tự xây dựng giải quyết còn chậm; việc cập nhật dữ liệu "
        "dân cư sau sáp nhập chưa đầy đủ.", "ket-qua.han-che")
    R.hn("Nguyên nhân", n, 1, bold=False)
    R.p("Hồ sơ địa chính của các phường, xã cũ không thống nhất; cán bộ mới được điều động chưa "
        "nắm chắc địa bàn.", "ket-qua.nguyen-nhan")
    R.hn("Bài học kinh nghiệm", n, 1, bold=False)
    R.p("Phải giải quyết kịp thời, dứt điểm ngay từ khi phát sinh, không để vụ việc kéo dài, "
        "vượt cấp; cán bộ khối, xóm phải nắm chắc tình hình từng hộ.", "ket-qua.bai-hoc")
    R.hn("TÁC ĐỘNG", n, 0)
    R.p("Nhân dân đồng thuận cao với các dự án chỉnh trang đô thị, góp phần xây dựng phường văn "
        "minh, hiện đại.", "tac-dong")
    R.hn("PHƯƠNG HƯỚNG, NHIỆM VỤ", n, 0)
    R.p("Tiếp tục nâng cao chất lượng đối thoại, hoàn thiện dữ liệu dân cư, đất đai sau sắp xếp; "
        "mở rộng ứng dụng phản ánh hiện trường trên điện thoại.",
        "ket-qua.giai-phap")
    R.hn("KIẾN NGHỊ", n, 0)
    R.p("Đề nghị tỉnh sớm chỉnh lý, thống nhất hồ sơ địa chính giữa các đơn vị hành chính cũ và "
        "hỗ trợ kinh phí số hóa dữ liệu đất đai của phường.",
        "kien-nghi")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu VP."],
                ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "Hồ Thị Thanh Tâm"],
                leak=["Hồ Thị Thanh Tâm", "T/M ĐẢNG ỦY"])
    R.center("BIỂU SỐ LIỆU")
    R.table([
        ["STT", "Nội dung", "ĐVT", "2015 - 2020", "2021 - 2025", "Tổng cộng"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "15", "19", "34"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "11", "14", "25"],
        ["3", "Lượt cán bộ được bồi dưỡng", "Lượt", "352", "463", "815"],
        ["4", "Cuộc đối thoại với Nhân dân", "Cuộc", "20", "26", "46"],
        ["5", "Lượt tiếp công dân", "Lượt", "655", "729", "1.384"],
        ["6", "Đơn thư tiếp nhận", "Đơn", "171", "191", "362"],
        ["", "Trong đó: đơn tố cáo", "Đơn", "12", "9", "21"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "165", "186", "351"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "5", "8", "13"],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "", "94,1", "94,1"],
    ])
    return R


REPORTS = [snv, sgddt, x007, hnd, vptu, x001]
