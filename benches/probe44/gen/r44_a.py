"""probe44 reports 1-6: PHẦN I / PHẦN II over A. / B. / C. parts and an appendix with
figures grouped by spaces (VPTU); Word's legal multi-level numbering '%1.' / '%1.%2.' on
plain paragraphs and an appendix with a column per year and no total (SNV); headings in
small capitals and a rate written '85/100 hồ sơ' (TTT); headings underlined only and
approximate figures (X005); 'MỞ ĐẦU' and 'I. ĐẶC ĐIỂM TÌNH HÌNH' before the outline's
parts, a header typed with spaces and a rate written as a fraction (X006); headings in
All Caps set by the font over text typed in small letters (X007)."""

from docbuild import Report44 as Report, WD_ALIGN_PARAGRAPH, Mm
from r44_common import (LABELS, OPENING, PARTY, RECIPIENTS_PARTY, STATE1, STATE2, SUBJ_LEAK,
                        SUBJECT, YEARS, body, department_header, party_header, split_years,
                        stat_rows, vn)


def vptu():
    figs = {"van-ban": 31, "hoi-nghi": 12, "tap-huan": 1046, "doi-thoai": 6, "tiep-dan": 2318,
            "don-nhan": 1204, "don-giai-quyet": 1187, "dan-van-kheo": 3, "truc-tuyen": None}
    R = Report("vptu", "VPTU", "co-quan-tham-muu", "docx", "VPTU - BC 498 tong ket KL114.docx",
               "2026-04-13", "498-BC/VPTU", "Lê Văn Toàn", figures=figs,
               notes="Word file, bold typed headings in TWO PARTS, each with lettered sub-parts: "
                     "'PHẦN I: KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW' (bold, centred) over 'A. "
                     "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'B. KẾT QUẢ THỰC HIỆN' (over bold-italic 1. "
                     "achievements / 2. limits / 3. causes / 4. lessons) and 'C. TÁC ĐỘNG …'; "
                     "'PHẦN II: PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ' over 'A. PHƯƠNG HƯỚNG, NHIỆM "
                     "VỤ, GIẢI PHÁP …' (the results' solutions) and 'B. KIẾN NGHỊ, ĐỀ XUẤT' — the "
                     "letters restart in each part; appendix figures grouped by a SPACE as some "
                     "typists do ('1 046' with a space, '2 318' with a no-break space); online rate "
                     "'x' (the Office handles no administrative procedures).")
    R.header([([("TỈNH ỦY NGHỆ AN", False, False), ("VĂN PHÒNG", True, False), ("*", False, False),
                ("Số 498-BC/VPTU", False, False)],
               [PARTY, ("", False, False), ("Nghệ An, ngày 13 tháng 4 năm 2026", False, True)])],
             leak=["498-BC/VPTU", "Nghệ An, ngày 13 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Văn phòng Tỉnh ủy"), leak="Văn phòng Tỉnh ủy báo cáo như sau")
    T = {
        "lanh-dao": [
            "Lãnh đạo Văn phòng ban hành 31 văn bản chỉ đạo, hướng dẫn văn phòng cấp ủy cấp xã "
            "thực hiện Kết luận; tổ chức 12 hội nghị quán triệt, sơ kết, gắn với việc thực hiện "
            "quy chế làm việc của Ban Thường vụ Tỉnh ủy."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng nghiệp vụ văn phòng, kỹ năng tiếp nhận, xử lý đơn thư cho 1.046 lượt cán "
            "bộ văn phòng cấp ủy; phục vụ 6 cuộc đối thoại của đồng chí Bí thư Tỉnh ủy với Nhân "
            "dân, doanh nghiệp và thanh niên.",
            "Phòng tiếp công dân của Tỉnh ủy tiếp 2.318 lượt người; tiếp nhận 1.204 đơn thư gửi "
            "Thường trực Tỉnh ủy, đã tham mưu xử lý, chuyển cơ quan có thẩm quyền và theo dõi giải "
            "quyết xong 1.187 đơn; 3 mô hình Dân vận khéo được công nhận."],
        "ket-qua.han-che": [
            "Việc theo dõi, đôn đốc giải quyết đơn thư đã chuyển có lúc chưa sát; phần mềm quản "
            "lý văn bản, hồ sơ công việc chưa liên thông với hệ thống tiếp nhận đơn thư của chính "
            "quyền các cấp."],
        "ket-qua.nguyen-nhan": [
            "Khối lượng công việc tham mưu lớn trong khi biên chế của phòng tiếp dân ít; hạ tầng "
            "công nghệ thông tin của khối Đảng và khối chính quyền được đầu tư ở các thời điểm "
            "khác nhau, chuẩn dữ liệu chưa thống nhất."],
        "ket-qua.bai-hoc": [
            "Tham mưu phải kịp thời, trúng vấn đề Nhân dân quan tâm; mỗi đơn thư chuyển đi phải "
            "có người theo dõi đến khi có kết quả và thông báo lại cho người gửi đơn."],
        "tac-dong": [
            "Hoạt động của Thường trực, Ban Thường vụ Tỉnh ủy gần dân hơn; nhiều vụ việc phức tạp "
            "được chỉ đạo giải quyết dứt điểm, góp phần củng cố niềm tin của cán bộ, đảng viên và "
            "Nhân dân đối với cấp ủy."],
        "ket-qua.giai-phap": [
            "Xây dựng cơ sở dữ liệu đơn thư dùng chung giữa khối Đảng và chính quyền; chuẩn hóa "
            "quy trình tiếp công dân của Tỉnh ủy, công khai kết quả giải quyết trên cổng thông "
            "tin điện tử của Đảng bộ tỉnh."],
        "kien-nghi": [
            "Đề nghị Văn phòng Trung ương Đảng sớm ban hành hướng dẫn kết nối hệ thống thông tin "
            "đơn thư của cấp ủy với Cổng dịch vụ công quốc gia và bổ sung biên chế cho bộ phận "
            "tiếp công dân."],
    }

    def part(title):
        p = R.center(title)
        return p
    part("PHẦN I: KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.h("A. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    for t in T["lanh-dao"]:
        R.p(t, "lanh-dao")
    R.h("B. KẾT QUẢ THỰC HIỆN")
    for sec, title in (("ket-qua.noi-bat", "1. Những kết quả nổi bật"),
                       ("ket-qua.han-che", "2. Hạn chế, khó khăn"),
                       ("ket-qua.nguyen-nhan", "3. Nguyên nhân"),
                       ("ket-qua.bai-hoc", "4. Bài học kinh nghiệm")):
        R.h(title, style="bi")
        for t in T[sec]:
            R.p(t, sec)
    R.h("C. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    for t in T["tac-dong"]:
        R.p(t, "tac-dong")
    part("PHẦN II: PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ")
    R.h("A. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    for t in T["ket-qua.giai-phap"]:
        R.p(t, "ket-qua.giai-phap")
    R.h("B. KIẾN NGHỊ, ĐỀ XUẤT")
    for t in T["kien-nghi"]:
        R.p(t, "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Văn phòng "
          "Tỉnh ủy./.", leak="Kết luận số 114-KL/TW của Văn phòng Tỉnh ủy./.")
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Thường trực Tỉnh ủy (b/c);",
                 "- Lưu Văn phòng Tỉnh ủy."],
                ["CHÁNH VĂN PHÒNG", "", "", "Lê Văn Toàn"], leak=["Lê Văn Toàn"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW", leak="SỐ LIỆU KẾT QUẢ THỰC HIỆN")
    rows = stat_rows(figs)
    rows[3][3] = "1 046"            # a space typed between the groups
    rows[5][3] = "2\u00a0318"       # a no-break space (Ctrl+Shift+Space) between the groups
    R.table(rows)
    return R


def snv():
    w_cnt = [6, 7, 8, 8, 9, 9, 10, 10, 11, 11, 11]
    figs = {"van-ban": 52, "hoi-nghi": 23, "tap-huan": 2874, "doi-thoai": 17, "tiep-dan": 963,
            "don-nhan": 311, "don-giai-quyet": 302, "dan-van-kheo": 8, "truc-tuyen": 98.2}
    rates = ["-", "-", "-", "12,5", "20,4", "35,6", "52,1", "68,9", "81,3", "92,7", "98,2"]
    R = Report("snv", "SNV", "so-nganh", "docx", "SNV - BC 279 tong ket KL114.docx",
               "2026-04-14", "279/BC-SNV", "Trần Quốc Hưng", figures=figs,
               notes="Word file, state header; headings are bold Normal paragraphs numbered by "
                     "Word's automatic multilevel list in the LEGAL style (numbering.xml: level 1 "
                     "'%1.' decimal, level 2 '%1.%2.'; the numbers '1.', '2.', '2.1.' … '5.' are "
                     "not in the text), the results' sub-parts at level 2 (2.1.-2.5.); the "
                     "appendix after the signature on a LANDSCAPE page: ONE COLUMN PER YEAR 2015 "
                     "… 2025 and NO total column ('STT | Nội dung | ĐVT | 2015 | … | 2025'), '-' "
                     "in the rate's first years (no online service yet). The officer adds the "
                     "years up for the counts and takes 2025's rate (98,2).")
    department_header(R, "SỞ NỘI VỤ", "279/BC-SNV", "14")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Sở Nội vụ"), leak="Sở Nội vụ báo cáo như sau")
    nid = R.numlist([("decimal", "%1."), ("decimal", "%1.%2.")])
    T = {
        "lanh-dao": [
            "Ban cán sự đảng, Đảng ủy Sở ban hành 52 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận; "
            "tổ chức 23 hội nghị quán triệt, sơ kết; đưa nội dung dân vận chính quyền vào tiêu chí "
            "đánh giá công chức hằng năm."],
        "ket-qua.noi-bat": [
            "Tham mưu tổ chức bồi dưỡng kỹ năng dân vận, văn hóa công vụ cho 2.874 lượt cán bộ, "
            "công chức, viên chức toàn tỉnh; lãnh đạo Sở tiếp 963 lượt công dân, chủ trì 17 cuộc "
            "đối thoại về chế độ, chính sách sau sắp xếp.",
            "Tiếp nhận 311 đơn thư, đã giải quyết 302 đơn; 8 mô hình Dân vận khéo trong cải cách "
            "hành chính được công nhận; tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 98,2%."],
        "ket-qua.han-che": [
            "Việc giải quyết chế độ cho người dôi dư sau sắp xếp đơn vị hành chính có lúc chậm; "
            "một số công chức còn lúng túng khi hướng dẫn người dân thực hiện thủ tục trên Cổng "
            "dịch vụ công."],
        "ket-qua.nguyen-nhan": [
            "Khối lượng hồ sơ chính sách tăng đột biến trong thời gian ngắn; văn bản hướng dẫn của "
            "cấp trên ban hành chậm, có nội dung chưa rõ nên địa phương phải xin ý kiến nhiều lần."],
        "ket-qua.bai-hoc": [
            "Chính sách liên quan trực tiếp đến quyền lợi của cán bộ, người lao động phải được "
            "giải thích rõ ràng, công khai từ đầu; lắng nghe và giải quyết kịp thời thì không phát "
            "sinh khiếu nại."],
        "ket-qua.giai-phap": [
            "Hoàn thiện cơ sở dữ liệu cán bộ, công chức dùng chung; số hóa toàn bộ hồ sơ chính "
            "sách; tiếp tục bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa các "
            "cấp."],
        "tac-dong": [
            "Kỷ luật, kỷ cương hành chính được tăng cường, tinh thần phục vụ Nhân dân của đội ngũ "
            "công chức chuyển biến rõ; sự hài lòng của người dân, doanh nghiệp đối với cơ quan "
            "hành chính tăng qua từng năm."],
        "kien-nghi": [
            "Đề nghị Bộ Nội vụ sớm hướng dẫn thống nhất chế độ đối với người hoạt động không chuyên "
            "trách dôi dư và bổ sung kinh phí bồi dưỡng kỹ năng dân vận cho công chức cấp xã."],
    }
    heads = [("lanh-dao", 0, "Công tác lãnh đạo, chỉ đạo"),
             (None, 0, "Kết quả triển khai thực hiện"),
             ("ket-qua.noi-bat", 1, "Những kết quả nổi bật"),
             ("ket-qua.han-che", 1, "Tồn tại, hạn chế"),
             ("ket-qua.nguyen-nhan", 1, "Nguyên nhân"),
             ("ket-qua.bai-hoc", 1, "Bài học kinh nghiệm"),
             ("ket-qua.giai-phap", 1, "Phương hướng, giải pháp thời gian tới"),
             ("tac-dong", 0, "Tác động của việc thực hiện Kết luận"),
             ("kien-nghi", 0, "Kiến nghị, đề xuất")]
    for sec, lvl, title in heads:
        R.hn(title, nid, ilvl=lvl, bold=True, italic=lvl == 1)
        for t in T.get(sec, []) if sec else []:
            R.p(t, sec)
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nội vụ./.",
          leak="Kết luận số 114-KL/TW của Sở Nội vụ./.")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Quốc Hưng"],
                leak=["Trần Quốc Hưng"])
    R.landscape()
    R.center("BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW QUA CÁC NĂM",
             leak="QUA CÁC NĂM")
    R.center("(Kèm theo Báo cáo số 279/BC-SNV ngày 14/4/2026 của Sở Nội vụ)", bold=False,
             italic=True, leak="Kèm theo Báo cáo số 279/BC-SNV")
    rows = [["STT", "Nội dung", "ĐVT"] + [str(y) for y in YEARS]]
    weights = {"van-ban": [5, 4, 5, 4, 5, 4, 5, 5, 5, 5, 5], "hoi-nghi": w_cnt,
               "tap-huan": [7, 8, 8, 9, 10, 9, 10, 11, 12, 12, 13], "doi-thoai": w_cnt,
               "tiep-dan": [10, 9, 9, 9, 9, 8, 9, 9, 9, 10, 9], "don-nhan": w_cnt,
               "don-giai-quyet": w_cnt, "dan-van-kheo": [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]}
    for i, (ind, (lab, dvt)) in enumerate(zip(
            ["van-ban", "hoi-nghi", "tap-huan", "doi-thoai", "tiep-dan", "don-nhan",
             "don-giai-quyet", "dan-van-kheo", "truc-tuyen"], LABELS), 1):
        if ind == "truc-tuyen":
            cells = rates
        else:
            cells = [vn(v) if v else "-" for v in split_years(figs[ind], weights[ind])]
        rows.append([str(i), lab, dvt] + cells)
    R.wide_table(rows)
    return R


def ttt():
    figs = {"van-ban": 27, "hoi-nghi": 11, "tap-huan": 684, "doi-thoai": 9, "tiep-dan": 1532,
            "don-nhan": 2746, "don-giai-quyet": 2688, "dan-van-kheo": 2, "truc-tuyen": 85}
    R = Report("ttt", "TTT", "so-nganh", "docx", "Thanh tra tinh - BC 117 KL114.docx",
               "2026-04-15", "117/BC-TTr", "Phạm Hồng Quang", figures=figs,
               tolerated=["pseudo-heading", "appendix-value-read-as"],
               notes="Word file, state header; every heading set apart ONLY by SMALL CAPITALS "
                     "(w:smallCaps; not bold, not a Heading style): typed in sentence case with "
                     "its number, 'I. Công tác lãnh đạo, chỉ đạo', '1. Những kết quả nổi bật' "
                     "(the page shows them in capitals); the rate of files settled online written "
                     "as the count over the total, '85/100 hồ sơ' (the Inspectorate settles few "
                     "procedures online). Judgement call: the officer reads 85 (%); ARGUABLE: "
                     "the README refuses a fraction as two figures unless 'Ghi chú' gives the "
                     "rate.")
    department_header(R, "THANH TRA TỈNH", "117/BC-TTr", "15")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Thanh tra tỉnh"), leak="Thanh tra tỉnh báo cáo như sau")
    T = {
        "lanh-dao": [
            "Chi bộ, lãnh đạo Thanh tra tỉnh ban hành 27 văn bản triển khai Kết luận, tổ chức 11 "
            "hội nghị quán triệt, sơ kết; lồng ghép nội dung dân vận vào kế hoạch thanh tra trách "
            "nhiệm người đứng đầu hằng năm."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng nghiệp vụ tiếp công dân, xử lý đơn cho 684 lượt công chức thanh tra các cấp; "
            "tham mưu Chủ tịch Ủy ban nhân dân tỉnh tổ chức 9 cuộc đối thoại với người khiếu nại "
            "đông người.",
            "Trụ sở tiếp công dân tỉnh tiếp 1.532 lượt người; tiếp nhận 2.746 đơn thư, đã xử lý, "
            "giải quyết 2.688 đơn; 2 mô hình Dân vận khéo trong hòa giải tranh chấp đất đai được "
            "công nhận."],
        "ket-qua.han-che": [
            "Một số vụ khiếu nại về bồi thường, giải phóng mặt bằng kéo dài, vượt cấp; việc thi "
            "hành quyết định giải quyết khiếu nại đã có hiệu lực ở vài địa phương chưa nghiêm."],
        "ket-qua.nguyen-nhan": [
            "Chính sách đất đai thay đổi qua nhiều thời kỳ, hồ sơ gốc thất lạc; một bộ phận người "
            "dân chưa hiểu pháp luật, bị kích động; cán bộ tiếp dân cấp xã kiêm nhiệm, thiếu kinh "
            "nghiệm."],
        "ket-qua.bai-hoc": [
            "Người đứng đầu phải trực tiếp đối thoại, giải quyết ngay từ cơ sở; vụ việc phải được "
            "xem xét thấu tình đạt lý, có lý có tình thì người dân mới tâm phục."],
        "ket-qua.giai-phap": [
            "Rà soát, giải quyết dứt điểm các vụ việc tồn đọng, kéo dài; đưa hệ thống cơ sở dữ liệu "
            "quốc gia về khiếu nại, tố cáo vào vận hành ở tất cả các cấp trong năm 2026."],
        "tac-dong": [
            "Số vụ khiếu nại đông người, vượt cấp giảm rõ qua các năm; trật tự xã hội được giữ vững, "
            "người dân tin tưởng hơn vào sự công tâm của cơ quan hành chính nhà nước."],
        "kien-nghi": [
            "Đề nghị Thanh tra Chính phủ hướng dẫn xử lý các vụ việc khiếu nại phát sinh từ chính "
            "sách đất đai trước năm 2004 và bố trí kinh phí số hóa hồ sơ vụ việc."],
    }
    heads = [("lanh-dao", 1, "I. Công tác lãnh đạo, chỉ đạo"),
             (None, 1, "II. Kết quả triển khai thực hiện"),
             ("ket-qua.noi-bat", 2, "1. Những kết quả nổi bật"),
             ("ket-qua.han-che", 2, "2. Tồn tại, hạn chế"),
             ("ket-qua.nguyen-nhan", 2, "3. Nguyên nhân"),
             ("ket-qua.bai-hoc", 2, "4. Bài học kinh nghiệm"),
             ("ket-qua.giai-phap", 2, "5. Phương hướng, giải pháp thời gian tới"),
             ("tac-dong", 1, "III. Tác động của việc thực hiện Kết luận"),
             ("kien-nghi", 1, "IV. Kiến nghị, đề xuất")]
    body(R, T, heads, h=lambda R, title, level: R.h_fx(title, {"smallcaps"}))
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Thanh tra "
          "tỉnh./.", leak="Kết luận số 114-KL/TW của Thanh tra tỉnh./.")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["CHÁNH THANH TRA", "", "", "Phạm Hồng Quang"], leak=["Phạm Hồng Quang"])
    R.pagebreak()
    R.h_fx("Phụ lục số liệu", {"smallcaps", "b"}, align="center")
    R.leak("Phụ lục số liệu")
    rows = stat_rows(figs)
    rows[9][3] = "85/100 hồ sơ"
    R.table(rows)
    return R


