"""probe43 reports 1-5: the header block in text boxes (X001), the date only in the
signature (MTTQ), a transposed appendix after the signature with a '(Kèm theo …)' caption
(X007), a Markdown file with a blank line after every line and a tab-separated appendix
(X002), an appendix split over two Word tables with a repeated header row (SNV)."""

from docbuild import Report43 as Report, TextReport, WD_ALIGN_PARAGRAPH, Pt, _no_borders
from r43_common import (HEADS, LABELS, OPENING, PARTY, RECIPIENTS_PARTY, STATE1, STATE2,
                        SUBJ_LEAK, SUBJECT, body, department_header, stat_rows, vn)


def x001():
    figs = {"van-ban": 24, "hoi-nghi": 17, "tap-huan": 412, "doi-thoai": 29, "tiep-dan": 1046,
            "don-nhan": 233, "don-giai-quyet": 226, "dan-van-kheo": 9, "truc-tuyen": 91.3}
    R = Report("x001", "X001", "dang-uy-xa-phuong", "docx", "DU phuong Vinh Phu - BC 63 KL114.docx",
               "2026-04-11", "63-BC/ĐU", "Trần Thị Hồng Nhung", figures=figs,
               notes="Word file from an old template: the header block in TWO TEXT BOXES side by "
                     "side (left: ĐẢNG BỘ TỈNH NGHỆ AN / ĐẢNG ỦY PHƯỜNG VINH PHÚ / * / Số "
                     "63-BC/ĐU; right: ĐẢNG CỘNG SẢN VIỆT NAM / the place and date), as Word "
                     "2010+ saves a text box: mc:AlternateContent holding the DrawingML shape "
                     "(wps:txbx) and its VML copy (v:textbox) as fallback, anchored in an empty "
                     "first paragraph; and a BORDERED TEXT BOX in the results part holding one "
                     "paragraph of the unit's own (a model described in a box), anchored in the "
                     "second results paragraph; bold typed headings I. / 1.")
    R.textbox_header([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False),
                      ("ĐẢNG ỦY PHƯỜNG VINH PHÚ", True, False), ("*", False, False),
                      ("Số 63-BC/ĐU", False, False)],
                     [PARTY, ("", False, False),
                      ("Vinh Phú, ngày 11 tháng 4 năm 2026", False, True)],
                     leak=["63-BC/ĐU", "Vinh Phú, ngày 11 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy phường Vinh Phú"),
          leak="Ban Thường vụ Đảng ủy phường Vinh Phú báo cáo như sau")
    texts = {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy phường ban hành 24 văn bản lãnh đạo, chỉ đạo thực hiện Kết "
            "luận, tổ chức 17 hội nghị quán triệt, sơ kết; các chi bộ khối phố đưa nội dung dân "
            "vận chính quyền vào sinh hoạt chuyên đề mỗi quý."],
        "ket-qua.han-che": [
            "Việc giải quyết kiến nghị về ngập úng, lấn chiếm vỉa hè ở một số khối phố còn chậm; "
            "một bộ phận công chức bộ phận một cửa chưa hướng dẫn tận tình người cao tuổi làm "
            "thủ tục trên môi trường mạng."],
        "ket-qua.nguyen-nhan": [
            "Hạ tầng thoát nước đô thị xuống cấp, cần nguồn vốn lớn vượt khả năng của phường; "
            "khối lượng hồ sơ tăng nhanh sau sáp nhập trong khi biên chế công chức không tăng."],
        "ket-qua.bai-hoc": [
            "Cấp ủy phải lắng nghe Nhân dân từ tổ dân phố, việc gì dân bàn thì phải công khai kết "
            "quả đến cùng; cán bộ, đảng viên gương mẫu đi trước thì phong trào ở khối phố mới "
            "bền vững."],
        "ket-qua.giai-phap": [
            "Triển khai tổ công nghệ số cộng đồng ở tất cả khối phố để hướng dẫn người dân làm "
            "thủ tục trực tuyến; đưa tiêu chí hài lòng của Nhân dân vào đánh giá cán bộ, công "
            "chức phường cuối năm."],
        "tac-dong": [
            "Diện mạo đô thị văn minh hơn, Nhân dân đồng thuận với các chủ trương chỉnh trang phố "
            "phường; mối quan hệ giữa chính quyền phường với người dân gần gũi, niềm tin của "
            "Nhân dân được nâng lên."],
        "kien-nghi": [
            "Đề nghị Ủy ban nhân dân tỉnh bố trí vốn cải tạo hệ thống thoát nước các khối phố "
            "trũng thấp của phường Vinh Phú và hỗ trợ kinh phí cho tổ công nghệ số cộng đồng."],
    }
    for sec, level, title in HEADS:
        R.h(title, style="bold" if level == 1 else "bi")
        if sec == "ket-qua.noi-bat":
            R.p("Bồi dưỡng kỹ năng dân vận cho 412 lượt cán bộ, công chức phường và tổ dân phố; "
                "lãnh đạo phường tiếp 1.046 lượt công dân, chủ trì 29 cuộc đối thoại về chỉnh "
                "trang đô thị, thu gom rác thải và trật tự lòng đường.", sec)
            par = R.p("Tiếp nhận 233 đơn thư, đã giải quyết 226 đơn, không để phát sinh điểm "
                      "nóng; 9 mô hình Dân vận khéo được công nhận; tỷ lệ hồ sơ thủ tục hành "
                      "chính giải quyết trực tuyến năm 2025 đạt 91,3%.", sec)
            R.textbox_in(par, "Mô hình “Tổ dân phố không rác thải nhựa” ở khối Yên Hòa: người "
                              "dân tự phân loại rác tại nguồn, tổ trưởng công khai thu chi quỹ "
                              "môi trường hằng tháng; mô hình được công nhận Dân vận khéo cấp "
                              "tỉnh năm 2024.", sec)
        elif sec:
            for t in texts[sec]:
                R.p(t, sec)
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
          "Đảng ủy phường Vinh Phú./.", leak="Kết luận số 114-KL/TW của Ban Thường vụ Đảng ủy phường")
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Trần Thị Hồng Nhung"],
                leak=["Trần Thị Hồng Nhung"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def mttq():
    figs = {"van-ban": 46, "hoi-nghi": 38, "tap-huan": 5230, "doi-thoai": 57, "tiep-dan": 318,
            "don-nhan": 274, "don-giai-quyet": 259, "dan-van-kheo": 23, "truc-tuyen": None}
    R = Report("mttq", "MTTQ", "mttq-doan-the", "docx", "UBMTTQ tinh - BC 318 tham gia KL114.docx",
               "2026-04-14", "318/BC-MTTQ-BTT", "Võ Thị Hằng", figures=figs,
               notes="Word file: the Front's header (ỦY BAN MTTQ VIỆT NAM / TỈNH NGHỆ AN / BAN "
                     "THƯỜNG TRỰC / Số: 318/BC-MTTQ-BTT beside the state motto) has NO place-and-"
                     "date line: the date is written only in the signature column, italic, over "
                     "'TM. BAN THƯỜNG TRỰC' ('Nghệ An, ngày 14 tháng 4 năm 2026'), as a statistics "
                     "sheet's sign-off is laid out; the officer dates the report by it. Online "
                     "rate 'x' (no administrative procedures at the Front).")
    R.header([([("ỦY BAN MTTQ VIỆT NAM", False, False), ("TỈNH NGHỆ AN", False, False),
                ("BAN THƯỜNG TRỰC", True, False), ("", False, False),
                ("Số: 318/BC-MTTQ-BTT", False, False)],
               [STATE1, STATE2])],
             leak=["318/BC-MTTQ-BTT"])
    R.center("BÁO CÁO")
    R.center("Kết quả tham gia thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa "
             "XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
             leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
          leak="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh báo cáo như sau")
    heads = [
        ("lanh-dao", 1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, HƯỚNG DẪN"),
        (None, 1, "II. KẾT QUẢ THAM GIA THỰC HIỆN"),
        ("ket-qua.noi-bat", 2, "1. Kết quả nổi bật"),
        ("ket-qua.han-che", 2, "2. Hạn chế, khó khăn"),
        ("ket-qua.nguyen-nhan", 2, "3. Nguyên nhân"),
        ("ket-qua.bai-hoc", 2, "4. Bài học kinh nghiệm"),
        ("ket-qua.giai-phap", 2, "5. Nhiệm vụ, giải pháp"),
        ("tac-dong", 1, "III. TÁC ĐỘNG"),
        ("kien-nghi", 1, "IV. KIẾN NGHỊ"),
    ]
    body(R, {
        "lanh-dao": [
            "Ban Thường trực Ủy ban MTTQ tỉnh ban hành 46 văn bản hướng dẫn Mặt trận các cấp tham "
            "gia thực hiện Kết luận, tổ chức 38 hội nghị quán triệt, sơ kết với sự tham gia của "
            "các tổ chức thành viên."],
        "ket-qua.noi-bat": [
            "Tập huấn nghiệp vụ giám sát, phản biện xã hội cho 5.230 lượt cán bộ Mặt trận và Ban "
            "Thanh tra nhân dân; phối hợp tổ chức 57 cuộc đối thoại giữa người đứng đầu cấp ủy, "
            "chính quyền với Nhân dân.",
            "Mặt trận các cấp tham gia tiếp 318 lượt công dân cùng cơ quan nhà nước, tiếp nhận 274 "
            "đơn thư và đã chuyển, đôn đốc giải quyết xong 259 đơn; 23 mô hình Dân vận khéo của "
            "khu dân cư được công nhận."],
        "ket-qua.han-che": [
            "Hoạt động giám sát việc giải quyết kiến nghị cử tri sau tiếp xúc có lúc chưa đến "
            "cùng; vai trò của Ban Công tác Mặt trận ở một số khu dân cư sau sáp nhập thôn, xóm "
            "còn mờ nhạt."],
        "ket-qua.nguyen-nhan": [
            "Cơ chế phản hồi kết quả giải quyết kiến nghị từ cơ quan nhà nước về Mặt trận chưa "
            "chặt chẽ; đội ngũ cán bộ Mặt trận cơ sở thường xuyên biến động, kinh phí hoạt động "
            "còn khó khăn."],
        "ket-qua.bai-hoc": [
            "Mặt trận phải bám sát khu dân cư, lấy sự hài lòng của Nhân dân làm thước đo; phối hợp "
            "chặt chẽ với chính quyền ngay từ khi xây dựng chính sách thì giám sát mới thực chất."],
        "ket-qua.giai-phap": [
            "Đổi mới phương thức tập hợp Nhân dân trên nền tảng số; nâng cao chất lượng giám sát, "
            "phản biện đối với các dự án liên quan đến đất đai, tái định cư và môi trường."],
        "tac-dong": [
            "Khối đại đoàn kết toàn dân tộc được củng cố, Nhân dân tích cực tham gia xây dựng Đảng, "
            "chính quyền; nhiều vụ việc phức tạp được hòa giải tại cơ sở, góp phần giữ vững ổn "
            "định chính trị."],
        "kien-nghi": [
            "Đề nghị Tỉnh ủy chỉ đạo các cơ quan nhà nước thực hiện nghiêm việc thông báo kết quả "
            "giải quyết kiến nghị cho Ủy ban MTTQ cùng cấp trong thời hạn 30 ngày."],
    }, heads)
    R.app("Trên đây là báo cáo kết quả tham gia thực hiện Kết luận số 114-KL/TW của Ban Thường "
          "trực Ủy ban MTTQ Việt Nam tỉnh./.", leak="của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh./.")
    # the signature table: Nơi nhận left; right: the place and date (italic), then T/M …
    t = R.doc.add_table(rows=1, cols=2)
    _no_borders(t)
    left = t.cell(0, 0)
    r = left.paragraphs[0].add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    for line in ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Thường trực Tỉnh ủy (b/c);",
                 "- Lưu VP."]:
        left.add_paragraph().add_run(line).font.size = Pt(12)
    right = t.cell(0, 1)
    for i, (text, bold, italic) in enumerate([
            ("Nghệ An, ngày 14 tháng 4 năm 2026", False, True), ("TM. BAN THƯỜNG TRỰC", True, False),
            ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False),
            ("Võ Thị Hằng", True, False)]):
        q = right.paragraphs[0] if i == 0 else right.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = q.add_run(text)
        rr.bold, rr.italic = bold, italic
    R.leak("Nơi nhận", "Võ Thị Hằng", "TM. BAN THƯỜNG TRỰC", "ngày 14 tháng 4 năm 2026")
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def x007():
    figs = {"van-ban": 26, "hoi-nghi": 15, "tap-huan": 318, "doi-thoai": 21, "tiep-dan": 742,
            "don-nhan": 168, "don-giai-quyet": 161, "dan-van-kheo": 7, "truc-tuyen": 84.6}
    R = Report("x007", "X007", "dang-uy-xa-phuong", "docx", "Anh Son - BC 41 tong ket KL114.docx",
               "2026-04-09", "41-BC/ĐU", "Phan Đình Lộc", figures=figs,
               notes="Word file; the statistics TRANSPOSED (indicators as columns), after the "
                     "signature on a LANDSCAPE page (a new section), under 'BIỂU TỔNG HỢP SỐ "
                     "LIỆU …' and the caption '(Kèm theo Báo cáo số 41-BC/ĐU ngày 09/4/2026 của "
                     "Ban Thường vụ Đảng ủy xã Anh Sơn)', no 'PHỤ LỤC' heading: a two-row header "
                     "('Đơn vị' and single indicators merged down; 'Công tác lãnh đạo, chỉ đạo' "
                     "over 'Văn bản ban hành | Hội nghị quán triệt, sơ kết'; 'Tiếp công dân, giải "
                     "quyết đơn thư' over three columns) and ONE row of figures for the commune.")
    R.header([([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY XÃ ANH SƠN", True, False),
                ("*", False, False), ("Số 41-BC/ĐU", False, False)],
               [PARTY, ("", False, False), ("Anh Sơn, ngày 09 tháng 4 năm 2026", False, True)])],
             leak=["41-BC/ĐU", "Anh Sơn, ngày 09 tháng 4"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Đảng ủy xã Anh Sơn"),
          leak="Ban Thường vụ Đảng ủy xã Anh Sơn báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Đảng ủy xã ban hành 26 văn bản lãnh đạo, chỉ đạo, tổ chức 15 hội nghị quán triệt, sơ "
            "kết thực hiện Kết luận; phân công đồng chí Phó Bí thư Thường trực trực tiếp theo dõi "
            "công tác dân vận chính quyền."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 318 lượt cán bộ, công chức về kỹ năng vận động đồng bào vùng giáo và vùng "
            "dân tộc thiểu số; lãnh đạo xã tiếp 742 lượt công dân, chủ trì 21 cuộc đối thoại về "
            "dồn điền đổi thửa, làm đường giao thông.",
            "Tiếp nhận 168 đơn thư, đã giải quyết 161 đơn; 7 mô hình Dân vận khéo trong phát triển "
            "cây chè, cây cam được công nhận; tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến "
            "năm 2025 đạt 84,6%."],
        "ket-qua.han-che": [
            "Một số thôn vùng cao còn khó khăn trong tiếp cận dịch vụ công trực tuyến do sóng điện "
            "thoại yếu; việc trả lời kiến nghị về hỗ trợ giống cây trồng có lúc chậm, chưa rõ "
            "ràng."],
        "ket-qua.nguyen-nhan": [
            "Địa bàn rộng, chia cắt, hạ tầng viễn thông ở vùng cao chưa đồng bộ; cán bộ chuyên môn "
            "cấp xã phải kiêm nhiệm nhiều lĩnh vực sau khi sắp xếp lại đơn vị hành chính."],
        "ket-qua.bai-hoc": [
            "Phải dựa vào người có uy tín trong thôn bản, chức sắc tôn giáo để vận động; chính sách "
            "đến với dân phải được giải thích bằng những việc cụ thể, dễ hiểu, dễ làm."],
        "ket-qua.giai-phap": [
            "Phối hợp doanh nghiệp viễn thông phủ sóng các thôn vùng cao; thành lập tổ hỗ trợ thủ "
            "tục tại nhà văn hóa thôn; tiếp tục nhân rộng mô hình liên kết sản xuất chè an toàn."],
        "tac-dong": [
            "Đồng bào vùng giáo, vùng dân tộc tin tưởng vào chủ trương của Đảng, tích cực hiến đất "
            "làm đường; bộ mặt nông thôn khởi sắc, thu nhập của người dân tăng khá qua từng năm."],
        "kien-nghi": [
            "Đề nghị tỉnh ưu tiên nguồn vốn chương trình mục tiêu quốc gia cho hạ tầng viễn thông "
            "và giao thông các thôn vùng cao của xã Anh Sơn trong giai đoạn 2026 - 2030."],
    })
    R.signature(RECIPIENTS_PARTY, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Phan Đình Lộc"],
                leak=["Phan Đình Lộc"])
    R.landscape()
    R.center("BIỂU TỔNG HỢP SỐ LIỆU KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.center("(Kèm theo Báo cáo số 41-BC/ĐU ngày 09/4/2026 của Ban Thường vụ Đảng ủy xã Anh Sơn)",
             bold=False, italic=True, leak="Kèm theo Báo cáo số 41-BC/ĐU")
    head = ["Đơn vị", "Công tác lãnh đạo, chỉ đạo", "", "Tập huấn, bồi dưỡng (lượt)",
            "Đối thoại với Nhân dân (cuộc)", "Tiếp công dân, giải quyết đơn thư", "", "",
            "Mô hình Dân vận khéo", "TTHC giải quyết trực tuyến (%)"]
    sub = ["", "Văn bản ban hành", "Hội nghị quán triệt, sơ kết", "", "", "Lượt tiếp công dân",
           "Đơn thư tiếp nhận", "Đơn thư đã giải quyết", "", ""]
    data = ["Đảng bộ xã Anh Sơn"] + [vn(figs[k]) for k in
                                      ["van-ban", "hoi-nghi", "tap-huan", "doi-thoai", "tiep-dan",
                                       "don-nhan", "don-giai-quyet", "dan-van-kheo", "truc-tuyen"]]
    R.table([head, sub, data], bold_rows=(0, 1),
            merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 7),
                    (0, 8, 1, 8), (0, 9, 1, 9)], labels=None)
    return R


