"""Reports 1-7 of probe40 (units and layouts chosen apart from probe39's)."""

from docbuild import Report

SUBJ = ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư "
        "(khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp")
SUBJ_LEAK = "hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True)
STATE1 = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False)
STATE2 = ("Độc lập - Tự do - Hạnh phúc", True, False, True)


def stc():
    R = Report("stc", "STC", "so-nganh", "docx",
               "STC - BC tong ket 10 nam thuc hien KL 114.docx", "2026-04-15", "318/BC-STC",
               "Nguyễn Thị Thanh Bình",
               figures={"van-ban": 58, "hoi-nghi": 34, "tap-huan": 1926, "doi-thoai": 23,
                        "tiep-dan": 684, "don-nhan": 412, "don-giai-quyet": 397,
                        "dan-van-kheo": 8, "truc-tuyen": 87.4},
               notes="Word file, headings in Heading 1-3 styles with typed numbering: "
                     "'A. KẾT QUẢ …' (Heading 1) over I.-IV. (Heading 2) and 1.-4. (Heading "
                     "3), then 'B. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ' over 'I. PHƯƠNG "
                     "HƯỚNG …' and 'II. KIẾN NGHỊ' (Roman numbering restarts under B.); "
                     "context part I.; leadership as part II. of A ('VIỆC QUÁN TRIỆT, LÃNH "
                     "ĐẠO, CHỈ ĐẠO THỰC HIỆN'); causes in two paragraphs 'Về khách quan' / 'Về "
                     "chủ quan'; directions and requests as typed '- ' paragraphs; KT. GIÁM "
                     "ĐỐC / PHÓ GIÁM ĐỐC signature table; appendix with one column per year "
                     "2015 … 2025 and a 'Tổng cộng' column (15 columns), empty and '-' cells "
                     "in the early years; the rate row's Tổng cộng is '-' (the officer takes "
                     "2025's 87,4).")
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("SỞ TÀI CHÍNH", True, False, True),
                ("", False, False), ("Số: 318/BC-STC", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 15 tháng 4 năm 2026", False, True)])],
             leak=["SỞ TÀI CHÍNH", "318/BC-STC", "ngày 15 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư "
             "(khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
             leak=SUBJ_LEAK)
    R.center("Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An.", bold=False,
             leak="Kính gửi")
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy và Hướng dẫn "
          "số 15-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Tài chính báo cáo kết quả "
          "10 năm thực hiện Kết luận số 114-KL/TW như sau:",
          leak="Sở Tài chính báo cáo kết quả 10 năm thực hiện")
    R.h("A. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", "word", 1)
    R.h("I. ĐẶC ĐIỂM, TÌNH HÌNH", "word", 2)
    R.p("Sở Tài chính hiện nay được hợp nhất từ Sở Tài chính và Sở Kế hoạch và Đầu tư từ ngày "
        "01/3/2025, có 9 phòng chuyên môn, 3 đơn vị sự nghiệp với 246 công chức, viên chức, "
        "người lao động; Đảng bộ Sở có 14 chi bộ trực thuộc với 198 đảng viên.", "other")
    R.p("Các lĩnh vực do Sở quản lý liên quan trực tiếp đến quyền lợi của người dân và doanh "
        "nghiệp, nhất là giá đất cụ thể, phí, lệ phí, đăng ký doanh nghiệp, cấp chủ trương đầu "
        "tư và quyết toán vốn đầu tư công, nên yêu cầu về tinh thần, thái độ phục vụ rất cao.",
        "other")
    R.h("II. VIỆC QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN", "word", 2)
    R.p("Đảng ủy, Ban Giám đốc Sở (và của hai sở trước hợp nhất) đã ban hành 58 văn bản lãnh "
        "đạo, chỉ đạo, gồm nghị quyết chuyên đề, kế hoạch, quy chế dân chủ và quy tắc ứng xử "
        "của công chức; tổ chức 34 hội nghị quán triệt, sơ kết, tổng kết đến toàn thể cán bộ, "
        "đảng viên, người lao động.", "lanh-dao")
    R.p("Nội dung công tác dân vận chính quyền được đưa vào chương trình công tác năm của Sở và "
        "là một tiêu chí đánh giá, xếp loại chi bộ, công chức cuối năm; đồng chí Phó Giám đốc "
        "phụ trách Văn phòng được phân công trực tiếp theo dõi, đôn đốc các phòng thực hiện.",
        "lanh-dao")
    R.p("Sở phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh và Hiệp hội Doanh nghiệp tỉnh ban hành "
        "quy chế tiếp nhận, phản hồi kiến nghị của doanh nghiệp về thủ tục đầu tư, thuế, phí; "
        "kết quả phản hồi được công khai trên Cổng thông tin điện tử của Sở.", "lanh-dao")
    R.h("III. KẾT QUẢ THỰC HIỆN", "word", 2)
    R.h("1. Những kết quả nổi bật", "word", 3)
    R.p("Cải cách thủ tục hành chính được đẩy mạnh: Sở đã rà soát, kiến nghị cắt giảm 41 thủ "
        "tục, đơn giản hóa 67 thủ tục; 100% thủ tục đủ điều kiện được cung cấp dịch vụ công "
        "trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 87,4%, gấp gần 6 "
        "lần năm 2018.", "ket-qua.noi-bat")
    R.p("Đội ngũ công chức được bồi dưỡng đạo đức công vụ, kỹ năng giao tiếp với người dân, "
        "doanh nghiệp với 1.926 lượt người; không có công chức bị xử lý kỷ luật do sách nhiễu, "
        "gây phiền hà trong giải quyết công việc.", "ket-qua.noi-bat")
    R.p("Lãnh đạo Sở tiếp 684 lượt công dân, tổ chức 23 cuộc đối thoại với doanh nghiệp và "
        "Nhân dân về giá đất, bồi thường giải phóng mặt bằng, thanh toán vốn đầu tư; tiếp nhận "
        "412 đơn thư, đã giải quyết 397 đơn, số còn lại đang trong thời hạn xem xét.",
        "ket-qua.noi-bat")
    R.p("Phong trào thi đua Dân vận khéo được triển khai sâu rộng, có 8 mô hình được công nhận, "
        "tiêu biểu là mô hình Một cửa thân thiện, doanh nghiệp hài lòng và mô hình Cà phê doanh "
        "nhân được tổ chức định kỳ hằng quý.", "ket-qua.noi-bat")
    R.h("2. Tồn tại, hạn chế", "word", 3)
    R.p("Việc thẩm tra quyết toán một số dự án hoàn thành, thẩm định giá đất cụ thể còn chậm so "
        "với thời gian quy định, làm ảnh hưởng đến quyền lợi của người có đất bị thu hồi và "
        "tiến độ của doanh nghiệp.", "ket-qua.han-che")
    R.p("Một bộ phận công chức chưa chủ động hướng dẫn người dân sử dụng dịch vụ công trực "
        "tuyến; việc tiếp thu, phản hồi kiến nghị của doanh nghiệp qua đường dây nóng có lúc "
        "chưa kịp thời, còn để doanh nghiệp phải hỏi lại nhiều lần.", "ket-qua.han-che")
    R.h("3. Nguyên nhân", "word", 3)
    R.p("Về khách quan, hệ thống văn bản pháp luật về đất đai, đầu tư công thay đổi nhiều, có "
        "nội dung chưa thống nhất; khối lượng hồ sơ tăng nhanh sau hợp nhất trong khi biên chế "
        "giảm theo lộ trình tinh giản.", "ket-qua.nguyen-nhan")
    R.p("Về chủ quan, một số người đứng đầu phòng, đơn vị chưa quan tâm đúng mức đến công tác "
        "dân vận; việc kiểm tra, giám sát thực hiện quy tắc ứng xử của công chức chưa thường "
        "xuyên, xử lý chưa nghiêm.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", "word", 3)
    R.p("Một là, phải lấy sự hài lòng của người dân, doanh nghiệp làm thước đo hiệu quả phục "
        "vụ; hai là, người đứng đầu phải gương mẫu, trực tiếp đối thoại, lắng nghe; ba là, công "
        "khai, minh bạch thông tin tài chính, ngân sách là điều kiện để Nhân dân giám sát.",
        "ket-qua.bai-hoc")
    R.h("IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "word", 2)
    R.p("Chỉ số hài lòng của doanh nghiệp đối với các thủ tục thuộc lĩnh vực kế hoạch, đầu tư, "
        "tài chính được cải thiện rõ; niềm tin của doanh nghiệp và Nhân dân đối với cơ quan "
        "tài chính được nâng lên, góp phần cải thiện môi trường đầu tư, kinh doanh của tỉnh.",
        "tac-dong")
    R.h("B. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ", "word", 1)
    R.h("I. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030", "word", 2)
    R.p("Tiếp tục quán triệt quan điểm lấy người dân, doanh nghiệp làm trung tâm phục vụ; gắn "
        "công tác dân vận chính quyền với thực hiện nhiệm vụ chính trị của ngành Tài chính.",
        "ket-qua.giai-phap", kind="dash")
    R.p("Hoàn thiện cơ sở dữ liệu về giá đất, đầu tư công và công khai trên Cổng thông tin điện "
        "tử của Sở; phấn đấu đến năm 2030 toàn bộ hồ sơ thủ tục hành chính được giải quyết "
        "trực tuyến toàn trình.", "ket-qua.giai-phap", kind="dash")
    R.h("II. KIẾN NGHỊ", "word", 2)
    R.p("Đề nghị Bộ Tài chính sớm hướng dẫn thống nhất quy trình thẩm định giá đất cụ thể theo "
        "Luật Đất đai năm 2024, tránh chồng chéo giữa các cơ quan ở địa phương.", "kien-nghi",
        kind="dash")
    R.p("Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí nâng cấp hạ tầng số của Bộ phận một cửa "
        "và có chế độ hỗ trợ cho công chức trực tiếp tiếp nhận, trả kết quả hồ sơ.",
        "kien-nghi", kind="dash")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Tài "
          "chính./.", leak="của Sở Tài chính./.")
    R.signature(["- Như trên;", "- UBND tỉnh (b/c);", "- Đảng ủy Sở;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Thị Thanh Bình"],
                leak=["Nguyễn Thị Thanh Bình", "KT. GIÁM ĐỐC", "UBND tỉnh (b/c)"])
    R.pagebreak()
    R.center("Phụ lục")
    R.center("BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW GIAI ĐOẠN 2015 - 2025")
    R.center("(Kèm theo Báo cáo số 318/BC-STC ngày 15/4/2026 của Sở Tài chính)", bold=False,
             italic=True, leak="Kèm theo Báo cáo số 318/BC-STC")
    years = [str(y) for y in range(2015, 2026)]
    R.table([
        ["STT", "Chỉ tiêu", "ĐVT"] + years + ["Tổng cộng"],
        ["1", "Văn bản lãnh đạo, chỉ đạo về công tác dân vận", "Văn bản",
         "2", "5", "6", "5", "6", "5", "6", "5", "6", "5", "7", "58"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị",
         "1", "3", "3", "4", "3", "3", "3", "3", "4", "3", "4", "34"],
        ["3", "Lượt công chức, viên chức được bồi dưỡng", "Lượt",
         "-", "142", "158", "165", "171", "120", "186", "204", "236", "258", "286", "1.926"],
        ["4", "Đối thoại với doanh nghiệp, Nhân dân", "Cuộc",
         "", "1", "2", "2", "2", "1", "2", "3", "3", "3", "4", "23"],
        ["5", "Tiếp công dân", "Lượt",
         "21", "58", "62", "64", "66", "51", "68", "72", "74", "70", "78", "684"],
        ["6", "Đơn thư tiếp nhận", "Đơn",
         "12", "31", "35", "38", "40", "33", "42", "44", "46", "43", "48", "412"],
        ["7", "Đơn thư đã giải quyết", "Đơn",
         "12", "30", "34", "37", "39", "32", "41", "43", "45", "41", "43", "397"],
        ["8", "Mô hình Dân vận khéo được công nhận", "Mô hình",
         "-", "-", "1", "-", "1", "1", "1", "1", "1", "1", "1", "8"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%",
         "-", "-", "-", "15,2", "22,7", "31,5", "42,8", "55,1", "68,9", "79,3", "87,4", "-"],
    ])
    R.p("Ghi chú: Năm 2015 tính từ tháng 7/2015; số liệu trước ngày 01/3/2025 là số liệu cộng "
        "của Sở Tài chính và Sở Kế hoạch và Đầu tư.", "phu-luc")
    return R