def x005():
    figs = {"van-ban": 19, "hoi-nghi": 13, "tap-huan": 1200, "doi-thoai": 24, "tiep-dan": 650,
            "don-nhan": 143, "don-giai-quyet": 139, "dan-van-kheo": 5, "truc-tuyen": 79.6}
    R = Report("x005", "X005", "dang-uy-xa-phuong", "docx", "DU xa Do Luong - BC 58 KL114.docx",
               "2026-04-10", "58-BC/ĐU", "Nguyễn Thị Thanh Tâm", figures=figs,
               tolerated=["pseudo-heading", "appendix-value-invalid", "appendix-value-read-as"],
               notes="Word file, Party header table; every heading UNDERLINED and nothing else "
                     "(not bold, no number, no Heading style), in sentence case, the parts and "
                     "the results' sub-parts alike ('Công tác lãnh đạo, chỉ đạo', 'Kết quả triển "
                     "khai thực hiện', 'Những kết quả nổi bật', 'Tồn tại, hạn chế' …); appendix "
                     "figures given as estimates: 'khoảng 1.200' (training), '>650' (citizen "
                     "reception), '~24' (dialogues). Judgement call: the officer takes 1.200, 650 "
                     "and 24 (the unit's figures, an estimate said as such) and would ask for "
                     "exact ones; ARGUABLE: the README refuses 'khoảng 640' and 'trên 1.000' "
                     "with advice (appendix-value-invalid tolerated).")
    party_header(R, "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "58-BC/ĐU", "Đô Lương, ngày 10 tháng 4 năm 2026")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy xã Đô Lương"),
          leak="Ban Thường vụ Đảng ủy xã Đô Lương báo cáo như sau")
    T = {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy ban hành 19 văn bản lãnh đạo, chỉ đạo, tổ chức 13 hội nghị quán "
            "triệt, sơ kết; giao Ủy ban nhân dân xã xây dựng chương trình dân vận chính quyền gắn "
            "với xây dựng nông thôn mới nâng cao."],
        "ket-qua.noi-bat": [
            "Mở các lớp bồi dưỡng cho khoảng 1.200 lượt cán bộ, công chức, trưởng xóm, chi hội "
            "trưởng; lãnh đạo xã tổ chức 24 cuộc đối thoại với Nhân dân về dồn điền đổi thửa và "
            "làm đường giao thông nội đồng.",
            "Tiếp hơn 650 lượt công dân, tiếp nhận 143 đơn thư, đã giải quyết 139 đơn; 5 mô hình "
            "Dân vận khéo được công nhận; tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến "
            "năm 2025 đạt 79,6%."],
        "ket-qua.han-che": [
            "Công tác thống kê, lưu trữ số liệu dân vận chưa được quan tâm nên một số số liệu chỉ "
            "ước tính; việc trả lời kiến nghị của cử tri về thủy lợi nội đồng có lúc chậm."],
        "ket-qua.nguyen-nhan": [
            "Xã mới sáp nhập từ ba xã cũ, hồ sơ lưu trữ không đồng bộ; cán bộ phụ trách dân vận "
            "thay đổi nhiều lần, chưa có sổ theo dõi thống nhất qua các năm."],
        "ket-qua.bai-hoc": [
            "Việc gì liên quan đến đất đai, đóng góp của dân đều phải đưa ra họp xóm bàn bạc công "
            "khai; cán bộ nói đi đôi với làm thì Nhân dân mới tin và làm theo."],
        "ket-qua.giai-phap": [
            "Lập sổ theo dõi số liệu dân vận chính quyền thống nhất từ năm 2026; đẩy mạnh chuyển "
            "đổi số, hướng dẫn người cao tuổi làm thủ tục trực tuyến tại nhà văn hóa xóm."],
        "tac-dong": [
            "Phong trào xây dựng nông thôn mới được Nhân dân đồng tình hưởng ứng, nhiều hộ tự "
            "nguyện hiến đất; quan hệ giữa cán bộ xã với người dân gắn bó, góp phần giữ ổn định "
            "chính trị ở cơ sở."],
        "kien-nghi": [
            "Đề nghị Tỉnh ủy giao cơ quan chuyên môn ban hành mẫu sổ theo dõi số liệu dân vận "
            "chính quyền thống nhất cho cấp xã và tập huấn cách ghi chép cho cán bộ phụ trách."],
    }
    heads = [("lanh-dao", 1, "Công tác lãnh đạo, chỉ đạo"),
             (None, 1, "Kết quả triển khai thực hiện"),
             ("ket-qua.noi-bat", 2, "Những kết quả nổi bật"),
             ("ket-qua.han-che", 2, "Tồn tại, hạn chế"),
             ("ket-qua.nguyen-nhan", 2, "Nguyên nhân"),
             ("ket-qua.bai-hoc", 2, "Bài học kinh nghiệm"),
             ("ket-qua.giai-phap", 2, "Phương hướng, giải pháp thời gian tới"),
             ("tac-dong", 1, "Tác động của việc thực hiện Kết luận"),
             ("kien-nghi", 1, "Kiến nghị, đề xuất")]
    body(R, T, heads, h=lambda R, title, level: R.h_fx(title, {"u"}))
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy xã Đô Lương./.", leak="Ban Thường vụ Đảng ủy xã Đô Lương./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Nguyễn Thị Thanh Tâm"],
                leak=["Nguyễn Thị Thanh Tâm"])
    R.pagebreak()
    R.h_fx("Biểu số liệu", {"u", "b"}, align="center")
    R.leak("Biểu số liệu")
    rows = stat_rows(figs)
    rows[3][3] = "khoảng 1.200"
    rows[4][3] = "~24"
    rows[5][3] = ">650"
    R.table(rows)
    return R


