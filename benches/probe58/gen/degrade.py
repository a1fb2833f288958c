"""probe58's text degradations: each returns the WRITTEN text (what the file holds) from the
unit's text; reports.py records what the officer reads. Deterministic (seeded by the text)."""

import random
import re
import unicodedata
import zlib

HOOK, DOT, ACUTE, GRAVE, TILDE = "\u0309", "\u0323", "\u0301", "\u0300", "\u0303"
CIRC, BREVE, HORN = "\u0302", "\u0306", "\u031B"
TONES = {ACUTE: "s", GRAVE: "f", HOOK: "r", TILDE: "x", DOT: "j"}
TONES_VNI = {ACUTE: "1", GRAVE: "2", HOOK: "3", TILDE: "4", DOT: "5"}
NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


def rng(s, salt):
    return random.Random(zlib.crc32((salt + "|" + s).encode("utf-8")))


# ---------------------------------------------------------------------------------- OCR
def ocr_char(ch, rnd, rate):
    """One letter as an OCR engine misreads Vietnamese diacritics now and then: the hook above
    read as an acute or lost (ủ→ú, ả→a), the dot below lost (ệ→ê), Đ read as D, the horn lost."""
    if ch in "Đđ" and rnd.random() < rate:
        return "D" if ch == "Đ" else "d"
    d = NFD(ch)
    if len(d) == 1:
        return ch
    base, marks = d[0], d[1:]
    if HOOK in marks and rnd.random() < rate * 2.5:
        marks = marks.replace(HOOK, ACUTE if rnd.random() < 0.7 else "")
    elif DOT in marks and rnd.random() < rate * 2:
        marks = marks.replace(DOT, "")
    elif HORN in marks and rnd.random() < rate * 0.6:
        marks = marks.replace(HORN, "")
    elif TILDE in marks and rnd.random() < rate:
        marks = marks.replace(TILDE, "")
    return NFC(base + marks)


def ocr_text(s, rate=0.08, salt="ocr", digits=0.0):
    """Diacritic errors (rate per accented letter); digits: chance for a 0 in a number to be
    read O and a 1 to be read l (never the first digit)."""
    rnd = rng(s, salt)
    out = []
    for i, ch in enumerate(s):
        if digits and ch in "01" and i > 0 and s[i - 1].isdigit() and rnd.random() < digits:
            out.append("O" if ch == "0" else "l")
        else:
            out.append(ocr_char(ch, rnd, rate))
    return "".join(out)


def wrap(text, width=88, first=None):
    """The printed lines of a justified paragraph, as OCR gives them back: a line break at the end
    of every printed line; a compound with a hyphen ('114-KL/TW', '2016-2020') broken after the
    hyphen when it does not fit. Returns the lines."""
    words, lines, cur = text.split(" "), [], ""
    limit = first or width
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= limit:
            cur = cand
            continue
        if "-" in w[1:-1]:
            k = w.index("-", 1) + 1
            head = (cur + " " + w[:k]) if cur else w[:k]
            if len(head) <= limit:
                lines.append(head)
                cur, limit = w[k:], width
                continue
        lines.append(cur)
        cur, limit = w, width
    if cur:
        lines.append(cur)
    return lines


def cells_line(cells, widths):
    """A table row as OCR reads it into plain text: the cells apart by runs of spaces."""
    out = ""
    for c, w in zip(cells, widths):
        out += c + " " * max(2, w - len(c))
    return out.rstrip()


# ------------------------------------------------------------------------- no diacritics
def ascii_text(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in NFD(s) if unicodedata.category(c) != "Mn")
    return s.replace("“", '"').replace("”", '"').replace("–", "-").replace("‘", "'").replace("’", "'")


# ------------------------------------------------------------------------- Telex / VNI
VOWELS = "aeiouyâêôăơư"


