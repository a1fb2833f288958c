"""What probe42's reports share: the subject line, header lines, the appendix rows."""

SUBJ_LEAK = "hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True)
STATE1 = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False)
STATE2 = ("Độc lập - Tự do - Hạnh phúc", True, False, True)
RULE = ("-------", False, False)


def department_header(R, body, number, day):
    """A provincial department's state header: `UBND TỈNH NGHỆ AN` / the body / a rule /
    `Số: {number}` beside the motto and `Nghệ An, ngày {day} tháng 4 năm 2026`."""
    dated = f"ngày {day} tháng 4 năm 2026"
    R.header([([("UBND TỈNH NGHỆ AN", False, False), (body, True, False), RULE,
                (f"Số: {number}", False, False)],
               [STATE1, STATE2, ("---------------", False, False),
                (f"Nghệ An, {dated}", False, True)])],
             leak=[number, dated])
SUBJECT = ("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư "
           "(khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp")
IND = ["van-ban", "hoi-nghi", "tap-huan", "doi-thoai", "tiep-dan", "don-nhan",
       "don-giai-quyet", "dan-van-kheo", "truc-tuyen"]
LABELS = [
    ("Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản"),
    ("Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị"),
    ("Lượt cán bộ, công chức được tập huấn, bồi dưỡng", "Lượt"),
    ("Cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc"),
    ("Lượt tiếp công dân", "Lượt"),
    ("Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn"),
    ("Đơn thư đã giải quyết", "Đơn"),
    ("Mô hình “Dân vận khéo” được công nhận", "Mô hình"),
    ("Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%"),
]


def vn(v, english=False):
    """A figure written the Vietnamese way (2.071, 92,3) or, english=True, as an Excel set
    to English writes it (2,071, 92.3)."""
    if v is None:
        return ""
    if isinstance(v, float) and not v.is_integer():
        s = f"{v:.1f}"
        return s if english else s.replace(".", ",")
    s = f"{int(v):,}"
    return s if english else s.replace(",", ".")


def stat_rows(figs, english=False, note_col=False, stt=True):
    """STT | Nội dung | ĐVT | Số liệu [| Ghi chú] rows for the nine indicators."""
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"] + (["Ghi chú"] if note_col else [])]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = figs.get(ind)
        cell = "x" if v is None else vn(v, english)
        rows.append([str(i), lab, dvt, cell] + ([""] if note_col else []))
    return rows


RECIPIENTS_PARTY = ["- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                    "- Lưu Văn phòng."]