def ttt():
    R = Report("ttt", "TTT", "so-nganh", "markdown", "Thanh tra tinh - BC KL114.md",
               "2026-04-20", "96/BC-TTr", "Hoàng Văn Quyết",
               problems=["late", "missing-section:tac-dong"],
               figures={"van-ban": 39, "hoi-nghi": 21, "tap-huan": 1580, "doi-thoai": 64,
                        "tiep-dan": 2318, "don-nhan": 3472, "don-giai-quyet": 3385,
                        "dan-van-kheo": 6, "truc-tuyen": None},
               notes="pandoc -t markdown of a Word file with bold typed headings in the unit's "
                     "own words: I. VIỆC TRIỂN KHAI, QUÁN TRIỆT / II. NHỮNG MẶT LÀM ĐƯỢC (no "
                     "results parent: the achievements at the top level) / III. TỒN TẠI, HẠN "
                     "CHẾ / IV. NGUYÊN NHÂN / V. BÀI HỌC RÚT RA / VI. PHƯƠNG HƯỚNG THỜI GIAN "
                     "TỚI / VII. ĐỀ XUẤT, KIẾN NGHỊ; no impact part at all (missing-section "
                     "deserved); achievements as '- ' items with '+ ' sub-items; dated 20/4 "
                     "(late: the last day on time is 19/4); appendix with group rows A/B, "
                     "rows numbered in the unit's order (dialogue before petitions), a matter "
                     "row '6 Đơn thư …' over '6.1 Tiếp nhận' / '6.2 Đã giải quyết', a row of "
                     "the unit's own (inspections of citizen reception: no indicator) and the "
                     "online rate 'x' (no procedures of its own).")
    R.header([([("UBND TỈNH NGHỆ AN", False, False), ("THANH TRA TỈNH", True, False, True),
                ("", False, False), ("Số: 96/BC-TTr", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 20 tháng 4 năm 2026", False, True)])],
             leak=["THANH TRA TỈNH", "96/BC-TTr", "ngày 20 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Kết quả 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu "
             "quả công tác dân vận của cơ quan nhà nước các cấp", leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Thanh tra "
          "tỉnh báo cáo kết quả thực hiện như sau:",
          leak="Thanh tra tỉnh báo cáo kết quả thực hiện như sau")
    R.h("I. VIỆC TRIỂN KHAI, QUÁN TRIỆT KẾT LUẬN")
    R.p("Ngay sau khi Kết luận được ban hành, Ban cán sự đảng (nay là Đảng ủy) Thanh tra tỉnh đã "
        "tổ chức quán triệt đến 100% cán bộ, đảng viên; trong 10 năm đã ban hành 39 văn bản "
        "lãnh đạo, chỉ đạo, hướng dẫn và tổ chức 21 hội nghị quán triệt, sơ kết, tổng kết.",
        "lanh-dao")
    R.p("Thanh tra tỉnh tham mưu Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp trong công tác "
        "tiếp công dân, xử lý đơn thư giữa các cơ quan của tỉnh, quy định rõ trách nhiệm của "
        "người đứng đầu trong việc tiếp công dân định kỳ và đột xuất.", "lanh-dao")
    R.h("II. NHỮNG MẶT LÀM ĐƯỢC")
    R.p("Công tác tiếp công dân được duy trì nền nếp: Thanh tra tỉnh tham mưu tổ chức tiếp "
        "2.318 lượt công dân tại Trụ sở tiếp công dân tỉnh, trong đó lãnh đạo Ủy ban nhân dân "
        "tỉnh và lãnh đạo Thanh tra tỉnh trực tiếp tiếp định kỳ 1.046 lượt.", "ket-qua.noi-bat",
        kind="dash")
    R.p("Tổ chức 64 cuộc đối thoại với người khiếu nại trước khi ban hành quyết định giải "
        "quyết; nhiều vụ việc phức tạp, kéo dài đã được giải quyết dứt điểm ngay tại buổi đối "
        "thoại.", "ket-qua.noi-bat", kind="dash")
    R.p("Tiếp nhận, phân loại 3.472 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải "
        "quyết 3.385 đơn thuộc thẩm quyền hoặc chuyển đúng cơ quan có thẩm quyền, đạt 97,5%.",
        "ket-qua.noi-bat", kind="dash")
    R.p("Công tác thanh tra trách nhiệm và bồi dưỡng nghiệp vụ cho đội ngũ làm công tác tiếp "
        "dân được chú trọng, cụ thể:", "ket-qua.noi-bat", kind="dash")
    R.p("tiến hành 126 cuộc thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải "
        "quyết khiếu nại, tố cáo đối với thủ trưởng các sở, ngành và Ủy ban nhân dân cấp huyện "
        "(cũ), kiến nghị kiểm điểm 47 tập thể, 112 cá nhân;", "ket-qua.noi-bat", kind="plus")
    R.p("bồi dưỡng nghiệp vụ tiếp công dân, kỹ năng đối thoại và vận động quần chúng cho 1.580 "
        "lượt cán bộ làm công tác tiếp dân, xử lý đơn thư của các sở, ngành, địa phương.",
        "ket-qua.noi-bat", kind="plus")
    R.p("Phong trào thi đua Dân vận khéo có 6 mô hình được công nhận, tiêu biểu là mô hình Tiếp "
        "dân bằng cả tấm lòng của Ban Tiếp công dân tỉnh và mô hình Tổ hòa giải gắn với tiếp "
        "công dân ở cơ sở.", "ket-qua.noi-bat", kind="dash")
    R.h("III. TỒN TẠI, HẠN CHẾ")
    R.p("Một số vụ việc khiếu nại về đất đai, bồi thường giải phóng mặt bằng còn kéo dài, công "
        "dân khiếu nại vượt cấp lên Trung ương; việc thực hiện quyết định giải quyết khiếu nại "
        "đã có hiệu lực pháp luật ở một số nơi còn chậm.", "ket-qua.han-che")
    R.p("Việc tiếp công dân định kỳ của người đứng đầu một số cơ quan, địa phương chưa đúng quy "
        "định, còn ủy quyền cho cấp phó; chất lượng một số cuộc đối thoại chưa cao, chưa thuyết "
        "phục được người khiếu nại.", "ket-qua.han-che")
    R.h("IV. NGUYÊN NHÂN")
    R.p("Chính sách, pháp luật về đất đai có nhiều thay đổi qua các thời kỳ, hồ sơ quản lý đất "
        "đai ở cơ sở chưa đầy đủ; một bộ phận người dân chưa hiểu đúng quy định, có trường hợp "
        "bị kích động, lôi kéo khiếu kiện đông người.", "ket-qua.nguyen-nhan")
    R.p("Trách nhiệm của một số người đứng đầu trong tiếp công dân, giải quyết khiếu nại chưa "
        "cao; đội ngũ làm công tác tiếp dân ở cơ sở còn thiếu, phần lớn kiêm nhiệm và thường "
        "xuyên thay đổi.", "ket-qua.nguyen-nhan")
    R.h("V. BÀI HỌC RÚT RA")
    R.p("Người đứng đầu phải trực tiếp tiếp dân, đối thoại với dân ngay từ khi vụ việc mới phát "
        "sinh; giải quyết khiếu nại phải đúng pháp luật, có lý, có tình và công khai kết quả "
        "cho Nhân dân biết, giám sát.", "ket-qua.bai-hoc")
    R.h("VI. PHƯƠNG HƯỚNG THỜI GIAN TỚI")
    R.p("Tiếp tục nâng cao chất lượng tiếp công dân, đối thoại; vận hành cơ sở dữ liệu quốc gia "
        "về tiếp công dân, xử lý đơn thư kết nối đến tất cả các xã, phường sau sắp xếp.",
        "ket-qua.giai-phap", kind="dash")
    R.p("Tăng cường thanh tra trách nhiệm người đứng đầu; xử lý nghiêm tổ chức, cá nhân né "
        "tránh, đùn đẩy trách nhiệm trong giải quyết khiếu nại, tố cáo của công dân.",
        "ket-qua.giai-phap", kind="dash")
    R.h("VII. ĐỀ XUẤT, KIẾN NGHỊ")
    R.p("Đề nghị Thanh tra Chính phủ sớm ban hành hướng dẫn về tiếp công dân, giải quyết khiếu "
        "nại trong mô hình chính quyền địa phương hai cấp, nhất là thẩm quyền đối với các vụ "
        "việc tồn đọng của cấp huyện trước đây.", "kien-nghi")
    R.p("Đề nghị Tỉnh ủy chỉ đạo cấp ủy các xã, phường đưa kết quả tiếp công dân của người đứng "
        "đầu vào tiêu chí đánh giá, xếp loại cán bộ cuối năm.", "kien-nghi")
    R.app("Thanh tra tỉnh báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
          leak="Thanh tra tỉnh báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp")
    R.signature(["- Như trên;", "- UBND tỉnh (b/c);", "- Chánh Thanh tra tỉnh;",
                 "- Lưu: VT, VP."],
                ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "", "", "Hoàng Văn Quyết"],
                leak=["Hoàng Văn Quyết", "KT. CHÁNH THANH TRA", "Chánh Thanh tra tỉnh;"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU TỔNG KẾT 10 NĂM (2015 - 2025)")
    R.table([
        ["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"],
        ["A", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "", "", ""],
        ["1", "Văn bản lãnh đạo, chỉ đạo, hướng dẫn", "Văn bản", "39", ""],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "21", ""],
        ["3", "Lượt cán bộ được bồi dưỡng nghiệp vụ, kỹ năng", "Lượt", "1.580", ""],
        ["B", "KẾT QUẢ THỰC HIỆN", "", "", ""],
        ["4", "Tiếp công dân", "Lượt", "2.318", "Lãnh đạo tiếp định kỳ 1.046 lượt"],
        ["5", "Đối thoại với công dân", "Cuộc", "64", ""],
        ["6", "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh", "", "", ""],
        ["6.1", "Tiếp nhận", "Đơn", "3.472", ""],
        ["6.2", "Đã giải quyết", "Đơn", "3.385", "Đạt 97,5%"],
        ["7", "Thanh tra trách nhiệm về tiếp công dân, giải quyết khiếu nại, tố cáo", "Cuộc",
         "126", "Kiến nghị kiểm điểm 47 tập thể, 112 cá nhân"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "6", ""],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "x",
         "Thanh tra tỉnh không trực tiếp giải quyết TTHC"],
    ], bold_rows=(0, 1, 5))
    return R


def x002():
    R = Report("x002", "X002", "dang-uy-xa-phuong", "lo-txt",
               "Dien Chau - BC tong ket KL114.txt", "2026-04-16", "63-BC/ĐU", "Cao Xuân Thành",
               problems=["missing-section:ket-qua.nguyen-nhan"],
               figures={"van-ban": 29, "hoi-nghi": 21, "tap-huan": 540, "doi-thoai": 32,
                        "tiep-dan": 1126, "don-nhan": 287, "don-giai-quyet": 279,
                        "dan-van-kheo": 11, "truc-tuyen": 82.6},
               notes="LibreOffice 'Text (encoded)' UTF-8 of a Word file: header and signature "
                     "tables a cell line by line; 'PHẦN I' and its title on two bold centred "
                     "lines, then top level numbered 1.-6. (no Roman numerals) with 3.1.-3.3. "
                     "under the results; no causes anywhere (the limits part says none: "
                     "missing-section deserved); 'PHẦN II' over 1. directions and 2. "
                     "requests; appendix 'BIỂU THỐNG KÊ' after the signature, one cell a line, "
                     "with a 'Trong đó: đơn khiếu nại, tố cáo' row without STT under the "
                     "petitions received, and a note under the table.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ DIỄN CHÂU", True, False),
                ("*", False, False), ("Số 63-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Diễn Châu, ngày 16 tháng 4 năm 2026", False, True)])],
             leak=["ĐẢNG ỦY XÃ DIỄN CHÂU", "Số 63-BC/ĐU", "Diễn Châu, ngày 16 tháng 4"])
    R.center("BÁO CÁO")
    R.center("tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI)",
             leak="tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI)")
    R.center("-----", bold=False)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường "
          "vụ Đảng ủy xã Diễn Châu báo cáo kết quả 10 năm thực hiện Kết luận như sau:",
          leak="Ban Thường vụ Đảng ủy xã Diễn Châu báo cáo")
    R.h("PHẦN I", style="center")
    R.h("KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", style="center")
    R.h("1. Khái quát đặc điểm tình hình")
    R.p("Xã Diễn Châu được thành lập ngày 01/7/2025 trên cơ sở sáp nhập thị trấn Diễn Châu và 4 "
        "xã lân cận; diện tích tự nhiên 37,6 km2, dân số hơn 61 nghìn người, sinh sống ở 52 "
        "xóm, khối; kinh tế chủ yếu là thương mại, dịch vụ và khai thác, chế biến hải sản.",
        "other")
    R.p("Đảng bộ xã có 74 tổ chức cơ sở đảng với 3.118 đảng viên; sau sắp xếp, bộ máy của xã "
        "cơ bản vận hành thông suốt, đội ngũ cán bộ được bố trí tương đối hợp lý.", "other")
    R.h("2. Công tác lãnh đạo, chỉ đạo")
    R.p("Đảng ủy xã (và Đảng ủy thị trấn, các xã trước sáp nhập) đã ban hành 29 văn bản lãnh "
        "đạo, chỉ đạo thực hiện Kết luận; tổ chức 21 hội nghị quán triệt, sơ kết đến cán bộ chủ "
        "chốt, bí thư chi bộ, xóm trưởng, khối trưởng.", "lanh-dao")
    R.p("Ban Thường vụ Đảng ủy chỉ đạo Ủy ban nhân dân xã xây dựng quy chế tiếp công dân, quy "
        "tắc ứng xử của cán bộ, công chức tại Bộ phận một cửa; giao Ủy ban Mặt trận Tổ quốc xã "
        "giám sát việc thực hiện và báo cáo định kỳ 6 tháng.", "lanh-dao")
    R.h("3. Kết quả đạt được")
    R.h("3.1. Xây dựng chính quyền gần dân, vì dân", style="bi")
    R.p("Đội ngũ cán bộ, công chức xã được bồi dưỡng kỹ năng dân vận, kỹ năng giao tiếp với 540 "
        "lượt người; thực hiện nghiêm việc đeo thẻ công chức, niêm yết công khai thủ tục, phí, "
        "lệ phí và số điện thoại đường dây nóng tại trụ sở.", "ket-qua.noi-bat")
    R.h("3.2. Tiếp công dân, đối thoại, giải quyết đơn thư", style="bi")
    R.p("Lãnh đạo Đảng ủy, Ủy ban nhân dân xã tiếp 1.126 lượt công dân, tổ chức 32 cuộc đối "
        "thoại trực tiếp với Nhân dân, nhất là với các hộ có đất bị thu hồi làm đường ven biển "
        "và khu công nghiệp; tiếp nhận 287 đơn thư, đã giải quyết 279 đơn.", "ket-qua.noi-bat")
    R.p("Phong trào thi đua Dân vận khéo có 11 mô hình được công nhận, tiêu biểu là mô hình Xóm "
        "biển sáng, xanh, sạch, đẹp ở xóm Hải Thịnh và mô hình Chợ cá văn minh ở khối 4.",
        "ket-qua.noi-bat")
    R.h("3.3. Cải cách hành chính, chuyển đổi số", style="bi")
    R.p("Bộ phận Tiếp nhận và trả kết quả được đầu tư đồng bộ; tỷ lệ hồ sơ giải quyết trực tuyến "
        "năm 2025 đạt 82,6%, tỷ lệ hồ sơ trả kết quả đúng hạn đạt 99,1%; Tổ công nghệ số cộng "
        "đồng hỗ trợ người dân tại 52 xóm, khối.", "ket-qua.noi-bat")
    R.h("4. Hạn chế, khuyết điểm")
    R.p("Việc giải quyết một số kiến nghị về bồi thường, hỗ trợ tái định cư dự án đường ven biển "
        "còn chậm; có thời điểm Nhân dân tập trung đông người tại trụ sở xã.", "ket-qua.han-che")
    R.p("Một số cán bộ, công chức chưa thật sự gần dân, còn ngại tiếp xúc, đối thoại; việc "
        "hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến chưa thường xuyên.",
        "ket-qua.han-che")
    R.h("5. Bài học kinh nghiệm")
    R.p("Cấp ủy phải nắm chắc tình hình Nhân dân, giải quyết kịp thời các vấn đề bức xúc ngay từ "
        "cơ sở; phát huy vai trò của Mặt trận, các đoàn thể và người có uy tín trong cộng đồng "
        "dân cư ven biển.", "ket-qua.bai-hoc")
    R.h("6. Hiệu quả, tác động")
    R.p("Qua 10 năm, mối quan hệ giữa chính quyền và Nhân dân ngày càng gắn bó; Nhân dân đồng "
        "thuận hiến hơn 18.000 m2 đất mở rộng đường giao thông, bàn giao mặt bằng sớm cho các "
        "dự án trọng điểm trên địa bàn.", "tac-dong")
    R.h("PHẦN II", style="center")
    R.h("PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT", style="center")
    R.h("1. Phương hướng, nhiệm vụ, giải pháp")
    R.p("Tiếp tục đổi mới phong cách, lề lối làm việc của cán bộ, công chức theo hướng phục vụ; "
        "định kỳ hằng quý tổ chức đối thoại giữa Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã "
        "với Nhân dân.", "ket-qua.giai-phap")
    R.h("2. Kiến nghị, đề xuất")
    R.p("Đề nghị Ủy ban nhân dân tỉnh sớm phê duyệt phương án bồi thường bổ sung cho các hộ dân "
        "bị ảnh hưởng bởi dự án đường ven biển đoạn qua xã; hỗ trợ kinh phí cho Tổ công nghệ số "
        "cộng đồng.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy xã "
          "Diễn Châu./.", leak="của Đảng ủy xã Diễn Châu./.")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                 "- Lưu Văn phòng Đảng ủy."],
                ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Cao Xuân Thành"],
                leak=["Cao Xuân Thành", "T/M ĐẢNG ỦY", "Lưu Văn phòng Đảng ủy"])
    R.center("BIỂU THỐNG KÊ")
    R.center("Kết quả thực hiện Kết luận số 114-KL/TW (từ tháng 7/2015 đến tháng 3/2026)",
             bold=False, italic=True)
    R.table([
        ["STT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "29", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "21", ""],
        ["3", "Cán bộ, công chức được bồi dưỡng kỹ năng dân vận", "Lượt", "540", ""],
        ["4", "Cuộc đối thoại của Bí thư, Chủ tịch xã với Nhân dân", "Cuộc", "32", ""],
        ["5", "Lượt tiếp công dân", "Lượt", "1.126", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "287", ""],
        ["", "Trong đó: đơn khiếu nại, tố cáo", "Đơn", "46", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "279", ""],
        ["8", "Mô hình Dân vận khéo được công nhận", "Mô hình", "11", ""],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "82,6", "Năm 2025"],
    ])
    R.p("Ghi chú: số liệu trước ngày 01/7/2025 là số liệu cộng của thị trấn Diễn Châu và 4 xã "
        "trước sáp nhập.", "phu-luc")
    return R


