"""probe44 reports 12-17: Heading-style titles wrapped by a line break and cut by proofing
marks and bookmarks (MTTQ); an appendix page that repeats the header block (X001); a
report saved as Rich Text (STC); the text of the signed PDF as pdftotext gives it, with
its layout (X004) and in reading order (SYT); Markdown as MarkItDown writes a Word report
(DUCA)."""

from docbuild import Report44 as Report, WD_ALIGN_PARAGRAPH, _no_borders
# The subject printed over three lines ('… của Ban' / 'Bí thư (khóa XI) về … nhà nước' /
# 'các cấp'): for the texts of a PDF, the apparatus snippet is one printed line's.
PRINTED_SUBJ_LEAK = "Bí thư (khóa XI) về nâng cao"

from r44_common import (HEADS, OPENING, PARTY, RECIPIENTS_PARTY, STATE1, STATE2, SUBJ_LEAK,
                        SUBJECT, body, department_header, party_header, stat_rows, vn)


def mttq():
    figs = {"van-ban": 57, "hoi-nghi": 33, "tap-huan": 4870, "doi-thoai": 49, "tiep-dan": 286,
            "don-nhan": 251, "don-giai-quyet": 240, "dan-van-kheo": 27, "truc-tuyen": None}
    R = Report("mttq", "MTTQ", "mttq-doan-the", "docx", "MTTQ tinh - BC 322 KL114.docx",
               "2026-04-14", "322/BC-MTTQ-BTT", "Võ Thị Hằng", figures=figs,
               notes="Word file with Heading 1 / Heading 2 styles (numbers typed) whose long "
                     "titles are WRAPPED BY A LINE BREAK inside the heading paragraph ('II. KẾT "
                     "QUẢ THAM GIA THỰC HIỆN' ⏎ 'KẾT LUẬN SỐ 114-KL/TW CỦA MẶT TRẬN CÁC CẤP'; "
                     "'III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN' ⏎ 'ĐỐI VỚI KHỐI ĐẠI ĐOÀN "
                     "KẾT'), and whose text is cut into several runs by the marks Word saves "
                     "(w:proofErr around a word the speller flagged, a _Toc bookmark around the "
                     "title); the Front's header (ỦY BAN MTTQ VIỆT NAM / TỈNH NGHỆ AN / BAN "
                     "THƯỜNG TRỰC); online rate 'x'.")
    R.header([([("ỦY BAN MTTQ VIỆT NAM", False, False), ("TỈNH NGHỆ AN", False, False),
                ("BAN THƯỜNG TRỰC", True, False), ("", False, False),
                ("Số: 322/BC-MTTQ-BTT", False, False)],
               [STATE1, STATE2, ("", False, False),
                ("Nghệ An, ngày 14 tháng 4 năm 2026", False, True)])],
             leak=["322/BC-MTTQ-BTT", "Nghệ An, ngày 14 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
          leak="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh báo cáo như sau")
    T = {
        "lanh-dao": [
            "Ban Thường trực ban hành 57 văn bản hướng dẫn Mặt trận các cấp tham gia thực hiện Kết "
            "luận, tổ chức 33 hội nghị quán triệt, sơ kết cùng các tổ chức chính trị - xã hội và "
            "Ban Thanh tra nhân dân."],
        "ket-qua.noi-bat": [
            "Tập huấn kỹ năng giám sát, phản biện xã hội cho 4.870 lượt cán bộ Mặt trận, thành viên "
            "Ban giám sát đầu tư cộng đồng; phối hợp tổ chức 49 cuộc đối thoại giữa người đứng đầu "
            "cấp ủy, chính quyền với Nhân dân.",
            "Cùng cơ quan nhà nước tiếp 286 lượt công dân, tiếp nhận 251 đơn thư và đôn đốc giải "
            "quyết xong 240 đơn; 27 mô hình Dân vận khéo của khu dân cư được công nhận."],
        "ket-qua.han-che": [
            "Giám sát sau tiếp xúc cử tri có nơi chưa đến nơi đến chốn; Ban Công tác Mặt trận ở "
            "nhiều khu dân cư mới sáp nhập chưa kiện toàn, hoạt động còn lúng túng."],
        "ket-qua.nguyen-nhan": [
            "Cơ chế phản hồi kết quả giải quyết kiến nghị của cơ quan nhà nước chưa chặt chẽ; kinh "
            "phí hoạt động của Ban Công tác Mặt trận thấp, cán bộ thường xuyên thay đổi."],
        "ket-qua.bai-hoc": [
            "Mặt trận phải bám sát khu dân cư, chủ động phát hiện vấn đề Nhân dân bức xúc; kiến "
            "nghị chỉ có giá trị khi được theo dõi đến khi có kết quả giải quyết."],
        "ket-qua.giai-phap": [
            "Kiện toàn Ban Công tác Mặt trận sau sáp nhập; xây dựng phần mềm theo dõi kiến nghị cử "
            "tri liên thông với Hội đồng nhân dân, Ủy ban nhân dân các cấp."],
        "tac-dong": [
            "Khối đại đoàn kết toàn dân tộc được củng cố, Nhân dân tích cực tham gia giám sát, góp "
            "ý xây dựng Đảng, chính quyền; nhiều mâu thuẫn được hòa giải ngay tại cộng đồng."],
        "kien-nghi": [
            "Đề nghị Hội đồng nhân dân tỉnh quy định thời hạn cơ quan nhà nước phải thông báo kết "
            "quả giải quyết kiến nghị cho Ủy ban MTTQ cùng cấp và bố trí kinh phí giám sát."],
    }
    heads = [("lanh-dao", 1, ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, HƯỚNG DẪN"], None),
             (None, 1, ["II. KẾT QUẢ THAM GIA THỰC HIỆN", "KẾT LUẬN SỐ 114-KL/TW CỦA MẶT TRẬN CÁC CẤP"],
              "_Toc196001"),
             ("ket-qua.noi-bat", 2, ["1. Những kết quả nổi bật"], None),
             ("ket-qua.han-che", 2, ["2. Hạn chế, khó khăn"], None),
             ("ket-qua.nguyen-nhan", 2, ["3. Nguyên nhân"], None),
             ("ket-qua.bai-hoc", 2, ["4. Bài học kinh nghiệm"], None),
             ("ket-qua.giai-phap", 2, ["5. Nhiệm vụ, giải pháp thời gian tới"], None),
             ("tac-dong", 1, ["III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "ĐỐI VỚI KHỐI ĐẠI ĐOÀN KẾT"],
              "_Toc196002"),
             ("kien-nghi", 1, ["IV. KIẾN NGHỊ, ĐỀ XUẤT"], None)]
    cuts = {"lanh-dao": "CHỈ ĐẠO", "ket-qua.noi-bat": "nổi bật", "ket-qua.bai-hoc": "kinh nghiệm",
            "kien-nghi": "KIẾN NGHỊ", "tac-dong": "ĐOÀN KẾT"}
    for sec, level, lines, bm in heads:
        R.h_styled(lines, f"Heading {level}", proof_cut=cuts.get(sec), bookmark=bm)
        for t in T.get(sec, []) if sec else []:
            R.p(t, sec)
    R.app("Trên đây là báo cáo kết quả tham gia thực hiện Kết luận số 114-KL/TW của Ban Thường "
          "trực Ủy ban MTTQ Việt Nam tỉnh./.", leak="của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh./.")
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Thường trực Tỉnh ủy (b/c);",
                 "- Lưu VP."], ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "", "", "Võ Thị Hằng"],
                leak=["Võ Thị Hằng"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def x001():
    figs = {"van-ban": 29, "hoi-nghi": 18, "tap-huan": 447, "doi-thoai": 31, "tiep-dan": 1129,
            "don-nhan": 262, "don-giai-quyet": 255, "dan-van-kheo": 10, "truc-tuyen": 93.4}
    R = Report("x001", "X001", "dang-uy-xa-phuong", "docx", "DU phuong Vinh Phu - BC 67 KL114.docx",
               "2026-04-10", "67-BC/ĐU", "Trần Thị Hồng Nhung", figures=figs,
               notes="Word file, Party header table, bold typed headings I. / 1.; the appendix on "
                     "its own page after the signature, laid out as a document of its own: the "
                     "HEADER BLOCK REPEATED (ĐẢNG BỘ TỈNH NGHỆ AN / ĐẢNG ỦY PHƯỜNG VINH PHÚ / * "
                     "beside ĐẢNG CỘNG SẢN VIỆT NAM, no number, no date), then 'PHỤ LỤC', the "
                     "caption '(Kèm theo Báo cáo số 67-BC/ĐU ngày 10/4/2026 của Ban Thường vụ "
                     "Đảng ủy phường)' and the table, as Party appendices are set (36-HD/VPTW).")
    party_header(R, "ĐẢNG ỦY PHƯỜNG VINH PHÚ", "67-BC/ĐU", "Vinh Phú, ngày 10 tháng 4 năm 2026")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy phường Vinh Phú"),
          leak="Ban Thường vụ Đảng ủy phường Vinh Phú báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy phường ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức 18 hội nghị "
            "quán triệt, sơ kết; chỉ đạo xây dựng quy chế phối hợp giữa chính quyền phường với Ban "
            "Công tác Mặt trận các khối phố."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 447 lượt cán bộ, công chức và tổ trưởng tổ dân phố về kỹ năng dân vận; lãnh "
            "đạo phường tiếp 1.129 lượt công dân, chủ trì 31 cuộc đối thoại về chỉnh trang đô thị "
            "và giải tỏa hành lang giao thông.",
            "Tiếp nhận 262 đơn thư, đã giải quyết 255 đơn; 10 mô hình Dân vận khéo được công nhận; "
            "tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 93,4%."],
        "ket-qua.han-che": [
            "Việc xử lý vi phạm trật tự xây dựng ở một số khối phố chưa kiên quyết; kênh tiếp nhận "
            "phản ánh qua ứng dụng công dân số chưa được nhiều người cao tuổi sử dụng."],
        "ket-qua.nguyen-nhan": [
            "Lực lượng quản lý trật tự đô thị mỏng, tốc độ đô thị hóa nhanh; một bộ phận người dân "
            "chưa quen dùng điện thoại thông minh để phản ánh, góp ý với chính quyền."],
        "ket-qua.bai-hoc": [
            "Phải làm tốt công tác vận động trước khi ra quyết định hành chính; người đứng đầu "
            "phường đối thoại trực tiếp thì nhiều vướng mắc được tháo gỡ ngay."],
        "ket-qua.giai-phap": [
            "Tăng cường kiểm tra trật tự xây dựng; mở lớp hướng dẫn sử dụng ứng dụng công dân số "
            "cho người cao tuổi tại nhà văn hóa khối phố trong năm 2026."],
        "tac-dong": [
            "Phường ngày càng văn minh, sạch đẹp, Nhân dân đồng thuận với chủ trương chỉnh trang đô "
            "thị; niềm tin của người dân vào chính quyền phường được củng cố rõ rệt."],
        "kien-nghi": [
            "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí lắp đặt hệ thống camera giám sát trật tự "
            "đô thị và đầu tư nâng cấp nhà văn hóa các khối phố của phường."],
    })
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy phường Vinh Phú./.", leak="Ban Thường vụ Đảng ủy phường Vinh Phú./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Trần Thị Hồng Nhung"],
                leak=["Trần Thị Hồng Nhung"])
    R.pagebreak()
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY PHƯỜNG VINH PHÚ", True, False),
                ("*", False, False)],
               [PARTY])], leak=[])
    R.center("PHỤ LỤC")
    R.center("KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU VỀ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN",
             leak="KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU")
    R.center("(Kèm theo Báo cáo số 67-BC/ĐU ngày 10/4/2026 của Ban Thường vụ Đảng ủy phường)",
             bold=False, italic=True, leak="Kèm theo Báo cáo số 67-BC/ĐU")
    R.table(stat_rows(figs))
    return R


