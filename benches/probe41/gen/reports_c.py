"""Reports 13-14 of probe41."""

from docbuild import Report41 as Report
from reports_a import PARTY, STATE1, STATE2, RULE, SUBJECT, SUBJ_LEAK


def x003():
    R = Report("x003", "X003", "dang-uy-xa-phuong", "docx", "BC UBND xa Quynh Luu - KL114.docx",
               "2026-04-17", "125/BC-UBND", "Hồ Sỹ Nam",
               figures={"van-ban": 23, "hoi-nghi": 16, "tap-huan": 386, "doi-thoai": 29,
                        "tiep-dan": 972, "don-nhan": 214, "don-giai-quyet": 206,
                        "dan-van-kheo": 8, "truc-tuyen": 81.5},
               notes="Word file written by the "
                     "commune's People's Committee on behalf of the commune: state header "
                     "'ỦY BAN NHÂN DÂN / XÃ QUỲNH LƯU' / 'Số: 125/BC-UBND', 'Kính gửi:' over "
                     "two addressees; four levels typed: 'PHẦN THỨ NHẤT' / title, 'I.', '1.', "
                     "'a)' and '-' items, the outline's sections one level DEEPER than the "
                     "outline (leadership and the results' sub-sections are 'a)'..'đ)' under "
                     "'1. Kết quả thực hiện' of 'II.'); 'PHẦN THỨ HAI' over I. directions and "
                     "II. requests; signature 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH'; appendix with "
                     "the label column split in two: main rows merged across (gridSpan), a "
                     "'Trong đó' cell merged downwards (vMerge) over three sub-labels "
                     "(khiếu nại / tố cáo / kiến nghị, phản ánh) under the petitions received. "
                     "Judgement call: the officer files a commune People's Committee report "
                     "as the commune's (X003) report.")
    R.header([([("ỦY BAN NHÂN DÂN", True, False), ("XÃ QUỲNH LƯU", True, False), RULE,
                ("Số: 125/BC-UBND", False, False)],
               [STATE1, STATE2, ("---------------", False, False),
                ("Quỳnh Lưu, ngày 17 tháng 4 năm 2026", False, True)])],
             leak=["125/BC-UBND", "Quỳnh Lưu, ngày 17 tháng 4"])
    R.center("BÁO CÁO")
    R.center("Kết quả 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về công tác dân "
             "vận của cơ quan nhà nước trên địa bàn xã",
             leak="công tác dân vận của cơ quan nhà nước trên địa bàn xã")
    R.lines(["Kính gửi:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An;",
             "- Ban Thường vụ Đảng ủy xã Quỳnh Lưu."], align="center",
            leak=["Kính gửi", "Ban Thường vụ Đảng ủy xã Quỳnh Lưu."])
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy và chỉ đạo của "
          "Đảng ủy xã, Ủy ban nhân dân xã Quỳnh Lưu báo cáo như sau:",
          leak="Ủy ban nhân dân xã Quỳnh Lưu báo cáo như sau")
    R.h("PHẦN THỨ NHẤT", style="center")
    R.h("KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", style="center")
    R.h("I. KHÁI QUÁT TÌNH HÌNH")
    R.p("Xã Quỳnh Lưu được thành lập ngày 01/7/2025 trên cơ sở thị trấn Cầu Giát và 5 xã lân "
        "cận, có 49 thôn, khối với hơn 58 nghìn nhân khẩu; kinh tế chủ yếu là nông nghiệp, tiểu "
        "thủ công nghiệp và dịch vụ.", "other")
    R.h("II. KẾT QUẢ ĐẠT ĐƯỢC")
    R.h("1. Kết quả thực hiện", style="bi")
    R.h("a) Công tác lãnh đạo, chỉ đạo", style="i")
    R.p("Ủy ban nhân dân xã (và các xã, thị trấn trước sắp xếp) ban hành 23 kế hoạch, văn bản "
        "chỉ đạo; phối hợp tổ chức 16 hội nghị quán triệt, sơ kết việc thực hiện Kết luận đến "
        "cán bộ, công chức và trưởng thôn.", "lanh-dao")
    R.h("b) Những kết quả nổi bật", style="i")
    R.p("Bồi dưỡng kỹ năng dân vận cho 386 lượt cán bộ, công chức; Chủ tịch Ủy ban nhân dân xã "
        "tiếp 972 lượt công dân và chủ trì 29 cuộc đối thoại với Nhân dân.", "ket-qua.noi-bat",
        kind="dash")
    R.p("Tiếp nhận 214 đơn thư, đã giải quyết 206 đơn; 8 mô hình Dân vận khéo được công nhận; tỷ "
        "lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 81,5%.", "ket-qua.noi-bat", kind="dash")
    R.h("c) Tồn tại, hạn chế", style="i")
    R.p("Việc giải quyết một số kiến nghị về đất đai, môi trường làng nghề còn chậm; cơ sở vật "
        "chất của Bộ phận một cửa sau sắp xếp chưa đáp ứng yêu cầu.", "ket-qua.han-che")
    R.h("d) Nguyên nhân", style="i")
    R.p("Hồ sơ đất đai của các đơn vị cũ chưa được bàn giao đầy đủ; đội ngũ công chức chuyên môn "
        "còn thiếu so với khối lượng công việc sau sắp xếp.", "ket-qua.nguyen-nhan")
    R.h("đ) Bài học kinh nghiệm", style="i")
    R.p("Chính quyền phải công khai, minh bạch, lắng nghe Nhân dân; giải quyết việc của dân "
        "đúng hẹn, không để người dân phải đi lại nhiều lần.", "ket-qua.bai-hoc")
    R.h("2. Tác động", style="bi")
    R.p("Quan hệ giữa chính quyền và Nhân dân ngày càng gắn bó; Nhân dân đồng thuận hiến đất, "
        "góp công xây dựng hạ tầng giao thông nông thôn.", "tac-dong")
    R.h("PHẦN THỨ HAI", style="center")
    R.h("PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ", style="center")
    R.h("I. Phương hướng, nhiệm vụ")
    R.p("Nâng cao chất lượng tiếp công dân, đối thoại; hoàn thiện Bộ phận một cửa, đẩy mạnh dịch "
        "vụ công trực tuyến toàn trình trên địa bàn xã.", "ket-qua.giai-phap", kind="dash")
    R.h("II. Kiến nghị")
    R.p("Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí nâng cấp trụ sở, trang thiết bị của Bộ "
        "phận một cửa xã Quỳnh Lưu sau sắp xếp.", "kien-nghi", kind="dash")
    R.signature(["- Như trên;", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hồ Sỹ Nam"],
                leak=["Hồ Sỹ Nam", "TM. ỦY BAN NHÂN DÂN"])
    R.pagebreak()
    R.center("BIỂU TỔNG HỢP SỐ LIỆU")
    R.table([
        ["STT", "Nội dung", "", "ĐVT", "Số liệu"],
        ["1", "Kế hoạch, văn bản chỉ đạo", "", "Văn bản", "23"],
        ["2", "Hội nghị quán triệt, sơ kết", "", "Hội nghị", "16"],
        ["3", "Lượt cán bộ, công chức được bồi dưỡng", "", "Lượt", "386"],
        ["4", "Cuộc đối thoại của Chủ tịch UBND xã với Nhân dân", "", "Cuộc", "29"],
        ["5", "Lượt tiếp công dân", "", "Lượt", "972"],
        ["6", "Đơn thư tiếp nhận", "", "Đơn", "214"],
        ["", "Trong đó", "Khiếu nại", "Đơn", "21"],
        ["", "", "Tố cáo", "Đơn", "6"],
        ["", "", "Kiến nghị, phản ánh", "Đơn", "187"],
        ["7", "Đơn thư đã giải quyết", "", "Đơn", "206"],
        ["8", "Mô hình Dân vận khéo", "", "Mô hình", "8"],
        ["9", "Tỷ lệ hồ sơ giải quyết trực tuyến", "", "%", "81,5"],
    ], merges=[(0, 1, 0, 2)] + [(r, 1, r, 2) for r in (1, 2, 3, 4, 5, 6, 10, 11, 12)]
       + [(7, 1, 9, 1)])
    return R


def td():
    R = Report("td", "TD", "mttq-doan-the", "docx", "TD - Bao cao 114 gui Ban TGDV.docx",
               "2026-04-16", "702-BC/TĐTN-BTG", "Nguyễn Thị Thu Hằng",
               figures={"van-ban": 37, "hoi-nghi": 24, "tap-huan": 3120, "doi-thoai": 52,
                        "tiep-dan": 268, "don-nhan": 143, "don-giai-quyet": 139,
                        "dan-van-kheo": 19, "truc-tuyen": None},
               notes="Word file whose statistics table sits INSIDE the results part (after "
                     "the achievements, captioned 'Biểu số 01: Kết quả thực hiện các chỉ "
                     "tiêu' and followed by more text of that part), with NO appendix part "
                     "at all: the officer takes the figures from that table, and a missing "
                     "'Phụ lục' is not held against the unit (the figures are there). Youth "
                     "Union header (BCH TỈNH ĐOÀN NGHỆ AN / *** | ĐOÀN TNCS HỒ CHÍ MINH); "
                     "headings typed 'I.' / '1.' bold; the online rate row 'Không áp dụng'.")
    R.header([([("BCH TỈNH ĐOÀN NGHỆ AN", True, False), ("***", False, False),
                ("Số 702-BC/TĐTN-BTG", False, False)],
               [("ĐOÀN TNCS HỒ CHÍ MINH", True, False, True), ("", False, False),
                ("Nghệ An, ngày 16 tháng 4 năm 2026", False, True)])],
             leak=["702-BC/TĐTN-BTG", "ngày 16 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center("Kết quả 10 năm tham gia thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
             leak="Kết quả 10 năm tham gia thực hiện Kết luận số 114-KL/TW")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Ban Thường vụ Tỉnh đoàn ban hành 37 văn bản chỉ đạo, hướng dẫn; tổ chức 24 hội nghị quán "
        "triệt, sơ kết việc tham gia thực hiện Kết luận đến cán bộ Đoàn chủ chốt các cấp.",
        "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Kết quả nổi bật")
    R.p("Tập huấn kỹ năng vận động thanh niên cho 3.120 lượt cán bộ Đoàn; phối hợp tổ chức 52 "
        "diễn đàn, đối thoại giữa người đứng đầu cấp ủy, chính quyền với đoàn viên, thanh niên.",
        "ket-qua.noi-bat")
    R.p("Kết quả thực hiện các chỉ tiêu trong 10 năm cụ thể như sau:", "ket-qua.noi-bat")
    R.p("Biểu số 01: Kết quả thực hiện các chỉ tiêu", "", expect=False)
    R.table([
        ["TT", "Chỉ tiêu", "ĐVT", "Kết quả"],
        ["1", "Văn bản chỉ đạo, hướng dẫn", "Văn bản", "37"],
        ["2", "Hội nghị quán triệt, sơ kết", "Hội nghị", "24"],
        ["3", "Lượt cán bộ Đoàn được tập huấn", "Lượt", "3.120"],
        ["4", "Diễn đàn, đối thoại với thanh niên", "Cuộc", "52"],
        ["5", "Lượt tiếp đoàn viên, thanh niên", "Lượt", "268"],
        ["6", "Ý kiến, kiến nghị của thanh niên tiếp nhận", "Ý kiến", "143"],
        ["7", "Ý kiến, kiến nghị đã được giải quyết", "Ý kiến", "139"],
        ["8", "Mô hình Dân vận khéo", "Mô hình", "19"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "Không áp dụng"],
    ])
    R.p("Các công trình thanh niên tham gia xây dựng nông thôn mới, đô thị văn minh được Nhân "
        "dân ghi nhận, tiêu biểu là công trình Thắp sáng đường quê ở các xã miền núi.",
        "ket-qua.noi-bat")
    R.h("2. Hạn chế")
    R.p("Một số cơ sở Đoàn chưa chủ động nắm bắt tâm tư của thanh niên công nhân, thanh niên đi "
        "làm ăn xa; hình thức tập hợp thanh niên chậm đổi mới.", "ket-qua.han-che")
    R.h("3. Nguyên nhân")
    R.p("Cán bộ Đoàn cơ sở thường xuyên biến động; thanh niên di chuyển nhiều, khó tập hợp; kinh "
        "phí cho hoạt động Đoàn ở cơ sở còn hạn chế.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm")
    R.p("Phải đến với thanh niên bằng những việc làm thiết thực, lắng nghe và giải quyết kịp "
        "thời kiến nghị chính đáng của đoàn viên, thanh niên.", "ket-qua.bai-hoc")
    R.h("III. TÁC ĐỘNG")
    R.p("Niềm tin của thanh niên đối với Đảng, chính quyền được củng cố; nhiều thanh niên tình "
        "nguyện tham gia các phong trào vì cộng đồng ở cơ sở.", "tac-dong")
    R.h("IV. NHIỆM VỤ, GIẢI PHÁP")
    R.p("Đổi mới hình thức đối thoại trên không gian mạng; phát huy vai trò xung kích của thanh "
        "niên trong chuyển đổi số ở các xã, phường.", "ket-qua.giai-phap")
    R.h("V. ĐỀ XUẤT")
    R.p("Đề nghị Tỉnh ủy duy trì định kỳ hằng năm Hội nghị đối thoại giữa đồng chí Bí thư Tỉnh ủy "
        "với thanh niên tỉnh nhà.", "kien-nghi")
    R.signature(["- Trung ương Đoàn (b/c),", "- Lưu VP."],
                ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "", "Nguyễn Thị Thu Hằng"],
                leak=["Nguyễn Thị Thu Hằng", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"])
    return R


REPORTS = [x003, td]
