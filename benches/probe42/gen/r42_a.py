"""probe42 reports 1-6: Markdown pipe tables for header and signature (BTCTU), a header table
with merged cells (DUQS), parts in another order with an Excel appendix of several sheets
(STC), lessons as a Roman part and a row of column numbers (TTT), a Word table of contents
(SNV, and the same through pandoc for SGDDT)."""

from docbuild import MdReport, Report42 as Report
from r42_common import (LABELS, department_header, PARTY, RECIPIENTS_PARTY, SUBJ_LEAK,
                        SUBJECT, stat_rows, vn)


def btctu():
    figs = {"van-ban": 41, "hoi-nghi": 19, "tap-huan": 1276, "doi-thoai": 12, "tiep-dan": 158,
            "don-nhan": 96, "don-giai-quyet": 91, "dan-van-kheo": 4, "truc-tuyen": None}
    R = MdReport("btctu", "BTCTU", "co-quan-tham-muu", "md-hand", "BTC - BC 548 KL114.md",
                 "2026-04-08", "548-BC/BTCTU", "Nguyễn Văn Thắng", figures=figs,
                 notes="Markdown a unit pasted from a web page (thuvienphapluat style): the "
                       "header block a two-column PIPE TABLE with one row per line (its first "
                       "row 'TỈNH ỦY NGHỆ AN | ĐẢNG CỘNG SẢN VIỆT NAM' the table's header "
                       "row), the signature and 'Nơi nhận:' side by side in a pipe table the "
                       "same way (Nơi nhận left, 'K/T TRƯỞNG BAN' / 'PHÓ TRƯỞNG BAN' / name "
                       "right, one line a row); '##' headings I.-V.; the online rate 'x' "
                       "(no administrative procedures at the Board).")
    R.raw("| TỈNH ỦY NGHỆ AN | ĐẢNG CỘNG SẢN VIỆT NAM |", "|---|---|",
          "| **BAN TỔ CHỨC** | |", "| \\* | *Nghệ An, ngày 08 tháng 4 năm 2026* |",
          "| Số 548-BC/BTCTU | |", "")
    R.leak("548-BC/BTCTU", "ngày 08 tháng 4 năm 2026")
    R.block("**BÁO CÁO**")
    R.block("**" + SUBJECT + "**")
    R.leak("BÁO CÁO", SUBJ_LEAK)
    R.block("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức "
            "Tỉnh ủy báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW như sau:")
    R.leak("Ban Tổ chức Tỉnh ủy báo cáo kết quả 10 năm")
    R.block("## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Ban Tổ chức Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành 41 văn bản về công tác cán "
        "bộ gắn với dân vận chính quyền, trong đó có quy định về tiêu chí đánh giá cán bộ theo "
        "sự hài lòng của Nhân dân; phối hợp tổ chức 19 hội nghị quán triệt, sơ kết.", "lanh-dao")
    R.block("## II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    R.block("### 1. Những kết quả nổi bật")
    R.p("Đã bồi dưỡng 1.276 lượt cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý về kỹ năng dân "
        "vận; lãnh đạo Ban chủ trì 12 cuộc đối thoại với cán bộ, đảng viên về chính sách sau "
        "sắp xếp tổ chức bộ máy.", "ket-qua.noi-bat")
    R.p("Bộ phận tiếp dân của Ban tiếp 158 lượt công dân, nhận 96 đơn thư liên quan đến công tác "
        "cán bộ và đã xem xét, giải quyết hoặc chuyển cơ quan có thẩm quyền 91 đơn; 4 mô hình "
        "Dân vận khéo của ngành được công nhận.", "ket-qua.noi-bat")
    R.block("### 2. Tồn tại, hạn chế")
    R.p("Việc lấy ý kiến Nhân dân nơi cư trú trong đánh giá cán bộ có nơi còn hình thức; một số "
        "đơn thư về công tác cán bộ giải quyết chưa dứt điểm, còn gửi vượt cấp nhiều lần.",
        "ket-qua.han-che")
    R.block("### 3. Nguyên nhân")
    R.p("Quy định về kênh phản hồi ý kiến của Nhân dân đối với cán bộ chưa đầy đủ; cán bộ làm "
        "công tác tổ chức ở cơ sở kiêm nhiệm nhiều việc, thời gian đầu tư cho công tác dân vận "
        "còn hạn chế.", "ket-qua.nguyen-nhan")
    R.block("### 4. Bài học kinh nghiệm")
    R.p("Công tác cán bộ phải công khai, dân chủ, lấy sự hài lòng, tín nhiệm của Nhân dân làm "
        "thước đo; người đứng đầu cấp ủy phải trực tiếp đối thoại khi có vướng mắc về chính "
        "sách cán bộ.", "ket-qua.bai-hoc")
    R.block("### 5. Phương hướng, giải pháp")
    R.p("Hoàn thiện quy định đánh giá cán bộ gắn với kết quả phục vụ Nhân dân; số hóa hồ sơ cán "
        "bộ, mở kênh tiếp nhận phản ánh trực tuyến về thái độ, trách nhiệm của cán bộ, công "
        "chức.", "ket-qua.giai-phap")
    R.block("## III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.p("Chất lượng đội ngũ cán bộ được nâng lên, tỷ lệ cán bộ được Nhân dân nơi cư trú đánh giá "
        "tốt tăng qua từng năm; niềm tin của cán bộ, đảng viên vào công tác cán bộ được củng cố.",
        "tac-dong")
    R.block("## IV. KIẾN NGHỊ, ĐỀ XUẤT")
    R.p("Đề nghị Ban Tổ chức Trung ương ban hành hướng dẫn thống nhất việc lấy ý kiến Nhân dân "
        "trong đánh giá, xếp loại cán bộ, công chức cấp xã theo mô hình chính quyền hai cấp.",
        "kien-nghi")
    R.block("## V. PHỤ LỤC SỐ LIỆU")
    rows = stat_rows(figs)
    R.table(rows, align=["---:", "---", "---", "---:"])
    R.block("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Tổ chức "
            "Tỉnh ủy./.")
    R.leak("báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Tổ chức Tỉnh ủy")
    R.raw("| **Nơi nhận:** | **K/T TRƯỞNG BAN** |", "|---|---|",
          "| - Thường trực Tỉnh ủy (b/c); | **PHÓ TRƯỞNG BAN** |",
          "| - Ban Tuyên giáo và Dân vận Tỉnh ủy; | |",
          "| - Lưu VT, BTC. | |",
          "| | **Nguyễn Văn Thắng** |", "")
    R.leak("Nơi nhận", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Thắng", "Lưu VT, BTC")
    return R


def duqs():
    figs = {"van-ban": 33, "hoi-nghi": 27, "tap-huan": 2418, "doi-thoai": 15, "tiep-dan": 207,
            "don-nhan": 64, "don-giai-quyet": 64, "dan-van-kheo": 21, "truc-tuyen": None}
    R = Report("duqs", "DUQS", "dang-uy-truc-thuoc", "docx", "DUQS BC312 tong ket KL114.docx",
               "2026-04-10", "312-BC/ĐU", "Hoàng Văn Phong", figures=figs,
               notes="Word file: the header block a borderless 2x2 table with MERGED cells: the "
                     "left cell merged down over both rows (ĐẢNG BỘ TỈNH NGHỆ AN / ĐẢNG ỦY "
                     "QUÂN SỰ TỈNH / * / Số 312-BC/ĐU, a paragraph each), the right column "
                     "'ĐẢNG CỘNG SẢN VIỆT NAM' (underlined) in row 1 and the place and date "
                     "alone, italic, in row 2; bold typed headings I. / 1.; online rate 'x'.")
    R.header_merged([("ĐẢNG BỘ TỈNH NGHỆ AN", False, False), ("ĐẢNG ỦY QUÂN SỰ TỈNH", True, False),
                     ("*", False, False), ("Số 312-BC/ĐU", False, False)],
                    [PARTY], "Nghệ An, ngày 10 tháng 4 năm 2026",
                    leak=["312-BC/ĐU", "ngày 10 tháng 4 năm 2026"])
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Đảng ủy Quân "
          "sự tỉnh báo cáo như sau:", leak="Đảng ủy Quân sự tỉnh báo cáo như sau")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy Quân sự tỉnh ban hành 33 nghị quyết, chỉ thị, kế hoạch lãnh đạo công tác dân vận "
        "trong lực lượng vũ trang tỉnh; tổ chức 27 hội nghị quán triệt, sơ kết đến cán bộ chủ "
        "trì các cơ quan, đơn vị và ban chỉ huy quân sự cấp xã.", "lanh-dao")
    R.h("II. KẾT QUẢ THỰC HIỆN")
    R.h("1. Những kết quả nổi bật", style="bi")
    R.p("Bồi dưỡng kỹ năng dân vận cho 2.418 lượt cán bộ, chiến sĩ; lực lượng vũ trang tỉnh giúp "
        "Nhân dân hơn 96 nghìn ngày công khắc phục hậu quả bão lũ, xây dựng nông thôn mới và nhà "
        "tình nghĩa ở vùng biên giới.", "ket-qua.noi-bat")
    R.p("Thủ trưởng Bộ Chỉ huy tiếp 207 lượt công dân, chủ trì 15 cuộc đối thoại về đất quốc "
        "phòng; nhận và giải quyết dứt điểm 64 đơn thư; 21 mô hình Dân vận khéo của các đơn vị "
        "được công nhận.", "ket-qua.noi-bat")
    R.h("2. Hạn chế, khó khăn", style="bi")
    R.p("Việc quản lý, sử dụng đất quốc phòng ở một số nơi còn tranh chấp với người dân kéo dài; "
        "nắm tình hình địa bàn biên giới, vùng đồng bào dân tộc thiểu số có lúc chưa sâu.",
        "ket-qua.han-che")
    R.h("3. Nguyên nhân", style="bi")
    R.p("Hồ sơ đất quốc phòng được giao từ nhiều thời kỳ, mốc giới không rõ; lực lượng làm công "
        "tác dân vận ở các đơn vị mỏng, thường xuyên luân chuyển theo nhiệm vụ huấn luyện, sẵn "
        "sàng chiến đấu.", "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", style="bi")
    R.p("Dựa vào dân, vì dân là gốc của mọi nhiệm vụ quốc phòng ở địa phương; đơn vị đóng quân ở "
        "đâu phải gắn bó với cấp ủy, chính quyền và Nhân dân ở đó như ruột thịt.",
        "ket-qua.bai-hoc")
    R.h("5. Nhiệm vụ, giải pháp", style="bi")
    R.p("Đẩy mạnh phong trào thi đua Dân vận khéo trong lực lượng vũ trang; rà soát, cắm mốc, "
        "công khai ranh giới đất quốc phòng, giải quyết dứt điểm các vụ tranh chấp kéo dài.",
        "ket-qua.giai-phap")
    R.h("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.p("Hình ảnh Bộ đội Cụ Hồ được tô thắm trong lòng Nhân dân; thế trận lòng dân trong khu vực "
        "phòng thủ tỉnh được củng cố, góp phần giữ vững ổn định chính trị ở địa bàn biên giới.",
        "tac-dong")
    R.h("IV. KIẾN NGHỊ")
    R.p("Đề nghị Bộ Quốc phòng, Ủy ban nhân dân tỉnh bố trí kinh phí đo đạc, cấp giấy chứng nhận "
        "quyền sử dụng đất quốc phòng để chấm dứt tình trạng tranh chấp với người dân.",
        "kien-nghi")
    R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Đảng ủy Quân sự "
          "tỉnh./.", leak="của Đảng ủy Quân sự tỉnh./.")
    R.signature(RECIPIENTS_PARTY, ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Hoàng Văn Phong"],
                leak=["Hoàng Văn Phong", "T/M ĐẢNG ỦY"])
    R.pagebreak()
    R.center("PHỤ LỤC", leak=None)
    R.center("SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    R.table(stat_rows(figs))
    return R


def stc():
    figs = {"van-ban": 26, "hoi-nghi": 14, "tap-huan": 1943, "doi-thoai": 9, "tiep-dan": 312,
            "don-nhan": 187, "don-giai-quyet": 180, "dan-van-kheo": 5, "truc-tuyen": 96.2}
    R = Report("stc", "STC", "so-nganh", "docx", "STC - Bao cao 214 KL114.docx",
               "2026-04-14", "214/BC-STC", "Phạm Thị Thu Hằng", figures=figs,
               tolerated=["section-order"],
               notes="Word file, state header; parts out of the outline's order: 'IV. KIẾN NGHỊ, "
                     "ĐỀ XUẤT' BEFORE 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI' "
                     "(the officer files the directions under the results' solutions as "
                     "always; section-order tolerated); no table in the report: '(Có các biểu "
                     "số liệu kèm theo)' and an Excel workbook 'STC_Cac bieu so lieu.xlsx' "
                     "with THREE sheets, one per 'Biểu' (Biểu 01 leadership and training, "
                     "Biểu 02 reception and petitions, Biểu 03 models and the online rate), "
                     "each with its own title rows and header.")
    department_header(R, "SỞ TÀI CHÍNH", "214/BC-STC", "14")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Tài chính "
          "báo cáo như sau:", leak="Sở Tài chính báo cáo như sau")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Đảng ủy, Ban Giám đốc Sở ban hành 26 văn bản chỉ đạo thực hiện Kết luận, lồng ghép nội "
        "dung dân vận chính quyền vào quy chế làm việc của Sở; tổ chức 14 hội nghị quán triệt, "
        "sơ kết cho công chức, người lao động.", "lanh-dao")
    R.h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")
    R.h("1. Những kết quả nổi bật", style="bi")
    R.p("Tập huấn nghiệp vụ và kỹ năng giao tiếp với người dân, doanh nghiệp cho 1.943 lượt công "
        "chức ngành tài chính; thủ tục hành chính về ngân sách, giá, công sản được công khai đầy "
        "đủ trên cổng dịch vụ công.", "ket-qua.noi-bat")
    R.p("Lãnh đạo Sở tiếp 312 lượt công dân, tổ chức 9 cuộc đối thoại với doanh nghiệp; nhận 187 "
        "đơn thư, đã giải quyết 180 đơn; tỷ lệ hồ sơ giải quyết trực tuyến năm 2025 đạt 96,2%; 5 "
        "mô hình Dân vận khéo được công nhận.", "ket-qua.noi-bat")
    R.h("2. Tồn tại, hạn chế", style="bi")
    R.p("Việc thẩm định giá đất, quyết toán dự án đầu tư có hồ sơ còn chậm, gây bức xúc cho người "
        "dân có đất bị thu hồi; một số phản ánh về giá dịch vụ công trả lời chưa kịp thời.",
        "ket-qua.han-che")
    R.h("3. Nguyên nhân", style="bi")
    R.p("Quy định về giá đất thay đổi nhiều lần trong giai đoạn chuyển tiếp của Luật Đất đai; "
        "số công chức có chuyên môn thẩm định giá ít so với khối lượng hồ sơ tăng nhanh.",
        "ket-qua.nguyen-nhan")
    R.h("4. Bài học kinh nghiệm", style="bi")
    R.p("Chính sách tài chính chạm đến lợi ích trực tiếp của người dân phải được giải thích sớm, "
        "công khai cách tính; đối thoại với doanh nghiệp định kỳ giúp phát hiện vướng mắc từ "
        "gốc.", "ket-qua.bai-hoc")
    R.h("III. TÁC ĐỘNG")
    R.p("Sự hài lòng của doanh nghiệp về thủ tục tài chính, ngân sách tăng rõ; kỷ luật, kỷ cương "
        "tài chính được siết chặt, góp phần củng cố niềm tin của Nhân dân vào chính quyền.",
        "tac-dong")
    R.h("IV. KIẾN NGHỊ, ĐỀ XUẤT")
    R.p("Đề nghị Bộ Tài chính sớm ban hành hướng dẫn thống nhất về định giá đất cụ thể và cơ chế "
        "tài chính cho công tác dân vận của cơ quan nhà nước ở cấp xã.", "kien-nghi")
    R.h("V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    R.p("Tiếp tục đơn giản hóa thủ tục, chuyển toàn bộ hồ sơ quyết toán sang môi trường số; công "
        "khai tiến độ giải quyết hồ sơ của từng công chức để người dân giám sát.",
        "ket-qua.giai-phap")
    R.app("(Có các biểu số liệu kèm theo)", leak="Có các biểu số liệu kèm theo", italic=True)
    R.signature(["- Như trên;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Phạm Thị Thu Hằng"],
                leak=["Phạm Thị Thu Hằng", "KT. GIÁM ĐỐC"])
    title = lambda n, t: ["SỞ TÀI CHÍNH TỈNH NGHỆ AN", f"BIỂU {n}: {t}",
                          "(Kèm theo Báo cáo số 214/BC-STC ngày 14/4/2026)"]
    hdr = ["STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"]
    R.xlsx_sheets = ("STC_Cac bieu so lieu.xlsx", [
        dict(name="Bieu 01", title=title("01", "LÃNH ĐẠO, CHỈ ĐẠO, TẬP HUẤN"), header=hdr,
             rows=[[1, LABELS[0][0], "Văn bản", 26, ""], [2, LABELS[1][0], "Hội nghị", 14, ""],
                   [3, LABELS[2][0], "Lượt", 1943, ""]]),
        dict(name="Bieu 02", title=title("02", "TIẾP CÔNG DÂN, ĐỐI THOẠI, ĐƠN THƯ"), header=hdr,
             rows=[[1, LABELS[3][0], "Cuộc", 9, ""], [2, LABELS[4][0], "Lượt", 312, ""],
                   [3, LABELS[5][0], "Đơn", 187, ""], [4, LABELS[6][0], "Đơn", 180, ""]]),
        dict(name="Bieu 03", title=title("03", "MÔ HÌNH, DỊCH VỤ CÔNG TRỰC TUYẾN"), header=hdr,
             rows=[[1, LABELS[7][0], "Mô hình", 5, ""],
                   [2, LABELS[8][0], "%", 96.2, "", {"fmt": {4: "0.0"}}]]),
    ])
    return R