def x002():
    figs = {"van-ban": 21, "hoi-nghi": 14, "tap-huan": 356, "doi-thoai": 19, "tiep-dan": 884,
            "don-nhan": 192, "don-giai-quyet": 185, "dan-van-kheo": 6, "truc-tuyen": 82.4}
    R = TextReport("x002", "X002", "dang-uy-xa-phuong", "md-hand", "Dien Chau - bao cao KL114.md",
                   "2026-04-12", "57-BC/ĐU", "Nguyễn Văn Khánh", figures=figs,
                   tolerated=["pseudo-heading"], shape="blank-every-line",
                   notes="Markdown a unit made from its Word text by putting a BLANK LINE AFTER "
                         "EVERY LINE (so that a Markdown editor keeps each line a paragraph): the "
                         "header typed as lines with tabs between the columns, a '*' line, bold "
                         "headings '**I. …**' / '**1. …**', the signature typed as lines; the "
                         "appendix PASTED FROM EXCEL as TAB-SEPARATED rows, each row therefore "
                         "apart from the next by a blank line, under 'BIỂU SỐ LIỆU'.")
    R.raw("ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ DIỄN CHÂU", "*",
          "Số 57-BC/ĐU\t\t\t\tDiễn Châu, ngày 12 tháng 4 năm 2026")
    R.leak("57-BC/ĐU", "Diễn Châu, ngày 12 tháng 4")
    R.raw("**BÁO CÁO**", "**" + SUBJECT + "**")
    R.leak("BÁO CÁO", SUBJ_LEAK)
    R.raw(OPENING.format(who="Ban Thường vụ Đảng ủy xã Diễn Châu"))
    R.leak("Ban Thường vụ Đảng ủy xã Diễn Châu báo cáo như sau")
    texts = {
        "lanh-dao": [
            "Đảng ủy xã ban hành 21 văn bản lãnh đạo, chỉ đạo, tổ chức 14 hội nghị quán triệt, sơ "
            "kết; mỗi năm xây dựng kế hoạch dân vận chính quyền gắn với nhiệm vụ phát triển kinh tế "
            "biển và nghề muối."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 356 lượt cán bộ, công chức về kỹ năng tiếp dân, đối thoại; lãnh đạo xã tiếp "
            "884 lượt công dân, chủ trì 19 cuộc đối thoại với ngư dân về khai thác hải sản ven bờ "
            "và bến cá.",
            "Tiếp nhận 192 đơn thư, đã giải quyết 185 đơn; 6 mô hình Dân vận khéo được công nhận, "
            "nổi bật là tổ đoàn kết đánh bắt xa bờ; tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt "
            "82,4%."],
        "ket-qua.han-che": [
            "Tình trạng khai thác thủy sản bằng nghề cấm ở vùng lộng chưa chấm dứt; việc hòa giải "
            "tranh chấp ranh giới đất ở một số xóm ven biển còn kéo dài, người dân chưa thật sự "
            "đồng tình."],
        "ket-qua.nguyen-nhan": [
            "Đời sống một bộ phận ngư dân còn khó khăn nên chưa chuyển đổi nghề; lực lượng kiểm tra "
            "trên biển mỏng, phương tiện thiếu; hồ sơ đất đai ven biển không đầy đủ qua các thời "
            "kỳ."],
        "ket-qua.bai-hoc": [
            "Muốn ngư dân chấp hành thì chính quyền phải đồng hành, hỗ trợ sinh kế thay thế; đối "
            "thoại sớm, công khai phương án là chìa khóa để giải quyết tranh chấp trong cộng đồng."],
        "ket-qua.giai-phap": [
            "Hỗ trợ ngư dân chuyển đổi sang nghề nuôi trồng thủy sản bền vững; rà soát, đo đạc lại "
            "đất ven biển, giải quyết dứt điểm các vụ tranh chấp ranh giới trong năm 2026."],
        "tac-dong": [
            "Ngư dân đồng thuận với chủ trương bảo vệ nguồn lợi thủy sản, an ninh trật tự vùng biển "
            "ổn định; niềm tin của Nhân dân vào cấp ủy, chính quyền xã ngày càng được củng cố."],
        "kien-nghi": [
            "Đề nghị Sở Nông nghiệp và Môi trường hỗ trợ xã xây dựng vùng nuôi trồng thủy sản tập "
            "trung và bố trí thêm phương tiện tuần tra kiểm soát vùng biển ven bờ."],
    }
    for sec, level, title in HEADS:
        R.raw("**" + title + "**")
        for t in texts.get(sec, []) if sec else []:
            R.p(t, sec)
    R.raw("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy xã "
          "Diễn Châu./.")
    R.leak("báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy xã Diễn Châu")
    R.raw("\t\t\t\t\tT/M BAN THƯỜNG VỤ", "\t\t\t\t\tBÍ THƯ", "\t\t\t\t\tNguyễn Văn Khánh",
          "Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Lưu Văn phòng Đảng ủy.")
    R.leak("Nơi nhận", "Nguyễn Văn Khánh", "T/M BAN THƯỜNG VỤ", "Lưu Văn phòng Đảng ủy")
    R.raw("**BIỂU SỐ LIỆU**")
    for row in stat_rows(figs):
        R.raw("\t".join(row))
    R.table_text.extend(lab for lab, _ in LABELS)
    return R