def x006():
    figs = {"van-ban": 23, "hoi-nghi": 16, "tap-huan": 389, "doi-thoai": 26, "tiep-dan": 918,
            "don-nhan": 204, "don-giai-quyet": 197, "dan-van-kheo": 8, "truc-tuyen": 85.5}
    R = Report("x006", "X006", "dang-uy-xa-phuong", "docx", "Thanh Chuong - BC 66 tong ket KL114.docx",
               "2026-04-11", "66-BC/ĐU", "Hoàng Văn Sơn", figures=figs,
               notes="Word file; the HEADER TYPED AS LINES with runs of SPACES between the two "
                     "columns ('ĐẢNG BỘ TỈNH NGHỆ AN' + spaces + 'ĐẢNG CỘNG SẢN VIỆT NAM'; the "
                     "number line + spaces + the place and date), no table, no tab; an opening "
                     "part 'MỞ ĐẦU' (bold, centred, unnumbered) and a context part numbered as "
                     "the FIRST Roman part, 'I. ĐẶC ĐIỂM TÌNH HÌNH', so the outline's parts are "
                     "numbered II.-V.; both filed under 'Nội dung khác'; the appendix's rate as "
                     "the FRACTION Excel stores, '0,855' in the '%' row (a cell pasted from a "
                     "General-format sheet). The officer reads 85,5 (%), as the text says.")
    R.spaced_lines([("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG CỘNG SẢN VIỆT NAM", False, True, False),
                    ("ĐẢNG ỦY XÃ THANH CHƯƠNG", "", True, False, False),
                    ("          *", "", False, False, False),
                    ("Số 66-BC/ĐU", "Thanh Chương, ngày 11 tháng 4 năm 2026", False, False, True)],
                   leak=["66-BC/ĐU", "Thanh Chương, ngày 11 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.h("MỞ ĐẦU", style="center")
    R.p("Mười năm qua, Đảng bộ xã Thanh Chương lãnh đạo thực hiện Kết luận số 114-KL/TW trong "
        "bối cảnh xã được hợp nhất từ bốn xã cũ, địa bàn rộng, dân cư phân tán dọc sông Lam, đời "
        "sống của Nhân dân còn nhiều khó khăn.", "other")
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
          "Đảng ủy xã Thanh Chương báo cáo kết quả như sau:",
          leak="Ban Thường vụ Đảng ủy xã Thanh Chương báo cáo kết quả như sau")
    R.h("I. ĐẶC ĐIỂM TÌNH HÌNH")
    R.p("Xã có 42 thôn với hơn 11 nghìn hộ, trong đó ba thôn có đồng bào theo đạo Công giáo; kinh "
        "tế chủ yếu là nông nghiệp, chăn nuôi và trồng rừng; hạ tầng giao thông, thủy lợi ở vùng "
        "bãi ngang còn thiếu đồng bộ.", "other")
    T = {
        "lanh-dao": [
            "Đảng ủy xã ban hành 23 văn bản lãnh đạo, chỉ đạo, tổ chức 16 hội nghị quán triệt, sơ "
            "kết; mỗi đồng chí đảng ủy viên phụ trách một thôn, chịu trách nhiệm nắm tình hình Nhân "
            "dân và vận động thực hiện chủ trương."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 389 lượt cán bộ, công chức và trưởng thôn về kỹ năng dân vận; lãnh đạo xã "
            "tiếp 918 lượt công dân, tổ chức 26 cuộc đối thoại với Nhân dân về bồi thường làm đê "
            "bao và tái định cư vùng sạt lở.",
            "Tiếp nhận 204 đơn thư, đã giải quyết 197 đơn; 8 mô hình Dân vận khéo được công nhận; "
            "tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 85,5%."],
        "ket-qua.han-che": [
            "Việc giải quyết một số kiến nghị về đất rừng sản xuất còn kéo dài; năng lực số của "
            "một bộ phận cán bộ thôn hạn chế, chưa hướng dẫn được người dân sử dụng dịch vụ công."],
        "ket-qua.nguyen-nhan": [
            "Ranh giới đất rừng giao cho hộ gia đình từ những năm trước không rõ ràng; cán bộ thôn "
            "phần lớn lớn tuổi, phụ cấp thấp, ít được bồi dưỡng về công nghệ."],
        "ket-qua.bai-hoc": [
            "Dựa vào già làng, trưởng họ, chức sắc tôn giáo để vận động là cách làm hiệu quả; "
            "chủ trương nào cũng phải được bàn từ chi bộ thôn trước khi đưa ra Nhân dân."],
        "ket-qua.giai-phap": [
            "Đo đạc, cắm mốc ranh giới đất rừng sản xuất; tập huấn kỹ năng số cho cán bộ thôn; "
            "tiếp tục xây dựng các mô hình dân vận khéo gắn với sản xuất hàng hóa."],
        "tac-dong": [
            "Nhân dân đồng thuận hiến đất, góp công làm đường, kiên cố hóa kênh mương; tình hình an "
            "ninh ở các thôn vùng giáo ổn định, niềm tin của Nhân dân với cấp ủy được nâng lên."],
        "kien-nghi": [
            "Đề nghị tỉnh hỗ trợ kinh phí đo đạc, cấp giấy chứng nhận đất rừng sản xuất cho các "
            "hộ và đầu tư kè chống sạt lở bờ sông Lam đoạn qua xã."],
    }
    heads = [("lanh-dao", 1, "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
             (None, 1, "III. KẾT QUẢ TRIỂN KHAI THỰC HIỆN"),
             ("ket-qua.noi-bat", 2, "1. Những kết quả nổi bật"),
             ("ket-qua.han-che", 2, "2. Tồn tại, hạn chế"),
             ("ket-qua.nguyen-nhan", 2, "3. Nguyên nhân"),
             ("ket-qua.bai-hoc", 2, "4. Bài học kinh nghiệm"),
             ("ket-qua.giai-phap", 2, "5. Phương hướng, giải pháp thời gian tới"),
             ("tac-dong", 1, "IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"),
             ("kien-nghi", 1, "V. KIẾN NGHỊ, ĐỀ XUẤT")]
    body(R, T, heads)
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy xã Thanh Chương./.", leak="Ban Thường vụ Đảng ủy xã Thanh Chương./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Hoàng Văn Sơn"],
                leak=["Hoàng Văn Sơn"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    rows = stat_rows(figs)
    rows[9][3] = "0,855"
    R.table(rows)
    return R


def x007():
    figs = {"van-ban": 28, "hoi-nghi": 15, "tap-huan": 341, "doi-thoai": 22, "tiep-dan": 806,
            "don-nhan": 177, "don-giai-quyet": 170, "dan-van-kheo": 6, "truc-tuyen": 83.2}
    R = Report("x007", "X007", "dang-uy-xa-phuong", "docx", "BC 44 Dang uy xa Anh Son - KL114.docx",
               "2026-04-12", "44-BC/ĐU", "Lô Văn Thành", figures=figs,
               tolerated=["pseudo-heading"],
               notes="Word file from a template whose headings are plain Normal paragraphs, not "
                     "bold, not numbered, left aligned, shown in CAPITALS by the font's ALL CAPS "
                     "effect (w:caps) while the text is typed in small letters ('Công tác lãnh "
                     "đạo, chỉ đạo' shows as 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'); probe42's X005 typed "
                     "such headings in capitals, this one has the capitals only in the font.")
    party_header(R, "ĐẢNG ỦY XÃ ANH SƠN", "44-BC/ĐU", "Anh Sơn, ngày 12 tháng 4 năm 2026")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy xã Anh Sơn"),
          leak="Ban Thường vụ Đảng ủy xã Anh Sơn báo cáo như sau")
    T = {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy ban hành 28 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận, tổ "
            "chức 15 hội nghị quán triệt, sơ kết; đưa chỉ tiêu giải quyết kiến nghị của Nhân dân vào "
            "nghị quyết hằng năm của Đảng ủy."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 341 lượt cán bộ, công chức, trưởng bản về công tác vận động đồng bào dân tộc "
            "Thái, Khơ Mú; lãnh đạo xã tiếp 806 lượt công dân và tổ chức 22 cuộc đối thoại tại các "
            "bản vùng cao.",
            "Tiếp nhận 177 đơn thư, đã giải quyết 170 đơn; 6 mô hình Dân vận khéo trong trồng rừng "
            "gỗ lớn, chăn nuôi trâu bò được công nhận; tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 "
            "đạt 83,2%."],
        "ket-qua.han-che": [
            "Đời sống đồng bào ở các bản xa còn khó khăn, tập quán canh tác lạc hậu chậm thay đổi; "
            "một số kiến nghị về hỗ trợ nhà ở chưa được giải quyết kịp thời."],
        "ket-qua.nguyen-nhan": [
            "Nguồn lực đầu tư cho vùng đồng bào dân tộc thiểu số còn hạn chế; trình độ tiếng Việt "
            "của một bộ phận người cao tuổi thấp nên việc tuyên truyền gặp nhiều trở ngại."],
        "ket-qua.bai-hoc": [
            "Cán bộ phải biết tiếng dân tộc, ăn ở cùng dân; vận động qua người có uy tín trong bản "
            "và bằng những mô hình thoát nghèo cụ thể thì đồng bào mới làm theo."],
        "ket-qua.giai-phap": [
            "Mở lớp dạy tiếng Thái cho cán bộ xã; lồng ghép các chương trình mục tiêu quốc gia để hỗ "
            "trợ sinh kế, nhà ở cho hộ nghèo ở các bản vùng cao trong giai đoạn tới."],
        "tac-dong": [
            "Đồng bào các dân tộc tin tưởng vào sự lãnh đạo của Đảng, tích cực tham gia bảo vệ rừng; "
            "tỷ lệ hộ nghèo giảm nhanh, khối đoàn kết các dân tộc trên địa bàn được giữ vững."],
        "kien-nghi": [
            "Đề nghị tỉnh có cơ chế phụ cấp thu hút cán bộ giỏi tiếng dân tộc về công tác tại các "
            "xã vùng cao và hỗ trợ xã xây dựng nhà văn hóa cộng đồng ở ba bản còn thiếu."],
    }
    heads = [("lanh-dao", 1, "Công tác lãnh đạo, chỉ đạo"),
             (None, 1, "Kết quả triển khai thực hiện"),
             ("ket-qua.noi-bat", 2, "Những kết quả nổi bật"),
             ("ket-qua.han-che", 2, "Tồn tại, hạn chế"),
             ("ket-qua.nguyen-nhan", 2, "Nguyên nhân"),
             ("ket-qua.bai-hoc", 2, "Bài học kinh nghiệm"),
             ("ket-qua.giai-phap", 2, "Phương hướng, giải pháp thời gian tới"),
             ("tac-dong", 1, "Tác động của việc thực hiện Kết luận"),
             ("kien-nghi", 1, "Kiến nghị, đề xuất")]
    body(R, T, heads, h=lambda R, title, level: R.h_fx(title, {"caps"}, align="left"))
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy xã Anh Sơn./.", leak="Ban Thường vụ Đảng ủy xã Anh Sơn./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Lô Văn Thành"],
                leak=["Lô Văn Thành"])
    R.pagebreak()
    R.h_fx("Biểu số liệu", {"caps"}, align="center")
    R.leak("Biểu số liệu")
    R.table(stat_rows(figs))
    return R


REPORTS = [vptu, snv, ttt, x005, x006, x007]
