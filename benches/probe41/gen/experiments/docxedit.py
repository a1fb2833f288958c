import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
pairs = sys.argv[3:]
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
for it in zin.infolist():
    data = zin.read(it.filename)
    if it.filename == "word/document.xml":
        s = data.decode("utf-8")
        for a, b in zip(pairs[0::2], pairs[1::2]):
            assert a in s, a
            s = s.replace(a, b)
        data = s.encode("utf-8")
    zout.writestr(it, data)
zout.close()
