#!/usr/bin/env bash
# Converts the sample campaign's Word report to PDF with LibreOffice and renders page 1
# and the first appendix page to PNG, to compare with the Party-document layout by eye.
# Needs: soffice (libreoffice-writer), pdftoppm and pdftotext (poppler-utils), and
# fonts-liberation (metric-compatible Times New Roman) for a faithful layout.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "docx-preview: $tool not found (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation)" >&2; exit 2; }
done

docx=output/bao-cao-tong-hop.docx
preview=output/preview
cargo run --release --quiet -- compile --as-of 2026-04-29 --format docx

rm -rf "$preview"
mkdir -p "$preview"
# A private profile: a desktop LibreOffice that is already open must not block this one.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice --headless "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$preview" "$docx" >/dev/null
pdf="$preview/$(basename "${docx%.docx}").pdf"
[ -s "$pdf" ] || { echo "docx-preview: LibreOffice did not write $pdf" >&2; exit 1; }

pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
appendix=""
for ((page = 1; page <= ${pages:-0}; page++)); do
  if pdftotext -f "$page" -l "$page" -layout "$pdf" - | grep -q "PHỤ LỤC"; then
    appendix=$page
    break
  fi
done

render() {
  pdftoppm -png -r 60 -f "$1" -l "$1" -singlefile "$pdf" "$preview/page-$1"
  echo "$preview/page-$1.png"
}
echo "$pdf: ${pages:-?} pages"
render 1
render 2
if [ -n "$appendix" ]; then
  render "$appendix"
else
  echo "docx-preview: no page with PHỤ LỤC" >&2
  exit 1
fi
