"""Reports 8-14: LibreOffice plain text (3), Windows-1258 text (1), Word .docx (3)."""

from docbuild import Report
from reports_a import PARTY, STATE1, STATE2, SUBJ, SUBJ_LEAK


def x007():
    R = Report("x007", "X007", "dang-uy-xa-phuong", "lo-txt",
               "Anh Son - bao cao KL 114.txt", "2026-04-17", "47-BC/ĐU", "Lô Thị Xuân",
               problems=["appendix-value-missing:doi-thoai"],
               figures={"van-ban": 23, "hoi-nghi": 17, "tap-huan": 318, "doi-thoai": None,
                        "tiep-dan": 402, "don-nhan": 131, "don-giai-quyet": 127,
                        "dan-van-kheo": 6, "truc-tuyen": 81.4},
               notes="Saved by LibreOffice as plain text: the header and signature tables "
                     "and the appendix table come out one cell a line; the subject over two "
                     "paragraphs; headings follow the outline (I.-IV., 1.-5.) as bold lines; "
                     "appendix 'Số liệu' merged over 2015-2020 / 2021-2025 / Cộng with ĐVT; "
                     "the dialogue count for the first term is 'Chưa thống kê' (a figure due, "
                     "not given: appendix-value-missing).")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ ANH SƠN", True, False),
                ("*", False, False), ("Số 47-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Anh Sơn, ngày 17 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY XÃ ANH SƠN", "Số 47-BC/ĐU", "Anh Sơn, ngày 17 tháng 4"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư "
             "(khóa XI)", leak="ngày 14/7/2015 của Ban Bí thư (khóa XI)")
    R.center("về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp", bold=False,
             leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường "
          "vụ Đảng ủy xã Anh Sơn báo cáo kết quả như sau:",
          leak="Đảng ủy xã Anh Sơn báo cáo kết quả như sau")
    R.h("I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy xã (và Đảng ủy thị trấn Anh Sơn, các xã trước sáp nhập) đã ban hành 23 văn bản "
        "lãnh đạo, chỉ đạo thực hiện Kết luận; tổ chức 17 hội nghị quán triệt, sơ kết cho cán "
        "bộ chủ chốt, bí thư chi bộ và trưởng thôn.", "lanh-dao")
    R.p("Ban Thường vụ Đảng ủy phân công đồng chí Phó Bí thư Thường trực trực tiếp chỉ đạo, Ban "
        "Xây dựng Đảng tham mưu kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.",
        "lanh-dao")
    R.h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    R.h("1. Những kết quả nổi bật")
    R.p("Đội ngũ cán bộ, công chức được bồi dưỡng kỹ năng dân vận với 318 lượt người tham gia; "
        "tinh thần, thái độ phục vụ Nhân dân chuyển biến rõ, không có trường hợp bị kỷ luật do "
        "sách nhiễu.", "ket-qua.noi-bat", kind="plus")
    R.p("Lãnh đạo Đảng ủy, Ủy ban nhân dân xã tiếp 402 lượt công dân; tiếp nhận 131 đơn thư, "
        "giải quyết 127 đơn, tỷ lệ giải quyết đạt 97%.", "ket-qua.noi-bat", kind="plus")
    R.p("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 81,4%; có 6 mô hình "
        "Dân vận khéo được công nhận, tiêu biểu là mô hình Bản không có người sử dụng ma túy.",
        "ket-qua.noi-bat", kind="plus")
    R.h("2. Tồn tại, hạn chế")
    R.p("Số liệu đối thoại của các xã trước sáp nhập chưa được tổng hợp đầy đủ; một số cuộc "
        "đối thoại chưa có biên bản theo dõi kết quả giải quyết.", "ket-qua.han-che")
    R.p("Tình trạng khiếu nại về đền bù giải phóng mặt bằng tuyến đường Hồ Chí Minh đoạn qua xã "
        "còn kéo dài.", "ket-qua.han-che")
    R.h("3. Nguyên nhân")
    R.p("Hồ sơ, tài liệu của các đơn vị trước sáp nhập lưu trữ chưa khoa học; cán bộ làm công "
        "tác văn phòng thay đổi nhiều; chính sách bồi thường có nhiều thay đổi qua các thời "
        "kỳ.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm")
    R.p("Cấp ủy phải sâu sát cơ sở, giải quyết dứt điểm vụ việc từ khi mới phát sinh; phát huy "
        "vai trò của người có uy tín trong đồng bào dân tộc thiểu số.", "ket-qua.bai-hoc")
    R.h("5. Chủ trương, giải pháp trong giai đoạn mới")
    R.p("Tiếp tục đổi mới phong cách làm việc của cán bộ theo hướng phục vụ; số hóa toàn bộ hồ "
        "sơ tiếp công dân, đối thoại từ năm 2026 để theo dõi, tổng hợp chính xác.",
        "ket-qua.giai-phap")
    R.h("III. ĐÁNH GIÁ TÁC ĐỘNG")
    R.p("Mối quan hệ giữa chính quyền với Nhân dân ngày càng gắn bó, đồng bào các dân tộc tin "
        "tưởng, đồng thuận với chủ trương sáp nhập xã, xây dựng nông thôn mới nâng cao.",
        "tac-dong")
    R.h("IV. KIẾN NGHỊ, ĐỀ XUẤT")
    R.p("Đề nghị Tỉnh ủy chỉ đạo các sở, ngành phối hợp giải quyết dứt điểm các vụ việc tồn "
        "đọng về bồi thường giải phóng mặt bằng trên địa bàn xã.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy xã "
          "Anh Sơn./.", leak="của Đảng ủy xã Anh Sơn./.")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                 "- Lưu VP Đảng ủy."],
                ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "", "Lô Thị Xuân"],
                leak=["Lô Thị Xuân", "Lưu VP Đảng ủy"])
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Số liệu", "", ""],
        ["", "", "", "2015 - 2020", "2021 - 2025", "Cộng"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "10", "13", "23"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "8", "9", "17"],
        ["3", "Cán bộ, công chức được bồi dưỡng", "Lượt", "140", "178", "318"],
        ["4", "Đối thoại của người đứng đầu", "Cuộc", "Chưa thống kê", "9", "Chưa thống kê"],
        ["5", "Tiếp công dân", "Lượt", "196", "206", "402"],
        ["6", "Đơn thư tiếp nhận", "Đơn", "60", "71", "131"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "58", "69", "127"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "2", "4", "6"],
        ["9", "Hồ sơ giải quyết trực tuyến", "%", "22,5", "81,4", "81,4"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)], bold_rows=(0, 1))
    return R


