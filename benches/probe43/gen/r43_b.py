"""probe43 reports 6-10: an appendix whose indicators are cells merged down over sub-rows
(SYT), rows nested I / 1 / a with a parent's own figure and a 'Cộng' row (DUCA), Title and
Subtitle styles and a closing 'KẾT LUẬN' in Heading 1 (VPTU), footnotes that carry figures,
one cited in an appendix cell (SGDDT), tracked changes: a moved paragraph and a corrected
figure in the appendix (X003)."""

from docbuild import Report43 as Report, WD_ALIGN_PARAGRAPH
from r43_common import (HEADS, OPENING, PARTY, RECIPIENTS_PARTY, SUBJ_LEAK, SUBJECT, body,
                        department_header, stat_rows, vn)


def syt():
    figs = {"van-ban": 36, "hoi-nghi": 18, "tap-huan": 3964, "doi-thoai": 31, "tiep-dan": 1207,
            "don-nhan": 566, "don-giai-quyet": 549, "dan-van-kheo": 12, "truc-tuyen": 97.3}
    R = Report("syt", "SYT", "so-nganh", "docx", "SYT - BC 1318 KL114.docx",
               "2026-04-15", "1318/BC-SYT", "Nguyễn Thị Hương Giang", figures=figs,
               notes="Word file, state header; the appendix's indicators grouped the unit's way "
                     "with MERGED CELLS: 'Nội dung' spans two columns; a group label merged DOWN "
                     "(vMerge) over its sub-rows, the sub-label beside it ('Tập huấn, bồi dưỡng' "
                     "over 'Số lớp' 42 and 'Số lượt cán bộ, công chức, viên chức tham gia' 3.964; "
                     "'Tiếp công dân, đối thoại' over 'Số lượt tiếp công dân' and 'Số cuộc đối "
                     "thoại của người đứng đầu'; 'Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh' "
                     "over 'Tiếp nhận' and 'Đã giải quyết'), the STT merged down with it; the "
                     "unit's own STT 1-7. The officer reads 3.964 (not the 42 classes) for "
                     "training.")
    department_header(R, "SỞ Y TẾ", "1318/BC-SYT", "15")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Sở Y tế"), leak="Sở Y tế báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Ban cán sự đảng, Đảng ủy Sở Y tế ban hành 36 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội "
            "nghị quán triệt, sơ kết; đưa quy tắc ứng xử của nhân viên y tế vào tiêu chí thi đua "
            "của các bệnh viện, trung tâm y tế."],
        "ket-qua.noi-bat": [
            "Tổ chức tập huấn kỹ năng giao tiếp, ứng xử với người bệnh cho 3.964 lượt cán bộ, viên "
            "chức ngành y tế qua 42 lớp; các bệnh viện duy trì đường dây nóng và hòm thư góp ý tại "
            "khoa khám bệnh.",
            "Lãnh đạo Sở tiếp 1.207 lượt công dân, chủ trì 31 cuộc đối thoại với người bệnh và "
            "người nhà; tiếp nhận 566 đơn thư, đã giải quyết 549 đơn; 12 mô hình Dân vận khéo được "
            "công nhận."],
        "ket-qua.han-che": [
            "Tình trạng quá tải ở một số bệnh viện tuyến tỉnh vẫn còn, người bệnh phải chờ lâu; "
            "thái độ phục vụ của một bộ phận nhân viên y tế chưa làm người dân hài lòng."],
        "ket-qua.nguyen-nhan": [
            "Cơ sở vật chất tuyến cơ sở chưa đáp ứng nên người bệnh dồn lên tuyến trên; áp lực công "
            "việc lớn, thu nhập của nhân viên y tế chưa tương xứng, một số nơi thiếu nhân lực."],
        "ket-qua.bai-hoc": [
            "Lấy người bệnh làm trung tâm, công khai, minh bạch giá dịch vụ và quy trình khám chữa "
            "bệnh; kịp thời biểu dương người tốt việc tốt và xử lý nghiêm các trường hợp vi phạm y "
            "đức."],
        "ket-qua.giai-phap": [
            "Đẩy mạnh khám chữa bệnh từ xa, đặt lịch khám trực tuyến; nâng cao năng lực trạm y tế "
            "xã để người dân được chăm sóc sức khỏe ngay tại cơ sở."],
        "tac-dong": [
            "Sự hài lòng của người bệnh đối với dịch vụ y tế công tăng rõ rệt; hình ảnh người thầy "
            "thuốc tận tụy được củng cố, niềm tin của Nhân dân vào ngành y tế được nâng lên."],
        "kien-nghi": [
            "Đề nghị Bộ Y tế hướng dẫn cơ chế tự chủ tài chính phù hợp cho các bệnh viện tuyến tỉnh "
            "miền núi và chính sách thu hút bác sĩ về công tác tại trạm y tế xã."],
    })
    R.signature(["- Như trên;", "- Lưu: VT, VP."], ["GIÁM ĐỐC", "", "", "Nguyễn Thị Hương Giang"],
                leak=["Nguyễn Thị Hương Giang"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    rows = [
        ["STT", "Nội dung", "", "ĐVT", "Số liệu"],
        ["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "", "Văn bản", "36"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "", "Hội nghị", "18"],
        ["3", "Tập huấn, bồi dưỡng", "Số lớp", "Lớp", "42"],
        ["", "", "Số lượt cán bộ, công chức, viên chức tham gia", "Lượt", "3.964"],
        ["4", "Tiếp công dân, đối thoại", "Số lượt tiếp công dân", "Lượt", "1.207"],
        ["", "", "Số cuộc đối thoại của người đứng đầu", "Cuộc", "31"],
        ["5", "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh", "Tiếp nhận", "Đơn", "566"],
        ["", "", "Đã giải quyết", "Đơn", "549"],
        ["6", "Mô hình “Dân vận khéo” được công nhận", "", "Mô hình", "12"],
        ["7", "Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến", "", "%", "97,3"],
    ]
    R.table(rows, merges=[(0, 1, 0, 2), (1, 1, 1, 2), (2, 1, 2, 2), (3, 0, 4, 0), (3, 1, 4, 1),
                          (5, 0, 6, 0), (5, 1, 6, 1), (7, 0, 8, 0), (7, 1, 8, 1), (9, 1, 9, 2),
                          (10, 1, 10, 2)])
    return R


def duca():
    figs = {"van-ban": 34, "hoi-nghi": 21, "tap-huan": 4770, "doi-thoai": 19, "tiep-dan": 2380,
            "don-nhan": 1046, "don-giai-quyet": 1012, "dan-van-kheo": 27, "truc-tuyen": 98.5}
    R = Report("duca", "DUCA", "dang-uy-truc-thuoc", "docx", "DUCA - BC 287 tong ket KL 114.docx",
               "2026-04-13", "287-BC/ĐU", "Nguyễn Đức Hải", figures=figs,
               notes="Word file; appendix rows NESTED as the Party's statistical forms are: group "
                     "rows 'I', 'II', 'III', 'IV' (no figure), indicators '1'…'9', parts 'a', 'b' "
                     "under them. Row 1 (documents, 34) has its OWN figure and its parts a) 6 and "
                     "b) 28 beside it (not to be added again); row 3 (training) is EMPTY, its parts "
                     "a) 1.150 and b) 3.620 closed by a 'Cộng' row 4.770; the figure of row 5 "
                     "(citizen reception) is '2.380' with a second paragraph in the same cell "
                     "'(năm 2025: 245)'.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY CÔNG AN TỈNH", True, False),
                ("*", False, False), ("Số 287-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 13 tháng 4 năm 2026", False, True)])],
             leak=["287-BC/ĐU", "ngày 13 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy Công an tỉnh"),
          leak="Ban Thường vụ Đảng ủy Công an tỉnh báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Đảng ủy Công an tỉnh ban hành 34 văn bản lãnh đạo, chỉ đạo, trong đó 6 nghị quyết, chỉ "
            "thị và 28 kế hoạch, hướng dẫn; tổ chức 21 hội nghị quán triệt, sơ kết đến toàn thể cán "
            "bộ, chiến sĩ."],
        "ket-qua.noi-bat": [
            "Tập huấn kỹ năng dân vận, văn hóa ứng xử cho 4.770 lượt cán bộ, chiến sĩ; Công an các "
            "xã, phường chính quy bám địa bàn, nắm chắc tình hình, giải quyết ngay từ cơ sở các mâu "
            "thuẫn trong Nhân dân.",
            "Lãnh đạo Công an tỉnh và Công an cấp xã tiếp 2.380 lượt công dân, chủ trì 19 cuộc đối "
            "thoại; tiếp nhận 1.046 đơn thư, đã giải quyết 1.012 đơn; 27 mô hình Dân vận khéo được "
            "công nhận."],
        "ket-qua.han-che": [
            "Một số vụ việc tranh chấp dân sự, đất đai kéo dài phát sinh khiếu kiện đông người; "
            "thái độ của một bộ phận cán bộ khi tiếp xúc với người dân ở nơi làm thủ tục còn chưa "
            "chuẩn mực."],
        "ket-qua.nguyen-nhan": [
            "Khối lượng công việc của Công an cấp xã sau sắp xếp rất lớn, lực lượng còn mỏng; việc "
            "bồi dưỡng kỹ năng dân vận cho cán bộ trẻ mới ra trường chưa được thường xuyên."],
        "ket-qua.bai-hoc": [
            "Lực lượng Công an phải dựa vào dân, vì dân phục vụ; đâu có khó khăn, nguy hiểm thì ở đó "
            "có cán bộ, chiến sĩ Công an để giữ bình yên cho Nhân dân."],
        "ket-qua.giai-phap": [
            "Tiếp tục phong trào Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy; đẩy mạnh "
            "giải quyết thủ tục về cư trú, căn cước trên môi trường điện tử."],
        "tac-dong": [
            "Hình ảnh người chiến sĩ Công an nhân dân vì Nhân dân phục vụ được tô thắm; phong trào "
            "toàn dân bảo vệ an ninh Tổ quốc phát triển, góp phần giữ vững an ninh trật tự."],
        "kien-nghi": [
            "Đề nghị Bộ Công an bổ sung biên chế cho Công an cấp xã ở các địa bàn đông dân, phức tạp "
            "và hỗ trợ kinh phí xây dựng trụ sở Công an xã ở vùng biên giới."],
    })
    R.signature(RECIPIENTS_PARTY, ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Nguyễn Đức Hải"],
                leak=["Nguyễn Đức Hải", "T/M ĐẢNG ỦY"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    rows = [
        ["STT", "Nội dung", "ĐVT", "Số liệu"],
        ["I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "", ""],
        ["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", "34"],
        ["a", "Nghị quyết, chỉ thị của Đảng ủy", "Văn bản", "6"],
        ["b", "Kế hoạch, hướng dẫn", "Văn bản", "28"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "21"],
        ["II", "TẬP HUẤN, BỒI DƯỠNG", "", ""],
        ["3", "Lượt cán bộ, chiến sĩ được tập huấn, bồi dưỡng", "Lượt", ""],
        ["a", "Do Công an tỉnh tổ chức", "Lượt", "1.150"],
        ["b", "Do Công an cấp xã tổ chức", "Lượt", "3.620"],
        ["", "Cộng", "Lượt", "4.770"],
        ["III", "TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ", "", ""],
        ["4", "Cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", "19"],
        ["5", "Lượt tiếp công dân", "Lượt", "2.380"],
        ["6", "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn", "1.046"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "1.012"],
        ["IV", "THI ĐUA DÂN VẬN KHÉO, CẢI CÁCH HÀNH CHÍNH", "", ""],
        ["8", "Mô hình “Dân vận khéo” được công nhận", "Mô hình", "27"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "98,5"],
    ]
    t = R.table(rows, bold_rows=(0, 1, 6, 11, 16))
    # the figure of row 5 with the year's part in a second paragraph of the same cell
    cell = t.cell(13, 3)
    q = cell.add_paragraph()
    q.add_run("(năm 2025: 245)").font.size = cell.paragraphs[0].runs[0].font.size
    return R


def vptu():
    figs = {"van-ban": 39, "hoi-nghi": 22, "tap-huan": 846, "doi-thoai": 8, "tiep-dan": 126,
            "don-nhan": 71, "don-giai-quyet": 69, "dan-van-kheo": 3, "truc-tuyen": None}
    R = Report("vptu", "VPTU", "co-quan-tham-muu", "docx", "VPTU - BC 472 tong ket KL114.docx",
               "2026-04-08", "472-BC/VPTU", "Hoàng Văn Minh", figures=figs,
               notes="Word file: 'BÁO CÁO' in Word's TITLE style and the subject in the SUBTITLE "
                     "style; headings Heading 1 / Heading 2 with typed numbers; after 'IV. KIẾN "
                     "NGHỊ, ĐỀ XUẤT' a closing part 'KẾT LUẬN' in Heading 1, unnumbered, over one "
                     "summing-up paragraph (filed under 'Nội dung khác': no outline section, and "
                     "no request; probe42's finding 4 in a Heading-1 shape); K/T signature; the "
                     "appendix under 'PHỤ LỤC' in Heading 1; online rate 'x'.")
    R.header([([("TỈNH ỦY NGHỆ AN", False, False), ("VĂN PHÒNG", True, False), ("*", False, False),
                ("Số 472-BC/VPTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 08 tháng 4 năm 2026", False, True)])],
             leak=["472-BC/VPTU", "ngày 08 tháng 4 năm 2026"])
    R.styled("BÁO CÁO", "Title", leak="BÁO CÁO")
    R.styled(SUBJECT, "Subtitle", leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Văn phòng Tỉnh ủy"), leak="Văn phòng Tỉnh ủy báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Văn phòng Tỉnh ủy tham mưu Ban Thường vụ ban hành và tự ban hành 39 văn bản lãnh đạo, "
            "chỉ đạo, hướng dẫn; phối hợp tổ chức 22 hội nghị quán triệt, sơ kết; đưa nhiệm vụ theo "
            "dõi thực hiện Kết luận vào chương trình công tác hằng năm."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng nghiệp vụ văn thư, lưu trữ, tiếp công dân cho 846 lượt cán bộ văn phòng cấp "
            "ủy các cấp; tham mưu Thường trực Tỉnh ủy tổ chức 8 cuộc đối thoại với cán bộ, đảng "
            "viên và Nhân dân.",
            "Phòng tiếp công dân của Văn phòng tiếp 126 lượt công dân, tiếp nhận 71 đơn thư gửi "
            "Thường trực Tỉnh ủy và đã tham mưu xử lý 69 đơn; 3 mô hình Dân vận khéo của khối văn "
            "phòng được công nhận."],
        "ket-qua.han-che": [
            "Việc theo dõi, đôn đốc các cơ quan trả lời kiến nghị của công dân gửi Thường trực Tỉnh "
            "ủy có lúc chưa chặt chẽ; ứng dụng công nghệ trong quản lý đơn thư còn rời rạc."],
        "ket-qua.nguyen-nhan": [
            "Chưa có phần mềm dùng chung giữa các cơ quan đảng và chính quyền để theo dõi đơn thư; "
            "cán bộ làm công tác tiếp dân của Văn phòng kiêm nhiệm, ít được bồi dưỡng chuyên sâu."],
        "ket-qua.bai-hoc": [
            "Tham mưu cho cấp ủy phải sâu sát thực tiễn, kịp thời nắm tâm tư của Nhân dân; mọi kiến "
            "nghị của công dân gửi cấp ủy phải được theo dõi đến khi có kết quả cuối cùng."],
        "ket-qua.giai-phap": [
            "Xây dựng phần mềm quản lý đơn thư liên thông giữa Văn phòng Tỉnh ủy với các cơ quan "
            "nhà nước; định kỳ báo cáo Thường trực Tỉnh ủy kết quả giải quyết từng vụ việc."],
        "tac-dong": [
            "Các chủ trương của Tỉnh ủy về công tác dân vận được triển khai đồng bộ, kịp thời; niềm "
            "tin của cán bộ, đảng viên và Nhân dân vào sự lãnh đạo của Tỉnh ủy được củng cố."],
        "kien-nghi": [
            "Đề nghị Văn phòng Trung ương Đảng hướng dẫn thống nhất quy trình tiếp nhận, xử lý đơn "
            "thư gửi cấp ủy và đầu tư phần mềm dùng chung cho khối văn phòng cấp ủy."],
    }, h=lambda R, t, lv: R.h(t, style="word", level=lv))
    R.h("KẾT LUẬN", style="word", level=1)
    R.p("Mười năm thực hiện Kết luận số 114-KL/TW, Văn phòng Tỉnh ủy đã làm tốt vai trò tham mưu, "
        "giúp việc, là cầu nối giữa Thường trực Tỉnh ủy với Nhân dân; những kinh nghiệm tích lũy "
        "được là nền tảng để tiếp tục đổi mới trong giai đoạn mới.", "other")
    R.signature(["- Thường trực Tỉnh ủy (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                 "- Lưu VP."],
                ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "Hoàng Văn Minh"],
                leak=["Hoàng Văn Minh", "K/T CHÁNH VĂN PHÒNG"])
    R.pagebreak()
    R.h("PHỤ LỤC", style="word", level=1)
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.table(stat_rows(figs))
    return R


def sgddt():
    figs = {"van-ban": 41, "hoi-nghi": 27, "tap-huan": 15240, "doi-thoai": 52, "tiep-dan": 1126,
            "don-nhan": 487, "don-giai-quyet": 471, "dan-van-kheo": 19, "truc-tuyen": 92.8}
    R = Report("sgddt", "SGDDT", "so-nganh", "docx", "SGDDT - BC 702 KL114.docx",
               "2026-04-14", "702/BC-SGDĐT", "Trần Văn Hùng", figures=figs,
               tolerated=["appendix-value-read-as"],
               notes="Word file, state header; FOOTNOTES THAT CARRY FIGURES: two in the body "
                     "(the training and the petitions paragraphs each cite a note giving the "
                     "figure by term), and one cited IN AN APPENDIX CELL, right after the "
                     "figure of citizen reception ('1.126' + footnote 3: what the figure "
                     "counts). The officer reads 1.126; the notes go with the paragraph citing "
                     "them, the appendix's with the notes on the figures.")
    department_header(R, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "702/BC-SGDĐT", "14")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Sở Giáo dục và Đào tạo"), leak="Sở Giáo dục và Đào tạo báo cáo như sau")
    notes = {
        "tap": "Giai đoạn 2015 - 2020: 7.310 lượt; giai đoạn 2021 - 2025: 7.930 lượt, trong đó "
               "có 2.460 lượt cán bộ quản lý các trường mầm non.",
        "don": "Trong 487 đơn thư tiếp nhận có 312 đơn phản ánh về các khoản thu đầu năm học và "
               "dạy thêm, học thêm; 175 đơn về chế độ, chính sách của giáo viên.",
    }
    texts = {
        "lanh-dao": [
            "Đảng ủy Sở ban hành 41 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận trong toàn ngành, "
            "tổ chức 27 hội nghị quán triệt, sơ kết; chỉ đạo các trường công khai cam kết chất "
            "lượng và các khoản thu ngay từ đầu năm học."],
        "ket-qua.han-che": [
            "Vẫn còn phản ánh về lạm thu, dạy thêm trái quy định ở một số trường vùng đô thị; việc "
            "trả lời ý kiến phụ huynh trên cổng thông tin của ngành có lúc chậm, thiếu cụ thể."],
        "ket-qua.nguyen-nhan": [
            "Nhu cầu học thêm của xã hội lớn, quy định quản lý còn kẽ hở; một số hiệu trưởng chưa "
            "thực sự cầu thị, ngại đối thoại trực tiếp với cha mẹ học sinh."],
        "ket-qua.bai-hoc": [
            "Nhà trường càng công khai, minh bạch thì càng nhận được sự đồng hành của phụ huynh; "
            "người đứng đầu phải gương mẫu, trực tiếp lắng nghe ý kiến của người học."],
        "ket-qua.giai-phap": [
            "Đưa vào vận hành hệ thống tiếp nhận phản ánh của phụ huynh thống nhất toàn ngành; xử "
            "lý nghiêm các trường hợp lạm thu, dạy thêm sai quy định."],
        "tac-dong": [
            "Môi trường giáo dục dân chủ, thân thiện hơn; sự đồng thuận của xã hội với đổi mới "
            "chương trình giáo dục phổ thông tăng, góp phần củng cố niềm tin của Nhân dân."],
        "kien-nghi": [
            "Đề nghị Bộ Giáo dục và Đào tạo sớm ban hành quy định mới về dạy thêm, học thêm và cơ "
            "chế huy động tài trợ minh bạch cho các cơ sở giáo dục công lập."],
    }
    for sec, level, title in HEADS:
        R.h(title, style="bold" if level == 1 else "bi")
        if sec == "ket-qua.noi-bat":
            p1 = R.p("Tập huấn kỹ năng ứng xử sư phạm, vận động phụ huynh cho 15.240 lượt cán bộ "
                     "quản lý, giáo viên; 19 mô hình Dân vận khéo trong trường học được công "
                     "nhận, nhiều mô hình ở các xã miền núi được nhân rộng.", sec)
            R.footnote(p1, notes["tap"])
            R.paragraphs.append((notes["tap"], sec))
            p2 = R.p("Lãnh đạo Sở tiếp 1.126 lượt công dân, tổ chức 52 cuộc đối thoại với cha mẹ "
                     "học sinh; tiếp nhận 487 đơn thư và đã giải quyết 471 đơn; tỷ lệ hồ sơ thủ "
                     "tục giải quyết trực tuyến năm 2025 đạt 92,8%.", sec)
            R.footnote(p2, notes["don"])
            R.paragraphs.append((notes["don"], sec))
        elif sec:
            for t in texts[sec]:
                R.p(t, sec)
    R.signature(["- Như trên;", "- Lưu: VT, VP."], ["GIÁM ĐỐC", "", "", "Trần Văn Hùng"],
                leak=["Trần Văn Hùng"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    t = R.table(stat_rows(figs))
    note = ("Số lượt tiếp công dân gồm tiếp định kỳ của Giám đốc Sở và tiếp thường xuyên tại "
            "Phòng tiếp công dân của Sở.")
    R.footnote(t.cell(5, 3).paragraphs[0], note)
    R.paragraphs.append((note, "phu-luc"))
    return R


def x003():
    figs = {"van-ban": 23, "hoi-nghi": 16, "tap-huan": 287, "doi-thoai": 18, "tiep-dan": 651,
            "don-nhan": 149, "don-giai-quyet": 144, "dan-van-kheo": 5, "truc-tuyen": 79.5}
    R = Report("x003", "X003", "dang-uy-xa-phuong", "docx", "BC KL114 Quynh Luu (theo doi sua).docx",
               "2026-04-10", "48-BC/ĐU", "Hồ Sỹ Nam", figures=figs,
               notes="Word file sent with TRACKED CHANGES still in it: a paragraph MOVED (w:moveFrom "
                     "in the leadership part, w:moveTo in the results, with the range marks and "
                     "the paragraph mark moved, as Word records a cut and paste); a figure "
                     "CORRECTED IN THE APPENDIX (w:del '13' / w:ins '16' in the conferences cell, "
                     "and the text says 16); a reviewer's comment. The officer reads the document "
                     "as accepted.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ QUỲNH LƯU", True, False),
                ("*", False, False), ("Số 48-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Quỳnh Lưu, ngày 10 tháng 4 năm 2026", False, True)])],
             leak=["48-BC/ĐU", "Quỳnh Lưu, ngày 10 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy xã Quỳnh Lưu"),
          leak="Ban Thường vụ Đảng ủy xã Quỳnh Lưu báo cáo như sau")
    moved = ("Phong trào “Dân vận khéo” gắn với xây dựng nông thôn mới kiểu mẫu được các thôn "
             "hưởng ứng, 5 mô hình được công nhận, tiêu biểu là mô hình hiến đất mở rộng đường "
             "làng ở thôn Tân Hải.")
    texts = {
        "lanh-dao": [
            "Đảng ủy xã ban hành 23 văn bản lãnh đạo, chỉ đạo, tổ chức 16 hội nghị quán triệt, sơ "
            "kết thực hiện Kết luận; phân công cấp ủy viên phụ trách từng thôn theo dõi việc giải "
            "quyết kiến nghị của Nhân dân."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 287 lượt cán bộ, công chức về kỹ năng dân vận; lãnh đạo xã tiếp 651 lượt "
            "công dân, chủ trì 18 cuộc đối thoại về quy hoạch khu dân cư mới và bồi thường giải "
            "phóng mặt bằng.",
            "Tiếp nhận 149 đơn thư, đã giải quyết 144 đơn; tỷ lệ hồ sơ thủ tục hành chính giải "
            "quyết trực tuyến năm 2025 đạt 79,5%, tăng mạnh so với năm đầu triển khai."],
        "ket-qua.han-che": [
            "Một số kiến nghị về cấp giấy chứng nhận quyền sử dụng đất chậm được giải quyết; công "
            "tác nắm tình hình dư luận ở các thôn ven biển có lúc chưa kịp thời."],
        "ket-qua.nguyen-nhan": [
            "Hồ sơ đất đai qua nhiều thời kỳ không thống nhất; đội ngũ công chức địa chính thiếu, "
            "phải kiêm nhiệm nhiều việc sau sắp xếp bộ máy cấp xã."],
        "ket-qua.bai-hoc": [
            "Cấp ủy phải sát dân, hiểu dân, việc khó phải có cán bộ chủ chốt trực tiếp xuống thôn "
            "đối thoại; kết quả giải quyết phải công khai để Nhân dân giám sát."],
        "ket-qua.giai-phap": [
            "Hoàn thiện cơ sở dữ liệu đất đai của xã; kiện toàn tổ hòa giải ở các thôn; tiếp tục "
            "hướng dẫn người dân sử dụng dịch vụ công trực tuyến mức độ toàn trình."],
        "tac-dong": [
            "Nhân dân đồng thuận, tích cực hiến đất, góp công xây dựng nông thôn mới kiểu mẫu; "
            "niềm tin vào cấp ủy, chính quyền xã được củng cố, tình hình an ninh ổn định."],
        "kien-nghi": [
            "Đề nghị tỉnh hỗ trợ kinh phí đo đạc, chỉnh lý hồ sơ địa chính và bổ sung biên chế công "
            "chức địa chính cho các xã có khối lượng hồ sơ đất đai lớn."],
    }
    for sec, level, title in HEADS:
        R.h(title, style="bold" if level == 1 else "bi")
        for t in texts.get(sec, []) if sec else []:
            par = R.p(t, sec)
            if sec == "lanh-dao":
                R.p_moved(moved, sec, "from")
                R.comment(par, "Đề nghị chuyển đoạn mô hình Dân vận khéo xuống phần kết quả.")
        if sec == "ket-qua.noi-bat":
            R.p_moved(moved, sec, "to")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Hồ Sỹ Nam"],
                leak=["Hồ Sỹ Nam"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    t = R.table(stat_rows(figs))
    R.cell_changed(t.cell(2, 3), "13", "16")
    return R


REPORTS = [syt, duca, vptu, sgddt, x003]
