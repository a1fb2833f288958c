#!/usr/bin/env python3
"""Minimal files for each finding of FINDINGS.txt, written to gen/experiments/repro/: a header,
'BÁO CÁO' and the subject, the outline's eight parts with ONE short paragraph each, the
signature, a nine-row appendix (probe51's repros.py loaded: its docx() / md() writers, text
and appendix) — and only the header, number, date or signature shape at issue. Each finding
has its failing file ('a') and controls differing from it in ONE thing (named in the file
name). repro.sh runs check + compile on each alone and prints the metadata read, the errors
and warnings, and every block of the unit's compiled text with the section it landed under
('other' = Nội dung khác: where a header line that leaked shows)."""
import importlib.util
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
_spec = importlib.util.spec_from_file_location(
    "repros51", os.path.join(BENCH, "probe51", "gen", "experiments", "repros.py"))
R51 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R51)
dx = sys.modules["dx"]
cell, p, r, table = dx.cell, dx.p, dx.r, dx.table

OUT = os.path.join(HERE, "repro")
R51.OUT = OUT
docx, md, std_body = R51.docx, R51.md, R51.std_body
BODY = std_body()
MD_BODY = []
for _title, _level, _key in R51.STD:
    MD_BODY.append(f"**{_title}**" if _level == 1 else f"***{_title}***")
    if _key:
        MD_BODY.append(R51.T[_key])
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]


def header(left, right, bold_left=1):
    """A borderless two-column header table: `bold_left` = index of the left column's first
    bold line (the issuing body), all lines after it bold until the star or rule."""
    def col(lines, bold_from):
        out = []
        for k, t in enumerate(lines):
            b = bold_from is not None and k >= bold_from and not t.startswith(("*", "-", "Số"))
            out.append(p(r(t, b=b, i="ngày" in t or t[:1].isdigit()), jc="center", spacing=False))
        return out
    return [table([[cell(col(left, bold_left), 4000, False), cell(col(right, None), 5400, False)]],
                  [4000, 5400], borders=False)]


def sig(lines, name, left_recipients=True):
    right = [p(r(s, b=True), jc="center", spacing=False) for s in lines] + \
        [p("", spacing=False), p(r(name, b=True), jc="center", spacing=False)]
    left = [p(r("Nơi nhận:", b=True, i=True), spacing=False), p(r("- Lưu Văn phòng."), spacing=False)]
    return [table([[cell(left, 4500, False), cell(right, 4900, False)]], [4500, 4900], borders=False)]


def state(body_line, number="Số: 731/BC-SGDĐT", date="Nghệ An, ngày 15 tháng 4 năm 2026",
          superior="UBND TỈNH NGHỆ AN"):
    return header([superior, body_line, "-------", number], MOTTO + [date])


STATE_SIG = sig(["GIÁM ĐỐC"], "Thái Văn Thành")


