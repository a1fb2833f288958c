"""probe44 reports 7-11: a number typed 'Số: 52 -BC/ĐU', a date 'ngày 9/4/2026' and the
figures twice, in a table of the results part and in the appendix, which differ (X002); a
joint report of two units with two signatures (TD, with HND); a 'TL. BAN THƯỜNG VỤ /
CHÁNH VĂN PHÒNG' signature and headings with a TAB after the number (DUQS); the unit's own
titles, heavily reworded (X003); a template's own paragraph styles (SGDDT)."""

from docbuild import Report44 as Report, WD_ALIGN_PARAGRAPH, Mm, Pt, _no_borders
from r44_common import (HEADS, LABELS, OPENING, PARTY, RECIPIENTS_PARTY, STATE1, STATE2,
                        SUBJ_LEAK, SUBJECT, body, department_header, party_header, stat_rows, vn)


def x002():
    figs = {"van-ban": 22, "hoi-nghi": 14, "tap-huan": 372, "doi-thoai": 20, "tiep-dan": 1164,
            "don-nhan": 241, "don-giai-quyet": 233, "dan-van-kheo": 8, "truc-tuyen": 86.1}
    R = Report("x002", "X002", "dang-uy-xa-phuong", "docx", "Dien Chau - BC 52 KL114 (gui BTGDV).docx",
               "2026-04-09", "52-BC/ĐU", "Nguyễn Đình Lực", figures=figs,
               tolerated=["appendix-value-twice"],
               notes="Word file, Party header table with the number typed 'Số: 52 -BC/ĐU' (a "
                     "colon, a space before the dash only) and the date written with figures, "
                     "'Diễn Châu, ngày 9/4/2026'; the figures given TWICE: a table 'Một số kết "
                     "quả chủ yếu (số liệu đến hết năm 2025)' inside '1. Những kết quả nổi bật' "
                     "(four rows, the figures of the draft) and the appendix 'PHỤ LỤC' after the "
                     "signature with the nine rows brought up to the report's date, four of them "
                     "higher (reception 1.164 against 1.120, petitions 241/233 against 236/229, "
                     "models 8 against 7). Judgement call: the officer takes the appendix's "
                     "figures (the form the plan asks for, and the later count); the body table "
                     "is part of the unit's account of its results.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ DIỄN CHÂU", True, False),
                ("*", False, False), ("Số: 52 -BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Diễn Châu, ngày 9/4/2026", False, True)])],
             leak=["52 -BC/ĐU", "Diễn Châu, ngày 9/4/2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy xã Diễn Châu"),
          leak="Ban Thường vụ Đảng ủy xã Diễn Châu báo cáo như sau")
    T = {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy ban hành 22 văn bản lãnh đạo, chỉ đạo, tổ chức 14 hội nghị quán "
            "triệt, sơ kết Kết luận; chỉ đạo Ủy ban nhân dân xã công khai lịch tiếp dân của Bí thư, "
            "Chủ tịch tại nhà văn hóa các xóm."],
        "ket-qua.han-che": [
            "Tình trạng xây dựng lấn chiếm hành lang đê biển ở hai xóm chưa được xử lý dứt điểm; "
            "việc thông tin kết quả giải quyết kiến nghị đến người dân có lúc chưa kịp thời."],
        "ket-qua.nguyen-nhan": [
            "Nhu cầu đất ở của các hộ trẻ lớn trong khi quỹ đất hạn hẹp; cán bộ địa chính kiêm "
            "nhiệm nhiều việc, sự phối hợp giữa các ban, ngành của xã có lúc chưa chặt chẽ."],
        "ket-qua.bai-hoc": [
            "Cấp ủy phải nắm chắc tâm tư của Nhân dân từ chi bộ xóm, xử lý vi phạm phải kiên quyết "
            "nhưng có lý có tình, đi đôi với tạo sinh kế cho người dân."],
        "ket-qua.giai-phap": [
            "Quy hoạch khu dân cư mới cho các hộ trẻ; duy trì lịch tiếp dân định kỳ tại xóm; đẩy "
            "mạnh hướng dẫn người dân nộp hồ sơ trực tuyến qua tổ công nghệ số cộng đồng."],
        "tac-dong": [
            "Quan hệ giữa chính quyền và Nhân dân gắn bó hơn, các vụ việc được giải quyết ngay tại "
            "cơ sở; Nhân dân đồng thuận với chủ trương bảo vệ đê biển và trồng rừng phòng hộ."],
        "kien-nghi": [
            "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí quy hoạch khu tái định cư cho các hộ lấn "
            "chiếm hành lang đê biển và nâng cấp tuyến đê ven biển đoạn qua xã Diễn Châu."],
    }
    for sec, level, title in HEADS:
        R.h(title, style="bold" if level == 1 else "bi")
        if sec == "ket-qua.noi-bat":
            R.p("Bồi dưỡng 372 lượt cán bộ, công chức, trưởng xóm về kỹ năng dân vận; lãnh đạo xã "
                "chủ trì 20 cuộc đối thoại với ngư dân và hộ nuôi trồng thủy sản về quy hoạch vùng "
                "nuôi, bến neo đậu tàu thuyền.", sec)
            R.p("Một số kết quả chủ yếu về tiếp dân, giải quyết đơn thư và phong trào Dân vận khéo "
                "của xã trong 10 năm qua được tổng hợp tại bảng dưới đây:", sec)
            R.center("Một số kết quả chủ yếu (số liệu đến hết năm 2025)", bold=False, italic=True)
            R.table([["TT", "Nội dung", "Kết quả"],
                     ["1", "Lượt công dân được tiếp", "1.120"],
                     ["2", "Đơn thư tiếp nhận", "236"],
                     ["3", "Đơn thư được giải quyết xong", "229"],
                     ["4", "Mô hình Dân vận khéo được công nhận", "7"]], labels=None)
            R.p("Tỷ lệ hồ sơ thủ tục hành chính của xã được giải quyết trực tuyến tăng nhanh, năm "
                "2025 đạt 86,1%, cao hơn mức bình quân của các xã trong tỉnh.", sec)
        elif sec:
            for t in T[sec]:
                R.p(t, sec)
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy xã Diễn Châu./.", leak="Ban Thường vụ Đảng ủy xã Diễn Châu./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "Nguyễn Đình Lực"],
                leak=["Nguyễn Đình Lực"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("Số liệu kết quả thực hiện Kết luận số 114-KL/TW (đến ngày 31/3/2026)", bold=False,
             italic=True)
    R.table(stat_rows(figs))
    return R


def td():
    figs = {"van-ban": 34, "hoi-nghi": 21, "tap-huan": 4215, "doi-thoai": 38, "tiep-dan": None,
            "don-nhan": 167, "don-giai-quyet": 161, "dan-van-kheo": 14, "truc-tuyen": None}
    R = Report("td", "TD", "mttq-doan-the", "docx", "BC lien tich TD-HND 15 KL114.docx",
               "2026-04-14", "15/BCLT-TĐ-HND", "Nguyễn Thị Bích Ngọc", figures=figs,
               notes="A JOINT report (báo cáo liên tịch) of the Youth Union and the Farmers' "
                     "Association: header 'BCH TỈNH ĐOÀN NGHỆ AN' over 'BAN THƯỜNG VỤ HỘI NÔNG "
                     "DÂN TỈNH' (the lead body first), '***', 'Số: 15/BCLT-TĐ-HND' beside the state motto; TWO "
                     "SIGNATURES side by side (Nghị định 30/2020's joint layout: the lead body "
                     "on the right: 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ THƯỜNG TRỰC / "
                     "Nguyễn Thị Bích Ngọc'; the other on the left: 'TM. BAN THƯỜNG VỤ HỘI NÔNG "
                     "DÂN TỈNH / PHÓ CHỦ TỊCH / Trần Văn Khải'), 'Nơi nhận' under them. "
                     "Judgement call: the officer files it as the lead body's (Tỉnh đoàn) report "
                     "and signer, and notes the Association's share in it; reception and online "
                     "rate 'x' (neither body's duty).")
    R.header([([("BCH TỈNH ĐOÀN NGHỆ AN", True, False),
                ("BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH", True, False), ("***", False, False),
                ("Số: 15/BCLT-TĐ-HND", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 14 tháng 4 năm 2026", False, True)])],
             leak=["15/BCLT-TĐ-HND", "Nghệ An, ngày 14 tháng 4"])
    R.center("BÁO CÁO LIÊN TỊCH", leak="BÁO CÁO LIÊN TỊCH")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
          "Tỉnh đoàn và Ban Thường vụ Hội Nông dân tỉnh báo cáo liên tịch kết quả 10 năm thực hiện "
          "Kết luận số 114-KL/TW như sau:",
          leak="Ban Thường vụ Hội Nông dân tỉnh báo cáo liên tịch")
    body(R, {
        "lanh-dao": [
            "Hai Ban Thường vụ ban hành 34 văn bản hướng dẫn, trong đó có chương trình phối hợp "
            "giai đoạn 2016 - 2020 và 2021 - 2025; tổ chức 21 hội nghị quán triệt, sơ kết trong "
            "đoàn viên, hội viên."],
        "ket-qua.noi-bat": [
            "Tập huấn kỹ năng vận động quần chúng, chuyển đổi số cho 4.215 lượt cán bộ đoàn, hội "
            "các cấp; phối hợp tổ chức 38 cuộc đối thoại giữa lãnh đạo tỉnh, huyện với thanh niên "
            "nông thôn về việc làm và vốn vay.",
            "Tiếp nhận 167 kiến nghị, đơn thư của đoàn viên, hội viên, đã phối hợp giải quyết, trả "
            "lời 161 trường hợp; 14 mô hình Dân vận khéo của thanh niên nông thôn được công nhận."],
        "ket-qua.han-che": [
            "Nội dung phối hợp có lúc còn hình thức, chưa sâu ở cơ sở; nhiều thanh niên nông thôn đi "
            "làm ăn xa nên khó tập hợp, sinh hoạt chi đoàn, chi hội không đều."],
        "ket-qua.nguyen-nhan": [
            "Kinh phí hoạt động của đoàn, hội cơ sở hạn hẹp; cán bộ đoàn, hội cấp xã thường xuyên "
            "thay đổi; chưa có cơ chế chia sẻ dữ liệu đoàn viên, hội viên giữa hai tổ chức."],
        "ket-qua.bai-hoc": [
            "Phối hợp phải có chương trình cụ thể, phân công rõ việc, rõ người; lấy mô hình phát "
            "triển kinh tế của thanh niên làm nơi gặp gỡ giữa đoàn viên và hội viên."],
        "ket-qua.giai-phap": [
            "Xây dựng chương trình phối hợp giai đoạn 2026 - 2030 gắn với khởi nghiệp nông nghiệp; "
            "lập cơ sở dữ liệu thanh niên nông thôn dùng chung giữa hai tổ chức."],
        "tac-dong": [
            "Thanh niên nông thôn tin tưởng, gắn bó hơn với tổ chức đoàn, hội; nhiều mô hình kinh "
            "tế tập thể của thanh niên ra đời, góp phần xây dựng nông thôn mới và giữ ổn định ở "
            "cơ sở."],
        "kien-nghi": [
            "Đề nghị Tỉnh ủy chỉ đạo bố trí nguồn vốn ủy thác qua Hội Nông dân và Tỉnh đoàn cho "
            "thanh niên nông thôn khởi nghiệp, vay không cần tài sản bảo đảm."],
    })
    R.app("Trên đây là báo cáo liên tịch tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban "
          "Thường vụ Tỉnh đoàn và Ban Thường vụ Hội Nông dân tỉnh./.",
          leak="của Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Hội Nông dân tỉnh./.")
    R.signature_joint(
        ["TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH", "PHÓ CHỦ TỊCH", "", "", "Trần Văn Khải"],
        ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "Nguyễn Thị Bích Ngọc"],
        ["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Thường trực Tỉnh ủy (b/c);",
         "- Lưu VP Tỉnh đoàn, VP Hội Nông dân tỉnh."],
        leak=["Trần Văn Khải", "Nguyễn Thị Bích Ngọc", "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def duqs():
    figs = {"van-ban": 41, "hoi-nghi": 19, "tap-huan": 2630, "doi-thoai": 12, "tiep-dan": 458,
            "don-nhan": 96, "don-giai-quyet": 96, "dan-van-kheo": 11, "truc-tuyen": None}
    R = Report("duqs", "DUQS", "dang-uy-truc-thuoc", "docx", "DUQS - BC 318 KL114.docx",
               "2026-04-10", "318-BC/ĐU", "Lê Minh Tuấn", figures=figs,
               notes="Word file, Party header table; headings typed with a TAB after the number "
                     "('I.' TAB 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO' bold; '1.' TAB 'Những kết quả nổi "
                     "bật' bold italic), as a typist lines titles up; signed on behalf by the "
                     "Office: 'TL. BAN THƯỜNG VỤ' / 'CHÁNH VĂN PHÒNG' / 'Thượng tá' / the name "
                     "(thừa lệnh, Hướng dẫn 36-HD/VPTW); the online rate 'x' (no procedures at "
                     "the military command's Party committee).")
    party_header(R, "ĐẢNG ỦY QUÂN SỰ TỈNH", "318-BC/ĐU", "Nghệ An, ngày 10 tháng 4 năm 2026")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy Quân sự tỉnh"),
          leak="Ban Thường vụ Đảng ủy Quân sự tỉnh báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy Quân sự tỉnh ban hành 41 văn bản lãnh đạo, chỉ đạo công tác dân "
            "vận trong lực lượng vũ trang, tổ chức 19 hội nghị quán triệt, sơ kết gắn với phong "
            "trào thi đua Quyết thắng."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng kiến thức, kỹ năng công tác dân vận cho 2.630 lượt cán bộ, chiến sĩ; chỉ huy "
            "cơ quan quân sự các cấp phối hợp tổ chức 12 cuộc đối thoại với Nhân dân vùng giáp ranh "
            "các thao trường, bãi tập.",
            "Tiếp 458 lượt công dân đến liên hệ, tiếp nhận 96 đơn thư về chính sách hậu phương quân "
            "đội, đã giải quyết dứt điểm cả 96 đơn; 11 mô hình Dân vận khéo của các đơn vị được "
            "công nhận."],
        "ket-qua.han-che": [
            "Việc giải quyết chế độ cho một số đối tượng tham gia kháng chiến còn chậm do thiếu hồ "
            "sơ; hoạt động giúp dân của một vài đơn vị có lúc chưa gắn với nhu cầu thực tế của địa "
            "phương."],
        "ket-qua.nguyen-nhan": [
            "Hồ sơ gốc của nhiều đối tượng bị thất lạc qua các thời kỳ chiến tranh; nhiệm vụ huấn "
            "luyện, sẵn sàng chiến đấu nặng nên thời gian dành cho công tác dân vận có hạn."],
        "ket-qua.bai-hoc": [
            "Giữ vững bản chất Bộ đội Cụ Hồ, dựa vào dân để xây dựng thế trận lòng dân; mọi hoạt "
            "động giúp dân phải xuất phát từ nhu cầu chính đáng của địa phương."],
        "ket-qua.giai-phap": [
            "Phối hợp với ngành lao động, thương binh và xã hội rà soát, giải quyết hồ sơ chính sách "
            "tồn đọng; gắn công tác dân vận với xây dựng khu vực phòng thủ vững chắc."],
        "tac-dong": [
            "Mối quan hệ quân dân được củng cố, hình ảnh Bộ đội Cụ Hồ trong lòng Nhân dân ngày càng "
            "đẹp; Nhân dân tin tưởng, tích cực tham gia xây dựng nền quốc phòng toàn dân."],
        "kien-nghi": [
            "Đề nghị Bộ Chỉ huy Quân sự tỉnh và Sở Nội vụ sớm hướng dẫn xác nhận chế độ cho đối "
            "tượng tham gia kháng chiến không còn hồ sơ gốc trên địa bàn tỉnh."],
    }, h=lambda R, title, level: R.h_tab(title.split(" ", 1)[0], title.split(" ", 1)[1],
                                         italic=level == 2))
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy Quân sự tỉnh./.", leak="Ban Thường vụ Đảng ủy Quân sự tỉnh./.")
    R.signature(RECIPIENTS_PARTY, ["TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "", "", "Thượng tá",
                                   "Lê Minh Tuấn"], leak=["Lê Minh Tuấn", "TL. BAN THƯỜNG VỤ"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def x003():
    figs = {"van-ban": 25, "hoi-nghi": 17, "tap-huan": 428, "doi-thoai": 27, "tiep-dan": 1038,
            "don-nhan": 219, "don-giai-quyet": 211, "dan-van-kheo": 9, "truc-tuyen": 88.7}
    R = Report("x003", "X003", "dang-uy-xa-phuong", "docx", "Quynh Luu - BC 71 KL 114.docx",
               "2026-04-13", "71-BC/ĐU", "Hồ Sỹ Nam", figures=figs,
               notes="Word file, Party header table; eight flat parts I.-VIII. (bold), titled in "
                     "the unit's OWN WORDS, reworded far from the outline: 'I. CÔNG TÁC TỔ CHỨC "
                     "THỰC HIỆN' (leadership), 'II. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC' (achievements), 'III. "
                     "MẶT CÒN TỒN TẠI' (limits), 'IV. NGUYÊN NHÂN CỦA TỒN TẠI', 'V. KINH NGHIỆM "
                     "RÚT RA', 'VI. SỰ CHUYỂN BIẾN SAU 10 NĂM' (impact), 'VII. HƯỚNG TỚI' "
                     "(directions: 'Nhiệm vụ thời gian tới' in words of its own), 'VIII. ĐỀ XUẤT "
                     "VỚI CẤP TRÊN' (requests); no results parent. An officer files each by what "
                     "it says.")
    party_header(R, "ĐẢNG ỦY XÃ QUỲNH LƯU", "71-BC/ĐU", "Quỳnh Lưu, ngày 13 tháng 4 năm 2026")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy xã Quỳnh Lưu"),
          leak="Ban Thường vụ Đảng ủy xã Quỳnh Lưu báo cáo như sau")
    heads = [("lanh-dao", 1, "I. CÔNG TÁC TỔ CHỨC THỰC HIỆN"),
             ("ket-qua.noi-bat", 1, "II. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC"),
             ("ket-qua.han-che", 1, "III. MẶT CÒN TỒN TẠI"),
             ("ket-qua.nguyen-nhan", 1, "IV. NGUYÊN NHÂN CỦA TỒN TẠI"),
             ("ket-qua.bai-hoc", 1, "V. KINH NGHIỆM RÚT RA"),
             ("tac-dong", 1, "VI. SỰ CHUYỂN BIẾN SAU 10 NĂM"),
             ("ket-qua.giai-phap", 1, "VII. HƯỚNG TỚI"),
             ("kien-nghi", 1, "VIII. ĐỀ XUẤT VỚI CẤP TRÊN")]
    body(R, {
        "lanh-dao": [
            "Đảng ủy ban hành 25 văn bản, tổ chức 17 hội nghị để các chi bộ, đoàn thể và cán bộ "
            "chủ chốt nắm vững yêu cầu của Kết luận; phân công từng đảng ủy viên theo dõi việc tiếp "
            "dân, giải quyết kiến nghị ở các thôn."],
        "ket-qua.noi-bat": [
            "Mở lớp bồi dưỡng cho 428 lượt cán bộ, công chức và trưởng thôn; lãnh đạo xã tiếp 1.038 "
            "lượt công dân, chủ trì 27 cuộc đối thoại về chuyển đổi đất lúa kém hiệu quả sang nuôi "
            "trồng thủy sản.",
            "Tiếp nhận 219 đơn thư, đã giải quyết 211 đơn; 9 mô hình Dân vận khéo được công nhận; "
            "tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 88,7%."],
        "ket-qua.han-che": [
            "Vẫn còn đơn thư gửi vượt cấp về bồi thường khi mở rộng quốc lộ; một số công chức chưa "
            "kiên trì giải thích cho dân, trả lời kiến nghị còn chung chung, chưa thuyết phục."],
        "ket-qua.nguyen-nhan": [
            "Giá bồi thường thấp hơn giá thị trường nên người dân chưa đồng tình; kỹ năng giao tiếp "
            "của một số công chức mới tuyển dụng còn yếu, chưa được bồi dưỡng kịp thời."],
        "ket-qua.bai-hoc": [
            "Phải công khai phương án bồi thường từ đầu, để dân giám sát cả quá trình; cán bộ phải "
            "đến tận nhà dân lắng nghe, không để bức xúc nhỏ thành điểm nóng."],
        "tac-dong": [
            "Bộ mặt nông thôn đổi mới, thu nhập của người dân tăng; mối quan hệ giữa chính quyền với "
            "Nhân dân gần gũi hơn, Nhân dân tin tưởng vào sự lãnh đạo của Đảng ủy xã."],
        "ket-qua.giai-phap": [
            "Trong những năm tới, xã tập trung hoàn thành giải phóng mặt bằng mở rộng quốc lộ, bồi "
            "dưỡng kỹ năng giao tiếp cho công chức trẻ và nhân rộng mô hình nuôi tôm công nghệ cao."],
        "kien-nghi": [
            "Đề nghị Ủy ban nhân dân tỉnh xem xét điều chỉnh đơn giá bồi thường đất nông nghiệp "
            "cho sát giá thị trường và hỗ trợ chuyển đổi nghề cho các hộ bị thu hồi đất."],
    }, heads)
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy xã Quỳnh Lưu./.", leak="Ban Thường vụ Đảng ủy xã Quỳnh Lưu./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Hồ Sỹ Nam"],
                leak=["Hồ Sỹ Nam"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def sgddt():
    figs = {"van-ban": 48, "hoi-nghi": 26, "tap-huan": 6120, "doi-thoai": 15, "tiep-dan": 1086,
            "don-nhan": 402, "don-giai-quyet": 395, "dan-van-kheo": 19, "truc-tuyen": 99.1}
    R = Report("sgddt", "SGDDT", "so-nganh", "docx", "SGDDT - BC 731 KL114.docx",
               "2026-04-15", "731/BC-SGDĐT", "Thái Văn Thành", figures=figs,
               notes="Word file built on the Department's own TEMPLATE STYLES, no built-in "
                     "Heading style: parts in 'Mục 1' (styleId Muc1: based on Normal, bold, "
                     "w:outlineLvl 0), sub-parts in 'Mục 2' (Muc2: bold italic, outlineLvl 1), "
                     "body paragraphs in 'Nội dung' (NoiDung: first-line indent, justified), "
                     "numbers typed; no run carries direct formatting. The appendix's columns "
                     "'STT | Chỉ tiêu | Số lượng | Đơn vị tính' (the unit after the figure).")
    department_header(R, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "731/BC-SGDĐT", "15")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.add_style("Muc1", "Mục 1", bold=True, outline=0, indent=True)
    R.add_style("Muc2", "Mục 2", bold=True, italic=True, outline=1, indent=True)
    R.add_style("NoiDung", "Nội dung", indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    par = R.doc.add_paragraph("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ "
                              "Tỉnh ủy, Sở Giáo dục và Đào tạo báo cáo như sau:", style="Nội dung")
    R.leak("Sở Giáo dục và Đào tạo báo cáo như sau")
    T = {
        "lanh-dao": [
            "Ban cán sự đảng, Đảng ủy Sở ban hành 48 văn bản lãnh đạo, chỉ đạo, tổ chức 26 hội nghị "
            "quán triệt, sơ kết; đưa nội dung dân vận vào tiêu chí đánh giá hiệu trưởng và xếp loại "
            "thi đua các trường học."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng kỹ năng ứng xử sư phạm, dân vận khéo cho 6.120 lượt cán bộ quản lý, giáo "
            "viên; lãnh đạo Sở tổ chức 15 cuộc đối thoại với phụ huynh về các khoản thu đầu năm và "
            "tuyển sinh đầu cấp.",
            "Lãnh đạo Sở tiếp 1.086 lượt công dân, tiếp nhận 402 đơn thư, đã giải quyết 395 đơn; "
            "19 mô hình Dân vận khéo trong trường học được công nhận; tỷ lệ hồ sơ giải quyết trực "
            "tuyến năm 2025 đạt 99,1%."],
        "ket-qua.han-che": [
            "Tình trạng lạm thu, dạy thêm trái quy định vẫn xảy ra ở một số trường; việc phối hợp "
            "giữa nhà trường với ban đại diện cha mẹ học sinh có nơi còn hình thức."],
        "ket-qua.nguyen-nhan": [
            "Kinh phí chi thường xuyên của nhiều trường không đủ; một bộ phận cán bộ quản lý chưa "
            "nắm vững quy định về các khoản thu, chưa công khai đầy đủ với phụ huynh."],
        "ket-qua.bai-hoc": [
            "Mọi khoản thu phải được bàn bạc, thống nhất với phụ huynh từ đầu năm học và công khai "
            "quyết toán; người đứng đầu nhà trường phải gương mẫu, lắng nghe ý kiến phụ huynh."],
        "ket-qua.giai-phap": [
            "Tăng cường thanh tra các khoản thu đầu năm; triển khai thanh toán không dùng tiền mặt "
            "trong toàn ngành; bồi dưỡng kỹ năng giao tiếp với phụ huynh cho giáo viên chủ nhiệm."],
        "tac-dong": [
            "Niềm tin của phụ huynh và xã hội đối với ngành giáo dục được củng cố; môi trường học "
            "đường thân thiện, đồng thuận giữa nhà trường, gia đình và xã hội được nâng lên."],
        "kien-nghi": [
            "Đề nghị Bộ Giáo dục và Đào tạo sớm ban hành quy định thống nhất về các khoản thu thỏa "
            "thuận và hướng dẫn huy động tài trợ cho các cơ sở giáo dục công lập."],
    }

    def h(R, title, level):
        return R.doc.add_paragraph(title, style="Mục 1" if level == 1 else "Mục 2")
    for sec, level, title in HEADS:
        h(R, title, level)
        for t in T.get(sec, []) if sec else []:
            R.p_style(t, sec, "Nội dung")
    R.doc.add_paragraph("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của "
                        "Sở Giáo dục và Đào tạo./.", style="Nội dung")
    R.leak("Kết luận số 114-KL/TW của Sở Giáo dục và Đào tạo./.")
    R.signature(["- Như trên;", "- Lưu: VT, VP."], ["GIÁM ĐỐC", "", "", "Thái Văn Thành"],
                leak=["Thái Văn Thành"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    rows = [["STT", "Chỉ tiêu", "Số lượng", "Đơn vị tính"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(
            ["van-ban", "hoi-nghi", "tap-huan", "doi-thoai", "tiep-dan", "don-nhan",
             "don-giai-quyet", "dan-van-kheo", "truc-tuyen"], LABELS), 1):
        rows.append([str(i), lab, vn(figs[ind]), dvt])
    R.table(rows)
    return R


REPORTS = [x002, td, duqs, x003, sgddt]
