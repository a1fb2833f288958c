"""probe42 reports 12-15: headings in capitals typed as plain paragraphs (X005), a Google Docs
Markdown export (TD), an 'ĐẶT VẤN ĐỀ' opening and a 'KẾT LUẬN' closing (HND), the issuing
body only in the first page's header part (X004)."""

from docbuild import MdReport, Report42 as Report
from r42_common import (PARTY, RECIPIENTS_PARTY, SUBJ_LEAK, SUBJECT, stat_rows, vn)


def x005():
    figs = {"van-ban": 19, "hoi-nghi": 13, "tap-huan": 296, "doi-thoai": 22, "tiep-dan": 655,
            "don-nhan": 171, "don-giai-quyet": 166, "dan-van-kheo": 5, "truc-tuyen": 80.7}
    R = Report("x005", "X005", "dang-uy-xa-phuong", "docx", "DU Do Luong - bao cao 114.docx",
               "2026-04-13", "72-BC/ĐU", "Bùi Văn Tình", figures=figs,
               notes="Word file from an old typewriter-style template: every heading a plain "
                     "Normal paragraph in CAPITALS, not bold, not numbered, left aligned "
                     "(parts and the results' sub-parts alike: 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', "
                     "'NHỮNG KẾT QUẢ NỔI BẬT', 'NGUYÊN NHÂN' …); body paragraphs left aligned, "
                     "their first line indented with six typed SPACES; the appendix under a "
                     "plain 'BIỂU SỐ LIỆU' line.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ ĐÔ LƯƠNG", True, False),
                ("*", False, False), ("Số 72-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Đô Lương, ngày 13 tháng 4 năm 2026", False, True)])],
             leak=["72-BC/ĐU", "Đô Lương, ngày 13 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.tw("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
         "Đảng ủy xã Đô Lương báo cáo như sau:", "x", expect=False)
    R.leak("Ban Thường vụ Đảng ủy xã Đô Lương báo cáo như sau")
    R.tw("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.tw("Đảng ủy xã ban hành 19 văn bản lãnh đạo, chỉ đạo, tổ chức 13 hội nghị quán triệt, sơ "
         "kết thực hiện Kết luận; các chi bộ đưa nội dung dân vận chính quyền vào sinh hoạt định kỳ "
         "hằng quý.", "lanh-dao")
    R.tw("KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    R.tw("NHỮNG KẾT QUẢ NỔI BẬT")
    R.tw("Bồi dưỡng 296 lượt cán bộ, công chức về kỹ năng dân vận; lãnh đạo xã tiếp 655 lượt công "
         "dân, chủ trì 22 cuộc đối thoại với Nhân dân về quy hoạch cụm công nghiệp và chợ trung "
         "tâm.", "ket-qua.noi-bat")
    R.tw("Tiếp nhận 171 đơn thư, đã giải quyết 166 đơn; 5 mô hình Dân vận khéo được công nhận; tỷ "
         "lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 80,7%.",
         "ket-qua.noi-bat")
    R.tw("TỒN TẠI, HẠN CHẾ")
    R.tw("Một số kiến nghị của cử tri về ô nhiễm ở cụm công nghiệp chậm được xử lý; việc công khai "
         "thủ tục ở bộ phận một cửa có lúc chưa đầy đủ, người dân phải đi lại nhiều lần.",
         "ket-qua.han-che")
    R.tw("NGUYÊN NHÂN")
    R.tw("Thẩm quyền xử lý môi trường thuộc nhiều cấp, nhiều ngành; cán bộ bộ phận một cửa thay "
         "đổi sau sắp xếp, chưa quen nghiệp vụ mới.", "ket-qua.nguyen-nhan")
    R.tw("BÀI HỌC KINH NGHIỆM")
    R.tw("Việc gì liên quan đến đời sống Nhân dân thì phải bàn với dân trước; cấp ủy phải kiểm tra "
         "đến cùng việc giải quyết kiến nghị, không để đơn thư quá hạn.", "ket-qua.bai-hoc")
    R.tw("PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP")
    R.tw("Rà soát, niêm yết đầy đủ thủ tục tại bộ phận một cửa; phối hợp với các sở giám sát xả "
         "thải của cụm công nghiệp, công khai kết quả quan trắc hằng tháng.", "ket-qua.giai-phap")
    R.tw("TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.tw("Nhân dân đồng tình với chủ trương phát triển cụm công nghiệp, tin tưởng vào sự điều hành "
         "của chính quyền xã, góp phần giữ vững ổn định chính trị ở cơ sở.", "tac-dong")
    R.tw("KIẾN NGHỊ, ĐỀ XUẤT")
    R.tw("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Nông nghiệp và Môi trường lắp đặt trạm quan trắc "
         "tự động tại cụm công nghiệp của xã trong năm 2026.", "kien-nghi")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Bùi Văn Tình"],
                leak=["Bùi Văn Tình"])
    R.tw("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def td():
    figs = {"van-ban": 31, "hoi-nghi": 26, "tap-huan": 6240, "doi-thoai": 44, "tiep-dan": None,
            "don-nhan": 58, "don-giai-quyet": 58, "dan-van-kheo": 19, "truc-tuyen": None}
    R = MdReport("td", "TD", "mttq-doan-the", "gdocs-md", "Tinh doan - BC 114 (Google Docs).md",
                 "2026-04-14", "412-BC/TĐTN-BTG", "Phan Thị Thanh", figures=figs,
                 notes="Google Docs 'Download > Markdown (.md)': the header block and the "
                       "signature as pipe tables with '<br>' between a cell's lines and "
                       "':----' alignment rows; headings '# **I. …**' (bold inside the "
                       "heading), sub-headings typed as bold paragraphs with escaped numbers "
                       "'**1\\. Những kết quả nổi bật**'; dash items escaped '\\- …'; one "
                       "body paragraph bold as a whole (the unit's emphasis, a long sentence "
                       "ending with '.'), '\\*' in the header; reception and online rate 'x'.")
    R.raw("| BCH ĐOÀN TNCS HỒ CHÍ MINH<br>TỈNH NGHỆ AN<br>\\*\\*\\*<br>Số: 412-BC/TĐTN-BTG | "
          "**ĐOÀN TNCS HỒ CHÍ MINH**<br>*Nghệ An, ngày 14 tháng 4 năm 2026* |",
          "| :---: | :---: |", "")
    R.leak("412-BC/TĐTN-BTG", "ngày 14 tháng 4 năm 2026")
    R.block("**BÁO CÁO**")
    R.block("**" + SUBJECT + "**")
    R.leak("BÁO CÁO", SUBJ_LEAK)
    R.block("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
            "Tỉnh đoàn báo cáo như sau:")
    R.leak("Ban Thường vụ Tỉnh đoàn báo cáo như sau")
    R.block("# **I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**")
    R.p("Ban Thường vụ Tỉnh đoàn ban hành 31 văn bản triển khai, tổ chức 26 hội nghị quán triệt, "
        "sơ kết; đưa nội dung Kết luận vào chương trình sinh hoạt chi đoàn trong các cơ quan nhà "
        "nước.", "lanh-dao")
    R.block("# **II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN**")
    R.block("**1\\. Những kết quả nổi bật**")
    R.p("Tập huấn kỹ năng dân vận cho 6.240 lượt cán bộ đoàn, đoàn viên là công chức trẻ; Bí thư "
        "Tỉnh đoàn chủ trì 44 cuộc đối thoại với thanh niên về việc làm, khởi nghiệp, chuyển đổi "
        "số.", "ket-qua.noi-bat")
    t = ("Phong trào thanh niên tình nguyện hỗ trợ người dân làm thủ tục trực tuyến được triển khai "
         "ở tất cả các xã, phường, với 19 mô hình Dân vận khéo được công nhận trong mười năm.")
    R.p(t, "ket-qua.noi-bat", md="**" + t + "**")
    t = ("Tiếp nhận 58 ý kiến, kiến nghị của đoàn viên, thanh niên qua các kênh và đã trả lời, giải "
         "quyết đủ 58 trường hợp; Tỉnh đoàn không có nhiệm vụ tiếp công dân.")
    R.p(t, "ket-qua.noi-bat", md="\\- " + t)
    R.block("**2\\. Tồn tại, hạn chế**")
    t = ("Một bộ phận đoàn viên là công chức trẻ còn thiếu kỹ năng tiếp xúc, vận động Nhân dân; "
         "hoạt động ở một số cơ sở đoàn còn hình thức, chạy theo phong trào.")
    R.p(t, "ket-qua.han-che", md="\\- " + t)
    R.block("**3\\. Nguyên nhân**")
    R.p("Cán bộ đoàn thay đổi thường xuyên, kinh phí hoạt động hạn hẹp; một số cấp ủy cơ sở chưa "
        "quan tâm giao việc cho đoàn viên trong công tác dân vận.", "ket-qua.nguyen-nhan")
    R.block("**4\\. Bài học kinh nghiệm**")
    R.p("Giao việc cụ thể, gắn với lợi ích thiết thực của người dân thì thanh niên phát huy được "
        "sức trẻ; lấy kết quả phục vụ Nhân dân làm tiêu chí đánh giá đoàn viên.",
        "ket-qua.bai-hoc")
    R.block("**5\\. Phương hướng, giải pháp**")
    R.p("Nhân rộng đội hình thanh niên hỗ trợ chuyển đổi số ở cơ sở; bồi dưỡng kỹ năng dân vận "
        "cho cán bộ đoàn mới được bầu sau đại hội nhiệm kỳ 2027 - 2032.", "ket-qua.giai-phap")
    R.block("# **III. TÁC ĐỘNG**")
    R.p("Hình ảnh người công chức trẻ tận tụy, gần dân được lan tỏa, thanh niên tin tưởng, gắn bó "
        "hơn với tổ chức đoàn, góp phần xây dựng chính quyền phục vụ Nhân dân.", "tac-dong")
    R.block("# **IV. KIẾN NGHỊ, ĐỀ XUẤT**")
    R.p("Đề nghị Tỉnh ủy chỉ đạo cấp ủy các cơ quan nhà nước giao nhiệm vụ dân vận cụ thể cho chi "
        "đoàn, bố trí kinh phí cho đội hình thanh niên hỗ trợ chuyển đổi số.", "kien-nghi")
    R.block("# **V. PHỤ LỤC SỐ LIỆU**")
    rows = stat_rows(figs)
    R.table(rows, align=[":---:", ":----", ":---:", ":---:"])
    R.block("Trên đây là báo cáo của Ban Thường vụ Tỉnh đoàn Nghệ An./.")
    R.leak("Trên đây là báo cáo của Ban Thường vụ Tỉnh đoàn")
    R.raw("| ***Nơi nhận:***<br>\\- Ban Tuyên giáo và Dân vận Tỉnh ủy;<br>\\- Lưu VP. | "
          "**TM. BAN THƯỜNG VỤ TỈNH ĐOÀN**<br>**PHÓ BÍ THƯ**<br><br><br>**Phan Thị Thanh** |",
          "| :---- | :---: |", "")
    R.leak("Nơi nhận", "Phan Thị Thanh", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN")
    return R


def hnd():
    figs = {"van-ban": 27, "hoi-nghi": 34, "tap-huan": 3015, "doi-thoai": 38, "tiep-dan": 264,
            "don-nhan": 112, "don-giai-quyet": 108, "dan-van-kheo": 16, "truc-tuyen": None}
    R = Report("hnd", "HND", "mttq-doan-the", "docx", "HND tinh - BC tong ket KL 114.docx",
               "2026-04-15", "215-BC/HNDT", "Nguyễn Thị Thu Hà", figures=figs,
               notes="Word file; an opening part 'ĐẶT VẤN ĐỀ' (unnumbered, bold, centred) before "
                     "the Roman parts, and a closing part 'KẾT LUẬN' (likewise) after the "
                     "requests, each with a paragraph of the unit's own (filed under 'Nội dung "
                     "khác': the opening is context, the closing a summing-up, neither is an "
                     "outline section); header 'HỘI NÔNG DÂN TỈNH NGHỆ AN' / 'BAN THƯỜNG VỤ', "
                     "motto 'HỘI NÔNG DÂN VIỆT NAM'; online rate 'x'.")
    R.header([([("HỘI NÔNG DÂN TỈNH NGHỆ AN", True, False), ("BAN THƯỜNG VỤ", True, False),
                ("*", False, False), ("Số 215-BC/HNDT", False, False)],
               [("HỘI NÔNG DÂN VIỆT NAM", True, False, True), ("", False, False),
                ("Nghệ An, ngày 15 tháng 4 năm 2026", False, True)])],
             leak=["215-BC/HNDT", "ngày 15 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.h("ĐẶT VẤN ĐỀ", style="center")
    R.p("Hội Nông dân tỉnh có 512 cơ sở hội với hơn 286 nghìn hội viên; mười năm qua, việc thực hiện "
        "Kết luận số 114-KL/TW gắn với vai trò của Hội trong tham gia xây dựng chính quyền, giám "
        "sát và phản biện xã hội ở nông thôn.", "other")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Ban Thường vụ Hội Nông dân tỉnh ban hành 27 văn bản hướng dẫn, tổ chức 34 hội nghị quán "
        "triệt, sơ kết cho cán bộ hội các cấp, gắn với phong trào nông dân thi đua sản xuất, kinh "
        "doanh giỏi.", "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Kết quả nổi bật", style="bi")
    R.p("Bồi dưỡng kỹ năng dân vận, giám sát cho 3.015 lượt cán bộ hội; phối hợp chính quyền tổ "
        "chức 38 cuộc đối thoại giữa người đứng đầu với nông dân về đất đai, giá vật tư và tiêu "
        "thụ nông sản.", "ket-qua.noi-bat")
    R.p("Cán bộ hội tiếp 264 lượt hội viên, nông dân đến phản ánh, nhận 112 đơn thư và đã phối hợp "
        "giải quyết 108 đơn; 16 mô hình Dân vận khéo của các cơ sở hội được công nhận.",
        "ket-qua.noi-bat")
    R.h("2. Hạn chế", style="bi")
    R.p("Hoạt động giám sát của Hội đối với việc thực hiện chính sách hỗ trợ nông dân có nơi còn "
        "hình thức; một số kiến nghị của nông dân chưa được theo dõi đến khi giải quyết xong.",
        "ket-qua.han-che")
    R.h("3. Nguyên nhân", style="bi")
    R.p("Năng lực cán bộ hội cơ sở không đồng đều, nhiều người kiêm nhiệm; cơ chế phối hợp giữa Hội "
        "với chính quyền trong tiếp nhận kiến nghị chưa được quy định cụ thể.",
        "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", style="bi")
    R.p("Nơi nào chính quyền coi Hội là cầu nối, cùng bàn với nông dân từ đầu thì chủ trương được "
        "thực hiện thuận lợi; cán bộ hội phải sâu sát, nói được tiếng nói của nông dân.",
        "ket-qua.bai-hoc")
    R.h("III. TÁC ĐỘNG")
    R.p("Nông dân tin tưởng vào sự lãnh đạo của Đảng, tích cực hiến đất, góp công xây dựng nông "
        "thôn mới; vai trò của Hội trong hệ thống chính trị ở cơ sở được khẳng định.", "tac-dong")
    R.h("IV. NHIỆM VỤ, GIẢI PHÁP")
    R.p("Nâng cao chất lượng giám sát, phản biện của Hội; xây dựng quy chế phối hợp với Ủy ban nhân "
        "dân các xã sau sắp xếp trong tiếp nhận, theo dõi kiến nghị của nông dân.",
        "ket-qua.giai-phap")
    R.h("V. KIẾN NGHỊ")
    R.p("Đề nghị Ủy ban nhân dân tỉnh ban hành quy chế phối hợp với Hội Nông dân trong thực hiện "
        "các chính sách hỗ trợ nông nghiệp, nông dân, nông thôn giai đoạn 2026 - 2030.",
        "kien-nghi")
    R.h("KẾT LUẬN", style="center")
    R.p("Mười năm thực hiện Kết luận số 114-KL/TW, các cấp Hội đã phát huy vai trò cầu nối giữa "
        "Đảng, chính quyền với nông dân; những kết quả đạt được là nền tảng để Hội tiếp tục đồng "
        "hành cùng chính quyền trong giai đoạn mới.", "other")
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Trung ương Hội NDVN;", "- Lưu VP."],
                ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Nguyễn Thị Thu Hà"],
                leak=["Nguyễn Thị Thu Hà"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def x004():
    figs = {"van-ban": 22, "hoi-nghi": 16, "tap-huan": 367, "doi-thoai": 24, "tiep-dan": 913,
            "don-nhan": 204, "don-giai-quyet": 197, "dan-van-kheo": 8, "truc-tuyen": 88.2}
    R = Report("x004", "X004", "dang-uy-xa-phuong", "docx", "Hoang Mai - BC 114 (mau moi).docx",
               "2026-04-16", "91-BC/ĐU", "Lê Thị Mai", figures=figs,
               notes="Word file built on a letterhead template: the whole header block (ĐẢNG BỘ "
                     "TỈNH NGHỆ AN / ĐẢNG ỦY PHƯỜNG HOÀNG MAI / * / Số 91-BC/ĐU beside ĐẢNG CỘNG "
                     "SẢN VIỆT NAM / Hoàng Mai, ngày 16 tháng 4 năm 2026) is in the FIRST "
                     "PAGE's header part (w:titlePg, header type 'first'), the body starting at "
                     "'BÁO CÁO'; later pages' header a PAGE field. An officer reads the page as "
                     "printed: the letterhead is the report's.")
    R.first_page_header(([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                          ("ĐẢNG ỦY PHƯỜNG HOÀNG MAI", True, False), ("*", False, False),
                          ("Số 91-BC/ĐU", False, False)],
                         [PARTY, ("", False, False),
                          ("Hoàng Mai, ngày 16 tháng 4 năm 2026", False, True)]),
                        leak=["91-BC/ĐU", "Hoàng Mai, ngày 16 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
          "Đảng ủy phường Hoàng Mai báo cáo như sau:", leak="Đảng ủy phường Hoàng Mai báo cáo")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy phường ban hành 22 văn bản lãnh đạo, chỉ đạo, tổ chức 16 hội nghị quán triệt, sơ "
        "kết; phân công cấp ủy viên theo dõi việc tiếp dân ở bộ phận một cửa và các khối phố.",
        "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Những kết quả nổi bật", style="bi")
    R.p("Bồi dưỡng 367 lượt cán bộ, công chức về kỹ năng giao tiếp; lãnh đạo phường tiếp 913 lượt "
        "công dân, chủ trì 24 cuộc đối thoại về giải phóng mặt bằng khu kinh tế và cảng biển.",
        "ket-qua.noi-bat")
    R.p("Nhận 204 đơn thư, đã giải quyết 197 đơn; 8 mô hình Dân vận khéo được công nhận; hồ sơ "
        "thủ tục giải quyết trực tuyến năm 2025 đạt tỷ lệ 88,2% trên tổng số hồ sơ tiếp nhận.",
        "ket-qua.noi-bat")
    R.h("2. Hạn chế", style="bi")
    R.p("Việc bồi thường, hỗ trợ tái định cư cho các hộ vùng dự án còn vướng mắc; một số tổ dân "
        "phố chưa phát huy vai trò hòa giải, để đơn thư vượt lên phường.", "ket-qua.han-che")
    R.h("3. Nguyên nhân", style="bi")
    R.p("Nguồn gốc đất phức tạp qua nhiều thời kỳ, chính sách bồi thường thay đổi; tổ hòa giải ở "
        "cơ sở chủ yếu là người cao tuổi, thiếu kiến thức pháp luật mới.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", style="bi")
    R.p("Đối thoại công khai, minh bạch phương án bồi thường từ đầu và kiên trì vận động từng hộ "
        "là cách làm hiệu quả nhất để người dân đồng thuận bàn giao mặt bằng.", "ket-qua.bai-hoc")
    R.h("5. Giải pháp", style="bi")
    R.p("Kiện toàn tổ hòa giải ở các tổ dân phố, bồi dưỡng pháp luật đất đai cho hòa giải viên; "
        "đẩy nhanh xây dựng khu tái định cư trước khi thu hồi đất.", "ket-qua.giai-phap")
    R.h("III. TÁC ĐỘNG")
    R.p("Các dự án trọng điểm của phường được Nhân dân ủng hộ, bàn giao mặt bằng đúng tiến độ; "
        "niềm tin của người dân vào cấp ủy, chính quyền phường được củng cố.", "tac-dong")
    R.h("IV. KIẾN NGHỊ")
    R.p("Đề nghị tỉnh sớm bố trí vốn xây dựng khu tái định cư phục vụ dự án mở rộng cảng và ban "
        "hành bảng giá đất sát thực tế để làm căn cứ bồi thường.", "kien-nghi")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Lê Thị Mai"],
                leak=["Lê Thị Mai"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


REPORTS = [x005, td, hnd, x004]