# ------------------------------------------------------------------------------------------
def f1_escaped_ampersand():
    """1. an abbreviation with '&' in a Word header ('SỞ GD&ĐT'): read as 'SỞ GD\\&ĐT'."""
    docx("1a-word-so-gd-amp-dt", BODY, header=state("SỞ GD&ĐT"), signature=STATE_SIG)
    docx("1b-control-word-so-gddt", BODY, header=state("SỞ GDĐT"), signature=STATE_SIG)
    docx("1c-control-word-full-name", BODY, header=state("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), signature=STATE_SIG)
    docx("1d-word-so-nn-amp-mt-roster-alias", BODY,
         header=state("SỞ NN&MT", number="Số: 402/BC-SNNMT"), signature=STATE_SIG)
    st = ["UBND TỈNH NGHỆ AN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ GD&ĐT\t\t\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 731/BC-SGDĐT\t\t\t\tNghệ An, ngày 15 tháng 4 năm 2026"]
    md("1e-control-md-so-gd-amp-dt-typed", MD_BODY, header=st)
    md("1f-md-so-gd-amp-dt-escaped", MD_BODY, header=[st[0], st[1].replace("&", "\\&"), st[2]])


def f2_front_without_viet_nam():
    """2. the Front named as everyone says it, 'Ủy ban MTTQ tỉnh', without 'Việt Nam'."""
    def front(name):
        return [f"{name}\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN THƯỜNG TRỰC\t\t\tĐộc lập - Tự do - Hạnh phúc",
                "Số: 322/BC-MTTQ-BTT\t\t\t\tNghệ An, ngày 14 tháng 4 năm 2026"]
    tail = ["\t\t\t\t\tTM. BAN THƯỜNG TRỰC", "\t\t\t\t\tPHÓ CHỦ TỊCH", "\t\t\t\t\tVõ Thị Hằng",
            "Nơi nhận:\n- Lưu VT."]
    md("2a-ubmttq-tinh-without-viet-nam", MD_BODY, header=front("UBMTTQ TỈNH NGHỆ AN"), tail=tail)
    md("2b-uy-ban-mttq-tinh-without-viet-nam", MD_BODY, header=front("ỦY BAN MTTQ TỈNH NGHỆ AN"), tail=tail)
    md("2c-control-ubmttq-viet-nam-tinh", MD_BODY, header=front("UBMTTQ VIỆT NAM TỈNH NGHỆ AN"), tail=tail)
    md("2d-control-ubmttq-vn-tinh", MD_BODY, header=front("UBMTTQ VN TỈNH NGHỆ AN"), tail=tail)


def f3_joint_lead_not_on_roster():
    """3. a joint report whose lead (named first, signing right) is not on the roster."""
    def head(first, second, number="Số: 15/BCLT-HLHTN-TĐ"):
        return header([first, second, "***", number], MOTTO + ["Nghệ An, ngày 14 tháng 4 năm 2026"], bold_left=0)

    def two_sigs(left_first):
        td = ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ THƯỜNG TRỰC"], "Nguyễn Thị Bích Ngọc"
        hoi = ["TM. ỦY BAN HỘI LHTN VIỆT NAM TỈNH", "CHỦ TỊCH"], "Phan Văn Quân"
        a, b = (td, hoi) if left_first else (hoi, td)

        def col(x):
            return cell([p(r(s, b=True), jc="center", spacing=False) for s in x[0]] +
                        [p("", spacing=False), p(r(x[1], b=True), jc="center", spacing=False)], 4700, False)
        return [table([[col(a), col(b)]], [4700, 4700], borders=False),
                p(r("Nơi nhận:", b=True, i=True), spacing=False), p(r("- Lưu VP."), spacing=False)]

    def joint(name, first, second, td_left, number="Số: 15/BCLT-HLHTN-TĐ", title="BÁO CÁO LIÊN TỊCH"):
        docx(name, [p(r(title, b=True), jc="center"),
                    p(r("Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW", b=True), jc="center")] + BODY,
             header=head(first, second, number), title=False, signature=two_sigs(td_left))
    hoi, td = "ỦY BAN HỘI LHTN VIỆT NAM TỈNH NGHỆ AN", "BCH ĐOÀN TỈNH NGHỆ AN"
    joint("3a-joint-lead-not-on-roster-youth-union-signs-left", hoi, td, True)
    joint("3b-joint-roster-body-first-youth-union-signs-left", td, hoi, True)
    joint("3c-control-joint-roster-body-first-youth-union-signs-right", td, hoi, False)
    joint("3d-same-bodies-not-joint-number-and-title", hoi, td, True, number="Số: 15/BC-HLHTN-TĐ",
          title="BÁO CÁO")


def f4_template_blank():
    """4. the province's template with the commune's name never filled in; the file named."""
    def party(body):
        return header(["ĐẢNG BỘ TỈNH NGHỆ AN", body, "*", "Số 71-BC/ĐU"],
                      ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Nghệ An, ngày 13 tháng 4 năm 2026"])
    docx("4a-body-template-dots", BODY, header=party("ĐẢNG ỦY XÃ ...................."))
    docx("4b-body-template-dots-file-named-DU-xa-Quynh-Luu", BODY, header=party("ĐẢNG ỦY XÃ ...................."))
    docx("4c-body-without-dots", BODY, header=party("ĐẢNG ỦY XÃ"))
    docx("4d-body-without-dots-file-named-DU-xa-Quynh-Luu", BODY, header=party("ĐẢNG ỦY XÃ"))
    docx("4e-body-ellipsis-character", BODY, header=party("ĐẢNG ỦY XÃ …………"))
    docx("4f-control-filled-in", BODY, header=party("ĐẢNG ỦY XÃ QUỲNH LƯU"))


def f5_no_header():
    """5. no header block: the unit named in the opening sentence, the date over the signature."""
    opening = ("Thực hiện Kế hoạch số 86-KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Đảng ủy xã "
               "Anh Sơn báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW như sau:")
    tail = ["\t\t\t\t\t*Anh Sơn, ngày 12/4/2026*", "\t\t\t\t\t**T/M BAN THƯỜNG VỤ**", "\t\t\t\t\t**BÍ THƯ**",
            "\t\t\t\t\t**Lô Văn Thành**", "Nơi nhận:\n- Lưu Văn phòng."]
    none = ["Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy"]

    def write(name, head):
        # md() always adds its title lines after `header`; an empty header is none.
        md(name, [opening] + MD_BODY, header=head, tail=tail)
    write("5a-no-header-unit-in-opening-sentence", none)
    write("5b-no-header-file-named-DU-xa-Anh-Son-X007", none)
    write("5c-control-party-header-typed", ["ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM",
                                            "ĐẢNG ỦY XÃ ANH SƠN", "*"])


def f6_number_blank_spaces():
    """6. the number typed into the template's blank, the blank's spaces left before '/'."""
    def st(number):
        return state("SỞ TÀI CHÍNH", number=number, date="Nghệ An, ngày 16 tháng 4 năm 2026")
    sg = sig(["Q. GIÁM ĐỐC"], "Nguyễn Văn Long")
    docx("6a-number-241-five-spaces-slash", BODY, header=st("Số: 241     /BC-STC"), signature=sg)
    docx("6b-control-number-241-one-space-slash", BODY, header=st("Số: 241 /BC-STC"), signature=sg)
    docx("6c-control-number-closed", BODY, header=st("Số: 241/BC-STC"), signature=sg)
    docx("6d-party-number-58-four-spaces-dash", BODY,
         header=header(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", "Số 58    -BC/ĐU"],
                       ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đô Lương, ngày 10 tháng 4 năm 2026"]))
    docx("6e-control-blank-left-unfilled", BODY, header=st("Số:      /BC-STC"), signature=sg)


def f7_date_without_ngay():
    """7. the date in figures without 'ngày' (with the place, or alone)."""
    def party(date):
        return header(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", "Số 58-BC/ĐU"],
                      ["ĐẢNG CỘNG SẢN VIỆT NAM", "", date])
    docx("7a-date-place-figures-without-ngay", BODY, header=party("Đô Lương, 10/4/2026"))
    docx("7b-date-figures-alone", BODY, header=party("10/4/2026"))
    docx("7c-control-date-place-ngay-figures", BODY, header=party("Đô Lương, ngày 10/4/2026"))
    docx("7d-control-date-ngay-figures-no-place", BODY, header=party("ngày 10/4/2026"))
    docx("7e-control-date-words-capital-ngay-no-place", BODY, header=party("Ngày 10 tháng 4 năm 2026"))
    docx("7f-date-words-without-ngay", BODY, header=party("Đô Lương, 10 tháng 4 năm 2026"))


def f8_number_remark():
    """8. a remark after the number: 'Số 58-BC/ĐU (bổ sung)'."""
    def h(number):
        return ["ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*",
                f"{number}\t\t\t\tĐô Lương, ngày 10 tháng 4 năm 2026"]
    md("8a-md-number-remark-bo-sung", MD_BODY, header=h("Số 58-BC/ĐU (bổ sung)"))
    md("8b-control-md-number-without-remark", MD_BODY, header=h("Số 58-BC/ĐU"))
    docx("8c-word-number-remark-bo-sung", BODY,
         header=header(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*", "Số 58-BC/ĐU (bổ sung)"],
                       ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đô Lương, ngày 10 tháng 4 năm 2026"]))


def f9_file_named_after_another_unit():
    """9. a file named after another roster unit than the one its header names."""
    h = state("SỞ NỘI VỤ", number="Số: 279/BC-SNV", date="Nghệ An, ngày 14 tháng 4 năm 2026")
    sg = sig(["GIÁM ĐỐC"], "Trần Quốc Hưng")
    docx("9a-STC - BC tong ket KL114", BODY, header=h, signature=sg)
    docx("9b-control-SNV - BC 279 KL114", BODY, header=h, signature=sg)
    # the front matter's case: Word's custom properties give unit_code STC
    docx("9c-control-custom-properties-unit-code-STC", BODY, header=h, signature=sg)
    spec = importlib.util.spec_from_file_location("r49", os.path.join(BENCH, "probe49", "gen", "reports.py"))
    r49 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(r49)
    r49.add_custom_properties(os.path.join(OUT, "9c-control-custom-properties-unit-code-STC.docx"),
                              [("unit_code", "STC"), ("category", "so-nganh")])


def f10_addressee_before_title():
    """side note: 'Kính gửi' between the header and 'BÁO CÁO' (a letter's habit)."""
    h = ["ĐẢNG BỘ TỈNH NGHỆ AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ ĐÔ LƯƠNG", "*",
         "Số 58-BC/ĐU\t\t\t\tĐô Lương, ngày 10 tháng 4 năm 2026"]
    md("10a-kinh-gui-between-header-and-title", MD_BODY,
       header=h + ["Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy"])
    md("10b-control-kinh-gui-after-subject", ["Kính gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy"] + MD_BODY,
       header=h)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    for f in (f1_escaped_ampersand, f2_front_without_viet_nam, f3_joint_lead_not_on_roster,
              f4_template_blank, f5_no_header, f6_number_blank_spaces, f7_date_without_ngay,
              f8_number_remark, f9_file_named_after_another_unit, f10_addressee_before_title):
        f()
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