def snv():
    R = Report("snv", "SNV", "so-nganh", "lo-txt", "So Noi vu BC114.txt", "2026-04-13",
               "215/BC-SNV", "Nguyễn Viết Hưng",
               figures={"van-ban": 46, "hoi-nghi": 33, "tap-huan": 2185, "doi-thoai": 21,
                        "tiep-dan": 1164, "don-nhan": 342, "don-giai-quyet": 330,
                        "dan-van-kheo": 11, "truc-tuyen": 69.5},
               notes="LibreOffice plain text of a Word file whose headings use Heading styles "
                     "with automatic numbering (LibreOffice writes the numbers); parts as "
                     "'PHẦN THỨ NHẤT: …' with the title on the same line; part two = "
                     "directions + requests; a state title signing alone (GIÁM ĐỐC); the "
                     "appendix typed as a numbered list of 'label: figure' lines after the "
                     "signature, two indicators on one line.")
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("SỞ NỘI VỤ", True, False, True)],
               [STATE1, STATE2]),
              ([("Số: 215/BC-SNV", False, False)],
               [("Nghệ An, ngày 13 tháng 4 năm 2026", False, True)])],
             leak=["SỞ NỘI VỤ", "215/BC-SNV", "ngày 13 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư khóa XI về nâng "
             "cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp", leak=SUBJ_LEAK)
    R.center("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy.", bold=False, leak="Kính gửi")
    R.h("PHẦN THỨ NHẤT: KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", "word", 1)
    R.h("Công tác lãnh đạo, chỉ đạo", "auto", 2, ilvl=0)
    R.p("Đảng ủy, Ban Giám đốc Sở đã ban hành 46 văn bản lãnh đạo, chỉ đạo, hướng dẫn về công "
        "tác dân vận chính quyền và thực hiện dân chủ ở cơ sở; tổ chức 33 hội nghị quán triệt, "
        "tập huấn cho các phòng, đơn vị trực thuộc.", "lanh-dao")
    R.h("Kết quả đạt được", "auto", 2, ilvl=0)
    R.h("Về xây dựng đội ngũ cán bộ, công chức, viên chức", "auto", 3, ilvl=1)
    R.p("Sở tham mưu tổ chức 2.185 lượt bồi dưỡng đạo đức công vụ, kỹ năng giao tiếp cho cán bộ, "
        "công chức, viên chức; đưa tiêu chí sự hài lòng của người dân vào đánh giá, xếp loại "
        "công chức hằng năm.", "ket-qua.noi-bat")
    R.h("Về cải cách hành chính", "auto", 3, ilvl=1)
    R.p("Chỉ số hài lòng về sự phục vụ hành chính của tỉnh liên tục cải thiện; tỷ lệ hồ sơ thủ "
        "tục hành chính của Sở giải quyết trực tuyến năm 2025 đạt 69,5%, không có hồ sơ quá "
        "hạn.", "ket-qua.noi-bat")
    R.h("Về tiếp công dân, đối thoại, giải quyết khiếu nại, tố cáo", "auto", 3, ilvl=1)
    R.p("Lãnh đạo Sở tiếp 1.164 lượt công dân, tổ chức 21 cuộc đối thoại; tiếp nhận 342 đơn "
        "thư, đã giải quyết 330 đơn; 11 mô hình Dân vận khéo của ngành Nội vụ được công nhận.",
        "ket-qua.noi-bat")
    R.h("Hạn chế, khuyết điểm và nguyên nhân", "auto", 2, ilvl=0)
    R.p("Việc thực hiện quy chế dân chủ ở một số cơ quan, đơn vị còn hình thức; chưa có cơ chế "
        "đo lường thường xuyên sự hài lòng đối với từng công chức.", "ket-qua.han-che")
    R.p("Nguyên nhân chủ yếu do nhận thức của một số người đứng đầu chưa đầy đủ; việc sắp xếp, "
        "hợp nhất cơ quan trong năm 2025 làm xáo trộn tổ chức, tâm lý cán bộ.",
        "ket-qua.nguyen-nhan")
    R.h("Bài học kinh nghiệm", "auto", 2, ilvl=0)
    R.p("Cải cách hành chính phải lấy người dân, doanh nghiệp làm trung tâm; công khai, minh "
        "bạch là điều kiện để Nhân dân giám sát hoạt động công vụ.", "ket-qua.bai-hoc")
    R.h("Tác động", "auto", 2, ilvl=0)
    R.p("Hình ảnh người công chức tận tụy, trách nhiệm được Nhân dân ghi nhận; sự hài lòng của "
        "người dân đối với cơ quan hành chính nhà nước tăng qua từng năm.", "tac-dong")
    R.h("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ", "word", 1)
    R.h("I. Phương hướng, nhiệm vụ", "word", 2)
    R.p("Tiếp tục thực hiện đồng bộ Luật Thực hiện dân chủ ở cơ sở; xây dựng đội ngũ công chức "
        "chuyên nghiệp, liêm chính, phục vụ Nhân dân trong mô hình chính quyền địa phương hai "
        "cấp.", "ket-qua.giai-phap")
    R.h("II. Đề xuất, kiến nghị", "word", 2)
    R.p("Đề nghị Bộ Nội vụ ban hành hướng dẫn đo lường sự hài lòng của người dân đối với từng "
        "cơ quan, công chức; đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí bồi dưỡng kỹ năng dân "
        "vận cho công chức cấp xã.", "kien-nghi")
    R.app("Sở Nội vụ kính báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy./.",
          leak="Sở Nội vụ kính báo cáo")
    R.signature(["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, CCVC."],
                ["GIÁM ĐỐC", "", "", "Nguyễn Viết Hưng"],
                leak=["Nguyễn Viết Hưng", "Lưu: VT, CCVC"])
    R.center("PHỤ LỤC")
    R.center("MỘT SỐ SỐ LIỆU CHỦ YẾU (2015 - 2025)")
    for t in ["1. Văn bản lãnh đạo, chỉ đạo về công tác dân vận: 46 văn bản.",
              "2. Hội nghị quán triệt, triển khai, sơ kết: 33 hội nghị.",
              "3. Lượt cán bộ, công chức, viên chức được bồi dưỡng: 2.185 lượt.",
              "4. Đối thoại của Giám đốc Sở với Nhân dân: 21 cuộc.",
              "5. Tiếp công dân: 1.164 lượt.",
              "6. Đơn thư tiếp nhận: 342 đơn; đã giải quyết: 330 đơn.",
              "7. Mô hình Dân vận khéo được công nhận: 11 mô hình.",
              "8. Tỷ lệ hồ sơ giải quyết trực tuyến năm 2025: 69,5%."]:
        R.p(t, "phu-luc", expect=False)
        R.table_text.append(t.split(":")[0][3:])
    return R


