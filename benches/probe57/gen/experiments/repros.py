"""probe57's minimal repros: a small Party report (header, BÁO CÁO, I-IV one paragraph each,
signature, the nine-row appendix) written with probe57's writer, ONE construct changed per file.
python3 gen/experiments/repros.py → gen/experiments/repro/<name>/submissions/x/<file>.docx;
repro.sh runs check + compile on each."""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import reports as R57  # noqa: E402
dx57, p, r, table, cell, x = R57.dx57, R57.p, R57.r, R57.table, R57.cell, R57.x
OUT = os.path.join(HERE, "repro")
SECS = [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "Đảng ủy ban hành 25 văn bản, tổ chức 17 hội nghị quán triệt Kết luận cho các chi bộ và đoàn thể trong toàn xã."),
        ("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "Bồi dưỡng 428 lượt cán bộ; tiếp 1.038 lượt công dân; tiếp nhận 219 đơn thư, đã giải quyết 211 đơn."),
        ("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", "Niềm tin của Nhân dân với cấp ủy, chính quyền được củng cố, khiếu kiện đông người giảm rõ."),
        ("IV. KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị Tỉnh ủy hỗ trợ kinh phí số hóa hồ sơ tiếp dân và giải quyết đơn thư cấp xã.")]
FIG = [("Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", "25"), ("Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "17"),
       ("Lượt cán bộ, công chức được tập huấn, bồi dưỡng", "Lượt", "428"), ("Cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", "27"),
       ("Lượt tiếp công dân", "Lượt", "1.038"), ("Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn", "219"),
       ("Đơn thư đã giải quyết", "Đơn", "211"), ("Mô hình “Dân vận khéo” được công nhận", "Mô hình", "9"),
       ("Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "91,4")]
HTML = R57.HTML_DOC


def head(d):
    for t in ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ QUỲNH LƯU", "*", "Số 71-BC/ĐU", "Quỳnh Lưu, ngày 13 tháng 4 năm 2026",
              "BÁO CÁO", R57.SUBJ2]:
        d.add(p(r(t, b=t.isupper()), jc="center", spacing=False))


def body_wml(d):
    for h, t in SECS:
        d.add(p(r(h, b=True), ind=567))
        d.add(p(r(t), ind=567))


def body_html():
    return "\n".join(f"<p><strong>{R57.ck(h)}</strong></p>\n<p>{R57.ck(t)}</p>" for h, t in SECS)


def sig(d):
    for t in ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hồ Sỹ Nam"]:
        d.add(p(r(t, b=True), jc="right", spacing=False))


def appx_rows():
    return [["STT", "Nội dung", "ĐVT", "Số liệu"]] + [[str(i), a, b, c] for i, (a, b, c) in enumerate(FIG, 1)]


def appx_head(d):
    d.add(p('<w:r><w:br w:type="page"/></w:r>'))
    d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    d.add(p(r(R57.CAPTION, b=True), jc="center"))


def save(name, d):
    dest = os.path.join(OUT, name, "submissions", "dang-uy-xa-phuong")
    os.makedirs(dest, exist_ok=True)
    d.add(dx57.dx.sect(last=True))
    d.save(os.path.join(dest, "DU xa Quynh Luu - BC 71 KL114.docx"))


def build(name, body="wml", appx="wml", grid_before=False):
    d = dx57.Docx57()
    head(d)
    if body == "wml":
        body_wml(d)
    else:
        data = HTML.format(body=body_html()).encode()
        rid = d.chunk("afchunk.mht", R57.mht(data.decode()), "message/rfc822") if body == "mht" else \
            d.chunk("afchunk.htm", data, "text/html")
        d.add(f'<w:altChunk r:id="{rid}"/>')
    sig(d)
    appx_head(d)
    if appx == "wml" and not grid_before:
        d.add(table(appx_rows(), R57.W4, header_rows=1))
    elif appx == "wml":       # the rate row: a gridBefore, the grid one column wider (Nhóm)
        W = [1500] + R57.W4
        rows = [["Nhóm"] + appx_rows()[0]] + [["Kết quả" if i == 1 else ""] + row for i, row in enumerate(appx_rows()[1:9], 1)]
        xml = table(rows, W, header_rows=1)
        last = "".join(cell(p(r(v), spacing=False), w=w) for v, w in zip(appx_rows()[9], R57.W4))
        xml = xml.replace("</w:tbl>", '<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="1500" w:type="dxa"/>'
                          f"</w:trPr>{last}</w:tr></w:tbl>")
        d.add(xml)
    else:
        rid = d.chunk("afchunk2.htm", HTML.format(body=R57.html_table(appx_rows())).encode(), "text/html")
        d.add(f'<w:altChunk r:id="{rid}"/>')
    save(name, d)


if __name__ == "__main__":
    shutil.rmtree(OUT, ignore_errors=True)
    build("1a-altchunk-htm-body", body="htm")
    build("1b-altchunk-mht-body", body="mht")
    build("1c-control-body-as-paragraphs")
    build("2a-altchunk-htm-appendix-table", appx="htm")
    build("3a-gridBefore-rate-row", grid_before=True)
    build("3b-control-no-gridBefore")
