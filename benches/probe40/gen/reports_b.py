"""Reports 8-14 of probe40."""

from docbuild import Report
from reports_a import PARTY, STATE1, STATE2, SUBJ, SUBJ_LEAK


def btctu():
    R = Report("btctu", "BTCTU", "co-quan-tham-muu", "markdown",
               "Ban To chuc TU - BC so 512.md", "2026-04-13", "512-BC/BTCTU", "Lê Đức Cường",
               tolerated=["pseudo-heading"],
               figures={"van-ban": 41, "hoi-nghi": 22, "tap-huan": 1465, "doi-thoai": 9,
                        "tiep-dan": 104, "don-nhan": 73, "don-giai-quyet": 73,
                        "dan-van-kheo": 4, "truc-tuyen": 98.2},
               notes="pandoc -t markdown of a Word file whose headings are bold paragraphs "
                     "with NO numbering at all, in sentence case and the unit's own words "
                     "('Công tác quán triệt, cụ thể hóa và chỉ đạo thực hiện', 'Kết quả đạt "
                     "được', 'Hạn chế, khuyết điểm', 'Nguyên nhân của hạn chế', …), italic "
                     "unnumbered sub-headings under the results; a head signing alone "
                     "(TRƯỞNG BAN); appendix with a target column 'Chỉ tiêu phấn đấu' (filled "
                     "for three rows) before 'Kết quả thực hiện' (what counts), and a note "
                     "'Đạt 100%' beside the petitions resolved.")
    R.header([([("TỈNH ỦY NGHỆ AN", False, False), ("BAN TỔ CHỨC", True, False),
                ("*", False, False), ("Số 512-BC/BTCTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 13 tháng 4 năm 2026", False, True)])],
             leak=["BAN TỔ CHỨC", "512-BC/BTCTU", "ngày 13 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI)",
             leak="Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư")
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức "
          "Tỉnh ủy báo cáo kết quả như sau:", leak="Ban Tổ chức Tỉnh ủy báo cáo kết quả như sau")
    R.h("Công tác quán triệt, cụ thể hóa và chỉ đạo thực hiện")
    R.p("Lãnh đạo Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành và ban hành theo thẩm quyền 41 "
        "văn bản, trọng tâm là các quy định về lấy ý kiến Nhân dân đối với cán bộ, về trách "
        "nhiệm nêu gương và tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền.",
        "lanh-dao")
    R.p("Chi bộ cơ quan tổ chức 22 hội nghị quán triệt, sơ kết; nội dung thực hiện Kết luận "
        "được lồng ghép trong sinh hoạt chuyên đề và là một tiêu chí đánh giá, xếp loại chất "
        "lượng cán bộ, công chức của Ban hằng năm.", "lanh-dao")
    R.h("Kết quả đạt được")
    R.h("Về công tác cán bộ gắn với trách nhiệm phục vụ Nhân dân", style="i")
    R.p("Tham mưu đưa tiêu chí mức độ hài lòng của Nhân dân vào đánh giá cán bộ diện Ban Thường "
        "vụ Tỉnh ủy quản lý; bồi dưỡng kỹ năng dân vận cho 1.465 lượt cán bộ làm công tác tổ "
        "chức, cán bộ các cấp, vượt chỉ tiêu đề ra.", "ket-qua.noi-bat")
    R.p("Trong quá trình sắp xếp tổ chức bộ máy và đơn vị hành chính năm 2025, Ban đã phối hợp "
        "tổ chức 9 cuộc đối thoại giữa lãnh đạo Ban với cán bộ, công chức cấp xã, giải đáp kịp "
        "thời những băn khoăn về chế độ, chính sách.", "ket-qua.noi-bat")
    R.h("Về tiếp công dân, giải quyết đơn thư", style="i")
    R.p("Lãnh đạo Ban tiếp 104 lượt công dân, tiếp nhận 73 đơn thư liên quan đến công tác cán "
        "bộ, tổ chức bộ máy và đã giải quyết xong toàn bộ 73 đơn theo thẩm quyền hoặc trả lời, "
        "hướng dẫn công dân.", "ket-qua.noi-bat")
    R.h("Về xây dựng cơ quan Ban Tổ chức", style="i")
    R.p("Tỷ lệ văn bản, hồ sơ công việc của Ban được xử lý trực tuyến năm 2025 đạt 98,2%; có 4 "
        "mô hình Dân vận khéo trong khối các cơ quan tham mưu được công nhận.", "ket-qua.noi-bat")
    R.h("Hạn chế, khuyết điểm")
    R.p("Việc lấy ý kiến Nhân dân nơi cư trú đối với cán bộ, đảng viên có nơi còn hình thức; "
        "công tác nắm bắt tâm tư, nguyện vọng của cán bộ dôi dư sau sắp xếp chưa thật kịp "
        "thời, còn để xảy ra một số đơn thư vượt cấp.", "ket-qua.han-che")
    R.h("Nguyên nhân của hạn chế")
    R.p("Khối lượng công việc sắp xếp tổ chức bộ máy rất lớn trong thời gian ngắn; một số cấp "
        "ủy cơ sở chưa quan tâm đúng mức tới công tác tư tưởng cho cán bộ trong quá trình thực "
        "hiện.", "ket-qua.nguyen-nhan")
    R.h("Bài học kinh nghiệm")
    R.p("Công tác cán bộ phải công khai, dân chủ, khách quan; mọi quyết định liên quan đến con "
        "người phải được chuẩn bị kỹ về tư tưởng, lắng nghe ý kiến của cán bộ và Nhân dân trước "
        "khi ban hành.", "ket-qua.bai-hoc")
    R.h("Tác động của việc thực hiện Kết luận")
    R.p("Việc thực hiện Kết luận góp phần xây dựng đội ngũ cán bộ có phẩm chất, năng lực, gần "
        "dân; sự đồng thuận của cán bộ, đảng viên và Nhân dân đối với chủ trương sắp xếp tổ "
        "chức bộ máy được nâng lên rõ rệt.", "tac-dong")
    R.h("Phương hướng, giải pháp thời gian tới")
    R.p("Tiếp tục hoàn thiện quy định về đánh giá cán bộ theo kết quả, sản phẩm cụ thể và mức độ "
        "hài lòng của Nhân dân; quan tâm bồi dưỡng kỹ năng dân vận cho cán bộ cấp xã sau sắp "
        "xếp.", "ket-qua.giai-phap")
    R.h("Kiến nghị")
    R.p("Đề nghị Ban Tổ chức Trung ương sớm hướng dẫn bộ tiêu chí đánh giá mức độ hài lòng của "
        "Nhân dân đối với cán bộ, công chức để áp dụng thống nhất trong cả nước.", "kien-nghi")
    R.signature(["- Thường trực Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                 "- Lưu VT."],
                ["TRƯỞNG BAN", "", "", "Lê Đức Cường"],
                leak=["Lê Đức Cường", "TRƯỞNG BAN"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW (2015 - 2025)")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Chỉ tiêu phấn đấu", "Kết quả thực hiện", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo, hướng dẫn được ban hành", "Văn bản", "", "41", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "", "22", ""],
        ["3", "Lượt cán bộ được bồi dưỡng kỹ năng dân vận", "Lượt", "1.200", "1.465", ""],
        ["4", "Đối thoại với cán bộ, công chức, Nhân dân", "Cuộc", "", "9", ""],
        ["5", "Lượt tiếp công dân", "Lượt", "", "104", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "", "73", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "", "73", "Đạt 100%"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "3", "4", ""],
        ["9", "Tỷ lệ văn bản, hồ sơ công việc xử lý trực tuyến", "%", "95", "98,2", "Năm 2025"],
    ])
    return R


def mttq():
    R = Report("mttq", "MTTQ", "mttq-doan-the", "docx",
               "UBMTTQ tinh - BC tham gia thuc hien KL114.docx", "2026-04-09",
               "112/BC-MTTQ-BTT", "Nguyễn Văn Thông",
               figures={"van-ban": 52, "hoi-nghi": 63, "tap-huan": 6410, "doi-thoai": 45,
                        "tiep-dan": 886, "don-nhan": 1618, "don-giai-quyet": 1547,
                        "dan-van-kheo": 38, "truc-tuyen": None},
               notes="Word file: headings typed bold (I.-VII.), the body of results, limits, "
                     "causes, lessons and tasks in Word numbered lists (List Paragraph with "
                     "automatic '1.' numbering restarting in each list; the number is not "
                     "in the text); results items open with a bold run-in label; limits and "
                     "causes as two bold-italic lines inside part III; appendix where the "
                     "citizen-reception row is empty and its two '+ ' rows below hold the "
                     "figures (312 + 574 = 886), a 'Trong đó: hội nghị trực tuyến' subset "
                     "row (not added), the online rate 'x' with a note.")
    R.header([([("ỦY BAN MTTQ VIỆT NAM", False, False), ("TỈNH NGHỆ AN", False, False),
                ("BAN THƯỜNG TRỰC", True, False), ("Số: 112/BC-MTTQ-BTT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 09 tháng 4 năm 2026", False, True)])],
             leak=["BAN THƯỜNG TRỰC", "112/BC-MTTQ-BTT", "ngày 09 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Kết quả 10 năm Mặt trận Tổ quốc tỉnh tham gia thực hiện Kết luận số 114-KL/TW của "
             "Ban Bí thư", leak="Mặt trận Tổ quốc tỉnh tham gia thực hiện Kết luận số 114-KL/TW")
    R.h("I. ĐÁNH GIÁ VIỆC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng đoàn, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đã ban hành 52 văn "
        "bản chỉ đạo, hướng dẫn Mặt trận các cấp tham gia thực hiện Kết luận; tổ chức 63 hội "
        "nghị quán triệt, sơ kết, tổng kết chuyên đề, trong đó có 14 hội nghị trực tuyến đến "
        "cấp xã.", "lanh-dao")
    R.p("Nội dung giám sát tinh thần, thái độ phục vụ Nhân dân của cán bộ, công chức được đưa "
        "vào chương trình giám sát hằng năm của Mặt trận và các tổ chức chính trị - xã hội từ "
        "tỉnh đến cơ sở.", "lanh-dao")
    R.h("II. KẾT QUẢ THAM GIA THỰC HIỆN")
    R.p("Mặt trận các cấp chủ trì 1.284 cuộc giám sát, trong đó 236 cuộc giám sát việc giải "
        "quyết thủ tục hành chính và thái độ phục vụ của cán bộ, công chức tại Bộ phận một cửa "
        "cấp xã.", "ket-qua.noi-bat", label="Công tác giám sát, phản biện xã hội:",
        kind="num-restart")
    R.p("cán bộ Mặt trận chủ trì và tham gia 886 lượt tiếp công dân cùng chính quyền; tiếp "
        "nhận 1.618 đơn thư kiến nghị, phản ánh, trong đó 1.547 đơn đã được cơ quan có thẩm "
        "quyền giải quyết.", "ket-qua.noi-bat", label="Tham gia tiếp công dân, giải quyết đơn thư:",
        kind="num")
    R.p("phối hợp tổ chức 45 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân "
        "dân, tập trung vào đất đai, môi trường, chính sách an sinh xã hội.", "ket-qua.noi-bat",
        label="Tổ chức đối thoại:", kind="num")
    R.p("tập huấn nghiệp vụ giám sát, phản biện xã hội cho 6.410 lượt cán bộ Mặt trận các cấp; "
        "38 mô hình Dân vận khéo của hệ thống Mặt trận được công nhận.", "ket-qua.noi-bat",
        label="Bồi dưỡng cán bộ và phong trào thi đua:", kind="num")
    R.h("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
    R.h("Tồn tại, hạn chế", style="bi")
    R.p("Một số cuộc giám sát còn dàn trải, kiến nghị sau giám sát chưa được theo dõi đến cùng.",
        "ket-qua.han-che", kind="num-restart")
    R.p("Vai trò của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng ở một số xã "
        "còn mờ nhạt, chưa phát hiện được sai phạm từ sớm.", "ket-qua.han-che", kind="num")
    R.h("Nguyên nhân", style="bi")
    R.p("Cơ chế bảo đảm thực hiện kiến nghị giám sát của Mặt trận chưa đầy đủ, chưa có chế tài "
        "đối với cơ quan chậm trả lời kiến nghị.", "ket-qua.nguyen-nhan", kind="num-restart")
    R.p("Cán bộ Mặt trận cơ sở phần lớn kiêm nhiệm, thường xuyên thay đổi sau sắp xếp; kinh phí "
        "hoạt động của Ban Thanh tra nhân dân còn hạn hẹp.", "ket-qua.nguyen-nhan", kind="num")
    R.h("IV. BÀI HỌC KINH NGHIỆM")
    R.p("Giám sát phải chọn đúng vấn đề Nhân dân bức xúc, có trọng tâm, trọng điểm.",
        "ket-qua.bai-hoc", kind="num-restart")
    R.p("Phối hợp chặt chẽ với chính quyền cùng cấp, phát huy vai trò của các tổ chức thành "
        "viên và người có uy tín trong cộng đồng.", "ket-qua.bai-hoc", kind="num")
    R.p("Kiên trì theo dõi, đôn đốc việc thực hiện kiến nghị sau giám sát, công khai kết quả "
        "cho Nhân dân biết.", "ket-qua.bai-hoc", kind="num")
    R.h("V. TÁC ĐỘNG")
    R.p("Các kiến nghị của Mặt trận được chính quyền các cấp tiếp thu, giải quyết ngày càng tốt "
        "hơn; khối đại đoàn kết toàn dân tộc được củng cố, niềm tin của Nhân dân đối với Đảng, "
        "chính quyền được nâng lên.", "tac-dong")
    R.h("VI. NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN TỚI")
    R.p("Đổi mới nội dung, phương thức giám sát, phản biện xã hội theo hướng chuyên đề, gắn với "
        "những vấn đề Nhân dân quan tâm.", "ket-qua.giai-phap", kind="num-restart")
    R.p("Ứng dụng nền tảng số tiếp nhận kiến nghị của Nhân dân, kết nối với hệ thống tiếp nhận "
        "phản ánh của chính quyền các cấp.", "ket-qua.giai-phap", kind="num")
    R.h("VII. KIẾN NGHỊ, ĐỀ XUẤT")
    R.p("Đề nghị Tỉnh ủy chỉ đạo cấp ủy, chính quyền các cấp định kỳ thông báo kết quả giải "
        "quyết kiến nghị sau giám sát của Mặt trận; Ủy ban nhân dân tỉnh bố trí kinh phí cho "
        "hoạt động của Ban Thanh tra nhân dân ở các xã, phường.", "kien-nghi")
    R.app("Trên đây là báo cáo kết quả 10 năm tham gia thực hiện Kết luận số 114-KL/TW của Ban "
          "Thường trực Ủy ban MTTQ Việt Nam tỉnh./.", leak="Ủy ban MTTQ Việt Nam tỉnh./.")
    R.signature(["- Ban Thường trực UBTƯ MTTQ Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                 "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VT."],
                ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Nguyễn Văn Thông"],
                leak=["Nguyễn Văn Thông", "TM. BAN THƯỜNG TRỰC",
                      "Ban Thường trực UBTƯ MTTQ Việt Nam (b/c)"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU MẶT TRẬN CÁC CẤP THAM GIA THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"],
        ["1", "Văn bản chỉ đạo, hướng dẫn", "Văn bản", "52", ""],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "63", ""],
        ["", "Trong đó: hội nghị trực tuyến", "Hội nghị", "14", ""],
        ["3", "Lượt cán bộ Mặt trận được tập huấn, bồi dưỡng", "Lượt", "6.410", ""],
        ["4", "Đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân do Mặt trận phối "
              "hợp tổ chức", "Cuộc", "45", ""],
        ["5", "Tiếp công dân", "Lượt", "", ""],
        ["", "+ Mặt trận chủ trì tiếp công dân", "Lượt", "312", ""],
        ["", "+ Tham gia tiếp công dân cùng chính quyền", "Lượt", "574", ""],
        ["6", "Đơn thư kiến nghị, phản ánh tiếp nhận", "Đơn", "1.618", ""],
        ["7", "Đơn thư đã được cơ quan có thẩm quyền giải quyết", "Đơn", "1.547", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "38", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "x",
         "Mặt trận không giải quyết TTHC"],
    ])
    return R


def hnd():
    R = Report("hnd", "HND", "mttq-doan-the", "docx", "Hoi Nong dan - BC 114 (gui BTGDV).docx",
               "2026-04-07", "268-BC/HNDT", "Võ Văn Lực",
               problems=["appendix-value-missing:doi-thoai"],
               figures={"van-ban": 39, "hoi-nghi": 48, "tap-huan": 5525, "doi-thoai": None,
                        "tiep-dan": None, "don-nhan": 309, "don-giai-quyet": 298,
                        "dan-van-kheo": 37, "truc-tuyen": None},
               notes="Word file: 'Phần I: KẾT QUẢ …' and 'Phần II: PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ "
                     "KIẾN NGHỊ' in Heading 1 (part and title on one line), 1.-5. in Heading "
                     "2, 2.1./2.2. in Heading 3; '3. Tồn tại, hạn chế và nguyên nhân' with "
                     "the causes paragraph opening 'Nguyên nhân chủ yếu'; appendix 'BIỂU "
                     "THỐNG KÊ' with two periods and 'Tổng số', 'x' for the duties not the "
                     "association's (citizen reception, procedures) and the dialogues row "
                     "left EMPTY with a note that the figures are not yet compiled "
                     "(appendix-value-missing deserved).")
    R.header([([("HỘI NÔNG DÂN TỈNH NGHỆ AN", True, False), ("BAN THƯỜNG VỤ", True, False),
                ("*", False, False), ("Số: 268-BC/HNDT", False, False)],
               [("HỘI NÔNG DÂN VIỆT NAM", True, False, True), ("", False, False),
                ("Nghệ An, ngày 07 tháng 4 năm 2026", False, True)])],
             leak=["HỘI NÔNG DÂN TỈNH NGHỆ AN", "268-BC/HNDT", "ngày 07 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("Phần I: KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", "word", 1)
    R.h("1. Công tác lãnh đạo, chỉ đạo của Ban Thường vụ Hội", "word", 2)
    R.p("Ban Thường vụ Hội Nông dân tỉnh đã ban hành 39 văn bản hướng dẫn các cấp Hội tham gia "
        "xây dựng chính quyền, giám sát cán bộ, công chức trong thực thi công vụ; tổ chức 48 "
        "hội nghị quán triệt, sơ kết đến cán bộ Hội chủ chốt các cấp.", "lanh-dao")
    R.p("Hội ký kết và thực hiện chương trình phối hợp với Ủy ban nhân dân tỉnh, các sở Nông "
        "nghiệp và Môi trường, Tài chính về tuyên truyền chính sách, hỗ trợ nông dân tiếp cận "
        "dịch vụ công.", "lanh-dao")
    R.h("2. Kết quả các cấp Hội tham gia thực hiện", "word", 2)
    R.h("2.1. Tuyên truyền, vận động và bồi dưỡng cán bộ Hội", "word", 3)
    R.p("Các cấp Hội tổ chức tập huấn kỹ năng vận động, kỹ năng giám sát và hướng dẫn sử dụng "
        "dịch vụ công trực tuyến cho 5.525 lượt cán bộ Hội, chi hội trưởng; hơn 120 nghìn lượt "
        "hội viên được tuyên truyền qua sinh hoạt chi, tổ hội.", "ket-qua.noi-bat")
    R.h("2.2. Tham gia giải quyết kiến nghị của nông dân", "word", 3)
    R.p("Hội tiếp nhận 309 đơn thư, ý kiến của hội viên, nông dân, phối hợp giải quyết và "
        "chuyển cơ quan có thẩm quyền giải quyết 298 trường hợp, chủ yếu về đất đai, giống, "
        "vật tư nông nghiệp kém chất lượng.", "ket-qua.noi-bat")
    R.p("Phong trào thi đua Dân vận khéo của các cấp Hội có 37 mô hình được công nhận, tiêu biểu "
        "là mô hình Tổ hợp tác trồng cam an toàn ở Quỳ Hợp và mô hình Chi hội nông dân nghề "
        "cá ven biển.", "ket-qua.noi-bat")
    R.h("3. Tồn tại, hạn chế và nguyên nhân", "word", 2)
    R.p("Việc giám sát của Hội đối với cán bộ, công chức trong giải quyết thủ tục hành chính ở "
        "cơ sở chưa thường xuyên; một số kiến nghị của nông dân chậm được phản hồi, có vụ việc "
        "kéo dài nhiều năm.", "ket-qua.han-che")
    R.p("Nguyên nhân chủ yếu là cán bộ Hội cơ sở phần lớn kiêm nhiệm, tuổi cao, ít được bồi "
        "dưỡng; cơ chế phối hợp giữa Hội với chính quyền ở một số nơi chưa được thực hiện "
        "nghiêm túc.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", "word", 2)
    R.p("Phải bám sát cơ sở, nắm chắc tâm tư, nguyện vọng của nông dân; chủ động đề xuất với "
        "cấp ủy, chính quyền những vấn đề nông dân quan tâm, bức xúc để giải quyết từ sớm, từ "
        "xa.", "ket-qua.bai-hoc")
    R.h("5. Hiệu quả, tác động", "word", 2)
    R.p("Nông dân tin tưởng hơn vào sự lãnh đạo của Đảng, tích cực tham gia xây dựng nông thôn "
        "mới, hiến đất làm đường, đóng góp ngày công; vai trò của Hội trong tham gia xây dựng "
        "chính quyền được khẳng định.", "tac-dong")
    R.h("Phần II: PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ", "word", 1)
    R.h("1. Phương hướng, nhiệm vụ", "word", 2)
    R.p("Nâng cao chất lượng giám sát, phản biện của Hội; đẩy mạnh hỗ trợ hội viên chuyển đổi "
        "số trong sản xuất, tiêu thụ nông sản và thực hiện thủ tục hành chính trực tuyến.",
        "ket-qua.giai-phap")
    R.h("2. Kiến nghị", "word", 2)
    R.p("Đề nghị Ủy ban nhân dân tỉnh ban hành quy chế phối hợp mới với Hội Nông dân tỉnh phù "
        "hợp với mô hình chính quyền địa phương hai cấp, trong đó quy định thời hạn trả lời "
        "kiến nghị của nông dân.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Hội Nông dân tỉnh./.", leak="của Ban Thường vụ Hội Nông dân tỉnh./.")
    R.signature(["- Trung ương Hội NDVN (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                 "- Lưu VP."],
                ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Võ Văn Lực"],
                leak=["Võ Văn Lực", "Trung ương Hội NDVN (b/c)"])
    R.pagebreak()
    R.center("BIỂU THỐNG KÊ")
    R.center("Số liệu các cấp Hội tham gia thực hiện Kết luận số 114-KL/TW", bold=False,
             italic=True)
    R.table([
        ["STT", "Nội dung", "ĐVT", "2015 - 2020", "2021 - 2025", "Tổng số", "Ghi chú"],
        ["1", "Văn bản hướng dẫn, chỉ đạo", "Văn bản", "18", "21", "39", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "22", "26", "48", ""],
        ["3", "Lượt cán bộ Hội được tập huấn", "Lượt", "2.380", "3.145", "5.525", ""],
        ["4", "Hội nghị đối thoại giữa chính quyền với nông dân", "Cuộc", "", "", "",
         "Số liệu do UBND các xã quản lý, Hội đang tổng hợp"],
        ["5", "Tiếp công dân", "Lượt", "x", "x", "x", ""],
        ["6", "Đơn thư, ý kiến của nông dân tiếp nhận", "Đơn", "142", "167", "309", ""],
        ["7", "Đơn thư, ý kiến đã giải quyết", "Đơn", "136", "162", "298", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "15", "22", "37", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "x", "x", "x", ""],
    ])
    return R


def td():
    R = Report("td", "TD", "mttq-doan-the", "markdown", "BC 605 Tinh doan KL114.md",
               "2026-04-11", "605-BC/TĐTN-VP", "Nguyễn Thị Thu Trang",
               tolerated=["section-order"],
               figures={"van-ban": 35, "hoi-nghi": 29, "tap-huan": 2555, "doi-thoai": 47,
                        "tiep-dan": None, "don-nhan": 393, "don-giai-quyet": 372,
                        "dan-van-kheo": 14, "truc-tuyen": None},
               notes="pandoc -t markdown of a Word file with Heading 1/2 styles and typed "
                     "Arabic numbering (# 1. … # 7., ## 4.1.); parts out of the outline's "
                     "order: impact (3.) before limits (4.), lessons (6.) after directions "
                     "(5.) — a section-order warning is tolerated, not required; '4. Tồn "
                     "tại, hạn chế và nguyên nhân' over 4.1./4.2.; appendix TURNED: one row "
                     "per year 2015 … 2025 and a 'Cộng' row, indicators across under a "
                     "two-row header ('Công tác chỉ đạo' over 'Văn bản' | 'Hội nghị', 'Ý "
                     "kiến, kiến nghị của thanh niên' over 'Tiếp nhận' | 'Đã giải quyết'); a "
                     "note under it that the Youth Union has no duty of citizen reception "
                     "or procedures (not applicable).")
    R.header([([("BCH ĐOÀN TỈNH NGHỆ AN", True, False), ("***", False, False),
                ("Số: 605-BC/TĐTN-VP", False, False)],
               [("ĐOÀN TNCS HỒ CHÍ MINH", True, False, True), ("", False, False),
                ("Nghệ An, ngày 11 tháng 4 năm 2026", False, True)])],
             leak=["BCH ĐOÀN TỈNH NGHỆ AN", "605-BC/TĐTN-VP", "ngày 11 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm tổ chức Đoàn tham gia thực hiện Kết luận số 114-KL/TW của Ban Bí "
             "thư về công tác dân vận của cơ quan nhà nước",
             leak="tổ chức Đoàn tham gia thực hiện Kết luận số 114-KL/TW")
    R.h("1. Công tác tuyên truyền, quán triệt", "word", 1)
    R.p("Ban Thường vụ Tỉnh đoàn đã ban hành 35 văn bản chỉ đạo, hướng dẫn các cấp bộ Đoàn tuyên "
        "truyền, tham gia thực hiện Kết luận; tổ chức 29 hội nghị quán triệt, sơ kết cho cán bộ "
        "Đoàn chủ chốt, kết hợp sinh hoạt chi đoàn hằng tháng.", "lanh-dao")
    R.p("Nội dung tham gia xây dựng chính quyền, giám sát thái độ phục vụ của cán bộ, công chức "
        "trẻ được đưa vào chương trình công tác Đoàn và phong trào thanh niên hằng năm.",
        "lanh-dao")
    R.h("2. Kết quả nổi bật", "word", 1)
    R.p("Tập huấn kỹ năng dân vận, kỹ năng nắm bắt dư luận xã hội cho 2.555 lượt cán bộ Đoàn, "
        "đoàn viên là cán bộ, công chức, viên chức trẻ trong các cơ quan nhà nước.",
        "ket-qua.noi-bat")
    R.p("Duy trì 47 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với thanh niên theo "
        "Quyết định số 1003/QĐ-TTg; tiếp nhận 393 ý kiến, kiến nghị của thanh niên, trong đó "
        "372 ý kiến đã được cơ quan có thẩm quyền giải quyết, trả lời.", "ket-qua.noi-bat")
    R.p("Có 14 mô hình Dân vận khéo của tổ chức Đoàn được công nhận, tiêu biểu là mô hình Thanh "
        "niên tình nguyện hỗ trợ dịch vụ công trực tuyến tại Bộ phận một cửa cấp xã.",
        "ket-qua.noi-bat")
    R.h("3. Hiệu quả, tác động", "word", 1)
    R.p("Thông qua hoạt động của Đoàn, niềm tin của thanh niên đối với chính quyền được củng cố; "
        "nhiều kiến nghị chính đáng của thanh niên về việc làm, khởi nghiệp, học nghề được giải "
        "quyết kịp thời, tạo động lực cho thanh niên lập nghiệp tại quê hương.", "tac-dong")
    R.h("4. Tồn tại, hạn chế và nguyên nhân", "word", 1)
    R.h("4.1. Tồn tại, hạn chế", "word", 2)
    R.p("Chất lượng một số cuộc đối thoại với thanh niên còn hình thức; việc theo dõi, đôn đốc "
        "giải quyết kiến nghị sau đối thoại chưa chặt chẽ, một số kiến nghị chậm được trả lời.",
        "ket-qua.han-che")
    R.h("4.2. Nguyên nhân", "word", 2)
    R.p("Cán bộ Đoàn cơ sở thường xuyên thay đổi, phần lớn kiêm nhiệm; kinh phí hoạt động của "
        "Đoàn ở cơ sở hạn hẹp; một số cấp ủy chưa quan tâm đúng mức tới việc phát huy vai trò "
        "của thanh niên.", "ket-qua.nguyen-nhan")
    R.h("5. Phương hướng thời gian tới", "word", 1)
    R.p("Đổi mới hình thức đối thoại giữa người đứng đầu với thanh niên theo hướng thực chất; "
        "nhân rộng mô hình thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực "
        "tuyến toàn trình.", "ket-qua.giai-phap")
    R.h("6. Bài học kinh nghiệm", "word", 1)
    R.p("Phải bám sát sự lãnh đạo của cấp ủy, chủ động tham mưu; lấy đoàn viên, thanh niên làm "
        "trung tâm, phát huy tinh thần xung kích, tình nguyện của tuổi trẻ trong tham gia xây "
        "dựng chính quyền.", "ket-qua.bai-hoc")
    R.h("7. Đề xuất, kiến nghị", "word", 1)
    R.p("Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo cấp ủy, chính quyền các cấp duy trì đối thoại với "
        "thanh niên ít nhất mỗi năm một lần và bố trí kinh phí cho hoạt động của Đoàn ở các xã, "
        "phường sau sắp xếp.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Tỉnh đoàn./.", leak="của Ban Thường vụ Tỉnh đoàn./.")
    R.signature(["- Trung ương Đoàn (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                 "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VP."],
                ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "", "", "Nguyễn Thị Thu Trang"],
                leak=["Nguyễn Thị Thu Trang", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU THỐNG KÊ THEO NĂM")
    yrs = ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024",
           "2025"]
    vb = ["1", "3", "3", "4", "3", "3", "4", "3", "4", "3", "4"]
    hn = ["1", "2", "3", "2", "3", "2", "3", "3", "3", "3", "4"]
    th = ["-", "180", "210", "225", "240", "160", "260", "285", "310", "330", "355"]
    dt = ["-", "3", "4", "4", "5", "3", "5", "5", "6", "6", "6"]
    kn = ["8", "26", "31", "35", "38", "29", "40", "42", "45", "47", "52"]
    gq = ["8", "25", "30", "33", "36", "28", "38", "40", "43", "44", "47"]
    mh = ["-", "-", "1", "1", "2", "1", "2", "2", "2", "1", "2"]
    rows = [["Năm", "Công tác chỉ đạo", "", "Tập huấn cán bộ Đoàn (lượt)",
             "Đối thoại với thanh niên (cuộc)", "Ý kiến, kiến nghị của thanh niên", "",
             "Mô hình Dân vận khéo"],
            ["", "Văn bản", "Hội nghị", "", "", "Tiếp nhận", "Đã giải quyết", ""]]
    for i, y in enumerate(yrs):
        rows.append([y, vb[i], hn[i], th[i], dt[i], kn[i], gq[i], mh[i]])
    rows.append(["Cộng", "35", "29", "2.555", "47", "393", "372", "14"])
    R.table(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 6),
                          (0, 7, 1, 7)], bold_rows=(0, 1), labels=None)
    R.table_text.extend(["Tập huấn cán bộ Đoàn (lượt)", "Đối thoại với thanh niên (cuộc)",
                         "Ý kiến, kiến nghị của thanh niên"])
    R.p("Ghi chú: Năm 2015 tính từ tháng 7/2015. Tỉnh đoàn không có nhiệm vụ tiếp công dân và "
        "giải quyết thủ tục hành chính.", "phu-luc")
    return R


def duca():
    R = Report("duca", "DUCA", "dang-uy-truc-thuoc", "docx",
               "DUCA_BC tong ket KL 114-KL_TW.docx", "2026-04-12", "731-BC/ĐU", "Lê Văn Khánh",
               figures={"van-ban": 72, "hoi-nghi": 58, "tap-huan": 19460, "doi-thoai": 34,
                        "tiep-dan": 4385, "don-nhan": 2512, "don-giai-quyet": 2447,
                        "dan-van-kheo": 26, "truc-tuyen": 95.7},
               notes="Word file with bold typed headings I.-VII.; results under italic "
                     "'a)' 'b)' 'c)' fields; 'IV. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH "
                     "NGHIỆM' over bold-italic '1. Hạn chế' / '2. Nguyên nhân' / '3. Bài học "
                     "kinh nghiệm'; rank 'Đại tá' on the signer's line; appendix in TWO "
                     "tables by topic, not by period: 'Biểu 1: Công tác lãnh đạo, chỉ đạo, "
                     "tập huấn' (rows 1-3) and 'Biểu 2: Tiếp công dân, đối thoại, giải quyết "
                     "đơn thư, cải cách hành chính' (rows 4-9).")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY CÔNG AN TỈNH", True, False),
                ("*", False, False), ("Số 731-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 12 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY CÔNG AN TỈNH", "Số 731-BC/ĐU", "ngày 12 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH")
    R.p("Đảng bộ Công an tỉnh có 98 tổ chức cơ sở đảng; từ ngày 01/3/2025 Công an tỉnh tổ chức "
        "theo mô hình hai cấp, Công an các xã, phường được tăng cường lực lượng, trực tiếp giải "
        "quyết thủ tục hành chính về cư trú, căn cước cho Nhân dân.", "other")
    R.h("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Ban Thường vụ Đảng ủy Công an tỉnh đã ban hành 72 văn bản lãnh đạo, chỉ đạo thực hiện "
        "Kết luận, gắn với Chỉ thị của Bộ Công an về xây dựng phong cách người Công an nhân dân "
        "bản lĩnh, nhân văn, vì Nhân dân phục vụ.", "lanh-dao")
    R.p("Tổ chức 58 hội nghị quán triệt, sơ kết; đưa kết quả công tác dân vận vào tiêu chí đánh "
        "giá, xếp loại tổ chức đảng, đảng viên và phong trào thi đua Vì an ninh Tổ quốc hằng "
        "năm.", "lanh-dao")
    R.h("III. KẾT QUẢ THỰC HIỆN")
    R.h("a) Xây dựng phong cách người Công an vì Nhân dân phục vụ", style="i")
    R.p("Toàn lực lượng tổ chức 19.460 lượt tập huấn văn hóa ứng xử, kỹ năng dân vận cho cán "
        "bộ, chiến sĩ; lực lượng Công an xã chính quy bám địa bàn, tham gia giúp dân hàng chục "
        "nghìn ngày công khắc phục hậu quả thiên tai.", "ket-qua.noi-bat")
    R.h("b) Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị", style="i")
    R.p("Công an các cấp tiếp 4.385 lượt công dân, tổ chức 34 cuộc đối thoại với Nhân dân về "
        "an ninh trật tự; tiếp nhận 2.512 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh, đã "
        "giải quyết 2.447 đơn, đạt 97,4%.", "ket-qua.noi-bat")
    R.h("c) Cải cách hành chính, thực hiện Đề án 06", style="i")
    R.p("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 95,7%; có 26 mô hình "
        "Dân vận khéo được công nhận, tiêu biểu là mô hình Tổ liên gia an toàn phòng cháy, chữa "
        "cháy và mô hình Zalo an ninh khu dân cư.", "ket-qua.noi-bat")
    R.h("IV. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM")
    R.h("1. Hạn chế", style="bi")
    R.p("Một số cán bộ, chiến sĩ còn có biểu hiện thiếu tôn trọng Nhân dân khi giải quyết công "
        "việc; việc giải quyết một số tin báo, tố giác về tội phạm, vi phạm hành chính còn "
        "chậm.", "ket-qua.han-che")
    R.h("2. Nguyên nhân", style="bi")
    R.p("Áp lực công việc lớn, địa bàn rộng, nhất là sau sắp xếp mô hình tổ chức; công tác giáo "
        "dục chính trị, tư tưởng ở một số đơn vị chưa sâu sát, kiểm tra chưa thường xuyên.",
        "ket-qua.nguyen-nhan")
    R.h("3. Bài học kinh nghiệm", style="bi")
    R.p("Phải lấy sự hài lòng của Nhân dân làm thước đo; xây dựng lực lượng Công an thật sự "
        "trong sạch, vững mạnh; phát huy sức mạnh của quần chúng trong bảo vệ an ninh trật tự ở "
        "cơ sở.", "ket-qua.bai-hoc")
    R.h("V. TÁC ĐỘNG")
    R.p("Thế trận an ninh nhân dân gắn với thế trận lòng dân ngày càng vững chắc; Nhân dân tích "
        "cực cung cấp thông tin, tố giác tội phạm, góp phần giữ vững an ninh chính trị, trật tự "
        "an toàn xã hội trên địa bàn tỉnh.", "tac-dong")
    R.h("VI. PHƯƠNG HƯỚNG, GIẢI PHÁP")
    R.p("Tiếp tục quán triệt sâu sắc quan điểm lấy dân làm gốc; đẩy mạnh thực hiện Đề án 06, "
        "phấn đấu 100% thủ tục hành chính thuộc thẩm quyền được giải quyết trực tuyến toàn "
        "trình vào năm 2030.", "ket-qua.giai-phap")
    R.h("VII. KIẾN NGHỊ")
    R.p("Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo cấp ủy, chính quyền các xã, phường tiếp tục quan "
        "tâm hỗ trợ cơ sở vật chất, trụ sở làm việc cho Công an xã, phường sau sắp xếp.",
        "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy Công "
          "an tỉnh./.", leak="của Đảng ủy Công an tỉnh./.")
    R.signature(["- Đảng ủy Công an Trung ương (b/c),", "- Thường trực Tỉnh ủy (b/c),",
                 "- Ban Tuyên giáo và Dân vận Tỉnh ủy,", "- Lưu VP."],
                ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "Đại tá Lê Văn Khánh"],
                leak=["Lê Văn Khánh", "Đảng ủy Công an Trung ương (b/c)"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.h("Biểu 1: Công tác lãnh đạo, chỉ đạo, tập huấn", style="bold")
    R.table([
        ["TT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "72", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "58", ""],
        ["3", "Lượt cán bộ, chiến sĩ được tập huấn", "Lượt", "19.460", ""],
    ])
    R.h("Biểu 2: Tiếp công dân, đối thoại, giải quyết đơn thư, cải cách hành chính",
        style="bold")
    R.table([
        ["TT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"],
        ["4", "Đối thoại với Nhân dân", "Cuộc", "34", ""],
        ["5", "Tiếp công dân", "Lượt", "4.385", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "2.512", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "2.447", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "26", ""],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "95,7", "Năm 2025"],
    ])
    return R


def duqs():
    R = Report("duqs", "DUQS", "dang-uy-truc-thuoc", "markdown",
               "Dang uy Quan su tinh_BC KL114.md", "2026-04-15", "287-BC/ĐU", "Hồ Sỹ Nam",
               tolerated=["pseudo-heading"],
               figures={"van-ban": 49, "hoi-nghi": 41, "tap-huan": 5230, "doi-thoai": 11,
                        "tiep-dan": 268, "don-nhan": 45, "don-giai-quyet": 44,
                        "dan-van-kheo": 17, "truc-tuyen": None},
               notes="pandoc -t markdown of a Word file with bold typed Roman headings in "
                     "capitals, the results part's title WRAPPED over two bold paragraphs "
                     "('II. KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' / 'TRONG LỰC LƯỢNG VŨ "
                     "TRANG TỈNH'); 'III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN' with the causes "
                     "in a paragraph opening '* Nguyên nhân:' (italic run-in label); lessons "
                     "as 'Một là' / 'Hai là' paragraphs under IV.; signature lines right-"
                     "aligned, no table; appendix with two periods and 'Cộng 10 năm', '-' "
                     "where nothing was done in a period, 'x' for the online rate (not the "
                     "unit's duty).")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY QUÂN SỰ TỈNH", True, False),
                ("*", False, False), ("Số 287-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 15 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY QUÂN SỰ TỈNH", "Số 287-BC/ĐU", "ngày 15 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("I. CÔNG TÁC QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy Quân sự tỉnh đã ban hành 49 nghị quyết, chỉ thị, kế hoạch lãnh đạo công tác "
        "dân vận của lực lượng vũ trang tỉnh; tổ chức 41 hội nghị quán triệt, sơ kết, gắn với "
        "thực hiện Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương.", "lanh-dao")
    R.p("Cấp ủy, chỉ huy các cơ quan, đơn vị đưa chỉ tiêu công tác dân vận vào nghị quyết lãnh "
        "đạo hằng năm; phân công cán bộ phụ trách địa bàn, nắm tình hình Nhân dân ở các xã biên "
        "giới, vùng đồng bào dân tộc thiểu số.", "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.h("TRONG LỰC LƯỢNG VŨ TRANG TỈNH")
    R.h("1. Những kết quả nổi bật", style="bi")
    R.p("Tập huấn kỹ năng tuyên truyền, vận động quần chúng cho 5.230 lượt cán bộ, chiến sĩ; các "
        "đơn vị tham gia giúp Nhân dân hơn 61.000 ngày công, xây dựng 172 nhà Đồng đội, nhà "
        "tình nghĩa ở các huyện miền núi (cũ).", "ket-qua.noi-bat")
    R.p("Cơ quan quân sự các cấp tiếp 268 lượt công dân, phối hợp tổ chức 11 cuộc đối thoại với "
        "Nhân dân về chính sách hậu phương quân đội; tiếp nhận 45 đơn thư, đã giải quyết 44 "
        "đơn, 1 đơn đang xác minh.", "ket-qua.noi-bat")
    R.p("Có 17 mô hình Dân vận khéo trong lực lượng vũ trang tỉnh được công nhận, tiêu biểu là "
        "mô hình Bộ đội Biên phòng nâng bước em tới trường phối hợp thực hiện ở các xã biên "
        "giới.", "ket-qua.noi-bat")
    R.h("III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN")
    R.p("Công tác nắm tình hình Nhân dân ở một số địa bàn giáp biên còn chưa thường xuyên; kỹ "
        "năng tuyên truyền bằng tiếng dân tộc của một số cán bộ trẻ còn hạn chế.",
        "ket-qua.han-che")
    R.p("địa bàn rộng, giao thông đi lại khó khăn; nhiệm vụ huấn luyện, sẵn sàng chiến đấu nặng "
        "nề, thời gian dành cho công tác dân vận của cán bộ còn ít.", "ket-qua.nguyen-nhan",
        label="* Nguyên nhân:", label_style="i")
    R.h("IV. BÀI HỌC KINH NGHIỆM")
    R.p("Một là, phải phát huy vai trò lãnh đạo của cấp ủy và người chỉ huy, coi công tác dân "
        "vận là nhiệm vụ chính trị thường xuyên của mỗi cơ quan, đơn vị.", "ket-qua.bai-hoc")
    R.p("Hai là, mỗi cán bộ, chiến sĩ là một tuyên truyền viên, làm công tác dân vận bằng việc "
        "làm cụ thể, thiết thực, hợp lòng dân.", "ket-qua.bai-hoc")
    R.h("V. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.p("Mối quan hệ đoàn kết quân dân được củng cố, thế trận lòng dân ngày càng vững chắc; "
        "niềm tin của Nhân dân vùng biên giới đối với Đảng, Nhà nước và Quân đội được nâng "
        "lên.", "tac-dong")
    R.h("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP")
    R.p("Tiếp tục đổi mới nội dung, phương thức công tác dân vận của lực lượng vũ trang tỉnh, "
        "gắn với xây dựng khu vực phòng thủ vững chắc và xây dựng nông thôn mới ở các xã biên "
        "giới.", "ket-qua.giai-phap")
    R.h("VII. ĐỀ XUẤT, KIẾN NGHỊ")
    R.p("Đề nghị Tỉnh ủy, Ủy ban nhân dân tỉnh tiếp tục bố trí kinh phí hỗ trợ xây dựng nhà Đồng "
        "đội, nhà tình nghĩa cho gia đình chính sách ở các xã biên giới.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy Quân "
          "sự tỉnh./.", leak="của Đảng ủy Quân sự tỉnh./.")
    R.signature_stacked(["- Thường trực Tỉnh ủy (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                         "- Lưu: VP, 02b."],
                        ["T/M ĐẢNG ỦY", "BÍ THƯ", "Đại tá Hồ Sỹ Nam"],
                        leak=["Hồ Sỹ Nam", "T/M ĐẢNG ỦY", "Lưu: VP, 02b"])
    R.pagebreak()
    R.center("PHỤ LỤC SỐ LIỆU")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Giai đoạn 2015 - 2020", "Giai đoạn 2021 - 2025",
         "Cộng 10 năm", "Ghi chú"],
        ["1", "Nghị quyết, chỉ thị, kế hoạch lãnh đạo công tác dân vận", "Văn bản", "23", "26",
         "49", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "19", "22", "41", ""],
        ["3", "Lượt cán bộ, chiến sĩ được tập huấn công tác dân vận", "Lượt", "2.410", "2.820",
         "5.230", ""],
        ["4", "Đối thoại với Nhân dân", "Cuộc", "-", "11", "11",
         "Phối hợp với chính quyền địa phương"],
        ["5", "Lượt tiếp công dân", "Lượt", "121", "147", "268", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "19", "26", "45", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "19", "25", "44", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "6", "11", "17", ""],
        ["9", "Tỷ lệ TTHC giải quyết trực tuyến", "%", "x", "x", "x",
         "Đơn vị không giải quyết TTHC cho công dân"],
    ])
    return R


def syt():
    R = Report("syt", "SYT", "so-nganh", "docx", "SYT - BC 1085 tong ket KL114.docx",
               "2026-04-24", "1085/BC-SYT", "Phan Thị Thu Hà",
               figures={"van-ban": 71, "hoi-nghi": 66, "tap-huan": 12380, "doi-thoai": 46,
                        "tiep-dan": 3215, "don-nhan": 1342, "don-giai-quyet": 1301,
                        "dan-van-kheo": 27, "truc-tuyen": 64.5},
               notes="Word file with Heading 2 / Heading 3 styles only (no Heading 1), typed "
                     "Roman numbering I.-IX., one flat part per section, in the unit's own "
                     "words ('NHỮNG MẶT LÀM ĐƯỢC', 'TỒN TẠI, HẠN CHẾ', 'PHƯƠNG HƯỚNG THỜI GIAN "
                     "TỚI', 'ĐỀ XUẤT, KIẾN NGHỊ'); impact after lessons; dated 24/4: SYT's own "
                     "last day on time (units.yaml due 2026-04-24), so NOT late; GIÁM ĐỐC "
                     "signing alone; appendix with a two-row header: 'Số liệu' over 'Tổng số' "
                     "| 'Trong đó: Tuyến tỉnh' | 'Tuyến xã, phường' (a breakdown by level, "
                     "not by period: the total counts).")
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("SỞ Y TẾ", True, False, True),
                ("", False, False), ("Số: 1085/BC-SYT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 24 tháng 4 năm 2026", False, True)])],
             leak=["SỞ Y TẾ", "1085/BC-SYT", "ngày 24 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư trong ngành Y tế "
             "Nghệ An", leak="Kết luận số 114-KL/TW của Ban Bí thư trong ngành Y tế")
    R.center("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy.", bold=False, leak="Kính gửi")
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH", "word", 2)
    R.p("Ngành Y tế Nghệ An có 44 đơn vị trực thuộc Sở và 130 trạm y tế xã, phường với hơn "
        "12.800 cán bộ, viên chức, người lao động; Đảng bộ Sở có 41 tổ chức cơ sở đảng với "
        "3.560 đảng viên.", "other")
    R.h("II. LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN KẾT LUẬN", "word", 2)
    R.p("Đảng ủy, Ban Giám đốc Sở đã ban hành 71 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận; "
        "tổ chức 66 hội nghị quán triệt, sơ kết trong toàn ngành; nội dung dân vận được đưa vào "
        "tiêu chí thi đua, đánh giá người đứng đầu các đơn vị.", "lanh-dao")
    R.p("Giám đốc Sở chỉ đạo các bệnh viện thực hiện quy tắc ứng xử, duy trì đường dây nóng, "
        "hòm thư góp ý và khảo sát sự hài lòng của người bệnh hằng quý, công khai kết quả trên "
        "trang thông tin điện tử.", "lanh-dao")
    R.h("III. NHỮNG MẶT LÀM ĐƯỢC", "word", 2)
    R.h("1. Đổi mới phong cách, thái độ phục vụ người bệnh", "word", 3)
    R.p("Toàn ngành tổ chức 12.380 lượt tập huấn kỹ năng giao tiếp, ứng xử cho cán bộ y tế; mức "
        "độ hài lòng của người bệnh nội trú năm 2025 đạt 93,1%, ngoại trú đạt 88,4%.",
        "ket-qua.noi-bat")
    R.h("2. Tiếp công dân, đối thoại, giải quyết đơn thư", "word", 3)
    R.p("Lãnh đạo Sở và các đơn vị tiếp 3.215 lượt công dân, tổ chức 46 cuộc đối thoại với "
        "người bệnh, người nhà người bệnh; tiếp nhận 1.342 đơn thư, đã giải quyết 1.301 đơn, số "
        "còn lại đang trong thời hạn xem xét.", "ket-qua.noi-bat")
    R.h("3. Cải cách hành chính và phong trào Dân vận khéo", "word", 3)
    R.p("Tỷ lệ hồ sơ thủ tục hành chính của ngành giải quyết trực tuyến năm 2025 đạt 64,5%; "
        "toàn ngành có 27 mô hình Dân vận khéo được công nhận, tiêu biểu là mô hình Trạm y tế "
        "xã thân thiện và mô hình Bệnh viện không khói thuốc.", "ket-qua.noi-bat")
    R.h("IV. TỒN TẠI, HẠN CHẾ", "word", 2)
    R.p("Tình trạng quá tải cục bộ ở một số bệnh viện tuyến tỉnh chưa được khắc phục triệt để; "
        "vẫn còn trường hợp nhân viên y tế có thái độ thiếu chuẩn mực, bị người bệnh phản ánh "
        "qua đường dây nóng.", "ket-qua.han-che")
    R.h("V. NGUYÊN NHÂN", "word", 2)
    R.p("Nhu cầu khám, chữa bệnh tăng nhanh trong khi cơ sở vật chất, nhân lực y tế chưa đáp "
        "ứng; một số người đứng đầu đơn vị chưa quan tâm đúng mức, kiểm tra việc thực hiện quy "
        "tắc ứng xử chưa thường xuyên.", "ket-qua.nguyen-nhan")
    R.h("VI. BÀI HỌC KINH NGHIỆM", "word", 2)
    R.p("Lấy sự hài lòng của người bệnh làm thước đo chất lượng phục vụ; gắn trách nhiệm người "
        "đứng đầu với kết quả thực hiện quy tắc ứng xử và xử lý nghiêm vi phạm ngay từ đầu.",
        "ket-qua.bai-hoc")
    R.h("VII. ĐÁNH GIÁ TÁC ĐỘNG", "word", 2)
    R.p("Hình ảnh người thầy thuốc ngày càng được Nhân dân tin yêu; số phản ánh về thái độ phục "
        "vụ giảm rõ rệt qua từng năm, góp phần nâng cao uy tín của ngành và niềm tin của Nhân "
        "dân đối với chính quyền.", "tac-dong")
    R.h("VIII. PHƯƠNG HƯỚNG THỜI GIAN TỚI", "word", 2)
    R.p("Đẩy mạnh chuyển đổi số trong quản lý bệnh viện và thủ tục hành chính; phấn đấu đến năm "
        "2030 toàn bộ bệnh viện tuyến tỉnh sử dụng bệnh án điện tử, tỷ lệ hồ sơ trực tuyến đạt "
        "trên 90%.", "ket-qua.giai-phap")
    R.h("IX. ĐỀ XUẤT, KIẾN NGHỊ", "word", 2)
    R.p("Đề nghị Ủy ban nhân dân tỉnh bố trí nguồn lực nâng cấp trạm y tế các xã miền núi và có "
        "chính sách thu hút bác sĩ về công tác tại các xã vùng khó khăn.", "kien-nghi")
    R.app("Sở Y tế báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
          leak="Sở Y tế báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp")
    R.signature(["- Như trên;", "- Đảng ủy Sở;", "- Lưu: VT, VP."],
                ["GIÁM ĐỐC", "", "", "Phan Thị Thu Hà"], leak=["Phan Thị Thu Hà"])
    R.pagebreak()
    R.center("Phụ lục")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW TRONG NGÀNH Y TẾ")
    R.table([
        ["STT", "Chỉ tiêu", "ĐVT", "Số liệu", "", "", "Ghi chú"],
        ["", "", "", "Tổng số", "Trong đó: Tuyến tỉnh", "Tuyến xã, phường", ""],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "71", "44", "27", ""],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "66", "38", "28", ""],
        ["3", "Lượt CBCCVC được tập huấn giao tiếp, ứng xử", "Lượt", "12.380", "7.140",
         "5.240", ""],
        ["4", "Đối thoại với người bệnh, Nhân dân", "Cuộc", "46", "21", "25", ""],
        ["5", "Tiếp công dân", "Lượt", "3.215", "1.960", "1.255", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "1.342", "905", "437", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "1.301", "879", "422", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "27", "9", "18", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "64,5", "71,2", "52,8",
         "Năm 2025"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
        bold_rows=(0, 1))
    return R


REPORTS = [btctu, mttq, hnd, td, duca, duqs, syt]
