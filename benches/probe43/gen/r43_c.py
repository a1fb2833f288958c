"""probe43 reports 11-16: a template's content controls, one left unfilled (STC), a part
merging the impact and the lessons over sub-headings (HND), an e-mail body in plain text
wrapped at 76 columns (X004), header and signature in three-column tables with figures
written with their units (BTCTU), an .odt saved by LibreOffice (SNNMT), parts whose
sub-headings and paragraphs are lines of ONE Word paragraph (Shift+Enter) (TTT)."""

from docbuild import Report43 as Report, TextReport, WD_ALIGN_PARAGRAPH, Mm, Pt
from r43_common import (HEADS, LABELS, OPENING, PARTY, RECIPIENTS_PARTY, SUBJ_LEAK, SUBJECT,
                        body, department_header, stat_rows, stat_rows_units, vn)

PLACEHOLDER = "Bấm hoặc gõ nhẹ vào đây để nhập văn bản."


def stc():
    figs = {"van-ban": 29, "hoi-nghi": 16, "tap-huan": 2104, "doi-thoai": 11, "tiep-dan": 347,
            "don-nhan": 201, "don-giai-quyet": 193, "dan-van-kheo": None, "truc-tuyen": 96.8}
    R = Report("stc", "STC", "so-nganh", "docx", "STC - BC 236 KL114 (theo mau).docx",
               "2026-04-15", "236/BC-STC", "Nguyễn Văn Long", figures=figs,
               problems=["appendix-value-missing:dan-van-kheo"],
               notes="Word file made from a TEMPLATE WITH CONTENT CONTROLS (w:sdt): the number "
                     "and the date in run-level controls (the date a date picker), the whole "
                     "body from the opening to the last request inside ONE block-level rich-text "
                     "control ('Nội dung báo cáo'), and every value cell of the appendix a plain-"
                     "text control; the models' cell LEFT UNFILLED, still showing Word's "
                     "placeholder 'Bấm hoặc gõ nhẹ vào đây để nhập văn bản.' (w:showingPlcHdr): "
                     "the officer reads no figure there (missing, not invalid).")
    department_header(R, "SỞ TÀI CHÍNH", "236/BC-STC", "15")
    hdr = R.doc.tables[0]
    R.sdt_replace(R.find_par("Số: 236/BC-STC", hdr._tbl), "Số: 236/BC-STC", "236/BC-STC", "Số ký hiệu")
    R.sdt_replace(R.find_par("Nghệ An, ngày 15 tháng 4 năm 2026", hdr._tbl),
                  "Nghệ An, ngày 15 tháng 4 năm 2026", "ngày 15 tháng 4 năm 2026", "Ngày ban hành",
                  date="2026-04-15")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    start = R.mark()
    R.app(OPENING.format(who="Sở Tài chính"), leak="Sở Tài chính báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Đảng ủy, Ban Giám đốc Sở ban hành 29 văn bản chỉ đạo thực hiện Kết luận, tổ chức 16 "
            "hội nghị quán triệt, sơ kết; đưa trách nhiệm giải trình với người dân vào quy chế làm "
            "việc của từng phòng nghiệp vụ."],
        "ket-qua.noi-bat": [
            "Tập huấn kỹ năng giải trình, tiếp xúc với người dân, doanh nghiệp cho 2.104 lượt công "
            "chức ngành tài chính; lãnh đạo Sở tiếp 347 lượt công dân, tổ chức 11 cuộc đối thoại "
            "với doanh nghiệp về thủ tục ngân sách.",
            "Tiếp nhận 201 đơn thư, đã giải quyết 193 đơn; tỷ lệ hồ sơ thủ tục hành chính của ngành "
            "giải quyết trực tuyến năm 2025 đạt 96,8%; mô hình quyết toán vốn đầu tư trực tuyến "
            "được nhiều địa phương học tập."],
        "ket-qua.han-che": [
            "Thời gian thẩm tra quyết toán một số dự án còn kéo dài; việc công khai tiến độ xử lý "
            "hồ sơ tài chính cho người nộp chưa thường xuyên, còn phản ánh về thủ tục rườm rà."],
        "ket-qua.nguyen-nhan": [
            "Hồ sơ dự án do chủ đầu tư lập chưa đầy đủ, phải bổ sung nhiều lần; hệ thống phần mềm "
            "của ngành chưa kết nối với cổng dịch vụ công của tỉnh."],
        "ket-qua.bai-hoc": [
            "Công khai quy trình và thời hạn xử lý từng loại hồ sơ là cách tốt nhất để người dân, "
            "doanh nghiệp giám sát; lãnh đạo phải trực tiếp đối thoại khi có vướng mắc kéo dài."],
        "ket-qua.giai-phap": [
            "Kết nối phần mềm quyết toán với cổng dịch vụ công; công khai trực tuyến tiến độ xử lý "
            "hồ sơ của từng công chức; rút ngắn thời gian thẩm tra quyết toán."],
        "tac-dong": [
            "Sự hài lòng của doanh nghiệp với thủ tục tài chính tăng; kỷ cương tài chính, ngân sách "
            "được siết chặt, góp phần củng cố niềm tin của Nhân dân vào cơ quan nhà nước."],
        "kien-nghi": [
            "Đề nghị Bộ Tài chính sớm hoàn thiện hệ thống thông tin quản lý ngân sách liên thông từ "
            "Trung ương đến cấp xã và hướng dẫn quyết toán vốn đầu tư theo hình thức điện tử."],
    })
    R.wrap_blocks(start, "Nội dung báo cáo", "NoiDung")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn Long"],
                leak=["Nguyễn Văn Long", "KT. GIÁM ĐỐC"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    rows = stat_rows(figs)
    rows[8][3] = PLACEHOLDER
    t = R.table(rows)
    for i in range(1, 10):
        par = t.cell(i, 3).paragraphs[0]
        text = par.text
        R.sdt_replace(par, text, text, "Số liệu", placeholder=(text == PLACEHOLDER))
    R.leak("Bấm hoặc gõ nhẹ")
    return R


def hnd():
    figs = {"van-ban": 29, "hoi-nghi": 36, "tap-huan": 3280, "doi-thoai": 41, "tiep-dan": 288,
            "don-nhan": 127, "don-giai-quyet": 121, "dan-van-kheo": 18, "truc-tuyen": None}
    R = Report("hnd", "HND", "mttq-doan-the", "docx", "HND tinh - BC 231 KL114.docx",
               "2026-04-15", "231-BC/HNDT", "Nguyễn Thị Thu Hà", figures=figs,
               tolerated=["section-order"],
               notes="Word file, bold typed headings; part 'III. ĐÁNH GIÁ TÁC ĐỘNG VÀ BÀI HỌC KINH "
                     "NGHIỆM' MERGES a top-level section (impact) and a results sub-section "
                     "(lessons) across levels, with a sub-heading for each under it ('1. Tác "
                     "động của việc thực hiện Kết luận', '2. Bài học kinh nghiệm'); the results "
                     "part II holds 1. achievements, 2. limits, 3. causes only; IV. directions, "
                     "V. requests. section-order tolerated (lessons after impact). Online rate "
                     "'x'.")
    R.header([([("HỘI NÔNG DÂN TỈNH NGHỆ AN", True, False), ("BAN THƯỜNG VỤ", True, False),
                ("*", False, False), ("Số 231-BC/HNDT", False, False)],
               [("HỘI NÔNG DÂN VIỆT NAM", True, False, True), ("", False, False),
                ("Nghệ An, ngày 15 tháng 4 năm 2026", False, True)])],
             leak=["231-BC/HNDT", "ngày 15 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Thường vụ Hội Nông dân tỉnh"),
          leak="Ban Thường vụ Hội Nông dân tỉnh báo cáo như sau")
    heads = [
        ("lanh-dao", 1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
        (None, 1, "II. KẾT QUẢ THỰC HIỆN"),
        ("ket-qua.noi-bat", 2, "1. Kết quả nổi bật"),
        ("ket-qua.han-che", 2, "2. Hạn chế, khó khăn"),
        ("ket-qua.nguyen-nhan", 2, "3. Nguyên nhân"),
        (None, 1, "III. ĐÁNH GIÁ TÁC ĐỘNG VÀ BÀI HỌC KINH NGHIỆM"),
        ("tac-dong", 2, "1. Tác động của việc thực hiện Kết luận"),
        ("ket-qua.bai-hoc", 2, "2. Bài học kinh nghiệm"),
        ("ket-qua.giai-phap", 1, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP"),
        ("kien-nghi", 1, "V. KIẾN NGHỊ"),
    ]
    body(R, {
        "lanh-dao": [
            "Ban Thường vụ Hội Nông dân tỉnh ban hành 29 văn bản hướng dẫn, tổ chức 36 hội nghị "
            "quán triệt, sơ kết cho cán bộ hội các cấp; đưa nội dung tham gia xây dựng chính quyền "
            "vào chương trình công tác hội hằng năm."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng kỹ năng vận động, tuyên truyền pháp luật cho 3.280 lượt cán bộ, hội viên "
            "nòng cốt; phối hợp tổ chức 41 cuộc đối thoại giữa người đứng đầu chính quyền với nông "
            "dân về đất đai và tiêu thụ nông sản.",
            "Cán bộ hội tiếp 288 lượt hội viên, nông dân, nhận 127 đơn thư và đã phối hợp giải "
            "quyết 121 đơn; 18 mô hình Dân vận khéo trong sản xuất, kinh doanh giỏi được công "
            "nhận."],
        "ket-qua.han-che": [
            "Việc giám sát chính sách hỗ trợ giống, vật tư nông nghiệp ở một số nơi chưa thường "
            "xuyên; kiến nghị của nông dân về giá cả vật tư chưa được phản ánh kịp thời lên cấp "
            "trên."],
        "ket-qua.nguyen-nhan": [
            "Cán bộ hội cơ sở phần lớn kiêm nhiệm, ít được bồi dưỡng nghiệp vụ giám sát; quy chế "
            "phối hợp giữa Hội với Ủy ban nhân dân cấp xã sau sắp xếp chưa được ký kết lại."],
        "tac-dong": [
            "Nông dân tin tưởng vào đường lối của Đảng, tích cực tham gia xây dựng nông thôn mới, "
            "hiến hàng chục nghìn mét vuông đất làm đường; vị thế của Hội trong hệ thống chính trị "
            "được nâng lên."],
        "ket-qua.bai-hoc": [
            "Nơi nào cấp ủy, chính quyền thực sự coi Hội là cầu nối, lắng nghe nông dân từ khi "
            "hoạch định chính sách thì nơi đó chủ trương được thực hiện nhanh và bền vững."],
        "ket-qua.giai-phap": [
            "Ký kết lại quy chế phối hợp với chính quyền các xã sau sắp xếp; nâng cao chất lượng "
            "giám sát, phản biện; hỗ trợ hội viên liên kết sản xuất theo chuỗi giá trị."],
        "kien-nghi": [
            "Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí cho Hội thực hiện giám sát chính sách "
            "nông nghiệp và giao Hội tham gia thẩm định các chương trình hỗ trợ nông dân."],
    }, heads)
    R.signature(["- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Trung ương Hội NDVN;", "- Lưu VP."],
                ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Nguyễn Thị Thu Hà"],
                leak=["Nguyễn Thị Thu Hà"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows(figs))
    return R


def x004():
    figs = {"van-ban": 25, "hoi-nghi": 17, "tap-huan": 389, "doi-thoai": 26, "tiep-dan": 958,
            "don-nhan": 211, "don-giai-quyet": 203, "dan-van-kheo": 8, "truc-tuyen": 87.9}
    R = TextReport("x004", "X004", "dang-uy-xa-phuong", "txt-mail",
                   "Hoang Mai - BC KL114 (noi dung thu dien tu).txt",
                   "2026-04-16", "95-BC/ĐU", "Lê Thị Mai", figures=figs, shape="mail",
                   notes="Plain text of an E-MAIL BODY (Outlook, plain-text format) that the "
                         "secretariat saved as .txt: every line longer than 76 characters WRAPPED "
                         "at a space (paragraphs, the subject, the long part titles in capitals "
                         "and the appendix's tab-separated rows alike), paragraphs apart by a "
                         "blank line; the header typed with tabs; the appendix pasted from Excel "
                         "(STT, the outline's full indicator names, ĐVT, figure, Ghi chú), so the two "
                         "rows with a remark are broken over two lines, the remark's end on the "
                         "next line.")
    R.raw("ĐẢNG BỘ TỈNH NGHỆ AN\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "*",
          "Số 95-BC/ĐU\t\t\tHoàng Mai, ngày 16 tháng 4 năm 2026", "")
    R.leak("95-BC/ĐU", "Hoàng Mai, ngày 16 tháng 4")
    R.block("BÁO CÁO")
    R.block(SUBJECT)
    R.leak("BÁO CÁO", SUBJ_LEAK)
    R.block(OPENING.format(who="Ban Thường vụ Đảng ủy phường Hoàng Mai"))
    R.leak("Ban Thường vụ Đảng ủy phường Hoàng Mai báo cáo như sau")
    heads = [
        ("lanh-dao", 1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW CỦA BAN "
                        "BÍ THƯ TRÊN ĐỊA BÀN PHƯỜNG"),
        (None, 1, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW TRÊN ĐỊA BÀN PHƯỜNG "
                  "HOÀNG MAI"),
        ("ket-qua.noi-bat", 2, "1. Những kết quả nổi bật"),
        ("ket-qua.han-che", 2, "2. Tồn tại, hạn chế"),
        ("ket-qua.nguyen-nhan", 2, "3. Nguyên nhân"),
        ("ket-qua.bai-hoc", 2, "4. Bài học kinh nghiệm"),
        ("ket-qua.giai-phap", 2, "5. Phương hướng, giải pháp thời gian tới"),
        ("tac-dong", 1, "III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"),
        ("kien-nghi", 1, "IV. KIẾN NGHỊ, ĐỀ XUẤT"),
    ]
    texts = {
        "lanh-dao": [
            "Ban Thường vụ Đảng ủy phường ban hành 25 văn bản lãnh đạo, chỉ đạo, tổ chức 17 hội "
            "nghị quán triệt, sơ kết; phân công cấp ủy viên phụ trách các khối phố, theo dõi việc "
            "tiếp dân ở bộ phận một cửa của phường."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng 389 lượt cán bộ, công chức về kỹ năng giao tiếp, vận động Nhân dân; lãnh đạo "
            "phường tiếp 958 lượt công dân, chủ trì 26 cuộc đối thoại về giải phóng mặt bằng khu "
            "công nghiệp và cảng biển.",
            "Tiếp nhận 211 đơn thư, đã giải quyết 203 đơn; 8 mô hình Dân vận khéo được công nhận; "
            "tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến năm 2025 đạt 87,9% trên tổng số "
            "hồ sơ tiếp nhận."],
        "ket-qua.han-che": [
            "Công tác bồi thường, hỗ trợ tái định cư cho các hộ trong vùng dự án còn vướng mắc; một "
            "số tổ hòa giải ở khối phố hoạt động chưa hiệu quả, để đơn thư vượt cấp."],
        "ket-qua.nguyen-nhan": [
            "Nguồn gốc đất của nhiều hộ phức tạp qua các thời kỳ, chính sách bồi thường thay đổi; "
            "hòa giải viên cơ sở chủ yếu là người cao tuổi, ít được cập nhật pháp luật mới."],
        "ket-qua.bai-hoc": [
            "Công khai phương án bồi thường ngay từ đầu, kiên trì đối thoại với từng hộ là cách làm "
            "hiệu quả nhất để người dân đồng thuận bàn giao mặt bằng cho dự án."],
        "ket-qua.giai-phap": [
            "Kiện toàn tổ hòa giải ở các khối phố, bồi dưỡng pháp luật đất đai cho hòa giải viên; "
            "đẩy nhanh xây dựng khu tái định cư trước khi thu hồi đất của các hộ."],
        "tac-dong": [
            "Các dự án trọng điểm trên địa bàn được Nhân dân ủng hộ, bàn giao mặt bằng đúng tiến "
            "độ; niềm tin của người dân vào cấp ủy, chính quyền phường được nâng lên rõ rệt."],
        "kien-nghi": [
            "Đề nghị tỉnh bố trí vốn xây dựng khu tái định cư phục vụ dự án mở rộng cảng biển và "
            "ban hành bảng giá đất sát với giá thị trường để làm căn cứ bồi thường."],
    }
    for sec, level, title in heads:
        R.block(title)
        for t in texts.get(sec, []) if sec else []:
            R.p(t, sec)
    R.block("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Thường vụ "
            "Đảng ủy phường Hoàng Mai./.")
    R.leak("của Ban Thường vụ Đảng ủy phường Hoàng Mai./.")
    R.raw("Nơi nhận:\t\t\tT/M BAN THƯỜNG VỤ", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;\tBÍ THƯ",
          "- Lưu Văn phòng Đảng ủy.", "\t\t\t\tLê Thị Mai", "")
    R.leak("Nơi nhận", "Lê Thị Mai", "T/M BAN THƯỜNG VỤ", "Lưu Văn phòng Đảng ủy")
    R.block("BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    import yaml, os
    here = os.path.dirname(os.path.abspath(__file__))
    inds = yaml.safe_load(open(os.path.join(here, "..", "outline", "outline.yaml"),
                               encoding="utf-8"))["appendix"]["indicators"]
    R.raw("STT\tChỉ tiêu\tĐVT\tSố liệu\tGhi chú")
    remarks = {3: "Gồm cả cán bộ tổ dân phố, khối phố", 6: "Có 19 đơn trùng lặp, gửi nhiều nơi"}
    for i, ind in enumerate(inds, 1):
        R.raw(f"{i}\t{ind['name']}\t{LABELS[i - 1][1]}\t{vn(figs[ind['id']])}\t{remarks.get(i, '')}")
        R.table_text.append(ind["name"])
    R.raw("")
    return R


def btctu():
    figs = {"van-ban": 43, "hoi-nghi": 20, "tap-huan": 1310, "doi-thoai": 13, "tiep-dan": 162,
            "don-nhan": 98, "don-giai-quyet": 93, "dan-van-kheo": 4, "truc-tuyen": None}
    R = Report("btctu", "BTCTU", "co-quan-tham-muu", "docx", "BTCTU - BC 561 KL114.docx",
               "2026-04-09", "561-BC/BTCTU", "Nguyễn Văn Thắng", figures=figs,
               notes="Word file whose header block and signature are borderless tables of THREE "
                     "columns (left block | an empty spacer column | right block), as some "
                     "templates and PDF-to-Word conversions lay them out; the recipients in the "
                     "signature table's left column; every appendix figure written WITH ITS "
                     "UNIT in the cell ('43 văn bản', '1.310 lượt người', '13 cuộc', '98 đơn', "
                     "'4 mô hình'); online rate 'x'.")
    R.layout3([("TỈNH ỦY NGHỆ AN", False, False), ("BAN TỔ CHỨC", True, False), ("*", False, False),
               ("Số 561-BC/BTCTU", False, False)],
              [PARTY, ("", False, False), ("Nghệ An, ngày 09 tháng 4 năm 2026", False, True)],
              leak=["561-BC/BTCTU", "ngày 09 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Ban Tổ chức Tỉnh ủy"), leak="Ban Tổ chức Tỉnh ủy báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Ban Tổ chức Tỉnh ủy tham mưu ban hành 43 văn bản về công tác cán bộ gắn với trách "
            "nhiệm phục vụ Nhân dân; phối hợp tổ chức 20 hội nghị quán triệt, sơ kết việc đánh "
            "giá cán bộ theo sự hài lòng của người dân."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng kỹ năng dân vận cho 1.310 lượt người là cán bộ thuộc diện Ban Thường vụ quản "
            "lý và cán bộ chủ chốt cấp xã; lãnh đạo Ban chủ trì 13 cuộc đối thoại với cán bộ về "
            "chính sách sau sắp xếp.",
            "Bộ phận tiếp dân của Ban tiếp 162 lượt công dân, nhận 98 đơn thư về công tác cán bộ, "
            "đã xem xét, giải quyết hoặc chuyển cơ quan có thẩm quyền 93 đơn; 4 mô hình Dân vận "
            "khéo được công nhận."],
        "ket-qua.han-che": [
            "Việc lấy ý kiến Nhân dân nơi cư trú trong đánh giá cán bộ ở một số nơi còn hình thức; "
            "một số đơn thư về công tác cán bộ giải quyết chưa dứt điểm, gửi vượt cấp."],
        "ket-qua.nguyen-nhan": [
            "Chưa có quy định thống nhất về kênh phản hồi ý kiến của Nhân dân đối với cán bộ; cán "
            "bộ tổ chức cơ sở kiêm nhiệm, ít thời gian cho công tác dân vận."],
        "ket-qua.bai-hoc": [
            "Công tác cán bộ phải dân chủ, công khai, lấy sự tín nhiệm của Nhân dân làm thước đo; "
            "người đứng đầu cấp ủy phải trực tiếp đối thoại khi có vướng mắc về cán bộ."],
        "ket-qua.giai-phap": [
            "Hoàn thiện quy định đánh giá cán bộ gắn với kết quả phục vụ Nhân dân; mở kênh tiếp "
            "nhận phản ánh trực tuyến về thái độ, trách nhiệm của cán bộ, công chức."],
        "tac-dong": [
            "Chất lượng đội ngũ cán bộ được nâng lên; tỷ lệ cán bộ được Nhân dân nơi cư trú đánh "
            "giá tốt tăng qua từng năm, củng cố niềm tin vào công tác cán bộ của Đảng."],
        "kien-nghi": [
            "Đề nghị Ban Tổ chức Trung ương ban hành hướng dẫn lấy ý kiến Nhân dân trong đánh giá, "
            "xếp loại cán bộ, công chức cấp xã theo mô hình chính quyền địa phương hai cấp."],
    })
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Tổ chức "
          "Tỉnh ủy./.", leak="của Ban Tổ chức Tỉnh ủy./.")
    R.layout3([("Nơi nhận:", True, True, "left"), ("- Thường trực Tỉnh ủy (b/c);", False, False, "left"),
               ("- Ban Tuyên giáo và Dân vận Tỉnh ủy;", False, False, "left"),
               ("- Lưu VT, BTC.", False, False, "left")],
              [("K/T TRƯỞNG BAN", True, False), ("PHÓ TRƯỞNG BAN", True, False), ("", False, False),
               ("", False, False), ("Nguyễn Văn Thắng", True, False)],
              leak=["Nơi nhận", "K/T TRƯỞNG BAN", "Nguyễn Văn Thắng", "Lưu VT, BTC"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    R.table(stat_rows_units(figs, {"van-ban": "văn bản", "hoi-nghi": "hội nghị",
                                   "tap-huan": "lượt người", "doi-thoai": "cuộc",
                                   "tiep-dan": "lượt", "don-nhan": "đơn", "don-giai-quyet": "đơn",
                                   "dan-van-kheo": "mô hình"}))
    return R


def snnmt():
    figs = {"van-ban": 47, "hoi-nghi": 22, "tap-huan": 2390, "doi-thoai": 30, "tiep-dan": 506,
            "don-nhan": 289, "don-giai-quyet": 274, "dan-van-kheo": 12, "truc-tuyen": 92.6}
    R = Report("snnmt", "SNNMT", "so-nganh", "odt", "SNNMT - BC 1648 KL114.odt",
               "2026-04-16", "1648/BC-SNNMT", "Hồ Văn Tuấn", figures=figs,
               tolerated=["conversion"],
               notes="OpenDocument (.odt) as LibreOffice Writer 7.4 saves it (a unit working in "
                     "LibreOffice): state header table, Heading 1 / Heading 2 with typed numbers, "
                     "signature table, the usual appendix table. baocao reads it through "
                     "LibreOffice (README: .odt converted headless to .docx); the 'conversion' "
                     "note is its due.")
    department_header(R, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "1648/BC-SNNMT", "16")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Sở Nông nghiệp và Môi trường"),
          leak="Sở Nông nghiệp và Môi trường báo cáo như sau")
    body(R, {
        "lanh-dao": [
            "Đảng ủy, lãnh đạo Sở ban hành 47 văn bản lãnh đạo, chỉ đạo, tổ chức 22 hội nghị quán "
            "triệt, sơ kết; giao người đứng đầu các chi cục trực tiếp chịu trách nhiệm về tiếp dân "
            "trong lĩnh vực đất đai, môi trường."],
        "ket-qua.noi-bat": [
            "Bồi dưỡng kỹ năng dân vận cho 2.390 lượt công chức, viên chức và cán bộ khuyến nông; "
            "lãnh đạo Sở tiếp 506 lượt công dân, chủ trì 30 cuộc đối thoại về thu hồi đất, ô nhiễm "
            "làng nghề và trang trại chăn nuôi.",
            "Tiếp nhận 289 đơn thư, đã giải quyết 274 đơn; 12 mô hình Dân vận khéo trong sản xuất "
            "nông nghiệp được công nhận; tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 92,6%."],
        "ket-qua.han-che": [
            "Ô nhiễm tại một số làng nghề chế biến hải sản chậm được xử lý; việc cấp giấy chứng nhận "
            "quyền sử dụng đất cho các hộ sử dụng đất nông, lâm trường còn vướng mắc."],
        "ket-qua.nguyen-nhan": [
            "Nguồn lực đầu tư cho xử lý môi trường nông thôn hạn chế; hồ sơ đất có nguồn gốc từ "
            "nông, lâm trường thiếu đồng bộ, ranh giới chưa được đo đạc lại."],
        "ket-qua.bai-hoc": [
            "Dự án liên quan đến đất đai, môi trường phải lấy ý kiến người dân từ khi lập quy hoạch; "
            "minh bạch thông tin là điều kiện để Nhân dân đồng thuận."],
        "ket-qua.giai-phap": [
            "Hoàn thành cơ sở dữ liệu đất đai toàn tỉnh; xây dựng bản đồ điểm nóng môi trường, giao "
            "trách nhiệm xử lý dứt điểm từng điểm với thời hạn cụ thể."],
        "tac-dong": [
            "Nông dân chủ động liên kết sản xuất, chuyển đổi cây trồng; khiếu kiện đông người về "
            "đất đai giảm mạnh, góp phần ổn định tình hình an ninh nông thôn."],
        "kien-nghi": [
            "Đề nghị Bộ Nông nghiệp và Môi trường hỗ trợ kinh phí xử lý ô nhiễm làng nghề và hướng "
            "dẫn cấp giấy chứng nhận cho đất có nguồn gốc nông, lâm trường."],
    }, h=lambda R, t, lv: R.h(t, style="word", level=lv))
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nông nghiệp "
          "và Môi trường./.", leak="của Sở Nông nghiệp và Môi trường./.")
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hồ Văn Tuấn"], leak=["Hồ Văn Tuấn"])
    R.pagebreak()
    R.center("PHỤ LỤC")
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.table(stat_rows(figs))
    return R


def ttt():
    figs = {"van-ban": 20, "hoi-nghi": 12, "tap-huan": 915, "doi-thoai": 26, "tiep-dan": 1442,
            "don-nhan": 768, "don-giai-quyet": 741, "dan-van-kheo": 3, "truc-tuyen": 100.0}
    R = Report("ttt", "TTT", "so-nganh", "docx", "Thanh tra tinh - BC 104 KL114.docx",
               "2026-04-15", "104/BC-TTr", "Đặng Quốc Bảo", figures=figs,
               notes="Word file typed with the SHIFT+ENTER habit: each Roman part's title is a "
                     "paragraph of its own (bold), but everything under it — the sub-headings "
                     "'1. Những kết quả nổi bật' … (bold italic runs) and their paragraphs — is "
                     "ONE Word paragraph whose lines are apart by line breaks (w:br), so that "
                     "Word adds no paragraph spacing between them. The officer reads the "
                     "sub-parts as on paper.")
    department_header(R, "THANH TRA TỈNH", "104/BC-TTr", "15")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app(OPENING.format(who="Thanh tra tỉnh"), leak="Thanh tra tỉnh báo cáo như sau")

    def part(title, items):
        R.h(title, style="bold")
        par = R.doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.paragraph_format.first_line_indent = Mm(10)
        for i, (kind, text, sec) in enumerate(items):
            if i:
                par.add_run().add_break()
            r = par.add_run(text)
            if kind == "h":
                r.bold, r.italic = True, True
            else:
                R.paragraphs.append((text, sec))

    part("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", [
        ("p", "Chi ủy, lãnh đạo Thanh tra tỉnh ban hành 20 văn bản triển khai Kết luận gắn với "
              "Luật Tiếp công dân; tổ chức 12 hội nghị quán triệt, sơ kết về trách nhiệm tiếp dân "
              "của người đứng đầu các cấp.", "lanh-dao")])
    part("II. KẾT QUẢ ĐẠT ĐƯỢC", [
        ("h", "1. Những kết quả nổi bật", None),
        ("p", "Bồi dưỡng nghiệp vụ tiếp công dân, xử lý đơn cho 915 lượt thanh tra viên và cán bộ "
              "tiếp dân; Trụ sở tiếp công dân tỉnh tiếp 1.442 lượt công dân, tham mưu 26 cuộc đối "
              "thoại của Chủ tịch Ủy ban nhân dân tỉnh.", "ket-qua.noi-bat"),
        ("p", "Tiếp nhận 768 đơn thư, đã giải quyết 741 đơn, nhiều vụ việc phức tạp, kéo dài được "
              "giải quyết dứt điểm; 3 mô hình Dân vận khéo được công nhận; toàn bộ thủ tục của "
              "ngành được tiếp nhận trực tuyến.", "ket-qua.noi-bat"),
        ("h", "2. Hạn chế", None),
        ("p", "Một số vụ việc khiếu nại về bồi thường giải phóng mặt bằng vẫn kéo dài; việc thực "
              "hiện kết luận thanh tra ở vài địa phương chưa nghiêm, thu hồi tiền sai phạm chậm.",
         "ket-qua.han-che"),
        ("h", "3. Nguyên nhân", None),
        ("p", "Chính sách bồi thường thay đổi qua nhiều thời kỳ; một số người đứng đầu chưa trực "
              "tiếp tiếp dân định kỳ mà giao lại cho cấp phó, chế tài xử lý chưa đủ mạnh.",
         "ket-qua.nguyen-nhan"),
        ("h", "4. Bài học kinh nghiệm", None),
        ("p", "Giải quyết khiếu nại phải đến nơi đến chốn ngay từ cơ sở, lấy đối thoại làm phương "
              "thức chính; người đứng đầu trực tiếp tiếp dân thì vụ việc được giải quyết nhanh.",
         "ket-qua.bai-hoc"),
        ("h", "5. Phương hướng, nhiệm vụ thời gian tới", None),
        ("p", "Rà soát toàn bộ vụ việc tồn đọng, phân công lãnh đạo phụ trách từng vụ; vận hành "
              "đồng bộ cơ sở dữ liệu quốc gia về khiếu nại, tố cáo đến cấp xã.",
         "ket-qua.giai-phap")])
    part("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", [
        ("p", "Số đoàn đông người, khiếu kiện vượt cấp giảm mạnh so với giai đoạn trước; Nhân dân "
              "tin tưởng hơn vào sự công tâm, khách quan của cơ quan thanh tra các cấp.", "tac-dong")])
    part("IV. KIẾN NGHỊ", [
        ("p", "Đề nghị Thanh tra Chính phủ hướng dẫn việc tiếp công dân của Chủ tịch Ủy ban nhân "
              "dân cấp xã sau khi tổ chức chính quyền địa phương hai cấp, bảo đảm không có khoảng "
              "trống.", "kien-nghi")])
    R.signature(["- Như trên;", "- Lưu: VT."], ["CHÁNH THANH TRA", "", "", "Đặng Quốc Bảo"],
                leak=["Đặng Quốc Bảo", "CHÁNH THANH TRA"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU")
    rows = stat_rows(figs)
    rows[9][3] = "100"
    R.table(rows)
    return R


REPORTS = [stc, hnd, x004, btctu, snnmt, ttt]