def x004():
    R = Report("x004", "X004", "dang-uy-xa-phuong", "utf16-notepad",
               "BC 114 phuong Hoang Mai.txt", "2026-04-14", "74-BC/ĐU", "Nguyễn Văn Sơn",
               tolerated=["encoding"],
               figures={"van-ban": 33, "hoi-nghi": 26, "tap-huan": 612, "doi-thoai": 37,
                        "tiep-dan": 958, "don-nhan": 241, "don-giai-quyet": 236,
                        "dan-van-kheo": 9, "truc-tuyen": 91.2},
               notes="Pasted from Word into Notepad and saved as 'Unicode' (UTF-16 LE with a "
                     "BOM, CRLF), no blank lines: the header typed as lines with tabs "
                     "('ĐẢNG BỘ TỈNH NGHỆ AN<TAB><TAB>ĐẢNG CỘNG SẢN VIỆT NAM'), headings "
                     "'I.ĐÁNH GIÁ …:' with no space after the numeral and a trailing colon, "
                     "'1. Ưu điểm:', 'a)', '- ' and '+ ' items; solutions as a top-level part "
                     "IV.; signature typed as tab-indented lines; the appendix pasted from a "
                     "Word table, cells apart by tabs, 'Số liệu' merged over three columns "
                     "(so the first header row has one cell fewer), '-' for a rate not yet "
                     "kept; under the table the People's Committee's own signature lines "
                     "(NGƯỜI LẬP BIỂU / TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH): the report's signer "
                     "stays the Party secretary.")
    T = "\t"
    R.lines([f"ĐẢNG BỘ TỈNH NGHỆ AN{T}{T}ĐẢNG CỘNG SẢN VIỆT NAM",
             "ĐẢNG ỦY PHƯỜNG HOÀNG MAI", f"{T}*",
             f"Số 74-BC/ĐU{T}{T}Hoàng Mai, ngày 14 tháng 4 năm 2026"],
            leak=["ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "Số 74-BC/ĐU", "Hoàng Mai, ngày 14 tháng 4"])
    R.lines(["BÁO CÁO", "Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI)",
             "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"],
            align="center", bold=True, leak=["BÁO CÁO", SUBJ_LEAK])
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết "
          "10 năm thực hiện Kết luận số 114-KL/TW, Ban Thường vụ Đảng ủy phường Hoàng Mai báo cáo "
          "như sau:", leak="Ban Thường vụ Đảng ủy phường Hoàng Mai báo cáo")
    R.h("I.ĐÁNH GIÁ VIỆC LÃNH ĐẠO, CHỈ ĐẠO:")
    R.p("Ban Thường vụ Thị ủy Hoàng Mai (cũ) và Đảng ủy phường đã quán triệt Kết luận đến 100% "
        "chi bộ, cán bộ, đảng viên; ban hành 33 văn bản lãnh đạo, chỉ đạo, trong đó có nghị "
        "quyết chuyên đề về xây dựng chính quyền thân thiện, phục vụ Nhân dân.", "lanh-dao")
    R.p("Tổ chức 26 hội nghị quán triệt, sơ kết; đưa chỉ tiêu về tiếp công dân, đối thoại vào "
        "nghị quyết hằng năm của Đảng ủy và chương trình công tác của Ủy ban nhân dân phường.",
        "lanh-dao")
    R.h("II.KẾT QUẢ THỰC HIỆN:")
    R.h("1. Ưu điểm:")
    R.h("a) Về xây dựng đội ngũ cán bộ, công chức")
    R.p("Bồi dưỡng kỹ năng dân vận, văn hóa công vụ cho 612 lượt cán bộ, công chức phường và "
        "khối; lấy ý kiến đánh giá của Nhân dân đối với cán bộ tại Bộ phận một cửa mỗi quý một "
        "lần, công khai kết quả tại khối dân cư.", "ket-qua.noi-bat", kind="dash")
    R.h("b) Về tiếp công dân, đối thoại và giải quyết đơn thư")
    R.p("Lãnh đạo Đảng ủy, Ủy ban nhân dân phường tiếp 958 lượt công dân, tổ chức 37 cuộc đối "
        "thoại với Nhân dân, trong đó:", "ket-qua.noi-bat", kind="dash")
    R.p("đối thoại với các hộ dân khu kinh tế Đông Hồi về bồi thường, tái định cư: 14 cuộc, "
        "tháo gỡ dứt điểm nhiều vướng mắc kéo dài;", "ket-qua.noi-bat", kind="plus")
    R.p("đối thoại với ngư dân về quản lý cảng cá, bến thuyền và chuyển đổi nghề: 9 cuộc, được "
        "bà con đồng tình cao.", "ket-qua.noi-bat", kind="plus")
    R.p("Tiếp nhận 241 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết 236 đơn, "
        "không để phát sinh điểm nóng về an ninh trật tự.", "ket-qua.noi-bat", kind="dash")
    R.h("c) Về cải cách hành chính và phong trào Dân vận khéo")
    R.p("Tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 91,2%, cao nhất trong các phường của "
        "tỉnh; có 9 mô hình Dân vận khéo được công nhận, tiêu biểu là mô hình Ngư dân bám biển "
        "giữ gìn an ninh vùng biển ở khối Tân Phong.", "ket-qua.noi-bat", kind="dash")
    R.h("2. Hạn chế, khó khăn:")
    R.p("Công tác bồi thường, giải phóng mặt bằng ở khu kinh tế Đông Hồi còn nhiều vướng mắc, "
        "một số hộ dân chưa đồng thuận, khiếu nại kéo dài.", "ket-qua.han-che", kind="dash")
    R.p("Một số cán bộ khối, xóm còn lúng túng khi tuyên truyền, vận động Nhân dân thực hiện các "
        "thủ tục trên môi trường số.", "ket-qua.han-che", kind="dash")
    R.h("3. Nguyên nhân:")
    R.p("Chính sách bồi thường thay đổi nhiều lần, giá đất bồi thường chênh lệch giữa các thời "
        "kỳ; trình độ công nghệ thông tin của một bộ phận cán bộ cơ sở và người dân còn hạn "
        "chế.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm:")
    R.p("Phải thật sự tôn trọng, lắng nghe Nhân dân; công khai mọi chủ trương, chính sách liên "
        "quan đến đất đai; cán bộ phải bám cơ sở, nói đi đôi với làm.", "ket-qua.bai-hoc")
    R.h("III.TÁC ĐỘNG:")
    R.p("Việc thực hiện Kết luận đã tạo chuyển biến rõ về phong cách phục vụ của chính quyền; "
        "niềm tin của Nhân dân đối với Đảng ủy, chính quyền phường được củng cố, tình hình an "
        "ninh trật tự vùng biển ổn định.", "tac-dong")
    R.h("IV.PHƯƠNG HƯỚNG, GIẢI PHÁP THỜI GIAN TỚI:")
    R.p("Tiếp tục nâng cao chất lượng đối thoại, tiếp công dân; phấn đấu đến năm 2030 toàn bộ "
        "thủ tục hành chính được giải quyết trực tuyến toàn trình, không có hồ sơ trễ hạn.",
        "ket-qua.giai-phap", kind="dash")
    R.h("V.ĐỀ XUẤT, KIẾN NGHỊ:")
    R.p("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Ban Quản lý khu kinh tế Đông Nam phối hợp với "
        "phường giải quyết dứt điểm các kiến nghị về bồi thường, tái định cư tại khu kinh tế "
        "Đông Hồi.", "kien-nghi", kind="dash")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy "
          "phường Hoàng Mai./.", leak="của Đảng ủy phường Hoàng Mai./.")
    R.lines([f"{T}{T}T/M ĐẢNG ỦY", f"{T}{T}BÍ THƯ", "", f"{T}{T}Nguyễn Văn Sơn"], bold=True,
            leak=["Nguyễn Văn Sơn"])
    R.lines(["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c);",
             "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VP Đảng ủy."],
            leak=["Nơi nhận", "Lưu VP Đảng ủy"])
    R.lines(["BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW"], align="center", bold=True)
    R.table([
        ["STT", "Nội dung", "ĐVT", "Số liệu", "", "", "Ghi chú"],
        ["", "", "", "2015 - 2020", "2021 - 2025", "Tổng", ""],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "Văn bản", "15", "18", "33", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "12", "14", "26", ""],
        ["3", "Lượt cán bộ, công chức được bồi dưỡng", "Lượt", "248", "364", "612", ""],
        ["4", "Đối thoại với Nhân dân", "Cuộc", "16", "21", "37", ""],
        ["5", "Tiếp công dân", "Lượt", "431", "527", "958", ""],
        ["6", "Đơn thư tiếp nhận", "Đơn", "118", "123", "241", ""],
        ["7", "Đơn thư đã giải quyết", "Đơn", "115", "121", "236", ""],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "3", "6", "9", ""],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "-", "91,2", "91,2",
         "Năm 2025; trước năm 2021 chưa theo dõi"],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
        bold_rows=(0, 1))
    R.lines([f"NGƯỜI LẬP BIỂU{T}{T}TM. ỦY BAN NHÂN DÂN", f"{T}{T}CHỦ TỊCH", "",
             f"Trần Thị Lan{T}{T}Phạm Văn Đức"], bold=True,
            leak=["NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Văn Đức"])
    return R


