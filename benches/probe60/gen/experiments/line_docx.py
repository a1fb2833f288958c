"""7-line-paragraphs-docx: the control as Word's 'Open PDF' gives it — every printed line its own paragraph."""
import os, sys
import docx
D = sys.argv[1]
d = docx.Document()
lines = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG VINH PHÚ", "*", "Số 67-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
         "Vinh Phú, ngày 10 tháng 4 năm 2026", "BÁO CÁO", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
         "Ban Thường vụ Đảng ủy phường ban hành 29 văn bản lãnh đạo, chỉ đạo, tổ chức",
         "18 hội nghị quán triệt, sơ kết; chỉ đạo xây dựng quy chế phối hợp giữa chính quyền",
         "phường với Ban Công tác Mặt trận các khối phố.",
         "III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN",
         "Quan hệ giữa chính quyền và Nhân dân khối phố gắn bó hơn, các vụ việc được giải quyết ngay tại cơ sở.",
         "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Thị Hồng Nhung"]
for ln in lines:
    d.add_paragraph(ln)
os.makedirs(os.path.join(D, "7-line-paragraphs-docx", "s"), exist_ok=True)
d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2026, 4, 10)
d.save(os.path.join(D, "7-line-paragraphs-docx", "s", "a.docx"))
