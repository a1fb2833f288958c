"""What probe43's reports share: probe42's subject, header lines and appendix rows (its
r42_common.py, loaded, not copied) and a writer of the usual body (I. leadership, II.
results with 1.-5., III. impact, IV. requests) in any heading style."""
import importlib.util as _util
import pathlib as _pathlib

_spec = _util.spec_from_file_location(
    "r42_common", _pathlib.Path(__file__).resolve().parents[2] / "probe42" / "gen" / "r42_common.py")
_c42 = _util.module_from_spec(_spec)
_spec.loader.exec_module(_c42)
globals().update({k: v for k, v in vars(_c42).items() if not k.startswith("__")})

OPENING = ("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy về tổng kết 10 "
           "năm thực hiện Kết luận số 114-KL/TW, {who} báo cáo như sau:")

# the usual order of a report's parts, with the titles units give them
HEADS = [
    ("lanh-dao", 1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
    (None, 1, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN"),
    ("ket-qua.noi-bat", 2, "1. Những kết quả nổi bật"),
    ("ket-qua.han-che", 2, "2. Tồn tại, hạn chế"),
    ("ket-qua.nguyen-nhan", 2, "3. Nguyên nhân"),
    ("ket-qua.bai-hoc", 2, "4. Bài học kinh nghiệm"),
    ("ket-qua.giai-phap", 2, "5. Phương hướng, giải pháp thời gian tới"),
    ("tac-dong", 1, "III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"),
    ("kien-nghi", 1, "IV. KIẾN NGHỊ, ĐỀ XUẤT"),
]


def body(R, texts, heads=HEADS, h=None):
    """Headings and paragraphs in order. texts: section -> [paragraph, ...]; h(R, title,
    level) writes a heading (default: bold lines, the sub-parts bold italic)."""
    if h is None:
        def h(R, title, level):
            return R.h(title, style="bold" if level == 1 else "bi")
    for sec, level, title in heads:
        h(R, title, level)
        for t in texts.get(sec, []) if sec else []:
            R.p(t, sec)


def stat_rows_units(figs, units):
    """STT | Nội dung | ĐVT | Số liệu with each figure written with its unit ('43 văn bản')."""
    rows = [["STT", "Nội dung", "ĐVT", "Số liệu"]]
    for i, (ind, (lab, dvt)) in enumerate(zip(IND, LABELS), 1):
        v = figs.get(ind)
        cell = "x" if v is None else (vn(v) + (" " + units[ind] if units.get(ind) else ""))
        rows.append([str(i), lab, dvt, cell])
    return rows
