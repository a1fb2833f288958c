#!/usr/bin/env bash
# The compiled Excel appendix through LibreOffice Calc: the sample campaign compiled to
# JSON and .xlsx, the formulas' cached results taken out of the workbook (so Calc must
# compute every total itself), each sheet converted to CSV as Calc shows it, and the
# totals compared with the JSON's, read the Vietnamese way (`1.234`, `67,8%`).
# With --preview, also renders the totals sheet to docs/xlsx-preview.png (needs pdftoppm).
# Needs soffice (libreoffice-calc-nogui) and python3; without soffice it is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null; then
  echo "xlsx-check: skipped: soffice is not installed (apt-get install libreoffice-calc-nogui)"
  exit 0
fi
# soffice with Writer alone (libreoffice-writer-nogui) cannot open a workbook.
program=$(dirname "$(readlink -f "$(command -v soffice)")")
if ! ls "$program"/libsclo.* >/dev/null 2>&1; then
  echo "xlsx-check: skipped: LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo run --quiet -- compile --as-of 2026-04-29 --format json,xlsx --out "$work/out" >/dev/null
xlsx="$work/out/bao-cao-tong-hop.xlsx"
json="$work/out/bao-cao-tong-hop.json"

# A private profile (a desktop LibreOffice that is open must not block this one) that
# recalculates Excel files on load.
profile="$work/profile"
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

python3 - "$xlsx" "$work/computed.xlsx" <<'PY'
import re, sys, zipfile
source, target = sys.argv[1:3]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    stripped = 0
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.startswith("xl/worksheets/"):
            data, n = re.subn(rb"(</f>)<v>[^<]*</v>", rb"\1", data)
            stripped += n
        zout.writestr(item, data)
if stripped == 0:
    sys.exit("xlsx-check: no formula with a cached result in the workbook")
print(f"xlsx-check: {stripped} cached formula results removed; Calc computes them")
PY

# Every sheet to its own CSV (the last token, -1), UTF-8, cells as shown.
soffice --headless "-env:UserInstallation=file://$profile" \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1066,false,true,true,false,false,-1' \
  --outdir "$work/csv" "$work/computed.xlsx" >/dev/null 2>&1
totals="$work/csv/computed-Tổng hợp.csv"
[ -s "$totals" ] || { echo "xlsx-check: LibreOffice wrote no CSV of the totals sheet: $(ls "$work/csv" 2>&1)" >&2; exit 1; }

python3 - "$totals" "$json" <<'PY'
import csv, json, sys
totals_path, json_path = sys.argv[1:3]
rows = list(csv.reader(open(totals_path, encoding="utf-8")))
figures = json.load(open(json_path, encoding="utf-8"))["appendix"]

def vietnamese(cell):
    cell = cell.strip()
    if not cell:
        return None
    # `.` groups thousands, `,` is the decimal mark: what the Vietnamese formats show.
    return float(cell.rstrip("%").replace(".", "").replace(",", "."))

header = next(i for i, row in enumerate(rows) if row and row[0] == "STT")
checked = 0
for k, (indicator, want) in enumerate(figures.items()):
    row = rows[header + 1 + k]
    got_total = vietnamese(row[2])
    assert got_total == want["total"], f"{indicator}: Calc {row[2]!r}, JSON {want['total']}"
    for c, (category, value) in enumerate(want["by_category"].items()):
        got = vietnamese(row[3 + c])
        assert got == value, f"{indicator} in {category}: Calc {row[3 + c]!r}, JSON {value}"
        checked += 1
    assert vietnamese(row[-1]) == want["reported"], f"{indicator}: reported {row[-1]!r}"
    checked += 2
print(f"xlsx-check: {checked} figures computed by LibreOffice Calc equal the JSON's")
PY

if [ "${1:-}" = --preview ]; then
  command -v pdftoppm >/dev/null || { echo "xlsx-check: no preview: pdftoppm is not installed" >&2; exit 1; }
  soffice --headless "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$work/pdf" "$xlsx" >/dev/null 2>&1
  mkdir -p docs
  # The top of page 1, where the sample's totals table is.
  pdftoppm -png -r 110 -f 1 -l 1 -x 40 -y 50 -W 1220 -H 340 -singlefile "$work/pdf/bao-cao-tong-hop.pdf" docs/xlsx-preview
  echo "xlsx-check: wrote docs/xlsx-preview.png"
fi
