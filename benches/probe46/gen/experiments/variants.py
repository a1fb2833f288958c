#!/usr/bin/env python3
"""probe46's one-change copies behind FINDINGS.txt: each takes a delivered .docx and changes
ONE thing in its word/document.xml (or puts one part of it beside it), written to
/tmp/p46x/files/. Run after gen/build.py; then all.sh scores each copy alone."""
import os
import re
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(os.path.dirname(os.path.dirname(HERE)), "submissions")
OUT = "/tmp/p46x/files"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
q = lambda t: f"{{{W}}}{t}"  # noqa: E731


def edit(rel, name, fn, part="word/document.xml"):
    src = zipfile.ZipFile(os.path.join(SUB, rel))
    os.makedirs(OUT, exist_ok=True)
    dest = os.path.join(OUT, name + ".docx")
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            data = src.read(n)
            if n == part:
                new = fn(data.decode())
                assert new != data.decode(), name
                data = new.encode()
            z.writestr(zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0)), data)
    print(dest)


def unwrap_table(marker):
    """The bordered table holding `marker` replaced by its cells' paragraphs, row by row,
    left to right (the same paragraphs, same properties, no table)."""
    def fn(xml):
        root = etree.fromstring(xml.encode())
        body = root.find(q("body"))
        for tbl in body.findall(q("tbl")):
            if marker in "".join(tbl.itertext()):
                i = list(body).index(tbl)
                paras = [p for tr in tbl.findall(q("tr")) for tc in tr.findall(q("tc"))
                         for p in tc.findall(q("p"))]
                body.remove(tbl)
                for k, p in enumerate(paras):
                    body.insert(i + k, p)
                break
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                              standalone=True).decode()
    return fn


def snv_apart(xml):
    """The one-row layout table's two nested tables (and captions) taken out of it."""
    root = etree.fromstring(xml.encode())
    body = root.find(q("body"))
    outer = [t for t in body.findall(q("tbl")) if t.find(f".//{q('tbl')}") is not None][0]
    i = list(body).index(outer)
    kids = [k for tc in outer.iter(q("tc")) if tc.getparent().getparent() is outer
            for k in tc if k.tag != q("tcPr")]
    body.remove(outer)
    for n, k in enumerate(kids):
        body.insert(i + n, k)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode()


def main():
    X1 = "dang-uy-xa-phuong/DU phuong Vinh Phu - BC 67 KL114.docx"
    DU = "dang-uy-truc-thuoc/DUCA - BC 296 tong ket KL114.docx"
    X4 = "dang-uy-xa-phuong/Hoang Mai - BC 98 KL114.docx"
    X5 = "dang-uy-xa-phuong/DU xa Do Luong - BC 58 KL114.docx"
    X6 = "dang-uy-xa-phuong/Thanh Chuong - BC 66 KL114 (ban sua).docx"
    SNV = "so-nganh/SNV - BC 279 KL114.docx"
    STC = "so-nganh/STC - BC 241 KL114.docx"
    edit(X1, "x001-unwrapped", unwrap_table("Kết quả thực hiện"))
    edit(DU, "duca-unwrapped", unwrap_table("Kết quả thực hiện"))
    # the italic-only headings also bold (nothing else)
    # the bullets inside the result cells dropped (plain paragraphs; the table kept)
    edit(DU, "duca-no-bullets", lambda s: re.sub(
        r'<w:pStyle w:val="ListParagraph"/><w:numPr>.*?</w:numPr>', "", s))
    edit(X4, "x004-italic-bold", lambda s: s.replace(
        '<w:ind w:firstLine="567"/></w:pPr><w:r><w:rPr><w:i/><w:iCs/></w:rPr>',
        '<w:ind w:firstLine="567"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>'))
    # the larger-font headings also bold (nothing else)
    edit(X5, "x005-size-bold", lambda s: re.sub(
        r'<w:r><w:rPr><w:sz w:val="(30|28)"/>', r'<w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="\1"/>', s))
    # the larger-font headings numbered 'I.' / '1.' as typed (font kept, not bold)
    n = {"Công tác lãnh đạo, chỉ đạo": "I. ", "Kết quả triển khai thực hiện": "II. ",
         "Những kết quả nổi bật": "1. ", "Tồn tại, hạn chế": "2. ", "Nguyên nhân": "3. ",
         "Bài học kinh nghiệm": "4. ", "Phương hướng, giải pháp thời gian tới": "5. ",
         "Tác động của việc thực hiện Kết luận": "III. ", "Kiến nghị, đề xuất": "IV. "}

    def numbered(s):
        for t, k in n.items():
            s = re.sub(rf'(<w:sz w:val="(?:30|28)"/><w:szCs w:val="(?:30|28)"/></w:rPr>'
                       rf'<w:t xml:space="preserve">){re.escape(t)}<', rf"\g<1>{k}{t}<", s)
        return s
    edit(X5, "x005-size-numbered", numbered)
    # the two halves joined by a deleted paragraph mark typed as one paragraph (accepted)
    edit(X6, "x006-one-paragraph", lambda s: re.sub(
        r'<w:rPr><w:del w:id="\d+" [^>]*/></w:rPr></w:pPr>(<w:r><w:t xml:space="preserve">Ranh giới[^<]*'
        r'</w:t></w:r>)</w:p><w:p><w:pPr><w:ind w:firstLine="567"/></w:pPr>', r"</w:pPr>\1", s))
    edit(SNV, "snv-tables-apart", snv_apart)
    # the embedded worksheet itself, saved beside the report (object left in place)
    z = zipfile.ZipFile(os.path.join(SUB, STC))
    with open(os.path.join(OUT, "STC_Bieu so lieu KL114.xlsx"), "wb") as f:
        f.write(z.read("word/embeddings/Microsoft_Excel_Worksheet.xlsx"))
    # the object replaced by a Word table of the same rows (nothing else)
    from openpyxl import load_workbook
    import io
    wb = load_workbook(io.BytesIO(z.read("word/embeddings/Microsoft_Excel_Worksheet.xlsx")))
    rows = [[("" if c is None else str(c).replace(".", ",")) for c in r]
            for r in wb.active.iter_rows(values_only=True)]
    import sys
    sys.path.insert(0, os.path.dirname(HERE))
    from dx import table
    edit(STC, "stc-word-table", lambda s: re.sub(r"<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                                                 r"<w:r><w:object.*?</w:object></w:r></w:p>",
                                                 lambda m: table(rows, [700, 4700, 1300, 1600],
                                                                 header_rows=1), s, flags=re.S))


if __name__ == "__main__":
    main()