def snv():
    figs = {"van-ban": 58, "hoi-nghi": 29, "tap-huan": 3875, "doi-thoai": 24, "tiep-dan": 596,
            "don-nhan": 318, "don-giai-quyet": 306, "dan-van-kheo": 10, "truc-tuyen": 95.2}
    R = Report("snv", "SNV", "so-nganh", "docx", "SNV - BC 265 tong ket KL114.docx",
               "2026-04-10", "265/BC-SNV", "Lê Đình Thắng", figures=figs,
               notes="Word file, state header, Heading 1 / Heading 2 styles with typed numbers; "
                     "the appendix 'Biểu số 01' SPLIT OVER TWO WORD TABLES: rows 1-5 in the "
                     "first (its header row set to repeat, w:tblHeader), then a paragraph with a "
                     "page break, then a second table that repeats the header row 'STT | Nội "
                     "dung | ĐVT | Số liệu' typed again and holds rows 6-9 (the table cut by "
                     "hand to start a page, as units do before printing).")
    department_header(R, "SỞ NỘI VỤ", "265/BC-SNV", "10")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Sở Nội vụ"), leak="Sở Nội vụ báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Ban cán sự đảng, Đảng ủy Sở ban hành 58 văn bản lãnh đạo, chỉ đạo, tổ chức 29 hội "
            "nghị quán triệt, sơ kết; ban hành quy chế văn hóa công vụ, quy định rõ trách nhiệm nêu "
            "gương của người đứng đầu các phòng."],
        "ket-qua.noi-bat": [
            "Tổ chức bồi dưỡng đạo đức công vụ, văn hóa ứng xử cho 3.875 lượt cán bộ, công chức, "
            "viên chức của tỉnh; lãnh đạo Sở tiếp 596 lượt công dân, chủ trì 24 cuộc đối thoại về "
            "chế độ, chính sách sau sắp xếp bộ máy.",
            "Tiếp nhận 318 đơn thư và đã giải quyết 306 đơn đúng thời hạn; 10 mô hình Dân vận khéo "
            "được công nhận; tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt "
            "95,2%."],
        "ket-qua.han-che": [
            "Việc giải quyết chế độ cho cán bộ dôi dư sau sắp xếp có trường hợp còn chậm; một số "
            "công chức trẻ chưa chủ động giải thích chính sách khi người lao động đến hỏi."],
        "ket-qua.nguyen-nhan": [
            "Khối lượng hồ sơ chính sách tăng đột biến trong thời gian ngắn; văn bản hướng dẫn của "
            "Trung ương ban hành chậm, có nội dung chưa rõ nên địa phương phải xin ý kiến nhiều "
            "lần."],
        "ket-qua.bai-hoc": [
            "Chính sách liên quan trực tiếp đến quyền lợi của cán bộ, người lao động phải được công "
            "khai, giải thích trước khi thực hiện; người đứng đầu phải trực tiếp đối thoại khi có "
            "vướng mắc."],
        "ket-qua.giai-phap": [
            "Số hóa toàn bộ hồ sơ cán bộ, công chức; hoàn thiện bộ chỉ số đánh giá sự hài lòng đối "
            "với từng phòng chuyên môn; đẩy nhanh giải quyết chế độ cho cán bộ dôi dư."],
        "tac-dong": [
            "Kỷ luật, kỷ cương hành chính được nâng lên, văn hóa công vụ có chuyển biến rõ; chỉ số "
            "hài lòng của người dân đối với cơ quan nhà nước của tỉnh tăng đều qua các năm."],
        "kien-nghi": [
            "Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn thống nhất về vị trí việc làm và chính sách "
            "đối với cán bộ không chuyên trách cấp xã sau sắp xếp."],
    }, h=lambda R, t, lv: R.h(t, style="word", level=lv))
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nội vụ./.",
          leak="của Sở Nội vụ./.")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Đình Thắng"],
                leak=["Lê Đình Thắng", "KT. GIÁM ĐỐC"])
    R.pagebreak()
    R.center("Biểu số 01")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    rows = stat_rows(figs)
    t1 = R.table(rows[:6])
    R.repeat_header(t1)
    R.pagebreak()
    R.table([rows[0]] + rows[6:])
    return R


REPORTS = [x001, mttq, x007, x002, snv]
