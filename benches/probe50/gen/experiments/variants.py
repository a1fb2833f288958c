#!/usr/bin/env python3
"""probe50's one-change copies behind FINDINGS.txt, written to /tmp/p50x/files/<name>.<ext>:
each starts from a report as gen/build.py wrote it (gen/docx/<key>.docx or .md) and changes ONE
thing — in word/document.xml (or the .md) by a literal replacement (asserted to occur) or a
regex (asserted to match) — or, for the campaign's own remedy (README: "a new campaign adds
keywords"), keeps the report and writes a changed outline to /tmp/p50x/outlines/<name>/.
Run after gen/build.py; then all.sh scores each copy alone with exp.sh (probe49's variants.py,
extended to .md files and outlines)."""
import os
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(os.path.dirname(HERE), "docx")
OUTLINE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "outline")
sys.path.insert(0, os.path.dirname(HERE))
import reports  # noqa: E402

OUT = "/tmp/p50x/files"
OUTL = "/tmp/p50x/outlines"


def _apply(s, name, pairs, regex):
    for a, b in pairs:
        s2 = re.sub(a, b, s, flags=re.S | re.M) if regex else s.replace(a, b)
        assert s2 != s, (name, a[:70])
        s = s2
    return s


def edit(src, name, *pairs, regex=False):
    """src: 'x007' (docx) or 'x004.md'; each pair (old, new) replaced everywhere."""
    os.makedirs(OUT, exist_ok=True)
    if src.endswith(".md"):
        s = open(os.path.join(SRC, src), encoding="utf-8").read()
        with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(_apply(s, name, pairs, regex))
        return
    zin = zipfile.ZipFile(os.path.join(SRC, src + ".docx"))
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "word/document.xml":
                data = _apply(data.decode(), name, pairs, regex).encode()
            z.writestr(it, data)


def outline_with(name, *pairs):
    """The probe's outline with keywords added: pairs (old line text, new line text)."""
    d = os.path.join(OUTL, name)
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(OUTLINE, d)
    p = os.path.join(d, "outline.yaml")
    s = open(p, encoding="utf-8").read()
    for a, b in pairs:
        assert a in s, (name, a)
        s = s.replace(a, b)
    open(p, "w", encoding="utf-8").write(s)


def generated(name, R):
    """A copy written by the generator itself (a change of order, not of text)."""
    os.makedirs(OUT, exist_ok=True)
    R.save(os.path.join(OUT, name + "." + R.ext))


STC_PARTS = {"lanh-dao": "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "ket-qua.noi-bat": "KẾT QUẢ ĐẠT ĐƯỢC",
             "tac-dong": "HIỆU QUẢ, TÁC ĐỘNG", "ket-qua.han-che": "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
             "ket-qua.bai-hoc": "BÀI HỌC KINH NGHIỆM", "ket-qua.giai-phap": "PHƯƠNG HƯỚNG, GIẢI PHÁP",
             "kien-nghi": "KIẾN NGHỊ, ĐỀ XUẤT"}