def stc():
    figs = {"van-ban": 33, "hoi-nghi": 14, "tap-huan": 1725, "doi-thoai": 10, "tiep-dan": 372,
            "don-nhan": 158, "don-giai-quyet": 154, "dan-van-kheo": 4, "truc-tuyen": 97.6}
    R = Report("stc", "STC", "so-nganh", "rtf", "STC - BC 241 KL114.rtf",
               "2026-04-16", "241/BC-STC", "Nguyễn Văn Long", figures=figs,
               tolerated=["conversion"],
               notes="A Word report SAVED AS RICH TEXT (.rtf), here by LibreOffice Writer 7.4 from "
                     "the .docx (its {\\info} times fixed): state header table, Heading 1 / "
                     "Heading 2 styles with typed numbers, signature table, the appendix with "
                     "'Số liệu' merged over '2015 - 2020 | 2021 - 2025 | Tổng cộng'. baocao reads "
                     ".rtf through LibreOffice (README); the 'conversion' note is tolerated. No "
                     "earlier probe had an .rtf.")
    department_header(R, "SỞ TÀI CHÍNH", "241/BC-STC", "16")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Sở Tài chính"), leak="Sở Tài chính báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Ban cán sự đảng, Đảng ủy Sở Tài chính ban hành 33 văn bản lãnh đạo, chỉ đạo, tổ chức 14 "
            "hội nghị quán triệt, sơ kết; gắn công tác dân vận với công khai ngân sách và cải cách "
            "thủ tục thanh toán vốn đầu tư công."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng kỹ năng giao tiếp, văn hóa công sở cho 1.725 lượt công chức ngành tài chính; "
            "lãnh đạo Sở tổ chức 10 cuộc đối thoại với doanh nghiệp, nhà thầu về thanh toán, quyết "
            "toán vốn.",
            "Tiếp 372 lượt công dân, tiếp nhận 158 đơn thư, đã giải quyết 154 đơn; 4 mô hình Dân "
            "vận khéo được công nhận; tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 "
            "đạt 97,6%."],
        "ket-qua.han-che": [
            "Thời gian thẩm tra quyết toán một số dự án còn kéo dài; thông tin công khai ngân sách "
            "trên cổng thông tin của Sở chưa được trình bày dễ hiểu với người dân."],
        "ket-qua.nguyen-nhan": [
            "Hồ sơ quyết toán do chủ đầu tư lập nhiều sai sót, phải trả lại nhiều lần; biên chế "
            "phòng thẩm tra ít trong khi số dự án hoàn thành tăng nhanh."],
        "ket-qua.bai-hoc": [
            "Công khai, minh bạch là cách dân vận hiệu quả nhất của cơ quan tài chính; cán bộ phải "
            "hướng dẫn tận tình để doanh nghiệp làm đúng ngay từ đầu."],
        "ket-qua.giai-phap": [
            "Số hóa toàn bộ quy trình thẩm tra quyết toán; xây dựng ấn phẩm ngân sách công dân để "
            "người dân dễ hiểu, dễ giám sát việc thu, chi ngân sách của tỉnh."],
        "tac-dong": [
            "Doanh nghiệp, nhà thầu hài lòng hơn với thời gian giải quyết thủ tục; công khai ngân "
            "sách giúp Nhân dân giám sát tốt hơn, góp phần chống lãng phí, tiêu cực."],
        "kien-nghi": [
            "Đề nghị Bộ Tài chính sớm hoàn thiện phần mềm quyết toán dự án hoàn thành dùng chung "
            "toàn quốc và hướng dẫn mẫu ấn phẩm ngân sách công dân cấp tỉnh."],
    }, h=lambda R, title, level: R.h(title, style="word", level=level))
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Tài chính./.",
          leak="Kết luận số 114-KL/TW của Sở Tài chính./.")
    R.signature(["- Như trên;", "- Lưu: VT, VP."], ["GIÁM ĐỐC", "", "", "Nguyễn Văn Long"],
                leak=["Nguyễn Văn Long"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    from r44_common import LABELS, IND
    halves = {"van-ban": (15, 18), "hoi-nghi": (6, 8), "tap-huan": (712, 1013), "doi-thoai": (4, 6),
              "tiep-dan": (168, 204), "don-nhan": (71, 87), "don-giai-quyet": (69, 85),
              "dan-van-kheo": (1, 3), "truc-tuyen": (41.2, 97.6)}
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu", "", ""],
            ["", "", "", "2015 - 2020", "2021 - 2025", "Tổng cộng"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        a, b = halves[ind]
        tot = "97,6" if ind == "truc-tuyen" else vn(a + b)
        assert ind == "truc-tuyen" or a + b == figs[ind], ind
        rows.append([str(i), lab, dvt, vn(a), vn(b), tot])
    R.table(rows, bold_rows=(0, 1), merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)])
    return R


def x004():
    figs = {"van-ban": 20, "hoi-nghi": 12, "tap-huan": 298, "doi-thoai": 18, "tiep-dan": 731,
            "don-nhan": 184, "don-giai-quyet": 176, "dan-van-kheo": 5, "truc-tuyen": 90.8}
    R = Report("x004", "X004", "dang-uy-xa-phuong", "txt-pdftotext-layout",
               "Hoang Mai - BC 98 KL114 (tu ban PDF).txt",
               "2026-04-15", "98-BC/ĐU", "Lê Thị Mai", figures=figs,
               tolerated=["pseudo-heading"],
               notes="The TEXT OF THE SIGNED PDF (the ward sent only the PDF; the secretariat ran "
                     "poppler's 'pdftotext -layout' on it and filed the .txt): the PDF printed by "
                     "LibreOffice from a Word report with a Party header table, bold headings I. "
                     "/ 1., page numbers centred at the top from page 2, a signature table and an "
                     "appendix table; in the text the columns are kept apart by runs of SPACES, "
                     "every paragraph is WRAPPED as on the page, justified lines padded with extra "
                     "spaces, first lines indented, a page number alone on a line and a FORM FEED "
                     "at each page break, the table's cells side by side with spaces (a label "
                     "wrapped over two lines).")
    party_header(R, "ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "98-BC/ĐU", "Hoàng Mai, ngày 15 tháng 4 năm 2026")
    R.page_numbers_top()
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=PRINTED_SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy phường Hoàng Mai"),
          leak="Kế hoạch số 86-KH/TU ngày 01/4/2026")
    body(R, {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy phường ban hành 20 văn bản lãnh đạo, chỉ đạo thực hiện Kết luận, "
            "tổ chức 12 hội nghị quán triệt, sơ kết; đưa việc tiếp dân, đối thoại của Bí thư, Chủ "
            "tịch vào chương trình công tác hằng tháng."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 298 lượt cán bộ, công chức về kỹ năng dân vận và ứng xử nơi công sở; lãnh "
            "đạo phường tiếp 731 lượt công dân, chủ trì 18 cuộc đối thoại với tiểu thương chợ Hoàng "
            "Mai và người lao động khu công nghiệp.",
            "Tiếp nhận 184 đơn thư, đã giải quyết 176 đơn; 5 mô hình Dân vận khéo được công nhận; "
            "tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 90,8%."],
        "ket-qua.han-che": [
            "Tình trạng ô nhiễm môi trường quanh khu công nghiệp còn gây bức xúc; việc nắm tình "
            "hình người lao động ngoại tỉnh thuê trọ trên địa bàn có lúc chưa kịp thời."],
        "ket-qua.nguyen-nhan": [
            "Một số doanh nghiệp chưa đầu tư đúng mức cho xử lý chất thải; lực lượng công an và tổ "
            "dân phố mỏng trong khi số người lao động tạm trú tăng nhanh."],
        "ket-qua.bai-hoc": [
            "Chính quyền phải đứng giữa doanh nghiệp và người dân để đối thoại, hài hòa lợi ích; "
            "nắm chắc tình hình từ tổ dân phố thì xử lý vụ việc mới kịp thời."],
        "ket-qua.giai-phap": [
            "Phối hợp Ban quản lý khu kinh tế giám sát chặt xả thải; thành lập tổ tự quản khu nhà "
            "trọ; nhân rộng mô hình chủ nhà trọ tự quản gắn với an ninh trật tự."],
        "tac-dong": [
            "Người lao động yên tâm làm việc, tiểu thương đồng thuận với chủ trương cải tạo chợ; "
            "an ninh trật tự trên địa bàn phường ổn định, niềm tin của Nhân dân được nâng lên."],
        "kien-nghi": [
            "Đề nghị Sở Nông nghiệp và Môi trường tăng cường kiểm tra, xử lý các doanh nghiệp xả "
            "thải vượt chuẩn trong khu công nghiệp Hoàng Mai và công khai kết quả cho Nhân dân."],
    })
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy phường Hoàng Mai./.", leak="Ban Thường vụ Đảng ủy phường Hoàng Mai./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Lê Thị Mai"],
                leak=["Lê Thị Mai"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def syt():
    figs = {"van-ban": 38, "hoi-nghi": 20, "tap-huan": 4105, "doi-thoai": 34, "tiep-dan": 1312,
            "don-nhan": 598, "don-giai-quyet": 583, "dan-van-kheo": 13, "truc-tuyen": 97.8}
    R = Report("syt", "SYT", "so-nganh", "txt-pdftotext", "SYT - BC 1342 KL114 (copy tu PDF).txt",
               "2026-04-16", "1342/BC-SYT", "Nguyễn Thị Hương Giang", figures=figs,
               tolerated=["pseudo-heading"],
               notes="The TEXT OF THE SIGNED PDF IN READING ORDER (poppler's 'pdftotext' without "
                     "-layout, the text a PDF viewer copies): the state header's columns one after "
                     "the other, every paragraph WRAPPED as on the page with NO blank line between "
                     "most paragraphs (a paragraph is several lines, a heading one), a page number "
                     "line and a FORM FEED at each page break, the appendix table one cell a line.")
    department_header(R, "SỞ Y TẾ", "1342/BC-SYT", "16")
    R.page_numbers_top()
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=PRINTED_SUBJ_LEAK)
    R.app(OPENING.format(who="Sở Y tế"), leak="Kế hoạch số 86-KH/TU ngày 01/4/2026")
    body(R, {
        "lanh-dao": [
            "Ban cán sự đảng, Đảng ủy Sở Y tế ban hành 38 văn bản lãnh đạo, chỉ đạo, tổ chức 20 hội "
            "nghị quán triệt, sơ kết; yêu cầu các bệnh viện công khai đường dây nóng của giám đốc "
            "tại khu khám bệnh và buồng bệnh."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho 4.105 lượt cán bộ, viên chức y tế; lãnh đạo Sở "
            "và giám đốc các bệnh viện tổ chức 34 cuộc đối thoại với người bệnh, người nhà người "
            "bệnh về chất lượng phục vụ.",
            "Tiếp 1.312 lượt công dân, tiếp nhận 598 đơn thư, đã giải quyết 583 đơn; 13 mô hình "
            "Dân vận khéo được công nhận; tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm "
            "2025 đạt 97,8%."],
        "ket-qua.han-che": [
            "Thủ tục thanh toán bảo hiểm y tế ở một số bệnh viện còn phiền hà; tình trạng thiếu "
            "thuốc, vật tư y tế cục bộ có thời điểm làm người bệnh phải tự mua ngoài."],
        "ket-qua.nguyen-nhan": [
            "Quy định về đấu thầu thuốc, vật tư thay đổi nhiều lần, thủ tục phức tạp; hệ thống "
            "thông tin bệnh viện chưa kết nối đầy đủ với cơ quan bảo hiểm xã hội."],
        "ket-qua.bai-hoc": [
            "Lắng nghe người bệnh qua nhiều kênh và phản hồi nhanh; người đứng đầu bệnh viện phải "
            "trực tiếp xử lý các phản ánh về thái độ phục vụ của nhân viên y tế."],
        "ket-qua.giai-phap": [
            "Triển khai bệnh án điện tử ở tất cả bệnh viện tuyến tỉnh; thanh toán không dùng tiền "
            "mặt; chủ động kế hoạch mua sắm thuốc, vật tư để không gián đoạn điều trị."],
        "tac-dong": [
            "Chỉ số hài lòng của người bệnh nội trú và ngoại trú tăng liên tục; hình ảnh người thầy "
            "thuốc được Nhân dân tin yêu, góp phần xây dựng chính quyền phục vụ."],
        "kien-nghi": [
            "Đề nghị Bộ Y tế sớm ban hành danh mục dùng chung và cơ chế mua sắm tập trung thuốc, "
            "vật tư y tế để các bệnh viện tuyến tỉnh chủ động nguồn cung."],
    })
    R.signature(["- Như trên;", "- Lưu: VT, VP."], ["GIÁM ĐỐC", "", "", "Nguyễn Thị Hương Giang"],
                leak=["Nguyễn Thị Hương Giang"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.table(stat_rows(figs))
    return R


def duca():
    figs = {"van-ban": 44, "hoi-nghi": 25, "tap-huan": 5386, "doi-thoai": 28, "tiep-dan": 2461,
            "don-nhan": 1372, "don-giai-quyet": 1349, "dan-van-kheo": 17, "truc-tuyen": 96.5}
    R = Report("duca", "DUCA", "dang-uy-truc-thuoc", "md-markitdown", "DUCA - BC 296 KL114.md",
               "2026-04-12", "296-BC/ĐU", "Nguyễn Đức Hải", figures=figs,
               tolerated=["pseudo-heading"],
               notes="Markdown made from a Word report by MARKITDOWN (Microsoft's converter, "
                     "0.1.9: mammoth's HTML, then markdownify): the header and the signature "
                     "tables as PIPE TABLES whose first row is EMPTY (the header row markdownify "
                     "adds) and each cell's paragraphs run together on ONE line with two spaces "
                     "('ĐẢNG BỘ TỈNH NGHỆ AN  **ĐẢNG ỦY CÔNG AN TỈNH**  *  Số 296-BC/ĐU'); bold "
                     "headings '**I. …**', '***1. …***'; the appendix a pipe table whose own "
                     "header row is its first data row under the empty one.")
    party_header(R, "ĐẢNG ỦY CÔNG AN TỈNH", "296-BC/ĐU", "Nghệ An, ngày 12 tháng 4 năm 2026")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy Công an tỉnh"),
          leak="Ban Thường vụ Đảng ủy Công an tỉnh báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy Công an tỉnh ban hành 44 văn bản lãnh đạo, chỉ đạo, tổ chức 25 "
            "hội nghị quán triệt, sơ kết; gắn thực hiện Kết luận với phong trào Toàn dân bảo vệ an "
            "ninh Tổ quốc."],
        "ket-qua.noi-bat": [
            "Tập huấn công tác dân vận cho 5.386 lượt cán bộ, chiến sĩ; lãnh đạo Công an tỉnh và "
            "Công an cấp xã tổ chức 28 cuộc đối thoại với Nhân dân về an ninh trật tự và cấp căn "
            "cước, định danh điện tử.",
            "Tiếp 2.461 lượt công dân, tiếp nhận 1.372 đơn thư, đã giải quyết 1.349 đơn; 17 mô hình "
            "Dân vận khéo được công nhận; tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm "
            "2025 đạt 96,5%."],
        "ket-qua.han-che": [
            "Tội phạm lừa đảo qua mạng còn diễn biến phức tạp, nhiều người dân bị thiệt hại; việc "
            "giải quyết tin báo tố giác tội phạm ở một số đơn vị còn chậm so với quy định."],
        "ket-qua.nguyen-nhan": [
            "Thủ đoạn của tội phạm công nghệ cao ngày càng tinh vi; hiểu biết của một bộ phận "
            "người dân về an toàn thông tin còn hạn chế; lực lượng điều tra chuyên sâu còn mỏng."],
        "ket-qua.bai-hoc": [
            "Lấy dân làm gốc, dựa vào dân để phát hiện, đấu tranh với tội phạm; cán bộ, chiến sĩ "
            "phải gần dân, hiểu dân, trọng dân và có trách nhiệm với dân."],
        "ket-qua.giai-phap": [
            "Đẩy mạnh tuyên truyền phòng chống lừa đảo qua mạng đến từng thôn, tổ dân phố; nâng cao "
            "năng lực lực lượng công an cấp xã trong tiếp nhận, giải quyết tin báo."],
        "tac-dong": [
            "Thế trận an ninh nhân dân được củng cố, Nhân dân tích cực cung cấp thông tin tố giác "
            "tội phạm; hình ảnh người chiến sĩ Công an nhân dân ngày càng đẹp trong lòng dân."],
        "kien-nghi": [
            "Đề nghị Bộ Công an tăng cường phương tiện kỹ thuật phòng chống tội phạm công nghệ cao "
            "cho Công an tỉnh và hướng dẫn cơ chế phối hợp với các ngân hàng, nhà mạng."],
    })
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy Công an tỉnh./.", leak="Ban Thường vụ Đảng ủy Công an tỉnh./.")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Thiếu tướng",
                                   "Nguyễn Đức Hải"], leak=["Nguyễn Đức Hải"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


REPORTS = [mttq, x001, stc, x004, syt, duca]