def x005():
    R = Report("x005", "X005", "dang-uy-xa-phuong", "cp1258",
               "BC KL 114 - DU xa Do Luong.txt", "2026-04-10", "58-BC/ĐU", "Thái Văn Hùng",
               tolerated=["encoding"],
               figures={"van-ban": 27, "hoi-nghi": 19, "tap-huan": 456, "doi-thoai": 24,
                        "tiep-dan": 1038, "don-nhan": 196, "don-giai-quyet": 189,
                        "dan-van-kheo": 7, "truc-tuyen": 85.3},
               notes="Windows-1258 plain text with CRLF (LibreOffice's text of a Word file, "
                     "saved in the Vietnamese Windows code page: tones as combining marks); "
                     "the header typed as lines, no table (left block, then the motto and "
                     "the date); part IV 'HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM' as ONE "
                     "part without sub-headings: two '- ' limits, a paragraph opening "
                     "'Nguyên nhân của những hạn chế trên', a lessons paragraph 'Qua thực "
                     "hiện … rút ra một số bài học kinh nghiệm: một là …' and its follow-on "
                     "'Ba là, …'; the results by field under bold-italic 1.-3.; signature as "
                     "right-aligned lines with Nơi nhận below; appendix 'PHỤ LỤC SỐ LIỆU', "
                     "one cell a line, the figures written with their units ('27 văn bản', "
                     "'1.038 lượt', '85,3%').")
    R.lines(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", "Số 58-BC/ĐU"],
            leak=["ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "Số 58-BC/ĐU"])
    R.lines(["ĐẢNG CỘNG SẢN VIỆT NAM", "Đô Lương, ngày 10 tháng 4 năm 2026"], align="right",
            leak=["Đô Lương, ngày 10 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH")
    R.p("Xã Đô Lương được thành lập trên cơ sở sáp nhập thị trấn Đô Lương và 3 xã Đông Sơn, Đà "
        "Sơn, Văn Sơn, là trung tâm kinh tế, thương mại của vùng Tây Bắc Nghệ An; dân số trên "
        "48 nghìn người ở 46 thôn, khối; Đảng bộ xã có 61 tổ chức cơ sở đảng.", "other")
    R.h("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN")
    R.p("Ban Thường vụ Đảng ủy đã quán triệt Kết luận đến toàn thể cán bộ, đảng viên; ban hành "
        "27 văn bản lãnh đạo, chỉ đạo, trong đó có Nghị quyết chuyên đề về nâng cao chất lượng "
        "công tác dân vận chính quyền giai đoạn 2021 - 2025.", "lanh-dao")
    R.p("Tổ chức 19 hội nghị quán triệt, sơ kết; phân công các đồng chí Ủy viên Ban Chấp hành "
        "phụ trách thôn, khối trực tiếp dự sinh hoạt chi bộ, nắm tình hình Nhân dân hằng tháng.",
        "lanh-dao")
    R.h("III. KẾT QUẢ ĐẠT ĐƯỢC")
    R.h("1. Trong xây dựng đội ngũ cán bộ, công chức", style="bi")
    R.p("Bồi dưỡng kỹ năng dân vận, kỹ năng giải quyết tình huống cho 456 lượt cán bộ, công "
        "chức; hằng năm 100% cán bộ, công chức ký cam kết thực hiện quy tắc ứng xử, không có "
        "trường hợp bị Nhân dân phản ánh về thái độ phục vụ.", "ket-qua.noi-bat")
    R.h("2. Trong tiếp công dân, đối thoại, giải quyết đơn thư", style="bi")
    R.p("Lãnh đạo Đảng ủy, Ủy ban nhân dân xã tiếp 1.038 lượt công dân, tổ chức 24 cuộc đối "
        "thoại; tiếp nhận 196 đơn thư, đã giải quyết 189 đơn, các vụ việc còn lại đang được "
        "xem xét theo đúng thời hạn luật định.", "ket-qua.noi-bat")
    R.h("3. Trong cải cách hành chính và phong trào thi đua", style="bi")
    R.p("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 85,3%; có 7 mô hình "
        "Dân vận khéo được công nhận, tiêu biểu là mô hình Nhà văn hóa thông minh ở khối 2 và "
        "mô hình Thu gom rác thải tại nguồn ở thôn Đà Sơn.", "ket-qua.noi-bat")
    R.h("IV. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM")
    R.p("Việc xử lý một số vi phạm về trật tự xây dựng, lấn chiếm hành lang giao thông trên "
        "Quốc lộ 7A chưa kiên quyết, có nơi tái phạm.", "ket-qua.han-che", kind="dash")
    R.p("Một số cuộc đối thoại còn nặng về hình thức, chưa có biên bản theo dõi kết quả thực "
        "hiện sau đối thoại.", "ket-qua.han-che", kind="dash")
    R.p("Nguyên nhân của những hạn chế trên chủ yếu do một số cấp ủy, người đứng đầu thôn, khối "
        "chưa quyết liệt; lực lượng quản lý trật tự đô thị mỏng, kiêm nhiệm; ý thức chấp hành "
        "pháp luật của một bộ phận người dân chưa cao.", "ket-qua.nguyen-nhan")
    R.p("Qua thực hiện Kết luận, Đảng ủy rút ra một số bài học kinh nghiệm: một là, cấp ủy phải "
        "thường xuyên lãnh đạo, kiểm tra, giám sát; hai là, người đứng đầu phải gần dân, trọng "
        "dân, giải quyết dứt điểm vụ việc ngay từ cơ sở.", "ket-qua.bai-hoc")
    R.p("Ba là, phải phát huy vai trò giám sát của Mặt trận và các đoàn thể, lấy sự hài lòng "
        "của Nhân dân làm thước đo kết quả công tác của cán bộ, công chức.", "ket-qua.bai-hoc")
    R.h("V. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.p("Sự đồng thuận của Nhân dân được nâng lên rõ rệt, thể hiện qua việc hơn 600 hộ tự "
        "nguyện hiến đất, tháo dỡ vật kiến trúc để mở rộng đường giao thông nông thôn; niềm tin "
        "của Nhân dân với cấp ủy, chính quyền được củng cố.", "tac-dong")
    R.h("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
    R.p("Tiếp tục nâng cao chất lượng đối thoại, tiếp công dân của người đứng đầu; đẩy mạnh "
        "chuyển đổi số, phấn đấu năm 2030 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 95%.",
        "ket-qua.giai-phap")
    R.h("VII. ĐỀ XUẤT, KIẾN NGHỊ")
    R.p("Đề nghị Tỉnh ủy, Ủy ban nhân dân tỉnh quan tâm bố trí biên chế công chức quản lý trật "
        "tự đô thị cho các xã có quy mô dân số lớn sau sắp xếp.", "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy xã "
          "Đô Lương./.", leak="của Đảng ủy xã Đô Lương./.")
    R.signature_stacked(["- Ban Thường vụ Tỉnh ủy (b/c),",
                         "- Ban Tuyên giáo và Dân vận Tỉnh ủy,", "- Lưu Văn phòng Đảng ủy."],
                        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Thái Văn Hùng"],
                        leak=["Thái Văn Hùng", "PHÓ BÍ THƯ THƯỜNG TRỰC"])
    R.center("PHỤ LỤC SỐ LIỆU")
    R.table([
        ["TT", "Nội dung", "Kết quả", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo", "27 văn bản", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "19 hội nghị", ""],
        ["3", "Bồi dưỡng cán bộ, công chức", "456 lượt", ""],
        ["4", "Đối thoại của người đứng đầu với Nhân dân", "24 cuộc", ""],
        ["5", "Tiếp công dân", "1.038 lượt", ""],
        ["6", "Đơn thư tiếp nhận", "196 đơn", ""],
        ["7", "Đơn thư đã giải quyết", "189 đơn", ""],
        ["8", "Mô hình Dân vận khéo", "7 mô hình", ""],
        ["9", "Hồ sơ giải quyết trực tuyến", "85,3%", "Năm 2025"],
    ])
    return R


def x006():
    R = Report("x006", "X006", "dang-uy-xa-phuong", "markdown",
               "Thanh Chuong_bao cao 114.md", "2026-04-18", "49-BC/ĐU", "Nguyễn Thị Hằng",
               problems=["missing-section:phu-luc"],
               figures={"van-ban": 24, "hoi-nghi": 18, "tap-huan": 365, "doi-thoai": 27,
                        "tiep-dan": 864, "don-nhan": 203, "don-giai-quyet": 196,
                        "dan-van-kheo": 5, "truc-tuyen": 79.8},
               notes="pandoc -t markdown of a Word file with Heading 1/2 styles and typed "
                     "numbering ('# I. …', '## 1. …'); the header block typed as centred "
                     "lines of capitals (no table); no appendix at all: every figure is in "
                     "the running text, stated as a 10-year total (the officer takes them "
                     "from the text; missing-section for the appendix deserved); lessons "
                     "as part III 'MỘT SỐ KINH NGHIỆM'; part V merges tasks and requests "
                     "with sub-headings.")
    R.lines(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ THANH CHƯƠNG", "*", "Số 49-BC/ĐU"],
            align="center", leak=["ĐẢNG ỦY XÃ THANH CHƯƠNG", "Số 49-BC/ĐU"])
    R.lines(["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Chương, ngày 18 tháng 4 năm 2026"],
            align="right", leak=["Thanh Chương, ngày 18 tháng 4"])
    R.center("BÁO CÁO")
    R.center("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI) về nâng "
             "cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp", leak=SUBJ_LEAK)
    R.app("Căn cứ Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
          "Đảng ủy xã Thanh Chương báo cáo như sau:",
          leak="Đảng ủy xã Thanh Chương báo cáo như sau")
    R.h("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "word", 1)
    R.p("Trong 10 năm, Đảng ủy xã (và Đảng ủy thị trấn Thanh Chương, các xã trước sáp nhập) đã "
        "ban hành tổng cộng 24 văn bản lãnh đạo, chỉ đạo về công tác dân vận chính quyền và tổ "
        "chức 18 hội nghị quán triệt, sơ kết, tổng kết.", "lanh-dao")
    R.p("Ban Thường vụ Đảng ủy giao Ban Xây dựng Đảng theo dõi, đôn đốc; chỉ đạo Ủy ban nhân "
        "dân xã ban hành quy chế tiếp công dân và lịch tiếp dân của Bí thư Đảng ủy, Chủ tịch Ủy "
        "ban nhân dân xã vào ngày 15 hằng tháng.", "lanh-dao")
    R.h("II. KẾT QUẢ ĐẠT ĐƯỢC", "word", 1)
    R.h("1. Ưu điểm", "word", 2)
    R.p("Cả giai đoạn 2015 - 2025 đã bồi dưỡng kỹ năng dân vận, văn hóa công sở cho 365 lượt "
        "cán bộ, công chức; tinh thần, thái độ phục vụ Nhân dân có chuyển biến rõ, không có "
        "trường hợp bị kỷ luật do sách nhiễu, gây phiền hà.", "ket-qua.noi-bat")
    R.p("Lãnh đạo Đảng ủy, Ủy ban nhân dân xã đã tiếp 864 lượt công dân và tổ chức 27 cuộc đối "
        "thoại với Nhân dân; tiếp nhận 203 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh, đã "
        "giải quyết 196 đơn, đạt 96,6%.", "ket-qua.noi-bat")
    R.p("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến năm 2025 đạt 79,8%; toàn xã "
        "có 5 mô hình Dân vận khéo được công nhận, tiêu biểu là mô hình Đồi chè liên kết ở thôn "
        "Thanh Mai.", "ket-qua.noi-bat")
    R.h("2. Khuyết điểm, hạn chế", "word", 2)
    R.p("Tỷ lệ hồ sơ trực tuyến ở các thôn vùng sâu còn thấp; việc giải quyết một số kiến nghị "
        "về ranh giới đất rừng, đất sản xuất giữa các hộ dân còn kéo dài.", "ket-qua.han-che")
    R.h("3. Nguyên nhân", "word", 2)
    R.p("Địa bàn rộng, hạ tầng viễn thông ở các thôn vùng cao chưa bảo đảm; hồ sơ giao đất "
        "rừng qua nhiều thời kỳ không đầy đủ, thiếu bản đồ địa chính chính xác.",
        "ket-qua.nguyen-nhan")
    R.h("III. MỘT SỐ KINH NGHIỆM", "word", 1)
    R.p("Lấy dân làm gốc, mọi việc phải bàn bạc dân chủ, công khai ở thôn; cán bộ phải nắm "
        "chắc địa bàn, gần gũi, thấu hiểu tâm tư, nguyện vọng của đồng bào.", "ket-qua.bai-hoc")
    R.h("IV. HIỆU QUẢ, TÁC ĐỘNG", "word", 1)
    R.p("Niềm tin của Nhân dân đối với Đảng ủy, chính quyền xã được nâng lên; Nhân dân tích cực "
        "tham gia xây dựng nông thôn mới nâng cao, đóng góp hơn 9 tỷ đồng và hàng chục nghìn "
        "ngày công làm đường giao thông.", "tac-dong")
    R.h("V. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ", "word", 1)
    R.h("1. Nhiệm vụ, giải pháp", "word", 2)
    R.p("Tăng cường đối thoại trực tiếp ở thôn, bản; hỗ trợ người dân vùng cao sử dụng dịch vụ "
        "công trực tuyến thông qua Tổ công nghệ số cộng đồng và đoàn viên thanh niên.",
        "ket-qua.giai-phap")
    R.h("2. Kiến nghị", "word", 2)
    R.p("Đề nghị Ủy ban nhân dân tỉnh đầu tư hạ tầng viễn thông cho các thôn vùng cao và chỉ đạo "
        "đo đạc, cấp giấy chứng nhận đất rừng cho hộ dân để giải quyết dứt điểm tranh chấp.",
        "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy xã "
          "Thanh Chương./.", leak="của Đảng ủy xã Thanh Chương./.")
    R.signature(["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
                 "- Lưu VP."],
                ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Nguyễn Thị Hằng"],
                leak=["Nguyễn Thị Hằng"])
    return R


def vptu():
    R = Report("vptu", "VPTU", "co-quan-tham-muu", "gfm", "VPTU - bao cao KL114.md",
               "2026-04-17", "402-BC/VPTU", "Trần Quốc Khánh",
               tolerated=["section-order"],
               figures={"van-ban": 47, "hoi-nghi": 18, "tap-huan": 725, "doi-thoai": 7,
                        "tiep-dan": 236, "don-nhan": 1184, "don-giai-quyet": 1152,
                        "dan-van-kheo": 5, "truc-tuyen": 98.6},
               notes="pandoc -t gfm of a Word file with Heading 1/2 styles and typed "
                     "numbering; context part I.; leadership, results and 'Hạn chế và nguyên "
                     "nhân' as 1.-3. of part II (limits and causes under ONE sub-heading, the "
                     "causes paragraph opening 'Nguyên nhân:'); part III 'ĐÁNH GIÁ TÁC ĐỘNG "
                     "VÀ BÀI HỌC KINH NGHIỆM' (impact first, then 'Bài học kinh nghiệm rút "
                     "ra …'); requests (IV.) BEFORE directions (V.): out of the outline's "
                     "order (a section-order warning is tolerated, not required); appendix "
                     "with a label column merged down over three rows ('Tiếp công dân, xử "
                     "lý đơn thư' | 'Lượt tiếp công dân' …), the rate written '98,6%', a "
                     "'Trong đó' row.")
    R.header([([("TỈNH ỦY NGHỆ AN", False, False), ("VĂN PHÒNG", True, False),
                ("*", False, False), ("Số 402-BC/VPTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 17 tháng 4 năm 2026", False, True)])],
             leak=["VĂN PHÒNG", "402-BC/VPTU", "ngày 17 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJ, leak=SUBJ_LEAK)
    R.h("I. KHÁI QUÁT CHUNG", "word", 1)
    R.p("Văn phòng Tỉnh ủy là cơ quan tham mưu, giúp việc Ban Chấp hành, Ban Thường vụ, Thường "
        "trực Tỉnh ủy; hiện có 8 phòng và 2 đơn vị sự nghiệp với 118 cán bộ, công chức, viên "
        "chức, người lao động.", "other")
    R.h("II. KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN", "word", 1)
    R.h("1. Việc quán triệt, lãnh đạo, chỉ đạo", "word", 2)
    R.p("Chi ủy, Lãnh đạo Văn phòng đã tham mưu Ban Thường vụ Tỉnh ủy ban hành và ban hành theo "
        "thẩm quyền 47 văn bản về công tác tiếp công dân, xử lý đơn thư, quy chế làm việc, quy "
        "tắc ứng xử; tổ chức 18 hội nghị quán triệt, sơ kết trong cơ quan.", "lanh-dao")
    R.h("2. Những kết quả chủ yếu", "word", 2)
    R.p("Văn phòng tham mưu duy trì nghiêm lịch tiếp công dân định kỳ của đồng chí Bí thư Tỉnh "
        "ủy, phục vụ 236 lượt tiếp công dân và 7 cuộc đối thoại của Thường trực Tỉnh ủy với "
        "Nhân dân, doanh nghiệp, cán bộ cơ sở.", "ket-qua.noi-bat")
    R.p("Tiếp nhận, phân loại 1.184 đơn thư gửi Thường trực Tỉnh ủy; đã tham mưu xử lý, chuyển "
        "và theo dõi kết quả giải quyết 1.152 đơn; hệ thống quản lý văn bản và hồ sơ công việc "
        "năm 2025 có 98,6% hồ sơ được xử lý trên môi trường mạng.", "ket-qua.noi-bat")
    R.p("Bồi dưỡng nghiệp vụ, kỹ năng dân vận cho 725 lượt cán bộ làm công tác văn phòng cấp ủy "
        "các cấp; 5 mô hình Dân vận khéo của khối văn phòng cấp ủy được công nhận.",
        "ket-qua.noi-bat")
    R.h("3. Hạn chế và nguyên nhân", "word", 2)
    R.p("Việc theo dõi, đôn đốc giải quyết đơn thư sau khi chuyển cơ quan có thẩm quyền có lúc "
        "chưa kịp thời; dữ liệu đơn thư giữa cơ quan Đảng và chính quyền chưa được kết nối.",
        "ket-qua.han-che")
    R.p("Nguyên nhân: biên chế phòng tiếp dân, xử lý đơn thư ít trong khi số đơn tăng nhanh "
        "qua các năm; hạ tầng công nghệ thông tin chưa đồng bộ, chưa có cơ sở dữ liệu dùng "
        "chung.", "ket-qua.nguyen-nhan")
    R.h("III. ĐÁNH GIÁ TÁC ĐỘNG VÀ BÀI HỌC KINH NGHIỆM", "word", 1)
    R.p("Việc thực hiện Kết luận góp phần nâng cao uy tín của cơ quan tham mưu cấp ủy; Nhân dân "
        "tin tưởng gửi kiến nghị, phản ánh đến Thường trực Tỉnh ủy, nhiều vụ việc phức tạp được "
        "chỉ đạo giải quyết dứt điểm.", "tac-dong")
    R.p("Bài học kinh nghiệm rút ra là phải tham mưu kịp thời, trúng, đúng; mọi đơn thư của "
        "Nhân dân phải được xem xét, trả lời; cán bộ văn phòng phải kín đáo, tận tụy, lễ độ với "
        "Nhân dân.", "ket-qua.bai-hoc")
    R.h("IV. ĐỀ XUẤT, KIẾN NGHỊ", "word", 1)
    R.p("Đề nghị Văn phòng Trung ương Đảng sớm xây dựng phần mềm quản lý đơn thư dùng chung "
        "trong hệ thống văn phòng cấp ủy, kết nối với cơ sở dữ liệu quốc gia về tiếp công dân.",
        "kien-nghi")
    R.h("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "word", 1)
    R.p("Tiếp tục chuyển đổi số toàn diện hoạt động của Văn phòng; nâng cao chất lượng tham mưu "
        "tiếp công dân của Bí thư Tỉnh ủy; phối hợp chặt chẽ với Ban Tiếp công dân tỉnh trong "
        "theo dõi kết quả giải quyết.", "ket-qua.giai-phap")
    R.app("Văn phòng Tỉnh ủy báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp./.",
          leak="Văn phòng Tỉnh ủy báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy tổng hợp")
    R.signature(["- Như trên,", "- Thường trực Tỉnh ủy (b/c),", "- Lưu VT."],
                ["CHÁNH VĂN PHÒNG", "", "", "Trần Quốc Khánh"],
                leak=["Trần Quốc Khánh", "CHÁNH VĂN PHÒNG"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.center("(Kèm theo Báo cáo số 402-BC/VPTU ngày 17/4/2026)", bold=False, italic=True,
             leak="Kèm theo Báo cáo số 402-BC/VPTU")
    R.table([
        ["STT", "Nội dung", "", "ĐVT", "Số liệu", "Ghi chú"],
        ["1", "Văn bản lãnh đạo, chỉ đạo, hướng dẫn", "", "Văn bản", "47", ""],
        ["2", "Hội nghị quán triệt, sơ kết", "", "Hội nghị", "18", ""],
        ["3", "Cán bộ được bồi dưỡng nghiệp vụ, kỹ năng dân vận", "", "Lượt", "725", ""],
        ["4", "Đối thoại của Thường trực Tỉnh ủy với Nhân dân, doanh nghiệp", "", "Cuộc", "7",
         "Văn phòng phục vụ"],
        ["", "Trong đó: đối thoại trực tuyến", "", "Cuộc", "2", ""],
        ["5", "Tiếp công dân, xử lý đơn thư", "Lượt tiếp công dân", "Lượt", "236", ""],
        ["6", "", "Đơn thư gửi Thường trực Tỉnh ủy", "Đơn", "1.184", ""],
        ["7", "", "Đơn thư đã xử lý, giải quyết", "Đơn", "1.152", ""],
        ["8", "Mô hình Dân vận khéo", "", "Mô hình", "5", ""],
        ["9", "Tỷ lệ hồ sơ công việc giải quyết trực tuyến, trên môi trường mạng", "", "%",
         "98,6%", "Năm 2025"],
    ], merges=[(0, 1, 0, 2), (1, 1, 1, 2), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2),
               (5, 1, 5, 2), (6, 1, 8, 1), (9, 1, 9, 2), (10, 1, 10, 2)], labels=None)
    R.table_text.extend(["Văn bản lãnh đạo, chỉ đạo, hướng dẫn",
                         "Cán bộ được bồi dưỡng nghiệp vụ, kỹ năng dân vận",
                         "Đơn thư gửi Thường trực Tỉnh ủy", "Đơn thư đã xử lý, giải quyết",
                         "Tỷ lệ hồ sơ công việc giải quyết trực tuyến, trên môi trường mạng"])
    return R


REPORTS = [stc, ttt, x002, x004, x005, x006, vptu]
