#!/usr/bin/env python3
"""Minimal files for each finding of FINDINGS.txt, written to gen/experiments/repro/: the
header, 'BÁO CÁO', the outline's eight parts with ONE short paragraph each (22-30 words, so
that min_words never decides), the signature, the nine-row appendix — and only the shape at
issue: how the parts are titled, ordered, merged or split. Each finding has its failing file
('a') and a control differing in that one thing. A .docx is written by probe46's dx.py (raw
WordprocessingML), a .md as a unit pastes a Word report (header typed with tabs, bold lines).
repro.sh runs check + compile on each alone and prints the errors and warnings and where
each paragraph of the unit lands in the compiled report (probe49's repros.py, for structure).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "probe46", "gen"))
from dx import Docx, cell, p, r, table  # noqa: E402

OUT = os.path.join(HERE, "repro")
# One paragraph per outline section (Đảng ủy xã Đô Lương), each naming its own matter.
T = {
    "L": "Ban Thường vụ Đảng ủy ban hành 19 văn bản lãnh đạo, chỉ đạo, tổ chức 13 hội nghị quán "
         "triệt, sơ kết; giao Ủy ban nhân dân xã xây dựng chương trình dân vận chính quyền hằng năm.",
    "N": "Lãnh đạo xã tiếp hơn 650 lượt công dân, tổ chức 24 cuộc đối thoại về dồn điền đổi thửa; "
         "tiếp nhận 143 đơn thư, đã giải quyết 139 đơn; 5 mô hình Dân vận khéo được công nhận.",
    "H": "Việc trả lời kiến nghị của cử tri về thủy lợi nội đồng có lúc chậm; công tác thống kê, "
         "lưu trữ số liệu dân vận chưa được quan tâm nên một số số liệu chỉ ước tính.",
    "C": "Xã mới sáp nhập từ ba xã cũ nên hồ sơ lưu trữ không đồng bộ; cán bộ phụ trách dân vận "
         "thay đổi nhiều lần, chưa có sổ theo dõi thống nhất qua các năm.",
    "B": "Việc gì liên quan đến đất đai, đóng góp của dân đều phải đưa ra họp xóm bàn bạc công khai; "
         "cán bộ nói đi đôi với làm thì Nhân dân mới tin và làm theo.",
    "G": "Lập sổ theo dõi số liệu dân vận chính quyền thống nhất từ năm 2026; đẩy mạnh chuyển đổi "
         "số, hướng dẫn người cao tuổi làm thủ tục trực tuyến tại nhà văn hóa các xóm.",
    "T": "Phong trào xây dựng nông thôn mới được Nhân dân đồng tình hưởng ứng, nhiều hộ tự nguyện "
         "hiến đất; quan hệ giữa cán bộ xã với người dân ngày càng gắn bó, tin tưởng.",
    "K": "Đề nghị Tỉnh ủy giao cơ quan chuyên môn ban hành mẫu sổ theo dõi số liệu dân vận chính "
         "quyền thống nhất cho cấp xã và tập huấn cách ghi chép cho cán bộ phụ trách.",
}
HEAD = ["STT", "Nội dung", "ĐVT", "Số liệu"]
ROWS = [["1", "Văn bản lãnh đạo, chỉ đạo được ban hành", "Văn bản", "19"],
        ["2", "Hội nghị quán triệt, sơ kết, tổng kết", "Hội nghị", "13"],
        ["3", "Lượt cán bộ, công chức được tập huấn, bồi dưỡng", "Lượt", "1.200"],
        ["4", "Cuộc đối thoại của người đứng đầu với Nhân dân", "Cuộc", "24"],
        ["5", "Lượt tiếp công dân", "Lượt", "650"],
        ["6", "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn", "143"],
        ["7", "Đơn thư đã giải quyết", "Đơn", "139"],
        ["8", "Mô hình “Dân vận khéo” được công nhận", "Mô hình", "5"],
        ["9", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", "79,6"]]
W = [700, 4700, 1300, 1600]
STD = [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "L"), ("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", 1, None),
       ("1. Những kết quả nổi bật", 2, "N"), ("2. Tồn tại, hạn chế", 2, "H"), ("3. Nguyên nhân", 2, "C"),
       ("4. Bài học kinh nghiệm", 2, "B"), ("5. Phương hướng, giải pháp thời gian tới", 2, "G"),
       ("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1, "T"), ("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1, "K")]


def heading(title, level):
    return p(r(title, b=True, i=level > 1), ind=567)


def text(t):
    return p(r(t), ind=567)


def runin(lead, t, italic=False):
    return p(r(lead, b=True, i=italic) + r(" " + t), ind=567)


def docx(name, body):
    """body: a list of paragraph XML (from heading(), text(), runin())."""
    d = Docx()
    L = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", "Số 58-BC/ĐU"]
    R = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đô Lương, ngày 10 tháng 4 năm 2026"]
    d.add(table([[cell([p(r(t, b=t.startswith("ĐẢNG ỦY")), jc="center", spacing=False) for t in L], 4000, False),
                  cell([p(r(t, i="ngày" in t), jc="center", spacing=False) for t in R], 5400, False)]],
                [4000, 5400], borders=False))
    d.add(p(r("BÁO CÁO", b=True), jc="center"))
    d.add(p(r("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", b=True), jc="center"))
    for x in body:
        d.add(x)
    right = [p(r(s, b=True), jc="center", spacing=False) for s in ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]] + \
        [p("", spacing=False), p(r("Nguyễn Thị Thanh Tâm", b=True), jc="center", spacing=False)]
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False), p(r("- Lưu Văn phòng."), spacing=False)]
    d.add(table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False))
    d.add(p(r("PHỤ LỤC", b=True), jc="center"))
    d.add(table([HEAD] + ROWS, W, header_rows=1))
    d.add(dx_sect())
    os.makedirs(OUT, exist_ok=True)
    d.save(os.path.join(OUT, name + ".docx"))


def dx_sect():
    import dx
    return dx.sect(last=True)


def md(name, lines):
    head = ["ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*",
            "Số 58-BC/ĐU\t\t\t\tĐô Lương, ngày 10 tháng 4 năm 2026", "**BÁO CÁO**",
            "**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW**"]
    tail = ["\t\t\t\t\tT/M BAN THƯỜNG VỤ", "\t\t\t\t\tBÍ THƯ", "\t\t\t\t\tNguyễn Thị Thanh Tâm",
            "Nơi nhận:\n- Lưu Văn phòng.", "**PHỤ LỤC**",
            "| " + " | ".join(HEAD) + " |\n|---|---|---|---:|\n" + "\n".join("| " + " | ".join(x) + " |" for x in ROWS)]
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(head + lines + tail) + "\n")


def std_docx(name, heads=STD, extra=None):
    """The usual parts; heads: (title, level, key of T or None); extra: {key: [xml...]} after it."""
    body = []
    for title, level, key in heads:
        body.append(heading(title, level))
        if key:
            body.append(text(T[key]))
        for x in (extra or {}).get(title, []):
            body.append(x)
    docx(name, body)


def low(t):
    return t[0].lower() + t[1:]


def main():
    # 1. a report whose parts are only bold lead-ins, no heading at all
    leads = [("Về công tác lãnh đạo, chỉ đạo:", "L"), ("Về kết quả đạt được:", "N"),
             ("Về hạn chế, khó khăn:", "H"), ("Nguyên nhân:", "C"), ("Bài học kinh nghiệm:", "B"),
             ("Phương hướng thời gian tới:", "G"), ("Về tác động:", "T"), ("Kiến nghị, đề xuất:", "K")]
    md("1a-leadins-only", [f"**{a}** {T[k]}" for a, k in leads])
    docx("1b-leadins-only", [runin(a, T[k]) for a, k in leads])
    md("1c-leadins-numbered", [f"**{i}. {a}** {T[k]}" for i, (a, k) in enumerate(leads, 1)])
    md("1d-leadins-on-lines-of-their-own", [x for a, k in leads for x in (f"**{a}**", T[k])])
    # 2. numbered bold first sentences run into their paragraphs
    sent = [("1. Công tác lãnh đạo, chỉ đạo được Ban Thường vụ quan tâm, triển khai kịp thời, nghiêm túc.", "L"),
            ("2. Sau 10 năm, công tác dân vận của chính quyền xã đạt nhiều kết quả nổi bật.", "N"),
            ("3. Bên cạnh đó, vẫn còn một số tồn tại, hạn chế cần khắc phục.", "H"),
            ("4. Những hạn chế trên do cả nguyên nhân khách quan và chủ quan.", "C"),
            ("5. Qua 10 năm, Đảng ủy rút ra một số bài học kinh nghiệm.", "B"),
            ("6. Thời gian tới, Đảng ủy tập trung thực hiện các giải pháp sau.", "G"),
            ("7. Việc thực hiện Kết luận đã tác động tích cực đến xây dựng Đảng, chính quyền.", "T"),
            ("8. Đảng ủy xã kiến nghị, đề xuất một số nội dung sau.", "K")]
    docx("2a-bold-sentence-run-in", [runin(a, T[k]) for a, k in sent])
    docx("2b-bold-sentence-own-paragraph", [x for a, k in sent for x in (heading(a, 1), text(T[k]))])
    short = ["1. Công tác lãnh đạo, chỉ đạo", "2. Những kết quả nổi bật", "3. Tồn tại, hạn chế",
             "4. Nguyên nhân", "5. Bài học kinh nghiệm", "6. Phương hướng, giải pháp thời gian tới",
             "7. Tác động của việc thực hiện Kết luận", "8. Kiến nghị, đề xuất"]
    docx("2c-short-title-colon-run-in", [runin(s + ":", T[k]) for s, (_, k) in zip(short, sent)])
    docx("2d-short-title-period-run-in", [runin(s + ".", T[k]) for s, (_, k) in zip(short, sent)])
    # 3. 'KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG': a sub-section and a later top-level section under one
    #    heading, the results' other sub-sections parts of their own after it
    tail3 = ["**III. HẠN CHẾ VÀ NGUYÊN NHÂN**", T["H"], "Nguyên nhân: " + low(T["C"]),
             "**IV. BÀI HỌC KINH NGHIỆM**", T["B"], "**V. PHƯƠNG HƯỚNG, GIẢI PHÁP**", T["G"],
             "**VI. KIẾN NGHỊ, ĐỀ XUẤT**", T["K"]]
    md("3a-results-and-impact-one-heading", ["**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**", T["L"],
                                             "**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**", T["N"],
                                             "Về tác động, " + low(T["T"])] + tail3)
    md("3c-results-and-impact-one-heading-hash", ["# I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", T["L"],
                                                  "# II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG", T["N"],
                                                  "Về tác động, " + low(T["T"])]
       + [("# " + x[2:-2]) if x.startswith("**") else x for x in tail3])
    md("3b-results-heading-without-impact", ["**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**", T["L"],
                                             "**II. KẾT QUẢ ĐẠT ĐƯỢC**", T["N"],
                                             "Về tác động, " + low(T["T"])] + tail3)
    # 4. the requests titled with the solutions' words, the solutions under II.
    req = STD[:-1] + [("IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP", 1, "K")]
    std_docx("4a-requests-titled-with-chu-truong-giai-phap", req)
    std_docx("4b-requests-titled-plain", STD[:-1] + [("IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT", 1, "K")])
    # 5. no impact part, the directions titled with the campaign's 'nâng cao hiệu quả'
    dq = [h for h in STD if h[2] not in ("G", "T")]
    dq.insert(-1, ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN THỜI GIAN TỚI", 1, "G"))
    dq[-1] = ("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1, "K")
    std_docx("5a-no-impact-directions-say-hieu-qua", dq)
    dq2 = list(dq)
    dq2[-2] = ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", 1, "G")
    std_docx("5b-no-impact-directions-plain", dq2)
    md("5c-no-impact-directions-say-hieu-qua-hash",
       [x for title, level, key in dq for x in ["#" * level + " " + title] + ([T[key]] if key else [])])
    # 6. flat parts, the impact right after the achievements, then a merged limits part
    def flat(order):
        titles = {"L": "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "N": "KẾT QUẢ ĐẠT ĐƯỢC", "T": "HIỆU QUẢ, TÁC ĐỘNG",
                  "H": "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "B": "BÀI HỌC KINH NGHIỆM",
                  "G": "PHƯƠNG HƯỚNG, GIẢI PHÁP", "K": "KIẾN NGHỊ, ĐỀ XUẤT"}
        body = []
        for n, k in enumerate(order):
            body += [heading(f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][n]}. {titles[k]}", 1), text(T[k])]
            if k == "H":
                body.append(text("Nguyên nhân: " + low(T["C"])))
        return body
    docx("6a-impact-before-merged-limits", flat("LNTHBGK"))
    docx("6b-impact-after-lessons", flat("LNHBTGK"))
    # 7. 'Mặt chưa được' for the limits
    mat = [("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1, "L"), ("II. KẾT QUẢ THỰC HIỆN", 1, None),
           ("1. Mặt được", 2, "N"), ("2. Mặt chưa được", 2, "H"), ("3. Nguyên nhân của mặt chưa được", 2, "C"),
           ("4. Bài học rút ra", 2, "B"), ("5. Phương hướng, nhiệm vụ thời gian tới", 2, "G")] + STD[-2:]
    std_docx("7a-mat-chua-duoc", mat)
    mat2 = list(mat)
    mat2[3] = ("2. Những mặt chưa làm được", 2, "H")
    std_docx("7b-nhung-mat-chua-lam-duoc", mat2)
    # 8. the causes asked as a question
    q = list(STD)
    q[4] = ("3. Vì sao còn những tồn tại, hạn chế đó?", 2, "C")
    std_docx("8a-causes-as-question-vi-sao", q)
    q2 = list(STD)
    q2[4] = ("3. Nguyên nhân của những tồn tại, hạn chế đó?", 2, "C")
    std_docx("8b-causes-as-question-nguyen-nhan", q2)
    # 9. one section over two sibling headings that both open with its title
    C2 = ("Một số cán bộ, công chức còn ngại tiếp xúc, đối thoại trực tiếp với người dân khi phát "
          "sinh vụ việc phức tạp, chưa chủ động nắm tình hình ở các xóm.")
    sp = STD[:4] + [("3. Nguyên nhân khách quan", 2, "C")]
    std_docx("9a-causes-two-siblings-titled", sp + [("4. Nguyên nhân chủ quan", 2, None)] + STD[5:],
             extra={"4. Nguyên nhân chủ quan": [text(C2)]})
    std_docx("9b-causes-two-siblings-nhung", STD[:4] + [("3. Những nguyên nhân khách quan", 2, "C"),
                                                         ("4. Những nguyên nhân chủ quan", 2, None)] + STD[5:],
             extra={"4. Những nguyên nhân chủ quan": [text(C2)]})
    # 10. sub-sections opened by lead-ins right under the results' heading (README's own example)
    sub = ["**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**", T["L"], "**II. ĐÁNH GIÁ KẾT QUẢ**",
           "**Ưu điểm:** " + T["N"], "**Hạn chế:** " + T["H"], "**Nguyên nhân:** " + T["C"],
           "**Bài học kinh nghiệm:** " + T["B"], "**Phương hướng thời gian tới:** " + T["G"],
           "**III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN**", T["T"], "**IV. KIẾN NGHỊ, ĐỀ XUẤT**", T["K"]]
    md("10a-leadin-subsections-under-results", sub)
    sub2 = list(sub)
    sub2.insert(3, "Sau 10 năm thực hiện Kết luận, công tác dân vận của chính quyền xã đạt được nhiều "
                   "kết quả quan trọng, được Nhân dân ghi nhận, cụ thể như sau:")
    md("10b-same-with-an-opening-sentence", sub2)
    md("10d-numbered-run-in-subsections-under-results",
       ["**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**", T["L"], "**II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN**",
        "**a) Những kết quả nổi bật:** " + T["N"], "**b) Tồn tại, hạn chế:** " + T["H"],
        "**c) Nguyên nhân:** " + T["C"], "**d) Bài học kinh nghiệm:** " + T["B"],
        "**đ) Phương hướng, giải pháp thời gian tới:** " + T["G"],
        "**III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN**", T["T"], "**IV. KIẾN NGHỊ, ĐỀ XUẤT**", T["K"]])
    docx("10c-leadin-subsections-under-results", [heading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 1), text(T["L"]),
                                                  heading("II. ĐÁNH GIÁ KẾT QUẢ", 1)]
         + [runin(a, T[k]) for a, k in [("Ưu điểm:", "N"), ("Hạn chế:", "H"), ("Nguyên nhân:", "C"),
                                         ("Bài học kinh nghiệm:", "B"), ("Phương hướng thời gian tới:", "G")]]
         + [heading("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN", 1), text(T["T"]),
            heading("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1), text(T["K"])])


if __name__ == "__main__":
    main()