def ttt():
    figs = {"van-ban": 18, "hoi-nghi": 11, "tap-huan": 864, "doi-thoai": 23, "tiep-dan": 1385,
            "don-nhan": 742, "don-giai-quyet": 718, "dan-van-kheo": 3, "truc-tuyen": 100.0}
    R = Report("ttt", "TTT", "so-nganh", "docx", "Thanh tra tinh BC 96 KL114.docx",
               "2026-04-15", "96/BC-TTr", "Đặng Quốc Bảo", figures=figs,
               notes="Word file, state header; 'BÀI HỌC KINH NGHIỆM' as a Roman part of its own "
                     "(IV.) between 'III. HẠN CHẾ VÀ NGUYÊN NHÂN' (1. Hạn chế / 2. Nguyên nhân) "
                     "and 'V. TÁC ĐỘNG'; VI. directions, VII. requests; appendix table with a "
                     "row of column numbers '(1) (2) (3) (4) (5)' under its header (as the "
                     "inspectorate's statistical forms have), the online rate '100'.")
    department_header(R, "THANH TRA TỈNH", "96/BC-TTr", "15")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Thanh tra tỉnh "
          "báo cáo như sau:", leak="Thanh tra tỉnh báo cáo như sau")
    R.h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
    R.p("Chi ủy, lãnh đạo Thanh tra tỉnh ban hành 18 văn bản triển khai Kết luận gắn với Luật "
        "Tiếp công dân; tổ chức 11 hội nghị quán triệt, sơ kết, tập trung vào trách nhiệm tiếp "
        "dân của người đứng đầu.", "lanh-dao")
    R.h("II. KẾT QUẢ ĐẠT ĐƯỢC")
    R.p("Tổ chức 864 lượt bồi dưỡng nghiệp vụ tiếp công dân, xử lý đơn cho thanh tra viên và cán "
        "bộ tiếp dân các cấp; Trụ sở tiếp công dân tỉnh tiếp 1.385 lượt công dân, tham mưu 23 "
        "cuộc đối thoại của Chủ tịch tỉnh.", "ket-qua.noi-bat")
    R.p("Tiếp nhận 742 đơn thư, đã giải quyết 718 đơn, nhiều vụ việc đông người, phức tạp được "
        "giải quyết dứt điểm; 3 mô hình Dân vận khéo được công nhận; 100% hồ sơ thủ tục được "
        "tiếp nhận, trả kết quả trực tuyến.", "ket-qua.noi-bat")
    R.h("III. HẠN CHẾ VÀ NGUYÊN NHÂN")
    R.h("1. Hạn chế", style="bi")
    R.p("Một số vụ việc khiếu nại về đất đai, bồi thường giải phóng mặt bằng kéo dài qua nhiều "
        "năm; việc thực hiện kết luận thanh tra ở vài địa phương chưa nghiêm, thu hồi sai phạm "
        "còn chậm.", "ket-qua.han-che")
    R.h("2. Nguyên nhân", style="bi")
    R.p("Chính sách bồi thường thay đổi qua nhiều thời kỳ, hồ sơ địa chính không đầy đủ; một số "
        "người đứng đầu chưa trực tiếp tiếp dân định kỳ mà giao lại cho cấp phó.",
        "ket-qua.nguyen-nhan")
    R.h("IV. BÀI HỌC KINH NGHIỆM")
    R.p("Giải quyết khiếu nại phải đến nơi đến chốn ngay từ cơ sở, lấy đối thoại làm phương thức "
        "chính; người đứng đầu trực tiếp tiếp dân thì vụ việc được giải quyết nhanh và thấu tình "
        "đạt lý.", "ket-qua.bai-hoc")
    R.h("V. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN")
    R.p("Số đoàn đông người, khiếu kiện vượt cấp giảm mạnh so với giai đoạn trước; trật tự, an "
        "toàn xã hội được giữ vững, Nhân dân tin tưởng hơn vào sự công tâm của cơ quan thanh tra.",
        "tac-dong")
    R.h("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
    R.p("Rà soát toàn bộ vụ việc tồn đọng, phân công lãnh đạo phụ trách từng vụ; đưa cơ sở dữ "
        "liệu quốc gia về khiếu nại, tố cáo vào vận hành đồng bộ đến cấp xã.",
        "ket-qua.giai-phap")
    R.h("VII. KIẾN NGHỊ")
    R.p("Đề nghị Thanh tra Chính phủ hướng dẫn việc tiếp công dân của Chủ tịch Ủy ban nhân dân "
        "cấp xã sau khi bỏ cấp huyện, bảo đảm không để khoảng trống trong giải quyết khiếu nại.",
        "kien-nghi")
    R.signature(["- Như trên;", "- Lưu: VT."],
                ["CHÁNH THANH TRA", "", "", "Đặng Quốc Bảo"], leak=["Đặng Quốc Bảo",
                                                                     "CHÁNH THANH TRA"])
    R.pagebreak()
    R.center("BIỂU SỐ LIỆU TỔNG KẾT 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW")
    rows = stat_rows(figs, note_col=True)
    rows[9][3] = "100"
    rows.insert(1, ["(1)", "(2)", "(3)", "(4)", "(5)"])
    R.table(rows, bold_rows=(0, 1))
    return R


def _toc_report(R, name, figs, texts):
    """SNV / SGDDT: Heading 1/2 styled headings (numbers typed) with _Toc bookmarks and a
    Word TOC field after the title block."""
    heads = [(1, "I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 2),
             (1, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 2),
             (2, "1. Những kết quả nổi bật", 2), (2, "2. Tồn tại, hạn chế", 3),
             (2, "3. Nguyên nhân", 3), (2, "4. Bài học kinh nghiệm", 4),
             (2, "5. Chủ trương, giải pháp trong giai đoạn mới", 4),
             (1, "III. ĐÁNH GIÁ TÁC ĐỘNG", 4), (1, "IV. KIẾN NGHỊ, ĐỀ XUẤT", 5),
             (1, "PHỤ LỤC: BIỂU SỐ LIỆU", 6)]
    entries = [(lv, t, pg, f"_Toc19{i:04d}") for i, (lv, t, pg) in enumerate(heads)]
    R.center("MỤC LỤC", leak="MỤC LỤC")
    R.toc(None, entries)
    # each TOC line would also hold a snippet-free heading: nothing to record
    R.pagebreak()
    return entries


def snv():
    figs = {"van-ban": 52, "hoi-nghi": 31, "tap-huan": 4127, "doi-thoai": 22, "tiep-dan": 611,
            "don-nhan": 345, "don-giai-quyet": 333, "dan-van-kheo": 9, "truc-tuyen": 94.1}
    R = Report("snv", "SNV", "so-nganh", "docx", "SNV - BC tong ket KL114 (co muc luc).docx",
               "2026-04-09", "198/BC-SNV", "Võ Thị Lan Anh", figures=figs,
               notes="Word file with a TABLE OF CONTENTS: 'MỤC LỤC' then a Word TOC field as "
                     "Word inserts it (TOC \\o \"1-3\" \\h \\z \\u; one paragraph per entry in "
                     "style 'toc 1'/'toc 2', a hyperlink to the heading's _Toc bookmark, a dot-"
                     "leader tab and a PAGEREF page number), a page break, then the opening "
                     "and Heading 1 / Heading 2 headings (numbers typed) carrying the _Toc "
                     "bookmarks. The TOC lines are apparatus (never headings, never text).")
    department_header(R, "SỞ NỘI VỤ", "198/BC-SNV", "09")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    entries = _toc_report(R, "snv", figs, None)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Nội vụ báo "
          "cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW như sau:",
          leak="Sở Nội vụ báo cáo kết quả 10 năm thực hiện Kết luận")
    body = {
        0: [("Ban cán sự đảng, Đảng ủy Sở ban hành 52 văn bản lãnh đạo, chỉ đạo; tổ chức 31 hội "
             "nghị quán triệt, sơ kết; đưa chỉ tiêu dân vận chính quyền vào đánh giá mức độ hoàn "
             "thành nhiệm vụ của từng phòng, đơn vị thuộc Sở.", "lanh-dao")],
        2: [("Bồi dưỡng đạo đức công vụ, kỹ năng dân vận cho 4.127 lượt cán bộ, công chức, viên "
             "chức; lãnh đạo Sở tiếp 611 lượt công dân và chủ trì 22 cuộc đối thoại về tuyển "
             "dụng, chính sách tinh giản biên chế.", "ket-qua.noi-bat"),
            ("Tiếp nhận 345 đơn thư và đã giải quyết 333 đơn; tỷ lệ hồ sơ thủ tục hành chính của "
             "ngành giải quyết trực tuyến năm 2025 đạt 94,1%; 9 mô hình Dân vận khéo được công "
             "nhận, khen thưởng.", "ket-qua.noi-bat")],
        3: [("Một bộ phận công chức còn ngại tiếp xúc, đối thoại trực tiếp với người dân; việc "
             "trả lời phản ánh, kiến nghị về chế độ chính sách sau sắp xếp có lúc chậm so với "
             "thời hạn.", "ket-qua.han-che")],
        4: [("Khối lượng hồ sơ chính sách tăng đột biến trong năm 2025 khi sắp xếp đơn vị hành "
             "chính; việc kiểm tra công vụ chưa thường xuyên, xử lý vi phạm có nơi còn nể nang.",
             "ket-qua.nguyen-nhan")],
        5: [("Muốn dân tin thì cán bộ phải gương mẫu, nói đi đôi với làm; mọi chính sách ảnh hưởng "
             "đến người lao động phải được giải thích đầy đủ trước khi thực hiện.",
             "ket-qua.bai-hoc")],
        6: [("Hoàn thiện bộ tiêu chí đánh giá công chức theo sự hài lòng của người dân; số hóa "
             "toàn bộ hồ sơ công chức và thủ tục chính sách người có công trong năm 2026.",
             "ket-qua.giai-phap")],
        7: [("Chỉ số hài lòng về sự phục vụ của cơ quan hành chính tăng đều qua các năm, kỷ cương "
             "hành chính được siết chặt, niềm tin của Nhân dân vào bộ máy chính quyền được củng "
             "cố.", "tac-dong")],
        8: [("Đề nghị Bộ Nội vụ sớm ban hành khung vị trí việc làm công chức cấp xã và chính sách "
             "hỗ trợ cán bộ dôi dư sau sắp xếp đơn vị hành chính các cấp.", "kien-nghi")],
    }
    for i, (lv, text, pg, bm) in enumerate(entries):
        if i == 9:
            R.app("Trên đây là báo cáo tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Sở Nội "
                  "vụ./.", leak="của Sở Nội vụ./.")
            R.signature(["- Như trên;", "- Lưu: VT, VP."],
                        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Võ Thị Lan Anh"],
                        leak=["Võ Thị Lan Anh"])
            R.pagebreak()
        par = R.h(text, style="word", level=lv)
        R.bookmark(par, bm)
        for t, sec in body.get(i, []):
            R.p(t, sec)
    R.table(stat_rows(figs))
    return R


def sgddt():
    figs = {"van-ban": 38, "hoi-nghi": 25, "tap-huan": 13580, "doi-thoai": 47, "tiep-dan": 702,
            "don-nhan": 451, "don-giai-quyet": 440, "dan-van-kheo": 17, "truc-tuyen": 89.6}
    R = Report("sgddt", "SGDDT", "so-nganh", "markdown", "SGDDT BC tong ket KL 114.md",
               "2026-04-13", "655/BC-SGDĐT", "Nguyễn Hữu Minh", figures=figs,
               notes="pandoc -t markdown of a Word file with a TABLE OF CONTENTS (Word TOC "
                     "field: 'MỤC LỤC' then lines that pandoc writes as links to the _Toc "
                     "anchors, '[I. ĐÁNH GIÁ … 2](#_Toc190000)', the page number inside the "
                     "link after a tab); headings '#'/'##' with [ ]{#_Toc… .anchor} spans.")
    department_header(R, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "655/BC-SGDĐT", "13")
    R.center("BÁO CÁO")
    R.center(SUBJECT, leak=SUBJ_LEAK)
    entries = _toc_report(R, "sgddt", figs, None)
    R.app("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Sở Giáo dục và "
          "Đào tạo báo cáo như sau:", leak="Sở Giáo dục và Đào tạo báo cáo như sau")
    body = {
        0: [("Đảng ủy Sở ban hành 38 văn bản chỉ đạo thực hiện Kết luận trong toàn ngành giáo dục, "
             "tổ chức 25 hội nghị quán triệt, sơ kết; quy chế dân chủ trong trường học được sửa "
             "đổi phù hợp với Luật Giáo dục năm 2019.", "lanh-dao")],
        2: [("Tập huấn kỹ năng ứng xử sư phạm, vận động cha mẹ học sinh cho 13.580 lượt cán bộ "
             "quản lý và giáo viên; 17 mô hình Dân vận khéo trong trường học được công nhận, nhân "
             "rộng ở các xã miền núi.", "ket-qua.noi-bat"),
            ("Lãnh đạo Sở tiếp 702 lượt công dân, tổ chức 47 cuộc đối thoại với phụ huynh, tiếp "
             "nhận 451 đơn thư và đã giải quyết 440 đơn; tỷ lệ hồ sơ thủ tục giải quyết trực tuyến "
             "năm 2025 đạt 89,6%.", "ket-qua.noi-bat")],
        3: [("Còn tình trạng thu sai quy định đầu năm học ở một số trường; việc tiếp thu ý kiến "
             "phụ huynh về sách giáo khoa, dạy thêm có nơi chưa cầu thị, trả lời chậm.",
             "ket-qua.han-che")],
        4: [("Một số hiệu trưởng chưa nắm vững quy định về thu chi, ngại công khai; công tác kiểm "
             "tra nội bộ trường học chưa thường xuyên, thiếu cán bộ thanh tra chuyên ngành.",
             "ket-qua.nguyen-nhan")],
        5: [("Trường học phải thực sự là nơi dân chủ, minh bạch nhất; khi phụ huynh được lắng nghe "
             "và tham gia thì mọi chủ trương đổi mới giáo dục đều nhận được sự đồng thuận.",
             "ket-qua.bai-hoc")],
        6: [("Xây dựng văn hóa học đường gắn với phong trào Dân vận khéo; triển khai phần mềm tiếp "
             "nhận, trả lời phản ánh của phụ huynh thống nhất trong toàn ngành từ năm học tới.",
             "ket-qua.giai-phap")],
        7: [("Sự đồng thuận của cha mẹ học sinh với chủ trương đổi mới giáo dục nâng lên rõ rệt, "
             "nguồn lực xã hội hóa cho trường lớp tăng, góp phần củng cố niềm tin của Nhân dân.",
             "tac-dong")],
        8: [("Đề nghị Bộ Giáo dục và Đào tạo ban hành quy định rõ về các khoản thu thỏa thuận và "
             "vận động tài trợ, tạo cơ sở để nhà trường công khai, minh bạch với phụ huynh.",
             "kien-nghi")],
    }
    for i, (lv, text, pg, bm) in enumerate(entries):
        if i == 9:
            R.signature(["- Như trên;", "- Lưu: VT, VP."],
                        ["GIÁM ĐỐC", "", "", "Nguyễn Hữu Minh"], leak=["Nguyễn Hữu Minh"])
            R.pagebreak()
        par = R.h(text, style="word", level=lv)
        R.bookmark(par, bm)
        for t, sec in body.get(i, []):
            R.p(t, sec)
    R.table(stat_rows(figs))
    return R


REPORTS = [btctu, duqs, stc, ttt, snv, sgddt]