def keystrokes(word, vni=False):
    """A Vietnamese word as typed with the input method OFF: the keys stay in the text
    (Telex 'Đảng' → 'Ddarng', VNI → 'D9a3ng'), the tone key after the vowel group."""
    tones = TONES_VNI if vni else TONES
    mods = {CIRC: None, BREVE: "8" if vni else "w", HORN: "7" if vni else "w"}
    out, tone, in_vowels, placed = "", "", False, False
    for ch in NFC(word):
        if ch in "Đđ":
            out += ch.replace("Đ", "D").replace("đ", "d") + ("9" if vni else ("D" if ch == "Đ" and word.isupper() else "d"))
            continue
        d = NFD(ch)
        base, marks = d[0], d[1:]
        low = base.lower()
        isv = low in "aeiouy"
        if in_vowels and not isv and tone and not placed:
            out += tone.upper() if word.isupper() else tone
            placed = True
        key = base
        for m in marks:
            if m in tones and vni:
                tone, placed = tones[m], True     # VNI: the tone key right after its vowel
            elif m in tones:
                tone = tones[m]
            elif m == CIRC:
                key += ("6" if vni else base)
            elif m in mods:
                key += mods[m].upper() if (word.isupper() and not vni) else mods[m]
        if vni and placed and tone and tone not in out:
            key += tone
        out += key
        in_vowels = isv or in_vowels
    if tone and not placed:
        out += tone.upper() if word.isupper() and not vni else tone
    return out


def keys_in(s, words, vni=False):
    """The listed words (exact, first occurrence each) typed with the input method off."""
    for w in words:
        i = s.find(w)
        assert i >= 0, (w, s[:60])
        s = s[:i] + keystrokes(w, vni) + s[i + len(w):]
    return s


# ----------------------------------------------------------------- old-style tones, NFD
OLD_RE = re.compile(r"(?<![qQgG])([oOuU])([aeyAEY])(?![a-zA-Zà-ỹÀ-Ỹ])")


def old_style(s):
    """'hòa' → 'hoà', 'ủy' → 'uỷ', 'thủy' → 'thuỷ', 'khỏe' → 'khoẻ' (the tone on the last vowel of
    an open oa/oe/uy, as old keyboards and many typists still put it)."""
    out = []
    for w in re.split(r"(\s+)", s):
        n = NFD(w)
        m = re.search(r"(?<![qQgG])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aeyAEY])$", re.sub(r"[.,;:)]+$", "", n))
        if m:
            tail = n[len(re.sub(r"[.,;:)]+$", "", n)):]
            core = re.sub(r"[.,;:)]+$", "", n)
            core = core[:m.start()] + m.group(1) + m.group(3) + m.group(2)
            w = NFC(core + tail)
        out.append(w)
    return "".join(out)


# --------------------------------------------------------------- web editor invisibles
ZWSP, SHY, NBSP, BOMC = "\u200b", "\u00ad", "\u00a0", "\ufeff"


def invisibles(s, salt="web", rate=0.12, feff=False):
    """A web editor's leftovers: a zero-width space at some word boundaries, a no-break space
    after some short words, a soft hyphen inside some long syllables. Returns (written, first
    word index touched)."""
    rnd = rng(s, salt)
    words = s.split(" ")
    first = None
    out = []
    for i, w in enumerate(words):
        r = rnd.random()
        sep = " "
        if i + 1 < len(words):
            if r < rate * 0.4:
                sep = " " + (BOMC if feff and rnd.random() < 0.5 else ZWSP)
                first = i if first is None else first
            elif r < rate and len(w) <= 3:
                sep = NBSP
                first = i if first is None else first
        letters = re.sub(r"[^\w]", "", w)
        if len(letters) >= 6 and rnd.random() < rate * 0.6 and w.isalpha():
            k = len(w) // 2
            w = w[:k] + SHY + w[k:]
            first = i if first is None else first
        out.append(w + (sep if i + 1 < len(words) else ""))
    return "".join(out), first


def visible(s):
    return s.replace(ZWSP, "").replace(SHY, "").replace(BOMC, "").replace(NBSP, " ")


# ---------------------------------------------------------------------------- mojibake
def moji_latin1(s):
    """UTF-8 bytes read as ISO-8859-1 and saved again as UTF-8 ('Đảng' → 'Ä\\x90áº£ng')."""
    return s.encode("utf-8").decode("latin-1")


def moji_cp1252(s):
    """UTF-8 bytes read as Windows-1252 (the five bytes it leaves undefined passed through as
    C1 controls, as Windows' MultiByteToWideChar does) and saved again as UTF-8."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)