def x001():
    R = Report("x001", "X001", "dang-uy-xa-phuong", "lo-txt", "BC DU phuong Vinh Phu.txt",
               "2026-04-08", "61-BC/ĐU", "Nguyễn Thị Phương Thảo",
               figures={"van-ban": 27, "hoi-nghi": 22, "tap-huan": 420, "doi-thoai": 19,
                        "tiep-dan": 447, "don-nhan": 133, "don-giai-quyet": 130,
                        "dan-van-kheo": 5, "truc-tuyen": 88.9},
               notes="LibreOffice plain text; header table of two rows (number | date in the "
                     "second); top level numbered 1.-6. (no Roman numerals) with a) b) c) d) "
                     "under 3.; appendix 'Tổng số' first, then 'Chia ra' merged over two "
                     "periods, then Ghi chú — one cell a line in the text file.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                ("ĐẢNG ỦY PHƯỜNG VINH PHÚ", True, False), ("*", False, False)],
               [PARTY]),
              ([("Số 61-BC/ĐU", False, False)],
               [("Vinh Phú, ngày 08 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY PHƯỜNG VINH PHÚ", "Số 61-BC/ĐU", "Vinh Phú, ngày 08 tháng 4"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
             leak="Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư")
    R.app("Thực hiện Kế hoạch số 86-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy "
          "phường báo cáo như sau:", leak="Ban Thường vụ Đảng ủy phường báo cáo như sau")
    R.h("1. Đặc điểm tình hình")
    R.p("Phường Vinh Phú là trung tâm hành chính, thương mại của tỉnh, có 38 khối dân cư, trên "
        "45 nghìn nhân khẩu, nhiều cơ quan, trường học và doanh nghiệp đóng trên địa bàn.",
        "other")
    R.h("2. Công tác lãnh đạo, chỉ đạo")
    R.p("Đảng ủy đã ban hành 27 văn bản lãnh đạo, chỉ đạo; tổ chức 22 hội nghị quán triệt, sơ "
        "kết; chỉ đạo Ủy ban nhân dân phường ban hành quy chế tiếp công dân, quy tắc ứng xử của "
        "cán bộ tại Bộ phận một cửa.", "lanh-dao")
    R.h("3. Kết quả đạt được")
    R.h("a) Ưu điểm", style="bi")
    R.p("Phường tổ chức 19 cuộc đối thoại giữa Bí thư, Chủ tịch phường với Nhân dân; tiếp 447 "
        "lượt công dân; tiếp nhận 133 đơn thư, giải quyết 130 đơn, không có đơn tồn đọng kéo "
        "dài.", "ket-qua.noi-bat")
    R.p("Tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 88,9%; 5 mô hình Dân vận khéo được công "
        "nhận; 420 lượt cán bộ được bồi dưỡng kỹ năng giao tiếp, ứng xử.", "ket-qua.noi-bat")
    R.h("b) Hạn chế", style="bi")
    R.p("Việc xử lý vi phạm trật tự xây dựng, lấn chiếm vỉa hè ở một số khối còn thiếu kiên "
        "quyết, có lúc gây bức xúc cho Nhân dân.", "ket-qua.han-che")
    R.h("c) Nguyên nhân", style="bi")
    R.p("Tốc độ đô thị hóa nhanh, dân cư biến động lớn; lực lượng quản lý trật tự đô thị mỏng, "
        "một số cán bộ còn nể nang, né tránh.", "ket-qua.nguyen-nhan")
    R.h("d) Bài học kinh nghiệm", style="bi")
    R.p("Mọi việc liên quan đến lợi ích của Nhân dân phải được bàn bạc công khai ở khối dân cư; "
        "cán bộ phải nói đi đôi với làm, gương mẫu chấp hành trước.", "ket-qua.bai-hoc")
    R.h("4. Tác động")
    R.p("Sự đồng thuận của Nhân dân được nâng lên, thể hiện qua việc hơn 1.200 hộ tự nguyện tháo "
        "dỡ công trình lấn chiếm để chỉnh trang đô thị; niềm tin của Nhân dân với Đảng ủy, chính "
        "quyền phường được củng cố.", "tac-dong")
    R.h("5. Phương hướng, nhiệm vụ")
    R.p("Xây dựng chính quyền đô thị thân thiện, phục vụ; phấn đấu năm 2030 có 100% thủ tục hành "
        "chính được giải quyết trực tuyến toàn trình.", "ket-qua.giai-phap")
    R.h("6. Kiến nghị")
    R.p("Đề nghị Ủy ban nhân dân tỉnh sớm phê duyệt quy hoạch chi tiết các khu tái định cư trên "
        "địa bàn phường để giải quyết dứt điểm kiến nghị kéo dài của Nhân dân.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết của Đảng ủy phường Vinh Phú./.",
          leak="Trên đây là báo cáo tổng kết của Đảng ủy phường Vinh Phú")
    R.signature(["- Thường trực Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                 "- Lưu VP."],
                ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Nguyễn Thị Phương Thảo"],
                leak=["Nguyễn Thị Phương Thảo"])
    R.center("PHỤ LỤC SỐ LIỆU")
    R.table([
        ["STT", "Chỉ tiêu", "Tổng số", "Chia ra", "", "Ghi chú"],
        ["", "", "", "2015 - 2020", "2021 - 2025", ""],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "27", "12", "15", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "22", "10", "12", ""],
        ["3", "Lượt cán bộ được bồi dưỡng kỹ năng giao tiếp", "420", "180", "240", ""],
        ["4", "Đối thoại Bí thư, Chủ tịch với Nhân dân", "19", "8", "11", ""],
        ["5", "Lượt tiếp công dân", "447", "203", "244", ""],
        ["6", "Đơn thư tiếp nhận", "133", "61", "72", ""],
        ["7", "Đơn thư đã giải quyết", "130", "60", "70", ""],
        ["8", "Mô hình Dân vận khéo", "5", "2", "3", ""],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến (%)", "88,9", "35,2", "88,9", "Năm 2025"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)],
        bold_rows=(0, 1))
    return R


def vptu():
    R = Report("vptu", "VPTU", "co-quan-tham-muu", "cp1258", "VPTU_BC_114 (ban gui).txt",
               "2026-04-10", "318-BC/VPTU", "Đặng Thị Minh Nguyệt",
               problems=["missing-section:ket-qua.bai-hoc"], tolerated=["encoding"],
               figures={"van-ban": 40, "hoi-nghi": 16, "tap-huan": 610, "doi-thoai": 5,
                        "tiep-dan": 178, "don-nhan": 231, "don-giai-quyet": 226,
                        "dan-van-kheo": 4, "truc-tuyen": 98.1},
               notes="Plain text in Windows-1258 (decomposed tone marks, CRLF), as saved with "
                     "the Vietnamese (Windows) encoding; header of a Party organ (TỈNH ỦY NGHỆ "
                     "AN / VĂN PHÒNG); context 'Tình hình chung'; leadership item 1. of part "
                     "II; 'III. ĐÁNH GIÁ CHUNG' over 1. Ưu điểm / 2. Hạn chế / 3. Nguyên nhân; "
                     "no lessons part at all (missing-section deserved); K/T signature.")
    R.header([([("TỈNH ỦY NGHỆ AN", False, False), ("VĂN PHÒNG", True, False),
                ("*", False, False), ("Số 318-BC/VPTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 10 tháng 4 năm 2026", False, True)])],
             leak=["VĂN PHÒNG", "318-BC/VPTU", "ngày 10 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("I. TÌNH HÌNH CHUNG")
    R.p("Văn phòng Tỉnh ủy có 9 phòng chuyên môn và 1 đơn vị sự nghiệp với 112 cán bộ, công "
        "chức, viên chức, người lao động; Đảng bộ Văn phòng có 11 chi bộ trực thuộc.", "other")
    R.h("II. KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.h("1. Công tác lãnh đạo, chỉ đạo, quán triệt")
    R.p("Chi ủy, Lãnh đạo Văn phòng đã tổ chức quán triệt Kết luận đến 100% cán bộ, đảng viên; "
        "tham mưu Ban Thường vụ Tỉnh ủy ban hành và ban hành theo thẩm quyền 40 văn bản, tổ "
        "chức 16 hội nghị quán triệt, sơ kết.", "lanh-dao")
    R.h("2. Kết quả đạt được trên các mặt công tác")
    R.p("Văn phòng tham mưu duy trì nghiêm lịch tiếp công dân định kỳ của Bí thư Tỉnh ủy; đã "
        "phục vụ 178 lượt tiếp công dân, tiếp nhận 231 đơn thư gửi Thường trực Tỉnh ủy, tham "
        "mưu xử lý 226 đơn.", "ket-qua.noi-bat")
    R.p("Bồi dưỡng nghiệp vụ, kỹ năng dân vận cho 610 lượt cán bộ làm công tác văn phòng cấp "
        "ủy; phục vụ 5 cuộc đối thoại của đồng chí Bí thư Tỉnh ủy với Nhân dân và doanh "
        "nghiệp.", "ket-qua.noi-bat")
    R.h("III. ĐÁNH GIÁ CHUNG")
    R.h("1. Ưu điểm")
    R.p("Nhận thức và trách nhiệm của cán bộ, công chức Văn phòng về công tác dân vận được nâng "
        "lên; 4 mô hình Dân vận khéo của khối văn phòng cấp ủy được công nhận; tỷ lệ hồ sơ xử "
        "lý trên môi trường mạng năm 2025 đạt 98,1%.", "ket-qua.noi-bat")
    R.h("2. Hạn chế, khuyết điểm")
    R.p("Việc theo dõi, đôn đốc giải quyết đơn thư sau khi chuyển đến cơ quan có thẩm quyền có "
        "lúc chưa kịp thời; cơ sở dữ liệu đơn thư chưa liên thông với các cơ quan liên quan.",
        "ket-qua.han-che")
    R.h("3. Nguyên nhân")
    R.p("Khối lượng công việc tham mưu lớn, biên chế phòng tiếp dân ít; hạ tầng công nghệ thông "
        "tin chưa đồng bộ giữa cơ quan Đảng với chính quyền.", "ket-qua.nguyen-nhan")
    R.h("IV. HIỆU QUẢ, TÁC ĐỘNG")
    R.p("Việc thực hiện Kết luận góp phần nâng cao uy tín của cơ quan tham mưu cấp ủy; Nhân dân "
        "tin tưởng gửi kiến nghị, phản ánh đến Thường trực Tỉnh ủy qua các kênh tiếp nhận.",
        "tac-dong")
    R.h("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
    R.p("Xây dựng cơ sở dữ liệu dùng chung về đơn thư giữa các cơ quan Đảng, chính quyền, Mặt "
        "trận; tiếp tục chuyển đổi số toàn diện trong hoạt động của Văn phòng.",
        "ket-qua.giai-phap")
    R.h("VI. KIẾN NGHỊ")
    R.p("Đề nghị Trung ương sớm ban hành quy định thống nhất về chế độ bồi dưỡng đối với cán "
        "bộ làm công tác tiếp công dân tại các cơ quan Đảng.", "kien-nghi")
    R.app("Văn phòng Tỉnh ủy báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
          leak="Văn phòng Tỉnh ủy báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp")
    R.signature(["- Như trên,", "- Thường trực Tỉnh ủy (b/c),", "- Lưu VT."],
                ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "Đặng Thị Minh Nguyệt"],
                leak=["Đặng Thị Minh Nguyệt", "K/T CHÁNH VĂN PHÒNG"])
    R.center("BIỂU SỐ LIỆU")
    R.table([
        ["STT", "Chỉ tiêu", "ĐVT", "Kết quả (2015 - 2025)", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo, hướng dẫn", "Văn bản", "40", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "16", ""],
        ["3", "Cán bộ được bồi dưỡng nghiệp vụ, kỹ năng dân vận", "Lượt", "610", ""],
        ["4", "Đối thoại của Bí thư Tỉnh ủy với Nhân dân, doanh nghiệp", "Cuộc", "5",
         "Văn phòng phục vụ"],
        ["5", "Tiếp công dân", "Lượt", "178", ""],
        ["6", "Đơn thư gửi Thường trực Tỉnh ủy", "Đơn", "231", ""],
        ["7", "Đơn thư đã tham mưu xử lý", "Đơn", "226", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "4", ""],
        ["9", "Tỷ lệ hồ sơ TTHC, hồ sơ công việc giải quyết trực tuyến", "%", "98,1", "Năm 2025"],
    ])
    return R


def mttq():
    R = Report("mttq", "MTTQ", "mttq-doan-the", "docx", "BC MTTQ tong ket 114.docx",
               "2026-04-13", "45/BC-MTTQ-BTT", "Trần Đình Phúc",
               figures={"van-ban": 44, "hoi-nghi": 51, "tap-huan": 5870, "doi-thoai": 39,
                        "tiep-dan": 790, "don-nhan": 1406, "don-giai-quyet": 1352,
                        "dan-van-kheo": 33, "truc-tuyen": 73.2},
               notes="Word file: headings in Heading 1-3 with automatic multilevel numbering "
                     "(I. / 1. / a)); the Front's header (ỦY BAN MTTQ VIỆT NAM / TỈNH NGHỆ AN / "
                     "BAN THƯỜNG TRỰC); solutions promoted to part IV; appendix with ĐVT, "
                     "'Số lượng' and 'Tỷ lệ (%)' columns, the online-files row giving a count "
                     "of files and the rate beside it; a note under the table.")
    R.header([([("ỦY BAN MTTQ VIỆT NAM", False, False), ("TỈNH NGHỆ AN", False, False),
                ("BAN THƯỜNG TRỰC", True, False), ("Số: 45/BC-MTTQ-BTT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 13 tháng 4 năm 2026", False, True)])],
             leak=["BAN THƯỜNG TRỰC", "45/BC-MTTQ-BTT", "ngày 13 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm tham gia thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI)",
             leak="Tổng kết 10 năm tham gia thực hiện Kết luận số 114-KL/TW")
    R.h("ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "auto", 1)
    R.p("Đảng đoàn, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ban hành 44 văn bản "
        "chỉ đạo, hướng dẫn Mặt trận các cấp tham gia thực hiện Kết luận; tổ chức 51 hội nghị "
        "quán triệt, sơ kết, tổng kết chuyên đề.", "lanh-dao")
    R.p("Nội dung giám sát việc thực hiện công tác dân vận của cơ quan nhà nước được đưa vào "
        "chương trình giám sát hằng năm của Mặt trận và các tổ chức chính trị - xã hội từ tỉnh "
        "đến cơ sở.", "lanh-dao")
    R.h("KẾT QUẢ THAM GIA THỰC HIỆN", "auto", 1)
    R.h("Kết quả nổi bật", "auto", 2)
    R.h("Công tác giám sát, phản biện xã hội", "auto", 3)
    R.p("Mặt trận các cấp chủ trì 1.260 cuộc giám sát, trong đó có 214 cuộc giám sát việc giải "
        "quyết thủ tục hành chính, thái độ phục vụ của cán bộ, công chức tại Bộ phận một cửa.",
        "ket-qua.noi-bat")
    R.h("Tham gia tiếp công dân, giải quyết đơn thư", "auto", 3)
    R.p("Cán bộ Mặt trận tham gia 790 lượt tiếp công dân cùng chính quyền; tiếp nhận 1.406 đơn "
        "thư kiến nghị, phản ánh, trong đó 1.352 đơn đã được cơ quan có thẩm quyền giải quyết; "
        "phối hợp tổ chức 39 cuộc đối thoại.", "ket-qua.noi-bat")
    R.p("Tập huấn nghiệp vụ giám sát, phản biện xã hội cho 5.870 lượt cán bộ Mặt trận các cấp; "
        "33 mô hình Dân vận khéo của hệ thống Mặt trận được công nhận.", "ket-qua.noi-bat")
    R.h("Hạn chế, khó khăn, vướng mắc", "auto", 2)
    R.p("Một số cuộc giám sát còn dàn trải, kiến nghị sau giám sát chưa được theo dõi đến cùng; "
        "vai trò của Ban Thanh tra nhân dân ở một số xã còn mờ nhạt.", "ket-qua.han-che")
    R.h("Nguyên nhân", "auto", 2)
    R.p("Cơ chế bảo đảm thực hiện kiến nghị giám sát của Mặt trận chưa đầy đủ; cán bộ Mặt trận "
        "cơ sở kiêm nhiệm, thường xuyên thay đổi sau sắp xếp.", "ket-qua.nguyen-nhan")
    R.h("Bài học kinh nghiệm", "auto", 2)
    R.p("Giám sát phải chọn đúng vấn đề Nhân dân bức xúc; phối hợp chặt chẽ với chính quyền cùng "
        "cấp và phát huy vai trò của các tổ chức thành viên.", "ket-qua.bai-hoc")
    R.h("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "auto", 1)
    R.p("Các kiến nghị của Mặt trận được chính quyền các cấp tiếp thu, giải quyết ngày càng tốt "
        "hơn; khối đại đoàn kết toàn dân tộc được củng cố, niềm tin của Nhân dân đối với Đảng, "
        "Nhà nước được nâng lên.", "tac-dong")
    R.h("PHƯƠNG HƯỚNG, GIẢI PHÁP", "auto", 1)
    R.p("Đổi mới nội dung, phương thức giám sát, phản biện xã hội theo hướng chuyên đề; ứng dụng "
        "nền tảng số tiếp nhận kiến nghị của Nhân dân, kết nối với hệ thống của chính quyền.",
        "ket-qua.giai-phap")
    R.h("KIẾN NGHỊ, ĐỀ XUẤT", "auto", 1)
    R.p("Đề nghị Tỉnh ủy chỉ đạo cấp ủy, chính quyền các cấp định kỳ thông báo kết quả giải "
        "quyết kiến nghị sau giám sát của Mặt trận; bố trí kinh phí cho hoạt động của Ban Thanh "
        "tra nhân dân.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường "
          "trực Ủy ban MTTQ Việt Nam tỉnh./.", leak="Ủy ban MTTQ Việt Nam tỉnh./.")
    R.signature(["- Ban Thường trực UBTƯ MTTQ Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                 "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VT."],
                ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "", "", "Trần Đình Phúc"],
                leak=["Trần Đình Phúc", "TM. BAN THƯỜNG TRỰC",
                      "Ban Thường trực UBTƯ MTTQ Việt Nam (b/c)"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU THỐNG KÊ")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Số lượng", "Tỷ lệ (%)", "Ghi chú"],
        ["1", "Văn bản chỉ đạo, hướng dẫn", "Văn bản", "44", "", ""],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "51", "", ""],
        ["3", "Lượt cán bộ Mặt trận được tập huấn", "Lượt", "5.870", "", ""],
        ["4", "Cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân do Mặt trận "
              "phối hợp tổ chức", "Cuộc", "39", "", ""],
        ["5", "Lượt tham gia tiếp công dân", "Lượt", "790", "", ""],
        ["6", "Đơn thư kiến nghị, phản ánh tiếp nhận", "Đơn", "1.406", "", ""],
        ["7", "Đơn thư đã được giải quyết", "Đơn", "1.352", "96,2", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "33", "", ""],
        ["9", "Hồ sơ TTHC giải quyết trực tuyến", "Hồ sơ", "9.630", "73,2",
         "Tại Bộ phận một cửa cấp xã"],
    ])
    R.p("Số liệu đơn thư bao gồm cả đơn Mặt trận tiếp nhận và chuyển cơ quan có thẩm quyền giải "
        "quyết theo quy định.", "phu-luc")
    return R


def sgddt():
    R = Report("sgddt", "SGDDT", "so-nganh", "docx",
               "SGDDT - Bao cao tong ket 10 nam KL114.docx", "2026-04-12", "612/BC-SGDĐT",
               "Nguyễn Thị Mai Hương",
               figures={"van-ban": 55, "hoi-nghi": 41, "tap-huan": 11940, "doi-thoai": 27,
                        "tiep-dan": 1032, "don-nhan": 471, "don-giai-quyet": 463,
                        "dan-van-kheo": 24, "truc-tuyen": 93.6},
               notes="Word file with bold typed headings; part II says results, limits and "
                     "causes in one title over '1. Kết quả đạt được' and '2. Hạn chế và "
                     "nguyên nhân' (causes run in with a bold 'Nguyên nhân:'); lessons and "
                     "impact as parts III., IV.; part V. says directions, tasks, solutions "
                     "AND requests with no sub-heading: requests start 'Đề nghị Bộ …' / 'Đề "
                     "nghị Ủy ban nhân dân tỉnh …'; a state title signing alone; appendix with "
                     "a title row merged across, two periods and 'Tổng cộng 10 năm', and a "
                     "row of the unit's own (surveys) that is no indicator.")
    R.header([([("UBND TỈNH NGHỆ AN", False, False),
                ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True, False, True), ("", False, False),
                ("Số: 612/BC-SGDĐT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 12 tháng 4 năm 2026", False, True)])],
             leak=["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "612/BC-SGDĐT", "ngày 12 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI")
    R.p("Sở Giáo dục và Đào tạo đã ban hành 55 văn bản chỉ đạo, hướng dẫn các đơn vị trường học "
        "thực hiện Kết luận, gắn với quy chế thực hiện dân chủ trong hoạt động của nhà trường; "
        "tổ chức 41 hội nghị quán triệt, sơ kết.", "lanh-dao")
    R.p("Công tác dân vận được đưa vào tiêu chí thi đua của các nhà trường; hằng năm các đơn vị "
        "tổ chức hội nghị cán bộ, viên chức và công khai cam kết chất lượng giáo dục, các khoản "
        "thu đầu năm học.", "lanh-dao")
    R.h("II. KẾT QUẢ ĐẠT ĐƯỢC, HẠN CHẾ VÀ NGUYÊN NHÂN")
    R.h("1. Kết quả đạt được")
    R.p("Toàn ngành bồi dưỡng kỹ năng giao tiếp, ứng xử sư phạm cho 11.940 lượt cán bộ quản lý, "
        "giáo viên; tổ chức 27 cuộc đối thoại giữa lãnh đạo Sở với cha mẹ học sinh và giáo "
        "viên.", "ket-qua.noi-bat")
    R.p("Sở tiếp 1.032 lượt công dân; tiếp nhận 471 đơn thư, đã giải quyết 463 đơn; tình trạng "
        "lạm thu đầu năm học được chấn chỉnh cơ bản.", "ket-qua.noi-bat")
    R.p("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 93,6%; 24 mô hình Dân "
        "vận khéo trong các nhà trường được công nhận.", "ket-qua.noi-bat")
    R.h("2. Hạn chế và nguyên nhân")
    R.p("Vẫn còn tình trạng thu sai quy định ở một số trường; việc giải quyết kiến nghị của "
        "giáo viên về chế độ, chính sách có lúc chưa kịp thời.", "ket-qua.han-che")
    R.p("một số hiệu trưởng chưa nắm vững quy định về các khoản thu; thủ tục giải quyết chế độ "
        "cho giáo viên liên quan đến nhiều cơ quan, thời gian kéo dài.", "ket-qua.nguyen-nhan",
        label="Nguyên nhân:")
    R.h("III. BÀI HỌC KINH NGHIỆM")
    R.p("Phát huy dân chủ trong trường học, công khai minh bạch các khoản thu chi là điều kiện "
        "để tạo đồng thuận giữa nhà trường, cha mẹ học sinh và xã hội.", "ket-qua.bai-hoc")
    R.h("IV. TÁC ĐỘNG")
    R.p("Môi trường giáo dục ngày càng dân chủ, thân thiện; sự hài lòng của cha mẹ học sinh và "
        "Nhân dân đối với ngành Giáo dục được nâng lên qua các kỳ khảo sát.", "tac-dong")
    R.h("V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ")
    R.p("Tiếp tục thực hiện nghiêm quy chế dân chủ trong trường học; xử lý nghiêm các sai phạm "
        "về thu chi; đẩy mạnh chuyển đổi số trong quản lý giáo dục.", "ket-qua.giai-phap")
    R.p("Tăng cường đối thoại định kỳ giữa lãnh đạo Sở với giáo viên, cha mẹ học sinh; nhân rộng "
        "các mô hình Dân vận khéo trong trường học.", "ket-qua.giai-phap")
    R.p("Đề nghị Bộ Giáo dục và Đào tạo ban hành hướng dẫn cụ thể về tổ chức đối thoại giữa nhà "
        "trường với cha mẹ học sinh.", "kien-nghi")
    R.p("Đề nghị Ủy ban nhân dân tỉnh có cơ chế hỗ trợ giáo viên cắm bản, bố trí kinh phí xây "
        "dựng nhà công vụ tại các xã biên giới.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Giáo dục "
          "và Đào tạo./.", leak="của Sở Giáo dục và Đào tạo./.")
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Lãnh đạo Sở;",
                 "- Lưu: VT, VP."],
                ["GIÁM ĐỐC", "", "", "Nguyễn Thị Mai Hương"],
                leak=["Nguyễn Thị Mai Hương", "Lãnh đạo Sở;"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.table([
        ["KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW TRONG NGÀNH GIÁO DỤC", "", "", "", "", "", ""],
        ["TT", "Nội dung", "ĐVT", "2015 - 2020", "2021 - 2025", "Tổng cộng 10 năm", "Ghi chú"],
        ["1", "Văn bản chỉ đạo, hướng dẫn về công tác dân vận", "Văn bản", "25", "30", "55", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "19", "22", "41", ""],
        ["3", "Lượt cán bộ quản lý, giáo viên được bồi dưỡng", "Lượt", "5.210", "6.730",
         "11.940", ""],
        ["4", "Đối thoại của lãnh đạo Sở với cha mẹ học sinh, giáo viên", "Cuộc", "12", "15",
         "27", ""],
        ["5", "Tiếp công dân", "Lượt", "488", "544", "1.032", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "231", "240", "471", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "226", "237", "463", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "10", "14", "24", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "47,3", "93,6", "93,6",
         "Năm 2025"],
        ["10", "Khảo sát sự hài lòng của cha mẹ học sinh", "Cuộc", "3", "5", "8", ""],
    ], merges=[(0, 0, 0, 6)], bold_rows=(0, 1))
    return R


def duca():
    R = Report("duca", "DUCA", "dang-uy-truc-thuoc", "docx",
               "DU Cong an tinh BC 114-KL.docx", "2026-04-16", "625-BC/ĐU", "Nguyễn Đức Hải",
               figures={"van-ban": 68, "hoi-nghi": 61, "tap-huan": 17880, "doi-thoai": 30,
                        "tiep-dan": 4012, "don-nhan": 2206, "don-giai-quyet": 2149,
                        "dan-van-kheo": 22, "truc-tuyen": 94.3},
               notes="Word file, Heading 1 'PHẦN THỨ NHẤT' / 'KẾT QUẢ …' wrappers over "
                     "Heading 2 'I.'-'VI.'; causes and lessons under one heading ('V. NGUYÊN "
                     "NHÂN VÀ BÀI HỌC KINH NGHIỆM', the lesson paragraph opening 'Bài học rút "
                     "ra là'); 'PHẦN THỨ HAI' / solutions and 'PHẦN THỨ BA' / requests as parts "
                     "with text right under their title; signer with a rank (Thiếu tướng); "
                     "appendix in two tables: Biểu 1 the whole period, Biểu 2 the year 2025 "
                     "alone (a part shown, not to be added).")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY CÔNG AN TỈNH", True, False),
                ("*", False, False), ("Số 625-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 16 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY CÔNG AN TỈNH", "Số 625-BC/ĐU", "ngày 16 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("PHẦN THỨ NHẤT", "word", 1)
    R.h("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", "word", 1)
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH", "word", 2)
    R.p("Đảng bộ Công an tỉnh hiện có 96 tổ chức cơ sở đảng; từ ngày 01/3/2025 tổ chức Công an "
        "ba cấp chuyển sang hai cấp, lực lượng Công an xã được tăng cường, trực tiếp phục vụ "
        "Nhân dân tại cơ sở.", "other")
    R.h("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "word", 2)
    R.p("Ban Thường vụ Đảng ủy Công an tỉnh ban hành 68 văn bản lãnh đạo, chỉ đạo; tổ chức 61 "
        "hội nghị quán triệt, sơ kết, gắn thực hiện Kết luận với phong trào Công an nhân dân "
        "học tập, thực hiện Sáu điều Bác Hồ dạy.", "lanh-dao")
    R.h("III. KẾT QUẢ ĐẠT ĐƯỢC", "word", 2)
    R.p("Toàn lực lượng tiếp 4.012 lượt công dân, tiếp nhận 2.206 đơn thư, giải quyết 2.149 đơn; "
        "tổ chức 30 cuộc đối thoại của lãnh đạo Công an các cấp với Nhân dân về an ninh trật "
        "tự ở cơ sở.", "ket-qua.noi-bat")
    R.p("Đẩy mạnh cải cách hành chính trong lĩnh vực cư trú, căn cước, đăng ký xe; tỷ lệ hồ sơ "
        "giải quyết trực tuyến năm 2025 đạt 94,3%; 17.880 lượt cán bộ, chiến sĩ được tập huấn "
        "văn hóa ứng xử, kỹ năng dân vận.", "ket-qua.noi-bat")
    R.p("Có 22 mô hình Dân vận khéo trong lực lượng Công an được công nhận, tiêu biểu là mô hình "
        "Camera an ninh kết nối cộng đồng.", "ket-qua.noi-bat")
    R.h("IV. HẠN CHẾ, KHUYẾT ĐIỂM", "word", 2)
    R.p("Một số cán bộ, chiến sĩ còn có biểu hiện hách dịch, thiếu tôn trọng Nhân dân khi giải "
        "quyết công việc; việc giải quyết một số vụ việc tố giác, tin báo còn chậm.",
        "ket-qua.han-che")
    R.h("V. NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM", "word", 2)
    R.p("Nguyên nhân chủ yếu là áp lực công việc lớn, địa bàn rộng; công tác giáo dục chính trị, "
        "tư tưởng ở một số đơn vị chưa sâu sát.", "ket-qua.nguyen-nhan")
    R.p("Bài học rút ra là phải lấy sự hài lòng của Nhân dân làm thước đo; xây dựng lực lượng "
        "Công an thật sự trong sạch, vì Nhân dân phục vụ.", "ket-qua.bai-hoc")
    R.h("VI. TÁC ĐỘNG", "word", 2)
    R.p("Thế trận an ninh nhân dân gắn với thế trận lòng dân ngày càng vững chắc; Nhân dân tích "
        "cực cung cấp thông tin, tố giác tội phạm, góp phần giữ vững an ninh chính trị, trật tự "
        "an toàn xã hội.", "tac-dong")
    R.h("PHẦN THỨ HAI", "word", 1)
    R.h("PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", "word", 1)
    R.p("Tiếp tục quán triệt sâu sắc quan điểm lấy dân làm gốc; xây dựng hình ảnh người Công an "
        "nhân dân bản lĩnh, nhân văn, vì Nhân dân phục vụ.", "ket-qua.giai-phap")
    R.p("Đẩy mạnh thực hiện Đề án 06 của Chính phủ, phấn đấu 100% thủ tục hành chính thuộc thẩm "
        "quyền được giải quyết trực tuyến toàn trình.", "ket-qua.giai-phap")
    R.h("PHẦN THỨ BA", "word", 1)
    R.h("ĐỀ XUẤT, KIẾN NGHỊ", "word", 1)
    R.p("Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo các cấp ủy, chính quyền cơ sở tiếp tục quan tâm "
        "hỗ trợ cơ sở vật chất, nơi làm việc cho Công an các xã, phường.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy Công "
          "an tỉnh./.", leak="của Đảng ủy Công an tỉnh./.")
    R.signature(["- Đảng ủy Công an Trung ương (b/c),", "- Thường trực Tỉnh ủy (b/c),",
                 "- Ban Tuyên giáo và Dân vận Tỉnh ủy,", "- Lưu VP."],
                ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "Thiếu tướng Nguyễn Đức Hải"],
                leak=["Nguyễn Đức Hải", "Đảng ủy Công an Trung ương (b/c)"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    labels = ["Văn bản lãnh đạo, chỉ đạo", "Hội nghị quán triệt, sơ kết",
              "Lượt cán bộ, chiến sĩ được tập huấn", "Đối thoại với Nhân dân",
              "Tiếp công dân", "Đơn thư tiếp nhận", "Đơn thư đã giải quyết",
              "Mô hình Dân vận khéo", "Tỷ lệ hồ sơ giải quyết trực tuyến"]
    units = ["Văn bản", "Hội nghị", "Lượt", "Cuộc", "Lượt", "Đơn", "Đơn", "Mô hình", "%"]
    whole = ["68", "61", "17.880", "30", "4.012", "2.206", "2.149", "22", "94,3"]
    y2025 = ["9", "8", "2.410", "4", "402", "230", "221", "3", "94,3"]
    R.h("Biểu 1: Kết quả thực hiện giai đoạn 2015 - 2025", style="bold")
    # Biểu 2 (a part shown) is quoted among the notes by design: no row check here
    R.table([["TT", "Chỉ tiêu", "ĐVT", "Số liệu"]] +
            [[str(i + 1), labels[i], units[i], whole[i]] for i in range(9)], labels=None)
    R.h("Biểu 2: Kết quả riêng năm 2025", style="bold")
    R.table([["TT", "Chỉ tiêu", "ĐVT", "Số liệu"]] +
            [[str(i + 1), labels[i], units[i], y2025[i]] for i in range(9)], labels=None)
    return R


REPORTS = [x007, snv, x001, vptu, mttq, sgddt, duca]