def stc_variant(order, causes_part=False):
    """probe50's STC report (reports.stc) with its seven flat parts in another order (and, with
    causes_part, the causes a part of their own, 'NGUYÊN NHÂN', after the limits')."""
    R = reports.Rep("stc", "STC", "STC.docx", "variant")
    R.state_header("UBND TỈNH NGHỆ AN", ["SỞ TÀI CHÍNH"])
    R.title("Sở Tài chính")
    h = reports.bold_h(R)
    n = 0
    for sec in order:
        n += 1
        title = "TỒN TẠI, HẠN CHẾ" if causes_part and sec == "ket-qua.han-che" else STC_PARTS[sec]
        h(f"{ROMAN[n]}. {title}", 1)
        reports.body(R, sec)
        if sec == "ket-qua.han-che" and causes_part:
            n += 1
            h(f"{ROMAN[n]}. NGUYÊN NHÂN", 1)
            reports.body(R, "ket-qua.nguyen-nhan")
        elif sec == "ket-qua.han-che":
            R.runin("Nguyên nhân:", reports.low(R.text("ket-qua.nguyen-nhan")), "ket-qua.nguyen-nhan",
                    bold=False)
    R.closing("Sở Tài chính", reports.RECIP_STATE, ["GIÁM ĐỐC"])
    R.appendix()
    return R


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def bold(text):
    return f'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    # --- X004: a report whose parts are only bold lead-ins (no heading at all) ----------------
    leads = ["Về công tác lãnh đạo, chỉ đạo:", "Về kết quả đạt được:", "Về hạn chế, khó khăn:",
             "Nguyên nhân:", "Bài học kinh nghiệm:", "Phương hướng thời gian tới:", "Về tác động:",
             "Kiến nghị, đề xuất:"]
    edit("x004.md", "x004_numbered", *[(f"**{a}** ", f"**{i}. {a}** ") for i, a in enumerate(leads, 1)])
    edit("x004.md", "x004_own_lines", *[(f"**{a}** ", f"**{a}**\n\n") for a in leads])
    exact = ["Công tác lãnh đạo, chỉ đạo:", "Kết quả triển khai thực hiện:", "Tồn tại, hạn chế:",
             "Nguyên nhân:", "Bài học kinh nghiệm:", "Phương hướng, giải pháp:",
             "Tác động của việc thực hiện Kết luận số 114-KL/TW:", "Kiến nghị, đề xuất:"]
    edit("x004.md", "x004_outline_titles", *[(f"**{a}** ", f"**{b}** ") for a, b in zip(leads, exact)
                                              if a != b])
    edit("x004.md", "x004_first_part_a_heading",
         ("**Về công tác lãnh đạo, chỉ đạo:** ", "**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**\n\n"))
    # --- X007: numbered bold first sentences run into their paragraphs ------------------------
    run = (r'(<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">\d\. [^<]*)\.'
           r'(</w:t></w:r>)<w:r><w:t xml:space="preserve"> ')
    edit("x007", "x007_own_paragraphs",
         (run, r'\1.\2</w:p><w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr><w:r><w:t xml:space="preserve">'),
         regex=True)
    edit("x007", "x007_colon", (run, r'\1:\2<w:r><w:t xml:space="preserve"> '), regex=True)
    short = [("1. Công tác lãnh đạo, chỉ đạo được Ban Thường vụ quan tâm, triển khai kịp thời, "
              "nghiêm túc.", "1. Công tác lãnh đạo, chỉ đạo."),
             ("2. Sau 10 năm, công tác dân vận của chính quyền xã đạt nhiều kết quả nổi bật.",
              "2. Những kết quả nổi bật."),
             ("3. Bên cạnh đó, vẫn còn một số tồn tại, hạn chế cần khắc phục.", "3. Tồn tại, hạn chế."),
             ("4. Những hạn chế trên do cả nguyên nhân khách quan và chủ quan.", "4. Nguyên nhân."),
             ("5. Qua 10 năm, Đảng ủy rút ra một số bài học kinh nghiệm.", "5. Bài học kinh nghiệm."),
             ("6. Thời gian tới, Đảng ủy tập trung thực hiện các giải pháp sau.",
              "6. Phương hướng, giải pháp thời gian tới."),
             ("7. Việc thực hiện Kết luận đã tác động tích cực đến xây dựng Đảng, chính quyền.",
              "7. Tác động của việc thực hiện Kết luận."),
             ("8. Đảng ủy xã kiến nghị, đề xuất một số nội dung sau.", "8. Kiến nghị, đề xuất.")]
    edit("x007", "x007_outline_titles_period", *short)
    edit("x007", "x007_outline_titles_colon", *[(a, b[:-1] + ":") for a, b in short])
    # --- TD: 'II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG' -------------------------------------------------
    edit("td.md", "td_results_only", ("**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**", "**II. KẾT QUẢ ĐẠT ĐƯỢC**"))
    edit("td.md", "td_impact_own_part",
         ("**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**", "**II. KẾT QUẢ ĐẠT ĐƯỢC**"),
         ("Về tác động, thanh niên", "**III. TÁC ĐỘNG**\n\nVề tác động, thanh niên"),
         ("**III. HẠN CHẾ", "**IV. HẠN CHẾ"), ("**IV. BÀI HỌC", "**V. BÀI HỌC"),
         ("**V. PHƯƠNG HƯỚNG", "**VI. PHƯƠNG HƯỚNG"), ("**VI. KIẾN NGHỊ", "**VII. KIẾN NGHỊ"))
    edit("td.md", "td_ket_qua_va_hieu_qua",
         ("**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**", "**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ HIỆU QUẢ**"))
    edit("td.md", "td_hash_headings", (r"^\*\*([IVX]+\. [^*]+)\*\*$", r"# \1"), regex=True)
    edit("td.md", "td_nested", ("**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**",
                                "**II. KẾT QUẢ THỰC HIỆN**\n\n***1. Kết quả đạt được và tác động***"),
         ("**III. HẠN CHẾ VÀ NGUYÊN NHÂN**", "***2. Hạn chế và nguyên nhân***"),
         ("**IV. BÀI HỌC KINH NGHIỆM**", "***3. Bài học kinh nghiệm***"),
         ("**V. PHƯƠNG HƯỚNG, GIẢI PHÁP**", "***4. Phương hướng, giải pháp***"),
         ("**VI. KIẾN NGHỊ", "**III. KIẾN NGHỊ"))
    # --- DUQS: the campaign's subject words 'nâng cao hiệu quả' in the directions' title ------
    edit("duqs", "duqs_plain_title", ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN "
                                      "THỜI GIAN TỚI", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"))
    edit("duqs", "duqs_giai_phap_title", ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN "
                                          "THỜI GIAN TỚI", "III. NHIỆM VỤ, GIẢI PHÁP NÂNG CAO HIỆU QUẢ "
                                          "CÔNG TÁC DÂN VẬN CHÍNH QUYỀN TRONG THỜI GIAN TỚI"))
    imp = ('<w:p><w:pPr><w:spacing w:before="60" w:after="60"/><w:ind w:firstLine="567"/></w:pPr>'
           + bold("III. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN") + '</w:p><w:p><w:pPr><w:spacing '
           'w:before="60" w:after="60"/><w:ind w:firstLine="567"/></w:pPr><w:r><w:t xml:space='
           '"preserve">Mối quan hệ quân dân được củng cố, hình ảnh Bộ đội Cụ Hồ trong lòng Nhân dân '
           'ngày càng đẹp; Nhân dân tin tưởng, tích cực tham gia xây dựng nền quốc phòng toàn dân.'
           '</w:t></w:r></w:p>')
    edit("duqs", "duqs_with_impact_before",
         (r'(<w:p><w:pPr><w:spacing w:before="60" w:after="60"/><w:ind w:firstLine="567"/></w:pPr>'
          r'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">)III\. PHƯƠNG HƯỚNG',
          imp.replace("\\", "\\\\") + r'\1IV. PHƯƠNG HƯỚNG'), ("IV. ĐỀ XUẤT, KIẾN NGHỊ", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
         regex=True)
    edit("duqs", "duqs_sub_level",
         ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN THỜI GIAN TỚI",
          "5. Phương hướng, nhiệm vụ nâng cao hiệu quả công tác dân vận thời gian tới"),
         ("IV. ĐỀ XUẤT, KIẾN NGHỊ", "III. ĐỀ XUẤT, KIẾN NGHỊ"))
    # --- MTTQ: titles that go on in other sections' words -------------------------------------
    edit("mttq", "mttq_requests_plain", ("IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP",
                                         "IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT"))
    edit("mttq", "mttq_requests_titled", ("IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP",
                                          "IV. KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP"))
    edit("mttq", "mttq_requests_chinh_sach", ("IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP",
                                              "IV. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT VỀ CƠ CHẾ, CHÍNH SÁCH"))
    # --- STC: the impact between the achievements and the limits, flat Roman parts ------------
    generated("stc_impact_last", stc_variant(["lanh-dao", "ket-qua.noi-bat", "ket-qua.han-che",
                                               "ket-qua.bai-hoc", "ket-qua.giai-phap", "tac-dong",
                                               "kien-nghi"]))
    generated("stc_impact_after_lessons", stc_variant(["lanh-dao", "ket-qua.noi-bat", "ket-qua.han-che",
                                                        "ket-qua.bai-hoc", "tac-dong", "ket-qua.giai-phap",
                                                        "kien-nghi"]))
    generated("stc_impact_after_limits", stc_variant(["lanh-dao", "ket-qua.noi-bat", "ket-qua.han-che",
                                                       "tac-dong", "ket-qua.bai-hoc", "ket-qua.giai-phap",
                                                       "kien-nghi"]))
    generated("stc_causes_own_part", stc_variant(["lanh-dao", "ket-qua.noi-bat", "tac-dong",
                                                   "ket-qua.han-che", "ket-qua.bai-hoc",
                                                   "ket-qua.giai-phap", "kien-nghi"], causes_part=True))
    generated("stc_same_order_regenerated", stc_variant(["lanh-dao", "ket-qua.noi-bat", "tac-dong",
                                                          "ket-qua.han-che", "ket-qua.bai-hoc",
                                                          "ket-qua.giai-phap", "kien-nghi"]))
    # --- X001: 'Mặt chưa được' ----------------------------------------------------------------
    edit("x001", "x001_chua_lam_duoc", ("2. Mặt chưa được", "2. Những mặt chưa làm được"))
    edit("x001", "x001_con_han_che", ("2. Mặt chưa được", "2. Mặt còn hạn chế"))
    outline_with("keyword_mat_chua_duoc",
                 ('"bất cập", "chưa làm được"]', '"bất cập", "chưa làm được", "mặt chưa được"]'))
    # --- X003: 'Vì sao …?' --------------------------------------------------------------------
    edit("x003", "x003_vi_sao_alone", ("3. Vì sao còn những tồn tại, hạn chế đó?", "3. Vì sao?"))
    edit("x003", "x003_nguyen_nhan_question", ("3. Vì sao còn những tồn tại, hạn chế đó?",
                                               "3. Nguyên nhân của những tồn tại, hạn chế đó?"))
    outline_with("keyword_vi_sao", ('keywords: ["nguyên nhân"]', 'keywords: ["nguyên nhân", "vì sao"]'))
    # --- X002: one section over two sibling headings ------------------------------------------
    edit("x002.md", "x002_causes_one_heading", ("***4. Nguyên nhân khách quan***", "***4. Nguyên nhân***"),
         ("***5. Nguyên nhân chủ quan***\n\n", ""), ("***6. Bài học", "***5. Bài học"),
         ("***7. Phương hướng", "***6. Phương hướng"))
    edit("x002.md", "x002_causes_lettered", ("***4. Nguyên nhân khách quan***",
                                             "***4. Nguyên nhân***\n\n*a) Nguyên nhân khách quan*"),
         ("***5. Nguyên nhân chủ quan***", "*b) Nguyên nhân chủ quan*"), ("***6. Bài học", "***5. Bài học"),
         ("***7. Phương hướng", "***6. Phương hướng"))
    edit("x002.md", "x002_causes_nhung", ("***4. Nguyên nhân khách quan***", "***4. Những nguyên nhân khách quan***"),
         ("***5. Nguyên nhân chủ quan***", "***5. Những nguyên nhân chủ quan***"))
    edit("x002.md", "x002_hash_headings", (r"^\*\*\*(\d\. [^*]+)\*\*\*$", r"## \1"),
         (r"^\*\*([IVX]+\. [^*]+)\*\*$", r"# \1"), regex=True)
    edit("x002.md", "x002_limits_anchored_twice", ("***2. Hạn chế, khuyết điểm***", "***2. Tồn tại, hạn chế***"),
         ("***3. Khó khăn, vướng mắc***", "***3. Hạn chế, khó khăn, vướng mắc***"))
    # --- X005: bold-italic lead-ins under 'II.' (read right) and the same in other dress ------
    edit("x005", "x005_one_achievements_paragraph",
         (r'(làm đường giao thông nội đồng\.)</w:t></w:r></w:p><w:p><w:pPr>(?:(?!</w:pPr>).)*</w:pPr>'
          r'<w:r><w:t xml:space="preserve">(Tiếp hơn 650)', r'\1 \2'), regex=True)
    edit("x005", "x005_bold_leads_all",
         (r'<w:b/><w:bCs/><w:i/><w:iCs/>(</w:rPr><w:t xml:space="preserve">[^<]{1,30}:</w:t>)',
          r'<w:b/><w:bCs/>\1'), regex=True)


if __name__ == "__main__":
    main()
