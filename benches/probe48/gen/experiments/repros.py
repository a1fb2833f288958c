#!/usr/bin/env python3
"""Minimal files for each finding of FINDINGS.txt, written to gen/experiments/repro/: a
.docx as small as shows the symptom (probe46's dx.py writer): the header table, 'BÁO CÁO',
the four outline parts with one paragraph each, the signature table, and only the shape
at issue (a weekday in the date line, a group heading, an attached list, a copy block,
a stamp text box …). repro.sh runs check / compile on each and prints what it says."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "probe46", "gen"))
from dx import Docx, cell, p, r, table  # noqa: E402

OUT = os.path.join(HERE, "repro")
TXT = ("Ban Thường vụ Đảng ủy ban hành 19 văn bản lãnh đạo, chỉ đạo, tổ chức 13 hội nghị "
       "quán triệt, sơ kết về công tác dân vận chính quyền.")
PARTS = [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", TXT),
         ("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "Tiếp 650 lượt công dân, tiếp nhận 143 đơn thư, "
          "giải quyết xong 139 đơn; đối thoại trực tiếp với Nhân dân 24 cuộc."),
         ("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "Niềm tin của Nhân dân đối với cấp ủy, "
          "chính quyền được củng cố; nhiều vụ việc được giải quyết ngay tại cơ sở."),
         ("IV. KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị tỉnh bố trí kinh phí bồi dưỡng kỹ năng dân vận "
          "cho cán bộ, công chức cấp xã sau sắp xếp.")]
STATE_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def doc(date_line="Đô Lương, ngày 10 tháng 4 năm 2026", sig_date=None, parts=PARTS,
        after=(), sig_extra=None, state=False, title="BÍ THƯ"):
    d = Docx()
    if state:
        L = ["UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "-------", "Số: 1342/BC-SYT"]
        R = STATE_R + ([date_line] if date_line else [])
    else:
        L = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", "Số 58-BC/ĐU"]
        R = ["ĐẢNG CỘNG SẢN VIỆT NAM", ""] + ([date_line] if date_line else [])
    d.add(table([[cell([p(r(t), jc="center", spacing=False) for t in L], 4000, False),
                  cell([p(r(t, i="ngày" in t), jc="center", spacing=False) for t in R], 5400, False)]],
                [4000, 5400], borders=False))
    d.add(p(r("BÁO CÁO", b=True), jc="center"))
    d.add(p(r("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", b=True), jc="center"))
    for h, t in parts:
        d.add(p(r(h, b=True)))
        d.add(p(r(t)))
    sig = (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] if state else ["T/M BAN THƯỜNG VỤ", title])
    right = ([p(r(sig_date, i=True), jc="center", spacing=False)] if sig_date else []) + \
        [p(r(s, b=True), jc="center", spacing=False) for s in sig] + \
        ([p(sig_extra, spacing=False)] if sig_extra else [p("", spacing=False)]) + \
        [p(r("Nguyễn Thị Thanh Tâm", b=True), jc="center", spacing=False)]
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False), p(r("- Lưu Văn phòng."), spacing=False)]
    d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    for a in after:
        d.add(a)
    return d


def stat_table(vals=("19", "13")):
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"],
            ["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", vals[0]],
            ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", vals[1]]]
    return [p(r("PHỤ LỤC", b=True), jc="center"), table(rows, [700, 4700, 1300, 1600], header_rows=1)]


def save(name, d):
    os.makedirs(OUT, exist_ok=True)
    d.save(os.path.join(OUT, name + ".docx"))
    d.save  # noqa


def main():
    # 1. weekday in the header's place-and-date line
    save("1a-weekday-header", doc("Đô Lương, thứ Sáu, ngày 10 tháng 4 năm 2026"))
    save("1b-weekday-header-lowercase", doc("Đô Lương, thứ sáu, ngày 10 tháng 4 năm 2026"))
    save("1c-no-weekday-header", doc("Đô Lương, ngày 10 tháng 4 năm 2026"))
    # 2. weekday in the date over the signature (no date in the header)
    save("2a-sunday-at-signature", doc(None, sig_date="Đô Lương, Chủ nhật, ngày 12 tháng 4 năm 2026"))
    save("2b-monday-at-signature", doc(None, sig_date="Đô Lương, thứ Hai, ngày 13 tháng 4 năm 2026"))
    save("2c-sunday-capital-N-at-signature", doc(None, sig_date="Đô Lương, Chủ Nhật, ngày 12 tháng 4 năm 2026"))
    # 3. a group heading whose sub-headings repeat its words
    parts = PARTS[:1] + [("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", PARTS[1][1]),
                         ("1. Tồn tại, hạn chế và nguyên nhân", None),
                         ("1.1. Tồn tại, hạn chế", "Việc tiếp nhận, phản hồi kiến nghị của Nhân dân "
                          "qua cổng dịch vụ công có lúc còn chậm, chưa đúng hẹn."),
                         ("1.2. Nguyên nhân", "Đội ngũ công chức một cửa thiếu, kiêm nhiệm nhiều "
                          "việc; hạ tầng số chưa đồng bộ.")] + PARTS[2:]
    d = Docx()
    base = doc(parts=[])
    body = base.body[:3]
    for h, t in parts:
        body.append(p(r(h, b=True)))
        if t:
            body.append(p(r(t)))
    base.body = body + base.body[3:]
    save("3-group-heading-repeating-its-subheadings", base)
    # 4. a list of participants after the appendix
    plist = table([["STT", "Họ và tên", "Chức vụ, đơn vị"], ["1", "Nguyễn Thị Thanh Tâm", "Bí thư Đảng ủy xã"],
                   ["2", "Trần Văn Bình", "Chủ tịch UBND xã"], ["3", "Lê Thị Hoa", "Chủ tịch Ủy ban MTTQ xã"]],
                  [700, 3200, 5000], header_rows=1)
    save("4-participants-list", doc(after=stat_table() + [p(r("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ", b=True), jc="center"), plist]))
    # 5. the copy certification block (Nghị định 30) after the report
    copy = table([[cell([p(r("SỞ Y TẾ TỈNH NGHỆ AN", b=True)), p(r("Số: 52/SY-VP"))], 4500, False),
                   cell([p(r("SAO Y", b=True), jc="center"), p(r("Nghệ An, ngày 17 tháng 4 năm 2026", i=True), jc="center"),
                         p(r("TL. GIÁM ĐỐC", b=True), jc="center"), p(r("CHÁNH VĂN PHÒNG", b=True), jc="center"),
                         p(""), p(r("Đinh Văn Lợi", b=True), jc="center")], 4900, False)]],
                 [4500, 4900], borders=False)
    save("5-copy-certification-block", doc("Nghệ An, ngày 16 tháng 4 năm 2026", state=True, after=[copy]))
    # 6. a digital-signature stamp in a text box inside the signature cell
    lines = ["Ký bởi: Sở Y tế", "Thời gian ký: 16.04.2026 15:20:11 +07:00"]
    inner = "".join(f"<w:p>{r(t)}</w:p>" for t in lines)
    box = ('<w:r><w:pict><v:shape id="KySo1" type="#_x0000_t202" style="position:absolute;'
           'width:190pt;height:48pt"><v:textbox><w:txbxContent>' + inner +
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    save("6-signature-stamp-textbox", doc("Nghệ An, ngày 16 tháng 4 năm 2026", state=True, sig_extra=box))
    # 7. an attached sub-unit report after the statistics table
    sub = [table([[cell([p(r("SỞ GD&ĐT NGHỆ AN")), p(r("TRƯỜNG THPT HUỲNH THÚC KHÁNG", b=True)), p(r("-------")),
                         p(r("Số: 45/BC-THPT.HTK"))], 4000, False),
                   cell([p(r(STATE_R[0], b=True)), p(r(STATE_R[1], b=True)),
                         p(r("Vinh, ngày 08 tháng 4 năm 2026", i=True))], 5400, False)]], [4000, 5400], borders=False),
           p(r("BÁO CÁO", b=True), jc="center"),
           p(r("Kết quả công tác dân vận chính quyền tại Trường THPT Huỳnh Thúc Kháng", b=True), jc="center"),
           p(r("I. KẾT QUẢ", b=True)),
           p(r("Nhà trường tổ chức 11 buổi đối thoại giữa Ban Giám hiệu với học sinh và cha mẹ học sinh."))]
    save("7-attached-subunit-report", doc("Nghệ An, ngày 16 tháng 4 năm 2026", state=True,
                                          after=stat_table() + sub))
    # 8. two numbers in a figure cell
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"],
            ["1", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "14 (trong đó 4 hội nghị trực tuyến)"],
            ["2", "Đơn thư đã giải quyết", "Đơn", "233/241"],
            ["3", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "86,1% (2.583/3.000 hồ sơ)"]]
    save("8-two-numbers-in-a-cell", doc(after=[p(r("PHỤ LỤC", b=True), jc="center"),
                                               table(rows, [700, 4700, 1300, 1600], header_rows=1)]))


if __name__ == "__main__":
    main()
